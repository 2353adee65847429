//! What name matching needs of every token of a document, worked out once per
//! document: the name check compares each name with the tokens of its
//! paragraph and of the neighbouring ones, and a paragraph is the neighbour of
//! two others, so forms computed per comparison, or per paragraph pair, were
//! computed many times over.

use super::{bare, key, starts_sentence, translit};
use crate::document::{Document, Paragraph};
use crate::lang::Lang;
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
    stems: OnceLock<Stems>,
}

/// A token's forms for matching a word of another language up to case
/// endings (`translit::stems_either`), each with its Latin form when that is
/// long enough to compare (`translit::MIN_STEM_CHARS`).
pub type StemForms = Vec<(String, Option<String>)>;

/// The `StemForms` of every token, for words of `lang`.
#[derive(Debug, Clone)]
struct Stems {
    lang: Lang,
    tokens: Vec<StemForms>,
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
    /// The index of `para`'s first token among the document's, and the forms
    /// of its tokens in order; `para` is one of `doc`'s.
    pub fn paragraph(&self, doc: &Document, para: &Paragraph) -> (usize, &[TokenForms]) {
        let at = doc.paragraphs.partition_point(|p| p.start < para.start);
        let index = doc
            .paragraphs
            .get(at)
            .filter(|p| std::ptr::eq(*p, para))
            .map(|_| at)
            .or_else(|| doc.paragraphs.iter().position(|p| std::ptr::eq(p, para)));
        match index {
            Some(i) => {
                let first = self.para_first[i];
                (first, &self.tokens[first..self.para_first[i + 1]])
            }
            None => (0, &[]),
        }
    }

    /// The `StemForms` of each token (by its index among the document's) for
    /// matching words of `lang` against `doc`'s; worked out for the first
    /// language asked, `None` for another.
    pub fn stems(&self, doc: &Document, lang: Lang) -> Option<&[StemForms]> {
        let stems = self.stems.get_or_init(|| Stems {
            lang,
            tokens: self
                .tokens
                .iter()
                .map(|t| stem_forms(&doc.text[t.text.clone()], lang, doc.lang.lang))
                .collect(),
        });
        (stems.lang == lang).then_some(&stems.tokens[..])
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

/// The `StemForms` of `word`, of a text in `lb` matched against words of `la`.
pub fn stem_forms(word: &str, la: Lang, lb: Lang) -> StemForms {
    translit::stems_either(word, la, lb)
        .into_iter()
        .map(|stem| {
            let l = translit::latin(&stem);
            (stem, (l.len() >= translit::MIN_STEM_CHARS).then_some(l))
        })
        .collect()
}
