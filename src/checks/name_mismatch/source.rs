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
        let t = &phrase.tokens[ti];
        let tt = &tgt.toks[i];
        // The same word in the target language's spelling ("Omicron" /
        // "Omikron", "Sophia" / "Sofia"): respelt, not misspelt. A doubled
        // letter lost is a misspelling ("Bennett" / "Bennet").
        let respelt = respelt_key;
        if respelt(&t.text) == respelt(tt.text)
            || own_spellings(&t.text, src.lang.lang, tt.text, cx.target_lang)
            || compound_with_name(&t.text, tt.text, cx.target_lang)
            || translated_last_part(&t.text, src.lang.lang, tt.text, cx.target_lang)
            || derived_from_name(&t.text, tt.text, cx.target_lang)
            || derived_from_name(tt.text, &t.text, src.lang.lang)
            // The word came through translated elsewhere in the target
            // ("Saxon" / "sächsische" beside a kept "Silicon Saxony"): the
            // near form is another name.
            || links.translated(&t.text, src.lang.lang)
        {
            return None;
        }
        out.push(
            Finding::new(
                DOC.id,
                "misspelt",
                Severity::Major,
                format!("\"{}\" is misspelt as \"{}\"", t.text, tt.text),
            )
            .confidence(0.8)
            .target(tgt.doc.span(tt.range.clone()))
            .source(src.span(t.range.clone()))
            .evidence(format!(
                "edit distance {}",
                strsim::levenshtein(&names::key(&t.text), tt.key)
            )),
        );
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
                && !respelt_in_kana(t, near_by)
                && !read_in_kanji(t, near_by)
                && !respelt_in_hanzi(t, near_by)
                && !numeral_carried(t, pair.target_text(), cx.target_lang)
                && !code_carried(t, pair.target_text())
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
    // Words of the name that came through translated ("Parliament" /
    // "Parlament") are counterparts as much as words carried as written.
    let partial = !matched.is_empty() || unmatched.len() < unmatched_before;
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
    let descriptive = || {
        unmatched
            .iter()
            .all(|&ti| is_common_word(&phrase.tokens[ti], slang, cx))
            && phrase
                .tokens
                .iter()
                .any(|t| written_lower(&t.text, slang, cx))
    };
    // A region named by its direction alone ("el Sur", "der Norden", "the
    // North") is translated as the direction it is.
    if phrase.tokens.len() == 1 && DIRECTIONS.contains(&fold(&phrase.tokens[0].text).as_str()) {
        return None;
    }
    // Japanese, Chinese and Korean news leaves its own country unnamed
    // where English names it ("Japan's new rocket" / 新たな主力ロケット,
    // "Constitutional Democratic Party of Japan" / 立憲民主党), or writes it
    // "our country" (我国): the target's home country missing is worth a
    // look, no stop.
    let home = match cx.target_lang {
        Lang::Ja => "JP",
        Lang::Zh => "CN",
        Lang::Ko => "KR",
        _ => "",
    };
    let home_country = !home.is_empty()
        && unmatched.iter().all(|&ti| {
            phrase.tokens[ti]
                .place
                .as_ref()
                .is_some_and(|p| p.0 == home)
        });
    // A nationality adjective ("Danish rider", "the Turkish side") is
    // translated, often as a noun or a paraphrase ("der Däne"): worth a look
    // when it goes missing, no stop.
    // A place's own name ("Argentina"), a body's name ("European
    // Commission") or a people ("Australians") is no such adjective: it
    // stands before a common noun.
    let before_common_noun = |t: &names::NameToken| {
        src.text[t.range.end..]
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(char::is_lowercase))
    };
    let nationality_only = strong.len() == 1
        && unmatched.iter().all(|&ti| {
            let t = &phrase.tokens[ti];
            let own_name = &[PlaceKind::Region, PlaceKind::City, PlaceKind::Subdivision];
            before_common_noun(t)
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

/// Acronyms are translated with their words ("EG" / "CE", "BIP" / "PNB",
/// "EFRE" / "FEDER"): a source acronym is accounted for by an acronym of the
/// target that the source does not have, about as long and sharing a letter.
fn acronym_translated(word: &str, source: &str, tgt: &Side) -> bool {
    /// Most letters the two acronyms' lengths differ by ("DM" / "DEM").
    const LENGTH_SLACK: usize = 2;
    if !names::is_acronym(word) {
        return false;
    }
    let n = word.chars().count();
    tgt.toks.iter().any(|t| {
        let a = t.text.strip_suffix('s').unwrap_or(t.text);
        names::is_acronym(a)
            && a != word
            && a.chars().count().abs_diff(n) <= LENGTH_SLACK
            && a.chars().any(|c| word.contains(c))
            && !source.contains(a)
    })
}

/// Each language's own spelling of a place ("Bretaña" in Spanish,
/// "Bretagna" in Italian; "Schaffhausen", French "Schaffhouse"): each form is
/// a word of its own language's lexicon, which uses it more than the other
/// form, if it has that at all. A misspelt name is seldom the form the target
/// language prefers ("Bennet" is rarer than "Bennett" in German text too).
fn own_spellings(word: &str, from: Lang, written: &str, to: Lang) -> bool {
    // The whole word lists, rare words too (wordfreq's, down to Zipf 1).
    let z = |lang: Lang, w: &str| {
        crate::lang::lexicon::Lexicon::for_lang(lang)
            .and_then(|l| l.lookup(w))
            .unwrap_or(0.0)
    };
    const KNOWN: f32 = 2.0;
    const PREFERRED_BY: f32 = 0.3;
    from.script() == to.script()
        && z(from, word) >= KNOWN
        && z(to, written) >= KNOWN
        && z(from, word) >= z(from, written) + PREFERRED_BY
        && z(to, written) >= z(to, word) + PREFERRED_BY
}

/// German, Dutch and Swedish join a name to the noun after it in one word
/// ("Barents Sea" / "Barentssee" or "Barentsee", "Mar del Norte" aside):
/// a target word that opens with the name (its last letter shared with a
/// joining "s") and goes on with a common noun of the language is that
/// compound, not a misspelling.
fn compound_with_name(word: &str, written: &str, to: Lang) -> bool {
    if !to.writes_compounds() {
        return false;
    }
    let (name, w) = (word.to_lowercase(), written.to_lowercase());
    let n = name.chars().count();
    if n < 4 || w.chars().count() < n + 2 {
        return false;
    }
    let cut = |k: usize| w.char_indices().nth(k).map(|(b, _)| &w[b..]);
    [n, n - 1].into_iter().any(|k| {
        w.starts_with(&name[..name.char_indices().nth(k).map_or(name.len(), |(b, _)| b)])
            && cut(k).is_some_and(|rest| {
                rest.chars().count() >= 3
                    && lexicon::zipf(to, rest).unwrap_or(0.0) >= names::COMPOUND_PART_ZIPF
            })
    })
}

/// A name made of a prefix and a common word, each language writing the word
/// its own way ("Eurobarómetro" / "Eurobarometer", "Eurogrupo" /
/// "Eurogruppe"): the same prefix, then a word of each side's lexicon.
fn translated_last_part(word: &str, from: Lang, written: &str, to: Lang) -> bool {
    /// Least Zipf of each side's last part in its own lexicon (a word, not a
    /// misspelt ending).
    const PART_MIN_ZIPF: f32 = 2.5;
    /// Fewest letters of each last part (no ending alone).
    const PART_MIN_CHARS: usize = 5;
    /// Letters the two last parts open with alike: one word's two spellings.
    const PART_SHARED_CHARS: usize = 4;
    let (a, b) = (word.to_lowercase(), written.to_lowercase());
    if a == b {
        return false;
    }
    // The whole word lists, rare words too (as in `own_spellings`).
    let zipf = |lang: Lang, w: &str| {
        crate::lang::lexicon::Lexicon::for_lang(lang)
            .and_then(|l| l.lookup(w))
            .unwrap_or(0.0)
    };
    a.char_indices().skip(2).any(|(i, _)| {
        let (head, tail) = a.split_at(i);
        b.strip_prefix(head).is_some_and(|rest| {
            rest != tail
                && tail.chars().count() >= PART_MIN_CHARS
                && rest.chars().count() >= PART_MIN_CHARS
                && names::key(tail)
                    .chars()
                    .zip(names::key(rest).chars())
                    .take_while(|(x, y)| x == y)
                    .count()
                    >= PART_SHARED_CHARS
                && zipf(from, tail) >= PART_MIN_ZIPF
                && zipf(to, rest) >= PART_MIN_ZIPF
        })
    })
}

/// Czech and Polish name a thing after a place with the place's adjective
/// ("Pravčice" / "Pravčická brána", "Kraków" / "krakowski"), and Czech the
/// land around a town after the town ("Šumperk" / "na Šumpersku"): the
/// name's stem (its last letter or two dropped) and an ending of the
/// language's `derived-endings.txt`, not a misspelling. `derived` is the
/// word of language `lang` that may be so derived from `name`.
fn derived_from_name(name: &str, derived: &str, lang: Lang) -> bool {
    let (name, w) = (names::key(name), names::key(derived));
    crate::lang::words::list(lang, "derived-endings")
        .iter()
        .any(|e| {
            w.strip_suffix(&names::key(e)).is_some_and(|stem| {
                let n = name.chars().count();
                stem.chars().count() >= 4 && stem.chars().count() + 2 >= n && name.starts_with(stem)
            })
        })
}

/// Whether name token `t` is a common word of `lang`: a word with a meaning
/// (Zipf at least [`LITERAL_MIN_SOURCE_ZIPF`]) that the language also writes
/// in lower case (English by SCOWL's case list, other languages by their
/// spelling dictionary, whose lower-case entries are words and whose names
/// are entered capitalised; German, which capitalises its nouns, by an entry
/// of either case), and not a place or an acronym.
pub(super) fn is_common_word(t: &names::NameToken, lang: Lang, cx: &Context) -> bool {
    let w = t.text.as_str();
    // A word English writes only as a name is a name in any language: SCOWL's
    // list holds the world's common surnames and given names ("Koch",
    // "Fischer", "Pierre", "Moreno"), which are words of their languages too.
    // Nor is a country, city or region's name ("Gales", which is also the
    // plural of a unit); a continent or the world is a word ("World Food
    // Programme").
    const PLACES: &[PlaceKind] = &[PlaceKind::Region, PlaceKind::City, PlaceKind::Subdivision];
    if t.place.is_some()
        || names::is_acronym(w)
        || names::english::is_name_in_text(w, lexicon::zipf(lang, w).unwrap_or(0.0))
        || places::lookup(lang, w, PLACES)
            .into_iter()
            .any(|p| !places::is_macro_region(p))
        || lexicon::zipf(lang, w).unwrap_or(0.0) < LITERAL_MIN_SOURCE_ZIPF
    {
        return false;
    }
    if lang == Lang::En {
        return names::english::case_of(w).is_some();
    }
    match cx.config.speller(lang).map(|s| s.written(w)) {
        Some(crate::lang::spelling::Written::Lower) => true,
        Some(crate::lang::spelling::Written::Capitalised) => lang == Lang::De,
        _ => false,
    }
}

/// Whether `word` is a common word of `lang` that is no person's name: in
/// English a word SCOWL has only in lower case ("silver", "manual",
/// "security"); in German a noun of the spelling dictionary (entered with its
/// capital) that English does not know as a name ("Rathaus", "Esstisch"; not
/// "Koch" or "Fischer", which are surnames too). Other languages' dictionaries
/// cannot tell: "Bonne" and "Lenoir" are words and surnames.
pub(super) fn never_a_name(word: &str, lang: Lang, cx: &Context) -> bool {
    match lang {
        Lang::En => written_lower(word, lang, cx),
        Lang::De => {
            !names::english::is_name_in_text(word, lexicon::zipf(lang, word).unwrap_or(0.0))
                && cx.config.speller(lang).map(|s| s.written(word))
                    == Some(crate::lang::spelling::Written::Capitalised)
                && lexicon::zipf(lang, word).unwrap_or(0.0) >= LITERAL_MIN_SOURCE_ZIPF
        }
        _ => false,
    }
}

/// Whether `lang` writes `word` in lower case, as a word and not a name:
/// English by SCOWL's case list, words only in lower case ("sea",
/// "programme", not "frost" or "scott", which are names too); other
/// languages by their spelling dictionary's lower-case entries
/// ("europäischen", "estructurales"; not German nouns, entered capitalised
/// like names), and by being more a word of the language than of English
/// ("red" of "Red Devils" in a French text is English).
pub(super) fn written_lower(word: &str, lang: Lang, cx: &Context) -> bool {
    if lang == Lang::En {
        return names::english::case_of(word) == Some(names::english::Case::Lower);
    }
    cx.config
        .speller(lang)
        .is_some_and(|s| s.is_common_word(word))
        && lexicon::zipf(lang, word).unwrap_or(0.0) >= lexicon::zipf(Lang::En, word).unwrap_or(0.0)
}

/// A Roman numeral of the name ("XVe" of "XVe siècle", "II" of "World War
/// II", "XIV" of "Louis XIV") that the translation writes as a number in any
/// notation ("15th century", "Второй", "XIV.").
pub(super) fn numeral_carried(word: &str, target: &str, lang: Lang) -> bool {
    let Some(v) = crate::numbers::extract::roman_numeral(word) else {
        return false;
    };
    // The target's numbers, kept for the next numeral of the same pair (a
    // long paragraph may hold many names).
    thread_local! {
        static LAST: std::cell::RefCell<Option<(Lang, String, Vec<crate::numbers::Mention>)>> =
            const { std::cell::RefCell::new(None) };
    }
    LAST.with_borrow_mut(|last| {
        if !last
            .as_ref()
            .is_some_and(|(l, t, _)| *l == lang && t == target)
        {
            let mentions = crate::numbers::extract(target, lang);
            *last = Some((lang, target.to_string(), mentions));
        }
        last.as_ref().is_some_and(|(_, _, mentions)| {
            mentions.iter().any(|m| {
                m.readings
                    .iter()
                    .any(|r| r.equals(&crate::numbers::Reading::q(v)))
            })
        })
    })
}

/// A pope's or a monarch's name with its regnal number ("John Paul II",
/// "Karl III."), whose given names every language translates ("Giovanni
/// Paolo II", "Carlos III"): the words before the numeral are accounted for
/// when the target has a name of the same initial sound before the same
/// numeral.
fn regnal_name_translated(phrase: &[&str], unmatched: &[&str], tgt: &Side) -> bool {
    // The name right before the numeral opens with the same sound
    // ("Paolo" / "Paul", "Karl" / "Charles", "Felipe" / "Philip"): another
    // monarch of that number is another name ("Elisabetta II").
    let Some((last, given)) = phrase.split_last() else {
        return false;
    };
    let Some(&name) = given.last() else {
        return false;
    };
    let numeral = last.trim_end_matches('.');
    if !numeral.chars().all(|c| "IVXLC".contains(c))
        || crate::numbers::extract::roman_numeral(numeral).is_none()
        || !unmatched.iter().all(|w| given.contains(w))
    {
        return false;
    }
    tgt.toks.windows(2).any(|w| {
        w[1].text.trim_end_matches('.') == numeral
            && w[0].text.chars().next().is_some_and(char::is_uppercase)
            && same_initial_sound(w[0].text, name)
    })
}

/// Whether two given names open with the same sound, k and c, f and ph one
/// ("Karl" / "Charles", "Felipe" / "Philip", "Luca" / "Luke").
fn same_initial_sound(a: &str, b: &str) -> bool {
    let initial = |w: &str| {
        crate::links::spelling_key(&crate::document::fold_diacritics(&w.to_lowercase()))
            .chars()
            .next()
    };
    initial(a).is_some() && initial(a) == initial(b)
}

/// A saint's name, whose given name every language translates ("Saint
/// Luke", "San Luca", "Sankt Lukas"): the name after a word of the source's
/// `saints.txt` (in the phrase or right before it) is accounted for when the
/// target has a name of the same initial sound after a word of its own.
/// `before` is the source text before the phrase, `words` the phrase's.
fn saint_name_translated(
    before: &str,
    words: &[&str],
    unmatched: &[&str],
    sl: Lang,
    tgt: &Side,
) -> bool {
    let is_saint = |lang: Lang, w: &str| crate::lang::words::contains(lang, "saints", w);
    // The word alone ("St." of "St. Peter's Square" / "Petersplatz") is a
    // word every language translates or drops.
    if let [only] = words {
        if is_saint(sl, only) {
            return true;
        }
    }
    let word_before = before.split_whitespace().next_back().unwrap_or("");
    let given: &[&str] = match words.split_first() {
        Some((first, rest)) if is_saint(sl, first) => rest,
        _ if is_saint(sl, word_before) => words,
        _ => return false,
    };
    let Some(&name) = given.first() else {
        return false;
    };
    !unmatched.is_empty()
        && unmatched.iter().all(|w| given.contains(w))
        && tgt.toks.windows(2).any(|w| {
            is_saint(tgt.lang, w[0].text)
                && w[1].text.chars().next().is_some_and(char::is_uppercase)
                && same_initial_sound(w[1].text, name)
        })
}

/// Whether weak token `t` of `phrase` stands unchanged and capitalised inside a
/// sentence of the target: a name, whatever the source's lexicon says.
pub(super) fn travelled(t: &names::NameToken, phrase: &NamePhrase, tgt: &Side) -> bool {
    let first_of_sentence = phrase.sentence_initial && t.range.start == phrase.range.start;
    if first_of_sentence || t.text.chars().count() < 3 || names::is_acronym(&t.text) {
        return false;
    }
    tgt.toks.iter().any(|u| {
        u.text == t.text && {
            let before = tgt.doc.text[..u.range.start].trim_end();
            !before.is_empty() && !before.ends_with(['.', '!', '?', '"', '“', ':', '\n'])
        }
    })
}

/// "Le Drian" → "The Drian", "Emmanuel Bonne" → "Emmanuel Good",
/// "Sanne de Boer" → "Sanne the Farmer": a part of a person's name that is a
/// word of the source language, next to a name part that came through as is,
/// with a common target word in its place at that spot. Every occurrence of
/// the kept part in the target is looked at, so "Hélène The Black" is found
/// even when "Hélène Lenoir" is spelt right elsewhere in the paragraph.
/// Returns whether it reported one.
pub(super) fn literal_translation(
    pair: &PairView,
    cx: &Context,
    phrase: &NamePhrase,
    tgt: &Side,
    links: &links::Target,
    out: &mut Vec<Finding>,
) -> bool {
    let toks = &phrase.tokens;
    // Places are matched by exonym ("Nueva York" = "New York").
    if toks.iter().any(|t| t.place.is_some()) {
        return false;
    }
    // A person's name is a few words: a longer run of capitals is a product,
    // a title or an institution ("Replaceable Standard Double Edge Blades"),
    // whose words are translated.
    let words = toks
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            // Hyphenated parts are one word ("Jean-Yves").
            t.strength != Strength::Joiner
                && (*i == 0
                    || !pair.source.text[toks[i - 1].range.end..t.range.start].contains('-'))
        })
        .count();
    if words > PERSON_NAME_MAX_WORDS {
        return false;
    }
    let slang = pair.source.lang.lang;
    let is_name_part =
        |t: &names::NameToken| t.strength == Strength::Strong && !names::is_acronym(&t.text);
    for (wi, w) in toks.iter().enumerate() {
        // A Latin-script name in a Cyrillic text is kept as it is.
        let same_script = pair.source.lang.lang.script() == Script::Latin
            || !w.text.chars().any(|c| c.is_ascii_alphabetic());
        if w.strength == Strength::Joiner
            || COMPASS_WORDS.contains(&fold(&w.text).as_str())
            || !same_script
            || names::is_acronym(&w.text)
            || !w.text.chars().next().is_some_and(char::is_uppercase)
        {
            continue;
        }
        // A word the dictionary translates has a meaning to translate, even
        // when a place somewhere bears it too ("Baker", "Paul").
        let in_dictionary = || links.knows(&w.text, slang);
        if (w.exonym.is_some() || !translatable(&w.text, slang)) && !in_dictionary() {
            continue;
        }
        // Nor is a word that can be no part of a person's name: one the
        // source language writes only as a common word (see `never_a_name`),
        // a country's name (translated, it is an exonym), or a number word
        // ("První" = "First").
        if never_a_name(&w.text, slang, cx)
            || !places::lookup(slang, &w.text, &[PlaceKind::Region]).is_empty()
            || !crate::numbers::extract(&w.text, slang).is_empty()
        {
            continue;
        }
        // "Der Ninth Ward" opening a sentence: the article is the sentence's.
        if wi == 0 && phrase.sentence_initial {
            continue;
        }
        // A place's name standing in the target as its exonym ("Bayern
        // Munich" / "Bayern München"), which a dictionary also gives.
        if w.exonym.is_some_and(|p| names_place(p, tgt)) {
            continue;
        }
        // A word that came through as written or respelt in the target's
        // script ("Илья" / "Ilya") was not translated, whatever stands
        // beside it.
        if slang.script() != cx.target_lang.script()
            && match_in(w, slang, tgt).is_some_and(|(h, _)| h != How::Near)
        {
            continue;
        }
        // A person's name ends on the surname: a common word after the word
        // makes the phrase a body's or a work's name, whose words are
        // translated ("Leibniz Supercomputing Centre").
        let next = toks[wi + 1..]
            .iter()
            .find(|t| t.strength != Strength::Joiner);
        if next.is_some_and(|t| {
            is_common_word(t, slang, cx)
                || lexicon::zipf(slang, &t.text).unwrap_or(0.0) >= names::INITIAL_MAX_ZIPF
        }) {
            continue;
        }
        // The neighbouring name part, over a joiner ("Sanne de Boer").
        let left = (1..=2)
            .filter_map(|d| wi.checked_sub(d))
            .find(|&j| toks[j].strength != Strength::Joiner);
        let right =
            (wi + 1..toks.len().min(wi + 3)).find(|&j| toks[j].strength != Strength::Joiner);
        // A surname follows the given name it is anchored by ("Claire
        // Fontaine"); a particle belongs to the name it precedes ("Le" of
        // "Le Drian"). A word before a kept name is a title, a rank or a
        // descriptor, which translators translate ("Commissioner Wulf",
        // "Storm Arwen", "European Union").
        let particle = names::PARTICLES.contains(&fold(&w.text).as_str());
        let right = right.filter(|_| particle);
        for (anchor, dir) in [(right, -1i64), (left, 1i64)] {
            let Some(ai) = anchor else { continue };
            let a = &toks[ai];
            // Name parts stand apart; a hyphen joins a compound ("Indo-Pacific").
            let (lo, hi) = (ai.min(wi), ai.max(wi));
            if pair.source.text[toks[lo].range.end..toks[hi].range.start].contains('-') {
                continue;
            }
            // The kept part is a name, not a common word of the source that
            // opens a phrase ("Grand Chelem").
            if !is_name_part(a)
                || is_common_word(a, slang, cx)
                || names::key(&a.text) == names::key(&w.text)
                || lexicon::zipf(cx.target_lang, &a.text).unwrap_or(0.0) >= LITERAL_ANCHOR_MAX_ZIPF
            {
                continue;
            }
            let gap_words = ai.abs_diff(wi) - 1;
            let (lo, hi) = (ai.min(wi), ai.max(wi));
            if toks[lo + 1..hi]
                .iter()
                .any(|t| !ARTICLE_PARTICLES.contains(&fold(&t.text).as_str()))
            {
                continue;
            }
            let akey = names::key(&a.text);
            for j in (0..tgt.toks.len()).filter(|&j| tgt.toks[j].key == akey) {
                let at = Literal {
                    w,
                    j,
                    dir,
                    gap_words,
                };
                if let Some(f) = literal_at(pair, cx, phrase, &at, tgt, links) {
                    let dup = out.iter().any(|o| o.target == f.target && o.kind == f.kind);
                    if !dup {
                        out.push(f);
                    }
                    return true;
                }
            }
        }
    }
    false
}

