//! Bilingual word lists read at run time from FreeDict's dictd files, as
//! Debian packages them (`dict-freedict-eng-deu`, … under `/usr/share/dictd`,
//! or the folder `MTCHECK_DICT_DIR` or the configuration's `dictionaries`
//! names). FreeDict's English↔X data is GPL,
//! so it is never built into the binary: it is read where the system has it,
//! and a missing dictionary only means less evidence (see `docs/links.md`).
//!
//! A dictionary is an index (`headword TAB offset TAB length`, offsets in
//! dictd's base64, lines sorted by headword) and a `.dict.dz` body: gzip with
//! dictzip's random-access chunks, so an entry is read by inflating the one or
//! two chunks it lies in. Both are read lazily, once per process and language
//! pair, and only when a check asks.

use crate::lang::Lang;
use flate2::read::DeflateDecoder;
use foldhash::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{OnceLock, RwLock};

/// The FreeDict code of a language (ISO 639-3), for the languages it has.
fn freedict_code(lang: Lang) -> Option<&'static str> {
    Some(match lang {
        Lang::En => "eng",
        Lang::De => "deu",
        Lang::Fr => "fra",
        Lang::Es => "spa",
        Lang::It => "ita",
        Lang::Pt => "por",
        Lang::Nl => "nld",
        Lang::Pl => "pol",
        Lang::Cs => "ces",
        Lang::Ru => "rus",
        Lang::Sv => "swe",
        _ => return None,
    })
}

/// Where Debian installs dictd dictionaries.
pub const SYSTEM_DIR: &str = "/usr/share/dictd";

/// One dictd dictionary: its index in memory, its body read on demand.
pub struct Dictionary {
    index: String,
    body: Body,
    /// Translations already looked up, by lower-cased word: reading an entry
    /// inflates a whole dictzip chunk, and news repeats its words.
    memo: RwLock<HashMap<String, Vec<String>>>,
}

/// Translations kept per headword, in the dictionary's order.
const MAX_TRANSLATIONS: usize = 16;

/// Words remembered per dictionary at most; past this, look-ups are not kept.
const MEMO_MAX_WORDS: usize = 50_000;

/// The `.dict.dz` body: dictzip chunks, or (for a plain gzip or `.dict`) the
/// whole text inflated at once.
enum Body {
    Chunked {
        data: Vec<u8>,
        /// Uncompressed length of every chunk but maybe the last.
        chunk_len: usize,
        /// Byte offset of each chunk's compressed data in `data`.
        starts: Vec<usize>,
    },
    Plain(Vec<u8>),
}

impl Dictionary {
    /// Open `DIR/freedict-FROM-TO.index` and its body; `None` when either is
    /// missing or unreadable.
    pub fn open_in(dir: &Path, from: &str, to: &str) -> Option<Dictionary> {
        let stem = format!("freedict-{from}-{to}");
        let index = std::fs::read_to_string(dir.join(format!("{stem}.index"))).ok()?;
        let body = if let Ok(raw) = std::fs::read(dir.join(format!("{stem}.dict.dz"))) {
            Body::parse(raw)?
        } else {
            Body::Plain(std::fs::read(dir.join(format!("{stem}.dict"))).ok()?)
        };
        Some(Dictionary {
            index,
            body,
            memo: RwLock::new(HashMap::default()),
        })
    }

    /// The translations of `word` (any case), each a word or a phrase of the
    /// target language, without grammatical labels; empty when the word is not
    /// a headword.
    pub fn translations(&self, word: &str) -> Vec<String> {
        let want = word.to_lowercase();
        if let Some(t) = self
            .memo
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(&want)
        {
            return t.clone();
        }
        let t = self.look_up(word);
        let mut memo = self.memo.write().unwrap_or_else(|e| e.into_inner());
        if memo.len() < MEMO_MAX_WORDS {
            memo.insert(want, t.clone());
        }
        t
    }

