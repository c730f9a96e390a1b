//! The integration tests' small harness: a temp dir per test, the `parley`
//! binary, and the paths of the project's and the shared data.

#![allow(dead_code)] // each test module uses a different part of it

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// The crate's root (where Cargo.toml is).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `data/` of the crate, e.g. `data("articles")`.
pub fn data(rel: &str) -> PathBuf {
    root().join("data").join(rel)
}

/// The shared folder beside the crate (spec, gold, corpus, reference scorer).
pub fn shared(rel: &str) -> PathBuf {
    root()
        .parent()
        .expect("the crate folder has a parent")
        .join("shared")
        .join(rel)
}

/// The `parley` binary, run from `cwd` with no store in the environment.
pub fn parley(cwd: &Path) -> Command {
    let mut cmd = Command::cargo_bin("parley").expect("cargo builds the parley binary for tests");
    cmd.current_dir(cwd).env_remove("PARLEY_STORE");
    cmd
}

/// A fresh temporary folder, removed when the value is dropped.
pub fn temp() -> tempfile::TempDir {
    tempfile::tempdir().expect("can create a temp dir")
}

/// Write `contents` to `dir/rel` (creating folders) and return the path.
pub fn write(dir: &Path, rel: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(rel);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("can create folders in the temp dir");
    }
    std::fs::write(&path, contents).expect("can write in the temp dir");
    path
}

/// Run the reference scorer `shared/tools/score.py` and return its stdout.
pub fn score_py(gold: &Path, facts: &Path, flags: &[&str]) -> String {
    let out = std::process::Command::new("python3")
        .arg(shared("tools/score.py"))
        .arg(gold)
        .arg(facts)
        .args(flags)
        .output()
        .expect("python3 runs (the reference scorer needs it; .ci/run installs it)");
    assert!(
        out.status.success(),
        "score.py failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("score.py prints UTF-8")
}

/// The stdout of a successful (exit 0 or 1) run as text.
pub fn stdout_of(out: &std::process::Output) -> String {
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "parley failed with {:?}: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).expect("parley prints UTF-8")
}

/// The shared path `rel` if `../shared` is beside the checkout. A user's
/// clone has no `../shared`: then the calling test is skipped, saying so
/// on stderr, unless `PARLEY_REQUIRE_SHARED` is set (as `.ci/run` does), in
/// which case a missing shared folder fails the test.
pub fn shared_or_skip(test: &str, rel: &str) -> Option<PathBuf> {
    let path = shared(rel);
    if path.exists() {
        return Some(path);
    }
    if std::env::var_os("PARLEY_REQUIRE_SHARED").is_some() {
        panic!(
            "{test}: {} is missing, and PARLEY_REQUIRE_SHARED forbids skipping",
            path.display()
        );
    }
    eprintln!(
        "SKIPPED {test}: {} is not here (no ../shared beside the checkout)",
        path.display()
    );
    None
}

/// `parley ingest INPUT` into the default store of `dir`, which must succeed.
pub fn ingest(dir: &Path, input: impl AsRef<std::ffi::OsStr>) {
    parley(dir).arg("ingest").arg(input).assert().success();
}
