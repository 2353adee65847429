//! Number words per language: cardinals (with the inflected forms Slavic
//! languages and Hindi use), ordinals, fractions, scale words with their true
//! value in that language ("billion" is 10^9 in English, 10^12 in French,
//! Spanish and German), articles that are not numbers, and the morphemes of
//! languages that write numbers as one word ("dreiundzwanzig", "duemilaventuno").

use super::conventions;
use crate::lang::{words, Lang};
use foldhash::HashMap;
use std::sync::OnceLock;

/// How a number word behaves when it is read and compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// A cardinal ("two", "vingt", "dreiundzwanzig").
    Cardinal,
    /// An ordinal ("third", "troisième").
    Ordinal,
    /// A fraction ("half", "demi").
    Fraction,
    /// A scale word that multiplies what precedes it ("million", "milliard"),
    /// also after digits ("2,5 millions").
    Scale,
    /// An abbreviation that is a scale only right after digits ("bn", "mln", "tys").
    ScaleAbbrev,
    /// An article that counts as 1 only before a scale word ("a hundred").
    Article,
    /// A word joining number words ("and", "et", "y", "und").
    Connector,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entry {
    pub value: f64,
    pub class: Class,
    /// The word has other, common meanings or is used as an article ("one",
    /// "un", "neuf", "sei", "second"): it can satisfy a match but is never
    /// reported on its own.
    pub weak: bool,
}

/// The tables are `data/lang/<code>/numbers.txt` (with `number-morphemes.txt`
/// and `ordinal-stems.txt`), in the syntax `word=value` with optional flags
/// after a colon: `w` weak, `o` ordinal, `f` fraction, `s` scale, `b` scale
/// abbreviation, `a` article, `c` connector (value ignored).
fn parse_table(table: &str) -> HashMap<String, Entry> {
    let mut map = HashMap::default();
    for item in table.split_whitespace() {
        let Some((word, rest)) = item.split_once('=') else {
            continue;
        };
        let (value, flags) = rest.split_once(':').unwrap_or((rest, ""));
        let Ok(value) = value.parse::<f64>() else {
            continue;
        };
        let class = if flags.contains('c') {
            Class::Connector
        } else if flags.contains('a') {
            Class::Article
        } else if flags.contains('b') {
            Class::ScaleAbbrev
        } else if flags.contains('o') {
            Class::Ordinal
        } else if flags.contains('f') {
            Class::Fraction
        } else if value >= 1000.0 && !flags.contains('w') {
            Class::Scale
        } else {
            Class::Cardinal
        };
        map.insert(
            word.to_string(),
            Entry {
                value,
                class,
                weak: flags.contains('w'),
            },
        );
    }
    map
}

/// The entries of `lang`'s table of `kind`, all lines read as one table.
fn table(lang: Lang, kind: &str) -> HashMap<String, Entry> {
    parse_table(&words::lines(lang, kind).join("\n"))
}

/// Ordinals that decline like adjectives (Ukrainian "четвертий",
/// "четвертого"): each stem with each ending of the `endings:` line above it.
fn ordinal_stems(lang: Lang) -> Vec<(String, Entry)> {
    let mut out = Vec::new();
    let mut endings: Vec<&str> = Vec::new();
    for line in words::lines(lang, "ordinal-stems") {
        if let Some(e) = line.strip_prefix("endings:") {
            endings = e.split_whitespace().collect();
            continue;
        }
        let mut stems: Vec<(String, Entry)> = parse_table(line).into_iter().collect();
        stems.sort_by(|a, b| a.0.cmp(&b.0));
        for (stem, entry) in stems {
            for ending in &endings {
                out.push((format!("{stem}{ending}"), entry));
            }
        }
    }
    out
}

/// A set phrase and the value it stands for, if any.
type Phrase = (String, Option<f64>);

/// Set phrases whose number words are no count to carry over (idioms), or
/// stand for another value (tournament rounds: "octavos de final" are the last
/// 16), from `number-phrases.txt`. Their mentions can satisfy a match but are
/// never reported.
pub fn phrases(lang: Lang) -> &'static [(String, Option<f64>)] {
    static CELL: OnceLock<HashMap<Lang, Vec<Phrase>>> = OnceLock::new();
    let all = CELL.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&lang| {
                let list = words::lines(lang, "number-phrases")
                    .iter()
                    .map(|line| match line.split_once('=') {
                        Some((p, v)) => (p.trim().to_string(), v.trim().parse().ok()),
                        None => (line.trim().to_string(), None),
                    })
                    .collect();
                (lang, list)
            })
            .collect()
    });
    all.get(&lang).map_or(&[], Vec::as_slice)
}

