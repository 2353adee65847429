//! The command line as a CMS or CI job meets it: exit codes, JSON, errors.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mtcheck"));
    c.env_remove("NO_COLOR");
    c
}

fn corpus(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpora")
        .join(rel)
}

fn seed() -> (PathBuf, PathBuf) {
    (
        corpus("articles/rfi-pegasus/source.es.txt"),
        corpus("articles/rfi-pegasus/target.en.txt"),
    )
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mtcheck-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn seed_article_exits_1_with_detected_languages() {
    let (s, t) = seed();
    let o = bin()
        .args(["check", "--format", "json"])
        .arg(&s)
        .arg(&t)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["version"], 1);
    let d = &v["documents"][0];
    assert_eq!(d["verdict"], "fail");
    assert_eq!(d["source"]["lang"], "es");
    assert_eq!(d["source"]["lang_method"], "detected");
    assert!(d["source"]["lang_confidence"].as_f64().unwrap() > 0.5);
    assert_eq!(d["target"]["lang"], "en");
    // Contract shape: paragraphs with lines, alignment, score and findings with spans.
    let p = d["paragraphs"].as_array().unwrap();
    let frag = p
        .iter()
        .find(|p| p["alignment"] == "1-5")
        .expect("1-5 link");
    assert_eq!(frag["target"]["lines"], serde_json::json!([27, 35]));
    let f = p
        .iter()
        .flat_map(|p| p["findings"].as_array().unwrap())
        .next()
        .unwrap();
    for key in [
        "check",
        "kind",
        "severity",
        "confidence",
        "message",
        "penalty",
    ] {
        assert!(!f[key].is_null(), "finding lacks {key}: {f}");
    }
    for key in ["start", "end", "line", "column", "text"] {
        assert!(!f["target"][key].is_null(), "span lacks {key}: {f}");
    }
    assert_eq!(v["summary"]["failed"], 1);
}

#[test]
fn clean_translation_exits_0() {
    let dir = corpus("articles");
    let clean = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy().to_string();
            !n.ends_with("-faulty") && n != "rfi-pegasus"
        })
        .min()
        .expect("a clean article pair");
    let file = |side: &str| {
        std::fs::read_dir(&clean)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(side))
            .unwrap()
    };
    let o = bin()
        .arg("check")
        .arg(file("source."))
        .arg(file("target."))
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}\n{}",
        String::from_utf8_lossy(&o.stdout),
        stderr(&o)
    );
}

#[test]
fn human_report_marks_the_span_without_colour_when_piped() {
    let (s, t) = seed();
    let o = bin().arg("check").arg(&s).arg(&t).output().unwrap();
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(!out.contains('\x1b'), "colour on a pipe");
    assert!(out.contains("FAIL"));
    assert!(out.contains("leaders. company"));
    assert!(out.contains("^^^^"));
    let o = bin()
        .args(["check", "--color", "always"])
        .arg(&s)
        .arg(&t)
        .output()
        .unwrap();
    assert!(String::from_utf8(o.stdout).unwrap().contains('\x1b'));
}

#[test]
fn language_flags_override_detection() {
    let (s, t) = seed();
    let o = bin()
        .args(["check", "--format", "json", "--from", "es", "--to", "en"])
        .arg(&s)
        .arg(&t)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["documents"][0]["source"]["lang_method"], "given");
}

#[test]
fn thresholds_are_configurable_on_the_command_line() {
    let (s, t) = seed();
    let o = bin()
        .args([
            "check",
            "--paragraph-threshold",
            "0",
            "--article-threshold",
            "0",
            "--no-fail-on-critical",
        ])
        .arg(&s)
        .arg(&t)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = bin()
        .args(["check", "--article-threshold", "120"])
        .arg(&s)
        .arg(&t)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}

fn assert_input_error(path: &Path, needle: &str) {
    let (s, _) = seed();
    let o = bin().arg("check").arg(&s).arg(path).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.trim_end().lines().count(), 1, "not one line: {err}");
    assert!(
        err.contains(&path.display().to_string()),
        "input not named: {err}"
    );
    assert!(err.contains(needle), "{needle:?} not in {err}");
    assert!(!err.contains("panicked"));
}

#[test]
fn missing_file_is_an_error_naming_it() {
    assert_input_error(&tmp("does-not-exist.txt"), "No such file");
}

