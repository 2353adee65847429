//! The Markdown report, for tickets and chat: per article the verdict, the
//! reasons, a table of findings and the paragraphs that have them with each span
//! in bold; the index of a batch; and the README's table of checks. Text from
//! the input is escaped so that it renders as the characters it is: no HTML,
//! links or emphasis can come from an article.

use super::{DocumentReport, Report, Reporter};
use crate::batch::{Batch, BatchEntry};
use crate::checks::CheckDoc;
use crate::document::Document;
use crate::finding::{Finding, Severity};
use crate::lang::LangMethod;
use crate::score::Verdict;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::ops::Range;

pub struct Markdown;

/// Longest paragraph text quoted under a finding; longer ones are cut around
/// the spans (a ticket is read, not scrolled).
const MAX_QUOTE_CHARS: usize = 600;
/// Longest span text quoted in the findings table.
const MAX_SPAN_CHARS: usize = 80;

/// Escape text for Markdown (CommonMark and GitHub's tables): every character
/// that could start markup is backslash-escaped, and line breaks become spaces
/// so that a table row or list item stays one line.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            // `(`, `!` and `-` only make markup next to `[` or at the start of a
            // line, which escaped text never is.
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

fn cut(s: &str, max: usize) -> String {
    let one_line = s.replace(['\n', '\r'], " ");
    if one_line.chars().count() <= max {
        one_line
    } else {
        let mut t: String = one_line.chars().take(max).collect();
        t.push('…');
        t
    }
}

fn verdict_word(v: Verdict) -> &'static str {
    match v {
        Verdict::Pass => "PASS",
        Verdict::Fail => "FAIL",
    }
}

fn lang_label(side: &super::Side) -> String {
    let lang = match side.lang_method {
        LangMethod::Given => format!("{} ({}, given)", side.lang.name(), side.lang.code()),
        LangMethod::Declared => format!("{} ({}, declared)", side.lang.name(), side.lang.code()),
        LangMethod::Detected => format!(
            "{} ({}, detected {:.2})",
            side.lang.name(),
            side.lang.code(),
            side.lang_confidence
        ),
    };
    format!("{lang}, paragraphs {}", side.describe_paragraphs())
}

fn place(f: &Finding) -> String {
    match (&f.target, &f.source) {
        (Some(t), _) => format!(
            "target {}:{} «{}»",
            t.line,
            t.column,
            escape(&cut(&t.text, MAX_SPAN_CHARS))
        ),
        (None, Some(s)) => format!(
            "source {}:{} «{}»",
            s.line,
            s.column,
            escape(&cut(&s.text, MAX_SPAN_CHARS))
        ),
        (None, None) => "—".to_string(),
    }
}

/// The text of `paras` with the given spans in bold, escaped, cut to
/// [`MAX_QUOTE_CHARS`] around the first span.
fn quote(doc: &Document, paras: &[usize], spans: &[Range<usize>]) -> String {
    let (Some(first), Some(last)) = (
        paras.first().and_then(|&i| doc.paragraphs.get(i)),
        paras.last().and_then(|&i| doc.paragraphs.get(i)),
    ) else {
        return String::new();
    };
    let (lo, hi) = (first.start, last.end);
    let mut spans: Vec<Range<usize>> = spans
        .iter()
        .filter(|r| r.start < r.end && r.start < hi && r.end > lo)
        .map(|r| r.start.max(lo)..r.end.min(hi))
        .filter(|r| doc.text.is_char_boundary(r.start) && doc.text.is_char_boundary(r.end))
        .collect();
    spans.sort_by_key(|r| (r.start, r.end));
    // Overlapping spans are merged: Markdown emphasis cannot overlap.
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in spans {
        match merged.last_mut() {
            Some(m) if r.start <= m.end => m.end = m.end.max(r.end),
            _ => merged.push(r),
        }
    }
    // Window of at most MAX_QUOTE_CHARS characters, starting a little before the
    // first span.
    let text = &doc.text[lo..hi];
    let chars: Vec<(usize, char)> = text.char_indices().map(|(i, c)| (i + lo, c)).collect();
    let anchor = merged.first().map_or(lo, |r| r.start);
    let anchor_idx = chars.iter().position(|&(i, _)| i >= anchor).unwrap_or(0);
    let start_idx = anchor_idx.saturating_sub(MAX_QUOTE_CHARS / 4);
    let end_idx = (start_idx + MAX_QUOTE_CHARS).min(chars.len());
    let w_lo = chars.get(start_idx).map_or(lo, |&(i, _)| i);
    let w_hi = chars.get(end_idx).map_or(hi, |&(i, _)| i);
    let mut out = String::new();
    if w_lo > lo {
        out.push('…');
    }
    let mut pos = w_lo;
    for r in merged.iter().filter(|r| r.end > w_lo && r.start < w_hi) {
        let (a, b) = (r.start.max(w_lo), r.end.min(w_hi));
        if a > pos {
            out.push_str(&escape(&doc.text[pos..a]));
        }
        let inner = escape(doc.text[a..b].trim());
        if !inner.is_empty() {
            let _ = write!(out, "**{inner}**");
        }
        pos = b;
    }
    if w_hi > pos {
        out.push_str(&escape(&doc.text[pos..w_hi]));
    }
    if w_hi < hi {
        out.push('…');
    }
    out
}

