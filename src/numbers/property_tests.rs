//! Property tests: a value rendered in each language's notation (digits,
//! number words, dates, weekdays, times, scores) compares equal to the same
//! value in English; changing one digit, day, weekday, minute, score number
//! or number word of the translation raises exactly one finding.

use super::compare::kinds;
use super::extract::to_roman as roman;
use super::render;
use crate::lang::Lang;
use proptest::prelude::*;

/// Digits grouped by thousands with `group`, decimals after `decimal`.
fn render(int: u64, cents: Option<u8>, group: &str, decimal: char) -> String {
    let s = int.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push_str(group);
        }
        out.push(c);
    }
    if let Some(c) = cents {
        out.push(decimal);
        out.push_str(&format!("{c:02}"));
    }
    out
}

fn en_words(n: u64) -> String {
    const ONES: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    fn below_1000(n: u64) -> String {
        let mut parts = Vec::new();
        if n >= 100 {
            parts.push(format!("{} hundred", ONES[(n / 100) as usize]));
        }
        let r = n % 100;
        if r > 0 || n == 0 {
            if r < 20 {
                parts.push(ONES[r as usize].to_string());
            } else if r % 10 == 0 {
                parts.push(TENS[(r / 10) as usize].to_string());
            } else {
                parts.push(format!(
                    "{}-{}",
                    TENS[(r / 10) as usize],
                    ONES[(r % 10) as usize]
                ));
            }
        }
        parts.join(" ")
    }
    if n == 0 {
        return "zero".into();
    }
    let mut parts = Vec::new();
    for (scale, name) in [
        (1_000_000_000, "billion"),
        (1_000_000, "million"),
        (1000, "thousand"),
    ] {
        if n / scale % 1000 > 0 {
            parts.push(format!("{} {name}", below_1000(n / scale % 1000)));
        }
    }
    if n % 1000 > 0 {
        parts.push(below_1000(n % 1000));
    }
    parts.join(" ")
}

fn issues(src: &str, sl: Lang, tgt: &str, tl: Lang) -> usize {
    kinds(src, sl, tgt, tl).len()
}

proptest! {
    #[test]
    fn same_value_in_other_forms_is_silent(
        int in 2u64..2_000_000_000,
        cents in proptest::option::of(1u8..100),
        space in prop_oneof![Just(" "), Just("\u{00A0}"), Just("\u{202F}")],
    ) {
        let cents = cents.filter(|c| c % 10 != 0);
        let fr = format!("Il y a {} personnes.", render(int, cents, space, ','));
        let de = format!("Es gibt {} Personen.", render(int, cents, ".", ','));
        let en = format!("There are {} people.", render(int, cents, ",", '.'));
        prop_assert_eq!(issues(&fr, Lang::Fr, &en, Lang::En), 0, "{} / {}", fr, en);
        prop_assert_eq!(issues(&de, Lang::De, &en, Lang::En), 0, "{} / {}", de, en);
        if cents.is_none() {
            let words = format!("There are {} people.", en_words(int));
            prop_assert_eq!(issues(&fr, Lang::Fr, &words, Lang::En), 0, "{} / {}", fr, words);
        }
    }

    #[test]
    fn one_changed_digit_is_one_finding(
        int in 10u64..2_000_000_000,
        pos in 0usize..10,
        bump in 1u8..10,
    ) {
        let digits = int.to_string();
        let pos = 1 + pos % (digits.len() - 1); // never the leading digit
        let mut changed: Vec<u8> = digits.bytes().collect();
        changed[pos] = b'0' + (changed[pos] - b'0' + bump) % 10;
        let changed: u64 = String::from_utf8(changed).unwrap_or_default().parse().unwrap_or(0);
        let fr = format!("Il y a {} personnes.", render(int, None, "\u{202F}", ','));
        let en = format!("There are {} people.", render(changed, None, ",", '.'));
        prop_assert_eq!(issues(&fr, Lang::Fr, &en, Lang::En), 1, "{} / {}", fr, en);
    }
}

/// The languages whose notation mtcheck reads and writes: those with month
/// names and conventions in `data/lang/`.
fn langs() -> Vec<Lang> {
    Lang::ALL
        .into_iter()
        .filter(|&l| !crate::lang::words::lines(l, "months").is_empty())
        .collect()
}

