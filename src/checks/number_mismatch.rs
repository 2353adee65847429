//! `number-mismatch`: quantities, dates, weekdays and times of the original
//! that the translation changed, scaled, dropped or added, compared as values
//! (see `crate::numbers`), not as digit strings.

use super::{Check, CheckDoc, Context, FindingKind, PairView};
use crate::document::{Document, Paragraph};
use crate::finding::{Finding, Severity};
use crate::lang::Lang;
use crate::numbers::{self, compare::Sides, render, IssueKind, Mention};

pub static DOC: CheckDoc = CheckDoc {
    id: "number-mismatch",
    kinds: &[
        FindingKind {
            id: "changed",
            doc: "a number with another value in the translation",
        },
        FindingKind {
            id: "scale",
            doc: "the same digits with another scale (thousand, million, billion)",
        },
        FindingKind {
            id: "date",
            doc: "a date changed (a day, a month, a year)",
        },
        FindingKind {
            id: "weekday",
            doc: "a weekday that contradicts its date or the source's weekday",
        },
        FindingKind {
            id: "score",
            doc: "a sports score changed",
        },
        FindingKind {
            id: "missing",
            doc: "a source number absent from the translation",
        },
        FindingKind {
            id: "extra",
            doc: "a number in the translation the source does not have",
        },
    ],
    summary:
        "a quantity, date, weekday or time that differs between the original and the translation",
    body: "\
**What it catches.** Values of the original that the translation does not carry over: a
changed number (`180 journalistes` → `18 journalists`), a scale error (`1,5 milliard` →
`1.5 million`, a thousands separator left in the source's convention: `2.100 millones` →
`2.100 million`), a wrong date (`18 juillet` → `July 8`) or weekday (`vendredi` →
`Thursday`, also a weekday that contradicts the full date it is written with: `le 14 mars
2024` → `Wednesday, March 14, 2024`, a Thursday), a changed score (`3-1` → `3-2`, compared as
a score even when the changed number matches another of the sentence), a wrong time (`14h30` →
`2:30 a.m.`), and numbers present on one side only.
Values are compared, not strings: locale formats (`1 000,5` = `1,000.5` = `1.000,5`),
number words (`cinq` = `five`, `dreiundzwanzig` = `23`), scale words with their value in
each language (`milliard` = 10⁹, French `billion` = 10¹²), dates written either way round,
times in either clock, and CJK numerals (`14.6万` = 146,000) all compare equal.

**Why it matters.** A wrong number in published news is the most expensive translation
error there is, and it is invisible to a reader of the translation.

**Example.** `une enquête ... de 17 médias` → `an investigation ... by 71 media`:
`changed` (critical), with both values and both spans. The message names the kind, the
source's value, the value written the way the target language writes it and what the
translation has (`source 12 500 → expected 12,500 in English; found 12,800`); the JSON
finding carries them as `source_value`, `target_value` and `expected`.

**Severity.** Changed values, scale errors, wrong dates and weekdays are critical; a value
missing from, or added to, the translation is major, except a small count in words (up to
ten: `two`, `deux`, `пятеро`), which the other language often carries by its grammar
(`the two sides` → `both sides`, a dual, a collective numeral): that one is minor. Confidence is lower when either side
is in words, approximate (`about`, `environ`, `约`) or when another pairing was nearly as good.

**Known false positives.** A translator's free rendering: `a third more` for a number,
a year written in words on one side only, unit conversions. Articles (`un`, `a`, `ein`),
words with other meanings (`neuf`, `sei`, `second`), fractions and bare plurals (`dozens`)
never raise a finding on their own.",
};

/// Paragraphs either side in which a value that moved is still accepted.
const NEIGHBOURHOOD: usize = 1;

pub struct NumberMismatch;

/// Small counts written in words ("two", "deux", "zwei", "пятеро") are
/// often carried by the grammar of the other language instead of a number:
/// "the two sides" → "both sides", a dual or a collective numeral, "seven
/// days a week" → "around the clock". Up to this value, such a word alone on
/// one side is worth a look (minor), not a stop.
const ABSORBED_WORD_MAX: f64 = 10.0;

/// Counters of people in Chinese and Japanese ("2人", "5名"): these
/// languages count the people a story speaks of where English and the
/// European languages say "they", "both" or "the others".
const PERSON_COUNTERS: &[char] = &['人', '名'];

