//! Running a batch: checking every pair in parallel ([`run`]) and what comes
//! of it ([`Batch`], [`BatchEntry`], [`BatchSummary`]).

use super::{render_index, safe_stems, write_atomic, PairSpec, INDEX_STEM};
use crate::error::{Error, Result};
use crate::report::{DocumentReport, Format, Report, Reporter, SeverityCounts, JSON_VERSION};
use crate::score::Verdict;
use crate::{check_loaded, check_xliff, Loaded, Options};
use rayon::prelude::*;
use serde::Serialize;
use std::fs;
use std::path::PathBuf;

/// How a batch is run, beyond the checking options.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    /// Largest input accepted, per file.
    pub max_bytes: u64,
    /// Where to write one report per article and the index; nothing is written
    /// when `None`.
    pub out_dir: Option<PathBuf>,
    /// Format of the reports and the index.
    pub format: Format,
}

/// One pair of a batch and what became of it.
#[derive(Debug, Clone, Serialize)]
pub struct BatchEntry {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_path: Option<String>,
    /// The report written for this pair, relative to the output folder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report_file: Option<String>,
    /// The checked article. Kept lean so that memory grows slowly with the
    /// batch: without its texts, and with only the paragraphs that have findings
    /// (the per-article report has all of them).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentReport>,
    /// Why the pair could not be checked (or its report not written).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl BatchEntry {
    /// The article's score, when it was checked without error.
    pub fn score(&self) -> Option<f64> {
        match (&self.document, &self.error) {
            (Some(d), None) => Some(d.score),
            _ => None,
        }
    }

    pub fn verdict(&self) -> Option<Verdict> {
        match (&self.document, &self.error) {
            (Some(d), None) => Some(d.verdict),
            _ => None,
        }
    }

