//! Dates (numeric, written, CJK), the joining of a day and a month into a date,
//! and weekdays checked against their dates; the patterns of times and dates.

use super::*;

pub(super) struct Regexes {
    pub(super) ampm: Regex,
    pub(super) clock: Regex,
    pub(super) hmin: Regex,
    pub(super) cjk_time: Regex,
    pub(super) named: Regex,
    pub(super) after_prep: Regex,
    pub(super) military: Regex,
    pub(super) dmy: Regex,
    pub(super) dm: Regex,
    pub(super) dm_slash: Regex,
    pub(super) md_slash: Regex,
    pub(super) iso: Regex,
}

pub(super) fn regexes() -> &'static Regexes {
    static CELL: OnceLock<Regexes> = OnceLock::new();
    CELL.get_or_init(|| {
        // Digits are ASCII `[0-9]`, not `\d`: the scanner tries these only at an
        // ASCII digit, full-width digits are folded to ASCII before, and a
        // Unicode `\d` takes about a quarter of a millisecond more to compile,
        // which every process pays.
        let r = |s: &str| Regex::new(s).expect("number pattern compiles");
        Regexes {
            // "2:30 p.m.", "2.30pm", "3 a.m."
            ampm: r(r"^(?i)([0-9]{1,2})(?:[:.]([0-9]{2}))?\s?([ap])\.?\s?m(?:\.|\b)"),
            // "14:30", "2:03:59"
            clock: r(r"^([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?"),
            // "14h30", "12 h 00"
            hmin: r(r"^([0-9]{1,2})\s?[hH]\s?([0-9]{2})"),
            // "15时50分", "17時07分", "15時"
            // "15时50分", "17時07分", "15時", "9点半", "8時半"
            // Chinese often spaces digits off: "上午 10 点 50 分", "下午 5 点半".
            cjk_time: r(r"^([0-9]{1,2}) ?[时時点點] ?(?:([0-9]{1,2}) ?分|(半))?"),
            // "3.40 Uhr", "15 Uhr", "14.30 horas", "14h"
            // "21. hodiny", "18 години", "8 вечора": Czech and East Slavic
            // hour words, and the parts of the day that name a time.
            named: r(concat!(
                r"^(?i)([0-9]{1,2})(?:[.:]([0-9]{2}))?\.?\s?",
                r"(uhr|uur|heures?|horas?|hrs|ore|h|hodin(?:ou|[auyě])?|hod|",
                r"годин[аиі]?|год|час(?:а|ов)?|ранку|вечора|ночі|утра|вечера|ночи|",
                // Czech and Polish parts of the day after an hour ("1 ráno",
                // "8 večer", "o 7 rano").
                r"ráno|dopoledne|odpoledne|večer|v noci|rano|wieczorem|w nocy)\b"
            )),
            // "alle 3.17", "a las 11", "à 10": a time after a preposition of time.
            after_prep: r(r"^([0-9]{1,2})(?:[.:h]([0-9]{2}))?\b"),
            // "2100 GMT"
            // Zulu time is a capital Z against the digits ("1430Z"): a
            // lower-case "z" after a space is the Czech and Polish "from"
            // ("w kwietniu 2023 z Paryża").
            military: r(r"^([01][0-9]|2[0-3])([0-5][0-9])(?:\s?(?i:gmt|utc|hrs)|Z)\b"),
            // "22/10/2021", "22.10.2021"
            dmy: r(r"^([0-9]{1,2})([./])\s?([0-9]{1,2})[./]\s?([0-9]{4}|[0-9]{2})"),
            // "12.06.", "12. 6.": a day and a month without the year.
            dm: r(r"^([0-9]{1,2})\.\s?([0-9]{1,2})\."),
            // "19/07", "01/12": a day and a month, zero-padded, no year.
            dm_slash: r(r"^([0-9]{2})/([0-9]{2})"),
            // "12/19", "8/26": a month and a day, in Chinese and Japanese.
            md_slash: r(r"^([0-9]{1,2})/([0-9]{1,2})"),
            // "2021-10-22"
            // "2023-10-22", "2023.9.4", "2023/9/4": the year first.
            iso: r(r"^([0-9]{4})[-./]([0-9]{1,2})[-./]([0-9]{1,2})"),
        }
    })
}

