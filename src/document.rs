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

/// Validate raw bytes as a checkable text and return it as a `String`. `input`
/// names the input in errors.
pub fn decode(input: &str, bytes: Vec<u8>, max_bytes: u64) -> Result<String> {
    if bytes.len() as u64 > max_bytes {
        return Err(Error::TooLarge {
            input: input.to_string(),
            size: bytes.len() as u64,
            limit: max_bytes,
        });
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::Binary {
            input: input.to_string(),
            offset,
        });
    }
    let text = String::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        input: input.to_string(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    check_text(input, &text)?;
    Ok(text)
}

/// The checks shared by file and stream input once the text is valid UTF-8.
pub fn check_text(input: &str, text: &str) -> Result<()> {
    if !text.chars().any(|c| c.is_alphanumeric()) {
        return Err(Error::Empty {
            input: input.to_string(),
        });
    }
    if let Some(offset) = text.find('\0') {
        return Err(Error::Binary {
            input: input.to_string(),
            offset,
        });
    }
    Ok(())
}

/// Read a text file, refusing directories, binary data, invalid UTF-8 and inputs
/// over `max_bytes` without reading them whole.
pub fn read_file(path: &Path, max_bytes: u64) -> Result<String> {
    let bytes = read_bytes(path, max_bytes)?;
    decode(&path.display().to_string(), bytes, max_bytes)
}

/// The bytes of a file, refusing directories and files over `max_bytes`
/// without reading them.
pub fn read_bytes(path: &Path, max_bytes: u64) -> Result<Vec<u8>> {
    let input = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    if meta.is_dir() {
        return Err(Error::IsDirectory { input });
    }
    if meta.len() > max_bytes {
        return Err(Error::TooLarge {
            input,
            size: meta.len(),
            limit: max_bytes,
        });
    }
    std::fs::read(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })
}

fn line_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    starts
}

/// A line is blank when it holds only whitespace, Unicode spaces (no-break, thin,
/// ideographic…) and the BOM included.
fn is_blank(line: &str) -> bool {
    line.chars().all(|c| c.is_whitespace() || c == '\u{feff}')
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// The text of 0-based line `i`, with its terminator.
fn line_text<'t>(text: &'t str, line_starts: &[usize], i: usize) -> &'t str {
    let end = line_starts.get(i + 1).copied().unwrap_or(text.len());
    &text[line_starts[i]..end]
}

/// Whether a line could be a paragraph on its own rather than one line of a
/// hard-wrapped paragraph: it is long, or it ends a sentence.
fn is_paragraph_length(line: &str) -> bool {
    let line = line.trim_end_matches(is_space);
    if line.chars().count() >= PARAGRAPH_LINE_CHARS {
        return true;
    }
    line.trim_end_matches(is_closing)
        .chars()
        .next_back()
        .is_some_and(is_terminal)
}

/// The paragraph rule for a text: blank lines, unless the user says otherwise,
/// the text has several lines and no blank line, or every line that shares a
/// block with another is paragraph-length.
fn paragraph_rule(
    text: &str,
    line_starts: &[usize],
    mode: ParagraphMode,
) -> (ParagraphRule, RuleReason) {
    match mode {
        ParagraphMode::Blank => return (ParagraphRule::Blank, RuleReason::Given),
        ParagraphMode::Line => return (ParagraphRule::Line, RuleReason::Given),
        ParagraphMode::Auto => {}
    }
    let mut blocks = 0usize;
    let mut multi_line_blocks = 0usize;
    let mut all_paragraph_length = true;
    let mut block_len = 0usize;
    let mut first_of_block = "";
    for i in 0..=line_starts.len() {
        let line = (i < line_starts.len()).then(|| line_text(text, line_starts, i));
        match line {
            Some(l) if !is_blank(l) => {
                block_len += 1;
                if block_len == 1 {
                    first_of_block = l;
                } else {
                    if block_len == 2 {
                        multi_line_blocks += 1;
                        all_paragraph_length &= is_paragraph_length(first_of_block);
                    }
                    all_paragraph_length &= is_paragraph_length(l);
                }
            }
            _ => {
                if block_len > 0 {
                    blocks += 1;
                }
                block_len = 0;
            }
        }
    }
    if multi_line_blocks == 0 {
        (ParagraphRule::Blank, RuleReason::BlankLines)
    } else if blocks == 1 {
        (ParagraphRule::Line, RuleReason::NoBlankLine)
    } else if all_paragraph_length {
        (ParagraphRule::Line, RuleReason::ParagraphLengthLines)
    } else {
        (ParagraphRule::Blank, RuleReason::BlankLines)
    }
}

