//! `untranslated`: words, spans, sentences and paragraphs of the target still in
//! the source language. Evidence is combined per token (script, word frequency in
//! the source and target languages, presence in the aligned source, case) and per
//! span and sentence (whatlang restricted to the two languages, share of the words
//! that lean to the source language); names, acronyms, codes, numbers, addresses
//! and keep-as-is terms are left alone.

use super::{residue, Check, CheckDoc, Context, FindingKind, PairView};
use crate::document::{Document, Paragraph};
use crate::finding::{Finding, Severity};
use crate::lang::lexicon::{content_key, normalise, Lexicon};
use crate::lang::{likelier_of, words, Lang, Script};
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

pub static DOC: CheckDoc = CheckDoc {
    id: "untranslated",
    kinds: &[
        FindingKind {
            id: "word",
            doc: "a source-language word left in the translation",
        },
        FindingKind {
            id: "span",
            doc: "a run of source-language words left in the translation",
        },
        FindingKind {
            id: "sentence",
            doc: "a sentence left in the source language",
        },
        FindingKind {
            id: "paragraph",
            doc: "a paragraph left in the source language",
        },
        FindingKind {
            id: "unit",
            doc: "an XLIFF unit with no target or an empty one",
        },
        FindingKind {
            id: "segment",
            doc: "an XLIFF segment left without a target",
        },
    ],
    summary: "words, spans, sentences or paragraphs left in the source language",
    body: "\
**What it catches.** Text of the translation that is still in the language of the original:
a single word (`Joel Saget AFP / Archivos` in an English article from Spanish), a run of words
(`the ministre de l'Intérieur`), a quotation, a whole sentence or a whole paragraph, and text
in the source's script inside a target written in another one (Cyrillic or Chinese in English,
English in Russian). Each finding names the language, the evidence (`in source; Spanish zipf
4.52, English zipf 1.35`), a confidence and the place in the source.

**How.** A word is foreign when it is far more frequent in the source language than in the
target language (wordfreq Zipf values built into the binary: difference above 2, or 1.5 from
English, and below 4 in the target), when it is missing from the target language's list yet
copied from the source, or when it is written in a script the target language does not use.
A capitalised word inside a sentence is taken for a name and needs much stronger evidence.
Neighbouring foreign words merge into one span; a sentence that whatlang assigns to the source
language and whose words lean to it is reported once, and a paragraph mostly in the source
language once, as critical.

**Why it matters.** Readers of the translation cannot read what was left out; a left-over
word also shows the text was not reviewed.

**Example.** Source `el Gobierno rebajará…` → target `In addition, the Gobierno will cut…`.

**Not flagged.** Names and brands carried over (`Pegasus`, `NSO`, `Walla News`, `Élysée`),
acronyms, URLs, e-mail addresses, handles, hashtags, codes and numbers, words common in the
target language too (`information`, `president`, `will`), and the `keep` terms of
`mtcheck.toml`. Furniture paragraphs are left to `residue`.

**Known false positives and misses.** A rare name that is also a common word of the source
language at the start of a sentence; words that exist in both languages (`commerce`, `als`,
Czech `a`) are missed on purpose.",
};

// --- Word-level thresholds (research note data-deps.md §3.5, re-measured on
// --- DEMETR dev with scripts/eval_demetr.py).

/// A word is foreign when its Zipf value in the source language exceeds the one in
/// the target language by more than this: 2.0 caught 58/60 hand-picked foreign
/// words with 0/255 English words and cognates flagged.
const MIN_ZIPF_GAP: f32 = 2.0;
/// From English into another language the gap can be smaller: English leftovers
/// are common in other languages' web text, which lifts their target Zipf (29/33
/// English leftovers caught at 1.5 against 23/33 at 2.0, no loanword flagged).
const MIN_ZIPF_GAP_FROM_ENGLISH: f32 = 1.5;
/// A word at least this frequent in the target language is a word of the target
/// language (`will`, `a`, `president`), whatever it is in the source.
const MAX_TARGET_ZIPF: f32 = 4.0;
/// A capitalised word inside a sentence is usually a name (Podemos, Bundesliga,
/// Bonne): it is flagged only when it is a very common word of the source
/// language (`Gobierno` 5.3) and far rarer in the target.
const NAME_MIN_SOURCE_ZIPF: f32 = 4.5;
const NAME_MIN_ZIPF_GAP: f32 = 2.8;
/// A capitalised word where a capital says nothing (first in its sentence, in a
/// title-case line) may still be a name: names of the source language's news are
/// rarer there than its common words (Pawłowicz 3.67, Paroubek 3.64, Söder 3.71
/// against Pasada 4.64, Dzięki 5.83, Archivos 4.52), so it must be at least this
/// common in the source language.
const CAPITALISED_MIN_SOURCE_ZIPF: f32 = 4.0;
/// For a German source a capitalised word inside a sentence is a noun as often as
/// a name: it needs a clear gap (Untersuchung 2.80, Bürgschaft 3.17 against Söder
/// 2.37, Schweinfurt 2.11, Schwarz 2.08) and to be rare in the target language.
const GERMAN_NOUN_MIN_SOURCE_ZIPF: f32 = 3.0;
const GERMAN_NOUN_MIN_ZIPF_GAP: f32 = 2.5;
const GERMAN_NOUN_MAX_TARGET_ZIPF: f32 = 3.0;
/// ...and when it is rare in the target language: a place or person in the news
/// of the source language is usually written about in the target language too
/// (Ostrava 2.04, Schwarz 2.93 in English), a common noun is not (Gobierno 1.85).
const NAME_MAX_TARGET_ZIPF: f32 = 2.0;
/// A word missing from both lists is foreign only when it has at least this many
/// letters (short tokens are abbreviations and typos) and the target list is deep
/// enough that its absence means "not a word of the target language".
const OOV_MIN_LETTERS: usize = 4;
const DEEP_LIST_MAX_MIN_ZIPF: f32 = 1.5;
/// Two words share a stem when they share this many leading letters (an inflected
/// Polish or Czech form in the target and another form of it in the source).
const STEM_LETTERS: usize = 5;
/// An inflected form missing from a list is compared by its stem: the word less
/// this many final letters (Polish and Czech case endings are one to three).
const STEM_TRIM: usize = 2;
/// ...and the stem must begin a word of the source language in common use: the
/// deep end of a full wordfreq list (down to Zipf 1.0) holds names, typos and
/// foreign words, so a rare entry such as a surname is no evidence of the
/// language. 2.5 is about where the 50,000-word lists used to stop.
const STEM_MIN_SOURCE_ZIPF: f32 = 2.5;
/// A word of at least this many letters missing from both lists may be a
/// compound: a word of at least `COMPOUND_HEAD_LETTERS` letters at its start is
/// looked up.
const COMPOUND_MIN_LETTERS: usize = 10;
const COMPOUND_HEAD_LETTERS: usize = 6;
/// ...and that word must be a common one (`hochwasser` 3.70, `bürgschaft` 3.17).
const COMPOUND_HEAD_MIN_ZIPF: f32 = 3.0;

// --- Spans and sentences.

