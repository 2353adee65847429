//! When two values are one value written another way: equal in any reading,
//! a sum rounded with its scale word, a unit converted, a clock written as
//! two numbers side by side, hours and minutes as one duration.

use crate::numbers::{same, Domain, Mention, Reading};

fn source_readings(m: &Mention) -> Vec<Reading> {
    let mut r = m.readings.clone();
    if let Some(a) = m.locale_alt {
        r.push(Reading::q(a));
    }
    r
}

pub(super) fn overlap(source: &Mention, target: &Mention) -> bool {
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
    // Wind in metres per second (Japanese, Chinese and Russian weather
    // reports) against kilometres or miles an hour.
    ("m/s", "km/h", 3.6),
    ("m/s", "km", 3.6),
    ("m/s", "mph", 2.236_936),
    ("m/s", "mi", 2.236_936),
    ("ft", "m", 0.3048),
    ("ft", "cm", 30.48),
    ("yd", "m", 0.9144),
    ("in", "cm", 2.54),
    ("in", "mm", 25.4),
    // Rain in inches, which German and Spanish weather copy gives in litres
    // per square metre: a millimetre of rain is a litre on each square metre.
    ("in", "l", 25.4),
    ("mi", "m", 1_609.344),
    ("ft", "km", 0.000_304_8),
    ("acre", "ha", 0.404_686),
    ("gal", "l", 3.785_41),
    // Weights in pounds and ounces (American copy), which a translator into
    // a metric language gives in kilograms and grams.
    ("lb", "kg", 0.453_592_37),
    ("lb", "g", 453.592_37),
    ("oz", "g", 28.349_523),
    // China's market units: the jin is half a kilogram (grain output in
    // 亿斤, given in tonnes), the mu a fifteenth of a hectare.
    ("t", "jin", 2000.0),
    ("kg", "jin", 2.0),
    ("ha", "mu", 15.0),
    // The same length or mass in another metric prefix ("1,5 km" → "1500
    // metres"), exact.
    ("km", "m", 1e3),
    ("m", "cm", 1e2),
    ("m", "mm", 1e3),
    ("cm", "mm", 10.0),
    ("t", "kg", 1e3),
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

/// How far a temperature converted between Fahrenheit and Celsius may be
/// from the exact value: translators round to whole degrees (12 °F is
/// −11 °C; a "−12" beside it is a sign lost from 12 degrees, not a
/// conversion).
const TEMPERATURE_TOLERANCE: f64 = 0.5 + 1e-9;

/// "111 degrees" (Fahrenheit, in an American story) → "44 °C": the same
/// temperature on the other scale, to the nearest degree. One side names
/// degrees (of a named scale or none, `deg`); the other may be a bare figure
/// beside it ("San Antonio recorded 108" / "42 °C"), but never itself in
/// Celsius when the first is, nor the other way round.
fn temperature_converted(source: &Mention, target: &Mention) -> bool {
    let temperature = |u: Option<&str>| matches!(u, Some("°C" | "°F" | "deg"));
    let (a, b) = (source.unit, target.unit);
    if !(temperature(a) || temperature(b))
        || !(a.is_none() || temperature(a))
        || !(b.is_none() || temperature(b))
        || source.scale.is_some()
        || target.scale.is_some()
    {
        return false;
    }
    let (sv, tv) = (source.primary().value, target.primary().value);
    let celsius = |f: f64| (f - 32.0) * 5.0 / 9.0;
    let may_be = |u: Option<&str>, scale: &str| u.is_none() || u == Some("deg") || u == Some(scale);
    // A rise or a gap of so many degrees ("5 degrees above normal" /
    // "на 3 градуса выше нормы") converts without the offset: five
    // Fahrenheit degrees are three Celsius ones. Both sides name degrees.
    let both_degrees = temperature(a) && temperature(b);
    let same = |f: f64, c: f64| {
        (celsius(f) - c).abs() <= TEMPERATURE_TOLERANCE
            || (both_degrees && (f * 5.0 / 9.0 - c).abs() <= TEMPERATURE_TOLERANCE)
    };
    (may_be(a, "°F") && may_be(b, "°C") && same(sv, tv))
        || (may_be(a, "°C") && may_be(b, "°F") && same(tv, sv))
}

/// How near (in bytes) a conversion stands after the value it converts:
/// "230,000 mu (about 15,300 hectares)".
const CONVERSION_MAX_GAP: usize = 24;

/// Whether mention `i` of `ms` converts a value matched on the other side
/// (`used`) that stands right before it, into another unit: a conversion
/// the writer added for the reader ("320 km (200 miles)").
pub(super) fn conversion_beside(ms: &[Mention], used: &[bool], i: usize) -> bool {
    let m = &ms[i];
    i > 0
        && ms[..i].iter().enumerate().rev().take(2).any(|(j, before)| {
            used[j]
                && before.range.end <= m.range.start
                && m.range.start - before.range.end <= CONVERSION_MAX_GAP
                && (converted(before, m) || converted(m, before))
        })
}

/// "320 Kilometer" → "200 milles": the same distance in another unit,
/// rounded.
fn converted(source: &Mention, target: &Mention) -> bool {
    if temperature_converted(source, target) {
        return true;
    }
    let (sv, tv) = (source.primary().value, target.primary().value);
    if sv <= 0.0 || tv <= 0.0 {
        return false;
    }
    // A price per one unit is the price per another, converted the other
    // way round: per jin ×2 is per kilogram (two jin to the kilogram). Its
    // currency may go unwritten on one side ("每斤1.38元", where 元 is read
    // as no unit).
    if let (Some(sp), Some(tp)) = (source.per, target.per) {
        let same_money = match (source.unit, target.unit) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        if sp != tp && same_money {
            return converts(tp, sv, sp, tv, CONVERSION_TOLERANCE);
        }
    }
    if cents_as_units(source.unit, sv, target.unit, tv)
        || cents_as_units(target.unit, tv, source.unit, sv)
    {
        return true;
    }
    let (Some(a), Some(b)) = (source.unit, target.unit) else {
        return false;
    };
    if weeks_as_days(a, sv, b, tv) || weeks_as_days(b, tv, a, sv) {
        return true;
    }
    measures(a).any(|a| measures(b).any(|b| converts(a, sv, b, tv, CONVERSION_TOLERANCE)))
}

/// "95 cents" for "0,95 dollar" or "0.95新西兰元": a sum in hundredths of a
/// currency given in the currency, a hundred to the unit. The other side
/// names a currency (its code) or none that is read (元 is read as no unit).
fn cents_as_units(a: Option<&str>, cents: f64, b: Option<&str>, units: f64) -> bool {
    let currency = |u: &str| u.len() == 3 && u.bytes().all(|c| c.is_ascii_uppercase());
    a == Some("cent") && b.is_none_or(currency) && same(cents, units * 100.0)
}

/// "zwei Wochen" for "quinze jours": a span of weeks given in days, seven
/// to the week, or as French, Spanish, Italian and Portuguese count them,
/// "quinze jours" for a fortnight and "huit jours" for a week.
fn weeks_as_days(a: &str, weeks: f64, b: &str, days: f64) -> bool {
    a == "week"
        && b == "day"
        && (same(days, weeks * 7.0)
            || (weeks == 2.0 && days == 15.0)
            || (weeks == 1.0 && days == 8.0))
}

/// The measures a canonical unit may stand for: a "pound" is a currency
/// and a weight in every language that has the word (`pound`, `libra`,
/// `фунт`, `ポンド` are all read as GBP), and Japanese `キロ` is a
/// kilometre or a kilogram (`kilo`).
fn measures(unit: &'static str) -> impl Iterator<Item = &'static str> {
    let (main, other) = match unit {
        "GBP" => ("GBP", Some("lb")),
        "kilo" => ("km", Some("kg")),
        _ => (unit, None),
    };
    std::iter::once(main).chain(other)
}

/// Whether `sv` of unit `a` and `tv` of unit `b` are one quantity, converted
/// and rounded (within `rounding` of the exact value).
fn converts(a: &str, sv: f64, b: &str, tv: f64, rounding: f64) -> bool {
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
        let tolerance = if exact { 1e-9 } else { rounding };
        (in_small - other).abs() <= tolerance * other
    })
}