/// The source word of a name part has a meaning to translate: a word of the
/// source language ("Bonne", "Schwarz", "Boer", "Le"), or two run together
/// ("Lenoir" = "le noir").
pub(super) fn translatable(word: &str, lang: Lang) -> bool {
    let z = |w: &str| lexicon::zipf(lang, w).unwrap_or(0.0);
    if z(word) >= LITERAL_MIN_SOURCE_ZIPF || names::PARTICLES.contains(&fold(word).as_str()) {
        return true;
    }
    let k = lexicon::key(word);
    k.char_indices().skip(2).any(|(i, _)| {
        let (h, t) = k.split_at(i);
        h.chars().count() >= 2
            && t.chars().count() >= 3
            && z(h) >= LITERAL_MIN_SOURCE_ZIPF
            && z(t) >= LITERAL_MIN_SOURCE_ZIPF
    })
}

/// A source name part this common in its language has a meaning a machine
/// may translate ("Fiore" it 4.1, "Cordeiro" pt 3.1, "Boer" nl 3.6).
pub const LITERAL_MIN_SOURCE_ZIPF: f32 = 3.0;

/// The points of the compass, which name regions ("el Sur", "der Norden",
/// "le Midi") translated as directions.
pub(super) const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "nord",
    "sud",
    "est",
    "ouest",
    "midi",
    "norden",
    "suden",
    "osten",
    "westen",
    "norte",
    "sur",
    "este",
    "oeste",
    "ovest",
    "mezzogiorno",
    "meridione",
    "noorden",
    "zuiden",
    "oosten",
    "sever",
    "jih",
    "vychod",
    "zapad",
    "polnoc",
    "poludnie",
    "wschod",
    "zachod",
    "север",
    "юг",
    "восток",
    "запад",
    "північ",
    "південь",
    "схід",
    "захід",
];