/// A word between two foreign words, or at the edge of a foreign span, joins it
/// when it leans to the source language by this much (`de`, `la`, `y`, `und`).
const BRIDGE_MIN_GAP: f32 = 0.5;
const EDGE_MIN_GAP: f32 = 1.0;
const EDGE_MIN_SOURCE_ZIPF: f32 = 5.0;
/// At most this many bridging words in a row between two foreign words.
const MAX_BRIDGE: usize = 2;
/// A word leans to a language when its Zipf value there is higher by this much.
const LEAN_GAP: f32 = 0.5;
/// whatlang is only asked about sentences with at least this many words: on
/// fewer it is no better than chance (research note §1).
const MIN_SENTENCE_WORDS: usize = 4;
/// A sentence is in the source language when whatlang says so and at least this
/// share of its words that lean either way lean to the source.
const SENTENCE_MIN_SOURCE_SHARE: f32 = 0.6;
const SENTENCE_MIN_SOURCE_WORDS: usize = 3;
/// A sentence in another script is untranslated when this share of its letters is
/// in the foreign script.
const SENTENCE_MIN_SCRIPT_SHARE: f32 = 0.6;
/// An untranslated sentence this long is critical, not major: it is a whole
/// statement the reader of the translation cannot understand, and the gate must
/// hold the article. Shorter ones (a slogan, a title quoted in the original)
/// are major.
const LONG_SENTENCE_WORDS: usize = 8;
/// A paragraph is untranslated when this share of its words is in untranslated
/// sentences; below it, a paragraph that mixes a translated sentence with an
/// untranslated one gets a finding per untranslated sentence.
const PARAGRAPH_MIN_SHARE: f32 = 0.8;

/// What a token is, as far as this check is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Skip {
    /// An ordinary word to judge.
    No,
    /// A number, code, URL, address, handle, hashtag, acronym, keep-as-is term,
    /// single letter: never flagged and never counted.
    Yes,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    Lower,
    /// First letter upper-case, the rest lower-case.
    Capitalised,
    /// Two or more upper-case letters: acronyms and CamelCase brands.
    Upper,
    /// No case (CJK, Devanagari…).
    None,
}

/// Scripts a token can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokScript {
    Latin,
    Cyrillic,
    Greek,
    Armenian,
    Georgian,
    Hebrew,
    Arabic,
    Devanagari,
    Bengali,
    OtherIndic,
    Thai,
    Hangul,
    Kana,
    Han,
    Other,
}

impl TokScript {
    fn name(self) -> &'static str {
        match self {
            TokScript::Latin => "Latin",
            TokScript::Cyrillic => "Cyrillic",
            TokScript::Greek => "Greek",
            TokScript::Armenian => "Armenian",
            TokScript::Georgian => "Georgian",
            TokScript::Hebrew => "Hebrew",
            TokScript::Arabic => "Arabic",
            TokScript::Devanagari => "Devanagari",
            TokScript::Bengali => "Bengali",
            TokScript::OtherIndic => "Indic",
            TokScript::Thai => "Thai",
            TokScript::Hangul => "Hangul",
            TokScript::Kana => "Japanese kana",
            TokScript::Han => "Chinese characters",
            TokScript::Other => "non-Latin",
        }
    }
}

fn char_script(c: char) -> Option<TokScript> {
    let u = c as u32;
    let s = match u {
        0x41..=0x5A | 0x61..=0x7A | 0xAA | 0xBA => TokScript::Latin,
        0xC0..=0x24F if u != 0xD7 && u != 0xF7 => TokScript::Latin,
        0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A => {
            TokScript::Latin
        }
        0x370..=0x3FF | 0x1F00..=0x1FFF => TokScript::Greek,
        0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => TokScript::Cyrillic,
        0x530..=0x58F => TokScript::Armenian,
        0x590..=0x5FF | 0xFB1D..=0xFB4F => TokScript::Hebrew,
        0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            TokScript::Arabic
        }
        0x900..=0x97F => TokScript::Devanagari,
        0x980..=0x9FF => TokScript::Bengali,
        0xA00..=0xDFF => TokScript::OtherIndic,
        0xE00..=0xE7F => TokScript::Thai,
        0x10A0..=0x10FF => TokScript::Georgian,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => TokScript::Hangul,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => TokScript::Kana,
        // 々 〆 〇: the ideographic iteration mark, closing mark and zero are
        // written with Chinese characters (`人々`, `時々`), in Japanese above all.
        0x3005..=0x3007
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF
        | 0x20000..=0x2FFFF => TokScript::Han,
        _ if c.is_alphabetic() => TokScript::Other,
        _ => return None,
    };
    Some(s)
}

/// The script of a token: that of most of its letters.
fn token_script(word: &str) -> Option<TokScript> {
    let mut counts: Vec<(TokScript, usize)> = Vec::new();
    for s in word.chars().filter_map(char_script) {
        match counts.iter_mut().find(|(k, _)| *k == s) {
            Some((_, n)) => *n += 1,
            None => counts.push((s, 1)),
        }
    }
    counts.into_iter().max_by_key(|&(_, n)| n).map(|(s, _)| s)
}

/// Scripts a text in `lang` is normally written in.
fn native_scripts(lang: Lang) -> &'static [TokScript] {
    match lang.script() {
        Script::Latin => &[TokScript::Latin],
        Script::Cyrillic => &[TokScript::Cyrillic],
        Script::Han => &[TokScript::Han],
        Script::Japanese => &[TokScript::Han, TokScript::Kana],
        Script::Devanagari => &[TokScript::Devanagari],
        Script::Hangul => &[TokScript::Hangul, TokScript::Han],
        Script::Arabic => &[TokScript::Arabic],
    }
}

fn case_of(word: &str) -> Case {
    // `l'Intérieur`, `dell'Emilia`: the case of the word after an elided article.
    if let Some((before, after)) = word.rsplit_once(['\'', '’']) {
        if !before.is_empty()
            && before.chars().count() <= 4
            && before.chars().all(char::is_lowercase)
            && after.chars().count() > 2
        {
            return case_of(after);
        }
    }
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    let lower = word.chars().filter(|c| c.is_lowercase()).count();
    let first_upper = word
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| c.is_uppercase());
    match (upper, lower) {
        (0, 0) => Case::None,
        (0, _) => Case::Lower,
        (1, _) if first_upper => Case::Capitalised,
        (1, 0) => Case::Capitalised,
        _ => Case::Upper,
    }
}

fn letters(word: &str) -> usize {
    word.chars().filter(|c| c.is_alphabetic()).count()
}

