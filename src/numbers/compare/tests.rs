//! Unit tests of the comparison: the issues found between two texts.

use super::*;

#[test]
fn hours_and_minutes_are_one_duration() {
    let de = "Die Fahrzeit sinkt auf 2 Stunden und 19 Minuten.";
    assert!(kinds(de, Lang::De, "Le trajet passe à 2 h 19.", Lang::Fr).is_empty());
    assert!(kinds("Le trajet passe à 2 h 19.", Lang::Fr, de, Lang::De).is_empty());
    assert_eq!(
        kinds(de, Lang::De, "Le trajet passe à 2 h 18.", Lang::Fr),
        vec!["extra", "missing", "missing"]
    );
    let en = "The ferry takes 1 hour 30 minutes.";
    assert!(kinds(en, Lang::En, "Trajekt pluje hodinu a půl.", Lang::Cs).is_empty());
    assert!(kinds(en, Lang::En, "Паром іде півтори години.", Lang::Uk).is_empty());
    assert_eq!(
        kinds(
            "The ferry takes 1 hour 20 minutes.",
            Lang::En,
            "Trajekt pluje hodinu a půl.",
            Lang::Cs
        ),
        vec!["missing"]
    );
}

#[test]
fn race_times_with_abbreviated_units_and_tenths() {
    let en = "She won in 2:11:48, a course record.";
    let ru = "Она победила с результатом 2 ч 11 мин 48 с — рекорд трассы.";
    assert!(kinds(en, Lang::En, ru, Lang::Ru).is_empty());
    let ru_off = "Она победила с результатом 2 ч 12 мин 48 с — рекорд трассы.";
    assert!(!kinds(en, Lang::En, ru_off, Lang::Ru).is_empty());
    // French gives tenths after the seconds' symbol, in a time and in a
    // gap of seconds alone.
    let fr = "Il a gagné en 24 min 05 s 7, avec 6 s 2 d'avance.";
    let de = "Er gewann in 24:05,7 Minuten mit 6,2 Sekunden Vorsprung.";
    assert!(kinds(fr, Lang::Fr, de, Lang::De).is_empty());
    let de_off = "Er gewann in 24:05,7 Minuten mit 6,8 Sekunden Vorsprung.";
    assert!(!kinds(fr, Lang::Fr, de_off, Lang::De).is_empty());
}

#[test]
fn cjk_race_time_with_hundredths_and_quintals() {
    let en = "She won the 400 metres medley in 4:31.07.";
    assert!(kinds(en, Lang::En, "她以4分31秒07夺得400米混合泳冠军。", Lang::Zh).is_empty());
    assert!(!kinds(en, Lang::En, "她以4分31秒70夺得400米混合泳冠军。", Lang::Zh).is_empty());
    // A tonne is ten quintals (центнеры).
    let ru = "Урожайность сахарной свёклы достигла 415 центнеров с гектара.";
    let good = "The sugar beet yield reached 41.5 tonnes per hectare.";
    let bad = "The sugar beet yield reached 4.15 tonnes per hectare.";
    assert!(kinds(ru, Lang::Ru, good, Lang::En).is_empty());
    assert!(!kinds(ru, Lang::Ru, bad, Lang::En).is_empty());
}

#[test]
fn cjk_hours_and_minutes_are_a_race_time() {
    let en = "Runners under 2:04 earn a bonus.";
    assert!(kinds(en, Lang::En, "男子跑进2小时04分可获得奖金。", Lang::Zh).is_empty());
    assert!(kinds(en, Lang::En, "2時間04分を切れば賞金が出る。", Lang::Ja).is_empty());
    assert!(!kinds(en, Lang::En, "男子跑进2小时14分可获得奖金。", Lang::Zh).is_empty());
}

