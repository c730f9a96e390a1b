//! Facts and their evidence: what extractors produce and everything downstream consumes.

use serde::Serialize;
use std::fmt;
use std::ops::Range;

/// The relations of shared/EVAL.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Relation {
    Mediator,
    Host,
    Location,
    Date,
    Participant,
    Leader,
    Representative,
    Met,
    Quote,
    Role,
    Topic,
}

impl Relation {
    pub const ALL: [Relation; 11] = [
        Relation::Mediator,
        Relation::Host,
        Relation::Location,
        Relation::Date,
        Relation::Participant,
        Relation::Leader,
        Relation::Representative,
        Relation::Met,
        Relation::Quote,
        Relation::Role,
        Relation::Topic,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Relation::Mediator => "mediator",
            Relation::Host => "host",
            Relation::Location => "location",
            Relation::Date => "date",
            Relation::Participant => "participant",
            Relation::Leader => "leader",
            Relation::Representative => "representative",
            Relation::Met => "met",
            Relation::Quote => "quote",
            Relation::Role => "role",
            Relation::Topic => "topic",
        }
    }

    pub fn parse(s: &str) -> Option<Relation> {
        Relation::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

impl fmt::Display for Relation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Country,
    /// A city or other place that is not a country.
    Place,
}

impl EntityKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Country => "country",
            EntityKind::Place => "place",
        }
    }
}

/// One argument of a fact: an entity (with its kind and, when known, its
/// Wikidata id), or a literal (a title, a quotation, a topic, a date).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Arg {
    Entity {
        name: String,
        kind: EntityKind,
        #[serde(skip_serializing_if = "Option::is_none")]
        wikidata: Option<String>,
    },
    Literal {
        value: String,
    },
}

impl Arg {
    pub fn entity(name: impl Into<String>, kind: EntityKind) -> Arg {
        Arg::Entity {
            name: name.into(),
            kind,
            wikidata: None,
        }
    }

    pub fn literal(value: impl Into<String>) -> Arg {
        Arg::Literal {
            value: value.into(),
        }
    }

    /// The text that stands in the `facts` TSV for this argument.
    pub fn text(&self) -> &str {
        match self {
            Arg::Entity { name, .. } => name,
            Arg::Literal { value } => value,
        }
    }
}

/// Where a fact came from: `&doc.text[span]` is the evidence.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Evidence {
    /// Index of the sentence (in the document's analysis) holding the evidence.
    pub sentence: usize,
    /// Byte span of that sentence, so the store can give the evidence in
    /// context (`0..0` when unknown). Not part of the facts TSV or JSONL.
    #[serde(skip)]
    pub sentence_span: Range<usize>,
    /// Byte span into the document's text.
    pub span: Range<usize>,
    /// The extractor rule that produced the fact, e.g. `mediation/passive-by`.
    pub rule: &'static str,
    /// Confidence in [0, 1].
    pub confidence: f32,
}

/// One extracted fact about the talks an article reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    pub doc: String,
    pub relation: Relation,
    /// One to three arguments, as in shared/EVAL.md.
    pub args: Vec<Arg>,
    pub evidence: Evidence,
}

impl Fact {
    /// The argument texts padded to three columns.
    pub fn arg_texts(&self) -> [&str; 3] {
        let mut out = [""; 3];
        for (slot, arg) in out.iter_mut().zip(&self.args) {
            *slot = arg.text();
        }
        out
    }

    /// Key under which two facts are the same fact (evidence aside). A
    /// meeting is one fact whichever side is named first.
    pub fn key(&self) -> (Relation, [String; 3]) {
        let mut t = self.arg_texts();
        if self.relation == Relation::Met && !t[1].is_empty() && t[1] < t[0] {
            t.swap(0, 1);
        }
        (
            self.relation,
            [t[0].to_string(), t[1].to_string(), t[2].to_string()],
        )
    }
}
