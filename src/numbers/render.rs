//! Writing a value the way a language writes it, for the suggestion of a
//! finding ("source 12 500 → expected 12,500 in English"): thousands
//! separator and decimal mark, the day and month of a date, weekday names,
//! times and scores, from `data/lang/<code>/number-conventions.txt`,
//! `months.txt` and `weekdays.txt`.

use super::{conventions, Domain, Kind, Mention};
use crate::lang::{words, Lang};

/// The value of `setting` in `lang`'s conventions, else `default`.
fn setting(lang: Lang, key: &str, default: &'static str) -> &'static str {
    words::lines(lang, "number-conventions")
        .iter()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(':').map(str::trim))
        .unwrap_or(default)
}

/// A quantity in `lang`'s digits: "12,500" (en), "12 500" (fr, with a narrow
/// no-break space), "12.500" (de), "2,5" (de), "12500" (cs, below 10,000 ungrouped).
pub fn quantity(v: f64, lang: Lang, group: bool) -> String {
    let mut spec = setting(lang, "digit-group", "comma 1000").split_whitespace();
    let sep = match spec.next() {
        Some("comma") => ",",
        Some("dot") => ".",
        Some("space") => "\u{a0}",
        Some("narrow-space") => "\u{202f}",
        _ => "",
    };
    let from: f64 = spec.next().and_then(|s| s.parse().ok()).unwrap_or(1000.0);
    let decimal = if conventions::decimal_comma(lang) {
        ","
    } else {
        "."
    };
    let abs = v.abs();
    let plain = format!("{abs:.6}");
    let plain = plain.trim_end_matches('0').trim_end_matches('.');
    let (int, frac) = plain.split_once('.').unwrap_or((plain, ""));
    let mut out = String::new();
    if v < 0.0 {
        out.push('-');
    }
    let grouped = group && abs >= from;
    for (i, c) in int.chars().enumerate() {
        if grouped && i > 0 && (int.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push_str(decimal);
        out.push_str(frac);
    }
    out
}

fn capitalise(lang: Lang, name: &str) -> String {
    if setting(lang, "capitalised", "no") != "yes" {
        return name.to_string();
    }
    let mut cs = name.chars();
    cs.next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}

/// The `form`-th form (1-based) of line `n` (1-based) of `lang`'s `kind`.
fn name(lang: Lang, kind: &str, n: u8, form: usize) -> Option<String> {
    let line = words::lines(lang, kind).get(usize::from(n).checked_sub(1)?)?;
    let mut forms = line.split_whitespace();
    let first = forms.clone().next()?;
    let chosen = forms.nth(form.saturating_sub(1)).unwrap_or(first);
    Some(capitalise(lang, chosen))
}

/// A weekday (1 Monday – 7 Sunday) in `lang`; the English name when the
/// language has no weekday names.
pub fn weekday(d: u8, lang: Lang) -> String {
    name(lang, "weekdays", d, 1).unwrap_or_else(|| super::dates::weekday_name(d).to_string())
}

/// A day of a month in `lang`'s order and month name ("March 14", "14 mars",
/// "14. März", "14. března", "3月14日").
pub fn date(month: u8, day: u8, lang: Lang) -> String {
    let form = setting(lang, "month-form", "1").parse().unwrap_or(1);
    let month_name = name(lang, "months", month, form)
        .unwrap_or_else(|| super::dates::month_name(month).to_string());
    setting(lang, "date", "{day} {month}")
        .replace("{day}", &day.to_string())
        .replace("{month}", &month_name)
        .replace("{m}", &month.to_string())
}

/// A time of day in `lang`'s clock ("2:30 p.m.", "14:30", "14 h 30"); a
/// clock with seconds is a duration ("2:03:26", a race) and keeps them.
pub fn time(seconds: f64, lang: Lang) -> String {
    // A race time with hundredths: minutes, seconds and the hundredths
    // after the language's decimal mark ("1:58.72", "1:58,72").
    let hundredths = (seconds * 100.0).round() as i64;
    if hundredths % 100 != 0 && seconds < 24.0 * 3600.0 {
        let whole = hundredths / 100;
        let (h, m, s) = (whole / 3600, (whole / 60) % 60, whole % 60);
        let mark = if setting(lang, "decimal", "point") == "comma" {
            ','
        } else {
            '.'
        };
        let frac = format!("{:02}", hundredths % 100);
        let frac = frac
            .strip_suffix('0')
            .filter(|f| !f.is_empty())
            .unwrap_or(&frac);
        return if h > 0 {
            format!("{h}:{m:02}:{s:02}{mark}{frac}")
        } else {
            format!("{m}:{s:02}{mark}{frac}")
        };
    }
    let s = seconds.round() as i64;
    // With seconds: a time taken, minutes and seconds under the hour ("2:31")
    // as with hundredths above.
    if s % 60 != 0 {
        return if s >= 3600 {
            format!("{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
        } else {
            format!("{}:{:02}", s / 60, s % 60)
        };
    }
    let (h, m) = ((s / 3600) % 24, (s / 60) % 60);
    match setting(lang, "time", "{h}:{mm}") {
        "12-hour" => {
            let (h12, mark) = match h {
                0 => (12, "a.m."),
                1..=11 => (h, "a.m."),
                12 => (12, "p.m."),
                _ => (h - 12, "p.m."),
            };
            format!("{h12}:{m:02} {mark}")
        }
        pattern => pattern
            .replace("{h}", &h.to_string())
            .replace("{mm}", &format!("{m:02}")),
    }
}

/// A score in `lang`'s notation ("3-1", "3:1").
pub fn score(a: f64, b: f64, lang: Lang) -> String {
    format!("{a}{}{b}", setting(lang, "score-separator", "-"))
}

/// A cardinal word of `lang` for `v` with no other meaning (an entry of
/// `numbers.txt` without flags): "three", "drei", "trois".
pub fn word(v: f64, lang: Lang) -> Option<String> {
    let v = format!("{v}");
    words::lines(lang, "numbers").iter().find_map(|line| {
        line.split_whitespace().find_map(|item| {
            let (word, value) = item.split_once('=')?;
            (value == v).then(|| word.to_string())
        })
    })
}

/// The value of `m` read in `domain`, written the way `lang` writes it: a
/// number the source wrote in words in the target's words when it has one
/// ("trois" → "three"), else in digits.
/// A large whole number in the units of ten thousand Chinese and Japanese
/// write it in (`myriads` in the conventions): "13兆9000億" (ja), "3亿5000万"
/// (zh); `None` for a language without them, a fraction or a number below
/// the smallest unit.
pub fn myriads(v: f64, lang: Lang) -> Option<String> {
    let units: Vec<(&str, f64)> = setting(lang, "myriads", "")
        .split(',')
        .filter_map(|u| {
            let (name, value) = u.trim().split_once(' ')?;
            Some((name, value.trim().parse().ok()?))
        })
        .collect();
    let smallest = units.last()?.1;
    if v < smallest || v.fract() != 0.0 || v > 1e18 {
        return None;
    }
    let mut rest = v;
    let mut out = String::new();
    for (name, unit) in units {
        let q = (rest / unit).floor();
        if q >= 1.0 {
            out.push_str(&format!("{q}{name}"));
            rest -= q * unit;
        }
    }
    if rest > 0.0 {
        out.push_str(&format!("{rest}"));
    }
    Some(out)
}

pub fn value(m: &Mention, domain: Domain, lang: Lang) -> String {
    let r = m.reading_in(domain);
    match r.domain {
        Domain::Quantity => {
            if m.words && m.kind == Kind::Cardinal && m.scale.is_none() {
                if let Some(w) = word(r.value, lang) {
                    return w;
                }
            }
            let group = !matches!(m.kind, Kind::Year | Kind::Decade | Kind::Code);
            let v = if group {
                myriads(r.value, lang).unwrap_or_else(|| quantity(r.value, lang, group))
            } else {
                quantity(r.value, lang, group)
            };
            match m.kind {
                Kind::Percent => format!("{v}%"),
                _ => v,
            }
        }
        Domain::Date => {
            let month = (r.value / 100.0).floor() as u8;
            let day = (r.value % 100.0).round() as u8;
            date(month, day, lang)
        }
        Domain::Month => name(lang, "months", r.value as u8, 1)
            .unwrap_or_else(|| super::dates::month_name(r.value as u8).to_string()),
        Domain::Weekday => weekday(r.value as u8, lang),
        Domain::Time => time(r.value, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_large_numbers_in_myriads() {
        assert_eq!(myriads(1.39e13, Lang::Ja).as_deref(), Some("13兆9000億"));
        assert_eq!(myriads(3.5e8, Lang::Zh).as_deref(), Some("3亿5000万"));
        assert_eq!(myriads(46_5000.0, Lang::Ja).as_deref(), Some("46万5000"));
        assert_eq!(myriads(9_999.0, Lang::Ja), None);
        assert_eq!(myriads(1.5e6, Lang::En), None);
    }

    #[test]
    fn writes_values_in_each_language() {
        assert_eq!(quantity(12500.0, Lang::En, true), "12,500");
        assert_eq!(quantity(12500.0, Lang::Fr, true), "12\u{202f}500");
        assert_eq!(quantity(12500.0, Lang::De, true), "12.500");
        assert_eq!(quantity(2.5, Lang::De, true), "2,5");
        assert_eq!(quantity(2500.0, Lang::Cs, true), "2500");
        assert_eq!(quantity(-1.25, Lang::En, true), "-1.25");
        assert_eq!(date(3, 14, Lang::En), "March 14");
        assert_eq!(date(3, 14, Lang::Fr), "14 mars");
        assert_eq!(date(3, 14, Lang::De), "14. März");
        assert_eq!(date(3, 14, Lang::Cs), "14. března");
        assert_eq!(date(3, 14, Lang::Es), "14 de marzo");
        assert_eq!(date(3, 14, Lang::Zh), "3月14日");
        assert_eq!(weekday(4, Lang::Fr), "jeudi");
        assert_eq!(weekday(4, Lang::En), "Thursday");
        assert_eq!(time(14.5 * 3600.0, Lang::En), "2:30 p.m.");
        assert_eq!(time(14.5 * 3600.0, Lang::Fr), "14 h 30");
        assert_eq!(time(9.0 * 3600.0, Lang::De), "9:00");
        assert_eq!(time(2.0 * 3600.0 + 3.0 * 60.0 + 26.0, Lang::En), "2:03:26");
        assert_eq!(score(3.0, 1.0, Lang::De), "3:1");
        assert_eq!(score(3.0, 1.0, Lang::En), "3-1");
        assert_eq!(word(3.0, Lang::En).as_deref(), Some("three"));
        assert_eq!(word(9.0, Lang::Fr), None, "neuf is flagged weak");
    }
}
