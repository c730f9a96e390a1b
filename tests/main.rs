//! The single integration-test binary (one link, one run): each module
//! tests one area through the `parley` binary or the library's public API.

mod common;
mod dot;
mod eval;
mod export;
mod facts;
mod input;
mod nlp;
mod push;
mod quality;
mod query;
mod scale;
mod serve;
mod spark;
mod store;
mod stream;
mod tools;
