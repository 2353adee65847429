//! Names in a text: extraction of name phrases (capitalised runs with their
//! particles, acronyms, place names found through the exonym table), and the
//! ways two name forms can be the same name (exact, case- and
//! diacritic-folded, inflected, exonym, transliterated). Used by the
//! `name-mismatch` check; no findings are made here.

/// Word frequencies for telling names from common words: the shared
/// wordfreq lexicons (`crate::lang::lexicon`), read with the floors this
/// module's thresholds were calibrated with.
pub mod lexicon {
    use crate::lang::lexicon::Lexicon;
    use crate::lang::Lang;

    /// Below this Zipf value a word counts as absent (a rare word or a name):
    /// English, the usual target and the language a source word is compared
    /// with, and German, which capitalises every noun, are read deeper.
    fn floor(lang: Lang) -> f32 {
        match lang {
            Lang::En | Lang::De => 2.5,
            _ => 3.0,
        }
    }

    /// The look-up form of a word (wordfreq's: NFC, case-folded).
    pub fn key(word: &str) -> String {
        crate::lang::lexicon::normalise(word)
    }

    /// Zipf frequency of `word` in `lang`: `Some(0.0)` when it is rarer than
    /// the floor (a name, a rare word), `None` when mtcheck has no list for
    /// the language.
    pub fn zipf(lang: Lang, word: &str) -> Option<f32> {
        let l = Lexicon::for_lang(lang)?;
        let z = l.zipf(word);
        Some(if z >= floor(lang) { z } else { 0.0 })
    }

    /// The highest Zipf value of `word` or of a form sharing its stem (case
    /// endings of `lang` removed or swapped: "Imbisses" → "imbiss"): how
    /// common the word is whatever its case.
    pub fn zipf_any_form(lang: Lang, word: &str) -> f32 {
        let mut best = zipf(lang, word).unwrap_or(0.0);
        let endings = super::translit::endings(lang);
        for stem in super::translit::stems(word, lang).into_iter().skip(1) {
            for e in std::iter::once(&"").chain(endings.iter()) {
                best = best.max(zipf(lang, &format!("{stem}{e}")).unwrap_or(0.0));
            }
        }
        best
    }

    /// Whether mtcheck has a word list for `lang`.
    pub fn has(lang: Lang) -> bool {
        Lexicon::for_lang(lang).is_some()
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn knows_common_words_and_not_rare_names() {
            assert!(zipf(Lang::Es, "Gobierno").unwrap() > 4.0);
            assert_eq!(zipf(Lang::Es, "Hulata"), Some(0.0));
            assert!(zipf(Lang::De, "Maßnahmen").unwrap() > 3.0);
            assert_eq!(zipf(Lang::Zh, "的"), None);
        }
    }
}
pub mod english;
pub mod forms;
pub mod places;
pub mod sorted;
pub mod translit;

use crate::document::{fold, fold_diacritics, Document, Paragraph};
use crate::lang::spelling::{Speller, Written};
use crate::lang::{words, Lang, Script};
use places::{Place, PlaceKind};
use std::ops::Range;

/// Lower-case words that join the parts of a name ("Jean-Yves Le Drian",
/// "Ursula von der Leyen", "Osama bin Laden"); capitalised, they are name
/// parts themselves.
pub const PARTICLES: &[&str] = &[
    "de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "des", "la", "le",
    "van", "von", "zu", "al", "el", "bin", "ibn", "ben", "y", "e", "i", "af", "ter", "ten", "st",
];

/// Titles and roles that stand before a name and are translated with it
/// ("President Emmanuel Macron" → title + name). Compared lower-cased.
pub const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "dra",
    "sr",
    "sra",
    "srta",
    "mlle",
    "hr",
    "prof",
    "president",
    "presidente",
    "président",
    "präsident",
    "prezydent",
    "prezident",
    "президент",
    "minister",
    "ministro",
    "ministre",
    "ministr",
    "министр",
    "premier",
    "senator",
    "senador",
    "sénateur",
    "general",
    "général",
    "king",
    "queen",
    "rey",
    "reina",
    "roi",
    "reine",
    "könig",
    "re",
    "regina",
    "pope",
    "papa",
    "pape",
    "papst",
    "papież",
    "sir",
    "lady",
    "lord",
    "don",
    "doña",
    "señor",
    "señora",
    "monsieur",
    "madame",
    "m",
    "mme",
    "herr",
    "frau",
    "signor",
    "signora",
    "pan",
    "pani",
    "saint",
    "san",
    "santa",
    "sankt",
    "governor",
    "gobernador",
    "gouverneur",
    "guvernér",
    "gubernator",
    "chancellor",
    "kanzler",
    "kanzlerin",
    "canciller",
    "chancelier",
    "cancelliere",
    "mayor",
    "alcalde",
    "maire",
    "sindaco",
    "bürgermeister",
    "prince",
    "princess",
    "príncipe",
    "prinz",
    "prinzessin",
    "principe",
    "principessa",
    "duke",
    "duque",
    "duc",
];

/// Months and weekdays, which English writes with a capital (full names,
/// from the number module's calendar tables: "Jan" may be a name).
pub fn is_calendar_word(word: &str, lang: Lang) -> bool {
    use crate::numbers::dates;
    let w = fold(word);
    // Feasts are translated like months (`data/lang/<code>/holidays.txt`).
    crate::lang::words::contains(lang, "holidays", &w)
        || lang == Lang::En
            && (dates::month(Lang::En, &w).is_some_and(|m| fold(dates::month_name(m)) == w)
                || dates::weekday(Lang::En, &w).is_some_and(|d| fold(dates::weekday_name(d)) == w))
}

/// How much a capitalised word says "this is a name".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    /// Rare in the language, or as common in the other language as in this
    /// one (names travel unchanged: "Murray", "Paris"), or a place name: it
    /// must have a counterpart in the translation.
    Strong,
    /// A common word of the language capitalised as part of a name or an
    /// institution ("Gobierno", "Bonne", "Le"): it may be translated.
    Weak,
    /// A lower-case joiner ("de", "van") or a title.
    Joiner,
}