#[test]
fn equal_values_in_other_forms_are_silent() {
    assert!(kinds("1 000,5 euros", Lang::Fr, "1,000.5 euros", Lang::En).is_empty());
    assert!(kinds("cinq ministres", Lang::Fr, "five ministers", Lang::En).is_empty());
    assert!(kinds("le 18 juillet", Lang::Fr, "on July 18", Lang::En).is_empty());
    assert!(kinds(
        "vendredi 22 octobre",
        Lang::Fr,
        "Friday, October 22",
        Lang::En
    )
    .is_empty());
    assert!(kinds("2,5 millions", Lang::Fr, "2.5 million", Lang::En).is_empty());
    assert!(kinds("2,5 millions", Lang::Fr, "2,500,000", Lang::En).is_empty());
    assert!(kinds("à 14h30", Lang::Fr, "at 2:30 p.m.", Lang::En).is_empty());
    assert!(kinds("un diplomate", Lang::Fr, "a diplomat", Lang::En).is_empty());
    // Zero in words said by a negation or a compound.
    assert!(kinds(
        "emisiones casi nulas",
        Lang::Es,
        "near-zero emissions",
        Lang::En
    )
    .is_empty());
    assert!(kinds("zero waste", Lang::En, "abfallfrei", Lang::De).is_empty());
    // A changed count beside it is still found.
    assert!(!kinds(
        "zero waste in two towns",
        Lang::En,
        "rifiuti zero in tre comuni",
        Lang::It
    )
    .is_empty());
    assert!(kinds("dans les années 70", Lang::Fr, "in the 1970s", Lang::En).is_empty());
}

#[test]
fn large_sums_rounded_with_their_scale_word_are_silent() {
    assert!(kinds("9兆4107億円", Lang::Ja, "9.41 trillion yen", Lang::En).is_empty());
    assert!(kinds("1,2345 milliard", Lang::Fr, "1.23 billion", Lang::En).is_empty());
    assert!(kinds("3.456 billion", Lang::En, "3,46 miliardy", Lang::Cs).is_empty());
    // Off by more than the rounding, rounded the wrong way, or fewer
    // than three significant digits left.
    for (source, lang, target) in [
        ("9兆4107億円", Lang::Ja, "9.51 trillion yen"),
        ("1,236 millions", Lang::Fr, "1.23 million"),
        ("1,54 millions", Lang::Fr, "1.5 million"),
        ("12,55 millions", Lang::Fr, "12.5 million"),
    ] {
        assert_eq!(
            kinds(source, lang, target, Lang::En),
            vec!["changed"],
            "{source}"
        );
    }
}

#[test]
fn speeds_converted_from_miles_an_hour_are_silent() {
    assert!(kinds("103 miles an hour", Lang::En, "166 km/h", Lang::Cs).is_empty());
    assert!(kinds("80 km/h", Lang::De, "50 miles per hour", Lang::En).is_empty());
    assert!(kinds("80 км/год", Lang::Uk, "50 miles an hour", Lang::En).is_empty());
    assert_eq!(
        kinds("103 miles an hour", Lang::En, "196 km/h", Lang::Cs),
        vec!["changed"]
    );
}

#[test]
fn lengths_areas_and_volumes_converted_are_silent() {
    // Imperial to metric, in the words of several languages.
    assert!(kinds("62 inches of snow", Lang::En, "157センチの降雪", Lang::Ja).is_empty());
    assert!(kinds("a 132-mile stretch", Lang::En, "约212公里的路段", Lang::Zh).is_empty());
    assert!(kinds("300 acres", Lang::En, "121 hectáreas", Lang::Es).is_empty());
    assert!(kinds("15 Zoll", Lang::De, "38 сантиметров", Lang::Ru).is_empty());
    assert!(kinds("40 gallons", Lang::En, "151 litri", Lang::It).is_empty());
    // Another metric prefix, exactly.
    assert!(kinds("1.2 kilometres", Lang::En, "1 200 mètres", Lang::Fr).is_empty());
    // A wrong conversion is a changed number; one off by more than rounding too.
    assert_eq!(
        kinds("62 inches of snow", Lang::En, "175センチの降雪", Lang::Ja),
        vec!["changed"]
    );
    assert_eq!(
        kinds("1.2 kilometres", Lang::En, "1 250 mètres", Lang::Fr),
        vec!["changed"]
    );
}

#[test]
fn an_equal_value_pairs_with_its_own_unit_first() {
    // "zwölf Minuten" is the 12 minutes, so the 12 miles meet 19 Kilometer.
    assert!(kinds(
        "12 miles, trains every 12 minutes",
        Lang::En,
        "19 Kilometer, alle zwölf Minuten",
        Lang::De
    )
    .is_empty());
}

