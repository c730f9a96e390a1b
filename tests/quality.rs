//! Extraction quality only ratchets up: `parley eval` on each gold set must
//! stay within 0.02 of the micro P/R/F1 recorded in tests/quality.tsv, and
//! the seed must keep every required fact.

use crate::common::{self, parley, root, temp};

const TOLERANCE: f64 = 0.02;

struct Recorded {
    name: String,
    gold: String,
    articles: String,
    p: f64,
    r: f64,
    f1: f64,
}

fn recorded() -> Vec<Recorded> {
    let text = std::fs::read_to_string(root().join("tests/quality.tsv"))
        .expect("tests/quality.tsv is in the repository");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            assert_eq!(c.len(), 6, "tests/quality.tsv: six columns in {l:?}");
            let num = |s: &str| s.parse::<f64>().expect("a number in tests/quality.tsv");
            Recorded {
                name: c[0].into(),
                gold: c[1].into(),
                articles: c[2].into(),
                p: num(c[3]),
                r: num(c[4]),
                f1: num(c[5]),
            }
        })
        .collect()
}

/// Micro P/R/F1 of `parley eval`. `gold` is a file or folder, or several
/// gold files separated by `|` (a part of a folder), gathered in a temp
/// folder for the run.
fn micro(gold: &str, articles: &str) -> (f64, f64, f64) {
    let dir = temp();
    let gold_path = if gold.contains('|') {
        for f in gold.split('|') {
            let from = root().join(f);
            let name = from.file_name().expect("a gold file name");
            std::fs::copy(&from, dir.path().join(name))
                .unwrap_or_else(|e| panic!("{}: {e}", from.display()));
        }
        dir.path().to_path_buf()
    } else {
        root().join(gold)
    };
    let out = parley(&root())
        .arg("eval")
        .arg(&gold_path)
        .args(articles.split('|'))
        .arg("--json")
        .output()
        .expect("parley eval runs");
    assert!(
        out.status.success(),
        "parley eval {gold} {articles} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("parley eval --json prints JSON");
    let m = &v["micro"];
    let get = |k: &str| m[k].as_f64().unwrap_or_else(|| panic!("micro.{k} in {v}"));
    (get("p"), get("r"), get("f"))
}

#[test]
fn quality_does_not_fall_below_the_recorded_figures() {
    let sets = recorded();
    for name in ["seed", "shared-tune", "shared-heldout", "ours"] {
        assert!(
            sets.iter().any(|s| s.name == name),
            "the gold set {name} is recorded"
        );
    }
    for s in sets {
        if s.gold.contains("../shared") || s.articles.contains("../shared") {
            let what = format!("quality of the {} set", s.name);
            if common::shared_or_skip(&what, "gold").is_none() {
                continue;
            }
        }
        let (p, r, f1) = micro(&s.gold, &s.articles);
        eprintln!(
            "{}: P={p:.3} R={r:.3} F1={f1:.3} (recorded {:.3})",
            s.name, s.f1
        );
        assert!(
            f1 >= s.f1 - TOLERANCE,
            "{}: micro F1 {f1:.3} fell below the recorded {:.3}",
            s.name,
            s.f1
        );
        assert!(
            p >= s.p - TOLERANCE,
            "{}: micro precision {p:.3} fell below the recorded {:.3}",
            s.name,
            s.p
        );
        assert!(
            r >= s.r - TOLERANCE,
            "{}: micro recall {r:.3} fell below the recorded {:.3}",
            s.name,
            s.r
        );
    }
}

#[test]
fn the_seed_yields_every_required_fact() {
    if common::shared_or_skip(
        "the_seed_yields_every_required_fact",
        "gold/geneva-talks.tsv",
    )
    .is_none()
    {
        return;
    }
    let out = parley(&root())
        .args([
            "eval",
            "../shared/gold/geneva-talks.tsv",
            "data/articles/geneva-talks.txt",
            "--errors",
        ])
        .output()
        .expect("parley eval runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let missed: Vec<&str> = text.lines().filter(|l| l.starts_with("MISSED")).collect();
    assert!(
        missed.is_empty(),
        "the seed misses required facts:\n{}",
        missed.join("\n")
    );
    let (p, _, _) = micro(
        "../shared/gold/geneva-talks.tsv",
        "data/articles/geneva-talks.txt",
    );
    assert!(p >= 0.95, "seed precision {p:.3} < 0.95");
}
