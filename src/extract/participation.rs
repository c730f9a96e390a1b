//! Participation: who took part, who led a delegation, who represented a party.
//!
//! What it extracts: the parties and delegates of the talks.
//!
//! Example: "talks between the United States and Iran" gives two
//! participants; "the Iranian delegation led by Foreign Minister A" gives
//! `leader A Iran`; "the American side was represented by envoys B and C"
//! gives `representative B United States`; "attended by X", "X took part",
//! "delegates from X and Y" and "X held talks with Y" give participants, as
//! do the countries a joint statement speaks for ("We, the Leaders of X and
//! Y, ..."), and the people a list headed "Participants included:" opens
//! its items with. So do who comes or is somewhere "for talks" ("Chilean
//! and Peruvian delegations arrived in Quito for talks", "negotiators were
//! in Cairo for talks"), who is at the talks ("A and B were at the
//! talks", "A, who was at the talks,", "A was among the officials at the
//! talks", "Among those at the talks were A and B", "A sat in on the
//! talks"), the members a country's side includes ("The Chilean side
//! included A and B"), who represents a party "at the talks by" someone,
//! and a list after "were present at the meeting:" whose names carry
//! their portfolios in brackets.
//! A person who takes part brings the country their title names.
//!
//! Facts produced: `participant AGENT`, `leader PERSON PARTY`,
//! `representative PERSON PARTY`.

use super::subject_before;
use super::{agent_list, Context, Extractor, Item};
use crate::fact::{EntityKind, Fact, Relation};
use crate::lexicon::VerbClass;
use crate::mentions::Via;

/// Stems of reporting verbs whose object is whom they speak to.
const AUDIENCE_VERBS: &[&str] = &[
    "tell", "told", "urg", "warn", "brief", "inform", "assur", "reassur", "advis", "ask", "welcom",
];

pub struct Participation;

/// Words of a line that opens a list of who took part.
const LIST_HEADS: &[&str] = &["participants", "attendees", "attendance"];

/// A list of those present (`participation/listed`): a line that names
/// participants or attendees and ends with a colon or stands as a
/// heading ("Participants included:", "**Administration Participants**",
/// "Attendees at the meeting included:"), then list items ("- A, Deputy
/// Director of X"): the person each item opens with took part. The list
/// runs on over further headings of the same kind and ends at the first
/// line that is no list item.
fn listed(cx: &Context<'_>, out: &mut Vec<Fact>) {
    let a = cx.analysis;
    let text = &cx.doc.text;
    let opens_list = |si: usize| {
        let sentence = &a.sentences[si];
        let line =
            text[sentence.span.clone()].trim_matches(|c: char| c == '*' || c.is_whitespace());
        let names = sentence
            .tokens
            .clone()
            .any(|t| LIST_HEADS.contains(&cx.token_lower(t).as_str()));
        names && (line.ends_with(':') || (sentence.heading && !cx.list_item(si)))
    };
    // The rest of an item wrapped onto the next line, which the splitter
    // may cut off as a sentence of its own ("A, Director of\n    the
    // Office of X").
    let wrapped = |si: usize| {
        let (prev, this) = (&a.sentences[si - 1], &a.sentences[si]);
        let line = text[..this.span.start].rfind('\n').map_or(0, |n| n + 1);
        let indented = line < this.span.start && text[line..this.span.start].trim().is_empty();
        (!this.paragraph_start || indented)
            && text
                .get(prev.span.end..this.span.start)
                .is_some_and(|gap| gap.contains('\n'))
            && !text[prev.span.clone()]
                .trim_end()
                .ends_with(['.', '!', '?', ':'])
    };
    let mut si = 0;
    while si < a.sentences.len() {
        if !opens_list(si) {
            si += 1;
            continue;
        }
        si += 1;
        while si < a.sentences.len() && (cx.list_item(si) || opens_list(si) || wrapped(si)) {
            if !cx.list_item(si) {
                si += 1;
                continue;
            }
            // ("Dr. A", "Administrator A": the name after its title.)
            let first = cx
                .items(si)
                .iter()
                .find(|x| !x.punct && !super::is_title_item(cx, x));
            if let Some(m) = first.and_then(|x| x.mention) {
                if cx.mentions.entities[cx.mentions.mentions[m].entity].kind == EntityKind::Person {
                    cx.push_mention_participant(out, m, si, "participation/listed", 0.75);
                }
            }
            si += 1;
        }
    }
}

/// Participants read from the parse (`participation/parse-attended`): the
/// agents that are the subject of a verb of taking part ("attended",
/// "joined", "took part"), through the group that stands for them
/// ("Representatives of Colombia and Venezuela took part", "Envoys from
/// Peru attended"), unless the verb is negated ("did not attend"). Verbs
/// other than "took part" count only in a sentence about talks.
fn parsed(cx: &Context<'_>, out: &mut Vec<Fact>) {
    let a = cx.analysis;
    for (si, sentence) in a.sentences.iter().enumerate() {
        // "attended the summit", not "attended the University of X";
        // taking part needs no such check.
        let talks = cx.talks_context(cx.items(si));
        for v in sentence.tokens.clone() {
            let tok = &a.tokens[v];
            if tok.upos != "VERB" {
                talks_between(cx, v, si, out);
                // "Chilean and Peruvian negotiators were in Lima for
                // talks": who is at a place for talks takes part.
                let present = cx.is_be_predicate(v)
                    && cx.case_of(v) == Some("in")
                    && cx
                        .children_by(v, &["obl", "nmod"])
                        .any(|o| cx.case_of(o) == Some("for") && cx.names_talks(o));
                // "A and B were also at the talks", "A, who was at the
                // talks,", "A was among the officials at the talks": who
                // is at talks takes part.
                let at_talks = |t: usize| cx.case_of(t) == Some("at") && cx.names_talks(t);
                let at = cx.is_be_predicate(v)
                    && (at_talks(v)
                        || (cx.case_of(v) == Some("among")
                            && cx.children_by(v, &["nmod"]).any(at_talks)));
                if (present || at) && !verb_negated(cx, v) {
                    for m in cx.subject_agents(v) {
                        cx.push_mention_participant(
                            out,
                            m,
                            si,
                            "participation/parse-attended",
                            0.75,
                        );
                    }
                }
                // "facilitated by X, with the participation of Y": Y
                // takes part.
                if talks
                    && tok.upos == "NOUN"
                    && cx.token_lower(v) == "participation"
                    && cx.case_of(v) == Some("with")
                {
                    let of = cx
                        .children_by(v, &["nmod"])
                        .filter(|&n| cx.case_of(n) == Some("of"));
                    for m in of.flat_map(|n| cx.np_agents(n)) {
                        cx.push_mention_participant(
                            out,
                            m,
                            si,
                            "participation/with-the-participation-of",
                            0.75,
                        );
                    }
                }
                continue;
            }
            let w = cx.token_lower(v);
            let took_part = matches!(w.as_str(), "took" | "take" | "takes" | "taking")
                && cx
                    .children_by(v, &["obj"])
                    .any(|o| cx.token_lower(o) == "part");
            // ("A is attending as an observer": with no object, the talks
            // of the sentence before.)
            let no_object = cx.children_by(v, &["obj"]).next().is_none()
                && cx
                    .children_by(v, &["obl"])
                    .all(|o| matches!(cx.case_of(o), Some("as")));
            let talks_before = no_object
                && si
                    .checked_sub(1)
                    .is_some_and(|b| cx.talks_context(cx.items(b)));
            let attend = (talks || talks_before)
                && cx.lexicon.is_verb(VerbClass::Participation, w)
                && cx.children_by(v, &["aux:pass"]).next().is_none();
            // "Ministers of X and Y gathered in Riyadh to discuss Z": who
            // gathers to talk takes part.
            // ("gathered in Quito for a summit on migration": or for talks.)
            // ("Chilean and Peruvian delegations arrived in Lima for
            // talks": so does who comes for talks.)
            let for_talks = || {
                cx.children_by(v, &["obl"])
                    .any(|o| cx.case_of(o) == Some("for") && cx.names_talks(o))
            };
            let gathered = (matches!(w.as_str(), "gathered" | "assembled")
                && (cx.children_by(v, &["advcl", "xcomp"]).any(|p| {
                    cx.is_to_infinitive(p) && super::TALKING.contains(&cx.token_lower(p).as_str())
                }) || for_talks()))
                || (ARRIVAL.contains(&w.as_str()) && for_talks());
            // "A sat in on the talks": who sits in on them takes part.
            let sat_in = matches!(w.as_str(), "sat" | "sit" | "sits" | "sitting")
                && cx
                    .children_by(v, &["advmod", "compound:prt"])
                    .any(|c| cx.token_lower(c) == "in")
                && cx
                    .children_by(v, &["obl"])
                    .any(|o| cx.case_of(o) == Some("on") && cx.names_talks(o));
            let attend = attend || gathered || sat_in;
            if !(took_part || attend) {
                deal_parties(cx, v, si, out);
                delegation_members(cx, v, si, out);
                continue;
            }
            if verb_negated(cx, v) || as_mediator(cx, v) {
                continue;
            }
            for m in cx.subject_agents(v) {
                cx.push_mention_participant(out, m, si, "participation/parse-attended", 0.75);
            }
        }
    }
}

/// The people of a list "A (X), B (Y) and C (Z)" starting at item `k`:
/// names separated by commas or "and", each maybe followed by words in
/// brackets; empty when anything else stands between them.
fn bracketed_list(cx: &Context<'_>, items: &[Item], mut k: usize) -> Vec<usize> {
    let mut found = Vec::new();
    while let Some(x) = items.get(k) {
        if cx.kind(x) != Some(EntityKind::Person) {
            return Vec::new();
        }
        found.push(k);
        k += 1;
        if items.get(k).is_some_and(|x| x.lower == "(") {
            let close = items[k..].iter().take(12).position(|x| x.lower == ")");
            let Some(c) = close else { return Vec::new() };
            k += c + 1;
        }
        match items.get(k).map(|x| x.lower.as_str()) {
            Some(",") if items.get(k + 1).is_some_and(|x| x.lower == "and") => k += 2,
            Some("," | "and") => k += 1,
            _ => break,
        }
    }
    found
}

/// Verbs of coming somewhere: who comes "for talks" takes part.
const ARRIVAL: &[&str] = &[
    "arrived",
    "arrive",
    "arrives",
    "travelled",
    "traveled",
    "flew",
    "headed",
    "returned",
    "came",
];

/// "talks between the federal government of Ethiopia and Eritrea",
/// "negotiations between the governments of X and Y": the sides of talks
/// named in the parse under "between" (`participation/parse-talks-between`),
/// through the groups that stand for them, when two or more sides are
/// written (one of them may be unnamed: "and the rebels") and every side
/// named is a country.
/// (The word rule `participation/talks-between` reads plain lists.)
fn talks_between(cx: &Context<'_>, t: usize, si: usize, out: &mut Vec<Fact>) {
    if !cx.names_talks(t) {
        return;
    }
    let between: Vec<usize> = cx
        .children_by(t, &["nmod"])
        .filter(|&n| cx.case_of(n) == Some("between"))
        .collect();
    // Two sides written, though one may be unnamed ("between the
    // government of Ethiopia and the rebels").
    let written: usize = between.iter().map(|&n| cx.conjuncts(n).len()).sum();
    let sides: Vec<usize> = between.iter().flat_map(|&n| cx.np_agents(n)).collect();
    // Countries only: readouts recall past meetings "between Secretary
    // A, Secretary B and their counterparts" and dialogues "between
    // agencies and companies".
    let countries = sides
        .iter()
        .all(|&m| cx.mention_kind(m) == EntityKind::Country);
    if written.max(sides.len()) < 2 || sides.is_empty() || !countries {
        return;
    }
    for m in sides {
        cx.push_mention_participant(out, m, si, "participation/parse-talks-between", 0.8);
    }
}

