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
///
/// Ids follow ARCHITECTURE.md ("Article identity"): front matter or JSONL
/// `id`; else the path relative to the argument it was found under, without
/// extension (`a/001`); else, for stdin, `stdin-` and 16 hex digits of a hash
/// of its bytes. A second article with an id already read in this call and
/// a different text is refused with [`Error::DuplicateId`] naming both
/// sources; the same text read twice is passed on once.
pub fn read_inputs(paths: &[String], on_error: &mut dyn FnMut(Error)) -> Vec<Document> {
    let mut docs = Vec::new();
    read_each(paths, None, on_error, &mut |d| docs.push(d));
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
    read_batches_named(paths, None, size, on_error, on_batch);
}

/// [`read_batches`], with `stdin_id` as the id of the article read from
/// stdin (`-`) when its front matter gives none (the `--id` flag).
pub fn read_batches_named(
    paths: &[String],
    stdin_id: Option<&str>,
    size: usize,
    on_error: &mut dyn FnMut(Error),
    on_batch: &mut dyn FnMut(Vec<Document>),
) {
    let size = size.max(1);
    let mut batch = Vec::with_capacity(size.min(1024));
    read_each(paths, stdin_id, on_error, &mut |d| {
        batch.push(d);
        if batch.len() >= size {
            on_batch(std::mem::take(&mut batch));
        }
    });
    if !batch.is_empty() {
        on_batch(batch);
    }
}

/// Read the inputs, passing each document to `sink` as soon as it is read,
/// once per id (see [`read_inputs`]).
fn read_each(
    paths: &[String],
    stdin_id: Option<&str>,
    on_error: &mut dyn FnMut(Error),
    sink: &mut dyn FnMut(Document),
) {
    // Each id read so far: where it came from and the digest of what it
    // holds (the one the store keeps, so ids being equal, equal texts).
    let mut seen: std::collections::HashMap<String, (String, String)> =
        std::collections::HashMap::new();
    let mut unique = |doc: Document, on_error: &mut dyn FnMut(Error)| {
        let hash = crate::rdf::source_digest(&doc);
        match seen.get(&doc.id) {
            None => {
                seen.insert(doc.id.clone(), (doc.origin.clone(), hash));
                sink(doc);
            }
            Some((first, h)) if *h == hash => on_error(Error::ReadTwice {
                path: doc.origin,
                id: doc.id,
                first: first.clone(),
            }),
            Some((first, _)) => on_error(Error::DuplicateId {
                path: doc.origin,
                id: doc.id,
                first: first.clone(),
            }),
        }
    };
    read_all(paths, stdin_id, on_error, &mut |doc, errs| {
        unique(doc, errs)
    });
}

/// The id of an article read from stdin without a name: `stdin-` and 16 hex
/// digits of SipHash-1-3 (keys zero) of its bytes, so two different pipes
/// never share an id and the same text always gets the same one.
pub fn stdin_id(bytes: &[u8]) -> String {
    use std::hash::Hasher;
    let mut h = siphasher::sip::SipHasher13::new();
    h.write(bytes);
    format!("stdin-{:016x}", h.finish())
}

/// Where documents go as they are read, with the error callback (so the
/// sink can report a document it refuses).
type Sink<'a> = dyn FnMut(Document, &mut dyn FnMut(Error)) + 'a;

/// Read the inputs in order, passing each document to `sink`.
fn read_all(
    paths: &[String],
    stdin_name: Option<&str>,
    on_error: &mut dyn FnMut(Error),
    sink: &mut Sink<'_>,
) {
    for p in paths {
        if p == "-" {
            read_stdin(&mut std::io::stdin().lock(), stdin_name, sink, on_error);
            continue;
        }
        let path = Path::new(p);
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                let mut files = Vec::new();
                walk(path, &mut files, on_error);
                files.sort();
                for f in files {
                    let id = relative_id(path, &f);
                    read_file(&f, &id, sink, on_error);
                }
            }
            Ok(_) => read_file(path, &file_stem(path), sink, on_error),
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
    stdin_name: Option<&str>,
    sink: &mut Sink<'_>,
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
        read_jsonl(
            &mut rest,
            "-",
            stdin_name.unwrap_or("stdin"),
            sink,
            on_error,
        );
        return;
    }
    let mut bytes = first;
    match reader.read_to_end(&mut bytes) {
        Ok(_) => {
            let id = stdin_name.map_or_else(|| stdin_id(&bytes), str::to_owned);
            push_text(sink, bytes, &id, "-", on_error)
        }
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

/// The total size in bytes of the files `paths` name (folders walked as
/// [`read_inputs`] walks them; stdin counts nothing), for a progress bar.
pub fn total_size(paths: &[String]) -> u64 {
    let mut total = 0;
    for p in paths.iter().filter(|p| *p != "-") {
        let path = Path::new(p);
        if path.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files, &mut |_| {});
            total += files
                .iter()
                .filter_map(|f| std::fs::metadata(f).ok())
                .map(|m| m.len())
                .sum::<u64>();
        } else if let Ok(m) = std::fs::metadata(path) {
            total += m.len();
        }
    }
    total
}

