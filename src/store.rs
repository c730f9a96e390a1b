//! The Oxigraph store: one named graph per article.
//!
//! Ingesting an article replaces its graph atomically (cleared and refilled in
//! one transaction), so re-ingesting never duplicates and an interrupted run
//! never leaves half an article. Queries see the union of the article graphs
//! as their default graph, so `SELECT ?who { ?t parley:mediator ?who }` works
//! without `GRAPH` clauses.

use crate::document::Document;
use crate::error::{Error, Result};
use crate::fact::Fact;
use crate::rdf::{article_iri, document_quads};
use oxigraph::io::RdfSerializer;
use oxigraph::model::{GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::StorageError;
use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};

/// A parley store, on disk (RocksDB) or in memory.
pub struct Store {
    inner: oxigraph::store::Store,
    /// Where the store lives, for error messages (`None` in memory).
    path: Option<PathBuf>,
}

impl Store {
    /// Opens (or creates) the store in directory `path`.
    ///
    /// RocksDB allows one process per store: when another process holds it,
    /// the error says so and names the path.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        match oxigraph::store::Store::open(path) {
            Ok(inner) => Ok(Store {
                inner,
                path: Some(path.to_owned()),
            }),
            Err(e) => {
                let message = e.to_string();
                let message = if is_lock_error(&message) {
                    format!(
                        "cannot open: it is locked, another parley process may be using it ({message})"
                    )
                } else {
                    format!("cannot open: {message}")
                };
                Err(Error::Store {
                    path: path.display().to_string(),
                    message,
                })
            }
        }
    }

    /// Opens an existing store for reading only (query, export, dot): it
    /// does not take RocksDB's lock, so it works while an ingest runs, and
    /// it never creates a store where there was none.
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        if !path.join("CURRENT").is_file() {
            return Err(Error::Store {
                path: path.display().to_string(),
                message: "no store here: build one with `parley ingest PATH...` (or give --store DIR, or --from PATH... for a one-off in-memory store)".into(),
            });
        }
        let inner = oxigraph::store::Store::open_read_only(path).map_err(|e| Error::Store {
            path: path.display().to_string(),
            message: format!("cannot open: {e}"),
        })?;
        Ok(Store {
            inner,
            path: Some(path.to_owned()),
        })
    }

    /// A fresh store in memory, for one-off use (`--from`) and tests.
    pub fn in_memory() -> Result<Store> {
        let inner = oxigraph::store::Store::new().map_err(|e| Error::Store {
            path: "(memory)".into(),
            message: e.to_string(),
        })?;
        Ok(Store { inner, path: None })
    }

    /// The underlying Oxigraph store, for what this wrapper does not cover.
    pub fn oxigraph(&self) -> &oxigraph::store::Store {
        &self.inner
    }

    fn err(&self, e: impl std::fmt::Display) -> Error {
        Error::Store {
            path: self
                .path
                .as_ref()
                .map_or_else(|| "(memory)".into(), |p| p.display().to_string()),
            message: e.to_string(),
        }
    }

    /// Replaces the article's graph with `facts` and its metadata, in one
    /// transaction.
    pub fn ingest(&self, doc: &Document, facts: &[Fact]) -> Result<()> {
        self.ingest_many([(doc, facts)])
    }

    /// Replaces the graphs of a batch of articles, in input order, in one
    /// transaction: the batch is stored entirely or not at all. Callers
    /// bound memory by the batch size (extract a batch in parallel, then
    /// ingest it).
    ///
    /// When none of the batch's graphs exists yet (the common case of a first
    /// ingest) the batch goes through Oxigraph's bulk loader, which is much
    /// faster and still atomic; otherwise through a transaction that clears
    /// the old graphs first.
    pub fn ingest_many<'a>(
        &self,
        batch: impl IntoIterator<Item = (&'a Document, &'a [Fact])>,
    ) -> Result<()> {
        let batch: Vec<(&Document, &[Fact])> = batch.into_iter().collect();
        let graphs: Vec<NamedNode> = batch.iter().map(|(d, _)| article_iri(&d.id)).collect();
        // Mapping is pure and per document: do it in parallel, keep the order.
        let quads: Vec<Quad> = batch
            .par_iter()
            .map(|(doc, facts)| document_quads(doc, facts))
            .collect::<Vec<_>>()
            .into_iter()
            .flatten()
            .collect();
        let mut fresh = true;
        for g in &graphs {
            if self
                .inner
                .contains_named_graph(g.as_ref())
                .map_err(|e| self.err(e))?
            {
                fresh = false;
                break;
            }
        }
        // The same article twice in one batch must not be bulk loaded twice
        // (the loader does not see its own earlier writes until commit).
        let mut unique = graphs.clone();
        unique.sort();
        unique.dedup();
        if fresh && unique.len() == graphs.len() {
            let mut loader = self.inner.bulk_loader();
            loader.load_quads(quads).map_err(|e| self.err(e))?;
            loader.commit().map_err(|e| self.err(e))?;
            return Ok(());
        }
        let mut tx = self.inner.start_transaction().map_err(|e| self.err(e))?;
        for g in &unique {
            tx.clear_graph(g.as_ref()).map_err(|e| self.err(e))?;
        }
        tx.extend(quads.iter());
        tx.commit().map_err(|e| self.err(e))
    }

    /// Writes what transactions left in RocksDB's memtables to disk.
    ///
    /// Call it after a series of ingests: otherwise the write-ahead log keeps
    /// everything a transaction wrote, and the next open (every `query`)
    /// replays it, which takes seconds per hundred thousand quads.
    pub fn flush(&self) -> Result<()> {
        if self.path.is_none() {
            return Ok(()); // nothing to flush in memory
        }
        self.inner.flush().map_err(|e| self.err(e))
    }

    /// Number of quads in the store.
    pub fn quad_count(&self) -> Result<usize> {
        self.inner.len().map_err(|e| self.err(e))
    }

    /// Number of quads in one article's graph.
    pub fn graph_quad_count(&self, id: &str) -> Result<usize> {
        let g = article_iri(id);
        let mut n = 0;
        for q in self.inner.quads_for_pattern(
            None,
            None,
            None,
            Some(GraphNameRef::NamedNode(g.as_ref())),
        ) {
            q.map_err(|e| self.err(e))?;
            n += 1;
        }
        Ok(n)
    }

    /// The named graphs (one per article), sorted.
    pub fn graphs(&self) -> Result<Vec<NamedOrBlankNode>> {
        let mut out = self
            .inner
            .named_graphs()
            .collect::<std::result::Result<Vec<_>, StorageError>>()
            .map_err(|e| self.err(e))?;
        out.sort_by_key(|g| g.to_string());
        Ok(out)
    }

    /// Whether the store holds the article `id`.
    pub fn has_article(&self, id: &str) -> Result<bool> {
        self.inner
            .contains_named_graph(article_iri(id).as_ref())
            .map_err(|e| self.err(e))
    }

    /// Runs a SPARQL query with the union of all graphs as default graph
    /// (unless the query names its own dataset with `FROM`).
    ///
    /// A syntax error gives `Error::Query` with the line and column.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>> {
        let mut prepared = SparqlEvaluator::new()
            .parse_query(sparql)
            .map_err(|e| Error::Query(format!("invalid SPARQL: {e}")))?;
        if prepared.dataset().is_default_dataset() {
            prepared.dataset_mut().set_default_graph_as_union();
        }
        prepared
            .on_store(&self.inner)
            .execute()
            .map_err(|e| Error::Query(format!("query failed: {e}")))
    }

    /// Every quad of the store (or of one article's graph), in storage order.
    pub fn quads(&self, graph: Option<&NamedNode>) -> impl Iterator<Item = Result<Quad>> + '_ {
        self.inner
            .quads_for_pattern(
                None,
                None,
                None,
                graph.map(|g| GraphNameRef::NamedNode(g.as_ref())),
            )
            .map(move |q| q.map_err(|e| self.err(e)))
    }

    /// Every quad with predicate `p`, in any graph (labels, types).
    pub fn quads_with_predicate<'a>(
        &'a self,
        p: NamedNodeRef<'a>,
    ) -> impl Iterator<Item = Result<Quad>> + 'a {
        self.inner
            .quads_for_pattern(None, Some(p), None, None)
            .map(move |q| q.map_err(|e| self.err(e)))
    }

    /// Writes every quad to `w` in a dataset format (N-Quads, TriG, ...).
    pub fn dump<W: Write>(&self, serializer: RdfSerializer, w: W) -> Result<W> {
        self.inner
            .dump_to_writer(serializer, w)
            .map_err(|e| Error::Output(e.to_string()))
    }
}

