//! NITF 3.x and NewsML-G2 articles: one side of a pair per file. Paragraphs are
//! the headlines (`hl1`, `hl2`) and the paragraphs of `body.content` (`p`, at
//! any depth) of NITF, with or without its namespace, and `h1`, `h2` and `p` of
//! XHTML; in NewsML-G2 those inside the first `inlineXML` that has any. The
//! language is the one the file declares: `contentMeta/language/@tag`, then
//! NITF `@baselang`, then the nearest `xml:lang` (or XHTML `lang`).

use super::xml::{self, Events};
use super::{Extract, Kind, Origin, PathStack};
use crate::document::Document;
use crate::error::{Error, Result};
use crate::lang::LangInfo;
use quick_xml::events::{BytesStart, Event};

/// An article read from a NITF or NewsML-G2 file.
#[derive(Debug)]
pub struct Article {
    pub extract: Extract,
    /// The language tag the file declares, if any.
    pub lang: Option<String>,
}

impl Article {
    pub fn into_document(self, name: impl Into<String>, lang: LangInfo) -> Document {
        self.extract.into_document(name, lang)
    }
}

/// How strongly a declaration says what language the text is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum LangSource {
    XmlLang,
    BaseLang,
    ContentMeta,
}

struct Reader {
    kind: Kind,
    line_starts: Vec<usize>,
    path: PathStack,
    names: Vec<String>,
    extract: Extract,
    lang: Option<(LangSource, String)>,
    /// Depth of the paragraph element being read.
    capture: Option<usize>,
    /// Depth of the `inlineXML` being read (NewsML-G2), and whether an earlier
    /// one held paragraphs (then later ones are other renditions).
    inline: Option<usize>,
    inline_done: bool,
    body_content: usize,
    body: usize,
    html: usize,
}

/// Whether element `name` is a paragraph where it stands: NITF headlines in
/// `body`, NITF paragraphs in `body.content`, XHTML headings and paragraphs in
/// `html/body`.
fn is_paragraph(name: &str, r: &Reader) -> bool {
    match name {
        "hl1" | "hl2" => r.body > 0,
        "h1" | "h2" => r.html > 0 && r.body > 0,
        "p" => r.body_content > 0 || (r.html > 0 && r.body > 0),
        _ => false,
    }
}

impl Reader {
    fn line(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset)
    }

    fn declare(&mut self, source: LangSource, tag: Option<String>) {
        if let Some(tag) = tag.filter(|t| !t.trim().is_empty()) {
            if self.lang.as_ref().is_none_or(|(s, _)| source > *s) {
                self.lang = Some((source, tag));
            }
        }
    }

    fn reading(&self) -> bool {
        self.kind == Kind::Nitf || (self.inline.is_some() && !self.inline_done)
    }

    fn start(&mut self, e: &BytesStart, at: usize, empty: bool) {
        let name = xml::local_name(e);
        let path = self.path.push(&name);
        let depth = self.path.depth();
        if self.capture.is_some() {
            self.extract.boundary();
        } else {
            match name.as_str() {
                "language" if self.names.last().is_some_and(|p| p == "contentMeta") => {
                    self.declare(LangSource::ContentMeta, xml::attr(e, "tag"));
                }
                "inlineXML" if !self.inline_done && self.inline.is_none() && !empty => {
                    self.inline = Some(depth);
                }
                _ => {}
            }
            if name == "nitf" {
                self.declare(LangSource::BaseLang, xml::attr(e, "baselang"));
            }
            if self.reading() {
                self.declare(LangSource::XmlLang, xml::attr(e, "xml:lang"));
                if name == "html" {
                    self.declare(LangSource::XmlLang, xml::attr(e, "lang"));
                }
                if name == "body.content" {
                    self.body_content += 1;
                }
                if name == "body" {
                    self.body += 1;
                }
                if name == "html" {
                    self.html += 1;
                }
                if !empty && is_paragraph(&name, self) {
                    self.extract.begin(Origin {
                        unit: None,
                        path,
                        line: self.line(at),
                        range: 0..0,
                    });
                    self.capture = Some(depth);
                }
            } else if self.kind == Kind::NewsMl && self.names.is_empty() {
                self.declare(LangSource::XmlLang, xml::attr(e, "xml:lang"));
            }
        }
        if empty {
            self.path.pop();
        } else {
            self.names.push(name);
        }
    }

    fn end(&mut self) {
        let depth = self.path.depth();
        let name = self.names.pop().unwrap_or_default();
        self.path.pop();
        if self.capture == Some(depth) {
            self.capture = None;
            self.extract.end();
            return;
        }
        if self.capture.is_some() {
            // An end tag, like a start tag, ends a stretch of character data.
            self.extract.boundary();
            return;
        }
        match name.as_str() {
            "body.content" => self.body_content = self.body_content.saturating_sub(1),
            "body" => self.body = self.body.saturating_sub(1),
            "html" => self.html = self.html.saturating_sub(1),
            "inlineXML" if self.inline == Some(depth) => {
                self.inline = None;
                self.inline_done = !self.extract.origins.is_empty();
            }
            _ => {}
        }
    }
}

