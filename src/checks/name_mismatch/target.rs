//! The verdict on a target name the source lacks: added, or explained by the source.

use super::*;

/// A target name with nothing behind it in the source.
/// A target name with nothing behind it in the source.
pub(super) struct Added {
    pub(super) finding: Finding,
    /// Whether it is reported without a missing source name to pair it with:
    /// a word of it says "name" by itself (see `ADDED_MAX_ZIPF`).
    pub(super) alone: bool,
}

pub(super) fn judge_target(
    pair: &PairView,
    cx: &Context,
    phrase: &NamePhrase,
    src: &Side,
    max_zipf: f32,
) -> Option<Added> {
    let tgt = pair.target;
    let text = &tgt.text[phrase.range.clone()];
    if cx
        .config
        .glossary
        .values()
        .flatten()
        .any(|f| fold(text).contains(&fold(f)))
        || cx.config.keeps(text)
    {
        return None;
    }
    let tlang = cx.target_lang;
    let unexplained: Vec<&names::NameToken> = phrase
        .strong()
        .filter(|t| {
            // Acronyms in the target are often expansions or translations
            // ("PLN", "UAE"); common words are caught from the source side.
            if names::is_acronym(&t.text) {
                return !acronym_explained(&t.text, tlang, src);
            }
            let known_name = known_name(t, tgt, tlang);
            let z = lexicon::zipf(tlang, &t.text).unwrap_or(0.0);
            if z >= max_zipf && !known_name {
                return false;
            }
            // A capital at the start of a sentence says nothing, unless the
            // word is one English writes only as a name ("Obama", "Boeing"),
            // or an unknown word opening a run of names none of which the
            // source has ("Valvo Semilarski"; not "Volcanologist Giulia
            // Ferrara", where the unknown word translates a source word
            // before a name that came through).
            let unknown_run = z == 0.0
                && phrase.strong().count() >= 2
                && phrase
                    .strong()
                    .all(|u| u.range == t.range || !explained(u, tlang, src));
            if phrase.sentence_initial
                && t.range.start == phrase.range.start
                && !known_name
                && !unknown_run
            {
                return false;
            }
            !explained(t, tlang, src)
        })
        .collect();
    if unexplained.is_empty() {
        return None;
    }
    let alone = unexplained.iter().any(|t| {
        names::is_acronym(&t.text)
            || lexicon::zipf(tlang, &t.text).unwrap_or(0.0) < ADDED_MAX_ZIPF
            || english_name(t, tgt, tlang)
    });
    let span = tgt.span(unexplained[0].range.start..unexplained[unexplained.len() - 1].range.end);
    Some(Added {
        finding: Finding::new(
            DOC.id,
            "added",
            Severity::Minor,
            format!("\"{}\" has no counterpart in the source", span.text),
        )
        .confidence(0.5)
        .target(span),
        alone,
    })
}

/// A target word English writes only as a name ("Obama"), or a place of the
/// tables ("Corpus Christi"): a name whatever its frequency.
pub(super) fn known_name(t: &names::NameToken, doc: &Document, tlang: Lang) -> bool {
    english_name(t, doc, tlang) || t.place.is_some() || t.exonym.is_some()
}

/// A target word English writes only as a name, used as one (see
/// `english::is_proper_noun_before`).
pub(super) fn english_name(t: &names::NameToken, doc: &Document, tlang: Lang) -> bool {
    let next: &str = doc.text[t.range.end..]
        .trim_start_matches(' ')
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    tlang == Lang::En && names::english::is_proper_noun_before(&t.text, next)
}

/// A target acronym this common (Zipf) in its language abbreviates a common
/// noun a translation may use for a source word ("TV" 5.2, "ID" 4.6, "CEO"
/// 4.5, "DNA" 4.5), not a name.
pub const ADDED_ACRONYM_MAX_ZIPF: f32 = 4.3;