/// Whether verb `v` comes "as mediator" ("will join B on Sunday as
/// mediators"): who comes to mediate is no party (the rules for mediators
/// read them).
fn as_mediator(cx: &Context<'_>, v: usize) -> bool {
    cx.children_by(v, &["obl", "advcl", "xcomp"]).any(|o| {
        cx.case_of(o) == Some("as")
            && super::mediation::MEDIATOR_NOUNS.contains(&cx.token_lower(o).as_str())
    })
}

/// Whether token `v` lists a delegation's members ("The Chilean
/// delegation included / comprised / consisted of"): the delegation nouns
/// that are its subject in the parse, and whether the list follows an
/// "of". `None` for any other verb or subject, or when negated.
pub(super) fn delegation_listing(cx: &Context<'_>, v: usize) -> Option<(Vec<usize>, bool)> {
    let of = match cx.token_lower(v).as_str() {
        "included" | "includes" | "include" | "comprised" | "comprises" | "comprise" => false,
        "consisted" | "consists" | "consist" => true,
        _ => return None,
    };
    // ("The Chilean side included A and B": a side a country's adjective
    // or name marks is its delegation.)
    let country_side = |s: usize| {
        cx.token_lower(s) == "side"
            && cx
                .children_by(s, &["amod", "compound", "nmod:poss"])
                .any(|m| {
                    cx.token_mention(m)
                        .is_some_and(|o| cx.mention_kind(o) == EntityKind::Country)
                })
    };
    let delegations: Vec<usize> = cx
        .subjects(v)
        .into_iter()
        .filter(|&s| {
            matches!(cx.token_lower(s).as_str(), "delegation" | "delegations") || country_side(s)
        })
        .collect();
    (!delegations.is_empty() && !verb_negated(cx, v)).then_some((delegations, of))
}

/// The members a delegation is said to include take part
/// (`participation/delegation-members`): the people named after
/// "included" / "comprised" / "consisted of" in its clause when the verb's
/// subject in the parse is a delegation ("The Chilean delegation included
/// Foreign Minister A, Trade Minister B and Ambassador C"). The list is
/// read from the words, which the parser often hangs wrongly. Not a "team" or
/// "government", which include people in every kind of sentence.
fn delegation_members(cx: &Context<'_>, v: usize, si: usize, out: &mut Vec<Fact>) {
    let Some((_, of)) = delegation_listing(cx, v) else {
        return;
    };
    let items = cx.items(si);
    let at = cx.analysis.tokens[v].span.start;
    let Some(i) = items.iter().position(|x| x.span.start == at) else {
        return;
    };
    // The list runs to the end of the clause: titles, appositions and
    // possessors ("Head of the Presidential Office A, B's special envoy,
    // C") are read past, not taken for the end of the list.
    for k in i + 1 + usize::from(of)..items.len() {
        let x = &items[k];
        if x.mention.is_none() {
            // Semicolons separate the items of long lists ("included A;
            // B; and C"), so they do not end it.
            if matches!(x.lower.as_str(), "who" | "which" | "while" | "whereas") || x.upos == "VERB"
            {
                break;
            }
            continue;
        }
        // "A's special envoy, B": the possessor is no member.
        let possessor = items.get(k + 1).is_some_and(|x| x.is("'s") || x.is("’s"));
        if cx.kind(x) != Some(EntityKind::Person) || possessor {
            continue;
        }
        let span = x.span.clone();
        cx.push_participant(out, x, si, span, "participation/delegation-members", 0.75);
    }
}

/// Verbs by which parties conclude a deal ("signed an agreement",
/// "reached a ceasefire").
const CONCLUDE_VERBS: &[&str] = &[
    "signed",
    "sign",
    "signs",
    "signing",
    "reached",
    "reach",
    "reaches",
    "reaching",
    "concluded",
    "conclude",
    "concludes",
    "concluding",
    "finalized",
    "finalised",
    "finalize",
    "finalise",
];

/// Deals whose parties negotiated them (not "peace", "crisis" or a
/// "conflict", which the deal list also holds for what mediators end).
const CONCLUDED_DEALS: &[&str] = &[
    "agreement",
    "agreements",
    "deal",
    "accord",
    "accords",
    "treaty",
    "pact",
    "ceasefire",
    "cease-fire",
    "truce",
    "armistice",
    "settlement",
    "memorandum",
];

/// The parties of a deal took part in the talks that made it
/// (`participation/deal-party`): the agents that are the subject of "signed"
/// / "reached" / "concluded" with a deal as object, and those it was made
/// "with" ("Peru and Chile signed an agreement", "the United States
/// reached a deal with Kenya"), unless negated ("have not signed").
/// Countries only: agencies and companies sign agreements of every kind
/// ("the VA and the Department of Justice signed an agreement"), and a
/// person who signs does so for a country the closure adds; but the sides
/// that agree to a truce ("Israel and Hamas agreed to a truce") are
/// whoever fought, armed groups too.
fn deal_parties(cx: &Context<'_>, v: usize, si: usize, out: &mut Vec<Fact>) {
    let w = cx.token_lower(v);
    // "X and Y agreed to a truce", "agreed on a ceasefire".
    let agree = matches!(w.as_str(), "agreed" | "agree" | "agrees");
    if !CONCLUDE_VERBS.contains(&w.as_str()) && !agree {
        return;
    }
    let deal = if agree {
        cx.children_by(v, &["obl"]).find(|&o| {
            CONCLUDED_DEALS.contains(&cx.token_lower(o).as_str())
                && cx.case_of(o).is_some_and(|c| matches!(c, "to" | "on"))
        })
    } else {
        cx.children_by(v, &["obj"])
            .find(|&o| CONCLUDED_DEALS.contains(&cx.token_lower(o).as_str()))
    };
    let Some(deal) = deal else {
        // "Chile and Peru agreed to reopen their border after two days of
        // talks in Lima": who agreed at or after the talks took part.
        if agree && !verb_negated(cx, v) && agreed_at_talks(cx, v) {
            for m in cx.subject_agents(v) {
                if matches!(
                    cx.mention_kind(m),
                    EntityKind::Country | EntityKind::Organization
                ) {
                    cx.push_mention_participant(out, m, si, "participation/agreed-at-talks", 0.7);
                }
            }
        }
        return;
    };
    if verb_negated(cx, v) {
        return;
    }
    let with = cx
        .children_by(v, &["obl"])
        .chain(cx.children_by(deal, &["nmod"]))
        .filter(|&o| cx.case_of(o) == Some("with"))
        .flat_map(|o| cx.np_agents(o));
    // The sides of a truce are whoever fought, armed groups too.
    let truce = matches!(
        cx.token_lower(deal).as_str(),
        "ceasefire" | "cease-fire" | "truce" | "armistice"
    );
    let party = |m: &usize| {
        cx.mention_kind(*m) == EntityKind::Country
            || (truce && cx.mention_kind(*m) == EntityKind::Organization)
    };
    let mut subjects = cx.subject_agents(v);
    // "congratulate X and Y on concluding their agreement": the one
    // praised for the deed did it.
    let tok = &cx.analysis.tokens[v];
    if let (true, "advcl", Some(h)) = (subjects.is_empty(), tok.deprel, tok.head) {
        let on = cx
            .children_by(v, &["mark"])
            .any(|m| matches!(cx.token_lower(m).as_str(), "on" | "for"));
        if on {
            subjects = cx
                .children_by(h, &["obj"])
                .flat_map(|o| cx.np_agents(o))
                .collect();
        }
    }
    let agents: Vec<usize> = subjects.into_iter().chain(with).collect();
    for m in agents.into_iter().filter(party) {
        cx.push_mention_participant(out, m, si, "participation/deal-party", 0.7);
    }
}

/// Whether verb `v` agreed to do something (an infinitive), or to or on
/// something, at, after or during talks named under it or its infinitive
/// ("agreed ... to reopen the border after two days of talks", "agreed at
/// the talks to ...", "agreed to a prisoner swap at talks in K").
fn agreed_at_talks(cx: &Context<'_>, v: usize) -> bool {
    let to_thing = || {
        cx.children_by(v, &["obl"])
            .any(|o| matches!(cx.case_of(o), Some("to" | "on")))
    };
    let Some(x) = cx
        .children_by(v, &["xcomp", "advcl"])
        .find(|&x| cx.is_to_infinitive(x))
        .or_else(|| to_thing().then_some(v))
    else {
        return false;
    };
    let talks_under = |h: usize| {
        cx.children_by(h, &["obl", "advcl"]).any(|o| {
            let at = matches!(
                cx.case_of(o),
                Some("after" | "at" | "during" | "following" | "in")
            );
            // "after two days of talks": the talks under the time; "in
            // a deal brokered by X": the deal they agreed in.
            at && (cx.names_talks(o)
                || (cx.case_of(o) == Some("in") && cx.triggers().deal.contains(cx.token_lower(o)))
                || cx
                    .children_by(o, &["nmod"])
                    .any(|n| cx.case_of(n) == Some("of") && cx.names_talks(n)))
        })
    };
    talks_under(v) || talks_under(x)
}

/// Whether the parse negates verb `v` ("did not attend", "have not signed").
pub(super) fn verb_negated(cx: &Context<'_>, v: usize) -> bool {
    cx.children_by(v, &["advmod"])
        .any(|m| NEGATIONS.contains(&cx.token_lower(m).as_str()))
}

/// Whether a negation stands between a subject and its verb: "Paraguay
/// did not attend", "X never took part".
fn negated(items: &[Item], subj: usize, verb: usize) -> bool {
    items[(subj + 1).min(verb)..verb]
        .iter()
        .any(|x| NEGATIONS.contains(&x.lower.as_str()))
}

/// Words that negate a verb of taking part.
const NEGATIONS: &[&str] = &["not", "n't", "never"];

const DELEGATION: &[&str] = &[
    "delegation",
    "delegations",
    "side",
    "team",
    "government",
    "camp",
];

