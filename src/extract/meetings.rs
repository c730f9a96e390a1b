//! Meetings: who met whom.
//!
//! What it extracts: meetings between two agents, or between the
//! participants and someone named.
//!
//! Example: "President A met with President B of X" gives `met A B`;
//! "Sideline meetings were held with Minister C" gives `met C` (the
//! participants met C); "A held talks with B", "A received B", "a meeting
//! between A and B", "A and B met" (or "spoke for an hour", "talked by
//! phone": two joined by "and" speaking with no one else named) are the
//! other shapes. When both sides
//! are named, both took part in the talks.
//!
//! Over the parse (`meetings/parse-*`): a meeting verb's subjects met its
//! object or the agents of an oblique with "with" (or "to", for talk and
//! speak), whatever stands between them ("A met December 14 with B, C and
//! D", "A, who arrived on Monday, met B"); subjects conjoined with no
//! object met each other ("A and B met"); "A received B"; a meeting noun
//! with a "with" phrase met its possessor or the subject of the verb that
//! has it ("her talks with B", "A had a call with B"), a possessive
//! pronoun standing for the nearest person named before it; a group
//! subject with no object ("the two leaders met", "both sides spoke") met
//! between the two it stands for (see `coref.rs`). "A and B held talks"
//! met each other when they are two people or two countries; "A arrived
//! in K for talks with B" (a meeting noun in a "for" phrase) met B, as
//! does every traveller of a list ("A, B and C arrived by train for talks
//! with D") and who "was in K for talks with B"; "A will travel to K next
//! week to meet B" (the subject of the verb the meeting is the purpose
//! of, when none stands near "meet").
//! Also: "talks between A and B" when both are people; a group named in
//! apposition ("the two presidents, A and B, spoke", "talks between the
//! two leaders, A and B,"); two people of two countries who sign a deal
//! together; "A, the President of X had lunch with B" (the subject of
//! "had" read from the parse); "A pledged support at a meeting with B"
//! (the subject of the verb the meeting is the occasion of, when named);
//! "B was received at the palace by A"; "A exchanged views with B" and
//! "A and B exchanged views on X" (a conversation), "A and B shook hands";
//! "A paid a courtesy call on B", "paid a visit to President B" (to a
//! person, not a place).
//!
//! Facts produced: `met AGENT [AGENT]`, `participant AGENT`.

use super::subject_before;
use super::{agent_list, Context, Extractor, Item};
use crate::fact::{EntityKind, Fact, Relation};
use crate::lexicon::VerbClass;

pub struct Meetings;

/// Meeting verbs that take their party as an object ("met B"); the others
/// (talk, confer, speak) take it with "with" or "to".
const MEET_OBJECT: &[&str] = &[
    "meet",
    "meets",
    "met",
    "meeting",
    "consult",
    "consults",
    "consulted",
    "consulting",
];

/// Whether mention `m` after "spoke to" is a party spoken with: a person
/// or a country named as such, not a broadcaster ("spoke to CNN") or a
/// public ("spoke to the American people").
fn spoken_to(cx: &Context<'_>, m: usize) -> bool {
    match cx.mention_kind(m) {
        EntityKind::Person => true,
        EntityKind::Country => cx.mentions.mentions[m].via != crate::mentions::Via::Demonym,
        _ => false,
    }
}

/// Two mentions met: `emit_met` over the items standing for them.
fn emit_met_pair(
    cx: &Context,
    out: &mut Vec<Fact>,
    si: usize,
    x: usize,
    y: usize,
    rule: &'static str,
    conf: f32,
) {
    let items = [cx.mention_item(x), cx.mention_item(y)];
    emit_met(cx, out, si, &items, 0, Some(1), rule, conf);
}

/// A meeting of the people or parties a group stands for ("the two
/// leaders", "the three presidents"): each pair of them met.
fn emit_group_met(
    cx: &Context,
    out: &mut Vec<Fact>,
    si: usize,
    group: &[Item],
    rule: &'static str,
) {
    emit_all_met(cx, out, si, group, rule, 0.7);
}

/// Every pair of `group` met.
fn emit_all_met(
    cx: &Context,
    out: &mut Vec<Fact>,
    si: usize,
    group: &[Item],
    rule: &'static str,
    conf: f32,
) {
    for a in 0..group.len() {
        for b in a + 1..group.len() {
            emit_met(cx, out, si, group, a, Some(b), rule, conf);
        }
    }
}

/// Words allowed between a meeting verb and its object ("met separately with").
const BETWEEN: &[&str] = &[
    "with",
    "hands",
    "separately",
    "again",
    "also",
    "virtually",
    "briefly",
    "today",
    "yesterday",
    "privately",
    "later",
    "bilaterally",
    "jointly",
];

/// For "at the White House with B" or "on Monday in Lima with B" from
/// `items[j]`: the index after "with" (no more than six words of place and
/// time before it, no punctuation).
fn where_when_then_with(items: &[Item], j: usize) -> Option<usize> {
    if !items
        .get(j)
        .is_some_and(|x| matches!(x.lower.as_str(), "at" | "in" | "on"))
    {
        return None;
    }
    // Names, "the" and numbers only: "consulted on the voluntary
    // commitments with A" is about something, not somewhere.
    // (A date's commas too: "met on Friday, December 15, 2023 with B".)
    let k = (j + 1..(j + 9).min(items.len()))
        .take_while(|&k| !items[k].punct || items[k].text == ",")
        .find(|&k| items[k].lower == "with")?;
    items[j + 1..k]
        .iter()
        .all(|x| {
            matches!(x.lower.as_str(), "the" | "at" | "in" | "on" | ",")
                || x.text
                    .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        })
        .then_some(k + 1)
}

impl Extractor for Meetings {
    fn name(&self) -> &'static str {
        "meetings"
    }

    fn extract(&self, cx: &Context<'_>, out: &mut Vec<Fact>) {
        parsed(cx, out);
        meeting_nouns(cx, out);
        remarks_before_meeting(cx, out);
        held_talks_words(cx, out);
        let tr = cx.triggers();
        for si in 0..cx.analysis.sentences.len() {
            let items = cx.items(si);
            for (i, it) in items.iter().enumerate() {
                if it.mention.is_some() || it.punct {
                    continue;
                }
                let w = it.lower.as_str();
                let verb =
                    cx.is_verb(VerbClass::Meeting, it) && !matches!(w, "meeting" | "meetings");
                // "shook hands with B"
                let handshake = matches!(w, "shook" | "shake" | "shakes" | "shaking")
                    && items.get(i + 1).is_some_and(|x| x.lower == "hands");
                // "Chilean and Peruvian negotiators convened in Lima":
                // sides coming together, with no object.
                // "Chilean and Peruvian officials sat down for talks": so
                // does sitting down.
                let sat_down = matches!(w, "sat" | "sit" | "sits" | "sitting")
                    && items.get(i + 1).is_some_and(|x| x.lower == "down");
                let after = i + 1 + usize::from(sat_down);
                let gather = (GATHER.contains(&w) || sat_down)
                    && items.get(after).is_none_or(|x| {
                        x.punct
                            || matches!(x.lower.as_str(), "in" | "at" | "on" | "for" | "together")
                    });
                // "A and B spoke for an hour", "A and B talked by phone":
                // two who speak with no one else named speak together
                // (not "spoke at the rally", "spoke to reporters", nor
                // "spoke about the economy at the rally").
                let spoke = matches!(w, "spoke" | "talked" | "conferred")
                    && items.get(i + 1).is_none_or(|x| {
                        (x.punct && x.text != "\u{201c}" && x.text != "\"")
                            || matches!(
                                x.lower.as_str(),
                                "by" | "for" | "again" | "briefly" | "privately"
                            )
                    });
                let gather = gather || spoke;
                // "A received B", "A hosted B for dinner": a reception of
                // a person named right after the verb.
                let receives = w == "received" || HOST_FORMS.contains(&w);
                // "A received a call from B": the caller is met.
                let call = call_from(items, i);
                if verb || receives || handshake || gather || call.is_some() {
                    // "A met (with) B" / "A and B met"
                    let mut j = call.unwrap_or(i + 1);
                    loop {
                        if j < items.len() && BETWEEN.contains(&items[j].lower.as_str()) {
                            j += 1;
                        } else if items.get(j).is_some_and(|x| x.lower == "this")
                            && items.get(j + 1).is_some_and(|x| {
                                matches!(x.lower.as_str(), "morning" | "afternoon" | "evening")
                            })
                        {
                            // "spoke this morning to B".
                            j += 2;
                        } else {
                            break;
                        }
                    }
                    // "spoke by phone with B", "spoke by video link with
                    // B": how they spoke comes first.
                    if items.get(j).is_some_and(|x| x.lower == "by") {
                        let k = (j + 1..(j + 4).min(items.len()))
                            .find(|&k| items[k].lower == "with")
                            .filter(|&k| {
                                items[j + 1..k]
                                    .iter()
                                    .all(|x| CALL_MEANS.contains(&x.lower.as_str()))
                            });
                        if let Some(k) = k {
                            j = k + 1;
                        }
                    }
                    // "met today at the White House with B", "met on
                    // Monday in Lima with B": where and when come first.
                    if let Some(k) = where_when_then_with(items, j) {
                        j = k;
                    }
                    // "spoke to B", "talked to B": the party after "to" is a
                    // person or a country ("spoke to CNN" is an interview).
                    let to = items.get(j).is_some_and(|x| x.is("to"))
                        && matches!(w, "spoke" | "speaks" | "speak" | "talked" | "talk");
                    if to {
                        j += 1;
                    }
                    let (mut objects, _) = agent_list(cx, items, j);
                    // "met in Vienna, with the EU as coordinator": "with"
                    // marking a clause of its own after a comma names no
                    // partner.
                    let absolute = j > 1
                        && items[j - 1].lower == "with"
                        && items[j - 2].text == ","
                        && cx
                            .span_head(&items[j - 1].span)
                            .is_some_and(|t| cx.analysis.tokens[t].deprel == "mark");
                    if absolute {
                        objects.clear();
                    }
                    if to {
                        objects.retain(|&b| items[b].mention.is_some_and(|m| spoken_to(cx, m)));
                    }
                    // Only "meet" and "consult" take their party as an
                    // object; "speaks German, French and Russian" names
                    // languages, "talked with B" the party.
                    let takes_with = verb && !MEET_OBJECT.contains(&w);
                    if takes_with
                        && !to
                        && call.is_none()
                        && !items[i + 1..j].iter().any(|x| x.lower == "with")
                    {
                        objects.clear();
                    }
                    if receives && call.is_none() {
                        objects.retain(|&b| {
                            items[b]
                                .mention
                                .is_some_and(|m| received_guest(cx, it.span.end, m))
                        });
                    }
                    // "A will travel to K next week to meet B": far from
                    // its words, the subject of the verb whose purpose the
                    // meeting is.
                    // (Only with a party named after the verb: "to meet
                    // survivors" tells of no meeting between its subjects.)
                    let subj = subject_before(cx, items, i);
                    let purpose: Vec<usize> = if subj.is_none() && !objects.is_empty() {
                        super::mediation::purpose_subjects(cx, items, i)
                            .unwrap_or_default()
                            .into_iter()
                            .filter(|&s| s < i)
                            .collect()
                    } else {
                        Vec::new()
                    };
                    // "refused to meet B", "would not meet B": no meeting.
                    if cx.span_head(&it.span).is_some_and(|v| unreal(cx, v)) {
                        continue;
                    }
                    // Who meets: the subject's list, or the purpose's
                    // subjects (less sure).
                    let (doers, sure) = match subj {
                        Some(s) => (super::agents_before(cx, items, s), 0.9),
                        None => (purpose, 0.85),
                    };
                    match (subj, objects.is_empty()) {
                        (_, false) if !doers.is_empty() => {
                            for &a in &doers {
                                for &b in &objects {
                                    emit_met(
                                        cx,
                                        out,
                                        si,
                                        items,
                                        a,
                                        Some(b),
                                        "meetings/met-with",
                                        sure,
                                    );
                                }
                            }
                        }
                        (Some(_), true) if w == "met" || w == "meet" || gather => {
                            let subjects = doers;
                            // (Who spoke are joined by "and": "At the UN,
                            // A spoke about X" is a speech.)
                            let joined = subjects
                                .iter()
                                .min()
                                .is_some_and(|&f| items[f..i].iter().any(|x| x.lower == "and"));
                            if spoke && !joined {
                                continue;
                            }
                            // ("President A of Chile and President B of
                            // Peru spoke": the two people, not a country.)
                            let people: Vec<usize> = subjects
                                .iter()
                                .copied()
                                .filter(|&s| cx.kind(&items[s]) == Some(EntityKind::Person))
                                .collect();
                            let subjects = if spoke && people.len() >= 2 {
                                people
                            } else {
                                subjects
                            };
                            if items.get(i + 1).is_some_and(|x| x.lower == "with") {
                                // "A and B met with families": the other
                                // side is there, though unnamed; A and B
                                // took part, but did not meet each other.
                                if subjects.len() >= 2 {
                                    for &a in &subjects {
                                        let span = items[a].span.clone();
                                        cx.push_participant(
                                            out,
                                            &items[a],
                                            si,
                                            span,
                                            "meetings/met-with-unnamed",
                                            0.75,
                                        );
                                    }
                                }
                            } else if subjects.len() >= 2 {
                                emit_met(
                                    cx,
                                    out,
                                    si,
                                    items,
                                    subjects[1],
                                    Some(subjects[0]),
                                    "meetings/x-and-y-met",
                                    0.85,
                                );
                            }
                        }
                        (None, false) if verb => {
                            // "The participants also met with B": a group met B.
                            for &b in &objects {
                                emit_met(cx, out, si, items, b, None, "meetings/met-with", 0.75);
                            }
                        }
                        _ => {}
                    }
                    continue;
                }
                // Nominal: "a meeting/talks/call with B", "meetings were held with B".
                let nominal = matches!(
                    w,
                    "meeting"
                        | "meetings"
                        | "call"
                        | "talks"
                        | "conversation"
                        | "discussions"
                        | "bilateral"
                        | "conference"
                        | "summit"
                ) || MEALS.contains(&w);
                if nominal {
                    // "a meeting between A and B"; "talks between A and
                    // B" when both are people (talks between two countries
                    // tell who took part, `participation/talks-between`).
                    if items.get(i + 1).is_some_and(|x| x.lower == "between") {
                        let (agents, _) = agent_list(cx, items, i + 2);
                        // "talks between the two leaders, A and B" (named
                        // there: who the article named before may not be
                        // the two meant).
                        let group = items[(i + 2).min(items.len())..]
                            .iter()
                            .take(3)
                            .filter_map(|x| cx.span_head(&x.span))
                            .filter(|&g| cx.token_lower(g + 1) == ",")
                            .map(|g| cx.group_referents(g))
                            .find(|g| !g.is_empty())
                            .unwrap_or_default();
                        if agents.len() < 2 && group.len() == 2 {
                            emit_group_met(cx, out, si, &group, "meetings/meeting-between");
                            continue;
                        }
                        let people = agents
                            .iter()
                            .all(|&k| cx.kind(&items[k]) == Some(EntityKind::Person));
                        if agents.len() == 2 && (w != "talks" || people) {
                            emit_met(
                                cx,
                                out,
                                si,
                                items,
                                agents[0],
                                Some(agents[1]),
                                "meetings/meeting-between",
                                0.85,
                            );
                        }
                        continue;
                    }
                    let with = items[i + 1..]
                        .iter()
                        .take(5)
                        .take_while(|x| !x.punct && x.mention.is_none())
                        .position(|x| x.lower == "with")
                        .map(|k| i + 1 + k);
                    let Some(wi) = with else { continue };
                    let (objects, _) = agent_list(cx, items, wi + 1);
                    if objects.is_empty() {
                        continue;
                    }
                    // The subject of "held"/"had" before the noun, if an agent.
                    let held = items[..i].iter().rposition(|x| {
                        matches!(x.lower.as_str(), "held" | "had" | "hold" | "holds" | "has")
                    });
                    let mut subj = held
                        .and_then(|h| (i - h <= 6).then(|| subject_before(cx, items, h)).flatten());
                    // A long subject the words do not get back over ("A,
                    // the President of the People's Republic of China had
                    // lunch with B"): the parse's subject of "had".
                    if subj.is_none() && held.is_some_and(|h| i - h <= 6) {
                        let verb = held.and_then(|h| cx.span_head(&items[h].span));
                        subj = verb
                            .and_then(|v| cx.subject_agents(v).first().copied())
                            .and_then(|m| super::item_of(items, m));
                    }
                    // "A pledged support at a meeting with B": the subject
                    // of the verb the meeting is the occasion of.
                    if subj.is_none() {
                        let noun = cx.span_head(&items[i].span);
                        let verb = noun
                            .filter(|&n| matches!(cx.case_of(n), Some("at" | "during")))
                            .and_then(|n| cx.analysis.tokens[n].head)
                            .filter(|&v| cx.analysis.tokens[v].upos == "VERB");
                        // (Named there: a pronoun's antecedent is a guess.)
                        subj = verb
                            .and_then(|v| cx.subject_agents(v).first().copied())
                            .filter(|&m| {
                                cx.mentions.mentions[m].via != crate::mentions::Via::Pronoun
                            })
                            .and_then(|m| super::item_of(items, m));
                    }
                    // "A's meeting with B": the possessor met B.
                    if subj.is_none()
                        && i >= 2
                        && items[i - 1].lower == "'s"
                        && cx.is_agent(&items[i - 2])
                    {
                        subj = Some(i - 2);
                    }
                    // "A's fruitful conversation with B": the parse's
                    // possessor, however many words stand between.
                    if subj.is_none() {
                        subj = cx
                            .span_head(&items[i].span)
                            .into_iter()
                            .flat_map(|n| cx.children_by(n, &["nmod:poss"]))
                            .filter_map(|p| cx.token_mention(p))
                            .find(|&m| {
                                cx.is_agent_mention(m)
                                    && cx.mentions.mentions[m].via != crate::mentions::Via::Pronoun
                            })
                            .and_then(|m| super::item_of(items, m));
                    }
                    // "A, who is in Doha meeting with B and C": the
                    // person the relative clause is about.
                    if subj.is_none() {
                        subj = super::relative_antecedent(
                            items,
                            i.saturating_sub(20)..i,
                            &["who"],
                            |a| cx.kind(&items[a]) == Some(EntityKind::Person),
                            |y| !matches!(items[y].text, "." | ";" | ":" | "“" | "\""),
                        );
                    }
                    // "A arrived in K on Monday for talks with B": the
                    // subject of the verb the talks are the purpose of.
                    if subj.is_none() {
                        let travellers = purpose_subjects(cx, &items[i]);
                        // ("A, B and C arrived ... for talks with D": the
                        // list the words give, however the parse splits
                        // it.)
                        let last = travellers
                            .iter()
                            .filter_map(|&m| super::item_of(items, m))
                            .filter(|&k| k < i)
                            .max();
                        let mut pairs: Vec<Item> = match last {
                            Some(k) => super::agents_before(cx, items, k)
                                .into_iter()
                                .map(|k| items[k].clone())
                                .collect(),
                            None => Vec::new(),
                        };
                        for &m in &travellers {
                            if !pairs.iter().any(|x| x.mention == Some(m)) {
                                pairs.push(cx.mention_item(m));
                            }
                        }
                        for a in &pairs {
                            for &b in &objects {
                                let pair = [a.clone(), items[b].clone()];
                                emit_met(
                                    cx,
                                    out,
                                    si,
                                    &pair,
                                    0,
                                    Some(1),
                                    "meetings/for-talks-with",
                                    0.8,
                                );
                            }
                        }
                        if !pairs.is_empty() {
                            continue;
                        }
                    }
                    // "During a meeting with B, A said ...": the main clause's subject.
                    if subj.is_none() && i <= 8 {
                        let (_, after) = agent_list(cx, items, wi + 1);
                        // "... with B on Sunday, A declared": the clause's comma.
                        let comma = items[after.min(items.len())..]
                            .iter()
                            .take(5)
                            .take_while(|x| x.mention.is_none())
                            .position(|x| x.lower == ",")
                            .map(|k| after + k);
                        if let Some(c) = comma {
                            let (s2, _) = agent_list(cx, items, c + 1);
                            subj = s2.first().copied();
                        }
                    }
                    let rule = if tr.talks.contains(w) {
                        "meetings/held-talks-with"
                    } else {
                        "meetings/meeting-with"
                    };
                    for &b in &objects {
                        match subj {
                            Some(s) => {
                                for a in super::agents_before(cx, items, s) {
                                    emit_met(cx, out, si, items, a, Some(b), rule, 0.85);
                                }
                            }
                            None => emit_met(cx, out, si, items, b, None, rule, 0.7),
                        }
                    }
                }
            }
        }
    }
}