/// Whether `word` is made of two or more of `lang`'s compass parts and
/// nothing else ("Midwest", "Southeast").
fn compass_compound(word: &str, lang: Lang) -> bool {
    let parts = words::list(lang, "compass-parts");
    fn split(rest: &str, parts: &[&str], n: usize) -> bool {
        if rest.is_empty() {
            return n >= 2;
        }
        parts.iter().any(|p| {
            rest.strip_prefix(p)
                .is_some_and(|r| split(r.trim_start_matches('-'), parts, n + 1))
        })
    }
    !parts.is_empty() && split(&word.to_lowercase(), parts, 0)
}

/// Directions and the like, which exonyms of regions translate ("Zuid-Holland"
/// = "South Holland", "Nordrhein-Westfalen" = "North Rhine-Westphalia",
/// "Nueva Zelanda" = "New Zealand").
pub(super) const COMPASS_WORDS: &[&str] = &[
    "nord",
    "noord",
    "norte",
    "nordrhein",
    "süd",
    "sud",
    "zuid",
    "sur",
    "ost",
    "oost",
    "est",
    "este",
    "west",
    "ouest",
    "oeste",
    "midden",
    "mittel",
    "nueva",
    "nuevo",
    "nouvelle",
    "nouveau",
    "nuova",
    "nova",
    "neu",
    "nieuw",
    "groß",
    "gross",
    "grande",
    "groot",
    "haute",
    "bas",
    "basse",
    "alta",
    "baja",
    "ober",
    "nieder",
    "północ",
    "południe",
    "severní",
    "jižní",
];

