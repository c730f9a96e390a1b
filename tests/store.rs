//! The store through the command line: ingest, re-ingest, locking, location.

use crate::common::{data, ingest, parley, stdout_of, temp};
use crate::query::count;

#[test]
fn ingesting_the_same_folder_twice_leaves_the_quad_count_unchanged() {
    let dir = temp();
    let articles = data("articles");
    ingest(dir.path(), &articles);
    let once = count(
        dir.path(),
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    );
    assert!(
        once > 100,
        "the seed alone gives more than 100 quads, got {once}"
    );
    ingest(dir.path(), &articles);
    let twice = count(
        dir.path(),
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    );
    assert_eq!(once, twice);
    // One graph per article, each with its metadata.
    let graphs = count(dir.path(), "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a <https://parley.example/ontology#Article> } }");
    let files = std::fs::read_dir(&articles).expect("data/articles").count();
    assert_eq!(graphs, files);
}

#[test]
fn threads_do_not_change_the_store() {
    let (a, b) = (temp(), temp());
    let articles = data("articles");
    parley(a.path())
        .args(["--threads", "1", "ingest"])
        .arg(&articles)
        .assert()
        .success();
    parley(b.path())
        .args(["--threads", "4", "ingest"])
        .arg(&articles)
        .assert()
        .success();
    let dump = |dir: &std::path::Path| {
        let out = parley(dir)
            .args(["export", "--format", "nquads"])
            .output()
            .expect("runs");
        let mut lines: Vec<String> = stdout_of(&out).lines().map(str::to_owned).collect();
        lines.sort();
        lines
    };
    assert_eq!(dump(a.path()), dump(b.path()));
}

#[test]
fn store_location_from_flag_and_environment() {
    let dir = temp();
    parley(dir.path())
        .args(["ingest", "--store", "elsewhere.db"])
        .arg(data("articles/geneva-talks.txt"))
        .assert()
        .success();
    assert!(dir.path().join("elsewhere.db").is_dir());
    assert!(!dir.path().join("parley.db").exists());
    parley(dir.path())
        .env("PARLEY_STORE", "elsewhere.db")
        .args(["query", "ASK { ?s ?p ?o }", "--format", "table"])
        .assert()
        .success()
        .stdout("true\n");
}

#[test]
fn querying_without_a_store_says_how_to_make_one() {
    let dir = temp();
    let out = parley(dir.path())
        .args(["query", "ASK { ?s ?p ?o }"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("parley.db") && err.contains("parley ingest"),
        "{err}"
    );
    assert!(
        !dir.path().join("parley.db").exists(),
        "a query must not create a store"
    );
}

#[test]
fn a_store_held_by_another_process_is_a_clear_error() {
    let dir = temp();
    let path = dir.path().join("held.db");
    // This test process holds the store, as another parley ingest would.
    let _held = parley::store::Store::open(&path).expect("open the store");
    let out = parley(dir.path())
        .args(["ingest", "--store"])
        .arg(&path)
        .arg(data("articles/geneva-talks.txt"))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("held.db"), "{err}");
    assert!(err.contains("another parley process"), "{err}");
}

#[test]
fn unreadable_inputs_are_named_and_the_rest_is_ingested() {
    let dir = temp();
    let missing = dir.path().join("missing.txt");
    let out = parley(dir.path())
        .arg("ingest")
        .arg(data("articles/geneva-talks.txt"))
        .arg(&missing)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1), "some inputs failed: exit 1");
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.txt"));
    assert_eq!(
        count(
            dir.path(),
            "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s a <https://parley.example/ontology#Article> } }"
        ),
        1
    );
}

#[test]
fn a_second_ingest_skips_unchanged_articles_and_says_so() {
    let dir = temp();
    let articles = data("articles");
    let files = std::fs::read_dir(&articles).expect("data/articles").count();
    let run = |extra: &[&str]| {
        let out = parley(dir.path())
            .arg("ingest")
            .args(extra)
            .arg(&articles)
            .output()
            .expect("runs");
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let first = run(&[]);
    assert!(
        first.contains(&format!("{files} new, 0 replaced, 0 unchanged")),
        "{first}"
    );
    let second = run(&[]);
    assert!(
        second.contains(&format!("0 new, 0 replaced, {files} unchanged")),
        "{second}"
    );
    let forced = run(&["--force"]);
    assert!(
        forced.contains(&format!("0 new, {files} replaced, 0 unchanged")),
        "{forced}"
    );
    // An edited article is replaced, the others are skipped.
    let copy = dir.path().join("articles");
    std::fs::create_dir(&copy).expect("mkdir");
    for entry in std::fs::read_dir(&articles).expect("data/articles") {
        let path = entry.expect("entry").path();
        std::fs::copy(&path, copy.join(path.file_name().expect("name"))).expect("copy");
    }
    let seed = copy.join("geneva-talks.txt");
    let text = std::fs::read_to_string(&seed).expect("seed") + "\nOman hosted the talks.\n";
    std::fs::write(&seed, text).expect("edit the seed");
    let out = parley(dir.path())
        .arg("ingest")
        .arg(&copy)
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("0 new, 1 replaced, {} unchanged", files - 1)),
        "{err}"
    );
}
