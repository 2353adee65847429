//! Digits: the thousands and decimal conventions, signs and minus words,
//! ordinal marks, percentages, decades, years, codes and leading points.

use super::*;

#[test]
fn reads_every_thousands_convention() {
    assert_eq!(values("1 000,5", Lang::Fr), vec![1000.5]);
    assert_eq!(values("1\u{202F}000,5", Lang::Fr), vec![1000.5]);
    assert_eq!(values("1,000.5", Lang::En), vec![1000.5]);
    assert_eq!(values("1.000,5", Lang::De), vec![1000.5]);
    assert_eq!(values("1'000", Lang::De), vec![1000.0]);
    assert_eq!(values("1.500", Lang::De), vec![1500.0]);
    assert_eq!(values("1.500", Lang::En), vec![1.5]);
    assert_eq!(values("1.234.567", Lang::Es), vec![1234567.0]);
    assert_eq!(values("1,234,567", Lang::En), vec![1234567.0]);
    assert_eq!(values("2,5", Lang::Fr), vec![2.5]);
    assert_eq!(values("in 2019 200 people", Lang::Fr), vec![2019.0, 200.0]);
    assert_eq!(values("-5 degrees", Lang::En), vec![-5.0]);
    assert_eq!(values("10–12", Lang::En), vec![10.0, 12.0]);
}

#[test]
fn reads_slavic_decades_and_mixed_group_spaces() {
    let k = |t: &str, l| extract(t, l).first().map(|m| m.kind);
    assert_eq!(k("у 1970-ті роки", Lang::Uk), Some(Kind::Decade));
    assert_eq!(k("в 80-х", Lang::Ru), Some(Kind::Decade));
    assert_eq!(k("v 70. letech", Lang::Cs), Some(Kind::Decade));
    assert_eq!(values("602 318\u{a0}774", Lang::Cs), vec![602318774.0]);
}

#[test]
fn a_year_joined_to_a_decade_is_a_decade() {
    // The kinds of the mentions written in digits.
    let kinds = |t: &str, l| {
        extract(t, l)
            .iter()
            .filter(|m| t[m.range.clone()].starts_with(|c: char| c.is_ascii_digit()))
            .map(|m| m.kind)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        kinds("en las décadas de 1950 y 1970 creció", Lang::Es),
        vec![Kind::Decade, Kind::Decade]
    );
    assert_eq!(
        kinds("negli anni 1930 e 1940 la città", Lang::It),
        vec![Kind::Decade, Kind::Decade]
    );
    // A year after a year stays a year; a year after a decade with another
    // word between them too.
    assert_eq!(
        kinds("zwischen 1950 und 1970", Lang::De),
        vec![Kind::Year, Kind::Year]
    );
    assert_eq!(
        kinds("in den 1950er Jahren und auch 1970", Lang::De).last(),
        Some(&Kind::Year)
    );
}

#[test]
fn reads_signs_in_words_and_fractions() {
    assert_eq!(values("8 degrees below zero", Lang::En), vec![-8.0]);
    assert_eq!(values("12 Grad minus", Lang::De), vec![-12.0]);
    assert_eq!(values("6 grados bajo cero", Lang::Es), vec![-6.0]);
    assert_eq!(values("minus 7", Lang::En), vec![-7.0]);
    // Arithmetic, not a temperature.
    assert_eq!(values("9 minus 4", Lang::En), vec![9.0, 4.0]);
    // Before a count in words too, and arithmetic there alike.
    assert_eq!(values("bei minus zwölf Grad", Lang::De), vec![-12.0]);
    assert_eq!(values("ночью было минус тридцать", Lang::Ru), vec![-30.0]);
    assert_eq!(values("eight minus three", Lang::En), vec![8.0, 3.0]);
    // An en dash between numbers is a range.
    assert_eq!(values("1993 –1995", Lang::En), vec![1993.0, 1995.0]);
    assert_eq!(strong("dos quintas partes", Lang::Es), Vec::<f64>::new());
    assert_eq!(strong("drei Fünftel", Lang::De), Vec::<f64>::new());
    assert_eq!(strong("due quinti", Lang::It), Vec::<f64>::new());
    assert_eq!(
        strong("nicht außer acht lassen", Lang::De),
        Vec::<f64>::new()
    );
    let m = &extract("eine Phase-2-Studie", Lang::De)[1];
    assert_eq!((m.kind, m.strength), (Kind::Cardinal, Strength::PairOnly));
    assert_eq!(extract("die F-35", Lang::De)[0].kind, Kind::Code);
}

