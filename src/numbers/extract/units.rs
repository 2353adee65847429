//! Units, currencies and percent words next to a number.

use super::*;
use foldhash::HashMap;

/// Whether `word` is the canonical code of a currency mtcheck reads ("PLN",
/// "EUR"): a translation writes it for a currency word or sign ("zł", "€").
pub fn is_currency_code(word: &str) -> bool {
    word.len() == 3
        && word.chars().all(|c| c.is_ascii_uppercase())
        && units().values().any(|&code| code == word)
}

/// Symbols and abbreviations of units and currencies, written alike in every
/// language (the words are `units.txt` of each language in `data/lang/`):
/// symbol, canonical unit.
const SYMBOLS: &[(&str, &str)] = &[
    ("%", "%"),
    ("€", "EUR"),
    ("eur", "EUR"),
    ("evro", "EUR"),
    ("$", "USD"),
    ("usd", "USD"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("円", "JPY"),
    ("元", "CNY"),
    ("zł", "PLN"),
    ("pln", "PLN"),
    ("руб", "RUB"),
    ("kč", "CZK"),
    ("km", "km"),
    ("mph", "mph"),
    ("kph", "km/h"),
    ("ft", "ft"),
    ("m", "m"),
    ("kg", "kg"),
    ("t", "t"),
    ("cm", "cm"),
    ("mm", "mm"),
    ("ha", "ha"),
    ("min", "min"),
    ("грн", "UAH"),
    ("uah", "UAH"),
    ("км", "km"),
    // Units of data rate, frequency and power, written alike in Latin
    // script everywhere and respelt in Cyrillic.
    ("mbps", "Mbit/s"),
    ("mbit/s", "Mbit/s"),
    ("мбіт/с", "Mbit/s"),
    ("мбит/с", "Mbit/s"),
    ("мбіт", "Mbit/s"),
    ("мбит", "Mbit/s"),
    ("gbps", "Gbit/s"),
    ("ghz", "GHz"),
    ("ггц", "GHz"),
    ("mhz", "MHz"),
    ("мгц", "MHz"),
    ("kwh", "kWh"),
    ("квт·год", "kWh"),
    ("квт·ч", "kWh"),
    ("mwh", "MWh"),
    ("kw", "kW"),
    ("квт", "kW"),
    ("mw", "MW"),
    ("мвт", "MW"),
    ("gw", "GW"),
    ("гвт", "GW"),
    ("gwh", "GWh"),
    ("wh", "Wh"),
    ("вт·год", "Wh"),
    ("вт·ч", "Wh"),
    ("mah", "mAh"),
    ("mp", "MP"),
    ("mpx", "MP"),
    ("ма·год", "mAh"),
    ("ма·ч", "mAh"),
    ("hz", "Hz"),
    ("гц", "Hz"),
    ("khz", "kHz"),
    ("кгц", "kHz"),
    // Resolution, written alike everywhere.
    ("ppi", "ppi"),
    ("dpi", "dpi"),
];

/// Whether `word` is the symbol of a unit of data rate, frequency or power
/// ("Mbps", "GHz", "kWh", "Wh", "МВт"): a unit the number check reads, no name.
pub fn is_unit_symbol(word: &str) -> bool {
    const TECHNICAL: &[&str] = &[
        "Mbit/s", "Gbit/s", "GHz", "MHz", "kWh", "MWh", "GWh", "Wh", "mAh", "kW", "MW", "GW", "Hz",
        "kHz", "ppi", "dpi", "MP",
    ];
    if word.len() > "мбіт/с".len() {
        return false;
    }
    let w = word.to_lowercase();
    let bare = w.split('/').next().unwrap_or(&w);
    [w.as_str(), bare]
        .iter()
        .any(|k| units().get(k).is_some_and(|u| TECHNICAL.contains(u)))
}

/// Every unit word and symbol, lower case, with its canonical unit: the
/// symbols above and the `units.txt` of every language (a source may quote a
/// unit in another language: "500 miles" in a French text).
fn units() -> &'static HashMap<&'static str, &'static str> {
    static CELL: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut map: HashMap<&'static str, &'static str> = SYMBOLS.iter().copied().collect();
        for lang in Lang::ALL {
            for line in crate::lang::words::lines(lang, "units") {
                if let Some((w, u)) = line.split_once('=') {
                    map.insert(w.trim(), u.trim());
                }
            }
        }
        map
    })
}

/// The unit words of the tables written in Chinese or Japanese characters,
/// longest first, as chars: they stand against the next word, with no space.
fn cjk_units() -> &'static [(Vec<char>, &'static str)] {
    static CELL: OnceLock<Vec<(Vec<char>, &'static str)>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut v: Vec<(Vec<char>, &'static str)> = units()
            .iter()
            // Of two characters and up, or one that measures (the jin 斤, the
            // mu 亩): a currency sign ("円") is read as one.
            .filter(|(w, u)| {
                (w.chars().count() >= 2 || !is_currency_code(u)) && w.chars().all(is_cjk)
            })
            .map(|(w, &u)| (w.chars().collect(), u))
            .collect();
        v.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        v
    })
}

/// Whether `word` (any case) names a unit in some language's `units.txt`
/// ("Celsius", "Fahrenheit"): a word translators translate or drop, not a
/// name to carry over.
pub fn is_unit_word(word: &str) -> bool {
    units().contains_key(word.to_lowercase().as_str())
}

