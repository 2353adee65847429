//! `mtcheck batch`: find the article pairs of a day's copy (by a file-name
//! convention or from a manifest), check them in parallel, keep a pair that
//! cannot be checked as an error result while the others go on, write one report
//! per article and an index atomically under file names derived safely from the
//! ids, and summarise the run. Results come back in input order whatever the
//! number of threads.
//!
//! Pairing conventions, tried in this order in every folder under DIR:
//! - a folder holding `source.<lang>.txt` and `target.<lang>.txt` is one pair
//!   (the layout of `corpora/articles`); its id is the folder's path under DIR,
//!   and the languages come from the file names;
//! - with `--from F --to T`, files `NAME.F.txt` and `NAME.T.txt` side by side are
//!   one pair, id `NAME` (with the folder's path under DIR in front).
//!
//! Hidden files and folders (name starting with `.`) are skipped.

use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::report::{DocumentReport, Format, Report, Reporter, SeverityCounts, JSON_VERSION};
use crate::score::Verdict;
use crate::{check_loaded, check_xliff, Loaded, Options};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// One pair to check, as found by [`discover`] or [`read_manifest`].
#[derive(Debug, Clone, PartialEq)]
pub struct PairSpec {
    pub id: String,
    pub source: Option<PathBuf>,
    pub target: Option<PathBuf>,
    /// Languages from the file names or the manifest; detected when `None`.
    pub source_lang: Option<Lang>,
    pub target_lang: Option<Lang>,
    /// A problem found while pairing (a missing side, a bad manifest line): the
    /// pair is reported with this error instead of being checked.
    pub problem: Option<String>,
}

impl PairSpec {
    fn problem(id: String, message: String) -> PairSpec {
        PairSpec {
            id,
            source: None,
            target: None,
            source_lang: None,
            target_lang: None,
            problem: Some(message),
        }
    }
}

/// `source.es.txt` → `es` (any text between the prefix and `.txt` without a dot).
fn side_lang<'a>(name: &'a str, side: &str) -> Option<&'a str> {
    let rest = name.strip_prefix(side)?.strip_prefix('.')?;
    let code = rest.strip_suffix(".txt")?;
    (!code.is_empty() && !code.contains('.')).then_some(code)
}

fn join_id(rel: &str, name: &str) -> String {
    if rel.is_empty() {
        name.to_string()
    } else {
        format!("{rel}/{name}")
    }
}

/// Whether two paths name the same existing file system object.
fn same_place(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Find the pairs under `dir` by the conventions in the module documentation.
/// `exclude` names folders not to enter (the output folder). The pairs come back
/// sorted by id. An unreadable `dir` is an error; an unreadable folder inside it,
/// or a pair with a side missing, is a pair with a problem.
pub fn discover(
    dir: &Path,
    from: Option<Lang>,
    to: Option<Lang>,
    exclude: &[PathBuf],
) -> Result<Vec<PairSpec>> {
    let io_err = |source| Error::Io {
        path: dir.to_path_buf(),
        source,
    };
    if !fs::metadata(dir).map_err(io_err)?.is_dir() {
        return Err(Error::Usage(format!(
            "{}: is not a directory",
            dir.display()
        )));
    }
    let mut pairs = Vec::new();
    // (folder, its path under `dir` with `/` separators)
    let mut stack = vec![(dir.to_path_buf(), String::new())];
    while let Some((folder, rel)) = stack.pop() {
        let entries = match fs::read_dir(&folder) {
            Ok(e) => e,
            Err(e) if rel.is_empty() => return Err(io_err(e)),
            Err(e) => {
                pairs.push(PairSpec::problem(
                    rel.clone(),
                    format!("{}: could not read the folder: {e}", folder.display()),
                ));
                continue;
            }
        };
        let mut files: Vec<(String, PathBuf)> = Vec::new();
        let mut subdirs = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            if name.starts_with('.') {
                continue;
            }
            let path = entry.path();
            // Symbolic links to folders are not followed (no loops); links to
            // files are read like files.
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                if !exclude.iter().any(|x| same_place(x, &path)) {
                    subdirs.push((path, join_id(&rel, &name)));
                }
            } else {
                files.push((name, path));
            }
        }
        files.sort();
        let sources: Vec<_> = files
            .iter()
            .filter_map(|(n, p)| Some((side_lang(n, "source")?, p)))
            .collect();
        let targets: Vec<_> = files
            .iter()
            .filter_map(|(n, p)| Some((side_lang(n, "target")?, p)))
            .collect();
        if !sources.is_empty() || !targets.is_empty() {
            let id = if rel.is_empty() {
                dir.file_name()
                    .map(|n| n.to_string_lossy().to_string())
                    .unwrap_or_else(|| ".".to_string())
            } else {
                rel.clone()
            };
            // A pair folder is a leaf: its sub-folders are not searched.
            pairs.push(folder_pair(id, &folder, &sources, &targets));
            continue;
        }
        pairs.extend(xliff_files(&rel, &files, from, to));
        if let (Some(from), Some(to)) = (from, to) {
            pairs.extend(flat_pairs(&rel, &files, from, to));
        }
        stack.extend(subdirs);
    }
    pairs.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(pairs)
}