/// A target word this common is a function word ("the" 7.7, "of" 7.4).
pub const LITERAL_FUNCTION_WORD_ZIPF: f32 = 5.0;

/// Source particles that are articles and so get translated with the name
/// part after them ("de Boer" → "the Farmer", "Le Drian" → "The Drian").
pub(super) const ARTICLE_PARTICLES: &[&str] = &[
    "de", "del", "della", "der", "den", "des", "du", "la", "le", "van", "von", "das", "dos", "di",
];

/// The most words (particles aside) a person's name is taken to have.
pub(super) const PERSON_NAME_MAX_WORDS: usize = 3;

/// A kept name part this common in the target language is a function word
/// or an article ("The" of "The Hockey News", 7.7), not a person's name (a
/// first name is common too: "Peter" is 5.1 in German, "Paul" 4.9 in English).
pub const LITERAL_ANCHOR_MAX_ZIPF: f32 = 6.0;

/// Whether target token `j` (the kept name part) is followed (`dir` 1) or
/// preceded (`dir` -1) by a translation of `w`: up to `gap_words` + 1 target
/// words, at least one a capitalised common word that the source lacks.
#[allow(clippy::too_many_arguments)]
/// Where to look for a literal translation: source name part `w`, target
/// token `j` (the kept name part beside it), the direction to look in (`dir`
/// 1 after, -1 before) and the particles between them (`gap_words`).
pub(super) struct Literal<'a> {
    pub(super) w: &'a names::NameToken,
    pub(super) j: usize,
    pub(super) dir: i64,
    pub(super) gap_words: usize,
}

