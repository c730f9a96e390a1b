//! Entity-to-entity networks: who met whom, who mediated or hosted for whom,
//! weighted by the number of articles that say so.
//!
//! Networks are views: they are computed from facts (freshly extracted, or
//! read back from the store) and never stored. Each relation becomes edges
//! between entities by one rule, applied to one article at a time:
//!
//! | relation | edges | direction |
//! |---|---|---|
//! | `met` | the two people (or other entities) of a meeting | both ways |
//! | `participant` | every pair of the article's parties | both ways |
//! | `mediator` | each mediator to each party | mediator → party |
//! | `host` | each host to each party | host → party |
//! | `leader` | the delegation leader to the party they lead | person → party |
//! | `representative` | the representative to the party they represent | person → party |
//! | `role` | a post holder to the organisation or country of the post | person → organisation |
//! | `quote` | the speaker to each entity of the article named in the quotation | speaker → entity |
//!
//! The *parties* of an article are the entities of its `participant` facts
//! that are not also its mediators or hosts. `location`, `date` and `topic`
//! link talks to places, days and words, not entities to entities, so they
//! give no edges. An edge's weight is the number of distinct articles that
//! give it, and the edge lists them. A node is an entity that has at least
//! one edge; it keeps the first name, kind and Wikidata id seen for its IRI.

use crate::error::{Error, Result};
use crate::fact::{Arg, EntityKind, Fact, Relation};
use crate::rdf::vocab::{owl, parley, rdf, rdfs, schema, WIKIDATA_ENTITY};
use crate::store::Store;
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The relations that give edges, in the order they are listed to users.
pub const RELATIONS: [Relation; 8] = [
    Relation::Met,
    Relation::Mediator,
    Relation::Host,
    Relation::Participant,
    Relation::Leader,
    Relation::Representative,
    Relation::Role,
    Relation::Quote,
];

/// Whether a relation's edges hold both ways (`met`, co-`participant`).
pub fn symmetric(relation: Relation) -> bool {
    matches!(relation, Relation::Met | Relation::Participant)
}

/// An entity as the network sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// The entity's IRI in the store, which is also its identity here.
    pub iri: String,
    pub name: String,
    pub kind: EntityKind,
    /// A Wikidata id such as `Q55`.
    pub wikidata: Option<String>,
}

/// One argument of a fact: an entity or a literal.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Entity(Entity),
    Literal(String),
}

impl Item {
    fn entity(&self) -> Option<&Entity> {
        match self {
            Item::Entity(e) => Some(e),
            Item::Literal(_) => None,
        }
    }
}

/// A fact reduced to what the network needs.
#[derive(Debug, Clone, PartialEq)]
pub struct NetFact {
    pub relation: Relation,
    pub args: Vec<Item>,
    pub confidence: f32,
}

impl NetFact {
    /// The network's view of an extracted fact. Only arguments extracted as
    /// entities are entities: the store keeps a literal argument as a
    /// literal too, so both sources give the same network.
    pub fn from_fact(fact: &Fact) -> NetFact {
        NetFact::from_fact_in(fact, &crate::rdf::Base::default())
    }

    /// [`NetFact::from_fact`] with entity IRIs under `base` (`--base`), as
    /// the store mints them.
    pub fn from_fact_in(fact: &Fact, base: &crate::rdf::Base) -> NetFact {
        let args = fact
            .args
            .iter()
            .map(|a| match a {
                Arg::Entity {
                    name,
                    kind,
                    wikidata,
                } => {
                    // Named and linked as the store describes it.
                    let (label, wikidata) = crate::lexicon::Leaders::builtin().describe(
                        name,
                        *kind,
                        wikidata.as_deref(),
                    );
                    Item::Entity(Entity {
                        iri: base.entity(name, *kind).as_str().to_owned(),
                        name: label.to_owned(),
                        kind: *kind,
                        wikidata: wikidata.map(str::to_owned),
                    })
                }
                Arg::Literal { value } => Item::Literal(value.clone()),
            })
            .collect();
        NetFact {
            relation: fact.relation,
            args,
            confidence: fact.evidence.confidence,
        }
    }
}

