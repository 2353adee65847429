//! What a single word says about names: case, acronyms, bare forms, how strongly a
//! capitalised word reads as a name, street names and compounds.

use super::*;
use foldhash::HashMap;

pub fn has_case(lang: Lang) -> bool {
    matches!(lang.script(), Script::Latin | Script::Cyrillic)
}

pub(super) fn is_upper_start(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

/// All letters upper-case, at least two of them: "NSO", "AFP", "ONU".
pub fn is_acronym(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    letters.len() >= 2 && upper == letters.len() || mixed_case_acronym(&letters, upper)
}

/// German writes acronyms with a small letter where the word had one
/// ("EuGH", Europäischer Gerichtshof; "EUStA", "BVerfG"): an upper-case
/// letter first, a small letter before a later capital, two upper-case
/// letters at least and as many as the small ones ("DeSantis", "McDonald"
/// and "OpenAI" are none). Small letters only at the end are a plural or an
/// ordinal of the word before them ("MPs", "XVIe"), read elsewhere.
fn mixed_case_acronym(letters: &[char], upper: usize) -> bool {
    let last_upper = letters.iter().rposition(|c| c.is_uppercase());
    letters.len() >= 3
        && letters.len() <= 7
        && letters.first().is_some_and(|c| c.is_uppercase())
        && upper >= 2
        && upper * 2 >= letters.len()
        && last_upper.is_some_and(|j| letters[..j].iter().any(|c| c.is_lowercase()))
}

pub(super) fn is_latin_word(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_alphabetic())
        && s.chars().all(|c| {
            !c.is_alphabetic() || c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c)
        })
}

/// Elided articles, pronouns, prepositions and conjunctions of French and
/// Italian that may open a sentence capitalised ("L'epicentro", "Quest'anno",
/// "Jusqu'ici"; "D'Alema" keeps its name part); "O'" is not one.
pub(super) const ELISIONS: &[&str] = &[
    "l", "d", "j", "qu", "dell", "all", "dall", "nell", "sull", "un", "c", "s", "n", "m", "t",
    "jusqu", "lorsqu", "puisqu", "quoiqu", "quest", "quell", "nessun", "anch", "dov", "com",
];

/// Strip a French/Italian elision ("l'Élysée", "d'Italia") and an English or
/// German possessive ("Kohl's"), returning the name part.
pub fn bare(word: &str) -> &str {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    let w = match w.find(['\'', '’']) {
        Some(i)
            if (i <= 4 && w[..i].chars().all(|c| c.is_lowercase()))
                || ELISIONS.contains(&w[..i].to_lowercase().as_str()) =>
        {
            &w[i + w[i..].chars().next().map_or(1, char::len_utf8)..]
        }
        _ => w,
    };
    // Polish endings after an apostrophe on foreign names: "Rossby'ego";
    // English clitics go the same way ("We'll", "I'm"), but a negation is
    // the word it is ("Isn't", not "Isn").
    if let Some(i) = w.rfind(['\'', '’']) {
        let tail = &w[i..].trim_start_matches(['\'', '’']);
        let head = &w[..i];
        // A tail of consonants that is no clitic is the soft sign of a
        // romanised Slavic name ("Čornomors'k", "Ukrajins'ka"): the word.
        let ending_or_clitic =
            tail.chars().any(|c| "aeiouyąęó".contains(c)) || matches!(*tail, "ll" | "m" | "d");
        if !tail.is_empty()
            && tail.chars().count() <= 4
            && tail.chars().all(|c| c.is_lowercase())
            && head.chars().count() >= 2
            && !matches!(*tail, "s" | "t")
            && ending_or_clitic
        {
            return head;
        }
    }
    for s in ["'s", "’s", "'", "’"] {
        if let Some(x) = w.strip_suffix(s) {
            return x;
        }
    }
    w
}

/// Whether `word`, which the lexicon lacks, is one of the language's
/// word-forming prefixes (`word-prefixes.txt`) and a common word of it:
/// "Subcomisión", "Copresidente", a word derived, not a name.
fn derived_by_prefix(word: &str, lang: Lang) -> bool {
    const REST_MIN_CHARS: usize = 5;
    let lower = word.to_lowercase();
    words::list(lang, "word-prefixes").iter().any(|p| {
        lower.strip_prefix(p).is_some_and(|rest| {
            let rest = rest.trim_start_matches('-');
            rest.chars().count() >= REST_MIN_CHARS
                && lexicon::zipf(lang, rest)
                    .filter(|&z| z > 0.0)
                    .unwrap_or_else(|| lexicon::zipf_any_form(lang, rest))
                    >= NAME_MAX_ZIPF
        })
    })
}

