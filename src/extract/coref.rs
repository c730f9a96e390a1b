//! Groups that stand for people or parties named before: "the two
//! leaders", "both sides", "the two presidents", "both delegations".
//!
//! Pronouns and definite descriptions ("he", "the minister", "the Peruvian
//! president") are resolved to one person by the mentions stage; a group
//! stands for as many as its number says (two to four). "The two leaders",
//! "both presidents" and "the three leaders" are the last two (or three)
//! people named before them (within three sentences) — with a title
//! that ends in the group's noun when the noun is a title ("presidents",
//! "ministers"); "both sides" and "the two delegations" are the last two
//! countries or organisations. The items returned carry the group's own
//! span, so the evidence of a fact points at the words that say it.

use super::{Context, Item};
use crate::fact::EntityKind;

/// Nouns of a group of people, and whether they stand for parties.
pub(super) fn group_noun(w: &str) -> Option<bool> {
    match w {
        "leaders" | "presidents" | "ministers" | "heads" | "counterparts" | "men" | "women"
        | "envoys" | "negotiators" | "officials" => Some(false),
        "sides" | "delegations" | "countries" | "nations" | "governments" | "parties" => Some(true),
        _ => None,
    }
}

impl<'a> Context<'a> {
    /// The entities (two, three or four, as its number says) a group noun
    /// phrase headed by token `t` stands for.
    pub fn group_referents(&self, t: usize) -> Vec<Item<'a>> {
        let a = self.analysis;
        let w = self.token_lower(t);
        let Some(parties) = group_noun(w) else {
            return Vec::new();
        };
        // "the two leaders", "both sides", "the three presidents".
        let number = self.children_by(t, &["nummod", "det"]).find_map(|c| {
            match self.token_lower(c).as_str() {
                "two" | "both" => Some(2),
                "three" => Some(3),
                "four" => Some(4),
                _ => None,
            }
        });
        let first = self
            .children_by(t, &["nummod", "det"])
            .map(|c| a.tokens[c].span.start)
            .min()
            .unwrap_or(a.tokens[t].span.start);
        let span = first..a.tokens[t].span.end;
        let si = a.sentence_of_token(t);
        let ms = &self.mentions.mentions;
        let item = |k: usize| Item {
            text: self.doc.text.get(span.clone()).unwrap_or(""),
            lower: String::new(),
            span: span.clone(),
            mention: Some(k),
            punct: false,
            verbs: 0,
            upos: "",
        };
        // "The two presidents, A of X and B of Y, spoke", "The foreign
        // ministers of X and Y, A and B, held talks": the group named right
        // after it (and its own "of" phrase), between commas, before any
        // verb, however the parse hangs the names. With no number, two or
        // more people named there.
        let end = a.sentences[si].tokens.end;
        let comma = (t + 1..end.min(t + 9))
            .take_while(|&k| !matches!(a.tokens[k].upos, "VERB" | "AUX"))
            .find(|&k| self.token_lower(k) == ",");
        if let (false, Some(comma)) = (parties, comma) {
            let verb = (comma + 1..end)
                .find(|&k| matches!(a.tokens[k].upos, "VERB" | "AUX"))
                .unwrap_or(end);
            let stop = a.tokens[verb.min(a.tokens.len() - 1)].span.start;
            let from = ms.partition_point(|m| m.span.start < a.tokens[comma].span.end);
            let mut named: Vec<(usize, usize)> = Vec::new();
            for (k, m) in ms.iter().enumerate().skip(from) {
                if m.span.start >= stop || m.sentence != si {
                    break;
                }
                if self.mentions.entities[m.entity].kind == EntityKind::Person
                    && !named.iter().any(|&(_, e)| e == m.entity)
                {
                    named.push((k, m.entity));
                }
            }
            if number.map_or(named.len() >= 2, |n| named.len() == n) {
                return named.into_iter().map(|(k, _)| item(k)).collect();
            }
        }
        let Some(n) = number else {
            return Vec::new();
        };
        let singular = w.trim_end_matches('s').to_string();
        let titled = |e: usize| {
            self.mentions
                .roles
                .iter()
                .any(|r| r.person == e && r.title.to_lowercase().ends_with(singular.as_str()))
        };
        let title_noun = matches!(w.as_str(), "presidents" | "ministers" | "envoys");
        // "The two leaders" after a head of state or government and the
        // minister who greeted them: the heads, when as many are named.
        let heads = &self.triggers().head_titles;
        let head = |e: usize| {
            self.mentions
                .roles
                .iter()
                .any(|r| r.person == e && heads.contains(&r.title.to_lowercase()))
        };
        let before = ms.partition_point(|m| m.span.start < span.start);
        let gather = |only_heads: bool| {
            let mut found: Vec<(usize, usize)> = Vec::new();
            for (k, m) in ms[..before].iter().enumerate().rev() {
                if m.sentence + 3 < si {
                    break;
                }
                let kind = self.mentions.entities[m.entity].kind;
                let fits = if parties {
                    matches!(kind, EntityKind::Country | EntityKind::Organization)
                } else {
                    kind == EntityKind::Person
                        && (!title_noun || titled(m.entity))
                        && (!only_heads || head(m.entity))
                        && !self.is_location_phrase(k)
                };
                if fits && !found.iter().any(|&(_, e)| e == m.entity) {
                    found.push((k, m.entity));
                    if found.len() == n {
                        break;
                    }
                }
            }
            found
        };
        let mut found = if w == "leaders" {
            gather(true)
        } else {
            Vec::new()
        };
        if found.len() < n {
            found = gather(false);
        }
        if found.len() < n {
            return Vec::new();
        }
        // An official described but never named between the furthest of
        // them and the group ("A received the Icelandic president. The two
        // leaders spoke"): the group may well be theirs, so it is left
        // unresolved rather than given to someone named further back.
        if !parties {
            let from = ms[found[found.len() - 1].0].span.end;
            let lo = a.tokens.partition_point(|tok| tok.span.start < from);
            let hi = a.tokens.partition_point(|tok| tok.span.end <= span.start);
            let unnamed = (lo..hi.max(lo)).any(|k| {
                let tok = &a.tokens[k];
                tok.upos == "NOUN"
                    && self.token_mention(k).is_none()
                    && self.lexicon.title(self.token_lower(k)).is_some()
                    && self
                        .children_by(k, &["det"])
                        .any(|d| matches!(self.token_lower(d).as_str(), "the" | "a" | "an"))
            });
            if unnamed {
                return Vec::new();
            }
        }
        found.reverse();
        found.into_iter().map(|(k, _)| item(k)).collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::fact::Relation;
    use crate::{extract_document, Document, Lexicon};

