//! `parley explain`: facts read back with the sentence they came from, the
//! matched words marked, as a reader would check them.
//!
//! Everything comes from the store (the fact's evidence star and its NIF
//! phrase and sentence), so an explanation shows what an export or the
//! SPARQL endpoint holds, not what a fresh extraction would find.

use crate::error::{Error, Result};
use crate::rdf::vocab::{rdfs, PARLEY_NS};
use crate::store::Store;
use oxigraph::model::{Literal, NamedNode, Term};
use oxigraph::sparql::QueryResults;
use std::fmt::Write as _;

/// What to explain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// One fact, by IRI.
    Fact(NamedNode),
    /// Every fact of one article, by id.
    Article(String),
    /// Every fact with this entity as an argument, by IRI.
    Entity(NamedNode),
}

/// One fact with its evidence in context.
#[derive(Debug, Clone, PartialEq)]
pub struct Explained {
    pub article: String,
    pub fact: String,
    pub relation: String,
    /// The arguments as the facts TSV gives them (entity labels).
    pub args: Vec<String>,
    pub confidence: f64,
    pub rule: String,
    pub sentence_index: u64,
    /// The sentence, or the matched words alone when the store has no
    /// sentence for the fact.
    pub sentence: String,
    /// The matched words as a byte range of `sentence`.
    pub marked: std::ops::Range<usize>,
}

/// Tells what `what` names: a fact IRI, an article id the store holds, or
/// an entity (IRI, label compared without case, or another name of a person
/// that folds to the same IRI).
pub fn resolve(store: &Store, what: &str) -> Result<Target> {
    let w = what.trim();
    let iri = w.trim_start_matches('<').trim_end_matches('>');
    if let Ok(n) = NamedNode::new(iri) {
        if n.as_str().contains("#fact-") {
            return Ok(Target::Fact(n));
        }
        if let Some(id) = article_id_of(store, &n)? {
            return Ok(Target::Article(id));
        }
        return Ok(Target::Entity(n));
    }
    if store.has_article(w)? {
        return Ok(Target::Article(w.to_owned()));
    }
    let q = format!(
        "SELECT DISTINCT ?e WHERE {{ ?e <{}> ?l . FILTER(LCASE(STR(?l)) = {}) }} ORDER BY ?e LIMIT 10",
        rdfs::LABEL.as_str(),
        Literal::new_simple_literal(w.to_lowercase())
    );
    let mut found = Vec::new();
    if let QueryResults::Solutions(rows) = store.query(&q)? {
        for row in rows {
            let row = row.map_err(|e| Error::Query(format!("query failed: {e}")))?;
            if let Some(Term::NamedNode(e)) = row.get("e") {
                found.push(e.clone());
            }
        }
    }
    // An entity's label, not a node minted inside an article (a meeting's
    // or a quotation's label).
    found.retain(|e| !e.as_str().contains('#'));
    if found.is_empty() {
        // Another name of a person the store knows: the IRI parley would
        // mint for it ("Joseph R. Biden Jr." for Joe Biden, "Tayyip
        // Erdogan" for the leader the lexicon lists under that name).
        let person = store.base().entity(w, crate::fact::EntityKind::Person);
        let ask = format!("ASK {{ {person} ?p ?o }}");
        if let QueryResults::Boolean(true) = store.query(&ask)? {
            found.push(person);
        }
    }
    match found.len() {
        0 => Err(Error::Query(format!(
            "`{w}` is no article id, fact IRI or entity name in the store (list articles with `parley query --name articles`)"
        ))),
        1 => Ok(Target::Entity(found.remove(0))),
        _ => Err(Error::Query(format!(
            "`{w}` names several entities; give one IRI: {}",
            found.iter().map(|e| e.as_str()).collect::<Vec<_>>().join(", ")
        ))),
    }
}

fn article_id_of(store: &Store, n: &NamedNode) -> Result<Option<String>> {
    let q = format!("SELECT ?id WHERE {{ GRAPH {n} {{ {n} <{PARLEY_NS}articleId> ?id }} }}");
    if let QueryResults::Solutions(mut rows) = store.query(&q)? {
        if let Some(row) = rows.next() {
            let row = row.map_err(|e| Error::Query(format!("query failed: {e}")))?;
            if let Some(Term::Literal(l)) = row.get("id") {
                return Ok(Some(l.value().to_owned()));
            }
        }
    }
    Ok(None)
}