/// URLs, e-mail addresses, handles and hashtags: their words are not prose.
fn address_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            // ASCII classes and boundaries: Unicode `\w` and `(?i)` make this
            // pattern several times slower to compile, a cost paid at every start.
            r#"(?x)
            (?-u:\b)(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ff][Tt][Pp]://|[Ww][Ww][Ww]\.)[^\s<>"«»]+
          | [A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+
          | (?:^|[\s(\[])[@\#][^\s,;:!?()\[\]"'«»]+
          | (?-u:\b)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|gov|edu|info|io|fr|es|de|it|pt|nl|pl|cz|ru|uk|eu|ch|be|at|br|mx|ar)(?-u:\b)(?:/[^\s<>"«»]*)?"#,
        )
        .expect("address pattern compiles")
    })
}

/// Whether a paragraph may hold a URL, address, handle or hashtag: most hold
/// none, and the pattern is compiled (0.7 ms) only when one does.
fn may_hold_address(text: &str) -> bool {
    let b = text.as_bytes();
    text.contains(['@', '#', '/'])
        || b.windows(2)
            .any(|w| w[0] == b'.' && w[1].is_ascii_alphanumeric())
}

/// One word token of a target paragraph with what is known about it.
#[derive(Debug, Clone)]
struct Tok {
    range: Range<usize>,
    sentence: usize,
    skip: Skip,
    script: Option<TokScript>,
    case: Case,
    /// First word of its sentence.
    initial: bool,
    /// The word as the lexicons store it.
    norm: String,
    /// Zipf in the source / target language (`None`: not in the list or no list).
    zs: Option<f32>,
    zt: Option<f32>,
    /// Byte range of the same word in the aligned source paragraphs.
    in_source: Option<Range<usize>>,
    /// The same word (not only its stem) is in the aligned source.
    source_exact: bool,
    /// Why it is foreign, when it is (evidence text and confidence).
    flag: Option<(String, f64)>,
    /// Foreign by its frequencies were it not capitalised: may extend a span.
    lex_foreign: bool,
    /// Read as (part of) a name: not counted when weighing a sentence's language.
    name: bool,
}

impl Tok {
    /// How far the word leans to the source language (positive) or the target.
    fn gap(&self) -> Option<f32> {
        match (self.zs, self.zt) {
            (None, None) => None,
            (zs, zt) => Some(zs.unwrap_or(0.0) - zt.unwrap_or(0.0)),
        }
    }
}

/// Languages and lexicons of a document pair.
struct Langs {
    src: Lang,
    tgt: Lang,
    src_lex: Option<&'static Lexicon>,
    tgt_lex: Option<&'static Lexicon>,
}

impl Langs {
    fn gap_threshold(&self) -> f32 {
        if self.src == Lang::En {
            MIN_ZIPF_GAP_FROM_ENGLISH
        } else {
            MIN_ZIPF_GAP
        }
    }

    /// Target Zipf used in the rule: a word missing from a cut list is rarer than
    /// the list's floor, not absent from the language.
    fn target_zipf(&self, zt: Option<f32>) -> f32 {
        match (zt, self.tgt_lex) {
            (Some(z), _) => z,
            (None, Some(l)) if l.min_zipf() > DEEP_LIST_MAX_MIN_ZIPF => l.min_zipf(),
            _ => 0.0,
        }
    }

    /// Zipf values of a normalised word in the source and target lists, looked up
    /// in the same form on both sides: `Zeman's` is compared as `zeman` even where
    /// one list happens to hold the possessive.
    fn zipfs(&self, norm: &str) -> (Option<f32>, Option<f32>) {
        let get = |lex: Option<&Lexicon>, key: &str| lex.and_then(|l| l.get_normalised(key));
        let (s, t) = (get(self.src_lex, norm), get(self.tgt_lex, norm));
        let part = content_key(norm);
        if (s.is_none() || t.is_none()) && part.len() < norm.len() {
            return (get(self.src_lex, part), get(self.tgt_lex, part));
        }
        (s, t)
    }

    /// Whether an out-of-list word looks like a form of the source language:
    /// its stem begins words of the source list and none of the target list
    /// (`warstwami` → `warstwa…`; not `kwachas`), or it begins with a word of
    /// the source language that is far more frequent there than in the target
    /// language (`Wirtschaftsstandort` → `wirtschaft`).
    fn source_stem(&self, norm: &str) -> bool {
        let (Some(src), Some(tgt)) = (self.src_lex, self.tgt_lex) else {
            return false;
        };
        let chars: Vec<char> = norm.chars().collect();
        let n = chars.len();
        if n < OOV_MIN_LETTERS + STEM_TRIM {
            return false;
        }
        let prefix = |len: usize| chars[..len].iter().collect::<String>();
        let stem = prefix(n - STEM_TRIM);
        if src.has_prefix_at_least(&stem, STEM_MIN_SOURCE_ZIPF) && !tgt.has_prefix(&stem) {
            return true;
        }
        if n < COMPOUND_MIN_LETTERS {
            return false;
        }
        (COMPOUND_HEAD_LETTERS..n - STEM_TRIM).rev().any(|len| {
            let head = prefix(len);
            src.get_normalised(&head).is_some_and(|zs| {
                zs - tgt.get_normalised(&head).unwrap_or(0.0) > self.gap_threshold()
                    && zs >= COMPOUND_HEAD_MIN_ZIPF
            })
        })
    }

    fn deep_target_list(&self) -> bool {
        self.tgt_lex
            .is_some_and(|l| l.min_zipf() <= DEEP_LIST_MAX_MIN_ZIPF)
    }
}

/// Source words of the aligned pair, normalised, with their byte ranges, and
/// indexed so that each look-up costs the same however long the source is.
struct SourceWords {
    words: Vec<(String, Range<usize>)>,
    /// Positions in `words` of each normalised word, in order.
    at: HashMap<String, Vec<usize>>,
    /// Position of the first word with each stem (its first `STEM_LETTERS` letters).
    stems: HashMap<String, usize>,
}

fn stem_of(norm: &str) -> Option<String> {
    let stem: String = norm.chars().take(STEM_LETTERS).collect();
    (stem.chars().count() >= STEM_LETTERS).then_some(stem)
}

impl SourceWords {
    fn new(doc: &Document, paras: &[&Paragraph]) -> SourceWords {
        let words: Vec<(String, Range<usize>)> = paras
            .iter()
            .flat_map(|p| p.tokens.iter())
            .map(|t| (normalise(doc.token_text(t)), t.range()))
            .collect();
        let mut at: HashMap<String, Vec<usize>> = HashMap::new();
        let mut stems = HashMap::new();
        for (i, (w, _)) in words.iter().enumerate() {
            at.entry(w.clone()).or_default().push(i);
            if let Some(stem) = stem_of(w) {
                stems.entry(stem).or_insert(i);
            }
        }
        SourceWords { words, at, stems }
    }

    fn find(&self, norm: &str) -> Option<Range<usize>> {
        let &i = self.at.get(norm)?.first()?;
        Some(self.words[i].1.clone())
    }

    /// A source word sharing a stem with `norm` (another inflected form).
    fn find_stem(&self, norm: &str) -> Option<Range<usize>> {
        let &i = self.stems.get(&stem_of(norm)?)?;
        Some(self.words[i].1.clone())
    }

    /// The source range of a run of target words, when the same words stand
    /// together in the source (the first such place). Only the places of the
    /// run's rarest word are tried.
    fn find_run(&self, norms: &[String]) -> Option<Range<usize>> {
        if norms.is_empty() || norms.len() > self.words.len() {
            return None;
        }
        let (k, places) = norms
            .iter()
            .enumerate()
            .map(|(k, n)| (k, self.at.get(n).map_or(&[][..], Vec::as_slice)))
            .min_by_key(|(_, p)| p.len())?;
        places.iter().find_map(|&p| {
            let start = p.checked_sub(k)?;
            let w = self.words.get(start..start + norms.len())?;
            w.iter()
                .zip(norms)
                .all(|((a, _), b)| a == b)
                .then(|| w[0].1.start..w[w.len() - 1].1.end)
        })
    }
}

pub struct Untranslated;

impl Untranslated {
    pub fn new() -> Untranslated {
        Untranslated
    }
}

impl Default for Untranslated {
    fn default() -> Self {
        Untranslated::new()
    }
}

impl Check for Untranslated {
    fn doc(&self) -> &'static CheckDoc {
        &DOC
    }

    fn check(&self, pair: &PairView, cx: &Context) -> Vec<Finding> {
        let langs = Langs {
            src: cx.source_lang,
            tgt: cx.target_lang,
            src_lex: Lexicon::for_lang(cx.source_lang),
            tgt_lex: Lexicon::for_lang(cx.target_lang),
        };
        let src_paras: Vec<&Paragraph> = if pair.pair().source.is_empty() {
            pair.source_neighbourhood(1)
        } else {
            pair.source_paragraphs().collect()
        };
        let source = SourceWords::new(pair.source, &src_paras);
        let mut out = Vec::new();
        for para in pair.target_paragraphs() {
            let text = &pair.target.text[para.range()];
            if residue::is_furniture(text, cx.target_lang, cx.config) {
                continue;
            }
            out.extend(check_paragraph(pair, cx, &langs, &source, para));
        }
        out
    }
}

/// Byte ranges of keep-as-is terms in a paragraph (case-sensitive, whole words).
fn keep_ranges(text: &str, base: usize, keep: &[String]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for term in keep.iter().filter(|t| !t.trim().is_empty()) {
        for (i, _) in text.match_indices(term.as_str()) {
            let before = text[..i].chars().next_back();
            let after = text[i + term.len()..].chars().next();
            let boundary = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
            if boundary(before) && boundary(after) {
                out.push(base + i..base + i + term.len());
            }
        }
    }
    out
}

