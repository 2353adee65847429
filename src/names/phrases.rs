//! Phrases after extraction: name pairs, acronyms, places marked and scanned, keys.

use super::*;

/// German writes every noun with a capital, so a known word is weak there;
/// but two capitalised words side by side inside a sentence, with no article
/// before them, are a name ("Thomas Brandt", "Bezirksleiter Thomas Brandt"):
/// their words that the other language knows too are name parts. (Tried for
/// Czech, Polish and Russian too, where "Mateusz Morawiecki" is as common as
/// a noun: institution names — "Deklaracji Niepodległości" — made it cost
/// more false positives than it caught names.)
pub(super) fn name_pairs(doc: &Document, p: &mut NamePhrase, lang: Lang, other: Lang) {
    // Side by side: no particle between ("Bild von Mohammeds" is a noun and
    // a name).
    if p.tokens.iter().any(|t| t.strength == Strength::Joiner) {
        return;
    }
    let parts: Vec<usize> = (0..p.tokens.len())
        .filter(|&i| !(i == 0 && p.sentence_initial))
        .collect();
    if parts.len() < 2 {
        return;
    }
    let first = p.tokens[parts[0]].range.start;
    let before = fold(doc.text[..first].split_whitespace().last().unwrap_or(""));
    if opens_noun(lang, &before) {
        return;
    }
    // A unit and what it measures ("zwei Kilo Äpfel", "drei Liter
    // Milch") are two nouns, not a given name and a surname.
    if crate::numbers::extract::is_unit_word(&p.tokens[parts[0]].text) {
        return;
    }
    for &i in &parts {
        let t = &mut p.tokens[i];
        let known_there = lang != Lang::De
            || lexicon::zipf(other, &t.text).unwrap_or(0.0) >= INITIAL_MIN_SHARED_ZIPF;
        if t.strength == Strength::Weak
            && !is_acronym(&t.text)
            && !(lang == Lang::De
                && loanword_opening_compound(&t.text, &doc.text[t.range.end..], lang))
            && t.text.chars().count() > 1
            && known_there
            && lexicon::zipf(lang, &t.text).unwrap_or(0.0) < PAIR_MAX_ZIPF
        {
            t.strength = Strong;
        }
    }
}

/// A word this common is a common word even in a pair of capitalised words
/// ("Prezydent", "Sąd").
pub const PAIR_MAX_ZIPF: f32 = 5.0;

/// Acronyms of two letters repeated ("EE. UU.") are abbreviations of words;
/// Cyrillic acronyms are mostly translated ("МИД" = "Foreign Ministry").
pub(super) fn acronym_strength(word: &str, lang: Lang) -> Strength {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() == 2 && letters[0] == letters[1] {
        return Strength::Weak;
    }
    if lang.script() == Script::Cyrillic {
        return Strength::Weak;
    }
    // Every other acronym must come through: as written ("NATO", "FBI"), or,
    // when it abbreviates words of its own language ("BIP", "ONU", "ČEZ"),
    // as some acronym or its words written out (see
    // `acronym_may_be_translated`). A dropped "ONU" or "METI" is a lost name.
    Strength::Strong
}

/// An acronym common in its language and much rarer in the other is an
/// abbreviation of that language's words ("BIP" de 3.7, en 2.5; "ONU",
/// "ONG"): it is translated ("GDP", "UN", "NGO") or written out. One the
/// other language writes about as often ("NATO", "FBI") or a rare one
/// ("FOM") must come through as is.
pub fn acronym_may_be_translated(word: &str, lang: Lang, other: Lang) -> bool {
    // Two letters are too often a word too ("PO" is Polish "po"); their
    // translations are anagrams ("UE" / "EU"), matched as such.
    let own = lexicon::zipf(lang, word).unwrap_or(0.0);
    word.chars().count() >= 3
        && own >= TRANSLATED_ACRONYM_MIN_ZIPF
        && lexicon::has(other)
        && lexicon::zipf(other, word).unwrap_or(0.0) < own - TRANSLATED_ACRONYM_MARGIN
}

