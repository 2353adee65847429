//! JUnit XML, for CI dashboards (GitLab, Jenkins): one `<testcase>` per article;
//! a failing article has one `<failure>` per blocking finding, a pair that
//! could not be checked an `<error>`. The shape follows the schema Jenkins and
//! GitLab read (`testsuites` > `testsuite` > `testcase`, the attributes they
//! require, nothing else).
//!
//! A finding is blocking when its article fails the gate and it is major or
//! critical; a failing article with only minor findings (their number pulled
//! the score under the threshold) gets one failure carrying the reasons. A
//! test case therefore fails exactly when the article does. Every finding,
//! blocking or not, is listed in the test case's `<system-out>`.

use super::{DocumentReport, Report, Reporter};
use crate::batch::{Batch, BatchEntry};
use crate::finding::{Finding, Severity};
use crate::score::Verdict;
use std::fmt::Write as _;
use std::io::{self, Write};

pub struct Junit;

/// The name of the test suite.
const SUITE: &str = "mtcheck";

/// Escape text for XML 1.0 content and attributes. Characters XML 1.0 does not
/// allow at all (most C0 controls, U+FFFE, U+FFFF) become U+FFFD; tab and line
/// breaks are written as character references so that attribute values keep
/// them.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if allowed_in_xml(c) => out.push(c),
            _ => out.push('\u{fffd}'),
        }
    }
    out
}

/// Escape text for element content: as [`escape`], but tabs and line breaks
/// stay as they are, for readable logs.
pub fn escape_text(s: &str) -> String {
    escape(s)
        .replace("&#9;", "\t")
        .replace("&#10;", "\n")
        .replace("&#13;", "\r")
}

fn allowed_in_xml(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..='\u{10ffff}')
}

fn is_blocking(f: &Finding) -> bool {
    f.severity >= Severity::Major
}

fn location(f: &Finding) -> String {
    let mut lines = Vec::new();
    if let Some(t) = &f.target {
        lines.push(format!(
            "target line {}, column {}: {}",
            t.line, t.column, t.text
        ));
    }
    if let Some(s) = &f.source {
        lines.push(format!(
            "source line {}, column {}: {}",
            s.line, s.column, s.text
        ));
    }
    if let Some(e) = &f.evidence {
        lines.push(format!("evidence: {e}"));
    }
    lines.join("\n")
}

fn finding_line(f: &Finding) -> String {
    let at = match (&f.target, &f.source) {
        (Some(t), _) => format!(" (target {}:{})", t.line, t.column),
        (None, Some(s)) => format!(" (source {}:{})", s.line, s.column),
        _ => String::new(),
    };
    format!("{} {}/{}: {}{at}", f.severity, f.check, f.kind, f.message)
}

fn testcase(out: &mut String, d: &DocumentReport) {
    let _ = writeln!(
        out,
        "    <testcase name=\"{}\" classname=\"{SUITE}.{}-{}\">",
        escape(&d.id),
        d.source.lang,
        d.target.lang
    );
    if d.verdict == Verdict::Fail {
        let blocking: Vec<&Finding> = d.findings().filter(|f| is_blocking(f)).collect();
        for f in &blocking {
            let _ = writeln!(
                out,
                "      <failure type=\"{}/{}\" message=\"{}\">{}</failure>",
                f.check,
                f.kind,
                escape(&finding_line(f)),
                escape_text(&location(f))
            );
        }
        if blocking.is_empty() {
            let _ = writeln!(
                out,
                "      <failure type=\"gate\" message=\"{}\">{}</failure>",
                escape(&d.reasons.join("; ")),
                escape_text(&format!("score {:.1}", d.score))
            );
        }
    }
    let mut log = format!(
        "{} score {:.1} ({} → {})",
        if d.verdict == Verdict::Pass {
            "PASS"
        } else {
            "FAIL"
        },
        d.score,
        d.source.path.as_deref().unwrap_or("source"),
        d.target.path.as_deref().unwrap_or("target")
    );
    for r in &d.reasons {
        let _ = write!(log, "\n{r}");
    }
    for f in d.findings() {
        let _ = write!(log, "\n{}", finding_line(f));
    }
    let _ = writeln!(out, "      <system-out>{}</system-out>", escape_text(&log));
    out.push_str("    </testcase>\n");
}

fn error_case(out: &mut String, id: &str, message: &str) {
    let _ = writeln!(
        out,
        "    <testcase name=\"{}\" classname=\"{SUITE}\">\n      \
         <error type=\"unreadable\" message=\"{}\"/>\n    </testcase>",
        escape(id),
        escape(message)
    );
}

fn suite(
    out: &mut dyn Write,
    tests: usize,
    failures: usize,
    errors: usize,
    cases: &str,
) -> io::Result<()> {
    write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <testsuites name=\"{SUITE}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\">\n  \
         <testsuite name=\"{SUITE}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\" \
         skipped=\"0\">\n{cases}  </testsuite>\n</testsuites>\n"
    )
}

impl Reporter for Junit {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let mut cases = String::new();
        for d in &report.documents {
            testcase(&mut cases, d);
        }
        let s = &report.summary;
        suite(out, s.documents, s.failed, 0, &cases)
    }
}

/// A whole batch as one JUnit file: every pair a test case, in input order.
pub fn render_batch(batch: &Batch, out: &mut dyn Write) -> io::Result<()> {
    let mut cases = String::new();
    for e in &batch.entries {
        match e {
            BatchEntry {
                error: Some(err), ..
            } => error_case(&mut cases, &e.id, err),
            BatchEntry {
                document: Some(d), ..
            } => testcase(&mut cases, d),
            _ => error_case(&mut cases, &e.id, "not checked"),
        }
    }
    let s = &batch.summary;
    suite(out, s.pairs, s.failed, s.errors, &cases)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_keeps_xml_well_formed() {
        assert_eq!(
            escape("a<b>&\"c\"]]>'\u{1}\u{fffe}\n"),
            "a&lt;b&gt;&amp;&quot;c&quot;]]&gt;&apos;\u{fffd}\u{fffd}&#10;"
        );
        assert_eq!(escape_text("a\nb&#10;"), "a\nb&amp;#10;");
    }
}