fn covered(ranges: &[Range<usize>], r: &Range<usize>) -> bool {
    ranges.iter().any(|k| k.start <= r.start && r.end <= k.end)
}

fn check_paragraph(
    pair: &PairView,
    cx: &Context,
    langs: &Langs,
    source: &SourceWords,
    para: &Paragraph,
) -> Vec<Finding> {
    let doc = pair.target;
    let text = &doc.text[para.range()];
    let mut protected = keep_ranges(text, para.start, &cx.config.keep);
    if may_hold_address(text) {
        protected.extend(
            address_re()
                .find_iter(text)
                .map(|m| para.start + m.start()..para.start + m.end()),
        );
    }
    let mut toks = tokens(doc, para, langs, source, &protected);
    if toks.iter().all(|t| t.skip == Skip::Yes) {
        return Vec::new();
    }
    let title_sentences = title_case_sentences(&toks, para.sentences.len());
    let src_names = source_names(pair);
    let speller = cx.config.speller(langs.src);
    for i in 0..toks.len() {
        let phrase = in_name_phrase(&toks, i, doc, langs)
            || latin_name_link(&toks, i, doc, langs.tgt)
            || joins_name(&toks, i, doc, langs);
        let name_like = is_name_like(&toks, i, &title_sentences, &src_names, langs.src);
        let word = &doc.text[toks[i].range.clone()];
        let capital = toks[i].case == Case::Capitalised && !phrase;
        let judged = if phrase {
            None
        } else {
            judge(&toks[i], langs, name_like, word)
        };
        // Inside a foreign span a capital says less: `ministre de l'Intérieur`.
        let lex = capital
            && judged.is_none()
            && judge(
                &Tok {
                    case: Case::Lower,
                    initial: false,
                    ..toks[i].clone()
                },
                langs,
                false,
                word,
            )
            .is_some();
        // A capitalised word the source language writes only with a capital is
        // a name carried over, as names are ("Olomouc", "Sevilla"). Asked only
        // of a word that would be flagged or join a span: reading a
        // dictionary costs tens of milliseconds.
        let spelt_name =
            capital && (judged.is_some() || lex) && speller.is_some_and(|s| s.is_name(word));
        toks[i].flag = if spelt_name { None } else { judged };
        toks[i].lex_foreign = lex && !spelt_name;
        // In a title-case line any capitalised word may be a name.
        let in_title = title_sentences
            .get(toks[i].sentence)
            .copied()
            .unwrap_or(false);
        toks[i].name = phrase
            || spelt_name
            || (name_like && langs.src != Lang::De)
            || (in_title && toks[i].case == Case::Capitalised && toks[i].flag.is_none());
    }
    let spans = merge_spans(&toks, doc, langs);
    let sentences = untranslated_sentences(doc, para, &toks, langs);
    report(pair, langs, para, &toks, &spans, &sentences)
}

fn tokens(
    doc: &Document,
    para: &Paragraph,
    langs: &Langs,
    source: &SourceWords,
    protected: &[Range<usize>],
) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::with_capacity(para.tokens.len());
    let mut sentence = 0;
    let mut last_sentence = usize::MAX;
    for t in &para.tokens {
        while sentence + 1 < para.sentences.len() && t.start >= para.sentences[sentence].end {
            sentence += 1;
        }
        let word = doc.token_text(t);
        let script = token_script(word);
        let case = case_of(word);
        let skip = if script.is_none()
            || word.chars().any(|c| c.is_numeric() || c == '_')
            || covered(protected, &t.range())
            || (script == Some(TokScript::Latin) && letters(word) < 2)
            || (script == Some(TokScript::Greek) && letters(word) < 2)
            || case == Case::Upper
        {
            Skip::Yes
        } else {
            Skip::No
        };
        let norm = normalise(word);
        let (zs, zt) = if skip == Skip::No {
            langs.zipfs(&norm)
        } else {
            (None, None)
        };
        out.push(Tok {
            range: t.range(),
            sentence,
            skip,
            script,
            case,
            initial: sentence != last_sentence,
            zs,
            zt,
            in_source: source
                .find(&norm)
                .or_else(|| source.find(content_key(&norm)))
                .or_else(|| {
                    (skip == Skip::No && letters(word) > STEM_LETTERS)
                        .then(|| source.find_stem(&norm))
                        .flatten()
                }),
            source_exact: source
                .find(&norm)
                .or_else(|| source.find(content_key(&norm)))
                .is_some(),
            norm,
            flag: None,
            lex_foreign: false,
            name: false,
        });
        last_sentence = sentence;
    }
    out
}

/// Sentences written in title case, such as headlines and credit lines (`Joel
/// Saget AFP / Archivos`): there a capital says nothing about names. A news
/// sentence full of names and titles has up to about 60 % capitalised words
/// (`Former Prime Minister and Chairman of the Czech Social Democratic Party
/// (ČSSD) Jiří Paroubek is not…`), so the bar is higher.
const TITLE_CASE_MIN_SHARE: f32 = 0.75;

fn title_case_sentences(toks: &[Tok], n: usize) -> Vec<bool> {
    let mut caps = vec![(0usize, 0usize); n.max(1)];
    for t in toks.iter().filter(|t| t.script.is_some()) {
        let e = &mut caps[t.sentence.min(n.max(1) - 1)];
        e.1 += 1;
        if matches!(t.case, Case::Capitalised | Case::Upper) {
            e.0 += 1;
        }
    }
    caps.iter()
        .map(|&(c, n)| n >= 2 && c as f32 >= TITLE_CASE_MIN_SHARE * n as f32)
        .collect()
}

/// Words written capitalised inside a sentence of the aligned source: names there.
fn source_names(pair: &PairView) -> HashSet<String> {
    let doc = pair.source;
    let mut out = HashSet::new();
    for p in pair.source_paragraphs() {
        let mut sentence = 0;
        let mut prev_sentence = usize::MAX;
        for t in &p.tokens {
            while sentence + 1 < p.sentences.len() && t.start >= p.sentences[sentence].end {
                sentence += 1;
            }
            let w = doc.token_text(t);
            if sentence == prev_sentence && case_of(w) == Case::Capitalised {
                out.insert(normalise(w));
            }
            prev_sentence = sentence;
        }
    }
    out
}

/// Whether a capitalised token reads as a name: inside a sentence that is not in
/// title case; or first in its sentence and written capitalised inside a sentence
/// of the source (not telling for German, which capitalises every noun).
fn is_name_like(
    toks: &[Tok],
    i: usize,
    title: &[bool],
    src_names: &HashSet<String>,
    src: Lang,
) -> bool {
    let t = &toks[i];
    if t.case != Case::Capitalised || title.get(t.sentence).copied().unwrap_or(false) {
        return false;
    }
    if !t.initial {
        return true;
    }
    src != Lang::De && src_names.contains(&t.norm)
}

/// Lower-case words that join the parts of a name (`Régions de France`, `Ludwig
/// van Beethoven`).
const NAME_PARTICLES: &[&str] = &[
    "de", "di", "da", "do", "du", "des", "del", "della", "dei", "der", "den", "van", "von", "zu",
    "la", "le", "les", "los", "las", "el", "y", "e", "i", "bin", "ibn", "al",
];