fn folder_pair(
    id: String,
    folder: &Path,
    sources: &[(&str, &PathBuf)],
    targets: &[(&str, &PathBuf)],
) -> PairSpec {
    let shown = folder.display();
    match (sources, targets) {
        ([(s, sp)], [(t, tp)]) => {
            let parse = |code: &str, path: &Path| {
                code.parse::<Lang>()
                    .map_err(|e| format!("{}: {e}", path.display()))
            };
            match (parse(s, sp), parse(t, tp)) {
                (Ok(sl), Ok(tl)) => PairSpec {
                    id,
                    source: Some(sp.to_path_buf()),
                    target: Some(tp.to_path_buf()),
                    source_lang: Some(sl),
                    target_lang: Some(tl),
                    problem: None,
                },
                (Err(e), _) | (_, Err(e)) => PairSpec::problem(id, e),
            }
        }
        ([], _) => PairSpec::problem(id, format!("{shown}: no source.<lang>.txt")),
        (_, []) => PairSpec::problem(id, format!("{shown}: no target.<lang>.txt")),
        _ => PairSpec::problem(
            id,
            format!(
                "{shown}: {} source and {} target files; expected one of each",
                sources.len(),
                targets.len()
            ),
        ),
    }
}

/// Every `NAME.xlf` or `NAME.xliff` is an article of its own, id `NAME`
fn xliff_files(
    rel: &str,
    files: &[(String, PathBuf)],
    from: Option<Lang>,
    to: Option<Lang>,
) -> Vec<PairSpec> {
    files
        .iter()
        .filter_map(|(name, path)| {
            let lower = name.to_ascii_lowercase();
            let stem_len = [".xlf", ".xliff"]
                .iter()
                .find_map(|ext| lower.strip_suffix(ext))?
                .len();
            let stem = &name[..stem_len];
            let id = join_id(rel, if stem.is_empty() { name } else { stem });
            Some(PairSpec {
                id,
                source: Some(path.clone()),
                target: None,
                source_lang: from,
                target_lang: to,
                problem: None,
            })
        })
        .collect()
}

/// `NAME.<from>.txt` with `NAME.<to>.txt` in one folder.
fn flat_pairs(rel: &str, files: &[(String, PathBuf)], from: Lang, to: Lang) -> Vec<PairSpec> {
    let (src_suffix, tgt_suffix) = (format!(".{from}.txt"), format!(".{to}.txt"));
    let mut by_stem: BTreeMap<&str, (Option<&PathBuf>, Option<&PathBuf>)> = BTreeMap::new();
    for (name, path) in files {
        if let Some(stem) = name.strip_suffix(&src_suffix).filter(|s| !s.is_empty()) {
            by_stem.entry(stem).or_default().0 = Some(path);
        } else if let Some(stem) = name.strip_suffix(&tgt_suffix).filter(|s| !s.is_empty()) {
            by_stem.entry(stem).or_default().1 = Some(path);
        }
    }
    by_stem
        .into_iter()
        .map(|(stem, sides)| {
            let id = join_id(rel, stem);
            match sides {
                (Some(s), Some(t)) => PairSpec {
                    id,
                    source: Some(s.clone()),
                    target: Some(t.clone()),
                    source_lang: Some(from),
                    target_lang: Some(to),
                    problem: None,
                },
                (Some(s), None) => PairSpec::problem(
                    id,
                    format!("{}: no translation {stem}{tgt_suffix}", s.display()),
                ),
                (None, Some(t)) => PairSpec::problem(
                    id,
                    format!("{}: no original {stem}{src_suffix}", t.display()),
                ),
                (None, None) => unreachable!("a stem is only entered with a side"),
            }
        })
        .collect()
}

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

/// File names are limited to 255 bytes on common file systems; a stem of at
/// most this many bytes leaves room for a collision suffix and the extension.
pub const MAX_STEM_BYTES: usize = 120;

