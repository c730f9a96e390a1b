//! Facts -> quads.
//!
//! Each fact is written twice, on purpose:
//!
//! - as **direct triples** that make simple questions simple
//!   (`?talks parley:mediator ?who`, `?person org:holds ?post`);
//! - as a **`parley:Assertion` node** (`ARTICLE#fact-H`, `H` a hash of the
//!   fact's content) carrying the relation and arguments as in the facts TSV,
//!   the direct triple it supports (`rdf:subject`, `rdf:predicate`,
//!   `rdf:object`), and its evidence as one star: rule, confidence, sentence
//!   index, byte span and the matched words. It also points
//!   (`prov:wasDerivedFrom`) into NIF 2.0: the matched words as a
//!   `nif:Phrase`, inside a `nif:Sentence`, inside the article's text as a
//!   `nif:Context`, so anyone can read why the fact is there.
//!
//! The description of every shared node (an entity's type, label, name and
//! Wikidata link; a post's type, label and organisation) goes to the entities
//! graph; everything else, including every statement the article makes about
//! an entity, goes to the article's named graph. Node IRIs inside an article
//! are fragments of the article IRI made from content (`#talks`,
//! `#fact-H`, `#char=S,E`), so the same article always gives the same quads
//! and a fact keeps its IRI when other facts come or go. See the Graph model
//! section of ARCHITECTURE.md.

use super::iri::{slug, Base};
use super::vocab::{dct, nif, org, owl, parley, prov, rdf, rdfs, schema, xsd, WIKIDATA_ENTITY};
use crate::document::Document;
use crate::fact::{Arg, EntityKind, Fact, Relation};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// The version of parley recorded on every article (`parley:parleyVersion`):
/// an article read again with the same digest and version is unchanged.
pub const PARLEY_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The entities graph under the default base.
pub fn entities_graph() -> NamedNode {
    Base::default().entities_graph()
}

/// A digest of the article as read (id, title, date, source, text), as 32
/// hex digits. SipHash-1-3 with fixed keys is specified, so the digest is the
/// same on every machine and in every run; it detects change, it is not a
/// cryptographic fingerprint.
pub fn source_digest(doc: &Document) -> String {
    use siphasher::sip128::{Hasher128, SipHasher13};
    use std::hash::Hasher;
    let mut h = SipHasher13::new_with_keys(0x7061_726c_6579, 0x6469_6765_7374);
    let field = |h: &mut SipHasher13, s: Option<&str>| match s {
        // Length-prefixed, so no two field splits give the same bytes.
        Some(s) => {
            h.write_u8(1);
            h.write_u64(s.len() as u64);
            h.write(s.as_bytes());
        }
        None => h.write_u8(0),
    };
    field(&mut h, Some(&doc.id));
    field(&mut h, doc.title.as_deref());
    field(&mut h, doc.date.as_deref());
    field(&mut h, doc.source.as_deref());
    field(&mut h, Some(&doc.text));
    h.write_u64(doc.body.start as u64);
    h.write_u64(doc.body.end as u64);
    format!("{:032x}", h.finish128().as_u128())
}

/// The content hash that names a fact inside its article (`#fact-H`): 16
/// hex digits of SipHash-1-3 with zero keys over the relation, the argument
/// texts and the byte span, tab-separated. It does not depend on the
/// fact's position, on other facts, on the base or on the version.
pub fn fact_hash(fact: &Fact) -> String {
    use siphasher::sip::SipHasher13;
    use std::hash::Hasher;
    let mut key = String::from(fact.relation.as_str());
    for arg in &fact.args {
        key.push('\t');
        key.push_str(arg.text());
    }
    let span = &fact.evidence.span;
    key.push_str(&format!("\t{}\t{}", span.start, span.end));
    let mut h = SipHasher13::new_with_keys(0, 0);
    h.write(key.as_bytes());
    format!("{:016x}", h.finish())
}

/// Every quad for one article under the default base; see
/// [`document_quads_in`].
pub fn document_quads(doc: &Document, facts: &[Fact]) -> Vec<Quad> {
    document_quads_in(&Base::default(), doc, facts)
}