/// "beim 9:19" → "a 9-19 score", "3:10" → "3 to 10": two numbers joined by a
/// colon read as a clock on one side, and the same two numbers side by side
/// on the other (a score, a ratio, a range), are one value written two ways.
pub(super) fn clock_as_pair(
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
/// půl", "4 minutes et 30 secondes" → "viereinhalb Minuten": a count of hours
/// and a count of minutes (or of minutes and seconds) side by side on one
/// side are one duration, which the other side may write as a clock or as
/// the larger unit with a fraction.
pub(super) fn hours_and_minutes(
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
        let units_fit = [("hour", "min"), ("min", "sec")]
            .iter()
            .any(|&(big, small)| plain(hm, big) && plain(mm, small));
        if other_used[k]
            || !units_fit
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

/// "6 feet 5 inches" → "1,96 m", "7 pounds 4 ounces" → "3,3 kg": a count of
/// a larger imperial unit and one of its smaller unit side by side on one
/// side are one length or weight, which the other side gives converted.
pub(super) fn imperial_compounds(
    one: &[Mention],
    other: &[Mention],
    one_used: &mut [bool],
    other_used: &mut [bool],
) {
    /// The most bytes between the two counts (" feet and ", "-foot-").
    const GAP: usize = 12;
    /// A height or a weight given to the inch or the ounce is converted to
    /// the centimetre or to tenths of a kilogram: closer than a distance.
    const COMPOUND_ROUNDING: f64 = 0.03;
    /// Larger unit, smaller unit, how many of the smaller make one larger.
    const COMPOUNDS: &[(&str, &str, f64)] = &[("ft", "in", 12.0), ("lb", "oz", 16.0)];
    for k in 1..other.len() {
        let (big, small) = (&other[k - 1], &other[k]);
        if other_used[k]
            || small.range.start < big.range.end
            || small.range.start - big.range.end > GAP
        {
            continue;
        }
        let (Some(bu), Some(su)) = (big.unit, small.unit) else {
            continue;
        };
        let (bv, sv) = (big.primary().value, small.primary().value);
        let Some(&(unit, _, per)) = COMPOUNDS
            .iter()
            .find(|&&(b, s, per)| measures(bu).any(|u| u == b) && su == s && sv < per)
        else {
            continue;
        };
        let total = bv + sv / per;
        let hit = (0..one.len()).find(|&i| {
            (!one_used[i] || other_used[k - 1])
                && one[i].unit.is_some_and(|u| {
                    let v = one[i].primary().value;
                    v > 0.0 && measures(u).any(|u| converts(unit, total, u, v, COMPOUND_ROUNDING))
                })
        });
        if let Some(i) = hit {
            one_used[i] = true;
            other_used[k - 1] = true;
            other_used[k] = true;
        }
    }
}
