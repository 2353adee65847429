//! Reading the values of a text: digits in every thousands and decimal
//! convention, signs, percentages, ordinals, scale words, times, numeric and
//! written dates, decades, number words and CJK numerals. Never panics: any
//! input gives a (possibly empty) list of mentions in text order.

use super::conventions;
use super::dates;
use super::words::{self, Class, Entry};
use super::{Domain, Kind, Mention, Reading, Strength};
use crate::lang::Lang;
use regex::Regex;
use std::sync::OnceLock;

mod cjk;
mod clock_words;
mod datetime;
mod digits;
mod halves;
mod roman;
mod scores;
mod signs;
mod spelled;
mod times;
mod units;

use cjk::{han_digit, han_unit};
use datetime::{assemble_dates, link_weekdays};
use digits::Literal;
pub use roman::roman_numeral;
#[cfg(test)]
pub(crate) use roman::to_roman;
use scores::mark_scores;
use units::unit_of;
pub use units::{
    is_currency_code, is_currency_word, is_unit_abbreviation, is_unit_symbol, is_unit_word,
};

/// All mentions of values in `text`, read as `lang`, in text order.
pub fn extract(text: &str, lang: Lang) -> Vec<Mention> {
    let Some((folded, map)) = fold_fullwidth(text) else {
        return extract_folded(text, lang);
    };
    let mut out = extract_folded(&folded, lang);
    for m in &mut out {
        m.range = map[m.range.start]..map[m.range.end];
    }
    out
}

fn extract_folded(text: &str, lang: Lang) -> Vec<Mention> {
    let sc = Scanner::new(text, lang);
    let mut out = sc.scan();
    assemble_dates(text, &mut out);
    mark_approx(text, &mut out);
    below_zero_in_frost(text, lang, &mut out);
    share_range_scale(text, lang, &mut out);
    share_range_unit(text, lang, &mut out);
    join_scale_parts(text, &mut out);
    halves::half_minutes(text, lang, &mut out);
    join_lengths(text, lang, &mut out);
    join_race_times(text, lang, &mut out);
    clock_words::mark_clock_words(text, lang, &mut out);
    halves::add_a_half(text, lang, &mut out);
    halves::article_and_a_half(text, lang, &mut out);
    halves::cjk_half(text, lang, &mut out);
    tenths_and_hundredths(text, lang, &mut out);
    count_of_collectives(text, &mut out);
    times::range_of_hours(text, lang, &mut out);
    link_weekdays(text, &mut out);
    mark_scores(text, lang, &mut out);
    end_of_day_is_midnight(&mut out);
    out
}

/// "24 Uhr", "24:00": the end of a day is its midnight, 0:00 too.
fn end_of_day_is_midnight(ms: &mut [Mention]) {
    const DAY: f64 = 24.0 * 3600.0;
    for m in ms {
        if let Some(r) = m
            .readings
            .iter()
            .find(|r| r.domain == Domain::Time && r.value >= DAY)
            .copied()
        {
            m.readings.push(Reading {
                domain: Domain::Time,
                value: r.value - DAY,
            });
        }
    }
}

/// CJK text writes digits and the marks of times and numbers full width
/// ("午後４：１５", "２．５％"): the text with those folded to ASCII, and for
/// every byte offset of the folded text the offset in `text` (so that
/// mentions point into the text as given); `None` when there is nothing to fold.
fn fold_fullwidth(text: &str) -> Option<(String, Vec<usize>)> {
    let fold = |c: char| match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
        '：' => Some(':'),
        '．' => Some('.'),
        '％' => Some('%'),
        '／' => Some('/'),
        // The full-width minus is a sign ("－30℃"), written after a word
        // without a space: kept apart from the hyphen.
        '－' => Some('−'),
        _ => None,
    };
    // Japanese writes a decimal point as a middle dot between digits ("1・5").
    let digit_at =
        |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    if !text.chars().any(|c| fold(c).is_some() || c == '・') {
        return None;
    }
    let mut folded = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    let mut prev = None;
    let mut chars = text.char_indices().peekable();
    while let Some((o, c)) = chars.next() {
        let next = chars.peek().map(|x| x.1);
        let f = if c == '・' && digit_at(prev) && digit_at(next) {
            '.'
        } else {
            fold(c).unwrap_or(c)
        };
        prev = Some(c);
        for _ in 0..f.len_utf8() {
            map.push(o);
        }
        folded.push(f);
    }
    map.push(text.len());
    Some((folded, map))
}

