//! The verdict on a source name: missing, misspelt, or translated word for word.

use super::*;

/// The verdict on one source phrase: findings for literal translations and
/// misspellings go to `out`; a missing name is returned for pairing with an
/// added one.
pub(super) fn judge_source(
    pair: &PairView,
    cx: &Context,
    phrase: &NamePhrase,
    own: &Side,
    near_by: &Side,
    links: &links::Target,
    out: &mut Vec<Finding>,
) -> Option<Missing> {
    let src = pair.source;
    let tgt = own;
    let text = &src.text[phrase.range.clone()];
    let span = src.span(phrase.range.clone());
    if let Some((name, forms)) = glossary_forms(cx, text) {
        let ok = forms.iter().any(|f| {
            tgt.words.contains(&format!(" {} ", names::key(f))) || tgt.doc.text.contains(f.as_str())
        });
        if ok {
            return None;
        }
        return Some(
            Finding::new(
                DOC.id,
                "missing",
                Severity::Major,
                format!("glossary name \"{name}\" is not in the translation in an accepted form"),
            )
            .confidence(0.9)
            .source(span)
            .evidence(format!("accepted: {}", forms.join(", ")))
            .into(),
        );
    }
    // A capitalised common word of the source that the translation carries
    // unchanged, capitalised, is a name that travelled ("Markus" in German,
    // where every noun has a capital): it is a name part here.
    let mut phrase_owned;
    let phrase = if phrase
        .tokens
        .iter()
        .any(|t| t.strength == Strength::Weak && travelled(t, phrase, tgt))
    {
        phrase_owned = phrase.clone();
        for t in &mut phrase_owned.tokens {
            if t.strength == Strength::Weak && travelled(t, phrase, tgt) {
                t.strength = Strength::Strong;
            }
        }
        &phrase_owned
    } else {
        phrase
    };
    let strong: Vec<&names::NameToken> = phrase.strong().collect();
    // A lone word of the source's own that is spelt like one of the target
    // language's commonest words ("Not", German for need, and English
    // "not"): strong by the target's frequency, which is that of the
    // function word, not of a name. With other capitalised words it may be
    // part of a name kept in the target's language ("All Blacks").
    if let [t] = phrase.tokens.as_slice() {
        let slang = src.lang.lang;
        if slang.script() == cx.target_lang.script()
            && lexicon::zipf(slang, &t.text).unwrap_or(0.0) >= names::NAME_MAX_ZIPF
            && lexicon::zipf(cx.target_lang, &t.text).unwrap_or(0.0)
                >= names::FUNCTION_WORD_MIN_ZIPF
        {
            return None;
        }
    }
    if cx.config.keeps(text) && tgt.doc.text.contains(text) {
        return None;
    }
    if strong.is_empty() {
        return None;
    }
    // Match each strong token (place tokens by their place).
    let mut results: Vec<(usize, Option<(How, usize)>)> = Vec::new();
    for (ti, t) in phrase.tokens.iter().enumerate() {
        if t.strength != Strength::Strong {
            continue;
        }
        // The pair's own paragraphs first (a misspelling there is not
        // excused by the right spelling in the next paragraph), then the
        // neighbours, where a name may have moved.
        let mut m = match_in(t, src.lang.lang, own);
        // A name that ends on a possessive 's of its own (an auction
        // house's or a shop's: "Bonhams'", "Harrods's") is respelt with its
        // s in a target that writes it by sound.
        if m.is_none() && src.lang.lang == Lang::En {
            let written = &src.text[t.range.clone()];
            if written.ends_with("'s") || written.ends_with("\u{2019}s") {
                let mut whole = t.clone();
                whole.text.push('s');
                m = match_in(&whole, src.lang.lang, own);
            }
        }
        if m.is_none() {
            m = match_in(t, src.lang.lang, near_by)
                .filter(|(h, _)| *h != How::Near)
                .map(|(_, _)| (How::Exact, usize::MAX));
        }
        results.push((ti, m));
    }
    let matched: Vec<&(usize, Option<(How, usize)>)> = results
        .iter()
        .filter(|(_, m)| m.is_some_and(|(h, _)| h != How::Near))
        .collect();
    let near: Vec<&(usize, Option<(How, usize)>)> = results
        .iter()
        .filter(|(_, m)| m.is_some_and(|(h, _)| h == How::Near))
        .collect();
    let unmatched: Vec<usize> = results
        .iter()
        .filter(|(_, m)| m.is_none())
        .map(|(ti, _)| *ti)
        .collect();

    if let Some(&&(ti, Some((_, i)))) = near.first() {
        out.extend(misspelling(
            pair,
            cx,
            phrase,
            &phrase.tokens[ti],
            tgt,
            i,
            links,
        ));
        return None;
    }
    if literal_translation(pair, cx, phrase, tgt, links, out) || unmatched.is_empty() {
        return None;
    }
    // A variant spelling of the name in the target ("Elíseo" / "Élysée",
    // "Luis" / "Louis", an exonym CLDR does not list), or a word of it the
    // translation carries as a cognate or a dictionary translation ("Madam
    // President" / "Frau Präsidentin", "Weißes Haus" / "White House"): a
    // translated word, not a lost name. A literal translation of a person's
    // name was looked for above.
    let unmatched_before = unmatched.len();
    let unmatched: Vec<usize> = unmatched
        .into_iter()
        .filter(|&ti| {
            let t = &phrase.tokens[ti].text;
            !has_variant(t, near_by)
                && !inside_target_compound(t, near_by)
                && !place_opens_target_compound(&phrase.tokens[ti], src.lang.lang, near_by)
                && !respelt_in_kana(t, near_by)
                && !romanised_alike_in(t, src.lang.lang, near_by)
                && !read_in_kanji(t, near_by)
                && !reading_in_latin(t, near_by)
                && !respelt_in_hanzi(t, near_by)
                && !numeral_carried(t, pair.target_text(), cx.target_lang)
                && !code_carried(t, pair.target_text())
                && !compass_point_carried(&phrase.tokens[ti], phrase, src.lang.lang, pair, cx)
                && !matches!(links.evidence(t, src.lang.lang), links::Evidence::Found(_))
        })
        .collect();
    let unmatched_words: Vec<&str> = unmatched
        .iter()
        .map(|&ti| phrase.tokens[ti].text.as_str())
        .collect();
    // The whole name written by its sounds, its weak parts too ("Rose
    // Porter" 罗丝·波特, where "Rose" alone is also a common word): a part
    // too short to be looked for alone comes through with the rest.
    let phrase_words: Vec<&str> = phrase.tokens.iter().map(|t| t.text.as_str()).collect();
    if unmatched.is_empty()
        || phrase_respelt_in_hanzi(&unmatched_words, near_by)
        || phrase_respelt_in_kana(&phrase_words, near_by)
        || (phrase_words.len() > unmatched_words.len()
            && phrase_respelt_in_hanzi(&phrase_words, near_by))
        || phrase_respelt_across_scripts(&phrase_words, src.lang.lang, near_by)
        // A title word before the name that the target translates ("Fed
        // Chair Jerome Powell" / "председатель ФРС Джером Пауэлл").
        || (unmatched_words.len() < phrase_words.len()
            && phrase_respelt_across_scripts(&unmatched_words, src.lang.lang, near_by))
        || regnal_name_translated(&phrase_words, &unmatched_words, near_by)
        || saint_name_translated(
            &src.text[..phrase.range.start],
            &phrase_words,
            &unmatched_words,
            src.lang.lang,
            near_by,
        )
        || acronym_in(&phrase_words, src.lang.lang, near_by, links)
        || target_acronym_of(&phrase_words, src.lang.lang, near_by)
        || unmatched_words
            .iter()
            .all(|w| acronym_translated(w, pair.source_text(), near_by))
    {
        return None;
    }
    // A word the language writes in lower case before a number names the
    // numbered thing by what it is ("Interstate 280", "Route 9", "Gate 12"):
    // translated, its number carried ("280号州际公路").
    let lower_too = |w: &str| match src.lang.lang {
        // "interstate" is also written so, as much as it is a name.
        Lang::En => names::english::case_of(w).is_some(),
        l => written_lower(w, l, cx),
    };
    if phrase.tokens.len() == 1 && lower_too(&phrase.tokens[0].text) {
        let digits: String = src.text[phrase.range.end..]
            .strip_prefix(' ')
            .unwrap_or("")
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        if !digits.is_empty()
            && tgt
                .paras
                .iter()
                .any(|p| tgt.doc.text[p.range()].contains(digits.as_str()))
        {
            return None;
        }
    }
    // Words of the name that came through translated ("Parliament" /
    // "Parlament") are counterparts as much as words carried as written.
    let partial = !matched.is_empty() || unmatched.len() < unmatched_before;
    // A place's adjective that came through, matched by its place
    // ("Canadian" / "Канадське"), or a place's name respelt where the
    // translation names that place ("Ohio" / "Огайо"), with the rest of the name common words of the source
    // ("Cancer Society" / "онкологічне товариство"): a body named by what it
    // is, translated.
    if !partial
        && unmatched.iter().all(|&ti| {
            lexicon::zipf(src.lang.lang, &phrase.tokens[ti].text).unwrap_or(0.0)
                >= names::NAME_MAX_ZIPF
        })
        && phrase.tokens.iter().any(|t| {
            t.strength == Strength::Weak
                && match_in(t, src.lang.lang, own).is_some_and(|(h, _)| {
                    h == How::Exonym
                        || (h == How::Transliterated
                            && places::lookup(src.lang.lang, &t.text, places::ANY)
                                .into_iter()
                                .chain(t.place)
                                .chain(t.exonym)
                                .any(|p| names_place(p, own)))
                })
        })
    {
        return None;
    }
    // Part of a name lost is reported only for a name part that is no word
    // of the language ("Baba" of "Baba Kanjar"); "River" of "River Ouse" is
    // translated.
    // A place or an acronym is never such a part: "USA" of "USA Donald
    // Trump"; nor a word more at home in the target language than in the
    // source and not common there ("Mick" of "Mick Fleetwood" in German,
    // but not "Marine", de 4.1, en 4.5), or one English writes only as a
    // name.
    if partial
        && unmatched.iter().all(|&ti| {
            let t = &phrase.tokens[ti];
            let zs = lexicon::zipf(src.lang.lang, &t.text).unwrap_or(0.0);
            let zt = if src.lang.lang.script() == cx.target_lang.script() {
                lexicon::zipf(cx.target_lang, &t.text).unwrap_or(0.0)
            } else {
                0.0
            };
            t.place.is_none()
                && !names::is_acronym(&t.text)
                && !(cx.target_lang == Lang::En
                    && names::english::is_name(&t.text)
                    && zs < names::INITIAL_MAX_ZIPF)
                && if src.lang.lang.script() == cx.target_lang.script() {
                    zs > zt || zs >= names::NAME_MAX_ZIPF
                } else {
                    // Across scripts the target has no Zipf to compare: the
                    // part must be a common word of its own language, which
                    // a translator translates ("Bridge" of "Rainbow Bridge",
                    // not "Matsumoto" of "Haruki Matsumoto").
                    zs >= names::NAME_MAX_ZIPF || is_common_word(t, src.lang.lang, cx)
                }
        })
    {
        return None;
    }
    // "the European Commission" → "die Kommission", "the French Senate" →
    // "le Sénat": a place's adjective left out of a body's name whose noun
    // came through is the translator's shortening, not a lost name. The noun
    // must stand as a word of its own, in its form or as a cognate: inside a
    // compound or through a dictionary it may belong to another body's name
    // ("Wirtschaftskommission").
    let slang = src.lang.lang;
    if unmatched
        .iter()
        .all(|&ti| !places::demonym_of(slang, &phrase.tokens[ti].text, places::ANY).is_empty())
        && phrase.tokens.iter().enumerate().any(|(ti, t)| {
            t.strength != Strength::Joiner
                && !unmatched.contains(&ti)
                && matches!(
                    links.evidence(&t.text, slang),
                    links::Evidence::Found("form" | "cognate")
                )
        })
    {
        return None;
    }
    // A later mention of a name already given may be a pronoun or a role:
    // minor at most, and nothing when the target has a pronoun.
    let later_mention = unmatched.iter().all(|&ti| {
        src.folded_before_contains(phrase.range.start, &names::key(&phrase.tokens[ti].text))
    });
    if later_mention && has_pronoun(&tgt.words, cx.target_lang) {
        return None;
    }
    // Acronyms are often translated ("ONG" → "NGO") or written out.
    // Plural acronyms too ("MPs", "GPUs"), common nouns translated whole.
    let acronyms_only = unmatched.iter().all(|&ti| {
        let w = &phrase.tokens[ti].text;
        names::is_acronym(w) || w.strip_suffix('s').is_some_and(names::is_acronym)
    });
    // A name made only of common words of the source language ("Black Sea",
    // "Food Programme", "Fondos Estructurales", "Europäischen Union") names
    // a sea, a body or an event by what it is, and translators translate it
    // word by word; with no dictionary entry to link the words, its absence
    // is no evidence of a lost name. A person's name is no such phrase: its
    // words are names too, or no words at all; so one word of the phrase
    // must be one the language writes in lower case (see `written_lower`).
    // Such a name lost whole is not reported: translators shorten and
    // rephrase these ("the Committee" for "the Committee on Legal
    // Affairs"), and a body's name gone with its sentence is the omission
    // check's. Part of one lost is still a finding (minor, below).
    // Asked last: it may read the spelling dictionary.
    // In a language that writes its adjectives after the noun, a word
    // written in lower case by the spelling dictionary that follows a
    // capitalised word of the name directly is that adjective ("Asociación
    // Oriental", "Seguridad Marítima"), even where a province shares its
    // name (Morocco's Oriental, Togo's Maritime): a place after a particle
    // ("Príncipe de Gales") or alone stays a place.
    let adjective_after_noun = |ti: usize| {
        let t = &phrase.tokens[ti];
        names::ROMANCE.contains(&slang)
            && ti > 0
            && phrase.tokens[ti - 1].strength != Strength::Joiner
            && src.text[phrase.tokens[ti - 1].range.end..t.range.start] == *" "
            && t.place.is_none()
            && cx.config.speller(slang).map(|s| s.written(&t.text))
                == Some(crate::lang::spelling::Written::Lower)
    };
    let is_home = |t: &names::NameToken| {
        t.place
            .as_ref()
            .is_some_and(|p| words::contains(cx.target_lang, "home-countries", p.0))
    };
    // The target language's own country as the possessor of a body named by
    // common words ("Germany's Federal Administrative Court" /
    // "Bundesverwaltungsgericht"): its own press leaves the country unnamed
    // (`home-countries.txt`).
    let home_possessor = |ti: usize| {
        let t = &phrase.tokens[ti];
        ti == 0
            && phrase.tokens.len() > 1
            && is_home(t)
            && ["'s", "’s"]
                .iter()
                .any(|s| src.text[t.range.clone()].ends_with(s))
    };
    let descriptive = || {
        unmatched.iter().all(|&ti| {
            is_common_word(&phrase.tokens[ti], slang, cx)
                || adjective_after_noun(ti)
                || home_possessor(ti)
        }) && phrase
            .tokens
            .iter()
            .any(|t| written_lower(&t.text, slang, cx))
    };
    // A region named by its direction alone ("el Sur", "der Norden", "the
    // North") is translated as the direction it is.
    if phrase.tokens.len() == 1 && compass::point_alone(slang, &phrase.tokens[0].text) != 0 {
        return None;
    }
    // Japanese, Chinese and Korean news leaves its own country unnamed
    // where English names it ("Japan's new rocket" / 新たな主力ロケット,
    // "Constitutional Democratic Party of Japan" / 立憲民主党), or writes it
    // "our country" (我国): the target's home country missing is worth a
    // look, no stop.
    // A dateline's country or state after its town is left out of a
    // translation that keeps the town ("BRNO, Czech Republic, May 4" /
    // "BRNO 4. května", "LYON, France" / "LYON"): the town in capitals and a
    // comma before the place; no finding. The town itself is a name.
    let line_start = src.text[..phrase.range.start]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let in_dateline = src.text[line_start..phrase.range.start]
        .strip_suffix(", ")
        .is_some_and(|town| {
            town.chars().any(char::is_alphabetic) && !town.chars().any(char::is_lowercase)
        });
    let all_home = unmatched.iter().all(|&ti| is_home(&phrase.tokens[ti]));
    if in_dateline
        && unmatched
            .iter()
            .all(|&ti| phrase.tokens[ti].place.is_some())
    {
        return None;
    }
    let home_country = matches!(cx.target_lang, Lang::Ja | Lang::Zh | Lang::Ko) && all_home;
    // A nationality adjective ("Danish rider", "the Turkish side") is
    // translated, often as a noun or a paraphrase ("der Däne"): worth a look
    // when it goes missing, no stop.
    // A place's own name ("Argentina"), a body's name ("European
    // Commission") or a people ("Australians") is no such adjective: it
    // stands before a common noun.
    // Adjectives joined by a dash stand before the noun together
    // ("Scandinavian–Mediterranean corridor").
    let before_common_noun = |t: &names::NameToken| {
        let mut rest = &src.text[t.range.end..];
        while let Some(r) = rest.strip_prefix(['-', '–']) {
            rest = r.trim_start_matches(|c: char| c.is_alphabetic());
        }
        rest.strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(char::is_lowercase))
    };
    let nationality_only = strong.len() == 1
        && unmatched.iter().all(|&ti| {
            let t = &phrase.tokens[ti];
            let own_name = &[PlaceKind::Region, PlaceKind::City, PlaceKind::Subdivision];
            // After a common noun of the name it is the body's own
            // adjective, as the Romance languages place it ("Comisión
            // Europea"), not a nationality; after a point of the compass
            // it is still one ("South Korean").
            let after_noun = ti > 0 && {
                let prev = &phrase.tokens[ti - 1];
                prev.strength == Strength::Weak && compass::points(slang, &prev.text) == 0
            };
            before_common_noun(t)
                && !after_noun
                && !t.text.ends_with('s')
                && t.place.is_none()
                && places::lookup(slang, &t.text, own_name).is_empty()
                && (!places::demonym_of(slang, &t.text, places::ANY).is_empty()
                    || !places::lookup_exact(
                        slang,
                        &t.text,
                        &[PlaceKind::Demonym, PlaceKind::Language],
                    )
                    .is_empty())
        });
    if !partial && descriptive() {
        return None;
    }
    // An English sentence's first word has its capital from the sentence:
    // a rare word alone there ("Seismologist Kate Henare said"), below
    // SCOWL's case list and in the spelling dictionary only in lower case,
    // is no name.
    if !partial
        && slang == Lang::En
        && phrase.sentence_initial
        && phrase.tokens.len() == 1
        && names::english::case_of(&phrase.tokens[0].text).is_none()
        && cx.config.speller(Lang::En).is_some_and(|s| {
            s.written(&phrase.tokens[0].text) == crate::lang::spelling::Written::Lower
        })
    {
        return None;
    }
    // One word lost whole that is a common word of the source language,
    // after an article, a demonstrative or a possessive ("the Admiralty",
    // "the Exchequer"), is a named thing, not a person: languages that write
    // such words put none before a surname. It is a name by its capital
    // alone, and a capital is no evidence: the translator may have
    // translated it in words the check cannot link. Unless another name
    // stands in its place (`swapped`, see the caller), it is worth a look,
    // no stop. Without the determiner the word may be a surname ("the
    // striker Kane"), which stays a stop.
    let after_determiner = || {
        let before = src.text[..phrase.range.start].strip_suffix(' ');
        before.is_some_and(|b| {
            let prev = b
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            words::is_determiner(slang, prev)
        })
    };
    // So is a region named in one word by the points of the compass ("the
    // Midwest", "the Southeast"; `compass-parts.txt`): it is translated in
    // words.
    let compass_region =
        phrase.tokens.len() == 1 && compass_compound(&phrase.tokens[0].text, slang);
    let common_word = !partial
        && phrase.tokens.len() == 1
        && unmatched
            .iter()
            .all(|&ti| is_common_word(&phrase.tokens[ti], slang, cx))
        && after_determiner();
    let swap_only = if compass_region {
        Some("a region named by the points of the compass, which translators translate; no other name stands in its place")
    } else if common_word {
        Some("a common word after an article, a named thing the translator may have translated; no other name stands in its place")
    } else {
        None
    };
    let (severity, confidence) = if later_mention {
        (Severity::Minor, 0.4)
    } else if partial || acronyms_only || home_country || nationality_only {
        (Severity::Minor, 0.5)
    } else if phrase.sentence_initial && strong.len() == 1 {
        (Severity::Major, 0.6)
    } else {
        (Severity::Major, 0.8)
    };
    let missing_text: Vec<&str> = unmatched
        .iter()
        .map(|&ti| phrase.tokens[ti].text.as_str())
        .collect();
    let message = if partial {
        format!(
            "part of the name \"{text}\" is missing from the translation: {}",
            missing_text.join(" ")
        )
    } else {
        format!("the name \"{text}\" has no counterpart in the translation")
    };
    Some(Missing {
        finding: Finding::new(DOC.id, "missing", severity, message)
            .confidence(confidence)
            .source(span)
            .evidence(
                "not found as written, folded, inflected, as an exonym or transliterated"
                    .to_string(),
            ),
        swap_only,
    })
}

