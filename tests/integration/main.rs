//! The one integration test binary: corpus cases, the command line, reporters,
//! batch runs, and the HTML report in a browser.

mod batch;
mod browser;
mod cli;
mod corpus;
mod formats;
mod reporters;
