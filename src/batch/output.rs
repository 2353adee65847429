//! Writing a batch's files: safe, distinct file-name stems derived from the ids
//! ([`safe_stems`]) and atomic writes ([`write_atomic`]).

use std::collections::HashSet;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

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
}