impl Extractor for Participation {
    fn name(&self) -> &'static str {
        "participation"
    }

    fn extract(&self, cx: &Context<'_>, out: &mut Vec<Fact>) {
        let tr = cx.triggers();
        parsed(cx, out);
        listed(cx, out);
        for si in 0..cx.analysis.sentences.len() {
            let items = cx.items(si);
            let mut p = Emitter { cx, out, si };
            // "At the summit, A charged B ...", "At the conclusion of the X
            // Conference, President A read ...": the subject of a sentence
            // set at the talks took part in them.
            if items
                .first()
                .is_some_and(|x| matches!(x.lower.as_str(), "at" | "during"))
            {
                let comma = items.iter().take(10).position(|x| x.lower == ",");
                if let Some(c) = comma {
                    if items[..c].iter().any(|x| tr.talks.contains(&x.lower)) {
                        let (agents, _) = agent_list(cx, items, c + 1);
                        let people: Vec<usize> = agents
                            .into_iter()
                            .filter(|&a| cx.kind(&items[a]) == Some(EntityKind::Person))
                            .collect();
                        p.participants(items, &people, "participation/at-the-talks", 0.75);
                    }
                }
            }
            // "We, the Prime Minister of X and the Prime Minister of Y, having
            // met ...", "We, the Leaders of X, Y and Z, ...": the countries a
            // joint statement speaks for took part in what it reports.
            if items.len() > 3 && items[0].is("we") && items[1].is(",") {
                let end = items[2..]
                    .iter()
                    .enumerate()
                    .find(|&(k, x)| {
                        x.is(",")
                            && items.get(2 + k + 1).is_none_or(|n| {
                                n.mention.is_none() && !matches!(n.lower.as_str(), "the" | "and")
                            })
                    })
                    .map(|(k, _)| 2 + k);
                if let Some(end) = end {
                    let countries: Vec<usize> = (2..end)
                        .filter(|&k| cx.kind(&items[k]) == Some(EntityKind::Country))
                        .collect();
                    if countries.len() >= 2 {
                        p.participants(items, &countries, "participation/joint-we", 0.8);
                    }
                }
            }
            for (i, it) in items.iter().enumerate() {
                if it.mention.is_some() || it.punct {
                    // "US-Iran talks": two agents joined by a dash before a talks noun.
                    if cx.is_agent(it)
                        && items
                            .get(i + 1)
                            .is_some_and(|x| matches!(x.text, "-" | "–" | "—" | "/"))
                        && items.get(i + 2).is_some_and(|x| cx.is_agent(x))
                        && items[i + 3..]
                            .iter()
                            .take(3)
                            .any(|x| tr.talks.contains(&x.lower))
                    {
                        p.participants(items, &[i, i + 2], "participation/x-y-talks", 0.85);
                    }
                    continue;
                }
                let w = it.lower.as_str();
                // "talks between X and Y", "at the summit ... attacks between X and Y"
                // "a ceasefire between X and Y", "the agreement between X
                // and Y": the parties of a deal negotiated it.
                let deal_before = items[i.saturating_sub(2)..i]
                    .iter()
                    .any(|x| CONCLUDED_DEALS.contains(&x.lower.as_str()));
                // "Norway has been mediating between X and Y", "served as
                // an intermediary between X and Y": those mediated between
                // are the sides.
                // ("facilitating exchanges between agencies" is none.)
                let mediated = items[i.saturating_sub(4)..i]
                    .iter()
                    .any(|x| tr.mediation.contains(&x.lower) || x.lower.starts_with("mediat"));
                if w == "between"
                    && i > 0
                    && (deal_before
                        || mediated
                        || items.iter().any(|x| tr.talks.contains(&x.lower)))
                {
                    let (agents, _) = agent_list(cx, items, i + 1);
                    // A deal between agencies and companies ("a consent
                    // agreement between the FDA and X") is no diplomacy.
                    let country = agents
                        .iter()
                        .any(|&a| cx.kind(&items[a]) == Some(EntityKind::Country));
                    if agents.len() >= 2 && (country || !deal_before) {
                        p.participants(items, &agents, "participation/talks-between", 0.85);
                    }
                }
                // "talks involving Chile and Peru", "Among the
                // participants were Chile and Peru", "The meeting included
                // Chile, Peru and Bolivia": the sides, when every one named
                // is a country (or a person, for the participants).
                let involving = w == "involving"
                    && i > 0
                    && tr.talks.contains(&items[i - 1].lower)
                    && !matches!(items[i - 1].lower.as_str(), "delegation" | "delegations");
                let among = w == "participants"
                    && i >= 2
                    && items[i - 2].lower == "among"
                    && items
                        .get(i + 1)
                        .is_some_and(|x| matches!(x.lower.as_str(), "were" | "was"));
                let included = matches!(w, "included" | "includes" | "include")
                    && i > 0
                    && tr.talks.contains(&items[i - 1].lower)
                    && !matches!(
                        items[i - 1].lower.as_str(),
                        "delegation" | "delegations" | "delegates"
                    );
                if involving || among || included {
                    let from = if among { i + 2 } else { i + 1 };
                    let (agents, _) = agent_list(cx, items, from);
                    let sides = agents.iter().all(|&a| {
                        matches!(
                            cx.kind(&items[a]),
                            Some(EntityKind::Country) | Some(EntityKind::Person)
                        )
                    });
                    if !agents.is_empty() && sides {
                        p.participants(items, &agents, "participation/sides-named", 0.8);
                    }
                }
                // "Chile sent a delegation to the talks": who sends one
                // takes part.
                // ("Russia and Ukraine sent delegations to Istanbul for
                // talks": each subject.)
                if matches!(w, "sent" | "sends" | "send")
                    && items[i + 1..].iter().take(4).any(|x| {
                        matches!(
                            x.lower.as_str(),
                            "delegation" | "delegations" | "delegates" | "negotiators"
                        )
                    })
                    && items
                        .iter()
                        .any(|x| tr.talks.contains(&x.lower) && !x.lower.starts_with("delegat"))
                {
                    if let Some(s) = subject_before(cx, items, i) {
                        let senders: Vec<usize> = super::agents_before(cx, items, s)
                            .into_iter()
                            .filter(|&a| cx.kind(&items[a]) == Some(EntityKind::Country))
                            .collect();
                        p.participants(items, &senders, "participation/sent-delegation", 0.8);
                    }
                }
                // "Bolivia sent its foreign minister, Ana Flores, to the
                // summit": a country and the people it sends to talks (told
                // of in this sentence or the two before).
                if matches!(w, "sent" | "sends" | "send")
                    && (si.saturating_sub(2)..=si).any(|b| cx.talks_context(cx.items(b)))
                {
                    // ("its foreign minister, A": the name after the office.)
                    let from = items
                        .get(i + 1)
                        .filter(|x| matches!(x.lower.as_str(), "its" | "his" | "her" | "their"))
                        .and_then(|_| super::possessed_office_name(cx, items, i + 2))
                        .unwrap_or(i + 1);
                    let (sent, _) = agent_list(cx, items, from);
                    let people: Vec<usize> = sent
                        .into_iter()
                        .filter(|&k| cx.kind(&items[k]) == Some(EntityKind::Person))
                        .collect();
                    if let Some(s) = subject_before(cx, items, i)
                        .filter(|&s| cx.kind(&items[s]) == Some(EntityKind::Country))
                        .filter(|_| !people.is_empty())
                    {
                        let mut all = vec![s];
                        all.extend(people);
                        p.participants(items, &all, "participation/sent-delegation", 0.75);
                    }
                }
                // "led by", "headed by" after a delegation word.
                // ("Mediation efforts led by X": X mediates, see mediation.rs.)
                if cx.is_verb(VerbClass::Leading, it)
                    && it.lower.ends_with("ed")
                    && items.get(i + 1).is_some_and(|x| x.lower == "by")
                    && !super::mediation::mediation_led_by(cx, items, i)
                {
                    let (mut leaders, _) = agent_list(cx, items, i + 2);
                    // "led by its foreign minister, A": the name in
                    // apposition to the title.
                    if leaders.is_empty() {
                        leaders = appositive_agent(cx, items, i);
                    }
                    let party = delegation_party(cx, items, i);
                    if let Some(party) = party {
                        for &l in &leaders {
                            p.pair(
                                Relation::Leader,
                                items,
                                l,
                                party,
                                "participation/delegation-led-by",
                                0.9,
                            );
                        }
                        p.participants(items, &[party], "participation/delegation-led-by", 0.85);
                    }
                    // An effort or a program can be "led by" anyone; a delegation
                    // or talks in the sentence make the leader a participant.
                    let delegation = items[i.saturating_sub(8)..i]
                        .iter()
                        .any(|x| DELEGATION.contains(&x.lower.as_str()));
                    if party.is_some() || delegation || cx.talks_context(items) {
                        p.participants(items, &leaders, "participation/led-by", 0.8);
                    }
                }
                // "A, head of Chile's delegation,", "the head of the
                // Chilean delegation, A": who heads a country's delegation
                // leads it.
                if matches!(w, "head" | "leader" | "chief")
                    && items.get(i + 1).is_some_and(|x| x.lower == "of")
                {
                    let d = (i + 2..(i + 6).min(items.len()))
                        .find(|&d| DELEGATION.contains(&items[d].lower.as_str()));
                    let party = d.and_then(|d| delegation_party(cx, items, d + 1));
                    let k = if i > 0 && items[i - 1].lower == "the" {
                        i - 1
                    } else {
                        i
                    };
                    let person = |x: Option<&Item>| {
                        x.is_some_and(|x| cx.kind(x) == Some(EntityKind::Person))
                    };
                    let before = (k >= 2 && items[k - 1].lower == "," && person(items.get(k - 2)))
                        .then(|| k - 2);
                    let after = d
                        .filter(|&d| {
                            items.get(d + 1).is_some_and(|x| x.lower == ",")
                                && person(items.get(d + 2))
                        })
                        .map(|d| d + 2);
                    if let (Some(party), Some(l)) = (party, before.or(after)) {
                        p.pair(
                            Relation::Leader,
                            items,
                            l,
                            party,
                            "participation/head-of-delegation",
                            0.85,
                        );
                        p.participants(items, &[l, party], "participation/head-of-delegation", 0.8);
                    }
                }
                // "met under the chairmanship of A": the chair takes part.
                if matches!(w, "chairmanship" | "chairpersonship" | "presidency")
                    && i >= 2
                    && items[i - 1].lower == "the"
                    && items[i - 2].lower == "under"
                    && items.get(i + 1).is_some_and(|x| x.lower == "of")
                    && cx.talks_context(items)
                {
                    let (chairs, _) = agent_list(cx, items, i + 2);
                    p.participants(items, &chairs, "participation/under-the-chair", 0.75);
                }
                // "A and B have confirmed their participation", "A and B
                // are also in attendance": in a sentence about talks, or
                // right after one.
                if matches!(w, "participation" | "attendance")
                    && i > 0
                    && matches!(
                        items[i - 1].lower.as_str(),
                        "their" | "his" | "her" | "its" | "in"
                    )
                    && (cx.talks_context(items)
                        || si
                            .checked_sub(1)
                            .is_some_and(|b| cx.talks_context(cx.items(b))))
                {
                    if let Some(subj) = subject_before(cx, items, i - 1) {
                        let agents = super::agents_before(cx, items, subj);
                        p.participants(items, &agents, "participation/in-attendance", 0.7);
                    }
                }
                // "A gave remarks at the meeting", "A delivered remarks to
                // the conference": who speaks at the talks takes part.
                if w == "remarks"
                    && items
                        .get(i + 1)
                        .is_some_and(|x| matches!(x.lower.as_str(), "at" | "to"))
                    && items[i + 2..]
                        .iter()
                        .take(4)
                        .take_while(|x| !x.punct && x.mention.is_none())
                        .any(|x| tr.talks.contains(&x.lower))
                {
                    if let Some(subj) = subject_before(cx, items, i) {
                        if cx.kind(&items[subj]) == Some(EntityKind::Person) {
                            p.participants(items, &[subj], "participation/remarks-at", 0.7);
                        }
                    }
                }
                // "A chaired the talks", "A told the summit", "A urged the
                // delegates": who chairs or addresses the talks takes part.
                let chairs = matches!(
                    w.strip_prefix("co-").unwrap_or(w),
                    "chaired" | "chairs" | "chairing" | "presided"
                );
                // Reporting verbs whose object is an audience: "told the
                // summit", "urged the delegates"; not those whose object
                // is what is spoken of ("called the meeting a step
                // forward", "praised the talks").
                let addresses = (cx.is_verb(VerbClass::Reporting, it)
                    && AUDIENCE_VERBS.iter().any(|v| w.starts_with(v)))
                    || matches!(w, "addressed" | "addresses");
                // ("welcomed the talks" approves of them, no part taken;
                // "welcomed the delegates" receives them.)
                let welcome = w.starts_with("welcom");
                if chairs || addresses {
                    // The audience is the verb's object: "told the summit",
                    // not "told reporters that the talks …" nor "said the
                    // talks were …" (the talks are what is said about).
                    let after: Vec<&Item> = items[i + 1..]
                        .iter()
                        .take(4)
                        .take_while(|x| !x.punct)
                        .collect();
                    // ("said at a press conference" speaks to reporters.)
                    let audience = after
                        .iter()
                        .enumerate()
                        .position(|(k, x)| {
                            x.mention.is_none()
                                && (k == 0
                                    || !matches!(after[k - 1].lower.as_str(), "press" | "news"))
                                && ((tr.talks.contains(&x.lower) && !welcome)
                                    || matches!(
                                        x.lower.as_str(),
                                        "delegates" | "participants" | "leaders" | "negotiators"
                                    ))
                        })
                        .is_some_and(|k| {
                            after[..k]
                                .iter()
                                .all(|x| x.mention.is_none() && x.lower != "that")
                                && after
                                    .get(k + 1)
                                    .is_none_or(|x| !matches!(x.upos, "VERB" | "AUX"))
                        });
                    if audience {
                        if let Some(subj) = subject_before(cx, items, i) {
                            if cx.kind(&items[subj]) == Some(EntityKind::Person) {
                                // "A and his Finnish counterpart B co-chaired
                                // the meeting": both chair it.
                                let mut people = vec![subj];
                                let parsed = cx
                                    .span_head(&it.span)
                                    .filter(|_| chairs)
                                    .map(|v| cx.subject_agents(v))
                                    .unwrap_or_default();
                                for k in parsed.into_iter().filter_map(|m| super::item_of(items, m))
                                {
                                    if cx.kind(&items[k]) == Some(EntityKind::Person)
                                        && !people.contains(&k)
                                    {
                                        people.push(k);
                                    }
                                }
                                p.participants(
                                    items,
                                    &people,
                                    "participation/chaired-or-addressed",
                                    0.75,
                                );
                            }
                        }
                    }
                }
                // "A led the Iranian delegation"
                if cx.is_verb(VerbClass::Leading, it)
                    && items.get(i + 1).is_none_or(|x| x.lower != "by")
                {
                    // ("A heads Chile's negotiating team".)
                    let after = &items[i + 1..(i + 5).min(items.len())];
                    let negotiating_team = |k: usize| {
                        after[k].lower == "team"
                            && k > 0
                            && matches!(after[k - 1].lower.as_str(), "negotiating" | "negotiation")
                    };
                    // ("A led the Chilean side in the talks": a side or a
                    // team, in a sentence on talks, not "led the team to
                    // victory".)
                    let side_in_talks = |k: usize| {
                        matches!(after[k].lower.as_str(), "side" | "team")
                            && cx.talks_context(items)
                    };
                    if let Some(d) = (0..after.len()).find(|&k| {
                        DELEGATION[..2].contains(&after[k].lower.as_str())
                            || negotiating_team(k)
                            || side_in_talks(k)
                    }) {
                        let d = i + 1 + d;
                        if let (Some(subj), Some(party)) = (
                            subject_before(cx, items, i),
                            delegation_party(cx, items, d + 1),
                        ) {
                            p.pair(
                                Relation::Leader,
                                items,
                                subj,
                                party,
                                "participation/led-delegation",
                                0.85,
                            );
                            p.participants(
                                items,
                                &[subj, party],
                                "participation/led-delegation",
                                0.8,
                            );
                        }
                    }
                }
                // "represented by [envoys] B and C", "represented at the
                // talks by B".
                let by = if items.get(i + 1).is_some_and(|x| x.lower == "by") {
                    Some(i + 1)
                } else if items
                    .get(i + 1)
                    .is_some_and(|x| matches!(x.lower.as_str(), "at" | "in"))
                {
                    (i + 2..(i + 8).min(items.len()))
                        .take_while(|&k| !items[k].punct)
                        .find(|&k| items[k].lower == "by")
                        .filter(|&k| {
                            items[i + 2..k]
                                .iter()
                                .any(|x| cx.triggers().talks.contains(&x.lower))
                        })
                } else {
                    None
                };
                if let Some(by) = by.filter(|_| cx.is_verb(VerbClass::Representing, it)) {
                    let (mut reps, _) = agent_list(cx, items, by + 1);
                    // "represented by its ambassador to the UN, A".
                    if reps.is_empty() {
                        reps = appositive_agent(cx, items, i);
                    }
                    if let Some(party) = delegation_party(cx, items, i) {
                        p.represent(items, &reps, party, "participation/represented-by", 0.9);
                    }
                    p.participants(items, &reps, "participation/represented-by", 0.85);
                }
                // "The representative from the Chinese side will be A, Vice
                // Premier": the noun, its party, a copula, then the people.
                if let Some((party, people)) = representatives_named(cx, items, i) {
                    p.represent(
                        items,
                        &people,
                        party,
                        "participation/representative-is",
                        0.85,
                    );
                    p.participants(items, &people, "participation/representative-is", 0.8);
                }
                // "B represented X"
                if cx.is_verb(VerbClass::Representing, it)
                    && items.get(i + 1).is_none_or(|x| x.lower != "by")
                {
                    let (parties, _) = agent_list(cx, items, i + 1);
                    if let (Some(subj), Some(&party)) =
                        (subject_before(cx, items, i), parties.first())
                    {
                        if cx.kind(&items[subj]) == Some(EntityKind::Person) {
                            p.pair(
                                Relation::Representative,
                                items,
                                subj,
                                party,
                                "participation/represented",
                                0.85,
                            );
                            p.participants(items, &[subj, party], "participation/represented", 0.8);
                        }
                    }
                }
                // "attended by X", "X attended", "X took part", "X joined the talks".
                // "attended the summit", not "attended the University of X".
                // "The meeting took place in Madrid. It was attended by X":
                // the pronoun stands for the talks of the sentence before.
                let it_was = i >= 2
                    && items[i - 2].lower == "it"
                    && matches!(items[i - 1].lower.as_str(), "was" | "is")
                    && si > 0
                    && cx.talks_context(cx.items(si - 1));
                if cx.is_verb(VerbClass::Participation, it)
                    && (cx.talks_context(items) || it_was)
                    && !cx.span_head(&it.span).is_some_and(|v| as_mediator(cx, v))
                {
                    let by = items[i + 1..]
                        .iter()
                        .take(6)
                        .position(|x| x.lower == "by")
                        .map(|k| i + 1 + k);
                    // "joined the talks by video link": a "by" with no
                    // agent after it is no passive.
                    let by_agents = by
                        .filter(|_| w.ends_with("ed"))
                        .map(|b| agent_list(cx, items, b + 1).0)
                        .filter(|a| !a.is_empty());
                    // "Also attending the meeting were A and B": the
                    // subject follows the copula.
                    // ("Joining President A on the call were B, C and D":
                    // whom they joined may stand between.)
                    let inverted = items[i + 1..]
                        .iter()
                        .take(8)
                        .take_while(|x| !x.punct && (x.mention.is_none() || w == "joining"))
                        .position(|x| matches!(x.lower.as_str(), "were" | "was"))
                        .filter(|_| w.ends_with("ing"))
                        .map(|k| agent_list(cx, items, i + 2 + k).0)
                        .filter(|a| !a.is_empty());
                    if let Some(agents) = by_agents {
                        p.participants(items, &agents, "participation/attended-by", 0.85);
                    } else if let Some(agents) = inverted {
                        p.participants(items, &agents, "participation/attending-were", 0.8);
                        // (Whom they joined takes part too.)
                        if w == "joining" {
                            let (joined, _) = agent_list(cx, items, i + 1);
                            p.participants(items, &joined, "participation/attending-were", 0.8);
                        }
                    } else if let Some(subj) =
                        subject_before(cx, items, i).filter(|&s| !negated(items, s, i))
                    {
                        let subjects = super::agents_before(cx, items, subj);
                        p.participants(items, &subjects, "participation/attended", 0.8);
                    }
                    // "The Vice President also joined the meeting, along
                    // with Secretary A and Advisor B": those along take part.
                    let along = items[i + 1..]
                        .windows(2)
                        .take(8)
                        .position(|x| x[0].lower == "along" && x[1].lower == "with")
                        .map(|k| i + 1 + k + 2);
                    if let Some(k) = along {
                        let (agents, _) = agent_list(cx, items, k);
                        p.participants(items, &agents, "participation/along-with", 0.75);
                    }
                }
                // "Also present were A and B", "Present at the talks were
                // A and B", "A and B were also present": who was there, at
                // talks of this sentence or the one before.
                // Talks or a meeting in this sentence or the one before.
                // "A, accompanied by Trade Minister B, held talks", "He was
                // accompanied by B and C": who goes with a party to talks
                // takes part.
                // ("Vega was joined by Foreign Minister B": so does who
                // joins them.)
                if matches!(w, "accompanied" | "joined")
                    && items.get(i + 1).is_some_and(|x| x.lower == "by")
                    && cx.meeting_near(si)
                {
                    let (agents, _) = agent_list(cx, items, i + 2);
                    p.participants(items, &agents, "participation/accompanied-by", 0.75);
                }
                // ("Also attending were A and B": who attends, put first.)
                let opens = i == 0 || (i == 1 && items[0].lower == "also");
                // "Among those at the talks were A and B", "Among those
                // present were A and B".
                if w == "among" && opens && items.get(i + 1).is_some_and(|x| x.lower == "those") {
                    let were = (i + 2..(i + 9).min(items.len()))
                        .take_while(|&k| !items[k].punct && items[k].mention.is_none())
                        .find(|&k| matches!(items[k].lower.as_str(), "were" | "was"));
                    let at_talks = were.is_some_and(|k| {
                        items[i + 2..k].iter().any(|x| {
                            cx.triggers().talks.contains(&x.lower)
                                || (x.lower == "present" && cx.meeting_near(si))
                        })
                    });
                    if let Some(k) = were.filter(|_| at_talks) {
                        let (agents, _) = agent_list(cx, items, k + 1);
                        p.participants(items, &agents, "participation/present", 0.75);
                    }
                }
                if (w == "present" || (w == "attending" && opens)) && cx.meeting_near(si) {
                    // ("Joining President A on the call were B, C and D":
                    // whom they joined may stand between.)
                    let inverted = items[i + 1..]
                        .iter()
                        .take(8)
                        .take_while(|x| !x.punct && (x.mention.is_none() || w == "joining"))
                        .position(|x| matches!(x.lower.as_str(), "were" | "was"))
                        .filter(|_| opens)
                        .map(|k| agent_list(cx, items, i + 2 + k).0);
                    let copula = items[i.saturating_sub(3)..i]
                        .iter()
                        .any(|x| matches!(x.lower.as_str(), "were" | "was"));
                    // "Some ministers were present at the event: A
                    // (Economy), B (Energy) and C (Trade)": the list after
                    // the colon, each name with its portfolio in brackets.
                    let colon = items[i + 1..]
                        .iter()
                        .take(6)
                        .take_while(|x| x.mention.is_none() && x.lower != ",")
                        .position(|x| x.lower == ":")
                        .map(|k| i + 1 + k);
                    let listed = colon.map(|c| bracketed_list(cx, items, c + 1));
                    let agents = match inverted.or(listed) {
                        Some(a) => a,
                        None if copula && !opens => subject_before(cx, items, i)
                            .filter(|&s| !negated(items, s, i))
                            .map(|s| super::agents_before(cx, items, s))
                            .unwrap_or_default(),
                        None => Vec::new(),
                    };
                    p.participants(items, &agents, "participation/present", 0.75);
                }
                let took_part = w == "took" && items.get(i + 1).is_some_and(|x| x.lower == "part");
                if took_part {
                    if let Some(subj) =
                        subject_before(cx, items, i).filter(|&s| !negated(items, s, i))
                    {
                        let subjects = super::agents_before(cx, items, subj);
                        p.participants(items, &subjects, "participation/took-part", 0.8);
                    }
                }
                // "Leaders from twenty nations attended the summit,
                // including A of X and B of Y": the people the list names
                // (the parse hangs it on the summit as often as on the
                // leaders).
                let attended = took_part
                    || (cx.is_verb(VerbClass::Participation, it)
                        && !w.ends_with("ing")
                        && cx.talks_context(items));
                // Any negation before the verb ("No minister attended").
                if attended
                    && !items[..i]
                        .iter()
                        .any(|x| x.lower == "no" || NEGATIONS.contains(&x.lower.as_str()))
                {
                    // ", including A and B", "prominent figures including
                    // A and B": a list of people, not of anything else.
                    let including = items[i + 1..]
                        .iter()
                        .position(|x| x.lower == "including")
                        .map(|k| i + 2 + k)
                        .filter(|&k| {
                            matches!(
                                items[k - 2].lower.as_str(),
                                "," | "figures"
                                    | "officials"
                                    | "leaders"
                                    | "dignitaries"
                                    | "guests"
                                    | "delegates"
                                    | "representatives"
                                    | "ministers"
                            )
                        });
                    if let Some(k) = including {
                        let (agents, _) = agent_list(cx, items, k);
                        let people: Vec<usize> = agents
                            .into_iter()
                            .filter(|&a| cx.kind(&items[a]) == Some(EntityKind::Person))
                            .collect();
                        p.participants(items, &people, "participation/including", 0.75);
                    }
                }
                // "Participants included Secretary A, Administrator B and C",
                // "The attendees at the meeting included A and B": those the
                // verb names took part.
                if LIST_HEADS[..2].contains(&w) {
                    let verb = items[i + 1..]
                        .iter()
                        .take(7)
                        .take_while(|x| !x.punct)
                        .position(|x| {
                            matches!(x.lower.as_str(), "included" | "include" | "includes")
                        })
                        .map(|k| i + 1 + k)
                        // ("Other participants were Foreign Minister A and
                        // B": a list right after the copula.)
                        .or_else(|| {
                            let k = i + 1;
                            (items.get(k).is_some_and(|x| x.lower == "were")
                                && items.get(k + 1).is_some_and(|x| {
                                    x.mention.is_some() || cx.title_word(&x.lower)
                                }))
                            .then_some(k)
                        })
                        // "those attendees will include": a rule for
                        // meetings to come names no one who took part.
                        .filter(|&v| {
                            !items[i + 1..v]
                                .iter()
                                .any(|x| super::topics::MODALS.contains(&x.lower.as_str()))
                        });
                    // (Each named with a title of their own, set off by
                    // commas or semicolons: every person to the end whom
                    // this sentence gives a title, which keeps out the
                    // places and firms of such lists the name finder
                    // takes for people.)
                    if let Some(v) = verb {
                        let titled = |k: usize| {
                            items[k].mention.is_some_and(|m| {
                                let e = cx.mentions.mentions[m].entity;
                                cx.mentions
                                    .roles
                                    .iter()
                                    .any(|r| r.person == e && r.sentence == si)
                            })
                        };
                        // (And the countries, and the organisations the
                        // lexicon knows: "Participants included Amnesty
                        // International and the Red Cross".)
                        // (Each a whole item of the list: not "the mayors
                        // of Atlanta, Georgia", "White House officials".)
                        let whole_item = |k: usize| {
                            let sep = |x: &Item| {
                                matches!(x.lower.as_str(), "," | "and" | ";" | "." | ":")
                            };
                            let before = items[..k]
                                .iter()
                                .rev()
                                .find(|x| x.lower != "the")
                                .is_some_and(|x| sep(x) || items[v].span == x.span);
                            before && items.get(k + 1).is_none_or(sep)
                        };
                        let known_party = |k: usize| match cx.kind(&items[k]) {
                            _ if !whole_item(k) => false,
                            // ("Atlanta, Georgia": a town's state.)
                            // (By its name: "the mayors of Lima and Quito"
                            // names towns, not governments.)
                            Some(EntityKind::Country) => {
                                (k < 2 || cx.kind(&items[k - 2]) != Some(EntityKind::Place))
                                    && cx.mention(&items[k]).is_some_and(|m| m.via == Via::Name)
                            }
                            Some(EntityKind::Organization) => items[k].mention.is_some_and(|m| {
                                let e = cx.mentions.mentions[m].entity;
                                cx.lexicon
                                    .organization(&cx.mentions.entities[e].name)
                                    .is_some()
                            }),
                            _ => false,
                        };
                        let people: Vec<usize> = (v + 1..items.len())
                            .filter(|&k| {
                                (cx.kind(&items[k]) == Some(EntityKind::Person) && titled(k))
                                    || known_party(k)
                            })
                            .collect();
                        p.participants(items, &people, "participation/participants-included", 0.8);
                    }
                }
                // "Delegates present at the conference were from twenty countries,
                // including X, Y and Z"
                if matches!(
                    w,
                    "delegates" | "delegations" | "participants" | "attendees"
                ) && cx.talks_context(items)
                {
                    let from = items[i + 1..]
                        .iter()
                        .take(8)
                        .position(|x| x.lower == "from")
                        .map(|k| i + 1 + k);
                    if let Some(f) = from.filter(|&f| f > i + 1) {
                        let mut k = f + 1;
                        if let Some(inc) = items[k..]
                            .iter()
                            .take(6)
                            .position(|x| x.lower == "including")
                        {
                            k += inc + 1;
                        }
                        let (agents, _) = agent_list(cx, items, k);
                        p.participants(items, &agents, "participation/delegates-from", 0.8);
                    }
                }
                // "delegates from X, Y and Z", "delegations of X and Y"
                if matches!(
                    w,
                    "delegates"
                        | "delegations"
                        | "representatives"
                        | "officials"
                        | "envoys"
                        | "negotiators"
                        | "leaders"
                        | "ministers"
                ) && items
                    .get(i + 1)
                    .is_some_and(|x| x.lower == "from" || x.lower == "of")
                {
                    let (mut agents, _) = agent_list(cx, items, i + 2);
                    // "Delegates from 40 countries, including X, Y and Z".
                    if agents.is_empty() {
                        if let Some(inc) = items[i + 2..]
                            .iter()
                            .take(5)
                            .position(|x| x.lower == "including")
                        {
                            agents = agent_list(cx, items, i + 3 + inc).0;
                        }
                    }
                    if cx.talks_context(items) {
                        p.participants(items, &agents, "participation/delegates-from", 0.8);
                        // "Leaders of Kenya, Uganda and Tanzania met": the
                        // head of state or government of each, wherever the
                        // article names them, is one of those leaders.
                        if w == "leaders" {
                            p.leaders_of(items, &agents);
                        }
                    }
                }
                // "heads of state from X, Y and Z", "heads of state and
                // government of X and Y"
                if w == "heads" && items.get(i + 1).is_some_and(|x| x.lower == "of") {
                    let mut k = i + 2;
                    while items
                        .get(k)
                        .is_some_and(|x| matches!(x.lower.as_str(), "state" | "government" | "and"))
                    {
                        k += 1;
                    }
                    if k > i + 2
                        && items
                            .get(k)
                            .is_some_and(|x| x.lower == "from" || x.lower == "of")
                        && cx.talks_context(items)
                    {
                        let (agents, _) = agent_list(cx, items, k + 1);
                        p.participants(items, &agents, "participation/delegates-from", 0.8);
                    }
                }
                // "Foreign ministers attended for X, Y and Z": on whose
                // behalf.
                if cx.is_verb(VerbClass::Participation, it)
                    && items.get(i + 1).is_some_and(|x| x.lower == "for")
                    && (cx.talks_context(items) || (si > 0 && cx.talks_context(cx.items(si - 1))))
                {
                    let (agents, _) = agent_list(cx, items, i + 2);
                    let parties = agents
                        .iter()
                        .all(|&a| cx.kind(&items[a]) == Some(EntityKind::Country));
                    if parties {
                        p.participants(items, &agents, "participation/attended-for", 0.8);
                    }
                }
                // "X held talks with Y", "A and B held a new round of talks",
                // "A and B resumed their talks"
                let talks_at = items[(i + 1).min(items.len())..]
                    .iter()
                    .take(5)
                    .take_while(|x| !x.punct && x.mention.is_none())
                    .position(|x| tr.talks.contains(&x.lower))
                    .map(|k| i + 1 + k);
                let holds = super::meetings::HOLD_TALKS.contains(&w);
                // Other verbs than "hold" take the talks as their object
                // right after them ("resumed their talks"), not a noun
                // further on ("begin to call on").
                let close = matches!(w, "held" | "hold" | "holds" | "holding")
                    || talks_at.is_some_and(|t| {
                        t <= i + 3 && items[i + 1..t].iter().all(|x| x.lower != "to")
                    });
                if let (true, true, Some(t)) = (holds, close, talks_at) {
                    // (Not "with" opening a clause: "held talks, with
                    // Brazil playing host", "with Norway acting as
                    // facilitator", tagged a preposition but parsed as
                    // the clause's marker.)
                    let with = items[t + 1..]
                        .iter()
                        .take(4)
                        .position(|x| x.lower == "with")
                        .map(|k| t + 1 + k)
                        .filter(|&wi| {
                            let (_, after) = agent_list(cx, items, wi + 1);
                            let participle = items
                                .get(after)
                                .is_some_and(|x| x.upos == "VERB" && x.lower.ends_with("ing"));
                            items[wi].upos != "SCONJ"
                                && !participle
                                && cx
                                    .span_head(&items[wi].span)
                                    .is_none_or(|h| cx.analysis.tokens[h].deprel != "mark")
                        });
                    if let Some(subj) = subject_before(cx, items, i) {
                        let mut all = super::agents_before(cx, items, subj);
                        match with {
                            Some(wi) => {
                                all.extend(agent_list(cx, items, wi + 1).0);
                                p.participants(items, &all, "participation/held-talks-with", 0.8);
                            }
                            None if all.len() >= 2 => {
                                p.participants(
                                    items,
                                    &all,
                                    "participation/x-and-y-held-talks",
                                    0.8,
                                );
                            }
                            None => {}
                        }
                    }
                }
            }
        }
    }
}