/// Whether `word` is a point of the compass as a noun in `lang`
/// (`compass-nouns.txt`), up to a case ending: capitalised it names a region
/// ("на Востоке", "Bliski Wschód") that every language translates.
pub(super) fn compass_noun(word: &str, lang: Lang) -> bool {
    let list = words::list(lang, "compass-nouns");
    if list.is_empty() {
        return false;
    }
    let stems = translit::stems(word, lang);
    list.iter().any(|c| {
        let c = translit::fold_diacritics_keep_script(c);
        stems.contains(&c)
    })
}

/// Whether `word` is a common word of `lang` rather than a name, judged against
/// `other`, the language the word is translated to or from.
pub fn strength(word: &str, lang: Lang, other: Lang) -> Strength {
    if is_calendar_word(word, lang) || compass_noun(word, lang) {
        return Strength::Weak;
    }
    let Some(mut zs) = lexicon::zipf(lang, word) else {
        return Strength::Strong;
    };
    let germanic = lang.writes_compounds();
    if zs == 0.0 && germanic {
        // An inflected noun ("Imbisses") or a compound ("Fernsehschirme").
        zs = lexicon::zipf_any_form(lang, word);
        if zs == 0.0 {
            if street_name(word, lang) {
                return Strength::Strong;
            }
            if is_compound_of_common_words(word, lang)
                || ends_in_common_noun(word, lang)
                || has_noun_suffix(word, lang)
            {
                return Strength::Weak;
            }
            return Strength::Strong;
        }
    }
    if zs == 0.0 {
        if derived_by_prefix(word, lang) {
            return Strength::Weak;
        }
        return Strength::Strong;
    }
    let shared = shared_zipf(word, lang, other);
    // English capitalises names, but also the words of titles, headings and
    // institutions ("the Commission", "Tap Settings"), which translators
    // translate. A word SCOWL writes only in lower case is such a word; one it
    // also has as a name ("Brown", "House") is that name only when the other
    // language uses it about as often as English does: names travel at their
    // own frequency, while English common words leak into other languages'
    // web text one to two Zipf lower ("house" 5.7 in English, 4.3 in German;
    // "Trump" 4.9 and 4.7).
    if lang == Lang::En {
        match english::case_of(word) {
            Some(english::Case::Lower) => return Strength::Weak,
            // A function word ("No", "All") opens a heading or a clause after
            // a dash; that another language spells a word of its own the same
            // way (Czech "no") says nothing of a name.
            _ if zs >= FUNCTION_WORD_MIN_ZIPF => return Strength::Weak,
            Some(english::Case::Both)
                if zs >= NAME_MAX_ZIPF
                    && lang.script() == other.script()
                    && shared < zs - EN_NAME_TRAVEL_MARGIN =>
            {
                return Strength::Weak
            }
            _ => {}
        }
    }
    // German capitalises every noun, so a noun spelt like an English word
    // ("Tag", "Pause") must be at least as common in English to pass for a name.
    let german = matches!(lang, Lang::De);
    let margin = if german { 0.0 } else { SHARED_MARGIN };
    // Czech, Polish and Russian capitalise fewer common words than the
    // Romance languages but more than English: reverent and institutional
    // words ("Отечеству", "Sejm") are known words of middling frequency.
    let max_zipf = match lang {
        Lang::Cs | Lang::Pl | Lang::Ru | Lang::Uk => SLAVIC_NAME_MAX_ZIPF,
        _ => NAME_MAX_ZIPF,
    };
    if (!german && zs < max_zipf) || shared >= zs - margin {
        return Strength::Strong;
    }
    // A word English writes only as a name is that name here too ("Putin",
    // "Versailles", "Hanna" in German), unless it is a word common enough in
    // this language to be its own ("Mai" is the German May).
    if other == Lang::En && zs < INITIAL_MAX_ZIPF && english::is_name_in_text(word, zs) {
        return Strength::Strong;
    }
    Strength::Weak
}

/// Zipf of `word` in `other`, through transliteration and case endings when
/// the scripts differ ("Путина" → "putin").
pub(super) fn shared_zipf(word: &str, lang: Lang, other: Lang) -> f32 {
    if lang.script() == other.script() {
        // The lists fold ß to ss, but only German writes ß: "Maß" is not the
        // English "mass", nor "Fuß" the English "fuss".
        if word.contains('ß') && other != Lang::De {
            return 0.0;
        }
        return lexicon::zipf(other, word).unwrap_or(0.0);
    }
    translit::stems(word, lang)
        .iter()
        .map(|s| translit::latin(s))
        .filter(|l| l.len() >= SHARED_MIN_TRANSLIT_CHARS)
        .map(|l| lexicon::zipf(other, &l).unwrap_or(0.0))
        .fold(0.0, f32::max)
}