#[test]
fn directory_is_an_error() {
    assert_input_error(&std::env::temp_dir(), "is a directory");
}

#[test]
fn invalid_utf8_gives_the_byte_offset() {
    let p = tmp("latin1.txt");
    std::fs::write(&p, b"The minister said caf\xe9 prices rose.\n").unwrap();
    assert_input_error(&p, "byte offset 21");
}

#[test]
fn empty_file_is_an_error() {
    let p = tmp("empty.txt");
    std::fs::write(&p, b"\n \n").unwrap();
    assert_input_error(&p, "empty");
}

#[test]
fn binary_file_is_an_error() {
    let p = tmp("image.png");
    std::fs::write(&p, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    assert_input_error(&p, "binary");
}

#[test]
fn huge_single_line_file_is_refused() {
    let p = tmp("huge.txt");
    let line = "word ".repeat(10 * 1024 * 1024); // 50 MB, no newline
    std::fs::write(&p, line).unwrap();
    assert_input_error(&p, "too large");
    std::fs::remove_file(&p).unwrap();
}

#[test]
fn undetectable_language_is_an_error_not_a_guess() {
    let p = tmp("numbers.txt");
    std::fs::write(&p, "2019 2020 — 180 / 600 / 85\n").unwrap();
    let o = bin().arg("check").arg(&p).arg(&p).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--from") || stderr(&o).contains("empty"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn unsupported_language_flag_is_a_usage_error() {
    let (s, t) = seed();
    let o = bin()
        .args(["check", "--from", "tlh"])
        .arg(&s)
        .arg(&t)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unsupported language"));
}

#[test]
fn stream_answers_each_line_in_order() {
    let (s, t) = seed();
    let src = std::fs::read_to_string(s).unwrap();
    let tgt = std::fs::read_to_string(t).unwrap();
    let mut input = String::new();
    for i in 0..40 {
        if i % 7 == 3 {
            input.push_str("{\"id\": \"broken\n");
        } else {
            let rec = serde_json::json!({"id": format!("r{i}"), "source": src, "target": tgt});
            input.push_str(&rec.to_string());
            input.push('\n');
        }
    }
    let mut child = bin()
        .args(["stream"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 40);
    for (i, l) in lines.iter().enumerate() {
        if i % 7 == 3 {
            assert!(l["error"]
                .as_str()
                .unwrap()
                .contains(&format!("line {}", i + 1)));
        } else {
            assert_eq!(l["id"], format!("r{i}"));
            assert_eq!(l["verdict"], "fail");
        }
    }
}

#[test]
fn explain_prints_check_docs_and_rejects_unknown_ids() {
    let o = bin().args(["explain", "garbled"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8(o.stdout)
        .unwrap()
        .contains("Known false positives"));
    let o = bin().args(["explain", "nope"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let o = bin().arg("checks").output().unwrap();
    assert!(String::from_utf8(o.stdout).unwrap().contains("residue"));
}

#[test]
fn bad_config_key_is_named() {
    let p = tmp("bad.toml");
    std::fs::write(&p, "[checks.garbeld]\nenabled = false\n").unwrap();
    let (s, t) = seed();
    let o = bin()
        .arg("check")
        .arg("--config")
        .arg(&p)
        .arg(&s)
        .arg(&t)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("checks.garbeld"), "{}", stderr(&o));
}

/// Colour on a terminal unless NO_COLOR is set. `script` (util-linux) gives the
/// command a pseudo-terminal; the test is skipped where it is missing.
#[test]
fn colour_on_a_terminal_unless_no_color() {
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("skipped: `script` (util-linux) is not installed");
        return;
    }
    let (s, t) = seed();
    let cmd = format!(
        "{} check {} {}",
        env!("CARGO_BIN_EXE_mtcheck"),
        s.display(),
        t.display()
    );
    let run = |no_color: bool| {
        let mut c = Command::new("script");
        c.args(["-qec", &cmd, "/dev/null"]);
        if no_color {
            c.env("NO_COLOR", "1");
        } else {
            c.env_remove("NO_COLOR");
        }
        String::from_utf8_lossy(&c.output().unwrap().stdout).to_string()
    };
    assert!(run(false).contains("\x1b["), "no colour on a terminal");
    assert!(!run(true).contains("\x1b["), "colour despite NO_COLOR");
}

/// `mtcheck check --from fr --to en EXTRA… SRC TGT`: the JSON document (with
/// `--format json` in `extra`) or the human report, after asserting that the
/// pair could be checked.
fn check_fr_en(src: &Path, tgt: &Path, extra: &[&str]) -> String {
    let o = bin()
        .args(["check", "--from", "fr", "--to", "en"])
        .args(extra)
        .arg(src)
        .arg(tgt)
        .output()
        .unwrap();
    assert!(o.status.code().unwrap() <= 1, "{}", stderr(&o));
    String::from_utf8(o.stdout).unwrap()
}

fn json_document(out: &str) -> serde_json::Value {
    serde_json::from_str::<serde_json::Value>(out).unwrap()["documents"][0].clone()
}

#[test]
fn single_newline_text_is_read_one_paragraph_per_line_unless_told() {
    let src = tmp("lines.fr.txt");
    let tgt = tmp("lines.en.txt");
    std::fs::write(
        &src,
        "Le ministre est arrivé à Paris lundi.\nIl a rencontré 12 maires.\nLa réunion a duré trois heures.\n",
    )
    .unwrap();
    std::fs::write(
        &tgt,
        "The minister arrived in Paris on Monday.\nHe met 12 mayors.\nThe meeting lasted three hours.\n",
    )
    .unwrap();
    let run = |extra: &[&str]| {
        let mut args = vec!["--format", "json"];
        args.extend_from_slice(extra);
        json_document(&check_fr_en(&src, &tgt, &args))
    };
    let d = run(&[]);
    assert_eq!(d["paragraphs"].as_array().unwrap().len(), 3);
    assert_eq!(d["target"]["paragraphs"], "line");
    assert_eq!(d["target"]["paragraphs_reason"], "no-blank-line");
    assert_eq!(
        d["paragraphs"][1]["target"]["lines"],
        serde_json::json!([2, 2])
    );
    let d = run(&["--paragraphs", "blank"]);
    assert_eq!(d["paragraphs"].as_array().unwrap().len(), 1);
    assert_eq!(d["source"]["paragraphs"], "blank");
    assert_eq!(d["source"]["paragraphs_reason"], "given");
    // The human report says which rule was used.
    let human = check_fr_en(&src, &tgt, &[]);
    assert!(
        human.contains("paragraphs one per line (the text has no blank line)"),
        "{human}"
    );
    // The configuration key does the same, and the flag wins over it.
    let conf = tmp("paragraphs.toml");
    std::fs::write(&conf, "paragraphs = \"blank\"\n").unwrap();
    let conf = conf.to_str().unwrap();
    assert_eq!(
        run(&["--config", conf])["paragraphs"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let d = run(&["--config", conf, "--paragraphs", "line"]);
    assert_eq!(d["paragraphs"].as_array().unwrap().len(), 3);
    let o = bin()
        .args(["check", "--paragraphs", "lines"])
        .arg(&src)
        .arg(&tgt)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}

/// Runs `args` with `--jobs 1` and `--jobs 2` (stdin from `input`) and returns
/// both outputs, asserting the exit codes agree.
fn with_one_and_two_threads(args: &[&str], input: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let run = |jobs: &str| {
        let mut child = bin()
            .args(args)
            .args(["--jobs", jobs])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let input = input.to_vec();
        let writer = std::thread::spawn(move || stdin.write_all(&input));
        let o = child.wait_with_output().unwrap();
        writer.join().unwrap().unwrap();
        assert!(o.status.code().unwrap() <= 1, "{}", stderr(&o));
        (o.status.code(), o.stdout)
    };
    let (one, two) = (run("1"), run("2"));
    assert_eq!(one.0, two.0, "exit codes differ");
    (one.1, two.1)
}

#[test]
fn check_output_is_byte_identical_for_one_and_two_threads() {
    let (s, t) = seed();
    let (s, t) = (s.to_str().unwrap(), t.to_str().unwrap());
    for format in ["json", "human", "html", "markdown", "junit"] {
        let (one, two) = with_one_and_two_threads(&["check", "--format", format, s, t], b"");
        assert!(!one.is_empty());
        assert!(
            one == two,
            "{format} output differs between 1 and 2 threads"
        );
    }
}

#[test]
fn stream_output_is_byte_identical_for_one_and_two_threads() {
    let mut input = String::new();
    let mut dirs: Vec<_> = std::fs::read_dir(corpus("articles"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .collect();
    dirs.sort_by_key(|e| e.file_name());
    for dir in dirs {
        let files: Vec<PathBuf> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        let side = |prefix: &str| {
            files
                .iter()
                .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        };
        let (Some(s), Some(t)) = (side("source."), side("target.")) else {
            continue;
        };
        let id = dir.file_name().to_string_lossy().into_owned();
        let (source, target) = (
            std::fs::read_to_string(s).unwrap(),
            std::fs::read_to_string(t).unwrap(),
        );
        let rec = serde_json::json!({"id": id, "source": source, "target": target});
        input.push_str(&rec.to_string());
        input.push('\n');
        input.push_str("not json\n");
        // The same pair with fields mtcheck does not read, around and between
        // the ones it does: they come back under meta.
        let source = serde_json::to_string(&source).unwrap();
        let target = serde_json::to_string(&target).unwrap();
        input.push_str(&format!(
            r#"{{"url":"https://news.example/{id}","id":"{id}+meta","source":{source},"desk":{{"name":"wire","shift":[1,2]}},"target":{target},"seq":0.50}}"#
        ));
        input.push('\n');
    }
    let (one, two) = with_one_and_two_threads(&["stream"], input.as_bytes());
    let out = String::from_utf8_lossy(&one);
    assert_eq!(out.lines().count(), input.lines().count());
    let mut echoed = 0;
    for line in out.lines() {
        let rec: serde_json::Value = serde_json::from_str(line).unwrap();
        match rec["id"].as_str().and_then(|i| i.strip_suffix("+meta")) {
            Some(id) => {
                echoed += 1;
                let meta = format!(
                    r#","meta":{{"url":"https://news.example/{id}","desk":{{"name":"wire","shift":[1,2]}},"seq":0.50}}}}"#
                );
                assert!(line.ends_with(&meta), "{line}");
            }
            None => assert!(rec.get("meta").is_none(), "{line}"),
        }
    }
    assert!(echoed > 0);
    assert!(one == two, "stream output differs between 1 and 2 threads");
}

#[test]
fn a_paragraph_over_the_word_cap_is_cut_and_the_report_says_so() {
    let src = tmp("long.fr.txt");
    let tgt = tmp("long.en.txt");
    let fr = "Le conseil de Lyon a voté 12 mesures pour la ville. ".repeat(120);
    let en = "The Lyon council voted 12 measures for the city. ".repeat(120);
    std::fs::write(&src, fr.trim_end()).unwrap();
    std::fs::write(&tgt, en.trim_end()).unwrap();
    let d = json_document(&check_fr_en(&src, &tgt, &["--format", "json"]));
    assert_eq!(d["source"]["paragraphs_cut"], 1);
    assert_eq!(d["target"]["paragraphs_cut"], 1);
    assert!(d["paragraphs"].as_array().unwrap().len() >= 2);
    let human = check_fr_en(&src, &tgt, &[]);
    assert!(
        human.contains("1 over 500 words cut into pieces"),
        "{human}"
    );
}

#[test]
fn number_finding_suggests_the_value_in_the_target_notation() {
    let src = tmp("jobs.fr.txt");
    let tgt = tmp("jobs.en.txt");
    std::fs::write(
        &src,
        "L'usine du groupe créera 12\u{202f}500 emplois d'ici à la fin de la décennie.\n",
    )
    .unwrap();
    std::fs::write(
        &tgt,
        "The group's factory will create 12,800 jobs by the end of the decade.\n",
    )
    .unwrap();
    let doc = json_document(&check_fr_en(&src, &tgt, &["--format", "json"]));
    let findings: Vec<&serde_json::Value> = doc["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["findings"].as_array().unwrap())
        .filter(|f| f["check"] == "number-mismatch")
        .collect();
    assert_eq!(findings.len(), 1, "{findings:?}");
    let f = findings[0];
    assert_eq!(f["kind"], "changed");
    assert_eq!(f["source_value"], "12,500");
    assert_eq!(f["target_value"], "12,800");
    assert_eq!(f["expected"], "12,500");
    assert_eq!(
        f["message"],
        "number changed: source 12\u{202f}500 → expected 12,500 in English; found 12,800"
    );
}
