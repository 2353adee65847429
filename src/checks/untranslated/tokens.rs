//! The tokens of a target paragraph with their readings, the source's words, and the
//! check of one paragraph.

use super::*;

/// One word token of a target paragraph with what is known about it.
#[derive(Debug, Clone)]
pub(super) struct Tok {
    pub(super) range: Range<usize>,
    pub(super) sentence: usize,
    pub(super) skip: Skip,
    pub(super) script: Option<TokScript>,
    pub(super) case: Case,
    /// First word of its sentence.
    pub(super) initial: bool,
    /// The word as the lexicons store it.
    pub(super) norm: String,
    /// Zipf in the source / target language (`None`: not in the list or no list).
    pub(super) zs: Option<f32>,
    pub(super) zt: Option<f32>,
    /// Byte range of the same word in the aligned source paragraphs.
    pub(super) in_source: Option<Range<usize>>,
    /// The same word (not only its stem) is in the aligned source.
    pub(super) source_exact: bool,
    /// Why it is foreign, when it is (evidence text and confidence).
    pub(super) flag: Option<(String, f64)>,
    /// Foreign by its frequencies were it not capitalised: may extend a span.
    pub(super) lex_foreign: bool,
    /// Read as (part of) a name: not counted when weighing a sentence's language.
    pub(super) name: bool,
}

impl Tok {
    /// How far the word leans to the source language (positive) or the target.
    pub(super) fn gap(&self) -> Option<f32> {
        match (self.zs, self.zt) {
            (None, None) => None,
            (zs, zt) => Some(zs.unwrap_or(0.0) - zt.unwrap_or(0.0)),
        }
    }
}

/// Languages and lexicons of a document pair.
pub(super) struct Langs {
    pub(super) src: Lang,
    pub(super) tgt: Lang,
    pub(super) src_lex: Option<&'static Lexicon>,
    pub(super) tgt_lex: Option<&'static Lexicon>,
}

impl Langs {
    pub(super) fn gap_threshold(&self) -> f32 {
        if self.src == Lang::En {
            MIN_ZIPF_GAP_FROM_ENGLISH
        } else {
            MIN_ZIPF_GAP
        }
    }

    /// Target Zipf used in the rule: a word missing from a cut list is rarer than
    /// the list's floor, not absent from the language.
    pub(super) fn target_zipf(&self, zt: Option<f32>) -> f32 {
        match (zt, self.tgt_lex) {
            (Some(z), _) => z,
            (None, Some(l)) if l.min_zipf() > DEEP_LIST_MAX_MIN_ZIPF => l.min_zipf(),
            _ => 0.0,
        }
    }

