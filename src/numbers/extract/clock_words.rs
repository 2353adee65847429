//! Times of day in words: "half past nine", "halb zehn", "neuf heures et
//! demie", "las diez menos cuarto", "noon", "minuit". The phrases are each
//! language's `clock…` roles in `number-context.txt`:
//!
//! - `clock+30-before`, `clock+15-before`, `clock-15-before`, `clock-30-before`:
//!   a phrase before the hour that puts the time so many minutes after or
//!   before it ("half past" +30, "quarter to" −15, German "halb" −30);
//! - `clock+30-after`, `clock+15-after`, `clock-15-after`: the same after the
//!   hour ("et demie", "y cuarto", "menos cuarto"), with an hour word between
//!   if the language puts one there ("neuf heures et demie");
//! - `clock-hour`: the words for "o'clock" that may stand between;
//! - `clock-noon`, `clock-midnight`: words that are a time by themselves.
//!
//! The hour becomes a time (in both halves of the day), so "halb zehn"
//! matches "9:30", "21:30" and "half past nine", and not "half past ten".

use super::*;
use foldhash::HashMap;

const OFFSETS: &[(&str, f64)] = &[("+30", 30.0), ("+15", 15.0), ("-15", -15.0), ("-30", -30.0)];

/// The time readings of hour `h` (1–12, or 0–24) moved by `minutes`, in both
/// halves of the day.
fn readings(h: f64, minutes: f64) -> Vec<Reading> {
    let base = h * HOUR + minutes * 60.0;
    let day = 24.0 * HOUR;
    let mut out = vec![Reading {
        domain: Domain::Time,
        value: base.rem_euclid(day),
    }];
    if h <= 12.0 {
        out.push(Reading {
            domain: Domain::Time,
            value: (base + 12.0 * HOUR).rem_euclid(day),
        });
    }
    out
}

/// Lower-case words of `s`, letters only.
fn words_of(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether `words` ends (`at_end`) or starts with `phrase`.
fn has_phrase(words: &[String], phrase: &[&str], at_end: bool) -> bool {
    if phrase.is_empty() || phrase.len() > words.len() {
        return false;
    }
    let part = if at_end {
        &words[words.len() - phrase.len()..]
    } else {
        &words[..phrase.len()]
    };
    part.iter().zip(phrase).all(|(a, b)| a == b)
}

/// A language's clock phrases, read once from its `number-context.txt`.
struct Clock {
    /// Phrases before the hour, with their minutes from it.
    before: Vec<(&'static [&'static str], f64)>,
    /// Phrases after the hour (after an hour word, if any).
    after: Vec<(&'static [&'static str], f64)>,
    hour_words: &'static [Vec<&'static str>],
    /// Words after an hour that make it a time on the hour ("o'clock").
    exact: &'static [Vec<&'static str>],
    /// Words that are a time by themselves, with their hour.
    alone: Vec<(&'static str, f64)>,
}

fn clock(lang: Lang) -> &'static Clock {
    static CELL: OnceLock<HashMap<Lang, Clock>> = OnceLock::new();
    let all = CELL.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&l| {
                let mut before = Vec::new();
                let mut after = Vec::new();
                for (name, offset) in OFFSETS {
                    for p in conventions::context(l, &format!("clock{name}-before")) {
                        before.push((p.as_slice(), *offset));
                    }
                    for p in conventions::context(l, &format!("clock{name}-after")) {
                        after.push((p.as_slice(), *offset));
                    }
                }
                let mut alone = Vec::new();
                for (role, hour) in [("clock-noon", 12.0), ("clock-midnight", 0.0)] {
                    for p in conventions::context(l, role) {
                        if let [w] = p.as_slice() {
                            alone.push((*w, hour));
                        }
                    }
                }
                let hour_words = conventions::context(l, "clock-hour");
                let exact = conventions::context(l, "clock-exact");
                (
                    l,
                    Clock {
                        before,
                        after,
                        hour_words,
                        exact,
                        alone,
                    },
                )
            })
            .collect()
    });
    &all[&lang]
}