#[derive(Debug, Clone)]
pub struct NameToken {
    pub range: Range<usize>,
    pub text: String,
    pub strength: Strength,
    /// The place this token belongs to, when it is (part of) a CLDR country,
    /// region or city name: such a token is a name whatever the lexicon says.
    pub place: Option<Place>,
    /// A place this token (or the run of words it is in) names by another
    /// table (GeoNames city names, rare words of long names): for matching
    /// exonyms only.
    pub exonym: Option<Place>,
}

#[derive(Debug, Clone)]
pub struct NamePhrase {
    /// From the first to the last name token (titles excluded).
    pub range: Range<usize>,
    pub tokens: Vec<NameToken>,
    /// A title standing before the name ("President"), kept apart.
    pub title: Option<Range<usize>>,
    /// The phrase starts its sentence (its capital says less).
    pub sentence_initial: bool,
}

impl NamePhrase {
    pub fn strong(&self) -> impl Iterator<Item = &NameToken> {
        self.tokens
            .iter()
            .filter(|t| t.strength == Strength::Strong)
    }
}

/// A capitalised word that is about as common in both languages is shared
/// between them, as names are; a common word of one language only is much
/// rarer in the other. 2.0 Zipf (100 times): "Paolo" (it 4.98, en 3.40) is a
/// name, "Gobierno" (es 5.2, en absent) a word.
pub const SHARED_MARGIN: f32 = 2.0;

/// Below this Zipf value a capitalised word inside a sentence is taken for a
/// name whatever the other language says ("Pozzuoli"): institutions that are
/// translated are built from common words ("Gobierno", "Ministerio").
pub const NAME_MAX_ZIPF: f32 = 4.0;

/// Languages whose rule of no article before a surname `extract` relies on.
const ROMANCE: &[Lang] = &[Lang::Es, Lang::It, Lang::Fr, Lang::Pt, Lang::Ca];

/// A capitalised word after a Romance determiner is a common noun when the
/// language knows it at least this well (any form); rarer words may be
/// surnames the lexicon happens to hold.
const DETERMINED_NOUN_MIN_ZIPF: f32 = 2.0;

/// An English word that is also a name ("Brown") is taken for the name when
/// the other language's Zipf for it is at most this much below English's.
pub const EN_NAME_TRAVEL_MARGIN: f32 = 1.0;

/// `NAME_MAX_ZIPF` for Czech, Polish and Russian (see `strength`).
pub const SLAVIC_NAME_MAX_ZIPF: f32 = 3.0;

/// A transliterated word shorter than this says nothing about being known in
/// the other language ("Сети" → "seti", an English acronym).
pub const SHARED_MIN_TRANSLIT_CHARS: usize = 5;

/// A sentence-initial word this common in its language is taken for a
/// common word unless it is capitalised elsewhere in the text ("In", "Die").
pub const INITIAL_MAX_ZIPF: f32 = 4.5;

/// A sentence-initial word at most this much less common (Zipf) in the other
/// language than in its own is a name that travels ("Путин": ru 5.1, en
/// "putin" 4.6), not a function word ("Die": de 7.0, en 5.2).
pub const INITIAL_FAMOUS_MARGIN: f32 = 1.0;

/// A sentence-initial word known at least this well in the other language
/// (as a name is: "Murray" has Zipf 3.9 in English) may be a name.
pub const INITIAL_MIN_SHARED_ZIPF: f32 = 2.5;

/// A sentence-initial word unknown to the lexicon and followed by a comma is
/// taken for a name from this length on: shorter ones are too often
/// abbreviations or interjections.
pub const APPOSITION_MIN_CHARS: usize = 4;

/// Words of at least this Zipf value in each half make a German compound a
/// common noun ("Lieferkettengesetz" = "lieferketten" + "gesetz").
pub const COMPOUND_PART_ZIPF: f32 = 3.0;

pub fn has_case(lang: Lang) -> bool {
    matches!(lang.script(), Script::Latin | Script::Cyrillic)
}

fn is_upper_start(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

/// All letters upper-case, at least two of them: "NSO", "AFP", "ONU".
pub fn is_acronym(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

fn is_latin_word(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_alphabetic())
        && s.chars().all(|c| {
            !c.is_alphabetic() || c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c)
        })
}

/// Elided articles and prepositions that may open a sentence capitalised
/// ("L'epicentro", "D'Alema" keeps its name part); "O'" is not one.
const ELISIONS: &[&str] = &[
    "l", "d", "j", "qu", "dell", "all", "dall", "nell", "sull", "un",
];

