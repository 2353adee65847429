//! Scores and the verdict, in the MQM tradition used at WMT: each finding costs
//! its severity weight times its confidence; a paragraph's and an article's score
//! is 100 × (1 − penalty / words), floored at 0. The gate fails an article with
//! a critical finding, a paragraph below the paragraph threshold, or a score
//! below the article threshold.

use crate::config::Thresholds;
use crate::finding::{Finding, Severity};
use serde::Serialize;

/// MQM severity weights (Freitag et al. 2021, as used in the WMT metrics tasks).
pub const WEIGHT_MINOR: f64 = 1.0;
pub const WEIGHT_MAJOR: f64 = 5.0;
pub const WEIGHT_CRITICAL: f64 = 10.0;
/// A paragraph left untranslated or lost as a whole: WMT's MQM scheme caps a
/// segment at 25 points, the cost of a segment that is not a translation at all.
pub const WEIGHT_WHOLE_PARAGRAPH: f64 = 25.0;

/// Penalties are normalised by at least this many words, so that one minor
/// finding in a one-word paragraph ("Advertising") does not zero its score.
pub const MIN_WORDS: f64 = 10.0;

pub fn weight(f: &Finding) -> f64 {
    if f.whole_paragraph {
        return WEIGHT_WHOLE_PARAGRAPH;
    }
    match f.severity {
        Severity::Minor => WEIGHT_MINOR,
        Severity::Major => WEIGHT_MAJOR,
        Severity::Critical => WEIGHT_CRITICAL,
    }
}

/// Set each finding's penalty and return their sum.
pub fn apply_penalties(findings: &mut [Finding]) -> f64 {
    findings
        .iter_mut()
        .map(|f| {
            f.penalty = round2(weight(f) * f.confidence);
            f.penalty
        })
        .sum()
}

pub fn score(penalty: f64, words: usize) -> f64 {
    round2(100.0 * (1.0 - penalty / (words as f64).max(MIN_WORDS)).max(0.0))
}

pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Pass,
    Fail,
}

/// The verdict on one article and the reasons for a failure.
pub fn verdict(
    article_score: f64,
    paragraph_scores: &[f64],
    findings: &[&Finding],
    t: &Thresholds,
) -> (Verdict, Vec<String>) {
    let mut reasons = Vec::new();
    let critical = findings
        .iter()
        .filter(|f| f.severity == Severity::Critical)
        .count();
    if t.fail_on_critical && critical > 0 {
        reasons.push(format!("{critical} critical finding(s)"));
    }
    let low = paragraph_scores
        .iter()
        .filter(|&&s| s < t.paragraph)
        .count();
    if low > 0 {
        reasons.push(format!(
            "{low} paragraph(s) below the paragraph threshold {}",
            t.paragraph
        ));
    }
    if article_score < t.article {
        reasons.push(format!(
            "article score {article_score} below the threshold {}",
            t.article
        ));
    }
    let v = if reasons.is_empty() {
        Verdict::Pass
    } else {
        Verdict::Fail
    };
    (v, reasons)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_minor_finding_in_a_one_word_paragraph_does_not_zero_it() {
        let mut f =
            vec![Finding::new("residue", "furniture", Severity::Minor, "x").confidence(0.9)];
        let p = apply_penalties(&mut f);
        assert_eq!(p, 0.9);
        assert_eq!(score(p, 1), 91.0);
    }

    #[test]
    fn untranslated_paragraph_costs_25() {
        let mut f = vec![
            Finding::new("untranslated", "paragraph", Severity::Critical, "x").whole_paragraph(),
        ];
        assert_eq!(apply_penalties(&mut f), 25.0);
        assert_eq!(score(25.0, 20), 0.0);
    }

    #[test]
    fn critical_fails_on_its_own_unless_disabled() {
        let f = Finding::new("number-mismatch", "changed", Severity::Critical, "x");
        let mut t = Thresholds::default();
        assert_eq!(verdict(99.0, &[98.0], &[&f], &t).0, Verdict::Fail);
        t.fail_on_critical = false;
        assert_eq!(verdict(99.0, &[98.0], &[&f], &t).0, Verdict::Pass);
        assert_eq!(verdict(89.0, &[98.0], &[], &t).0, Verdict::Fail);
        assert_eq!(verdict(99.0, &[59.0], &[], &t).0, Verdict::Fail);
    }
}
