//! End to end in a real browser: headless Chromium opens the HTML report and the
//! batch index built from articles (and ids) full of script injections, and the
//! page it ends up with shows that none of them ran, while the index's own
//! sorting code did. Screenshots are saved under `target/test-output/browser/`.
//! Without Chromium the test fails under CI (`CI` set, as `.ci/run` and CI
//! services do: a gate must not pass without asserting) and is skipped
//! elsewhere, saying so on the terminal (`.ci/run` installs Chromium).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::reporters::{payload_texts, PAYLOADS};

/// Chromium: `$CHROMIUM`, else Debian's `/usr/bin/chromium`, else `chromium`
/// on the PATH.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let debian = PathBuf::from("/usr/bin/chromium");
    if debian.is_file() {
        return Some(debian);
    }
    let on_path = Command::new("chromium")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    on_path.then(|| PathBuf::from("chromium"))
}

/// Whether this is a CI run: `CI` is set to anything but empty, `0` or
/// `false` (GitHub Actions, GitLab and `.ci/run` set `CI=true`).
fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !matches!(v.trim(), "" | "0" | "false"))
}

/// Where screenshots go: `target/test-output/browser`.
fn output_dir() -> PathBuf {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let dir = tmp
        .parent()
        .unwrap_or(tmp)
        .join("test-output")
        .join("browser");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Run Chromium headless on `page` with `extra` arguments, with a fresh
/// profile, no network beyond the page, and a time limit.
fn run_chromium(chrome: &Path, page: &Path, extra: &[String]) -> String {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(chrome)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1400,1000",
            // Lets timers and load handlers run before the DOM is dumped.
            "--virtual-time-budget=3000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let mut stdout = stdout;
        std::io::Read::read_to_string(&mut stdout, &mut s).ok();
        s
    });
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if start.elapsed() > Duration::from_secs(90) {
            let _ = child.kill();
            panic!("chromium did not finish in 90 s on {}", page.display());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    reader.join().unwrap()
}

fn assert_nothing_ran(dom: &str, page: &str) {
    assert!(!dom.is_empty(), "{page}: chromium dumped no DOM");
    let title = dom
        .split("<title>")
        .nth(1)
        .and_then(|t| t.split("</title>").next())
        .unwrap_or("");
    assert!(title.starts_with("mtcheck"), "{page}: title is {title:?}");
    assert!(!dom.contains("PWNED"), "{page}: a payload changed the page");
    assert!(!dom.contains("data-pwned=\""), "{page}: a payload ran");
    let lower = dom.to_ascii_lowercase();
    for tag in ["<img", "<svg", "<iframe"] {
        assert!(!lower.contains(tag), "{page}: {tag} element in the DOM");
    }
}

#[test]
fn injected_scripts_do_not_run_in_chromium() {
    let Some(chrome) = chromium() else {
        let why = "chromium is not installed (apt-get install chromium, or set CHROMIUM; \
                   .ci/run installs it), so the HTML report was not opened in a browser";
        assert!(!in_ci(), "CI is set: {why}");
        // Written to stderr directly, not through eprintln!, so that the test
        // harness does not swallow it: a skip must be seen.
        use std::io::Write as _;
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED injected_scripts_do_not_run_in_chromium: {why}"
        );
        return;
    };
    let work = output_dir();
    let input = work.join("input");
    let _ = std::fs::remove_dir_all(&input);
    std::fs::create_dir_all(&input).unwrap();
    let (source, target) = payload_texts();
    std::fs::write(input.join("s.txt"), &source).unwrap();
    std::fs::write(input.join("t.txt"), &target).unwrap();
    // Ids carry payloads too; they land in titles, headings, links and attributes.
    let mut manifest = String::new();
    for (i, p) in PAYLOADS.iter().enumerate() {
        let id = p.replace('\t', " ");
        manifest.push_str(&format!("{i} {id}\ts.txt\tt.txt\tes\ten\n"));
    }
    std::fs::write(input.join("m.tsv"), manifest).unwrap();
    // The short "Read more: <payload>" paragraph is page furniture (and matches
    // this configured pattern too), so a payload is also in a highlighted span,
    // its hover text and a finding.
    std::fs::write(
        input.join("mtcheck.toml"),
        "[residue]\nen = [\"onerror\"]\nany = [\"data-pwned\"]\n",
    )
    .unwrap();
    let out = work.join("reports");
    let _ = std::fs::remove_dir_all(&out);
    let o = Command::new(env!("CARGO_BIN_EXE_mtcheck"))
        .arg("batch")
        .arg("--manifest")
        .arg(input.join("m.tsv"))
        .arg("--config")
        .arg(input.join("mtcheck.toml"))
        .arg("--out-dir")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        o.status.code().unwrap() <= 1,
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let article = std::fs::read_dir(&out)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .find(|p| !p.ends_with("index.html"))
        .expect("an article report");
    let html = std::fs::read_to_string(&article).unwrap();
    assert!(
        html.contains("<mark class=\"hl"),
        "the payload is not highlighted"
    );

    let dom = run_chromium(&chrome, &article, &["--dump-dom".to_string()]);
    assert_nothing_ran(&dom, "article");
    // The text is there, as text.
    assert!(dom.contains("&lt;script&gt;document.title="), "text lost");

    let index = out.join("index.html");
    let dom = run_chromium(&chrome, &index, &["--dump-dom".to_string()]);
    assert_nothing_ran(&dom, "index");
    // The index's own script is allowed by its hash and ran: the table is
    // marked sortable.
    assert!(
        dom.contains("class=\"index sortable\""),
        "the sorting script did not run (is the CSP hash current?)"
    );

    for (page, name) in [(&article, "article.png"), (&index, "index.png")] {
        let shot = work.join(name);
        let _ = std::fs::remove_file(&shot);
        run_chromium(&chrome, page, &[format!("--screenshot={}", shot.display())]);
        let size = std::fs::metadata(&shot).map(|m| m.len()).unwrap_or(0);
        assert!(size > 1000, "no screenshot at {}", shot.display());
        eprintln!("screenshot: {}", shot.display());
    }
}
