//! The places and nationality adjectives a side names, and whether a side names
//! a place.

use super::*;

/// Longest place name, in words, looked up as one phrase ("Bosnia and
/// Herzegovina", "Den Haag", "United States").
pub(super) const PLACE_MAX_WORDS: usize = 4;

/// The places a side names: every capitalised word or run of words that is a
/// place's name (inflected, or as an adjective: "Czech", "Israeli") in a text
/// with capitals; the names found as substrings in one without.
/// The places whose language `word`, a lower-case adjective, names up to an
/// ending of `lang` (`data/lang/<code>/adjective-endings.txt`): "olandesi"
/// and "spagnola" are "olandese" and "spagnolo", the Italian names of Dutch
/// and Spanish; "portugiesische" is "Portugiesisch".
pub(super) fn nationality_adjective(lang: Lang, word: &str) -> Vec<Place> {
    let endings = words::list(lang, "adjective-endings");
    if endings.is_empty() || word.chars().count() < NATIONALITY_MIN_CHARS {
        return Vec::new();
    }
    let w = fold(word);
    for cut in endings.iter().chain([&""]) {
        let Some(stem) = w.strip_suffix(cut) else {
            continue;
        };
        for end in endings.iter().chain([&""]) {
            let form = format!("{stem}{end}");
            let found = places::lookup_exact(lang, &form, &[PlaceKind::Language]);
            if !found.is_empty() {
                return found;
            }
        }
    }
    Vec::new()
}