/// Read a NITF or NewsML-G2 file already decoded.
pub fn read(input: &str, text: &str, kind: Kind) -> Result<Article> {
    let mut line_starts = vec![0];
    line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    let mut r = Reader {
        kind,
        line_starts,
        path: PathStack::default(),
        names: Vec::new(),
        extract: Extract::new(),
        lang: None,
        capture: None,
        inline: None,
        inline_done: false,
        body_content: 0,
        body: 0,
        html: 0,
    };
    let mut events = Events::new(input, text);
    while let Some((event, range)) = events.next_event()? {
        match event {
            Event::Start(e) => r.start(&e, range.start, false),
            Event::Empty(e) => r.start(&e, range.start, true),
            Event::End(_) => r.end(),
            Event::Text(t) if r.capture.is_some() => {
                let raw = std::str::from_utf8(&t).unwrap_or_default();
                r.extract.text(raw, range.start);
            }
            Event::CData(c) if r.capture.is_some() => {
                let raw = std::str::from_utf8(&c).unwrap_or_default();
                r.extract.cdata(raw, range.start + "<![CDATA[".len());
            }
            _ => {}
        }
    }
    if !r.extract.text.chars().any(char::is_alphanumeric) {
        let what = match kind {
            Kind::NewsMl => "no paragraphs (hl1, hl2, p or XHTML h1, h2, p) in an inlineXML",
            _ => "no paragraphs (hl1, hl2 or p in body.content)",
        };
        return Err(Error::Format {
            input: input.to_string(),
            message: what.to_string(),
        });
    }
    Ok(Article {
        extract: r.extract,
        lang: r.lang.map(|(_, tag)| tag),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nitf_headlines_and_body_paragraphs_with_paths_and_lines() {
        let text = "<nitf baselang=\"de-DE\">\n<head><title>Nicht lesen</title></head>\n<body><body.head><hedline><hl1>Titel</hl1></hedline></body.head>\n<body.content>\n<p>Erster <em>Absatz</em>.</p>\n<p>Zweiter.</p>\n</body.content></body></nitf>";
        let a = read("a.xml", text, Kind::Nitf).unwrap();
        assert_eq!(a.lang.as_deref(), Some("de-DE"));
        let paths = a.extract.places();
        assert_eq!(
            paths,
            [
                ("/nitf/body[1]/body.head[1]/hedline[1]/hl1[1]", 3),
                ("/nitf/body[1]/body.content[1]/p[1]", 5),
                ("/nitf/body[1]/body.content[1]/p[2]", 6)
            ]
        );
        assert!(a.extract.text.contains("Erster Absatz."));
        assert!(!a.extract.text.contains("Nicht"));
    }
}