    /// The `met` facts of a text with the words their evidence spans.
    fn met_with_evidence(text: &str) -> Vec<(String, String)> {
        let doc = Document::new("t", text);
        extract_document(&doc, Lexicon::builtin())
            .facts
            .into_iter()
            .filter(|f| f.relation == Relation::Met)
            .map(|f| {
                let a = f.arg_texts();
                (
                    format!("{}\t{}", a[0], a[1]),
                    doc.text[f.evidence.span].to_string(),
                )
            })
            .collect()
    }

    /// An official described but not named after the last people named:
    /// "the two leaders" may include them, so the group names no one.
    #[test]
    fn a_group_after_an_unnamed_official_is_left_alone() {
        let met: Vec<String> = met_with_evidence(
            "Foreign Minister Ana Ruiz met Prime Minister Ivo Kask on Monday. King Olav received the Icelandic president at the palace on Tuesday. The two leaders spoke for an hour.",
        )
        .into_iter()
        .map(|(pair, _)| pair)
        .collect();
        assert_eq!(met, vec!["Ana Ruiz\tIvo Kask".to_string()]);
    }

    #[test]
    fn groups_descriptions_and_pronouns() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "Chilean Foreign Minister Ana Ruiz arrived in Lima. President Tomas Berg of Peru gave a speech at noon. The two leaders met on Tuesday.",
                "Ana Ruiz\tTomas Berg",
                "The two leaders",
            ),
            (
                "Chilean Foreign Minister Ana Ruiz arrived in Lima on Monday. The minister held talks with President Tomas Berg of Peru.",
                "Ana Ruiz\tTomas Berg",
                "The minister held talks with President Tomas Berg",
            ),
            (
                "President Ana Ruiz of Chile arrived in Lima. President Tomas Berg of Peru and President Luis Vega of Bolivia were waiting. The three presidents met on Tuesday.",
                "Tomas Berg\tLuis Vega",
                "The three presidents",
            ),
            (
                "President Tomas Berg of Peru arrived in Santiago on Monday. The Peruvian president met Chilean Foreign Minister Ana Ruiz.",
                "Tomas Berg\tAna Ruiz",
                "The Peruvian president met Chilean Foreign Minister Ana Ruiz",
            ),
        ];
        for (text, want, words) in cases {
            let got = met_with_evidence(text);
            assert!(
                got.iter().any(|(m, w)| m == want && w == words),
                "{text}\n  want {want} at {words:?}\n  got {got:?}"
            );
        }
    }

    /// "The two leaders" are the heads of state or government named
    /// before, not the minister who greeted one of them.
    #[test]
    fn two_leaders_are_the_heads_named_before() {
        let got = met_with_evidence(
            "Prime Minister Kenji Morita arrived in Jakarta to discuss trade with President Budi Santoso. Morita was greeted at the airport by Foreign Minister Retno Wulandari. The two leaders held a closed-door meeting on Wednesday.",
        );
        let of_group: Vec<&str> = got
            .iter()
            .filter(|(_, words)| words == "The two leaders")
            .map(|(pair, _)| pair.as_str())
            .collect();
        assert_eq!(of_group, ["Budi Santoso\tKenji Morita"], "{got:?}");
    }

    /// "The ministers" after one minister named is a group, not that
    /// minister: what they met is met by the talks' participants.
    #[test]
    fn a_plural_title_is_not_the_one_person_named_before() {
        let got: Vec<String> = met_with_evidence(
            "Foreign Minister Gedu Alemu said the talks were useful. The ministers then met with the World Bank.",
        )
        .into_iter()
        .map(|(pair, _)| pair)
        .collect();
        assert_eq!(got, vec!["World Bank\t".to_string()]);
    }

    #[test]
    fn a_group_needs_two_to_stand_for() {
        let got = met_with_evidence(
            "President Tomas Berg of Peru arrived. The two leaders met on Tuesday.",
        );
        assert!(got.is_empty(), "{got:?}");
        let got = met_with_evidence(
            "President Tomas Berg of Peru arrived. President Ana Ruiz of Chile was waiting. The three leaders met on Tuesday.",
        );
        assert!(got.is_empty(), "{got:?}");
    }
}
