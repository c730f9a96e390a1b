//! What must hold for any input bytes, checked by the fuzz targets and by
//! the regression test that replays the inputs they found
//! (`tests/fuzz.rs`, which includes this file by path, on stable Rust).
//!
//! The bytes become an input file the way a user's would: the first byte
//! picks a layout ([`write_input`]) and [`parley::input::read_inputs`] reads
//! the file, so the reader's own dispatch, front matter and JSONL code run.
//! A check that fails panics, which libFuzzer reports as a crash.

use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser};
use oxigraph::model::{NamedNode, NamedOrBlankNode, Quad, Term, Triple};
use parley::output::dot::{dot, DotOptions};
use parley::output::export::{as_declared, export};
use parley::output::facts::{write_jsonl, write_tsv};
use parley::store::Store;
use parley::{extract_document, input, Document, Extraction, Lexicon};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Separates the fields of a JSONL record in layout 3 of [`write_input`].
const FIELD_SEPARATOR: u8 = 0x1e;

/// Writes `data` as an input file and returns its path (`None` for empty
/// data). The first byte picks the layout of the rest:
///
/// - 0: a `.txt` article, bytes as given;
/// - 1: a `.md` article opening with a `---` line, so the rest is front
///   matter (and, after a closing `---` line, the body);
/// - 2: a `.jsonl` corpus, bytes as given;
/// - 3: a `.jsonl` corpus of one record whose `text`, `title`, `id`, `date`,
///   `source` and `url` are the rest split at byte 0x1E (invalid UTF-8
///   replaced), so every character, NUL included, reaches the pipeline as
///   JSON escapes make it.
pub fn write_input(data: &[u8]) -> Option<PathBuf> {
    let (&layout, rest) = data.split_first()?;
    let (ext, bytes) = match layout % 4 {
        0 => ("txt", rest.to_vec()),
        1 => ("md", [b"---\n".as_slice(), rest].concat()),
        2 => ("jsonl", rest.to_vec()),
        _ => ("jsonl", record(rest)),
    };
    let path = scratch_dir().join(format!("{}.{ext}", next_name()));
    std::fs::write(&path, bytes).expect("write the input file");
    Some(path)
}

/// One JSONL record from the fields in `rest` (see [`write_input`]).
fn record(rest: &[u8]) -> Vec<u8> {
    let names = ["text", "title", "id", "date", "source", "url"];
    let mut object = serde_json::Map::new();
    for (name, field) in names.iter().zip(rest.split(|&b| b == FIELD_SEPARATOR)) {
        let value = String::from_utf8_lossy(field).into_owned();
        object.insert((*name).to_string(), serde_json::Value::String(value));
    }
    let mut line = serde_json::to_vec(&object).expect("a map of strings serialises");
    line.push(b'\n');
    line
}

/// A folder of this process for input files.
fn scratch_dir() -> &'static Path {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("parley-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("create the scratch folder");
        dir
    })
}

/// A file name not used before in this process (tests run in threads).
fn next_name() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Reads the input that `data` makes. Every problem reported must name the
/// file it is about.
pub fn read(data: &[u8]) -> Vec<Document> {
    let Some(path) = write_input(data) else {
        return Vec::new();
    };
    let shown = path.display().to_string();
    let mut problems = Vec::new();
    let docs = input::read_inputs(std::slice::from_ref(&shown), &mut |e| {
        problems.push(e.to_string())
    });
    let _ = std::fs::remove_file(&path);
    for p in &problems {
        assert!(p.contains(&shown), "a problem must name its file: {p:?}");
    }
    docs
}

/// (a) Reading, analysis and extraction: any bytes are read without panic,
/// and what comes out of each document is well formed.
pub fn check_extract(data: &[u8]) {
    for doc in read(data) {
        check_document(&doc);
    }
}

/// Extracts one document and checks the result: no extractor failed, every
/// fact belongs to the document and its evidence is a span of the text.
pub fn check_document(doc: &Document) -> Extraction {
    assert!(
        doc.text.get(doc.body.clone()).is_some(),
        "the body {:?} is a span of the text",
        doc.body
    );
    let out = extract_document(doc, Lexicon::builtin());
    for w in &out.warnings {
        assert!(!w.contains("failed"), "an extractor failed: {w}");
    }
    for f in &out.facts {
        assert_eq!(f.doc, doc.id, "a fact of another document");
        let span = &f.evidence.span;
        assert!(
            span.start <= span.end && doc.text.get(span.clone()).is_some(),
            "evidence {span:?} is not a span of the text ({} bytes) in {f:?}",
            doc.text.len()
        );
        assert!(
            (0.0..=1.0).contains(&f.evidence.confidence),
            "confidence out of range in {f:?}"
        );
    }
    out
}

/// The RDF formats parley exports, each parsed back by Oxigraph.
fn formats() -> [RdfFormat; 6] {
    [
        RdfFormat::NQuads,
        RdfFormat::TriG,
        RdfFormat::NTriples,
        RdfFormat::Turtle,
        RdfFormat::RdfXml,
        RdfFormat::JsonLd {
            profile: JsonLdProfileSet::empty(),
        },
    ]
}

