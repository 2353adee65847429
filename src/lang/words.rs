//! Plain word lists per language (`data/lang/<code>/<kind>.txt`, compiled in by
//! `build.rs`; the kinds are listed in `data/lang/README.md`). A list is only
//! applied to text in its own language; a language without one has none.

use super::abbreviations::{LINE_TABLES, LINE_TABLE_KINDS, WORD_LISTS, WORD_LIST_KINDS};
use super::Lang;
use std::sync::OnceLock;

/// The kinds of list (the file names without `.txt`), as `build.rs` knows them.
pub const KINDS: &[&str] = WORD_LIST_KINDS;

/// The kinds of table kept line by line, as written (number words, months…).
pub const LINE_KINDS: &[&str] = LINE_TABLE_KINDS;

/// Tables by language (in `Lang::ALL`'s order) and kind.
type ByLang = Vec<Vec<(&'static str, &'static [&'static str])>>;

/// The entry of `kind` for `lang` among `tables` (`(code, kind, lines)`),
/// sorted by language once in `cell`: a look-up is asked for nearly every
/// word.
fn by_lang(
    cell: &'static OnceLock<ByLang>,
    tables: &'static [(&'static str, &'static str, &'static [&'static str])],
    lang: Lang,
    kind: &str,
) -> &'static [&'static str] {
    let by_lang = cell.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|l| {
                tables
                    .iter()
                    .filter(|(code, _, _)| *code == l.code())
                    .map(|&(_, k, lines)| (k, lines))
                    .collect()
            })
            .collect()
    });
    Lang::ALL
        .iter()
        .position(|&l| l == lang)
        .and_then(|i| by_lang[i].iter().find(|(k, _)| *k == kind))
        .map_or(&[], |(_, lines)| lines)
}

/// The lines of `lang`'s table of `kind` (one of `LINE_KINDS`), comments and
/// the `lang:` line left out, in file order; empty when there is none.
pub fn lines(lang: Lang, kind: &str) -> &'static [&'static str] {
    static BY_LANG: OnceLock<ByLang> = OnceLock::new();
    by_lang(&BY_LANG, LINE_TABLES, lang, kind)
}

/// The list of `kind` for `lang`: lower case, sorted; empty when there is none.
pub fn list(lang: Lang, kind: &str) -> &'static [&'static str] {
    static BY_LANG: OnceLock<ByLang> = OnceLock::new();
    by_lang(&BY_LANG, WORD_LISTS, lang, kind)
}

/// Whether `word` (any case, a trailing full stop ignored) is in `lang`'s list of `kind`.
pub fn contains(lang: Lang, kind: &str, word: &str) -> bool {
    has(lang, kind, &word.trim_end_matches('.').to_lowercase())
}

/// Whether `word`, exactly as given (lower case), is in `lang`'s list of `kind`.
pub fn has(lang: Lang, kind: &str, word: &str) -> bool {
    list(lang, kind).binary_search(&word).is_ok()
}

/// Article, possessive or demonstrative of `lang` ("la", "sus", "die").
pub fn is_determiner(lang: Lang, word: &str) -> bool {
    contains(lang, "determiners", word)
}

/// Form of address or honorific of `lang` ("Sra.", "Herrn", "Madam").
pub fn is_title(lang: Lang, word: &str) -> bool {
    contains(lang, "titles", word)
}

/// Every (language code, kind, number of words or lines), for the listing test.
pub fn tables() -> impl Iterator<Item = (&'static str, &'static str, usize)> {
    WORD_LISTS
        .iter()
        .map(|(code, kind, words)| (*code, *kind, words.len()))
        .chain(
            LINE_TABLES
                .iter()
                .map(|(code, kind, lines)| (*code, *kind, lines.len())),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_per_language() {
        assert!(is_determiner(Lang::Es, "Las") && is_determiner(Lang::It, "gli"));
        assert!(
            !is_determiner(Lang::En, "la"),
            "no Spanish list applied to English"
        );
        assert!(
            is_title(Lang::Es, "Sra.")
                && is_title(Lang::De, "Herrn")
                && !is_title(Lang::Es, "Herrn")
        );
        assert_eq!(lines(Lang::Ca, "numbers"), lines(Lang::Es, "numbers"));
        assert_eq!(lines(Lang::Fr, "weekdays").len(), 7);
        for (code, kind, n) in tables() {
            assert!(
                KINDS.contains(&kind) || LINE_KINDS.contains(&kind),
                "{code}/{kind}"
            );
            assert!(n > 0, "{code}/{kind} is empty");
            println!("{code}: {kind} ({n})");
        }
    }

    /// Every file of a language folder is a kind `build.rs` compiles in: a
    /// file misnamed or of a kind the build does not know would be left out
    /// without a word.
    #[test]
    fn every_language_file_is_a_known_kind() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lang");
        let mut seen = 0;
        for dir in std::fs::read_dir(&root).expect("data/lang") {
            let dir = dir.expect("entry").path();
            if !dir.is_dir() {
                continue;
            }
            for file in std::fs::read_dir(&dir).expect("language folder") {
                let path = file.expect("entry").path();
                let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
                assert_eq!(
                    path.extension().and_then(|e| e.to_str()),
                    Some("txt"),
                    "{path:?}"
                );
                assert!(
                    KINDS.contains(&stem)
                        || LINE_KINDS.contains(&stem)
                        || stem == "abbreviations"
                        // Read by build.rs into the name tables.
                        || stem == "spelling-variants",
                    "{path:?} is no kind build.rs knows"
                );
                seen += 1;
            }
        }
        assert!(seen > 200, "only {seen} files under data/lang");
    }
}
