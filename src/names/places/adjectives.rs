//! Demonyms and adjectives of places: "Czech" ~ "Czechia", "krakowski" ~
//! "Kraków", "новозеландський" ~ "Нова Зеландія": words that name a place by its
//! people or its adjective.

use super::*;

/// A place name this short makes a demonym only when the word starts with
/// all of it ("Iranians" ~ "Iran").
pub(super) const SHORT_PLACE_MIN_CHARS: usize = 4;

/// Shared prefix that makes a word the adjective of a place ("Czech" ~
/// "Czechia", "Israeli" ~ "Israel").
pub const DEMONYM_MIN_PREFIX: usize = 5;

/// Places of `lang` whose name `word` is the adjective or plural of
/// ("Israeli", "Czech", "Falklands").
pub fn demonym_of(lang: Lang, word: &str, kinds: &[PlaceKind]) -> Vec<Place> {
    memoised(Asked::Demonym, lang, word, kinds, demonym_of_uncached)
}

fn demonym_of_uncached(lang: Lang, word: &str, kinds: &[PlaceKind]) -> Vec<Place> {
    let k = key(word);
    let prefix: String = k.chars().take(SHORT_PLACE_MIN_CHARS).collect();
    let mut out = Vec::new();
    if k.chars().count() < DEMONYM_MIN_PREFIX {
        return out;
    }
    let people = person_endings(lang);
    for r in rows(lang.code(), &prefix, false) {
        let people_of = !people.is_empty() && differs_by_ending(&k, r.key, people);
        if kinds.contains(&r.kind)
            && !out.contains(&r.place)
            && (is_demonym_of(&k, r.key) || people_of || own_demonym(lang, &k, r.key))
        {
            out.push(r.place);
        }
    }
    // English names the people of a state or province with an ending after
    // its whole name ("Albertans", "Nova Scotians", "Tasmanians",
    // "Ohioans"), or after the name without its last letter ("Texans");
    // GeoNames subdivisions are under `*`. A word no longer than the name
    // ("Atlantic" beside Colombia's Atlántico) is no such word.
    if lang == Lang::En && kinds.contains(&PlaceKind::Subdivision) {
        const PEOPLE_ENDINGS: &[&str] = &["n", "ns", "an", "ans", "ian", "ians", "er", "ers"];
        for r in rows("*", &prefix, false) {
            let people = || {
                let shorter = r.key.char_indices().last().map_or("", |(i, _)| &r.key[..i]);
                [r.key, shorter].iter().any(|stem| {
                    stem.chars().count() >= DEMONYM_MIN_PREFIX
                        && k.strip_prefix(stem)
                            .is_some_and(|rest| PEOPLE_ENDINGS.contains(&rest))
                })
            };
            if r.kind == PlaceKind::Subdivision && !out.contains(&r.place) && people() {
                out.push(r.place);
            }
        }
    }
    compound_adjective_of(lang, &k, kinds, &mut out);
    // A listed adjective spelt as a place's own name, accents aside, is that
    // place ("Gales", Wales, beside "galés", Welsh).
    if lookup_exact(lang, word, FROM_DATA_SETS).is_empty() {
        listed_adjective_of(lang, &k, kinds, &mut out);
    }
    // A German country in -land makes its adjective without it: "Irland" /
    // "irischen", "Schottland" / "schottische".
    if lang == Lang::De {
        if let Some((stem, ending)) = k.split_once("isch") {
            let adjective = ["", "e", "en", "er", "es", "em"].contains(&ending);
            if adjective && stem.chars().count() >= 2 {
                for p in lookup_exact(lang, &format!("{stem}land"), kinds) {
                    if !out.contains(&p) {
                        out.push(p);
                    }
                }
            }
        }
    }
    // German makes the adjective and the people of any town with -er
    // ("Gelsenkirchener", "Haarlemer"): GeoNames towns, which are under `*`,
    // by that ending only.
    if lang == Lang::De && kinds.contains(&PlaceKind::Geo) {
        for r in rows("*", &prefix, false) {
            let town = ["er", "erin", "erinnen", "ern"]
                .iter()
                .any(|e| k.strip_suffix(e) == Some(r.key));
            if town && r.kind == PlaceKind::Geo && !out.contains(&r.place) {
                out.push(r.place);
            }
        }
    }
    out
}

