//! Comparing the values of an original and its translation as multisets:
//! equal values cancel out (in any of their readings), values found in a
//! neighbouring paragraph are explained, and what is left is paired where it
//! plausibly belongs together (same domain, kind, unit, position, magnitude)
//! into changed values, scale errors, wrong dates and weekdays; the rest is
//! missing or added.

mod pairing;
mod structured;

pub use pairing::{demote_kept_words, is_scale_error};

use super::{same, Domain, Mention, Reading, Strength};
use crate::lang::Lang;
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

fn source_readings(m: &Mention) -> Vec<Reading> {
    let mut r = m.readings.clone();
    if let Some(a) = m.locale_alt {
        r.push(Reading::q(a));
    }
    r
}

fn overlap(source: &Mention, target: &Mention) -> bool {
    let sr = source_readings(source);
    target
        .readings
        .iter()
        .any(|t| sr.iter().any(|s| s.equals(t)))
        || converted(source, target)
        || rounded(source, target)
        || rounded(target, source)
}

/// "9兆4107億" → "9.41 trillion", "1.2345 billion" → "1.23 billion", "1兆7035億"
/// → "1.70 trillion" (the zero written counts): a
/// value with a scale word written to fewer digits (three significant digits
/// at least), which the other side's value rounds to (half up: 12.55 million
/// is 12.6 million rounded, not 12.5). A reporter rounds large sums; fewer
/// digits kept ("1.5 million" for 1.54 million) is read as a change.
fn rounded(precise: &Mention, short: &Mention) -> bool {
    let Some(scale) = short.scale else {
        return false;
    };
    let (p, s) = (precise.primary(), short.primary());
    if p.domain != Domain::Quantity
        || s.domain != Domain::Quantity
        || p.value <= 0.0
        || s.value <= 0.0
    {
        return false;
    }
    let mantissa = s.value / scale;
    // The decimals as written ("1.70 trillion" keeps its zero), or as few as
    // the value needs.
    let Some(decimals) = short.decimals.map(i32::from).or_else(|| {
        (0..=3).find(|&d| {
            let x = mantissa * 10f64.powi(d);
            (x - x.round()).abs() < 1e-6
        })
    }) else {
        return false;
    };
    let digits = mantissa * 10f64.powi(decimals);
    let unit = scale / 10f64.powi(decimals);
    digits >= 100.0 && same((p.value / unit).round() * unit, s.value)
}

/// Units a translator converts, with how many of the second make one of the
/// first.
/// A speed is read from its length when it is written out ("miles per
/// hour", "kilometres an hour"), so miles and miles an hour go with
/// kilometres and kilometres an hour alike.
const CONVERSIONS: &[(&str, &str, f64)] = &[
    ("mi", "km", 1.609_344),
    ("mph", "km/h", 1.609_344),
    ("mi", "km/h", 1.609_344),
    ("mph", "km", 1.609_344),
    ("ft", "m", 0.3048),
    ("yd", "m", 0.9144),
    // A tonne is ten quintals (centners), in which harvests are counted.
    ("t", "q", 10.0),
    // Power and energy in another metric prefix: Japanese and Chinese
    // news gives a plant's output in (ten thousands of) kilowatts.
    ("GW", "MW", 1e3),
    ("GW", "kW", 1e6),
    ("MW", "kW", 1e3),
    ("GWh", "MWh", 1e3),
    ("GWh", "kWh", 1e6),
    ("MWh", "kWh", 1e3),
    // Volumes of water in another metric prefix ("450 gigalitres",
    // "4500亿升").
    ("GL", "l", 1e9),
    ("ML", "l", 1e6),
    ("GL", "ML", 1e3),
    // A sensor's resolution in megapixels or in pixels ("33 MP", "3300万画素").
    ("MP", "px", 1e6),
];
/// How far a converted value may be from the exact conversion: translators
/// round ("320 kilometres" → "200 miles").
const CONVERSION_TOLERANCE: f64 = 0.07;

