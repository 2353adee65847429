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
mod cjk_counters;
mod clock_words;
mod context;
mod datetime;
mod digits;
mod halves;
mod joins;
mod literal;
mod race_times;
mod rates;
mod roman;
mod scores;
mod signs;
mod spelled;
mod times;
mod units;
mod word_groups;

use cjk::{han_digit, han_unit};
use cjk_counters::Counted;
use context::{
    below_zero_in_frost, count_of_collectives, count_of_list, decades_of_centuries, mark_approx,
    tenths_and_hundredths, vague_counts,
};
use datetime::{assemble_dates, link_weekdays};
use joins::{
    elided_scale, join_lengths, join_scale_parts, join_thousands_and_rest, joins_range,
    share_range_scale, share_range_unit,
};
use literal::Literal;
use race_times::join_race_times;
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
    join_thousands_and_rest(text, &mut out);
    times_as_percent(text, lang, &mut out);
    elided_scale(text, &mut out);
    halves::half_minutes(text, lang, &mut out);
    join_lengths(text, lang, &mut out);
    join_race_times(text, lang, &mut out);
    joins::years_and_months(text, lang, &mut out);
    joins::months_as_years(text, lang, &mut out);
    clock_words::mark_clock_words(text, lang, &mut out);
    halves::add_a_half(text, lang, &mut out);
    halves::half_then_scale(text, lang, &mut out);
    halves::article_and_a_half(text, lang, &mut out);
    halves::article_before_unit(text, lang, &mut out);
    rates::mark_rates(text, lang, &mut out);
    rates::mark_per_one(text, lang, &mut out);
    halves::cjk_half(text, lang, &mut out);
    tenths_and_hundredths(text, lang, &mut out);
    count_of_collectives(text, &mut out);
    count_of_list(text, lang, &mut out);
    decades_of_centuries(text, lang, &mut out);
    context::year_of_life(text, lang, &mut out);
    vague_counts(text, lang, &mut out);
    times::range_of_hours(text, lang, &mut out);
    link_weekdays(text, &mut out);
    mark_scores(text, lang, &mut out);
    end_of_day_is_midnight(&mut out);
    podium_ranks(text, lang, &mut out);
    zero_counts(text, &mut out);
    stoppage_time_base(text, &mut out);
    out
}

/// "90+3", "45+2'": a minute of stoppage time written as the end of the
/// half and the minutes added. A report in words gives only the added
/// minutes ("in the third minute of stoppage time", "en el tercer minuto
/// del descuento"), so the half's end is held against another number it
/// stands for, never reported alone.
fn stoppage_time_base(text: &str, out: &mut [Mention]) {
    const HALF_ENDS: [&str; 4] = ["45", "90", "105", "120"];
    for m in out.iter_mut() {
        let Some(written) = text.get(m.range.clone()) else {
            continue;
        };
        let added = text[m.range.end..]
            .strip_prefix('+')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        if added && HALF_ENDS.contains(&written) && m.strength == Strength::Strong {
            m.strength = Strength::PairOnly;
        }
    }
}

/// "0 misses", "0 Gegentore": a count of none, which every language also
/// says with a negative word ("no misses", "ohne Fehler", "sans faute"): held
/// against another number it stands for ("0" / "1 miss"), never reported
/// alone. A zero with a unit, a percent sign or a scale stays a value.
fn zero_counts(text: &str, out: &mut [Mention]) {
    for m in out.iter_mut() {
        let bare_zero = m.kind == Kind::Cardinal
            && m.unit.is_none()
            && m.scale.is_none()
            && !m.words
            && m.strength == Strength::Strong
            && text.get(m.range.clone()) == Some("0");
        if bare_zero {
            m.strength = Strength::PairOnly;
        }
    }
}

/// "2位", "第2名": a place in a race or a table. A podium place (first to
/// third) is as often said by a word (winner, runner-up, bronze) or left to
/// the sentence ("41 seconds ahead of") as written as a number: it is
/// reported against another number it stands for ("2nd" / "3位"), never
/// alone. Lower places stay numbers.
fn podium_ranks(text: &str, lang: Lang, ms: &mut [Mention]) {
    const PODIUM: f64 = 3.0;
    if !matches!(lang, Lang::Ja | Lang::Zh) {
        return;
    }
    for m in ms.iter_mut() {
        let p = m.primary();
        let rank = text.get(m.range.end..).is_some_and(|r| {
            r.starts_with('位') || (r.starts_with('名') && text[..m.range.start].ends_with('第'))
        });
        if rank && p.domain == Domain::Quantity && (1.0..=PODIUM).contains(&p.value) {
            m.kind = Kind::Ordinal;
            m.strength = Strength::PairOnly;
        }
    }
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
            per: None,
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

    /// The abbreviation right before char `i`, with its full stop and
    /// lower-cased ("godz." before "godz. 18"), if the word before is one.
    fn prev_abbreviation(&self, i: usize) -> Option<String> {
        let mut k = i;
        while k > 0 && is_space(self.chars[k - 1]) && i - k < 3 {
            k -= 1;
        }
        if k == i || k == 0 || self.chars[k - 1] != '.' {
            return None;
        }
        let e = k;
        k -= 1;
        while k > 0 && self.chars[k - 1].is_alphabetic() {
            k -= 1;
        }
        (k + 1 < e).then(|| self.lower(k, e))
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

#[cfg(test)]
mod tests;

/// "增长约1.3倍" (grew about 1.3 times), "売上高は2倍に": a multiple in
/// Chinese or Japanese, which a translation may give as the rise in per cent
/// ("up about 130 percent"): that is a second reading.
fn times_as_percent(text: &str, lang: Lang, out: &mut [Mention]) {
    if !matches!(lang, Lang::Zh | Lang::Ja) {
        return;
    }
    for m in out.iter_mut() {
        let r = m.primary();
        if m.kind == Kind::Cardinal
            && r.domain == Domain::Quantity
            && m.scale.is_none()
            && r.value > 0.0
            && text.get(m.range.end..).is_some_and(|t| t.starts_with('倍'))
        {
            m.readings.push(Reading::q(r.value * 100.0));
        }
    }
}
