//! `residue`: page furniture scraped along with the article — buttons, labels,
//! bylines, reading times, promotions, asset names and tag lists.

use super::{Check, CheckDoc, Context, FindingKind, PairView};
use crate::config::Config;
use crate::document::Document;
use crate::finding::{Finding, Severity};
use crate::lang::Lang;
use regex::Regex;
use std::sync::OnceLock;

pub static DOC: CheckDoc = CheckDoc {
    id: "residue",
    kinds: &[
        FindingKind {
            id: "furniture",
            doc: "page furniture: share buttons, cookie notices, navigation",
        },
        FindingKind {
            id: "related-link",
            doc: "a link to another article (Read more: …)",
        },
        FindingKind {
            id: "promo",
            doc: "a promotion or subscription call",
        },
        FindingKind {
            id: "byline",
            doc: "a byline or photo credit line",
        },
        FindingKind {
            id: "asset-name",
            doc: "an image or file name left in the text",
        },
        FindingKind {
            id: "reading-time",
            doc: "a reading-time note",
        },
        FindingKind {
            id: "tag-list",
            doc: "an entry of the page's tag list",
        },
        FindingKind {
            id: "custom",
            doc: "a paragraph matched by a configured residue pattern",
        },
    ],
    summary: "page furniture (buttons, labels, bylines, promotions, asset names) left in the article text",
    body: "\
**What it catches.** Paragraphs that are not article text but parts of the web page the
article was scraped from: `Follow`, `Advertising`, `Read more`, `Newsletter`, `I subscribe`,
`Text by: RFI`, `2 min`, `google-play-badge_FR`, newsletter and app promotions, and the tag
list at the end of a page (`• Israel`, `• France`, …). Patterns exist for English, French,
Spanish, German, Italian, Portuguese and Dutch; `mtcheck.toml` adds more per language
(`[residue] en = [\"^Sponsored$\"]`).

**Why it matters.** Published, they make the article look broken; they also inflate the
text a translator or a machine has to process.

**Example.** Target paragraph `Advertising` between two paragraphs of the story.

**Known false positives.** A one-word paragraph that is really a subheading identical to a
label (`Newsletter` as the title of a section about newsletters). Findings are minor: they
lower the score but do not block publication on their own.",
};

struct Pattern {
    kind: &'static str,
    what: &'static str,
    re: Regex,
}

