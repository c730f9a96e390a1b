//! The Oxigraph store: one named graph per article.
//!
//! Ingesting an article replaces its graph atomically, so re-ingesting never
//! duplicates and an interrupted run never leaves half an article; the
//! entities graph holds the one description of each shared node. Queries see
//! the union of all graphs as their default graph, so
//! `SELECT ?who { ?t parley:mediator ?who }` works without `GRAPH` clauses.

use crate::document::Document;
use crate::error::{Error, Result};
use crate::fact::Fact;
use crate::rdf::vocab::{parley, rdf};
use crate::rdf::{document_quads_in, order, source_digest, Base, PARLEY_VERSION};
use oxigraph::io::RdfSerializer;
use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, QuadRef,
    Variable,
};
use oxigraph::sparql::{
    CancellationToken, DefaultServiceHandler, QueryEvaluationError, QueryResults,
    QuerySolutionIter, SparqlEvaluator,
};
use oxigraph::store::StorageError;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::io::Write;
#[cfg(feature = "rocksdb")]
use std::path::Path;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

/// What an ingest did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Ingested {
    /// Articles the store did not hold.
    pub new: usize,
    /// Articles whose earlier graph was replaced.
    pub replaced: usize,
    /// Quads added to article graphs.
    pub added: usize,
    /// Quads removed from article graphs.
    pub removed: usize,
    /// Quads added to the entities graph (descriptions of newly seen nodes).
    pub described: usize,
}

impl std::ops::AddAssign for Ingested {
    fn add_assign(&mut self, o: Ingested) {
        self.new += o.new;
        self.replaced += o.replaced;
        self.added += o.added;
        self.removed += o.removed;
        self.described += o.described;
    }
}

/// The file that makes a folder a parley store, written when parley creates
/// the store: only a folder holding it (or a store made before it existed,
/// see [`Store::open`]) is ever opened.
pub const MARKER: &str = "PARLEY_STORE";

/// What the marker file says (its first line is checked on open).
#[cfg(feature = "rocksdb")]
const MARKER_TEXT: &str = "parley store, format 1\n";

/// The file present while a store may hold writes not yet flushed: written
/// before the first write of a process, removed by [`Store::flush`]. Found
/// on open after a crash, it makes the store recover once (see
/// [`Store::open_read_only`]).
pub const UNCLEAN: &str = "PARLEY_UNCLEAN";

/// A parley store, on disk (RocksDB) or in memory.
pub struct Store {
    inner: oxigraph::store::Store,
    /// Where the store lives, for error messages (`None` in memory).
    path: Option<PathBuf>,
    /// Whether the [`UNCLEAN`] marker is on disk for this process's writes.
    unclean: AtomicBool,
    /// The namespace of the data IRIs this store's articles get.
    base: Base,
}