/// Forms of the verb "host".
const HOST_FORMS: &[&str] = &["host", "hosts", "hosted", "hosting"];

/// Nouns of a meal or a reception given for a guest.
const MEAL_NOUNS: &[&str] = &[
    "dinner",
    "lunch",
    "luncheon",
    "breakfast",
    "banquet",
    "reception",
    "supper",
];

/// The people a meal is given for: "hosted a dinner for B", "gave a state
/// banquet in honour of B" (the parse may hang the "for" phrase on the
/// verb). People only: "a dinner for the press" names no guest.
fn meal_guests(cx: &Context<'_>, v: usize, w: &str) -> Vec<usize> {
    let gives = HOST_FORMS.contains(&w)
        || matches!(
            w,
            "gave"
                | "give"
                | "gives"
                | "giving"
                | "held"
                | "hold"
                | "holds"
                | "holding"
                | "threw"
                | "offered"
        );
    if !gives {
        return Vec::new();
    }
    let Some(meal) = cx
        .children_by(v, &["obj"])
        .find(|&o| MEAL_NOUNS.contains(&cx.token_lower(o).as_str()))
    else {
        return Vec::new();
    };
    let for_phrase = |n: &usize| match cx.case_of(*n) {
        Some("for") => true,
        Some("in") => matches!(cx.token_lower(*n).as_str(), "honour" | "honor"),
        _ => false,
    };
    let mut phrases: Vec<usize> = cx
        .children_by(meal, &["nmod"])
        .chain(cx.children_by(v, &["obl"]))
        .filter(for_phrase)
        .collect();
    // "in honour of B": the guest is under the "of".
    for p in phrases.clone() {
        if cx.case_of(p) == Some("in") {
            phrases.extend(
                cx.children_by(p, &["nmod"])
                    .filter(|&n| cx.case_of(n) == Some("of")),
            );
        }
    }
    phrases
        .into_iter()
        .flat_map(|p| cx.np_agents(p))
        .filter(|&m| cx.mention_kind(m) == EntityKind::Person)
        .collect()
}

/// "A received B" is a reception when B is a person named right after the
/// verb, at most behind a capitalised title ("received Prime Minister
/// B"), not what a biography says someone received ("received his B.A.
/// from", "received an LLM from Duke Law School", "received the Bronze
/// Star", which the name finder may take for names).
/// The words of how a call is held: "by phone", "by secure video link".
pub(super) const CALL_MEANS: &[&str] = &[
    "phone",
    "telephone",
    "video",
    "videoconference",
    "link",
    "videolink",
    "secure",
];

/// After "received" at `i`, "a (phone/telephone) call from": the index
/// of the caller's first word.
pub(super) fn call_from(items: &[Item], i: usize) -> Option<usize> {
    if !matches!(items[i].lower.as_str(), "received" | "receives" | "receive") {
        return None;
    }
    let mut k = i + 1;
    if items
        .get(k)
        .is_some_and(|x| matches!(x.lower.as_str(), "a" | "the"))
    {
        k += 1;
    }
    if items
        .get(k)
        .is_some_and(|x| matches!(x.lower.as_str(), "phone" | "telephone"))
    {
        k += 1;
    }
    (items.get(k).is_some_and(|x| x.lower == "call")
        && items.get(k + 1).is_some_and(|x| x.lower == "from"))
    .then_some(k + 2)
}

fn received_guest(cx: &Context<'_>, verb_end: usize, m: usize) -> bool {
    let mention = &cx.mentions.mentions[m];
    if cx.mentions.entities[mention.entity].kind != EntityKind::Person {
        return false;
    }
    cx.doc
        .text
        .get(verb_end..mention.span.start)
        .is_some_and(|between| {
            // "hosted Leader A, Speaker B, and Leader C": a list of
            // titled names, joined by "and".
            between
                .split_whitespace()
                .all(|w| w == "and" || w.chars().next().is_some_and(char::is_uppercase))
        })
}

/// "A arrived in K for talks with B", "A will travel to K for a meeting
/// with B": the meeting noun is a "for" phrase of a verb, whose subject
/// (an agent) is the other side.
fn purpose_subjects(cx: &Context<'_>, noun: &Item) -> Vec<usize> {
    purpose_verb(cx, noun).map_or_else(Vec::new, |v| cx.subject_agents(v))
}

/// The verb (or the predicate of "was in K") that talks named by `noun`
/// after "for" are the purpose of.
fn purpose_verb(cx: &Context<'_>, noun: &Item) -> Option<usize> {
    let mut t = cx.span_head(&noun.span)?;
    // "arrived for two days of talks with B", "for a round of talks".
    if cx.case_of(t) == Some("of") {
        let h = cx.analysis.tokens[t].head?;
        if matches!(
            cx.token_lower(h).as_str(),
            "days" | "hours" | "weeks" | "round" | "rounds" | "series" | "day" | "week"
        ) {
            t = h;
        }
    }
    if cx.case_of(t) != Some("for") {
        return None;
    }
    let mut v = cx.analysis.tokens[t].head?;
    let a = cx.analysis;
    // "arrived by train for talks with B" parsed with the talks under the
    // means: the verb the means is of.
    if a.tokens[v].upos == "NOUN" && a.tokens[v].deprel == "obl" && cx.case_of(v) == Some("by") {
        v = a.tokens[v].head?;
    }
    // "A was in Kyiv for talks with B": the predicate of being there.
    if cx.is_be_predicate(v) {
        return Some(v);
    }
    // ("called for talks with B", "pressed for talks": asked for them.)
    let asked = matches!(
        cx.token_lower(v).as_str(),
        "call"
            | "calls"
            | "called"
            | "calling"
            | "press"
            | "pressed"
            | "pressing"
            | "push"
            | "pushed"
            | "pushing"
            | "appealed"
            | "appeals"
            | "argued"
            | "argues"
    );
    (a.tokens[v].upos == "VERB" && !asked).then_some(v)
}

/// A headline "Remarks by A, B and C Before/At/After (a) Meeting": the
/// speakers met. Headlines in title case defeat the parser (it takes
/// "Before" for a name), so this reads the headline's items.
fn remarks_before_meeting(cx: &Context<'_>, out: &mut Vec<Fact>) {
    let tr = cx.triggers();
    for (si, s) in cx.analysis.sentences.iter().enumerate() {
        if !s.heading {
            continue;
        }
        let items = cx.items(si);
        if items.len() < 3 || items[0].lower != "remarks" || items[1].lower != "by" {
            continue;
        }
        let (agents, end) = agent_list(cx, items, 2);
        // The speakers are people: "Amir of the State of Qatar" in the
        // list names the Amir's country, not a speaker.
        let agents: Vec<usize> = agents
            .into_iter()
            .filter(|&a| cx.kind(&items[a]) == Some(crate::fact::EntityKind::Person))
            .collect();
        if agents.len() < 2 {
            continue;
        }
        let at_meeting = items[end.min(items.len())..].windows(2).any(|w| {
            matches!(
                w[0].lower.as_str(),
                "before" | "at" | "after" | "during" | "following"
            ) && tr.talks.contains(&w[1].lower)
        }) || items[end.min(items.len())..].windows(3).any(|w| {
            matches!(
                w[0].lower.as_str(),
                "before" | "at" | "after" | "during" | "following"
            ) && w[1].mention.is_none()
                && tr.talks.contains(&w[2].lower)
        });
        if !at_meeting {
            continue;
        }
        for (k, &a) in agents.iter().enumerate() {
            for &b in &agents[k + 1..] {
                emit_met(
                    cx,
                    out,
                    si,
                    items,
                    a,
                    Some(b),
                    "meetings/remarks-before-meeting",
                    0.8,
                );
            }
        }
    }
}

