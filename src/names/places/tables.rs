//! A language's own tables of places (`data/lang/<code>/`): short forms,
//! features, bodies and terms, read once per language.

use super::*;

/// The short names of countries and regions a language writes beside
/// CLDR's (`data/lang/<code>/place-names.txt`: Japanese 米国 for the United
/// States, 欧州 for Europe). They tell that a text names the place; they are
/// not looked for as names in a source, where they open the names of bodies
/// a translation calls by their acronym (欧州中央銀行, the ECB).
pub fn short_forms(lang: Lang) -> impl Iterator<Item = (&'static str, Place)> {
    listed(lang, "place-names")
}

/// A row of a language's own tables (regions, demonyms, features, bodies).
pub(super) struct Listed {
    pub(super) key: String,
    pub(super) kind: PlaceKind,
    pub(super) place: Place,
    /// Written in capitals in the table (an acronym: "OMS"): it names the
    /// place only where the text writes it so, not a word of the same
    /// letters ("oms").
    pub(super) caps_only: bool,
    /// A short name's letters, or an adjective's written with accents,
    /// lower-cased with their accents (Italian "Cio" for the IOC): a word of
    /// the same letters but other accents is another word ("ciò", "this").
    short: Option<String>,
}

impl Listed {
    /// Whether the row is for `name` as the text writes it.
    pub(super) fn fits(&self, name: &str) -> bool {
        (!self.caps_only || in_capitals(name))
            && self
                .short
                .as_ref()
                .is_none_or(|s| *s == name.to_lowercase())
    }
}

/// Names this short are told apart by their accents too.
const SHORT_NAME_MAX_CHARS: usize = 4;

/// Whether `name` is written in capitals: two letters or more, none lower
/// case ("CIO", "EU-Kommission" is not).
fn in_capitals(name: &str) -> bool {
    name.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !name.chars().any(char::is_lowercase)
}

/// The rows of `lang`'s own tables (short forms as regions, demonyms,
/// features), by key, worked out once per language on its first use (a
/// feature's key asks the language's lexicon).
pub(super) fn listed_rows(lang: Lang) -> &'static [Listed] {
    type Rows = Vec<Listed>;
    static ROWS: std::sync::OnceLock<Vec<std::sync::OnceLock<Rows>>> = std::sync::OnceLock::new();
    per_language(&ROWS, lang, || {
        let row = |key: String, kind: PlaceKind, place: Place| Listed {
            key,
            kind,
            place,
            caps_only: false,
            short: None,
        };
        let regions = short_forms(lang).map(|(n, p)| row(key(n), PlaceKind::Region, p));
        // An adjective written with accents is told apart by them from a
        // word of the same letters: Spanish "galés" (Welsh) is not "Gales"
        // (Wales).
        let demonyms = listed(lang, "demonyms").map(|(n, p)| Listed {
            short: (crate::document::fold_diacritics(n) != n).then(|| n.to_lowercase()),
            ..row(key(n), PlaceKind::Demonym, p)
        });
        let features = feature_keys(lang).map(|(k, p, name)| Listed {
            caps_only: in_capitals(&name),
            short: (name.chars().count() <= SHORT_NAME_MAX_CHARS).then(|| name.to_lowercase()),
            ..row(k, PlaceKind::Feature, p)
        });
        regions.chain(demonyms).chain(features).collect()
    })
    .map_or(&[], Vec::as_slice)
}

/// [`listed_rows`] of `lang` by key: (key, index of the row), sorted, so
/// that an exact look-up bisects instead of reading every row.
pub(super) fn listed_index(lang: Lang) -> &'static [(&'static str, usize)] {
    type Index = Vec<(&'static str, usize)>;
    static CELLS: std::sync::OnceLock<Vec<std::sync::OnceLock<Index>>> = std::sync::OnceLock::new();
    per_language(&CELLS, lang, || {
        let mut index: Index = listed_rows(lang)
            .iter()
            .enumerate()
            .map(|(i, r)| (r.key.as_str(), i))
            .collect();
        index.sort_unstable();
        index
    })
    .map_or(&[], Vec::as_slice)
}

/// The value of `init` for `lang`, worked out once per language on its first
/// use and kept in `cells` (one cell per language of `Lang::ALL`).
pub(crate) fn per_language<T: Send + Sync>(
    cells: &'static std::sync::OnceLock<Vec<std::sync::OnceLock<T>>>,
    lang: Lang,
    init: impl FnOnce() -> T,
) -> Option<&'static T> {
    let cells = cells.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|_| std::sync::OnceLock::new())
            .collect()
    });
    let i = Lang::ALL.iter().position(|&l| l == lang)?;
    Some(cells[i].get_or_init(init))
}