pub(super) fn literal_at(
    pair: &PairView,
    cx: &Context,
    phrase: &NamePhrase,
    at_: &Literal,
    tgt: &Side,
    links: &links::Target,
) -> Option<Finding> {
    let Literal {
        w,
        j,
        dir,
        gap_words,
    } = *at_;
    let at = |k: i64| -> Option<&Tok> { usize::try_from(k).ok().and_then(|k| tgt.toks.get(k)) };
    let mut first = j;
    let mut last = j;
    let mut hit: Option<&Tok> = None;
    for step in 1..=(gap_words as i64 + 1) {
        let k = j as i64 + dir * step;
        let u = at(k)?;
        let prev = at(k - dir)?;
        let between = if dir > 0 {
            &tgt.doc.text[prev.range.end..u.range.start]
        } else {
            &tgt.doc.text[u.range.end..prev.range.start]
        };
        if !between.chars().all(|c| c == ' ' || c == '-') || u.key == names::key(&w.text) {
            return None;
        }
        let capital = u.text.chars().next().is_some_and(char::is_uppercase);
        let z = lexicon::zipf(cx.target_lang, u.text).unwrap_or(0.0);
        // The source's particle ("de" of "de Boer") comes out as a function
        // word ("the"), lower-case, before the translated part.
        if step <= gap_words as i64 {
            if capital || z < LITERAL_FUNCTION_WORD_ZIPF {
                return None;
            }
            if dir > 0 {
                last = k as usize;
            } else {
                first = k as usize;
            }
            continue;
        }
        let title = names::TITLES.contains(&fold(u.text).as_str())
            || names::is_calendar_word(u.text, cx.target_lang);
        // A dictionary that gives the word as the name part's translation
        // settles it, even for a cognate ("Fontaine" / "Fountain") that would
        // otherwise pass for a variant spelling; without one, a common word
        // unlike the name part.
        // The name itself with the target language's endings ("Patersonová",
        // the Czech feminine of "Paterson") is no translation, even where a
        // dictionary lists the name as its own translation.
        let variant = translit::similarity(&w.text, u.text) >= 0.8;
        let inflected =
            translit::same_up_to_endings(&w.text, pair.source.lang.lang, u.text, cx.target_lang);
        let by_dictionary = links.translates(&w.text, pair.source.lang.lang, u.text) == Some(true);
        if capital
            && !inflected
            && (by_dictionary || (z >= LITERAL_MIN_TARGET_ZIPF && !variant))
            && !title
            && !names::is_acronym(u.text)
            && !pair.source.text.contains(u.text)
        {
            hit = Some(u);
        } else if capital {
            return None;
        }
        if dir > 0 {
            last = k as usize;
        } else {
            first = k as usize;
        }
        if hit.is_some() {
            break;
        }
    }
    let u = hit?;
    // "The Black" for "Lenoir": take the following capitalised words too.
    if dir > 0 {
        while last + 1 < tgt.toks.len()
            && tgt.toks[last + 1]
                .text
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && tgt.doc.text[tgt.toks[last].range.end..tgt.toks[last + 1].range.start] == *" "
            && !pair.source.text.contains(tgt.toks[last + 1].text)
        {
            last += 1;
        }
    }
    let range = tgt.toks[first].range.start..tgt.toks[last].range.end;
    let shown = &tgt.doc.text[range.clone()];
    Some(
        Finding::new(
            DOC.id,
            "literal-translation",
            Severity::Critical,
            format!(
                "\"{}\" in the name \"{}\" was translated word for word: \"{}\"",
                w.text,
                &pair.source.text[phrase.range.clone()],
                shown
            ),
        )
        .confidence(0.8)
        .target(tgt.doc.span(range))
        .source(pair.source.span(phrase.range.clone()))
        .evidence(format!(
            "\"{}\" is a common {} word standing where the source has \"{}\"",
            u.text,
            cx.target_lang.name(),
            w.text
        )),
    )
}

