//! Paragraph alignment by dynamic programming. The cost of linking a block of
//! source paragraphs to a block of target paragraphs combines the Gale–Church
//! length model (character counts, ratio learnt from the document pair) with a
//! prior for the link shape and a bonus for shared anchors: numbers, capitalised
//! words and identical longer tokens. Links are 1-1, 1-n and n-1 (n ≤ 6, for
//! sentences that a scraper split into fragment paragraphs), 1-0 and 0-1.

use crate::document::{fold_diacritics, Document};
use serde::Serialize;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

/// The largest block on one side of a link: a sentence broken into up to six
/// fragment paragraphs (the seed article has five) still aligns as one unit.
pub const MAX_BLOCK: usize = 6;

/// Gale & Church (1993): variance of the target length per source character.
const VARIANCE_PER_CHAR: f64 = 6.8;

/// Costs (−ln prior) of the link shapes, after Gale & Church's estimates
/// (1-1 0.89, 1-0/0-1 0.0099, 2-1/1-2 0.089), with each further paragraph in a
/// block costing more so that n-1 links are chosen only when lengths and
/// anchors call for them.
const COST_ONE_ONE: f64 = 0.117;
const COST_INSERT_DELETE: f64 = 4.6;
const COST_TWO_ONE: f64 = 2.4;
const COST_PER_EXTRA_PARAGRAPH: f64 = 1.2;

/// Weight of the anchor agreement (Dice coefficient of the anchor sets, 0–1)
/// against the length cost. At 3, a pair sharing all its names and numbers
/// overrides a length mismatch of about two standard deviations.
const ANCHOR_WEIGHT: f64 = 3.0;

/// Cost of each paragraph in a merged block (n-1 or 1-n) that has anchors of
/// its own and shares none with the other side: a paragraph about something
/// else is more likely an addition or an omission than part of the link.
const COST_UNANCHORED_MEMBER: f64 = 2.0;

/// The largest length cost: beyond this, lengths say "no" and nothing more.
const MAX_LENGTH_COST: f64 = 25.0;

/// Between two languages written in the same script, a translation is rarely
/// more than a quarter longer or a fifth shorter in characters (en→fr about
/// 1.15, de→en about 0.95). The ratio learnt from a document pair is held to
/// that range, so that a missing paragraph cannot teach the aligner that the
/// translation is half as long and then hide itself.
const MIN_SAME_SCRIPT_RATIO: f64 = 0.8;
const MAX_SAME_SCRIPT_RATIO: f64 = 1.25;

