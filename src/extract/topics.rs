//! Topics: what the talks addressed.
//!
//! What it extracts: the issues a sentence says the talks addressed,
//! discussed or focused on, and the matter of "talks on X".
//!
//! Example: "They addressed issues including the lifting of sanctions and
//! the nuclear programme" gives `topic lifting of sanctions` and `topic
//! nuclear programme`; "negotiations on a ceasefire" gives `topic ceasefire`.
//!
//! Facts produced: `topic PHRASE`.

use super::{Context, Extractor, Item};
use crate::fact::{Arg, Fact, Relation};

pub struct Topics;

/// Words that end a topic phrase: clause openers and verbs of reporting.
const STOP: &[&str] = &[
    "that", "which", "who", "whom", "while", "but", "as", "when", "where", "because", "so", "if",
    "after", "before", "during", "since", "until", "said", "says", "is", "are", "was", "were",
    "will", "would", "to", "has", "have", "had", "be", "been", "being", "in", "at", "with",
    "between", "amid", "amidst", "by", "for", "from",
];

const MAX_WORDS: usize = 8;

impl Extractor for Topics {
    fn name(&self) -> &'static str {
        "topics"
    }

    fn extract(&self, cx: &Context<'_>, out: &mut Vec<Fact>) {
        let tr = cx.triggers();
        for si in 0..cx.analysis.sentences.len() {
            let items = cx.items(si);
            for (i, it) in items.iter().enumerate() {
                if it.mention.is_some() || it.punct {
                    continue;
                }
                let w = it.lower.as_str();
                let start = if tr.topic_verbs.contains(w) {
                    // "focused on", "centred around"
                    let mut j = i + 1;
                    if items.get(j).is_some_and(|x| {
                        matches!(x.lower.as_str(), "on" | "upon" | "around" | "about")
                    }) {
                        j += 1;
                    }
                    Some((j, "topics/addressed"))
                } else if tr.topic_nouns.contains(w)
                    && tr.talks.contains(w)
                    && items
                        .get(i + 1)
                        .is_some_and(|x| matches!(x.lower.as_str(), "on" | "about" | "over"))
                {
                    Some((i + 2, "topics/talks-on"))
                } else {
                    None
                };
                let Some((mut j, rule)) = start else { continue };
                // "Topics discussed included A, B": the list follows the copula.
                if items.get(j).is_some_and(|x| {
                    matches!(
                        x.lower.as_str(),
                        "included" | "include" | "includes" | "were" | "was"
                    )
                }) {
                    j += 1;
                }
                // "A, B and C were (thoroughly) addressed": the list precedes.
                if rule == "topics/addressed" && j == i + 1 {
                    if let Some(list_start) = passive_subject(&items, i) {
                        for (a, b) in phrases(cx, &items[..i], list_start) {
                            let span = items[a].span.start..items[b - 1].span.end;
                            let value = collapse(&cx.doc.text[span.clone()]);
                            out.push(cx.fact(
                                Relation::Topic,
                                vec![Arg::literal(value)],
                                si,
                                span,
                                "topics/passive",
                                0.65,
                            ));
                        }
                        continue;
                    }
                }
                if items
                    .get(j)
                    .is_some_and(|x| x.mention.is_none() && STOP.contains(&x.lower.as_str()))
                {
                    continue;
                }
                for (a, b) in phrases(cx, &items, j) {
                    let span = items[a].span.start..items[b - 1].span.end;
                    let value = collapse(&cx.doc.text[span.clone()]);
                    if value.split_whitespace().count() == 0 {
                        continue;
                    }
                    out.push(cx.fact(
                        Relation::Topic,
                        vec![Arg::literal(value)],
                        si,
                        span,
                        rule,
                        0.7,
                    ));
                }
            }
        }
    }
}

/// Conjoined noun phrases starting at `items[j]`, as item ranges, with
/// leads ("issues including", "the details of") and determiners removed.
fn phrases(cx: &Context, items: &[Item], j: usize) -> Vec<(usize, usize)> {
    let tr = cx.triggers();
    // The whole object, up to the end of the clause.
    let mut end = j;
    while end < items.len() {
        let x = &items[end];
        if x.punct && !matches!(x.text, "," | "-" | "–")
            || (x.mention.is_none() && STOP.contains(&x.lower.as_str()) && end > j)
        {
            break;
        }
        end += 1;
    }
    // Skip everything up to a list lead ("sensitive issues including").
    let mut start = j;
    for k in j..end {
        if let Some(n) = lead_at(tr, items, k) {
            if tr.topic_leads[n].len() == 1 || k == start {
                start = k + tr.topic_leads[n].len();
            }
        }
    }
    let mut out = Vec::new();
    let mut a = start;
    let mut k = start;
    while k <= end {
        let boundary = k == end
            || (items[k].mention.is_none()
                && (items[k].lower == "and" || items[k].lower == "," || items[k].lower == "as"));
        if boundary {
            let mut s = a;
            // Leads and determiners at the start of each conjunct.
            loop {
                if let Some(n) = lead_at(tr, items, s) {
                    s += tr.topic_leads[n].len();
                } else if s < k
                    && matches!(
                        items[s].lower.as_str(),
                        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "other" | "well"
                    )
                {
                    s += 1;
                } else {
                    break;
                }
            }
            if s < k
                && k - s <= MAX_WORDS
                && items[s..k]
                    .iter()
                    .any(|x| !x.punct && x.text.chars().any(char::is_alphabetic))
            {
                out.push((s, k));
            }
            // "as well as"
            if k < end && items[k].lower == "as" {
                k += 2;
            }
            a = k + 1;
        }
        k += 1;
    }
    out
}

/// For a passive topic verb at `v` ("... were thoroughly addressed"), where
/// the listed subject starts: after a dash or colon before "were", else the
/// sentence start. None when the verb is not passive.
fn passive_subject(items: &[Item], v: usize) -> Option<usize> {
    let mut k = v;
    // adverbs between the copula and the verb
    while k > 0 && items[k - 1].lower.ends_with("ly") {
        k -= 1;
    }
    if k == 0 || !matches!(items[k - 1].lower.as_str(), "were" | "was" | "been" | "be") {
        return None;
    }
    let mut end = k - 1;
    while end > 0
        && matches!(
            items[end - 1].lower.as_str(),
            "have" | "has" | "had" | "will"
        )
    {
        end -= 1;
    }
    // The list's start: just after an opening dash, a colon or the sentence start.
    let mut start = end;
    while start > 0 {
        let x = &items[start - 1];
        if x.punct && matches!(x.text, "—" | "–" | ":" | ";" | "(") {
            break;
        }
        start -= 1;
    }
    // Drop a closing dash right before the copula.
    (start < end).then_some(start)
}

/// The topic lead starting at `items[k]`, if any (index into `topic_leads`).
fn lead_at(tr: &super::Triggers, items: &[Item], k: usize) -> Option<usize> {
    tr.topic_leads.iter().position(|lead| {
        lead.len() <= items.len().saturating_sub(k)
            && lead.iter().zip(&items[k..]).all(|(l, x)| *l == x.lower)
    })
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::fact::Relation;

    #[test]
    fn topics() {
        check(
            Relation::Topic,
            &[
                (
                    "They addressed sensitive issues including the details of easing trade tariffs and the future of the fishing treaty.",
                    &["easing trade tariffs", "fishing treaty"],
                ),
                ("The ministers discussed border security.", &["border security"]),
                ("Negotiations on a prisoner exchange continued.", &["prisoner exchange"]),
                ("The weather was fine.", &[]),
            ],
        );
    }
}