type Tables = HashMap<Lang, (HashMap<String, Entry>, Vec<(String, Entry)>)>;

fn tables() -> &'static Tables {
    static CELL: OnceLock<Tables> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut all = HashMap::default();
        for lang in Lang::ALL {
            let mut words = table(lang, "numbers");
            for (word, entry) in ordinal_stems(lang) {
                words.entry(word).or_insert(entry);
            }
            let mut morphs: Vec<(String, Entry)> =
                table(lang, "number-morphemes").into_iter().collect();
            // Longest first, so that "dreizehn" is not read as "drei" + "zehn"
            // when the table has it whole, and the order is deterministic.
            morphs.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
            all.insert(lang, (words, morphs));
        }
        all
    })
}

/// The language's articles of value one ("a", "ein") and its words for a
/// half ("half", "halb"): the short words a measure's word may follow
/// ("an inch", "half a mile"), as (word, true for an article).
pub fn articles_and_halves(lang: Lang) -> &'static [(String, bool)] {
    static CELL: OnceLock<HashMap<Lang, Vec<(String, bool)>>> = OnceLock::new();
    let all = CELL.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&l| {
                let mut v: Vec<(String, bool)> = tables()
                    .get(&l)
                    .map(|(words, _)| {
                        words
                            .iter()
                            .filter_map(|(w, e)| {
                                let article = e.class == Class::Article && e.value == 1.0;
                                let half = e.class == Class::Fraction && e.value == 0.5;
                                (article || half).then(|| (w.clone(), article))
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                v.sort();
                (l, v)
            })
            .collect()
    });
    all.get(&lang).map_or(&[], Vec::as_slice)
}

/// Whether the language has a table of number words here; for the others only
/// digits (and CJK numerals) are read, and word numbers on the other side are
/// treated as unreliable.
pub fn has_words(lang: Lang) -> bool {
    !words::lines(lang, "numbers").is_empty() || conventions::cjk_numerals(lang)
}

/// Whether the language's table has ordinal words.
pub fn has_ordinal_words(lang: Lang) -> bool {
    conventions::ordinal_words(lang)
}

/// The entry of a lower-cased word.
pub fn lookup(lang: Lang, word: &str) -> Option<Entry> {
    tables().get(&lang)?.0.get(word).copied()
}

/// A one-word compound number ("dreiundzwanzig", "zweihundert",
/// "duemilaventuno", "drieëntwintig"), as the values of its morphemes in order.
/// `None` unless the whole word splits into at least two morphemes.
pub fn compound(lang: Lang, word: &str) -> Option<Vec<Entry>> {
    let morphs = &tables().get(&lang)?.1;
    if morphs.is_empty() || word.len() < 5 {
        return None;
    }
    let mut out = Vec::new();
    let ends_in_number = |out: &[Entry]| out.last().is_some_and(|e| e.class != Class::Connector);
    if split(word, morphs, &mut out) && out.len() >= 2 && ends_in_number(&out) {
        Some(out)
    } else {
        None
    }
}

/// An ordinal opening a superlative, as German writes a rank in one word
/// ("drittgrößte", the third largest; "zweitbeste"): the ordinal's stem (its
/// form in -e less the e) and a superlative of four letters or more. Only
/// in the languages that write compounds as one word.
pub fn superlative_ordinal(lang: Lang, word: &str) -> Option<f64> {
    /// Fewest letters of the superlative after the rank.
    const SUPERLATIVE_MIN_CHARS: usize = 5;
    // A superlative's "-st" ("-ßt" in "größt") and an adjective ending.
    let superlative = ["e", "en", "er", "es", "em"].iter().any(|e| {
        word.strip_suffix(e)
            .is_some_and(|w| w.ends_with("st") || w.ends_with("ßt"))
    });
    if !lang.writes_compounds() || !superlative {
        return None;
    }
    rank_stems(lang).iter().find_map(|(stem, value)| {
        word.strip_prefix(stem.as_str())
            .filter(|tail| tail.chars().count() >= SUPERLATIVE_MIN_CHARS && !tail.starts_with('e'))
            .map(|_| *value)
    })
}