fn is_lock_error(message: &str) -> bool {
    let m = message.to_ascii_lowercase();
    m.contains("lock") || m.contains("resource temporarily unavailable")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fact::{Arg, EntityKind, Evidence, Relation};

    fn doc_and_facts(id: &str) -> (Document, Vec<Fact>) {
        let doc = Document::new(id, "Oman hosted the talks in Geneva.");
        let facts = vec![
            Fact {
                doc: id.into(),
                relation: Relation::Host,
                args: vec![Arg::entity("Oman", EntityKind::Country)],
                evidence: Evidence {
                    sentence: 0,
                    span: 0..4,
                    rule: "test/host",
                    confidence: 0.8,
                },
            },
            Fact {
                doc: id.into(),
                relation: Relation::Location,
                args: vec![Arg::entity("Geneva", EntityKind::Place)],
                evidence: Evidence {
                    sentence: 0,
                    span: 25..31,
                    rule: "test/location",
                    confidence: 0.8,
                },
            },
        ];
        (doc, facts)
    }

    #[test]
    fn reingesting_replaces_the_graph() {
        let store = Store::in_memory().expect("memory store");
        let (doc, facts) = doc_and_facts("a");
        store.ingest(&doc, &facts).expect("ingest");
        let once = store.quad_count().expect("count");
        assert!(once > 0);
        store.ingest(&doc, &facts).expect("ingest again");
        assert_eq!(store.quad_count().expect("count"), once);
        // Fewer facts the second time: the old ones are gone.
        store.ingest(&doc, &facts[..1]).expect("ingest fewer");
        assert!(store.quad_count().expect("count") < once);
        assert_eq!(store.graphs().expect("graphs").len(), 1);
    }

    #[test]
    fn default_graph_is_the_union() {
        let store = Store::in_memory().expect("memory store");
        let (a, fa) = doc_and_facts("a");
        let (b, fb) = doc_and_facts("b");
        store
            .ingest_many([(&a, fa.as_slice()), (&b, fb.as_slice())])
            .expect("ingest");
        let QueryResults::Solutions(rows) = store
            .query("SELECT ?t WHERE { ?t <https://parley.example/ontology#host> ?h }")
            .expect("query")
        else {
            panic!("SELECT gives solutions")
        };
        assert_eq!(rows.count(), 2);
    }

    #[test]
    fn syntax_errors_give_line_and_column() {
        let store = Store::in_memory().expect("memory store");
        let Err(Error::Query(m)) = store.query("SELECT ?x WHERE {\n  ?x ?y }}") else {
            panic!("invalid SPARQL must fail")
        };
        assert!(m.contains("2:"), "{m}");
    }

    #[test]
    fn a_locked_store_names_the_path() {
        let dir = tempfile::tempdir().expect("tempdir");
        let _first = Store::open(dir.path()).expect("open");
        let Err(e) = Store::open(dir.path()) else {
            // RocksDB's lock is per process on some platforms; then there is
            // nothing to check here (the CLI test uses two processes).
            return;
        };
        let m = e.to_string();
        assert!(m.contains(&dir.path().display().to_string()), "{m}");
        assert!(m.contains("another parley process"), "{m}");
    }
}
