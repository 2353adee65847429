//! `mtcheck stream`: JSON Lines in, one JSON Lines record out per input line, in
//! input order. Lines are read in bounded chunks and checked in parallel, so
//! memory stays flat however long the stream. A line that cannot be checked
//! yields `{"id", "error"}` and the stream goes on.

use crate::report::{DocumentReport, JSON_VERSION};
use crate::{check_pair, Input, Options};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::io::{self, BufRead, Write};

/// Lines checked together; bounded so that memory does not grow with the
/// stream, large enough to keep every core busy between writes.
pub const CHUNK_LINES: usize = 256;

/// A chunk also ends once its lines hold this many bytes, so that 256 lines
/// near the line limit (twice `--max-bytes`) are not held at once: memory
/// stays within a few times this plus one line, whatever the records.
pub const CHUNK_BYTES: usize = 32 * 1024 * 1024;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Record {
    id: serde_json::Value,
    source: String,
    target: String,
    #[serde(default)]
    source_lang: Option<String>,
    #[serde(default)]
    target_lang: Option<String>,
    // DEMETR-style evaluation records carry these; they are not used.
    #[serde(default)]
    #[allow(dead_code)]
    label: Option<serde_json::Value>,
    #[serde(default)]
    #[allow(dead_code)]
    subtype: Option<serde_json::Value>,
    #[serde(default)]
    #[allow(dead_code)]
    span: Option<serde_json::Value>,
}

#[derive(Serialize)]
struct ErrorRecord<'a> {
    id: &'a serde_json::Value,
    error: String,
}

#[derive(Serialize)]
struct DocRecord<'a> {
    version: u32,
    #[serde(flatten)]
    doc: &'a DocumentReport,
}

#[derive(Debug, Default, Clone, Copy)]
pub struct StreamStats {
    pub lines: usize,
    pub errors: usize,
    pub failed: usize,
}

/// One output record as a JSON line.
#[allow(
    clippy::expect_used,
    reason = "the records hold strings, numbers (NaN would be null) and JSON values with string keys: serialising them cannot fail"
)]
fn json_line<T: Serialize>(rec: &T) -> String {
    serde_json::to_string(rec).expect("serialisable")
}