/// The word standing in for a name part must be at least this common in the
/// target language to count as a translation of it ("The", "Good", "Black").
pub const LITERAL_MIN_TARGET_ZIPF: f32 = 3.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_joined_to_a_noun_is_a_compound_not_a_misspelling() {
        assert!(compound_with_name("Davis", "Davisstraße", Lang::De));
        // The joining "s" shared with the name's last letter.
        assert!(compound_with_name("Davis", "Davisee", Lang::De));
        assert!(!compound_with_name("Bennett", "Bennet", Lang::De));
        // Only languages that write such compounds.
        assert!(!compound_with_name("Davis", "Davisstraße", Lang::Fr));
    }

    #[test]
    fn a_prefixed_word_in_each_languages_spelling_is_no_misspelling() {
        for (a, la, b, lb, want) in [
            ("Eurobarómetro", Lang::Es, "Eurobarometer", Lang::En, true),
            ("Eurogruppe", Lang::De, "Eurogrupo", Lang::Es, true),
            // A name's letters changed is still a misspelling.
            ("Eurostat", Lang::En, "Eurostar", Lang::De, false),
            ("Eurogruppe", Lang::De, "Eurogrupe", Lang::Es, false),
            ("Bennett", Lang::En, "Bennet", Lang::De, false),
        ] {
            assert_eq!(translated_last_part(a, la, b, lb), want, "{a} / {b}");
        }
    }

    #[test]
    fn a_places_adjective_is_no_misspelling() {
        assert!(derived_from_name("Pardubice", "Pardubická", Lang::Cs));
        assert!(derived_from_name("Kraków", "krakowski", Lang::Pl));
        assert!(derived_from_name("Kroměříž", "Kroměřížsku", Lang::Cs));
        assert!(!derived_from_name("Novák", "Nováková", Lang::Cs));
        assert!(!derived_from_name("Pardubice", "Pardubická", Lang::De));
    }

    #[test]
    fn each_language_may_spell_a_place_its_own_way() {
        assert!(own_spellings("Bretaña", Lang::Es, "Bretagna", Lang::It));
        assert!(own_spellings(
            "Schaffhausen",
            Lang::De,
            "Schaffhouse",
            Lang::Fr
        ));
        // Both spellings are names in both languages: a misspelling.
        assert!(!own_spellings("Bennett", Lang::En, "Bennet", Lang::De));
    }
}
