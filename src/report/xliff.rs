//! `--format xliff`: the XLIFF file that was checked, written back with every
//! finding as a W3C ITS 2.0 Localization Quality Issue on its unit, so that a
//! CAT tool shows it. Annotations are spliced into the original bytes — nothing
//! is re-serialised — so every byte where nothing was added is as it was, in
//! the file's own encoding. The mapping is documented in docs/formats.md.
//!
//! A finding whose target span lies in one stretch of character data is an
//! `mrk` around that span with the ITS attributes on it (2.x:
//! `type="its:any"`; 1.2: `mtype="x-its"`). Any other finding of a unit (no
//! target span, a span across an inline code or across another marked span, a
//! unit without translation) goes into an `its:locQualityIssues` stand-off
//! element in the unit, referenced by an `mrk` around the whole first target
//! when the unit has one with text.

use super::{DocumentReport, Report, Reporter};
use crate::document::Document;
use crate::finding::{Finding, Severity};
use crate::formats::raw_range;
use crate::formats::xliff::{Version, Xliff};
use std::io::{self, Write};

pub const ITS_NS: &str = "http://www.w3.org/2005/11/its";

pub struct XliffReporter;

/// The ITS 2.0 issue type of a finding (docs/formats.md has the table).
pub fn issue_type(f: &Finding) -> &'static str {
    match f.check {
        "untranslated" => "untranslated",
        "name-mismatch" | "number-mismatch" if f.kind == "missing" => "omission",
        "name-mismatch" | "number-mismatch" if f.kind == "added" || f.kind == "extra" => "addition",
        "name-mismatch" if f.kind == "literal-translation" => "mistranslation",
        "name-mismatch" => "inconsistent-entities",
        "number-mismatch" => "numbers",
        "garbled" => "grammar",
        "omission" => "omission",
        "addition" => "addition",
        _ => "other",
    }
}

/// ITS severity (0–100) of a finding's severity.
pub fn issue_severity(s: Severity) -> u32 {
    match s {
        Severity::Minor => 30,
        Severity::Major => 70,
        Severity::Critical => 100,
    }
}

fn comment(f: &Finding) -> String {
    format!("mtcheck {}/{}: {}", f.check, f.kind, f.message)
}

/// The ITS attributes of one issue, each preceded by a space: with the `its:`
/// prefix on an XLIFF element, without on an ITS stand-off element.
fn issue_attrs(f: &Finding, prefix: &str) -> String {
    format!(
        " {prefix}locQualityIssueType=\"{}\" {prefix}locQualityIssueComment=\"{}\" {prefix}locQualityIssueSeverity=\"{}\"",
        issue_type(f),
        super::junit::escape(&comment(f)),
        issue_severity(f.severity)
    )
}

/// An insertion into the original text: at byte `at`, `text`; among those at
/// the same place, closing tags (`order` 0) come before opening ones, and an
/// outer element opens before an inner one.
struct Insert {
    at: usize,
    order: (u8, usize),
    text: String,
}

/// Splice the findings of `doc` into its XLIFF file; `None` when the report
/// is not of an XLIFF file.
pub fn annotate(doc: &DocumentReport) -> Option<Vec<u8>> {
    let file = doc.xliff.as_ref()?;
    let texts = doc.texts.as_ref()?;
    let v2 = file.version == Version::V2;
    let mut inserts: Vec<Insert> = Vec::new();
    let mut marked: Vec<std::ops::Range<usize>> = Vec::new();
    let mut standoff: Vec<(usize, Vec<&Finding>)> = Vec::new();
    let mut next_id = 0usize;
    for para in &doc.paragraphs {
        for f in &para.findings {
            let unit = unit_of(file, texts, para, f);
            let Some(unit) = unit else { continue };
            let raw = f
                .target
                .as_ref()
                .and_then(|t| raw_range(&file.target.pieces, t.start..t.end))
                // Only character data can be wrapped (a belt to the braces of
                // raw_range: the file's bytes there hold no markup).
                .filter(|r| {
                    file.xml
                        .text
                        .get(r.clone())
                        .is_some_and(|s| !s.contains('<'))
                })
                .filter(|r| marked.iter().all(|m| nests(m, r)));
            match raw {
                Some(r) => {
                    next_id += 1;
                    let open = if v2 {
                        format!(
                            "<mrk id=\"mtcheck{next_id}\" type=\"its:any\"{}>",
                            issue_attrs(f, "its:")
                        )
                    } else {
                        format!("<mrk mtype=\"x-its\"{}>", issue_attrs(f, "its:"))
                    };
                    inserts.push(Insert {
                        at: r.start,
                        order: (1, usize::MAX - r.len()),
                        text: open,
                    });
                    inserts.push(Insert {
                        at: r.end,
                        order: (0, r.len()),
                        text: "</mrk>".to_string(),
                    });
                    marked.push(r);
                }
                None => match standoff.iter_mut().find(|(u, _)| *u == unit) {
                    Some((_, fs)) => fs.push(f),
                    None => standoff.push((unit, vec![f])),
                },
            }
        }
    }
    for (k, fs) in &standoff {
        let unit = &file.units[*k];
        next_id += 1;
        let id = format!("mtcheck-lqi{next_id}");
        let mut block = format!("<its:locQualityIssues xml:id=\"{id}\">");
        for f in fs {
            block.push_str(&format!("<its:locQualityIssue{}/>", issue_attrs(f, "")));
        }
        block.push_str("</its:locQualityIssues>");
        let at = if v2 {
            unit.after_start_tag
        } else {
            unit.end_tag
        };
        inserts.push(Insert {
            at,
            order: (2, 0),
            text: block,
        });
        if let Some(r) = unit
            .target_content
            .clone()
            .filter(|r| marked.iter().all(|m| nests(m, r)))
        {
            let open = if v2 {
                format!("<mrk id=\"{id}-ref\" type=\"its:any\" its:locQualityIssuesRef=\"#{id}\">")
            } else {
                format!("<mrk mtype=\"x-its\" its:locQualityIssuesRef=\"#{id}\">")
            };
            inserts.push(Insert {
                at: r.start,
                order: (1, 0),
                text: open,
            });
            inserts.push(Insert {
                at: r.end,
                order: (0, usize::MAX),
                text: "</mrk>".to_string(),
            });
        }
    }
    let text = &file.xml.text;
    if !inserts.is_empty() {
        let mut ns = String::new();
        if !file.its_declared {
            ns.push_str(&format!(" xmlns:its=\"{ITS_NS}\""));
        }
        if !text[..file.root_attr_at.min(text.len())].contains("its:version") {
            ns.push_str(" its:version=\"2.0\"");
        }
        inserts.push(Insert {
            at: file.root_attr_at,
            order: (0, 0),
            text: ns,
        });
    }
    inserts.sort_by_key(|i| (i.at, i.order));
    let mut out = String::with_capacity(text.len() + inserts.len() * 200);
    let mut pos = 0;
    for i in &inserts {
        let at = i.at.min(text.len());
        if at < pos || !text.is_char_boundary(at) {
            continue;
        }
        out.push_str(&text[pos..at]);
        out.push_str(&i.text);
        pos = at;
    }
    out.push_str(&text[pos..]);
    Some(file.xml.encode(&out))
}

