//! A spelling dictionary read only for the words one document pair asks about.
//!
//! Reading a whole Hunspell dictionary costs tens of milliseconds (spellbook
//! parses the 70,000 lines of Spanish in about 18 ms, the 261,000 of Czech in
//! about 90), more than the rest of a single article's check. Whether a word
//! is in the dictionary depends only on the entries it can be built from: its
//! stems, which the affix rules give by taking a suffix or a prefix (or two
//! suffixes, or a prefix and a suffix) off, after the input conversions
//! (`ICONV`: French turns ligatures and decomposed accents into plain
//! letters). So for a known set of words the dictionary is read with only
//! the `.dic` lines whose stem is one of those candidates (a superset: the
//! rules' conditions and flags are not checked here, spellbook checks them)
//! and only the affix rules that can build the words from them. A circumfix
//! is a prefix and a suffix taken off together, and a rule that strips a
//! whole word (`FULLSTRIP`) gives a candidate like any other. A dictionary
//! with compounding, ignored characters or two prefixes is always read
//! whole: there a word can be built from entries its own letters do not
//! name.

use std::borrow::Cow;
/// Sets of words and rule numbers: foldhash, seeded at random per process.
type HashSet<T> = foldhash::HashSet<T>;

/// `.aff` directives under which a word may be built from entries other than
/// its affix stems, or its letters are changed before look-up.
const WHOLE_ONLY: &[&str] = &[
    "COMPOUNDFLAG",
    "COMPOUNDBEGIN",
    "COMPOUNDMIDDLE",
    "COMPOUNDEND",
    "COMPOUNDRULE",
    "ONLYINCOMPOUND",
    "COMPOUNDPERMITFLAG",
    "IGNORE",
    "COMPLEXPREFIXES",
];

/// How an `.aff` file writes its flags (its `FLAG` directive), as spellbook
/// reads them: one byte, two bytes, a number, or one UTF-16 unit each.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FlagType {
    Short,
    Long,
    Numeric,
    Utf8,
}

impl FlagType {
    /// The flag an affix rule's flag field names.
    fn one(self, field: &str) -> Option<u32> {
        let b = field.as_bytes();
        match self {
            FlagType::Short => b.first().map(|&x| u32::from(x)),
            FlagType::Long => (b.len() >= 2).then(|| u32::from(b[0]) << 8 | u32::from(b[1])),
            FlagType::Numeric => field.parse::<u16>().ok().map(u32::from),
            FlagType::Utf8 => field.encode_utf16().next().map(u32::from),
        }
    }

    /// The flags of a flag set (a `.dic` entry's, an affix's continuation).
    fn each(self, set: &str, out: &mut impl FnMut(u32)) {
        match self {
            FlagType::Short => set.bytes().for_each(|b| out(u32::from(b))),
            FlagType::Long => set
                .as_bytes()
                .chunks_exact(2)
                .for_each(|p| out(u32::from(p[0]) << 8 | u32::from(p[1]))),
            FlagType::Numeric => set
                .split(',')
                .filter_map(|n| n.trim().parse::<u16>().ok())
                .for_each(|n| out(u32::from(n))),
            FlagType::Utf8 => set.encode_utf16().for_each(|u| out(u32::from(u))),
        }
    }
}

