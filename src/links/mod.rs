//! Cross-lingual links between a source word and the words of its
//! translation: the evidence the checks use to tell a word that was translated
//! from one that was lost. A link is found by identity, by form (case and
//! diacritics folded, inflection), as a cognate ("Commission" / "Kommission"
//! / "Comisión", compared on a spelling key), or through a bilingual
//! dictionary where the system has one ([`dict`]: "Committee" / "Ausschuss").
//! The same functions serve every direction.

pub mod dict;

use crate::document::fold_diacritics;
use crate::lang::Lang;
use crate::names::lexicon;
use std::path::{Path, PathBuf};

/// What the translation says about one source word.
#[derive(Debug, Clone, PartialEq)]
pub enum Evidence {
    /// A target word carries it (`how`: "form", "cognate" or "dictionary").
    Found(&'static str),
    /// Its translations are known and none is in the target: the dictionary's
    /// translations, for the message.
    Absent(Vec<String>),
    /// Nothing to go on: no dictionary entry and no cognate.
    Unknown,
}

/// The target side of an aligned pair, in the forms links are looked up in;
/// built once per pair.
pub struct Target {
    lang: Lang,
    /// Where dictionaries are read from; `None`: none.
    dicts: Option<PathBuf>,
    /// Folded words ("kommissionsdokumente").
    keys: Vec<String>,
    /// Their cognate keys, worked out on first use (most pairs never ask).
    cognate_keys: std::cell::OnceCell<Vec<String>>,
}

impl Target {
    pub fn new<'a>(
        lang: Lang,
        dicts: Option<PathBuf>,
        words: impl IntoIterator<Item = &'a str>,
    ) -> Target {
        // A place's adjective joined to a point of the compass
        // ("severoatlantské", "westafrikanischen") is also that adjective.
        let compass = !crate::lang::words::list(lang, "compass-prefixes").is_empty();
        let mut keys = Vec::new();
        for w in words {
            if compass {
                if let Some(rest) = crate::names::after_compass_prefix(w, lang) {
                    keys.push(fold(&rest));
                }
            }
            keys.push(fold(w));
        }
        Target {
            lang,
            dicts,
            keys,
            cognate_keys: std::cell::OnceCell::new(),
        }
    }

    /// How source word `word` of language `from` comes through in this target.
    pub fn evidence(&self, word: &str, from: Lang) -> Evidence {
        let key = fold(word);
        if key.chars().count() < 3 {
            return Evidence::Unknown;
        }
        if self.keys.iter().any(|k| *k == key || same_stem(k, &key)) {
            return Evidence::Found("form");
        }
        let ck = cognate_key(&key);
        if self.cognate_keys().iter().any(|k| cognates(&ck, k)) {
            return Evidence::Found("cognate");
        }
        if self.compound_tail_carried(&key, from) {
            return Evidence::Found("compound");
        }
        let Some(dir) = &self.dicts else {
            return Evidence::Unknown;
        };
        let translations = translations(dir, &key, from, self.lang);
        if translations.is_empty() {
            return Evidence::Unknown;
        }
        if translations.iter().any(|t| self.carries(t)) {
            return Evidence::Found("dictionary");
        }
        Evidence::Absent(translations)
    }

    /// The target words' cognate keys, worked out on first use.
    fn cognate_keys(&self) -> &[String] {
        self.cognate_keys
            .get_or_init(|| self.keys.iter().map(|k| cognate_key(k)).collect())
    }