/// Meetings read from the parse: verbs of meeting with their subjects,
/// objects and "with" obliques.
fn parsed(cx: &Context<'_>, out: &mut Vec<Fact>) {
    let a = cx.analysis;
    for (si, sentence) in a.sentences.iter().enumerate() {
        // Talks the sentence's action happened after, during or at (not
        // talks with a third party), found once for every verb.
        let talk_spots: Vec<usize> = sentence
            .tokens
            .clone()
            .filter(|&o| {
                cx.names_talks(o)
                    && cx
                        .case_of(o)
                        .is_some_and(|c| matches!(c, "after" | "following" | "during" | "at" | "in"))
                    && !cx
                        .children_by(o, &["nmod"])
                        .any(|n| cx.case_of(n) == Some("with"))
                    // (The parse may hang "talks | with C" on the verb.)
                    && cx.token_lower(o + 1) != "with"
            })
            .collect();
        for v in sentence.tokens.clone() {
            let tok = &a.tokens[v];
            if tok.upos != "VERB" || cx.token_mention(v).is_some() {
                continue;
            }
            let w = cx.token_lower(v);
            if unreal(cx, v) {
                continue;
            }
            if let Some((_, [x, y])) = cx.brought_together(v) {
                emit_met_pair(cx, out, si, x, y, "meetings/brought-together", 0.8);
                continue;
            }
            if let Some(sides) = held_talks_together(cx, v, w) {
                let group: Vec<Item> = sides.iter().map(|&m| cx.mention_item(m)).collect();
                emit_all_met(
                    cx,
                    out,
                    si,
                    &group,
                    "meetings/parse-x-and-y-held-talks",
                    0.8,
                );
                continue;
            }
            // "A sat down with B".
            let down = cx
                .children_by(v, &["compound:prt", "advmod"])
                .find(|&p| cx.token_lower(p) == "down");
            let sat_down =
                matches!(w.as_str(), "sat" | "sit" | "sits" | "sitting") && down.is_some();
            // "A discussed trade with B": a partner to discuss with, under
            // the verb, is one met ("discussed cooperation with Peru",
            // the "with" under the matter, is not).
            let with_agent =
                |o: usize| cx.case_of(o) == Some("with") && !cx.np_agents(o).is_empty();
            // (Nor "discussed their talks with the IMF", "discussed
            // cooperation with Peru": a matter that is itself with someone.)
            let matter_with = cx.children_by(v, &["obj"]).any(|o| {
                let ow = cx.token_lower(o);
                cx.triggers().talks.contains(ow)
                    || matches!(
                        ow.as_str(),
                        "cooperation"
                            | "coordination"
                            | "relations"
                            | "relationship"
                            | "partnership"
                            | "ties"
                            | "engagement"
                            | "collaboration"
                    )
            });
            let discussing = matches!(
                w.as_str(),
                "discussed" | "discuss" | "discusses" | "discussing"
            ) && !matter_with;
            // ("discussed trade with B on Monday": the parse may hang "with
            // B" on the matter; a person is no part of one.)
            let matter_partners: Vec<usize> = if discussing {
                cx.children_by(v, &["obj"])
                    .flat_map(|o| cx.children_by(o, &["nmod"]).collect::<Vec<_>>())
                    .filter(|&n| cx.case_of(n) == Some("with"))
                    .flat_map(|n| cx.np_agents(n))
                    .filter(|&m| cx.mention_kind(m) == EntityKind::Person)
                    .collect()
            } else {
                Vec::new()
            };
            let discuss_with = discussing
                && (cx.children_by(v, &["obl"]).any(with_agent) || !matter_partners.is_empty());
            let meet = cx.lexicon.is_verb(VerbClass::Meeting, w) || sat_down || discuss_with;
            // "A welcomed B to Ottawa", "welcomed B for talks": a welcome
            // to a place or to talks receives a guest.
            let welcome = welcomes_guest(cx, v);
            // "A hosted his Ugandan counterpart": a guest received.
            // (Active only: "the summit that will be hosted by X" has no
            // guest.)
            let hosts = HOST_FORMS.contains(&w.as_str())
                && cx.children_by(v, &["aux:pass"]).next().is_none();
            let receive = welcome
                || hosts
                || matches!(
                    w.as_str(),
                    "received"
                        | "receive"
                        | "receives"
                        | "receiving"
                        | "greeted"
                        | "greet"
                        | "greets"
                        | "greeting"
                );
            // "A called B today to congratulate him", "A phoned B": a
            // call to a person is a talk with them.
            // "A paid a courtesy call on B", "exchanged views with B".
            type Partners = fn(&Context<'_>, usize, &str) -> Vec<usize>;
            let talked: [(Partners, &'static str); 3] = [
                (phoned, "meetings/parse-called"),
                (paid_call, "meetings/parse-paid-call"),
                (exchanged_views, "meetings/parse-exchanged"),
            ];
            let found = talked
                .iter()
                .map(|&(partners, rule)| (partners(cx, v, w), rule))
                .find(|(callee, _)| !callee.is_empty());
            if let Some((callee, rule)) = found {
                for &s in &cx.subject_agents(v) {
                    for &o in &callee {
                        emit_met_pair(cx, out, si, s, o, rule, 0.8);
                    }
                }
                continue;
            }
            // "A hosted a dinner for B", "gave a lunch in honour of B": a
            // meal given for a guest is a meeting with them.
            let guests = meal_guests(cx, v, w);
            if !guests.is_empty() {
                for &s in &cx.subject_agents(v) {
                    for &g in &guests {
                        emit_met_pair(cx, out, si, s, g, "meetings/meal-for", 0.8);
                    }
                }
                continue;
            }
            if !meet && !receive {
                discussed_together(cx, out, si, v, w, &talk_spots);
                continue;
            }
            let talk = !matches!(w.as_str(), "meet" | "meets" | "met" | "meeting") && meet;
            let subjects = cx.subject_agents(v);
            let mut objects: Vec<usize> = Vec::new();
            let mut stand_ins: Vec<usize> = Vec::new();
            if !talk {
                for o in cx.children_by(v, &["obj"]) {
                    let agents = cx.np_agents(o);
                    // "received his Ugandan counterpart", "hosted the
                    // Chilean delegation": the country's stand-in is a guest.
                    let ow = cx.token_lower(o).as_str();
                    // ("hosted the leaders of K and L", "received the
                    // foreign ministers of K and L": people of countries.)
                    // (Not "business leaders of K": a title's words only.)
                    let of_countries = super::coref::group_noun(ow) == Some(false)
                        && cx
                            .children_by(o, &["amod", "compound"])
                            .min()
                            .is_none_or(|m| {
                                let words: Vec<&str> =
                                    (m..=o).map(|k| cx.token_lower(k).as_str()).collect();
                                cx.titles
                                    .match_at(&words)
                                    .is_some_and(|(n, _)| n == words.len())
                            })
                        && cx.children_by(o, &["nmod"]).any(|n| {
                            cx.case_of(n) == Some("of")
                                && cx
                                    .np_agents(n)
                                    .iter()
                                    .any(|&m| cx.mention_kind(m) == EntityKind::Country)
                        });
                    let guest_word = super::GUEST_NOUNS.contains(&ow) || of_countries;
                    if guest_word {
                        stand_ins.extend(agents.iter().copied());
                    }
                    if welcome {
                        // A guest: a person, or a country's counterpart,
                        // delegation or leaders; not "welcomed B's mission".
                        let stand_in = super::welcome_guest_noun(ow);
                        let person = |m: &usize| cx.mention_kind(*m) == EntityKind::Person;
                        objects.extend(agents.into_iter().filter(|m| stand_in || person(m)));
                    } else {
                        objects.extend(agents);
                    }
                }
                // A host's guest read here is a stand-in only (a person
                // hosted is read from the words, `meetings/met-with`; "hosted
                // community leaders" is no meeting).
                if receive && !welcome {
                    objects.retain(|&m| {
                        stand_ins.contains(&m)
                            || (!hosts && received_guest(cx, a.tokens[v].span.end, m))
                    });
                }
            }
            if meet {
                objects.extend(matter_partners.iter().copied());
                let with = |o: usize| {
                    let case = cx.case_of(o);
                    case == Some("with") || (talk && case == Some("to"))
                };
                // The parse may hang "with B" on the "down" of "sat down".
                // A bare weekday the parser takes for the object ("met
                // Wednesday in Washington with B") carries the rest.
                let weekday = |o: &usize| {
                    cx.token_mention(*o).is_none()
                        && cx.triggers().weekdays.contains(cx.token_lower(*o))
                };
                let obliques: Vec<usize> = cx
                    .children_by(v, &["obl"])
                    .chain(cx.children_by(v, &["obj"]).filter(weekday))
                    .chain(
                        down.filter(|_| sat_down)
                            .into_iter()
                            .flat_map(|d| cx.children_by(d, &["obl"]).collect::<Vec<_>>()),
                    )
                    .collect();
                for o in obliques {
                    if with(o) {
                        let agents = cx.np_agents(o);
                        if cx.case_of(o) == Some("to") {
                            objects.extend(agents.into_iter().filter(|&m| spoken_to(cx, m)));
                        } else {
                            objects.extend(agents);
                        }
                    } else if o > v {
                        // "talked by telephone with B": the parse may hang
                        // the "with" phrase on the oblique before it.
                        // (After the verb: "After A's call with B, C met
                        // D" is another's call.)
                        for n in cx.children_by(o, &["nmod"]).filter(|&n| with(n)) {
                            objects.extend(cx.np_agents(n));
                        }
                    }
                }
            }
            // "B was received by A": the guest is the passive subject,
            // the host the agent.
            let mut subjects = subjects;
            if receive && cx.children_by(v, &["aux:pass"]).next().is_some() {
                // ("received at the palace by A": the parse may hang the
                // agent on the place.)
                let hosts: Vec<usize> = cx
                    .children_by(v, &["obl:agent"])
                    .chain(
                        cx.children_by(v, &["obl"])
                            .filter(|&o| cx.case_of(o) == Some("by")),
                    )
                    .chain(cx.children_by(v, &["obl"]).flat_map(|o| {
                        cx.children_by(o, &["nmod"])
                            .filter(|&n| cx.case_of(n) == Some("by"))
                            .collect::<Vec<_>>()
                    }))
                    .flat_map(|o| cx.np_agents(o))
                    .collect();
                if !hosts.is_empty() {
                    objects = subjects
                        .into_iter()
                        .filter(|&m| cx.mention_kind(m) == EntityKind::Person)
                        .collect();
                    subjects = hosts;
                }
            }
            let rule = if receive {
                "meetings/parse-received"
            } else {
                "meetings/parse-met-with"
            };
            if subjects.is_empty() && !objects.is_empty() {
                // "I met B" in the speaker's own turn of a transcript.
                for s in cx.subjects(v) {
                    if let Some(me) = cx.first_person(s) {
                        for &o in &objects {
                            let items = [me.clone(), cx.mention_item(o)];
                            emit_met(cx, out, si, &items, 0, Some(1), rule, 0.75);
                        }
                    }
                }
            }
            if !subjects.is_empty() && !objects.is_empty() {
                for &s in &subjects {
                    for &o in &objects {
                        emit_met_pair(cx, out, si, s, o, rule, 0.85);
                    }
                }
            } else if subjects.len() < 2 && objects.is_empty() && !receive {
                // "The two leaders met", "both sides spoke by phone", "the
                // two presidents, A and B, spoke" (the parse may give the
                // verb one of the names as its subject).
                for s in cx.subjects(v) {
                    emit_group_met(
                        cx,
                        out,
                        si,
                        &cx.group_referents(s),
                        "meetings/parse-group-met",
                    );
                }
            } else if subjects.len() >= 2 && objects.is_empty() {
                let met = matches!(w.as_str(), "met" | "meet");
                // A "with" phrase that named no agent.
                let unnamed_other = cx
                    .children_by(v, &["obl"])
                    .any(|o| cx.case_of(o) == Some("with"));
                // "A and B talked about trade", not "A and B spoke at
                // the event".
                // ("A and B spoke by phone": a call, not a speech.)
                let obls: Vec<usize> = cx.children_by(v, &["obl"]).collect();
                let by_phone = obls
                    .iter()
                    .any(|&o| CALL_MEANS.contains(&cx.token_lower(o).as_str()));
                // ("A and B spoke to reaffirm their friendship": a talk
                // for a purpose.)
                // (Not "spoke at the rally to support B": where they spoke
                // is an event.
                // Nor "spoke with B to provide an update": with a third.)
                let purpose = cx.children_by(v, &["advcl", "xcomp"]).any(|c| {
                    cx.is_to_infinitive(c)
                        && c > v
                        && (v + 1..c).all(|k| cx.token_lower(k) != "with")
                }) && obls.is_empty();
                // ("A and B spoke today about X": a matter talked over,
                // not where they spoke: "spoke about X at the rally".)
                let about = obls
                    .iter()
                    .any(|&o| matches!(cx.case_of(o), Some("about" | "regarding")))
                    && !obls
                        .iter()
                        .any(|&o| matches!(cx.case_of(o), Some("at" | "before" | "in")));
                // (Not "spoke to reporters by phone".)
                let spoke = matches!(w.as_str(), "spoke" | "speak" | "speaks")
                    && (by_phone || purpose || about)
                    && !obls.iter().any(|&o| cx.case_of(o) == Some("to"));
                let two_talked = (matches!(
                    w.as_str(),
                    "talked" | "talk" | "conferred" | "confer" | "consulted"
                ) || spoke)
                    && subjects.len() == 2
                    && subjects
                        .iter()
                        .all(|&m| cx.mention_kind(m) == EntityKind::Person);
                if unnamed_other && met {
                    // "A and B met with families", "designated A and B to
                    // meet with them": the other side is there, though
                    // unnamed; A and B took part, but did not meet each
                    // other.
                    for &m in &subjects {
                        cx.push_mention_participant(out, m, si, "meetings/met-with-unnamed", 0.75);
                    }
                } else if !unnamed_other && (met || two_talked) {
                    emit_met_pair(
                        cx,
                        out,
                        si,
                        subjects[0],
                        subjects[1],
                        "meetings/parse-x-and-y-met",
                        0.8,
                    );
                    // "Representatives of Sudan, South Sudan and Ethiopia
                    // met": a third side and more take part too.
                    for &m in &subjects[2..] {
                        cx.push_mention_participant(out, m, si, "meetings/parse-x-and-y-met", 0.75);
                    }
                }
            }
        }
    }
}

/// Verbs that deny or refuse what their complement says: "refused to
/// meet B", "denied that she had met B".
const REFUSALS: &[&str] = &[
    "refused",
    "refuses",
    "refuse",
    "refusing",
    "declined",
    "declines",
    "decline",
    "declining",
    "rejected",
    "rejects",
    "reject",
    "denied",
    "denies",
    "deny",
    "denying",
    "ruled",
];

/// Whether verb `v` tells of no meeting: it is negated ("would not meet
/// B", "never met B"), or it is the complement of a refusal or denial
/// ("refused to meet B", "denied that she had met B") or of a negated
/// verb ("did not agree to meet B"), two clauses up at most.
fn unreal(cx: &Context<'_>, v: usize) -> bool {
    let a = cx.analysis;
    let negated = |t: usize| super::participation::verb_negated(cx, t);
    if negated(v) {
        return true;
    }
    let mut t = v;
    for _ in 0..2 {
        if !matches!(a.tokens[t].deprel, "xcomp" | "ccomp") {
            return false;
        }
        let Some(h) = a.tokens[t].head else {
            return false;
        };
        if REFUSALS.contains(&cx.token_lower(h).as_str()) || negated(h) {
            return true;
        }
        t = h;
    }
    false
}

/// "A paid a courtesy call on B", "paid a visit to President B": the
/// people a call or a visit paid to them makes met (a visit paid to a
/// place is not a meeting).
fn paid_call(cx: &Context<'_>, v: usize, w: &str) -> Vec<usize> {
    if !matches!(w, "paid" | "pay" | "pays" | "paying") {
        return Vec::new();
    }
    let Some(o) = cx
        .children_by(v, &["obj"])
        .find(|&o| matches!(cx.token_lower(o).as_str(), "call" | "visit"))
    else {
        return Vec::new();
    };
    partners_by(cx, v, o, &["on", "to"], &[EntityKind::Person])
}

/// The agents of the phrases marked by one of `cases` under object `o` of
/// verb `v` or under the verb itself, of one of `kinds`.
fn partners_by(
    cx: &Context<'_>,
    v: usize,
    o: usize,
    cases: &[&str],
    kinds: &[EntityKind],
) -> Vec<usize> {
    cx.children_by(o, &["nmod"])
        .chain(cx.children_by(v, &["obl"]))
        .filter(|&n| cx.case_of(n).is_some_and(|c| cases.contains(&c)))
        .flat_map(|n| cx.np_agents(n))
        .filter(|&m| kinds.contains(&cx.mention_kind(m)))
        .collect()
}

/// "A exchanged views with B", "shook hands with B": the people or
/// countries with whom views were exchanged or hands shaken, under the
/// verb or the noun ([`exchange_object`]).
fn exchanged_views(cx: &Context<'_>, v: usize, w: &str) -> Vec<usize> {
    let Some(o) = exchange_object(cx, v, w) else {
        return Vec::new();
    };
    partners_by(
        cx,
        v,
        o,
        &["with"],
        &[EntityKind::Person, EntityKind::Country],
    )
}

/// The object of verb `v` (`w`) when it is "exchanged views" (notes,
/// ideas: `topics::VIEW_NOUNS`), a conversation held, or "shook hands",
/// a meeting.
fn exchange_object(cx: &Context<'_>, v: usize, w: &str) -> Option<usize> {
    let exchange = matches!(w, "exchanged" | "exchange" | "exchanges" | "exchanging");
    let shake = matches!(w, "shook" | "shake" | "shakes" | "shaking");
    if !exchange && !shake {
        return None;
    }
    cx.children_by(v, &["obj"]).find(|&o| {
        let ow = cx.token_lower(o);
        if shake {
            ow == "hands"
        } else {
            super::topics::VIEW_NOUNS.contains(&ow.as_str())
        }
    })
}

/// Forms of the verbs of calling someone by telephone.
const CALL_VERBS: &[&str] = &[
    "called",
    "phoned",
    "phone",
    "phones",
    "phoning",
    "telephoned",
    "telephone",
    "telephones",
    "telephoning",
];

/// The people verb `v` (`w`, a form of "call" or "phone") says were
/// called: the persons of its object, when nothing else hangs on the verb
/// that would make it another "call" ("called B a friend", "called on B",
/// "called for talks", "was called").
fn phoned(cx: &Context<'_>, v: usize, w: &str) -> Vec<usize> {
    if !CALL_VERBS.contains(&w)
        || cx
            .children_by(v, &["aux:pass", "xcomp", "compound:prt"])
            .next()
            .is_some()
    {
        return Vec::new();
    }
    // A bare noun under the verb is a time ("called B today") or the
    // name the callee is called.
    let named = cx
        .children_by(v, &["obl:unmarked", "obl:npmod"])
        .any(|o| !cx.triggers().names_time(cx.token_lower(o)));
    let objects: Vec<usize> = cx.children_by(v, &["obj"]).collect();
    // ("called the Act a “massive failure”": what it is called follows
    // the object, however the parse hangs it.)
    let naming = |o: usize| {
        let next = cx.subtree_end(o) + 1;
        cx.analysis.tokens.get(next).is_some_and(|t| {
            t.upos == "DET"
                || (t.upos == "PUNCT" && cx.token_lower(next).starts_with(['"', '“', '\'', '‘']))
        })
    };
    if named || objects.len() != 1 || naming(objects[0]) {
        return Vec::new();
    }
    // ("phoned his Greek counterpart": the country stands for the
    // counterpart the text does not name, as with "met".)
    let counterpart = cx.token_lower(objects[0]).starts_with("counterpart");
    cx.np_agents(objects[0])
        .into_iter()
        .filter(|&m| {
            cx.mention_kind(m) == EntityKind::Person
                || (counterpart && cx.mention_kind(m) == EntityKind::Country)
        })
        .collect()
}

/// "Azerbaijani Foreign Minister A and Armenian Foreign Minister B
/// discussed the settlement", "A and B agreed to resume summits after
/// talks in Tokyo": two people of two different countries who discuss
/// something together, or act together after, during or at talks, met. Not colleagues of one government ("the
/// Secretary and the Attorney General discussed"), nor people whose
/// country the text does not say.
fn discussed_together(
    cx: &Context<'_>,
    out: &mut Vec<Fact>,
    si: usize,
    v: usize,
    w: &str,
    talk_spots: &[usize],
) {
    // "A and B agreed to resume summits after talks in Tokyo": what two
    // do together after, during or at talks (`talk_spots`, under the verb
    // within four arcs), they did meeting.
    let at_talks = || {
        let a = cx.analysis;
        talk_spots.iter().any(|&o| {
            let mut t = o;
            (0..4).any(|_| match a.tokens[t].head {
                Some(h) => {
                    t = h;
                    h == v
                }
                None => false,
            })
        })
    };
    // "A of X and B of Y signed a border agreement": a deal two sign
    // together.
    // ("The agreement was signed by A and B": in the passive.)
    let signed_deal = || {
        super::SIGNING_VERBS.contains(&w)
            && cx
                .children_by(v, &["obj", "nsubj:pass"])
                .any(|o| cx.triggers().deal.contains(cx.token_lower(o)))
    };
    let rule = if matches!(w, "discussed" | "discuss" | "discusses") {
        "meetings/parse-x-and-y-discussed"
    } else if signed_deal() {
        "meetings/parse-x-and-y-signed"
    } else if at_talks() {
        "meetings/parse-x-and-y-at-talks"
    } else {
        return;
    };
    // The parse may list a demonym before a title among the conjuncts
    // ("Peruvian Foreign Minister B"): the people are what count.
    let people: Vec<usize> = cx
        .doers(v)
        .into_iter()
        .filter(|&m| cx.mention_kind(m) == EntityKind::Person)
        .collect();
    let [a, b] = people[..] else {
        return;
    };
    let party = |m: usize| cx.party_of(cx.mentions.mentions[m].entity);
    if matches!((party(a), party(b)), (Some(x), Some(y)) if x != y) {
        emit_met_pair(cx, out, si, a, b, rule, 0.75);
    }
}

/// Where a head of state or government receives guests.
const SEATS: &[&str] = &[
    "palace",
    "residence",
    "capital",
    "house",
    "office",
    "headquarters",
    "kremlin",
    "city",
];

/// Whether token `v` is the verb "welcome" and its welcome is to a place
/// or to talks: a "to" phrase under the verb or its object ("welcomed B to
/// Ottawa"), or a "for" phrase naming talks ("welcomed B for talks"). Not
/// a welcome of news, steps or statements.
pub(super) fn welcomes_guest(cx: &Context<'_>, v: usize) -> bool {
    if cx.analysis.tokens[v].upos != "VERB"
        || !matches!(
            cx.token_lower(v).as_str(),
            "welcomed" | "welcome" | "welcomes" | "welcoming"
        )
    {
        return false;
    }
    let objects: Vec<usize> = cx.children_by(v, &["obj"]).collect();
    // The phrase may hang on the name under a title ("welcomed
    // President-elect A B of C to the White House").
    let names: Vec<usize> = objects
        .iter()
        .flat_map(|&o| {
            cx.children_by(o, &["nmod", "flat", "appos"])
                .collect::<Vec<_>>()
        })
        .collect();
    let under = std::iter::once(v)
        .chain(objects.iter().copied())
        .chain(names);
    let mut phrases = under.flat_map(|h| cx.children_by(h, &["obl", "nmod"]).collect::<Vec<_>>());
    // "welcomed B to discuss X": a guest come for talks.
    let to_discuss = cx.children_by(v, &["advcl", "xcomp"]).any(|c| {
        cx.is_to_infinitive(c)
            && matches!(cx.token_lower(c).as_str(), "discuss" | "talk" | "confer")
    });
    !objects.is_empty()
        && (to_discuss
            || phrases.any(|p| match cx.case_of(p) {
                Some("to") => {
                    let place = cx.token_mention(p).is_some_and(|m| {
                        matches!(cx.mention_kind(m), EntityKind::Place | EntityKind::Country)
                    });
                    place || SEATS.contains(&cx.token_lower(p).as_str())
                }
                Some("for") => cx.names_talks(p),
                _ => false,
            }))
}

/// "A and B held talks", "Chilean and Peruvian negotiators resumed their
/// talks", "the two ministers convened in Lima": a verb whose object
/// names talks (`HOLD_TALKS`, `OPEN_TALKS`, `CONTINUE_TALKS`), or a verb
/// of gathering with no object (`GATHER`), with two people or two
/// countries as its subject (or, for a verb of gathering, two or more)
/// and no other side named ("held talks with C" is read by the rules for
/// "with"). The sides, if so.
fn held_talks_together(cx: &Context<'_>, v: usize, w: &str) -> Option<Vec<usize>> {
    let with = |x: usize| cx.case_of(x) == Some("with");
    // ("A and B had a phone conversation": having a meeting's noun holds
    // it.)
    let had = matches!(w, "had" | "have" | "has" | "having");
    let talk_noun = |o: usize| {
        cx.names_talks(o) || (had && MEETING_NOUNS.contains(&cx.token_lower(o).as_str()))
    };
    // ("A and B exchanged views on trade".)
    let other_side = if let Some(o) = exchange_object(cx, v, w) {
        cx.children_by(v, &["obl"]).any(with) || cx.children_by(o, &["nmod"]).any(with)
    } else if had
        || [HOLD_TALKS, OPEN_TALKS, CONTINUE_TALKS]
            .iter()
            .any(|l| l.contains(&w))
    {
        let o = cx.children_by(v, &["obj"]).find(|&o| talk_noun(o))?;
        cx.children_by(v, &["obl"]).any(with) || cx.children_by(o, &["nmod"]).any(with)
    } else if GATHER.contains(&w) {
        // "A and B convened in Lima": no object, nobody else.
        cx.children_by(v, &["obj"]).next().is_some() || cx.children_by(v, &["obl"]).any(with)
    } else {
        return None;
    };
    // Two people, or two parties (countries, or a government and an
    // armed group: "Colombia and the National Liberation Army opened
    // talks"): a list of officials and offices holding a meeting with
    // others is not two sides meeting.
    // ("The leaders of France, Germany and Italy gathered in Rome": three
    // sides and more may gather.)
    let subjects = cx.subject_agents(v);
    let party = |k: EntityKind| matches!(k, EntityKind::Country | EntityKind::Organization);
    let kinds: Vec<EntityKind> = subjects.iter().map(|&m| cx.mention_kind(m)).collect();
    // (Not "gathered in Quito for a parade", "gathered to watch": a
    // gathering for something else.)
    let for_else = || {
        cx.children_by(v, &["obl"])
            .any(|o| cx.case_of(o) == Some("for") && !cx.names_talks(o))
            || cx.children_by(v, &["advcl", "xcomp"]).any(|p| {
                cx.is_to_infinitive(p) && !super::TALKING.contains(&cx.token_lower(p).as_str())
            })
    };
    let many = GATHER.contains(&w) && subjects.len() > 2 && !for_else();
    if subjects.len() != 2 && !many {
        return None;
    }
    let sides = !other_side
        && (kinds.iter().all(|&k| k == EntityKind::Person)
            || (kinds.iter().all(|&k| party(k)) && kinds.contains(&EntityKind::Country)));
    sides.then_some(subjects)
}

/// "A and his Peruvian counterpart B on Thursday held bilateral talks",
/// read from the words where the parse loses the subject
/// (`meetings/x-and-y-held-talks`): a verb of [`HOLD_TALKS`] or
/// [`OPEN_TALKS`] with a talks noun right after it and no "with", whose
/// coordinated subject names exactly two people, or a group that stands for two ("the two foreign
/// ministers held a meeting").
fn held_talks_words(cx: &Context<'_>, out: &mut Vec<Fact>) {
    let tr = cx.triggers();
    for si in 0..cx.analysis.sentences.len() {
        let items = cx.items(si);
        for (i, it) in items.iter().enumerate() {
            let w = it.lower.as_str();
            if it.mention.is_some() || !(HOLD_TALKS.contains(&w) || OPEN_TALKS.contains(&w)) {
                continue;
            }
            // ("held four days of talks", "held two rounds of talks".)
            let talks = items[i + 1..]
                .iter()
                .take(5)
                .take_while(|x| !x.punct && x.mention.is_none() && x.lower != "to")
                .any(|x| tr.talks.contains(&x.lower));
            let with = items[i + 1..]
                .iter()
                .take(6)
                .take_while(|x| !x.punct)
                .any(|x| x.lower == "with");
            if !talks || with {
                continue;
            }
            let Some(subj) = subject_before(cx, items, i) else {
                // "The two foreign ministers also held a meeting": a group
                // standing for two people named before.
                let noun = items[i.saturating_sub(3)..i]
                    .iter()
                    .rev()
                    .find(|x| x.mention.is_none() && !x.punct && x.upos == "NOUN");
                // People only: which two parties "the two sides" are is
                // guessed too often from the wrong names.
                let mut group = noun
                    .filter(|x| super::coref::group_noun(&x.lower) == Some(false))
                    .and_then(|x| cx.span_head(&x.span))
                    .map(|t| cx.group_referents(t))
                    .unwrap_or_default();
                if group.is_empty() {
                    group = parsed_group(cx, it);
                }
                emit_group_met(cx, out, si, &group, "meetings/group-held-talks");
                continue;
            };
            let people: Vec<usize> = super::agents_before(cx, items, subj)
                .into_iter()
                .filter(|&k| cx.kind(&items[k]) == Some(EntityKind::Person))
                .collect();
            if let [b, a] = people[..] {
                emit_met(
                    cx,
                    out,
                    si,
                    items,
                    a,
                    Some(b),
                    "meetings/x-and-y-held-talks",
                    0.8,
                );
            } else if people.len() < 2 {
                let group = parsed_group(cx, it);
                if group.len() == 2 {
                    emit_group_met(cx, out, si, &group, "meetings/group-held-talks");
                }
            }
        }
    }
}

/// "The foreign ministers of X and Y, A and B, held talks": the people a
/// group subject of the verb at `it` stands for, named in apposition (the
/// words before the verb end in a name, not the group).
fn parsed_group<'a>(cx: &Context<'a>, it: &Item) -> Vec<Item<'a>> {
    cx.span_head(&it.span)
        .map(|v| {
            // (People only, as for the words' group above.)
            cx.subjects(v)
                .into_iter()
                .filter(|&s| super::coref::group_noun(cx.token_lower(s)) == Some(false))
                .flat_map(|s| cx.group_referents(s))
                .collect()
        })
        .unwrap_or_default()
}

