//! Acronyms written out, and acronyms of the other text standing for a name.

use super::*;

/// An acronym written out in the other text: "USA" ~ "United States of America".
pub(super) fn initials_match(acronym: &str, side: &Side) -> Option<usize> {
    let a: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let caps: Vec<usize> = (0..side.toks.len())
        .filter(|&i| {
            side.toks[i]
                .text
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
        .collect();
    for (n, &start) in caps.iter().enumerate() {
        let mut got = Vec::new();
        let mut j = start;
        while j < side.toks.len() && got.len() < a.len() {
            let t = side.toks[j].text;
            if t.chars().next().is_some_and(char::is_uppercase) {
                got.extend(t.chars().next().into_iter().flat_map(char::to_lowercase));
            } else if !names::PARTICLES.contains(&t) && !matches!(t, "of" | "and" | "for" | "the") {
                break;
            }
            j += 1;
        }
        let mut sorted = got.clone();
        sorted.sort_unstable();
        let mut want = a.clone();
        want.sort_unstable();
        if got == a || (a.len() >= 2 && sorted == want) {
            return Some(start);
        }
        let _ = n;
    }
    None
}

/// Whether an English name (its words, or its acronym alone) stands in the
/// target as the acronym the target language writes for it, by the
/// language's table (`data/lang/<code>/acronyms.txt`: Ukrainian ООН for the
/// United Nations, МВФ for the International Monetary Fund, IMF).
pub(super) fn target_acronym_of(words: &[&str], slang: Lang, tgt: &Side) -> bool {
    if slang != Lang::En {
        return false;
    }
    let key = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .filter(|w| !matches!(w.as_str(), "of" | "the" | "for" | "and" | "in" | "on"))
            .collect()
    };
    let phrase = key(&words.join(" "));
    if phrase.is_empty() {
        return false;
    }
    words::lines(tgt.lang, "acronyms").iter().any(|line| {
        let Some((acronym, names)) = line.split_once('=') else {
            return false;
        };
        tgt.words
            .contains(&format!(" {} ", names::key(acronym.trim())))
            && names.split('|').any(|name| {
                let name = key(name);
                let initials: String = name.iter().filter_map(|w| w.chars().next()).collect();
                name == phrase || (phrase.len() == 1 && phrase[0] == initials)
            })
    })
}

/// "European Union" / "EU", "World Health Organization" / "OMS": a name of
/// two words or more that the target writes as an acronym of them, each
/// letter the initial of one word or of one of its dictionary translations,
/// in any order (the Romance languages put the adjective after its noun).
pub(super) fn acronym_in(words: &[&str], slang: Lang, tgt: &Side, links: &links::Target) -> bool {
    let content: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| {
            !names::PARTICLES.contains(&w.to_lowercase().as_str())
                && lexicon::zipf(slang, w).unwrap_or(0.0) < ACRONYM_FUNCTION_WORD_ZIPF
        })
        .collect();
    if content.len() < 2 || content.len() > 8 {
        return false;
    }
    let acronyms: Vec<String> = tgt
        .toks
        .iter()
        .filter(|t| names::is_acronym(t.text))
        .map(|t| fold(t.text.strip_suffix('s').unwrap_or(t.text)))
        .filter(|a| a.chars().count() == content.len())
        .collect();
    if acronyms.is_empty() {
        return false;
    }
    let initials: Vec<Vec<char>> = content.iter().map(|w| links.initials(w, slang)).collect();
    acronyms.iter().any(|a| {
        let letters: Vec<char> = a.chars().collect();
        assign(&letters, &initials, &mut vec![false; initials.len()])
    })
}

/// Whether each of `letters` can be given a different word whose initials
/// hold it.
fn assign(letters: &[char], initials: &[Vec<char>], used: &mut [bool]) -> bool {
    let Some((first, rest)) = letters.split_first() else {
        return true;
    };
    for (i, set) in initials.iter().enumerate() {
        if !used[i] && set.contains(first) {
            used[i] = true;
            if assign(rest, initials, used) {
                return true;
            }
            used[i] = false;
        }
    }
    false
}

/// A source word this common is a function word an acronym skips ("of",
/// "the", "für").
const ACRONYM_FUNCTION_WORD_ZIPF: f32 = 6.0;
