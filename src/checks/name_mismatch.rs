//! `name-mismatch`: names of people, places and organisations in the source
//! that did not come through intact — missing, misspelt, translated word for
//! word, swapped for another name, garbled — and names the target has that the
//! source never had.

use super::{Check, CheckDoc, Context, FindingKind, PairView};
use crate::document::{fold, fold_diacritics, Document, Paragraph};
use crate::finding::{Finding, Severity};
use crate::lang::{words, Lang, Script};
use crate::links;
use crate::names::places::{self, Place, PlaceKind};
use crate::names::{self, lexicon, translit, NamePhrase, Strength};
use regex::Regex;
use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

pub static DOC: CheckDoc = CheckDoc {
    id: "name-mismatch",
    kinds: &[
        FindingKind {
            id: "missing",
            doc: "a source name with no counterpart in the translation",
        },
        FindingKind {
            id: "misspelt",
            doc: "a name carried over with a near-miss spelling",
        },
        FindingKind {
            id: "literal-translation",
            doc: "a name part translated word for word",
        },
        FindingKind {
            id: "swapped",
            doc: "another name stands where the source has this one",
        },
        FindingKind {
            id: "added",
            doc: "a name in the translation the source does not have",
        },
        FindingKind {
            id: "garbled",
            doc: "a name broken by punctuation or a stray word",
        },
    ],
    summary: "names missing, misspelt, translated word for word, swapped, garbled or added",
    body: "\
**What it catches.** Every name phrase of the source (capitalised runs with their particles,
acronyms, place names found through CLDR's names of countries and cities in every language)
must have a counterpart in the aligned target paragraph or its neighbours: the same form, the
same up to case and diacritics (`Élysée` = `Elysee`), an inflected form (`Macronem`, `Macrons`),
an exonym (`Alemania` = `Germany`, `Londres` = `London`), or a transliteration (`Путина` =
`Putin`, `成都` = `Chengdu`). Kinds:
- `missing`: no counterpart (`Naftali Bennett` gone);
- `misspelt`: a near miss (`Bennet` for `Bennett`);
- `literal-translation`: a name part that is a common word rendered as a target word
  (`Jean-Yves Le Drian` → `Jean-Yves The Drian`, `Emmanuel Bonne` → `Emmanuel Good`);
- `swapped`: another name stands where the source name should be;
- `garbled`: the phrase broken by punctuation (`Walla. News`);
- `added`: a name the source never had;
- `missing` also when an English target shows the gap a dropped name leaves (`in, 305
  voters`, `on the road to .`, `Dr thinks`, `the mayor of 's office`, `Mrs. replied`,
  `members of the, who`, a sentence opening on its verb: `Said on Monday that`).

**Why it matters.** A wrong name is a false statement about a person; readers cannot repair it.

**Severity.** `swapped` and `literal-translation` are critical: the text names a person or place
that does not exist or is not the one meant. `missing` is major (information lost, nothing false
stated); minor when part of the name survives. `misspelt` is major. `added` is minor with lower
confidence (often a translator's explanation).

**Example.** Source: `el asesor diplomático Emmanuel Bonne` → target: `the diplomatic adviser
Emmanuel Good` (`literal-translation`).

**Not flagged.** Exonyms and transliterations, a later mention replaced by a pronoun or role,
names in the `[glossary]` of `mtcheck.toml` written in an accepted form, nationality adjectives
(`français` = `French`), and capitalised common words that are translated (`Gobierno`).

**Known false positives.** Institution names built from rare words, given names with a
language-specific form (`Francisco` = `Francis`), and transliterations far from the usual
English spelling.",
};

/// Jaro–Winkler similarity from which two Latin forms of a name in different
/// scripts are the same transliterated name ("zelenskogo" ~ "zelensky").
/// Set by judgement, not yet swept on DEMETR dev: Russian genitives keep
/// about this much after the ending is stripped.
pub const TRANSLIT_MIN_SIMILARITY: f64 = 0.85;
/// A same-script near miss: at most this many edits…
pub const MISSPELT_MAX_EDITS: usize = 2;
/// …at this similarity or more, on names of at least this many letters.
pub const MISSPELT_MIN_SIMILARITY: f64 = 0.9;
pub const MISSPELT_MIN_CHARS: usize = 5;
/// A near miss that is a word this common in the target language is a
/// translation ("Harbour" → "Harbor", "Hurrikans" → "Hurricane").
pub const MISSPELT_MAX_TARGET_ZIPF: f32 = 3.0;
/// An added name phrase whose every word is known to the target language's
/// word list (Zipf 2.5 and up in English) is not reported on its own, unless
/// a word is an acronym or one English writes only as a name ("Obama"): a
/// known capitalised word is usually a translated part of an institution's name ("Observatory",
/// "Fatherland"), an exonym the tables lack ("Lausanne") or a translator's
/// addition ("Congresswoman"); a name put in place of another is caught from
/// the source side. Measured on DEMETR dev: these made 14 of the 30 false
/// positives left, and no record is caught by them alone.
pub const ADDED_MAX_ZIPF: f32 = 0.01;

/// Paired with a source name that has no counterpart, a capitalised target
/// word rarer than this is taken for the name put in its place (`swapped`):
/// the missing name is the evidence, the added one only names the swap.
pub const ADDED_PAIR_MAX_ZIPF: f32 = 3.0;

/// A consonant skeleton this long is specific enough to tie two spellings.
pub const SKELETON_MIN_CONSONANTS: usize = 3;

/// A target word this similar to a source word is a variant of it, not an
/// added name.
pub const ADDED_VARIANT_SIMILARITY: f64 = 0.8;

/// A target word whose consonant skeleton is this similar to a Devanagari
/// source word's is its transliteration (see `explained`).
pub const DEVANAGARI_SKELETON_SIMILARITY: f64 = 0.8;

pub struct NameMismatch;

impl Check for NameMismatch {
    fn doc(&self) -> &'static CheckDoc {
        &DOC
    }

    fn check(&self, pair: &PairView, cx: &Context) -> Vec<Finding> {
        let src_paras: Vec<&Paragraph> = pair.source_paragraphs().collect();
        let tgt_paras: Vec<&Paragraph> = pair.target_paragraphs().collect();
        if src_paras.is_empty() || tgt_paras.is_empty() {
            return Vec::new();
        }
        let tgt_side = Side::new(pair.target, &pair.target_neighbourhood(1));
        let own_side = Side::new(pair.target, &tgt_paras);
        let src_side = Side::new(pair.source, &pair.source_neighbourhood(1));
        let links = links::Target::new(
            cx.target_lang,
            cx.config.dictionary_dir(),
            tgt_side.toks.iter().map(|t| t.text),
        );
        let (src_speller, tgt_speller) = (
            cx.config.speller(cx.source_lang),
            cx.config.speller(cx.target_lang),
        );
        let mut out = Vec::new();
        let mut missing: Vec<Finding> = Vec::new();
        for para in &src_paras {
            for phrase in names::extract(pair.source, para, cx.target_lang, src_speller) {
                if let Some(f) =
                    judge_source(pair, cx, &phrase, &own_side, &tgt_side, &links, &mut out)
                {
                    missing.push(f);
                }
            }
        }
        let mut added = Vec::new();
        for para in &tgt_paras {
            for phrase in names::extract(pair.target, para, cx.source_lang, tgt_speller) {
                if src_side.cjk() || src_side.lang.script() == Script::Devanagari {
                    out.extend(added_place(pair, &phrase, &src_side));
                }
                if let Some(a) = judge_target(pair, cx, &phrase, &src_side, ADDED_PAIR_MAX_ZIPF) {
                    added.push(a);
                }
            }
            if cx.target_lang == Lang::En {
                out.extend(gaps(pair.target, para));
                out.extend(gap_marks(pair.target, para));
            }
            out.extend(garbled(pair, cx, para));
        }
        // A missing name and an added one in the same pair: one was put in the
        // other's place.
        let mut added_left: Vec<Option<Added>> = added.into_iter().map(Some).collect();
        let cross_script = cx.source_lang.script() != cx.target_lang.script();
        for m in missing {
            // Across scripts a name is respelt by sound, by conventions the
            // matching above does not all know ("Warfield" / "Уорфилд"): a
            // missing name and an added one that sound alike are one name.
            if cross_script {
                let src = m.source.as_ref().map_or("", |s| s.text.as_str());
                let same = added_left.iter_mut().find(|a| {
                    a.as_ref().is_some_and(|a| {
                        let tgt = a.finding.target.as_ref().map_or("", |t| t.text.as_str());
                        translit::similarity(src, tgt) >= TRANSLITERATED_MIN_SIMILARITY
                            || sounds_alike(src, tgt)
                    })
                });
                if let Some(slot) = same {
                    *slot = None;
                    continue;
                }
            }
            if m.severity == Severity::Minor {
                out.push(m);
                continue;
            }
            let slot = added_left.iter_mut().find(|a| a.is_some());
            match slot.and_then(Option::take) {
                Some(Added { finding: a, .. }) => {
                    let src = m.source.clone().map(|s| s.text).unwrap_or_default();
                    let tgt = a.target.clone().map(|s| s.text).unwrap_or_default();
                    let mut f = Finding::new(
                        DOC.id,
                        "swapped",
                        Severity::Critical,
                        format!("\"{tgt}\" stands where the source has \"{src}\""),
                    )
                    .confidence(m.confidence.min(0.9))
                    .evidence(format!(
                        "source name without counterpart: {src}; target name without source: {tgt}"
                    ));
                    f.source = m.source;
                    f.target = a.target;
                    out.push(f);
                }
                None => out.push(m),
            }
        }
        // On its own, an added name is reported only where names are written
        // with capitals in the source too, or by sound: a Japanese or Chinese
        // source writes person names in characters that cannot be matched.
        // Devanagari has no capitals but spells names by sound, so an added
        // name can be told from a transliterated one (see `explained`). One
        // word of it must say "name" by itself (see `ADDED_MAX_ZIPF`):
        // "Guillaume Nicloux" is reported for "Nicloux".
        if names::has_case(cx.source_lang) || cx.source_lang.script() == Script::Devanagari {
            out.extend(
                added_left
                    .into_iter()
                    .flatten()
                    .filter(|a| a.alone)
                    .map(|a| a.finding),
            );
        }
        out
    }
}

