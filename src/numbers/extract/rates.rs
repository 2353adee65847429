//! Rates: a price given per unit ("$3.99 a pound", "2,50 € le kilo",
//! "每斤1.38元", "1.38元/斤"), which a translator may give per another unit,
//! converted ("8.80 dollars per kilogram"). The unit it is per is kept on the
//! mention ([`Mention::per`]); the comparison converts it.

use super::*;

/// Most bytes between a price (and its currency) and a slash before the unit
/// it is given per ("1,20 €/kg", "1.38元/斤").
const RATE_GAP: usize = 12;

/// Marks every mention followed by one of the language's `per` phrases
/// (`number-context.txt`: "per", "a", "le", "je", "за") or a slash and a
/// unit's word, or (Chinese, which puts it first) preceded by a
/// `per-before` word and a unit ("每斤").
pub(super) fn mark_rates(text: &str, lang: Lang, ms: &mut [Mention]) {
    let after = conventions::context(lang, "per");
    let before = conventions::context(lang, "per-before");
    if after.is_empty() && before.is_empty() && !text.contains('/') {
        return;
    }
    // A price names its currency ("$5.49", "2,50 euros"); Chinese may leave
    // 元 unread, so there the per word before it is enough.
    let money = |u: Option<&str>| {
        u.is_some_and(|u| u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase()))
    };
    for i in 0..ms.len() {
        let m = &ms[i];
        if m.primary().domain != Domain::Quantity || (!money(m.unit) && before.is_empty()) {
            continue;
        }
        let next_start = ms.get(i + 1).map_or(text.len(), |n| n.range.start);
        let rest = text.get(m.range.end..next_start).unwrap_or("");
        let per = (money(m.unit) || !before.is_empty())
            .then(|| unit_after(rest, after))
            .flatten()
            .or_else(|| {
                let prev_end = i
                    .checked_sub(1)
                    .map_or(0, |k| ms[k].range.end.min(m.range.start));
                unit_before(text.get(prev_end..m.range.start).unwrap_or(""), before)
            });
        // "a pound" after a price is the weight: the currency's word is both.
        let per = per.map(|u| if u == "GBP" { "lb" } else { u });
        if let Some(u) = per.filter(|u| units::is_measure(u) || matches!(*u, "jin" | "mu")) {
            ms[i].per = Some(u);
        }
    }
    // The other end of a range of prices ("2.76 to 2.90 yuan per kilogram",
    // "每斤1.38元至1.45元") is per the same unit.
    for i in 1..ms.len() {
        let gap = text
            .get(ms[i - 1].range.end..ms[i].range.start)
            .unwrap_or("");
        let joined = gap.chars().count() <= RANGE_GAP
            && !gap.contains(['.', ';', ',', '。', '，'])
            && ms[i - 1].unit == ms[i].unit;
        if !joined {
            continue;
        }
        match (ms[i - 1].per, ms[i].per) {
            (Some(p), None) => ms[i].per = Some(p),
            (None, Some(p)) => ms[i - 1].per = Some(p),
            _ => {}
        }
    }
}

/// Most characters of a unit between a "1" and a `per-after` word
/// ("1メガワット時あたり").
const PER_ONE_UNIT_CHARS: usize = 8;

/// The one of a rate's "per one unit", which most languages leave unwritten
/// ("1メガワット時あたり" / "per megawatt hour", "每1公斤" / "per kilogram"):
/// a 1 before a unit and a `per-after` word, or after a `per-before` word,
/// is only matched, never reported as added or missing.
pub(super) fn mark_per_one(text: &str, lang: Lang, ms: &mut [Mention]) {
    let after = conventions::context(lang, "per-after");
    let before = conventions::context(lang, "per-before");
    if after.is_empty() && before.is_empty() {
        return;
    }
    for m in ms.iter_mut() {
        if m.primary().domain != Domain::Quantity || m.primary().value != 1.0 {
            continue;
        }
        let rest = text.get(m.range.end..).unwrap_or("");
        let unit_then_per = after.iter().filter_map(|p| p.first()).any(|w| {
            rest.find(w).is_some_and(|k| {
                let unit = &rest[..k];
                !unit.is_empty()
                    && unit.chars().count() <= PER_ONE_UNIT_CHARS
                    && unit.chars().all(char::is_alphabetic)
            })
        });
        let head = text.get(..m.range.start).unwrap_or("").trim_end();
        let per_before = before
            .iter()
            .filter_map(|p| p.first())
            .any(|w| head.ends_with(w));
        if unit_then_per || per_before {
            m.strength = Strength::MatchOnly;
        }
    }
}

/// Most characters between the two ends of a range of prices ("1.38元至",
/// " to ", " bis ").
const RANGE_GAP: usize = 6;

/// The unit after a rate phrase or a slash at the start of `rest` (after the
/// number's currency word, if any): "a pound", "/kg", "per kilogram".
fn unit_after(rest: &str, phrases: &[Vec<&str>]) -> Option<&'static str> {
    let head: String = rest.chars().take(RATE_GAP + 20).collect();
    let lower = head.to_lowercase();
    // "/斤", "/kg", "€/t".
    if let Some(k) = lower.find('/') {
        if k <= RATE_GAP {
            let unit: String = lower[k + 1..]
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .collect();
            let cjk: String = lower[k + 1..].chars().take(1).collect();
            return units::unit_of(&unit).or_else(|| units::unit_of(&cjk));
        }
    }
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .collect();
    // The currency's word may stand between ("1,38 yuans le kilo").
    for skip in 0..=1 {
        for p in phrases {
            let Some(tail) = words.get(skip..skip + p.len() + 1) else {
                continue;
            };
            if tail[..p.len()].iter().zip(p).all(|(w, want)| w == want) {
                let unit = tail[p.len()].trim_end_matches(['.', ';', ':']);
                if let Some(u) = units::unit_of(unit) {
                    return Some(u);
                }
            }
        }
    }
    None
}

/// The unit of a `per-before` phrase ending `before` ("每斤", "每公斤").
fn unit_before(before: &str, phrases: &[Vec<&str>]) -> Option<&'static str> {
    let before = before.trim_end();
    phrases.iter().find_map(|p| {
        let word = p.first()?;
        let k = before.rfind(word)?;
        let unit = &before[k + word.len()..];
        (!unit.is_empty() && unit.chars().count() <= 2)
            .then(|| units::unit_of(unit))
            .flatten()
    })
}