/// Every quad for one article: its metadata and text, its talks, its facts
/// with their evidence (all in the article's named graph), and the
/// descriptions of the entities and posts it mentions (in the entities
/// graph), without duplicates, in a deterministic order.
pub fn document_quads_in(base: &Base, doc: &Document, facts: &[Fact]) -> Vec<Quad> {
    let mut w = Writer::new(base, doc, facts);
    w.article();
    for fact in facts {
        w.fact(fact);
    }
    w.quads
}

/// Character offsets (what NIF counts) of the byte offsets a document's
/// facts use, found in one pass over the text.
struct CharOffsets(HashMap<usize, usize>);

impl CharOffsets {
    fn new(text: &str, facts: &[Fact]) -> CharOffsets {
        let mut wanted: Vec<usize> = vec![0, text.len()];
        for f in facts {
            for r in [&f.evidence.span, &f.evidence.sentence_span] {
                wanted.push(r.start);
                wanted.push(r.end);
            }
        }
        wanted.retain(|&b| text.is_char_boundary(b));
        wanted.sort_unstable();
        wanted.dedup();
        let mut map = HashMap::with_capacity(wanted.len());
        let (mut at, mut chars) = (0, 0);
        for b in wanted {
            chars += text[at..b].chars().count();
            at = b;
            map.insert(b, chars);
        }
        CharOffsets(map)
    }

    /// The character range of a byte range, if both ends are boundaries.
    fn get(&self, r: &Range<usize>) -> Option<(usize, usize)> {
        Some((*self.0.get(&r.start)?, *self.0.get(&r.end)?))
    }
}

struct Writer<'a> {
    base: &'a Base,
    doc: &'a Document,
    graph: GraphName,
    entities: GraphName,
    article: NamedNode,
    talks: NamedNode,
    /// The article's text as a NIF context (`#char=0,N`).
    context: NamedNode,
    chars: CharOffsets,
    quads: Vec<Quad>,
    seen: HashSet<Quad>,
}

impl<'a> Writer<'a> {
    fn new(base: &'a Base, doc: &'a Document, facts: &[Fact]) -> Self {
        let article = base.article(&doc.id);
        let talks = NamedNode::new_unchecked(format!("{}#talks", article.as_str()));
        let chars = CharOffsets::new(&doc.text, facts);
        let n = chars.get(&(0..doc.text.len())).map_or(0, |(_, n)| n);
        let context = NamedNode::new_unchecked(format!("{}#char=0,{n}", article.as_str()));
        Writer {
            base,
            doc,
            graph: article.clone().into(),
            entities: base.entities_graph().into(),
            article,
            talks,
            context,
            chars,
            quads: Vec::new(),
            seen: HashSet::new(),
        }
    }

    fn add(&mut self, s: impl Into<NamedOrBlankNode>, p: NamedNodeRef<'_>, o: impl Into<Term>) {
        let quad = Quad::new(s.into(), p, o.into(), self.graph.clone());
        self.push(quad);
    }

    /// A quad of a shared node's description, for the entities graph.
    fn describe(
        &mut self,
        s: impl Into<NamedOrBlankNode>,
        p: NamedNodeRef<'_>,
        o: impl Into<Term>,
    ) {
        let quad = Quad::new(s.into(), p, o.into(), self.entities.clone());
        self.push(quad);
    }

    fn push(&mut self, quad: Quad) {
        if self.seen.insert(quad.clone()) {
            self.quads.push(quad);
        }
    }

