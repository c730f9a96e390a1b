//! `ontology/shapes.ttl` against every export: pySHACL must find no
//! violation in any format of `data/articles` and of the diplomacy corpus,
//! and must find the violations of a graph broken on purpose (so the
//! shapes are not vacuous).

use crate::common::{data, parley, root, shared_or_skip, temp};
use std::path::Path;
use std::process::Command;

/// Validates each `(file, rdflib format)` with pySHACL (the union of its
/// graphs as data graph); returns `(file, conforms, report)` per file.
fn validate(files: &[(std::path::PathBuf, &str)]) -> Vec<(String, bool, String)> {
    let script = r#"
import sys, rdflib, pyshacl
shapes = rdflib.Graph().parse(sys.argv[1], format="turtle")
args = sys.argv[2:]
for path, fmt in zip(args[::2], args[1::2]):
    ds = rdflib.Dataset()
    ds.parse(path, format=fmt)
    g = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    conforms, _, text = pyshacl.validate(g, shacl_graph=shapes, inference="none")
    print("=== %s %s %d" % (path, "CONFORMS" if conforms else "VIOLATES", len(g)))
    if not conforms:
        print(text)
"#;
    let mut cmd = Command::new("python3");
    cmd.args(["-c", script])
        .arg(root().join("ontology/shapes.ttl"));
    for (file, format) in files {
        cmd.arg(file).arg(format);
    }
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("python3 with pyshacl is needed (scripts/setup.sh): {e}"));
    assert!(
        out.status.success(),
        "pySHACL failed to run (pip install pyshacl, see scripts/setup.sh): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut results = Vec::new();
    for block in text.split("=== ").skip(1) {
        let head = block.lines().next().unwrap_or_default();
        let mut parts = head.rsplitn(3, ' ');
        let triples: usize = parts.next().and_then(|n| n.parse().ok()).unwrap_or(0);
        let verdict = parts.next().unwrap_or_default();
        let file = parts.next().unwrap_or_default().to_owned();
        assert!(triples > 0, "{file}: no triples read");
        results.push((file, verdict == "CONFORMS", block.to_owned()));
    }
    assert_eq!(results.len(), files.len(), "{text}");
    results
}

/// Every export format of a store built from `inputs`.
fn exports(dir: &Path, inputs: &[&Path]) -> Vec<(std::path::PathBuf, &'static str)> {
    let store = dir.join("s.db");
    let mut ingest = parley(dir);
    ingest.args(["ingest", "--store"]).arg(&store).args(inputs);
    ingest.assert().success();
    let mut files = Vec::new();
    for (format, ext, rdflib) in [
        ("turtle", "ttl", "turtle"),
        ("ntriples", "nt", "nt"),
        ("nquads", "nq", "nquads"),
        ("trig", "trig", "trig"),
        ("rdfxml", "rdf", "xml"),
        ("jsonld", "jsonld", "json-ld"),
    ] {
        let path = dir.join(format!("export.{ext}"));
        parley(dir)
            .args(["export", "--format", format, "--store"])
            .arg(&store)
            .arg("-o")
            .arg(&path)
            .assert()
            .success();
        files.push((path, rdflib));
    }
    files
}

#[test]
fn every_export_of_the_bundled_articles_conforms_to_the_shapes() {
    let dir = temp();
    let files = exports(dir.path(), &[&data("articles")]);
    for (file, conforms, report) in validate(&files) {
        assert!(conforms, "{file}: {report}");
    }
}

#[test]
fn every_export_of_the_diplomacy_corpus_conforms_to_the_shapes() {
    let Some(corpus) = shared_or_skip(
        "every_export_of_the_diplomacy_corpus_conforms_to_the_shapes",
        "corpus/diplomacy",
    ) else {
        return;
    };
    let dir = temp();
    let files = exports(dir.path(), &[&corpus]);
    for (file, conforms, report) in validate(&files) {
        assert!(conforms, "{file}: {report}");
    }
}

#[test]
fn the_shapes_find_what_is_broken() {
    let dir = temp();
    let files = exports(dir.path(), &[&data("articles/geneva-talks.txt")]);
    let (nt, _) = files
        .iter()
        .find(|(p, _)| p.extension().is_some_and(|e| e == "nt"))
        .expect("an N-Triples export");
    let text = std::fs::read_to_string(nt).expect("written");
    // Offsets typed as Oxigraph stores them, not as declared; a fact
    // without its rule.
    let broken = text
        .replace("XMLSchema#nonNegativeInteger>", "XMLSchema#integer>")
        .lines()
        .filter(|l| !l.contains("<https://parley.example/ontology#rule>"))
        .collect::<Vec<_>>()
        .join("\n");
    let bad = dir.path().join("broken.nt");
    std::fs::write(&bad, broken).expect("write");
    let results = validate(&[(bad, "nt")]);
    let (_, conforms, report) = &results[0];
    assert!(!conforms, "{report}");
    assert!(report.contains("nonNegativeInteger"), "{report}");
    assert!(
        report.contains("MinCountConstraintComponent") && report.contains("rule"),
        "{report}"
    );
}