/// "320 Kilometer" → "200 milles": the same distance in another unit,
/// rounded.
fn converted(source: &Mention, target: &Mention) -> bool {
    let (Some(a), Some(b)) = (source.unit, target.unit) else {
        return false;
    };
    let (sv, tv) = (source.primary().value, target.primary().value);
    if sv <= 0.0 || tv <= 0.0 {
        return false;
    }
    CONVERSIONS.iter().any(|&(big, small, factor)| {
        let (in_small, other) = if a == big && b == small {
            (sv * factor, tv)
        } else if a == small && b == big {
            (tv * factor, sv)
        } else {
            return false;
        };
        // A metric prefix converts exactly; miles and feet are rounded.
        let exact = factor.log10().fract().abs() < 1e-9;
        let tolerance = if exact { 1e-9 } else { CONVERSION_TOLERANCE };
        (in_small - other).abs() <= tolerance * other
    })
}

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
            let hit = s.iter().enumerate().position(|(si, sm)| {
                !s_used[si]
                    && if pass == 0 {
                        sm.primary().equals(&tm.primary())
                    } else {
                        overlap(sm, tm)
                    }
            });
            if let Some(si) = hit {
                s_used[si] = true;
                t_used[ti] = true;
            }
        }
    }
    clock_as_pair(s, t, &mut s_used, &mut t_used);
    clock_as_pair(t, s, &mut t_used, &mut s_used);
    hours_and_minutes(s, t, &mut s_used, &mut t_used);
    hours_and_minutes(t, s, &mut t_used, &mut s_used);
    // Values found in a neighbouring paragraph are accounted for. A value
    // repeated on one side is not: "3D" next to "dwóch" (two) must not
    // cover a "2D".
    let t_open: Vec<usize> = (0..t.len())
        .filter(|&ti| !t_used[ti] && !sides.source_near.iter().any(|sm| overlap(sm, &t[ti])))
        .collect();
    let s_open: Vec<usize> = (0..s.len())
        .filter(|&si| !s_used[si] && !sides.target_near.iter().any(|tm| overlap(&s[si], tm)))
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

/// "beim 9:19" → "a 9-19 score", "3:10" → "3 to 10": two numbers joined by a
/// colon read as a clock on one side, and the same two numbers side by side
/// on the other (a score, a ratio, a range), are one value written two ways.
fn clock_as_pair(
    one: &[Mention],
    other: &[Mention],
    one_used: &mut [bool],
    other_used: &mut [bool],
) {
    /// The most bytes between two numbers written as a pair ("9 – 19", "3 to 10").
    const PAIR_GAP: usize = 4;
    for (i, m) in one.iter().enumerate() {
        if one_used[i] {
            continue;
        }
        let Some(clock) = m.readings.iter().find(|r| r.domain == Domain::Time) else {
            continue;
        };
        let secs = clock.value.round() as i64;
        if secs % 60 != 0 {
            continue;
        }
        let (h, mi) = ((secs / 3600) as f64, ((secs / 60) % 60) as f64);
        let plain = |k: usize| {
            !other_used[k] && other[k].primary().domain == Domain::Quantity && !other[k].words
        };
        let hit = (1..other.len()).find(|&k| {
            plain(k - 1)
                && plain(k)
                && same(other[k - 1].primary().value.abs(), h)
                && same(other[k].primary().value.abs(), mi)
                && other[k].range.start >= other[k - 1].range.end
                && other[k].range.start - other[k - 1].range.end <= PAIR_GAP
        });
        if let Some(k) = hit {
            one_used[i] = true;
            other_used[k - 1] = true;
            other_used[k] = true;
        }
    }
}

