//! Unit tests of the number reader.

use super::*;

fn values(text: &str, lang: Lang) -> Vec<f64> {
    extract(text, lang)
        .iter()
        .map(|m| m.primary().value)
        .collect()
}

/// The clock and duration readings of every mention, in seconds.
fn time_values(text: &str, lang: Lang) -> Vec<f64> {
    extract(text, lang)
        .iter()
        .flat_map(|m| {
            m.readings
                .iter()
                .filter(|r| r.domain == Domain::Time)
                .map(|r| r.value)
                .collect::<Vec<_>>()
        })
        .collect()
}

fn strong(text: &str, lang: Lang) -> Vec<f64> {
    extract(text, lang)
        .iter()
        .filter(|m| m.strength == Strength::Strong)
        .map(|m| m.primary().value)
        .collect()
}

fn all_readings(text: &str, lang: Lang) -> Vec<f64> {
    extract(text, lang)
        .iter()
        .flat_map(|m| m.readings.iter().map(|r| r.value))
        .collect()
}

mod cjk;
mod digits;
mod scales;
mod times;
mod words;