    /// "Wasserresilienz" / "water resilience", "Kunststoffpellets" /
    /// "plastic pellets": a compound of a language that writes them as one
    /// word (`key`, folded), made of a word of that language and a last part
    /// of five letters or more that the target carries in its form or as a
    /// cognate. A compound too new for the lexicon, translated part by part.
    fn compound_tail_carried(&self, key: &str, from: Lang) -> bool {
        /// The shortest head and last part looked at.
        const HEAD_MIN_CHARS: usize = 3;
        const TAIL_MIN_CHARS: usize = 5;
        if !from.writes_compounds() || key.chars().count() < HEAD_MIN_CHARS + TAIL_MIN_CHARS {
            return false;
        }
        let cognate_keys = self.cognate_keys();
        key.char_indices()
            .skip(HEAD_MIN_CHARS)
            .map(|(at, _)| key.split_at(at))
            .take_while(|(_, tail)| tail.chars().count() >= TAIL_MIN_CHARS)
            .any(|(head, tail)| {
                // The head is a word of the language, a linking -s- or -n-
                // aside ("Verkehrs-", "Sonnen-").
                let head_known = [Some(head), head.strip_suffix('s'), head.strip_suffix('n')]
                    .into_iter()
                    .flatten()
                    .any(|h| {
                        h.chars().count() >= HEAD_MIN_CHARS
                            && lexicon::zipf(from, h).unwrap_or(0.0) > 0.0
                    });
                let ct = cognate_key(tail);
                head_known
                    && (self.keys.iter().any(|k| k == tail || same_stem(k, tail))
                        || cognate_keys.iter().any(|k| cognates(&ct, k)))
            })
    }

    /// Whether a dictionary translation of `word` (of language `from`) is in
    /// the target, whatever else there is: "Saxon" / "sächsische" beside a
    /// kept "Saxony", which is a cognate of the word but another name.
    pub fn translated(&self, word: &str, from: Lang) -> bool {
        let key = fold(word);
        let Some(dir) = &self.dicts else {
            return false;
        };
        key.chars().count() >= 3
            && translations(dir, &key, from, self.lang)
                .iter()
                .any(|t| self.carries(t))
    }

    /// The letters an acronym of the target may write for source word
    /// `word` of language `from`: its own initial and the initials of its
    /// dictionary translations ("Health": h, and s for "salud").
    pub fn initials(&self, word: &str, from: Lang) -> Vec<char> {
        let key = fold(word);
        let mut out: Vec<char> = key.chars().next().into_iter().collect();
        if let Some(dir) = &self.dicts {
            for t in translations(dir, &key, from, self.lang) {
                let first = t
                    .split(|c: char| !c.is_alphanumeric())
                    .find(|w| !w.is_empty() && !function_word(w, self.lang))
                    .and_then(|w| fold(w).chars().next());
                if let Some(c) = first.filter(|c| !out.contains(c)) {
                    out.push(c);
                }
            }
        }
        out
    }

    /// Whether a dictionary has source word `word` of language `from`.
    pub fn knows(&self, word: &str, from: Lang) -> bool {
        self.dicts
            .as_ref()
            .is_some_and(|dir| !translations(dir, &fold(word), from, self.lang).is_empty())
    }

    /// Whether target word `candidate` is a dictionary translation of source
    /// word `word`: `None` when no dictionary knows `word`.
    pub fn translates(&self, word: &str, from: Lang, candidate: &str) -> Option<bool> {
        let dir = self.dicts.as_ref()?;
        let translations = translations(dir, &fold(word), from, self.lang);
        if translations.is_empty() {
            return None;
        }
        let c = fold(candidate);
        Some(translations.iter().any(|t| {
            t.split(|ch: char| !ch.is_alphanumeric())
                .filter(|w| w.chars().count() >= 3 && !function_word(w, self.lang))
                .any(|w| {
                    let k = fold(w);
                    k == c || same_stem(&k, &c)
                })
        }))
    }

    /// Whether a translation (a word or a phrase) stands in the target: one of
    /// its content words, inflected, or inside a compound where the target
    /// language writes compounds as one word.
    fn carries(&self, translation: &str) -> bool {
        let compounds = self.lang.writes_compounds();
        translation
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3 && !function_word(w, self.lang))
            .any(|w| {
                let k = fold(w);
                let stem = stem_of(&k);
                self.keys.iter().any(|t| {
                    t == &k
                        || t.starts_with(stem)
                        || (compounds && stem.chars().count() >= 4 && t.contains(stem))
                })
            })
    }
}

