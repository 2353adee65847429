//! Foreign names Chinese writes by their sounds: "Dixon" is 迪克森 (dí kè sēn),
//! "Forrest" 福雷斯特 (fú léi sī tè). Chinese spells a foreign name syllable by
//! syllable with characters chosen for their sound, and keeps the name's
//! consonants in order while it adds vowels and drops an r that closes a
//! syllable ("Porter" 波特 bō tè). So a Latin-script name and a run of such
//! characters are compared by their consonants, each mapped to the class
//! Chinese transcription does not tell apart.

use super::*;
use foldhash::HashSet;

/// Consonant classes of a sound key: letters Chinese transcription writes
/// alike are one class (b and p; d and t; g, k, hard c, j and ch; f, v and
/// w; l and r; s, z and the hissing sounds).
fn class(c: char) -> Option<char> {
    Some(match c {
        'b' | 'p' => 'p',
        'd' | 't' => 't',
        'g' | 'k' | 'c' | 'q' | 'j' => 'k',
        'f' | 'v' | 'w' => 'f',
        'l' | 'r' => 'l',
        'm' => 'm',
        'n' => 'n',
        's' | 'z' | 'x' => 's',
        'h' => 'h',
        _ => return None,
    })
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// The consonant classes of a Latin-script name, as Chinese transcribes
/// them: digraphs read as one sound, an r or l before a consonant or at the
/// end dropped ("Porter" → p t, "Michael" → m k), a doubled class once.
pub(super) fn latin_key(word: &str) -> String {
    let w = translit::replace_pairs(
        &translit::latin(word).to_ascii_lowercase(),
        &[
            ("ph", "f"),
            // Chinese writes th as t or as s ("Thompson" 汤普森, "Smith"
            // 史密斯): a class of its own that `alike` takes for either.
            ("th", "T"),
            ("sh", "s"),
            // "tch" is the one sound of ch ("Saskatchewan" 萨斯喀彻温).
            ("tch", "ch"),
            ("ch", "k"),
            ("ck", "k"),
            ("gh", ""),
            ("qu", "k"),
            ("x", "ks"),
            ("wh", "w"),
            // A soft dg is one sound ("Bridget" 布丽姬特, "Hodges" 霍奇斯).
            ("dge", "je"),
            ("dgi", "ji"),
            // A c before e, i or y is soft ("Pryce" 普赖斯, "Vincent" 文森特);
            // an Italian ch sound there is pinyin q or zh, class Z, which
            // `alike` takes for an s too ("Luciano" 卢恰诺).
            ("ce", "se"),
            ("ci", "si"),
            ("cy", "sy"),
        ],
    );
    // A doubled letter is one sound ("Hammersmith" 哈默史密斯, "Emma" 艾玛).
    let mut chars: Vec<char> = w.chars().filter(char::is_ascii_alphabetic).collect();
    chars.dedup();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let next_is_vowel = chars.get(i + 1).is_some_and(|&n| is_vowel(n));
        let after_vowel = i > 0 && is_vowel(chars[i - 1]);
        // An r or l closing a syllable is left out ("Porter" 波特, "Michael"
        // 迈克尔); an h after a vowel is silent, and so is a w closing a
        // vowel ("Andrew" 安德鲁, "Shaw" 肖).
        if matches!(c, 'r' | 'l') && !next_is_vowel {
            continue;
        }
        if c == 'h' && i > 0 && !next_is_vowel {
            continue;
        }
        if c == 'w' && after_vowel && !next_is_vowel {
            continue;
        }
        // "ng" closing a syllable is one nasal ("Washington" 华盛顿).
        if c == 'g' && i > 0 && chars[i - 1] == 'n' && !next_is_vowel {
            continue;
        }
        // An m closing a syllable is a nasal final, as n ("Thompson" 汤普森,
        // "Adam" 亚当).
        // Or a syllable of its own ("Whitlam" 惠特拉姆): class N, which
        // `alike` takes for n or m.
        if c == 'm' && after_vowel && !next_is_vowel {
            if !out.ends_with('N') {
                out.push('N');
            }
            continue;
        }
        if c == 'T' {
            if !out.ends_with('T') {
                out.push('T');
            }
            continue;
        }
        if let Some(k) = class(c) {
            if !out.ends_with(k) {
                out.push(k);
            }
        }
    }
    out
}

