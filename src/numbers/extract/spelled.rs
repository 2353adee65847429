//! Numbers written in words: cardinals, ordinals, fractions and scale
//! words, read run by run ("vingt-deux", "dreiundzwanzig", "two million").

use super::word_groups::{evaluate, Group};
use super::*;

/// How far back (bytes) a phrase naming the night before a weekday is looked for.
const NIGHT_BEFORE_MAX_BYTES: usize = 40;

/// A set phrase as written, with hyphens where the list has spaces or the
/// other way round ("quarts-de-finale", "quarts de finale").
fn same_phrase(written: &str, phrase: &str) -> bool {
    let joiner = |c: char| {
        if matches!(c, '-' | '‑' | '‐') {
            ' '
        } else {
            c
        }
    };
    written.chars().map(joiner).eq(phrase.chars().map(joiner))
}

impl Scanner<'_> {
    /// Reads words from the word starting at `i`: months, weekdays, number
    /// words. Returns the index after what it consumed.
    pub(super) fn words_at(&self, i: usize, out: &mut Vec<Mention>) -> usize {
        let j = self.word_end(i);
        let w = self.lower(i, j);
        if let Some(end) = self.set_phrase_at(i, &w, out) {
            return end;
        }
        self.calendar_or_number_words_at(i, j, w, out)
    }

    /// A set phrase of the language opening on the word `w` at char `i`
    /// (`number-phrases.txt`: "sin embargo", "von 0 auf 100", "0815"): its
    /// value pushed if it has one; the index after it.
    pub(super) fn set_phrase_at(&self, i: usize, w: &str, out: &mut Vec<Mention>) -> Option<usize> {
        for (phrase, value) in words::phrases(self.lang) {
            // The phrase opens on this word, whole: most phrases are passed
            // over without lower-casing the text they would cover.
            if phrase
                .strip_prefix(w)
                .is_none_or(|rest| rest.starts_with(is_word_char))
            {
                continue;
            }
            let len = phrase.chars().count();
            let end = i + len;
            // An idiom with digits is literal before a unit ("von 0 auf 100
            // km/h").
            let literal = phrase.contains(|c: char| c.is_ascii_digit())
                && self
                    .next_word(end)
                    .is_some_and(|(_, _, u)| unit_of(&u).is_some());
            if end <= self.n()
                && !is_word_char(self.at(end))
                && !literal
                && same_phrase(&self.lower(i, end), phrase)
            {
                if let Some(v) = value {
                    let mut m = self.mention(i, end, Kind::Cardinal, vec![Reading::q(*v)]);
                    m.words = true;
                    m.strength = Strength::MatchOnly;
                    out.push(m);
                } else {
                    // The figures of an idiom may be kept as figures by the
                    // other side ("from 0 to 100"): they satisfy a match but
                    // are never reported.
                    let mut k = i;
                    while k < end {
                        if is_digit(self.chars[k]) {
                            let mut e = k;
                            while e < end && is_digit(self.chars[e]) {
                                e += 1;
                            }
                            let v = self.lower(k, e).parse::<f64>().unwrap_or(0.0);
                            let mut m = self.mention(k, e, Kind::Cardinal, vec![Reading::q(v)]);
                            m.strength = Strength::MatchOnly;
                            out.push(m);
                            k = e;
                        } else {
                            k += 1;
                        }
                    }
                }
                return Some(end);
            }
        }
        None
    }

    fn calendar_or_number_words_at(
        &self,
        i: usize,
        j: usize,
        w: String,
        out: &mut Vec<Mention>,
    ) -> usize {
        // Portuguese weekdays: "sexta-feira".
        if self.lang == Lang::Pt && matches!(self.at(j), '-' | '‑') {
            let e = self.word_end(j + 1);
            if self.lower(j + 1, e) == "feira" {
                let d = match w.as_str() {
                    "segunda" => Some(1),
                    "terça" | "terca" => Some(2),
                    "quarta" => Some(3),
                    "quinta" => Some(4),
                    "sexta" => Some(5),
                    _ => None,
                };
                if let Some(d) = d {
                    out.push(self.calendar_word(i, e, Kind::Weekday, Domain::Weekday, d));
                    return e;
                }
            }
        }
        if let Some(mo) = dates::month(self.lang, &w) {
            let mut m = self.calendar_word(i, j, Kind::Month, Domain::Month, mo);
            // "may", "march" and abbreviations are months only beside a day.
            if self.lang == Lang::En && (w.len() <= 4 || w == "march") {
                m.strength = Strength::MatchOnly;
            }
            out.push(m);
            return j;
        }
        if let Some(d) = dates::weekday(self.lang, &w) {
            let mut m = self.calendar_word(i, j, Kind::Weekday, Domain::Weekday, d);
            // "в ночь на субботу", the night before Saturday: other languages
            // call that night Friday's.
            if self.night_before(i) {
                m.readings.push(Reading {
                    domain: Domain::Weekday,
                    value: f64::from(if d == 1 { 7 } else { d - 1 }),
                });
            }
            out.push(m);
            return j;
        }
        if let Some(end) = self.roman_century_at(i, out) {
            return end;
        }
        if let Some(end) = self.bare_roman_at(i, out) {
            return end;
        }
        self.number_words_at(i, out)
    }

    /// The value of the longest number compound opening `w` before a rest
    /// of three letters or more that is not a number: "třiadvacetiletý"
    /// (23 years old), "vierundzwanzigstündige" (24 hours long).
    fn compound_prefix(&self, w: &str) -> Option<f64> {
        let cuts: Vec<usize> = w.char_indices().map(|(i, _)| i).collect();
        let usable = cuts.len().checked_sub(3)?;
        cuts[..=usable].iter().rev().find_map(|&cut| {
            let es = words::compound(self.lang, &w[..cut])?;
            let parts: Vec<(Entry, usize, usize)> = es.into_iter().map(|e| (e, 0, 0)).collect();
            match evaluate(&parts, self.lang)[..] {
                [ref g] if g.value >= 2.0 => Some(g.value),
                _ => None,
            }
        })
    }

    /// A count of times written as one word, a number and the language's
    /// suffix of times (`times-suffix` in `number-context.txt`: German
    /// "elfmal", Dutch "twaalfmaal", Czech "jedenáctkrát"): the number, weak
    /// as "twice" is.
    fn times_word(&self, w: &str) -> Option<Vec<Entry>> {
        conventions::context(self.lang, "times-suffix")
            .iter()
            .find_map(|suffix| {
                let head = w.strip_suffix(suffix.first()?)?;
                let es = match words::lookup(self.lang, head) {
                    Some(e) if e.class == Class::Cardinal => vec![e],
                    Some(_) => return None,
                    None => words::compound(self.lang, head)?,
                };
                Some(es.into_iter().map(|e| Entry { weak: true, ..e }).collect())
            })
    }

    /// Whether the words before char `i` name the night before the day
    /// named at `i` (`night-before` in `number-context.txt`: Russian "в ночь
    /// на", Czech "v noci na").
    fn night_before(&self, i: usize) -> bool {
        let phrases = conventions::context(self.lang, "night-before");
        if phrases.is_empty() {
            return false;
        }
        // A few words back are enough: the phrases are short.
        let end = self.offs[i.min(self.n())];
        let mut start = end.saturating_sub(NIGHT_BEFORE_MAX_BYTES);
        while !self.text.is_char_boundary(start) {
            start += 1;
        }
        let before = self.text[start..end].to_lowercase();
        let words: Vec<&str> = before.split_whitespace().collect();
        phrases.iter().any(|p| words.ends_with(p))
    }

    /// Entries of one word: from the table, or the morphemes of a compound.
    pub(super) fn entries(&self, w: &str) -> Option<Vec<Entry>> {
        if let Some(e) = words::lookup(self.lang, w) {
            return Some(vec![e]);
        }
        if let Some(es) = words::compound(self.lang, w) {
            return Some(es);
        }
        if let Some(es) = self.times_word(w) {
            return Some(es);
        }
        words::compound_ordinal(self.lang, w).or_else(|| words::suffix_ordinal(self.lang, w))
    }

    /// The start of the word after char `end` when it is a scale word, or an
    /// article and then a scale word ("of a billion", "di miliardo").
    fn scale_after(&self, end: usize) -> Option<usize> {
        let next = |from: usize| -> Option<(usize, usize, Vec<Entry>)> {
            let mut h = from;
            while h < self.n() && is_space(self.chars[h]) && h - from < 2 {
                h += 1;
            }
            if h >= self.n() || !is_word_char(self.at(h)) {
                return None;
            }
            let he = self.word_end(h);
            Some((h, he, self.entries(&self.lower(h, he))?))
        };
        let (h, he, es) = next(end)?;
        if es.iter().any(|e| e.class == Class::Scale) {
            return Some(h);
        }
        let article = es.iter().any(|e| e.class == Class::Article);
        let (_, _, after) = next(he)?;
        (article && after.iter().any(|e| e.class == Class::Scale)).then_some(h)
    }

    /// Whether `entries`, the entries of a word ending at char `end`, are an
    /// article and the next word a fraction ("and a half").
    fn article_before_fraction(&self, entries: &[Entry], end: usize) -> bool {
        if !entries.iter().any(|y| y.class == Class::Article) {
            return false;
        }
        let mut h = end;
        while h < self.n() && (is_space(self.chars[h]) || is_hyphen(self.chars[h])) && h - end < 2 {
            h += 1;
        }
        let he = self.word_end(h);
        h < self.n()
            && self
                .entries(&self.lower(h, he))
                .is_some_and(|x| x.iter().any(|y| y.class == Class::Fraction))
    }

    /// English "a third", "a fifth" are fractions before "of", a comparative
    /// ("a third more", "a fifth higher") or the end of the phrase, and
    /// ordinals before a noun ("a third time", "a fifth term"): the ordinal's
    /// value for such a group.
    fn ordinal_after_article(&self, g: &Group) -> Option<f64> {
        if self.lang != Lang::En || g.kind != Kind::Fraction || !(0.0..1.0).contains(&g.value) {
            return None;
        }
        let first = self.lower(g.start, self.word_end(g.start));
        let n = (1.0 / g.value).round();
        if !matches!(first.as_str(), "a" | "an")
            || !(3.0..=10.0).contains(&n)
            || (1.0 / n - g.value).abs() > 1e-9
        {
            return None;
        }
        let (_, _, next) = self.next_word(g.end)?;
        let fraction = matches!(next.as_str(), "of" | "more" | "less" | "fewer" | "as")
            || next.ends_with("er");
        (!fraction).then_some(n)
    }

    /// Whether the word before char `i` is one of the language's words that
    /// stand before an ordinal (`ordinal-before` in `number-context.txt`).
    fn after_ordinal_word(&self, i: usize) -> bool {
        self.prev_word(i)
            .is_some_and(|w| conventions::is_word_of(self.lang, "ordinal-before", &w))
    }

    pub(super) fn number_words_at(&self, i: usize, out: &mut Vec<Mention>) -> usize {
        // Gather number words joined by spaces, hyphens and connectors.
        let mut parts: Vec<(Entry, usize, usize)> = Vec::new();
        let mut k = i;
        // A decade in words is one word, or hyphenated, and takes no scale:
        // "anni Sessanta milioni di europei" is the 1960s and millions of
        // Europeans.
        // Asked only once a number word is found and more may join it.
        let mut decade: Option<bool> = None;
        let mut after_decade = || {
            *decade.get_or_insert_with(|| {
                self.prev_word(i)
                    .is_some_and(|w| conventions::is_context_word("decade", &w))
            })
        };
        loop {
            let e = self.word_end(k);
            let w = self.lower(k, e);
            let Some(es) = self.entries(&w) else { break };
            if !parts.is_empty() && es.iter().any(|x| x.class == Class::Scale) && after_decade() {
                break;
            }
            let connector = es.len() == 1 && es[0].class == Class::Connector;
            // A scale abbreviation ("bn", "Mio.", "k") follows digits or a
            // number word; it opens no number of its own.
            let abbreviation = es.len() == 1 && es[0].class == Class::ScaleAbbrev;
            if (connector || abbreviation) && parts.is_empty() {
                break;
            }
            let fraction = es.iter().any(|x| x.class == Class::Fraction);
            for en in es {
                parts.push((en, k, e));
            }
            // The next word, across one space or one hyphen.
            let mut g = e;
            let mut gap = 0;
            while g < self.n()
                && (is_space(self.chars[g]) || matches!(self.chars[g], '-' | '‑'))
                && gap < 2
            {
                g += 1;
                gap += 1;
            }
            if g == e || g >= self.n() || !is_word_char(self.chars[g]) {
                break;
            }
            // A decade is one word, or hyphenated ("soixante-dix").
            if (e..g).any(|j| is_space(self.chars[j])) && after_decade() {
                break;
            }
            // A connector only joins when a number word follows it.
            let ge = self.word_end(g);
            let gw = self.lower(g, ge);
            // "a quarter of a billion", "un quarto di miliardo": a fraction
            // of a scale, by the language's word for "of" (`fraction-of`).
            if fraction && conventions::is_word_of(self.lang, "fraction-of", &gw) {
                if let Some(h) = self.scale_after(ge) {
                    k = h;
                    continue;
                }
            }
            match self.entries(&gw) {
                Some(next) if next.len() == 1 && next[0].class == Class::Connector => {
                    let mut h = ge;
                    while h < self.n()
                        && (is_space(self.chars[h]) || is_hyphen(self.chars[h]))
                        && h - ge < 2
                    {
                        h += 1;
                    }
                    let he = self.word_end(h);
                    if h < self.n()
                        && is_word_char(self.at(h))
                        && self.entries(&self.lower(h, he)).is_some_and(|x| {
                            x.iter()
                                .all(|y| !matches!(y.class, Class::Connector | Class::Article))
                                || self.article_before_fraction(&x, he)
                        })
                    {
                        k = h;
                        continue;
                    }
                    break;
                }
                // "four centuries", "два века": a count of centuries is the
                // count (and, read with it, its hundreds of years), not four
                // hundred.
                Some(next)
                    if next.iter().all(|x| x.weak && x.value == 100.0)
                        && conventions::is_context_word("century", &gw) =>
                {
                    break
                }
                Some(_) => k = g,
                None => break,
            }
        }
        // "quelques pour cent", "qualche per cento": the hundred of a percent
        // phrase after no figure is no number.
        if !parts.is_empty() && self.ends_percent_phrase(i) {
            return 0;
        }
        let end_word = self.word_end(i);
        if parts.is_empty() {
            let w = self.lower(i, end_word);
            // "drittgrößte": a rank glued to a superlative.
            if let Some(v) = words::superlative_ordinal(self.lang, &w) {
                let mut m = self.mention(i, end_word, Kind::Ordinal, vec![Reading::q(v)]);
                m.words = true;
                out.push(m);
                return end_word;
            }
            // "vierköpfige": a number glued to a noun.
            if let Some(v) = words::number_prefix(self.lang, &w) {
                let v = self.compound_prefix(&w).unwrap_or(v);
                let mut m = self.mention(i, end_word, Kind::Cardinal, vec![Reading::q(v)]);
                m.words = true;
                m.strength = Strength::MatchOnly;
                out.push(m);
            }
            return end_word;
        }
        let groups = evaluate(&parts, self.lang);
        let mut last_end = end_word;
        for mut g in groups {
            if let Some(v) = self.ordinal_after_article(&g) {
                g.kind = Kind::Ordinal;
                g.value = v;
            }
            // "minus fifty", "минус пятьдесят": a minus word before a count in
            // words is its sign, as before digits.
            if g.kind == Kind::Cardinal && self.minus_word_before(g.start) {
                g.value = -g.value;
            }
            let mut m = self.mention(g.start, g.end, g.kind, vec![Reading::q(g.value)]);
            m.words = true;
            m.scale = g.scale;
            // "ein Siebtel" is "one in seven" and "uno de cada siete": a
            // fraction of one is also its denominator.
            if g.kind == Kind::Fraction && g.value > 0.0 && g.value < 1.0 {
                let n = (1.0 / g.value).round();
                if (3.0..=10.0).contains(&n) && crate::numbers::same(1.0 / n, g.value) {
                    m.readings.push(Reading::q(n));
                }
            }
            // Italian names a century by its hundreds, with a capital
            // ("l'Ottocento", the nineteenth century, the 1800s).
            if self.lang == Lang::It
                && self.at(g.start).is_uppercase()
                && g.kind == Kind::Cardinal
                && g.scale.is_none()
                && (200.0..=900.0).contains(&g.value)
                && g.value % 100.0 == 0.0
            {
                m.kind = Kind::Ordinal;
                m.readings = vec![
                    Reading::q(g.value / 100.0 + 11.0),
                    Reading::q(1000.0 + g.value),
                ];
            }
            m.strength =
                if g.weak || g.kind == Kind::Fraction || self.name_like(g.start, g.scale.is_some())
                {
                    Strength::MatchOnly
                } else {
                    Strength::Strong
                };
            // "achten" is an ordinal after "am", "dem", "zum" and a verb
            // elsewhere: a weak ordinal (from 3 up: "first" and "second" have
            // other senses after an article too) counts after a word of the
            // `ordinal-before` role.
            if g.weak
                && g.kind == Kind::Ordinal
                && g.value >= 3.0
                && self.after_ordinal_word(g.start)
            {
                m.strength = Strength::Strong;
            }
            let mut e = g.end;
            if let Some(pe) = self.percent_words(e) {
                m.kind = Kind::Percent;
                m.unit = Some("%");
                e = pe;
            } else if matches!(self.at(e), '%')
                || (is_group_space(self.at(e)) && self.at(e + 1) == '%')
            {
                m.kind = Kind::Percent;
                m.unit = Some("%");
            } else {
                m.unit = self.unit_after(e);
            }
            m.range.end = self.offs[e];
            last_end = last_end.max(e);
            out.push(m);
        }
        last_end
    }

    /// A capitalised number word inside a sentence is a name ("Otto Ritter",
    /// "the Ninth Ward"). German capitalises scale nouns ("Millionen").
    /// Whether the word at `i` is the last word of a percent phrase of two
    /// words or more ("pour cent", "por ciento") whose other words precede it.
    fn ends_percent_phrase(&self, i: usize) -> bool {
        let w = self.lower(i, self.word_end(i));
        conventions::context_any("percent").iter().any(|p| {
            p.len() >= 2
                && p[p.len() - 1] == w
                && self.prev_word(i).is_some_and(|prev| prev == p[p.len() - 2])
        })
    }

    pub(super) fn name_like(&self, i: usize, has_scale: bool) -> bool {
        if !self.at(i).is_uppercase() || (self.lang == Lang::De && has_scale) {
            return false;
        }
        let mut k = i;
        while k > 0 && is_space(self.chars[k - 1]) {
            k -= 1;
        }
        k > 0
            && !matches!(
                self.chars[k - 1],
                '.' | '!'
                    | '?'
                    | ':'
                    | ';'
                    | '"'
                    | '«'
                    | '“'
                    | '„'
                    | '('
                    | '¡'
                    | '¿'
                    | '—'
                    | '–'
                    | '-'
                    | '\n'
            )
    }
}

/// A hyphen joining number words ("two-and-a-half").
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‑')
}