/// One side's tokens in comparison forms.
struct Side<'a> {
    doc: &'a Document,
    lang: Lang,
    toks: Vec<Tok<'a>>,
    /// Folded text with single spaces, padded with spaces: " new york ".
    words: String,
    /// Latin transliteration of the whole text without spaces (pinyin for Chinese).
    latin: String,
    /// The places the text names, by any of their names or adjectives;
    /// worked out on first use (most names match by form).
    places: std::cell::OnceCell<Vec<Place>>,
    paras: Vec<&'a Paragraph>,
    /// Look-up tables over `toks` for `find`, built on first use.
    index: std::cell::OnceCell<TokIndex<'a>>,
    /// The forms `translit::same_up_to_endings` compares, for matching words
    /// of one language against `toks`; built on first use.
    stems: std::cell::OnceCell<(Lang, StemIndex<'a>)>,
    /// `translit::skeleton` of each token, worked out on first use.
    skeletons: std::cell::OnceCell<Vec<String>>,
    /// The first token with each `respelt_key`, built on first use.
    respelt: std::cell::OnceCell<HashMap<String, usize>>,
}

/// The first token with each key, pair of keys written together, variant
/// key; tokens by first letter. `find` asks these instead of comparing a
/// word with every token.
struct TokIndex<'a> {
    by_key: HashMap<&'a str, usize>,
    /// "corona" + "virus": the hash of two adjacent tokens' keys run together
    /// (see `hash_joined`) and the first one's index, in order.
    by_pair: Vec<(u64, usize)>,
    /// Acronyms with a plural or genitive s ("NGOs"), by their key without it.
    by_plural_acronym: HashMap<&'a str, usize>,
    by_variant: HashMap<&'a str, usize>,
    by_initial: HashMap<char, Vec<usize>>,
}

/// FNV-1a over the bytes of `parts` one after the other: the hash of the
/// parts run together, without joining them.
fn hash_joined(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in parts.iter().flat_map(|p| p.bytes()) {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

impl<'a> TokIndex<'a> {
    fn new(toks: &[Tok<'a>]) -> TokIndex<'a> {
        let mut ix = TokIndex {
            by_key: HashMap::new(),
            by_pair: Vec::with_capacity(toks.len()),
            by_plural_acronym: HashMap::new(),
            by_variant: HashMap::new(),
            by_initial: HashMap::new(),
        };
        for (i, t) in toks.iter().enumerate() {
            ix.by_key.entry(t.key).or_insert(i);
            if let Some(next) = toks.get(i + 1) {
                ix.by_pair.push((hash_joined(&[t.key, next.key]), i));
            }
            if t.text.strip_suffix('s').is_some_and(names::is_acronym) {
                if let Some(k) = t.key.strip_suffix('s') {
                    ix.by_plural_acronym.entry(k).or_insert(i);
                }
            }
            ix.by_variant.entry(t.variant).or_insert(i);
            if let Some(c) = t.key.chars().next() {
                ix.by_initial.entry(c).or_default().push(i);
            }
        }
        ix.by_pair.sort_unstable();
        ix
    }

    /// The first of two adjacent tokens whose keys run together are `k`.
    fn pair(&self, toks: &[Tok], k: &str) -> Option<usize> {
        let h = hash_joined(&[k]);
        let from = self.by_pair.partition_point(|&(x, _)| x < h);
        self.by_pair[from..]
            .iter()
            .take_while(|&&(x, _)| x == h)
            .map(|&(_, i)| i)
            .find(|&i| {
                let (a, b) = (toks[i].key, toks[i + 1].key);
                a.len() + b.len() == k.len() && k.starts_with(a) && k.ends_with(b)
            })
    }
}

/// The first token carrying each of the forms `translit::same_up_to_endings`
/// compares (see `names::forms::StemForms`), as is and in Latin letters.
struct StemIndex<'a> {
    by_stem: HashMap<Cow<'a, str>, usize>,
    by_latin: HashMap<Cow<'a, str>, usize>,
}

impl<'a> StemIndex<'a> {
    /// For words of `la` matched against `toks`, tokens of `doc`.
    fn new(doc: &'a Document, toks: &[Tok<'a>], la: Lang) -> StemIndex<'a> {
        let mut ix = StemIndex {
            by_stem: HashMap::new(),
            by_latin: HashMap::new(),
        };
        let mut add = |i: usize, stem: Cow<'a, str>, latin: Option<Cow<'a, str>>| {
            if let Some(l) = latin {
                ix.by_latin.entry(l).or_insert(i);
            }
            ix.by_stem.entry(stem).or_insert(i);
        };
        match names::forms::of(doc).stems(doc, la) {
            Some(stems) => {
                for (i, t) in toks.iter().enumerate() {
                    for (stem, latin) in stems.of(t.at) {
                        add(i, Cow::Borrowed(stem), latin.map(Cow::Borrowed));
                    }
                }
            }
            None => {
                for (i, t) in toks.iter().enumerate() {
                    for (stem, latin) in names::forms::stem_forms(t.text, la, doc.lang.lang) {
                        add(i, Cow::Owned(stem), latin.map(Cow::Owned));
                    }
                }
            }
        }
        ix
    }

    /// The first token that is `word` up to endings, as
    /// `translit::same_up_to_endings(word, la, token, lb)` tells.
    fn find(&self, word: &str, la: Lang, lb: Lang) -> Option<usize> {
        names::forms::stem_forms(word, la, lb)
            .iter()
            .flat_map(|(stem, latin)| {
                let by_latin = latin.as_deref().and_then(|l| self.by_latin.get(l).copied());
                [self.by_stem.get(stem.as_str()).copied(), by_latin]
            })
            .flatten()
            .min()
    }
}

struct Tok<'a> {
    range: Range<usize>,
    /// The token's index among its document's (see `names::forms`).
    at: usize,
    text: &'a str,
    key: &'a str,
    latin: &'a str,
    variant: &'a str,
}

