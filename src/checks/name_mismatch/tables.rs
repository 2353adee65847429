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
    let other = tgt
        .places()
        .iter()
        .find(|p| table_kind(**p) == Some(kind) && !src.places().contains(p))?;
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
