//! Languages: the closed set mtcheck knows, their codes, and identification of a
//! document's language with whatlang. Identification never guesses silently: an
//! unreliable or unsupported result is an error the caller must surface.

pub mod abbreviations;
pub mod compass;
pub mod lexicon;
pub mod spelling;
mod spelling_partial;
pub mod words;

use serde::Serialize;
use std::fmt;
use std::str::FromStr;

/// A language mtcheck can check, written as its ISO 639-1 code everywhere
/// (command line, JSON, corpus folders).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Fr,
    Es,
    De,
    It,
    Pt,
    Nl,
    Pl,
    Cs,
    Ru,
    Sv,
    Zh,
    Ja,
    Hi,
    Ko,
    Ar,
    Uk,
    Ca,
}

/// The writing system a language is normally written in; used to spot text in
/// the wrong script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Cyrillic,
    Han,
    Japanese,
    Devanagari,
    Hangul,
    Arabic,
}

impl Lang {
    pub const ALL: [Lang; 18] = [
        Lang::En,
        Lang::Fr,
        Lang::Es,
        Lang::De,
        Lang::It,
        Lang::Pt,
        Lang::Nl,
        Lang::Pl,
        Lang::Cs,
        Lang::Ru,
        Lang::Sv,
        Lang::Zh,
        Lang::Ja,
        Lang::Hi,
        Lang::Ko,
        Lang::Ar,
        Lang::Uk,
        Lang::Ca,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::De => "de",
            Lang::It => "it",
            Lang::Pt => "pt",
            Lang::Nl => "nl",
            Lang::Pl => "pl",
            Lang::Cs => "cs",
            Lang::Ru => "ru",
            Lang::Sv => "sv",
            Lang::Zh => "zh",
            Lang::Ja => "ja",
            Lang::Hi => "hi",
            Lang::Ko => "ko",
            Lang::Ar => "ar",
            Lang::Uk => "uk",
            Lang::Ca => "ca",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "French",
            Lang::Es => "Spanish",
            Lang::De => "German",
            Lang::It => "Italian",
            Lang::Pt => "Portuguese",
            Lang::Nl => "Dutch",
            Lang::Pl => "Polish",
            Lang::Cs => "Czech",
            Lang::Ru => "Russian",
            Lang::Sv => "Swedish",
            Lang::Zh => "Chinese",
            Lang::Ja => "Japanese",
            Lang::Hi => "Hindi",
            Lang::Ko => "Korean",
            Lang::Ar => "Arabic",
            Lang::Uk => "Ukrainian",
            Lang::Ca => "Catalan",
        }
    }

    /// German, Dutch and Swedish write a compound noun as one word
    /// ("Strukturfondsprogramm", "Barentssee"), names among its parts.
    pub fn writes_compounds(self) -> bool {
        matches!(self, Lang::De | Lang::Nl | Lang::Sv)
    }

    pub fn script(self) -> Script {
        match self {
            Lang::Ru | Lang::Uk => Script::Cyrillic,
            Lang::Zh => Script::Han,
            Lang::Ja => Script::Japanese,
            Lang::Hi => Script::Devanagari,
            Lang::Ko => Script::Hangul,
            Lang::Ar => Script::Arabic,
            _ => Script::Latin,
        }
    }

    fn to_whatlang(self) -> whatlang::Lang {
        use whatlang::Lang as W;
        match self {
            Lang::En => W::Eng,
            Lang::Fr => W::Fra,
            Lang::Es => W::Spa,
            Lang::De => W::Deu,
            Lang::It => W::Ita,
            Lang::Pt => W::Por,
            Lang::Nl => W::Nld,
            Lang::Pl => W::Pol,
            Lang::Cs => W::Ces,
            Lang::Ru => W::Rus,
            Lang::Sv => W::Swe,
            Lang::Zh => W::Cmn,
            Lang::Ja => W::Jpn,
            Lang::Hi => W::Hin,
            Lang::Ko => W::Kor,
            Lang::Ar => W::Ara,
            Lang::Uk => W::Ukr,
            Lang::Ca => W::Cat,
        }
    }

    fn from_whatlang(w: whatlang::Lang) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.to_whatlang() == w)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        // Accept a region suffix ("pt-BR", "en_GB"): the checks do not depend on it.
        let base = lower.split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == base)
            .ok_or_else(|| {
                let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
                format!(
                    "unsupported language {s:?} (supported: {})",
                    known.join(", ")
                )
            })
    }
}