/// Whether a capitalised token is part of a multi-word name, in running text as
/// in a title-case line: next to another capitalised word or an acronym (`Jiří
/// Paroubek`, `SNCF Réseau`, `U-Bahnhof Aidenbachstraße`), possibly over one or
/// two particles. A sentence's first word
/// counts only when it is not a common word of the target language (`The
/// Gobierno` is no name).
fn in_name_phrase(toks: &[Tok], i: usize, doc: &Document, langs: &Langs) -> bool {
    let lang_of_target = langs.tgt;
    let t = &toks[i];
    if !matches!(t.case, Case::Capitalised | Case::Upper)
        || t.script
            .is_none_or(|s| !native_scripts(lang_of_target).contains(&s))
    {
        return false;
    }
    // Parts of a name stand next to each other, over a space or a hyphen only.
    let near = |a: &Tok, b: &Tok| {
        a.sentence == b.sentence
            && doc.text[a.range.end..b.range.start]
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '-' | '‐' | '–'))
    };
    let capital = |n: &Tok| {
        matches!(n.case, Case::Capitalised | Case::Upper)
            && !(n.initial && n.zt.is_some_and(|z| z >= MAX_TARGET_ZIPF))
    };
    // The particles of personal names, and those of the source language's
    // place names ("nad" in Czech, "am" in German).
    let particle = |n: &Tok| {
        n.case == Case::Lower
            && (NAME_PARTICLES.contains(&n.norm.as_str()) || place_particle(n, langs))
    };
    // Up to two particles in a row: `Congreso de los Diputados`, `Ursula von der Leyen`.
    let reaches = |from: usize, step: isize| {
        let mut prev = from;
        for hop in 1..=3isize {
            let Some(j) = from.checked_add_signed(step * hop) else {
                return false;
            };
            let Some(n) = toks.get(j) else {
                return false;
            };
            let (a, b) = if step > 0 {
                (&toks[prev], n)
            } else {
                (n, &toks[prev])
            };
            if !near(a, b) {
                return false;
            }
            if capital(n) {
                return true;
            }
            if !particle(n) {
                return false;
            }
            prev = j;
        }
        false
    };
    let right = reaches(i, 1);
    let left = reaches(i, -1);
    right || left
}

/// A particle of the source language's place names ("nad", "ob"), unless it is
/// a common word of the target language too ("am" in English), where it
/// would join a pronoun to a noun ("I am …").
fn place_particle(n: &Tok, langs: &Langs) -> bool {
    words::contains(langs.src, "name-particles", &n.norm)
        && n.zt.is_none_or(|z| z < MAX_TARGET_ZIPF)
}

/// Whether a lower-case token is a particle of the source language joining two
/// capitalised words of one name ("Ústí nad Orlicí", "Frankfurt am Main",
/// "Ludwig van Beethoven"), possibly next to a second particle ("an der").
fn joins_name(toks: &[Tok], i: usize, doc: &Document, langs: &Langs) -> bool {
    let particle = |n: &Tok| {
        n.case == Case::Lower
            && (NAME_PARTICLES.contains(&n.norm.as_str()) || place_particle(n, langs))
    };
    let near = |a: &Tok, b: &Tok| {
        a.sentence == b.sentence
            && doc.text[a.range.end..b.range.start]
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '-' | '‐'))
    };
    let capital = |n: &Tok| matches!(n.case, Case::Capitalised | Case::Upper);
    if !particle(&toks[i]) {
        return false;
    }
    let (mut first, mut last) = (i, i);
    if first > 0 && particle(&toks[first - 1]) && near(&toks[first - 1], &toks[first]) {
        first -= 1;
    }
    if last + 1 < toks.len() && particle(&toks[last + 1]) && near(&toks[last], &toks[last + 1]) {
        last += 1;
    }
    let before = first
        .checked_sub(1)
        .is_some_and(|j| capital(&toks[j]) && near(&toks[j], &toks[first]));
    let after = toks
        .get(last + 1)
        .is_some_and(|n| capital(n) && near(&toks[last], n));
    before && after
}

/// A lower-case word set in Latin letters inside a Latin-script name, in a
/// target written in another script: one or two words between capitalised
/// Latin words (`Bank of America`, `Museum of Modern Art`), or one or two short
/// particles opening the name (`van Gogh`, `von der Leyen`). In Russian or
/// Chinese text the name is kept in Latin on purpose, and its small words with it.
fn latin_name_link(toks: &[Tok], i: usize, doc: &Document, tgt: Lang) -> bool {
    let near = |a: &Tok, b: &Tok| {
        a.sentence == b.sentence
            && doc.text[a.range.end..b.range.start]
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '-' | '‐'))
    };
    let latin = |n: &Tok| n.script == Some(TokScript::Latin);
    let capital = |n: &Tok| latin(n) && matches!(n.case, Case::Capitalised | Case::Upper);
    let particle = |n: &Tok| latin(n) && n.case == Case::Lower;
    let short = |n: &Tok| letters(&doc.text[n.range.clone()]) <= NAME_PARTICLE_MAX_LETTERS;
    if native_scripts(tgt).contains(&TokScript::Latin) || !particle(&toks[i]) {
        return false;
    }
    let (mut first, mut last) = (i, i);
    while first > 0 && particle(&toks[first - 1]) && near(&toks[first - 1], &toks[first]) {
        first -= 1;
    }
    while last + 1 < toks.len() && particle(&toks[last + 1]) && near(&toks[last], &toks[last + 1]) {
        last += 1;
    }
    if last - first + 1 > MAX_NAME_PARTICLES {
        return false;
    }
    let right = toks
        .get(last + 1)
        .is_some_and(|n| capital(n) && near(&toks[last], n));
    let left = first
        .checked_sub(1)
        .map(|j| &toks[j])
        .filter(|p| near(p, &toks[first]));
    // Between two capitalised words any small run is the name's (`Gone with the
    // Wind`); opening a name, only particles (`de`, `van`, `al`).
    right
        && match left {
            Some(p) if capital(p) => true,
            Some(p) if latin(p) => false,
            _ => toks[first..=last].iter().all(short),
        }
}

/// Small words inside a name (`of`, `for`, `de`, `van`, `der`, `al`) are at most
/// this long, and at most this many stand together (`von der Leyen`).
const NAME_PARTICLE_MAX_LETTERS: usize = 3;
const MAX_NAME_PARTICLES: usize = 2;

