//! Traces a deleted name leaves in English wording ("the the", "with the. Then"), as regular expressions checked on every English target.

use super::subject_gaps::{participle_clause, subject_gaps, verb_after_phrase};
use super::*;

/// Traces a deleted name leaves in English wording, one alternative each; none
/// of them occurred in the 1000 error-free DEMETR dev targets. Each names why
/// well-formed English does not produce it.
pub(super) const GAP_MARKS: &[(&str, &str)] = &[
    // A possessive with nothing to hang on: "the mayor of 's office".
    (
        r"(?:^|[\s(])['’]s\s",
        "a possessive 's with no word before it",
    ),
    // Empty quotation marks: "the film \"\" opens".
    (r#"""|“\s?”"#, "empty quotation marks"),
    // Doubled or empty punctuation: "Lakeside,, has", "by () ".
    (r",\s*,|\(\s*\)", "doubled punctuation"),
    // An article closing a phrase: "parts of the, is".
    // (A full stop glued to a letter is a file name's extension, ".dll";
    // three are an ellipsis.)
    (
        r"\b[Tt]he\s*(?:[,;:)]|\.(?:[^\w.]|$))",
        "an article with no noun",
    ),
    // An article straight before a word no noun phrase starts with: a
    // preposition, an auxiliary, a pronoun, a conjunction or another article
    // ("The also refused", "The on Monday said"). Words that are also nouns
    // ("will", "can", "may", "must") and "as" ("the as-yet") are left out,
    // and so is a doubled "the the": a doubled word (`garbled`), not a gap.
    (
        r"\b[Tt]he\s+(?:a|an|of|on|in|at|to|from|by|with|into|during|since|about|against|among|between|is|are|was|were|has|have|had|did|does|would|could|should|also|already|not|he|she|they|we|his|her|their|and|or|but|which|who)\s",
        "an article with no noun",
    ),
    // A conjunction with nothing after it: "Harbour Foods and .".
    (
        r"\b(?:and|or)\s+(?:[;:)]|\.(?:[^\w.]|$))",
        "a conjunction with nothing after it",
    ),
    // "such as" before a bracket or a stop: "such as (40 francs)"; before a
    // comma only where a word was taken out ("such as , Lyon", "such as, and
    // Lyon"): a comma glued to it may open an aside ("such as, in the north,
    // the islands").
    (
        r"\bsuch\s+as(?:\s*[(.;]|\s+,|,\s*(?:and|or)\s)",
        "\"such as\" with nothing after it",
    ),
];

/// A gap mark's expression, compiled when a paragraph first passes its gate.
pub(super) struct GapMark {
    /// A cheap expression every match of the mark also matches, or `None`
    /// where the mark is cheap to compile itself.
    gate: Option<Regex>,
    pattern: &'static str,
    full: OnceLock<Regex>,
    pub(super) why: &'static str,
}

impl GapMark {
    /// The mark's matches in `text`. A Unicode class such as `[^\w.]` takes
    /// a millisecond to compile, more than checking an article's English
    /// otherwise; the gate (the pattern cut before the class) lets texts
    /// that cannot match skip it. The matches are the mark's, gate or not.
    pub(super) fn find_iter<'r, 't>(
        &'r self,
        text: &'t str,
    ) -> impl Iterator<Item = regex::Match<'t>> + use<'r, 't> {
        let open = self.gate.as_ref().is_none_or(|g| g.is_match(text));
        open.then(|| {
            self.full
                .get_or_init(|| Regex::new(self.pattern).expect("gap mark compiles"))
                .find_iter(text)
        })
        .into_iter()
        .flatten()
    }
}

/// A stop closing a mark, unless a word or another stop follows it: the
/// Unicode class that makes a mark slow to compile.
const STOP_CLOSING: &str = r"\.(?:[^\w.]|$))";

/// The gate of a mark whose last alternative ends on [`STOP_CLOSING`]: the
/// same pattern with a bare stop there, which every text the whole pattern
/// matches also matches; `None` for any other mark.
fn gate_of(pattern: &str) -> Option<String> {
    let head = pattern.strip_suffix(STOP_CLOSING)?;
    Some(format!(r"{head}\.)"))
}

pub(super) fn gap_mark_res() -> &'static Vec<GapMark> {
    static RES: OnceLock<Vec<GapMark>> = OnceLock::new();
    RES.get_or_init(|| {
        GAP_MARKS
            .iter()
            .map(|&(pattern, why)| GapMark {
                gate: gate_of(pattern).map(|g| Regex::new(&g).expect("gap gate compiles")),
                pattern,
                full: OnceLock::new(),
                why,
            })
            .collect()
    })
}

