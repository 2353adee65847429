//! XLIFF 1.2 and 2.x: one file holds both sides. Each `trans-unit` (1.2) or
//! `unit` (2.x, its segments joined) is one paragraph, in file order; inline
//! codes are left out of the text (the text of `g`, `mrk` and `pc` is kept, the
//! native code in `bpt`, `ept`, `ph` and `it` is not); `alt-trans`, matches and
//! notes are never read as the target; units with `translate="no"` (on
//! themselves or inherited from a group or file) are skipped. The pieces keep
//! the raw byte offsets that `report::xliff` splices its annotations into.

use super::xml::{self, Events, XmlText};
use super::{Extract, Origin, PathStack};
use crate::align::{AlignedPair, Alignment};
use crate::document::Document;
use crate::error::{Error, Result};
use crate::lang::LangInfo;
use quick_xml::events::{BytesStart, Event};
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    V1,
    V2,
}

/// What a unit's target holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetState {
    /// Every segment has a target with text.
    Complete,
    /// Some segments (ids or 1-based numbers) have no target text.
    Partial(Vec<String>),
    /// No segment has a target element.
    Absent,
    /// Targets are there but hold no text.
    Empty,
}

/// One unit with source text, in file order.
#[derive(Debug, Clone)]
pub struct Unit {
    pub id: String,
    /// Index of its paragraph region in the source and target extracts.
    pub source_region: usize,
    pub target_region: Option<usize>,
    pub state: TargetState,
    /// Raw offset just after the unit's start tag, and of its end tag.
    pub after_start_tag: usize,
    pub end_tag: usize,
    /// Raw content range of its first target that has text.
    pub target_content: Option<Range<usize>>,
}

/// A parsed XLIFF file.
#[derive(Debug)]
pub struct Xliff {
    pub name: String,
    pub version: Version,
    pub xml: XmlText,
    pub source_lang: Option<String>,
    pub target_lang: Option<String>,
    pub source: Extract,
    pub target: Extract,
    pub units: Vec<Unit>,
    /// Raw offset where attributes can be added to the root start tag.
    pub root_attr_at: usize,
    /// The root already declares the `its` prefix.
    pub its_declared: bool,
}

/// Native code: its content is not text.
const NATIVE_CODE: [&str; 4] = ["bpt", "ept", "ph", "it"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Source,
    Target,
}

struct Capture {
    side: Side,
    depth: usize,
    content_start: usize,
    has_text: bool,
    native_depth: Option<usize>,
}

struct UnitBuild {
    id: String,
    after_start_tag: usize,
    segments: usize,
    /// Per segment (2.x) or the unit (1.2): source text seen, target element
    /// seen, target text seen.
    seg: (bool, bool, bool),
    seg_id: Option<String>,
    missing: Vec<String>,
    any_target_element: bool,
    any_target_text: bool,
    target_content: Option<Range<usize>>,
}

struct Reader<'a> {
    input: &'a str,
    text: &'a str,
    line_starts: Vec<usize>,
    version: Option<Version>,
    source_lang: Option<String>,
    target_lang: Option<String>,
    /// `xml:lang` of the first `source` and `target`, which win over the
    /// languages of `xliff` or `file`.
    source_xml_lang: Option<String>,
    target_xml_lang: Option<String>,
    source: Extract,
    target: Extract,
    units: Vec<Unit>,
    root_attr_at: usize,
    its_declared: bool,
    path: PathStack,
    names: Vec<String>,
    translate: Vec<bool>,
    unit: Option<UnitBuild>,
    capture: Option<Capture>,
}

