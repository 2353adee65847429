//! Scale words: per language, abbreviated, vague, after a hyphen, a number
//! written in two scales, and a range's shared scale.

use super::*;

#[test]
fn reads_czech_miles_inflected_scales_and_compounds() {
    let m = &extract("26 mil", Lang::Cs)[0];
    assert_eq!((m.primary().value, m.unit), (26.0, Some("mi")));
    assert_eq!(values("4 mil. Kč", Lang::Cs), vec![4e6]);
    assert_eq!(values("4 mil Kč", Lang::Cs), vec![4e6]);
    assert_eq!(values("7,4 milionu", Lang::Cs), vec![7.4e6]);
    assert_eq!(values("pěti sty miliony", Lang::Cs), vec![500e6]);
    assert_eq!(values("třídenní", Lang::Cs), vec![3.0]);
    assert_eq!(strong("pětkrát", Lang::Cs), Vec::<f64>::new());
}

#[test]
fn a_scale_word_alone_is_a_vague_plural() {
    assert_eq!(strong("Millionen Menschen", Lang::De), Vec::<f64>::new());
    assert_eq!(strong("тисячі жителів", Lang::Uk), Vec::<f64>::new());
    assert_eq!(strong("drei Millionen Menschen", Lang::De), vec![3e6]);
    assert_eq!(strong("a million people", Lang::En), vec![1e6]);
    assert_eq!(strong("45 тисяч", Lang::Uk), vec![45000.0]);
}

#[test]
fn reads_scales_per_language() {
    assert_eq!(values("1,5 milliard", Lang::Fr), vec![1.5e9]);
    assert_eq!(values("2 billions", Lang::Fr), vec![2e12]);
    assert_eq!(values("2 billion", Lang::En), vec![2e9]);
    assert_eq!(values("3 Milliarden", Lang::De), vec![3e9]);
    assert_eq!(values("2 mil millones", Lang::Es), vec![2e9]);
    assert_eq!(values("2,5 millions", Lang::Fr), vec![2.5e6]);
    assert_eq!(values("$5bn", Lang::En), vec![5e9]);
    assert_eq!(values("103 mld zł", Lang::Pl), vec![103e9]);
    assert_eq!(values("14.6万人", Lang::Zh), vec![146000.0]);
    assert_eq!(values("１万１０００店舗", Lang::Ja), vec![11000.0]);
}

/// A scale abbreviation opens no number of its own, and a scale after a
/// vague collective ("десятки тисяч", tens of thousands) stays vague.
#[test]
fn abbreviated_and_vague_scales() {
    let read = |text: &str, lang: Lang| -> Vec<(f64, bool)> {
        crate::numbers::extract(text, lang)
            .iter()
            .map(|m| (m.primary().value, m.strength == Strength::MatchOnly))
            .collect()
    };
    assert_eq!(read("zwei Mrd. Euro", Lang::De), [(2e9, false)]);
    assert_eq!(read("die Mrd. fehlen", Lang::De), []);
    assert_eq!(read("десятки тисяч людей", Lang::Uk), [(10_000.0, true)]);
    assert_eq!(read("десять тисяч людей", Lang::Uk), [(10_000.0, false)]);
}

#[test]
fn a_range_shares_the_scale_word_of_its_second_end() {
    for (text, lang, expected) in [
        ("auf 1,5 bis 2 Millionen Pfund", Lang::De, [1.5e6, 2e6]),
        ("between 3 and 4 billion dollars", Lang::En, [3e9, 4e9]),
        ("от 1,5 до 2 млрд рублей", Lang::Ru, [1.5e9, 2e9]),
        ("entre 2,5 et 3 millions d'euros", Lang::Fr, [2.5e6, 3e6]),
        // Not when the first end is no smaller, nor without a joining
        // word, nor for a percentage before "to".
        ("from 500 to 2 million", Lang::En, [500.0, 2e6]),
        ("in 3 cases, 4 million", Lang::En, [3.0, 4e6]),
        ("up 0.7% to 1.7 trillion yen", Lang::En, [0.7, 1.7e12]),
    ] {
        assert_eq!(values(text, lang), expected, "{text}");
    }
}

