//! How common a word is in a language (wordfreq Zipf values), to tell a
//! capitalised common word ("Gobierno", "Bonne") from a name ("Murray").
//!
//! INTERIM: backed by `corpora/names/lexicon/` (scripts/gen_names_lexicon.py)
//! until the shared `crate::lang::lexicon` lands; then only `zipf` changes.

use crate::lang::Lang;
use std::collections::HashMap;
use std::sync::OnceLock;

/// One language's list: folded word → Zipf, and the floor below which a word
/// is absent.
struct List {
    words: HashMap<&'static str, f32>,
}

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

fn parse(text: &'static str) -> List {
    let mut words = HashMap::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let Some((bin, ws)) = line.split_once('\t') else {
            continue;
        };
        let Ok(centi) = bin.parse::<u32>() else {
            continue;
        };
        let z = centi as f32 / 100.0;
        for w in ws.split(' ') {
            words.entry(w).or_insert(z);
        }
    }
    List { words }
}

fn list(lang: Lang) -> Option<&'static List> {
    static LISTS: OnceLock<Vec<OnceLock<Option<List>>>> = OnceLock::new();
    let lists = LISTS.get_or_init(|| Lang::ALL.iter().map(|_| OnceLock::new()).collect());
    let idx = Lang::ALL.iter().position(|&l| l == lang)?;
    lists[idx].get_or_init(|| raw(lang).map(parse)).as_ref()
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
    let l = list(lang)?;
    Some(l.words.get(key(word).as_str()).copied().unwrap_or(0.0))
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
