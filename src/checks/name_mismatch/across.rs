//! The search for a source name's counterpart across scripts: a Latin name
//! transliterated into Cyrillic, respelt in katakana or in Chinese
//! characters, or the other way round; by similarity of the Latin forms (as
//! English and French names are written in Cyrillic, of a Slavic adjective's
//! stem), then by consonant skeletons.

use super::*;

/// Fewest letters of a stem's Latin form compared with a name in another
/// script.
const LATIN_STEM_MIN_CHARS: usize = 4;

/// Each token of a side in the forms the search across scripts compares,
/// worked out once per side, whatever word is looked for.
pub(super) struct TokenReads {
    /// As Russian and Ukrainian transcription writes an English name
    /// (`translit::english_as_cyrillic_reads`); empty unless the side is
    /// English.
    english: Vec<String>,
    /// As it writes a French name (`translit::french_as_cyrillic_reads`);
    /// empty unless the side is in Latin script.
    french: Vec<String>,
    /// As it writes a Spanish name (`translit::spanish_as_cyrillic_reads`);
    /// empty unless the side is in Latin script.
    spanish: Vec<String>,
    /// As it writes a Polish name (`translit::polish_as_cyrillic_reads`), of
    /// a Polish side's tokens and of those spelt as Polish spells; empty
    /// strings for the others, and none unless the side is in Latin script.
    polish: Vec<String>,
    /// The Latin forms of a capitalised token's stems without a case ending
    /// of the side's language ("Томасом" → "tomas"); a lower-case word has
    /// none ("команды" is no form of "Kane"), nor a stem too short to tell
    /// ("Муди" is not "Mudgee" by its "mud").
    stems: Vec<Vec<String>>,
    /// The stem of a Slavic adjective made of a name ("Оксфордського
    /// університету", the University of Oxford).
    adjective: Vec<Option<String>>,
    /// A Ukrainian token and its stems as Ukrainian romanisation writes them
    /// (`translit::ukrainian_latin`), where that differs from its Latin
    /// form; empty unless the side is Ukrainian.
    ukrainian: Vec<Vec<String>>,
}

impl Side<'_> {
    pub(super) fn reads(&self) -> &TokenReads {
        self.reads.get_or_init(|| {
            let read = |on: bool, read: fn(&str) -> String| -> Vec<String> {
                if on {
                    self.toks.iter().map(|t| read(t.latin)).collect()
                } else {
                    Vec::new()
                }
            };
            let stems = |t: &Tok| -> Vec<String> {
                if !t.text.starts_with(char::is_uppercase) {
                    return Vec::new();
                }
                translit::stems(t.text, self.lang)
                    .iter()
                    .skip(1)
                    .map(|s| translit::latin(s))
                    .filter(|l| l.len() >= LATIN_STEM_MIN_CHARS)
                    .collect()
            };
            TokenReads {
                english: read(self.lang == Lang::En, translit::english_as_cyrillic_reads),
                french: read(
                    self.lang.script() == Script::Latin,
                    translit::french_as_cyrillic_reads,
                ),
                spanish: read(
                    self.lang.script() == Script::Latin,
                    translit::spanish_as_cyrillic_reads,
                ),
                polish: if self.lang.script() == Script::Latin {
                    self.toks
                        .iter()
                        .map(|t| {
                            if self.lang == Lang::Pl || polish_spelling(t.text, t.latin) {
                                translit::polish_as_cyrillic_reads(t.text)
                            } else {
                                String::new()
                            }
                        })
                        .collect()
                } else {
                    Vec::new()
                },
                stems: self.toks.iter().map(stems).collect(),
                adjective: self
                    .toks
                    .iter()
                    .map(|t| translit::slavic_adjective_stem(t.latin, self.lang))
                    .collect(),
                ukrainian: if self.lang == Lang::Uk {
                    self.toks.iter().map(|t| ukrainian_reads(t.text)).collect()
                } else {
                    Vec::new()
                },
            }
        })
    }
}

/// A Ukrainian word's stems (itself first) as Ukrainian romanisation writes
/// them, those that differ from their plain Latin forms; none for a word in
/// lower case.
fn ukrainian_reads(word: &str) -> Vec<String> {
    if !word.starts_with(char::is_uppercase) {
        return Vec::new();
    }
    translit::stems(word, Lang::Uk)
        .iter()
        .map(|s| (translit::ukrainian_latin(s), translit::latin(s)))
        .filter(|(u, l)| u != l && u.len() >= LATIN_STEM_MIN_CHARS)
        .map(|(u, _)| u)
        .collect()
}

