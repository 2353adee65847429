//! Diagnostic: the name phrases mtcheck extracts from a source and a target
//! sentence, with each token's strength, then the name-mismatch findings.
//! `cargo run --release --example names -- de "Senat sagte …" en "The said …"`
use mtcheck::document::Document;
use mtcheck::lang::{Lang, LangInfo, LangMethod};

fn doc(name: &str, lang: &str, text: &str) -> Document {
    let lang: Lang = lang.parse().unwrap_or_else(|_| {
        eprintln!("unknown language {lang}");
        std::process::exit(2)
    });
    let info = LangInfo {
        lang,
        method: LangMethod::Given,
        confidence: 1.0,
    };
    Document::new(name, text.to_string(), info)
}

fn main() {
    let a: Vec<String> = std::env::args().skip(1).collect();
    if a.len() != 4 {
        eprintln!("usage: names SRC_LANG SRC_TEXT TGT_LANG TGT_TEXT");
        std::process::exit(2);
    }
    let src = doc("source", &a[0], &a[1]);
    let tgt = doc("target", &a[2], &a[3]);
    for (d, other) in [(&src, tgt.lang.lang), (&tgt, src.lang.lang)] {
        println!("## {}", d.name);
        for p in &d.paragraphs {
            let config = mtcheck::config::Config::default();
            let speller = config.speller(d.lang.lang);
            for ph in mtcheck::names::extract(d, p, other, speller, config.speller(other)) {
                let toks: Vec<String> = ph
                    .tokens
                    .iter()
                    .map(|t| {
                        format!(
                            "{}:{:?}{}",
                            t.text,
                            t.strength,
                            if t.place.is_some() { "(place)" } else { "" }
                        )
                    })
                    .collect();
                println!(
                    "  {}{}",
                    toks.join(" "),
                    if ph.sentence_initial {
                        "  [initial]"
                    } else {
                        ""
                    }
                );
            }
        }
    }
    let report =
        mtcheck::check_documents("debug", src, tgt, None, None, &mtcheck::Options::default());
    println!("## findings");
    for p in &report.paragraphs {
        for f in &p.findings {
            if f.check == "name-mismatch" {
                println!(
                    "  {} {:?} {} | {:?}",
                    f.kind,
                    f.severity,
                    f.message,
                    f.target.as_ref().map(|t| &t.text)
                );
            }
        }
    }
}
