//! The page of one or more checked articles: source and target side by side,
//! each finding's span highlighted in both texts and listed beside the pair.

use super::page::{bar, escape, page_end, page_start, verdict_badge};
use super::Html;
use crate::document::Document;
use crate::finding::{Finding, Severity};
use crate::lang::LangMethod;
use crate::report::{DocumentReport, ParagraphReport, Report, Reporter};
use crate::score::Verdict;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::ops::Range;

/// Article pages run no script at all and load nothing.
const CSP_ARTICLE: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

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

fn lang_label(side: &crate::report::Side) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

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
