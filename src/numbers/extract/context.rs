//! Readings and marks that the words beside a mention add: approximate,
//! below zero after a word of frost, a count of tenths or hundredths as that
//! share, a count of collectives as their product, a Japanese or Chinese
//! list's count of its items.

use super::*;

/// How far back (in characters, within the sentence) a word of frost makes
/// the degrees after it below zero.
const FROST_REACH_CHARS: usize = 60;

/// Most words between the degrees and a frost word after them ("5 градусів
/// морозу": the unit's word, then frost).
const FROST_AFTER_WORDS: usize = 2;

/// Ukrainian, Russian and Polish give a frost's degrees without a sign
/// ("мороз посилиться до 8–12 градусів", "mróz do 15 stopni"), which other
/// languages write as minus 8 to minus 12: after one of the language's words
/// of frost (`frost` in `number-context.txt`), within the sentence, or one
/// right after the degrees ("5 градусів морозу"), a positive count also reads
/// as its negative.
pub(super) fn below_zero_in_frost(text: &str, lang: Lang, ms: &mut [Mention]) {
    let frost = conventions::context(lang, "frost");
    if frost.is_empty() {
        return;
    }
    for m in ms.iter_mut() {
        let r = m.primary();
        if r.domain != Domain::Quantity
            || r.value <= 0.0
            || m.unit.is_some_and(|u| !matches!(u, "°C" | "deg"))
        {
            continue;
        }
        let before: String = {
            let head = &text[..m.range.start];
            let mut cs: Vec<char> = head
                .chars()
                .rev()
                .take(FROST_REACH_CHARS)
                .take_while(|c| !matches!(c, '.' | '!' | '?' | ';' | '\n'))
                .collect();
            cs.reverse();
            cs.into_iter().collect::<String>().to_lowercase()
        };
        let is_frost = |w: &str| frost.iter().any(|p| p.len() == 1 && p[0] == w);
        // "5 градусів морозу", "8 stopni mrozu": the frost word right after
        // the degrees (within two words) says it as well.
        let after = text[m.range.end..]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(FROST_AFTER_WORDS)
            .any(|w| is_frost(&w.to_lowercase()));
        let said = after || before.split(|c: char| !c.is_alphanumeric()).any(is_frost);
        if said && !m.readings.iter().any(|x| x.value == -r.value) {
            let neg = Reading::q(-r.value);
            m.readings.push(neg);
        }
    }
}

/// "21 centièmes", "3 Zehntel": a count of hundredths or tenths (of a second,
/// mostly) is also that share (0.21, 0.3), the way other languages write it
/// (`hundredths` and `tenths` in `number-context.txt`).
pub(super) fn tenths_and_hundredths(text: &str, lang: Lang, ms: &mut [Mention]) {
    let roles = [("hundredths", 100.0), ("tenths", 10.0)];
    if roles
        .iter()
        .all(|(r, _)| conventions::context(lang, r).is_empty())
    {
        return;
    }
    for m in ms.iter_mut() {
        let p = m.primary();
        if p.domain != Domain::Quantity || m.kind != Kind::Cardinal || m.words {
            continue;
        }
        let Some(next) = text[m.range.end..].split_whitespace().next() else {
            continue;
        };
        let next = next
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        // German writes the unit into the word ("18 Hundertstelsekunden").
        let opens_compound = |r: &str| {
            lang.writes_compounds()
                && conventions::context(lang, r)
                    .iter()
                    .any(|w| w.len() == 1 && next.len() > w[0].len() && next.starts_with(w[0]))
        };
        if let Some(&(_, d)) = roles
            .iter()
            .find(|(r, _)| conventions::is_word_of(lang, r, &next) || opens_compound(r))
        {
            m.readings.push(Reading::q(p.value / d));
        }
    }
}