/// How much rarer (Zipf) in the other language an acronym must be to pass
/// for an abbreviation of its own language's words.
pub const TRANSLATED_ACRONYM_MARGIN: f32 = 1.0;

/// How common (Zipf) an acronym must be in its own language to pass for an
/// abbreviation of common words there ("ONU" fr 4.3, "BIP" de 3.6).
pub const TRANSLATED_ACRONYM_MIN_ZIPF: f32 = 3.0;

/// Whether `word` (lower case) opens a noun phrase in `lang`
/// (`noun-openers.txt`: German articles, determiners, quantifiers, "im"):
/// a capitalised word after one is a noun.
pub(super) fn opens_noun(lang: Lang, word: &str) -> bool {
    words::has(lang, "noun-openers", word)
}

/// Whether `word` is an adjective that opens an institution's or a
/// feature's name in `lang` (`name-adjective-endings.txt`: Czech, Polish,
/// Russian, Ukrainian), by the longest of those endings it has.
pub(super) fn slavic_adjective(word: &str, lang: Lang) -> bool {
    let w = fold(word);
    let Some(stem) = words::list(lang, "name-adjective-endings")
        .iter()
        .filter_map(|e| w.strip_suffix(e))
        .min_by_key(|stem| stem.len())
    else {
        return false;
    };
    // The adjective of a place is written as the place's name in English
    // ("Краснодарском крае" → "Krasnodar Krai"): that one stays a name.
    stem.chars().count() < 4
        || places::lookup(lang, stem, places::ANY).is_empty()
            && places::lookup(lang, &format!("{stem}а"), places::ANY).is_empty()
}

pub(super) fn capitalised_mid_sentence(doc: &Document, word: &str) -> bool {
    forms::of(doc).mid_sentence(doc, word)
}

/// Mark the tokens of `p` that form a place name (longest first, up to three
/// words): they are strong whatever the lexicon says, and matched by exonym.
/// A GeoNames city name this long makes a capitalised word a name ("Haga",
/// an alternative name of The Hague, is too short to say so).
pub const GEO_NAME_MIN_CHARS: usize = 5;

/// A subdivision's name makes a capitalised word a name only when the other
/// language knows the word less than this (Zipf) and its own language less
/// than `INITIAL_MAX_ZIPF`: "Centre" (en 5.0) is a word, "Californie" (fr
/// 4.3, en 1.2) is not.
pub const SUBDIVISION_MAX_OTHER_ZIPF: f32 = 3.0;

