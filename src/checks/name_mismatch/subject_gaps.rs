//! A sentence left without its subject where a name was dropped: a verb
//! opening it, after an opening phrase, or closing a quotation.

use super::*;

/// English sentences need a subject before their finite verb. Where one was
/// dropped, the verb (a reporting verb or an auxiliary, from
/// `data/lang/en/finite-verbs.txt`) is left opening the sentence ("Said on
/// Wednesday that …"), right after an opening phrase ("According to the
/// agency, believes that …", "In Lisbon has …"), or closing a quotation with
/// no one to say it ("… by 2020," said.). A title needs its name: "Mr."
/// straight before a lower-case word lost it. Questions are left out.
pub(super) struct SubjectGaps {
    pub(super) opening: Regex,
    pub(super) after_quote: Regex,
    pub(super) title: Regex,
}

/// Phrases that open a sentence and end on a comma, before its subject.
const OPENING_PHRASES: [&str; 11] = [
    "According to",
    "When asked",
    "In",
    "On",
    "At",
    "After",
    "Before",
    "During",
    "Earlier",
    "Later",
    "Meanwhile",
];

/// Prepositions before one to three capitalised words, a place ("In Lisbon").
const PLACE_PREPOSITIONS: [&str; 3] = ["In", "At", "From"];

/// A finite verb straight after an opening phrase, with what follows it in a
/// sentence that lost its subject: the length of `body` up to the verb's
/// end. The phrase is one of `OPENING_PHRASES` up to the first comma (no
/// full stop or semicolon before it), or a preposition of
/// `PLACE_PREPOSITIONS` and one to three capitalised words; the verb, one of
/// `data/lang/en/finite-verbs.txt`, is followed by "that", a colon, or a
/// preposition or article ("on", "in", "at", "the", "a", "to"). Written out
/// rather than as a regular expression: the pattern's Unicode word class,
/// three times over, took a millisecond to compile for every article.
pub(super) fn verb_after_phrase(body: &str) -> Option<usize> {
    let verbs = words::list(Lang::En, "finite-verbs");
    let is_word = |c: char| regex_syntax::is_word_character(c);
    let space_run = |at: usize| -> usize {
        body[at..]
            .char_indices()
            .find(|&(_, c)| !c.is_whitespace())
            .map_or(body.len() - at, |(i, _)| i)
    };
    // A verb after at least one space at `at`, and what must follow it.
    let verb_at = |at: usize| -> Option<usize> {
        let spaces = space_run(at);
        if spaces == 0 {
            return None;
        }
        let v = at + spaces;
        verbs.iter().find_map(|verb| {
            let end = v + verb.len();
            if !body[v..].starts_with(verb) {
                return None;
            }
            let gap = space_run(end);
            let next = &body[end + gap..];
            let followed = (gap > 0
                && next
                    .strip_prefix("that")
                    .is_some_and(|r| !r.starts_with(is_word)))
                || next.starts_with(':')
                || (gap > 0
                    && ["on", "in", "at", "the", "a", "to"].iter().any(|w| {
                        next.strip_prefix(w)
                            .is_some_and(|r| r.starts_with(char::is_whitespace))
                    }));
            followed.then_some(end)
        })
    };
    // An opening phrase up to its comma.
    for phrase in OPENING_PHRASES {
        let Some(rest) = body.strip_prefix(phrase) else {
            continue;
        };
        if rest.starts_with(is_word) {
            continue;
        }
        if let Some(k) = rest.find([',', '.', ';']) {
            if rest[k..].starts_with(',') {
                if let Some(end) = verb_at(phrase.len() + k + 1) {
                    return Some(end);
                }
            }
        }
    }
    // A preposition and a place of one to three capitalised words, the
    // longest first.
    let prep = PLACE_PREPOSITIONS.iter().find(|p| body.starts_with(**p))?;
    let mut ends = Vec::with_capacity(3);
    let mut at = prep.len();
    while ends.len() < 3 {
        let spaces = space_run(at);
        let word = at + spaces;
        if spaces == 0 || !body[word..].starts_with(|c: char| c.is_ascii_uppercase()) {
            break;
        }
        let len = body[word + 1..]
            .char_indices()
            .find(|&(_, c)| !(is_word(c) || matches!(c, '\'' | '’' | '-')))
            .map_or(body.len() - word - 1, |(i, _)| i);
        at = word + 1 + len;
        ends.push(at);
    }
    ends.iter().rev().find_map(|&e| verb_at(e))
}

/// The most words of an opening participle clause before its comma.
const PARTICIPLE_CLAUSE_MAX_WORDS: usize = 6;

/// The most words of a passive participle clause with its agent ("by …")
/// before its comma.
const PASSIVE_CLAUSE_MAX_WORDS: usize = 10;

/// Whether a sentence that opens on a verb's past form (`body[..verb_end]`)
/// opens on a participle clause instead ("Announced in 2010, the project
/// has …", "Built in 1901, it …"; after an opening phrase too: "According
/// to the indictment, drafted by the state prosecutor, the firm …"): the
/// form ends in -ed, and a comma within
/// a few words is followed by the sentence's subject (a word of
/// `data/lang/en/subject-openers.txt` — an article, a pronoun, a possessive —
/// or a capitalised word).
pub(super) fn participle_clause(body: &str, verb_end: usize) -> bool {
    let verb = body[..verb_end].trim_end();
    // "Also called on …": a verb after "Also" is finite.
    if !verb.ends_with("ed") || verb.starts_with("Also") {
        return false;
    }
    let rest = &body[verb_end..];
    let Some(comma) = rest.find(',') else {
        return false;
    };
    // A passive participle with its agent ("argued in court by the public
    // prosecutor Anna Weiss,") may run longer.
    let clause: Vec<&str> = rest[..comma].split_whitespace().collect();
    let max = if clause.contains(&"by") {
        PASSIVE_CLAUSE_MAX_WORDS
    } else {
        PARTICIPLE_CLAUSE_MAX_WORDS
    };
    if clause.len() > max {
        return false;
    }
    rest[comma + 1..]
        .split_whitespace()
        .next()
        .is_some_and(|w| {
            words::has(Lang::En, "subject-openers", &w.to_lowercase())
                || w.chars().next().is_some_and(char::is_uppercase)
        })
}

pub(super) fn subject_gaps() -> &'static SubjectGaps {
    static RES: OnceLock<SubjectGaps> = OnceLock::new();
    RES.get_or_init(|| {
        let list = |kind: &str| words::list(Lang::En, kind);
        // The lists are lower case; a sentence or a title starts with a capital.
        let capitalised = |words: &[&str]| {
            words
                .iter()
                .map(|w| crate::document::capitalised(w))
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
            // The quotation's closing mark, with the comma inside or after
            // it (`," said.`, `", said.`): after a bare comma the verb may close an apposition ("the
            // minister, Pavel Orlov, said.").
            after_quote: re(format!(r#"["”]\s*,?\s*(?:{verbs})\s*[.!?]"#)),
            title: re(format!(r"\b(?:{titles})\.?\s+[a-z]")),
        }
    })
}
