//! Comparing the values of an original and its translation as multisets:
//! equal values cancel out (in any of their readings), values found in a
//! neighbouring paragraph are explained, and what is left is paired where it
//! plausibly belongs together (same domain, kind, unit, position, magnitude)
//! into changed values, scale errors, wrong dates and weekdays; the rest is
//! missing or added.

mod equivalence;
mod pairing;
mod structured;

pub use pairing::{demote_kept_words, is_scale_error};

use super::{Domain, Mention, Strength};
use crate::lang::Lang;
use equivalence::{
    clock_as_pair, conversion_beside, hours_and_minutes, imperial_compounds, overlap,
};
use pairing::{pair_score, shared_domain, strength};
use structured::{calendar_issues, compare_scores};

/// What is wrong with a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssueKind {
    Changed,
    Scale,
    Date,
    Weekday,
    /// A score of a game changed ("3-1" → "3-2").
    Score,
    Missing,
    Extra,
}

impl IssueKind {
    pub fn as_str(self) -> &'static str {
        match self {
            IssueKind::Changed => "changed",
            IssueKind::Scale => "scale",
            IssueKind::Date => "date",
            IssueKind::Weekday => "weekday",
            IssueKind::Score => "score",
            IssueKind::Missing => "missing",
            IssueKind::Extra => "extra",
        }
    }
}

/// One difference between the two sides.
#[derive(Debug, Clone)]
pub struct Issue<'a> {
    pub kind: IssueKind,
    pub source: Option<&'a Mention>,
    pub target: Option<&'a Mention>,
    pub confidence: f64,
    /// How many other candidates the pairing had (0: it was the only one).
    pub rivals: usize,
    /// The domain the two values were compared in ("15.40" paired with
    /// "17:40" is compared as a time).
    pub domain: Domain,
    /// The two scores, when the issue is a changed score.
    pub scores: Option<((f64, f64), (f64, f64))>,
    /// For a weekday that contradicts the full date it is written with: the
    /// weekday that date falls on.
    pub calendar: Option<u8>,
}

/// The two sides of an aligned pair, with the mentions of the paragraphs
/// around them (a value may have moved across a paragraph boundary).
pub struct Sides<'a> {
    pub source: &'a [Mention],
    pub target: &'a [Mention],
    pub source_near: &'a [Mention],
    pub target_near: &'a [Mention],
    pub source_lang: Lang,
    pub target_lang: Lang,
}

/// Marks each unused mention of `other` equal to a reading of a used
/// match-only mention of `one` with several readings (a range written as one
/// number, "七八十", "三四百").
fn covered_by_range(
    one: &[Mention],
    other: &[Mention],
    one_used: &[bool],
    other_used: &mut [bool],
) {
    for (oi, o) in other.iter().enumerate() {
        if other_used[oi] {
            continue;
        }
        let covered = one.iter().zip(one_used).any(|(m, &used)| {
            used && m.strength == Strength::MatchOnly
                && m.readings.len() >= 2
                && m.readings.iter().any(|r| r.equals(&o.primary()))
        });
        if covered {
            other_used[oi] = true;
        }
    }
}

/// Confidence of a pairing of two values written in digits, alone of their
/// kind: the value changed and nothing else explains it.
const CONF_PAIR: f64 = 0.95;
/// Less sure when either side is written in words (a word may be idiomatic:
/// "a couple", "une dizaine").
const WORDS_PENALTY: f64 = 0.15;
/// Much less sure when one side is a word that is often no number ("un", "sei").
const WEAK_PENALTY: f64 = 0.25;
/// Approximate numbers ("about", "environ", "约") are rounded by some translators.
const APPROX_PENALTY: f64 = 0.15;
/// A pairing of different kinds (a year with a count) is a guess.
const KIND_PENALTY: f64 = 0.1;
/// Another candidate scored nearly as well: the pairing may be the wrong one.
const RIVAL_PENALTY: f64 = 0.1;
/// Scores within this margin of the best are rivals.
const RIVAL_MARGIN: f64 = 0.3;
/// A value on one side only: sure it is absent, less sure it matters.
const CONF_ALONE: f64 = 0.8;

