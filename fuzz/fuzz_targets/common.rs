#![allow(dead_code)] // each target uses part of it
//! Shared by the fuzz targets: a language and a text from the fuzzer's bytes.

use mtcheck::document::{Document, ParagraphMode};
use mtcheck::lang::{Lang, LangInfo, LangMethod};

/// The language named by `b` (any byte names one).
pub fn lang(b: u8) -> Lang {
    Lang::ALL[usize::from(b) % Lang::ALL.len()]
}

/// The paragraph rule named by `b`.
pub fn mode(b: u8) -> ParagraphMode {
    match b % 3 {
        0 => ParagraphMode::Auto,
        1 => ParagraphMode::Blank,
        _ => ParagraphMode::Line,
    }
}

/// A document of `text` in `lang`, as the library builds one from a file.
pub fn document(text: &str, lang: Lang, mode: ParagraphMode) -> Document {
    let info = LangInfo {
        lang,
        method: LangMethod::Given,
        confidence: 1.0,
    };
    Document::with_paragraphs("fuzz", text.to_string(), info, mode)
}

/// Loads every language's tables once, before the first input: libFuzzer
/// charges a one-time cost (the word lists, place tables and dictionaries a
/// language reads on first use, 0.1–0.3 s, more under the sanitizer and on a
/// busy machine) to whichever input asks first, as a timeout. Called from
/// each target's `init`.
pub fn warm_up() {
    let source = "Le 12 mars 2024, Marie Dupont a annoncé 1 500 emplois à Paris.\n\n\
                  The minister met Anna Novak in Berlin on Monday, 3 March.";
    for &lang in Lang::ALL.iter() {
        for (a, b) in [(lang, Lang::En), (Lang::En, lang)] {
            let input = |name: &str, l| mtcheck::Input {
                name: name.to_string(),
                path: None,
                text: source.to_string(),
                lang: Some(l),
            };
            let _ = mtcheck::check_pair("warm-up", input("s", a), input("t", b), &mtcheck::Options::default());
        }
    }
}
