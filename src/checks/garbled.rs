//! `garbled`: broken sentence structure the source does not have — a sentence
//! starting lower-case after a full stop, a sentence broken across fragment
//! paragraphs, a doubled word, a sentence split where the source has one.

use super::{residue, Check, CheckDoc, Context, FindingKind, PairView};
use crate::document::{fold, Document, Paragraph};
use crate::finding::{Finding, Severity};
use crate::lang::abbreviations::Abbreviations;
use std::ops::Range;

pub static DOC: CheckDoc = CheckDoc {
    id: "garbled",
    kinds: &[
        FindingKind {
            id: "lowercase-start",
            doc: "a sentence that starts in lower case where the language capitalises",
        },
        FindingKind {
            id: "fragment",
            doc: "a sentence broken off: a fragment with no verb or a dangling end",
        },
        FindingKind {
            id: "doubled-word",
            doc: "the same word twice in a row",
        },
        FindingKind {
            id: "split-sentence",
            doc: "one sentence split in two by a stray full stop",
        },
    ],
    summary: "broken sentence structure: fragments, lower-case sentence starts, doubled words, wrong splits",
    body: "\
**What it catches.**
- `lowercase-start`: a sentence that starts lower-case after a full stop, where the source has
  no such thing (`or 65 leaders. company from different countries`);
- `fragment`: one source paragraph that came out as several target paragraphs that are not
  sentences (`An investigation published from July 18` / `by a consortium…` / `Pegasus` /
  `software` / `would have made it possible…`), or a paragraph that stops mid-sentence and is
  continued lower-case in the next one;
- `doubled-word`: the same word twice in a row (`the the`) where the source does not repeat it;
- `split-sentence`: a full stop where the source has none, leaving a stranded word
  (`…and other officials. French, an Israeli news site revealed…`).

**Why it matters.** Fragments and stray full stops are what readers notice first in machine
translation; they also change meaning (who is `French` above?).

**Example.** Source: `…o 65 jefes de empresa de distintos países.` → target: `…or 65 leaders.
company from different countries.`

**Not flagged.** A full stop that ends no sentence in the text's own language: its
abbreviations (`bzw. die`, `tzv. nájemníci`, `тис. гривень`, `т. д. на`) and, where the language
writes them so, ordinals and dates (`14. März`, `20. století`, `30.11. geschlossen`), from
`data/lang/<code>/abbreviations.txt`; one language's table is never applied to another's text.
Nor a paragraph that stops without a full stop where its source paragraph does too (chat
turns, list items), an ellipsis (`Well... I`), a number that heads a list item (`: 1. close`),
or a brand written lower-case (`iPhone`, `eBay`); deliberate repetitions (`had had`, `vous
vous`) are allowed.

**Known false positives.** An abbreviation missing from its language's table; a translator who
splits a long sentence after a single introductory word can trigger `split-sentence`.",
};

/// A source boundary within this share of the paragraph length of a target
/// boundary counts as the same boundary.
const BOUNDARY_TOLERANCE: f64 = 0.12;

pub struct Garbled;

impl Garbled {
    pub fn new() -> Garbled {
        Garbled
    }
}

impl Default for Garbled {
    fn default() -> Self {
        Garbled::new()
    }
}

fn ends_sentence(text: &str) -> bool {
    let t = text
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', '»', ')', ']']);
    t.ends_with(['.', '!', '?', '…', ':', '。', '！', '？', ';'])
}

fn starts_lowercase(text: &str) -> bool {
    // No sentence opens on an operator: after `an. × pr.` (Spanish
    // abbreviations in a product's dimensions) the text goes on.
    if text
        .trim_start()
        .starts_with(['×', '÷', '=', '+', '±', '<', '>', '≤', '≥', '*', '/'])
    {
        return false;
    }
    let t = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut chars = t.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() => {
            // "iPhone", "eBay": a lower-case brand, not a broken sentence.
            let word: String = t.chars().take_while(|c| c.is_alphanumeric()).collect();
            !word.chars().skip(1).any(char::is_uppercase)
        }
        _ => false,
    }
}

fn has_case(doc: &Document) -> bool {
    matches!(
        doc.lang.lang.script(),
        crate::lang::Script::Latin | crate::lang::Script::Cyrillic
    )
}

