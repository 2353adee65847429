//! Place names inflected: a Slavic fleeting e put back, names of several
//! words each with its case ending, and the phrases of a language's own
//! tables with other endings.

use super::*;

/// The Slavic languages drop the e of a last syllable when a case ending
/// follows ("Відень" / "до Відня", "Plzeň" / "v Plzni", "Lipsk" aside): a
/// stem ending in two consonants is also looked for with the e put back,
/// the name then ending there or in a soft sign.
pub(super) fn fleeting_e(
    lang: Lang,
    head: &str,
    last: &str,
    kinds: &[PlaceKind],
    out: &mut Vec<Place>,
) {
    if !matches!(lang, Lang::Uk | Lang::Ru | Lang::Cs | Lang::Pl) {
        return;
    }
    for stem in translit::stems(last, lang).into_iter().skip(1) {
        let stem = key(&stem);
        let chars: Vec<char> = stem.chars().collect();
        let n = chars.len();
        if n < 3
            || is_vowel_letter(chars[n - 1])
            || is_vowel_letter(chars[n - 2])
            || !chars[n - 1].is_alphabetic()
        {
            continue;
        }
        let e = if matches!(lang, Lang::Uk | Lang::Ru) {
            'е'
        } else {
            'e'
        };
        let with_e: String = chars[..n - 1]
            .iter()
            .chain([e, chars[n - 1]].iter())
            .collect();
        let whole = format!("{head}{with_e}");
        for r in rows(lang.code(), &whole, false) {
            let rest = &r.key[whole.len()..];
            if kinds.contains(&r.kind) && !out.contains(&r.place) && matches!(rest, "" | "ь") {
                out.push(r.place);
            }
        }
    }
}

/// A name of several words each inflected ("Stanach Zjednoczonych" =
/// "Stany Zjednoczone", "Afryce Zachodniej" = "Afryka Zachodnia" is not:
/// the stem changes): rows that start with a stem of the first word and
/// match every word up to its case endings.
pub(super) fn inflected_phrase(lang: Lang, k: &str, kinds: &[PlaceKind], out: &mut Vec<Place>) {
    let words: Vec<&str> = k.split(' ').collect();
    for stem in translit::stems(words[0], lang).into_iter().skip(1) {
        if stem.chars().count() < INFLECTED_PHRASE_MIN_STEM {
            continue;
        }
        for r in rows(lang.code(), &key(&stem), false) {
            let rw: Vec<&str> = r.key.split(' ').collect();
            if rw.len() == words.len()
                && kinds.contains(&r.kind)
                && !out.contains(&r.place)
                && words
                    .iter()
                    .zip(&rw)
                    .all(|(a, b)| translit::same_up_to_endings(a, lang, b, lang))
            {
                out.push(r.place);
            }
        }
    }
}

/// The first word's stem must be this long to search by it.
const INFLECTED_PHRASE_MIN_STEM: usize = 4;

/// A body or feature of `lang`'s own tables named by a phrase of as many
/// words, each the table's word with another ending of the language's
/// adjectives or names ("des Europäischen Sozialfonds", "das Europäische
/// Parlament"), the last one also in the other number ("the Structural
/// Fund", "the Cohesion Funds").
pub(super) fn listed_inflected(lang: Lang, words: &[&str], out: &mut Vec<Place>) {
    let n = words.len();
    let stems: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| inflection_stem(lang, w, i + 1 == n))
        .collect();
    for (row_stems, place) in listed_stems(lang) {
        if *row_stems == stems && !out.contains(place) {
            out.push(*place);
        }
    }
}

/// `word` (a key) without the longest of `lang`'s adjective and name
/// endings it has, the last word of a name also without a plural ending
/// (see [`listed_inflected`]).
fn inflection_stem(lang: Lang, word: &str, last: bool) -> String {
    let endings = inflection_endings(lang);
    let plural = last && lang.script() == crate::lang::Script::Latin;
    endings
        .iter()
        .map(String::as_str)
        .chain(plural.then_some(["es", "s"]).into_iter().flatten())
        .filter(|e| !e.is_empty() && word.chars().count() >= e.chars().count() + MIN_INFLECTED_WORD)
        .find_map(|e| word.strip_suffix(e))
        .unwrap_or(word)
        .to_string()
}

/// `lang`'s adjective and name endings as keys, with the noun endings of
/// table names (`feature-noun-endings.txt`: the Russian and Ukrainian neuter
/// -о of "Королівство"), the longest first ("-en", not "-n", of
/// "Europäischen"); worked out once per language.
fn inflection_endings(lang: Lang) -> &'static [String] {
    static CELLS: std::sync::OnceLock<Vec<std::sync::OnceLock<Vec<String>>>> =
        std::sync::OnceLock::new();
    per_language(&CELLS, lang, || {
        let mut endings: Vec<String> = crate::lang::words::list(lang, "adjective-endings")
            .iter()
            .chain(translit::endings(lang))
            .chain(crate::lang::words::list(lang, "feature-noun-endings"))
            .map(|e| key(e))
            .collect();
        endings.sort_by_key(|e| std::cmp::Reverse(e.chars().count()));
        endings
    })
    .map_or(&[], Vec::as_slice)
}

/// The stems of the words of each table name of several words in `lang`
/// (features, bodies, terms; not acronyms), with its place: worked out once
/// per language for [`listed_inflected`].
fn listed_stems(lang: Lang) -> &'static [(Vec<String>, Place)] {
    type Stems = Vec<(Vec<String>, Place)>;
    static CELLS: std::sync::OnceLock<Vec<std::sync::OnceLock<Stems>>> = std::sync::OnceLock::new();
    per_language(&CELLS, lang, || {
        listed_rows(lang)
            .iter()
            .filter(|r| r.kind == PlaceKind::Feature && !r.caps_only && r.key.contains(' '))
            .map(|r| {
                let words: Vec<&str> = r.key.split(' ').collect();
                let n = words.len();
                let stems = words
                    .iter()
                    .enumerate()
                    .map(|(j, w)| inflection_stem(lang, w, j + 1 == n))
                    .collect();
                (stems, r.place)
            })
            .collect()
    })
    .map_or(&[], Vec::as_slice)
}

/// Letters a word keeps when an ending is taken off it in
/// [`listed_inflected`].
const MIN_INFLECTED_WORD: usize = 3;
