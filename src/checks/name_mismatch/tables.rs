//! Names the hand-written tables give (`features.txt`, `bodies.txt`,
//! `terms.txt`): a body or a feature replaced by another of its kind, a body
//! the translation names in no form, and the forms a table name takes in a
//! text (compound parts, coordinations, a part of a longer name).

use super::*;

/// The kinds of the hand-written tables' ids (`features.txt`, `bodies.txt`:
/// `river-elbe`, `body-who`).
const TABLE_KINDS: &[&str] = &[
    "body", "city", "gulf", "island", "lake", "mount", "ocean", "pass", "region", "river", "sea",
    "strait",
];

/// The kind of a hand-written table's id ("body" of "body-who").
fn table_kind(place: Place) -> Option<&'static str> {
    let (kind, _) = place.0.split_once('-')?;
    TABLE_KINDS.iter().copied().find(|k| *k == kind)
}

/// A body or a feature of the tables that the source names by words that
/// need not come through (no strong word: judged by nothing else), which the
/// translation does not name: where the translation names another of its
/// kind the source does not ("The World Health Organization" / "La OTAN",
/// "die Ostsee" / "the North Sea"), a name replaced; a body the translation
/// names in no form at all ("the Council" / "mit dem Übereinstimmung"), a
/// name lost.
pub(super) fn table_name_replaced(
    pair: &PairView,
    phrase: &NamePhrase,
    src: &Side,
    tgt: &Side,
) -> Option<Finding> {
    let place = phrase.tokens.iter().find_map(|t| t.exonym.or(t.place))?;
    let kind = table_kind(place)?;
    // A sentence's first word that is one of its language's commonest words
    // (Russian "По", by, spelt as the river Po) is that word, not a body or a
    // feature of the tables.
    if phrase.sentence_initial
        && phrase.tokens.len() == 1
        && lexicon::zipf(pair.source.lang.lang, &phrase.tokens[0].text).unwrap_or(0.0)
            >= names::FUNCTION_WORD_MIN_ZIPF
    {
        return None;
    }
    // A phrase with a strong word had its full judgement, unless it is a
    // body's bare name of one common word, strong as a word both languages
    // write ("Parlamento" in Spanish and Italian) and let through there as
    // a descriptive name: the body is asked for here. (A name of several
    // words keeps that judgement: its inflected forms across scripts are
    // read there, "Світову продовольчу програму".)
    let bare_body = kind == "body"
        && phrase.tokens.len() == 1
        && lexicon::zipf(pair.source.lang.lang, &phrase.tokens[0].text).unwrap_or(0.0)
            >= names::NAME_MAX_ZIPF;
    if phrase.strong().next().is_some() && !bare_body {
        return None;
    }
    // A longer name that only begins or ends with the table's ("la Comisión
    // de Transportes", a committee; "the Economic Commission") is not the
    // table's body or feature.
    // (A sentence's first word may be an article: "The World Health
    // Organization".)
    let article = |t: &names::NameToken| {
        lexicon::zipf(pair.source.lang.lang, &t.text).unwrap_or(0.0) >= ARTICLE_MIN_ZIPF
    };
    // Nor is a sentence's first word joined to the name by a particle
    // ("Chiediamo al Consiglio"): the sentence's capital, not a name's.
    let joined = |i: usize| {
        phrase
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.strength == Strength::Joiner)
    };
    let longer = phrase.tokens.iter().enumerate().any(|(i, t)| {
        !(i == 0 && phrase.sentence_initial && (article(t) || joined(i)))
            && t.strength != Strength::Joiner
            && t.exonym.or(t.place) != Some(place)
            && t.text.chars().next().is_some_and(char::is_uppercase)
    });
    let elided = || {
        tgt.paras
            .iter()
            .any(|p| in_elided_compound(&tgt.doc.text[p.range()], tgt.lang, place))
    };
    let bare_word = (phrase.tokens.len() == 1).then(|| phrase.tokens[0].text.as_str());
    if longer
        || bare_word.is_some_and(|w| {
            // A bare word named again after a longer name ending in it,
            // unless the translation names the table's body anywhere ("the
            // Ecofin Council" / "el Consejo Ecofin": the body itself).
            short_for_a_longer_name(&pair.source.text[..phrase.range.start], w, src.lang)
                && !places::feature_names_of(tgt.lang, place)
                    .iter()
                    .any(|n| tgt.doc.text.contains(n))
        })
        || continues_as_longer_name(&pair.source.text[phrase.range.end..], pair.source.lang.lang)
        || names_place(place, tgt)
        || in_target_compound(place, tgt)
        || elided()
    {
        return None;
    }
    let other = tgt.places().iter().find(|p| {
        table_kind(**p) == Some(kind)
            && !src.places().contains(p)
            && !in_elided_compound(&pair.source.text, src.lang, **p)
    });
    let evidence = match other {
        Some(other) => format!(
            "the translation names another {kind} ({}) the source does not",
            other.0
        ),
        None if kind == "body" => {
            format!("the translation names this {kind} ({}) in no form", place.0)
        }
        None => return None,
    };
    // The words that name the body or feature, without a sentence's first
    // word joined to them ("Chiediamo al Consiglio").
    let mut named = phrase
        .tokens
        .iter()
        .filter(|t| t.exonym.or(t.place) == Some(place));
    let range = match (named.next(), named.next_back()) {
        (Some(a), Some(b)) => a.range.start..b.range.end,
        (Some(a), None) => a.range.clone(),
        _ => phrase.range.clone(),
    };
    let text = &pair.source.text[range.clone()];
    Some(
        Finding::new(
            DOC.id,
            "missing",
            Severity::Major,
            format!("the name \"{text}\" has no counterpart in the translation"),
        )
        .confidence(if other.is_some() { 0.7 } else { 0.6 })
        .source(pair.source.span(range))
        .evidence(evidence),
    )
}

