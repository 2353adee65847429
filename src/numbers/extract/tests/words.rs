//! Numbers in words: cardinals, ordinals, fractions, halves, collectives
//! and set phrases.

use super::*;

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
fn a_units_noun_and_a_half_is_one_and_a_half() {
    // "půl" alone stays a half that only satisfies a match.
    assert_eq!(values("trvá hodinu a půl", Lang::Cs), vec![1.5, 0.5]);
    assert_eq!(values("trvá cestu a půl", Lang::Cs), vec![0.5]);
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

#[test]
fn a_half_after_a_scale_is_half_of_it() {
    // Before the scale or after it, a half of a million is half a million.
    for (text, lang) in [
        ("dos millones y medio de hogares", Lang::Es),
        ("deux millions et demi d'habitants", Lang::Fr),
        ("двох з половиною мільйонів людей", Lang::Uk),
        ("трёх с половиной миллионов человек", Lang::Ru),
    ] {
        let v = if text.starts_with("тр") {
            3.5e6
        } else {
            2.5e6
        };
        assert_eq!(values(text, lang)[0], v, "{text}");
    }
}

#[test]
fn french_cents_alone_is_no_hundred() {
    // "8 cents un an plus tôt": cents of a currency; "deux cents" is 200.
    assert_eq!(strong("contre 8 cents un an plus tôt", Lang::Fr), vec![8.0]);
    assert_eq!(strong("deux cents personnes", Lang::Fr), vec![200.0]);
}

#[test]
fn a_bare_scale_after_a_vague_count_is_vague() {
    // "several hundred billion": the count unsaid, matched but never reported.
    for (text, lang) in [
        ("to invest \"several hundred billion yen\"", Lang::En),
        ("a few thousand people", Lang::En),
        ("mehrere hundert Millionen Euro", Lang::De),
    ] {
        assert!(strong(text, lang).is_empty(), "{text}");
    }
    // With a count of its own, the amount is a number.
    assert_eq!(strong("three hundred billion yen", Lang::En), vec![3e11]);
    assert_eq!(strong("the hundred days", Lang::En), vec![100.0]);
}

#[test]
fn an_article_or_a_half_before_a_measure_is_one_or_half_of_it() {
    let read = |t: &str, l| {
        extract(t, l)
            .iter()
            .map(|m| (m.primary().value, m.unit, m.strength))
            .collect::<Vec<_>>()
    };
    let one = |u| vec![(1.0, Some(u), Strength::MatchOnly)];
    assert_eq!(read("barely an inch of rain", Lang::En), one("in"));
    assert_eq!(read("a mile from the coast", Lang::En), one("mi"));
    assert_eq!(
        read("within half a mile of it", Lang::En),
        vec![(0.5, Some("mi"), Strength::MatchOnly)]
    );
    // An article before another noun is no number.
    assert!(read("a village by the coast", Lang::En).is_empty());
}

#[test]
fn a_price_per_unit_keeps_the_unit_it_is_per() {
    let per = |t: &str, l| extract(t, l).iter().map(|m| m.per).collect::<Vec<_>>();
    assert_eq!(
        per("每斤1.20元至1.32元", Lang::Zh),
        vec![Some("jin"), Some("jin")]
    );
    assert_eq!(per("收购价为1.38元/斤", Lang::Zh), vec![Some("jin")]);
    assert_eq!(
        per("from 2.40 to 2.64 yuan per kilogram", Lang::En),
        vec![Some("kg"), Some("kg")]
    );
    assert_eq!(per("$5.49 a pound", Lang::En), vec![Some("lb")]);
    assert_eq!(per("12,10 dollars le kilo", Lang::Fr), vec![Some("kg")]);
    // A count of things per day is no price per a measure.
    assert_eq!(per("5 visits a day", Lang::En), vec![None]);
    assert_eq!(per("2 500 euros par mois", Lang::Fr), vec![None]);
}

#[test]
fn a_century_after_an_article_is_a_hundred_years() {
    let read = |t: &str| {
        extract(t, Lang::En)
            .iter()
            .map(|m| (m.primary().value, m.strength))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        read("for more than a century,"),
        vec![(100.0, Strength::MatchOnly)]
    );
    assert_eq!(
        read("half a century ago"),
        vec![(50.0, Strength::MatchOnly)]
    );
    // An ordinal century stays the ordinal.
    assert_eq!(read("the 20th century"), vec![(20.0, Strength::Strong)]);
}
