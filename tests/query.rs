//! `parley query`: named queries, formats, stdin, and errors.

use crate::common::{data, ingest, parley, stdout_of, temp, write};
use std::path::Path;

/// The single number a `SELECT (COUNT(...) AS ?n)` query returns, run on
/// the store in `dir`.
pub fn count(dir: &Path, sparql: &str) -> usize {
    let out = parley(dir)
        .args(["query", sparql, "--format", "csv"])
        .output()
        .expect("runs");
    let text = stdout_of(&out);
    text.lines()
        .nth(1)
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or_else(|| panic!("not a count: {text}"))
}

fn seed() -> std::path::PathBuf {
    data("articles/geneva-talks.txt")
}

#[test]
fn invalid_sparql_gives_line_and_column_and_exit_2() {
    let dir = temp();
    let out = parley(dir.path())
        .args(["query", "SELECT ?x\nWHERE { ?x ?y }", "--from"])
        .arg(seed())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("invalid SPARQL"), "{err}");
    assert!(
        err.contains("2:"),
        "the error must give line 2 and a column: {err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn named_queries_answer_from_the_seed() {
    let dir = temp();
    let run = |name: &str| {
        let out = parley(dir.path())
            .args(["query", "--name", name, "--format", "tsv", "--from"])
            .arg(seed())
            .output()
            .expect("runs");
        stdout_of(&out)
    };
    assert!(run("who-mediated").contains("\"Oman\""));
    assert!(run("who-hosted").contains("\"Oman\""));
    let evidence = run("evidence");
    assert!(
        evidence.starts_with("?article\t?relation\t?arg1"),
        "{evidence}"
    );
    // Every fact has its evidence row: as many rows as `facts` prints facts.
    let facts = parley(dir.path())
        .arg("facts")
        .arg(seed())
        .output()
        .expect("runs");
    let facts = stdout_of(&facts).lines().count() - 1;
    assert_eq!(evidence.lines().count() - 1, facts);
    for name in [
        "who-attended",
        "who-said-what",
        "roles",
        "meetings",
        "locations",
        "topics",
    ] {
        assert!(run(name).starts_with('?'), "{name} prints a header");
    }
}

#[test]
fn a_query_over_its_time_limit_is_stopped_with_advice() {
    let dir = temp();
    ingest(dir.path(), seed());
    // Four copies of every quad joined: some 10^13 rows, never finished.
    let endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    let out = parley(dir.path())
        .args(["query", "--timeout", "1", endless])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("stopped after 1 s"), "{err}");
    assert!(
        err.contains("--timeout") && err.contains("GRAPH ?g"),
        "{err}"
    );
}

#[test]
fn unknown_named_query_lists_the_names() {
    let dir = temp();
    let out = parley(dir.path())
        .args(["query", "--name", "nope", "--from"])
        .arg(seed())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("who-mediated"));
    let list = parley(dir.path())
        .args(["query", "--list"])
        .output()
        .expect("runs");
    assert!(stdout_of(&list).contains("evidence"));
}

