//! The verdict on a token, spans of untranslated words, and untranslated
//! sentences; the paragraphs and the findings are in `findings`.

use super::*;

/// Whether one token is in the source language, and why.
pub(super) fn judge(t: &Tok, langs: &Langs, name_like: bool, word: &str) -> Option<(String, f64)> {
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
        // A town, region or country of the tables, in either language, is a
        // name however common ("Teplice", "Olomouc").
        let place = || {
            use crate::names::places::{self, PlaceKind};
            const OWN: &[PlaceKind] = &[PlaceKind::Region, PlaceKind::City, PlaceKind::Subdivision];
            !places::lookup(langs.src, word, OWN).is_empty()
                || !places::lookup(langs.tgt, word, OWN).is_empty()
        };
        if zs >= NAME_MIN_SOURCE_ZIPF
            && gap > NAME_MIN_ZIPF_GAP
            && zt < NAME_MAX_TARGET_ZIPF
            && !place()
        {
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
        // Inside a sentence a town's own name ("Arnsberg", "Hannover") or a
        // street's ("Hauptstraße") is the name the translation keeps, not a
        // German noun; but not a small town called by a common noun
        // ("Norden", "Hof"), nor a place called by its German exonym
        // ("Kalifornien").
        // A town of 150,000 and more (GeoNames) is its name wherever it stands, after
        // an elided article too ("d'Essen", "Essen reste septième").
        let rare = zs < crate::names::NAME_MAX_ZIPF;
        let place_word = crate::names::bare(word);
        let town = crate::names::places::town(place_word);
        let named_place = town == Some(true)
            || name_like
                && match town {
                    Some(_) => rare,
                    None => rare && crate::names::street_word(place_word, Lang::De),
                };
        if zs >= min_zs
            && gap > GERMAN_NOUN_MIN_ZIPF_GAP
            && zt < GERMAN_NOUN_MAX_TARGET_ZIPF
            && !named_place
        {
            return Some((evidence, 0.6 + source_bonus));
        }
    } else if t.case == Case::Capitalised && zs < CAPITALISED_MIN_SOURCE_ZIPF {
        // First in its sentence or in a title-case line: may still be a name.
        return None;
    } else if gap > langs.gap_threshold()
        && zt < MAX_TARGET_ZIPF
        // A word of the target language's own list (a form of its verb: Spanish
        // "se reserve") that the source does not have is the translator's
        // word, not one left over: a word left untranslated comes from the
        // source.
        && (t.in_source.is_some() || zt < NOT_COPIED_MAX_TARGET_ZIPF)
    {
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
    // A prefix of the target language and a word of its list
    // ("transeuropea": trans + europea) is the target's word the list lacks.
    if t.zs.is_some() && lowerish && copied && common_enough && !langs.prefixed_target_word(&t.norm)
    {
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

pub(super) fn fmt_zipf(z: Option<f32>, lex: &Lexicon) -> String {
    match z {
        Some(z) => format!("{z:.2}"),
        None => format!("<{:.2}", lex.min_zipf()),
    }
}

/// A token in a script the target language is not written in.
pub(super) fn judge_script(
    t: &Tok,
    langs: &Langs,
    script: TokScript,
    word: &str,
) -> Option<(String, f64)> {
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
pub(super) struct SpanRun {
    pub(super) first: usize,
    pub(super) last: usize,
}

/// Text between two tokens that keeps them in one span: spaces, hyphens,
/// apostrophes, commas, quotes; not sentence ends or brackets.
pub(super) fn joinable_gap(gap: &str) -> bool {
    gap.chars().count() <= 3
        && gap.chars().all(|c| {
            c.is_whitespace()
                || matches!(
                    c,
                    '-' | '\'' | '’' | ',' | '、' | '，' | '"' | '«' | '»' | '“' | '”' | '/'
                )
        })
}

pub(super) fn merge_spans(toks: &[Tok], doc: &Document, langs: &Langs) -> Vec<SpanRun> {
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
pub(super) fn sentence_toks(toks: &[Tok], si: usize) -> &[Tok] {
    let lo = toks.partition_point(|t| t.sentence < si);
    let hi = toks.partition_point(|t| t.sentence <= si);
    &toks[lo..hi]
}

/// Sentences of the paragraph in the source language: (sentence index, evidence).
pub(super) fn untranslated_sentences(
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
