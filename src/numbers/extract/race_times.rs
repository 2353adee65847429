//! Times taken in hours, minutes and seconds ("2時間5分6秒", "4 h 02 min
//! 37 s", "1:07 Minuten"), with the hundredths written after the seconds.

use super::joins::join_into_previous;
use super::*;

/// A time taken in hours, minutes and seconds ("2時間5分6秒", "2 hours, 5
/// minutes and 6 seconds", "4 h 02 min 37 s") or in minutes and seconds
/// written with symbols ("1 min 07 s"): one time, as the other language may
/// write it with colons ("2:05:06", "1:07 Minuten", which is read as minutes
/// and seconds too).
pub(super) fn join_race_times(text: &str, lang: Lang, out: &mut Vec<Mention>) {
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
            // "20 minutes 41.3 seconds" in words, "3分12秒" in Chinese or
            // Japanese, stay counts, and are also the time the other language
            // may write with a colon ("20:41,3", "3:12 left"): the minutes
            // take that reading too, and the seconds are held against other
            // seconds only.
            // "1 hora y 20 minutos": an hour word that also names a time of
            // day ("a la 1 hora") is a count of hours before minutes, as
            // "2 Stunden und 19 Minuten" is, which the comparison reads as
            // one duration ("1 h 20").
            if !cjk
                && parts.len() == 2
                && parts[0].0 == Part::Hours
                && parts[1].0 == Part::Minutes
                && out[i].kind == Kind::Time
            {
                out[i].kind = Kind::Cardinal;
                out[i].unit = Some("hour");
                out[i].readings = vec![Reading::q(parts[0].1)];
            }
            if parts.len() == 2 && parts[0].0 == Part::Minutes && parts[1].0 == Part::Seconds {
                let secs = parts[0].1 * 60.0 + parts[1].1;
                if cjk {
                    out[i].unit = Some("min");
                    out[i + 1].unit = Some("sec");
                }
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
    minutes_and_seconds(text, lang, out);
    hours_before_lap_time(text, out);
    seconds_after_hours_and_minutes(text, out);
    race_hundredths(text, lang, out);
}

/// "2h01:09", "1h25:37": hours and minutes joined by h, then a colon and the
/// seconds, as Spanish and French sports pages write a marathon's time, is
/// one time (2:01:09).
fn seconds_after_hours_and_minutes(text: &str, out: &mut Vec<Mention>) {
    let mut i = 0;
    while i + 1 < out.len() {
        let (a, b) = (&out[i], &out[i + 1]);
        let written = &text[a.range.clone()];
        let hm = written.split_once(['h', 'H']).and_then(|(h, m)| {
            let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
            (all_digits(h) && m.len() == 2 && all_digits(m))
                .then(|| (h.parse::<f64>().ok(), m.parse::<f64>().ok()))
        });
        let seconds = &text[b.range.clone()];
        let joined = text.get(a.range.end..b.range.start) == Some(":")
            && seconds.len() == 2
            && seconds.bytes().all(|c| c.is_ascii_digit());
        if let (Some((Some(h), Some(m))), true) = (hm, joined) {
            let s: f64 = seconds.parse().unwrap_or(0.0);
            if m < 60.0 && s < 60.0 {
                merge_as_time(out, i, h * 3600.0 + m * 60.0 + s);
            }
        }
        i += 1;
    }
}

/// "4 ore 52'17\"", "3 h 05'40\"": a count of hours and then minutes and
/// seconds written with primes, as Italian and French sports pages write a
/// stage's time, is one time (4:52:17).
fn hours_before_lap_time(text: &str, out: &mut Vec<Mention>) {
    let mut i = 0;
    while i + 1 < out.len() {
        let (a, b) = (&out[i], &out[i + 1]);
        let hours = a
            .readings
            .iter()
            .find(|r| r.domain == Domain::Quantity)
            .map(|r| r.value)
            .filter(|h| {
                (a.kind == Kind::Time || a.unit == Some("hour")) && h.fract() == 0.0 && *h < 100.0
            });
        let lap = b.kind == Kind::Time
            && text[b.range.clone()].contains(['\'', '′', '’'])
            && b.primary().value < 3600.0;
        let adjacent = text
            .get(a.range.end..b.range.start)
            .is_some_and(|g| !g.is_empty() && g.chars().all(char::is_whitespace));
        if let (Some(h), true, true) = (hours, lap, adjacent) {
            let secs = h * 3600.0 + b.primary().value;
            merge_as_time(out, i, secs);
        }
        i += 1;
    }
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
    // " s " after the seconds (its spaces may be no-break ones, as French
    // sets them: "1 min 04 s 87"), or nothing after 秒 ("1分54秒12"), or 秒
    // alone between the seconds and their fraction ("58秒71", 58.71
    // seconds; "0秒6").
    let after_s = |a: &Mention, b: &Mention| {
        let Some(gap) = text.get(a.range.end..b.range.start) else {
            return false;
        };
        let spaced_s = gap
            .chars()
            .map(|c| {
                if matches!(c, '\u{a0}' | '\u{202f}') {
                    ' '
                } else {
                    c
                }
            })
            .eq(" s ".chars());
        let cjk_seconds = gap.is_empty()
            && a.kind == Kind::Time
            && text.get(..a.range.end).is_some_and(|t| t.ends_with('秒'));
        let cjk_bare = gap == "秒" && matches!(lang, Lang::Ja | Lang::Zh);
        (spaced_s || cjk_seconds || cjk_bare) && fraction(b).is_some()
    };
    let seconds = |a: &Mention| {
        matches!(lang, Lang::Fr | Lang::It | Lang::Ja | Lang::Zh)
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

/// A prime between `a` and `b` and a double prime after `b`: minutes and
/// seconds ("03'47\"", "1'15''", "12′07″").
fn marked_by_primes(text: &str, a: &Mention, b: &Mention) -> bool {
    let gap = text.get(a.range.end..b.range.start).unwrap_or("");
    let after = text.get(b.range.end..).unwrap_or("");
    matches!(gap, "'" | "’" | "′")
        && (after.starts_with(['"', '″', '”']) || after.starts_with("''"))
}

/// "4 h 02 min 37 s" and "2h03'47\"" (a time read as "4 h 02" and a count of
/// seconds), and
/// "1:07 Minuten", "3:45 min" (a clock written before a word of minutes:
/// minutes and seconds): the seconds joined, the minutes read.
fn minutes_and_seconds(text: &str, lang: Lang, out: &mut Vec<Mention>) {
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
            // "2h03'47\"": minutes and seconds marked with primes.
            let primes = marked_by_primes(text, a, b);
            a.kind == Kind::Time
                && b.kind == Kind::Cardinal
                && b.primary().value < 60.0
                && (primes
                    || ((b.unit == Some("sec") || seconds_symbol(text, b)) && gap.trim() == "min"))
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
    // "1'15\"", "12′07″": minutes and seconds marked with primes, as sports
    // reports write a gap or a lap. Not in English, where the same marks
    // give feet and inches ("5'11\"").
    if lang != Lang::En {
        join_into_previous(
            out,
            |a, b| {
                let two_digits = text
                    .get(b.range.clone())
                    .is_some_and(|w| w.len() == 2 && w.bytes().all(|c| c.is_ascii_digit()));
                let whole = |m: &Mention| {
                    m.kind == Kind::Cardinal
                        && m.unit.is_none()
                        && m.scale.is_none()
                        && m.primary().domain == Domain::Quantity
                        && m.primary().value >= 0.0
                        && m.primary().value.fract() == 0.0
                };
                marked_by_primes(text, a, b)
                    && whole(a)
                    && whole(b)
                    && two_digits
                    && b.primary().value < 60.0
            },
            |a, b| {
                a.kind = Kind::Time;
                a.strength = a.strength.max(b.strength);
                a.readings = vec![Reading {
                    domain: Domain::Time,
                    value: a.primary().value * 60.0 + b.primary().value,
                }];
            },
        );
        // "1'21\"046": the digits after the double prime are the seconds'
        // fraction, as Italian and French reports write a lap
        // (1:21.046).
        join_into_previous(
            out,
            |a, b| {
                let gap = text.get(a.range.end..b.range.start).unwrap_or("");
                let written = text.get(a.range.clone()).unwrap_or("");
                let digits = text.get(b.range.clone()).unwrap_or("");
                a.kind == Kind::Time
                    && written.contains(['\'', '’', '′'])
                    && matches!(gap, "\"" | "″" | "”" | "''")
                    && (1..=3).contains(&digits.len())
                    && digits.bytes().all(|c| c.is_ascii_digit())
            },
            |a, b| {
                let digits = text.get(b.range.clone()).unwrap_or("");
                let fraction = b.primary().value / 10f64.powi(digits.len() as i32);
                for r in a.readings.iter_mut().filter(|r| r.domain == Domain::Time) {
                    r.value += fraction;
                }
            },
        );
    }
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

/// Mention `i` of `out` and the one after it as one time of `secs` seconds.
fn merge_as_time(out: &mut Vec<Mention>, i: usize, secs: f64) {
    let end = out[i + 1].range.end;
    out.remove(i + 1);
    let t = &mut out[i];
    t.kind = Kind::Time;
    t.unit = None;
    t.readings = vec![Reading {
        domain: Domain::Time,
        value: secs,
    }];
    t.range.end = end;
}
