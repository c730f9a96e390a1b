//! `parley push` and `parley query --endpoint` against real SPARQL stores
//! that the tests start and stop on 127.0.0.1: Oxigraph server (`oxigraph
//! serve`, PyPI `oxigraph`) and Virtuoso 7.2 (Debian
//! `virtuoso-opensource`). scripts/setup.sh installs both; a missing one
//! fails the test and says so.

use crate::common::{data, parley, stdout_of, temp, write};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A store server this test started; stopped when dropped.
struct Remote {
    child: Child,
    /// Graph Store endpoint (for push).
    store: String,
    /// SPARQL query endpoint.
    query: String,
}

impl Drop for Remote {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .expect("a free port")
        .local_addr()
        .expect("its address")
        .port()
}

fn installed(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Waits until `ready` holds (the server answers), or panics after a while.
fn wait_for(what: &str, ready: impl Fn() -> bool) {
    let start = Instant::now();
    while !ready() {
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "{what} did not start within 120 s"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn answers(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("http://") else {
        return false;
    };
    let host = rest.split('/').next().unwrap_or(rest);
    std::net::TcpStream::connect(host).is_ok()
}

fn oxigraph(dir: &Path) -> Remote {
    assert!(
        installed("oxigraph"),
        "`oxigraph` is missing: run scripts/setup.sh (pip install oxigraph)"
    );
    let port = free_port();
    let child = Command::new("oxigraph")
        .args(["serve", "--union-default-graph", "--location"])
        .arg(dir.join("oxigraph"))
        .args(["--bind", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("oxigraph starts");
    let remote = Remote {
        child,
        store: format!("http://127.0.0.1:{port}/store"),
        query: format!("http://127.0.0.1:{port}/query"),
    };
    wait_for("oxigraph serve", || answers(&remote.query));
    remote
}

fn virtuoso(dir: &Path) -> Remote {
    assert!(
        installed("virtuoso-t") && installed("isql-vt"),
        "Virtuoso is missing: run scripts/setup.sh (apt-get install virtuoso-opensource)"
    );
    let (sql, http) = (free_port(), free_port());
    let db = dir.join("virtuoso");
    std::fs::create_dir_all(&db).expect("a Virtuoso folder");
    write(
        &db,
        "virtuoso.ini",
        format!(
            "[Database]\nDatabaseFile = virtuoso.db\nErrorLogFile = virtuoso.log\nLockFile = virtuoso.lck\n\
             TransactionFile = virtuoso.trx\nxa_persistent_file = virtuoso.pxa\n\
             [TempDatabase]\nDatabaseFile = virtuoso-temp.db\nTransactionFile = virtuoso-temp.trx\n\
             [Parameters]\nServerPort = {sql}\nDisableUnixSocket = 1\nNumberOfBuffers = 10000\n\
             MaxDirtyBuffers = 6000\nDirsAllowed = .\n\
             [HTTPServer]\nServerPort = {http}\nServerRoot = .\nServerThreads = 10\nMaxClientConnections = 10\n\
             [SPARQL]\nResultSetMaxRows = 1000000\nMaxQueryExecutionTime = 60\n"
        ),
    );
    let child = Command::new("virtuoso-t")
        .args(["+foreground", "+configfile", "virtuoso.ini"])
        .current_dir(&db)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("virtuoso-t starts");
    let remote = Remote {
        child,
        store: format!("http://127.0.0.1:{http}/sparql-graph-crud"),
        query: format!("http://127.0.0.1:{http}/sparql"),
    };
    let isql = |sql_text: &str| {
        Command::new("isql-vt")
            .arg(sql.to_string())
            .args(["dba", "dba", &format!("exec={sql_text}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    wait_for("Virtuoso", || isql("select 1;"));
    // Let the anonymous SPARQL user write through the Graph Store protocol
    // (a test server on loopback; a real one would use an account).
    assert!(isql(
        "GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);"
    ));
    wait_for("Virtuoso's HTTP server", || answers(&remote.query));
    remote
}

const PER_GRAPH: &str = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://parley.example/\")) } GROUP BY ?g";

/// Quads per parley graph, locally (`None`) or at an endpoint.
fn per_graph(dir: &Path, endpoint: Option<&str>) -> BTreeMap<String, u64> {
    let mut cmd = parley(dir);
    cmd.args(["query", "--format", "csv", PER_GRAPH]);
    match endpoint {
        Some(e) => cmd.args(["--endpoint", e]),
        None => cmd.args(["--store", "local.db"]),
    };
    stdout_of(&cmd.output().expect("query runs"))
        .lines()
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (g, n) = l.rsplit_once(',').expect("two columns");
            (g.to_owned(), n.trim().parse().expect("a count"))
        })
        .collect()
}

/// A named query's rows as a sorted list, with each `GROUP_CONCAT` list
/// sorted too (SPARQL leaves the order inside a group undefined).
fn named(dir: &Path, name: &str, endpoint: Option<&str>) -> Vec<String> {
    let mut cmd = parley(dir);
    cmd.args(["query", "--format", "tsv", "--name", name]);
    match endpoint {
        Some(e) => cmd.args(["--endpoint", e]),
        None => cmd.args(["--store", "local.db"]),
    };
    let mut rows: Vec<String> = stdout_of(&cmd.output().expect("query runs"))
        .lines()
        .map(|row| {
            row.split('\t')
                .map(|cell| {
                    let mut parts: Vec<&str> = cell.trim_matches('"').split(", ").collect();
                    parts.sort_unstable();
                    parts.join(", ")
                })
                .collect::<Vec<_>>()
                .join("\t")
        })
        .collect();
    rows.sort();
    rows
}

fn push(dir: &Path, args: &[&str]) -> std::process::Output {
    parley(dir)
        .arg("push")
        .args(args)
        .output()
        .expect("push runs")
}

/// Pushes the store, checks counts and named queries remotely, pushes
/// again and checks that nothing changed.
fn round_trip(remote: &Remote) {
    let dir = temp();
    let d = dir.path();
    stdout_of(
        &parley(d)
            .args(["ingest", "--store", "local.db"])
            .arg(data("articles"))
            .output()
            .expect("ingest"),
    );
    let local = per_graph(d, None);
    let articles = std::fs::read_dir(data("articles"))
        .expect("data/articles")
        .count();
    assert_eq!(
        local.len(),
        articles + 1,
        "the articles and the entities graph"
    );
    let out = push(d, &["--to", &remote.store, "--store", "local.db"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!("pushed {} graphs", local.len())) && stderr.contains("0 failed"),
        "{stderr}"
    );
    assert_eq!(per_graph(d, Some(&remote.query)), local);
    for (name, _) in parley::rdf::queries::NAMED {
        let here = named(d, name, None);
        assert!(here.len() > 1, "{name} has rows here");
        assert_eq!(named(d, name, Some(&remote.query)), here, "{name}");
    }
    // A second push replaces each graph: nothing doubles.
    let again = push(d, &["--to", &remote.store, "--store", "local.db"]);
    assert!(again.status.success());
    assert_eq!(per_graph(d, Some(&remote.query)), local);

    // Shards of N-Quads push the same graphs (and a re-push of a shard
    // after the store changes nothing either).
    let shard = |name: &str, article: &str| {
        stdout_of(
            &parley(d)
                .args(["export", "--format", "nquads", "-o", name, "--from"])
                .arg(data(article))
                .output()
                .expect("export"),
        );
    };
    shard("a.nq", "articles/geneva-talks.txt");
    shard("b.nq", "articles/montevideo-talks.txt");
    let out = push(d, &["--to", &remote.store, "a.nq", "b.nq"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(per_graph(d, Some(&remote.query)), local);
}

#[test]
fn push_to_oxigraph_server() {
    let dir = temp();
    let remote = oxigraph(dir.path());
    round_trip(&remote);
}

#[test]
fn push_to_virtuoso() {
    let dir = temp();
    let remote = virtuoso(dir.path());
    round_trip(&remote);
}

/// A store that cannot be reached: retried, then every graph named as
/// failed and exit 1; a 4xx is not retried.
#[test]
fn failed_graphs_are_named_and_the_exit_is_not_zero() {
    let dir = temp();
    let d = dir.path();
    stdout_of(
        &parley(d)
            .args(["ingest", "--store", "local.db"])
            .arg(data("articles/geneva-talks.txt"))
            .output()
            .expect("ingest"),
    );
    let port = free_port();
    let out = push(
        d,
        &[
            "--to",
            &format!("http://127.0.0.1:{port}/store"),
            "--retries",
            "1",
            "--store",
            "local.db",
        ],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("2 failed"), "{stderr}");
    assert!(
        stderr.contains("failed: <https://parley.example/id/article/geneva-talks>"),
        "{stderr}"
    );
    assert!(stderr.contains("after 2 tries"), "{stderr}");

    // parley serve refuses writes with 403: not retried, named.
    let mut server = Command::new(assert_cmd::cargo::cargo_bin("parley"))
        .current_dir(d)
        .args([
            "serve",
            "--bind",
            &format!("127.0.0.1:{port}"),
            "--store",
            "local.db",
        ])
        .stderr(Stdio::null())
        .spawn()
        .expect("serve starts");
    wait_for("parley serve", || {
        answers(&format!("http://127.0.0.1:{port}/"))
    });
    let out = push(
        d,
        &[
            "--to",
            &format!("http://127.0.0.1:{port}/store"),
            "--store",
            "local.db",
        ],
    );
    let _ = server.kill();
    let _ = server.wait();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("HTTP 403") && stderr.contains("read-only"),
        "{stderr}"
    );
    assert!(!stderr.contains("tries"), "a 4xx is not retried: {stderr}");
}
