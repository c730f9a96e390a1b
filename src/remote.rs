//! Talking to other SPARQL stores: `parley push` (SPARQL 1.1 Graph Store
//! HTTP Protocol), `parley query --endpoint` (SPARQL 1.1 Protocol) and the
//! `SERVICE` calls `parley serve --allow-service` lets through.
//!
//! HTTP is ureq's. Credentials come from the environment only, never from a
//! flag (a flag's value shows in `ps`): `PARLEY_REMOTE_TOKEN` (sent as a
//! bearer token), or `PARLEY_REMOTE_USER` and `PARLEY_REMOTE_PASSWORD`
//! (HTTP Basic).

use anyhow::{bail, Context, Result};
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphName, NamedNode, Quad, Triple};
use oxigraph::sparql::results::{
    QueryResultsFormat, QueryResultsParser, ReaderQueryResultsParserOutput,
};
use oxigraph::sparql::{
    DefaultServiceHandler, QueryEvaluationError, QueryResults, QuerySolutionIter, QueryTripleIter,
};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The value of an `Authorization` header from the environment, if any.
fn authorization() -> Option<String> {
    if let Ok(token) = std::env::var("PARLEY_REMOTE_TOKEN") {
        if !token.is_empty() {
            return Some(format!("Bearer {token}"));
        }
    }
    let user = std::env::var("PARLEY_REMOTE_USER").ok()?;
    let password = std::env::var("PARLEY_REMOTE_PASSWORD").unwrap_or_default();
    Some(format!(
        "Basic {}",
        base64(format!("{user}:{password}").as_bytes())
    ))
}

/// Standard base64 with padding (RFC 4648), for HTTP Basic credentials.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// An HTTP client that reports statuses instead of failing on them.
fn agent(timeout: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(timeout))
        .build()
        .into()
}

/// What `parley push` is told.
pub struct PushOptions {
    /// The Graph Store endpoint (e.g. `http://host:7878/store`).
    pub to: String,
    /// Graphs sent at once.
    pub parallel: usize,
    /// Tries per graph on 5xx and connection errors.
    pub retries: u32,
    /// Wait before the first retry; doubled at each next one.
    pub backoff: Duration,
    /// Per-request time limit.
    pub timeout: Duration,
}

/// One graph to send: its IRI and its triples.
struct Graph {
    iri: NamedNode,
    triples: Vec<Triple>,
}

/// How one push went.
#[derive(Default)]
pub struct PushReport {
    pub sent: usize,
    pub quads: usize,
    pub failed: Vec<(String, String)>,
}

/// Pushes graphs to a Graph Store: each article's graph with `PUT` (so a
/// second push replaces it, never duplicates), the entities graph with
/// `POST` (merged: shards and separate pushes each describe some of the
/// shared nodes, and none may remove another's). Graphs come from `next`,
/// one at a time, and `parallel` of them are in flight.
fn push_graphs(
    options: &PushOptions,
    entities: &NamedNode,
    next: &mut (dyn FnMut() -> Option<Result<Graph>> + Send),
) -> Result<PushReport> {
    let agent = agent(options.timeout);
    let auth = authorization();
    let report = Mutex::new(PushReport::default());
    let source = Mutex::new(next);
    let read_error: Mutex<Option<anyhow::Error>> = Mutex::new(None);
    let done = AtomicUsize::new(0);
    let progress = std::io::IsTerminal::is_terminal(&std::io::stderr());
    std::thread::scope(|scope| {
        for _ in 0..options.parallel.max(1) {
            scope.spawn(|| loop {
                let graph = {
                    let mut next = source.lock().unwrap_or_else(|e| e.into_inner());
                    if read_error
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .is_some()
                    {
                        return;
                    }
                    match (*next)() {
                        None => return,
                        Some(Err(e)) => {
                            *read_error.lock().unwrap_or_else(|e| e.into_inner()) = Some(e);
                            return;
                        }
                        Some(Ok(g)) => g,
                    }
                };
                let merge = graph.iri == *entities;
                let outcome = send_graph(&agent, auth.as_deref(), options, &graph, merge);
                let mut r = report.lock().unwrap_or_else(|e| e.into_inner());
                match outcome {
                    Ok(()) => {
                        r.sent += 1;
                        r.quads += graph.triples.len();
                    }
                    Err(e) => r
                        .failed
                        .push((graph.iri.as_str().to_owned(), format!("{e:#}"))),
                }
                let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                if progress && n.is_multiple_of(100) {
                    eprint!("\rpushed {n} graphs");
                }
            });
        }
    });
    if progress && done.load(Ordering::Relaxed) >= 100 {
        eprintln!();
    }
    if let Some(e) = read_error.into_inner().unwrap_or_else(|e| e.into_inner()) {
        return Err(e);
    }
    Ok(report.into_inner().unwrap_or_else(|e| e.into_inner()))
}

