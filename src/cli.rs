//! Command-line definitions (clap). Parsing only: no behaviour lives here.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "mtcheck",
    version,
    about = "Check a machine-translated news article against its original before publication",
    after_help = "Exit codes: 0 every article passed, 1 at least one failed the gate, 2 usage error or input that could not be checked."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check one translation against its source.
    Check(CheckArgs),
    /// Check many pairs: the pairs in a folder (by file-name convention) or
    /// listed in a manifest, in parallel, with a summary and optional reports.
    Batch(BatchArgs),
    /// JSON Lines in (stdin or FILE), one JSON Lines record out per input line.
    Stream(StreamArgs),
    /// List every check with a one-line summary.
    Checks {
        /// Print the table of checks as Markdown (the README's table).
        #[arg(long)]
        markdown: bool,
    },
    /// Print the documentation of a check.
    Explain {
        /// Check id, as listed by `mtcheck checks`.
        id: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Html,
    Markdown,
    Junit,
    /// The XLIFF file with every finding as an ITS 2.0 quality issue (`check`
    /// of an XLIFF file only).
    Xliff,
}

impl From<Format> for mtcheck::report::Format {
    fn from(f: Format) -> Self {
        use mtcheck::report::Format as F;
        match f {
            Format::Human => F::Human,
            Format::Json => F::Json,
            Format::Html => F::Html,
            Format::Markdown => F::Markdown,
            Format::Junit => F::Junit,
            Format::Xliff => F::Xliff,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ParagraphArg {
    Auto,
    Blank,
    Line,
}

impl From<ParagraphArg> for mtcheck::document::ParagraphMode {
    fn from(p: ParagraphArg) -> Self {
        use mtcheck::document::ParagraphMode as M;
        match p {
            ParagraphArg::Auto => M::Auto,
            ParagraphArg::Blank => M::Blank,
            ParagraphArg::Line => M::Line,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Args)]
pub struct Common {
    /// Configuration file (default: ./mtcheck.toml when present).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Paragraph score below which an article fails (default 60).
    #[arg(long, value_name = "SCORE")]
    pub paragraph_threshold: Option<f64>,
    /// Article score below which it fails (default 95).
    #[arg(long, value_name = "SCORE")]
    pub article_threshold: Option<f64>,
    /// Do not fail an article on a single critical finding.
    #[arg(long)]
    pub no_fail_on_critical: bool,
    /// Largest input accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = mtcheck::document::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
    /// How paragraphs are found: `blank` (blank lines separate them), `line`
    /// (one per line), or `auto`: blank lines, but one per line when a text
    /// has no blank line or all its lines are paragraph-length [default: auto,
    /// or the `paragraphs` key of mtcheck.toml].
    #[arg(long, value_name = "RULE")]
    pub paragraphs: Option<ParagraphArg>,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The original article: UTF-8 text (paragraphs as --paragraphs says),
    /// NITF or NewsML-G2; or an XLIFF file, which holds both sides, alone.
    pub source: PathBuf,
    /// The translation to check (text, NITF or NewsML-G2; none for XLIFF).
    pub target: Option<PathBuf>,
    /// Source language (ISO 639-1, e.g. es); detected when omitted.
    #[arg(long, value_name = "LANG")]
    pub from: Option<String>,
    /// Target language; detected when omitted.
    #[arg(long, value_name = "LANG")]
    pub to: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// When to use colour in the human report (NO_COLOR is honoured in auto).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Args)]
pub struct StreamArgs {
    /// JSON Lines input (default: stdin).
    pub input: Option<PathBuf>,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Args)]
pub struct BatchArgs {
    /// Folder of pairs: `NAME/source.LANG.txt` + `NAME/target.LANG.txt`, or
    /// `NAME.FROM.txt` + `NAME.TO.txt` with --from and --to; every `.xlf` or
    /// `.xliff` file is an article of its own.
    #[arg(required_unless_present = "manifest", conflicts_with = "manifest")]
    pub dir: Option<PathBuf>,
    /// TSV or JSON Lines file listing id, source_path, target_path and
    /// optionally source_lang, target_lang (paths relative to the manifest).
    #[arg(long, value_name = "FILE")]
    pub manifest: Option<PathBuf>,
    /// Source language: names the source files in a flat folder, and applies
    /// to manifest lines that give none.
    #[arg(long, value_name = "LANG")]
    pub from: Option<String>,
    /// Target language (as --from).
    #[arg(long, value_name = "LANG")]
    pub to: Option<String>,
    /// Write one report per article and an index (index.html, …) here.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
    /// Format of the reports written to --out-dir [default: html].
    #[arg(long, value_enum, requires = "out_dir")]
    pub format: Option<Format>,
    /// No progress bar and no summary table: the exit code and the files tell.
    #[arg(long, short)]
    pub quiet: bool,
    #[command(flatten)]
    pub common: Common,
}