/// A source name with no counterpart in the translation.
pub(super) struct Missing {
    pub(super) finding: Finding,
    /// A stop only as part of a swap: minor when no added name of the target
    /// stands in its place, for the reason given.
    pub(super) swap_only: Option<&'static str>,
}

impl From<Finding> for Missing {
    fn from(finding: Finding) -> Self {
        Missing {
            finding,
            swap_only: None,
        }
    }
}

/// A name part that is a common word naming a point of the compass
/// (`compass-points.txt`: "Occidental" of "África Occidental", "Zachodniej"
/// of "Afryki Zachodniej") is translated as that point, in whatever word the
/// target language names it ("West Africa", "Westafrika", 西非). It must be
/// a word the language writes in lower case or, beside other words of the
/// name, a common word (where no spelling dictionary tells): a place's own
/// name opening with a point ("Westfalen") is no such part.
fn compass_point_carried(
    t: &names::NameToken,
    phrase: &NamePhrase,
    from: Lang,
    pair: &PairView,
    cx: &Context,
) -> bool {
    let points = compass::points(from, &t.text);
    points != 0
        && (written_lower(&t.text, from, cx)
            || (phrase.tokens.len() > 1
                && lexicon::zipf(from, &t.text).unwrap_or(0.0) >= LITERAL_MIN_SOURCE_ZIPF))
        && compass::named_in(cx.target_lang, pair.target_text(), points)
}
