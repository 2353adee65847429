//! How a language writes a word: in lower case (a common word, whatever case
//! it stands in), or only with a capital (a name). Read at run time from the
//! system's Hunspell dictionaries (Debian's `hunspell-*` packages; GPL and
//! other licences, so never built in), through `spellbook`, which applies the
//! dictionaries' affix rules: an inflected form ("Olomouci", "souhlasíme") is
//! known as its dictionary entry is.
//!
//! The folder is the configuration's `spelling`, else `MTCHECK_SPELLING_DIR`,
//! else `/usr/share/hunspell`. A language without a dictionary there is simply
//! unknown: the checks fall back to word frequencies.

use super::Lang;
use crate::memo::{self, Memo};
use std::cell::RefCell;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, OnceLock, RwLock};

/// Where Debian installs Hunspell dictionaries.
pub const SYSTEM_DIR: &str = "/usr/share/hunspell";

/// Most distinct words a dictionary is read for (see [`Speller::prime`]): a
/// news article has a few hundred capitalised ones; beyond this, reading the
/// whole dictionary costs less.
pub const PRIME_MAX_WORDS: usize = 1_000;

/// How a language's dictionary writes a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// In lower case: a common word of the language ("souhlasíme", "gobierno").
    Lower,
    /// Only with a capital: a name ("Olomouc", "Madrid").
    Capitalised,
    /// Not in the dictionary in either form.
    Unknown,
}

/// One language's Hunspell dictionary.
pub struct Speller {
    /// Tells this dictionary's answers apart in the memo of `written`.
    id: usize,
    /// The dictionary, read from `files` when a word is first asked about
    /// (`None` when it cannot be read: every word is then unknown).
    dict: OnceLock<Option<spellbook::Dictionary>>,
    /// Where the dictionary is read from, when it was not given read.
    files: Option<(PathBuf, Lang)>,
    /// German capitalises every noun: there a capital-only entry is as
    /// likely a noun as a name.
    capitalises_nouns: bool,
    /// A dictionary read only for the words of one document pair (see
    /// `prime`), with those words lower-cased; used until the whole one is.
    partial: Mutex<Partial>,
    /// Signalled when a priming read ends: a question asked meanwhile waits
    /// for it rather than reading the whole dictionary.
    primed: Condvar,
}

/// Where a dictionary read for some words stands (see [`Speller::prime`]).
enum Partial {
    /// Not asked for, or it could not be read (the affix file forbids it,
    /// too many words, a file missing).
    Absent,
    /// Being read, on this or another thread.
    Reading,
    /// Read for these words (lower-cased).
    Read(Box<(HashSet<String>, spellbook::Dictionary)>),
}

impl Speller {
    /// Parse a dictionary from its `.aff` and `.dic` bytes, decoded from the
    /// character set the `.aff` file declares (`SET ISO8859-2`).
    pub fn parse(lang: Lang, aff: &[u8], dic: &[u8]) -> Option<Speller> {
        let dict = parse_dictionary(aff, dic)?;
        Some(Speller::new(lang, OnceLock::from(Some(dict)), None))
    }

    /// The dictionary of `lang` in folder `dir`, read when first used.
    fn in_folder(dir: &Path, lang: Lang) -> Speller {
        Speller::new(lang, OnceLock::new(), Some((dir.to_path_buf(), lang)))
    }

    fn new(
        lang: Lang,
        dict: OnceLock<Option<spellbook::Dictionary>>,
        files: Option<(PathBuf, Lang)>,
    ) -> Speller {
        static IDS: AtomicUsize = AtomicUsize::new(0);
        Speller {
            id: IDS.fetch_add(1, Ordering::Relaxed),
            dict,
            files,
            capitalises_nouns: lang == Lang::De,
            partial: Mutex::new(Partial::Absent),
            primed: Condvar::new(),
        }
    }

    /// How the language writes `word` (as it stands in a text, any case).
    pub fn written(&self, word: &str) -> Written {
        thread_local! {
            static MEMO: RefCell<Memo<usize, Written>> = RefCell::default();
        }
        memo::get(&MEMO, self.id, word, || self.look_up(word))
    }

