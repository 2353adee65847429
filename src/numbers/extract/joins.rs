//! Passes that join neighbouring mentions into one value, or share a part
//! between them: a number written as its millions and its thousands, the
//! scale word and the unit of a range's second end, a length or a sum in two
//! units.

use super::*;

/// "1 млн 780 тыс.", "2 mld. 300 mil.": a number written as its millions and
/// its thousands, each with its scale word, is one number (1,780,000).
pub(super) fn join_scale_parts(text: &str, ms: &mut Vec<Mention>) {
    let parts = |a: &Mention, b: &Mention| match (a.scale, b.scale) {
        (Some(sa), Some(sb)) => {
            sb < sa
                && b.primary().value < sa
                && a.kind == Kind::Cardinal
                && b.kind == Kind::Cardinal
                && a.primary().domain == Domain::Quantity
                && b.primary().domain == Domain::Quantity
                && text
                    .get(a.range.end..b.range.start)
                    .is_some_and(|g| !g.is_empty() && g.chars().all(char::is_whitespace))
        }
        _ => false,
    };
    join_into_previous(ms, parts, |a, m| {
        a.readings = vec![Reading::q(a.primary().value + m.primary().value)];
        a.unit = a.unit.or(m.unit);
        a.scale = m.scale;
        a.decimals = None;
    });
}

/// "2 mil 300 empleos", "41 mil 800 millones de pesos": a count of
/// thousands in digits and its scale word, then the hundreds in digits (with
/// a larger scale word after them, or none), as Mexican Spanish writes
/// figures, is one number (2,300; 41,800 million).
pub(super) fn join_thousands_and_rest(text: &str, ms: &mut Vec<Mention>) {
    let digits = |m: &Mention| {
        text.get(m.range.clone())
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    };
    // The thousands word written out, as Spanish and Portuguese do ("mil"):
    // after an abbreviation ("780 тыс. 1 млн") a smaller scale first is two
    // numbers.
    let thousands_word = |m: &Mention| {
        text.get(m.range.clone())
            .is_some_and(|w| w.to_lowercase().ends_with(" mil"))
    };
    let parts = |a: &Mention, b: &Mention| {
        let rest = b.primary().value / b.scale.unwrap_or(1.0);
        a.scale == Some(1000.0)
            && b.scale.is_none_or(|s| s > 1000.0)
            && a.kind == Kind::Cardinal
            && b.kind == Kind::Cardinal
            && a.primary().domain == Domain::Quantity
            && b.primary().domain == Domain::Quantity
            && a.decimals.is_none()
            && b.decimals.is_none()
            && digits(a)
            && digits(b)
            && thousands_word(a)
            && (1.0..1000.0).contains(&rest)
            && rest.fract() == 0.0
            && text
                .get(a.range.end..b.range.start)
                .is_some_and(|g| !g.is_empty() && g.chars().all(char::is_whitespace))
    };
    join_into_previous(ms, parts, |a, m| {
        let scale = m.scale.unwrap_or(1.0);
        a.readings = vec![Reading::q(a.primary().value * scale + m.primary().value)];
        a.unit = a.unit.or(m.unit);
        a.scale = m.scale;
    });
}

/// In one pass, each mention that `joins` the one kept before it is merged
/// into it (`merge`, then its range extended) instead of being kept.
pub(super) fn join_into_previous(
    ms: &mut Vec<Mention>,
    joins: impl Fn(&Mention, &Mention) -> bool,
    merge: impl Fn(&mut Mention, &Mention),
) {
    if !ms.windows(2).any(|w| joins(&w[0], &w[1])) {
        return;
    }
    let mut kept: Vec<Mention> = Vec::with_capacity(ms.len());
    for m in ms.drain(..) {
        match kept.last_mut() {
            Some(a) if joins(a, &m) => {
                merge(a, &m);
                a.range.end = m.range.end;
            }
            _ => kept.push(m),
        }
    }
    *ms = kept;
}