    /// Zipf values of a normalised word in the source and target lists, looked up
    /// in the same form on both sides: `Zeman's` is compared as `zeman` even where
    /// one list happens to hold the possessive.
    pub(super) fn zipfs(&self, norm: &str) -> (Option<f32>, Option<f32>) {
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
    pub(super) fn source_stem(&self, norm: &str) -> bool {
        let (Some(src), Some(tgt)) = (self.src_lex, self.tgt_lex) else {
            return false;
        };
        let chars: Vec<char> = norm.chars().collect();
        let n = chars.len();
        if n < OOV_MIN_LETTERS + STEM_TRIM || self.prefixed_target_word(norm) {
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

    /// Whether `norm` is one of the target language's `word-prefixes` and a
    /// word of its list ("interinstitutional": inter + institutional): a word
    /// of the target language the list lacks, not a form of the source's
    /// (whose "interi" it happens to open with).
    pub(super) fn prefixed_target_word(&self, norm: &str) -> bool {
        /// Least Zipf of the word after the prefix.
        const PREFIXED_MIN_ZIPF: f32 = 2.5;
        /// Fewest letters of the word after the prefix.
        const PREFIXED_MIN_CHARS: usize = 5;
        let Some(tgt) = self.tgt_lex else {
            return false;
        };
        words::list(self.tgt, "word-prefixes").iter().any(|p| {
            norm.strip_prefix(p)
                .map(|rest| rest.trim_start_matches('-'))
                .is_some_and(|rest| {
                    rest.chars().count() >= PREFIXED_MIN_CHARS
                        && tgt
                            .get_normalised(rest)
                            .is_some_and(|z| z >= PREFIXED_MIN_ZIPF)
                })
        })
    }

    pub(super) fn deep_target_list(&self) -> bool {
        self.tgt_lex
            .is_some_and(|l| l.min_zipf() <= DEEP_LIST_MAX_MIN_ZIPF)
    }
}

/// Source words of the aligned pair, normalised, with their byte ranges, and
/// indexed so that each look-up costs the same however long the source is.
pub(super) struct SourceWords {
    pub(super) words: Vec<(String, Range<usize>)>,
    /// Positions in `words` of each normalised word, in order.
    pub(super) at: HashMap<String, Vec<usize>>,
    /// Position of the first word with each stem (its first `STEM_LETTERS` letters).
    pub(super) stems: HashMap<String, usize>,
}

pub(super) fn stem_of(norm: &str) -> Option<String> {
    let stem: String = norm.chars().take(STEM_LETTERS).collect();
    (stem.chars().count() >= STEM_LETTERS).then_some(stem)
}

impl SourceWords {
    pub(super) fn new(doc: &Document, paras: &[&Paragraph]) -> SourceWords {
        let words: Vec<(String, Range<usize>)> = paras
            .iter()
            .flat_map(|p| p.tokens.iter())
            .map(|t| (normalise(doc.token_text(t)), t.range()))
            .collect();
        let mut at: HashMap<String, Vec<usize>> = HashMap::default();
        let mut stems = HashMap::default();
        for (i, (w, _)) in words.iter().enumerate() {
            at.entry(w.clone()).or_default().push(i);
            // A word with an elided article written onto it ("dall'opificio",
            // "l'école") is that word too.
            if let Some((article, rest)) = w.split_once(['\'', '’']) {
                if !article.is_empty() && rest.chars().count() >= 2 {
                    at.entry(rest.to_string()).or_default().push(i);
                }
            }
            if let Some(stem) = stem_of(w) {
                stems.entry(stem).or_insert(i);
            }
        }
        SourceWords { words, at, stems }
    }

    pub(super) fn find(&self, norm: &str) -> Option<Range<usize>> {
        let &i = self.at.get(norm)?.first()?;
        Some(self.words[i].1.clone())
    }

    /// A source word sharing a stem with `norm` (another inflected form).
    pub(super) fn find_stem(&self, norm: &str) -> Option<Range<usize>> {
        let &i = self.stems.get(&stem_of(norm)?)?;
        Some(self.words[i].1.clone())
    }

    /// The source range of a run of target words that stands in the source
    /// in other case forms of the same words, each word sharing a stem
    /// without a case ending of `lang` with the source word in its place
    /// ("České dráhy" / "Českých drah"): a name given in its base form.
    pub(super) fn find_run_inflected(&self, norms: &[String], lang: Lang) -> Option<Range<usize>> {
        if norms.len() < 2 || norms.len() > self.words.len() {
            return None;
        }
        let stems: Vec<Vec<String>> = norms
            .iter()
            .map(|n| crate::names::translit::stems(n, lang))
            .collect();
        let alike = |src: &str, k: usize| {
            crate::names::translit::stems(src, lang)
                .iter()
                .any(|s| s.chars().count() >= 3 && stems[k].contains(s))
        };
        (0..=self.words.len() - norms.len()).find_map(|start| {
            let w = &self.words[start..start + norms.len()];
            w.iter()
                .enumerate()
                .all(|(k, (src, _))| alike(src, k))
                .then(|| w[0].1.start..w[w.len() - 1].1.end)
        })
    }

    /// The source range of a run of target words, when the same words stand
    /// together in the source (the first such place). Only the places of the
    /// run's rarest word are tried.
    pub(super) fn find_run(&self, norms: &[String]) -> Option<Range<usize>> {
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

/// Byte ranges of keep-as-is terms in a paragraph (case-sensitive, whole words).
pub(super) fn keep_ranges(text: &str, base: usize, keep: &[String]) -> Vec<Range<usize>> {
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

pub(super) fn covered(ranges: &[Range<usize>], r: &Range<usize>) -> bool {
    ranges.iter().any(|k| k.start <= r.start && r.end <= k.end)
}

pub(super) fn check_paragraph(
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
    let target_speller = cx.config.speller(langs.tgt);
    for i in 0..toks.len() {
        let phrase = in_name_phrase(&toks, i, doc, langs)
            || latin_name_link(&toks, i, doc, langs.tgt)
            || latin_name_tail(&toks, i, doc, &pair.source.text, langs.tgt)
            || joins_name(&toks, i, doc, langs)
            || ampersand_name(&toks, i, doc)
            || in_town_name(&toks, i, doc)
            || species_epithet(&toks, i, doc, &pair.source.text, langs)
            || hyphenated_name_part(&toks, i, doc);
        let word = &doc.text[toks[i].range.clone()];
        let phrase = phrase || english_possessor(&toks[i], word, langs.tgt);
        // Opening a sentence, a word is a name also where the source writes
        // it capitalised inside a sentence of any paragraph ("Rincón" of
        // "Juan Rincón Ospina" two paragraphs before).
        let name_like = is_name_like(&toks, i, &title_sentences, &src_names, langs.src)
            || (toks[i].initial
                && toks[i].case == Case::Capitalised
                && langs.src != Lang::De
                && crate::names::forms::of(pair.source).mid_sentence(pair.source, word));
        let capital = toks[i].case == Case::Capitalised && !phrase;
        let judged = if phrase {
            None
        } else {
            judge(&toks[i], langs, name_like, word)
                .filter(|_| !(name_like && surname_in_document(doc, word)))
                .filter(|_| !target_dictionary_word(&toks[i], word, target_speller))
                .filter(|_| {
                    !(toks[i].case == Case::Capitalised && names_a_source_place(pair, word, langs))
                })
                .filter(|_| !(name_like && base_form_of_source_name(pair, &toks[i], langs)))
                // A place the source names by a word derived from it ("z
                // Ústecka", the land around Ústí): the name, given as such.
                // Not for German, which capitalises every noun.
                .filter(|_| {
                    !(name_like
                        && langs.src != Lang::De
                        && src_names.iter().any(|s| {
                            *s != toks[i].norm
                                && crate::names::forms::derived_from_name(word, s, langs.src)
                        }))
                })
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
        // German writes every noun with a capital, so there the dictionary
        // tells a name by not knowing the word at all ("Vaihingen",
        // "Uckermark"), while a noun it knows is a word left in German: in
        // its spelling before the 1996 reform too ("Schlußfolgerungen"), and
        // after an elided article of the target ("l'Gestatten").
        let unknown_to_german = |s: &crate::lang::spelling::Speller| {
            use crate::lang::spelling::Written;
            let w = word.rsplit(['\'', '’']).next().unwrap_or(word);
            s.written(w) == Written::Unknown
                && (!w.contains('ß') || s.written(&w.replace('ß', "ss")) == Written::Unknown)
        };
        let spelt_name = capital
            && (judged.is_some() || lex)
            && speller.is_some_and(|s| {
                s.is_name(word)
                    || (langs.src == Lang::De && !toks[i].initial && unknown_to_german(s))
            });
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

/// The names of currencies, which English and other languages borrow
/// ("koruna", "hryvnia"; not units such as "kilos" or "años").
fn is_currency_name(word: &str) -> bool {
    let bare = crate::names::bare(word);
    bare.chars().count() >= 4 && crate::numbers::extract::is_currency_word(bare)
}

pub(super) fn tokens(
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
            || is_currency_name(word)
            || crate::numbers::extract::is_unit_symbol(word)
            // A unit after its number ("12 mm", "3 kg"): written alike in
            // the texts of languages that take the symbols from Latin.
            || (doc.text[..t.start].trim_end().ends_with(|c: char| c.is_ascii_digit())
                && crate::numbers::extract::is_unit_abbreviation(word))
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
pub(super) const TITLE_CASE_MIN_SHARE: f32 = 0.75;

pub(super) fn title_case_sentences(toks: &[Tok], n: usize) -> Vec<bool> {
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

/// Whether `word` stands in the document as the last part of a person's or
/// a place's full name ("Jakub Malý" before "Malý found the net"): a surname
/// or a place's second word, used alone elsewhere.
fn surname_in_document(doc: &Document, word: &str) -> bool {
    doc.surnames
        .get_or_init(|| surnames(&doc.text))
        .contains(word)
}

/// The words of `text` that follow another capitalised word over one space
/// inside a sentence (not after its first word), in one pass.
fn surnames(text: &str) -> foldhash::HashSet<String> {
    let mut out = foldhash::HashSet::default();
    // (start, end) of the word before, and whether a sentence went on before it.
    let mut prev: Option<(usize, usize, bool)> = None;
    let mut inside = false;
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            let w = &text[s..i];
            if let Some((ps, pe, mid)) = prev {
                let p = &text[ps..pe];
                if mid
                    && &text[pe..s] == " "
                    && p.chars().count() >= 2
                    && p.starts_with(char::is_uppercase)
                    && w.starts_with(char::is_uppercase)
                {
                    out.insert(w.to_string());
                }
            }
            prev = Some((s, i, inside));
            inside = true;
        }
        if matches!(c, '.' | '!' | '?' | '\n') {
            inside = false;
        }
    }
    out
}

/// A word neither language's frequency list has that the target language's
/// dictionary knows in lower case, inflected by the dictionary's rules
/// (French "reconnectées" of "reconnecter", beside English "reconnected"): a
/// word of the target language the list was too short to hold, not one left
/// in the source's. A word of the source's list stays suspect: a dictionary
/// also accepts forms that are the other language's words. Asked only of a
/// word about to be flagged.
fn target_dictionary_word(
    t: &Tok,
    word: &str,
    speller: Option<&crate::lang::spelling::Speller>,
) -> bool {
    t.zt.is_none()
        && t.zs.is_none()
        && speller.is_some_and(|s| {
            s.written(&word.to_lowercase()) == crate::lang::spelling::Written::Lower
        })
}

/// A capitalised target word that is a place's own name in the target
/// language, a place the source names too in its own language (German "Save", the
/// river the English source calls "Sava"; English "the Oder" for German "der
/// Oder"): the name carried or translated, however common the same letters
/// are as a word of the source language ("save", "oder"). Asked only of a
/// word that would be flagged.
/// Whether a capitalised target word is a source name put back in its base
/// form: the source writes the word only inflected ("v Hranicích", "mezi
/// Hranicemi"), capitalised inside a sentence, and the target has another
/// form of the same stem ("Hranice"). A translator gives a name its base
/// form; a word left untranslated keeps the form it had. Not for a German
/// source, which capitalises every noun.
fn base_form_of_source_name(pair: &PairView, t: &Tok, langs: &Langs) -> bool {
    let Some(range) = t.in_source.clone() else {
        return false;
    };
    if t.source_exact || t.case != Case::Capitalised || langs.src == Lang::De {
        return false;
    }
    let Some(src) = pair.source.text.get(range) else {
        return false;
    };
    case_of(src) == Case::Capitalised
        && crate::names::forms::of(pair.source).mid_sentence(pair.source, crate::names::bare(src))
}

fn names_a_source_place(pair: &PairView, word: &str, langs: &Langs) -> bool {
    use crate::names::places::{self, PlaceKind};
    // The target language's own names (not the names of GeoNames and CLDR's
    // subdivisions, read in any language, which hold "Kalifornien" for
    // English too).
    const OWN: &[PlaceKind] = &[PlaceKind::Feature, PlaceKind::Region, PlaceKind::City];
    let named = places::lookup(langs.tgt, word, OWN);
    if named.is_empty() {
        return false;
    }
    pair.source_text()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .any(|w| {
            places::lookup(langs.src, w, places::ANY)
                .iter()
                .any(|p| named.contains(p))
        })
}

#[cfg(test)]
mod surname_tests {
    use super::surnames;

    #[test]
    fn a_surname_given_in_full_elsewhere_is_a_name() {
        let text = "Sparta equalised through Jakub Malý.\n\nLater Malý settled it.";
        assert!(surnames(text).contains("Malý"));
        // Only alone, or first in a sentence after another: no full name.
        assert!(!surnames("Later Malý settled it.").contains("Malý"));
        assert!(!surnames("It was done. Malý settled it.").contains("Malý"));
        assert!(!surnames("It was done. Jakub Malý settled it.").contains("Malý"));
        // Part of a longer word is not the word.
        assert!(!surnames("Sparta beat Jakub Malýovi.").contains("Malý"));
    }
}