    fn local(&self, fragment: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}#{fragment}", self.article.as_str()))
    }

    fn article(&mut self) {
        let doc = self.doc;
        let a = self.article.clone();
        self.add(a.clone(), rdf::TYPE, parley::ARTICLE);
        self.add(
            a.clone(),
            parley::ARTICLE_ID,
            Literal::new_simple_literal(&doc.id),
        );
        let label = doc.title.as_deref().unwrap_or(&doc.id);
        self.add(a.clone(), rdfs::LABEL, Literal::new_simple_literal(label));
        if let Some(title) = &doc.title {
            self.add(
                a.clone(),
                schema::HEADLINE,
                Literal::new_simple_literal(title),
            );
        }
        if let Some(date) = &doc.date {
            self.add(a.clone(), schema::DATE_PUBLISHED, date_literal(date));
        }
        let url = doc.source.as_deref().and_then(source_url);
        if let Some(source) = &doc.source {
            self.add(a.clone(), dct::SOURCE, Literal::new_simple_literal(source));
        }
        if let Some(url) = &url {
            self.add(a.clone(), schema::URL, url.clone());
        }
        self.add(
            a.clone(),
            parley::SOURCE_DIGEST,
            Literal::new_simple_literal(source_digest(doc)),
        );
        self.add(
            a.clone(),
            parley::PARLEY_VERSION,
            Literal::new_simple_literal(PARLEY_VERSION),
        );
        // The text as read, which every offset indexes, as a NIF context.
        let c = self.context.clone();
        self.add(a.clone(), parley::TEXT, c.clone());
        self.add(c.clone(), rdf::TYPE, nif::CONTEXT);
        self.add(c.clone(), rdf::TYPE, nif::RFC5147_STRING);
        self.add(
            c.clone(),
            nif::IS_STRING,
            Literal::new_simple_literal(&doc.text),
        );
        let n = self.chars.get(&(0..doc.text.len())).map_or(0, |(_, n)| n);
        self.add(c.clone(), nif::BEGIN_INDEX, integer(0));
        self.add(c.clone(), nif::END_INDEX, integer(n));
        if let Some(url) = url {
            self.add(c, nif::SOURCE_URL, url);
        }
        let t = self.talks.clone();
        self.add(a, schema::ABOUT, t.clone());
        self.add(t.clone(), rdf::TYPE, parley::TALKS);
        self.add(
            t,
            rdfs::LABEL,
            Literal::new_simple_literal(format!("talks reported in {label}")),
        );
    }

    /// The node for an argument that must be a resource. A literal where an
    /// entity is expected (an extractor that found a name but no kind) becomes
    /// an entity of the kind the relation implies.
    fn node(&mut self, arg: &Arg, default: EntityKind) -> NamedNode {
        match arg {
            Arg::Entity {
                name,
                kind,
                wikidata,
            } => self.entity(name, *kind, wikidata.as_deref()),
            Arg::Literal { value } => self.entity(value, default, None),
        }
    }

    fn entity(&mut self, name: &str, kind: EntityKind, wikidata: Option<&str>) -> NamedNode {
        let e = self.base.entity(name, kind);
        let class = match kind {
            EntityKind::Person => schema::PERSON,
            EntityKind::Organization => schema::ORGANIZATION,
            EntityKind::Country => schema::COUNTRY,
            EntityKind::Place => schema::PLACE,
        };
        // A leader the lexicon knows is described by the lexicon (one name,
        // one Wikidata id), whichever of their names this article uses.
        let (name, wikidata) = crate::lexicon::Leaders::builtin().describe(name, kind, wikidata);
        self.describe(e.clone(), rdf::TYPE, class);
        self.describe(e.clone(), rdfs::LABEL, Literal::new_simple_literal(name));
        self.describe(e.clone(), schema::NAME, Literal::new_simple_literal(name));
        if let Some(wd) = wikidata.and_then(wikidata_iri) {
            self.describe(e.clone(), owl::SAME_AS, wd);
        }
        e
    }

    /// The RDF term for an argument as it stands in the facts TSV.
    fn term(&mut self, arg: &Arg, relation: Relation) -> Term {
        match arg {
            Arg::Entity {
                name,
                kind,
                wikidata,
            } => self.entity(name, *kind, wikidata.as_deref()).into(),
            Arg::Literal { value } if relation == Relation::Date => date_literal(value).into(),
            Arg::Literal { value } => Literal::new_simple_literal(value).into(),
        }
    }

    fn fact(&mut self, fact: &Fact) {
        let talks = self.talks.clone();
        let h = fact_hash(fact);
        let args = &fact.args;
        let Some(first) = args.first() else {
            return; // a fact without arguments says nothing
        };
        // The direct triple the fact supports, for rdf:subject/predicate/object.
        let main: Option<(NamedNode, NamedNodeRef<'static>, Term)> = match fact.relation {
            Relation::Mediator | Relation::Host | Relation::Participant => {
                let p = match fact.relation {
                    Relation::Mediator => parley::MEDIATOR,
                    Relation::Host => parley::HOST,
                    _ => parley::PARTICIPANT,
                };
                let o = self.node(first, EntityKind::Organization);
                Some((talks, p, o.into()))
            }
            Relation::Location => {
                let o = self.node(first, EntityKind::Place);
                Some((talks, schema::LOCATION, o.into()))
            }
            Relation::Date => Some((talks, schema::START_DATE, date_literal(first.text()).into())),
            Relation::Leader | Relation::Representative => {
                let p = if fact.relation == Relation::Leader {
                    parley::DELEGATION_LEADER
                } else {
                    parley::REPRESENTATIVE
                };
                let person = self.node(first, EntityKind::Person);
                if let Some(party) = args.get(1) {
                    let party = self.node(party, EntityKind::Country);
                    self.add(person.clone(), parley::PARTY, party);
                }
                Some((talks, p, person.into()))
            }
            Relation::Met => {
                let meeting = self.local(&format!("meeting-{h}"));
                // The meeting is what the fact describes: it leads to the
                // fact's confidence and evidence.
                let f = self.local(&format!("fact-{h}"));
                self.add(meeting.clone(), prov::WAS_DERIVED_FROM, f);
                let a = self.node(first, EntityKind::Person);
                self.add(meeting.clone(), rdf::TYPE, parley::MEETING);
                self.add(meeting.clone(), schema::SUPER_EVENT, talks);
                self.add(meeting.clone(), schema::ATTENDEE, a.clone());
                let other = args.get(1).filter(|b| !b.text().is_empty());
                let label = match other {
                    Some(b) => format!("meeting of {} and {}", first.text(), b.text()),
                    None => format!("meeting with {}", first.text()),
                };
                self.add(
                    meeting.clone(),
                    rdfs::LABEL,
                    Literal::new_simple_literal(label),
                );
                match other {
                    Some(b) => {
                        let b = self.node(b, EntityKind::Person);
                        self.add(meeting, schema::ATTENDEE, b.clone());
                        self.add(a.clone(), parley::MET_WITH, b.clone());
                        Some((a, parley::MET_WITH, b.into()))
                    }
                    None => Some((meeting, schema::ATTENDEE, a.into())),
                }
            }
            Relation::Quote => {
                let quote = self.local(&format!("quote-{h}"));
                let speaker = self.node(first, EntityKind::Person);
                self.add(quote.clone(), rdf::TYPE, schema::QUOTATION);
                if let Some(words) = args.get(1) {
                    let words = Literal::new_simple_literal(words.text());
                    self.add(quote.clone(), schema::TEXT, words.clone());
                    self.add(quote.clone(), rdfs::LABEL, words);
                }
                self.add(quote.clone(), schema::CREATOR, speaker.clone());
                Some((quote, schema::CREATOR, speaker.into()))
            }
            Relation::Role => {
                let person = self.node(first, EntityKind::Person);
                let title = args.get(1).map(Arg::text).unwrap_or_default();
                let of = args.get(2).filter(|a| !a.text().is_empty());
                let post = match of {
                    Some(Arg::Entity { name, kind, .. }) => self.base.post(title, *kind, name),
                    Some(Arg::Literal { value }) => {
                        self.base.post(title, EntityKind::Organization, value)
                    }
                    // A title without an organisation is not a post anyone
                    // else can be said to hold: keep it inside the article.
                    None => self.local(&format!("post-{}", slug(title))),
                };
                // A post that names its organisation is shared like an
                // entity, so its description goes to the entities graph.
                let label = match of {
                    Some(o) => format!("{title} of {}", o.text()),
                    None => title.to_owned(),
                };
                let label = Literal::new_simple_literal(label);
                match of {
                    Some(o) => {
                        let o = self.node(o, EntityKind::Organization);
                        self.describe(post.clone(), rdf::TYPE, org::POST);
                        self.describe(post.clone(), rdfs::LABEL, label);
                        self.describe(post.clone(), org::POST_IN, o);
                    }
                    None => {
                        self.add(post.clone(), rdf::TYPE, org::POST);
                        self.add(post.clone(), rdfs::LABEL, label);
                    }
                }
                if !title.is_empty() {
                    self.add(
                        person.clone(),
                        schema::JOB_TITLE,
                        Literal::new_simple_literal(title),
                    );
                }
                self.add(person.clone(), org::HOLDS, post.clone());
                Some((person, org::HOLDS, post.into()))
            }
            Relation::Topic => Some((
                talks,
                parley::TOPIC,
                Literal::new_simple_literal(first.text()).into(),
            )),
            // A relation added later without a mapping still gets its
            // assertion node below, so nothing extracted is lost.
            #[allow(unreachable_patterns)]
            _ => None,
        };
        if let Some((s, p, o)) = &main {
            self.add(s.clone(), *p, o.clone());
        }
        self.assertion(&h, fact, main);
    }

    fn assertion(
        &mut self,
        h: &str,
        fact: &Fact,
        main: Option<(NamedNode, NamedNodeRef<'_>, Term)>,
    ) {
        let f = self.local(&format!("fact-{h}"));
        self.add(f.clone(), rdf::TYPE, parley::ASSERTION);
        self.add(
            f.clone(),
            parley::RELATION,
            Literal::new_simple_literal(fact.relation.as_str()),
        );
        for (arg, p) in fact
            .args
            .iter()
            .zip([parley::ARG1, parley::ARG2, parley::ARG3])
        {
            if arg.text().is_empty() {
                continue;
            }
            let t = self.term(arg, fact.relation);
            self.add(f.clone(), p, t);
        }
        if let Some((s, p, o)) = main {
            self.add(f.clone(), rdf::SUBJECT, s);
            self.add(f.clone(), rdf::PREDICATE, p.into_owned());
            self.add(f.clone(), rdf::OBJECT, o);
        }
        // The evidence, on the fact itself: one star per fact to read.
        let ev = &fact.evidence;
        self.add(
            f.clone(),
            parley::RULE,
            Literal::new_simple_literal(ev.rule),
        );
        let c = ev.confidence;
        let c = if c.is_finite() {
            c.clamp(0.0, 1.0)
        } else {
            0.0
        };
        self.add(
            f.clone(),
            parley::CONFIDENCE,
            Literal::new_typed_literal(format!("{c:?}"), xsd::DOUBLE),
        );
        self.add(f.clone(), parley::SENTENCE_INDEX, integer(ev.sentence));
        self.add(f.clone(), parley::BYTE_START, integer(ev.span.start));
        self.add(f.clone(), parley::BYTE_END, integer(ev.span.end));
        // The words and the NIF nodes exist only when the span is a valid
        // slice of the text (always, for our extractors; facts can be built
        // by anyone).
        let text = &self.doc.text;
        let Some(words) = text.get(ev.span.clone()) else {
            return;
        };
        let Some(phrase) = self.span_node(&ev.span, nif::PHRASE) else {
            return;
        };
        self.add(
            f.clone(),
            parley::EVIDENCE_TEXT,
            Literal::new_simple_literal(words),
        );
        self.add(f, prov::WAS_DERIVED_FROM, phrase.clone());
        self.add(phrase.clone(), rdf::TYPE, parley::EVIDENCE);
        let s = &ev.sentence_span;
        if s.start <= ev.span.start && ev.span.end <= s.end && s.start < s.end {
            if let Some(sentence) = self.span_node(s, nif::SENTENCE) {
                self.add(phrase, nif::SENTENCE_PROP, sentence);
            }
        }
    }

    /// The NIF node of a span of the text (`ARTICLE#char=S,E`, character
    /// offsets as RFC 5147 counts them) with its words, offsets and
    /// context; `None` when the span is not a slice of the text.
    fn span_node(&mut self, span: &Range<usize>, class: NamedNodeRef<'_>) -> Option<NamedNode> {
        let words = self.doc.text.get(span.clone())?;
        let (b, e) = self.chars.get(span)?;
        let n = self.local(&format!("char={b},{e}"));
        self.add(n.clone(), rdf::TYPE, class);
        self.add(n.clone(), rdf::TYPE, nif::RFC5147_STRING);
        self.add(
            n.clone(),
            nif::ANCHOR_OF,
            Literal::new_simple_literal(words),
        );
        self.add(n.clone(), nif::BEGIN_INDEX, integer(b));
        self.add(n.clone(), nif::END_INDEX, integer(e));
        let c = self.context.clone();
        self.add(n.clone(), nif::REFERENCE_CONTEXT, c);
        Some(n)
    }
}

