//! Entity networks as files for analysts' tools: GraphML (networkx, Gephi,
//! yEd, Cytoscape), GEXF 1.3 (Gephi), the nodes and relationships CSV of
//! `neo4j-admin database import`, and Graphviz DOT.
//!
//! Every format carries the same data. A node has its name, kind, Wikidata
//! id (when known), IRI and the number of articles that give it an edge; an
//! edge has its relation, its weight (the number of articles) and the ids of
//! those articles. A network whose edges are all symmetric (`met`,
//! `participant`) is written as an undirected graph. In a directed one, a
//! symmetric edge is written both ways in GraphML (networkx reads no mixed
//! graphs), as one `mutual` edge in GEXF, and once in the CSV (Neo4j
//! relationships have a direction; match them with `-[:MET]-`).
//!
//! XML is written with quick-xml, which escapes text and attribute values;
//! characters XML 1.0 cannot hold are replaced by U+FFFD first. The CSV is
//! written with the `csv` crate (quoted as RFC 4180 says, which is what
//! Neo4j reads).

use super::dot::{escape, shorten, Class, LABEL_CHARS};
use super::io_error;
use crate::error::Result;
use crate::fact::{EntityKind, Relation};
use crate::network::{Edge, Network, Node};
use petgraph::graph::EdgeReference;
use petgraph::visit::EdgeRef;
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use std::io::Write;

/// The formats `parley network` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum NetworkFormat {
    GraphMl,
    Gexf,
    /// Two files: `nodes.csv` and `relationships.csv`.
    Neo4jCsv,
    Dot,
}

impl NetworkFormat {
    /// A format by name or file extension.
    pub fn parse(s: &str) -> Option<NetworkFormat> {
        match s.trim().to_ascii_lowercase().as_str() {
            "graphml" => Some(NetworkFormat::GraphMl),
            "gexf" => Some(NetworkFormat::Gexf),
            "csv" | "neo4j" => Some(NetworkFormat::Neo4jCsv),
            "dot" | "gv" => Some(NetworkFormat::Dot),
            _ => None,
        }
    }
}

/// The array delimiter of `neo4j-admin database import` (its default).
pub const NEO4J_ARRAY_DELIMITER: char = ';';

/// Text XML 1.0 can hold: other control characters become U+FFFD.
fn xml_text(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// The article ids of an edge as one string, `;` between them.
pub fn joined_articles(e: &Edge) -> String {
    e.articles.join(&NEO4J_ARRAY_DELIMITER.to_string())
}

/// The edges to write: each stored edge, and for a directed network each
/// symmetric edge a second time the other way round when `both_ways`.
fn edge_list(net: &Network, both_ways: bool) -> Vec<(usize, usize, &Edge)> {
    let directed = !net.undirected();
    let mut out = Vec::new();
    for e in net.graph.edge_references() {
        let (s, t, w) = ends(&e);
        out.push((s, t, w));
        if both_ways && directed && w.symmetric() {
            out.push((t, s, w));
        }
    }
    out
}

fn ends<'a>(e: &EdgeReference<'a, Edge>) -> (usize, usize, &'a Edge) {
    (e.source().index(), e.target().index(), e.weight())
}