/// Verbs whose object names talks that two sides hold together: "A and B
/// held talks", "Chilean and Peruvian negotiators resumed their talks".
/// The rules for participants and meetings read these in the words; the
/// parse also reads [`OPEN_TALKS`] and [`CONTINUE_TALKS`] (the latter is
/// too often "continue to call on" in the words).
pub(super) const HOLD_TALKS: &[&str] = &[
    "held",
    "hold",
    "holds",
    "holding",
    "resumed",
    "resume",
    "resumes",
    "began",
    "begin",
    "begins",
    "concluded",
    "conclude",
    "concludes",
];

/// "The two ministers opened talks": read as [`HOLD_TALKS`] by the rules
/// for meetings, not by those for participants ("officials opened the
/// session by explaining" has no two sides).
const OPEN_TALKS: &[&str] = &["opened", "open", "opens", "started", "start", "starts"];

/// "Sullivan and Hulata continued their discussions": talks held on.
const CONTINUE_TALKS: &[&str] = &["continued", "continue", "continues"];

/// Verbs of two sides coming together with no object: "the two
/// delegations convened in Vienna".
const GATHER: &[&str] = &["convened", "convene", "convenes", "gathered", "gather"];

/// Nouns that name a meeting and take the other side with "with".
const MEETING_NOUNS: &[&str] = &[
    "talk",
    "talks",
    "meeting",
    "meetings",
    "call",
    "calls",
    "engagement",
    "engagements",
    "conversation",
    "conversations",
    "discussion",
    "discussions",
];

