//! `mtcheck batch`: find the article pairs of a day's copy (by a file-name
//! convention or from a manifest), check them in parallel, keep a pair that
//! cannot be checked as an error result while the others go on, write one report
//! per article and an index atomically under file names derived safely from the
//! ids, and summarise the run. Results come back in input order whatever the
//! number of threads.
//!
//! Pairing conventions, tried in this order in every folder under DIR:
//! - a folder holding `source.<lang>.txt` and `target.<lang>.txt` is one pair
//!   (the layout of `corpora/articles`); its id is the folder's path under DIR,
//!   and the languages come from the file names;
//! - with `--from F --to T`, files `NAME.F.txt` and `NAME.T.txt` side by side are
//!   one pair, id `NAME` (with the folder's path under DIR in front).
//!
//! Hidden files and folders (name starting with `.`) are skipped.

mod discover;
mod manifest;
mod output;
mod run;
mod summary;

pub use discover::{discover, PairSpec};
pub use manifest::{read_manifest, MANIFEST_COLUMNS};
pub use output::{safe_stems, write_atomic, INDEX_STEM, MAX_STEM_BYTES};
pub use run::{run, Batch, BatchEntry, BatchOptions, BatchSummary};
pub use summary::{render_index, write_summary, WORST_SHOWN};