pub(super) fn mark_places(doc: &Document, p: &mut NamePhrase, lang: Lang, other: Lang) {
    pub(super) const KINDS: &[PlaceKind] = &[PlaceKind::Region, PlaceKind::City];
    let n = p.tokens.len();
    let mut i = 0;
    while i < n {
        let mut found = false;
        for len in (1..=3.min(n - i)).rev() {
            let (a, b) = (p.tokens[i].range.start, p.tokens[i + len - 1].range.end);
            let text = &doc.text[a..b];
            if len == 1 && p.tokens[i].strength == Strength::Joiner {
                continue;
            }
            // A feast or a month alone is no place, whatever island or town
            // bears its name ("Christmas").
            if len == 1 && is_calendar_word(bare(text), lang) {
                continue;
            }
            // Nor a point of the compass, whatever station bears its name
            // ("Восток").
            if len == 1 && super::wordclass::compass_noun(bare(text), lang) {
                continue;
            }
            let mut places = places::lookup(lang, bare(text), KINDS);
            if places.is_empty() && len == 1 {
                if let Some(rest) = after_compass_prefix(bare(text), lang) {
                    places = places::lookup(lang, &rest, KINDS);
                }
            }
            // A sentence's first word that is a common word of its language
            // and a place only with a case ending taken off ("Самой",
            // "most", is no form of "Самоа") is that word.
            if len == 1
                && i == 0
                && p.sentence_initial
                && lexicon::zipf(lang, bare(text)).unwrap_or(0.0) >= NAME_MAX_ZIPF
                && places::lookup_exact(lang, bare(text), KINDS).is_empty()
            {
                places.clear();
            }
            if let Some(&place) = places.first() {
                for t in &mut p.tokens[i..i + len] {
                    t.place = Some(place);
                    if t.strength == Strength::Weak {
                        t.strength = Strong;
                    }
                }
                i += len;
                found = true;
                break;
            }
            // Other tables vouch for an exonym; for name-ness only inside a
            // sentence, where the capital is the writer's ("w Petersburgu"),
            // and not for a common German noun ("Essen").
            if let Some(&place) = places::lookup(lang, bare(text), places::ANY).first() {
                // A subdivision may be called by a common word of the other
                // language ("Centre", "Nord"): only a word that language does
                // not use is made a name by it ("Californie", "Texasu").
                let name_kinds = &[PlaceKind::Alias, PlaceKind::Geo, PlaceKind::Language];
                let vouched = !places::lookup(lang, bare(text), name_kinds).is_empty()
                    || (lexicon::zipf(other, bare(text)).unwrap_or(0.0)
                        < SUBDIVISION_MAX_OTHER_ZIPF
                        && lexicon::zipf(lang, bare(text)).unwrap_or(0.0) < INITIAL_MAX_ZIPF);
                // A feature or a body of the language's own tables names the
                // place for exonyms only: it never makes a word a name that
                // must come through ("Kohäsionsfonds", which English writes
                // "the cohesion funds").
                let tabled_only =
                    places::lookup(lang, bare(text), places::FROM_DATA_SETS).is_empty();
                let capital_says_name = !(i == 0 && p.sentence_initial) && vouched && !tabled_only;
                for t in &mut p.tokens[i..i + len] {
                    t.exonym = Some(place);
                    let common_noun =
                        lang == Lang::De && lexicon::zipf_any_form(lang, &t.text) >= NAME_MAX_ZIPF;
                    if capital_says_name
                        && !common_noun
                        && !slavic_adjective(&t.text, lang)
                        && t.strength == Strength::Weak
                        && t.text.chars().count() >= GEO_NAME_MIN_CHARS
                    {
                        t.strength = Strong;
                    }
                }
                i += len;
                found = true;
                break;
            }
            // "New Zealanders", "Nova Scotians": the people of a place
            // named in two or three words, which a translation names by
            // its own adjective or the place ("neozelandeses", "los
            // habitantes de Nueva Escocia").
            if len >= 2 {
                if let Some(&place) =
                    places::demonym_of(lang, bare(text), places::FROM_DATA_SETS).first()
                {
                    for t in &mut p.tokens[i..i + len] {
                        t.exonym = Some(place);
                    }
                    i += len;
                    found = true;
                    break;
                }
            }
        }
        if !found {
            if let Some((place, len)) = table_name_going_on(doc, p, i, lang) {
                for t in &mut p.tokens[i..i + len] {
                    t.exonym = Some(place);
                }
                i += len;
                continue;
            }
            // "ein Münchner", "die Kölnerin": a person of a city, which a
            // translation names ("a Munich resident").
            if let Some(place) = city_demonym(&p.tokens[i].text, lang) {
                let t = &mut p.tokens[i];
                t.exonym = Some(place);
                t.strength = Strong;
            }
            i += 1;
        }
    }
}