/// Whether one token is in the source language, and why.
fn judge(t: &Tok, langs: &Langs, name_like: bool, word: &str) -> Option<(String, f64)> {
    if t.skip == Skip::Yes {
        return None;
    }
    let script = t.script?;
    let native = native_scripts(langs.tgt);
    if !native.contains(&script) {
        return judge_script(t, langs, script, word);
    }
    // Same script as the target: word frequencies decide.
    let (src_lex, tgt_lex) = (langs.src_lex?, langs.tgt_lex?);
    if !native_scripts(langs.src).contains(&script) {
        return None;
    }
    let zs = t.zs.unwrap_or(0.0);
    let zt = langs.target_zipf(t.zt);
    let gap = zs - zt;
    let in_source = if t.in_source.is_some() {
        "in source; "
    } else {
        ""
    };
    let evidence = format!(
        "{in_source}{} zipf {}, {} zipf {}",
        langs.src.name(),
        fmt_zipf(t.zs, src_lex),
        langs.tgt.name(),
        fmt_zipf(t.zt, tgt_lex)
    );
    let source_bonus = if t.in_source.is_some() { 0.1 } else { 0.0 };
    // German capitalises every noun, so a capital inside a sentence says less.
    let german_noun =
        langs.src == Lang::De && t.case == Case::Capitalised && (name_like || t.initial);
    if name_like && !german_noun {
        if zs >= NAME_MIN_SOURCE_ZIPF && gap > NAME_MIN_ZIPF_GAP && zt < NAME_MAX_TARGET_ZIPF {
            return Some((evidence, 0.6 + source_bonus));
        }
        return None;
    }
    if german_noun {
        let min_zs = if t.initial {
            CAPITALISED_MIN_SOURCE_ZIPF
        } else {
            GERMAN_NOUN_MIN_SOURCE_ZIPF
        };
        if zs >= min_zs && gap > GERMAN_NOUN_MIN_ZIPF_GAP && zt < GERMAN_NOUN_MAX_TARGET_ZIPF {
            return Some((evidence, 0.6 + source_bonus));
        }
    } else if t.case == Case::Capitalised && zs < CAPITALISED_MIN_SOURCE_ZIPF {
        // First in its sentence or in a title-case line: may still be a name.
        return None;
    } else if gap > langs.gap_threshold() && zt < MAX_TARGET_ZIPF {
        let conf = 0.6 + 0.1 * f64::from((gap - langs.gap_threshold()).min(2.0)) + source_bonus;
        return Some((evidence, conf.min(0.95)));
    }
    if t.zt.is_some() || letters(word) < OOV_MIN_LETTERS || t.in_source.is_none() {
        return None;
    }
    let source_exact = t.source_exact;
    // Copied from the source, and not a word of the target language.
    let lowerish = t.case == Case::Lower || (t.case == Case::Capitalised && t.initial);
    // A cut target list only knows the target's commoner words, so there the word
    // must be written exactly as in the source and in lower case.
    let copied = langs.deep_target_list() || (t.case == Case::Lower && source_exact);
    // A capital that says nothing (first in the sentence) may still begin a name:
    // rare words of the source list copied with a capital are mostly surnames
    // and places, so they need the same frequency as in the gap rule above.
    let common_enough = t.case == Case::Lower || zs >= CAPITALISED_MIN_SOURCE_ZIPF;
    if t.zs.is_some() && lowerish && copied && common_enough {
        return Some((
            format!("{evidence}; not a {} word", langs.tgt.name()),
            0.6 + source_bonus,
        ));
    }
    // In neither list: an inflected or compound form of the source language when
    // its stem is one, or when its letters are foreign to the target language.
    // Capitalised outside German, it is more likely a name (`Macura`, `Rakfisk`).
    if t.zs.is_none() && (t.case == Case::Lower || german_noun) {
        if langs.source_stem(&t.norm) {
            return Some((
                format!("{evidence}; stem of a {} word", langs.src.name()),
                0.55,
            ));
        }
        if t.case == Case::Lower
            && langs.deep_target_list()
            && t.norm
                .chars()
                .any(|c| c.is_alphabetic() && !tgt_lex.writes_letter(c))
        {
            return Some((
                format!("{evidence}; letters foreign to {}", langs.tgt.name()),
                0.5,
            ));
        }
    }
    None
}

fn fmt_zipf(z: Option<f32>, lex: &Lexicon) -> String {
    match z {
        Some(z) => format!("{z:.2}"),
        None => format!("<{:.2}", lex.min_zipf()),
    }
}

/// A token in a script the target language is not written in.
fn judge_script(t: &Tok, langs: &Langs, script: TokScript, word: &str) -> Option<(String, f64)> {
    let src_native = native_scripts(langs.src).contains(&script);
    let in_source = if t.in_source.is_some() {
        "in source; "
    } else {
        ""
    };
    if script == TokScript::Latin {
        // Latin in a non-Latin target: names, brands and codes are written in
        // Latin on purpose; lower-case words copied from the source are not.
        if t.case != Case::Lower || !src_native || letters(word) < 2 {
            return None;
        }
        let zs = t.zs.unwrap_or(0.0);
        if t.in_source.is_none() && zs < MAX_TARGET_ZIPF - 1.0 {
            return None;
        }
        return Some((
            format!(
                "{in_source}Latin script in a {} text; {} zipf {zs:.2}",
                langs.tgt.name(),
                langs.src.name()
            ),
            0.8,
        ));
    }
    if !src_native && t.in_source.is_some() {
        // Foreign to the source as well, and kept there: a quotation in a third
        // language that the translation rightly keeps.
        return None;
    }
    let conf = if src_native { 0.95 } else { 0.7 };
    Some((
        format!(
            "{in_source}{} script in a {} text",
            script.name(),
            langs.tgt.name()
        ),
        conf,
    ))
}

/// A run of neighbouring foreign tokens (indices into the token list).
#[derive(Debug, Clone)]
struct SpanRun {
    first: usize,
    last: usize,
}

/// Text between two tokens that keeps them in one span: spaces, hyphens,
/// apostrophes, commas, quotes; not sentence ends or brackets.
fn joinable_gap(gap: &str) -> bool {
    gap.chars().count() <= 3
        && gap.chars().all(|c| {
            c.is_whitespace()
                || matches!(
                    c,
                    '-' | '\'' | '’' | ',' | '、' | '，' | '"' | '«' | '»' | '“' | '”' | '/'
                )
        })
}

fn merge_spans(toks: &[Tok], doc: &Document, langs: &Langs) -> Vec<SpanRun> {
    let leans = |t: &Tok, min: f32| {
        t.skip == Skip::No
            && native_scripts(langs.tgt).contains(&t.script.unwrap_or(TokScript::Other))
            && t.gap().is_some_and(|g| g >= min)
    };
    let joined = |a: &Tok, b: &Tok| {
        a.sentence == b.sentence && joinable_gap(&doc.text[a.range.end..b.range.start])
    };
    // A span starts at a flagged token and may end at one that is foreign but for
    // its capital; single letters (`a`, `y`, `e`) may stand between.
    let ends = |t: &Tok| t.flag.is_some() || t.lex_foreign;
    let single_letter = |t: &Tok| {
        t.script
            .is_some_and(|s| native_scripts(langs.tgt).contains(&s))
            && letters(&doc.text[t.range.clone()]) == 1
    };
    let mut runs: Vec<SpanRun> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if toks[i].flag.is_none() {
            i += 1;
            continue;
        }
        let mut run = SpanRun { first: i, last: i };
        let mut j = i + 1;
        loop {
            // Next flagged token reachable over at most MAX_BRIDGE leaning tokens.
            let mut k = j;
            let mut ok = k < toks.len() && joined(&toks[k - 1], &toks[k]);
            while ok
                && !ends(&toks[k])
                && k - j < MAX_BRIDGE
                && (leans(&toks[k], BRIDGE_MIN_GAP) || single_letter(&toks[k]))
            {
                k += 1;
                ok = k < toks.len() && joined(&toks[k - 1], &toks[k]);
            }
            if ok && ends(&toks[k]) {
                run.last = k;
                j = k + 1;
            } else {
                break;
            }
        }
        // Function words of the source language at the edges (`la réforme`).
        let edge = |t: &Tok| {
            t.lex_foreign || (leans(t, EDGE_MIN_GAP) && t.zs.unwrap_or(0.0) >= EDGE_MIN_SOURCE_ZIPF)
        };
        if run.first > 0
            && edge(&toks[run.first - 1])
            && joined(&toks[run.first - 1], &toks[run.first])
        {
            run.first -= 1;
        }
        if run.last + 1 < toks.len()
            && edge(&toks[run.last + 1])
            && joined(&toks[run.last], &toks[run.last + 1])
        {
            run.last += 1;
        }
        i = run.last + 1;
        runs.push(run);
    }
    runs
}

/// The tokens of sentence `si`: tokens come in sentence order, so a binary
/// search finds them, and a paragraph of many sentences costs no more per
/// sentence than a short one.
fn sentence_toks(toks: &[Tok], si: usize) -> &[Tok] {
    let lo = toks.partition_point(|t| t.sentence < si);
    let hi = toks.partition_point(|t| t.sentence <= si);
    &toks[lo..hi]
}