/// Sends one graph, retrying with exponential backoff on 5xx statuses and
/// connection errors; a 4xx is the request's fault and is not retried.
fn send_graph(
    agent: &ureq::Agent,
    auth: Option<&str>,
    options: &PushOptions,
    graph: &Graph,
    merge: bool,
) -> Result<()> {
    // N-Triples is a subset of Turtle: sent as Turtle, every store reads it.
    let mut body = Vec::new();
    {
        let mut out = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(&mut body);
        for t in &graph.triples {
            out.serialize_triple(t)?;
        }
        out.finish()?;
    }
    let mut wait = options.backoff;
    let mut attempt = 0;
    loop {
        attempt += 1;
        let request = if merge {
            agent.post(&options.to)
        } else {
            agent.put(&options.to)
        };
        let mut request = request
            .query("graph", graph.iri.as_str())
            .header("Content-Type", "text/turtle; charset=utf-8");
        if let Some(a) = auth {
            request = request.header("Authorization", a);
        }
        let retry = match request.send(&body[..]) {
            Ok(response) => {
                let status = response.status().as_u16();
                if (200..300).contains(&status) {
                    return Ok(());
                }
                let text = response
                    .into_body()
                    .read_to_string()
                    .unwrap_or_default()
                    .chars()
                    .take(300)
                    .collect::<String>();
                let message = format!("HTTP {status}: {}", text.trim());
                if status < 500 {
                    bail!("{message}");
                }
                message
            }
            Err(e) => format!("{e}"),
        };
        if attempt > options.retries {
            bail!("{retry} (after {attempt} tries)");
        }
        std::thread::sleep(wait);
        wait = wait.saturating_mul(2);
    }
}

/// Pushes the store's graphs, article by article.
pub fn push_store(store: &parley::store::Store, options: &PushOptions) -> Result<PushReport> {
    let entities = store.base().entities_graph();
    let mut graphs = store.graphs()?.into_iter();
    let mut next = || -> Option<Result<Graph>> {
        let g = graphs.next()?;
        let oxigraph::model::NamedOrBlankNode::NamedNode(iri) = g else {
            return Some(Err(anyhow::anyhow!(
                "a blank-node graph name cannot be pushed: {g}"
            )));
        };
        let triples = store
            .quads(Some(&iri))
            .map(|q| q.map(Triple::from))
            .collect::<parley::Result<Vec<_>>>();
        Some(
            triples
                .map(|triples| Graph { iri, triples })
                .map_err(Into::into),
        )
    };
    push_graphs(options, &entities, &mut next)
}

/// Pushes the graphs of N-Quads files, one file at a time (a file's graphs
/// are gathered in memory, so a shard, not the corpus, is the unit). A quad
/// in the default graph cannot be placed and is an error naming the file.
/// `base` is the one the files were written under: its entities graph is
/// pushed with a merge, not a replacement.
pub fn push_files(
    paths: &[std::path::PathBuf],
    options: &PushOptions,
    base: &parley::rdf::Base,
) -> Result<PushReport> {
    let entities = base.entities_graph();
    let mut total = PushReport::default();
    for path in paths {
        let graphs = read_nquads(path)?;
        let mut graphs = graphs.into_iter();
        let mut next = || {
            graphs
                .next()
                .map(|(iri, triples)| Ok(Graph { iri, triples }))
        };
        let report = push_graphs(options, &entities, &mut next)?;
        total.sent += report.sent;
        total.quads += report.quads;
        total.failed.extend(report.failed);
    }
    Ok(total)
}

fn read_nquads(path: &Path) -> Result<BTreeMap<NamedNode, Vec<Triple>>> {
    let name = path.display().to_string();
    let file = std::fs::File::open(path).with_context(|| format!("{name}: cannot open"))?;
    let format = RdfFormat::from_extension(
        &path
            .extension()
            .map(|e| e.to_string_lossy().into_owned())
            .unwrap_or_default(),
    )
    .filter(|f| f.supports_datasets())
    .unwrap_or(RdfFormat::NQuads);
    let mut graphs: BTreeMap<NamedNode, Vec<Triple>> = BTreeMap::new();
    for quad in RdfParser::from_format(format).for_reader(std::io::BufReader::new(file)) {
        let Quad {
            subject,
            predicate,
            object,
            graph_name,
        } = quad.with_context(|| format!("{name}: not valid {}", format.name()))?;
        let GraphName::NamedNode(g) = graph_name else {
            bail!("{name}: a quad outside any named graph cannot be pushed (push graphs as `parley export --format nquads` writes them)");
        };
        graphs
            .entry(g)
            .or_default()
            .push(Triple::new(subject, predicate, object));
    }
    // A graph stated twice in one file (or a triple twice) is sent once.
    for triples in graphs.values_mut() {
        let mut seen = std::collections::HashSet::new();
        triples.retain(|t| seen.insert(t.clone()));
    }
    Ok(graphs)
}

