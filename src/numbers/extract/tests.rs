//! Unit tests of the number reader.

use super::*;

fn values(text: &str, lang: Lang) -> Vec<f64> {
    extract(text, lang)
        .iter()
        .map(|m| m.primary().value)
        .collect()
}

/// The clock and duration readings of every mention, in seconds.
fn time_values(text: &str, lang: Lang) -> Vec<f64> {
    extract(text, lang)
        .iter()
        .flat_map(|m| {
            m.readings
                .iter()
                .filter(|r| r.domain == Domain::Time)
                .map(|r| r.value)
                .collect::<Vec<_>>()
        })
        .collect()
}

fn strong(text: &str, lang: Lang) -> Vec<f64> {
    extract(text, lang)
        .iter()
        .filter(|m| m.strength == Strength::Strong)
        .map(|m| m.primary().value)
        .collect()
}

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
fn reads_ukrainian_words_and_abbreviations() {
    assert_eq!(values("п'ять", Lang::Uk), vec![5.0]);
    assert_eq!(values("п’ятнадцять", Lang::Uk), vec![15.0]);
    assert_eq!(values("дві", Lang::Uk), vec![2.0]);
    assert_eq!(values("45 тисяч", Lang::Uk), vec![45000.0]);
    assert_eq!(values("12 тис. грн", Lang::Uk), vec![12000.0]);
    assert_eq!(values("2,7 мільярда", Lang::Uk), vec![2.7e9]);
    assert_eq!(extract("350грн", Lang::Uk)[0].unit, Some("UAH"));
}