const HOUR: f64 = 3600.0;

fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        '\u{0966}'..='\u{096F}' => Some(c as u32 - 0x0966),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        _ => None,
    }
}

fn is_digit(c: char) -> bool {
    digit(c).is_some()
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x9FFF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F)
}

fn is_word_char(c: char) -> bool {
    if matches!(c as u32, 0x0900..=0x0963 | 0x0970..=0x097F) {
        return true;
    }
    (c.is_alphabetic() && !is_cjk(c)) || matches!(c, 'º' | 'ª')
}

/// Spaces that group thousands: ASCII space, no-break, narrow no-break, thin.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || is_group_space(c)
}

/// Languages that write "1.500" for 1500 and "2,5" for 2.5.
fn comma_decimal(lang: Lang) -> bool {
    conventions::decimal_comma(lang)
}

struct Scanner<'a> {
    text: &'a str,
    chars: Vec<char>,
    /// Byte offset of each char, plus the text length at the end.
    offs: Vec<usize>,
    lang: Lang,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str, lang: Lang) -> Scanner<'a> {
        let mut chars = Vec::new();
        let mut offs = Vec::new();
        for (o, c) in text.char_indices() {
            chars.push(c);
            offs.push(o);
        }
        offs.push(text.len());
        Scanner {
            text,
            chars,
            offs,
            lang,
        }
    }

    fn n(&self) -> usize {
        self.chars.len()
    }

    fn at(&self, i: usize) -> char {
        self.chars.get(i).copied().unwrap_or('\0')
    }

    fn cjk(&self) -> bool {
        conventions::cjk_numerals(self.lang)
    }

    fn mention(&self, start: usize, end: usize, kind: Kind, readings: Vec<Reading>) -> Mention {
        Mention {
            range: self.offs[start]..self.offs[end.min(self.n())],
            kind,
            readings,
            locale_alt: None,
            unit: None,
            scale: None,
            words: false,
            strength: Strength::Strong,
            approx: false,
            calendar: None,
            score: None,
            decimals: None,
        }
    }

    fn scan(&self) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.n() {
            let c = self.chars[i];
            if self.cjk() {
                if let Some(next) = self.cjk_weekday_at(i, &mut out) {
                    i = next;
                    continue;
                }
            }
            if is_digit(c) && (i == 0 || !is_digit(self.chars[i - 1])) {
                let next = self.number_at(i, &mut out);
                i = next.max(i + 1);
                continue;
            }
            if self.cjk()
                && (han_digit(c).is_some() || han_unit(c).is_some())
                && (i == 0 || han_unit(self.chars[i - 1]).is_none())
            {
                if let Some(next) = self.han_at(i, &mut out) {
                    i = next.max(i + 1);
                    continue;
                }
            }
            if is_word_char(c) && (i == 0 || !is_word_char(self.chars[i - 1])) {
                let next = self.words_at(i, &mut out);
                i = next.max(i + 1);
                continue;
            }
            i += 1;
        }
        out.sort_by_key(|m| (m.range.start, m.range.end));
        out
    }

    fn word_end(&self, i: usize) -> usize {
        let mut j = i;
        loop {
            while j < self.n() && is_word_char(self.chars[j]) {
                j += 1;
            }
            // Ukrainian spells an apostrophe inside words ("п'ять", "дев'ять").
            if self.lang == Lang::Uk
                && j > i
                && matches!(self.at(j), '\'' | '’')
                && is_word_char(self.at(j + 1))
            {
                j += 1;
                continue;
            }
            return j;
        }
    }

    fn lower(&self, i: usize, j: usize) -> String {
        let word = &self.chars[i..j.min(self.n())];
        // As `str::to_lowercase`, one character at a time; a capital sigma
        // depends on its neighbours and takes the string's own rule.
        let mut w = String::with_capacity(word.len());
        if word.contains(&'Σ') {
            w = word.iter().collect::<String>().to_lowercase();
        } else {
            for &c in word {
                if c.is_ascii() {
                    w.push(c.to_ascii_lowercase());
                } else {
                    w.extend(c.to_lowercase());
                }
            }
        }
        if self.lang == Lang::Uk && w.contains(['’', 'ʼ']) {
            w.replace(['’', 'ʼ'], "'")
        } else {
            w
        }
    }

    /// The next word after `j`, skipping spaces: (start, end, lower-cased).
    fn next_word(&self, j: usize) -> Option<(usize, usize, String)> {
        let mut k = j;
        while k < self.n() && is_space(self.chars[k]) && k - j < 3 {
            k += 1;
        }
        if k < self.n() && is_word_char(self.chars[k]) {
            let e = self.word_end(k);
            return Some((k, e, self.lower(k, e)));
        }
        None
    }

    /// Where the word before char `i` starts (spaces skipped), or `i`.
    fn word_start_before(&self, i: usize) -> usize {
        let mut k = i;
        while k > 0 && is_space(self.chars[k - 1]) && i - k < 3 {
            k -= 1;
        }
        while k > 0 && is_word_char(self.chars[k - 1]) {
            k -= 1;
        }
        k
    }

    /// The word before char `i`, skipping spaces and an apostrophe.
    fn prev_word(&self, i: usize) -> Option<String> {
        let mut k = i;
        while k > 0
            && (is_space(self.chars[k - 1]) || matches!(self.chars[k - 1], '\'' | '’'))
            && i - k < 3
        {
            k -= 1;
        }
        let e = k;
        while k > 0 && is_word_char(self.chars[k - 1]) {
            k -= 1;
        }
        (k < e).then(|| self.lower(k, e))
    }

    /// The end of the words of `phrase` (lower-cased) right after `j`.
    fn phrase_end(&self, j: usize, phrase: &[&str]) -> Option<usize> {
        let mut k = j;
        for w in phrase {
            match self.next_word(k) {
                Some((_, e, word)) if word == *w => k = e,
                _ => return None,
            }
        }
        Some(k)
    }
}

