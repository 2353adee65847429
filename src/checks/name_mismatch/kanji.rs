//! Japanese names written in kanji. Japanese writes its own names of people,
//! places and firms in characters read by their Sino-Japanese (on) or native
//! (kun) readings, and English spells them by those sounds in Hepburn
//! romanisation: "Niigata" is 新潟 (nii + kata), "Morishita" 森下 (mori +
//! shita). In a compound the second part's first consonant is often voiced
//! (rendaku: kata → gata, shi → ji), a reading ending in -tsu, -chi, -ku or
//! -ki may double the next consonant instead (北海道 hoku + kai + dou →
//! Hokkaido), and English writes long vowels short (東京 tou + kyou → Tokyo).
//! So a Latin-script name part is looked for as a run of kanji in a Japanese
//! target whose readings, one per character, spell it. The readings are
//! Unihan's (`data/lang/ja/kanji-readings.txt`).

use super::*;

/// The shortest romanised name (after `romaji_key`) looked for in kanji:
/// shorter keys ("ta", "mi") are read out of too many characters.
const MIN_KEY_LETTERS: usize = 3;

/// The most characters one name part is read from (Japanese names of one
/// word run to four or five: 五所川原 Goshogawara).
const MAX_NAME_CHARACTERS: usize = 6;

/// A romanised Japanese word as a comparison key, for names and readings
/// alike: lower-case ASCII letters, long vowels written once (Tōkyō, Tokyo
/// and toukyou are all "tokyo"; "oh" before a consonant is a long o, as in
/// passports: Ohno), a doubled consonant once (Hokkaido → hokaido), m
/// before b, p or m as n (Shimbashi, Shinbashi).
pub(super) fn romaji_key(word: &str) -> String {
    let ascii: Vec<u8> = any_ascii::any_ascii(word)
        .bytes()
        .filter(u8::is_ascii_alphabetic)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    let is_vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u');
    let mut out: Vec<u8> = Vec::with_capacity(ascii.len());
    for (i, &b) in ascii.iter().enumerate() {
        let next = ascii.get(i + 1).copied();
        let prev = out.last().copied();
        let b = if b == b'm' && matches!(next, Some(b'b' | b'p' | b'm')) {
            b'n'
        } else {
            b
        };
        let long_vowel = prev.is_some_and(|p| is_vowel(b) && (p == b || (p == b'o' && b == b'u')));
        let long_o =
            b == b'h' && prev == Some(b'o') && !next.is_some_and(|n| is_vowel(n) || n == b'y');
        let doubled = !is_vowel(b) && b != b'n' && prev == Some(b);
        // "tch" is a doubled ch (matcha).
        let doubled_ch = b == b't' && next == Some(b'c') && ascii.get(i + 2) == Some(&b'h');
        if long_vowel || long_o || doubled || doubled_ch {
            continue;
        }
        out.push(b);
    }
    String::from_utf8(out).unwrap_or_default()
}

/// The last mora of a romanised reading, as a byte length: "tsu", "shi",
/// "chi" or a consonant and vowel, or a lone vowel.
fn last_mora(r: &str) -> usize {
    if ["tsu", "shi", "chi"].iter().any(|m| r.ends_with(m)) {
        3
    } else if r.len() >= 2 && !matches!(r.as_bytes()[r.len() - 2], b'a' | b'e' | b'i' | b'o' | b'u')
    {
        2
    } else {
        1
    }
}

/// The stem in -i of a kun reading that is a godan verb ("naru" → "nari",
/// "kasu" → "kashi", "utsu" → "uchi", "kau" → "kai"); `None` for other
/// readings.
fn verb_stem_in_i(r: &str) -> Option<String> {
    if r.len() < 3 {
        return None;
    }
    for (end, stem) in [
        ("tsu", "chi"),
        ("ru", "ri"),
        ("su", "shi"),
        ("ku", "ki"),
        ("gu", "gi"),
        ("mu", "mi"),
        ("bu", "bi"),
        ("nu", "ni"),
    ] {
        if let Some(head) = r.strip_suffix(end) {
            return Some(format!("{head}{stem}"));
        }
    }
    let head = r.strip_suffix('u')?;
    head.ends_with(['a', 'o', 'u']).then(|| format!("{head}i"))
}