/// Whether the words at `range` of `doc` stand inside a name of its
/// language's tables of several words (a body, a feature) that `other`, the
/// other side, names: the phrase is a part of that name, which came through
/// as a whole ("Reconstruction" of "European Bank for Reconstruction and
/// Development", "Constance" of "Lake Constance" opening a sentence).
pub(super) fn in_table_name_named(doc: &Document, range: Range<usize>, other: &Side) -> bool {
    let para = doc
        .paragraphs
        .iter()
        .find(|p| p.start <= range.start && range.end <= p.end);
    let Some(para) = para else { return false };
    let text = &doc.text[para.range()];
    let (start, end) = (range.start - para.start, range.end - para.start);
    places::feature_names(doc.lang.lang)
        .filter(|(n, _)| n.contains(' ') && n.len() > end - start)
        .any(|(n, place)| {
            text.match_indices(n)
                .any(|(i, _)| i <= start && end <= i + n.len())
                && names_place(place, other)
        })
}

/// Whether the text after a name goes on with short lower-case words and
/// then a capital, as a longer name does ("la Commissione per i Bilanci", a
/// committee; "the Commission for Human Rights"). A language that lists its
/// links (`name-links.txt`: German, which capitalises every noun, so that a
/// capital after any short word says nothing) takes only those.
fn continues_as_longer_name(after: &str, lang: Lang) -> bool {
    let links_of_lang = words::list(lang, "name-links");
    /// Most lower-case words between the name and the capital.
    const LINK_MAX_WORDS: usize = 3;
    /// Longest lower-case word taken for a link ("per", "des", "for").
    const LINK_MAX_CHARS: usize = 4;
    for (links, w) in after.split_whitespace().enumerate() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        if w.starts_with(char::is_uppercase) {
            return links > 0;
        }
        if links == LINK_MAX_WORDS
            || w.is_empty()
            || (!links_of_lang.is_empty() && links_of_lang.binary_search(&w).is_err())
            || w.chars().count() > LINK_MAX_CHARS
            || !w.chars().all(|c| c.is_lowercase() || c == '\'' || c == '’')
        {
            return false;
        }
    }
    false
}

/// Whether a body's bare name of one word ("Council", "Parliament") stands
/// in `text`, the document before it, at the end of a longer name, after a
/// capitalised word that is no article ("the City of Glasgow Council"): the
/// bare word then refers back to that body, as English names one on second
/// mention, not to the table's.
fn short_for_a_longer_name(text: &str, word: &str, lang: Lang) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let end = at + word.len();
        if text[end..].starts_with(char::is_alphanumeric) {
            return false;
        }
        let before = text[..at].trim_end_matches(' ');
        if before.len() == text[..at].len() {
            // Glued to the word before: part of another word.
            return false;
        }
        let prev = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        // A capital opening a sentence is a name's only if the word is not
        // an article or the like ("The Council").
        let opens_sentence = before[..before.len() - prev.len()]
            .trim_end()
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '"' | '“' | '«' | '(' | '[' | '\n'));
        // A body of the tables itself ("the European Council") is not the
        // name the bare word stands for: texts that name both tell them apart.
        let tabled = || {
            let longer = format!("{prev} {word}");
            places::feature_names(lang).any(|(n, _)| n == longer)
        };
        let lower = prev.to_lowercase();
        let article = words::is_determiner(lang, &lower)
            || (opens_sentence && lexicon::zipf(lang, &lower).unwrap_or(0.0) >= ARTICLE_MIN_ZIPF);
        prev.starts_with(char::is_uppercase) && !article && !tabled()
    })
}