/// Strip a French/Italian elision ("l'Élysée", "d'Italia") and an English or
/// German possessive ("Kohl's"), returning the name part.
pub fn bare(word: &str) -> &str {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    let w = match w.find(['\'', '’']) {
        Some(i)
            if i <= 4
                && (w[..i].chars().all(|c| c.is_lowercase())
                    || ELISIONS.contains(&w[..i].to_lowercase().as_str()))
                && w[..i].chars().count() <= 4 =>
        {
            &w[i + w[i..].chars().next().map_or(1, char::len_utf8)..]
        }
        _ => w,
    };
    // Polish endings after an apostrophe on foreign names: "Rossby'ego".
    if let Some(i) = w.rfind(['\'', '’']) {
        let tail = &w[i..].trim_start_matches(['\'', '’']);
        let head = &w[..i];
        if !tail.is_empty()
            && tail.chars().count() <= 4
            && tail.chars().all(|c| c.is_lowercase())
            && head.chars().count() >= 2
            && tail != &"s"
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

/// Whether `word` is a common word of `lang` rather than a name, judged against
/// `other`, the language on the other side of the translation.
pub fn strength(word: &str, lang: Lang, other: Lang) -> Strength {
    if is_calendar_word(word, lang) {
        return Strength::Weak;
    }
    let Some(mut zs) = lexicon::zipf(lang, word) else {
        return Strength::Strong;
    };
    let germanic = matches!(lang, Lang::De | Lang::Nl | Lang::Sv);
    if zs == 0.0 && germanic {
        // An inflected noun ("Imbisses") or a compound ("Fernsehschirme").
        zs = lexicon::zipf_any_form(lang, word);
        if zs == 0.0 {
            if street_name(word, lang) {
                return Strength::Strong;
            }
            if is_compound_of_common_words(word, lang)
                || ends_in_common_noun(word, lang)
                || (lang == Lang::De && has_noun_suffix(word))
            {
                return Strength::Weak;
            }
            return Strength::Strong;
        }
    }
    if zs == 0.0 {
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
    if other == Lang::En && zs < INITIAL_MAX_ZIPF && english::is_name(word) {
        return Strength::Strong;
    }
    Strength::Weak
}

/// Zipf of `word` in `other`, through transliteration and case endings when
/// the scripts differ ("Путина" → "putin").
fn shared_zipf(word: &str, lang: Lang, other: Lang) -> f32 {
    if lang.script() == other.script() {
        return lexicon::zipf(other, word).unwrap_or(0.0);
    }
    translit::stems(word, lang)
        .iter()
        .map(|s| translit::latin(s))
        .filter(|l| l.len() >= SHARED_MIN_TRANSLIT_CHARS)
        .map(|l| lexicon::zipf(other, &l).unwrap_or(0.0))
        .fold(0.0, f32::max)
}

/// Last parts of compounds that make place and family names ("Rosenberg",
/// "Hamburg", "Schönefeld"): a compound ending in one may be a name.
const NAME_TAILS: &[&str] = &[
    "berg", "burg", "feld", "stein", "mann", "dorf", "bach", "hausen", "heim", "ingen", "stadt",
    "wald", "hof", "brück", "brücke", "see", "au", "tal", "thal", "born", "furt", "hagen",
    "kirchen", "rode", "leben", "haven", "dam", "straße", "strasse", "platz", "weg", "gasse",
];

/// Endings of German street and square names.
const STREET_TAILS: &[&str] = &[
    "straße", "strasse", "gasse", "allee", "platz", "chaussee", "damm", "ufer",
];

/// A street or square named after something that is no common word:
/// "Aidenbachstraße", "Rosenthaler Platz" is two words; "Hauptstraße",
/// "Bundesstraße" and "Marktplatz" are made of common words and may be
/// translated ("main street", "federal road").
fn street_name(word: &str, lang: Lang) -> bool {
    if lang != Lang::De {
        return false;
    }
    let w = lexicon::key(word);
    STREET_TAILS.iter().any(|tail| {
        w.strip_suffix(tail).is_some_and(|head| {
            let head = head.strip_suffix('s').unwrap_or(head);
            head.chars().count() >= 3 && lexicon::zipf_any_form(lang, head) < COMPOUND_PART_ZIPF
        })
    })
}

/// Tails of at least this many letters, common in the language, make a long
/// word a common-noun compound whatever its head ("Obszönitätsinitiative",
/// "Demarkationslinie").
pub const COMPOUND_TAIL_MIN_CHARS: usize = 5;

/// German suffixes that make abstract and collective nouns, which names do not
/// end in ("Abschwächung", "Freiheit", "Gesellschaft", "Realität").
const GERMAN_NOUN_SUFFIXES: &[&str] = &[
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "ismus", "tät",
    "täten", "ion", "ionen", "nis", "nisse", "tum",
];

fn has_noun_suffix(word: &str) -> bool {
    let w = fold(word);
    w.chars().count() >= 7 && GERMAN_NOUN_SUFFIXES.iter().any(|s| w.ends_with(s))
}

/// A long word ending in a common word of the language (not a name-making one).
fn ends_in_common_noun(word: &str, lang: Lang) -> bool {
    let w = lexicon::key(word);
    let chars: Vec<(usize, char)> = w.char_indices().collect();
    if chars.len() < COMPOUND_TAIL_MIN_CHARS + 4 {
        return false;
    }
    for &(at, _) in chars.iter().skip(4) {
        let tail = &w[at..];
        if tail.chars().count() < COMPOUND_TAIL_MIN_CHARS {
            break;
        }
        if NAME_TAILS.iter().any(|t| tail.ends_with(t)) {
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

fn is_compound_of_common_words(word: &str, lang: Lang) -> bool {
    compound(&lexicon::key(word), lang, 0)
}

/// `w` splits into a known head (with a linking -s-, -n-, -en-, -es-) and a
/// tail that is a common word or itself such a compound.
fn compound(w: &str, lang: Lang, depth: usize) -> bool {
    if depth > 3 {
        return false;
    }
    let known = |s: &str| lexicon::zipf(lang, s).unwrap_or(0.0) > 0.0;
    let common = |s: &str| lexicon::zipf(lang, s).unwrap_or(0.0) >= COMPOUND_PART_ZIPF;
    let chars: Vec<(usize, char)> = w.char_indices().collect();
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
        let head_ok = heads
            .iter()
            .flatten()
            .any(|h| h.chars().count() >= 3 && known(h));
        if head_ok && (common(tail) || compound(tail, lang, depth + 1)) {
            return true;
        }
    }
    false
}

/// Whether `token_start` begins its sentence, or follows an opening quote,
/// bracket or colon (where a capital says nothing).
fn starts_sentence(doc: &Document, para: &Paragraph, token_start: usize) -> bool {
    // Sentences are in order and apart: a binary search finds the token's.
    let k = para
        .sentences
        .partition_point(|s| s.end.max(s.start + 1) <= token_start);
    let sent = para.sentences.get(k).filter(|s| s.start <= token_start);
    let start = sent.map_or(para.start, |s| s.start);
    let before = doc.text[start..token_start].trim_end();
    // Read back only to the nearest letter or digit, not to the sentence's
    // start: a long sentence must not cost its length for every word.
    before.ends_with(['"', '“', '„', '«', '(', ':', '—', '–', '\''])
        || before.chars().rev().all(|c| !c.is_alphanumeric())
}

/// Extract the name phrases of paragraph `para` of `doc`, judging common
/// words against `other`, the language on the other side.
/// Words a language uses this often are words, not names, in a line written
/// in title case ("Documents", "Storage", "Size").
pub const TITLE_CASE_WORD_MIN_ZIPF: f32 = 3.5;

/// A line is in title case when it has at least this many words of four
/// letters or more, at most one in four of them starts in lower case, and
/// half the capitalised ones (at least two, after the first) are common
/// words of the language: a list of names is no title.
const TITLE_CASE_MIN_WORDS: usize = 3;

/// The byte ranges of the lines of `para` written in title case, where a
/// capital is the style of the line rather than the mark of a name.
fn title_case_lines(doc: &Document, para: &Paragraph) -> Vec<Range<usize>> {
    let lang = doc.lang.lang;
    let mut out = Vec::new();
    let text = &doc.text[para.range()];
    let mut start = para.start;
    for line in text.split('\n') {
        let (mut long, mut capitalised, mut common) = (0usize, 0usize, 0usize);
        for (k, w) in line
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 4)
            .enumerate()
        {
            long += 1;
            if w.chars().next().is_some_and(char::is_uppercase) {
                capitalised += 1;
                if k > 0 && lexicon::zipf_any_form(lang, w) >= TITLE_CASE_WORD_MIN_ZIPF {
                    common += 1;
                }
            }
        }
        if long >= TITLE_CASE_MIN_WORDS
            && (long - capitalised) * 4 <= long
            && common >= 2
            && common * 2 >= capitalised
        {
            out.push(start..start + line.len());
        }
        start += line.len() + 1;
    }
    out
}

pub fn extract(
    doc: &Document,
    para: &Paragraph,
    other: Lang,
    speller: Option<&Speller>,
) -> Vec<NamePhrase> {
    let lang = doc.lang.lang;
    let mut phrases = Vec::new();
    let case = has_case(lang);
    let mut current: Option<NamePhrase> = None;
    let mut pending_title: Option<Range<usize>> = None;
    // Whether the current phrase opened on a common noun after a determiner.
    let mut determined_run = false;
    let mut prev_end = para.start;
    let toks = &para.tokens;
    let title_lines = if case {
        title_case_lines(doc, para)
    } else {
        Vec::new()
    };
    for (i, tok) in toks.iter().enumerate() {
        let raw = &doc.text[tok.range()];
        let word = bare(raw);
        let gap = &doc.text[prev_end..tok.start];
        let adjacent = gap
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '-' | '‐' | '\'' | '’'))
            && !gap.contains("\n\n");
        prev_end = tok.end;
        let latin_here = is_latin_word(word);
        if !case && !latin_here {
            if let Some(p) = current.take() {
                phrases.push(p);
            }
            continue;
        }
        // "No 12", "Nr. 5": a word that designates the number after it.
        let designates = toks
            .get(i + 1)
            .is_some_and(|t| doc.text[t.range()].starts_with(|c: char| c.is_ascii_digit()))
            && crate::numbers::conventions::context(lang, "designation")
                .iter()
                .any(|d| {
                    d.len() == 1 && d[0].trim_end_matches('.') == fold(word).trim_end_matches('.')
                });
        let upper = is_upper_start(word) && !word.chars().all(|c| c.is_numeric()) && !designates;
        let initial = starts_sentence(doc, para, tok.start);
        let lower = fold(word);
        let next_upper = toks
            .get(i + 1)
            .is_some_and(|t| is_upper_start(bare(&doc.text[t.range()])));
        // A lower-case particle between two capitalised parts joins them; a
        // German article ("Richtung des Imbisses") does only after "von".
        let article = lang == Lang::De
            && GERMAN_DETERMINERS.contains(&lower.as_str())
            && !i.checked_sub(1).is_some_and(|j| {
                matches!(fold(&doc.text[toks[j].range()]).as_str(), "von" | "van")
            });
        if !upper {
            if current.is_some()
                && adjacent
                && PARTICLES.contains(&lower.as_str())
                && next_upper
                && !article
            {
                if let Some(p) = current.as_mut() {
                    p.tokens.push(NameToken {
                        range: tok.range(),
                        text: word.to_string(),
                        strength: Strength::Joiner,
                        place: None,
                        exonym: None,
                    });
                }
                continue;
            }
            if let Some(p) = current.take() {
                phrases.push(p);
            }
            pending_title = None;
            continue;
        }
        let word_lang = if case { lang } else { Lang::En };
        let mut s = if word.chars().count() == 1 {
            Strength::Weak // an initial or a capitalised preposition ("W", "В")
        } else if is_acronym(word) {
            acronym_strength(word, lang)
        } else {
            strength(word, word_lang, other)
        };
        // A word the frequency list does not know is taken for a name; when the
        // language's spelling dictionary builds it from its entries (an
        // inflected or compound form: "Zuckerdosen", "Bohrständer") it is a
        // word of the language. Only a capital-only entry outside German (which
        // capitalises every noun) still reads as a name.
        if s == Strong
            && case
            && lang != Lang::En
            && !is_acronym(word)
            && lexicon::has(lang)
            && lexicon::zipf_any_form(lang, word) == 0.0
            && speller.is_some_and(|sp| match sp.written(word) {
                Written::Lower => true,
                Written::Capitalised => lang == Lang::De,
                Written::Unknown => false,
            })
        {
            s = Strength::Weak;
        }
        // German capitalises every noun: a known word after an article or a
        // determiner ("des Imbisses", "die Zeremonie", "Als Kind") is a noun.
        if lang == Lang::De && s == Strong && i > 0 {
            let prev = fold(bare(&doc.text[toks[i - 1].range()]));
            let prev_initial_function_word =
                i == 1 || starts_sentence(doc, para, toks[i - 1].start);
            let z = lexicon::zipf_any_form(lang, word);
            // After a sentence-opening function word ("Als Kind") any common
            // word; after an article a word standing alone ("die Reform"), or
            // one more German than English when more capitals follow ("die
            // All Blacks" keeps its English name).
            let after_opening = prev_initial_function_word
                && lexicon::zipf(lang, &prev).unwrap_or(0.0) >= INITIAL_MAX_ZIPF;
            let next_capital = toks.get(i + 1).is_some_and(|t| {
                doc.text[tok.end..t.start] == *" " && is_upper_start(bare(&doc.text[t.range()]))
            });
            let after_article = GERMAN_DETERMINERS.contains(&prev.as_str())
                && (!next_capital || shared_zipf(word, lang, other) < z);
            if !is_acronym(word) && (after_opening || after_article) && z >= COMPOUND_PART_ZIPF {
                s = Strength::Weak;
            }
        }
        // Czech, Polish and Russian capitalise only the first word of an
        // institution or a feature ("Северного флота", "Центристской партии",
        // "Pensylvánské divočině"): an adjective standing alone before a
        // lower-case word is that first word, not a name.
        if s == Strong
            && !(current.is_some() && adjacent)
            && slavic_adjective(word, lang)
            && toks.get(i + 1).is_some_and(|t| {
                doc.text[tok.end..t.start] == *" "
                    && doc.text[t.range()]
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase)
            })
        {
            s = Strength::Weak;
        }
        // A form of address of the language is translated, not a name
        // ("Señorías", "Sra.").
        if words::is_title(lang, word) {
            s = Strength::Weak;
        }
        // In a line written in title case ("Storage Size And Data Documents",
        // a headline, a product name) the capital says nothing: a word the
        // language uses often is a word, not a name, unless a place table
        // names it.
        if s == Strong
            && lang != Lang::De
            && !is_acronym(word)
            && title_lines.iter().any(|r| r.contains(&tok.start))
            && lexicon::zipf_any_form(lang, word) >= TITLE_CASE_WORD_MIN_ZIPF
            && places::lookup(lang, word, places::ANY).is_empty()
        {
            s = Strength::Weak;
        }
        // The Romance languages put no article or possessive before a
        // person's surname: after one, a capitalised word the language knows
        // is a common noun or an institution ("los Fondos Estructurales", "la
        // Commissione per i Bilanci"), unless a place table names it ("la
        // Rioja").
        // The capitalised words that go on from such a noun are the rest of
        // the institution's name ("los Fondos Estructurales").
        let after_determiner = i > 0
            && doc.text[toks[i - 1].end..tok.start] == *" "
            && words::is_determiner(lang, bare(&doc.text[toks[i - 1].range()]));
        // Not over a particle: "el Gobierno de Naftali Bennett" names a person.
        let continues_institution = determined_run
            && adjacent
            && current
                .as_ref()
                .and_then(|p| p.tokens.last())
                .is_some_and(|t| t.strength != Strength::Joiner);
        if ROMANCE.contains(&lang)
            && !is_acronym(word)
            && (after_determiner || continues_institution)
            && lexicon::zipf_any_form(lang, word) >= DETERMINED_NOUN_MIN_ZIPF
            && places::lookup(lang, word, places::ANY).is_empty()
        {
            s = Strength::Weak;
            determined_run = true;
        } else if !continues_institution {
            determined_run = false;
        }
        if (TITLES.contains(&lower.trim_end_matches('.')) || words::is_title(lang, word))
            && next_upper
        {
            if let Some(p) = current.take() {
                phrases.push(p);
            }
            pending_title = Some(tok.range());
            continue;
        }
        if initial && case && s == Strong && !(current.is_some() && adjacent) && !is_acronym(word) {
            // A capital at the start of a sentence says nothing: the word is a
            // name when it is capitalised elsewhere, starts a longer name, or is
            // known in the other language (names travel) without being common here.
            let z = lexicon::zipf(lang, word).unwrap_or(0.0);
            let capitalised_elsewhere = capitalised_mid_sentence(doc, word);
            let particle = PARTICLES.contains(&lower.as_str());
            let next_name = toks.get(i + 1).is_some_and(|t| {
                let n = bare(&doc.text[t.range()]);
                is_upper_start(n)
                    && n.chars().count() > 1
                    && !is_acronym(n)
                    && strength(n, word_lang, other) == Strong
                    && doc.text[tok.end..t.start]
                        .chars()
                        .all(|c| c == ' ' || c == '-')
            });
            let travels = shared_zipf(word, lang, other) >= INITIAL_MIN_SHARED_ZIPF;
            let place =
                !places::lookup(lang, word, &[PlaceKind::Region, PlaceKind::City]).is_empty();
            // A famous name is common in its own language too ("Путин" 5.1)
            // but about as common in the other one.
            // Only across scripts: between two Latin-script languages the
            // words most alike in frequency are the short function words.
            let famous = lang.script() != other.script()
                && shared_zipf(word, lang, other) >= z - INITIAL_FAMOUS_MARGIN;
            // A word no form of which the lexicon knows, opening the sentence
            // and set off by a comma, is a subject with an apposition
            // ("Macura, který je…", "Netanjahu, dotychczasowy premier…"):
            // a name. Without the comma, unknown openers were mostly rare
            // verb forms ("Natankovat", "Badająca", "Ricercando").
            let unknown_apposition = lang.script() == Script::Latin
                && word.chars().count() >= APPOSITION_MIN_CHARS
                && lexicon::has(lang)
                && lexicon::zipf_any_form(lang, word) == 0.0
                && doc.text[tok.end..].starts_with(',');
            // English writes some words only as names ("Toyama", "Boeing").
            let english_name = lang == Lang::En && english::is_proper_noun(word);
            // Other languages' spelling dictionaries tell the same where they
            // write a word in lower case: opening a sentence, it is that word
            // ("Včera", "Загалом"). (Their capital-only entries are
            // no help: taken for names they made more false alarms than they
            // removed.) English keeps its own list.
            // Asked last: reading a dictionary costs tens of milliseconds.
            let spelt_common =
                || lang != Lang::En && speller.is_some_and(|s| s.is_common_word(word));
            let name_like = capitalised_elsewhere
                || place
                || ((unknown_apposition
                    || next_name
                    || english_name
                    || (travels && (z < INITIAL_MAX_ZIPF || famous)))
                    && !spelt_common());
            if particle || !name_like {
                s = Strength::Weak;
            }
        }
        let t = NameToken {
            range: tok.range(),
            text: word.to_string(),
            strength: s,
            place: None,
            exonym: None,
        };
        match current.as_mut() {
            Some(p) if adjacent => {
                p.range.end = tok.end;
                p.tokens.push(t);
            }
            _ => {
                if let Some(p) = current.take() {
                    phrases.push(p);
                }
                current = Some(NamePhrase {
                    range: tok.range(),
                    tokens: vec![t],
                    title: pending_title.take(),
                    sentence_initial: initial,
                });
            }
        }
    }
    if let Some(p) = current.take() {
        phrases.push(p);
    }
    if lang == Lang::De {
        for p in &mut phrases {
            name_pairs(doc, p, lang, other);
        }
    }
    // A common word opening the sentence is not part of the name after it
    // ("Встреча Владимира Путина").
    for p in &mut phrases {
        if p.sentence_initial
            && p.tokens.len() > 1
            && p.tokens[0].strength == Strength::Weak
            && p.tokens[1..].iter().any(|t| t.strength == Strong)
        {
            p.tokens.remove(0);
            while p
                .tokens
                .first()
                .is_some_and(|t| t.strength == Strength::Joiner)
            {
                p.tokens.remove(0);
            }
            if let Some(t) = p.tokens.first() {
                p.range.start = t.range.start;
            }
            p.sentence_initial = false;
        }
    }
    for p in &mut phrases {
        // A phrase never ends on a joiner.
        while p
            .tokens
            .last()
            .is_some_and(|t| t.strength == Strength::Joiner)
        {
            p.tokens.pop();
        }
        if let Some(last) = p.tokens.last() {
            p.range.end = last.range.end;
        }
        mark_places(doc, p, lang, other);
    }
    phrases.retain(|p| !p.tokens.is_empty());
    if !case {
        phrases.extend(scan_places(doc, para, lang));
    }
    phrases
}

use Strength::Strong;

/// German writes every noun with a capital, so a known word is weak there;
/// but two capitalised words side by side inside a sentence, with no article
/// before them, are a name ("Thomas Brandt", "Bezirksleiter Thomas Brandt"):
/// their words that the other language knows too are name parts. (Tried for
/// Czech, Polish and Russian too, where "Mateusz Morawiecki" is as common as
/// a noun: institution names — "Deklaracji Niepodległości" — made it cost
/// more false positives than it caught names.)
fn name_pairs(doc: &Document, p: &mut NamePhrase, lang: Lang, other: Lang) {
    // Side by side: no particle between ("Bild von Mohammeds" is a noun and
    // a name).
    if p.tokens.iter().any(|t| t.strength == Strength::Joiner) {
        return;
    }
    let parts: Vec<usize> = (0..p.tokens.len())
        .filter(|&i| !(i == 0 && p.sentence_initial))
        .collect();
    if parts.len() < 2 {
        return;
    }
    let first = p.tokens[parts[0]].range.start;
    let before = fold(doc.text[..first].split_whitespace().last().unwrap_or(""));
    if GERMAN_DETERMINERS.contains(&before.as_str()) {
        return;
    }
    for &i in &parts {
        let t = &mut p.tokens[i];
        let known_there = lang != Lang::De
            || lexicon::zipf(other, &t.text).unwrap_or(0.0) >= INITIAL_MIN_SHARED_ZIPF;
        if t.strength == Strength::Weak
            && !is_acronym(&t.text)
            && t.text.chars().count() > 1
            && known_there
            && lexicon::zipf(lang, &t.text).unwrap_or(0.0) < PAIR_MAX_ZIPF
        {
            t.strength = Strong;
        }
    }
}

/// A word this common is a common word even in a pair of capitalised words
/// ("Prezydent", "Sąd").
pub const PAIR_MAX_ZIPF: f32 = 5.0;

/// Acronyms of two letters repeated ("EE. UU.") are abbreviations of words;
/// Cyrillic acronyms are mostly translated ("МИД" = "Foreign Ministry").
fn acronym_strength(word: &str, lang: Lang) -> Strength {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() == 2 && letters[0] == letters[1] {
        return Strength::Weak;
    }
    if lang.script() == Script::Cyrillic {
        return Strength::Weak;
    }
    // Every other acronym must come through: as written ("NATO", "FBI"), or,
    // when it abbreviates words of its own language ("BIP", "ONU", "ČEZ"),
    // as some acronym or its words written out (see
    // `acronym_may_be_translated`). A dropped "ONU" or "METI" is a lost name.
    Strength::Strong
}

/// An acronym common in its language and much rarer in the other is an
/// abbreviation of that language's words ("BIP" de 3.7, en 2.5; "ONU",
/// "ONG"): it is translated ("GDP", "UN", "NGO") or written out. One the
/// other language writes about as often ("NATO", "FBI") or a rare one
/// ("FOM") must come through as is.
pub fn acronym_may_be_translated(word: &str, lang: Lang, other: Lang) -> bool {
    // Two letters are too often a word too ("PO" is Polish "po"); their
    // translations are anagrams ("UE" / "EU"), matched as such.
    let own = lexicon::zipf(lang, word).unwrap_or(0.0);
    word.chars().count() >= 3
        && own >= TRANSLATED_ACRONYM_MIN_ZIPF
        && lexicon::has(other)
        && lexicon::zipf(other, word).unwrap_or(0.0) < own - TRANSLATED_ACRONYM_MARGIN
}

/// How much rarer (Zipf) in the other language an acronym must be to pass
/// for an abbreviation of its own language's words.
pub const TRANSLATED_ACRONYM_MARGIN: f32 = 1.0;

/// How common (Zipf) an acronym must be in its own language to pass for an
/// abbreviation of common words there ("ONU" fr 4.3, "BIP" de 3.6).
pub const TRANSLATED_ACRONYM_MIN_ZIPF: f32 = 3.0;

/// German articles and determiners: a capitalised word after one is a noun.
const GERMAN_DETERMINERS: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "kein", "keine", "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede", "jedes",
    "sein", "seine", "seiner", "seinen", "ihr", "ihre", "ihrer", "ihren", "unser", "unsere",
    "mehrere", "mehreren", "viele", "vielen", "alle", "allen", "einige", "einigen", "beide",
    "beiden", "wenige", "wenigen", "andere", "anderen", "beim", "im", "am", "zum", "zur", "vom",
    "ins",
];