/// The keys each kanji may be read as in a name: its on readings, and the
/// same cut before a doubled consonant (nichi → ni, as in 日本 Nippon); its
/// kun readings, and their stems without one or two morae of inflected
/// ending (omoi → omo, kasaneru → kasane, kasa; mitsu → mi). Worked out once.
fn readings() -> &'static HashMap<char, Vec<String>> {
    static TABLE: OnceLock<HashMap<char, Vec<String>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: HashMap<char, Vec<String>> = HashMap::default();
        for line in words::lines(Lang::Ja, "kanji-readings") {
            let mut chars = line.chars();
            let Some(c) = chars.next() else { continue };
            let (on, kun) = chars
                .as_str()
                .split_once(';')
                .unwrap_or((chars.as_str(), ""));
            let mut keys: Vec<String> = Vec::new();
            let mut add = |k: String| {
                if !k.is_empty() && !keys.contains(&k) {
                    keys.push(k);
                }
            };
            for r in on.split_whitespace() {
                add(romaji_key(r));
                for end in ["tsu", "chi", "ku", "ki"] {
                    if let Some(cut) = r.strip_suffix(end) {
                        add(romaji_key(cut));
                    }
                }
            }
            for r in kun.split_whitespace() {
                add(romaji_key(r));
                // A verb's stem in -i, which names use (成る naru: 成田
                // Narita; 取る toru: 取手 Toride).
                if let Some(i_form) = verb_stem_in_i(r) {
                    add(romaji_key(&i_form));
                }
                // A noun's final e is a in a compound (転音: 酒 sake, 酒田
                // Sakata; 雨 ame, 雨宮 Amamiya; 金 kane, 金沢 Kanazawa).
                if let Some(head) = r.strip_suffix('e').filter(|h| h.len() >= 2) {
                    add(romaji_key(&format!("{head}a")));
                }
                let one = &r[..r.len() - last_mora(r)];
                if one.len() >= 2 {
                    add(romaji_key(one));
                    let two = &one[..one.len() - last_mora(one)];
                    if two.len() >= 2 {
                        add(romaji_key(two));
                    }
                }
            }
            table.insert(c, keys);
        }
        // Kana written inside names: the small ke (霞ヶ関 Kasumigaseki) and no.
        for (c, r) in [
            ('ヶ', "ga"),
            ('ケ', "ke"),
            ('ヵ', "ka"),
            ('の', "no"),
            ('ノ', "no"),
        ] {
            table.insert(c, vec![r.to_string()]);
        }
        table
    })
}

/// The voiced or half-voiced forms of a reading that is not first in a
/// name: k → g, s → z, sh/ch → j, t → d, ts → z, h/f → b or p.
fn voiced(r: &str) -> Vec<String> {
    let swaps: &[(&str, &[&str])] = &[
        ("sh", &["j"]),
        ("ch", &["j"]),
        ("ts", &["z"]),
        ("k", &["g"]),
        ("s", &["z"]),
        ("t", &["d"]),
        ("h", &["b", "p"]),
        ("f", &["b", "p"]),
    ];
    swaps
        .iter()
        .find(|(from, _)| r.starts_with(from))
        .map(|(from, to)| {
            to.iter()
                .map(|t| format!("{t}{}", &r[from.len()..]))
                .collect()
        })
        .unwrap_or_default()
}

fn is_hiragana(c: char) -> bool {
    ('\u{3041}'..='\u{3096}').contains(&c)
}

fn is_kanji(c: char) -> bool {
    is_han(c) || c == '々'
}

/// The runs of kanji of `side`'s paragraphs (with the kana that join the
/// parts of a name inside a run: 霞ヶ関), as characters.
pub(super) fn kanji_runs(side: &Side) -> Vec<Vec<char>> {
    let mut runs = Vec::new();
    for p in &side.paras {
        let mut run: Vec<char> = Vec::new();
        for c in side.doc.text[p.range()].chars() {
            // And hiragana after a kanji: towns merged since 2000 are often
            // written partly in hiragana (南さつま Minamisatsuma).
            if is_kanji(c)
                || (!run.is_empty()
                    && (matches!(c, 'ヶ' | 'ケ' | 'ヵ' | 'の' | 'ノ') || is_hiragana(c)))
            {
                run.push(c);
            } else if !run.is_empty() {
                runs.push(std::mem::take(&mut run));
            }
        }
        if !run.is_empty() {
            runs.push(run);
        }
    }
    runs
}