/// Which edges to keep.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The relations to draw edges for; empty means all of [`RELATIONS`].
    pub relations: Vec<Relation>,
    /// Facts less confident than this are ignored (for edges and for
    /// deciding who the parties are).
    pub min_confidence: f32,
}

/// A node of the network.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub entity: Entity,
    /// The number of distinct articles that give this node an edge.
    pub articles: usize,
}

/// An edge: a relation between two entities, with the articles that state it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    pub relation: Relation,
    /// The article ids, sorted; the weight is their number.
    pub articles: Vec<String>,
}

impl Edge {
    pub fn weight(&self) -> usize {
        self.articles.len()
    }

    /// Whether the edge holds both ways (see [`symmetric`]).
    pub fn symmetric(&self) -> bool {
        symmetric(self.relation)
    }
}

/// The aggregated network. Nodes are sorted by IRI and edges by relation,
/// source and target, so the same facts give the same graph in any order.
/// A symmetric edge is stored once, from the smaller IRI to the larger.
#[derive(Debug, Clone, Default)]
pub struct Network {
    pub graph: DiGraph<Node, Edge>,
}

impl Network {
    /// Whether every edge is symmetric, so the network is best written as an
    /// undirected graph.
    pub fn undirected(&self) -> bool {
        self.graph.edge_weights().all(Edge::symmetric)
    }

    /// The relations that have at least one edge, in [`RELATIONS`] order.
    pub fn relations(&self) -> Vec<Relation> {
        RELATIONS
            .into_iter()
            .filter(|r| self.graph.edge_weights().any(|e| e.relation == *r))
            .collect()
    }

    /// The part of the network made of its `max` best-connected nodes (most
    /// articles, then IRI order) and the edges between them.
    pub fn top(&self, max: usize) -> Network {
        let mut order: Vec<NodeIndex> = self.graph.node_indices().collect();
        order.sort_by(|a, b| {
            let (x, y) = (&self.graph[*a], &self.graph[*b]);
            y.articles
                .cmp(&x.articles)
                .then_with(|| x.entity.iri.cmp(&y.entity.iri))
        });
        let keep: std::collections::HashSet<NodeIndex> = order.into_iter().take(max).collect();
        Network {
            graph: self.graph.filter_map(
                |i, n| keep.contains(&i).then(|| n.clone()),
                |_, e| Some(e.clone()),
            ),
        }
    }
}

/// Collects articles' facts into a network, one article at a time. Memory
/// holds the entities and edges, not the facts.
#[derive(Debug, Default)]
pub struct Builder {
    opts: Options,
    entities: HashMap<String, Entity>,
    /// (relation, source IRI, target IRI) -> articles.
    edges: BTreeMap<(Relation, String, String), BTreeSet<String>>,
    /// Node IRI -> articles that give it an edge.
    node_articles: HashMap<String, BTreeSet<String>>,
}

impl Builder {
    pub fn new(opts: Options) -> Builder {
        Builder {
            opts,
            ..Default::default()
        }
    }

    fn wanted(&self, relation: Relation) -> bool {
        if self.opts.relations.is_empty() {
            RELATIONS.contains(&relation)
        } else {
            self.opts.relations.contains(&relation)
        }
    }