/// A country's adjective the language's table lists (`demonyms.txt`:
/// "amerikanisch US", "американський US") in any inflected form: the word
/// and the listed form share a stem of `ADJECTIVE_MIN_STEM` letters or more
/// and each goes on with one of the language's adjective endings
/// (`adjective-endings.txt`: "amerikanischen", "американських").
fn listed_adjective_of(lang: Lang, k: &str, kinds: &[PlaceKind], out: &mut Vec<Place>) {
    const ADJECTIVE_MIN_STEM: usize = 5;
    // The adjectives are of countries and regions.
    if !kinds.contains(&PlaceKind::Region) {
        return;
    }
    // The demonym rows of the language's tables and its adjective endings,
    // folded as the keys are ("-ий" is "-ии" there), worked out once.
    type Table = (Vec<&'static tables::Listed>, Vec<String>);
    static TABLES: std::sync::OnceLock<Vec<std::sync::OnceLock<Table>>> =
        std::sync::OnceLock::new();
    let Some((rows, endings)) = tables::per_language(&TABLES, lang, || {
        let rows = tables::listed_rows(lang)
            .iter()
            .filter(|r| r.kind == PlaceKind::Demonym)
            .collect();
        let endings = crate::lang::words::list(lang, "adjective-endings")
            .iter()
            .map(|e| crate::document::fold_diacritics(e))
            .collect();
        (rows, endings)
    }) else {
        return;
    };
    if endings.is_empty() {
        return;
    }
    for r in rows {
        if out.contains(&r.place) || r.key.chars().next() != k.chars().next() {
            continue;
        }
        let inflects = endings.iter().map(String::as_str).chain([""]).any(|e| {
            r.key.strip_suffix(e).is_some_and(|stem| {
                stem.chars().count() >= ADJECTIVE_MIN_STEM
                    && k.strip_prefix(stem)
                        .is_some_and(|rest| rest.is_empty() || endings.iter().any(|x| x == rest))
            })
        });
        if inflects {
            out.push(r.place);
        }
    }
}

/// The adjective of a place named in two words is one word: the first
/// word's stem, a linking o or a hyphen, then the second word with an
/// adjective's ending ("новозеландський" ~ "Нова Зеландія", "novozélandský"
/// ~ "Nový Zéland", "шри-ланкийский" ~ "Шри-Ланка", "sierra-leonische" ~
/// "Sierra Leone"). `k` is the word's key (a hyphen is a space there).
fn compound_adjective_of(lang: Lang, k: &str, kinds: &[PlaceKind], out: &mut Vec<Place>) {
    // The first word's stem is at least this long and no longer than the
    // word; the second shares this many letters (its whole, if shorter)
    // with the adjective's second part.
    const FIRST_MIN_CHARS: usize = 3;
    const SECOND_MIN_SHARED: usize = 4;
    let mut splits: Vec<(String, String)> = Vec::new();
    match k.split_once(' ') {
        Some((a, b)) if !b.contains(' ') => splits.push((a.to_string(), b.to_string())),
        Some(_) => return,
        None => {
            let chars: Vec<char> = k.chars().collect();
            for (i, &c) in chars.iter().enumerate().skip(FIRST_MIN_CHARS) {
                if matches!(c, 'o' | 'о') && i + 1 < chars.len() {
                    splits.push((chars[..i].iter().collect(), chars[i + 1..].iter().collect()));
                }
            }
        }
    }
    for (first, second) in &splits {
        if first.chars().count() < FIRST_MIN_CHARS {
            continue;
        }
        let prefix: String = first.chars().take(FIRST_MIN_CHARS).collect();
        for r in rows(lang.code(), &prefix, false) {
            let Some((a, b)) = r.key.split_once(' ') else {
                continue;
            };
            if b.contains(' ')
                || !kinds.contains(&r.kind)
                || out.contains(&r.place)
                || first.chars().count() > a.chars().count() + 1
            {
                continue;
            }
            let shared = second
                .chars()
                .zip(b.chars())
                .take_while(|(x, y)| x == y)
                .count();
            let need = SECOND_MIN_SHARED.min(b.chars().count());
            if shared >= need && second.chars().count() > shared {
                out.push(r.place);
            }
        }
    }
}

/// A place's adjective or people by the endings `lang` makes them with
/// (`data/lang/<code>/demonym-endings.txt`: Spanish "chipriota" ~ "chipre",
/// French "autrichienne" ~ "autriche"): the word and the name share their
/// letters up to an ending of the list each.
/// The stem's last consonant may change its spelling before the ending
/// (`name-alternations.txt`, `text name`: Italian "lussemburghese" ~
/// "lussemburgo", Spanish "luxemburgués" ~ "luxemburgo").
fn own_demonym(lang: Lang, word: &str, place: &str) -> bool {
    let endings = crate::lang::words::list(lang, "demonym-endings");
    if endings.is_empty() || word.split(' ').count() != place.split(' ').count() {
        return false;
    }
    let alternations = crate::lang::words::lines(lang, "name-alternations");
    endings.iter().chain([&""]).any(|e| {
        let Some(stem) = place.strip_suffix(e) else {
            return false;
        };
        let ending_fits =
            |rest: &str| endings.contains(&rest) || (rest.is_empty() && !e.is_empty());
        let respelt = || {
            alternations
                .iter()
                .filter_map(|l| l.split_once(' '))
                .any(|(text, name)| {
                    stem.strip_suffix(name)
                        .and_then(|head| word.strip_prefix(head))
                        .and_then(|rest| rest.strip_prefix(text))
                        .is_some_and(|rest| !rest.is_empty() && ending_fits(rest))
                })
        };
        stem.chars().count() >= DEMONYM_MIN_PREFIX
            && (word.strip_prefix(stem).is_some_and(ending_fits) || respelt())
    })
}

/// "czech" ~ "czechia", "israeli" ~ "israel", "german" ~ "germany",
/// "egyptians" ~ "egypt", "icelanders" ~ "iceland"; not "australia" ~ "austria".
pub fn is_demonym_of(word: &str, place: &str) -> bool {
    const ADJECTIVE_ENDINGS: &[&str] = &[
        "", "n", "an", "ian", "ans", "ians", "ns", "ese", "ish", "i", "is", "ic", "ean", "eans",
        "s", "er", "ers",
    ];
    // "South African" ~ "South Africa", but the difference must be in the
    // last word.
    word.split(' ').count() == place.split(' ').count()
        && differs_by_ending(word, place, ADJECTIVE_ENDINGS)
}

/// How a language names a place's people (and, in German, its adjective),
/// after the letters they share with the place's name (`person-endings.txt`:
/// "австралійців" ~ "Австралія", "Australané" ~ "Austrálie", "Kanadyjczycy"
/// ~ "Kanada", "Schwedin" ~ "Schweden"), written as keys are.
pub(crate) fn person_endings(lang: Lang) -> &'static [&'static str] {
    crate::lang::words::list(lang, "person-endings")
}

