//! `parley serve`: a read-only SPARQL 1.1 Protocol endpoint over the store.
//!
//! Small on purpose: HTTP/1.1 on `std::net`, one thread per connection, one
//! request per connection (`Connection: close`), queries only. It is the
//! endpoint other people's tools point at, so it defends itself:
//!
//! - read-only: SPARQL Update and Graph Store writes (`PUT`, `DELETE`,
//!   `PATCH`, `POST` outside `/query`) get 403 and a message;
//! - each query stops at `--timeout` (503) and each result at
//!   `--max-result-mb` (503), each with a message naming the flag;
//! - request bodies are capped ([`MAX_BODY`], 413) and a request must arrive
//!   whole within [`REQUEST_TIME`], so a slow client cannot hold a thread;
//! - at most `--max-connections` requests are served at once (a query that
//!   outlives its connection keeps its slot until it ends); more wait in the
//!   kernel's accept queue;
//! - `SERVICE` is refused unless `--allow-service` (the server sends no
//!   request to wherever a query says);
//! - CORS headers only with `--cors ORIGIN`;
//! - loopback by default, with a warning when bound elsewhere.
//!
//! `GET /` (and `GET /query` without a query) answers the SPARQL 1.1 Service
//! Description. A store on disk is opened read-only and opened again when
//! its files change, so an ingest running beside the server is seen by the
//! next query.
//!
//! Results are negotiated from `Accept`: SPARQL JSON (default), XML, CSV or
//! TSV for solutions; Turtle (default), N-Triples, RDF/XML or JSON-LD for
//! graphs.

use anyhow::{Context, Result};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{BlankNode, NamedNode, NamedOrBlankNode, Term, Triple};
use oxigraph::sparql::results::QueryResultsFormat;
use oxigraph::sparql::{DefaultServiceHandler, QueryEvaluationError, QueryResults};
use parley::output::results::{write_results, ResultsFormat};
use parley::store::{Deadline, Store};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant, SystemTime};

/// Largest request head and body accepted, to bound memory per connection.
const MAX_HEAD: usize = 64 * 1024;
pub const MAX_BODY: usize = 1024 * 1024;

/// A request must arrive whole within this time (slow clients are cut off).
const REQUEST_TIME: Duration = Duration::from_secs(10);

/// Writing an answer may block this long on a client that does not read.
const WRITE_TIME: Duration = Duration::from_secs(30);

/// How the endpoint runs (the flags of `parley serve`).
pub struct Options {
    pub bind: String,
    /// Stop each query after this long (503).
    pub timeout: Option<Duration>,
    /// Largest result in bytes, as serialised (503 beyond it).
    pub max_result: usize,
    /// Requests served at once.
    pub max_connections: usize,
    /// Let `SERVICE` call remote endpoints.
    pub allow_service: bool,
    /// The origin allowed by CORS, when any.
    pub cors: Option<String>,
}

/// Where queries are answered from: a store on disk, opened again when its
/// files change, or a fixed store (`--from`, in memory).
pub enum Source {
    Disk(PathBuf, parley::rdf::Base),
    Fixed(Store),
}

/// The store as last opened, and what its folder looked like then.
struct Current {
    path: Option<PathBuf>,
    base: parley::rdf::Base,
    state: Mutex<(u64, Arc<Store>)>,
}

impl Current {
    fn new(source: Source) -> Result<Current> {
        Ok(match source {
            Source::Fixed(store) => Current {
                path: None,
                base: store.base().clone(),
                state: Mutex::new((0, Arc::new(store))),
            },
            Source::Disk(path, base) => {
                let signature = folder_signature(&path);
                let store = Store::open_read_only_in(&path, base.clone())?;
                Current {
                    path: Some(path),
                    base,
                    state: Mutex::new((signature, Arc::new(store))),
                }
            }
        })
    }

    /// The store to answer the next query from: opened again (read-only)
    /// when a file of its folder was added, removed or written since the
    /// last open. Looking costs one directory listing; opening, a few
    /// milliseconds, and only after a change. When the new open fails (an
    /// ingest in the middle of a step), the last store answers.
    fn store(&self) -> Arc<Store> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(path) = &self.path {
            let signature = folder_signature(path);
            if signature != state.0 {
                match Store::open_read_only_in(path, self.base.clone()) {
                    Ok(store) => *state = (signature, Arc::new(store)),
                    Err(e) => eprintln!("parley: {e} (answering from the store as opened before)"),
                }
            }
        }
        Arc::clone(&state.1)
    }
}

