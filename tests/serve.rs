//! `parley serve` as others' tools meet it: read-only, bounded in time,
//! size and connections, no SERVICE calls or CORS unless asked, a Service
//! Description at `/`, and new data seen by the next query.

use crate::common::{data, parley, stdout_of, temp};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A `parley serve` this test started; stopped when dropped.
struct Server {
    child: Child,
    addr: String,
    /// The lines of stderr before the banner (warnings).
    before: Vec<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(dir: &Path, args: &[&str]) -> Server {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("parley"))
        .current_dir(dir)
        .env_remove("PARLEY_STORE")
        .arg("serve")
        .args(args)
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let mut stderr = BufReader::new(child.stderr.take().expect("piped stderr"));
    let mut before = Vec::new();
    let addr = loop {
        let mut line = String::new();
        if stderr.read_line(&mut line).expect("reads stderr") == 0 {
            let _ = child.kill();
            panic!("the server ended before its banner: {before:?}");
        }
        // "parley: SPARQL endpoint on http://127.0.0.1:PORT/query ..."
        if let Some(rest) = line.split("endpoint on http://").nth(1) {
            break rest.split('/').next().expect("an address").to_owned();
        }
        before.push(line);
    };
    // Keep draining stderr so the server never blocks on it.
    std::thread::spawn(move || {
        let mut sink = String::new();
        let _ = stderr.read_to_string(&mut sink);
    });
    Server {
        child,
        addr,
        before,
    }
}

/// Sends one request and returns the whole response.
fn http(addr: &str, request: &[u8]) -> String {
    let mut stream = TcpStream::connect(addr).expect("connects to the endpoint");
    stream.write_all(request).expect("sends");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).expect("reads");
    String::from_utf8_lossy(&response).into_owned()
}

fn post_query(addr: &str, query: &str) -> String {
    http(
        addr,
        format!(
            "POST /query HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/sparql-query\r\nAccept: text/csv\r\nContent-Length: {}\r\n\r\n{query}",
            query.len()
        )
        .as_bytes(),
    )
}

fn ingest(dir: &Path, store: &str, article: &str) {
    stdout_of(
        &parley(dir)
            .args(["ingest", "--store", store])
            .arg(data(article))
            .output()
            .expect("ingest runs"),
    );
}

#[test]
fn writes_are_refused_with_403_and_a_message() {
    let dir = temp();
    let server = start(
        dir.path(),
        &[
            "--bind",
            "127.0.0.1:0",
            "--from",
            data("articles/geneva-talks.txt")
                .to_str()
                .expect("UTF-8 path"),
        ],
    );
    let addr = &server.addr;
    let data = "<http://a> <http://b> <http://c> .";
    for (method, path) in [
        ("PUT", "/store?graph=http%3A%2F%2Fg"),
        ("POST", "/store?default"),
        ("DELETE", "/store?graph=http%3A%2F%2Fg"),
        ("PATCH", "/query"),
        ("POST", "/update"),
    ] {
        let r = http(
            addr,
            format!(
                "{method} {path} HTTP/1.1\r\nContent-Type: text/turtle\r\nContent-Length: {}\r\n\r\n{data}",
                data.len()
            )
            .as_bytes(),
        );
        assert!(
            r.starts_with("HTTP/1.1 403") && r.contains("read-only"),
            "{method} {path}: {r}"
        );
    }
    let update = "INSERT DATA { <http://a> <http://b> <http://c> }";
    let r = http(
        addr,
        format!(
            "POST /query HTTP/1.1\r\nContent-Type: application/sparql-update\r\nContent-Length: {}\r\n\r\n{update}",
            update.len()
        )
        .as_bytes(),
    );
    assert!(
        r.starts_with("HTTP/1.1 403") && r.contains("read-only"),
        "{r}"
    );
    // Nothing was written.
    let ask = post_query(addr, "ASK { <http://a> ?p ?o }");
    assert!(ask.contains("false"), "{ask}");
}

