//! Builds the word-frequency lexicons in `corpora/lexicons/` into `fst` maps in
//! `OUT_DIR`, which `src/lang/lexicon.rs` includes with `include_bytes!`: the
//! lists cost nothing to load at start-up and nothing is read at run time.
//!
//! Input: one `<lang>.tsv.gz` per language, written by `scripts/wordfreq_export.py
//! --format bucket`: a `# wordfreq=… min_zipf=…` header line, then one line per
//! frequency bin, `<zipf × 100>\t<word> <word> …`. Output: `lexicon-<lang>.fst`
//! (word → zipf × 100) and `lexicons.rs`, the table of languages.
//!
//! It also compiles the per-language tables of `data/lang/<code>/` (see
//! `data/lang/README.md`) into `lang_data.rs`: each file states its language,
//! which must be its folder's, so that no table can be filed under another
//! language.

use std::error::Error;
use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

const LEXICON_DIR: &str = "corpora/lexicons";
const LANG_DATA_DIR: &str = "data/lang";

/// A letter is one the language writes when it makes up at least this share of
/// the letters of its running text (each word weighted by its frequency): 1 in
/// 30,000 takes `ü` for Spanish (`pingüino`) and `ë` for French (`Noël`), and
/// leaves out the `é` of English `café` (1 in 50,000); German's `é` is at the
/// edge (1 in 30,000) and comes in.
const LETTER_MIN_SHARE: f64 = 1.0 / 30_000.0;