/// The party a delegation word before `verb` belongs to: "the Iranian
/// delegation (was) led by", "the delegation of Iran, led by", "Iran's side".
fn delegation_party(cx: &Context, items: &[Item], verb: usize) -> Option<usize> {
    // "…, while Chile was represented by": a party right before the verb
    // wins over a delegation named earlier in the sentence.
    if let Some(sb) = subject_before(cx, items, verb) {
        if verb - sb <= 2 && party(cx, items, sb).is_some() {
            return Some(sb);
        }
    }
    let lo = verb.saturating_sub(8);
    for d in (lo..verb).rev() {
        if !DELEGATION.contains(&items[d].lower.as_str()) {
            continue;
        }
        // "Iranian delegation", "Iran's delegation", "US negotiating team"
        let mut k = d;
        while k > 0 {
            k -= 1;
            let x = &items[k];
            if x.mention.is_some() {
                return party(cx, items, k);
            }
            if x.punct || k + 3 < d {
                break;
            }
        }
        // "the delegation of Iran"
        if items
            .get(d + 1)
            .is_some_and(|x| x.lower == "of" || x.lower == "from")
        {
            let (a, _) = agent_list(cx, items, d + 2);
            if let Some(&first) = a.first() {
                return party(cx, items, first);
            }
        }
    }
    // "Iran was represented by": the subject itself.
    // Only where the sentence is about talks: "an initiative led by X" has no party.
    if !cx.talks_context(items) {
        return None;
    }
    subject_before(cx, items, verb).and_then(|s| party(cx, items, s))
}

