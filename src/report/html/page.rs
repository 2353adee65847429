//! What every HTML page shares: escaping, the style sheet, the head and foot of
//! a page, the verdict badge and the score bar.

use crate::config::Thresholds;
use crate::score::Verdict;
use std::io::{self, Write};

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

pub(super) fn page_start(out: &mut dyn Write, title: &str, csp: &str) -> io::Result<()> {
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

pub(super) fn page_end(out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "</main>\n</body>\n</html>")
}

pub(super) fn verdict_badge(v: Verdict) -> &'static str {
    match v {
        Verdict::Pass => "<span class=\"verdict pass\">PASS</span>",
        Verdict::Fail => "<span class=\"verdict fail\">FAIL</span>",
    }
}

/// A score bar coloured by the gate: below the paragraph threshold (or on a
/// failed article, `failed`) is bad, below the article threshold a warning.
pub(super) fn bar(score: f64, t: &Thresholds, big: bool, failed: bool) -> String {
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
}