/// A street or square named after something that is no common word:
/// "Aidenbachstraße", "Rosenthaler Platz" is two words; "Hauptstraße",
/// "Bundesstraße" and "Marktplatz" are made of common words and may be
/// translated ("main street", "federal road"). The endings are the
/// language's `street-endings.txt` (German).
pub(super) fn street_name(word: &str, lang: Lang) -> bool {
    street_heads(word, lang).iter().any(|head| {
        let head = head.strip_suffix('s').unwrap_or(head);
        head.chars().count() >= STREET_HEAD_MIN_CHARS
            && lexicon::zipf_any_form(lang, head) < COMPOUND_PART_ZIPF
    })
}

/// What stands before each of the language's `street-endings.txt` that
/// `word` ends in ("Aidenbach" of "Aidenbachstraße"), as keys.
fn street_heads(word: &str, lang: Lang) -> Vec<String> {
    let w = lexicon::key(word);
    words::list(lang, "street-endings")
        .iter()
        .filter_map(|tail| w.strip_suffix(tail).map(str::to_string))
        .collect()
}

/// Fewest letters before a street's ending.
const STREET_HEAD_MIN_CHARS: usize = 3;

/// Any street or square of one word ("Hauptstraße", "Aidenbachstraße"):
/// a word ending in one of the language's `street-endings.txt` after at
/// least three letters. A translation may keep it as the address reads.
pub fn street_word(word: &str, lang: Lang) -> bool {
    street_heads(word, lang)
        .iter()
        .any(|head| head.chars().count() >= STREET_HEAD_MIN_CHARS)
}

/// Tails of at least this many letters, common in the language, make a long
/// word a common-noun compound whatever its head ("Obszönitätsinitiative",
/// "Demarkationslinie").
pub const COMPOUND_TAIL_MIN_CHARS: usize = 5;

/// Whether a long `word` ends in a suffix that makes abstract and collective
/// nouns of `lang` (`noun-suffixes.txt`: German "-ung", "-heit", "-tät"),
/// which names do not end in.
pub(super) fn has_noun_suffix(word: &str, lang: Lang) -> bool {
    let w = fold(word);
    w.chars().count() >= 7
        && words::list(lang, "noun-suffixes")
            .iter()
            .any(|s| w.ends_with(s))
}

/// A long word ending in a common word of the language (not a name-making one).
pub(super) fn ends_in_common_noun(word: &str, lang: Lang) -> bool {
    let w = lexicon::key(word);
    let chars: Vec<(usize, char)> = w.char_indices().collect();
    if chars.len() < COMPOUND_TAIL_MIN_CHARS + 4 {
        return false;
    }
    // The last parts of compounds that make place and family names
    // (`name-compound-endings.txt`: "Rosenberg", "Eindhoven", "Jönköping"):
    // a compound ending in one may be a name.
    let name_endings = words::list(lang, "name-compound-endings");
    for &(at, _) in chars.iter().skip(4) {
        let tail = &w[at..];
        if tail.chars().count() < COMPOUND_TAIL_MIN_CHARS {
            break;
        }
        if name_endings.iter().any(|t| tail.ends_with(t)) {
            return false;
        }
        // The tail may be plural ("-schirme", "-punkte").
        let singular = ["e", "en", "er", "n"]
            .iter()
            .filter_map(|e| tail.strip_suffix(e))
            .any(|t| lexicon::zipf(lang, t).unwrap_or(0.0) >= COMPOUND_PART_ZIPF);
        if singular || lexicon::zipf_any_form(lang, tail) >= COMPOUND_PART_ZIPF {
            return true;
        }
    }
    false
}

pub(super) fn is_compound_of_common_words(word: &str, lang: Lang) -> bool {
    compound(&lexicon::key(word), lang, 0)
}

/// Longest word tried as a compound, in characters: the longest compounds
/// of German law texts run to some 60 letters; a longer run of letters is
/// no word (found by fuzzing: a 430-letter run took 0.8 s in a release
/// build, the square of its length in look-ups at each of four depths).
const COMPOUND_MAX_CHARS: usize = 80;