impl<'a> Side<'a> {
    fn new(doc: &'a Document, paras: &[&'a Paragraph]) -> Side<'a> {
        let mut toks = Vec::new();
        let mut words = String::from(" ");
        let mut latin = String::new();
        let forms = names::forms::of(doc);
        for p in paras {
            let (first, para_forms) = forms.paragraph(doc, p);
            for (j, (t, f)) in p.tokens.iter().zip(para_forms).enumerate() {
                let [key, l, variant] = forms.forms(f);
                words.push_str(key);
                words.push(' ');
                latin.push_str(l);
                toks.push(Tok {
                    range: t.range(),
                    at: first + j,
                    text: names::bare(&doc.text[t.range()]),
                    key,
                    latin: l,
                    variant,
                });
            }
        }
        Side {
            doc,
            lang: doc.lang.lang,
            toks,
            words,
            latin,
            places: std::cell::OnceCell::new(),
            paras: paras.to_vec(),
            index: std::cell::OnceCell::new(),
            stems: std::cell::OnceCell::new(),
            skeletons: std::cell::OnceCell::new(),
            respelt: std::cell::OnceCell::new(),
        }
    }

    /// The first token with the same [`respelt_key`] as `key`.
    fn respelt(&self, key: &str) -> Option<usize> {
        let by_key = self.respelt.get_or_init(|| {
            let mut m = HashMap::new();
            for (i, t) in self.toks.iter().enumerate() {
                m.entry(respelt_key(t.text)).or_insert(i);
            }
            m
        });
        by_key.get(key).copied()
    }

    fn index(&self) -> &TokIndex<'a> {
        self.index.get_or_init(|| TokIndex::new(&self.toks))
    }

    /// The first token that is `word` (in `lang`) up to case endings.
    fn same_up_to_endings(&self, word: &str, lang: Lang) -> Option<usize> {
        let (built_for, ix) = self
            .stems
            .get_or_init(|| (lang, StemIndex::new(self.doc, &self.toks, lang)));
        if *built_for == lang {
            return ix.find(word, lang, self.lang);
        }
        self.toks
            .iter()
            .position(|t| translit::same_up_to_endings(word, lang, t.text, self.lang))
    }

    fn skeletons(&self) -> &[String] {
        self.skeletons.get_or_init(|| {
            self.toks
                .iter()
                .map(|t| translit::skeleton(t.text))
                .collect()
        })
    }

    fn places(&self) -> &[Place] {
        self.places
            .get_or_init(|| places_named(self.doc, self.lang, &self.paras, &self.toks))
    }

    fn cjk(&self) -> bool {
        matches!(self.lang.script(), Script::Han | Script::Japanese)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum How {
    Exact,
    Inflected,
    Exonym,
    Transliterated,
    Acronym,
    /// A near miss: reported as misspelt.
    Near,
}

fn is_cross_script(a: Lang, b: Lang) -> bool {
    a.script() != b.script()
}

/// How `word` (in `lang`) has a counterpart among `side`'s tokens, and which.
fn find(word: &str, lang: Lang, side: &Side) -> Option<(How, usize)> {
    let k = names::key(word);
    if k.is_empty() {
        return None;
    }
    let index = side.index();
    if let Some(&i) = index.by_key.get(k.as_str()) {
        return Some((How::Exact, i));
    }
    // A compound written as two words, or with a hyphen: "Coronavirus" /
    // "corona virus", "Latenight" / "Late-night".
    if let Some(i) = index.pair(&side.toks, &k) {
        return Some((How::Exact, i));
    }
    // "PZPNs", "NGOs": an acronym with an English plural or genitive s.
    if names::is_acronym(word) {
        if let Some(&i) = index.by_plural_acronym.get(k.as_str()) {
            return Some((How::Exact, i));
        }
    }
    if let Some(i) = side.same_up_to_endings(word, lang) {
        return Some((How::Inflected, i));
    }
    let vk = translit::variant_key(word);
    if vk.chars().count() >= 4 {
        if let Some(&i) = index.by_variant.get(vk.as_str()) {
            return Some((How::Transliterated, i));
        }
    }
    // The same Russian or Ukrainian name romanised by another language's
    // conventions ("Shushkevich" / "Schuschkewitsch" / "Šuškevič").
    let rk = respelt_key(word);
    if rk.chars().count() >= 5 && !names::is_acronym(word) {
        if let Some(i) = side.respelt(&rk) {
            return Some((How::Transliterated, i));
        }
    }
    if names::is_acronym(word) {
        if let Some(i) = initials_match(word, side) {
            return Some((How::Acronym, i));
        }
        let mut a: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
        a.sort_unstable();
        for (i, t) in side.toks.iter().enumerate() {
            if !names::is_acronym(t.text) {
                continue;
            }
            // "NGOs", "ONGs": a plural s is not a letter of the acronym.
            let body = t.text.strip_suffix('s').unwrap_or(t.text);
            let mut b: Vec<char> = body.chars().filter(|c| c.is_alphabetic()).collect();
            b.sort_unstable();
            let subset =
                |x: &[char], y: &[char]| x.len() + 1 == y.len() && x.iter().all(|c| y.contains(c));
            if a == b || subset(&a, &b) || subset(&b, &a) {
                return Some((How::Acronym, i));
            }
        }
        // An abbreviation of the source language's words may come out as any
        // acronym of the target's ("BIP" → "GDP"), or written out as an
        // institution's name ("PZPN" → "the Polish Football Association").
        if names::acronym_may_be_translated(word, lang, side.lang) {
            if let Some(i) = side.toks.iter().position(|t| names::is_acronym(t.text)) {
                return Some((How::Acronym, i));
            }
            if let Some(i) = written_out(side) {
                return Some((How::Acronym, i));
            }
        }
    }
    let cross = is_cross_script(lang, side.lang) || side.cjk();
    if cross {
        let mut best: Option<(f64, usize)> = None;
        for stem in translit::stems(word, lang) {
            let l = translit::latin(&stem);
            if l.len() < 3 {
                continue;
            }
            if side.cjk() && l.len() >= 4 && side.latin.contains(&l) {
                return Some((How::Transliterated, 0));
            }
            for (i, t) in side.toks.iter().enumerate() {
                if t.latin.len() < 3 {
                    continue;
                }
                let s = strsim::jaro_winkler(&l, t.latin);
                let prefix = l.len() >= 4
                    && t.latin.len() >= 4
                    && (t.latin.starts_with(&l) || l.starts_with(t.latin));
                let s = if prefix {
                    s.max(TRANSLIT_MIN_SIMILARITY)
                } else {
                    s
                };
                if s >= TRANSLIT_MIN_SIMILARITY && best.is_none_or(|(b, _)| s > b) {
                    best = Some((s, i));
                }
            }
        }
        if best.is_none() {
            // Spelt apart but sounding alike ("Прайс" / "Pryce").
            for stem in translit::stems(word, lang) {
                let sk = translit::skeleton(&stem);
                let first = translit::latin(&stem).chars().next();
                if sk.chars().count() < SKELETON_MIN_CONSONANTS {
                    continue;
                }
                if let Some(i) = side.toks.iter().zip(side.skeletons()).position(|(t, s)| {
                    t.text.chars().next().is_some_and(char::is_uppercase)
                        && t.latin.chars().next() == first
                        && *s == sk
                }) {
                    return Some((How::Transliterated, i));
                }
            }
        }
        return best.map(|(_, i)| (How::Transliterated, i));
    }
    let chars = k.chars().count();
    if chars >= MISSPELT_MIN_CHARS {
        // Only tokens with the same first letter, and a length within
        // `MISSPELT_MAX_EDITS` of the word's (each edit changes the length by
        // one at most).
        let same_initial = k.chars().next().and_then(|c| index.by_initial.get(&c));
        for &i in same_initial.into_iter().flatten() {
            let t = &side.toks[i];
            if t.key.chars().count().abs_diff(chars) > MISSPELT_MAX_EDITS {
                continue;
            }
            let edits = strsim::levenshtein(&k, t.key);
            if edits <= MISSPELT_MAX_EDITS
                && strsim::jaro_winkler(&k, t.key) >= MISSPELT_MIN_SIMILARITY
            {
                // A lower-case or common target word is the word translated
                // ("Attribute" → "attributes"), not a name misspelt.
                let capital = t.text.chars().next().is_some_and(char::is_uppercase);
                let plural = k.strip_suffix('s') == Some(t.key)
                    || t.key.strip_suffix('s') == Some(k.as_str());
                if plural {
                    return Some((How::Inflected, i));
                }
                let common =
                    lexicon::zipf(side.lang, t.text).unwrap_or(0.0) >= MISSPELT_MAX_TARGET_ZIPF;
                if !capital || common {
                    return Some((How::Inflected, i));
                }
                return Some((How::Near, i));
            }
        }
    }
    None
}

/// The first run of at least two capitalised words inside a sentence of
/// `side`, as an institution's name written out is ("the Polish Football
/// Association"); a place's name ("Buenos Aires") is not one.
fn written_out(side: &Side) -> Option<usize> {
    let capital = |t: &Tok| t.text.chars().next().is_some_and(char::is_uppercase);
    (1..side.toks.len()).find(|&i| {
        capital(&side.toks[i - 1])
            && capital(&side.toks[i])
            && places::lookup(
                side.lang,
                &format!("{} {}", side.toks[i - 1].text, side.toks[i].text),
                places::ANY,
            )
            .is_empty()
            && !side.doc.text[side.toks[i - 1].range.end..side.toks[i].range.start]
                .contains(['.', ',', ';', ':'])
            && !side.paras.iter().any(|p| {
                p.sentences
                    .iter()
                    .any(|s| s.start == side.toks[i - 1].range.start)
            })
    })
}

/// A source name token's counterpart in `side`, by form or by place.
fn match_in(t: &names::NameToken, lang: Lang, side: &Side) -> Option<(How, usize)> {
    let m = find(&t.text, lang, side);
    if let Some((h, i)) = m {
        if h != How::Near {
            return Some((h, i));
        }
    }
    let mut ps = places::lookup(lang, &t.text, places::ANY);
    ps.extend(t.place);
    ps.extend(t.exonym);
    // A word for the place's people or its adjective ("Schwedin" → "the
    // Swede").
    ps.extend(places::demonym_of(lang, &t.text, places::ANY));
    if ps.iter().any(|&p| names_place(p, side)) {
        return Some((How::Exonym, m.map_or(0, |x| x.1)));
    }
    m
}

/// Similarity (of `translit::variant_key` forms) from which a capitalised
/// target word with the same initial is taken for a variant of a source name
/// rather than its loss ("elyseo" / "elysee" 0.93, "luys" / "louys" 0.88).
pub const VARIANT_MIN_SIMILARITY: f64 = 0.85;

/// Whether a word of name `a` and a word of name `b` have the same consonant
/// skeleton, three consonants up ("Coon" / "Кун" is too short; "Warfield" /
/// "Уорфилд" is "rfld" both).
fn sounds_alike(a: &str, b: &str) -> bool {
    let skeletons = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .map(translit::skeleton)
            .filter(|k| k.chars().count() >= SKELETON_MIN_CONSONANTS)
            .collect()
    };
    let sb = skeletons(b);
    skeletons(a).iter().any(|k| sb.contains(k))
}

/// Similarity (Jaro–Winkler of the Latin forms) from which a source name
/// missing from a target in another script and a target name with nothing
/// behind it are taken for one name respelt ("sonja warfield" / "sonia
/// uorfild" 0.85, "carrie" / "kerri" 0.7); a name put in another's place is
/// far below ("putin" / "medvedev" 0.5).
pub const TRANSLITERATED_MIN_SIMILARITY: f64 = 0.70;

fn has_variant(word: &str, side: &Side) -> bool {
    let l = translit::variant_key(word);
    // An acronym has no spelling variants ("IRNA" is not "Iranian").
    if l.len() < 4 || names::is_acronym(word) {
        return false;
    }
    side.toks.iter().any(|t| {
        let v = t.variant;
        t.text.chars().next().is_some_and(char::is_uppercase)
            && v.chars().next() == l.chars().next()
            && strsim::jaro_winkler(&l, v) >= VARIANT_MIN_SIMILARITY
    })
}

/// A name's spelling key: romanised one way ([`romanisation_key`]), folded,
/// with the letters languages write for one sound made one.
fn respelt_key(word: &str) -> String {
    links::spelling_key(&fold(&romanisation_key(word)))
}

/// A name with the letters European languages romanise one Cyrillic sound
/// with made one: German "sch" and "tsch", Czech "š", "č", "ž", Polish "sz",
/// "cz", "ś", "ć", "ż" as English "sh", "ch", "zh" ("Lukaschenko",
/// "Lukašenko" and "Lukashenko" are one name).
fn romanisation_key(word: &str) -> String {
    let mut k = word.to_lowercase();
    for (from, to) in [
        ("tsch", "ch"),
        ("sch", "sh"),
        ("sz", "sh"),
        ("cz", "ch"),
        ("š", "sh"),
        ("ś", "sh"),
        ("č", "ch"),
        ("ć", "ch"),
        ("ž", "zh"),
        ("ż", "zh"),
    ] {
        k = k.replace(from, to);
    }
    k
}

/// Whether a word is written in katakana, as Japanese writes foreign names
/// ("シアトル", "ハンコック"; the long-vowel mark and the middle dot included).
fn is_katakana(word: &str) -> bool {
    word.chars().any(|c| matches!(c, '\u{30A1}'..='\u{30FA}'))
        && word
            .chars()
            .all(|c| matches!(c, '\u{30A0}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}'))
}

/// The consonants a name keeps when Japanese respells it in katakana, on
/// either side: Japanese has one sound for l and r, b for v, s for z and th,
/// n before other consonants, and it adds vowels ("Dallas" and "ダラス"
/// (darasu) are both "drs").
fn kana_key(word: &str) -> String {
    // Kana are romanised as they stand (folding would strip the voicing
    // marks: ダ is "da", not "ta"); the small tsu (a doubled consonant) and
    // the long-vowel mark add no consonant.
    let mut l = if word.chars().any(|c| matches!(c, '\u{30A0}'..='\u{30FF}')) {
        let kana: String = word
            .chars()
            .filter(|c| !matches!(c, 'ッ' | 'ー' | '・'))
            .collect();
        any_ascii::any_ascii(&kana).to_ascii_lowercase()
    } else {
        translit::latin(word)
    };
    for (from, to) in [
        ("tsu", "t"),
        ("ts", "t"),
        ("shi", "s"),
        ("sh", "s"),
        ("chi", "ch"),
        ("ph", "f"),
        ("th", "s"),
        ("ck", "k"),
        ("qu", "k"),
        ("x", "ks"),
    ] {
        l = l.replace(from, to);
    }
    let mut out = String::new();
    for c in l.chars() {
        let c = match c {
            'l' => 'r',
            'v' => 'b',
            'z' => 's',
            'c' | 'q' => 'k',
            'm' => 'n',
            'j' => 'g',
            c => c,
        };
        if matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'h' | 'w') || out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    out
}

