//! How each language writes numbers and dates, and the words around a number
//! that say what it is, as read from `data/lang/<code>/number-conventions.txt`
//! and `number-context.txt` (compiled in by `build.rs`).

use crate::lang::{words, Lang};
use foldhash::HashMap;
use std::sync::OnceLock;

/// Phrases as word sequences, by key.
type Phrases<K> = HashMap<K, Vec<Vec<&'static str>>>;

/// The yes/no setting `key` of `lang`'s `number-conventions.txt`; `false`
/// when the language has none.
fn setting(lang: Lang, key: &str) -> Option<&'static str> {
    // Read once per process: the reader asks for every character of CJK text.
    static CELL: OnceLock<HashMap<Lang, HashMap<&'static str, &'static str>>> = OnceLock::new();
    let all = CELL.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&l| {
                let settings = words::lines(l, "number-conventions")
                    .iter()
                    .filter_map(|line| line.split_once(':'))
                    .map(|(k, v)| (k.trim(), v.trim()))
                    .collect();
                (l, settings)
            })
            .collect()
    });
    all.get(&lang)?.get(key).copied()
}

fn yes(lang: Lang, key: &str) -> bool {
    setting(lang, key) == Some("yes")
}

/// The language writes "m" glued to a figure for millions as for metres
/// ("9.4m customers", "a 9.4m wall").
pub fn million_m(lang: Lang) -> bool {
    yes(lang, "million-m")
}

/// The language tells the time on the 12-hour clock (`time: 12-hour`), so
/// that a bare "am" or "pm" after a figure is the half of the day ("at 5 am")
/// and not a word of the language (German "am 27.", "Mainz 05 am Sonntag").
pub fn twelve_hour(lang: Lang) -> bool {
    setting(lang, "time") == Some("12-hour")
}

/// The language writes "2,5" for 2.5 and "1.500" for 1500.
pub fn decimal_comma(lang: Lang) -> bool {
    setting(lang, "decimal") == Some("comma")
}

/// A day and a month with dots and no year are a date ("12.06.", "12. 6.").
pub fn dot_dates(lang: Lang) -> bool {
    yes(lang, "dot-dates")
}

/// Sports results separate a race time's seconds with a full stop, after
/// minutes or after hours and minutes ("3.38,45", a marathon in "2:06.48"):
/// a clock with two digits after a full stop may be hours, minutes and
/// seconds as well as minutes, seconds and hundredths.
pub fn dotted_seconds(lang: Lang) -> bool {
    yes(lang, "dotted-seconds")
}

/// Numeric dates put the month first ("10/22/2021").
pub fn month_first(lang: Lang) -> bool {
    yes(lang, "month-first")
}

/// The language's number words include its ordinals.
pub fn ordinal_words(lang: Lang) -> bool {
    yes(lang, "ordinal-words")
}

/// A compound ordinal is cardinal tens and the ordinal of the units
/// ("twenty-first", "двадцать первый"). Elsewhere a cardinal before an
/// ordinal is two numbers: French "les vingt premières minutes" are the
/// first twenty (21st is "vingt et unième").
pub fn ordinal_after_tens(lang: Lang) -> bool {
    yes(lang, "ordinal-after-tens")
}

/// Units may come before the tens, joined by a word ("dreiundzwanzig",
/// "jedenadvacet").
pub fn units_first(lang: Lang) -> bool {
    yes(lang, "units-first")
}

/// A weekday name starts compounds ("Samstagabend").
pub fn weekday_compounds(lang: Lang) -> bool {
    yes(lang, "weekday-compounds")
}

/// The endings that make an ordinal of a cardinal's stem ("ventott" +
/// "esimo", the 28th), from `ordinal-suffix`; empty for most languages.
pub fn ordinal_suffixes(lang: Lang) -> impl Iterator<Item = &'static str> {
    setting(lang, "ordinal-suffix")
        .unwrap_or("")
        .split_whitespace()
}

/// Numbers are also written with numeral characters (十百千万).
pub fn cjk_numerals(lang: Lang) -> bool {
    yes(lang, "cjk-numerals")
}