/// Adjective endings of Czech, Polish and Russian (nominative and oblique).
fn slavic_adjective(word: &str, lang: Lang) -> bool {
    const CS: &[&str] = &[
        "ský", "ská", "ské", "ského", "ském", "skou", "ští", "ní", "ního", "ním", "ná", "ný", "né",
        "ného",
    ];
    const PL: &[&str] = &[
        "ski", "ska", "skie", "skiego", "skiej", "skim", "ską", "ny", "na", "ne", "nego", "nej",
        "nym",
    ];
    const RU: &[&str] = &[
        "ский",
        "ская",
        "ское",
        "ского",
        "ской",
        "ском",
        "скому",
        "ские",
        "ских",
        "ный",
        "ная",
        "ное",
        "ного",
        "ной",
        "ном",
        "ному",
        "ные",
        "ных",
        "ий",
        "ая",
        "ого",
        "ой",
    ];
    let endings = match lang {
        Lang::Cs => CS,
        Lang::Pl => PL,
        Lang::Ru | Lang::Uk => RU,
        _ => return false,
    };
    let w = fold(word);
    let Some(stem) = endings.iter().find_map(|e| w.strip_suffix(e)) else {
        return false;
    };
    // The adjective of a place is written as the place's name in English
    // ("Краснодарском крае" → "Krasnodar Krai"): that one stays a name.
    stem.chars().count() < 4
        || places::lookup(lang, stem, places::ANY).is_empty()
            && places::lookup(lang, &format!("{stem}а"), places::ANY).is_empty()
}