/// The scale word after the second end of a range counts for the first end
/// too, in every language: "1,5 bis 2 Millionen" is 1.5 million to 2 million,
/// "between 3 and 4 billion", "от 1,5 до 2 млрд". The ends are joined by a
/// dash or a `range` word of `number-context.txt` (currency signs between
/// them aside), and the first end, bare, is smaller than the second's number.
/// "1 млн 780 тыс.", "2 mld. 300 mil.": a number written as its millions and
/// its thousands, each with its scale word, is one number (1,780,000).
fn join_scale_parts(text: &str, ms: &mut Vec<Mention>) {
    let parts = |a: &Mention, b: &Mention| match (a.scale, b.scale) {
        (Some(sa), Some(sb)) => {
            sb < sa
                && b.primary().value < sa
                && a.kind == Kind::Cardinal
                && b.kind == Kind::Cardinal
                && a.primary().domain == Domain::Quantity
                && b.primary().domain == Domain::Quantity
                && text
                    .get(a.range.end..b.range.start)
                    .is_some_and(|g| !g.is_empty() && g.chars().all(char::is_whitespace))
        }
        _ => false,
    };
    join_into_previous(ms, parts, |a, m| {
        a.readings = vec![Reading::q(a.primary().value + m.primary().value)];
        a.unit = a.unit.or(m.unit);
        a.scale = m.scale;
        a.decimals = None;
    });
}

/// In one pass, each mention that `joins` the one kept before it is merged
/// into it (`merge`, then its range extended) instead of being kept.
fn join_into_previous(
    ms: &mut Vec<Mention>,
    joins: impl Fn(&Mention, &Mention) -> bool,
    merge: impl Fn(&mut Mention, &Mention),
) {
    if !ms.windows(2).any(|w| joins(&w[0], &w[1])) {
        return;
    }
    let mut kept: Vec<Mention> = Vec::with_capacity(ms.len());
    for m in ms.drain(..) {
        match kept.last_mut() {
            Some(a) if joins(a, &m) => {
                merge(a, &m);
                a.range.end = m.range.end;
            }
            _ => kept.push(m),
        }
    }
    *ms = kept;
}

