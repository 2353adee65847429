//! Whether and how well two values left over can be paired: the strength of a
//! mention as evidence against the other language, the domain two mentions
//! share, the score of a candidate pair, and scale errors.

use super::Sides;
use crate::lang::Lang;
use crate::numbers::words;
use crate::numbers::{Domain, Kind, Mention, Strength};

/// The strength of a mention as evidence against the other side: a word
/// number cannot be held against a language whose number words are not read.
pub(super) fn strength(m: &Mention, other: Lang) -> Strength {
    if m.words && !words::has_words(other) {
        return Strength::MatchOnly;
    }
    if m.words && m.kind == Kind::Ordinal && !words::has_ordinal_words(other) {
        return Strength::MatchOnly;
    }
    m.strength
}

/// Number words kept as they stand in the other text are names, not numbers
/// ("the Ninth Ward" in a German source, "Otto Ritter"): they are demoted so
/// that they can match but are never reported. `text` is the text the
/// mentions' ranges point into; `other` the other side's text.
pub fn demote_kept_words(ms: &mut [Mention], text: &str, other: &str) {
    let other = other.to_lowercase();
    for m in ms
        .iter_mut()
        .filter(|m| m.words && m.strength != Strength::MatchOnly)
    {
        let Some(surface) = text.get(m.range.clone()) else {
            continue;
        };
        let surface = surface.trim().to_lowercase();
        if surface.is_empty() {
            continue;
        }
        let kept = other.match_indices(&surface).any(|(at, _)| {
            let before = other[..at].chars().next_back();
            let after = other[at + surface.len()..].chars().next();
            before.is_none_or(|c| !c.is_alphanumeric())
                && after.is_none_or(|c| !c.is_alphanumeric())
        });
        if kept {
            m.strength = Strength::MatchOnly;
        }
    }
}

/// Whether two values differ by a power of 1000 (thousand, million, billion
/// confusions: "milliard" read as "million", French "billion" as English).
pub fn is_scale_error(a: f64, b: f64) -> bool {
    if a == 0.0 || b == 0.0 || a.signum() != b.signum() {
        return false;
    }
    let k = (b / a).abs().log10() / 3.0;
    let r = k.round();
    r != 0.0 && (k - r).abs() < 1e-6
}

/// The domain two mentions can be compared in: their primary readings' when
/// those agree (a date and a month agree), else the other reading of one that
/// has the other's primary domain ("15.40" beside "17:40" is a time; "12.06"
/// beside "June 13" a date). Quantities are never a fallback: every number
/// has a quantity reading.
pub(super) fn shared_domain(sm: &Mention, tm: &Mention) -> Option<Domain> {
    let (sd, td) = (sm.primary().domain, tm.primary().domain);
    if sd == td
        || matches!(
            (sd, td),
            (Domain::Date, Domain::Month) | (Domain::Month, Domain::Date)
        )
    {
        return Some(sd);
    }
    if td != Domain::Quantity && sm.readings.iter().any(|r| r.domain == td) {
        return Some(td);
    }
    if sd != Domain::Quantity && tm.readings.iter().any(|r| r.domain == sd) {
        return Some(sd);
    }
    None
}

/// How well source mention `si` and target mention `ti` belong together, or
/// `None` when they cannot be the same fact.
pub(super) fn pair_score(sides: &Sides, si: usize, ti: usize) -> Option<f64> {
    let sm = &sides.source[si];
    let tm = &sides.target[ti];
    let sd = shared_domain(sm, tm)?;
    let ss = strength(sm, sides.target_lang);
    let ts = strength(tm, sides.source_lang);
    let both_pair_only = ss == Strength::PairOnly && ts == Strength::PairOnly;
    if ss != Strength::Strong && ts != Strength::Strong && !both_pair_only {
        return None;
    }
    // A word that is often no number ("un", "neuf", "octavos") is not held
    // against a value: the value is reported alone if it is strong.
    if ss == Strength::MatchOnly || ts == Strength::MatchOnly {
        return None;
    }
    // Codes ("F-35", "Covid-19") pair only with codes.
    if (sm.kind == Kind::Code) != (tm.kind == Kind::Code) {
        return None;
    }
    let mut score = 0.0;
    if ss == Strength::Strong && ts == Strength::Strong {
        score += 1.0;
    }
    if sm.kind == tm.kind {
        score += 0.5;
    }
    match (sm.unit, tm.unit) {
        (Some(a), Some(b)) if a == b => score += 0.5,
        (Some(_), Some(_)) => score -= 0.5,
        _ => {}
    }
    let pos = |i: usize, n: usize| {
        if n <= 1 {
            0.5
        } else {
            i as f64 / (n - 1) as f64
        }
    };
    let dp = (pos(si, sides.source.len()) - pos(ti, sides.target.len())).abs();
    score += 0.5 * (1.0 - dp);
    if sd == Domain::Quantity {
        let (a, b) = (sm.primary().value.abs(), tm.primary().value.abs());
        if a > 0.0 && b > 0.0 {
            if is_scale_error(a, b) {
                score += 0.3;
            } else {
                let lr = (a / b).log10().abs();
                score += 0.5 * (1.0 - lr / 3.0).max(0.0);
            }
        }
    }
    Some(score)
}