fn capitalised_mid_sentence(doc: &Document, word: &str) -> bool {
    forms::of(doc).mid_sentence(doc, word)
}

/// Mark the tokens of `p` that form a place name (longest first, up to three
/// words): they are strong whatever the lexicon says, and matched by exonym.
/// A GeoNames city name this long makes a capitalised word a name ("Haga",
/// an alternative name of The Hague, is too short to say so).
pub const GEO_NAME_MIN_CHARS: usize = 5;

/// A subdivision's name makes a capitalised word a name only when the other
/// language knows the word less than this (Zipf) and its own language less
/// than `INITIAL_MAX_ZIPF`: "Centre" (en 5.0) is a word, "Californie" (fr
/// 4.3, en 1.2) is not.
pub const SUBDIVISION_MAX_OTHER_ZIPF: f32 = 3.0;

fn mark_places(doc: &Document, p: &mut NamePhrase, lang: Lang, other: Lang) {
    const KINDS: &[PlaceKind] = &[PlaceKind::Region, PlaceKind::City];
    let n = p.tokens.len();
    let mut i = 0;
    while i < n {
        let mut found = false;
        for len in (1..=3.min(n - i)).rev() {
            let (a, b) = (p.tokens[i].range.start, p.tokens[i + len - 1].range.end);
            let text = &doc.text[a..b];
            if len == 1 && p.tokens[i].strength == Strength::Joiner {
                continue;
            }
            // A feast or a month alone is no place, whatever island or town
            // bears its name ("Christmas").
            if len == 1 && is_calendar_word(bare(text), lang) {
                continue;
            }
            let places = places::lookup(lang, bare(text), KINDS);
            if let Some(&place) = places.first() {
                for t in &mut p.tokens[i..i + len] {
                    t.place = Some(place);
                    if t.strength == Strength::Weak {
                        t.strength = Strong;
                    }
                }
                i += len;
                found = true;
                break;
            }
            // Other tables vouch for an exonym; for name-ness only inside a
            // sentence, where the capital is the writer's ("w Petersburgu"),
            // and not for a common German noun ("Essen").
            if let Some(&place) = places::lookup(lang, bare(text), places::ANY).first() {
                // A subdivision may be called by a common word of the other
                // language ("Centre", "Nord"): only a word that language does
                // not use is made a name by it ("Californie", "Texasu").
                let name_kinds = &[PlaceKind::Alias, PlaceKind::Geo, PlaceKind::Language];
                let vouched = !places::lookup(lang, bare(text), name_kinds).is_empty()
                    || (lexicon::zipf(other, bare(text)).unwrap_or(0.0)
                        < SUBDIVISION_MAX_OTHER_ZIPF
                        && lexicon::zipf(lang, bare(text)).unwrap_or(0.0) < INITIAL_MAX_ZIPF);
                let capital_says_name = !(i == 0 && p.sentence_initial) && vouched;
                for t in &mut p.tokens[i..i + len] {
                    t.exonym = Some(place);
                    let common_noun =
                        lang == Lang::De && lexicon::zipf_any_form(lang, &t.text) >= NAME_MAX_ZIPF;
                    if capital_says_name
                        && !common_noun
                        && !slavic_adjective(&t.text, lang)
                        && t.strength == Strength::Weak
                        && t.text.chars().count() >= GEO_NAME_MIN_CHARS
                    {
                        t.strength = Strong;
                    }
                }
                i += len;
                found = true;
                break;
            }
        }
        if !found {
            // "ein Münchner", "die Kölnerin": a person of a city, which a
            // translation names ("a Munich resident").
            if let Some(place) = city_demonym(&p.tokens[i].text, lang) {
                let t = &mut p.tokens[i];
                t.exonym = Some(place);
                t.strength = Strong;
            }
            i += 1;
        }
    }
}

