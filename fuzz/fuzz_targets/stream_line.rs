//! `mtcheck stream` on the fuzzer's bytes: however malformed, every input
//! line gets exactly one output line, and each is JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;
mod common;

fuzz_target!(init: common::warm_up(), |data: &[u8]| {
    let mut out = Vec::new();
    let opts = mtcheck::Options::default();
    let stats = mtcheck::stream::run(data, &mut out, &opts, 1 << 20).expect("in-memory stream");
    let lines = out.split(|&b| b == b'\n').filter(|l| !l.is_empty()).count();
    assert_eq!(lines, stats.lines);
    for line in out.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
        serde_json::from_slice::<serde_json::Value>(line).expect("a JSON record");
    }
});
