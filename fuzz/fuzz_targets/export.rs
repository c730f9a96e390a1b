//! The RDF mapping and every export of the facts read from arbitrary bytes:
//! each RDF format parsed back with Oxigraph's parsers gives the stored
//! quads, the facts TSV and JSONL keep their shape, and DOT its quoting.
//! See `harness::check_export` for what must hold.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    parley_fuzz::harness::check_export(data);
});
