//! `parley dot`: DOT that Graphviz renders without warnings, escaped labels,
//! and the views (document, focus, query, render).

use crate::common::{data, ingest, parley, stdout_of, temp, write};
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
    ingest(dir.path(), data("articles"));
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

/// The ids of the nodes a DOT text defines (`nN [...]` statements), in
/// order, duplicates kept.
fn defined_nodes(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| l.starts_with('n') && !l.contains("->"))
        .filter_map(|l| l.split_once(" [").map(|(id, _)| id.to_owned()))
        .filter(|id| id[1..].chars().all(|c| c.is_ascii_digit()))
        .collect()
}

#[test]
fn the_store_is_drawn_one_cluster_per_article_below_the_cap() {
    let dir = temp();
    ingest(dir.path(), data("articles"));
    let out = parley(dir.path()).arg("dot").output().expect("runs");
    let text = stdout_of(&out);
    assert!(String::from_utf8_lossy(&out.stderr).trim().is_empty());
    // Every sample article has nodes of its own.
    let articles = std::fs::read_dir(data("articles"))
        .expect("data/articles is there")
        .count();
    assert!(articles >= 4);
    assert_eq!(
        text.matches("subgraph cluster_").count(),
        articles,
        "{text}"
    );
    assert!(
        text.contains("label=\"Geneva"),
        "a cluster is titled by its headline"
    );
    assert!(
        text.contains(&format!("{articles} articles, one cluster each")),
        "the title"
    );
    assert!(text.contains("legend [") && text.contains(">person<"));
    let ids = defined_nodes(&text);
    let unique: std::collections::HashSet<&String> = ids.iter().collect();
    assert!(ids.len() > 20);
    assert_eq!(unique.len(), ids.len(), "a node is defined once");
    // Oman mediates in one article only, Norway in another: each is inside
    // a cluster; a node two articles state (the United States) is outside.
    let cluster_of = |label: &str| -> Option<usize> {
        let mut current = None;
        for line in text.lines() {
            if let Some(rest) = line.strip_prefix("  subgraph cluster_") {
                current = rest.split(' ').next().and_then(|n| n.parse().ok());
            } else if line == "  }" {
                current = None;
            } else if line.contains(&format!("[label=\"{label}\"")) {
                return current;
            }
        }
        None
    };
    assert!(cluster_of("Oman").is_some());
    assert_ne!(cluster_of("Oman"), cluster_of("Norway"));
    dot_svg(&write(dir.path(), "clusters.dot", &text));
}

#[test]
fn above_the_cap_the_aggregated_network_is_drawn_and_the_user_told() {
    let dir = temp();
    ingest(dir.path(), data("articles"));
    let out = parley(dir.path())
        .args(["dot", "--max-nodes", "12"])
        .output()
        .expect("runs");
    let text = stdout_of(&out);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("more than --max-nodes 12") && err.contains("aggregated entity network"),
        "{err}"
    );
    assert!(text.contains("digraph parley_network"), "{text}");
    assert!(!text.contains("subgraph cluster_"));
    let ids = defined_nodes(&text);
    assert_eq!(ids.len(), 12, "the best-connected 12 entities: {text}");
    let unique: std::collections::HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len());
    assert!(text.contains("legend [") && text.contains(">mediator<"));
    dot_svg(&write(dir.path(), "network.dot", &text));
}

#[test]
fn graphviz_warnings_reach_the_user() {
    let dir = temp();
    // A stand-in `dot` that draws nothing and warns, as Graphviz does when
    // a drawing exceeds its limits.
    let fake = write(
        dir.path(),
        "bin/dot",
        "#!/bin/sh\n/bin/cat >/dev/null\necho 'Warning: graph is too large for cairo-renderer bitmaps' >&2\n: > \"$3\"\n",
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755))
            .expect("can make the stand-in executable");
    }
    let out = parley(dir.path())
        .env("PATH", dir.path().join("bin"))
        .args(["dot", "-o", "x.png", "--from"])
        .arg(data("articles/geneva-talks.txt"))
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("parley: Graphviz: Warning: graph is too large"),
        "{err}"
    );
}