/// Joins a day number and a month name next to each other into a date
/// ("18 juillet", "July 18", "19. Juli", "22 de octubre", "7月24日"); months
/// that needed a day and got none are dropped.
pub(super) fn assemble_dates(text: &str, ms: &mut Vec<Mention>) {
    let day_like = |m: &Mention| {
        let v = m.primary().value;
        // An article ("maart een nieuwe", "mars un nouveau") is not a day;
        // ordinal words ("premier mai") are.
        let article = m.strength == Strength::MatchOnly && m.kind == Kind::Cardinal;
        // A year of two digits ("22年5月") is no day.
        !article
            && !text[m.range.clone()].ends_with(['年', '년'])
            && m.primary().domain == Domain::Quantity
            && matches!(m.kind, Kind::Cardinal | Kind::Ordinal)
            && m.unit.is_none()
            && m.scale.is_none()
            && v.fract() == 0.0
            && (1.0..=31.0).contains(&v)
    };
    let gap_before = |g: &str| {
        let g = g
            .trim()
            .trim_matches(|c: char| c == '.' || c == ',')
            .trim()
            .to_lowercase();
        g.is_empty()
            || matches!(
                g.as_str(),
                "de" | "del" | "of" | "the" | "di" | "du" | "of the"
            )
    };
    let gap_after = |g: &str| {
        let g = g.trim().trim_start_matches(',').trim().to_lowercase();
        g.is_empty() || g == "the"
    };
    let mut out: Vec<Mention> = Vec::with_capacity(ms.len());
    let mut k = 0;
    while k < ms.len() {
        let m = &ms[k];
        if m.kind == Kind::Month {
            let month = m.primary().value;
            let prev_ok = out.last().is_some_and(|p| {
                day_like(p)
                    && p.range.end <= m.range.start
                    && gap_before(&text[p.range.end..m.range.start])
            });
            let next_ok = ms.get(k + 1).is_some_and(|n| {
                day_like(n)
                    && n.range.start >= m.range.end
                    && gap_after(&text[m.range.end..n.range.start])
                    && !text[n.range.end..].trim_start().starts_with(['%', ':'])
            });
            let (day, range) = if prev_ok {
                let p = out.pop().unwrap_or_else(|| m.clone());
                (p.primary().value, p.range.start..m.range.end)
            } else if next_ok {
                let n = &ms[k + 1];
                k += 1;
                (n.primary().value, m.range.start..n.range.end)
            } else {
                if m.strength != Strength::MatchOnly {
                    out.push(m.clone());
                }
                k += 1;
                continue;
            };
            let mut d = m.clone();
            d.kind = Kind::Date;
            d.range = range;
            d.strength = Strength::Strong;
            d.readings = vec![
                Reading {
                    domain: Domain::Date,
                    value: month * 100.0 + day,
                },
                Reading::q(day),
            ];
            out.push(d);
            k += 1;
            continue;
        }
        out.push(m.clone());
        k += 1;
    }
    *ms = out;
}

