//! The graph as Graphviz DOT.
//!
//! Triples become a petgraph `DiGraph`: resources and literals are nodes,
//! labelled by `rdfs:label` and styled by class (person, organisation,
//! country, place, event, statement); edges are labelled by the property's
//! `rdfs:label` in the ontology, else its local name. Provenance (articles,
//! assertions, evidence) is hidden unless asked for: it stays in the RDF, but
//! a picture of the facts reads better without it.
//!
//! The DOT text is written here rather than by `petgraph::dot::Dot`, because
//! petgraph passes attribute strings through raw and every label must be
//! escaped (`"`, `\`, line breaks).

use super::io_error;
use crate::error::{Error, Result};
use crate::rdf::vocab::{compact_for_display, nif, owl, parley, rdf, rdfs, schema, ONTOLOGY_TTL};
use crate::store::Store;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedNodeRef, NamedOrBlankNode, Term, Triple};
use oxigraph::sparql::QueryResults;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// What to draw.
#[derive(Debug, Clone, Default)]
pub struct DotOptions {
    /// Only this article's graph.
    pub doc: Option<String>,
    /// Only the neighbourhood of this entity (label or IRI)...
    pub focus: Option<String>,
    /// ...up to this many edges away.
    pub depth: usize,
    /// The graph of this CONSTRUCT or DESCRIBE query instead of the store.
    pub query: Option<String>,
    /// Also draw articles, assertions and evidence.
    pub provenance: bool,
    /// Leave out what only facts below this confidence state.
    pub min_confidence: Option<f64>,
}

/// Quotations longer than this many characters are shortened in labels.
pub const QUOTE_CHARS: usize = 60;
/// Other labels longer than this are shortened too.
pub const LABEL_CHARS: usize = 80;

/// One node of the drawing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub term: Term,
    pub label: String,
    pub class: Class,
}

/// How a node is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Class {
    Person,
    Organization,
    Country,
    Place,
    Event,
    Statement,
    Post,
    Provenance,
    Literal,
    Other,
}

impl Class {
    fn attributes(self) -> &'static str {
        match self {
            Class::Person => r##"shape=ellipse, fillcolor="#d6e6f5""##,
            Class::Organization => r##"shape=box, fillcolor="#e3d9f2""##,
            Class::Country => r##"shape=hexagon, fillcolor="#d9f0d3""##,
            Class::Place => r##"shape=house, fillcolor="#fbe5c8""##,
            Class::Event => r##"shape=doubleoctagon, fillcolor="#f9d6d5""##,
            Class::Statement => r##"shape=note, fillcolor="#fff7c2""##,
            Class::Post => r##"shape=box, style="rounded,filled", fillcolor="#eeeeee""##,
            Class::Provenance => r##"shape=component, fillcolor="#f2f2f2""##,
            Class::Literal => r##"shape=plaintext, style="""##,
            Class::Other => r##"shape=ellipse, fillcolor="#ffffff""##,
        }
    }
}

/// Predicates that describe a node (its label, type, names) rather than link
/// it to another: they are drawn as the node's label and style, not as edges.
const DESCRIPTIVE: [NamedNodeRef<'static>; 6] = [
    rdf::TYPE,
    rdfs::LABEL,
    schema::NAME,
    schema::TEXT,
    schema::JOB_TITLE,
    owl::SAME_AS,
];

/// Builds the DOT text for `opts`.
pub fn dot(store: &Store, opts: &DotOptions) -> Result<String> {
    let triples = source_triples(store, opts)?;
    let graph = build(store, &triples, opts)?;
    let mut out = Vec::new();
    write_dot(&graph, &mut out).map_err(io_error)?;
    // The writer only emits `String`s, so the bytes are UTF-8.
    String::from_utf8(out).map_err(|e| Error::Output(e.to_string()))
}

