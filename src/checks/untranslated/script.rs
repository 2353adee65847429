//! Scripts and letter case of a token, and text that may hold an address.

use super::*;

/// What a token is, as far as this check is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Skip {
    /// An ordinary word to judge.
    No,
    /// A number, code, URL, address, handle, hashtag, acronym, keep-as-is term,
    /// single letter: never flagged and never counted.
    Yes,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Case {
    Lower,
    /// First letter upper-case, the rest lower-case.
    Capitalised,
    /// Two or more upper-case letters: acronyms and CamelCase brands.
    Upper,
    /// No case (CJK, Devanagari…).
    None,
}

/// Scripts a token can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TokScript {
    Latin,
    Cyrillic,
    Greek,
    Armenian,
    Georgian,
    Hebrew,
    Arabic,
    Devanagari,
    Bengali,
    OtherIndic,
    Thai,
    Hangul,
    Kana,
    Han,
    Other,
}

impl TokScript {
    pub(super) fn name(self) -> &'static str {
        match self {
            TokScript::Latin => "Latin",
            TokScript::Cyrillic => "Cyrillic",
            TokScript::Greek => "Greek",
            TokScript::Armenian => "Armenian",
            TokScript::Georgian => "Georgian",
            TokScript::Hebrew => "Hebrew",
            TokScript::Arabic => "Arabic",
            TokScript::Devanagari => "Devanagari",
            TokScript::Bengali => "Bengali",
            TokScript::OtherIndic => "Indic",
            TokScript::Thai => "Thai",
            TokScript::Hangul => "Hangul",
            TokScript::Kana => "Japanese kana",
            TokScript::Han => "Chinese characters",
            TokScript::Other => "non-Latin",
        }
    }
}

pub(super) fn char_script(c: char) -> Option<TokScript> {
    let u = c as u32;
    let s = match u {
        0x41..=0x5A | 0x61..=0x7A | 0xAA | 0xBA => TokScript::Latin,
        0xC0..=0x24F if u != 0xD7 && u != 0xF7 => TokScript::Latin,
        0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A => {
            TokScript::Latin
        }
        0x370..=0x3FF | 0x1F00..=0x1FFF => TokScript::Greek,
        0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => TokScript::Cyrillic,
        0x530..=0x58F => TokScript::Armenian,
        0x590..=0x5FF | 0xFB1D..=0xFB4F => TokScript::Hebrew,
        0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            TokScript::Arabic
        }
        0x900..=0x97F => TokScript::Devanagari,
        0x980..=0x9FF => TokScript::Bengali,
        0xA00..=0xDFF => TokScript::OtherIndic,
        0xE00..=0xE7F => TokScript::Thai,
        0x10A0..=0x10FF => TokScript::Georgian,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => TokScript::Hangul,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => TokScript::Kana,
        // 々 〆 〇: the ideographic iteration mark, closing mark and zero are
        // written with Chinese characters (`人々`, `時々`), in Japanese above all.
        0x3005..=0x3007
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF
        | 0x20000..=0x2FFFF => TokScript::Han,
        _ if c.is_alphabetic() => TokScript::Other,
        _ => return None,
    };
    Some(s)
}

/// The script of a token: that of most of its letters.
pub(super) fn token_script(word: &str) -> Option<TokScript> {
    let mut counts: Vec<(TokScript, usize)> = Vec::new();
    for s in word.chars().filter_map(char_script) {
        match counts.iter_mut().find(|(k, _)| *k == s) {
            Some((_, n)) => *n += 1,
            None => counts.push((s, 1)),
        }
    }
    counts.into_iter().max_by_key(|&(_, n)| n).map(|(s, _)| s)
}

/// Scripts a text in `lang` is normally written in.
pub(super) fn native_scripts(lang: Lang) -> &'static [TokScript] {
    match lang.script() {
        Script::Latin => &[TokScript::Latin],
        Script::Cyrillic => &[TokScript::Cyrillic],
        Script::Han => &[TokScript::Han],
        Script::Japanese => &[TokScript::Han, TokScript::Kana],
        Script::Devanagari => &[TokScript::Devanagari],
        Script::Hangul => &[TokScript::Hangul, TokScript::Han],
        Script::Arabic => &[TokScript::Arabic],
    }
}

pub(super) fn case_of(word: &str) -> Case {
    // `l'Intérieur`, `dell'Emilia`: the case of the word after an elided article.
    if let Some((before, after)) = word.rsplit_once(['\'', '’']) {
        if !before.is_empty()
            && before.chars().count() <= 4
            && before.chars().all(char::is_lowercase)
            && after.chars().count() > 2
        {
            return case_of(after);
        }
    }
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    let lower = word.chars().filter(|c| c.is_lowercase()).count();
    let first_upper = word
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| c.is_uppercase());
    match (upper, lower) {
        (0, 0) => Case::None,
        (0, _) => Case::Lower,
        (1, _) if first_upper => Case::Capitalised,
        (1, 0) => Case::Capitalised,
        _ => Case::Upper,
    }
}

pub(super) fn letters(word: &str) -> usize {
    word.chars().filter(|c| c.is_alphabetic()).count()
}

/// URLs, e-mail addresses, handles and hashtags: their words are not prose.
pub(super) fn address_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            // ASCII classes and boundaries: Unicode `\w` and `(?i)` make this
            // pattern several times slower to compile, a cost paid at every start.
            r#"(?x)
            (?-u:\b)(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ff][Tt][Pp]://|[Ww][Ww][Ww]\.)[^\s<>"«»]+
          | [A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+
          | (?:^|[\s(\[])[@\#][^\s,;:!?()\[\]"'«»]+
          | (?-u:\b)[ru]/[A-Za-z0-9_-]{2,}
          | (?-u:\b)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|gov|edu|info|io|fr|es|de|it|pt|nl|pl|cz|ru|uk|eu|ch|be|at|br|mx|ar)(?-u:\b)(?:/[^\s<>"«»]*)?"#,
        )
        .expect("address pattern compiles")
    })
}

/// Whether a paragraph may hold a URL, address, handle or hashtag: most hold
/// none, and the pattern is compiled (0.7 ms) only when one does.
pub(super) fn may_hold_address(text: &str) -> bool {
    let b = text.as_bytes();
    text.contains(['@', '#', '/'])
        || b.windows(2)
            .any(|w| w[0] == b'.' && w[1].is_ascii_alphanumeric())
}
