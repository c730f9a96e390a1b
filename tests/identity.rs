//! Article identity (issue 9 item 1): ids from metadata or paths, stdin
//! ids, one id per run, replacing and `--no-replace`, `parley delete`.

use crate::common::{parley, temp, write};
use std::path::Path;

/// The article ids the store in `dir` (default `parley.db`) holds, sorted.
pub fn ids(dir: &Path) -> Vec<String> {
    let out = parley(dir)
        .args([
            "query",
            "--format",
            "tsv",
            "SELECT ?id WHERE { GRAPH ?g { ?a a <https://parley.example/ontology#Article> ; <https://parley.example/ontology#articleId> ?id } }",
        ])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut ids: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(1)
        .map(|l| l.trim_matches('"').to_string())
        .collect();
    ids.sort();
    ids
}

/// The headlines the store in `dir` holds, sorted.
fn headlines(dir: &Path) -> Vec<String> {
    let out = parley(dir)
        .args([
            "query",
            "--format",
            "tsv",
            "SELECT ?h WHERE { ?a <http://schema.org/headline> ?h }",
        ])
        .output()
        .expect("runs");
    let mut h: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(1)
        .map(|l| l.trim_matches('"').to_string())
        .collect();
    h.sort();
    h
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn the_same_file_name_in_two_folders_gives_two_articles() {
    let dir = temp();
    write(dir.path(), "in/a/001.txt", "Oman hosted talks in Geneva.\n");
    write(dir.path(), "in/b/001.txt", "Qatar hosted talks in Doha.\n");
    write(dir.path(), "in/top.txt", "Norway hosted talks in Oslo.\n");
    let out = parley(dir.path())
        .args(["ingest", "in"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(ids(dir.path()), ["a/001", "b/001", "top"]);
    // A file given by itself is named by its file name.
    let out = parley(dir.path())
        .args(["facts", "in/b/001.txt"])
        .output()
        .expect("runs");
    let tsv = String::from_utf8_lossy(&out.stdout);
    assert!(tsv.lines().skip(1).all(|l| l.starts_with("001\t")), "{tsv}");
}

#[test]
fn two_jsonl_records_with_one_id_are_an_error_naming_both() {
    let dir = temp();
    write(
        dir.path(),
        "c.jsonl",
        concat!(
            "{\"id\":\"x\",\"title\":\"First\",\"text\":\"Oman hosted talks in Geneva.\"}\n",
            "{\"id\":\"x\",\"title\":\"Second\",\"text\":\"Qatar hosted talks in Doha.\"}\n",
            "{\"id\":\"y\",\"title\":\"Third\",\"text\":\"Norway hosted talks in Oslo.\"}\n",
            "{\"id\":\"y\",\"title\":\"Third\",\"text\":\"Norway hosted talks in Oslo.\"}\n",
        ),
    );
    let out = parley(dir.path())
        .args(["ingest", "c.jsonl"])
        .output()
        .expect("runs");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("c.jsonl:2: article id `x` is already taken in this run by c.jsonl:1"),
        "{err}"
    );
    // The first stays, the second is not merged into it; the same record
    // twice is one article and only a warning.
    assert_eq!(ids(dir.path()), ["x", "y"]);
    assert_eq!(headlines(dir.path()), ["First", "Third"]);
    assert!(err.contains("1 × article read twice"), "{err}");
}

#[test]
fn stdin_articles_get_ids_from_their_text_or_from_id() {
    let dir = temp();
    let pipe = |text: &str, extra: &[&str]| {
        parley(dir.path())
            .arg("ingest")
            .args(extra)
            .arg("-")
            .write_stdin(text.to_string())
            .output()
            .expect("runs")
    };
    assert!(pipe("Oman hosted talks in Geneva.\n", &[]).status.success());
    assert!(pipe("Qatar hosted talks in Doha.\n", &[]).status.success());
    let got = ids(dir.path());
    assert_eq!(got.len(), 2, "two pipes, two articles: {got:?}");
    for id in &got {
        let hex = id.strip_prefix("stdin-").expect("stdin- prefix");
        assert_eq!(hex.len(), 16, "{id}");
        assert!(hex.bytes().all(|b| b.is_ascii_hexdigit()), "{id}");
    }
    // The same text again is the same article, unchanged.
    let again = pipe("Oman hosted talks in Geneva.\n", &[]);
    assert!(
        stderr(&again).contains("0 new, 0 replaced, 1 unchanged"),
        "{}",
        stderr(&again)
    );
    assert!(pipe("Norway hosted talks.\n", &["--id", "oslo-1"])
        .status
        .success());
    assert!(ids(dir.path()).contains(&"oslo-1".to_string()));
    // --id without stdin among the paths is a usage error.
    write(dir.path(), "a.txt", "Text.\n");
    let out = parley(dir.path())
        .args(["ingest", "--id", "n", "a.txt"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--id n names the article read from stdin"));
}

#[test]
fn a_changed_article_is_reported_replaced_or_kept_with_no_replace() {
    let dir = temp();
    write(
        dir.path(),
        "in/a.md",
        "---\ntitle: Old\n---\nOman hosted talks.\n",
    );
    write(
        dir.path(),
        "in/b.md",
        "---\ntitle: B\n---\nQatar hosted talks.\n",
    );
    assert!(parley(dir.path())
        .args(["ingest", "in/a.md"])
        .output()
        .expect("runs")
        .status
        .success());
    write(
        dir.path(),
        "in/a.md",
        "---\ntitle: New\n---\nOman hosted talks.\n",
    );
    let out = parley(dir.path())
        .args(["ingest", "--no-replace", "in"])
        .output()
        .expect("runs");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("in/a.md: the store holds a different article with id `a`; kept it"),
        "{err}"
    );
    assert!(err.contains("1 new, 0 replaced"), "{err}");
    assert_eq!(headlines(dir.path()), ["B", "Old"], "b ingested, a kept");
    let out = parley(dir.path())
        .args(["ingest", "in"])
        .output()
        .expect("runs");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("0 new, 1 replaced, 1 unchanged"), "{err}");
    assert!(err.contains("under these ids): a\n"), "{err}");
    assert_eq!(headlines(dir.path()), ["B", "New"]);
}

#[test]
fn delete_removes_articles_and_names_the_missing() {
    let dir = temp();
    write(dir.path(), "in/a.txt", "Oman hosted talks in Geneva.\n");
    write(dir.path(), "in/b.txt", "Qatar hosted talks in Doha.\n");
    assert!(parley(dir.path())
        .args(["ingest", "in"])
        .output()
        .expect("runs")
        .status
        .success());
    let out = parley(dir.path())
        .args(["delete", "a", "nope"])
        .output()
        .expect("runs");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("deleted a"), "{err}");
    assert!(err.contains("nope: not found in store"), "{err}");
    assert_eq!(ids(dir.path()), ["b"]);
    let out = parley(dir.path())
        .args(["delete", "b"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert!(ids(dir.path()).is_empty());
    // No store: an error, and none is created.
    let empty = temp();
    let out = parley(empty.path())
        .args(["delete", "a"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(!empty.path().join("parley.db").exists());
}

#[test]
fn a_leader_named_two_ways_in_two_articles_is_one_person_with_a_wikidata_link() {
    let dir = temp();
    write(
        dir.path(),
        "in/a.txt",
        "Joe Biden met Emmanuel Macron in Paris on Monday.\n\n\"We stand together,\" Biden said after the meeting.\n",
    );
    write(
        dir.path(),
        "in/b.txt",
        "President Joseph R. Biden Jr. hosted talks with Japan in Washington on Friday.\n\n\"The talks were useful,\" Biden told reporters.\n",
    );
    crate::common::ingest(dir.path(), "in");
    let out = parley(dir.path())
        .args([
            "query",
            "--format",
            "tsv",
            "PREFIX schema: <http://schema.org/> PREFIX owl: <http://www.w3.org/2002/07/owl#> \
             SELECT ?who ?same (COUNT(DISTINCT ?g) AS ?articles) \
             WHERE { GRAPH ?g { ?q schema:creator ?who } OPTIONAL { ?who owl:sameAs ?same } } \
             GROUP BY ?who ?same",
        ])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(1)
        .map(str::to_string)
        .collect();
    assert_eq!(
        rows,
        ["<https://parley.example/id/person/joe-biden>\t<http://www.wikidata.org/entity/Q6279>\t2"]
    );
    // who-said-what gives both quotations to the one person, by the
    // lexicon's name.
    let out = parley(dir.path())
        .args(["query", "--name", "who-said-what", "--format", "tsv"])
        .output()
        .expect("runs");
    let tsv = String::from_utf8_lossy(&out.stdout);
    let speakers: Vec<&str> = tsv
        .lines()
        .skip(1)
        .map(|l| l.split('\t').nth(1).unwrap_or(""))
        .collect();
    assert_eq!(speakers, ["\"Joe Biden\"", "\"Joe Biden\""], "{tsv}");
    // `explain` finds the person under a name neither article uses.
    let out = parley(dir.path())
        .args(["explain", "Joseph Robinette Biden"])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    for article in ["a · quote(Joe Biden", "b · quote(Joe Biden"] {
        assert!(text.contains(article), "{article} in {text}");
    }
}