/// The stems of a language's ordinals of two and up (the form in -e less the
/// e: "dritt", "zweit"), longest first, then by spelling; worked out once.
fn rank_stems(lang: Lang) -> &'static [(String, f64)] {
    static CELL: OnceLock<HashMap<Lang, Vec<(String, f64)>>> = OnceLock::new();
    let all = CELL.get_or_init(|| {
        tables()
            .iter()
            .map(|(&lang, (words, _))| {
                let mut stems: Vec<(String, f64)> = words
                    .iter()
                    .filter(|(_, e)| e.class == Class::Ordinal && e.value >= 2.0)
                    .filter_map(|(form, e)| Some((form.strip_suffix('e')?.to_string(), e.value)))
                    .collect();
                stems.sort_by(|a, b| {
                    b.0.len()
                        .cmp(&a.0.len())
                        .then_with(|| a.0.cmp(&b.0))
                        .then_with(|| a.1.total_cmp(&b.1))
                });
                stems.dedup_by(|a, b| a.0 == b.0);
                (lang, stems)
            })
            .collect()
    });
    all.get(&lang).map_or(&[], Vec::as_slice)
}

/// An ordinal compound written as one word with the units first, in
/// languages whose number words go that way ("jedenadvacátého", the 21st:
/// "jeden" + "a" + "dvacátého"): the morphemes of the head and the ordinal
/// of the tail, when the tail is an ordinal of the table.
pub fn compound_ordinal(lang: Lang, word: &str) -> Option<Vec<Entry>> {
    let (words, morphs) = tables().get(&lang)?;
    if morphs.is_empty() {
        return None;
    }
    for (cut, _) in word.char_indices().skip(3) {
        let (head, tail) = word.split_at(cut);
        let Some(last) = words
            .get(tail)
            .filter(|e| e.class == Class::Ordinal && e.value >= 20.0)
        else {
            continue;
        };
        let mut out = Vec::new();
        if split(head, morphs, &mut out) && out.iter().any(|e| e.class != Class::Connector) {
            out.push(Entry {
                weak: false,
                ..*last
            });
            return Some(out);
        }
    }
    None
}

/// An ordinal made by an ending on the stem of its cardinal, as Italian makes
/// those above ten ("ventottesimo", the 28th: "ventott" + "esimo";
/// "trentatreesimo", the 33rd): the ordinal of the stem's value, when the
/// stem splits into two morphemes or more.
pub fn suffix_ordinal(lang: Lang, word: &str) -> Option<Vec<Entry>> {
    let morphs = &tables().get(&lang)?.1;
    let stem = conventions::ordinal_suffixes(lang).find_map(|s| word.strip_suffix(s))?;
    // The cardinal's last vowel goes before the ending ("ventotto" →
    // "ventott-esimo", "ventisette" → "ventisett-esimo").
    let mut out = Vec::new();
    let whole = ["", "o", "e", "a", "i"].iter().any(|v| {
        out.clear();
        split(&format!("{stem}{v}"), morphs, &mut out) && out.len() >= 2
    });
    if !whole || out.iter().any(|e| e.class == Class::Connector) {
        return None;
    }
    Some(vec![Entry {
        value: morphemes_value(&out),
        class: Class::Ordinal,
        weak: false,
    }])
}

/// The value of one word's number morphemes: they add up, a hundred or a
/// thousand multiplying what stands before it ("duecent-" 200,
/// "vierzehn" 14).
fn morphemes_value(morphemes: &[Entry]) -> f64 {
    let (mut total, mut current) = (0.0, 0.0);
    for e in morphemes {
        if e.value >= 100.0 {
            current = f64::max(current, 1.0) * e.value;
            if e.value >= 1000.0 {
                total += current;
                current = 0.0;
            }
        } else {
            current += e.value;
        }
    }
    total + current
}

fn split(rest: &str, morphs: &[(String, Entry)], out: &mut Vec<Entry>) -> bool {
    if rest.is_empty() {
        return true;
    }
    for (m, e) in morphs {
        if let Some(tail) = rest.strip_prefix(m.as_str()) {
            out.push(*e);
            if split(tail, morphs, out) {
                return true;
            }
            out.pop();
        }
    }
    false
}