impl Markdown {
    fn document(&self, out: &mut String, d: &DocumentReport) {
        let counts = d.findings().fold([0usize; 3], |mut c, f| {
            c[f.severity as usize] += 1;
            c
        });
        let _ = writeln!(
            out,
            "## {} {} — score {:.1}\n",
            verdict_word(d.verdict),
            escape(&d.id),
            d.score
        );
        out.push_str("| | file | language |\n|---|---|---|\n");
        for (label, side) in [("source", &d.source), ("target", &d.target)] {
            let _ = writeln!(
                out,
                "| {label} | {} | {} |",
                escape(side.path.as_deref().unwrap_or("—")),
                lang_label(side)
            );
        }
        out.push('\n');
        if !d.reasons.is_empty() {
            let reasons: Vec<String> = d.reasons.iter().map(|r| escape(r)).collect();
            let _ = writeln!(out, "**Fails:** {}\n", reasons.join("; "));
        }
        let _ = writeln!(
            out,
            "**Findings:** {} critical, {} major, {} minor · {} words\n",
            counts[Severity::Critical as usize],
            counts[Severity::Major as usize],
            counts[Severity::Minor as usize],
            d.words
        );
        if counts.iter().sum::<usize>() == 0 {
            return;
        }
        out.push_str(
            "| # | ¶ | severity | check | where | message |\n|---:|---:|---|---|---|---|\n",
        );
        let mut n = 0;
        for p in &d.paragraphs {
            for f in &p.findings {
                n += 1;
                let _ = writeln!(
                    out,
                    "| {n} | {} | {} | `{}/{}` | {} | {} |",
                    p.index + 1,
                    f.severity,
                    f.check,
                    f.kind,
                    place(f),
                    escape(&f.message)
                );
            }
        }
        out.push('\n');
        let Some(texts) = d.texts.as_deref() else {
            return;
        };
        out.push_str("### Paragraphs with findings\n\n");
        for p in d.paragraphs.iter().filter(|p| !p.findings.is_empty()) {
            let place = p
                .describe_elements()
                .map(|e| format!(", {}", escape(&e)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "**¶{}** ({}{place}, score {:.1})\n",
                p.index + 1,
                escape(&p.alignment),
                p.score
            );
            let src_spans: Vec<Range<usize>> = p
                .findings
                .iter()
                .filter_map(|f| f.source.as_ref().map(|s| s.start..s.end))
                .collect();
            let tgt_spans: Vec<Range<usize>> = p
                .findings
                .iter()
                .filter_map(|f| f.target.as_ref().map(|s| s.start..s.end))
                .collect();
            for (label, doc, paras, spans, lines) in [
                (
                    "source",
                    &texts.0,
                    &p.source.paragraphs,
                    &src_spans,
                    p.source.lines,
                ),
                (
                    "target",
                    &texts.1,
                    &p.target.paragraphs,
                    &tgt_spans,
                    p.target.lines,
                ),
            ] {
                let where_ = match lines {
                    Some((a, b)) if a == b => format!("line {a}"),
                    Some((a, b)) => format!("lines {a}–{b}"),
                    None => "none".to_string(),
                };
                let text = quote(doc, paras, spans);
                let text = if text.is_empty() {
                    "*(no paragraph)*".to_string()
                } else {
                    text
                };
                let _ = writeln!(out, "> *{label}, {where_}:* {text}\n>");
            }
            // Close the quote before the next paragraph.
            out.push('\n');
        }
    }
}

impl Reporter for Markdown {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let mut s = String::new();
        for d in &report.documents {
            self.document(&mut s, d);
        }
        let sum = &report.summary;
        if report.documents.len() > 1 || sum.errors > 0 {
            let _ = writeln!(
                s,
                "{} articles: {} passed, {} failed, {} errors",
                sum.documents + sum.errors,
                sum.passed,
                sum.failed,
                sum.errors
            );
        }
        out.write_all(s.as_bytes())
    }
}