    fn look_up(&self, word: &str) -> Written {
        if word.is_empty() || word.len() >= spellbook::MAX_WORD_LEN {
            return Written::Unknown;
        }
        // A word the partial dictionary was read for: it answers as the
        // whole one would.
        if self.dict.get().is_none() {
            let mut partial = self.partial.lock().unwrap_or_else(|e| e.into_inner());
            while matches!(*partial, Partial::Reading) {
                partial = self.primed.wait(partial).unwrap_or_else(|e| e.into_inner());
            }
            if let Partial::Read(read) = &*partial {
                let (words, dict) = &**read;
                if words.contains(&word.to_lowercase()) {
                    return answer(dict, word);
                }
            }
        }
        let dict = self
            .dict
            .get_or_init(|| self.files.as_ref().and_then(|(dir, lang)| open(dir, *lang)));
        let Some(dict) = dict else {
            return Written::Unknown;
        };
        answer(dict, word)
    }

    /// Read the dictionary only for `words` (any case), when the whole one is
    /// not read yet and its affix file allows it (see `spelling_partial`):
    /// a single article asks about a few hundred words, and reading all of
    /// a large dictionary costs more than checking the article. A word
    /// outside `words` still reads the whole dictionary.
    pub fn prime<'w>(&self, words: impl IntoIterator<Item = &'w str>) {
        if self.begin_priming() {
            self.finish_priming(words);
        }
    }

    /// [`prime`](Self::prime) on a thread of `scope`, so that the check
    /// goes on meanwhile: a question asked before the read ends waits for
    /// it (the answers are the same either way; only the cost differs).
    pub fn prime_in<'scope, 'env>(
        &'env self,
        scope: &'scope std::thread::Scope<'scope, 'env>,
        words: Vec<String>,
    ) {
        if self.begin_priming() {
            scope.spawn(move || self.finish_priming(words.iter().map(String::as_str)));
        }
    }

    /// Mark the dictionary as being read for some words, when it is read
    /// neither whole nor in part and it has files to read; whether it was.
    fn begin_priming(&self) -> bool {
        if self.dict.get().is_some() || self.files.is_none() {
            return false;
        }
        let mut partial = self.partial.lock().unwrap_or_else(|e| e.into_inner());
        if !matches!(*partial, Partial::Absent) {
            return false;
        }
        *partial = Partial::Reading;
        true
    }

    /// Read the dictionary for `words` after [`begin_priming`](Self::begin_priming)
    /// marked it, and wake the questions waiting for it, whatever the outcome
    /// (a panic while reading leaves it unread, not waited for forever).
    fn finish_priming<'w>(&self, words: impl IntoIterator<Item = &'w str>) {
        struct Done<'s>(
            &'s Speller,
            Option<(HashSet<String>, spellbook::Dictionary)>,
        );
        impl Drop for Done<'_> {
            fn drop(&mut self) {
                let mut partial = self.0.partial.lock().unwrap_or_else(|e| e.into_inner());
                *partial = match self.1.take() {
                    Some(read) => Partial::Read(Box::new(read)),
                    None => Partial::Absent,
                };
                drop(partial);
                self.0.primed.notify_all();
            }
        }
        let mut done = Done(self, None);
        done.1 = self.read_for(words);
    }

    /// The dictionary read only for `words`, with those words lower-cased;
    /// `None` when it cannot be (see [`prime`](Self::prime)).
    fn read_for<'w>(
        &self,
        words: impl IntoIterator<Item = &'w str>,
    ) -> Option<(HashSet<String>, spellbook::Dictionary)> {
        let (dir, lang) = self.files.as_ref()?;
        let mut asked = HashSet::new();
        for w in words {
            if !w.is_empty() && w.len() < spellbook::MAX_WORD_LEN {
                asked.insert(w.to_lowercase());
                // A long text asks about so many words that reading the
                // whole dictionary is cheaper.
                if asked.len() > PRIME_MAX_WORDS {
                    return None;
                }
            }
        }
        // The affix file first: a dictionary that must be read whole is
        // left before its (large) word list is read.
        let (aff_path, dic_path) = paths(dir, *lang).next()?;
        let aff_bytes = std::fs::read(&aff_path).ok()?;
        let encoding = declared_encoding(&aff_bytes);
        let aff = encoding.decode(&aff_bytes).0;
        let affixes = super::spelling_partial::Affixes::parse(&aff)?;
        let dic_bytes = std::fs::read(&dic_path).ok()?;
        let dic = encoding.decode(&dic_bytes).0;
        let mut found = super::spelling_partial::Candidates::default();
        for w in &asked {
            affixes.candidate_stems(w, &mut found);
        }
        let kept = super::spelling_partial::filter_dic(&dic, &found.stems);
        let aff = affixes.reduced(&kept, &found);
        let dic = super::spelling_partial::dic_text(&kept);
        let dict = spellbook::Dictionary::new(&aff, &dic).ok()?;
        Some((asked, dict))
    }

    /// Whether `word` is a name by the dictionary: written only with a
    /// capital, in a language that does not capitalise its nouns.
    pub fn is_name(&self, word: &str) -> bool {
        !self.capitalises_nouns && self.written(word) == Written::Capitalised
    }

    /// Whether `word` is a common word of the language, written in lower case.
    pub fn is_common_word(&self, word: &str) -> bool {
        self.written(word) == Written::Lower
    }
}

