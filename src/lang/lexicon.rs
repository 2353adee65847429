//! Word-frequency lexicons (wordfreq 3.1.1, CC BY-SA 4.0, see
//! `corpora/lexicons/ATTRIBUTION.txt`), built into the binary as `fst` maps by
//! `build.rs`: a look-up reads the map in place, so nothing is loaded at start-up
//! and nothing is read from disk at run time.
//!
//! Words are looked up in the form wordfreq stores them: NFC, then full Unicode
//! case folding (`Maßnahmen` → `massnahmen`, final `ς` → `σ`), typographic
//! apostrophes made `'`. A token with an apostrophe is looked up whole, then as
//! wordfreq splits it (French and Italian elision `l'Élysée` → `élysée`,
//! an English possessive missing from the list, `Pegasus's` → `pegasus`).

use super::Lang;
use crate::memo::{self, Memo};
use std::cell::RefCell;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

include!(concat!(env!("OUT_DIR"), "/lexicons.rs"));

thread_local! {
    /// Zipf values by language and word, as written (`false`) or normalised.
    static ZIPF: RefCell<Memo<(Lang, bool), Option<f32>>> = RefCell::default();
    /// Whether a (common enough) word starts with a prefix, by language and
    /// least Zipf value in hundredths.
    static PREFIX: RefCell<Memo<(Lang, Option<u64>), bool>> = RefCell::default();
}

/// The word-frequency list of one language.
pub struct Lexicon {
    lang: Lang,
    map: fst::Map<&'static [u8]>,
    min_zipf: f32,
    words: usize,
    /// The letters the language writes, case-folded (`build.rs`: at least 1 in
    /// 30,000 letters of its running text).
    letters: &'static str,
}

/// Elided articles and prepositions are at most this many letters (`l'`, `d'`,
/// `qu'`, `dell'`, `nell'`, `all'`, `sull'`); a longer part before an apostrophe
/// is a word of its own.
const MAX_ELIDED_LETTERS: usize = 4;
/// English clitics after an apostrophe are at most this many letters (`'s`, `'t`,
/// `'ll`, `'re`, `'ve`, `'d`, `'m`).
const MAX_CLITIC_LETTERS: usize = 2;