/// How `word` (in `lang`) has a counterpart among the tokens of `side`,
/// written in another script, and which.
pub(super) fn across_scripts(word: &str, lang: Lang, side: &Side) -> Option<(How, usize)> {
    let mut best: Option<(f64, usize)> = None;
    // English against Cyrillic: the English form as Russian and Ukrainian
    // transcription writes it ("Webb" / "Уэбб").
    let english_word = lang == Lang::En && side.lang.script() == Script::Cyrillic;
    let english_side = side.lang == Lang::En && lang.script() == Script::Cyrillic;
    // A Latin-script name against Cyrillic, either way round: also as
    // French names are written there ("Bouchard" / "Бушар").
    let latin_word = lang.script() == Script::Latin && side.lang.script() == Script::Cyrillic;
    let latin_side = side.lang.script() == Script::Latin && lang.script() == Script::Cyrillic;
    let reads = side.reads();
    let side_read: &[String] = if english_side { &reads.english } else { &[] };
    let side_french: &[String] = if latin_side { &reads.french } else { &[] };
    let side_spanish: &[String] = if latin_side { &reads.spanish } else { &[] };
    let side_polish: &[String] = if latin_side { &reads.polish } else { &[] };
    for stem in translit::stems(word, lang) {
        let l = translit::latin(&stem);
        if l.len() < 3 {
            continue;
        }
        let l_read = english_word.then(|| translit::english_as_cyrillic_reads(&l));
        let l_french = latin_word
            .then(|| translit::french_as_cyrillic_reads(&l))
            .filter(|f| *f != l);
        let l_spanish = latin_word
            .then(|| translit::spanish_as_cyrillic_reads(&l))
            .filter(|f| *f != l);
        // Read from the letters as written: the stem has its diacritics
        // folded, and Polish ó is u.
        let l_polish = (latin_word && (lang == Lang::Pl || polish_spelling(word, &l)))
            .then(|| {
                let written: String = word.chars().take(stem.chars().count()).collect();
                translit::polish_as_cyrillic_reads(&written)
            })
            .filter(|f| *f != l);
        // A Ukrainian name against Latin script, either way round: also as
        // Ukrainian romanisation writes it ("Гнатишин" / "Hnatyšyn").
        let l_ukrainian = (lang == Lang::Uk && side.lang.script() == Script::Latin)
            .then(|| translit::ukrainian_latin(&stem))
            .filter(|u| *u != l);
        let side_ukrainian = side.lang == Lang::Uk && lang.script() == Script::Latin;
        if side.cjk() && l.len() >= 4 && (side.latin.contains(&l) || read_as_names(side, &l)) {
            return Some((How::Transliterated, 0));
        }
        for (i, t) in side.toks.iter().enumerate() {
            if t.latin.len() < 3 {
                continue;
            }
            let mut s = strsim::jaro_winkler(&l, t.latin);
            if let Some(r) = &l_read {
                s = s.max(strsim::jaro_winkler(r, t.latin));
            } else if let Some(r) = side_read.get(i) {
                s = s.max(strsim::jaro_winkler(&l, r));
            }
            // The word as French, Spanish or Polish names are written in Cyrillic,
            // or the token so read when it is the Latin one.
            for (word_read, side_reads) in [
                (&l_french, side_french),
                (&l_spanish, side_spanish),
                (&l_polish, side_polish),
            ] {
                if let Some(f) = word_read {
                    s = s.max(strsim::jaro_winkler(f, t.latin));
                } else if let Some(f) = side_reads
                    .get(i)
                    .filter(|f| **f != t.latin && !f.is_empty())
                {
                    s = s.max(strsim::jaro_winkler(&l, f));
                }
            }
            // The token without its case ending ("Томасом" / "Thomas").
            for stem in &reads.stems[i] {
                s = s.max(strsim::jaro_winkler(&l, stem));
                for r in l_read.iter().chain(&l_french).chain(&l_spanish) {
                    s = s.max(strsim::jaro_winkler(r, stem));
                }
            }
            if let Some(u) = &l_ukrainian {
                s = s.max(strsim::jaro_winkler(u, t.latin));
            }
            if side_ukrainian {
                for u in &reads.ukrainian[i] {
                    s = s.max(strsim::jaro_winkler(&l, u));
                }
            }
            if let Some(stem) = reads.adjective[i].as_deref() {
                s = s.max(strsim::jaro_winkler(&l, stem));
                if let Some(r) = &l_read {
                    s = s.max(strsim::jaro_winkler(r, stem));
                }
            }
            let prefix = l.len() >= 4
                && t.latin.len() >= 4
                && (t.latin.starts_with(&l) || l.starts_with(t.latin));
            let s = if prefix {
                s.max(TRANSLIT_MIN_SIMILARITY)
            } else {
                s
            };
            if s >= TRANSLIT_MIN_SIMILARITY && best.is_none_or(|(b, _)| s > b) {
                best = Some((s, i));
            }
        }
    }
    if best.is_none() {
        // Spelt apart but sounding alike ("Прайс" / "Pryce"); an English
        // h as a Cyrillic г, keyed on the word's side once.
        let h_keys = HKeys::of(word, lang, side.lang);
        for stem in translit::stems(word, lang) {
            let sk = translit::skeleton(&stem);
            let first = translit::latin(&stem).chars().next();
            if sk.chars().count() < SKELETON_MIN_CONSONANTS {
                continue;
            }
            if let Some(i) = side.toks.iter().zip(side.skeletons()).position(|(t, s)| {
                t.text.chars().next().is_some_and(char::is_uppercase)
                    && ((same_initial(first, t.latin.chars().next())
                        && skeletons_match(&sk, s, SKELETON_MIN_CONSONANTS))
                        || h_keys.match_token(t.text, side.lang))
            }) {
                return Some((How::Transliterated, i));
            }
        }
    }
    best.map(|(_, i)| (How::Transliterated, i))
}

