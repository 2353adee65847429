//! `mtcheck.toml`: keep-as-is terms, a glossary of names, extra residue patterns,
//! per-check enablement and severity, and gate thresholds. Layered: defaults <
//! file < command line. Unknown keys and unknown check ids are errors that name
//! the key.

use crate::error::{Error, Result};
use crate::finding::Severity;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The name of the file looked up in the working directory.
pub const FILE_NAME: &str = "mtcheck.toml";

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Terms that are correct when left as they are in the source language
    /// (brands, institutions, titles of works).
    #[serde(default)]
    pub keep: Vec<String>,
    /// Name in the source → accepted forms in the target.
    #[serde(default)]
    pub glossary: BTreeMap<String, Vec<String>>,
    /// Extra residue patterns (regular expressions matched against a whole
    /// paragraph), per target language code, or `any`.
    #[serde(default)]
    pub residue: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub checks: BTreeMap<String, CheckSettings>,
    #[serde(default)]
    pub thresholds: Thresholds,
    /// The folder of FreeDict dictionaries in dictd format (`freedict-eng-deu.index`
    /// and `.dict.dz`), read at run time for cross-lingual evidence; an empty
    /// string turns them off. Default: `MTCHECK_DICT_DIR`, else `/usr/share/dictd`.
    pub dictionaries: Option<PathBuf>,
    /// The folder of Hunspell dictionaries (`cs_CZ.aff` and `.dic`), read at run
    /// time to tell a language's common words from its names by how it writes
    /// them; an empty string turns them off. Default: `MTCHECK_SPELLING_DIR`,
    /// else `/usr/share/hunspell`.
    pub spelling: Option<PathBuf>,
    /// How paragraphs are found in a text: `auto` (the default: blank lines,
    /// or one per line when the text has none), `blank` or `line`.
    #[serde(default)]
    pub paragraphs: crate::document::ParagraphMode,
    /// `residue`, compiled once when the file is parsed.
    #[serde(skip)]
    residue_compiled: Vec<(String, regex::Regex)>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CheckSettings {
    /// `false` turns the check off.
    pub enabled: Option<bool>,
    /// Every finding of the check gets this severity.
    pub severity: Option<Severity>,
}

/// The gate. Defaults are documented in the README ("Scoring").
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Thresholds {
    /// An aligned paragraph scoring below this fails the article.
    #[serde(default = "default_paragraph")]
    pub paragraph: f64,
    /// An article scoring below this fails.
    #[serde(default = "default_article")]
    pub article: f64,
    /// Whether one critical finding fails the article on its own.
    #[serde(default = "default_true")]
    pub fail_on_critical: bool,
}

/// A paragraph below 60 has, for example, one major error at full confidence in
/// fewer than 13 words, or an untranslated paragraph: an editor must look.
pub const DEFAULT_PARAGRAPH_THRESHOLD: f64 = 60.0;
/// An article below 95 has more than one major error per 100 words (or a
/// critical one per 200): WMT's MQM studies score good human news translation
/// above that, and a newsroom publishes nothing worse. Minor findings alone
/// (page furniture) rarely reach it.
pub const DEFAULT_ARTICLE_THRESHOLD: f64 = 95.0;

fn default_paragraph() -> f64 {
    DEFAULT_PARAGRAPH_THRESHOLD
}
fn default_article() -> f64 {
    DEFAULT_ARTICLE_THRESHOLD
}
fn default_true() -> bool {
    true
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            paragraph: DEFAULT_PARAGRAPH_THRESHOLD,
            article: DEFAULT_ARTICLE_THRESHOLD,
            fail_on_critical: true,
        }
    }
}

/// A folder of data read at run time: the configuration's setting, else the
/// environment variable `env`, else the system folder; `None` when the one
/// that applies is empty (turned off).
fn run_time_dir(setting: &Option<PathBuf>, env: &str, system: &str) -> Option<PathBuf> {
    let dir = match setting {
        Some(d) => d.clone(),
        None => std::env::var_os(env)
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(system)),
    };
    (!dir.as_os_str().is_empty()).then_some(dir)
}

impl Config {
    /// The folder dictionaries are read from (see [`Config::dictionaries`]);
    /// `None` when they are turned off.
    pub fn dictionary_dir(&self) -> Option<PathBuf> {
        run_time_dir(
            &self.dictionaries,
            "MTCHECK_DICT_DIR",
            crate::links::dict::SYSTEM_DIR,
        )
    }

    /// The folder spelling dictionaries are read from (see
    /// [`Config::spelling`]); `None` when they are turned off.
    pub fn spelling_dir(&self) -> Option<PathBuf> {
        run_time_dir(
            &self.spelling,
            "MTCHECK_SPELLING_DIR",
            crate::lang::spelling::SYSTEM_DIR,
        )
    }