/// A word opening a sentence this common (Zipf) is an article or the like
/// ("The" 7.7, "La" 7.1), not a word of a longer name.
const ARTICLE_MIN_ZIPF: f32 = 6.5;

/// Whether the translation, in a language that writes compounds, names
/// `place` as the first or last part of one ("Strukturfondsprogramm",
/// "EU-Kommission"): a one-word name of the place's own, at least
/// `COMPOUND_PART_MIN_CHARS` letters, that a longer word starts or ends with.
fn in_target_compound(place: Place, tgt: &Side) -> bool {
    const COMPOUND_PART_MIN_CHARS: usize = 5;
    if !tgt.lang.writes_compounds() {
        return false;
    }
    /// A short name opens a compound with the linking s ("Ratspräsident",
    /// "Parlamentsdebatte"), before a word of this many letters at least.
    const LINKED_REST_MIN_CHARS: usize = 5;
    let parts: Vec<String> = places::feature_names_of(tgt.lang, place)
        .iter()
        .filter(|n| !n.contains(' ') && n.chars().count() >= translit::MIN_STEM_CHARS)
        .map(|n| fold(n))
        .collect();
    !parts.is_empty()
        && tgt.folded_toks().iter().any(|w| {
            parts.iter().any(|n| {
                let long = n.chars().count() >= COMPOUND_PART_MIN_CHARS;
                (long
                    && w.len() > n.len()
                    && (w.starts_with(n.as_str()) || w.ends_with(n.as_str())))
                    || w.strip_prefix(n.as_str()).is_some_and(|rest| {
                        rest.strip_prefix('s')
                            .is_some_and(|r| r.chars().count() >= LINKED_REST_MIN_CHARS)
                    })
            })
        })
}

/// Whether `text` names `place` in a compound whose last part it leaves to
/// the next word, as German, Dutch and Czech write two compounds that share
/// it ("Struktur- und Kohäsionsfonds" is "Strukturfonds und
/// Kohäsionsfonds"): the first part, completed with an ending of the next
/// word, is one of the place's names.
fn in_elided_compound(text: &str, lang: Lang, place: Place) -> bool {
    /// Fewest letters of the shared last part.
    const SHARED_MIN_CHARS: usize = 3;
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(3).any(|w| {
        let Some(first) = w[0].strip_suffix('-') else {
            return false;
        };
        let next = w[2].trim_end_matches(|c: char| !c.is_alphanumeric());
        if first.is_empty() || !w[1].chars().all(char::is_lowercase) {
            return false;
        }
        let chars: Vec<(usize, char)> = next.char_indices().collect();
        (1..chars.len().saturating_sub(SHARED_MIN_CHARS - 1)).any(|k| {
            let shared = &next[chars[k].0..];
            places::lookup(lang, &format!("{first}{shared}"), places::ANY).contains(&place)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_longer_name_goes_on_after_short_links() {
        assert!(continues_as_longer_name(
            " per i Bilanci ha chiesto",
            Lang::It
        ));
        assert!(continues_as_longer_name(" for Human Rights said", Lang::En));
        assert!(continues_as_longer_name(
            " für Landwirtschaft tagt",
            Lang::De
        ));
        assert!(!continues_as_longer_name(" eine Frist setzt", Lang::De));
        assert!(!continues_as_longer_name(" bei der Reform", Lang::De));
        assert!(!continues_as_longer_name(
            " approved the plan on Monday",
            Lang::En
        ));
        assert!(!continues_as_longer_name(", Mr Smith said", Lang::En));
        // A capital right after the name is another name, not a longer one.
        assert!(!continues_as_longer_name(" Brussels office", Lang::En));
    }

    #[test]
    fn a_compound_sharing_its_last_part_with_the_next() {
        let north = Place("sea-north");
        let text = "Die Fangquoten für Nord- und Ostsee werden gesenkt.";
        assert!(in_elided_compound(text, Lang::De, north));
        // Without the hyphen there is no elided compound.
        let text = "Die Fangquoten für Nord und Ostsee werden gesenkt.";
        assert!(!in_elided_compound(text, Lang::De, north));
        assert!(!in_elided_compound(
            "Die Fangquoten für die Ostsee werden gesenkt.",
            Lang::De,
            north
        ));
    }
}