#[test]
fn reads_dot_times_and_dates_of_comma_decimal_languages() {
    let has = |t: &str, l, d: Domain, v: f64| {
        extract(t, l)
            .iter()
            .any(|m| m.readings.iter().any(|r| r.domain == d && r.value == v))
    };
    assert!(has("v 15.40", Lang::Cs, Domain::Time, 15.0 * HOUR + 2400.0));
    assert!(has("8,15", Lang::Cs, Domain::Time, 8.25 * HOUR));
    assert!(has("bis 12.06", Lang::De, Domain::Date, 612.0));
    // English reads "15.40" as a decimal first; the British time is a second
    // reading, for matching only.
    let m = &extract("at 15.40", Lang::En)[0];
    assert_eq!(m.primary(), Reading::q(15.4));
    assert!(has(
        "at 15.40",
        Lang::En,
        Domain::Time,
        15.0 * HOUR + 2400.0
    ));
    assert!(has("ve 21 hodin", Lang::Cs, Domain::Time, 21.0 * HOUR));
    assert!(has("після 18 години", Lang::Uk, Domain::Time, 18.0 * HOUR));
    assert!(has("о 8 вечора", Lang::Uk, Domain::Time, 20.0 * HOUR));
    let d = |t: &str, l| {
        extract(t, l)
            .first()
            .map(|m| (m.primary().domain, m.primary().value))
    };
    assert_eq!(d("od 1. 7. 2023", Lang::Cs), Some((Domain::Date, 701.0)));
    assert_eq!(d("do 03.05.", Lang::Uk), Some((Domain::Date, 503.0)));
    assert_eq!(d("do 3. 5.", Lang::Cs), Some((Domain::Date, 503.0)));
    assert_eq!(d("le 19/07", Lang::Fr), Some((Domain::Date, 719.0)));
    // A version number ending a sentence is no date.
    assert_eq!(
        d("Version 3.4.", Lang::De).map(|x| x.0),
        Some(Domain::Quantity)
    );
    // In English "12/21" is as often a month and a year.
    assert_ne!(d("12/21", Lang::En).map(|x| x.0), Some(Domain::Date));
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
fn reads_cjk_notations() {
    assert_eq!(values("470 万美元", Lang::Zh), vec![4.7e6]);
    assert_eq!(values("60余万元", Lang::Zh), vec![600000.0]);
    assert!(extract("60余万元", Lang::Zh)[0].approx);
    assert_eq!(values("5億3,200万円", Lang::Ja), vec![532e6]);
    // A smaller group in digits with the thousands character: 4千万 is
    // 40 million, 1千 a thousand.
    assert_eq!(values("約3億6千万円", Lang::Ja), vec![3.6e8]);
    assert_eq!(values("约2万7千人", Lang::Zh), vec![27000.0]);
    assert_eq!(values("1万5百本", Lang::Ja), vec![10500.0]);
    // 千 before a unit is its kilo- prefix: 0.45 kWh, not 450.
    assert_eq!(values("耗电约0.45千瓦时", Lang::Zh), vec![0.45]);
    assert_eq!(values("全长12千米", Lang::Zh), vec![12.0]);
    assert_eq!(values("２．５％", Lang::Ja), vec![2.5]);
    let r = |t: &str, l| extract(t, l).first().map(|m| m.primary());
    let time = |h: f64| {
        Some(Reading {
            domain: Domain::Time,
            value: h * HOUR,
        })
    };
    assert_eq!(r("下午3点半", Lang::Zh), time(15.5));
    assert_eq!(r("午後４：１５", Lang::Ja), time(16.25));
    assert_eq!(r("午後７時", Lang::Ja), time(19.0));
    assert_eq!(r("PM4:30まで", Lang::Ja), time(16.5));
    assert_eq!(r("AM10:00", Lang::Ja), time(10.0));
    // Offsets point into the text as given, full-width digits and all.
    let t = "午後４：１５";
    let m = &extract(t, Lang::Ja)[0];
    assert_eq!(&t[m.range.clone()], "４：１５");
    assert_eq!(
        r("2023.9.4", Lang::Zh).map(|x| (x.domain, x.value)),
        Some((Domain::Date, 904.0))
    );
    assert_eq!(r("5至8月", Lang::Zh).map(|x| x.domain), Some(Domain::Month));
    assert_eq!(extract("00后", Lang::Zh)[0].kind, Kind::Decade);
    assert_eq!(r("上午 11 点 20 分", Lang::Zh), time(11.0 + 1.0 / 3.0));
    assert_eq!(r("晚上 7 点半", Lang::Zh), time(19.5));
    assert_eq!(r("晚7时35分", Lang::Zh), time(19.0 + 35.0 / 60.0));
    assert_eq!(r("夜8時", Lang::Ja), time(20.0));
    let decade = &extract("18 世纪 70 年代", Lang::Zh)[0];
    assert_eq!(decade.kind, Kind::Decade);
    assert!(decade.readings.contains(&Reading::q(1770.0)));
    assert_eq!(extract("21世纪", Lang::Zh)[0].kind, Kind::Ordinal);
    let decades = &extract("20世纪六七十年代", Lang::Zh)[0];
    assert_eq!(decades.kind, Kind::Decade);
    for year in [1960.0, 1970.0] {
        assert!(decades.readings.contains(&Reading::q(year)));
    }
    assert!(!decades.readings.contains(&Reading::q(1980.0)));
    assert_eq!(r("2019 年", Lang::Zh).map(|x| x.value), Some(2019.0));
}

#[test]
fn numeral_characters_in_words_are_no_numbers() {
    assert_eq!(strong("服务十分周到", Lang::Zh), Vec::<f64>::new());
    assert_eq!(strong("九州と四国", Lang::Ja), Vec::<f64>::new());
    assert_eq!(strong("一二三号线", Lang::Zh), Vec::<f64>::new());
    assert_eq!(strong("三四天", Lang::Zh), Vec::<f64>::new());
    assert_eq!(strong("几十项", Lang::Zh), Vec::<f64>::new());
    assert_eq!(values("一九八五年", Lang::Zh), vec![1985.0]);
    // One numeral character with a counter is no longer reported alone.
    let m = &extract("两国", Lang::Zh)[0];
    assert_eq!(m.strength, Strength::PairOnly);
    assert_eq!(strong("十五人", Lang::Zh), vec![15.0]);
}

#[test]
fn reads_signs_in_words_and_fractions() {
    assert_eq!(values("8 degrees below zero", Lang::En), vec![-8.0]);
    assert_eq!(values("12 Grad minus", Lang::De), vec![-12.0]);
    assert_eq!(values("6 grados bajo cero", Lang::Es), vec![-6.0]);
    assert_eq!(values("minus 7", Lang::En), vec![-7.0]);
    // Arithmetic, not a temperature.
    assert_eq!(values("9 minus 4", Lang::En), vec![9.0, 4.0]);
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
fn reads_roman_centuries_and_ukrainian_ordinals() {
    let ord = |t: &str, l| {
        extract(t, l)
            .iter()
            .filter(|m| m.kind == Kind::Ordinal)
            .map(|m| m.primary().value)
            .collect::<Vec<_>>()
    };
    assert_eq!(ord("en el siglo XVIII", Lang::Es), vec![18.0]);
    assert_eq!(ord("у XIV столітті", Lang::Uk), vec![14.0]);
    assert_eq!(ord("du Xe au XIIe siècle", Lang::Fr), vec![10.0, 12.0]);
    assert_eq!(ord("XIX. Jahrhundert", Lang::De), vec![19.0]);
    // Not beside a word for century: a name, a list item, a pronoun.
    assert!(ord("papa Pio XII", Lang::It).is_empty());
    // "Ce" is a pronoun; "XXe" carries the ordinal mark: a number on its own.
    assert_eq!(ord("Ce XXe", Lang::Fr), vec![20.0]);
    assert!(ord("Ce matin", Lang::Fr).is_empty());
    assert!(ord("siglo IIII", Lang::Es).is_empty());
    assert_eq!(ord("на третій день", Lang::Uk), vec![3.0]);
    assert_eq!(ord("на четвертому поверсі", Lang::Uk), vec![4.0]);
    assert_eq!(values("чотириденного", Lang::Uk), vec![4.0]);
    assert_eq!(strong("open 24/7", Lang::En), Vec::<f64>::new());
    let years = extract("in 1994-97", Lang::En);
    assert!(years[1].readings.contains(&Reading::q(1997.0)));
    // A dash in the sentence is no minus sign.
    assert_eq!(values("варіанти – 5:1", Lang::Uk), vec![5.0, 1.0]);
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

#[test]
fn reads_words() {
    assert_eq!(values("vingt-deux", Lang::Fr), vec![22.0]);
    assert_eq!(values("quatre-vingt-dix", Lang::Fr), vec![90.0]);
    assert_eq!(values("twenty-two", Lang::En), vec![22.0]);
    assert_eq!(values("two hundred and five", Lang::En), vec![205.0]);
    assert_eq!(values("dos mil veintiuno", Lang::Es), vec![2021.0]);
    assert_eq!(values("dreiundzwanzig", Lang::De), vec![23.0]);
    assert_eq!(values("duemilaventuno", Lang::It), vec![2021.0]);
    assert_eq!(values("cinq pour cent", Lang::Fr), vec![5.0]);
    assert_eq!(extract("cinq pour cent", Lang::Fr)[0].kind, Kind::Percent);
    assert_eq!(values("a hundred", Lang::En), vec![100.0]);
    assert!(values("a man", Lang::En).is_empty());
    assert_eq!(strong("un homme", Lang::Fr), Vec::<f64>::new());
    assert_eq!(values("deux trois", Lang::Fr), vec![2.0, 3.0]);
    assert_eq!(values("tenth", Lang::En), vec![10.0]);
    // A single numeral character with a counter is held against a
    // different value but not reported alone (see `han_at`).
    assert_eq!(strong("未来十五天", Lang::Zh), vec![15.0]);
    assert_eq!(values("未来三天", Lang::Zh), vec![3.0]);
    assert_eq!(strong("统一", Lang::Zh), Vec::<f64>::new());
    assert_eq!(values("第十次", Lang::Zh), vec![10.0]);
    assert_eq!(values("一百", Lang::Zh), vec![100.0]);
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
fn reads_times_and_dates() {
    let r = |t: &str, l| extract(t, l).first().map(|m| m.primary());
    let t1430 = Some(Reading {
        domain: Domain::Time,
        value: 14.5 * HOUR,
    });
    assert_eq!(r("14h30", Lang::Fr), t1430);
    assert_eq!(r("2:30 p.m.", Lang::En), t1430);
    assert_eq!(r("14:30", Lang::En), t1430);
    assert_eq!(
        r("15时50分", Lang::Zh).map(|x| x.value),
        Some(15.0 * HOUR + 50.0 * 60.0)
    );
    let d = |t: &str, l| r(t, l).map(|x| (x.domain, x.value));
    assert_eq!(d("18 juillet", Lang::Fr), Some((Domain::Date, 718.0)));
    assert_eq!(d("July 18", Lang::En), Some((Domain::Date, 718.0)));
    assert_eq!(d("22 de octubre", Lang::Es), Some((Domain::Date, 1022.0)));
    assert_eq!(d("am 19. Juli", Lang::De), Some((Domain::Date, 719.0)));
    assert_eq!(d("7月24日", Lang::Zh), Some((Domain::Date, 724.0)));
    assert_eq!(d("22/10/2021", Lang::Fr), Some((Domain::Date, 1022.0)));
    assert_eq!(d("vendredi", Lang::Fr), Some((Domain::Weekday, 5.0)));
    assert_eq!(d("may", Lang::En), None);
}

#[test]
fn weekdays_of_dates() {
    use super::datetime::weekday_of;
    assert_eq!(weekday_of(2024, 3, 14), Some(4));
    assert_eq!(weekday_of(2000, 1, 1), Some(6));
    assert_eq!(weekday_of(2025, 3, 3), Some(1));
    assert_eq!(weekday_of(2024, 2, 29), Some(4));
    assert_eq!(weekday_of(2024, 13, 1), None);
    let ms = extract("Am Donnerstag, 14. März 2024 tagt der Rat.", Lang::De);
    let wd = ms.iter().find(|m| m.kind == Kind::Weekday).unwrap();
    assert_eq!((wd.primary().value, wd.calendar), (4.0, Some(4)));
    // No year: no calendar.
    let ms = extract("jeudi 14 mars", Lang::Fr);
    assert!(ms.iter().all(|m| m.calendar.is_none()));
    // A numeric date with its year; not across the end of a sentence.
    let ms = extract("Donnerstag, 14.03.2024", Lang::De);
    assert!(ms.iter().any(|m| m.calendar == Some(4)));
    let ms = extract("It rained on Monday. March 14, 2024 was dry.", Lang::En);
    assert!(ms.iter().all(|m| m.calendar.is_none()));
}

#[test]
fn scores_need_a_game() {
    let score = |t: &str, l: Lang| {
        extract(t, l)
            .iter()
            .filter_map(|m| m.score)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        score("Il Milan ha vinto 2-0.", Lang::It),
        vec![(2.0, 0.0); 2]
    );
    assert_eq!(
        score("Sparta vyhrála zápas 3:1.", Lang::Cs),
        vec![(3.0, 1.0); 2]
    );
    assert!(score("Kinder von 3-6 Jahren.", Lang::De).is_empty());
    assert!(score("Um 3:15 Uhr fiel das Tor.", Lang::De).is_empty());
}

fn all_readings(text: &str, lang: Lang) -> Vec<f64> {
    extract(text, lang)
        .iter()
        .flat_map(|m| m.readings.iter().map(|r| r.value))
        .collect()
}

#[test]
fn adjacent_cjk_digits_read_as_each_neighbouring_value() {
    assert_eq!(all_readings("七八公里", Lang::Zh), vec![7.0, 8.0]);
    assert_eq!(all_readings("三四十户", Lang::Zh), vec![30.0, 40.0]);
    assert_eq!(all_readings("十七八岁", Lang::Zh), vec![17.0, 18.0]);
    assert_eq!(all_readings("五六千人", Lang::Zh), vec![5000.0, 6000.0]);
    // Still approximate: never reported on their own.
    assert_eq!(strong("七八公里", Lang::Zh), Vec::<f64>::new());
    // A year written digit by digit is one value.
    assert_eq!(all_readings("一九八五年", Lang::Zh), vec![1985.0]);
}

#[test]
fn collective_number_nouns_match_but_are_not_reported_alone() {
    for (text, lang, v) in [
        ("une trentaine de cheminots", Lang::Fr, 30.0),
        ("una veintena de vecinos", Lang::Es, 20.0),
        ("una ventina di residenti", Lang::It, 20.0),
        ("Zehntausende Menschen", Lang::De, 10000.0),
        ("desítka jednotek", Lang::Cs, 10.0),
        ("сотня человек", Lang::Ru, 100.0),
    ] {
        assert!(values(text, lang).contains(&v), "{text}");
        assert_eq!(strong(text, lang), Vec::<f64>::new(), "{text}");
    }
}

#[test]
fn a_weak_ordinal_counts_after_an_article() {
    // "achten" is also the verb "to heed".
    assert_eq!(
        strong("Wir achten auf Qualität.", Lang::De),
        Vec::<f64>::new()
    );
    assert_eq!(strong("Am achten Tag", Lang::De), vec![8.0]);
    assert_eq!(strong("zum achten Mal", Lang::De), vec![8.0]);
}

#[test]
fn czech_ordinals_decline_and_compound_units_first() {
    assert_eq!(values("desátou sezónu", Lang::Cs), vec![10.0]);
    assert_eq!(values("v devadesátých letech", Lang::Cs), vec![90.0]);
    assert_eq!(values("pětatřicet delegátů", Lang::Cs), vec![35.0]);
    assert_eq!(values("jedenadvacátého", Lang::Cs), vec![21.0]);
    // "sedma" ends in the connector: no compound.
    assert_eq!(strong("sedma", Lang::Cs), Vec::<f64>::new());
    let date = &extract("dvacátého března", Lang::Cs)[0];
    assert_eq!(date.kind, Kind::Date);
    assert_eq!(date.primary().value, 320.0);
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
fn times_in_words_read_as_clock_times() {
    let time = |text: &str, lang: Lang| -> Vec<f64> {
        time_values(text, lang).iter().map(|v| v / 60.0).collect()
    };
    assert!(time("at half past nine", Lang::En).contains(&(9.0 * 60.0 + 30.0)));
    assert!(time("um halb zehn", Lang::De).contains(&(9.0 * 60.0 + 30.0)));
    assert!(time("à neuf heures et quart", Lang::Fr).contains(&(9.0 * 60.0 + 15.0)));
    assert!(time("a las diez menos cuarto", Lang::Es).contains(&(9.0 * 60.0 + 45.0)));
    assert!(time("at midnight", Lang::En).contains(&0.0));
    assert!(time("à midi", Lang::Fr).contains(&(12.0 * 60.0)));
    // "half past ten" is no count of ten; "half 10" in digits keeps its figure.
    assert!(!values("at half past ten", Lang::En).contains(&10.0));
    assert!(all_readings("um halb 10", Lang::De).contains(&10.0));
    // Not a clock phrase: "half of the nine members".
    assert!(time("half of the nine members", Lang::En).is_empty());
}

#[test]
fn chinese_numerals_with_gaps_and_both_myriads() {
    assert_eq!(values("一千零五人", Lang::Zh), vec![1005.0]);
    assert_eq!(values("三亿零五十万人", Lang::Zh), vec![300_500_000.0]);
    assert_eq!(values("一万二千亿元", Lang::Zh), vec![1.2e12]);
    assert_eq!(strong("一千零五人", Lang::Zh), vec![1005.0]);
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

/// The first end of a range of hours takes the clock of the second: its
/// a.m. or p.m., or the 24-hour clock; a bare number before a count stays a
/// count.
#[test]
fn range_of_hours_shares_the_clock() {
    let time = |text: &str, lang: Lang| -> Vec<Option<f64>> {
        crate::numbers::extract(text, lang)
            .iter()
            .map(|m| {
                m.readings
                    .iter()
                    .find(|r| r.domain == Domain::Time)
                    .map(|r| r.value / 3600.0)
            })
            .collect()
    };
    assert_eq!(
        time("open from 1 to 2 pm", Lang::En),
        [Some(13.0), Some(14.0)]
    );
    assert_eq!(
        time("open from 9 to 11 a.m.", Lang::En),
        [Some(9.0), Some(11.0)]
    );
    assert_eq!(time("between 11 and 1 pm", Lang::En)[1], Some(13.0));
    assert_eq!(time("otevřeno 9-12.30", Lang::Cs)[0], Some(9.0));
    assert_eq!(time("from 3 to 5 days", Lang::En), [None, None]);
    assert_eq!(time("chapters 1 to 2", Lang::En), [None, None]);
}

/// Set phrases stand for a value: "round the clock" is 24 (hours).
#[test]
fn set_phrases_with_a_value() {
    let values = |text: &str, lang: Lang| -> Vec<f64> {
        crate::numbers::extract(text, lang)
            .iter()
            .map(|m| m.primary().value)
            .collect()
    };
    assert_eq!(values("they worked round the clock", Lang::En), [24.0]);
    assert_eq!(
        values("wir sind rund um die Uhr erreichbar", Lang::De),
        [24.0]
    );
    assert_eq!(values("аптека работает круглосуточно", Lang::Ru), [24.0]);
    assert!(values("a round table", Lang::En).is_empty());
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
fn reads_japanese_trillions_tenths_signs_eras_fractions_and_sen() {
    // 兆 (10¹²) with the smaller units after it.
    assert_eq!(values("約13兆9000億円", Lang::Ja), vec![1.39e13]);
    assert_eq!(values("1兆8200億5000万円", Lang::Ja), vec![1.82e12 + 5e7]);
    assert_eq!(values("一兆二千億", Lang::Ja), vec![1.2e12]);
    // 割: tenths, a percentage.
    let m = &extract("5割を超えた", Lang::Ja)[0];
    assert_eq!((m.kind, m.primary().value), (Kind::Percent, 50.0));
    // A minus word against the number: the sign below zero, and either
    // sign elsewhere ("down 2.5%").
    assert_eq!(values("マイナス5度", Lang::Ja), vec![-5.0]);
    assert_eq!(values("氷点下3度", Lang::Ja), vec![-3.0]);
    assert_eq!(values("零下12度", Lang::Zh), vec![-12.0]);
    let m = &extract("前年比マイナス2.5%", Lang::Ja)[0];
    assert!(m.readings.contains(&Reading::q(-2.5)) && m.readings.contains(&Reading::q(2.5)));
    // An era year is its Western year too.
    let m = &extract("令和2年度", Lang::Ja)[0];
    assert_eq!(m.kind, Kind::Year);
    assert!(m.readings.contains(&Reading::q(2020.0)));
    assert!(extract("昭和47年", Lang::Ja)[0]
        .readings
        .contains(&Reading::q(1972.0)));
    // A fraction, denominator first; never reported alone.
    let ms = extract("3分の2", Lang::Ja);
    let m = ms.iter().find(|m| m.kind == Kind::Fraction).unwrap();
    assert!((m.primary().value - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(strong("3分の2", Lang::Ja), Vec::<f64>::new());
    // Yen and sen.
    assert_eq!(values("154円35銭", Lang::Ja), vec![154.35]);
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
fn zulu_time_is_a_capital_z_against_the_digits() {
    let domain = |text: &str, lang: Lang| extract(text, lang).first().map(|m| m.primary().domain);
    assert_eq!(domain("at 1430Z", Lang::En), Some(Domain::Time));
    assert_eq!(domain("at 2100 GMT", Lang::En), Some(Domain::Time));
    // Czech and Polish "z" (from) after a year.
    let no_time = |text: &str, lang: Lang| {
        extract(text, lang)
            .iter()
            .all(|m| m.primary().domain != Domain::Time)
    };
    assert!(no_time("v dubnu 2023 z Prahy", Lang::Cs));
    assert!(no_time("w kwietniu 2023 z Paryża", Lang::Pl));
}

#[test]
fn french_teens_and_cardinals_before_ordinals() {
    assert_eq!(values("de huit à dix-huit mois", Lang::Fr), vec![8.0, 18.0]);
    assert_eq!(values("dix-sept ans", Lang::Fr), vec![17.0]);
    assert_eq!(values("soixante-dix-neuf", Lang::Fr), vec![79.0]);
    // "les vingt premières minutes" are the first twenty: no 21st in French.
    assert_eq!(
        values("les vingt premières minutes", Lang::Fr),
        vec![20.0, 1.0]
    );
    assert_eq!(values("twenty-first", Lang::En), vec![21.0]);
    assert_eq!(values("двадцать первое место", Lang::Ru), vec![21.0]);
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
fn a_chinese_month_before_jian_is_the_month() {
    // "8月间": during August (a Japanese "3月間" is three months).
    let kinds: Vec<Kind> = extract("2017年3月至2022年8月间", Lang::Zh)
        .iter()
        .map(|m| m.kind)
        .collect();
    assert_eq!(
        kinds,
        vec![Kind::Year, Kind::Month, Kind::Year, Kind::Month]
    );
}

#[test]
fn shi_after_a_score_is_no_hour() {
    let no_time = |text: &str| {
        extract(text, Lang::Zh)
            .iter()
            .all(|m| m.primary().domain != Domain::Time)
    };
    assert!(no_time("她在决胜盘5:4时发球胜赛"));
    assert!(!no_time("比赛于4时开始"));
}

#[test]
fn a_minus_after_the_ellipsis_of_a_range_is_a_sign() {
    assert_eq!(values("до −12…−15 °C", Lang::Uk), vec![-12.0, -15.0]);
    assert_eq!(values("от −3…+2 градусов", Lang::Ru), vec![-3.0, 2.0]);
}

#[test]
fn a_japanese_match_minute_counts_from_its_half() {
    let readings = |text: &str| -> Vec<f64> {
        extract(text, Lang::Ja)[0]
            .readings
            .iter()
            .map(|r| r.value)
            .collect()
    };
    assert_eq!(readings("日本は後半22分、PKを決めた"), vec![22.0, 67.0]);
    assert_eq!(readings("延長後半3分に決勝点"), vec![3.0, 108.0]);
    assert_eq!(readings("前半7分に先制"), vec![7.0]);
}

#[test]
fn a_length_in_two_units_is_one_value() {
    assert_eq!(
        values("積雪は2メートル40センチに達した", Lang::Ja),
        vec![2.4]
    );
    assert_eq!(values("他身高1米85", Lang::Zh), vec![1.85]);
    assert_eq!(values("全长3公里200米", Lang::Zh), vec![3.2]);
    // A length in one unit stays as it is.
    assert_eq!(values("高さ3メートルの壁", Lang::Ja), vec![3.0]);
}

#[test]
fn reads_a_half_after_a_count_and_before_a_scale() {
    assert_eq!(values("eight and a half hours", Lang::En), vec![8.5]);
    assert_eq!(values("two and a half years", Lang::En), vec![2.5]);
    assert_eq!(values("half a million people", Lang::En), vec![500_000.0]);
    assert_eq!(values("a million people", Lang::En), vec![1_000_000.0]);
}

#[test]
fn reads_a_half_written_with_hyphens_or_a_fraction_sign() {
    assert_eq!(values("a two-and-a-half-year term", Lang::En), vec![2.5]);
    assert_eq!(values("zweieinhalb Jahre", Lang::De), vec![2.5]);
}

#[test]
fn reads_times_taken_in_hours_minutes_and_seconds() {
    let t = |text: &str, lang| -> Vec<f64> {
        extract(text, lang)
            .iter()
            .flat_map(|m| m.readings.clone())
            .filter(|r| r.domain == Domain::Time)
            .map(|r| r.value)
            .collect()
    };
    let race = 2.0 * 3600.0 + 5.0 * 60.0 + 6.0;
    assert_eq!(t("2時間5分6秒", Lang::Ja), vec![race]);
    assert_eq!(t("2小时5分6秒", Lang::Zh), vec![race]);
    assert_eq!(
        t("in 2 hours, 5 minutes and 6 seconds", Lang::En),
        vec![race]
    );
    // Hours and minutes alone stay counts.
    assert!(t("2時間5分", Lang::Ja).is_empty());
    // French symbols, and a German clock before a word of minutes.
    assert_eq!(
        t("en 4 h 02 min 37 s", Lang::Fr),
        vec![4.0 * 3600.0 + 2.0 * 60.0 + 37.0]
    );
    assert_eq!(t("à 1 min 07 s", Lang::Fr), vec![67.0]);
    assert!(t("mit 1:07 Minuten Rückstand", Lang::De).contains(&67.0));
}

#[test]
fn reads_chinese_and_japanese_weekdays_and_month_ranges() {
    let kinds = |text: &str, lang| -> Vec<(Kind, f64)> {
        extract(text, lang)
            .iter()
            .map(|m| (m.kind, m.primary().value))
            .collect()
    };
    assert!(kinds("8月16日（金）", Lang::Ja).contains(&(Kind::Weekday, 5.0)));
    assert!(kinds("会議は木曜日に", Lang::Ja).contains(&(Kind::Weekday, 4.0)));
    assert!(kinds("星期五下午", Lang::Zh).contains(&(Kind::Weekday, 5.0)));
    assert!(kinds("周日", Lang::Zh).contains(&(Kind::Weekday, 7.0)));
    // "一周" is a week, not a weekday.
    assert!(!kinds("一周后", Lang::Zh)
        .iter()
        .any(|(k, _)| *k == Kind::Weekday));
    // "4〜12月期": April to December.
    assert_eq!(
        kinds("4〜12月期", Lang::Ja),
        vec![(Kind::Month, 4.0), (Kind::Month, 12.0)]
    );
}

#[test]
fn a_count_of_collectives_is_also_their_product() {
    let all = |text: &str, lang| -> Vec<f64> {
        extract(text, lang)
            .iter()
            .flat_map(|m| m.readings.clone())
            .map(|r| r.value)
            .collect()
    };
    assert!(all("in two decades", Lang::En).contains(&20.0));
    assert!(all("три сотни", Lang::Ru).contains(&300.0));
    assert!(all("полтора десятилетия", Lang::Ru).contains(&15.0));
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
fn reads_compound_ordinals_written_as_ordinals() {
    assert_eq!(
        values("el vigésimo quinto aniversario", Lang::Es),
        vec![25.0]
    );
    assert_eq!(values("o trigésimo segundo lugar", Lang::Pt), vec![32.0]);
    assert_eq!(values("dvacáté páté výročí", Lang::Cs), vec![25.0]);
    assert_eq!(values("dwudziestą piątą rocznicę", Lang::Pl), vec![25.0]);
    // Two ordinals that do not add up to one stay two.
    assert_eq!(values("el quinto y el vigésimo", Lang::Es), vec![5.0, 20.0]);
}

#[test]
fn reads_a_half_after_a_cjk_count_and_its_measure_word() {
    assert_eq!(values("约两个半小时", Lang::Zh), vec![2.5]);
    assert_eq!(values("工期为3年半", Lang::Zh), vec![3.5]);
    assert_eq!(values("移動に1時間半かかる", Lang::Ja), vec![1.5]);
    assert_eq!(values("待ち時間は3分半", Lang::Ja), vec![3.5]);
    assert_eq!(values("3月半ばに", Lang::Ja), values("3月に", Lang::Ja));
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
fn a_units_noun_and_a_half_is_one_and_a_half() {
    // "půl" alone stays a half that only satisfies a match.
    assert_eq!(values("trvá hodinu a půl", Lang::Cs), vec![1.5, 0.5]);
    assert_eq!(values("trvá cestu a půl", Lang::Cs), vec![0.5]);
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
fn reads_a_number_written_as_its_millions_and_thousands() {
    assert_eq!(
        values("1 млн 780 тыс. человек", Lang::Ru),
        vec![1_780_000.0]
    );
    assert_eq!(values("2 mld. 300 mil. Kč", Lang::Cs), vec![2.3e9]);
    // A smaller scale first is two numbers.
    assert_eq!(values("780 тыс. 1 млн", Lang::Ru), vec![780_000.0, 1e6]);
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
fn reads_italian_centuries_and_first_days() {
    let m = extract("dalla metà dell'Ottocento", Lang::It);
    let century = m.iter().find(|m| m.kind == Kind::Ordinal).unwrap();
    assert_eq!(century.primary().value, 19.0);
    assert!(century.readings.iter().any(|r| r.value == 1800.0));
    // In lower case it is the number.
    assert_eq!(values("ottocento euro", Lang::It), vec![800.0]);
    let first = extract("dal 1° aprile 2009", Lang::It);
    assert!(first.iter().any(|m| m.primary().domain == Domain::Date));
    assert_eq!(extract("5° gradi", Lang::It)[0].kind, Kind::Cardinal);
}

#[test]
fn reads_race_times_with_hundredths_and_counts_of_hundredths() {
    let secs = time_values;
    let near = |v: &[f64], want: f64| v.iter().any(|x| (x - want).abs() < 1e-6);
    assert!(near(&secs("in 1:52,38 Minuten", Lang::De), 112.38));
    assert!(near(&secs("in 1:52.38.", Lang::En), 112.38));
    assert!(near(&secs("en 1 min 52 s 38", Lang::Fr), 112.38));
    // A clock before a comma and a word stays a clock.
    assert!(near(
        &secs("at 10:30, then", Lang::En),
        10.0 * 3600.0 + 1800.0
    ));
    let m = extract("à 21 centièmes", Lang::Fr);
    assert!(m[0].readings.iter().any(|r| (r.value - 0.21).abs() < 1e-9));
}

#[test]
fn a_fraction_of_one_is_also_its_denominator_and_multiples_are_counts() {
    let m = extract("mehr als ein Siebtel aller Todesfälle", Lang::De);
    let f = m.iter().find(|m| m.kind == Kind::Fraction).unwrap();
    assert!(f.readings.iter().any(|r| r.value == 7.0));
    // Two thirds is no "one in 1.5".
    let two = extract("two thirds", Lang::En);
    assert_eq!(two[0].readings.len(), 1);
    assert_eq!(values("rose fivefold", Lang::En), vec![5.0]);
    assert_eq!(values("hat sich verfünffacht", Lang::De), vec![5.0]);
    assert!(strong("rose fivefold", Lang::En).is_empty());
}

#[test]
fn tenths_are_a_share_and_also_n_in_ten() {
    // Chinese 成 and Japanese 割 count tenths: 三成 is 30%, 6割 60%.
    for (text, lang, share) in [
        ("出口占比超过三成", Lang::Zh, 30.0),
        ("价格下跌约4成", Lang::Zh, 40.0),
        ("回答者の6割が賛成した", Lang::Ja, 60.0),
        ("七割の店舗が閉店", Lang::Ja, 70.0),
    ] {
        let m = extract(text, lang);
        let p = m.iter().find(|m| m.kind == Kind::Percent).unwrap();
        assert_eq!(p.primary().value, share, "{text}");
        assert_eq!(p.unit, Some("%"));
        // "three in ten" on the other side: the count and the ten match,
        // and are never reported alone.
        let mut counts: Vec<f64> = m
            .iter()
            .filter(|m| m.strength == Strength::MatchOnly)
            .map(|m| m.primary().value)
            .collect();
        counts.sort_by(f64::total_cmp);
        assert_eq!(counts, vec![share / 10.0, 10.0], "{text}");
    }
    // 成 is no share in Japanese, nor 割 in Chinese; nor a word like 成功.
    assert!(extract("三成の", Lang::Ja)
        .iter()
        .all(|m| m.kind != Kind::Percent));
    assert!(extract("项目成功", Lang::Zh).is_empty());
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
fn a_dotted_race_time_and_english_as() {
    let m = extract("финишировал за 3.38,45", Lang::Ru);
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].kind, Kind::Time);
    assert!((m[0].primary().value - 218.45).abs() < 1e-9);
    // A thousands dot has three digits after it.
    assert_eq!(values("3.380,45 Euro", Lang::De), vec![3380.45]);
    // English "as" is no time preposition.
    assert_eq!(values("rose as much as 8.4%", Lang::En), vec![8.4]);
    assert_eq!(crate::numbers::render::time(118.72, Lang::En), "1:58.72");
    assert_eq!(crate::numbers::render::time(118.7, Lang::Cs), "1:58,7");
}

#[test]
fn reads_ordinals_made_by_a_suffix() {
    // Italian: the cardinal's stem and -esimo, its last vowel dropped.
    assert_eq!(values("il ventottesimo giorno", Lang::It), vec![28.0]);
    assert_eq!(values("la trentatreesima edizione", Lang::It), vec![33.0]);
    assert_eq!(
        values("il duecentesimo anniversario", Lang::It),
        vec![200.0]
    );
    assert_eq!(
        extract("il ventottesimo giorno", Lang::It)[0].kind,
        Kind::Ordinal
    );
    // Words that only begin like a number are none.
    assert!(values("la settimana prossima", Lang::It).is_empty());
}

#[test]
fn a_decade_in_words_takes_no_scale() {
    // "anni Sessanta milioni di europei": the sixties, and millions.
    let v = values("negli anni sessanta milioni di europei", Lang::It);
    assert!(v.contains(&60.0), "{v:?}");
    assert!(!v.contains(&60e6), "{v:?}");
    // A hyphenated decade is one word.
    assert!(values("dans les années soixante-dix", Lang::Fr).contains(&70.0));
}

#[test]
fn reads_a_fraction_of_a_scale() {
    assert_eq!(values("a quarter of a billion euro", Lang::En), vec![2.5e8]);
    assert_eq!(values("half a million people", Lang::En), vec![5e5]);
    // "of" after a fraction and before no scale joins nothing.
    assert_eq!(values("a quarter of the budget", Lang::En), vec![0.25]);
}
