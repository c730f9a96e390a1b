//! The single integration-test binary (one link, one run): each module
//! tests one area through the `parley` binary or the library's public API.

mod awkward;
mod common;
mod dot;
mod eval;
mod export;
mod facts;
mod fuzz;
mod graph;
mod identity;
mod input;
mod network;
mod nlp;
mod push;
mod quality;
mod query;
mod report;
mod scale;
mod serve;
mod shacl;
mod spark;
mod store;
mod store_folder;
mod stream;
mod tools;
