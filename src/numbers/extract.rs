//! Reading the values of a text: digits in every thousands and decimal
//! convention, signs, percentages, ordinals, scale words, times, numeric and
//! written dates, decades, number words and CJK numerals. Never panics: any
//! input gives a (possibly empty) list of mentions in text order.

use super::dates;
use super::words::{self, Class, Entry};
use super::{Domain, Kind, Mention, Reading, Strength};
use crate::lang::Lang;
use regex::Regex;
use std::sync::OnceLock;

/// All mentions of values in `text`, read as `lang`, in text order.
pub fn extract(text: &str, lang: Lang) -> Vec<Mention> {
    let Some((folded, map)) = fold_fullwidth(text) else {
        return extract_folded(text, lang);
    };
    let mut out = extract_folded(&folded, lang);
    for m in &mut out {
        m.range = map[m.range.start]..map[m.range.end];
    }
    out
}

fn extract_folded(text: &str, lang: Lang) -> Vec<Mention> {
    let sc = Scanner::new(text, lang);
    let mut out = sc.scan();
    assemble_dates(text, &mut out);
    mark_approx(text, &mut out);
    out
}

/// CJK text writes digits and the marks of times and numbers full width
/// ("午後４：１５", "２．５％"): the text with those folded to ASCII, and for
/// every byte offset of the folded text the offset in `text` (so that
/// mentions point into the text as given); `None` when there is nothing to fold.
fn fold_fullwidth(text: &str) -> Option<(String, Vec<usize>)> {
    let fold = |c: char| match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
        '：' => Some(':'),
        '．' => Some('.'),
        '％' => Some('%'),
        '／' => Some('/'),
        '－' => Some('-'),
        _ => None,
    };
    if !text.chars().any(|c| fold(c).is_some()) {
        return None;
    }
    let mut folded = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    for (o, c) in text.char_indices() {
        let f = fold(c).unwrap_or(c);
        for _ in 0..f.len_utf8() {
            map.push(o);
        }
        folded.push(f);
    }
    map.push(text.len());
    Some((folded, map))
}

const HOUR: f64 = 3600.0;

fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        '\u{0966}'..='\u{096F}' => Some(c as u32 - 0x0966),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        _ => None,
    }
}

fn is_digit(c: char) -> bool {
    digit(c).is_some()
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x9FFF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F)
}

fn is_word_char(c: char) -> bool {
    if matches!(c as u32, 0x0900..=0x0963 | 0x0970..=0x097F) {
        return true;
    }
    (c.is_alphabetic() && !is_cjk(c)) || matches!(c, 'º' | 'ª')
}

/// Spaces that group thousands: ASCII space, no-break, narrow no-break, thin.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || is_group_space(c)
}

/// Languages that write "1.500" for 1500 and "2,5" for 2.5.
fn comma_decimal(lang: Lang) -> bool {
    !matches!(lang, Lang::En | Lang::Zh | Lang::Ja | Lang::Hi | Lang::Ko)
}

const HAN_DIGITS: &[(char, u32)] = &[
    ('零', 0),
    ('〇', 0),
    ('一', 1),
    ('二', 2),
    ('两', 2),
    ('兩', 2),
    ('三', 3),
    ('四', 4),
    ('五', 5),
    ('六', 6),
    ('七', 7),
    ('八', 8),
    ('九', 9),
];

fn han_digit(c: char) -> Option<u32> {
    HAN_DIGITS.iter().find(|(h, _)| *h == c).map(|(_, v)| *v)
}

fn han_unit(c: char) -> Option<f64> {
    match c {
        '十' => Some(10.0),
        '百' => Some(100.0),
        '千' => Some(1000.0),
        '万' | '萬' => Some(1e4),
        '亿' | '億' => Some(1e8),
        _ => None,
    }
}

/// Counters and measure words: a CJK numeral followed by one of these is a
/// count ("三天", "两个", "五人"), not part of a word ("统一", "十分").
const COUNTERS: &str = "个個名人位天日年月周週次条條座家所项項种種台件只隻辆輛架艘枚本冊册回倍岁歳歲分秒小时時点點公米里吨頓元円美欧场場届屆轮輪起例批国國省市县縣区區颗顆棵头頭匹张張篇部首杯间間层層期号號支队隊组組片局票笔筆份度成季代线線世纪紀星课課章节節级級款门門道段遍趟番克斤升亩畝英海钟鐘周週男女对對万亿億千百多余餘";

/// Chinese words written with numeral characters that are not numbers: adverbs
/// and determiners ("十分" very, "一些" some, "一起" together, "万一" in case),
/// "统一" (unify), "唯一" (only), "零售" (retail), place
/// and other names ("四海", "九州").
const HAN_WORDS_ZH: &[&str] = &[
    "十分",
    "一些",
    "一起",
    "一直",
    "一定",
    "一般",
    "一切",
    "一样",
    "一旦",
    "一下",
    "一点",
    "一边",
    "一方面",
    "万一",
    "千万",
    "万万",
    "统一",
    "唯一",
    "之一",
    "零售",
    "四海",
    "九州",
    "三明治",
    "八卦",
    "一带一路",
    "百姓",
];

/// Japanese words written with numeral characters that are not numbers:
/// "十分" (enough), "一緒" (together), "一番" (most), "一部" (part), place
/// names ("四国", "九州", "三重", "千葉", "八王子", "十勝"), "一方" (on the other hand).
const HAN_WORDS_JA: &[&str] = &[
    "十分",
    "一緒",
    "一番",
    "一部",
    "一方",
    "一度",
    "一気",
    "一層",
    "一応",
    "一般",
    "一切",
    "唯一",
    "統一",
    "万一",
    "四国",
    "九州",
    "三重",
    "千葉",
    "八王子",
    "十勝",
    "千代田",
    "百貨店",
    "一体",
    "一人一人",
    "一つ一つ",
];

/// Whether `word` is the canonical code of a currency mtcheck reads ("PLN",
/// "EUR"): a translation writes it for a currency word or sign ("zł", "€").
pub fn is_currency_code(word: &str) -> bool {
    word.len() == 3
        && word.chars().all(|c| c.is_ascii_uppercase())
        && UNITS.iter().any(|&(_, code)| code == word)
}

/// Units and currencies kept with a number, by lower-cased word: canonical name.
const UNITS: &[(&str, &str)] = &[
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

fn unit_of(word: &str) -> Option<&'static str> {
    UNITS.iter().find(|(w, _)| *w == word).map(|(_, u)| *u)
}

/// Phrases that make a number a percentage, as lower-cased word sequences.
const PERCENT_WORDS: &[&[&str]] = &[
    &["per", "cent"],
    &["percent"],
    &["pour", "cent"],
    &["por", "ciento"],
    &["por", "cento"],
    &["per", "cento"],
    &["prozent"],
    &["procent"],
    &["procenta"],
    &["procento"],
    &["procentu"],
    &["процент"],
    &["процента"],
    &["процентов"],
    &["प्रतिशत"],
    &["pct"],
];

/// Words for "century" next to which a Roman numeral counts centuries.
const CENTURY_WORDS: &[&str] = &[
    "century",
    "centuries",
    "siglo",
    "siglos",
    "secolo",
    "secoli",
    "siècle",
    "siècles",
    "jahrhundert",
    "jahrhunderts",
    "století",
    "stol",
    "wieku",
    "wiek",
    "wieków",
    "століття",
    "столітті",
    "століть",
    "сторіччя",
    "сторіччі",
    "ст",
    "века",
    "век",
    "веке",
    "веков",
    "século",
    "séculos",
    "eeuw",
];

/// Words between the two ends of a range ("du Xe au XIIe siècle").
const RANGE_WORDS: &[&str] = &[
    "to", "and", "au", "et", "al", "y", "a", "e", "bis", "und", "do", "až", "i", "і", "та", "по",
];

/// The value of a Roman numeral written in capitals, up to C (centuries,
/// regnal numbers); `None` when the letters are no well-formed numeral.
fn roman_value(cs: &[char]) -> Option<f64> {
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
    let canonical = |mut n: i32| {
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
    };
    (total > 0 && canonical(total) == cs.iter().collect::<String>()).then_some(f64::from(total))
}

