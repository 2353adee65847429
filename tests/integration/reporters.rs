//! The reporters on sample reports: HTML escapes everything that comes from the
//! input, Markdown renders no markup from it, JUnit is read by a JUnit consumer
//! with one failure per blocking finding; the README's table of checks and its
//! example configuration are the ones the code has.

use mtcheck::config::{Config, Thresholds};
use mtcheck::finding::{Finding, Severity};
use mtcheck::lang::Lang;
use mtcheck::report::{DocumentReport, Format, Report};
use mtcheck::{check_pair, Input, Options};
use std::path::Path;

/// Article text that tries to become markup wherever it lands: element content,
/// double- and single-quoted attributes, raw-text elements. Each payload that
/// ran would change the title or set `data-pwned` on the root element.
pub const PAYLOADS: &[&str] = &[
    "<script>document.title='PW'+'NED';document.documentElement.setAttribute('data-pwned','1')</script>",
    "\"><img src=x onerror=\"document.documentElement.setAttribute('data-pwned','2')\">",
    "'><svg onload=document.documentElement.setAttribute('data-pwned','3')>",
    "</textarea></style></title><script>document.documentElement.setAttribute('data-pwned','4')</script>",
    "<iframe srcdoc=\"<script>parent.document.title='PW'+'NED'</script>\"></iframe>",
    "<a href=\"javascript:document.title='PW'+'NED'\">link</a> ]]> <!-- -->",
];

pub fn payload_texts() -> (String, String) {
    let joined = PAYLOADS.join(" ");
    let source = format!(
        "El gobierno anunció el lunes un plan de 1.500 millones de euros para los hospitales.\n\n\
         Según el ministro, {joined} la inversión llegará a todas las regiones del país.\n\n\
         Los sindicatos recibieron la noticia con cautela y pidieron más detalles sobre el calendario.\n\n\
         Leer más: {}\n",
        PAYLOADS[1]
    );
    let target = format!(
        "The government announced on Monday a plan of 1.5 billion euros for hospitals.\n\n\
         According to the minister, {joined} the investment will reach every region of the country.\n\n\
         The unions received the news with caution and asked for more details on the timetable.\n\n\
         Read more: {}\n",
        PAYLOADS[1]
    );
    (source, target)
}

/// A checked report of the payload texts, with an id and paths that carry
/// payloads too, and a finding whose message and spans hold them.
fn payload_report() -> Report {
    let (source, target) = payload_texts();
    let id = format!("id {}", PAYLOADS[0]);
    let input = |text: &str, lang| Input {
        name: "x".into(),
        path: Some(format!("dir/{}/a.txt", PAYLOADS[1])),
        text: text.to_string(),
        lang: Some(lang),
    };
    let mut doc = check_pair(
        &id,
        input(&source, Lang::Es),
        input(&target, Lang::En),
        &Options::default(),
    )
    .unwrap();
    let texts = doc.texts.clone().unwrap();
    let (s, t) = (&texts.0, &texts.1);
    let ts = t.text.find(PAYLOADS[0]).unwrap();
    let ss = s.text.find(PAYLOADS[1]).unwrap();
    let f = Finding::new(
        "garbled",
        "fragment",
        Severity::Major,
        format!("message with {}", PAYLOADS[1]),
    )
    .target(t.span(ts..ts + PAYLOADS[0].len() + PAYLOADS[1].len()))
    .source(s.span(ss..ss + PAYLOADS[1].len()))
    .evidence(PAYLOADS[2].to_string());
    let p = doc
        .paragraphs
        .iter_mut()
        .find(|p| p.target.paragraphs == [1])
        .unwrap();
    p.findings.push(f);
    doc.verdict = mtcheck::score::Verdict::Fail;
    doc.reasons.push(format!("reason {}", PAYLOADS[3]));
    Report::new(vec![doc], 0)
}

