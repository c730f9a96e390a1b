//! `parley facts`: the TSV contract of shared/EVAL.md and JSONL, on the
//! sample articles.

use crate::common;
use std::collections::BTreeMap;

/// The text of each sample article, by the id parley gives it.
fn articles() -> BTreeMap<String, String> {
    let docs = parley::input::read_inputs(
        &[common::data("articles").display().to_string()],
        &mut |e| panic!("sample articles read cleanly: {e}"),
    );
    docs.into_iter().map(|d| (d.id, d.text)).collect()
}

#[test]
fn tsv_follows_the_contract() {
    let root = common::root();
    let out = common::parley(&root)
        .args(["facts", "data/articles"])
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tsv = common::stdout_of(&out);
    let mut lines = tsv.lines();
    assert_eq!(
        lines.next(),
        Some("doc\trelation\targ1\targ2\targ3\tsentence\tstart\tend")
    );
    let texts = articles();
    let relations = parley::Relation::ALL.map(|r| r.as_str());
    let mut per_doc: BTreeMap<&str, usize> = BTreeMap::new();
    for line in lines {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 8, "{line:?}");
        assert!(relations.contains(&cols[1]), "{line:?}");
        assert!(!cols[2].trim().is_empty(), "arg1 is never empty: {line:?}");
        cols[5].parse::<usize>().expect("sentence index");
        let (s, e): (usize, usize) = (
            cols[6].parse().expect("start"),
            cols[7].parse().expect("end"),
        );
        let text = texts
            .get(cols[0])
            .unwrap_or_else(|| panic!("unknown doc {:?}", cols[0]));
        let evidence = text
            .get(s..e)
            .unwrap_or_else(|| panic!("span off the text: {line:?}"));
        assert!(s < e && !evidence.trim().is_empty(), "{line:?}");
        *per_doc.entry(cols[0]).or_default() += 1;
    }
    for id in texts.keys() {
        assert!(
            per_doc.get(id.as_str()).copied().unwrap_or(0) > 0,
            "no facts for {id}"
        );
    }
    // Deterministic: one thread or many, the same bytes.
    let again = common::parley(&root)
        .args(["--threads", "1", "facts", "data/articles"])
        .output()
        .expect("runs");
    assert_eq!(common::stdout_of(&again), tsv);
}

#[test]
fn jsonl_carries_the_evidence() {
    let root = common::root();
    let tsv = common::stdout_of(
        &common::parley(&root)
            .args(["facts", "data/articles"])
            .output()
            .expect("runs"),
    );
    let out = common::parley(&root)
        .args(["facts", "--format", "jsonl", "data/articles"])
        .output()
        .expect("runs");
    let jsonl = common::stdout_of(&out);
    let objects: Vec<serde_json::Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is a JSON object"))
        .collect();
    assert_eq!(
        objects.len(),
        tsv.lines().count() - 1,
        "one object per TSV row"
    );
    for (o, row) in objects.iter().zip(tsv.lines().skip(1)) {
        let cols: Vec<&str> = row.split('\t').collect();
        assert_eq!(o["doc"], cols[0]);
        assert_eq!(o["relation"], cols[1]);
        let ev = &o["evidence"];
        assert_eq!(ev["span"]["start"].to_string(), cols[6]);
        assert_eq!(ev["span"]["end"].to_string(), cols[7]);
        assert!(ev["rule"]
            .as_str()
            .is_some_and(|r| r.contains('/') || !r.is_empty()));
        let c = ev["confidence"].as_f64().expect("confidence");
        assert!((0.0..=1.0).contains(&c), "{o}");
        assert!(o["args"].as_array().is_some_and(|a| !a.is_empty()));
    }
}
