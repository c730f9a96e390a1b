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
    /// A second article with an id already read in this run and a different
    /// text: it is skipped, so two articles never merge into one graph.
    #[error("{path}: article id `{id}` is already taken in this run by {first}, which holds a different text; skipped (give one of them another `id` in its front matter or record)")]
    DuplicateId {
        path: String,
        id: String,
        first: String,
    },
    /// The same article (same id, same text) read a second time: passed on once.
    #[error("{path}: article `{id}` was read already from {first}, with the same text; read once")]
    ReadTwice {
        path: String,
        id: String,
        first: String,
    },
    /// Characters the store cannot carry were replaced when the article was read.
    #[error("{path}: {message}")]
    Replaced { path: String, message: String },
}

impl Error {
    /// Whether the problem is only worth a warning (nothing of value was lost).
    pub fn is_warning(&self) -> bool {
        matches!(
            self,
            Error::EmptyInput { .. } | Error::ReadTwice { .. } | Error::Replaced { .. }
        )
    }

    /// A short name for the kind of problem, for summaries of long runs
    /// ("3 × empty input").
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Io { .. } => "unreadable input",
            Error::Input { .. } => "bad input",
            Error::Lexicon(_) => "bad lexicon",
            Error::Store { .. } => "store error",
            Error::Query(_) => "query error",
            Error::Gold { .. } => "bad gold file",
            Error::Output(_) => "output error",
            Error::Base { .. } => "bad base IRI",
            Error::EmptyInput { .. } => "empty input skipped",
            Error::BinaryInput { .. } => "binary input skipped",
            Error::NotUtf8 { .. } => "input not UTF-8 skipped",
            Error::JsonLine { .. } => "bad JSONL line skipped",
            Error::DuplicateId { .. } => "article id taken by another article",
            Error::ReadTwice { .. } => "article read twice",
            Error::Replaced { .. } => "characters XML cannot carry replaced",
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
