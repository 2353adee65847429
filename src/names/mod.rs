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
        best.max(umlaut_plural_zipf(lang, word))
    }

    /// Zipf of the noun a German plural with an umlaut on the stem's last
    /// vowel and an ending stands for ("Fröste" of "Frost", "Städte" of
    /// "Stadt", "Häuser" of "Haus", "Müttern" of "Mutter"); 0 for other
    /// words and languages.
    pub fn umlaut_plural_zipf(lang: Lang, word: &str) -> f32 {
        if lang != Lang::De {
            return 0.0;
        }
        let w = word.to_lowercase();
        GERMAN_UMLAUT_PLURAL_ENDINGS
            .iter()
            .filter_map(|e| w.strip_suffix(e).and_then(without_last_umlaut))
            .map(|plain| zipf(lang, &plain).unwrap_or(0.0))
            .fold(0.0, f32::max)
    }

    /// The endings of German plurals that umlaut their stem, longest first.
    const GERMAN_UMLAUT_PLURAL_ENDINGS: &[&str] = &["ern", "er", "en", "e", "n", ""];

    /// `stem` with its last umlaut turned back into its vowel ("fröst" →
    /// "frost", "bäum" → "baum"); `None` without one.
    fn without_last_umlaut(stem: &str) -> Option<String> {
        let (at, c) = stem
            .char_indices()
            .rev()
            .find(|(_, c)| matches!(c, 'ä' | 'ö' | 'ü'))?;
        let plain = match c {
            'ä' => 'a',
            'ö' => 'o',
            _ => 'u',
        };
        Some(format!(
            "{}{plain}{}",
            &stem[..at],
            &stem[at + c.len_utf8()..]
        ))
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

        #[test]
        fn german_plurals_with_an_umlaut_are_forms_of_their_noun() {
            assert_eq!(zipf(Lang::De, "Fröste"), Some(0.0));
            assert!(zipf_any_form(Lang::De, "Fröste") >= zipf(Lang::De, "Frost").unwrap());
            assert!(zipf_any_form(Lang::De, "Häuser") >= zipf(Lang::De, "Haus").unwrap());
            assert_eq!(without_last_umlaut("bäum").as_deref(), Some("baum"));
            assert_eq!(without_last_umlaut("haus"), None);
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

use Strength::Strong;

mod extractor;
mod phrases;
mod wordclass;

pub use extractor::*;
pub use phrases::*;
pub use wordclass::*;

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
    // Feasts are translated like months (`data/lang/<code>/holidays.txt`),
    // and so are the units named after people ("degrees Celsius").
    crate::lang::words::contains(lang, "holidays", &w)
        || (word.chars().next().is_some_and(char::is_uppercase)
            && crate::numbers::extract::is_unit_word(&w)
            && w.chars().count() >= 6)
        || lang == Lang::En
            && (dates::month(Lang::En, &w).is_some_and(|m| fold(dates::month_name(m)) == w) || {
                // "on Tuesdays": the plural of a habit.
                let day = w
                    .strip_suffix('s')
                    .filter(|d| d.ends_with("day"))
                    .unwrap_or(&w);
                dates::weekday(Lang::En, day).is_some_and(|d| fold(dates::weekday_name(d)) == day)
            })
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

/// Zipf from which a word is one of its language's commonest, a function word
/// ("по", "como", "the", "not"), whatever name is spelt alike.
pub const FUNCTION_WORD_MIN_ZIPF: f32 = 5.5;

/// Languages whose rule of no article before a surname `extract` relies on.
pub const ROMANCE: &[Lang] = &[Lang::Es, Lang::It, Lang::Fr, Lang::Pt, Lang::Ca];

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
        extract(&d, &d.paragraphs[0], Lang::En, None, None)
            .into_iter()
            .map(|p| p.tokens.into_iter().map(|t| (t.text, t.strength)).collect())
            .collect()
    }

    /// The strong tokens of an English text's name phrases.
    fn strong_en(text: &str) -> Vec<String> {
        phrases(text, Lang::En)
            .into_iter()
            .flatten()
            .filter(|(_, s)| *s == Strength::Strong)
            .map(|(t, _)| t)
            .collect()
    }

    /// The genus of a species' scientific name is a term, not a name; a
    /// surname before a common word is still a name.
    #[test]
    fn the_genus_of_a_species_is_no_name() {
        assert!(strong_en("The virus is spread by the Aedes aegypti mosquito.").is_empty());
        assert!(strong_en("Cases caused by Plasmodium falciparum rose in spring.").is_empty());
        assert_eq!(
            strong_en("The coach praised Nakamura again."),
            vec!["Nakamura"]
        );
    }

    /// Money written with a currency's code or letter sign before the
    /// amount is no name; the same letters in a name are.
    #[test]
    fn a_currency_sign_before_an_amount_is_no_name() {
        assert!(strong_en("The court fined the miner R850 million on Monday.").is_empty());
        assert!(strong_en("The state set aside Rs 300 crore for repairs.").is_empty());
        assert!(strong_en("The bank lent it USD 40 million last year.").is_empty());
        assert_eq!(strong_en("The shares of Rs Holdings rose."), vec!["Rs"]);
    }

    #[test]
    fn street_names_of_rare_words_are_names() {
        assert!(street_name("Aidenbachstraße", Lang::De));
        for common in ["Hauptstraße", "Bundesstraße", "Marktplatz", "Straße"] {
            assert!(!street_name(common, Lang::De), "{common}");
        }
    }

    #[test]
    fn people_of_a_place_in_slavic_languages_and_short_names() {
        let au = places::Place("AU");
        for (lang, word) in [
            (Lang::Uk, "австралійців"),
            (Lang::Ru, "австралийцев"),
            (Lang::Cs, "Australanů"),
            (Lang::Pl, "Australijczycy"),
            (Lang::En, "Australians"),
        ] {
            assert!(
                places::demonym_of(lang, word, places::ANY).contains(&au),
                "{word}"
            );
        }
        assert!(
            places::demonym_of(Lang::En, "Iranians", places::ANY).contains(&places::Place("IR"))
        );
        // A woman of a place, in her case forms.
        let es = places::Place("ES");
        assert!(places::demonym_of(Lang::Uk, "іспанка", places::ANY).contains(&es));
        assert!(places::demonym_of(Lang::Ru, "испанкой", places::ANY).contains(&es));
        // A word that only starts like a place is none of its people.
        assert!(!places::demonym_of(Lang::Uk, "австралопітек", places::ANY).contains(&au));
        assert!(
            !places::demonym_of(Lang::En, "Iranium", places::ANY).contains(&places::Place("IR"))
        );
        // The endings are written as keys are, so that they compare.
        for lang in [Lang::Uk, Lang::Ru, Lang::Cs, Lang::Pl, Lang::De] {
            for e in places::person_endings(lang) {
                assert_eq!(places::key(e), *e, "{lang:?}");
            }
        }
    }

    #[test]
    fn units_named_after_people_are_no_names() {
        assert!(is_calendar_word("Celsius", Lang::En) && is_calendar_word("Fahrenheit", Lang::De));
        assert!(!is_calendar_word("Pound", Lang::En), "a surname too");
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
        let ps = extract(&d, &d.paragraphs[0], Lang::En, None, None);
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
        let ps = extract(&d, &d.paragraphs[0], Lang::En, None, None);
        let texts: Vec<&str> = ps.iter().map(|p| &d.text[p.range.clone()]).collect();
        assert!(texts.contains(&"法国"), "{texts:?}");
    }

    #[test]
    fn english_months_and_weekdays_are_calendar_words() {
        for w in ["March", "Tuesday", "Tuesdays", "Sundays"] {
            assert!(is_calendar_word(w, Lang::En), "{w}");
        }
        // Not a weekday's plural, nor an abbreviation that is also a name.
        for w in ["Tuesdayss", "Sun", "Mays", "Holidays"] {
            assert!(!is_calendar_word(w, Lang::En), "{w}");
        }
    }

    #[test]
    fn strips_elision_and_possessive() {
        assert_eq!(bare("l'Élysée"), "Élysée");
        assert_eq!(bare("Kohl's"), "Kohl");
        assert_eq!(bare("O'Brien"), "O'Brien");
        assert_eq!(bare("Quest'anno"), "anno");
        assert_eq!(bare("Rossby'ego"), "Rossby");
        assert_eq!(bare("She’ll"), "She");
        // The soft sign of a romanised name is part of it.
        assert_eq!(bare("Myrhorods'k"), "Myrhorods'k");
        // A negation is its own word, not a name "Isn".
        assert_eq!(bare("Isn't"), "Isn't");
        assert_eq!(bare("Won’t"), "Won’t");
    }
}
