//! Holes where a name was dropped ("the the", a gap before a reporting verb), and garbled names.

use super::*;

/// English prepositions after which a dropped name leaves punctuation or a
/// conjunction ("in, 305 residents", "on their way to .", "between and").
pub(super) const GAP_PREPOSITIONS: &[&str] = &[
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
pub(super) const GAP_TITLES: &[&str] = &[
    "Dr",
    "Mr",
    "Mrs",
    "Ms",
    "President",
    "Prime Minister",
    "Governor",
    "Senator",
];

/// Gaps a deleted name leaves in an English target. `source_names`: whether
/// the source of the paragraph names anything at all (where it does not, no
/// name can have been dropped, and a preposition before a comma is one
/// English strands).
pub(super) fn gaps(doc: &Document, para: &Paragraph, source_names: bool) -> Vec<Finding> {
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
            // English strands a preposition before a comma or a stop ("the
            // city you live in,", "looking forward to,", "climbed in,"): a
            // gap only where the source names something, or where a space
            // is left before the mark, as where a word was taken out ("in ,
            // 305 residents").
            let a = after.trim_start_matches(' ');
            // After a verb's past form the preposition is the verb's own,
            // closing a relative clause ("the tunnels, which two members
            // have referred to, are"), whatever the source names.
            // So is an "in" after a verb whose particle it is ("the cold
            // sweeps in, with", `in-particle-verbs.txt`).
            let after_verb = i > 0 && {
                let prev = &doc.text[toks[i - 1].range()];
                doc.text[toks[i - 1].end..t.start] == *" "
                    && ((prev.len() > 4 && prev.ends_with("ed"))
                        || (lower == "in" && words::contains(Lang::En, "in-particle-verbs", prev)))
            };
            // After a count the preposition stands for the side counted
            // ("358 in favour and 331 against, with 14 abstaining").
            // So it does after a vote ("recorded as a vote against, as my
            // machine failed").
            let after_count = i > 0
                && (doc.text[toks[i - 1].range()].ends_with(|c: char| c.is_ascii_digit())
                    || matches!(&doc.text[toks[i - 1].range()], "vote" | "votes"))
                && doc.text[toks[i - 1].end..t.start] == *" ";
            // In a sentence about a vote, "against" is the side a party took
            // ("the Greens voting in favour and the Liberals against, after").
            let vote_side = lower == "against" && in_vote_sentence(&doc.text[para.start..t.start]);
            // Closing a quotation ("a timetable the city never kept to,"
            // said …), the preposition is the speaker's, stranded.
            // English hardly strands "of": a quotation closing on it lost
            // the name after it.
            let closes_quote = lower != "of"
                && !after.starts_with(' ')
                && a.starts_with([',', '.'])
                && a[1..].starts_with(['"', '”', '\'', '’', '»']);
            // So is a preposition closing an infinitive ("nothing to worry
            // about,", "products to choose from;").
            let after_infinitive = i > 1 && {
                let (to, verb) = (
                    &doc.text[toks[i - 2].range()],
                    &doc.text[toks[i - 1].range()],
                );
                to.eq_ignore_ascii_case("to")
                    && verb.chars().all(|c| c.is_ascii_lowercase())
                    && !words::is_determiner(Lang::En, verb)
                    && doc.text[toks[i - 2].end..t.start].trim() == verb
            };
            let stranded = after_infinitive || ends_relative_clause(&doc.text[para.start..t.start]);
            let punct_next = (after.starts_with(' ') && a.starts_with([',', ';', ')', '.']))
                || (source_names
                    && !after_verb
                    && !after_count
                    && !vote_side
                    && !closes_quote
                    && !stranded
                    && !aside_follows(a)
                    && a.starts_with([',', ';', ')']));
            // "between" needs its two ends ("between and"); "of", "at" and
            // "near" before "and" lost theirs unless a relative clause ends
            // on them, or they open the pair "near and far".
            let conj_next = next_gap == Some(" ")
                && matches!(next, Some("and") | Some("or"))
                && (lower == "between"
                    || (matches!(lower.as_str(), "of" | "at" | "near")
                        && !stranded
                        && !(lower == "near" && after.trim_start().starts_with("and far"))));
            if punct_next || conj_next {
                hit = true;
            }
        }
        let function_word =
            next.is_some_and(|n| matches!(n, "of" | "and" | "the" | "for" | "to" | "in" | "or"));
        if GAP_TITLES.contains(&w)
            && !title_is_office(&doc.text[para.start..t.start])
            && next_gap == Some(" ")
            && next.is_some_and(|n| n.chars().next().is_some_and(char::is_lowercase))
            && !function_word
            && !after.starts_with('.')
            && !particle_opens_name(after)
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

/// Whether the clause that `before` ends (the text since the last comma,
/// semicolon, colon, bracket or stop) is a relative or interrogative one
/// with its own subject ("the town which she grew up", "what the rules
/// provide"), so that a
/// preposition closing it is the clause's own, stranded as English strands
/// it, not one whose name was dropped.
pub(super) fn ends_relative_clause(before: &str) -> bool {
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, ',' | ';' | ':' | '(' | '.' | '!' | '?' | '"' | '“' | '”'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let clause: Vec<&str> = before[start..]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    // The relative word is the preposition's object only where the clause
    // has a subject of its own right after it ("which she grew up in",
    // "which city they live in"); one followed by its verb is the subject
    // ("which was founded in" lost the year or place after "in").
    let subject =
        |w: Option<&&str>| w.is_some_and(|w| words::contains(Lang::En, "subject-openers", w));
    clause.iter().enumerate().any(|(k, w)| {
        words::contains(Lang::En, "relative-words", w)
            && (subject(clause.get(k + 1)) || subject(clause.get(k + 2)))
    })
}

/// Whether the sentence that `before` ends tells of a vote ("voted", "in
/// favour"), where "against" stands for a side.
pub(super) fn in_vote_sentence(before: &str) -> bool {
    let start = before.rfind(['.', '!', '?']).map_or(0, |i| i + 1);
    let sentence = before[start..].to_lowercase();
    ["vote", "voting", "in favour", "in favor"]
        .iter()
        .any(|w| sentence.contains(w))
}

/// Whether `after` (the text after a preposition, from its comma) opens on an
/// aside set between two commas ("from, among others, the regions"): the
/// preposition's object follows the aside.
pub(super) fn aside_follows(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(',') else {
        return false;
    };
    let Some((aside, _)) = rest.split_once(',') else {
        return false;
    };
    let aside = aside.split_whitespace().collect::<Vec<_>>().join(" ");
    !aside.is_empty() && words::has(Lang::En, "parentheticals", &aside.to_lowercase())
}

/// "the not so distant past", "the already crowded ward", "the also-ran":
/// after "the" and one of these adverbs, a word that grades an adjective or
/// is a participle shows a noun phrase, not an article whose name was lost.
/// `after`: the text after the adverb.
pub(super) fn graded_noun_phrase(after: &str) -> bool {
    let next: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    next.len() > 4 && (next.ends_with("ing") || next.ends_with("ly"))
        || words::has(Lang::En, "degree-adverbs", &next)
}

/// "the President replied", "the Sri Lankan President said", "the outgoing
/// President takes the chair": after an article or a possessive, with at
/// most a few capitalised words between (the country's adjective, another
/// title) or two lower-case ones (an adjective: "outgoing", "newly
/// elected"), a title is the office, no form of address before a name.
/// `before`: the paragraph's text up to the title.
pub(super) fn title_is_office(before: &str) -> bool {
    /// Lower-case words between the article and the title.
    const LOWER_MAX: usize = 2;
    let mut lower = 0;
    let mut words = before
        .split(|c: char| c.is_whitespace())
        .rev()
        .filter(|w| !w.is_empty());
    for _ in 0..4 {
        let Some(w) = words.next() else {
            return false;
        };
        if w.ends_with([',', '.', ';', ':', '(', '"']) {
            return false;
        }
        // An article after an opening bracket or quotation mark ("(The
        // President cut off the speaker)").
        let w = w.trim_start_matches(['(', '[', '"', '“', '‘', '«', '„', '»']);
        match w.to_lowercase().as_str() {
            "the" | "a" | "an" | "this" | "that" | "our" | "their" | "his" | "her" | "its" => {
                return true
            }
            _ if w.chars().next().is_some_and(char::is_uppercase) => {}
            _ if lower < LOWER_MAX && w.chars().all(char::is_lowercase) => lower += 1,
            _ => return false,
        }
    }
    false
}

/// "Mrs de Palacio", "Mr van Dijk", "Mr d'Alema": a lower-case particle
/// opening the surname after a title (`after`: the text after the title),
/// whole or elided onto it, not a word where the name should be.
pub(super) fn particle_opens_name(after: &str) -> bool {
    let mut words = after.split_whitespace();
    let mut particles = 0;
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    for w in words.by_ref() {
        if names::PARTICLES.contains(&w) {
            particles += 1;
            continue;
        }
        let elided = w
            .split_once(['\'', '’'])
            .is_some_and(|(p, rest)| matches!(p, "d" | "dell" | "dall") && capital(rest));
        return elided || (particles > 0 && capital(w));
    }
    false
}
/// "Walla. News": a source name phrase whose parts are all in the target but
/// broken by a full stop or comma there.
pub(super) fn garbled(pair: &PairView, cx: &Context, para: &Paragraph) -> Vec<Finding> {
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
        // A title the target language abbreviates with a full stop where the
        // source writes none ("Dr Ilse Brandauer" / "Dr. Ilse Brandauer").
        let abbreviated = between.trim() == "."
            && crate::lang::abbreviations::Abbreviations::for_lang(tdoc.lang.lang)
                .is_some_and(|ab| ab.contains(&format!("{a}.")));
        if abbreviated {
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
    use super::super::subject_gaps::verb_after_phrase;
    use super::*;

    #[test]
    fn a_relative_clause_with_its_own_subject_strands_its_preposition() {
        assert!(ends_relative_clause("The harbour which they sailed out of"));
        assert!(ends_relative_clause("Ask them, what the fund is meant for"));
        assert!(ends_relative_clause(
            "the valley which my family comes from"
        ));
        // The relative word as the subject: the object after the preposition is lost.
        assert!(!ends_relative_clause("The mill, which was built in"));
        assert!(!ends_relative_clause("The envoy who met with"));
        // A relative word in an earlier clause does not reach past the comma.
        assert!(!ends_relative_clause("Which they knew, the team flew to"));
    }

    #[test]
    fn a_title_after_an_article_opening_brackets_is_the_office() {
        assert!(title_is_office("Time is up. (The "));
        assert!(title_is_office("He said: “The "));
        assert!(!title_is_office("Time is up. ("));
    }

    #[test]
    fn against_in_a_vote_is_a_side() {
        assert!(in_vote_sentence(
            "Twelve members voted for and the Greens against"
        ));
        assert!(in_vote_sentence(
            "It passed. The Left in favour, the Right against"
        ));
        assert!(!in_vote_sentence("They voted. The court ruled against"));
    }

    #[test]
    fn an_aside_between_commas_after_a_preposition() {
        assert!(aside_follows(", for instance, the coastal towns"));
        assert!(aside_follows(",  among  others, the growers"));
        assert!(!aside_follows(", the capital, said"));
        assert!(!aside_follows(", for instance the towns"));
        assert!(!aside_follows(" for instance, the towns"));
    }

    #[test]
    fn a_graded_adjective_after_the_adverb_is_a_noun_phrase() {
        assert!(graded_noun_phrase(" existing road"));
        assert!(graded_noun_phrase(" so distant past"));
        assert!(graded_noun_phrase(" entirely new plan"));
        assert!(!graded_noun_phrase(" announced on Monday"));
        assert!(!graded_noun_phrase(" refused to comment"));
        assert!(!graded_noun_phrase(" only"));
    }

    /// `verb_after_phrase` answers as the regular expression it replaces,
    /// on sentences built from every kind of opening, spacing, verb and
    /// following word, the near misses included.
    #[test]
    fn verb_after_phrase_matches_the_pattern_it_replaces() {
        let verbs = words::list(Lang::En, "finite-verbs").join("|");
        let re = Regex::new(&format!(
            r"^((?:(?:According to|When asked|In|On|At|After|Before|During|Earlier|Later|Meanwhile)\b[^,.;]*,|(?:In|At|From)(?:\s+[A-Z][\w'’-]*){{1,3}})\s+(?:{verbs}))(?:\s+that\b|\s*:|\s+(?:on|in|at|the|a|to)\s)"
        ))
        .expect("compiles");
        let starts = [
            "According to the ministry,",
            "According to",
            "Accordingly,",
            "When asked,",
            "When asked about the plan, officials",
            "In",
            "In Bergen",
            "In Ålesund",
            "In Rio de Janeiro",
            "In Port Louis Harbour Town",
            "In Saint-Étienne,",
            "At Münster-Ost",
            "From O’Neill’s",
            "From D'Arcy",
            "Inside Bergen,",
            "On Friday,",
            "On Friday. Then,",
            "After the vote; later,",
            "Meanwhile ,",
            "Earlier\u{a0}this week,",
            "In bergen",
            "At  Tromsø",
            "From\tOslo",
            "Later:",
            "During 2020,",
        ];
        let gaps = [" ", "  ", "", "\t", " \u{a0}"];
        let verbs_tried = [
            "said", "says", "has", "is", "was", "were", "sai", "hasn", "stated", "Said",
            "declares", "warns",
        ];
        let tails = [
            " that",
            " that's",
            " thatch",
            ":",
            " :",
            " on",
            " on.",
            " in ",
            " at the",
            " the ",
            " a ",
            " an ",
            " to ",
            "",
            " to",
            "\u{a0}the\u{a0}",
        ];
        let mut n = 0;
        for s in starts {
            for g in gaps {
                for v in verbs_tried {
                    for t in tails {
                        let body = format!("{s}{g}{v}{t} x");
                        let want = re.captures(&body).and_then(|c| c.get(1)).map(|m| m.end());
                        assert_eq!(verb_after_phrase(&body), want, "{body:?}");
                        n += usize::from(want.is_some());
                    }
                }
            }
        }
        assert!(n > 500, "only {n} sentences matched");
    }
}