/// The keys an English name and a word in Cyrillic are compared by: the
/// name's consonant skeleton, and the skeletons of the Cyrillic word without
/// a case ending of its language and with a г read as h ("Salthill" /
/// "Солтгіллі": s l t l; "Holmfirth" / "Голмферті", whose initials differ as
/// written). Either may be the word looked for. English only: the skeleton
/// reads other languages' h otherwise (Czech "ch" is a Cyrillic х,
/// "Kachovce" / "Каховці").
enum HKeys {
    /// No English name against Cyrillic text.
    None,
    /// The word looked for is English: its skeleton.
    English(String),
    /// The word looked for is Cyrillic: its skeletons with г read as h.
    Cyrillic(Vec<String>),
}

impl HKeys {
    fn of(word: &str, lang: Lang, other: Lang) -> Self {
        if lang == Lang::En && other.script() == Script::Cyrillic {
            HKeys::English(translit::skeleton(word))
        } else if other == Lang::En && lang.script() == Script::Cyrillic {
            HKeys::Cyrillic(cyrillic_h_keys(word, lang))
        } else {
            HKeys::None
        }
    }

    /// Whether `token` (of language `lang`) has one of the other side's keys.
    fn match_token(&self, token: &str, lang: Lang) -> bool {
        let matches = |english: &str, cyrillic: &[String]| {
            english.chars().count() >= SKELETON_MIN_CONSONANTS
                && cyrillic
                    .iter()
                    .any(|k| skeletons_match(english, k, SKELETON_MIN_CONSONANTS))
        };
        match self {
            HKeys::None => false,
            HKeys::English(sk) => matches(sk, &cyrillic_h_keys(token, lang)),
            HKeys::Cyrillic(keys) => matches(&translit::skeleton(token), keys),
        }
    }
}

/// The consonant skeletons of a Cyrillic word's stems, each г read as g and
/// as h.
fn cyrillic_h_keys(word: &str, lang: Lang) -> Vec<String> {
    translit::stems(word, lang)
        .iter()
        .flat_map(|stem| super::forms::g_read_as_h(&stem.to_lowercase()))
        .map(|f| translit::skeleton(&f))
        .collect()
}

/// Whether two names' Latin forms start alike: with the same letter, or one
/// with w and the other with u, as Russian and Ukrainian write an English w
/// before a vowel ("Whitmore" / "Уітмор", "Wakefield" / "Уейкфилд").
pub(super) fn same_initial(a: Option<char>, b: Option<char>) -> bool {
    a == b
        || matches!(
            (a, b),
            (Some('w'), Some('u')) | (Some('u'), Some('w')) | (Some('v'), Some('f'))
        )
}

/// Whether a Chinese side, its characters read as they are read in names
/// (`data/lang/zh/name-readings.txt`: 重 "chong" in "重庆" Chongqing, where a
/// plain transliteration gives "zhong"), holds `latin`. Worked out only for a
/// name not found otherwise, and only where the text has such a character.
fn read_as_names(side: &Side, latin: &str) -> bool {
    if side.lang != Lang::Zh {
        return false;
    }
    static READINGS: OnceLock<HashMap<char, &'static str>> = OnceLock::new();
    let readings = READINGS.get_or_init(|| {
        words::lines(Lang::Zh, "name-readings")
            .iter()
            .filter_map(|line| {
                let (ch, r) = line.split_once(' ')?;
                let mut chars = ch.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => Some((c, r.trim())),
                    _ => None,
                }
            })
            .collect()
    });
    let reading = |c: char| readings.get(&c).copied();
    let mut any = false;
    let mut text = String::new();
    for t in &side.toks {
        if t.text.chars().any(|c| reading(c).is_some()) {
            any = true;
            for c in t.text.chars() {
                match reading(c) {
                    Some(r) => text.push_str(r),
                    None => text.push_str(&translit::latin(c.encode_utf8(&mut [0; 4]))),
                }
            }
        } else {
            text.push_str(t.latin);
        }
    }
    any && text.contains(latin)
}