/// (language or "any", kind, description, pattern). Patterns are matched,
/// case-insensitively, against a whole paragraph with its spaces collapsed.
const TABLE: &[(&str, &str, &str, &str)] = &[
    // Buttons and labels.
    (
        "en",
        "furniture",
        "a page label",
        r"(?:follow(?: us)?|advertising|advertisement|sponsored|read (?:more|also)|see also|related|newsletter|i subscribe|subscribe|sign up|share(?: this article)?|tweet|print|comments?|listen(?: to this article)?|watch|play|menu|home|back to top|download|more on this (?:topic|story))",
    ),
    (
        "fr",
        "furniture",
        "a page label",
        r"(?:suivre|suivez[- ]nous|publicité|lire (?:aussi|la suite|plus)|à lire aussi|voir aussi|newsletter|je m'abonne|s'abonner|abonnez-vous|partager|imprimer|commentaires?|écouter|regarder|télécharger|menu|accueil|retour en haut)",
    ),
    (
        "es",
        "furniture",
        "a page label",
        r"(?:seguir|síguenos|publicidad|leer (?:más|también)|lea también|ver también|boletín|newsletter|me suscribo|suscribirse|suscríbete|compartir|imprimir|comentarios?|escuchar|ver|descargar|menú|inicio|volver arriba)",
    ),
    (
        "de",
        "furniture",
        "a page label",
        r"(?:folgen|anzeige|werbung|weiterlesen|mehr (?:dazu|zum thema)|lesen sie auch|auch interessant|newsletter|abonnieren|jetzt abonnieren|teilen|drucken|kommentare?|anhören|herunterladen|menü|startseite|nach oben)",
    ),
    (
        "it",
        "furniture",
        "a page label",
        r"(?:segui(?:ci)?|pubblicità|leggi (?:anche|di più)|vedi anche|newsletter|mi iscrivo|iscriviti|abbonati|condividi|stampa|commenti|ascolta|scarica|menu|torna su)",
    ),
    (
        "pt",
        "furniture",
        "a page label",
        r"(?:seguir|siga-nos|publicidade|leia (?:mais|também)|veja também|newsletter|assinar|inscreva-se|eu assino|compartilhar|partilhar|imprimir|comentários?|ouvir|baixar|descarregar|menu|início|voltar ao topo)",
    ),
    (
        "nl",
        "furniture",
        "a page label",
        r"(?:volgen|advertentie|lees (?:meer|ook)|nieuwsbrief|abonneren|delen|afdrukken|reacties|luisteren|downloaden|menu)",
    ),
    // Links to related articles: "Read more: <headline>".
    (
        "en",
        "related-link",
        "a link to another article",
        r"(?:read (?:more|also)|see also|also read|related(?: article)?|more on this story) ?: .+",
    ),
    (
        "fr",
        "related-link",
        "a link to another article",
        r"(?:lire (?:aussi|également)|à lire aussi|voir aussi) ?: .+",
    ),
    (
        "es",
        "related-link",
        "a link to another article",
        r"(?:leer (?:más|también)|lea también|ver también|le puede interesar) ?: .+",
    ),
    (
        "de",
        "related-link",
        "a link to another article",
        r"(?:weiterlesen|lesen sie auch|mehr zum thema|auch interessant) ?: .+",
    ),
    (
        "it",
        "related-link",
        "a link to another article",
        r"(?:leggi anche|vedi anche|approfondisci) ?: .+",
    ),
    (
        "pt",
        "related-link",
        "a link to another article",
        r"(?:leia (?:também|mais)|veja também|saiba mais) ?: .+",
    ),
    (
        "nl",
        "related-link",
        "a link to another article",
        r"(?:lees (?:ook|meer)|zie ook) ?: .+",
    ),
    // Bylines that are page metadata rather than part of the story.
    (
        "en",
        "byline",
        "a byline",
        r"(?:text|words|photos?) by ?: .+",
    ),
    ("fr", "byline", "a byline", r"(?:texte|photos?) par ?: .+"),
    (
        "es",
        "byline",
        "a byline",
        r"(?:texto|fotos?) (?:por|de) ?: .+",
    ),
    ("de", "byline", "a byline", r"(?:text|fotos?) von ?: .+"),
    ("it", "byline", "a byline", r"(?:testo|foto) di ?: .+"),
    (
        "pt",
        "byline",
        "a byline",
        r"(?:texto|fotos?) (?:por|de) ?: .+",
    ),
    // Reading and listening times: "2 min", "3 min read", "Lecture : 2 min".
    (
        "any",
        "reading-time",
        "a reading time",
        r"(?:[^\s\d:]+ ?:? )?\d{1,2} ?min(?:\.|utes?|utos?|uten)?(?: (?:read|de lecture|de lectura|lesezeit|di lettura|de leitura))?",
    ),
    // Newsletter and app promotions.
    (
        "en",
        "promo",
        "a promotion",
        r".*(?:directly in your (?:mail|in)box|by downloading the .+ app(?:lication)?|download (?:our|the) .+ app(?:lication)?|sign up for our newsletter).*",
    ),
    (
        "fr",
        "promo",
        "a promotion",
        r".*(?:directement dans votre (?:boîte mail|messagerie)|en téléchargeant l'application .+|téléchargez l'application .+|inscrivez-vous à (?:notre|la) .+).*",
    ),
    (
        "es",
        "promo",
        "a promotion",
        r".*(?:directamente en su (?:buzón|correo)|descargando la aplicación (?:de )?.+|descargue la aplicación .+|suscríbase a (?:nuestro|el) .+).*",
    ),
    (
        "de",
        "promo",
        "a promotion",
        r".*(?:direkt in (?:ihr|dein) postfach|laden sie (?:die|unsere) .+app\b.+|melden sie sich für .+ an).*",
    ),
    (
        "it",
        "promo",
        "a promotion",
        r".*(?:direttamente nella (?:tua|sua) casella|scaricando l'app(?:licazione)? .+|iscriviti alla (?:nostra )?newsletter).*",
    ),
    (
        "pt",
        "promo",
        "a promotion",
        r".*(?:diretamente (?:no|na) (?:seu|sua) (?:e-mail|caixa)|baixando o aplicativo .+|descarregando a aplicação .+|assine (?:a|nossa) newsletter).*",
    ),
    // Image and badge file names: "google-play-badge_FR", "app_store_badge.png".
    (
        "any",
        "asset-name",
        "an image or asset name",
        r"[^\s_]+(?:_[^\s_]+)+|[^\s]+\.(?:png|jpe?g|gif|svg|webp)",
    ),
];

/// The patterns for one language (`None`: those for any language), compiled on
/// first use: a run compiles only the languages it meets, which keeps start-up
/// short for a single-article gate.
fn compiled(lang: Option<Lang>) -> &'static [Pattern] {
    static CELLS: [OnceLock<Vec<Pattern>>; Lang::ALL.len() + 1] =
        [const { OnceLock::new() }; Lang::ALL.len() + 1];
    let (slot, code) = match lang {
        Some(l) => (
            Lang::ALL.iter().position(|&x| x == l).unwrap_or(0),
            l.code(),
        ),
        None => (Lang::ALL.len(), "any"),
    };
    CELLS[slot].get_or_init(|| {
        TABLE
            .iter()
            .filter(|(l, ..)| *l == code)
            .map(|&(_, kind, what, re)| {
                let re = Regex::new(&format!("(?i)^(?:{re})$")).expect("residue pattern compiles");
                Pattern { kind, what, re }
            })
            .collect()
    })
}

