//! Unit tests of documents: reading, paragraphs, words, sentences, folding.

use super::*;
use crate::lang::Lang;

fn doc(text: &str) -> Document {
    test_document(text, Lang::En)
}

#[test]
fn folded_prefix_search_agrees_with_folding_the_prefix() {
    // Long enough for several fold pieces, with what folding joins or
    // reads in context: combining marks, a final sigma, odd white space.
    let piece = "Ὀδυσσεύς ΟΔΥΣΣΕΥΣ e\u{301}le\u{300}ve Ĳssel İstanbul \t\u{a0}ẞtraße\u{2003}Ǆemal ";
    let text = piece.repeat(12);
    let d = doc(&text);
    let needles = [
        "οδυσσευς",
        "οδυσσευσ ",
        "ς ",
        "eleve",
        "eleve ist",
        "s i",
        "strasse",
        " ",
        "dzemal",
        "ǆemal",
        "x",
    ];
    for end in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
        let folded = fold_diacritics(&text[..end]);
        for n in needles {
            assert_eq!(
                d.folded_before_contains(end, n),
                folded.contains(n),
                "{n:?} before {end}"
            );
        }
    }
}

#[test]
fn splits_paragraphs_on_blank_lines_with_unicode_spaces() {
    let d = doc("\u{feff}Title\r\n\r\nFirst line\r\nsecond line\r\n \u{a0}\r\nLast\u{a0}");
    assert_eq!(d.paragraphs.len(), 3);
    assert_eq!(d.para_text(0), "Title");
    assert_eq!(d.para_text(1), "First line\r\nsecond line");
    assert_eq!(d.paragraphs[1].lines, (3, 4));
    assert_eq!(d.para_text(2), "Last");
    assert_eq!(d.paragraphs[2].lines, (6, 6));
}

fn paras(text: &str, mode: ParagraphMode) -> (Vec<String>, ParagraphRule, RuleReason) {
    let d = Document::with_paragraphs(
        "t",
        text.to_string(),
        LangInfo {
            lang: Lang::En,
            method: crate::lang::LangMethod::Given,
            confidence: 1.0,
        },
        mode,
    );
    let texts = (0..d.paragraphs.len())
        .map(|i| d.para_text(i).to_string())
        .collect();
    (texts, d.paragraph_rule, d.paragraph_reason)
}

#[test]
fn text_without_blank_lines_is_one_paragraph_per_line() {
    let (p, rule, why) = paras("Title\r\nFirst one.\nSecond one.\n", ParagraphMode::Auto);
    assert_eq!(p, ["Title", "First one.", "Second one."]);
    assert_eq!((rule, why), (ParagraphRule::Line, RuleReason::NoBlankLine));
    let (p, rule, why) = paras("Title\nFirst one.\n", ParagraphMode::Blank);
    assert_eq!(p, ["Title\nFirst one."]);
    assert_eq!((rule, why), (ParagraphRule::Blank, RuleReason::Given));
}

#[test]
fn hard_wrapped_paragraphs_between_blank_lines_stay_whole() {
    let text = "The minister said on Monday that the plan\nwould be ready by June.\n\nNext.\n";
    let (p, rule, why) = paras(text, ParagraphMode::Auto);
    assert_eq!(p.len(), 2);
    assert_eq!((rule, why), (ParagraphRule::Blank, RuleReason::BlankLines));
    // One paragraph, several lines, and no blank line: one per line.
    let (p, ..) = paras("one\ntwo\n", ParagraphMode::Auto);
    assert_eq!(p, ["one", "two"]);
    // A single line: the rules agree.
    let (p, rule, _) = paras("one line", ParagraphMode::Auto);
    assert_eq!((p.len(), rule), (1, ParagraphRule::Blank));
    let (p, ..) = paras("one\ntwo\n\nthree\n", ParagraphMode::Line);
    assert_eq!(p, ["one", "two", "three"]);
}

