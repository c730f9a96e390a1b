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
use oxigraph::model::{
    GraphName, NamedNode, NamedNodeRef, NamedOrBlankNode, NamedOrBlankNodeRef, Term, Triple,
};
use oxigraph::sparql::QueryResults;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// What to draw.
#[derive(Debug, Clone)]
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
    /// The most nodes the whole store is drawn with, one cluster per
    /// article; above it the aggregated entity network is drawn instead
    /// (its best-connected nodes, up to this many).
    pub max_nodes: usize,
    /// Leave out what only facts below this confidence state.
    pub min_confidence: Option<f64>,
}

/// The default of [`DotOptions::max_nodes`]: a few hundred nodes still read
/// at page width.
pub const DEFAULT_MAX_NODES: usize = 300;

impl Default for DotOptions {
    fn default() -> Self {
        DotOptions {
            doc: None,
            focus: None,
            depth: 1,
            query: None,
            provenance: false,
            max_nodes: DEFAULT_MAX_NODES,
            min_confidence: None,
        }
    }
}

/// A drawing, and what the user should be told about it (on stderr).
#[derive(Debug, Clone, Default)]
pub struct Drawing {
    pub dot: String,
    pub notes: Vec<String>,
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
    /// Every class, in legend order.
    pub const ALL: [Class; 10] = [
        Class::Person,
        Class::Organization,
        Class::Country,
        Class::Place,
        Class::Event,
        Class::Statement,
        Class::Post,
        Class::Provenance,
        Class::Literal,
        Class::Other,
    ];

    /// What the legend calls nodes of this class.
    pub fn name(self) -> &'static str {
        match self {
            Class::Person => "person",
            Class::Organization => "organisation",
            Class::Country => "country",
            Class::Place => "place",
            Class::Event => "talks or meeting",
            Class::Statement => "quotation",
            Class::Post => "post",
            Class::Provenance => "article, assertion or evidence",
            Class::Literal => "text or date",
            Class::Other => "other",
        }
    }

    fn shape(self) -> &'static str {
        match self {
            Class::Person | Class::Other => "ellipse",
            Class::Organization | Class::Post => "box",
            Class::Country => "hexagon",
            Class::Place => "house",
            Class::Event => "doubleoctagon",
            Class::Statement => "note",
            Class::Provenance => "component",
            Class::Literal => "plaintext",
        }
    }

    fn fill(self) -> &'static str {
        match self {
            Class::Person => "#d6e6f5",
            Class::Organization => "#e3d9f2",
            Class::Country => "#d9f0d3",
            Class::Place => "#fbe5c8",
            Class::Event => "#f9d6d5",
            Class::Statement => "#fff7c2",
            Class::Post => "#eeeeee",
            Class::Provenance => "#f2f2f2",
            Class::Literal | Class::Other => "#ffffff",
        }
    }

    /// The DOT attributes of a node of this class.
    pub fn attributes(self) -> String {
        match self {
            Class::Literal => r#"shape=plaintext, style="""#.to_owned(),
            Class::Post => format!(
                r#"shape=box, style="rounded,filled", fillcolor="{}""#,
                self.fill()
            ),
            _ => format!(r#"shape={}, fillcolor="{}""#, self.shape(), self.fill()),
        }
    }
}

