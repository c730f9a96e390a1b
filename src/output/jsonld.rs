//! Compact JSON-LD: a `@context` of parley's prefixes, and every IRI written
//! as `prefix:local` where a prefix fits.
//!
//! Oxigraph's JSON-LD serializer writes a `@context` but leaves every IRI
//! in full, so parley writes the document itself: one top-level `@graph`
//! of named graphs, each holding its nodes, one object per run of quads
//! with the same subject (a subject that comes back later gets a second
//! object with the same `@id`, which JSON-LD merges). The output expands to
//! exactly the quads given (the export tests read it back with rdflib).

use super::{io_error, prefixes};
use crate::error::Result;
use crate::rdf::vocab::{rdf, xsd};
use crate::rdf::Base;
use oxigraph::model::{GraphName, NamedOrBlankNode, Quad, Term};
use serde_json::{json, Map, Value};
use std::io::Write;

/// Writes `quads` (grouped by graph, then subject, as the store gives them)
/// as compact JSON-LD. Returns the number of quads written.
pub fn write(
    quads: impl Iterator<Item = Result<Quad>>,
    base: &Base,
    w: &mut dyn Write,
) -> Result<usize> {
    let prefixes = jsonld_prefixes(base);
    let mut context = Map::new();
    for (p, iri) in &prefixes {
        context.insert(p.clone(), Value::String(iri.clone()));
    }
    let compact = Compactor { prefixes };
    write!(w, "{{\"@context\":{},\"@graph\":[", Value::Object(context)).map_err(io_error)?;
    let mut out = Out {
        w,
        in_named: false,
        first_top: true,
        first_inner: true,
    };
    let mut n = 0;
    let mut graph: Option<GraphName> = None;
    let mut node: Option<(NamedOrBlankNode, Map<String, Value>)> = None;
    for quad in quads {
        let quad = quad?;
        if graph.as_ref() != Some(&quad.graph_name) {
            out.node(node.take())?;
            out.close_graph()?;
            let id = match &quad.graph_name {
                GraphName::NamedNode(g) => Some(compact.iri(g.as_str())),
                GraphName::BlankNode(b) => Some(format!("_:{}", b.as_str())),
                GraphName::DefaultGraph => None,
            };
            if let Some(id) = id {
                out.open_graph(&id)?;
            }
            graph = Some(quad.graph_name.clone());
        }
        if node.as_ref().map(|(s, _)| s) != Some(&quad.subject) {
            out.node(node.take())?;
            let mut obj = Map::new();
            obj.insert("@id".into(), Value::String(compact.node(&quad.subject)));
            node = Some((quad.subject.clone(), obj));
        }
        let Some((_, obj)) = node.as_mut() else {
            continue; // set just above
        };
        let (key, value) = match &quad.object {
            Term::NamedNode(c) if quad.predicate.as_ref() == rdf::TYPE => {
                ("@type".to_owned(), Value::String(compact.iri(c.as_str())))
            }
            o => (compact.iri(quad.predicate.as_str()), compact.object(o)),
        };
        if let Value::Array(values) = obj.entry(key).or_insert_with(|| Value::Array(Vec::new())) {
            values.push(value);
            n += 1;
        }
    }
    out.node(node.take())?;
    out.close_graph()?;
    out.w.write_all(b"]}\n").map_err(io_error)?;
    Ok(n)
}

/// Where the writer stands: inside a named graph's `@graph` or at the top
/// level, and whether a comma is due.
struct Out<'w> {
    w: &'w mut dyn Write,
    in_named: bool,
    first_top: bool,
    first_inner: bool,
}

impl Out<'_> {
    fn comma(&mut self) -> Result<()> {
        let first = if self.in_named {
            &mut self.first_inner
        } else {
            &mut self.first_top
        };
        if !*first {
            self.w.write_all(b",").map_err(io_error)?;
        }
        *first = false;
        Ok(())
    }

    fn node(&mut self, node: Option<(NamedOrBlankNode, Map<String, Value>)>) -> Result<()> {
        if let Some((_, obj)) = node {
            self.comma()?;
            serde_json::to_writer(&mut *self.w, &Value::Object(obj))
                .map_err(|e| io_error(e.into()))?;
        }
        Ok(())
    }

    fn open_graph(&mut self, id: &str) -> Result<()> {
        self.comma()?;
        write!(
            self.w,
            "{{\"@id\":{},\"@graph\":[",
            Value::String(id.to_owned())
        )
        .map_err(io_error)?;
        self.in_named = true;
        self.first_inner = true;
        Ok(())
    }

    fn close_graph(&mut self) -> Result<()> {
        if self.in_named {
            self.w.write_all(b"]}").map_err(io_error)?;
            self.in_named = false;
        }
        Ok(())
    }
}

/// parley's prefixes, and two more that JSON-LD can use where Turtle
/// cannot: a compact IRI's local part may hold `/` and `#`, so `article:`
/// names the nodes inside articles and `id:` the data IRIs no narrower
/// prefix covers (posts, the entities graph).
fn jsonld_prefixes(base: &Base) -> Vec<(String, String)> {
    let mut out = prefixes(base);
    out.push(("id".into(), base.id_namespace().to_owned()));
    out.push(("article".into(), base.article_namespace()));
    out
}

struct Compactor {
    prefixes: Vec<(String, String)>,
}

impl Compactor {
    /// `prefix:local` when a prefix fits and the result cannot be read as
    /// something else (a local part starting with `//` would read as an
    /// absolute IRI); otherwise the IRI in full. The longest namespace wins.
    fn iri(&self, iri: &str) -> String {
        let mut best: Option<(&str, &str)> = None;
        for (p, ns) in &self.prefixes {
            if let Some(local) = iri.strip_prefix(ns.as_str()) {
                if !local.starts_with("//") && best.is_none_or(|(_, b)| ns.len() > b.len()) {
                    best = Some((p, ns));
                }
            }
        }
        match best {
            Some((p, ns)) => format!("{p}:{}", &iri[ns.len()..]),
            None => iri.to_owned(),
        }
    }

    fn node(&self, n: &NamedOrBlankNode) -> String {
        match n {
            NamedOrBlankNode::NamedNode(n) => self.iri(n.as_str()),
            NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
        }
    }

    fn object(&self, t: &Term) -> Value {
        match t {
            Term::NamedNode(n) => json!({ "@id": self.iri(n.as_str()) }),
            Term::BlankNode(b) => json!({ "@id": format!("_:{}", b.as_str()) }),
            Term::Literal(l) => {
                if let Some(lang) = l.language() {
                    json!({ "@value": l.value(), "@language": lang })
                } else if l.datatype() == xsd::STRING {
                    json!({ "@value": l.value() })
                } else {
                    json!({ "@value": l.value(), "@type": self.iri(l.datatype().as_str()) })
                }
            }
            #[allow(unreachable_patterns)]
            _ => Value::Null,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iris_are_compacted_with_the_longest_prefix() {
        let c = Compactor {
            prefixes: jsonld_prefixes(&Base::default()),
        };
        assert_eq!(
            c.iri("https://parley.example/id/country/oman"),
            "country:oman"
        );
        assert_eq!(
            c.iri("https://parley.example/ontology#mediator"),
            "parley:mediator"
        );
        assert_eq!(c.iri("http://example.com/x"), "http://example.com/x");
        assert_eq!(
            c.iri("https://parley.example/id/article/a%2Fb#char=0,3"),
            "article:a%2Fb#char=0,3"
        );
    }
}
