//! Paragraph alignment by dynamic programming. The cost of linking a block of
//! source paragraphs to a block of target paragraphs combines the Gale–Church
//! length model (character counts, ratio learnt from the document pair) with a
//! prior for the link shape and a bonus for shared anchors: numbers, capitalised
//! words and identical longer tokens. Links are 1-1, 1-n and n-1 (n ≤ 6, for
//! sentences that a scraper split into fragment paragraphs), 1-0 and 0-1.

mod cost;

pub use cost::MAX_BLOCK;

use crate::document::Document;
use cost::{
    block_cache, features, length_cost, link_cost, moves, shape_cost, ParaFeatures, ANCHOR_WEIGHT,
    MAX_SAME_SCRIPT_RATIO, MIN_SAME_SCRIPT_RATIO,
};
use serde::Serialize;

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
    let none: cost::Merged = (0.0, Vec::new(), Vec::new());
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
