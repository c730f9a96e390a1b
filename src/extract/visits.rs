//! Visits: a leader travelling to another country for talks.
//!
//! What it extracts: the visitor and the visited country as participants,
//! and the visited country as host.
//!
//! Example: "President A made a state visit to Canada" gives `participant
//! A`, A's country, `participant Canada` and `host Canada`; "A visited
//! Brazil" and "A's visit to Brazil" are the same fact.
//!
//! Facts produced: `participant AGENT`, `host COUNTRY`.

use super::subject_before;
use super::{Context, Extractor, Item};
use crate::fact::{EntityKind, Fact, Relation};

pub struct Visits;

impl Extractor for Visits {
    fn name(&self) -> &'static str {
        "visits"
    }

    fn extract(&self, cx: &Context<'_>, out: &mut Vec<Fact>) {
        for si in 0..cx.analysis.sentences.len() {
            let items = cx.items(si);
            for (i, it) in items.iter().enumerate() {
                if it.mention.is_some() || it.punct {
                    continue;
                }
                let (visitor, host) = match it.lower.as_str() {
                    // "A visited Brazil"
                    "visited" | "visits" => {
                        let host = items
                            .get(i + 1)
                            .filter(|x| is_country(cx, x))
                            .map(|_| i + 1);
                        (subject_before(cx, items, i), host)
                    }
                    // "A made a state visit to Canada", "A's visit to Brazil"
                    "visit" | "trip" if items.get(i + 1).is_some_and(|x| x.lower == "to") => {
                        let host = items
                            .get(i + 2)
                            .filter(|x| is_country(cx, x))
                            .map(|_| i + 2);
                        let made = items[..i].iter().rposition(|x| {
                            matches!(
                                x.lower.as_str(),
                                "made" | "makes" | "paid" | "pays" | "began" | "'s"
                            )
                        });
                        let visitor = made.filter(|&m| i - m <= 5).and_then(|m| {
                            if items[m].lower == "'s" {
                                (m > 0 && cx.is_agent(&items[m - 1])).then_some(m - 1)
                            } else {
                                subject_before(cx, items, m)
                            }
                        });
                        (visitor, host)
                    }
                    _ => continue,
                };
                let (Some(v), Some(h)) = (visitor, host) else {
                    continue;
                };
                if cx.kind(&items[v]) != Some(EntityKind::Person) {
                    continue;
                }
                let span = items[v.min(h)].span.start..items[v.max(h)].span.end;
                for idx in [v, h] {
                    cx.push_participant(
                        out,
                        &items[idx],
                        si,
                        span.clone(),
                        "visits/visit-to",
                        0.75,
                    );
                }
                if let Some(arg) = cx.arg(&items[h]) {
                    out.push(cx.fact(Relation::Host, vec![arg], si, span, "visits/visit-to", 0.7));
                }
            }
        }
    }
}

fn is_country(cx: &Context, x: &Item) -> bool {
    cx.kind(x) == Some(EntityKind::Country)
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::fact::Relation;

    #[test]
    fn visits() {
        check(
            Relation::Host,
            &[
                (
                    "President Ana Lind made her first state visit to Canada.",
                    &["Canada"],
                ),
                (
                    "Prime Minister Joao Reis visited Brazil on Monday.",
                    &["Brazil"],
                ),
                ("Tourists visited Brazil.", &[]),
            ],
        );
        check(
            Relation::Participant,
            &[(
                "President Ana Lind of Chile made her first state visit to Canada.",
                &["Ana Lind", "Chile", "Canada"],
            )],
        );
    }
}