/// Names Windows reserves whatever the extension; a report may be copied there.
const RESERVED_STEMS: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// The stem of the file name for an id: ASCII letters, digits, `-`, `_` and
/// single dots only (anything else, `/` and `\` included, becomes `_`), no
/// leading dot or underscore, at most [`MAX_STEM_BYTES`] bytes, never empty.
fn sanitize(id: &str) -> String {
    let mut s = String::new();
    for c in id.chars() {
        let c = if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
            c
        } else {
            '_'
        };
        // Collapsing runs of dots leaves no `..`; runs of `_` read badly.
        if matches!(c, '.' | '_') && s.ends_with(c) {
            continue;
        }
        s.push(c);
        if s.len() >= MAX_STEM_BYTES {
            break;
        }
    }
    let s = s.trim_matches(|c| c == '.' || c == '_');
    let base = s.split('.').next().unwrap_or("").to_ascii_lowercase();
    if s.is_empty() {
        "article".to_string()
    } else if RESERVED_STEMS.contains(&base.as_str()) {
        format!("article-{s}")
    } else {
        s.to_string()
    }
}

/// Safe, distinct file-name stems for `ids`, in order. Distinct ignoring case
/// (macOS and Windows file systems do), never `index` (the index page), and
/// deterministic: a later id that collides gets `-2`, `-3`, ….
pub fn safe_stems<'a>(ids: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut taken: HashSet<String> = HashSet::from([INDEX_STEM.to_string()]);
    ids.into_iter()
        .map(|id| {
            let base = sanitize(id);
            let mut stem = base.clone();
            let mut n = 2;
            while !taken.insert(stem.to_ascii_lowercase()) {
                stem = format!("{base}-{n}");
                n += 1;
            }
            stem
        })
        .collect()
}

/// The stem of the index file in an output folder.
pub const INDEX_STEM: &str = "index";