fn share_range_scale(text: &str, lang: Lang, ms: &mut [Mention]) {
    for i in 1..ms.len() {
        let (a, b) = (&ms[i - 1], &ms[i]);
        let Some(scale) = b.scale else { continue };
        // A percentage or another unit before "to" is no end of the range
        // ("rose 0.7% to 1.7 trillion yen").
        // A currency before the first end is the whole range's ("€90-110
        // million").
        let other_unit = match (a.unit, b.unit) {
            (Some(u), Some(v)) => u != v,
            (Some(u), None) => u == "%",
            _ => false,
        };
        if a.scale.is_some()
            || a.words
            || a.kind != Kind::Cardinal
            || other_unit
            || a.primary().domain != Domain::Quantity
        {
            continue;
        }
        let Some(between) = text.get(a.range.end..b.range.start) else {
            continue;
        };
        let between = between
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '$' | '€' | '£' | '¥'))
            .to_lowercase();
        // The second end may be approximate ("de 20 a unos 14 millones").
        let mut words: Vec<&str> = between.split_whitespace().collect();
        if words.len() >= 2 {
            for p in conventions::context(lang, "approx-before") {
                if words.len() > p.len() && words.ends_with(p) {
                    words.truncate(words.len() - p.len());
                    break;
                }
            }
        }
        // ... and open on an article ("tra i 50 e i 70 miliardi").
        if words.len() == 2 && crate::lang::words::is_determiner(lang, words[1]) {
            words.pop();
        }
        let joined = joins_range(lang, &words.join(" "));
        // Rising ("from 5 to 7 million") or falling within the scale's reach
        // ("de 20 a 14 millones"); a year or a small count before a sum is
        // no first end ("in 2019 to 3 million").
        let (va, vb) = (a.primary().value, b.primary().value / scale);
        if !(joined && va > 0.0 && (va < vb || va < vb * 10.0 && va < 1000.0)) {
            continue;
        }
        let a = &mut ms[i - 1];
        a.readings[0].value = va * scale;
        a.scale = Some(scale);
    }
}

/// Whether `between` (lower case, trimmed), the text between two numbers,
/// joins them as the ends of a range: a dash or one of `lang`'s one-word
/// range words (`range` in `number-context.txt`: "to", "bis", "až").
pub(super) fn joins_range(lang: Lang, between: &str) -> bool {
    matches!(between, "-" | "–" | "—")
        || conventions::context(lang, "range")
            .iter()
            .any(|p| p.len() == 1 && p[0] == between)
}

/// How far back (in characters, within the sentence) a word of frost makes
/// the degrees after it below zero.
const FROST_REACH_CHARS: usize = 60;

/// Ukrainian, Russian and Polish give a frost's degrees without a sign
/// ("мороз посилиться до 8–12 градусів", "mróz do 15 stopni"), which other
/// languages write as minus 8 to minus 12: after one of the language's words
/// of frost (`frost` in `number-context.txt`), within the sentence, a
/// positive count also reads as its negative.
fn below_zero_in_frost(text: &str, lang: Lang, ms: &mut [Mention]) {
    let frost = conventions::context(lang, "frost");
    if frost.is_empty() {
        return;
    }
    for m in ms.iter_mut() {
        let r = m.primary();
        if r.domain != Domain::Quantity || r.value <= 0.0 || m.unit.is_some_and(|u| u != "°C") {
            continue;
        }
        let before: String = {
            let head = &text[..m.range.start];
            let mut cs: Vec<char> = head
                .chars()
                .rev()
                .take(FROST_REACH_CHARS)
                .take_while(|c| !matches!(c, '.' | '!' | '?' | ';' | '\n'))
                .collect();
            cs.reverse();
            cs.into_iter().collect::<String>().to_lowercase()
        };
        let said = before
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| frost.iter().any(|p| p.len() == 1 && p[0] == w));
        if said && !m.readings.iter().any(|x| x.value == -r.value) {
            let neg = Reading::q(-r.value);
            m.readings.push(neg);
        }
    }
}

/// A range gives its first end the unit of its second: "80-85 mph" is 80
/// mph to 85 mph, "130–137 km/h" 130 km/h to 137 km/h, so that either end
/// pairs with the other language's conversion of it. The first end is a bare
/// number, joined to the second by a dash or one of the language's range
/// words (`range` in `number-context.txt`), and below it.
fn share_range_unit(text: &str, lang: Lang, ms: &mut [Mention]) {
    for i in 1..ms.len() {
        let (a, b) = (&ms[i - 1], &ms[i]);
        let Some(unit) = b.unit else { continue };
        if a.unit.is_some()
            || a.scale.is_some()
            || a.words
            || a.kind != Kind::Cardinal
            || a.primary().domain != Domain::Quantity
            || b.primary().domain != Domain::Quantity
        {
            continue;
        }
        let Some(between) = text.get(a.range.end..b.range.start) else {
            continue;
        };
        let joined = joins_range(lang, &between.trim().to_lowercase());
        let (va, vb) = (a.primary().value, b.primary().value);
        if joined && 0.0 < va && va < vb {
            ms[i - 1].unit = Some(unit);
        }
    }
}

