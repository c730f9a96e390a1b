//! Reading, analysis and extraction of arbitrary bytes, as a `.txt` file, as
//! markdown with front matter, and as JSONL (raw, or one record whose
//! fields the fuzzer writes). See `harness::check_extract` for what must hold.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    parley_fuzz::harness::check_extract(data);
});
