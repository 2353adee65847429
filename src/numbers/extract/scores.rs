//! Scores of games ("3-1", "3–1", "2:0"): two small numbers joined by a dash
//! or a colon in a sentence that speaks of a game, in the words of the
//! language's `score` role in `number-context.txt` ("beat", "victoire",
//! "Sieg", "zápas"). Both numbers keep their own mentions; they are marked
//! with the score so that a changed score is compared as one.

use super::*;

/// The separators a score is written with, between its two numbers.
const SEPARATORS: &[&str] = &["-", "–", ":", " - ", " – "];

/// Whether the sentence of `text` around byte range `at` has a word of the
/// language's `score` role (a word counts when it starts with one of them).
fn speaks_of_a_game(text: &str, at: std::ops::Range<usize>, lang: Lang) -> bool {
    let stems = conventions::context(lang, "score");
    if stems.is_empty() {
        return false;
    }
    let ends = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let start = text[..at.start].rfind(ends).map_or(0, |p| p + 1);
    let end = text[at.end..].find(ends).map_or(text.len(), |p| at.end + p);
    let sentence = text[start..end].to_lowercase();
    // A word is read whole and, when it has hyphens, in its parts too
    // ("half-time", "semi-final" are words of the lists; "Pokal-Halbfinale").
    sentence
        .split(|c: char| !c.is_alphanumeric() && !matches!(c, '\'' | '’' | '-' | '‑'))
        .flat_map(|w| {
            let w = w.trim_matches(|c| matches!(c, '-' | '‑'));
            let parts = w.contains(['-', '‑']).then(|| w.split(['-', '‑']));
            std::iter::once(w).chain(parts.into_iter().flatten())
        })
        .filter(|w| !w.is_empty())
        .any(|w| {
            stems.iter().any(|s| match s.as_slice() {
                [s] => s.strip_suffix('*').map_or(w == *s, |p| w.starts_with(p)),
                _ => false,
            })
        })
}

/// Marks the two numbers of every score in `ms` with their score.
pub(super) fn mark_scores(text: &str, lang: Lang, ms: &mut [Mention]) {
    let small = |m: &Mention| {
        let v = m.primary().value.abs();
        m.primary().domain == Domain::Quantity
            && matches!(m.kind, Kind::Cardinal)
            && !m.words
            && m.unit.is_none()
            && m.scale.is_none()
            && v.fract() == 0.0
            && v <= 99.0
    };
    for k in 1..ms.len() {
        let (a, b) = (&ms[k - 1], &ms[k]);
        if !small(a) || !small(b) || a.range.end > b.range.start {
            continue;
        }
        let Some(gap) = text.get(a.range.end..b.range.start) else {
            continue;
        };
        // The dash may have been read as the second number's sign ("3-1").
        let signed = gap.is_empty()
            && b.primary().value < 0.0
            && text[b.range.clone()].starts_with(['-', '–']);
        if !(SEPARATORS.contains(&gap) || signed) {
            continue;
        }
        let before = text[..a.range.start].chars().next_back();
        let after = text[b.range.end..].chars().next();
        let glued = |c: Option<char>| {
            c.is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '–' | ':' | '/' | '.' | ','))
        };
        if glued(before) || (glued(after) && !matches!(after, Some('.' | ','))) {
            continue;
        }
        if after.is_some_and(|c| matches!(c, '.' | ','))
            && text[b.range.end..]
                .chars()
                .nth(1)
                .is_some_and(|c| c.is_ascii_digit())
        {
            continue;
        }
        if !speaks_of_a_game(text, a.range.start..b.range.end, lang) {
            continue;
        }
        let score = Some((a.primary().value.abs(), b.primary().value.abs()));
        ms[k - 1].score = score;
        ms[k].score = score;
    }
}
