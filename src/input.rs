//! Reading articles: files, folders, stdin and JSONL corpora into [`Document`]s.
//!
//! This is the only module that reads input. Every problem with one input
//! (an empty, binary or non-UTF-8 file, a bad JSONL line) is reported through
//! a callback naming the file (and line), and the run goes on with the rest,
//! as ripgrep does.
//!
//! Byte offsets everywhere index [`Document::text`], which is the content *as
//! read*: the whole file, YAML front matter and byte-order mark included, or a
//! JSONL record's `text`. Front matter only moves [`Document::body`].

use crate::document::Document;
use crate::error::Error;
use std::io::Read;
use std::path::{Path, PathBuf};

/// File extensions read when walking a folder.
const FOLDER_EXTENSIONS: [&str; 3] = ["txt", "md", "jsonl"];

/// The UTF-8 byte-order mark some editors put at the start of a file.
const BOM: &str = "\u{feff}";

/// Read every input named in `paths`, in order: `-` is stdin, a folder is
/// walked recursively (`.txt`, `.md`, `.jsonl`, sorted by path so runs are
/// deterministic), a `.jsonl` file is a corpus of one article a line, any
/// other file is one article. Problems are passed to `on_error` (check
/// [`Error::is_warning`]) and the inputs that could be read are returned.
pub fn read_inputs(paths: &[String], on_error: &mut dyn FnMut(Error)) -> Vec<Document> {
    let mut docs = Vec::new();
    read_each(paths, on_error, &mut |d| docs.push(d));
    docs
}

/// Read the inputs as [`read_inputs`] does, handing them over in batches of
/// at most `size` documents, in input order, so that memory holds one batch
/// and not the corpus (a JSONL corpus is read line by line).
pub fn read_batches(
    paths: &[String],
    size: usize,
    on_error: &mut dyn FnMut(Error),
    on_batch: &mut dyn FnMut(Vec<Document>),
) {
    let size = size.max(1);
    let mut batch = Vec::with_capacity(size.min(1024));
    read_each(paths, on_error, &mut |d| {
        batch.push(d);
        if batch.len() >= size {
            on_batch(std::mem::take(&mut batch));
        }
    });
    if !batch.is_empty() {
        on_batch(batch);
    }
}

/// Read the inputs, passing each document to `sink` as soon as it is read.
fn read_each(paths: &[String], on_error: &mut dyn FnMut(Error), sink: &mut dyn FnMut(Document)) {
    for p in paths {
        if p == "-" {
            read_stdin(&mut std::io::stdin().lock(), sink, on_error);
            continue;
        }
        let path = Path::new(p);
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                let mut files = Vec::new();
                walk(path, &mut files, on_error);
                files.sort();
                for f in files {
                    read_file(&f, sink, on_error);
                }
            }
            Ok(_) => read_file(path, sink, on_error),
            Err(source) => on_error(Error::Io {
                path: path.to_path_buf(),
                source,
            }),
        }
    }
}

/// Read stdin: a JSONL corpus when its first line is an article record (a
/// JSON object with a `text` string), streamed record by record so that
/// `parley` can be a filter in a pipeline; otherwise one article.
fn read_stdin(
    reader: &mut dyn std::io::BufRead,
    sink: &mut dyn FnMut(Document),
    on_error: &mut dyn FnMut(Error),
) {
    let io_error = |source| Error::Io {
        path: PathBuf::from("-"),
        source,
    };
    let mut first = Vec::new();
    if let Err(e) = reader.read_until(b'\n', &mut first) {
        on_error(io_error(e));
        return;
    }
    if is_record_line(&first) {
        let mut rest = std::io::Cursor::new(first).chain(reader);
        read_jsonl(&mut rest, "-", "stdin", sink, on_error);
        return;
    }
    let mut bytes = first;
    match reader.read_to_end(&mut bytes) {
        Ok(_) => push_text(sink, bytes, "stdin", "-", on_error),
        Err(e) => on_error(io_error(e)),
    }
}