/// Writes the network as GraphML, with typed keys (`weight` and
/// `article_count` are `int`).
pub fn write_graphml(net: &Network, w: &mut dyn Write) -> Result<()> {
    let mut x = Writer::new_with_indent(w, b' ', 2);
    x.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .map_err(io_error)?;
    x.create_element("graphml")
        .with_attributes([
            ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
            ),
        ])
        .write_inner_content(|x| {
            for (id, scope, name, ty) in [
                ("name", "node", "name", "string"),
                ("kind", "node", "kind", "string"),
                ("wikidata", "node", "wikidata", "string"),
                ("iri", "node", "iri", "string"),
                ("article_count", "node", "article_count", "int"),
                ("relation", "edge", "relation", "string"),
                ("weight", "edge", "weight", "int"),
                ("articles", "edge", "articles", "string"),
            ] {
                x.create_element("key")
                    .with_attributes([
                        ("id", id),
                        ("for", scope),
                        ("attr.name", name),
                        ("attr.type", ty),
                    ])
                    .write_empty()?;
            }
            let edgedefault = if net.undirected() {
                "undirected"
            } else {
                "directed"
            };
            x.create_element("graph")
                .with_attributes([("id", "parley"), ("edgedefault", edgedefault)])
                .write_inner_content(|x| {
                    for i in net.graph.node_indices() {
                        let n = &net.graph[i];
                        let id = format!("n{}", i.index());
                        let count = n.articles.to_string();
                        x.create_element("node")
                            .with_attribute(("id", id.as_str()))
                            .write_inner_content(|x| {
                                let mut data = vec![
                                    ("name", xml_text(&n.entity.name)),
                                    ("kind", n.entity.kind.as_str().to_owned()),
                                ];
                                if let Some(q) = &n.entity.wikidata {
                                    data.push(("wikidata", xml_text(q)));
                                }
                                data.push(("iri", xml_text(&n.entity.iri)));
                                data.push(("article_count", count.clone()));
                                for (key, value) in data {
                                    x.create_element("data")
                                        .with_attribute(("key", key))
                                        .write_text_content(BytesText::new(&value))?;
                                }
                                Ok(())
                            })?;
                    }
                    for (k, (s, t, e)) in edge_list(net, true).into_iter().enumerate() {
                        let (id, s, t) = (format!("e{k}"), format!("n{s}"), format!("n{t}"));
                        x.create_element("edge")
                            .with_attributes([
                                ("id", id.as_str()),
                                ("source", s.as_str()),
                                ("target", t.as_str()),
                            ])
                            .write_inner_content(|x| {
                                for (key, value) in [
                                    ("relation", e.relation.as_str().to_owned()),
                                    ("weight", e.weight().to_string()),
                                    ("articles", xml_text(&joined_articles(e))),
                                ] {
                                    x.create_element("data")
                                        .with_attribute(("key", key))
                                        .write_text_content(BytesText::new(&value))?;
                                }
                                Ok(())
                            })?;
                    }
                    Ok(())
                })?;
            Ok(())
        })
        .map_err(io_error)?;
    x.get_mut().write_all(b"\n").map_err(io_error)
}

/// Writes the network as GEXF 1.3: the edge weight is GEXF's own `weight`,
/// the relation its `label` and an attribute.
pub fn write_gexf(net: &Network, w: &mut dyn Write) -> Result<()> {
    let mut x = Writer::new_with_indent(w, b' ', 2);
    x.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .map_err(io_error)?;
    let undirected = net.undirected();
    x.create_element("gexf")
        .with_attributes([
            ("xmlns", "http://gexf.net/1.3"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
            ),
            ("version", "1.3"),
        ])
        .write_inner_content(|x| {
            x.create_element("meta").write_inner_content(|x| {
                let creator = format!("parley {}", env!("CARGO_PKG_VERSION"));
                x.create_element("creator")
                    .write_text_content(BytesText::new(&creator))?;
                x.create_element("description").write_text_content(BytesText::new(
                    "Entities linked by the relations news articles state; weight = number of articles",
                ))?;
                Ok(())
            })?;
            let default = if undirected { "undirected" } else { "directed" };
            x.create_element("graph")
                .with_attributes([("defaultedgetype", default), ("mode", "static")])
                .write_inner_content(|x| {
                    x.create_element("attributes")
                        .with_attributes([("class", "node"), ("mode", "static")])
                        .write_inner_content(|x| {
                            for (id, title, ty) in [
                                ("kind", "kind", "string"),
                                ("wikidata", "wikidata", "string"),
                                ("iri", "iri", "string"),
                                ("article_count", "article_count", "integer"),
                            ] {
                                x.create_element("attribute")
                                    .with_attributes([("id", id), ("title", title), ("type", ty)])
                                    .write_empty()?;
                            }
                            Ok(())
                        })?;
                    x.create_element("attributes")
                        .with_attributes([("class", "edge"), ("mode", "static")])
                        .write_inner_content(|x| {
                            for (id, title) in [("relation", "relation"), ("articles", "articles")]
                            {
                                x.create_element("attribute")
                                    .with_attributes([
                                        ("id", id),
                                        ("title", title),
                                        ("type", "string"),
                                    ])
                                    .write_empty()?;
                            }
                            Ok(())
                        })?;
                    x.create_element("nodes").write_inner_content(|x| {
                        for i in net.graph.node_indices() {
                            let n = &net.graph[i];
                            let id = format!("n{}", i.index());
                            let name = xml_text(&n.entity.name);
                            x.create_element("node")
                                .with_attributes([("id", id.as_str()), ("label", name.as_str())])
                                .write_inner_content(|x| {
                                    attvalues(x, &node_values(n))
                                })?;
                        }
                        Ok(())
                    })?;
                    x.create_element("edges").write_inner_content(|x| {
                        for (k, (s, t, e)) in edge_list(net, false).into_iter().enumerate() {
                            let (id, s, t) = (format!("e{k}"), format!("n{s}"), format!("n{t}"));
                            let weight = e.weight().to_string();
                            let mut attrs = vec![
                                ("id", id.as_str()),
                                ("source", s.as_str()),
                                ("target", t.as_str()),
                                ("weight", weight.as_str()),
                                ("label", e.relation.as_str()),
                            ];
                            if !undirected && e.symmetric() {
                                attrs.push(("type", "mutual"));
                            }
                            x.create_element("edge")
                                .with_attributes(attrs)
                                .write_inner_content(|x| {
                                    attvalues(
                                        x,
                                        &[
                                            ("relation", e.relation.as_str().to_owned()),
                                            ("articles", xml_text(&joined_articles(e))),
                                        ],
                                    )
                                })?;
                        }
                        Ok(())
                    })?;
                    Ok(())
                })?;
            Ok(())
        })
        .map_err(io_error)?;
    x.get_mut().write_all(b"\n").map_err(io_error)
}

