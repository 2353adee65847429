//! Abbreviations written with a full stop that does not end a sentence, and
//! whether ordinals take a full stop, per language: `data/lang/<code>/abbreviations.txt`,
//! compiled in by `build.rs`. A table is only applied to text in its own language.

use super::Lang;

include!(concat!(env!("OUT_DIR"), "/lang_data.rs"));

/// At most this many words before a full stop can belong to one abbreviation
/// (`i. d. R.`, `до н. е.`).
const MAX_WORDS_BEFORE: usize = 3;
/// An ordinal written with a full stop has at most this many digits (a day, a
/// month, a century, a rank: `3.`, `21.`, `125.`).
const MAX_ORDINAL_DIGITS: usize = 3;
/// ...and at most this many words after it, each with its own full stop (`u.` | `a. die`).
const MAX_WORDS_AFTER: usize = 2;

/// One language's table.
#[derive(Debug, Clone, Copy)]
pub struct Abbreviations {
    lang: &'static str,
    ordinals_with_full_stop: bool,
    /// Lower case, spaces removed, sorted.
    entries: &'static [&'static str],
}

impl Abbreviations {
    /// The table of `lang`, when mtcheck has one.
    pub fn for_lang(lang: Lang) -> Option<Abbreviations> {
        ABBREVIATION_DATA.iter().find(|e| e.0 == lang.code()).map(
            |&(lang, ordinals_with_full_stop, entries)| Abbreviations {
                lang,
                ordinals_with_full_stop,
                entries,
            },
        )
    }

    /// Codes of the languages that have a table, for the listing test.
    pub fn languages() -> impl Iterator<Item = &'static str> {
        ABBREVIATION_DATA.iter().map(|e| e.0)
    }

    pub fn lang(&self) -> &'static str {
        self.lang
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Whether the language writes ordinal numbers with a full stop (`14. März`).
    pub fn ordinals_with_full_stop(&self) -> bool {
        self.ordinals_with_full_stop
    }

    /// Whether `word` (with its full stops; spaces and case ignored) is an
    /// abbreviation of the language.
    pub fn contains(&self, word: &str) -> bool {
        let key: String = word
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect();
        self.entries.binary_search(&key.as_str()).is_ok()
    }

    /// Whether the full stop that ends `before` belongs to a word that does not
    /// end a sentence: an abbreviation, possibly of several words that run on
    /// into `after` (`u.` | `a. die`), or an ordinal number in a language that
    /// writes ordinals with a full stop (`20.` | `století`, `30.11.` | `geschlossen`).
    pub fn full_stop_continues(&self, before: &str, after: &str) -> bool {
        let mut words_before: Vec<&str> = before
            .split_whitespace()
            .rev()
            .take(MAX_WORDS_BEFORE)
            .collect();
        words_before.reverse();
        let Some(&last) = words_before.last() else {
            return false;
        };
        if !last.ends_with('.') {
            return false;
        }
        // `Hallo/Servus/usw.`, `17.–18. Jahrhundert`: the word after a slash or
        // a dash of a range is the one that carries the full stop.
        let last_part = trim_opening(last)
            .rsplit(['/', '-', '–'])
            .next()
            .unwrap_or(last);
        if self.ordinals_with_full_stop && (is_ordinal(trim_opening(last)) || is_ordinal(last_part))
        {
            return true;
        }
        if !last_part.is_empty() && last_part != last && self.contains(trim_number(last_part)) {
            return true;
        }
        // A comma or a closing bracket may follow the abbreviation's last
        // full stop (`350 року н. е., імовірно`).
        let words_after: Vec<&str> = after
            .split_whitespace()
            .take(MAX_WORDS_AFTER)
            .map(|w| w.trim_end_matches([',', ';', ':', ')', ']', '»', '"', '”']))
            .take_while(|w| w.ends_with('.'))
            .collect();
        (1..=words_before.len()).any(|k| {
            let first = words_before.len() - k;
            (0..=words_after.len()).any(|m| {
                let mut joined = String::new();
                for (n, w) in words_before[first..]
                    .iter()
                    .chain(&words_after[..m])
                    .enumerate()
                {
                    // A unit glued to its number (`5kg.`), an opening bracket,
                    // or a word joined by a hyphen or a slash (`UE-EE. UU.`).
                    joined.push_str(if n == 0 {
                        let w = trim_number(trim_opening(w));
                        w.rsplit(['/', '-', '–']).next().unwrap_or(w)
                    } else {
                        w
                    });
                }
                !joined.is_empty() && self.contains(&joined)
            })
        })
    }
}

fn trim_opening(word: &str) -> &str {
    word.trim_start_matches(['(', '[', '"', '\'', '„', '“', '‘', '«', '‹', '»'])
}