/// The severity of a value on one side only: major, or minor for a small
/// count in words, or a small count of people in Chinese or Japanese
/// (`text` is the side's text, `lang` its language).
fn alone_severity(m: Option<&Mention>, text: &str, lang: Lang) -> Severity {
    let small_word = m.is_some_and(|m| {
        let r = m.primary();
        m.words && r.domain == numbers::Domain::Quantity && r.value.abs() <= ABSORBED_WORD_MAX
    });
    let people = m.is_some_and(|m| {
        let r = m.primary();
        matches!(lang, Lang::Zh | Lang::Ja)
            && r.domain == numbers::Domain::Quantity
            && r.value.abs() <= ABSORBED_WORD_MAX
            && text
                .get(m.range.end..)
                .and_then(|t| t.chars().next())
                .is_some_and(|c| PERSON_COUNTERS.contains(&c))
    });
    if small_word || people {
        Severity::Minor
    } else {
        Severity::Major
    }
}

/// A day or a year on one side only that the other side names relative to
/// the story's day ("今年" → "in 2021", "the same day" → "am 12."): the
/// translator made the date explicit, or relative, which the text alone
/// cannot confirm or refute. Worth a look (minor), not a stop.
fn dated_relatively(m: Option<&Mention>, other_text: &str, other_lang: Lang) -> Option<String> {
    let m = m?;
    let r = m.primary();
    let day_or_year = match m.kind {
        numbers::Kind::Year | numbers::Kind::Date | numbers::Kind::Weekday => true,
        // "on the 12th": a day of the month.
        numbers::Kind::Ordinal => {
            r.domain == numbers::Domain::Quantity && (1.0..=31.0).contains(&r.value)
        }
        _ => false,
    };
    if !day_or_year {
        return None;
    }
    numbers::conventions::relative_date_in(other_lang, other_text)
}

/// Whether `m`'s value, a figure of two digits or more, is stated anywhere
/// in `doc` (read as `lang`): a value one side repeats and the other gives
/// once, in another paragraph ("150 years" in the headline and the body), or
/// moved further than the next paragraph.
fn stated_elsewhere(m: Option<&Mention>, doc: &Document, lang: Lang) -> bool {
    let Some(m) = m else { return false };
    let r = m.primary();
    if m.words || r.domain != numbers::Domain::Quantity || r.value.abs() < 10.0 {
        return false;
    }
    let values = doc.number_values.get_or_init(|| {
        let mut vs: Vec<f64> = doc
            .paragraphs
            .iter()
            .flat_map(|p| paragraph_mentions(doc, p, lang).into_owned())
            .flat_map(|m| m.readings.into_iter())
            .filter(|r| r.domain == numbers::Domain::Quantity)
            .map(|r| r.value)
            .collect();
        vs.sort_by(f64::total_cmp);
        vs.dedup();
        vs
    });
    values.binary_search_by(|v| v.total_cmp(&r.value)).is_ok()
}

/// Whether `m` and a value next to it are one quantity in two units, one in
/// brackets ("20ヤード（約18メートル）", "45 m/s (162 km/h)", "100 miles (160
/// km)", "2 million mu (about 130,000 hectares)", "110 градусов по
/// Фаренгейту (43 °C)"): a conversion a writer adds or leaves out. Each
/// number is followed by its unit, and the units differ.
fn beside_a_conversion(m: Option<&Mention>, own: &[Mention], text: &str) -> bool {
    let Some(m) = m else { return false };
    // The unit written after a number: its letters or its degree sign, up
    // to four.
    let unit = |x: &Mention| -> String {
        text.get(x.range.end..)
            .unwrap_or("")
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphabetic() || matches!(c, '/' | '²' | '³' | '°' | '℃' | '℉'))
            .take(4)
            .collect()
    };
    // The first value's unit in a few words, the bracket, and at most a
    // word of approximation before the second ("about", "約", "около").
    let opens = |a: &Mention, b: &Mention| {
        a.range.end <= b.range.start
            && text.get(a.range.end..b.range.start).is_some_and(|g| {
                let Some((unit_words, inside)) = g.split_once(['(', '（']) else {
                    return false;
                };
                g.chars().count() <= CONVERSION_GAP_MAX_CHARS
                    && !g.contains([')', '）'])
                    && unit_words.split_whitespace().count() <= CONVERSION_UNIT_MAX_WORDS
                    && inside.split_whitespace().count() <= 1
            })
    };
    let mu = unit(m);
    !mu.is_empty()
        && own.iter().any(|n| {
            let nu = unit(n);
            !std::ptr::eq(n, m) && !nu.is_empty() && nu != mu && (opens(m, n) || opens(n, m))
        })
}

