//! The named SPARQL queries shipped in `ontology/queries/`, embedded in the
//! binary so `parley query --name NAME` works from any directory.

/// `(name, text)` of every shipped query, sorted by name.
pub const NAMED: &[(&str, &str)] = &[
    (
        "articles",
        include_str!("../../ontology/queries/articles.rq"),
    ),
    (
        "evidence",
        include_str!("../../ontology/queries/evidence.rq"),
    ),
    (
        "locations",
        include_str!("../../ontology/queries/locations.rq"),
    ),
    (
        "meetings",
        include_str!("../../ontology/queries/meetings.rq"),
    ),
    ("roles", include_str!("../../ontology/queries/roles.rq")),
    ("topics", include_str!("../../ontology/queries/topics.rq")),
    (
        "who-attended",
        include_str!("../../ontology/queries/who-attended.rq"),
    ),
    (
        "who-hosted",
        include_str!("../../ontology/queries/who-hosted.rq"),
    ),
    (
        "who-mediated",
        include_str!("../../ontology/queries/who-mediated.rq"),
    ),
    (
        "who-said-what",
        include_str!("../../ontology/queries/who-said-what.rq"),
    ),
];

/// The text of the named query.
pub fn named(name: &str) -> Option<&'static str> {
    let name = name.trim_end_matches(".rq");
    NAMED.iter().find(|(n, _)| *n == name).map(|(_, q)| *q)
}

/// What a named query answers: the first line of its leading `#` comment.
pub fn summary(text: &str) -> &str {
    text.lines()
        .next()
        .and_then(|l| l.strip_prefix('#'))
        .map_or("", str::trim)
}

/// The threshold text every named query filters facts with
/// (`FILTER(?confidence >= 0.0)`), which `--min-confidence` replaces.
const THRESHOLD: &str = ">= 0.0)";

/// The query with every fact-confidence threshold raised to `min`, or
/// `None` when the query has none (it does not rest on facts).
pub fn with_min_confidence(text: &str, min: f64) -> Option<String> {
    if !text.contains(THRESHOLD) || !min.is_finite() {
        return None;
    }
    Some(text.replace(THRESHOLD, &format!(">= {min:?})")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::fact::{Arg, EntityKind, Evidence, Fact, Relation};
    use crate::store::Store;
    use oxigraph::sparql::QueryResults;

    #[test]
    fn every_query_file_is_embedded_and_documented() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/ontology/queries");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .expect("ontology/queries exists")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "rq"))
            .map(|p| p.file_stem().expect("stem").to_string_lossy().into_owned())
            .collect();
        files.sort();
        let names: Vec<&str> = NAMED.iter().map(|(n, _)| *n).collect();
        assert_eq!(files, names);
        for (name, text) in NAMED {
            assert!(
                !summary(text).is_empty(),
                "{name} must start with a # comment"
            );
        }
    }

    #[test]
    fn every_query_runs_and_finds_its_facts() {
        let text = "Oman mediated. Ann Lee of Iran said \"yes\".";
        let doc = Document::new("q", text);
        let ev = |span| Evidence {
            sentence_span: 0..0,
            sentence: 0,
            span,
            rule: "test/rule",
            confidence: 0.5,
        };
        let ann = Arg::entity("Ann Lee", EntityKind::Person);
        let iran = Arg::entity("Iran", EntityKind::Country);
        let fact = |relation, args| Fact {
            doc: "q".into(),
            relation,
            args,
            evidence: ev(0..4),
        };
        let facts = vec![
            fact(
                Relation::Mediator,
                vec![Arg::entity("Oman", EntityKind::Country)],
            ),
            fact(
                Relation::Host,
                vec![Arg::entity("Oman", EntityKind::Country)],
            ),
            fact(
                Relation::Location,
                vec![Arg::entity("Geneva", EntityKind::Place)],
            ),
            fact(Relation::Leader, vec![ann.clone(), iran.clone()]),
            fact(
                Relation::Met,
                vec![ann.clone(), Arg::entity("Oman", EntityKind::Country)],
            ),
            fact(Relation::Quote, vec![ann.clone(), Arg::literal("yes")]),
            fact(Relation::Role, vec![ann, Arg::literal("envoy"), iran]),
            fact(Relation::Topic, vec![Arg::literal("sanctions")]),
        ];
        let store = Store::in_memory().expect("memory store");
        store.ingest(&doc, &facts).expect("ingest");
        for (name, query) in NAMED {
            let QueryResults::Solutions(rows) = store.query(query).expect(name) else {
                panic!("{name} is a SELECT query")
            };
            let rows: Vec<_> = rows.collect::<Result<_, _>>().expect(name);
            let expected = if *name == "evidence" { facts.len() } else { 1 };
            assert_eq!(rows.len(), expected, "{name}: {rows:?}");
            // Raising the threshold above every fact's confidence leaves
            // no fact behind any answer (articles still lists the article,
            // with no facts).
            let none = with_min_confidence(query, 0.9).expect("every query filters facts");
            let QueryResults::Solutions(rows) = store.query(&none).expect(name) else {
                panic!("{name} is a SELECT query")
            };
            let rows: Vec<_> = rows.collect::<Result<_, _>>().expect(name);
            if *name == "articles" {
                assert_eq!(rows.len(), 1, "{name}");
                assert_eq!(
                    rows[0].get("facts").map(|t| t.to_string()),
                    Some("\"0\"^^<http://www.w3.org/2001/XMLSchema#integer>".into())
                );
            } else {
                assert!(rows.is_empty(), "{name}: {rows:?}");
            }
        }
    }

    #[test]
    fn no_query_spells_a_data_iri() {
        for (name, text) in NAMED {
            assert!(
                !text.contains("parley.example/id/"),
                "{name} names a data IRI, which moves with --base"
            );
        }
    }
}