/// Whether a Latin-script name part stands in a Japanese target respelt in
/// katakana: a katakana word with the same consonants (one may differ in a
/// longer name: "Liverpool" / "リバプール").
fn respelt_in_kana(word: &str, side: &Side) -> bool {
    let latin_script = word
        .chars()
        .all(|c| !c.is_alphabetic() || c.is_ascii() || ('\u{C0}'..='\u{24F}').contains(&c));
    if side.lang != Lang::Ja || !latin_script {
        return false;
    }
    side.toks
        .iter()
        .filter(|t| is_katakana(t.text))
        .any(|t| t.text.split('・').any(|part| kana_alike(word, part)))
}

/// Whether two words have the same katakana consonants, or, from four up, all
/// but one ("Portland" / "ポートランド": English writes an r Japanese drops).
fn kana_alike(a: &str, b: &str) -> bool {
    let (ka, kb) = (kana_key(a), kana_key(b));
    let n = ka.chars().count();
    n >= 2 && (ka == kb || (n >= 4 && strsim::levenshtein(&ka, &kb) <= 1))
}

/// Personal pronouns of the target language that can stand for a name.
fn has_pronoun(words: &str, lang: Lang) -> bool {
    let list: &[&str] = match lang {
        Lang::En => &["he", "she", "him", "her", "his", "they", "them", "their"],
        Lang::Fr => &["il", "elle", "lui", "ils", "elles", "leur"],
        Lang::Es => &["él", "ella", "ellos", "ellas", "su", "le"],
        Lang::De => &["er", "sie", "ihm", "ihn", "ihr", "sein", "seine"],
        Lang::It => &["lui", "lei", "egli", "ella", "loro"],
        _ => &[],
    };
    list.iter()
        .any(|p| words.contains(&format!(" {} ", fold_diacritics(p))))
}

/// An acronym written out in the other text: "USA" ~ "United States of America".
fn initials_match(acronym: &str, side: &Side) -> Option<usize> {
    let a: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let caps: Vec<usize> = (0..side.toks.len())
        .filter(|&i| {
            side.toks[i]
                .text
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
        .collect();
    for (n, &start) in caps.iter().enumerate() {
        let mut got = Vec::new();
        let mut j = start;
        while j < side.toks.len() && got.len() < a.len() {
            let t = side.toks[j].text;
            if t.chars().next().is_some_and(char::is_uppercase) {
                got.extend(t.chars().next().into_iter().flat_map(char::to_lowercase));
            } else if !names::PARTICLES.contains(&t) && !matches!(t, "of" | "and" | "for" | "the") {
                break;
            }
            j += 1;
        }
        let mut sorted = got.clone();
        sorted.sort_unstable();
        let mut want = a.clone();
        want.sort_unstable();
        if got == a || (a.len() >= 2 && sorted == want) {
            return Some(start);
        }
        let _ = n;
    }
    None
}

/// Longest place name, in words, looked up as one phrase ("Bosnia and
/// Herzegovina", "Den Haag", "United States").
const PLACE_MAX_WORDS: usize = 4;

/// The places a side names: every capitalised word or run of words that is a
/// place's name (inflected, or as an adjective: "Czech", "Israeli") in a text
/// with capitals; the names found as substrings in one without.
/// The places whose language `word`, a lower-case adjective, names up to an
/// ending of `lang` (`data/lang/<code>/adjective-endings.txt`): "olandesi"
/// and "spagnola" are "olandese" and "spagnolo", the Italian names of Dutch
/// and Spanish; "portugiesische" is "Portugiesisch".
fn nationality_adjective(lang: Lang, word: &str) -> Vec<Place> {
    let endings = words::list(lang, "adjective-endings");
    if endings.is_empty() || word.chars().count() < NATIONALITY_MIN_CHARS {
        return Vec::new();
    }
    let w = fold(word);
    for cut in endings.iter().chain([&""]) {
        let Some(stem) = w.strip_suffix(cut) else {
            continue;
        };
        for end in endings.iter().chain([&""]) {
            let form = format!("{stem}{end}");
            let found = places::lookup_exact(lang, &form, &[PlaceKind::Language]);
            if !found.is_empty() {
                return found;
            }
        }
    }
    Vec::new()
}

/// Shorter lower-case words are not taken for nationality adjectives.
const NATIONALITY_MIN_CHARS: usize = 5;

fn places_named(doc: &Document, lang: Lang, paras: &[&Paragraph], toks: &[Tok]) -> Vec<Place> {
    let mut out: Vec<Place> = Vec::new();
    let mut add = |ps: Vec<Place>| {
        for p in ps {
            if !out.contains(&p) {
                out.push(p);
            }
        }
    };
    if !names::has_case(lang) {
        let devanagari = lang.script() == Script::Devanagari;
        for p in paras {
            let raw = &doc.text[p.range()];
            let text = if devanagari {
                devanagari_key(raw)
            } else {
                raw.to_string()
            };
            for (name, place) in places::all_names(lang, 2) {
                let hit = if devanagari {
                    text.contains(&devanagari_key(name))
                } else {
                    text.contains(name)
                };
                if hit {
                    add(vec![place]);
                }
            }
        }
    }
    for (i, t) in toks.iter().enumerate() {
        // Opening a sentence, the adjective has a capital ("Ливийское
        // правительство").
        if t.text.chars().next().is_some_and(char::is_uppercase) {
            add(places::slavic_adjective_of(lang, t.text, places::ANY));
        }
        if !t.text.chars().next().is_some_and(char::is_uppercase) {
            // Czech, Polish and Russian write a place's adjective in lower
            // case ("в сирийском Тартусе").
            add(places::slavic_adjective_of(lang, t.text, places::ANY));
            add(nationality_adjective(lang, t.text));
            continue;
        }
        for n in 1..=PLACE_MAX_WORDS.min(toks.len() - i) {
            let last = &toks[i + n - 1];
            let gap_ok = toks[i..i + n].windows(2).all(|w| {
                doc.text[w[0].range.end..w[1].range.start]
                    .chars()
                    .all(|c| c == ' ' || c == '-' || c == '\'')
            });
            if !gap_ok {
                break;
            }
            // The words without possessives or elisions ("South Africa's"),
            // and abbreviations without their dots ("U.S.").
            let phrase: String = toks[i..i + n]
                .iter()
                .map(|t| t.text)
                .collect::<Vec<_>>()
                .join(" ");
            add(places::lookup(lang, &phrase, places::ANY));
            if phrase.contains('.') {
                add(places::lookup(lang, &phrase.replace('.', ""), places::ANY));
            }
            add(places::demonym_of(lang, &phrase, places::ANY));
            let _ = last;
        }
    }
    out
}

/// Hindi spells one name several ways: with or without the nukta ("ज़" /
/// "ज"), with chandrabindu or anusvara ("हाँग" / "हांग"), with a half nasal
/// or anusvara ("न्यूजीलैण्ड" / "न्यूज़ीलैंड"), in one word or two ("हांगकांग" /
/// "हाँग काँग"). The key writes them all one way, without spaces.
fn devanagari_key(s: &str) -> String {
    const NUKTA: char = '\u{093C}';
    const CHANDRABINDU: char = '\u{0901}';
    const ANUSVARA: char = '\u{0902}';
    const VIRAMA: char = '\u{094D}';
    let chars: Vec<char> = s.chars().filter(|&c| c != NUKTA).collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let nasal = matches!(c, 'ङ' | 'ञ' | 'ण' | 'न' | 'म');
        let before_consonant = chars
            .get(i + 2)
            .is_some_and(|&n| ('\u{0915}'..='\u{0939}').contains(&n));
        if nasal && chars.get(i + 1) == Some(&VIRAMA) && before_consonant {
            out.push(ANUSVARA);
            i += 2;
            continue;
        }
        match c {
            CHANDRABINDU => out.push(ANUSVARA),
            c if c.is_whitespace() || c == '\u{200C}' || c == '\u{200D}' => {}
            c => out.push(c),
        }
        i += 1;
    }
    out
}

/// Whether `side` names `place`, by any of its names or adjectives.
fn names_place(place: Place, side: &Side) -> bool {
    side.places().contains(&place)
}

fn glossary_forms<'c>(cx: &'c Context, phrase_text: &str) -> Option<(&'c String, &'c Vec<String>)> {
    let f = fold(phrase_text);
    cx.config
        .glossary
        .iter()
        .find(|(k, _)| f.contains(&fold(k)))
}