/// Most characters between a value and its conversion in brackets.
const CONVERSION_GAP_MAX_CHARS: usize = 40;

/// Most words of a unit between a value and the bracket of its conversion
/// ("kg per mu", "градусов по Фаренгейту").
const CONVERSION_UNIT_MAX_WORDS: usize = 3;

/// A day of the month on one side written beside its weekday ("17日（土）",
/// "Saturday, 17"), where the other side names that weekday alone ("on
/// Saturday"), or a day on one side where the other names a weekday this
/// side does not ("11日" / "through Friday"): the translator made the date
/// explicit, or left it to the weekday. The weekday (1 Monday – 7 Sunday).
fn dated_by_weekday(m: Option<&Mention>, own: &[Mention], other: &[Mention]) -> Option<u8> {
    let m = m?;
    let r = m.primary();
    let day = match m.kind {
        numbers::Kind::Date => true,
        // "17日", "the 17th": a day; a bare count ("日曜日、30人") is none.
        numbers::Kind::Ordinal => {
            r.domain == numbers::Domain::Quantity
                && r.value.fract() == 0.0
                && (1.0..=31.0).contains(&r.value)
        }
        _ => false,
    };
    if !day {
        return None;
    }
    let near = |w: &Mention| {
        let gap = if w.range.start >= m.range.end {
            w.range.start - m.range.end
        } else {
            m.range.start.saturating_sub(w.range.end)
        };
        gap <= 3
    };
    let weekdays = |ms: &[Mention]| -> Vec<u8> {
        ms.iter()
            .filter(|w| w.kind == numbers::Kind::Weekday)
            .map(|w| w.primary().value as u8)
            .collect()
    };
    let (mine, theirs) = (weekdays(own), weekdays(other));
    own.iter()
        .filter(|w| w.kind == numbers::Kind::Weekday && near(w))
        .map(|w| w.primary().value as u8)
        .find(|d| theirs.contains(d))
        // Or the other side names a weekday this side does not, where this
        // side gives the day ("11日" / "through Friday").
        .or_else(|| theirs.iter().copied().find(|d| !mine.contains(d)))
}

/// The number mentions of paragraph `p` of `doc` read as `lang`, ranges in
/// the document. Read once per paragraph in the document's own language: a
/// paragraph is read for its own pair, as a neighbour of the next and the
/// one before, and for the values of the whole document.
fn paragraph_mentions<'d>(
    doc: &'d Document,
    p: &Paragraph,
    lang: Lang,
) -> std::borrow::Cow<'d, [Mention]> {
    let read = || {
        let mut ms = numbers::extract(&doc.text[p.range()], lang);
        for m in &mut ms {
            m.range = m.range.start + p.start..m.range.end + p.start;
        }
        ms
    };
    if lang != doc.lang.lang {
        return std::borrow::Cow::Owned(read());
    }
    let cells = doc.number_mentions.get_or_init(|| {
        (0..doc.paragraphs.len())
            .map(|_| std::sync::OnceLock::new())
            .collect()
    });
    match cells.get(p.index) {
        Some(cell) => std::borrow::Cow::Borrowed(cell.get_or_init(read).as_slice()),
        None => std::borrow::Cow::Owned(read()),
    }
}

fn mentions_of<'a>(
    doc: &Document,
    paras: impl Iterator<Item = &'a Paragraph>,
    lang: Lang,
) -> Vec<Mention> {
    paras
        .flat_map(|p| paragraph_mentions(doc, p, lang).into_owned())
        .collect()
}

fn quote(doc: &Document, m: &Mention) -> String {
    doc.text
        .get(m.range.clone())
        .unwrap_or("")
        .trim()
        .to_string()
}