/// The consonant classes of one character's syllable in pinyin: its initial,
/// and n for a nasal final ("松" sōng → s n). Pinyin ch goes with k
/// (English ch and hard g), zh and c with k or s, sh with s.
fn syllable_key(c: char) -> String {
    // 什 is shén in 什么 (what), the reading transliteration gives it, but
    // shí in transcribed names (布什 Bush, 沃尔什 Walsh).
    let py = match c {
        '什' => "shi".to_string(),
        _ => any_ascii::any_ascii_char(c).to_ascii_lowercase(),
    };
    let mut out = String::new();
    // Pinyin hu- stands for English h (霍 huò "Ho") or for w before a vowel
    // (华 huá "Wa", 怀 huái "Whi"): class w, which `alike` takes for either.
    let initial = if py.starts_with("hu") {
        Some('w')
    } else if py.starts_with("zh")
        || py.starts_with('q')
        || (py.starts_with('c') && !py.starts_with("ch"))
    {
        // Pinyin zh and c stand for an English j or soft g (朱 zhū "Ju")
        // and for a z or ts (扎 zhā "za" in 法恩扎 Faenza, 茨 cí "Zw" in
        // 茨威格 Zweig); so does q, for a ch and for a z or ts (奇 qí "Chi",
        // 齐 qí "zie" in 麦肯齐 McKenzie): class Z, which `alike` takes for
        // either.
        Some('Z')
    } else if py.starts_with("ch") {
        Some('k')
    } else if py.starts_with("sh") {
        Some('s')
    } else {
        py.chars().next().and_then(class)
    };
    out.extend(initial);
    if py.len() > 1 && (py.ends_with('n') || py.ends_with("ng")) {
        out.push('n');
    }
    out
}

/// Characters Chinese writes foreign names with: those of CLDR's Chinese names
/// of countries and cities outside the Chinese- and Japanese-speaking world
/// and Korea (斯, 克, 尔, 特, 拉, …; not 京 or 海), and those the language's
/// data lists as the syllables of transcribed names.
fn sound_characters() -> &'static HashSet<char> {
    static SET: OnceLock<HashSet<char>> = OnceLock::new();
    SET.get_or_init(|| {
        const EAST_ASIA: &[&str] = &["CN", "TW", "HK", "MO", "JP", "KR", "KP"];
        let mut count: HashMap<char, usize> = HashMap::default();
        for (name, place) in places::all_names(Lang::Zh, 2) {
            let own = EAST_ASIA.contains(&place.0)
                || places::speaks(place, Lang::Zh)
                || places::speaks(place, Lang::Ja)
                || place.0.starts_with("Asia/");
            if own {
                continue;
            }
            let mut seen = HashSet::default();
            for c in name.chars().filter(|c| is_han(*c)) {
                if seen.insert(c) {
                    *count.entry(c).or_default() += 1;
                }
            }
        }
        // And the characters of the standard transcription of names
        // (`data/lang/zh/sound-characters.txt`: 史, 思, 丝, 彭, …).
        let listed = crate::lang::words::list(Lang::Zh, "sound-characters")
            .iter()
            .flat_map(|line| line.chars());
        count
            .into_iter()
            .filter(|&(_, n)| n >= SOUND_CHARACTER_MIN_NAMES)
            .map(|(c, _)| c)
            .chain(listed)
            .filter(|c| !GRAMMATICAL_PARTICLES.contains(c))
            .collect()
    })
}

/// Characters that CLDR's and GeoNames' names also write, no sound of a
/// transcribed name in running text: the genitive and aspect particles (的
/// in 的黎波里, Tripoli), far commoner as particles; and the classifiers
/// written after a place's name, which close it (市 city, 州 state, 县
/// county, 镇 town, 省 province, 区 district, 村 village: "位于古德伊尔市").
/// The places named with them are found by the place tables.
const GRAMMATICAL_PARTICLES: &[char] =
    &['的', '了', '着', '市', '州', '县', '镇', '省', '区', '村'];

/// How many CLDR place names a character must appear in to count as one
/// Chinese writes foreign names' sounds with.
const SOUND_CHARACTER_MIN_NAMES: usize = 1;

/// Fewest consonant classes a name must have to be looked for by its sounds:
/// with fewer, some run of characters has them by chance.
const MIN_KEY_CLASSES: usize = 3;

/// Fewest consonant classes of a name part looked for as a whole part of a
/// name written out with middle dots (see `sounded_in`).
const MIN_PART_CLASSES: usize = 2;

/// Marks a middle dot between the parts of a name in a run of `sound_runs`.
const PART_MARK: &str = "|";

/// Most characters (middle dots included) a transcribed name takes
/// ("斯诺夸尔米": five; "乔伊·卡伯里": six).
const MAX_NAME_CHARACTERS: usize = 9;

