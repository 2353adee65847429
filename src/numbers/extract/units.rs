//! Units, currencies and percent words next to a number.

use super::*;

/// Whether `word` is the canonical code of a currency mtcheck reads ("PLN",
/// "EUR"): a translation writes it for a currency word or sign ("zł", "€").
pub fn is_currency_code(word: &str) -> bool {
    word.len() == 3
        && word.chars().all(|c| c.is_ascii_uppercase())
        && UNITS.iter().any(|&(_, code)| code == word)
}

/// Units and currencies kept with a number, by lower-cased word: canonical name.
pub(super) const UNITS: &[(&str, &str)] = &[
    ("%", "%"),
    ("€", "EUR"),
    ("eur", "EUR"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("euro's", "EUR"),
    ("evro", "EUR"),
    ("$", "USD"),
    ("usd", "USD"),
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("dólar", "USD"),
    ("dólares", "USD"),
    ("dollari", "USD"),
    ("dollaro", "USD"),
    ("dólares", "USD"),
    ("долларов", "USD"),
    ("доллара", "USD"),
    ("£", "GBP"),
    ("pound", "GBP"),
    ("pounds", "GBP"),
    ("livres", "GBP"),
    ("sterline", "GBP"),
    ("libras", "GBP"),
    ("¥", "JPY"),
    ("yen", "JPY"),
    ("円", "JPY"),
    ("yuan", "CNY"),
    ("元", "CNY"),
    ("zł", "PLN"),
    ("pln", "PLN"),
    ("złotych", "PLN"),
    ("zloty", "PLN"),
    ("rubles", "RUB"),
    ("рублей", "RUB"),
    ("руб", "RUB"),
    ("kč", "CZK"),
    ("korun", "CZK"),
    ("crowns", "CZK"),
    ("km", "km"),
    ("kilometre", "km"),
    ("kilometres", "km"),
    ("kilometer", "km"),
    ("kilometers", "km"),
    ("kilomètres", "km"),
    ("kilómetros", "km"),
    ("chilometri", "km"),
    ("quilômetros", "km"),
    ("quilómetros", "km"),
    ("kilometern", "km"),
    ("километров", "km"),
    ("kilometrů", "km"),
    ("kilometrów", "km"),
    ("m", "m"),
    ("metre", "m"),
    ("metres", "m"),
    ("meter", "m"),
    ("meters", "m"),
    ("mètres", "m"),
    ("metros", "m"),
    ("metri", "m"),
    ("metern", "m"),
    ("metrů", "m"),
    ("metrów", "m"),
    ("метров", "m"),
    ("miles", "mi"),
    ("mile", "mi"),
    ("milles", "mi"),
    ("millas", "mi"),
    ("miglia", "mi"),
    ("meilen", "mi"),
    ("feet", "ft"),
    ("foot", "ft"),
    ("pieds", "ft"),
    ("pies", "ft"),
    ("fuß", "ft"),
    ("piedi", "ft"),
    ("kg", "kg"),
    ("kilos", "kg"),
    ("kilograms", "kg"),
    ("kilogrammes", "kg"),
    ("kilogramos", "kg"),
    ("t", "t"),
    ("tons", "t"),
    ("tonnes", "t"),
    ("toneladas", "t"),
    ("tonnen", "t"),
    ("tonnellate", "t"),
    ("cm", "cm"),
    ("mm", "mm"),
    ("ha", "ha"),
    ("hectares", "ha"),
    ("hectáreas", "ha"),
    ("ettari", "ha"),
    ("years", "year"),
    ("year", "year"),
    ("ans", "year"),
    ("años", "year"),
    ("jahre", "year"),
    ("jahren", "year"),
    ("anni", "year"),
    ("anos", "year"),
    ("jaar", "year"),
    ("lat", "year"),
    ("let", "year"),
    ("лет", "year"),
    ("days", "day"),
    ("day", "day"),
    ("jours", "day"),
    ("días", "day"),
    ("tage", "day"),
    ("tagen", "day"),
    ("giorni", "day"),
    ("dias", "day"),
    ("dagen", "day"),
    ("dni", "day"),
    ("dnů", "day"),
    ("дней", "day"),
    ("hours", "hour"),
    ("heures", "hour"),
    ("horas", "hour"),
    ("stunden", "hour"),
    ("ore", "hour"),
    ("uur", "hour"),
    ("minutes", "min"),
    ("minutos", "min"),
    ("minuten", "min"),
    ("minuti", "min"),
    ("min", "min"),
    ("people", "people"),
    ("personnes", "people"),
    ("personas", "people"),
    ("menschen", "people"),
    ("persone", "people"),
    ("pessoas", "people"),
    ("mensen", "people"),
    ("человек", "people"),
    ("osób", "people"),
    ("lidí", "people"),
    ("грн", "UAH"),
    ("гривень", "UAH"),
    ("гривні", "UAH"),
    ("гривня", "UAH"),
    ("hřiven", "UAH"),
    ("hryvnias", "UAH"),
    ("hryvnia", "UAH"),
    ("uah", "UAH"),
    ("доларів", "USD"),
    ("долари", "USD"),
    ("євро", "EUR"),
    ("крон", "CZK"),
    ("кілометрів", "km"),
    ("км", "km"),
    ("метрів", "m"),
    ("років", "year"),
    ("роки", "year"),
    ("рік", "year"),
    ("року", "year"),
    ("годы", "year"),
    ("года", "year"),
    ("днів", "day"),
    ("дні", "day"),
    ("дня", "day"),
    ("хвилин", "min"),
    ("минут", "min"),
    ("minut", "min"),
    ("осіб", "people"),
    ("людей", "people"),
];

pub(super) fn unit_of(word: &str) -> Option<&'static str> {
    UNITS.iter().find(|(w, _)| *w == word).map(|(_, u)| *u)
}

