//! Katakana: Japanese spellings of foreign names, their keys, and whether a
//! side writes a name so.

use super::*;

/// Whether a word is written in katakana, as Japanese writes foreign names
/// ("シアトル", "ハンコック"; the long-vowel mark and the middle dot included).
pub(super) fn is_katakana(word: &str) -> bool {
    word.chars().any(|c| matches!(c, '\u{30A1}'..='\u{30FA}'))
        && word
            .chars()
            .all(|c| matches!(c, '\u{30A0}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}'))
}

/// The consonants a name keeps when Japanese respells it in katakana, on
/// either side: Japanese has one sound for l and r, b for v, s for z and th,
/// n before other consonants, and it adds vowels ("Dallas" and "ダラス"
/// (darasu) are both "drs").
pub(super) fn kana_key(word: &str) -> String {
    kana_keys(word).swap_remove(0)
}

/// The katakana consonant keys of a word: of a katakana word its one key; of
/// a Latin word the key as Japanese hears it, an r closing a syllable left
/// out ("Eleanor" エレノア, "Porter" ポーター), and, when it has a th, the
/// key with the th as t too ("Smith" スミス, but "Botha" ボタ).
pub(super) fn kana_keys(word: &str) -> Vec<String> {
    // Kana are romanised as they stand (folding would strip the voicing
    // marks: ダ is "da", not "ta"); the small tsu (a doubled consonant) and
    // the long-vowel mark add no consonant.
    let kana = word.chars().any(|c| matches!(c, '\u{30A0}'..='\u{30FF}'));
    // Names from languages that say the r after a vowel keep it in katakana
    // ("Siddharth" シッダールト, "Marcel" マルセル): the Latin form as
    // written is a second form.
    let written = (!kana).then(|| translit::latin(word));
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    // An r after a vowel and before a consonant or the end is silent.
    let without_closing_r = |w: &str| -> String {
        let chars: Vec<char> = w.chars().collect();
        chars
            .iter()
            .enumerate()
            .filter(|&(i, &c)| {
                !(c == 'r'
                    && i > 0
                    && vowel(chars[i - 1])
                    && chars.get(i + 1).is_none_or(|&n| !vowel(n)))
            })
            .map(|(_, &c)| c)
            .collect()
    };
    let l = if kana {
        let kana: String = word
            .chars()
            .filter(|c| !matches!(c, 'ッ' | 'ー' | '・'))
            .collect();
        any_ascii::any_ascii(&kana).to_ascii_lowercase()
    } else {
        without_closing_r(written.as_deref().unwrap_or_default())
    };
    // An English silent last e after a consonant leaves the r before it
    // closing the syllable, and silent ("Whitmore" ウィットモア, "Moore"
    // ムーア): a form without it.
    let silent_e = written.as_deref().and_then(|w| {
        let stem = w.strip_suffix('e')?;
        (stem.len() >= 3 && !stem.ends_with(vowel)).then(|| without_closing_r(stem))
    });
    let th_as: &[&str] = if !kana && l.contains("th") {
        &["s", "t"]
    } else {
        &["s"]
    };
    // Japanese may end a name on a plain n for a last ng ("Ling" リン, "Hong
    // Kong" ホンコン; but "King" キング) and ends it on zu for a last ds
    // ("Leeds" リーズ, "Edwards" エドワーズ): a second form.
    let second = if kana {
        None
    } else if let Some(stem) = l.strip_suffix("ng") {
        Some(format!("{stem}n"))
    } else {
        l.strip_suffix("ds").map(|stem| format!("{stem}s"))
    };
    // Japanese writes di before a vowel as ジ in older loans ("Stadium"
    // スタジアム, "Radio" ラジオ): a form with ji.
    let ji = (!kana && l.contains("di"))
        .then(|| {
            let chars: Vec<char> = l.chars().collect();
            let mut out = String::new();
            for (i, &c) in chars.iter().enumerate() {
                let before_vowel = chars
                    .get(i + 2)
                    .is_some_and(|&n| matches!(n, 'a' | 'e' | 'o' | 'u'));
                out.push(
                    if c == 'd' && chars.get(i + 1) == Some(&'i') && before_vowel {
                        'j'
                    } else {
                        c
                    },
                );
            }
            out
        })
        .filter(|f| *f != l);
    let written = written.filter(|w| *w != l);
    let mut forms: Vec<String> = std::iter::once(l)
        .chain(second)
        .chain(ji)
        .chain(silent_e)
        .chain(written)
        .collect();
    forms.dedup();
    // ツ (tsu) is one consonant, t: a Latin ts is that sound at the end of a
    // name ("Roberts" ロバーツ) but mostly two across syllables ("Watson"
    // ワトソン, "Whitsun" ウィットサン): a Latin word with a ts inside is
    // keyed both ways.
    let ts_kept = !kana && l_has_inner_ts(&forms[0]);
    let both_ts: &[bool] = if ts_kept { &[true, false] } else { &[true] };
    forms
        .iter()
        .flat_map(|l| th_as.iter().map(move |th| (l, th)))
        .flat_map(|(l, th)| both_ts.iter().map(move |&ts| (l, th, ts)))
        .map(|(l, th, ts_as_tsu)| {
            let l = if ts_as_tsu {
                translit::replace_pairs(l, &[("tsu", "t"), ("ts", "t")])
            } else {
                l.to_string()
            };
            let l = translit::replace_pairs(
                &l,
                &[
                    // Polish cz is the sound of ch ("Kowalczyk" コワルチク).
                    ("cz", "ch"),
                    ("shi", "s"),
                    ("sh", "s"),
                    ("chi", "ch"),
                    ("ph", "f"),
                    ("th", th),
                    ("ck", "k"),
                    // A soft c: "Rice" ライス, "Vincent" ヴィンセント.
                    ("ce", "se"),
                    ("ci", "si"),
                    ("cy", "si"),
                    ("qu", "k"),
                    ("x", "ks"),
                ],
            );
            let mut out = String::new();
            for c in l.chars() {
                let c = match c {
                    'l' => 'r',
                    'v' => 'b',
                    'z' => 's',
                    'c' | 'q' => 'k',
                    'm' => 'n',
                    'j' => 'g',
                    c => c,
                };
                if matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'h' | 'w') || out.ends_with(c) {
                    continue;
                }
                out.push(c);
            }
            out
        })
        .fold(Vec::new(), |mut keys, k| {
            if !keys.contains(&k) {
                keys.push(k);
            }
            keys
        })
}

