//! What long runs say on stderr (issue 9 item 8): warnings summarised by
//! kind, `--verbose` lists them, `--quiet` shows errors only, and no
//! progress bar when stderr is not a terminal.

use crate::common::{parley, temp, write};
use std::path::Path;

/// Three articles with an unbalanced quotation mark each (three warnings of
/// one kind), an empty file (a warning of another kind) and a binary file
/// (an error).
fn corpus(dir: &Path) {
    for (i, place) in ["Geneva", "Doha", "Oslo"].iter().enumerate() {
        write(
            dir,
            &format!("in/q{i}.txt"),
            format!("Oman hosted talks in {place}. \"We will come back, the minister said.\n"),
        );
    }
    write(dir, "in/empty.txt", "");
    write(dir, "in/zbin.txt", b"ab\0cd");
}

fn run(dir: &Path, flags: &[&str]) -> (Option<i32>, String) {
    let out = parley(dir)
        .args(flags)
        .args(["ingest", "in"])
        .output()
        .expect("runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn warnings_are_summarised_by_kind() {
    let dir = temp();
    corpus(dir.path());
    let (code, err) = run(dir.path(), &[]);
    assert_eq!(code, Some(1), "the binary file is an error: {err}");
    assert!(
        err.contains("zbin.txt: looks binary"),
        "errors are shown: {err}"
    );
    assert!(
        err.contains("4 warnings by kind (--verbose lists them all):"),
        "{err}"
    );
    assert!(
        err.contains("3 × unbalanced quotation mark at byte N (first: parley: warning: "),
        "{err}"
    );
    assert!(err.contains("1 × empty input skipped"), "{err}");
    // Each warning is not printed on its own line as well.
    assert_eq!(err.matches("unbalanced quotation mark").count(), 2, "{err}");
    assert!(err.contains("3 articles read"), "{err}");
    // No progress bar (nor any escape code) when stderr is not a terminal.
    assert!(!err.contains('\x1b') && !err.contains('\r'), "{err:?}");
}

#[test]
fn verbose_lists_every_warning() {
    let dir = temp();
    corpus(dir.path());
    let (code, err) = run(dir.path(), &["--verbose"]);
    assert_eq!(code, Some(1));
    for i in 0..3 {
        assert!(
            err.lines().any(|l| l.starts_with("parley: warning: ")
                && l.contains(&format!("q{i}.txt: unbalanced quotation mark at byte"))),
            "q{i}: {err}"
        );
    }
    assert!(
        err.lines()
            .any(|l| l.starts_with("parley: warning: ") && l.contains("empty.txt: is empty")),
        "{err}"
    );
    assert!(err.contains("4 warnings by kind:"), "{err}");
}

#[test]
fn quiet_shows_errors_only() {
    let dir = temp();
    corpus(dir.path());
    let (code, err) = run(dir.path(), &["--quiet"]);
    assert_eq!(code, Some(1));
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "{err}");
    assert!(lines[0].contains("zbin.txt: looks binary"), "{err}");
    // A clean run under --quiet says nothing at all.
    std::fs::remove_file(dir.path().join("in/zbin.txt")).expect("rm");
    let (code, err) = run(dir.path(), &["-q"]);
    assert_eq!(code, Some(0));
    assert_eq!(err, "");
}

#[test]
fn lexicon_files_that_stay_built_in_are_named() {
    let dir = temp();
    let lexicon = dir.path().join("lex");
    std::fs::create_dir(&lexicon).expect("mkdir");
    for entry in std::fs::read_dir(crate::common::data("lexicon")).expect("data/lexicon") {
        let path = entry.expect("entry").path();
        std::fs::copy(&path, lexicon.join(path.file_name().expect("name"))).expect("copy");
    }
    write(dir.path(), "a.txt", "Oman hosted talks in Geneva.\n");
    let out = parley(dir.path())
        .args(["--verbose", "--lexicon", "lex", "facts", "a.txt"])
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    for file in parley::Lexicon::BUILT_IN_ONLY {
        assert!(
            err.contains(&format!(
                "lex/{file}: not used: --lexicon takes countries.tsv"
            )),
            "{file}: {err}"
        );
    }
    assert!(
        err.contains(&format!(
            "{} × lexicon file not taken",
            parley::Lexicon::BUILT_IN_ONLY.len()
        )),
        "{err}"
    );
}
