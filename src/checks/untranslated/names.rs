//! Names in the target that are no untranslated text: names of the source, name phrases,
//! particles, Latin names in another script.

use super::*;

/// Words written capitalised inside a sentence of the aligned source: names there.
pub(super) fn source_names(pair: &PairView) -> HashSet<String> {
    let doc = pair.source;
    let mut out = HashSet::default();
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
pub(super) fn is_name_like(
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
pub(super) const NAME_PARTICLES: &[&str] = &[
    "de", "di", "da", "do", "dos", "das", "du", "des", "del", "della", "dei", "der", "den", "van",
    "von", "zu", "la", "le", "les", "los", "las", "el", "y", "e", "i", "bin", "ibn", "al",
];

/// Whether a capitalised token is part of a multi-word name, in running text as
/// in a title-case line: next to another capitalised word or an acronym (`Jiří
/// Paroubek`, `SNCF Réseau`, `U-Bahnhof Aidenbachstraße`), possibly over one or
/// two particles. A sentence's first word
/// counts only when it is not a common word of the target language (`The
/// Gobierno` is no name).
pub(super) fn in_name_phrase(toks: &[Tok], i: usize, doc: &Document, langs: &Langs) -> bool {
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
pub(super) fn place_particle(n: &Tok, langs: &Langs) -> bool {
    words::contains(langs.src, "name-particles", &n.norm)
        && n.zt.is_none_or(|z| z < MAX_TARGET_ZIPF)
}

/// Whether capitalised token `i` is joined to another capitalised word by an
/// ampersand: a firm's name ("Wöhrmann & Söhne", "Ramos & Hijos"), whose
/// words are carried over whatever they mean.
pub(super) fn ampersand_name(toks: &[Tok], i: usize, doc: &Document) -> bool {
    let capital = |n: &Tok| matches!(n.case, Case::Capitalised | Case::Upper);
    let joined = |a: &Tok, b: &Tok| {
        a.sentence == b.sentence && doc.text[a.range.end..b.range.start].trim() == "&"
    };
    capital(&toks[i])
        && (i
            .checked_sub(1)
            .is_some_and(|j| capital(&toks[j]) && joined(&toks[j], &toks[i]))
            || toks
                .get(i + 1)
                .is_some_and(|n| capital(n) && joined(&toks[i], n)))
}

/// Whether a lower-case token is a particle of the source language joining two
/// capitalised words of one name ("Ústí nad Orlicí", "Frankfurt am Main",
/// "Ludwig van Beethoven"), possibly next to a second particle ("an der").
pub(super) fn joins_name(toks: &[Tok], i: usize, doc: &Document, langs: &Langs) -> bool {
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
    // A lower-case word hyphenated between two capitalised ones is a word of
    // a place's name ("Tournon-sur-Rhône", "Saint-Jean-de-Luz").
    let hyphenated =
        |a: &Tok, b: &Tok| a.sentence == b.sentence && &doc.text[a.range.end..b.range.start] == "-";
    if toks[i].case == Case::Lower
        && i > 0
        && i + 1 < toks.len()
        && capital(&toks[i - 1])
        && hyphenated(&toks[i - 1], &toks[i])
        && hyphenated(&toks[i], &toks[i + 1])
        && (capital(&toks[i + 1])
            || toks
                .get(i + 2)
                .is_some_and(|n| capital(n) && hyphenated(&toks[i + 1], n)))
    {
        return true;
    }
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
    // After a form of address the particle opens the surname ("la señora
    // von Arnim", "Ms dos Santos").
    let before = first.checked_sub(1).is_some_and(|j| {
        near(&toks[j], &toks[first])
            && (capital(&toks[j]) || words::is_title(langs.tgt, &doc.text[toks[j].range.clone()]))
    });
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
pub(super) fn latin_name_link(toks: &[Tok], i: usize, doc: &Document, tgt: Lang) -> bool {
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
    let (first, last) = run_around(toks, i, particle, near);
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

/// A lower-case Latin word inside a name kept in Latin, in a target written
/// in another script, as the source writes it: a company's or a body's name
/// in its own language (`Komerční banka`, `Stavby silnic a železnic`): a
/// capitalised Latin word opens the run, at most `MAX_NAME_TAIL` lower-case
/// words follow it, and each stands next to the one before in the source
/// too. Words a translation forgot do not open on a capitalised word.
pub(super) fn latin_name_tail(
    toks: &[Tok],
    i: usize,
    doc: &Document,
    source: &str,
    tgt: Lang,
) -> bool {
    let latin = |t: &Tok| t.script == Some(TokScript::Latin);
    let lower = |t: &Tok| latin(t) && t.case == Case::Lower;
    if native_scripts(tgt).contains(&TokScript::Latin) || !lower(&toks[i]) {
        return false;
    }
    let near = |a: &Tok, b: &Tok| {
        a.sentence == b.sentence
            && doc.text[a.range.end..b.range.start]
                .chars()
                .all(char::is_whitespace)
    };
    let side_by_side_in_source = |a: &Tok, b: &Tok| match (&a.in_source, &b.in_source) {
        (Some(x), Some(y)) => {
            x.end < y.start
                && source
                    .get(x.end..y.start)
                    .is_some_and(|g| g.chars().all(char::is_whitespace))
        }
        _ => false,
    };
    let linked = |a: &Tok, b: &Tok| near(a, b) && side_by_side_in_source(a, b);
    // The run of lower-case words around `i`.
    let (first, last) = run_around(toks, i, lower, linked);
    let opens = first
        .checked_sub(1)
        .map(|j| &toks[j])
        .is_some_and(|p| latin(p) && p.case == Case::Capitalised && linked(p, &toks[first]));
    let closes = toks
        .get(last + 1)
        .is_none_or(|n| !latin(n) || !near(&toks[last], n));
    opens && closes && last - first < MAX_NAME_TAIL
}

/// The run of tokens around `i` that are `member`s, each `linked` to the
/// one before it (`linked(before, after)`).
fn run_around(
    toks: &[Tok],
    i: usize,
    member: impl Fn(&Tok) -> bool,
    linked: impl Fn(&Tok, &Tok) -> bool,
) -> (usize, usize) {
    let (mut first, mut last) = (i, i);
    while first > 0 && member(&toks[first - 1]) && linked(&toks[first - 1], &toks[first]) {
        first -= 1;
    }
    while last + 1 < toks.len() && member(&toks[last + 1]) && linked(&toks[last], &toks[last + 1]) {
        last += 1;
    }
    (first, last)
}

/// Most lower-case words after the capitalised word of a name kept in Latin.
pub(super) const MAX_NAME_TAIL: usize = 3;

/// Small words inside a name (`of`, `for`, `de`, `van`, `der`, `al`) are at most
/// this long, and at most this many stand together (`von der Leyen`).
pub(super) const NAME_PARTICLE_MAX_LETTERS: usize = 3;
pub(super) const MAX_NAME_PARTICLES: usize = 2;

/// Whether a token is a word of a town's qualified name that opens up to
/// three words before it ("Neumarkt in der Oberpfalz", "Frankfurt am Main"):
/// the town's name, kept as the town writes it.
pub(super) fn in_town_name(toks: &[Tok], i: usize, doc: &Document) -> bool {
    const QUALIFIED_MAX_WORDS: usize = 4;
    toks[i].case == Case::Capitalised
        && (i.saturating_sub(QUALIFIED_MAX_WORDS - 1)..i).any(|j| {
            toks[j].case == Case::Capitalised
                && !doc.text[toks[j].range.start..toks[i].range.end].contains(['\n', '.', ','])
                && crate::names::places::town(&doc.text[toks[j].range.start..toks[i].range.end])
                    .is_some()
        })
}

/// A lower-case part joined by a hyphen to a capitalised one, as Korean
/// given names are romanised ("Park Ji-won", "Kim Hae-in"): part of that
/// name, whatever word of another language it spells.
pub(super) fn hyphenated_name_part(toks: &[Tok], i: usize, doc: &Document) -> bool {
    i > 0
        && toks[i].case == Case::Lower
        && toks[i - 1].case == Case::Capitalised
        && toks[i - 1].sentence == toks[i].sentence
        && matches!(
            &doc.text[toks[i - 1].range.end..toks[i].range.start],
            "-" | "‐"
        )
}

/// An English possessive on a capitalised word ("Zima's lawyer", "at
/// Zima's home"): the owner, a person or a body, named; a word left
/// untranslated takes no English genitive.
pub(super) fn english_possessor(t: &Tok, word: &str, target: Lang) -> bool {
    target == Lang::En
        && t.case == Case::Capitalised
        && (word.ends_with("'s") || word.ends_with("’s"))
}

/// The epithet of a species' scientific name kept in the translation as
/// every language keeps it (`Xylella fastidiosa`, `Aedes albopictus`): a
/// lower-case Latin word right after a capitalised one that no lexicon of
/// the pair knows (the genus), the two side by side in the source too.
pub(super) fn species_epithet(
    toks: &[Tok],
    i: usize,
    doc: &Document,
    source: &str,
    langs: &Langs,
) -> bool {
    let t = &toks[i];
    let Some(g) = i.checked_sub(1).map(|j| &toks[j]) else {
        return false;
    };
    let latin = |t: &Tok| t.script == Some(TokScript::Latin);
    let (Some(gs), Some(ts)) = (&g.in_source, &t.in_source) else {
        return false;
    };
    /// The endings of Latin (and latinised) adjectives and genitives that
    /// epithets are made of (`fastidiosa`, `albopictus`, `coli`, `japonica`).
    const LATIN_ENDINGS: &[&str] = &["a", "us", "um", "is", "i", "ae", "ix", "ax"];
    let (genus, epithet) = (&doc.text[g.range.clone()], &doc.text[t.range.clone()]);
    let unknown = |lang: Lang, w: &str| crate::names::lexicon::zipf(lang, w).unwrap_or(0.0) == 0.0;
    latin(t)
        && latin(g)
        && t.case == Case::Lower
        && g.case == Case::Capitalised
        && doc.text[g.range.end..t.range.start] == *" "
        && source.get(gs.end..ts.start) == Some(" ")
        && LATIN_ENDINGS.iter().any(|e| epithet.ends_with(e))
        && unknown(langs.src, genus)
        && crate::names::lexicon::zipf_any_form(langs.src, genus) == 0.0
        && unknown(langs.tgt, genus)
        && unknown(langs.tgt, epithet)
}
