//! The graph model: stable content-derived IRIs, a configurable base,
//! evidence in context (`parley explain`), `--min-confidence`, article ids
//! that every RDF parser reads back, and compact JSON-LD.

use crate::common::{data, ingest, parley, stdout_of, temp, write};
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

fn seed() -> std::path::PathBuf {
    data("articles/geneva-talks.txt")
}

/// `parley export --format nquads` of the store in `dir`, with `args` (a
/// base, say) before the command's own.
fn nquads(dir: &Path, args: &[&str]) -> String {
    let out = parley(dir)
        .args(args)
        .args(["export", "--format", "nquads"])
        .output()
        .expect("runs");
    stdout_of(&out)
}

/// The fact IRIs (`…#fact-H`) an N-Quads text mentions.
fn fact_iris(nq: &str) -> BTreeSet<String> {
    nq.split(['<', '>'])
        .filter(|s| s.contains("#fact-"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_same_input_twice_gives_the_same_quads() {
    let (a, b) = (temp(), temp());
    for dir in [&a, &b] {
        ingest(dir.path(), data("articles"));
    }
    let (qa, qb) = (nquads(a.path(), &[]), nquads(b.path(), &[]));
    let sorted = |s: &str| s.lines().map(str::to_owned).collect::<BTreeSet<_>>();
    assert_eq!(sorted(&qa), sorted(&qb));
    // Facts are named by content: 16 hex digits, no positions.
    let facts = fact_iris(&qa);
    assert!(facts.len() > 50, "{}", facts.len());
    for f in &facts {
        let h = f.rsplit("#fact-").next().expect("has #fact-");
        assert!(
            h.len() == 16 && h.bytes().all(|c| c.is_ascii_hexdigit()),
            "{f}"
        );
    }
}

#[test]
fn a_facts_iri_does_not_change_when_an_unrelated_fact_comes_or_goes() {
    let dir = temp();
    let text = "Talks between Chile and Peru were hosted by Norway in Oslo on 2025-03-04.\n";
    let more = "Separately, officials said the talks were mediated by Qatar.\n";
    let one = write(dir.path(), "one/talks.txt", text);
    let two = write(dir.path(), "two/talks.txt", format!("{text}{more}"));
    let store = |article: &Path, name: &str| {
        let store = dir.path().join(name);
        parley(dir.path())
            .args(["ingest", "--store"])
            .arg(&store)
            .arg(article)
            .assert()
            .success();
        let out = parley(dir.path())
            .args(["export", "--format", "nquads", "--store"])
            .arg(&store)
            .output()
            .expect("runs");
        fact_iris(&stdout_of(&out))
    };
    let before = store(&one, "one.db");
    let after = store(&two, "two.db");
    assert!(!before.is_empty());
    assert!(
        after.len() > before.len(),
        "the added sentence adds a fact: {after:?}"
    );
    // Every fact of the shorter text keeps its IRI in the longer one, and
    // removing the added fact again gives the first set back.
    assert!(before.is_subset(&after), "{before:?} vs {after:?}");
    assert_eq!(before, store(&one, "two.db"));
}

#[test]
fn a_base_moves_every_data_iri_and_the_named_queries_still_answer() {
    let dir = temp();
    let base = "https://news.example/kg/";
    parley(dir.path())
        .args(["--base", base, "ingest"])
        .arg(data("articles"))
        .assert()
        .success();
    let nq = nquads(dir.path(), &["--base", base]);
    assert!(!nq.contains("https://parley.example/id/"), "{nq:.300}");
    assert!(nq.contains("<https://news.example/kg/id/article/geneva-talks>"));
    assert!(nq.contains("<https://news.example/kg/id/country/oman>"));
    assert!(nq.contains("<https://news.example/kg/id/entities>"));
    // The vocabulary does not move.
    assert!(nq.contains("<https://parley.example/ontology#mediator>"));

    // The same answers as under the default base, IRIs aside.
    let plain = temp();
    ingest(plain.path(), data("articles"));
    for name in [
        "articles",
        "evidence",
        "who-mediated",
        "who-hosted",
        "who-attended",
        "who-said-what",
        "roles",
        "meetings",
        "locations",
        "topics",
    ] {
        let run = |d: &Path, args: &[&str]| {
            let out = parley(d)
                .args(args)
                .args(["query", "--name", name, "--format", "tsv"])
                .output()
                .expect("runs");
            let text = stdout_of(&out).replace(base, "https://parley.example/");
            // GROUP_CONCAT joins in storage order, which follows the IRIs:
            // compare the attendees of a meeting as a set.
            let rows: BTreeSet<String> = text
                .lines()
                .map(|row| match row.rsplit_once('\t') {
                    Some((head, last)) if name == "meetings" => {
                        let mut names: Vec<&str> = last.trim_matches('"').split(", ").collect();
                        names.sort_unstable();
                        format!("{head}\t{}", names.join(", "))
                    }
                    _ => row.to_owned(),
                })
                .collect();
            rows
        };
        let (moved, default) = (run(dir.path(), &["--base", base]), run(plain.path(), &[]));
        assert!(moved.len() > 1, "{name} answers under --base");
        assert_eq!(moved, default, "{name}");
    }
    // The environment variable does the same; a store built under another
    // base is refused with the base to give.
    parley(dir.path())
        .env("PARLEY_BASE", base)
        .args(["export", "--graph", "geneva-talks", "--format", "nt"])
        .assert()
        .success();
    let out = parley(dir.path())
        .args(["query", "--name", "articles"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--base https://news.example/kg/"), "{err}");
    // A base that is no IRI is a usage error.
    let out = parley(dir.path())
        .args(["--base", "not an iri", "query", "--name", "articles"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not an absolute IRI"));
}

#[test]
fn the_store_holds_the_text_the_source_url_and_each_facts_sentence() {
    let dir = temp();
    let jsonl = write(
        dir.path(),
        "c.jsonl",
        r#"{"id":"c1","title":"T","source":"Ministry","url":"https://example.org/a?b=1","text":"Preamble here. Talks between Chile and Peru were hosted by Norway in Oslo. Nothing else."}"#,
    );
    ingest(dir.path(), &jsonl);
    let ask = |q: &str| {
        let out = parley(dir.path())
            .args(["query", "--format", "csv", q])
            .output()
            .expect("runs");
        stdout_of(&out)
    };
    let q = "PREFIX parley: <https://parley.example/ontology#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?url ?n ?words ?sentence ?b WHERE {
  ?a parley:articleId \"c1\" ; schema:url ?url ; parley:text ?ctx .
  ?ctx nif:isString ?text ; nif:endIndex ?n ; nif:sourceUrl ?url .
  ?f parley:relation \"host\" ; parley:evidenceText ?words ; prov:wasDerivedFrom ?p .
  ?p nif:referenceContext ?ctx ; nif:sentence ?s .
  ?s nif:anchorOf ?sentence ; nif:beginIndex ?b ; nif:referenceContext ?ctx .
  FILTER(STRLEN(?text) = ?n)
}";
    let out = ask(q);
    let row = out
        .lines()
        .nth(1)
        .unwrap_or_else(|| panic!("no row: {out}"));
    assert!(row.starts_with("https://example.org/a?b=1,"), "{row}");
    assert!(
        row.contains("Talks between Chile and Peru were hosted by Norway in Oslo."),
        "{row}"
    );
    assert!(
        row.ends_with(",15"),
        "the sentence starts at character 15: {row}"
    );
}

#[test]
fn explain_marks_the_words_in_their_sentence() {
    let dir = temp();
    ingest(dir.path(), seed());
    let run = |args: &[&str]| {
        let out = parley(dir.path())
            .arg("explain")
            .args(args)
            .output()
            .expect("runs");
        stdout_of(&out)
    };
    // An article: every fact, each with its sentence and the words marked.
    let all = run(&["geneva-talks"]);
    let facts = parley(dir.path())
        .arg("facts")
        .arg(seed())
        .output()
        .expect("runs");
    let n = stdout_of(&facts).lines().count() - 1;
    assert_eq!(all.matches("\n  <https://").count(), n, "{all}");
    assert!(
        all.contains("geneva-talks · mediator(Oman) · confidence 0.95 · mediation/mediated-by"),
        "{all}"
    );
    assert!(all.contains("«Sultanate of Oman»"), "{all}");
    assert!(!all.contains('\x1b'), "no ANSI codes when piped");
    // An entity by name, without regard to case: only facts about it.
    let oman = run(&["oman"]);
    assert!(
        oman.contains("host(Oman)") && oman.contains("mediator(Oman)"),
        "{oman}"
    );
    assert!(!oman.contains("topic("), "{oman}");
    // One fact by its IRI.
    let iri = oman
        .lines()
        .find_map(|l| l.trim().strip_prefix('<')?.strip_suffix('>'))
        .expect("a fact IRI")
        .to_owned();
    let one = run(&[&iri]);
    assert_eq!(one.matches("\n  <https://").count(), 1, "{one}");
    // A confidence threshold leaves out the weaker facts.
    let strong = run(&["geneva-talks", "--min-confidence", "0.9"]);
    let count = |s: &str| s.matches("\n  <https://").count();
    assert!(
        count(&strong) < count(&all) && count(&strong) > 0,
        "{strong}"
    );
    for line in strong.lines().filter(|l| l.contains(" · confidence ")) {
        let c: f64 = line
            .split(" · confidence ")
            .nth(1)
            .and_then(|r| r.split(' ').next())
            .and_then(|c| c.parse().ok())
            .expect("a confidence");
        assert!(c >= 0.9, "{line}");
    }
    // Something the store does not hold is an error that says what to give.
    let out = parley(dir.path())
        .args(["explain", "Atlantis"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no article id, fact IRI or entity"));
}

#[test]
fn min_confidence_filters_facts_named_queries_and_dot() {
    let dir = temp();
    let facts = |min: Option<&str>| {
        let mut cmd = parley(dir.path());
        cmd.arg("facts").arg(data("articles"));
        if let Some(m) = min {
            cmd.args(["--min-confidence", m]);
        }
        let text = stdout_of(&cmd.output().expect("runs"));
        text.lines().skip(1).map(str::to_owned).collect::<Vec<_>>()
    };
    let (all, strong) = (facts(None), facts(Some("0.9")));
    assert!(strong.len() < all.len() && !strong.is_empty());
    assert!(strong.iter().all(|f| all.contains(f)));
    assert!(facts(Some("1")).len() < strong.len());

    ingest(dir.path(), data("articles"));
    let query = |name: &str, min: Option<&str>| {
        let mut cmd = parley(dir.path());
        cmd.args(["query", "--name", name, "--format", "tsv"]);
        if let Some(m) = min {
            cmd.args(["--min-confidence", m]);
        }
        stdout_of(&cmd.output().expect("runs")).lines().count() - 1
    };
    // The evidence query has a row per fact: the filter keeps exactly the
    // facts `parley facts --min-confidence` prints.
    assert_eq!(query("evidence", None), all.len());
    assert_eq!(query("evidence", Some("0.9")), strong.len());
    for name in ["who-attended", "topics", "roles", "who-said-what"] {
        assert!(query(name, Some("1")) <= query(name, Some("0.5")), "{name}");
    }
    assert!(query("topics", Some("1")) < query("topics", None));
    // Out of range is refused with the reason.
    let out = parley(dir.path())
        .args(["facts", "--min-confidence", "1.5"])
        .arg(seed())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("from 0 to 1"));

    // dot: facts above every confidence leave nothing but bare talks.
    let dot = |min: Option<&str>| {
        let mut cmd = parley(dir.path());
        cmd.args(["dot", "--doc", "geneva-talks"]);
        if let Some(m) = min {
            cmd.args(["--min-confidence", m]);
        }
        stdout_of(&cmd.output().expect("runs"))
    };
    let (full, some, none) = (dot(None), dot(Some("0.9")), dot(Some("1")));
    let edges = |s: &str| s.matches(" -> ").count();
    assert!(edges(&some) < edges(&full), "{some}");
    assert!(edges(&none) < edges(&some), "{none}");
    assert!(full.contains("label=\"mediator\"") && some.contains("label=\"mediator\""));
}

/// Runs a Python script with rdflib; returns its stdout.
fn python(script: &str, args: &[&Path]) -> String {
    let out = Command::new("python3")
        .args(["-c", script])
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("python3 with rdflib is needed (scripts/setup.sh): {e}"));
    assert!(
        out.status.success(),
        "python failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn odd_article_ids_give_iris_every_parser_reads_back_the_same() {
    let dir = temp();
    let ids = [
        ".",
        "..",
        "a/b",
        "with space",
        "gt>lt<",
        "quote\"d",
        "per%cent",
    ];
    let mut jsonl = String::new();
    for id in ids {
        jsonl.push_str(
            &serde_json::json!({
                "id": id,
                "text": format!("Talks about {id} were hosted by Norway in Oslo."),
            })
            .to_string(),
        );
        jsonl.push('\n');
    }
    let input = write(dir.path(), "odd.jsonl", jsonl);
    ingest(dir.path(), &input);
    let expected: BTreeSet<String> = [
        "%2E",
        "%2E%2E",
        "a%2Fb",
        "with%20space",
        "gt%3Elt%3C",
        "quote%22d",
        "per%25cent",
    ]
    .iter()
    .map(|e| format!("https://parley.example/id/article/{e}"))
    .collect();
    for (format, ext, rapper) in [
        ("nquads", "nq", "nquads"),
        ("trig", "trig", "trig"),
        ("turtle", "ttl", "turtle"),
        ("rdfxml", "rdf", "rdfxml"),
        ("jsonld", "jsonld", ""),
    ] {
        let path = dir.path().join(format!("odd.{ext}"));
        parley(dir.path())
            .args(["export", "--format", format, "-o"])
            .arg(&path)
            .assert()
            .success();
        // rdflib: the subjects with a parley:articleId, and the ids.
        let script = "import sys, rdflib\n\
            ds = rdflib.Dataset()\n\
            ds.parse(sys.argv[1], format=sys.argv[2])\n\
            p = rdflib.URIRef('https://parley.example/ontology#articleId')\n\
            for s, _, o, _ in ds.quads((None, p, None, None)):\n    print(f'{s}\\t{o}')";
        let rdflib_format = match format {
            "nquads" => "nquads",
            "trig" => "trig",
            "turtle" => "turtle",
            "rdfxml" => "xml",
            _ => "json-ld",
        };
        let out = Command::new("python3")
            .args(["-c", script])
            .arg(&path)
            .arg(rdflib_format)
            .output()
            .expect("python3 runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let rows: BTreeSet<String> = String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_owned)
            .collect();
        let subjects: BTreeSet<String> = rows
            .iter()
            .map(|r| r.split('\t').next().unwrap_or_default().to_owned())
            .collect();
        assert_eq!(subjects, expected, "rdflib, {format}");
        for id in ids {
            assert!(
                rows.iter().any(|r| r.ends_with(&format!("\t{id}"))),
                "rdflib, {format}: id {id:?} in {rows:?}"
            );
        }
        // rapper: the same IRIs, as N-Triples.
        if rapper.is_empty() {
            continue;
        }
        let out = Command::new("rapper")
            .args(["-q", "-i", rapper, "-o", "ntriples"])
            .arg(&path)
            .output()
            .expect("rapper runs (apt-get install raptor2-utils)");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let nt = String::from_utf8_lossy(&out.stdout);
        let found: BTreeSet<String> = nt
            .lines()
            .filter(|l| l.contains("<https://parley.example/ontology#articleId>"))
            .filter_map(|l| l.strip_prefix('<')?.split('>').next().map(str::to_owned))
            .collect();
        assert_eq!(found, expected, "rapper, {format}");
    }
}

#[test]
fn json_ld_is_compact_and_reads_back_as_the_same_quads() {
    let dir = temp();
    ingest(dir.path(), data("articles"));
    let jsonld = dir.path().join("all.jsonld");
    let nq = dir.path().join("all.nq");
    for path in [&jsonld, &nq] {
        parley(dir.path())
            .args(["export", "-o"])
            .arg(path)
            .assert()
            .success();
    }
    let text = std::fs::read_to_string(&jsonld).expect("written");
    let doc: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let context = &doc["@context"];
    assert_eq!(context["parley"], "https://parley.example/ontology#");
    assert_eq!(context["country"], "https://parley.example/id/country/");
    assert!(text.contains("\"parley:articleId\""), "keys are compact");
    assert!(text.contains("\"country:oman\""), "IRIs are compact");
    let body = text.split_once("\"@graph\"").map_or("", |(_, b)| b);
    assert!(!body.contains("\"https://parley.example/"), "{body:.400}");
    // rdflib expands it to exactly the quads of the N-Quads export.
    let script = "import sys, rdflib\n\
        a = rdflib.Dataset(); a.parse(sys.argv[1], format='json-ld')\n\
        b = rdflib.Dataset(); b.parse(sys.argv[2], format='nquads')\n\
        qa = set((s, p, o, g) for s, p, o, g in a.quads((None, None, None, None)) if g is not None)\n\
        qb = set((s, p, o, g) for s, p, o, g in b.quads((None, None, None, None)) if g is not None)\n\
        print(len(qa), len(qb), len(qa ^ qb))\n\
        for q in list(qa ^ qb)[:5]: print(q)";
    let out = python(script, &[&jsonld, &nq]);
    let mut nums = out
        .split_whitespace()
        .map(|n| n.parse::<usize>().unwrap_or(usize::MAX));
    let (a, b, diff) = (nums.next(), nums.next(), nums.next());
    assert_eq!(diff, Some(0), "{out}");
    assert_eq!(a, b, "{out}");
    assert!(a > Some(1000), "{out}");
}
