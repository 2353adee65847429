//! One side of a pair in comparison forms (tokens, keys, stems, indexes) and the search for a
//! source name's counterpart in it.

use super::*;

/// One side's tokens in comparison forms.
pub(super) struct Side<'a> {
    pub(super) doc: &'a Document,
    pub(super) lang: Lang,
    pub(super) toks: Vec<Tok<'a>>,
    /// Folded text with single spaces, padded with spaces: " new york ".
    pub(super) words: String,
    /// Latin transliteration of the whole text without spaces (pinyin for Chinese).
    pub(super) latin: String,
    /// The places the text names, by any of their names or adjectives;
    /// worked out on first use (most names match by form).
    pub(super) places: std::cell::OnceCell<Vec<Place>>,
    pub(super) paras: Vec<&'a Paragraph>,
    /// Look-up tables over `toks` for `find`, built on first use.
    pub(super) index: std::cell::OnceCell<TokIndex<'a>>,
    /// The forms `translit::same_up_to_endings` compares, for matching words
    /// of one language against `toks`; built on first use.
    pub(super) stems: std::cell::OnceCell<(Lang, StemIndex<'a>)>,
    /// `translit::skeleton` of each token, worked out on first use.
    pub(super) skeletons: std::cell::OnceCell<Vec<String>>,
    /// Each token's forms for the search across scripts
    /// (`across::TokenReads`), worked out on first use.
    pub(super) reads: std::cell::OnceCell<TokenReads>,
    /// The first token with each `respelt_key`, built on first use.
    pub(super) respelt: std::cell::OnceCell<HashMap<String, usize>>,
    /// Runs of Chinese sound characters (see `hanzi::sound_runs`), built on
    /// first use.
    pub(super) sound_runs: std::cell::OnceCell<Vec<Vec<String>>>,
    /// Runs of kanji (see `kanji::kanji_runs`), built on first use.
    pub(super) kanji_runs: std::cell::OnceCell<Vec<Vec<char>>>,
    /// Each paragraph's text folded (see `forms::table_name_in_text`),
    /// built on first use.
    pub(super) folded: std::cell::OnceCell<Vec<String>>,
    /// Each token folded (see `forms::inside_target_compound`), built on
    /// first use.
    pub(super) folded_toks: std::cell::OnceCell<Vec<String>>,
    /// Each capitalised token's `cyrillic_romanisation_key` in the side's
    /// language (empty for the others), built on first use.
    pub(super) romanised_keys: std::cell::OnceCell<Vec<String>>,
}

/// The first token with each key, pair of keys written together, variant
/// key; tokens by first letter. `find` asks these instead of comparing a
/// word with every token.
pub(super) struct TokIndex<'a> {
    pub(super) by_key: HashMap<&'a str, usize>,
    /// "corona" + "virus": the hash of two adjacent tokens' keys run together
    /// (see `hash_joined`) and the first one's index, in order.
    pub(super) by_pair: Vec<(u64, usize)>,
    /// Acronyms with a plural or genitive s ("NGOs"), by their key without it.
    pub(super) by_plural_acronym: HashMap<&'a str, usize>,
    pub(super) by_variant: HashMap<&'a str, usize>,
    pub(super) by_initial: HashMap<char, Vec<usize>>,
}

