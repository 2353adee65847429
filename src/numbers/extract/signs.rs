//! Signs and minus words: "−20", "minus 7", "8 degrees below zero".

use super::*;

impl Scanner<'_> {
    pub(super) fn sign_before(&self, i: usize) -> bool {
        // French typesetting sets a minus as a dash and a space at the
        // opening of a bracket or a line ("(– 9 %)", "– 4,5 °C").
        if i >= 2
            && is_space(self.chars[i - 1])
            && matches!(self.chars[i - 2], '–' | '−')
            && (i == 2 || matches!(self.chars[i - 3], '(' | '[' | '\n'))
        {
            return true;
        }
        // The true minus sign (U+2212) is never a dash: French typesetting
        // may set a space after it inside a sentence too ("atteint − 3,2
        // mètres").
        if i >= 3
            && is_space(self.chars[i - 1])
            && self.chars[i - 2] == '−'
            && is_space(self.chars[i - 3])
            && (i < 4 || !is_digit(self.chars[i - 4]))
        {
            return true;
        }
        if i == 0 || !matches!(self.chars[i - 1], '-' | '−' | '–') {
            return false;
        }
        if self.chars[i - 1] == '–' {
            // An en dash is a range ("1993 –1995") or a dash in the sentence
            // ("formats – 3:2", "сторін –4:3"); a sign at the start or in
            // brackets, and against a temperature after a word or a colon, as
            // Ukrainian, Russian and Czech typesetting writes a minus ("до
            // –18 °C") and English often does ("Operating range: –5 °C").
            let after_word = i >= 3 && is_space(self.chars[i - 2]) && {
                let mut k = i - 2;
                while k > 0 && is_space(self.chars[k - 1]) {
                    k -= 1;
                }
                k > 0 && (self.chars[k - 1].is_alphabetic() || self.chars[k - 1] == ':')
            };
            let degrees = || {
                let mut k = i;
                while k < self.n()
                    && (is_digit(self.chars[k]) || matches!(self.chars[k], ',' | '.'))
                {
                    k += 1;
                }
                while k < self.n() && is_space(self.chars[k]) {
                    k += 1;
                }
                matches!(self.at(k), '°' | '℃')
            };
            return i == 1 || matches!(self.chars[i - 2], '(' | '[') || (after_word && degrees());
        }
        // A true minus sign may follow a CJK word directly ("で－30℃"), or
        // the ellipsis of a range ("−12…−15 °C", "−35...−38 °C", as
        // Ukrainian and Russian write a range of temperatures).
        let three_dots = i >= 4 && self.chars[i - 4..i - 1].iter().all(|&c| c == '.');
        // A CJK comma or colon before it leaves no space either ("、−10℃").
        let cjk_mark = |c: char| {
            ('\u{3000}'..='\u{303f}').contains(&c)
                || ('\u{ff00}'..='\u{ff0f}').contains(&c)
                || matches!(c, '：' | '；')
        };
        let true_minus = i >= 2
            && self.chars[i - 1] == '−'
            && (is_cjk(self.chars[i - 2])
                || cjk_mark(self.chars[i - 2])
                || matches!(self.chars[i - 2], '…' | '/')
                || three_dots);
        i == 1
            || is_space(self.chars[i - 2])
            || matches!(self.chars[i - 2], '(' | '[' | ':')
            || true_minus
    }

    /// A hyphen opening a line: a sign ("-5 degrees") or a list bullet
    /// ("-22 active ingredients").
    pub(super) fn bullet_or_sign(&self, i: usize) -> bool {
        i > 0 && self.chars[i - 1] == '-' && (i == 1 || self.chars[i - 2] == '\n')
    }

    /// Where a Chinese or Japanese minus word written against the number
    /// ("マイナス5度", "零下5度", "氷点下3度") ends at char `i` (spaces aside),
    /// where it starts.
    pub(super) fn cjk_minus_word_start(&self, i: usize) -> Option<usize> {
        let mut k = i;
        while k > 0 && is_space(self.chars[k - 1]) {
            k -= 1;
        }
        conventions::context(self.lang, "minus")
            .iter()
            .find_map(|p| {
                let w: Vec<char> = p.concat().chars().collect();
                (k >= w.len() && self.chars[k - w.len()..k] == w[..]).then(|| k - w.len())
            })
    }

    /// "minus 20", "moins 20", "мінус 5": a sign written as a word of the
    /// text's language (`minus`), unless the word before it makes it another
    /// word (`minus-not-after`: "au moins 20" is at least 20, "más o menos
    /// 20" about 20, "plus minus 20" and "plus/minus 20" a tolerance, ± 20).
    pub(super) fn minus_word_before(&self, i: usize) -> bool {
        let Some(w) = self.prev_word(i) else {
            return false;
        };
        if !conventions::is_word_of(self.lang, "minus", &w) {
            return false;
        }
        // "9 minus 4" and "nine minus four" are arithmetic.
        let mut k = i;
        while k > 0 && is_space(self.chars[k - 1]) {
            k -= 1;
        }
        k = k.saturating_sub(w.chars().count());
        // "plus/minus 5", "плюс-минус 5": the tolerance written as one word.
        if k > 0 && matches!(self.chars[k - 1], '/' | '-' | '‑') {
            k -= 1;
        }
        if self.prev_word(k).is_some_and(|p| {
            conventions::is_word_of(self.lang, "minus-not-after", &p)
                || crate::numbers::words::lookup(self.lang, &p).is_some()
        }) {
            return false;
        }
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
            if conventions::is_context_word("degree", &w) {
                k = e;
                degrees = true;
            }
        }
        conventions::context_any("below-zero")
            .iter()
            // A bare "minus" after a number is arithmetic.
            .filter(|p| degrees || p.len() > 1)
            .find_map(|p| self.phrase_end(k, p))
    }
}