#[test]
fn limits_on_bodies_results_and_service_calls_and_no_cors_unless_asked() {
    let dir = temp();
    let seed = data("articles/geneva-talks.txt");
    let server = start(
        dir.path(),
        &[
            "--bind",
            "127.0.0.1:0",
            "--max-result-mb",
            "1",
            "--from",
            seed.to_str().expect("UTF-8"),
        ],
    );
    let addr = &server.addr;
    // A body over 1 MB is refused before it is read.
    let r = http(
        addr,
        b"POST /query HTTP/1.1\r\nContent-Type: application/sparql-query\r\nContent-Length: 2000000\r\n\r\nASK {}",
    );
    assert!(
        r.starts_with("HTTP/1.1 413") && r.contains("at most 1048576"),
        "{r}"
    );
    // A result over the size limit is refused with a message naming the flag.
    let r = post_query(
        addr,
        "SELECT ?a ?b WHERE { ?a ?p ?o . ?b ?q ?r } LIMIT 200000",
    );
    assert!(
        r.starts_with("HTTP/1.1 503") && r.contains("--max-result-mb"),
        "{}",
        &r[..r.len().min(500)]
    );
    // The same query under the limit is answered.
    let r = post_query(addr, "SELECT ?a ?b WHERE { ?a ?p ?o . ?b ?q ?r } LIMIT 10");
    assert!(r.starts_with("HTTP/1.1 200"), "{r}");
    assert_eq!(
        r.split("\r\n\r\n").nth(1).expect("a body").lines().count(),
        11
    );
    // SERVICE is refused: the server sends no request where a query says.
    let r = post_query(
        addr,
        &format!("SELECT * WHERE {{ SERVICE <http://{addr}/query> {{ ?s ?p ?o }} }}"),
    );
    assert!(
        r.starts_with("HTTP/1.1 403") && r.contains("--allow-service"),
        "{r}"
    );
    // No CORS header unless asked.
    assert!(
        !r.to_ascii_lowercase()
            .contains("access-control-allow-origin"),
        "{r}"
    );
    let ok = post_query(addr, "ASK {}");
    assert!(!ok.to_ascii_lowercase().contains("access-control"), "{ok}");

    let cors = start(
        dir.path(),
        &[
            "--bind",
            "127.0.0.1:0",
            "--cors",
            "https://news.example",
            "--from",
            seed.to_str().expect("UTF-8"),
        ],
    );
    let r = post_query(&cors.addr, "ASK {}");
    assert!(
        r.contains("Access-Control-Allow-Origin: https://news.example\r\n"),
        "{r}"
    );
    let preflight = http(
        &cors.addr,
        b"OPTIONS /query HTTP/1.1\r\nOrigin: https://news.example\r\n\r\n",
    );
    assert!(
        preflight.starts_with("HTTP/1.1 204") && preflight.contains("Access-Control-Allow-Methods"),
        "{preflight}"
    );
}

#[test]
fn service_description_at_the_root() {
    let dir = temp();
    let seed = data("articles/geneva-talks.txt");
    let server = start(
        dir.path(),
        &[
            "--bind",
            "127.0.0.1:0",
            "--from",
            seed.to_str().expect("UTF-8"),
        ],
    );
    let r = http(
        &server.addr,
        format!(
            "GET / HTTP/1.1\r\nHost: {}\r\nAccept: application/n-triples\r\n\r\n",
            server.addr
        )
        .as_bytes(),
    );
    assert!(
        r.starts_with("HTTP/1.1 200") && r.contains("Content-Type: application/n-triples"),
        "{r}"
    );
    let body = r.split("\r\n\r\n").nth(1).expect("a body");
    let store = parley::store::Store::in_memory().expect("store");
    store
        .oxigraph()
        .load_from_reader(oxigraph::io::RdfFormat::NTriples, body.as_bytes())
        .expect("the description is valid N-Triples");
    let sd = "http://www.w3.org/ns/sparql-service-description#";
    let ask = |q: &str| match store
        .query(&format!("PREFIX sd: <{sd}> ASK {{ {q} }}"))
        .expect("query")
    {
        oxigraph::sparql::QueryResults::Boolean(b) => b,
        _ => panic!("ASK gives a boolean"),
    };
    assert!(ask(&format!("?s a sd:Service ; sd:endpoint <http://{}/query> ; sd:supportedLanguage sd:SPARQL11Query ; sd:feature sd:UnionDefaultGraph", server.addr)));
    assert!(ask(
        "?s sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON>"
    ));
    // GET /query without a query describes the service too (Turtle by default).
    let r = http(&server.addr, b"GET /query HTTP/1.1\r\n\r\n");
    assert!(
        r.starts_with("HTTP/1.1 200") && r.contains("text/turtle") && r.contains("sd:Service"),
        "{r}"
    );
}