pub fn compare<'a>(sides: &Sides<'a>) -> Vec<Issue<'a>> {
    let s = sides.source;
    let t = sides.target;
    let mut s_used = vec![false; s.len()];
    let mut t_used = vec![false; t.len()];
    let mut out = Vec::new();
    compare_scores(s, t, &mut s_used, &mut t_used, &mut out);
    // Equal primary readings first, then any reading.
    for pass in 0..2 {
        for (ti, tm) in t.iter().enumerate() {
            if t_used[ti] {
                continue;
            }
            let fits = |si: usize| {
                !s_used[si]
                    && if pass == 0 {
                        s[si].primary().equals(&tm.primary())
                    } else {
                        overlap(&s[si], tm)
                    }
            };
            // Of equal values, one with the same unit first: "zehn Minuten"
            // is the source's "10 minutes", not its "10 miles"; then one with
            // fewer readings, so that a number read two ways ("後半14分", the
            // 14th or the 59th minute) stays free for the other's match.
            let hit = (0..s.len()).filter(|&si| fits(si)).min_by_key(|&si| {
                (
                    !(tm.unit.is_some() && s[si].unit == tm.unit),
                    s[si].readings.len(),
                )
            });
            if let Some(si) = hit {
                s_used[si] = true;
                t_used[ti] = true;
            }
        }
    }
    // "七八十斤" / "70 or 80 jin": a range one side writes as one number
    // (a match-only mention with a reading for each end), matched by one of
    // the other side's numbers, accounts for the other end too.
    covered_by_range(s, t, &s_used, &mut t_used);
    covered_by_range(t, s, &t_used, &mut s_used);
    clock_as_pair(s, t, &mut s_used, &mut t_used);
    clock_as_pair(t, s, &mut t_used, &mut s_used);
    hours_and_minutes(s, t, &mut s_used, &mut t_used);
    hours_and_minutes(t, s, &mut t_used, &mut s_used);
    imperial_compounds(s, t, &mut s_used, &mut t_used);
    imperial_compounds(t, s, &mut t_used, &mut s_used);
    // Values found in a neighbouring paragraph are accounted for. A value
    // repeated on one side is not: "3D" next to "dwóch" (two) must not
    // cover a "2D".
    // So is a conversion one side adds beside a value both give ("230,000
    // mu (about 15,300 hectares)", "320 km (200 miles)").
    let t_open: Vec<usize> = (0..t.len())
        .filter(|&ti| {
            !t_used[ti]
                && !sides.source_near.iter().any(|sm| overlap(sm, &t[ti]))
                && !conversion_beside(t, &t_used, ti)
        })
        .collect();
    let s_open: Vec<usize> = (0..s.len())
        .filter(|&si| {
            !s_used[si]
                && !sides.target_near.iter().any(|tm| overlap(&s[si], tm))
                && !conversion_beside(s, &s_used, si)
        })
        .collect();

    // Candidate pairs with their scores.
    let mut cands: Vec<(f64, usize, usize)> = Vec::new();
    for &ti in &t_open {
        for &si in &s_open {
            if let Some(score) = pair_score(sides, si, ti) {
                cands.push((score, si, ti));
            }
        }
    }
    cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.2.cmp(&b.2)).then(a.1.cmp(&b.1)));
    let mut s_paired = vec![false; s.len()];
    let mut t_paired = vec![false; t.len()];
    for &(score, si, ti) in &cands {
        if s_paired[si] || t_paired[ti] {
            continue;
        }
        s_paired[si] = true;
        t_paired[ti] = true;
        let rivals = cands
            .iter()
            .filter(|c| (c.1 == si) != (c.2 == ti) && c.0 >= score - RIVAL_MARGIN)
            .count();
        let (sm, tm) = (&s[si], &t[ti]);
        let domain = shared_domain(sm, tm).unwrap_or(sm.primary().domain);
        let kind = match domain {
            Domain::Date | Domain::Month => IssueKind::Date,
            Domain::Weekday => IssueKind::Weekday,
            Domain::Time => IssueKind::Changed,
            Domain::Quantity => {
                if is_scale_error(sm.reading_in(domain).value, tm.reading_in(domain).value) {
                    IssueKind::Scale
                } else {
                    IssueKind::Changed
                }
            }
        };
        let mut c = CONF_PAIR;
        if sm.words || tm.words {
            c -= WORDS_PENALTY;
        }
        if strength(sm, sides.target_lang) == Strength::MatchOnly
            || strength(tm, sides.source_lang) == Strength::MatchOnly
        {
            c -= WEAK_PENALTY;
        }
        if sm.approx || tm.approx {
            c -= APPROX_PENALTY;
        }
        if sm.kind != tm.kind {
            c -= KIND_PENALTY;
        }
        if rivals > 0 {
            c -= RIVAL_PENALTY;
        }
        out.push(Issue {
            kind,
            source: Some(sm),
            target: Some(tm),
            confidence: c,
            rivals,
            domain,
            scores: None,
            calendar: None,
        });
    }
    let alone = |m: &Mention| {
        let mut c = CONF_ALONE;
        if m.words {
            c -= WORDS_PENALTY;
        }
        if m.approx {
            c -= APPROX_PENALTY;
        }
        c
    };
    // A value repeated on one side that the other side has once ("100 yards
    // (100 metres)" → "100 yards/metres") is not reported on its own.
    let repeated_t = |ti: usize| s.iter().any(|sm| overlap(sm, &t[ti]));
    let repeated_s = |si: usize| t.iter().any(|tm| overlap(&s[si], tm));
    for &ti in &t_open {
        if !t_paired[ti]
            && !repeated_t(ti)
            && strength(&t[ti], sides.source_lang) == Strength::Strong
        {
            out.push(Issue {
                kind: IssueKind::Extra,
                source: None,
                target: Some(&t[ti]),
                confidence: alone(&t[ti]),
                rivals: 0,
                domain: t[ti].primary().domain,
                scores: None,
                calendar: None,
            });
        }
    }
    for &si in &s_open {
        if !s_paired[si]
            && !repeated_s(si)
            && strength(&s[si], sides.target_lang) == Strength::Strong
        {
            out.push(Issue {
                kind: IssueKind::Missing,
                source: Some(&s[si]),
                target: None,
                confidence: alone(&s[si]),
                rivals: 0,
                domain: s[si].primary().domain,
                scores: None,
                calendar: None,
            });
        }
    }
    let calendar = calendar_issues(s, t, &out);
    out.extend(calendar);
    out
}

/// The kinds of the issues between two texts compared alone (for tests).
#[cfg(test)]
pub(crate) fn kinds(src: &str, sl: Lang, tgt: &str, tl: Lang) -> Vec<&'static str> {
    let s = super::extract(src, sl);
    let t = super::extract(tgt, tl);
    let sides = Sides {
        source: &s,
        target: &t,
        source_near: &[],
        target_near: &[],
        source_lang: sl,
        target_lang: tl,
    };
    compare(&sides).iter().map(|i| i.kind.as_str()).collect()
}

#[cfg(test)]
mod tests;
