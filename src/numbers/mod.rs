//! Numbers as values: every quantity, date, weekday and time mentioned in a
//! text, read per language into comparable values with the byte span of each
//! mention, and the comparison of two such sets (an original and its
//! translation) into what changed, what went missing and what was added.
//!
//! "1 000,5", "1,000.5" and "1.000,5" are one value; so are "cinq" and "five",
//! "2,5 millions" and "2.5 million", "18 juillet" and "July 18", "14h30" and
//! "2:30 p.m.". What is ambiguous ("1.500" is 1500 in German and 1.5 in
//! English) is read by the language of the document it stands in.

pub mod compare;
pub mod conventions;
pub mod dates;
pub mod extract;
#[cfg(test)]
mod property_tests;
pub mod render;
pub mod words;

use std::ops::Range;

pub use compare::{compare, Issue, IssueKind};
pub use extract::extract;

/// What a value measures: values of different domains never compare equal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Domain {
    /// Counts, amounts, percentages, ordinals, years.
    Quantity,
    /// A day of a month, as `month * 100 + day`.
    Date,
    /// A month without a day, 1–12.
    Month,
    /// A weekday, 1 (Monday) – 7.
    Weekday,
    /// A time of day or a duration written as a clock, in seconds.
    Time,
}

/// One way to read a mention.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub domain: Domain,
    pub value: f64,
}

impl Reading {
    pub fn q(value: f64) -> Reading {
        Reading {
            domain: Domain::Quantity,
            value,
        }
    }

    pub fn equals(&self, other: &Reading) -> bool {
        self.domain == other.domain && same(self.value, other.value)
    }
}

/// Equality of two values up to floating-point noise ("417.6万" × 10⁴).
pub fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * a.abs().max(b.abs()).max(1.0)
}

/// What kind of mention it is, for messages and for pairing like with like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Cardinal,
    Ordinal,
    Percent,
    Year,
    Decade,
    Fraction,
    Date,
    Month,
    Weekday,
    Time,
    /// Digits glued to letters: "iPhone6", "F-35", "Covid-19".
    Code,
}

/// How much a mention is to be trusted as a number the reader must get right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Can satisfy a match but is never reported: articles ("one", "un"),
    /// words with other meanings ("neuf", "sei", "second"), fractions, CJK
    /// numerals that are part of a word, bare plurals ("dozens").
    MatchOnly,
    /// Reported when it pairs with a different value of its kind, but not as
    /// missing or added on its own: months and weekdays without a day.
    PairOnly,
    /// A number a reader relies on.
    Strong,
}

/// One mention of a value in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte range in the text given to `extract`.
    pub range: Range<usize>,
    pub kind: Kind,
    /// Readings, the first being what a reader of this language reads.
    pub readings: Vec<Reading>,
    /// The reading under the other thousands convention ("1,500" in a Spanish
    /// text read as 1500), used only on the source side: a source may follow
    /// another locale, but a translation is read by its own language's rules.
    pub locale_alt: Option<f64>,
    /// Unit or currency next to the number, canonical ("km", "EUR", "%").
    pub unit: Option<&'static str>,
    /// The scale word's value when one multiplied the number ("milliard" = 1e9).
    pub scale: Option<f64>,
    /// Written in words rather than digits.
    pub words: bool,
    pub strength: Strength,
    /// Marked as approximate ("about", "environ", "约", "余").
    pub approx: bool,
    /// For a weekday written with a full date (day, month and year) in the
    /// same phrase ("jeudi 14 mars 2024"): the weekday that date falls on.
    pub calendar: Option<u8>,
    /// For either number of a score ("3-1", "2:0" in a sentence about a
    /// game): the score, in the order written.
    pub score: Option<(f64, f64)>,
    /// For a number in digits with a decimal part: the digits written after
    /// the decimal mark ("1.70 trillion": 2), which tell how far a rounded
    /// sum was rounded.
    pub decimals: Option<u8>,
    /// For a rate, the unit it is given per ("1.38元" after "每斤", "$3.99 a
    /// pound", "2,50 € le kilo"): a price per jin is twice the price per
    /// kilogram a translator may convert it to.
    pub per: Option<&'static str>,
}

impl Mention {
    /// A value read from words that only satisfies a match ("noon", "a
    /// year and a half"): never reported alone.
    pub(crate) fn matching_words(
        range: std::ops::Range<usize>,
        kind: Kind,
        readings: Vec<Reading>,
    ) -> Mention {
        Mention {
            range,
            kind,
            readings,
            locale_alt: None,
            unit: None,
            scale: None,
            words: true,
            strength: Strength::MatchOnly,
            approx: false,
            calendar: None,
            score: None,
            decimals: None,
            per: None,
        }
    }

    pub fn primary(&self) -> Reading {
        self.readings
            .first()
            .copied()
            .unwrap_or(Reading::q(f64::NAN))
    }

    /// A human rendering of the primary value ("1.5 billion", "July 18", "14:30").
    pub fn describe(&self) -> String {
        self.describe_in(self.primary().domain)
    }

    /// The reading of `domain` when the mention has one ("15.40" as the time
    /// 15:40), else the primary reading.
    pub fn reading_in(&self, domain: Domain) -> Reading {
        self.readings
            .iter()
            .find(|r| r.domain == domain)
            .copied()
            .unwrap_or_else(|| self.primary())
    }

    /// A human rendering of the value in `domain` ("15:40" for "15.40" paired
    /// with a time).
    pub fn describe_in(&self, domain: Domain) -> String {
        let r = self.reading_in(domain);
        match r.domain {
            Domain::Quantity => {
                let v = fmt_quantity(r.value);
                match self.kind {
                    Kind::Percent => format!("{v}%"),
                    _ => v,
                }
            }
            Domain::Date => {
                let m = (r.value / 100.0).floor() as u8;
                let d = (r.value % 100.0).round() as u8;
                format!("{} {d}", dates::month_name(m))
            }
            Domain::Month => dates::month_name(r.value as u8).to_string(),
            Domain::Weekday => dates::weekday_name(r.value as u8).to_string(),
            Domain::Time => {
                let s = r.value.round() as i64;
                if s % 60 != 0 {
                    format!("{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
                } else {
                    format!("{}:{:02}", s / 3600, (s / 60) % 60)
                }
            }
        }
    }
}

/// "2500000" → "2,500,000 (2.5 million)"; small values as they are.
pub fn fmt_quantity(v: f64) -> String {
    let plain = fmt_plain(v);
    for (scale, name) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        if v.abs() >= scale {
            return format!("{plain} ({} {name})", fmt_plain(v / scale));
        }
    }
    plain
}

fn fmt_plain(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e18 {
        let s = format!("{}", v.abs() as u64);
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i) % 3 == 0 && v.abs() >= 10000.0 {
                out.push(',');
            }
            out.push(c);
        }
        if v < 0.0 {
            out.insert(0, '-');
        }
        out
    } else {
        let s = format!("{:.6}", v);
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_values() {
        assert_eq!(fmt_quantity(180.0), "180");
        assert_eq!(fmt_quantity(2.5), "2.5");
        assert_eq!(fmt_quantity(1.5e9), "1,500,000,000 (1.5 billion)");
        assert_eq!(fmt_quantity(2019.0), "2019");
    }
}