fn party(cx: &Context, items: &[Item], k: usize) -> Option<usize> {
    matches!(
        cx.kind(&items[k]),
        Some(EntityKind::Country | EntityKind::Organization)
    )
    .then_some(k)
}

/// Emits facts for one sentence.
struct Emitter<'c, 'a, 'o> {
    cx: &'c Context<'a>,
    out: &'o mut Vec<Fact>,
    si: usize,
}

impl Emitter<'_, '_, '_> {
    /// The people the article names with a head-of-state or government
    /// title (not a former one) of the countries among `agents` take part.
    fn leaders_of(&mut self, items: &[Item], agents: &[usize]) {
        let cx = self.cx;
        let heads = &cx.triggers().head_titles;
        let countries: Vec<usize> = agents
            .iter()
            .filter_map(|&a| cx.mention(&items[a]))
            .map(|m| m.entity)
            .filter(|&e| cx.mentions.entities[e].kind == EntityKind::Country)
            .collect();
        for r in &cx.mentions.roles {
            let head = heads.contains(&r.title.to_lowercase());
            if !head
                || !r.of.is_some_and(|c| countries.contains(&c))
                || super::former_title(&cx.doc.text, &r.span)
            {
                continue;
            }
            if let Some(m) = cx
                .mentions
                .mentions
                .iter()
                .position(|x| x.entity == r.person)
            {
                let sentence = cx.mentions.mentions[m].sentence;
                cx.push_mention_participant(
                    self.out,
                    m,
                    sentence,
                    "participation/leaders-of",
                    0.75,
                );
            }
        }
    }

    fn participants(&mut self, items: &[Item], agents: &[usize], rule: &'static str, conf: f32) {
        for &a in agents {
            let span = items[a].span.clone();
            self.cx
                .push_participant(self.out, &items[a], self.si, span, rule, conf);
        }
    }

    /// Each of `reps` represents `party`, which takes part (at a little
    /// less confidence).
    fn represent(
        &mut self,
        items: &[Item],
        reps: &[usize],
        party: usize,
        rule: &'static str,
        conf: f32,
    ) {
        for &r in reps {
            self.pair(Relation::Representative, items, r, party, rule, conf);
        }
        self.participants(items, &[party], rule, conf - 0.05);
    }

    fn pair(
        &mut self,
        rel: Relation,
        items: &[Item],
        person: usize,
        party: usize,
        rule: &'static str,
        conf: f32,
    ) {
        if self.cx.kind(&items[person]) != Some(EntityKind::Person) {
            return;
        }
        if let (Some(a), Some(b)) = (self.cx.arg(&items[person]), self.cx.arg(&items[party])) {
            let span = items[person.min(party)].span.start..items[person.max(party)].span.end;
            self.out
                .push(self.cx.fact(rel, vec![a, b], self.si, span, rule, conf));
        }
    }
}