fn node_values(n: &Node) -> Vec<(&'static str, String)> {
    let mut out = vec![("kind", n.entity.kind.as_str().to_owned())];
    if let Some(q) = &n.entity.wikidata {
        out.push(("wikidata", xml_text(q)));
    }
    out.push(("iri", xml_text(&n.entity.iri)));
    out.push(("article_count", n.articles.to_string()));
    out
}

fn attvalues<W: Write>(x: &mut Writer<W>, values: &[(&str, String)]) -> std::io::Result<()> {
    x.create_element("attvalues").write_inner_content(|x| {
        for (key, value) in values {
            x.create_element("attvalue")
                .with_attributes([("for", *key), ("value", value.as_str())])
                .write_empty()?;
        }
        Ok(())
    })?;
    Ok(())
}

/// The Neo4j label of an entity kind.
fn neo4j_label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "Entity;Person",
        EntityKind::Organization => "Entity;Organization",
        EntityKind::Country => "Entity;Country",
        EntityKind::Place => "Entity;Place",
    }
}

/// The Neo4j relationship type of a relation: `MET`, `MEDIATOR`, ...
pub fn neo4j_type(relation: Relation) -> String {
    relation.as_str().to_ascii_uppercase()
}

/// Writes the nodes and relationships files of `neo4j-admin database
/// import`: `id:ID` is the entity's IRI, `:LABEL` is `Entity` and its kind,
/// `weight:int`, and `articles:string[]` with `;` between ids. An article id
/// that holds `;` itself would split; `on_warning` is told, and the `;` is
/// written as `%3B`.
pub fn write_neo4j_csv(
    net: &Network,
    nodes: &mut dyn Write,
    relationships: &mut dyn Write,
    on_warning: &mut dyn FnMut(String),
) -> Result<()> {
    let csv_error = |e: csv::Error| match e.into_kind() {
        csv::ErrorKind::Io(e) => io_error(e),
        other => io_error(std::io::Error::other(format!("{other:?}"))),
    };
    let mut n = csv::Writer::from_writer(nodes);
    n.write_record([
        "id:ID",
        "name",
        "kind",
        "wikidata",
        "article_count:int",
        ":LABEL",
    ])
    .map_err(csv_error)?;
    for node in net.graph.node_weights() {
        let e = &node.entity;
        n.write_record([
            one_line(&e.iri).as_str(),
            one_line(&e.name).as_str(),
            e.kind.as_str(),
            e.wikidata.as_deref().unwrap_or(""),
            node.articles.to_string().as_str(),
            neo4j_label(e.kind),
        ])
        .map_err(csv_error)?;
    }
    n.flush().map_err(io_error)?;
    let mut r = csv::Writer::from_writer(relationships);
    r.write_record([
        ":START_ID",
        ":END_ID",
        ":TYPE",
        "weight:int",
        "articles:string[]",
    ])
    .map_err(csv_error)?;
    for (s, t, e) in edge_list(net, false) {
        let ids: Vec<String> = e
            .articles
            .iter()
            .map(|id| {
                if id.contains(NEO4J_ARRAY_DELIMITER) {
                    on_warning(format!(
                        "article id `{id}` holds `;`, the array delimiter of neo4j-admin: written as `%3B` in articles:string[]"
                    ));
                    one_line(&id.replace(';', "%3B"))
                } else {
                    one_line(id)
                }
            })
            .collect();
        r.write_record([
            one_line(&net.graph[petgraph::graph::NodeIndex::new(s)].entity.iri).as_str(),
            one_line(&net.graph[petgraph::graph::NodeIndex::new(t)].entity.iri).as_str(),
            neo4j_type(e.relation).as_str(),
            e.weight().to_string().as_str(),
            ids.join(";").as_str(),
        ])
        .map_err(csv_error)?;
    }
    r.flush().map_err(io_error)
}

