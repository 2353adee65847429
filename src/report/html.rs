//! The HTML report: one self-contained page per article (no network, no
//! external assets, no script), source and target side by side as aligned, every
//! finding's span highlighted in both texts with its message on hover and listed
//! beside the pair, paragraph scores as bars, a summary at the top; and the index
//! page of a batch, sortable by score. All text from the input — article text,
//! ids, paths, messages — is escaped, and a Content-Security-Policy forbids any
//! script but the index's own sorting code (allowed by its hash), so a slip in
//! escaping still could not run code.

use super::{DocumentReport, ParagraphReport, Report, Reporter};
use crate::batch::{Batch, BatchEntry};
use crate::config::Thresholds;
use crate::document::Document;
use crate::finding::{Finding, Severity};
use crate::lang::LangMethod;
use crate::score::Verdict;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::ops::Range;

pub struct Html {
    /// The gate in force, to colour the score bars.
    pub thresholds: Thresholds,
}

/// Escape text for HTML element content and double- or single-quoted attributes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Article pages run no script at all and load nothing.
const CSP_ARTICLE: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/// The index page's sorting code. Its SHA-256 is in [`CSP_INDEX`]; a unit test
/// keeps the two in step (the browser refuses the script otherwise).
const SORT_SCRIPT: &str = r#"(function () {
  var table = document.getElementById("index");
  if (!table) return;
  var body = table.tBodies[0];
  table.classList.add("sortable");
  Array.prototype.forEach.call(table.querySelectorAll("th[data-key]"), function (th) {
    th.querySelector("button").addEventListener("click", function () {
      var key = "data-" + th.getAttribute("data-key");
      var numeric = th.getAttribute("data-type") === "num";
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(table.querySelectorAll("th[aria-sort]"), function (h) {
        h.removeAttribute("aria-sort");
      });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.getAttribute(key), y = b.getAttribute(key);
        var r = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
        return ascending ? r : -r;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
})();
"#;

const CSP_INDEX: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; \
     script-src 'sha256-NqeT03rLwHf2NarAUAlSBXEbcenwOLs2t8easj8cl0g='";

const STYLE: &str = r#"
:root { --crit: #c62828; --major: #e67700; --minor: #1971c2; --ok: #2b8a3e; --warn: #e8a500;
  --bad: #c62828; --line: #dee2e6; --muted: #6c757d; --bg2: #f8f9fa; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0;
  color: #212529; background: #fff; }
main { max-width: 1400px; margin: 0 auto; padding: 1.2rem 1.5rem 3rem; }
h1 { font-size: 1.35rem; margin: 0 0 .4rem; overflow-wrap: anywhere; }
h2 { font-size: 1.1rem; margin: 1.6rem 0 .5rem; }
code { font-size: .9em; }
.muted { color: var(--muted); }
.verdict { display: inline-block; padding: 0 .5em; border-radius: 4px; color: #fff;
  font-weight: 700; letter-spacing: .03em; }
.verdict.pass { background: var(--ok); } .verdict.fail { background: var(--bad); }
.verdict.error { background: #495057; }
.bar { display: inline-block; width: 8rem; height: .7rem; background: #e9ecef;
  border-radius: 3px; vertical-align: middle; overflow: hidden; }
.bar > span { display: block; height: 100%; }
.bar.big { width: 16rem; height: 1rem; }
.lvl-ok { background: var(--ok); } .lvl-warn { background: var(--warn); }
.lvl-bad { background: var(--bad); }
.summary { border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.2rem;
  background: var(--bg2); }
.summary table { border-collapse: collapse; margin-top: .5rem; }
.summary th, .summary td { text-align: left; padding: .15rem .8rem .15rem 0;
  vertical-align: top; overflow-wrap: anywhere; }
.score { font-size: 1.4rem; font-weight: 700; margin-right: .5rem; }
.counts span { margin-right: 1rem; }
.sev { font-weight: 600; text-transform: uppercase; font-size: .75em; padding: 0 .35em;
  border-radius: 3px; color: #fff; }
.sev.critical { background: var(--crit); } .sev.major { background: var(--major); }
.sev.minor { background: var(--minor); }
ul.reasons { margin: .4rem 0; }
.toolbar { margin: 1rem 0 .5rem; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.2rem; }
.colhead { font-weight: 600; border-bottom: 2px solid var(--line); padding: .2rem 0;
  position: sticky; top: 0; background: #fff; z-index: 1; }
.pair { border-bottom: 1px solid var(--line); padding: .6rem 0; }
.pair.has-findings { background: linear-gradient(90deg, #fff8f0, #fff 30%); }
.phead { grid-column: 1 / -1; font-size: .85rem; color: var(--muted); margin-bottom: .2rem; }
.phead a { color: inherit; text-decoration: none; font-weight: 600; }
.side p { margin: 0 0 .5rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.side.empty { color: var(--muted); font-style: italic; }
mark.hl { border-radius: 2px; padding: 0 1px; cursor: help; }
mark.sev-critical { background: #ffc9c9; box-shadow: inset 0 -2px var(--crit); }
mark.sev-major { background: #ffe8cc; box-shadow: inset 0 -2px var(--major); }
mark.sev-minor { background: #d0ebff; box-shadow: inset 0 -2px var(--minor); }
mark.multi { outline: 1px dashed #495057; }
mark.caret { background: none; color: var(--crit); font-weight: 700; }
mark.hl:hover { filter: brightness(.92); }
sup.ref a { font-size: .7rem; color: var(--muted); text-decoration: none; margin-left: 1px; }
ol.findings { grid-column: 1 / -1; margin: .3rem 0 0; padding-left: 1.6rem; font-size: .9rem; }
ol.findings li { margin: .15rem 0; overflow-wrap: anywhere; }
ol.findings li:target { background: #fff3bf; }
.where, .evidence { color: var(--muted); font-size: .85em; }
#only:checked ~ .pairs .pair.clean { display: none; }
table.index { border-collapse: collapse; width: 100%; margin-top: 1rem; font-size: .92rem; }
table.index th, table.index td { border-bottom: 1px solid var(--line); padding: .3rem .5rem;
  text-align: left; vertical-align: top; }
table.index th, .verdict { white-space: nowrap; }
table.index td:first-child, table.index td:last-child { overflow-wrap: anywhere; }
table.index td.num, table.index th.num { text-align: right; white-space: nowrap; }
table.index th button { font: inherit; font-weight: 600; background: none; border: 0;
  padding: 0; cursor: pointer; }
table.index th[aria-sort="ascending"] button::after { content: " ▲"; }
table.index th[aria-sort="descending"] button::after { content: " ▼"; }
table.index tr.error td { background: #f1f3f5; }
"#;

fn page_start(out: &mut dyn Write, title: &str, csp: &str) -> io::Result<()> {
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"mtcheck {}\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        env!("CARGO_PKG_VERSION"),
        escape(title)
    )
}

fn page_end(out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "</main>\n</body>\n</html>")
}

fn verdict_badge(v: Verdict) -> &'static str {
    match v {
        Verdict::Pass => "<span class=\"verdict pass\">PASS</span>",
        Verdict::Fail => "<span class=\"verdict fail\">FAIL</span>",
    }
}

/// A score bar coloured by the gate: below the paragraph threshold (or on a
/// failed article, `failed`) is bad, below the article threshold a warning.
fn bar(score: f64, t: &Thresholds, big: bool, failed: bool) -> String {
    let level = if failed || score < t.paragraph {
        "bad"
    } else if score < t.article {
        "warn"
    } else {
        "ok"
    };
    let width = score.clamp(0.0, 100.0);
    format!(
        "<span class=\"bar{}\" role=\"img\" aria-label=\"score {score:.1} of 100\">\
         <span class=\"lvl-{level}\" style=\"width:{width:.1}%\"></span></span>",
        if big { " big" } else { "" }
    )
}

/// A highlighted range of one side's text.
struct Mark {
    start: usize,
    end: usize,
    /// 1-based number of the finding in the document.
    n: usize,
    severity: Severity,
    title: String,
}

fn finding_title(n: usize, f: &Finding) -> String {
    format!("[{n}] {} {}/{}: {}", f.severity, f.check, f.kind, f.message)
}

/// The marks of one side, from every finding with a span there.
fn marks(
    doc: &DocumentReport,
    text: &str,
    side: fn(&Finding) -> Option<&crate::document::Span>,
) -> Vec<Mark> {
    doc.findings()
        .enumerate()
        .filter_map(|(i, f)| {
            let s = side(f)?;
            // Spans come from the document; one that does not fit is skipped
            // rather than allowed to cut a character in half.
            let fits = s.start <= s.end
                && s.end <= text.len()
                && text.is_char_boundary(s.start)
                && text.is_char_boundary(s.end);
            fits.then(|| Mark {
                start: s.start,
                end: s.end,
                n: i + 1,
                severity: f.severity,
                title: finding_title(i + 1, f),
            })
        })
        .collect()
}

/// `text[range]`, escaped, with the marks that touch it highlighted and each
/// mark's number after its end.
fn highlight(text: &str, range: Range<usize>, marks: &[Mark], prefix: &str) -> String {
    let (lo, hi) = (range.start, range.end);
    let touching: Vec<&Mark> = marks
        .iter()
        .filter(|m| {
            if m.start == m.end {
                (lo..=hi).contains(&m.start)
            } else {
                m.start < hi && m.end > lo
            }
        })
        .collect();
    let mut cuts = vec![lo, hi];
    for m in &touching {
        cuts.push(m.start.clamp(lo, hi));
        cuts.push(m.end.clamp(lo, hi));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = String::new();
    for (i, &p) in cuts.iter().enumerate() {
        for m in touching.iter().filter(|m| m.start < m.end && m.end == p) {
            let _ = write!(
                out,
                "<sup class=\"ref\"><a href=\"#{prefix}f{n}\">{n}</a></sup>",
                n = m.n
            );
        }
        for m in touching.iter().filter(|m| m.start == m.end && m.start == p) {
            let _ = write!(
                out,
                "<mark class=\"hl caret sev-{}\" title=\"{}\">‸</mark>\
                 <sup class=\"ref\"><a href=\"#{prefix}f{n}\">{n}</a></sup>",
                m.severity,
                escape(&m.title),
                n = m.n
            );
        }
        let Some(&q) = cuts.get(i + 1) else { break };
        let seg = escape(&text[p..q]);
        let covering: Vec<&&Mark> = touching
            .iter()
            .filter(|m| m.start < q && m.end > p && m.start < m.end)
            .collect();
        if covering.is_empty() {
            out.push_str(&seg);
            continue;
        }
        let worst = covering
            .iter()
            .map(|m| m.severity)
            .max()
            .unwrap_or(Severity::Minor);
        let title: Vec<&str> = covering.iter().map(|m| m.title.as_str()).collect();
        let _ = write!(
            out,
            "<mark class=\"hl sev-{worst}{}\" title=\"{}\">{seg}</mark>",
            if covering.len() > 1 { " multi" } else { "" },
            escape(&title.join("\n"))
        );
    }
    out
}

fn lang_label(side: &super::Side) -> String {
    let how = match side.lang_method {
        LangMethod::Given => "given".to_string(),
        LangMethod::Declared => "declared in the file".to_string(),
        LangMethod::Detected => format!("detected, confidence {:.2}", side.lang_confidence),
    };
    format!(
        "{} (<code>{}</code>, {how}), paragraphs {}",
        side.lang.name(),
        side.lang.code(),
        side.describe_paragraphs()
    )
}

fn place(label: &str, s: &crate::document::Span) -> String {
    let mut text: String = s.text.chars().take(120).collect();
    if s.text.chars().count() > 120 {
        text.push('…');
    }
    format!(
        "{label} {}:{} «{}»",
        s.line,
        s.column,
        escape(&text.replace('\n', " "))
    )
}

fn finding_item(out: &mut String, prefix: &str, n: usize, f: &Finding, para: Option<usize>) {
    let _ = write!(
        out,
        "<li id=\"{prefix}f{n}\" value=\"{n}\"><span class=\"sev {sev}\">{sev}</span> \
         <code>{}/{}</code> {}",
        f.check,
        f.kind,
        escape(&f.message),
        sev = f.severity
    );
    if let Some(p) = para {
        let _ = write!(out, " <a href=\"#{prefix}p{p}\">¶{p}</a>");
    }
    let _ = write!(
        out,
        " <span class=\"where\">(confidence {:.2}, penalty {:.2})</span>",
        f.confidence, f.penalty
    );
    let places: Vec<String> = [
        f.target.as_ref().map(|s| place("target", s)),
        f.source.as_ref().map(|s| place("source", s)),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !places.is_empty() {
        let _ = write!(out, "<div class=\"where\">{}</div>", places.join(" · "));
    }
    if let Some(e) = &f.evidence {
        let _ = write!(out, "<div class=\"evidence\">{}</div>", escape(e));
    }
    out.push_str("</li>\n");
}

fn side_html(
    doc: Option<&Document>,
    paras: &[usize],
    marks: &[Mark],
    prefix: &str,
    class: &str,
    empty: &str,
) -> String {
    let Some(doc) = doc.filter(|_| !paras.is_empty()) else {
        return format!("<div class=\"side {class} empty\">{empty}</div>");
    };
    let mut out = format!(
        "<div class=\"side {class}\" lang=\"{}\" dir=\"auto\">",
        doc.lang.lang.code()
    );
    for &i in paras {
        let Some(p) = doc.paragraphs.get(i) else {
            continue;
        };
        let _ = write!(
            out,
            "<p title=\"line {}\">{}</p>",
            p.lines.0,
            highlight(&doc.text, p.range(), marks, prefix)
        );
    }
    out.push_str("</div>");
    out
}

impl Html {
    fn pair(
        &self,
        out: &mut String,
        d: &DocumentReport,
        p: &ParagraphReport,
        first_n: usize,
        prefix: &str,
        side_marks: (&[Mark], &[Mark]),
    ) {
        let texts = d.texts.as_deref();
        let lines = |l: Option<(usize, usize)>| match l {
            Some((a, b)) if a == b => format!("line {a}"),
            Some((a, b)) => format!("lines {a}–{b}"),
            None => "—".to_string(),
        };
        let clean = if p.findings.is_empty() {
            "clean"
        } else {
            "has-findings"
        };
        let n = p.index + 1;
        let place = p
            .describe_elements()
            .map(|e| format!(" · {}", escape(&e)))
            .unwrap_or_default();
        let _ = write!(
            out,
            "<section class=\"pair cols {clean}\" id=\"{prefix}p{n}\">\
             <div class=\"phead\"><a href=\"#{prefix}p{n}\">¶{n}</a> · {} · source {} · target {}{place} · \
             score {:.1} {}</div>",
            escape(&p.alignment),
            lines(p.source.lines),
            lines(p.target.lines),
            p.score,
            bar(p.score, &self.thresholds, false, false)
        );
        out.push_str(&side_html(
            texts.map(|t| &t.0),
            &p.source.paragraphs,
            side_marks.0,
            prefix,
            "src",
            "(not in the source)",
        ));
        out.push_str(&side_html(
            texts.map(|t| &t.1),
            &p.target.paragraphs,
            side_marks.1,
            prefix,
            "tgt",
            "(missing from the translation)",
        ));
        if !p.findings.is_empty() {
            out.push_str("<ol class=\"findings\">\n");
            for (k, f) in p.findings.iter().enumerate() {
                finding_item(out, prefix, first_n + k, f, None);
            }
            out.push_str("</ol>");
        }
        out.push_str("</section>\n");
    }

    fn document(&self, out: &mut String, d: &DocumentReport, prefix: &str) {
        let counts = d.findings().fold([0usize; 3], |mut c, f| {
            c[f.severity as usize] += 1;
            c
        });
        let _ = write!(
            out,
            "<article class=\"doc\">\n<header class=\"summary\">\n<h1>{} {}</h1>\n\
             <div><span class=\"score\">{:.1}</span>{} <span class=\"muted\">article score \
             (fails below {}; a paragraph below {})</span></div>\n",
            verdict_badge(d.verdict),
            escape(&d.id),
            d.score,
            bar(d.score, &self.thresholds, true, d.verdict == Verdict::Fail),
            self.thresholds.article,
            self.thresholds.paragraph
        );
        if !d.reasons.is_empty() {
            out.push_str("<ul class=\"reasons\">");
            for r in &d.reasons {
                let _ = write!(out, "<li>{}</li>", escape(r));
            }
            out.push_str("</ul>\n");
        }
        let _ = writeln!(
            out,
            "<div class=\"counts\"><span><span class=\"sev critical\">critical</span> {}</span>\
             <span><span class=\"sev major\">major</span> {}</span>\
             <span><span class=\"sev minor\">minor</span> {}</span>\
             <span class=\"muted\">{} words, {} aligned pairs, penalty {:.2}</span></div>",
            counts[Severity::Critical as usize],
            counts[Severity::Major as usize],
            counts[Severity::Minor as usize],
            d.words,
            d.paragraphs.len(),
            d.penalty
        );
        out.push_str("<table>");
        for (label, side) in [("source", &d.source), ("target", &d.target)] {
            let _ = write!(
                out,
                "<tr><th>{label}</th><td>{}</td><td>{}</td></tr>",
                escape(side.path.as_deref().unwrap_or("—")),
                lang_label(side)
            );
        }
        out.push_str("</table>\n</header>\n");

        // Every finding, numbered in report order, before the side-by-side view.
        let total: usize = counts.iter().sum();
        if total > 0 {
            let _ = write!(
                out,
                "<h2>Findings ({total})</h2>\n<ol class=\"findings\">\n"
            );
            let mut n = 0;
            for p in &d.paragraphs {
                for f in &p.findings {
                    n += 1;
                    finding_item(out, &format!("{prefix}all-"), n, f, Some(p.index + 1));
                }
            }
            out.push_str("</ol>\n");
        }

        let (src_marks, tgt_marks) = match d.texts.as_deref() {
            Some((s, t)) => (
                marks(d, &s.text, |f| f.source.as_ref()),
                marks(d, &t.text, |f| f.target.as_ref()),
            ),
            None => (Vec::new(), Vec::new()),
        };
        let _ = write!(
            out,
            "<h2>Side by side</h2>\n<input type=\"checkbox\" id=\"only\"> \
             <label for=\"only\">only paragraphs with findings</label>\n<div class=\"pairs\">\n\
             <div class=\"cols\"><div class=\"colhead\">Source ({})</div>\
             <div class=\"colhead\">Target ({})</div></div>\n",
            d.source.lang.name(),
            d.target.lang.name()
        );
        let mut n = 1;
        for p in &d.paragraphs {
            self.pair(out, d, p, n, prefix, (&src_marks, &tgt_marks));
            n += p.findings.len();
        }
        out.push_str("</div>\n</article>\n");
    }
}

impl Reporter for Html {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let title = match report.documents.as_slice() {
            [d] => format!(
                "mtcheck: {} {} ({:.1})",
                if d.verdict == Verdict::Pass {
                    "PASS"
                } else {
                    "FAIL"
                },
                d.id,
                d.score
            ),
            docs => format!("mtcheck: {} articles", docs.len()),
        };
        page_start(out, &title, CSP_ARTICLE)?;
        let mut body = String::new();
        for (i, d) in report.documents.iter().enumerate() {
            // Ids of anchors must be unique on a page holding several articles.
            let prefix = if report.documents.len() > 1 {
                format!("d{}-", i + 1)
            } else {
                String::new()
            };
            self.document(&mut body, d, &prefix);
        }
        out.write_all(body.as_bytes())?;
        page_end(out)
    }
}

fn index_row(out: &mut String, e: &BatchEntry, t: &Thresholds) {
    let c = e.counts();
    let (verdict, badge) = match e.verdict() {
        Some(Verdict::Pass) => ("pass", verdict_badge(Verdict::Pass)),
        Some(Verdict::Fail) => ("fail", verdict_badge(Verdict::Fail)),
        None => ("error", "<span class=\"verdict error\">ERROR</span>"),
    };
    // Errors sort before every score.
    let score = e.score().unwrap_or(-1.0);
    let name = match &e.report_file {
        Some(f) => format!("<a href=\"{}\">{}</a>", escape(f), escape(&e.id)),
        None => escape(&e.id),
    };
    let langs = e
        .document
        .as_ref()
        .map(|d| format!("{} → {}", d.source.lang, d.target.lang))
        .unwrap_or_default();
    let note = match (&e.error, &e.document) {
        (Some(err), _) => escape(err),
        (None, Some(d)) => escape(&d.reasons.join("; ")),
        _ => String::new(),
    };
    let _ = writeln!(
        out,
        "<tr class=\"{verdict}\" data-id=\"{}\" data-verdict=\"{verdict}\" data-score=\"{score:.2}\" \
         data-critical=\"{}\" data-major=\"{}\" data-minor=\"{}\">\
         <td>{name}</td><td>{badge}</td><td class=\"num\">{}</td>\
         <td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>\
         <td>{langs}</td><td>{note}</td></tr>",
        escape(&e.id),
        c.critical,
        c.major,
        c.minor,
        match e.score() {
            Some(s) => format!(
                "{s:.1} {}",
                bar(s, t, false, e.verdict() == Some(Verdict::Fail))
            ),
            None => "—".to_string(),
        },
        c.critical,
        c.major,
        c.minor,
    );
}

/// The index page of a batch: the totals and one row per pair, worst first,
/// with a link to each report; the columns sort on a click.
pub fn render_index(batch: &Batch, out: &mut dyn Write) -> io::Result<()> {
    render_index_with(batch, &Thresholds::default(), out)
}

/// [`render_index`] with the gate in force, for the colours of the bars.
pub fn render_index_with(batch: &Batch, t: &Thresholds, out: &mut dyn Write) -> io::Result<()> {
    let s = &batch.summary;
    page_start(
        out,
        &format!(
            "mtcheck batch: {} pairs, {} failed, {} errors",
            s.pairs, s.failed, s.errors
        ),
        CSP_INDEX,
    )?;
    let mut body = String::new();
    let _ = writeln!(
        body,
        "<header class=\"summary\"><h1>mtcheck batch</h1>\
         <table><tr><th>pairs</th><th>passed</th><th>failed</th><th>errors</th></tr>\
         <tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr></table>\
         <div class=\"counts\"><span><span class=\"sev critical\">critical</span> {}</span>\
         <span><span class=\"sev major\">major</span> {}</span>\
         <span><span class=\"sev minor\">minor</span> {}</span></div></header>",
        s.pairs,
        s.passed,
        s.failed,
        s.errors,
        s.findings.critical,
        s.findings.major,
        s.findings.minor
    );
    body.push_str(
        "<table class=\"index\" id=\"index\"><thead><tr>\
         <th data-key=\"id\" data-type=\"text\"><button type=\"button\">article</button></th>\
         <th data-key=\"verdict\" data-type=\"text\"><button type=\"button\">verdict</button></th>\
         <th data-key=\"score\" data-type=\"num\" class=\"num\" aria-sort=\"ascending\">\
         <button type=\"button\">score</button></th>\
         <th data-key=\"critical\" data-type=\"num\" class=\"num\"><button type=\"button\">critical</button></th>\
         <th data-key=\"major\" data-type=\"num\" class=\"num\"><button type=\"button\">major</button></th>\
         <th data-key=\"minor\" data-type=\"num\" class=\"num\"><button type=\"button\">minor</button></th>\
         <th>languages</th><th>why</th></tr></thead>\n<tbody>\n",
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
        index_row(&mut body, e, t);
    }
    body.push_str("</tbody></table>\n<script>");
    body.push_str(SORT_SCRIPT);
    body.push_str("</script>\n");
    out.write_all(body.as_bytes())?;
    page_end(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape(r#"<script>alert('x')</script> "&""#),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;&amp;&quot;"
        );
    }

    #[test]
    fn sort_script_hash_is_in_the_policy() {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(SORT_SCRIPT.as_bytes());
        let b64 = base64(&digest);
        assert!(
            CSP_INDEX.contains(&format!("'sha256-{b64}'")),
            "update CSP_INDEX to sha256-{b64}"
        );
    }

    fn base64(bytes: &[u8]) -> String {
        const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut s = String::new();
        for chunk in bytes.chunks(3) {
            let b = [
                chunk[0],
                *chunk.get(1).unwrap_or(&0),
                *chunk.get(2).unwrap_or(&0),
            ];
            let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
            for i in 0..4 {
                if i <= chunk.len() {
                    s.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
                } else {
                    s.push('=');
                }
            }
        }
        s
    }

    #[test]
    fn highlight_nests_overlaps_and_marks_ends() {
        let text = "abc <b>def</b> ghi";
        let m = |start, end, n, severity| Mark {
            start,
            end,
            n,
            severity,
            title: format!("t{n}\"<"),
        };
        let marks = [
            m(4, 14, 1, Severity::Minor),
            m(7, 10, 2, Severity::Critical),
            m(15, 15, 3, Severity::Major),
        ];
        let h = highlight(text, 0..text.len(), &marks, "");
        assert!(!h.contains("<b>"), "{h}");
        assert!(h.contains("<mark class=\"hl sev-critical multi\""), "{h}");
        assert!(h.contains("title=\"t1&quot;&lt;\nt2&quot;&lt;\""), "{h}");
        assert!(h.contains("href=\"#f1\""));
        assert!(h.contains("hl caret sev-major"));
        // The text itself survives, escaped, in order.
        let plain: String = {
            let mut s = String::new();
            let mut inside = false;
            for c in h.chars() {
                match c {
                    '<' => inside = true,
                    '>' => inside = false,
                    c if !inside => s.push(c),
                    _ => {}
                }
            }
            s
        };
        assert!(plain.starts_with("abc &lt;b&gt;def"), "{plain}");
    }

    #[test]
    fn a_span_that_does_not_fit_the_text_is_skipped() {
        let marks = [Mark {
            start: 1,
            end: 99,
            n: 1,
            severity: Severity::Minor,
            title: String::new(),
        }];
        // `highlight` clamps; `marks()` filters spans past the end or inside a
        // character, so this only checks that clamping cannot panic.
        let h = highlight("é", 0..2, &marks[..0], "");
        assert_eq!(h, "é");
        let _ = highlight("ab", 0..2, &marks, "");
    }
}