/// FNV-1a over the bytes of `parts` one after the other: the hash of the
/// parts run together, without joining them.
pub(super) fn hash_joined(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in parts.iter().flat_map(|p| p.bytes()) {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

impl<'a> TokIndex<'a> {
    pub(super) fn new(toks: &[Tok<'a>]) -> TokIndex<'a> {
        let mut ix = TokIndex {
            by_key: HashMap::default(),
            by_pair: Vec::with_capacity(toks.len()),
            by_plural_acronym: HashMap::default(),
            by_variant: HashMap::default(),
            by_initial: HashMap::default(),
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
    pub(super) fn pair(&self, toks: &[Tok], k: &str) -> Option<usize> {
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
pub(super) struct StemIndex<'a> {
    pub(super) by_stem: HashMap<Cow<'a, str>, usize>,
    pub(super) by_latin: HashMap<Cow<'a, str>, usize>,
}

impl<'a> StemIndex<'a> {
    /// For words of `la` matched against `toks`, tokens of `doc`.
    pub(super) fn new(doc: &'a Document, toks: &[Tok<'a>], la: Lang) -> StemIndex<'a> {
        let mut ix = StemIndex {
            by_stem: HashMap::default(),
            by_latin: HashMap::default(),
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
    pub(super) fn find(&self, word: &str, la: Lang, lb: Lang) -> Option<usize> {
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

pub(super) struct Tok<'a> {
    pub(super) range: Range<usize>,
    /// The token's index among its document's (see `names::forms`).
    pub(super) at: usize,
    pub(super) text: &'a str,
    pub(super) key: &'a str,
    pub(super) latin: &'a str,
    pub(super) variant: &'a str,
}

impl<'a> Side<'a> {
    pub(super) fn new(doc: &'a Document, paras: &[&'a Paragraph]) -> Side<'a> {
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
            reads: std::cell::OnceCell::new(),
            respelt: std::cell::OnceCell::new(),
            sound_runs: std::cell::OnceCell::new(),
            kanji_runs: std::cell::OnceCell::new(),
            folded: std::cell::OnceCell::new(),
            folded_toks: std::cell::OnceCell::new(),
            romanised_keys: std::cell::OnceCell::new(),
        }
    }

    /// The first token with the same [`respelt_key`] as `key`.
    pub(super) fn respelt(&self, key: &str) -> Option<usize> {
        let by_key = self.respelt.get_or_init(|| {
            let mut m = HashMap::default();
            for (i, t) in self.toks.iter().enumerate() {
                m.entry(respelt_key(t.text)).or_insert(i);
            }
            m
        });
        by_key.get(key).copied()
    }

    pub(super) fn index(&self) -> &TokIndex<'a> {
        self.index.get_or_init(|| TokIndex::new(&self.toks))
    }

    /// The first token that is `word` (in `lang`) up to case endings.
    pub(super) fn same_up_to_endings(&self, word: &str, lang: Lang) -> Option<usize> {
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

    pub(super) fn folded_toks(&self) -> &[String] {
        self.folded_toks
            .get_or_init(|| self.toks.iter().map(|t| fold(t.text)).collect())
    }

    pub(super) fn romanised_keys(&self) -> &[String] {
        self.romanised_keys.get_or_init(|| {
            self.toks
                .iter()
                .map(|t| {
                    if t.text.starts_with(char::is_uppercase) {
                        cyrillic_romanisation_key(t.text, self.lang)
                    } else {
                        String::new()
                    }
                })
                .collect()
        })
    }

    pub(super) fn skeletons(&self) -> &[String] {
        self.skeletons.get_or_init(|| {
            self.toks
                .iter()
                .map(|t| translit::skeleton(t.text))
                .collect()
        })
    }

    pub(super) fn places(&self) -> &[Place] {
        self.places
            .get_or_init(|| places_named(self.doc, self.lang, &self.paras, &self.toks))
    }

    pub(super) fn cjk(&self) -> bool {
        matches!(self.lang.script(), Script::Han | Script::Japanese)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum How {
    Exact,
    Inflected,
    Exonym,
    Transliterated,
    Acronym,
    /// A near miss: reported as misspelt.
    Near,
}

pub(super) fn is_cross_script(a: Lang, b: Lang) -> bool {
    a.script() != b.script()
}

/// How `word` (in `lang`) has a counterpart among `side`'s tokens, and which.
pub(super) fn find(word: &str, lang: Lang, side: &Side) -> Option<(How, usize)> {
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
    // An acronym, or one with an English plural s ("NGOs", which French
    // writes "ONG" in the plural too).
    let acronym = if names::is_acronym(word) {
        Some(word)
    } else {
        word.strip_suffix('s').filter(|b| names::is_acronym(b))
    };
    if let Some(word) = acronym {
        if let Some(i) = initials_match(word, side) {
            return Some((How::Acronym, i));
        }
        let mut a: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
        a.sort_unstable();
        for (i, t) in side.toks.iter().enumerate() {
            // "NGOs", "ONGs": a plural s is not a letter of the acronym.
            let body = t.text.strip_suffix('s').unwrap_or(t.text);
            if !names::is_acronym(body) {
                continue;
            }
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
        return across_scripts(word, lang, side);
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
pub(super) fn written_out(side: &Side) -> Option<usize> {
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
pub(super) fn match_in(t: &names::NameToken, lang: Lang, side: &Side) -> Option<(How, usize)> {
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
    ps.extend(places::lookup_exact(lang, &t.text, &[PlaceKind::Demonym]));
    // A part of a place ("Südeuropa") is that place in a target that writes
    // the part as an adjective ("southern Europe", "sur de Europa").
    if let Some(rest) = names::after_compass_prefix(&t.text, lang) {
        ps.extend(places::lookup(lang, &rest, places::ANY));
    }
    if ps.iter().any(|&p| names_place(p, side)) {
        return Some((How::Exonym, m.map_or(0, |x| x.1)));
    }
    // A Slavic adjective of the place ("Джизакской" for "Jizzakh"), asked
    // last: it reads the tables by prefix.
    if places::slavic_adjective_of(lang, &t.text, places::ANY)
        .into_iter()
        .any(|p| names_place(p, side))
    {
        return Some((How::Exonym, m.map_or(0, |x| x.1)));
    }
    m
}