#[test]
fn paragraph_length_lines_with_some_blank_lines_are_one_paragraph_each() {
    let text = "Headline\n\nThe minister spoke.\nShe said “no.”\n\nAnd left.\nThen came back.\n";
    let (p, rule, why) = paras(text, ParagraphMode::Auto);
    assert_eq!(
        p,
        [
            "Headline",
            "The minister spoke.",
            "She said “no.”",
            "And left.",
            "Then came back."
        ]
    );
    assert_eq!(
        (rule, why),
        (ParagraphRule::Line, RuleReason::ParagraphLengthLines)
    );
    let long = "word ".repeat(30);
    let text = format!("{long}\n{long}\n\nEnd.\n");
    assert_eq!(paras(&text, ParagraphMode::Auto).0.len(), 3);
}

#[test]
fn runs_of_dots_and_long_words_before_a_full_stop_split_as_before() {
    let d = doc("Wait... what?! Yes.. nope. Mr. Smith. etc.. done");
    let p = &d.paragraphs[0];
    let s: Vec<&str> = p.sentences.iter().map(|r| d.slice(r.clone())).collect();
    assert_eq!(
        s,
        vec![
            "Wait...",
            "what?!",
            "Yes..",
            "nope.",
            "Mr. Smith.",
            "etc.. done"
        ]
    );
    let long = format!("{}. Next", "x".repeat(100));
    let d = doc(&long);
    assert_eq!(d.paragraphs[0].sentences.len(), 2);
    let dots = format!("{}{}", ".".repeat(1000), "7".repeat(1000));
    let d = doc(&dots);
    assert_eq!(d.paragraphs[0].sentences.len(), 1);
}

#[test]
fn columns_on_long_lines_count_characters_from_the_line_start() {
    let text = format!("ab\n{}Ωx\n{}y", "é".repeat(5000), "z".repeat(9000));
    let d = doc(&text);
    let x = text.find('x').unwrap();
    assert_eq!((d.span(x..x + 1).line, d.span(x..x + 1).column), (2, 5002));
    let y = text.find('y').unwrap();
    assert_eq!((d.span(y..y + 1).line, d.span(y..y + 1).column), (3, 9001));
    assert_eq!(d.span(0..1).column, 1);
}

#[test]
fn a_paragraph_over_the_word_cap_is_cut_at_sentence_ends_then_between_words() {
    let sentence = "one two three four five six seven eight nine ten. ";
    let long_sentence = "word ".repeat(2 * MAX_PARAGRAPH_WORDS + 10);
    let text = format!(
        "Short.\n\n{}{}\nlast line.\n",
        sentence.repeat(MAX_PARAGRAPH_WORDS * 3 / 20),
        long_sentence
    );
    // Blank lines only: the two lines of the long paragraph are one paragraph.
    let d = Document::with_paragraphs(
        "t",
        text,
        LangInfo {
            lang: Lang::En,
            method: crate::lang::LangMethod::Given,
            confidence: 1.0,
        },
        ParagraphMode::Blank,
    );
    assert_eq!(d.paragraphs_cut, 1);
    let words: Vec<usize> = d.paragraphs.iter().map(|p| p.word_count()).collect();
    // Sentences of ten words making one and a half times the cap: cut at
    // the cap; then the long sentence is cut between words at the cap.
    assert!(words.iter().all(|&w| w <= MAX_PARAGRAPH_WORDS), "{words:?}");
    assert_eq!(
        words.iter().sum::<usize>(),
        1 + MAX_PARAGRAPH_WORDS * 3 / 2 + 2 * MAX_PARAGRAPH_WORDS + 10 + 2
    );
    assert_eq!(words[1], MAX_PARAGRAPH_WORDS);
    assert_eq!(words[2], MAX_PARAGRAPH_WORDS / 2);
    assert!(d.para_text(1).ends_with("ten."));
    assert!(d.para_text(2).starts_with("one two"));
    for (i, p) in d.paragraphs.iter().enumerate() {
        assert_eq!(p.index, i);
        assert!(p
            .sentences
            .iter()
            .all(|s| p.start <= s.start && s.end <= p.end));
        assert!(p
            .tokens
            .iter()
            .all(|t| p.start <= t.start && t.end <= p.end));
    }
    let last = d.paragraphs.last().unwrap();
    assert_eq!(last.lines, (3, 4));
    assert_eq!(d.paragraphs[1].lines, (3, 3));
}