impl Store {
    /// Opens the store in directory `path`, creating it when `path` does
    /// not exist or is an empty folder.
    ///
    /// A store folder is parley's own: a folder is opened only when it
    /// holds parley's [`MARKER`] file, or when it is a store parley made
    /// before the marker existed (an Oxigraph store holding parley's
    /// graphs, which then gets the marker). A plain file or any other
    /// non-empty folder is an error naming it, and nothing in it is touched.
    ///
    /// RocksDB allows one process per store: when another process holds it,
    /// the error says so and names the path.
    #[cfg(feature = "rocksdb")]
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        claim(path)?;
        match oxigraph::store::Store::open(path) {
            Ok(inner) => Ok(Store {
                inner,
                path: Some(path.to_owned()),
                unclean: AtomicBool::new(false),
                base: Base::default(),
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
    ///
    /// After a crash (the [`UNCLEAN`] marker is there and no process holds
    /// the store), the store is first opened for writing once: RocksDB
    /// replays its write-ahead log, the result is flushed and the marker
    /// removed, so only this open pays for the recovery and later ones are
    /// as fast as after a clean ingest.
    #[cfg(feature = "rocksdb")]
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        let store_err = |message: String| Error::Store {
            path: path.display().to_string(),
            message,
        };
        if !path.join("CURRENT").is_file() {
            return Err(store_err(
                if path.exists() && !path.join(MARKER).is_file() && !is_empty_dir(path) {
                    "not a parley store (no PARLEY_STORE marker): give the folder `parley ingest` created".into()
                } else {
                    "no store here: build one with `parley ingest PATH...` (or give --store DIR, or --from PATH... for a one-off in-memory store)".into()
                },
            ));
        }
        if !path.join(MARKER).is_file() && !is_legacy_store(path) {
            return Err(store_err(
                "not a parley store (no PARLEY_STORE marker, and no parley graphs): give the folder `parley ingest` created".into(),
            ));
        }
        if path.join(UNCLEAN).is_file() {
            recover(path);
        }
        let inner = oxigraph::store::Store::open_read_only(path)
            .map_err(|e| store_err(format!("cannot open: {e}")))?;
        Ok(Store {
            inner,
            path: Some(path.to_owned()),
            unclean: AtomicBool::new(false),
            base: Base::default(),
        })
    }

    /// Marks the store as holding writes not yet flushed (once per process),
    /// before the first write.
    fn writing(&self) -> Result<()> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        if !self.unclean.swap(true, Ordering::SeqCst) {
            std::fs::write(
                path.join(UNCLEAN),
                "an ingest is running, or one was interrupted: the next open recovers the store\n",
            )
            .map_err(|e| self.err(format!("cannot write {UNCLEAN}: {e}")))?;
        }
        Ok(())
    }

    /// The digest the store holds for article `id` (see
    /// [`crate::rdf::source_digest`]), or `None` when it does not hold it.
    pub fn stored_digest(&self, id: &str) -> Result<Option<String>> {
        let a = self.base.article(id);
        let g = GraphNameRef::NamedNode(a.as_ref());
        let found = self
            .inner
            .quads_for_pattern(
                Some(a.as_ref().into()),
                Some(parley::SOURCE_DIGEST),
                None,
                Some(g),
            )
            .next()
            .transpose()
            .map_err(|e| self.err(e))?;
        Ok(found.map(|q| match q.object {
            oxigraph::model::Term::Literal(l) => l.value().to_owned(),
            other => other.to_string(),
        }))
    }

    /// A fresh store in memory, for one-off use (`--from`) and tests.
    pub fn in_memory() -> Result<Store> {
        let inner = oxigraph::store::Store::new().map_err(|e| Error::Store {
            path: "(memory)".into(),
            message: e.to_string(),
        })?;
        Ok(Store {
            inner,
            path: None,
            unclean: AtomicBool::new(false),
            base: Base::default(),
        })
    }

    /// [`Store::open`] with data IRIs under `base`, refused when the store
    /// was built under another base ([`Store::check_base`]).
    #[cfg(feature = "rocksdb")]
    pub fn open_in(path: impl AsRef<Path>, base: Base) -> Result<Store> {
        let store = Store::open(path)?.with_base(base);
        store.check_base()?;
        Ok(store)
    }

    /// [`Store::open_read_only`] with data IRIs under `base`, refused when
    /// the store was built under another base ([`Store::check_base`]).
    #[cfg(feature = "rocksdb")]
    pub fn open_read_only_in(path: impl AsRef<Path>, base: Base) -> Result<Store> {
        let store = Store::open_read_only(path)?.with_base(base);
        store.check_base()?;
        Ok(store)
    }

    /// The same store, minting and looking up data IRIs under `base`
    /// (`--base`). The base is not recorded in the store: give the same one
    /// to every command that uses it ([`Store::check_base`] tells when the
    /// store was built under another).
    pub fn with_base(mut self, base: Base) -> Store {
        self.base = base;
        self
    }

    /// The base of this store's data IRIs.
    pub fn base(&self) -> &Base {
        &self.base
    }

    /// Fails when the store holds articles whose IRIs are not under this
    /// store's base: ingesting would then give the same article a second
    /// graph, and lookups by id would find nothing. One article is enough
    /// to tell, since every article of a store is minted under one base.
    pub fn check_base(&self) -> Result<()> {
        let ns = self.base.article_namespace();
        let first = self
            .inner
            .quads_for_pattern(None, Some(parley::ARTICLE_ID), None, None)
            .next()
            .transpose()
            .map_err(|e| self.err(e))?;
        let Some(q) = first else {
            return Ok(());
        };
        let g = q.graph_name.to_string();
        let g = g.trim_start_matches('<').trim_end_matches('>');
        if g.starts_with(&ns) {
            return Ok(());
        }
        let id = match &q.object {
            oxigraph::model::Term::Literal(l) => l.value().to_owned(),
            other => other.to_string(),
        };
        let theirs = g
            .strip_suffix(crate::rdf::encode_segment(&id).as_str())
            .and_then(|r| r.strip_suffix("id/article/"))
            .unwrap_or(g);
        Err(self.err(format!(
            "its articles have IRIs under the base {theirs}, not {}: give --base {theirs} (or set PARLEY_BASE), or build a new store",
            self.base.as_str()
        )))
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

    /// Stores the article's graph (replacing any earlier one) with `facts` and
    /// its metadata.
    pub fn ingest(&self, doc: &Document, facts: &[Fact]) -> Result<Ingested> {
        self.ingest_many([(doc, facts)])
    }

    /// Whether the store holds each article as read now (same digest) and
    /// as extracted by this version of parley, so that ingesting it again
    /// would change nothing: such an article need not even be extracted.
    pub fn unchanged(&self, docs: &[Document]) -> Result<Vec<bool>> {
        let version = Literal::new_simple_literal(PARLEY_VERSION);
        docs.iter()
            .map(|doc| {
                let a = self.base.article(&doc.id);
                let g = GraphNameRef::NamedNode(a.as_ref());
                let digest = Literal::new_simple_literal(source_digest(doc));
                let same = |p: NamedNodeRef<'_>, o: &Literal| {
                    self.inner
                        .contains(QuadRef::new(a.as_ref(), p, o.as_ref(), g))
                        .map_err(|e| self.err(e))
                };
                Ok(
                    same(parley::SOURCE_DIGEST, &digest)?
                        && same(parley::PARLEY_VERSION, &version)?,
                )
            })
            .collect()
    }

    /// Stores the graphs of a batch of articles, replacing earlier graphs of
    /// the same articles. When an article occurs twice in a batch, the later
    /// one wins. Callers bound memory by the batch size (extract a batch in
    /// parallel, then ingest it).
    ///
    /// Articles the store does not hold yet go through Oxigraph's bulk
    /// loader, with the descriptions of entities the store does not describe
    /// yet. For an article the store holds, the old and the new graph are
    /// compared and one transaction removes and adds only the difference, so
    /// re-extracting an unchanged article writes nothing. Each of the two
    /// steps is atomic, so an article is always stored entirely or not at
    /// all (see the Graph model section of ARCHITECTURE.md).
    pub fn ingest_many<'a>(
        &self,
        batch: impl IntoIterator<Item = (&'a Document, &'a [Fact])>,
    ) -> Result<Ingested> {
        let batch: Vec<(&Document, &[Fact])> = batch.into_iter().collect();
        // Mapping is pure and per document: do it in parallel, keep the order.
        let mapped: Vec<(NamedNode, Vec<Quad>)> = batch
            .par_iter()
            .map(|(doc, facts)| {
                (
                    self.base.article(&doc.id),
                    document_quads_in(&self.base, doc, facts),
                )
            })
            .collect();
        // The last occurrence of an article in the batch wins.
        let mut last = HashMap::new();
        for (i, (g, _)) in mapped.iter().enumerate() {
            last.insert(g.clone(), i);
        }
        let entities = self.base.entities_graph();
        let mut counts = Ingested::default();
        let mut fresh: Vec<Quad> = Vec::new();
        let mut remove: Vec<Quad> = Vec::new();
        let mut add: Vec<Quad> = Vec::new();
        // Shared nodes described in this batch, first description wins.
        let mut described: HashMap<NamedOrBlankNode, usize> = HashMap::new();
        let mut descriptions: Vec<Quad> = Vec::new();
        let mut replaced: Vec<NamedNode> = Vec::new();
        let canonical = oxigraph::store::Store::new().map_err(|e| self.err(e))?;
        for (i, (g, quads)) in mapped.into_iter().enumerate() {
            if last[&g] != i {
                continue;
            }
            let (own, shared): (Vec<Quad>, Vec<Quad>) = quads
                .into_iter()
                .partition(|q| q.graph_name != GraphName::NamedNode(entities.clone()));
            for q in shared {
                let first = *described.entry(q.subject.clone()).or_insert(i);
                if first == i {
                    descriptions.push(q);
                }
            }
            if !self
                .inner
                .contains_named_graph(g.as_ref())
                .map_err(|e| self.err(e))?
            {
                counts.new += 1;
                fresh.extend(own);
                continue;
            }
            counts.replaced += 1;
            replaced.push(g);
            canonical.extend(own).map_err(|e| self.err(e))?;
        }
        // Compare each replaced graph with the stored one in the form the
        // store gives back: Oxigraph normalises some literals (an
        // xsd:nonNegativeInteger reads back as an xsd:integer), so quads as
        // mapped may differ from quads as read. One in-memory store per batch
        // gives the new graphs that form.
        for g in &replaced {
            let gref = GraphNameRef::NamedNode(g.as_ref());
            let old: HashSet<Quad> = self
                .inner
                .quads_for_pattern(None, None, None, Some(gref))
                .collect::<std::result::Result<_, _>>()
                .map_err(|e| self.err(e))?;
            let new: HashSet<Quad> = canonical
                .quads_for_pattern(None, None, None, Some(gref))
                .collect::<std::result::Result<_, _>>()
                .map_err(|e| self.err(e))?;
            remove.extend(old.iter().filter(|q| !new.contains(*q)).cloned());
            add.extend(new.into_iter().filter(|q| !old.contains(q)));
        }
        // Descriptions of nodes the store already describes are not written
        // again: a node keeps the label it was first seen with.
        let mut known: HashMap<NamedOrBlankNode, bool> = HashMap::new();
        for q in &descriptions {
            if !known.contains_key(&q.subject) {
                let has = self
                    .inner
                    .quads_for_pattern(
                        Some(q.subject.as_ref()),
                        Some(rdf::TYPE),
                        None,
                        Some(GraphNameRef::NamedNode(entities.as_ref())),
                    )
                    .next()
                    .transpose()
                    .map_err(|e| self.err(e))?
                    .is_some();
                known.insert(q.subject.clone(), has);
            }
        }
        descriptions.retain(|q| !known[&q.subject]);
        counts.described = descriptions.len();
        counts.removed = remove.len();
        counts.added = fresh.len() + add.len();
        fresh.extend(descriptions);
        if !fresh.is_empty() || !remove.is_empty() || !add.is_empty() {
            self.writing()?;
        }
        if !fresh.is_empty() {
            let mut loader = self.inner.bulk_loader();
            loader.load_quads(fresh).map_err(|e| self.err(e))?;
            loader.commit().map_err(|e| self.err(e))?;
        }
        if !remove.is_empty() || !add.is_empty() {
            let mut tx = self.inner.start_transaction().map_err(|e| self.err(e))?;
            for q in &remove {
                tx.remove(q);
            }
            tx.extend(add.iter());
            tx.commit().map_err(|e| self.err(e))?;
        }
        Ok(counts)
    }

