//! Wire and translation-tool formats: XLIFF 1.2 and 2.x, NITF, NewsML-G2, the
//! XLIFF report with ITS 2.0 quality issues, and hostile XML. Real published
//! samples are under `tests/samples/` with their licence notices; the cases of
//! `corpora/formats/` were written for mtcheck.

use mtcheck::config::Config;
use mtcheck::formats::{self, Loaded};
use mtcheck::lang::Lang;
use mtcheck::report::DocumentReport;
use mtcheck::{check_loaded, check_pair, check_xliff, Input, Options};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn options() -> Options {
    let mut config = Config::default();
    config.dictionaries = Some(root().join("corpora/dictionaries"));
    Options { config }
}

fn loaded(path: &Path) -> mtcheck::Loaded {
    mtcheck::Loaded {
        name: path.display().to_string(),
        path: Some(path.display().to_string()),
        content: formats::load(path, 1 << 20).unwrap_or_else(|e| panic!("{e}")),
        lang: None,
    }
}

fn xliff(path: &Path) -> Box<formats::xliff::Xliff> {
    match formats::load(path, 1 << 20).unwrap_or_else(|e| panic!("{e}")) {
        Loaded::Xliff(x) => x,
        other => panic!("{}: not read as XLIFF: {other:?}", path.display()),
    }
}

fn check_xliff_file(path: &Path) -> DocumentReport {
    check_xliff("case", xliff(path), None, None, None, &options()).unwrap()
}

fn mtcheck() -> Command {
    Command::new(env!("CARGO_BIN_EXE_mtcheck"))
}