/// A count before a collective number noun ("two decades", "два десятка",
/// "three dozen", "три сотни") is the count of them and their product: 2 and
/// 20 years. The noun is a weak number word of ten, twelve or a hundred
/// right after the count.
pub(super) fn count_of_collectives(text: &str, ms: &mut [Mention]) {
    for k in 1..ms.len() {
        let (a, b) = (&ms[k - 1], &ms[k]);
        let (ra, rb) = (a.primary(), b.primary());
        let collective = b.words
            && b.strength == Strength::MatchOnly
            && b.kind == Kind::Cardinal
            && rb.domain == Domain::Quantity
            && matches!(rb.value, 10.0 | 12.0 | 100.0);
        let count = a.kind == Kind::Cardinal
            && ra.domain == Domain::Quantity
            && ra.value > 0.0
            && ra.value < 100.0
            && a.scale.is_none();
        let adjacent = text
            .get(a.range.end..b.range.start)
            .is_some_and(|g| !g.is_empty() && g.chars().all(|c| c.is_whitespace() || c == '-'));
        if collective && count && adjacent {
            let product = ra.value * rb.value;
            ms[k - 1].readings.push(Reading::q(product));
        }
    }
}

/// Marks the numbers that words before them (and CJK marks after them) make
/// approximate (`approx-before`, `approx-after` in `number-context.txt`).
pub(super) fn mark_approx(text: &str, ms: &mut [Mention]) {
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
            || conventions::context_any_text("approx-before")
                .iter()
                .any(|a| {
                    before.ends_with(a.as_str())
                        && before[..before.len() - a.len()]
                            .chars()
                            .last()
                            .is_none_or(|c| !c.is_alphanumeric() || is_cjk(c))
                })
            || conventions::context_any_text("approx-after")
                .iter()
                .any(|a| after.starts_with(a.as_str()));
    }
}

/// The most characters one item of a list may have for `count_of_list`.
const LIST_ITEM_MAX_CHARS: usize = 12;

/// Japanese and Chinese give the count of a list right after it
/// ("大阪、京都、奈良の3府県", "张三和李四两人"), which another language
/// leaves out (and adds as freely): a count equal to the number of items of
/// the list just before it is matched if the other side has it, never
/// reported on its own. The items are joined by `、` or a joining word
/// (と, や; 和, 与, 及); the list starts after a particle (hiragana),
/// punctuation or a space, and has at least as many items as the count.
pub(super) fn count_of_list(text: &str, lang: Lang, ms: &mut [Mention]) {
    if !matches!(lang, Lang::Ja | Lang::Zh) {
        return;
    }
    for m in ms.iter_mut() {
        let r = m.primary();
        if m.kind != Kind::Cardinal
            || m.strength != Strength::Strong
            || r.domain != Domain::Quantity
            || r.value.fract() != 0.0
            || !(2.0..=20.0).contains(&r.value)
        {
            continue;
        }
        let before = &text[..m.range.start];
        let before = match lang {
            Lang::Ja => before.strip_suffix('の'),
            _ => Some(before),
        };
        let Some(before) = before else { continue };
        let (mut items, mut len) = (1usize, 0usize);
        for c in before.chars().rev() {
            let joins = c == '、' || (lang == Lang::Ja && matches!(c, 'と' | 'や'));
            let joins = joins || (lang == Lang::Zh && matches!(c, '和' | '与' | '及'));
            if joins {
                if len == 0 {
                    break;
                }
                items += 1;
                len = 0;
            } else if c.is_whitespace()
                || c.is_ascii_punctuation()
                || ('\u{3040}'..='\u{309f}').contains(&c)
                || matches!(c, '。' | '，' | '「' | '」' | '（' | '）' | '：' | '；')
            {
                break;
            } else {
                len += 1;
                if len > LIST_ITEM_MAX_CHARS {
                    items = 0;
                    break;
                }
            }
        }
        // The list may follow a clause the same mark closes ("月曜日、A、B、Cの3郡",
        // "正午の時点で、A、B、Cの3県"): its last items are counted, and a mark
        // with no item before it closed that clause.
        if len == 0 && items > 1 {
            items -= 1;
            len = 1;
        }
        if len > 0 && items >= 2 && items as f64 >= r.value {
            m.strength = Strength::MatchOnly;
        }
    }
}