    /// Removes an article's graph. The descriptions of the entities it
    /// mentioned stay in the entities graph (see ARCHITECTURE.md). Returns
    /// whether the store held the article.
    pub fn remove_article(&self, id: &str) -> Result<bool> {
        let g = self.base.article(id);
        if !self
            .inner
            .contains_named_graph(g.as_ref())
            .map_err(|e| self.err(e))?
        {
            return Ok(false);
        }
        self.writing()?;
        let mut tx = self.inner.start_transaction().map_err(|e| self.err(e))?;
        tx.remove_named_graph(g.as_ref()).map_err(|e| self.err(e))?;
        tx.commit().map_err(|e| self.err(e))?;
        Ok(true)
    }

    /// Compacts the store on disk (RocksDB): after many replacements, the
    /// removed quads take space until compaction drops them.
    #[cfg(feature = "rocksdb")]
    pub fn optimize(&self) -> Result<()> {
        if self.path.is_none() {
            return Ok(());
        }
        self.inner.optimize().map_err(|e| self.err(e))
    }

    /// Writes what transactions left in RocksDB's memtables to disk.
    ///
    /// Call it after a series of ingests: otherwise the write-ahead log keeps
    /// everything a transaction wrote, and the next open (every `query`)
    /// replays it, which takes seconds per hundred thousand quads.
    ///
    /// It also removes the [`UNCLEAN`] marker: everything written is on disk.
    #[cfg(feature = "rocksdb")]
    pub fn flush(&self) -> Result<()> {
        let Some(path) = &self.path else {
            return Ok(()); // nothing to flush in memory
        };
        self.inner.flush().map_err(|e| self.err(e))?;
        if self.unclean.swap(false, Ordering::SeqCst) {
            std::fs::remove_file(path.join(UNCLEAN))
                .map_err(|e| self.err(format!("cannot remove {UNCLEAN}: {e}")))?;
        }
        Ok(())
    }