fn source_triples(store: &Store, opts: &DotOptions) -> Result<Vec<Triple>> {
    if let Some(q) = &opts.query {
        return match store.query(q)? {
            QueryResults::Graph(triples) => triples
                .collect::<std::result::Result<Vec<_>, _>>()
                .map_err(|e| Error::Query(format!("query failed: {e}"))),
            _ => Err(Error::Query(
                "--query needs a CONSTRUCT or DESCRIBE query (it draws the graph the query returns)"
                    .into(),
            )),
        };
    }
    let graph = match &opts.doc {
        Some(id) if !store.has_article(id)? => {
            return Err(Error::Output(format!("no article `{id}` in the store")))
        }
        Some(id) => Some(store.base().article(id)),
        None => None,
    };
    let mut out = Vec::new();
    for quad in store.quads(graph.as_ref()) {
        out.push(Triple::from(quad?));
    }
    if graph.is_some() {
        // The descriptions (names, classes, posts' organisations) of the
        // entities the article mentions live in the entities graph.
        let mentioned: HashSet<Term> = out
            .iter()
            .flat_map(|t| [t.subject.clone().into(), t.object.clone()])
            .collect();
        for quad in store.quads(Some(&store.base().entities_graph())) {
            let t = Triple::from(quad?);
            if mentioned.contains(&Term::from(t.subject.clone())) {
                out.push(t);
            }
        }
    }
    // Sorted, so the drawing does not depend on storage order; deduplicated,
    // as the union of graphs states shared triples once per article.
    out.sort_by_cached_key(|t| t.to_string());
    out.dedup();
    Ok(out)
}

/// Labels of properties declared in the ontology.
fn property_labels() -> HashMap<String, String> {
    let mut out = HashMap::new();
    for quad in RdfParser::from_format(RdfFormat::Turtle).for_slice(ONTOLOGY_TTL.as_bytes()) {
        // The ontology is tested to parse; skip anything odd rather than fail a drawing.
        let Ok(quad) = quad else { continue };
        if quad.predicate.as_ref() == rdfs::LABEL {
            if let (NamedOrBlankNode::NamedNode(s), Term::Literal(l)) =
                (&quad.subject, &quad.object)
            {
                out.insert(s.as_str().to_owned(), l.value().to_owned());
            }
        }
    }
    out
}

/// `superEvent` -> `super event`: the local name of an IRI, in words.
fn local_words(iri: &str) -> String {
    let local = iri.rsplit(['#', '/']).next().unwrap_or(iri);
    let mut out = String::new();
    for c in local.chars() {
        if c.is_uppercase() && !out.is_empty() {
            out.push(' ');
        }
        out.extend(c.to_lowercase());
    }
    if out.is_empty() {
        iri.to_owned()
    } else {
        out
    }
}

/// A label shortened to `max` characters, with an ellipsis.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out = out.trim_end().to_owned();
    out.push('…');
    out
}

