//! The cost of a link between a block of source paragraphs and a block of
//! target paragraphs: each paragraph's features (length, anchors), the
//! Gale–Church length model, the prior of the link's shape, and the anchors'
//! agreement.

use crate::document::{fold_diacritics, Document};
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
pub(super) const ANCHOR_WEIGHT: f64 = 3.0;

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
pub(super) const MIN_SAME_SCRIPT_RATIO: f64 = 0.8;
pub(super) const MAX_SAME_SCRIPT_RATIO: f64 = 1.25;

pub(super) struct ParaFeatures {
    pub(super) chars: f64,
    anchors: Vec<u64>,
    /// The number anchors alone: numbers anchor paragraphs across any two
    /// scripts, where the word anchors of one side mostly cannot match.
    numbers: Vec<u64>,
}

/// A block of paragraphs merged: characters, anchors, number anchors.
pub(super) type Merged = (f64, Vec<u64>, Vec<u64>);

fn hash_str(s: &str) -> u64 {
    let mut h = DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

pub(super) fn features(doc: &Document) -> Vec<ParaFeatures> {
    doc.paragraphs
        .iter()
        .map(|p| {
            let text = &doc.text[p.range()];
            let chars = text.chars().filter(|c| !c.is_whitespace()).count() as f64;
            let mut numbers: Vec<u64> = Vec::new();
            let mut anchors: Vec<u64> = p
                .tokens
                .iter()
                .filter_map(|t| {
                    let w = doc.token_text(t);
                    // ASCII digits and the full-width ones Chinese and
                    // Japanese write ("４０" anchors "40").
                    let digit = |c: char| match c {
                        '0'..='9' => Some(c),
                        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
                        _ => None,
                    };
                    if w.chars().any(|c| digit(c).is_some()) {
                        // "1,5" and "1.5", "1 000" and "1,000" anchor alike.
                        let digits: String = w.chars().filter_map(digit).collect();
                        numbers.push(hash_str(&digits));
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
            numbers.sort_unstable();
            numbers.dedup();
            ParaFeatures {
                chars,
                anchors,
                numbers,
            }
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

pub(super) fn length_cost(l1: f64, l2: f64, ratio: f64) -> f64 {
    let mean = l1 * ratio;
    // Where the translation takes more characters than the source (Chinese
    // or Japanese into a Latin-script language), the spread of its length
    // grows with its expected length (a Japanese paragraph of 30 characters
    // becomes 60 to 140 English ones): the variance is Gale and Church's per
    // character of the expected target. The other way, it stays that of
    // same-script pairs, which their constant was measured on; wider still,
    // a dropped paragraph would pass for part of its neighbour's translation.
    let widen = ratio.max(1.0);
    let var = (l1.max(1.0)) * VARIANCE_PER_CHAR * widen;
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

fn merged(feats: &[ParaFeatures]) -> Merged {
    let chars = feats.iter().map(|f| f.chars).sum();
    let union = |get: fn(&ParaFeatures) -> &Vec<u64>| {
        let mut v: Vec<u64> = feats.iter().flat_map(|f| get(f).iter().copied()).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    (chars, union(|f| &f.anchors), union(|f| &f.numbers))
}

/// Merged features of every block the DP may use: `cache[end][k - 1]` is the
/// block of `k` paragraphs ending before `end`. Built once, so the DP's inner
/// loop does not allocate.
pub(super) fn block_cache(feats: &[ParaFeatures]) -> Vec<Vec<Merged>> {
    (0..=feats.len())
        .map(|end| {
            (1..=MAX_BLOCK.min(end))
                .map(|k| merged(&feats[end - k..end]))
                .collect()
        })
        .collect()
}

pub(super) fn shape_cost(a: usize, b: usize) -> f64 {
    match a.max(b) {
        1 => COST_ONE_ONE,
        n => COST_TWO_ONE + (n - 2) as f64 * COST_PER_EXTRA_PARAGRAPH,
    }
}

pub(super) fn link_cost(
    src: &[ParaFeatures],
    tgt: &[ParaFeatures],
    src_merged: &Merged,
    tgt_merged: &Merged,
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
            // Shared numbers count on their own too: across scripts the
            // word anchors of one side dilute them.
            let shared = dice(a1, a2).max(dice(&src_merged.2, &tgt_merged.2));
            shape + length_cost(l1, l2, ratio) - ANCHOR_WEIGHT * shared
                + strays(src, a2)
                + strays(tgt, a1)
        }
    }
}

/// The link shapes tried at each cell: (source paragraphs, target paragraphs).
pub(super) fn moves() -> Vec<(usize, usize)> {
    let mut m = vec![(1, 1), (1, 0), (0, 1)];
    for n in 2..=MAX_BLOCK {
        m.push((n, 1));
        m.push((1, n));
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn erfc_matches_known_values() {
        assert!((erfc(0.0) - 1.0).abs() < 1e-6);
        assert!((erfc(1.0) - 0.157_299_2).abs() < 1e-6);
        assert!((erfc(-1.0) - 1.842_700_8).abs() < 1e-6);
    }
}
