//! mtcheck: check a machine-translated news article against its original.
//!
//! The pipeline is read → normalise → segment → identify languages → align
//! paragraphs → checks → score → verdict → report. The library never prints.

pub mod document;
pub mod error;
pub mod finding;
pub mod lang;