/// A number at the start of a compound word whose rest is not a number
/// ("vierköpfige", "driejarige"): the value of the leading number word.
pub fn number_prefix(lang: Lang, word: &str) -> Option<f64> {
    let morphs = &tables().get(&lang)?.1;
    if compound(lang, word).is_some() {
        return None;
    }
    for (m, e) in morphs {
        if e.class == Class::Connector {
            continue;
        }
        if let Some(tail) = word.strip_prefix(m.as_str()) {
            if tail.chars().count() >= 4 {
                // The longest number the word opens with: "vierzehnjährig" is
                // 14 years, not 4; "jednadvacetiletý" opens with a one that
                // heads 21.
                let v = longest_number_prefix(word, morphs).unwrap_or(e.value);
                // A one opening an inverted compound ("jedn-a-dvacet") is
                // read whole by the caller.
                let heads_tens = || {
                    morphs.iter().any(|(c, ce)| {
                        ce.class == Class::Connector
                            && tail.strip_prefix(c.as_str()).is_some_and(|rest| {
                                morphs
                                    .iter()
                                    .any(|(t, te)| te.value >= 20.0 && rest.starts_with(t.as_str()))
                            })
                    })
                };
                if v >= 2.0 || heads_tens() {
                    return Some(v);
                }
            }
        }
    }
    None
}

/// The value of the longest run of morphemes opening `word` that leaves four
/// letters or more after it.
fn longest_number_prefix(word: &str, morphs: &[(String, Entry)]) -> Option<f64> {
    let cuts: Vec<usize> = word.char_indices().map(|(i, _)| i).collect();
    cuts.iter().rev().find_map(|&at| {
        let (head, tail) = word.split_at(at);
        if tail.chars().count() < 4 || head.is_empty() {
            return None;
        }
        let mut out = Vec::new();
        (split(head, morphs, &mut out) && out.iter().all(|e| e.class != Class::Connector))
            .then(|| morphemes_value(&out))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_opening_a_word_is_the_longest_one() {
        assert_eq!(number_prefix(Lang::De, "vierzehnjähriger"), Some(14.0));
        assert_eq!(number_prefix(Lang::De, "vierköpfige"), Some(4.0));
        assert_eq!(number_prefix(Lang::De, "zweihundertjährige"), Some(200.0));
    }

    #[test]
    fn reads_tables_and_compounds() {
        assert_eq!(lookup(Lang::Fr, "milliard").map(|e| e.value), Some(1e9));
        assert_eq!(lookup(Lang::Fr, "billion").map(|e| e.value), Some(1e12));
        assert_eq!(lookup(Lang::En, "billion").map(|e| e.value), Some(1e9));
        assert!(lookup(Lang::En, "one").is_some_and(|e| e.weak));
        let c = compound(Lang::De, "dreiundzwanzig").unwrap();
        assert_eq!(
            c.iter().map(|e| e.value).collect::<Vec<_>>(),
            vec![3.0, 0.0, 20.0]
        );
        assert!(compound(Lang::It, "duemilaventuno").is_some());
        assert!(compound(Lang::De, "achtung").is_none());
        assert_eq!(number_prefix(Lang::De, "vierköpfige"), Some(4.0));
        assert_eq!(number_prefix(Lang::Ru, "трёхэтажный"), Some(3.0));
        assert_eq!(number_prefix(Lang::Ru, "девятивходовой"), Some(9.0));
        assert_eq!(number_prefix(Lang::Pl, "dwupasmowa"), Some(2.0));
        assert_eq!(number_prefix(Lang::Ru, "станция"), None, "no 'ста' prefix");
        assert_eq!(number_prefix(Lang::Cs, "stoletou"), Some(100.0));
        assert_eq!(number_prefix(Lang::Cs, "stojí"), None);
        assert_eq!(number_prefix(Lang::Pl, "student"), None, "no 'stu' prefix");
    }

    #[test]
    fn a_rank_glued_to_a_superlative() {
        assert_eq!(superlative_ordinal(Lang::De, "drittgrößte"), Some(3.0));
        assert_eq!(superlative_ordinal(Lang::De, "zweitbesten"), Some(2.0));
        assert_eq!(
            superlative_ordinal(Lang::De, "siebzehntstärkste"),
            Some(17.0)
        );
        // No superlative, or no rank before it.
        assert_eq!(superlative_ordinal(Lang::De, "drittgrößere"), None);
        assert_eq!(superlative_ordinal(Lang::De, "meistgesehene"), None);
        // Only where compounds are one word.
        assert_eq!(superlative_ordinal(Lang::Fr, "troisièmeplusgrande"), None);
    }
}