/// A field on one line: `neo4j-admin` reads multi-line fields only when
/// told to, so line breaks become spaces.
fn one_line(s: &str) -> String {
    s.replace(['\n', '\r'], " ")
}

/// Above this many nodes or edges a network is drawn the fast way.
const LARGE_NODES: usize = 150;
const LARGE_EDGES: usize = 300;

/// How many article ids an edge's tooltip names.
const TOOLTIP_ARTICLES: usize = 10;

/// The colour an edge of a relation is drawn in.
pub fn relation_color(relation: Relation) -> &'static str {
    match relation {
        Relation::Met => "#1f77b4",
        Relation::Mediator => "#d62728",
        Relation::Host => "#ff7f0e",
        Relation::Participant => "#9a9a9a",
        Relation::Leader => "#2ca02c",
        Relation::Representative => "#17becf",
        Relation::Role => "#9467bd",
        Relation::Quote => "#8c564b",
        _ => "#555555",
    }
}

/// How an entity kind is drawn (the same as in `parley dot`).
pub fn kind_class(kind: EntityKind) -> Class {
    match kind {
        EntityKind::Person => Class::Person,
        EntityKind::Organization => Class::Organization,
        EntityKind::Country => Class::Country,
        EntityKind::Place => Class::Place,
    }
}

/// Writes the network as Graphviz DOT under `title`: nodes shaped and
/// coloured by kind, edges coloured by relation, thicker with more articles
/// and labelled with their weight above one, and a legend. The layout is
/// neato's (a force-directed layout packs a sparse network far more tightly
/// than ranks do) with components packed together: the 43 diplomacy
/// articles' meetings fit in about 790 × 720 pt, and 300 entities of 2,000
/// White House statements with 1,589 edges render in about a second.
pub fn write_dot(net: &Network, title: &str, w: &mut dyn Write) -> Result<()> {
    write_dot_inner(net, title, w).map_err(io_error)
}

