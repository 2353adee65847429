//! Values compared as the facts they belong to rather than one by one: the
//! scores of a game, and a weekday against the full date it is written with.

use super::{Issue, IssueKind, CONF_PAIR};
use crate::numbers::{Domain, Kind, Mention};

/// The scores written on one side: (score, index of its first number, of
/// its second).
fn scores(ms: &[Mention]) -> Vec<((f64, f64), usize, usize)> {
    (1..ms.len())
        .filter(|&k| ms[k].score.is_some() && ms[k].score == ms[k - 1].score)
        .filter_map(|k| Some((ms[k].score?, k - 1, k)))
        .collect()
}

/// Most bytes between the two numbers of a score ("2-1", "2 – 1").
const SCORE_GAP_MAX_BYTES: usize = 5;

/// The mentions of `ms`, unused and not marked as a score, that write
/// `score` (either way round): two numbers side by side, or one time of day
/// ("14:11").
fn unmarked_score(ms: &[Mention], used: &[bool], score: (f64, f64)) -> Option<Vec<usize>> {
    if let Some(k) = unmarked_pair(ms, used, score) {
        return Some(vec![k, k + 1]);
    }
    (0..ms.len())
        .find(|&k| {
            let r = ms[k].primary();
            !used[k]
                && ms[k].score.is_none()
                && r.domain == Domain::Time
                && [score, (score.1, score.0)]
                    .iter()
                    .any(|&(h, m)| h < 24.0 && m < 60.0 && r.value == (h * 60.0 + m) * 60.0)
        })
        .map(|k| vec![k])
}

/// The first of two unused numbers of `ms`, side by side and not marked as a
/// score, that have the values of `score` (either way round).
fn unmarked_pair(ms: &[Mention], used: &[bool], score: (f64, f64)) -> Option<usize> {
    (1..ms.len()).map(|k| k - 1).find(|&k| {
        let (a, b) = (&ms[k], &ms[k + 1]);
        let (x, y) = (a.primary().value.abs(), b.primary().value.abs());
        !used[k]
            && !used[k + 1]
            && a.score.is_none()
            && b.score.is_none()
            && a.primary().domain == Domain::Quantity
            && b.primary().domain == Domain::Quantity
            && a.range.end <= b.range.start
            && b.range.start - a.range.end <= SCORE_GAP_MAX_BYTES
            && ((x, y) == score || (y, x) == score)
    })
}

/// Scores compared as scores: a score of the original that the translation
/// writes with other numbers ("3-1" → "3-2") is one `score` issue, found
/// even when the changed number matches another number of the sentence. The
/// numbers of both scores are then accounted for. A score written the other
/// way round ("3-1" → "1-3", the loser first) is the same score.
pub(super) fn compare_scores<'a>(
    s: &'a [Mention],
    t: &'a [Mention],
    s_used: &mut [bool],
    t_used: &mut [bool],
    out: &mut Vec<Issue<'a>>,
) {
    let same = |a: (f64, f64), b: (f64, f64)| (a == b) || (a.0 == b.1 && a.1 == b.0);
    let ss = scores(s);
    let ts = scores(t);
    let mut t_taken = vec![false; ts.len()];
    let mut s_left = Vec::new();
    for &(sc, a, b) in &ss {
        match (0..ts.len()).find(|&j| !t_taken[j] && same(sc, ts[j].0)) {
            Some(j) => {
                t_taken[j] = true;
                for i in [a, b] {
                    s_used[i] = true;
                }
                for i in [ts[j].1, ts[j].2] {
                    t_used[i] = true;
                }
            }
            None => s_left.push((sc, a, b)),
        }
    }
    // A score only one side marks (its sentence has no word of games: "the
    // goal that made it 2-2" / "der Ausgleich zum 2:2") is the same score when
    // the other side writes its two numbers side by side, or as a time of day
    // ("mit 14:11 vorn" beside "led 14-11 at half-time").
    s_left.retain(|&(sc, a, b)| {
        let Some(found) = unmarked_score(t, t_used, sc) else {
            return true;
        };
        for i in [a, b] {
            s_used[i] = true;
        }
        for i in found {
            t_used[i] = true;
        }
        false
    });
    for j in 0..ts.len() {
        let (tc, c, d) = ts[j];
        if t_taken[j] {
            continue;
        }
        if let Some(found) = unmarked_score(s, s_used, tc) {
            t_taken[j] = true;
            for i in found {
                s_used[i] = true;
            }
            for i in [c, d] {
                t_used[i] = true;
            }
        }
    }
    // What is left is paired, a score with one that shares a number first
    // ("25:25" with "25-24", not with another score of the game).
    let shares =
        |a: (f64, f64), b: (f64, f64)| a.0 == b.0 || a.0 == b.1 || a.1 == b.0 || a.1 == b.1;
    for &(sc, a, b) in &s_left {
        let left = |j: &usize| !t_taken[*j];
        let Some(j) = (0..ts.len())
            .filter(left)
            .find(|&j| shares(sc, ts[j].0))
            .or_else(|| (0..ts.len()).find(left))
        else {
            break;
        };
        t_taken[j] = true;
        let (tc, c, d) = ts[j];
        // The number that changed carries the finding's spans.
        let (si, ti) = if sc.0 == tc.0 { (b, d) } else { (a, c) };
        for i in [a, b] {
            s_used[i] = true;
        }
        for i in [c, d] {
            t_used[i] = true;
        }
        out.push(Issue {
            kind: IssueKind::Score,
            source: Some(&s[si]),
            target: Some(&t[ti]),
            confidence: CONF_PAIR,
            rivals: 0,
            domain: Domain::Quantity,
            scores: Some((sc, tc)),
            calendar: None,
        });
    }
}

/// A weekday of the translation that contradicts the full date it is written
/// with ("Wednesday, March 14, 2024": a Thursday), when the original does not
/// have that weekday (a weekday carried over as it stands is the original's;
/// a date that changed is reported as a date).
pub(super) fn calendar_issues<'a>(
    s: &'a [Mention],
    t: &'a [Mention],
    reported: &[Issue<'a>],
) -> Vec<Issue<'a>> {
    let mut out = Vec::new();
    for tm in t {
        let Some(c) = tm.calendar else {
            continue;
        };
        let said = tm.primary().value;
        if c as f64 == said
            || reported
                .iter()
                .any(|i| i.target.is_some_and(|x| std::ptr::eq(x, tm)))
            || s.iter()
                .any(|sm| sm.kind == Kind::Weekday && sm.primary().value == said)
        {
            continue;
        }
        let source = s
            .iter()
            .find(|sm| sm.kind == Kind::Weekday && sm.primary().value == c as f64);
        out.push(Issue {
            kind: IssueKind::Weekday,
            source,
            target: Some(tm),
            confidence: CONF_PAIR,
            rivals: 0,
            domain: Domain::Weekday,
            scores: None,
            calendar: Some(c),
        });
    }
    out
}
