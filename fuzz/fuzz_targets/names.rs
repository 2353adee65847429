//! Name extraction per language, judged against another language, on every
//! paragraph of a document built from the fuzzer's text.
#![no_main]

use libfuzzer_sys::fuzz_target;
mod common;

fuzz_target!(init: common::warm_up(), |data: &[u8]| {
    let [a, b, rest @ ..] = data else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    if mtcheck::document::check_text("fuzz", text).is_err() {
        return;
    }
    let doc = common::document(text, common::lang(*a), common::mode(*b));
    for p in &doc.paragraphs {
        let _ = mtcheck::names::extract(&doc, p, common::lang(*b >> 2), None);
    }
});