/// Each `corpora/formats/<case>/` holds `article.xlf`, or `source.xml` and
/// `target.xml`; its findings are compared with `expected.txt` as in the
/// corpus of text pairs (`BLESS=1` rewrites them and still fails).
#[test]
fn format_corpus_cases_match_their_expected_findings() {
    let dir = root().join("corpora/formats");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 4, "only {} format cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let doc = if case.join("article.xlf").is_file() {
            check_xliff_file(&case.join("article.xlf"))
        } else {
            check_loaded(
                "case",
                loaded(&case.join("source.xml")),
                loaded(&case.join("target.xml")),
                &options(),
            )
            .unwrap_or_else(|e| panic!("{}: {e}", case.display()))
        };
        let actual = super::corpus::render(&doc);
        let bless = std::env::var_os("BLESS").is_some();
        if let Some(diff) = super::corpus::compare_expected(case, &actual, bless) {
            failures.push(format!("{}:\n{diff}", case.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// (check, kind, severity, target text, source text) of every finding, the
/// texts with their spaces normalised (a span over several paragraphs is
/// joined by blank lines in the text file and by line ends in the NITF one).
fn findings(doc: &DocumentReport) -> Vec<(String, String, String, String, String)> {
    doc.findings()
        .map(|f| {
            (
                f.check.to_string(),
                f.kind.to_string(),
                f.severity.to_string(),
                words(f.target.as_ref().map_or("", |s| s.text.as_str())),
                words(f.source.as_ref().map_or("", |s| s.text.as_str())),
            )
        })
        .collect()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The seed article as NITF (one `p` per paragraph, the first as `hl1`) is
/// checked exactly as the text pair: same findings, same verdict and score.
#[test]
fn seed_pair_as_nitf_gives_the_same_findings_as_the_text_pair() {
    let seed = root().join("corpora/articles/rfi-pegasus");
    let src = std::fs::read_to_string(seed.join("source.es.txt")).unwrap();
    let tgt = std::fs::read_to_string(seed.join("target.en.txt")).unwrap();
    let text = |t: &str, lang| Input {
        name: "x".into(),
        path: None,
        text: t.into(),
        lang: Some(lang),
    };
    let plain = check_pair(
        "seed",
        text(&src, Lang::Es),
        text(&tgt, Lang::En),
        &options(),
    )
    .unwrap();
    let nitf = |t: &str, lang: &str, ns: bool| {
        let mut paras = t.split("\n\n").map(str::trim).filter(|p| !p.is_empty());
        let head = escape(paras.next().unwrap());
        let body: String = paras.map(|p| format!("<p>{}</p>\n", escape(p))).collect();
        let xmlns = if ns {
            " xmlns=\"http://iptc.org/std/NITF/2006-10-18/\""
        } else {
            ""
        };
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<nitf{xmlns} baselang=\"{lang}\">\n<body>\n<body.head><hedline><hl1>{head}</hl1></hedline></body.head>\n<body.content>\n{body}</body.content>\n</body>\n</nitf>\n"
        )
    };
    let dir = tempfile::tempdir().unwrap();
    let (s, t) = (dir.path().join("source.xml"), dir.path().join("target.xml"));
    std::fs::write(&s, nitf(&src, "es", true)).unwrap();
    std::fs::write(&t, nitf(&tgt, "en-GB", false)).unwrap();
    let marked = check_loaded("seed", loaded(&s), loaded(&t), &options()).unwrap();
    assert_eq!(marked.source.lang, Lang::Es);
    assert_eq!(findings(&marked), findings(&plain));
    assert_eq!((marked.verdict, marked.score), (plain.verdict, plain.score));
    assert!(!findings(&plain).is_empty());
}

#[test]
fn reads_the_oasis_xliff2_samples() {
    let dir = root().join("tests/samples/oasis-xliff2");
    let x = xliff(&dir.join("sample1.xlf"));
    assert_eq!(x.version, formats::xliff::Version::V2);
    assert_eq!(
        (x.source_lang.as_deref(), x.target_lang.as_deref()),
        (Some("en"), Some("de"))
    );
    assert_eq!(x.source.text.trim(), "Press the TAB key.");
    assert_eq!(x.target.text.trim(), "Drücken Sie die TAB-TASTE.");
    // The glossary's translations are not the target.
    assert!(!x.target.text.contains("Tabstopptaste"));

    // translate="no" on <file> is inherited except where a unit or group says yes;
    // the ignorable's space joins the segments; <ph/> is left out; units without
    // target are untranslated.
    let x = xliff(&dir.join("everything-core.xlf"));
    let units: Vec<_> = x
        .units
        .iter()
        .map(|u| (u.id.as_str(), u.state.clone()))
        .collect();
    use formats::xliff::TargetState::*;
    assert_eq!(
        units,
        [
            ("tu1", Complete),
            ("tu3", Absent),
            ("tu3end", Absent),
            ("tu2", Absent)
        ]
    );
    assert!(words(&x.source.text).contains("Sample segment. Segment's content."));
    assert!(words(&x.target.text).contains("Exemple de segment. Contenu du segment."));
    assert!(words(&x.source.text).contains("special text and more ."));
    let doc = check_xliff("core", x, None, None, None, &options()).unwrap();
    let unit_findings: Vec<_> = doc
        .findings()
        .filter(|f| f.check == "untranslated" && f.kind == "unit")
        .map(|f| f.message.clone())
        .collect();
    assert_eq!(unit_findings.len(), 3, "{unit_findings:?}");
    assert!(unit_findings[0].starts_with("unit tu3 has no target"));
}

#[test]
fn reads_an_xliff12_sample_with_generic_spans() {
    let x = xliff(&root().join("tests/samples/locize-xliff12/example_generic-span12.xliff"));
    assert_eq!(x.version, formats::xliff::Version::V1);
    assert_eq!(
        (x.source_lang.as_deref(), x.target_lang.as_deref()),
        (Some("en-US"), Some("de-CH"))
    );
    let ids: Vec<_> = x.units.iter().map(|u| u.id.as_str()).collect();
    assert_eq!(ids, ["key1", "key2", "key.nested"]);
    let words: Vec<&str> = x.target.text.split_whitespace().collect();
    assert_eq!(words[..2], ["Hallo", "{name}"]);
    let doc = check_xliff("locize", x, None, None, None, &options()).unwrap();
    let json = serde_json::to_value(&doc).unwrap();
    assert_eq!(
        json["paragraphs"][1]["target"]["elements"][0]["unit"],
        "key2"
    );
    assert_eq!(
        json["paragraphs"][1]["target"]["elements"][0]["path"],
        "/xliff/file[1]/body[1]/trans-unit[2]/target[1]"
    );
}

#[test]
fn reads_the_iptc_newsml_g2_samples() {
    let dir = root().join("tests/samples/iptc-newsml-g2");
    let Loaded::Article(a) =
        formats::load(&dir.join("LISTING_2_NewsML-G2_Text_Document.xml"), 1 << 20).unwrap()
    else {
        panic!("not an article")
    };
    assert_eq!(a.lang.as_deref(), Some("en-US"));
    let paths = a.extract.places();
    assert_eq!(paths.len(), 3, "{paths:?}");
    assert!(paths[0].0.ends_with("/hedline[1]/hl1[1]"));
    assert_eq!(
        paths[1],
        (
            "/newsItem/contentSet[1]/inlineXML[1]/nitf[1]/body[1]/body.content[1]/p[1]",
            64
        )
    );
    assert!(a
        .extract
        .text
        .contains("Fed to halt QE to avert \"bubble\""));
    // The byline is not a paragraph; the abstract of LISTING 25 neither.
    assert!(!a.extract.text.contains("Meredith"));
    let Loaded::Article(b) = formats::load(
        &dir.join("LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml"),
        1 << 20,
    )
    .unwrap() else {
        panic!("not an article")
    };
    assert_eq!(b.extract.origins.len(), 2);
    assert!(!b.extract.text.contains("square off"));
    assert!(b.extract.text.contains("clash of the Titans"));
}

/// The annotated file minus what mtcheck added is the original, byte for byte.
fn strip_additions(annotated: &str) -> String {
    let mut s = annotated.to_string();
    let its = [
        " xmlns:its=\"http://www.w3.org/2005/11/its\"",
        " its:version=\"2.0\"",
    ];
    for a in its {
        s = s.replacen(a, "", 1);
    }
    while let Some(start) = s.find("<its:locQualityIssues ") {
        let end = s[start..].find("</its:locQualityIssues>").unwrap() + start;
        s.replace_range(start..end + "</its:locQualityIssues>".len(), "");
    }
    while let Some(start) = s.find("<mrk ").filter(|&i| s[i..].contains("its:")) {
        let close = s[start..].find('>').unwrap() + start;
        if !s[start..close].contains("its:") {
            break;
        }
        s.replace_range(start..=close, "");
        // the matching </mrk> is the first one after that has no other mrk open
        let mut depth = 0;
        let mut i = start;
        loop {
            let next_open = s[i..].find("<mrk").map(|k| k + i);
            let next_close = s[i..].find("</mrk>").map(|k| k + i).unwrap();
            match next_open {
                Some(o) if o < next_close => {
                    depth += 1;
                    i = o + 4;
                }
                _ if depth > 0 => {
                    depth -= 1;
                    i = next_close + 6;
                }
                _ => {
                    s.replace_range(next_close..next_close + 6, "");
                    break;
                }
            }
        }
    }
    s
}

#[test]
fn xliff_report_adds_its_issues_and_keeps_every_other_byte() {
    for case in [
        "corpora/formats/xliff2-changed-number-and-unit-without-target/article.xlf",
        "corpora/formats/xliff12-windows-1252-inline-codes/article.xlf",
    ] {
        let path = root().join(case);
        let original = std::fs::read(&path).unwrap();
        let out = mtcheck()
            .args(["check", "--format", "xliff"])
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(1),
            "{case}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let legacy = case.contains("1252");
        let decode = |b: &[u8]| {
            if legacy {
                encoding_rs::WINDOWS_1252.decode(b).0.into_owned()
            } else {
                String::from_utf8(b.to_vec()).unwrap()
            }
        };
        let annotated = decode(&out.stdout);
        assert!(
            annotated.contains("its:locQualityIssueType=\""),
            "{annotated}"
        );
        assert_eq!(strip_additions(&annotated), decode(&original), "{case}");
        // Well-formed, and read back as the same units.
        let back = formats::load_bytes("back.xlf", out.stdout.clone(), 1 << 20).unwrap();
        let Loaded::Xliff(back) = back else {
            panic!("not XLIFF")
        };
        assert_eq!(back.units.len(), xliff(&path).units.len());
        if legacy {
            assert!(
                annotated.contains("<mrk mtype=\"x-its\" its:locQualityIssueType=\"numbers\""),
                "{annotated}"
            );
            assert!(!annotated.contains("its:locQualityIssueType=\"numbers\" its:locQualityIssueComment=\"mtcheck number-mismatch/changed: number changed: the original has 12"));
        } else {
            assert!(annotated.contains("<unit id=\"p3\"><its:locQualityIssues xml:id="));
            assert!(annotated.contains("<its:locQualityIssue locQualityIssueType=\"untranslated\""));
            assert!(annotated.contains("type=\"its:any\" its:locQualityIssueType=\"numbers\""));
        }
    }
}

#[test]
fn xliff_format_needs_an_xliff_input() {
    let case = root().join("corpora/formats/nitf-clean-with-and-without-namespace");
    let out = mtcheck()
        .args(["check", "--format", "xliff"])
        .arg(case.join("source.xml"))
        .arg(case.join("target.xml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--format xliff"));
}

#[test]
fn refuses_an_entity_bomb_fast() {
    let dir = tempfile::tempdir().unwrap();
    let mut bomb =
        String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [\n<!ENTITY a0 \"lol\">\n");
    for i in 1..10 {
        let prev = format!("&a{};", i - 1).repeat(10);
        bomb.push_str(&format!("<!ENTITY a{i} \"{prev}\">\n"));
    }
    bomb.push_str("]>\n<xliff version=\"2.0\" srcLang=\"en\" trgLang=\"fr\"><file id=\"f\"><unit id=\"u\"><segment><source>&a9;</source><target>&a9;</target></segment></unit></file></xliff>\n");
    let path = dir.path().join("bomb.xlf");
    std::fs::write(&path, bomb).unwrap();
    let started = Instant::now();
    let out = mtcheck().arg("check").arg(&path).output().unwrap();
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bomb.xlf:2:1: the DOCTYPE declares entities"),
        "{err}"
    );
}

#[test]
fn malformed_xml_names_the_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("source.xml");
    std::fs::write(&src, "<?xml version=\"1.0\"?>\n<nitf>\n<body><body.content>\n<p>Ein Satz.</q>\n</body.content></body></nitf>\n").unwrap();
    let tgt = dir.path().join("target.txt");
    std::fs::write(&tgt, "One sentence.\n").unwrap();
    let out = mtcheck().arg("check").arg(&src).arg(&tgt).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("source.xml:4:"), "{err}");
    assert!(err.contains("malformed XML"), "{err}");
}

