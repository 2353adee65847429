//! The one integration test binary: corpus cases, the command line, reporters.

mod cli;
mod corpus;
