//! What name matching needs of every token of a document, worked out once per
//! document: the name check compares each name with the tokens of its
//! paragraph and of the neighbouring ones, and a paragraph is the neighbour of
//! two others, so forms computed per comparison, or per paragraph pair, were
//! computed many times over. The forms are kept run together in one string
//! per document, not one allocation per form.

use super::{bare, key, starts_sentence, translit};
use crate::document::{Document, Paragraph};
use crate::lang::Lang;
use foldhash::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

/// Forms run together in one string, each known by its byte range; a form
/// equal to the one before it is not stored twice.
#[derive(Debug, Clone, Default)]
struct Arena {
    text: String,
    last: Range<usize>,
}

impl Arena {
    fn push(&mut self, form: &str) -> Range<usize> {
        if self.text[self.last.clone()] != *form {
            let start = self.text.len();
            self.text.push_str(form);
            self.last = start..self.text.len();
        }
        self.last.clone()
    }

    fn get(&self, r: &Range<usize>) -> &str {
        &self.text[r.clone()]
    }
}

/// Where the forms of one token stand in its `Analysis`: its key
/// (`names::key`: diacritic-folded, lower-cased), its Latin form
/// (`translit::latin`) unless that repeats the key, and its variant key
/// (`translit::variant_key`) unless that repeats the Latin form, one after
/// another. A few bytes a token: a document has millions of them.
#[derive(Debug, Clone)]
pub struct TokenForms {
    at: usize,
    /// The lengths of the key, the Latin form and the variant key.
    lens: [u32; 3],
    /// Whether the Latin form repeats the key, the variant key the Latin form.
    repeats: [bool; 2],
}

impl TokenForms {
    /// The byte ranges of the key, the Latin form and the variant key.
    fn ranges(&self) -> [Range<usize>; 3] {
        let [k, l, v] = self.lens.map(|n| n as usize);
        let key = self.at..self.at + k;
        let latin = if self.repeats[0] {
            key.clone()
        } else {
            key.end..key.end + l
        };
        let variant = if self.repeats[1] {
            latin.clone()
        } else {
            let end = if self.repeats[0] { key.end } else { latin.end };
            end..end + v
        };
        [key, latin, variant]
    }
}

/// A document's token forms, paragraph by paragraph.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Index in `tokens` of each paragraph's first token, and one past the last.
    para_first: Vec<usize>,
    tokens: Vec<TokenForms>,
    forms: String,
    /// The words (`bare`) that stand somewhere other than at a sentence's start.
    mid_sentence: OnceLock<HashSet<String>>,
    stems: OnceLock<Stems>,
}

/// For each token, its forms for matching a word of another language up to
/// case endings (`translit::stems_either`), each with its Latin form when that
/// is long enough to compare (`translit::MIN_STEM_CHARS`).
#[derive(Debug, Clone)]
pub struct Stems {
    lang: Lang,
    /// The range of each token's entries in `stems`.
    tokens: Vec<Range<usize>>,
    stems: Vec<(Range<usize>, Option<Range<usize>>)>,
    forms: Arena,
}

impl Stems {
    /// The stems of the token at `at` (its index among the document's), with
    /// their Latin forms.
    pub fn of(&self, at: usize) -> impl Iterator<Item = (&str, Option<&str>)> {
        self.stems[self.tokens[at].clone()]
            .iter()
            .map(|(s, l)| (self.forms.get(s), l.as_ref().map(|l| self.forms.get(l))))
    }
}

/// The analysis of `doc`, worked out on first use.
pub fn of(doc: &Document) -> &Analysis {
    doc.names.get_or_init(|| {
        let mut a = Analysis::default();
        for p in &doc.paragraphs {
            a.para_first.push(a.tokens.len());
            for t in &p.tokens {
                let text = bare(&doc.text[t.range()]);
                let forms = [
                    key(text),
                    translit::latin(text),
                    translit::variant_key(text),
                ];
                // A form of 4 GiB or more (of a word as long) is left empty.
                let lens = forms
                    .each_ref()
                    .map(|f| u32::try_from(f.len()).unwrap_or(0));
                let repeats = [forms[1] == forms[0], forms[2] == forms[1]];
                let at = a.forms.len();
                for (i, f) in forms.iter().enumerate() {
                    if lens[i] as usize == f.len() && !(i > 0 && repeats[i - 1]) {
                        a.forms.push_str(f);
                    }
                }
                a.tokens.push(TokenForms { at, lens, repeats });
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

    /// A token's key, Latin form and variant key.
    pub fn forms(&self, t: &TokenForms) -> [&str; 3] {
        t.ranges().map(|r| &self.forms[r])
    }

    /// The stems of each token for matching words of `lang` against `doc`'s;
    /// worked out for the first language asked, `None` for another.
    pub fn stems(&self, doc: &Document, lang: Lang) -> Option<&Stems> {
        let stems = self.stems.get_or_init(|| {
            let mut s = Stems {
                lang,
                tokens: Vec::with_capacity(self.tokens.len()),
                stems: Vec::with_capacity(self.tokens.len()),
                forms: Arena::default(),
            };
            for t in doc.paragraphs.iter().flat_map(|p| &p.tokens) {
                let first = s.stems.len();
                let text = bare(&doc.text[t.range()]);
                for (stem, latin) in stem_forms(text, lang, doc.lang.lang) {
                    let stem = s.forms.push(&stem);
                    let latin = latin.map(|l| s.forms.push(&l));
                    s.stems.push((stem, latin));
                }
                s.tokens.push(first..s.stems.len());
            }
            s
        });
        (stems.lang == lang).then_some(stems)
    }

    /// Whether `word` stands in `doc` as a token (`bare`) that does not open a
    /// sentence.
    pub fn mid_sentence(&self, doc: &Document, word: &str) -> bool {
        self.mid_sentence
            .get_or_init(|| {
                let mut words = HashSet::default();
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

/// The stems of `word`, of a text in `lb` matched against words of `la`
/// (`translit::stems_either`), each with its Latin form when that is long
/// enough to compare (`translit::MIN_STEM_CHARS`).
pub fn stem_forms(word: &str, la: Lang, lb: Lang) -> Vec<(String, Option<String>)> {
    translit::stems_either(word, la, lb)
        .into_iter()
        .map(|stem| {
            let l = translit::latin(&stem);
            (stem, (l.len() >= translit::MIN_STEM_CHARS).then_some(l))
        })
        .collect()
}

/// Czech and Polish name a thing after a place with the place's adjective
/// ("Pravčice" / "Pravčická brána", "Kraków" / "krakowski"), and Czech the
/// land around a town after the town ("Šumperk" / "na Šumpersku"): the
/// name's stem (its last letter or two dropped) and an ending of the
/// language's `derived-endings.txt`, not a misspelling. `derived` is the
/// word of language `lang` that may be so derived from `name`.
/// Fewest letters of the stem a derived word shares with its place's name
/// ("Úst" of "Ústí" and "Ústecko").
const DERIVED_STEM_MIN_CHARS: usize = 3;

pub fn derived_from_name(name: &str, derived: &str, lang: Lang) -> bool {
    let (name, w) = (key(name), key(derived));
    crate::lang::words::list(lang, "derived-endings")
        .iter()
        .any(|e| {
            w.strip_suffix(&key(e)).is_some_and(|stem| {
                let n = name.chars().count();
                stem.chars().count() >= DERIVED_STEM_MIN_CHARS
                    && stem.chars().count() + 2 >= n
                    && name.starts_with(stem)
            })
        })
}