/// The paragraphs of `text` by `rule`; `cut` counts the paragraphs over
/// `MAX_PARAGRAPH_WORDS` that were cut into pieces.
fn segment_paragraphs(
    text: &str,
    line_starts: &[usize],
    rule: ParagraphRule,
    cut: &mut usize,
) -> Vec<Paragraph> {
    let mut paragraphs = Vec::new();
    let mut push = |first: usize, last: usize| {
        let raw_start = line_starts[first];
        let raw_end = line_starts.get(last + 1).copied().unwrap_or(text.len());
        let raw = &text[raw_start..raw_end];
        let lead = raw.len() - raw.trim_start_matches(is_space).len();
        let trail = raw.len() - raw.trim_end_matches(is_space).len();
        let (start, end) = (raw_start + lead, raw_end - trail);
        let whole = Paragraph {
            index: 0,
            start,
            end,
            lines: (first + 1, last + 1),
            sentences: split_sentences(text, start, end),
            tokens: tokenize(text, start, end),
        };
        let pieces = cut_long_paragraph(text, line_starts, whole);
        *cut += usize::from(pieces.len() > 1);
        for mut piece in pieces {
            piece.index = paragraphs.len();
            paragraphs.push(piece);
        }
    };
    let mut current: Option<(usize, usize)> = None; // (first line idx, last line idx)
    let n = line_starts.len();
    for i in 0..=n {
        let blank = i == n || is_blank(line_text(text, line_starts, i));
        match (blank, current) {
            (false, None) => current = Some((i, i)),
            (false, Some((first, last))) => {
                if rule == ParagraphRule::Line {
                    push(first, last);
                    current = Some((i, i));
                } else {
                    current = Some((first, i));
                }
            }
            (true, Some((first, last))) => {
                push(first, last);
                current = None;
            }
            (true, None) => {}
        }
    }
    paragraphs
}

/// A paragraph of more words than this is cut into pieces of at most this
/// many, at sentence ends where it can and between words inside a sentence
/// longer than that. A news paragraph has under 300 words; checks compare the
/// names, words and numbers of an aligned pair with each other, at a cost that
/// grows with the square of its words, so this cap keeps the cost of any input
/// linear in its length. The report counts the paragraphs cut.
pub const MAX_PARAGRAPH_WORDS: usize = 500;

/// `p` as it is, or cut into pieces of at most `MAX_PARAGRAPH_WORDS` words
/// (indices left to the caller).
fn cut_long_paragraph(text: &str, line_starts: &[usize], p: Paragraph) -> Vec<Paragraph> {
    if p.tokens.len() <= MAX_PARAGRAPH_WORDS {
        return vec![p];
    }
    let first_token_from = |offset: usize| p.tokens.partition_point(|t| t.start < offset);
    // Byte offsets where pieces start, after the first.
    let mut cuts = Vec::new();
    let mut piece_from = 0; // token index where the current piece starts
    for s in &p.sentences {
        let (a, b) = (first_token_from(s.start), first_token_from(s.end));
        if b - piece_from <= MAX_PARAGRAPH_WORDS {
            continue;
        }
        if a > piece_from {
            cuts.push(s.start);
            piece_from = a;
        }
        while b - piece_from > MAX_PARAGRAPH_WORDS {
            piece_from += MAX_PARAGRAPH_WORDS;
            cuts.push(p.tokens[piece_from].start);
        }
    }
    let line_of = |offset: usize| line_starts.partition_point(|&s| s <= offset);
    let bounds: Vec<usize> = std::iter::once(p.start)
        .chain(cuts)
        .chain(std::iter::once(p.end))
        .collect();
    bounds
        .windows(2)
        .filter_map(|w| {
            let raw = &text[w[0]..w[1]];
            let start = w[0] + (raw.len() - raw.trim_start_matches(is_space).len());
            let end = w[1] - (raw.len() - raw.trim_end_matches(is_space).len());
            if start >= end {
                return None;
            }
            let sentences = p
                .sentences
                .iter()
                .filter(|s| s.start < end && s.end > start)
                .map(|s| s.start.max(start)..s.end.min(end))
                .collect();
            let tokens = p.tokens[first_token_from(start)..first_token_from(end)].to_vec();
            Some(Paragraph {
                index: 0,
                start,
                end,
                lines: (line_of(start), line_of(end - 1)),
                sentences,
                tokens,
            })
        })
        .collect()
}

