//! Minting IRIs for articles and entities, under a configurable base.
//!
//! IRIs must be stable: the same article read twice, or the same entity named
//! in two articles, must get the same IRI, or re-ingesting would duplicate
//! data and the union graph would not link articles. So they are built from
//! data only (an id, a kind and a normalised name), never from counters or
//! time. The base they live under ([`Base`]) is the one thing a deployment
//! chooses (`--base IRI`, `PARLEY_BASE`).

use crate::error::{Error, Result};
use crate::fact::EntityKind;
use oxigraph::model::NamedNode;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The namespace of data IRIs: articles are `BASE id/article/ID`, entities
/// `BASE id/KIND/SLUG`, the entities graph `BASE id/entities`. The
/// vocabulary (`parley:`) does not move with it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Base {
    /// The base as given, ending with `/` or `#`.
    base: String,
    /// `base` followed by `id/`.
    id: String,
}

impl Default for Base {
    fn default() -> Self {
        Base::new(Base::DEFAULT).expect("the default base is a valid IRI")
    }
}

impl Base {
    /// The default base: a placeholder every deployment should replace.
    pub const DEFAULT: &'static str = "https://parley.example/";

    /// A base from an absolute IRI. A base that does not end with `/` or
    /// `#` gets a `/`, so `https://news.example/kg` and
    /// `https://news.example/kg/` are the same base.
    pub fn new(base: &str) -> Result<Base> {
        let mut b = base.trim().to_owned();
        if !b.ends_with('/') && !b.ends_with('#') {
            b.push('/');
        }
        let bad = |why: String| Error::Base {
            base: base.to_owned(),
            message: why,
        };
        NamedNode::new(b.as_str()).map_err(|e| {
            bad(format!(
                "not an absolute IRI ({e}); give one such as https://news.example/kg/"
            ))
        })?;
        let before_end = &b[..b.len() - 1];
        if before_end.contains('?') || before_end.contains('#') {
            return Err(bad(
                "give an IRI without a query or fragment, such as https://news.example/kg/".into(),
            ));
        }
        let id = format!("{b}id/");
        Ok(Base { base: b, id })
    }

    /// The base IRI, ending with `/` or `#`.
    pub fn as_str(&self) -> &str {
        &self.base
    }

    /// `BASE id/`: every data IRI starts with it.
    pub fn id_namespace(&self) -> &str {
        &self.id
    }

    /// The IRI of an article, which also names its graph.
    pub fn article(&self, id: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}article/{}", self.id, encode_segment(id)))
    }

    /// The namespace of article IRIs, `BASE id/article/`.
    pub fn article_namespace(&self) -> String {
        format!("{}article/", self.id)
    }

    /// The IRI of an entity: `BASE id/{kind}/{slug}`. A person the leaders
    /// lexicon knows by any of their names takes the slug of its name.
    pub fn entity(&self, name: &str, kind: EntityKind) -> NamedNode {
        let key = match kind {
            EntityKind::Person => crate::lexicon::Leaders::builtin().person_slug(name),
            _ => slug(name),
        };
        NamedNode::new_unchecked(format!("{}{}/{}", self.id, kind.as_str(), key))
    }

    /// The IRI of a post that names its organisation.
    pub fn post(&self, title: &str, kind: EntityKind, of: &str) -> NamedNode {
        NamedNode::new_unchecked(format!(
            "{}post/{}/{}/{}",
            self.id,
            slug(title),
            kind.as_str(),
            slug(of)
        ))
    }

    /// The entities graph, which holds the one description of every shared
    /// node.
    pub fn entities_graph(&self) -> NamedNode {
        NamedNode::new_unchecked(format!("{}entities", self.id))
    }

    /// Prefixes for RDF serializations: one per entity kind (`country:oman`),
    /// under this base. (Articles get none: Turtle would have to escape the
    /// `#` of every node inside an article, `article:a\#fact-…`.)
    pub fn prefixes(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        for kind in [
            EntityKind::Person,
            EntityKind::Organization,
            EntityKind::Country,
            EntityKind::Place,
        ] {
            out.push((kind.as_str(), format!("{}{}/", self.id, kind.as_str())));
        }
        out
    }
}

/// The IRI of an article under the default base.
pub fn article_iri(id: &str) -> NamedNode {
    Base::default().article(id)
}

/// The IRI of an entity under the default base.
pub fn entity_iri(name: &str, kind: EntityKind) -> NamedNode {
    Base::default().entity(name, kind)
}