/// `w` splits into a known head or one itself such a compound (with a
/// linking -s-, -n-, -en-, -es-) and a
/// tail that is a common word or itself such a compound.
pub(super) fn compound(w: &str, lang: Lang, depth: usize) -> bool {
    if w.chars().count() > COMPOUND_MAX_CHARS {
        return false;
    }
    compound_of_parts(w, lang, depth, &mut HashMap::default())
}

/// [`compound`] with the answers for the word's parts kept, so that a long
/// word costs the square of its length in look-ups, not its fourth power
/// (a 100-letter run took seconds).
fn compound_of_parts<'a>(
    w: &'a str,
    lang: Lang,
    depth: usize,
    memo: &mut HashMap<(&'a str, usize), bool>,
) -> bool {
    if depth > 3 {
        return false;
    }
    if let Some(&known) = memo.get(&(w, depth)) {
        return known;
    }
    let known = |s: &str| lexicon::zipf(lang, s).unwrap_or(0.0) > 0.0;
    // The tail carries the compound's inflection ("Spätfröste").
    let common = |s: &str| {
        lexicon::zipf(lang, s).unwrap_or(0.0) >= COMPOUND_PART_ZIPF
            || lexicon::umlaut_plural_zipf(lang, s) >= COMPOUND_PART_ZIPF
    };
    let chars: Vec<(usize, char)> = w.char_indices().collect();
    let mut found = false;
    for &(at, _) in chars.iter().take(chars.len().saturating_sub(2)).skip(3) {
        let (head, tail) = w.split_at(at);
        if tail.chars().count() < 3 {
            continue;
        }
        let heads = [
            Some(head),
            head.strip_suffix('s'),
            head.strip_suffix("en"),
            head.strip_suffix('n'),
            head.strip_suffix("es"),
        ];
        // The head may itself be a compound ("Schwarzmeer-") or an abstract
        // noun by its suffix ("Schiffbarkeits-"), too rare for the lexicon.
        let head_ok = heads.iter().flatten().any(|h| {
            h.chars().count() >= 3
                && (known(h)
                    || has_noun_suffix(h, lang)
                    || compound_of_parts(h, lang, depth + 1, memo))
        });
        if head_ok
            && (common(tail)
                || made_from_verb(tail, lang)
                || compound_of_parts(tail, lang, depth + 1, memo))
        {
            found = true;
            break;
        }
    }
    memo.insert((w, depth), found);
    found
}

/// A noun made from a verb by one of `lang`'s endings (`verb-nouns.txt`,
/// German "Fräser", "Fräse" of "fräsen", "Aufschäumer" of "aufschäumen"):
/// as the last part of a compound it is a common noun when its verb is a word
/// of the language, however rare ("Rundfräser", "Milchaufschäumer").
fn made_from_verb(tail: &str, lang: Lang) -> bool {
    tail.chars().count() >= VERB_NOUN_MIN_CHARS
        && words::list(lang, "verb-nouns").iter().any(|pair| {
            pair.split_once(':').is_some_and(|(noun, verb)| {
                tail.strip_suffix(noun).is_some_and(|stem| {
                    lexicon::zipf(lang, &format!("{stem}{verb}")).unwrap_or(0.0) > 0.0
                })
            })
        })
}

/// A word the frequency list lacks that is a noun made from a verb the
/// spelling dictionary writes in lower case (`verb-nouns.txt`: German
/// "Bestäuber" of "bestäuben", "Entkalker" of "entkalken"): a common noun
/// too rare for the list, not a name. A surname made so ("Fischer",
/// "Schneider") is in the list and never asked about.
pub(super) fn noun_of_spelt_verb(word: &str, lang: Lang, speller: &Speller) -> bool {
    let w = word.to_lowercase();
    w.chars().count() >= VERB_NOUN_MIN_CHARS
        && words::list(lang, "verb-nouns").iter().any(|pair| {
            pair.split_once(':').is_some_and(|(noun, verb)| {
                w.strip_suffix(noun).is_some_and(|stem| {
                    stem.chars().count() >= 3
                        && speller.written(&format!("{stem}{verb}")) == Written::Lower
                })
            })
        })
}

/// Letters of a noun made from a verb that [`made_from_verb`] reads.
const VERB_NOUN_MIN_CHARS: usize = 5;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compound_of_common_words_up_to_a_word_length() {
        assert!(is_compound_of_common_words("Wasserversorgung", Lang::De));
        // A run of letters longer than any word is tried as no compound.
        let run = format!("haus{}versorgung", "p".repeat(COMPOUND_MAX_CHARS));
        assert!(!is_compound_of_common_words(&run, Lang::De));
    }
}