/// Page furniture is short: a label, a headline link, a one-line promotion.
/// Longer paragraphs are article text whatever words they contain.
const MAX_FURNITURE_CHARS: usize = 200;

/// A paragraph's text with bullets stripped and runs of (Unicode) spaces made
/// one ASCII space, as the patterns expect.
fn normalised(text: &str) -> String {
    let t = text.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '•' | '·' | '-' | '*' | '▪' | '►')
    });
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What kind of furniture a paragraph is, if any: (kind, description).
pub fn classify(text: &str, lang: Lang, config: &Config) -> Option<(&'static str, String)> {
    let norm = normalised(text);
    if norm.is_empty() || norm.chars().count() > MAX_FURNITURE_CHARS {
        return None;
    }
    for p in compiled(None).iter().chain(compiled(Some(lang))) {
        if p.re.is_match(&norm) {
            return Some((p.kind, p.what.to_string()));
        }
    }
    for (l, re) in config.residue_patterns() {
        if (l == "any" || l == lang.code()) && re.is_match(&norm) {
            return Some((
                "custom",
                format!("matches the configured pattern {:?}", re.as_str()),
            ));
        }
    }
    None
}

pub fn is_furniture(text: &str, lang: Lang, config: &Config) -> bool {
    classify(text, lang, config).is_some()
}

/// Paragraphs of at most this many words behind a bullet, in a run of at least
/// `TAG_RUN` such paragraphs, are the page's tag list.
const TAG_WORDS: usize = 3;
const TAG_RUN: usize = 3;

fn is_tag_line(doc: &Document, i: usize) -> bool {
    let p = &doc.paragraphs[i];
    let text = doc.para_text(i).trim_start();
    text.starts_with(['•', '▪', '·'])
        && p.word_count() <= TAG_WORDS
        && !text.trim_end().ends_with(['.', '!', '?', ':'])
}

fn in_tag_run(doc: &Document, i: usize) -> bool {
    if !is_tag_line(doc, i) {
        return false;
    }
    let mut lo = i;
    while lo > 0 && is_tag_line(doc, lo - 1) {
        lo -= 1;
    }
    let mut hi = i;
    while hi + 1 < doc.paragraphs.len() && is_tag_line(doc, hi + 1) {
        hi += 1;
    }
    hi - lo + 1 >= TAG_RUN
}

pub struct Residue;

impl Residue {
    pub fn new() -> Residue {
        Residue
    }
}

impl Default for Residue {
    fn default() -> Self {
        Residue::new()
    }
}

impl Check for Residue {
    fn doc(&self) -> &'static CheckDoc {
        &DOC
    }

    fn check(&self, pair: &PairView, cx: &Context) -> Vec<Finding> {
        let mut out = Vec::new();
        for &i in &pair.pair().target {
            let para = &pair.target.paragraphs[i];
            let text = pair.target.para_text(i);
            let found = classify(text, cx.target_lang, cx.config).or_else(|| {
                in_tag_run(pair.target, i)
                    .then(|| ("tag-list", "an entry of the page's tag list".to_string()))
            });
            if let Some((kind, what)) = found {
                out.push(
                    Finding::new(
                        DOC.id,
                        kind,
                        Severity::Minor,
                        format!("page furniture, not article text: {what}"),
                    )
                    .confidence(0.9)
                    .target(pair.target.span(para.range())),
                );
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str, lang: Lang) -> Option<&'static str> {
        classify(text, lang, &Config::default()).map(|(k, _)| k)
    }

    #[test]
    fn flags_labels_bylines_times_promos_and_assets() {
        assert_eq!(kind("Follow", Lang::En), Some("furniture"));
        assert_eq!(kind("Read more", Lang::En), Some("furniture"));
        assert_eq!(kind("Leer más", Lang::Es), Some("furniture"));
        assert_eq!(kind("Text by: RFI Follow", Lang::En), Some("byline"));
        assert_eq!(kind("2 min", Lang::En), Some("reading-time"));
        assert_eq!(
            kind(
                "Weiterlesen: Wie die Krise der Autoindustrie den Süden trifft",
                Lang::De
            ),
            Some("related-link")
        );
        assert_eq!(kind("google-play-badge_FR", Lang::En), Some("asset-name"));
        assert_eq!(
            kind(
                "Follow all the international news by downloading the RFI application",
                Lang::En
            ),
            Some("promo")
        );
        assert_eq!(
            kind(
                "Receive all international news directly in your mailbox",
                Lang::En
            ),
            Some("promo")
        );
    }

    #[test]
    fn leaves_article_text_alone() {
        for text in [
            "Untouchables",
            "Michel Paul",
            "With our correspondent in Jerusalem,",
            "The talks lasted 2 minutes longer than planned.",
            "Follow the money, the minister said.",
            "Joel Saget AFP / Archivos",
            "NSO markets the software but explains that it does not use it.",
        ] {
            assert_eq!(kind(text, Lang::En), None, "{text}");
        }
    }
}
