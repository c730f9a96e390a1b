//! RDF export of the store or of one article's graph.
//!
//! Dataset formats (N-Quads, TriG, JSON-LD) carry every quad with its graph.
//! Triple formats (Turtle, N-Triples, RDF/XML) carry the union of the graphs:
//! a triple stated in several articles (a party, a post held) is written once,
//! so an independent parser counts exactly the distinct triples.
//!
//! Offsets come out typed as the ontology and NIF declare them
//! (`xsd:nonNegativeInteger`): Oxigraph stores every integer type as
//! `xsd:integer`, so the export gives them their type back
//! ([`as_declared`]). JSON-LD is written by [`super::jsonld`], compacted
//! with parley's prefixes.

use super::{io_error, serializer_in};
use crate::document::Document;
use crate::error::{Error, Result};
use crate::fact::Fact;
use crate::rdf::vocab::{nif, parley, xsd};
use crate::rdf::Base;
use crate::store::Store;
use oxigraph::io::RdfFormat;
use oxigraph::model::{Literal, NamedOrBlankNode, Quad, Term, Triple};
use std::collections::HashSet;
use std::io::Write;

/// Writes the store (or the graph of article `graph`) to `w` in `format`,
/// streaming quads as they are read. Returns the number of quads or triples
/// written.
pub fn export(
    store: &Store,
    format: RdfFormat,
    graph: Option<&str>,
    w: &mut dyn Write,
) -> Result<usize> {
    if matches!(format, RdfFormat::N3) {
        return Err(Error::Output(
            "N3 export is not supported: use turtle, ntriples, nquads, trig, rdfxml or jsonld"
                .into(),
        ));
    }
    let graph = match graph {
        Some(id) => {
            if !store.has_article(id)? {
                return Err(Error::Output(format!(
                    "no article `{id}` in the store (list them with `parley query --name articles` or ingest it first)"
                )));
            }
            Some(store.base().article(id))
        }
        None => None,
    };
    if matches!(format, RdfFormat::JsonLd { .. }) {
        let quads = store.quads(graph.as_ref()).map(|q| q.map(as_declared));
        return super::jsonld::write(quads, store.base(), w);
    }
    let mut w = super::xml_safe(w, matches!(format, RdfFormat::RdfXml));
    let mut out = serializer_in(format, store.base()).for_writer(&mut w);
    let mut n = 0;
    if format.supports_datasets() {
        for quad in store.quads(graph.as_ref()) {
            out.serialize_quad(&as_declared(quad?)).map_err(io_error)?;
            n += 1;
        }
    } else {
        // Deduplicate across graphs; within one graph triples are unique
        // already, so the set is only needed for the union.
        let mut seen: HashSet<Triple> = HashSet::new();
        for quad in store.quads(graph.as_ref()) {
            let triple = Triple::from(as_declared(quad?));
            if graph.is_some() || seen.insert(triple.clone()) {
                out.serialize_triple(&triple).map_err(io_error)?;
                n += 1;
            }
        }
    }
    out.finish().map_err(io_error)?;
    Ok(n)
}

/// The quad with its offset typed as declared: `xsd:nonNegativeInteger`
/// for parley's byte offsets and sentence index and NIF's indices, which
/// the store gives back as `xsd:integer`.
pub fn as_declared(mut quad: Quad) -> Quad {
    const OFFSETS: [oxigraph::model::NamedNodeRef<'static>; 5] = [
        parley::BYTE_START,
        parley::BYTE_END,
        parley::SENTENCE_INDEX,
        nif::BEGIN_INDEX,
        nif::END_INDEX,
    ];
    if let Term::Literal(l) = &quad.object {
        if l.datatype() == xsd::INTEGER
            && OFFSETS.contains(&quad.predicate.as_ref())
            && !l.value().starts_with('-')
        {
            quad.object = Literal::new_typed_literal(l.value(), xsd::NON_NEGATIVE_INTEGER).into();
        }
    }
    quad
}

/// N-Quads written article by article as batches are extracted, for
/// `parley export --from` as a filter (JSONL in, N-Quads out): memory holds
/// one batch and the IRIs of the shared nodes described so far, never the
/// corpus.
///
/// The output holds the same quads as exporting an in-memory store of every
/// article: each batch goes through a fresh in-memory [`Store`] (so literals
/// take the form the store gives back), each article's graph is written in
/// input order (the last of one id in a batch wins, as in the store), and a
/// shared node's description is written with the first batch that mentions
/// it and never again (first seen, first described, as in the store).
#[derive(Default)]
pub struct NQuadsStream {
    described: HashSet<NamedOrBlankNode>,
    /// Quads written so far.
    pub quads: usize,
    /// The namespace of the data IRIs.
    pub base: Base,
}

impl NQuadsStream {
    pub fn new(base: Base) -> Self {
        NQuadsStream {
            base,
            ..Self::default()
        }
    }

