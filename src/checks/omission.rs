//! `omission`: source paragraphs, or most of one, that the translation lost.

use super::{residue, Check, CheckDoc, Context, FindingKind, PairView};
use crate::finding::{Finding, Severity};

pub static DOC: CheckDoc = CheckDoc {
    id: "omission",
    kinds: &[
        FindingKind {
            id: "missing-paragraph",
            doc: "a source paragraph with no target counterpart",
        },
        FindingKind {
            id: "partial",
            doc: "a target paragraph much shorter than its source: part of it was lost",
        },
    ],
    summary: "a source paragraph, or most of one, has no counterpart in the translation",
    body: "\
**What it catches.** A source paragraph that the aligner could not link to any target
paragraph (a `1-0` link), and a linked target paragraph that is less than a third of the
length the document's length ratio predicts (kind `partial`).

**Why it matters.** A dropped paragraph is information the reader of the translation never
gets, and nothing in the translation shows the gap.

**Example.** Source: `Les syndicats ont annoncé une grève nationale pour le 18 juillet.` →
target: (nothing between the paragraphs before and after).

**Known false positives.** Page furniture the translation rightly dropped is not reported
(the residue patterns are checked on the source). When the translation merges two
paragraphs and rewrites them much shorter, the aligner may call one of them missing.",
};

/// Paragraphs this long carry reportable content; shorter ones are captions,
/// labels or datelines, whose loss is minor.
const CONTENT_WORDS: usize = 8;
/// A target shorter than this share of its expected length lost most of its
/// source.
const PARTIAL_RATIO: f64 = 1.0 / 3.0;
/// Below this many source words a length ratio says little.
const PARTIAL_MIN_WORDS: usize = 20;

pub struct Omission;

impl Check for Omission {
    fn doc(&self) -> &'static CheckDoc {
        &DOC
    }

    fn check(&self, pair: &PairView, cx: &Context) -> Vec<Finding> {
        let p = pair.pair();
        let mut out = Vec::new();
        if p.target.is_empty() {
            for para in pair.source_paragraphs() {
                let text = &pair.source.text[para.range()];
                if residue::is_furniture(text, cx.source_lang, cx.config) {
                    continue;
                }
                let words = para.word_count();
                let (severity, confidence) = if words >= CONTENT_WORDS {
                    (Severity::Critical, 0.9)
                } else if words >= 3 {
                    (Severity::Major, 0.7)
                } else {
                    (Severity::Minor, 0.6)
                };
                let mut f = Finding::new(
                    DOC.id,
                    "missing-paragraph",
                    severity,
                    format!(
                        "source paragraph of {words} words has no counterpart in the translation"
                    ),
                )
                .confidence(confidence)
                .source(pair.source.span(para.range()));
                if words >= CONTENT_WORDS {
                    f = f.whole_paragraph();
                }
                out.push(f);
            }
            return out;
        }
        if p.source.is_empty() {
            return out;
        }
        let src_words: usize = pair.source_paragraphs().map(|p| p.word_count()).sum();
        let src_chars = chars(pair.source_text());
        let tgt_chars = chars(pair.target_text());
        let expected = src_chars * pair.alignment.ratio;
        if src_words >= PARTIAL_MIN_WORDS && tgt_chars < expected * PARTIAL_RATIO {
            out.push(
                Finding::new(
                    DOC.id,
                    "partial",
                    Severity::Major,
                    format!(
                        "translation is {:.0}% of the expected length: most of the source paragraph is missing",
                        100.0 * tgt_chars / expected
                    ),
                )
                .confidence(0.7)
                .evidence(format!(
                    "{src_chars:.0} source characters, {tgt_chars:.0} target characters, document ratio {:.2}",
                    pair.alignment.ratio
                ))
                .target(pair.target_span().expect("pair has a target"))
                .source_opt(pair.source_span()),
            );
        }
        out
    }
}

pub(crate) fn chars(text: &str) -> f64 {
    text.chars().filter(|c| !c.is_whitespace()).count() as f64
}