#[test]
fn reads_ordinals_percent_years_decades() {
    let k = |t: &str, l| extract(t, l).first().map(|m| m.kind);
    assert_eq!(k("1er", Lang::Fr), Some(Kind::Ordinal));
    assert_eq!(k("18th", Lang::En), Some(Kind::Ordinal));
    assert_eq!(k("2.º", Lang::Es), Some(Kind::Ordinal));
    assert_eq!(k("5 %", Lang::Fr), Some(Kind::Percent));
    assert_eq!(k("5 per cent", Lang::En), Some(Kind::Percent));
    assert_eq!(k("1985年", Lang::Zh), Some(Kind::Year));
    assert_eq!(k("the 1970s", Lang::En), Some(Kind::Decade));
    assert_eq!(k("années 70", Lang::Fr), Some(Kind::Decade));
}

#[test]
fn a_hyphen_opening_a_line_reads_both_ways() {
    let m = &extract("-22 active ingredients", Lang::En)[0];
    assert_eq!(m.primary().value, -22.0);
    assert!(m.readings.contains(&Reading::q(22.0)));
    // Inside a line it is a sign only.
    let m = &extract("down to -5 degrees", Lang::En)[0];
    assert!(!m.readings.contains(&Reading::q(5.0)));
}

#[test]
fn hundreds_plural_bare_roman_numerals_and_short_cjk_years() {
    // "the 1900s" is also the twentieth century; "the 1970s" no century.
    assert!(all_readings("in the 1900s", Lang::En).contains(&20.0));
    assert!(!all_readings("in the 1970s", Lang::En).contains(&20.0));
    // A Roman numeral standing alone satisfies a match, never reported alone.
    let xv = extract("picked his XV for the final", Lang::En);
    assert_eq!(xv.len(), 1);
    assert_eq!(xv[0].primary().value, 15.0);
    assert_eq!(xv[0].strength, Strength::MatchOnly);
    assert!(
        extract("MAXI", Lang::En).is_empty(),
        "letters inside a word"
    );
    // "21年度": fiscal 2021; a four-digit year keeps its one reading.
    assert!(all_readings("21年度の予算", Lang::Ja).contains(&2021.0));
    assert!(all_readings("去年是21年", Lang::Zh).contains(&2021.0));
    assert!(!all_readings("2021年", Lang::Zh).contains(&4021.0));
}

#[test]
fn apostrophe_years_codes_and_sizes() {
    // "’49": a year cut to two digits, of any of the last three centuries.
    let r = all_readings("the rush of ’49", Lang::En);
    assert!(r.contains(&1849.0) && r.contains(&1949.0) && r.contains(&49.0));
    // Not after a letter: "rock'n'roll 45" has no year.
    assert!(!all_readings("o'49", Lang::En).contains(&1949.0));
    // No thousands group after digits glued to letters, nor before a slash.
    assert_eq!(values("шины R17 94V", Lang::Ru), vec![17.0, 94.0]);
    assert!(!values("Primacy 4 215/55", Lang::Ru).contains(&4215.0));
    assert_eq!(values("всего 4 215 шин", Lang::Ru), vec![4215.0]);
}

#[test]
fn a_minus_after_the_ellipsis_of_a_range_is_a_sign() {
    assert_eq!(values("до −12…−15 °C", Lang::Uk), vec![-12.0, -15.0]);
    assert_eq!(values("от −3…+2 градусов", Lang::Ru), vec![-3.0, 2.0]);
}

#[test]
fn reads_minus_words_in_the_texts_own_language() {
    assert_eq!(values("moins 20 degrés", Lang::Fr), vec![-20.0]);
    assert_eq!(values("jusqu'à moins 20 degrés", Lang::Fr), vec![-20.0]);
    assert_eq!(values("au moins 20 personnes", Lang::Fr), vec![20.0]);
    assert_eq!(values("al menos 20 personas", Lang::Es), vec![20.0]);
    assert_eq!(values("menos 5 grados", Lang::Es), vec![-5.0]);
    // English "minus" is no word of Spanish.
    assert_eq!(values("minus 5", Lang::Es), vec![5.0]);
}

