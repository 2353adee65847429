//! Signs and minus words: "−20", "minus 7", "8 degrees below zero".

use super::*;

/// Degree words between a temperature and "below zero".
pub(super) const DEGREE_WORDS: &[&str] = &[
    "degrees",
    "degree",
    "grados",
    "gradi",
    "grad",
    "degrés",
    "graus",
    "stopni",
    "stupňů",
    "stupně",
    "градусів",
    "градусов",
    "градуса",
];

/// Phrases after a temperature that make it negative; a lone word only after
/// a degree word ("12 Grad minus").
pub(super) const BELOW_ZERO: &[&[&str]] = &[
    &["below", "zero"],
    &["below", "freezing"],
    &["bajo", "cero"],
    &["sotto", "zero"],
    &["sous", "zéro"],
    &["au-dessous", "de", "zéro"],
    &["unter", "null"],
    &["abaixo", "de", "zero"],
    &["pod", "nulou"],
    &["poniżej", "zera"],
    &["нижче", "нуля"],
    &["ниже", "нуля"],
    &["minus"],
    &["мінус"],
    &["минус"],
];

impl Scanner<'_> {
    pub(super) fn sign_before(&self, i: usize) -> bool {
        if i == 0 || !matches!(self.chars[i - 1], '-' | '−' | '–') {
            return false;
        }
        if self.chars[i - 1] == '–' {
            // An en dash is a range ("1993 –1995") or a dash in the sentence
            // ("formats – 3:2"); a sign only at the start or in brackets.
            return i == 1 || matches!(self.chars[i - 2], '(' | '[');
        }
        i == 1 || is_space(self.chars[i - 2]) || matches!(self.chars[i - 2], '(' | '[' | ':')
    }

    /// "minus 20", "мінус 5": a sign written as a word.
    pub(super) fn minus_word_before(&self, i: usize) -> bool {
        let Some(w) = self.prev_word(i) else {
            return false;
        };
        if !matches!(w.as_str(), "minus" | "мінус" | "минус") {
            return false;
        }
        // "9 minus 4" is arithmetic.
        let mut k = i;
        while k > 0 && is_space(self.chars[k - 1]) {
            k -= 1;
        }
        k = k.saturating_sub(w.chars().count());
        while k > 0 && is_space(self.chars[k - 1]) {
            k -= 1;
        }
        !(k > 0 && is_digit(self.chars[k - 1]))
    }

    /// The end of "below zero" after a number, with the degree word before it
    /// ("8 degrees below zero", "6 grados bajo cero", "12 Grad minus").
    pub(super) fn below_zero(&self, j: usize) -> Option<usize> {
        let mut k = j;
        let mut degrees = false;
        if let Some((_, e, w)) = self.next_word(k) {
            if DEGREE_WORDS.contains(&w.as_str()) {
                k = e;
                degrees = true;
            }
        }
        BELOW_ZERO
            .iter()
            // A bare "minus" after a number is arithmetic.
            .filter(|p| degrees || p.len() > 1)
            .find_map(|p| self.phrase_end(k, p))
    }
}
