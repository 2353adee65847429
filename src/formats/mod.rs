//! Wire and translation-tool formats: XLIFF 1.2 and 2.x (both sides in one
//! file), NITF 3.x and NewsML-G2 (one side per file). Each is read into the
//! text the checks see — one line per paragraph, inline codes left out — with a
//! map from every character back to the bytes of the file, so that a finding
//! can name its element (path, line, XLIFF unit id) and be written back into
//! the file (`--format xliff`). The format is found from the content: the root
//! element and its version or namespace, not the file name.

pub mod news;
pub mod xliff;
pub mod xml;

use crate::document::{Document, ParagraphMode, RuleReason};
use crate::error::{Error, Result};
use crate::lang::{Lang, LangInfo, LangMethod};
use serde::Serialize;
use std::ops::Range;
use std::path::Path;

/// Where a paragraph of the checked text came from in a markup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Origin {
    /// The XLIFF unit (`trans-unit` or `unit`) id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Element path, `/nitf/body[1]/body.content[1]/p[3]`.
    pub path: String,
    /// 1-based line of the element in the file.
    pub line: usize,
    /// Byte range of the paragraph in the checked text (not serialised).
    #[serde(skip)]
    pub range: Range<usize>,
}

/// A run of the checked text and the bytes of the file it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub out: Range<usize>,
    /// `None` for text mtcheck put in (a space between two segments). A run as
    /// long as its raw bytes is literal text; otherwise it is one reference.
    pub raw: Option<Range<usize>>,
    /// Pieces with the same node are one stretch of character data with no
    /// tag between them: a span inside one can be wrapped in an element.
    pub node: usize,
}

/// Builds the checked text of one side: one region (paragraph) per element.
#[derive(Debug, Default)]
pub struct Extract {
    pub text: String,
    pub pieces: Vec<Piece>,
    pub origins: Vec<Origin>,
    line: usize,
    node: usize,
    open: Option<(usize, Origin)>,
}

impl Extract {
    pub fn new() -> Extract {
        Extract {
            line: 1,
            ..Extract::default()
        }
    }

    /// Start a paragraph whose element is on line `line` of the file. It is put
    /// on that line of the checked text when the paragraphs before leave room,
    /// so that reports show the file's line numbers.
    pub fn begin(&mut self, origin: Origin) {
        self.end();
        let newlines = if self.text.is_empty() {
            origin.line.saturating_sub(1)
        } else {
            origin.line.saturating_sub(self.line).max(1)
        };
        self.text.extend(std::iter::repeat_n('\n', newlines));
        self.line += newlines;
        self.node += 1;
        self.open = Some((self.text.len(), origin));
    }

    /// Element path and line of each paragraph, in order.
    pub fn places(&self) -> Vec<(&str, usize)> {
        self.origins
            .iter()
            .map(|o| (o.path.as_str(), o.line))
            .collect()
    }

    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }

    /// End the open paragraph, if any.
    pub fn end(&mut self) {
        if let Some((start, mut origin)) = self.open.take() {
            origin.range = start..self.text.len();
            self.origins.push(origin);
        }
    }

    /// A tag: the next text is a new stretch of character data.
    pub fn boundary(&mut self) {
        self.node += 1;
    }

    fn push(&mut self, s: &str, raw: Option<Range<usize>>) {
        let start = self.text.len();
        // A paragraph is one line: line breaks in the markup are spaces.
        self.text.extend(
            s.chars()
                .map(|c| if matches!(c, '\n' | '\r') { ' ' } else { c }),
        );
        self.pieces.push(Piece {
            out: start..self.text.len(),
            raw,
            node: self.node,
        });
    }

    /// Character data as written at byte `at` of the file (references not yet
    /// decoded). Text outside an open paragraph is ignored.
    pub fn text(&mut self, raw: &str, at: usize) {
        if self.open.is_none() {
            return;
        }
        let mut rest = raw;
        let mut pos = at;
        while let Some(amp) = rest.find('&') {
            let decoded = rest[amp + 1..]
                .find(';')
                .and_then(|semi| Some((xml::reference(&rest[amp + 1..amp + 1 + semi])?, semi)));
            let Some((c, semi)) = decoded else {
                self.literal(&rest[..amp + 1], pos);
                pos += amp + 1;
                rest = &rest[amp + 1..];
                continue;
            };
            self.literal(&rest[..amp], pos);
            let len = amp + semi + 2;
            let mut buf = [0u8; 4];
            self.push(c.encode_utf8(&mut buf), Some(pos + amp..pos + len));
            pos += len;
            rest = &rest[len..];
        }
        self.literal(rest, pos);
    }

    fn literal(&mut self, s: &str, at: usize) {
        if !s.is_empty() {
            self.push(s, Some(at..at + s.len()));
        }
    }

    /// A CDATA section's content at byte `at`: literal, but no element can be
    /// put inside it.
    pub fn cdata(&mut self, content: &str, at: usize) {
        if self.open.is_none() {
            return;
        }
        self.node += 1;
        self.literal(content, at);
        self.node += 1;
    }

    /// Text mtcheck adds (a space joining two segments) unless the paragraph
    /// already ends in a space.
    pub fn separator(&mut self) {
        // A new element: no span from before it can be wrapped with one after.
        self.node += 1;
        if let Some((start, _)) = &self.open {
            if self.text.len() > *start && !self.text.ends_with(' ') {
                self.push(" ", None);
            }
        }
    }

    /// The checked text as a document, one paragraph per line.
    pub fn into_document(mut self, name: impl Into<String>, lang: LangInfo) -> Document {
        self.end();
        let mut doc = Document::with_paragraphs(name, self.text, lang, ParagraphMode::Line);
        doc.paragraph_reason = RuleReason::Markup;
        doc.origins = self.origins;
        doc
    }
}