/// Degree words between a temperature and "below zero".
const DEGREE_WORDS: &[&str] = &[
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
const BELOW_ZERO: &[&[&str]] = &[
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

/// Words before a bare two-digit number that make it a decade ("années 70").
const DECADE_WORDS: &[&str] = &[
    "années", "annees", "años", "anos", "anni", "jaren", "décadas", "decade", "latach",
];

/// Case endings after a hyphen that make a round number a decade: Ukrainian
/// "1970-ті", "70-х", Russian "80-е", "80-х", "80-ые", Polish "60-te", "60-tych".
const DECADE_SUFFIXES: &[&str] = &["ті", "тих", "х", "е", "ые", "ых", "te", "tych"];

/// Czech "years" after an ordinal decade: "70. léta", "v 70. letech".
const DECADE_AFTER_DOT: &[&str] = &["léta", "letech", "let", "létech", "letům"];

struct Regexes {
    ampm: Regex,
    clock: Regex,
    hmin: Regex,
    cjk_time: Regex,
    named: Regex,
    after_prep: Regex,
    military: Regex,
    dmy: Regex,
    dm: Regex,
    dm_slash: Regex,
    iso: Regex,
}

fn regexes() -> &'static Regexes {
    static CELL: OnceLock<Regexes> = OnceLock::new();
    CELL.get_or_init(|| {
        let r = |s: &str| Regex::new(s).expect("number pattern compiles");
        Regexes {
            // "2:30 p.m.", "2.30pm", "3 a.m."
            ampm: r(r"^(?i)(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?\s?m(?:\.|\b)"),
            // "14:30", "2:03:59"
            clock: r(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?"),
            // "14h30", "12 h 00"
            hmin: r(r"^(\d{1,2})\s?[hH]\s?(\d{2})"),
            // "15时50分", "17時07分", "15時"
            // "15时50分", "17時07分", "15時", "9点半", "8時半"
            // Chinese often spaces digits off: "上午 10 点 50 分", "下午 5 点半".
            cjk_time: r(r"^(\d{1,2}) ?[时時点點] ?(?:(\d{1,2}) ?分|(半))?"),
            // "3.40 Uhr", "15 Uhr", "14.30 horas", "14h"
            // "21. hodiny", "18 години", "8 вечора": Czech and East Slavic
            // hour words, and the parts of the day that name a time.
            named: r(concat!(
                r"^(?i)(\d{1,2})(?:[.:](\d{2}))?\.?\s?",
                r"(uhr|uur|heures?|horas?|hrs|ore|h|hodin[auyě]?|hod|",
                r"годин[аиі]?|год|час(?:а|ов)?|ранку|вечора|ночі|утра|вечера|ночи)\b"
            )),
            // "alle 3.17", "a las 11", "à 10": a time after a preposition of time.
            after_prep: r(r"^(\d{1,2})(?:[.:h](\d{2}))?\b"),
            // "2100 GMT"
            military: r(r"^(?i)([01]\d|2[0-3])([0-5]\d)\s?(?:gmt|utc|hrs|z)\b"),
            // "22/10/2021", "22.10.2021"
            dmy: r(r"^(\d{1,2})([./])\s?(\d{1,2})[./]\s?(\d{4})"),
            // "12.06.", "12. 6.": a day and a month without the year.
            dm: r(r"^(\d{1,2})\.\s?(\d{1,2})\."),
            // "19/07", "01/12": a day and a month, zero-padded, no year.
            dm_slash: r(r"^(\d{2})/(\d{2})"),
            // "2021-10-22"
            // "2023-10-22", "2023.9.4", "2023/9/4": the year first.
            iso: r(r"^(\d{4})[-./](\d{1,2})[-./](\d{1,2})"),
        }
    })
}

struct Scanner<'a> {
    text: &'a str,
    chars: Vec<char>,
    /// Byte offset of each char, plus the text length at the end.
    offs: Vec<usize>,
    lang: Lang,
}

/// A run of digits with its separators, before interpretation.
struct Literal {
    end: usize,
    groups: Vec<String>,
    seps: Vec<char>,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str, lang: Lang) -> Scanner<'a> {
        let mut chars = Vec::new();
        let mut offs = Vec::new();
        for (o, c) in text.char_indices() {
            chars.push(c);
            offs.push(o);
        }
        offs.push(text.len());
        Scanner {
            text,
            chars,
            offs,
            lang,
        }
    }

    fn n(&self) -> usize {
        self.chars.len()
    }

    fn at(&self, i: usize) -> char {
        self.chars.get(i).copied().unwrap_or('\0')
    }

    fn cjk(&self) -> bool {
        matches!(self.lang, Lang::Zh | Lang::Ja)
    }

    fn mention(&self, start: usize, end: usize, kind: Kind, readings: Vec<Reading>) -> Mention {
        Mention {
            range: self.offs[start]..self.offs[end.min(self.n())],
            kind,
            readings,
            locale_alt: None,
            unit: None,
            scale: None,
            words: false,
            strength: Strength::Strong,
            approx: false,
        }
    }

    /// A month or weekday name: reported only when it pairs with a different
    /// value of its kind (`Strength::PairOnly`).
    fn calendar_word(
        &self,
        start: usize,
        end: usize,
        kind: Kind,
        domain: Domain,
        value: u8,
    ) -> Mention {
        let mut m = self.mention(
            start,
            end,
            kind,
            vec![Reading {
                domain,
                value: f64::from(value),
            }],
        );
        m.strength = Strength::PairOnly;
        m
    }

    fn scan(&self) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.n() {
            let c = self.chars[i];
            if is_digit(c) && (i == 0 || !is_digit(self.chars[i - 1])) {
                let next = self.number_at(i, &mut out);
                i = next.max(i + 1);
                continue;
            }
            if self.cjk()
                && (han_digit(c).is_some() || han_unit(c).is_some())
                && (i == 0 || han_unit(self.chars[i - 1]).is_none())
            {
                if let Some(next) = self.han_at(i, &mut out) {
                    i = next.max(i + 1);
                    continue;
                }
            }
            if is_word_char(c) && (i == 0 || !is_word_char(self.chars[i - 1])) {
                let next = self.words_at(i, &mut out);
                i = next.max(i + 1);
                continue;
            }
            i += 1;
        }
        out.sort_by_key(|m| (m.range.start, m.range.end));
        out
    }

    fn word_end(&self, i: usize) -> usize {
        let mut j = i;
        loop {
            while j < self.n() && is_word_char(self.chars[j]) {
                j += 1;
            }
            // Ukrainian spells an apostrophe inside words ("п'ять", "дев'ять").
            if self.lang == Lang::Uk
                && j > i
                && matches!(self.at(j), '\'' | '’')
                && is_word_char(self.at(j + 1))
            {
                j += 1;
                continue;
            }
            return j;
        }
    }

    fn lower(&self, i: usize, j: usize) -> String {
        let w = self.chars[i..j].iter().collect::<String>().to_lowercase();
        if self.lang == Lang::Uk {
            w.replace(['’', 'ʼ'], "'")
        } else {
            w
        }
    }

    /// The next word after `j`, skipping spaces: (start, end, lower-cased).
    fn next_word(&self, j: usize) -> Option<(usize, usize, String)> {
        let mut k = j;
        while k < self.n() && is_space(self.chars[k]) && k - j < 3 {
            k += 1;
        }
        if k < self.n() && is_word_char(self.chars[k]) {
            let e = self.word_end(k);
            return Some((k, e, self.lower(k, e)));
        }
        None
    }

    /// The word before char `i`, skipping spaces and an apostrophe.
    fn prev_word(&self, i: usize) -> Option<String> {
        let mut k = i;
        while k > 0
            && (is_space(self.chars[k - 1]) || matches!(self.chars[k - 1], '\'' | '’'))
            && i - k < 3
        {
            k -= 1;
        }
        let e = k;
        while k > 0 && is_word_char(self.chars[k - 1]) {
            k -= 1;
        }
        (k < e).then(|| self.lower(k, e))
    }

    // ---- digits -------------------------------------------------------------

    fn literal(&self, i: usize) -> Literal {
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
                    let allowed = sep != ' ' || self.lang != Lang::En;
                    // Any mix of spaces groups thousands ("602 318\u{a0}774").
                    three && lead && allowed && seps.iter().all(|&s| is_group_space(s))
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
    fn interpret(&self, lit: &Literal) -> (f64, Option<f64>) {
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

    fn sign_before(&self, i: usize) -> bool {
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

    /// The four-digit year right before a hyphen or dash at char `i`
    /// ("1994-" in "1994-97").
    fn year_before_range(&self, i: usize) -> Option<f64> {
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

    /// "minus 20", "мінус 5": a sign written as a word.
    fn minus_word_before(&self, i: usize) -> bool {
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
    fn below_zero(&self, j: usize) -> Option<usize> {
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

    /// The end of the words of `phrase` (lower-cased) right after `j`.
    fn phrase_end(&self, j: usize, phrase: &[&str]) -> Option<usize> {
        let mut k = j;
        for w in phrase {
            match self.next_word(k) {
                Some((_, e, word)) if word == *w => k = e,
                _ => return None,
            }
        }
        Some(k)
    }

    fn glued_to_letters(&self, i: usize) -> bool {
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

    fn currency_before(&self, i: usize) -> Option<&'static str> {
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

    /// Reads the number starting at char `i`; pushes its mentions and returns
    /// the index after it.
    fn number_at(&self, i: usize, out: &mut Vec<Mention>) -> usize {
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
        let lit = self.literal(i);
        let (mut value, mut alt) = self.interpret(&lit);
        let plain_int = lit.seps.is_empty();
        let mut start = i;
        if self.sign_before(i) || self.minus_word_before(i) {
            value = -value;
            alt = alt.map(|a| -a);
            if self.sign_before(i) {
                start = i - 1;
            }
        }
        // "Phase-2-Studie", "Stufe-4-Plan": a number inside a compound is a count
        // that the other language writes apart, not a code like "F-35".
        let compound_middle = self.glued_to_letters(i)
            && matches!(self.chars[i - 1], '-' | '‑')
            && matches!(self.at(lit.end), '-' | '‑')
            && is_word_char(self.at(lit.end + 1));
        let code = self.glued_to_letters(i) && !compound_middle;
        let mut m = self.mention(start, lit.end, Kind::Cardinal, vec![Reading::q(value)]);
        m.locale_alt = alt;
        m.unit = self.currency_before(start);
        if code {
            m.kind = Kind::Code;
        }
        let mut j = lit.end;
        let mut scale = 1.0;

        // Ordinal marks and suffixes glued to the digits.
        if matches!(self.at(j), 'º' | 'ª' | '°') && self.at(j) != '°' {
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
                "s" | "er" if plain_int => {
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
                if DECADE_SUFFIXES.contains(&self.lower(j + 1, e).as_str()) {
                    m.kind = Kind::Decade;
                    j = e;
                }
            } else if self.at(j) == '.'
                && self
                    .next_word(j + 1)
                    .is_some_and(|(_, _, w)| DECADE_AFTER_DOT.contains(&w.as_str()))
            {
                m.kind = Kind::Decade;
            }
        }

        // CJK units and counters.
        if self.cjk() || matches!(self.at(j), '万' | '億' | '亿' | '年' | '月' | '日') {
            let big = |c: char| matches!(c, '万' | '萬' | '亿' | '億');
            // "470 万", "2021 年", "19 世纪": Chinese often spaces digits off
            // from the characters that follow them.
            if self.cjk() && is_group_space(self.at(j)) && is_cjk(self.at(j + 1)) {
                j += 1;
            }
            // "60余万" (more than 600,000), "3多亿".
            if matches!(self.at(j), '余' | '多' | '餘') && big(self.at(j + 1)) {
                m.approx = true;
                j += 1;
            }
            loop {
                match self.at(j) {
                    '万' | '萬' => scale *= 1e4,
                    '亿' | '億' => scale *= 1e8,
                    '千' if self.cjk() => scale *= 1e3,
                    _ => break,
                }
                j += 1;
            }
            // "１万１０００", "5億3,200万": the smaller units after the larger.
            if scale > 1.0 && is_digit(self.at(j)) {
                let l2 = self.literal(j);
                let (mut v2, _) = self.interpret(&l2);
                let mut e2 = l2.end;
                if matches!(self.at(e2), '万' | '萬') && scale > 1e4 {
                    v2 *= 1e4;
                    e2 += 1;
                }
                if v2 < scale {
                    value = value * scale + v2;
                    scale = 1.0;
                    j = e2;
                }
            }
            // "5至8月", "14、15日": the first of a range or list takes the
            // unit of the last.
            match self.range_unit(j) {
                Some('月') if plain_int && (1.0..=12.0).contains(&value) => {
                    m.kind = Kind::Month;
                    m.readings = vec![Reading {
                        domain: Domain::Month,
                        value,
                    }];
                    m.strength = Strength::PairOnly;
                    m.range.end = self.offs[j];
                    out.push(m);
                    return j;
                }
                Some(_) if plain_int && (1.0..=31.0).contains(&value) => m.kind = Kind::Ordinal,
                _ => {}
            }
            // "19世纪80年代": the 1880s; "21世纪": the 21st century.
            if plain_int
                && self.at(j) == '世'
                && matches!(self.at(j + 1), '纪' | '紀')
                && (1.0..=30.0).contains(&value)
            {
                j += 2;
                m.kind = Kind::Ordinal;
                let mut k = j;
                if is_group_space(self.at(k)) {
                    k += 1;
                }
                if is_digit(self.at(k)) {
                    let l2 = self.literal(k);
                    let (v2, _) = self.interpret(&l2);
                    let mut e = l2.end;
                    if is_group_space(self.at(e)) {
                        e += 1;
                    }
                    if v2 < 100.0 && self.at(e) == '年' && self.at(e + 1) == '代' {
                        value = (value - 1.0) * 100.0 + v2;
                        m.kind = Kind::Decade;
                        j = e + 2;
                    }
                }
            }
            // "80后", "00后": the generation born in the 1980s, in the 2000s.
            if self.lang == Lang::Zh
                && plain_int
                && lit.groups[0].len() == 2
                && matches!(self.at(j), '后' | '後')
            {
                m.kind = Kind::Decade;
            }
            match self.at(j) {
                '年' if self.at(j + 1) == '代' => {
                    m.kind = Kind::Decade;
                    j += 2;
                }
                '年' => {
                    if (1000.0..=2200.0).contains(&value) {
                        m.kind = Kind::Year;
                    }
                    j += 1;
                }
                '月' if plain_int
                    && (1.0..=12.0).contains(&value)
                    && !matches!(self.at(j + 1), '間' | '间') =>
                {
                    m.kind = Kind::Month;
                    m.readings = vec![Reading {
                        domain: Domain::Month,
                        value,
                    }];
                    m.strength = Strength::PairOnly;
                    m.range.end = self.offs[j + 1];
                    out.push(m);
                    return j + 1;
                }
                '日' | '号' | '號' if plain_int && (1.0..=31.0).contains(&value) => {
                    m.kind = Kind::Ordinal;
                    j += 1;
                }
                '代' => {
                    m.kind = Kind::Decade;
                    j += 1;
                }
                '第' => {}
                _ => {}
            }
            if i > 0 && self.chars[i - 1] == '第' {
                m.kind = Kind::Ordinal;
            }
        }

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

        // Scale words, percent words and units after a space.
        let mut scale_words = 0;
        while let Some((ws, we, w)) = self.next_word(j) {
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
                if DECADE_WORDS.contains(&w.as_str()) {
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
            Kind::Decade => vec![Reading::q(value), Reading::q(value % 100.0)],
            _ => vec![Reading::q(value)],
        };
        if m.kind == Kind::Cardinal && scale == 1.0 && m.unit.is_none() {
            m.readings.extend(self.clock_or_day(&lit));
        }
        m.range.end = self.offs[j.min(self.n())];
        if m.kind == Kind::Code {
            // "COVID-19", "F-35": names; held against the other side only when
            // it has a code of its own that differs.
            m.strength = Strength::PairOnly;
        } else if compound_middle || (m.kind == Kind::Cardinal && value == 1.0 && m.unit.is_none())
        {
            // "Phase-1-Studie" may be "a phase 1 trial" or "the first phase".
            // A lone "1" ("１人", "1つ") is as often rendered "a" as "one".
            m.strength = Strength::PairOnly;
        }
        if self.lang == Lang::Ja && self.after_era(start) {
            // "明治２８年": a Japanese era year, usually dropped beside the
            // Western year.
            m.strength = Strength::MatchOnly;
        }
        out.push(m);
        j
    }

    /// Other readings of "15.40", "8,15", "12.06" in languages that write a
    /// decimal comma: two digits after one mark are seldom a decimal there but
    /// a time of day (hours.minutes), or a day and a month in dot-date languages.
    fn clock_or_day(&self, lit: &Literal) -> Vec<Reading> {
        let mut out = Vec::new();
        let g = &lit.groups;
        if !comma_decimal(self.lang)
            || lit.seps.len() != 1
            || !matches!(lit.seps[0], '.' | ',')
            || g[0].len() > 2
            || g[1].len() != 2
        {
            return out;
        }
        let (a, b) = (
            g[0].parse::<f64>().unwrap_or(99.0),
            g[1].parse::<f64>().unwrap_or(99.0),
        );
        if a <= 24.0 && b < 60.0 {
            out.push(Reading {
                domain: Domain::Time,
                value: a * HOUR + b * 60.0,
            });
        }
        if lit.seps[0] == '.'
            && dates::dot_dates(self.lang)
            && (1.0..=31.0).contains(&a)
            && (1.0..=12.0).contains(&b)
        {
            out.push(Reading {
                domain: Domain::Date,
                value: b * 100.0 + a,
            });
        }
        out
    }

    /// The unit ('月' or '日') after the second number of a range or list
    /// starting with the mark at `j` ("至6月", "、22日").
    fn range_unit(&self, j: usize) -> Option<char> {
        if !matches!(
            self.at(j),
            '至' | '到' | '-' | '~' | '～' | '—' | '、' | '–'
        ) || !is_digit(self.at(j + 1))
        {
            return None;
        }
        let mut k = j + 1;
        while is_digit(self.at(k)) {
            k += 1;
        }
        matches!(self.at(k), '月' | '日').then(|| self.at(k))
    }

    /// Whether Czech "mil" ending at char `e` abbreviates "milionů" (with its
    /// dot, or before a currency) rather than being "mil" (of miles).
    fn czech_mil_is_million(&self, e: usize) -> bool {
        self.at(e) == '.'
            || self.next_word(e).is_some_and(|(_, _, w)| {
                unit_of(&w)
                    .is_some_and(|u| u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase()))
            })
            || matches!(self.at(e + 1), '€' | '$' | '£')
    }

    fn after_era(&self, i: usize) -> bool {
        const ERAS: [&str; 5] = ["明治", "大正", "昭和", "平成", "令和"];
        let before: String = self.chars[i.saturating_sub(2)..i].iter().collect();
        ERAS.contains(&before.as_str())
    }

    fn percent_words(&self, j: usize) -> Option<usize> {
        PERCENT_WORDS.iter().find_map(|p| self.phrase_end(j, p))
    }

    fn unit_after(&self, j: usize) -> Option<&'static str> {
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

    fn time_at(&self, i: usize, rest: &str, out: &mut Vec<Mention>) -> Option<usize> {
        let rx = regexes();
        let num = |c: Option<regex::Match>| c.and_then(|m| m.as_str().parse::<f64>().ok());
        let end_of = |len: usize| -> usize {
            let end_byte = self.offs[i] + len;
            self.offs.partition_point(|&o| o < end_byte)
        };
        let after_ok = |len: usize| !is_digit(self.at(end_of(len)));
        let ascii = rest
            .chars()
            .take(2)
            .all(|c| c.is_ascii_digit() || !is_digit(c));
        if !ascii {
            return None;
        }
        let push = |out: &mut Vec<Mention>, len: usize, readings: Vec<Reading>| {
            let end = end_of(len);
            out.push(self.mention(i, end, Kind::Time, readings));
            end
        };
        let t = |h: f64, m: f64, s: f64| Reading {
            domain: Domain::Time,
            value: h * HOUR + m * 60.0 + s,
        };
        if let Some(c) = rx.ampm.captures(rest) {
            let h = num(c.get(1))?;
            let mi = num(c.get(2)).unwrap_or(0.0);
            if (1.0..=12.0).contains(&h) && mi < 60.0 {
                let pm = c
                    .get(3)
                    .is_some_and(|x| x.as_str().eq_ignore_ascii_case("p"));
                let h24 = h % 12.0 + if pm { 12.0 } else { 0.0 };
                let len = c.get(0).map_or(0, |x| x.len());
                return Some(push(out, len, vec![t(h24, mi, 0.0)]));
            }
        }
        if let Some(c) = rx.military.captures(rest) {
            let h = num(c.get(1))?;
            let mi = num(c.get(2))?;
            let len = c.get(1).map_or(0, |x| x.len()) + c.get(2).map_or(0, |x| x.len());
            return Some(push(out, len, vec![t(h, mi, 0.0)]));
        }
        if let Some(c) = rx.clock.captures(rest) {
            let len = c.get(0).map_or(0, |x| x.len());
            let h = num(c.get(1))?;
            let mi = num(c.get(2))?;
            if mi < 60.0 && after_ok(len) {
                if let Some(s) = num(c.get(3)) {
                    return Some(push(out, len, vec![t(h, mi, s)]));
                }
                if h < 24.0 {
                    let mut readings = vec![t(h, mi, 0.0)];
                    if (1.0..12.0).contains(&h)
                        && ((self.cjk() && self.afternoon_before(i))
                            || self.meridiem_before(i) == Some(true))
                    {
                        // "午後４：１５", "下午2:45", "PM6:00"
                        readings.insert(0, t(h + 12.0, mi, 0.0));
                    } else if (1.0..12.0).contains(&h) {
                        readings.push(t(h + 12.0, mi, 0.0));
                    } else if h == 12.0 {
                        readings.push(t(0.0, mi, 0.0));
                    }
                    return Some(push(out, len, readings));
                }
            }
        }
        if let Some(c) = rx.hmin.captures(rest) {
            let len = c.get(0).map_or(0, |x| x.len());
            let h = num(c.get(1))?;
            let mi = num(c.get(2))?;
            if h < 24.0 && mi < 60.0 && after_ok(len) {
                return Some(push(out, len, vec![t(h, mi, 0.0)]));
            }
        }
        if self.cjk() {
            if let Some(c) = rx.cjk_time.captures(rest) {
                let len = c.get(0).map_or(0, |x| x.len());
                let h = num(c.get(1))?;
                let half = c.get(3).is_some();
                let mi = if half {
                    30.0
                } else {
                    num(c.get(2)).unwrap_or(0.0)
                };
                let point = c.get(0).is_some_and(|x| x.as_str().contains(['点', '點']));
                let next = self.at(end_of(len));
                // "3点5" is 3.5; "24時間" is a duration.
                if h < 24.0
                    && mi < 60.0
                    && !matches!(next, '間' | '间')
                    && !(point && is_digit(next))
                {
                    // "午後５時", "下午3点": the afternoon.
                    let h = if h < 12.0 && self.afternoon_before(i) {
                        h + 12.0
                    } else {
                        h
                    };
                    let mut readings = vec![t(h, mi, 0.0)];
                    if point && c.get(2).is_none() && !half {
                        // A bare "3点" may also be three points.
                        readings.push(Reading::q(h));
                    }
                    return Some(push(out, len, readings));
                }
            }
        }
        if let Some(c) = rx.named.captures(rest) {
            let len = c.get(0).map_or(0, |x| x.len());
            let h = num(c.get(1))?;
            let mi = num(c.get(2));
            let word = c.get(3).map_or("", |x| x.as_str()).to_lowercase();
            let clock_word = matches!(word.as_str(), "uhr" | "uur");
            if h <= 24.0 && mi.is_none_or(|m| m < 60.0) {
                let mut readings = vec![t(h, mi.unwrap_or(0.0), 0.0)];
                if mi.is_none() && !clock_word {
                    // "12 h", "10 heures" are as often hours as a time of day.
                    readings.push(Reading::q(h));
                }
                // From the word on: "8 вечора" names the evening itself.
                let word_at = end_of(c.get(3).map_or(len, |x| x.start()));
                self.evening(word_at, h, mi.unwrap_or(0.0), &mut readings);
                return Some(push(out, len, readings));
            }
        }
        const TIME_PREPS: &[&str] = &[
            "alle", "dalle", "ore", "le", "las", "à", "às", "as", "vers", "um", "gegen", "om",
            "rond", "verso", "hacia", "о", "об",
        ];
        if self
            .prev_word(i)
            .is_some_and(|w| TIME_PREPS.contains(&w.as_str()))
        {
            if let Some(c) = rx.after_prep.captures(rest) {
                let len = c.get(0).map_or(0, |x| x.len());
                let h = num(c.get(1))?;
                let mi = num(c.get(2));
                let next = self.at(end_of(len));
                // "à 10 millions", "alle 11 persone" are no times.
                let counted = self.next_word(end_of(len)).is_some_and(|(_, _, w)| {
                    unit_of(&w).is_some()
                        || words::lookup(self.lang, w.trim_end_matches('.'))
                            .is_some_and(|e| e.value >= 1000.0)
                });
                if h <= 24.0
                    && mi.is_none_or(|m| m < 60.0)
                    && !is_digit(next)
                    && next != ','
                    && next != '/'
                    && !counted
                {
                    // Written times outside English are on the 24-hour clock; a
                    // bare hour stays a number first ("le 11" is also a day).
                    let mut readings = match mi {
                        Some(m) => vec![t(h, m, 0.0)],
                        None => vec![Reading::q(h), t(h, 0.0, 0.0)],
                    };
                    self.evening(end_of(len), h, mi.unwrap_or(0.0), &mut readings);
                    let end = push(out, len, readings);
                    if mi.is_none() {
                        if let Some(m) = out.last_mut() {
                            m.kind = Kind::Cardinal;
                        }
                    }
                    return Some(end);
                }
            }
        }
        None
    }

    /// "AM" or "PM" glued before the digits at `i`: `Some(true)` for PM.
    fn meridiem_before(&self, i: usize) -> Option<bool> {
        if i < 2 || (i > 2 && is_word_char(self.chars[i - 3])) {
            return None;
        }
        match [self.chars[i - 2], self.chars[i - 1]] {
            ['A' | 'a', 'M' | 'm'] => Some(false),
            ['P' | 'p', 'M' | 'm'] => Some(true),
            _ => None,
        }
    }

    /// Whether a CJK time at char `i` is marked as afternoon or evening
    /// ("午後", "下午", "晚上", "傍晚", "PM").
    fn afternoon_before(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && is_space(self.chars[k - 1]) {
            k -= 1;
        }
        let before: String = self.chars[k.saturating_sub(2)..k].iter().collect();
        matches!(
            before.as_str(),
            "午後" | "下午" | "晚上" | "傍晚" | "夜の" | "PM" | "pm"
        )
    }

    /// "a las 11 de la noche", "à 8 heures du soir": the afternoon reading.
    fn evening(&self, j: usize, h: f64, mi: f64, readings: &mut Vec<Reading>) {
        const EVENING: &[&str] = &[
            "noche",
            "вечора",
            "вечера",
            "večer",
            "odpoledne",
            "tarde",
            "sera",
            "pomeriggio",
            "soir",
            "après-midi",
            "abends",
            "nachmittags",
            "noite",
            "avond",
            "pm",
        ];
        let mut hi = (self.offs[j.min(self.n())] + 30).min(self.text.len());
        while !self.text.is_char_boundary(hi) {
            hi -= 1;
        }
        let after = self.text[self.offs[j.min(self.n())]..hi].to_lowercase();
        if h < 12.0 && EVENING.iter().any(|e| after.contains(e)) {
            let at = usize::from(readings.first().is_some_and(|r| r.domain != Domain::Time));
            readings.insert(
                at,
                Reading {
                    domain: Domain::Time,
                    value: (h + 12.0) * HOUR + mi * 60.0,
                },
            );
        }
    }

    fn numeric_date_at(&self, i: usize, rest: &str, out: &mut Vec<Mention>) -> Option<usize> {
        let rx = regexes();
        let num = |m: Option<regex::Match>| m.and_then(|x| x.as_str().parse::<f64>().ok());
        let (d, mo, y, y_off, y_len, len) = if let Some(c) = rx.iso.captures(rest) {
            let y = c.get(1)?;
            (
                num(c.get(3))?,
                num(c.get(2))?,
                num(Some(y))?,
                y.start(),
                y.len(),
                c.get(0)?.len(),
            )
        } else if let Some(c) = rx.dmy.captures(rest) {
            let a = num(c.get(1))?;
            let b = num(c.get(3))?;
            let y = c.get(4)?;
            let (d, m) = if dates::month_first(self.lang) {
                (b, a)
            } else {
                (a, b)
            };
            (d, m, num(Some(y))?, y.start(), y.len(), c.get(0)?.len())
        } else if let Some((d, mo, end)) = self.yearless_date(i, rest) {
            let date = Reading {
                domain: Domain::Date,
                value: mo * 100.0 + d,
            };
            out.push(self.mention(i, end, Kind::Date, vec![date, Reading::q(d)]));
            return Some(end);
        } else {
            return None;
        };
        let byte_end = self.offs[i] + len;
        let end = self.offs.partition_point(|&o| o < byte_end);
        if !(1.0..=12.0).contains(&mo) || !(1.0..=31.0).contains(&d) || is_digit(self.at(end)) {
            return None;
        }
        let mut readings = vec![Reading {
            domain: Domain::Date,
            value: mo * 100.0 + d,
        }];
        if d <= 12.0 && d != mo {
            readings.push(Reading {
                domain: Domain::Date,
                value: d * 100.0 + mo,
            });
        }
        let mut date = self.mention(i, end, Kind::Date, readings);
        date.range.end = self.offs[i] + y_off.saturating_sub(1);
        out.push(date);
        let mut year = self.mention(i, end, Kind::Year, vec![Reading::q(y)]);
        year.range = self.offs[i] + y_off..self.offs[i] + y_off + y_len;
        out.push(year);
        Some(end)
    }

    /// A day and a month with no year, day first: (day, month, end index).
    /// "12.06." and "12. 6." in languages that write dates with dots (but not
    /// "3.4.", which may end a sentence about a version); "19/07" zero-padded
    /// in day-first languages (in English "12/21" is as often a month and a year).
    fn yearless_date(&self, i: usize, rest: &str) -> Option<(f64, f64, usize)> {
        let rx = regexes();
        let num = |m: Option<regex::Match>| m.and_then(|x| x.as_str().parse::<f64>().ok());
        let c = if dates::dot_dates(self.lang) {
            rx.dm.captures(rest).filter(|c| {
                c.get(0).is_some_and(|x| x.as_str().contains(' '))
                    || c.get(2).is_some_and(|x| x.len() == 2)
            })
        } else if !dates::month_first(self.lang) {
            rx.dm_slash.captures(rest)
        } else {
            None
        }?;
        let len = c.get(0)?.len();
        let end = self.offs.partition_point(|&o| o < self.offs[i] + len);
        let (d, mo) = (num(c.get(1))?, num(c.get(2))?);
        let more = is_digit(self.at(end))
            || (matches!(self.at(end), '/' | '.' | ',') && is_digit(self.at(end + 1)));
        ((1.0..=12.0).contains(&mo) && (1.0..=31.0).contains(&d) && !more).then_some((d, mo, end))
    }

    // ---- CJK numerals ---------------------------------------------------------

    fn han_at(&self, i: usize, out: &mut Vec<Mention>) -> Option<usize> {
        let mut j = i;
        while j < self.n()
            && (han_digit(self.chars[j]).is_some() || han_unit(self.chars[j]).is_some())
        {
            j += 1;
        }
        if j == i {
            return None;
        }
        let run: Vec<char> = self.chars[i..j].to_vec();
        if let Some(end) = self.han_word(i) {
            // "十分" (very), "统一", "四国", "九州": words, not numbers.
            return Some(end);
        }
        // "三四天", "五六个", "五六十年代": digits side by side are "three
        // or four"; "一二三号线" is a list. Only a year ("一九八五年",
        // "二〇二一") is written digit by digit.
        let all_digits = run.iter().all(|c| han_digit(*c).is_some());
        let year_like = all_digits
            && run.len() >= 3
            && (run.iter().any(|c| matches!(c, '〇' | '零'))
                || (self.at(j) == '年' && !matches!(self.at(j + 1), '级' | '級')));
        let vague_digits = !year_like
            && run
                .windows(2)
                .any(|w| han_digit(w[0]).is_some() && han_digit(w[1]).is_some());
        let value = if year_like {
            // "一九八五" is written digit by digit.
            run.iter().fold(0.0, |acc, c| {
                acc * 10.0 + f64::from(han_digit(*c).unwrap_or(0))
            })
        } else {
            let (mut total, mut section, mut num) = (0.0, 0.0, 0.0);
            for c in &run {
                if let Some(d) = han_digit(*c) {
                    num = f64::from(d);
                } else if let Some(u) = han_unit(*c) {
                    if u >= 1e4 {
                        total = (total + section + num).max(1.0) * u;
                        section = 0.0;
                    } else {
                        section += num.max(1.0) * u;
                    }
                    num = 0.0;
                }
            }
            total + section + num
        };
        let next = self.at(j);
        let ordinal = i > 0 && self.chars[i - 1] == '第';
        let counted =
            COUNTERS.contains(next) || (self.lang == Lang::Ja && matches!(next, 'つ' | '人'));
        let mut m = self.mention(
            if ordinal { i - 1 } else { i },
            j,
            Kind::Cardinal,
            vec![Reading::q(value)],
        );
        m.words = true;
        if ordinal {
            m.kind = Kind::Ordinal;
        }
        // "一" is as often "a" or part of a word ("统一", "一些") as a count.
        let lone_one = run.len() == 1 && value == 1.0;
        // "千年", "万一", "百姓": a numeral that opens with a unit is as often
        // part of a word or a round figure of speech as a count.
        let unit_first = run
            .first()
            .is_some_and(|c| matches!(c, '百' | '千' | '万' | '萬' | '亿' | '億'));
        // "几十" (some tens), "数百" (several hundred): vague.
        let vague = i > 0 && matches!(self.chars[i - 1], '几' | '幾' | '数' | '數');
        m.strength = if !(ordinal || counted) || lone_one || unit_first || vague || vague_digits {
            Strength::MatchOnly
        } else if run.len() == 1 && !ordinal {
            // A single numeral character with a counter ("两国", "三次", "三天")
            // is as often idiom as count ("the couple", "secondary", "a few
            // days"): held against a different value, never reported alone.
            Strength::PairOnly
        } else {
            Strength::Strong
        };
        let mut end = j;
        match next {
            '年' if value >= 1000.0 => {
                m.kind = Kind::Year;
                end += 1;
            }
            '月' if (1.0..=12.0).contains(&value) && !matches!(self.at(j + 1), '間' | '间') => {
                m.kind = Kind::Month;
                m.readings = vec![Reading {
                    domain: Domain::Month,
                    value,
                }];
                m.strength = Strength::PairOnly;
                end += 1;
            }
            '日' | '号' if (1.0..=31.0).contains(&value) => {
                m.kind = Kind::Ordinal;
                end += 1;
            }
            _ => {}
        }
        m.range.end = self.offs[end];
        out.push(m);
        Some(end)
    }

    /// The end of a word written with numeral characters that is no number
    /// ("十分" very, "一些" some, "四国" Shikoku), starting at char `i`.
    fn han_word(&self, i: usize) -> Option<usize> {
        let table = match self.lang {
            Lang::Zh => HAN_WORDS_ZH,
            Lang::Ja => HAN_WORDS_JA,
            _ => return None,
        };
        table.iter().find_map(|w| {
            let n = w.chars().count();
            (i + n <= self.n() && self.chars[i..i + n].iter().copied().eq(w.chars()))
                .then_some(i + n)
        })
    }

    // ---- words ------------------------------------------------------------------

    /// Reads words from the word starting at `i`: months, weekdays, number
    /// words. Returns the index after what it consumed.
    fn words_at(&self, i: usize, out: &mut Vec<Mention>) -> usize {
        let j = self.word_end(i);
        let w = self.lower(i, j);
        for (lang, phrase, value) in words::PHRASES {
            if *lang != self.lang {
                continue;
            }
            let len = phrase.chars().count();
            let end = i + len;
            if end <= self.n() && !is_word_char(self.at(end)) && self.lower(i, end) == *phrase {
                if let Some(v) = value {
                    let mut m = self.mention(i, end, Kind::Cardinal, vec![Reading::q(*v)]);
                    m.words = true;
                    m.strength = Strength::MatchOnly;
                    out.push(m);
                }
                return end;
            }
        }
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
            out.push(self.calendar_word(i, j, Kind::Weekday, Domain::Weekday, d));
            return j;
        }
        if let Some(end) = self.roman_century_at(i, out) {
            return end;
        }
        self.number_words_at(i, out)
    }

    /// A Roman numeral that counts a century ("siglo XV", "XIV століття",
    /// "XXe siècle", "XX wieku", "Xe–XIe"): an ordinal. Roman numerals
    /// elsewhere (names, list items, "Louis XIV") are left alone.
    fn roman_century_at(&self, i: usize, out: &mut Vec<Mention>) -> Option<usize> {
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
        let century_word =
            |w: Option<String>| w.is_some_and(|w| CENTURY_WORDS.contains(&w.trim_end_matches('.')));
        let after = self
            .next_word(e + usize::from(self.at(e) == '.'))
            .map(|x| x.2);
        // "Xe–XIe siècle", "du Xe au XIIe siècle": the first of a range.
        let range = (matches!(self.at(e), '-' | '–') && self.roman_century_follows(e + 1))
            || self.next_word(e).is_some_and(|(_, we, w)| {
                RANGE_WORDS.contains(&w.as_str())
                    && self
                        .next_word(we)
                        .is_some_and(|(ns, _, _)| self.roman_century_follows(ns))
            });
        if !century_word(after) && !century_word(self.prev_word(i)) && !range {
            return None;
        }
        let mut m = self.mention(i, e, Kind::Ordinal, vec![Reading::q(value)]);
        m.words = false;
        out.push(m);
        Some(e)
    }

    fn roman_century_follows(&self, k: usize) -> bool {
        let mut probe = Vec::new();
        matches!(self.at(k), 'I' | 'V' | 'X' | 'L' | 'C')
            && self.roman_century_at(k, &mut probe).is_some()
    }

    /// Entries of one word: from the table, or the morphemes of a compound.
    fn entries(&self, w: &str) -> Option<Vec<Entry>> {
        if let Some(e) = words::lookup(self.lang, w) {
            return Some(vec![e]);
        }
        if let Some(es) = words::compound(self.lang, w) {
            return Some(es);
        }
        // German ordinals of compounds: "dreiundzwanzigsten".
        None
    }

    fn number_words_at(&self, i: usize, out: &mut Vec<Mention>) -> usize {
        // Gather number words joined by spaces, hyphens and connectors.
        let mut parts: Vec<(Entry, usize, usize)> = Vec::new();
        let mut k = i;
        loop {
            let e = self.word_end(k);
            let w = self.lower(k, e);
            let Some(es) = self.entries(&w) else { break };
            let connector = es.len() == 1 && es[0].class == Class::Connector;
            if connector && parts.is_empty() {
                break;
            }
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
            // A connector only joins when a number word follows it.
            let ge = self.word_end(g);
            let gw = self.lower(g, ge);
            match self.entries(&gw) {
                Some(next) if next.len() == 1 && next[0].class == Class::Connector => {
                    let mut h = ge;
                    while h < self.n() && is_space(self.chars[h]) && h - ge < 2 {
                        h += 1;
                    }
                    let he = self.word_end(h);
                    if h < self.n()
                        && is_word_char(self.at(h))
                        && self.entries(&self.lower(h, he)).is_some_and(|x| {
                            x.iter()
                                .all(|y| !matches!(y.class, Class::Connector | Class::Article))
                        })
                    {
                        k = h;
                        continue;
                    }
                    break;
                }
                Some(_) => k = g,
                None => break,
            }
        }
        let end_word = self.word_end(i);
        if parts.is_empty() {
            // "vierköpfige": a number glued to a noun.
            let w = self.lower(i, end_word);
            if let Some(v) = words::number_prefix(self.lang, &w) {
                let mut m = self.mention(i, end_word, Kind::Cardinal, vec![Reading::q(v)]);
                m.words = true;
                m.strength = Strength::MatchOnly;
                out.push(m);
            }
            return end_word;
        }
        let groups = evaluate(&parts, self.lang);
        let mut last_end = end_word;
        for g in groups {
            let mut m = self.mention(g.start, g.end, g.kind, vec![Reading::q(g.value)]);
            m.words = true;
            m.scale = g.scale;
            m.strength =
                if g.weak || g.kind == Kind::Fraction || self.name_like(g.start, g.scale.is_some())
                {
                    Strength::MatchOnly
                } else {
                    Strength::Strong
                };
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
}

impl Scanner<'_> {
    /// A capitalised number word inside a sentence is a name ("Otto Ritter",
    /// "the Ninth Ward"). German capitalises scale nouns ("Millionen").
    fn name_like(&self, i: usize, has_scale: bool) -> bool {
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

struct Group {
    value: f64,
    start: usize,
    end: usize,
    kind: Kind,
    weak: bool,
    scale: Option<f64>,
}

/// Values of a run of number words, split where the run stops being one
/// number ("deux trois" is two numbers; "vingt-deux" one).
fn evaluate(parts: &[(Entry, usize, usize)], lang: Lang) -> Vec<Group> {
    let mut groups = Vec::new();
    let mut cur: Option<Group> = None;
    let (mut total, mut current, mut last_scale) = (0.0f64, 0.0f64, f64::INFINITY);
    let mut after_connector = false;
    let mut all_weak = true;
    let mut has_article = false;
    let flush = |cur: &mut Option<Group>,
                 total: f64,
                 current: f64,
                 all_weak: bool,
                 groups: &mut Vec<Group>| {
        if let Some(mut g) = cur.take() {
            g.value = total + current;
            g.weak = all_weak;
            groups.push(g);
        }
    };
    for &(e, s, t) in parts {
        if e.class == Class::Connector {
            after_connector = true;
            continue;
        }
        let v = e.value;
        // "a third", "two thirds", "three quarters", "un tercio": a fraction.
        let as_fraction = total == 0.0
            && current.fract() == 0.0
            && (1.0..=10.0).contains(&current)
            && ((e.class == Class::Ordinal && (3.0..=10.0).contains(&v))
                || e.class == Class::Fraction)
            && cur.as_ref().is_some_and(|g| g.kind == Kind::Cardinal);
        if as_fraction {
            if let Some(g) = cur.as_mut() {
                g.kind = Kind::Fraction;
                g.end = t;
                current = if e.class == Class::Ordinal {
                    current / v
                } else {
                    current * v
                };
                has_article = false;
                after_connector = false;
                continue;
            }
        }
        let fits = cur.is_some()
            && match e.class {
                Class::Article => false,
                Class::Fraction => after_connector,
                Class::Scale | Class::ScaleAbbrev => {
                    v < last_scale || (current == 0.0 && total > 0.0)
                }
                _ if v == 100.0 => current % 100.0 != 0.0 || current == 0.0 || current < 100.0,
                _ if v > 100.0 && v < 1000.0 => current % 1000.0 == 0.0 && current == 0.0,
                _ => {
                    let r = current % 100.0;
                    current == 0.0
                        || r == 0.0
                        || (r % 10.0 == 0.0 && r >= 20.0 && v < 10.0)
                        || (lang == Lang::Fr
                            && (r == 60.0 || r == 80.0)
                            && (10.0..20.0).contains(&v))
                        || (lang == Lang::Fr && r == 4.0 && v == 20.0)
                        || (matches!(lang, Lang::De | Lang::Nl)
                            && after_connector
                            && r < 10.0
                            && v >= 20.0
                            && v % 10.0 == 0.0)
                }
            }
            && cur
                .as_ref()
                .is_some_and(|g| g.kind != Kind::Ordinal && g.kind != Kind::Fraction);
        if !fits {
            // A lone article before a non-scale word is no number.
            if cur.is_some() && !(has_article && total + current == 1.0 && current == 1.0) {
                flush(&mut cur, total, current, all_weak, &mut groups);
            }
            total = 0.0;
            current = 0.0;
            last_scale = f64::INFINITY;
            all_weak = true;
            has_article = false;
            cur = Some(Group {
                value: 0.0,
                start: s,
                end: t,
                kind: Kind::Cardinal,
                weak: true,
                scale: None,
            });
        }
        after_connector = false;
        let g = match cur.as_mut() {
            Some(g) => g,
            None => continue,
        };
        g.end = t;
        // A scale word with no number before it ("Millionen Menschen",
        // "тисячі жителів", "des milliers") is a vague plural, not a count.
        let lone_scale = e.class == Class::Scale && current == 0.0 && total == 0.0;
        match e.class {
            Class::Article => {
                has_article = true;
                current = 1.0;
                continue;
            }
            Class::Fraction => {
                if current == 0.0 && total == 0.0 {
                    g.kind = Kind::Fraction;
                }
                current += v;
            }
            Class::Scale | Class::ScaleAbbrev => {
                if current == 0.0 && total > 0.0 && v > last_scale {
                    total *= v;
                } else {
                    total += current.max(1.0) * v;
                }
                current = 0.0;
                last_scale = v;
                g.scale = Some(v);
            }
            _ if v == 100.0 => current = current.max(1.0) * 100.0,
            _ if lang == Lang::Fr && current % 100.0 == 4.0 && v == 20.0 => current += 76.0,
            _ => current += v,
        }
        if e.class == Class::Ordinal {
            g.kind = Kind::Ordinal;
        }
        if !e.weak && !lone_scale {
            all_weak = false;
        }
        if has_article && (matches!(e.class, Class::Scale) || v == 100.0 || v == 12.0) {
            all_weak = false;
        }
    }
    // A lone article is no number at all.
    if !(has_article && total == 0.0 && current == 1.0) {
        flush(&mut cur, total, current, all_weak, &mut groups);
    }
    groups
}

/// Joins a day number and a month name next to each other into a date
/// ("18 juillet", "July 18", "19. Juli", "22 de octubre", "7月24日"); months
/// that needed a day and got none are dropped.
fn assemble_dates(text: &str, ms: &mut Vec<Mention>) {
    let day_like = |m: &Mention| {
        let v = m.primary().value;
        // An article ("maart een nieuwe", "mars un nouveau") is not a day;
        // ordinal words ("premier mai") are.
        let article = m.strength == Strength::MatchOnly && m.kind == Kind::Cardinal;
        !article
            && m.primary().domain == Domain::Quantity
            && matches!(m.kind, Kind::Cardinal | Kind::Ordinal)
            && m.unit.is_none()
            && m.scale.is_none()
            && v.fract() == 0.0
            && (1.0..=31.0).contains(&v)
    };
    let gap_before = |g: &str| {
        let g = g
            .trim()
            .trim_matches(|c: char| c == '.' || c == ',')
            .trim()
            .to_lowercase();
        g.is_empty()
            || matches!(
                g.as_str(),
                "de" | "del" | "of" | "the" | "di" | "du" | "of the"
            )
    };
    let gap_after = |g: &str| {
        let g = g.trim().trim_start_matches(',').trim().to_lowercase();
        g.is_empty() || g == "the"
    };
    let mut out: Vec<Mention> = Vec::with_capacity(ms.len());
    let mut k = 0;
    while k < ms.len() {
        let m = &ms[k];
        if m.kind == Kind::Month {
            let month = m.primary().value;
            let prev_ok = out.last().is_some_and(|p| {
                day_like(p)
                    && p.range.end <= m.range.start
                    && gap_before(&text[p.range.end..m.range.start])
            });
            let next_ok = ms.get(k + 1).is_some_and(|n| {
                day_like(n)
                    && n.range.start >= m.range.end
                    && gap_after(&text[m.range.end..n.range.start])
                    && !text[n.range.end..].trim_start().starts_with(['%', ':'])
            });
            let (day, range) = if prev_ok {
                let p = out.pop().unwrap_or_else(|| m.clone());
                (p.primary().value, p.range.start..m.range.end)
            } else if next_ok {
                let n = &ms[k + 1];
                k += 1;
                (n.primary().value, m.range.start..n.range.end)
            } else {
                if m.strength != Strength::MatchOnly {
                    out.push(m.clone());
                }
                k += 1;
                continue;
            };
            let mut d = m.clone();
            d.kind = Kind::Date;
            d.range = range;
            d.strength = Strength::Strong;
            d.readings = vec![
                Reading {
                    domain: Domain::Date,
                    value: month * 100.0 + day,
                },
                Reading::q(day),
            ];
            out.push(d);
            k += 1;
            continue;
        }
        out.push(m.clone());
        k += 1;
    }
    *ms = out;
}

/// Words before a number (and CJK marks after it) that make it approximate.
const APPROX_BEFORE: &[&str] = &[
    "about",
    "around",
    "approximately",
    "nearly",
    "almost",
    "roughly",
    "some",
    "over",
    "more than",
    "less than",
    "fewer than",
    "up to",
    "environ",
    "près de",
    "presque",
    "quelque",
    "plus de",
    "moins de",
    "unos",
    "unas",
    "cerca de",
    "casi",
    "aproximadamente",
    "más de",
    "menos de",
    "alrededor de",
    "rund",
    "etwa",
    "fast",
    "knapp",
    "mehr als",
    "über",
    "circa",
    "quasi",
    "oltre",
    "più di",
    "quase",
    "mais de",
    "ongeveer",
    "bijna",
    "ruim",
    "meer dan",
    "около",
    "почти",
    "более",
    "свыше",
    "około",
    "prawie",
    "ponad",
    "blisko",
    "zhruba",
    "téměř",
    "přes",
    "asi",
    "více než",
    "लगभग",
    "करीब",
    "约",
    "約",
    "近",
    "超过",
];
const APPROX_AFTER: &[&str] = &["余", "多", "左右", "以上", "余り", "超"];

fn mark_approx(text: &str, ms: &mut [Mention]) {
    for m in ms.iter_mut() {
        let mut lo = m.range.start.saturating_sub(24);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let before = text[lo..m.range.start].to_lowercase();
        let before = before.trim_end();
        let mut hi = (m.range.end + 8).min(text.len());
        while !text.is_char_boundary(hi) {
            hi -= 1;
        }
        let after = &text[m.range.end..hi];
        m.approx = m.approx
            || APPROX_BEFORE.iter().any(|a| {
                before.ends_with(a)
                    && before[..before.len() - a.len()]
                        .chars()
                        .last()
                        .is_none_or(|c| !c.is_alphanumeric() || is_cjk(c))
            })
            || APPROX_AFTER.iter().any(|a| after.starts_with(a));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str, lang: Lang) -> Vec<f64> {
        extract(text, lang)
            .iter()
            .map(|m| m.primary().value)
            .collect()
    }

    fn strong(text: &str, lang: Lang) -> Vec<f64> {
        extract(text, lang)
            .iter()
            .filter(|m| m.strength == Strength::Strong)
            .map(|m| m.primary().value)
            .collect()
    }

    #[test]
    fn reads_every_thousands_convention() {
        assert_eq!(values("1 000,5", Lang::Fr), vec![1000.5]);
        assert_eq!(values("1\u{202F}000,5", Lang::Fr), vec![1000.5]);
        assert_eq!(values("1,000.5", Lang::En), vec![1000.5]);
        assert_eq!(values("1.000,5", Lang::De), vec![1000.5]);
        assert_eq!(values("1'000", Lang::De), vec![1000.0]);
        assert_eq!(values("1.500", Lang::De), vec![1500.0]);
        assert_eq!(values("1.500", Lang::En), vec![1.5]);
        assert_eq!(values("1.234.567", Lang::Es), vec![1234567.0]);
        assert_eq!(values("1,234,567", Lang::En), vec![1234567.0]);
        assert_eq!(values("2,5", Lang::Fr), vec![2.5]);
        assert_eq!(values("in 2019 200 people", Lang::Fr), vec![2019.0, 200.0]);
        assert_eq!(values("-5 degrees", Lang::En), vec![-5.0]);
        assert_eq!(values("10–12", Lang::En), vec![10.0, 12.0]);
    }

    #[test]
    fn reads_ukrainian_words_and_abbreviations() {
        assert_eq!(values("п'ять", Lang::Uk), vec![5.0]);
        assert_eq!(values("п’ятнадцять", Lang::Uk), vec![15.0]);
        assert_eq!(values("дві", Lang::Uk), vec![2.0]);
        assert_eq!(values("45 тисяч", Lang::Uk), vec![45000.0]);
        assert_eq!(values("12 тис. грн", Lang::Uk), vec![12000.0]);
        assert_eq!(values("2,7 мільярда", Lang::Uk), vec![2.7e9]);
        assert_eq!(extract("350грн", Lang::Uk)[0].unit, Some("UAH"));
    }

    #[test]
    fn reads_dot_times_and_dates_of_comma_decimal_languages() {
        let has = |t: &str, l, d: Domain, v: f64| {
            extract(t, l)
                .iter()
                .any(|m| m.readings.iter().any(|r| r.domain == d && r.value == v))
        };
        assert!(has("v 15.40", Lang::Cs, Domain::Time, 15.0 * HOUR + 2400.0));
        assert!(has("8,15", Lang::Cs, Domain::Time, 8.25 * HOUR));
        assert!(has("bis 12.06", Lang::De, Domain::Date, 612.0));
        assert!(!has(
            "at 15.40",
            Lang::En,
            Domain::Time,
            15.0 * HOUR + 2400.0
        ));
        assert!(has("ve 21 hodin", Lang::Cs, Domain::Time, 21.0 * HOUR));
        assert!(has("після 18 години", Lang::Uk, Domain::Time, 18.0 * HOUR));
        assert!(has("о 8 вечора", Lang::Uk, Domain::Time, 20.0 * HOUR));
        let d = |t: &str, l| {
            extract(t, l)
                .first()
                .map(|m| (m.primary().domain, m.primary().value))
        };
        assert_eq!(d("od 1. 7. 2023", Lang::Cs), Some((Domain::Date, 701.0)));
        assert_eq!(d("do 03.05.", Lang::Uk), Some((Domain::Date, 503.0)));
        assert_eq!(d("do 3. 5.", Lang::Cs), Some((Domain::Date, 503.0)));
        assert_eq!(d("le 19/07", Lang::Fr), Some((Domain::Date, 719.0)));
        // A version number ending a sentence is no date.
        assert_eq!(
            d("Version 3.4.", Lang::De).map(|x| x.0),
            Some(Domain::Quantity)
        );
        // In English "12/21" is as often a month and a year.
        assert_ne!(d("12/21", Lang::En).map(|x| x.0), Some(Domain::Date));
    }

    #[test]
    fn reads_slavic_decades_and_mixed_group_spaces() {
        let k = |t: &str, l| extract(t, l).first().map(|m| m.kind);
        assert_eq!(k("у 1970-ті роки", Lang::Uk), Some(Kind::Decade));
        assert_eq!(k("в 80-х", Lang::Ru), Some(Kind::Decade));
        assert_eq!(k("v 70. letech", Lang::Cs), Some(Kind::Decade));
        assert_eq!(values("602 318\u{a0}774", Lang::Cs), vec![602318774.0]);
    }

    #[test]
    fn reads_cjk_notations() {
        assert_eq!(values("470 万美元", Lang::Zh), vec![4.7e6]);
        assert_eq!(values("60余万元", Lang::Zh), vec![600000.0]);
        assert!(extract("60余万元", Lang::Zh)[0].approx);
        assert_eq!(values("5億3,200万円", Lang::Ja), vec![532e6]);
        assert_eq!(values("２．５％", Lang::Ja), vec![2.5]);
        let r = |t: &str, l| extract(t, l).first().map(|m| m.primary());
        let time = |h: f64| {
            Some(Reading {
                domain: Domain::Time,
                value: h * HOUR,
            })
        };
        assert_eq!(r("下午3点半", Lang::Zh), time(15.5));
        assert_eq!(r("午後４：１５", Lang::Ja), time(16.25));
        assert_eq!(r("午後７時", Lang::Ja), time(19.0));
        assert_eq!(r("PM4:30まで", Lang::Ja), time(16.5));
        assert_eq!(r("AM10:00", Lang::Ja), time(10.0));
        // Offsets point into the text as given, full-width digits and all.
        let t = "午後４：１５";
        let m = &extract(t, Lang::Ja)[0];
        assert_eq!(&t[m.range.clone()], "４：１５");
        assert_eq!(
            r("2023.9.4", Lang::Zh).map(|x| (x.domain, x.value)),
            Some((Domain::Date, 904.0))
        );
        assert_eq!(r("5至8月", Lang::Zh).map(|x| x.domain), Some(Domain::Month));
        assert_eq!(extract("00后", Lang::Zh)[0].kind, Kind::Decade);
        assert_eq!(r("上午 11 点 20 分", Lang::Zh), time(11.0 + 1.0 / 3.0));
        assert_eq!(r("晚上 7 点半", Lang::Zh), time(19.5));
        let decade = &extract("18 世纪 70 年代", Lang::Zh)[0];
        assert_eq!(decade.kind, Kind::Decade);
        assert!(decade.readings.contains(&Reading::q(1770.0)));
        assert_eq!(extract("21世纪", Lang::Zh)[0].kind, Kind::Ordinal);
        assert_eq!(r("2019 年", Lang::Zh).map(|x| x.value), Some(2019.0));
    }

    #[test]
    fn numeral_characters_in_words_are_no_numbers() {
        assert_eq!(strong("服务十分周到", Lang::Zh), Vec::<f64>::new());
        assert_eq!(strong("九州と四国", Lang::Ja), Vec::<f64>::new());
        assert_eq!(strong("一二三号线", Lang::Zh), Vec::<f64>::new());
        assert_eq!(strong("三四天", Lang::Zh), Vec::<f64>::new());
        assert_eq!(strong("几十项", Lang::Zh), Vec::<f64>::new());
        assert_eq!(values("一九八五年", Lang::Zh), vec![1985.0]);
        // One numeral character with a counter is no longer reported alone.
        let m = &extract("两国", Lang::Zh)[0];
        assert_eq!(m.strength, Strength::PairOnly);
        assert_eq!(strong("十五人", Lang::Zh), vec![15.0]);
    }

    #[test]
    fn reads_signs_in_words_and_fractions() {
        assert_eq!(values("8 degrees below zero", Lang::En), vec![-8.0]);
        assert_eq!(values("12 Grad minus", Lang::De), vec![-12.0]);
        assert_eq!(values("6 grados bajo cero", Lang::Es), vec![-6.0]);
        assert_eq!(values("minus 7", Lang::En), vec![-7.0]);
        // Arithmetic, not a temperature.
        assert_eq!(values("9 minus 4", Lang::En), vec![9.0, 4.0]);
        // An en dash between numbers is a range.
        assert_eq!(values("1993 –1995", Lang::En), vec![1993.0, 1995.0]);
        assert_eq!(strong("dos quintas partes", Lang::Es), Vec::<f64>::new());
        assert_eq!(strong("drei Fünftel", Lang::De), Vec::<f64>::new());
        assert_eq!(strong("due quinti", Lang::It), Vec::<f64>::new());
        assert_eq!(
            strong("nicht außer acht lassen", Lang::De),
            Vec::<f64>::new()
        );
        let m = &extract("eine Phase-2-Studie", Lang::De)[1];
        assert_eq!((m.kind, m.strength), (Kind::Cardinal, Strength::PairOnly));
        assert_eq!(extract("die F-35", Lang::De)[0].kind, Kind::Code);
    }

    #[test]
    fn reads_czech_miles_inflected_scales_and_compounds() {
        let m = &extract("26 mil", Lang::Cs)[0];
        assert_eq!((m.primary().value, m.unit), (26.0, Some("mi")));
        assert_eq!(values("4 mil. Kč", Lang::Cs), vec![4e6]);
        assert_eq!(values("4 mil Kč", Lang::Cs), vec![4e6]);
        assert_eq!(values("7,4 milionu", Lang::Cs), vec![7.4e6]);
        assert_eq!(values("pěti sty miliony", Lang::Cs), vec![500e6]);
        assert_eq!(values("třídenní", Lang::Cs), vec![3.0]);
        assert_eq!(strong("pětkrát", Lang::Cs), Vec::<f64>::new());
    }

    #[test]
    fn reads_roman_centuries_and_ukrainian_ordinals() {
        let ord = |t: &str, l| {
            extract(t, l)
                .iter()
                .filter(|m| m.kind == Kind::Ordinal)
                .map(|m| m.primary().value)
                .collect::<Vec<_>>()
        };
        assert_eq!(ord("en el siglo XVIII", Lang::Es), vec![18.0]);
        assert_eq!(ord("у XIV столітті", Lang::Uk), vec![14.0]);
        assert_eq!(ord("du Xe au XIIe siècle", Lang::Fr), vec![10.0, 12.0]);
        assert_eq!(ord("XIX. Jahrhundert", Lang::De), vec![19.0]);
        // Not beside a word for century: a name, a list item, a pronoun.
        assert!(ord("papa Pio XII", Lang::It).is_empty());
        assert!(ord("Ce XXe", Lang::Fr).is_empty());
        assert!(ord("siglo IIII", Lang::Es).is_empty());
        assert_eq!(ord("на третій день", Lang::Uk), vec![3.0]);
        assert_eq!(ord("на четвертому поверсі", Lang::Uk), vec![4.0]);
        assert_eq!(values("чотириденного", Lang::Uk), vec![4.0]);
        assert_eq!(strong("open 24/7", Lang::En), Vec::<f64>::new());
        let years = extract("in 1994-97", Lang::En);
        assert!(years[1].readings.contains(&Reading::q(1997.0)));
        // A dash in the sentence is no minus sign.
        assert_eq!(values("варіанти – 5:1", Lang::Uk), vec![5.0, 1.0]);
    }

    #[test]
    fn a_scale_word_alone_is_a_vague_plural() {
        assert_eq!(strong("Millionen Menschen", Lang::De), Vec::<f64>::new());
        assert_eq!(strong("тисячі жителів", Lang::Uk), Vec::<f64>::new());
        assert_eq!(strong("drei Millionen Menschen", Lang::De), vec![3e6]);
        assert_eq!(strong("a million people", Lang::En), vec![1e6]);
        assert_eq!(strong("45 тисяч", Lang::Uk), vec![45000.0]);
    }

    #[test]
    fn reads_scales_per_language() {
        assert_eq!(values("1,5 milliard", Lang::Fr), vec![1.5e9]);
        assert_eq!(values("2 billions", Lang::Fr), vec![2e12]);
        assert_eq!(values("2 billion", Lang::En), vec![2e9]);
        assert_eq!(values("3 Milliarden", Lang::De), vec![3e9]);
        assert_eq!(values("2 mil millones", Lang::Es), vec![2e9]);
        assert_eq!(values("2,5 millions", Lang::Fr), vec![2.5e6]);
        assert_eq!(values("$5bn", Lang::En), vec![5e9]);
        assert_eq!(values("103 mld zł", Lang::Pl), vec![103e9]);
        assert_eq!(values("14.6万人", Lang::Zh), vec![146000.0]);
        assert_eq!(values("１万１０００店舗", Lang::Ja), vec![11000.0]);
    }

    #[test]
    fn reads_words() {
        assert_eq!(values("vingt-deux", Lang::Fr), vec![22.0]);
        assert_eq!(values("quatre-vingt-dix", Lang::Fr), vec![90.0]);
        assert_eq!(values("twenty-two", Lang::En), vec![22.0]);
        assert_eq!(values("two hundred and five", Lang::En), vec![205.0]);
        assert_eq!(values("dos mil veintiuno", Lang::Es), vec![2021.0]);
        assert_eq!(values("dreiundzwanzig", Lang::De), vec![23.0]);
        assert_eq!(values("duemilaventuno", Lang::It), vec![2021.0]);
        assert_eq!(values("cinq pour cent", Lang::Fr), vec![5.0]);
        assert_eq!(extract("cinq pour cent", Lang::Fr)[0].kind, Kind::Percent);
        assert_eq!(values("a hundred", Lang::En), vec![100.0]);
        assert!(values("a man", Lang::En).is_empty());
        assert_eq!(strong("un homme", Lang::Fr), Vec::<f64>::new());
        assert_eq!(values("deux trois", Lang::Fr), vec![2.0, 3.0]);
        assert_eq!(values("tenth", Lang::En), vec![10.0]);
        // A single numeral character with a counter is held against a
        // different value but not reported alone (see `han_at`).
        assert_eq!(strong("未来十五天", Lang::Zh), vec![15.0]);
        assert_eq!(values("未来三天", Lang::Zh), vec![3.0]);
        assert_eq!(strong("统一", Lang::Zh), Vec::<f64>::new());
        assert_eq!(values("第十次", Lang::Zh), vec![10.0]);
        assert_eq!(values("一百", Lang::Zh), vec![100.0]);
    }

    #[test]
    fn reads_ordinals_percent_years_decades() {
        let k = |t: &str, l| extract(t, l).first().map(|m| m.kind);
        assert_eq!(k("1er", Lang::Fr), Some(Kind::Ordinal));
        assert_eq!(k("18th", Lang::En), Some(Kind::Ordinal));
        assert_eq!(k("2.º", Lang::Es), Some(Kind::Ordinal));
        assert_eq!(k("5 %", Lang::Fr), Some(Kind::Percent));
        assert_eq!(k("5 per cent", Lang::En), Some(Kind::Percent));
        assert_eq!(k("1985年", Lang::Zh), Some(Kind::Year));
        assert_eq!(k("the 1970s", Lang::En), Some(Kind::Decade));
        assert_eq!(k("années 70", Lang::Fr), Some(Kind::Decade));
    }

    #[test]
    fn reads_times_and_dates() {
        let r = |t: &str, l| extract(t, l).first().map(|m| m.primary());
        let t1430 = Some(Reading {
            domain: Domain::Time,
            value: 14.5 * HOUR,
        });
        assert_eq!(r("14h30", Lang::Fr), t1430);
        assert_eq!(r("2:30 p.m.", Lang::En), t1430);
        assert_eq!(r("14:30", Lang::En), t1430);
        assert_eq!(
            r("15时50分", Lang::Zh).map(|x| x.value),
            Some(15.0 * HOUR + 50.0 * 60.0)
        );
        let d = |t: &str, l| r(t, l).map(|x| (x.domain, x.value));
        assert_eq!(d("18 juillet", Lang::Fr), Some((Domain::Date, 718.0)));
        assert_eq!(d("July 18", Lang::En), Some((Domain::Date, 718.0)));
        assert_eq!(d("22 de octubre", Lang::Es), Some((Domain::Date, 1022.0)));
        assert_eq!(d("am 19. Juli", Lang::De), Some((Domain::Date, 719.0)));
        assert_eq!(d("7月24日", Lang::Zh), Some((Domain::Date, 724.0)));
        assert_eq!(d("22/10/2021", Lang::Fr), Some((Domain::Date, 1022.0)));
        assert_eq!(d("vendredi", Lang::Fr), Some((Domain::Weekday, 5.0)));
        assert_eq!(d("may", Lang::En), None);
    }
}