fn trim_number(word: &str) -> &str {
    word.trim_start_matches(|c: char| c.is_ascii_digit())
}

/// `3.`, `21.`, `18.12.`, `XIX.`: an ordinal number, or a day and month, with
/// its full stop.
fn is_ordinal(word: &str) -> bool {
    let Some(body) = word.strip_suffix('.') else {
        return false;
    };
    // Days, months, centuries and ranks have at most three digits; `2019.` is a
    // year that ends a sentence.
    let arabic = body.split('.').all(|g| {
        (1..=MAX_ORDINAL_DIGITS).contains(&g.len()) && g.chars().all(|c| c.is_ascii_digit())
    });
    let roman = !body.is_empty() && body.chars().all(|c| "IVXLCDM".contains(c));
    arabic || roman
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(lang: Lang) -> Abbreviations {
        Abbreviations::for_lang(lang).expect("table shipped")
    }

    #[test]
    fn lists_the_languages_with_a_table() {
        let langs: Vec<&str> = Abbreviations::languages().collect();
        for (code, ordinals) in [
            ("en", false),
            ("fr", false),
            ("es", false),
            ("de", true),
            ("it", false),
            ("pt", false),
            ("nl", false),
            ("pl", true),
            ("cs", true),
            ("ru", false),
            ("sv", false),
            ("uk", false),
            ("ca", false),
        ] {
            assert!(langs.contains(&code), "{code} has no abbreviations table");
            let t = table(code.parse().unwrap());
            assert_eq!(t.lang(), code);
            assert_eq!(t.ordinals_with_full_stop(), ordinals, "{code}");
            assert!(!t.is_empty(), "{code}");
            println!(
                "{code}: {} abbreviations, ordinals with a full stop: {ordinals}",
                t.len()
            );
        }
    }

    #[test]
    fn german_ordinals_and_abbreviations_do_not_end_a_sentence() {
        let de = table(Lang::De);
        assert!(de.full_stop_continues("Am 14.", "März kam er"));
        assert!(de.full_stop_continues("die 7.", "europäischen Spiele"));
        assert!(de.full_stop_continues("bis zum 30.11.", "geschlossen"));
        assert!(de.full_stop_continues("Friedrich II.", "von Preußen"));
        assert!(de.full_stop_continues("Kosten von 4 Mio.", "Euro"));
        assert!(de.full_stop_continues("Äpfel bzw.", "Birnen"));
        assert!(de.full_stop_continues("Obst, z. B.", "Äpfel"));
        assert!(de.full_stop_continues("Firmen u.", "a. die Post"));
        assert!(de.full_stop_continues("Firmen u. a.", "die Post"));
        assert!(de.full_stop_continues("Hallo/Servus/usw.", "rufen"));
        assert!(de.full_stop_continues("im 17.–18.", "Jahrhundert"));
        assert!(!de.full_stop_continues("Er kam nach Hause.", "dann"));
        assert!(!de.full_stop_continues("Er kam 2019.", "dann"));
    }

    #[test]
    fn ordinals_take_a_full_stop_only_where_the_language_writes_them_so() {
        assert!(table(Lang::Cs).full_stop_continues("ve 20.", "století"));
        assert!(table(Lang::Pl).full_stop_continues("w 20.", "latach"));
        assert!(!table(Lang::En).full_stop_continues("in 2019.", "then"));
        assert!(!table(Lang::Fr).full_stop_continues("en 2019.", "puis"));
    }

    #[test]
    fn each_language_keeps_its_own_abbreviations() {
        let (cs, uk, ru, de, en) = (
            table(Lang::Cs),
            table(Lang::Uk),
            table(Lang::Ru),
            table(Lang::De),
            table(Lang::En),
        );
        assert!(cs.full_stop_continues("tzv.", "nájemníci"));
        assert!(cs.full_stop_continues("za 3 mil.", "korun"));
        assert!(uk.full_stop_continues("понад 5 тис.", "гривень"));
        assert!(uk.full_stop_continues("(див.", "нижче)"));
        assert!(uk.full_stop_continues("по 200гр.", "сиру"));
        assert!(ru.full_stop_continues("и т.", "д. на"));
        assert!(ru.full_stop_continues("и т. д.", "на"));
        // Not another language's: German `bzw.` is nothing in English or Czech.
        assert!(!en.full_stop_continues("apples bzw.", "pears"));
        assert!(!cs.full_stop_continues("jablka bzw.", "hrušky"));
        assert!(!de.full_stop_continues("Äpfel tzv.", "Birnen"));
        assert!(en.full_stop_continues("prices incl.", "shipping"));
    }
}
