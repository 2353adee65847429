//! Names the hand-written tables give (`features.txt`, `bodies.txt`): a
//! body or a feature replaced by another of its kind.

use super::*;

/// The kinds of the hand-written tables' ids (`features.txt`, `bodies.txt`:
/// `river-elbe`, `body-who`).
const TABLE_KINDS: &[&str] = &[
    "body", "city", "gulf", "island", "mount", "ocean", "pass", "region", "river", "sea", "strait",
];

/// The kind of a hand-written table's id ("body" of "body-who").
fn table_kind(place: Place) -> Option<&'static str> {
    let (kind, _) = place.0.split_once('-')?;
    TABLE_KINDS.iter().copied().find(|k| *k == kind)
}

/// A body or a feature of the tables that the source names by words that
/// need not come through (no strong word: judged by nothing else), which the
/// translation does not name, where the translation names another of its
/// kind the source does not ("The World Health Organization" / "La OTAN",
/// "die Ostsee" / "the North Sea"): a name replaced.
pub(super) fn table_name_replaced(
    pair: &PairView,
    phrase: &NamePhrase,
    src: &Side,
    tgt: &Side,
) -> Option<Finding> {
    // A phrase with a strong word had its full judgement.
    if phrase.strong().next().is_some() {
        return None;
    }
    let place = phrase.tokens.iter().find_map(|t| t.exonym.or(t.place))?;
    let kind = table_kind(place)?;
    if names_place(place, tgt) {
        return None;
    }
    let other = tgt.places().iter().find(|p| {
        table_kind(**p) == Some(kind)
            && !src.places().contains(p)
            && !in_elided_compound(&pair.source.text, src.lang, **p)
    })?;
    let text = &pair.source.text[phrase.range.clone()];
    Some(
        Finding::new(
            DOC.id,
            "missing",
            Severity::Major,
            format!("the name \"{text}\" has no counterpart in the translation"),
        )
        .confidence(0.7)
        .source(pair.source.span(phrase.range.clone()))
        .evidence(format!(
            "the translation names another {kind} ({}) the source does not",
            other.0
        )),
    )
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