/// Whether `word` (any case) is a unit's symbol ("mm", "kg", "km", "zł"), as
/// every language writes it after a number; not a unit's name in words
/// ("kilomètres"), which translators translate.
pub fn is_unit_abbreviation(word: &str) -> bool {
    let w = word.to_lowercase();
    SYMBOLS.iter().any(|(s, _)| *s == w)
}

/// Whether `word` (any case) names a currency in some language's `units.txt`
/// ("koruna", "hryvnia"): a word English and other languages borrow.
pub fn is_currency_word(word: &str) -> bool {
    units()
        .get(word.to_lowercase().as_str())
        .is_some_and(|u| u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase()))
}

/// Whether `unit` (canonical) measures a length, an area, a volume or a
/// mass: "a kilometre", "a mile" say one of it without the number.
pub(super) fn is_measure(unit: &str) -> bool {
    matches!(
        unit,
        "km" | "m"
            | "cm"
            | "mm"
            | "mi"
            | "ft"
            | "in"
            | "yd"
            | "kg"
            | "kilo"
            | "lb"
            | "oz"
            | "t"
            | "l"
            | "gal"
            | "ha"
            | "acre"
    )
}

/// The canonical unit of a lower-cased word or symbol ("kilomètres" → "km").
pub(super) fn unit_of(word: &str) -> Option<&'static str> {
    units().get(word).copied()
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

    /// Whether a wind speed is named just before char `i` ("最大風速45メートル",
    /// "风速20米"): Japanese and Chinese weather reports give it in metres,
    /// meaning metres per second.
    pub(super) fn wind_speed_before(&self, i: usize) -> bool {
        /// Chars allowed between the word and the number ("風速は", "风速达").
        const GAP: usize = 2;
        self.cjk()
            && (0..=GAP)
                .any(|g| i >= g + 2 && matches!(&self.chars[i - g - 2..i - g], ['風' | '风', '速']))
    }

    pub(super) fn unit_after(&self, j: usize) -> Option<&'static str> {
        // Chinese and Japanese write the unit against the number and the
        // next word against the unit ("1万5000キロワットの"): a unit word of
        // the tables opening what follows.
        if self.cjk() {
            if let Some(u) = cjk_units()
                .iter()
                .find(|(w, _)| self.chars[j.min(self.n())..].starts_with(w))
                .map(|&(_, u)| u)
            {
                return Some(u);
            }
        }
        // English joins a unit to its number as an adjective ("a
        // 450-megawatt plant", "the 10-kilometre race").
        if self.at(j) == '-' {
            if let Some(u) = self.next_word(j + 1).and_then(|(_, _, w)| unit_of(&w)) {
                return Some(u);
            }
        }
        if let Some(t) = self.temperature_after(j) {
            return Some(t);
        }
        let (_, e, w) = self.next_word(j)?;
        // A wind speed in metres per second ("20 м/с", "15 m/s").
        // (The Cyrillic "м" alone is no unit: "85-м" is an ordinal.)
        if self.at(e) == '/'
            && matches!(self.at(e + 1), 's' | 'с')
            && !is_word_char(self.at(e + 2))
            && (w == "м" || unit_of(&w) == Some("m"))
        {
            return Some("m/s");
        }
        // A harvest's yield in centners per hectare ("42,1 ц/га", "42 q/ha").
        if self.at(e) == '/' && matches!(w.as_str(), "ц" | "q") {
            let area = self.lower(e + 1, self.word_end(e + 1));
            if matches!(area.as_str(), "га" | "ha") {
                return Some("q");
            }
        }
        // A speed: a length per hour ("166 km/h", "км/ч", "км/год").
        if self.at(e) == '/' && is_word_char(self.at(e + 1)) && unit_of(&w) == Some("km") {
            let hour = self.lower(e + 1, self.word_end(e + 1));
            if matches!(hour.as_str(), "h" | "ч" | "год") {
                return Some("km/h");
            }
        }
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

impl Scanner<'_> {
    /// A temperature after char `j`: a degree sign ("44 °C", "44°F", "44
    /// ℃") or a degree word of any language ("111 degrees", "43 градуса"),
    /// with its scale when one is named ("degrees Fahrenheit", "градусов по
    /// Цельсию"): `°C`, `°F`, or `deg` for degrees of no named scale.
    pub(super) fn temperature_after(&self, j: usize) -> Option<&'static str> {
        let mut k = j;
        while k < self.n() && is_space(self.chars[k]) && k - j < 2 {
            k += 1;
        }
        match self.at(k) {
            '℃' => return Some("°C"),
            '℉' => return Some("°F"),
            // Only the degree sign: "º" is the ordinal mark of Spanish,
            // Italian and Portuguese ("3º").
            '°' => {
                return Some(match self.at(k + 1) {
                    'C' => "°C",
                    'F' => "°F",
                    _ => "deg",
                })
            }
            _ => {}
        }
        let (_, e, w) = self.next_word(j)?;
        if !conventions::is_context_word("degree", &w) {
            return None;
        }
        // The scale's name, after a preposition at most ("по Фаренгейту").
        let named = self.next_word(e).and_then(|(_, e2, w2)| {
            unit_of(&w2).or_else(|| {
                self.next_word(e2)
                    .and_then(|(_, _, w3)| unit_of(&w3))
                    .filter(|_| w2.chars().count() <= 3)
            })
        });
        Some(match named {
            Some(u @ ("°C" | "°F")) => u,
            _ => "deg",
        })
    }
}