#[test]
fn minutes_and_seconds_are_one_duration() {
    assert!(kinds(
        "une avance de 4 minutes et 30 secondes",
        Lang::Fr,
        "ein Vorsprung von viereinhalb Minuten",
        Lang::De
    )
    .is_empty());
    assert_eq!(
        kinds(
            "une avance de 4 minutes et 30 secondes",
            Lang::Fr,
            "ein Vorsprung von fünfeinhalb Minuten",
            Lang::De
        ),
        vec!["changed"]
    );
}

#[test]
fn differences_are_named() {
    assert_eq!(
        kinds("180 journalistes", Lang::Fr, "18 journalists", Lang::En),
        vec!["changed"]
    );
    assert_eq!(
        kinds("1,5 milliard", Lang::Fr, "1.5 million", Lang::En),
        vec!["scale"]
    );
    assert_eq!(
        kinds("le 18 juillet", Lang::Fr, "on July 8", Lang::En),
        vec!["date"]
    );
    assert_eq!(
        kinds("cinq ministres", Lang::Fr, "four ministers", Lang::En),
        vec!["changed"]
    );
    assert_eq!(
        kinds("à 14h30", Lang::Fr, "at 2:30 a.m.", Lang::En),
        vec!["changed"]
    );
    assert_eq!(kinds("2,5 %", Lang::Fr, "25%", Lang::En), vec!["changed"]);
    assert_eq!(
        kinds("vendredi", Lang::Fr, "Thursday", Lang::En),
        vec!["weekday"]
    );
    assert_eq!(
        kinds("2.100 millones", Lang::Es, "2.100 million", Lang::En),
        vec!["scale"]
    );
    assert_eq!(
        kinds("180 journalistes", Lang::Fr, "journalists", Lang::En),
        vec!["missing"]
    );
    assert_eq!(
        kinds("des journalistes", Lang::Fr, "18 journalists", Lang::En),
        vec!["extra"]
    );
}

#[test]
fn a_changed_score_is_one_score_issue() {
    assert_eq!(
        kinds(
            "Le club a gagné 3-1.",
            Lang::Fr,
            "The club won 3-2.",
            Lang::En
        ),
        vec!["score"]
    );
    // The changed number matches another number of the sentence.
    assert_eq!(
        kinds(
            "Der Verein gewann 2:0, mit 1 Tor in der Nachspielzeit.",
            Lang::De,
            "The club won 2-1, with 1 goal in stoppage time.",
            Lang::En
        ),
        vec!["score"]
    );
    assert!(kinds(
        "Le club a gagné 3-1.",
        Lang::Fr,
        "The club won 3-1.",
        Lang::En
    )
    .is_empty());
    // The loser first is the same score.
    assert!(kinds(
        "El club ganó 3-1.",
        Lang::Es,
        "The club lost 1-3.",
        Lang::En
    )
    .is_empty());
    // No game in the sentence: a range, compared number by number.
    assert_eq!(
        kinds("de 3-4 ans", Lang::Fr, "of 3-5 years", Lang::En),
        vec!["changed"]
    );
}

#[test]
fn a_weekday_against_its_own_date() {
    // 14 March 2024 was a Thursday.
    assert_eq!(
        kinds(
            "le 14 mars 2024",
            Lang::Fr,
            "on Wednesday, March 14, 2024",
            Lang::En
        ),
        vec!["weekday"]
    );
    assert!(kinds(
        "le 14 mars 2024",
        Lang::Fr,
        "on Thursday, March 14, 2024",
        Lang::En
    )
    .is_empty());
    // The original's own weekday carried over is not the translation's error.
    assert!(kinds(
        "le mercredi 14 mars 2024",
        Lang::Fr,
        "on Wednesday, March 14, 2024",
        Lang::En
    )
    .is_empty());
    // Without the year, only the two weekdays are compared.
    assert!(kinds("le 14 mars", Lang::Fr, "on Wednesday, March 14", Lang::En).is_empty());
    assert_eq!(
        kinds(
            "le jeudi 14 mars",
            Lang::Fr,
            "on Wednesday, March 14",
            Lang::En
        ),
        vec!["weekday"]
    );
}
