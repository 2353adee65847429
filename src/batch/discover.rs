//! Finding the pairs of a folder tree by the file-name conventions of the
//! [`batch`](super) module: [`PairSpec`] and [`discover`].

use crate::error::{Error, Result};
use crate::lang::Lang;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// One pair to check, as found by [`discover`] or [`read_manifest`](super::read_manifest).
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
    pub(super) fn problem(id: String, message: String) -> PairSpec {
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

#[cfg(test)]
mod tests {
    use super::*;

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