/// "The representative from the Chinese side for these discussions will
/// be A, Vice Premier", "the representatives of Peru were A and B": at
/// `items[i]`, the noun "representative(s)", "from" or "of" and a country
/// or organisation (possibly as a demonym before "side" or "delegation")
/// within a few words, then a copula and the people it names.
fn representatives_named(cx: &Context, items: &[Item], i: usize) -> Option<(usize, Vec<usize>)> {
    if !matches!(
        items[i].lower.as_str(),
        "representative" | "representatives"
    ) || items[i].upos != "NOUN"
        || !matches!(items.get(i + 1)?.lower.as_str(), "from" | "of")
    {
        return None;
    }
    let party = (i + 2..(i + 5).min(items.len())).find(|&k| {
        matches!(
            cx.kind(&items[k]),
            Some(EntityKind::Country | EntityKind::Organization)
        )
    })?;
    let copula = (party + 1..(party + 9).min(items.len()))
        .take_while(|&k| !items[k].punct || items[k].text == ",")
        .find(|&k| {
            matches!(
                items[k].lower.as_str(),
                "be" | "is" | "are" | "was" | "were"
            )
        })?;
    let (people, _) = agent_list(cx, items, copula + 1);
    let people: Vec<usize> = people
        .into_iter()
        .filter(|&r| cx.kind(&items[r]) == Some(EntityKind::Person))
        .collect();
    (!people.is_empty()).then_some((party, people))
}

