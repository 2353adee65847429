//! Halves: "eight and a half", "a year and a half", "hodinu a půl",
//! "两个半小时", and the minutes of a match counted from each half.
use super::*;

/// The language's `half-more` phrases, when the text may hold one: most
/// texts have no half at all, so a look at the text comes before reading
/// any words.
fn half_phrases(text: &str, lang: Lang) -> Option<&'static [Vec<&'static str>]> {
    let phrases = conventions::context(lang, "half-more");
    phrases
        .iter()
        .any(|p| p.last().is_some_and(|w| text.contains(w)))
        .then_some(phrases)
}

/// "tres años y medio", "trois ans et demi", "три с половиной", "3 and a
/// half": a half (`half-more` in `number-context.txt`) after a count, or after
/// the count and its noun, adds to it; the count alone stays a second
/// reading. A clock time read from such a phrase
/// ("deux heures et demie", half past two) is also the duration it names.
pub(super) fn add_a_half(text: &str, lang: Lang, ms: &mut [Mention]) {
    let Some(phrases) = half_phrases(text, lang) else {
        return;
    };
    for m in ms.iter_mut() {
        let Some(rest) = text.get(m.range.end..) else {
            continue;
        };
        let mut words = rest
            .split(|c: char| c.is_whitespace())
            .filter(|w| !w.is_empty())
            .take(4);
        let next: Vec<String> = words.by_ref().map(str::to_lowercase).collect();
        // The phrase right after the count, or after one word (its noun).
        let found = phrases.iter().find_map(|p| {
            [0usize, 1].into_iter().find_map(|skip| {
                let after = next.get(skip..skip + p.len())?;
                let whole = after
                    .iter()
                    .zip(p.iter())
                    .enumerate()
                    .all(|(k, (w, want))| {
                        let w = if k + 1 == p.len() {
                            w.trim_end_matches(|c: char| !c.is_alphanumeric())
                        } else {
                            w.as_str()
                        };
                        w == *want
                    });
                (whole && (skip == 0 || next[0].chars().all(char::is_alphabetic)))
                    .then_some(skip + p.len())
            })
        });
        // The words read: the phrase and the noun it may follow.
        let Some(read) = found else {
            continue;
        };
        let p = m.primary();
        match p.domain {
            Domain::Quantity
                if p.value >= 1.0 && p.value.fract() == 0.0 && m.kind == Kind::Cardinal =>
            {
                // The count alone stays a reading: "семи с половиной годам"
                // may come out as "seven years and six months". A half after
                // a scale is half of it: "dos millones y medio", 2.5 million.
                m.readings[0].value = p.value + 0.5 * m.scale.unwrap_or(1.0);
                m.readings.push(p);
                // The unit after the half ("pět a půl kilometru", "three and
                // a half miles") is the count's.
                if m.unit.is_none() {
                    if let Some(w) = next.get(read) {
                        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                        m.unit = super::units::unit_of(w);
                    }
                }
            }
            Domain::Time if m.words && (p.value / 3600.0).fract() == 0.5 => {
                m.readings.push(Reading::q(p.value / 3600.0));
            }
            _ => {}
        }
    }
}

/// "a year and a half", "un año y medio", "une heure et demie": an article,
/// its noun and a half (`half-more`) are one and a half; so are a unit's
/// noun and a half with no count before them ("hodinu a půl"). The article alone
/// is no number, so nothing else reads it; the value only satisfies a match
/// ("anderthalb Jahre", "18 months" is left to the reader).
pub(super) fn article_and_a_half(text: &str, lang: Lang, ms: &mut Vec<Mention>) {
    let Some(phrases) = half_phrases(text, lang) else {
        return;
    };
    let words = bare_words(text);
    let mut added = Vec::new();
    for k in 2..words.len() {
        for p in phrases {
            let Some(after) = words.get(k..k + p.len()) else {
                continue;
            };
            if !after.iter().zip(p.iter()).all(|(w, want)| w.2 == *want) {
                continue;
            }
            let (article, noun) = (&words[k - 2], &words[k - 1]);
            let is_article =
                words::lookup(lang, &article.2).is_some_and(|e| e.class == words::Class::Article);
            let taken = ms
                .iter()
                .any(|m| m.range.start < noun.1 && article.0 < m.range.end);
            if taken || !noun.2.chars().all(char::is_alphabetic) {
                continue;
            }
            // Languages without an article write the noun alone ("hodinu a
            // půl", an hour and a half): a unit's noun with no count before it.
            let start = if is_article {
                article.0
            } else if units::unit_of(&noun.2).is_some() {
                noun.0
            } else {
                continue;
            };
            added.push(Mention::matching_words(
                start..after[after.len() - 1].1,
                Kind::Cardinal,
                vec![Reading::q(1.5), Reading::q(1.0)],
            ));
        }
    }
    if !added.is_empty() {
        ms.extend(added);
        ms.sort_by_key(|m| (m.range.start, m.range.end));
    }
}