/// The text lower-cased, borrowed when it has no capital.
fn lower(s: &str) -> Cow<'_, str> {
    if s.chars().any(char::is_uppercase) {
        Cow::Owned(s.to_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// One affix rule ("SFX A o as o": suffix, flag `A`, strip `o`, add `as`).
struct Rule<'a> {
    suffix: bool,
    flag: &'a str,
    /// Stripped and added texts, lower-cased ("0" is empty).
    strip: Cow<'a, str>,
    /// The continuation flags after the added text's "/", if any.
    more: Option<&'a str>,
    /// The next rule (in `rules`) with the same kind and added text.
    next: Option<u32>,
}

/// What a line of the `.aff` file is.
enum Line<'a> {
    /// A directive other than an affix rule, kept as it stands.
    Other(&'a str),
    /// A rule set's opening line: kind, flag and cross-product fields.
    Opening(bool, &'a str, &'a str),
    /// A rule as written, and its index in `rules`.
    Rule(&'a str, u32),
}

/// The affix rules of an `.aff` file, indexed by the text they add; `None`
/// when the file uses a directive that `WHOLE_ONLY` lists.
pub(super) struct Affixes<'a> {
    aff: &'a str,
    lines: Vec<Line<'a>>,
    rules: Vec<Rule<'a>>,
    /// The first rule adding each text (lower-cased), suffixes and prefixes.
    suffixes: foldhash::HashMap<Cow<'a, str>, u32>,
    prefixes: foldhash::HashMap<Cow<'a, str>, u32>,
    longest_suffix: usize,
    longest_prefix: usize,
    flags: FlagType,
    /// The file numbers its flag sets (`AF`): a `.dic` entry's flags are
    /// then an alias, and the affix file is kept whole.
    aliased: bool,
    /// Input conversions (`ICONV from to`), applied to a word before it
    /// is looked up.
    conversions: Vec<(&'a str, &'a str)>,
}

/// An affix line's fields after its kind: "SFX A 0 s ." gives
/// `[A, 0, s, .]`, an opening line "SFX A Y 14" `[A, Y, 14]`.
fn affix_fields(line: &str) -> Option<(bool, std::str::SplitWhitespace<'_>)> {
    let suffix = if line.starts_with("SFX") {
        true
    } else if line.starts_with("PFX") {
        false
    } else {
        return None;
    };
    let rest = &line[3..];
    rest.starts_with([' ', '\t'])
        .then(|| (suffix, rest.split_whitespace()))
}

impl<'a> Affixes<'a> {
    pub(super) fn parse(aff: &'a str) -> Option<Affixes<'a>> {
        let mut a = Affixes {
            aff,
            lines: Vec::with_capacity(aff.len() / 24),
            rules: Vec::with_capacity(aff.len() / 24),
            suffixes: foldhash::HashMap::with_capacity_and_hasher(1024, Default::default()),
            prefixes: Default::default(),
            longest_suffix: 0,
            longest_prefix: 0,
            flags: FlagType::Short,
            aliased: false,
            conversions: Vec::new(),
        };
        for line in aff.lines() {
            let Some((suffix, mut f)) = affix_fields(line) else {
                let mut f = line.split_whitespace();
                match f.next() {
                    Some(head) if WHOLE_ONLY.contains(&head) => return None,
                    Some("AF") => a.aliased = true,
                    // "ICONV 42" counts the pairs that follow.
                    Some("ICONV") => {
                        if let (Some(from), Some(to)) = (f.next(), f.next()) {
                            a.conversions.push((from, to));
                        }
                    }
                    Some("FLAG") => {
                        a.flags = match f.next() {
                            Some("long") => FlagType::Long,
                            Some("num") => FlagType::Numeric,
                            Some("UTF-8") => FlagType::Utf8,
                            _ => FlagType::Short,
                        }
                    }
                    _ => {}
                }
                a.lines.push(Line::Other(line));
                continue;
            };
            let (Some(flag), Some(strip), Some(add)) = (f.next(), f.next(), f.next()) else {
                a.lines.push(Line::Other(line));
                continue;
            };
            if matches!(strip, "Y" | "N") && add.parse::<usize>().is_ok() {
                a.lines.push(Line::Opening(suffix, flag, strip));
                continue;
            }
            let clean = |s: &'a str| -> Cow<'a, str> {
                if s == "0" {
                    Cow::Borrowed("")
                } else {
                    lower(s)
                }
            };
            let (add, more) = match add.split_once('/') {
                Some((add, more)) => (add, Some(more)),
                None => (add, None),
            };
            let (strip, add) = (clean(strip.split('/').next().unwrap_or("")), clean(add));
            let n = add.chars().count();
            let index = a.rules.len() as u32;
            let (longest, by_add) = if suffix {
                (&mut a.longest_suffix, &mut a.suffixes)
            } else {
                (&mut a.longest_prefix, &mut a.prefixes)
            };
            *longest = (*longest).max(n);
            let next = by_add.insert(add, index);
            a.rules.push(Rule {
                suffix,
                flag,
                strip,
                more,
                next,
            });
            a.lines.push(Line::Rule(line, index));
        }
        Some(a)
    }

    /// The indexes of the rules adding the text a chain starts at (see
    /// `Rule::next`).
    fn chain(&self, head: u32) -> impl Iterator<Item = u32> + '_ {
        std::iter::successors(Some(head), |&i| self.rules[i as usize].next)
    }

    /// Stems with one suffix taken off `w` (each rule's added text replaced
    /// by the text it strips); the chains that matched are noted.
    fn strip_suffixes(&self, w: &str, out: &mut HashSet<String>, hit: &mut HashSet<u32>) {
        let chars: Vec<(usize, char)> = w.char_indices().collect();
        for k in 0..=self.longest_suffix.min(chars.len()) {
            let cut = if k == 0 {
                w.len()
            } else {
                chars[chars.len() - k].0
            };
            if let Some(&head) = self.suffixes.get(&w[cut..]) {
                hit.insert(head);
                for i in self.chain(head) {
                    out.insert(format!("{}{}", &w[..cut], self.rules[i as usize].strip));
                }
            }
        }
    }

    fn strip_prefixes(&self, w: &str, out: &mut HashSet<String>, hit: &mut HashSet<u32>) {
        let chars: Vec<(usize, char)> = w.char_indices().collect();
        for k in 0..=self.longest_prefix.min(chars.len()) {
            let cut = if k == chars.len() {
                w.len()
            } else {
                chars[k].0
            };
            if let Some(&head) = self.prefixes.get(&w[..cut]) {
                hit.insert(head);
                for i in self.chain(head) {
                    out.insert(format!("{}{}", self.rules[i as usize].strip, &w[cut..]));
                }
            }
        }
    }

    /// Every stem `word` may be built from (lower-cased): the word, with one
    /// or two suffixes off, with a prefix off, and with a prefix and one or
    /// two suffixes off; and the rules those steps could use.
    pub(super) fn candidate_stems(&self, word: &str, found: &mut Candidates) {
        if !self.conversions.is_empty() {
            // The word as spellbook looks it up: converted in the case it is
            // asked in (lower or capitalised).
            let lower = word.to_lowercase();
            let capitalised = crate::document::capitalised(&lower);
            for form in [lower.as_str(), capitalised.as_str()] {
                let converted = self.convert(form);
                if converted != form {
                    self.stems_of(&converted, found);
                }
            }
        }
        self.stems_of(word, found);
    }

    /// The input conversions applied as spellbook applies them: left to
    /// right, the longest pattern matching at each place (a pattern ending
    /// in "_" only at the word's end), resuming after the replacement.
    fn convert(&self, word: &str) -> String {
        let mut out = String::with_capacity(word.len());
        let mut rest = word;
        while let Some(c) = rest.chars().next() {
            let best = self
                .conversions
                .iter()
                .filter_map(|&(from, to)| match from.strip_suffix('_') {
                    Some(f) => (!f.is_empty() && rest == f).then_some((f.len(), to)),
                    None => {
                        (!from.is_empty() && rest.starts_with(from)).then_some((from.len(), to))
                    }
                })
                .fold(None, |best: Option<(usize, &str)>, c| match best {
                    Some(b) if b.0 >= c.0 => Some(b),
                    _ => Some(c),
                });
            match best {
                Some((n, to)) => {
                    out.push_str(to);
                    rest = &rest[n..];
                }
                None => {
                    out.push(c);
                    rest = &rest[c.len_utf8()..];
                }
            }
        }
        out
    }

    fn stems_of(&self, word: &str, found: &mut Candidates) {
        let w = word.to_lowercase();
        let mut level: HashSet<String> = HashSet::default();
        level.insert(w.clone());
        self.strip_prefixes(&w, &mut level, &mut found.chains);
        for _ in 0..2 {
            let mut next = HashSet::default();
            for s in &level {
                self.strip_suffixes(s, &mut next, &mut found.chains);
            }
            found.stems.extend(level);
            level = next;
        }
        found.stems.extend(level);
    }

    /// The affix file with only the rules that can build one of the words
    /// from one of the kept `.dic` entries: a rule whose added text one of
    /// the words was found to take off, of a set those entries name (or
    /// that such a rule names as its continuation, followed until nothing
    /// new is added). Any other rule never applies to those words, so the
    /// answers are those of the whole file; spellbook then parses a few
    /// hundred lines instead of thousands (Spanish has 6,900). A set's
    /// opening line counts the rules kept; every other directive is kept as
    /// it stands.
    pub(super) fn reduced(&self, kept_dic: &[&str], found: &Candidates) -> Cow<'a, str> {
        if self.aliased {
            return Cow::Borrowed(self.aff);
        }
        let mut applies = vec![false; self.rules.len()];
        let mut matched: Vec<u32> = Vec::new();
        for &head in &found.chains {
            for i in self.chain(head) {
                applies[i as usize] = true;
                matched.push(i);
            }
        }
        let mut used: HashSet<u32> = HashSet::default();
        for line in kept_dic {
            if let Some(set) = dic_flags(line) {
                self.flags.each(set, &mut |f| {
                    used.insert(f);
                });
            }
        }
        let reachable = |used: &HashSet<u32>, flag: &str| {
            self.flags.one(flag).is_some_and(|f| used.contains(&f))
        };
        // Continuation flags: "SFX A 0 s/BC ." lets sets B and C follow A.
        loop {
            let before = used.len();
            for &i in &matched {
                let r = &self.rules[i as usize];
                if let Some(more) = r.more {
                    if reachable(&used, r.flag) {
                        self.flags.each(more, &mut |f| {
                            used.insert(f);
                        });
                    }
                }
            }
            if used.len() == before {
                break;
            }
        }
        let keep = |i: u32| applies[i as usize] && reachable(&used, self.rules[i as usize].flag);
        // Rules kept per set, to count them on the set's opening line.
        let mut counts: foldhash::HashMap<(bool, &str), usize> = Default::default();
        for &i in &matched {
            if keep(i) {
                let r = &self.rules[i as usize];
                *counts.entry((r.suffix, r.flag)).or_default() += 1;
            }
        }
        let mut out = String::with_capacity(self.aff.len() / 8);
        for line in &self.lines {
            match *line {
                Line::Other(text) => {
                    out.push_str(text);
                    out.push('\n');
                }
                Line::Rule(text, i) => {
                    if keep(i) {
                        out.push_str(text);
                        out.push('\n');
                    }
                }
                Line::Opening(suffix, flag, cross) => {
                    if let Some(count) = counts.get(&(suffix, flag)) {
                        let kind = if suffix { "SFX" } else { "PFX" };
                        out.push_str(&format!("{kind} {flag} {cross} {count}\n"));
                    }
                }
            }
        }
        Cow::Owned(out)
    }
}

