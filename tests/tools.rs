//! External tools the RDF and DOT tests check parley's output with
//! (rapper, rdflib, Graphviz). A missing tool FAILS the test with what to
//! install: CI installs them, and a silently skipped check proves nothing.

use std::path::Path;
use std::process::Command;

/// Runs `rapper -i FORMAT -c FILE` and returns the triple count it reports.
pub fn rapper_count(format: &str, file: &Path) -> usize {
    let out = Command::new("rapper")
        .args(["-i", format, "-c"])
        .arg(file)
        .output()
        .unwrap_or_else(|e| {
            panic!("rapper is needed to check RDF output (apt-get install raptor2-utils): {e}")
        });
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && !stderr.contains("Error") && !stderr.contains("Warning"),
        "rapper -i {format} rejected {}: {stderr}",
        file.display()
    );
    // "rapper: Parsing returned 1917 triples"
    stderr
        .lines()
        .find_map(|l| l.split("Parsing returned ").nth(1))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("cannot read rapper's count in: {stderr}"))
}

/// Parses a JSON-LD file with rdflib and returns its quad count.
pub fn rdflib_jsonld_count(file: &Path) -> usize {
    let script = "import sys, rdflib\n\
                  ds = rdflib.Dataset()\n\
                  ds.parse(sys.argv[1], format='json-ld')\n\
                  print(len(list(ds.quads((None, None, None, None)))))";
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("python3 with rdflib is needed (pip install rdflib): {e}"));
    assert!(
        out.status.success(),
        "rdflib could not parse {} (is rdflib installed? apt-get install python3-rdflib): {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .expect("the script prints a number")
}

/// Renders a DOT file with `dot -Tsvg`; returns the SVG and asserts that
/// Graphviz printed nothing on stderr (no warnings).
pub fn dot_svg(file: &Path) -> String {
    let out = Command::new("dot")
        .arg("-Tsvg")
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("Graphviz is needed (apt-get install graphviz): {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "dot failed on {}: {stderr}",
        file.display()
    );
    assert!(
        stderr.trim().is_empty(),
        "dot warned on {}: {stderr}",
        file.display()
    );
    String::from_utf8(out.stdout).expect("SVG is UTF-8")
}