/// How a document's language was established.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LangInfo {
    pub lang: Lang,
    /// `given` when it came from the command line or the input record.
    pub method: LangMethod,
    /// whatlang's confidence (0–1) when detected; 1 when given.
    pub confidence: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LangMethod {
    Given,
    Detected,
    /// Declared in the file's markup (`xml:lang`, XLIFF `srcLang`, NITF
    /// `baselang`, NewsML-G2 `contentMeta/language`).
    Declared,
}

/// Why a language could not be identified.
#[derive(Debug, Clone, PartialEq)]
pub enum DetectError {
    /// whatlang found nothing to go on (no letters, too little text).
    Undetectable,
    /// whatlang named a language mtcheck does not support.
    Unsupported(String),
    /// The best guess is too uncertain to present as fact.
    Unreliable { guess: Lang, confidence: f64 },
}

impl fmt::Display for DetectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DetectError::Undetectable => f.write_str("could not identify the language"),
            DetectError::Unsupported(name) => write!(f, "language {name} is not supported"),
            DetectError::Unreliable { guess, confidence } => write!(
                f,
                "could not identify the language reliably (best guess {guess}, confidence {confidence:.2})"
            ),
        }
    }
}

/// Below this whatlang confidence a detection is not presented as fact. whatlang's
/// confidence is a margin between the two best candidates; on whole news articles it
/// is 0.95–1.0 (research note data-deps.md §1), so a lower value means mixed or
/// very short text, where the user must say which language it is.
pub const MIN_DETECTION_CONFIDENCE: f64 = 0.5;

/// Identify the language of a whole text. The detector is run on all the
/// languages whatlang knows, so that an unsupported language is reported as such
/// rather than mapped to the nearest supported one.
pub fn detect(text: &str) -> Result<LangInfo, DetectError> {
    let info = whatlang::detect(text).ok_or(DetectError::Undetectable)?;
    let lang = match Lang::from_whatlang(info.lang()) {
        Some(l) => l,
        None => return Err(DetectError::Unsupported(info.lang().eng_name().to_string())),
    };
    let confidence = info.confidence();
    if confidence < MIN_DETECTION_CONFIDENCE {
        return Err(DetectError::Unreliable {
            guess: lang,
            confidence,
        });
    }
    Ok(LangInfo {
        lang,
        method: LangMethod::Detected,
        confidence,
    })
}

/// The more likely of two languages for a short span (a few words or a
/// sentence). whatlang is right on spans of three words or more when restricted to
/// the pair, though its confidence there is low (research note §1), so only the
/// ranking is used.
pub fn likelier_of(text: &str, a: Lang, b: Lang) -> Option<(Lang, f64)> {
    let detector = whatlang::Detector::with_allowlist(vec![a.to_whatlang(), b.to_whatlang()]);
    let info = detector.detect(text)?;
    Lang::from_whatlang(info.lang()).map(|l| (l, info.confidence()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_with_region() {
        assert_eq!("pt-BR".parse::<Lang>().unwrap(), Lang::Pt);
        assert_eq!("EN".parse::<Lang>().unwrap(), Lang::En);
        assert!("xx".parse::<Lang>().is_err());
    }

    #[test]
    fn detects_a_spanish_paragraph() {
        let info = detect("El Gobierno español aprobó este martes un nuevo plan de ayudas para los agricultores afectados por la sequía.").unwrap();
        assert_eq!(info.lang, Lang::Es);
    }

    #[test]
    fn refuses_text_without_letters() {
        assert!(detect("12 345 — 678").is_err());
    }
}