/// Adds a time reading to every hour written with a clock phrase, and a time
/// mention for every word that is a time by itself.
pub(super) fn mark_clock_words(text: &str, lang: Lang, ms: &mut Vec<Mention>) {
    let clock = clock(lang);
    if !clock.before.is_empty() || !clock.after.is_empty() {
        for m in ms.iter_mut() {
            hour_with_phrase(text, clock, m);
        }
    }
    if !clock.alone.is_empty() {
        words_alone(text, clock, ms);
    }
}

/// "half past ten" is a time, not a count of ten. An hour in digits keeps its
/// count too: the half hour is counted from the next hour in German and
/// Ukrainian ("halb 10", "пів 10" = 9:30) and from the hour in British English
/// ("half 10" = 10:30), and a translator may copy the figure across the two
/// conventions.
fn hour_with_phrase(text: &str, clock: &Clock, m: &mut Mention) {
    let v = m.primary().value;
    if m.primary().domain != Domain::Quantity
        || !matches!(m.kind, Kind::Cardinal | Kind::Ordinal)
        || v.fract() != 0.0
        || !(1.0..=12.0).contains(&v)
    {
        return;
    }
    let mut lo = m.range.start.saturating_sub(24);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (m.range.end + 32).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let before = words_of(&text[lo..m.range.start]);
    let mut after = words_of(&text[m.range.end..hi]);
    let on_the_hour = clock.exact.iter().any(|h| has_phrase(&after, h, false));
    let skip = clock
        .hour_words
        .iter()
        .filter(|h| has_phrase(&after, h, false))
        .map(|h| h.len())
        .max()
        .unwrap_or(0);
    after.drain(..skip);
    let minutes = clock
        .before
        .iter()
        .find(|(p, _)| has_phrase(&before, p, true))
        .or_else(|| {
            clock
                .after
                .iter()
                .find(|(p, _)| has_phrase(&after, p, false))
        })
        .map(|(_, min)| *min)
        .or(on_the_hour.then_some(0.0));
    if let Some(min) = minutes {
        let count = m.readings.clone();
        m.readings = readings(v, min);
        m.kind = Kind::Time;
        // "twelve o'clock" may stand for a bare hour in the other language
        // ("до дванадцяти"): the count stays a reading.
        if !m.words || on_the_hour {
            m.readings.extend(count);
        }
    }
}

/// "noon", "minuit": a time by themselves; they match a clock but are never
/// reported alone ("le Midi" is also the south of France).
fn words_alone(text: &str, clock: &Clock, ms: &mut Vec<Mention>) {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return;
    }
    let mut added = Vec::new();
    for &(word, hour) in &clock.alone {
        let mut from = 0;
        while let Some(p) = lower[from..].find(word) {
            let start = from + p;
            let end = start + word.len();
            from = end;
            let bounded = !lower[..start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                && !lower[end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            if !bounded {
                continue;
            }
            // "12 noon", "12 midnight": the figure is that time.
            if let Some(m) = ms.iter_mut().find(|m| {
                !m.words
                    && m.kind == Kind::Cardinal
                    && m.primary().value == 12.0
                    && text
                        .get(m.range.end..start)
                        .is_some_and(|g| !g.is_empty() && g.trim().is_empty())
            }) {
                let count = m.readings.clone();
                m.readings = readings(hour, 0.0);
                m.readings.extend(count);
                m.kind = Kind::Time;
                m.range.end = end;
                continue;
            }
            added.push(Mention::matching_words(
                start..end,
                Kind::Time,
                readings(hour, 0.0),
            ));
        }
    }
    if !added.is_empty() {
        ms.extend(added);
        ms.sort_by_key(|m| m.range.start);
    }
}
