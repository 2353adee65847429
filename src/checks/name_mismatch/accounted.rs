//! The other ways a source name comes through accounted for: a translated
//! acronym, each language's own spelling, a compound, a translated last part,
//! a derived adjective, a monarch's or a saint's given name translated.

use super::*;

/// Acronyms are translated with their words ("EG" / "CE", "BIP" / "PNB",
/// "EFRE" / "FEDER"): a source acronym is accounted for by an acronym of the
/// target that the source does not have, about as long and sharing a letter.
pub(super) fn acronym_translated(word: &str, source: &str, tgt: &Side) -> bool {
    /// Most letters the two acronyms' lengths differ by ("DM" / "DEM").
    const LENGTH_SLACK: usize = 2;
    if !names::is_acronym(word) {
        return false;
    }
    let n = word.chars().count();
    tgt.toks.iter().any(|t| {
        let a = t.text.strip_suffix('s').unwrap_or(t.text);
        names::is_acronym(a)
            && a != word
            && a.chars().count().abs_diff(n) <= LENGTH_SLACK
            && a.chars().any(|c| word.contains(c))
            && !source.contains(a)
    })
}

/// Each language's own spelling of a place ("Bretaña" in Spanish,
/// "Bretagna" in Italian; "Schaffhausen", French "Schaffhouse"): each form is
/// a word of its own language's lexicon, which uses it more than the other
/// form, if it has that at all. A misspelt name is seldom the form the target
/// language prefers ("Bennet" is rarer than "Bennett" in German text too).
pub(super) fn own_spellings(word: &str, from: Lang, written: &str, to: Lang) -> bool {
    // The whole word lists, rare words too (wordfreq's, down to Zipf 1).
    let z = |lang: Lang, w: &str| {
        crate::lang::lexicon::Lexicon::for_lang(lang)
            .and_then(|l| l.lookup(w))
            .unwrap_or(0.0)
    };
    const KNOWN: f32 = 2.0;
    const PREFERRED_BY: f32 = 0.3;
    from.script() == to.script()
        && z(from, word) >= KNOWN
        && z(to, written) >= KNOWN
        && z(from, word) >= z(from, written) + PREFERRED_BY
        && z(to, written) >= z(to, word) + PREFERRED_BY
}

/// A place's name in the other language's spelling by that language's rules
/// (`respellings.txt`: Spanish "Mecklemburgo", "Larisa" and "Podlaquia",
/// Italian "Lusazia", German "Podlachien" beside the name as written
/// elsewhere): the rules of the source's language and of the target's are
/// applied to both words, which then differ by nothing but one of those
/// languages' endings ("-o" after a consonant, "-ien" for "-ia").
pub(super) fn respelt_by_rule(word: &str, from: Lang, written: &str, to: Lang) -> bool {
    /// Fewest letters of the stem an ending is taken from.
    const STEM_MIN_CHARS: usize = 4;
    /// Sounds every language here writes its own way, made one before the
    /// languages' rules: the palatal n (Spanish ñ, Italian and French gn,
    /// Catalan and Hungarian ny, Portuguese nh: "Cerdaña", "Cerdagna",
    /// "Cerdanya"), and the Latin t before i and a vowel, kept by English
    /// and German, c in Spanish, z in Italian ("Dalmatia", "Dalmacia",
    /// "Dalmazia").
    const SHARED: &[(&str, &str)] = &[
        ("gn", "ñ"),
        ("ny", "ñ"),
        ("nh", "ñ"),
        ("tia", "cia"),
        ("tio", "cio"),
        ("zia", "cia"),
        ("zio", "cio"),
    ];
    let rule_langs: &[Lang] = if from == to { &[from] } else { &[from, to] };
    let mut letters: Vec<(&str, &str)> = Vec::new();
    let mut endings: Vec<(&str, &str)> = Vec::new();
    for &lang in rule_langs {
        let (l, e) = respellings(lang);
        letters.extend_from_slice(l);
        endings.extend_from_slice(e);
    }
    // Both languages' rules, each on both words: a Spanish form against an
    // Italian one ("Flesinga" / "Flessinga") meets in the Spanish spelling.
    let key = |w: &str| {
        let lower = translit::replace_pairs(&w.to_lowercase(), SHARED);
        let folded = fold_diacritics(&lower);
        respelt_key(&translit::replace_pairs(
            &translit::replace_pairs(&folded, &letters),
            SHARED,
        ))
    };
    let (a, b) = (key(word), key(written));
    if a == b {
        return true;
    }
    let stem_of = |w: &str, end: &str| {
        let end = respelt_key(end);
        w.strip_suffix(end.as_str()).map(str::to_string)
    };
    let ends_in_consonant = |s: &str| s.chars().last().is_some_and(|c| !"aeiou".contains(c));
    endings.iter().any(|&(x, y)| {
        [(&a, &b), (&b, &a)]
            .iter()
            .any(|(p, q)| match (stem_of(p, x), stem_of(q, y)) {
                (Some(s), Some(t)) => {
                    s == t
                        && s.chars().count() >= STEM_MIN_CHARS
                        && (!x.is_empty() || ends_in_consonant(&s))
                }
                _ => false,
            })
    })
}

