//! Constants for every RDF term parley writes or reads.
//!
//! The parley namespace's terms must be declared in `ontology/parley.ttl`; a
//! unit test in this module fails when one is not. Reused vocabularies
//! (schema.org, W3C ORG, PROV-O, NIF, RDF, RDFS, OWL, XSD, Dublin Core) get
//! their own modules so a reader sees where each term comes from.

use oxigraph::model::NamedNodeRef;

/// The ontology's namespace.
pub const PARLEY_NS: &str = "https://parley.example/ontology#";
/// The base of instance IRIs (articles, entities, posts) under the default
/// base; `--base` moves them (see [`crate::rdf::Base`]).
pub const ID_BASE: &str = "https://parley.example/id/";
/// Wikidata entities, for `owl:sameAs` links.
pub const WIKIDATA_ENTITY: &str = "http://www.wikidata.org/entity/";

/// The ontology document, embedded so every command can read labels from it.
pub const ONTOLOGY_TTL: &str = include_str!("../../ontology/parley.ttl");

/// Prefixes used when printing IRIs (query tables, Turtle, TriG, DOT).
pub const PREFIXES: &[(&str, &str)] = &[
    ("parley", PARLEY_NS),
    ("id", ID_BASE),
    ("schema", "http://schema.org/"),
    ("org", "http://www.w3.org/ns/org#"),
    ("prov", "http://www.w3.org/ns/prov#"),
    (
        "nif",
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    ),
    ("dct", "http://purl.org/dc/terms/"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("wd", WIKIDATA_ENTITY),
];

/// Prefixes of the vocabularies for RDF serializations (Turtle, TriG,
/// RDF/XML, JSON-LD). Data IRIs get theirs from the base
/// ([`crate::rdf::Base::prefixes`]): one per entity kind (`country:oman`)
/// rather than `id:`, whose local names would hold `/` and need escaping.
pub const SERIALIZATION_PREFIXES: &[(&str, &str)] = &[
    ("parley", PARLEY_NS),
    ("schema", "http://schema.org/"),
    ("org", "http://www.w3.org/ns/org#"),
    ("prov", "http://www.w3.org/ns/prov#"),
    (
        "nif",
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    ),
    ("dct", "http://purl.org/dc/terms/"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("wd", WIKIDATA_ENTITY),
];

/// `prefix:local` for an IRI under one of [`PREFIXES`], when the local part is
/// a plain name (so the result is valid Turtle/SPARQL).
pub fn compact(iri: &str) -> Option<String> {
    compact_with(iri, |c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// Like [`compact`], but also lets `/` and `.` into the local part: for
/// display to people (tables, DOT tooltips), where `id:country/oman` reads
/// better than the full IRI even though Turtle would need it escaped.
pub fn compact_for_display(iri: &str) -> Option<String> {
    compact_with(iri, |c| {
        c.is_alphanumeric() || matches!(c, '_' | '-' | '/' | '.' | '%' | '#')
    })
}

fn compact_with(iri: &str, allowed: impl Fn(char) -> bool) -> Option<String> {
    for (prefix, ns) in PREFIXES {
        if let Some(local) = iri.strip_prefix(ns) {
            let plain = !local.is_empty() && local.chars().all(&allowed) && !local.starts_with('-');
            if plain {
                return Some(format!("{prefix}:{local}"));
            }
        }
    }
    None
}

macro_rules! terms {
    ($ns:literal; $($(#[$doc:meta])* $name:ident = $local:literal;)*) => {
        $(
            $(#[$doc])*
            pub const $name: NamedNodeRef<'static> =
                NamedNodeRef::new_unchecked(concat!($ns, $local));
        )*
        /// Every term of this module, for checks.
        #[allow(dead_code)]
        pub const ALL: &[NamedNodeRef<'static>] = &[$($name),*];
    };
}

/// parley's own terms (declared in `ontology/parley.ttl`).
pub mod parley {
    use super::NamedNodeRef;
    terms! { "https://parley.example/ontology#";
        ARTICLE = "Article";
        TALKS = "Talks";
        MEETING = "Meeting";
        ASSERTION = "Assertion";
        EVIDENCE = "Evidence";
        PARTICIPANT = "participant";
        MEDIATOR = "mediator";
        HOST = "host";
        DELEGATION_LEADER = "delegationLeader";
        REPRESENTATIVE = "representative";
        PARTY = "party";
        MET_WITH = "metWith";
        TOPIC = "topic";
        RELATION = "relation";
        ARG1 = "arg1";
        ARG2 = "arg2";
        ARG3 = "arg3";
        RULE = "rule";
        CONFIDENCE = "confidence";
        SENTENCE_INDEX = "sentenceIndex";
        BYTE_START = "byteStart";
        BYTE_END = "byteEnd";
        EVIDENCE_TEXT = "evidenceText";
        TEXT = "text";
        ARTICLE_ID = "articleId";
        SOURCE_DIGEST = "sourceDigest";
        PARLEY_VERSION = "parleyVersion";
    }
}

/// schema.org terms.
pub mod schema {
    use super::NamedNodeRef;
    terms! { "http://schema.org/";
        EVENT = "Event";
        PERSON = "Person";
        ORGANIZATION = "Organization";
        COUNTRY = "Country";
        PLACE = "Place";
        QUOTATION = "Quotation";
        NEWS_ARTICLE = "NewsArticle";
        ATTENDEE = "attendee";
        LOCATION = "location";
        START_DATE = "startDate";
        JOB_TITLE = "jobTitle";
        NAME = "name";
        ABOUT = "about";
        CREATOR = "creator";
        TEXT = "text";
        HEADLINE = "headline";
        DATE_PUBLISHED = "datePublished";
        URL = "url";
        SUPER_EVENT = "superEvent";
    }
}

/// W3C Organization Ontology terms.
pub mod org {
    use super::NamedNodeRef;
    terms! { "http://www.w3.org/ns/org#";
        POST = "Post";
        HOLDS = "holds";
        POST_IN = "postIn";
    }
}

/// PROV-O terms.
pub mod prov {
    use super::NamedNodeRef;
    terms! { "http://www.w3.org/ns/prov#";
        ENTITY = "Entity";
        WAS_DERIVED_FROM = "wasDerivedFrom";
    }
}

/// NIF core terms (text spans).
pub mod nif {
    use super::NamedNodeRef;
    terms! { "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        STRING = "String";
        OFFSET_BASED_STRING = "OffsetBasedString";
        CONTEXT = "Context";
        SENTENCE = "Sentence";
        PHRASE = "Phrase";
        RFC5147_STRING = "RFC5147String";
        IS_STRING = "isString";
        SOURCE_URL = "sourceUrl";
        SENTENCE_PROP = "sentence";
        BEGIN_INDEX = "beginIndex";
        END_INDEX = "endIndex";
        ANCHOR_OF = "anchorOf";
        REFERENCE_CONTEXT = "referenceContext";
    }
}

/// Dublin Core terms.
pub mod dct {
    use super::NamedNodeRef;
    terms! { "http://purl.org/dc/terms/";
        SOURCE = "source";
    }
}

pub use oxigraph::model::vocab::{rdf, rdfs, xsd};

/// OWL terms.
pub mod owl {
    use super::NamedNodeRef;
    terms! { "http://www.w3.org/2002/07/owl#";
        SAME_AS = "sameAs";
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::io::{RdfFormat, RdfParser};
    use oxigraph::model::{NamedOrBlankNode, Term, Triple};
    use std::collections::HashSet;

    fn ontology() -> Vec<Triple> {
        RdfParser::from_format(RdfFormat::Turtle)
            .for_slice(ONTOLOGY_TTL.as_bytes())
            .map(|q| q.expect("ontology/parley.ttl parses").into())
            .collect()
    }

    /// IRIs of the parley namespace that the ontology declares with a type,
    /// a label and a comment.
    fn declared() -> HashSet<String> {
        let triples = ontology();
        let with = |p: NamedNodeRef<'_>| -> HashSet<String> {
            triples
                .iter()
                .filter(|t| t.predicate.as_ref() == p)
                .filter_map(|t| match &t.subject {
                    NamedOrBlankNode::NamedNode(n) => Some(n.as_str().to_owned()),
                    _ => None,
                })
                .collect()
        };
        let typed = with(rdf::TYPE);
        let labelled = with(rdfs::LABEL);
        let commented = with(rdfs::COMMENT);
        typed
            .into_iter()
            .filter(|i| labelled.contains(i) && commented.contains(i))
            .collect()
    }

    #[test]
    fn every_parley_constant_is_declared_with_label_and_comment() {
        let declared = declared();
        // The ontology IRI is the namespace without its `#`.
        let onto = PARLEY_NS.trim_end_matches('#');
        assert!(declared.contains(onto), "the ontology header is missing");
        for term in parley::ALL {
            assert!(
                declared.contains(term.as_str()),
                "{term} is used by parley but not declared (with rdfs:label and rdfs:comment) in ontology/parley.ttl"
            );
        }
    }

    /// Scans every source file for IRIs written out in the parley namespace,
    /// so a term typed directly (not through a constant) is checked too.
    #[test]
    fn every_parley_iri_in_the_sources_is_declared() {
        let declared = declared();
        let mut stack = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        let mut checked = 0;
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                for entry in std::fs::read_dir(&path).expect("src/ is readable") {
                    stack.push(entry.expect("src/ entry is readable").path());
                }
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for (at, _) in text.match_indices(PARLEY_NS) {
                let rest = &text[at + PARLEY_NS.len()..];
                let local: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if local.is_empty() {
                    continue;
                }
                checked += 1;
                let iri = format!("{PARLEY_NS}{local}");
                assert!(
                    declared.contains(&iri),
                    "{}: {iri} is not declared in ontology/parley.ttl",
                    path.display()
                );
            }
            // Prefixed names in SPARQL or Turtle written in Rust strings.
            for (at, _) in text.match_indices("parley:") {
                let rest = &text[at + "parley:".len()..];
                let local: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                // `parley::` is a Rust path, not an RDF name.
                if local.is_empty() || rest.starts_with(':') {
                    continue;
                }
                checked += 1;
                let iri = format!("{PARLEY_NS}{local}");
                assert!(
                    declared.contains(&iri),
                    "{}: parley:{local} is not declared in ontology/parley.ttl",
                    path.display()
                );
            }
        }
        assert!(checked > 0, "the scan found no parley term at all");
    }

    #[test]
    fn shipped_queries_use_only_declared_terms() {
        let declared = declared();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/ontology/queries");
        for entry in std::fs::read_dir(dir).expect("ontology/queries exists") {
            let path = entry.expect("entry").path();
            let text = std::fs::read_to_string(&path).expect("query is UTF-8");
            for (at, _) in text.match_indices("parley:") {
                let local: String = text[at + 7..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if local.is_empty() {
                    continue;
                }
                assert!(
                    declared.contains(&format!("{PARLEY_NS}{local}")),
                    "{}: parley:{local} is not declared",
                    path.display()
                );
            }
        }
    }

    #[test]
    fn entity_prefixes_match_minted_iris() {
        use crate::fact::EntityKind;
        for kind in [
            EntityKind::Person,
            EntityKind::Organization,
            EntityKind::Country,
            EntityKind::Place,
        ] {
            for base in ["https://parley.example/", "http://news.example/kg#"] {
                let base = crate::rdf::Base::new(base).expect("valid base");
                let iri = base.entity("x", kind);
                let ns = iri.as_str().trim_end_matches('x');
                assert!(
                    base.prefixes()
                        .iter()
                        .any(|(p, i)| *p == kind.as_str() && *i == ns),
                    "no prefix for {ns}"
                );
            }
        }
    }

    #[test]
    fn compact_uses_prefixes_only_for_plain_names() {
        assert_eq!(
            compact("https://parley.example/ontology#mediator").as_deref(),
            Some("parley:mediator")
        );
        assert_eq!(
            compact("https://parley.example/id/country/oman").as_deref(),
            None
        );
        assert_eq!(compact("http://example.com/x"), None);
        assert!(Term::from(schema::PERSON)
            .to_string()
            .contains("schema.org"));
    }
}
