//! Mentions and resolution: find the people, organisations, countries and
//! places an article names, and resolve every mention to one entity per
//! real-world thing in that article.

mod gazetteer;
mod names;
mod words;

pub use gazetteer::{CountryForm, Gazetteer, Hit, Target};
pub(crate) use names::{is_subject, GENERIC_OWNERS};
pub use words::{NameWords, TitleIndex};

use crate::document::Document;
use crate::fact::{Arg, EntityKind};
use crate::lexicon::Lexicon;
use crate::text::Analysis;
use std::ops::Range;

/// One real-world thing named in an article.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Canonical name (the fullest form the article uses, or the lexicon's name).
    pub name: String,
    pub kind: EntityKind,
    pub wikidata: Option<String>,
    /// Other names the article uses for it.
    pub aliases: Vec<String>,
}

impl Entity {
    /// An entity with no other names yet.
    pub fn new(name: impl Into<String>, kind: EntityKind, wikidata: Option<String>) -> Entity {
        Entity {
            name: name.into(),
            kind,
            wikidata,
            aliases: Vec::new(),
        }
    }

    pub fn arg(&self) -> Arg {
        Arg::Entity {
            name: self.name.clone(),
            kind: self.kind,
            wikidata: self.wikidata.clone(),
        }
    }
}

/// Whether a personal pronoun can stand for the person of this name: "she"
/// is not a man the census knows by his first name, nor "he" a woman
/// (`data/lexicon/given_gender.tsv`); anyone else agrees with both.
pub fn pronoun_agrees(pronoun: &str, name: &str) -> bool {
    use crate::lexicon::{given_gender, Gender};
    let first = name.split_whitespace().next().unwrap_or("");
    let p = pronoun.to_lowercase();
    !matches!(
        (p.as_str(), given_gender(first)),
        ("he" | "him" | "his", Some(Gender::Female)) | ("she" | "her" | "hers", Some(Gender::Male))
    )
}

/// How a mention refers to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// The name or a lexicon alias (`Oman`, `Sultanate of Oman`, `IAEA`).
    Name,
    /// A demonym or adjective (`Iranian`).
    Demonym,
    /// A capital standing for the government (`Tehran`).
    Capital,
    /// A surname or partial name of a person named earlier.
    Surname,
    /// A title alone (`the Secretary`).
    Title,
    /// A pronoun (`he`, `she`) or `For his part`.
    Pronoun,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub span: Range<usize>,
    pub sentence: usize,
    /// Index into `Mentions::entities`.
    pub entity: usize,
    pub via: Via,
}

/// A title found next to a person's name: "Omani Foreign Minister Badr X",
/// "X, the Prime Minister of Y".
#[derive(Debug, Clone, PartialEq)]
pub struct RoleMention {
    /// The person (index into `Mentions::entities`).
    pub person: usize,
    /// The title as the lexicon writes it (singular).
    pub title: String,
    /// The organisation or country the title belongs to, when the text says.
    pub of: Option<usize>,
    pub sentence: usize,
    /// Span covering the title and the name.
    pub span: Range<usize>,
    /// Inferred from "her Estonian counterpart, B" (the owner's title for
    /// the counterpart's country), not written beside the name.
    pub counterpart: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Mentions {
    pub entities: Vec<Entity>,
    /// Sorted by span start.
    pub mentions: Vec<Mention>,
    /// Titles held by people, as found next to their names.
    pub roles: Vec<RoleMention>,
}

impl Mentions {
    /// Mentions inside sentence `i`.
    pub fn in_sentence(&self, i: usize) -> &[Mention] {
        let lo = self.mentions.partition_point(|m| m.sentence < i);
        let hi = self.mentions.partition_point(|m| m.sentence <= i);
        &self.mentions[lo..hi]
    }

    pub fn entity(&self, m: &Mention) -> &Entity {
        &self.entities[m.entity]
    }

    /// The mention whose span starts at or covers byte `offset`, if any.
    pub fn at(&self, offset: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.span.end <= offset);
        self.mentions[i..]
            .iter()
            .take_while(|m| m.span.start <= offset)
            .find(|m| m.span.contains(&offset))
    }
}

/// Find and resolve the mentions of one document.
pub fn find(doc: &Document, analysis: &Analysis, lexicon: &Lexicon) -> Mentions {
    names::find(doc, analysis, lexicon)
}