    /// Number of quads in the store.
    pub fn quad_count(&self) -> Result<usize> {
        self.inner.len().map_err(|e| self.err(e))
    }

    /// Number of quads in one article's graph.
    pub fn graph_quad_count(&self, id: &str) -> Result<usize> {
        let g = self.base.article(id);
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

    /// The named graphs (one per article, and the entities graph), sorted.
    pub fn graphs(&self) -> Result<Vec<NamedOrBlankNode>> {
        let mut out = self
            .inner
            .named_graphs()
            .collect::<std::result::Result<Vec<_>, StorageError>>()
            .map_err(|e| self.err(e))?;
        out.sort_by_key(|g| g.to_string());
        Ok(out)
    }

    /// Number of articles (named graphs other than the entities graph).
    pub fn article_count(&self) -> Result<usize> {
        let entities = NamedOrBlankNode::from(self.base.entities_graph());
        Ok(self.graphs()?.iter().filter(|g| **g != entities).count())
    }

    /// Whether the store holds the article `id`.
    pub fn has_article(&self, id: &str) -> Result<bool> {
        self.inner
            .contains_named_graph(self.base.article(id).as_ref())
            .map_err(|e| self.err(e))
    }

    /// Runs a SPARQL query with the union of all graphs as default graph
    /// (unless the query names its own dataset with `FROM`).
    ///
    /// A syntax error gives `Error::Query` with the line and column.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>> {
        self.query_until(sparql, None)
    }