fn build(store: &Store, triples: &[Triple], opts: &DotOptions) -> Result<DiGraph<Node, String>> {
    // Labels and classes come from the whole store, so a CONSTRUCT that
    // returns bare links is still drawn with names.
    let mut labels: HashMap<Term, String> = HashMap::new();
    let mut types: HashMap<Term, Vec<String>> = HashMap::new();
    let mut remember = |t: &Triple| {
        let s: Term = t.subject.clone().into();
        if t.predicate.as_ref() == rdfs::LABEL {
            if let Term::Literal(l) = &t.object {
                // Keep the smallest label for determinism.
                let e = labels.entry(s).or_insert_with(|| l.value().to_owned());
                if l.value() < e.as_str() {
                    *e = l.value().to_owned();
                }
            }
        } else if t.predicate.as_ref() == rdf::TYPE {
            if let Term::NamedNode(c) = &t.object {
                types.entry(s).or_default().push(c.as_str().to_owned());
            }
        }
    };
    for t in triples {
        remember(t);
    }
    if opts.query.is_some() {
        for p in [rdfs::LABEL, rdf::TYPE] {
            for q in store.quads_with_predicate(p) {
                remember(&Triple::from(q?));
            }
        }
    }
    let class_of = |t: &Term| -> Class {
        if matches!(t, Term::Literal(_)) {
            return Class::Literal;
        }
        let Some(ts) = types.get(t) else {
            return Class::Other;
        };
        let has = |c: NamedNodeRef<'_>| ts.iter().any(|x| x == c.as_str());
        if has(parley::ASSERTION)
            || has(parley::EVIDENCE)
            || has(parley::ARTICLE)
            || has(nif::CONTEXT)
            || has(nif::SENTENCE)
            || has(nif::PHRASE)
        {
            Class::Provenance
        } else if has(schema::PERSON) {
            Class::Person
        } else if has(schema::COUNTRY) {
            Class::Country
        } else if has(schema::ORGANIZATION) {
            Class::Organization
        } else if has(schema::PLACE) {
            Class::Place
        } else if has(parley::TALKS) || has(parley::MEETING) || has(schema::EVENT) {
            Class::Event
        } else if has(schema::QUOTATION) {
            Class::Statement
        } else if ts.iter().any(|x| x == "http://www.w3.org/ns/org#Post") {
            Class::Post
        } else {
            Class::Other
        }
    };
    let prop_labels = property_labels();

    let mut graph: DiGraph<Node, String> = DiGraph::new();
    let mut index: HashMap<Term, NodeIndex> = HashMap::new();
    let mut node = |graph: &mut DiGraph<Node, String>, term: &Term, class: Class| -> NodeIndex {
        if let Some(i) = index.get(term) {
            return *i;
        }
        let label = match term {
            Term::Literal(l) => l.value().to_owned(),
            _ => labels.get(term).cloned().unwrap_or_else(|| match term {
                Term::NamedNode(n) => {
                    compact_for_display(n.as_str()).unwrap_or_else(|| local_words(n.as_str()))
                }
                other => other.to_string(),
            }),
        };
        let label = match class {
            // Quotations read as quotations.
            Class::Statement => format!("“{}”", shorten(label.trim(), QUOTE_CHARS)),
            Class::Literal => shorten(&label, QUOTE_CHARS),
            // Long headlines would make huge boxes; the tooltip has the IRI.
            _ => shorten(&label, LABEL_CHARS),
        };
        let i = graph.add_node(Node {
            term: term.clone(),
            label,
            class,
        });
        index.insert(term.clone(), i);
        i
    };
    let (weak_triples, weak_nodes) = match opts.min_confidence {
        Some(min) => below(store, min)?,
        None => Default::default(),
    };
    for t in triples {
        if DESCRIPTIVE.contains(&t.predicate.as_ref()) {
            continue;
        }
        if weak_triples.contains(t)
            || weak_nodes.contains(&Term::from(t.subject.clone()))
            || weak_nodes.contains(&t.object)
        {
            continue;
        }
        let s: Term = t.subject.clone().into();
        let (sc, oc) = (class_of(&s), class_of(&t.object));
        if !opts.provenance && (sc == Class::Provenance || oc == Class::Provenance) {
            continue;
        }
        // Metadata literals of hidden provenance nodes are gone with them;
        // keep other literals (topics, dates) as small text nodes.
        let a = node(&mut graph, &s, sc);
        let b = node(&mut graph, &t.object, oc);
        let label = prop_labels
            .get(t.predicate.as_str())
            .cloned()
            .unwrap_or_else(|| local_words(t.predicate.as_str()));
        graph.add_edge(a, b, label);
    }
    match &opts.focus {
        Some(focus) => focus_on(&graph, focus, opts.depth),
        None => Ok(graph),
    }
}

/// What `--min-confidence` leaves out: the direct triples that only facts
/// below `min` support, and the nodes only such facts made (their
/// assertions, quotations and meetings).
fn below(store: &Store, min: f64) -> Result<(HashSet<Triple>, HashSet<Term>)> {
    let q = "PREFIX parley: <https://parley.example/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <http://schema.org/>
SELECT ?f ?s ?p ?o ?n ?c WHERE {
  ?f parley:confidence ?c .
  OPTIONAL { ?f rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }
  OPTIONAL { { ?n prov:wasDerivedFrom ?f } UNION { ?n a schema:Quotation . ?f rdf:subject ?n } }
}";
    let QueryResults::Solutions(rows) = store.query(q)? else {
        return Ok(Default::default());
    };
    let mut best: HashMap<Triple, f64> = HashMap::new();
    let mut nodes: HashMap<Term, f64> = HashMap::new();
    for row in rows {
        let row = row.map_err(|e| Error::Query(format!("query failed: {e}")))?;
        let c = match row.get("c") {
            Some(Term::Literal(l)) => l.value().parse::<f64>().unwrap_or(0.0),
            _ => 0.0,
        };
        if let Some(f) = row.get("f") {
            let e = nodes.entry(f.clone()).or_insert(c);
            *e = e.max(c);
        }
        if let Some(n) = row.get("n") {
            let e = nodes.entry(n.clone()).or_insert(c);
            *e = e.max(c);
        }
        if let (Some(Term::NamedNode(s)), Some(Term::NamedNode(p)), Some(o)) =
            (row.get("s"), row.get("p"), row.get("o"))
        {
            let t = Triple::new(s.clone(), p.clone(), o.clone());
            let e = best.entry(t).or_insert(c);
            *e = e.max(c);
        }
    }
    Ok((
        best.into_iter()
            .filter(|(_, c)| *c < min)
            .map(|(t, _)| t)
            .collect(),
        nodes
            .into_iter()
            .filter(|(_, c)| *c < min)
            .map(|(n, _)| n)
            .collect(),
    ))
}