/// Whether a line is a JSONL article record: an object with a `text` string.
fn is_record_line(line: &[u8]) -> bool {
    let line = line.strip_prefix(BOM.as_bytes()).unwrap_or(line);
    if !line.trim_ascii_start().starts_with(b"{") {
        return false;
    }
    serde_json::from_slice::<serde_json::Value>(line)
        .is_ok_and(|v| v.get("text").is_some_and(serde_json::Value::is_string))
}

/// Collect the readable files under `dir`. Hidden entries are skipped, and
/// symbolic links are followed to files but not to folders, so a link cycle
/// cannot make the walk endless.
fn walk(dir: &Path, out: &mut Vec<PathBuf>, on_error: &mut dyn FnMut(Error)) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(source) => {
            on_error(Error::Io {
                path: dir.to_path_buf(),
                source,
            });
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(source) => {
                on_error(Error::Io {
                    path: dir.to_path_buf(),
                    source,
                });
                continue;
            }
        };
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        if file_type.is_dir() {
            walk(&path, out, on_error);
        } else if (file_type.is_file() || (file_type.is_symlink() && path.is_file()))
            && has_extension(&path, &FOLDER_EXTENSIONS)
        {
            out.push(path);
        }
    }
}

fn has_extension(path: &Path, exts: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| exts.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// Read one file (read once, whatever its size) as an article or, for
/// `.jsonl`, as a corpus streamed line by line.
fn read_file(path: &Path, sink: &mut dyn FnMut(Document), on_error: &mut dyn FnMut(Error)) {
    let origin = path.display().to_string();
    if has_extension(path, &["jsonl"]) {
        match std::fs::File::open(path) {
            Ok(f) => {
                let mut reader = std::io::BufReader::with_capacity(1 << 20, f);
                read_jsonl(&mut reader, &origin, &file_stem(path), sink, on_error);
            }
            Err(source) => on_error(Error::Io {
                path: path.to_path_buf(),
                source,
            }),
        }
        return;
    }
    match std::fs::read(path) {
        Ok(bytes) => push_text(sink, bytes, &file_stem(path), &origin, on_error),
        Err(source) => on_error(Error::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// The file's name without its extension: the article id when front matter gives none.
fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Check and convert one article's bytes, reporting what is wrong with them.
fn push_text(
    sink: &mut dyn FnMut(Document),
    bytes: Vec<u8>,
    stem: &str,
    origin: &str,
    on_error: &mut dyn FnMut(Error),
) {
    match decode(bytes, origin) {
        Ok(text) => sink(parse_article(stem, origin, text)),
        Err(e) => on_error(e),
    }
}

/// Turn raw bytes into text, refusing empty, binary and non-UTF-8 input.
/// Binary is checked first: a NUL byte says more about the file than the
/// UTF-8 error it usually comes with.
fn decode(bytes: Vec<u8>, origin: &str) -> Result<String, Error> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::BinaryInput {
            path: origin.to_string(),
            offset,
        });
    }
    let text = String::from_utf8(bytes).map_err(|e| Error::NotUtf8 {
        path: origin.to_string(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    if text.trim_start_matches(BOM).trim().is_empty() {
        return Err(Error::EmptyInput {
            path: origin.to_string(),
        });
    }
    Ok(text)
}

/// Build a document from an article's whole text: front matter (if any)
/// gives its metadata, and the body is what follows it, without a BOM.
/// `default_id` is used when the front matter has no `id`.
pub fn parse_article(default_id: &str, origin: &str, text: String) -> Document {
    let start = if text.starts_with(BOM) { BOM.len() } else { 0 };
    let (meta, body_start) = match front_matter(&text[start..]) {
        Some((meta, len)) => (meta, start + len),
        None => (FrontMatter::default(), start),
    };
    Document {
        id: meta.id.unwrap_or_else(|| default_id.to_string()),
        title: meta.title,
        date: meta.date,
        source: meta.source,
        origin: origin.to_string(),
        body: body_start..text.len(),
        text,
    }
}

/// The metadata parley reads from YAML front matter.
#[derive(Debug, Default, PartialEq, Eq)]
struct FrontMatter {
    id: Option<String>,
    title: Option<String>,
    date: Option<String>,
    source: Option<String>,
}

/// Parse front matter at the very start of `text`: a `---` line, simple
/// `key: value` lines, and a closing `---` line. Returns the metadata and
/// the length of the block including the closing line's newline, or `None`
/// when the text does not open with a complete block (then it is all body).
fn front_matter(text: &str) -> Option<(FrontMatter, usize)> {
    let first_end = text.find('\n')?;
    if text[..first_end].trim_end() != "---" {
        return None;
    }
    let mut meta = FrontMatter::default();
    let mut pos = first_end + 1;
    while pos < text.len() {
        let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = text[pos..line_end].trim_end_matches('\r');
        let next = (line_end + 1).min(text.len());
        if line.trim_end() == "---" {
            return Some((meta, next));
        }
        if let Some((key, value)) = line.split_once(':') {
            // Nested or list lines (indented, `- item`) are not metadata we read.
            if !key.starts_with([' ', '\t']) {
                let value = Some(yaml_scalar(value.trim())).filter(|v| !v.is_empty());
                match key.trim() {
                    "id" => meta.id = value,
                    "title" => meta.title = value,
                    "date" => meta.date = value,
                    "source" => meta.source = value,
                    _ => {}
                }
            }
        }
        pos = next;
    }
    None
}

/// The value of a one-line YAML scalar: double-quoted (with backslash
/// escapes), single-quoted (`''` is a quote), or plain (a ` #` comment ends it).
fn yaml_scalar(v: &str) -> String {
    if v.len() >= 2 && v.starts_with('"') && v.ends_with('"') {
        return unescape_double(&v[1..v.len() - 1]);
    }
    if v.len() >= 2 && v.starts_with('\'') && v.ends_with('\'') {
        return v[1..v.len() - 1].replace("''", "'");
    }
    match v.find(" #") {
        Some(i) => v[..i].trim_end().to_string(),
        None => v.to_string(),
    }
}

/// YAML double-quoted escapes; an unknown escape is kept as written rather
/// than losing the article's title over it.
fn unescape_double(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('0') => out.push('\0'),
            Some(c @ ('"' | '\\' | '/' | '\'')) => out.push(c),
            Some(k @ ('x' | 'u' | 'U')) => {
                let n = match k {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let hex: String = chars.clone().take(n).collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(ch) if hex.len() == n => {
                        out.push(ch);
                        for _ in 0..n {
                            chars.next();
                        }
                    }
                    _ => {
                        out.push('\\');
                        out.push(k);
                    }
                }
            }
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// One JSONL record as written; other fields are ignored.
#[derive(serde::Deserialize)]
struct Record {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    source: Option<String>,
    /// Where the article was published, when the record says apart from `source`.
    #[serde(default)]
    url: Option<String>,
    text: String,
}

/// A record's `source`, with its `url` after it when both are given (the
/// URL says who published the article; extractors read it).
fn join_source(source: Option<String>, url: Option<String>) -> Option<String> {
    let source = source.filter(|s| !s.trim().is_empty());
    let url = url.filter(|s| !s.trim().is_empty());
    match (source, url) {
        (Some(s), Some(u)) if !s.contains(&u) => Some(format!("{s} ({u})")),
        (Some(s), _) => Some(s),
        (None, u) => u,
    }
}

/// Read a JSONL corpus: one article object a line, blank lines ignored. A bad
/// line is reported as `file:line` and the rest of the file is still read.
/// A record without an `id` gets `STEM-LINE`, stable across runs.
fn read_jsonl(
    reader: &mut dyn std::io::BufRead,
    origin: &str,
    stem: &str,
    sink: &mut dyn FnMut(Document),
    on_error: &mut dyn FnMut(Error),
) {
    let mut buf = Vec::new();
    for i in 0.. {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(source) => {
                on_error(Error::Io {
                    path: PathBuf::from(origin),
                    source,
                });
                break;
            }
        }
        let raw = buf.strip_suffix(b"\n").unwrap_or(&buf);
        let line_no = i + 1;
        let err = |message: String| Error::JsonLine {
            path: origin.to_string(),
            line: line_no,
            message,
        };
        let line = match std::str::from_utf8(raw) {
            Ok(l) => l,
            Err(e) => {
                on_error(err(format!(
                    "not valid UTF-8 at byte {} of the line",
                    e.valid_up_to()
                )));
                continue;
            }
        };
        let line = if i == 0 {
            line.trim_start_matches(BOM)
        } else {
            line
        };
        if line.trim().is_empty() {
            continue;
        }
        let record: Record = match serde_json::from_str(line) {
            Ok(r) => r,
            Err(e) => {
                on_error(err(format!("not an article record: {e}")));
                continue;
            }
        };
        let line_origin = format!("{origin}:{line_no}");
        if record.text.trim().is_empty() {
            on_error(Error::EmptyInput { path: line_origin });
            continue;
        }
        let id = match record.id {
            Some(serde_json::Value::String(s)) if !s.is_empty() => s,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => format!("{stem}-{line_no}"),
        };
        let body = 0..record.text.len();
        sink(Document {
            id,
            title: record.title.filter(|s| !s.is_empty()),
            date: record.date.filter(|s| !s.is_empty()),
            source: join_source(record.source, record.url),
            origin: line_origin,
            text: record.text,
            body,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stdin is a JSONL corpus when its first line is an article record,
    /// and one article otherwise (an article may start with a brace).
    #[test]
    fn stdin_jsonl_or_one_article() {
        let read = |input: &str| -> (Vec<Document>, usize) {
            let mut docs = Vec::new();
            let mut errors = 0;
            let mut reader = std::io::Cursor::new(input.as_bytes().to_vec());
            read_stdin(&mut reader, &mut |d| docs.push(d), &mut |_| errors += 1);
            (docs, errors)
        };
        let (docs, errors) = read(
            "{\"id\": \"a\", \"text\": \"Oman mediated.\"}\n\n{\"text\": \"Qatar hosted.\"}\nnot json\n",
        );
        let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "stdin-3"]);
        assert_eq!(docs[1].text, "Qatar hosted.");
        assert_eq!(docs[1].origin, "-:3");
        assert_eq!(errors, 1, "the bad line is reported, the rest read");
        for text in [
            "{braces} open this article.\nSecond line.\n",
            "{\"title\": \"no text field\"}\n",
            "Plain article.\n{\"text\": \"a record later\"}\n",
        ] {
            let (docs, errors) = read(text);
            assert_eq!((docs.len(), errors), (1, 0), "{text:?}");
            assert_eq!(docs[0].text, text);
        }
        assert_eq!(read("").1, 1, "empty stdin is an error");
    }

    /// Parse `text` as a file called `stem.txt` and check its id, title, date and body.
    fn check(text: &str, id: &str, title: Option<&str>, date: Option<&str>, body: &str) {
        let doc = parse_article("stem", "stem.txt", text.to_string());
        assert_eq!(doc.id, id, "id of {text:?}");
        assert_eq!(doc.title.as_deref(), title, "title of {text:?}");
        assert_eq!(doc.date.as_deref(), date, "date of {text:?}");
        assert_eq!(&doc.text[doc.body.clone()], body, "body of {text:?}");
        assert_eq!(doc.text, text, "text is kept as read");
    }

    /// (input, id, title, date, body)
    type FrontMatterCase = (
        &'static str,
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        &'static str,
    );

    #[test]
    fn front_matter_table() {
        let cases: &[FrontMatterCase] = &[
            ("Plain text.\n", "stem", None, None, "Plain text.\n"),
            (
                "---\ntitle: Talks end\ndate: 2025-03-01\n---\nBody.\n",
                "stem",
                Some("Talks end"),
                Some("2025-03-01"),
                "Body.\n",
            ),
            (
                "---\nid: talks-7\ntitle: \"A \\\"joint\\\" note\"\n---\nB",
                "talks-7",
                Some("A \"joint\" note"),
                None,
                "B",
            ),
            (
                "---\ntitle: 'It''s over'\ndate: \"2024-01-02\"\n---\n\nB",
                "stem",
                Some("It's over"),
                Some("2024-01-02"),
                "\nB",
            ),
            (
                "---\r\ntitle: CRLF # a comment\r\n---\r\nBody",
                "stem",
                Some("CRLF"),
                None,
                "Body",
            ),
            (
                "---\ntitle: \"caf\\u00e9 \\x41\\q\"\n---\n",
                "stem",
                Some("café A\\q"),
                None,
                "",
            ),
            // No closing line: not front matter, all of it is body.
            (
                "---\ntitle: x\nBody",
                "stem",
                None,
                None,
                "---\ntitle: x\nBody",
            ),
            // A rule later in the text is not front matter.
            (
                "Intro\n---\ntitle: x\n---\n",
                "stem",
                None,
                None,
                "Intro\n---\ntitle: x\n---\n",
            ),
            // Nested keys and lists are skipped, empty values give nothing.
            (
                "---\ntitle:\nauthors:\n  - id: nested\n---\nB",
                "stem",
                None,
                None,
                "B",
            ),
            // A BOM is outside the body but inside the text.
            ("\u{feff}Body", "stem", None, None, "Body"),
            ("\u{feff}---\nid: b\n---\nBody", "b", None, None, "Body"),
        ];
        for &(text, id, title, date, body) in cases {
            check(text, id, title, date, body);
        }
    }

    #[test]
    fn decode_table() {
        // (bytes, expected error text or None for ok)
        let cases: &[(&[u8], Option<&str>)] = &[
            (b"Hello", None),
            (b"", Some("f.txt: is empty, skipped")),
            (b" \n\t\n", Some("f.txt: is empty, skipped")),
            (
                b"ab\0cd",
                Some("f.txt: looks binary (NUL byte at offset 2), skipped"),
            ),
            (b"caf\xc3\xa9 ok", None),
            (b"abc\xff", Some("f.txt: not valid UTF-8 at byte offset 3")),
            (
                b"\xc3\xa9\xc3",
                Some("f.txt: not valid UTF-8 at byte offset 2"),
            ),
        ];
        for &(bytes, want) in cases {
            let got = decode(bytes.to_vec(), "f.txt");
            match (got, want) {
                (Ok(_), None) => {}
                (Err(e), Some(w)) => {
                    let msg = e.to_string();
                    assert!(
                        msg.starts_with(w),
                        "{bytes:?}: {msg:?} should start with {w:?}"
                    );
                }
                (got, want) => panic!("{bytes:?}: got {got:?}, want {want:?}"),
            }
        }
        let empty = decode(Vec::new(), "f").unwrap_err();
        assert!(empty.is_warning());
        assert!(!decode(b"\0".to_vec(), "f").unwrap_err().is_warning());
    }

    #[test]
    fn jsonl_records() {
        let corpus = concat!(
            "{\"id\":\"a\",\"title\":\"T\",\"date\":\"2025-01-01\",\"source\":\"S\",\"text\":\"Alpha.\",\"extra\":1}\n",
            "\n",
            "{\"text\":\"No id.\"}\n",
            "not json\n",
            "{\"id\":7,\"text\":\"Numbered.\"}\n",
            "{\"id\":\"e\",\"text\":\"  \"}\n",
            "{\"id\":\"x\"}\n",
            "{\"id\":\"last\",\"text\":\"Caf\\u00e9\"}",
        );
        let mut docs = Vec::new();
        let mut errors = Vec::new();
        read_jsonl(
            &mut corpus.as_bytes(),
            "c.jsonl",
            "c",
            &mut |d| docs.push(d),
            &mut |e| errors.push(e.to_string()),
        );
        let got: Vec<(&str, &str, &str)> = docs
            .iter()
            .map(|d| (d.id.as_str(), d.origin.as_str(), &d.text[d.body.clone()]))
            .collect();
        assert_eq!(
            got,
            vec![
                ("a", "c.jsonl:1", "Alpha."),
                ("c-3", "c.jsonl:3", "No id."),
                ("7", "c.jsonl:5", "Numbered."),
                ("last", "c.jsonl:8", "Café"),
            ]
        );
        assert_eq!(docs[0].title.as_deref(), Some("T"));
        assert_eq!(docs[0].date.as_deref(), Some("2025-01-01"));
        assert_eq!(docs[0].source.as_deref(), Some("S"));
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors[0].starts_with("c.jsonl:4: not an article record"));
        assert_eq!(errors[1], "c.jsonl:6: is empty, skipped");
        assert!(errors[2].starts_with("c.jsonl:7: not an article record"));
    }

    #[test]
    fn jsonl_bad_utf8_line_keeps_the_rest() {
        let mut corpus = b"{\"id\":\"a\",\"text\":\"x\xff\"}\n".to_vec();
        corpus.extend_from_slice(b"{\"id\":\"b\",\"text\":\"fine\"}\n");
        let mut docs = Vec::new();
        let mut errors = Vec::new();
        read_jsonl(
            &mut corpus.as_slice(),
            "c.jsonl",
            "c",
            &mut |d| docs.push(d),
            &mut |e| errors.push(e.to_string()),
        );
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].id, "b");
        assert_eq!(
            errors,
            vec!["c.jsonl:1: not valid UTF-8 at byte 19 of the line"]
        );
    }

    #[test]
    fn folders_are_walked_sorted_and_filtered() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        let write = |rel: &str, text: &[u8]| {
            let p = root.join(rel);
            std::fs::create_dir_all(p.parent().expect("has parent")).expect("mkdir");
            std::fs::write(p, text).expect("write");
        };
        write("b.txt", b"B text.");
        write("a/z.md", b"---\nid: zed\n---\nZ text.");
        write("a/c.jsonl", b"{\"id\":\"j1\",\"text\":\"J.\"}\n");
        write("ignored.csv", b"x");
        write(".hidden/h.txt", b"hidden");
        write("empty.txt", b"");
        write("bin.txt", b"\0\0");
        let mut errors = Vec::new();
        let docs = read_inputs(&[root.display().to_string()], &mut |e| errors.push(e));
        let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, vec!["j1", "zed", "b"]);
        assert_eq!(errors.len(), 2);
        assert!(errors.iter().any(|e| e.is_warning()));
        // Reading the same article twice gives the same id.
        let again = read_inputs(&[root.join("b.txt").display().to_string()], &mut |_| {});
        assert_eq!(again[0].id, "b");
        assert_eq!(again[0], docs[2]);
        // A missing path is an error naming it, not a panic.
        let mut errors = Vec::new();
        let none = read_inputs(
            &[root.join("missing.txt").display().to_string()],
            &mut |e| errors.push(e.to_string()),
        );
        assert!(none.is_empty());
        assert!(errors[0].contains("missing.txt"), "{errors:?}");
    }

    #[test]
    fn a_record_url_joins_its_source() {
        let cases = [
            (
                Some("S"),
                Some("https://x.gov/a"),
                Some("S (https://x.gov/a)"),
            ),
            (
                Some("S https://x.gov/a"),
                Some("https://x.gov/a"),
                Some("S https://x.gov/a"),
            ),
            (None, Some("https://x.gov/a"), Some("https://x.gov/a")),
            (Some(" "), None, None),
        ];
        for (source, url, want) in cases {
            let got = join_source(source.map(String::from), url.map(String::from));
            assert_eq!(got.as_deref(), want, "{source:?} {url:?}");
        }
    }

    #[test]
    fn batches_keep_input_order_and_size() {
        let dir = std::env::temp_dir().join(format!("parley-batches-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let corpus = dir.join("c.jsonl");
        let lines: String = (1..=7)
            .map(|n| format!("{{\"id\":\"d{n}\",\"text\":\"Text {n}.\"}}\n"))
            .collect();
        std::fs::write(&corpus, lines).expect("write corpus");
        let mut sizes = Vec::new();
        let mut ids = Vec::new();
        read_batches(
            &[corpus.display().to_string()],
            3,
            &mut |e| panic!("{e}"),
            &mut |b| {
                sizes.push(b.len());
                ids.extend(b.into_iter().map(|d| d.id));
            },
        );
        std::fs::remove_dir_all(&dir).ok();
        assert_eq!(sizes, [3, 3, 1]);
        assert_eq!(ids, ["d1", "d2", "d3", "d4", "d5", "d6", "d7"]);
    }
}