/// A name dropped from the target at `r`, as the English around it shows.
pub(super) fn gap_finding(doc: &Document, r: Range<usize>, why: &'static str) -> Finding {
    Finding::new(
        DOC.id,
        "missing",
        Severity::Major,
        format!(
            "a name seems to have been dropped here: \"{}\"",
            doc.text[r.clone()].trim()
        ),
    )
    .confidence(0.6)
    .target(doc.span(r))
    .evidence(why)
}

/// Marks a deleted name leaves in an English target beyond a bare preposition
/// or title: see [`GAP_MARKS`] and [`super::subject_gaps::SubjectGaps`].
pub(super) fn gap_marks(doc: &Document, para: &Paragraph) -> Vec<Finding> {
    let marks = gap_mark_res();
    let gaps = subject_gaps();
    let mut out = Vec::new();
    let mut push = |r: Range<usize>, why: &'static str| out.push(gap_finding(doc, r, why));
    let text = &doc.text[para.range()];
    for mark in marks {
        let why = mark.why;
        for m in mark.find_iter(text) {
            // The span is the mark itself, without the context the pattern needed.
            let rest = m
                .as_str()
                .trim_start_matches(|c: char| c.is_whitespace() || c == '(');
            let lead = if rest.starts_with(['\'', '’']) {
                m.as_str().len() - rest.len()
            } else {
                0
            };
            let adverb = m
                .as_str()
                .split_whitespace()
                .nth(1)
                .is_some_and(|w| matches!(w, "not" | "already" | "also"));
            if adverb && graded_noun_phrase(&text[m.end()..]) {
                continue;
            }
            let end = para.start + m.start() + m.as_str().trim_end().len();
            push(para.start + m.start() + lead..end, why);
        }
    }
    // A paragraph opening on a comma: ", the new mayor of the port town, ...".
    if text.starts_with([',', ';']) {
        push(para.start..para.start + 1, "a paragraph opening on a comma");
    }
    for s in &para.sentences {
        let sent = &doc.text[s.clone()];
        if sent.trim_end().ends_with('?') {
            continue;
        }
        let lead_start = s.start + (sent.len() - sent.trim_start().len());
        let body = &doc.text[lead_start..s.end];
        if let Some(m) = gaps
            .opening
            .find(body)
            .filter(|m| !participle_clause(body, m.end()))
        {
            push(
                lead_start..lead_start + m.as_str().trim_end().len(),
                "a sentence opening on a verb with no subject",
            );
        }
        if let Some(end) = verb_after_phrase(body).filter(|&end| !participle_clause(body, end)) {
            push(
                lead_start..lead_start + body[..end].trim_end().len(),
                "a verb with no subject after an opening phrase",
            );
        }
    }
    for m in gaps.after_quote.find_iter(text) {
        push(
            para.start + m.start()..para.start + m.end(),
            "a reporting verb with no subject after a quotation",
        );
    }
    for m in gaps.title.find_iter(text) {
        // The title's name opens on a particle ("Mrs de Palacio"), or the
        // title is an office ("the Sri Lankan President expressing"), or the
        // word is the last part of a hyphenated name ("Notre-Dame in").
        let in_compound = text[..m.start()].ends_with(['-', '‐']);
        if in_compound
            || particle_opens_name(&text[m.end() - 1..])
            || title_is_office(&text[..m.start()])
        {
            continue;
        }
        push(
            para.start + m.start()..para.start + m.end(),
            "a title with no name",
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A gated mark finds what its whole pattern finds, in texts with and
    /// without a stop after an article or a conjunction; the two marks with
    /// the slow class are gated.
    #[test]
    fn gated_marks_find_what_their_patterns_find() {
        let gated = gap_mark_res().iter().filter(|m| m.gate.is_some()).count();
        assert_eq!(gated, 2);
        let texts = [
            "They met near the. Then left.",
            "The bridge and the. road",
            "Talks with the, and then more.",
            "Shares of Harbour Foods and . rose.",
            "He saw the.net page and the.. end",
            "Apples and oranges.",
            "He left and.",
            "Vote for the).",
            "Nothing here at all",
            "the.",
            "and .\u{a0}x",
        ];
        for mark in gap_mark_res() {
            let whole = Regex::new(mark.pattern).expect("compiles");
            for t in texts {
                let want: Vec<_> = whole.find_iter(t).map(|m| m.range()).collect();
                let got: Vec<_> = mark.find_iter(t).map(|m| m.range()).collect();
                assert_eq!(got, want, "{} on {t:?}", mark.pattern);
            }
        }
    }
}