fn integer(n: usize) -> Literal {
    Literal::new_typed_literal(n.to_string(), xsd::NON_NEGATIVE_INTEGER)
}

/// `xsd:date` for a valid `YYYY-MM-DD`, else the text as written
/// ("last Tuesday" is still worth keeping).
fn date_literal(s: &str) -> Literal {
    let t = s.trim();
    let b = t.as_bytes();
    let iso = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&i| b[i].is_ascii_digit())
        && matches!(t[5..7].parse::<u32>(), Ok(1..=12))
        && matches!(t[8..10].parse::<u32>(), Ok(1..=31));
    if iso {
        Literal::new_typed_literal(t, xsd::DATE)
    } else {
        Literal::new_simple_literal(s)
    }
}

/// The absolute http(s) URL of a source, for `schema:url`: the source
/// itself, or the URL in parentheses at its end (`White House
/// (https://...)`, as JSONL records give it).
pub fn source_url(source: &str) -> Option<NamedNode> {
    let s = source.trim();
    let url = match s.strip_suffix(')').and_then(|r| r.rsplit_once('(')) {
        Some((_, inner)) if !s.starts_with("http") => inner.trim(),
        _ => s,
    };
    if !(url.starts_with("http://") || url.starts_with("https://"))
        || url.contains(char::is_whitespace)
    {
        return None;
    }
    NamedNode::new(url).ok()
}