/// "2 Stunden und 19 Minuten" → "2 h 19", "1 hour 30 minutes" → "hodinu a
/// půl": a count of hours and a count of minutes side by side on one side
/// are one duration, which the other side may write as a clock or as hours
/// with a fraction.
fn hours_and_minutes(
    one: &[Mention],
    other: &[Mention],
    one_used: &mut [bool],
    other_used: &mut [bool],
) {
    /// The most bytes between the hours and the minutes (" Stunden und ",
    /// " години і ").
    const HM_GAP: usize = 30;
    let plain = |m: &Mention, unit: &str| {
        m.unit == Some(unit) && m.primary().domain == Domain::Quantity && m.primary().value >= 0.0
    };
    for k in 1..other.len() {
        let (hm, mm) = (&other[k - 1], &other[k]);
        if other_used[k]
            || !plain(hm, "hour")
            || !plain(mm, "min")
            || mm.primary().value >= 60.0
            || mm.range.start < hm.range.end
            || mm.range.start - hm.range.end > HM_GAP
        {
            continue;
        }
        let (h, mi) = (hm.primary().value, mm.primary().value);
        let as_clock = Reading {
            domain: Domain::Time,
            value: h * 3600.0 + mi * 60.0,
        };
        let as_hours = Reading::q(h + mi / 60.0);
        let hit = (0..one.len()).find(|&i| {
            (!one_used[i] || other_used[k - 1])
                && one[i]
                    .readings
                    .iter()
                    .any(|r| r.equals(&as_clock) || r.equals(&as_hours))
        });
        if let Some(i) = hit {
            one_used[i] = true;
            other_used[k - 1] = true;
            other_used[k] = true;
        }
    }
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
mod tests {
    use super::*;

    #[test]
    fn hours_and_minutes_are_one_duration() {
        let de = "Die Fahrzeit sinkt auf 2 Stunden und 19 Minuten.";
        assert!(kinds(de, Lang::De, "Le trajet passe à 2 h 19.", Lang::Fr).is_empty());
        assert!(kinds("Le trajet passe à 2 h 19.", Lang::Fr, de, Lang::De).is_empty());
        assert_eq!(
            kinds(de, Lang::De, "Le trajet passe à 2 h 18.", Lang::Fr),
            vec!["extra", "missing", "missing"]
        );
        let en = "The ferry takes 1 hour 30 minutes.";
        assert!(kinds(en, Lang::En, "Trajekt pluje hodinu a půl.", Lang::Cs).is_empty());
        assert!(kinds(en, Lang::En, "Паром іде півтори години.", Lang::Uk).is_empty());
        assert_eq!(
            kinds(
                "The ferry takes 1 hour 20 minutes.",
                Lang::En,
                "Trajekt pluje hodinu a půl.",
                Lang::Cs
            ),
            vec!["missing"]
        );
    }

    #[test]
    fn race_times_with_abbreviated_units_and_tenths() {
        let en = "She won in 2:11:48, a course record.";
        let ru = "Она победила с результатом 2 ч 11 мин 48 с — рекорд трассы.";
        assert!(kinds(en, Lang::En, ru, Lang::Ru).is_empty());
        let ru_off = "Она победила с результатом 2 ч 12 мин 48 с — рекорд трассы.";
        assert!(!kinds(en, Lang::En, ru_off, Lang::Ru).is_empty());
        // French gives tenths after the seconds' symbol, in a time and in a
        // gap of seconds alone.
        let fr = "Il a gagné en 24 min 05 s 7, avec 6 s 2 d'avance.";
        let de = "Er gewann in 24:05,7 Minuten mit 6,2 Sekunden Vorsprung.";
        assert!(kinds(fr, Lang::Fr, de, Lang::De).is_empty());
        let de_off = "Er gewann in 24:05,7 Minuten mit 6,8 Sekunden Vorsprung.";
        assert!(!kinds(fr, Lang::Fr, de_off, Lang::De).is_empty());
    }

    #[test]
    fn cjk_race_time_with_hundredths_and_quintals() {
        let en = "She won the 400 metres medley in 4:31.07.";
        assert!(kinds(en, Lang::En, "她以4分31秒07夺得400米混合泳冠军。", Lang::Zh).is_empty());
        assert!(!kinds(en, Lang::En, "她以4分31秒70夺得400米混合泳冠军。", Lang::Zh).is_empty());
        // A tonne is ten quintals (центнеры).
        let ru = "Урожайность сахарной свёклы достигла 415 центнеров с гектара.";
        let good = "The sugar beet yield reached 41.5 tonnes per hectare.";
        let bad = "The sugar beet yield reached 4.15 tonnes per hectare.";
        assert!(kinds(ru, Lang::Ru, good, Lang::En).is_empty());
        assert!(!kinds(ru, Lang::Ru, bad, Lang::En).is_empty());
    }

    #[test]
    fn cjk_hours_and_minutes_are_a_race_time() {
        let en = "Runners under 2:04 earn a bonus.";
        assert!(kinds(en, Lang::En, "男子跑进2小时04分可获得奖金。", Lang::Zh).is_empty());
        assert!(kinds(en, Lang::En, "2時間04分を切れば賞金が出る。", Lang::Ja).is_empty());
        assert!(!kinds(en, Lang::En, "男子跑进2小时14分可获得奖金。", Lang::Zh).is_empty());
    }

    #[test]
    fn equal_values_in_other_forms_are_silent() {
        assert!(kinds("1 000,5 euros", Lang::Fr, "1,000.5 euros", Lang::En).is_empty());
        assert!(kinds("cinq ministres", Lang::Fr, "five ministers", Lang::En).is_empty());
        assert!(kinds("le 18 juillet", Lang::Fr, "on July 18", Lang::En).is_empty());
        assert!(kinds(
            "vendredi 22 octobre",
            Lang::Fr,
            "Friday, October 22",
            Lang::En
        )
        .is_empty());
        assert!(kinds("2,5 millions", Lang::Fr, "2.5 million", Lang::En).is_empty());
        assert!(kinds("2,5 millions", Lang::Fr, "2,500,000", Lang::En).is_empty());
        assert!(kinds("à 14h30", Lang::Fr, "at 2:30 p.m.", Lang::En).is_empty());
        assert!(kinds("un diplomate", Lang::Fr, "a diplomat", Lang::En).is_empty());
        assert!(kinds("dans les années 70", Lang::Fr, "in the 1970s", Lang::En).is_empty());
    }

    #[test]
    fn large_sums_rounded_with_their_scale_word_are_silent() {
        assert!(kinds("9兆4107億円", Lang::Ja, "9.41 trillion yen", Lang::En).is_empty());
        assert!(kinds("1,2345 milliard", Lang::Fr, "1.23 billion", Lang::En).is_empty());
        assert!(kinds("3.456 billion", Lang::En, "3,46 miliardy", Lang::Cs).is_empty());
        // Off by more than the rounding, rounded the wrong way, or fewer
        // than three significant digits left.
        for (source, lang, target) in [
            ("9兆4107億円", Lang::Ja, "9.51 trillion yen"),
            ("1,236 millions", Lang::Fr, "1.23 million"),
            ("1,54 millions", Lang::Fr, "1.5 million"),
            ("12,55 millions", Lang::Fr, "12.5 million"),
        ] {
            assert_eq!(
                kinds(source, lang, target, Lang::En),
                vec!["changed"],
                "{source}"
            );
        }
    }

    #[test]
    fn speeds_converted_from_miles_an_hour_are_silent() {
        assert!(kinds("103 miles an hour", Lang::En, "166 km/h", Lang::Cs).is_empty());
        assert!(kinds("80 km/h", Lang::De, "50 miles per hour", Lang::En).is_empty());
        assert!(kinds("80 км/год", Lang::Uk, "50 miles an hour", Lang::En).is_empty());
        assert_eq!(
            kinds("103 miles an hour", Lang::En, "196 km/h", Lang::Cs),
            vec!["changed"]
        );
    }

    #[test]
    fn differences_are_named() {
        assert_eq!(
            kinds("180 journalistes", Lang::Fr, "18 journalists", Lang::En),
            vec!["changed"]
        );
        assert_eq!(
            kinds("1,5 milliard", Lang::Fr, "1.5 million", Lang::En),
            vec!["scale"]
        );
        assert_eq!(
            kinds("le 18 juillet", Lang::Fr, "on July 8", Lang::En),
            vec!["date"]
        );
        assert_eq!(
            kinds("cinq ministres", Lang::Fr, "four ministers", Lang::En),
            vec!["changed"]
        );
        assert_eq!(
            kinds("à 14h30", Lang::Fr, "at 2:30 a.m.", Lang::En),
            vec!["changed"]
        );
        assert_eq!(kinds("2,5 %", Lang::Fr, "25%", Lang::En), vec!["changed"]);
        assert_eq!(
            kinds("vendredi", Lang::Fr, "Thursday", Lang::En),
            vec!["weekday"]
        );
        assert_eq!(
            kinds("2.100 millones", Lang::Es, "2.100 million", Lang::En),
            vec!["scale"]
        );
        assert_eq!(
            kinds("180 journalistes", Lang::Fr, "journalists", Lang::En),
            vec!["missing"]
        );
        assert_eq!(
            kinds("des journalistes", Lang::Fr, "18 journalists", Lang::En),
            vec!["extra"]
        );
    }

    #[test]
    fn a_changed_score_is_one_score_issue() {
        assert_eq!(
            kinds(
                "Le club a gagné 3-1.",
                Lang::Fr,
                "The club won 3-2.",
                Lang::En
            ),
            vec!["score"]
        );
        // The changed number matches another number of the sentence.
        assert_eq!(
            kinds(
                "Der Verein gewann 2:0, mit 1 Tor in der Nachspielzeit.",
                Lang::De,
                "The club won 2-1, with 1 goal in stoppage time.",
                Lang::En
            ),
            vec!["score"]
        );
        assert!(kinds(
            "Le club a gagné 3-1.",
            Lang::Fr,
            "The club won 3-1.",
            Lang::En
        )
        .is_empty());
        // The loser first is the same score.
        assert!(kinds(
            "El club ganó 3-1.",
            Lang::Es,
            "The club lost 1-3.",
            Lang::En
        )
        .is_empty());
        // No game in the sentence: a range, compared number by number.
        assert_eq!(
            kinds("de 3-4 ans", Lang::Fr, "of 3-5 years", Lang::En),
            vec!["changed"]
        );
    }

    #[test]
    fn a_weekday_against_its_own_date() {
        // 14 March 2024 was a Thursday.
        assert_eq!(
            kinds(
                "le 14 mars 2024",
                Lang::Fr,
                "on Wednesday, March 14, 2024",
                Lang::En
            ),
            vec!["weekday"]
        );
        assert!(kinds(
            "le 14 mars 2024",
            Lang::Fr,
            "on Thursday, March 14, 2024",
            Lang::En
        )
        .is_empty());
        // The original's own weekday carried over is not the translation's error.
        assert!(kinds(
            "le mercredi 14 mars 2024",
            Lang::Fr,
            "on Wednesday, March 14, 2024",
            Lang::En
        )
        .is_empty());
        // Without the year, only the two weekdays are compared.
        assert!(kinds("le 14 mars", Lang::Fr, "on Wednesday, March 14", Lang::En).is_empty());
        assert_eq!(
            kinds(
                "le jeudi 14 mars",
                Lang::Fr,
                "on Wednesday, March 14",
                Lang::En
            ),
            vec!["weekday"]
        );
    }
}
