//! mtcheck: check a machine-translated news article against its original.
//!
//! The pipeline is read → normalise → segment → identify languages → align
//! paragraphs → checks → score → verdict → report. The library never prints;
//! output is deterministic whatever the number of threads.

#![forbid(unsafe_code)]

// A panic on input data is a bug: the modules below the reading, alignment,
// scoring and output of a run use no `unwrap` or `expect` outside tests (an
// invariant that needs one says why in an `allow`). The checks, names and
// numbers modules are audited by hand (see the README, "Robustness").
#[cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
pub mod align;
#[cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
pub mod batch;
pub mod checks;
#[cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
pub mod config;
#[cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
pub mod document;
#[cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
pub mod error;
#[cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
pub mod finding;
pub mod lang;
pub mod links;
#[cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
pub mod memo;
pub mod names;
pub mod numbers;
#[cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
pub mod report;
#[cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
pub mod score;
#[cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
pub mod stream;

use crate::checks::{Context, PairView};
use crate::config::Config;
use crate::document::Document;
use crate::error::{Error, Result};
use crate::finding::Finding;
use crate::lang::{Lang, LangInfo, LangMethod};
use crate::report::{DocumentReport, ParaSide, ParagraphReport, Side};
use rayon::prelude::*;
use std::sync::Arc;

/// One side of a pair to check: its text and how to name it.
#[derive(Debug, Clone)]
pub struct Input {
    /// Name used in messages: a path, or `<id>:source` in a stream.
    pub name: String,
    /// The path, when the text came from a file (shown in reports).
    pub path: Option<String>,
    pub text: String,
    /// Language given by the user or the record; detected when `None`.
    pub lang: Option<Lang>,
}

/// Settings for a run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub config: Config,
}

fn language(input: &Input, flag: &str) -> Result<LangInfo> {
    if let Some(lang) = input.lang {
        return Ok(LangInfo {
            lang,
            method: LangMethod::Given,
            confidence: 1.0,
        });
    }
    lang::detect(&input.text).map_err(|e| Error::Language {
        input: input.name.clone(),
        message: format!("{e}; give it with {flag}"),
    })
}

/// Check one translated article against its original.
pub fn check_pair(
    id: &str,
    source: Input,
    target: Input,
    opts: &Options,
) -> Result<DocumentReport> {
    document::check_text(&source.name, &source.text)?;
    document::check_text(&target.name, &target.text)?;
    let src_lang = language(&source, "--from")?;
    let tgt_lang = language(&target, "--to")?;
    if src_lang.lang == tgt_lang.lang {
        return Err(Error::Language {
            input: target.name.clone(),
            message: format!(
                "source and target are both {} ({}): nothing to compare; give the languages with --from and --to",
                tgt_lang.lang.name(),
                tgt_lang.lang
            ),
        });
    }
    let mode = opts.config.paragraphs;
    let src_doc = Document::with_paragraphs(source.name, source.text, src_lang, mode);
    let tgt_doc = Document::with_paragraphs(target.name, target.text, tgt_lang, mode);
    Ok(check_documents(
        id,
        src_doc,
        tgt_doc,
        source.path,
        target.path,
        opts,
    ))
}

/// Align and check two segmented documents, then score them.
pub fn check_documents(
    id: &str,
    source: Document,
    target: Document,
    source_path: Option<String>,
    target_path: Option<String>,
    opts: &Options,
) -> DocumentReport {
    let alignment = align::align(&source, &target);
    let cx = Context {
        config: &opts.config,
        source_lang: source.lang.lang,
        target_lang: target.lang.lang,
    };
    let checks: Vec<_> = checks::registry()
        .iter()
        .filter(|c| opts.config.enabled(c.id()))
        .collect();
    let paragraphs: Vec<ParagraphReport> = (0..alignment.pairs.len())
        .into_par_iter()
        .map(|index| {
            let view = PairView {
                source: &source,
                target: &target,
                alignment: &alignment,
                index,
            };
            let mut findings: Vec<Finding> = checks
                .iter()
                .flat_map(|c| {
                    let mut fs = c.check(&view, &cx);
                    if let Some(sev) = opts.config.severity_override(c.id()) {
                        fs.iter_mut().for_each(|f| f.severity = sev);
                    }
                    fs
                })
                .collect();
            findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
            let penalty = score::apply_penalties(&mut findings);
            let pair = view.pair();
            let tgt_words: usize = view.target_paragraphs().map(|p| p.word_count()).sum();
            let words = if pair.target.is_empty() {
                view.source_paragraphs().map(|p| p.word_count()).sum()
            } else {
                tgt_words
            };
            let side = |doc: &Document, idx: &[usize]| ParaSide {
                lines: match (idx.first(), idx.last()) {
                    (Some(&a), Some(&b)) => {
                        Some((doc.paragraphs[a].lines.0, doc.paragraphs[b].lines.1))
                    }
                    _ => None,
                },
                paragraphs: idx.to_vec(),
            };
            ParagraphReport {
                index,
                source: side(&source, &pair.source),
                target: side(&target, &pair.target),
                alignment: pair.kind.clone(),
                alignment_cost: pair.cost,
                words,
                penalty: score::round2(penalty),
                score: score::score(penalty, words),
                findings,
            }
        })
        .collect();
    let words: usize = paragraphs.iter().map(|p| p.words).sum();
    let penalty: f64 = paragraphs.iter().map(|p| p.penalty).sum();
    let article_score = score::score(penalty, words);
    let para_scores: Vec<f64> = paragraphs.iter().map(|p| p.score).collect();
    let all: Vec<&Finding> = paragraphs.iter().flat_map(|p| p.findings.iter()).collect();
    let (verdict, reasons) =
        score::verdict(article_score, &para_scores, &all, &opts.config.thresholds);
    DocumentReport {
        id: id.to_string(),
        source: Side::new(source_path, &source),
        target: Side::new(target_path, &target),
        score: article_score,
        verdict,
        reasons,
        words,
        penalty: score::round2(penalty),
        paragraphs,
        texts: Some(Arc::new((source, target))),
    }
}