/// Lower case without diacritics.
fn fold(word: &str) -> String {
    fold_diacritics(&word.to_lowercase())
}

/// A word's stem for matching inflected forms: without its last two letters
/// when it has seven or more, its last one when five or six.
fn stem_of(k: &str) -> &str {
    let n = k.chars().count();
    let cut = match n {
        0..=4 => 0,
        5..=6 => 1,
        _ => 2,
    };
    let end = k.char_indices().nth(n - cut).map_or(k.len(), |(i, _)| i);
    &k[..end]
}

/// Two folded words that differ only in an ending.
fn same_stem(a: &str, b: &str) -> bool {
    let (sa, sb) = (stem_of(a), stem_of(b));
    sa.chars().count() >= 4 && (a.starts_with(sb) || b.starts_with(sa))
}

/// Words too common in `lang` to say anything (articles, prepositions).
fn function_word(w: &str, lang: Lang) -> bool {
    lexicon::zipf(lang, w).unwrap_or(0.0) >= FUNCTION_WORD_ZIPF
}

/// Zipf at which a word is taken for a function word.
const FUNCTION_WORD_ZIPF: f32 = 6.0;

/// The spelling key cognates are compared on: folded, with the letters
/// European languages write for one sound made one (`k`/`c`/`q`, `z`→`c`
/// before a vowel, `ph`/`f`, `th`/`t`, `y`/`i`, `w`/`v`, `ß`), doubled letters
/// made single: "kommission", "commission" and "comisión" are all "comision".
/// British English writes the Latin ae of other languages' e ("paediatrics",
/// "pediatria"; "haemophilia", "hemofilia"): one e.
pub fn cognate_key(k: &str) -> String {
    let mut out = String::with_capacity(k.len());
    let mut prev = None;
    let k = crate::names::translit::replace_pairs(k, &[("ae", "e")]);
    for c in spelling_key(&k).chars() {
        if Some(c) != prev {
            out.push(c);
        }
        prev = Some(c);
    }
    out
}

/// [`cognate_key`] keeping doubled letters: the letters languages write
/// differently for one sound made one ("omikron" and "omicron" are
/// "omicron"), but "bennett" is not "bennet".
pub fn spelling_key(k: &str) -> String {
    crate::names::translit::replace_pairs(k, &[("ph", "f"), ("th", "t"), ("ß", "ss")])
        .chars()
        .map(|c| match c {
            'k' | 'q' | 'z' => 'c',
            'y' => 'i',
            'w' => 'v',
            c => c,
        })
        .collect()
}

/// Jaro–Winkler similarity of two cognate keys at or above which they are
/// taken for cognates (the same word in two languages).
const COGNATE_MIN_SIMILARITY: f64 = 0.88;

/// Shortest cognate key compared: shorter words match too much by chance.
const COGNATE_MIN_CHARS: usize = 5;

/// Whether two cognate keys are the same word in two languages: alike in
/// spelling and sharing their first three letters.
pub fn cognates(a: &str, b: &str) -> bool {
    if a.chars().count() < COGNATE_MIN_CHARS || b.chars().count() < COGNATE_MIN_CHARS {
        return false;
    }
    let head = |s: &str| s.chars().take(3).collect::<String>();
    head(a) == head(b) && strsim::jaro_winkler(a, b) >= COGNATE_MIN_SIMILARITY
}

