//! What name matching needs of every token of a document, worked out once per
//! document: the name check compares each name with the tokens of its
//! paragraph and of the neighbouring ones, and a paragraph is the neighbour of
//! two others, so forms computed per comparison, or per paragraph pair, were
//! computed many times over.

use super::{bare, key, starts_sentence, translit};
use crate::document::{Document, Paragraph};
use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

/// The forms of one token.
#[derive(Debug, Clone)]
pub struct TokenForms {
    /// Where the token stands without elision or possessive (`bare`).
    pub text: Range<usize>,
    /// `names::key`: diacritic-folded, lower-cased.
    pub key: String,
    /// `translit::latin`.
    pub latin: String,
    /// `translit::variant_key`.
    pub variant: String,
}

/// A document's token forms, paragraph by paragraph.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Index in `tokens` of each paragraph's first token, and one past the last.
    para_first: Vec<usize>,
    tokens: Vec<TokenForms>,
    /// The words (`bare`) that stand somewhere other than at a sentence's start.
    mid_sentence: OnceLock<HashSet<String>>,
}

/// The analysis of `doc`, worked out on first use.
pub fn of(doc: &Document) -> &Analysis {
    doc.names.get_or_init(|| {
        let mut a = Analysis::default();
        for p in &doc.paragraphs {
            a.para_first.push(a.tokens.len());
            for t in &p.tokens {
                let raw = &doc.text[t.range()];
                let text = bare(raw);
                // `bare` returns a part of `raw`.
                let start = t.start + (text.as_ptr() as usize - raw.as_ptr() as usize);
                a.tokens.push(TokenForms {
                    text: start..start + text.len(),
                    key: key(text),
                    latin: translit::latin(text),
                    variant: translit::variant_key(text),
                });
            }
        }
        a.para_first.push(a.tokens.len());
        a
    })
}

impl Analysis {
    /// The forms of `para`'s tokens, in order; `para` is one of `doc`'s.
    pub fn paragraph(&self, doc: &Document, para: &Paragraph) -> &[TokenForms] {
        let at = doc.paragraphs.partition_point(|p| p.start < para.start);
        let index = doc
            .paragraphs
            .get(at)
            .filter(|p| std::ptr::eq(*p, para))
            .map(|_| at)
            .or_else(|| doc.paragraphs.iter().position(|p| std::ptr::eq(p, para)));
        match index {
            Some(i) => &self.tokens[self.para_first[i]..self.para_first[i + 1]],
            None => &[],
        }
    }

    /// Whether `word` stands in `doc` as a token (`bare`) that does not open a
    /// sentence.
    pub fn mid_sentence(&self, doc: &Document, word: &str) -> bool {
        self.mid_sentence
            .get_or_init(|| {
                let mut words = HashSet::new();
                for p in &doc.paragraphs {
                    for t in &p.tokens {
                        if !starts_sentence(doc, p, t.start) {
                            words.insert(bare(&doc.text[t.range()]).to_string());
                        }
                    }
                }
                words
            })
            .contains(word)
    }
}