/// Two raw ranges can both be elements: disjoint, or one inside the other.
fn nests(a: &std::ops::Range<usize>, b: &std::ops::Range<usize>) -> bool {
    a.end <= b.start
        || b.end <= a.start
        || (a.start <= b.start && b.end <= a.end)
        || (b.start <= a.start && a.end <= b.end)
}

fn origin_index(doc: &Document, offset: usize) -> Option<usize> {
    let i = doc.origins.partition_point(|o| o.range.end < offset);
    (i < doc.origins.len()).then_some(i)
}

/// The unit (index into `file.units`) a finding of an aligned pair belongs
/// to: by its target span, else by the pair's first source paragraph.
fn unit_of(
    file: &Xliff,
    texts: &(Document, Document),
    para: &super::ParagraphReport,
    f: &Finding,
) -> Option<usize> {
    let by_target = f
        .target
        .as_ref()
        .and_then(|t| origin_index(&texts.1, t.start))
        .and_then(|i| file.units.iter().position(|u| u.target_region == Some(i)));
    if by_target.is_some() {
        return by_target;
    }
    let first = *para.source.paragraphs.first()?;
    let start = texts.0.paragraphs.get(first)?.start;
    let i = origin_index(&texts.0, start)?;
    file.units.iter().position(|u| u.source_region == i)
}

impl Reporter for XliffReporter {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        for doc in &report.documents {
            match annotate(doc) {
                Some(bytes) => out.write_all(&bytes)?,
                None => {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidInput,
                        format!("{}: the xliff format needs an XLIFF input", doc.id),
                    ))
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_checks_to_its_issue_types_and_severities() {
        let f = |check, kind| Finding::new(check, kind, Severity::Major, "m");
        assert_eq!(issue_type(&f("untranslated", "word")), "untranslated");
        assert_eq!(
            issue_type(&f("name-mismatch", "literal-translation")),
            "mistranslation"
        );
        assert_eq!(
            issue_type(&f("name-mismatch", "misspelt")),
            "inconsistent-entities"
        );
        assert_eq!(issue_type(&f("number-mismatch", "scale")), "numbers");
        assert_eq!(issue_type(&f("number-mismatch", "missing")), "omission");
        assert_eq!(issue_type(&f("residue", "promo")), "other");
        assert_eq!(
            [Severity::Minor, Severity::Major, Severity::Critical].map(issue_severity),
            [30, 70, 100]
        );
    }

    #[test]
    fn only_nested_or_disjoint_spans_are_both_marked() {
        assert!(nests(&(0..10), &(2..5)));
        assert!(nests(&(0..10), &(10..12)));
        assert!(!nests(&(0..10), &(5..12)));
    }

    #[test]
    fn comments_are_escaped_for_an_attribute() {
        let f = Finding::new(
            "garbled",
            "doubled",
            Severity::Minor,
            "\"the the\" <x> & y\n",
        );
        assert_eq!(
            issue_attrs(&f, ""),
            " locQualityIssueType=\"grammar\" locQualityIssueComment=\"mtcheck garbled/doubled: &quot;the the&quot; &lt;x&gt; &amp; y&#10;\" locQualityIssueSeverity=\"30\""
        );
    }
}
