//! The graph at corpus scale, on generated articles (no shared data needed):
//! every named query answers without duplicate rows and with a row count
//! that grows linearly with the store, and ingesting twice changes nothing.
//!
//! The articles share their mediators, parties, places and people, as news
//! does: that is what made queries multiply across article graphs when each
//! graph repeated the entities' descriptions.

use parley::rdf::queries::NAMED;
use parley::store::{Ingested, Store};
use parley::{Document, Fact, Lexicon};
use std::collections::BTreeMap;

const MEDIATORS: [&str; 3] = ["Oman", "Qatar", "Norway"];
const PARTIES: [(&str, &str, &str); 4] = [
    ("Iran", "United States", "Iranian"),
    ("Sudan", "South Sudan", "Sudanese"),
    ("Armenia", "Azerbaijan", "Armenian"),
    ("Ethiopia", "Eritrea", "Ethiopian"),
];
const HOSTS: [&str; 2] = ["Switzerland", "Austria"];
const PLACES: [&str; 5] = ["Geneva", "Doha", "Oslo", "Vienna", "Nairobi"];
const PEOPLE: [(&str, &str); 2] = [
    ("Amal Haddad", "Tomas Lindqvist"),
    ("Rania Osei", "Karl Brenner"),
];
/// Every pool cycles within this many articles, so article `i + CYCLE` says
/// what article `i` says (under another id).
const CYCLE: usize = 60;

/// Article `i` of the generated corpus.
fn article(i: usize) -> Document {
    let m = MEDIATORS[i % MEDIATORS.len()];
    let (a, b, demonym) = PARTIES[i % PARTIES.len()];
    let place = PLACES[i % PLACES.len()];
    let host = HOSTS[i % HOSTS.len()];
    let (leader, envoy) = PEOPLE[i % PEOPLE.len()];
    let text = format!(
        "{a} and {b} held talks in {place} on Tuesday, mediated by {m}.\n\n\
         The {demonym} delegation was led by Foreign Minister {leader}.\n\n\
         \"We came to listen and to settle the dispute,\" {leader} said.\n\n\
         {leader} met with {envoy}, the special envoy of {b}.\n\n\
         The talks were hosted by {host}.\n\n\
         The talks focused on the border and on prisoner exchanges.\n"
    );
    let mut doc = Document::new(format!("gen-{i:04}"), text);
    doc.title = Some(format!("Talks in {place}"));
    doc.date = Some(format!("2025-03-{:02}", 1 + i % 28));
    doc
}

fn corpus(n: usize) -> (Vec<Document>, Vec<Vec<Fact>>) {
    let docs: Vec<Document> = (0..n).map(article).collect();
    let facts = parley::extract_all(&docs, Lexicon::builtin())
        .into_iter()
        .map(|e| e.facts)
        .collect();
    (docs, facts)
}

fn ingest(store: &Store, docs: &[Document], facts: &[Vec<Fact>]) -> Ingested {
    store
        .ingest_many(docs.iter().zip(facts.iter().map(Vec::as_slice)))
        .expect("ingest")
}

