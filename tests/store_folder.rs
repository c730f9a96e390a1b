//! The store folder is parley's own (issue 11 item 1), and a store left by
//! a crash recovers once (issue 11 item 3).

use crate::common::{parley, temp, write};
use crate::identity::ids;
use std::collections::BTreeMap;
use std::path::Path;

/// Every file under `dir` with its bytes, to see that nothing was touched.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).expect("readable folder") {
        let path = entry.expect("entry").path();
        if path.is_file() {
            out.insert(
                path.file_name()
                    .expect("name")
                    .to_string_lossy()
                    .into_owned(),
                std::fs::read(&path).expect("readable file"),
            );
        }
    }
    out
}

fn article(dir: &Path) {
    write(dir, "in/a.txt", "Oman hosted talks in Geneva.\n");
}

#[test]
fn a_new_or_empty_folder_becomes_a_store_with_the_marker() {
    let dir = temp();
    article(dir.path());
    let out = parley(dir.path())
        .args(["ingest", "--store", "new/store", "in"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let marker = std::fs::read_to_string(dir.path().join("new/store/PARLEY_STORE"))
        .expect("the marker is written at creation");
    assert!(marker.starts_with("parley store"), "{marker}");
    std::fs::create_dir(dir.path().join("empty")).expect("mkdir");
    let out = parley(dir.path())
        .args(["ingest", "--store", "empty", "in"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    assert!(dir.path().join("empty/PARLEY_STORE").is_file());
    // And it opens again, for writing and for reading.
    let out = parley(dir.path())
        .args(["ingest", "--store", "empty", "in"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let out = parley(dir.path())
        .env("PARLEY_STORE", "empty")
        .args(["query", "--name", "articles"])
        .output()
        .expect("runs");
    assert!(out.status.success());
}

#[test]
fn a_folder_of_other_files_is_refused_and_left_alone() {
    let dir = temp();
    article(dir.path());
    // Files named as RocksDB names its own, as in the probe.
    let folder = dir.path().join("mine");
    for (name, text) in [
        ("notes.txt", "mine"),
        ("IDENTITY", "not rocksdb"),
        ("LOG", "my log"),
        ("000005.log", "x"),
        ("000123.sst", "y"),
    ] {
        write(&folder, name, text);
    }
    let before = snapshot(&folder);
    for store in ["mine", "mine/"] {
        let out = parley(dir.path())
            .args(["ingest", "--store", store, "in"])
            .output()
            .expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(
            err.contains("mine") && err.contains("not a parley store"),
            "{err}"
        );
        assert!(err.contains("nothing here was changed"), "{err}");
        assert_eq!(snapshot(&folder), before, "nothing is touched");
    }
    // Read-only commands refuse it too.
    let out = parley(dir.path())
        .args(["query", "--store", "mine", "--name", "articles"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(snapshot(&folder), before);
    // `--store .` in a folder holding files.
    let out = parley(&folder)
        .args(["ingest", "--store", "."])
        .arg(dir.path().join("in"))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(snapshot(&folder), before);
}

#[test]
fn a_plain_file_or_a_foreign_marker_is_refused() {
    let dir = temp();
    article(dir.path());
    write(dir.path(), "file.db", "my data");
    let out = parley(dir.path())
        .args(["ingest", "--store", "file.db", "in"])
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        err.contains("file.db: is a file, not a store folder"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("file.db")).expect("kept"),
        "my data"
    );
    write(dir.path(), "odd/PARLEY_STORE", "something else\n");
    let out = parley(dir.path())
        .args(["ingest", "--store", "odd", "in"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(snapshot(&dir.path().join("odd")).len(), 1);
}

#[test]
fn a_store_made_before_the_marker_is_adopted() {
    let dir = temp();
    article(dir.path());
    assert!(parley(dir.path())
        .args(["ingest", "in"])
        .output()
        .expect("runs")
        .status
        .success());
    // A store as earlier versions left it: no marker.
    let store = dir.path().join("parley.db");
    std::fs::remove_file(store.join("PARLEY_STORE")).expect("marker");
    assert_eq!(ids(dir.path()), ["a"], "read as it is");
    assert!(
        !store.join("PARLEY_STORE").exists(),
        "reading writes nothing"
    );
    write(dir.path(), "in/b.txt", "Qatar hosted talks in Doha.\n");
    assert!(parley(dir.path())
        .args(["ingest", "in"])
        .output()
        .expect("runs")
        .status
        .success());
    assert!(store.join("PARLEY_STORE").is_file(), "adopted on write");
    assert_eq!(ids(dir.path()), ["a", "b"]);
}

#[test]
fn a_store_left_unclean_recovers_on_the_next_open() {
    let dir = temp();
    article(dir.path());
    assert!(parley(dir.path())
        .args(["ingest", "in"])
        .output()
        .expect("runs")
        .status
        .success());
    let store = dir.path().join("parley.db");
    assert!(
        !store.join("PARLEY_UNCLEAN").exists(),
        "a clean ingest removes its marker"
    );
    // What a killed ingest leaves: the marker it wrote before writing.
    write(&store, "PARLEY_UNCLEAN", "");
    assert_eq!(ids(dir.path()), ["a"]);
    assert!(
        !store.join("PARLEY_UNCLEAN").exists(),
        "the first open after the crash recovered the store"
    );
}
