//! Reading XML safely. Bytes are decoded by the byte-order mark or the encoding
//! the XML declaration names (UTF-8, UTF-16, windows-1252, ISO-8859-1 and the
//! other WHATWG encodings), then read with quick-xml, which never expands an
//! entity it was not built with. A DOCTYPE that declares entities is refused
//! before any element is read (an entity bomb costs nothing), character and the
//! five predefined entity references are the only ones decoded, and an error
//! names the input with the line and column it happened at.

use crate::error::{Error, Result};
use encoding_rs::Encoding;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::borrow::Cow;
use std::ops::Range;

/// An XML file decoded to UTF-8, with what it takes to write it back in its
/// own encoding.
#[derive(Debug, Clone)]
pub struct XmlText {
    /// The text after the byte-order mark. Raw offsets point into it.
    pub text: String,
    pub encoding: &'static Encoding,
    /// The byte-order mark as it was, written back before the text.
    pub bom: Vec<u8>,
}

impl XmlText {
    /// `text` (the decoded file with additions) in the file's own encoding.
    /// Characters the encoding cannot hold become character references.
    pub fn encode(&self, text: &str) -> Vec<u8> {
        let mut out = self.bom.clone();
        if self.encoding == encoding_rs::UTF_16LE {
            out.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        } else if self.encoding == encoding_rs::UTF_16BE {
            out.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        } else {
            out.extend_from_slice(&self.encoding.encode(text).0);
        }
        out
    }
}

/// The encoding named by an XML declaration at the start of ASCII-compatible
/// bytes (`<?xml version="1.0" encoding="windows-1252"?>`).
fn declared_encoding(bytes: &[u8]) -> Option<&[u8]> {
    let head = &bytes[..bytes.len().min(512)];
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let end = head.windows(2).position(|w| w == b"?>")?;
    let decl = &head[..end];
    let at = decl.windows(8).position(|w| w == b"encoding")?;
    let rest = &decl[at + 8..];
    let rest = &rest[rest.iter().position(|&b| b == b'=')? + 1..];
    let rest = &rest[rest.iter().position(|&b| b == b'"' || b == b'\'')?..];
    let quote = rest[0];
    let value = &rest[1..];
    Some(&value[..value.iter().position(|&b| b == quote)?])
}

/// Decode an XML file's bytes.
pub fn decode(input: &str, bytes: &[u8]) -> Result<XmlText> {
    let bad = |message: String| Error::Format {
        input: input.to_string(),
        message,
    };
    let (encoding, bom_len) = match Encoding::for_bom(bytes) {
        Some((enc, len)) => (enc, len),
        None => match declared_encoding(bytes) {
            Some(label) => (
                Encoding::for_label(label).ok_or_else(|| {
                    bad(format!(
                        "unsupported encoding {:?} in the XML declaration",
                        String::from_utf8_lossy(label)
                    ))
                })?,
                0,
            ),
            None => (encoding_rs::UTF_8, 0),
        },
    };
    let body = &bytes[bom_len..];
    let text = if encoding == encoding_rs::UTF_8 {
        std::str::from_utf8(body)
            .map_err(|e| Error::InvalidUtf8 {
                input: input.to_string(),
                offset: bom_len + e.valid_up_to(),
            })?
            .to_string()
    } else {
        encoding
            .decode_without_bom_handling_and_without_replacement(body)
            .ok_or_else(|| bad(format!("not valid {} text", encoding.name())))?
            .into_owned()
    };
    if let Some(offset) = text.find('\0') {
        return Err(Error::Binary {
            input: input.to_string(),
            offset,
        });
    }
    Ok(XmlText {
        text,
        encoding,
        bom: bytes[..bom_len].to_vec(),
    })
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// An error at a byte offset of an XML text.
pub fn error_at(input: &str, text: &str, offset: usize, message: impl Into<String>) -> Error {
    let (line, column) = line_column(text, offset);
    Error::Xml {
        input: input.to_string(),
        line,
        column,
        message: message.into(),
    }
}

/// The events of an XML text with their byte ranges, checked as they come.
pub struct Events<'a> {
    reader: Reader<&'a [u8]>,
    text: &'a str,
    input: &'a str,
    depth: usize,
    done: bool,
    /// The root element has ended: only comments, processing instructions and
    /// spaces may follow.
    root_closed: bool,
}