    fn look_up(&self, word: &str) -> Vec<String> {
        let key = collation_key(word);
        if key.is_empty() {
            return Vec::new();
        }
        let want = word.to_lowercase();
        let mut out = Vec::new();
        let mut at = self.lower_bound(&key);
        while at < self.index.len() {
            let end = self.index[at..]
                .find('\n')
                .map_or(self.index.len(), |i| at + i);
            let line = &self.index[at..end];
            at = end + 1;
            let mut fields = line.split('\t');
            let (Some(head), Some(off), Some(len)) = (fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            if collation_key(head) != key {
                break;
            }
            if head.to_lowercase() != want {
                continue;
            }
            let (Some(off), Some(len)) = (base64_number(off), base64_number(len)) else {
                continue;
            };
            if let Some(entry) = self.body.read(off, len) {
                parse_entry(&entry, &mut out);
            }
        }
        // The main senses come first; the long tails of a large dictionary
        // (a common word has dozens) add look-up cost and chance matches.
        let mut seen = foldhash::HashSet::default();
        out.retain(|t| seen.insert(t.clone()));
        out.truncate(MAX_TRANSLATIONS);
        out
    }

    /// Byte offset of the first index line whose headword's collation key is
    /// not less than `key` (dictd sorts by letters and digits, case folded).
    fn lower_bound(&self, key: &str) -> usize {
        let text = self.index.as_bytes();
        let (mut lo, mut hi) = (0usize, text.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            // Work in bytes: `mid` may fall inside a character; line starts
            // and ends never do.
            let start = text[..mid]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            let end = text[start..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(text.len(), |i| start + i);
            let line = &self.index[start..end];
            let head = line.split('\t').next().unwrap_or("");
            if collation_key(head).as_str() < key {
                lo = end + 1;
            } else {
                hi = start;
            }
        }
        lo.min(self.index.len())
    }
}

impl Body {
    fn parse(raw: Vec<u8>) -> Option<Body> {
        // gzip header: magic, method, flags, mtime, xfl, os.
        if raw.len() < 10 || raw[0] != 0x1f || raw[1] != 0x8b || raw[2] != 8 {
            return None;
        }
        let flags = raw[3];
        let mut pos = 10;
        let mut chunks: Option<(usize, Vec<usize>)> = None;
        if flags & 0x04 != 0 {
            let xlen = u16::from_le_bytes([*raw.get(pos)?, *raw.get(pos + 1)?]) as usize;
            pos += 2;
            let extra = raw.get(pos..pos + xlen)?;
            pos += xlen;
            let mut e = 0;
            while e + 4 <= extra.len() {
                let (si1, si2) = (extra[e], extra[e + 1]);
                let len = u16::from_le_bytes([extra[e + 2], extra[e + 3]]) as usize;
                let field = extra.get(e + 4..e + 4 + len)?;
                if si1 == b'R' && si2 == b'A' && field.len() >= 6 {
                    let word = |i: usize| u16::from_le_bytes([field[i], field[i + 1]]) as usize;
                    let chunk_len = word(2);
                    let count = word(4);
                    let sizes: Vec<usize> = (0..count)
                        .map_while(|c| field.get(6 + 2 * c..8 + 2 * c))
                        .map(|b| u16::from_le_bytes([b[0], b[1]]) as usize)
                        .collect();
                    if sizes.len() == count && chunk_len > 0 {
                        chunks = Some((chunk_len, sizes));
                    }
                }
                e += 4 + len;
            }
        }
        for flag in [0x08u8, 0x10] {
            // FNAME, FCOMMENT: zero-terminated.
            if flags & flag != 0 {
                pos += raw.get(pos..)?.iter().position(|&b| b == 0)? + 1;
            }
        }
        if flags & 0x02 != 0 {
            pos += 2; // FHCRC
        }
        match chunks {
            Some((chunk_len, sizes)) => {
                let mut starts = Vec::with_capacity(sizes.len());
                let mut at = pos;
                for s in sizes {
                    starts.push(at);
                    at += s;
                }
                (at <= raw.len()).then_some(Body::Chunked {
                    data: raw,
                    chunk_len,
                    starts,
                })
            }
            None => {
                let mut text = Vec::new();
                flate2::read::GzDecoder::new(raw.as_slice())
                    .read_to_end(&mut text)
                    .ok()?;
                Some(Body::Plain(text))
            }
        }
    }

    /// The entry at uncompressed bytes `off..off + len`, as text.
    fn read(&self, off: usize, len: usize) -> Option<String> {
        let end = off.checked_add(len)?;
        match self {
            Body::Plain(text) => String::from_utf8(text.get(off..end)?.to_vec()).ok(),
            Body::Chunked {
                data,
                chunk_len,
                starts,
            } => {
                let first = off / chunk_len;
                let last = end.saturating_sub(1) / chunk_len;
                let mut text = Vec::with_capacity(len + chunk_len);
                for c in first..=last {
                    let from = *starts.get(c)?;
                    let to = starts.get(c + 1).copied().unwrap_or(data.len());
                    // Each chunk ends on a full flush: it inflates on its own.
                    let mut chunk = Vec::with_capacity(*chunk_len);
                    let _ = DeflateDecoder::new(data.get(from..to)?).read_to_end(&mut chunk);
                    text.extend_from_slice(&chunk);
                }
                let skip = off - first * chunk_len;
                String::from_utf8(text.get(skip..skip + len)?.to_vec()).ok()
            }
        }
    }
}

/// dictd's sort key: letters, digits and spaces, lower-cased.
fn collation_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ')
        .flat_map(char::to_lowercase)
        .collect()
}

/// A number in dictd's base64 (`A`–`Z`, `a`–`z`, `0`–`9`, `+`, `/`).
fn base64_number(s: &str) -> Option<usize> {
    let mut n: usize = 0;
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        n = n.checked_mul(64)?.checked_add(v as usize)?;
    }
    Some(n)
}

