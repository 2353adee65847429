//! Runs every corpus case (`corpora/articles/*` and `corpora/checks/*/*`) and
//! compares its findings with the `expected.txt` beside it. `BLESS=1` rewrites
//! the expected files on purpose, keeping their `#` comment lines.

use mtcheck::config::Config;
use mtcheck::lang::Lang;
use mtcheck::report::DocumentReport;
use mtcheck::{check_pair, Input, Options};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora")
}

/// Every folder holding a `source.*.txt`.
fn cases() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root().join("articles"), root().join("checks")];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                if side_file(&p, "source").is_some() {
                    out.push(p);
                } else {
                    stack.push(p);
                }
            }
        }
    }
    out.sort();
    out
}

/// `<dir>/<side>.<lang>.txt` and its language.
fn side_file(dir: &Path, side: &str) -> Option<(PathBuf, Lang)> {
    std::fs::read_dir(dir).ok()?.flatten().find_map(|e| {
        let name = e.file_name().to_string_lossy().to_string();
        let rest = name
            .strip_prefix(&format!("{side}."))?
            .strip_suffix(".txt")?;
        Some((e.path(), rest.parse().ok()?))
    })
}

fn quote(text: &str) -> String {
    let first = text.lines().next().unwrap_or("");
    let mut s: String = first.chars().take(60).collect();
    if first.chars().count() > 60 || text.lines().count() > 1 {
        s.push('…');
    }
    serde_json::to_string(&s).unwrap()
}

/// The compact, reviewable form of a report.
pub fn render(doc: &DocumentReport) -> String {
    let mut out = String::new();
    writeln!(
        out,
        "verdict: {}",
        serde_json::to_value(doc.verdict).unwrap().as_str().unwrap()
    )
    .unwrap();
    for f in doc.findings() {
        let place = match (&f.target, &f.source) {
            (Some(t), _) => format!("t{}:{} {}", t.line, t.column, quote(&t.text)),
            (None, Some(s)) => format!("s{}:{} {}", s.line, s.column, quote(&s.text)),
            (None, None) => "-".to_string(),
        };
        writeln!(out, "{}/{} {} {}", f.check, f.kind, f.severity, place).unwrap();
    }
    out
}

fn run_case(dir: &Path) -> String {
    let (src, src_lang) = side_file(dir, "source").expect("source file");
    let (tgt, tgt_lang) = side_file(dir, "target")
        .unwrap_or_else(|| panic!("{}: no target.<lang>.txt", dir.display()));
    let config_path = dir.join("mtcheck.toml");
    let mut config = if config_path.is_file() {
        Config::load(&config_path).unwrap()
    } else {
        Config::default()
    };
    // The corpus's own small dictionaries, not whatever FreeDict packages
    // this machine has: findings must not depend on the machine.
    if config.dictionaries.is_none() {
        config.dictionaries =
            Some(Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/dictionaries"));
    }
    // Likewise the corpus's own spelling dictionaries (corpora/spelling/).
    if config.spelling.is_none() {
        config.spelling = Some(Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/spelling"));
    }
    let read = |p: &Path, lang| Input {
        name: p.display().to_string(),
        path: None,
        text: std::fs::read_to_string(p).unwrap(),
        lang: Some(lang),
    };
    let doc = check_pair(
        "case",
        read(&src, src_lang),
        read(&tgt, tgt_lang),
        &Options { config },
    )
    .unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    // Every finding's kind is one its check documents (`CheckDoc::kinds`).
    for p in &doc.paragraphs {
        for f in &p.findings {
            let documented = mtcheck::checks::find(f.check).and_then(|c| c.doc().kind(f.kind));
            assert!(
                documented.is_some(),
                "{}: {}/{} is not in the check's list of kinds",
                dir.display(),
                f.check,
                f.kind
            );
        }
    }
    render(&doc)
}

/// Compare `actual` with the `expected.txt` in `dir` (its `#` comment lines
/// and blank lines aside); the difference, if any. With `bless` the file is
/// rewritten, keeping its comments, but the difference is still returned: a
/// person reads the diff (`git diff corpora/`) and reruns without BLESS before
/// anything turns green.
pub fn compare_expected(dir: &Path, actual: &str, bless: bool) -> Option<String> {
    let path = dir.join("expected.txt");
    let existing = std::fs::read_to_string(&path).unwrap_or_default();
    let comments: String = existing
        .lines()
        .filter(|l| l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    let expected: String = existing
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    if actual == expected {
        return None;
    }
    if bless {
        std::fs::write(&path, format!("{comments}{actual}")).unwrap();
    }
    Some(format!("--- expected\n{expected}+++ actual\n{actual}"))
}

#[test]
fn corpus_cases_match_their_expected_findings() {
    let bless = std::env::var_os("BLESS").is_some();
    let cases = cases();
    assert!(cases.len() >= 8, "corpus has only {} cases", cases.len());
    let mut failures = Vec::new();
    for dir in &cases {
        let actual = run_case(dir);
        if let Some(diff) = compare_expected(dir, &actual, bless) {
            failures.push(format!(
                "{}:\n{diff}",
                dir.strip_prefix(root()).unwrap().display()
            ));
        }
    }
    let how = if bless {
        "BLESS=1 rewrote their expected.txt: read `git diff corpora/`, then rerun without BLESS"
    } else {
        "BLESS=1 rewrites expected.txt, and the test fails until it is rerun without BLESS"
    };
    assert!(
        failures.is_empty(),
        "{} of {} corpus cases differ ({how}):\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// The seed article is not publishable: the gate must hold it.
#[test]
fn seed_article_fails_the_gate() {
    let out = run_case(&root().join("articles/rfi-pegasus"));
    assert!(out.starts_with("verdict: fail"), "{out}");
    assert!(out.contains("\"Archivos\""), "Archivos not flagged:\n{out}");
}

/// Clean translations carry no major or critical finding.
#[test]
fn clean_articles_have_no_blocking_finding() {
    for dir in cases()
        .iter()
        .filter(|d| d.starts_with(root().join("articles")))
    {
        let name = dir.file_name().unwrap().to_string_lossy();
        if name.ends_with("-faulty") || name == "rfi-pegasus" {
            continue;
        }
        let out = run_case(dir);
        for line in out.lines().skip(1) {
            assert!(line.split(' ').nth(1) == Some("minor"), "{name}: {line}");
        }
    }
}