/// Word tokens of `text[start..end]`, by Unicode word boundaries (UAX #29). A
/// token must contain a letter or a digit; punctuation and spaces are dropped.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    text[start..end]
        .split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(|c| c.is_alphanumeric()))
        .map(|(i, w)| Token {
            start: start + i,
            end: start + i + w.len(),
        })
        .collect()
}

/// Abbreviations after which a full stop does not end a sentence, across the
/// supported Latin-script languages (compared case-folded, without the dot).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "sra", "srta", "jr", "gen", "col", "lt", "sgt",
    "gov", "sen", "rep", "rev", "vs", "etc", "e.g", "i.e", "cf", "no", "nr", "nº", "art", "p",
    "pp", "vol", "fig", "approx", "av", "avda", "mme", "mlle", "mgr", "me", "dott", "sig", "hr",
    "fr", "bzw", "z.b", "u.a", "d.h", "ca", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "u.s", "u.k", "ee.uu",
    "s.a", "ud", "uds", "dña", "d", "mons", "ing", "lic",
];

/// True when the word ending at a full stop is an abbreviation or an initial.
pub fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    if w.chars().count() == 1 && w.chars().all(|c| c.is_uppercase()) {
        return true; // an initial: "J. Smith"
    }
    let lower = w.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？')
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '›')
}

/// Sentence ranges of `text[start..end]`. A sentence ends at `.`, `!`, `?` or
/// `…` (with any closing quotes or brackets) followed by whitespace, unless the
/// full stop closes an abbreviation or an initial. CJK full stops end a sentence
/// without a following space. The case of the next word is not consulted, so
/// "leaders. company" is two sentences, which is what the garbled check needs.
pub fn split_sentences(text: &str, start: usize, end: usize) -> Vec<Range<usize>> {
    let para = &text[start..end];
    let mut out = Vec::new();
    let mut sent_start = 0;
    let chars: Vec<(usize, char)> = para.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if !is_terminal(c) {
            i += 1;
            continue;
        }
        // The run of terminals and closings from here ends at `j`; whichever of
        // its terminals ends the sentence, the sentence ends at `j`. The run is
        // looked at once, so a line of a hundred thousand dots costs its length.
        let mut j = i + 1;
        while j < chars.len() && (is_terminal(chars[j].1) || is_closing(chars[j].1)) {
            j += 1;
        }
        let at_space = j < chars.len() && chars[j].1.is_whitespace();
        let ends = chars[i..j].iter().any(|&(pos, c)| {
            let cjk = matches!(c, '。' | '！' | '？');
            is_terminal(c)
                && (cjk || at_space)
                && !(c == '.' && ends_with_abbreviation(&para[sent_start..pos]))
        });
        if ends {
            let sent_end = if j < chars.len() {
                chars[j].0
            } else {
                para.len()
            };
            push_sentence(&mut out, para, start, sent_start, sent_end);
            while j < chars.len() && chars[j].1.is_whitespace() {
                j += 1;
            }
            sent_start = if j < chars.len() {
                chars[j].0
            } else {
                para.len()
            };
        }
        i = j;
    }
    push_sentence(&mut out, para, start, sent_start, para.len());
    out
}