/// A word of games of `lang` (its `score` role), to put a score in a sentence.
fn game_word(lang: Lang) -> Option<String> {
    super::conventions::context(lang, "score")
        .first()
        .map(|p| p[0].trim_end_matches('*').to_string())
}

fn lang_of(i: usize) -> Lang {
    let all = langs();
    all[i % all.len()]
}

proptest! {
    #[test]
    fn quantities_in_each_language_are_silent_and_one_change_is_one_finding(
        li in 0usize..100,
        int in 2u64..2_000_000_000,
        cents in proptest::option::of(1u8..100),
        pos in 0usize..10,
        bump in 1u8..10,
    ) {
        let lang = lang_of(li);
        let cents = cents.filter(|c| c % 10 != 0);
        let v = int as f64 + cents.map_or(0.0, |c| f64::from(c) / 100.0);
        let ours = render::quantity(v, lang, true);
        let en = render::quantity(v, Lang::En, true);
        prop_assert_eq!(issues(&ours, lang, &en, Lang::En), 0, "{} / {}", ours, en);
        prop_assert_eq!(issues(&en, Lang::En, &ours, lang), 0, "{} / {}", en, ours);
        // Percentages: "12,5 %" = "12.5%".
        let pct = |v: f64, l: Lang| format!("{} %", render::quantity(v, l, true));
        let p = f64::from((int % 1000) as u32) + cents.map_or(0.0, |c| f64::from(c) / 100.0);
        prop_assert_eq!(issues(&pct(p, lang), lang, &pct(p, Lang::En), Lang::En), 0, "{}", pct(p, lang));
        prop_assert_eq!(issues(&pct(p + 1.0, lang), lang, &pct(p, Lang::En), Lang::En), 1, "{}", pct(p + 1.0, lang));
        let digits = int.to_string();
        if digits.len() > 1 {
            let pos = 1 + pos % (digits.len() - 1);
            let mut changed: Vec<u8> = digits.bytes().collect();
            changed[pos] = b'0' + (changed[pos] - b'0' + bump) % 10;
            let changed: u64 = String::from_utf8(changed).unwrap_or_default().parse().unwrap_or(0);
            let theirs = render::quantity(changed as f64, lang, true);
            let int_en = render::quantity(int as f64, Lang::En, true);
            prop_assert_eq!(issues(&int_en, Lang::En, &theirs, lang), 1, "{} / {}", int_en, theirs);
        }
    }

    #[test]
    fn dates_weekdays_and_times_in_each_language(
        li in 0usize..100,
        month in 1u8..=12,
        day in 1u8..=28,
        wd in 1u8..=7,
        hour in 0u8..24,
        minute in 0u8..60,
    ) {
        let lang = lang_of(li);
        let date = render::date(month, day, lang);
        let date_en = render::date(month, day, Lang::En);
        prop_assert!(kinds(&date, lang, &date_en, Lang::En).is_empty(), "{} / {}", date, date_en);
        let shifted = render::date(month, day % 28 + 1, lang);
        prop_assert_eq!(kinds(&date_en, Lang::En, &shifted, lang), vec!["date"], "{} / {}", date_en, shifted);
        if !crate::lang::words::lines(lang, "weekdays").is_empty() {
            let w = render::weekday(wd, lang);
            let w_en = render::weekday(wd, Lang::En);
            prop_assert!(kinds(&w, lang, &w_en, Lang::En).is_empty(), "{} / {}", w, w_en);
            let other = render::weekday(wd % 7 + 1, lang);
            prop_assert_eq!(kinds(&w_en, Lang::En, &other, lang), vec!["weekday"], "{} / {}", w_en, other);
        }
        let secs = f64::from(hour) * 3600.0 + f64::from(minute) * 60.0;
        let t = format!("{} ", render::time(secs, lang));
        let t_en = format!("{} ", render::time(secs, Lang::En));
        prop_assert!(kinds(&t, lang, &t_en, Lang::En).is_empty(), "{} / {}", t, t_en);
        let later = format!("{} ", render::time(secs + 600.0, lang));
        if hour < 23 || minute < 50 {
            prop_assert_eq!(kinds(&t_en, Lang::En, &later, lang).len(), 1, "{} / {}", t_en, later);
        }
    }

    #[test]
    fn scores_and_number_words_in_each_language(
        li in 0usize..100,
        a in 0u8..10,
        b in 0u8..10,
        v in 2u32..=10,
    ) {
        let lang = lang_of(li);
        if let (Some(g), Some(g_en)) = (game_word(lang), game_word(Lang::En)) {
            let ours = format!("{g} {}.", render::score(f64::from(a), f64::from(b), lang));
            let en = format!("{g_en} {}.", render::score(f64::from(a), f64::from(b), Lang::En));
            prop_assert!(kinds(&ours, lang, &en, Lang::En).is_empty(), "{} / {}", ours, en);
            let changed = format!("{g} {}.", render::score(f64::from(a), f64::from((b + 1) % 10), lang));
            prop_assert_eq!(kinds(&en, Lang::En, &changed, lang), vec!["score"], "{} / {}", en, changed);
        }
        if let Some(w) = render::word(f64::from(v), lang) {
            prop_assert!(kinds(&w, lang, &v.to_string(), Lang::En).is_empty(), "{} / {}", w, v);
            let other = (v % 9 + 2).to_string();
            if other != v.to_string() {
                prop_assert_eq!(kinds(&w, lang, &other, Lang::En).len(), 1, "{} / {}", w, other);
            }
        }
    }
}

