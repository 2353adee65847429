//! The XML readers: bytes in as a file would be read (encoding from the BOM or
//! the declaration, XLIFF / NITF / NewsML-G2 from the root), languages from the
//! first two bytes. An XLIFF file is checked and written back with its ITS
//! issues, and that output must read again as the same units; every paragraph
//! origin must lie inside the checked text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mtcheck::formats::{self, Loaded};
use mtcheck::lang::{LangInfo, LangMethod};
use mtcheck::Options;
mod common;

fuzz_target!(init: common::warm_up(), |data: &[u8]| {
    let [a, b, rest @ ..] = data else {
        return;
    };
    let Ok(loaded) = formats::load_bytes("fuzz", rest.to_vec(), 1 << 20) else {
        return;
    };
    match loaded {
        Loaded::Text(_) => {}
        Loaded::Article(article) => {
            let info = LangInfo {
                lang: common::lang(*a),
                method: LangMethod::Given,
                confidence: 1.0,
            };
            let doc = article.into_document("fuzz", info);
            for o in &doc.origins {
                assert!(o.range.start <= o.range.end && o.range.end <= doc.text.len());
            }
        }
        Loaded::Xliff(file) => {
            let units = file.units.len();
            let (from, to) = (common::lang(*a), common::lang(*b));
            let Ok(report) =
                mtcheck::check_xliff("fuzz", file, None, Some(from), Some(to), &Options::default())
            else {
                return;
            };
            let out = mtcheck::report::xliff::annotate(&report).expect("an XLIFF report");
            match formats::load_bytes("fuzz-out", out, 1 << 22) {
                Ok(Loaded::Xliff(back)) => assert_eq!(back.units.len(), units),
                other => panic!("annotated XLIFF does not read back: {other:?}"),
            }
        }
    }
});