impl Reader<'_> {
    fn line(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset)
    }

    fn error(&self, at: usize, message: impl Into<String>) -> Error {
        xml::error_at(self.input, self.text, at, message)
    }

    fn root(&mut self, e: &BytesStart, range: &Range<usize>, empty: bool) -> Result<()> {
        let version = xml::attr(e, "version").unwrap_or_default();
        let ns = xml::attr(e, "xmlns").unwrap_or_default();
        self.version = if version.starts_with("2.") || ns.contains(":document:2.") {
            Some(Version::V2)
        } else if version.starts_with("1.") || ns.contains(":document:1.") {
            Some(Version::V1)
        } else {
            return Err(self.error(
                range.start,
                format!("XLIFF version {version:?} is not 1.x or 2.x"),
            ));
        };
        self.source_lang = xml::attr(e, "srcLang");
        self.target_lang = xml::attr(e, "trgLang");
        self.root_attr_at = range.end - if empty { 2 } else { 1 };
        self.its_declared = xml::attr(e, "xmlns:its").is_some();
        Ok(())
    }

    fn start(&mut self, e: &BytesStart, range: Range<usize>, empty: bool) -> Result<()> {
        let name = xml::local_name(e);
        let parent = self.names.last().cloned().unwrap_or_default();
        let path = self.path.push(&name);
        let inherited = self.translate.last().copied().unwrap_or(true);
        let translate = match xml::attr(e, "translate").as_deref() {
            Some("no") => false,
            Some("yes") => true,
            _ => inherited,
        };
        if let Some(c) = &mut self.capture {
            let extract = match c.side {
                Side::Source => &mut self.source,
                Side::Target => &mut self.target,
            };
            extract.boundary();
            if !empty && c.native_depth.is_none() && NATIVE_CODE.contains(&name.as_str()) {
                c.native_depth = Some(self.path.depth());
            }
        } else if self.names.is_empty() {
            if name != "xliff" {
                return Err(self.error(range.start, "the root element is not <xliff>"));
            }
            self.root(e, &range, empty)?;
        } else {
            let v2 = self.version == Some(Version::V2);
            match name.as_str() {
                "file" if !v2 => {
                    if self.source_lang.is_none() {
                        self.source_lang = xml::attr(e, "source-language");
                    }
                    if self.target_lang.is_none() {
                        self.target_lang = xml::attr(e, "target-language");
                    }
                }
                "trans-unit" | "unit" if translate && !empty && (name == "unit") == v2 => {
                    self.unit = Some(UnitBuild {
                        id: xml::attr(e, "id").unwrap_or_default(),
                        after_start_tag: range.end,
                        segments: 0,
                        seg: (false, false, false),
                        seg_id: None,
                        missing: Vec::new(),
                        any_target_element: false,
                        any_target_text: false,
                        target_content: None,
                    });
                }
                "segment" if v2 && self.unit.is_some() => {
                    if let Some(u) = &mut self.unit {
                        u.segments += 1;
                        u.seg = (false, false, false);
                        u.seg_id = xml::attr(e, "id");
                    }
                }
                "source" | "target"
                    if self.unit.is_some()
                        && if v2 {
                            parent == "segment" || parent == "ignorable"
                        } else {
                            parent == "trans-unit"
                        } =>
                {
                    self.open_side(e, &name, path, &range, empty);
                }
                _ => {}
            }
        }
        if empty {
            self.path.pop();
        } else {
            self.names.push(name);
            self.translate.push(translate);
        }
        Ok(())
    }

    fn open_side(
        &mut self,
        e: &BytesStart,
        name: &str,
        path: String,
        range: &Range<usize>,
        empty: bool,
    ) {
        let side = if name == "source" {
            Side::Source
        } else {
            Side::Target
        };
        let lang = xml::attr(e, "xml:lang");
        let line = self.line(range.start);
        let Some(u) = &mut self.unit else {
            return;
        };
        let (extract, slot) = match side {
            Side::Source => (&mut self.source, &mut self.source_xml_lang),
            Side::Target => {
                u.any_target_element = true;
                u.seg.1 = true;
                (&mut self.target, &mut self.target_xml_lang)
            }
        };
        if slot.is_none() {
            *slot = lang;
        }
        if extract.is_open() {
            extract.separator();
        } else {
            extract.begin(Origin {
                unit: Some(u.id.clone()),
                path,
                line,
                range: 0..0,
            });
        }
        if !empty {
            self.capture = Some(Capture {
                side,
                depth: self.path.depth(),
                content_start: range.end,
                has_text: false,
                native_depth: None,
            });
        }
    }

    fn end(&mut self, range: Range<usize>) {
        let depth = self.path.depth();
        let name = self.names.pop().unwrap_or_default();
        self.translate.pop();
        self.path.pop();
        if let Some(c) = &mut self.capture {
            if c.native_depth == Some(depth) {
                c.native_depth = None;
            }
            // An end tag, like a start tag, ends a stretch of character data.
            match c.side {
                Side::Source => self.source.boundary(),
                Side::Target => self.target.boundary(),
            }
            if c.depth == depth {
                let c = self.capture.take();
                if let (Some(c), Some(u)) = (c, &mut self.unit) {
                    match c.side {
                        Side::Source => u.seg.0 |= c.has_text,
                        Side::Target if c.has_text => {
                            u.seg.2 = true;
                            u.any_target_text = true;
                            u.target_content.get_or_insert(c.content_start..range.start);
                        }
                        Side::Target => {}
                    }
                }
            }
            return;
        }
        let v2 = self.version == Some(Version::V2);
        match name.as_str() {
            "segment" if v2 => {
                if let Some(u) = &mut self.unit {
                    if u.seg.0 && !u.seg.2 {
                        let id = u.seg_id.clone().unwrap_or_else(|| u.segments.to_string());
                        u.missing.push(id);
                    }
                }
            }
            "trans-unit" | "unit" if self.unit.is_some() && (name == "unit") == v2 => {
                if let Some(u) = self.unit.take() {
                    self.finish_unit(u, range.start);
                }
            }
            _ => {}
        }
    }

    fn finish_unit(&mut self, u: UnitBuild, end_tag: usize) {
        let had_source = self.source.is_open();
        let had_target = self.target.is_open();
        self.source.end();
        self.target.end();
        if !had_source {
            return;
        }
        let source_region = self.source.origins.len() - 1;
        let target_region = had_target.then(|| self.target.origins.len() - 1);
        let state = if !u.any_target_element {
            TargetState::Absent
        } else if !u.any_target_text {
            TargetState::Empty
        } else if self.version == Some(Version::V1) || u.missing.is_empty() {
            TargetState::Complete
        } else {
            TargetState::Partial(u.missing)
        };
        self.units.push(Unit {
            id: u.id,
            source_region,
            target_region,
            state,
            after_start_tag: u.after_start_tag,
            end_tag,
            target_content: u.target_content,
        });
    }

    /// Character data (`cdata`: the content of a CDATA section) of the side
    /// being read, unless it is native code.
    fn content(&mut self, raw: &str, at: usize, cdata: bool) {
        if let Some(c) = &mut self.capture {
            if c.native_depth.is_some() {
                return;
            }
            c.has_text |= !raw.trim().is_empty();
            let extract = match c.side {
                Side::Source => &mut self.source,
                Side::Target => &mut self.target,
            };
            if cdata {
                extract.cdata(raw, at);
            } else {
                extract.text(raw, at);
            }
        }
    }
}

