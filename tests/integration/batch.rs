//! `mtcheck batch` as a wire desk runs it: pairing conventions and manifests,
//! bad pairs reported while the others go on, exit codes, reports and index
//! written safely, output independent of the number of threads.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_mtcheck"))
}

fn articles() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/articles")
}

fn text(o: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&o.stdout).to_string(),
        String::from_utf8_lossy(&o.stderr).to_string(),
    )
}

fn files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    v.sort();
    v
}

fn copy_pair(from: &str, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(articles().join(from)).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if name.ends_with(".txt") && !name.starts_with("expected") {
            std::fs::copy(e.path(), to.join(name)).unwrap();
        }
    }
}

#[test]
fn checks_a_folder_of_pairs_and_writes_one_report_each_plus_an_index() {
    let out = tempfile::tempdir().unwrap();
    let o = bin()
        .arg("batch")
        .arg(articles())
        .arg("--out-dir")
        .arg(out.path())
        .output()
        .unwrap();
    let (stdout, stderr) = text(&o);
    let pairs = std::fs::read_dir(articles())
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .count();
    let code = o.status.code().unwrap();
    assert!(code == 0 || code == 1, "{stdout}\n{stderr}");
    // Not a terminal: no progress bar.
    assert!(stderr.is_empty(), "{stderr}");
    assert!(stdout.contains("pairs"), "{stdout}");
    assert!(stdout.contains(&format!("{pairs:>7}")), "{stdout}");
    let written = files(out.path());
    assert_eq!(written.len(), pairs + 1, "{written:?}");
    assert!(written.contains(&"index.html".to_string()));
    assert!(written.contains(&"rfi-pegasus.html".to_string()));
    assert!(
        written.iter().all(|f| !f.starts_with('.')),
        "temporary file left"
    );
    let index = std::fs::read_to_string(out.path().join("index.html")).unwrap();
    assert_eq!(index.matches("<tr class=").count(), pairs);
    assert!(index.contains("href=\"rfi-pegasus.html\""));
}

#[test]
fn a_bad_pair_is_reported_and_the_others_go_on() {
    let dir = tempfile::tempdir().unwrap();
    copy_pair("es-sequia", &dir.path().join("good"));
    copy_pair("es-sequia", &dir.path().join("no-target"));
    for e in std::fs::read_dir(dir.path().join("no-target"))
        .unwrap()
        .flatten()
    {
        if e.file_name().to_string_lossy().starts_with("target") {
            std::fs::remove_file(e.path()).unwrap();
        }
    }
    copy_pair("es-sequia", &dir.path().join("latin1"));
    let latin1 = std::fs::read_dir(dir.path().join("latin1"))
        .unwrap()
        .flatten()
        .find(|e| e.file_name().to_string_lossy().starts_with("target"))
        .unwrap()
        .path();
    std::fs::write(&latin1, b"The minister said caf\xe9 prices rose.\n").unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = bin()
        .arg("batch")
        .arg(dir.path())
        .arg("--out-dir")
        .arg(out.path())
        .args(["--format", "json"])
        .output()
        .unwrap();
    let (stdout, stderr) = text(&o);
    assert_eq!(o.status.code(), Some(2), "{stdout}\n{stderr}");
    assert!(stdout.contains("could not check"), "{stdout}");
    assert!(stdout.contains("no-target"), "{stdout}");
    assert!(
        stdout.contains("invalid UTF-8 at byte offset 21"),
        "{stdout}"
    );
    assert_eq!(files(out.path()), ["good.json", "index.json"]);
    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("index.json")).unwrap())
            .unwrap();
    assert_eq!(index["summary"]["pairs"], 3);
    assert_eq!(index["summary"]["errors"], 2);
    let entries = index["entries"].as_array().unwrap();
    assert_eq!(entries[0]["id"], "good");
    assert_eq!(entries[0]["report_file"], "good.json");
    assert!(entries[1]["error"]
        .as_str()
        .unwrap()
        .contains("byte offset"));
    assert!(entries[2]["error"].as_str().unwrap().contains("no target"));
}

#[test]
fn exit_code_is_0_when_every_article_passes_and_1_when_one_fails() {
    let dir = tempfile::tempdir().unwrap();
    copy_pair("es-sequia", &dir.path().join("a"));
    copy_pair("fr-petites-lignes", &dir.path().join("b"));
    let o = bin().arg("batch").arg(dir.path()).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o).0);
    // A lost paragraph is a critical omission: that article fails.
    copy_pair("de-zulieferer-faulty", &dir.path().join("c"));
    let o = bin().arg("batch").arg(dir.path()).output().unwrap();
    let (stdout, _) = text(&o);
    assert_eq!(o.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("worst articles"), "{stdout}");
}