    pub fn counts(&self) -> SeverityCounts {
        let mut c = SeverityCounts::default();
        for f in self.document.iter().flat_map(|d| d.findings()) {
            match f.severity {
                crate::finding::Severity::Minor => c.minor += 1,
                crate::finding::Severity::Major => c.major += 1,
                crate::finding::Severity::Critical => c.critical += 1,
            }
        }
        c
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct BatchSummary {
    pub pairs: usize,
    pub passed: usize,
    pub failed: usize,
    pub errors: usize,
    pub findings: SeverityCounts,
}

/// The result of a batch: every pair in input order, and the totals.
#[derive(Debug, Clone, Serialize)]
pub struct Batch {
    pub version: u32,
    pub summary: BatchSummary,
    pub entries: Vec<BatchEntry>,
}

impl Batch {
    pub fn new(entries: Vec<BatchEntry>) -> Batch {
        let mut s = BatchSummary {
            pairs: entries.len(),
            ..BatchSummary::default()
        };
        for e in &entries {
            match e.verdict() {
                None => s.errors += 1,
                Some(Verdict::Pass) => s.passed += 1,
                Some(Verdict::Fail) => s.failed += 1,
            }
            let c = e.counts();
            s.findings.minor += c.minor;
            s.findings.major += c.major;
            s.findings.critical += c.critical;
        }
        Batch {
            version: JSON_VERSION,
            summary: s,
            entries,
        }
    }

    /// The worst of all: 2 when a pair could not be checked, 1 when an article
    /// failed, 0 when every one passed.
    pub fn exit_code(&self) -> u8 {
        if self.summary.errors > 0 {
            2
        } else if self.summary.failed > 0 {
            1
        } else {
            0
        }
    }

    /// Checked entries, lowest score first (ties by id): the articles an editor
    /// should open first.
    pub fn worst(&self) -> Vec<&BatchEntry> {
        let mut v: Vec<&BatchEntry> = self
            .entries
            .iter()
            .filter(|e| e.score().is_some())
            .collect();
        v.sort_by(|a, b| {
            a.score()
                .partial_cmp(&b.score())
                .unwrap_or(std::cmp::Ordering::Equal)
                .then_with(|| a.id.cmp(&b.id))
        });
        v
    }

    pub fn errors(&self) -> impl Iterator<Item = &BatchEntry> {
        self.entries.iter().filter(|e| e.verdict().is_none())
    }
}

fn check_spec(spec: &PairSpec, opts: &Options, max_bytes: u64) -> Result<DocumentReport, String> {
    if let Some(p) = &spec.problem {
        return Err(p.clone());
    }
    let read = |path: &Option<PathBuf>, side: &str, lang| -> Result<Loaded, String> {
        let path = path.as_ref().ok_or_else(|| format!("no {side} file"))?;
        let content = crate::formats::load(path, max_bytes).map_err(|e| e.to_string())?;
        Ok(Loaded {
            name: path.display().to_string(),
            path: Some(path.display().to_string()),
            content,
            lang,
        })
    };
    let source = read(&spec.source, "source", spec.source_lang)?;
    if spec.target.is_none() {
        if let crate::formats::Loaded::Xliff(file) = source.content {
            return check_xliff(
                &spec.id,
                file,
                source.path,
                spec.source_lang,
                spec.target_lang,
                opts,
            )
            .map_err(|e| e.to_string());
        }
    }
    let target = read(&spec.target, "target", spec.target_lang)?;
    check_loaded(&spec.id, source, target, opts).map_err(|e| e.to_string())
}

fn run_one(
    spec: PairSpec,
    stem: &str,
    opts: &Options,
    bopts: &BatchOptions,
    reporter: &(dyn Reporter + Send + Sync),
) -> BatchEntry {
    let mut entry = BatchEntry {
        id: spec.id.clone(),
        source_path: spec.source.as_ref().map(|p| p.display().to_string()),
        target_path: spec.target.as_ref().map(|p| p.display().to_string()),
        report_file: None,
        document: None,
        error: None,
    };
    let mut doc = match check_spec(&spec, opts, bopts.max_bytes) {
        Ok(d) => d,
        Err(e) => {
            entry.error = Some(e);
            return entry;
        }
    };
    if let Some(dir) = &bopts.out_dir {
        let file = format!("{stem}.{}", bopts.format.extension());
        let report = Report::new(vec![doc], 0);
        let mut buf = Vec::new();
        let written = reporter
            .render(&report, &mut buf)
            .and_then(|()| write_atomic(&dir.join(&file), &buf));
        match written {
            Ok(()) => entry.report_file = Some(file),
            Err(e) => entry.error = Some(format!("writing the report {file}: {e}")),
        }
        let Some(d) = report.documents.into_iter().next() else {
            unreachable!("the report was made from one document");
        };
        doc = d;
    }
    doc.texts = None;
    doc.paragraphs.retain(|p| !p.findings.is_empty());
    entry.document = Some(doc);
    entry
}

/// Check every pair on the current rayon pool, calling `progress` from the
/// worker threads as each one finishes (the library prints nothing; the caller
/// draws a bar if it likes). With an output folder, writes one report per
/// checked pair and then the index. The entries keep the input order. Errors
/// are the output folder or the index that could not be written; a pair that
/// could not be checked is an entry with an error.
pub fn run(
    pairs: Vec<PairSpec>,
    opts: &Options,
    bopts: &BatchOptions,
    progress: &(dyn Fn(&BatchEntry) + Sync),
) -> Result<Batch> {
    let stems = safe_stems(pairs.iter().map(|p| p.id.as_str()));
    if let Some(dir) = &bopts.out_dir {
        fs::create_dir_all(dir).map_err(|source| Error::Io {
            path: dir.clone(),
            source,
        })?;
    }
    let reporter = bopts.format.reporter(false, opts.config.thresholds);
    let entries: Vec<BatchEntry> = pairs
        .into_par_iter()
        .zip(stems.par_iter())
        .map(|(spec, stem)| {
            let e = run_one(spec, stem, opts, bopts, reporter.as_ref());
            progress(&e);
            e
        })
        .collect();
    let batch = Batch::new(entries);
    if let Some(dir) = &bopts.out_dir {
        let path = dir.join(format!("{INDEX_STEM}.{}", bopts.format.extension()));
        let mut buf = Vec::new();
        render_index(&batch, bopts.format, &opts.config.thresholds, &mut buf)
            .and_then(|()| write_atomic(&path, &buf))
            .map_err(|source| Error::Io { path, source })?;
    }
    Ok(batch)
}