fn line_starts(text: &str) -> Vec<usize> {
    let mut v = vec![0];
    v.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    v
}

/// Parse an XLIFF file already decoded.
pub fn read(input: &str, xml: XmlText) -> Result<Xliff> {
    let text = xml.text.as_str();
    let mut r = Reader {
        input,
        text,
        line_starts: line_starts(text),
        version: None,
        source_lang: None,
        target_lang: None,
        source_xml_lang: None,
        target_xml_lang: None,
        source: Extract::new(),
        target: Extract::new(),
        units: Vec::new(),
        root_attr_at: 0,
        its_declared: false,
        path: PathStack::default(),
        names: Vec::new(),
        translate: Vec::new(),
        unit: None,
        capture: None,
    };
    let mut events = Events::new(input, text);
    while let Some((event, range)) = events.next_event()? {
        match event {
            Event::Start(e) => r.start(&e, range, false)?,
            Event::Empty(e) => r.start(&e, range, true)?,
            Event::End(_) => r.end(range),
            Event::Text(t) => {
                let raw = std::str::from_utf8(&t).unwrap_or_default();
                r.content(raw, range.start, false);
            }
            Event::CData(c) => {
                let raw = std::str::from_utf8(&c).unwrap_or_default();
                r.content(raw, range.start + "<![CDATA[".len(), true);
            }
            _ => {}
        }
    }
    let Some(version) = r.version else {
        return Err(Error::Format {
            input: input.to_string(),
            message: "no <xliff> element".to_string(),
        });
    };
    if r.units.is_empty() {
        return Err(Error::Empty {
            input: input.to_string(),
        });
    }
    Ok(Xliff {
        name: input.to_string(),
        version,
        source_lang: r.source_xml_lang.or(r.source_lang),
        target_lang: r.target_xml_lang.or(r.target_lang),
        source: r.source,
        target: r.target,
        units: r.units,
        root_attr_at: r.root_attr_at,
        its_declared: r.its_declared,
        xml,
    })
}

/// Build a document from a copy of an extract.
fn document(x: &Extract, name: String, lang: LangInfo) -> Document {
    let copy = Extract {
        text: x.text.clone(),
        origins: x.origins.clone(),
        ..Extract::new()
    };
    copy.into_document(name, lang)
}

