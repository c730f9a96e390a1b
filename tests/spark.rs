//! `scripts/spark/extract.py` in Spark's local mode: the union of its
//! N-Quads shards is what `parley export --from` writes for the same
//! records. Needs Java and pyspark (scripts/setup.sh installs both) and the
//! bulk corpus of ../shared.

use crate::common::{parley, root, shared_or_skip, stdout_of, temp, write};
use std::collections::BTreeSet;
use std::process::Command;

#[test]
fn spark_shards_union_equals_export_from() {
    let Some(bulk) = shared_or_skip(
        "spark_shards_union_equals_export_from",
        "corpus/bulk/whitehouse_statements.jsonl",
    ) else {
        return;
    };
    let dir = temp();
    let d = dir.path();
    let text = std::fs::read_to_string(bulk).expect("bulk corpus");
    let records: String = text.lines().take(300).map(|l| format!("{l}\n")).collect();
    write(d, "corpus.jsonl", &records);
    let out = Command::new("python3")
        .arg(root().join("scripts/spark/extract.py"))
        .args(["--master", "local[2]", "--partitions", "2", "--parley"])
        .arg(assert_cmd::cargo::cargo_bin("parley"))
        .args(["corpus.jsonl", "shards"])
        .current_dir(d)
        .output()
        .expect("python3 runs (scripts/setup.sh installs pyspark and Java)");
    assert!(
        out.status.success(),
        "extract.py failed (scripts/setup.sh installs pyspark and Java): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut shards = 0;
    let mut union = BTreeSet::new();
    for entry in std::fs::read_dir(d.join("shards")).expect("the shards folder") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        if !name.starts_with("part-") {
            continue;
        }
        let shard = std::fs::read_to_string(&path).expect("a shard");
        if !shard.is_empty() {
            shards += 1;
        }
        union.extend(shard.lines().map(str::to_owned));
    }
    assert_eq!(shards, 2, "one shard per partition");
    let single = stdout_of(
        &parley(d)
            .args(["export", "--format", "nquads", "--from", "corpus.jsonl"])
            .output()
            .expect("export"),
    );
    let single: BTreeSet<String> = single.lines().map(str::to_owned).collect();
    assert!(single.len() > 20_000, "{}", single.len());
    assert_eq!(union.len(), single.len());
    assert!(
        union == single,
        "the shards hold other quads than export --from"
    );
}
