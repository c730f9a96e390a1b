//! `parley export`: every format parsed back by independent parsers (rapper,
//! rdflib) with the store's counts.

use crate::common::{data, parley, stdout_of, temp, write};
use crate::query::count;
use crate::tools::{rapper_count, rdflib_jsonld_count};
use std::path::Path;

/// A store with the bundled articles and one article whose title holds a
/// quote, a backslash and a line break.
pub fn tricky_store(dir: &Path) {
    let jsonl = write(
        dir,
        "tricky.jsonl",
        r#"{"id":"tricky","title":"A \"quoted\" \\ title\nwith a line break","date":"2025-01-02","source":"https://example.org/a","text":"Talks between Chile and Peru were hosted by Norway in Oslo. Norway's envoy said the talks were \"useful \\ \"real\"\".\n"}"#,
    );
    parley(dir)
        .arg("ingest")
        .arg(data("articles"))
        .arg(&jsonl)
        .assert()
        .success();
}

const ALL_QUADS: &str = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
const DISTINCT_TRIPLES: &str =
    "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }";

#[test]
fn every_format_parses_with_independent_parsers_and_counts_match() {
    let dir = temp();
    tricky_store(dir.path());
    let quads = count(dir.path(), ALL_QUADS);
    let triples = count(dir.path(), DISTINCT_TRIPLES);
    assert!(
        triples <= quads,
        "a triple stated in several graphs is counted once in the union"
    );
    for (format, file, rapper) in [
        ("turtle", "out.ttl", "turtle"),
        ("ntriples", "out.nt", "ntriples"),
        ("nquads", "out.nq", "nquads"),
        ("trig", "out.trig", "trig"),
        ("rdfxml", "out.rdf", "rdfxml"),
    ] {
        let path = dir.path().join(file);
        parley(dir.path())
            .args(["export", "--format", format, "-o"])
            .arg(&path)
            .assert()
            .success();
        let expected = if matches!(format, "nquads" | "trig") {
            quads
        } else {
            triples
        };
        assert_eq!(rapper_count(rapper, &path), expected, "{format}");
    }
    let path = dir.path().join("out.jsonld");
    // The format comes from the extension of -o.
    parley(dir.path())
        .args(["export", "-o"])
        .arg(&path)
        .assert()
        .success();
    assert_eq!(rdflib_jsonld_count(&path), quads);
}

#[test]
fn one_graph_by_media_type_to_stdout() {
    let dir = temp();
    tricky_store(dir.path());
    let out = parley(dir.path())
        .args([
            "export",
            "--graph",
            "tricky",
            "--format",
            "application/n-quads",
        ])
        .output()
        .expect("runs");
    let text = stdout_of(&out);
    let graph = count(
        dir.path(),
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://parley.example/id/article/tricky> { ?s ?p ?o } }",
    );
    assert_eq!(text.lines().count(), graph);
    assert!(
        text.contains(r#""A \"quoted\" \\ title\nwith a line break""#),
        "escaped in N-Quads"
    );
    let path = write(dir.path(), "one.nq", &text);
    assert_eq!(rapper_count("nquads", &path), graph);
    parley(dir.path())
        .args(["export", "--graph", "nope"])
        .assert()
        .code(2);
    parley(dir.path())
        .args(["export", "--format", "n3"])
        .assert()
        .code(2);
}

#[test]
fn the_ontology_parses_with_rapper_and_rdflib() {
    let path = crate::common::root().join("ontology/parley.ttl");
    let n = rapper_count("turtle", &path);
    assert!(n > 100, "the ontology has {n} triples");
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import sys, rdflib; print(len(rdflib.Graph().parse(sys.argv[1], format='turtle')))",
        ])
        .arg(&path)
        .output()
        .expect("python3 with rdflib is needed (pip install rdflib)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), n.to_string());
}

#[test]
fn a_closed_stdout_is_a_normal_end() {
    let dir = temp();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("parley"))
        .current_dir(dir.path())
        .args(["export", "--format", "ntriples", "--from"])
        .arg(data("articles"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("starts");
    // Close the reading end at once, as `| head -0` would.
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("ends");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Extraction warnings may appear; an error message may not.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("parley:"), "{err}");
}
