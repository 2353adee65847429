//! The terminal report: per article a verdict line, then each aligned paragraph
//! with findings, the target (and source) line with the span marked. Colour only
//! when the caller says so (a TTY without NO_COLOR).

use super::{DocumentReport, Report, Reporter};
use crate::document::{Document, Span};
use crate::finding::{Finding, Severity};
use crate::score::Verdict;
use std::io::{self, Write};

pub struct Human {
    pub color: bool,
}

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const RED: &str = "\x1b[31m";
const YELLOW: &str = "\x1b[33m";
const GREEN: &str = "\x1b[32m";
const CYAN: &str = "\x1b[36m";

impl Human {
    fn paint(&self, style: &str, text: &str) -> String {
        if self.color {
            format!("{style}{text}{RESET}")
        } else {
            text.to_string()
        }
    }

    fn severity(&self, s: Severity) -> String {
        let style = match s {
            Severity::Critical => RED,
            Severity::Major => YELLOW,
            Severity::Minor => CYAN,
        };
        self.paint(style, &format!("{:<8}", s.as_str()))
    }

    /// The line holding `span`, with the span underlined below it.
    fn excerpt(
        &self,
        out: &mut dyn Write,
        label: &str,
        doc: &Document,
        span: &Span,
    ) -> io::Result<()> {
        let range = doc.line_range(span.line);
        let line = &doc.text[range.clone()];
        let line = line.trim_start_matches('\u{feff}');
        let shown: String = line
            .chars()
            .map(|c| if c == '\t' { ' ' } else { c })
            .collect();
        let width = 100;
        let col = span.column - 1;
        let len = doc.text[span.start..span.end.min(range.end).max(span.start)]
            .chars()
            .count()
            .max(1);
        // Long lines are cut around the span so that the marker stays visible.
        let skip = col.saturating_sub(width / 3);
        let visible: String = shown.chars().skip(skip).take(width).collect();
        let prefix = if skip > 0 { "…" } else { "" };
        let gutter = format!("{label} {:>4} │ ", span.line);
        writeln!(out, "    {}{prefix}{visible}", self.paint(DIM, &gutter))?;
        let whole_line = span.start <= range.start + (line.len() - line.trim_start().len())
            && span.end >= range.end;
        if whole_line && col + len > width {
            return Ok(()); // the span is the whole (long) line: the line says it all
        }
        let pad = " ".repeat(gutter.chars().count() + prefix.chars().count() + col - skip);
        let marks = "^".repeat(len.min(width.saturating_sub(col - skip)).max(1));
        writeln!(out, "    {pad}{}", self.paint(RED, &marks))
    }

    fn finding(&self, out: &mut dyn Write, d: &DocumentReport, f: &Finding) -> io::Result<()> {
        writeln!(
            out,
            "  {} {} {} {}",
            self.severity(f.severity),
            self.paint(BOLD, &format!("{}/{}", f.check, f.kind)),
            f.message,
            self.paint(
                DIM,
                &format!("(confidence {:.2}, penalty {:.2})", f.confidence, f.penalty)
            ),
        )?;
        if let Some(e) = &f.evidence {
            writeln!(out, "    {}", self.paint(DIM, e))?;
        }
        if let Some(texts) = &d.texts {
            let (src, tgt) = (&texts.0, &texts.1);
            if let Some(t) = &f.target {
                self.excerpt(out, "target", tgt, t)?;
            }
            if let Some(s) = &f.source {
                self.excerpt(out, "source", src, s)?;
            }
        }
        Ok(())
    }

    fn document(&self, out: &mut dyn Write, d: &DocumentReport) -> io::Result<()> {
        let verdict = match d.verdict {
            Verdict::Pass => self.paint(GREEN, "PASS"),
            Verdict::Fail => self.paint(RED, "FAIL"),
        };
        let src = d.source.path.as_deref().unwrap_or("source");
        let tgt = d.target.path.as_deref().unwrap_or("target");
        writeln!(
            out,
            "{} {} → {} ({} → {}) score {:.1}",
            verdict,
            self.paint(BOLD, src),
            self.paint(BOLD, tgt),
            d.source.lang,
            d.target.lang,
            d.score
        )?;
        let (sp, tp) = (
            d.source.describe_paragraphs(),
            d.target.describe_paragraphs(),
        );
        if sp == tp {
            writeln!(out, "  paragraphs {sp}")?;
        } else {
            writeln!(out, "  paragraphs: source {sp}, target {tp}")?;
        }
        for r in &d.reasons {
            writeln!(out, "  {r}")?;
        }
        for p in d.paragraphs.iter().filter(|p| !p.findings.is_empty()) {
            let lines = |l: Option<(usize, usize)>| match l {
                Some((a, b)) if a == b => format!("line {a}"),
                Some((a, b)) => format!("lines {a}–{b}"),
                None => "—".to_string(),
            };
            let place = p
                .describe_elements()
                .map(|e| format!(", {e}"))
                .unwrap_or_default();
            writeln!(
                out,
                "\n{} target {}, source {} ({}){place}, score {:.1}",
                self.paint(BOLD, &format!("¶{}", p.index + 1)),
                lines(p.target.lines),
                lines(p.source.lines),
                p.alignment,
                p.score
            )?;
            for f in &p.findings {
                self.finding(out, d, f)?;
            }
        }
        writeln!(out)
    }
}

impl Reporter for Human {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        for d in &report.documents {
            self.document(out, d)?;
        }
        let s = &report.summary;
        if report.documents.len() > 1 || s.errors > 0 {
            writeln!(
                out,
                "{} documents: {} passed, {} failed, {} errors",
                s.documents + s.errors,
                s.passed,
                s.failed,
                s.errors
            )?;
        }
        writeln!(
            out,
            "findings: {} critical, {} major, {} minor",
            s.findings.critical, s.findings.major, s.findings.minor
        )
    }
}