/// Prints the push summary; the failed graphs are named on stderr.
pub fn summarise(report: &PushReport, to: &str, started: Instant) {
    eprintln!(
        "pushed {} graph{} ({} quads) to {to} in {:.1} s; {} failed",
        report.sent,
        if report.sent == 1 { "" } else { "s" },
        report.quads,
        started.elapsed().as_secs_f64(),
        report.failed.len()
    );
    for (graph, why) in &report.failed {
        eprintln!("parley: failed: <{graph}>: {why}");
    }
}

/// Runs a query on a remote SPARQL 1.1 Protocol endpoint and returns its
/// results in the form a local query gives, so every output format works.
pub fn remote_query(
    endpoint: &str,
    query: &str,
    timeout: Duration,
) -> Result<QueryResults<'static>> {
    // A form, not `application/sparql-query`: every store reads the form
    // (Virtuoso 7.2 leaves a bare query body unanswered).
    let mut request = agent(timeout)
        .post(endpoint)
        .header(
            "Accept",
            "application/sparql-results+json, application/sparql-results+xml;q=0.9, application/n-triples, text/turtle;q=0.9",
        );
    if let Some(a) = authorization() {
        request = request.header("Authorization", a);
    }
    let response = request
        .send_form([("query", query)])
        .with_context(|| format!("{endpoint}: cannot reach the endpoint"))?;
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let body = response.into_body().into_reader();
    if !(200..300).contains(&status) {
        let mut text = String::new();
        let _ = body.take(2000).read_to_string(&mut text);
        bail!("{endpoint}: HTTP {status}: {}", text.trim());
    }
    if let Some(format) = QueryResultsFormat::from_media_type(&content_type) {
        return match QueryResultsParser::from_format(format)
            .for_reader(body)
            .with_context(|| format!("{endpoint}: unreadable results"))?
        {
            ReaderQueryResultsParserOutput::Boolean(b) => Ok(QueryResults::Boolean(b)),
            ReaderQueryResultsParserOutput::Solutions(reader) => {
                let variables = reader.variables().to_vec().into();
                Ok(QueryResults::Solutions(QuerySolutionIter::new(
                    variables,
                    reader.map(|s| s.map_err(|e| QueryEvaluationError::Service(Box::new(e)))),
                )))
            }
        };
    }
    if let Some(format) = RdfFormat::from_media_type(&content_type) {
        let triples = RdfParser::from_format(format).for_reader(body).map(|q| {
            q.map(Triple::from)
                .map_err(|e| QueryEvaluationError::Service(Box::new(e)))
        });
        return Ok(QueryResults::Graph(QueryTripleIter::new(triples)));
    }
    bail!("{endpoint}: answered with `{content_type}`, which is not a SPARQL results or RDF format")
}

/// Evaluates `SERVICE` clauses by sending their pattern, as a SELECT, to
/// the service's endpoint (only used under `parley serve --allow-service`).
pub struct ServiceClient {
    timeout: Duration,
}

impl ServiceClient {
    pub fn new() -> ServiceClient {
        ServiceClient {
            timeout: Duration::from_secs(30),
        }
    }
}

impl DefaultServiceHandler for ServiceClient {
    type Error = QueryEvaluationError;

    fn handle(
        &self,
        service_name: &NamedNode,
        pattern: &spargebra::algebra::GraphPattern,
        base_iri: Option<&oxiri::Iri<String>>,
    ) -> std::result::Result<QuerySolutionIter<'static>, QueryEvaluationError> {
        let query = spargebra::Query::Select {
            dataset: None,
            pattern: pattern.clone(),
            base_iri: base_iri.cloned(),
        }
        .to_string();
        match remote_query(service_name.as_str(), &query, self.timeout) {
            Ok(QueryResults::Solutions(s)) => Ok(s),
            Ok(_) => Err(QueryEvaluationError::Service(
                format!("{service_name} did not answer with solutions").into(),
            )),
            Err(e) => Err(QueryEvaluationError::Service(format!("{e:#}").into())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_as_rfc4648() {
        for (input, expected) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("dba:dba", "ZGJhOmRiYQ=="),
        ] {
            assert_eq!(base64(input.as_bytes()), expected, "{input}");
        }
    }
}
