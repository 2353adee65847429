//! A source name found in the target near but not equal: misspelt, or the
//! same name in the target language's spelling.

use super::*;

/// The verdict on source name token `t` whose nearest target word is `own`'s token `i`:
/// a `misspelt` finding, or none when the difference is the target
/// language's own spelling, a case ending, a derived word or another name.
pub(super) fn misspelling(
    pair: &PairView,
    cx: &Context,
    phrase: &NamePhrase,
    t: &names::NameToken,
    own: &Side,
    i: usize,
    links: &links::Target,
) -> Option<Finding> {
    let src = pair.source;
    let tt = &own.toks[i];
    // The same word in the target language's spelling ("Omicron" /
    // "Omikron", "Sophia" / "Sofia"): respelt, not misspelt. A doubled
    // letter lost is a misspelling ("Bennett" / "Bennet").
    let respelt = respelt_key;
    // The target's case ending taken off first ("Tereščenkovi", the
    // dative of "Tereshchenko").
    let respelt_stem = || {
        let written = tt.text.to_lowercase();
        words::list(cx.target_lang, "name-endings").iter().any(|e| {
            written
                .strip_suffix(e)
                .is_some_and(|stem| !stem.is_empty() && respelt(stem) == respelt(&t.text))
        })
    };
    if respelt(&t.text) == respelt(tt.text)
        || respelt_stem()
        || own_spellings(&t.text, src.lang.lang, tt.text, cx.target_lang)
        // A place's name by the spelling rules of either language
        // ("Mecklemburgo"); a person's name keeps its letters
        // ("Russell", not "Rusell").
        || (!person_like(phrase)
            && respelt_by_rule(&t.text, src.lang.lang, tt.text, cx.target_lang))
        || compound_with_name(&t.text, tt.text, cx.target_lang)
        // A name from Cyrillic, romanised by each language's rules
        // ("Sheremetyev" / "Sheremetev", "Khodorkovsky" / "Jodorkovski").
        || romanised_alike(&t.text, src.lang.lang, tt.text, cx.target_lang)
        || translated_last_part(&t.text, src.lang.lang, tt.text, cx.target_lang)
        || derived_from_name(&t.text, tt.text, cx.target_lang)
        || derived_from_name(tt.text, &t.text, src.lang.lang)
        // The word came through translated elsewhere in the target
        // ("Saxon" / "sächsische" beside a kept "Silicon Saxony"): the
        // near form is another name.
        || links.translated(&t.text, src.lang.lang)
        // A word the target language's dictionary has, as its nouns or
        // common words are written ("Britin", a British woman, beside
        // "Britain"): another word, not the name misspelt.
        || dictionary_word(tt.text, cx.target_lang, cx)
    {
        return None;
    }
    Some(
        Finding::new(
            DOC.id,
            "misspelt",
            Severity::Major,
            format!("\"{}\" is misspelt as \"{}\"", t.text, tt.text),
        )
        .confidence(0.8)
        .target(own.doc.span(tt.range.clone()))
        .source(src.span(t.range.clone()))
        .evidence(format!(
            "edit distance {}",
            strsim::levenshtein(&names::key(&t.text), tt.key)
        )),
    )
}