/// The place whose name opens `word`, a compound whose rest is a common noun
/// of `lang` (`Rhone` + `delta`, `Åland` + `inseln`), the name at least
/// `COMPOUND_PLACE_MIN_CHARS` letters.
fn place_opening_compound(lang: Lang, word: &str) -> Vec<Place> {
    const COMPOUND_PLACE_MIN_CHARS: usize = 4;
    const COMPOUND_REST_MIN_CHARS: usize = 3;
    // A place's own name is no compound of another ("Deutschland" is not
    // "Deutsch" + "land", the places that speak German).
    if !places::lookup_exact(lang, word, places::ANY).is_empty() {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    for &(at, _) in chars.iter().skip(COMPOUND_PLACE_MIN_CHARS).rev() {
        let (head, rest) = word.split_at(at);
        if rest.chars().count() < COMPOUND_REST_MIN_CHARS
            || lexicon::zipf_any_form(lang, &rest.to_lowercase()) < names::COMPOUND_PART_ZIPF
        {
            continue;
        }
        // A language's name opening a compound ("Deutschunterricht",
        // "Englischlehrer") names no place.
        let found = places::lookup_exact(lang, head, NOT_LANGUAGES);
        if !found.is_empty() {
            return found;
        }
    }
    Vec::new()
}

/// Every kind of place name but a language's.
const NOT_LANGUAGES: &[PlaceKind] = &[
    PlaceKind::Feature,
    PlaceKind::Region,
    PlaceKind::City,
    PlaceKind::Alias,
    PlaceKind::Geo,
    PlaceKind::Subdivision,
];

/// Shorter lower-case words are not taken for nationality adjectives.
pub(super) const NATIONALITY_MIN_CHARS: usize = 4;

pub(super) fn places_named(
    doc: &Document,
    lang: Lang,
    paras: &[&Paragraph],
    toks: &[Tok],
) -> Vec<Place> {
    let mut out: Vec<Place> = Vec::new();
    let mut add = |ps: Vec<Place>| {
        for p in ps {
            if !out.contains(&p) {
                out.push(p);
            }
        }
    };
    if !names::has_case(lang) {
        let devanagari = lang.script() == Script::Devanagari;
        for p in paras {
            let raw = &doc.text[p.range()];
            let text = if devanagari {
                devanagari_key(raw)
            } else {
                raw.to_string()
            };
            for (name, place) in places::all_names(lang, 2)
                .chain(places::short_forms(lang))
                .chain(places::feature_names(lang))
            {
                let hit = if devanagari {
                    text.contains(&devanagari_key(name))
                } else {
                    text.contains(name)
                };
                if hit {
                    add(vec![place]);
                }
            }
        }
    }
    for (i, t) in toks.iter().enumerate() {
        // Opening a sentence, the adjective has a capital ("Ливийское
        // правительство").
        if t.text.chars().next().is_some_and(char::is_uppercase) {
            add(places::slavic_adjective_of(lang, t.text, places::ANY));
        }
        if !t.text.chars().next().is_some_and(char::is_uppercase) {
            // Czech, Polish and Russian write a place's adjective in lower
            // case ("в сирийском Тартусе").
            add(places::slavic_adjective_of(lang, t.text, places::ANY));
            add(nationality_adjective(lang, t.text));
            // Russian and Ukrainian write a place's people in lower case
            // ("австралійців"), Czech and Polish the adjective of a place
            // named in two words as one ("novozélandských", "nowozelandzkich"),
            // and the Romance languages its adjective and its people
            // ("chipriota", "autrichienne").
            if matches!(lang, Lang::Ru | Lang::Uk | Lang::De | Lang::Cs | Lang::Pl)
                || !crate::lang::words::list(lang, "demonym-endings").is_empty()
            {
                add(places::demonym_of(lang, t.text, places::ANY));
            }
            // German and the Slavic languages write a part of a place's
            // adjective as one word with the point of the compass ("im
            // zentralvietnamesischen Hue", "die westafrikanischen Staaten",
            // "severoatlantské", "южнокорейский").
            if let Some(rest) = names::after_compass_prefix(t.text, lang) {
                let rest = rest.to_lowercase();
                add(places::demonym_of(lang, &rest, places::ANY));
                add(nationality_adjective(lang, &rest));
                add(places::slavic_adjective_of(lang, &rest, places::ANY));
            }
            continue;
        }
        // A town called by the first part of its qualified name ("Monaco"
        // for Monaco di Baviera, "Frankfurt").
        add(places::qualified_head(lang, t.text));
        // A part of a place written as one word ("Südeuropa") names the place.
        if let Some(rest) = names::after_compass_prefix(t.text, lang) {
            add(places::lookup(lang, &rest, places::ANY));
        }
        // German, Dutch and Swedish open a compound with a place's name
        // ("Rhonedelta", "Ålandinseln", "Adriaküste").
        if lang.writes_compounds() {
            add(place_opening_compound(lang, t.text));
        }
        for n in 1..=PLACE_MAX_WORDS.min(toks.len() - i) {
            let last = &toks[i + n - 1];
            let gap_ok = toks[i..i + n].windows(2).all(|w| {
                doc.text[w[0].range.end..w[1].range.start]
                    .chars()
                    .all(|c| c == ' ' || c == '-' || c == '\'')
            });
            if !gap_ok {
                break;
            }
            // The words without possessives or elisions ("South Africa's"),
            // and abbreviations without their dots ("U.S.").
            let phrase: String = toks[i..i + n]
                .iter()
                .map(|t| t.text)
                .collect::<Vec<_>>()
                .join(" ");
            let own = places::lookup(lang, &phrase, places::ANY);
            // A country called by its English name, which the press of
            // every Latin-script language also uses ("Moldova" in Italian,
            // where CLDR gives "Moldavia"; "North Macedonia"): one or two
            // words.
            if own.is_empty() && n <= 2 && lang != Lang::En && lang.script() == Script::Latin {
                add(places::lookup_exact(
                    Lang::En,
                    &phrase,
                    &[PlaceKind::Region],
                ));
            }
            add(own);
            if phrase.contains('.') {
                add(places::lookup(lang, &phrase.replace('.', ""), places::ANY));
            }
            add(places::demonym_of(lang, &phrase, places::ANY));
            add(places::lookup_exact(lang, &phrase, &[PlaceKind::Demonym]));
            let _ = last;
        }
    }
    out
}

/// Hindi spells one name several ways: with or without the nukta ("ज़" /
/// "ज"), with chandrabindu or anusvara ("हाँग" / "हांग"), with a half nasal
/// or anusvara ("न्यूजीलैण्ड" / "न्यूज़ीलैंड"), in one word or two ("हांगकांग" /
/// "हाँग काँग"). The key writes them all one way, without spaces.
pub(super) fn devanagari_key(s: &str) -> String {
    pub(super) const NUKTA: char = '\u{093C}';
    pub(super) const CHANDRABINDU: char = '\u{0901}';
    pub(super) const ANUSVARA: char = '\u{0902}';
    pub(super) const VIRAMA: char = '\u{094D}';
    let chars: Vec<char> = s.chars().filter(|&c| c != NUKTA).collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let nasal = matches!(c, 'ङ' | 'ञ' | 'ण' | 'न' | 'म');
        let before_consonant = chars
            .get(i + 2)
            .is_some_and(|&n| ('\u{0915}'..='\u{0939}').contains(&n));
        if nasal && chars.get(i + 1) == Some(&VIRAMA) && before_consonant {
            out.push(ANUSVARA);
            i += 2;
            continue;
        }
        match c {
            CHANDRABINDU => out.push(ANUSVARA),
            c if c.is_whitespace() || c == '\u{200C}' || c == '\u{200D}' => {}
            c => out.push(c),
        }
        i += 1;
    }
    out
}

/// Whether `side` names `place`, by any of its names or adjectives.
pub(super) fn names_place(place: Place, side: &Side) -> bool {
    side.places().contains(&place)
        // A body named in the table by a name that holds this one's ("EuGH",
        // the Gerichtshof der Europäischen Union, names the Union).
        || names_within(place, side)
        // A body or feature of the tables by a name in lower case or of
        // more words than a capitalised run is read for ("la zona euro",
        // "l'Agenzia europea per i medicinali").
        || table_name_in_text(place, side)
        // A state or a town in a text without capitals, by a name its
        // language's rows do not give (GeoNames' 田纳西州 for Tennessee).
        // A country by its one character, where that character seldom
        // means anything else ("南欧", "訪露").
        || (side.cjk()
            && super::target::country_characters(place, true)
                .any(|c| side.paras.iter().any(|p| side.doc.text[p.range()].contains(c))))
        || (!names::has_case(side.lang)
            && places::caseless_names_of(place)
                .iter()
                .any(|n| side.paras.iter().any(|p| side.doc.text[p.range()].contains(n))))
}

