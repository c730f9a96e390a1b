//! Minting IRIs for articles and entities.
//!
//! IRIs must be stable: the same article read twice, or the same entity named
//! in two articles, must get the same IRI, or re-ingesting would duplicate
//! data and the union graph would not link articles. So they are built from
//! data only (an id, a kind and a normalised name), never from counters or
//! time.

use super::vocab::ID_BASE;
use crate::fact::EntityKind;
use oxigraph::model::NamedNode;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The IRI of an article, which also names its graph.
pub fn article_iri(id: &str) -> NamedNode {
    // Every character outside the unreserved set is percent-encoded, so any
    // id (spaces, slashes, `#`) yields a valid IRI, and distinct ids distinct
    // IRIs.
    NamedNode::new_unchecked(format!("{ID_BASE}article/{}", percent_encode(id)))
}

/// The IRI of an entity: `id/{kind}/{slug}`.
pub fn entity_iri(name: &str, kind: EntityKind) -> NamedNode {
    NamedNode::new_unchecked(format!("{ID_BASE}{}/{}", kind.as_str(), slug(name)))
}

/// A normalised name for IRIs: diacritics removed, lower case, runs of
/// letters and digits joined by `-` ("Badr al-Busaidi" -> `badr-al-busaidi`).
/// Names without any letter or digit fall back to their percent-encoding so
/// that the slug is never empty.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    for c in name.nfkd().filter(|c| !is_combining_mark(*c)) {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.extend(c.to_lowercase());
        } else if c == '\'' || c == '\u{2019}' {
            // "People's" -> "peoples": an apostrophe does not split a word.
        } else {
            gap = true;
        }
    }
    if out.is_empty() {
        percent_encode(name)
    } else {
        // Letters outside ASCII are allowed in IRIs, but some parsers choke
        // on unusual ones; percent-encode everything but ASCII and letters.
        out.chars()
            .map(|c| {
                if c.is_ascii() || c.is_alphabetic() {
                    c.to_string()
                } else {
                    percent_encode(c.encode_utf8(&mut [0; 4]))
                }
            })
            .collect()
    }
}

fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    if out.is_empty() {
        out.push('_');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        for (name, expected) in [
            ("Oman", "oman"),
            ("Sultanate of Oman", "sultanate-of-oman"),
            ("Badr al-Busaidi", "badr-al-busaidi"),
            ("José Müller", "jose-muller"),
            ("  U.S.  ", "u-s"),
            ("People's Republic", "peoples-republic"),
            ("!!", "%21%21"),
            ("", "_"),
        ] {
            assert_eq!(slug(name), expected, "{name:?}");
        }
    }

    #[test]
    fn article_iris_are_valid_and_distinct() {
        for id in ["geneva-talks", "a b", "a/b#c", "ünïcode", ""] {
            let iri = article_iri(id);
            assert!(
                oxigraph::model::NamedNode::new(iri.as_str()).is_ok(),
                "{iri}"
            );
        }
        assert_ne!(article_iri("a b"), article_iri("a_b"));
    }

    #[test]
    fn entity_iri_depends_on_kind_and_folded_name() {
        assert_eq!(
            entity_iri("Oman", EntityKind::Country),
            entity_iri("OMAN", EntityKind::Country)
        );
        assert_ne!(
            entity_iri("Georgia", EntityKind::Country),
            entity_iri("Georgia", EntityKind::Place)
        );
        assert!(oxigraph::model::NamedNode::new(
            entity_iri("Quote \" and \\ back", EntityKind::Person).as_str()
        )
        .is_ok());
    }
}