/// "1st", "2nd", "3rd", "11th", "21st".
fn en_ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// A number in Chinese numerals, with 万 and 亿 groups and 零 for gaps.
fn zh_numeral(n: u64) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    fn section(n: u64, leading: bool) -> String {
        let mut out = String::new();
        let mut gap = false;
        for (unit, name) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
            let d = (n / unit % 10) as usize;
            if d == 0 {
                gap = !out.is_empty();
                continue;
            }
            if gap {
                out.push('零');
                gap = false;
            }
            if !(unit == 10 && d == 1 && out.is_empty() && leading) {
                out.push(DIGITS[d]);
            }
            out.push_str(name);
        }
        out
    }
    let mut out = String::new();
    let groups = [
        (n / 100_000_000, "亿"),
        (n / 10_000 % 10_000, "万"),
        (n % 10_000, ""),
    ];
    let mut zero_before = false;
    for (g, name) in groups {
        if g == 0 {
            zero_before = !out.is_empty();
            continue;
        }
        if !out.is_empty() && (zero_before || g < 1000) {
            out.push('零');
        }
        zero_before = false;
        out.push_str(&section(g, out.is_empty()));
        out.push_str(name);
    }
    out
}

proptest! {
    #[test]
    fn roman_centuries_and_regnal_numbers_in_each_language(c in 2u32..=21) {
        let en = format!("The chapel dates from the {} century.", en_ordinal(c));
        let moved = format!("The chapel dates from the {} century.", en_ordinal(c + 1));
        for (ours, lang) in [
            (format!("La chapelle date du {}e siècle.", roman(c)), Lang::Fr),
            (format!("La capilla data del siglo {}.", roman(c)), Lang::Es),
            (format!("La cappella risale al {} secolo.", roman(c)), Lang::It),
            (format!("Die Kapelle stammt aus dem {}. Jahrhundert.", c), Lang::De),
        ] {
            prop_assert_eq!(issues(&ours, lang, &en, Lang::En), 0, "{} / {}", ours, en);
            prop_assert_eq!(issues(&ours, lang, &moved, Lang::En), 1, "{} / {}", ours, moved);
        }
    }

    #[test]
    fn chinese_numerals_are_silent_and_one_changed_digit_is_one_finding(
        n in 2u64..1_000_000_000_000,
        pos in 0usize..12,
        bump in 1u8..10,
    ) {
        let zh = format!("共有{}人参加。", zh_numeral(n));
        let en = |v: u64| format!("A total of {} people took part.", render::quantity(v as f64, Lang::En, true));
        prop_assert_eq!(issues(&zh, Lang::Zh, &en(n), Lang::En), 0, "{} / {}", zh, en(n));
        let digits = n.to_string();
        let pos = pos % digits.len();
        let mut changed: Vec<u8> = digits.bytes().collect();
        changed[pos] = b'0' + (changed[pos] - b'0' + bump) % 10;
        let changed: u64 = String::from_utf8(changed).unwrap_or_default().parse().unwrap_or(0);
        if changed != n && changed.to_string().len() == digits.len() {
            prop_assert_eq!(issues(&zh, Lang::Zh, &en(changed), Lang::En), 1, "{} / {}", zh, en(changed));
        }
    }

    #[test]
    fn ordinals_in_digits_are_silent_and_one_change_is_one_finding(n in 2u32..=99) {
        let en = |k: u32| format!("She finished {} in the race.", en_ordinal(k));
        for (ours, lang) in [
            (format!("Elle a terminé {n}e de la course."), Lang::Fr),
            (format!("Terminó {n}º en la carrera."), Lang::Es),
            (format!("Arrivò {n}º nella corsa."), Lang::It),
            (format!("Sie wurde im Rennen {n}."), Lang::De),
        ] {
            prop_assert_eq!(issues(&ours, lang, &en(n), Lang::En), 0, "{} / {}", ours, en(n));
            prop_assert_eq!(issues(&ours, lang, &en(n + 1), Lang::En), 1, "{} / {}", ours, en(n + 1));
        }
    }

    #[test]
    fn decades_in_each_language(century in 18u32..=20, d in 1u32..10) {
        let year = century * 100 + d * 10;
        let en = |y: u32| format!("In the {y}s the town grew.");
        for (ours, lang) in [
            (format!("Dans les années {year}, la ville a grandi."), Lang::Fr),
            (format!("In den {year}er Jahren wuchs die Stadt."), Lang::De),
            (format!("En los años {year} la ciudad creció."), Lang::Es),
            (format!("Negli anni {year} la città crebbe."), Lang::It),
        ] {
            prop_assert_eq!(issues(&ours, lang, &en(year), Lang::En), 0, "{} / {}", ours, en(year));
            let other = if d == 9 { year - 10 } else { year + 10 };
            prop_assert_eq!(issues(&ours, lang, &en(other), Lang::En), 1, "{} / {}", ours, en(other));
        }
    }
}