/// Above this many cells the DP is restricted to a band around the diagonal.
const FULL_DP_CELLS: usize = 250_000;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AlignedPair {
    /// Source paragraph indices (empty for an addition).
    pub source: Vec<usize>,
    /// Target paragraph indices (empty for an omission).
    pub target: Vec<usize>,
    /// "1-1", "1-5", "2-1", "1-0", "0-1", …
    pub kind: String,
    pub cost: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alignment {
    pub pairs: Vec<AlignedPair>,
    /// Target characters per source character over the whole document pair.
    pub ratio: f64,
}

struct ParaFeatures {
    chars: f64,
    anchors: Vec<u64>,
}

fn hash_str(s: &str) -> u64 {
    let mut h = DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

fn features(doc: &Document) -> Vec<ParaFeatures> {
    doc.paragraphs
        .iter()
        .map(|p| {
            let text = &doc.text[p.range()];
            let chars = text.chars().filter(|c| !c.is_whitespace()).count() as f64;
            let mut anchors: Vec<u64> = p
                .tokens
                .iter()
                .filter_map(|t| {
                    let w = doc.token_text(t);
                    if w.chars().any(|c| c.is_ascii_digit()) {
                        // "1,5" and "1.5", "1 000" and "1,000" anchor alike.
                        let digits: String = w.chars().filter(|c| c.is_ascii_digit()).collect();
                        return Some(hash_str(&digits));
                    }
                    let capital = w.chars().next().is_some_and(char::is_uppercase);
                    if capital || w.chars().count() >= 5 {
                        Some(hash_str(&fold_diacritics(w)))
                    } else {
                        None
                    }
                })
                .collect();
            anchors.sort_unstable();
            anchors.dedup();
            ParaFeatures { chars, anchors }
        })
        .collect()
}

/// Standard normal upper tail doubled: P(|Z| ≥ z).
fn two_sided_tail(z: f64) -> f64 {
    erfc(z.abs() / std::f64::consts::SQRT_2)
}

/// Complementary error function (Numerical Recipes' erfcc, |error| < 1.2e-7).
fn erfc(x: f64) -> f64 {
    /// The Chebyshev fit's coefficients, lowest order first.
    const C: [f64; 10] = [
        -1.265_512_23,
        1.000_023_68,
        0.374_091_96,
        0.096_784_18,
        -0.186_288_06,
        0.278_868_07,
        -1.135_203_98,
        1.488_515_87,
        -0.822_152_23,
        0.170_872_77,
    ];
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let poly = C.iter().rev().fold(0.0, |acc, &c| acc * t + c);
    let r = t * (-z * z + poly).exp();
    if x >= 0.0 {
        r
    } else {
        2.0 - r
    }
}

fn length_cost(l1: f64, l2: f64, ratio: f64) -> f64 {
    let mean = l1 * ratio;
    let var = (l1.max(1.0)) * VARIANCE_PER_CHAR;
    let delta = (l2 - mean) / var.sqrt();
    let p = two_sided_tail(delta);
    if p <= 0.0 {
        MAX_LENGTH_COST
    } else {
        (-p.ln()).min(MAX_LENGTH_COST)
    }
}

fn dice(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

fn merged(feats: &[ParaFeatures]) -> (f64, Vec<u64>) {
    let chars = feats.iter().map(|f| f.chars).sum();
    let mut anchors: Vec<u64> = feats
        .iter()
        .flat_map(|f| f.anchors.iter().copied())
        .collect();
    anchors.sort_unstable();
    anchors.dedup();
    (chars, anchors)
}

/// Merged features of every block the DP may use: `cache[end][k - 1]` is the
/// block of `k` paragraphs ending before `end`. Built once, so the DP's inner
/// loop does not allocate.
fn block_cache(feats: &[ParaFeatures]) -> Vec<Vec<(f64, Vec<u64>)>> {
    (0..=feats.len())
        .map(|end| {
            (1..=MAX_BLOCK.min(end))
                .map(|k| merged(&feats[end - k..end]))
                .collect()
        })
        .collect()
}

fn shape_cost(a: usize, b: usize) -> f64 {
    match a.max(b) {
        1 => COST_ONE_ONE,
        n => COST_TWO_ONE + (n - 2) as f64 * COST_PER_EXTRA_PARAGRAPH,
    }
}

fn link_cost(
    src: &[ParaFeatures],
    tgt: &[ParaFeatures],
    src_merged: &(f64, Vec<u64>),
    tgt_merged: &(f64, Vec<u64>),
    ratio: f64,
) -> f64 {
    match (src.len(), tgt.len()) {
        (1, 0) | (0, 1) => COST_INSERT_DELETE,
        (a, b) => {
            let shape = shape_cost(a, b);
            let (l1, a1) = (src_merged.0, &src_merged.1);
            let (l2, a2) = (tgt_merged.0, &tgt_merged.1);
            let strays = |block: &[ParaFeatures], other: &[u64]| {
                if block.len() < 2 || other.is_empty() {
                    return 0.0;
                }
                block
                    .iter()
                    .filter(|f| !f.anchors.is_empty() && dice(&f.anchors, other) == 0.0)
                    .count() as f64
                    * COST_UNANCHORED_MEMBER
            };
            shape + length_cost(l1, l2, ratio) - ANCHOR_WEIGHT * dice(a1, a2)
                + strays(src, a2)
                + strays(tgt, a1)
        }
    }
}

/// The link shapes tried at each cell: (source paragraphs, target paragraphs).
fn moves() -> Vec<(usize, usize)> {
    let mut m = vec![(1, 1), (1, 0), (0, 1)];
    for n in 2..=MAX_BLOCK {
        m.push((n, 1));
        m.push((1, n));
    }
    m
}

/// Align the paragraphs of `source` and `target`. The length ratio is first
/// taken over the whole documents, then re-estimated from the 1-1 links of that
/// first alignment, so that a missing or added paragraph does not skew it.
pub fn align(source: &Document, target: &Document) -> Alignment {
    let sf = features(source);
    let tf = features(target);
    let total_s: f64 = sf.iter().map(|f| f.chars).sum();
    let total_t: f64 = tf.iter().map(|f| f.chars).sum();
    let mut ratio = if total_s > 0.0 && total_t > 0.0 {
        total_t / total_s
    } else {
        1.0
    };
    let same_script = source.lang.lang.script() == target.lang.lang.script();
    if same_script {
        ratio = ratio.clamp(MIN_SAME_SCRIPT_RATIO, MAX_SAME_SCRIPT_RATIO);
    }
    let first = align_with(&sf, &tf, ratio);
    let (mut s1, mut t1) = (0.0, 0.0);
    for p in first.pairs.iter().filter(|p| p.kind == "1-1") {
        s1 += sf[p.source[0]].chars;
        t1 += tf[p.target[0]].chars;
    }
    let mut second = if s1 > 0.0 && t1 > 0.0 { t1 / s1 } else { ratio };
    if same_script {
        second = second.clamp(MIN_SAME_SCRIPT_RATIO, MAX_SAME_SCRIPT_RATIO);
    }
    if (second - ratio).abs() > 0.02 {
        align_with(&sf, &tf, second)
    } else {
        first
    }
}

/// The DP table, stored only inside the band each row may use, so that memory
/// follows the band and not the product of the paragraph counts.
struct Band {
    lo: Vec<usize>,
    cost: Vec<Vec<f64>>,
    /// The link (source paragraphs, target paragraphs) that reached the cell.
    back: Vec<Vec<(u8, u8)>>,
}

impl Band {
    fn new(n: usize, m: usize, width: Option<usize>) -> Band {
        let mut lo = Vec::with_capacity(n + 1);
        let mut cost = Vec::with_capacity(n + 1);
        let mut back = Vec::with_capacity(n + 1);
        for i in 0..=n {
            let (a, b) = match width {
                None => (0, m),
                Some(w) => {
                    // In u128: `i * m` is a product of two input-derived counts.
                    let diag = (i as u128 * m as u128)
                        .checked_div(n as u128)
                        .map_or(0, |d| usize::try_from(d).unwrap_or(m));
                    (diag.saturating_sub(w), (diag + w).min(m))
                }
            };
            lo.push(a);
            cost.push(vec![f64::INFINITY; b - a + 1]);
            back.push(vec![(0, 0); b - a + 1]);
        }
        Band { lo, cost, back }
    }

    fn cols(&self, i: usize) -> std::ops::RangeInclusive<usize> {
        self.lo[i]..=self.lo[i] + self.cost[i].len() - 1
    }

    fn get(&self, i: usize, j: usize) -> f64 {
        match j.checked_sub(self.lo[i]) {
            Some(k) => self.cost[i].get(k).copied().unwrap_or(f64::INFINITY),
            None => f64::INFINITY,
        }
    }
}

/// Half-width of the band (in paragraphs) around the proportional diagonal
/// when the table would be too large to fill whole: the most a long document
/// pair may drift from it (paragraphs missing on one side only).
const BAND_WIDTH: usize = 100;

/// The band is first tried this wide, and doubled (up to `BAND_WIDTH`) while
/// the best path touches its edge: most long pairs stay near the diagonal,
/// and the cost of the table is its cells.
const FIRST_BAND_WIDTH: usize = 25;

fn align_with(sf: &[ParaFeatures], tf: &[ParaFeatures], ratio: f64) -> Alignment {
    let (n, m) = (sf.len(), tf.len());
    if (n + 1).saturating_mul(m + 1) <= FULL_DP_CELLS {
        return align_in_band(sf, tf, ratio, None).0;
    }
    let mut width = FIRST_BAND_WIDTH;
    loop {
        let (alignment, touched) = align_in_band(sf, tf, ratio, Some(width));
        if !touched || width >= BAND_WIDTH {
            return alignment;
        }
        width = (width * 2).min(BAND_WIDTH);
    }
}

/// The best alignment within `width` paragraphs of the diagonal (the whole
/// table when `None`), and whether its path touches the band's edge.
fn align_in_band(
    sf: &[ParaFeatures],
    tf: &[ParaFeatures],
    ratio: f64,
    width: Option<usize>,
) -> (Alignment, bool) {
    let (n, m) = (sf.len(), tf.len());
    let mut t = Band::new(n, m, width);
    let moves = moves();
    let s_cache = block_cache(sf);
    let t_cache = block_cache(tf);
    let none = (0.0, Vec::new());
    t.cost[0][0] = 0.0;
    for i in 0..=n {
        for j in t.cols(i) {
            if (i, j) == (0, 0) {
                continue;
            }
            let k = j - t.lo[i];
            for &(a, b) in &moves {
                if a > i || b > j {
                    continue;
                }
                let prev = t.get(i - a, j - b);
                if !prev.is_finite() {
                    continue;
                }
                let sm = if a == 0 { &none } else { &s_cache[i][a - 1] };
                let tm = if b == 0 { &none } else { &t_cache[j][b - 1] };
                // The anchors can lower a link's cost by at most ANCHOR_WEIGHT:
                // skip the set comparison when even that cannot win the cell.
                // The length cost is never negative: try the shape alone first,
                // which spares most cells the error function.
                if a > 0 && b > 0 {
                    let shape = shape_cost(a, b) - ANCHOR_WEIGHT;
                    if prev + shape >= t.cost[i][k] {
                        continue;
                    }
                    let bound = shape + length_cost(sm.0, tm.0, ratio);
                    if prev + bound >= t.cost[i][k] {
                        continue;
                    }
                }
                let c = link_cost(&sf[i - a..i], &tf[j - b..j], sm, tm, ratio);
                if prev + c < t.cost[i][k] {
                    t.cost[i][k] = prev + c;
                    t.back[i][k] = (a as u8, b as u8);
                }
            }
        }
    }
    let mut pairs = Vec::new();
    let push = |pairs: &mut Vec<AlignedPair>, i: usize, j: usize, a: usize, b: usize| {
        let sm = if a == 0 { &none } else { &s_cache[i][a - 1] };
        let tm = if b == 0 { &none } else { &t_cache[j][b - 1] };
        let c = link_cost(&sf[i - a..i], &tf[j - b..j], sm, tm, ratio);
        pairs.push(AlignedPair {
            source: (i - a..i).collect(),
            target: (j - b..j).collect(),
            kind: format!("{a}-{b}"),
            cost: (c * 1000.0).round() / 1000.0,
        });
    };
    let (mut i, mut j) = (n, m);
    let mut touched = false;
    while i > 0 || j > 0 {
        let cols = t.cols(i);
        touched |=
            width.is_some() && ((j == *cols.start() && j > 0) || (j == *cols.end() && j < m));
        let (a, b) = match j.checked_sub(t.lo[i]).and_then(|k| t.back[i].get(k)) {
            Some(&(a, b)) if (a, b) != (0, 0) => (a as usize, b as usize),
            // Unreachable inside the band (not expected, as 1-0 and 0-1 links
            // connect every cell): keep every paragraph, unlinked.
            _ if j > 0 => (0, 1),
            _ => (1, 0),
        };
        push(&mut pairs, i, j, a, b);
        i -= a;
        j -= b;
    }
    pairs.reverse();
    (Alignment { pairs, ratio }, touched)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::test_document as doc;
    use crate::lang::Lang;

    fn kinds(a: &Alignment) -> Vec<String> {
        a.pairs
            .iter()
            .map(|p| format!("{:?}>{:?}", p.source, p.target))
            .collect()
    }

    const FR: &str = "Le président Emmanuel Macron a reçu lundi 12 ministres à l'Élysée pour préparer le budget.\n\n\
Selon Le Monde, la réforme coûtera 1,5 milliard d'euros à l'État d'ici 2025.\n\n\
Les syndicats ont annoncé une grève nationale pour le jeudi 18 juillet à Paris.\n\n\
La CGT et FO réclament une hausse des salaires de 5 % dans la fonction publique.";

    #[test]
    fn aligns_one_to_one() {
        let en = "President Emmanuel Macron received 12 ministers at the Elysee on Monday to prepare the budget.\n\n\
According to Le Monde, the reform will cost the state 1.5 billion euros by 2025.\n\n\
The unions have announced a national strike for Thursday July 18 in Paris.\n\n\
The CGT and FO are demanding a 5% increase in civil service salaries.";
        let a = align(&doc(FR, Lang::Fr), &doc(en, Lang::En));
        assert_eq!(kinds(&a), ["[0]>[0]", "[1]>[1]", "[2]>[2]", "[3]>[3]"]);
    }

    #[test]
    fn aligns_a_paragraph_split_into_fragments() {
        let en = "President Emmanuel Macron received 12 ministers at the Elysee on Monday to prepare the budget.\n\n\
According to Le Monde, the reform\n\nwill cost\n\nthe state 1.5 billion euros by 2025.\n\n\
The unions have announced a national strike for Thursday July 18 in Paris.\n\n\
The CGT and FO are demanding a 5% increase in civil service salaries.";
        let a = align(&doc(FR, Lang::Fr), &doc(en, Lang::En));
        assert_eq!(
            kinds(&a),
            ["[0]>[0]", "[1]>[1, 2, 3]", "[2]>[4]", "[3]>[5]"]
        );
        assert_eq!(a.pairs[1].kind, "1-3");
    }

    #[test]
    fn aligns_merged_paragraphs() {
        let en = "President Emmanuel Macron received 12 ministers at the Elysee on Monday to prepare the budget. According to Le Monde, the reform will cost the state 1.5 billion euros by 2025.\n\n\
The unions have announced a national strike for Thursday July 18 in Paris.\n\n\
The CGT and FO are demanding a 5% increase in civil service salaries.";
        let a = align(&doc(FR, Lang::Fr), &doc(en, Lang::En));
        assert_eq!(kinds(&a), ["[0, 1]>[0]", "[2]>[1]", "[3]>[2]"]);
    }

    #[test]
    fn marks_a_missing_paragraph() {
        let en = "President Emmanuel Macron received 12 ministers at the Elysee on Monday to prepare the budget.\n\n\
The unions have announced a national strike for Thursday July 18 in Paris.\n\n\
The CGT and FO are demanding a 5% increase in civil service salaries.";
        let a = align(&doc(FR, Lang::Fr), &doc(en, Lang::En));
        assert_eq!(kinds(&a), ["[0]>[0]", "[1]>[]", "[2]>[1]", "[3]>[2]"]);
        assert_eq!(a.pairs[1].kind, "1-0");
    }

    #[test]
    fn marks_an_added_paragraph() {
        let en = "President Emmanuel Macron received 12 ministers at the Elysee on Monday to prepare the budget.\n\n\
According to Le Monde, the reform will cost the state 1.5 billion euros by 2025.\n\n\
Read more: the government's plan for pensions, explained in ten questions and answers for readers.\n\n\
The unions have announced a national strike for Thursday July 18 in Paris.\n\n\
The CGT and FO are demanding a 5% increase in civil service salaries.";
        let a = align(&doc(FR, Lang::Fr), &doc(en, Lang::En));
        assert_eq!(
            kinds(&a),
            ["[0]>[0]", "[1]>[1]", "[]>[2]", "[2]>[3]", "[3]>[4]"]
        );
    }

    #[test]
    fn erfc_matches_known_values() {
        assert!((erfc(0.0) - 1.0).abs() < 1e-6);
        assert!((erfc(1.0) - 0.157_299_2).abs() < 1e-6);
        assert!((erfc(-1.0) - 1.842_700_8).abs() < 1e-6);
    }

    #[test]
    fn empty_sides_align_to_nothing() {
        let a = align(&doc(FR, Lang::Fr), &doc("", Lang::En));
        assert_eq!(a.pairs.len(), 4);
        assert!(a.pairs.iter().all(|p| p.kind == "1-0"));
    }
}

#[cfg(test)]
mod band_tests {
    use super::*;
    use crate::lang::Lang;

    fn doc(paras: &[String], lang: Lang) -> Document {
        crate::document::test_document(&paras.join("\n\n"), lang)
    }

    /// Long documents use the band; every paragraph still appears exactly once
    /// and a paragraph missing in the middle is found.
    #[test]
    fn long_documents_lose_no_paragraph() {
        let src: Vec<String> = (0..700)
            .map(|i| {
                format!(
                    "Paragraphe {i} : le conseil a voté {} mesures pour la ville de Lyon.",
                    i * 7
                )
            })
            .collect();
        let mut tgt: Vec<String> = (0..700)
            .map(|i| {
                format!(
                    "Paragraph {i}: the council voted {} measures for the city of Lyon.",
                    i * 7
                )
            })
            .collect();
        tgt.remove(350);
        let a = align(&doc(&src, Lang::Fr), &doc(&tgt, Lang::En));
        let mut s: Vec<usize> = a.pairs.iter().flat_map(|p| p.source.clone()).collect();
        let mut t: Vec<usize> = a.pairs.iter().flat_map(|p| p.target.clone()).collect();
        s.sort_unstable();
        t.sort_unstable();
        assert_eq!(s, (0..700).collect::<Vec<_>>());
        assert_eq!(t, (0..699).collect::<Vec<_>>());
        let missing: Vec<&AlignedPair> = a.pairs.iter().filter(|p| p.kind == "1-0").collect();
        assert_eq!(missing.len(), 1);
        assert_eq!(missing[0].source, vec![350]);
    }

    /// A run of paragraphs missing from the middle drifts the path further
    /// from the diagonal than the first band reaches: the band widens and
    /// every missing paragraph is found.
    #[test]
    fn a_long_run_of_missing_paragraphs_widens_the_band() {
        let src: Vec<String> = (0..700)
            .map(|i| format!("Paragraphe {i} : le conseil a voté {} mesures.", i * 7))
            .collect();
        let tgt: Vec<String> = (0..700)
            .filter(|i| !(300..380).contains(i))
            .map(|i| format!("Paragraph {i}: the council voted {} measures.", i * 7))
            .collect();
        let a = align(&doc(&src, Lang::Fr), &doc(&tgt, Lang::En));
        let missing: Vec<usize> = a
            .pairs
            .iter()
            .filter(|p| p.kind == "1-0")
            .flat_map(|p| p.source.clone())
            .collect();
        assert_eq!(missing, (300..380).collect::<Vec<_>>());
        assert!(a.pairs.iter().all(|p| p.kind == "1-0" || p.kind == "1-1"));
    }

    /// Very unequal documents (a target that kept a third of the paragraphs)
    /// finish with memory bounded by the band and keep every paragraph.
    #[test]
    fn very_unequal_documents_keep_every_paragraph() {
        let src: Vec<String> = (0..1500)
            .map(|i| format!("Satz {i} über die Stadt."))
            .collect();
        let tgt: Vec<String> = (0..500)
            .map(|i| format!("Sentence {i} about the city."))
            .collect();
        let a = align(&doc(&src, Lang::De), &doc(&tgt, Lang::En));
        let s: usize = a.pairs.iter().map(|p| p.source.len()).sum();
        let t: usize = a.pairs.iter().map(|p| p.target.len()).sum();
        assert_eq!((s, t), (1500, 500));
    }
}