pub(super) fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// Whether a Latin-script name part stands in a Chinese target written by its
/// sounds: a run of sound characters with the same consonant classes.
pub(super) fn respelt_in_hanzi(word: &str, side: &Side) -> bool {
    if side.lang != Lang::Zh || !latin_script(word) {
        return false;
    }
    latin_keys(word).iter().any(|k| sounded_in(k, side))
}

/// The consonant classes of a name as Chinese may transcribe it: as written
/// (`latin_key`); with a ch read as French reads it, sh ("Michelle" 米歇尔,
/// "Charlotte" 夏洛特); with a j read as French reads it, an r to Chinese
/// ("Joana" 若阿娜), and as Spanish reads it, an h; with the w of a kw left in the vowel after it
/// ("Kwinana" 奎纳纳, "Kwame" 夸梅); and of each of these spellings, with a
/// gn read as the one sound it is in French and Italian ("Cotignola"
/// 科蒂尼奥拉); without a last t, d, s, x or z after a vowel, which French
/// leaves silent ("Tourmalet" 图尔马莱, "Bordeaux" 波尔多); without an English
/// silent last e; and without the d of a final -nd.
fn latin_keys(word: &str) -> Vec<String> {
    let w = translit::latin(word);
    let mut spellings = vec![w.clone()];
    if w.contains("ch") {
        spellings.push(w.replace("ch", "sh"));
    }
    if w.contains("kw") {
        spellings.push(w.replace("kw", "k"));
    }
    // A j read as French and Portuguese read it, which Chinese writes with
    // an r syllable ("Jorge" 若热, "Jean" 让).
    // And as Spanish reads it, an h sound ("Juárez" 华雷斯, "Jerez" 赫雷斯).
    if w.contains('j') {
        spellings.push(w.replace('j', "r"));
        spellings.push(w.replace('j', "h"));
    }
    // A Polish name read as Polish spells its sounds, which Chinese
    // transcribes: sz, cz and rz one sound each, c a ts, ch an h, w a v
    // everywhere ("Wiśniewski" 维希涅夫斯基, "Kowalczyk" 科瓦尔奇克,
    // "Wróblewska" 弗鲁布莱夫斯卡). Only for a word Polish by its letters
    // or its digraphs and endings.
    if polish_spelling(word, &w) {
        let p = translit::replace_pairs(
            &w,
            &[
                ("sz", "s"),
                ("cz", "z"),
                ("rz", "z"),
                ("ch", "h"),
                ("c", "z"),
                ("w", "v"),
            ],
        );
        spellings.push(p);
    }
    let mut keys = Vec::new();
    for w in &spellings {
        keys.push(latin_key(w));
        if w.contains("gn") {
            keys.push(latin_key(&w.replace("gn", "n")));
        }
        // Portuguese nh and lh before a vowel are one palatal sound, the h
        // unheard ("Pinheiro" 皮涅罗, "Carvalho" 卡瓦略).
        let palatal = |d: &str| {
            w.match_indices(d)
                .any(|(i, _)| w[i + 2..].starts_with(|c: char| is_vowel(c)))
        };
        if palatal("nh") || palatal("lh") {
            keys.push(latin_key(&w.replace("nh", "n").replace("lh", "l")));
        }
        let b = w.as_bytes();
        if b.len() >= 3
            && matches!(b[b.len() - 1], b't' | b'd' | b's' | b'x' | b'z')
            && is_vowel(char::from(b[b.len() - 2]))
        {
            keys.push(latin_key(&w[..w.len() - 1]));
        }
        // Without a last e after a consonant, which English leaves silent:
        // the l or r before it then closes the syllable ("Macksville"
        // 麦克斯维尔, "Moore" 摩尔).
        if b.len() >= 4 && b[b.len() - 1] == b'e' && !is_vowel(char::from(b[b.len() - 2])) {
            keys.push(latin_key(&w[..w.len() - 1]));
        }
        // Without the d of a final -nd, which Chinese leaves out
        // ("Queensland" 昆士兰, "Auckland" 奥克兰, "Portland" 波特兰).
        if b.len() >= 4 && w.ends_with("nd") {
            keys.push(latin_key(&w[..w.len() - 1]));
        }
    }
    let mut seen = HashSet::default();
    keys.retain(|k| seen.insert(k.clone()));
    keys
}