/// The city a German word for its people names: "Münchner" → München,
/// "Kölnerin" → Köln, "Bremer" → Bremen, "Dresdner" → Dresden. Only GeoNames
/// cities (150,000 people and more) and CLDR cities are tried.
fn city_demonym(word: &str, lang: Lang) -> Option<Place> {
    if lang != Lang::De || !is_upper_start(word) {
        return None;
    }
    let w = ["innen", "in", "n", "s", ""]
        .iter()
        .find_map(|e| word.strip_suffix(e).filter(|w| w.ends_with("er")))?;
    let base = w.strip_suffix("er")?;
    let candidates = [
        base.to_string(),
        format!("{base}en"),
        base.strip_suffix('n')
            .map(|b| format!("{b}en"))
            .unwrap_or_default(),
    ];
    const KINDS: &[PlaceKind] = &[PlaceKind::City, PlaceKind::Geo];
    candidates
        .iter()
        .filter(|c| c.chars().count() >= 4)
        .find_map(|c| places::lookup_exact(lang, c, KINDS).first().copied())
}

/// Place names found by substring in a text without capitals (Chinese,
/// Japanese, Hindi): two characters at least, three for Devanagari where
/// two-letter strings occur inside words.
fn scan_places(doc: &Document, para: &Paragraph, lang: Lang) -> Vec<NamePhrase> {
    const KINDS_MIN: usize = 2;
    let text = &doc.text[para.range()];
    let min = if lang.script() == Script::Devanagari {
        3
    } else {
        KINDS_MIN
    };
    let mut hits: Vec<(Range<usize>, Place)> = Vec::new();
    for (name, place) in places::all_names(lang, min) {
        // Continents and "World" (世界) are common words in these scripts.
        if name.is_ascii() || places::is_macro_region(place) {
            continue;
        }
        for (i, _) in text.match_indices(name) {
            // A name inside a longer word is not that name: Hindi words are
            // spaced ("रोम" in "गैजप्रोम"), Japanese loanwords are runs of
            // katakana ("チリ" in "ビーチリゾート"). Chinese has no such edge.
            let before = text[..i].chars().next_back();
            let after = text[i + name.len()..].chars().next();
            let inside = match lang.script() {
                Script::Devanagari => {
                    before.is_some_and(is_word_char) || after.is_some_and(is_word_char)
                }
                Script::Japanese => {
                    let kata =
                        |c: char| is_katakana(c) && is_katakana(name.chars().next().unwrap_or(c));
                    let kata_end = |c: char| {
                        is_katakana(c) && is_katakana(name.chars().next_back().unwrap_or(c))
                    };
                    before.is_some_and(kata) || after.is_some_and(kata_end)
                }
                _ => false,
            };
            if inside {
                continue;
            }
            let r = para.start + i..para.start + i + name.len();
            hits.push((r, place));
        }
    }
    // Longest first; drop hits inside a longer one.
    hits.sort_by_key(|(r, _)| (std::cmp::Reverse(r.end - r.start), r.start));
    let mut kept: Vec<(Range<usize>, Place)> = Vec::new();
    for (r, p) in hits {
        if kept
            .iter()
            .all(|(k, _)| r.end <= k.start || r.start >= k.end)
        {
            kept.push((r, p));
        }
    }
    kept.sort_by_key(|(r, _)| r.start);
    kept.into_iter()
        .map(|(r, place)| NamePhrase {
            range: r.clone(),
            tokens: vec![NameToken {
                text: doc.text[r.clone()].to_string(),
                range: r,
                strength: Strong,
                place: Some(place),
                exonym: None,
            }],
            title: None,
            sentence_initial: false,
        })
        .collect()
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
}