impl<'a> Events<'a> {
    pub fn new(input: &'a str, text: &'a str) -> Events<'a> {
        let mut reader = Reader::from_str(text);
        let config = reader.config_mut();
        config.trim_text(false);
        config.check_end_names = true;
        config.expand_empty_elements = false;
        Events {
            reader,
            text,
            input,
            depth: 0,
            done: false,
            root_closed: false,
        }
    }

    fn position(&self) -> usize {
        usize::try_from(self.reader.buffer_position()).unwrap_or(usize::MAX)
    }

    /// The next event and its byte range, `None` at the end of a well-formed
    /// document.
    pub fn next_event(&mut self) -> Result<Option<(Event<'a>, Range<usize>)>> {
        if self.done {
            return Ok(None);
        }
        let start = self.position();
        let event = match self.reader.read_event() {
            Ok(e) => e,
            Err(e) => {
                let at = usize::try_from(self.reader.error_position()).unwrap_or(start);
                return Err(error_at(
                    self.input,
                    self.text,
                    at,
                    format!("malformed XML: {e}"),
                ));
            }
        };
        let end = self.position();
        let after_root = match &event {
            Event::Start(_) | Event::Empty(_) | Event::End(_) | Event::CData(_) => true,
            Event::Text(t) => !t.iter().all(u8::is_ascii_whitespace),
            _ => false,
        };
        if self.root_closed && after_root {
            return Err(error_at(
                self.input,
                self.text,
                start,
                "malformed XML: content after the root element",
            ));
        }
        match &event {
            Event::DocType(d) => {
                let raw = String::from_utf8_lossy(d).to_ascii_uppercase();
                if raw.contains("<!ENTITY") {
                    return Err(error_at(
                        self.input,
                        self.text,
                        start,
                        "the DOCTYPE declares entities; refused (entities are never expanded)",
                    ));
                }
            }
            Event::Start(_) => self.depth += 1,
            Event::Empty(_) => self.root_closed |= self.depth == 0,
            Event::End(_) => {
                self.depth = self.depth.saturating_sub(1);
                self.root_closed |= self.depth == 0;
            }
            Event::Eof => {
                self.done = true;
                if self.depth > 0 {
                    return Err(error_at(
                        self.input,
                        self.text,
                        self.text.len(),
                        "malformed XML: the file ends inside an element",
                    ));
                }
                return Ok(None);
            }
            _ => {}
        }
        Ok(Some((event, start..end)))
    }
}

/// The local name of an element (`its:locQualityIssue` → `locQualityIssue`).
pub fn local_name(e: &BytesStart) -> String {
    String::from_utf8_lossy(e.local_name().as_ref()).into_owned()
}

/// The value of attribute `name` (qualified, as written), references decoded.
pub fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.as_ref() == name.as_bytes())
            .then(|| unescape(&String::from_utf8_lossy(&a.value)).into_owned())
    })
}

/// Decode one entity or character reference (`amp`, `#233`, `#xE9`); `None`
/// for anything else, which is then kept as written.
pub fn reference(name: &str) -> Option<char> {
    match name {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "apos" => Some('\''),
        "quot" => Some('"'),
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code).filter(|&c| c != '\0')
        }
    }
}

/// Decode the references in `raw`, keeping unknown ones as written.
pub fn unescape(raw: &str) -> Cow<'_, str> {
    if !raw.contains('&') {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        match after
            .find(';')
            .and_then(|semi| Some((reference(&after[..semi])?, semi)))
        {
            Some((c, semi)) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The local name of the root element: `Ok(None)` when the text does not
/// start with `<` after spaces or has text before any element; the XML error
/// when one comes before the root element.
pub fn root_name(input: &str, text: &str) -> Result<Option<String>> {
    if !text.trim_start().starts_with('<') {
        return Ok(None);
    }
    let mut events = Events::new(input, text);
    while let Some((event, _)) = events.next_event()? {
        match event {
            Event::Start(e) | Event::Empty(e) => return Ok(Some(local_name(&e))),
            Event::Text(t) if !t.iter().all(u8::is_ascii_whitespace) => return Ok(None),
            _ => {}
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_declared_legacy_encodings() {
        let bytes = b"<?xml version=\"1.0\" encoding=\"windows-1252\"?><p>caf\xe9 \x80 10</p>";
        let x = decode("t", bytes).unwrap();
        assert!(x.text.ends_with("<p>café € 10</p>"));
        assert_eq!(x.encode(&x.text), bytes.to_vec());
        let latin1 = b"<?xml version='1.0' encoding='ISO-8859-1'?><p>Gr\xfc\xdfe</p>";
        assert!(decode("t", latin1).unwrap().text.contains("Grüße"));
    }

    #[test]
    fn refuses_entity_declarations_with_position() {
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x \"y\">]>\n<a>&x;</a>";
        let mut ev = Events::new("in.xml", text);
        let err = loop {
            match ev.next_event() {
                Err(e) => break e.to_string(),
                Ok(None) => panic!("accepted"),
                Ok(Some(_)) => {}
            }
        };
        assert!(err.starts_with("in.xml:2:1:"), "{err}");
        assert!(err.contains("entities"), "{err}");
    }

    #[test]
    fn refuses_content_after_the_root_element() {
        let mut ev = Events::new("t", "<a>x</a>\n<!-- ok -->\n<b/>");
        let err = loop {
            match ev.next_event() {
                Err(e) => break e.to_string(),
                Ok(None) => panic!("accepted"),
                Ok(Some(_)) => {}
            }
        };
        assert_eq!(err, "t:3:1: malformed XML: content after the root element");
    }

    #[test]
    fn unescapes_only_predefined_and_character_references() {
        assert_eq!(
            unescape("a &amp; b &#233;&#xE9; &nbsp; &"),
            "a & b éé &nbsp; &"
        );
    }
}