/// The verdict on one source phrase: findings for literal translations and
/// misspellings go to `out`; a missing name is returned for pairing with an
/// added one.
fn judge_source(
    pair: &PairView,
    cx: &Context,
    phrase: &NamePhrase,
    own: &Side,
    near_by: &Side,
    links: &links::Target,
    out: &mut Vec<Finding>,
) -> Option<Finding> {
    let src = pair.source;
    let tgt = own;
    let text = &src.text[phrase.range.clone()];
    let span = src.span(phrase.range.clone());
    if let Some((name, forms)) = glossary_forms(cx, text) {
        let ok = forms.iter().any(|f| {
            tgt.words.contains(&format!(" {} ", names::key(f))) || tgt.doc.text.contains(f.as_str())
        });
        if ok {
            return None;
        }
        return Some(
            Finding::new(
                DOC.id,
                "missing",
                Severity::Major,
                format!("glossary name \"{name}\" is not in the translation in an accepted form"),
            )
            .confidence(0.9)
            .source(span)
            .evidence(format!("accepted: {}", forms.join(", "))),
        );
    }
    // A capitalised common word of the source that the translation carries
    // unchanged, capitalised, is a name that travelled ("Markus" in German,
    // where every noun has a capital): it is a name part here.
    let mut phrase_owned;
    let phrase = if phrase
        .tokens
        .iter()
        .any(|t| t.strength == Strength::Weak && travelled(t, phrase, tgt))
    {
        phrase_owned = phrase.clone();
        for t in &mut phrase_owned.tokens {
            if t.strength == Strength::Weak && travelled(t, phrase, tgt) {
                t.strength = Strength::Strong;
            }
        }
        &phrase_owned
    } else {
        phrase
    };
    let strong: Vec<&names::NameToken> = phrase.strong().collect();
    if cx.config.keeps(text) && tgt.doc.text.contains(text) {
        return None;
    }
    if strong.is_empty() {
        return None;
    }
    // Match each strong token (place tokens by their place).
    let mut results: Vec<(usize, Option<(How, usize)>)> = Vec::new();
    for (ti, t) in phrase.tokens.iter().enumerate() {
        if t.strength != Strength::Strong {
            continue;
        }
        // The pair's own paragraphs first (a misspelling there is not
        // excused by the right spelling in the next paragraph), then the
        // neighbours, where a name may have moved.
        let mut m = match_in(t, src.lang.lang, own);
        if m.is_none() {
            m = match_in(t, src.lang.lang, near_by)
                .filter(|(h, _)| *h != How::Near)
                .map(|(_, _)| (How::Exact, usize::MAX));
        }
        results.push((ti, m));
    }
    let matched: Vec<&(usize, Option<(How, usize)>)> = results
        .iter()
        .filter(|(_, m)| m.is_some_and(|(h, _)| h != How::Near))
        .collect();
    let near: Vec<&(usize, Option<(How, usize)>)> = results
        .iter()
        .filter(|(_, m)| m.is_some_and(|(h, _)| h == How::Near))
        .collect();
    let unmatched: Vec<usize> = results
        .iter()
        .filter(|(_, m)| m.is_none())
        .map(|(ti, _)| *ti)
        .collect();

    if let Some(&&(ti, Some((_, i)))) = near.first() {
        let t = &phrase.tokens[ti];
        let tt = &tgt.toks[i];
        // The same word in the target language's spelling ("Omicron" /
        // "Omikron", "Sophia" / "Sofia"): respelt, not misspelt. A doubled
        // letter lost is a misspelling ("Bennett" / "Bennet").
        let respelt = respelt_key;
        if respelt(&t.text) == respelt(tt.text) {
            return None;
        }
        out.push(
            Finding::new(
                DOC.id,
                "misspelt",
                Severity::Major,
                format!("\"{}\" is misspelt as \"{}\"", t.text, tt.text),
            )
            .confidence(0.8)
            .target(tgt.doc.span(tt.range.clone()))
            .source(src.span(t.range.clone()))
            .evidence(format!(
                "edit distance {}",
                strsim::levenshtein(&names::key(&t.text), tt.key)
            )),
        );
        return None;
    }
    if literal_translation(pair, cx, phrase, tgt, links, out) || unmatched.is_empty() {
        return None;
    }
    // A variant spelling of the name in the target ("Elíseo" / "Élysée",
    // "Luis" / "Louis", an exonym CLDR does not list), or a word of it the
    // translation carries as a cognate or a dictionary translation ("Madam
    // President" / "Frau Präsidentin", "Weißes Haus" / "White House"): a
    // translated word, not a lost name. A literal translation of a person's
    // name was looked for above.
    let unmatched: Vec<usize> = unmatched
        .into_iter()
        .filter(|&ti| {
            let t = &phrase.tokens[ti].text;
            !has_variant(t, near_by)
                && !respelt_in_kana(t, near_by)
                && !numeral_carried(t, pair.target_text(), cx.target_lang)
                && !matches!(links.evidence(t, src.lang.lang), links::Evidence::Found(_))
        })
        .collect();
    if unmatched.is_empty() {
        return None;
    }
    let partial = !matched.is_empty();
    // Part of a name lost is reported only for a name part that is no word
    // of the language ("Baba" of "Baba Kanjar"); "River" of "River Ouse" is
    // translated.
    // A place or an acronym is never such a part: "USA" of "USA Donald
    // Trump"; nor a word more at home in the target language than in the
    // source and not common there ("Mick" of "Mick Fleetwood" in German,
    // but not "Marine", de 4.1, en 4.5), or one English writes only as a
    // name.
    if partial
        && unmatched.iter().all(|&ti| {
            let t = &phrase.tokens[ti];
            let zs = lexicon::zipf(src.lang.lang, &t.text).unwrap_or(0.0);
            let zt = if src.lang.lang.script() == cx.target_lang.script() {
                lexicon::zipf(cx.target_lang, &t.text).unwrap_or(0.0)
            } else {
                0.0
            };
            t.place.is_none()
                && !names::is_acronym(&t.text)
                && !(cx.target_lang == Lang::En
                    && names::english::is_name(&t.text)
                    && zs < names::INITIAL_MAX_ZIPF)
                && (zs > zt || zs >= names::NAME_MAX_ZIPF)
        })
    {
        return None;
    }
    // A later mention of a name already given may be a pronoun or a role:
    // minor at most, and nothing when the target has a pronoun.
    let later_mention = unmatched.iter().all(|&ti| {
        src.folded_before_contains(phrase.range.start, &names::key(&phrase.tokens[ti].text))
    });
    if later_mention && has_pronoun(&tgt.words, cx.target_lang) {
        return None;
    }
    // Acronyms are often translated ("ONG" → "NGO") or written out.
    let acronyms_only = unmatched
        .iter()
        .all(|&ti| names::is_acronym(&phrase.tokens[ti].text));
    let (severity, confidence) = if later_mention {
        (Severity::Minor, 0.4)
    } else if partial || acronyms_only {
        (Severity::Minor, 0.5)
    } else if phrase.sentence_initial && strong.len() == 1 {
        (Severity::Major, 0.6)
    } else {
        (Severity::Major, 0.8)
    };
    let missing_text: Vec<&str> = unmatched
        .iter()
        .map(|&ti| phrase.tokens[ti].text.as_str())
        .collect();
    let message = if partial {
        format!(
            "part of the name \"{text}\" is missing from the translation: {}",
            missing_text.join(" ")
        )
    } else {
        format!("the name \"{text}\" has no counterpart in the translation")
    };
    Some(
        Finding::new(DOC.id, "missing", severity, message)
            .confidence(confidence)
            .source(span)
            .evidence(
                "not found as written, folded, inflected, as an exonym or transliterated"
                    .to_string(),
            ),
    )
}

/// A Roman numeral of the name ("XVe" of "XVe siècle", "II" of "World War
/// II", "XIV" of "Louis XIV") that the translation writes as a number in any
/// notation ("15th century", "Второй", "XIV.").
fn numeral_carried(word: &str, target: &str, lang: Lang) -> bool {
    let Some(v) = crate::numbers::extract::roman_numeral(word) else {
        return false;
    };
    crate::numbers::extract(target, lang).iter().any(|m| {
        m.readings
            .iter()
            .any(|r| r.equals(&crate::numbers::Reading::q(v)))
    })
}

/// Whether weak token `t` of `phrase` stands unchanged and capitalised inside a
/// sentence of the target: a name, whatever the source's lexicon says.
fn travelled(t: &names::NameToken, phrase: &NamePhrase, tgt: &Side) -> bool {
    let first_of_sentence = phrase.sentence_initial && t.range.start == phrase.range.start;
    if first_of_sentence || t.text.chars().count() < 3 || names::is_acronym(&t.text) {
        return false;
    }
    tgt.toks.iter().any(|u| {
        u.text == t.text && {
            let before = tgt.doc.text[..u.range.start].trim_end();
            !before.is_empty() && !before.ends_with(['.', '!', '?', '"', '“', ':', '\n'])
        }
    })
}

/// "Le Drian" → "The Drian", "Emmanuel Bonne" → "Emmanuel Good",
/// "Sanne de Boer" → "Sanne the Farmer": a part of a person's name that is a
/// word of the source language, next to a name part that came through as is,
/// with a common target word in its place at that spot. Every occurrence of
/// the kept part in the target is looked at, so "Hélène The Black" is found
/// even when "Hélène Lenoir" is spelt right elsewhere in the paragraph.
/// Returns whether it reported one.
fn literal_translation(
    pair: &PairView,
    cx: &Context,
    phrase: &NamePhrase,
    tgt: &Side,
    links: &links::Target,
    out: &mut Vec<Finding>,
) -> bool {
    let toks = &phrase.tokens;
    // Places are matched by exonym ("Nueva York" = "New York").
    if toks.iter().any(|t| t.place.is_some()) {
        return false;
    }
    // A person's name is a few words: a longer run of capitals is a product,
    // a title or an institution ("Replaceable Standard Double Edge Blades"),
    // whose words are translated.
    let words = toks
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            // Hyphenated parts are one word ("Jean-Yves").
            t.strength != Strength::Joiner
                && (*i == 0
                    || !pair.source.text[toks[i - 1].range.end..t.range.start].contains('-'))
        })
        .count();
    if words > PERSON_NAME_MAX_WORDS {
        return false;
    }
    let slang = pair.source.lang.lang;
    let is_name_part =
        |t: &names::NameToken| t.strength == Strength::Strong && !names::is_acronym(&t.text);
    for (wi, w) in toks.iter().enumerate() {
        // A Latin-script name in a Cyrillic text is kept as it is.
        let same_script = pair.source.lang.lang.script() == Script::Latin
            || !w.text.chars().any(|c| c.is_ascii_alphabetic());
        if w.strength == Strength::Joiner
            || COMPASS_WORDS.contains(&fold(&w.text).as_str())
            || !same_script
            || names::is_acronym(&w.text)
            || !w.text.chars().next().is_some_and(char::is_uppercase)
        {
            continue;
        }
        // A word the dictionary translates has a meaning to translate, even
        // when a place somewhere bears it too ("Baker", "Paul").
        let in_dictionary = || links.knows(&w.text, slang);
        if (w.exonym.is_some() || !translatable(&w.text, slang)) && !in_dictionary() {
            continue;
        }
        // "Der Ninth Ward" opening a sentence: the article is the sentence's.
        if wi == 0 && phrase.sentence_initial {
            continue;
        }
        // The neighbouring name part, over a joiner ("Sanne de Boer").
        let left = (1..=2)
            .filter_map(|d| wi.checked_sub(d))
            .find(|&j| toks[j].strength != Strength::Joiner);
        let right =
            (wi + 1..toks.len().min(wi + 3)).find(|&j| toks[j].strength != Strength::Joiner);
        // A surname follows the given name it is anchored by ("Claire
        // Fontaine"); a particle belongs to the name it precedes ("Le" of
        // "Le Drian"). A word before a kept name is a title, a rank or a
        // descriptor, which translators translate ("Commissioner Wulf",
        // "Storm Arwen", "European Union").
        let particle = names::PARTICLES.contains(&fold(&w.text).as_str());
        let right = right.filter(|_| particle);
        for (anchor, dir) in [(right, -1i64), (left, 1i64)] {
            let Some(ai) = anchor else { continue };
            let a = &toks[ai];
            // Name parts stand apart; a hyphen joins a compound ("Indo-Pacific").
            let (lo, hi) = (ai.min(wi), ai.max(wi));
            if pair.source.text[toks[lo].range.end..toks[hi].range.start].contains('-') {
                continue;
            }
            if !is_name_part(a)
                || names::key(&a.text) == names::key(&w.text)
                || lexicon::zipf(cx.target_lang, &a.text).unwrap_or(0.0) >= LITERAL_ANCHOR_MAX_ZIPF
            {
                continue;
            }
            let gap_words = ai.abs_diff(wi) - 1;
            let (lo, hi) = (ai.min(wi), ai.max(wi));
            if toks[lo + 1..hi]
                .iter()
                .any(|t| !ARTICLE_PARTICLES.contains(&fold(&t.text).as_str()))
            {
                continue;
            }
            let akey = names::key(&a.text);
            for j in (0..tgt.toks.len()).filter(|&j| tgt.toks[j].key == akey) {
                let at = Literal {
                    w,
                    j,
                    dir,
                    gap_words,
                };
                if let Some(f) = literal_at(pair, cx, phrase, &at, tgt, links) {
                    let dup = out.iter().any(|o| o.target == f.target && o.kind == f.kind);
                    if !dup {
                        out.push(f);
                    }
                    return true;
                }
            }
        }
    }
    false
}

