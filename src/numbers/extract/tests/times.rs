//! Times, dates, weekdays and scores: clocks in digits and in words, ranges
//! of hours, race times.

use super::*;

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
    use super::super::datetime::weekday_of;
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
fn a_bare_hour_after_a_clock_preposition_is_a_time_up_to_a_comma() {
    let times = |t: &str, l| {
        extract(t, l)
            .iter()
            .flat_map(|m| m.readings.clone())
            .filter(|r| r.domain == Domain::Time)
            .map(|r| r.value / HOUR)
            .collect::<Vec<_>>()
    };
    // A comma after the hour ends the phrase, and the hour stays a time.
    assert_eq!(
        times("poco dopo le 21, il sindaco disse", Lang::It),
        vec![21.0]
    );
    assert_eq!(times("iniziata alle 14, ora locale", Lang::It), vec![14.0]);
    // A number after the comma goes on with a list: days, not hours.
    assert_eq!(times("le 11, 12 e 13 maggio", Lang::It), Vec::<f64>::new());
    // Russian "к 11" (by eleven) names the hour; the count stays first.
    let m = extract("заканчивают к 11 из-за жары", Lang::Ru);
    assert_eq!(m[0].primary().value, 11.0);
    assert_eq!(times("заканчивают к 11 из-за жары", Lang::Ru), vec![11.0]);
}