/// A time taken in hours, minutes and seconds ("2時間5分6秒", "2 hours, 5
/// minutes and 6 seconds", "4 h 02 min 37 s") or in minutes and seconds
/// written with symbols ("1 min 07 s"): one time, as the other language may
/// write it with colons ("2:05:06", "1:07 Minuten", which is read as minutes
/// and seconds too).
fn join_race_times(text: &str, lang: Lang, out: &mut Vec<Mention>) {
    #[derive(Clone, Copy, PartialEq)]
    enum Part {
        Hours,
        Minutes,
        Seconds,
    }
    let cjk = matches!(lang, Lang::Ja | Lang::Zh);
    // The part a mention counts, its count and where its unit ends.
    let part = |m: &Mention| -> Option<(Part, f64, usize)> {
        // An hour word that also names a time of day ("4 horas", "4 Uhr")
        // counts hours when minutes and seconds follow it.
        if !cjk && m.kind == Kind::Time {
            let hours = m.readings.iter().find(|r| r.domain == Domain::Quantity)?;
            return (hours.value >= 0.0 && hours.value.fract() == 0.0).then_some((
                Part::Hours,
                hours.value,
                m.range.end,
            ));
        }
        let r = m.primary();
        if r.domain != Domain::Quantity
            || m.kind != Kind::Cardinal
            || m.scale.is_some()
            || r.value < 0.0
        {
            return None;
        }
        // Only seconds may have decimals ("41.3 seconds").
        let whole = r.value.fract() == 0.0;
        if cjk {
            let rest = text.get(m.range.end..)?;
            let units: &[(&str, Part)] = &[
                ("時間", Part::Hours),
                ("小时", Part::Hours),
                ("小時", Part::Hours),
                ("分钟", Part::Minutes),
                ("分鐘", Part::Minutes),
                ("分", Part::Minutes),
                ("秒", Part::Seconds),
            ];
            return units
                .iter()
                .find(|(u, _)| rest.starts_with(u))
                .filter(|&&(_, p)| whole || p == Part::Seconds)
                .map(|&(u, p)| (p, r.value, m.range.end + u.len()));
        }
        let p = match m.unit {
            Some("hour") => Part::Hours,
            Some("min") => Part::Minutes,
            Some("sec") => Part::Seconds,
            None if seconds_symbol(text, m) => Part::Seconds,
            _ => return None,
        };
        (whole || p == Part::Seconds).then_some((p, r.value, m.range.end))
    };
    // Between two parts: nothing (CJK), or the unit word and a comma or a
    // word ("and", "und").
    let short_gap = |a_end: usize, b: &Mention| {
        text.get(a_end..b.range.start).is_some_and(|g| {
            (cjk && g.is_empty())
                || (!cjk
                    && g.split(|c: char| c.is_whitespace() || c == ',')
                        .filter(|w| !w.is_empty())
                        .count()
                        <= 2
                    && g.chars().count() <= 16)
        })
    };
    // (first mention, mentions joined, end, seconds)
    let mut joins: Vec<(usize, usize, usize, f64)> = Vec::new();
    let mut i = 0;
    while i < out.len() {
        let mut parts: Vec<(Part, f64, usize)> = Vec::new();
        let mut k = i;
        while let Some(m) = out.get(k) {
            let Some((p, value, end)) = part(m) else {
                break;
            };
            let follows = parts.last().is_none_or(|&(last, _, last_end)| {
                let next = match last {
                    Part::Hours => Part::Minutes,
                    _ => Part::Seconds,
                };
                p == next && last != Part::Seconds && short_gap(last_end, m)
            });
            let max = if p == Part::Hours { 100.0 } else { 60.0 };
            if !follows || (!parts.is_empty() && value >= max) {
                break;
            }
            parts.push((p, value, end));
            k += 1;
        }
        // Hours, minutes and seconds; or minutes and seconds written with
        // the symbols ("1 min 07 s"). Hours and minutes alone, or minutes and
        // seconds in words, stay counts: the other language may not join them
        // ("3 hodiny a 42 minut", "1 minute 47 seconds").
        let symbols = !cjk
            && parts.len() == 2
            && out
                .get(k - 1)
                .is_some_and(|last| seconds_symbol(text, last))
            && out.get(i).is_some_and(|first| {
                text.get(first.range.end..)
                    .is_some_and(|r| r.trim_start().starts_with("min "))
            });
        // "1分54秒12": minutes and seconds with hundredths after them are a
        // race time in Chinese and Japanese.
        let cjk_race = cjk
            && parts.len() == 2
            && parts[0].0 == Part::Minutes
            && parts[1].0 == Part::Seconds
            && text
                .get(parts[1].2..)
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        let first_ok = parts
            .first()
            .is_some_and(|&(p, v, _)| p == Part::Hours && v < 100.0 || p == Part::Minutes);
        if first_ok && (parts.len() == 3 || symbols || cjk_race) {
            let secs: f64 = parts
                .iter()
                .map(|&(p, v, _)| match p {
                    Part::Hours => v * 3600.0,
                    Part::Minutes => v * 60.0,
                    Part::Seconds => v,
                })
                .sum();
            let end = if cjk {
                parts[parts.len() - 1].2
            } else {
                out[k - 1].range.end
            };
            joins.push((i, k - i, end, secs));
            i = k;
        } else {
            // "2小时04分": hours and minutes stay counts, with their units,
            // which the comparison reads as one duration ("2:04").
            if cjk && parts.len() == 2 && parts[0].0 == Part::Hours {
                out[i].unit = Some("hour");
                out[i + 1].unit = Some("min");
            }
            // "20 minutes 41.3 seconds" in words stay counts, and are also
            // the time the other language may write with a colon
            // ("20:41,3"): the minutes take that reading too, and the
            // seconds are held against other seconds only.
            if !cjk
                && parts.len() == 2
                && parts[0].0 == Part::Minutes
                && parts[1].0 == Part::Seconds
            {
                let secs = parts[0].1 * 60.0 + parts[1].1;
                out[i].readings.push(Reading {
                    domain: Domain::Time,
                    value: secs,
                });
                out[i + 1].strength = Strength::PairOnly;
            }
            i += 1;
        }
    }
    // Last to first, so that the indices before stay valid.
    for &(i, n, end, secs) in joins.iter().rev() {
        out.drain(i + 1..i + n);
        let t = &mut out[i];
        t.kind = Kind::Time;
        t.readings = vec![Reading {
            domain: Domain::Time,
            value: secs,
        }];
        t.range.end = end;
    }
    minutes_and_seconds(text, out);
    race_hundredths(text, lang, out);
}