/// How `dict` writes `word` (see [`Speller::written`]).
fn answer(dict: &spellbook::Dictionary, word: &str) -> Written {
    let lower = word.to_lowercase();
    if dict.check(&lower) {
        return Written::Lower;
    }
    if dict.check(&crate::document::capitalised(&lower)) {
        return Written::Capitalised;
    }
    Written::Unknown
}

/// The character set an `.aff` file declares; UTF-8 when none.
fn declared_encoding(aff: &[u8]) -> &'static encoding_rs::Encoding {
    aff.split(|b| *b == b'\n')
        .take(200)
        .find_map(|line| line.strip_prefix(b"SET "))
        .and_then(|label| {
            let label = String::from_utf8_lossy(label);
            let label = label.trim();
            // Hunspell writes "ISO8859-2"; the WHATWG labels have a hyphen.
            let label = label.replacen("ISO8859", "ISO-8859", 1);
            encoding_rs::Encoding::for_label(label.as_bytes())
        })
        .unwrap_or(encoding_rs::UTF_8)
}

/// The dictionary files tried for a language, most standard variety first.
fn file_stems(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["en_US", "en_GB"],
        Lang::Fr => &["fr_FR", "fr"],
        Lang::Es => &["es_ES", "es"],
        Lang::De => &["de_DE", "de_AT", "de_CH"],
        Lang::It => &["it_IT"],
        Lang::Pt => &["pt_PT", "pt_BR"],
        Lang::Nl => &["nl_NL", "nl"],
        Lang::Pl => &["pl_PL"],
        Lang::Cs => &["cs_CZ"],
        Lang::Ru => &["ru_RU"],
        Lang::Sv => &["sv_SE", "sv_FI"],
        Lang::Uk => &["uk_UA"],
        Lang::Ca => &["ca_ES", "ca"],
        Lang::Ko => &["ko_KR", "ko"],
        Lang::Ar => &["ar"],
        Lang::Hi => &["hi_IN"],
        Lang::Zh | Lang::Ja => &[],
    }
}

/// A dictionary from its `.aff` and `.dic` bytes, decoded from the character
/// set the `.aff` file declares.
fn parse_dictionary(aff: &[u8], dic: &[u8]) -> Option<spellbook::Dictionary> {
    let encoding = declared_encoding(aff);
    let (aff, _, _) = encoding.decode(aff);
    let (dic, _, _) = encoding.decode(dic);
    spellbook::Dictionary::new(&aff, &dic).ok()
}

/// The `.aff` and `.dic` paths of `lang`'s dictionaries in `dir` that have
/// both files, most standard variety first.
fn paths(dir: &Path, lang: Lang) -> impl Iterator<Item = (PathBuf, PathBuf)> + '_ {
    file_stems(lang)
        .iter()
        .map(move |stem| {
            (
                dir.join(format!("{stem}.aff")),
                dir.join(format!("{stem}.dic")),
            )
        })
        .filter(|(aff, dic)| aff.is_file() && dic.is_file())
}

/// The first of `lang`'s dictionaries in `dir` that reads.
fn open(dir: &Path, lang: Lang) -> Option<spellbook::Dictionary> {
    paths(dir, lang).find_map(|(aff, dic)| {
        parse_dictionary(&std::fs::read(aff).ok()?, &std::fs::read(dic).ok()?)
    })
}

/// Whether `dir` holds a dictionary of `lang` (both its files).
fn has_files(dir: &Path, lang: Lang) -> bool {
    paths(dir, lang).next().is_some()
}