#[test]
fn a_scale_word_after_a_hyphen_scales_the_number() {
    assert_eq!(
        values("a 4.2-billion-hryvnia programme", Lang::En),
        vec![4.2e9]
    );
    assert_eq!(values("der 45-Milliarden-Fonds", Lang::De), vec![45e9]);
    assert_eq!(values("a 30-minute delay", Lang::En), vec![30.0]);
}

#[test]
fn reads_indian_scales_and_periods_named_by_their_years() {
    assert_eq!(values("Rs 1,200 crore", Lang::En), vec![1.2e10]);
    assert_eq!(values("₹4 lakh each", Lang::En), vec![4e5]);
    assert_eq!(values("el último decenio", Lang::Es), vec![10.0]);
    assert_eq!(values("il quinquennio", Lang::It), vec![5.0]);
    assert_eq!(values("viermal", Lang::De), vec![4.0]);
    assert!(strong("el último decenio", Lang::Es).is_empty());
    assert_eq!(values("od počátku nultých let", Lang::Cs), vec![0.0]);
}

#[test]
fn reads_a_number_written_as_its_millions_and_thousands() {
    assert_eq!(
        values("1 млн 780 тыс. человек", Lang::Ru),
        vec![1_780_000.0]
    );
    assert_eq!(values("2 mld. 300 mil. Kč", Lang::Cs), vec![2.3e9]);
    // A smaller scale first is two numbers.
    assert_eq!(values("780 тыс. 1 млн", Lang::Ru), vec![780_000.0, 1e6]);
    // Mexican Spanish writes the thousands with "mil" and the rest after it,
    // a larger scale word closing the whole.
    assert_eq!(values("unos 2 mil 300 empleos", Lang::Es), vec![2300.0]);
    assert_eq!(
        values("41 mil 800 millones de pesos", Lang::Es),
        vec![41.8e9]
    );
    assert_eq!(
        values("entre 2 mil y 3 mil personas", Lang::Es),
        vec![2000.0, 3000.0]
    );
}

#[test]
fn a_range_shares_its_scale_across_articles_approximations_and_falls() {
    assert_eq!(
        values("tra i 50 e i 70 miliardi", Lang::It),
        vec![50e9, 70e9]
    );
    assert_eq!(
        values("de 20 a unos 14 millones", Lang::Es),
        vec![20e6, 14e6]
    );
    assert_eq!(
        values("von 1,62 auf rund 1,9 Mrd.", Lang::De),
        vec![1.62e9, 1.9e9]
    );
    assert_eq!(
        values("z 6,2 na téměř 8 miliard", Lang::Cs),
        vec![6.2e9, 8e9]
    );
    // A year before a sum is no end of a range.
    assert_eq!(values("in 2019 to 3 million", Lang::En), vec![2019.0, 3e6]);
}

#[test]
fn a_minus_word_before_a_share_and_frost_after_degrees() {
    let readings = |t: &str, l| {
        extract(t, l)
            .iter()
            .flat_map(|m| m.readings.iter().map(|r| r.value).collect::<Vec<_>>())
            .collect::<Vec<_>>()
    };
    // A fall written with a minus word keeps its size as a second reading.
    assert_eq!(
        readings("mit minus 13 Prozent", Lang::De),
        vec![-13.0, 13.0]
    );
    // A temperature after a minus word stays below zero only.
    assert_eq!(readings("minus 13 Grad", Lang::De), vec![-13.0]);
    // Degrees with a frost word after them are also below zero.
    assert_eq!(readings("до 5 градусів морозу", Lang::Uk), vec![5.0, -5.0]);
}