/// The id of a file found under folder `root`: its path relative to
/// `root`, without extension, with `/` between folders (`a/001`).
fn relative_id(root: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(root).unwrap_or(file).with_extension("");
    let parts: Vec<String> = rel
        .components()
        .filter_map(|c| match c {
            std::path::Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    if parts.is_empty() {
        file_stem(file)
    } else {
        parts.join("/")
    }
}

/// Read one file (read once, whatever its size) as an article or, for
/// `.jsonl`, as a corpus streamed line by line. `id` is the article's id
/// (a JSONL record's id when it gives none is `id-LINE`).
fn read_file(path: &Path, id: &str, sink: &mut Sink<'_>, on_error: &mut dyn FnMut(Error)) {
    let origin = path.display().to_string();
    if has_extension(path, &["jsonl"]) {
        match std::fs::File::open(path) {
            Ok(f) => {
                let mut reader = std::io::BufReader::with_capacity(1 << 20, f);
                read_jsonl(&mut reader, &origin, id, sink, on_error);
            }
            Err(source) => on_error(Error::Io {
                path: path.to_path_buf(),
                source,
            }),
        }
        return;
    }
    match std::fs::read(path) {
        Ok(bytes) => push_text(sink, bytes, id, &origin, on_error),
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
    sink: &mut Sink<'_>,
    bytes: Vec<u8>,
    stem: &str,
    origin: &str,
    on_error: &mut dyn FnMut(Error),
) {
    match decode(bytes, origin) {
        Ok(text) => {
            let text = clean_text(text, origin, on_error);
            let mut doc = parse_article(stem, origin, text);
            clean_metadata(&mut doc, on_error);
            sink(doc, on_error)
        }
        Err(e) => on_error(e),
    }
}

/// Whether XML 1.0 can carry `c`: not a C0 control other than tab, line
/// feed and carriage return, nor U+FFFE or U+FFFF. (Every RDF format parley
/// writes can carry what XML can, so this is the rule for all of them.)
fn xml_char(c: char) -> bool {
    !matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}

/// The text with each character XML cannot carry replaced by U+FFFD, with a
/// warning naming the article, the first such character and its byte (in
/// the text as read). See "Text the store can carry" in ARCHITECTURE.md.
fn clean_text(text: String, origin: &str, on_error: &mut dyn FnMut(Error)) -> String {
    let Some(first) = text.find(|c| !xml_char(c)) else {
        return text;
    };
    let bad = text[first..].chars().next().unwrap_or('\u{0}');
    let count = text.chars().filter(|&c| !xml_char(c)).count();
    on_error(Error::Replaced {
        path: origin.to_string(),
        message: format!(
            "{count} character{} that XML cannot carry replaced by U+FFFD (the first, U+{:04X}, at byte {first})",
            if count == 1 { "" } else { "s" },
            bad as u32
        ),
    });
    text.chars()
        .map(|c| if xml_char(c) { c } else { '\u{fffd}' })
        .collect()
}

/// Metadata (id, title, date, source) gets the same rule as the text, with
/// a warning naming the article and the field.
fn clean_metadata(doc: &mut Document, on_error: &mut dyn FnMut(Error)) {
    let origin = doc.origin.clone();
    let mut clean = |field: &str, s: &mut String| {
        let count = s.chars().filter(|&c| !xml_char(c)).count();
        if count > 0 {
            *s = s
                .chars()
                .map(|c| if xml_char(c) { c } else { '\u{fffd}' })
                .collect();
            on_error(Error::Replaced {
                path: origin.clone(),
                message: format!(
                    "{count} character{} that XML cannot carry replaced by U+FFFD in its {field}",
                    if count == 1 { "" } else { "s" },
                ),
            });
        }
    };
    clean("id", &mut doc.id);
    for (field, s) in [
        ("title", &mut doc.title),
        ("date", &mut doc.date),
        ("source", &mut doc.source),
    ] {
        if let Some(s) = s {
            clean(field, s);
        }
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
    sink: &mut Sink<'_>,
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
        let text = clean_text(record.text, &line_origin, on_error);
        let body = 0..text.len();
        let mut doc = Document {
            id,
            title: record.title.filter(|s| !s.is_empty()),
            date: record.date.filter(|s| !s.is_empty()),
            source: join_source(record.source, record.url),
            origin: line_origin,
            text,
            body,
        };
        clean_metadata(&mut doc, on_error);
        sink(doc, on_error);
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
            read_stdin(&mut reader, None, &mut |d, _| docs.push(d), &mut |_| {
                errors += 1
            });
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
            &mut |d, _| docs.push(d),
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
            &mut |d, _| docs.push(d),
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
