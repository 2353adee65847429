//! The full check of a pair: source and target split at the first NUL byte,
//! languages and the paragraph rule from the first bytes; then every report
//! format renders the result.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mtcheck::report::{Format, Report};
use mtcheck::{Input, Options};
mod common;

fuzz_target!(init: common::warm_up(), |data: &[u8]| {
    let [a, b, c, rest @ ..] = data else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let (src, tgt) = text.split_once('\0').unwrap_or((text, text));
    let input = |name: &str, text: &str, lang| Input {
        name: name.to_string(),
        path: None,
        text: text.to_string(),
        lang: Some(lang),
    };
    let mut opts = Options::default();
    opts.config.paragraphs = common::mode(*c);
    let Ok(doc) = mtcheck::check_pair(
        "fuzz",
        input("s", src, common::lang(*a)),
        input("t", tgt, common::lang(*b)),
        &opts,
    ) else {
        return;
    };
    let report = Report::new(vec![doc], 0);
    for format in [
        Format::Human,
        Format::Json,
        Format::Html,
        Format::Markdown,
        Format::Junit,
    ] {
        let mut out = Vec::new();
        format
            .reporter(false, opts.config.thresholds)
            .render(&report, &mut out)
            .expect("rendering into memory cannot fail");
    }
});