fn id_text(id: &serde_json::Value) -> String {
    match id {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The id of a line that is JSON but not a valid record, so that the error can
/// still be matched to its input.
fn salvage_id(line: &str) -> serde_json::Value {
    serde_json::from_str::<serde_json::Value>(line)
        .ok()
        .and_then(|v| v.get("id").cloned())
        .unwrap_or(serde_json::Value::Null)
}

fn process(line_no: usize, line: Result<String, String>, opts: &Options) -> (String, bool, bool) {
    let error = |id: &serde_json::Value, msg: String| {
        let rec = ErrorRecord { id, error: msg };
        (json_line(&rec), true, false)
    };
    let line = match line {
        Ok(l) => l,
        Err(msg) => return error(&serde_json::Value::Null, format!("line {line_no}: {msg}")),
    };
    let rec: Record = match serde_json::from_str(&line) {
        Ok(r) => r,
        Err(e) => {
            return error(
                &salvage_id(&line),
                format!("line {line_no}: malformed record: {e}"),
            )
        }
    };
    let id = id_text(&rec.id);
    let parse_lang = |l: &Option<String>| l.as_deref().map(str::parse).transpose();
    let (src_lang, tgt_lang) = match (parse_lang(&rec.source_lang), parse_lang(&rec.target_lang)) {
        (Ok(s), Ok(t)) => (s, t),
        (Err(e), _) | (_, Err(e)) => return error(&rec.id, format!("line {line_no}: {e}")),
    };
    let source = Input {
        name: format!("{id}:source"),
        path: None,
        text: rec.source,
        lang: src_lang,
    };
    let target = Input {
        name: format!("{id}:target"),
        path: None,
        text: rec.target,
        lang: tgt_lang,
    };
    match check_pair(&id, source, target, opts) {
        Ok(mut doc) => {
            doc.id = id;
            let failed = doc.verdict == crate::score::Verdict::Fail;
            let rec = DocRecord {
                version: JSON_VERSION,
                doc: &doc,
            };
            (json_line(&rec), false, failed)
        }
        Err(e) => error(&rec.id, e.to_string()),
    }
}

/// Read one line of at most `limit` bytes. Longer lines are consumed and
/// reported, not buffered.
fn read_line<R: BufRead>(
    input: &mut R,
    limit: usize,
) -> io::Result<Option<Result<String, String>>> {
    let mut buf = Vec::new();
    let mut too_long = false;
    let mut any = false;
    loop {
        let chunk = input.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (used, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        if !too_long {
            if buf.len() + used > limit {
                too_long = true;
                buf = Vec::new();
            } else {
                buf.extend_from_slice(&chunk[..used]);
            }
        }
        input.consume(used);
        if done {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    if too_long {
        return Ok(Some(Err(format!("line longer than {limit} bytes"))));
    }
    while matches!(buf.last(), Some(b'\n' | b'\r')) {
        buf.pop();
    }
    Ok(Some(String::from_utf8(buf).map_err(|e| {
        format!(
            "invalid UTF-8 at byte offset {} of the line",
            e.utf8_error().valid_up_to()
        )
    })))
}

/// Run the stream from `input` to `out`. Errors are I/O errors of the stream
/// itself (a closed pipe included); per-line problems are records.
pub fn run<R: BufRead, W: Write>(
    mut input: R,
    mut out: W,
    opts: &Options,
    max_line_bytes: usize,
) -> io::Result<StreamStats> {
    let mut stats = StreamStats::default();
    let mut line_no = 0usize;
    loop {
        let mut chunk = Vec::with_capacity(CHUNK_LINES);
        let mut chunk_bytes = 0usize;
        while chunk.len() < CHUNK_LINES && chunk_bytes < CHUNK_BYTES {
            match read_line(&mut input, max_line_bytes)? {
                Some(line) => {
                    line_no += 1;
                    chunk_bytes += line.as_ref().map_or(0, String::len);
                    chunk.push((line_no, line));
                }
                None => break,
            }
        }
        if chunk.is_empty() {
            break;
        }
        let results: Vec<(String, bool, bool)> = chunk
            .into_par_iter()
            .map(|(n, line)| process(n, line, opts))
            .collect();
        for (text, error, failed) in results {
            stats.lines += 1;
            stats.errors += error as usize;
            stats.failed += failed as usize;
            out.write_all(text.as_bytes())?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
    }
    Ok(stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_every_line_in_order_and_survives_bad_ones() {
        let input = concat!(
            r#"{"id":"a","source":"Le gouvernement a annoncé lundi un plan de 1,5 milliard d'euros pour les hôpitaux.","target":"The government announced on Monday a plan of 1.5 billion euros for hospitals.","source_lang":"fr","target_lang":"en"}"#,
            "\n",
            "{not json\n",
            r#"{"id":7,"source":"","target":"x","source_lang":"fr","target_lang":"en"}"#,
            "\n",
            r#"{"id":"d","source":"Hola","target":"Hello","source_lang":"xx"}"#,
            "\n",
        );
        let mut out = Vec::new();
        let stats = run(input.as_bytes(), &mut out, &Options::default(), 1 << 20).unwrap();
        let lines: Vec<serde_json::Value> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(stats.errors, 3);
        assert_eq!(lines[0]["id"], "a");
        assert!(lines[0]["verdict"].is_string());
        assert!(lines[1]["id"].is_null());
        assert!(lines[1]["error"].as_str().unwrap().contains("line 2"));
        assert_eq!(lines[2]["id"], 7);
        assert!(lines[2]["error"].as_str().unwrap().contains("empty"));
        assert_eq!(lines[3]["id"], "d");
        assert!(lines[3]["error"]
            .as_str()
            .unwrap()
            .contains("unsupported language"));
    }

    #[test]
    fn reports_an_overlong_line_without_buffering_it() {
        let mut input = vec![b'{'; 5000];
        input.push(b'\n');
        input.extend_from_slice(b"{}\n");
        let mut out = Vec::new();
        let stats = run(&input[..], &mut out, &Options::default(), 100).unwrap();
        assert_eq!(stats.lines, 2);
        let text = String::from_utf8(out).unwrap();
        assert!(text
            .lines()
            .next()
            .unwrap()
            .contains("longer than 100 bytes"));
    }
}
