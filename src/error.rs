//! The library's typed errors. Each names the input it concerns; the binary adds
//! nothing but the exit code.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{input}: is a directory, expected a text file")]
    IsDirectory { input: String },
    #[error("{input}: invalid UTF-8 at byte offset {offset}")]
    InvalidUtf8 { input: String, offset: usize },
    #[error("{input}: looks like a binary file (NUL byte at offset {offset})")]
    Binary { input: String, offset: usize },
    #[error("{input}: is empty (no text to check)")]
    Empty { input: String },
    #[error("{input}: too large ({size} bytes; the limit is {limit} bytes, set with --max-bytes)")]
    TooLarge {
        input: String,
        size: u64,
        limit: u64,
    },
    #[error("{input}: {message}")]
    Language { input: String, message: String },
    #[error("{input}: {message}")]
    Config { input: String, message: String },
    #[error("{input}:{line}:{column}: {message}")]
    Xml {
        input: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{input}: {message}")]
    Format { input: String, message: String },
    #[error("{0}")]
    Usage(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
