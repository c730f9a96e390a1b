//! `parley serve`: a read-only SPARQL 1.1 Protocol endpoint over the store.
//!
//! Deliberately small: HTTP/1.1 on `std::net`, one thread per connection,
//! one request per connection (`Connection: close`), queries only. It binds
//! to the loopback interface unless told otherwise, opens the store
//! read-only (so `parley ingest` can run beside it), and refuses updates.
//!
//! - `GET /query?query=...`
//! - `POST /query` with `application/sparql-query` or
//!   `application/x-www-form-urlencoded` (`query=...`)
//!
//! Results are negotiated from `Accept`: SPARQL JSON (default), XML, CSV or
//! TSV for solutions; Turtle (default), N-Triples, RDF/XML or JSON-LD for
//! graphs.

use anyhow::{Context, Result};
use oxigraph::io::RdfFormat;
use oxigraph::sparql::results::QueryResultsFormat;
use oxigraph::sparql::QueryResults;
use parley::output::results::{write_results, ResultsFormat};
use parley::store::{Deadline, Store};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::time::Duration;

/// Largest request head and body accepted, to bound memory per connection.
const MAX_HEAD: usize = 64 * 1024;
const MAX_BODY: usize = 1024 * 1024;

/// Serves `store` on `bind` until the process is stopped. A query that
/// runs longer than `timeout` is stopped and answered with 503.
pub fn serve(store: Store, bind: &str, timeout: Option<Duration>) -> Result<()> {
    let listener = TcpListener::bind(bind).with_context(|| format!("{bind}: cannot listen"))?;
    let addr = listener
        .local_addr()
        .context("cannot read the bound address")?;
    eprintln!("parley: SPARQL endpoint on http://{addr}/query (read-only; Ctrl-C stops it)");
    let store = Arc::new(store);
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let store = Arc::clone(&store);
        std::thread::spawn(move || {
            // A client that goes away mid-answer is its own business.
            let _ = handle(&store, stream, timeout);
        });
    }
    Ok(())
}

struct Response {
    status: &'static str,
    content_type: String,
    body: Vec<u8>,
}

impl Response {
    fn text(status: &'static str, body: impl Into<String>) -> Response {
        Response {
            status,
            content_type: "text/plain; charset=utf-8".into(),
            body: body.into().into_bytes(),
        }
    }
}

fn handle(
    store: &Arc<Store>,
    mut stream: TcpStream,
    timeout: Option<Duration>,
) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let response = match read_request(&mut stream) {
        Ok(req) => answer(store, &req, timeout),
        Err(message) => Response::text("400 Bad Request", message),
    };
    write!(
        stream,
        "HTTP/1.1 {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nAccess-Control-Allow-Origin: *\r\nConnection: close\r\n\r\n",
        response.status,
        response.content_type,
        response.body.len()
    )?;
    stream.write_all(&response.body)?;
    stream.flush()
}

struct Request {
    method: String,
    path: String,
    query_string: String,
    content_type: String,
    accept: String,
    body: Vec<u8>,
}

fn read_request(stream: &mut TcpStream) -> Result<Request, String> {
    let mut reader = BufReader::new(stream.take((MAX_HEAD + MAX_BODY) as u64));
    let mut head = Vec::new();
    let mut line = String::new();
    let mut headers = Vec::new();
    loop {
        line.clear();
        let n = reader
            .read_line(&mut line)
            .map_err(|e| format!("cannot read the request: {e}"))?;
        head.push(n);
        if head.iter().sum::<usize>() > MAX_HEAD {
            return Err("request head too large".into());
        }
        if n == 0 || line == "\r\n" || line == "\n" {
            break;
        }
        headers.push(line.trim_end().to_owned());
    }
    let request_line = headers.first().ok_or("empty request")?;
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
        return Err(format!("request body larger than {MAX_BODY} bytes"));
    }
    let mut body = vec![0; length];
    reader
        .read_exact(&mut body)
        .map_err(|e| format!("cannot read the request body: {e}"))?;
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
        body,
    })
}

fn answer(store: &Arc<Store>, req: &Request, timeout: Option<Duration>) -> Response {
    if req.path != "/query" && req.path != "/sparql" {
        return Response::text(
            "404 Not Found",
            "parley SPARQL endpoint: GET or POST /query (SPARQL 1.1 Protocol, read-only)\n",
        );
    }
    let mut params = form(&req.query_string);
    let media = req.content_type.split(';').next().unwrap_or("").trim();
    let query = match req.method.as_str() {
        "GET" => params.remove("query"),
        "POST" if media.eq_ignore_ascii_case("application/sparql-query") => {
            Some(String::from_utf8_lossy(&req.body).into_owned())
        }
        "POST" if media.eq_ignore_ascii_case("application/x-www-form-urlencoded") => {
            params.extend(form(&String::from_utf8_lossy(&req.body)));
            params.remove("query")
        }
        "POST" if media.eq_ignore_ascii_case("application/sparql-update") => None,
        _ => {
            return Response::text(
                "405 Method Not Allowed",
                "use GET or POST with a SPARQL query\n",
            )
        }
    };
    if params.contains_key("update") || media.eq_ignore_ascii_case("application/sparql-update") {
        return Response::text("403 Forbidden", "this endpoint is read-only\n");
    }
    let Some(query) = query else {
        return Response::text("400 Bad Request", "missing the `query` parameter\n");
    };
    let Some(limit) = timeout else {
        return evaluate(store, &query, &req.accept, None);
    };
    // The query runs in a worker thread so that the client gets its answer
    // at the time limit even when Oxigraph does not notice the cancellation
    // at once (a join's hash table is built without looking at it); the
    // worker then ends when the evaluation does.
    let (tx, rx) = std::sync::mpsc::channel();
    let worker_store = Arc::clone(store);
    let accept = req.accept.clone();
    let deadline = Arc::new(Deadline::after(limit));
    let worker_deadline = Arc::clone(&deadline);
    std::thread::spawn(move || {
        let _ = tx.send(evaluate(
            &worker_store,
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

/// Runs one query and writes its results in the negotiated format.
fn evaluate(store: &Store, query: &str, accept: &str, deadline: Option<&Deadline>) -> Response {
    let results = match store.query_until(query, deadline) {
        Ok(r) => r,
        Err(e) => {
            return match deadline.filter(|d| d.expired()) {
                Some(d) => too_long(d.limit()),
                None => Response::text("400 Bad Request", format!("{e}\n")),
            }
        }
    };
    let (format, content_type) = negotiate(accept, matches!(results, QueryResults::Graph(_)));
    let mut body = Vec::new();
    match write_results(results, Some(format), false, &mut body) {
        Ok(()) => Response {
            status: "200 OK",
            content_type,
            body,
        },
        Err(e) => match deadline.filter(|d| d.expired()) {
            Some(d) => too_long(d.limit()),
            None => Response::text("500 Internal Server Error", format!("{e}\n")),
        },
    }
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
}
