//! Text every format can carry (issue 11 item 2): characters XML 1.0 cannot
//! hold are replaced at input with a warning, and a text of every awkward
//! character round-trips through each export format, SPARQL XML results
//! and the SVG of `parley dot`, read back by independent parsers.

use crate::common::{parley, temp, write};
use std::path::Path;
use std::process::Command;

/// A headline holding every kind of awkward character: C0 controls, tab,
/// CR, LF, CRLF, DEL, C1 controls, U+FFFE/U+FFFF, a BOM, markup, quotes,
/// backslashes, a CDATA end, an astral character and the line separators.
const TITLE: &str = "A\u{0}B\u{1}\t\n\r\nC\rD\u{b}\u{c}\u{1f}\u{7f}\u{80}\u{9b}\u{fffe}\u{ffff}\u{feff}<&>\"'\\]]>😀\u{2028}\u{2029} end\r";

/// What parley keeps of [`TITLE`]: each character XML cannot carry is U+FFFD.
fn cleaned() -> String {
    TITLE
        .chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => '\u{fffd}',
            c => c,
        })
        .collect()
}

/// A store holding one article with the awkward headline (and a body with
/// a NUL from JSON's `\u0000`), and the stderr of its ingest.
fn store() -> (tempfile::TempDir, String) {
    let dir = temp();
    let record = serde_json::json!({
        "id": "awkward",
        "title": TITLE,
        "text": "Oman hosted talks in Geneva.\u{0} Qatar\r\nsent\u{1} an envoy.\u{ffff}\n",
    });
    write(dir.path(), "c.jsonl", format!("{record}\n"));
    let out = parley(dir.path())
        .args(["--verbose", "ingest", "c.jsonl"])
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(0), "{err}");
    (dir, err)
}

/// Runs a Python script with `file` as its argument; returns its stdout.
fn python(script: &str, file: &Path) -> String {
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("python3 with rdflib is needed (scripts/setup.sh): {e}"));
    assert!(
        out.status.success(),
        "python could not read {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn characters_xml_cannot_carry_are_replaced_with_a_warning() {
    let (_dir, err) = store();
    // The body's NUL (byte 28 of the text), a U+0001 and a U+FFFF.
    assert!(
        err.contains("c.jsonl:1: 3 characters that XML cannot carry replaced by U+FFFD (the first, U+0000, at byte 28)"),
        "{err}"
    );
}

#[test]
fn every_rdf_format_round_trips_the_awkward_text() {
    let (dir, _) = store();
    // rdflib's names for parley's formats.
    for (format, rdflib) in [
        ("turtle", "turtle"),
        ("ntriples", "nt"),
        ("nquads", "nquads"),
        ("trig", "trig"),
        ("rdfxml", "xml"),
        ("jsonld", "json-ld"),
    ] {
        let file = dir.path().join(format!("out.{format}"));
        let out = parley(dir.path())
            .args(["export", "--format", format, "-o"])
            .arg(&file)
            .output()
            .expect("runs");
        assert!(
            out.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let script = format!(
            "import sys, json, rdflib\n\
             ds = rdflib.Dataset()\n\
             ds.parse(sys.argv[1], format='{rdflib}')\n\
             h = rdflib.URIRef('http://schema.org/headline')\n\
             print(json.dumps(sorted(str(o) for s, p, o, g in ds.quads((None, h, None, None)))))"
        );
        let got: Vec<String> =
            serde_json::from_str(&python(&script, &file)).expect("the script prints JSON");
        assert_eq!(got, [cleaned()], "{format} does not round-trip the text");
    }
}

#[test]
fn sparql_xml_results_and_dot_svg_parse_as_xml() {
    let (dir, _) = store();
    let out = parley(dir.path())
        .args([
            "query",
            "--format",
            "xml",
            "SELECT ?h WHERE { ?a <http://schema.org/headline> ?h }",
        ])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let file = write(dir.path(), "results.srx", &out.stdout);
    let script = "import sys, json, xml.etree.ElementTree as ET\n\
                  ns = '{http://www.w3.org/2005/sparql-results#}'\n\
                  root = ET.parse(sys.argv[1]).getroot()\n\
                  print(json.dumps([l.text for l in root.iter(ns + 'literal')]))";
    let got: Vec<String> = serde_json::from_str(&python(script, &file)).expect("JSON");
    assert_eq!(got, [cleaned()], "SPARQL XML results");
    // The SVG Graphviz draws from `parley dot` (with the article's node,
    // labelled by its headline) is well-formed XML.
    let svg = dir.path().join("g.svg");
    let out = parley(dir.path())
        .args(["dot", "--provenance", "-o"])
        .arg(&svg)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let script = "import sys, xml.etree.ElementTree as ET\n\
                  root = ET.parse(sys.argv[1]).getroot()\n\
                  print(len(list(root.iter())))";
    let nodes: usize = python(script, &svg).trim().parse().expect("a count");
    assert!(nodes > 5, "an SVG with a drawing: {nodes} elements");
}

/// Issue 11 item 5: a table shows control characters visibly, so article
/// text cannot send escape sequences to the terminal; TSV and JSON results
/// stay exact.
#[test]
fn tables_show_control_characters_and_tsv_and_json_stay_exact() {
    let (dir, _) = store();
    let q = "PREFIX schema: <http://schema.org/> SELECT ?h WHERE { GRAPH ?g { ?g schema:headline ?h } }";
    let run = |format: &str| {
        let out = parley(dir.path())
            .args(["query", q, "--format", format])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{format}");
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let table = run("table");
    assert!(
        !table.chars().any(|c| c.is_control() && c != '\n'),
        "no control character reaches the terminal: {table:?}"
    );
    assert!(
        table.contains("\\x9b") && table.contains('\u{2421}'),
        "{table:?}"
    );
    let json: serde_json::Value = serde_json::from_str(&run("json")).expect("JSON results");
    let headline = json["results"]["bindings"][0]["h"]["value"]
        .as_str()
        .expect("the headline");
    assert_eq!(headline, cleaned(), "JSON gives the stored text exactly");
    let tsv = run("tsv");
    assert!(
        tsv.contains('\u{9b}') && tsv.contains('\u{7f}'),
        "TSV stays exact: {tsv:?}"
    );
}
