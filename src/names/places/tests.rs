//! Tests of the place tables and their lookups.

use super::*;

#[test]
fn a_subdivision_lies_in_its_country() {
    let tokyo = lookup(Lang::En, "Tokyo", ANY);
    let japan = lookup(Lang::Ja, "日本", ANY);
    assert!(tokyo.iter().any(|&p| japan.iter().any(|&c| lies_in(p, c))));
    let china = lookup(Lang::En, "China", ANY);
    assert!(!tokyo.iter().any(|&p| china.iter().any(|&c| lies_in(p, c))));
}

#[test]
fn body_forms_name_a_body_but_make_no_name() {
    let parliament = Place("body-european-parliament");
    assert!(feature_names_of(Lang::De, parliament).contains(&"Haus"));
    assert!(feature_names_of(Lang::It, parliament).contains(&"Aula"));
    assert!(!feature_names(Lang::De).any(|(n, _)| n == "Haus"));
    assert!(!feature_names(Lang::En).any(|(n, _)| n.starts_with('~')));
}

#[test]
fn table_names_going_on_in_lower_case() {
    let states = Place("body-member-states");
    assert!(names_going_on_in_lower_case(Lang::Es).contains(&("Estados miembros", states)));
    assert!(names_going_on_in_lower_case(Lang::It).contains(&("Stati membri", states)));
    // Every word capitalised: the capitalised run reads it whole.
    assert!(!names_going_on_in_lower_case(Lang::En)
        .iter()
        .any(|(n, _)| *n == "Member States"));
}

#[test]
fn slavic_adjectives_of_places() {
    assert!(slavic_adjective_of(Lang::Ru, "сирийском", ANY).contains(&Place("SY")));
    assert!(slavic_adjective_of(Lang::Pl, "kanadyjskich", ANY).contains(&Place("CA")));
    assert!(slavic_adjective_of(Lang::Ru, "сказал", ANY).is_empty());
    assert!(slavic_adjective_of(Lang::Fr, "texaský", ANY).is_empty());
}

#[test]
fn a_fleeting_e_is_put_back() {
    let vienna = Place("Europe/Vienna");
    assert!(lookup(Lang::Uk, "Відень", ANY).contains(&vienna));
    assert!(lookup(Lang::Uk, "Відня", ANY).contains(&vienna));
    assert!(lookup(Lang::Uk, "Відні", ANY).contains(&vienna));
    assert!(lookup(Lang::Uk, "Відрa", ANY).is_empty());
}

#[test]
fn inflected_names_of_several_words() {
    assert!(lookup(Lang::Pl, "Stanach Zjednoczonych", ANY).contains(&Place("US")));
}

#[test]
fn short_forms_beside_cldr_names() {
    let ja: Vec<_> = short_forms(Lang::Ja).collect();
    assert!(ja.contains(&("米国", Place("US"))) && ja.contains(&("欧州", Place("150"))));
    assert!(
        !all_names(Lang::Ja, 2).any(|(n, _)| n == "米国"),
        "not extracted as a name"
    );
    assert_eq!(lookup(Lang::Ja, "米国", ANY), vec![Place("US")]);
    assert_eq!(
        lookup_exact(Lang::En, "Brazilian", &[PlaceKind::Demonym]),
        vec![Place("BR")]
    );
    assert_eq!(
        lookup_exact(Lang::En, "South African", &[PlaceKind::Demonym]),
        vec![Place("ZA")]
    );
    assert!(
        lookup_exact(Lang::En, "Brazilian", ANY).is_empty(),
        "not a name by itself"
    );
    assert!(
        short_forms(Lang::Zh).next().is_none(),
        "Japanese forms only in Japanese"
    );
}

#[test]
fn countries_of_a_language() {
    assert!(speaks(Place("FR"), Lang::Fr));
    assert!(speaks(Place("CN"), Lang::Zh));
    assert!(!speaks(Place("DE"), Lang::Fr));
}

#[test]
fn maps_exonyms_to_one_entity() {
    let de = lookup(Lang::Es, "Alemania", ANY);
    assert!(!de.is_empty());
    assert_eq!(lookup(Lang::Fr, "Allemagne", ANY), de);
    assert!(lookup(Lang::En, "Germany", ANY).contains(&de[0]));
    let naples = lookup(Lang::It, "Napoli", ANY);
    assert!(lookup(Lang::En, "Naples", ANY)
        .iter()
        .any(|p| naples.contains(p)));
    let us = lookup(Lang::Cs, "USA", ANY);
    assert!(lookup(Lang::En, "US", ANY).iter().any(|p| us.contains(p)));
}

#[test]
fn finds_inflected_place_names() {
    let cz = lookup(Lang::Cs, "Česku", ANY);
    assert!(!cz.is_empty());
    assert!(lookup(Lang::En, "Czechia", ANY).contains(&cz[0]));
    assert!(!lookup(Lang::Ru, "Германии", ANY).is_empty());
    let ghent = lookup(Lang::Pl, "Gandawie", ANY);
    assert!(lookup(Lang::En, "Ghent", ANY)
        .iter()
        .any(|p| ghent.contains(p)));
}

#[test]
fn finds_adjectives_of_places() {
    let il = lookup(Lang::En, "Israel", ANY);
    assert!(demonym_of(Lang::En, "Israeli", ANY).contains(&il[0]));
    let fk = lookup(Lang::Fr, "Malouines", ANY);
    assert!(demonym_of(Lang::En, "Falklands", ANY).contains(&fk[0]));
    assert!(is_demonym_of("czech", "czechia"));
    assert!(!is_demonym_of("australia", "austria"));
    let german = person_endings(Lang::De);
    assert!(differs_by_ending("schwedin", "schweden", german));
    assert!(differs_by_ending("italienerin", "italien", german));
    assert!(!differs_by_ending("osterreicher", "ostsee", german));
}

#[test]
fn finds_adjectives_of_places_named_in_two_words() {
    let nz = Place("NZ");
    for (lang, word) in [
        (Lang::Uk, "новозеландських"),
        (Lang::Ru, "Новозеландский"),
        (Lang::Cs, "novozélandské"),
    ] {
        assert!(demonym_of(lang, word, ANY).contains(&nz), "{word}");
    }
    // Words that only open like it.
    assert!(!demonym_of(Lang::Uk, "новорічних", ANY).contains(&nz));
    assert!(!demonym_of(Lang::Cs, "novinářské", ANY).contains(&nz));
}

/// The keys in the data file are computed by the generator in Python;
/// they must be what `key` computes here, or look-ups miss.
#[test]
fn data_keys_match_key_function() {
    let mut bad = Vec::new();
    for line in DATA.lines().filter(|l| !l.starts_with('#')) {
        let mut f = line.split('\t');
        let (Some(lk), Some(kind), Some(_), Some(name)) = (f.next(), f.next(), f.next(), f.next())
        else {
            continue;
        };
        if kind == "geo" || name.is_empty() {
            continue;
        }
        let k = lk.split_once(':').map_or("", |x| x.1);
        if key(name) != k {
            bad.push(line.to_string());
        }
    }
    assert!(
        bad.len() < 5,
        "{} mismatches, e.g. {:?}",
        bad.len(),
        &bad[..bad.len().min(5)]
    );
}
