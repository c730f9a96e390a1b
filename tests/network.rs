//! `parley network`: GraphML and GEXF read back by networkx with the counts
//! and weights of the Neo4j CSV, the same network from the store and from
//! `--from`, the relation and confidence filters, and bad flags.

use crate::common::{data, ingest, parley, root, shared_or_skip, stdout_of, temp};
use serde_json::Value;
use std::path::Path;

/// networkx's reading of a GraphML or GEXF file (see
/// `tests/scripts/read_network.py`).
fn networkx(file: &Path) -> Value {
    let out = std::process::Command::new("python3")
        .arg(root().join("tests/scripts/read_network.py"))
        .arg(file)
        .output()
        .expect("python3 runs (scripts/setup.sh installs it with networkx)");
    assert!(
        out.status.success(),
        "networkx could not read {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("the reader prints JSON")
}

/// One relationship row of the Neo4j CSV.
struct Rel {
    start: String,
    end: String,
    kind: String,
    weight: usize,
    articles: Vec<String>,
}

/// The Neo4j CSV of a network: node rows and relationship rows, headers
/// checked.
fn neo4j(dir: &Path) -> (Vec<Vec<String>>, Vec<Rel>) {
    let read = |name: &str| {
        let mut r = csv::Reader::from_path(dir.join(name)).expect("the CSV was written");
        let header: Vec<String> = r
            .headers()
            .expect("a header")
            .iter()
            .map(String::from)
            .collect();
        let rows: Vec<Vec<String>> = r
            .records()
            .map(|x| x.expect("a CSV row").iter().map(String::from).collect())
            .collect();
        (header, rows)
    };
    let (nh, nodes) = read("nodes.csv");
    assert_eq!(
        nh,
        [
            "id:ID",
            "name",
            "kind",
            "wikidata",
            "article_count:int",
            ":LABEL"
        ]
    );
    let (rh, rows) = read("relationships.csv");
    assert_eq!(
        rh,
        [
            ":START_ID",
            ":END_ID",
            ":TYPE",
            "weight:int",
            "articles:string[]"
        ]
    );
    let rels = rows
        .into_iter()
        .map(|r| Rel {
            start: r[0].clone(),
            end: r[1].clone(),
            kind: r[2].clone(),
            weight: r[3].parse().expect("weight:int is an integer"),
            articles: r[4].split(';').map(String::from).collect(),
        })
        .collect();
    (nodes, rels)
}

fn network(dir: &Path, args: &[&str]) -> std::process::Output {
    parley(dir)
        .arg("network")
        .args(args)
        .output()
        .expect("runs")
}

/// Checks that the GraphML and GEXF of the store at `dir` hold what its
/// Neo4j CSV holds, as networkx reads them, for `relation` (empty: all).
fn formats_agree(dir: &Path, relation: &[&str]) -> usize {
    let mut args: Vec<&str> = relation.to_vec();
    args.extend(["--format", "csv", "-o", "csv"]);
    stdout_of(&network(dir, &args));
    let (nodes, rels) = neo4j(&dir.join("csv"));
    assert!(!rels.is_empty(), "the network has edges");
    let iris: std::collections::HashSet<&str> = nodes.iter().map(|n| n[0].as_str()).collect();
    assert_eq!(iris.len(), nodes.len(), "node ids are unique");
    for r in &rels {
        assert!(iris.contains(r.start.as_str()) && iris.contains(r.end.as_str()));
        assert_eq!(r.weight, r.articles.len(), "weight = number of articles");
        assert!(r.start != r.end, "no loops");
    }
    let symmetric = |r: &Rel| r.kind == "MET" || r.kind == "PARTICIPANT";
    let undirected = rels.iter().all(symmetric);
    // A directed network carries each symmetric edge both ways.
    let expect_edges = if undirected {
        rels.len()
    } else {
        rels.len() + rels.iter().filter(|r| symmetric(r)).count()
    };
    let expect_weight: usize = rels
        .iter()
        .map(|r| {
            if !undirected && symmetric(r) {
                2 * r.weight
            } else {
                r.weight
            }
        })
        .sum();
    for format in ["graphml", "gexf"] {
        let file = dir.join(format!("net.{format}"));
        let mut a: Vec<&str> = relation.to_vec();
        let file_s = file.to_string_lossy().into_owned();
        a.extend(["-o", &file_s]);
        stdout_of(&network(dir, &a));
        let g = networkx(&file);
        assert_eq!(g["nodes"], nodes.len(), "{format}");
        assert_eq!(g["edges"], expect_edges, "{format}");
        assert_eq!(
            g["weight_sum"].as_f64().expect("a number") as usize,
            expect_weight,
            "{format}"
        );
        let class = g["class"].as_str().expect("a class name");
        assert_eq!(class.contains("Di"), !undirected, "{format}: {class}");
        for e in g["edge_list"].as_array().expect("edges") {
            assert_eq!(
                e["weight"].as_f64(),
                e["articles"].as_f64(),
                "{format}: {e}"
            );
            assert!(e["source"].is_string() && e["relation"].is_string());
        }
    }
    rels.len()
}

#[test]
fn graphml_and_gexf_read_back_with_the_counts_and_weights_of_the_csv() {
    let dir = temp();
    ingest(dir.path(), data("articles"));
    let all = formats_agree(dir.path(), &[]);
    let mediation = formats_agree(dir.path(), &["--relation", "mediator,host"]);
    assert!(mediation < all);
    // The CSV kinds are the relations asked for.
    let (_, rels) = neo4j(&dir.path().join("csv"));
    assert!(rels
        .iter()
        .all(|r| r.kind == "MEDIATOR" || r.kind == "HOST"));
    assert!(rels.iter().any(|r| r.kind == "MEDIATOR"));
}

#[test]
fn the_store_and_from_give_the_same_network() {
    let dir = temp();
    ingest(dir.path(), data("articles"));
    for format in ["graphml", "gexf", "dot"] {
        let stored = stdout_of(&network(dir.path(), &["--format", format]));
        let from = stdout_of(
            &parley(dir.path())
                .args(["network", "--format", format, "--from"])
                .arg(data("articles"))
                .output()
                .expect("runs"),
        );
        assert_eq!(stored, from, "{format}");
        assert!(stored.contains("Oman"), "{format}");
    }
    // Under another base, the store and --from still agree, and every IRI
    // is under that base.
    let base = "http://example.org/news/";
    let other = temp();
    parley(other.path())
        .args(["--base", base, "ingest"])
        .arg(data("articles"))
        .assert()
        .success();
    let stored = stdout_of(&network(
        other.path(),
        &["--base", base, "--format", "graphml"],
    ));
    let from = stdout_of(
        &parley(other.path())
            .args(["--base", base, "network", "--format", "graphml", "--from"])
            .arg(data("articles"))
            .output()
            .expect("runs"),
    );
    assert_eq!(stored, from, "under --base");
    assert!(stored.contains("http://example.org/news/id/country/oman"));
    assert!(
        !stored.contains("parley.example"),
        "no IRI under the default base"
    );
}

#[test]
fn bad_flags_are_refused_with_the_reason() {
    let dir = temp();
    let cases: [(&[&str], &str); 4] = [
        (&["--relation", "topic", "--from"], "gives no edges"),
        (&["--relation", "friends", "--from"], "no such relation"),
        (&["--min-confidence", "2", "--from"], "from 0 to 1"),
        (&["--format", "csv", "--from"], "-o DIR"),
    ];
    for (args, message) in cases {
        let out = parley(dir.path())
            .arg("network")
            .args(args)
            .arg(data("articles/geneva-talks.txt"))
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(message), "{args:?}: {err}");
    }
}