impl Check for NumberMismatch {
    fn doc(&self) -> &'static CheckDoc {
        &DOC
    }

    fn check(&self, pair: &PairView, cx: &Context) -> Vec<Finding> {
        let p = pair.pair();
        // A paragraph with no counterpart is the business of omission/addition.
        if p.source.is_empty() || p.target.is_empty() {
            return Vec::new();
        }
        let mut source = mentions_of(pair.source, pair.source_paragraphs(), cx.source_lang);
        let mut target = mentions_of(pair.target, pair.target_paragraphs(), cx.target_lang);
        numbers::compare::demote_kept_words(&mut source, &pair.source.text, pair.target_text());
        numbers::compare::demote_kept_words(&mut target, &pair.target.text, pair.source_text());
        if source.is_empty() && target.is_empty() {
            return Vec::new();
        }
        // Most pairs match on their own: look at the neighbours (where a value
        // may have moved across a paragraph boundary) only when something is left.
        let alone = numbers::compare(&Sides {
            source: &source,
            target: &target,
            source_near: &[],
            target_near: &[],
            source_lang: cx.source_lang,
            target_lang: cx.target_lang,
        });
        if alone.is_empty() {
            return Vec::new();
        }
        let own_s: Vec<usize> = p.source.clone();
        let own_t: Vec<usize> = p.target.clone();
        let source_near = mentions_of(
            pair.source,
            pair.source_neighbourhood(NEIGHBOURHOOD)
                .into_iter()
                .filter(|q| !own_s.contains(&q.index)),
            cx.source_lang,
        );
        let target_near = mentions_of(
            pair.target,
            pair.target_neighbourhood(NEIGHBOURHOOD)
                .into_iter()
                .filter(|q| !own_t.contains(&q.index)),
            cx.target_lang,
        );
        let sides = Sides {
            source: &source,
            target: &target,
            source_near: &source_near,
            target_near: &target_near,
            source_lang: cx.source_lang,
            target_lang: cx.target_lang,
        };
        let mut out = Vec::new();
        let (sl, tl) = (cx.source_lang, cx.target_lang);
        for issue in numbers::compare(&sides) {
            let s_text = issue.source.map(|m| quote(pair.source, m));
            let t_text = issue.target.map(|m| quote(pair.target, m));
            let s_val = issue.source.map(|m| m.describe_in(issue.domain));
            let t_val = issue.target.map(|m| m.describe_in(issue.domain));
            // A code (a telephone number, a model) is expected as written.
            let mut expected = issue.source.map(|m| {
                if m.kind == numbers::Kind::Code {
                    quote(pair.source, m)
                } else {
                    render::value(m, issue.domain, tl)
                }
            });
            let (mut s_shown, mut t_shown) = (s_text.clone(), t_text.clone());
            let (mut s_value, mut t_value) = (s_val.clone(), t_val.clone());
            if let Some(((a, b), (c, d))) = issue.scores {
                s_shown = Some(render::score(a, b, sl));
                t_shown = Some(render::score(c, d, tl));
                s_value = Some(format!("{a}-{b}"));
                t_value = Some(format!("{c}-{d}"));
                expected = Some(render::score(a, b, tl));
            }
            if let Some(c) = issue.calendar {
                expected = Some(render::weekday(c, tl));
            }
            // The target written as expected but read otherwise ("minus 40",
            // a sign from a word before it): say how it was read.
            if t_shown.is_some() && t_shown == expected && t_value.is_some() {
                t_shown = Some(format!(
                    "{} (read as {})",
                    t_shown.unwrap_or_default(),
                    t_value.clone().unwrap_or_default()
                ));
            }
            let lang = tl.name();
            let said = |s: &Option<String>| s.clone().unwrap_or_default();
            // "source 12 500 → expected 12,500 in English; found 12,800"
            let compared = format!(
                "source {} → expected {} in {lang}; found {}",
                said(&s_shown),
                said(&expected),
                said(&t_shown)
            );
            // A day or year made explicit, or relative, by the translation.
            let side = if issue.kind == IssueKind::Extra {
                "the original"
            } else {
                "the translation"
            };
            let relative = match issue.kind {
                IssueKind::Missing => dated_relatively(issue.source, pair.target_text(), tl),
                IssueKind::Extra => dated_relatively(issue.target, pair.source_text(), sl),
                _ => None,
            }
            .map(|phrase| format!("{side} dates it relative to the story's day: {phrase:?}"))
            .or_else(|| {
                let converted = match issue.kind {
                    IssueKind::Missing => {
                        beside_a_conversion(issue.source, &source, &pair.source.text)
                    }
                    IssueKind::Extra => {
                        beside_a_conversion(issue.target, &target, &pair.target.text)
                    }
                    _ => false,
                };
                converted.then(|| {
                    format!(
                        "a conversion into another unit, in brackets beside the value {}",
                        if issue.kind == IssueKind::Extra {
                            "the translation carries"
                        } else {
                            "the original carries"
                        }
                    )
                })
            })
            .or_else(|| {
                let weekday = match issue.kind {
                    IssueKind::Missing => dated_by_weekday(issue.source, &source, &target),
                    IssueKind::Extra => dated_by_weekday(issue.target, &target, &source),
                    _ => None,
                }?;
                Some(format!(
                    "{side} names the day by its weekday only: {}",
                    numbers::dates::weekday_name(weekday)
                ))
            });
            let (severity, message) = match issue.kind {
                IssueKind::Changed => (Severity::Critical, format!("number changed: {compared}")),
                IssueKind::Scale => (Severity::Critical, format!("wrong scale: {compared}")),
                // The same month, its day written on one side only ("March
                // 31" / "3月期", the period ending in March): less precise,
                // not changed.
                IssueKind::Date if day_left_out(issue.source, issue.target) => (
                    Severity::Minor,
                    format!("date less precise: {compared}"),
                ),
                IssueKind::Date => (Severity::Critical, format!("date changed: {compared}")),
                IssueKind::Weekday if issue.calendar.is_some() => (
                    Severity::Critical,
                    format!(
                        "weekday contradicts its date: found {}, but the date falls on a {} → expected {} in {lang}",
                        said(&t_shown),
                        numbers::dates::weekday_name(issue.calendar.unwrap_or(0)),
                        said(&expected)
                    ),
                ),
                IssueKind::Weekday => (Severity::Critical, format!("weekday changed: {compared}")),
                IssueKind::Score => (Severity::Critical, format!("score changed: {compared}")),
                IssueKind::Missing => (
                    alone_severity(issue.source, &pair.source.text, sl),
                    format!(
                        "number missing: source {} → expected {} in {lang}; not in the translation",
                        said(&s_shown),
                        said(&expected)
                    ),
                ),
                IssueKind::Extra => {
                    let read = match &t_val {
                        Some(v) if Some(v) != t_shown.as_ref() => format!(" ({v})"),
                        _ => String::new(),
                    };
                    (
                        alone_severity(issue.target, &pair.target.text, tl),
                        format!(
                            "number added: {}{read} in the translation is not in the original",
                            said(&t_shown)
                        ),
                    )
                }
            };
            let mut evidence = Vec::new();
            let elsewhere = match issue.kind {
                IssueKind::Missing => stated_elsewhere(issue.source, pair.target, tl),
                IssueKind::Extra => stated_elsewhere(issue.target, pair.source, sl),
                _ => false,
            };
            let severity = if elsewhere {
                evidence.push(format!(
                    "the {} states the same value in another paragraph",
                    if issue.kind == IssueKind::Extra {
                        "original"
                    } else {
                        "translation"
                    }
                ));
                Severity::Minor
            } else {
                severity
            };
            let severity = match relative {
                Some(why) => {
                    evidence.push(why);
                    Severity::Minor
                }
                None => severity,
            };
            if let (Some(t), Some(v)) = (&s_text, &s_val) {
                evidence.push(format!("original {t:?} = {v}"));
            }
            if let (Some(t), Some(v)) = (&t_text, &t_val) {
                evidence.push(format!("translation {t:?} = {v}"));
            }
            if issue.rivals > 0 {
                evidence.push(format!(
                    "{} other pairing(s) nearly as likely",
                    issue.rivals
                ));
            }
            let mut f = Finding::new(DOC.id, issue.kind.as_str(), severity, message)
                .confidence(issue.confidence)
                .evidence(evidence.join("; "))
                .values(s_value, t_value, expected);
            if let Some(m) = issue.target {
                f = f.target(pair.target.span(m.range.clone()));
            }
            if let Some(m) = issue.source {
                f = f.source(pair.source.span(m.range.clone()));
            }
            out.push(f);
        }
        out
    }
}

/// Whether one side of a date pair is a month alone and the other a date in
/// that month.
fn day_left_out(source: Option<&numbers::Mention>, target: Option<&numbers::Mention>) -> bool {
    use numbers::Domain;
    let month = |m: &numbers::Mention| {
        let r = m.primary();
        match r.domain {
            Domain::Month => Some((r.value as u32, false)),
            Domain::Date => Some(((r.value / 100.0).floor() as u32, true)),
            _ => None,
        }
    };
    match (source.and_then(month), target.and_then(month)) {
        (Some((a, day_a)), Some((b, day_b))) => a == b && day_a != day_b,
        _ => false,
    }
}