/// A Wikidata id (`Q123`) or entity IRI, as an IRI.
fn wikidata_iri(id: &str) -> Option<NamedNode> {
    let id = id.trim();
    if crate::lexicon::is_qid(id) {
        return Some(NamedNode::new_unchecked(format!("{WIKIDATA_ENTITY}{id}")));
    }
    if id.starts_with(WIKIDATA_ENTITY) {
        return NamedNode::new(id).ok();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fact::Evidence;

    pub(crate) fn fact(
        doc: &str,
        relation: Relation,
        args: Vec<Arg>,
        span: std::ops::Range<usize>,
    ) -> Fact {
        Fact {
            doc: doc.into(),
            relation,
            args,
            evidence: Evidence {
                sentence: 0,
                sentence_span: 0..0,
                span,
                rule: "test/rule",
                confidence: 0.9,
            },
        }
    }

    fn has(quads: &[Quad], s: &str, p: NamedNodeRef<'_>, o: &str) -> bool {
        quads.iter().any(|q| {
            q.subject.to_string() == s && q.predicate.as_ref() == p && q.object.to_string() == o
        })
    }

    #[test]
    fn a_leader_takes_the_lexicons_name_and_wikidata_id() {
        let doc = Document::new("t2", "Joseph R. Biden Jr. said so.");
        let said = |name: &str| {
            fact(
                "t2",
                Relation::Quote,
                vec![Arg::entity(name, EntityKind::Person), Arg::literal("so")],
                0..19,
            )
        };
        let quads = document_quads(&doc, &[said("Joseph R. Biden Jr.")]);
        let biden = "<https://parley.example/id/person/joe-biden>";
        assert!(has(
            &quads,
            biden,
            owl::SAME_AS,
            "<http://www.wikidata.org/entity/Q6279>"
        ));
        assert!(has(&quads, biden, schema::NAME, "\"Joe Biden\""));
        // Someone the lexicon does not know keeps the article's name and
        // gets no link.
        let quads = document_quads(&doc, &[said("Ann B. Lee")]);
        let lee = "<https://parley.example/id/person/ann-lee>";
        assert!(has(&quads, lee, schema::NAME, "\"Ann B. Lee\""));
        assert!(!quads.iter().any(|q| q.predicate.as_ref() == owl::SAME_AS));
    }

    #[test]
    fn facts_become_direct_triples_and_assertions_in_the_article_graph() {
        let text = "Talks in Geneva were hosted by Oman.";
        let mut doc = Document::new("t1", text);
        doc.title = Some("Talks".into());
        doc.date = Some("2025-05-01".into());
        let oman = Arg::Entity {
            name: "Oman".into(),
            kind: EntityKind::Country,
            wikidata: Some("Q842".into()),
        };
        let facts = vec![
            fact("t1", Relation::Host, vec![oman.clone()], 0..36),
            fact(
                "t1",
                Relation::Role,
                vec![
                    Arg::entity("Badr Albusaidi", EntityKind::Person),
                    Arg::literal("Foreign Minister"),
                    oman,
                ],
                31..35,
            ),
        ];
        let quads = document_quads(&doc, &facts);
        let g = "<https://parley.example/id/article/t1>";
        let entities = "<https://parley.example/id/entities>";
        // Descriptions of shared nodes go to the entities graph, everything
        // else to the article's graph.
        for q in &quads {
            let shared = q
                .subject
                .to_string()
                .starts_with("<https://parley.example/id/country/")
                || q.subject
                    .to_string()
                    .starts_with("<https://parley.example/id/person/")
                    && [rdf::TYPE, rdfs::LABEL, schema::NAME].contains(&q.predicate.as_ref())
                || q.subject
                    .to_string()
                    .starts_with("<https://parley.example/id/post/");
            let expected = if shared { entities } else { g };
            assert_eq!(q.graph_name.to_string(), expected, "{q}");
        }
        let talks = "<https://parley.example/id/article/t1#talks>";
        let oman = "<https://parley.example/id/country/oman>";
        assert!(has(&quads, talks, parley::HOST, oman));
        assert!(has(
            &quads,
            oman,
            owl::SAME_AS,
            "<http://www.wikidata.org/entity/Q842>"
        ));
        assert!(has(
            &quads,
            "<https://parley.example/id/person/badr-albusaidi>",
            org::HOLDS,
            "<https://parley.example/id/post/foreign-minister/country/oman>"
        ));
        // The role fact carries its evidence, and points at the words.
        let f1 = format!(
            "<https://parley.example/id/article/t1#fact-{}>",
            fact_hash(&facts[1])
        );
        let ev = "<https://parley.example/id/article/t1#char=31,35>";
        assert!(has(&quads, ev, nif::ANCHOR_OF, "\"Oman\""));
        assert!(has(&quads, &f1, prov::WAS_DERIVED_FROM, ev));
        assert!(has(&quads, &f1, parley::EVIDENCE_TEXT, "\"Oman\""));
        assert!(has(
            &quads,
            ev,
            nif::REFERENCE_CONTEXT,
            "<https://parley.example/id/article/t1#char=0,36>"
        ));
        assert!(has(
            &quads,
            &f1,
            parley::BYTE_START,
            "\"31\"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>"
        ));
        assert!(has(
            &quads,
            g,
            schema::DATE_PUBLISHED,
            "\"2025-05-01\"^^<http://www.w3.org/2001/XMLSchema#date>"
        ));
        let f0 = format!(
            "<https://parley.example/id/article/t1#fact-{}>",
            fact_hash(&facts[0])
        );
        assert!(has(&quads, &f0, rdf::PREDICATE, &parley::HOST.to_string()));
        // The text as read, as a NIF context of the article.
        let ctx = "<https://parley.example/id/article/t1#char=0,36>";
        assert!(has(&quads, g, parley::TEXT, ctx));
        assert!(has(&quads, ctx, nif::IS_STRING, &format!("\"{text}\"")));
        // Deterministic and duplicate-free.
        assert_eq!(quads, document_quads(&doc, &facts));
        let set: HashSet<_> = quads.iter().collect();
        assert_eq!(set.len(), quads.len());
    }

    #[test]
    fn character_offsets_differ_from_byte_offsets_after_non_ascii() {
        let text = "Müller said “yes”.";
        let doc = Document::new("t2", text);
        let start = text.find('y').expect("test text has a y");
        let facts = vec![fact(
            "t2",
            Relation::Quote,
            vec![
                Arg::entity("Müller", EntityKind::Person),
                Arg::literal("yes"),
            ],
            start..start + 3,
        )];
        let mut facts = facts;
        facts[0].evidence.sentence_span = 0..text.len();
        let quads = document_quads(&doc, &facts);
        let f = format!(
            "<https://parley.example/id/article/t2#fact-{}>",
            fact_hash(&facts[0])
        );
        let c = text[..start].chars().count();
        let ev = format!("<https://parley.example/id/article/t2#char={c},{}>", c + 3);
        let int =
            |n: usize| format!("\"{n}\"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>");
        assert!(has(&quads, &f, parley::BYTE_START, &int(start)));
        assert!(has(&quads, &ev, nif::BEGIN_INDEX, &int(c)));
        // The sentence holding the words, by character offsets too.
        let n = text.chars().count();
        let sentence = format!("<https://parley.example/id/article/t2#char=0,{n}>");
        assert!(has(&quads, &ev, nif::SENTENCE_PROP, &sentence));
        assert!(has(
            &quads,
            &sentence,
            rdf::TYPE,
            &nif::SENTENCE.to_string()
        ));
    }

    #[test]
    fn out_of_range_span_and_odd_input_do_not_panic() {
        let doc = Document::new("t3", "short");
        let facts = vec![
            fact(
                "t3",
                Relation::Met,
                vec![Arg::literal("A"), Arg::literal("")],
                2..99,
            ),
            fact("t3", Relation::Date, vec![Arg::literal("2025-13-40")], 0..1),
            fact("t3", Relation::Topic, vec![], 0..1),
        ];
        let quads = document_quads(&doc, &facts);
        let f0 = format!(
            "<https://parley.example/id/article/t3#fact-{}>",
            fact_hash(&facts[0])
        );
        assert!(!quads
            .iter()
            .any(|q| q.subject.to_string() == f0 && q.predicate == prov::WAS_DERIVED_FROM));
        assert!(quads
            .iter()
            .any(|q| q.object.to_string() == "\"2025-13-40\""));
    }

    #[test]
    fn fact_iris_come_from_content_not_position() {
        let doc = Document::new("t4", "Oman hosted. Qatar mediated.");
        let host = fact(
            "t4",
            Relation::Host,
            vec![Arg::entity("Oman", EntityKind::Country)],
            0..4,
        );
        let mediator = fact(
            "t4",
            Relation::Mediator,
            vec![Arg::entity("Qatar", EntityKind::Country)],
            13..18,
        );
        let iris = |facts: &[Fact]| -> HashSet<String> {
            document_quads(&doc, facts)
                .iter()
                .map(|q| q.subject.to_string())
                .filter(|s| s.contains("#fact-"))
                .collect()
        };
        let both = iris(&[host.clone(), mediator.clone()]);
        let alone = iris(std::slice::from_ref(&mediator));
        assert_eq!(both.len(), 2);
        assert!(alone.is_subset(&both), "{alone:?} {both:?}");
        assert_eq!(iris(&[mediator.clone(), host.clone()]), both);
        // The span is part of the content.
        let mut moved = host.clone();
        moved.evidence.span = 1..4;
        assert_ne!(fact_hash(&moved), fact_hash(&host));
        // Fixed keys: the same hash on every machine and in every version.
        assert_eq!(fact_hash(&host), fact_hash(&host.clone()));
        assert_eq!(fact_hash(&host).len(), 16);
    }

    #[test]
    fn source_urls() {
        for (source, url) in [
            ("https://example.org/a", Some("https://example.org/a")),
            (
                "White House (https://www.whitehouse.gov/x/)",
                Some("https://www.whitehouse.gov/x/"),
            ),
            ("Reuters", None),
            ("ftp://example.org/a", None),
            ("https://example.org/a b", None),
        ] {
            assert_eq!(
                source_url(source).as_ref().map(NamedNode::as_str),
                url,
                "{source}"
            );
        }
    }

    #[test]
    fn a_base_moves_every_data_iri() {
        let doc = Document::new("t5", "Oman hosted.");
        let facts = vec![fact(
            "t5",
            Relation::Host,
            vec![Arg::entity("Oman", EntityKind::Country)],
            0..4,
        )];
        let base = Base::new("http://news.example/kg/").expect("valid");
        for q in document_quads_in(&base, &doc, &facts) {
            for t in [
                q.subject.to_string(),
                q.object.to_string(),
                q.graph_name.to_string(),
            ] {
                assert!(!t.contains("parley.example/id/"), "{q}");
            }
        }
    }

    #[test]
    fn dates() {
        assert_eq!(date_literal("2025-02-03").datatype(), xsd::DATE);
        assert_eq!(date_literal("Tuesday").datatype(), xsd::STRING);
        assert_eq!(date_literal("2025-02-3x").datatype(), xsd::STRING);
    }
}