/// The scale word after the second end of a range counts for the first end
/// too, in every language: "1,5 bis 2 Millionen" is 1.5 million to 2 million,
/// "between 3 and 4 billion", "от 1,5 до 2 млрд". The ends are joined by a
/// dash or a `range` word of `number-context.txt` (currency signs between
/// them aside), and the first end, bare, is smaller than the second's number.
pub(super) fn share_range_scale(text: &str, lang: Lang, ms: &mut [Mention]) {
    for i in 1..ms.len() {
        let (a, b) = (&ms[i - 1], &ms[i]);
        let Some(scale) = b.scale else { continue };
        // A percentage or another unit before "to" is no end of the range
        // ("rose 0.7% to 1.7 trillion yen").
        // A currency before the first end is the whole range's ("€90-110
        // million").
        let other_unit = match (a.unit, b.unit) {
            (Some(u), Some(v)) => u != v,
            (Some(u), None) => u == "%",
            _ => false,
        };
        if a.scale.is_some()
            || a.words
            || a.kind != Kind::Cardinal
            || other_unit
            || a.primary().domain != Domain::Quantity
        {
            continue;
        }
        let Some(between) = text.get(a.range.end..b.range.start) else {
            continue;
        };
        let between = between
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '$' | '€' | '£' | '¥'))
            .to_lowercase();
        // The second end may be approximate ("de 20 a unos 14 millones").
        let mut words: Vec<&str> = between.split_whitespace().collect();
        if words.len() >= 2 {
            for p in conventions::context(lang, "approx-before") {
                if words.len() > p.len() && words.ends_with(p) {
                    words.truncate(words.len() - p.len());
                    break;
                }
            }
        }
        // ... and open on an article ("tra i 50 e i 70 miliardi").
        if words.len() == 2 && crate::lang::words::is_determiner(lang, words[1]) {
            words.pop();
        }
        let joined = joins_range(lang, &words.join(" "));
        // Rising ("from 5 to 7 million") or falling within the scale's reach
        // ("de 20 a 14 millones"); a year or a small count before a sum is
        // no first end ("in 2019 to 3 million").
        let (va, vb) = (a.primary().value, b.primary().value / scale);
        if !(joined && va > 0.0 && (va < vb || va < vb * 10.0 && va < 1000.0)) {
            continue;
        }
        let a = &mut ms[i - 1];
        a.readings[0].value = va * scale;
        a.scale = Some(scale);
    }
}

/// A bare number after a number with a scale word in the same sentence may
/// leave the scale unsaid, in every language: "50 milioni di dollari,
/// mentre l'azienda ne aveva proposti 25", "$3 billion this year and 4 next
/// year". It also reads as that many of the scale (a second reading, so a
/// plain 25 still pairs with a plain 25), when it is a bare count below a
/// thousand and so is the scaled number's.
pub(super) fn elided_scale(text: &str, ms: &mut [Mention]) {
    const MAX_BARE: f64 = 1000.0;
    let mut last: Option<(usize, f64)> = None;
    for m in ms.iter_mut() {
        let quantity = m.kind == Kind::Cardinal && m.primary().domain == Domain::Quantity;
        if let (Some(scale), true) = (m.scale, quantity) {
            let mantissa = m.primary().value / scale;
            last = (mantissa > 0.0 && mantissa < MAX_BARE).then_some((m.range.end, scale));
            continue;
        }
        let Some((end, scale)) = last else { continue };
        let between = text.get(end..m.range.start).unwrap_or(".");
        // A sentence's end, a semicolon or a colon ends the scale's reach.
        if between.contains(['.', '!', '?', ';', ':', '\n', '。', '！', '？', '；']) {
            last = None;
            continue;
        }
        let v = m.primary().value;
        if quantity
            && m.unit.is_none()
            && !m.words
            && v > 0.0
            && v < MAX_BARE
            && v.fract() == 0.0
            && m.readings.len() == 1
        {
            m.readings.push(Reading::q(v * scale));
        }
    }
}

