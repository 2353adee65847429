//! The verdict on a token, spans of untranslated words, untranslated sentences and
//! paragraphs, and the findings.

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

pub(super) fn report(
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
        // A word or two in quotation marks on both sides ("the word
        // „trafika“", the title of a book or a show): a form cited or a
        // work's name, which translators keep; worth a look, not a stop. A
        // longer quotation is speech, which the reader must be able to read.
        let quoted = n_words <= CITED_MAX_WORDS
            && in_quotes(&doc.text, &range)
            && src_range
                .as_ref()
                .is_some_and(|r| in_quotes(&src_doc.text, r));
        // A title kept with its translation in brackets beside it ("for her
        // novel Pod hladinou (Beneath the Surface)", "„Drei Frauen am
        // Fenster“ („Trois femmes à la fenêtre“)"): kept on purpose.
        let glossed = n_words <= GLOSSED_MAX_WORDS && beside_brackets(&doc.text, &range);
        // A name of several words kept as the source writes it, capitalised
        // in the middle of a sentence on both sides ("the operator České
        // doly", "the group Razem dla Gminy"): an organisation's or a
        // party's own name, which translators may keep; worth a look.
        let kept_name = (2..=GLOSSED_MAX_WORDS).contains(&n_words)
            && capital_mid_sentence(&doc.text, range.start)
            && src_range
                .as_ref()
                .is_some_and(|r| capital_mid_sentence(&src_doc.text, r.start));
        let severity = if quoted {
            evidence = format!("{evidence}; quoted in the source and the translation alike");
            Severity::Minor
        } else if glossed {
            evidence = format!("{evidence}; its translation stands beside it in brackets");
            Severity::Minor
        } else if kept_name {
            evidence = format!("{evidence}; capitalised mid-sentence on both sides, a name kept");
            Severity::Minor
        } else {
            Severity::Major
        };
        out.push(
            Finding::new(DOC.id, kind, severity, message)
                .confidence(round2(conf))
                .evidence(evidence)
                .target(doc.span(range))
                .source_opt(src_range.map(|r| src_doc.span(r))),
        );
    }
    out
}

/// Whether the word at byte `at` of `text` starts with a capital in the
/// middle of a sentence: something stands before it in its line, and not the
/// end of a sentence, a colon or an opening quotation mark.
fn capital_mid_sentence(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(char::is_uppercase)
        && text[..at]
            .chars()
            .rev()
            .find(|c| !c.is_whitespace() || *c == '\n')
            .is_some_and(|c| {
                !matches!(c, '.' | '!' | '?' | '…' | ':' | '\n' | '(' | '[') && !in_quote_marks(c)
            })
}

/// Most words of a quoted form or title kept as cited (see `in_quotes`).
const CITED_MAX_WORDS: usize = 3;

/// Most words of a title kept with its translation in brackets (see
/// `beside_brackets`).
const GLOSSED_MAX_WORDS: usize = 6;

/// Whether the words at `range` stand right before an opening bracket or
/// right after one, quotation marks and spaces aside: a form kept with its
/// translation beside it.
fn beside_brackets(text: &str, range: &Range<usize>) -> bool {
    let aside = |c: &char| c.is_whitespace() || in_quote_marks(*c);
    let after = text[range.end..].chars().find(|c| !aside(c));
    let before = text[..range.start].chars().rev().find(|c| !aside(c));
    after == Some('(') || before == Some('(')
}

fn in_quote_marks(c: char) -> bool {
    matches!(
        c,
        '"' | '“'
            | '”'
            | '„'
            | '«'
            | '»'
            | '‘'
            | '’'
            | '‚'
            | '\''
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
    )
}

/// Whether `range` of `text` stands inside a quotation: an opening
/// quotation mark before it and a closing one after it, in the same sentence,
/// within a short title's length (a quotation mark is one not inside a word,
/// unlike the apostrophe of "don't").
fn in_quotes(text: &str, range: &Range<usize>) -> bool {
    const REACH: usize = 80;
    let is_mark = in_quote_marks;
    let ends = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let mut lo = range.start.saturating_sub(REACH);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (range.end + REACH).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let opening = text[lo..range.start]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| !ends(c))
        .find(|&(_, c)| is_mark(c))
        .is_some_and(|(i, _)| {
            !text[..lo + i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        });
    let closing = text[range.end..hi]
        .char_indices()
        .take_while(|&(i, c)| !(ends(c) && i > 0 && !text[range.end + i..].starts_with(is_mark)))
        .find(|&(_, c)| is_mark(c))
        .is_some_and(|(i, c)| {
            !text[range.end + i + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
        });
    opening && closing
}

pub(super) fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

pub(super) fn pair_source_words(pair: &PairView) -> SourceWords {
    let paras: Vec<&Paragraph> = pair.source_paragraphs().collect();
    SourceWords::new(pair.source, &paras)
}

/// The source sentence sharing the most words with target sentence `si`.
pub(super) fn best_source_sentence(
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
mod gloss_tests {
    use super::*;

    #[test]
    fn a_form_beside_its_translation_in_brackets() {
        let text = "for her novel Tichá voda (Still Water), published";
        let at = |w: &str| text.find(w).map(|i| i..i + w.len()).unwrap();
        assert!(beside_brackets(text, &at("Tichá voda")));
        assert!(beside_brackets(text, &at("Still Water")));
        assert!(!beside_brackets(text, &at("her novel")));
        let quoted = "„Drei Frauen am Fenster“ („Trois femmes à la fenêtre“, 1934)";
        let i = quoted.find("Trois").unwrap();
        let end = quoted.find("fenêtre").unwrap() + "fenêtre".len();
        assert!(beside_brackets(quoted, &(i..end)));
    }
}
