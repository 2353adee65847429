//! Bytes in: validation (UTF-8, binary, empty), then normalising and
//! segmenting into paragraphs, sentences and tokens, and a span for each
//! token. Every span must lie on character boundaries inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
mod common;

fuzz_target!(init: common::warm_up(), |data: &[u8]| {
    let Some((&head, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = mtcheck::document::decode("fuzz", rest.to_vec(), 1 << 20) else {
        return;
    };
    let doc = common::document(&text, common::lang(head), common::mode(head >> 5));
    for p in &doc.paragraphs {
        assert!(p.start <= p.end && p.end <= doc.text.len());
        for s in &p.sentences {
            assert!(p.start <= s.start && s.end <= p.end);
            let _ = doc.slice(s.clone());
        }
        for t in &p.tokens {
            let span = doc.span(t.range());
            assert!(span.line >= p.lines.0 && span.line <= p.lines.1);
        }
    }
});