/// The facts `target` names, at or above `min_confidence`, sorted by
/// article, sentence and position.
pub fn explain(store: &Store, target: &Target, min_confidence: f64) -> Result<Vec<Explained>> {
    let select = match target {
        Target::Fact(f) => format!("VALUES ?fact {{ {f} }}"),
        Target::Article(id) => format!("VALUES ?g {{ {} }}", store.base().article(id)),
        Target::Entity(e) => format!(
            "VALUES ?e {{ {e} }} GRAPH ?g {{ ?fact parley:arg1|parley:arg2|parley:arg3 ?e }}"
        ),
    };
    let q = format!(
        "PREFIX parley: <{PARLEY_NS}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
SELECT ?article ?fact ?relation ?a1 ?a2 ?a3 ?c ?rule ?si ?start ?words ?stext ?sb ?pb ?pe WHERE {{
  {select}
  GRAPH ?g {{
    ?g parley:articleId ?article .
    ?fact parley:relation ?relation ; parley:confidence ?c ; parley:rule ?rule ;
          parley:sentenceIndex ?si ; parley:byteStart ?start .
    OPTIONAL {{ ?fact parley:evidenceText ?words }}
    OPTIONAL {{
      ?fact prov:wasDerivedFrom ?p . ?p nif:beginIndex ?pb ; nif:endIndex ?pe .
      OPTIONAL {{ ?p nif:sentence ?s . ?s nif:anchorOf ?stext ; nif:beginIndex ?sb }}
    }}
  }}
  FILTER(?c >= {min_confidence:?})
  OPTIONAL {{ GRAPH ?g {{ ?fact parley:arg1 ?x1 }} OPTIONAL {{ ?x1 rdfs:label ?l1 }} }}
  OPTIONAL {{ GRAPH ?g {{ ?fact parley:arg2 ?x2 }} OPTIONAL {{ ?x2 rdfs:label ?l2 }} }}
  OPTIONAL {{ GRAPH ?g {{ ?fact parley:arg3 ?x3 }} OPTIONAL {{ ?x3 rdfs:label ?l3 }} }}
  BIND(COALESCE(?l1, ?x1) AS ?a1)
  BIND(COALESCE(?l2, ?x2) AS ?a2)
  BIND(COALESCE(?l3, ?x3) AS ?a3)
}}"
    );
    let QueryResults::Solutions(rows) = store.query(&q)? else {
        return Ok(Vec::new());
    };
    let text = |row: &oxigraph::sparql::QuerySolution, v: &str| -> Option<String> {
        row.get(v).map(|t| match t {
            Term::Literal(l) => l.value().to_owned(),
            Term::NamedNode(n) => n.as_str().to_owned(),
            other => other.to_string(),
        })
    };
    let num = |row: &oxigraph::sparql::QuerySolution, v: &str| -> Option<u64> {
        text(row, v).and_then(|s| s.parse().ok())
    };
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for row in rows {
        let row = row.map_err(|e| Error::Query(format!("query failed: {e}")))?;
        let fact = text(&row, "fact").unwrap_or_default();
        if !seen.insert(fact.clone()) {
            continue; // a fact with several labels for one argument
        }
        let words = text(&row, "words").unwrap_or_default();
        let (sentence, marked) = match (
            text(&row, "stext"),
            num(&row, "sb"),
            num(&row, "pb"),
            num(&row, "pe"),
        ) {
            (Some(s), Some(sb), Some(pb), Some(pe)) if sb <= pb && pb <= pe => {
                let r = char_range(&s, (pb - sb) as usize, (pe - sb) as usize);
                match r {
                    Some(r) => (s, r),
                    None => (words.clone(), 0..words.len()),
                }
            }
            _ => (words.clone(), 0..words.len()),
        };
        out.push(Explained {
            article: text(&row, "article").unwrap_or_default(),
            fact,
            relation: text(&row, "relation").unwrap_or_default(),
            args: ["a1", "a2", "a3"]
                .iter()
                .filter_map(|v| text(&row, v))
                .collect(),
            confidence: text(&row, "c").and_then(|c| c.parse().ok()).unwrap_or(0.0),
            rule: text(&row, "rule").unwrap_or_default(),
            sentence_index: num(&row, "si").unwrap_or(0),
            sentence,
            marked,
        });
        let _ = num(&row, "start");
    }
    out.sort_by(|a, b| {
        (
            a.article.as_str(),
            a.sentence_index,
            a.marked.start,
            a.relation.as_str(),
            &a.args,
        )
            .cmp(&(
                b.article.as_str(),
                b.sentence_index,
                b.marked.start,
                b.relation.as_str(),
                &b.args,
            ))
    });
    Ok(out)
}