/// The source word of a name part has a meaning to translate: a word of the
/// source language ("Bonne", "Schwarz", "Boer", "Le"), or two run together
/// ("Lenoir" = "le noir").
fn translatable(word: &str, lang: Lang) -> bool {
    let z = |w: &str| lexicon::zipf(lang, w).unwrap_or(0.0);
    if z(word) >= LITERAL_MIN_SOURCE_ZIPF || names::PARTICLES.contains(&fold(word).as_str()) {
        return true;
    }
    let k = lexicon::key(word);
    k.char_indices().skip(2).any(|(i, _)| {
        let (h, t) = k.split_at(i);
        h.chars().count() >= 2
            && t.chars().count() >= 3
            && z(h) >= LITERAL_MIN_SOURCE_ZIPF
            && z(t) >= LITERAL_MIN_SOURCE_ZIPF
    })
}

/// A source name part this common in its language has a meaning a machine
/// may translate ("Fiore" it 4.1, "Cordeiro" pt 3.1, "Boer" nl 3.6).
pub const LITERAL_MIN_SOURCE_ZIPF: f32 = 3.0;

/// Directions and the like, which exonyms of regions translate ("Zuid-Holland"
/// = "South Holland", "Nordrhein-Westfalen" = "North Rhine-Westphalia",
/// "Nueva Zelanda" = "New Zealand").
const COMPASS_WORDS: &[&str] = &[
    "nord",
    "noord",
    "norte",
    "nordrhein",
    "süd",
    "sud",
    "zuid",
    "sur",
    "ost",
    "oost",
    "est",
    "este",
    "west",
    "ouest",
    "oeste",
    "midden",
    "mittel",
    "nueva",
    "nuevo",
    "nouvelle",
    "nouveau",
    "nuova",
    "nova",
    "neu",
    "nieuw",
    "groß",
    "gross",
    "grande",
    "groot",
    "haute",
    "bas",
    "basse",
    "alta",
    "baja",
    "ober",
    "nieder",
    "północ",
    "południe",
    "severní",
    "jižní",
];

/// A target word this common is a function word ("the" 7.7, "of" 7.4).
pub const LITERAL_FUNCTION_WORD_ZIPF: f32 = 5.0;

/// Source particles that are articles and so get translated with the name
/// part after them ("de Boer" → "the Farmer", "Le Drian" → "The Drian").
const ARTICLE_PARTICLES: &[&str] = &[
    "de", "del", "della", "der", "den", "des", "du", "la", "le", "van", "von", "das", "dos", "di",
];

/// The most words (particles aside) a person's name is taken to have.
const PERSON_NAME_MAX_WORDS: usize = 3;

/// A kept name part this common in the target language is a function word
/// or an article ("The" of "The Hockey News", 7.7), not a person's name (a
/// first name is common too: "Peter" is 5.1 in German, "Paul" 4.9 in English).
pub const LITERAL_ANCHOR_MAX_ZIPF: f32 = 6.0;

/// Whether target token `j` (the kept name part) is followed (`dir` 1) or
/// preceded (`dir` -1) by a translation of `w`: up to `gap_words` + 1 target
/// words, at least one a capitalised common word that the source lacks.
#[allow(clippy::too_many_arguments)]
/// Where to look for a literal translation: source name part `w`, target
/// token `j` (the kept name part beside it), the direction to look in (`dir`
/// 1 after, -1 before) and the particles between them (`gap_words`).
struct Literal<'a> {
    w: &'a names::NameToken,
    j: usize,
    dir: i64,
    gap_words: usize,
}

fn literal_at(
    pair: &PairView,
    cx: &Context,
    phrase: &NamePhrase,
    at_: &Literal,
    tgt: &Side,
    links: &links::Target,
) -> Option<Finding> {
    let Literal {
        w,
        j,
        dir,
        gap_words,
    } = *at_;
    let at = |k: i64| -> Option<&Tok> { usize::try_from(k).ok().and_then(|k| tgt.toks.get(k)) };
    let mut first = j;
    let mut last = j;
    let mut hit: Option<&Tok> = None;
    for step in 1..=(gap_words as i64 + 1) {
        let k = j as i64 + dir * step;
        let u = at(k)?;
        let prev = at(k - dir)?;
        let between = if dir > 0 {
            &tgt.doc.text[prev.range.end..u.range.start]
        } else {
            &tgt.doc.text[u.range.end..prev.range.start]
        };
        if !between.chars().all(|c| c == ' ' || c == '-') || u.key == names::key(&w.text) {
            return None;
        }
        let capital = u.text.chars().next().is_some_and(char::is_uppercase);
        let z = lexicon::zipf(cx.target_lang, u.text).unwrap_or(0.0);
        // The source's particle ("de" of "de Boer") comes out as a function
        // word ("the"), lower-case, before the translated part.
        if step <= gap_words as i64 {
            if capital || z < LITERAL_FUNCTION_WORD_ZIPF {
                return None;
            }
            if dir > 0 {
                last = k as usize;
            } else {
                first = k as usize;
            }
            continue;
        }
        let title = names::TITLES.contains(&fold(u.text).as_str())
            || names::is_calendar_word(u.text, cx.target_lang);
        // A dictionary that gives the word as the name part's translation
        // settles it, even for a cognate ("Fontaine" / "Fountain") that would
        // otherwise pass for a variant spelling; without one, a common word
        // unlike the name part.
        let variant = translit::similarity(&w.text, u.text) >= 0.8;
        let by_dictionary = links.translates(&w.text, pair.source.lang.lang, u.text) == Some(true);
        if capital
            && (by_dictionary || (z >= LITERAL_MIN_TARGET_ZIPF && !variant))
            && !title
            && !names::is_acronym(u.text)
            && !pair.source.text.contains(u.text)
        {
            hit = Some(u);
        } else if capital {
            return None;
        }
        if dir > 0 {
            last = k as usize;
        } else {
            first = k as usize;
        }
        if hit.is_some() {
            break;
        }
    }
    let u = hit?;
    // "The Black" for "Lenoir": take the following capitalised words too.
    if dir > 0 {
        while last + 1 < tgt.toks.len()
            && tgt.toks[last + 1]
                .text
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && tgt.doc.text[tgt.toks[last].range.end..tgt.toks[last + 1].range.start] == *" "
            && !pair.source.text.contains(tgt.toks[last + 1].text)
        {
            last += 1;
        }
    }
    let range = tgt.toks[first].range.start..tgt.toks[last].range.end;
    let shown = &tgt.doc.text[range.clone()];
    Some(
        Finding::new(
            DOC.id,
            "literal-translation",
            Severity::Critical,
            format!(
                "\"{}\" in the name \"{}\" was translated word for word: \"{}\"",
                w.text,
                &pair.source.text[phrase.range.clone()],
                shown
            ),
        )
        .confidence(0.8)
        .target(tgt.doc.span(range))
        .source(pair.source.span(phrase.range.clone()))
        .evidence(format!(
            "\"{}\" is a common {} word standing where the source has \"{}\"",
            u.text,
            cx.target_lang.name(),
            w.text
        )),
    )
}

/// The word standing in for a name part must be at least this common in the
/// target language to count as a translation of it ("The", "Good", "Black").
pub const LITERAL_MIN_TARGET_ZIPF: f32 = 3.0;

/// A target name with nothing behind it in the source.
/// A target name with nothing behind it in the source.
struct Added {
    finding: Finding,
    /// Whether it is reported without a missing source name to pair it with:
    /// a word of it says "name" by itself (see `ADDED_MAX_ZIPF`).
    alone: bool,
}

fn judge_target(
    pair: &PairView,
    cx: &Context,
    phrase: &NamePhrase,
    src: &Side,
    max_zipf: f32,
) -> Option<Added> {
    let tgt = pair.target;
    let text = &tgt.text[phrase.range.clone()];
    if cx
        .config
        .glossary
        .values()
        .flatten()
        .any(|f| fold(text).contains(&fold(f)))
        || cx.config.keeps(text)
    {
        return None;
    }
    let tlang = cx.target_lang;
    let unexplained: Vec<&names::NameToken> = phrase
        .strong()
        .filter(|t| {
            // Acronyms in the target are often expansions or translations
            // ("PLN", "UAE"); common words are caught from the source side.
            if names::is_acronym(&t.text) {
                return !acronym_explained(&t.text, tlang, src);
            }
            let known_name = known_name(t, tgt, tlang);
            let z = lexicon::zipf(tlang, &t.text).unwrap_or(0.0);
            if z >= max_zipf && !known_name {
                return false;
            }
            // A capital at the start of a sentence says nothing, unless the
            // word is one English writes only as a name ("Obama", "Boeing"),
            // or an unknown word opening a run of names none of which the
            // source has ("Valvo Semilarski"; not "Volcanologist Giulia
            // Ferrara", where the unknown word translates a source word
            // before a name that came through).
            let unknown_run = z == 0.0
                && phrase.strong().count() >= 2
                && phrase
                    .strong()
                    .all(|u| u.range == t.range || !explained(u, tlang, src));
            if phrase.sentence_initial
                && t.range.start == phrase.range.start
                && !known_name
                && !unknown_run
            {
                return false;
            }
            !explained(t, tlang, src)
        })
        .collect();
    if unexplained.is_empty() {
        return None;
    }
    let alone = unexplained.iter().any(|t| {
        names::is_acronym(&t.text)
            || lexicon::zipf(tlang, &t.text).unwrap_or(0.0) < ADDED_MAX_ZIPF
            || english_name(t, tgt, tlang)
    });
    let span = tgt.span(unexplained[0].range.start..unexplained[unexplained.len() - 1].range.end);
    Some(Added {
        finding: Finding::new(
            DOC.id,
            "added",
            Severity::Minor,
            format!("\"{}\" has no counterpart in the source", span.text),
        )
        .confidence(0.5)
        .target(span),
        alone,
    })
}