impl Lexicon {
    /// The lexicon of `lang`, when mtcheck ships one.
    pub fn for_lang(lang: Lang) -> Option<&'static Lexicon> {
        static CELLS: OnceLock<Vec<Option<Lexicon>>> = OnceLock::new();
        let cells = CELLS.get_or_init(|| Lang::ALL.iter().map(|&l| Lexicon::build(l)).collect());
        let index = Lang::ALL.iter().position(|&l| l == lang)?;
        cells.get(index)?.as_ref()
    }

    fn build(lang: Lang) -> Option<Lexicon> {
        let &(_, min_centi, words, letters, bytes) =
            LEXICON_DATA.iter().find(|e| e.0 == lang.code())?;
        // build.rs wrote these bytes with fst's own builder; should they ever be
        // unreadable, the language simply has no lexicon.
        let map = fst::Map::new(bytes).ok()?;
        Some(Lexicon {
            lang,
            map,
            min_zipf: f32::from(min_centi) / 100.0,
            words,
            letters,
        })
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Number of words in the list.
    pub fn len(&self) -> usize {
        self.words
    }

    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    /// The lowest Zipf value in the list: a word missing from it is rarer than
    /// this (the lists are cut at a depth, and wordfreq's own lists at Zipf 1).
    pub fn min_zipf(&self) -> f32 {
        self.min_zipf
    }

    /// Whether the language writes the letter `c` (case-folded, as in `normalise`d
    /// words): `ü` in German and Spanish, not in English or French.
    pub fn writes_letter(&self, c: char) -> bool {
        self.letters.contains(c)
    }

    /// Zipf frequency (log10 of occurrences per billion words) of a word as it
    /// appears in a text; 0 when the word is not in the list.
    pub fn zipf(&self, word: &str) -> f32 {
        self.lookup(word).unwrap_or(0.0)
    }

    /// Zipf frequency of a word, `None` when it is not in the list.
    pub fn lookup(&self, word: &str) -> Option<f32> {
        memo::get(&ZIPF, (self.lang, false), word, || {
            let key = normalise(word);
            self.get(&key).or_else(|| {
                let part = content_key(&key);
                (part.len() < key.len()).then(|| self.get(part)).flatten()
            })
        })
    }

    /// Zipf frequency of a word already in `normalise`d form, looked up as is.
    pub fn get_normalised(&self, key: &str) -> Option<f32> {
        memo::get(&ZIPF, (self.lang, true), key, || self.get(key))
    }

    /// Whether some word of the list starts with `prefix` (normalised): a stem of
    /// the language, when a word is an inflected form missing from the list.
    pub fn has_prefix(&self, prefix: &str) -> bool {
        use fst::{IntoStreamer, Streamer};
        memo::get(&PREFIX, (self.lang, None), prefix, || {
            let mut stream = self.map.range().ge(prefix).into_stream();
            stream
                .next()
                .is_some_and(|(k, _)| k.starts_with(prefix.as_bytes()))
        })
    }

    /// Whether some word of the list at least `min_zipf` frequent starts with
    /// `prefix` (normalised). The deep end of a list holds names, typos and
    /// foreign words as well as rare words of the language, so a stem is only
    /// evidence of the language when a word in common use begins with it.
    pub fn has_prefix_at_least(&self, prefix: &str, min_zipf: f32) -> bool {
        use fst::{IntoStreamer, Streamer};
        let min_centi = (min_zipf * 100.0).round() as u64;
        memo::get(&PREFIX, (self.lang, Some(min_centi)), prefix, || {
            let mut stream = self.map.range().ge(prefix).into_stream();
            while let Some((k, centi)) = stream.next() {
                if !k.starts_with(prefix.as_bytes()) {
                    return false;
                }
                if centi >= min_centi {
                    return true;
                }
            }
            false
        })
    }

    fn get(&self, key: &str) -> Option<f32> {
        self.map.get(key).map(|centi| centi as f32 / 100.0)
    }
}

/// The part of a normalised word with an apostrophe that carries its meaning, as
/// wordfreq would split it: the stem before an English clitic (`pegasus's` →
/// `pegasus`), the word after an elided article or preposition (`l'élysée` →
/// `élysée`, `dell'autore` → `autore`), else the whole word (`aujourd'hui`).
pub fn content_key(norm: &str) -> &str {
    let Some((before, after)) = norm.rsplit_once('\'') else {
        return norm;
    };
    let (nb, na) = (before.chars().count(), after.chars().count());
    // Both parts short (`it's`, `d'un`) is ambiguous: the whole form then.
    if nb > MAX_CLITIC_LETTERS && na <= MAX_CLITIC_LETTERS {
        before
    } else if na > MAX_CLITIC_LETTERS && nb <= MAX_ELIDED_LETTERS {
        after
    } else {
        norm
    }
}

