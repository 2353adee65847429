//! The `mtcheck` binary: parse arguments, load input and configuration, call the
//! library, render, and map the verdict to the exit code (0 pass, 1 fail, 2 error).

#![forbid(unsafe_code)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

mod cli;

use anyhow::{Context as _, Result};
use clap::Parser;
use cli::{BatchArgs, CheckArgs, Cli, ColorChoice, Command, Common, StreamArgs};
use mtcheck::batch::{self, BatchEntry, BatchOptions};
use mtcheck::config::{self, Config};
use mtcheck::report::{Format, Report};
use mtcheck::Options;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

/// mimalloc instead of the system allocator: the checks make many small,
/// short-lived strings, and glibc's malloc and free were a sixth of the time.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("mtcheck: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Check(args) => check(args),
        Command::Batch(args) => run_batch(args),
        Command::Stream(args) => stream(args),
        Command::Checks { markdown } => {
            let mut out = io::stdout().lock();
            let checks = mtcheck::checks::registry();
            if markdown {
                let table = mtcheck::report::markdown::checks_table(checks.iter().map(|c| c.doc()));
                write!(out, "{table}")?;
            } else {
                for c in checks {
                    writeln!(out, "{:<16} {}", c.id(), c.doc().summary)?;
                    for k in c.doc().kinds {
                        writeln!(out, "  {:<20} {}", k.id, k.doc)?;
                    }
                }
            }
            Ok(0)
        }
        Command::Explain { id } => match mtcheck::checks::find(&id) {
            Some(c) => {
                let d = c.doc();
                println!("{}: {}\n\n{}\n\nKinds of finding:", d.id, d.summary, d.body);
                for k in d.kinds {
                    println!("- `{}`: {}", k.id, k.doc);
                }
                Ok(0)
            }
            None => anyhow::bail!(
                "unknown check id {id:?} (known: {})",
                mtcheck::checks::ids().join(", ")
            ),
        },
    }
}

/// Defaults < mtcheck.toml < command line.
fn options(common: &Common) -> Result<Options> {
    let mut config = match &common.config {
        Some(path) => Config::load(path)?,
        None => {
            let local = std::path::Path::new(config::FILE_NAME);
            if local.is_file() {
                Config::load(local)?
            } else {
                Config::default()
            }
        }
    };
    let t = &mut config.thresholds;
    for (flag, value, slot) in [
        (
            "--paragraph-threshold",
            common.paragraph_threshold,
            &mut t.paragraph,
        ),
        (
            "--article-threshold",
            common.article_threshold,
            &mut t.article,
        ),
    ] {
        if let Some(v) = value {
            anyhow::ensure!(
                (0.0..=100.0).contains(&v),
                "{flag} must be between 0 and 100, got {v}"
            );
            *slot = v;
        }
    }
    if let Some(p) = common.paragraphs {
        config.paragraphs = p.into();
    }
    if common.no_fail_on_critical {
        t.fail_on_critical = false;
    }
    if let Some(n) = common.jobs {
        anyhow::ensure!(n > 0, "--jobs must be at least 1");
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .context("could not start the worker threads")?;
    }
    Ok(Options { config })
}

fn lang_arg(value: &Option<String>, flag: &str) -> Result<Option<mtcheck::lang::Lang>> {
    value
        .as_deref()
        .map(|v| {
            v.parse()
                .map_err(|e: String| anyhow::anyhow!("{flag}: {e}"))
        })
        .transpose()
}

