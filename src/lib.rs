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
#[cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
pub mod formats;
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
use crate::finding::{Finding, Severity};
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

/// The language of a side: given by the user, else declared by the file, else
/// detected from `text`.
fn language(
    name: &str,
    given: Option<Lang>,
    declared: Option<LangInfo>,
    text: &str,
    flag: &str,
) -> Result<LangInfo> {
    if let Some(lang) = given {
        return Ok(LangInfo {
            lang,
            method: LangMethod::Given,
            confidence: 1.0,
        });
    }
    if let Some(info) = declared {
        return Ok(info);
    }
    lang::detect(text).map_err(|e| Error::Language {
        input: name.to_string(),
        message: format!("{e}; give it with {flag}"),
    })
}

/// Two sides in one language cannot be compared.
fn distinct_languages(target_name: &str, source: LangInfo, target: LangInfo) -> Result<()> {
    if source.lang == target.lang {
        return Err(Error::Language {
            input: target_name.to_string(),
            message: format!(
                "source and target are both {} ({}): nothing to compare; give the languages with --from and --to",
                target.lang.name(),
                target.lang
            ),
        });
    }
    Ok(())
}

/// One side of a pair read from a file of any supported format.
#[derive(Debug)]
pub struct Loaded {
    /// Name used in messages (the path).
    pub name: String,
    pub path: Option<String>,
    pub content: formats::Loaded,
    /// Language given by the user; otherwise declared by the file or detected.
    pub lang: Option<Lang>,
}

fn side_document(side: Loaded, flag: &str, opts: &Options) -> Result<Document> {
    match side.content {
        formats::Loaded::Text(text) => {
            document::check_text(&side.name, &text)?;
            let info = language(&side.name, side.lang, None, &text, flag)?;
            Ok(Document::with_paragraphs(
                side.name,
                text,
                info,
                opts.config.paragraphs,
            ))
        }
        formats::Loaded::Article(article) => {
            let declared = formats::declared_lang(article.lang.as_deref());
            let info = language(&side.name, side.lang, declared, &article.extract.text, flag)?;
            Ok(article.into_document(side.name, info))
        }
        formats::Loaded::Xliff(_) => Err(Error::Usage(format!(
            "{}: is an XLIFF file, which holds both sides: check it on its own",
            side.name
        ))),
    }
}

/// Check a pair whose sides are plain text, NITF or NewsML-G2 files.
pub fn check_loaded(
    id: &str,
    source: Loaded,
    target: Loaded,
    opts: &Options,
) -> Result<DocumentReport> {
    check_loaded_with(id, source, target, opts, false)
}

/// [`check_loaded`] for a run that checks this one pair (the `check`
/// command): the spelling dictionaries of both languages are read only for
/// the words the two texts hold (see `lang::spelling::Speller::prime`), which
/// for a single article costs less than reading them whole. Findings are the
/// same.
pub fn check_loaded_alone(
    id: &str,
    source: Loaded,
    target: Loaded,
    opts: &Options,
) -> Result<DocumentReport> {
    check_loaded_with(id, source, target, opts, true)
}

fn check_loaded_with(
    id: &str,
    source: Loaded,
    target: Loaded,
    opts: &Options,
    prime_spelling: bool,
) -> Result<DocumentReport> {
    let (source_path, target_path) = (source.path.clone(), target.path.clone());
    let src_doc = side_document(source, "--from", opts)?;
    let tgt_doc = side_document(target, "--to", opts)?;
    distinct_languages(&tgt_doc.name, src_doc.lang, tgt_doc.lang)?;
    if !prime_spelling {
        return Ok(check_documents(
            id,
            src_doc,
            tgt_doc,
            source_path,
            target_path,
            opts,
        ));
    }
    fn words(d: &Document) -> impl Iterator<Item = &str> {
        d.paragraphs
            .iter()
            .flat_map(|p| p.tokens.iter().map(|t| d.token_text(t)))
            .filter(|w| w.chars().any(char::is_uppercase))
    }
    let asked: Vec<String> = words(&src_doc)
        .chain(words(&tgt_doc))
        .map(str::to_string)
        .collect();
    let spellers: Vec<_> = [src_doc.lang.lang, tgt_doc.lang.lang]
        .into_iter()
        .filter_map(|lang| opts.config.speller(lang))
        .collect();
    // The dictionaries are read on their own threads while the check
    // aligns and reads the texts; a question asked before a read ends
    // waits for it.
    Ok(std::thread::scope(|scope| {
        for speller in spellers {
            speller.prime_in(scope, asked.clone());
        }
        check_documents(id, src_doc, tgt_doc, source_path, target_path, opts)
    }))
}

/// Severity of a unit left without translation, by its number of words: the
/// tiers of a missing paragraph (`omission`).
fn untranslated_unit_severity(words: usize) -> Severity {
    if words >= 8 {
        Severity::Critical
    } else if words >= 3 {
        Severity::Major
    } else {
        Severity::Minor
    }
}