/// Sentences of the paragraph in the source language: (sentence index, evidence).
fn untranslated_sentences(
    doc: &Document,
    para: &Paragraph,
    toks: &[Tok],
    langs: &Langs,
) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (si, range) in para.sentences.iter().enumerate() {
        let words: Vec<&Tok> = sentence_toks(toks, si)
            .iter()
            .filter(|t| t.skip == Skip::No && !t.name)
            .collect();
        if words.len() < MIN_SENTENCE_WORDS {
            continue;
        }
        let text = &doc.text[range.clone()];
        let native = native_scripts(langs.tgt);
        let foreign_script: usize = words
            .iter()
            .filter(|t| t.script.is_some_and(|s| !native.contains(&s)))
            .map(|t| letters(&doc.text[t.range.clone()]))
            .sum();
        let all_letters: usize = words
            .iter()
            .map(|t| letters(&doc.text[t.range.clone()]))
            .sum();
        if all_letters > 0
            && foreign_script as f32 >= SENTENCE_MIN_SCRIPT_SHARE * all_letters as f32
            && words.iter().any(|t| t.flag.is_some())
        {
            out.push((
                si,
                format!("{foreign_script} of {all_letters} letters in another script"),
            ));
            continue;
        }
        let src_lean = words
            .iter()
            .filter(|t| t.flag.is_some() || t.gap().is_some_and(|g| g >= LEAN_GAP))
            .count();
        // A word in a script of the target language that the source language is
        // not written in leans to the target, whether or not the target has a
        // lexicon (Chinese, Japanese, Hindi…: `Lufthansa 和 Ryanair 每天早上都从那里起飞` is
        // Chinese with two names, not English).
        let src_native = native_scripts(langs.src);
        let target_script = |t: &Tok| {
            t.script
                .is_some_and(|s| native.contains(&s) && !src_native.contains(&s))
        };
        let tgt_lean = words
            .iter()
            .filter(|t| {
                t.flag.is_none() && (target_script(t) || t.gap().is_some_and(|g| g <= -LEAN_GAP))
            })
            .count();
        if src_lean < SENTENCE_MIN_SOURCE_WORDS
            || (src_lean as f32) < SENTENCE_MIN_SOURCE_SHARE * (src_lean + tgt_lean) as f32
        {
            continue;
        }
        match likelier_of(text, langs.src, langs.tgt) {
            Some((l, conf)) if l == langs.src => out.push((
                si,
                format!(
                    "{src_lean} of {} words lean to {}, {tgt_lean} to {}; whatlang: {} ({conf:.2})",
                    words.len(),
                    langs.src.name(),
                    langs.tgt.name(),
                    langs.src.name()
                ),
            )),
            _ => {}
        }
    }
    out
}

