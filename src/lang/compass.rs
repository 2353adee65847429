//! The points of the compass each language names, and by which words
//! (`data/lang/<code>/compass-points.txt`): "Occidental", "Zachodniej",
//! "Західну" and "West" all name the west.

use super::{words, Lang};
use crate::document::fold_diacritics;
use std::sync::OnceLock;

/// One form of a table: the points it names (a bit each), the form with its
/// diacritics folded, and whether any ending may follow it (`*`).
type Form = (u8, String, bool);

/// The points of the compass, in the order of their bits.
const POINTS: [&str; 4] = ["north", "south", "east", "west"];

/// `lang`'s table, read once.
fn table(lang: Lang) -> &'static [Form] {
    static TABLES: OnceLock<Vec<Vec<Form>>> = OnceLock::new();
    let tables = TABLES.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&l| {
                let mut forms = Vec::new();
                for line in words::lines(l, "compass-points") {
                    let mut fields = line.split_whitespace();
                    let Some(bit) = fields
                        .next()
                        .and_then(|p| POINTS.iter().position(|&q| q == p))
                    else {
                        continue;
                    };
                    for form in fields {
                        let (form, stem) = match form.strip_suffix('*') {
                            Some(s) => (s, true),
                            None => (form, false),
                        };
                        forms.push((1 << bit, fold_diacritics(form), stem));
                    }
                }
                forms
            })
            .collect()
    });
    Lang::ALL
        .iter()
        .position(|&l| l == lang)
        .map_or(&[], |i| tables[i].as_slice())
}

/// The points `word` names in `lang`, a bit each (none: 0): a form of the
/// table as written, or a word opening with a form marked `*`.
pub fn points(lang: Lang, word: &str) -> u8 {
    let w = fold_diacritics(word);
    table(lang)
        .iter()
        .filter(|(_, form, stem)| {
            if *stem {
                w.starts_with(form.as_str())
            } else {
                w == *form
            }
        })
        .fold(0, |m, (p, ..)| m | p)
}

/// The points `word` names as a point alone ("Sur", "Norden", "West"), not
/// as a longer word opening with one ("Westfalen", "Sudán"): a form as
/// written, or the opening of a `*` form by itself.
pub fn point_alone(lang: Lang, word: &str) -> u8 {
    let w = fold_diacritics(word);
    table(lang)
        .iter()
        .filter(|(_, form, _)| w == *form)
        .fold(0, |m, (p, ..)| m | p)
}

/// Whether `text`, in `lang`, names one of the points of `mask`: one of its
/// words does ("Westafrika", "West", "západní"); in a language written
/// without spaces, a form anywhere in it (西非).
pub fn named_in(lang: Lang, text: &str, mask: u8) -> bool {
    if mask == 0 {
        return false;
    }
    if matches!(lang, Lang::Zh | Lang::Ja) {
        return table(lang)
            .iter()
            .any(|(p, form, _)| p & mask != 0 && text.contains(form.as_str()));
    }
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| points(lang, w) & mask != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjectives_and_nouns_name_their_point() {
        assert_eq!(points(Lang::Es, "Occidental"), points(Lang::En, "West"));
        assert_eq!(points(Lang::Pl, "Zachodniej"), points(Lang::En, "western"));
        assert_eq!(points(Lang::Uk, "Західну"), points(Lang::De, "Westafrika"));
        assert_eq!(points(Lang::Cs, "Jižní"), points(Lang::It, "meridionale"));
        assert_ne!(points(Lang::Fr, "Est"), points(Lang::Fr, "Ouest"));
        assert_eq!(points(Lang::Es, "Estado"), 0);
        assert_eq!(points(Lang::Fr, "estimer"), 0);
        assert_eq!(points(Lang::Hi, "West"), 0);
    }

    #[test]
    fn a_point_alone_is_not_a_word_opening_with_it() {
        assert_ne!(point_alone(Lang::De, "Norden"), 0);
        assert_ne!(point_alone(Lang::Es, "Sur"), 0);
        assert_eq!(point_alone(Lang::De, "Westfalen"), 0);
        assert_eq!(point_alone(Lang::Es, "Sudán"), 0);
    }

    #[test]
    fn texts_name_points_in_words_or_characters() {
        let west = points(Lang::En, "West");
        assert!(named_in(Lang::De, "Die Dürre traf Westafrika.", west));
        assert!(named_in(Lang::Zh, "干旱袭击了西非。", west));
        assert!(!named_in(Lang::Fr, "L'Afrique de l'Est.", west));
    }
}