/// A language's `respellings.txt`, read once: its letter rules and its
/// endings, each `(foreign, native)`.
type Respellings = (
    Vec<(&'static str, &'static str)>,
    Vec<(&'static str, &'static str)>,
);

fn respellings(lang: Lang) -> &'static Respellings {
    static CELL: OnceLock<HashMap<Lang, Respellings>> = OnceLock::new();
    let all = CELL.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&lang| {
                let (mut letters, mut endings) = (Vec::new(), Vec::new());
                for line in crate::lang::words::lines(lang, "respellings") {
                    let mut parts = line.split_whitespace();
                    let (Some(a), Some(b)) = (parts.next(), parts.next()) else {
                        continue;
                    };
                    match (a.strip_prefix('-'), b.strip_prefix('-')) {
                        (Some(a), Some(b)) => endings.push((a, b)),
                        _ => letters.push((a, b)),
                    }
                }
                (lang, (letters, endings))
            })
            .collect()
    });
    &all[&lang]
}

/// Whether a name phrase reads as a person's: after a title ("Mr", "Frau"),
/// or two names or more with nothing else but particles ("Ana de Souza"),
/// none of them a place. A common word ("Base Tunnel") or a place ("Mecklenburg-Western
/// Pomerania") in it makes it something else.
pub(super) fn person_like(phrase: &NamePhrase) -> bool {
    let names = phrase
        .tokens
        .iter()
        .filter(|t| t.strength == Strength::Strong)
        .count();
    // A joiner of one letter ("y", "e", "i") coordinates two names as often
    // as it joins a double surname ("Amberes y Flesinga").
    phrase.title.is_some()
        || (names >= 2
            && phrase.tokens.iter().all(|t| {
                (t.strength == Strength::Joiner && t.text.chars().count() > 1)
                    || (t.strength == Strength::Strong && t.place.is_none())
            }))
}

/// German, Dutch and Swedish join a name to the noun after it in one word
/// ("Barents Sea" / "Barentssee" or "Barentsee", "Mar del Norte" aside):
/// a target word that opens with the name (its last letter shared with a
/// joining "s") and goes on with a common noun of the language is that
/// compound, not a misspelling.
pub(super) fn compound_with_name(word: &str, written: &str, to: Lang) -> bool {
    if !to.writes_compounds() {
        return false;
    }
    let (name, w) = (word.to_lowercase(), written.to_lowercase());
    let n = name.chars().count();
    if n < 4 || w.chars().count() < n + 2 {
        return false;
    }
    let cut = |k: usize| w.char_indices().nth(k).map(|(b, _)| &w[b..]);
    [n, n - 1].into_iter().any(|k| {
        w.starts_with(&name[..name.char_indices().nth(k).map_or(name.len(), |(b, _)| b)])
            && cut(k).is_some_and(|rest| {
                rest.chars().count() >= 3
                    && lexicon::zipf(to, rest).unwrap_or(0.0) >= names::COMPOUND_PART_ZIPF
            })
    })
}