#[test]
fn decodes_a_windows_1252_xliff() {
    let x = xliff(&root().join("corpora/formats/xliff12-windows-1252-inline-codes/article.xlf"));
    assert!(x
        .source
        .text
        .contains("Les travaux, lancés il y a deux ans, ont coûté 12 millions d'euros"));
    // native code (bpt/ept/ph) is not text; alt-trans is not the target
    assert!(x
        .target
        .text
        .contains("According to Claire Dumont, deputy mayor"));
    assert!(!x.target.text.contains("21 million"));
    assert!(!x.source.text.contains("reproduction interdite"));
}

#[test]
fn batch_checks_xliff_files_beside_text_pairs() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("corpora/formats/xliff2-changed-number-and-unit-without-target/article.xlf"),
        dir.path().join("tram.xlf"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("broken.xlf"),
        "<xliff version=\"2.0\"><file>",
    )
    .unwrap();
    let pair = dir.path().join("sequia");
    std::fs::create_dir(&pair).unwrap();
    for f in ["source.es.txt", "target.en.txt"] {
        std::fs::copy(
            root().join("corpora/articles/es-sequia").join(f),
            pair.join(f),
        )
        .unwrap();
    }
    let out_dir = dir.path().join("out");
    let out = mtcheck()
        .args(["batch", "--quiet", "--format", "json", "--out-dir"])
        .arg(&out_dir)
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let index: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out_dir.join("index.json")).unwrap()).unwrap();
    let entries = index["entries"].as_array().unwrap();
    let ids: Vec<_> = entries.iter().map(|e| e["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["broken", "sequia", "tram"]);
    assert!(entries[0]["error"]
        .as_str()
        .unwrap()
        .contains("broken.xlf:1:"));
    assert!(entries[2]["error"].is_null());
    assert_eq!(entries[2]["document"]["verdict"], "fail");
}