    /// Adds the edges one article's facts give. Call it once per article:
    /// the parties of mediation and hosting are the article's own.
    pub fn add_article(&mut self, article: &str, facts: &[NetFact]) {
        // An entity keeps the first name seen in any fact, as the store's
        // description does (the first article, the first fact naming it).
        for e in facts
            .iter()
            .flat_map(|f| f.args.iter().filter_map(Item::entity))
        {
            if !self.entities.contains_key(&e.iri) {
                self.entities.insert(e.iri.clone(), e.clone());
            }
        }
        let facts: Vec<&NetFact> = facts
            .iter()
            .filter(|f| f.confidence >= self.opts.min_confidence)
            .collect();
        let firsts = |r: Relation| -> BTreeMap<&str, &Entity> {
            facts
                .iter()
                .filter(|f| f.relation == r)
                .filter_map(|f| f.args.first().and_then(Item::entity))
                .map(|e| (e.iri.as_str(), e))
                .collect()
        };
        let mediators = firsts(Relation::Mediator);
        let hosts = firsts(Relation::Host);
        let mut parties = firsts(Relation::Participant);
        parties.retain(|iri, _| !mediators.contains_key(iri) && !hosts.contains_key(iri));

        let mut found: Vec<(Relation, &Entity, &Entity)> = Vec::new();
        if self.wanted(Relation::Participant) {
            let list: Vec<&Entity> = parties.values().copied().collect();
            for (i, a) in list.iter().enumerate() {
                for b in &list[i + 1..] {
                    found.push((Relation::Participant, a, b));
                }
            }
        }
        for (r, agents) in [(Relation::Mediator, &mediators), (Relation::Host, &hosts)] {
            if self.wanted(r) {
                for a in agents.values() {
                    for p in parties.values() {
                        found.push((r, a, p));
                    }
                }
            }
        }
        // The entities of the article's facts of network relations (the
        // ones the store is asked for), for names inside quotations.
        let named: BTreeMap<&str, &Entity> = facts
            .iter()
            .filter(|f| RELATIONS.contains(&f.relation))
            .flat_map(|f| f.args.iter().filter_map(Item::entity))
            .map(|e| (e.iri.as_str(), e))
            .collect();
        for f in &facts {
            if !self.wanted(f.relation) {
                continue;
            }
            let arg = |i: usize| f.args.get(i).and_then(Item::entity);
            match f.relation {
                Relation::Met => {
                    if let (Some(a), Some(b)) = (arg(0), arg(1)) {
                        found.push((Relation::Met, a, b));
                    }
                }
                Relation::Leader | Relation::Representative => {
                    if let (Some(a), Some(b)) = (arg(0), arg(1)) {
                        found.push((f.relation, a, b));
                    }
                }
                Relation::Role => {
                    if let (Some(a), Some(b)) = (arg(0), arg(2)) {
                        found.push((Relation::Role, a, b));
                    }
                }
                Relation::Quote => {
                    let (Some(speaker), Some(Item::Literal(words))) = (arg(0), f.args.get(1))
                    else {
                        continue;
                    };
                    for e in named.values() {
                        if names_in(words, &e.name) {
                            found.push((Relation::Quote, speaker, e));
                        }
                    }
                }
                _ => {}
            }
        }
        for (relation, a, b) in found {
            if a.iri == b.iri {
                continue;
            }
            let (a, b) = if symmetric(relation) && b.iri < a.iri {
                (b, a)
            } else {
                (a, b)
            };
            for e in [a, b] {
                self.node_articles
                    .entry(e.iri.clone())
                    .or_default()
                    .insert(article.to_owned());
            }
            self.edges
                .entry((relation, a.iri.clone(), b.iri.clone()))
                .or_default()
                .insert(article.to_owned());
        }
    }

    /// The network of every article added.
    pub fn finish(self) -> Network {
        let mut graph = DiGraph::new();
        let mut index: HashMap<&str, NodeIndex> = HashMap::new();
        let mut iris: Vec<&String> = self.node_articles.keys().collect();
        iris.sort();
        for iri in iris {
            let i = graph.add_node(Node {
                entity: self.entities[iri].clone(),
                articles: self.node_articles[iri].len(),
            });
            index.insert(iri, i);
        }
        for ((relation, a, b), articles) in &self.edges {
            graph.add_edge(
                index[a.as_str()],
                index[b.as_str()],
                Edge {
                    relation: *relation,
                    articles: articles.iter().cloned().collect(),
                },
            );
        }
        Network { graph }
    }
}