#[test]
fn the_diplomacy_corpus_met_network_and_confidence() {
    let Some(corpus) = shared_or_skip(
        "the_diplomacy_corpus_met_network_and_confidence",
        "corpus/diplomacy",
    ) else {
        return;
    };
    let dir = temp();
    ingest(dir.path(), &corpus);
    let met = formats_agree(dir.path(), &["--relation", "met"]);
    let (_, rels) = neo4j(&dir.path().join("csv"));
    assert!(rels.iter().all(|r| r.kind == "MET"));
    // Every article id an edge lists is an article of the corpus.
    for r in &rels {
        for a in &r.articles {
            assert!(corpus.join(format!("{a}.txt")).exists(), "{a}");
        }
    }
    // A high bar keeps fewer edges.
    stdout_of(&network(
        dir.path(),
        &["--min-confidence", "0.85", "--format", "csv", "-o", "csv"],
    ));
    let (_, strict) = neo4j(&dir.path().join("csv"));
    stdout_of(&network(dir.path(), &["--format", "csv", "-o", "csv"]));
    let (_, loose) = neo4j(&dir.path().join("csv"));
    assert!(
        strict.len() < loose.len(),
        "{} < {}",
        strict.len(),
        loose.len()
    );
    assert!(met > 0 && met < loose.len());
}