/// The paragraph indices of `doc` inside each of its origins' ranges.
fn paragraphs_by_origin(doc: &Document) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); doc.origins.len()];
    for p in &doc.paragraphs {
        let i = doc.origins.partition_point(|o| o.range.end < p.start);
        if let Some(slot) = out.get_mut(i) {
            slot.push(p.index);
        }
    }
    out
}

impl Xliff {
    /// The two sides as documents.
    pub fn documents(&self, source: LangInfo, target: LangInfo) -> (Document, Document) {
        (
            document(&self.source, format!("{}#source", self.name), source),
            document(&self.target, format!("{}#target", self.name), target),
        )
    }

    /// The alignment the file gives: each unit's source paragraphs with its
    /// target paragraphs (a unit without target text is `n-0`). Also returns,
    /// per aligned pair, the unit it is.
    pub fn alignment(&self, source: &Document, target: &Document) -> (Alignment, Vec<usize>) {
        let src = paragraphs_by_origin(source);
        let tgt = paragraphs_by_origin(target);
        let mut pairs = Vec::new();
        let mut units = Vec::new();
        for (k, u) in self.units.iter().enumerate() {
            let s = src.get(u.source_region).cloned().unwrap_or_default();
            let t = u
                .target_region
                .and_then(|r| tgt.get(r).cloned())
                .unwrap_or_default();
            if s.is_empty() && t.is_empty() {
                continue;
            }
            pairs.push(AlignedPair {
                kind: format!("{}-{}", s.len(), t.len()),
                source: s,
                target: t,
                cost: 0.0,
            });
            units.push(k);
        }
        let chars = |d: &Document| {
            d.paragraphs
                .iter()
                .map(|p| d.para_text(p.index).chars().count())
                .sum::<usize>() as f64
        };
        let (cs, ct) = (chars(source), chars(target));
        let ratio = if cs > 0.0 && ct > 0.0 { ct / cs } else { 1.0 };
        (Alignment { pairs, ratio }, units)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Xliff {
        let x = xml::decode("t.xlf", text.as_bytes()).unwrap();
        read("t.xlf", x).unwrap()
    }

    #[test]
    fn reads_xliff_1_2_units_without_native_code_or_alt_trans() {
        let x = parse(
            r#"<xliff version="1.2"><file source-language="fr" target-language="en"><body>
<trans-unit id="a"><source xml:lang="fr-CA">Le <g id="1">port</g> ferme<ph id="2">&lt;br/&gt;</ph>.</source>
<target>The <g id="1">port</g> closes<ph id="2">&lt;br/&gt;</ph>.</target>
<alt-trans><target>Wrong one</target></alt-trans></trans-unit>
<group translate="no"><trans-unit id="b"><source>Ne pas traduire</source></trans-unit></group>
<trans-unit id="c"><source>Sans cible</source></trans-unit>
<trans-unit id="d"><source>Vide</source><target/></trans-unit>
</body></file></xliff>"#,
        );
        assert_eq!(x.version, Version::V1);
        assert_eq!(
            (x.source_lang.as_deref(), x.target_lang.as_deref()),
            (Some("fr-CA"), Some("en"))
        );
        let ids: Vec<_> = x
            .units
            .iter()
            .map(|u| (u.id.as_str(), u.state.clone()))
            .collect();
        assert_eq!(
            ids,
            [
                ("a", TargetState::Complete),
                ("c", TargetState::Absent),
                ("d", TargetState::Empty)
            ]
        );
        assert!(x.target.text.contains("The port closes."));
        assert!(!x.target.text.contains("Wrong"));
        assert_eq!(x.target.origins[0].line, 3);
        assert_eq!(x.source.origins[0].unit.as_deref(), Some("a"));
    }

    #[test]
    fn joins_xliff_2_segments_and_reports_a_segment_without_target() {
        let x = parse(
            r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="de" trgLang="en">
<file id="f"><unit id="u1"><segment id="s1"><source>Der Zug fährt.</source><target>The train leaves.</target></segment>
<segment id="s2"><source>Er ist spät.</source></segment></unit></file></xliff>"#,
        );
        assert_eq!(x.version, Version::V2);
        assert_eq!(x.units[0].state, TargetState::Partial(vec!["s2".into()]));
        assert!(x.source.text.contains("Der Zug fährt. Er ist spät."));
    }
}