/// The words of `text` split at white space, as (start, end, the word in
/// lower case without the punctuation around it).
fn bare_words(text: &str) -> Vec<(usize, usize, String)> {
    word_spans(text)
        .into_iter()
        .map(|(s, e)| {
            let bare = text[s..e]
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            (s, e, bare)
        })
        .collect()
}

/// The byte spans of the words of `text` split at white space.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// "an inch of rain", "a mile away", "half a mile", "a half mile": an
/// article right before a measure's word (a length, an area, a volume, a
/// mass) is one of it, and a half before the article or after it half of it,
/// as "one inch" and "0.5 miles" are; "a century" is a hundred years, "half
/// a century" fifty. The article is no number of its own, so
/// the value only satisfies a match: a translation that gives the measure
/// converted ("25 mm", "800 metres") is accounted for.
pub(super) fn article_before_unit(text: &str, lang: Lang, ms: &mut Vec<Mention>) {
    /// Longest article or half word, in bytes ("einen", "halben"): longer
    /// words are not looked up.
    const SHORT_WORD_BYTES: usize = 8;
    // The words' spans; a word is lower-cased only when asked about.
    let spans = word_spans(text);
    let bare = |k: usize| {
        text[spans[k].0..spans[k].1]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    // Each short word compared once with the language's few articles and
    // halves: an article (1) or a half (2).
    let short = words::articles_and_halves(lang);
    if short.is_empty() {
        return;
    }
    let kinds: Vec<u8> = spans
        .iter()
        .map(|&(s, e)| {
            let w = text[s..e].trim_matches(|c: char| !c.is_alphanumeric());
            if w.len() > SHORT_WORD_BYTES {
                return 0;
            }
            short
                .iter()
                .find(|(a, _)| a.len() == w.len() && a.eq_ignore_ascii_case(w))
                .map_or(0, |&(_, article)| if article { 1 } else { 2 })
        })
        .collect();
    let is_article = |k: usize| kinds[k] == 1;
    let is_half = |k: usize| kinds[k] == 2;
    let mut added = Vec::new();
    for k in 1..spans.len() {
        // The words read: "a mile", "half a mile", "a half mile".
        let (start, value) = if k >= 2
            && ((is_article(k - 1) && is_half(k - 2)) || (is_half(k - 1) && is_article(k - 2)))
        {
            (spans[k - 2].0, 0.5)
        } else if is_article(k - 1) {
            (spans[k - 1].0, 1.0)
        } else {
            continue;
        };
        let word = bare(k);
        // "a century", "un siècle": a hundred years, as "сто лет" says it.
        let century = conventions::is_context_word("century", &word);
        let unit = units::unit_of(&word).filter(|u| units::is_measure(u));
        if unit.is_none() && !century {
            continue;
        }
        let (ws, we) = spans[k];
        let end = ws
            + text[ws..we]
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .len();
        // A half already read with the unit, or a count in the phrase.
        if ms
            .iter()
            .any(|m| m.range.start < end && start < m.range.end && m.unit.is_some())
        {
            continue;
        }
        let value = if century { value * 100.0 } else { value };
        let mut m = Mention::matching_words(start..end, Kind::Cardinal, vec![Reading::q(value)]);
        m.unit = unit;
        added.push(m);
    }
    if !added.is_empty() {
        ms.retain(|m| {
            !added
                .iter()
                .any(|a| a.range.start <= m.range.start && m.range.end <= a.range.end)
        });
        ms.extend(added);
        ms.sort_by_key(|m| (m.range.start, m.range.end));
    }
}

/// Japanese sports reports count a match's minutes from the start of each
/// half ("後半22分", the 22nd minute of the second half, is the 67th of a
/// football match; "延長後半3分" the 108th): the minute of the match is a
/// second reading. A rugby match's halves last 40 minutes: in a report that
/// names the game or its tries (`RUGBY_WORDS`), "後半22分" is the 62nd.
pub(super) fn half_minutes(text: &str, lang: Lang, ms: &mut [Mention]) {
    const HALVES: &[(&str, f64)] = &[("延長後半", 105.0), ("延長前半", 90.0), ("後半", 45.0)];
    /// Rugby, rugby union, a try, a scrum: a report of a rugby match.
    const RUGBY_WORDS: &[&str] = &["ラグビー", "トライ", "スクラム"];
    const RUGBY_SECOND_HALF: f64 = 40.0;
    if lang != Lang::Ja {
        return;
    }
    for m in ms.iter_mut() {
        let (before, after) = (&text[..m.range.start], &text[m.range.end..]);
        let p = m.primary();
        if p.domain != Domain::Quantity || !after.starts_with('分') || p.value >= 60.0 {
            continue;
        }
        if let Some(&(h, offset)) = HALVES.iter().find(|(h, _)| before.trim_end().ends_with(h)) {
            m.readings.push(Reading::q(p.value + offset));
            if h == "後半" && RUGBY_WORDS.iter().any(|w| text.contains(w)) {
                m.readings.push(Reading::q(p.value + RUGBY_SECOND_HALF));
            }
        }
    }
}

/// Chinese and Japanese put a half after the count and its measure word or
/// unit: "两个半小时" (two and a half hours), "2年半", "1時間半", "一个半月".
/// The count plus a half is read first; the count alone stays a reading.
/// "半ば" (the middle of) is no half.
pub(super) fn cjk_half(text: &str, lang: Lang, ms: &mut [Mention]) {
    /// Measure words and units between a count and its half.
    const BETWEEN: &[&str] = &[
        "个小时",
        "個小時",
        "个月",
        "個月",
        "ヶ月",
        "か月",
        "カ月",
        "小时",
        "小時",
        "時間",
        "週間",
        "分钟",
        "分鐘",
        "个",
        "個",
        "年",
        "天",
        "日",
        "周",
        "週",
        "分",
        "公里",
        "キロ",
    ];
    if !matches!(lang, Lang::Zh | Lang::Ja) || !text.contains('半') {
        return;
    }
    for m in ms.iter_mut() {
        let p = m.primary();
        if p.domain != Domain::Quantity
            || m.kind != Kind::Cardinal
            || p.value < 1.0
            || p.value.fract() != 0.0
        {
            continue;
        }
        let after = &text[m.range.end..];
        let rest = BETWEEN
            .iter()
            .find_map(|b| after.strip_prefix(b))
            .unwrap_or(after);
        if rest.starts_with('半') && !rest.starts_with("半ば") {
            m.readings[0].value = p.value + 0.5;
            m.readings.push(p);
        }
    }
}

/// "двох з половиною мільйонів", "dos millones y medio" read the other way
/// round: a count with its half (`add_a_half`) and then a scale word alone,
/// or the half with the scale ("dva a půl milionu"), are one number, the
/// count and a half times the scale (2.5 million).
pub(super) fn half_then_scale(text: &str, lang: Lang, ms: &mut Vec<Mention>) {
    let Some(phrases) = half_phrases(text, lang) else {
        return;
    };
    let joins = |a: &Mention, b: &Mention| {
        let gap = text
            .get(a.range.end..b.range.start)
            .unwrap_or("")
            .to_lowercase();
        let gap: Vec<&str> = gap.split_whitespace().collect();
        let counted = a.kind == Kind::Cardinal
            && a.scale.is_none()
            && a.primary().domain == Domain::Quantity
            && a.primary().value.fract() == 0.5;
        let scale_word = b.kind == Kind::Cardinal
            && b.words
            && b.scale.is_some_and(|s| s >= 1e6 && b.primary().value == s)
            && phrases.iter().any(|p| p == &gap);
        // The half read with the scale as half of it ("dva a půl milionu":
        // "půl milionu", half a million, after "dva a").
        let half_of_scale = b.kind == Kind::Fraction
            && b.scale
                .is_some_and(|s| s >= 1e6 && b.primary().value == 0.5 * s)
            && phrases.iter().any(|p| {
                p.split_last().is_some_and(|(half, before)| {
                    before == gap.as_slice()
                        && text
                            .get(b.range.clone())
                            .is_some_and(|t| t.to_lowercase().starts_with(*half))
                })
            });
        counted && (scale_word || half_of_scale)
    };
    super::joins::join_into_previous(ms, joins, |a, b| {
        let scale = b.scale.unwrap_or(1.0);
        a.readings = vec![Reading::q(a.primary().value * scale)];
        a.scale = b.scale;
        a.unit = a.unit.or(b.unit);
        a.strength = Strength::Strong;
    });
}