/// Whether `key` is spelt by the readings of `chars`, from the first one on,
/// one reading a character; `first` when no character has been read yet.
fn spelt_by(key: &str, chars: &[char], first: bool, prev: Option<char>) -> bool {
    if key.is_empty() {
        return !first;
    }
    let Some((&c, rest)) = chars.split_first() else {
        return false;
    };
    // 々 repeats the character before it (佐々木 Sasaki).
    let c = if c == '々' {
        match prev {
            Some(p) => p,
            None => return false,
        }
    } else {
        c
    };
    // A hiragana is read as it is written.
    let kana: Vec<String>;
    let keys = if is_hiragana(c) {
        kana = vec![romaji_key(&c.to_string())];
        &kana
    } else {
        let Some(keys) = readings().get(&c) else {
            return false;
        };
        keys
    };
    keys.iter().any(|r| {
        let forms = if first { Vec::new() } else { voiced(r) };
        std::iter::once(r.as_str())
            .chain(forms.iter().map(String::as_str))
            .any(|r| {
                key.strip_prefix(r)
                    .is_some_and(|rest_key| spelt_by(rest_key, rest, false, Some(c)))
            })
    })
}

/// Whether a Latin-script name part stands in a Japanese target written in
/// kanji: a run of characters in it reads as the name ("Kyushu" / 九州,
/// "Morishita" / 森下).
pub(super) fn read_in_kanji(word: &str, side: &Side) -> bool {
    if side.lang != Lang::Ja || !latin_script(word) {
        return false;
    }
    let key = romaji_key(word);
    if key.len() < MIN_KEY_LETTERS {
        return false;
    }
    let runs = side.kanji_runs.get_or_init(|| kanji_runs(side));
    runs.iter().any(|run| {
        (0..run.len()).any(|i| {
            let end = (i + MAX_NAME_CHARACTERS).min(run.len());
            spelt_by(&key, &run[i..end], true, i.checked_sub(1).map(|j| run[j]))
        })
    })
}

/// Whether Latin-script `word` is the reading of `written`, a name in kanji
/// ("Chugoku" / 中国, the region, where 中国 is also China).
pub(super) fn reads_as(word: &str, written: &str) -> bool {
    let chars: Vec<char> = written.chars().collect();
    let key = romaji_key(word);
    latin_script(word)
        && key.len() >= MIN_KEY_LETTERS
        && !chars.is_empty()
        && chars.len() <= MAX_NAME_CHARACTERS
        && chars.iter().all(|&c| is_kanji(c))
        && spelt_by(&key, &chars, true, None)
}

/// Whether a name in kanji of a Japanese source stands in a Latin-script
/// target by its reading ("中国" as "Chugoku", the region of Japan, in a
/// firm's name, where 中国 is also China).
pub(super) fn reading_in_latin(written: &str, side: &Side) -> bool {
    written.chars().all(is_kanji) && side.toks.iter().any(|t| reads_as(t.text, written))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reading_of_a_name_in_kanji() {
        assert!(reads_as("Chugoku", "中国"));
        // A final e read as a in a compound.
        assert!(reads_as("Kanazawa", "金沢"));
        assert!(reads_as("Sakata", "酒田"));
        assert!(!reads_as("Shikoku", "中国"));
        assert!(!reads_as("China", "中国"));
    }

    #[test]
    fn romaji_keys_fold_long_vowels_and_doubled_consonants() {
        assert_eq!(romaji_key("Tōkyō"), "tokyo");
        assert_eq!(romaji_key("toukyou"), "tokyo");
        assert_eq!(romaji_key("Ohno"), "ono");
        assert_eq!(romaji_key("Ohira"), "ohira");
        assert_eq!(romaji_key("Hokkaido"), "hokaido");
        assert_eq!(romaji_key("Shimbashi"), romaji_key("Shinbashi"));
        assert_eq!(romaji_key("Yuusuke"), "yusuke");
    }

    #[test]
    fn names_are_read_out_of_their_kanji() {
        let spelt = |name: &str, kanji: &str| {
            let chars: Vec<char> = kanji.chars().collect();
            spelt_by(&romaji_key(name), &chars, true, None)
        };
        // On readings, kun readings, voicing and doubled consonants.
        assert!(spelt("Kyushu", "九州"));
        // A verb's stem in -i.
        assert!(spelt("Narita", "成田"));
        assert!(spelt("Niigata", "新潟"));
        assert!(spelt("Hokkaido", "北海道"));
        assert!(spelt("Nagoya", "名古屋"));
        assert!(spelt("Osaka", "大阪"));
        assert!(spelt("Kenji", "健司"));
        assert!(spelt("Yamamoto", "山本"));
        assert!(spelt("Sasaki", "佐々木"));
        // Other names, and a name read from part of the characters only.
        assert!(!spelt("Fukuoka", "九州"));
        assert!(!spelt("Tanaka", "山本"));
        assert!(!spelt("Kyushu", "九"));
    }
}