/// A hash of the names, sizes and modification times of a folder's files:
/// RocksDB writes its log, tables and manifest there, so any write changes it.
fn folder_signature(path: &Path) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut entries: Vec<(String, u64, Option<SystemTime>)> = std::fs::read_dir(path)
        .map(|dir| {
            dir.flatten()
                .map(|e| {
                    let meta = e.metadata().ok();
                    (
                        e.file_name().to_string_lossy().into_owned(),
                        meta.as_ref().map_or(0, |m| m.len()),
                        meta.and_then(|m| m.modified().ok()),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    entries.sort();
    let mut h = std::collections::hash_map::DefaultHasher::new();
    entries.hash(&mut h);
    h.finish()
}

/// Counts requests in flight and makes the accept loop wait for a free slot.
struct Slots {
    busy: Mutex<usize>,
    freed: Condvar,
    max: usize,
}

/// One request's slot, given back when the last holder (the connection, or
/// the query's worker when it outlives the connection) drops it.
struct Slot(Arc<Slots>);

impl Slots {
    fn take(slots: &Arc<Slots>) -> Slot {
        let mut busy = slots.busy.lock().unwrap_or_else(|e| e.into_inner());
        while *busy >= slots.max {
            busy = slots.freed.wait(busy).unwrap_or_else(|e| e.into_inner());
        }
        *busy += 1;
        Slot(Arc::clone(slots))
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut busy = self.0.busy.lock().unwrap_or_else(|e| e.into_inner());
        *busy -= 1;
        self.0.freed.notify_one();
    }
}

/// What every request handler shares.
struct Server {
    current: Current,
    options: Options,
    services: Option<Arc<dyn DefaultServiceHandler<Error = QueryEvaluationError>>>,
    /// `http://ADDR`, for the service description when a request has no Host.
    origin: String,
}

/// Serves `source` until the process is stopped.
pub fn serve(source: Source, options: Options) -> Result<()> {
    let listener = TcpListener::bind(&options.bind)
        .with_context(|| format!("{}: cannot listen", options.bind))?;
    let addr = listener
        .local_addr()
        .context("cannot read the bound address")?;
    let current = Current::new(source)?;
    if !addr.ip().is_loopback() {
        eprintln!(
            "parley: warning: listening on {addr}, not loopback: anyone who can reach this machine can query the store (there is no authentication)"
        );
    }
    eprintln!("parley: SPARQL endpoint on http://{addr}/query (read-only; Ctrl-C stops it)");
    let services = options
        .allow_service
        .then(|| Arc::new(crate::remote::ServiceClient::new()) as Arc<_>);
    let server = Arc::new(Server {
        current,
        services,
        origin: format!("http://{addr}"),
        options,
    });
    let slots = Arc::new(Slots {
        busy: Mutex::new(0),
        freed: Condvar::new(),
        max: server.options.max_connections.max(1),
    });
    loop {
        // Wait for a free slot before accepting: clients beyond the bound
        // queue in the kernel instead of each costing a thread.
        let slot = Slots::take(&slots);
        let Ok((stream, _)) = listener.accept() else {
            continue;
        };
        let server = Arc::clone(&server);
        std::thread::spawn(move || {
            // A client that goes away mid-answer is its own business.
            let _ = handle(&server, stream, Arc::new(slot));
        });
    }
}

struct Response {
    status: &'static str,
    content_type: String,
    body: Vec<u8>,
    allow: Option<&'static str>,
}

impl Response {
    fn text(status: &'static str, body: impl Into<String>) -> Response {
        Response {
            status,
            content_type: "text/plain; charset=utf-8".into(),
            body: body.into().into_bytes(),
            allow: None,
        }
    }
}

fn handle(server: &Arc<Server>, mut stream: TcpStream, slot: Arc<Slot>) -> std::io::Result<()> {
    stream.set_write_timeout(Some(WRITE_TIME))?;
    let response = match read_request(&mut stream) {
        Ok(req) => answer(server, &req, slot),
        Err((status, message)) => Response::text(status, message),
    };
    let mut head = format!(
        "HTTP/1.1 {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n",
        response.status,
        response.content_type,
        response.body.len()
    );
    if let Some(origin) = &server.options.cors {
        head.push_str(&format!(
            "Access-Control-Allow-Origin: {origin}\r\nAccess-Control-Allow-Methods: GET, POST, OPTIONS\r\nAccess-Control-Allow-Headers: Content-Type, Accept\r\nVary: Origin\r\n"
        ));
    }
    if let Some(allow) = response.allow {
        head.push_str(&format!("Allow: {allow}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(&response.body)?;
    stream.flush()
}

struct Request {
    method: String,
    path: String,
    query_string: String,
    content_type: String,
    accept: String,
    host: String,
    body: Vec<u8>,
}

/// Reads from a socket until a deadline: each read may wait only for the
/// time left, so a client sending a byte now and then is still cut off.
struct Timed<'a> {
    stream: &'a mut TcpStream,
    until: Instant,
}

impl Read for Timed<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let left = self.until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                "the request did not arrive in time",
            ));
        }
        self.stream.set_read_timeout(Some(left))?;
        self.stream.read(buf)
    }
}

type Refusal = (&'static str, String);

fn read_request(stream: &mut TcpStream) -> Result<Request, Refusal> {
    let timed = Timed {
        stream,
        until: Instant::now() + REQUEST_TIME,
    };
    let mut reader = BufReader::new(timed.take((MAX_HEAD + MAX_BODY) as u64));
    let bad = |m: String| ("400 Bad Request", m);
    let mut total = 0;
    let mut line = String::new();
    let mut headers = Vec::new();
    loop {
        line.clear();
        let n = reader.read_line(&mut line).map_err(|e| {
            if e.kind() == std::io::ErrorKind::TimedOut
                || e.kind() == std::io::ErrorKind::WouldBlock
            {
                (
                    "408 Request Timeout",
                    format!(
                        "the request did not arrive within {} s\n",
                        REQUEST_TIME.as_secs()
                    ),
                )
            } else {
                bad(format!("cannot read the request: {e}\n"))
            }
        })?;
        total += n;
        if total > MAX_HEAD {
            return Err((
                "431 Request Header Fields Too Large",
                format!("request head larger than {MAX_HEAD} bytes\n"),
            ));
        }
        if n == 0 || line == "\r\n" || line == "\n" {
            break;
        }
        headers.push(line.trim_end().to_owned());
    }
    let request_line = headers
        .first()
        .ok_or_else(|| bad("empty request\n".into()))?;
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_owned();
    let target = parts.next().unwrap_or("/").to_owned();
    let header = |name: &str| -> String {
        headers[1..]
            .iter()
            .find_map(|h| {
                let (k, v) = h.split_once(':')?;
                k.trim()
                    .eq_ignore_ascii_case(name)
                    .then(|| v.trim().to_owned())
            })
            .unwrap_or_default()
    };
    let length: usize = header("content-length").parse().unwrap_or(0);
    if length > MAX_BODY {
        return Err((
            "413 Content Too Large",
            format!("request body of {length} bytes: this endpoint accepts at most {MAX_BODY}\n"),
        ));
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).map_err(|e| {
        if e.kind() == std::io::ErrorKind::TimedOut || e.kind() == std::io::ErrorKind::WouldBlock {
            (
                "408 Request Timeout",
                format!(
                    "the request did not arrive within {} s\n",
                    REQUEST_TIME.as_secs()
                ),
            )
        } else {
            bad(format!("cannot read the request body: {e}\n"))
        }
    })?;
    let (path, query_string) = match target.split_once('?') {
        Some((p, q)) => (p.to_owned(), q.to_owned()),
        None => (target, String::new()),
    };
    Ok(Request {
        method,
        path,
        query_string,
        content_type: header("content-type"),
        accept: header("accept"),
        host: header("host"),
        body,
    })
}

const READ_ONLY: &str = "this endpoint is read-only: SPARQL Update and Graph Store writes are refused (load data with `parley ingest`)\n";

fn answer(server: &Arc<Server>, req: &Request, slot: Arc<Slot>) -> Response {
    let query_path = req.path == "/query" || req.path == "/sparql";
    match req.method.as_str() {
        "OPTIONS" => {
            return Response {
                allow: Some("GET, POST, OPTIONS"),
                ..Response::text("204 No Content", "")
            }
        }
        "PUT" | "DELETE" | "PATCH" => return Response::text("403 Forbidden", READ_ONLY),
        "POST" if !query_path => return Response::text("403 Forbidden", READ_ONLY),
        "GET" | "HEAD" if req.path == "/" => return service_description(server, req),
        "GET" | "POST" if query_path => {}
        "GET" => {
            return Response::text(
                "404 Not Found",
                "parley SPARQL endpoint: GET or POST /query (SPARQL 1.1 Protocol, read-only); GET / describes the service\n",
            )
        }
        _ => {
            return Response {
                allow: Some("GET, POST, OPTIONS"),
                ..Response::text("405 Method Not Allowed", "use GET or POST with a SPARQL query\n")
            }
        }
    }
    let mut params = form(&req.query_string);
    let media = req.content_type.split(';').next().unwrap_or("").trim();
    let update = media.eq_ignore_ascii_case("application/sparql-update");
    let query = match req.method.as_str() {
        "POST" if media.eq_ignore_ascii_case("application/sparql-query") => {
            Some(String::from_utf8_lossy(&req.body).into_owned())
        }
        "POST" if media.eq_ignore_ascii_case("application/x-www-form-urlencoded") => {
            params.extend(form(&String::from_utf8_lossy(&req.body)));
            params.remove("query")
        }
        "POST" if update => None,
        "POST" => {
            return Response::text(
                "415 Unsupported Media Type",
                "POST a query as application/sparql-query or application/x-www-form-urlencoded (query=...)\n",
            )
        }
        _ => params.remove("query"),
    };
    if update || params.contains_key("update") {
        return Response::text("403 Forbidden", READ_ONLY);
    }
    let Some(query) = query else {
        if req.method == "GET" {
            return service_description(server, req);
        }
        return Response::text("400 Bad Request", "missing the `query` parameter\n");
    };
    let store = server.current.store();
    let Some(limit) = server.options.timeout else {
        return evaluate(server, &store, &query, &req.accept, None);
    };
    // The query runs in a worker thread so that the client gets its answer
    // at the time limit even when Oxigraph does not notice the cancellation
    // at once (a join's hash table is built without it); the worker keeps
    // the request's slot until the evaluation ends.
    let (tx, rx) = std::sync::mpsc::channel();
    let accept = req.accept.clone();
    let deadline = Arc::new(Deadline::after(limit));
    let worker_deadline = Arc::clone(&deadline);
    let worker_server = Arc::clone(server);
    std::thread::spawn(move || {
        let _slot = slot;
        let _ = tx.send(evaluate(
            &worker_server,
            &store,
            &query,
            &accept,
            Some(&worker_deadline),
        ));
    });
    rx.recv_timeout(limit + Duration::from_secs(1))
        .unwrap_or_else(|_| too_long(limit))
}

fn too_long(limit: Duration) -> Response {
    Response::text(
        "503 Service Unavailable",
        format!(
            "query stopped after {} s, this endpoint's time limit (parley serve --timeout)\n",
            limit.as_secs()
        ),
    )
}

/// A writer that refuses to grow past a limit, so that a huge result costs
/// at most the limit in memory.
struct Capped {
    bytes: Vec<u8>,
    max: usize,
    over: bool,
}

impl Write for Capped {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.bytes.len() + buf.len() > self.max {
            self.over = true;
            return Err(std::io::Error::other("result too large"));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs one query and writes its results in the negotiated format.
fn evaluate(
    server: &Server,
    store: &Store,
    query: &str,
    accept: &str,
    deadline: Option<&Deadline>,
) -> Response {
    let results = match store.query_with(query, deadline, server.services.clone()) {
        Ok(r) => r,
        Err(e) => {
            return match deadline.filter(|d| d.expired()) {
                Some(d) => too_long(d.limit()),
                None if is_service_refusal(&e.to_string()) => {
                    Response::text("403 Forbidden", format!("{e}\n"))
                }
                None => Response::text("400 Bad Request", format!("{e}\n")),
            }
        }
    };
    let (format, content_type) = negotiate(accept, matches!(results, QueryResults::Graph(_)));
    let mut body = Capped {
        bytes: Vec::new(),
        max: server.options.max_result,
        over: false,
    };
    match write_results(results, Some(format), false, &mut body) {
        Ok(()) => Response {
            status: "200 OK",
            content_type,
            body: body.bytes,
            allow: None,
        },
        Err(e) => match deadline.filter(|d| d.expired()) {
            Some(d) => too_long(d.limit()),
            None if body.over => Response::text(
                "503 Service Unavailable",
                format!(
                    "the result is larger than {} MB, this endpoint's limit (parley serve --max-result-mb): add a LIMIT or narrow the query\n",
                    server.options.max_result / (1024 * 1024)
                ),
            ),
            None if is_service_refusal(&e.to_string()) => {
                Response::text("403 Forbidden", format!("{e}\n"))
            }
            None => Response::text("500 Internal Server Error", format!("{e}\n")),
        },
    }
}

fn is_service_refusal(message: &str) -> bool {
    message.contains("remote calls are disabled")
}

/// The first acceptable format in `Accept` order, else the default.
fn negotiate(accept: &str, graph: bool) -> (ResultsFormat, String) {
    for item in accept.split(',') {
        let media = item
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        if graph {
            if let Some(f) = RdfFormat::from_media_type(&media).filter(|f| *f != RdfFormat::N3) {
                return (ResultsFormat::Rdf(f), f.media_type().to_owned());
            }
        } else if let Some(f) = QueryResultsFormat::from_media_type(&media) {
            return (ResultsFormat::Sparql(f), f.media_type().to_owned());
        }
    }
    if graph {
        (ResultsFormat::Rdf(RdfFormat::Turtle), "text/turtle".into())
    } else {
        let f = QueryResultsFormat::Json;
        (ResultsFormat::Sparql(f), f.media_type().to_owned())
    }
}

/// The SPARQL 1.1 Service Description of this endpoint, as RDF in the
/// negotiated format (Turtle by default).
fn service_description(server: &Server, req: &Request) -> Response {
    const SD: &str = "http://www.w3.org/ns/sparql-service-description#";
    const FORMATS: &str = "http://www.w3.org/ns/formats/";
    let sd = |local: &str| NamedNode::new_unchecked(format!("{SD}{local}"));
    let origin = if req.host.is_empty() {
        server.origin.clone()
    } else {
        format!("http://{}", req.host)
    };
    let service = NamedOrBlankNode::from(BlankNode::default());
    let dataset = NamedOrBlankNode::from(BlankNode::default());
    let graph = NamedOrBlankNode::from(BlankNode::default());
    let a = NamedNode::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    let mut triples = vec![
        Triple::new(service.clone(), a.clone(), sd("Service")),
        Triple::new(
            service.clone(),
            sd("endpoint"),
            NamedNode::new_unchecked(format!("{origin}/query")),
        ),
        Triple::new(
            service.clone(),
            sd("supportedLanguage"),
            sd("SPARQL11Query"),
        ),
        Triple::new(service.clone(), sd("feature"), sd("UnionDefaultGraph")),
        Triple::new(
            service.clone(),
            sd("defaultDataset"),
            Term::from(dataset.clone()),
        ),
        Triple::new(dataset.clone(), a.clone(), sd("Dataset")),
        Triple::new(dataset, sd("defaultGraph"), Term::from(graph.clone())),
        Triple::new(graph, a, sd("Graph")),
    ];
    for format in [
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "N-Triples",
        "RDF_XML",
        "JSON-LD",
    ] {
        triples.push(Triple::new(
            service.clone(),
            sd("resultFormat"),
            NamedNode::new_unchecked(format!("{FORMATS}{format}")),
        ));
    }
    let (format, content_type) = match negotiate(&req.accept, true) {
        (ResultsFormat::Rdf(f), t) => (f, t),
        _ => (RdfFormat::Turtle, "text/turtle".into()),
    };
    let mut out = RdfSerializer::from_format(format)
        .with_prefix("sd", SD)
        .unwrap_or_else(|_| RdfSerializer::from_format(format))
        .for_writer(Vec::new());
    for t in &triples {
        if let Err(e) = out.serialize_triple(t) {
            return Response::text("500 Internal Server Error", format!("{e}\n"));
        }
    }
    match out.finish() {
        Ok(body) => Response {
            status: "200 OK",
            content_type,
            body,
            allow: None,
        },
        Err(e) => Response::text("500 Internal Server Error", format!("{e}\n")),
    }
}

/// Decodes `application/x-www-form-urlencoded` pairs.
fn form(s: &str) -> std::collections::HashMap<String, String> {
    s.split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

fn percent_decode(s: &str) -> String {
    let hex = |b: u8| (b as char).to_digit(16);
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (
                bytes.get(i + 1).and_then(|b| hex(*b)),
                bytes.get(i + 2).and_then(|b| hex(*b)),
            ) {
                (Some(h), Some(l)) => {
                    // Two hex digits make one byte: h and l are below 16.
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding() {
        assert_eq!(percent_decode("a+b%20c%3F"), "a b c?");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%é"), "%é");
        assert_eq!(percent_decode("%C3%A9"), "é");
        let f = form("query=SELECT+*&x=%26");
        assert_eq!(f["query"], "SELECT *");
        assert_eq!(f["x"], "&");
    }

    #[test]
    fn negotiation() {
        assert_eq!(negotiate("", false).1, "application/sparql-results+json");
        assert!(negotiate("text/csv, */*", false).1.starts_with("text/csv"));
        assert_eq!(
            negotiate("application/n-triples;q=0.9", true).1,
            "application/n-triples"
        );
        assert_eq!(negotiate("text/html", true).1, "text/turtle");
    }

    #[test]
    fn capped_writer_stops_at_its_limit() {
        let mut w = Capped {
            bytes: Vec::new(),
            max: 5,
            over: false,
        };
        assert!(w.write_all(b"abc").is_ok());
        assert!(w.write_all(b"def").is_err());
        assert!(w.over);
        assert_eq!(w.bytes, b"abc");
    }
}