/// The symbol "s" (Cyrillic "с") after a number, as a time written with
/// "h" and "min" ends ("4 h 02 min 37 s", "1 min 07 s", "2 ч 04 мин 37 с");
/// read only there, since a lone "s" after a number is also a word ("s" is
/// "with" in Czech, "с" in Russian).
fn seconds_symbol(text: &str, m: &Mention) -> bool {
    let rest = text.get(m.range.end..).unwrap_or("");
    let rest = rest
        .strip_prefix([' ', '\u{a0}', '\u{202f}'])
        .unwrap_or(rest);
    rest.strip_prefix(['s', 'с'])
        .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
}

/// "21 centièmes", "3 Zehntel": a count of hundredths or tenths (of a second,
/// mostly) is also that share (0.21, 0.3), the way other languages write it
/// (`hundredths` and `tenths` in `number-context.txt`).
fn tenths_and_hundredths(text: &str, lang: Lang, ms: &mut [Mention]) {
    let roles = [("hundredths", 100.0), ("tenths", 10.0)];
    if roles
        .iter()
        .all(|(r, _)| conventions::context(lang, r).is_empty())
    {
        return;
    }
    for m in ms.iter_mut() {
        let p = m.primary();
        if p.domain != Domain::Quantity || m.kind != Kind::Cardinal || m.words {
            continue;
        }
        let Some(next) = text[m.range.end..].split_whitespace().next() else {
            continue;
        };
        let next = next
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if let Some(&(_, d)) = roles
            .iter()
            .find(|(r, _)| conventions::is_word_of(lang, r, &next))
        {
            m.readings.push(Reading::q(p.value / d));
        }
    }
}