/// Whether `name` stands in `text` as whole words (not inside a longer
/// word): "Oman" in "thank Oman for" but not in "Romania".
fn names_in(text: &str, name: &str) -> bool {
    let name = name.trim();
    if name.is_empty() {
        return false;
    }
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut from = 0;
    while let Some(at) = text[from..].find(name) {
        let start = from + at;
        let end = start + name.len();
        if !word(text[..start].chars().next_back()) && !word(text[end..].chars().next()) {
            return true;
        }
        from = start + name.chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// The network of the facts of the articles in `store`.
///
/// One query reads every fact of the network's relations with its article
/// and confidence, a second the names, kinds and Wikidata links of the
/// entities (each described once, so the union graph answers it).
pub fn from_store(store: &Store, opts: Options) -> Result<Network> {
    let relations: Vec<String> = RELATIONS
        .iter()
        .map(|r| format!("\"{}\"", r.as_str()))
        .collect();
    let facts_query = format!(
        "SELECT ?id ?f ?rel ?conf ?a1 ?a2 ?a3 WHERE {{
           GRAPH ?g {{
             ?f <{rel}> ?rel .
             ?g <{aid}> ?id .
             OPTIONAL {{ ?f <{conf}> ?conf }}
             OPTIONAL {{ ?f <{a1}> ?a1 }}
             OPTIONAL {{ ?f <{a2}> ?a2 }}
             OPTIONAL {{ ?f <{a3}> ?a3 }}
           }}
           FILTER(?rel IN ({list}))
         }}",
        rel = parley::RELATION.as_str(),
        aid = parley::ARTICLE_ID.as_str(),
        conf = parley::CONFIDENCE.as_str(),
        a1 = parley::ARG1.as_str(),
        a2 = parley::ARG2.as_str(),
        a3 = parley::ARG3.as_str(),
        list = relations.join(", "),
    );
    let entities = entity_descriptions(store)?;
    // Article id -> fact node -> the fact. Rows are not grouped by article,
    // so they are gathered first; only the network's relations are read.
    let mut by_article: BTreeMap<String, BTreeMap<String, NetFact>> = BTreeMap::new();
    let QueryResults::Solutions(rows) = store.query(&facts_query)? else {
        return Err(Error::Query("the network query is not a SELECT".into()));
    };
    for row in rows {
        let row = row.map_err(|e| Error::Query(format!("network query failed: {e}")))?;
        let text = |name: &str| match row.get(name) {
            Some(Term::Literal(l)) => Some(l.value().to_owned()),
            _ => None,
        };
        let (Some(id), Some(rel), Some(f)) = (text("id"), text("rel"), row.get("f")) else {
            continue;
        };
        let Some(relation) = Relation::parse(&rel) else {
            continue;
        };
        let confidence = text("conf")
            .and_then(|c| c.parse::<f32>().ok())
            .unwrap_or(0.0);
        let item = |name: &str| -> Item {
            match row.get(name) {
                Some(Term::NamedNode(n)) => match entities.get(n.as_str()) {
                    Some(e) => Item::Entity(e.clone()),
                    None => Item::Literal(n.as_str().to_owned()),
                },
                Some(Term::Literal(l)) => Item::Literal(l.value().to_owned()),
                _ => Item::Literal(String::new()),
            }
        };
        let mut args = vec![item("a1"), item("a2"), item("a3")];
        while matches!(args.last(), Some(Item::Literal(s)) if s.is_empty()) {
            args.pop();
        }
        by_article.entry(id).or_default().insert(
            f.to_string(),
            NetFact {
                relation,
                args,
                confidence,
            },
        );
    }
    let mut builder = Builder::new(opts);
    for (id, facts) in by_article {
        let facts: Vec<NetFact> = facts.into_values().collect();
        builder.add_article(&id, &facts);
    }
    Ok(builder.finish())
}

