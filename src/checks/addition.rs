//! `addition`: target paragraphs, or large parts of one, that the source never had.

use super::omission::chars;
use super::{residue, Check, CheckDoc, Context, FindingKind, PairView};
use crate::finding::{Finding, Severity};

pub static DOC: CheckDoc = CheckDoc {
    id: "addition",
    kinds: &[
        FindingKind {
            id: "extra-paragraph",
            doc: "a target paragraph with no source counterpart",
        },
        FindingKind {
            id: "expanded",
            doc: "a target paragraph much longer than its source: text was added",
        },
    ],
    summary: "a target paragraph, or a large part of one, has no counterpart in the source",
    body: "\
**What it catches.** A target paragraph the aligner could not link to any source paragraph
(a `0-1` link), and a linked target paragraph more than three times the length the document's
length ratio predicts (kind `expanded`).

**Why it matters.** Text the source does not have is either a hallucination of the machine
translation or something pasted from another article; either way it is published under the
original author's name.

**Example.** Source: two paragraphs → target: the same two plus `Read our full coverage of
the reform in ten questions.`

**Known false positives.** Page furniture is reported by `residue`, not here. Explanations a
translator adds for a foreign audience (a gloss after an acronym) can make a paragraph long,
rarely three times as long.",
};

const CONTENT_WORDS: usize = 8;
const EXPANDED_RATIO: f64 = 3.0;
const EXPANDED_MIN_WORDS: usize = 20;

pub struct Addition;

impl Check for Addition {
    fn doc(&self) -> &'static CheckDoc {
        &DOC
    }

    fn check(&self, pair: &PairView, cx: &Context) -> Vec<Finding> {
        let p = pair.pair();
        let mut out = Vec::new();
        if p.source.is_empty() {
            for para in pair.target_paragraphs() {
                let text = &pair.target.text[para.range()];
                if residue::is_furniture(text, cx.target_lang, cx.config) {
                    continue; // residue reports it
                }
                let words = para.word_count();
                let (severity, confidence) = if words >= CONTENT_WORDS {
                    (Severity::Major, 0.8)
                } else {
                    (Severity::Minor, 0.6)
                };
                out.push(
                    Finding::new(
                        DOC.id,
                        "extra-paragraph",
                        severity,
                        format!(
                            "target paragraph of {words} words has no counterpart in the source"
                        ),
                    )
                    .confidence(confidence)
                    .target(pair.target.span(para.range())),
                );
            }
            return out;
        }
        if p.target.is_empty() {
            return out;
        }
        let tgt_words: usize = pair.target_paragraphs().map(|p| p.word_count()).sum();
        let expected = chars(pair.source_text()) * pair.alignment.ratio;
        let tgt_chars = chars(pair.target_text());
        if tgt_words >= EXPANDED_MIN_WORDS && tgt_chars > expected * EXPANDED_RATIO {
            out.push(
                Finding::new(
                    DOC.id,
                    "expanded",
                    Severity::Major,
                    format!(
                        "translation is {:.1} times the expected length: text the source does not have",
                        tgt_chars / expected.max(1.0)
                    ),
                )
                .confidence(0.7)
                .target(pair.target_span().expect("pair has a target"))
                .source_opt(pair.source_span()),
            );
        }
        out
    }
}
