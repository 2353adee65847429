//! Name phrases of a paragraph: capitalised runs with their particles and titles, read
//! by the rules of the language.

use super::*;

/// Whether `token_start` begins its sentence, or follows an opening quote,
/// bracket or colon (where a capital says nothing).
pub(super) fn starts_sentence(doc: &Document, para: &Paragraph, token_start: usize) -> bool {
    // Sentences are in order and apart: a binary search finds the token's.
    let k = para
        .sentences
        .partition_point(|s| s.end.max(s.start + 1) <= token_start);
    let sent = para.sentences.get(k).filter(|s| s.start <= token_start);
    let start = sent.map_or(para.start, |s| s.start);
    let before = doc.text[start..token_start].trim_end();
    // Read back only to the nearest letter or digit, not to the sentence's
    // start: a long sentence must not cost its length for every word.
    (before.ends_with(['"', '“', '„', '«', '(', ':', '—', '–', '\''])
        && !short_guillemet_name(&doc.text, before, token_start))
        || before.chars().rev().all(|c| !c.is_alphanumeric())
        // A reply that opens on the handles it answers ("@Mara Stimmt, …"):
        // the sentence starts after them.
        || (before.len() <= HANDLES_MAX_BYTES
            && before.starts_with('@')
            && before.split_whitespace().all(|w| w.starts_with('@')))
}

/// Whether the word at `token_start`, right after an opening guillemet, is
/// the whole of a quotation of at most `GUILLEMET_NAME_MAX_WORDS` words
/// ("з «Гейтсгеда»", "la société « Aquarel »"): Russian and Ukrainian set the
/// names of clubs, firms and papers so, and its capital is the name's, not a
/// sentence's. `before` is the text before it.
fn short_guillemet_name(text: &str, before: &str, token_start: usize) -> bool {
    if !before.ends_with('«') {
        return false;
    }
    let rest = &text[token_start..];
    let Some(close) = rest.find(['»', '«', '\n']) else {
        return false;
    };
    rest[close..].starts_with('»')
        && !rest[..close].contains(['.', '!', '?', ','])
        && rest[..close].split_whitespace().count() <= GUILLEMET_NAME_MAX_WORDS
}

/// Most words of a quotation in guillemets read as a name (see
/// `short_guillemet_name`).
const GUILLEMET_NAME_MAX_WORDS: usize = 3;

/// Whether `word`, capitalised in a German text where `after` follows it, is
/// an English loanword opening a compound noun (not an acronym: "EU-Staaten"): English writes it in lower
/// case (or, missing from SCOWL's case list, it is a common English word and
/// no proper noun), and a hyphen joins it to a common German noun.
pub(super) fn loanword_opening_compound(word: &str, after: &str, lang: Lang) -> bool {
    if is_acronym(word) {
        return false;
    }
    let english_word = match english::case_of(word) {
        Some(english::Case::Lower) => true,
        None => {
            !english::is_proper_noun(word)
                && lexicon::zipf(Lang::En, &word.to_lowercase()).unwrap_or(0.0)
                    >= COMPOUND_HEAD_MIN_ZIPF
        }
        _ => false,
    };
    let Some(rest) = after.strip_prefix('-') else {
        return false;
    };
    let next = rest
        .split(|c: char| !(c.is_alphanumeric()))
        .next()
        .unwrap_or("");
    english_word && is_upper_start(next) && lexicon::zipf_any_form(lang, next) >= COMPOUND_PART_ZIPF
}

/// Longest run of handles read before a sentence's first word.
const HANDLES_MAX_BYTES: usize = 80;

/// Extract the name phrases of paragraph `para` of `doc`, judging common
/// words against `other`, the language on the other side.
/// Words a language uses this often are words, not names, in a line written
/// in title case ("Documents", "Storage", "Size").
pub const TITLE_CASE_WORD_MIN_ZIPF: f32 = 3.5;

