//! Everything parley prints: query results, RDF exports and DOT graphs.
//!
//! Writers take `&mut dyn Write` and never decide where output goes; the
//! command line picks stdout or a file. An I/O error comes back as
//! [`Error::Io`] with an empty path, which the caller labels with the
//! destination it chose (and treats a broken pipe as a normal end).

pub mod dot;
pub mod explain;
pub mod export;
pub mod facts;
pub mod jsonld;
pub mod network;
pub mod results;

use crate::error::Error;
use crate::rdf::vocab::SERIALIZATION_PREFIXES;
use crate::rdf::Base;
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use std::io::Write;
use std::path::PathBuf;

/// `w`, writing carriage returns as `&#13;` when the output is XML (see
/// [`XmlCr`]).
pub(crate) fn xml_safe<'a>(w: &'a mut dyn Write, xml: bool) -> Box<dyn Write + 'a> {
    if xml {
        Box::new(XmlCr::new(w))
    } else {
        Box::new(w)
    }
}

/// A writer for XML output (RDF/XML, SPARQL XML results) that writes each
/// carriage return as `&#13;`.
///
/// Oxigraph's XML serializers write a `\r` inside a literal raw, and every
/// XML parser turns a raw `\r\n` or `\r` into `\n` (XML 1.0, 2.11), so the
/// text would not round-trip. In those formats a raw `\r` can only come from
/// literal text (IRIs, language tags and the markup hold none), so writing
/// every one as a character reference is exact.
pub(crate) struct XmlCr<W: Write> {
    inner: W,
}

impl<W: Write> XmlCr<W> {
    pub(crate) fn new(inner: W) -> Self {
        XmlCr { inner }
    }
}

impl<W: Write> Write for XmlCr<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut rest = buf;
        while let Some(i) = rest.iter().position(|&b| b == b'\r') {
            self.inner.write_all(&rest[..i])?;
            self.inner.write_all(b"&#13;")?;
            rest = &rest[i + 1..];
        }
        self.inner.write_all(rest)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// An I/O error on the output, to be labelled by the caller.
pub(crate) fn io_error(source: std::io::Error) -> Error {
    Error::Io {
        path: PathBuf::new(),
        source,
    }
}

/// The RDF formats parley writes, by name, file extension or media type:
/// `turtle`/`ttl`/`text/turtle`, `ntriples`/`nt`, `nquads`/`nq`, `trig`,
/// `rdfxml`/`rdf`/`xml`, `jsonld`/`json`.
pub fn rdf_format(s: &str) -> Option<RdfFormat> {
    let lower = s.trim().to_ascii_lowercase();
    let by_name = match lower.as_str() {
        "turtle" => Some(RdfFormat::Turtle),
        "ntriples" | "n-triples" => Some(RdfFormat::NTriples),
        "nquads" | "n-quads" => Some(RdfFormat::NQuads),
        "trig" => Some(RdfFormat::TriG),
        "rdfxml" | "rdf-xml" | "rdf/xml" => Some(RdfFormat::RdfXml),
        "jsonld" | "json-ld" => Some(RdfFormat::JsonLd {
            profile: JsonLdProfileSet::empty(),
        }),
        _ => None,
    };
    let format = by_name
        .or_else(|| RdfFormat::from_extension(lower.trim_start_matches('.')))
        .or_else(|| RdfFormat::from_media_type(&lower))?;
    // N3 is a superset of Turtle that other tools rarely read; parley does
    // not offer it (nor the `.txt` extension Oxigraph maps to N-Triples).
    match format {
        RdfFormat::N3 => None,
        _ if lower == "txt" => None,
        f => Some(f),
    }
}

/// Every prefix parley writes: the vocabularies' and those of the data
/// IRIs under `base`.
pub fn prefixes(base: &Base) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = base
        .prefixes()
        .into_iter()
        .map(|(p, i)| (p.to_owned(), i))
        .collect();
    out.extend(
        SERIALIZATION_PREFIXES
            .iter()
            .map(|(p, i)| ((*p).to_owned(), (*i).to_owned())),
    );
    out
}

/// A serializer for `format` that abbreviates IRIs with parley's prefixes
/// (under the default base) where the format allows it.
pub fn serializer(format: RdfFormat) -> RdfSerializer {
    serializer_in(format, &Base::default())
}

/// A serializer for `format` that abbreviates IRIs with parley's prefixes,
/// data IRIs under `base`, where the format allows it.
pub fn serializer_in(format: RdfFormat, base: &Base) -> RdfSerializer {
    let mut s = RdfSerializer::from_format(format);
    for (name, iri) in prefixes(base) {
        // The prefixes are valid IRIs (the base is checked when made), so
        // this cannot fail; keep the serializer without the prefix if it
        // ever did.
        s = match s.clone().with_prefix(name, iri) {
            Ok(with) => with,
            Err(_) => s,
        };
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_name_extension_and_media_type() {
        let jsonld = RdfFormat::JsonLd {
            profile: JsonLdProfileSet::empty(),
        };
        for (input, expected) in [
            ("turtle", Some(RdfFormat::Turtle)),
            ("TTL", Some(RdfFormat::Turtle)),
            ("text/turtle", Some(RdfFormat::Turtle)),
            ("ntriples", Some(RdfFormat::NTriples)),
            ("nt", Some(RdfFormat::NTriples)),
            ("application/n-quads", Some(RdfFormat::NQuads)),
            ("nq", Some(RdfFormat::NQuads)),
            ("trig", Some(RdfFormat::TriG)),
            ("rdfxml", Some(RdfFormat::RdfXml)),
            ("rdf", Some(RdfFormat::RdfXml)),
            ("application/rdf+xml", Some(RdfFormat::RdfXml)),
            ("jsonld", Some(jsonld)),
            ("application/ld+json", Some(jsonld)),
            ("n3", None),
            ("txt", None),
            ("csv", None),
        ] {
            assert_eq!(rdf_format(input), expected, "{input}");
        }
    }
}