/// Sentences of a paragraph (by index) that start lower-case after a full stop
/// that ends a sentence. Not after an ellipsis (`..`, `...`: a pause, after which
/// every language with case may go on in lower case), nor after an abbreviation
/// or an ordinal of the paragraph's own language (`bzw. die`, `20. století`,
/// `тис. гривень`), which the sentence splitter does not know.
/// With `any_end`, sentences after `!`, `?` and the like count too.
fn lowercase_starts_in(doc: &Document, para: &Paragraph, any_end: bool) -> Vec<usize> {
    let table = Abbreviations::for_lang(doc.lang.lang);
    let mut out = Vec::new();
    for (k, s) in para.sentences.iter().enumerate().skip(1) {
        let before = doc.text[para.start..para.sentences[k - 1].end].trim_end();
        let full_stop = before.ends_with('.');
        if (!full_stop && !any_end) || !starts_lowercase(&doc.text[s.clone()]) {
            continue;
        }
        if full_stop && !full_stop_ends_sentence(doc, para, k, table) {
            continue;
        }
        out.push(k);
    }
    out
}

/// Whether the full stop before sentence `k` of a paragraph ends a sentence, as
/// far as the paragraph's language tells: not an ellipsis, an enumerator, an
/// abbreviation or an ordinal of that language.
fn full_stop_ends_sentence(
    doc: &Document,
    para: &Paragraph,
    k: usize,
    table: Option<Abbreviations>,
) -> bool {
    let prev = &para.sentences[k - 1];
    let before = doc.text[para.start..prev.end].trim_end();
    let after = &doc.text[para.sentences[k].start..para.end];
    !(before.ends_with("..")
        || is_enumerator(&doc.text[prev.clone()])
        || ends_with_initials(before)
        || table.is_some_and(|t| t.full_stop_continues(before, after)))
}

/// A sentence that ends in a number with its full stop standing alone or after a
/// colon or semicolon (`2.`, `4.1.`, `Before you leave: 1.`) numbers the item
/// after it, in every language: the item may start lower-case.
fn is_enumerator(sentence: &str) -> bool {
    let t = sentence.trim();
    let (head, last) = t.rsplit_once(char::is_whitespace).unwrap_or(("", t));
    let number = last.ends_with('.')
        && last.chars().any(|c| c.is_ascii_digit())
        && last.chars().all(|c| c.is_ascii_digit() || c == '.');
    let head = head.trim_end();
    number && (head.is_empty() || head.ends_with([':', ';']))
}

/// `O.J.`, `J.R.R.`: capital letters each with its full stop are initials, in
/// every language written with capitals; the name goes on after them.
fn ends_with_initials(before: &str) -> bool {
    let last = before.split_whitespace().next_back().unwrap_or("");
    let mut chars = last.chars().peekable();
    let mut initials = 0;
    while let (Some(c), Some('.')) = (chars.next(), chars.peek().copied()) {
        if !c.is_uppercase() {
            return false;
        }
        chars.next();
        initials += 1;
    }
    initials >= 2 && chars.next().is_none()
}

/// Sentence-start positions (relative, 0–1) of a block, excluding the first.
fn boundaries(doc: &Document, paras: &[&Paragraph]) -> Vec<f64> {
    let total: usize = paras.iter().map(|p| p.end - p.start).sum();
    let mut out = Vec::new();
    let mut offset = 0usize;
    for p in paras {
        for s in p.sentences.iter().skip(1) {
            out.push((offset + s.start - p.start) as f64 / total.max(1) as f64);
        }
        offset += p.end - p.start;
    }
    let _ = doc;
    out
}

/// The last word before `pos` and the first after it, as one byte range.
fn around(doc: &Document, para: &Paragraph, pos: usize) -> Range<usize> {
    let before = para.tokens.iter().rev().find(|t| t.end <= pos);
    let after = para.tokens.iter().find(|t| t.start >= pos);
    let start = before.map_or(pos, |t| t.start);
    let end = after.map_or(pos, |t| t.end);
    let _ = doc;
    start..end
}

impl Garbled {
    fn lowercase_starts(&self, pair: &PairView, src_has_them: bool) -> Vec<Finding> {
        let mut out = Vec::new();
        if src_has_them {
            return out;
        }
        let doc = pair.target;
        for para in pair.target_paragraphs() {
            for k in lowercase_starts_in(doc, para, false) {
                let s = &para.sentences[k];
                let range = around(doc, para, s.start);
                out.push(
                    Finding::new(
                        DOC.id,
                        "lowercase-start",
                        Severity::Major,
                        "sentence starts lower-case after a full stop: a sentence broken in two",
                    )
                    .confidence(0.85)
                    .target(doc.span(range))
                    .source_opt(pair.source_span()),
                );
            }
        }
        out
    }