/// Whether a name is spelt as Polish spells: with a letter only Polish
/// writes (ą ć ę ł ń ś ź ż), or with its digraphs sz, cz, rz, or its name
/// endings -wski, -wska, -wicz, -ów. `latin` is the word's Latin form.
pub(super) fn polish_spelling(word: &str, latin: &str) -> bool {
    word.chars().any(|c| {
        matches!(
            c.to_lowercase().next(),
            Some('ą' | 'ć' | 'ę' | 'ł' | 'ń' | 'ś' | 'ź' | 'ż')
        )
    }) || ["sz", "cz", "rz"].iter().any(|d| latin.contains(d))
        || ["wski", "wska", "wicz"].iter().any(|e| latin.ends_with(e))
        || word.ends_with("ów")
}

/// Whether the name parts `words`, taken together, stand in a Chinese target
/// written by their sounds, the parts joined by a middle dot or not at all
/// ("Rose Porter" 罗丝·波特): a short given name has too few consonants to
/// be looked for alone.
pub(super) fn phrase_respelt_in_hanzi(words: &[&str], side: &Side) -> bool {
    if side.lang != Lang::Zh || words.len() < 2 || !words.iter().all(|w| latin_script(w)) {
        return false;
    }
    // Each part in each of its readings (`latin_keys`), the readings of the
    // parts combined; a long name's combinations are capped.
    const MAX_READINGS: usize = 16;
    let mut keys = vec![String::new()];
    for w in words {
        let parts = latin_keys(w);
        let mut next = Vec::new();
        for key in &keys {
            for part in &parts {
                let mut k = key.clone();
                for c in part.chars() {
                    if !k.ends_with(c) {
                        k.push(c);
                    }
                }
                if next.len() < MAX_READINGS && !next.contains(&k) {
                    next.push(k);
                }
            }
        }
        keys = next;
    }
    keys.iter().any(|k| sounded_in(k, side))
}

/// Whether a run of sound characters in `side` has consonant classes `key`.
fn sounded_in(key: &str, side: &Side) -> bool {
    let n = key.chars().count();
    let runs = side.sound_runs.get_or_init(|| sound_runs(side));
    if n < MIN_KEY_CLASSES {
        // A short surname ("Walsh" 沃尔什, two classes) only as a whole part
        // of a written-out name: from the run's start or a middle dot to its
        // end or the next dot.
        return n >= MIN_PART_CLASSES
            && runs.iter().any(|run| {
                run.split(|s| s == PART_MARK).any(|part| {
                    let mut k = String::new();
                    for x in part.iter().flat_map(|s| s.chars()) {
                        if !k.ends_with(x) {
                            k.push(x);
                        }
                    }
                    part.len() >= 2 && alike(&k, key)
                })
            });
    }
    runs.iter().any(|run| {
        (0..run.len()).any(|i| {
            let mut k = String::new();
            for syllable in run[i..].iter().take(MAX_NAME_CHARACTERS) {
                for x in syllable.chars().filter(|&x| x != '|') {
                    if !k.ends_with(x) {
                        k.push(x);
                    }
                }
                if alike(&k, key) {
                    return true;
                }
                if k.len() > key.len() {
                    break;
                }
            }
            false
        })
    })
}

/// The runs of adjacent sound characters of `side` (Chinese text tokens are
/// single characters), as the consonant classes of each character's
/// syllable; the middle dot between the parts of a name is kept in a run and
/// adds no sound, anything else ends it. Worked out once per side.
pub(super) fn sound_runs(side: &Side) -> Vec<Vec<String>> {
    let sounds = sound_characters();
    let mut runs: Vec<Vec<String>> = Vec::new();
    let mut last_end = usize::MAX;
    for t in &side.toks {
        let mut chars = t.text.chars();
        let (Some(c), None) = (chars.next(), chars.next()) else {
            last_end = usize::MAX;
            continue;
        };
        if !sounds.contains(&c) {
            last_end = usize::MAX;
            continue;
        }
        let gap = &side.doc.text[last_end.min(t.range.start)..t.range.start];
        // A hyphen joins the parts of a place's name as a middle dot joins
        // a person's ("塔拉韦拉-德拉雷纳").
        if last_end == usize::MAX
            || !gap
                .chars()
                .all(|c| is_middle_dot(c) || matches!(c, '-' | '‐'))
        {
            runs.push(Vec::new());
        }
        if let Some(run) = runs.last_mut() {
            if !gap.is_empty() && !run.is_empty() {
                run.push(PART_MARK.to_string());
            }
            run.push(syllable_key(c));
        }
        last_end = t.range.end;
    }
    runs
}