/// The item of a person named in apposition to the "by" phrase of the
/// verb at `items[v]` ("led by its foreign minister, A").
fn appositive_agent(cx: &Context<'_>, items: &[Item], v: usize) -> Vec<usize> {
    let Some(verb) = cx.span_head(&items[v].span) else {
        return Vec::new();
    };
    // (Or as a modifier set off by a comma, as the parse may hang it:
    // "by its ambassador to the UN, A".)
    let names: Vec<(std::ops::Range<usize>, bool)> = cx
        .children_by(verb, &["obl:agent"])
        .flat_map(|o| {
            cx.children_by(o, &["appos", "nmod"])
                .map(|t| (t, cx.analysis.tokens[t].deprel == "appos"))
                .collect::<Vec<_>>()
        })
        .map(|(t, appos)| (cx.analysis.tokens[t].span.clone(), appos))
        .collect();
    (v + 1..items.len())
        .filter(|&k| {
            cx.kind(&items[k]) == Some(EntityKind::Person)
                && names.iter().any(|(n, appos)| {
                    items[k].span.start <= n.start
                        && n.end <= items[k].span.end
                        && (*appos || items[k - 1].text == ",")
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, check_exact};
    use crate::fact::Relation;

    /// Who confirms their participation in talks, or is in attendance at
    /// them, takes part; a title's country stays with its person in the
    /// list of subjects.
    #[test]
    fn participation_and_attendance() {
        super::super::testing::check_exact(
            Relation::Participant,
            &[
                (
                    "Chilean President Ana Ruiz and Peru's Prime Minister Luis Vega have confirmed their participation in the talks.",
                    &["Ana Ruiz", "Chile", "Luis Vega", "Peru"],
                ),
                (
                    "The envoy will host the meeting. Chilean President Ana Ruiz and Peru's Prime Minister Luis Vega are also in attendance.",
                    &["Ana Ruiz", "Chile", "Luis Vega", "Peru"],
                ),
                ("Ana Ruiz and Luis Vega were in attendance at the concert.", &[]),
                // Someone's office in lower case, then the person's name.
                (
                    "At the talks, Foreign Minister Ana Ruiz was joined by her chief negotiator, Luis Vega.",
                    &["Ana Ruiz", "Luis Vega"],
                ),
                // The people an aside names out of the subject's group.
                (
                    "Several ministers, among them Ana Ruiz and Luis Vega, attended the talks in Quito.",
                    &["Ana Ruiz", "Luis Vega"],
                ),
                (
                    "Officials, including Deputy Minister Ana Ruiz, took part in the talks.",
                    &["Ana Ruiz"],
                ),
                // Who is at the talks, or among those there.
                (
                    "Ana Ruiz and Luis Vega were also at the talks.",
                    &["Ana Ruiz", "Luis Vega"],
                ),
                ("Ana Ruiz, who was at the talks, said little.", &["Ana Ruiz"]),
                (
                    "Ana Ruiz was among the officials at the talks in Lima.",
                    &["Ana Ruiz"],
                ),
                (
                    "Among those at the talks were Ana Ruiz and Luis Vega.",
                    &["Ana Ruiz", "Luis Vega"],
                ),
                ("Ana Ruiz was not at the talks.", &[]),
                ("Ana Ruiz was among the guests at the wedding.", &[]),
                ("Among those killed were Ana Ruiz and Luis Vega.", &[]),
                ("Among those present were Ana Ruiz and Luis Vega.", &[]),
                (
                    "The Chilean side included Finance Minister Ana Ruiz and central bank governor Luis Vega.",
                    &["Ana Ruiz", "Chile", "Luis Vega"],
                ),
                ("The western side included a garden.", &[]),
                ("Ana Ruiz sat in on the talks in Lima.", &["Ana Ruiz"]),
                ("Ana Ruiz sat in the front row.", &[]),
                // Represented at the talks by someone.
                (
                    "Peru was represented at the talks by Luis Vega.",
                    &["Luis Vega", "Peru"],
                ),
                ("Chile was represented in the final by Luis Vega.", &[]),
                // The country a title is to is no item of the subject's list.
                (
                    "The ambassador to Chile, Erik Olsen, attended the talks.",
                    &["Erik Olsen"],
                ),
                // A place inside a long title is the title's, not a party.
                (
                    "The ministers met UN Senior Humanitarian Coordinator for Gaza Ana Ruiz in Geneva.",
                    &["Ana Ruiz", "United Nations"],
                ),
            ],
        );
    }

    /// Who gives remarks at the talks takes part; remarks at a rally are
    /// no talks.
    #[test]
    fn remarks_at_the_talks() {
        super::super::testing::check_exact(
            Relation::Participant,
            &[
                (
                    "Ana Ruiz gave remarks at the senior official meeting in Lima.",
                    &["Ana Ruiz"],
                ),
                ("Ana Ruiz gave remarks at a rally in Ohio.", &[]),
                (
                    "Ana Ruiz delivered remarks to the press about the economy.",
                    &[],
                ),
            ],
        );
    }

    /// A press conference is held for reporters: who speaks at one
    /// addresses no talks (one held with a counterpart is a meeting, read
    /// by the meetings), and who calls talks something speaks of them.
    #[test]
    fn press_conferences_are_no_talks() {
        super::super::testing::check_exact(
            Relation::Participant,
            &[
                (
                    "In response, Peruvian President Marco Salas said in a news conference, \"We will keep working.\"",
                    &[],
                ),
                (
                    "Peruvian President Marco Salas told the conference that the talks would go on.",
                    &["Marco Salas", "Peru"],
                ),
                // What a verb of speaking has for object is no audience
                // unless the verb speaks to someone.
                (
                    "Peruvian President Marco Salas called the meeting a step forward.",
                    &[],
                ),
                (
                    "Peruvian President Marco Salas continues to call on the Congress to act.",
                    &[],
                ),
                (
                    "Peruvian President Marco Salas urged the delegates to reach a deal.",
                    &["Marco Salas", "Peru"],
                ),
            ],
        );
    }

    /// The sides of talks under "between" in the parse, through the
    /// governments that stand for them; countries only. Who joins the
    /// talks as a mediator is no party.
    #[test]
    fn sides_between_and_mediators_joining() {
        check_exact(
            Relation::Participant,
            &[
                (
                    "Peace talks between the governments of Ethiopia and Eritrea began on Tuesday.",
                    &["Eritrea", "Ethiopia"],
                ),
                // The second side hung on the talks by the parse.
                (
                    "The talks in Nairobi between Ethiopia and the Tigrayan rebels began on Tuesday.",
                    &["Ethiopia"],
                ),
                (
                    "The meetings between Secretary Ana Ruiz and her counterparts in Lima went well.",
                    &[],
                ),
                (
                    "Former Kenyan president Amos Njoroge will join Nigerian counterpart Tunde Bello on Sunday as mediators for the peace talks.",
                    &[],
                ),
                // "with X acting as ...": a clause, not the other side.
                (
                    "Foreign Minister Ana Ruiz of Peru held talks in Lima, with Norway and Chile acting as facilitators.",
                    &[],
                ),
                (
                    "Foreign Minister Ana Ruiz of Peru held talks with Norway and Chile in Lima.",
                    &["Ana Ruiz", "Chile", "Norway", "Peru"],
                ),
            ],
        );
        // The subject after the copula: "Also attending the meeting were".
        check_exact(
            Relation::Participant,
            &[
                (
                    "Also attending the meeting were Chilean Ambassador Ana Ruiz and Peruvian Ambassador Luis Vega.",
                    &["Ana Ruiz", "Chile", "Luis Vega", "Peru"],
                ),
                ("Also attending the concert were Ana Ruiz and Luis Vega.", &[]),
                // "Joining A on the call were ...": whom they joined too.
                (
                    "Joining President Ana Ruiz on the call were Prime Minister Luis Vega of Peru and Chancellor Tom Reed of Germany.",
                    &["Ana Ruiz", "Germany", "Luis Vega", "Peru", "Tom Reed"],
                ),
                // Who was present at talks or a meeting of this sentence or
                // the one before.
                (
                    "President Ana Ruiz met President Tomas Berg on Monday. Also present were Trade Minister Luis Vega and Pedro Soto, a banker.",
                    &["Ana Ruiz", "Luis Vega", "Pedro Soto", "Tomas Berg"],
                ),
                (
                    "The talks began in Lima. Marta Soto and Luis Vega were also present.",
                    &["Luis Vega", "Marta Soto"],
                ),
                (
                    "The concert began in Lima. Also present were Marta Soto and Luis Vega.",
                    &[],
                ),
                (
                    "President Ana Ruiz met President Tomas Berg on Monday. Also attending were Luis Vega and Pedro Soto.",
                    &["Ana Ruiz", "Luis Vega", "Pedro Soto", "Tomas Berg"],
                ),
                (
                    "The concert began in Lima. Also attending were Marta Soto and Luis Vega.",
                    &[],
                ),
                // A list of participants: titled people, countries and
                // the bodies the lexicon knows, each a whole item.
                (
                    "President Ana Ruiz met President Tomas Berg on Monday. Other participants were Trade Minister Luis Vega and Amnesty International.",
                    &["Amnesty International", "Ana Ruiz", "Luis Vega", "Tomas Berg"],
                ),
                (
                    "President Ana Ruiz met President Tomas Berg on Monday. Participants included the mayors of Atlanta, Georgia and White House officials.",
                    &["Ana Ruiz", "Tomas Berg"],
                ),
                ("The talks began in Lima. Marta Soto was not present.", &[]),
                // A list after a colon, each name with its portfolio.
                (
                    "Several ministers were present at the meeting: Ana Ruiz (Foreign Affairs), Luis Vega (Trade) and Marta Soto (Energy).",
                    &["Ana Ruiz", "Luis Vega", "Marta Soto"],
                ),
                (
                    "Several ministers were present at the meeting: Ana Ruiz (Foreign Affairs), the governor and Marta Soto (Energy).",
                    &[],
                ),
                // Delegates from a number of countries, named after
                // "including".
                (
                    "Delegates from 40 countries, including Brazil, India and South Africa, attended the conference.",
                    &["Brazil", "India", "South Africa"],
                ),
                // Each of the countries that sent delegations.
                (
                    "Both Kyiv and Moscow sent delegations to Istanbul for talks.",
                    &["Russia", "Ukraine"],
                ),
                // Every side of a list that met.
                (
                    "Representatives of Sudan, South Sudan and Ethiopia met in Addis Ababa on Monday.",
                    &["Ethiopia", "South Sudan", "Sudan"],
                ),
                // Who accompanies a party to talks takes part.
                (
                    "Prime Minister Kenji Morita held talks with President Budi Santoso in Jakarta. He was accompanied by Trade Minister Hiroshi Tanaka and Defence Minister Aiko Sato.",
                    &[
                        "Aiko Sato",
                        "Budi Santoso",
                        "Hiroshi Tanaka",
                        "Indonesia",
                        "Kenji Morita",
                    ],
                ),
                (
                    "President Ana Ruiz, accompanied by her husband Luis Vega, attended a concert.",
                    &[],
                ),
                // Or joins them.
                (
                    "President Ana Ruiz met President Tomas Berg on Monday. Ruiz was joined by Luis Vega.",
                    &["Ana Ruiz", "Luis Vega", "Tomas Berg"],
                ),
                (
                    "President Ana Ruiz attended a concert, where she was joined by Luis Vega.",
                    &[],
                ),
                // Heads of state from a list, and ministers attending for one.
                (
                    "The summit was attended by heads of state from Bolivia, Brazil and Chile. Foreign ministers attended for Argentina and Uruguay.",
                    &["Argentina", "Bolivia", "Brazil", "Chile", "Uruguay"],
                ),
                ("Foreign ministers attended for a week of lectures.", &[]),
                // A short aside between the subject and its verb.
                (
                    "Chile and Peru, still technically at war, held unprecedented talks in Lima on Wednesday.",
                    &["Chile", "Peru"],
                ),
            ],
        );
    }

    /// A list of those present after a line that names them.
    #[test]
    fn a_list_of_participants_names_who_took_part() {
        super::super::testing::check_exact(
            Relation::Participant,
            &[
                (
                    "Today, officials met with labour leaders to discuss rural housing.\n\n**Participants Included:**\n\n-   Ana Ruiz, Deputy Director of the Office of Rural Housing\n-   Tomas Berg, President, Union of Farm Workers\n\nThe meeting lasted two hours.",
                    &["Ana Ruiz", "Tomas Berg"],
                ),
                (
                    "Officials met with labour leaders.\n\nAttendees at the meeting included:\n\n* Luis Vega, Senior Advisor\n\n**Outside Participants**\n\n* Marta Lind, Chair, Farm Council\n",
                    &["Luis Vega", "Marta Lind"],
                ),
                // Numbered items, wrapped onto a second line, opened by a
                // title or an honorific.
                (
                    "Officials met with labour leaders.\n\nAdministration participants included:\n\n1.  Luis Vega, Senior Advisor to the Minister and Director of\n    the Office of Rural Affairs\n2.  Administrator Marta Lind, Farm Agency\n3.  Dr. Omar Haddad, Chief Economist\n",
                    &["Luis Vega", "Marta Lind", "Omar Haddad"],
                ),
                // A list headed by anything else, and the line after a list.
                (
                    "Members of the council include:\n\n-   Ana Ruiz, Deputy Director\n-   Tomas Berg, President\n",
                    &[],
                ),
                (
                    "Participants:\n\n-   Ana Ruiz, Deputy Director\n\nTomas Berg, President of the Farm Council, said the talks went well.",
                    &["Ana Ruiz"],
                ),
                // The list in running text: each person given a title.
                (
                    "Officials met with farm leaders on Monday. Participants in the meeting included Secretary Ana Ruiz; Tomas Berg, Deputy Director of the Farm Council; and the mayors of Lima and Quito.",
                    &["Ana Ruiz", "Tomas Berg"],
                ),
                // A rule for meetings to come names no one.
                (
                    "When farm issues are discussed, the attendees will include Secretary Ana Ruiz and Administrator Tomas Berg.",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn participants() {
        check(
            Relation::Participant,
            &[
                (
                    "Talks between the United States and Iran ended.",
                    &["United States", "Iran"],
                ),
                // Each of a list of people named with their countries.
                (
                    "Today, President Ana Vexler of France, Chancellor Tomas Ruud of Germany, Prime Minister Karim Saade of Italy, and President Lena Berg of Chile held a call.",
                    &[
                        "Ana Vexler",
                        "France",
                        "Tomas Ruud",
                        "Germany",
                        "Karim Saade",
                        "Italy",
                        "Lena Berg",
                        "Chile",
                    ],
                ),
                (
                    "The summit was attended by Kenya, Uganda and Tanzania.",
                    &["Kenya", "Uganda", "Tanzania"],
                ),
                ("Delegates from Chile and Peru arrived.", &["Chile", "Peru"]),
                // Who agreed to do something after or at the talks.
                (
                    "Chile and Peru agreed on Monday to reopen their border after two days of talks in Lima.",
                    &["Chile", "Peru"],
                ),
                (
                    "Yemen's government and the Houthi movement agreed on Monday to exchange prisoners, after ten days of negotiations in Switzerland.",
                    &["Yemen", "Houthis"],
                ),
                ("Chile and Peru agreed to reopen their border.", &[]),
                // ... or to or on something.
                (
                    "Chile and Peru agreed to a prisoner swap at talks in Lima.",
                    &["Chile", "Peru"],
                ),
                ("Chile and Peru agreed on a prisoner swap.", &[]),
                (
                    "Delegates from Chile, Bolivia, Peru and others arrived for the talks.",
                    &["Chile", "Bolivia", "Peru"],
                ),
                (
                    "Delegates from Chile, Bolivia, and other countries arrived for the talks.",
                    &["Chile", "Bolivia"],
                ),
                (
                    "Prime Minister Tomas Ruel of Belgium attended the summit.",
                    &["Tomas Ruel", "Belgium"],
                ),
                (
                    "Representatives of Colombia and Venezuela also took part in the talks.",
                    &["Colombia", "Venezuela"],
                ),
                (
                    "Peru and Chile signed an agreement to resolve their fishing dispute on Monday.",
                    &["Chile", "Peru"],
                ),
                (
                    "Later, Kenya reached a ceasefire deal with the rebels of the Patriotic Front.",
                    &["Kenya"],
                ),
                // "with the participation of X".
                (
                    "The talks were facilitated by Norway, with the participation of the African Union.",
                    &["African Union"],
                ),
                // Who gathers to talk takes part.
                (
                    "Foreign ministers of the Arab League gathered in Cairo on Sunday to discuss the war.",
                    &["Arab League"],
                ),
                // The sides of a truce, armed groups too.
                (
                    "With Turkish mediation, Armenia and Hezbollah agreed to a three-day truce.",
                    &["Armenia", "Hezbollah"],
                ),
                (
                    "I congratulate Peru and Chile on concluding their agreement to resolve their border dispute.",
                    &["Chile", "Peru"],
                ),
                (
                    "I welcome the announcement tonight of a ceasefire between Israel and Hamas.",
                    &["Hamas", "Israel"],
                ),
                (
                    "Chilean and Peruvian negotiators resumed their talks in Lima on Tuesday.",
                    &["Chile", "Peru"],
                ),
                (
                    "Bolivian and Paraguayan negotiators convened in Asuncion on Friday for their first direct talks.",
                    &["Bolivia", "Paraguay"],
                ),
                (
                    "Ecuador and Colombia concluded negotiations on a new border crossing.",
                    &["Colombia", "Ecuador"],
                ),
                (
                    "Chile and Peru will continue to call on the council to act.",
                    &[],
                ),
                // Who joined the talks along with others: the others too.
                (
                    "The talks between Chile and Peru resumed. The Vice President also joined the talks, along with Trade Minister Ana Ruiz and Ambassador Luis Vega.",
                    &["Ana Ruiz", "Chile", "Luis Vega", "Peru"],
                ),
                // "the Colombian government" is one item of the list.
                (
                    "Representatives of the Colombian government and the National Liberation Army opened a new round of peace talks in Caracas.",
                    &["Colombia", "National Liberation Army"],
                ),
                // The leaders of the countries that met are their heads of
                // state or government, named anywhere; not a former one.
                (
                    "Leaders of Chile, Peru and Bolivia met in Lima for a summit on trade. Bolivian President Juan Mamani said the talks went well. Former Peruvian President Rosa Quispe was not invited.",
                    &["Bolivia", "Chile", "Juan Mamani", "Peru"],
                ),
                // Sitting down, for talks or together, is gathering too.
                (
                    "Bolivian and Paraguayan officials sat down for talks in Asuncion on Friday.",
                    &["Bolivia", "Paraguay"],
                ),
                ("Bolivian and Paraguayan officials sat down together.", &["Bolivia", "Paraguay"]),
                ("Bolivian officials sat down to dinner.", &[]),
                ("Chilean negotiators convened in Lima.", &[]),
                ("The border between Peru and Chile is long.", &[]),
                (
                    "The agency entered into a consent agreement between the FDA and Acme Foods.",
                    &[],
                ),
                ("Iran has not signed the treaty.", &[]),
                ("Chile signed the bill into law on Monday.", &[]),
                ("Peru reached the final of the cup.", &[]),
                (
                    "Leaders from twenty nations took part in the talks, including President Ana Lopez of Chile and Prime Minister Jonas Berg of Sweden.",
                    &["Ana Lopez", "Chile", "Jonas Berg", "Sweden"],
                ),
                // A verb opening the sentence (no panic, no subject).
                (
                    "Joined the talks, including President Ana Lopez of Chile.",
                    &["Ana Lopez", "Chile"],
                ),
                // A negated verb takes no part.
                ("Paraguay did not attend the meeting.", &[]),
                ("Argentina never took part in the talks.", &[]),
                // A "by" with no agent after it is no passive.
                (
                    "Bolivian Vice President Luis Arce joined the talks by video link.",
                    &["Luis Arce", "Bolivia"],
                ),
                (
                    "Foreign Secretary Ann Blake chaired the talks.",
                    &["Ann Blake"],
                ),
                (
                    "Minister Omar Tal urged the delegates to stay calm.",
                    &["Omar Tal"],
                ),
                (
                    "We, the President of Chile and the Prime Minister of Peru, as witnessed by the President of Brazil, declare the following.",
                    &["Chile", "Peru"],
                ),
                (
                    "We, the Leaders of Ghana, Togo and Benin, met today.",
                    &["Ghana", "Togo", "Benin"],
                ),
                ("We, the people of Chile, are proud.", &[]),
                ("Ann Blake attended the University of Lagos.", &[]),
                ("The rain fell on Geneva.", &[]),
                // "It" stands for the talks of the sentence before.
                (
                    "The meeting took place in Quito. It was attended by Foreign Minister Ann Blake of Chile.",
                    &["Ann Blake", "Chile"],
                ),
                (
                    "The hall was renovated. It was attended by Foreign Minister Ann Blake of Chile.",
                    &[],
                ),
                // Who speaks of the talks does not address them.
                (
                    "Spokesman Omar Tal said the talks were serious.",
                    &[],
                ),
                (
                    "Spokesman Omar Tal told reporters that the talks were serious.",
                    &[],
                ),
                (
                    "Minister Omar Tal told the summit that peace was near.",
                    &["Omar Tal"],
                ),
                // Who welcomes the talks approves of them; who welcomes
                // the delegates receives them.
                ("Envoy Omar Tal welcomed the talks.", &[]),
                (
                    "Envoy Omar Tal welcomed the delegates to the summit.",
                    &["Omar Tal"],
                ),
                // Counterparts from countries; co-chairs.
                (
                    "Foreign Minister Ann Blake held talks in Quito with her counterparts from Peru, Chile and Bolivia.",
                    &["Ann Blake", "Peru", "Chile", "Bolivia"],
                ),
                (
                    "Foreign Minister Omar Tal and his Finnish counterpart Ann Blake co-chaired the meeting.",
                    &["Omar Tal", "Ann Blake", "Finland"],
                ),
            ],
        );
    }

    /// The people a delegation includes take part, read past titles,
    /// appositions and semicolons, and so do the figures "including" whom
    /// the talks were attended; not the possessor of a title, nor the
    /// people a team or a government includes.
    #[test]
    fn members_of_a_delegation() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The Bolivian delegation included Trade Minister Marta Soto, Ivo Rask, the ambassador, and envoy Lena Brook.",
                &["Bolivia", "Ivo Rask", "Lena Brook", "Marta Soto"],
            ),
            (
                "The delegation also included Deputy Minister Ivo Rask; Senior Adviser Lena Brook; and Ambassador Marta Soto.",
                &["Ivo Rask", "Lena Brook", "Marta Soto"],
            ),
            (
                "The delegation included President Ana Lopez's special envoy, Ivo Rask.",
                &["Ivo Rask"],
            ),
            (
                "The talks were attended by prominent figures including envoy Ivo Rask and Senator Lena Brook.",
                &["Ivo Rask", "Lena Brook"],
            ),
            // Who chairs the talks takes part; not a presidency elsewhere.
            (
                "Delegations from Chile and Peru met under the chairmanship of envoy Ivo Rask.",
                &["Chile", "Ivo Rask", "Peru"],
            ),
            ("The country flourished under the presidency of Ivo Rask.", &[]),
            ("The team included Ivo Rask and Lena Brook.", &[]),
            // Who leads a mediation mediates (mediation.rs), no party.
            ("Mediation efforts led by Norway and Chile continued.", &[]),
            ("The delegation did not include Ivo Rask.", &[]),
        ];
        super::super::testing::check_exact(Relation::Participant, cases);
    }

    /// Sides named by "talks involving", "among the participants were",
    /// "the meeting included", and a country that sends a delegation.
    #[test]
    fn sides_named_and_delegations_sent() {
        check_exact(
            Relation::Participant,
            &[
                (
                    "Talks involving Chile and Peru resumed on Monday.",
                    &["Chile", "Peru"],
                ),
                (
                    "Among the participants were Chile and Peru.",
                    &["Chile", "Peru"],
                ),
                (
                    "The meeting included Chile, Peru and Bolivia.",
                    &["Chile", "Peru", "Bolivia"],
                ),
                ("Chile sent a delegation to the talks.", &["Chile"]),
                ("The meeting included a discussion of trade.", &[]),
                ("Chile sent a delegation to the funeral.", &[]),
                // A person sent, named after the title; leaders gathered
                // for a summit.
                (
                    "Bolivia sent its foreign minister, Ana Flores, to the talks.",
                    &["Ana Flores", "Bolivia"],
                ),
                (
                    "Bolivia sent its foreign minister, Ana Flores, to the funeral.",
                    &[],
                ),
                (
                    "The presidents of Ecuador, Colombia and Peru gathered in Quito on Thursday for a summit.",
                    &["Colombia", "Ecuador", "Peru"],
                ),
                (
                    "The presidents of Ecuador, Colombia and Peru gathered in Quito on Thursday for a parade.",
                    &[],
                ),
                // Who comes or is somewhere for talks takes part.
                (
                    "Chilean and Peruvian delegations arrived in Quito for talks.",
                    &["Chile", "Peru"],
                ),
                (
                    "Chilean and Peruvian negotiators were in Quito for talks on Monday.",
                    &["Chile", "Peru"],
                ),
                (
                    "Chilean and Peruvian fans arrived in Quito for the final.",
                    &[],
                ),
                (
                    "Chilean and Peruvian negotiators were not in Quito for talks on Monday.",
                    &[],
                ),
                // Attending with no object: the talks of the sentence
                // before; not taking part in something else.
                (
                    "Peru and Chile resumed talks in Lima on Monday. Bolivia attended as an observer.",
                    &["Bolivia", "Chile", "Peru"],
                ),
                (
                    "Peru and Chile resumed talks in Lima on Monday. Bolivia participated in a football match.",
                    &["Chile", "Peru"],
                ),
                // Who agreed in a deal another brokered took part.
                (
                    "Iran and Saudi Arabia agreed on Friday to restore diplomatic relations, in a deal brokered by China.",
                    &["Iran", "Saudi Arabia"],
                ),
            ],
        );
    }

    #[test]
    fn leaders_and_representatives() {
        check(
            Relation::Leader,
            &[
                (
                    "The Iranian delegation was led by Foreign Minister Karim Talebi.",
                    &["Karim Talebi\tIran"],
                ),
                // An armed movement's adjective names its team.
                (
                    "The Houthi team was led by Abdulqader Murtada.",
                    &["Abdulqader Murtada\tHouthis"],
                ),
                // The name in apposition to the leader's title.
                (
                    "The Peruvian delegation was led by its foreign minister, Ana Ruiz.",
                    &["Ana Ruiz\tPeru"],
                ),
                // A negotiating team is a delegation.
                (
                    "Ana Ruiz, who heads Chile's negotiating team, met Tomas Berg.",
                    &["Ana Ruiz\tChile"],
                ),
                // So is a side or a team in a sentence on talks.
                (
                    "Ana Ruiz led the Chilean side in the talks.",
                    &["Ana Ruiz\tChile"],
                ),
            ],
        );
        check_exact(
            Relation::Leader,
            &[(
                "Ana Ruiz led the Chilean team to victory in the final.",
                &[],
            )],
        );
        // Present and future tenses lead too; "lead by example" leads no
        // delegation.
        check_exact(
            Relation::Leader,
            &[
                (
                    "Luis Vega heads the Chilean delegation.",
                    &["Luis Vega\tChile"],
                ),
                (
                    "Luis Vega will lead the Chilean delegation to the talks in Lima.",
                    &["Luis Vega\tChile"],
                ),
            ],
        );
        check_exact(
            Relation::Participant,
            &[("The United States will lead by example in the talks.", &[])],
        );
        // The head of a country's delegation named in apposition.
        check_exact(
            Relation::Leader,
            &[
                (
                    "The talks marked a first step, General Tomas Berg, head of Chile's delegation, said.",
                    &["Tomas Berg\tChile"],
                ),
                (
                    "The head of the Peruvian delegation, Ana Ruiz, said the talks went well.",
                    &["Ana Ruiz\tPeru"],
                ),
                (
                    "Ana Ruiz, head of the agency, said the program went well.",
                    &[],
                ),
            ],
        );
        check(
            Relation::Representative,
            &[
                (
                    "The American side was represented by envoys Tom Arlen and Maya Quist.",
                    &["Tom Arlen\tUnited States", "Maya Quist\tUnited States"],
                ),
                // The name set off after the title.
                (
                    "Peru was represented by its ambassador to the UN, Luis Vega.",
                    &["Luis Vega\tPeru"],
                ),
            ],
        );
        // "The representative(s) from X ... will be / were A, Title, and B".
        check_exact(
            Relation::Representative,
            &[
                (
                    "The representatives of the Chilean side in these negotiations will be Ana Ruiz, Foreign Minister, and Marta Soto, Trade Minister.",
                    &["Ana Ruiz\tChile", "Marta Soto\tChile"],
                ),
                (
                    "The representative of Peru at the talks was Ana Ruiz.",
                    &["Ana Ruiz\tPeru"],
                ),
                ("The representatives of Peru said the talks went well.", &[]),
            ],
        );
    }
}