fn push_sentence(out: &mut Vec<Range<usize>>, para: &str, base: usize, s: usize, e: usize) {
    let piece = &para[s..e];
    let trimmed = piece.trim_end();
    if !trimmed.trim().is_empty() {
        out.push(base + s..base + s + trimmed.len());
    }
}

/// The longest abbreviation in bytes ("approx", "avda", "ee.uu" in any case and
/// script); a longer last word is not looked up, which keeps the look-back
/// short however long the word before a full stop is.
const MAX_ABBREVIATION_BYTES: usize = 24;

fn ends_with_abbreviation(before: &str) -> bool {
    let mut from = before.len().saturating_sub(MAX_ABBREVIATION_BYTES + 1);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let tail = &before[from..];
    let word = tail
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    if from > 0 && word.len() == tail.len() {
        return false; // the word goes on further back: too long to be one
    }
    !word.is_empty() && is_abbreviation(word)
}

/// The comparison form of a word: NFC, Unicode spaces and typographic apostrophes
/// unified, lower-cased. This is what lexicon look-ups and cross-language
/// comparisons use.
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        // The common case, and already in NFC.
        return word
            .replace(['\t', '\n', '\r', '\x0b', '\x0c'], " ")
            .to_ascii_lowercase();
    }
    word.nfc()
        .map(|c| match c {
            '’' | 'ʼ' | '‘' => '\'',
            c if c.is_whitespace() => ' ',
            c => c,
        })
        .collect::<String>()
        .to_lowercase()
}