struct Built {
    lang: String,
    min_zipf_centi: u64,
    words: usize,
    letters: String,
    file: PathBuf,
}

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo:rerun-if-changed={LEXICON_DIR}");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR")?);
    let mut inputs: Vec<PathBuf> = fs::read_dir(LEXICON_DIR)
        .map_err(|e| format!("{LEXICON_DIR}: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".tsv.gz"))
        .collect();
    inputs.sort();
    let mut built = Vec::new();
    for path in &inputs {
        println!("cargo:rerun-if-changed={}", path.display());
        built.push(build_one(path, &out_dir).map_err(|e| format!("{}: {e}", path.display()))?);
    }
    let mut table = String::from(
        "/// (language code, lowest Zipf × 100 in the list, number of words, the letters\n\
         /// the language writes (case-folded), fst map)\n\
         pub(crate) static LEXICON_DATA: &[(&str, u16, usize, &str, &[u8])] = &[\n",
    );
    for b in &built {
        writeln!(
            table,
            "    ({:?}, {}, {}, {:?}, include_bytes!({:?})),",
            b.lang,
            b.min_zipf_centi,
            b.words,
            b.letters,
            b.file.display().to_string()
        )?;
    }
    table.push_str("];\n");
    fs::write(out_dir.join("lexicons.rs"), table)?;
    fs::write(out_dir.join("lang_data.rs"), lang_data()?)?;
    Ok(())
}

/// One language's `abbreviations.txt`: whether ordinals take a full stop, and
/// the abbreviations in matching form (lower case, no spaces).
struct Abbreviations {
    lang: String,
    ordinals_with_full_stop: bool,
    entries: Vec<String>,
}

fn lang_data() -> Result<String, Box<dyn Error>> {
    println!("cargo:rerun-if-changed={LANG_DATA_DIR}");
    let mut dirs: Vec<PathBuf> = fs::read_dir(LANG_DATA_DIR)
        .map_err(|e| format!("{LANG_DATA_DIR}: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let mut tables = Vec::new();
    for dir in &dirs {
        let path = dir.join("abbreviations.txt");
        if !path.exists() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let code = dir
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or("folder name is not UTF-8")?;
        tables.push(
            parse_abbreviations(&path, code).map_err(|e| format!("{}: {e}", path.display()))?,
        );
    }
    let mut out = String::from(
        "/// (language code, ordinals written with a full stop, abbreviations in\n\
         /// matching form: lower case, spaces removed, sorted)\n\
         pub(crate) static ABBREVIATION_DATA: &[(&str, bool, &[&str])] = &[\n",
    );
    for t in &tables {
        writeln!(
            out,
            "    ({:?}, {}, &{:?}),",
            t.lang, t.ordinals_with_full_stop, t.entries
        )?;
    }
    out.push_str("];\n");
    out.push_str(&word_lists(&dirs)?);
    out.push_str(&line_tables(&dirs)?);
    Ok(out)
}

/// The kinds of table a language folder may hold whose lines are kept as
/// written, in order (`<kind>.txt`: a `lang:` line, then the lines; the code
/// that reads a kind parses its lines). A file may start from another
/// language's table of the same kind with `inherit: <code>` (Catalan number
/// words from Spanish).
const LINE_TABLE_KINDS: &[&str] = &[
    "numbers",
    "number-morphemes",
    "ordinal-stems",
    "number-phrases",
    "number-context",
    "number-conventions",
    "numeral-words",
    "months",
    "weekdays",
    "units",
    "kanji-readings",
    "place-names",
    "demonyms",
    "acronyms",
    "features",
    "bodies",
    "terms",
    "name-alternations",
    "respellings",
    "compass-points",
    "name-readings",
    "cyrillic-romanisation",
];

/// Every `data/lang/<code>/<kind>.txt` of `LINE_TABLE_KINDS`, as
/// `LINE_TABLES: &[(code, kind, &[line])]`.
fn line_tables(dirs: &[PathBuf]) -> Result<String, Box<dyn Error>> {
    let mut out = format!(
        "/// The kinds of table whose lines are kept as written.\n\
         pub(crate) const LINE_TABLE_KINDS: &[&str] = &{LINE_TABLE_KINDS:?};\n\
         /// (language code, kind, lines in file order)\n\
         pub(crate) static LINE_TABLES: &[(&str, &str, &[&str])] = &[\n"
    );
    for (code, kind, path) in kind_files(dirs, LINE_TABLE_KINDS)? {
        let mut lines =
            table_lines(&path, &code, kind, 0).map_err(|e| format!("{}: {e}", path.display()))?;
        if NAME_TABLE_KINDS.contains(&kind) {
            let variants = path.with_file_name("spelling-variants.txt");
            if variants.exists() {
                println!("cargo:rerun-if-changed={}", variants.display());
                let pairs = spelling_variants(&variants, &code)
                    .map_err(|e| format!("{}: {e}", variants.display()))?;
                lines = with_spelling_variants(lines, &pairs);
            }
        }
        writeln!(out, "    ({code:?}, {kind:?}, &{lines:?}),")?;
    }
    out.push_str("];\n");
    Ok(out)
}

/// The name tables whose names a language's `spelling-variants.txt` also
/// gives in its other spellings.
const NAME_TABLE_KINDS: &[&str] = &["features", "bodies", "terms"];

/// The pairs of a `spelling-variants.txt` (`organization organisation`: two
/// spellings of one word part the language writes either way).
fn spelling_variants(path: &Path, folder: &str) -> Result<Vec<(String, String)>, Box<dyn Error>> {
    let mut pairs = Vec::new();
    for (n, line) in data_lines(path, folder)? {
        let mut w = line.split_whitespace();
        match (w.next(), w.next(), w.next()) {
            (Some(a), Some(b), None) => pairs.push((a.to_string(), b.to_string())),
            _ => return Err(format!("line {n}: {line:?} is not two spellings").into()),
        }
    }
    Ok(pairs)
}

/// `lines` of a name table, each followed by the same line in the other
/// spelling of every pair whose one spelling it holds ("World Health
/// Organization" and "World Health Organisation"), unless the table gives
/// that line already. A capital opening a spelling is kept.
fn with_spelling_variants(lines: Vec<String>, pairs: &[(String, String)]) -> Vec<String> {
    let mut seen: std::collections::HashSet<String> = lines.iter().cloned().collect();
    let mut out = Vec::new();
    for line in lines {
        let mut extra = Vec::new();
        for (a, b) in pairs {
            for (from, to) in [(a, b), (b, a)] {
                for (f, t) in [
                    (from.clone(), to.clone()),
                    (capitalised(from), capitalised(to)),
                ] {
                    if line.contains(&f) {
                        let v = line.replace(&f, &t);
                        if seen.insert(v.clone()) {
                            extra.push(v);
                        }
                    }
                }
            }
        }
        out.push(line);
        out.extend(extra);
    }
    out
}

/// `word` with its first letter in capitals.
fn capitalised(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
}

/// A table file: (language code, kind, path).
type KindFile = (String, &'static str, PathBuf);

/// The `<dir>/<kind>.txt` files that exist, as (language code, kind, path),
/// folder by folder and kind by kind in the order given.
fn kind_files(dirs: &[PathBuf], kinds: &[&'static str]) -> Result<Vec<KindFile>, Box<dyn Error>> {
    let mut out = Vec::new();
    for dir in dirs {
        let code = dir
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or("folder name is not UTF-8")?;
        for &kind in kinds {
            let path = dir.join(format!("{kind}.txt"));
            if path.exists() {
                out.push((code.to_string(), kind, path));
            }
        }
    }
    Ok(out)
}

/// The lines of one line table, with those of the table it inherits first.
fn table_lines(
    path: &Path,
    folder: &str,
    kind: &str,
    depth: usize,
) -> Result<Vec<String>, Box<dyn Error>> {
    println!("cargo:rerun-if-changed={}", path.display());
    let mut lines = Vec::new();
    for (n, line) in data_lines(path, folder)? {
        match line.strip_prefix("inherit:") {
            Some(from) if depth < 4 => {
                let from = from.trim();
                let parent = Path::new(LANG_DATA_DIR)
                    .join(from)
                    .join(format!("{kind}.txt"));
                if !parent.exists() {
                    return Err(format!("line {n}: no {kind}.txt in {from} to inherit").into());
                }
                lines.extend(table_lines(&parent, from, kind, depth + 1)?);
            }
            Some(_) => return Err(format!("line {n}: inheritance too deep").into()),
            None => lines.push(line),
        }
    }
    Ok(lines)
}

/// The kinds of plain word list a language folder may hold (`<kind>.txt`:
/// a `lang:` line, then one word a line).
const WORD_LIST_KINDS: &[&str] = &[
    "determiners",
    "titles",
    "name-endings",
    "finite-verbs",
    "holidays",
    "adjective-endings",
    "name-particles",
    "sound-characters",
    "compass-prefixes",
    "compass-parts",
    "demonym-endings",
    "saints",
    "noun-openers",
    "name-links",
    "noun-suffixes",
    "street-endings",
    "name-compound-endings",
    "name-adjective-endings",
    "capitalised-adjective-endings",
    "noun-followers",
    "person-endings",
    "derived-endings",
    "verb-nouns",
    "feature-noun-endings",
    "subject-openers",
    "in-particle-verbs",
    "relative-words",
    "parentheticals",
    "degree-adverbs",
    "word-prefixes",
    "compass-nouns",
    "place-classifiers",
    "subordinators",
    "home-countries",
    "connectives",
    "grammatical-doubles",
    "gloss-openers",
];

/// Every `data/lang/<code>/<kind>.txt` word list, as
/// `WORD_LISTS: &[(code, kind, &[word])]` with the words lower-cased and sorted.
fn word_lists(dirs: &[PathBuf]) -> Result<String, Box<dyn Error>> {
    let mut out = format!(
        "/// The kinds of word list a language folder may hold.\n\
         pub(crate) const WORD_LIST_KINDS: &[&str] = &{WORD_LIST_KINDS:?};\n\
         /// (language code, kind, words: lower case, sorted)\n\
         pub(crate) static WORD_LISTS: &[(&str, &str, &[&str])] = &[\n"
    );
    for (code, kind, path) in kind_files(dirs, WORD_LIST_KINDS)? {
        println!("cargo:rerun-if-changed={}", path.display());
        let words = parse_word_list(&path, &code, PHRASE_LIST_KINDS.contains(&kind))
            .map_err(|e| format!("{}: {e}", path.display()))?;
        writeln!(out, "    ({code:?}, {kind:?}, &{words:?}),")?;
    }
    out.push_str("];\n");
    Ok(out)
}

/// The lines of a `data/lang/<code>/` file that carry data, with their
/// 1-based numbers: comments and blank lines left out, and the `lang:` line
/// checked against the folder the file is filed under.
fn data_lines(path: &Path, folder: &str) -> Result<Vec<(usize, String)>, Box<dyn Error>> {
    let text = fs::read_to_string(path)?;
    let mut lang = None;
    let mut lines = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.strip_prefix("lang:") {
            Some(v) => lang = Some(v.trim().to_string()),
            None => lines.push((i + 1, line.to_string())),
        }
    }
    let lang = lang.ok_or("no `lang:` line")?;
    if lang != folder {
        return Err(format!("states `lang: {lang}` but is filed under {folder}").into());
    }
    Ok(lines)
}

/// Word lists whose entries may be phrases of several words (written with
/// single spaces between them).
const PHRASE_LIST_KINDS: &[&str] = &["parentheticals"];

fn parse_word_list(
    path: &Path,
    folder: &str,
    phrases: bool,
) -> Result<Vec<String>, Box<dyn Error>> {
    let mut words = Vec::new();
    for (n, line) in data_lines(path, folder)? {
        if !phrases && line.split_whitespace().count() != 1 {
            return Err(format!("line {n}: {line:?} is not one word").into());
        }
        words.push(
            line.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase(),
        );
    }
    words.sort();
    words.dedup();
    Ok(words)
}

fn parse_abbreviations(path: &Path, folder: &str) -> Result<Abbreviations, Box<dyn Error>> {
    let mut ordinals = None;
    let mut entries = Vec::new();
    for (n, line) in data_lines(path, folder)? {
        if let Some(v) = line.strip_prefix("ordinals-with-full-stop:") {
            ordinals = Some(match v.trim() {
                "yes" => true,
                "no" => false,
                other => return Err(format!("line {n}: expected yes or no, got {other:?}").into()),
            });
        } else if line.ends_with('.') && !line.contains(':') {
            let key: String = line.chars().filter(|c| !c.is_whitespace()).collect();
            entries.push(key.to_lowercase());
        } else {
            return Err(format!(
                "line {n}: {line:?} is neither a setting nor an abbreviation ending in a full stop"
            )
            .into());
        }
    }
    let ordinals_with_full_stop = ordinals.ok_or("no `ordinals-with-full-stop:` line")?;
    entries.sort();
    entries.dedup();
    Ok(Abbreviations {
        lang: folder.to_string(),
        ordinals_with_full_stop,
        entries,
    })
}

fn build_one(path: &Path, out_dir: &Path) -> Result<Built, Box<dyn Error>> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or("file name is not UTF-8")?;
    let lang = name.trim_end_matches(".tsv.gz").to_string();
    let mut text = String::new();
    flate2::read::GzDecoder::new(fs::File::open(path)?).read_to_string(&mut text)?;
    let mut lines = text.lines();
    let header = lines.next().ok_or("empty file")?;
    if !header.starts_with("# wordfreq=") || !header.contains("format=bucket") {
        return Err(
            format!("unexpected header {header:?} (expected a bucket-format export)").into(),
        );
    }
    let mut entries: Vec<(&str, u64)> = Vec::new();
    for (i, line) in lines.enumerate() {
        let (zipf, words) = line
            .split_once('\t')
            .ok_or_else(|| format!("line {}: no tab", i + 2))?;
        let zipf: u64 = zipf
            .parse()
            .map_err(|e| format!("line {}: bad zipf {zipf:?}: {e}", i + 2))?;
        entries.extend(
            words
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(|w| (w, zipf)),
        );
    }
    let min_zipf_centi = entries.iter().map(|e| e.1).min().ok_or("no words")?;
    // fst keys must be inserted in byte order, each once; wordfreq lists a word in
    // one bin only, but keep the highest value should an export ever repeat it.
    entries.sort_unstable_by(|a, b| a.0.cmp(b.0).then(b.1.cmp(&a.1)));
    entries.dedup_by(|later, first| later.0 == first.0);
    let mut builder = fst::MapBuilder::memory();
    for (word, zipf) in &entries {
        builder.insert(word, *zipf)?;
    }
    let file = out_dir.join(format!("lexicon-{lang}.fst"));
    fs::write(&file, builder.into_inner()?)?;
    Ok(Built {
        lang,
        min_zipf_centi,
        words: entries.len(),
        letters: letters_written(&entries),
        file,
    })
}

/// The letters that make up at least `LETTER_MIN_SHARE` of the language's running
/// text, in code-point order.
fn letters_written(entries: &[(&str, u64)]) -> String {
    let mut weight: std::collections::BTreeMap<char, f64> = std::collections::BTreeMap::new();
    let mut total = 0.0;
    for (word, zipf) in entries {
        let w = 10f64.powf(*zipf as f64 / 100.0);
        for c in word.chars().filter(|c| c.is_alphabetic()) {
            *weight.entry(c).or_default() += w;
            total += w;
        }
    }
    weight
        .into_iter()
        .filter(|&(_, w)| w >= LETTER_MIN_SHARE * total)
        .map(|(c, _)| c)
        .collect()
}
