//! The `Check` trait, the view of an aligned pair a check works on, and the
//! registry. A check is one file here and one line in `registry()`.

use crate::align::{AlignedPair, Alignment};
use crate::config::Config;
use crate::document::{Document, Paragraph, Span};
use crate::finding::Finding;
use crate::lang::Lang;
use std::ops::Range;

pub mod addition;
pub mod garbled;
pub mod name_mismatch;
pub mod number_mismatch;
pub mod omission;
pub mod residue;
pub mod untranslated;

/// The documentation of a check: printed by `mtcheck explain`, and the source of
/// the README's table of checks.
pub struct CheckDoc {
    pub id: &'static str,
    /// Every kind of finding the check reports (a finding's `kind`).
    pub kinds: &'static [FindingKind],
    /// One line: what it finds.
    pub summary: &'static str,
    /// Markdown: what it catches, why it matters, an example, known false positives.
    pub body: &'static str,
}

/// One kind of finding a check reports: the `kind` a finding carries in every
/// report, and what it means in one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FindingKind {
    pub id: &'static str,
    pub doc: &'static str,
}

impl CheckDoc {
    /// The kind `id` of this check, if it reports one.
    pub fn kind(&self, id: &str) -> Option<&'static FindingKind> {
        self.kinds.iter().find(|k| k.id == id)
    }
}

/// A check looks at one aligned pair and reports what is wrong with it. Checks
/// are stateless and shared across threads; tables are built in the constructor.
pub trait Check: Send + Sync {
    fn doc(&self) -> &'static CheckDoc;
    fn check(&self, pair: &PairView, cx: &Context) -> Vec<Finding>;
    fn id(&self) -> &'static str {
        self.doc().id
    }
}

/// Settings and facts shared by every pair of one document pair.
pub struct Context<'a> {
    pub config: &'a Config,
    pub source_lang: Lang,
    pub target_lang: Lang,
}

/// One aligned pair, with access to both whole documents and the other pairs
/// (a name may have moved to the next paragraph).
pub struct PairView<'a> {
    pub source: &'a Document,
    pub target: &'a Document,
    pub alignment: &'a Alignment,
    /// Index of this pair in `alignment.pairs`.
    pub index: usize,
}

impl<'a> PairView<'a> {
    pub fn pair(&self) -> &'a AlignedPair {
        &self.alignment.pairs[self.index]
    }

    pub fn source_paragraphs(&self) -> impl Iterator<Item = &'a Paragraph> + 'a {
        let doc = self.source;
        self.pair().source.iter().map(move |&i| &doc.paragraphs[i])
    }

    pub fn target_paragraphs(&self) -> impl Iterator<Item = &'a Paragraph> + 'a {
        let doc = self.target;
        self.pair().target.iter().map(move |&i| &doc.paragraphs[i])
    }

    /// Byte range from the first to the last source paragraph of the pair.
    pub fn source_range(&self) -> Option<Range<usize>> {
        block_range(self.source, &self.pair().source)
    }

    pub fn target_range(&self) -> Option<Range<usize>> {
        block_range(self.target, &self.pair().target)
    }

    /// The source text of the pair (paragraphs joined as they stand in the file).
    pub fn source_text(&self) -> &'a str {
        self.source_range().map_or("", |r| &self.source.text[r])
    }

    pub fn target_text(&self) -> &'a str {
        self.target_range().map_or("", |r| &self.target.text[r])
    }

    pub fn source_span(&self) -> Option<Span> {
        self.source_range().map(|r| self.source.span(r))
    }

    pub fn target_span(&self) -> Option<Span> {
        self.target_range().map(|r| self.target.span(r))
    }

    /// Source paragraphs of this pair and of the `n` pairs either side: where a
    /// fact that moved across a paragraph boundary may be found.
    pub fn source_neighbourhood(&self, n: usize) -> Vec<&'a Paragraph> {
        self.neighbourhood(n, self.source, |p| &p.source)
    }

    pub fn target_neighbourhood(&self, n: usize) -> Vec<&'a Paragraph> {
        self.neighbourhood(n, self.target, |p| &p.target)
    }

    fn neighbourhood(
        &self,
        n: usize,
        doc: &'a Document,
        side: fn(&AlignedPair) -> &Vec<usize>,
    ) -> Vec<&'a Paragraph> {
        let lo = self.index.saturating_sub(n);
        let hi = (self.index + n + 1).min(self.alignment.pairs.len());
        self.alignment.pairs[lo..hi]
            .iter()
            .flat_map(|p| side(p).iter().map(|&i| &doc.paragraphs[i]))
            .collect()
    }
}

fn block_range(doc: &Document, paras: &[usize]) -> Option<Range<usize>> {
    let first = doc.paragraphs.get(*paras.first()?)?;
    let last = doc.paragraphs.get(*paras.last()?)?;
    Some(first.start..last.end)
}

/// Every check, in a fixed order. Adding a check is one line here.
pub fn registry() -> &'static [Box<dyn Check>] {
    static REGISTRY: std::sync::OnceLock<Vec<Box<dyn Check>>> = std::sync::OnceLock::new();
    REGISTRY.get_or_init(|| {
        vec![
            Box::new(omission::Omission),
            Box::new(addition::Addition),
            Box::new(residue::Residue::new()),
            Box::new(garbled::Garbled::new()),
            Box::new(name_mismatch::NameMismatch),
            Box::new(number_mismatch::NumberMismatch),
            Box::new(untranslated::Untranslated::new()),
        ]
    })
}

/// The check with this id.
pub fn find(id: &str) -> Option<&'static dyn Check> {
    registry().iter().find(|c| c.id() == id).map(|c| c.as_ref())
}

/// Stable ids of every check, in registry order.
pub fn ids() -> Vec<&'static str> {
    registry().iter().map(|c| c.id()).collect()
}