    fn fragments(&self, pair: &PairView, cx: &Context) -> Vec<Finding> {
        let p = pair.pair();
        let doc = pair.target;
        let mut out = Vec::new();
        // Page furniture is not a sentence and is reported by `residue`.
        let text_paras: Vec<usize> = p
            .target
            .iter()
            .copied()
            .filter(|&i| !residue::is_furniture(doc.para_text(i), cx.target_lang, cx.config))
            .collect();
        if text_paras.len() >= 2 && !p.source.is_empty() {
            let broken = text_paras[..text_paras.len() - 1]
                .iter()
                .filter(|&&i| !ends_sentence(doc.para_text(i)))
                .count();
            if broken > 0 {
                out.push(
                    Finding::new(
                        DOC.id,
                        "fragment",
                        Severity::Major,
                        format!(
                            "source paragraph came out as {} target paragraphs, {broken} of them ending mid-sentence",
                            p.target.len()
                        ),
                    )
                    .confidence(0.9)
                    .target(pair.target_span().expect("pair has a target"))
                    .source_opt(pair.source_span()),
                );
                return out;
            }
        }
        // A paragraph that stops mid-sentence and goes on lower-case in the next
        // paragraph, which the aligner put in another pair; unless the source
        // paragraph stops without ending its sentence too (chat turns, list items
        // without full stops): that is the source's own structure.
        let source_unfinished = p
            .source
            .last()
            .is_some_and(|&i| !ends_sentence(pair.source.para_text(i)));
        if let (Some(&last), false) = (p.target.last(), source_unfinished) {
            if let Some(next) = doc.paragraphs.get(last + 1) {
                let text = doc.para_text(last);
                let next_text = &doc.text[next.range()];
                let last_word = text.split_whitespace().last().unwrap_or("");
                if !ends_sentence(text)
                    && !last_word.ends_with(',')
                    && !residue::is_furniture(text, cx.target_lang, cx.config)
                    && !residue::is_furniture(next_text, cx.target_lang, cx.config)
                    && starts_lowercase(next_text)
                    && has_case(doc)
                {
                    out.push(
                        Finding::new(
                            DOC.id,
                            "fragment",
                            Severity::Major,
                            "paragraph stops mid-sentence and the next one continues it",
                        )
                        .confidence(0.7)
                        .target(doc.span(doc.paragraphs[last].start..next.end)),
                    );
                }
            }
        }
        out
    }

    fn doubled_words(&self, pair: &PairView) -> Vec<Finding> {
        let mut src_doubles = foldhash::HashSet::default();
        for para in pair.source_paragraphs() {
            for w in para.tokens.windows(2) {
                let a = fold(pair.source.token_text(&w[0]));
                if a == fold(pair.source.token_text(&w[1])) {
                    src_doubles.insert(a);
                }
            }
        }
        let doc = pair.target;
        let mut out = Vec::new();
        for para in pair.target_paragraphs() {
            for w in para.tokens.windows(2) {
                let (a, b) = (&w[0], &w[1]);
                // Words written without spaces (Chinese, Japanese) are split into
                // characters, and a doubled character is an ordinary word there
                // (`ここ`, `人人`, `谢谢`): only words apart by a space count.
                let between = &doc.text[a.end..b.start];
                if between.is_empty() || !between.chars().all(char::is_whitespace) {
                    continue;
                }
                let word = fold(doc.token_text(a));
                if word != fold(doc.token_text(b))
                    || !word.chars().all(char::is_alphabetic)
                    || crate::lang::words::has(doc.lang.lang, "grammatical-doubles", &word)
                    || src_doubles.contains(&word)
                {
                    continue;
                }
                out.push(
                    Finding::new(
                        DOC.id,
                        "doubled-word",
                        Severity::Minor,
                        format!("the word {:?} is repeated", doc.token_text(a)),
                    )
                    .confidence(0.8)
                    .target(doc.span(a.start..b.end)),
                );
            }
        }
        out
    }

