//! `parley dot`: DOT that Graphviz renders without warnings, escaped labels,
//! and the views (document, focus, query, render).

use crate::common::{data, parley, stdout_of, temp, write};
use crate::export::tricky_store;
use crate::tools::dot_svg;

#[test]
fn the_whole_graph_renders_without_warnings_and_labels_are_escaped() {
    let dir = temp();
    tricky_store(dir.path());
    let text = stdout_of(&parley(dir.path()).arg("dot").output().expect("runs"));
    assert!(text.starts_with("digraph"));
    // The talks node of the tricky article carries its title in its label.
    assert!(
        text.contains(r#"talks reported in A \"quoted\" \\ title\nwith a line break""#),
        "{text}"
    );
    let path = write(dir.path(), "all.dot", &text);
    let svg = dot_svg(&path);
    // Graphviz turned the escapes back into the characters.
    assert!(svg.contains("A &quot;quoted&quot; \\ title"), "{svg}");
    // Provenance is hidden by default, facts are shown.
    assert!(
        !text.contains("participation/"),
        "rules are evidence, not drawn"
    );
    assert!(text.contains("label=\"mediator\""));
}

#[test]
fn document_focus_and_query_views() {
    let dir = temp();
    parley(dir.path())
        .arg("ingest")
        .arg(data("articles"))
        .assert()
        .success();
    let doc = stdout_of(
        &parley(dir.path())
            .args(["dot", "--doc", "geneva-talks"])
            .output()
            .expect("runs"),
    );
    let all = stdout_of(&parley(dir.path()).arg("dot").output().expect("runs"));
    assert!(doc.lines().count() < all.lines().count());
    let focus = stdout_of(
        &parley(dir.path())
            .args(["dot", "--focus", "Oman", "--depth", "1"])
            .output()
            .expect("runs"),
    );
    assert!(focus.contains("label=\"Oman\""));
    assert!(focus.lines().count() < all.lines().count());
    let q = "PREFIX parley: <https://parley.example/ontology#> CONSTRUCT { ?t parley:mediator ?m } WHERE { ?t parley:mediator ?m }";
    let query = stdout_of(
        &parley(dir.path())
            .args(["dot", "--query", q])
            .output()
            .expect("runs"),
    );
    assert!(
        query.contains("label=\"Oman\""),
        "labels come from the store: {query}"
    );
    for (name, text) in [("doc", &doc), ("focus", &focus), ("query", &query)] {
        dot_svg(&write(dir.path(), &format!("{name}.dot"), text));
    }
    parley(dir.path())
        .args(["dot", "--focus", "Nobody At All"])
        .assert()
        .code(2);
    parley(dir.path())
        .args(["dot", "--doc", "nope"])
        .assert()
        .code(2);
}

#[test]
fn render_svg_through_graphviz() {
    let dir = temp();
    let out = dir.path().join("seed.svg");
    parley(dir.path())
        .args(["dot", "--render", "svg", "-o"])
        .arg(&out)
        .arg("--from")
        .arg(data("articles/geneva-talks.txt"))
        .assert()
        .success();
    let svg = std::fs::read_to_string(&out).expect("the SVG was written");
    assert!(svg.contains("<svg"));
    // Without Graphviz on the PATH the error says how to install it.
    let bare = parley(dir.path())
        .env("PATH", dir.path())
        .args(["dot", "--render", "png", "-o", "x.png", "--from"])
        .arg(data("articles/geneva-talks.txt"))
        .output()
        .expect("runs");
    assert_eq!(bare.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bare.stderr).contains("apt-get install graphviz"));
}