/// Write `bytes` to `path` atomically for readers: into a temporary file in the
/// same folder, then renamed over `path`, so that a reader (or a crash) sees the
/// old file or the new one, never half of one. The temporary name is hidden and
/// unique to this process and call.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty());
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no file name"))?
        .to_string_lossy();
    let tmp_name = format!(
        ".{name}.{}.{}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    let tmp = match dir {
        Some(d) => d.join(tmp_name),
        None => PathBuf::from(tmp_name),
    };
    let result = (|| {
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        drop(f);
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// How a batch is run, beyond the checking options.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    /// Largest input accepted, per file.
    pub max_bytes: u64,
    /// Where to write one report per article and the index; nothing is written
    /// when `None`.
    pub out_dir: Option<PathBuf>,
    /// Format of the reports and the index.
    pub format: Format,
}

/// One pair of a batch and what became of it.
#[derive(Debug, Clone, Serialize)]
pub struct BatchEntry {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_path: Option<String>,
    /// The report written for this pair, relative to the output folder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report_file: Option<String>,
    /// The checked article. Kept lean so that memory grows slowly with the
    /// batch: without its texts, and with only the paragraphs that have findings
    /// (the per-article report has all of them).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentReport>,
    /// Why the pair could not be checked (or its report not written).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl BatchEntry {
    /// The article's score, when it was checked without error.
    pub fn score(&self) -> Option<f64> {
        match (&self.document, &self.error) {
            (Some(d), None) => Some(d.score),
            _ => None,
        }
    }

    pub fn verdict(&self) -> Option<Verdict> {
        match (&self.document, &self.error) {
            (Some(d), None) => Some(d.verdict),
            _ => None,
        }
    }

    pub fn counts(&self) -> SeverityCounts {
        let mut c = SeverityCounts::default();
        for f in self.document.iter().flat_map(|d| d.findings()) {
            match f.severity {
                crate::finding::Severity::Minor => c.minor += 1,
                crate::finding::Severity::Major => c.major += 1,
                crate::finding::Severity::Critical => c.critical += 1,
            }
        }
        c
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct BatchSummary {
    pub pairs: usize,
    pub passed: usize,
    pub failed: usize,
    pub errors: usize,
    pub findings: SeverityCounts,
}

/// The result of a batch: every pair in input order, and the totals.
#[derive(Debug, Clone, Serialize)]
pub struct Batch {
    pub version: u32,
    pub summary: BatchSummary,
    pub entries: Vec<BatchEntry>,
}

impl Batch {
    pub fn new(entries: Vec<BatchEntry>) -> Batch {
        let mut s = BatchSummary {
            pairs: entries.len(),
            ..BatchSummary::default()
        };
        for e in &entries {
            match e.verdict() {
                None => s.errors += 1,
                Some(Verdict::Pass) => s.passed += 1,
                Some(Verdict::Fail) => s.failed += 1,
            }
            let c = e.counts();
            s.findings.minor += c.minor;
            s.findings.major += c.major;
            s.findings.critical += c.critical;
        }
        Batch {
            version: JSON_VERSION,
            summary: s,
            entries,
        }
    }

    /// The worst of all: 2 when a pair could not be checked, 1 when an article
    /// failed, 0 when every one passed.
    pub fn exit_code(&self) -> u8 {
        if self.summary.errors > 0 {
            2
        } else if self.summary.failed > 0 {
            1
        } else {
            0
        }
    }

    /// Checked entries, lowest score first (ties by id): the articles an editor
    /// should open first.
    pub fn worst(&self) -> Vec<&BatchEntry> {
        let mut v: Vec<&BatchEntry> = self
            .entries
            .iter()
            .filter(|e| e.score().is_some())
            .collect();
        v.sort_by(|a, b| {
            a.score()
                .partial_cmp(&b.score())
                .unwrap_or(std::cmp::Ordering::Equal)
                .then_with(|| a.id.cmp(&b.id))
        });
        v
    }

    pub fn errors(&self) -> impl Iterator<Item = &BatchEntry> {
        self.entries.iter().filter(|e| e.verdict().is_none())
    }
}

fn check_spec(spec: &PairSpec, opts: &Options, max_bytes: u64) -> Result<DocumentReport, String> {
    if let Some(p) = &spec.problem {
        return Err(p.clone());
    }
    let read = |path: &Option<PathBuf>, side: &str, lang| -> Result<Loaded, String> {
        let path = path.as_ref().ok_or_else(|| format!("no {side} file"))?;
        let content = crate::formats::load(path, max_bytes).map_err(|e| e.to_string())?;
        Ok(Loaded {
            name: path.display().to_string(),
            path: Some(path.display().to_string()),
            content,
            lang,
        })
    };
    let source = read(&spec.source, "source", spec.source_lang)?;
    if spec.target.is_none() {
        if let crate::formats::Loaded::Xliff(file) = source.content {
            return check_xliff(
                &spec.id,
                file,
                source.path,
                spec.source_lang,
                spec.target_lang,
                opts,
            )
            .map_err(|e| e.to_string());
        }
    }
    let target = read(&spec.target, "target", spec.target_lang)?;
    check_loaded(&spec.id, source, target, opts).map_err(|e| e.to_string())
}

fn run_one(
    spec: PairSpec,
    stem: &str,
    opts: &Options,
    bopts: &BatchOptions,
    reporter: &(dyn Reporter + Send + Sync),
) -> BatchEntry {
    let mut entry = BatchEntry {
        id: spec.id.clone(),
        source_path: spec.source.as_ref().map(|p| p.display().to_string()),
        target_path: spec.target.as_ref().map(|p| p.display().to_string()),
        report_file: None,
        document: None,
        error: None,
    };
    let mut doc = match check_spec(&spec, opts, bopts.max_bytes) {
        Ok(d) => d,
        Err(e) => {
            entry.error = Some(e);
            return entry;
        }
    };
    if let Some(dir) = &bopts.out_dir {
        let file = format!("{stem}.{}", bopts.format.extension());
        let report = Report::new(vec![doc], 0);
        let mut buf = Vec::new();
        let written = reporter
            .render(&report, &mut buf)
            .and_then(|()| write_atomic(&dir.join(&file), &buf));
        match written {
            Ok(()) => entry.report_file = Some(file),
            Err(e) => entry.error = Some(format!("writing the report {file}: {e}")),
        }
        let Some(d) = report.documents.into_iter().next() else {
            unreachable!("the report was made from one document");
        };
        doc = d;
    }
    doc.texts = None;
    doc.paragraphs.retain(|p| !p.findings.is_empty());
    entry.document = Some(doc);
    entry
}

/// Check every pair on the current rayon pool, calling `progress` from the
/// worker threads as each one finishes (the library prints nothing; the caller
/// draws a bar if it likes). With an output folder, writes one report per
/// checked pair and then the index. The entries keep the input order. Errors
/// are the output folder or the index that could not be written; a pair that
/// could not be checked is an entry with an error.
pub fn run(
    pairs: Vec<PairSpec>,
    opts: &Options,
    bopts: &BatchOptions,
    progress: &(dyn Fn(&BatchEntry) + Sync),
) -> Result<Batch> {
    let stems = safe_stems(pairs.iter().map(|p| p.id.as_str()));
    if let Some(dir) = &bopts.out_dir {
        fs::create_dir_all(dir).map_err(|source| Error::Io {
            path: dir.clone(),
            source,
        })?;
    }
    let reporter = bopts.format.reporter(false, opts.config.thresholds);
    let entries: Vec<BatchEntry> = pairs
        .into_par_iter()
        .zip(stems.par_iter())
        .map(|(spec, stem)| {
            let e = run_one(spec, stem, opts, bopts, reporter.as_ref());
            progress(&e);
            e
        })
        .collect();
    let batch = Batch::new(entries);
    if let Some(dir) = &bopts.out_dir {
        let path = dir.join(format!("{INDEX_STEM}.{}", bopts.format.extension()));
        let mut buf = Vec::new();
        render_index(&batch, bopts.format, &opts.config.thresholds, &mut buf)
            .and_then(|()| write_atomic(&path, &buf))
            .map_err(|source| Error::Io { path, source })?;
    }
    Ok(batch)
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_are_safe_and_distinct() {
        let ids = [
            "../../etc/passwd",
            "/abs/path",
            "a/b",
            "a_b",
            "A_B",
            "..",
            "",
            "index",
            "con",
            "Müller 2024",
            "x\ny",
        ];
        let stems = safe_stems(ids.iter().copied());
        let mut seen = HashSet::new();
        for s in &stems {
            assert!(!s.is_empty());
            assert!(!s.starts_with('.'), "{s}");
            assert!(!s.contains(".."), "{s}");
            assert!(!s.contains('/') && !s.contains('\\'), "{s}");
            assert!(s
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)));
            assert!(seen.insert(s.to_ascii_lowercase()), "collision {s}");
            assert_ne!(s.to_ascii_lowercase(), "index");
        }
        assert_eq!(stems[0], "etc_passwd");
        assert_eq!(stems[1], "abs_path");
        assert_eq!(stems[2], "a_b");
        assert_eq!(stems[3], "a_b-2");
        assert_eq!(stems[4], "A_B-3");
        assert_eq!(stems[5], "article");
        assert_eq!(stems[6], "article-2");
        assert_eq!(stems[7], "index-2");
        assert_eq!(stems[8], "article-con");
        assert_eq!(stems[9], "M_ller_2024");
        let long = "x".repeat(1000);
        assert!(safe_stems([long.as_str()])[0].len() <= MAX_STEM_BYTES);
    }

    #[test]
    fn atomic_write_replaces_and_leaves_no_temporary_file() {
        let dir = std::env::temp_dir().join(format!("mtcheck-atomic-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let p = dir.join("r.html");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
        assert!(write_atomic(&dir.join("missing/r.html"), b"x").is_err());
        fs::remove_dir_all(&dir).unwrap();
    }

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

    #[test]
    fn discovers_folder_and_flat_pairs() {
        let dir = std::env::temp_dir().join(format!("mtcheck-discover-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        for (rel, text) in [
            ("one/source.es.txt", "x"),
            ("one/target.en.txt", "x"),
            ("one/deeper/source.fr.txt", "x"),
            ("lonely/source.es.txt", "x"),
            ("flat/a.es.txt", "x"),
            ("flat/a.en.txt", "x"),
            ("flat/b.es.txt", "x"),
            ("flat/notes.txt", "x"),
            (".hidden/source.es.txt", "x"),
        ] {
            let p = dir.join(rel);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            fs::write(p, text).unwrap();
        }
        let p = discover(&dir, None, None, &[]).unwrap();
        let ids: Vec<_> = p.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["lonely", "one"]);
        assert!(p[0].problem.as_ref().unwrap().contains("no target"));
        assert_eq!(p[1].source_lang, Some(Lang::Es));
        let p = discover(&dir, Some(Lang::Es), Some(Lang::En), &[]).unwrap();
        let ids: Vec<_> = p.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["flat/a", "flat/b", "lonely", "one"]);
        assert!(p[0].problem.is_none());
        assert!(p[1].problem.as_ref().unwrap().contains("b.en.txt"));
        let p = discover(&dir, Some(Lang::Es), Some(Lang::En), &[dir.join("flat")]).unwrap();
        assert_eq!(p.len(), 2);
        fs::remove_dir_all(&dir).unwrap();
    }
}