#[test]
fn reads_a_rate_with_a_bare_leading_point_as_a_share() {
    let m = extract("a .943 save percentage", Lang::En);
    assert_eq!(m[0].primary().value, 0.943);
    assert!(m[0].readings.iter().any(|r| (r.value - 94.3).abs() < 1e-9));
    // A point after a word or a digit is no leading point.
    assert_eq!(values("version 2.1 and 5", Lang::En), vec![2.1, 5.0]);
    assert_eq!(values("Ende.943 Leute", Lang::De), vec![943.0]);
}

#[test]
fn an_en_dash_against_a_temperature_is_a_minus() {
    assert_eq!(values("знизиться до –18 °C", Lang::Uk), vec![-18.0]);
    assert_eq!(values("teploty klesnou na –7 °C", Lang::Cs), vec![-7.0]);
    assert_eq!(values("Storage range: –20 °C", Lang::En), vec![-20.0]);
    // After a colon but no temperature: a dash.
    assert!(!values("Result: –3 points", Lang::En).contains(&-3.0));
    // Not a dash in the sentence before a ratio, nor a range.
    assert!(!values("співвідношення сторін –4:3", Lang::Uk).contains(&-4.0));
    assert!(!values("v letech 1993 –1995", Lang::Cs).contains(&-1995.0));
}

#[test]
fn a_hyphen_before_a_length_or_a_speed_is_a_dash_too() {
    // A length or a speed is never below zero: its size is a reading.
    assert!(all_readings("nárazy -85 mil za hodinu", Lang::Cs).contains(&85.0));
    assert!(all_readings("gusts -90 mph", Lang::En).contains(&90.0));
    // A temperature keeps its sign alone.
    assert_eq!(all_readings("la nuit -8 °C", Lang::Fr), vec![-8.0]);
}

#[test]
fn a_unit_symbol_against_its_number() {
    let m = extract("gusts of 93mph and a 5km run", Lang::En);
    let units: Vec<_> = m.iter().map(|m| (m.primary().value, m.unit)).collect();
    assert_eq!(units, vec![(93.0, Some("mph")), (5.0, Some("km"))]);
}

#[test]
fn a_race_time_with_primes() {
    // "2h03'47\"": hours, then minutes and seconds marked with primes.
    for text in [
        "in 2h03'47\" davanti",
        "in 2h03'47'' davanti",
        "in 2h03’47” davanti",
    ] {
        assert_eq!(
            time_values(text, Lang::It),
            vec![2.0 * 3600.0 + 3.0 * 60.0 + 47.0],
            "{text}"
        );
    }
}

#[test]
fn minutes_and_seconds_with_primes_are_one_time() {
    // "1'15\"" is a gap of one minute fifteen in a sports report, except in
    // English, where the marks give feet and inches.
    for (text, lang) in [
        ("con 1'15\" su Bianchi", Lang::It),
        ("à 3'12'' du vainqueur", Lang::Fr),
        ("mit 12′07″ Rückstand", Lang::De),
    ] {
        let secs = time_values(text, lang);
        assert_eq!(secs.len(), 1, "{text}");
        assert!(matches!(secs[0], 75.0 | 192.0 | 727.0), "{text}: {secs:?}");
    }
    assert!(time_values("he is 5'11\" tall", Lang::En).is_empty());
}

#[test]
fn an_hour_word_before_minutes_is_a_count_of_hours() {
    // "hora" also names a time of day ("a la 1 hora"); before minutes it
    // counts hours, as "hour" does.
    for (text, lang) in [
        ("dura 1 hora y 20 minutos", Lang::Es),
        ("takes 1 hour and 20 minutes", Lang::En),
    ] {
        let m = extract(text, lang);
        let units: Vec<_> = m.iter().map(|m| (m.primary().value, m.unit)).collect();
        assert_eq!(
            units,
            vec![(1.0, Some("hour")), (20.0, Some("min"))],
            "{text}"
        );
    }
}

#[test]
fn a_minus_sign_opening_the_text_is_read() {
    // The sign is the text's first character: nothing stands before it to
    // look at (fuzzing found the look-behind running off the start).
    for lang in [Lang::En, Lang::Pl, Lang::Ja] {
        assert_eq!(values("−06 stopni", lang), vec![-6.0], "{}", lang.code());
    }
}