/// The byte range of characters `b..e` of `s`.
fn char_range(s: &str, b: usize, e: usize) -> Option<std::ops::Range<usize>> {
    let mut idx = s
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(s.len()));
    let start = idx.nth(b)?;
    let end = if e == b { start } else { idx.nth(e - b - 1)? };
    Some(start..end)
}

/// How the matched words are marked: ANSI bold on a terminal, «…» else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marks {
    Bold,
    Guillemets,
}

/// The explanations as text, one block per fact:
///
/// ```text
/// geneva-talks · mediator(Oman) · confidence 0.95 · mediation/mediated-by
///   [1] The talks were «mediated by Oman», officials said.
///   <https://parley.example/id/article/geneva-talks#fact-…>
/// ```
pub fn render(facts: &[Explained], marks: Marks) -> String {
    let (open, close) = match marks {
        Marks::Bold => ("\x1b[1m", "\x1b[0m"),
        Marks::Guillemets => ("«", "»"),
    };
    let mut out = String::new();
    for f in facts {
        let _ = writeln!(
            out,
            "{} · {}({}) · confidence {} · {}",
            visible(&f.article, marks),
            f.relation,
            visible(&f.args.join(", "), marks),
            f.confidence,
            f.rule
        );
        let s = &f.sentence;
        let m = f.marked.clone();
        let (before, words, after) = match (s.get(..m.start), s.get(m.clone()), s.get(m.end..)) {
            (Some(a), Some(b), Some(c)) => (a, b, c),
            _ => ("", s.as_str(), ""),
        };
        let _ = writeln!(
            out,
            "  [{}] {}{open}{}{close}{}",
            f.sentence_index,
            visible(&one_line(before), marks),
            visible(&one_line(words), marks),
            visible(&one_line(after), marks)
        );
        let _ = writeln!(out, "  <{}>", f.fact);
    }
    out
}

/// Line breaks inside a sentence become spaces, so each fact reads as one
/// line of context.
fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    if space {
        out.push(' ');
    }
    out
}

/// On a terminal, control characters from article text are shown, not
/// sent (an ESC in an article must not restyle the terminal).
fn visible(s: &str, marks: Marks) -> String {
    match marks {
        Marks::Guillemets => s.to_owned(),
        Marks::Bold => crate::text::visible(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_ranges_count_characters() {
        let s = "Müller said “yes”.";
        let r = char_range(s, 13, 16).expect("in range");
        assert_eq!(&s[r], "yes");
        assert_eq!(char_range(s, 0, 0), Some(0..0));
        assert_eq!(char_range(s, 3, 99), None);
    }

    #[test]
    fn rendering_marks_the_words() {
        let f = Explained {
            article: "a".into(),
            fact: "https://parley.example/id/article/a#fact-1".into(),
            relation: "host".into(),
            args: vec!["Oman".into()],
            confidence: 0.9,
            rule: "r".into(),
            sentence_index: 2,
            sentence: "Talks were hosted\nby Oman.".into(),
            marked: 21..25,
        };
        let text = render(std::slice::from_ref(&f), Marks::Guillemets);
        assert!(
            text.contains("  [2] Talks were hosted by «Oman».\n"),
            "{text}"
        );
        assert!(
            text.starts_with("a · host(Oman) · confidence 0.9 · r\n"),
            "{text}"
        );
        let bold = render(&[f], Marks::Bold);
        assert!(bold.contains("\x1b[1mOman\x1b[0m"), "{bold}");
    }
}