/// The part of `graph` within `depth` edges (either direction) of the nodes
/// whose label or IRI is `focus`.
fn focus_on(
    graph: &DiGraph<Node, String>,
    focus: &str,
    depth: usize,
) -> Result<DiGraph<Node, String>> {
    let wanted = focus.trim().to_lowercase();
    let starts: Vec<NodeIndex> = graph
        .node_indices()
        .filter(|i| {
            let n = &graph[*i];
            let iri = match &n.term {
                Term::NamedNode(x) => x.as_str().to_lowercase(),
                _ => String::new(),
            };
            n.class != Class::Literal
                && (n.label.to_lowercase() == wanted
                    || iri == wanted
                    || iri.trim_start_matches('<').trim_end_matches('>') == wanted)
        })
        .collect();
    if starts.is_empty() {
        return Err(Error::Output(format!(
            "no node labelled `{focus}` in the graph (give an entity's name as printed, or its IRI)"
        )));
    }
    let mut dist: BTreeMap<NodeIndex, usize> = BTreeMap::new();
    let mut queue: VecDeque<NodeIndex> = VecDeque::new();
    for s in starts {
        dist.insert(s, 0);
        queue.push_back(s);
    }
    while let Some(n) = queue.pop_front() {
        let d = dist[&n];
        if d >= depth {
            continue;
        }
        for dir in [Direction::Outgoing, Direction::Incoming] {
            for e in graph.edges_directed(n, dir) {
                let m = if e.source() == n {
                    e.target()
                } else {
                    e.source()
                };
                if let std::collections::btree_map::Entry::Vacant(slot) = dist.entry(m) {
                    slot.insert(d + 1);
                    queue.push_back(m);
                }
            }
        }
    }
    Ok(graph.filter_map(
        |i, n| dist.contains_key(&i).then(|| n.clone()),
        |_, e| Some(e.clone()),
    ))
}

/// Escapes a string for a double-quoted DOT attribute: backslashes and
/// quotes are escaped, line breaks become `\n` (a centred line break in
/// Graphviz), other control characters become spaces.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Writes `graph` as DOT; nodes are `n0`, `n1`, ... in graph order.
pub fn write_dot(graph: &DiGraph<Node, String>, w: &mut dyn Write) -> std::io::Result<()> {
    writeln!(w, "digraph parley {{")?;
    writeln!(
        w,
        "  graph [rankdir=LR, fontname=\"Helvetica\", overlap=false];"
    )?;
    writeln!(
        w,
        "  node [fontname=\"Helvetica\", fontsize=10, style=filled];"
    )?;
    writeln!(
        w,
        "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];"
    )?;
    for i in graph.node_indices() {
        let n = &graph[i];
        let tooltip = match &n.term {
            Term::NamedNode(x) => x.as_str().to_owned(),
            Term::Literal(l) => l.value().to_owned(),
            other => other.to_string(),
        };
        writeln!(
            w,
            "  n{} [label=\"{}\", tooltip=\"{}\", {}];",
            i.index(),
            escape(&n.label),
            escape(&tooltip),
            n.class.attributes()
        )?;
    }
    // Parallel edges with the same label say the same thing twice.
    let mut seen = HashSet::new();
    for e in graph.edge_references() {
        if !seen.insert((e.source(), e.target(), e.weight().clone())) {
            continue;
        }
        writeln!(
            w,
            "  n{} -> n{} [label=\"{}\"];",
            e.source().index(),
            e.target().index(),
            escape(e.weight())
        )?;
    }
    writeln!(w, "}}")
}