/// A line is in title case when it has at least this many words of four
/// letters or more, at most one in four of them starts in lower case, and
/// half the capitalised ones (at least two, after the first) are common
/// words of the language: a list of names is no title.
pub(super) const TITLE_CASE_MIN_WORDS: usize = 3;

/// The byte ranges of the lines of `para` written in title case, where a
/// capital is the style of the line rather than the mark of a name.
pub(super) fn title_case_lines(doc: &Document, para: &Paragraph) -> Vec<Range<usize>> {
    let lang = doc.lang.lang;
    let mut out = Vec::new();
    let text = &doc.text[para.range()];
    let mut start = para.start;
    for line in text.split('\n') {
        let long_words = || {
            line.split(|c: char| !c.is_alphabetic())
                .filter(|w| w.chars().count() >= 4)
        };
        let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
        let long = long_words().count();
        let capitalised = long_words().filter(capital).count();
        // The look-ups only for a line that is capitalised throughout.
        if long >= TITLE_CASE_MIN_WORDS && (long - capitalised) * 4 <= long {
            let common = long_words()
                .enumerate()
                .filter(|(k, w)| {
                    *k > 0
                        && capital(w)
                        && lexicon::zipf_any_form(lang, w) >= TITLE_CASE_WORD_MIN_ZIPF
                })
                .count();
            if common >= 2 && common * 2 >= capitalised {
                out.push(start..start + line.len());
            }
        }
        start += line.len() + 1;
    }
    out
}

