//! Digits in every thousands and decimal convention, with their scale
//! words, units, ordinals and decades.

use super::*;

impl Scanner<'_> {
    /// Reads the number starting at char `i`; pushes its mentions and returns
    /// the index after it.
    pub(super) fn number_at(&self, i: usize, out: &mut Vec<Mention>) -> usize {
        // A set phrase opening on digits ("0815"; "von 0 auf 100" is tried
        // at its first word), in the few languages that have one.
        if words::phrases(self.lang)
            .iter()
            .any(|(p, _)| p.starts_with(|c: char| c.is_ascii_digit()))
        {
            if let Some(end) = self.set_phrase_at(i, &self.lower(i, self.word_end(i)), out) {
                return end;
            }
        }
        let rest = &self.text[self.offs[i]..];
        // "AM10:00", "PM4:30" (Japanese and Korean order) are times, not codes.
        let meridiem = self.meridiem_before(i).is_some();
        if meridiem || !self.glued_to_letters(i) {
            if let Some(next) = self.time_at(i, rest, out) {
                return next;
            }
            if let Some(next) = self.numeric_date_at(i, rest, out) {
                return next;
            }
        }
        if self.lang == Lang::En && rest.starts_with("9/11") && !is_digit(self.at(i + 4)) {
            // The attacks of 11 September 2001, by their American date.
            let mut m = self.mention(
                i,
                i + 4,
                Kind::Date,
                vec![Reading {
                    domain: Domain::Date,
                    value: 911.0,
                }],
            );
            m.strength = Strength::MatchOnly;
            let mut year = m.clone();
            year.kind = Kind::Year;
            year.readings = vec![Reading::q(2001.0)];
            out.push(m);
            out.push(year);
            return i + 4;
        }
        if rest.starts_with("24/7") && !is_digit(self.at(i + 4)) {
            // "open 24/7": always, not a count of hours or days.
            let mut m = self.mention(i, i + 4, Kind::Cardinal, vec![Reading::q(24.0)]);
            m.strength = Strength::MatchOnly;
            out.push(m);
            return i + 4;
        }
        if let Some(next) = self.phone_number(i, out) {
            return next;
        }
        let lit = self.literal(i);
        let (mut value, mut alt) = self.interpret(&lit);
        let plain_int = lit.seps.is_empty();
        // Read as a decimal: the digits after the mark ("1.70": 2).
        let whole: f64 = lit.groups.concat().parse().unwrap_or(0.0);
        let decimals = (!plain_int && value != whole)
            .then(|| lit.groups.last().map_or(0, |g| g.len().min(9) as u8));
        let mut start = i;
        // "マイナス2%" is as often "down 2%" in English as "minus 2%"; below
        // zero ("マイナス5度") it is the sign.
        let cjk_minus = if self.cjk() {
            self.cjk_minus_word_start(i)
        } else {
            None
        };
        let loose_minus = cjk_minus.is_some() && !matches!(self.at(lit.end), '度' | '℃' | '°');
        let sign = self.sign_before(i);
        // A dash set apart from the number ("(– 9 %)") is read either way:
        // it is a minus in French typesetting, and a fall is as often
        // written with a verb ("down 9%") as with the sign.
        let spaced_sign = sign && is_space(self.chars[i - 1]);
        let loose_minus = loose_minus || spaced_sign;
        let minus_word = !sign && cjk_minus.is_none() && !self.cjk() && self.minus_word_before(i);
        if sign || cjk_minus.is_some() || minus_word {
            value = -value;
            alt = alt.map(|a| -a);
            if spaced_sign {
                start = i - 2;
            } else if sign {
                start = i - 1;
            } else if let Some(s) = cjk_minus {
                start = s;
            }
        }
        // "Phase-2-Studie", "Stufe-4-Plan": a number inside a compound is a count
        // that the other language writes apart, not a code like "F-35".
        let compound_middle = self.glued_to_letters(i)
            && matches!(self.chars[i - 1], '-' | '‑')
            && matches!(self.at(lit.end), '-' | '‑')
            && is_word_char(self.at(lit.end + 1));
        // A model number goes on with a dot and capitals after its digits
        // ("ECAM 22.110.B"): a code, its digits read whole on either side.
        let model = self.at(lit.end) == '.'
            && self.at(lit.end + 1).is_ascii_uppercase()
            && !self.at(lit.end + 2).is_lowercase();
        let code = (self.glued_to_letters(i) && !compound_middle) || model;
        // "No 10", "Nr. 5", "n° 3", "№ 7": a number that designates (a house,
        // an item, a jersey) is held against a different number on the other
        // side, but not reported alone: translators name the thing instead.
        let designation = self.designation_before(i);
        // ".943 save percentage", "a .300 hitter": English sports writing
        // gives a rate with a bare leading point, which other languages
        // write as a percentage ("94,3 %"): the share, and its percent.
        let leading_point = self.lang == Lang::En
            && plain_int
            && !sign
            && i >= 1
            && self.at(i - 1) == '.'
            && (i < 2 || self.at(i - 2).is_whitespace() || self.at(i - 2) == '(');
        if leading_point {
            value /= 10f64.powi(lit.groups.concat().len() as i32);
            start = i - 1;
        }
        let mut m = self.mention(start, lit.end, Kind::Cardinal, vec![Reading::q(value)]);
        let bullet = self.bullet_or_sign(i);
        m.locale_alt = alt;
        m.decimals = decimals;
        m.unit = self.currency_before(start);
        // "a 6-foot-5 forward": the inches after a height in feet, glued on
        // by a hyphen, are a length, not a code.
        let inches_of_height = code
            && i >= 2
            && self.at(i - 1) == '-'
            && self
                .prev_word(i - 1)
                .is_some_and(|w| unit_of(&w) == Some("ft"));
        if inches_of_height {
            m.unit = Some("in");
        } else if code {
            m.kind = Kind::Code;
        }
        if model {
            if let Ok(v) = lit.groups.concat().parse::<f64>() {
                value = v;
                m.locale_alt = None;
                m.decimals = None;
            }
        }
        let mut j = lit.end;
        let mut scale = 1.0;
        let mut million_or_metre = false;

        // "2½", "1¾": a fraction sign after the whole number.
        if let Some(f) = vulgar_fraction(self.at(j)).filter(|_| plain_int) {
            value += f.copysign(value);
            j += 1;
        }
        // Ordinal marks and suffixes glued to the digits.
        // Italian often writes the first of a month with a degree sign ("1°
        // aprile"): before a month it is the ordinal mark, not degrees.
        let degree_day = self.at(j) == '°'
            && plain_int
            && self
                .next_word(j + 1)
                .is_some_and(|(_, _, w)| dates::month(self.lang, &w).is_some());
        if matches!(self.at(j), 'º' | 'ª') || degree_day {
            m.kind = Kind::Ordinal;
            j += 1;
        } else if self.at(j) == '.' && matches!(self.at(j + 1), 'º' | 'ª') {
            m.kind = Kind::Ordinal;
            j += 2;
        } else if is_word_char(self.at(j)) {
            let e = self.word_end(j);
            let suf = self.lower(j, e);
            let s = suf.as_str();
            match s {
                "st" | "nd" | "rd" | "th" | "ᵉ" | "ème" | "eme" | "e" | "er" | "re" | "ère"
                | "o" | "a"
                    if !(s == "er" && self.lang == Lang::De)
                        && (plain_int || !matches!(s, "o" | "a")) =>
                {
                    m.kind = Kind::Ordinal;
                    j = e;
                }
                // "the 1980s", "die 80er", and German's dative plural "in
                // den 80ern".
                "s" | "er" | "ern" if plain_int => {
                    m.kind = Kind::Decade;
                    j = e;
                }
                "bn" | "mn" | "m" | "k" if s == "bn" || m.unit.is_some() => {
                    scale = match s {
                        "bn" => 1e9,
                        "mn" | "m" => 1e6,
                        _ => 1e3,
                    };
                    j = e;
                }
                _ => {
                    if let Some(u) = unit_of(s) {
                        m.unit = Some(u);
                        million_or_metre = s == "m" && conventions::million_m(self.lang);
                        j = e;
                    } else if let Some(entry) =
                        words::lookup(self.lang, s).filter(|e| e.value >= 1000.0)
                    {
                        scale = entry.value;
                        j = e;
                    } else {
                        m.kind = Kind::Code;
                    }
                }
            }
        } else if matches!(self.at(j), '\'' | '’')
            && self.at(j + 1) == 's'
            && !is_word_char(self.at(j + 2))
        {
            m.kind = Kind::Decade;
            j += 2;
        }

        // Decades with a case ending ("1970-ті", "70-х", "lata 60-te") or
        // an ordinal dot before "years" ("v 70. letech").
        if m.kind == Kind::Cardinal && plain_int && value % 10.0 == 0.0 {
            if matches!(self.at(j), '-' | '‑') && is_word_char(self.at(j + 1)) {
                let e = self.word_end(j + 1);
                if conventions::is_context_word("decade-suffix", &self.lower(j + 1, e)) {
                    m.kind = Kind::Decade;
                    j = e;
                }
            } else if self.at(j) == '.'
                && self
                    .next_word(j + 1)
                    .is_some_and(|(_, _, w)| conventions::is_context_word("decade-after-dot", &w))
            {
                m.kind = Kind::Decade;
            }
        }

        // "3分の2", "3分之2": a fraction, the denominator first ("two thirds").
        // Like a fraction in words it is held against the other side's
        // fractions, never reported alone.
        if self.cjk()
            && plain_int
            && self.at(j) == '分'
            && matches!(self.at(j + 1), 'の' | '之')
            && is_digit(self.at(j + 2))
        {
            let l2 = self.literal(j + 2);
            let (numerator, _) = self.interpret(&l2);
            if value > 0.0 && numerator < value {
                // Its two numbers may stand as written on the other side
                // ("1/5"): each satisfies a match there, never reported alone.
                let mut denominator = m.clone();
                denominator.readings = vec![Reading::q(value)];
                denominator.strength = Strength::MatchOnly;
                let mut part = denominator.clone();
                part.range = self.offs[j + 2]..self.offs[l2.end];
                part.readings = vec![Reading::q(numerator)];
                m.kind = Kind::Fraction;
                m.readings = vec![Reading::q(numerator / value)];
                m.strength = Strength::MatchOnly;
                m.range.end = self.offs[l2.end];
                out.extend([m, denominator, part]);
                return l2.end;
            }
        }
        let mut st = Counted {
            value,
            scale,
            j,
            more_decades: Vec::new(),
            short_year: false,
            tenths: None,
        };
        if let Some(end) = self.cjk_counters(i, &lit, plain_int, &mut m, &mut st, out) {
            return end;
        }
        let Counted {
            mut value,
            mut scale,
            mut j,
            more_decades,
            short_year: short_cjk_year,
            tenths,
        } = st;

        // Percent sign.
        let mut k = j;
        while k < self.n() && is_group_space(self.chars[k]) && k - j < 2 {
            k += 1;
        }
        if matches!(self.at(k), '%' | '％') {
            m.kind = Kind::Percent;
            m.unit = Some("%");
            j = k + 1;
        }

        // A scale word after a hyphen, in a compound ("a 4.2-billion-hryvnia
        // programme", "45-Milliarden-Fonds").
        let mut scale_words = 0;
        if matches!(self.at(j), '-' | '‑')
            && is_word_char(self.at(j + 1))
            && m.kind == Kind::Cardinal
        {
            let e = self.word_end(j + 1);
            let w = self.lower(j + 1, e);
            if let Some(entry) = words::lookup(self.lang, &w)
                .filter(|e| e.value >= 1000.0 && e.class == Class::Scale)
            {
                scale *= entry.value;
                scale_words += 1;
                j = e;
            }
        }
        // "gennaio 2024 milioni di pellet", "enero de 2024 millones": a year
        // after its month takes no scale; the scale opens the next phrase.
        let year_of_month = plain_int
            && (1000.0..=2100.0).contains(&value)
            && (self.month_before(start) || self.month_before_link(start));
        // Scale words, percent words and units after a space.
        while let Some((ws, we, w)) = self.next_word(j) {
            if year_of_month {
                break;
            }
            let trimmed = w.trim_end_matches('.');
            if self.lang == Lang::Cs && trimmed == "mil" && !self.czech_mil_is_million(we) {
                // "10 mil" is ten miles; "10 mil." and "10 mil Kč" are millions.
                m.unit = Some("mi");
                j = we;
                break;
            }
            match words::lookup(self.lang, trimmed) {
                Some(e)
                    if e.value >= 1000.0
                        && matches!(e.class, Class::Scale | Class::ScaleAbbrev)
                        && m.kind != Kind::Percent
                        && !(m.kind == Kind::Year && scale_words == 0 && e.value == 1000.0) =>
                {
                    scale *= e.value;
                    scale_words += 1;
                    j = we;
                    if self.at(j) == '.' {
                        j += 1;
                    }
                    let _ = ws;
                }
                _ => break,
            }
        }
        if let Some(end) = self.percent_words(j) {
            m.kind = Kind::Percent;
            m.unit = Some("%");
            j = end;
        }
        if m.unit.is_none() {
            m.unit = self.unit_after(j);
        }
        if m.unit == Some("m") && self.wind_speed_before(start) {
            m.unit = Some("m/s");
        }
        if let Some(end) = self.below_zero(j) {
            value = -value;
            m.locale_alt = m.locale_alt.map(|a| -a);
            j = end;
        }
        if scale != 1.0 {
            value *= scale;
            m.scale = Some(scale);
            m.locale_alt = m.locale_alt.map(|a| a * scale);
        }

        // Decades written "années 70", years.
        if m.kind == Kind::Cardinal && plain_int && scale == 1.0 {
            if let Some(w) = self.prev_word(start) {
                // Also over a preposition: "la década de 1990", "the decade
                // of 1990".
                let over_of = || {
                    matches!(w.as_str(), "de" | "del" | "of" | "da" | "do")
                        && self
                            .prev_word(self.word_start_before(start))
                            .is_some_and(|d| conventions::is_context_word("decade", &d))
                };
                // Joined to a decade by "and" or "to" ("las décadas de 1960 y
                // 1980", "the 1950s and 1970"): a decade too, as the plural
                // word before the first says.
                let joined_to_decade = || {
                    conventions::is_word_of(self.lang, "range", &w)
                        && out.last().is_some_and(|p| {
                            p.kind == Kind::Decade
                                && self.text[p.range.end..self.offs[start]]
                                    .trim()
                                    .to_lowercase()
                                    == w
                        })
                };
                if conventions::is_context_word("decade", &w) || over_of() || joined_to_decade() {
                    m.kind = Kind::Decade;
                }
            }
            if m.kind == Kind::Cardinal
                && (1000.0..=2200.0).contains(&value)
                && lit.groups[0].len() == 4
            {
                m.kind = Kind::Year;
            }
        }
        // "1994-97": the end of a range of years, written short.
        let short_year = self.year_before_range(start).filter(|_| {
            m.kind == Kind::Cardinal && plain_int && lit.groups[0].len() == 2 && scale == 1.0
        });
        m.readings = match m.kind {
            _ if short_year.is_some() => {
                let century = short_year.map_or(0.0, |y| (y / 100.0).floor() * 100.0);
                vec![Reading::q(value), Reading::q(century + value)]
            }
            Kind::Decade if value < 100.0 => vec![
                Reading::q(value),
                Reading::q(1900.0 + value),
                Reading::q(2000.0 + value),
            ],
            // "the 1800s" is the nineteenth century as much as its first
            // decade: a round hundred's plural is read as its century too.
            Kind::Decade if value % 100.0 == 0.0 => vec![
                Reading::q(value),
                Reading::q(value % 100.0),
                Reading::q(value / 100.0 + 1.0),
            ],
            Kind::Decade => vec![Reading::q(value), Reading::q(value % 100.0)],
            _ => vec![Reading::q(value)],
        };
        for d in more_decades {
            m.readings.extend([Reading::q(d), Reading::q(d % 100.0)]);
        }
        if leading_point {
            m.readings.push(Reading::q(value * 100.0));
        }
        if m.kind == Kind::Cardinal && scale == 1.0 && m.unit.is_none() {
            m.readings.extend(self.clock_or_day(&lit));
        }
        if short_cjk_year {
            m.readings
                .extend([Reading::q(1900.0 + value), Reading::q(2000.0 + value)]);
        }
        // "’49", "'89": a year cut to two digits after an apostrophe, of
        // whichever century the text speaks of ("the gold rush of ’49").
        let apostrophe_before = i > 0
            && matches!(self.chars[i - 1], '\'' | '’' | '‘')
            && (i < 2 || !is_word_char(self.chars[i - 2]));
        if apostrophe_before
            && m.kind == Kind::Cardinal
            && plain_int
            && lit.groups[0].len() == 2
            && lit.groups.len() == 1
            && scale == 1.0
        {
            m.readings.extend([
                Reading::q(1800.0 + value),
                Reading::q(1900.0 + value),
                Reading::q(2000.0 + value),
            ]);
        }
        // "9.4m customers": no currency says whether the "m" is millions or
        // metres; millions are a second reading.
        if million_or_metre {
            m.readings.push(Reading::q(value * 1e6));
        }
        // A signed share ("soit -23 %", "−4,5 %") is a change, which
        // another language as often writes with a word ("save 23%", "down
        // 4.5%"): its size is a second reading. A signed temperature is not.
        // So is one after a minus word ("minus 13 Prozent" for "down 13%").
        let signed_share = (sign || minus_word) && m.unit == Some("%");
        // A length, an area or a speed is never below zero: a hyphen before
        // one ("vítr -85 mil") is a dash.
        let unsigned_unit = sign
            && m.unit
                .is_some_and(|u| units::is_measure(u) || matches!(u, "mph" | "km/h"));
        if bullet || loose_minus || signed_share || unsigned_unit {
            // Either way round: the value without the sign is a second reading.
            m.readings.push(Reading::q(value.abs()));
        }
        m.range.end = self.offs[j.min(self.n())];
        if m.kind == Kind::Code {
            // "COVID-19", "F-35": names; held against the other side only when
            // it has a code of its own that differs.
            m.strength = Strength::PairOnly;
        } else if compound_middle
            || (matches!(m.kind, Kind::Cardinal | Kind::Ordinal)
                && value == 1.0
                && m.unit.is_none_or(units::is_measure))
        {
            // "Phase-1-Studie" may be "a phase 1 trial" or "the first phase".
            // A lone "1" ("１人", "1つ", "1日" a day) is as often rendered "a"
            // as "one", and "1st" as often "first" as a number; so is one of
            // a measure ("1 km" a kilometre, "1キロあたり" per kilo).
            m.strength = Strength::PairOnly;
        }
        if designation && m.strength == Strength::Strong {
            m.strength = Strength::PairOnly;
        }
        if let Some(epoch) = self.era_epoch(start).filter(|_| self.lang == Lang::Ja) {
            // "明治２８年" (1895), "令和2年度" (fiscal 2020): a Japanese era
            // year, which English gives as the Western year; usually dropped
            // beside the Western year where Japanese writes both.
            if plain_int && (1.0..=64.0).contains(&value) {
                m.kind = Kind::Year;
                m.readings.push(Reading::q(epoch + value - 1.0));
            }
            m.strength = Strength::MatchOnly;
        }
        self.push_with_tenths(out, m, tenths);
        j
    }
}