/// Escapes text for a Graphviz HTML-like label.
fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Writes a legend node (`legend`, an HTML-like table that every Graphviz
/// layout places like any node): one row per node class drawn, in its
/// colour with its shape named, then one row per edge kind, a line in its
/// colour (or `None` for the default grey) and its name, then `note`.
pub fn write_legend(
    w: &mut dyn Write,
    classes: &[Class],
    edges: &[(String, &str)],
    note: &str,
) -> std::io::Result<()> {
    let mut rows = String::new();
    rows.push_str(r#"<tr><td colspan="2"><b>Legend</b></td></tr>"#);
    for c in classes {
        let fill = if *c == Class::Literal {
            "#ffffff"
        } else {
            c.fill()
        };
        rows.push_str(&format!(
            r#"<tr><td bgcolor="{fill}">{}</td><td>{}</td></tr>"#,
            escape_html(c.name()),
            c.shape()
        ));
    }
    for (name, color) in edges {
        rows.push_str(&format!(
            r#"<tr><td><font color="{color}">&#9472;&#9472;&#9472;&#9654;</font></td><td>{}</td></tr>"#,
            escape_html(name)
        ));
    }
    if !note.is_empty() {
        rows.push_str(&format!(
            r#"<tr><td colspan="2"><font point-size="8">{}</font></td></tr>"#,
            escape_html(note)
        ));
    }
    writeln!(
        w,
        r#"  legend [shape=plaintext, style="", margin=0, label=<<table border="0" cellborder="1" cellspacing="0" cellpadding="3">{rows}</table>>];"#
    )
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
    Ok(draw(store, opts)?.dot)
}

/// Draws what `opts` asks for. The whole store is drawn with one cluster
/// per article (a node only one article states is inside its cluster, a
/// node several articles share is outside, between them) while it has at
/// most `max_nodes` nodes; above that, the aggregated entity network of
/// [`crate::network`] is drawn instead, and a note says so.
pub fn draw(store: &Store, opts: &DotOptions) -> Result<Drawing> {
    let whole = opts.doc.is_none() && opts.focus.is_none() && opts.query.is_none();
    let source = source_triples(store, opts, whole)?;
    let graph = build(store, &source.triples, opts)?;
    let mut notes = Vec::new();
    let mut out = Vec::new();
    let articles = source.articles.len();
    let plural = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    if whole && graph.node_count() > opts.max_nodes {
        let net = crate::network::from_store(store, crate::network::Options::default())?;
        let total = net.graph.node_count();
        let shown = if total > opts.max_nodes {
            net.top(opts.max_nodes)
        } else {
            net
        };
        let kept = if shown.graph.node_count() < total {
            format!(
                "the {} best-connected of {total} entities",
                shown.graph.node_count()
            )
        } else {
            plural(total, "entity").replace("entitys", "entities")
        };
        notes.push(format!(
            "the graph of {} has {} nodes, more than --max-nodes {}: drawing the aggregated entity network instead ({kept}, {}); \
             `parley network` writes it for other tools, `--doc ID` or `--focus ENTITY` draws the detail",
            plural(articles, "article"),
            graph.node_count(),
            opts.max_nodes,
            plural(shown.graph.edge_count(), "edge"),
        ));
        let title = format!(
            "Entity network of {} ({kept}; edge weight = articles)",
            plural(articles, "article")
        );
        super::network::write_dot(&shown, &title, &mut out)?;
    } else {
        let clusters = if whole {
            clusters(&graph, &source)
        } else {
            Vec::new()
        };
        let title = match (&opts.doc, &opts.focus, &opts.query) {
            (_, _, Some(_)) => "The graph of a query".to_owned(),
            (Some(id), None, None) => format!(
                "Article {}",
                source
                    .articles
                    .values()
                    .next()
                    .cloned()
                    .unwrap_or_else(|| id.clone())
            ),
            (doc, Some(focus), None) => format!(
                "Within {} of {focus}{}",
                plural(opts.depth, "edge"),
                doc.as_ref()
                    .map(|d| format!(" in article {d}"))
                    .unwrap_or_default()
            ),
            (None, None, None) => format!(
                "{}, one cluster each (shared nodes between them)",
                plural(articles, "article")
            ),
        };
        if !whole && graph.node_count() > opts.max_nodes {
            notes.push(format!(
                "the drawing has {} nodes, more than --max-nodes {}: it may be hard to read (narrow it with --depth, --doc or a smaller query)",
                graph.node_count(),
                opts.max_nodes
            ));
        }
        write_dot(&graph, &title, &clusters, &mut out).map_err(io_error)?;
    }
    // The writers only emit `String`s, so the bytes are UTF-8.
    let dot = String::from_utf8(out).map_err(|e| Error::Output(e.to_string()))?;
    Ok(Drawing { dot, notes })
}

/// What a drawing is made from.
struct Source {
    triples: Vec<Triple>,
    /// The article graphs drawn, with each article's label.
    articles: BTreeMap<NamedNode, String>,
    /// For the whole store: the article graphs each term is stated in.
    stated_in: HashMap<Term, BTreeSet<NamedNode>>,
}

fn source_triples(store: &Store, opts: &DotOptions, whole: bool) -> Result<Source> {
    let mut source = Source {
        triples: Vec::new(),
        articles: BTreeMap::new(),
        stated_in: HashMap::new(),
    };
    if let Some(q) = &opts.query {
        source.triples = match store.query(q)? {
            QueryResults::Graph(triples) => triples
                .collect::<std::result::Result<Vec<_>, _>>()
                .map_err(|e| Error::Query(format!("query failed: {e}")))?,
            _ => {
                return Err(Error::Query(
                    "--query needs a CONSTRUCT or DESCRIBE query (it draws the graph the query returns)"
                        .into(),
                ))
            }
        };
        return Ok(source);
    }
    let graph = match &opts.doc {
        Some(id) if !store.has_article(id)? => {
            return Err(Error::Output(format!("no article `{id}` in the store")))
        }
        Some(id) => Some(store.base().article(id)),
        None => None,
    };
    let entities = store.base().entities_graph();
    let mut out = Vec::new();
    for quad in store.quads(graph.as_ref()) {
        let quad = quad?;
        if let GraphName::NamedNode(g) = &quad.graph_name {
            if *g != entities {
                if quad.subject.as_ref() == NamedOrBlankNodeRef::NamedNode(g.as_ref())
                    && quad.predicate.as_ref() == rdfs::LABEL
                {
                    if let Term::Literal(l) = &quad.object {
                        source.articles.insert(g.clone(), l.value().to_owned());
                    }
                }
                if whole {
                    for t in [Term::from(quad.subject.clone()), quad.object.clone()] {
                        source.stated_in.entry(t).or_default().insert(g.clone());
                    }
                }
            }
        }
        out.push(Triple::from(quad));
    }
    if graph.is_some() {
        // The descriptions (names, classes, posts' organisations) of the
        // entities the article mentions live in the entities graph.
        let mentioned: HashSet<Term> = out
            .iter()
            .flat_map(|t| [t.subject.clone().into(), t.object.clone()])
            .collect();
        for quad in store.quads(Some(&entities)) {
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
    source.triples = out;
    Ok(source)
}

/// One cluster per article, labelled with the article's headline: the nodes
/// that article alone states. Articles without such nodes get no cluster.
fn clusters(graph: &DiGraph<Node, String>, source: &Source) -> Vec<(String, Vec<NodeIndex>)> {
    let mut by_article: BTreeMap<&NamedNode, Vec<NodeIndex>> = BTreeMap::new();
    for i in graph.node_indices() {
        if let Some(set) = source.stated_in.get(&graph[i].term) {
            if set.len() == 1 {
                if let Some(g) = set.iter().next() {
                    by_article.entry(g).or_default().push(i);
                }
            }
        }
    }
    by_article
        .into_iter()
        .map(|(g, nodes)| {
            let label = source
                .articles
                .get(g)
                .cloned()
                .unwrap_or_else(|| g.as_str().to_owned());
            (shorten(&label, QUOTE_CHARS), nodes)
        })
        .collect()
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
    let q = format!(
        "PREFIX parley: <{}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <http://schema.org/>
SELECT ?f ?s ?p ?o ?n ?c WHERE {{
  ?f parley:confidence ?c .
  OPTIONAL {{ ?f rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }}
  OPTIONAL {{ {{ ?n prov:wasDerivedFrom ?f }} UNION {{ ?n a schema:Quotation . ?f rdf:subject ?n }} }}
}}",
        crate::rdf::vocab::PARLEY_NS
    );
    let QueryResults::Solutions(rows) = store.query(&q)? else {
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

/// Writes `graph` as DOT under `title`, with a legend; nodes are `n0`,
/// `n1`, ... in graph order, each defined once: inside its cluster when
/// `clusters` puts it in one, else at the top level.
pub fn write_dot(
    graph: &DiGraph<Node, String>,
    title: &str,
    clusters: &[(String, Vec<NodeIndex>)],
    w: &mut dyn Write,
) -> std::io::Result<()> {
    writeln!(w, "digraph parley {{")?;
    writeln!(
        w,
        "  graph [rankdir=LR, fontname=\"Helvetica\", overlap=false, labelloc=t, fontsize=16, label=\"{}\"];",
        escape(title)
    )?;
    writeln!(
        w,
        "  node [fontname=\"Helvetica\", fontsize=10, style=filled];"
    )?;
    writeln!(
        w,
        "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];"
    )?;
    let node_line = |i: NodeIndex| -> String {
        let n = &graph[i];
        let tooltip = match &n.term {
            Term::NamedNode(x) => x.as_str().to_owned(),
            Term::Literal(l) => l.value().to_owned(),
            other => other.to_string(),
        };
        format!(
            "n{} [label=\"{}\", tooltip=\"{}\", {}];",
            i.index(),
            escape(&n.label),
            escape(&tooltip),
            n.class.attributes()
        )
    };
    let mut clustered = HashSet::new();
    for (k, (label, nodes)) in clusters.iter().enumerate() {
        writeln!(w, "  subgraph cluster_{k} {{")?;
        writeln!(
            w,
            "    graph [label=\"{}\", fontsize=11, style=\"rounded,filled\", fillcolor=\"#fafafa\", color=\"#bbbbbb\"];",
            escape(label)
        )?;
        for &i in nodes {
            if clustered.insert(i) {
                writeln!(w, "    {}", node_line(i))?;
            }
        }
        writeln!(w, "  }}")?;
    }
    for i in graph.node_indices() {
        if !clustered.contains(&i) {
            writeln!(w, "  {}", node_line(i))?;
        }
    }
    // Parallel edges with the same label say the same thing twice.
    let mut seen = HashSet::new();
    let mut labels = BTreeSet::new();
    for e in graph.edge_references() {
        if !seen.insert((e.source(), e.target(), e.weight().clone())) {
            continue;
        }
        labels.insert(e.weight().clone());
        writeln!(
            w,
            "  n{} -> n{} [label=\"{}\"];",
            e.source().index(),
            e.target().index(),
            escape(e.weight())
        )?;
    }
    let classes: Vec<Class> = Class::ALL
        .into_iter()
        .filter(|c| graph.node_weights().any(|n| n.class == *c))
        .collect();
    let edges: Vec<(String, &str)> = labels.into_iter().map(|l| (l, "#555555")).collect();
    write_legend(w, &classes, &edges, "edges are labelled with the property")?;
    writeln!(w, "}}")
}

/// Renders DOT text to `out` with Graphviz (`svg` or `png`), and returns
/// what Graphviz said on stderr (warnings such as a layout too big to draw,
/// one line each) for the caller to pass on; a failure is an error that
/// quotes it.
pub fn render(dot_text: &str, format: &str, out: &Path) -> Result<Vec<String>> {
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
    // Written from another thread, so Graphviz can fill its stderr pipe
    // while it still reads its input.
    let writer = child.stdin.take().map(|mut stdin| {
        let text = dot_text.to_owned();
        std::thread::spawn(move || stdin.write_all(text.as_bytes()))
    });
    let output = child.wait_with_output().map_err(io_error)?;
    let said: Vec<String> = String::from_utf8_lossy(&output.stderr)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    if !output.status.success() {
        return Err(Error::Output(format!(
            "{}: Graphviz `dot` failed: {}",
            out.display(),
            said.join("; ")
        )));
    }
    if let Some(writer) = writer {
        match writer.join() {
            Ok(written) => written.map_err(io_error)?,
            Err(_) => return Err(Error::Output("the thread feeding Graphviz failed".into())),
        }
    }
    Ok(said)
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