/// What [`Affixes::candidate_stems`] finds for a set of words: the stems
/// they may be built from, and the rules that may build them (by the first
/// rule of each chain of rules adding the same text).
#[derive(Default)]
pub(super) struct Candidates {
    pub(super) stems: HashSet<String>,
    chains: HashSet<u32>,
}

/// The `.dic` lines whose stem is in `stems` in lower case, capitalised or
/// in capitals. A line is looked at only when its first three bytes begin
/// one of those forms (a bit table of them): most of a large dictionary is
/// passed over without splitting the line.
pub(super) fn filter_dic<'d>(dic: &'d str, stems: &HashSet<String>) -> Vec<&'d str> {
    let mut forms: foldhash::HashSet<String> = foldhash::HashSet::default();
    for s in stems {
        if !s.is_empty() {
            forms.insert(crate::document::capitalised(s));
        }
        forms.insert(s.to_uppercase());
        forms.insert(s.clone());
    }
    let mut heads = vec![0u64; HEAD_BITS / 64];
    for f in &forms {
        let b = f.as_bytes();
        let bit = head_bit(&b[..b.len().min(3)]);
        heads[bit / 64] |= 1 << (bit % 64);
    }
    let mut kept: Vec<&str> = Vec::new();
    let bytes = dic.as_bytes();
    let mut start = 0;
    let mut first = true;
    let ends = memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len()));
    for end in ends {
        if start >= bytes.len() {
            break;
        }
        let b = &bytes[start..end];
        let b = b.strip_suffix(b"\r").unwrap_or(b);
        let this = start;
        start = end + 1;
        // The stem's first bytes, at most three: up to its flag mark, a tab
        // or a space (as `stem_of` ends it); an escape is looked at whole.
        let mut n = b.len().min(3);
        let mut escaped = false;
        for (i, &c) in b[..n].iter().enumerate() {
            if c == b'\\' {
                escaped = true;
                break;
            }
            if i > 0 && matches!(c, b'/' | b'\t' | b' ') {
                n = i;
                break;
            }
        }
        if !escaped {
            let bit = head_bit(&b[..n]);
            if heads[bit / 64] & (1 << (bit % 64)) == 0 {
                first = false;
                continue;
            }
        }
        let line = &dic[this..this + b.len()];
        if first && line.trim().parse::<usize>().is_ok() {
            first = false;
            continue;
        }
        first = false;
        if forms.contains(stem_of(line)) {
            kept.push(line);
        }
    }
    kept
}