    /// Like [`Store::query`], but evaluation stops when `deadline` expires:
    /// reading the results then gives an error, and
    /// [`Deadline::expired`] tells it apart from other errors.
    pub fn query_until(
        &self,
        sparql: &str,
        deadline: Option<&Deadline>,
    ) -> Result<QueryResults<'static>> {
        self.query_with(sparql, deadline, None)
    }

    /// Like [`Store::query_until`], with `SERVICE` calls evaluated by
    /// `services`. Without one, a query that calls a `SERVICE` fails with
    /// a message saying so: the store never sends a request to wherever a
    /// query says.
    pub fn query_with(
        &self,
        sparql: &str,
        deadline: Option<&Deadline>,
        services: Option<Arc<dyn DefaultServiceHandler<Error = QueryEvaluationError>>>,
    ) -> Result<QueryResults<'static>> {
        let mut evaluator = SparqlEvaluator::new().with_default_service_handler(Services(services));
        if let Some(d) = deadline {
            evaluator = evaluator.with_cancellation_token(d.token.clone());
        }
        let mut query = spargebra::SparqlParser::new()
            .parse_query(sparql)
            .map_err(|e| Error::Query(format!("invalid SPARQL: {e}")))?;
        // A final ORDER BY of variables is cheaper on decoded rows.
        let order = order::split(&mut query);
        let mut prepared = evaluator.for_query(query);
        if prepared.dataset().is_default_dataset() {
            prepared.dataset_mut().set_default_graph_as_union();
        }
        let results = prepared
            .on_store(&self.inner)
            .execute()
            .map_err(|e| Error::Query(format!("query failed: {e}")))?;
        match (order, results) {
            (Some(order), QueryResults::Solutions(rows)) => Ok(sorted(rows, &order)),
            (_, results) => Ok(results),
        }
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

