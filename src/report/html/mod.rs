//! The HTML report: one self-contained page per article (no network, no
//! external assets, no script), source and target side by side as aligned, every
//! finding's span highlighted in both texts with its message on hover and listed
//! beside the pair, paragraph scores as bars, a summary at the top; and the index
//! page of a batch, sortable by score. All text from the input — article text,
//! ids, paths, messages — is escaped, and a Content-Security-Policy forbids any
//! script but the index's own sorting code (allowed by its hash), so a slip in
//! escaping still could not run code.

mod article;
mod index;
mod page;

pub use index::{render_index, render_index_with};
pub use page::escape;

use crate::config::Thresholds;

pub struct Html {
    /// The gate in force, to colour the score bars.
    pub thresholds: Thresholds,
}
