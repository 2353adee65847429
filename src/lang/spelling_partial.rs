//! A spelling dictionary read only for the words one document pair asks about.
//!
//! Reading a whole Hunspell dictionary costs tens of milliseconds (spellbook
//! parses the 70,000 lines of Spanish in about 18 ms, the 261,000 of Czech in
//! about 90), more than the rest of a single article's check. Whether a word
//! is in the dictionary depends only on the entries it can be built from: its
//! stems, which the affix rules give by taking a suffix or a prefix (or two
//! suffixes, or a prefix and a suffix) off. So for a known set of words the
//! dictionary is read with the `.aff` file whole and only the `.dic` lines
//! whose stem is one of those candidates (a superset: the rules' conditions
//! and flags are not checked here, spellbook checks them). A dictionary with
//! compounding, input conversion, ignored characters, circumfixes, full
//! stripping or two prefixes is always read whole: there a word can be built
//! from entries its own letters do not name.

use std::collections::HashSet;

/// `.aff` directives under which a word may be built from entries other than
/// its affix stems, or its letters are changed before look-up.
const WHOLE_ONLY: &[&str] = &[
    "COMPOUNDFLAG",
    "COMPOUNDBEGIN",
    "COMPOUNDMIDDLE",
    "COMPOUNDEND",
    "COMPOUNDRULE",
    "ONLYINCOMPOUND",
    "COMPOUNDPERMITFLAG",
    "ICONV",
    "OCONV",
    "IGNORE",
    "CIRCUMFIX",
    "FULLSTRIP",
    "COMPLEXPREFIXES",
];

/// The affix rules of an `.aff` file as (strip, add) pairs, lower-cased, for
/// suffixes and prefixes; `None` when the file uses a directive that
/// `WHOLE_ONLY` lists.
pub(super) struct Affixes {
    /// Suffix rules by the text they add: the texts they strip.
    suffixes: std::collections::HashMap<String, Vec<String>>,
    prefixes: std::collections::HashMap<String, Vec<String>>,
    longest_suffix: usize,
    longest_prefix: usize,
}

impl Affixes {
    pub(super) fn parse(aff: &str) -> Option<Affixes> {
        let mut a = Affixes {
            suffixes: Default::default(),
            prefixes: Default::default(),
            longest_suffix: 0,
            longest_prefix: 0,
        };
        for line in aff.lines() {
            let mut f = line.split_whitespace();
            let Some(head) = f.next() else { continue };
            if WHOLE_ONLY.contains(&head) {
                return None;
            }
            let suffix = match head {
                "SFX" => true,
                "PFX" => false,
                _ => continue,
            };
            // "SFX A Y 14" opens a rule set; "SFX A strip add/flags cond".
            let (_flag, Some(strip), Some(add)) = (f.next(), f.next(), f.next()) else {
                continue;
            };
            if matches!(strip, "Y" | "N") && add.parse::<usize>().is_ok() {
                continue;
            }
            let clean = |s: &str| -> String {
                let s = s.split('/').next().unwrap_or("");
                if s == "0" {
                    String::new()
                } else {
                    s.to_lowercase()
                }
            };
            let (strip, add) = (clean(strip), clean(add));
            let n = add.chars().count();
            if suffix {
                a.longest_suffix = a.longest_suffix.max(n);
                a.suffixes.entry(add).or_default().push(strip);
            } else {
                a.longest_prefix = a.longest_prefix.max(n);
                a.prefixes.entry(add).or_default().push(strip);
            }
        }
        Some(a)
    }

    /// Stems with one suffix taken off `w` (each rule's added text replaced
    /// by the text it strips).
    fn strip_suffixes(&self, w: &str, out: &mut HashSet<String>) {
        let chars: Vec<(usize, char)> = w.char_indices().collect();
        for k in 0..=self.longest_suffix.min(chars.len()) {
            let cut = if k == 0 {
                w.len()
            } else {
                chars[chars.len() - k].0
            };
            if let Some(strips) = self.suffixes.get(&w[cut..]) {
                for s in strips {
                    out.insert(format!("{}{s}", &w[..cut]));
                }
            }
        }
    }

    fn strip_prefixes(&self, w: &str, out: &mut HashSet<String>) {
        let chars: Vec<(usize, char)> = w.char_indices().collect();
        for k in 0..=self.longest_prefix.min(chars.len()) {
            let cut = if k == chars.len() {
                w.len()
            } else {
                chars[k].0
            };
            if let Some(strips) = self.prefixes.get(&w[..cut]) {
                for s in strips {
                    out.insert(format!("{s}{}", &w[cut..]));
                }
            }
        }
    }