/// The phrases of `role` in `lang`'s `number-context.txt`, as lower-case word
/// sequences, in file order.
pub fn context(lang: Lang, role: &str) -> &'static [Vec<&'static str>] {
    static CELL: OnceLock<HashMap<Lang, Phrases<String>>> = OnceLock::new();
    let all = CELL.get_or_init(|| {
        let mut map: HashMap<Lang, Phrases<String>> = HashMap::default();
        for lang in Lang::ALL {
            let roles = map.entry(lang).or_default();
            for line in words::lines(lang, "number-context") {
                if let Some((r, phrase)) = line.split_once(':') {
                    roles
                        .entry(r.trim().to_string())
                        .or_default()
                        .push(phrase.split_whitespace().collect());
                }
            }
        }
        map
    });
    // Looked up by `&str`: no allocation on the hot path (every number asks).
    all.get(&lang)
        .and_then(|roles| roles.get(role))
        .map_or(&[], Vec::as_slice)
}

/// The phrases of `role` in every language's `number-context.txt`, without
/// repeats. These words are read in a text of any language (a French text
/// quoting "per cent" still writes a percentage).
pub fn context_any(role: &str) -> &'static [Vec<&'static str>] {
    static CELL: OnceLock<Phrases<String>> = OnceLock::new();
    let all = CELL.get_or_init(|| {
        let mut map: Phrases<String> = HashMap::default();
        for lang in Lang::ALL {
            for line in words::lines(lang, "number-context") {
                if let Some((r, phrase)) = line.split_once(':') {
                    let phrase: Vec<&str> = phrase.split_whitespace().collect();
                    let list = map.entry(r.trim().to_string()).or_default();
                    if !list.contains(&phrase) {
                        list.push(phrase);
                    }
                }
            }
        }
        map
    });
    all.get(role).map_or(&[], Vec::as_slice)
}

/// The phrases of `role` in every language, each as one string ("more than").
pub fn context_any_text(role: &str) -> &'static [String] {
    static CELL: OnceLock<HashMap<&'static str, Vec<String>>> = OnceLock::new();
    let all = CELL.get_or_init(|| {
        ["approx-before", "approx-after"]
            .into_iter()
            .map(|r| (r, context_any(r).iter().map(|p| p.join(" ")).collect()))
            .collect()
    });
    all.get(role).map_or(&[], Vec::as_slice)
}

/// The first phrase of the `relative-date` role of `lang` in `text` ("今年",
/// "the same day", "l'année dernière"): a day or a year named relative to
/// the story's day. Whole words, case and apostrophe kind aside; in Chinese
/// and Japanese, which do not space words, anywhere.
pub fn relative_date_in(lang: Lang, text: &str) -> Option<String> {
    let phrases = context(lang, "relative-date");
    if phrases.is_empty() {
        return None;
    }
    let lower = text.to_lowercase().replace(['’', 'ʼ'], "'");
    if matches!(lang, Lang::Zh | Lang::Ja) {
        return phrases
            .iter()
            .map(|p| p.concat())
            .find(|p| lower.contains(p.as_str()));
    }
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    phrases
        .iter()
        .find(|p| !p.is_empty() && words.windows(p.len()).any(|w| w == p.as_slice()))
        .map(|p| p.join(" "))
}

/// Whether lower-case `word` is a one-word phrase of `role` in `lang`'s
/// `number-context.txt` ("am" before an ordinal, "令和" before a year).
pub fn is_word_of(lang: Lang, role: &str, word: &str) -> bool {
    context(lang, role)
        .iter()
        .any(|p| p.len() == 1 && p[0] == word)
}

/// Whether lower-case `word` designates the number after it ("no", "nr.",
/// "n°": the `designation` role), with or without its full stop.
pub fn is_designation(lang: Lang, word: &str) -> bool {
    let word = word.trim_end_matches('.');
    context(lang, "designation")
        .iter()
        .any(|p| p.len() == 1 && p[0].trim_end_matches('.') == word)
}

/// Whether the one-word `word` is a phrase of `role` in any language.
pub fn is_context_word(role: &str, word: &str) -> bool {
    context_any(role)
        .iter()
        .any(|p| p.len() == 1 && p[0] == word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_states_its_conventions() {
        for lang in Lang::ALL {
            assert!(
                setting(lang, "decimal").is_some(),
                "{} has no decimal convention",
                lang.code()
            );
        }
        assert!(decimal_comma(Lang::De) && !decimal_comma(Lang::En));
        assert!(dot_dates(Lang::Cs) && !dot_dates(Lang::Fr));
        assert!(cjk_numerals(Lang::Ja) && !cjk_numerals(Lang::Ko));
        assert!(is_context_word("century", "siglo"));
        assert_eq!(context(Lang::Ja, "era").len(), 5);
        assert!(context(Lang::En, "era").is_empty());
    }
}