#[test]
fn ordinal_fraction_and_percent_words_match_across_languages() {
    let silent = [
        (
            "He finished tenth.",
            Lang::En,
            "Il a terminé dixième.",
            Lang::Fr,
        ),
        ("He finished tenth.", Lang::En, "Terminó décimo.", Lang::Es),
        ("He finished tenth.", Lang::En, "Arrivò decimo.", Lang::It),
        (
            "He finished seventh.",
            Lang::En,
            "Er wurde Siebter.",
            Lang::De,
        ),
        (
            "A third of the voters stayed home.",
            Lang::En,
            "Un tiers des électeurs est resté chez lui.",
            Lang::Fr,
        ),
        (
            "A third of the voters stayed home.",
            Lang::En,
            "Ein Drittel der Wähler blieb zu Hause.",
            Lang::De,
        ),
        (
            "Half of the voters stayed home.",
            Lang::En,
            "La mitad de los votantes se quedó en casa.",
            Lang::Es,
        ),
        (
            "Thirty percent of the voters.",
            Lang::En,
            "El 30 % de los votantes.",
            Lang::Es,
        ),
        (
            "Thirty percent of the voters.",
            Lang::En,
            "Il 30% degli elettori.",
            Lang::It,
        ),
    ];
    for (a, la, b, lb) in silent {
        assert_eq!(issues(a, la, b, lb), 0, "{a} / {b}");
        assert_eq!(issues(b, lb, a, la), 0, "{b} / {a}");
    }
    assert_eq!(
        issues(
            "He finished tenth.",
            Lang::En,
            "Il a terminé neuvième.",
            Lang::Fr
        ),
        1
    );
    assert_eq!(
        issues(
            "Thirty percent of the voters.",
            Lang::En,
            "El 40 % de los votantes.",
            Lang::Es
        ),
        1
    );
}

#[test]
fn the_chinese_renderer_writes_gaps_and_groups() {
    assert_eq!(zh_numeral(15), "十五");
    assert_eq!(zh_numeral(1005), "一千零五");
    assert_eq!(zh_numeral(300_500_000), "三亿零五十万");
    assert_eq!(zh_numeral(120_000), "十二万");
    assert_eq!(zh_numeral(100_000_015), "一亿零一十五");
    assert_eq!(roman(14), "XIV");
    assert_eq!(en_ordinal(22), "22nd");
}