/// "1 min 52 s 38", "20 min 41 s 6": French and Italian sports reports give
/// the hundredths or tenths after the seconds' symbol; they belong to the
/// time. A gap in seconds alone is written so too ("à 8 s 3", 8.3 seconds).
fn race_hundredths(text: &str, lang: Lang, out: &mut Vec<Mention>) {
    // The fraction the digits after " s " give: one digit tenths, two
    // hundredths.
    let fraction = |b: &Mention| {
        let w = text.get(b.range.clone())?;
        if b.kind != Kind::Cardinal || !w.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        match w.len() {
            1 => Some(10.0),
            2 => Some(100.0),
            _ => None,
        }
    };
    // " s " after the seconds, or nothing after 秒 ("1分54秒12").
    let after_s = |a: &Mention, b: &Mention| {
        let gap = text.get(a.range.end..b.range.start);
        let cjk_seconds = gap == Some("")
            && a.kind == Kind::Time
            && text.get(..a.range.end).is_some_and(|t| t.ends_with('秒'));
        (gap == Some(" s ") || cjk_seconds) && fraction(b).is_some()
    };
    let seconds = |a: &Mention| {
        matches!(lang, Lang::Fr | Lang::It)
            && a.kind == Kind::Cardinal
            && a.unit.is_none()
            && a.primary().domain == Domain::Quantity
            && a.primary().value < 60.0
    };
    join_into_previous(
        out,
        |a, b| (a.kind == Kind::Time || seconds(a)) && after_s(a, b),
        |a, b| {
            let part = b.primary().value / fraction(b).unwrap_or(100.0);
            if a.kind == Kind::Time {
                for r in a.readings.iter_mut().filter(|r| r.domain == Domain::Time) {
                    r.value += part;
                }
            } else {
                a.readings = vec![Reading::q(a.primary().value + part)];
                a.unit = Some("sec");
            }
        },
    );
}

/// "4 h 02 min 37 s" (a time read as "4 h 02" and a count of seconds), and
/// "1:07 Minuten", "3:45 min" (a clock written before a word of minutes:
/// minutes and seconds): the seconds joined, the minutes read.
fn minutes_and_seconds(text: &str, out: &mut Vec<Mention>) {
    let first_time = |m: &Mention| {
        m.readings
            .iter()
            .find(|r| r.domain == Domain::Time)
            .map(|r| r.value)
    };
    join_into_previous(
        out,
        |a, b| {
            let gap = text.get(a.range.end..b.range.start).unwrap_or("");
            a.kind == Kind::Time
                && (b.unit == Some("sec") || seconds_symbol(text, b))
                && b.kind == Kind::Cardinal
                && b.primary().value < 60.0
                && gap.trim() == "min"
                && first_time(a).is_some()
        },
        |a, b| {
            let t = first_time(a).unwrap_or(0.0);
            a.readings = vec![Reading {
                domain: Domain::Time,
                value: t + b.primary().value,
            }];
        },
    );
    for m in out.iter_mut().filter(|m| m.kind == Kind::Time) {
        let written = text.get(m.range.clone()).unwrap_or("");
        // One colon: "1:07", not "2:05:06".
        let Some((mi, se)) = written.split_once(':').filter(|(_, se)| !se.contains(':')) else {
            continue;
        };
        let after = text.get(m.range.end..).unwrap_or("");
        let next = after.split_whitespace().next().map(|w| {
            w.trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        });
        if next.is_none_or(|w| units::unit_of(&w) != Some("min")) {
            continue;
        }
        if let (Ok(mi), Ok(se)) = (mi.trim().parse::<f64>(), se.trim().parse::<f64>()) {
            if se < 60.0 {
                m.readings.push(Reading {
                    domain: Domain::Time,
                    value: mi * 60.0 + se,
                });
            }
        }
    }
}

