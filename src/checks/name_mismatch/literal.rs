//! Literal translation of a name part: "Le Drian" → "The Drian", and the word
//! lists and thresholds it is found by.

use super::*;

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
        // Nor a word that says what kind of place the name before it is
        // ("Kariba Dam" / "Kariba-Staudamm"), translated with it.
        if wi > 0 && words::has(slang, "place-classifiers", &w.text.to_lowercase()) {
            continue;
        }
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

/// Whether `word` is made of two or more of `lang`'s compass parts and
/// nothing else ("Midwest", "Southeast"), or of one or more and one of the
/// endings the list gives with a leading hyphen, which name the region's
/// people ("Westerner", "Midwesterners").
pub(super) fn compass_compound(word: &str, lang: Lang) -> bool {
    let list = words::list(lang, "compass-parts");
    let (endings, parts): (Vec<&str>, Vec<&str>) = list.iter().partition(|p| p.starts_with('-'));
    let endings: Vec<&str> = endings.iter().map(|e| &e[1..]).collect();
    fn split(rest: &str, parts: &[&str], endings: &[&str], n: usize) -> bool {
        if rest.is_empty() {
            return n >= 2;
        }
        if n >= 1 && endings.contains(&rest) {
            return true;
        }
        parts.iter().any(|p| {
            rest.strip_prefix(p)
                .is_some_and(|r| split(r.trim_start_matches('-'), parts, endings, n + 1))
        })
    }
    !parts.is_empty() && split(&word.to_lowercase(), &parts, &endings, 0)
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

/// Where to look for a literal translation: source name part `w`, target
/// token `j` (the kept name part beside it), the direction to look in (`dir`
/// 1 after, -1 before) and the particles between them (`gap_words`).
pub(super) struct Literal<'a> {
    pub(super) w: &'a names::NameToken,
    pub(super) j: usize,
    pub(super) dir: i64,
    pub(super) gap_words: usize,
}

/// Whether target token `j` (the kept name part) is followed (`dir` 1) or
/// preceded (`dir` -1) by a translation of `w`: up to `gap_words` + 1 target
/// words, at least one a capitalised common word that the source lacks.
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
    // The whole name, or the part beside its kept word, stands as the
    // source writes it elsewhere in the translation ("the Baltic Sea … the
    // Baltic Sentry mission"): the part beside another mention of its
    // strong word is another name.
    let whole = &pair.source.text[phrase.range.clone()];
    let kept = tgt.toks[j].text;
    let beside = if dir > 0 {
        format!("{kept} {}", w.text)
    } else {
        format!("{} {kept}", w.text)
    };
    let stands = |s: &str| {
        tgt.paras
            .iter()
            .any(|p| tgt.doc.text[p.range()].contains(s))
    };
    if (whole.contains(' ') && stands(whole)) || stands(&beside) {
        return None;
    }
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