/// The form of a person's full name that names them across articles: a
/// single middle initial and a generational suffix are left out, so that
/// "Joseph R. Biden, Jr." and "Joseph Biden", or "Donald J. Trump" and
/// "Donald Trump", are one person. Two or more initials are kept ("George
/// H. W. Bush" stays apart from "George W. Bush", who is "George Bush"):
/// see ARCHITECTURE.md on people who share a name.
pub fn person_key(name: &str) -> String {
    let mut words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    while words.len() > 2
        && matches!(
            words[words.len() - 1]
                .trim_end_matches('.')
                .to_ascii_lowercase()
                .as_str(),
            "jr" | "sr" | "ii" | "iii" | "iv"
        )
    {
        words.pop();
    }
    let initial = |w: &str| {
        let core = w.trim_end_matches('.');
        core.chars().count() == 1 && core.chars().all(char::is_uppercase)
    };
    if words.len() >= 3 {
        let middle = &words[1..words.len() - 1];
        if middle.iter().filter(|w| initial(w)).count() == 1 {
            let kept: Vec<&str> = middle.iter().copied().filter(|w| !initial(w)).collect();
            words = [&words[..1], &kept[..], &words[words.len() - 1..]].concat();
        }
    }
    words.join(" ")
}

/// An article id as one IRI path segment: every byte outside ASCII letters,
/// digits and `-._~` is `%XX`, so `/`, space, `>`, `"` and `#` cannot change
/// the IRI's structure, and distinct ids give distinct IRIs. An id made
/// only of dots has its dots encoded too: `.` and `..` would otherwise be
/// dot segments, which every RDF parser resolves away. The empty id is `_`.
pub fn encode_segment(id: &str) -> String {
    if !id.is_empty() && id.bytes().all(|b| b == b'.') {
        return "%2E".repeat(id.len());
    }
    percent_encode(id)
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
    fn article_ids_are_one_segment() {
        for (id, expected) in [
            ("geneva-talks", "geneva-talks"),
            (".", "%2E"),
            ("..", "%2E%2E"),
            ("...", "%2E%2E%2E"),
            ("a.b", "a.b"),
            ("./x", ".%2Fx"),
            ("a/b c", "a%2Fb%20c"),
            ("x>y\"z", "x%3Ey%22z"),
            ("", "_"),
        ] {
            assert_eq!(encode_segment(id), expected, "{id:?}");
        }
    }

    #[test]
    fn a_base_moves_every_data_iri() {
        let b = Base::new("https://news.example/kg").expect("valid");
        assert_eq!(b.as_str(), "https://news.example/kg/");
        assert_eq!(
            b.article("x").as_str(),
            "https://news.example/kg/id/article/x"
        );
        assert_eq!(
            b.entity("Oman", EntityKind::Country).as_str(),
            "https://news.example/kg/id/country/oman"
        );
        assert_eq!(
            b.entities_graph().as_str(),
            "https://news.example/kg/id/entities"
        );
        for bad in ["not an iri", "relative/path", "https://x.example/?q=1"] {
            assert!(Base::new(bad).is_err(), "{bad}");
        }
        assert_eq!(Base::default().as_str(), "https://parley.example/");
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

    #[test]
    fn one_person_whatever_their_middle_initial_or_suffix() {
        let key = |n: &str| super::slug(&super::person_key(n));
        assert_eq!(key("Joseph R. Biden, Jr."), "joseph-biden");
        assert_eq!(key("Joseph Biden"), "joseph-biden");
        assert_eq!(key("Donald J. Trump"), "donald-trump");
        assert_eq!(key("George H. W. Bush"), "george-h-w-bush");
        assert_eq!(key("Martin Luther King Jr."), "martin-luther-king");
        // A short name keeps its words: "J. Smith" is not "Smith".
        assert_eq!(key("J. Smith"), "j-smith");
        assert_eq!(key("Abbas Araqchi"), "abbas-araqchi");
        assert_eq!(key("Malcolm X"), "malcolm-x");
    }

    #[test]
    fn a_leader_is_one_person_under_each_of_their_names() {
        let person = |n: &str| entity_iri(n, EntityKind::Person);
        let biden = person("Joe Biden");
        assert_eq!(biden.as_str(), "https://parley.example/id/person/joe-biden");
        assert_eq!(person("Joseph R. Biden Jr."), biden);
        assert_eq!(person("Joseph Robinette Biden"), biden);
        assert_ne!(person("Hunter Biden"), biden);
        assert_eq!(person("Volodymyr Zelenskyy"), person("Volodymyr Zelensky"));
    }
}
