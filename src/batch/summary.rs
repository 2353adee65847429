//! The output of a whole batch: its index in each format ([`render_index`]) and
//! the summary table ([`write_summary`]).

use super::{Batch, BatchEntry};
use crate::report::Format;
use crate::score::Verdict;
use std::io::{self, Write};

/// The index of a batch in `format`: a page linking every report (HTML,
/// Markdown), the whole batch as one JUnit file or one JSON object, or the
/// summary table (human).
pub fn render_index(
    batch: &Batch,
    format: Format,
    thresholds: &crate::config::Thresholds,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Html => crate::report::html::render_index_with(batch, thresholds, out),
        Format::Markdown => crate::report::markdown::render_index(batch, out),
        Format::Junit => crate::report::junit::render_batch(batch, out),
        // The CLI refuses xliff for batch; its index would be the JSON one.
        Format::Json | Format::Xliff => {
            serde_json::to_writer_pretty(&mut *out, batch)?;
            writeln!(out)
        }
        Format::Human => {
            write_summary(batch, usize::MAX, out)?;
            for e in &batch.entries {
                let file = e.report_file.as_deref().unwrap_or("-");
                match (&e.error, e.score(), e.verdict()) {
                    (Some(err), _, _) => writeln!(out, "ERROR {} {err}", e.id)?,
                    (None, Some(s), Some(v)) => {
                        let v = if v == Verdict::Pass { "PASS" } else { "FAIL" };
                        writeln!(out, "{v} {s:>6.1} {} {file}", e.id)?
                    }
                    _ => {}
                }
            }
            Ok(())
        }
    }
}

/// Articles listed under "worst articles" in the summary table.
pub const WORST_SHOWN: usize = 10;

/// The summary table: totals, then the `worst` lowest-scoring articles and the
/// pairs that could not be checked (each list cut at `worst` rows).
pub fn write_summary(batch: &Batch, worst: usize, out: &mut dyn Write) -> io::Result<()> {
    let s = &batch.summary;
    writeln!(
        out,
        "{:>7}  {:>7}  {:>7}  {:>7}",
        "pairs", "passed", "failed", "errors"
    )?;
    writeln!(
        out,
        "{:>7}  {:>7}  {:>7}  {:>7}",
        s.pairs, s.passed, s.failed, s.errors
    )?;
    writeln!(
        out,
        "findings: {} critical, {} major, {} minor",
        s.findings.critical, s.findings.major, s.findings.minor
    )?;
    let ranked = batch.worst();
    let failing: Vec<&&BatchEntry> = ranked
        .iter()
        .filter(|e| e.verdict() == Some(Verdict::Fail))
        .collect();
    if !failing.is_empty() {
        writeln!(out, "\nworst articles")?;
        writeln!(
            out,
            "{:>6}  {:>8}  {:>5}  {:>5}  id",
            "score", "critical", "major", "minor"
        )?;
        for e in failing.iter().take(worst) {
            let c = e.counts();
            writeln!(
                out,
                "{:>6.1}  {:>8}  {:>5}  {:>5}  {}",
                e.score().unwrap_or(0.0),
                c.critical,
                c.major,
                c.minor,
                one_line(&e.id)
            )?;
        }
        if failing.len() > worst {
            writeln!(out, "… and {} more", failing.len() - worst)?;
        }
    }
    let errors: Vec<&BatchEntry> = batch.errors().collect();
    if !errors.is_empty() {
        writeln!(out, "\ncould not check")?;
        for e in errors.iter().take(worst) {
            writeln!(
                out,
                "  {}: {}",
                one_line(&e.id),
                one_line(e.error.as_deref().unwrap_or("error"))
            )?;
        }
        if errors.len() > worst {
            writeln!(out, "… and {} more", errors.len() - worst)?;
        }
    }
    Ok(())
}

/// Ids and messages on one terminal line: control characters (a newline or an
/// escape sequence in an id) are shown escaped.
fn one_line(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            if c.is_control() {
                c.escape_default().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect()
}