/// `speller` is the spelling dictionary of the text's language,
/// `other_speller` that of the language it is compared with.
pub fn extract(
    doc: &Document,
    para: &Paragraph,
    other: Lang,
    speller: Option<&Speller>,
    other_speller: Option<&Speller>,
) -> Vec<NamePhrase> {
    let lang = doc.lang.lang;
    let mut phrases = Vec::new();
    let case = has_case(lang);
    let mut current: Option<NamePhrase> = None;
    let mut pending_title: Option<Range<usize>> = None;
    // Whether the current phrase opened on a common noun after a determiner.
    let mut determined_run = false;
    let mut prev_end = para.start;
    let toks = &para.tokens;
    let title_lines = if case {
        title_case_lines(doc, para)
    } else {
        Vec::new()
    };
    for (i, tok) in toks.iter().enumerate() {
        let raw = &doc.text[tok.range()];
        let word = bare(raw);
        let gap = &doc.text[prev_end..tok.start];
        // A handle ("@Mara") is a name of its own: the word after it opens
        // the reply.
        let after_handle = i > 0 && doc.text[..toks[i - 1].start].ends_with('@');
        // An ampersand joins the names of a firm ("Marks & Spencer") into one.
        let adjacent = (gap
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '-' | '‐' | '\'' | '’'))
            || gap.trim() == "&")
            && !gap.contains("\n\n")
            && !after_handle;
        prev_end = tok.end;
        let latin_here = is_latin_word(word);
        if !case && !latin_here {
            if let Some(p) = current.take() {
                phrases.push(p);
            }
            continue;
        }
        // "No 12", "Nr. 5": a word that designates the number after it.
        let designates = toks
            .get(i + 1)
            .is_some_and(|t| doc.text[t.range()].starts_with(|c: char| c.is_ascii_digit()))
            && crate::numbers::conventions::is_designation(lang, &word.to_lowercase());
        // A currency's code ("EUR", "USD") or a unit's symbol ("Mbps",
        // "GHz") is a unit, which the number check holds against the
        // amount's, not a name.
        // So is a currency's word after the amount ("96 Millionen Franken",
        // where Franken is no region).
        let after_amount = || {
            i.checked_sub(1).is_some_and(|j| {
                let prev = &doc.text[toks[j].range()];
                prev.starts_with(|c: char| c.is_ascii_digit())
                    || crate::numbers::words::lookup(lang, &prev.to_lowercase()).is_some()
            })
        };
        let currency = crate::numbers::extract::is_currency_code(word)
            || crate::numbers::extract::is_unit_symbol(word)
            || (crate::numbers::extract::is_currency_word(word) && after_amount());
        // A hashtag ("#PersonalBest", "#ЛичныйРекорд") is a slogan of the
        // post, which translators translate, not a name.
        let hashtag = doc.text[..tok.start].ends_with('#');
        let upper = is_upper_start(word)
            && !word.chars().all(|c| c.is_numeric())
            && !designates
            && !currency
            && !hashtag;
        let initial = starts_sentence(doc, para, tok.start);
        let lower = fold(word);
        // Or, after a particle of descent or place, a second particle and
        // then a capitalised part ("Talavera de la Reina", "Rembrandt van
        // der Velde"); not after "y", "e", "i", which join two names as
        // "and" does ("el Parlamento y la Comisión"); nor in German, which
        // capitalises every noun ("von der Kommission", by the Commission).
        let upper_at = |k: usize| {
            toks.get(k)
                .is_some_and(|t| is_upper_start(bare(&doc.text[t.range()])))
        };
        let next_upper = upper_at(i + 1)
            || (lang != Lang::De
                && matches!(lower.as_str(), "de" | "van" | "von" | "da" | "di" | "du")
                && toks
                    .get(i + 1)
                    .is_some_and(|t| PARTICLES.contains(&fold(&doc.text[t.range()]).as_str()))
                && upper_at(i + 2));
        // A lower-case particle between two capitalised parts joins them; a
        // German article ("Richtung des Imbisses") does only after "von".
        let article = lang == Lang::De
            && opens_noun(lang, &lower)
            && !i.checked_sub(1).is_some_and(|j| {
                matches!(fold(&doc.text[toks[j].range()]).as_str(), "von" | "van")
            });
        if !upper {
            if current.is_some()
                && adjacent
                && PARTICLES.contains(&lower.as_str())
                && next_upper
                && !article
            {
                if let Some(p) = current.as_mut() {
                    p.tokens.push(NameToken {
                        range: tok.range(),
                        text: word.to_string(),
                        strength: Strength::Joiner,
                        place: None,
                        exonym: None,
                    });
                }
                continue;
            }
            if let Some(p) = current.take() {
                phrases.push(p);
            }
            pending_title = None;
            continue;
        }
        if dollar_prefix(word, &doc.text[tok.end..]) {
            if let Some(p) = current.take() {
                phrases.push(p);
            }
            pending_title = None;
            continue;
        }
        let word_lang = if case { lang } else { Lang::En };
        // German, Dutch and Swedish leave a compound's shared last part to
        // the next one ("Stabilitäts- und Wachstumspakt"): the word before
        // the hyphen is a part of a common noun, no name.
        let elided_part = lang.writes_compounds()
            && doc.text[tok.range().end..]
                .strip_prefix('-')
                .is_some_and(|rest| rest.starts_with(char::is_whitespace));
        let mut s = if word.chars().count() == 1 || elided_part {
            Strength::Weak // an initial or a capitalised preposition ("W", "В")
        } else if is_acronym(word) {
            acronym_strength(word, lang)
        } else {
            strength(word, word_lang, other)
        };
        // A word the frequency list does not know is taken for a name; when the
        // language's spelling dictionary builds it from its entries (an
        // inflected or compound form: "Zuckerdosen", "Bohrständer") it is a
        // word of the language. Only a capital-only entry outside German (which
        // capitalises every noun) still reads as a name.
        if s == Strong
            && case
            && lang != Lang::En
            && !is_acronym(word)
            && lexicon::has(lang)
            && lexicon::zipf_any_form(lang, word) == 0.0
            && speller.is_some_and(|sp| match sp.written(word) {
                Written::Lower => true,
                Written::Capitalised => lang == Lang::De,
                Written::Unknown => wordclass::noun_of_spelt_verb(word, lang, sp),
            })
        {
            s = Strength::Weak;
        }
        // German capitalises every noun, and shares many with English
        // ("Instrument", "Budget", "Hotel"): a word English writes only in
        // lower case that the German dictionary has as a noun is that noun,
        // not a name, however often English uses it. An English word standing
        // in German text as a band's or a team's name is no German noun
        // ("Stones", "Warriors") and stays a name. So is a noun the other
        // language's dictionary has in lower case ("Chance" beside French
        // "chance"): its frequency there is a common word's, no evidence of
        // a name travelling.
        if s == Strong
            && case
            && lang == Lang::De
            && (english::case_of(word) == Some(english::Case::Lower)
                || other != Lang::En
                    && other_speller.is_some_and(|sp| sp.written(word) == Written::Lower))
            && speller.is_some_and(|sp| sp.written(word) == Written::Capitalised)
        {
            s = Strength::Weak;
        }
        // The same word opening a German compound before a hyphen and a
        // common German noun ("Veggie-Tag", "Fitness-Studio", "Online-Handel"):
        // a loanword the compound capitalises, which a translator translates.
        // A name keeps its capital in English ("Siemens-Chef").
        if s == Strong
            && case
            && lang == Lang::De
            && loanword_opening_compound(word, &doc.text[tok.end..], lang)
        {
            s = Strength::Weak;
        }
        // German capitalises every noun: a known word after an article or a
        // determiner ("des Imbisses", "die Zeremonie", "Als Kind") is a noun.
        if lang == Lang::De && s == Strong && i > 0 {
            let prev = fold(bare(&doc.text[toks[i - 1].range()]));
            let prev_initial_function_word =
                i == 1 || starts_sentence(doc, para, toks[i - 1].start);
            let z = lexicon::zipf_any_form(lang, word);
            // After a sentence-opening function word ("Als Kind") any common
            // word; after an article a word standing alone ("die Reform"), or
            // one more German than English when more capitals follow ("die
            // Red Devils" keeps its English name).
            let after_opening = prev_initial_function_word
                && lexicon::zipf(lang, &prev).unwrap_or(0.0) >= INITIAL_MAX_ZIPF;
            let next_capital = toks.get(i + 1).is_some_and(|t| {
                doc.text[tok.end..t.start] == *" " && is_upper_start(bare(&doc.text[t.range()]))
            });
            let after_article =
                opens_noun(lang, &prev) && (!next_capital || shared_zipf(word, lang, other) < z);
            if !is_acronym(word) && (after_opening || after_article) && z >= COMPOUND_PART_ZIPF {
                s = Strength::Weak;
            }
        }
        // Czech, Polish and Russian capitalise only the first word of an
        // institution or a feature ("Северного флота", "Центристской партии",
        // "Pensylvánské divočině"): an adjective standing alone before a
        // lower-case word is that first word, not a name.
        if s == Strong
            && !(current.is_some() && adjacent)
            && slavic_adjective(word, lang)
            && toks.get(i + 1).is_some_and(|t| {
                doc.text[tok.end..t.start] == *" "
                    && doc.text[t.range()]
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase)
            })
        {
            s = Strength::Weak;
        }
        // A form of address of the language is translated, not a name
        // ("Señorías", "Sra."); nor is a currency's code or letter sign before
        // an amount ("USD 5 million", "Rs 300 crore", "R850 million").
        if words::is_title(lang, word)
            || (s == Strong
                && (currency_before_amount(word, &doc.text[tok.end..])
                    || genus_of_species(word, &doc.text[tok.end..], lang)))
        {
            s = Strength::Weak;
        }
        // An English word that qualifies the office after it ("Prime
        // Minister", "Deputy Prime Minister", "Vice President"): part of the
        // title, which translators translate, no name. English writes the
        // word in lower case elsewhere (also as a name: "Prime").
        if s == Strong
            && lang == Lang::En
            && english::case_of(word).is_some()
            && toks.get(i + 1).is_some_and(|t| {
                doc.text[tok.end..t.start] == *" "
                    && TITLES.contains(&fold(bare(&doc.text[t.range()])).as_str())
            })
        {
            s = Strength::Weak;
        }
        // A number word of the language is a number, capitalised or not
        // ("613 Mio. EUR", "1 Million Studierende", "gli anni Novanta").
        if s == Strong
            && !is_acronym(word)
            && crate::numbers::words::lookup(lang, &word.to_lowercase()).is_some()
        {
            s = Strength::Weak;
        }
        // In a line written in title case ("Storage Size And Data Documents",
        // a headline, a product name) the capital says nothing: a word the
        // language uses often, or one its spelling dictionary writes in lower
        // case ("Glassblower", "Ropemaker"), is a word, not a name, unless a
        // place table names it.
        if s == Strong
            && lang != Lang::De
            && !is_acronym(word)
            && title_lines.iter().any(|r| r.contains(&tok.start))
            && (lexicon::zipf_any_form(lang, word) >= TITLE_CASE_WORD_MIN_ZIPF
                || speller.is_some_and(|sp| sp.is_common_word(word)))
            && places::lookup(lang, word, places::ANY).is_empty()
        {
            s = Strength::Weak;
        }
        // The Romance languages put no article or possessive before a
        // person's surname: after one, a capitalised word the language knows
        // is a common noun or an institution ("los Fondos Estructurales", "la
        // Commissione per i Bilanci"), unless a place table names it ("la
        // Rioja").
        // The capitalised words that go on from such a noun are the rest of
        // the institution's name ("los Fondos Estructurales").
        // An elided article is written onto its word ("l'Office",
        // "dell'Agenzia").
        let elided_determiner = raw
            .split_once(['\'', '’'])
            .is_some_and(|(a, _)| !a.is_empty() && words::is_determiner(lang, a));
        let after_determiner = elided_determiner
            || (i > 0
                && doc.text[toks[i - 1].end..tok.start] == *" "
                && words::is_determiner(lang, bare(&doc.text[toks[i - 1].range()])));
        // Not over a particle: "el Gobierno de Naftali Bennett" names a person.
        let continues_institution = determined_run
            && adjacent
            && current
                .as_ref()
                .and_then(|p| p.tokens.last())
                .is_some_and(|t| t.strength != Strength::Joiner);
        if ROMANCE.contains(&lang)
            && !is_acronym(word)
            && (after_determiner || continues_institution)
            && lexicon::zipf_any_form(lang, word) >= DETERMINED_NOUN_MIN_ZIPF
            && places::lookup(lang, word, places::ANY).is_empty()
            // A place's people ("la Norvégienne", "l'Autrichienne") are
            // named by their place.
            && places::demonym_of(lang, word, places::ANY).is_empty()
        {
            s = Strength::Weak;
            determined_run = true;
        } else if !continues_institution {
            determined_run = false;
        }
        if (TITLES.contains(&lower.trim_end_matches('.')) || words::is_title(lang, word))
            && next_upper
        {
            if let Some(p) = current.take() {
                phrases.push(p);
            }
            pending_title = Some(tok.range());
            continue;
        }
        if initial && case && s == Strong && !(current.is_some() && adjacent) && !is_acronym(word) {
            // A capital at the start of a sentence says nothing: the word is a
            // name when it is capitalised elsewhere, starts a longer name, or is
            // known in the other language (names travel) without being common here.
            let z = lexicon::zipf(lang, word).unwrap_or(0.0);
            let capitalised_elsewhere = capitalised_mid_sentence(doc, word);
            let particle = PARTICLES.contains(&lower.as_str());
            let next_name = toks.get(i + 1).is_some_and(|t| {
                let n = bare(&doc.text[t.range()]);
                is_upper_start(n)
                    && n.chars().count() > 1
                    && !is_acronym(n)
                    && strength(n, word_lang, other) == Strong
                    && doc.text[tok.end..t.start]
                        .chars()
                        .all(|c| c == ' ' || c == '-')
            });
            let travels = shared_zipf(word, lang, other) >= INITIAL_MIN_SHARED_ZIPF;
            let place =
                !places::lookup(lang, word, &[PlaceKind::Region, PlaceKind::City]).is_empty();
            // A famous name is common in its own language too ("Путин" 5.1)
            // but about as common in the other one.
            // Only across scripts: between two Latin-script languages the
            // words most alike in frequency are the short function words.
            let famous = lang.script() != other.script()
                && shared_zipf(word, lang, other) >= z - INITIAL_FAMOUS_MARGIN;
            // A Latin-script word is looked up as it is in a lexicon of
            // another script, where it stands only in quoted foreign text
            // (English "nights" in Ukrainian web text): there it travels
            // only if about as common as at home.
            let travels = travels
                && (lang.script() != Script::Latin || other.script() == Script::Latin || famous);
            // A word no form of which the lexicon knows, opening the sentence
            // and set off by a comma, is a subject with an apposition
            // ("Macura, který je…", "Netanjahu, dotychczasowy premier…"):
            // a name. Without the comma, unknown openers were mostly rare
            // verb forms ("Natankovat", "Badająca", "Ricercando").
            let unknown_apposition = lang.script() == Script::Latin
                && word.chars().count() >= APPOSITION_MIN_CHARS
                && lexicon::has(lang)
                && lexicon::zipf_any_form(lang, word) == 0.0
                && doc.text[tok.end..].starts_with(',');
            // English writes some words only as names ("Toyama", "Boeing").
            let english_name = lang == Lang::En && english::is_proper_noun(word);
            // Other languages' spelling dictionaries tell the same where they
            // write a word in lower case: opening a sentence, it is that word
            // ("Včera", "Загалом"). (Their capital-only entries are
            // no help: taken for names they made more false alarms than they
            // removed.) English keeps its own list.
            // Asked last: reading a dictionary costs tens of milliseconds.
            let spelt_common =
                || lang != Lang::En && speller.is_some_and(|s| s.is_common_word(word));
            // An English word written only in lower case, joined by a hyphen
            // to a word in lower case ("Cyber-attacks"), opens a compound
            // common noun: its capital is the sentence's. A name stays one
            // ("Siemens-built"). (Other languages' dictionaries tell common
            // words below.)
            let compound_head = lang == Lang::En
                && doc.text[tok.end..]
                    .strip_prefix('-')
                    .is_some_and(|rest| rest.starts_with(char::is_lowercase))
                && match english::case_of(word) {
                    Some(english::Case::Lower) => true,
                    // Not in SCOWL's case list at all ("cyber"), yet a word
                    // of the frequency list.
                    None => !english::is_proper_noun(word) && z >= COMPOUND_HEAD_MIN_ZIPF,
                    _ => false,
                };
            let name_like = capitalised_elsewhere
                || place
                || ((unknown_apposition
                    || next_name
                    || english_name
                    || (travels && (z < INITIAL_MAX_ZIPF || famous)))
                    && !compound_head
                    && !spelt_common());
            if particle || !name_like {
                s = Strength::Weak;
            }
        }
        let t = NameToken {
            range: tok.range(),
            text: word.to_string(),
            strength: s,
            place: None,
            exonym: None,
        };
        match current.as_mut() {
            Some(p) if adjacent => {
                p.range.end = tok.end;
                p.tokens.push(t);
            }
            _ => {
                if let Some(p) = current.take() {
                    phrases.push(p);
                }
                current = Some(NamePhrase {
                    range: tok.range(),
                    tokens: vec![t],
                    title: pending_title.take(),
                    sentence_initial: initial,
                });
            }
        }
    }
    if let Some(p) = current.take() {
        phrases.push(p);
    }
    if lang == Lang::De {
        for p in &mut phrases {
            name_pairs(doc, p, lang, other);
        }
    }
    // A common word opening the sentence is not part of the name after it
    // ("Встреча Владимира Путина").
    for p in &mut phrases {
        if p.sentence_initial
            && p.tokens.len() > 1
            && p.tokens[0].strength == Strength::Weak
            && p.tokens[1..].iter().any(|t| t.strength == Strong)
        {
            p.tokens.remove(0);
            while p
                .tokens
                .first()
                .is_some_and(|t| t.strength == Strength::Joiner)
            {
                p.tokens.remove(0);
            }
            if let Some(t) = p.tokens.first() {
                p.range.start = t.range.start;
            }
            p.sentence_initial = false;
        }
    }
    for p in &mut phrases {
        // A phrase never ends on a joiner.
        while p
            .tokens
            .last()
            .is_some_and(|t| t.strength == Strength::Joiner)
        {
            p.tokens.pop();
        }
        if let Some(last) = p.tokens.last() {
            p.range.end = last.range.end;
        }
        mark_places(doc, p, lang, other);
    }
    phrases.retain(|p| !p.tokens.is_empty());
    if !case {
        phrases.extend(scan_places(doc, para, lang));
    }
    phrases
}