/// A name made of a prefix and a common word, each language writing the word
/// its own way ("Eurobarómetro" / "Eurobarometer", "Eurogrupo" /
/// "Eurogruppe"): the same prefix, then a word of each side's lexicon.
pub(super) fn translated_last_part(word: &str, from: Lang, written: &str, to: Lang) -> bool {
    /// Least Zipf of each side's last part in its own lexicon (a word, not a
    /// misspelt ending).
    const PART_MIN_ZIPF: f32 = 2.5;
    /// Fewest letters of each last part (no ending alone).
    const PART_MIN_CHARS: usize = 5;
    /// Letters the two last parts open with alike: one word's two spellings.
    const PART_SHARED_CHARS: usize = 4;
    let (a, b) = (word.to_lowercase(), written.to_lowercase());
    if a == b {
        return false;
    }
    // The whole word lists, rare words too (as in `own_spellings`).
    let zipf = |lang: Lang, w: &str| {
        crate::lang::lexicon::Lexicon::for_lang(lang)
            .and_then(|l| l.lookup(w))
            .unwrap_or(0.0)
    };
    a.char_indices().skip(2).any(|(i, _)| {
        let (head, tail) = a.split_at(i);
        b.strip_prefix(head).is_some_and(|rest| {
            rest != tail
                && tail.chars().count() >= PART_MIN_CHARS
                && rest.chars().count() >= PART_MIN_CHARS
                && names::key(tail)
                    .chars()
                    .zip(names::key(rest).chars())
                    .take_while(|(x, y)| x == y)
                    .count()
                    >= PART_SHARED_CHARS
                && zipf(from, tail) >= PART_MIN_ZIPF
                && zipf(to, rest) >= PART_MIN_ZIPF
        })
    })
}

/// A pope's or a monarch's name with its regnal number ("John Paul II",
/// "Karl III."), whose given names every language translates ("Giovanni
/// Paolo II", "Carlos III"): the words before the numeral are accounted for
/// when the target has a name of the same initial sound before the same
/// numeral.
pub(super) fn regnal_name_translated(phrase: &[&str], unmatched: &[&str], tgt: &Side) -> bool {
    // The name right before the numeral opens with the same sound
    // ("Paolo" / "Paul", "Karl" / "Charles", "Felipe" / "Philip"): another
    // monarch of that number is another name ("Elisabetta II").
    let Some((last, given)) = phrase.split_last() else {
        return false;
    };
    let Some(&name) = given.last() else {
        return false;
    };
    let numeral = last.trim_end_matches('.');
    if !numeral.chars().all(|c| "IVXLC".contains(c))
        || crate::numbers::extract::roman_numeral(numeral).is_none()
        || !unmatched.iter().all(|w| given.contains(w))
    {
        return false;
    }
    tgt.toks.windows(2).any(|w| {
        w[1].text.trim_end_matches('.') == numeral
            && w[0].text.chars().next().is_some_and(char::is_uppercase)
            && same_initial_sound(w[0].text, name)
    })
}

/// Whether two given names open with the same sound, k and c, f and ph one
/// ("Karl" / "Charles", "Felipe" / "Philip", "Luca" / "Luke").
fn same_initial_sound(a: &str, b: &str) -> bool {
    let initial = |w: &str| {
        crate::links::spelling_key(&crate::document::fold_diacritics(&w.to_lowercase()))
            .chars()
            .next()
    };
    initial(a).is_some() && initial(a) == initial(b)
}

