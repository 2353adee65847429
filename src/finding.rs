//! Findings: what a check reports, as plain data with spans. A finding carries no
//! colours and no layout; reporters decide how it looks.

use crate::document::Span;
use serde::Serialize;
use std::fmt;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Minor,
    Major,
    Critical,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Minor => "minor",
            Severity::Major => "major",
            Severity::Critical => "critical",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Severity {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "minor" => Ok(Severity::Minor),
            "major" => Ok(Severity::Major),
            "critical" => Ok(Severity::Critical),
            _ => Err(format!(
                "unknown severity {s:?} (expected minor, major or critical)"
            )),
        }
    }
}

/// One problem found in an aligned pair of paragraphs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Stable check id (`untranslated`, `number-mismatch`, …).
    pub check: &'static str,
    /// What kind of problem within the check (`missing`, `scale`, `word`, …).
    pub kind: &'static str,
    pub severity: Severity,
    /// 0–1: how sure the check is.
    pub confidence: f64,
    pub message: String,
    /// Where in the target, when the problem is visible there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<Span>,
    /// The matching place in the source, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Span>,
    /// The facts the decision rests on ("Spanish zipf 4.52, English zipf 1.35").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    /// The value of the source as mtcheck read it ("12,500", "March 14"),
    /// when the finding is about a value (`number-mismatch`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_value: Option<String>,
    /// The value of the target as mtcheck read it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_value: Option<String>,
    /// The source's value written the way the target language writes it
    /// ("12,500" in English for "12 500"): what the translation should say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
    /// Set by scoring: weight × confidence.
    pub penalty: f64,
    /// The whole paragraph is affected (an untranslated paragraph, an omission):
    /// scoring uses the paragraph weight instead of the severity weight.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub whole_paragraph: bool,
}

impl Finding {
    /// A finding needs its check, kind, severity and message; spans, evidence and
    /// confidence are added with the builder methods.
    pub fn new(
        check: &'static str,
        kind: &'static str,
        severity: Severity,
        message: impl Into<String>,
    ) -> Finding {
        Finding {
            check,
            kind,
            severity,
            confidence: 1.0,
            message: message.into(),
            target: None,
            source: None,
            evidence: None,
            source_value: None,
            target_value: None,
            expected: None,
            penalty: 0.0,
            whole_paragraph: false,
        }
    }

    pub fn confidence(mut self, c: f64) -> Finding {
        self.confidence = c.clamp(0.0, 1.0);
        self
    }

    pub fn target(mut self, span: Span) -> Finding {
        self.target = Some(span);
        self
    }

    pub fn source(mut self, span: Span) -> Finding {
        self.source = Some(span);
        self
    }

    pub fn source_opt(mut self, span: Option<Span>) -> Finding {
        self.source = span;
        self
    }

    pub fn evidence(mut self, e: impl Into<String>) -> Finding {
        self.evidence = Some(e.into());
        self
    }

    /// The values a finding about a value compares: the source's, the
    /// target's, and the source's written in the target's notation.
    pub fn values(
        mut self,
        source: Option<String>,
        target: Option<String>,
        expected: Option<String>,
    ) -> Finding {
        self.source_value = source;
        self.target_value = target;
        self.expected = expected;
        self
    }

    pub fn whole_paragraph(mut self) -> Finding {
        self.whole_paragraph = true;
        self
    }

    /// Sort key for deterministic output: target position, then source position,
    /// then check and kind.
    pub fn sort_key(&self) -> (usize, usize, usize, &'static str, &'static str) {
        let t = self.target.as_ref().map_or(usize::MAX, |s| s.start);
        let te = self.target.as_ref().map_or(usize::MAX, |s| s.end);
        let s = self.source.as_ref().map_or(usize::MAX, |s| s.start);
        (t, te, s, self.check, self.kind)
    }
}