/// The translations in a FreeDict entry: the lines after the headword, split
/// at commas and semicolons, without `<gender>`, `[domain]`, `(notes)`,
/// numbering, examples (quoted) and cross-references (`see:`).
fn parse_entry(entry: &str, out: &mut Vec<String>) {
    for line in entry.lines().skip(1) {
        let line = line.trim();
        if line.is_empty() || line.starts_with('"') || line.starts_with("see:") {
            continue;
        }
        let mut clean = String::with_capacity(line.len());
        let mut depth = 0i32;
        for c in line.chars() {
            match c {
                '<' | '[' | '(' | '{' => depth += 1,
                '>' | ']' | ')' | '}' => depth -= 1,
                _ if depth <= 0 => clean.push(c),
                _ => {}
            }
        }
        let clean = clean.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
        for part in clean.split([',', ';']) {
            let t = part.trim().trim_end_matches('.').trim();
            if !t.is_empty() && t.chars().count() <= 60 && t.chars().any(char::is_alphabetic) {
                out.push(t.to_string());
            }
        }
    }
}

/// Dictionaries opened so far (or found missing), by folder and pair.
type Cache = RwLock<Vec<(PathBuf, Lang, Lang, Option<&'static Dictionary>)>>;

/// The dictionary from `from` to `to` in folder `dir`, opened once per
/// process (and kept for its lifetime); `None` when it is not there. Looked
/// up without allocating or taking a write lock once opened: checks on every
/// thread call this for each word they weigh.
pub fn get(dir: &Path, from: Lang, to: Lang) -> Option<&'static Dictionary> {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(|| RwLock::new(Vec::new()));
    let find = |v: &[(PathBuf, Lang, Lang, Option<&'static Dictionary>)]| {
        v.iter()
            .find(|(d, f, t, _)| *f == from && *t == to && d.as_path() == dir)
            .map(|e| e.3)
    };
    if let Some(found) = find(&cache.read().unwrap_or_else(|e| e.into_inner())) {
        return found;
    }
    let mut w = cache.write().unwrap_or_else(|e| e.into_inner());
    if let Some(found) = find(&w) {
        return found;
    }
    let opened = freedict_code(from)
        .zip(freedict_code(to))
        .and_then(|(f, t)| Dictionary::open_in(dir, f, t))
        .map(|d| &*Box::leak(Box::new(d)));
    w.push((dir.to_path_buf(), from, to, opened));
    opened
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::GzEncoder;
    use std::io::Write;

    fn b64(mut n: usize) -> String {
        const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut s = Vec::new();
        loop {
            s.push(A[n % 64]);
            n /= 64;
            if n == 0 {
                break;
            }
        }
        s.reverse();
        String::from_utf8(s).unwrap()
    }

    /// A small dictionary written as dictd files (plain gzip body).
    fn write_dict(dir: &Path, entries: &[(&str, &str)]) {
        let mut body = String::new();
        let mut index = Vec::new();
        for (head, text) in entries {
            let start = body.len();
            body.push_str(text);
            index.push(format!("{head}\t{}\t{}", b64(start), b64(text.len())));
        }
        index.sort_by_key(|l| collation_key(l.split('\t').next().unwrap()));
        std::fs::write(dir.join("freedict-eng-deu.index"), index.join("\n") + "\n").unwrap();
        let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(body.as_bytes()).unwrap();
        std::fs::write(dir.join("freedict-eng-deu.dict.dz"), gz.finish().unwrap()).unwrap();
    }

    #[test]
    fn reads_entries_and_strips_labels() {
        let dir = tempfile::tempdir().unwrap();
        write_dict(
            dir.path(),
            &[
                ("äquivalent", "äquivalent\nequivalent\n"),
                ("übermut", "übermut\nhigh spirits\n"),
                ("baker", "baker /bˈeɪkə/\nBäcker <masc>, Bäckerin <fem> [ugs.]\n see: {bakers}\n"),
                ("committee", "committee /kəˈmɪti/\nAusschuss <masc> [adm.]\n      \"joint committee\"  - gemeinsamer Ausschuss\n"),
                ("committee", "committee /kəˈmɪti/\nKomitee <neut>\n"),
                ("member state", "member state\n1. Mitgliedstaat <masc>; Mitgliedsstaat\n"),
            ],
        );
        let d = Dictionary::open_in(dir.path(), "eng", "deu").unwrap();
        assert_eq!(d.translations("Baker"), ["Bäcker", "Bäckerin"]);
        assert_eq!(d.translations("committee"), ["Ausschuss", "Komitee"]);
        assert_eq!(
            d.translations("member state"),
            ["Mitgliedstaat", "Mitgliedsstaat"]
        );
        assert!(d.translations("carpenter").is_empty());
        // Look-ups that bisect into the middle of a multi-byte character.
        for w in ["Älteste", "Übermaß", "ça", "zzz", "aaa"] {
            assert!(d.translations(w).is_empty(), "{w}");
        }
        assert!(d.translations("").is_empty());
        assert!(Dictionary::open_in(dir.path(), "eng", "fra").is_none());
    }

    #[test]
    fn base64_numbers() {
        assert_eq!(base64_number("A"), Some(0));
        assert_eq!(base64_number("BX"), Some(87));
        assert_eq!(
            base64_number("GU3k"),
            Some(((6 * 64 + 20) * 64 + 55) * 64 + 36)
        );
        assert_eq!(base64_number("*"), None);
        assert_eq!(base64_number("//////////////"), None, "overflow");
        for n in [0, 1, 63, 64, 4095, 123_456_789] {
            assert_eq!(base64_number(&b64(n)), Some(n));
        }
    }

    /// The dictzip path against a system dictionary, when one is installed.
    #[test]
    fn system_dictionary_when_installed() {
        let dir = Path::new(SYSTEM_DIR);
        let Some(d) = Dictionary::open_in(dir, "eng", "deu") else {
            eprintln!("skipped: no freedict-eng-deu in {SYSTEM_DIR}");
            assert!(
                std::env::var_os("CI").is_none(),
                "CI installs dict-freedict-eng-deu (.ci/run)"
            );
            return;
        };
        assert!(matches!(d.body, Body::Chunked { .. }));
        let t = d.translations("baker");
        assert!(t.iter().any(|w| w == "Bäcker"), "{t:?}");
    }
}
