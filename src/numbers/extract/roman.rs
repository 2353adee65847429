//! Roman numerals where they count centuries ("siglo XV", "XXe siècle").

use super::*;

/// `n` (1–399) in Roman capitals, the canonical way.
pub(crate) fn to_roman(mut n: u32) -> String {
    let mut s = String::new();
    for (val, sym) in [
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ] {
        while n >= val {
            s.push_str(sym);
            n -= val;
        }
    }
    s
}

/// The value of a word that is a Roman numeral of two letters or more, with
/// an ordinal mark if any ("XV", "XVe", "XIV.", "IIº"): a century or a regnal
/// number, which the other language may write in digits or words.
pub fn roman_numeral(word: &str) -> Option<f64> {
    let bare = ["ème", "eme", "er", "e", "º", "ª", "°", "."]
        .iter()
        .find_map(|s| word.strip_suffix(s))
        .unwrap_or(word);
    let cs: Vec<char> = bare.chars().collect();
    if cs.len() < 2 || !cs.iter().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C')) {
        return None;
    }
    roman_value(&cs)
}

/// The value of a Roman numeral written in capitals, up to C (centuries,
/// regnal numbers); `None` when the letters are no well-formed numeral.
pub(super) fn roman_value(cs: &[char]) -> Option<f64> {
    if cs.is_empty() || cs.len() > 8 {
        return None;
    }
    let v = |c: char| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        _ => 0,
    };
    let mut total = 0i32;
    for (k, &c) in cs.iter().enumerate() {
        let here = v(c);
        if cs.get(k + 1).is_some_and(|&n| v(n) > here) {
            total -= here;
        } else {
            total += here;
        }
    }
    // Only the canonical spelling counts ("IIII", "VX" are no numerals).
    (total > 0 && to_roman(total as u32) == cs.iter().collect::<String>())
        .then_some(f64::from(total))
}

impl Scanner<'_> {
    /// A Roman numeral that counts a century ("siglo XV", "XIV століття",
    /// "XXe siècle", "XX wieku", "Xe–XIe"): an ordinal. Roman numerals
    /// elsewhere (names, list items, "Louis XIV") are left alone.
    pub(super) fn roman_century_at(&self, i: usize, out: &mut Vec<Mention>) -> Option<usize> {
        let mut j = i;
        while matches!(self.at(j), 'I' | 'V' | 'X' | 'L' | 'C') {
            j += 1;
        }
        let value = roman_value(&self.chars[i..j])?;
        // French "XXe", "XIXème" carry the ordinal mark.
        let e = self.word_end(j);
        let suffix = self.lower(j, e);
        let marked = matches!(suffix.as_str(), "e" | "ème" | "eme" | "ᵉ");
        if !suffix.is_empty() && !marked {
            return None;
        }
        let century_word = |w: Option<String>| {
            w.is_some_and(|w| conventions::is_context_word("century", w.trim_end_matches('.')))
        };
        let after = self
            .next_word(e + usize::from(self.at(e) == '.'))
            .map(|x| x.2);
        // "Xe–XIe siècle", "du Xe au XIIe siècle": the first of a range.
        let range = (matches!(self.at(e), '-' | '–') && self.roman_century_follows(e + 1))
            || self.next_word(e).is_some_and(|(_, we, w)| {
                conventions::is_context_word("range", &w)
                    && self
                        .next_word(we)
                        .is_some_and(|(ns, _, _)| self.roman_century_follows(ns))
            });
        // The ordinal mark makes a numeral of two letters or more a number on
        // its own: "reconstruite au XVe", "le XVIe arrondissement" (but "Ce",
        // "Le" are words).
        let marked_numeral = marked && j - i >= 2;
        if !marked_numeral && !century_word(after) && !century_word(self.prev_word(i)) && !range {
            return None;
        }
        let mut m = self.mention(i, e, Kind::Ordinal, vec![Reading::q(value)]);
        m.words = false;
        out.push(m);
        Some(e)
    }

    /// A Roman numeral of two letters or more standing alone as a word ("the
    /// starting XV", "Chapter IV", "Super Bowl LVI"): a number the other side
    /// may write in digits, but too often a name or a code to be reported on
    /// its own; it only satisfies a match.
    pub(super) fn bare_roman_at(&self, i: usize, out: &mut Vec<Mention>) -> Option<usize> {
        let mut j = i;
        while matches!(self.at(j), 'I' | 'V' | 'X' | 'L' | 'C') {
            j += 1;
        }
        if is_word_char(self.at(j)) || (i > 0 && is_word_char(self.chars[i - 1])) {
            return None;
        }
        // Spanish, Italian, Portuguese and French number an event or a
        // programme with a numeral between the article and the name ("el V
        // Programa Marco", "la II Guerra Mundial", "il IV Congresso"): an
        // ordinal, a single letter too.
        let ordinal = self
            .prev_word(i)
            .is_some_and(|w| crate::lang::words::is_determiner(self.lang, &w))
            && self
                .next_word(j)
                .is_some_and(|(s, _, _)| self.chars[s].is_uppercase());
        if j - i < 2 && !ordinal {
            return None;
        }
        let value = roman_value(&self.chars[i..j])?;
        let kind = if ordinal {
            Kind::Ordinal
        } else {
            Kind::Cardinal
        };
        let mut m = self.mention(i, j, kind, vec![Reading::q(value)]);
        m.words = false;
        m.strength = Strength::MatchOnly;
        out.push(m);
        Some(j)
    }

    pub(super) fn roman_century_follows(&self, k: usize) -> bool {
        let mut probe = Vec::new();
        matches!(self.at(k), 'I' | 'V' | 'X' | 'L' | 'C')
            && self.roman_century_at(k, &mut probe).is_some()
    }
}