/// The keys of `lang`'s geographic features (`features.txt`), each name's
/// and, for a name of several words some in lower case ("mer Baltique",
/// "Baltské moře"), that of its capitalised words, which stand for it in a
/// text ("la Baltique", "Baltského"), unless they are a common word of the
/// language ("Negro" of "mar Negro", "Чорне" of "Чорне море").
fn feature_keys(lang: Lang) -> impl Iterator<Item = (String, Place, String)> {
    feature_names(lang).flat_map(move |(name, p)| {
        let mut out = vec![(key(name), p, name.to_string())];
        let words: Vec<&str> = name.split(' ').collect();
        let capitalised: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .collect();
        if words.len() > 1 && !capitalised.is_empty() && capitalised.len() < words.len() {
            let part = capitalised.join(" ");
            let k = key(&part);
            if k.chars().count() >= FEATURE_PART_MIN_CHARS
                && crate::names::lexicon::zipf_any_form(lang, &part) < FEATURE_PART_MAX_ZIPF
            {
                out.push((k, p, part));
            }
        }
        out
    })
}

/// Shortest capitalised part of a feature's name that stands for it.
const FEATURE_PART_MIN_CHARS: usize = 4;

/// A capitalised part this common in the language is a word ("Negro",
/// "Чорне"), not the feature's name.
const FEATURE_PART_MAX_ZIPF: f32 = 3.5;

/// The names of `lang`'s geographic features (`features.txt`), also for
/// scanning texts without word spaces or capitals.
pub fn feature_names(lang: Lang) -> impl Iterator<Item = (&'static str, Place)> {
    listed(lang, "features")
        .chain(listed(lang, "bodies"))
        .chain(listed(lang, "terms"))
}

/// The names `lang`'s own tables give `place` (features, bodies, terms), in
/// file order, and the forms `bodies.txt` and `terms.txt` mark `~`; indexed
/// once per language, as the name check asks for one place's names at every
/// name it does not find.
pub fn feature_names_of(lang: Lang, place: Place) -> &'static [&'static str] {
    type Index = foldhash::HashMap<Place, Vec<&'static str>>;
    static CELLS: std::sync::OnceLock<Vec<std::sync::OnceLock<Index>>> = std::sync::OnceLock::new();
    per_language(&CELLS, lang, || {
        let mut index = Index::default();
        for (name, p) in feature_names(lang).chain(body_forms(lang)) {
            index.entry(p).or_default().push(name);
        }
        index
    })
    .and_then(|index| index.get(&place))
    .map_or(&[], Vec::as_slice)
}

/// The names of `lang`'s own tables (features, bodies, terms) that open on a
/// capitalised word and go on with a word in lower case ("Estados
/// miembros", "Stati membri", "Parlamento europeo"): a capitalised run of a
/// text stops before that word, and names the table's place only with it.
pub fn names_going_on_in_lower_case(lang: Lang) -> &'static [(&'static str, Place)] {
    type Names = Vec<(&'static str, Place)>;
    static CELLS: std::sync::OnceLock<Vec<std::sync::OnceLock<Names>>> = std::sync::OnceLock::new();
    per_language(&CELLS, lang, || {
        feature_names(lang)
            .filter(|(n, _)| {
                n.chars().next().is_some_and(char::is_uppercase)
                    && n.split(' ')
                        .skip(1)
                        .any(|w| w.chars().next().is_some_and(char::is_lowercase))
            })
            .collect()
    })
    .map_or(&[], Vec::as_slice)
}

/// The `name CODE` lines of `lang`'s table of `kind` (the name may have
/// spaces: "South African ZA"), without the forms marked `~`.
fn listed(lang: Lang, kind: &str) -> impl Iterator<Item = (&'static str, Place)> {
    marked_rows(lang, kind).filter_map(|(form, row)| (!form).then_some(row))
}

/// Marks a line of `bodies.txt` or `terms.txt` that gives a common noun a
/// text also names the body or the term by ("this House", "quest'Aula" for a
/// parliament; "pequeñas y medianas empresas" for SMEs).
const BODY_FORM_MARK: char = '~';

/// The forms of bodies and terms marked `~` in `lang`'s `bodies.txt` and
/// `terms.txt`: read when asking whether a text names the body or the term,
/// never to make a word of a text a name (a German `Haus` is a house, and
/// "small businesses" are words).
fn body_forms(lang: Lang) -> impl Iterator<Item = (&'static str, Place)> {
    marked_rows(lang, "bodies")
        .chain(marked_rows(lang, "terms"))
        .filter_map(|(form, row)| form.then_some(row))
}

/// Every `name CODE` line of `lang`'s table of `kind`, with whether it is a
/// form marked `~` (the mark taken off the name).
fn marked_rows(lang: Lang, kind: &str) -> impl Iterator<Item = (bool, (&'static str, Place))> {
    crate::lang::words::lines(lang, kind)
        .iter()
        .filter_map(|line| {
            let (form, line) = match line.strip_prefix(BODY_FORM_MARK) {
                Some(rest) => (true, rest),
                None => (false, *line),
            };
            let (name, code) = line.trim().rsplit_once(' ')?;
            Some((form, (name, Place(code))))
        })
}