/// All of `rows`, in `order` (an error while reading them is the one row
/// given back).
fn sorted(rows: QuerySolutionIter<'static>, order: &order::Order) -> QueryResults<'static> {
    let variables: Arc<[Variable]> = rows.variables().into();
    // `order::split` only takes keys that are projected variables.
    let columns: Vec<usize> = order
        .keys
        .iter()
        .map(|(v, _)| variables.iter().position(|x| x == v).unwrap_or(usize::MAX))
        .collect();
    let mut all = Vec::new();
    for row in rows {
        match row {
            Ok(row) => all.push(row),
            Err(e) => {
                return QueryResults::Solutions(QuerySolutionIter::new(variables, [Err(e)]));
            }
        }
    }
    let all = order::sort(all, order, |row, k| row.get(columns[k]).cloned());
    QueryResults::Solutions(QuerySolutionIter::new(variables, all.into_iter().map(Ok)))
}

/// The `SERVICE` policy of a query: a handler given by the caller, or a
/// refusal naming the service.
struct Services(Option<Arc<dyn DefaultServiceHandler<Error = QueryEvaluationError>>>);

impl DefaultServiceHandler for Services {
    type Error = QueryEvaluationError;

    fn handle(
        &self,
        service_name: &NamedNode,
        pattern: &spargebra::algebra::GraphPattern,
        base_iri: Option<&oxiri::Iri<String>>,
    ) -> std::result::Result<QuerySolutionIter<'static>, QueryEvaluationError> {
        match &self.0 {
            Some(handler) => handler.handle(service_name, pattern, base_iri),
            None => Err(QueryEvaluationError::Service(
                format!("SERVICE {service_name} refused: remote calls are disabled (parley sends no request to wherever a query says; `parley serve --allow-service` allows them)").into(),
            )),
        }
    }
}

/// A time limit for a query. A thread cancels the query's evaluation when
/// the limit has passed; dropping the deadline stops that thread.
pub struct Deadline {
    token: CancellationToken,
    limit: Duration,
    _stop: mpsc::Sender<()>,
}

impl Deadline {
    /// A deadline `limit` from now.
    pub fn after(limit: Duration) -> Deadline {
        let token = CancellationToken::new();
        let (stop, stopped) = mpsc::channel::<()>();
        let t = token.clone();
        std::thread::spawn(move || {
            // Nothing is ever sent: the channel only disconnects when the
            // deadline is dropped, which ends the wait early.
            if let Err(mpsc::RecvTimeoutError::Timeout) = stopped.recv_timeout(limit) {
                t.cancel();
            }
        });
        Deadline {
            token,
            limit,
            _stop: stop,
        }
    }

    /// Whether the limit has passed and the query was stopped.
    pub fn expired(&self) -> bool {
        self.token.is_cancelled()
    }

    /// The limit this deadline was set with.
    pub fn limit(&self) -> Duration {
        self.limit
    }
}