/// Whether `between` (lower case, trimmed), the text between two numbers,
/// joins them as the ends of a range: a dash or one of `lang`'s one-word
/// range words (`range` in `number-context.txt`: "to", "bis", "až").
pub(super) fn joins_range(lang: Lang, between: &str) -> bool {
    // The wave dash is Chinese and Japanese's range mark ("15〜30センチ").
    matches!(between, "-" | "–" | "—" | "〜" | "～" | "~")
        || conventions::context(lang, "range")
            .iter()
            .any(|p| p.len() == 1 && p[0] == between)
}

/// A range gives its first end the unit of its second: "80-85 mph" is 80
/// mph to 85 mph, "130–137 km/h" 130 km/h to 137 km/h, so that either end
/// pairs with the other language's conversion of it. The first end is a bare
/// number (or number words before number words), joined to the second by a dash or one of the language's range
/// words (`range` in `number-context.txt`), and below it.
pub(super) fn share_range_unit(text: &str, lang: Lang, ms: &mut [Mention]) {
    for i in 1..ms.len() {
        let (a, b) = (&ms[i - 1], &ms[i]);
        let Some(unit) = b.unit else { continue };
        // Number words make a range with number words only ("three to four
        // inches", "sieben bis zehn Zentimeter").
        if a.unit.is_some()
            || a.scale.is_some()
            || (a.words && !b.words)
            || a.kind != Kind::Cardinal
            || a.primary().domain != Domain::Quantity
            || b.primary().domain != Domain::Quantity
        {
            continue;
        }
        let Some(between) = text.get(a.range.end..b.range.start) else {
            continue;
        };
        let joined = joins_range(lang, &between.trim().to_lowercase());
        let (va, vb) = (a.primary().value, b.primary().value);
        if joined && 0.0 < va && va < vb {
            ms[i - 1].unit = Some(unit);
        }
    }
}

/// Chinese and Japanese write a length in two units, the larger first
/// ("2メートル40センチ", 2.4 m; "3公里200米", 3.2 km; a height "1米85", the
/// centimetres left unnamed), and a sum of money in its unit and subunit
/// ("852円31銭", 852.31 yen; "3元5角", 3.5 yuan): one value, in the larger
/// unit.
pub(super) fn join_lengths(text: &str, lang: Lang, out: &mut Vec<Mention>) {
    // Unit words, longest first, their size in metres or in the currency's
    // unit, and whether they are lengths (a height's centimetres may go
    // unnamed; a subunit of money is always named).
    const JA: &[(&str, f64, bool)] = &[
        ("キロメートル", 1000.0, true),
        ("センチメートル", 0.01, true),
        ("ミリメートル", 0.001, true),
        ("メートル", 1.0, true),
        ("センチ", 0.01, true),
        ("ミリ", 0.001, true),
        ("円", 1.0, false),
        ("銭", 0.01, false),
    ];
    // 米 is a metre in Chinese only (in Japanese, rice or America).
    const ZH: &[(&str, f64, bool)] = &[
        ("公里", 1000.0, true),
        ("厘米", 0.01, true),
        ("毫米", 0.001, true),
        ("米", 1.0, true),
        ("元", 1.0, false),
        ("角", 0.1, false),
    ];
    let units = match lang {
        Lang::Ja => JA,
        Lang::Zh => ZH,
        _ => return,
    };
    let unit_at = |at: usize| {
        units
            .iter()
            .find(|(u, ..)| text[at..].starts_with(u))
            .map(|&(u, size, length)| (u.len(), size, length))
    };
    // Each mention is kept or joined into the one before it, in one pass.
    // A joined length takes no third part.
    let mut kept: Vec<Mention> = Vec::with_capacity(out.len());
    let mut last_joined = false;
    for b in out.drain(..) {
        let joined = kept.last().filter(|_| !last_joined).and_then(|a| {
            let quantities = a.primary().domain == Domain::Quantity
                && b.primary().domain == Domain::Quantity
                && a.scale.is_none();
            let (len_a, big, length) = quantities.then(|| unit_at(a.range.end)).flatten()?;
            if a.range.end + len_a != b.range.start {
                return None;
            }
            // The second unit named, of the same kind, or (a height in
            // metres) centimetres understood after two digits.
            let (len_b, size) = match unit_at(b.range.end) {
                Some((len_b, size, l)) if size < big && l == length => (len_b, size),
                None if length && big == 1.0 && (10.0..100.0).contains(&b.primary().value) => {
                    (0, 0.01)
                }
                _ => return None,
            };
            Some((
                a.primary().value + b.primary().value * size / big,
                b.range.end + len_b,
            ))
        });
        last_joined = joined.is_some();
        match (joined, kept.last_mut()) {
            (Some((value, end)), Some(a)) => {
                a.readings[0].value = value;
                a.range.end = end;
            }
            _ => kept.push(b),
        }
    }
    *out = kept;
}