/// `word` shares at least `DEMONYM_MIN_PREFIX` letters with `place`, which
/// goes on for at most three more, and `word` goes on with one of `endings`.
pub(super) fn differs_by_ending(word: &str, place: &str, endings: &[&str]) -> bool {
    let common = word
        .chars()
        .zip(place.chars())
        .take_while(|(a, b)| a == b)
        .count();
    // A short name is shared whole ("iranians" ~ "iran").
    let whole = common == place.chars().count() && common >= SHORT_PLACE_MIN_CHARS;
    if (common < DEMONYM_MIN_PREFIX && !whole) || common + 3 < place.chars().count() {
        return false;
    }
    let rest: String = word.chars().skip(common).collect();
    endings.contains(&rest.as_str())
}

/// Places whose adjective a Czech, Polish, Russian or Ukrainian word is:
/// the place's name without its last vowels, then "-sk-" and an ending
/// ("сирийском" ~ "Сирия", "texaský" ~ "Texas", "kanadyjskich" ~ "Kanada",
/// "pensylvánské" ~ "Pensylvánie", "лівійський" ~ "Лівія"). These are written in lower case, so
/// they name a place the translation may write out ("Syria's Tartus").
pub fn slavic_adjective_of(lang: Lang, word: &str, kinds: &[PlaceKind]) -> Vec<Place> {
    let mut out = Vec::new();
    if !matches!(lang, Lang::Cs | Lang::Pl | Lang::Ru | Lang::Uk) {
        return out;
    }
    // Ukrainian softens the s before the suffix: "-ськ-", "-цьк-".
    // The plural of persons softens the suffix: Czech "čínští", "němečtí",
    // Polish "polscy", "niemieccy".
    let mut k = key(word);
    for (soft, hard) in [
        ("sti", "sky"),
        ("cti", "cky"),
        ("scy", "ski"),
        ("ccy", "cki"),
    ] {
        if let Some(stem) = k.strip_suffix(soft) {
            k = format!("{stem}{hard}");
            break;
        }
    }
    adjective_by_ending(lang, &k, kinds, &mut out);
    let k = k.replace("ськ", "ск").replace("цьк", "цк");
    let Some(at) = ["sk", "ск"].iter().filter_map(|m| k.rfind(m)).max() else {
        return out;
    };
    let stem = &k[..at];
    let ending = k[at..].chars().count();
    // "-ský", "-скому": the ending after "sk" is short.
    // A short name gives a short stem ("čínský" ~ "Čína").
    if ending > 6 || stem.chars().count() < SLAVIC_ADJECTIVE_MIN_STEM - 1 {
        return out;
    }
    // The fleeting e: the adjective puts an e into the name's last
    // consonants ("litevský" ~ "Litva", "kyperský" ~ "Kypr").
    let chars: Vec<char> = stem.chars().collect();
    let fleeting = (chars.len() > SLAVIC_ADJECTIVE_MIN_STEM
        && matches!(chars[chars.len() - 2], 'e' | 'е')
        && !is_vowel_letter(chars[chars.len() - 1])
        && !is_vowel_letter(chars[chars.len() - 3]))
    .then(|| {
        let mut c = chars.clone();
        c.remove(chars.len() - 2);
        c.into_iter().collect::<String>()
    });
    for stem in std::iter::once(stem.to_string()).chain(fleeting) {
        let prefix: String = stem.chars().take(SLAVIC_ADJECTIVE_MIN_STEM).collect();
        // The data sets' rows, and the language's own tables: a river or a
        // sea of `features.txt` has its adjective too ("дунайські" ~ "Дунай").
        let (listed, index) = (listed_rows(lang), listed_index(lang));
        let first = index.partition_point(|&(k, _)| k < prefix.as_str());
        let own = index[first..]
            .iter()
            .take_while(|&&(k, _)| k.starts_with(prefix.as_str()))
            .map(|&(k, i)| (listed[i].kind, k, listed[i].place));
        let data = rows(lang.code(), &prefix, false).map(|r| (r.kind, r.key, r.place));
        for (kind, place_key, place) in data.chain(own) {
            if !kinds.contains(&kind) || out.contains(&place) || place_key.contains(' ') {
                continue;
            }
            if adjective_stem_fits(&stem, place_key) {
                out.push(place);
            }
        }
        // GeoNames' city names, under no language and in Latin letters:
        // the stem transliterated ("джизакской" ~ "dzhizak", Jizzakh).
        if kinds.contains(&PlaceKind::Geo) && out.is_empty() {
            let latin = crate::names::translit::latin(&stem);
            let prefix: String = latin.chars().take(SLAVIC_ADJECTIVE_MIN_STEM).collect();
            if prefix.chars().count() == SLAVIC_ADJECTIVE_MIN_STEM {
                for r in rows("*", &prefix, false) {
                    if r.kind == PlaceKind::Geo
                        && !out.contains(&r.place)
                        && !r.key.contains(' ')
                        && adjective_stem_fits(&latin, r.key)
                    {
                        out.push(r.place);
                    }
                }
            }
        }
    }
    out
}