fn write_dot_inner(net: &Network, title: &str, w: &mut dyn Write) -> std::io::Result<()> {
    writeln!(w, "digraph parley_network {{")?;
    // Small networks: overlaps removed by VPSC, which keeps the drawing
    // tight, and edges routed around nodes. Large ones: prism (VPSC
    // stretches a dense network into a tall column) and straight edges
    // (routing 1,600 edges takes Graphviz minutes, straight lines a second).
    let large = net.graph.node_count() > LARGE_NODES || net.graph.edge_count() > LARGE_EDGES;
    let (overlap, splines) = if large {
        ("prism", "false")
    } else {
        ("vpsc", "true")
    };
    writeln!(
        w,
        "  graph [layout=neato, overlap={overlap}, splines={splines}, sep=\"+6\", pack=true, packmode=\"clust\", \
         outputorder=edgesfirst, fontname=\"Helvetica\", fontsize=16, labelloc=t, label=\"{}\"];",
        escape(title)
    )?;
    writeln!(
        w,
        "  node [fontname=\"Helvetica\", fontsize=10, style=filled, margin=\"0.05,0.03\"];"
    )?;
    writeln!(w, "  edge [fontname=\"Helvetica\", fontsize=8];")?;
    let mut kinds: Vec<Class> = Vec::new();
    for i in net.graph.node_indices() {
        let n = &net.graph[i];
        let class = kind_class(n.entity.kind);
        if !kinds.contains(&class) {
            kinds.push(class);
        }
        let mut tooltip = n.entity.iri.clone();
        if let Some(q) = &n.entity.wikidata {
            tooltip.push_str(&format!(" ({q})"));
        }
        tooltip.push_str(&format!(
            "; {} article{}",
            n.articles,
            if n.articles == 1 { "" } else { "s" }
        ));
        writeln!(
            w,
            "  n{} [label=\"{}\", tooltip=\"{}\", {}];",
            i.index(),
            escape(&shorten(&n.entity.name, LABEL_CHARS)),
            escape(&shorten(&tooltip, LABEL_CHARS * 4)),
            class.attributes()
        )?;
    }
    for e in net.graph.edge_references() {
        let (s, t, edge) = ends(&e);
        let weight = edge.weight();
        let penwidth = 1.0 + (weight as f64).log2();
        let label = if weight > 1 {
            format!(", label=\"{weight}\"")
        } else {
            String::new()
        };
        let dir = if edge.symmetric() { ", dir=none" } else { "" };
        // Graphviz refuses strings over 16 kB: an edge that hundreds of
        // articles give names the first few.
        let shown: Vec<&str> = edge
            .articles
            .iter()
            .take(TOOLTIP_ARTICLES)
            .map(String::as_str)
            .collect();
        let more = edge.articles.len().saturating_sub(TOOLTIP_ARTICLES);
        let tooltip = format!(
            "{}: {} article{}: {}{}",
            edge.relation,
            weight,
            if weight == 1 { "" } else { "s" },
            shown.join(", "),
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            }
        );
        writeln!(
            w,
            "  n{s} -> n{t} [color=\"{}\", penwidth={penwidth:.2}{label}{dir}, tooltip=\"{}\"];",
            relation_color(edge.relation),
            escape(&tooltip)
        )?;
    }
    kinds.sort();
    let relations: Vec<(String, &str)> = net
        .relations()
        .into_iter()
        .map(|r| {
            let name = if crate::network::symmetric(r) {
                format!("{r} (no direction)")
            } else {
                r.as_str().to_owned()
            };
            (name, relation_color(r))
        })
        .collect();
    super::dot::write_legend(w, &kinds, &relations, "edge width and number: articles")?;
    writeln!(w, "}}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fact::{Arg, Evidence, Fact};
    use crate::network::{Builder, NetFact, Options};

    fn net(relations: Vec<Relation>) -> Network {
        let f = |relation, args| Fact {
            doc: "d".into(),
            relation,
            args,
            evidence: Evidence {
                sentence: 0,
                sentence_span: 0..0,
                span: 0..1,
                rule: "test/rule",
                confidence: 0.9,
            },
        };
        let p = |n: &str| Arg::entity(n, EntityKind::Person);
        let facts = [
            f(Relation::Met, vec![p("Ann <\"&'> Lee"), p("Bo\u{1}Chan")]),
            f(
                Relation::Mediator,
                vec![Arg::entity("Oman", EntityKind::Country)],
            ),
            f(
                Relation::Participant,
                vec![Arg::entity("Iran", EntityKind::Country)],
            ),
        ];
        let facts: Vec<NetFact> = facts.iter().map(NetFact::from_fact).collect();
        let mut b = Builder::new(Options {
            relations,
            ..Default::default()
        });
        b.add_article("a;1", &facts);
        b.add_article("b", &facts);
        b.finish()
    }

    fn text(f: impl FnOnce(&mut Vec<u8>)) -> String {
        let mut out = Vec::new();
        f(&mut out);
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn graphml_is_escaped_typed_and_undirected_for_met() {
        let g = text(|o| write_graphml(&net(vec![Relation::Met]), o).expect("write"));
        assert!(g.contains("edgedefault=\"undirected\""), "{g}");
        assert!(g.contains("Ann &lt;&quot;&amp;&apos;&gt; Lee"), "{g}");
        assert!(g.contains("Bo\u{FFFD}Chan") && !g.contains('\u{1}'), "{g}");
        assert!(g.contains("attr.name=\"weight\" attr.type=\"int\""), "{g}");
        assert!(g.contains("<data key=\"weight\">2</data>"), "{g}");
        assert!(g.contains("<data key=\"articles\">a;1;b</data>"), "{g}");
        assert_eq!(g.matches("<edge ").count(), 1);
    }

    #[test]
    fn mixed_networks_are_directed_with_symmetric_edges_both_ways() {
        let n = net(vec![]);
        let g = text(|o| write_graphml(&n, o).expect("write"));
        assert!(g.contains("edgedefault=\"directed\""));
        // met both ways, mediator once.
        assert_eq!(g.matches("<edge ").count(), 3, "{g}");
        let x = text(|o| write_gexf(&n, o).expect("write"));
        assert!(x.contains("defaultedgetype=\"directed\""));
        assert_eq!(x.matches("<edge ").count(), 2, "{x}");
        assert_eq!(x.matches("type=\"mutual\"").count(), 1, "{x}");
        assert!(x.contains("weight=\"2\""), "{x}");
    }

    #[test]
    fn neo4j_csv_headers_and_arrays() {
        let n = net(vec![]);
        let mut nodes = Vec::new();
        let mut rels = Vec::new();
        let mut warnings = Vec::new();
        write_neo4j_csv(&n, &mut nodes, &mut rels, &mut |w| warnings.push(w)).expect("write");
        let nodes = String::from_utf8(nodes).expect("UTF-8");
        let rels = String::from_utf8(rels).expect("UTF-8");
        assert!(nodes.starts_with("id:ID,name,kind,wikidata,article_count:int,:LABEL\n"));
        assert!(nodes.contains("\"Ann <\"\"&'> Lee\""), "{nodes}");
        assert!(nodes.contains(",Entity;Country\n"), "{nodes}");
        assert!(rels.starts_with(":START_ID,:END_ID,:TYPE,weight:int,articles:string[]\n"));
        assert!(rels.contains(",MET,2,a%3B1;b\n"), "{rels}");
        assert!(rels.contains(",MEDIATOR,2,"), "{rels}");
        assert_eq!(rels.lines().count(), 3, "{rels}");
        assert!(!warnings.is_empty() && warnings[0].contains("a;1"));
    }

    #[test]
    fn dot_has_title_legend_and_weights() {
        let d = text(|o| write_dot(&net(vec![]), "Who \"met\"", o).expect("write"));
        assert!(d.contains("label=\"Who \\\"met\\\"\""), "{d}");
        assert!(d.contains("legend"), "{d}");
        assert!(
            d.contains(">met (no direction)<") && d.contains(">mediator<"),
            "{d}"
        );
        assert!(d.contains("label=\"2\""), "{d}");
        assert!(d.contains("dir=none"), "{d}");
        assert_eq!(d.matches(" -> ").count(), 2, "{d}");
    }

    #[test]
    fn dot_tooltips_stay_short_for_edges_of_many_articles() {
        let f = Fact {
            doc: "d".into(),
            relation: Relation::Met,
            args: vec![
                Arg::entity("Ann Lee", EntityKind::Person),
                Arg::entity("Bo Chan", EntityKind::Person),
            ],
            evidence: Evidence {
                sentence: 0,
                sentence_span: 0..0,
                span: 0..1,
                rule: "test/rule",
                confidence: 0.9,
            },
        };
        let facts = [NetFact::from_fact(&f)];
        let mut b = Builder::new(Options::default());
        for i in 0..5000 {
            b.add_article(&format!("a-rather-long-article-id-{i:05}"), &facts);
        }
        let d = text(|o| write_dot(&b.finish(), "t", o).expect("write"));
        let longest = d.split('"').map(str::len).max().unwrap_or(0);
        assert!(longest < 1000, "a quoted string of {longest} bytes");
        assert!(
            d.contains("met: 5000 articles: a-rather-long-article-id-00000,"),
            "{d}"
        );
        assert!(d.contains(" and 4990 more"), "{d}");
    }
}
