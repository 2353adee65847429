//! Number extraction per language: any text, any supported language.
#![no_main]

use libfuzzer_sys::fuzz_target;
mod common;

fuzz_target!(init: common::warm_up(), |data: &[u8]| {
    let Some((&head, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let _ = mtcheck::numbers::extract::extract(text, common::lang(head));
});