/// Whether a target acronym has something behind it in the source: itself,
/// its letters, its words (see `find`), a place the source names ("UK" for
/// "Reino Unido"), a currency ("PLN" for "zł"), or — an acronym being often
/// a translation of another ("BIP" → "GDP") or of an institution's name —
/// any acronym of the source or any run of capitalised words inside a
/// source sentence.
pub(super) fn acronym_explained(word: &str, tlang: Lang, src: &Side) -> bool {
    let body = word
        .strip_suffix('s')
        .filter(|b| names::is_acronym(b))
        .unwrap_or(word);
    find(body, tlang, src).is_some()
        || crate::numbers::extract::is_currency_code(body)
        || lexicon::zipf(tlang, body).unwrap_or(0.0) >= ADDED_ACRONYM_MAX_ZIPF
        || places::lookup(tlang, body, places::ANY)
            .into_iter()
            .any(|p| names_place(p, src))
        || src.toks.iter().any(|t| names::is_acronym(t.text))
        || written_out(src).is_some()
        || spelt_in_devanagari(body, src)
        // A Roman numeral the source writes as a number ("XXI secolo" for
        // "the 21st century").
        || src
            .paras
            .iter()
            .any(|p| super::token::numeral_carried(body, &src.doc.text[p.range()], src.lang))
}

/// English letters as Hindi writes their names ("NSA" = "एन.एस.ए.").
pub(super) const DEVANAGARI_LETTER_NAMES: [&str; 26] = [
    "ए",
    "बी",
    "सी",
    "डी",
    "ई",
    "एफ",
    "जी",
    "एच",
    "आई",
    "जे",
    "के",
    "एल",
    "एम",
    "एन",
    "ओ",
    "पी",
    "क्यू",
    "आर",
    "एस",
    "टी",
    "यू",
    "वी",
    "डब्ल्यू",
    "एक्स",
    "वाई",
    "जेड",
];

/// A Hindi source writes a Latin acronym by its letters' names, with or
/// without full stops: "एन.एस.ए." / "एनएसए" for "NSA".
pub(super) fn spelt_in_devanagari(acronym: &str, src: &Side) -> bool {
    if src.lang.script() != Script::Devanagari {
        return false;
    }
    let mut spelt = String::new();
    for c in acronym.chars() {
        match DEVANAGARI_LETTER_NAMES.get((c as usize).wrapping_sub('A' as usize)) {
            Some(name) if c.is_ascii_uppercase() => spelt.push_str(name),
            _ => return false,
        }
    }
    let text: String = src
        .paras
        .iter()
        .map(|p| devanagari_key(&src.doc.text[p.range()]).replace('.', ""))
        .collect();
    text.contains(&devanagari_key(&spelt))
}

/// One-character forms Chinese and Japanese news use for the countries they
/// name most (`俄总统` "the Russian president", `米国` "the United States",
/// `訪中` "visit to China", `南欧` "southern Europe"); CLDR lists only the
/// full names. Read in a Chinese or Japanese text on either side. A
/// character that also occurs in other words (中, 日) only makes the check
/// quieter.
pub(super) const CJK_COUNTRY_ABBREVIATIONS: &[(char, &str)] = &[
    ('美', "US"),
    ('米', "US"),
    ('俄', "RU"),
    ('露', "RU"),
    ('中', "CN"),
    ('华', "CN"),
    ('華', "CN"),
    ('日', "JP"),
    ('英', "GB"),
    ('法', "FR"),
    ('仏', "FR"),
    ('德', "DE"),
    ('独', "DE"),
    ('韩', "KR"),
    ('韓', "KR"),
    ('朝', "KP"),
    ('印', "IN"),
    ('澳', "AU"),
    ('豪', "AU"),
    // Europe, alone ("欧州", "南欧") or with America ("欧米", "欧美").
    ('欧', "150"),
];

/// The characters of [`CJK_COUNTRY_ABBREVIATIONS`] that seldom stand for
/// anything but their country (not 日 of every date, 米 the metre or rice,
/// 法 the law).
const UNAMBIGUOUS_COUNTRY_CHARACTERS: &str = "欧俄露韩韓";