/// A target word English writes only as a name ("Obama"), or a place of the
/// tables ("Corpus Christi"): a name whatever its frequency.
fn known_name(t: &names::NameToken, doc: &Document, tlang: Lang) -> bool {
    english_name(t, doc, tlang) || t.place.is_some() || t.exonym.is_some()
}

/// A target word English writes only as a name, used as one (see
/// `english::is_proper_noun_before`).
fn english_name(t: &names::NameToken, doc: &Document, tlang: Lang) -> bool {
    let next: &str = doc.text[t.range.end..]
        .trim_start_matches(' ')
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    tlang == Lang::En && names::english::is_proper_noun_before(&t.text, next)
}

/// A target acronym this common (Zipf) in its language abbreviates a common
/// noun a translation may use for a source word ("TV" 5.2, "ID" 4.6, "CEO"
/// 4.5, "DNA" 4.5), not a name.
pub const ADDED_ACRONYM_MAX_ZIPF: f32 = 4.3;

/// Whether a target acronym has something behind it in the source: itself,
/// its letters, its words (see `find`), a place the source names ("UK" for
/// "Reino Unido"), a currency ("PLN" for "zł"), or — an acronym being often
/// a translation of another ("BIP" → "GDP") or of an institution's name —
/// any acronym of the source or any run of capitalised words inside a
/// source sentence.
fn acronym_explained(word: &str, tlang: Lang, src: &Side) -> bool {
    let body = word
        .strip_suffix('s')
        .filter(|b| names::is_acronym(b))
        .unwrap_or(word);
    find(body, tlang, src).is_some()
        || crate::numbers::extract::is_currency_code(body)
        || lexicon::zipf(tlang, body).unwrap_or(0.0) >= ADDED_ACRONYM_MAX_ZIPF
        || places::lookup(tlang, body, places::ANY)
            .into_iter()
            .any(|p| names_place(p, src))
        || src.toks.iter().any(|t| names::is_acronym(t.text))
        || written_out(src).is_some()
        || spelt_in_devanagari(body, src)
}

/// English letters as Hindi writes their names ("NSA" = "एन.एस.ए.").
const DEVANAGARI_LETTER_NAMES: [&str; 26] = [
    "ए",
    "बी",
    "सी",
    "डी",
    "ई",
    "एफ",
    "जी",
    "एच",
    "आई",
    "जे",
    "के",
    "एल",
    "एम",
    "एन",
    "ओ",
    "पी",
    "क्यू",
    "आर",
    "एस",
    "टी",
    "यू",
    "वी",
    "डब्ल्यू",
    "एक्स",
    "वाई",
    "जेड",
];

/// A Hindi source writes a Latin acronym by its letters' names, with or
/// without full stops: "एन.एस.ए." / "एनएसए" for "NSA".
fn spelt_in_devanagari(acronym: &str, src: &Side) -> bool {
    if src.lang.script() != Script::Devanagari {
        return false;
    }
    let mut spelt = String::new();
    for c in acronym.chars() {
        match DEVANAGARI_LETTER_NAMES.get((c as usize).wrapping_sub('A' as usize)) {
            Some(name) if c.is_ascii_uppercase() => spelt.push_str(name),
            _ => return false,
        }
    }
    let text: String = src
        .paras
        .iter()
        .map(|p| devanagari_key(&src.doc.text[p.range()]).replace('.', ""))
        .collect();
    text.contains(&devanagari_key(&spelt))
}

/// One-character forms Chinese and Japanese news use for the countries they
/// name most (`俄总统` "the Russian president", `米国` "the United States",
/// `訪中` "visit to China"); CLDR lists only the full names. A character that
/// also occurs in other words (中, 日) only makes the check quieter.
const CJK_COUNTRY_ABBREVIATIONS: &[(char, &str)] = &[
    ('美', "US"),
    ('米', "US"),
    ('俄', "RU"),
    ('露', "RU"),
    ('中', "CN"),
    ('华', "CN"),
    ('華', "CN"),
    ('日', "JP"),
    ('英', "GB"),
    ('法', "FR"),
    ('仏', "FR"),
    ('德', "DE"),
    ('独', "DE"),
    ('韩', "KR"),
    ('韓', "KR"),
    ('朝', "KP"),
    ('印', "IN"),
    ('澳', "AU"),
    ('豪', "AU"),
];

/// A Chinese or Japanese source writes a country, region or city with the
/// characters CLDR lists for it, so a place in the target that the source does
/// not name came from nowhere ("the rivers in Chongqing" → "in the Finnish
/// Gulf"). Person names cannot be checked this way: they are written in
/// characters no table maps to their English spelling.
fn added_place(pair: &PairView, phrase: &NamePhrase, src: &Side) -> Option<Finding> {
    let src_text = pair.source_text();
    let abbreviated = |p: Place| {
        CJK_COUNTRY_ABBREVIATIONS
            .iter()
            .any(|&(c, code)| code == p.0 && src_text.contains(c))
    };
    let t = phrase.tokens.iter().find(|t| {
        t.place.is_some_and(|p| {
            !names_place(p, src) && !abbreviated(p) && !places::speaks(p, src.lang)
        }) && !(src.lang.script() == Script::Devanagari && explained(t, pair.target.lang.lang, src))
            && !(phrase.sentence_initial
                && t.range.start == phrase.range.start
                && t.place.is_none())
            && find(&t.text, pair.target.lang.lang, src).is_none()
            && !src.latin.contains(&translit::latin(&t.text))
    })?;
    let span = pair.target.span(phrase.range.clone());
    Some(
        Finding::new(
            DOC.id,
            "added",
            Severity::Minor,
            format!("the place \"{}\" is not named in the source", t.text),
        )
        .confidence(0.5)
        .target(span),
    )
}

/// Kinds of rows that give a place's own name (not the language or
/// adjective English writes like it: "Czech", "French").
const PLACE_NAME_KINDS: &[PlaceKind] = &[
    PlaceKind::Region,
    PlaceKind::City,
    PlaceKind::Alias,
    PlaceKind::Geo,
    PlaceKind::Subdivision,
];

/// Two spellings of one name differ in length by less than this ratio
/// ("Muhammad" / "Mohammed" 1.0, "Jiří" / "Jiřím" 0.8).
pub const VARIANT_MIN_LENGTH_RATIO: f64 = 0.6;

fn explained(t: &names::NameToken, tlang: Lang, src: &Side) -> bool {
    if find(&t.text, tlang, src).is_some() {
        return true;
    }
    // A spelling variant of a source word ("Jiří" for "Jiřím", "Muhammad"
    // for "Mohammed"): not a name from nowhere. Lengths must be alike: a
    // short word sharing the first letters is no variant ("sei" /
    // "Semilarski" scores 0.81).
    let l = translit::latin(&t.text);
    let alike = |a: &str, b: &str| {
        let (x, y) = (a.chars().count(), b.chars().count());
        x.min(y) as f64 >= VARIANT_MIN_LENGTH_RATIO * x.max(y) as f64
    };
    if src.toks.iter().any(|s| {
        alike(&l, s.latin) && strsim::jaro_winkler(&l, s.latin) >= ADDED_VARIANT_SIMILARITY
    }) {
        return true;
    }
    // The same word as it sounds: a transliteration ("Pryce" / "Прайс") or a
    // cognate written with a capital in the target only ("Volcanology" /
    // "vulcanologia"), with the same first letter.
    let sk = translit::skeleton(&t.text);
    if sk.chars().count() >= SKELETON_MIN_CONSONANTS
        && src
            .toks
            .iter()
            .zip(src.skeletons())
            .any(|(s, ss)| s.latin.chars().next() == l.chars().next() && *ss == sk)
    {
        return true;
    }
    if src.cjk() && src.latin.contains(&translit::latin(&t.text)) {
        return true;
    }
    // Devanagari in Latin letters loses the inherent vowel and the nasal
    // ("जाहिद" → "jhd", "फ्रांसिस्का" → "phrssk") and writes z as j: the
    // consonant skeletons (where z is already s) are compared by similarity
    // instead, with s, z and j as one sound.
    if src.lang.script() == Script::Devanagari {
        let sk = translit::skeleton(&t.text).replace(['z', 's'], "j");
        if src.skeletons().iter().any(|ss| {
            let ss = ss.replace(['z', 's'], "j");
            !ss.is_empty() && strsim::jaro_winkler(&sk, &ss) >= DEVANAGARI_SKELETON_SIMILARITY
        }) {
            return true;
        }
    }
    let mut ps: Vec<Place> = places::lookup(tlang, &t.text, places::ANY);
    ps.extend(t.place);
    ps.extend(t.exonym);
    // A nationality adjective of a place ("Israeli", "Ukrainian"): the source
    // writes it lower-case, so it is not a name the source lacks. A place's
    // own name ("Moscow") is not its adjective.
    let own_name =
        t.place.is_some() || !places::lookup(tlang, &t.text, PLACE_NAME_KINDS).is_empty();
    if !own_name && !places::demonym_of(tlang, &t.text, places::ANY).is_empty() {
        return true;
    }
    ps.iter()
        .any(|&p| names_place(p, src) || places::speaks(p, src.lang))
}

/// English prepositions after which a dropped name leaves punctuation or a
/// conjunction ("in, 305 residents", "on their way to .", "between and").
const GAP_PREPOSITIONS: &[&str] = &[
    "in",
    "of",
    "from",
    "at",
    "to",
    "by",
    "with",
    "between",
    "near",
    "against",
    "including",
];
const GAP_TITLES: &[&str] = &[
    "Dr",
    "Mr",
    "Mrs",
    "Ms",
    "President",
    "Prime Minister",
    "Governor",
    "Senator",
];