fn check(args: CheckArgs) -> Result<u8> {
    let opts = options(&args.common)?;
    let from = lang_arg(&args.from, "--from")?;
    let to = lang_arg(&args.to, "--to")?;
    let read = |path: &std::path::Path, lang| -> Result<mtcheck::Loaded> {
        let content = mtcheck::formats::load(path, args.common.max_bytes)?;
        Ok(mtcheck::Loaded {
            name: path.display().to_string(),
            path: Some(path.display().to_string()),
            content,
            lang,
        })
    };
    let source = read(&args.source, from)?;
    let doc = match (source.content, &args.target) {
        (mtcheck::formats::Loaded::Xliff(file), None) => {
            let id = args.source.display().to_string();
            mtcheck::check_xliff(&id, file, source.path, from, to, &opts)?
        }
        (mtcheck::formats::Loaded::Xliff(_), Some(_)) => anyhow::bail!(
            "{}: is an XLIFF file, which holds both sides: check it on its own",
            args.source.display()
        ),
        (_, None) => anyhow::bail!(
            "{}: give the translation too (only an XLIFF file is checked on its own)",
            args.source.display()
        ),
        (content, Some(target_path)) => {
            let source = mtcheck::Loaded { content, ..source };
            let target = read(target_path, to)?;
            let id = target_path.display().to_string();
            mtcheck::check_loaded_alone(&id, source, target, &opts)?
        }
    };
    let format = Format::from(args.format);
    anyhow::ensure!(
        format != Format::Xliff || doc.xliff.is_some(),
        "--format xliff writes an XLIFF file back: check an XLIFF file to use it"
    );
    let failed = doc.verdict == mtcheck::score::Verdict::Fail;
    let report = Report::new(vec![doc], 0);
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let reporter = format.reporter(color, opts.config.thresholds);
    let mut out = io::BufWriter::new(io::stdout().lock());
    reporter.render(&report, &mut out)?;
    out.flush()?;
    Ok(if failed { 1 } else { 0 })
}

fn run_batch(args: BatchArgs) -> Result<u8> {
    let opts = options(&args.common)?;
    let from = lang_arg(&args.from, "--from")?;
    let to = lang_arg(&args.to, "--to")?;
    let pairs = match (&args.manifest, &args.dir) {
        (Some(manifest), _) => batch::read_manifest(manifest, from, to)?,
        (None, Some(dir)) => {
            let exclude: Vec<_> = args.out_dir.iter().cloned().collect();
            let pairs = batch::discover(dir, from, to, &exclude)?;
            anyhow::ensure!(
                !pairs.is_empty(),
                "{}: no pairs found; name them NAME/source.LANG.txt and NAME/target.LANG.txt, \
                 or NAME.FROM.txt and NAME.TO.txt with --from and --to, or give --manifest",
                dir.display()
            );
            pairs
        }
        (None, None) => anyhow::bail!("give a folder or --manifest"),
    };
    let format = args.format.map(Format::from).unwrap_or(Format::Html);
    anyhow::ensure!(
        format != Format::Xliff,
        "--format xliff is for `mtcheck check FILE.xlf` (batch reports are html, markdown, json, junit or human)"
    );
    let bopts = BatchOptions {
        max_bytes: args.common.max_bytes,
        out_dir: args.out_dir.clone(),
        format,
    };
    // The bar goes to stderr, and only to a terminal: a log or a pipe gets none.
    let bar = if args.quiet || !io::stderr().is_terminal() {
        indicatif::ProgressBar::hidden()
    } else {
        let style = indicatif::ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {human_pos}/{human_len} pairs, {rate}, eta {eta}",
        )
        .context("progress bar template")?
        .with_key(
            "rate",
            |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0}/s", state.per_sec());
            },
        );
        indicatif::ProgressBar::new(pairs.len() as u64).with_style(style)
    };
    let progress = |_: &BatchEntry| bar.inc(1);
    let result = batch::run(pairs, &opts, &bopts, &progress)?;
    bar.finish_and_clear();
    if !args.quiet {
        let mut out = io::BufWriter::new(io::stdout().lock());
        batch::write_summary(&result, batch::WORST_SHOWN, &mut out)?;
        if let Some(dir) = &args.out_dir {
            writeln!(
                out,
                "\nreports: {}",
                dir.join(format!("{}.{}", batch::INDEX_STEM, format.extension()))
                    .display()
            )?;
        }
        out.flush()?;
    }
    Ok(result.exit_code())
}

fn stream(args: StreamArgs) -> Result<u8> {
    let opts = options(&args.common)?;
    // A record holds both texts, JSON-escaped: allow twice the per-text limit.
    let limit = usize::try_from(args.common.max_bytes.saturating_mul(2)).unwrap_or(usize::MAX);
    let out = io::BufWriter::new(io::stdout().lock());
    let stats = match &args.input {
        Some(path) => {
            let file = std::fs::File::open(path).with_context(|| path.display().to_string())?;
            mtcheck::stream::run(io::BufReader::new(file), out, &opts, limit)
        }
        None => mtcheck::stream::run(io::stdin().lock(), out, &opts, limit),
    }
    .context("stream broken")?;
    if stats.errors > 0 {
        eprintln!(
            "mtcheck: {} of {} lines could not be checked (see their error records)",
            stats.errors, stats.lines
        );
    }
    Ok(0)
}
