//! How common a word is in a language (wordfreq Zipf values), to tell a
//! capitalised common word ("Gobierno", "Bonne") from a name ("Murray").
//!
//! INTERIM: backed by `corpora/names/lexicon/` (scripts/gen_names_lexicon.py)
//! until the shared `crate::lang::lexicon` lands; then only `zipf` changes.
//! The lists are sorted and searched in place: nothing is built at start-up.

use super::sorted;
use crate::lang::Lang;

fn raw(lang: Lang) -> Option<&'static str> {
    Some(match lang {
        Lang::En => include_str!("../../corpora/names/lexicon/en.tsv"),
        Lang::Fr => include_str!("../../corpora/names/lexicon/fr.tsv"),
        Lang::Es => include_str!("../../corpora/names/lexicon/es.tsv"),
        Lang::De => include_str!("../../corpora/names/lexicon/de.tsv"),
        Lang::It => include_str!("../../corpora/names/lexicon/it.tsv"),
        Lang::Pt => include_str!("../../corpora/names/lexicon/pt.tsv"),
        Lang::Nl => include_str!("../../corpora/names/lexicon/nl.tsv"),
        Lang::Pl => include_str!("../../corpora/names/lexicon/pl.tsv"),
        Lang::Cs => include_str!("../../corpora/names/lexicon/cs.tsv"),
        Lang::Ru => include_str!("../../corpora/names/lexicon/ru.tsv"),
        Lang::Sv => include_str!("../../corpora/names/lexicon/sv.tsv"),
        _ => return None,
    })
}

/// The look-up form wordfreq uses: NFC, case-folded, `ß` → `ss`, typographic
/// apostrophes unified.
pub fn key(word: &str) -> String {
    crate::document::fold(word).replace('ß', "ss")
}

/// Zipf frequency of `word` in `lang`: `Some(0.0)` when the word is below the
/// list's floor (rare: a name, a rare word), `None` when mtcheck has no list
/// for the language.
pub fn zipf(lang: Lang, word: &str) -> Option<f32> {
    let text = raw(lang)?;
    let k = key(word);
    Some(
        sorted::lines_with(text, &k, true)
            .next()
            .and_then(|l| l.split('\t').nth(1))
            .and_then(|c| c.parse::<u32>().ok())
            .map_or(0.0, |c| c as f32 / 100.0),
    )
}

/// The highest Zipf value of `word` or of a form sharing its stem (case
/// endings of `lang` removed or swapped: "Imbisses" → "imbiss"): how common
/// the word is whatever its case.
pub fn zipf_any_form(lang: Lang, word: &str) -> f32 {
    let mut best = zipf(lang, word).unwrap_or(0.0);
    let endings = super::translit::endings(lang);
    for stem in super::translit::stems(word, lang).into_iter().skip(1) {
        for e in std::iter::once(&"").chain(endings.iter()) {
            best = best.max(zipf(lang, &format!("{stem}{e}")).unwrap_or(0.0));
        }
    }
    best
}

/// Whether mtcheck has a word list for `lang`.
pub fn has(lang: Lang) -> bool {
    raw(lang).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_common_words_and_not_rare_names() {
        assert!(zipf(Lang::Es, "Gobierno").unwrap() > 4.0);
        assert_eq!(zipf(Lang::Es, "Hulata"), Some(0.0));
        assert!(zipf(Lang::De, "Maßnahmen").unwrap() > 3.0);
        assert_eq!(zipf(Lang::Zh, "的"), None);
    }
}
