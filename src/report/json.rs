//! JSON (`--format json`): the whole report as one object, in the shape of the
//! contract in DESIGN.md, version 1.

use super::{Report, Reporter};
use std::io::{self, Write};

pub struct Json {
    pub pretty: bool,
}

impl Reporter for Json {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        if self.pretty {
            serde_json::to_writer_pretty(&mut *out, report)?;
        } else {
            serde_json::to_writer(&mut *out, report)?;
        }
        writeln!(out)
    }
}