/// "cuatro años y seis meses", "four years and six months": a count of years
/// followed by "and" (`months-after-years` in `number-context.txt`) and a
/// count of months (`month-unit`) is also the years with the months as a
/// share ("four and a half years", 4.5); the months are then read only
/// where the other side names them too.
pub(super) fn years_and_months(text: &str, lang: Lang, ms: &mut [Mention]) {
    if conventions::context(lang, "month-unit").is_empty() {
        return;
    }
    for k in 1..ms.len() {
        let (a, b) = (&ms[k - 1], &ms[k]);
        let (ra, rb) = (a.primary(), b.primary());
        let counts = a.unit == Some("year")
            && a.kind == Kind::Cardinal
            && b.kind == Kind::Cardinal
            && ra.domain == Domain::Quantity
            && rb.domain == Domain::Quantity
            && ra.value >= 1.0
            && ra.value.fract() == 0.0
            && (1.0..12.0).contains(&rb.value)
            && rb.value.fract() == 0.0;
        if !counts || a.range.end > b.range.start {
            continue;
        }
        // Between them: the year word and "and", nothing more.
        let between: Vec<String> = text[a.range.end..b.range.start]
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let joined =
            between.len() == 2 && conventions::is_word_of(lang, "months-after-years", &between[1]);
        if joined && month_word_after(text, b.range.end, lang) {
            let share = ra.value + rb.value / 12.0;
            ms[k - 1].readings.push(Reading::q(share));
            ms[k].strength = Strength::MatchOnly;
        }
    }
}

/// "eighteen months", "24 Monate": a count of months that makes whole or
/// half years (`month-unit` after it, twelve or more, a multiple of six) is
/// also that count of years, which a translation may give instead ("a year
/// and a half", "полтора года", "two years").
pub(super) fn months_as_years(text: &str, lang: Lang, ms: &mut [Mention]) {
    const MONTHS_IN_HALF_YEAR: f64 = 6.0;
    if conventions::context(lang, "month-unit").is_empty() {
        return;
    }
    for m in ms.iter_mut() {
        let r = m.primary();
        if m.kind != Kind::Cardinal
            || r.domain != Domain::Quantity
            || r.value < 2.0 * MONTHS_IN_HALF_YEAR
            || r.value % MONTHS_IN_HALF_YEAR != 0.0
        {
            continue;
        }
        if month_word_after(text, m.range.end, lang) {
            let years = r.value / 12.0;
            m.readings.push(Reading::q(years));
        }
    }
}

/// Whether the word right after byte `end` is one of `lang`'s words for
/// months (`month-unit` in `number-context.txt`).
fn month_word_after(text: &str, end: usize, lang: Lang) -> bool {
    text[end..]
        .split_whitespace()
        .next()
        .map(|w| {
            w.trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .is_some_and(|w| conventions::is_word_of(lang, "month-unit", &w))
}