/// Whether `word` is money's sign before its amount: a currency code or a
/// currency's letter sign, glued to digits or followed by them ("R850",
/// "Rs 300", "USD 5").
fn currency_before_amount(word: &str, after: &str) -> bool {
    /// Currencies written with letters before the amount: the rand, the
    /// rupee, the rupiah, the ringgit, the shilling.
    const LETTER_SIGNS: &[&str] = &["R", "Rs", "Rp", "RM", "Sh", "KSh"];
    let letters = word.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    let amount = letters.len() < word.len()
        || after
            .strip_prefix([' ', '\u{a0}'])
            .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()));
    amount
        && !letters.is_empty()
        && (LETTER_SIGNS.contains(&letters) || crate::numbers::extract::is_currency_code(letters))
}

/// Whether `word` is a country's letters before a dollar sign and an amount
/// ("NZ$9.40", "A$1.2 billion", "HK$", "US$"): part of the currency's
/// sign, no name (not the African Union's "AU" in "AU$49").
fn dollar_prefix(word: &str, after: &str) -> bool {
    (1..=3).contains(&word.len())
        && word.chars().all(|c| c.is_ascii_uppercase())
        && after
            .strip_prefix('$')
            .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether `word` is the genus of a species' scientific name, before its
/// Latin epithet in lower case ("Aedes aegypti", "Plasmodium falciparum"): a
/// term translators render in their language (埃及伊蚊), no name to carry.
fn genus_of_species(word: &str, after: &str, lang: Lang) -> bool {
    /// Endings of Latin epithets: genitives and adjectives.
    const EPITHET_ENDINGS: &[&str] = &["i", "ae", "us", "um", "is", "es", "ata", "ica", "ana"];
    /// An epithet is no word of the text's language.
    const EPITHET_MAX_ZIPF: f32 = 2.5;
    let Some(epithet) = after
        .strip_prefix(' ')
        .and_then(|a| a.split(|c: char| !c.is_alphabetic()).next())
    else {
        return false;
    };
    word.chars().count() >= 4
        && epithet.chars().count() >= 4
        && epithet.chars().all(|c| c.is_ascii_lowercase())
        && EPITHET_ENDINGS.iter().any(|e| epithet.ends_with(e))
        && lexicon::zipf(lang, epithet).unwrap_or(0.0) < EPITHET_MAX_ZIPF
}

/// A word SCOWL's case list lacks must be this common in English to open a
/// compound common noun at the start of a sentence ("Cyber-attacks").
const COMPOUND_HEAD_MIN_ZIPF: f32 = 3.0;
