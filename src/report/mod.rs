//! The finished report (plain data, serialisable) and the reporters that render
//! it. A reporter never checks and a check never renders.

use crate::document::{Document, ParagraphRule, RuleReason};
use crate::finding::{Finding, Severity};
use crate::lang::{Lang, LangInfo, LangMethod};
use crate::score::Verdict;
use serde::Serialize;
use std::io::{self, Write};
use std::sync::Arc;

pub mod html;
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod xliff;

/// Version of the JSON contract; bumped on any rename or removal.
pub const JSON_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub version: u32,
    pub documents: Vec<DocumentReport>,
    pub summary: Summary,
}

#[derive(Debug, Clone, Serialize)]
pub struct Side {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    pub lang: Lang,
    pub lang_method: LangMethod,
    pub lang_confidence: f64,
    /// How the text was cut into paragraphs: `blank` (blank lines separate
    /// them) or `line` (one per line).
    pub paragraphs: ParagraphRule,
    /// Why: `given`, `blank-lines`, `no-blank-line` or `paragraph-length-lines`.
    pub paragraphs_reason: RuleReason,
    /// Paragraphs over `document::MAX_PARAGRAPH_WORDS` words that were cut
    /// into pieces, each aligned and checked as a paragraph.
    pub paragraphs_cut: usize,
}

impl Side {
    pub fn new(path: Option<String>, doc: &Document) -> Side {
        let mut side = Side::from_parts(path, doc.lang, doc.paragraph_rule, doc.paragraph_reason);
        side.paragraphs_cut = doc.paragraphs_cut;
        side
    }

    pub fn from_parts(
        path: Option<String>,
        info: LangInfo,
        paragraphs: ParagraphRule,
        paragraphs_reason: RuleReason,
    ) -> Side {
        Side {
            path,
            lang: info.lang,
            lang_method: info.method,
            lang_confidence: crate::score::round2(info.confidence),
            paragraphs,
            paragraphs_reason,
            paragraphs_cut: 0,
        }
    }

    /// "by blank lines" or "one per line", and why, for people.
    pub fn describe_paragraphs(&self) -> String {
        let rule = match self.paragraphs {
            ParagraphRule::Blank => "by blank lines",
            ParagraphRule::Line => "one per line",
        };
        let cut = match self.paragraphs_cut {
            0 => String::new(),
            n => format!(
                "; {n} over {} words cut into pieces",
                crate::document::MAX_PARAGRAPH_WORDS
            ),
        };
        format!("{rule} ({}{cut})", self.paragraphs_reason.describe())
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentReport {
    pub id: String,
    pub source: Side,
    pub target: Side,
    pub score: f64,
    pub verdict: Verdict,
    /// Why the verdict is `fail` (empty on a pass).
    pub reasons: Vec<String>,
    pub words: usize,
    pub penalty: f64,
    pub paragraphs: Vec<ParagraphReport>,
    /// The checked texts, for reporters that show them; not serialised.
    #[serde(skip)]
    pub texts: Option<Arc<(Document, Document)>>,
    /// The XLIFF file checked, for the XLIFF report; not serialised.
    #[serde(skip)]
    pub xliff: Option<Arc<crate::formats::xliff::Xliff>>,
}

impl DocumentReport {
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.paragraphs.iter().flat_map(|p| p.findings.iter())
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ParaSide {
    /// 1-based first and last line, or null when this side has no paragraph.
    pub lines: Option<(usize, usize)>,
    /// 0-based paragraph indices in the document.
    pub paragraphs: Vec<usize>,
    /// For a markup file, the elements these paragraphs came from: XLIFF unit
    /// id, element path and line in the file (absent for plain text).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub elements: Vec<crate::formats::Origin>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ParagraphReport {
    /// Index of the aligned pair.
    pub index: usize,
    pub source: ParaSide,
    pub target: ParaSide,
    /// Link shape: "1-1", "1-5", "1-0", …
    pub alignment: String,
    pub alignment_cost: f64,
    pub words: usize,
    pub penalty: f64,
    pub score: f64,
    pub findings: Vec<Finding>,
}

impl ParagraphReport {
    /// Where the pair is in a markup file, for people: `unit p3` (XLIFF) or
    /// `target /nitf/body[1]/body.content[1]/p[2] line 14, source … line 12`;
    /// `None` for plain text.
    pub fn describe_elements(&self) -> Option<String> {
        let units: Vec<&str> = [&self.target.elements, &self.source.elements]
            .into_iter()
            .find(|e| !e.is_empty())?
            .iter()
            .filter_map(|o| o.unit.as_deref())
            .collect();
        if !units.is_empty() {
            let noun = if units.len() == 1 { "unit" } else { "units" };
            return Some(format!("{noun} {}", units.join(", ")));
        }
        let side = |name: &str, e: &[crate::formats::Origin]| {
            e.first().map(|o| {
                let more = if e.len() > 1 { " …" } else { "" };
                format!("{name} {} line {}{more}", o.path, o.line)
            })
        };
        let parts: Vec<String> = [
            side("target", &self.target.elements),
            side("source", &self.source.elements),
        ]
        .into_iter()
        .flatten()
        .collect();
        Some(parts.join(", "))
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    pub documents: usize,
    pub passed: usize,
    pub failed: usize,
    pub errors: usize,
    pub findings: SeverityCounts,
}

#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct SeverityCounts {
    pub minor: usize,
    pub major: usize,
    pub critical: usize,
}

impl Report {
    pub fn new(documents: Vec<DocumentReport>, errors: usize) -> Report {
        let mut summary = Summary {
            documents: documents.len(),
            errors,
            ..Summary::default()
        };
        for d in &documents {
            match d.verdict {
                Verdict::Pass => summary.passed += 1,
                Verdict::Fail => summary.failed += 1,
            }
            for f in d.findings() {
                match f.severity {
                    Severity::Minor => summary.findings.minor += 1,
                    Severity::Major => summary.findings.major += 1,
                    Severity::Critical => summary.findings.critical += 1,
                }
            }
        }
        Report {
            version: JSON_VERSION,
            documents,
            summary,
        }
    }
}

/// Renders a finished report in one format.
pub trait Reporter {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()>;
}

/// The formats a report can be rendered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    Html,
    Markdown,
    Junit,
    /// The checked XLIFF file with ITS 2.0 quality issues (XLIFF input only).
    Xliff,
}

impl Format {
    /// File extension of a report in this format (without the dot).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Human => "txt",
            Format::Json => "json",
            Format::Html => "html",
            Format::Markdown => "md",
            Format::Junit => "xml",
            Format::Xliff => "xlf",
        }
    }

    /// The reporter for this format. `color` applies to the human report only;
    /// `thresholds` lets the HTML report colour scores against the gate in force.
    pub fn reporter(
        self,
        color: bool,
        thresholds: crate::config::Thresholds,
    ) -> Box<dyn Reporter + Send + Sync> {
        match self {
            Format::Human => Box::new(human::Human { color }),
            Format::Json => Box::new(json::Json { pretty: true }),
            Format::Html => Box::new(html::Html { thresholds }),
            Format::Markdown => Box::new(markdown::Markdown),
            Format::Junit => Box::new(junit::Junit),
            Format::Xliff => Box::new(xliff::XliffReporter),
        }
    }
}