/// Dictionaries opened so far (or found missing), by folder and language.
type Cache = RwLock<Vec<(PathBuf, Lang, Option<&'static Speller>)>>;

/// The dictionary of `lang` in folder `dir`, kept for the process's lifetime;
/// `None` when there is none. Reading a large one takes tens of milliseconds,
/// so it is read only when a word is first asked about (a check may hold the
/// dictionary of a text it asks nothing of: English has its own list).
pub fn get(dir: &Path, lang: Lang) -> Option<&'static Speller> {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(|| RwLock::new(Vec::new()));
    let find = |v: &[(PathBuf, Lang, Option<&'static Speller>)]| {
        v.iter()
            .find(|(d, l, _)| *l == lang && d.as_path() == dir)
            .map(|e| e.2)
    };
    if let Some(found) = find(&cache.read().unwrap_or_else(|e| e.into_inner())) {
        return found;
    }
    let mut w = cache.write().unwrap_or_else(|e| e.into_inner());
    if let Some(found) = find(&w) {
        return found;
    }
    let opened = has_files(dir, lang).then(|| &*Box::leak(Box::new(Speller::in_folder(dir, lang))));
    w.push((dir.to_path_buf(), lang, opened));
    opened
}

#[cfg(test)]
mod tests {
    use super::*;

    const AFF: &str = "SET UTF-8\nFLAG long\n\nSFX Aa Y 2\nSFX Aa o a o\nSFX Aa o ě o\n";
    const DIC: &str = "4\nměsto/Aa\nOlomouc\nnáměstí\nKroměříž\n";

    #[test]
    fn lower_case_words_and_names() {
        let s = Speller::parse(Lang::Cs, AFF.as_bytes(), DIC.as_bytes()).expect("parses");
        assert_eq!(s.written("Město"), Written::Lower);
        assert_eq!(s.written("městě"), Written::Lower, "an affixed form");
        assert_eq!(s.written("Olomouc"), Written::Capitalised);
        assert!(s.is_name("Kroměříž") && !s.is_name("Náměstí"));
        assert_eq!(s.written("Brod"), Written::Unknown);
    }

    #[test]
    fn german_nouns_are_not_names() {
        let s = Speller::parse(Lang::De, b"SET UTF-8\n", b"2\nRathaus\nbauen\n").expect("parses");
        assert_eq!(s.written("Rathaus"), Written::Capitalised);
        assert!(!s.is_name("Rathaus"));
        assert!(s.is_common_word("Bauen"));
    }

    /// Against Debian's Czech and Polish dictionaries (`hunspell-cs`,
    /// `hunspell-pl`, the latter in ISO-8859-2). `.ci/run` installs them; under
    /// CI their absence fails the test, elsewhere it is skipped with a note.
    #[test]
    fn system_dictionaries_when_installed() {
        let dir = Path::new(SYSTEM_DIR);
        let (Some(cs), Some(pl)) = (get(dir, Lang::Cs), get(dir, Lang::Pl)) else {
            assert!(
                std::env::var_os("CI").is_none(),
                "hunspell-cs and hunspell-pl are not installed in {SYSTEM_DIR}"
            );
            eprintln!("skipped: hunspell-cs or hunspell-pl is not installed");
            return;
        };
        assert!(cs.is_name("Olomouc") && cs.is_name("Olomouci"));
        assert!(cs.is_common_word("Souhlasíme") && cs.is_common_word("Ministerstvo"));
        assert!(pl.is_name("Gdańsk") && pl.is_common_word("Żółwie"));
    }

    /// A small Spanish dictionary, read whole and (in a temporary folder,
    /// kept alive by the returned guard) ready to be read in part.
    fn whole_and_in_folder() -> (tempfile::TempDir, Speller, Speller) {
        let dir = tempfile::tempdir().expect("temp dir");
        let aff = "SET UTF-8\n\nSFX S Y 2\nSFX S 0 s .\nSFX S o a o\n\nPFX R Y 1\nPFX R 0 re .\n";
        let dic = "5\ncamino/S\ncasa/S\nhacer/R\nMadrid\nperro/S\n";
        std::fs::write(dir.path().join("es_ES.aff"), aff).expect("aff");
        std::fs::write(dir.path().join("es_ES.dic"), dic).expect("dic");
        let whole = Speller::parse(Lang::Es, aff.as_bytes(), dic.as_bytes()).expect("parses");
        let primed = Speller::in_folder(dir.path(), Lang::Es);
        (dir, whole, primed)
    }

    /// A dictionary read for some words answers for them as the whole one
    /// does, and a word it was not read for reads the whole one.
    #[test]
    fn primed_dictionary_answers_as_the_whole() {
        let (_dir, whole, primed) = whole_and_in_folder();
        let words = ["Caminos", "Casas", "Rehacer", "Madrid", "Lisboa", "Camina"];
        primed.prime(words);
        assert!(matches!(
            *primed.partial.lock().expect("lock"),
            Partial::Read(..)
        ));
        for w in words {
            assert_eq!(primed.look_up(w), whole.look_up(w), "{w}");
        }
        assert!(
            primed.dict.get().is_none(),
            "primed words need no whole read"
        );
        assert_eq!(primed.look_up("Perros"), Written::Lower);
        assert!(primed.dict.get().is_some(), "another word reads the whole");
    }

    /// A dictionary primed on another thread: a question asked meanwhile
    /// waits for the read and is answered by it, not by reading the whole.
    #[test]
    fn priming_on_a_thread_is_waited_for() {
        let (_dir, whole, primed) = whole_and_in_folder();
        let words = ["Caminos", "Casas", "Madrid", "Lisboa"];
        std::thread::scope(|scope| {
            primed.prime_in(scope, words.iter().map(|w| w.to_string()).collect());
            for w in words {
                assert_eq!(primed.look_up(w), whole.look_up(w), "{w}");
            }
        });
        assert!(
            primed.dict.get().is_none(),
            "the questions waited for the read"
        );
    }

    /// Every word of the corpus texts in a language, primed together,
    /// answers as the whole system dictionary does (the affix file cut down
    /// to the rules those words can use). Czech and Polish are required
    /// under CI, the others are compared when installed.
    #[test]
    fn primed_system_dictionaries_answer_as_the_whole() {
        let dir = Path::new(SYSTEM_DIR);
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora");
        for (lang, code, required) in [
            (Lang::Cs, "cs", true),
            (Lang::Pl, "pl", true),
            (Lang::Es, "es", false),
            (Lang::Fr, "fr", false),
            (Lang::It, "it", false),
            (Lang::Pt, "pt", false),
            (Lang::Ru, "ru", false),
        ] {
            if !has_files(dir, lang) {
                assert!(
                    !(required && std::env::var_os("CI").is_some()),
                    "the {code} dictionary is not installed in {SYSTEM_DIR}"
                );
                eprintln!("skipped: no {code} dictionary in {SYSTEM_DIR}");
                continue;
            }
            let mut words: Vec<String> = Vec::new();
            let mut stack = vec![root.clone()];
            while let Some(d) = stack.pop() {
                for e in std::fs::read_dir(&d).expect("corpus folder").flatten() {
                    let p = e.path();
                    if p.is_dir() {
                        stack.push(p);
                    } else if p.to_string_lossy().ends_with(&format!(".{code}.txt")) {
                        let text = std::fs::read_to_string(&p).expect("corpus text");
                        words.extend(
                            text.split(|c: char| !c.is_alphabetic())
                                .filter(|w| !w.is_empty())
                                .map(str::to_string),
                        );
                    }
                }
            }
            words.sort();
            words.dedup();
            words.truncate(PRIME_MAX_WORDS);
            assert!(words.len() > 50, "{code}: {} corpus words", words.len());
            let whole = open(dir, lang).expect("the whole dictionary reads");
            let primed = Speller::in_folder(dir, lang);
            primed.prime(words.iter().map(String::as_str));
            for w in &words {
                assert_eq!(primed.look_up(w), answer(&whole, w), "{code}: {w}");
            }
            assert!(
                primed.dict.get().is_none(),
                "{code}: no word read the whole"
            );
        }
    }

    #[test]
    fn declared_legacy_encoding_is_decoded() {
        // "łódź" and "Kraków" in ISO-8859-2.
        let aff = b"SET ISO8859-2\n";
        let dic = b"2\n\xb3\xf3d\xbc\nKrak\xf3w\n";
        let s = Speller::parse(Lang::Pl, aff, dic).expect("parses");
        assert!(s.is_common_word("Łódź"));
        assert!(s.is_name("Kraków"));
    }
}