/// A word in the form wordfreq stores it: NFC, full Unicode case folding,
/// typographic apostrophes as `'`.
pub fn normalise(word: &str) -> String {
    let nfc: String = word
        .nfc()
        .map(|c| match c {
            '’' | 'ʼ' | '‘' | '`' | '´' => '\'',
            c => c,
        })
        .collect();
    caseless::default_case_fold_str(&nfc)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(lang: Lang) -> &'static Lexicon {
        Lexicon::for_lang(lang).expect("lexicon shipped")
    }

    #[test]
    fn ships_the_required_languages() {
        for code in [
            "en", "fr", "es", "de", "it", "pt", "nl", "pl", "cs", "ru", "sv", "uk", "ca",
        ] {
            let lang: Lang = code.parse().unwrap();
            let l = lex(lang);
            // Every language may be the target: each list is whole, down to
            // wordfreq's floor of Zipf 1.0, not cut at a depth.
            assert!(l.len() >= 180_000, "{code}: {}", l.len());
            assert!(l.min_zipf() > 0.0 && l.min_zipf() < 1.1, "{code}");
        }
        assert!(Lexicon::for_lang(Lang::Zh).is_none());
    }

    #[test]
    fn knows_rare_inflected_words_of_every_target_language() {
        // Rare but ordinary forms, missing from the 50,000-word lists that were
        // shipped before: read as "not a word of the language" they made
        // ordinary target text look foreign.
        for (code, word) in [
            ("es", "aterrizajes"),
            ("es", "desalinizadora"),
            ("it", "ingrandimenti"),
            ("de", "verkehrsberuhigt"),
            ("cs", "nejslavnějšími"),
            ("cs", "zdražovaly"),
            ("pl", "przeprowadzkami"),
            ("pt", "escorregadias"),
        ] {
            let lang: Lang = code.parse().unwrap();
            assert!(lex(lang).lookup(word).is_some(), "{code} {word}");
        }
    }

    #[test]
    fn knows_the_letters_each_language_writes() {
        let writes = |code: &str, c: char| lex(code.parse().unwrap()).writes_letter(c);
        for c in 'a'..='z' {
            assert!(writes("en", c), "{c}");
        }
        assert!(!writes("en", 'é') && !writes("en", 'ü'));
        assert!(writes("de", 'ü') && writes("de", 'ä') && !writes("de", 'ñ'));
        assert!(writes("fr", 'é') && writes("fr", 'ç') && !writes("fr", 'ñ'));
        assert!(writes("es", 'ñ') && writes("es", 'ü') && !writes("es", 'ç'));
        assert!(writes("cs", 'ř') && !writes("pl", 'ř') && writes("pl", 'ł'));
        assert!(writes("uk", 'ї') && !writes("ru", 'ї'));
    }

    #[test]
    fn a_stem_counts_only_when_a_common_word_begins_with_it() {
        let de = lex(Lang::De);
        assert!(de.has_prefix("wirtschaft"));
        assert!(de.has_prefix_at_least("wirtschaft", 4.0));
        assert!(!de.has_prefix_at_least("qqqzz", 1.0));
        // Words beginning `verkehrsberuhigt` are all below Zipf 2.5 (the most
        // frequent, `verkehrsberuhigten`, is 2.30).
        assert!(de.has_prefix("verkehrsberuhigt"));
        assert!(de.has_prefix_at_least("verkehrsberuhigt", 2.3));
        assert!(!de.has_prefix_at_least("verkehrsberuhigt", 2.5));
    }

    #[test]
    fn looks_up_case_folded_like_wordfreq() {
        let es = lex(Lang::Es);
        let en = lex(Lang::En);
        assert!(
            (es.zipf("Archivos") - 4.52).abs() < 0.01,
            "{}",
            es.zipf("Archivos")
        );
        assert!(
            (en.zipf("archivos") - 1.35).abs() < 0.01,
            "{}",
            en.zipf("archivos")
        );
        assert_eq!(normalise("Maßnahmen"), "massnahmen");
        assert!(lex(Lang::De).zipf("MASSNAHMEN") > 3.0);
        assert_eq!(
            lex(Lang::De).zipf("Maßnahmen"),
            lex(Lang::De).zipf("massnahmen")
        );
        assert_eq!(en.zipf("qwxzvbnm"), 0.0);
        assert_eq!(en.lookup("qwxzvbnm"), None);
    }

    #[test]
    fn handles_apostrophes_and_elision() {
        let fr = lex(Lang::Fr);
        assert!(
            fr.zipf("aujourd’hui") > 5.0,
            "lexicalised form looked up whole"
        );
        assert_eq!(fr.zipf("l’Élysée"), fr.zipf("élysée"));
        assert!(fr.zipf("l'Élysée") > 3.0);
        let en = lex(Lang::En);
        assert!(en.zipf("don’t") > 5.0);
        assert_eq!(en.zipf("Macron’s"), en.zipf("macron's"), "listed whole");
        assert_eq!(
            en.lookup("Pegasus’s"),
            en.lookup("pegasus"),
            "possessive of a listed word"
        );
        assert!(lex(Lang::It).zipf("dell'autore") > 3.0);
    }
}