/// The raw byte range of checked-text range `out`, when it lies inside one
/// stretch of character data (so that an element can be put around it).
pub fn raw_range(pieces: &[Piece], out: Range<usize>) -> Option<Range<usize>> {
    if out.start >= out.end {
        return None;
    }
    let first = pieces.partition_point(|p| p.out.end <= out.start);
    let last = pieces.partition_point(|p| p.out.end < out.end);
    let (a, b) = (pieces.get(first)?, pieces.get(last)?);
    if a.node != b.node || !(a.out.start <= out.start && out.end <= b.out.end) {
        return None;
    }
    let (ra, rb) = (a.raw.clone()?, b.raw.clone()?);
    let literal = |p: &Piece, r: &Range<usize>| r.len() == p.out.len();
    let start = if literal(a, &ra) {
        ra.start + (out.start - a.out.start)
    } else if out.start == a.out.start {
        ra.start
    } else {
        return None;
    };
    let end = if literal(b, &rb) {
        rb.start + (out.end - b.out.start)
    } else if out.end == b.out.end {
        rb.end
    } else {
        return None;
    };
    // Every piece between must be of the same node and mapped.
    pieces[first..=last]
        .iter()
        .all(|p| p.raw.is_some() && p.node == a.node)
        .then_some(start..end)
}

/// What a file holds, found from its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Xliff,
    Nitf,
    NewsMl,
}

impl Kind {
    /// The kind of a decoded file: the root element decides; text that does
    /// not start with an element, or whose root mtcheck does not know, is plain
    /// text as before — unless it has an XML declaration, when an unknown root
    /// or an XML error before the root is an error.
    pub fn of(input: &str, text: &str) -> Result<Kind> {
        let declared = text.trim_start().starts_with("<?xml");
        let bad = |message: String| Error::Format {
            input: input.to_string(),
            message,
        };
        let root = match xml::root_name(input, text) {
            Ok(root) => root,
            Err(e) if declared => return Err(e),
            Err(_) => return Ok(Kind::Text),
        };
        match root.as_deref() {
            Some("xliff") => Ok(Kind::Xliff),
            Some("nitf") => Ok(Kind::Nitf),
            Some("newsItem" | "newsMessage" | "contentSet") => Ok(Kind::NewsMl),
            Some(other) if declared => Err(bad(format!(
                "XML with root element <{other}> is not XLIFF, NITF or NewsML-G2"
            ))),
            None if declared => Err(bad("XML declaration but no root element".to_string())),
            _ => Ok(Kind::Text),
        }
    }
}

/// One side of a pair as read from a file.
#[derive(Debug)]
pub enum Loaded {
    /// Plain UTF-8 text, as `document::read_file` returns it.
    Text(String),
    /// A NITF or NewsML-G2 article: its checked text and declared language.
    Article(news::Article),
    /// An XLIFF file: both sides.
    Xliff(Box<xliff::Xliff>),
}

/// Whether the bytes look like XML (after a byte-order mark and spaces).
fn looks_like_xml(bytes: &[u8]) -> bool {
    let body = match encoding_rs::Encoding::for_bom(bytes) {
        Some((enc, len)) if enc == encoding_rs::UTF_8 => &bytes[len..],
        Some(_) => return true, // UTF-16 with a BOM: only XML is read that way
        None => bytes,
    };
    body.iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|&b| b == b'<')
}

/// Read a file of any supported format. Plain text keeps every rule of
/// [`crate::document::read_file`]; markup is decoded by its declared encoding
/// and parsed, with errors naming the file, line and column.
pub fn load(path: &Path, max_bytes: u64) -> Result<Loaded> {
    let bytes = crate::document::read_bytes(path, max_bytes)?;
    load_bytes(&path.display().to_string(), bytes, max_bytes)
}