/// Gaps a deleted name leaves in an English target.
fn gaps(doc: &Document, para: &Paragraph) -> Vec<Finding> {
    let text = &doc.text[para.range()];
    let mut out = Vec::new();
    let toks = &para.tokens;
    for (i, t) in toks.iter().enumerate() {
        let w = &doc.text[t.range()];
        let after = &doc.text[t.end..para.end];
        let lower = w.to_lowercase();
        let next = toks.get(i + 1).map(|n| &doc.text[n.range()]);
        let next_gap = toks.get(i + 1).map(|n| &doc.text[t.end..n.start]);
        let mut hit = false;
        if GAP_PREPOSITIONS.contains(&lower.as_str()) {
            let a = after.trim_start_matches(' ');
            let punct_next =
                a.starts_with([',', ';', ')']) || (a.starts_with('.') && after.starts_with(' '));
            let conj_next = next_gap == Some(" ")
                && matches!(next, Some("and") | Some("or"))
                && matches!(lower.as_str(), "between" | "of" | "at" | "near");
            // "in, say," and "in." closing a phrasal verb are rare in news; a
            // space before the full stop is not.
            if punct_next || conj_next {
                hit = true;
            }
        }
        let function_word =
            next.is_some_and(|n| matches!(n, "of" | "and" | "the" | "for" | "to" | "in" | "or"));
        if GAP_TITLES.contains(&w)
            && next_gap == Some(" ")
            && next.is_some_and(|n| n.chars().next().is_some_and(char::is_lowercase))
            && !function_word
            && !after.starts_with('.')
        {
            hit = true;
        }
        if hit {
            let end = toks.get(i + 1).map_or(t.end, |n| n.end).min(para.end);
            out.push(gap_finding(
                doc,
                t.start..end,
                "a preposition or title with nothing after it",
            ));
        }
    }
    let _ = text;
    out
}

/// Traces a deleted name leaves in English wording, one alternative each; none
/// of them occurred in the 1000 error-free DEMETR dev targets. Each names why
/// well-formed English does not produce it.
const GAP_MARKS: &[(&str, &str)] = &[
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
    (r"\b[Tt]he\s*[,.;:)]", "an article with no noun"),
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
        r"\b(?:and|or)\s+[.;:)]",
        "a conjunction with nothing after it",
    ),
    // "such as" before a bracket or a stop: "such as (40 francs)".
    (r"\bsuch\s+as\s*[(,.;]", "\"such as\" with nothing after it"),
];

/// English sentences need a subject before their finite verb. Where one was
/// dropped, the verb (a reporting verb or an auxiliary, from
/// `data/lang/en/finite-verbs.txt`) is left opening the sentence ("Said on
/// Wednesday that …"), right after an opening phrase ("According to the
/// agency, believes that …", "In Lisbon has …"), or closing a quotation with
/// no one to say it ("… by 2020," said.). A title needs its name: "Mr."
/// straight before a lower-case word lost it. Questions are left out.
struct SubjectGaps {
    opening: Regex,
    after_phrase: Regex,
    after_quote: Regex,
    title: Regex,
}

fn subject_gaps() -> &'static SubjectGaps {
    static RES: OnceLock<SubjectGaps> = OnceLock::new();
    RES.get_or_init(|| {
        let list = |kind: &str| words::list(Lang::En, kind);
        // The lists are lower case; a sentence or a title starts with a capital.
        let capitalised = |words: &[&str]| {
            words
                .iter()
                .map(|w| {
                    let mut c = w.chars();
                    c.next()
                        .map(|f| f.to_uppercase().chain(c).collect::<String>())
                        .unwrap_or_default()
                })
                .collect::<Vec<_>>()
                .join("|")
        };
        let verbs = list("finite-verbs").join("|");
        let titles = capitalised(list("titles"));
        let re = |p: String| Regex::new(&p).expect("subject-gap pattern compiles");
        SubjectGaps {
            opening: re(format!(
                r"^(?:{}|Also\s+[a-z]+(?:s|ed))\s",
                capitalised(list("finite-verbs"))
            )),
            after_phrase: re(format!(
                r"^((?:(?:According to|When asked|In|On|At|After|Before|During|Earlier|Later|Meanwhile)\b[^,.;]*,|(?:In|At|From)(?:\s+[A-Z][\w'’-]*){{1,3}})\s+(?:{verbs}))(?:\s+that\b|\s*:|\s+(?:on|in|at|the|a|to)\s)"
            )),
            after_quote: re(format!(r#"[,"”]\s*(?:{verbs})\s*[.!?]"#)),
            title: re(format!(r"\b(?:{titles})\.?\s+[a-z]")),
        }
    })
}

fn gap_mark_res() -> &'static Vec<(Regex, &'static str)> {
    static RES: OnceLock<Vec<(Regex, &'static str)>> = OnceLock::new();
    RES.get_or_init(|| {
        GAP_MARKS
            .iter()
            .map(|(p, why)| (Regex::new(p).expect("gap mark compiles"), *why))
            .collect()
    })
}

/// A name dropped from the target at `r`, as the English around it shows.
fn gap_finding(doc: &Document, r: Range<usize>, why: &'static str) -> Finding {
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
/// or title: see [`GAP_MARKS`] and [`SubjectGaps`].
fn gap_marks(doc: &Document, para: &Paragraph) -> Vec<Finding> {
    let marks = gap_mark_res();
    let gaps = subject_gaps();
    let mut out = Vec::new();
    let mut push = |r: Range<usize>, why: &'static str| out.push(gap_finding(doc, r, why));
    let text = &doc.text[para.range()];
    for (re, why) in marks {
        for m in re.find_iter(text) {
            // The span is the mark itself, without the context the pattern needed.
            let rest = m
                .as_str()
                .trim_start_matches(|c: char| c.is_whitespace() || c == '(');
            let lead = if rest.starts_with(['\'', '’']) {
                m.as_str().len() - rest.len()
            } else {
                0
            };
            let end = para.start + m.start() + m.as_str().trim_end().len();
            push(para.start + m.start() + lead..end, why);
        }
    }
    // A paragraph opening on a comma: ", the current prime minister of Israel, ...".
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
        for (re, why) in [
            (
                &gaps.opening,
                "a sentence opening on a verb with no subject",
            ),
            (
                &gaps.after_phrase,
                "a verb with no subject after an opening phrase",
            ),
        ] {
            // The span ends on the verb (group 1 where the pattern has one).
            if let Some(c) = re.captures(body) {
                let m = c.get(1).or_else(|| c.get(0)).map_or("", |m| m.as_str());
                push(lead_start..lead_start + m.trim_end().len(), why);
            }
        }
    }
    for (re, why) in [
        (
            &gaps.after_quote,
            "a reporting verb with no subject after a quotation",
        ),
        (&gaps.title, "a title with no name"),
    ] {
        for m in re.find_iter(text) {
            push(para.start + m.start()..para.start + m.end(), why);
        }
    }
    out
}

/// "Walla. News": a source name phrase whose parts are all in the target but
/// broken by a full stop or comma there.
fn garbled(pair: &PairView, cx: &Context, para: &Paragraph) -> Vec<Finding> {
    let mut out = Vec::new();
    let tdoc = pair.target;
    let src_text = pair.source_text();
    let toks = &para.tokens;
    for w in toks.windows(2) {
        let (a, b) = (&tdoc.text[w[0].range()], &tdoc.text[w[1].range()]);
        let between = &tdoc.text[w[0].end..w[1].start];
        if !matches!(between.trim(), "." | ",") || !between.ends_with(' ') {
            continue;
        }
        if !(a.chars().next().is_some_and(char::is_uppercase)
            && b.chars().next().is_some_and(char::is_uppercase))
        {
            continue;
        }
        if names::is_acronym(a) && a.chars().count() <= 3 {
            continue;
        }
        // The source has the two words side by side as one name.
        let joined = format!("{a} {b}");
        if src_text.contains(&joined) && !src_text.contains(&format!("{a}{} {b}", between.trim())) {
            let r = w[0].start..w[1].end;
            out.push(
                Finding::new(
                    DOC.id,
                    "garbled",
                    Severity::Major,
                    format!(
                        "the name \"{joined}\" is broken by punctuation: \"{}\"",
                        &tdoc.text[r.clone()]
                    ),
                )
                .confidence(0.85)
                .target(tdoc.span(r)),
            );
        }
    }
    let _ = cx;
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demonyms() {
        assert!(places::is_demonym_of("czech", "czechia"));
    }

    /// The side's indexes find the first token the comparisons they stand
    /// for accept, as a scan of every token does.
    #[test]
    fn indexes_find_the_first_token_a_scan_finds() {
        let text = "Premiér Babiš jednal s Macronem v Česku. Kidawy a Kidawa, Putina, corona \
                    virus, NGOs, Zelenskyj. Babišem, Macron a Putin.";
        let doc = crate::document::test_document(text, Lang::Cs);
        let paras: Vec<&Paragraph> = doc.paragraphs.iter().collect();
        let side = Side::new(&doc, &paras);
        let words = [
            "Babiš",
            "Macron",
            "Macrona",
            "Česko",
            "Kidawa",
            "Putin",
            "Coronavirus",
            "NGO",
            "Zelensky",
            "Babiše",
            "Nowhere",
        ];
        for la in [Lang::En, Lang::Pl, Lang::Cs] {
            for w in words {
                let scan = side
                    .toks
                    .iter()
                    .position(|t| translit::same_up_to_endings(w, la, t.text, side.lang));
                let fresh = Side::new(&doc, &paras);
                assert_eq!(fresh.same_up_to_endings(w, la), scan, "{w} ({la:?})");
            }
        }
        for w in words {
            let k = names::key(w);
            let scan = side.toks.windows(2).position(|p| {
                p[0].key.len() + p[1].key.len() == k.len()
                    && k.starts_with(p[0].key)
                    && k.ends_with(p[1].key)
            });
            assert_eq!(side.index().pair(&side.toks, &k), scan, "{w}");
            let vk = translit::variant_key(w);
            let scan = side
                .toks
                .iter()
                .position(|t| translit::variant_key(t.text) == vk);
            assert_eq!(
                side.index().by_variant.get(vk.as_str()).copied(),
                scan,
                "{w}"
            );
        }
        assert!(side.same_up_to_endings("Macron", Lang::En).is_some());
        assert!(side.index().pair(&side.toks, "coronavirus").is_some());
    }
}

#[cfg(test)]
mod kana_tests {
    use super::kana_alike;

    #[test]
    fn katakana_keeps_the_consonants_of_a_latin_name() {
        for (latin, kana) in [
            ("Dallas", "ダラス"),
            ("Portland", "ポートランド"),
            ("Walsh", "ウォルシュ"),
            ("Philadelphia", "フィラデルフィア"),
            ("Hancock", "ハンコック"),
        ] {
            assert!(kana_alike(latin, kana), "{latin} / {kana}");
        }
        assert!(!kana_alike("Walsh", "ミラー"));
        assert!(!kana_alike("Denver", "ダラス"));
    }
}