/// Makes `path` a parley store folder, or checks that it is one (see
/// [`Store::open`]). Nothing in a folder that is not parley's is touched.
#[cfg(feature = "rocksdb")]
fn claim(path: &Path) -> Result<()> {
    let err = |message: String| Error::Store {
        path: path.display().to_string(),
        message,
    };
    let write_marker = || {
        std::fs::write(path.join(MARKER), MARKER_TEXT)
            .map_err(|e| err(format!("cannot write the store marker {MARKER}: {e}")))
    };
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(path).map_err(|e| err(format!("cannot create: {e}")))?;
            write_marker()
        }
        Err(e) => Err(err(format!("cannot open: {e}"))),
        Ok(m) if !m.is_dir() => Err(err(
            "is a file, not a store folder: give a new or empty folder (or an existing parley store) to --store".into(),
        )),
        Ok(_) => {
            let marker = path.join(MARKER);
            if marker.exists() {
                let text = std::fs::read_to_string(&marker).unwrap_or_default();
                if text.lines().next() == MARKER_TEXT.lines().next() {
                    return Ok(());
                }
                return Err(err(format!(
                    "its {MARKER} file is not one parley wrote (or is of a newer format); nothing was changed"
                )));
            }
            if is_empty_dir(path) {
                return write_marker();
            }
            if is_legacy_store(path) {
                return write_marker();
            }
            Err(err(format!(
                "is a folder holding other files, not a parley store (no {MARKER} marker): parley keeps its store in a folder of its own, so give a new or empty folder to --store; nothing here was changed"
            )))
        }
    }
}

#[cfg(feature = "rocksdb")]
fn is_empty_dir(path: &Path) -> bool {
    std::fs::read_dir(path).is_ok_and(|mut d| d.next().is_none())
}

/// Whether `path` is a store parley made before the [`MARKER`] existed:
/// every file has a RocksDB name, its options name Oxigraph's column
/// families, and, opened read-only, it holds parley's entities graph or an
/// article. The file checks come first, so RocksDB never opens (and
/// rotates the log of) a folder that is not an Oxigraph store.
#[cfg(feature = "rocksdb")]
fn is_legacy_store(path: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(path) else {
        return false;
    };
    let mut options = None;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !is_rocksdb_file(&name) {
            return false;
        }
        if name.starts_with("OPTIONS-") {
            options = Some(entry.path());
        }
    }
    if !path.join("CURRENT").is_file() || !path.join("IDENTITY").is_file() {
        return false;
    }
    let Some(options) = options.and_then(|o| std::fs::read_to_string(o).ok()) else {
        return false;
    };
    if !["id2str", "spog", "gspo", "dspo"]
        .iter()
        .all(|cf| options.contains(&format!("[CFOptions \"{cf}\"]")))
    {
        return false;
    }
    let Ok(store) = oxigraph::store::Store::open_read_only(path) else {
        return false;
    };
    store
        .contains_named_graph(crate::rdf::entities_graph().as_ref())
        .unwrap_or(false)
        || store
            .quads_for_pattern(None, Some(rdf::TYPE), Some(parley::ARTICLE.into()), None)
            .next()
            .is_some()
}

/// Whether RocksDB names its files this way.
#[cfg(feature = "rocksdb")]
fn is_rocksdb_file(name: &str) -> bool {
    let numbered = |ext: &str| {
        name.strip_suffix(ext)
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    matches!(name, "CURRENT" | "IDENTITY" | "LOCK" | "LOG")
        || name.starts_with("LOG.old.")
        || name.starts_with("MANIFEST-")
        || name.starts_with("OPTIONS-")
        || numbered(".log")
        || numbered(".sst")
        || numbered(".blob")
        || name == UNCLEAN
}

/// Recovers a store left by a crash: opened for writing once, RocksDB
/// replays the write-ahead log; the flush writes the result to table files,
/// so the log is no longer needed and later opens do not replay it, and the
/// compaction the interrupted ingest did not reach merges the files and
/// tombstones it left. When another process holds the store (an ingest
/// running), nothing is done: that process will flush it.
#[cfg(feature = "rocksdb")]
fn recover(path: &Path) {
    let Ok(store) = oxigraph::store::Store::open(path) else {
        return;
    };
    if store.flush().is_ok() && store.optimize().is_ok() {
        drop(store);
        let _ = std::fs::remove_file(path.join(UNCLEAN));
    }
}

#[cfg(feature = "rocksdb")]
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
                    sentence_span: 0..0,
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
                    sentence_span: 0..0,
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
        assert_eq!(store.article_count().expect("articles"), 1);
        assert_eq!(
            store.graphs().expect("graphs").len(),
            2,
            "the article and the entities"
        );
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

    #[cfg(feature = "rocksdb")]
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
