//! Month and weekday names per language, with the case forms dates use
//! ("18 juillet", "25 июля", "17 września", "16. listopadu"), and the order in
//! which a language writes numeric dates.

use crate::lang::Lang;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Month names, one line per month (January first), forms separated by spaces.
const MONTHS: &[(Lang, [&str; 12])] = &[
    (
        Lang::En,
        [
            "january jan",
            "february feb",
            "march",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ],
    ),
    (
        Lang::Fr,
        [
            "janvier janv",
            "février fevrier févr",
            "mars",
            "avril avr",
            "mai",
            "juin",
            "juillet juil",
            "août aout",
            "septembre",
            "octobre oct",
            "novembre nov",
            "décembre decembre déc",
        ],
    ),
    (
        Lang::Es,
        [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre setiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
    ),
    (
        Lang::Ca,
        [
            "gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre",
            "octubre", "novembre", "desembre",
        ],
    ),
    (
        Lang::De,
        [
            "januar jänner",
            "februar",
            "märz",
            "april",
            "mai",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "dezember",
        ],
    ),
    (
        Lang::It,
        [
            "gennaio",
            "febbraio",
            "marzo",
            "aprile",
            "maggio",
            "giugno",
            "luglio",
            "agosto",
            "settembre",
            "ottobre",
            "novembre",
            "dicembre",
        ],
    ),
    (
        Lang::Pt,
        [
            "janeiro",
            "fevereiro",
            "março",
            "abril",
            "maio",
            "junho",
            "julho",
            "agosto",
            "setembro",
            "outubro",
            "novembro",
            "dezembro",
        ],
    ),
    (
        Lang::Nl,
        [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ],
    ),
    (
        Lang::Pl,
        [
            "styczeń stycznia styczniu",
            "luty lutego lutym",
            "marzec marca marcu",
            "kwiecień kwietnia kwietniu",
            "maj maja maju",
            "czerwiec czerwca czerwcu",
            "lipiec lipca lipcu",
            "sierpień sierpnia sierpniu",
            "wrzesień września wrześniu",
            "październik października październiku",
            "listopad listopada listopadzie",
            "grudzień grudnia grudniu",
        ],
    ),
    (
        Lang::Cs,
        [
            "leden ledna lednu",
            "únor února únoru",
            "březen března březnu",
            "duben dubna dubnu",
            "květen května květnu",
            "červen června červnu",
            "červenec července červenci",
            "srpen srpna srpnu",
            "září",
            "říjen října říjnu",
            "listopad listopadu",
            "prosinec prosince prosinci",
        ],
    ),
    (
        Lang::Ru,
        [
            "январь января январе",
            "февраль февраля феврале",
            "март марта марте",
            "апрель апреля апреле",
            "май мая мае",
            "июнь июня июне",
            "июль июля июле",
            "август августа августе",
            "сентябрь сентября сентябре",
            "октябрь октября октябре",
            "ноябрь ноября ноябре",
            "декабрь декабря декабре",
        ],
    ),
    (
        Lang::Uk,
        [
            "січень січня",
            "лютий лютого",
            "березень березня",
            "квітень квітня",
            "травень травня",
            "червень червня",
            "липень липня",
            "серпень серпня",
            "вересень вересня",
            "жовтень жовтня",
            "листопад листопада",
            "грудень грудня",
        ],
    ),
    (
        Lang::Hi,
        [
            "जनवरी",
            "फ़रवरी फरवरी",
            "मार्च",
            "अप्रैल",
            "मई",
            "जून",
            "जुलाई",
            "अगस्त",
            "सितंबर सितम्बर",
            "अक्टूबर अक्तूबर",
            "नवंबर नवम्बर",
            "दिसंबर दिसम्बर",
        ],
    ),
    (
        Lang::Sv,
        [
            "januari",
            "februari",
            "mars",
            "april",
            "maj",
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
            "december",
        ],
    ),
];

/// Weekday names, Monday first.
const WEEKDAYS: &[(Lang, [&str; 7])] = &[
    (
        Lang::En,
        [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ],
    ),
    (
        Lang::Fr,
        [
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        ],
    ),
    (
        Lang::Es,
        [
            "lunes",
            "martes",
            "miércoles miercoles",
            "jueves",
            "viernes",
            "sábado sabado",
            "domingo",
        ],
    ),
    (
        Lang::Ca,
        [
            "dilluns",
            "dimarts",
            "dimecres",
            "dijous",
            "divendres",
            "dissabte",
            "diumenge",
        ],
    ),
    (
        Lang::De,
        [
            "montag",
            "dienstag",
            "mittwoch",
            "donnerstag",
            "freitag",
            "samstag sonnabend",
            "sonntag",
        ],
    ),
    (
        Lang::It,
        [
            "lunedì lunedi",
            "martedì martedi",
            "mercoledì mercoledi",
            "giovedì giovedi",
            "venerdì venerdi",
            "sabato",
            "domenica",
        ],
    ),
    (
        Lang::Pt,
        [
            "segunda-feira",
            "terça-feira terça",
            "quarta-feira",
            "quinta-feira",
            "sexta-feira",
            "sábado sabado",
            "domingo",
        ],
    ),
    (
        Lang::Nl,
        [
            "maandag",
            "dinsdag",
            "woensdag",
            "donderdag",
            "vrijdag",
            "zaterdag",
            "zondag",
        ],
    ),
    (
        Lang::Pl,
        [
            "poniedziałek poniedziałku",
            "wtorek wtorku",
            "środa środę środy",
            "czwartek czwartku",
            "piątek piątku",
            "sobota sobotę soboty",
            "niedziela niedzielę niedzieli",
        ],
    ),
    (
        Lang::Cs,
        [
            "pondělí",
            "úterý",
            "středa středu",
            "čtvrtek",
            "pátek",
            "sobota sobotu",
            "neděle neděli",
        ],
    ),
    (
        Lang::Ru,
        [
            "понедельник",
            "вторник",
            "среда среду",
            "четверг",
            "пятница пятницу",
            "суббота субботу",
            "воскресенье",
        ],
    ),
    (
        Lang::Hi,
        [
            "सोमवार",
            "मंगलवार",
            "बुधवार",
            "गुरुवार",
            "शुक्रवार",
            "शनिवार",
            "रविवार",
        ],
    ),
    (
        Lang::Sv,
        [
            "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
        ],
    ),
];

type Names = HashMap<(Lang, String), u8>;

fn build(rows: impl Iterator<Item = (Lang, Vec<&'static str>)>) -> Names {
    let mut map = HashMap::new();
    for (lang, names) in rows {
        for (i, forms) in names.iter().enumerate() {
            for form in forms.split_whitespace() {
                map.insert((lang, form.to_string()), (i + 1) as u8);
            }
        }
    }
    map
}

fn months() -> &'static Names {
    static CELL: OnceLock<Names> = OnceLock::new();
    CELL.get_or_init(|| build(MONTHS.iter().map(|(l, m)| (*l, m.to_vec()))))
}

fn weekdays() -> &'static Names {
    static CELL: OnceLock<Names> = OnceLock::new();
    CELL.get_or_init(|| build(WEEKDAYS.iter().map(|(l, m)| (*l, m.to_vec()))))
}