/// Check an XLIFF file: its units are the paragraphs and its alignment.
/// `from`/`to` override the languages the file declares.
pub fn check_xliff(
    id: &str,
    file: Box<formats::xliff::Xliff>,
    path: Option<String>,
    from: Option<Lang>,
    to: Option<Lang>,
    opts: &Options,
) -> Result<DocumentReport> {
    use formats::xliff::TargetState;
    let name = file.name.clone();
    let src_lang = language(
        &name,
        from,
        formats::declared_lang(file.source_lang.as_deref()),
        &file.source.text,
        "--from",
    )?;
    let tgt_lang = language(
        &name,
        to,
        formats::declared_lang(file.target_lang.as_deref()),
        &file.target.text,
        "--to",
    )?;
    distinct_languages(&name, src_lang, tgt_lang)?;
    let (source, target) = file.documents(src_lang, tgt_lang);
    let (alignment, units) = file.alignment(&source, &target);
    let given: Vec<Given> = alignment
        .pairs
        .iter()
        .zip(&units)
        .map(|(pair, &k)| {
            let unit = &file.units[k];
            let range = match (pair.source.first(), pair.source.last()) {
                (Some(&a), Some(&b)) => source.paragraphs[a].start..source.paragraphs[b].end,
                _ => return Given::Checks,
            };
            let words: usize = pair
                .source
                .iter()
                .map(|&i| source.paragraphs[i].word_count())
                .sum();
            let span = source.span(range);
            let finding = |kind, severity, message: String| {
                Finding::new(checks::untranslated::DOC.id, kind, severity, message)
                    .source(span.clone())
            };
            match &unit.state {
                TargetState::Complete => Given::Checks,
                TargetState::Absent | TargetState::Empty => {
                    let what = if unit.state == TargetState::Absent {
                        "has no target"
                    } else {
                        "has an empty target"
                    };
                    let severity = untranslated_unit_severity(words);
                    let mut f = finding(
                        "unit",
                        severity,
                        format!("unit {} {what}: not translated ({words} words)", unit.id),
                    );
                    if severity == Severity::Critical {
                        f = f.whole_paragraph();
                    }
                    Given::Replace(vec![f])
                }
                TargetState::Partial(segments) => Given::Add(vec![finding(
                    "segment",
                    Severity::Major,
                    format!(
                        "unit {}: segment {} not translated",
                        unit.id,
                        segments.join(", ")
                    ),
                )]),
            }
        })
        .collect();
    let mut report = check_aligned(
        id,
        source,
        target,
        path.clone(),
        path,
        alignment,
        &given,
        opts,
    );
    report.xliff = Some(Arc::from(file));
    Ok(report)
}

/// Findings an input format gives for an aligned pair.
#[derive(Debug, Clone)]
pub enum Given {
    /// Run the checks.
    Checks,
    /// Run the checks and add these.
    Add(Vec<Finding>),
    /// These instead of the checks (a unit with no translation).
    Replace(Vec<Finding>),
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
    let src_lang = language(&source.name, source.lang, None, &source.text, "--from")?;
    let tgt_lang = language(&target.name, target.lang, None, &target.text, "--to")?;
    distinct_languages(&target.name, src_lang, tgt_lang)?;
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
    check_aligned(
        id,
        source,
        target,
        source_path,
        target_path,
        alignment,
        &[],
        opts,
    )
}

/// Check two documents aligned as `alignment` says, then score them. `given`
/// holds, per aligned pair, findings the input format gives (pairs beyond it
/// run the checks).
#[allow(clippy::too_many_arguments)]
pub fn check_aligned(
    id: &str,
    source: Document,
    target: Document,
    source_path: Option<String>,
    target_path: Option<String>,
    alignment: align::Alignment,
    given: &[Given],
    opts: &Options,
) -> DocumentReport {
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
            let run = || -> Vec<Finding> {
                checks
                    .iter()
                    .flat_map(|c| {
                        let mut fs = c.check(&view, &cx);
                        debug_assert!(
                            fs.iter().all(|f| c.doc().kind(f.kind).is_some()),
                            "{} reported a kind its CheckDoc does not list",
                            c.id()
                        );
                        if let Some(sev) = opts.config.severity_override(c.id()) {
                            fs.iter_mut().for_each(|f| f.severity = sev);
                        }
                        fs
                    })
                    .collect()
            };
            let mut findings = match given.get(index) {
                None | Some(Given::Checks) => run(),
                Some(Given::Add(extra)) => {
                    let mut fs = run();
                    fs.extend(extra.iter().cloned());
                    fs
                }
                Some(Given::Replace(fs)) => fs.clone(),
            };
            findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
            let penalty = score::apply_penalties(&mut findings);
            let pair = view.pair();
            let tgt_words: usize = view.target_paragraphs().map(|p| p.word_count()).sum();
            let words = if pair.target.is_empty() {
                view.source_paragraphs().map(|p| p.word_count()).sum()
            } else {
                tgt_words
            };
            let side = |doc: &Document, idx: &[usize]| {
                let mut elements: Vec<formats::Origin> = Vec::new();
                for &i in idx {
                    if let Some(o) = doc.origin_of(doc.paragraphs[i].start) {
                        if elements.last() != Some(o) {
                            elements.push(o.clone());
                        }
                    }
                }
                ParaSide {
                    lines: match (idx.first(), idx.last()) {
                        (Some(&a), Some(&b)) => {
                            Some((doc.paragraphs[a].lines.0, doc.paragraphs[b].lines.1))
                        }
                        _ => None,
                    },
                    paragraphs: idx.to_vec(),
                    elements,
                }
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
        xliff: None,
    }
}