    /// The spelling dictionary of `lang`, when there is one.
    pub fn speller(
        &self,
        lang: crate::lang::Lang,
    ) -> Option<&'static crate::lang::spelling::Speller> {
        crate::lang::spelling::get(&self.spelling_dir()?, lang)
    }

    /// Parse and validate a configuration; `input` names it in errors.
    pub fn parse(input: &str, text: &str) -> Result<Config> {
        let mut config: Config = toml::from_str(text).map_err(|e| Error::Config {
            input: input.to_string(),
            message: e.message().to_string() + &location(text, e.span()),
        })?;
        config.validate(input)?;
        // Compiled as they are used, case-insensitive: `(?i)` can push a
        // pattern that compiles alone over the regex size limit, so this is
        // where a bad pattern is found, not only in `validate`.
        let mut compiled = Vec::new();
        for (lang, p) in config
            .residue
            .iter()
            .flat_map(|(lang, ps)| ps.iter().map(move |p| (lang, p)))
        {
            let re = regex::Regex::new(&format!("(?i){p}")).map_err(|e| Error::Config {
                input: input.to_string(),
                message: format!("`residue.{lang}`: bad pattern {p:?}: {e}"),
            })?;
            compiled.push((lang.clone(), re));
        }
        config.residue_compiled = compiled;
        Ok(config)
    }

    pub fn load(path: &Path) -> Result<Config> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Config::parse(&path.display().to_string(), &text)
    }

    fn validate(&self, input: &str) -> Result<()> {
        let err = |message: String| Error::Config {
            input: input.to_string(),
            message,
        };
        let known = crate::checks::ids();
        for id in self.checks.keys() {
            if !known.contains(&id.as_str()) {
                return Err(err(format!(
                    "unknown check id `checks.{id}` (known: {})",
                    known.join(", ")
                )));
            }
        }
        for (lang, patterns) in &self.residue {
            if lang != "any" {
                lang.parse::<crate::lang::Lang>()
                    .map_err(|e| err(format!("`residue.{lang}`: {e}")))?;
            }
            for p in patterns {
                regex::Regex::new(p)
                    .map_err(|e| err(format!("`residue.{lang}`: bad pattern {p:?}: {e}")))?;
            }
        }
        for (name, value) in [
            ("thresholds.paragraph", self.thresholds.paragraph),
            ("thresholds.article", self.thresholds.article),
        ] {
            if !(0.0..=100.0).contains(&value) {
                return Err(err(format!(
                    "`{name}` must be between 0 and 100, got {value}"
                )));
            }
        }
        Ok(())
    }

    /// The configured residue patterns: (language code or `any`, pattern).
    pub fn residue_patterns(&self) -> impl Iterator<Item = (&str, &regex::Regex)> {
        self.residue_compiled.iter().map(|(l, r)| (l.as_str(), r))
    }

    pub fn enabled(&self, id: &str) -> bool {
        self.checks.get(id).and_then(|c| c.enabled).unwrap_or(true)
    }

    pub fn severity_override(&self, id: &str) -> Option<Severity> {
        self.checks.get(id).and_then(|c| c.severity)
    }

    /// Whether a term (case-sensitive, as written) is on the keep-as-is list.
    pub fn keeps(&self, term: &str) -> bool {
        self.keep.iter().any(|k| k == term)
    }
}

fn location(text: &str, span: Option<std::ops::Range<usize>>) -> String {
    match span {
        Some(r) => {
            let line = text[..r.start.min(text.len())].matches('\n').count() + 1;
            format!(" (line {line})")
        }
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_unknown_keys_naming_them() {
        let e = Config::parse("m.toml", "kep = [\"x\"]")
            .unwrap_err()
            .to_string();
        assert!(e.contains("kep"), "{e}");
        let e = Config::parse("m.toml", "[checks.untranslatd]\nenabled = false")
            .unwrap_err()
            .to_string();
        assert!(e.contains("checks.untranslatd"), "{e}");
        let e = Config::parse("m.toml", "[thresholds]\nartcle = 3")
            .unwrap_err()
            .to_string();
        assert!(e.contains("artcle"), "{e}");
    }

    #[test]
    fn a_residue_pattern_over_the_size_limit_is_an_error_naming_the_key() {
        let pattern = "\\\\w{1,100}".repeat(40);
        let e = Config::parse("m.toml", &format!("[residue]\nen = [\"{pattern}\"]"));
        assert!(e.is_err());
        let e = e.unwrap_err().to_string();
        assert!(e.contains("residue.en"), "{e}");
    }

    #[test]
    fn reads_a_complete_file() {
        let c = Config::parse(
            "m.toml",
            r#"
keep = ["Walla News", "Bundestag"]
[glossary]
"Le Drian" = ["Le Drian"]
[residue]
en = ["^Sponsored content$"]
[checks.garbled]
enabled = false
[checks.residue]
severity = "major"
[thresholds]
paragraph = 50
article = 95
"#,
        )
        .unwrap();
        assert!(c.keeps("Bundestag"));
        assert!(!c.enabled("garbled"));
        assert_eq!(c.severity_override("residue"), Some(Severity::Major));
        assert_eq!(c.thresholds.article, 95.0);
        assert!(c.thresholds.fail_on_critical);
    }
}