/// 1–12 for a lower-cased month name of `lang`.
pub fn month(lang: Lang, word: &str) -> Option<u8> {
    months().get(&(lang, word.to_string())).copied()
}

/// 1 (Monday) – 7 for a lower-cased weekday name of `lang`. German
/// compounds ("Samstagabend", "Dienstagmorgen") count as their weekday.
pub fn weekday(lang: Lang, word: &str) -> Option<u8> {
    if let Some(&d) = weekdays().get(&(lang, word.to_string())) {
        return Some(d);
    }
    if matches!(lang, Lang::De | Lang::Nl) {
        for (l, names) in WEEKDAYS {
            if *l != lang {
                continue;
            }
            for (i, forms) in names.iter().enumerate() {
                for form in forms.split_whitespace() {
                    if word.len() > form.len() + 3 && word.starts_with(form) {
                        return Some((i + 1) as u8);
                    }
                }
            }
        }
    }
    None
}

/// Whether the language writes a date as day, dot, month ("12.06.", "12. 6.
/// 2024"), so that a day and a month with dots and no year are a date.
pub fn dot_dates(lang: Lang) -> bool {
    matches!(lang, Lang::De | Lang::Cs | Lang::Pl | Lang::Ru | Lang::Uk)
}

/// Whether numeric dates put the month first ("10/22/2021") in this language.
pub fn month_first(lang: Lang) -> bool {
    matches!(lang, Lang::En)
}

/// The English name of a month or weekday, for messages.
pub fn month_name(m: u8) -> &'static str {
    const N: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    N.get((m as usize).wrapping_sub(1)).copied().unwrap_or("?")
}

pub fn weekday_name(d: u8) -> &'static str {
    const N: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    N.get((d as usize).wrapping_sub(1)).copied().unwrap_or("?")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_months_and_weekdays() {
        assert_eq!(month(Lang::Fr, "juillet"), Some(7));
        assert_eq!(month(Lang::Ru, "июля"), Some(7));
        assert_eq!(month(Lang::Pl, "września"), Some(9));
        assert_eq!(weekday(Lang::Es, "viernes"), Some(5));
        assert_eq!(weekday(Lang::De, "samstagabend"), Some(6));
        assert_eq!(weekday(Lang::En, "fri"), None);
    }
}