/// `fold` plus diacritics removed ("Élysée" → "elysee"), for name matching.
pub fn fold_diacritics(word: &str) -> String {
    if word.is_ascii() {
        return fold(word);
    }
    fold(word)
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            'ß' => 's',
            'ø' => 'o',
            'ł' => 'l',
            'đ' => 'd',
            'æ' => 'a',
            'œ' => 'o',
            c => c,
        })
        .collect()
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
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn doc(text: &str) -> Document {
        test_document(text, Lang::En)
    }

    #[test]
    fn folded_prefix_search_agrees_with_folding_the_prefix() {
        // Long enough for several fold pieces, with what folding joins or
        // reads in context: combining marks, a final sigma, odd white space.
        let piece =
            "Ὀδυσσεύς ΟΔΥΣΣΕΥΣ e\u{301}le\u{300}ve Ĳssel İstanbul \t\u{a0}ẞtraße\u{2003}Ǆemal ";
        let text = piece.repeat(12);
        let d = doc(&text);
        let needles = [
            "οδυσσευς",
            "οδυσσευσ ",
            "ς ",
            "eleve",
            "eleve ist",
            "s i",
            "strasse",
            " ",
            "dzemal",
            "ǆemal",
            "x",
        ];
        for end in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let folded = fold_diacritics(&text[..end]);
            for n in needles {
                assert_eq!(
                    d.folded_before_contains(end, n),
                    folded.contains(n),
                    "{n:?} before {end}"
                );
            }
        }
    }

    #[test]
    fn splits_paragraphs_on_blank_lines_with_unicode_spaces() {
        let d = doc("\u{feff}Title\r\n\r\nFirst line\r\nsecond line\r\n \u{a0}\r\nLast\u{a0}");
        assert_eq!(d.paragraphs.len(), 3);
        assert_eq!(d.para_text(0), "Title");
        assert_eq!(d.para_text(1), "First line\r\nsecond line");
        assert_eq!(d.paragraphs[1].lines, (3, 4));
        assert_eq!(d.para_text(2), "Last");
        assert_eq!(d.paragraphs[2].lines, (6, 6));
    }

    fn paras(text: &str, mode: ParagraphMode) -> (Vec<String>, ParagraphRule, RuleReason) {
        let d = Document::with_paragraphs(
            "t",
            text.to_string(),
            LangInfo {
                lang: Lang::En,
                method: crate::lang::LangMethod::Given,
                confidence: 1.0,
            },
            mode,
        );
        let texts = (0..d.paragraphs.len())
            .map(|i| d.para_text(i).to_string())
            .collect();
        (texts, d.paragraph_rule, d.paragraph_reason)
    }

    #[test]
    fn text_without_blank_lines_is_one_paragraph_per_line() {
        let (p, rule, why) = paras("Title\r\nFirst one.\nSecond one.\n", ParagraphMode::Auto);
        assert_eq!(p, ["Title", "First one.", "Second one."]);
        assert_eq!((rule, why), (ParagraphRule::Line, RuleReason::NoBlankLine));
        let (p, rule, why) = paras("Title\nFirst one.\n", ParagraphMode::Blank);
        assert_eq!(p, ["Title\nFirst one."]);
        assert_eq!((rule, why), (ParagraphRule::Blank, RuleReason::Given));
    }

    #[test]
    fn hard_wrapped_paragraphs_between_blank_lines_stay_whole() {
        let text = "The minister said on Monday that the plan\nwould be ready by June.\n\nNext.\n";
        let (p, rule, why) = paras(text, ParagraphMode::Auto);
        assert_eq!(p.len(), 2);
        assert_eq!((rule, why), (ParagraphRule::Blank, RuleReason::BlankLines));
        // One paragraph, several lines, and no blank line: one per line.
        let (p, ..) = paras("one\ntwo\n", ParagraphMode::Auto);
        assert_eq!(p, ["one", "two"]);
        // A single line: the rules agree.
        let (p, rule, _) = paras("one line", ParagraphMode::Auto);
        assert_eq!((p.len(), rule), (1, ParagraphRule::Blank));
        let (p, ..) = paras("one\ntwo\n\nthree\n", ParagraphMode::Line);
        assert_eq!(p, ["one", "two", "three"]);
    }

    #[test]
    fn paragraph_length_lines_with_some_blank_lines_are_one_paragraph_each() {
        let text =
            "Headline\n\nThe minister spoke.\nShe said “no.”\n\nAnd left.\nThen came back.\n";
        let (p, rule, why) = paras(text, ParagraphMode::Auto);
        assert_eq!(
            p,
            [
                "Headline",
                "The minister spoke.",
                "She said “no.”",
                "And left.",
                "Then came back."
            ]
        );
        assert_eq!(
            (rule, why),
            (ParagraphRule::Line, RuleReason::ParagraphLengthLines)
        );
        let long = "word ".repeat(30);
        let text = format!("{long}\n{long}\n\nEnd.\n");
        assert_eq!(paras(&text, ParagraphMode::Auto).0.len(), 3);
    }

    #[test]
    fn runs_of_dots_and_long_words_before_a_full_stop_split_as_before() {
        let d = doc("Wait... what?! Yes.. nope. Mr. Smith. etc.. done");
        let p = &d.paragraphs[0];
        let s: Vec<&str> = p.sentences.iter().map(|r| d.slice(r.clone())).collect();
        assert_eq!(
            s,
            vec![
                "Wait...",
                "what?!",
                "Yes..",
                "nope.",
                "Mr. Smith.",
                "etc.. done"
            ]
        );
        let long = format!("{}. Next", "x".repeat(100));
        let d = doc(&long);
        assert_eq!(d.paragraphs[0].sentences.len(), 2);
        let dots = format!("{}{}", ".".repeat(1000), "7".repeat(1000));
        let d = doc(&dots);
        assert_eq!(d.paragraphs[0].sentences.len(), 1);
    }

    #[test]
    fn columns_on_long_lines_count_characters_from_the_line_start() {
        let text = format!("ab\n{}Ωx\n{}y", "é".repeat(5000), "z".repeat(9000));
        let d = doc(&text);
        let x = text.find('x').unwrap();
        assert_eq!((d.span(x..x + 1).line, d.span(x..x + 1).column), (2, 5002));
        let y = text.find('y').unwrap();
        assert_eq!((d.span(y..y + 1).line, d.span(y..y + 1).column), (3, 9001));
        assert_eq!(d.span(0..1).column, 1);
    }

    #[test]
    fn a_paragraph_over_the_word_cap_is_cut_at_sentence_ends_then_between_words() {
        let sentence = "one two three four five six seven eight nine ten. ";
        let long_sentence = "word ".repeat(2 * MAX_PARAGRAPH_WORDS + 10);
        let text = format!(
            "Short.\n\n{}{}\nlast line.\n",
            sentence.repeat(MAX_PARAGRAPH_WORDS * 3 / 20),
            long_sentence
        );
        // Blank lines only: the two lines of the long paragraph are one paragraph.
        let d = Document::with_paragraphs(
            "t",
            text,
            LangInfo {
                lang: Lang::En,
                method: crate::lang::LangMethod::Given,
                confidence: 1.0,
            },
            ParagraphMode::Blank,
        );
        assert_eq!(d.paragraphs_cut, 1);
        let words: Vec<usize> = d.paragraphs.iter().map(|p| p.word_count()).collect();
        // Sentences of ten words making one and a half times the cap: cut at
        // the cap; then the long sentence is cut between words at the cap.
        assert!(words.iter().all(|&w| w <= MAX_PARAGRAPH_WORDS), "{words:?}");
        assert_eq!(
            words.iter().sum::<usize>(),
            1 + MAX_PARAGRAPH_WORDS * 3 / 2 + 2 * MAX_PARAGRAPH_WORDS + 10 + 2
        );
        assert_eq!(words[1], MAX_PARAGRAPH_WORDS);
        assert_eq!(words[2], MAX_PARAGRAPH_WORDS / 2);
        assert!(d.para_text(1).ends_with("ten."));
        assert!(d.para_text(2).starts_with("one two"));
        for (i, p) in d.paragraphs.iter().enumerate() {
            assert_eq!(p.index, i);
            assert!(p
                .sentences
                .iter()
                .all(|s| p.start <= s.start && s.end <= p.end));
            assert!(p
                .tokens
                .iter()
                .all(|t| p.start <= t.start && t.end <= p.end));
        }
        let last = d.paragraphs.last().unwrap();
        assert_eq!(last.lines, (3, 4));
        assert_eq!(d.paragraphs[1].lines, (3, 3));
    }

    #[test]
    fn spans_point_into_the_original_bytes() {
        let d = doc("\u{feff}Caf\u{e9} d\u{e9}j\u{e0}\n\nJoel Saget AFP / Archivos");
        let p = &d.paragraphs[1];
        let tok = p.tokens.last().unwrap();
        let span = d.span(tok.range());
        assert_eq!(span.text, "Archivos");
        assert_eq!((span.line, span.column), (3, 18));
        let first = d.span(d.paragraphs[0].tokens[1].range());
        assert_eq!(
            (first.line, first.column, first.text.as_str()),
            (1, 6, "déjà")
        );
    }

    #[test]
    fn sentences_split_at_lowercase_after_full_stop_but_not_abbreviations() {
        let d =
            doc("About 65 leaders. company from different countries. Mr. Smith said 1.5 million.");
        let p = &d.paragraphs[0];
        let s: Vec<&str> = p.sentences.iter().map(|r| d.slice(r.clone())).collect();
        assert_eq!(
            s,
            vec![
                "About 65 leaders.",
                "company from different countries.",
                "Mr. Smith said 1.5 million."
            ]
        );
    }

    #[test]
    fn folds_for_comparison() {
        assert_eq!(fold("Walla\tNEWS"), "walla news");
        assert_eq!(fold_diacritics("Bennett"), "bennett");
        assert_eq!(fold("L’Élysée"), "l'élysée");
        assert_eq!(fold_diacritics("Élysée"), "elysee");
        assert_eq!(fold("E\u{301}lyse\u{301}e"), fold("Élysée"));
    }

    #[test]
    fn rejects_binary_invalid_and_empty_input() {
        assert!(matches!(
            decode("x", b"ab\0cd".to_vec(), 100),
            Err(Error::Binary { offset: 2, .. })
        ));
        assert!(matches!(
            decode("x", b"abc\xffdef".to_vec(), 100),
            Err(Error::InvalidUtf8 { offset: 3, .. })
        ));
        assert!(matches!(
            decode("x", b" \n\n ".to_vec(), 100),
            Err(Error::Empty { .. })
        ));
        assert!(matches!(
            decode("x", vec![b'a'; 101], 100),
            Err(Error::TooLarge { .. })
        ));
    }
}
