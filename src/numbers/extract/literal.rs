//! A run of digits with its separators and its value under either thousands
//! and decimal convention, and what stands right before a number: a year
//! before a range's dash, a designation, a month, letters it is glued to.

use super::*;

/// A run of digits with its separators, before interpretation.
pub(super) struct Literal {
    pub(super) end: usize,
    pub(super) groups: Vec<String>,
    pub(super) seps: Vec<char>,
}

impl Scanner<'_> {
    pub(super) fn literal(&self, i: usize) -> Literal {
        let mut j = i;
        let mut first = String::new();
        while j < self.n() {
            match digit(self.chars[j]) {
                Some(d) => first.push(char::from_digit(d, 10).unwrap_or('0')),
                None => break,
            }
            j += 1;
        }
        let mut groups = vec![first];
        let mut seps: Vec<char> = Vec::new();
        loop {
            let sep = self.at(j);
            if !(matches!(sep, '.' | ',' | '\'' | '’') || is_group_space(sep))
                || !is_digit(self.at(j + 1))
            {
                break;
            }
            let mut k = j + 1;
            let mut g = String::new();
            while k < self.n() {
                match digit(self.chars[k]) {
                    Some(d) => g.push(char::from_digit(d, 10).unwrap_or('0')),
                    None => break,
                }
                k += 1;
            }
            let three = g.len() == 3;
            let ok = match sep {
                '.' | ',' => {
                    // A repeated mark groups thousands; a different mark after
                    // groups is the decimal mark ("1 000,5", "1.000,5").
                    seps.is_empty()
                        || (three && seps.iter().all(|&s| s == sep))
                        || seps.iter().all(|&s| s != sep)
                }
                '\'' | '’' => three && seps.iter().all(|&s| s == sep),
                _ => {
                    let lead = groups[0].len() <= 3;
                    // Digits glued to letters are a code ("R20 108V", a tyre's
                    // rim and load index): no thousands group follows.
                    // English groups with a space too (the EU's style: "EUR
                    // 12 000 million"), but a day after its month is no
                    // thousands ("May 15 200 people").
                    let day_after_month =
                        sep == ' ' && self.lang == Lang::En && self.month_before(i);
                    let allowed = !day_after_month && !self.glued_to_letters(i);
                    // A group that runs on into a slash is a ratio or a size
                    // ("Primacy 4 215/55"), not thousands.
                    let ratio = self.at(k) == '/' && is_digit(self.at(k + 1));
                    // Any mix of spaces groups thousands ("602 318\u{a0}774").
                    three && lead && allowed && !ratio && seps.iter().all(|&s| is_group_space(s))
                }
            };
            if !ok {
                break;
            }
            let decimal = !seps.is_empty() && seps.iter().all(|&s| s != sep);
            seps.push(sep);
            groups.push(g);
            j = k;
            if decimal {
                break;
            }
        }
        Literal {
            end: j,
            groups,
            seps,
        }
    }

    /// (value as read in this language, reading under the other convention).
    pub(super) fn interpret(&self, lit: &Literal) -> (f64, Option<f64>) {
        let join = |gs: &[String]| gs.concat().parse::<f64>().unwrap_or(0.0);
        let dec = |int: &[String], frac: &str| {
            format!("{}.{}", int.concat(), frac)
                .parse::<f64>()
                .unwrap_or(0.0)
        };
        let g = &lit.groups;
        let s = &lit.seps;
        if s.is_empty() {
            return (join(g), None);
        }
        let last = s[s.len() - 1];
        let all_same = s
            .iter()
            .all(|&c| c == last || (is_group_space(c) && is_group_space(last)));
        let thousands_tail = g[1..].iter().all(|x| x.len() == 3);
        if !all_same {
            // "1.000,5", "1,000.5", "1 000,5": the last one is the decimal mark.
            let lg = &g[g.len() - 1];
            return (dec(&g[..g.len() - 1], lg), None);
        }
        if is_group_space(last) || matches!(last, '\'' | '’') {
            return (join(g), None);
        }
        if s.len() > 1 {
            return (
                if thousands_tail {
                    join(g)
                } else {
                    join(&g[..1])
                },
                None,
            );
        }
        if g[1].len() != 3 {
            return (dec(&g[..1], &g[1]), None);
        }
        // One separator and three digits after it: read by the language.
        let thousands = (last == '.') == comma_decimal(self.lang);
        let t = join(g);
        let d = dec(&g[..1], &g[1]);
        if thousands {
            (t, None)
        } else if g[0] != "0" {
            (d, Some(t))
        } else {
            (d, None)
        }
    }

    /// The four-digit year right before a hyphen or dash at char `i`
    /// ("1994-" in "1994-97").
    pub(super) fn year_before_range(&self, i: usize) -> Option<f64> {
        if i < 6 || !matches!(self.chars[i - 1], '-' | '–' | '/') {
            return None;
        }
        let y = &self.chars[i - 5..i - 1];
        if !y.iter().all(|c| c.is_ascii_digit()) || is_digit(self.chars[i - 6]) {
            return None;
        }
        let year: f64 = y.iter().collect::<String>().parse().ok()?;
        (1000.0..=2200.0).contains(&year).then_some(year)
    }

    /// Whether a word or sign that designates stands right before the number
    /// at `i` (`designation` in `number-context.txt`, or "№", "#").
    pub(super) fn designation_before(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && is_space(self.chars[k - 1]) && i - k < 2 {
            k -= 1;
        }
        if k > 0 && matches!(self.chars[k - 1], '№' | '#') {
            return true;
        }
        self.prev_word(i)
            .is_some_and(|w| conventions::is_designation(self.lang, &w))
    }

    /// Whether the word before char `i` is a month name ("May 15").
    pub(super) fn month_before(&self, i: usize) -> bool {
        self.prev_word(i)
            .is_some_and(|w| dates::month(self.lang, &w).is_some())
    }

    /// Whether a month name and a short linking word ("enero de", "mayo
    /// del", "März of") stand before char `i`.
    pub(super) fn month_before_link(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && is_space(self.chars[k - 1]) {
            k -= 1;
        }
        let e = k;
        while k > 0 && is_word_char(self.chars[k - 1]) {
            k -= 1;
        }
        let link = self.lower(k, e);
        matches!(link.as_str(), "de" | "del" | "of" | "di" | "du") && self.month_before(k)
    }

    pub(super) fn glued_to_letters(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let p = self.chars[i - 1];
        if p.is_alphabetic() && !is_cjk(p) {
            return true;
        }
        matches!(p, '-' | '‑')
            && i >= 2
            && self.chars[i - 2].is_alphabetic()
            && !is_cjk(self.chars[i - 2])
    }
}
