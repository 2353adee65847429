//! Property test: a number rendered in two locales' digits and in words
//! compares equal; changing one digit of the translation raises one finding.

use super::compare::{compare, Sides};
use super::extract;
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
    let s = extract(src, sl);
    let t = extract(tgt, tl);
    let sides = Sides {
        source: &s,
        target: &t,
        source_near: &[],
        target_near: &[],
        source_lang: sl,
        target_lang: tl,
    };
    compare(&sides).len()
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