/// A meal shared is a meeting: "A had lunch today with B".
pub(super) const MEALS: &[&str] = &["lunch", "luncheon", "dinner", "breakfast"];

/// "her subsequent engagements with Presidents A and B", "Chile's talks
/// with Peru", "A had a productive talk last week with B": a meeting noun
/// whose "with" phrase names one side, and whose possessor, or the subject
/// of the verb that has it as object, names the other. A possessive
/// pronoun stands for the nearest person named before it.
fn meeting_nouns(cx: &Context<'_>, out: &mut Vec<Fact>) {
    let a = cx.analysis;
    for (si, sentence) in a.sentences.iter().enumerate() {
        for n in sentence.tokens.clone() {
            let tok = &a.tokens[n];
            if tok.upos != "NOUN" || cx.token_mention(n).is_some() {
                continue;
            }
            let w = cx.token_lower(n);
            if !MEETING_NOUNS.contains(&w.as_str()) && !MEALS.contains(&w.as_str()) {
                continue;
            }
            let mut objects: Vec<usize> = Vec::new();
            for o in cx.children_by(n, &["nmod"]) {
                if cx.case_of(o) == Some("with") {
                    objects.extend(cx.np_agents(o));
                    // "Presidents A of X and B of Y": the parse may hang
                    // the second name under the first one's country.
                    for m in cx.children_by(o, &["nmod"]) {
                        for c in cx.conjuncts(m).into_iter().skip(1) {
                            objects.extend(cx.np_agents(c));
                        }
                    }
                }
            }
            // "had a talk last week with B": the "with" phrase under the verb.
            let verb = tok
                .head
                .filter(|&v| a.tokens[v].upos == "VERB" && tok.deprel == "obj");
            if let Some(v) = verb {
                for o in cx.children_by(v, &["obl"]) {
                    if cx.case_of(o) == Some("with") {
                        objects.extend(cx.np_agents(o));
                    }
                }
            }
            objects.dedup();
            if objects.is_empty() {
                continue;
            }
            let mut subjects: Vec<usize> = Vec::new();
            for p in cx.children_by(n, &["nmod:poss"]) {
                if let Some(m) = cx.token_mention(p).filter(|&m| cx.is_agent_mention(m)) {
                    subjects.push(m);
                } else if matches!(cx.token_lower(p).as_str(), "her" | "his") {
                    let pronoun = cx.token_lower(p);
                    subjects.extend(person_before(cx, a.tokens[p].span.start, pronoun));
                }
            }
            if subjects.is_empty() {
                if let Some(v) = verb {
                    subjects = cx.subject_agents(v);
                }
            }
            let mut sides: Vec<Item> = subjects.iter().map(|&s| cx.mention_item(s)).collect();
            if sides.is_empty() {
                if let Some(v) = verb {
                    sides.extend(
                        cx.subjects(v)
                            .into_iter()
                            .filter_map(|s| cx.first_person(s)),
                    );
                }
            }
            for s in &sides {
                for &o in &objects {
                    if s.mention.is_some_and(|m| cx.same_entity(m, o)) {
                        continue;
                    }
                    let items = [s.clone(), cx.mention_item(o)];
                    emit_met(
                        cx,
                        out,
                        si,
                        &items,
                        0,
                        Some(1),
                        "meetings/parse-talk-with",
                        0.75,
                    );
                }
            }
        }
    }
}

/// The mention of the nearest person named before byte `at`, in the same
/// sentence or the one before, who agrees with `pronoun`: what "her" or
/// "his" most often refers to.
fn person_before(cx: &Context<'_>, at: usize, pronoun: &str) -> Option<usize> {
    let a = cx.analysis;
    let si = a.sentence_at(at)?;
    let from = a.sentences[si.saturating_sub(1)].span.start;
    cx.mentions
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.span.end <= at && m.span.start >= from)
        .filter(|(_, m)| {
            let e = &cx.mentions.entities[m.entity];
            e.kind == crate::fact::EntityKind::Person
                && crate::mentions::pronoun_agrees(pronoun, &e.name)
        })
        .max_by_key(|(_, m)| m.span.start)
        .map(|(k, _)| k)
}

