//! Streams: `parley facts`, `export --from` and `ingest` read JSONL on
//! stdin and act as filters, batch by batch, with output that does not
//! depend on where the records came from or on the batch size.

use crate::common::{data, parley, shared_or_skip, stdout_of, temp, write};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

/// The project's articles as JSONL records (ids as the files give them).
fn articles_jsonl() -> String {
    let mut out = String::new();
    let mut paths: Vec<_> = std::fs::read_dir(data("articles"))
        .expect("data/articles")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    for p in paths {
        let text = std::fs::read_to_string(&p).expect("article");
        let id = p.file_stem().expect("stem").to_string_lossy().into_owned();
        out.push_str(&serde_json::json!({"id": id, "text": text}).to_string());
        out.push('\n');
    }
    out
}

fn sorted_lines(s: &str) -> Vec<&str> {
    let mut v: Vec<&str> = s.lines().collect();
    v.sort_unstable();
    v
}

/// Runs parley in `dir` with `args`, `stdin` piped in; returns stdout.
fn run_with_stdin(dir: &Path, args: &[&str], stdin: &str) -> String {
    let out = parley(dir)
        .args(args)
        .write_stdin(stdin.to_owned())
        .output()
        .expect("parley runs");
    stdout_of(&out)
}

#[test]
fn stdin_jsonl_gives_the_same_quads_and_facts_as_the_file_at_any_batch_size() {
    let dir = temp();
    let jsonl = articles_jsonl();
    write(dir.path(), "corpus.jsonl", &jsonl);
    let from_file = run_with_stdin(
        dir.path(),
        &["export", "--format", "nquads", "--from", "corpus.jsonl"],
        "",
    );
    assert!(from_file.lines().count() > 100, "{from_file}");
    for batch in ["1", "3", "1024"] {
        let from_stdin = run_with_stdin(
            dir.path(),
            &[
                "--batch", batch, "export", "--format", "nquads", "--from", "-",
            ],
            &jsonl,
        );
        assert_eq!(
            sorted_lines(&from_stdin),
            sorted_lines(&from_file),
            "batch {batch}"
        );
    }
    // The whole-store export (TriG) holds the same quads as the stream.
    let trig = run_with_stdin(
        dir.path(),
        &[
            "export",
            "--format",
            "trig",
            "-o",
            "all.trig",
            "--from",
            "corpus.jsonl",
        ],
        "",
    );
    assert!(trig.is_empty());
    let store = parley::store::Store::in_memory().expect("store");
    let file = std::fs::File::open(dir.path().join("all.trig")).expect("trig");
    store
        .oxigraph()
        .load_from_reader(oxigraph::io::RdfFormat::TriG, file)
        .expect("TriG parses");
    assert_eq!(
        store.quad_count().expect("count"),
        from_file.lines().count()
    );

    let facts_file = run_with_stdin(
        dir.path(),
        &["facts", "--format", "jsonl", "corpus.jsonl"],
        "",
    );
    let facts_stdin = run_with_stdin(
        dir.path(),
        &["--batch", "1", "facts", "--format", "jsonl", "-"],
        &jsonl,
    );
    assert!(facts_file.lines().count() > 10);
    assert_eq!(facts_stdin, facts_file);
}

#[test]
fn ingest_from_stdin_stores_what_the_file_stores() {
    let dir = temp();
    let jsonl = articles_jsonl();
    write(dir.path(), "corpus.jsonl", &jsonl);
    run_with_stdin(
        dir.path(),
        &["ingest", "--store", "a.db", "corpus.jsonl"],
        "",
    );
    run_with_stdin(
        dir.path(),
        &["--batch", "2", "ingest", "--store", "b.db", "-"],
        &jsonl,
    );
    let dump = |db: &str| {
        run_with_stdin(
            dir.path(),
            &["export", "--format", "nquads", "--store", db],
            "",
        )
    };
    let (a, b) = (dump("a.db"), dump("b.db"));
    assert!(a.lines().count() > 100);
    assert_eq!(sorted_lines(&a), sorted_lines(&b));
}

/// The filter writes an article's quads while stdin is still open: a
/// pipeline downstream does not wait for the end of the corpus.
#[test]
fn export_writes_each_batch_before_stdin_ends() {
    let dir = temp();
    let jsonl = articles_jsonl();
    let first = jsonl.lines().next().expect("a record");
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("parley"))
        .args([
            "--batch", "1", "export", "--format", "nquads", "--from", "-",
        ])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("parley starts");
    let mut stdin = child.stdin.take().expect("stdin");
    writeln!(stdin, "{first}").expect("write a record");
    stdin.flush().expect("flush");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    // Not a speed limit: a generous bound so that a filter that waits for
    // the end of its input fails instead of hanging the test run.
    let line = rx.recv_timeout(Duration::from_secs(120));
    drop(stdin);
    let _ = child.wait();
    let line = line.expect("a quad arrives while stdin is open");
    assert!(
        line.starts_with('<') && line.trim_end().ends_with(" ."),
        "{line}"
    );
}

/// On a few hundred records of the bulk corpus, piping through stdin in
/// small batches gives the quads of the file read in one batch.
#[test]
fn bulk_records_stream_like_the_file() {
    let Some(bulk) = shared_or_skip(
        "bulk_records_stream_like_the_file",
        "corpus/bulk/whitehouse_statements.jsonl",
    ) else {
        return;
    };
    let dir = temp();
    let text = std::fs::read_to_string(bulk).expect("bulk corpus");
    let records: String = text.lines().take(200).map(|l| format!("{l}\n")).collect();
    write(dir.path(), "bulk.jsonl", &records);
    let whole = run_with_stdin(
        dir.path(),
        &["export", "--format", "nquads", "--from", "bulk.jsonl"],
        "",
    );
    let piped = run_with_stdin(
        dir.path(),
        &[
            "--batch", "16", "export", "--format", "nquads", "--from", "-",
        ],
        &records,
    );
    assert!(whole.lines().count() > 5_000);
    assert_eq!(sorted_lines(&piped), sorted_lines(&whole));
}