/// Katakana letters and the long-vowel mark that continues a katakana word.
fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A0}'..='\u{30FA}' | '\u{30FC}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}')
}

/// The diacritic-folded, elision-free comparison form of a name token.
pub fn key(word: &str) -> String {
    fold_diacritics(bare(word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{LangInfo, LangMethod};

    fn doc(text: &str, lang: Lang) -> Document {
        Document::new(
            "t",
            text.to_string(),
            LangInfo {
                lang,
                method: LangMethod::Given,
                confidence: 1.0,
            },
        )
    }

    fn phrases(text: &str, lang: Lang) -> Vec<Vec<(String, Strength)>> {
        let d = doc(text, lang);
        extract(&d, &d.paragraphs[0], Lang::En, None)
            .into_iter()
            .map(|p| p.tokens.into_iter().map(|t| (t.text, t.strength)).collect())
            .collect()
    }

    #[test]
    fn street_names_of_rare_words_are_names() {
        assert!(street_name("Aidenbachstraße", Lang::De));
        for common in ["Hauptstraße", "Bundesstraße", "Marktplatz", "Straße"] {
            assert!(!street_name(common, Lang::De), "{common}");
        }
    }

    #[test]
    fn german_city_demonyms_name_their_city() {
        let munich = city_demonym("Münchner", Lang::De);
        assert!(munich.is_some());
        assert_eq!(city_demonym("Münchnerin", Lang::De), munich);
        assert!(city_demonym("Kölner", Lang::De).is_some());
        assert_eq!(city_demonym("Lehrer", Lang::De), None);
        assert_eq!(city_demonym("Männer", Lang::De), None);
        assert_eq!(city_demonym("Münchner", Lang::Fr), None);
    }

    #[test]
    fn keeps_particles_and_titles_apart() {
        let d = doc(
            "Selon le ministre Jean-Yves Le Drian, la France a parlé.",
            Lang::Fr,
        );
        let ps = extract(&d, &d.paragraphs[0], Lang::En, None);
        let texts: Vec<&str> = ps
            .iter()
            .filter(|p| p.strong().next().is_some())
            .map(|p| &d.text[p.range.clone()])
            .collect();
        assert_eq!(texts, vec!["Jean-Yves Le Drian", "France"]);
        assert_eq!(ps[0].tokens[0].strength, Strength::Weak); // Selon
        assert_eq!(
            ps[1].tokens[2].strength,
            Strength::Weak,
            "{:?}",
            ps[1].tokens
        );
    }

    #[test]
    fn tells_names_from_common_words() {
        let p = phrases("El Gobierno de Naftali Bennett y la Casa Blanca.", Lang::Es);
        assert_eq!(p[0][0].1, Strength::Weak); // Gobierno
        assert!(p
            .iter()
            .any(|ph| ph.iter().any(|(t, s)| t == "Bennett" && *s == Strong)));
        let p = phrases("Murray verlor den ersten Satz im Tiebreak.", Lang::De);
        assert_eq!(p[0][0], ("Murray".to_string(), Strong));
        assert!(p
            .iter()
            .all(|ph| ph.iter().all(|(t, s)| t != "Satz" || *s == Strength::Weak)));
    }

    #[test]
    fn finds_places_in_chinese() {
        let d = doc("他去了成都和法国。", Lang::Zh);
        let ps = extract(&d, &d.paragraphs[0], Lang::En, None);
        let texts: Vec<&str> = ps.iter().map(|p| &d.text[p.range.clone()]).collect();
        assert!(texts.contains(&"法国"), "{texts:?}");
    }

    #[test]
    fn strips_elision_and_possessive() {
        assert_eq!(bare("l'Élysée"), "Élysée");
        assert_eq!(bare("Kohl's"), "Kohl");
        assert_eq!(bare("O'Brien"), "O'Brien");
    }
}