/// Whether a place `side` names is a body whose name in the tables of
/// `side`'s language holds one of `place`'s names of two words or more, word
/// for word, each word up to a case ending ("Gerichtshof der Europäischen
/// Union" holds "Europäische Union").
fn names_within(place: Place, side: &Side) -> bool {
    let inner: Vec<Vec<String>> = places::feature_names_of(side.lang, place)
        .iter()
        .map(|n| n.split(' ').map(fold).collect::<Vec<_>>())
        .filter(|words| words.len() >= 2)
        .collect();
    if inner.is_empty() {
        return false;
    }
    side.places().iter().filter(|&&p| p != place).any(|&p| {
        places::feature_names_of(side.lang, p).iter().any(|outer| {
            let outer: Vec<String> = outer.split(' ').map(fold).collect();
            inner.iter().any(|words| {
                outer.windows(words.len()).any(|w| {
                    w.iter().zip(words).all(|(o, i)| {
                        o.strip_prefix(i.as_str())
                            .is_some_and(|rest| rest.chars().count() <= 2)
                    })
                })
            })
        })
    })
}

/// Whether `side`'s text has one of the names `place` has in its language's
/// own tables, as words of their own, in any case.
fn table_name_in_text(place: Place, side: &Side) -> bool {
    let names: Vec<String> = places::feature_names_of(side.lang, place)
        .iter()
        .map(|n| fold(n))
        .collect();
    if names.is_empty() {
        return false;
    }
    let folded = side.folded.get_or_init(|| {
        side.paras
            .iter()
            .map(|p| fold(&side.doc.text[p.range()]))
            .collect()
    });
    folded.iter().any(|text| {
        let words: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        names.iter().any(|n| {
            text.match_indices(n.as_str()).any(|(i, _)| {
                let before = text[..i].chars().next_back();
                let after = text[i + n.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && (!after.is_some_and(char::is_alphanumeric)
                        || inflected_word_at(&text[i..], n, side.lang))
            }) || in_coordination(n, &words)
        })
    })
}

/// Whether the word `rest` opens is the one-word table name `name` with a
/// case ending of `lang` ("парламенті", "Parlaments"), both folded.
fn inflected_word_at(rest: &str, name: &str, lang: Lang) -> bool {
    if name.contains(' ') || translit::endings(lang).is_empty() {
        return false;
    }
    let word = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let name_stems = translit::stems(name, lang);
    translit::stems(word, lang)
        .iter()
        .any(|w| name_stems.contains(w))
}

/// Most words from the first to the last of a name's in [`in_coordination`].
const COORDINATION_MAX_WORDS: usize = 5;

/// Whether `words` (folded) name a table's name of two content words or more
/// by those words in order, close together, each in any number: the form a
/// name takes when it shares its head with another ("Fondi strutturali e di
/// coesione" names the Fondo di coesione; "the Structural and Cohesion
/// Funds" the Cohesion Fund).
fn in_coordination(name: &str, words: &[&str]) -> bool {
    /// Content words of a name are this long at least.
    const CONTENT_MIN_CHARS: usize = 4;
    let stem = |w: &str| -> String {
        let n = w.chars().count();
        w.chars()
            .take((n.saturating_sub(2)).max(CONTENT_MIN_CHARS))
            .collect()
    };
    let parts: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= CONTENT_MIN_CHARS)
        .map(stem)
        .collect();
    if parts.len() < 2 {
        return false;
    }
    (0..words.len()).any(|start| {
        let mut at = start;
        parts.iter().all(|part| {
            let limit = (start + COORDINATION_MAX_WORDS).min(words.len());
            match (at..limit).find(|&j| words[j].starts_with(part.as_str())) {
                Some(j) => {
                    at = j + 1;
                    true
                }
                None => false,
            }
        }) && words[start].starts_with(parts[0].as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_sharing_its_head_in_a_coordination() {
        let words = |t: &'static str| -> Vec<&'static str> { t.split(' ').collect() };
        let it = words("i fondi regionali e di coesione sono stati spesi");
        assert!(in_coordination("fondo di coesione", &it));
        let en = words("the regional and cohesion funds were spent");
        assert!(in_coordination("cohesion fund", &en));
        // The words too far apart, or in the other order, name nothing.
        let far = words("the fund paid for roads bridges schools and social cohesion");
        assert!(!in_coordination("cohesion fund", &far));
        assert!(!in_coordination(
            "fondo di coesione",
            &words("la coesione del fondo")
        ));
    }
}