/// The value of a fraction sign ("½", "¾").
pub(super) fn vulgar_fraction(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        _ => return None,
    })
}

impl Scanner<'_> {
    /// "0120-555-812", "030 1234 5678", "0120・555・812": digits opening on
    /// a zero, in groups joined by a hyphen, a dot, a space or a middle dot,
    /// are a telephone number in every language (no count opens on a zero):
    /// one code, compared by its digits whatever joins them.
    fn phone_number(&self, i: usize, out: &mut Vec<Mention>) -> Option<usize> {
        /// Fewest digits of a telephone number.
        const PHONE_MIN_DIGITS: usize = 6;
        let run = |mut j: usize, digits: &mut String| {
            while let Some(d) = digit(self.at(j)) {
                digits.push(char::from_digit(d, 10).unwrap_or('0'));
                j += 1;
            }
            j
        };
        let mut digits = String::new();
        let mut j = run(i, &mut digits);
        if digits.len() < 2 || !digits.starts_with('0') || (i > 0 && is_word_char(self.at(i - 1))) {
            return None;
        }
        let mut lens = vec![digits.len()];
        while matches!(self.at(j), '-' | '.' | ' ' | '\u{a0}' | '・')
            && digit(self.at(j + 1)).is_some()
        {
            let before = digits.len();
            j = run(j + 1, &mut digits);
            lens.push(digits.len() - before);
        }
        // Two groups of three digits or more ("0120-555-812", "030 1234
        // 5678"), or five pairs ("06 12 34 56 78"): a date ("02.22.1972")
        // has neither.
        let long_groups = lens.iter().filter(|&&n| n >= 3).count();
        let pairs = lens.len() >= 5 && lens.iter().all(|&n| n == 2);
        if lens.len() < 2
            || digits.len() < PHONE_MIN_DIGITS
            || !(long_groups >= 2 || pairs)
            || is_word_char(self.at(j))
        {
            return None;
        }
        let value: f64 = digits.parse().ok()?;
        let mut m = self.mention(i, j, Kind::Code, vec![Reading::q(value)]);
        m.strength = Strength::Strong;
        out.push(m);
        Some(j)
    }
}