#[allow(clippy::too_many_arguments)]
fn emit_met(
    cx: &Context,
    out: &mut Vec<Fact>,
    si: usize,
    items: &[Item],
    a: usize,
    b: Option<usize>,
    rule: &'static str,
    conf: f32,
) {
    let Some(aa) = cx.arg(&items[a]) else { return };
    let ba = b.and_then(|b| cx.arg(&items[b]));
    if ba.as_ref() == Some(&aa) {
        return;
    }
    // "to meet the Philippines' needs", "to meet LEED specifications": a
    // name that owns or modifies what is met is no one met (unless what
    // it owns is people: "met with Peru's foreign minister", "with
    // Chinese officials").
    let owns_or_modifies = |k: usize| {
        let owner = items
            .get(k + 1)
            .is_some_and(|x| matches!(x.lower.as_str(), "'s" | "’s" | "'" | "’"))
            || cx
                .span_head(&items[k].span)
                .is_some_and(|t| matches!(cx.analysis.tokens[t].deprel, "compound" | "nmod:poss"));
        let people = items[k + 1..].iter().take(4).any(|x| {
            cx.lexicon.title(&x.lower).is_some()
                || super::GUEST_NOUNS.contains(&x.lower.as_str())
                || matches!(
                    x.lower.as_str(),
                    "officials" | "leaders" | "government" | "team" | "envoy" | "envoys"
                )
        });
        owner && !people
    };
    if ba.is_none() && owns_or_modifies(a) {
        return;
    }
    let end = b.map_or(items[a].span.end, |b| {
        items[b].span.end.max(items[a].span.end)
    });
    let start = b.map_or(items[a].span.start, |b| {
        items[b].span.start.min(items[a].span.start)
    });
    let mut args = vec![aa.clone()];
    if let Some(bb) = &ba {
        args.push(bb.clone());
    }
    out.push(cx.fact(Relation::Met, args, si, start..end, rule, conf));
    // The sides named took part, with the countries their titles name.
    // One side unnamed: "the Vice President met with B" (a meeting of two)
    // still has B; one the participants held on the side ("the
    // participants also met with C", "sideline meetings were held with C")
    // does not make C a side of the talks.
    let on_the_side = || {
        items.iter().any(|x| {
            matches!(
                x.lower.as_str(),
                "participants" | "delegations" | "delegates" | "negotiators" | "sideline"
            )
        })
    };
    let named = match ba {
        Some(_) => vec![a, b.unwrap_or(a)],
        None if !on_the_side() => vec![a],
        None => Vec::new(),
    };
    for idx in named {
        let span = items[idx].span.clone();
        cx.push_participant(out, &items[idx], si, span, rule, conf * 0.85);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, check_exact};
    use crate::fact::Relation;

    /// A guest welcomed under a demonym and a title ("welcomed Czech Prime
    /// Minister B", which the parser headed by "Czech").
    #[test]
    fn a_guest_welcomed_under_a_demonym() {
        check_exact(
            Relation::Met,
            &[
                (
                    "President Ana Vexler welcomed Czech Prime Minister Tomas Ruud to the White House today.",
                    &["Ana Vexler\tTomas Ruud"],
                ),
                (
                    "President Ana Vexler looks forward to welcoming Angolan President Tomas Ruud to the White House on Thursday.",
                    &["Ana Vexler\tTomas Ruud"],
                ),
                // The organisation of the title is not met beside its head.
                (
                    "President Ana Vexler met today with United Nations Secretary-General Tomas Ruud in New York.",
                    &["Ana Vexler\tTomas Ruud"],
                ),
                // A counterpart named after the noun, read as a second
                // subject.
                (
                    "Chilean President Ana Vexler and her Peruvian counterpart Tomas Ruud held a phone call on Tuesday.",
                    &["Ana Vexler\tTomas Ruud"],
                ),
                // A delegation's talks are its leader's.
                (
                    "The delegation, led by Deputy Foreign Minister Karim Saade, arrived in Cairo for talks with Egyptian officials.",
                    &["Karim Saade\tEgypt"],
                ),
                // A counterpart named after their own title.
                (
                    "Foreign Minister Rosa Ibarra met today with her Peruvian counterpart, National Security Advisor Dr. Jorge Salas, in Lima.",
                    &["Rosa Ibarra\tJorge Salas"],
                ),
                // Another's conversation before the verb, its possessor's
                // however many words stand between.
                (
                    "Following President Luis Ortega's fruitful conversation with Chilean Prime Minister Karim Saade on April 24, Ana Vexler met today with Tomas Ruud.",
                    &["Luis Ortega\tKarim Saade", "Ana Vexler\tTomas Ruud"],
                ),
                // Another's call before the verb is no meeting of its
                // subject's.
                (
                    "After President Luis Ortega's call with Prime Minister Karim Saade on Monday, Ana Vexler met with Tomas Ruud.",
                    &["Luis Ortega\tKarim Saade", "Ana Vexler\tTomas Ruud"],
                ),
                // The name cut from the phrase that names its country.
                (
                    "National Security Advisor Ana Vexler spoke by phone today with Republic of Korea National Security Advisor Tomas Ruud.",
                    &["Ana Vexler\tTomas Ruud"],
                ),
            ],
        );
    }

    /// Two titles of one person joined by "and" before the name.
    #[test]
    fn two_titles_of_one_person() {
        check_exact(
            Relation::Met,
            &[
                (
                    "National Security Advisor Ana Vexler spoke with Crown Prince and Prime Minister Karim Saade of Saudi Arabia today.",
                    &["Ana Vexler\tKarim Saade"],
                ),
                (
                    "Ana Vexler met today with Deputy Prime Minister and Finance Minister Tomas Ruud of Singapore.",
                    &["Ana Vexler\tTomas Ruud"],
                ),
                // The name the parse hung on the title after its comma.
                (
                    "National Security Advisor Ana Vexler spoke by phone today with Tomas Ruud, Deputy Prime Minister of Qatar.",
                    &["Ana Vexler\tTomas Ruud"],
                ),
                (
                    "National Security Advisor Ana Vexler spoke by phone today with Sheikh Karim bin Saad Al Mansour, Deputy Prime Minister and Foreign Minister of Qatar.",
                    &["Ana Vexler\tKarim bin Saad Al Mansour"],
                ),
            ],
        );
    }

    /// A call received from someone is a call with them, and no hosting.
    #[test]
    fn a_call_received() {
        check_exact(
            Relation::Met,
            &[(
                "On Saturday, President Ana Vexler received a call from President Tomas Ruud of Egypt, in which President Ruud congratulated President Vexler on her inauguration.",
                &["Ana Vexler\tTomas Ruud"],
            )],
        );
        check_exact(
            Relation::Host,
            &[(
                "On Saturday, President Ana Vexler received a call from President Tomas Ruud of Egypt.",
                &[],
            )],
        );
    }

    /// A form of address stands before the title and name of whom one met.
    #[test]
    fn a_form_of_address_before_the_name() {
        check_exact(
            Relation::Met,
            &[
                (
                    "Vice President Ana Vexler spoke today with His Highness, Crown Prince Karim Saade of Kuwait.",
                    &["Ana Vexler\tKarim Saade"],
                ),
                (
                    "President Ana Vexler met with His Majesty King Tomas Ruud of Jordan.",
                    &["Ana Vexler\tTomas Ruud"],
                ),
            ],
        );
    }

    /// Two who spoke by phone held a call; two who spoke to reporters did
    /// not meet.
    #[test]
    fn two_who_spoke_by_phone() {
        check_exact(
            Relation::Met,
            &[
                (
                    "Ana Vexler and Tomas Ruud spoke by phone on Friday.",
                    &["Ana Vexler\tTomas Ruud"],
                ),
                (
                    "President Ana Vexler and President Tomas Ruud spoke by telephone on Sunday about trade.",
                    &["Ana Vexler\tTomas Ruud"],
                ),
                ("Ana Vexler and Tomas Ruud spoke to reporters by phone.", &[]),
                // Or spoke for a purpose, with no third named.
                (
                    "President Ana Vexler and Amir Karim Saade of Qatar spoke to reaffirm the friendship between Chile and Qatar.",
                    &["Ana Vexler\tKarim Saade"],
                ),
                (
                    "Ana Vexler and Tomas Ruud spoke at the rally to support the candidate.",
                    &[],
                ),
                (
                    "President Ana Vexler and Vice President Tomas Ruud spoke with Prime Minister Karim Saade to provide an update.",
                    &["Ana Vexler\tKarim Saade", "Tomas Ruud\tKarim Saade"],
                ),
                ("Ana Vexler and Tomas Ruud spoke at the conference on Friday.", &[]),
            ],
        );
    }

    /// Two leaders named with their countries who spoke by phone met,
    /// however the parse first reads the list.
    #[test]
    fn a_list_of_leaders_who_spoke_by_phone() {
        check_exact(
            Relation::Met,
            &[(
                "President Ana Vexler of Chile and President Tomas Ruud of Peru spoke by phone on Monday.",
                &["Ana Vexler\tTomas Ruud"],
            )],
        );
    }

    /// Who hosted talks with someone, named with an apposition, met them.
    #[test]
    fn hosted_talks_after_an_apposition() {
        check_exact(
            Relation::Met,
            &[(
                "Ana Vexler, the Chilean foreign minister, hosted talks with Tomas Ruud.",
                &["Ana Vexler\tTomas Ruud"],
            )],
        );
    }

    /// A trip planned for talks names their sides: "is due to travel".
    #[test]
    fn due_to_travel_for_talks() {
        check_exact(
            Relation::Met,
            &[(
                "Ana Vexler is due to travel to Lima for talks with Tomas Ruud.",
                &["Ana Vexler\tTomas Ruud"],
            )],
        );
    }

    /// Who sat down with someone met them, whatever follows.
    #[test]
    fn sat_down_with() {
        check_exact(
            Relation::Met,
            &[(
                "Ana Vexler sat down with Tomas Ruud for two hours of talks.",
                &["Ana Vexler\tTomas Ruud"],
            )],
        );
    }

    /// Two joined by "and" who spoke, with no one else named, spoke
    /// together; not a speech, nor to reporters, nor apart.
    #[test]
    fn two_who_spoke() {
        check_exact(
            Relation::Met,
            &[
                (
                    "Ana Vexler and Tomas Ruud spoke for an hour.",
                    &["Ana Vexler\tTomas Ruud"],
                ),
                (
                    "President Ana Vexler and Chancellor Tomas Ruud spoke by phone on Monday.",
                    &["Ana Vexler\tTomas Ruud"],
                ),
                ("Ana Vexler and Tomas Ruud spoke at the rally.", &[]),
                ("Ana Vexler and Tomas Ruud spoke to reporters.", &[]),
                ("Ana Vexler and Tomas Ruud spoke separately.", &[]),
                ("At the United Nations, Ana Vexler spoke about trade.", &[]),
            ],
        );
    }

    /// "with" marking a clause of its own after a comma names no one met;
    /// "met today with B" does.
    #[test]
    fn with_a_clause_of_its_own() {
        check_exact(
            Relation::Met,
            &[
                (
                    "Ana Vexler and Tomas Ruud met in Vienna on Monday, with the European Union as coordinator.",
                    &["Ana Vexler\tTomas Ruud"],
                ),
                (
                    "Ana Vexler met today with the European Union.",
                    &["Ana Vexler\tEuropean Union"],
                ),
            ],
        );
    }

    /// A meeting refused, denied or negated is none.
    #[test]
    fn meetings_that_did_not_happen() {
        check_exact(
            Relation::Met,
            &[
                ("Ana Vexler refused to meet Tomas Ruud.", &[]),
                ("Ana Vexler denied that she had met Tomas Ruud.", &[]),
                (
                    "Ana Vexler said she would not meet Tomas Ruud until the troops withdrew.",
                    &[],
                ),
                ("Ana Vexler has never spoken with Tomas Ruud.", &[]),
                (
                    "Ana Vexler agreed to meet Tomas Ruud.",
                    &["Ana Vexler\tTomas Ruud"],
                ),
            ],
        );
    }

    /// Who called someone by phone talked with them; who called someone
    /// something, called on or for someone, did not.
    #[test]
    fn who_called_whom() {
        check_exact(
            Relation::Met,
            &[
                (
                    "President Ana Vexler called President Tomas Ruud of Peru today to congratulate him on his re-election.",
                    &["Ana Vexler\tTomas Ruud"],
                ),
                (
                    "President Ana Vexler phoned Peruvian President Tomas Ruud on Monday.",
                    &["Ana Vexler\tTomas Ruud"],
                ),
                (
                    "President Ana Vexler called on Peruvian President Tomas Ruud to release the journalists.",
                    &[],
                ),
                ("President Ana Vexler called the Peruvian president a dictator.", &[]),
                ("Ana Vexler was called by the committee on Monday.", &[]),
            ],
        );
    }

    /// The owners of a decision to hold talks are not those who hold them.
    #[test]
    fn owners_of_a_decision_hold_no_talks() {
        check_exact(
            Relation::Met,
            &[
                (
                    "Following President Ana Vexler and President Tomas Ruud’s decision to resume talks, the working group met in Lima.",
                    &[],
                ),
                (
                    "President Ana Vexler and President Tomas Ruud agreed to resume talks.",
                    &["Ana Vexler\tTomas Ruud"],
                ),
            ],
        );
    }

    /// Titled people in a list meet the person after "with", where and when
    /// may come between the verb and "with", and a topic may not.
    #[test]
    fn titled_lists_and_where_before_with() {
        check_exact(
            Relation::Met,
            &[
                (
                    "Ana Ruiz, Special Envoy Luis Vega, and Senior Director for the Western Hemisphere Juan Gonzalez met today at the White House with Guatemalan President-elect Bernardo Arevalo.",
                    &[
                        "Ana Ruiz\tBernardo Arevalo",
                        "Luis Vega\tBernardo Arevalo",
                        "Juan Gonzalez\tBernardo Arevalo",
                    ],
                ),
                (
                    "Dr. Gordon met with Secretary General of the Executive Committee of the PLO Hussein al-Sheikh and Prime Minister of the Palestinian Authority Muhammad Mustafa.",
                    &["Gordon\tHussein al-Sheikh", "Gordon\tMuhammad Mustafa"],
                ),
                (
                    "Senior Advisor to the President Daniel Moreau met on Monday in Lima with Foreign Minister Jorge Salas.",
                    &["Daniel Moreau\tJorge Salas"],
                ),
                (
                    "The office consulted on the voluntary commitments with Chile, Peru and Bolivia.",
                    &[],
                ),
                // The person a title names after a comma, not the title's country.
                (
                    "Jorge Salas also talked with the president of Chile, Ana Ruiz.",
                    &["Jorge Salas\tAna Ruiz"],
                ),
                // A meal together is a meeting.
                (
                    "President Tomas Berg dined with Prime Minister Ana Ruiz of Jordan in Amman.",
                    &["Tomas Berg\tAna Ruiz"],
                ),
                (
                    "Ana Ruiz lunched with President Tomas Berg on Monday.",
                    &["Ana Ruiz\tTomas Berg"],
                ),
                // Talks a journey is made for, counted in days.
                (
                    "Foreign Minister Lena Vogt arrived in Quito on Thursday for two days of talks with her Ecuadorian counterpart, Pablo Ortiz, aimed at easing tensions.",
                    &["Lena Vogt\tPablo Ortiz"],
                ),
                // A counterpart or a delegation received or hosted.
                (
                    "President Alan Brodsky received his Ugandan counterpart at State House.",
                    &["Alan Brodsky\tUganda"],
                ),
                (
                    "Minister Ana Ruiz hosted a delegation from Mexico on Monday to discuss trade.",
                    &["Ana Ruiz\tMexico"],
                ),
                // ... or the holders of a title of two countries; not
                // "business leaders".
                (
                    "Prime Minister Ana Ruiz received the foreign ministers of Jordan and Egypt in Amman.",
                    &["Ana Ruiz\tEgypt", "Ana Ruiz\tJordan"],
                ),
                (
                    "Ana Ruiz hosted business leaders of Peru and Bolivia at the palace.",
                    &[],
                ),
                // A meal given for a guest.
                (
                    "President Omar Haddad hosted a dinner for Prime Minister Ilse Kramer of the Netherlands on Friday.",
                    &["Omar Haddad\tIlse Kramer"],
                ),
                (
                    "King Tomas gave a state banquet in honour of President Ana Ruiz at the palace.",
                    &["Tomas\tAna Ruiz"],
                ),
                ("President Ana Ruiz hosted a lunch for the press corps.", &[]),
                // A name set off after the title it stands in apposition to.
                (
                    "Ana Ruiz met the country's President, Tomas Berg, in Santiago, Chile on Thursday.",
                    &["Ana Ruiz\tTomas Berg"],
                ),
                // A sentence opened by a demonym before the title, and the
                // counterpart named in apposition.
                (
                    "Rwandan President Paul Kanyinya and his Congolese counterpart, Félix Mbuyi, met for four hours at the palace.",
                    &["Paul Kanyinya\tFélix Mbuyi"],
                ),
                (
                    "Kenyan President Daniel Mwangi and his Ugandan counterpart, Moses Okello, met in Kampala.",
                    &["Daniel Mwangi\tMoses Okello"],
                ),
                (
                    "Peruvian Foreign Minister Ana Quispe and her Chilean counterpart, Tomás Errázuriz, held talks in Lima.",
                    &["Ana Quispe\tTomás Errázuriz"],
                ),
                (
                    "Peruvian Foreign Minister Ana Ruiz, in Lima on Monday, said the talks would resume.",
                    &[],
                ),
                // A partner discussed with; not a matter that is with someone.
                (
                    "Prime Minister Kenji Morita discussed maritime security with President Budi Santoso.",
                    &["Kenji Morita\tBudi Santoso"],
                ),
                ("Minister Ana Ruiz discussed cooperation with Peru.", &[]),
                // A partner the parse hangs on the matter.
                (
                    "Ana Ruiz discussed trade with Pedro Gil on Monday.",
                    &["Ana Ruiz\tPedro Gil"],
                ),
                // A list of names the parse took for the subject of a
                // modifier of the matter.
                (
                    "President Ana Ruiz of Chile and President Pedro Gil of Peru discussed trade.",
                    &["Ana Ruiz\tPedro Gil"],
                ),
            ],
        );
    }

    #[test]
    fn meeting_nouns_with_a_possessor_or_a_subject() {
        check(
            Relation::Met,
            &[
                (
                    "Foreign Minister Ana Ruiz flew to Lima, and her later talks with President Tomas Berg of Peru went well.",
                    &["Ana Ruiz\tTomas Berg"],
                ),
                (
                    // "Her" is the woman, not the man named after her.
                    "Minister Maria Costa arrived in Oslo with Ambassador John Hale. Her talks with President Ola Berg lasted an hour.",
                    &["Maria Costa\tOla Berg"],
                ),
                (
                    "Prime Minister Ana Ruiz had a long call on Friday with President Tomas Berg.",
                    &["Ana Ruiz\tTomas Berg"],
                ),
                (
                    // A plural title over two names, each with its country.
                    "The envoy Ana Ruiz traveled to Elbonia and Latveria, and held subsequent talks with Presidents Felix Brenner of Elbonia and Paul Sava of Latveria.",
                    &["Ana Ruiz\tFelix Brenner", "Ana Ruiz\tPaul Sava"],
                ),
            ],
        );
    }

    /// Officials of a government, and a number of them, stand for the
    /// country; a group of people of no country meets no country.
    /// Two people of two countries who discuss something together met;
    /// colleagues of one government, or people of no stated country, did
    /// not.
    /// A country inside a title is part of it: the person named after the
    /// title is the one met.
    #[test]
    fn a_country_inside_a_title_is_not_the_one_met() {
        super::super::testing::check_exact(
            Relation::Met,
            &[
                (
                    "Ambassador Ana Ruiz met today with Special Envoy for Sudan Tomas Berg.",
                    &["Ana Ruiz\tTomas Berg"],
                ),
                (
                    "Ambassador Ana Ruiz met today with President of Finland Tomas Berg.",
                    &["Ana Ruiz\tTomas Berg"],
                ),
            ],
        );
    }

    #[test]
    fn a_demonym_parsed_as_a_subject_meets_no_one() {
        super::super::testing::check_exact(
            Relation::Met,
            &[
                (
                    "Kenyan President Ada Wekesa talked to Ugandan President Joel Opio and Rwandan President Eric Nkusi by telephone on Friday.",
                    &["Ada Wekesa\tJoel Opio", "Ada Wekesa\tEric Nkusi"],
                ),
                // A date with its commas before "with".
                (
                    "National Security Advisor Ana Ruiz met on Friday, December 15, 2023 with National Security Advisor Luis Vega in Abu Dhabi.",
                    &["Ana Ruiz\tLuis Vega"],
                ),
                // "spoke this morning to" a list of leaders.
                (
                    "Vice President Ana Ruiz spoke this morning to President Luis Vega of Mexico, President Marco Salas of Guatemala, and Prime Minister Tom Reed, Chairman of the Caribbean Community.",
                    &["Ana Ruiz\tLuis Vega", "Ana Ruiz\tMarco Salas", "Ana Ruiz\tTom Reed"],
                ),
                // Nor one inside a counterpart's apposition.
                (
                    "Ana Ruiz, Chile's chief negotiator, and Luis Vega, her Peruvian counterpart, met in Quito.",
                    &["Ana Ruiz\tLuis Vega"],
                ),
            ],
        );
    }

    #[test]
    fn two_of_different_countries_discussing() {
        super::super::testing::check_exact(
            Relation::Met,
            &[
                // A demonym before the second title is no side of its own.
                (
                    "Chilean President Ana Ruiz met separately with Peruvian President Luis Vega and Bolivian President Marco Salas.",
                    &["Ana Ruiz\tLuis Vega", "Ana Ruiz\tMarco Salas"],
                ),
                // After a fronted phrase the parse took them into.
                (
                    "In a phone conversation on Monday, Chilean President Ana Ruiz and Peruvian President Luis Vega discussed the border.",
                    &["Ana Ruiz\tLuis Vega"],
                ),
                // What two do together after talks, they did meeting.
                (
                    "Chilean President Ana Ruiz and Peruvian President Tomas Berg agreed on Friday to reopen the border, after talks in Arica.",
                    &["Ana Ruiz\tTomas Berg"],
                ),
                (
                    "Chilean President Ana Ruiz and Peruvian President Tomas Berg agreed on Friday to reopen the border.",
                    &[],
                ),
                (
                    "Chilean Foreign Minister Ana Ruiz and Peruvian Foreign Minister Tomas Berg discussed the border.",
                    &["Ana Ruiz\tTomas Berg"],
                ),
                (
                    "Chilean Foreign Minister Ana Ruiz and Chilean Defence Minister Tomas Berg discussed the budget.",
                    &[],
                ),
                ("Ana Ruiz and Tomas Berg discussed the budget.", &[]),
            ],
        );
    }

    #[test]
    fn officials_of_governments_and_ranges_of_them() {
        super::super::testing::check_exact(
            Relation::Met,
            &[
                (
                    "Ambassador Tomas Berg met with a range of Government of India officials to deepen cooperation.",
                    &["Tomas Berg\tIndia"],
                ),
                (
                    "Director Ana Ruiz met with officials from the Government of Israel on Monday.",
                    &["Ana Ruiz\tIsrael"],
                ),
                (
                    "Director Ana Ruiz met with a group of students on Monday.",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn talking_to_a_list_and_two_leaders_after_a_reception() {
        check(
            Relation::Met,
            &[(
                "Talks on fishing\n\nPresident Ana Ruiz of Chile met President Tomas Berg on Friday. Ruiz talked to Berg and Peruvian President Felix Brenner by telephone on Monday.",
                &["Ana Ruiz\tFelix Brenner"],
            )],
        );
        // "the two leaders" are the two who met, not the place named
        // after "at".
        let got = super::super::testing::facts(
            "Talks\n\nPresident Tomas Berg received President Ana Ruiz at Villa Serena in Lima, and the two leaders spoke for an hour.",
            Relation::Met,
        );
        assert!(got.iter().all(|g| !g.contains("Villa Serena")), "{got:?}");
    }

    /// A reception names its guest right after the verb; what a biography
    /// says someone received is no meeting.
    #[test]
    fn receptions_and_what_biographies_received() {
        let cases: &[(&str, &[&str])] = &[
            (
                "President Tomas Berg received Prime Minister Ana Ruiz at the palace on Monday.",
                &["Tomas Berg\tAna Ruiz"],
            ),
            (
                "Judge Ana Ruiz received her J.D. from Duke Law School and the Tomas Berg Award in 2001.",
                &[],
            ),
            // A guest received, in the passive.
            (
                "Prime Minister Ana Ruiz was received by President Tomas Berg at the palace.",
                &["Tomas Berg\tAna Ruiz"],
            ),
            ("The letter was received by President Tomas Berg on Monday.", &[]),
            // "He" continues the last person who was a subject, not the
            // nearest capitalised words ("Accelerating Clean Energy", a
            // gerund phrase, is no name at all).
            (
                "Minister Anders Berg spoke today with Khaled bin Omar, the Crown Prince of Dubai. The two sides discussed the agenda, including the Partnership for Accelerating Clean Energy. He welcomed the opportunity to meet with Sheikh Khaled in person.",
                &["Anders Berg\tKhaled bin Omar"],
            ),
            (
                "President Lina Varga spoke to President Tomas Berg of Norway this afternoon.",
                &["Lina Varga\tTomas Berg"],
            ),
            ("President Lina Varga spoke to CNN on Monday.", &[]),
            (
                "President Joseph R. Biden, Jr. welcomed President-elect Marek Olsen of Chile to the White House to discuss shared efforts.",
                &["Joseph R. Biden\tMarek Olsen"],
            ),
            (
                "President Ana Ruiz welcomed Prime Minister Tomas Berg to discuss the fisheries dispute.",
                &["Ana Ruiz\tTomas Berg"],
            ),
            // A welcome to come: the participle's subject is its clause's.
            (
                "President Ana Ruiz looks forward to welcoming Prime Minister Tomas Berg of Norway to Lima on May 21.",
                &["Ana Ruiz\tTomas Berg"],
            ),
            (
                "Minister Ana Ruiz was a lawyer in Lima, focusing on receiving Tomas Berg's clients.",
                &[],
            ),
            ("President Ana Ruiz welcomed the decision of Prime Minister Tomas Berg.", &[]),
            ("President Lina Varga will speak to the Chilean people tonight.", &[]),
            // Languages spoken are no meeting; the party comes with "with".
            ("Ambassador Tomas Berg speaks German, French and Russian.", &[]),
            (
                "Ambassador Tomas Berg spoke with Prime Minister Ana Ruiz on Monday.",
                &["Tomas Berg\tAna Ruiz"],
            ),
            (
                "Minister Ana Ruiz met Chancellor Tomas Berg in Vienna.",
                &["Ana Ruiz\tTomas Berg"],
            ),
        ];
        super::super::testing::check_exact(Relation::Met, cases);
    }

    /// "A arrived in K for talks with B": the traveller met B.
    #[test]
    fn travelling_for_talks_with_someone() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Indonesian President Rizal Pratama arrived in Canberra on Wednesday for talks with Prime Minister Claire Whitfield.",
                &["Rizal Pratama\tClaire Whitfield"],
            ),
            (
                "Foreign Minister Ana Ruiz will travel to Lima next week for a meeting with President Tomas Berg.",
                &["Ana Ruiz\tTomas Berg"],
            ),
            // Every traveller of a list, by train or not; who is in a
            // place for talks.
            (
                "President Ana Ruiz, Chancellor Luis Vega and Prime Minister Marta Soto arrived in Lima by train for talks with President Tomas Berg.",
                &["Ana Ruiz\tTomas Berg", "Luis Vega\tTomas Berg", "Marta Soto\tTomas Berg"],
            ),
            (
                "President Ana Ruiz was in Lima for talks with President Tomas Berg.",
                &["Ana Ruiz\tTomas Berg"],
            ),
            (
                // (not the thanker: talks with B, one side unnamed)
                "President Ana Ruiz thanked Chile for its support for talks with President Tomas Berg.",
                &["Tomas Berg"],
            ),
            // A purpose far from its subject: the traveller meets B.
            (
                "Chilean President Ana Ruiz will travel to Lima on Friday, May 12 to meet with President Tomas Berg.",
                &["Ana Ruiz\tTomas Berg"],
            ),
            // Not the travellers each other, when they go to meet others.
            (
                "President Ana Ruiz and First Lady Maria Ruiz will travel to Lima on Monday to meet survivors.",
                &[],
            ),
        ];
        super::super::testing::check_exact(Relation::Met, cases);
    }

    /// "A and B held talks" is a meeting of A and B, also with a demonym
    /// and a title before B (which the parse repair joins to A), and so
    /// are "resumed their talks" and "convened in K"; "A and B held talks
    /// with C" is read by the rules for "with", and two who convene a
    /// summit host it.
    /// "The foreign ministers of X and Y, A and B": a plural title's
    /// people, named after its countries, met when it met; so do two sides
    /// a third party brings together or convenes for talks.
    #[test]
    fn respective_titles_and_sides_brought_together() {
        check_exact(
            Relation::Met,
            &[
                (
                    "The foreign ministers of Chile and Peru, Ana Ruiz and Luis Vega, met in Lima on Tuesday.",
                    &["Ana Ruiz\tLuis Vega"],
                ),
                (
                    "Norway brought together the foreign ministers of Chile and Peru, Ana Ruiz and Luis Vega, for talks in Oslo.",
                    &["Ana Ruiz\tLuis Vega"],
                ),
                (
                    "The talks in Oslo, convened by Norway, brought together Ana Ruiz and Luis Vega.",
                    &["Ana Ruiz\tLuis Vega"],
                ),
                // The parse may take the sides for a bare oblique after
                // "together".
                (
                    "President Lena Vogt hosted the meeting, which brought together President Tomas Berg of Chile and President Ana Ruiz of Peru.",
                    &["Tomas Berg\tAna Ruiz"],
                ),
                (
                    "The festival brought together Ana Ruiz and Luis Vega in Oslo.",
                    &[],
                ),
                ("The foreign ministers of Chile and Peru met in Lima.", &[]),
                // The person named after an office a country owns.
                (
                    "Tomas Berg met with Chile's foreign minister, Ana Ruiz, in Lima on Monday.",
                    &["Tomas Berg\tAna Ruiz"],
                ),
                (
                    "Tomas Berg held talks with Norway's special envoy, Ola Dahl, in Oslo.",
                    &["Tomas Berg\tOla Dahl"],
                ),
                // A meal shared with the holder of a title named after it.
                (
                    "Ana Ruiz had lunch today with the President of Peru, Luis Vega, at the palace.",
                    &["Ana Ruiz\tLuis Vega"],
                ),
                // A weekday the parser takes for the object.
                (
                    "The foreign ministers of Egypt, Ethiopia and Sudan met Wednesday in Washington with President Ana Ruiz to discuss the dam.",
                    &["Egypt\tAna Ruiz", "Ethiopia\tAna Ruiz", "Sudan\tAna Ruiz"],
                ),
                (
                    "Tomas Berg held separate meetings with Chile's Ana Ruiz and Peru's Luis Vega before the session.",
                    &["Tomas Berg\tAna Ruiz", "Tomas Berg\tLuis Vega"],
                ),
            ],
        );
    }

    #[test]
    fn two_subjects_that_held_talks_met() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Rizal Pratama and Claire Whitfield held talks in Canberra on Wednesday.",
                &["Rizal Pratama\tClaire Whitfield"],
            ),
            (
                "Rizal Pratama and Australian Prime Minister Claire Whitfield held talks at Parliament House.",
                &["Rizal Pratama\tClaire Whitfield"],
            ),
            ("Rizal Pratama held talks in Canberra on Wednesday.", &[]),
            // Two who spoke about a matter spoke together; not two who
            // spoke about it at an event.
            (
                "President Rizal Pratama and President Claire Whitfield of France spoke today about developments in Afghanistan.",
                &["Rizal Pratama\tClaire Whitfield"],
            ),
            (
                "President Rizal Pratama and President Claire Whitfield spoke about the economy at the rally.",
                &[],
            ),
            // Other verbs whose object is the talks, and coming together.
            (
                "Rizal Pratama and Claire Whitfield resumed their talks in Canberra.",
                &["Rizal Pratama\tClaire Whitfield"],
            ),
            (
                "Rizal Pratama and Claire Whitfield convened in Canberra on Wednesday.",
                &["Rizal Pratama\tClaire Whitfield"],
            ),
            (
                "Rizal Pratama and Claire Whitfield convened a summit of the region.",
                &[],
            ),
            // Two who had a meeting or a conversation held it.
            (
                "Rizal Pratama and Claire Whitfield had a phone conversation on Tuesday.",
                &["Rizal Pratama\tClaire Whitfield"],
            ),
            (
                "Rizal Pratama and Claire Whitfield had a good year.",
                &[],
            ),
            // Views exchanged are a conversation held; a call or a visit
            // paid to a person is a meeting with them.
            (
                "Rizal Pratama and Claire Whitfield exchanged views on trade.",
                &["Rizal Pratama\tClaire Whitfield"],
            ),
            (
                "Rizal Pratama exchanged views with Claire Whitfield over dinner.",
                &["Rizal Pratama\tClaire Whitfield"],
            ),
            ("Rizal Pratama exchanged fire with Claire Whitfield.", &[]),
            (
                "Rizal Pratama and Claire Whitfield shook hands after the talks.",
                &["Rizal Pratama\tClaire Whitfield"],
            ),
            (
                "Rizal Pratama shook hands with supporters outside the venue.",
                &[],
            ),
            (
                "Ambassador Rizal Pratama paid a courtesy call on President Ana Ruiz on Monday.",
                &["Rizal Pratama\tAna Ruiz"],
            ),
            (
                "Rizal Pratama paid a visit to President Ana Ruiz at the palace.",
                &["Rizal Pratama\tAna Ruiz"],
            ),
            ("Rizal Pratama paid tribute to President Ana Ruiz.", &[]),
            // The leader of a delegation sent to meet someone meets them.
            (
                "Deputy Minister Rizal Pratama led a delegation of officials to meet with President Ana Ruiz.",
                &["Rizal Pratama\tAna Ruiz"],
            ),
            (
                "Rizal Pratama, Claire Whitfield and Omar Haddad held talks with Ana Ruiz.",
                &[
                    "Rizal Pratama\tAna Ruiz",
                    "Claire Whitfield\tAna Ruiz",
                    "Omar Haddad\tAna Ruiz",
                ],
            ),
            // The parse loses the subject; the words keep it.
            (
                "Foreign Minister Rizal Pratama and his Australian counterpart Claire Whitfield on Thursday held bilateral talks.",
                &["Rizal Pratama\tClaire Whitfield"],
            ),
            // A group of two people named before.
            (
                "Foreign Minister Rizal Pratama and Foreign Minister Claire Whitfield of Australia arrived. Earlier, the two foreign ministers also held a meeting on trade.",
                &["Rizal Pratama\tClaire Whitfield"],
            ),
            (
                "President Rizal Pratama and Vice President Claire Whitfield continue to call on Congress to act.",
                &[],
            ),
        ];
        super::super::testing::check_exact(Relation::Met, cases);
        // A government and an armed group opening talks are both sides;
        // three countries' leaders who gather take part.
        super::super::testing::check_exact(
            Relation::Participant,
            &[
                (
                    "The Colombian government and the National Liberation Army opened a new round of talks in Caracas.",
                    &["Colombia", "National Liberation Army"],
                ),
                (
                    "The leaders of Chile, Peru and Bolivia gathered in Lima on Thursday.",
                    &["Chile", "Peru", "Bolivia"],
                ),
                (
                    "Fans of Chile, Peru and Bolivia gathered in Lima on Thursday.",
                    &[],
                ),
            ],
        );
    }

    /// Other words for a meeting: sitting down with someone, welcoming a
    /// guest to a place or to talks, two people who talked; an unnamed
    /// counterpart or delegation stands for its country. Not a welcome of
    /// news, nor two people who spoke at an event.
    #[test]
    fn sitting_down_welcoming_and_talking_together() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Later, Ana Ruiz sat down with President Elena Quispe at the palace.",
                &["Ana Ruiz\tElena Quispe"],
            ),
            (
                "President Ana Lopez welcomed Prime Minister Tomas Berg to the palace on Monday.",
                &["Ana Lopez\tTomas Berg"],
            ),
            (
                "President Ana Lopez welcomed Prime Minister Tomas Berg of Norway to the White House today.",
                &["Ana Lopez\tTomas Berg"],
            ),
            (
                "Prime Minister Mark Carney welcomed his Mexican counterpart to Ottawa for talks on trade.",
                &["Mark Carney\tMexico"],
            ),
            (
                "Elena Quispe and Ana Ruiz also talked about trade.",
                &["Elena Quispe\tAna Ruiz"],
            ),
            // How they spoke may come before whom with.
            (
                "President Ana Ruiz spoke by phone with Prime Minister Lena Holm of Sweden today.",
                &["Ana Ruiz\tLena Holm"],
            ),
            (
                "President Ana Lopez had lunch with Prime Minister Tomas Berg on Monday.",
                &["Ana Lopez\tTomas Berg"],
            ),
            (
                "Senator Marco Ruiz met the Ukrainian delegation in Miami.",
                &["Marco Ruiz\tUkraine"],
            ),
            (
                "President Ana Lopez welcomed Prime Minister Tomas Berg's decision to lift the ban.",
                &[],
            ),
            (
                "President Ana Lopez welcomes President Tomas Berg's recent Trade Mission to Chile.",
                &[],
            ),
            ("Ana Lopez and Tomas Berg spoke at the opening ceremony.", &[]),
            // The object of "asked" or "see" is who meets.
            (
                "President Ana Lopez asked Foreign Minister Tomas Berg to meet Prime Minister Ola Sand.",
                &["Tomas Berg\tOla Sand"],
            ),
            (
                "He named aides Ana Lopez and Tomas Berg to meet with them in person.",
                &[],
            ),
        ];
        super::super::testing::check_exact(Relation::Met, cases);
    }

    /// "her Peruvian counterpart, B": B is whom she met, and B (not she)
    /// speaks for Peru.
    #[test]
    fn a_counterpart_named_in_apposition_is_the_one_met() {
        let text = "Foreign Minister Rosa Ibarra held talks with her Peruvian counterpart, Jorge Salas, in Lima.";
        let t = super::super::testing::facts;
        assert_eq!(t(text, Relation::Met), ["Rosa Ibarra\tJorge Salas"]);
        let participants = t(text, Relation::Participant);
        for p in ["Rosa Ibarra", "Jorge Salas", "Peru"] {
            assert!(participants.contains(&p.to_string()), "{participants:?}");
        }
        assert_eq!(t(text, Relation::Role), ["Rosa Ibarra\tForeign Minister"]);
        assert_eq!(
            t(
                "Jake Ellis spoke today with his Israeli counterpart Tzachi Hanegbi.",
                Relation::Met
            ),
            ["Jake Ellis\tTzachi Hanegbi"]
        );
    }

    #[test]
    fn a_place_before_held_talks_is_not_who_held_them() {
        let got = super::super::testing::facts(
            "The envoy Ana Ruiz traveled to Peru and Chile, and held talks with President Felix Brenner.",
            Relation::Met,
        );
        assert!(
            got.contains(&"Ana Ruiz\tFelix Brenner".to_string()),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|g| g.contains("Chile") || g.contains("Peru")),
            "{got:?}"
        );
    }

    /// "visiting", "incoming", "outgoing" before the partner's title are
    /// its modifiers, not verbs taking the partner as object; "talks"
    /// after "held" is the noun.
    #[test]
    fn an_ing_word_before_the_partners_title() {
        super::super::testing::check_exact(
            Relation::Met,
            &[
                (
                    "President Tomas Berg met today with visiting Chinese Foreign Minister Li Wen.",
                    &["Tomas Berg\tLi Wen"],
                ),
                (
                    "Advisor Tomas Berg met today with incoming Israeli National Security Advisor Dr. Eyal Levin.",
                    &["Tomas Berg\tEyal Levin"],
                ),
                (
                    "President Tomas Berg held talks with visiting Chinese Foreign Minister Li Wen in Lima.",
                    &["Tomas Berg\tLi Wen"],
                ),
                // "He" for a name written surname first.
                (
                    "Chinese Premier Li Wen arrived in Tokyo on Tuesday. He met Japanese Prime Minister Kenji Sato.",
                    &["Li Wen\tKenji Sato"],
                ),
                (
                    "Turkish Foreign Minister Mehmet Kaya phoned his Greek counterpart on Sunday.",
                    &["Mehmet Kaya\tGreece"],
                ),
                // A name right after "counterpart", read as its object.
                (
                    "Turkish Foreign Minister Mehmet Kaya phoned his Greek counterpart Nikos Papas on Sunday.",
                    &["Mehmet Kaya\tNikos Papas"],
                ),
                // A verb after "to" stays one.
                (
                    "President Tomas Berg looks forward to welcoming Chancellor Ana Vogel of Germany to the White House.",
                    &["Tomas Berg\tAna Vogel"],
                ),
            ],
        );
    }

    #[test]
    fn meetings() {
        check(
            Relation::Met,
            &[
                (
                    "President Ana Lind met with President Joao Reis of Brazil.",
                    &["Ana Lind\tJoao Reis"],
                ),
                (
                    "Sideline meetings were also held with Foreign Minister Omar Tal.",
                    &["Omar Tal"],
                ),
                (
                    "The participants also met with IAEA Director General Rafael Moreno.",
                    &["Rafael Moreno"],
                ),
                (
                    "Secretary Lee Park held talks with the Ukrainian delegation.",
                    &["Lee Park\tUkraine"],
                ),
                (
                    "In a telephone call with President Joao Reis on Sunday, Prime Minister Ana Lind said the talks would go on.",
                    &["Ana Lind\tJoao Reis"],
                ),
                ("The two ministers discussed trade.", &[]),
            ],
        );
    }

    /// The side named of a meeting whose other side is unnamed took part,
    /// unless the meeting was the participants' own on the side; a name
    /// owning or modifying what is "met" (goals, needs) met no one.
    #[test]
    fn one_named_side() {
        check_exact(
            Relation::Participant,
            &[
                (
                    "Today, the Vice President met with Prime Minister Luis Vega of Peru.",
                    &["Luis Vega", "Peru"],
                ),
                (
                    "The participants also met with Director General Ana Ruiz of the agency.",
                    &[],
                ),
            ],
        );
        check_exact(
            Relation::Met,
            &[
                ("These steps will help meet Peru's energy needs.", &[]),
                (
                    "Today, the Vice President met with Peru's prime minister.",
                    &["Peru"],
                ),
            ],
        );
    }

    /// Two people of two countries who sign a deal together met; one who
    /// signs a memorandum alone met no one.
    #[test]
    fn signing_a_deal_together_is_meeting() {
        super::super::testing::check_exact(
            Relation::Met,
            &[
                (
                    "President Ana Ruiz of Chile and President Tomas Berg of Peru signed a border agreement in Lima.",
                    &["Ana Ruiz\tTomas Berg"],
                ),
                (
                    "President Ana Ruiz of Chile signed a memorandum on school meals.",
                    &[],
                ),
                (
                    "The border agreement was signed by President Ana Ruiz of Chile and President Tomas Berg of Peru.",
                    &["Ana Ruiz\tTomas Berg"],
                ),
                (
                    "The letter was signed by President Ana Ruiz of Chile and President Tomas Berg of Peru.",
                    &[],
                ),
            ],
        );
    }

    /// A meeting that is the occasion of what its subject did, with a
    /// country's office holder named after the office ("the country's
    /// President, B"); a pronoun subject is too uncertain a side (the
    /// meeting keeps its one named side).
    #[test]
    fn the_occasion_of_a_deed_and_the_countrys_office_holder() {
        super::super::testing::check_exact(
            Relation::Met,
            &[
                (
                    "Peru is at war. On Thursday, Chilean President Ana Ruiz pledged support for Peru at a meeting with the country's President, Tomas Berg.",
                    &["Ana Ruiz\tTomas Berg"],
                ),
                (
                    "Tomas Berg arrived. Ana Ruiz asked whether he plans to raise the case today at the meeting with the Peruvian president.",
                    &["Peru"],
                ),
            ],
        );
    }

    /// A meal with someone, its host named with a long apposition and no
    /// closing comma.
    #[test]
    fn a_meal_after_a_long_apposition() {
        super::super::testing::check_exact(
            Relation::Met,
            &[(
                "Ana Ruiz, the President of the Republic of Chile had lunch today with the President of Peru, Tomas Berg.",
                &["Ana Ruiz\tTomas Berg"],
            )],
        );
    }

    /// Talks between two people, and a group named in apposition ("the
    /// two presidents, A and B,"); talks between two countries and a
    /// group resolved to whoever was named before are no such meeting.
    #[test]
    fn talks_between_people_and_a_group_named_in_apposition() {
        super::super::testing::check_exact(
            Relation::Met,
            &[
                (
                    "Talks between Chilean President Ana Ruiz and Peruvian President Tomas Berg ended without a deal.",
                    &["Ana Ruiz\tTomas Berg"],
                ),
                (
                    "The two presidents, Ana Ruiz of Chile and Tomas Berg of Peru, spoke by telephone on Friday.",
                    &["Ana Ruiz\tTomas Berg"],
                ),
                (
                    "The talks between the two leaders, Ana Ruiz and Tomas Berg, lasted three hours.",
                    &["Ana Ruiz\tTomas Berg"],
                ),
                // With no number, named in apposition after the group's own
                // "of" phrase; talks counted in days.
                (
                    "The foreign ministers of Chile and Peru, Ana Ruiz and Tomas Berg, held four days of talks near Quito.",
                    &["Ana Ruiz\tTomas Berg"],
                ),
                ("Talks between Chile and Peru ended without a deal.", &[]),
                (
                    "Ana Ruiz spoke about Tomas Berg. Has anyone proposed a meeting between the two leaders?",
                    &[],
                ),
            ],
        );
    }

    /// Shapes the word-window rules miss and the parse reads.
    /// "A hosted B for dinner": hosting a person named right after the
    /// verb is meeting them; hosting talks is not.
    #[test]
    fn hosting_a_person_is_meeting_them() {
        super::super::testing::check_exact(
            Relation::Met,
            &[
                (
                    "President Ana Ruiz hosted Prime Minister Luis Vega for dinner at her residence.",
                    &["Ana Ruiz\tLuis Vega"],
                ),
                ("Norway hosted talks between Chile and Peru in Oslo.", &[]),
                // A list of guests, the last after "and".
                (
                    "President Ana Ruiz hosted Senator Luis Vega, Speaker Tomas Berg, and Governor Ilse Kramer in her office.",
                    &["Ana Ruiz\tLuis Vega", "Ana Ruiz\tTomas Berg", "Ana Ruiz\tIlse Kramer"],
                ),
                ("President Ana Ruiz hosted a dinner and Governor Ilse Kramer spoke.", &[]),
                // Received by a host, however the parse hangs the agent.
                (
                    "Chilean President Ana Ruiz was received at the palace by Peruvian President Tomas Berg.",
                    &["Tomas Berg\tAna Ruiz"],
                ),
            ],
        );
    }

    /// A generational suffix after a comma ends a name in a list of
    /// people who met, or were met.
    #[test]
    fn a_name_suffix_after_a_comma() {
        super::super::testing::check_exact(
            Relation::Met,
            &[
                (
                    "President Omar Haddad, Jr. and President Tomas Berg met today to reaffirm their ties.",
                    &["Omar Haddad\tTomas Berg"],
                ),
                (
                    "Minister Ana Ruiz met with Senator Luis Vega, Jr., and Governor Ilse Kramer on Monday.",
                    &["Ana Ruiz\tLuis Vega", "Ana Ruiz\tIlse Kramer"],
                ),
            ],
        );
    }

    /// Talks between two people each named after a demonym and a title
    /// set off by commas; what two do together in a call they did talking.
    #[test]
    fn set_off_titles_and_what_two_do_in_a_call() {
        super::super::testing::check_exact(
            Relation::Met,
            &[
                (
                    "Talks between the Chilean foreign minister, Ana Ruiz, and her Peruvian counterpart, Tomas Berg, ended without agreement.",
                    &["Ana Ruiz\tTomas Berg"],
                ),
                (
                    "In a phone call on Tuesday, Chilean President Ana Ruiz and Peruvian Prime Minister Luis Vega agreed to boost trade.",
                    &["Ana Ruiz\tLuis Vega"],
                ),
                // Greeted by a counterpart, named in apposition.
                (
                    "Foreign Minister Ana Ruiz was greeted at the airport by her Chilean counterpart, Tomas Berg.",
                    &["Tomas Berg\tAna Ruiz"],
                ),
                ("Chilean President Ana Ruiz was greeted by cheering crowds in Lima.", &[]),
                // A speech is no talk between them.
                (
                    "In a speech on Tuesday, Chilean President Ana Ruiz and Peruvian Prime Minister Luis Vega agreed to boost trade.",
                    &[],
                ),
            ],
        );
    }

    /// An organisation's one-word alias ("Wagner" for the Wagner Group)
    /// inside a person's name is the person's surname.
    #[test]
    fn an_organisations_alias_as_a_surname() {
        super::super::testing::check_exact(
            Relation::Met,
            &[(
                "Foreign Minister Lena Wagner met Luis Vega in Lima on Monday.",
                &["Lena Wagner\tLuis Vega"],
            )],
        );
    }

    /// "A, who is in K meeting with B and C, said": A meets them.
    #[test]
    fn the_person_of_a_relative_clause_meets() {
        super::super::testing::check_exact(
            Relation::Met,
            &[(
                "Envoy Ilse Marten, who is in Varna, Keldor meeting with President Omar Haddad and Foreign Minister Ana Ruiz, said the talks went well.",
                &["Ilse Marten\tOmar Haddad", "Ilse Marten\tAna Ruiz"],
            )],
        );
    }

    /// A list of people each followed by a bare title in commas ("A,
    /// Foreign Minister, and B") goes on past the title.
    #[test]
    fn a_list_goes_on_past_bare_titles() {
        super::super::testing::check_exact(
            Relation::Met,
            &[(
                "Luis Vega met Ana Ruiz, Foreign Minister, and Marta Soto, Trade Minister, on Monday.",
                &["Luis Vega\tAna Ruiz", "Luis Vega\tMarta Soto"],
            )],
        );
    }

    #[test]
    fn meetings_over_the_parse() {
        check(
            Relation::Met,
            &[
                (
                    "Foreign Minister Kofi Mensah met December 14 with President Lars Holm and President Jana Novak.",
                    &["Kofi Mensah\tLars Holm", "Kofi Mensah\tJana Novak"],
                ),
                (
                    "President Ana Lind, who arrived in Lima on Monday, met Prime Minister Olaf Rinn at the palace.",
                    &["Ana Lind\tOlaf Rinn"],
                ),
                (
                    "Chancellor Mira Tamm received Foreign Minister Omar Tal at her office.",
                    &["Mira Tamm\tOmar Tal"],
                ),
                (
                    "Ambassador Lee Park talked by telephone with Foreign Minister Omar Tal.",
                    &["Lee Park\tOmar Tal"],
                ),
                ("The committee met on Tuesday to review the budget.", &[]),
                (
                    "Remarks by President Ana Lind and Prime Minister Olaf Rinn of Norway Before Bilateral Meeting",
                    &["Ana Lind\tOlaf Rinn"],
                ),
                ("Remarks by President Ana Lind and Prime Minister Olaf Rinn on the Economy", &[]),
            ],
        );
    }
}