/// Every described entity: IRI -> name, kind and Wikidata id.
fn entity_descriptions(store: &Store) -> Result<HashMap<String, Entity>> {
    let query = format!(
        "SELECT ?e ?type ?label ?same WHERE {{
           ?e <{ty}> ?type ; <{label}> ?label .
           FILTER(?type IN (<{p}>, <{c}>, <{o}>, <{pl}>))
           OPTIONAL {{ ?e <{same}> ?same }}
         }}",
        ty = rdf::TYPE.as_str(),
        label = rdfs::LABEL.as_str(),
        p = schema::PERSON.as_str(),
        c = schema::COUNTRY.as_str(),
        o = schema::ORGANIZATION.as_str(),
        pl = schema::PLACE.as_str(),
        same = owl::SAME_AS.as_str(),
    );
    let QueryResults::Solutions(rows) = store.query(&query)? else {
        return Err(Error::Query("the entity query is not a SELECT".into()));
    };
    let mut out: HashMap<String, Entity> = HashMap::new();
    for row in rows {
        let row = row.map_err(|e| Error::Query(format!("entity query failed: {e}")))?;
        let (Some(Term::NamedNode(e)), Some(Term::NamedNode(ty)), Some(Term::Literal(label))) =
            (row.get("e"), row.get("type"), row.get("label"))
        else {
            continue;
        };
        let kind = match ty.as_str() {
            t if t == schema::PERSON.as_str() => EntityKind::Person,
            t if t == schema::COUNTRY.as_str() => EntityKind::Country,
            t if t == schema::ORGANIZATION.as_str() => EntityKind::Organization,
            _ => EntityKind::Place,
        };
        let wikidata = match row.get("same") {
            Some(Term::NamedNode(n)) => n.as_str().strip_prefix(WIKIDATA_ENTITY).map(str::to_owned),
            _ => None,
        };
        let entity = Entity {
            iri: e.as_str().to_owned(),
            name: label.value().to_owned(),
            kind,
            wikidata,
        };
        // Several labels or links would be odd; keep the smallest of each
        // so the answer does not depend on storage order.
        match out.get_mut(e.as_str()) {
            None => {
                out.insert(entity.iri.clone(), entity);
            }
            Some(old) => {
                if entity.name < old.name {
                    old.name = entity.name;
                }
                if entity.wikidata.is_some()
                    && (old.wikidata.is_none() || entity.wikidata < old.wikidata)
                {
                    old.wikidata = entity.wikidata;
                }
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fact::Evidence;

    fn fact(relation: Relation, args: Vec<Arg>, confidence: f32) -> Fact {
        Fact {
            doc: "d".into(),
            relation,
            args,
            evidence: Evidence {
                sentence: 0,
                sentence_span: 0..0,
                span: 0..1,
                rule: "test/rule",
                confidence,
            },
        }
    }

    fn person(n: &str) -> Arg {
        Arg::entity(n, EntityKind::Person)
    }

    fn country(n: &str) -> Arg {
        Arg::entity(n, EntityKind::Country)
    }

    /// The edges of `articles` as `relation source target weight` lines.
    fn edges(opts: Options, articles: &[(&str, Vec<Fact>)]) -> Vec<String> {
        let mut b = Builder::new(opts);
        for (id, facts) in articles {
            let facts: Vec<NetFact> = facts.iter().map(NetFact::from_fact).collect();
            b.add_article(id, &facts);
        }
        let net = b.finish();
        net.graph
            .edge_indices()
            .map(|e| {
                let (s, t) = net.graph.edge_endpoints(e).expect("an edge of the graph");
                let w = &net.graph[e];
                format!(
                    "{} {} {} {}",
                    w.relation,
                    net.graph[s].entity.name,
                    net.graph[t].entity.name,
                    w.weight()
                )
            })
            .collect()
    }

    fn talks() -> Vec<Fact> {
        vec![
            fact(Relation::Mediator, vec![country("Oman")], 0.8),
            fact(Relation::Host, vec![country("Qatar")], 0.8),
            fact(Relation::Participant, vec![country("Iran")], 0.8),
            fact(Relation::Participant, vec![country("United States")], 0.8),
            // A mediator listed among participants is not a party.
            fact(Relation::Participant, vec![country("Oman")], 0.8),
            fact(
                Relation::Met,
                vec![person("Abbas Araghchi"), person("Steve Witkoff")],
                0.9,
            ),
            fact(
                Relation::Leader,
                vec![person("Abbas Araghchi"), country("Iran")],
                0.7,
            ),
            fact(
                Relation::Role,
                vec![
                    person("Abbas Araghchi"),
                    Arg::literal("Foreign Minister"),
                    country("Iran"),
                ],
                0.7,
            ),
            fact(
                Relation::Quote,
                vec![
                    person("Steve Witkoff"),
                    Arg::literal("We thank Oman and Romania for this"),
                ],
                0.6,
            ),
        ]
    }

    #[test]
    fn each_relation_gives_its_edges() {
        let got = edges(Options::default(), &[("a", talks())]);
        // In relation order, then by IRI; Oman, a mediator that is also
        // listed as a participant, is not a party.
        assert_eq!(
            got,
            [
                "mediator Oman Iran 1",
                "mediator Oman United States 1",
                "host Qatar Iran 1",
                "host Qatar United States 1",
                "participant Iran United States 1",
                "leader Abbas Araghchi Iran 1",
                "met Abbas Araghchi Steve Witkoff 1",
                "quote Steve Witkoff Oman 1",
                "role Abbas Araghchi Iran 1",
            ]
        );
    }

    #[test]
    fn weight_counts_articles_and_symmetric_edges_are_one() {
        let met = |a: &str, b: &str| fact(Relation::Met, vec![person(a), person(b)], 0.9);
        let got = edges(
            Options {
                relations: vec![Relation::Met],
                ..Default::default()
            },
            &[
                // Twice in one article counts once; B-A is A-B.
                (
                    "1",
                    vec![met("Ann Lee", "Bo Chan"), met("Bo Chan", "Ann Lee")],
                ),
                ("2", vec![met("Bo Chan", "Ann Lee")]),
                (
                    "3",
                    vec![met("Ann Lee", "Cy Dahl"), met("Ann Lee", "Ann Lee")],
                ),
            ],
        );
        assert_eq!(got, ["met Ann Lee Bo Chan 2", "met Ann Lee Cy Dahl 1"]);
    }

    #[test]
    fn relations_and_confidence_filter() {
        let only = |relations: Vec<Relation>, min_confidence: f32| {
            edges(
                Options {
                    relations,
                    min_confidence,
                },
                &[("a", talks())],
            )
        };
        assert_eq!(
            only(vec![Relation::Mediator], 0.0),
            ["mediator Oman Iran 1", "mediator Oman United States 1"]
        );
        // At 0.85 only the meeting (0.9) is left; the parties (0.8) are gone
        // with their facts, so mediation gives nothing either.
        assert_eq!(only(vec![], 0.85), ["met Abbas Araghchi Steve Witkoff 1"]);
        assert!(only(vec![Relation::Mediator], 0.85).is_empty());
    }

    #[test]
    fn names_in_quotations_are_whole_words() {
        for (text, name, want) in [
            ("We thank Oman for this", "Oman", true),
            ("Romania and others", "Oman", false),
            ("Oman.", "Oman", true),
            ("the United States said", "United States", true),
            ("Omani officials", "Oman", false),
            ("", "Oman", false),
            ("anything", "", false),
        ] {
            assert_eq!(names_in(text, name), want, "{name} in {text:?}");
        }
    }

    #[test]
    fn the_store_gives_the_same_network_as_the_facts() {
        let store = Store::in_memory().expect("memory store");
        let doc = crate::Document::new("a", "text");
        store.ingest(&doc, &talks()).expect("ingest");
        let from_store = from_store(&store, Options::default()).expect("network");
        let mut b = Builder::new(Options::default());
        let facts: Vec<NetFact> = talks().iter().map(NetFact::from_fact).collect();
        b.add_article("a", &facts);
        let direct = b.finish();
        let dump = |n: &Network| {
            let nodes: Vec<_> = n.graph.node_weights().cloned().collect();
            let edges: Vec<_> = n
                .graph
                .edge_indices()
                .map(|e| (n.graph.edge_endpoints(e), n.graph[e].clone()))
                .collect();
            format!("{nodes:?}\n{edges:?}")
        };
        assert_eq!(dump(&from_store), dump(&direct));
        assert_eq!(from_store.graph.edge_count(), 9);
    }

    #[test]
    fn top_keeps_the_best_connected() {
        let met = |a: &str, b: &str| fact(Relation::Met, vec![person(a), person(b)], 0.9);
        let mut b = Builder::new(Options::default());
        for (id, facts) in [
            ("1", vec![met("A A", "B B"), met("A A", "C C")]),
            ("2", vec![met("A A", "B B")]),
        ] {
            let facts: Vec<NetFact> = facts.iter().map(NetFact::from_fact).collect();
            b.add_article(id, &facts);
        }
        let net = b.finish().top(2);
        let names: Vec<&str> = net
            .graph
            .node_weights()
            .map(|n| n.entity.name.as_str())
            .collect();
        assert_eq!(names, ["A A", "B B"]);
        assert_eq!(net.graph.edge_count(), 1);
    }
}
