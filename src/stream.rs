//! `mtcheck stream`: JSON Lines in, one JSON Lines record out per input line, in
//! input order. Lines are read in bounded chunks and checked in parallel, so
//! memory stays flat however long the stream. A line that cannot be checked
//! yields `{"id", "error"}` and the stream goes on. Fields of a record that the
//! checks do not read are echoed under `meta`, as given, so that a pipeline can
//! join the results to its data.

use crate::report::{DocumentReport, JSON_VERSION};
use crate::{check_pair, Input, Options};
use rayon::prelude::*;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::io::{self, BufRead, Write};

/// Lines checked together; bounded so that memory does not grow with the
/// stream, large enough to keep every core busy between writes.
pub const CHUNK_LINES: usize = 256;

/// A chunk also ends once its lines hold this many bytes, so that 256 lines
/// near the line limit (twice `--max-bytes`) are not held at once: memory
/// stays within a few times this plus one line, whatever the records.
pub const CHUNK_BYTES: usize = 32 * 1024 * 1024;

/// One input line: the fields the checks read, and every other field as the
/// record gave it.
#[derive(Debug)]
struct Record {
    id: serde_json::Value,
    source: String,
    target: String,
    source_lang: Option<String>,
    target_lang: Option<String>,
    meta: Meta,
}

/// The fields of a record that mtcheck does not read (a URL, a desk, a
/// timestamp, evaluation labels…), in input order, each value as its JSON text
/// (numbers, nested objects and key order exactly as given, whitespace outside
/// strings removed so that a record stays one line). No name is special: these
/// are echoed under `meta` so that a pipeline can join results to its data.
#[derive(Debug, Default)]
struct Meta(Vec<(String, Box<RawValue>)>);

impl Meta {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Meta {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// `raw` without JSON whitespace outside strings. Inside a line the only
/// whitespace that matters is a bare carriage return, which readers that split
/// on any line break (Python's `splitlines`) would take for a new record.
fn compact(raw: Box<RawValue>) -> Box<RawValue> {
    let text = raw.get();
    if !text
        .bytes()
        .any(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
    {
        return raw;
    }
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            in_string = c == '"';
            out.push(c);
        }
    }
    RawValue::from_string(out).unwrap_or(raw)
}

impl<'de> Deserialize<'de> for Record {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(RecordVisitor)
    }
}

struct RecordVisitor;

impl<'de> Visitor<'de> for RecordVisitor {
    type Value = Record;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a record: a JSON object with id, source and target")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Record, A::Error> {
        fn set<T, E: de::Error>(slot: &mut Option<T>, name: &'static str, v: T) -> Result<(), E> {
            if slot.replace(v).is_some() {
                return Err(E::duplicate_field(name));
            }
            Ok(())
        }
        let (mut id, mut source, mut target) = (None, None, None);
        let (mut source_lang, mut target_lang) = (None, None);
        let mut meta = Meta::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "id" => set(&mut id, "id", map.next_value()?)?,
                "source" => set(&mut source, "source", map.next_value()?)?,
                "target" => set(&mut target, "target", map.next_value()?)?,
                "source_lang" => set(&mut source_lang, "source_lang", map.next_value()?)?,
                "target_lang" => set(&mut target_lang, "target_lang", map.next_value()?)?,
                _ => {
                    let value = compact(map.next_value()?);
                    meta.0.push((key, value));
                }
            }
        }
        // Sorted, not compared pairwise: a line may hold a great many fields.
        let mut keys: Vec<&str> = meta.0.iter().map(|(k, _)| k.as_str()).collect();
        keys.sort_unstable();
        if let Some(w) = keys.windows(2).find(|w| w[0] == w[1]) {
            return Err(de::Error::custom(format_args!(
                "duplicate field `{}`",
                w[0]
            )));
        }
        Ok(Record {
            id: id.ok_or_else(|| de::Error::missing_field("id"))?,
            source: source.ok_or_else(|| de::Error::missing_field("source"))?,
            target: target.ok_or_else(|| de::Error::missing_field("target"))?,
            source_lang: source_lang.flatten(),
            target_lang: target_lang.flatten(),
            meta,
        })
    }
}

#[derive(Serialize)]
struct ErrorRecord<'a> {
    id: &'a serde_json::Value,
    error: String,
    #[serde(skip_serializing_if = "is_none_or_empty")]
    meta: Option<&'a Meta>,
}

fn is_none_or_empty(meta: &Option<&Meta>) -> bool {
    meta.is_none_or(|m| m.is_empty())
}

