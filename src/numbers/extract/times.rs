//! Times of day: clocks in 12- and 24-hour notation, CJK times, hour words,
//! the halves of the day, and the other readings of "15.40" and "8,15".

use super::datetime::regexes;
use super::*;

impl Scanner<'_> {
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
            // Bare and set apart ("5 am"), the two letters are a word in
            // languages that do not tell the time on the 12-hour clock;
            // glued ("5pm") or with full stops ("5 a.m.") they are a.m./p.m.
            // in any text.
            let mark = &c[0][c.get(2).or(c.get(1)).map_or(0, |x| x.end())..];
            let bare = mark.starts_with(char::is_whitespace)
                && !mark.contains('.')
                && mark
                    .trim_start()
                    .starts_with(|ch: char| ch.is_ascii_lowercase());
            if (1.0..=12.0).contains(&h)
                && mi < 60.0
                && (!bare || conventions::twelve_hour(self.lang))
            {
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
        // "3.38,45": Russian, Ukrainian and Czech sports results write a race
        // time as minutes, a full stop, seconds, a decimal comma and
        // hundredths; no number has two digits after a thousands dot.
        if let Some((len, secs)) = dotted_race_time(rest) {
            return Some(push(out, len, vec![t(0.0, 0.0, secs)]));
        }
        if let Some(c) = rx.clock.captures(rest) {
            let len = c.get(0).map_or(0, |x| x.len());
            let h = num(c.get(1))?;
            let mi = num(c.get(2))?;
            if mi < 60.0 && after_ok(len) {
                if let Some(s) = num(c.get(3)) {
                    return Some(push(out, len, vec![t(h, mi, s)]));
                }
                // "1:52,38", "1:52.38": a clock has no decimals, so this is a
                // race time in minutes, seconds and hundredths.
                if let Some(frac) = race_decimals(&rest[len..]) {
                    let len = len + 1 + frac.len();
                    let hundredths =
                        frac.parse::<f64>().unwrap_or(0.0) / 10f64.powi(frac.len() as i32);
                    let mut readings = vec![t(0.0, h, mi + hundredths)];
                    // "2:06.48", a marathon in Russian results: hours,
                    // minutes, seconds.
                    let seconds = frac.parse::<f64>().unwrap_or(60.0);
                    if frac.len() == 2
                        && seconds < 60.0
                        && rest[c.get(0).map_or(0, |x| x.len())..].starts_with('.')
                        && conventions::dotted_seconds(self.lang)
                    {
                        readings.push(t(h, mi, seconds));
                    }
                    return Some(push(out, len, readings));
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
                    // A gap or a running time in minutes and seconds, as
                    // sports reports write it ("third at 1:37" / "à 1 min
                    // 37 s").
                    readings.push(t(0.0, h, mi));
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
                // "3点5" is 3.5; "24時間" is a duration; "5:4时" is "at 5-4"
                // (时 "when" after a score), no hour.
                let after_score = i > 0 && matches!(self.chars[i - 1], ':' | '：');
                // Japanese tells the hour by 時; its 点 counts points and
                // pieces ("1点" one print, "3点差" three points apart).
                let no_hour = point && (self.lang == Lang::Ja || is_digit(next));
                if h < 24.0 && mi < 60.0 && !matches!(next, '間' | '间') && !no_hour && !after_score
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
            // German "Uhr" names only the time of day; Dutch "uur" is an
            // hour too ("1 uur en 45 minuten").
            let clock_word = word == "uhr";
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
        let prev = self.prev_word(i);
        // A preposition of time of the text's language (`clock-preposition`
        // in `number-context.txt`): Portuguese "as" ("as 8.30") is English
        // "as" ("as 8.4%") too.
        let preps = conventions::context(self.lang, "clock-preposition");
        let time_prep = |w: &str| preps.iter().any(|p| p.as_slice() == [w]);
        // Or an abbreviation of the hour before it (Polish "godz. 18").
        if prev.as_deref().is_some_and(time_prep)
            || self.prev_abbreviation(i).as_deref().is_some_and(time_prep)
        {
            // A comma after the hour ends the phrase ("alle ore 15, quando",
            // "poco dopo le 21, disse"), unless a number follows it: "le 11,
            // 12 e 13" lists days or things.
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
                // "à 2 500 spectateurs": a group of thousands after a space
                // carries the number on; no hour.
                let grouped = self.literal(i).seps.iter().any(|&s| is_group_space(s));
                if h <= 24.0
                    && mi.is_none_or(|m| m < 60.0)
                    && !grouped
                    && !is_digit(next)
                    && (next != ',' || !self.list_goes_on(end_of(len) + 1))
                    // "delle 2.386 denunce": a group of thousands (or a
                    // decimal) after the dot, no hour and minutes.
                    && !(next == '.' && is_digit(self.at(end_of(len) + 1)))
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

    /// Whether a digit follows char `i`, after spaces: a list of numbers
    /// goes on past the comma before it.
    fn list_goes_on(&self, i: usize) -> bool {
        let mut j = i;
        while j < self.chars.len() && self.chars[j].is_whitespace() {
            j += 1;
        }
        is_digit(self.at(j))
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
        let (k, before) = self.two_chars_before(i);
        if matches!(
            before.as_str(),
            "午後" | "下午" | "晚上" | "傍晚" | "夜の" | "PM" | "pm"
        ) {
            return true;
        }
        // "晚7时35分", "周五晚10时", "夜8時": evening written with one character.
        if k > 0 && matches!(self.chars[k - 1], '晚' | '夜') {
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
            // "晚5点至9点": the evening in one character, as above.
            || (p > 0 && matches!(self.chars[p - 1], '晚' | '夜'))
    }

    /// The two characters before char `i` once spaces are skipped, and
    /// where they end: the part of the day a CJK time is marked with.
    /// A word of approximation between the mark and the time is passed
    /// over ("晚上将近11点", nearly 11 in the evening; "午後約3時"): the
    /// `time-approx-before` words of `number-context.txt`.
    pub(super) fn two_chars_before(&self, i: usize) -> (usize, String) {
        let skip_spaces = |mut k: usize| {
            while k > 0 && is_space(self.chars[k - 1]) {
                k -= 1;
            }
            k
        };
        let mut k = skip_spaces(i);
        // The longest such word glued before the time ("将近", not its "近").
        let glued = conventions::context_any("time-approx-before")
            .iter()
            .filter_map(|p| p.first())
            .map(|w| (w, w.chars().count()))
            .filter(|&(w, n)| k >= n && self.chars[k - n..k].iter().copied().eq(w.chars()))
            .map(|(_, n)| n)
            .max();
        if let Some(n) = glued {
            k = skip_spaces(k - n);
        }
        (k, self.chars[k.saturating_sub(2)..k].iter().collect())
    }

    /// "a las 11 de la noche", "à 8 heures du soir": the afternoon reading.
    pub(super) fn evening(&self, j: usize, h: f64, mi: f64, readings: &mut Vec<Reading>) {
        let mut hi = (self.offs[j.min(self.n())] + 30).min(self.text.len());
        while !self.text.is_char_boundary(hi) {
            hi -= 1;
        }
        let after = self.text[self.offs[j.min(self.n())]..hi].to_lowercase();
        // The words of the afternoon and the evening of every language
        // (`clock-evening`): a text may quote another's ("3 pm").
        let evening = conventions::context_any("clock-evening");
        if h < 12.0 && evening.iter().any(|e| e.iter().any(|w| after.contains(w))) {
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
}

/// A range of hours gives its first end the clock of its second: "from 1 to
/// 2 pm" is 13:00 to 14:00, "12-13.40" is 12:00 to 13:40. The first end is
/// a bare whole number of digits (0–24), joined to a time by a dash or one
/// of the language's range words (`range` in `number-context.txt`); it is
/// read as that hour (with the second end's a.m. or p.m.), its count kept as
/// a second reading.
pub(super) fn range_of_hours(text: &str, lang: Lang, out: &mut [Mention]) {
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        let b_time = b.kind == Kind::Time || b.readings.iter().any(|r| r.domain == Domain::Time);
        if !b_time || a.kind != Kind::Cardinal || a.words || a.unit.is_some() {
            continue;
        }
        let written = &text[a.range.clone()];
        let h = a.primary().value;
        if !written.chars().all(|c| c.is_ascii_digit())
            || a.readings.len() != 1
            || h.fract() != 0.0
            || !(0.0..=24.0).contains(&h)
        {
            continue;
        }
        let Some(between) = text.get(a.range.end..b.range.start) else {
            continue;
        };
        // Czech counts the hour with an ordinal ("mezi 14. a 18. hodinou").
        let joint = between.trim().trim_start_matches('.').trim_start();
        let joined = joins_range(lang, &joint.to_lowercase());
        if !joined || between.len() > 12 {
            continue;
        }
        let said = text[b.range.clone()].to_ascii_lowercase().replace('.', "");
        let hour = if said.ends_with("pm") && (1.0..=12.0).contains(&h) {
            h % 12.0 + 12.0
        } else if said.ends_with("am") && (1.0..=12.0).contains(&h) {
            h % 12.0
        } else if said.ends_with("am") || said.ends_with("pm") {
            continue;
        } else {
            h
        };
        let time = Reading {
            domain: Domain::Time,
            value: hour * HOUR,
        };
        let clock = out[k].kind == Kind::Time;
        let m = &mut out[k - 1];
        if clock {
            m.kind = Kind::Time;
        }
        m.readings.insert(0, time);
    }
}

/// The decimals of a race time after its seconds ("1:52,38": "38"): a
/// decimal mark and one to three digits, then no digit, letter or further
/// mark (a comma or a full stop may end the phrase before a space).
/// "3.38,45" at the start of `rest`: its length in bytes and the seconds it
/// gives (218.45).
fn dotted_race_time(rest: &str) -> Option<(usize, f64)> {
    let b = rest.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let m = digits(0);
    if !(1..=2).contains(&m) || b.get(m) != Some(&b'.') {
        return None;
    }
    let sec = digits(m + 1);
    if sec != 2 || b.get(m + 3) != Some(&b',') {
        return None;
    }
    let frac = digits(m + 4);
    if !(1..=2).contains(&frac) {
        return None;
    }
    let len = m + 4 + frac;
    if b.get(len).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let minutes: f64 = rest[..m].parse().ok()?;
    let seconds: f64 = rest[m + 1..m + 3].parse().ok()?;
    let hundredths: f64 = rest[m + 4..len].parse().ok()?;
    (seconds < 60.0).then(|| {
        (
            len,
            minutes * 60.0 + seconds + hundredths / 10f64.powi(frac as i32),
        )
    })
}

fn race_decimals(after: &str) -> Option<&str> {
    let digits = after.strip_prefix([',', '.'])?;
    let n = digits.chars().take_while(char::is_ascii_digit).count();
    let mut rest = digits[n..].chars();
    let ends = match rest.next() {
        None => true,
        Some(',' | '.') => rest.next().is_none_or(char::is_whitespace),
        Some(c) => !c.is_alphanumeric() && c != ':',
    };
    ((1..=3).contains(&n) && ends).then(|| &digits[..n])
}
