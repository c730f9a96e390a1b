//! Reading articles through the binary: stdin, folders, JSONL corpora, and
//! bad input reported per file while the rest is processed.

use crate::common;
use parley::input::read_inputs;

/// Data rows (header skipped) of a facts TSV, as columns.
fn rows(tsv: &str) -> Vec<Vec<String>> {
    tsv.lines()
        .skip(1)
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

#[test]
fn stdin_is_an_article_named_by_a_hash_of_its_text() {
    let dir = common::temp();
    let text =
        "Talks in Geneva were hosted by Oman. Foreign Minister Lena Okafor of Norway attended.\n";
    let out = common::parley(dir.path())
        .args(["facts", "-"])
        .write_stdin(text)
        .output()
        .expect("parley runs");
    let tsv = common::stdout_of(&out);
    assert_eq!(out.status.code(), Some(0));
    assert!(tsv.starts_with("doc\trelation\t"));
    let rows = rows(&tsv);
    assert!(
        !rows.is_empty(),
        "an article this plain yields facts:\n{tsv}"
    );
    let id = parley::input::stdin_id(text.as_bytes());
    assert!(id.starts_with("stdin-") && id.len() == 22, "{id}");
    assert!(rows.iter().all(|r| r[0] == id), "{tsv}");
}

#[test]
fn bad_files_are_reported_and_the_rest_is_read() {
    let dir = common::temp();
    let d = dir.path();
    common::write(d, "in/good.txt", "Talks in Geneva were hosted by Oman.\n");
    common::write(d, "in/empty.txt", "");
    common::write(d, "in/binary.txt", b"PK\x03\x04\0\0\x01");
    common::write(d, "in/latin1.md", b"Talks in Gen\xe8ve.\n");
    common::write(d, "in/skipped.csv", "not,an,article\n");
    common::write(
        d,
        "in/sub/corpus.jsonl",
        "{\"id\":\"rec-1\",\"text\":\"Talks in Geneva were hosted by Oman.\"}\n{broken\n{\"id\":\"rec-3\",\"title\":\"T\",\"text\":\"Talks in Doha were hosted by Qatar.\",\"lang\":\"en\"}\n",
    );
    let out = common::parley(d)
        .args(["facts", "in"])
        .output()
        .expect("parley runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "some inputs failed: {stderr}");
    for needle in [
        "empty.txt: is empty",
        "binary.txt: looks binary",
        "latin1.md: not valid UTF-8 at byte offset 12",
        "corpus.jsonl:2: not an article record",
    ] {
        assert!(
            stderr.contains(needle),
            "stderr lacks {needle:?}:\n{stderr}"
        );
    }
    assert!(!stderr.contains("skipped.csv"), "{stderr}");
    let tsv = String::from_utf8(out.stdout).expect("UTF-8");
    let docs: std::collections::BTreeSet<String> =
        rows(&tsv).into_iter().map(|r| r[0].clone()).collect();
    assert!(
        docs.contains("good") && docs.contains("rec-1") && docs.contains("rec-3"),
        "{tsv}"
    );
    assert!(
        docs.iter()
            .all(|d| ["good", "rec-1", "rec-3"].contains(&d.as_str())),
        "{docs:?}"
    );
}

#[test]
fn front_matter_offsets_index_the_whole_file() {
    let dir = common::temp();
    let text = "\u{feff}---\nid: doha-7\ntitle: \"Talks \\\"resume\\\"\"\ndate: '2025-05-02'\nsource: https://example.org/a\n---\nTalks in Doha were hosted by Qatar. Foreign Minister Lena Okafor of Norway attended.\n";
    let path = common::write(dir.path(), "article.md", text);
    let docs = read_inputs(&[path.display().to_string()], &mut |e| panic!("{e}"));
    assert_eq!(docs.len(), 1);
    let doc = &docs[0];
    assert_eq!(doc.id, "doha-7");
    assert_eq!(doc.title.as_deref(), Some("Talks \"resume\""));
    assert_eq!(doc.date.as_deref(), Some("2025-05-02"));
    assert_eq!(doc.source.as_deref(), Some("https://example.org/a"));
    assert_eq!(doc.text, text);
    assert!(doc.text[doc.body.clone()].starts_with("Talks in Doha"));
    // Through the binary, every span is a span of the file's bytes.
    let out = common::parley(dir.path())
        .args(["facts", "article.md"])
        .output()
        .expect("runs");
    let tsv = common::stdout_of(&out);
    let rows = rows(&tsv);
    assert!(!rows.is_empty(), "{tsv}");
    for r in rows {
        assert_eq!(r[0], "doha-7");
        let (s, e): (usize, usize) = (r[6].parse().expect("start"), r[7].parse().expect("end"));
        let span = text
            .get(s..e)
            .expect("offsets fall on characters of the file");
        assert!(s >= doc.body.start && !span.trim().is_empty(), "{r:?}");
    }
}

#[test]
fn the_same_article_read_twice_gets_the_same_id() {
    let dir = common::temp();
    let a = common::write(
        dir.path(),
        "a/talks.txt",
        "Talks in Doha were hosted by Qatar.\n",
    );
    let b = common::write(
        dir.path(),
        "b/talks.txt",
        "Talks in Doha were hosted by Qatar.\n",
    );
    let paths = [
        a.display().to_string(),
        b.display().to_string(),
        a.display().to_string(),
    ];
    // Files given by themselves are named by their file name; the same
    // text under one id is one article, each repetition a warning.
    let mut warnings = Vec::new();
    let docs = read_inputs(&paths, &mut |e| {
        assert!(e.is_warning(), "{e}");
        warnings.push(e.to_string());
    });
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["talks"]);
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(
        warnings[0].contains("was read already from"),
        "{warnings:?}"
    );
    // Read again, it gets the same id.
    let again = read_inputs(&paths[..1], &mut |e| panic!("{e}"));
    assert_eq!(again, docs);
}

#[test]
fn a_large_file_without_newlines_is_read() {
    let dir = common::temp();
    let sentence = "Talks in Doha were hosted by Qatar. ";
    let text = sentence.repeat((2 << 20) / sentence.len());
    let path = common::write(dir.path(), "big.txt", &text);
    let docs = read_inputs(&[path.display().to_string()], &mut |e| panic!("{e}"));
    assert_eq!(docs[0].text.len(), text.len());
    assert_eq!(docs[0].body, 0..text.len());
}