/// Chinese and Japanese write a length in two units, the larger first
/// ("2メートル40センチ", 2.4 m; "3公里200米", 3.2 km; a height "1米85", the
/// centimetres left unnamed), and a sum of money in its unit and subunit
/// ("852円31銭", 852.31 yen; "3元5角", 3.5 yuan): one value, in the larger
/// unit.
fn join_lengths(text: &str, lang: Lang, out: &mut Vec<Mention>) {
    // Unit words, longest first, their size in metres or in the currency's
    // unit, and whether they are lengths (a height's centimetres may go
    // unnamed; a subunit of money is always named).
    const JA: &[(&str, f64, bool)] = &[
        ("キロメートル", 1000.0, true),
        ("センチメートル", 0.01, true),
        ("ミリメートル", 0.001, true),
        ("メートル", 1.0, true),
        ("センチ", 0.01, true),
        ("ミリ", 0.001, true),
        ("円", 1.0, false),
        ("銭", 0.01, false),
    ];
    // 米 is a metre in Chinese only (in Japanese, rice or America).
    const ZH: &[(&str, f64, bool)] = &[
        ("公里", 1000.0, true),
        ("厘米", 0.01, true),
        ("毫米", 0.001, true),
        ("米", 1.0, true),
        ("元", 1.0, false),
        ("角", 0.1, false),
    ];
    let units = match lang {
        Lang::Ja => JA,
        Lang::Zh => ZH,
        _ => return,
    };
    let unit_at = |at: usize| {
        units
            .iter()
            .find(|(u, ..)| text[at..].starts_with(u))
            .map(|&(u, size, length)| (u.len(), size, length))
    };
    // Each mention is kept or joined into the one before it, in one pass.
    // A joined length takes no third part.
    let mut kept: Vec<Mention> = Vec::with_capacity(out.len());
    let mut last_joined = false;
    for b in out.drain(..) {
        let joined = kept.last().filter(|_| !last_joined).and_then(|a| {
            let quantities = a.primary().domain == Domain::Quantity
                && b.primary().domain == Domain::Quantity
                && a.scale.is_none();
            let (len_a, big, length) = quantities.then(|| unit_at(a.range.end)).flatten()?;
            if a.range.end + len_a != b.range.start {
                return None;
            }
            // The second unit named, of the same kind, or (a height in
            // metres) centimetres understood after two digits.
            let (len_b, size) = match unit_at(b.range.end) {
                Some((len_b, size, l)) if size < big && l == length => (len_b, size),
                None if length && big == 1.0 && (10.0..100.0).contains(&b.primary().value) => {
                    (0, 0.01)
                }
                _ => return None,
            };
            Some((
                a.primary().value + b.primary().value * size / big,
                b.range.end + len_b,
            ))
        });
        last_joined = joined.is_some();
        match (joined, kept.last_mut()) {
            (Some((value, end)), Some(a)) => {
                a.readings[0].value = value;
                a.range.end = end;
            }
            _ => kept.push(b),
        }
    }
    *out = kept;
}

/// A count before a collective number noun ("two decades", "два десятка",
/// "three dozen", "три сотни") is the count of them and their product: 2 and
/// 20 years. The noun is a weak number word of ten, twelve or a hundred
/// right after the count.
fn count_of_collectives(text: &str, ms: &mut [Mention]) {
    for k in 1..ms.len() {
        let (a, b) = (&ms[k - 1], &ms[k]);
        let (ra, rb) = (a.primary(), b.primary());
        let collective = b.words
            && b.strength == Strength::MatchOnly
            && b.kind == Kind::Cardinal
            && rb.domain == Domain::Quantity
            && matches!(rb.value, 10.0 | 12.0 | 100.0);
        let count = a.kind == Kind::Cardinal
            && ra.domain == Domain::Quantity
            && ra.value > 0.0
            && ra.value < 100.0
            && a.scale.is_none();
        let adjacent = text
            .get(a.range.end..b.range.start)
            .is_some_and(|g| !g.is_empty() && g.chars().all(|c| c.is_whitespace() || c == '-'));
        if collective && count && adjacent {
            let product = ra.value * rb.value;
            ms[k - 1].readings.push(Reading::q(product));
        }
    }
}

/// Marks the numbers that words before them (and CJK marks after them) make
/// approximate (`approx-before`, `approx-after` in `number-context.txt`).
fn mark_approx(text: &str, ms: &mut [Mention]) {
    for m in ms.iter_mut() {
        let mut lo = m.range.start.saturating_sub(24);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let before = text[lo..m.range.start].to_lowercase();
        let before = before.trim_end();
        let mut hi = (m.range.end + 8).min(text.len());
        while !text.is_char_boundary(hi) {
            hi -= 1;
        }
        let after = &text[m.range.end..hi];
        m.approx = m.approx
            || conventions::context_any_text("approx-before")
                .iter()
                .any(|a| {
                    before.ends_with(a.as_str())
                        && before[..before.len() - a.len()]
                            .chars()
                            .last()
                            .is_none_or(|c| !c.is_alphanumeric() || is_cjk(c))
                })
            || conventions::context_any_text("approx-after")
                .iter()
                .any(|a| after.starts_with(a.as_str()));
    }
}

#[cfg(test)]
mod tests;