fn index_row(out: &mut String, e: &BatchEntry) {
    let c = e.counts();
    let name = match &e.report_file {
        // Report file names are made of [A-Za-z0-9._-] (batch::safe_stems).
        Some(f) => format!("[{}]({f})", escape(&e.id)),
        None => escape(&e.id),
    };
    let (verdict, score, why) = match (&e.error, &e.document) {
        (Some(err), _) => ("ERROR", "—".to_string(), escape(err)),
        (None, Some(d)) => (
            verdict_word(d.verdict),
            format!("{:.1}", d.score),
            escape(&d.reasons.join("; ")),
        ),
        (None, None) => ("ERROR", "—".to_string(), String::new()),
    };
    let _ = writeln!(
        out,
        "| {name} | {verdict} | {score} | {} | {} | {} | {why} |",
        c.critical, c.major, c.minor
    );
}

/// The index of a batch: totals, then one row per pair, worst first.
pub fn render_index(batch: &Batch, out: &mut dyn Write) -> io::Result<()> {
    let s = &batch.summary;
    let mut t = String::new();
    let _ = writeln!(
        t,
        "# mtcheck batch\n\n| pairs | passed | failed | errors |\n|---:|---:|---:|---:|\n\
         | {} | {} | {} | {} |\n\n**Findings:** {} critical, {} major, {} minor\n",
        s.pairs,
        s.passed,
        s.failed,
        s.errors,
        s.findings.critical,
        s.findings.major,
        s.findings.minor
    );
    t.push_str(
        "| article | verdict | score | critical | major | minor | why |\n\
         |---|---|---:|---:|---:|---:|---|\n",
    );
    let mut rows: Vec<&BatchEntry> = batch.entries.iter().collect();
    rows.sort_by(|a, b| {
        let key = |e: &BatchEntry| e.score().unwrap_or(-1.0);
        key(a)
            .partial_cmp(&key(b))
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| a.id.cmp(&b.id))
    });
    for e in rows {
        index_row(&mut t, e);
    }
    out.write_all(t.as_bytes())
}

/// The README's table of checks, from the checks' own documentation.
pub fn checks_table<'a>(docs: impl IntoIterator<Item = &'a CheckDoc>) -> String {
    let mut t = String::from("| check | finds | kinds of finding |\n|---|---|---|\n");
    for d in docs {
        let kinds: Vec<String> = d.kinds.iter().map(|k| format!("`{}`", k.id)).collect();
        let _ = writeln!(
            t,
            "| `{}` | {} | {} |",
            d.id,
            d.summary.replace('|', "\\|"),
            kinds.join(", ")
        );
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_markup() {
        let e = escape("<script>alert(1)</script> *x* [a](b) | `c`\nnext");
        assert!(e.contains("\\<script\\>"), "{e}");
        assert!(e
            .chars()
            .zip(e.chars().skip(1))
            .all(|(a, b)| b != '<' || a == '\\'));
        assert!(!e.contains('\n'));
        assert_eq!(e.matches("\\|").count(), 1);
        assert!(e.contains("\\*x\\*"));
    }

    #[test]
    fn long_text_is_cut() {
        assert_eq!(cut("abcdef", 3), "abc…");
        assert_eq!(cut("a\nb", 5), "a b");
    }
}