impl Scanner<'_> {
    /// A month or weekday name: reported only when it pairs with a different
    /// value of its kind (`Strength::PairOnly`).
    pub(super) fn calendar_word(
        &self,
        start: usize,
        end: usize,
        kind: Kind,
        domain: Domain,
        value: u8,
    ) -> Mention {
        let mut m = self.mention(
            start,
            end,
            kind,
            vec![Reading {
                domain,
                value: f64::from(value),
            }],
        );
        m.strength = Strength::PairOnly;
        m
    }

    pub(super) fn numeric_date_at(
        &self,
        i: usize,
        rest: &str,
        out: &mut Vec<Mention>,
    ) -> Option<usize> {
        let rx = regexes();
        let num = |m: Option<regex::Match>| m.and_then(|x| x.as_str().parse::<f64>().ok());
        let (d, mo, y, y_off, y_len, len) = if let Some(c) = rx.iso.captures(rest) {
            let y = c.get(1)?;
            (
                num(c.get(3))?,
                num(c.get(2))?,
                num(Some(y))?,
                y.start(),
                y.len(),
                c.get(0)?.len(),
            )
        } else if let Some(c) = rx.dmy.captures(rest) {
            let a = num(c.get(1))?;
            let b = num(c.get(3))?;
            let y = c.get(4)?;
            // A first field over 12 is the day, whatever the language's
            // habit ("18/11/2024" in British English).
            let (d, m) = if dates::month_first(self.lang) && a <= 12.0 {
                (b, a)
            } else {
                (a, b)
            };
            (d, m, num(Some(y))?, y.start(), y.len(), c.get(0)?.len())
        } else if let Some((d, mo, end)) = self.yearless_date(i, rest) {
            let date = Reading {
                domain: Domain::Date,
                value: mo * 100.0 + d,
            };
            let mut readings = vec![date, Reading::q(d)];
            // "ve 20.12.": a time of day written with a dot (20.12) before
            // the full stop that ends the sentence reads the same; a third
            // reading, for matching.
            let clock = regexes().dm.captures(rest).is_some_and(|c| {
                let whole = c.get(0).map_or("", |x| x.as_str());
                !whole.contains(' ')
                    && c.get(2).is_some_and(|x| x.len() == 2)
                    && rest[whole.len()..]
                        .chars()
                        .next()
                        .is_none_or(char::is_whitespace)
            });
            if clock && d <= 24.0 && mo < 60.0 {
                readings.push(Reading {
                    domain: Domain::Time,
                    value: d * HOUR + mo * 60.0,
                });
            }
            out.push(self.mention(i, end, Kind::Date, readings));
            return Some(end);
        } else {
            return None;
        };
        let byte_end = self.offs[i] + len;
        let end = self.offs.partition_point(|&o| o < byte_end);
        if !(1.0..=12.0).contains(&mo) || !(1.0..=31.0).contains(&d) || is_digit(self.at(end)) {
            return None;
        }
        let mut readings = vec![Reading {
            domain: Domain::Date,
            value: mo * 100.0 + d,
        }];
        if d <= 12.0 && d != mo {
            readings.push(Reading {
                domain: Domain::Date,
                value: d * 100.0 + mo,
            });
        }
        let mut date = self.mention(i, end, Kind::Date, readings);
        date.range.end = self.offs[i] + y_off.saturating_sub(1);
        out.push(date);
        // "03.01.21": a year of two digits is in this century or the last.
        let years = if y_len == 2 {
            vec![
                Reading::q(2000.0 + y),
                Reading::q(1900.0 + y),
                Reading::q(y),
            ]
        } else {
            vec![Reading::q(y)]
        };
        let mut year = self.mention(i, end, Kind::Year, years);
        year.range = self.offs[i] + y_off..self.offs[i] + y_off + y_len;
        out.push(year);
        Some(end)
    }

    /// A day and a month with no year, day first: (day, month, end index).
    /// "12.06." and "12. 6." in languages that write dates with dots (but not
    /// "3.4.", which may end a sentence about a version); "19/07" zero-padded
    /// in day-first languages (in English "12/21" is as often a month and a year).
    pub(super) fn yearless_date(&self, i: usize, rest: &str) -> Option<(f64, f64, usize)> {
        let rx = regexes();
        let num = |m: Option<regex::Match>| m.and_then(|x| x.as_str().parse::<f64>().ok());
        // Chinese and Japanese write the year first, and so a short date
        // month first: "12/19(土)", "8/26".
        let month_then_day = self.cjk();
        let c = if month_then_day {
            rx.md_slash.captures(rest)
        } else if dates::dot_dates(self.lang) {
            rx.dm.captures(rest).filter(|c| {
                c.get(0).is_some_and(|x| x.as_str().contains(' '))
                    || c.get(2).is_some_and(|x| x.len() == 2)
            })
        } else if !dates::month_first(self.lang) {
            rx.dm_slash.captures(rest)
        } else {
            None
        }?;
        let len = c.get(0)?.len();
        let end = self.offs.partition_point(|&o| o < self.offs[i] + len);
        let (mut d, mut mo) = (num(c.get(1))?, num(c.get(2))?);
        if month_then_day {
            std::mem::swap(&mut d, &mut mo);
        }
        // Nor the middle or end of a longer sequence ("3643 10/12/21").
        let more = is_digit(self.at(end))
            || (matches!(self.at(end), '/' | '.' | ',') && is_digit(self.at(end + 1)))
            || (i > 0 && matches!(self.at(i - 1), '/' | '.' | ','));
        ((1.0..=12.0).contains(&mo) && (1.0..=31.0).contains(&d) && !more).then_some((d, mo, end))
    }
}