    fn split_sentences(&self, pair: &PairView) -> Vec<Finding> {
        let p = pair.pair();
        if p.source.is_empty() || p.target.is_empty() {
            return Vec::new();
        }
        let src: Vec<&Paragraph> = pair.source_paragraphs().collect();
        let tgt: Vec<&Paragraph> = pair.target_paragraphs().collect();
        let n_src: usize = src.iter().map(|p| p.sentences.len()).sum();
        let n_tgt: usize = tgt.iter().map(|p| p.sentences.len()).sum();
        if n_tgt <= n_src {
            return Vec::new();
        }
        let src_b = boundaries(pair.source, &src);
        let doc = pair.target;
        let table = Abbreviations::for_lang(doc.lang.lang);
        let total: usize = tgt.iter().map(|p| p.end - p.start).sum();
        let mut out = Vec::new();
        let mut offset = 0usize;
        for para in &tgt {
            for (k, s) in para.sentences.iter().enumerate().skip(1) {
                let rel = (offset + s.start - para.start) as f64 / total.max(1) as f64;
                if src_b.iter().any(|b| (b - rel).abs() <= BOUNDARY_TOLERANCE) {
                    continue;
                }
                let prev = &doc.text[para.sentences[k - 1].clone()];
                if !prev.trim_end().ends_with('.') || !full_stop_ends_sentence(doc, para, k, table)
                {
                    continue;
                }
                // A stranded word: "French, an Israeli news site revealed…".
                let sentence = &doc.text[s.clone()];
                let Some(first) = para.tokens.iter().find(|t| t.start >= s.start) else {
                    continue;
                };
                let word = doc.token_text(first);
                // A word, a comma and a conjunction of the language's
                // `subordinators.txt` open a whole clause ("Ожидается, что
                // …", "Wiadomo, że …").
                let clause_follows = || {
                    doc.text[first.end + 1..]
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| {
                            crate::lang::words::contains(
                                doc.lang.lang,
                                "subordinators",
                                w.trim_matches(|c: char| !c.is_alphanumeric()),
                            )
                        })
                };
                let stranded = doc.text[first.end..].starts_with(',')
                    && !crate::lang::words::has(doc.lang.lang, "connectives", &fold(word))
                    && sentence.split_whitespace().count() > 2
                    && !clause_follows();
                if stranded {
                    let range = around(doc, para, s.start);
                    out.push(
                        Finding::new(
                            DOC.id,
                            "split-sentence",
                            Severity::Major,
                            format!("full stop where the source has none leaves {word:?} stranded at the start of a sentence"),
                        )
                        .confidence(0.6)
                        .evidence(format!("{n_src} source sentence(s), {n_tgt} target sentences"))
                        .target(doc.span(range))
                        .source_opt(pair.source_span()),
                    );
                }
            }
            offset += para.end - para.start;
        }
        out
    }
}

impl Check for Garbled {
    fn doc(&self) -> &'static CheckDoc {
        &DOC
    }

    fn check(&self, pair: &PairView, cx: &Context) -> Vec<Finding> {
        let mut out = Vec::new();
        if has_case(pair.target) {
            // Judged by the source language's own table, as the target by its own.
            let src_lower = pair
                .source_paragraphs()
                .any(|p| !lowercase_starts_in(pair.source, p, true).is_empty());
            out.extend(self.lowercase_starts(pair, src_lower));
            out.extend(self.split_sentences(pair));
        }
        out.extend(self.fragments(pair, cx));
        out.extend(self.doubled_words(pair));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_start_ignores_brands_and_punctuation() {
        assert!(starts_lowercase("company from different countries."));
        assert!(starts_lowercase("« and then"));
        assert!(!starts_lowercase("iPhone 17 will be sold"));
        assert!(!starts_lowercase("Company"));
        assert!(!starts_lowercase("17 international media"));
    }

    #[test]
    fn capitals_with_full_stops_are_initials() {
        assert!(ends_with_initials("a song by J.R.R."));
        assert!(ends_with_initials("Я.Ю."));
        assert!(!ends_with_initials("the U."));
        assert!(!ends_with_initials("at home."));
        assert!(!ends_with_initials("in the EU."));
    }

    #[test]
    fn a_number_alone_numbers_an_item() {
        assert!(is_enumerator("2."));
        assert!(is_enumerator(" 3.1. "));
        assert!(is_enumerator("Before you leave: 1."));
        assert!(is_enumerator("close the windows; 2."));
        assert!(!is_enumerator("It rose by 2."));
        assert!(!is_enumerator("2"));
    }

    #[test]
    fn sentence_ends_include_closing_quotes_and_colons() {
        assert!(ends_sentence("He said: “We will win.”"));
        assert!(ends_sentence("The reasons are:"));
        assert!(!ends_sentence("revealed that the"));
        assert!(!ends_sentence("With our correspondent in Jerusalem,"));
    }
}