#[test]
fn flat_folder_pairs_by_language_suffix() {
    let dir = tempfile::tempdir().unwrap();
    let src = articles().join("es-sequia");
    std::fs::copy(src.join("source.es.txt"), dir.path().join("sequia.es.txt")).unwrap();
    std::fs::copy(src.join("target.en.txt"), dir.path().join("sequia.en.txt")).unwrap();
    std::fs::copy(src.join("source.es.txt"), dir.path().join("orphan.es.txt")).unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = bin()
        .arg("batch")
        .arg(dir.path())
        .args(["--from", "es", "--to", "en", "--format", "markdown", "-q"])
        .arg("--out-dir")
        .arg(out.path())
        .output()
        .unwrap();
    let (stdout, stderr) = text(&o);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    assert!(stdout.is_empty() && stderr.is_empty(), "--quiet printed");
    assert_eq!(files(out.path()), ["index.md", "sequia.md"]);
    let index = std::fs::read_to_string(out.path().join("index.md")).unwrap();
    assert!(index.contains("[sequia](sequia.md)"), "{index}");
    assert!(index.contains("no translation orphan.en.txt"), "{index}");
}

#[test]
fn manifest_ids_become_safe_distinct_file_names() {
    let dir = tempfile::tempdir().unwrap();
    let src = articles().join("es-sequia");
    let (s, t) = (src.join("source.es.txt"), src.join("target.en.txt"));
    let ids = [
        "../../escape",
        "/etc/passwd",
        "a/b",
        "a_b",
        "A_B",
        "index",
        "..",
        "<script>alert(1)</script>",
    ];
    let mut manifest = String::from("id\tsource_path\ttarget_path\tsource_lang\ttarget_lang\n");
    for id in ids {
        manifest.push_str(&format!("{id}\t{}\t{}\tes\ten\n", s.display(), t.display()));
    }
    let m = dir.path().join("m.tsv");
    std::fs::write(&m, manifest).unwrap();
    let out = dir.path().join("reports");
    let o = bin()
        .arg("batch")
        .arg("--manifest")
        .arg(&m)
        .arg("--out-dir")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o).0);
    let written = files(&out);
    assert_eq!(written.len(), ids.len() + 1, "{written:?}");
    let lower: std::collections::HashSet<String> =
        written.iter().map(|f| f.to_ascii_lowercase()).collect();
    assert_eq!(lower.len(), written.len(), "names differ only in case");
    for f in &written {
        assert!(!f.starts_with('.') && !f.contains(".."), "{f}");
    }
    // Nothing was written outside the output folder.
    assert_eq!(files(dir.path()), ["m.tsv", "reports"]);
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(index.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn json_lines_manifest_with_a_bad_line() {
    let dir = tempfile::tempdir().unwrap();
    let src = articles().join("es-sequia");
    let rec = serde_json::json!({
        "id": "sequia",
        "source_path": src.join("source.es.txt"),
        "target_path": src.join("target.en.txt"),
    });
    let m = dir.path().join("m.jsonl");
    std::fs::write(&m, format!("{rec}\n{{\"id\": \"broken\"\n")).unwrap();
    let o = bin()
        .arg("batch")
        .arg("--manifest")
        .arg(&m)
        .output()
        .unwrap();
    let (stdout, _) = text(&o);
    assert_eq!(o.status.code(), Some(2), "{stdout}");
    assert!(stdout.contains("line 2"), "{stdout}");
}

#[test]
fn output_is_the_same_for_one_and_two_threads() {
    // The summary and every file written (each article's report and the
    // index), byte for byte, in two formats.
    for format in ["junit", "json"] {
        // One folder for both runs: the summary names it.
        let out = tempfile::tempdir().unwrap();
        let run = |jobs: &str| {
            for f in files(out.path()) {
                std::fs::remove_file(out.path().join(f)).unwrap();
            }
            let o = bin()
                .arg("batch")
                .arg(articles())
                .args(["--jobs", jobs, "--format", format])
                .arg("--out-dir")
                .arg(out.path())
                .output()
                .unwrap();
            assert!(o.status.code().unwrap() <= 1);
            let written: Vec<(String, Vec<u8>)> = files(out.path())
                .into_iter()
                .map(|f| {
                    let bytes = std::fs::read(out.path().join(&f)).unwrap();
                    (f, bytes)
                })
                .collect();
            (o.stdout, written)
        };
        let one = run("1");
        let two = run("2");
        assert_eq!(one.0, two.0, "summary differs");
        assert_eq!(
            one.1.iter().map(|f| &f.0).collect::<Vec<_>>(),
            two.1.iter().map(|f| &f.0).collect::<Vec<_>>()
        );
        for (a, b) in one.1.iter().zip(&two.1) {
            assert!(a.1 == b.1, "{} ({format}) differs", a.0);
        }
        if format == "junit" {
            let index = &one.1.iter().find(|f| f.0 == "index.xml").unwrap().1;
            let suites = junit_parser::from_reader(std::io::Cursor::new(index)).unwrap();
            let pairs = std::fs::read_dir(articles())
                .unwrap()
                .flatten()
                .filter(|e| e.path().is_dir())
                .count();
            assert_eq!(suites.suites[0].cases.len(), pairs);
        }
    }
}

#[test]
fn usage_errors_exit_2() {
    let empty = tempfile::tempdir().unwrap();
    let o = bin().arg("batch").arg(empty.path()).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).1.contains("no pairs found"), "{}", text(&o).1);
    let o = bin()
        .arg("batch")
        .arg(articles())
        .args(["--format", "html"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "--format without --out-dir");
    let o = bin()
        .args(["batch", "--manifest", "does-not-exist.tsv"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}