/// "several hundred billion yen", "plusieurs centaines de milliards": a
/// scale word with no count of its own after a word that leaves the count
/// unsaid (`vague-count` in `number-context.txt`) is a vague amount, which
/// another language writes its own way; it is matched if the other side has
/// it, never reported alone.
pub(super) fn vague_counts(text: &str, lang: Lang, ms: &mut [Mention]) {
    let vague = conventions::context(lang, "vague-count");
    if vague.is_empty() {
        return;
    }
    for m in ms.iter_mut() {
        let written = &text[m.range.clone()];
        let first = written
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        // A scale word, or a compound of them written as one word
        // ("Hunderttausend", a hundred thousand).
        let value = m.primary().value;
        let bare_scale = m.words
            && (crate::numbers::words::lookup(lang, &first).is_some_and(|e| e.value >= 100.0)
                || (!written.contains(char::is_whitespace)
                    && value >= 100.0
                    && value.log10().fract() == 0.0));
        if !bare_scale {
            continue;
        }
        let before: Vec<String> = text[..m.range.start]
            .split_whitespace()
            .rev()
            .take(2)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        let after_vague = vague.iter().any(|p| {
            p.len() <= before.len() && p.iter().rev().zip(&before).all(|(w, b)| *w == b.as_str())
        });
        if after_vague {
            m.approx = true;
            m.strength = Strength::MatchOnly;
        }
    }
}

/// Most words between a decade and the century it is of ("80. let 20.
/// století", "den 50ern des 19. Jahrhunderts", "the twenties of the 19th
/// century").
const DECADE_CENTURY_MAX_WORDS: usize = 3;

/// "v 80. letech 20. století", "in den 50ern des 19. Jahrhunderts": a decade
/// of two digits with the century it is of after it is one decade (the
/// 1980s, the 1850s), as another language writes it; the century's own
/// number then only satisfies a match ("the eighties of the 20th century").
pub(super) fn decades_of_centuries(text: &str, lang: Lang, ms: &mut [Mention]) {
    for k in 1..ms.len() {
        let (decade, century) = (&ms[k - 1], &ms[k]);
        let d = decade.primary().value;
        let c = century.primary().value;
        if decade.kind != Kind::Decade
            || !(10.0..100.0).contains(&d)
            || d % 10.0 != 0.0
            || !matches!(century.kind, Kind::Cardinal | Kind::Ordinal)
            || century.strength != Strength::Strong
            || !(1.0..=21.0).contains(&c)
            || c.fract() != 0.0
            || decade.range.end > century.range.start
        {
            continue;
        }
        // Only words between them (and the decade's ordinal dot).
        let between = &text[decade.range.end..century.range.start];
        let between = between.strip_prefix('.').unwrap_or(between);
        if between
            .chars()
            .any(|ch| !(ch.is_alphabetic() || ch.is_whitespace() || ch == '-'))
            || between.split_whitespace().count() > DECADE_CENTURY_MAX_WORDS
        {
            continue;
        }
        // The century's word after its number (and its dot or ordinal mark).
        let after = text[century.range.end..].trim_start_matches(['.', ' ', '\u{a0}']);
        let word: String = after
            .chars()
            .take_while(|ch| ch.is_alphabetic())
            .collect::<String>()
            .to_lowercase();
        if !conventions::is_word_of(lang, "century", &word) {
            continue;
        }
        let year = (c - 1.0) * 100.0 + d;
        ms[k - 1].readings = vec![Reading::q(year), Reading::q(d)];
        ms[k].strength = Strength::MatchOnly;
    }
}

/// "на 85-м году жизни", "im 85. Lebensjahr": dying in one's 85th year of
/// life is dying at 84, as other languages say it. A number right before a
/// phrase of the `year-of-life` role (its ordinal ending or dot between)
/// reads also as the age one less.
pub(super) fn year_of_life(text: &str, lang: Lang, ms: &mut [Mention]) {
    let phrases = conventions::context(lang, "year-of-life");
    if phrases.is_empty() {
        return;
    }
    for m in ms.iter_mut() {
        let p = m.primary();
        if p.domain != Domain::Quantity
            || !(1.0..=130.0).contains(&p.value)
            || p.value.fract() != 0.0
        {
            continue;
        }
        // The ordinal's dot ("85.") or its ending after a hyphen ("85-м").
        let mut rest = &text[m.range.end..];
        rest = rest.strip_prefix('.').unwrap_or(rest);
        if let Some(r) = rest.strip_prefix('-') {
            rest = r.trim_start_matches(char::is_alphabetic);
        }
        let rest: String = rest
            .trim_start()
            .chars()
            .take(24)
            .collect::<String>()
            .to_lowercase();
        let hit = phrases.iter().any(|ph| rest.starts_with(&ph.join(" ")));
        if hit {
            let age = p.value - 1.0;
            m.readings.push(Reading::q(age));
        }
    }
}