    /// Every stem `word` may be built from (lower-cased): the word, with one
    /// or two suffixes off, with a prefix off, and with a prefix and one or
    /// two suffixes off.
    pub(super) fn candidate_stems(&self, word: &str, out: &mut HashSet<String>) {
        let w = word.to_lowercase();
        let mut level: HashSet<String> = HashSet::from([w.clone()]);
        self.strip_prefixes(&w, &mut level);
        for _ in 0..2 {
            let mut next = HashSet::new();
            for s in &level {
                self.strip_suffixes(s, &mut next);
            }
            out.extend(level);
            level = next;
        }
        out.extend(level);
    }
}

/// The `.dic` text with only the lines whose stem is in `stems` in lower
/// case, capitalised or in capitals, and a first line counting them. A line
/// is looked at only when its first two bytes begin one of those forms: most
/// of a large dictionary is passed over without splitting the line.
pub(super) fn filter_dic(dic: &str, stems: &HashSet<String>) -> String {
    let mut forms: foldhash::HashSet<String> = foldhash::HashSet::default();
    for s in stems {
        let mut c = s.chars();
        if let Some(first) = c.next() {
            forms.insert(first.to_uppercase().chain(c).collect());
        }
        forms.insert(s.to_uppercase());
        forms.insert(s.clone());
    }
    let key = |b: &[u8]| -> usize {
        usize::from(b.first().copied().unwrap_or(0)) << 8
            | usize::from(b.get(1).copied().unwrap_or(0))
    };
    let mut heads = vec![false; 1 << 16];
    for f in &forms {
        heads[key(f.as_bytes())] = true;
    }
    let mut kept: Vec<&str> = Vec::new();
    for (i, line) in dic.lines().enumerate() {
        if i == 0 && line.trim().parse::<usize>().is_ok() {
            continue;
        }
        let b = line.as_bytes();
        // A one-letter stem's second byte is its flag mark or the line's end.
        let head = heads[key(b)] || (b.len() >= 2 && heads[key(&b[..1])]);
        if !head {
            continue;
        }
        if forms.contains(stem_of(line)) {
            kept.push(line);
        }
    }
    let mut out = format!("{}\n", kept.len());
    for l in kept {
        out.push_str(l);
        out.push('\n');
    }
    out
}

/// The word of a `.dic` line: before its flags (an unescaped "/"), its
/// morphological fields (a tab) or a space.
fn stem_of(line: &str) -> &str {
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'/' | b'\t' | b' ' if i > 0 => return &line[..i],
            _ => i += 1,
        }
    }
    &line[..line.len().min(bytes.len())]
}

#[cfg(test)]
mod tests {
    use super::*;

    const AFF: &str =
        "SET UTF-8\n\nSFX S Y 2\nSFX S 0 s .\nSFX S o a o\n\nPFX R Y 1\nPFX R 0 re .\n";
    const DIC: &str = "4\ncamino/S\ncasa/S\nhacer/R\nMadrid\n";

    #[test]
    fn candidates_cover_the_stems_affixes_build_from() {
        let a = Affixes::parse(AFF).expect("plain affixes");
        let mut c = HashSet::new();
        a.candidate_stems("Caminos", &mut c);
        a.candidate_stems("rehacer", &mut c);
        assert!(c.contains("camino") && c.contains("hacer"));
        let kept = filter_dic(DIC, &c);
        assert!(kept.starts_with("2\n"), "{kept}");
        assert!(kept.contains("camino/S") && kept.contains("hacer/R"));
        assert!(Affixes::parse("COMPOUNDFLAG X\n").is_none());
    }

    /// The partial dictionary answers as the whole one for the words it was
    /// read for, whatever their case.
    #[test]
    fn partial_dictionary_answers_as_the_whole() {
        let words = [
            "Caminos", "caminas", "Casa", "rehacer", "Madrid", "madrid", "Lisboa",
        ];
        let whole = spellbook::Dictionary::new(AFF, DIC).expect("parses");
        let a = Affixes::parse(AFF).expect("plain affixes");
        let mut c = HashSet::new();
        for w in words {
            a.candidate_stems(w, &mut c);
        }
        let part = spellbook::Dictionary::new(AFF, &filter_dic(DIC, &c)).expect("parses");
        for w in words {
            assert_eq!(part.check(w), whole.check(w), "{w}");
        }
    }
}