fn render(report: &Report, format: Format) -> String {
    let mut out = Vec::new();
    format
        .reporter(false, Thresholds::default())
        .render(report, &mut out)
        .unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn html_escapes_every_text_from_the_input() {
    let html = render(&payload_report(), Format::Html);
    let lower = html.to_ascii_lowercase();
    for tag in [
        "<script",
        "<img",
        "<svg",
        "<iframe",
        "<a href=\"javascript",
        "</title><",
    ] {
        assert!(!lower.contains(tag), "raw {tag} in the page");
    }
    assert!(html.contains("&lt;script&gt;document.title="));
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror="));
    assert!(html.contains("&#39;&gt;&lt;svg onload="));
    // Exactly one title element: the payload did not close it.
    assert_eq!(lower.matches("<title>").count(), 1);
    assert_eq!(lower.matches("</title>").count(), 1);
    // The policy forbids scripts on an article page.
    assert!(html.contains("default-src 'none'"));
    assert!(!html.contains("script-src"));
    // Self-contained: nothing is loaded from elsewhere.
    for needle in ["http://", "https://", "src=\"", "<link"] {
        assert!(!lower.contains(needle), "{needle} in the page");
    }
    // The finding's span is highlighted in both texts and its message on hover.
    assert!(html.contains("<mark class=\"hl sev-major\""));
    assert!(html.matches("title=\"[").count() >= 2);
}

#[test]
fn html_shows_sides_scores_and_every_finding() {
    let (s, t) = (
        "corpora/articles/de-zulieferer-faulty/source.de.txt",
        "corpora/articles/de-zulieferer-faulty/target.en.txt",
    );
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |p: &str, lang| Input {
        name: p.into(),
        path: Some(p.into()),
        text: std::fs::read_to_string(root.join(p)).unwrap(),
        lang: Some(lang),
    };
    let doc = check_pair(
        "z",
        read(s, Lang::De),
        read(t, Lang::En),
        &Options::default(),
    )
    .unwrap();
    let n = doc.findings().count();
    assert!(n > 0);
    let pairs = doc.paragraphs.len();
    let html = render(&Report::new(vec![doc], 0), Format::Html);
    assert_eq!(html.matches("<section class=\"pair").count(), pairs);
    assert_eq!(html.matches("class=\"bar\"").count(), pairs);
    assert!(html.contains("class=\"bar big\""));
    // Each finding listed twice: in the summary list and beside its pair.
    assert_eq!(html.matches("<li id=\"").count(), 2 * n);
    assert!(html.contains("(missing from the translation)"));
}

#[test]
fn markdown_renders_no_markup_from_the_input() {
    use pulldown_cmark::{Event, Options as MdOptions, Parser, Tag};
    let md = render(&payload_report(), Format::Markdown);
    let mut text = String::new();
    let mut rows = 0;
    for ev in Parser::new_ext(&md, MdOptions::ENABLE_TABLES) {
        match ev {
            Event::Html(h) | Event::InlineHtml(h) => panic!("HTML from the input: {h}"),
            Event::Start(Tag::Link { dest_url, .. }) => panic!("link from the input: {dest_url}"),
            Event::Start(Tag::Image { .. }) => panic!("image from the input"),
            Event::Start(Tag::TableRow) => rows += 1,
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            _ => {}
        }
    }
    // The payload reads as the characters it is.
    assert!(text.contains(PAYLOADS[0]), "{text}");
    assert!(text.contains("message with \"><img src=x"));
    // Two side rows, one finding row (tables' header rows are TableHead).
    assert!(rows >= 3, "{rows}");
}

#[test]
fn junit_has_one_failure_per_blocking_finding_and_is_read_by_a_consumer() {
    let report = payload_report();
    let blocking = report.documents[0]
        .findings()
        .filter(|f| f.severity >= Severity::Major)
        .count();
    let xml = render(&report, Format::Junit);
    assert_eq!(xml.matches("<failure ").count(), blocking.max(1));
    let suites = junit_parser::from_reader(std::io::Cursor::new(xml.as_bytes())).unwrap();
    assert_eq!(suites.suites.len(), 1);
    let suite = &suites.suites[0];
    assert_eq!((suite.tests, suite.failures, suite.errors), (1, 1, 0));
    let case = &suite.cases[0];
    assert!(case.name.contains("<script>"), "{}", case.name);
    match &case.status {
        junit_parser::TestStatus::Failure(f) => assert!(!f.message.is_empty()),
        other => panic!("not a failure: {other:?}"),
    }
    assert!(case
        .system_out
        .as_deref()
        .unwrap()
        .contains("garbled/fragment"));
}

#[test]
fn junit_passing_article_has_no_failure() {
    let doc = clean_report();
    let xml = render(&Report::new(vec![doc], 0), Format::Junit);
    let suites = junit_parser::from_reader(std::io::Cursor::new(xml.as_bytes())).unwrap();
    let case = &suites.suites[0].cases[0];
    assert!(matches!(case.status, junit_parser::TestStatus::Success));
}

fn clean_report() -> DocumentReport {
    let i = |t: &str, l| Input {
        name: "x".into(),
        path: None,
        text: t.into(),
        lang: Some(l),
    };
    check_pair(
        "clean",
        i(
            "El gobierno anunció el lunes un plan para los hospitales del país.",
            Lang::Es,
        ),
        i(
            "The government announced on Monday a plan for the country's hospitals.",
            Lang::En,
        ),
        &Options::default(),
    )
    .unwrap()
}

/// `JUNIT_XSD=path/to/junit-10.xsd` (Jenkins' xunit plugin schema) validates the
/// output with xmllint as well; skipped when either is missing.
#[test]
fn junit_validates_against_a_schema_when_one_is_given() {
    let Some(xsd) = std::env::var_os("JUNIT_XSD") else {
        eprintln!("skipped: set JUNIT_XSD to a JUnit schema to validate against it");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("junit.xml");
    std::fs::write(&file, render(&payload_report(), Format::Junit)).unwrap();
    let o = match std::process::Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&xsd)
        .arg(&file)
        .output()
    {
        Ok(o) => o,
        Err(_) => {
            eprintln!("skipped: xmllint is not installed");
            return;
        }
    };
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

fn readme() -> (std::path::PathBuf, String) {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let text = std::fs::read_to_string(&p).unwrap();
    (p, text)
}

/// The README's table of checks is generated from the checks' docs;
/// `BLESS=1` rewrites it.
#[test]
fn readme_table_of_checks_matches_the_checks() {
    const START: &str = "<!-- checks:start -->\n";
    const END: &str = "<!-- checks:end -->";
    let (path, text) = readme();
    let a = text.find(START).expect("checks:start marker") + START.len();
    let b = text.find(END).expect("checks:end marker");
    let table = mtcheck::report::markdown::checks_table(
        mtcheck::checks::registry().iter().map(|c| c.doc()),
    );
    if text[a..b] != table && std::env::var_os("BLESS").is_some() {
        let new = format!("{}{table}{}", &text[..a], &text[b..]);
        std::fs::write(&path, new).unwrap();
        return;
    }
    assert_eq!(
        text[a..b],
        table,
        "README table of checks is stale: run `BLESS=1 cargo test --test integration readme`"
    );
}

#[test]
fn example_config_parses_and_is_the_one_in_the_readme() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let example = root.join("mtcheck.example.toml");
    let config = Config::load(&example).unwrap();
    assert!(!config.keep.is_empty());
    assert!(!config.glossary.is_empty());
    assert!(config.residue_patterns().count() > 0);
    assert!(!config.checks.is_empty());
    let text = std::fs::read_to_string(&example).unwrap();
    let (_, readme) = readme();
    assert!(
        readme.contains(&format!("```toml\n{text}```")),
        "the README's example configuration differs from mtcheck.example.toml"
    );
}