#[derive(Serialize)]
struct DocRecord<'a> {
    version: u32,
    #[serde(flatten)]
    doc: &'a DocumentReport,
    #[serde(skip_serializing_if = "Meta::is_empty")]
    meta: &'a Meta,
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
    let error = |id: &serde_json::Value, meta: Option<&Meta>, msg: String| {
        let rec = ErrorRecord {
            id,
            error: msg,
            meta,
        };
        (json_line(&rec), true, false)
    };
    let line = match line {
        Ok(l) => l,
        Err(msg) => {
            return error(
                &serde_json::Value::Null,
                None,
                format!("line {line_no}: {msg}"),
            )
        }
    };
    let rec: Record = match serde_json::from_str(&line) {
        Ok(r) => r,
        Err(e) => {
            return error(
                &salvage_id(&line),
                None,
                format!("line {line_no}: malformed record: {e}"),
            )
        }
    };
    let id = id_text(&rec.id);
    let parse_lang = |l: &Option<String>| l.as_deref().map(str::parse).transpose();
    let (src_lang, tgt_lang) = match (parse_lang(&rec.source_lang), parse_lang(&rec.target_lang)) {
        (Ok(s), Ok(t)) => (s, t),
        (Err(e), _) | (_, Err(e)) => {
            return error(&rec.id, Some(&rec.meta), format!("line {line_no}: {e}"))
        }
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
                meta: &rec.meta,
            };
            (json_line(&rec), false, failed)
        }
        Err(e) => error(&rec.id, Some(&rec.meta), e.to_string()),
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

    const FR: &str =
        "Le gouvernement a annoncé lundi un plan de 1,5 milliard d'euros pour les hôpitaux.";
    const EN: &str =
        "The government announced on Monday a plan of 1.5 billion euros for hospitals.";

    fn stream_lines(input: &str) -> (StreamStats, Vec<String>) {
        let mut out = Vec::new();
        let stats = run(input.as_bytes(), &mut out, &Options::default(), 1 << 20).unwrap();
        let text = String::from_utf8(out).unwrap();
        (stats, text.lines().map(str::to_owned).collect())
    }

    #[test]
    fn echoes_other_fields_under_meta_as_given_and_ignores_them() {
        let plain = format!(
            r#"{{"id":"a","source":"{FR}","target":"{EN}","source_lang":"fr","target_lang":"en"}}"#
        );
        // Extra fields before, between and after the read ones; a nested object
        // whose keys are not sorted, a number written with a trailing zero, the
        // evaluation fields, JSON whitespace (a bare carriage return included)
        // outside strings and spaces and an escaped quote inside one.
        let extra = format!(
            "{{\"url\": \"https://example.org/a?b=1\", \"id\":\"a\", \"desk\" : \"foreign \\\"wire\\\" desk\",\"source\":\"{FR}\",\
             \"nested\": {{\r\"z\": [1, 2.50], \"a\": {{}}}},\"target\":\"{EN}\",\"source_lang\":\"fr\",\
             \"target_lang\":\"en\",\"label\":\"none\",\"subtype\":null,\"span\":[3,9]}}"
        );
        let (stats, lines) = stream_lines(&format!("{plain}\n{extra}\n"));
        assert_eq!((stats.lines, stats.errors), (2, 0));
        assert!(!lines[0].contains("\"meta\""), "{}", lines[0]);
        let meta = concat!(
            r#","meta":{"url":"https://example.org/a?b=1","desk":"foreign \"wire\" desk","#,
            r#""nested":{"z":[1,2.50],"a":{}},"label":"none","subtype":null,"span":[3,9]}}"#
        );
        // The document is byte for byte the one without the extra fields.
        let without_meta = lines[1].strip_suffix(meta).expect(&lines[1]);
        assert_eq!(format!("{without_meta}}}"), lines[0]);
    }

    #[test]
    fn echoes_deeply_nested_and_very_many_fields() {
        let deep = format!("{}{}", "[".repeat(50_000), "]".repeat(50_000));
        let many: String = (0..20_000).map(|i| format!(r#","k{i}":{i}"#)).collect();
        let line = format!(
            r#"{{"id":"x","source":"{FR}","target":"{EN}","source_lang":"fr","target_lang":"en","deep":{deep}{many}}}"#
        );
        let (stats, lines) = stream_lines(&line);
        assert_eq!(stats.errors, 0);
        let want = format!(r#","meta":{{"deep":{deep}{many}}}}}"#);
        assert!(lines[0].ends_with(&want));
    }

    #[test]
    fn malformed_records_are_errors_and_the_stream_goes_on() {
        let ok = format!(
            r#"{{"id":"ok","desk":"d","source":"{FR}","target":"{EN}","source_lang":"fr","target_lang":"en"}}"#
        );
        let input = [
            "[1, 2]",
            r#"{"id":"m","source":"x"}"#,
            r#"{"id":"t","source":"x","target":5}"#,
            r#"{"id":"u","source":"x","target":"y","url":1,"url":2}"#,
            r#"{"id":"v","source":"x","target":"y","source_lang":3}"#,
            r#"{"source":"x","target":"y"}"#,
            &ok,
            r#"{"id":"e","source":"","target":"y","source_lang":"fr","target_lang":"en","desk":"d"}"#,
        ]
        .join("\n");
        let (stats, lines) = stream_lines(&input);
        assert_eq!((stats.lines, stats.errors), (8, 7));
        let recs: Vec<serde_json::Value> = lines
            .iter()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let expect = [
            (serde_json::Value::Null, "a record: a JSON object"),
            ("m".into(), "missing field `target`"),
            ("t".into(), "invalid type: integer `5`, expected a string"),
            ("u".into(), "duplicate field `url`"),
            ("v".into(), "invalid type: integer `3`"),
            (serde_json::Value::Null, "missing field `id`"),
        ];
        for (i, (id, msg)) in expect.iter().enumerate() {
            let err = recs[i]["error"].as_str().unwrap();
            assert_eq!(&recs[i]["id"], id, "{err}");
            assert!(
                err.starts_with(&format!("line {}: malformed record: ", i + 1)),
                "{err}"
            );
            assert!(err.contains(msg), "{err}");
            assert!(recs[i].get("meta").is_none());
        }
        assert_eq!(recs[6]["id"], "ok");
        assert!(recs[6]["verdict"].is_string());
        assert_eq!(recs[6]["meta"], serde_json::json!({"desk": "d"}));
        // A record that was read but could not be checked keeps its meta too.
        assert!(recs[7]["error"].as_str().unwrap().contains("empty"));
        assert_eq!(recs[7]["meta"], serde_json::json!({"desk": "d"}));
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