/// As [`load`], for bytes already read; `input` names them in errors.
pub fn load_bytes(input: &str, bytes: Vec<u8>, max_bytes: u64) -> Result<Loaded> {
    if !looks_like_xml(&bytes) {
        return crate::document::decode(input, bytes, max_bytes).map(Loaded::Text);
    }
    if bytes.len() as u64 > max_bytes {
        return Err(Error::TooLarge {
            input: input.to_string(),
            size: bytes.len() as u64,
            limit: max_bytes,
        });
    }
    let decoded = xml::decode(input, &bytes)?;
    let kind = Kind::of(input, &decoded.text)?;
    match kind {
        Kind::Text => crate::document::decode(input, bytes, max_bytes).map(Loaded::Text),
        Kind::Xliff => xliff::read(input, decoded).map(|x| Loaded::Xliff(Box::new(x))),
        Kind::Nitf | Kind::NewsMl => news::read(input, &decoded.text, kind).map(Loaded::Article),
    }
}

/// A language tag from markup (`en-US`), as a language mtcheck supports.
pub fn declared_lang(tag: Option<&str>) -> Option<LangInfo> {
    let lang: Lang = tag?.parse().ok()?;
    Some(LangInfo {
        lang,
        method: LangMethod::Declared,
        confidence: 1.0,
    })
}

/// Element paths with 1-based indices among same-name siblings.
#[derive(Debug, Default)]
pub struct PathStack {
    frames: Vec<(String, std::collections::HashMap<String, usize>)>,
}

impl PathStack {
    /// Enter element `name`; returns its path.
    pub fn push(&mut self, name: &str) -> String {
        let index = match self.frames.last_mut() {
            Some((_, counts)) => {
                let n = counts.entry(name.to_string()).or_insert(0);
                *n += 1;
                Some(*n)
            }
            None => None,
        };
        let step = match index {
            Some(i) => format!("{name}[{i}]"),
            None => name.to_string(),
        };
        self.frames.push((step, Default::default()));
        self.path()
    }

    pub fn pop(&mut self) {
        self.frames.pop();
    }

    pub fn path(&self) -> String {
        let mut s = String::new();
        for (step, _) in &self.frames {
            s.push('/');
            s.push_str(step);
        }
        s
    }

    pub fn depth(&self) -> usize {
        self.frames.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin(line: usize) -> Origin {
        Origin {
            unit: None,
            path: "/p".into(),
            line,
            range: 0..0,
        }
    }

    #[test]
    fn paragraphs_keep_their_file_lines_and_map_back_to_raw_bytes() {
        let raw = "<p>Fish &amp; chips\n at 5</p>";
        let mut x = Extract::new();
        x.begin(origin(3));
        x.text(&raw[3..25], 3);
        x.end();
        assert_eq!(x.text, "\n\nFish & chips  at 5");
        let at = x.text.find("chips").unwrap();
        let chips = raw.find("chips").unwrap();
        assert_eq!(raw_range(&x.pieces, at..at + 5), Some(chips..chips + 5));
        let amp = x.text.find('&').unwrap();
        assert_eq!(raw_range(&x.pieces, amp..amp + 1), Some(8..13));
        // Part of a reference cannot be mapped; a span across it can.
        assert_eq!(raw_range(&x.pieces, 2..at + 5), Some(3..chips + 5));
    }

    #[test]
    fn a_span_across_a_tag_has_no_raw_range() {
        let mut x = Extract::new();
        x.begin(origin(1));
        x.text("one ", 10);
        x.boundary();
        x.text("two", 20);
        assert_eq!(raw_range(&x.pieces, 0..3), Some(10..13));
        assert_eq!(raw_range(&x.pieces, 0..7), None);
    }

    #[test]
    fn a_span_across_an_end_tag_has_no_raw_range() {
        let raw = "<target>one <g>two</g> three</target>";
        let x = match load_bytes(
            "t.xlf",
            format!("<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"fr\"><body><trans-unit id=\"u\"><source>a</source>{raw}</trans-unit></body></file></xliff>").into_bytes(),
            1 << 20,
        )
        .unwrap()
        {
            Loaded::Xliff(x) => x,
            _ => panic!("not XLIFF"),
        };
        let t = &x.target.text;
        let two = t.find("two").unwrap();
        let three = t.find("three").unwrap();
        assert!(raw_range(&x.target.pieces, two..two + 3).is_some());
        assert_eq!(raw_range(&x.target.pieces, two..three + 5), None);
    }

    #[test]
    fn plain_text_stays_text_and_unknown_xml_is_an_error() {
        assert_eq!(Kind::of("t", "Hello <world>").unwrap(), Kind::Text);
        assert_eq!(Kind::of("t", "<nitf><body/></nitf>").unwrap(), Kind::Nitf);
        assert!(Kind::of("t", "<?xml version=\"1.0\"?><rss/>").is_err());
    }
}
