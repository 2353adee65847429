//! Reading, normalising and segmenting a text into paragraphs, sentences and word
//! tokens. The original bytes are kept as given: every span points into them, and
//! normalisation (BOM, CRLF, Unicode spaces, NFC) is applied to the views the
//! checks compare, never to the offsets.

use crate::error::{Error, Result};
use crate::lang::LangInfo;
use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

mod paragraphs;
mod read;
mod text;

pub use paragraphs::MAX_PARAGRAPH_WORDS;
use paragraphs::*;
pub use read::*;
pub use text::*;

/// Default upper bound on one input. A long news article is under 100 kB; a
/// file a hundred times that is not an article, and checking it would stall a
/// gate.
pub const DEFAULT_MAX_BYTES: u64 = 10 * 1024 * 1024;

/// A byte range into the original text, with 1-based line and column (in
/// characters) of its start for display.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub text: String,
}

/// One word token: a run that Unicode word segmentation calls a word and that
/// holds at least one letter or digit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
}

impl Token {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub index: usize,
    /// Byte span of the paragraph's text, without surrounding whitespace.
    pub start: usize,
    pub end: usize,
    /// 1-based first and last line.
    pub lines: (usize, usize),
    /// Sentence byte ranges, in order, covering the paragraph.
    pub sentences: Vec<Range<usize>>,
    pub tokens: Vec<Token>,
}

impl Paragraph {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    pub fn word_count(&self) -> usize {
        self.tokens.len()
    }
}

/// How the user asks for paragraphs to be found (`--paragraphs`, the
/// `paragraphs` key of `mtcheck.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ParagraphMode {
    /// Decide from the text (see [`ParagraphRule`]).
    #[default]
    Auto,
    /// Blank lines separate paragraphs.
    Blank,
    /// Every non-blank line is a paragraph.
    Line,
}

impl std::str::FromStr for ParagraphMode {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "auto" => Ok(ParagraphMode::Auto),
            "blank" => Ok(ParagraphMode::Blank),
            "line" => Ok(ParagraphMode::Line),
            _ => Err(format!(
                "unknown paragraph rule {s:?} (known: auto, blank, line)"
            )),
        }
    }
}

/// The rule a document's paragraphs were found by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ParagraphRule {
    /// Paragraphs are separated by blank lines; lines inside one are joined.
    Blank,
    /// One paragraph per non-blank line.
    Line,
}

/// Why that rule was used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleReason {
    /// `--paragraphs` or the configuration said so.
    Given,
    /// The text has blank lines between its paragraphs (or is one line).
    BlankLines,
    /// The text has several lines and no blank line at all.
    NoBlankLine,
    /// The text has blank lines, but every line that shares a block with
    /// another is paragraph-length: an export that separates paragraphs by
    /// single newlines, blank lines only here and there.
    ParagraphLengthLines,
    /// The paragraphs are elements of a markup file (XLIFF units, NITF and
    /// XHTML paragraphs and headlines), one line each in the checked text.
    Markup,
}

impl RuleReason {
    pub fn describe(self) -> &'static str {
        match self {
            RuleReason::Given => "as given",
            RuleReason::BlankLines => "the text has blank lines",
            RuleReason::NoBlankLine => "the text has no blank line",
            RuleReason::ParagraphLengthLines => "its lines are paragraph-length",
            RuleReason::Markup => "elements of the file",
        }
    }
}

/// A line at least this long (in characters) is a paragraph of its own, not a
/// line of a hard-wrapped one: hard wrapping is done at 72–80 columns.
pub const PARAGRAPH_LINE_CHARS: usize = 100;

#[derive(Debug, Clone)]
pub struct Document {
    /// Name of the input for messages (a path, `-`, or a stream id).
    pub name: String,
    pub lang: LangInfo,
    /// The text exactly as given.
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    /// How the paragraphs were found, and why.
    pub paragraph_rule: ParagraphRule,
    pub paragraph_reason: RuleReason,
    /// Paragraphs over `MAX_PARAGRAPH_WORDS` words, cut into pieces that are
    /// aligned and checked as paragraphs.
    pub paragraphs_cut: usize,
    /// For a markup file, where each paragraph came from, in text order (empty
    /// for plain text).
    pub origins: Vec<crate::formats::Origin>,
    line_starts: Vec<usize>,
    /// (byte offset, characters since its line's start) about every
    /// `COLUMN_MARK_BYTES`, so that the column of a span on a long line costs
    /// a bounded count, not the line's length.
    column_marks: Vec<(usize, usize)>,
    /// The text diacritic-folded, worked out on first use (see
    /// [`Document::folded_before_contains`]).
    folded: OnceLock<Folded>,
    /// What the names module works out once per document (see
    /// `names::forms`), on first use.
    pub(crate) names: OnceLock<crate::names::forms::Analysis>,
    /// The number mentions of each paragraph, ranges in the text, each read
    /// on first use (see `checks::number_mismatch`): a paragraph is the
    /// pair's own and its neighbours' too.
    pub(crate) number_mentions: OnceLock<Vec<OnceLock<Vec<crate::numbers::Mention>>>>,
    /// The values of the number mentions of the whole text, sorted (see
    /// `checks::number_mismatch`), on first use.
    pub(crate) number_values: OnceLock<Vec<f64>>,
    /// The words that stand as the last part of a full name inside a
    /// sentence ("Malý" of "Jakub Malý"), read once by the untranslated check.
    pub(crate) surnames: OnceLock<foldhash::HashSet<String>>,
}