/// Whether a Slavic adjective's `stem` ("дунаи" of "дунайські", "litev" of
/// "litevský") is that of the place whose key is `place_key`: the same
/// opening, at most two letters more on either side.
fn adjective_stem_fits(stem: &str, place_key: &str) -> bool {
    let common = stem
        .chars()
        .zip(place_key.chars())
        .take_while(|(a, b)| a == b)
        .count();
    let place_rest = place_key.chars().count() - common;
    let stem_rest = stem.chars().count() - common;
    let short = common + 1 == SLAVIC_ADJECTIVE_MIN_STEM && place_rest <= 1 && stem_rest == 0;
    short || (common >= SLAVIC_ADJECTIVE_MIN_STEM && place_rest <= 2 && stem_rest <= 2)
}

/// A vowel of the Latin or Cyrillic alphabet, as the Slavic place names
/// write them.
pub(super) fn is_vowel_letter(c: char) -> bool {
    "aeiouyáéěíóúůýаеєиіїоуюяыэ".contains(c)
}

/// "německému" ~ "Německo", "ruských" ~ "Rusko", "polskiej" ~ "Polska": a
/// place whose name already ends in its adjective's suffix takes an
/// adjective ending (`adjective-endings.txt`) in place of its last vowel.
fn adjective_by_ending(lang: Lang, k: &str, kinds: &[PlaceKind], out: &mut Vec<Place>) {
    const FINAL_VOWELS: &[&str] = &[
        "a", "e", "o", "i", "y", "ie", "ia", "а", "о", "е", "і", "и", "я", "ия", "ія",
    ];
    let mut endings: Vec<String> = crate::lang::words::list(lang, "adjective-endings")
        .iter()
        .map(|e| key(e))
        .collect();
    endings.sort_by_key(|e| std::cmp::Reverse(e.chars().count()));
    for e in &endings {
        let Some(stem) = k.strip_suffix(e.as_str()) else {
            continue;
        };
        if stem.chars().count() < SLAVIC_ADJECTIVE_MIN_STEM {
            continue;
        }
        let prefix: String = stem.chars().take(SLAVIC_ADJECTIVE_MIN_STEM).collect();
        for r in rows(lang.code(), &prefix, false) {
            let fits = FINAL_VOWELS
                .iter()
                .any(|v| r.key.strip_suffix(v) == Some(stem));
            if fits && kinds.contains(&r.kind) && !out.contains(&r.place) {
                out.push(r.place);
            }
        }
    }
}

/// Letters a Slavic adjective and its place must share at the start.
const SLAVIC_ADJECTIVE_MIN_STEM: usize = 4;
