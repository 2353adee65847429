//! Times (12- and 24-hour, CJK, hour words) and dates (numeric, written,
//! CJK), and the joining of a day and a month into a date.

use super::*;

pub(super) struct Regexes {
    ampm: Regex,
    clock: Regex,
    hmin: Regex,
    cjk_time: Regex,
    named: Regex,
    after_prep: Regex,
    military: Regex,
    dmy: Regex,
    dm: Regex,
    dm_slash: Regex,
    md_slash: Regex,
    iso: Regex,
}

pub(super) fn regexes() -> &'static Regexes {
    static CELL: OnceLock<Regexes> = OnceLock::new();
    CELL.get_or_init(|| {
        let r = |s: &str| Regex::new(s).expect("number pattern compiles");
        Regexes {
            // "2:30 p.m.", "2.30pm", "3 a.m."
            ampm: r(r"^(?i)(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?\s?m(?:\.|\b)"),
            // "14:30", "2:03:59"
            clock: r(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?"),
            // "14h30", "12 h 00"
            hmin: r(r"^(\d{1,2})\s?[hH]\s?(\d{2})"),
            // "15时50分", "17時07分", "15時"
            // "15时50分", "17時07分", "15時", "9点半", "8時半"
            // Chinese often spaces digits off: "上午 10 点 50 分", "下午 5 点半".
            cjk_time: r(r"^(\d{1,2}) ?[时時点點] ?(?:(\d{1,2}) ?分|(半))?"),
            // "3.40 Uhr", "15 Uhr", "14.30 horas", "14h"
            // "21. hodiny", "18 години", "8 вечора": Czech and East Slavic
            // hour words, and the parts of the day that name a time.
            named: r(concat!(
                r"^(?i)(\d{1,2})(?:[.:](\d{2}))?\.?\s?",
                r"(uhr|uur|heures?|horas?|hrs|ore|h|hodin[auyě]?|hod|",
                r"годин[аиі]?|год|час(?:а|ов)?|ранку|вечора|ночі|утра|вечера|ночи)\b"
            )),
            // "alle 3.17", "a las 11", "à 10": a time after a preposition of time.
            after_prep: r(r"^(\d{1,2})(?:[.:h](\d{2}))?\b"),
            // "2100 GMT"
            military: r(r"^(?i)([01]\d|2[0-3])([0-5]\d)\s?(?:gmt|utc|hrs|z)\b"),
            // "22/10/2021", "22.10.2021"
            dmy: r(r"^(\d{1,2})([./])\s?(\d{1,2})[./]\s?(\d{4}|\d{2})"),
            // "12.06.", "12. 6.": a day and a month without the year.
            dm: r(r"^(\d{1,2})\.\s?(\d{1,2})\."),
            // "19/07", "01/12": a day and a month, zero-padded, no year.
            dm_slash: r(r"^(\d{2})/(\d{2})"),
            // "12/19", "8/26": a month and a day, in Chinese and Japanese.
            md_slash: r(r"^(\d{1,2})/(\d{1,2})"),
            // "2021-10-22"
            // "2023-10-22", "2023.9.4", "2023/9/4": the year first.
            iso: r(r"^(\d{4})[-./](\d{1,2})[-./](\d{1,2})"),
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
        !article
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

    /// Other readings of "15.40", "8,15", "12.06" in languages that write a
    /// decimal comma: two digits after one mark are seldom a decimal there but
    /// a time of day (hours.minutes), or a day and a month in dot-date languages.
    pub(super) fn clock_or_day(&self, lit: &Literal) -> Vec<Reading> {
        let mut out = Vec::new();
        let g = &lit.groups;
        if lit.seps.len() != 1
            || !matches!(lit.seps[0], '.' | ',')
            || g[0].len() > 2
            || g[1].len() != 2
        {
            return out;
        }
        let (a, b) = (
            g[0].parse::<f64>().unwrap_or(99.0),
            g[1].parse::<f64>().unwrap_or(99.0),
        );
        if !comma_decimal(self.lang) {
            // "dispatch 18.12" in an English text: a decimal to an English
            // reader, but a day and month written the continental way just as
            // often; "12.00 mid-day", "5.30": a time the British way. Both
            // are second readings, for matching only.
            if lit.seps[0] == '.' && (1.0..=31.0).contains(&a) && (1.0..=12.0).contains(&b) {
                out.push(Reading {
                    domain: Domain::Date,
                    value: b * 100.0 + a,
                });
            }
            if lit.seps[0] == '.' && a <= 24.0 && b < 60.0 {
                out.push(Reading {
                    domain: Domain::Time,
                    value: a * HOUR + b * 60.0,
                });
            }
            return out;
        }
        if a <= 24.0 && b < 60.0 {
            out.push(Reading {
                domain: Domain::Time,
                value: a * HOUR + b * 60.0,
            });
        }
        if lit.seps[0] == '.'
            && dates::dot_dates(self.lang)
            && (1.0..=31.0).contains(&a)
            && (1.0..=12.0).contains(&b)
        {
            out.push(Reading {
                domain: Domain::Date,
                value: b * 100.0 + a,
            });
        }
        out
    }

    pub(super) fn time_at(&self, i: usize, rest: &str, out: &mut Vec<Mention>) -> Option<usize> {
        let rx = regexes();
        let num = |c: Option<regex::Match>| c.and_then(|m| m.as_str().parse::<f64>().ok());
        let end_of = |len: usize| -> usize {
            let end_byte = self.offs[i] + len;
            self.offs.partition_point(|&o| o < end_byte)
        };
        let after_ok = |len: usize| !is_digit(self.at(end_of(len)));
        let ascii = rest
            .chars()
            .take(2)
            .all(|c| c.is_ascii_digit() || !is_digit(c));
        if !ascii {
            return None;
        }
        let push = |out: &mut Vec<Mention>, len: usize, readings: Vec<Reading>| {
            let end = end_of(len);
            out.push(self.mention(i, end, Kind::Time, readings));
            end
        };
        let t = |h: f64, m: f64, s: f64| Reading {
            domain: Domain::Time,
            value: h * HOUR + m * 60.0 + s,
        };
        if let Some(c) = rx.ampm.captures(rest) {
            let h = num(c.get(1))?;
            let mi = num(c.get(2)).unwrap_or(0.0);
            if (1.0..=12.0).contains(&h) && mi < 60.0 {
                let pm = c
                    .get(3)
                    .is_some_and(|x| x.as_str().eq_ignore_ascii_case("p"));
                let h24 = h % 12.0 + if pm { 12.0 } else { 0.0 };
                let len = c.get(0).map_or(0, |x| x.len());
                return Some(push(out, len, vec![t(h24, mi, 0.0)]));
            }
        }
        if let Some(c) = rx.military.captures(rest) {
            let h = num(c.get(1))?;
            let mi = num(c.get(2))?;
            let len = c.get(1).map_or(0, |x| x.len()) + c.get(2).map_or(0, |x| x.len());
            return Some(push(out, len, vec![t(h, mi, 0.0)]));
        }
        if let Some(c) = rx.clock.captures(rest) {
            let len = c.get(0).map_or(0, |x| x.len());
            let h = num(c.get(1))?;
            let mi = num(c.get(2))?;
            if mi < 60.0 && after_ok(len) {
                if let Some(s) = num(c.get(3)) {
                    return Some(push(out, len, vec![t(h, mi, s)]));
                }
                if h < 24.0 {
                    let mut readings = vec![t(h, mi, 0.0)];
                    if (1.0..12.0).contains(&h)
                        && ((self.cjk() && self.afternoon_before(i))
                            || self.meridiem_before(i) == Some(true))
                    {
                        // "午後４：１５", "下午2:45", "PM6:00"
                        readings.insert(0, t(h + 12.0, mi, 0.0));
                    } else if (1.0..12.0).contains(&h) {
                        readings.push(t(h + 12.0, mi, 0.0));
                    } else if h == 12.0 {
                        readings.push(t(0.0, mi, 0.0));
                    }
                    return Some(push(out, len, readings));
                }
            }
        }
        if let Some(c) = rx.hmin.captures(rest) {
            let len = c.get(0).map_or(0, |x| x.len());
            let h = num(c.get(1))?;
            let mi = num(c.get(2))?;
            if h < 24.0 && mi < 60.0 && after_ok(len) {
                return Some(push(out, len, vec![t(h, mi, 0.0)]));
            }
        }
        if self.cjk() {
            if let Some(c) = rx.cjk_time.captures(rest) {
                let len = c.get(0).map_or(0, |x| x.len());
                let h = num(c.get(1))?;
                let half = c.get(3).is_some();
                let mi = if half {
                    30.0
                } else {
                    num(c.get(2)).unwrap_or(0.0)
                };
                let point = c.get(0).is_some_and(|x| x.as_str().contains(['点', '點']));
                let next = self.at(end_of(len));
                // "3点5" is 3.5; "24時間" is a duration.
                if h < 24.0
                    && mi < 60.0
                    && !matches!(next, '間' | '间')
                    && !(point && is_digit(next))
                {
                    // "午後５時", "下午3点": the afternoon.
                    let h = if h < 12.0 && self.afternoon_before(i) {
                        h + 12.0
                    } else {
                        h
                    };
                    let mut readings = vec![t(h, mi, 0.0)];
                    if point && c.get(2).is_none() && !half {
                        // A bare "3点" may also be three points.
                        readings.push(Reading::q(h));
                    }
                    return Some(push(out, len, readings));
                }
            }
        }
        if let Some(c) = rx.named.captures(rest) {
            let len = c.get(0).map_or(0, |x| x.len());
            let h = num(c.get(1))?;
            let mi = num(c.get(2));
            let word = c.get(3).map_or("", |x| x.as_str()).to_lowercase();
            let clock_word = matches!(word.as_str(), "uhr" | "uur");
            if h <= 24.0 && mi.is_none_or(|m| m < 60.0) {
                let mut readings = vec![t(h, mi.unwrap_or(0.0), 0.0)];
                if mi.is_none() && !clock_word {
                    // "12 h", "10 heures" are as often hours as a time of day.
                    readings.push(Reading::q(h));
                }
                // From the word on: "8 вечора" names the evening itself.
                let word_at = end_of(c.get(3).map_or(len, |x| x.start()));
                self.evening(word_at, h, mi.unwrap_or(0.0), &mut readings);
                return Some(push(out, len, readings));
            }
        }
        const TIME_PREPS: &[&str] = &[
            "alle", "dalle", "ore", "le", "las", "à", "às", "as", "vers", "um", "gegen", "om",
            "rond", "verso", "hacia", "о", "об",
        ];
        if self
            .prev_word(i)
            .is_some_and(|w| TIME_PREPS.contains(&w.as_str()))
        {
            if let Some(c) = rx.after_prep.captures(rest) {
                let len = c.get(0).map_or(0, |x| x.len());
                let h = num(c.get(1))?;
                let mi = num(c.get(2));
                let next = self.at(end_of(len));
                // "à 10 millions", "alle 11 persone" are no times.
                let counted = self.next_word(end_of(len)).is_some_and(|(_, _, w)| {
                    unit_of(&w).is_some()
                        || words::lookup(self.lang, w.trim_end_matches('.'))
                            .is_some_and(|e| e.value >= 1000.0)
                });
                if h <= 24.0
                    && mi.is_none_or(|m| m < 60.0)
                    && !is_digit(next)
                    && next != ','
                    && next != '/'
                    && !counted
                {
                    // Written times outside English are on the 24-hour clock; a
                    // bare hour stays a number first ("le 11" is also a day).
                    let mut readings = match mi {
                        Some(m) => vec![t(h, m, 0.0)],
                        None => vec![Reading::q(h), t(h, 0.0, 0.0)],
                    };
                    self.evening(end_of(len), h, mi.unwrap_or(0.0), &mut readings);
                    let end = push(out, len, readings);
                    if mi.is_none() {
                        if let Some(m) = out.last_mut() {
                            m.kind = Kind::Cardinal;
                        }
                    }
                    return Some(end);
                }
            }
        }
        None
    }

    /// "AM" or "PM" glued before the digits at `i`: `Some(true)` for PM.
    pub(super) fn meridiem_before(&self, i: usize) -> Option<bool> {
        if i < 2 || (i > 2 && is_word_char(self.chars[i - 3])) {
            return None;
        }
        match [self.chars[i - 2], self.chars[i - 1]] {
            ['A' | 'a', 'M' | 'm'] => Some(false),
            ['P' | 'p', 'M' | 'm'] => Some(true),
            _ => None,
        }
    }

    /// Whether a CJK time at char `i` is marked as afternoon or evening
    /// ("午後", "下午", "晚上", "傍晚", "PM").
    pub(super) fn afternoon_before(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && is_space(self.chars[k - 1]) {
            k -= 1;
        }
        let before: String = self.chars[k.saturating_sub(2)..k].iter().collect();
        if matches!(
            before.as_str(),
            "午後" | "下午" | "晚上" | "傍晚" | "夜の" | "PM" | "pm"
        ) {
            return true;
        }
        // "午後５時から８時半まで", "下午3点至5点": the end of a range of times
        // is in the half of the day its start is in.
        let connector = if before == "から" {
            2
        } else if k > 0
            && matches!(
                self.chars[k - 1],
                '～' | '〜' | '~' | '-' | '—' | '至' | '到'
            )
        {
            1
        } else {
            return false;
        };
        let mut p = k - connector;
        let start = p.saturating_sub(8);
        let time_char = |c: char| {
            is_digit(c) || matches!(c, '時' | '时' | '点' | '點' | '分' | '半' | ':' | ' ')
        };
        if p == 0
            || !matches!(self.chars[p - 1], '時' | '时' | '点' | '點' | '分' | '半')
                && !is_digit(self.chars[p - 1])
        {
            return false;
        }
        while p > start && time_char(self.chars[p - 1]) {
            p -= 1;
        }
        let head: String = self.chars[p.saturating_sub(2)..p].iter().collect();
        matches!(head.as_str(), "午後" | "下午" | "晚上" | "傍晚" | "夜の")
    }

    /// "a las 11 de la noche", "à 8 heures du soir": the afternoon reading.
    pub(super) fn evening(&self, j: usize, h: f64, mi: f64, readings: &mut Vec<Reading>) {
        const EVENING: &[&str] = &[
            "noche",
            "вечора",
            "вечера",
            "večer",
            "odpoledne",
            "tarde",
            "sera",
            "pomeriggio",
            "soir",
            "après-midi",
            "abends",
            "nachmittags",
            "noite",
            "avond",
            "pm",
        ];
        let mut hi = (self.offs[j.min(self.n())] + 30).min(self.text.len());
        while !self.text.is_char_boundary(hi) {
            hi -= 1;
        }
        let after = self.text[self.offs[j.min(self.n())]..hi].to_lowercase();
        if h < 12.0 && EVENING.iter().any(|e| after.contains(e)) {
            let at = usize::from(readings.first().is_some_and(|r| r.domain != Domain::Time));
            readings.insert(
                at,
                Reading {
                    domain: Domain::Time,
                    value: (h + 12.0) * HOUR + mi * 60.0,
                },
            );
        }
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
            let (d, m) = if dates::month_first(self.lang) {
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
            out.push(self.mention(i, end, Kind::Date, vec![date, Reading::q(d)]));
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