/// Each named query's rows, as sorted lines of `?var=value` pairs.
fn answers(store: &Store) -> BTreeMap<&'static str, Vec<String>> {
    let mut out = BTreeMap::new();
    for (name, text) in NAMED {
        let oxigraph::sparql::QueryResults::Solutions(rows) = store.query(text).expect(name) else {
            panic!("{name} is a SELECT query")
        };
        let mut lines: Vec<String> = rows
            .map(|row| {
                let row = row.expect(name);
                row.iter()
                    .map(|(v, t)| format!("{v}={t}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        lines.sort();
        out.insert(*name, lines);
    }
    out
}

fn nquads(store: &Store) -> Vec<String> {
    let mut lines: Vec<String> = store
        .quads(None)
        .map(|q| q.expect("quad").to_string())
        .collect();
    lines.sort();
    lines
}

#[test]
fn named_queries_have_no_duplicate_rows_and_grow_linearly() {
    let (docs, facts) = corpus(2 * CYCLE);
    let half = Store::in_memory().expect("memory store");
    ingest(&half, &docs[..CYCLE], &facts[..CYCLE]);
    let full = Store::in_memory().expect("memory store");
    ingest(&full, &docs[..CYCLE], &facts[..CYCLE]);
    ingest(&full, &docs[CYCLE..], &facts[CYCLE..]);
    let (small, large) = (answers(&half), answers(&full));
    for (name, rows) in &large {
        let n = small[name].len();
        assert!(n > 0, "{name}: no rows on the generated articles");
        let mut unique = rows.clone();
        unique.dedup();
        assert_eq!(unique.len(), rows.len(), "{name}: duplicate rows");
        if *name == "roles" {
            // Who holds which post, over the whole store: the second half of
            // the corpus names the same people with the same titles.
            assert_eq!(rows.len(), n, "{name}: {rows:#?}");
        } else {
            // Per-article answers: twice the articles, twice the rows (a
            // query that multiplied across articles would give four times).
            assert_eq!(
                rows.len(),
                2 * n,
                "{name} on {CYCLE} and {} articles",
                2 * CYCLE
            );
        }
    }
}

#[test]
fn every_shared_node_has_one_label() {
    let (docs, facts) = corpus(CYCLE);
    let store = Store::in_memory().expect("memory store");
    ingest(&store, &docs, &facts);
    let query = "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } GROUP BY ?s HAVING (COUNT(*) > 1)";
    let oxigraph::sparql::QueryResults::Solutions(rows) = store.query(query).expect("query") else {
        panic!("a SELECT query")
    };
    let many: Vec<String> = rows.map(|r| format!("{:?}", r.expect("row"))).collect();
    assert!(
        many.is_empty(),
        "nodes labelled more than once in the union: {many:#?}"
    );
}

#[test]
fn ingesting_twice_leaves_the_same_quads_and_writes_nothing() {
    let (docs, facts) = corpus(CYCLE);
    let store = Store::in_memory().expect("memory store");
    let first = ingest(&store, &docs, &facts);
    assert_eq!((first.new, first.replaced), (CYCLE, 0));
    let once = nquads(&store);
    assert!(store
        .unchanged(&docs)
        .expect("unchanged")
        .iter()
        .all(|u| *u));
    let second = ingest(&store, &docs, &facts);
    assert_eq!(
        (
            second.new,
            second.replaced,
            second.added,
            second.removed,
            second.described
        ),
        (0, CYCLE, 0, 0, 0)
    );
    assert_eq!(nquads(&store), once);
}

#[test]
fn replacing_or_removing_an_article_leaves_no_trace_of_its_old_facts() {
    let (docs, facts) = corpus(4);
    let store = Store::in_memory().expect("memory store");
    ingest(&store, &docs, &facts);
    let graph = format!("<{}>", parley::rdf::article_iri(&docs[1].id).as_str());
    let in_graph = |store: &Store| -> Vec<String> {
        nquads(store)
            .into_iter()
            .filter(|q| q.ends_with(&format!("{graph} .")) || q.ends_with(&graph))
            .collect()
    };
    // The same article with another mediator and no quotation.
    let mut changed = docs[1].clone();
    changed.text = changed
        .text
        .replace("mediated by Qatar", "mediated by Norway");
    changed.text = changed
        .text
        .replace("\"We came to listen and to settle the dispute,\"", "");
    assert!(
        !store
            .unchanged(std::slice::from_ref(&changed))
            .expect("unchanged")[0]
    );
    let new_facts = parley::extract_document(&changed, Lexicon::builtin()).facts;
    let done = store.ingest(&changed, &new_facts).expect("re-ingest");
    assert_eq!((done.new, done.replaced), (0, 1));
    assert!(done.removed > 0 && done.added > 0, "{done:?}");
    let now = in_graph(&store).join("\n");
    assert!(!now.contains("id/country/qatar"), "{now}");
    assert!(!now.contains("Quotation"), "{now}");
    // The graph is what a fresh store would hold for the changed article.
    let fresh = Store::in_memory().expect("memory store");
    fresh.ingest(&changed, &new_facts).expect("ingest");
    assert_eq!(in_graph(&fresh).join("\n"), now);

    assert!(store.remove_article(&docs[1].id).expect("remove"));
    assert!(in_graph(&store).is_empty());
    assert!(!store.has_article(&docs[1].id).expect("has"));
    assert!(!store.remove_article(&docs[1].id).expect("remove again"));
}

/// Each named query's rows through the command line, as TSV lines.
fn cli_answers(dir: &std::path::Path) -> BTreeMap<&'static str, Vec<String>> {
    let mut out = BTreeMap::new();
    for (name, _) in NAMED {
        let run = crate::common::parley(dir)
            .args(["query", "--name", name, "--format", "tsv"])
            .output()
            .expect("runs");
        assert!(
            run.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        let mut lines: Vec<String> = crate::common::stdout_of(&run)
            .lines()
            .skip(1)
            .map(str::to_owned)
            .collect();
        lines.sort();
        out.insert(*name, lines);
    }
    out
}

#[test]
fn named_queries_on_real_statements_have_no_duplicate_rows() {
    let test = "named_queries_on_real_statements_have_no_duplicate_rows";
    let Some(bulk) = crate::common::shared_or_skip(test, "corpus/bulk/whitehouse_statements.jsonl")
    else {
        return;
    };
    let dir = crate::common::temp();
    let text = std::fs::read_to_string(&bulk).expect("the bulk corpus");
    // The first 300 statements, then 300 more: rows of per-article queries
    // grow with the articles, never with their square.
    let lines: Vec<&str> = text.lines().collect();
    let first = crate::common::write(dir.path(), "a.jsonl", lines[..300].join("\n") + "\n");
    let second = crate::common::write(dir.path(), "b.jsonl", lines[300..600].join("\n") + "\n");
    crate::common::ingest(dir.path(), &first);
    let small = cli_answers(dir.path());
    crate::common::ingest(dir.path(), &second);
    let large = cli_answers(dir.path());
    for (name, rows) in &large {
        let mut unique = rows.clone();
        unique.dedup();
        assert_eq!(unique.len(), rows.len(), "{name}: duplicate rows");
        // Every row of the smaller store is still there (the second half
        // adds articles, it changes none), and nothing multiplied: twice
        // the articles give about twice the rows, where a join across
        // articles would give four times as many.
        let n = small[name].len();
        assert!(n > 0, "{name}: no rows on 300 statements");
        let kept: std::collections::BTreeSet<&String> = rows.iter().collect();
        let lost: Vec<&String> = small[name].iter().filter(|r| !kept.contains(r)).collect();
        assert!(
            lost.is_empty(),
            "{name}: rows lost by adding articles: {lost:#?}"
        );
        // Real statements are not uniform (meeting readouts cluster), so a
        // small count may grow by more than the articles do: the bound
        // allows for that (3.5 times, and below 50 rows), still under the
        // four times of a join across articles; the generated corpus above
        // checks exact doubling. (who-attended grows 105 -> 316 with the
        // name finder of December 2026, which finds more attendees.)
        assert!(
            rows.len() >= n && 2 * rows.len() <= 7 * n.max(50),
            "{name}: {n} rows, then {}",
            rows.len()
        );
    }
}
