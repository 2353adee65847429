//! Paragraphs of a text: blank-line or line rules, and long paragraphs cut at sentence ends.

use super::*;

pub(super) fn line_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    starts
}

/// A line is blank when it holds only whitespace, Unicode spaces (no-break, thin,
/// ideographic…) and the BOM included.
pub(super) fn is_blank(line: &str) -> bool {
    line.chars().all(|c| c.is_whitespace() || c == '\u{feff}')
}

pub(super) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// The text of 0-based line `i`, with its terminator.
pub(super) fn line_text<'t>(text: &'t str, line_starts: &[usize], i: usize) -> &'t str {
    let end = line_starts.get(i + 1).copied().unwrap_or(text.len());
    &text[line_starts[i]..end]
}

/// Whether a line could be a paragraph on its own rather than one line of a
/// hard-wrapped paragraph: it is long, or it ends a sentence.
pub(super) fn is_paragraph_length(line: &str) -> bool {
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
pub(super) fn paragraph_rule(
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
pub(super) fn segment_paragraphs(
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
pub(super) fn cut_long_paragraph(
    text: &str,
    line_starts: &[usize],
    p: Paragraph,
) -> Vec<Paragraph> {
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