fn report(
    pair: &PairView,
    langs: &Langs,
    para: &Paragraph,
    toks: &[Tok],
    spans: &[SpanRun],
    sentences: &[(usize, String)],
) -> Vec<Finding> {
    let doc = pair.target;
    let src_doc = pair.source;
    let mut out = Vec::new();
    let words_in = |si: usize| {
        sentence_toks(toks, si)
            .iter()
            .filter(|t| t.skip == Skip::No)
            .count()
    };
    let para_words = toks.iter().filter(|t| t.skip == Skip::No).count();
    let bad_words: usize = sentences.iter().map(|(si, _)| words_in(*si)).sum();
    let lang_name = langs.src.name();
    if para_words >= MIN_SENTENCE_WORDS
        && bad_words as f32 >= PARAGRAPH_MIN_SHARE * para_words as f32
    {
        let evidence = sentences
            .iter()
            .map(|(_, e)| e.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        out.push(
            Finding::new(
                DOC.id,
                "paragraph",
                Severity::Critical,
                format!("paragraph left in {lang_name}"),
            )
            .confidence(0.9)
            .evidence(evidence)
            .whole_paragraph()
            .target(doc.span(para.range()))
            .source_opt(pair.source_span()),
        );
        return out;
    }
    let bad: HashSet<usize> = sentences.iter().map(|(si, _)| *si).collect();
    for (si, evidence) in sentences {
        let range = para.sentences[*si].clone();
        let n = words_in(*si);
        let severity = if n >= LONG_SENTENCE_WORDS {
            Severity::Critical
        } else {
            Severity::Major
        };
        let src_span = best_source_sentence(pair, doc, toks, *si);
        out.push(
            Finding::new(
                DOC.id,
                "sentence",
                severity,
                format!("sentence left in {lang_name}"),
            )
            .confidence(0.85)
            .evidence(evidence.clone())
            .target(doc.span(range))
            .source_opt(
                src_span
                    .map(|r| src_doc.span(r))
                    .or_else(|| pair.source_span()),
            ),
        );
    }
    for run in spans {
        let first = &toks[run.first];
        if bad.contains(&first.sentence) {
            continue;
        }
        let range = first.range.start..toks[run.last].range.end;
        let flagged: Vec<&Tok> = toks[run.first..=run.last]
            .iter()
            .filter(|t| t.flag.is_some())
            .collect();
        let (kind, message, mut evidence, mut conf) = if run.first == run.last {
            let (ev, c) = first.flag.clone().unwrap_or_default();
            let word = &doc.text[range.clone()];
            let what = if first
                .script
                .is_some_and(|s| !native_scripts(langs.tgt).contains(&s))
                && !native_scripts(langs.src).contains(&first.script.unwrap_or(TokScript::Other))
            {
                format!(
                    "{word:?} is in {} script, not {}",
                    first.script.map_or("another", |s| s.name()),
                    langs.tgt.name()
                )
            } else {
                format!("{word:?} is {lang_name}, left untranslated")
            };
            ("word", what, ev, c)
        } else {
            let ev = flagged
                .iter()
                .filter_map(|t| {
                    t.flag
                        .as_ref()
                        .map(|(e, _)| format!("{}: {e}", &doc.text[t.range.clone()]))
                })
                .collect::<Vec<_>>()
                .join("; ");
            let c = flagged
                .iter()
                .filter_map(|t| t.flag.as_ref().map(|f| f.1))
                .fold(0.0, f64::max);
            (
                "span",
                format!(
                    "{:?} is {lang_name}, left untranslated",
                    &doc.text[range.clone()]
                ),
                ev,
                c,
            )
        };
        let n_words = run.last - run.first + 1;
        if n_words >= 3 {
            if let Some((l, _)) = likelier_of(&doc.text[range.clone()], langs.src, langs.tgt) {
                evidence = format!("{evidence}; whatlang on the span: {}", l.name());
                if l == langs.src {
                    conf = (conf + 0.1).min(0.95);
                }
            }
        }
        let norms: Vec<String> = toks[run.first..=run.last]
            .iter()
            .map(|t| normalise(&doc.text[t.range.clone()]))
            .collect();
        let src_range = pair_source_words(pair)
            .find_run(&norms)
            .or_else(|| first.in_source.clone());
        out.push(
            Finding::new(DOC.id, kind, Severity::Major, message)
                .confidence(round2(conf))
                .evidence(evidence)
                .target(doc.span(range))
                .source_opt(src_range.map(|r| src_doc.span(r))),
        );
    }
    out
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn pair_source_words(pair: &PairView) -> SourceWords {
    let paras: Vec<&Paragraph> = pair.source_paragraphs().collect();
    SourceWords::new(pair.source, &paras)
}

/// The source sentence sharing the most words with target sentence `si`.
fn best_source_sentence(
    pair: &PairView,
    doc: &Document,
    toks: &[Tok],
    si: usize,
) -> Option<Range<usize>> {
    let words: HashSet<String> = toks
        .iter()
        .filter(|t| t.sentence == si)
        .map(|t| normalise(&doc.text[t.range.clone()]))
        .collect();
    let src = pair.source;
    let mut best: Option<(usize, Range<usize>)> = None;
    for p in pair.source_paragraphs() {
        for s in &p.sentences {
            let shared = p
                .tokens
                .iter()
                .filter(|t| t.start >= s.start && t.end <= s.end)
                .filter(|t| words.contains(&normalise(src.token_text(t))))
                .count();
            if shared > 0 && best.as_ref().is_none_or(|b| shared > b.0) {
                best = Some((shared, s.clone()));
            }
        }
    }
    best.map(|b| b.1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::{check_pair, Input, Options};

    fn findings_with(src: (&str, Lang), tgt: (&str, Lang), config: Config) -> Vec<Finding> {
        let input = |text: &str, lang: Lang, name: &str| Input {
            name: name.to_string(),
            path: None,
            text: text.to_string(),
            lang: Some(lang),
        };
        let report = check_pair(
            "t",
            input(src.0, src.1, "source"),
            input(tgt.0, tgt.1, "target"),
            &Options { config },
        )
        .expect("checkable pair");
        report
            .paragraphs
            .into_iter()
            .flat_map(|p| p.findings)
            .filter(|f| f.check == DOC.id)
            .collect()
    }

    fn findings(src: (&str, Lang), tgt: (&str, Lang)) -> Vec<Finding> {
        findings_with(src, tgt, Config::default())
    }

    fn texts(fs: &[Finding]) -> Vec<String> {
        fs.iter()
            .filter_map(|f| f.target.as_ref().map(|s| s.text.clone()))
            .collect()
    }

    #[test]
    fn flags_a_spanish_word_with_its_evidence_and_source_span() {
        let fs = findings(
            ("Joel Saget AFP / Archivos", Lang::Es),
            ("Joel Saget AFP / Archivos", Lang::En),
        );
        assert_eq!(texts(&fs), ["Archivos"]);
        let f = &fs[0];
        assert_eq!((f.kind, f.severity), ("word", Severity::Major));
        assert!(f.message.contains("Spanish"), "{}", f.message);
        let ev = f.evidence.as_deref().unwrap_or("");
        assert!(
            ev.starts_with("in source; Spanish zipf 4.52, English zipf 1.35"),
            "{ev}"
        );
        assert_eq!(f.source.as_ref().map(|s| s.text.as_str()), Some("Archivos"));
        assert!(f.confidence > 0.5 && f.confidence < 1.0);
    }

    #[test]
    fn leaves_names_brands_and_cognates_alone() {
        let fs = findings(
            (
                "Según el portal Walla News, el programa Pegasus de NSO fue confirmado a la AFP por el Elíseo y la información nacional.",
                Lang::Es,
            ),
            (
                "According to the Walla News portal, NSO's Pegasus software was confirmed to AFP by the Élysée, national information says.",
                Lang::En,
            ),
        );
        assert!(fs.is_empty(), "{:?}", texts(&fs));
    }

    #[test]
    fn the_iteration_mark_is_written_with_chinese_characters() {
        assert_eq!(token_script("人々"), Some(TokScript::Han));
        assert_eq!(token_script("々"), Some(TokScript::Han));
        let fs = findings(
            ("People in many places sometimes gather here.", Lang::En),
            ("色々な所の人々が時々ここに集まる。", Lang::Ja),
        );
        assert!(fs.is_empty(), "{:?}", texts(&fs));
    }

    #[test]
    fn a_chinese_sentence_with_two_english_names_is_chinese() {
        let fs = findings(
            (
                "Both Lufthansa and Ryanair fly from there every morning.",
                Lang::En,
            ),
            ("Lufthansa 和 Ryanair 每天早上都从那里起飞。", Lang::Zh),
        );
        assert!(fs.is_empty(), "{:?}", texts(&fs));
    }

    #[test]
    fn small_words_of_a_latin_name_in_cyrillic_text_are_the_name() {
        let fs = findings(
            (
                "Shares of Bank of America fell, said Ursula von der Leyen.",
                Lang::En,
            ),
            (
                "Акции Bank of America упали, сказала Ursula von der Leyen.",
                Lang::Ru,
            ),
        );
        assert!(fs.is_empty(), "{:?}", texts(&fs));
        let fs = findings(
            ("He said the bank of the city will pay.", Lang::En),
            ("Он сказал, что the bank of the city заплатит.", Lang::Ru),
        );
        assert!(!fs.is_empty(), "lower-case English words are still flagged");
    }

    #[test]
    fn keeps_configured_terms() {
        let src = ("La cadena Cuatro y el diario Público informaron.", Lang::Es);
        let tgt = (
            "The channel Cuatro and the newspaper Público reported it.",
            Lang::En,
        );
        let config = Config::parse("t.toml", "keep = [\"Cuatro\", \"Público\"]").unwrap();
        assert!(findings_with(src, tgt, config).is_empty());
    }

    #[test]
    fn merges_neighbouring_words_into_one_span() {
        let fs = findings(
            (
                "Le président a rencontré le ministre de l'Intérieur au palais.",
                Lang::Fr,
            ),
            (
                "The president met the ministre de l'Intérieur at the palace.",
                Lang::En,
            ),
        );
        assert_eq!(texts(&fs), ["ministre de l'Intérieur"]);
        assert_eq!(fs[0].kind, "span");
    }

    #[test]
    fn reports_a_sentence_once_and_a_paragraph_as_critical() {
        let fs = findings(
            ("Le ministre a parlé mardi. La réforme des retraites est nécessaire et nous la ferons.", Lang::Fr),
            ("The minister spoke on Tuesday. La réforme des retraites est nécessaire et nous la ferons.", Lang::En),
        );
        assert_eq!(fs.len(), 1, "{:?}", texts(&fs));
        assert_eq!(
            (fs[0].kind, fs[0].severity),
            ("sentence", Severity::Critical)
        );
        let text = "Gli esperti escludono al momento un'eruzione imminente, ma invitano la popolazione a informarsi.";
        let fs = findings((text, Lang::It), (text, Lang::En));
        assert_eq!(fs.len(), 1);
        assert_eq!(
            (fs[0].kind, fs[0].severity),
            ("paragraph", Severity::Critical)
        );
        assert!(fs[0].whole_paragraph);
    }

    #[test]
    fn flags_other_scripts_in_either_direction() {
        let fs = findings(
            ("Переговоры прошли в Москве.", Lang::Ru),
            ("The переговоры took place in Moscow.", Lang::En),
        );
        assert_eq!(texts(&fs), ["переговоры"]);
        let fs = findings(
            ("Russia's president attended the 阅兵式.", Lang::En),
            (
                "Apple и Google представили новые телефоны iPhone.",
                Lang::Ru,
            ),
        );
        assert!(fs.is_empty(), "brands in Latin are names: {:?}", texts(&fs));
        let fs = findings(
            ("Both sides said they were satisfied with the results.", Lang::En),
            ("Переговоры прошли в Москве в четверг вечером. Both sides said they were satisfied with the results.", Lang::Ru),
        );
        assert_eq!(fs.len(), 1);
        assert_eq!(fs[0].kind, "sentence");
    }

    #[test]
    fn skips_addresses_codes_and_numbers() {
        let fs = findings(
            ("Escriba a prensa@gobierno.es o visite www.lamoncloa.gob.es, código ES-4512, 1.200 euros.", Lang::Es),
            ("Write to prensa@gobierno.es or visit www.lamoncloa.gob.es, code ES-4512, 1,200 euros.", Lang::En),
        );
        assert!(fs.is_empty(), "{:?}", texts(&fs));
    }

    #[test]
    fn assigns_scripts() {
        assert_eq!(token_script("Archivos"), Some(TokScript::Latin));
        assert_eq!(token_script("阅兵式"), Some(TokScript::Han));
        assert_eq!(token_script("タンパク質"), Some(TokScript::Kana));
        assert_eq!(token_script("वित्तीय"), Some(TokScript::Devanagari));
        assert_eq!(token_script("2024"), None);
        assert_eq!(case_of("l'Intérieur"), Case::Capitalised);
        assert_eq!(case_of("NSO"), Case::Upper);
    }
}