/// A saint's name, whose given name every language translates ("Saint
/// Luke", "San Luca", "Sankt Lukas"): the name after a word of the source's
/// `saints.txt` (in the phrase or right before it) is accounted for when the
/// target has a name of the same initial sound after a word of its own.
/// `before` is the source text before the phrase, `words` the phrase's.
pub(super) fn saint_name_translated(
    before: &str,
    words: &[&str],
    unmatched: &[&str],
    sl: Lang,
    tgt: &Side,
) -> bool {
    let is_saint = |lang: Lang, w: &str| crate::lang::words::contains(lang, "saints", w);
    // The word alone ("St." of "St. Peter's Square" / "Petersplatz") is a
    // word every language translates or drops.
    if let [only] = words {
        if is_saint(sl, only) {
            return true;
        }
    }
    let last: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    let word_before = last.first().copied().unwrap_or("");
    // The second of two saints named together ("Saints Peter and Paul",
    // "santi Pietro e Paolo"): a short lower-case word joins it to a
    // capitalised name after a saint's word.
    let second_of_two = match last.as_slice() {
        [joiner, name, saint] => {
            joiner.chars().count() <= 3
                && joiner.chars().all(char::is_lowercase)
                && name.chars().next().is_some_and(char::is_uppercase)
                && is_saint(sl, saint)
        }
        _ => false,
    };
    let given: &[&str] = match words.split_first() {
        Some((first, rest)) if is_saint(sl, first) => rest,
        _ if is_saint(sl, word_before) || second_of_two => words,
        _ => return false,
    };
    let Some(&name) = given.first() else {
        return false;
    };
    // The target's name within a few words after its saint's word ("świętych
    // Piotra i Pawła", "Saints Peter and Paul").
    !unmatched.is_empty()
        && unmatched.iter().all(|w| given.contains(w))
        && tgt.toks.iter().enumerate().any(|(j, t)| {
            is_saint(tgt.lang, t.text)
                && tgt.toks[j + 1..]
                    .iter()
                    .take(SAINT_NAMES_MAX_WORDS)
                    .any(|n| {
                        n.text.chars().next().is_some_and(char::is_uppercase)
                            && same_initial_sound(n.text, name)
                    })
        })
}

/// How many words after a saint's word may hold the saint's name: two
/// saints and the word that joins them, or a title ("świętych Apostołów
/// Piotra i Pawła").
const SAINT_NAMES_MAX_WORDS: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_joined_to_a_noun_is_a_compound_not_a_misspelling() {
        assert!(compound_with_name("Davis", "Davisstraße", Lang::De));
        // The joining "s" shared with the name's last letter.
        assert!(compound_with_name("Davis", "Davisee", Lang::De));
        assert!(!compound_with_name("Bennett", "Bennet", Lang::De));
        // Only languages that write such compounds.
        assert!(!compound_with_name("Davis", "Davisstraße", Lang::Fr));
    }

    #[test]
    fn a_prefixed_word_in_each_languages_spelling_is_no_misspelling() {
        for (a, la, b, lb, want) in [
            ("Eurobarómetro", Lang::Es, "Eurobarometer", Lang::En, true),
            ("Eurogruppe", Lang::De, "Eurogrupo", Lang::Es, true),
            // A name's letters changed is still a misspelling.
            ("Eurostat", Lang::En, "Eurostar", Lang::De, false),
            ("Eurogruppe", Lang::De, "Eurogrupe", Lang::Es, false),
            ("Bennett", Lang::En, "Bennet", Lang::De, false),
        ] {
            assert_eq!(translated_last_part(a, la, b, lb), want, "{a} / {b}");
        }
    }

    #[test]
    fn a_places_adjective_is_no_misspelling() {
        assert!(derived_from_name("Pardubice", "Pardubická", Lang::Cs));
        assert!(derived_from_name("Kraków", "krakowski", Lang::Pl));
        assert!(derived_from_name("Kroměříž", "Kroměřížsku", Lang::Cs));
        assert!(!derived_from_name("Novák", "Nováková", Lang::Cs));
        assert!(!derived_from_name("Pardubice", "Pardubická", Lang::De));
    }

    #[test]
    fn each_language_may_spell_a_place_its_own_way() {
        assert!(own_spellings("Bretaña", Lang::Es, "Bretagna", Lang::It));
        assert!(own_spellings(
            "Schaffhausen",
            Lang::De,
            "Schaffhouse",
            Lang::Fr
        ));
        // Both spellings are names in both languages: a misspelling.
        assert!(!own_spellings("Bennett", Lang::En, "Bennet", Lang::De));
    }
}