#[test]
fn formats_stdin_and_files() {
    let dir = temp();
    ingest(dir.path(), seed());
    let q = "PREFIX parley: <https://parley.example/ontology#>\nSELECT ?who WHERE { ?t parley:mediator ?who }";
    let json = stdout_of(
        &parley(dir.path())
            .args(["query", q, "--format", "json"])
            .output()
            .expect("runs"),
    );
    let v: serde_json::Value = serde_json::from_str(&json).expect("JSON results");
    assert_eq!(v["head"]["vars"][0], "who");
    let xml = stdout_of(
        &parley(dir.path())
            .args(["query", q, "--format", "xml"])
            .output()
            .expect("runs"),
    );
    assert!(xml.contains("<sparql"));
    let table = stdout_of(
        &parley(dir.path())
            .args(["query", q, "--format", "table"])
            .output()
            .expect("runs"),
    );
    assert!(
        table.contains("id:country/oman"),
        "prefixed names in tables: {table}"
    );
    let stdin = stdout_of(
        &parley(dir.path())
            .args(["query", "-", "--format", "csv"])
            .write_stdin(q)
            .output()
            .expect("runs"),
    );
    assert!(stdin.contains("https://parley.example/id/country/oman"));
    let file = write(dir.path(), "q.rq", q);
    let from_file = stdout_of(
        &parley(dir.path())
            .args(["query", "--format", "csv", "--file"])
            .arg(&file)
            .output()
            .expect("runs"),
    );
    assert_eq!(stdin, from_file);
    // CONSTRUCT gives RDF; SELECT with an RDF format is a usage error.
    let ttl = stdout_of(
        &parley(dir.path())
            .args([
                "query",
                "CONSTRUCT WHERE { ?s a ?o }",
                "--format",
                "ntriples",
            ])
            .output()
            .expect("runs"),
    );
    assert!(ttl.lines().all(|l| l.ends_with(" .")), "{ttl}");
    parley(dir.path())
        .args(["query", q, "--format", "turtle"])
        .assert()
        .code(2);
}

/// Sends one HTTP request and returns the whole response.
fn http(addr: &str, request: &str) -> String {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(addr).expect("connects to the endpoint");
    stream.write_all(request.as_bytes()).expect("sends");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("reads");
    response
}

#[test]
fn serve_answers_the_sparql_protocol_read_only() {
    use std::io::BufRead;
    let dir = temp();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("parley"))
        .current_dir(dir.path())
        .args(["serve", "--bind", "127.0.0.1:0", "--timeout", "1", "--from"])
        .arg(seed())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("starts");
    let stderr = child.stderr.take().expect("piped stderr");
    let mut line = String::new();
    std::io::BufReader::new(stderr)
        .read_line(&mut line)
        .expect("reads the banner");
    // "parley: SPARQL endpoint on http://127.0.0.1:PORT/query ..."
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .map(str::to_owned);
    let result = std::panic::catch_unwind(|| {
        let addr = addr.expect("the banner names the address");
        let get = http(
            &addr,
            "GET /query?query=ASK+%7B+%3Fs+%3Fp+%3Fo+%7D HTTP/1.1\r\nHost: x\r\nAccept: application/sparql-results+json\r\n\r\n",
        );
        assert!(get.starts_with("HTTP/1.1 200"), "{get}");
        assert!(get.contains("\"boolean\":true"), "{get}");
        let q = "SELECT ?s WHERE { ?s a <https://parley.example/ontology#Talks> }";
        let post = http(
            &addr,
            &format!("POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nAccept: text/csv\r\nContent-Length: {}\r\n\r\n{q}", q.len()),
        );
        assert!(
            post.starts_with("HTTP/1.1 200") && post.contains("#talks"),
            "{post}"
        );
        let bad = http(&addr, "GET /query?query=SELECT+%3Fx+WHERE HTTP/1.1\r\n\r\n");
        assert!(
            bad.starts_with("HTTP/1.1 400") && bad.contains("invalid SPARQL"),
            "{bad}"
        );
        let update = http(&addr, "POST /query HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 28\r\n\r\nupdate=CLEAR+ALL&query=ASK{}");
        assert!(update.starts_with("HTTP/1.1 403"), "{update}");
        // A query that would never end is stopped at the time limit.
        let endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        let slow = http(
            &addr,
            &format!("POST /query HTTP/1.1\r\nContent-Type: application/sparql-query\r\nContent-Length: {}\r\n\r\n{endless}", endless.len()),
        );
        assert!(
            slow.starts_with("HTTP/1.1 503") && slow.contains("stopped after 1 s"),
            "{slow}"
        );
    });
    // This test started the server; stop it whatever happened.
    child.kill().expect("stops the server");
    child.wait().expect("reaps the server");
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
}