/// The place of a name of the language's tables that the phrase's tokens
/// from `i` to its end open and lower-case words after the phrase complete
/// ("los Estados miembros", "gli Stati membri"), and how many tokens it
/// covers. Like every table name, it never makes a word a name that must
/// come through; it says which body the words name.
fn table_name_going_on(
    doc: &Document,
    p: &NamePhrase,
    i: usize,
    lang: Lang,
) -> Option<(Place, usize)> {
    let start = p.tokens[i].range.start;
    let end = p.tokens.last()?.range.end;
    // Only a run followed by a word in lower case may go on.
    let mut after = doc.text[end..].chars();
    if after.next() != Some(' ') || !after.next().is_some_and(char::is_lowercase) {
        return None;
    }
    let text = &doc.text[start..];
    places::names_going_on_in_lower_case(lang)
        .iter()
        .find(|(n, _)| {
            n.len() > end - start
                && text.starts_with(n)
                && !text[n.len()..].starts_with(char::is_alphanumeric)
        })
        .map(|&(_, place)| (place, p.tokens.len() - i))
}

/// The city a German word for its people names: "Münchner" → München,
/// "Kölnerin" → Köln, "Bremer" → Bremen, "Dresdner" → Dresden. Only GeoNames
/// cities (150,000 people and more) and CLDR cities are tried.
pub(super) fn city_demonym(word: &str, lang: Lang) -> Option<Place> {
    if lang != Lang::De || !is_upper_start(word) {
        return None;
    }
    let w = ["innen", "in", "n", "s", ""]
        .iter()
        .find_map(|e| word.strip_suffix(e).filter(|w| w.ends_with("er")))?;
    let base = w.strip_suffix("er")?;
    let candidates = [
        base.to_string(),
        format!("{base}en"),
        base.strip_suffix('n')
            .map(|b| format!("{b}en"))
            .unwrap_or_default(),
    ];
    pub(super) const KINDS: &[PlaceKind] = &[PlaceKind::City, PlaceKind::Geo];
    candidates
        .iter()
        .filter(|c| c.chars().count() >= 4)
        .find_map(|c| places::lookup_exact(lang, c, KINDS).first().copied())
}

/// Kanji Japanese writes after a place's name to say what it is: a city, a
/// prefecture, a state, a ward, a town, a village, an island, a province, a
/// capital, a county, a port, a bay, a station, an airport, an offshore sea.
const PLACE_SUFFIXES: &str = "市県州区町村島省都府郡港湾駅空沖";

/// A CJK unified ideograph (kanji, hanzi).
fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// Place names found by substring in a text without capitals (Chinese,
/// Japanese, Hindi): two characters at least, three for Devanagari where
/// two-letter strings occur inside words. One pass over the text with an
/// Aho-Corasick automaton of the language's names (`place_finder`).
pub(super) fn scan_places(doc: &Document, para: &Paragraph, lang: Lang) -> Vec<NamePhrase> {
    let text = &doc.text[para.range()];
    let Some((finder, names)) = place_finder(lang) else {
        return Vec::new();
    };
    // Every occurrence of every name, as `str::match_indices` gives them for
    // one name (an occurrence overlapping an earlier one of the same name is
    // none), with the name's index to keep the table's order among equals.
    let mut hits: Vec<(Range<usize>, usize)> = Vec::new();
    let mut next_free = vec![0usize; names.len()];
    for m in finder.find_overlapping_iter(text) {
        let (id, i) = (m.pattern().as_usize(), m.start());
        if i < next_free[id] {
            continue;
        }
        let name = names[id].0;
        // A name inside a longer word is not that name: Hindi words are
        // spaced ("रोम" in "गैजप्रोम"), Japanese loanwords are runs of
        // katakana ("チリ" in "ビーチリゾート"). Chinese has no such edge.
        let before = text[..i].chars().next_back();
        let after = text[i + name.len()..].chars().next();
        let inside = match lang.script() {
            Script::Devanagari => {
                before.is_some_and(is_word_char) || after.is_some_and(is_word_char)
            }
            Script::Japanese => {
                let kata =
                    |c: char| is_katakana(c) && is_katakana(name.chars().next().unwrap_or(c));
                let kata_end =
                    |c: char| is_katakana(c) && is_katakana(name.chars().next_back().unwrap_or(c));
                // A name in kanji with kanji on both sides is a piece of
                // a longer word ("台北" in "仙台北陵", a school named after
                // Sendai), unless a place's suffix follows it ("北京市").
                let in_kanji_word = name.chars().all(is_kanji)
                    && before.is_some_and(is_kanji)
                    && after.is_some_and(|c| is_kanji(c) && !PLACE_SUFFIXES.contains(c));
                before.is_some_and(kata) || after.is_some_and(kata_end) || in_kanji_word
            }
            _ => false,
        };
        next_free[id] = m.end();
        if inside {
            continue;
        }
        hits.push((para.start + i..para.start + m.end(), id));
    }
    hits.sort_by_key(|(r, id)| (r.start, *id));
    let mut hits: Vec<(Range<usize>, Place)> =
        hits.into_iter().map(|(r, id)| (r, names[id].1)).collect();
    // Longest first; drop hits inside a longer one.
    hits.sort_by_key(|(r, _)| (std::cmp::Reverse(r.end - r.start), r.start));
    let mut kept: Vec<(Range<usize>, Place)> = Vec::new();
    for (r, p) in hits {
        if kept
            .iter()
            .all(|(k, _)| r.end <= k.start || r.start >= k.end)
        {
            kept.push((r, p));
        }
    }
    kept.sort_by_key(|(r, _)| r.start);
    kept.into_iter()
        .map(|(r, place)| NamePhrase {
            range: r.clone(),
            tokens: vec![NameToken {
                text: doc.text[r.clone()].to_string(),
                range: r,
                strength: Strong,
                place: Some(place),
                exonym: None,
            }],
            title: None,
            sentence_initial: false,
        })
        .collect()
}

