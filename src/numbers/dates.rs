//! Month and weekday names per language (`data/lang/<code>/months.txt`,
//! `weekdays.txt`), with the case forms dates use
//! ("18 juillet", "25 июля", "17 września", "16. listopadu"), and the order in
//! which a language writes numeric dates.

use super::conventions;
use crate::lang::{words, Lang};
use foldhash::HashMap;
use std::sync::OnceLock;

/// Each language's names of one kind (in `Lang::ALL`'s order), looked up by
/// `&str`: every word of a text is asked about, so no key is allocated.
type Names = Vec<HashMap<&'static str, u8>>;

/// The names of `kind` (`months.txt`, `weekdays.txt`) of every language: one
/// line per month or day, case forms separated by spaces.
fn build(kind: &str) -> Names {
    Lang::ALL
        .iter()
        .map(|&lang| {
            let mut map = HashMap::default();
            for (i, forms) in words::lines(lang, kind).iter().enumerate() {
                for form in forms.split_whitespace() {
                    map.insert(form, (i + 1) as u8);
                }
            }
            map
        })
        .collect()
}

fn names_of(names: &'static Names, lang: Lang, word: &str) -> Option<u8> {
    let i = Lang::ALL.iter().position(|&l| l == lang)?;
    names.get(i)?.get(word).copied()
}

fn months() -> &'static Names {
    static CELL: OnceLock<Names> = OnceLock::new();
    CELL.get_or_init(|| build("months"))
}

fn weekdays() -> &'static Names {
    static CELL: OnceLock<Names> = OnceLock::new();
    CELL.get_or_init(|| build("weekdays"))
}

/// 1–12 for a lower-cased month name of `lang`.
pub fn month(lang: Lang, word: &str) -> Option<u8> {
    names_of(months(), lang, word)
}

/// 1 (Monday) – 7 for a lower-cased weekday name of `lang`. German
/// compounds ("Samstagabend", "Dienstagmorgen") count as their weekday.
pub fn weekday(lang: Lang, word: &str) -> Option<u8> {
    if let Some(d) = names_of(weekdays(), lang, word) {
        return Some(d);
    }
    // The shortest form a compound opens with, plus the three letters of the
    // shortest part after it, is the shortest compound.
    const COMPOUND_MIN_EXTRA: usize = 3;
    if conventions::weekday_compounds(lang) && word.len() > COMPOUND_MIN_EXTRA {
        for (i, forms) in words::lines(lang, "weekdays").iter().enumerate() {
            for form in forms.split_whitespace() {
                if word.len() > form.len() + COMPOUND_MIN_EXTRA && word.starts_with(form) {
                    return Some((i + 1) as u8);
                }
            }
        }
    }
    None
}

/// Whether the language writes a date as day, dot, month ("12.06.", "12. 6.
/// 2024"), so that a day and a month with dots and no year are a date.
pub fn dot_dates(lang: Lang) -> bool {
    conventions::dot_dates(lang)
}

/// Whether numeric dates put the month first ("10/22/2021") in this language.
pub fn month_first(lang: Lang) -> bool {
    conventions::month_first(lang)
}

/// The English name of a month or weekday, for messages.
pub fn month_name(m: u8) -> &'static str {
    const N: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    N.get((m as usize).wrapping_sub(1)).copied().unwrap_or("?")
}

pub fn weekday_name(d: u8) -> &'static str {
    const N: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    N.get((d as usize).wrapping_sub(1)).copied().unwrap_or("?")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_months_and_weekdays() {
        assert_eq!(month(Lang::Fr, "juillet"), Some(7));
        assert_eq!(month(Lang::Ru, "июля"), Some(7));
        assert_eq!(month(Lang::Pl, "września"), Some(9));
        assert_eq!(weekday(Lang::Es, "viernes"), Some(5));
        assert_eq!(weekday(Lang::De, "samstagabend"), Some(6));
        assert_eq!(weekday(Lang::En, "fri"), None);
    }
}
