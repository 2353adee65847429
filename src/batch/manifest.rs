//! Reading a manifest of pairs (TSV or JSON Lines): [`read_manifest`].

use super::PairSpec;
use crate::error::{Error, Result};
use crate::lang::Lang;
use serde::Deserialize;
use std::collections::HashMap;
use std::fs;
use std::path::Path;

/// A JSON Lines manifest record. Paths are relative to the manifest's folder.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestRecord {
    id: serde_json::Value,
    source_path: String,
    target_path: String,
    #[serde(default)]
    source_lang: Option<String>,
    #[serde(default)]
    target_lang: Option<String>,
}

/// The column names of a TSV manifest, in order; a first line equal to these
/// (the last two optional) is a header.
pub const MANIFEST_COLUMNS: [&str; 5] = [
    "id",
    "source_path",
    "target_path",
    "source_lang",
    "target_lang",
];

/// Read a manifest: TSV (`id`, `source_path`, `target_path`, optionally
/// `source_lang`, `target_lang`; `#` comment lines and a header line allowed) or
/// JSON Lines with those keys (chosen by a `.jsonl`/`.ndjson`/`.json` extension
/// or a first record starting with `{`). Relative paths are taken from the
/// manifest's folder. `from`/`to` apply where a line gives no language. A bad
/// line, or an id seen before, is a pair with a problem; an unreadable manifest
/// is an error.
pub fn read_manifest(path: &Path, from: Option<Lang>, to: Option<Lang>) -> Result<Vec<PairSpec>> {
    let text = fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let base = path.parent().unwrap_or(Path::new("."));
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    let jsonl = matches!(ext.as_deref(), Some("jsonl" | "ndjson" | "json"))
        || text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with('#'))
            .is_some_and(|l| l.starts_with('{'));
    let shown = path.display();
    let mut pairs = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let parsed = if jsonl {
            parse_json_line(trimmed)
        } else {
            let fields: Vec<&str> = line.trim_end_matches('\r').split('\t').collect();
            if pairs.is_empty()
                && seen.is_empty()
                && fields
                    .iter()
                    .zip(MANIFEST_COLUMNS)
                    .all(|(f, c)| f.trim().eq_ignore_ascii_case(c))
            {
                continue; // header
            }
            parse_tsv_line(&fields)
        };
        let spec = match parsed {
            Ok((id, src, tgt, sl, tl)) => {
                let lang = |code: Option<String>, default: Option<Lang>| match code {
                    Some(c) if !c.trim().is_empty() => c.trim().parse::<Lang>().map(Some),
                    _ => Ok(default),
                };
                if let Some(first) = seen.get(&id) {
                    PairSpec::problem(
                        id,
                        format!("{shown} line {n}: duplicate id (first on line {first})"),
                    )
                } else {
                    seen.insert(id.clone(), n);
                    match (lang(sl, from), lang(tl, to)) {
                        (Ok(source_lang), Ok(target_lang)) => PairSpec {
                            id,
                            source: Some(base.join(src)),
                            target: Some(base.join(tgt)),
                            source_lang,
                            target_lang,
                            problem: None,
                        },
                        (Err(e), _) | (_, Err(e)) => {
                            PairSpec::problem(id, format!("{shown} line {n}: {e}"))
                        }
                    }
                }
            }
            Err((id, message)) => PairSpec::problem(
                id.unwrap_or_else(|| format!("line {n}")),
                format!("{shown} line {n}: {message}"),
            ),
        };
        pairs.push(spec);
    }
    Ok(pairs)
}

type ManifestLine = (String, String, String, Option<String>, Option<String>);
type LineError = (Option<String>, String);

fn id_text(id: &serde_json::Value) -> String {
    match id {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn parse_json_line(line: &str) -> std::result::Result<ManifestLine, LineError> {
    match serde_json::from_str::<ManifestRecord>(line) {
        Ok(r) => {
            let id = id_text(&r.id);
            if id.trim().is_empty() {
                return Err((None, "empty id".to_string()));
            }
            Ok((
                id,
                r.source_path,
                r.target_path,
                r.source_lang,
                r.target_lang,
            ))
        }
        Err(e) => {
            let id = serde_json::from_str::<serde_json::Value>(line)
                .ok()
                .and_then(|v| v.get("id").map(id_text));
            Err((id, format!("malformed record: {e}")))
        }
    }
}

fn parse_tsv_line(fields: &[&str]) -> std::result::Result<ManifestLine, LineError> {
    let get = |i: usize| fields.get(i).map(|f| f.trim().to_string());
    let id = get(0).filter(|s| !s.is_empty());
    if !(3..=5).contains(&fields.len()) {
        return Err((
            id,
            format!(
                "expected 3 to 5 tab-separated fields ({}), found {}",
                MANIFEST_COLUMNS.join(", "),
                fields.len()
            ),
        ));
    }
    let Some(id) = id else {
        return Err((None, "empty id".to_string()));
    };
    let (src, tgt) = (get(1).unwrap_or_default(), get(2).unwrap_or_default());
    if src.is_empty() || tgt.is_empty() {
        return Err((Some(id), "empty source or target path".to_string()));
    }
    Ok((id, src, tgt, get(3), get(4)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_and_json_lines_manifests() {
        let dir = std::env::temp_dir().join(format!("mtcheck-manifest-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let tsv = dir.join("m.tsv");
        fs::write(
            &tsv,
            "id\tsource_path\ttarget_path\tsource_lang\ttarget_lang\n# comment\n\
             a\ta.es.txt\ta.en.txt\tes\ten\nb\tb.fr\tb.en\nbad line\na\tx\ty\nc\tc1\tc2\txx\t\n",
        )
        .unwrap();
        let p = read_manifest(&tsv, None, Some(Lang::En)).unwrap();
        assert_eq!(p.len(), 5);
        assert_eq!(p[0].id, "a");
        assert_eq!(p[0].source, Some(dir.join("a.es.txt")));
        assert_eq!(p[0].source_lang, Some(Lang::Es));
        assert_eq!(p[1].source_lang, None);
        assert_eq!(p[1].target_lang, Some(Lang::En));
        assert!(p[2].problem.as_ref().unwrap().contains("line 5"));
        assert!(p[3].problem.as_ref().unwrap().contains("duplicate id"));
        assert!(p[4]
            .problem
            .as_ref()
            .unwrap()
            .contains("unsupported language"));
        let jl = dir.join("m.jsonl");
        fs::write(
            &jl,
            "{\"id\":\"x\",\"source_path\":\"s.txt\",\"target_path\":\"t.txt\",\"target_lang\":\"en\"}\n\
             {\"id\":\"y\",\"source\":\"text\"}\n{oops\n",
        )
        .unwrap();
        let p = read_manifest(&jl, None, None).unwrap();
        assert_eq!(p.len(), 3);
        assert_eq!(p[0].target_lang, Some(Lang::En));
        assert_eq!(p[1].id, "y");
        assert!(p[1].problem.as_ref().unwrap().contains("unknown field"));
        assert_eq!(p[2].id, "line 3");
        fs::remove_dir_all(&dir).unwrap();
    }
}
