//! Diagnostic: the number mentions mtcheck reads in a text of one language,
//! with their kind, readings, unit (and the unit a rate is per), scale and strength.
//! `cargo run --release --example numbers -- es "a las 4 horas, 38 minutos"`
use mtcheck::lang::Lang;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(lang), Some(text)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: numbers LANG TEXT");
        std::process::exit(2)
    };
    let lang: Lang = lang.parse().unwrap_or_else(|_| {
        eprintln!("unknown language {lang}");
        std::process::exit(2)
    });
    for m in mtcheck::numbers::extract(text, lang) {
        println!(
            "{:?} {:?} {:?} unit={:?}{} scale={:?} {:?}",
            &text[m.range.clone()],
            m.kind,
            m.readings,
            m.unit,
            m.per.map(|p| format!(" per={p}")).unwrap_or_default(),
            m.scale,
            m.strength
        );
    }
}
