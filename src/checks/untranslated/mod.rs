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
use foldhash::HashMap;
use foldhash::HashSet;
use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

mod findings;
mod judge;
mod names;
mod script;
mod tokens;

use findings::*;
use judge::*;
use names::*;
use script::*;
use tokens::*;

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
/// The most a target word the source does not have may weigh in the target's
/// own list (Zipf) and still be taken for a source word left over.
const NOT_COPIED_MAX_TARGET_ZIPF: f32 = 3.0;
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

    /// Another name of a place given after a comma and "or" is cited on
    /// purpose: worth a look, no stop; the same name standing alone is a
    /// word left over. (Without spelling dictionaries, so that the German
    /// word is judged by its frequencies alone.)
    #[test]
    fn an_alternative_name_after_or_is_minor() {
        let src = (
            "Die Abgeordnete lebt seit zwanzig Jahren in Bozen und spricht beide Sprachen.",
            Lang::De,
        );
        let glossed = (
            "La diputada vive desde hace veinte años en Bolzano, o Bozen, y habla las dos lenguas.",
            Lang::Es,
        );
        let bare = (
            "La diputada vive desde hace veinte años en Bozen y habla las dos lenguas.",
            Lang::Es,
        );
        let no_speller = || Config::parse("t.toml", "spelling = \"no-such-dir\"").unwrap();
        let fs = findings_with(src, glossed, no_speller());
        assert!(
            !fs.is_empty() && fs.iter().all(|f| f.severity == Severity::Minor),
            "{:?}",
            texts(&fs)
        );
        let fs = findings_with(src, bare, no_speller());
        assert!(
            fs.iter().any(|f| f.severity == Severity::Major),
            "{:?}",
            texts(&fs)
        );
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
