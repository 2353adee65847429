//! Words and sentences of a text, abbreviations, and the folded forms checks compare.

use super::*;

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
pub(super) const ABBREVIATIONS: &[&str] = &[
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

pub(super) fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？')
}

pub(super) fn is_closing(c: char) -> bool {
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

pub(super) fn push_sentence(
    out: &mut Vec<Range<usize>>,
    para: &str,
    base: usize,
    s: usize,
    e: usize,
) {
    let piece = &para[s..e];
    let trimmed = piece.trim_end();
    if !trimmed.trim().is_empty() {
        out.push(base + s..base + s + trimmed.len());
    }
}

/// The longest abbreviation in bytes ("approx", "avda", "ee.uu" in any case and
/// script); a longer last word is not looked up, which keeps the look-back
/// short however long the word before a full stop is.
pub(super) const MAX_ABBREVIATION_BYTES: usize = 24;

pub(super) fn ends_with_abbreviation(before: &str) -> bool {
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

/// `word` with its first letter in capitals ("olomouc" → "Olomouc").
pub fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The comparison form of a word: NFC, Unicode spaces and typographic apostrophes
/// unified, lower-cased. This is what lexicon look-ups and cross-language
/// comparisons use.
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        // The common case, and already in NFC: one pass, one allocation.
        let mut out = String::with_capacity(word.len());
        out.extend(word.bytes().map(|b| match b {
            b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c' => ' ',
            b => char::from(b.to_ascii_lowercase()),
        }));
        return out;
    }
    let unify = |c: char| match c {
        '’' | 'ʼ' | '‘' => '\'',
        c if c.is_whitespace() => ' ',
        c => c,
    };
    // Most words are in NFC already and hold nothing to unify: lower-case them
    // as they stand.
    if unicode_normalization::is_nfc_quick(word.chars()) == unicode_normalization::IsNormalized::Yes
        && word.chars().all(|c| unify(c) == c)
    {
        return word.to_lowercase();
    }
    word.nfc().map(unify).collect::<String>().to_lowercase()
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
