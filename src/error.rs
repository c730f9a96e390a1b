//! The library's error type.

use std::path::PathBuf;

/// Everything that can go wrong outside the pure core.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Input { path: String, message: String },
    #[error(transparent)]
    Lexicon(#[from] crate::lexicon::LexiconError),
    #[error("store {path}: {message}")]
    Store { path: String, message: String },
    #[error("{0}")]
    Query(String),
    #[error("{path}: {message}")]
    Gold { path: String, message: String },
    #[error("{0}")]
    Output(String),
    /// A `--base` (or `PARLEY_BASE`) that cannot be the namespace of data IRIs.
    #[error("base {base:?}: {message}")]
    Base { base: String, message: String },
    /// A file or record with no text: reported as a warning, the run goes on.
    #[error("{path}: is empty, skipped")]
    EmptyInput { path: String },
    /// A file holding NUL bytes, which no article has.
    #[error("{path}: looks binary (NUL byte at offset {offset}), skipped")]
    BinaryInput { path: String, offset: usize },
    /// A file that is not UTF-8; `offset` is the byte offset of the first invalid byte.
    #[error("{path}: not valid UTF-8 at byte offset {offset}, skipped (convert it with `iconv -t UTF-8`)")]
    NotUtf8 { path: String, offset: usize },
    /// One bad line of a JSONL corpus; the rest of the file is still read.
    #[error("{path}:{line}: {message}")]
    JsonLine {
        path: String,
        line: usize,
        message: String,
    },
}

impl Error {
    /// Whether the problem is only worth a warning (nothing of value was lost).
    pub fn is_warning(&self) -> bool {
        matches!(self, Error::EmptyInput { .. })
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