/// Renders DOT text to `out` with Graphviz (`svg` or `png`).
pub fn render(dot_text: &str, format: &str, out: &Path) -> Result<()> {
    if !matches!(format, "svg" | "png") {
        return Err(Error::Output(format!(
            "cannot render `{format}`: use --render svg or --render png"
        )));
    }
    let mut child = Command::new("dot")
        .arg(format!("-T{format}"))
        .arg("-o")
        .arg(out)
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                Error::Output(
                    "Graphviz `dot` is not installed: install it with `apt-get install graphviz` (or your system's package manager), or write DOT with `-o FILE.dot` and render it elsewhere".into(),
                )
            } else {
                Error::Output(format!("cannot run Graphviz `dot`: {e}"))
            }
        })?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(dot_text.as_bytes()).map_err(io_error)?;
    }
    let output = child.wait_with_output().map_err(io_error)?;
    if !output.status.success() {
        return Err(Error::Output(format!(
            "{}: Graphviz `dot` failed: {}",
            out.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::fact::{Arg, EntityKind, Evidence, Fact, Relation};

    #[test]
    fn escaping() {
        for (input, expected) in [
            ("plain", "plain"),
            ("a \"b\"", "a \\\"b\\\""),
            ("back\\slash", "back\\\\slash"),
            ("two\nlines\r\n", "two\\nlines\\n"),
            ("tab\there", "tab here"),
            ("\\N is not a node name", "\\\\N is not a node name"),
        ] {
            assert_eq!(escape(input), expected, "{input:?}");
        }
    }

    #[test]
    fn shortening() {
        assert_eq!(shorten("short", 60), "short");
        let long = "word ".repeat(30);
        let s = shorten(&long, 20);
        assert!(s.chars().count() <= 20 && s.ends_with('…'), "{s}");
        assert_eq!(local_words("http://schema.org/superEvent"), "super event");
    }

    fn store() -> Store {
        let store = Store::in_memory().expect("memory store");
        let doc = Document::new("d", "Oman mediated. Ann said \"hi\".");
        let ev = |span| Evidence {
            sentence_span: 0..0,
            sentence: 0,
            span,
            rule: "test/rule",
            confidence: 1.0,
        };
        let facts = vec![
            Fact {
                doc: "d".into(),
                relation: Relation::Mediator,
                args: vec![Arg::entity("Oman", EntityKind::Country)],
                evidence: ev(0..4),
            },
            Fact {
                doc: "d".into(),
                relation: Relation::Quote,
                args: vec![
                    Arg::entity("Ann \"the\" \\ Smith\nJr", EntityKind::Person),
                    Arg::literal("x".repeat(100)),
                ],
                evidence: ev(15..28),
            },
        ];
        store.ingest(&doc, &facts).expect("ingest");
        store
    }

    #[test]
    fn facts_are_drawn_and_provenance_hidden() {
        let store = store();
        let text = dot(&store, &DotOptions::default()).expect("dot");
        assert!(text.contains("label=\"mediator\""), "{text}");
        assert!(text.contains("label=\"Oman\""), "{text}");
        assert!(text.contains("Ann \\\"the\\\" \\\\ Smith\\nJr"), "{text}");
        assert!(!text.contains("test/rule"), "{text}");
        assert!(text.contains(&format!("“{}…”", "x".repeat(QUOTE_CHARS - 1))));
        let with = dot(
            &store,
            &DotOptions {
                provenance: true,
                ..Default::default()
            },
        )
        .expect("dot");
        assert!(with.len() > text.len());
        // Deterministic.
        assert_eq!(text, dot(&store, &DotOptions::default()).expect("dot"));
    }

    #[test]
    fn focus_keeps_the_neighbourhood() {
        let store = store();
        let near = dot(
            &store,
            &DotOptions {
                focus: Some("oman".into()),
                depth: 1,
                ..Default::default()
            },
        )
        .expect("dot");
        assert!(near.contains("Oman") && near.contains("talks reported in"));
        assert!(!near.contains("Smith"), "{near}");
        assert!(dot(
            &store,
            &DotOptions {
                focus: Some("nobody".into()),
                ..Default::default()
            }
        )
        .is_err());
    }
}
