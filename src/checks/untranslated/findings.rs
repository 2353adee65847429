//! The findings of a paragraph: the paragraph or its sentences left in the
//! source language, words and spans, with the cues that make a kept span
//! minor (quotation marks, a translation in brackets, a name capitalised
//! mid-sentence), and the source sentence that matches a target sentence.

use super::*;

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
    // The pair's source words, indexed once for all the spans that ask.
    let source_words = std::cell::OnceCell::new();
    let source_words = || source_words.get_or_init(|| pair_source_words(pair));
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
        let src_range = source_words()
            .find_run(&norms)
            .or_else(|| source_words().find_run_inflected(&norms, langs.src))
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
        // Or the source's own term in brackets after its translation ("the
        // council's legal officer (monitoring officer)"): the original given
        // beside the translation, as translators do for a term of art.
        // Or a name kept and explained by an apposition after it ("outside
        // the Rathaus, the town hall built in 1702"; "ante el Storting, el
        // Parlamento noruego").
        let glossed = n_words <= GLOSSED_MAX_WORDS
            && (beside_brackets(&doc.text, &range)
                || bracketed_source_term(&doc.text, &range, toks, source_words())
                || explained_after(&doc.text, &range, langs.tgt)
                || explained_before(&doc.text, &range, langs.tgt)
                || alternative_name(&doc.text, &range, langs.tgt)
                || copied_name_run(toks, run.first, run.last, &doc.text, &src_doc.text)
                    .is_some_and(|r| explained_after(&doc.text, &r, langs.tgt)));
        // A word or two the translation alone sets in quotation marks of
        // their own, copied from the source (« peonadas », explained after
        // it): a term cited on purpose, which a left-over word never is.
        let cited =
            n_words <= CITED_MAX_WORDS && src_range.is_some() && quoted_alone(&doc.text, &range);
        // A name of several words kept as the source writes it, capitalised
        // in the middle of a sentence on both sides ("the operator České
        // doly", "the group Razem dla Gminy"): an organisation's or a
        // party's own name, which translators may keep; worth a look.
        let kept_name = ((2..=GLOSSED_MAX_WORDS).contains(&n_words)
            && capital_mid_sentence(&doc.text, range.start)
            && src_range
                .as_ref()
                .is_some_and(|r| capital_inside_sentence(&src_doc.text, r)))
            || (n_words < GLOSSED_MAX_WORDS
                && toks
                    .iter()
                    .rfind(|t| t.range.end <= range.start)
                    .is_some_and(|t| t.flag.is_none() && !t.lex_foreign)
                && kept_after_capital(&doc.text, &range, &src_doc.text));
        let severity = if quoted {
            evidence = format!("{evidence}; quoted in the source and the translation alike");
            Severity::Minor
        } else if cited {
            evidence = format!("{evidence}; set in quotation marks of its own, a term cited");
            Severity::Minor
        } else if glossed {
            evidence = format!("{evidence}; its translation stands beside it");
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

/// The rest of a name whose capitalised first word stands right before
/// `range` inside the sentence, the two written alike in the source ("the
/// union Confédération paysanne", which capitalises only its first word):
/// kept as the source writes it; so are the small words of a German firm's
/// or place's name ("Kirchberg bei Mattighofen"). The caller makes sure that
/// first word is not itself a word left untranslated (a German noun the
/// dictionary knows).
fn kept_after_capital(text: &str, range: &Range<usize>, source: &str) -> bool {
    let before = text[..range.start].trim_end_matches(' ');
    if before.len() == range.start {
        return false;
    }
    let start = before
        .rfind(|c: char| !c.is_alphanumeric() && c != '-')
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let first = &before[start..];
    first.chars().count() >= 3
        && capital_mid_sentence(text, start)
        && source.contains(&format!("{first} {}", &text[range.clone()]))
}

/// Whether the word at byte `at` of `text` starts with a capital in the
/// middle of a sentence: something stands before it in its line, and not the
/// end of a sentence, a colon or an opening quotation mark.
/// Whether the word at `r` of `text` is capitalised inside a sentence, after
/// an elided article too ("à l'École nationale", "dall'Opificio delle
/// Pietre Dure"): the capital on the word after the apostrophe, the
/// sentence going on before the article.
fn capital_inside_sentence(text: &str, r: &Range<usize>) -> bool {
    let word = text.get(r.clone()).unwrap_or("");
    // Where the capital stands, and where the word with its article starts.
    let (at, start) = match word.rfind(['\'', '’']) {
        Some(i) => (
            r.start + i + word[i..].chars().next().map_or(1, char::len_utf8),
            r.start,
        ),
        None => {
            let before = &text[..r.start];
            let article = before
                .strip_suffix(['\'', '’'])
                .map(|b| {
                    b.len()
                        - b.chars()
                            .rev()
                            .take_while(|c| c.is_alphabetic())
                            .map(char::len_utf8)
                            .sum::<usize>()
                })
                .filter(|&a| a < r.start - 1);
            (r.start, article.unwrap_or(r.start))
        }
    };
    at < r.end && text[at..].starts_with(char::is_uppercase) && continues_sentence(&text[..start])
}

fn capital_mid_sentence(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(char::is_uppercase) && continues_sentence(&text[..at])
}

/// Whether the text after `before` goes on a sentence: the last character
/// before it (spaces aside; a line break counts) ends no sentence, opens no
/// bracket and is no quotation mark.
fn continues_sentence(before: &str) -> bool {
    before
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

/// Whether the capitalised words at `range` are followed by a comma and an
/// apposition that opens on an article of the translation's language
/// (`determiners.txt`): a name kept and explained to the reader.
/// Or the words at `range` by a gloss, capitalised or not, that opens on a word of
/// `gloss-openers.txt` ("a sociétaire, or full member of the company"); in
/// English also on a possessive ("the Conservatoire national, France's
/// leading drama school").
fn explained_after(text: &str, range: &Range<usize>, lang: Lang) -> bool {
    let Some(first) = text[range.end..]
        .strip_prefix(", ")
        .and_then(|rest| rest.split_whitespace().next())
    else {
        return false;
    };
    let capital = text[range.clone()].starts_with(char::is_uppercase);
    let possessive = lang == Lang::En && (first.ends_with("'s") || first.ends_with("’s"));
    (capital && (crate::lang::words::is_determiner(lang, first) || possessive))
        || crate::lang::words::has(lang, "gloss-openers", first)
}

/// The run of target words around tokens `first..=last` that stands word for
/// word in the source too, each next to the one before on both sides, when
/// it opens on a capitalised word inside a sentence on both sides and has at
/// most `COPIED_NAME_MAX_WORDS` words: a name kept as its language writes it,
/// only its first word capitalised ("Conservatoire national supérieur d'art
/// dramatique", "Tribunal de cuentas").
fn copied_name_run(
    toks: &[Tok],
    first: usize,
    last: usize,
    text: &str,
    source: &str,
) -> Option<Range<usize>> {
    const COPIED_NAME_MAX_WORDS: usize = 7;
    // Words apart by spaces or joined by a hyphen ("beaux-arts"), alike on
    // both sides.
    let gap = |g: &str| g.chars().all(|c| c.is_whitespace() || c == '-');
    let spaced = |a: &Tok, b: &Tok| {
        a.sentence == b.sentence
            && gap(&text[a.range.end..b.range.start])
            && match (&a.in_source, &b.in_source) {
                (Some(x), Some(y)) => {
                    x.end < y.start && source.get(x.end..y.start).is_some_and(gap)
                }
                _ => false,
            }
    };
    let (mut a, mut b) = (first, last);
    while a > 0 && spaced(&toks[a - 1], &toks[a]) {
        a -= 1;
    }
    while b + 1 < toks.len() && spaced(&toks[b], &toks[b + 1]) {
        b += 1;
    }
    let opener = &toks[a];
    let capital_inside = |t: &Tok, s: &str, r: &Range<usize>| {
        t.case == Case::Capitalised && !t.initial && capital_inside_sentence(s, r)
    };
    // The opener as the source writes it, after an elided article too
    // ("l'École"), where the source's words are indexed with the article.
    let word = &text[opener.range.clone()];
    let in_source = opener
        .in_source
        .clone()
        .or_else(|| source.find(word).map(|i| i..i + word.len()));
    (b - a < COPIED_NAME_MAX_WORDS && in_source.is_some_and(|r| capital_inside(opener, source, &r)))
        .then(|| opener.range.start..toks[b].range.end)
}

/// Whether the capitalised words at `range` are another name of the place or
/// thing named right before them, given after a comma and a word of
/// `gloss-openers.txt` ("vengo de Bolzano, o Bozen, como …"): a name the
/// translator cites on purpose.
fn alternative_name(text: &str, range: &Range<usize>, lang: Lang) -> bool {
    if !text[range.clone()].starts_with(char::is_uppercase) {
        return false;
    }
    let before = text[..range.start].trim_end();
    let Some((head, opener)) = before.rsplit_once(char::is_whitespace) else {
        return false;
    };
    crate::lang::words::has(lang, "gloss-openers", &opener.to_lowercase())
        && head.strip_suffix(',').is_some_and(|h| {
            h.rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
        })
}

/// Whether the capitalised words at `range` are an apposition set off by
/// commas after a short noun phrase that opens on an article of the
/// translation's language ("The state rail operator, České dráhy, said"):
/// the name kept, the phrase before it explaining it.
fn explained_before(text: &str, range: &Range<usize>, lang: Lang) -> bool {
    const MAX_PHRASE_WORDS: usize = 6;
    if !text[range.clone()].starts_with(char::is_uppercase) || !text[range.end..].starts_with(',') {
        return false;
    }
    let Some(before) = text[..range.start].strip_suffix(", ") else {
        return false;
    };
    let phrase_start = before
        .rfind([',', '.', ';', ':', '!', '?', '\n', '(', '"', '“', '«'])
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let words: Vec<&str> = before[phrase_start..].split_whitespace().collect();
    (2..=MAX_PHRASE_WORDS).contains(&words.len())
        && crate::lang::words::is_determiner(lang, words[0])
}

/// Whether `range` stands inside brackets in its line whose whole content,
/// of at most `GLOSSED_MAX_WORDS` words, is a run of the source's words, with
/// text before the bracket: the source's term given beside its translation.
fn bracketed_source_term(
    text: &str,
    range: &Range<usize>,
    toks: &[Tok],
    source: &SourceWords,
) -> bool {
    const REACH: usize = 80;
    let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[range.end..]
        .find('\n')
        .map_or(text.len(), |i| range.end + i);
    let before = &text[line_start..range.start];
    let Some(open) = before.rfind(['(', '[']) else {
        return false;
    };
    if before[open..].contains([')', ']']) || before.len() - open > REACH {
        return false;
    }
    let after = &text[range.end..line_end];
    let Some(close) = after.find([')', ']']) else {
        return false;
    };
    if after[..close].contains(['(', '[']) || close > REACH {
        return false;
    }
    let (open, close) = (line_start + open, range.end + close);
    if !text[line_start..open].chars().any(char::is_alphabetic) {
        return false;
    }
    let inside: Vec<String> = toks
        .iter()
        .filter(|t| t.range.start > open && t.range.end <= close)
        .map(|t| normalise(&text[t.range.clone()]))
        .collect();
    !inside.is_empty() && inside.len() <= GLOSSED_MAX_WORDS && source.find_run(&inside).is_some()
}

/// Whether `range` is the whole of a quotation: an opening quotation mark
/// right before it and a closing one right after it, spaces aside.
fn quoted_alone(text: &str, range: &Range<usize>) -> bool {
    let space = |c: &char| c.is_whitespace();
    let before = text[..range.start].chars().rev().find(|c| !space(c));
    let after = text[range.end..].chars().find(|c| !space(c));
    before.is_some_and(|c| in_quote_marks(c) && c != '\'' && c != '’')
        && after.is_some_and(|c| in_quote_marks(c) && c != '\'' && c != '’')
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

    #[test]
    fn the_rest_of_a_name_after_its_capitalised_first_word() {
        let src = "la Confédération paysanne du département";
        let text = "die Bauerngewerkschaft Confédération paysanne im Departement";
        let at = |w: &str| text.find(w).map(|i| i..i + w.len()).unwrap();
        assert!(kept_after_capital(text, &at("paysanne"), src));
        assert!(!kept_after_capital(text, &at("Departement"), src));
        assert!(!kept_after_capital(
            "Confédération paysanne im",
            &(14..22),
            src
        ));
    }

    #[test]
    fn a_term_alone_in_quotation_marks() {
        let text = "les « mutuelles »  et les « fiestas patronales du village » ; l’art";
        let at = |w: &str| text.find(w).map(|i| i..i + w.len()).unwrap();
        assert!(quoted_alone(text, &at("mutuelles")));
        assert!(!quoted_alone(text, &at("patronales")));
        assert!(!quoted_alone(text, &at("art")));
    }
}