/// The one-character forms of `place` ([`CJK_COUNTRY_ABBREVIATIONS`]): all
/// of them, or only those that seldom mean anything else.
pub(super) fn country_characters(
    place: Place,
    unambiguous_only: bool,
) -> impl Iterator<Item = char> {
    CJK_COUNTRY_ABBREVIATIONS
        .iter()
        .filter(move |&&(c, code)| {
            code == place.0 && (!unambiguous_only || UNAMBIGUOUS_COUNTRY_CHARACTERS.contains(c))
        })
        .map(|&(c, _)| c)
}

/// A Chinese or Japanese source writes a country, region or city with the
/// characters CLDR lists for it, so a place in the target that the source does
/// not name came from nowhere ("the rivers in Chongqing" → "in the Finnish
/// Gulf"). Person names cannot be checked this way: they are written in
/// characters no table maps to their English spelling.
pub(super) fn added_place(pair: &PairView, phrase: &NamePhrase, src: &Side) -> Option<Finding> {
    let src_text = pair.source_text();
    let abbreviated = |p: Place| country_characters(p, false).any(|c| src_text.contains(c));
    let t = phrase.tokens.iter().find(|t| {
        t.place.is_some_and(|p| {
            !names_place(p, src) && !abbreviated(p) && !places::speaks(p, src.lang)
        }) && !(src.lang.script() == Script::Devanagari && explained(t, pair.target.lang.lang, src))
            && !(phrase.sentence_initial
                && t.range.start == phrase.range.start
                && t.place.is_none())
            && find(&t.text, pair.target.lang.lang, src).is_none()
            && !src.latin.contains(&translit::latin(&t.text))
    })?;
    let span = pair.target.span(phrase.range.clone());
    Some(
        Finding::new(
            DOC.id,
            "added",
            Severity::Minor,
            format!("the place \"{}\" is not named in the source", t.text),
        )
        .confidence(0.5)
        .target(span),
    )
}

/// Kinds of rows that give a place's own name (not the language or
/// adjective English writes like it: "Czech", "French").
pub(super) const PLACE_NAME_KINDS: &[PlaceKind] = &[
    PlaceKind::Region,
    PlaceKind::City,
    PlaceKind::Alias,
    PlaceKind::Geo,
    PlaceKind::Subdivision,
];

/// Two spellings of one name differ in length by less than this ratio
/// ("Muhammad" / "Mohammed" 1.0, "Jiří" / "Jiřím" 0.8).
pub const VARIANT_MIN_LENGTH_RATIO: f64 = 0.6;