/// Whether a Latin form has a ts before a vowel (not only a last ts).
fn l_has_inner_ts(l: &str) -> bool {
    l.match_indices("ts")
        .any(|(i, _)| l[i + 2..].starts_with(['a', 'e', 'i', 'o', 'u', 'y']))
}

/// Whether a word is written in Latin letters (ASCII and Latin-1 to Latin
/// Extended-B), as a name to look for respelt by sound in another script.
pub(super) fn latin_script(word: &str) -> bool {
    word.chars()
        .all(|c| !c.is_alphabetic() || c.is_ascii() || ('\u{C0}'..='\u{24F}').contains(&c))
}

/// Whether a Latin-script name part stands in a Japanese target respelt in
/// katakana: a katakana word with the same consonants (one may differ in a
/// longer name: "Liverpool" / "リバプール").
pub(super) fn respelt_in_kana(word: &str, side: &Side) -> bool {
    if side.lang != Lang::Ja || !latin_script(word) {
        return false;
    }
    side.toks
        .iter()
        .filter(|t| is_katakana(t.text))
        .any(|t| t.text.split('・').any(|part| kana_alike(word, part)))
}

/// Whether two words have the same katakana consonants, or, from four up, all
/// but one after the same first ("Portland" / "ポートランド": English writes
/// an r Japanese drops; but "Batson" is not "Watson").
pub(super) fn kana_alike(a: &str, b: &str) -> bool {
    let kb = kana_key(b);
    kana_keys(a).iter().any(|ka| {
        let n = ka.chars().count();
        n >= 2
            && (*ka == kb
                || (n >= 4
                    && ka.chars().next() == kb.chars().next()
                    && strsim::levenshtein(ka, &kb) <= 1))
    })
}

/// The katakana keys of a name's parts, without an アンド between two of
/// them: "&" or "and" between a firm's names ("Smith & Wesson" /
/// スミス・アンド・ウェッソン) is no part of the name.
fn name_part_keys(parts: &[&str]) -> Vec<String> {
    let n = parts.len();
    parts
        .iter()
        .enumerate()
        .filter(|&(i, p)| !(*p == "アンド" && i > 0 && i + 1 < n))
        .map(|(_, p)| kana_key(p))
        .collect()
}

/// Whether a whole name of several words stands in a Japanese target as as
/// many katakana words joined by middle dots, with the same
/// consonants ("Eleanor Hayes" / エレノア・ヘイズ): a short part alone has
/// too few to tell ("Hayes" is one s).
pub(super) fn phrase_respelt_in_kana(words: &[&str], side: &Side) -> bool {
    /// Fewest consonants of the whole name, each word giving one at least.
    const MIN_CONSONANTS: usize = 2;
    if side.lang != Lang::Ja || words.len() < 2 || !words.iter().all(|w| latin_script(w)) {
        return false;
    }
    let keys: Vec<Vec<String>> = words.iter().map(|w| kana_keys(w)).collect();
    // Every combination of the words' keys (a th read as s or as t).
    let mut whole: Vec<String> = vec![String::new()];
    for k in &keys {
        whole = whole
            .iter()
            .flat_map(|w| k.iter().map(move |x| format!("{w}{x}")))
            .collect();
    }
    // One katakana word: a place's name of several words is often written
    // run together ("Port Hedland" / ポートヘッドランド).
    let run_together = side.toks.iter().any(|t| {
        is_katakana(t.text) && !t.text.contains('・') && {
            let k = kana_key(t.text);
            k.chars().count() > MIN_CONSONANTS && whole.contains(&k)
        }
    });
    // One word of parts joined by middle dots, as many or fewer, an アンド
    // between them aside (`name_part_keys`).
    let dotted = side.toks.iter().any(|t| {
        is_katakana(t.text) && t.text.contains('・') && {
            let keys = name_part_keys(&t.text.split('・').collect::<Vec<_>>());
            let k = keys.concat();
            keys.len() <= words.len()
                && keys.iter().all(|p| !p.is_empty())
                && k.chars().count() >= MIN_CONSONANTS
                && whole.contains(&k)
        }
    });
    // As many katakana words or fewer (two parts run together: "Tan Wei
    // Ling" / タン・ウェイリン), joined by middle dots.
    run_together
        || dotted
        || (2..=words.len() + 1).any(|n| {
            side.toks.windows(n).any(|window| {
                let joined = window.iter().all(|t| is_katakana(t.text))
                    && window
                        .windows(2)
                        .all(|w| side.doc.text[w[0].range.end..w[1].range.start] == *"・");
                if !joined {
                    return false;
                }
                let parts = name_part_keys(&window.iter().map(|t| t.text).collect::<Vec<_>>());
                let kt = parts.concat();
                parts.iter().all(|p| !p.is_empty())
                    && kt.chars().count() >= MIN_CONSONANTS
                    && whole.contains(&kt)
            })
        })
}