    /// Writes the graphs of one batch of extracted articles, then flushes
    /// `w` so that a reader downstream gets the batch at once.
    pub fn write_batch(
        &mut self,
        docs: &[Document],
        facts: &[Vec<Fact>],
        w: &mut dyn Write,
    ) -> Result<()> {
        let store = Store::in_memory()?.with_base(self.base.clone());
        store.ingest_many(docs.iter().zip(facts.iter().map(Vec::as_slice)))?;
        let mut out = serializer_in(RdfFormat::NQuads, &self.base).for_writer(&mut *w);
        let mut done = HashSet::new();
        for doc in docs {
            let g = self.base.article(&doc.id);
            if !done.insert(g.clone()) {
                continue;
            }
            for quad in store.quads(Some(&g)) {
                out.serialize_quad(&as_declared(quad?)).map_err(io_error)?;
                self.quads += 1;
            }
        }
        let entities = self.base.entities_graph();
        let mut fresh = HashSet::new();
        for quad in store.quads(Some(&entities)) {
            let quad = quad?;
            if self.described.contains(&quad.subject) {
                continue;
            }
            fresh.insert(quad.subject.clone());
            out.serialize_quad(&as_declared(quad.clone()))
                .map_err(io_error)?;
            self.quads += 1;
        }
        self.described.extend(fresh);
        out.finish().map_err(io_error)?;
        w.flush().map_err(io_error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::fact::{Arg, EntityKind, Evidence, Fact, Relation};
    use oxigraph::io::{JsonLdProfileSet, RdfParser};

    fn store_with_two_articles() -> Store {
        let store = Store::in_memory().expect("memory store");
        for id in ["a", "b"] {
            let mut doc = Document::new(id, "Oman said \"no\\ way\nat all\".");
            doc.title = Some("A \"quoted\" \\ title\nwith a line break".into());
            let fact = Fact {
                doc: id.into(),
                relation: Relation::Mediator,
                args: vec![Arg::entity("Oman", EntityKind::Country)],
                evidence: Evidence {
                    sentence_span: 0..0,
                    sentence: 0,
                    span: 0..4,
                    rule: "test/mediator",
                    confidence: 0.5,
                },
            };
            store.ingest(&doc, &[fact]).expect("ingest");
        }
        store
    }

    #[test]
    fn every_format_round_trips_through_oxigraphs_parser() {
        let store = store_with_two_articles();
        let quads = store.quad_count().expect("count");
        for format in [
            RdfFormat::Turtle,
            RdfFormat::NTriples,
            RdfFormat::NQuads,
            RdfFormat::TriG,
            RdfFormat::RdfXml,
            RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
        ] {
            let mut out = Vec::new();
            let written = export(&store, format, None, &mut out).expect("export");
            let parsed: Vec<_> = RdfParser::from_format(format)
                .for_slice(&out)
                .collect::<std::result::Result<_, _>>()
                .unwrap_or_else(|e| panic!("{format}: {e}"));
            assert_eq!(parsed.len(), written, "{format}");
            if format.supports_datasets() {
                assert_eq!(written, quads, "{format}");
            } else {
                // Both articles mention Oman, whose description is in the
                // entities graph once: the union repeats no triple here.
                assert_eq!(written, quads, "{format}");
            }
        }
    }

    #[test]
    fn one_graph_and_unknown_graph() {
        let store = store_with_two_articles();
        let mut out = Vec::new();
        let n = export(&store, RdfFormat::NQuads, Some("a"), &mut out).expect("export");
        assert_eq!(n, store.graph_quad_count("a").expect("count"));
        assert!(matches!(
            export(&store, RdfFormat::NQuads, Some("nope"), &mut Vec::new()),
            Err(Error::Output(_))
        ));
    }

    /// The streamed N-Quads of articles in batches of any size are the
    /// quads of one store holding them all: same graphs, one description
    /// per shared node (the first article's), nothing repeated.
    #[test]
    fn stream_equals_store_whatever_the_batch() {
        let texts = [
            "Oman hosted talks in Muscat. Qatar mediated between Iran and the United States.",
            "OMAN mediated. The talks in Geneva were hosted by Switzerland.",
            "Iran and the United States met in Muscat, hosted by Oman.",
        ];
        let docs: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document::new(format!("d{i}"), *t))
            .collect();
        let facts: Vec<Vec<Fact>> = docs
            .iter()
            .map(|d| crate::extract_document(d, crate::Lexicon::builtin()).facts)
            .collect();
        let store = Store::in_memory().expect("memory store");
        store
            .ingest_many(docs.iter().zip(facts.iter().map(Vec::as_slice)))
            .expect("ingest");
        let mut whole = Vec::new();
        export(&store, RdfFormat::NQuads, None, &mut whole).expect("export");
        let lines = |bytes: &[u8]| -> Vec<String> {
            let mut v: Vec<String> = String::from_utf8(bytes.to_vec())
                .expect("UTF-8")
                .lines()
                .map(str::to_owned)
                .collect();
            v.sort();
            v
        };
        let expected = lines(&whole);
        assert!(expected.iter().any(|l| l.contains("/id/entities>")));
        for size in [1, 2, 3] {
            let mut stream = NQuadsStream::new(Base::default());
            let mut out = Vec::new();
            for (d, f) in docs.chunks(size).zip(facts.chunks(size)) {
                stream.write_batch(d, f, &mut out).expect("stream");
            }
            let got = lines(&out);
            assert_eq!(got.len(), stream.quads, "batch {size}");
            assert_eq!(got, expected, "batch {size}");
        }
    }
}