pub(super) fn explained(t: &names::NameToken, tlang: Lang, src: &Side) -> bool {
    if find(&t.text, tlang, src).is_some()
        || romanised_alike_in(&t.text, tlang, src)
        || src
            .paras
            .iter()
            .any(|p| code_carried(&t.text, &src.doc.text[p.range()]))
    {
        return true;
    }
    // A name with a possessive 's of its own in an English source (an
    // auction house's, a shop's: "Bewley's"), respelt with its s: the
    // target word without the s is the source's name.
    if src.lang == Lang::En && tlang.script() == Script::Cyrillic {
        let sk = translit::skeleton(&t.text);
        let owner = |s: &super::side::Tok| {
            let written = &src.doc.text[s.range.start..];
            let possessive = [format!("{}'s", s.text), format!("{}\u{2019}s", s.text)];
            possessive.iter().any(|p| written.starts_with(p.as_str()))
                && forms::skeletons_match(
                    &translit::skeleton(&format!("{}s", s.text)),
                    &sk,
                    SKELETON_MIN_CONSONANTS,
                )
        };
        if src.toks.iter().any(owner) {
            return true;
        }
    }
    // A Slavic adjective of a place the source names ("Джизакской" for
    // "Jizzakh", "krakowski" for "Kraków").
    if places::slavic_adjective_of(tlang, &t.text, places::ANY)
        .into_iter()
        .any(|p| names_place(p, src))
    {
        return true;
    }
    // A spelling variant of a source word ("Jiří" for "Jiřím", "Muhammad"
    // for "Mohammed"): not a name from nowhere. Lengths must be alike: a
    // short word sharing the first letters is no variant ("sei" /
    // "Semilarski" scores 0.81).
    let l = translit::latin(&t.text);
    let alike = |a: &str, b: &str| {
        let (x, y) = (a.chars().count(), b.chars().count());
        x.min(y) as f64 >= VARIANT_MIN_LENGTH_RATIO * x.max(y) as f64
    };
    if src.toks.iter().any(|s| {
        alike(&l, s.latin) && strsim::jaro_winkler(&l, s.latin) >= ADDED_VARIANT_SIMILARITY
    }) {
        return true;
    }
    // The same word as it sounds: a transliteration ("Pryce" / "Прайс") or a
    // cognate written with a capital in the target only ("Volcanology" /
    // "vulcanologia"), with the same first letter.
    // The target word is taken with and without a case ending of its
    // language ("Джуліаном" is "Julian" in the instrumental).
    // An ф may stand for the v German and Dutch say as f ("Фріс" / "Vries").
    let as_v = t
        .text
        .contains(['ф', 'Ф'])
        .then(|| t.text.replace('ф', "в").replace('Ф', "В"));
    let sks: Vec<String> = std::iter::once(t.text.as_str())
        .chain(as_v.as_deref())
        .flat_map(|w| translit::stems(w, tlang))
        .map(|w| translit::skeleton(&w))
        .filter(|sk| sk.chars().count() >= SKELETON_MIN_CONSONANTS)
        .collect();
    if !sks.is_empty()
        && src.toks.iter().zip(src.skeletons()).any(|(s, ss)| {
            same_initial(s.latin.chars().next(), l.chars().next())
                && sks
                    .iter()
                    .any(|sk| skeletons_match(sk, ss, SKELETON_MIN_CONSONANTS))
        })
    {
        return true;
    }
    if src.cjk() && src.latin.contains(&translit::latin(&t.text)) {
        return true;
    }
    // Devanagari in Latin letters loses the inherent vowel and the nasal
    // ("जाहिद" → "jhd", "फ्रांसिस्का" → "phrssk") and writes z as j: the
    // consonant skeletons (where z is already s) are compared by similarity
    // instead, with s, z and j as one sound.
    if src.lang.script() == Script::Devanagari {
        let sk = translit::skeleton(&t.text).replace(['z', 's'], "j");
        if src.skeletons().iter().any(|ss| {
            let ss = ss.replace(['z', 's'], "j");
            !ss.is_empty() && strsim::jaro_winkler(&sk, &ss) >= DEVANAGARI_SKELETON_SIMILARITY
        }) {
            return true;
        }
    }
    let mut ps: Vec<Place> = places::lookup(tlang, &t.text, places::ANY);
    ps.extend(t.place);
    ps.extend(t.exonym);
    // A part of a place written as one word ("Südeuropas", "Westafrikas")
    // names the place, which the source may call "southern Europe".
    if let Some(rest) = names::after_compass_prefix(&t.text, tlang) {
        ps.extend(places::lookup(tlang, &rest, places::ANY));
    }
    // A nationality adjective of a place ("Israeli", "Ukrainian"): the source
    // writes it lower-case, so it is not a name the source lacks. A place's
    // own name ("Moscow") is not its adjective.
    let own_name =
        t.place.is_some() || !places::lookup(tlang, &t.text, PLACE_NAME_KINDS).is_empty();
    if !own_name && !places::demonym_of(tlang, &t.text, places::ANY).is_empty() {
        return true;
    }
    ps.iter()
        .any(|&p| names_place(p, src) || places::speaks(p, src.lang))
}