/// The weekday (1 Monday – 7 Sunday) of a day of the proleptic Gregorian
/// calendar (Sakamoto's method).
pub(crate) fn weekday_of(year: i64, month: u8, day: u8) -> Option<u8> {
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || year < 1 {
        return None;
    }
    const T: [i64; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if month < 3 { year - 1 } else { year };
    let sunday0 = (y + y / 4 - y / 100 + y / 400 + T[usize::from(month - 1)] + i64::from(day)) % 7;
    Some(if sunday0 == 0 { 7 } else { sunday0 as u8 })
}

/// Whether `gap`, the text between two parts of one date phrase, is only
/// spaces and punctuation inside a phrase, with at most one short word
/// ("Thursday, March 14", "jeudi 14 mars", "Donnerstag, den 14. März",
/// "14 de marzo de 2024").
fn date_phrase_gap(gap: &str, dot: bool) -> bool {
    if gap.chars().count() > 8
        || gap.contains(['\n', '!', '?', ';', '(', ')'])
        || (!dot && gap.contains('.'))
    {
        return false;
    }
    let words: Vec<&str> = gap
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.'))
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 1 && words.iter().all(|w| w.chars().all(char::is_alphabetic))
}

/// Gives a weekday written just before a full date ("jeudi 14 mars 2024",
/// "Thursday, March 14, 2024", "Donnerstag, 14.03.2024") the weekday that
/// date falls on, so that a translation whose weekday contradicts its own date
/// can be told. A date without its year gets none: the year cannot be guessed.
pub(super) fn link_weekdays(text: &str, ms: &mut [Mention]) {
    for k in 0..ms.len() {
        if ms[k].kind != Kind::Weekday {
            continue;
        }
        let (Some(date), Some(year)) = (ms.get(k + 1), ms.get(k + 2)) else {
            continue;
        };
        let wd = &ms[k];
        // A full stop between the weekday and the date ends a sentence;
        // between the date and its year it is the date's ("14.03.2024").
        let gap = |a: &Mention, b: &Mention, dot: bool| {
            text.get(a.range.end..b.range.start)
                .is_some_and(|g| date_phrase_gap(g, dot))
        };
        let y = year.primary().value;
        if date.kind != Kind::Date
            || date.primary().domain != Domain::Date
            || date
                .readings
                .iter()
                .filter(|r| r.domain == Domain::Date)
                .count()
                != 1
            || !matches!(year.kind, Kind::Year | Kind::Cardinal)
            || year.primary().domain != Domain::Quantity
            || y.fract() != 0.0
            || !(1583.0..=2999.0).contains(&y)
            || !gap(wd, date, false)
            || !gap(date, year, true)
        {
            continue;
        }
        let v = date.primary().value;
        let (month, day) = ((v / 100.0).floor() as u8, (v % 100.0).round() as u8);
        ms[k].calendar = weekday_of(y as i64, month, day);
    }
}