/// Whether the classes of a run of characters (`zh`) are those of a name
/// (`latin`): class by class, pinyin hu- (w) standing for h or f.
/// A nasal final before an m is that m written twice, closing one syllable
/// and opening the next ("Hamilton" 汉密尔顿 hàn mì, "Tommy" 汤米 tāng mǐ):
/// an n of the run before an m may stand for no consonant of the name.
fn alike(zh: &str, latin: &str) -> bool {
    let same = |z: char, l: char| {
        z == l
            || (z == 'w' && matches!(l, 'h' | 'f'))
            || (l == 'T' && matches!(z, 't' | 's'))
            || (z == 'Z' && matches!(l, 'k' | 's'))
            || (l == 'N' && matches!(z, 'n' | 'm'))
    };
    let z: Vec<char> = zh.chars().collect();
    let l: Vec<char> = latin.chars().collect();
    let (mut i, mut j) = (0, 0);
    while i < z.len() {
        if j < l.len() && same(z[i], l[j]) {
            i += 1;
            j += 1;
        } else if z[i] == 'n' && z.get(i + 1) == Some(&'m') {
            i += 1;
        } else {
            return false;
        }
    }
    j == l.len()
}

/// The middle dots Chinese writes between the parts of a foreign name.
fn is_middle_dot(c: char) -> bool {
    matches!(c, '·' | '・' | '•' | '‧' | '．')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polish_names_are_read_by_polish_sounds() {
        assert!(polish_spelling("Wróblewska", "wroblewska"));
        assert!(polish_spelling("Kowalczyk", "kowalczyk"));
        assert!(!polish_spelling("Crawford", "crawford"));
        assert!(latin_keys("Kowalczyk").contains(&"kfsk".to_string()));
    }

    /// The consonant classes of a transcription, a class repeated by the
    /// next syllable written once (as `sounded_in` reads a run).
    fn zh_key(chinese: &str) -> String {
        let mut key = String::new();
        for c in chinese
            .chars()
            .flat_map(|c| syllable_key(c).chars().collect::<Vec<_>>())
        {
            if !key.ends_with(c) {
                key.push(c);
            }
        }
        key
    }

    #[test]
    fn names_and_their_chinese_transcriptions_share_consonants() {
        for (name, chinese) in [
            ("Pryce", "普赖斯"),
            ("Saskatchewan", "萨斯喀彻温"),
            ("Dixon", "迪克森"),
            ("Stuart", "斯图尔特"),
            ("Porter", "波特"),
            ("Logan", "洛根"),
            ("Forrest", "福雷斯特"),
            ("Baldwin", "鲍德温"),
            ("Hawkins", "霍金斯"),
            ("Whitaker", "惠特克"),
            ("Andrew", "安德鲁"),
            ("Washington", "华盛顿"),
            ("Kingston", "金斯敦"),
            ("Bridget", "布丽姬特"),
            ("Hodges", "霍奇斯"),
            ("Walsh", "沃尔什"),
            ("Bush", "布什"),
            ("Smith", "史密斯"),
            ("Thompson", "汤普森"),
            ("Dorothy", "多萝西"),
            ("Galbraith", "加尔布雷思"),
            ("Campbell", "坎贝尔"),
            ("William", "威廉"),
            // Pinyin zh and c for a z or ts.
            ("Bolzano", "博尔扎诺"),
            ("Zweig", "茨威格"),
            ("Jones", "琼斯"),
            ("Whitlam", "惠特拉姆"),
            // Pinyin q for a z or a ch.
            ("Mackenzie", "麦肯齐"),
            ("Darlington", "达灵顿"),
            // A nasal final before an m.
            ("Hamilton", "汉密尔顿"),
            ("Tommy", "汤米"),
        ] {
            let collapsed = zh_key(chinese);
            assert!(
                alike(&collapsed, &latin_key(name)),
                "{name} / {chinese}: {collapsed}"
            );
        }
        assert_ne!(latin_key("Dixon"), latin_key("Logan"));
        // French and Italian spellings Chinese transcribes by their sounds; a
        // final -nd without its d; a French ch is sh; the w of a kw is in the
        // vowel.
        for (name, chinese) in [
            ("Tourmalet", "图尔马莱"),
            ("Cotignola", "科蒂尼奥拉"),
            ("Queensland", "昆士兰"),
            ("Michelle", "米歇尔"),
            ("Kwinana", "奎纳纳"),
        ] {
            let zh = zh_key(chinese);
            assert!(latin_keys(name).iter().any(|k| alike(&zh, k)), "{name}");
        }
        // zh and c are a z or a hard sound, never a t or an m.
        let zh: String = "扎诺".chars().map(syllable_key).collect();
        assert!(!alike(&zh, &latin_key("Tano")));
    }
}