/// Bits in the table of the forms' first bytes (8 KiB, in the first-level
/// cache): with a few thousand forms, a few `.dic` lines in a hundred pass
/// it unasked and are then compared whole.
const HEAD_BITS: usize = 1 << 16;

/// A word's first bytes (at most three) as a bit of a `HEAD_BITS` table.
fn head_bit(head: &[u8]) -> usize {
    let mut h: u32 = 0x811c_9dc5 ^ head.len() as u32;
    for &b in head {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    (h.wrapping_mul(0x9e37_79b9) >> 16) as usize % HEAD_BITS
}

/// A `.dic` text of `lines`, with the first line counting them.
pub(super) fn dic_text(lines: &[&str]) -> String {
    let mut out = format!("{}\n", lines.len());
    for l in lines {
        out.push_str(l);
        out.push('\n');
    }
    out
}

/// The flag set of a `.dic` line: after its word's unescaped "/", up to a
/// space or tab.
fn dic_flags(line: &str) -> Option<&str> {
    let rest = &line[stem_of(line).len()..];
    let rest = rest.strip_prefix('/')?;
    Some(rest.split([' ', '\t']).next().unwrap_or(""))
}

/// The word of a `.dic` line: before its flags (an unescaped "/"), its
/// morphological fields (a tab) or a space.
fn stem_of(line: &str) -> &str {
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'/' | b'\t' | b' ' if i > 0 => return &line[..i],
            _ => i += 1,
        }
    }
    &line[..line.len().min(bytes.len())]
}