/// (b) The RDF mapping and every export of the facts of what `data` reads
/// as: the documents are stored in memory; every IRI is valid; each RDF
/// format, parsed back, gives exactly the stored quads (or, for a triple
/// format, the distinct triples of their union); ingesting the same
/// documents again writes nothing; the facts TSV has its eight columns and
/// the JSONL one object a line; DOT quotes every string it opens.
pub fn check_export(data: &[u8]) {
    // The reader has replaced what XML 1.0 cannot carry (issue 11 item 2).
    let docs: Vec<Document> = read(data);
    if docs.is_empty() {
        return;
    }
    let extractions: Vec<Extraction> = docs.iter().map(check_document).collect();
    let store = Store::in_memory().expect("memory store");
    let batch = || {
        docs.iter()
            .zip(&extractions)
            .map(|(d, x)| (d, x.facts.as_slice()))
    };
    store.ingest_many(batch()).expect("ingest");
    // Exports give offsets their declared type back (the store folds every
    // integer type into `xsd:integer`).
    let stored: HashSet<Quad> = store
        .quads(None)
        .map(|q| q.map(as_declared))
        .collect::<Result<_, _>>()
        .expect("read the store");
    for q in &stored {
        check_iris(q);
    }

    let ids: HashSet<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    if ids.len() == docs.len() {
        // (Two documents with one id in a batch replace each other.)
        let again = store.ingest_many(batch()).expect("ingest again");
        assert_eq!(
            (again.added, again.removed, again.described),
            (0, 0, 0),
            "ingesting the same documents again changed the store"
        );
    }

    let union: HashSet<Triple> = stored.iter().cloned().map(Triple::from).collect();
    for format in formats() {
        let mut out = Vec::new();
        let written = export(&store, format, None, &mut out).expect("export");
        let parsed: Vec<Quad> = RdfParser::from_format(format)
            .for_slice(&out)
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| {
                panic!(
                    "{format} export does not parse: {e}\n{}",
                    String::from_utf8_lossy(&out)
                )
            });
        assert_eq!(parsed.len(), written, "{format}: parsed as many as written");
        if format.supports_datasets() {
            let back: HashSet<Quad> = parsed.into_iter().collect();
            assert_same(&back, &stored, format);
        } else {
            let back: HashSet<Triple> = parsed.into_iter().map(Triple::from).collect();
            // (RDF/XML writes `\r` as `&#13;`, so it round-trips too.)
            assert_same(&back, &union, format);
        }
    }

    let facts: Vec<_> = extractions.iter().flat_map(|x| x.facts.clone()).collect();
    let mut tsv = Vec::new();
    write_tsv(&mut tsv, &facts).expect("write TSV");
    let tsv = String::from_utf8(tsv).expect("TSV is UTF-8");
    let rows: Vec<&str> = tsv.split('\n').filter(|l| !l.is_empty()).collect();
    assert_eq!(
        rows.len(),
        facts.len() + 1,
        "one TSV row a fact, and the header"
    );
    for row in rows {
        assert_eq!(row.split('\t').count(), 8, "eight TSV columns: {row:?}");
        assert!(
            !row.contains('\r'),
            "a carriage return in a TSV row: {row:?}"
        );
    }
    let mut jsonl = Vec::new();
    write_jsonl(&mut jsonl, &facts).expect("write JSONL");
    let lines: Vec<&[u8]> = jsonl
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(lines.len(), facts.len(), "one JSONL line a fact");
    for (line, fact) in lines.iter().zip(&facts) {
        let value: serde_json::Value = serde_json::from_slice(line).expect("JSONL line parses");
        assert_eq!(value["doc"].as_str(), Some(fact.doc.as_str()), "JSONL doc");
    }

    let opts = DotOptions {
        provenance: true,
        ..DotOptions::default()
    };
    check_dot(&dot(&store, &opts).expect("dot"));
}

/// Checks that every IRI of `q` is one Oxigraph's IRI parser accepts: the
/// mapping builds them unchecked.
fn check_iris(q: &Quad) {
    let mut iris: Vec<&NamedNode> = vec![&q.predicate];
    if let NamedOrBlankNode::NamedNode(n) = &q.subject {
        iris.push(n);
    }
    if let Term::NamedNode(n) = &q.object {
        iris.push(n);
    }
    if let oxigraph::model::GraphName::NamedNode(n) = &q.graph_name {
        iris.push(n);
    }
    for n in iris {
        assert!(
            NamedNode::new(n.as_str()).is_ok(),
            "invalid IRI <{}> in {q}",
            n.as_str()
        );
    }
}

fn assert_same<T: std::fmt::Display + Eq + std::hash::Hash>(
    back: &HashSet<T>,
    expected: &HashSet<T>,
    format: RdfFormat,
) {
    if back == expected {
        return;
    }
    let lost: Vec<String> = expected.difference(back).map(|t| t.to_string()).collect();
    let gained: Vec<String> = back.difference(expected).map(|t| t.to_string()).collect();
    panic!("{format} does not round-trip:\nlost {lost:#?}\ngained {gained:#?}");
}

/// DOT text closes every quoted string it opens and balances its braces
/// outside strings.
fn check_dot(text: &str) {
    let mut in_string = false;
    let mut escaped = false;
    let mut depth: i64 = 0;
    for c in text.chars() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        assert!(depth >= 0, "DOT closes a brace it did not open");
    }
    assert!(!in_string, "DOT ends inside a string");
    assert_eq!(depth, 0, "DOT leaves a brace open");
}