/// Dictionary translations of folded word `key` from `from` into `to`: directly
/// where a dictionary for the pair is installed, else through English. Plural
/// and inflected forms are looked up by their base forms.
pub fn translations(dir: &Path, key: &str, from: Lang, to: Lang) -> Vec<String> {
    let forms = base_forms(key, from);
    let direct = |from: Lang, to: Lang, forms: &[String]| -> Vec<String> {
        let Some(d) = dict::get(dir, from, to) else {
            return Vec::new();
        };
        forms
            .iter()
            .map(|f| d.translations(f))
            .find(|t| !t.is_empty())
            .unwrap_or_default()
    };
    if from == to {
        return Vec::new();
    }
    if dict::get(dir, from, to).is_some() {
        return direct(from, to, &forms);
    }
    if from == Lang::En || to == Lang::En {
        return Vec::new();
    }
    let mut out = Vec::new();
    for en in direct(from, Lang::En, &forms) {
        for w in en.split_whitespace().filter(|w| w.chars().count() >= 3) {
            out.extend(direct(Lang::En, to, &base_forms(&fold(w), Lang::En)));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// `key` and the base forms it may be an inflection of, most likely first.
fn base_forms(key: &str, lang: Lang) -> Vec<String> {
    let mut out = vec![key.to_string()];
    let endings: &[(&str, &str)] = match lang {
        Lang::En => &[("ies", "y"), ("es", ""), ("s", ""), ("'s", "")],
        Lang::De => &[("en", ""), ("n", ""), ("e", ""), ("s", ""), ("es", "")],
        Lang::Es | Lang::Pt | Lang::Ca => &[("es", ""), ("s", "")],
        Lang::Fr => &[("s", ""), ("x", "")],
        Lang::It => &[("i", "o"), ("i", "e"), ("e", "a")],
        Lang::Nl => &[("en", ""), ("s", "")],
        _ => &[],
    };
    for (end, base) in endings {
        if let Some(stem) = key.strip_suffix(end) {
            if stem.chars().count() >= 3 {
                out.push(format!("{stem}{base}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cognates_across_spellings() {
        let c = |a: &str, b: &str| cognates(&cognate_key(&fold(a)), &cognate_key(&fold(b)));
        for (a, b) in [
            ("Commission", "Kommission"),
            ("Commission", "Comisión"),
            ("Commission", "Commissione"),
            ("Parliament", "Parlament"),
            ("Parliament", "Parlamento"),
            ("Committee", "Comitato"),
            ("Socialist", "Sozialistische"),
            ("Philosophy", "Filosofia"),
        ] {
            assert!(c(a, b), "{a} / {b}");
        }
        for (a, b) in [
            ("Commission", "Communication"),
            ("Council", "Consiglio"),
            ("Member", "Mitglied"),
            ("House", "Haus"),
            ("Baker", "Boulanger"),
        ] {
            assert!(!c(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn forms_and_stems() {
        let t = Target::new(
            Lang::De,
            None,
            ["Die", "Kommissionsdokumente", "liegen", "vor"],
        );
        assert_eq!(
            t.evidence("Kommissionsdokumente", Lang::De),
            Evidence::Found("form")
        );
        assert_eq!(t.evidence("liegt", Lang::De), Evidence::Found("form"));
        assert!(same_stem("grupos", "grupo") && !same_stem("rat", "rate"));
        assert_eq!(base_forms("treaties", Lang::En)[1], "treaty");
        assert_eq!(stem_of("ausschuss"), "ausschu");
    }

    #[test]
    fn dictionary_evidence_when_installed() {
        let dir = Some(PathBuf::from(dict::SYSTEM_DIR));
        if dict::get(Path::new(dict::SYSTEM_DIR), Lang::En, Lang::De).is_none() {
            eprintln!("skipped: no English-German FreeDict dictionary installed");
            return;
        }
        let present = Target::new(
            Lang::De,
            dir.clone(),
            ["Der", "Ausschuss", "tagt", "morgen"],
        );
        assert_eq!(
            present.evidence("Committee", Lang::En),
            Evidence::Found("dictionary")
        );
        let gone = Target::new(Lang::De, dir, ["Der", "Rat", "tagt", "morgen"]);
        assert!(matches!(
            gone.evidence("Committee", Lang::En),
            Evidence::Absent(_)
        ));
    }
}
