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