#[test]
fn spans_point_into_the_original_bytes() {
    let d = doc("\u{feff}Caf\u{e9} d\u{e9}j\u{e0}\n\nJoel Saget AFP / Archivos");
    let p = &d.paragraphs[1];
    let tok = p.tokens.last().unwrap();
    let span = d.span(tok.range());
    assert_eq!(span.text, "Archivos");
    assert_eq!((span.line, span.column), (3, 18));
    let first = d.span(d.paragraphs[0].tokens[1].range());
    assert_eq!(
        (first.line, first.column, first.text.as_str()),
        (1, 6, "déjà")
    );
}

#[test]
fn sentences_split_at_lowercase_after_full_stop_but_not_abbreviations() {
    let d = doc("About 65 leaders. company from different countries. Mr. Smith said 1.5 million.");
    let p = &d.paragraphs[0];
    let s: Vec<&str> = p.sentences.iter().map(|r| d.slice(r.clone())).collect();
    assert_eq!(
        s,
        vec![
            "About 65 leaders.",
            "company from different countries.",
            "Mr. Smith said 1.5 million."
        ]
    );
}

#[test]
fn folds_for_comparison() {
    assert_eq!(fold("Walla\tNEWS"), "walla news");
    assert_eq!(fold_diacritics("Bennett"), "bennett");
    assert_eq!(fold("L’Élysée"), "l'élysée");
    assert_eq!(fold_diacritics("Élysée"), "elysee");
    assert_eq!(fold("E\u{301}lyse\u{301}e"), fold("Élysée"));
}

/// The quick paths of `fold` (ASCII; NFC with nothing to unify) give what
/// the general one does: NFC, spaces and apostrophes unified, lower-cased.
#[test]
fn fold_quick_paths_agree_with_the_general_one() {
    use unicode_normalization::UnicodeNormalization;
    let general = |w: &str| -> String {
        w.nfc()
            .map(|c| match c {
                '’' | 'ʼ' | '‘' => '\'',
                c if c.is_whitespace() => ' ',
                c => c,
            })
            .collect::<String>()
            .to_lowercase()
    };
    for w in [
        "",
        "Rotterdam",
        "NEW\tYORK\r\n",
        "a\x0bb\x0cc",
        "Straße",
        "ÖSTERREICH",
        "O\u{308}sterreich",
        "ΟΔΥΣΣΕΑΣ",
        "Οδυσσέας",
        "İstanbul",
        "Dvořák",
        "l’État",
        "Ｔｏｋｙｏ",
        "Київ",
        "東京都",
        "a\u{a0}b\u{202f}c",
        "ǅemal",
        "ﬁnance",
    ] {
        assert_eq!(fold(w), general(w), "{w:?}");
    }
}

#[test]
fn rejects_binary_invalid_and_empty_input() {
    assert!(matches!(
        decode("x", b"ab\0cd".to_vec(), 100),
        Err(Error::Binary { offset: 2, .. })
    ));
    assert!(matches!(
        decode("x", b"abc\xffdef".to_vec(), 100),
        Err(Error::InvalidUtf8 { offset: 3, .. })
    ));
    assert!(matches!(
        decode("x", b" \n\n ".to_vec(), 100),
        Err(Error::Empty { .. })
    ));
    assert!(matches!(
        decode("x", vec![b'a'; 101], 100),
        Err(Error::TooLarge { .. })
    ));
}
