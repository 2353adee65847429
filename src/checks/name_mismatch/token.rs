//! What one word of a source name is: a common word, never a name, written in
//! lower case, a numeral the target writes as a number, or carried unchanged.

use super::*;

/// Whether name token `t` is a common word of `lang`: a word with a meaning
/// (Zipf at least [`LITERAL_MIN_SOURCE_ZIPF`]) that the language also writes
/// in lower case (English by SCOWL's case list, other languages by their
/// spelling dictionary, whose lower-case entries are words and whose names
/// are entered capitalised; German, which capitalises its nouns, by an entry
/// of either case), and not a place or an acronym.
pub(super) fn is_common_word(t: &names::NameToken, lang: Lang, cx: &Context) -> bool {
    let w = t.text.as_str();
    // A word English writes only as a name is a name in any language: SCOWL's
    // list holds the world's common surnames and given names ("Koch",
    // "Fischer", "Pierre", "Moreno"), which are words of their languages too.
    // Nor is a country, city or region's name ("Gales", which is also the
    // plural of a unit); a continent or the world is a word ("World Food
    // Programme").
    const PLACES: &[PlaceKind] = &[PlaceKind::Region, PlaceKind::City, PlaceKind::Subdivision];
    if t.place.is_some()
        || names::is_acronym(w)
        || names::english::is_name_in_text(w, lexicon::zipf(lang, w).unwrap_or(0.0))
        || places::lookup(lang, w, PLACES)
            .into_iter()
            .any(|p| !places::is_macro_region(p))
        || lexicon::zipf(lang, w).unwrap_or(0.0) < LITERAL_MIN_SOURCE_ZIPF
    {
        return false;
    }
    if lang == Lang::En {
        return names::english::case_of(w).is_some();
    }
    match cx.config.speller(lang).map(|s| s.written(w)) {
        Some(crate::lang::spelling::Written::Lower) => true,
        Some(crate::lang::spelling::Written::Capitalised) => lang == Lang::De,
        _ => false,
    }
}

/// Whether `word` is a common word of `lang` that is no person's name: in
/// English a word SCOWL has only in lower case ("silver", "manual",
/// "security"); in German a noun of the spelling dictionary (entered with its
/// capital) that English does not know as a name ("Rathaus", "Esstisch"; not
/// "Koch" or "Fischer", which are surnames too). Other languages' dictionaries
/// cannot tell: "Bonne" and "Lenoir" are words and surnames.
pub(super) fn never_a_name(word: &str, lang: Lang, cx: &Context) -> bool {
    match lang {
        Lang::En => written_lower(word, lang, cx),
        Lang::De => {
            !names::english::is_name_in_text(word, lexicon::zipf(lang, word).unwrap_or(0.0))
                && cx.config.speller(lang).map(|s| s.written(word))
                    == Some(crate::lang::spelling::Written::Capitalised)
                && lexicon::zipf(lang, word).unwrap_or(0.0) >= LITERAL_MIN_SOURCE_ZIPF
        }
        _ => false,
    }
}

/// Whether `word` is a word of `lang` by its spelling dictionary, entered
/// as the language writes such words (German nouns with a capital, other
/// words in lower case), known to its frequency list and no name English
/// writes: not a name, whatever name it looks like.
pub(super) fn dictionary_word(word: &str, lang: Lang, cx: &Context) -> bool {
    use crate::lang::spelling::Written;
    let z = lexicon::zipf(lang, word).unwrap_or(0.0);
    let entered = if lang == Lang::De {
        Written::Capitalised
    } else {
        Written::Lower
    };
    lang != Lang::En
        && z > 0.0
        && !names::english::is_name_in_text(word, z)
        && cx.config.speller(lang).map(|s| s.written(word)) == Some(entered)
}

/// Whether `lang` writes `word` in lower case, as a word and not a name:
/// English by SCOWL's case list, words only in lower case ("sea",
/// "programme", not "frost" or "scott", which are names too); other
/// languages by their spelling dictionary's lower-case entries
/// ("europäischen", "estructurales"; not German nouns, entered capitalised
/// like names), and by being more a word of the language than of English
/// ("red" of "Red Devils" in a French text is English).
pub(super) fn written_lower(word: &str, lang: Lang, cx: &Context) -> bool {
    if lang == Lang::En {
        return names::english::case_of(word) == Some(names::english::Case::Lower);
    }
    cx.config
        .speller(lang)
        .is_some_and(|s| s.is_common_word(word))
        && lexicon::zipf(lang, word).unwrap_or(0.0) >= lexicon::zipf(Lang::En, word).unwrap_or(0.0)
}

/// A Roman numeral of the name ("XVe" of "XVe siècle", "II" of "World War
/// II", "XIV" of "Louis XIV") that the translation writes as a number in any
/// notation ("15th century", "Второй", "XIV.").
pub(super) fn numeral_carried(word: &str, target: &str, lang: Lang) -> bool {
    let Some(v) = crate::numbers::extract::roman_numeral(word) else {
        return false;
    };
    // The target's numbers, kept for the next numeral of the same pair (a
    // long paragraph may hold many names).
    thread_local! {
        static LAST: std::cell::RefCell<Option<(Lang, String, Vec<crate::numbers::Mention>)>> =
            const { std::cell::RefCell::new(None) };
    }
    LAST.with_borrow_mut(|last| {
        if !last
            .as_ref()
            .is_some_and(|(l, t, _)| *l == lang && t == target)
        {
            let mentions = crate::numbers::extract(target, lang);
            *last = Some((lang, target.to_string(), mentions));
        }
        last.as_ref().is_some_and(|(_, _, mentions)| {
            mentions.iter().any(|m| {
                m.readings
                    .iter()
                    .any(|r| r.equals(&crate::numbers::Reading::q(v)))
            })
        })
    })
}

/// Whether weak token `t` of `phrase` stands unchanged and capitalised inside a
/// sentence of the target: a name, whatever the source's lexicon says.
pub(super) fn travelled(t: &names::NameToken, phrase: &NamePhrase, tgt: &Side) -> bool {
    let first_of_sentence = phrase.sentence_initial && t.range.start == phrase.range.start;
    if first_of_sentence || t.text.chars().count() < 3 || names::is_acronym(&t.text) {
        return false;
    }
    tgt.toks.iter().any(|u| {
        u.text == t.text && {
            let before = tgt.doc.text[..u.range.start].trim_end();
            !before.is_empty() && !before.ends_with(['.', '!', '?', '"', '“', ':', '\n'])
        }
    })
}