/// `fold_diacritics` of the text, folded in pieces that each start at a
/// white-space character: folding never joins letters across white space
/// (no composition, case context or reordering crosses it), so the fold of
/// the text up to any piece's start is the fold of the pieces before it.
#[derive(Debug, Clone, Default)]
struct Folded {
    text: String,
    /// (byte offset in the text, byte offset in `text`) of each piece's start.
    marks: Vec<(usize, usize)>,
}

/// Pieces are cut at the first white space after this many bytes.
const FOLD_PIECE_BYTES: usize = 256;

impl Folded {
    fn new(text: &str) -> Folded {
        let mut out = Folded {
            text: String::with_capacity(text.len()),
            marks: vec![(0, 0)],
        };
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if i >= start + FOLD_PIECE_BYTES && c.is_whitespace() {
                out.text.push_str(&fold_diacritics(&text[start..i]));
                out.marks.push((i, out.text.len()));
                start = i;
            }
        }
        out.text.push_str(&fold_diacritics(&text[start..]));
        out
    }
}

/// Spacing of the column marks in bytes.
const COLUMN_MARK_BYTES: usize = 4096;

fn column_marks(text: &str) -> Vec<(usize, usize)> {
    let mut marks = Vec::with_capacity(text.len() / COLUMN_MARK_BYTES + 1);
    let mut next = COLUMN_MARK_BYTES;
    let mut column = 0;
    for (i, c) in text.char_indices() {
        if i >= next {
            marks.push((i, column));
            next = i + COLUMN_MARK_BYTES;
        }
        column = if c == '\n' { 0 } else { column + 1 };
    }
    marks
}

impl Document {
    /// Segment `text` (already validated) into a document in language `lang`,
    /// choosing the paragraph rule from the text.
    pub fn new(name: impl Into<String>, text: String, lang: LangInfo) -> Document {
        Document::with_paragraphs(name, text, lang, ParagraphMode::Auto)
    }

    /// As [`Document::new`], with paragraphs found as `mode` says.
    pub fn with_paragraphs(
        name: impl Into<String>,
        text: String,
        lang: LangInfo,
        mode: ParagraphMode,
    ) -> Document {
        let line_starts = line_starts(&text);
        let column_marks = column_marks(&text);
        let (rule, reason) = paragraph_rule(&text, &line_starts, mode);
        let mut cut = 0;
        let paragraphs = segment_paragraphs(&text, &line_starts, rule, &mut cut);
        Document {
            name: name.into(),
            lang,
            text,
            paragraphs,
            paragraph_rule: rule,
            paragraph_reason: reason,
            paragraphs_cut: cut,
            origins: Vec::new(),
            column_marks,
            line_starts,
            folded: OnceLock::new(),
            names: OnceLock::new(),
            number_mentions: OnceLock::new(),
            number_values: OnceLock::new(),
            surnames: OnceLock::new(),
        }
    }

    /// The markup element the text at byte `offset` came from.
    pub fn origin_of(&self, offset: usize) -> Option<&crate::formats::Origin> {
        let i = self.origins.partition_point(|o| o.range.end < offset);
        self.origins
            .get(i)
            .filter(|o| o.range.contains(&offset) || o.range.end == offset)
    }

    /// Whether `fold_diacritics(&self.text[..end])` contains `needle`, without
    /// folding the text before `end` again for every question.
    pub fn folded_before_contains(&self, end: usize, needle: &str) -> bool {
        let folded = self.folded.get_or_init(|| Folded::new(&self.text));
        let at = folded.marks.partition_point(|&(i, _)| i <= end);
        let (start, head_end) = folded.marks[at.saturating_sub(1)];
        let head = &folded.text[..head_end];
        if head.contains(needle) {
            return true;
        }
        // The rest, with enough of the head before it for a match across.
        let tail = fold_diacritics(&self.text[start..end]);
        let mut from = head.len().saturating_sub(needle.len());
        while !head.is_char_boundary(from) {
            from -= 1;
        }
        format!("{}{tail}", &head[from..]).contains(needle)
    }

    pub fn slice(&self, range: Range<usize>) -> &str {
        &self.text[range]
    }

    pub fn para_text(&self, index: usize) -> &str {
        let p = &self.paragraphs[index];
        &self.text[p.range()]
    }

    pub fn token_text(&self, token: &Token) -> &str {
        &self.text[token.range()]
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// The byte range of 1-based line `line`, without its line terminator.
    pub fn line_range(&self, line: usize) -> Range<usize> {
        let start = self.line_starts[line - 1];
        let mut end = self
            .line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len());
        let bytes = self.text.as_bytes();
        while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        start..end
    }

    /// A display span for a byte range of the original text.
    pub fn span(&self, range: Range<usize>) -> Span {
        let line = self.line_of(range.start);
        let line_start = self.line_starts[line - 1];
        let mark = self
            .column_marks
            .partition_point(|&(b, _)| b <= range.start);
        let (from, chars_before) = match mark.checked_sub(1).map(|k| self.column_marks[k]) {
            Some((b, col)) if b >= line_start => (b, col),
            _ => (line_start, 0),
        };
        let mut column = chars_before + self.text[from..range.start].chars().count() + 1;
        if line == 1 && self.text.starts_with('\u{feff}') {
            column -= 1; // the BOM is not a visible column
        }
        Span {
            line,
            column,
            text: self.text[range.clone()].to_string(),
            start: range.start,
            end: range.end,
        }
    }
}

/// A document in a given language, for unit tests across the crate.
#[cfg(test)]
pub(crate) fn test_document(text: &str, lang: crate::lang::Lang) -> Document {
    Document::new(
        "t",
        text.to_string(),
        LangInfo {
            lang,
            method: crate::lang::LangMethod::Given,
            confidence: 1.0,
        },
    )
}

#[cfg(test)]
mod tests;
