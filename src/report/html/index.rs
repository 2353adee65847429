//! The index page of a batch: the totals and one row per pair, sortable by
//! score by a small script that the page's Content-Security-Policy allows by
//! its hash.

use super::page::{bar, escape, page_end, page_start, verdict_badge};
use crate::batch::{Batch, BatchEntry};
use crate::config::Thresholds;
use crate::score::Verdict;
use std::fmt::Write as _;
use std::io::{self, Write};

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
}
