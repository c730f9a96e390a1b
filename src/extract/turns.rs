//! Speaker turns of a transcript: who "I" and "we" are.
//!
//! Remarks, press conferences and interviews are published as turns, each
//! opened by a label on its own line start: "PRESIDENT RIVERA:", "PRIME
//! MINISTER BERG:". Inside a turn, "I" and "we" are the labelled speaker,
//! so "I had a good call with B" is a meeting of the speaker and B, and "I
//! want to welcome you here" makes the speaker the host.
//!
//! A label is the text from a line start to a colon: at most six words,
//! every letter upper case. It names a person of the article when, title
//! words aside, its words end a person's name ("BIDEN" for "Joseph R.
//! Biden", "AL THANI" for "Tamim bin Hamad Al-Thani"); a label that names
//! no one ("Q", "THE PRESIDENT" when the title alone is ambiguous) closes
//! the previous turn without opening a known one. Articles with fewer than
//! two labels are not transcripts and have no turns.

use super::{Context, Item};
use crate::fact::EntityKind;

/// A turn: where it starts (byte offset) and its speaker, when known.
#[derive(Debug, Clone)]
pub struct Turn {
    pub start: usize,
    pub speaker: Option<usize>,
}

/// The turns of a document, in order.
pub fn find(cx: &Context<'_>) -> Vec<Turn> {
    let text = &cx.doc.text;
    let mut turns = Vec::new();
    let mut at = cx.doc.body.start.min(text.len());
    for line in text[at..].split_inclusive('\n') {
        if let Some(label) = label_of(line) {
            turns.push(Turn {
                start: at,
                speaker: speaker_of(cx, label),
            });
        }
        at += line.len();
    }
    if turns.len() < 2 {
        turns.clear();
    }
    turns
}

/// The label that opens `line`, if it is one.
fn label_of(line: &str) -> Option<&str> {
    let colon = line.find(':')?;
    let label = line[..colon].trim();
    let words = label.split_whitespace().count();
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let ok = (1..=6).contains(&words)
        && letters >= 1
        && label
            .chars()
            .all(|c| c.is_uppercase() || c.is_whitespace() || matches!(c, '.' | '-' | '\'' | '’'))
        && !label.chars().next().is_some_and(char::is_whitespace);
    ok.then_some(label)
}

/// The person a label names: the one whose name ends with the label's
/// last words (the longest such ending that fits one person only).
fn speaker_of(cx: &Context<'_>, label: &str) -> Option<usize> {
    let norm = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty())
            .map(|w| w.trim_matches('.').to_lowercase())
            .collect()
    };
    let words = norm(label);
    for take in (1..=words.len().min(3)).rev() {
        let tail = &words[words.len() - take..];
        if tail.iter().all(|w| cx.title_word(w)) {
            continue;
        }
        let hits: Vec<usize> = cx
            .mentions
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityKind::Person)
            .filter(|(_, e)| norm(&e.name).ends_with(tail))
            .map(|(k, _)| k)
            .collect();
        if hits.len() == 1 {
            return Some(hits[0]);
        }
    }
    None
}

impl<'a> Context<'a> {
    /// The speaker of the transcript turn holding byte `offset`.
    pub fn speaker_at(&self, offset: usize) -> Option<usize> {
        let k = self.turns.partition_point(|t| t.start <= offset);
        k.checked_sub(1).and_then(|k| self.turns[k].speaker)
    }

    /// A mention of entity `e` (the first), to stand for a pronoun.
    pub fn mention_of(&self, e: usize) -> Option<usize> {
        self.mentions.mentions.iter().position(|m| m.entity == e)
    }

    /// When token `t` is "I" or "we" inside a turn: an item that stands
    /// for the speaker (a mention of theirs) at the pronoun's own span, so
    /// the evidence points at the words of the sentence.
    pub fn first_person(&self, t: usize) -> Option<Item<'a>> {
        let w = self.token_lower(t);
        if !matches!(w.as_str(), "i" | "we") {
            return None;
        }
        let span = self.analysis.tokens[t].span.clone();
        let e = self.speaker_at(span.start)?;
        let m = self.mention_of(e)?;
        Some(Item {
            text: self.doc.text.get(span.clone()).unwrap_or(""),
            lower: w.clone(),
            span,
            mention: Some(m),
            punct: false,
            verbs: 0,
            upos: "",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::facts;
    use crate::fact::Relation;

    const REMARKS: &str = "Remarks by President Ana Rivera and Prime Minister Tomas Berg\n\nPRESIDENT RIVERA: Welcome, everyone. It is an honor to welcome you here. Last week I had a good call with President Marta Soto.\n\nPRIME MINISTER BERG: Thank you. We discussed fisheries.\n";

    #[test]
    fn first_person_in_a_turn_is_the_speaker() {
        let met = facts(REMARKS, Relation::Met);
        assert!(met.iter().any(|m| m == "Ana Rivera\tMarta Soto"), "{met:?}");
        let host = facts(REMARKS, Relation::Host);
        assert_eq!(host, vec!["Ana Rivera".to_string()]);
    }

    #[test]
    fn today_in_a_turn_is_the_day_of_the_remarks() {
        let mut doc = crate::Document::new(
            "t",
            REMARKS.replace("Welcome, everyone.", "Welcome here today."),
        );
        doc.date = Some("2026-05-12".into());
        let got: Vec<String> = crate::extract_document(&doc, crate::Lexicon::builtin())
            .facts
            .iter()
            .filter(|f| f.relation == Relation::Date)
            .map(|f| f.arg_texts()[0].to_string())
            .collect();
        assert_eq!(got, vec!["2026-05-12".to_string()]);
    }

    #[test]
    fn labels() {
        assert_eq!(
            super::label_of("PRESIDENT RIVERA: Thank you."),
            Some("PRESIDENT RIVERA")
        );
        assert_eq!(super::label_of("Q: And the talks?"), Some("Q"));
        assert_eq!(super::label_of("  indented: no"), None);
        assert_eq!(super::label_of("Note: this is prose."), None);
        assert_eq!(super::label_of("The time was 10:30 when"), None);
    }
}