#[test]
fn articles_ingested_while_serving_are_seen_by_the_next_query() {
    let dir = temp();
    ingest(dir.path(), "s.db", "articles/geneva-talks.txt");
    let server = start(dir.path(), &["--bind", "127.0.0.1:0", "--store", "s.db"]);
    let count = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g ?p ?o } }";
    let before = post_query(&server.addr, count);
    assert!(before.ends_with("n\r\n1\r\n"), "{before}");
    ingest(dir.path(), "s.db", "articles/montevideo-talks.txt");
    let after = post_query(&server.addr, count);
    assert!(after.ends_with("n\r\n2\r\n"), "{after}");
    ingest(dir.path(), "s.db", "articles/nairobi-border-talks.txt");
    let again = post_query(&server.addr, count);
    assert!(again.ends_with("n\r\n3\r\n"), "{again}");
}

/// Clients that hold their connection without finishing a request are cut
/// off (408), and while they hold every slot the next client waits instead
/// of failing, and is answered once they are gone.
#[test]
fn slow_clients_are_cut_off_and_connections_are_bounded() {
    let dir = temp();
    let seed = data("articles/geneva-talks.txt");
    let server = start(
        dir.path(),
        &[
            "--bind",
            "127.0.0.1:0",
            "--max-connections",
            "2",
            "--from",
            seed.to_str().expect("UTF-8"),
        ],
    );
    let addr = server.addr.clone();
    let slow: Vec<_> = (0..2)
        .map(|_| {
            let addr = addr.clone();
            std::thread::spawn(move || {
                let mut s = TcpStream::connect(&addr).expect("connects");
                s.write_all(b"GET /query?query=ASK").expect("a first part");
                let mut out = String::new();
                let _ = s.read_to_string(&mut out);
                out
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    let third = post_query(&addr, "ASK {}");
    assert!(
        third.starts_with("HTTP/1.1 200") && third.contains("true"),
        "{third}"
    );
    for s in slow {
        let r = s.join().expect("slow client");
        assert!(r.starts_with("HTTP/1.1 408"), "{r}");
    }
}

#[test]
fn a_warning_when_bound_beyond_loopback() {
    let dir = temp();
    let seed = data("articles/geneva-talks.txt");
    let open = start(
        dir.path(),
        &[
            "--bind",
            "0.0.0.0:0",
            "--from",
            seed.to_str().expect("UTF-8"),
        ],
    );
    assert!(
        open.before
            .iter()
            .any(|l| l.contains("warning") && l.contains("not loopback")),
        "{:?}",
        open.before
    );
    let local = start(
        dir.path(),
        &[
            "--bind",
            "127.0.0.1:0",
            "--from",
            seed.to_str().expect("UTF-8"),
        ],
    );
    assert!(local.before.is_empty(), "{:?}", local.before);
}

/// With `--allow-service`, a `SERVICE` clause is sent to the endpoint it
/// names (here another parley serve) and its solutions join the query's.
#[test]
fn service_calls_only_when_allowed() {
    let dir = temp();
    let seed = data("articles/geneva-talks.txt");
    let seed = seed.to_str().expect("UTF-8");
    let remote = start(dir.path(), &["--bind", "127.0.0.1:0", "--from", seed]);
    let open = start(
        dir.path(),
        &["--bind", "127.0.0.1:0", "--allow-service", "--from", seed],
    );
    let query = format!(
        "SELECT ?t WHERE {{ SERVICE <http://{}/query> {{ ?t a <https://parley.example/ontology#Talks> }} }}",
        remote.addr
    );
    let r = post_query(&open.addr, &query);
    assert!(
        r.starts_with("HTTP/1.1 200") && r.contains("geneva-talks#talks"),
        "{r}"
    );
    let refused = post_query(&remote.addr, &query);
    assert!(refused.starts_with("HTTP/1.1 403"), "{refused}");
}