#[cfg(test)]
mod tests {
    use super::*;

    const AFF: &str =
        "SET UTF-8\n\nSFX S Y 2\nSFX S 0 s .\nSFX S o a o\n\nPFX R Y 1\nPFX R 0 re .\n";
    const DIC: &str = "4\ncamino/S\ncasa/S\nhacer/R\nMadrid\n";

    #[test]
    fn candidates_cover_the_stems_affixes_build_from() {
        let a = Affixes::parse(AFF).expect("plain affixes");
        let mut c = Candidates::default();
        a.candidate_stems("Caminos", &mut c);
        a.candidate_stems("rehacer", &mut c);
        assert!(c.stems.contains("camino") && c.stems.contains("hacer"));
        let kept = dic_text(&filter_dic(DIC, &c.stems));
        assert!(kept.starts_with("2\n"), "{kept}");
        assert!(kept.contains("camino/S") && kept.contains("hacer/R"));
        assert!(Affixes::parse("COMPOUNDFLAG X\n").is_none());
    }

    /// The partial dictionary answers as the whole one for the words it was
    /// read for, whatever their case.
    #[test]
    fn partial_dictionary_answers_as_the_whole() {
        let words = [
            "Caminos", "caminas", "Casa", "rehacer", "Madrid", "madrid", "Lisboa",
        ];
        let whole = spellbook::Dictionary::new(AFF, DIC).expect("parses");
        let a = Affixes::parse(AFF).expect("plain affixes");
        let mut c = Candidates::default();
        for w in words {
            a.candidate_stems(w, &mut c);
        }
        let kept = filter_dic(DIC, &c.stems);
        let part =
            spellbook::Dictionary::new(&a.reduced(&kept, &c), &dic_text(&kept)).expect("parses");
        for w in words {
            assert_eq!(part.check(w), whole.check(w), "{w}");
        }
    }
}
