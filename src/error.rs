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
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
