//! The fuzz targets' checks, shared with the regression test of the main
//! test suite (`tests/fuzz.rs` includes [`harness`] by path), so a crash
//! input found here is replayed there with the same oracle on stable Rust.

pub mod harness;
