//! Replays every input the fuzz targets found a fault with
//! (`tests/fuzz-regressions/TARGET/`), through the very checks the targets
//! make: `fuzz/src/harness.rs` is compiled into this test on stable Rust.
//! A new crash input goes into the folder of its target, named after what
//! it broke, together with its fix.

#[path = "../fuzz/src/harness.rs"]
#[allow(dead_code)]
mod harness;

use std::path::PathBuf;

fn regressions(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz-regressions")
        .join(target);
    let mut inputs: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("list the regression inputs").path())
        // (`.gitkeep` keeps an empty folder in git.)
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .map(|path| {
            let bytes = std::fs::read(&path).expect("read a regression input");
            (path.display().to_string(), bytes)
        })
        .collect();
    inputs.sort();
    inputs
}

/// Runs `check` on each input, naming the input that fails.
fn replay(target: &str, check: fn(&[u8])) {
    for (name, bytes) in regressions(target) {
        if let Err(cause) = std::panic::catch_unwind(|| check(&bytes)) {
            let message = cause
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| cause.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            panic!("{name}: {message}");
        }
    }
}

#[test]
fn extract_regressions_pass() {
    replay("extract", harness::check_extract);
}

#[test]
fn export_regressions_pass() {
    replay("export", harness::check_export);
}

/// The checks can fail: a reading problem must name its file, and the
/// harness turns each layout into the file the reader expects.
#[test]
fn the_harness_reads_each_layout() {
    // A .txt article, a .md article with front matter, raw JSONL, one record.
    let txt = harness::read(b"\x00Oman hosted the talks in Muscat.");
    assert_eq!(txt.len(), 1);
    assert!(txt[0].text.contains("Muscat"));
    let md = harness::read(b"\x01id: a1\ntitle: Talks\n---\nOman hosted the talks.");
    assert_eq!(
        (md[0].id.as_str(), md[0].title.as_deref()),
        ("a1", Some("Talks"))
    );
    let jsonl = harness::read(b"\x02{\"id\":\"x\",\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n");
    assert_eq!(jsonl.len(), 2);
    let record = harness::read(b"\x03Body\0text\x1eThe title\x1eid-7");
    // (NUL cannot be carried by XML: the reader replaces it.)
    assert_eq!(record[0].text, "Body\u{fffd}text");
    assert_eq!(record[0].id, "id-7");
    // Not UTF-8: nothing read, and the problem named its file (checked
    // inside `read`).
    assert!(harness::read(b"\x00\xff\xfe").is_empty());
}