impl Scanner<'_> {
    pub(super) fn currency_before(&self, i: usize) -> Option<&'static str> {
        let mut k = i;
        if k > 0 && is_space(self.chars[k - 1]) {
            k -= 1;
        }
        let p = if k > 0 {
            self.chars[k - 1]
        } else {
            return None;
        };
        match p {
            '$' => Some("USD"),
            '€' => Some("EUR"),
            '£' => Some("GBP"),
            '¥' | '￥' => Some("JPY"),
            '₹' => Some("INR"),
            _ if p.is_alphabetic() => {
                let w = self.prev_word(i)?;
                match w.as_str() {
                    "pln" | "usd" | "eur" | "gbp" | "rs" | "chf" | "us" => {
                        unit_of(&w).or(Some("currency"))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Whether Czech "mil" ending at char `e` abbreviates "milionů" (with its
    /// dot, or before a currency) rather than being "mil" (of miles).
    pub(super) fn czech_mil_is_million(&self, e: usize) -> bool {
        self.at(e) == '.'
            || self.next_word(e).is_some_and(|(_, _, w)| {
                unit_of(&w)
                    .is_some_and(|u| u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase()))
            })
            || matches!(self.at(e + 1), '€' | '$' | '£')
    }

    pub(super) fn percent_words(&self, j: usize) -> Option<usize> {
        conventions::context_any("percent")
            .iter()
            .find_map(|p| self.phrase_end(j, p))
    }

    pub(super) fn unit_after(&self, j: usize) -> Option<&'static str> {
        let (_, e, w) = self.next_word(j)?;
        if let Some(u) = unit_of(&w) {
            return Some(u);
        }
        if matches!(w.as_str(), "de" | "of" | "di" | "d") {
            let (_, _, w2) = self.next_word(e + usize::from(matches!(self.at(e), '\'' | '’')))?;
            return unit_of(&w2);
        }
        None
    }
}