/// The automaton of `lang`'s place names for `scan_places`, with each
/// pattern's (name, place) in the table's order: built once per language on
/// its first use. `None` where the language has no such name.
fn place_finder(
    lang: Lang,
) -> Option<&'static (aho_corasick::AhoCorasick, Vec<(&'static str, Place)>)> {
    type Finder = Option<(aho_corasick::AhoCorasick, Vec<(&'static str, Place)>)>;
    static FINDERS: std::sync::OnceLock<Vec<std::sync::OnceLock<Finder>>> =
        std::sync::OnceLock::new();
    places::per_language(&FINDERS, lang, || {
        const KINDS_MIN: usize = 2;
        let min = if lang.script() == Script::Devanagari {
            3
        } else {
            KINDS_MIN
        };
        // Continents and "World" (世界) are common words in these scripts.
        let names: Vec<(&'static str, Place)> = places::all_names(lang, min)
            .filter(|&(name, place)| !name.is_ascii() && !places::is_macro_region(place))
            .collect();
        if names.is_empty() {
            return None;
        }
        let finder = aho_corasick::AhoCorasick::new(names.iter().map(|(n, _)| *n)).ok()?;
        Some((finder, names))
    })?
    .as_ref()
}

/// German, Dutch and Swedish write a part of a place as one word with a
/// point of the compass (`compass-prefixes.txt`: "Südeuropa", "Noord-Afrika",
/// "Sydostasien"), which other languages write apart ("southern Europe"):
/// the place after the longest such prefix, capitalised.
pub fn after_compass_prefix(word: &str, lang: Lang) -> Option<String> {
    let lower = word.to_lowercase();
    let prefix = crate::lang::words::list(lang, "compass-prefixes")
        .iter()
        .filter(|p| lower.starts_with(**p))
        .max_by_key(|p| p.len())?;
    let rest = lower[prefix.len()..].trim_start_matches('-');
    (rest.chars().count() >= 4).then(|| crate::document::capitalised(rest))
}

pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
}

/// Katakana letters and the long-vowel mark that continues a katakana word.
pub(super) fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A0}'..='\u{30FA}' | '\u{30FC}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}')
}

/// The diacritic-folded, elision-free comparison form of a name token.
pub fn key(word: &str) -> String {
    fold_diacritics(bare(word))
}
