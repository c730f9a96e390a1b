//! Titles people hold, and of what.
//!
//! *What it extracts*: the titles the mentions stage found next to people's
//! names ("Foreign Minister Ana Ruiz", "Ana Ruiz, the Foreign Minister of
//! Chile", "Chile's Foreign Minister Ana Ruiz", "Foreign Minister of Chile
//! Ana Ruiz"), and, from the parse, names in apposition to a title noun
//! phrase ("the Chilean representative, Mr A,"), and people after a plural
//! title of a list of countries ("the foreign ministers of X and Y, A and
//! B", paired in order), and titles said of a person with whose office
//! they are ("A is Peru's ambassador", "A, who serves as the Director of
//! X,", "A became Chile's foreign minister"), with the organisation or
//! country each title belongs to.
//!
//! *Example*: `Chilean Foreign Minister Ana Ruiz arrived.` gives
//! `role  Ana Ruiz  Foreign Minister  Chile`.
//!
//! *Facts produced*: [`Relation::Role`] with args [person entity, title
//! literal, affiliation entity] — the affiliation is left out only when
//! nothing in the article tells it.
//!
//! A title without an affiliation takes one, in this order, from:
//! 1. an organisation or country right after it ("an analyst at the X
//!    Institute", "vice chairman of the Y Commission");
//! 2. another mention of the same title for the same person that has one;
//! 3. the leaders lexicon (`data/lexicon/leaders.tsv`), when the person is
//!    a leader it lists and the title is one of their offices there
//!    ("President Lula da Silva" is Brazil's president wherever the article
//!    is from; a surname alone is enough with one of the leader's offices,
//!    "Prime Minister Netanyahu", unless two leaders share both);
//! 4. the party the person is tied to in the same sentence: a country or
//!    organisation named as a side of the talks ("the Chilean delegation",
//!    "Peru's side") when it is the only such party in the sentence;
//! 5. the government that published the article, for an official statement
//!    (`data/lexicon/publishers.tsv`, matched on the document's source), when
//!    the person is never tied to another country in the article and the
//!    title is not a head of state's or government's (the publisher's own
//!    heads are in the leaders lexicon, so an unlisted "President Yoon" in
//!    a White House readout is someone else's);
//! 6. the nearest country named (outside quotations) in the person's
//!    sentence, or else in the sentence before, that no other person there
//!    holds a title of — a guess, with a low confidence.
//!
//! One fact is produced per (person, title, affiliation); a title contained
//! in a longer title of the same person ("Secretary" in "Secretary of
//! State") gives way to the longer one.

use super::{Context, Extractor, Item};
use crate::fact::{Arg, EntityKind, Fact, Relation};
use crate::lexicon::VerbClass;
use crate::mentions::TitleIndex;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

const PUBLISHERS: &str = include_str!("../../data/lexicon/publishers.tsv");

/// Nouns that make a country or organisation before them a party of the
/// talks, whose members the sentence's officials are.
const PARTY_NOUNS: &[&str] = &[
    "side",
    "delegation",
    "team",
    "negotiators",
    "government",
    "administration",
    "envoys",
    "officials",
];

pub struct Roles;

/// A role as gathered before affiliations are filled in.
#[derive(Debug, Clone)]
struct Found {
    person: usize,
    title: String,
    of: Option<Affiliation>,
    sentence: usize,
    span: Range<usize>,
    rule: &'static str,
    confidence: f32,
}

#[derive(Debug, Clone, PartialEq)]
enum Affiliation {
    /// An entity of the article.
    Entity(usize),
    /// A country of the lexicon the article does not name (the publisher's).
    Lexicon(Arg),
}

impl Extractor for Roles {
    fn name(&self) -> &'static str {
        "roles"
    }

    fn extract(&self, cx: &Context<'_>, out: &mut Vec<Fact>) {
        let mut found: Vec<Found> = cx
            .mentions
            .roles
            .iter()
            .filter(|r| cx.mentions.entities[r.person].kind == EntityKind::Person)
            .map(|r| Found {
                person: r.person,
                title: r.title.clone(),
                of: r.of.filter(|&o| o != r.person).map(Affiliation::Entity),
                sentence: r.sentence,
                span: r.span.clone(),
                rule: if r.counterpart {
                    "roles/counterpart"
                } else {
                    "roles/title-and-name"
                },
                confidence: if r.counterpart { 0.7 } else { 0.9 },
            })
            .collect();
        let titles = TitleIndex::for_lexicon(cx.lexicon);
        possessive_titles(cx, &titles, &mut found);
        appositive_titles(cx, &titles, &mut found);
        installed_titles(cx, &titles, &mut found);
        respective_titles(cx, &titles, &mut found);
        fill_from_following_of(cx, &mut found);
        fill_from_same_title(&mut found);
        fill_from_leaders(cx, &mut found);
        fill_from_party(cx, &mut found);
        fill_from_companion(cx, &mut found);
        fill_from_publisher(cx, &mut found);
        fill_from_delegation(cx, &mut found);
        fill_from_title_country(cx, &mut found);
        fill_from_list(cx, &mut found);
        fill_from_the_country(cx, &mut found);
        fill_from_nearby_country(cx, &mut found);
        let found = most_specific(found, &cx.doc.text);
        for f in found {
            // "former Chilean President A" holds the title no more: said so.
            let title = if super::former_title(&cx.doc.text, &f.span)
                && !f.title.to_lowercase().starts_with("former")
            {
                format!("former {}", f.title)
            } else {
                f.title
            };
            // (An office held once, of no one the text says, tells
            // nothing of the talks: "A, a former ambassador to Ethiopia,".)
            if f.of.is_none() && super::former_named(&title) {
                continue;
            }
            let mut args = vec![cx.mentions.entities[f.person].arg(), Arg::literal(title)];
            match f.of {
                Some(Affiliation::Entity(e)) => args.push(cx.mentions.entities[e].arg()),
                Some(Affiliation::Lexicon(a)) => args.push(a),
                None => {}
            }
            out.push(cx.fact(
                Relation::Role,
                args,
                f.sentence,
                f.span,
                f.rule,
                f.confidence,
            ));
        }
    }
}

fn same_title(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// A title repeated without its affiliation takes the one given elsewhere.
fn fill_from_same_title(found: &mut [Found]) {
    // Compared within each person's own titles only, so the pass stays
    // linear in the article however many people it names.
    for group in by_person(found).into_values() {
        for &i in &group {
            if found[i].of.is_some() {
                continue;
            }
            let known = group
                .iter()
                .map(|&j| &found[j])
                .find(|g| same_title(&g.title, &found[i].title) && g.of.is_some())
                .and_then(|g| g.of.clone());
            if known.is_some() {
                found[i].of = known;
            }
        }
    }
}

/// "the foreign ministers of Chile and Peru, Ana Ruiz and Luis Vega": a
/// plural title of a list of countries, then as many people, each holding
/// the title for the country in the same place of the list.
fn respective_titles(cx: &Context, titles: &TitleIndex, out: &mut Vec<Found>) {
    // The entities of a list of `kind` starting at item `k` ("A, B and C"),
    // and the item after it.
    let list = |items: &[Item], mut k: usize, kind: EntityKind| {
        let mut got: Vec<(usize, usize)> = Vec::new();
        while let Some(it) = items.get(k) {
            if cx.kind(it) != Some(kind) {
                break;
            }
            let Some(m) = cx.mention(it) else { break };
            got.push((m.entity, k));
            let sep = items.get(k + 1);
            let and = sep.is_some_and(|x| x.is("and"));
            let comma_and =
                sep.is_some_and(|x| x.is(",")) && items.get(k + 2).is_some_and(|x| x.is("and"));
            let comma = sep.is_some_and(|x| x.is(","))
                && items.get(k + 2).is_some_and(|x| cx.kind(x) == Some(kind));
            k += if comma_and {
                3
            } else if and || comma {
                2
            } else {
                return (got, k + 1);
            };
        }
        (got, k)
    };
    // Each person of `people` holds title `id` of the country at the same
    // place in `countries`; the evidence runs from item `start` to them.
    let pair = |out: &mut Vec<Found>,
                items: &[Item],
                si: usize,
                start: usize,
                id: usize,
                people: &[(usize, usize)],
                countries: &[(usize, usize)]| {
        for (&(person, at), &(country, _)) in people.iter().zip(countries) {
            out.push(Found {
                person,
                title: titles.names[id].clone(),
                of: Some(Affiliation::Entity(country)),
                sentence: si,
                span: items[start].span.start..items[at].span.end,
                rule: "roles/respectively",
                confidence: 0.8,
            });
        }
    };
    for si in 0..cx.analysis.sentences.len() {
        let items = cx.items(si);
        for (k, it) in items.iter().enumerate() {
            if !it.is("of") || k == 0 || !items[k - 1].lower.ends_with('s') {
                continue;
            }
            // The plural title that ends right before "of".
            let Some((start, id)) = (k.saturating_sub(4)..k).find_map(|j| {
                let words: Vec<&str> = items[j..k].iter().map(|x| x.text).collect();
                titles
                    .match_at(&words)
                    .filter(|&(n, _)| n == k - j)
                    .map(|(_, id)| (j, id))
            }) else {
                continue;
            };
            if titles.names[id].to_lowercase().ends_with('s') {
                continue; // not a plural form
            }
            let (countries, after) = list(items, k + 1, EntityKind::Country);
            if countries.len() < 2 || !items.get(after).is_some_and(|x| x.is(",")) {
                continue;
            }
            let (people, _) = list(items, after + 1, EntityKind::Person);
            if people.len() == countries.len() {
                pair(out, items, si, start, id, &people, &countries);
            }
        }
        // "The Chilean and Peruvian foreign ministers, A and B": the
        // countries named by their demonyms before the plural title.
        let mut k = 0;
        while k < items.len() {
            let (countries, after) = list(items, k, EntityKind::Country);
            if countries.len() < 2 || items[k..after].iter().any(|x| x.upos == "PROPN") {
                k = after.max(k + 1);
                continue;
            }
            // The plural title right after the list, then a comma.
            let Some((n, id)) = (1..=4).rev().find_map(|n| {
                let words: Vec<&str> = items
                    .get(after..after + n)?
                    .iter()
                    .map(|x| x.text)
                    .collect();
                titles
                    .match_at(&words)
                    .filter(|&(m, _)| m == n)
                    .map(|(_, id)| (n, id))
            }) else {
                k = after;
                continue;
            };
            let plural = items[after + n - 1].lower.ends_with('s')
                && !titles.names[id].to_lowercase().ends_with('s');
            if !plural || !items.get(after + n).is_some_and(|x| x.is(",")) {
                k = after;
                continue;
            }
            let (people, _) = list(items, after + n + 1, EntityKind::Person);
            if people.len() == countries.len() {
                pair(out, items, si, k, id, &people, &countries);
            }
            k = after;
        }
    }
}

/// A leader the lexicon lists holds the offices it lists for the country
/// (or organisation) it lists: general knowledge, surer than any guess from
/// the article's other names.
fn fill_from_leaders(cx: &Context, found: &mut [Found]) {
    let leaders = crate::lexicon::Leaders::builtin();
    for f in found.iter_mut().filter(|f| f.of.is_none()) {
        let entity = &cx.mentions.entities[f.person];
        let Some(leader) = leaders
            .find(&entity.name)
            .or_else(|| leaders.find_by_office(&entity.name, &f.title))
        else {
            continue;
        };
        if !leader.offices.iter().any(|o| same_title(o, &f.title)) {
            continue;
        }
        let of = if let Some(c) = cx.lexicon.country(&leader.country) {
            affiliation(cx, &c.name, EntityKind::Country, &c.wikidata)
        } else if let Some(o) = cx.lexicon.organization(&leader.country) {
            affiliation(cx, &o.name, EntityKind::Organization, &o.wikidata)
        } else {
            continue;
        };
        f.of = Some(of);
        f.rule = "roles/leader";
        f.confidence = 0.8;
    }
}

/// Whether the title at `span` names its country by a common noun ("the
/// country's", "the island nation's").
fn generic_owner(cx: &Context, span: &Range<usize>) -> bool {
    let text = cx.doc.text.get(span.clone()).unwrap_or("").to_lowercase();
    crate::mentions::GENERIC_OWNERS
        .iter()
        .any(|w| text.contains(&format!("{w}'s")) || text.contains(&format!("{w}’s")))
}

/// "A, the country's trade minister,": the country the text last made the
/// subject of a sentence or a possessor, within three sentences before the
/// title
/// (`roles/the-country`; "Iceland sent a delegation to Oslo. A, the island
/// nation's foreign minister, led it" is Iceland, not the nearer Norway of
/// Oslo).
fn fill_from_the_country(cx: &Context, found: &mut [Found]) {
    for f in found.iter_mut().filter(|f| f.of.is_none()) {
        if !generic_owner(cx, &f.span) {
            continue;
        }
        let ms = &cx.mentions.mentions;
        let before = ms.partition_point(|m| m.span.start < f.span.start);
        let subject = ms[..before]
            .iter()
            .rev()
            .take_while(|m| m.sentence + 3 >= f.sentence)
            .find(|m| {
                cx.mentions.entities[m.entity].kind == EntityKind::Country
                    && (crate::mentions::is_subject(cx.analysis, &m.span)
                        // ("Afghanistan's new president ...": a possessor
                        // the sentence is about.)
                        || cx
                            .span_head(&m.span)
                            .is_some_and(|h| cx.analysis.tokens[h].deprel == "nmod:poss"))
            });
        if let Some(m) = subject {
            f.of = Some(Affiliation::Entity(m.entity));
            f.rule = "roles/the-country";
            f.confidence = 0.6;
        }
    }
}

/// A title only one country has ("Secretary of State", "Taoiseach": the
/// third column of titles.tsv) names that country's official when
/// nothing nearer says whose (`roles/title-country`).
fn fill_from_title_country(cx: &Context, found: &mut [Found]) {
    for f in found.iter_mut().filter(|f| f.of.is_none()) {
        let Some(name) = cx
            .lexicon
            .title(&f.title)
            .and_then(|t| t.country.as_deref())
        else {
            continue;
        };
        let Some(c) = cx.lexicon.country(name) else {
            continue;
        };
        f.of = Some(affiliation(cx, &c.name, EntityKind::Country, &c.wikidata));
        f.rule = "roles/title-country";
        f.confidence = 0.7;
    }
}

/// A lexicon country or organisation as an affiliation: the article's own
/// entity when it names it, else the lexicon's.
fn affiliation(
    cx: &Context,
    name: &str,
    kind: EntityKind,
    wikidata: &Option<String>,
) -> Affiliation {
    cx.mentions
        .entities
        .iter()
        .position(|e| e.kind == kind && e.name == name)
        .map(Affiliation::Entity)
        .unwrap_or_else(|| {
            Affiliation::Lexicon(Arg::Entity {
                name: name.to_owned(),
                kind,
                wikidata: wikidata.clone(),
            })
        })
}

/// Indices of `found` grouped by person.
fn by_person(found: &[Found]) -> std::collections::BTreeMap<usize, Vec<usize>> {
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for (i, f) in found.iter().enumerate() {
        groups.entry(f.person).or_default().push(i);
    }
    groups
}

/// The parties of a sentence: countries and organisations written as a side
/// ("the Chilean delegation", "Peru's team", "the government of Peru").
fn parties(cx: &Context, items: &[Item]) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let Some(m) = cx.mention(it) else { continue };
        let kind = cx.mentions.entities[m.entity].kind;
        if !matches!(kind, EntityKind::Country | EntityKind::Organization) {
            continue;
        }
        let mut j = i + 1;
        if items.get(j).is_some_and(|x| x.lower == "'s") {
            j += 1;
        }
        let noun_after = items
            .get(j)
            .is_some_and(|x| x.mention.is_none() && PARTY_NOUNS.contains(&x.lower.as_str()));
        let of_before =
            i >= 2 && items[i - 1].is("of") && PARTY_NOUNS.contains(&items[i - 2].lower.as_str());
        if (noun_after || of_before) && !out.contains(&m.entity) {
            out.push(m.entity);
        }
    }
    out
}

/// "Name, an analyst at the Center for X", "Name, vice chairman of the
/// Y Commission": an organisation or country right after the title.
fn fill_from_following_of(cx: &Context, found: &mut [Found]) {
    for f in found.iter_mut().filter(|f| f.of.is_none()) {
        let items = cx.items(f.sentence);
        let at = items.partition_point(|it| it.span.start < f.span.end);
        let mut j = at;
        // "Adviser to the Prime Minister of X": an aide serves the
        // office holder's country.
        if items.get(j).is_some_and(|x| x.is("to")) {
            let mut k = j + 1;
            if items.get(k).is_some_and(|x| x.is("the")) {
                k += 1;
            }
            // ("to the French President": the office holder's country
            // named before the title)
            let demonym = items
                .get(k)
                .and_then(|x| cx.mention(x))
                .filter(|m| cx.mentions.entities[m.entity].kind == EntityKind::Country)
                .map(|m| m.entity);
            let first = k + usize::from(demonym.is_some());
            k = first;
            while items
                .get(k)
                .is_some_and(|x| x.mention.is_none() && cx.title_word(&x.lower))
            {
                k += 1;
            }
            if k > first {
                if let Some(c) = demonym.filter(|&c| c != f.person) {
                    title_of(f, c);
                    continue;
                }
                if items.get(k).is_some_and(|x| x.is("of")) {
                    j = k;
                }
            }
        }
        if !items
            .get(j)
            .is_some_and(|x| matches!(x.lower.as_str(), "of" | "at" | "for"))
        {
            continue;
        }
        // ("met Secretary A at the White House": after the name, "at"
        // tells where they met; "A, Director at X" names the employer.)
        let after_name = || {
            cx.mentions
                .in_sentence(f.sentence)
                .iter()
                .any(|m| m.entity == f.person && m.span.end == f.span.end)
        };
        if items[j].lower == "at" && after_name() {
            continue;
        }
        let served = matches!(items[j].lower.as_str(), "for" | "to");
        j += 1;
        if items.get(j).is_some_and(|x| x.is("the")) {
            j += 1;
        }
        // ("a spokesman for President B": past B's own title.)
        if served
            && items
                .get(j)
                .is_some_and(|x| x.mention.is_none() && cx.title_word(&x.lower))
        {
            j += 1;
        }
        let Some(m) = items.get(j).and_then(|x| cx.mention(x)) else {
            continue;
        };
        let kind = cx.mentions.entities[m.entity].kind;
        if matches!(kind, EntityKind::Organization | EntityKind::Country) && m.entity != f.person {
            title_of(f, m.entity);
        } else if served && kind == EntityKind::Person && m.entity != f.person {
            // "A, a spokesman for B": B's country.
            if let Some(c) = cx.party_of(m.entity).filter(|&c| c != f.person) {
                title_of(f, c);
            }
        }
    }
}

/// The affiliation a title's own words give ("of X", "to the President
/// of X").
fn title_of(f: &mut Found, entity: usize) {
    f.of = Some(Affiliation::Entity(entity));
    f.rule = "roles/title-of";
    f.confidence = 0.8;
}

/// A person the sentence makes the leader or representative of its one
/// party ("the Chilean side was represented by envoy Marta Soto") belongs
/// to that party.
fn fill_from_party(cx: &Context, found: &mut [Found]) {
    for f in found.iter_mut().filter(|f| f.of.is_none()) {
        let items = cx.items(f.sentence);
        let ps = parties(cx, items);
        // The nearest party before the person, linked to them by "led by" or
        // "represented by" with no other name between: "The Bolivian
        // delegation was led by A, while Chile was represented by B".
        let Some(person_at) = items.iter().position(|it| it.span.start >= f.span.start) else {
            continue;
        };
        let mut linked_party = None;
        for k in (0..person_at).rev() {
            let Some(m) = cx.mention(&items[k]) else {
                continue;
            };
            if !ps.contains(&m.entity) {
                // Another person or party between breaks the link.
                break;
            }
            let linked = items[k..person_at].iter().any(|it| {
                cx.is_verb(VerbClass::Leading, it) || cx.is_verb(VerbClass::Representing, it)
            });
            if linked {
                linked_party = Some(m.entity);
            }
            break;
        }
        if let Some(p) = linked_party {
            f.of = Some(Affiliation::Entity(p));
            f.rule = "roles/party-in-sentence";
            f.confidence = 0.7;
        }
    }
}

/// "A, who was accompanied by Trade Minister B", "He was accompanied by
/// B and C": who accompanies someone is of their country.
fn fill_from_companion(cx: &Context, found: &mut [Found]) {
    let known: Vec<(usize, usize)> = found
        .iter()
        .filter_map(|f| match f.of {
            Some(Affiliation::Entity(e)) => Some((f.person, e)),
            _ => None,
        })
        .collect();
    for f in found.iter_mut().filter(|f| f.of.is_none()) {
        let items = cx.items(f.sentence);
        let Some(at) = items.iter().position(|it| it.span.start >= f.span.start) else {
            continue;
        };
        let Some(acc) = (at.saturating_sub(12)..at).rev().find(|&k| {
            items[k].lower == "accompanied" && items.get(k + 1).is_some_and(|x| x.lower == "by")
        }) else {
            continue;
        };
        // (Only names, titles, commas and "and" between.)
        if items[acc + 2..at]
            .iter()
            .any(|x| x.punct && x.lower != "," || x.upos == "VERB")
        {
            continue;
        }
        let Some(subject) = super::subject_before(cx, items, acc)
            .and_then(|k| cx.mention(&items[k]))
            .map(|m| m.entity)
        else {
            continue;
        };
        if subject == f.person {
            continue;
        }
        let party = match cx.mentions.entities[subject].kind {
            EntityKind::Country => Some(subject),
            EntityKind::Person => cx
                .party_of(subject)
                .or_else(|| known.iter().find(|&&(p, _)| p == subject).map(|&(_, e)| e)),
            _ => None,
        };
        if let Some(p) = party.filter(|&p| p != f.person) {
            f.of = Some(Affiliation::Entity(p));
            f.rule = "roles/companion";
            f.confidence = 0.7;
        }
    }
}

/// "expressed appreciation to President A of Peru, Speaker of Parliament
/// B, and Prime Minister C": titled people listed one after another (only
/// commas and "and" between them), where the words tie one to a country
/// and no member to another, are that country's officials
/// (`roles/list-companion`).
/// Not one whose title a member of known country holds too (two
/// presidents are two countries), not a head of state or government in a
/// pair ("President A of Peru and Prime Minister B" are as often
/// counterparts), nor in a list whose known members differ.
fn fill_from_list(cx: &Context, found: &mut [Found]) {
    let heads = &cx.triggers().head_titles;
    let country = |f: &Found| match f.of {
        Some(Affiliation::Entity(e)) if cx.mentions.entities[e].kind == EntityKind::Country => {
            Some(e)
        }
        _ => None,
    };
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&i| (found[i].sentence, found[i].span.start));
    let mut start = 0;
    while start < order.len() {
        // One run of titled people joined by commas and "and".
        let mut end = start + 1;
        while end < order.len() {
            let (p, n) = (&found[order[end - 1]], &found[order[end]]);
            let listed = cx
                .doc
                .text
                .get(p.span.end..n.span.start)
                .is_some_and(joins_list);
            // (Two titles found for one place in the list overlap.)
            let same = n.span.start < p.span.end;
            if p.sentence != n.sentence || !(listed || same) {
                break;
            }
            end += 1;
        }
        let run = &order[start..end];
        start = end;
        // Said in the words only (not a guess from the publisher, the
        // leaders' list or a country nearby); any other country in the
        // run, however found, stops it.
        let said = |f: &Found| {
            matches!(
                f.rule,
                "roles/title-and-name"
                    | "roles/possessive-title"
                    | "roles/parse-apposition"
                    | "roles/title-of"
                    | "roles/title-country"
            )
        };
        let Some(c) = run
            .iter()
            .filter(|&&i| said(&found[i]))
            .find_map(|&i| country(&found[i]))
        else {
            continue;
        };
        let other = run
            .iter()
            .any(|&i| matches!(found[i].of, Some(ref o) if *o != Affiliation::Entity(c)));
        if other || run.len() < 2 {
            continue;
        }
        // (A title a known member of the run holds too; a head beside
        // one other person, who is as often the counterpart.)
        let skip: Vec<bool> = run
            .iter()
            .map(|&i| {
                let t = &found[i].title;
                (run.len() == 2 && heads.contains(&t.to_lowercase()))
                    || run.iter().any(|&k| {
                        country(&found[k]).is_some() && found[k].title.eq_ignore_ascii_case(t)
                    })
            })
            .collect();
        // (One with an "of" phrase of its own that was not read as a
        // country: "President A of the Democratic Republic of the Congo".)
        let own_of = |f: &Found| {
            let rest = cx.doc.text.get(f.span.end..).unwrap_or("");
            rest.strip_prefix(" of ").is_some_and(|r| {
                r.trim_start_matches("the ")
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            })
        };
        for (&i, &skip) in run.iter().zip(&skip) {
            if found[i].of.is_none() && !skip && found[i].person != c && !own_of(&found[i]) {
                found[i].of = Some(Affiliation::Entity(c));
                found[i].rule = "roles/list-companion";
                found[i].confidence = 0.6;
            }
        }
    }
}

/// Whether the words between two titled people of a sentence join them in
/// a list: a comma, "and" or ", and", after the first one's own "of
/// Peru" and before the next one's title (capitalised words, "of"): the
/// next one's span may start at its name.
fn joins_list(gap: &str) -> bool {
    let gap = gap.replace(',', " , ");
    let mut words: Vec<&str> = gap.split_whitespace().collect();
    if words.first() == Some(&"of") {
        let country = words[1..]
            .iter()
            .take_while(|w| **w == "the" || w.chars().next().is_some_and(char::is_uppercase))
            .count();
        words.drain(..1 + country);
    }
    let joint = words
        .iter()
        .take_while(|w| matches!(**w, "," | "and"))
        .count();
    (1..=2).contains(&joint)
        && words[..joint] != [",", ","]
        && words.len() - joint <= 4
        && words[joint..]
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) || *w == "of")
}

/// "Peru's president, Jorge Salas," and "Peru's foreign minister Jorge
/// Salas": a possessive country or organisation, a title written in lower
/// case (which the name finder does not take for part of a name), then
/// the person. Titles joined by "and" are all the person's ("Qatar's
/// Prime Minister and Minister of Foreign Affairs, A"); where an envoy is
/// sent may follow the title ("Chile's ambassador to Peru, A"); a courtesy
/// title may stand before the name ("…, Sheikh A", "…, Dr. A").
fn possessive_titles(cx: &Context, titles: &TitleIndex, out: &mut Vec<Found>) {
    for si in 0..cx.analysis.sentences.len() {
        let items = cx.items(si);
        for i in 0..items.len() {
            let Some(m) = cx.mention(&items[i]) else {
                continue;
            };
            let owner_kind = cx.mentions.entities[m.entity].kind;
            if !matches!(owner_kind, EntityKind::Country | EntityKind::Organization) {
                continue;
            }
            if items.get(i + 1).is_none_or(|x| x.lower != "'s") {
                continue;
            }
            // The title written from `items[k]` on, and its length.
            let title_at = |k: usize| {
                let words: Vec<&str> = items[k..]
                    .iter()
                    .take(6)
                    .take_while(|x| x.mention.is_none() && !x.punct)
                    .map(|x| x.text)
                    .collect();
                titles.match_at(&words)
            };
            // ("India's Fisheries Minister A", "Chile's new mining
            // minister, A": up to two words between the possessive and a
            // title the lexicon has modify it; a noun among them names
            // the office's field.)
            let mut at = i + 2;
            let found = loop {
                if let Some(t) = title_at(at) {
                    break Some(t);
                }
                let plain = items.get(at).is_some_and(|x| {
                    x.mention.is_none()
                        && !x.punct
                        && x.text.chars().all(char::is_alphabetic)
                        && matches!(x.upos, "NOUN" | "PROPN" | "ADJ")
                });
                // (A country's: "Department of Veteran's Affairs
                // Secretary" is one name cut by its possessive.)
                if !plain || at >= i + 4 || owner_kind != EntityKind::Country {
                    break None;
                }
                at += 1;
            };
            let Some((len, id)) = found else {
                continue;
            };
            let field: Vec<String> = items[i + 2..at]
                .iter()
                .filter(|x| matches!(x.upos, "NOUN" | "PROPN"))
                .map(|x| {
                    let mut c = x.text.chars();
                    c.next()
                        .map(|f| f.to_uppercase().chain(c).collect())
                        .unwrap_or_default()
                })
                .collect();
            let mut ids = vec![id];
            let mut j = at + len;
            // "Qatar's Prime Minister and Minister of Foreign Affairs, A":
            // both titles are A's.
            while items.get(j).is_some_and(|x| x.lower == "and") {
                let Some((len, id)) = title_at(j + 1) else {
                    break;
                };
                ids.push(id);
                j += 1 + len;
            }
            // "Chile's ambassador to Peru, A": where the envoy is sent.
            if items.get(j).is_some_and(|x| x.lower == "to") {
                let k = j + 1 + usize::from(items.get(j + 1).is_some_and(|x| x.lower == "the"));
                let sent_to = items.get(k).is_some_and(|x| {
                    matches!(
                        cx.kind(x),
                        Some(EntityKind::Country | EntityKind::Organization | EntityKind::Place)
                    )
                });
                if sent_to {
                    j = k + 1;
                }
            }
            if items.get(j).is_some_and(|x| x.lower == ",") {
                j += 1;
            }
            // "…, Sheikh A," / "…, Dr. A,": a courtesy title before the name.
            let courtesy = crate::mentions::NameWords::get();
            if items
                .get(j)
                .is_some_and(|x| x.mention.is_none() && courtesy.is_honorific(x.text))
            {
                j += 1;
                if items.get(j).is_some_and(|x| x.text == ".") {
                    j += 1;
                }
            }
            let Some(person) = items.get(j).and_then(|x| cx.mention(x)) else {
                continue;
            };
            if cx.mentions.entities[person.entity].kind != EntityKind::Person {
                continue;
            }
            for (n, id) in ids.into_iter().enumerate() {
                let name = &titles.names[id];
                let mut title = if n == 0 && !field.is_empty() && !name.contains(' ') {
                    format!("{} {name}", field.join(" "))
                } else {
                    name.clone()
                };
                // ("South Africa's former deputy president A": said so.)
                if items[i + 2..at].iter().any(|x| x.lower == "former") {
                    title = format!("former {title}");
                }
                out.push(Found {
                    person: person.entity,
                    title,
                    of: Some(Affiliation::Entity(m.entity)),
                    sentence: si,
                    span: items[i].span.start..items[j].span.end,
                    rule: "roles/possessive-title",
                    confidence: 0.85,
                });
            }
        }
    }
}

/// "The Chilean representative, Mr A, said", "a spokesman for the
/// ministry, A", "the ambassador to Chile, A": a name in apposition to a
/// noun phrase whose head is a title (read from the parse; the name may
/// hang on the title's "for", "of" or country "to" phrase). The title is
/// the longest title of the lexicon ending at the head noun (or its short
/// "of" phrase), with the modifiers written before it ("trade minister");
/// its country or organisation is a demonym or name modifying it
/// ("Chilean", "Norway's") or an `of`/`for` phrase under it.
fn appositive_titles(cx: &Context, titles: &TitleIndex, out: &mut Vec<Found>) {
    let a = cx.analysis;
    for (mi, m) in cx.mentions.mentions.iter().enumerate() {
        if cx.mentions.entities[m.entity].kind != EntityKind::Person {
            continue;
        }
        // The mention's head token: the one whose head lies outside it.
        let first = a.tokens.partition_point(|t| t.span.end <= m.span.start);
        let head = (first..a.tokens.len())
            .take_while(|&t| a.tokens[t].span.start < m.span.end)
            .find(|&t| {
                a.tokens[t]
                    .head
                    .is_none_or(|h| cx.token_mention(h) != Some(mi))
            });
        let Some(h) = head else { continue };
        // "with the Prime Minister of Romania, A": the parse may hang a
        // name set off by a comma on the title as a modifier without a
        // preposition, which only an apposition can be.
        // (A full name that ends its phrase: not a list of titles, "the
        // Director of the Office, Press Advisor for the Bureau, ...".)
        let ends_phrase = {
            let next = a.tokens.partition_point(|t| t.span.start < m.span.end);
            a.tokens.get(next).is_none_or(|t| {
                matches!(cx.token_lower(next).as_str(), "," | "." | ";" | ":" | "(")
                    || matches!(t.upos, "VERB" | "AUX")
            })
        };
        let bare_modifier = a.tokens[h].deprel.starts_with("nmod")
            && cx.case_of(h).is_none()
            && cx.doc.text[m.span.clone()].contains(' ')
            && ends_phrase;
        if a.tokens[h].deprel != "appos" && !bare_modifier {
            continue;
        }
        let Some(noun) = a.tokens[h].head else {
            continue;
        };
        // A title written in capitals ("The EU High Representative, A") is
        // tagged as a proper noun.
        let plain = |t: usize| {
            cx.token_mention(t).is_none() && matches!(a.tokens[t].upos, "NOUN" | "PROPN")
        };
        // A comma sets the name off, or it follows the title noun at once
        // ("the Chilean leader Ana Ruiz"); a name further on without a
        // comma is a misparse of a list ("Latvian Prime Minister A and
        // Polish President B").
        // (A courtesy title may stand between: "the Chilean representative,
        // Mr A,".)
        let nw = crate::mentions::NameWords::get();
        let mut before = first;
        while before > 0 && nw.is_honorific(&cx.doc.text[a.tokens[before - 1].span.clone()]) {
            before -= 1;
        }
        let comma = before > 0 && cx.token_lower(before - 1) == ",";
        let set_off = comma || (before == noun + 1 && !bare_modifier);
        let direct = (plain(noun) && set_off)
            .then(|| title_ending_at(cx, titles, noun))
            .flatten()
            .map(|t| (t, noun));
        // "a spokesman for the foreign ministry, A", "a spokeswoman for
        // the Commission, A": the parse may hang the name on the last
        // noun of the title's "for"/"of" phrase.
        let found = direct.or_else(|| {
            let up = a.tokens[noun].head?;
            // Only in the plain shape: a determiner before the title and
            // a comma right before the name ("to be Director of the
            // Bureau, vice A" names whom the nominee replaces).
            // ("the ambassador to Chile, A": also the country a title is
            // to, not a person it serves, "advisor to the Chair, A".)
            let to_country = cx.case_of(noun) == Some("to")
                && cx
                    .token_mention(noun)
                    .is_some_and(|o| cx.mention_kind(o) == EntityKind::Country);
            let under_title = a.tokens[noun].deprel == "nmod"
                && (matches!(cx.case_of(noun), Some("for" | "of")) || to_country)
                && plain(up)
                && comma
                && cx.children_by(up, &["det"]).next().is_some();
            under_title
                .then(|| title_ending_at(cx, titles, up))
                .flatten()
                .map(|t| (t, up))
        });
        let Some(((title, start), noun)) = found else {
            continue;
        };
        // "National Security Advisor to the Vice President A": the office
        // served is no title of the name right after it (with a comma it
        // is: "Special Assistant to the Secretary of Defense, A").
        if cx.case_of(noun) == Some("to") && !comma {
            continue;
        }
        // A title followed at once by another name is that name's: "Italian
        // Ambassador A, B, and their driver C" gives B no title.
        let named_already = cx
            .token_mention(noun + 1)
            .is_some_and(|o| o != mi && cx.mention_kind(o) == EntityKind::Person);
        if named_already {
            continue;
        }
        let of = affiliation_under(cx, noun);
        let si = a.sentence_of_token(h);
        let span_start = a.tokens[start].span.start.min(m.span.start);
        out.push(Found {
            person: m.entity,
            title,
            of: of.map(Affiliation::Entity),
            sentence: si,
            span: span_start..m.span.end.max(a.tokens[noun].span.end),
            rule: "roles/parse-apposition",
            confidence: 0.8,
        });
    }
}

/// Verbs that put someone in an office "as" a title.
const INSTALL_VERBS: &[&str] = &[
    "appointed",
    "named",
    "elected",
    "sworn",
    "nominated",
    "installed",
    "confirmed",
    "designated",
    "chosen",
    "reappointed",
    "re-elected",
    "reelected",
    "inaugurated",
];

/// "President A appointed B as foreign minister", "B was sworn in as
/// prime minister of Peru" (`roles/parse-as`): the one put in office (the
/// object, or the passive subject) holds the title of the "as" phrase,
/// for the country under it when one is named there.
fn installed_titles(cx: &Context, titles: &TitleIndex, out: &mut Vec<Found>) {
    let a = cx.analysis;
    predicate_titles(cx, titles, out);
    copular_titles(cx, titles, out);
    for (v, tok) in a.tokens.iter().enumerate() {
        if tok.upos != "VERB" || !INSTALL_VERBS.contains(&cx.token_lower(v).as_str()) {
            continue;
        }
        let passive = cx.children_by(v, &["aux:pass"]).next().is_some();
        let holders: Vec<usize> = if passive {
            cx.children_by(v, &["nsubj:pass"]).collect()
        } else {
            cx.children_by(v, &["obj"]).collect()
        };
        let people: Vec<usize> = holders
            .into_iter()
            .filter_map(|h| cx.token_mention(h))
            .filter(|&m| cx.mention_kind(m) == EntityKind::Person)
            .collect();
        if people.len() != 1 {
            continue;
        }
        let office = cx.children_by(v, &["obl", "xcomp"]).find(|&o| {
            cx.case_of(o) == Some("as")
                && cx.token_mention(o).is_none()
                && a.tokens[o].upos == "NOUN"
        });
        let Some(noun) = office else { continue };
        let Some((title, start)) = title_ending_at(cx, titles, noun) else {
            continue;
        };
        let m = &cx.mentions.mentions[people[0]];
        let of = affiliation_under(cx, noun);
        let end = a.tokens[noun].span.end.max(m.span.end);
        out.push(Found {
            person: m.entity,
            title,
            of: of.map(Affiliation::Entity),
            sentence: a.sentence_of_token(v),
            span: m.span.start.min(a.tokens[start].span.start)..end,
            rule: "roles/parse-as",
            confidence: 0.75,
        });
    }
}

/// "A is Peru's ambassador to the United Nations", "A, who is the
/// Peruvian foreign minister,", "A became Peru's foreign minister", "A,
/// who serves as Peru's ambassador,", "A was appointed foreign minister of
/// Peru" (`roles/parse-predicate`): a title noun said of a person by a
/// copula or "serves as" in the present, by "become" or "remain", or as
/// what the person was put in office as, when the country or organisation
/// it belongs to is named under it ("former" kept).
fn copular_titles(cx: &Context, titles: &TitleIndex, out: &mut Vec<Found>) {
    let a = cx.analysis;
    // The person a clause's subject names: the subject itself, or for a
    // relative pronoun the noun its clause hangs on.
    let person_of = |v: usize, subject_rels: &[&str]| {
        cx.children_by(v, subject_rels).find_map(|sub| {
            let relative = matches!(cx.token_lower(sub).as_str(), "who" | "that")
                && a.tokens[v].deprel == "acl:relcl";
            let t = if relative { a.tokens[v].head? } else { sub };
            cx.token_mention(t)
                .filter(|&m| cx.mention_kind(m) == EntityKind::Person)
        })
    };
    for (n, tok) in a.tokens.iter().enumerate() {
        if tok.upos != "NOUN" || cx.token_mention(n).is_some() {
            continue;
        }
        let verb = tok.head.filter(|&h| a.tokens[h].upos == "VERB");
        let verb_word = verb.map_or("", |h| cx.token_lower(h).as_str());
        // (In the present: a biography's "was", "served as" tell of
        // offices held once.)
        let present_cop = cx
            .children_by(n, &["cop"])
            .any(|c| matches!(a.tokens[c].xpos, "VBZ" | "VBP"));
        let holder = if present_cop {
            person_of(n, &["nsubj"])
        } else if tok.deprel == "xcomp"
            && matches!(
                verb_word,
                "became" | "become" | "becomes" | "becoming" | "remains" | "remained" | "remain"
            )
        {
            verb.and_then(|h| person_of(h, &["nsubj"]))
        } else if matches!(tok.deprel, "xcomp" | "obj")
            // (A passive takes no object: "who was appointed foreign
            // minister of Chile", misparsed, names the office.)
            && INSTALL_VERBS.contains(&verb_word)
            && cx.case_of(n).is_none()
            && verb.is_some_and(|h| cx.children_by(h, &["aux:pass"]).next().is_some())
        {
            verb.and_then(|h| person_of(h, &["nsubj:pass"]))
        } else if tok.deprel.starts_with("obl")
            && cx.case_of(n) == Some("as")
            && verb_word == "serves"
        {
            verb.and_then(|h| person_of(h, &["nsubj"]))
        } else {
            None
        };
        let Some(m) = holder else { continue };
        // Negated: "A is not the minister".
        let negated = [Some(n), verb]
            .into_iter()
            .flatten()
            .any(|x| super::participation::verb_negated(cx, x));
        if negated {
            continue;
        }
        let Some((title, start)) = title_ending_at(cx, titles, n) else {
            continue;
        };
        // Only a title with whose it is ("Peru's ambassador", "Director
        // of the X Institute"): "he is the right leader", "a frequent
        // speaker" say what someone is like, not an office.
        // (Nor "a native Spanish speaker": an office is "the" one, or
        // someone's, not "a" one.)
        let indefinite = cx
            .children_by(n, &["det"])
            .any(|d| matches!(cx.token_lower(d).as_str(), "a" | "an"));
        let Some(of) = affiliation_under(cx, n).filter(|_| !indefinite) else {
            continue;
        };
        let former = cx
            .children_by(n, &["amod"])
            .any(|c| matches!(cx.token_lower(c).as_str(), "former" | "ex" | "past"));
        let title = if former {
            format!("former {title}")
        } else {
            title
        };
        let mention = &cx.mentions.mentions[m];
        out.push(Found {
            person: mention.entity,
            title,
            of: Some(Affiliation::Entity(of)),
            sentence: a.sentence_of_token(n),
            span: mention.span.start.min(a.tokens[start].span.start)
                ..mention.span.end.max(tok.span.end),
            rule: "roles/parse-predicate",
            confidence: 0.75,
        });
    }
}

/// "The deal made A president", "the king named B ambassador to Peru"
/// (`roles/made-title`): a verb that puts someone in office, the person
/// right after it, and a title right after the person. Read from the words
/// (the parse often takes the name for a modifier of the title); the
/// affiliation is left to the fills.
fn predicate_titles(cx: &Context, titles: &TitleIndex, out: &mut Vec<Found>) {
    let a = cx.analysis;
    let text = |t: usize| cx.doc.text.get(a.tokens[t].span.clone()).unwrap_or("");
    for v in 0..a.tokens.len() {
        if !matches!(
            cx.token_lower(v).as_str(),
            "made" | "makes" | "named" | "names" | "appointed" | "appoints" | "elected" | "elects"
        ) {
            continue;
        }
        let Some(m) = cx
            .token_mention(v + 1)
            .filter(|&m| cx.mention_kind(m) == EntityKind::Person)
        else {
            continue;
        };
        let mention = &cx.mentions.mentions[m];
        if a.tokens[v + 1].span.start != mention.span.start {
            continue;
        }
        let after = a
            .tokens
            .partition_point(|t| t.span.start < mention.span.end);
        let si = a.sentence_of_token(v);
        let end = a.sentences[si].tokens.end.min(after + 6);
        if after >= end || cx.token_mention(after).is_some() {
            continue;
        }
        let words: Vec<&str> = (after..end).map(text).collect();
        let Some((len, id)) = titles.match_at(&words) else {
            continue;
        };
        // One office for one person: a plural title ("elected Tribal
        // representatives") is a group's.
        let canonical_last = titles.names[id].split_whitespace().last().unwrap_or("");
        if !words[len - 1].eq_ignore_ascii_case(canonical_last) {
            continue;
        }
        let last = after + len - 1;
        out.push(Found {
            person: mention.entity,
            title: titles.names[id].clone(),
            of: None,
            sentence: si,
            span: mention.span.start..a.tokens[last].span.end,
            rule: "roles/made-title",
            confidence: 0.7,
        });
    }
}

/// The longest title of the lexicon that ends at token `noun` (or at the
/// end of its short "of" phrase: "chief of staff") and starts at one of
/// the plain words just before it: (canonical title, first token).
fn title_ending_at(cx: &Context, titles: &TitleIndex, noun: usize) -> Option<(String, usize)> {
    let a = cx.analysis;
    let si = a.sentence_of_token(noun);
    let lo = a.sentences[si].tokens.start.max(noun.saturating_sub(4));
    // ("the president's chief of staff": with the noun's "of" phrase when
    // the whole is a title.)
    let of_end = cx
        .children_by(noun, &["nmod"])
        .filter(|&c| c > noun && cx.case_of(c) == Some("of"))
        .map(|c| cx.subtree_end(c))
        .min()
        .filter(|&e| e <= noun + 4);
    for start in lo..=noun {
        if (start..=noun).any(|t| cx.token_mention(t).is_some()) {
            continue;
        }
        for end in of_end.into_iter().chain([noun]) {
            if (noun..=end).any(|t| cx.token_mention(t).is_some()) {
                continue;
            }
            let words: Vec<&str> = (start..=end)
                .map(|t| cx.doc.text.get(a.tokens[t].span.clone()).unwrap_or(""))
                .collect();
            if let Some((len, id)) = titles.match_at(&words) {
                if len == words.len() {
                    return Some((titles.names[id].clone(), start));
                }
            }
        }
    }
    None
}

/// A country or organisation modifying a title noun: a demonym or name
/// before it ("Chilean", "Norway's") or an `of`/`for` phrase after it.
fn affiliation_under(cx: &Context, noun: usize) -> Option<usize> {
    let kinds = |t: usize| {
        cx.token_mention(t).and_then(|m| {
            let e = cx.mentions.mentions[m].entity;
            matches!(
                cx.mentions.entities[e].kind,
                EntityKind::Country | EntityKind::Organization
            )
            .then_some(e)
        })
    };
    // "Mbuyi's spokesperson, B", "a spokesman for Mbuyi, B": the party
    // of the person the title serves.
    let persons_party = |t: usize| {
        cx.token_mention(t).and_then(|m| {
            let e = cx.mentions.mentions[m].entity;
            (cx.mentions.entities[e].kind == EntityKind::Person)
                .then(|| cx.party_of(e))
                .flatten()
        })
    };
    for c in cx.children_by(noun, &["amod", "compound", "nmod", "nmod:poss"]) {
        let rel = cx.analysis.tokens[c].deprel;
        if rel == "nmod" && !matches!(cx.case_of(c), Some("of" | "for")) {
            continue;
        }
        if let Some(e) = kinds(c) {
            return Some(e);
        }
        if matches!(rel, "nmod" | "nmod:poss") {
            if let Some(e) = persons_party(c) {
                return Some(e);
            }
        }
        // "a spokesman for the Ethiopian foreign ministry": the country
        // that owns the body the title serves.
        if rel == "nmod" && cx.token_mention(c).is_none() {
            let owner = cx
                .children_by(c, &["amod", "compound", "nmod:poss"])
                .filter_map(kinds)
                .find(|&e| cx.mentions.entities[e].kind == EntityKind::Country);
            if owner.is_some() {
                return owner;
            }
        }
    }
    None
}

/// The members a country's delegation is said to include are its
/// officials ("The Chilean delegation included Foreign Minister A and
/// Trade Minister B", "Chile's delegation comprised A and B"): each person
/// named after the verb whose subject in the parse is the delegation,
/// with the delegation's country as a modifier or possessor.
fn fill_from_delegation(cx: &Context, found: &mut [Found]) {
    let a = cx.analysis;
    for f in found.iter_mut().filter(|f| f.of.is_none()) {
        let Some(sentence) = a.sentences.get(f.sentence) else {
            continue;
        };
        let country = sentence.tokens.clone().find_map(|v| {
            if a.tokens[v].span.end > f.span.start {
                return None;
            }
            let (delegations, _) = super::participation::delegation_listing(cx, v)?;
            delegations
                .into_iter()
                .flat_map(|s| cx.children_by(s, &["amod", "nmod:poss", "compound"]))
                .filter_map(|c| cx.token_mention(c))
                .map(|m| cx.mentions.mentions[m].entity)
                .find(|&e| cx.mentions.entities[e].kind == EntityKind::Country)
        });
        if let Some(e) = country {
            f.of = Some(Affiliation::Entity(e));
            f.rule = "roles/delegation-member";
            f.confidence = 0.7;
        }
    }
}

/// Whether country mention `m` is what a group of people is of or from
/// ("the leaders of Russia and Ukraine", "envoys from X"): those people's
/// country, not a title's beside them.
fn of_a_group(cx: &Context, m: &crate::mentions::Mention) -> bool {
    let a = cx.analysis;
    let Some(mut t) = cx.span_head(&m.span) else {
        return false;
    };
    while a.tokens[t].deprel == "conj" {
        match a.tokens[t].head {
            Some(h) => t = h,
            None => return false,
        }
    }
    a.tokens[t].deprel == "nmod"
        && cx.case_of(t).is_some_and(|c| matches!(c, "of" | "from"))
        && a.tokens[t].head.is_some_and(|h| {
            let w = cx.token_lower(h);
            let people = super::coref::group_noun(w) == Some(false)
                || w.strip_suffix('s').is_some_and(|one| cx.title_word(one));
            a.tokens[h].xpos == "NNS" && cx.token_mention(h).is_none() && people
        })
}

/// Whether mention `m` is, or modifies, the subject of its sentence's
/// main verb ("The Egyptian cabinet said", "Peru's government and Chile
/// agreed").
fn in_main_subject(cx: &Context, m: &crate::mentions::Mention) -> bool {
    let a = cx.analysis;
    let Some(mut t) = cx.span_head(&m.span) else {
        return false;
    };
    for _ in 0..4 {
        match (a.tokens[t].deprel, a.tokens[t].head) {
            ("nsubj" | "nsubj:pass", Some(h)) => return a.tokens[h].deprel == "root",
            ("amod" | "compound" | "nmod:poss" | "flat" | "conj", Some(h)) => t = h,
            _ => return false,
        }
    }
    false
}

/// Whether the main verb of sentence `si` has "it" or "they" for subject.
fn pronoun_subject(cx: &Context, si: usize) -> bool {
    let a = cx.analysis;
    let Some(s) = a.sentences.get(si) else {
        return false;
    };
    s.tokens.clone().any(|t| {
        a.tokens[t].deprel.starts_with("nsubj")
            && a.tokens[t]
                .head
                .is_some_and(|h| a.tokens[h].deprel == "root")
            && matches!(cx.token_lower(t).as_str(), "it" | "they")
    })
}

/// Whether the country of mention `m` stands in a "with" phrase ("met
/// with Chilean officials", "talks with Chile") that does not hold the
/// person at `person`: the side they met, not theirs. (Not "between X and
/// Y": "the partnership between the United States and the UAE" holds the
/// UAE president's own country.)
fn other_side(cx: &Context, m: &crate::mentions::Mention, person: &Range<usize>) -> bool {
    let a = cx.analysis;
    let Some(mut t) = cx.span_head(&m.span) else {
        return false;
    };
    for _ in 0..3 {
        if cx.case_of(t) == Some("with") {
            break;
        }
        // "A received the Icelandic president": the object of a meeting
        // or reception whose subject is the person.
        // "ordered minister A to summon the Israeli ambassador": any
        // official the person acts on is of another side.
        // ("hosted envoys from Thailand" with "from Thailand" hung on the
        // verb.)
        let guests_from = a.tokens[t].deprel == "obl" && cx.case_of(t) == Some("from");
        if a.tokens[t].deprel == "obj" || guests_from {
            return a.tokens[t].head.is_some_and(|v| {
                let w = cx.token_lower(v);
                let official = cx.token_mention(t).is_none() && cx.title_word(cx.token_lower(t));
                (official
                    || cx.lexicon.is_verb(crate::lexicon::VerbClass::Meeting, w)
                    || cx.lexicon.is_verb(crate::lexicon::VerbClass::Hosting, w)
                    || matches!(w.as_str(), "welcomed" | "welcomes"))
                    && cx.span_head(person).is_some_and(|p| {
                        let subject =
                            a.tokens[p].head == Some(v) && a.tokens[p].deprel.starts_with("nsubj");
                        // (The one told "to" do it: "ordered A to summon".)
                        let controller = a.tokens[v].deprel == "xcomp"
                            && a.tokens[p].head == a.tokens[v].head
                            && a.tokens[p].deprel == "obj";
                        subject || controller
                    })
            });
        }
        match (a.tokens[t].deprel, a.tokens[t].head) {
            ("amod" | "compound" | "nmod:poss" | "flat" | "conj", Some(h)) => t = h,
            // "hosted envoys from Thailand": the guests' country.
            ("nmod", Some(h)) if cx.case_of(t) == Some("from") => t = h,
            _ => return false,
        }
    }
    if cx.case_of(t) != Some("with") {
        return false;
    }
    // The person inside the same phrase ("with Chilean Foreign Minister A").
    let Some(mut p) = cx.span_head(person) else {
        return true;
    };
    for _ in 0..6 {
        if p == t {
            return false;
        }
        match a.tokens[p].head {
            Some(h) => p = h,
            None => break,
        }
    }
    true
}

/// Whether mention `m` is where `person` travels to ("A arrived in Lima",
/// "A will fly to Peru", "A visited Chile") or is sent to ("the
/// ambassador to Chile"): the traveller's host, not their country (though
/// it may be the country of those they meet there).
fn destination(cx: &Context, m: &crate::mentions::Mention, person: usize) -> bool {
    let a = cx.analysis;
    let Some(t) = cx.span_head(&m.span) else {
        return false;
    };
    let Some(v) = a.tokens[t].head else {
        return false;
    };
    // "the ambassador to Chile", "the envoy to Sudan", "a visit to
    // Peru": a country a noun is "to" is where someone is sent or goes.
    // (Not a country that opens a longer name: "clerk to United States
    // District Judge A".)
    let opens_name = a.tokens.get(t + 1).is_some_and(|n| n.upos == "PROPN");
    if a.tokens[v].upos == "NOUN" && cx.case_of(t) == Some("to") && !opens_name {
        return true;
    }
    let verb = cx.token_lower(v);
    let travels = matches!(
        verb.as_str(),
        "arrived"
            | "arrive"
            | "arrives"
            | "arriving"
            | "flew"
            | "fly"
            | "flies"
            | "flying"
            | "travelled"
            | "traveled"
            | "travel"
            | "travels"
            | "traveling"
            | "travelling"
            | "landed"
            | "land"
            | "lands"
            | "went"
            | "go"
            | "goes"
            | "going"
            | "came"
            | "come"
            | "comes"
            | "coming"
            | "headed"
    ) && matches!(cx.case_of(t), Some("in" | "to" | "at"));
    let visits = matches!(verb.as_str(), "visited" | "visit" | "visits" | "visiting")
        && a.tokens[t].deprel == "obj";
    if !(travels || visits) {
        return false;
    }
    // (Or inside the subject's phrase: "The delegation, led by A, arrived
    // in K".)
    let subjects: Vec<usize> = cx.children_by(v, &["nsubj"]).collect();
    let inside = |h: usize| {
        let mut k = h;
        for _ in 0..5 {
            if subjects.contains(&k) {
                return true;
            }
            match a.tokens[k].head {
                Some(up) if up != v => k = up,
                _ => return false,
            }
        }
        false
    };
    // (Or the verb hung on the person's apposition: "A, the deputy
    // minister, went to K" misread.)
    let on_apposition = |h: usize| {
        a.tokens[v].deprel == "acl"
            && a.tokens[v].head.is_some_and(|n| {
                n == h || (a.tokens[n].deprel == "appos" && a.tokens[n].head == Some(h))
            })
    };
    cx.subject_agents(v)
        .iter()
        .any(|&s| cx.mentions.mentions[s].entity == person)
        || cx.mentions.in_sentence(m.sentence).iter().any(|pm| {
            pm.entity == person
                && cx
                    .span_head(&pm.span)
                    .is_some_and(|h| inside(h) || on_apposition(h))
        })
}

/// Whether mention `m` names who mediates or hosts ("under the auspices
/// of Saudi Arabia and the United States", "talks mediated by Qatar") or
/// the venue's country ("in the Saudi city of Jeddah"): a third party,
/// not the country of the sides' officials named nearby.
fn mediating(cx: &Context, m: &crate::mentions::Mention) -> bool {
    let a = cx.analysis;
    let tr = cx.triggers();
    let Some(mut t) = cx.span_head(&m.span) else {
        return false;
    };
    for _ in 0..3 {
        if a.tokens[t].deprel == "obl:agent" {
            return a.tokens[t].head.is_some_and(|v| {
                let w = cx.token_lower(v);
                cx.lexicon.is_verb(crate::lexicon::VerbClass::Mediation, w)
                    || cx.lexicon.is_verb(crate::lexicon::VerbClass::Hosting, w)
            });
        }
        match (a.tokens[t].deprel, a.tokens[t].head) {
            ("conj", Some(h)) => t = h,
            ("nmod", Some(h)) if cx.case_of(t) == Some("of") => {
                return tr.mediation.contains(cx.token_lower(h));
            }
            // "in the Saudi city of Jeddah": the venue's country.
            ("amod" | "compound", Some(h)) => {
                return super::PLACE_NOUNS.contains(&cx.token_lower(h).as_str());
            }
            _ => return false,
        }
    }
    false
}

/// The nearest country named in the person's sentence (else the one
/// before), when no other person mentioned in either sentence (by name,
/// surname or a title standing for them) holds a title of it:
/// news names an official's country where it talks about the official.
fn fill_from_nearby_country(cx: &Context, found: &mut [Found]) {
    let mut claimed: std::collections::HashSet<(usize, usize)> = found
        .iter()
        .filter_map(|f| match f.of {
            Some(Affiliation::Entity(e)) => Some((f.sentence, e)),
            _ => None,
        })
        .collect();
    // A person's country is claimed wherever the person is mentioned (a
    // surname, "her talks with B"), not only where their title is: B is
    // not guessed to be of A's country.
    let mut held: std::collections::HashMap<usize, Vec<usize>> = Default::default();
    for f in found.iter() {
        if let Some(Affiliation::Entity(e)) = f.of {
            held.entry(f.person).or_default().push(e);
        }
    }
    for m in &cx.mentions.mentions {
        for &e in held.get(&m.entity).into_iter().flatten() {
            claimed.insert((m.sentence, e));
        }
        // "her Peruvian counterpart, B": Peru is B's, not hers.
        if let Some(e) = cx.party_of(m.entity) {
            claimed.insert((m.sentence, e));
        }
    }
    // (A former office's country is not guessed: "A, a former ambassador
    // to Ethiopia," served who knows whom.)
    for f in found
        .iter_mut()
        .filter(|f| f.of.is_none() && !super::former_named(&f.title))
    {
        let mut pick = None;
        // "A, the country's top diplomat, met B in Lima": the country
        // meant was named before; a capital after it is somewhere else.
        let named_before = generic_owner(cx, &f.span);
        // The sentence before may open the paragraph: an official named at
        // a paragraph start often belongs to the country the previous
        // paragraph ended on, though less surely.
        let opens = cx
            .analysis
            .sentences
            .get(f.sentence)
            .is_none_or(|s| s.paragraph_start);
        let previous = f.sentence.checked_sub(1);
        let before_penalty = if opens { 0.2 } else { 0.1 };
        for (si, penalty) in [(Some(f.sentence), 0.0), (previous, before_penalty)] {
            let Some(si) = si else { continue };
            let countries = cx
                .mentions
                .in_sentence(si)
                .iter()
                .filter(|m| cx.mentions.entities[m.entity].kind == EntityKind::Country)
                // "Special Envoy for South Sudan A": the domain of someone's
                // title says nothing of whose official anyone is.
                .filter(|m| !cx.in_title_span(&m.span))
                // A country named inside a quotation is what someone talks about.
                .filter(|m| {
                    !cx.analysis
                        .quotation_at(m.span.start)
                        .is_some_and(|q| q.outer.contains(&m.span.start))
                })
                .filter(|m| {
                    !claimed.contains(&(f.sentence, m.entity)) && !claimed.contains(&(si, m.entity))
                })
                .filter(|m| !other_side(cx, m, &f.span))
                .filter(|m| !of_a_group(cx, m))
                .filter(|m| !destination(cx, m, f.person))
                .filter(|m| !mediating(cx, m))
                .filter(|m| !named_before || m.span.start < f.span.start);
            // When the person's sentence goes on about "they" or "it", the
            // country the sentence before is about ("The Egyptian cabinet
            // blamed Israel. They ordered minister A to …") before the one
            // nearest the person.
            let carried = si != f.sentence && pronoun_subject(cx, f.sentence);
            let nearest = countries.min_by_key(|m| {
                let aside = carried && !in_main_subject(cx, m);
                (aside, m.span.start.abs_diff(f.span.start))
            });
            if let Some(m) = nearest {
                pick = Some((m.entity, penalty));
                break;
            }
        }
        if let Some((e, penalty)) = pick {
            claimed.insert((f.sentence, e));
            f.of = Some(Affiliation::Entity(e));
            f.rule = "roles/nearby-country";
            f.confidence = 0.5 - penalty;
        }
    }
}

/// A publisher domain, the government it speaks for, and that government's
/// offices (empty: any title).
struct Publisher {
    domain: String,
    country: String,
    offices: Vec<String>,
}

/// Publisher domains and the government they speak for.
fn publishers() -> &'static [Publisher] {
    static P: OnceLock<Vec<Publisher>> = OnceLock::new();
    P.get_or_init(|| {
        PUBLISHERS
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .skip(1)
            .filter_map(|l| {
                let mut cols = l.split('\t').map(str::trim);
                let domain = cols.next()?.to_lowercase();
                let country = cols.next()?.to_string();
                let offices = cols
                    .next()
                    .unwrap_or("")
                    .split('|')
                    .map(|o| o.trim().to_lowercase())
                    .filter(|o| !o.is_empty())
                    .collect();
                (!domain.is_empty() && !country.is_empty()).then_some(Publisher {
                    domain,
                    country,
                    offices,
                })
            })
            .collect()
    })
}

/// Whether the publisher's government has an office called `title`.
/// A qualifier before an office ("Deputy Secretary", "Acting Director") is
/// that office's: "Deputy Speaker of Parliament" is no office of a
/// government that has deputies but no parliament.
fn has_office(p: &Publisher, title: &str) -> bool {
    let mut t = title.to_lowercase();
    while let Some(rest) = ["deputy ", "acting ", "senior ", "principal "]
        .iter()
        .find_map(|q| t.strip_prefix(q))
    {
        t = rest.to_string();
    }
    p.offices.is_empty()
        || p.offices
            .iter()
            .any(|o| t == *o || t.starts_with(&format!("{o} ")) || t.ends_with(&format!(" {o}")))
}

/// The country whose government published a document, from its source.
#[cfg(test)]
fn publisher_country<'l>(
    source: &str,
    lex: &'l crate::lexicon::Lexicon,
) -> Option<&'l crate::lexicon::Country> {
    publisher(source).and_then(|p| lex.country(&p.country))
}

/// The publisher a document's source names.
fn publisher(source: &str) -> Option<&'static Publisher> {
    let source = source.to_lowercase();
    publishers().iter().find(|p| {
        let domain = &p.domain;
        let hit = source.match_indices(domain.as_str()).any(|(at, _)| {
            let before = source[..at].chars().next_back();
            let after = source[at + domain.len()..].chars().next();
            before.is_none_or(|c| matches!(c, '.' | '/' | ' ' | '@' | '"' | ':' | '('))
                && after.is_none_or(|c| !c.is_alphanumeric() && c != '.' && c != '-')
        });
        hit
    })
}

/// Officials of a government's own statement belong to that government,
/// unless the article ties them to another country.
fn fill_from_publisher(cx: &Context, found: &mut [Found]) {
    let Some(publ) = cx.doc.source.as_deref().and_then(publisher) else {
        return;
    };
    let Some(country) = cx.lexicon.country(&publ.country) else {
        return;
    };
    let arg = affiliation(cx, &country.name, EntityKind::Country, &country.wikidata);
    // People known to belong elsewhere by any of their titles.
    let elsewhere: HashSet<usize> = found
        .iter()
        .filter(|f| f.of.as_ref().is_some_and(|o| *o != arg))
        .map(|f| f.person)
        .collect();
    // A head of state or government the leaders lexicon does not list is
    // not the publisher's own ("President Yoon" in a White House readout):
    // the publisher's own heads are listed there and found by `roles/leader`.
    let heads = &cx.triggers().head_titles;
    for f in found.iter_mut() {
        if heads.contains(&f.title.to_lowercase()) {
            continue;
        }
        if f.of.is_none() && !elsewhere.contains(&f.person) && has_office(publ, &f.title) {
            f.of = Some(arg.clone());
            f.rule = "roles/publisher";
            f.confidence = 0.6;
        }
    }
}

/// Folded title words, for containment.
fn words(title: &str) -> Vec<String> {
    title.split_whitespace().map(str::to_lowercase).collect()
}

fn contains_words(long: &[String], short: &[String]) -> bool {
    short.len() < long.len() && long.windows(short.len()).any(|w| w == short)
}

/// One fact per (person, title, affiliation); shorter titles contained in a
/// longer one of the same person, and affiliation-less duplicates of a
/// title known with an affiliation, are dropped.
fn most_specific(found: Vec<Found>, text: &str) -> Vec<Found> {
    let groups = by_person(&found);
    let mut keep_idx: Vec<usize> = Vec::new();
    for group in groups.values() {
        let mut kept: Vec<usize> = Vec::new();
        for &i in group {
            let f = &found[i];
            let fw = words(&f.title);
            let shadowed = group.iter().map(|&j| &found[j]).any(|g| {
                contains_words(&words(&g.title), &fw)
                    && (g.of == f.of || f.of.is_none() || g.of.is_none())
                    || (same_title(&g.title, &f.title) && f.of.is_none() && g.of.is_some())
                    // ("Deputy Speaker of Parliament A": "Speaker of
                    // Parliament" read inside the longer title is part of it.)
                    // (Two titles in a row, "Trade Representative
                    // Ambassador A", share no word and stay.)
                    // (Not two titles joined by "and": "Deputy Prime
                    // Minister and Foreign Minister A".)
                    || (g.sentence == f.sentence
                        && g.span.start < f.span.start
                        && f.span.end <= g.span.end
                        && words(&g.title).iter().any(|w| fw.contains(w))
                        && !text
                            .get(g.span.start..f.span.start)
                            .is_some_and(|t| t.contains(" and ")))
            });
            if shadowed {
                continue;
            }
            let dup = kept
                .iter()
                .any(|&k| same_title(&found[k].title, &f.title) && found[k].of == f.of);
            if !dup {
                kept.push(i);
            }
        }
        // A guess from a nearby country is no more than a guess: none
        // where the title has an affiliation read otherwise; where more
        // than two guesses differ, only the first.
        let guess = |i: usize| found[i].rule == "roles/nearby-country";
        let guesses = |i: usize| {
            kept.iter()
                .filter(|&&j| guess(j) && same_title(&found[j].title, &found[i].title))
                .count()
        };
        let kept: Vec<usize> = kept
            .iter()
            .copied()
            .filter(|&i| {
                !guess(i)
                    || !kept.iter().any(|&j| {
                        j != i
                            && same_title(&found[j].title, &found[i].title)
                            && found[j].of.is_some()
                            && (!guess(j) || (j < i && guesses(i) > 2))
                    })
            })
            .collect();
        keep_idx.extend(kept);
    }
    // Back in the order they were found.
    keep_idx.sort_unstable();
    keep_idx.into_iter().map(|i| found[i].clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use super::*;
    use crate::extract_document;
    use crate::lexicon::Lexicon;
    use crate::Document;

    /// Titled people listed together share the one country the words
    /// give; not a head beside one other person, not a title a member of
    /// known country holds too, not across two countries.
    #[test]
    fn a_list_of_officials_shares_its_country() {
        super::super::testing::check_exact(
            Relation::Role,
            &[
                (
                    "The envoy expressed appreciation to President Tomas Ruud of Peru, Speaker of Parliament Nabil Harri, and Prime Minister Karim Saade for their work.",
                    &[
                        "Tomas Ruud\tPresident\tPeru",
                        "Nabil Harri\tSpeaker of Parliament\tPeru",
                        "Karim Saade\tPrime Minister\tPeru",
                    ],
                ),
                // (The member who gives the country may come last.)
                (
                    "Ana Vexler met with Foreign Minister Tomas Ruud and Chief of Cabinet Karim Saade of Argentina.",
                    &[
                        "Tomas Ruud\tForeign Minister\tArgentina",
                        "Karim Saade\tChief of Cabinet\tArgentina",
                    ],
                ),
                (
                    "President Tomas Ruud of Peru and Prime Minister Karim Saade met in Lima.",
                    &[
                        "Tomas Ruud\tPresident\tPeru",
                        "Karim Saade\tPrime Minister",
                    ],
                ),
                (
                    "Foreign Minister Tomas Ruud of Peru and Foreign Minister Karim Saade met in Lima.",
                    &[
                        "Tomas Ruud\tForeign Minister\tPeru",
                        "Karim Saade\tForeign Minister",
                    ],
                ),
                (
                    "The envoy thanked President Tomas Ruud of Peru, Defence Minister Ana Vexler of Chile, and Trade Minister Karim Saade.",
                    &[
                        "Tomas Ruud\tPresident\tPeru",
                        "Ana Vexler\tDefence Minister\tChile",
                        "Karim Saade\tTrade Minister",
                    ],
                ),
            ],
        );
    }

    #[test]
    fn titles_next_to_names() {
        check(
            Relation::Role,
            &[
                (
                    "Chilean Foreign Minister Ana Ruiz arrived in Lima.",
                    &["Ana Ruiz\tForeign Minister\tChile"],
                ),
                (
                    "Ana Ruiz, the Foreign Minister of Chile, arrived in Lima.",
                    &["Ana Ruiz\tForeign Minister\tChile"],
                ),
                (
                    "Peru's President Jorge Salas met the press.",
                    &["Jorge Salas\tPresident\tPeru"],
                ),
                // A head's title right before the name is the name's; the
                // title with "for" before it is someone else's.
                (
                    "Ana Vexler met with Tomas Ruud, Chief of Staff for European Commission President Karim Saade.",
                    &["Karim Saade\tPresident\tEuropean Commission"],
                ),
                (
                    "Ana Vexler was joined by National Security Advisor for the Vice President Tomas Ruud.",
                    &["Tomas Ruud\tNational Security Advisor"],
                ),
                // The Pope is the Holy See's, wherever he is named.
                (
                    "President Ana Vexler will meet Pope Tomas and President Karim Saade of Italy in Rome.",
                    &["Tomas\tPope\tVatican City", "Karim Saade\tPresident\tItaly"],
                ),
                // A counterpart named with no comma after the word.
                (
                    "Kenyan President Ana Mwangi met his Ugandan counterpart Tomas Okello in Nairobi.",
                    &["Tomas Okello\tPresident\tUganda"],
                ),
            ],
        );
        super::super::testing::check_exact(
            Relation::Role,
            &[
                (
                    "South Africa's former deputy president Lindiwe Dube attended the talks.",
                    &["Lindiwe Dube\tformer Deputy President\tSouth Africa"],
                ),
                // A former title says so.
                (
                    "Former Chilean President Ana Ruiz mediated the talks.",
                    &["Ana Ruiz\tformer President\tChile"],
                ),
                // ... in apposition too.
                (
                    "Ana Ruiz, Chile's former president, attended as an observer.",
                    &["Ana Ruiz\tformer President\tChile"],
                ),
                (
                    "Ana Ruiz, the former president of Chile, attended as an observer.",
                    &["Ana Ruiz\tformer President\tChile"],
                ),
                (
                    "Ana Ruiz, a former Chilean foreign minister, attended as an observer.",
                    &["Ana Ruiz\tformer Foreign Minister\tChile"],
                ),
                // A former office of no one the text says is left out,
                // and a country nearby is not guessed for it.
                (
                    "Peru sent Ana Ruiz, a former ambassador to Ethiopia.",
                    &[],
                ),
                // Where an envoy is sent is no affiliation; who sends them is.
                (
                    "U.S. Ambassador to Japan Ana Ruiz attended the talks.",
                    &["Ana Ruiz\tAmbassador\tUnited States"],
                ),
                (
                    "Chinese Ambassador to Malaysia Zhou Minghua attended the talks.",
                    &["Zhou Minghua\tAmbassador\tChina"],
                ),
                (
                    "The Prime Minister returned to Washington Tuesday night.",
                    &[],
                ),
                // Where the titled person travels is not their country.
                (
                    "President Ana Ruiz arrived in Lima on Monday, where she held talks with the press.",
                    &["Ana Ruiz\tPresident"],
                ),
                (
                    "Foreign Minister Ana Ruiz will fly to Peru next week to help end the standoff.",
                    &["Ana Ruiz\tForeign Minister"],
                ),
                // A title with its "of" phrase, in apposition.
                (
                    "The president's chief of staff, Ana Ruiz, attended the talks.",
                    &["Ana Ruiz\tChief of Staff"],
                ),
                (
                    "Chile's Secretary of State, Ana Ruiz, attended the talks.",
                    &["Ana Ruiz\tSecretary of State\tChile"],
                ),
                // ... nor where a title sends them, or a visit takes them.
                (
                    "The ambassador to Chile, Erik Olsen, attended the talks.",
                    &["Erik Olsen\tAmbassador"],
                ),
                (
                    "Prime Minister Ana Ruiz praised the recent visit to Chile.",
                    &["Ana Ruiz\tPrime Minister"],
                ),
                // (A country that opens a longer name is no place.)
                (
                    "He served as law clerk to United States District Judge Ana Ruiz.",
                    &["Ana Ruiz\tJudge\tUnited States"],
                ),
                // A title word that is an adjective of the noun after it.
                (
                    "The leaders met at Casa Verde, the official residence of the Chilean president.",
                    &[],
                ),
                (
                    "They had lunch at the Quinta do Lago, the President's country residence.",
                    &[],
                ),
                (
                    "Ana Ruiz, Representative of Chile to the United Nations, will lead the delegation.",
                    &["Ana Ruiz\tRepresentative\tChile"],
                ),
            ],
        );
        // Two titles joined by "and", and a courtesy title before the name.
        super::super::testing::check_exact(
            Relation::Role,
            &[
                (
                    "Bahrain's Prime Minister and Minister of Foreign Affairs, Sheikh Khalid bin Hamad Al Nour, will travel to Lima.",
                    &[
                        "Khalid bin Hamad Al Nour\tPrime Minister\tBahrain",
                        "Khalid bin Hamad Al Nour\tMinister of Foreign Affairs\tBahrain",
                    ],
                ),
                (
                    "Peru's Prime Minister, Dr. Jorge Salas, will travel to Lima.",
                    &["Jorge Salas\tPrime Minister\tPeru"],
                ),
                // Where the envoy is sent may stand between.
                (
                    "Chile's ambassador to Peru, Luis Vega, said the talks went well.",
                    &["Luis Vega\tAmbassador\tChile"],
                ),
                // The office's field, and a word of time, before a title.
                (
                    "Chile's Fisheries Minister Luis Vega said the talks were \"useful\".",
                    &["Luis Vega\tFisheries Minister\tChile"],
                ),
                (
                    "Chile's new mining minister, Luis Vega, said the talks were \"useful\".",
                    &["Luis Vega\tMining Minister\tChile"],
                ),
                // Hyphenated and European titles.
                (
                    "Ana Ruiz met with Tomas Berg, Permanent Under-Secretary of State.",
                    &["Tomas Berg\tPermanent Under-Secretary"],
                ),
                (
                    "German State Secretary Tomas Berg met Ana Ruiz in Lima.",
                    &["Tomas Berg\tState Secretary\tGermany"],
                ),
                // The talks the title is for may stand between.
                (
                    "Chile's envoy to the talks, Ana Ruiz, said both sides were committed.",
                    &["Ana Ruiz\tEnvoy\tChile"],
                ),
                // Guesses of a country from the places around differ: the
                // first stands for them all.
                (
                    "Prime Minister Tomas Berg spoke in Lima, Peru. Prime Minister Berg later spoke in Quito, Ecuador. Prime Minister Berg then spoke in Bogota, Colombia.",
                    &["Tomas Berg\tPrime Minister\tPeru"],
                ),
                // "top" modifies a title as "chief" does.
                (
                    "Iran's top negotiator, Ali Rahimi, told reporters the talks had been constructive.",
                    &["Ali Rahimi\tNegotiator\tIran"],
                ),
            ],
        );
    }

    /// Long titles before a name: an office and its organisation ("of the
    /// Popular Renewal Party"), whose adviser ("to the President"), and a
    /// list of such titled people, where each title stays with its name.
    #[test]
    fn long_titles_before_names() {
        super::super::testing::check_exact(
            Relation::Role,
            &[
                // A title named at once holds no later name of a list.
                (
                    "He also conveyed condolences for the deaths of Italian Ambassador Luca Moretti, Carabinieri Marco Ferri, and their Congolese driver Ali Bakr, in the Democratic Republic of the Congo on February 22.",
                    &["Luca Moretti\tAmbassador\tItaly"],
                ),
                // Where the delegation someone leads arrives is not their
                // country.
                (
                    "The delegation, led by Deputy Foreign Minister Karim Saade, arrived in Cairo for talks with Egyptian officials.",
                    &["Karim Saade\tDeputy Foreign Minister"],
                ),
                (
                    "Karim Saade, the deputy foreign minister, went to Quito.",
                    &["Karim Saade\tDeputy Foreign Minister"],
                ),
                (
                    "Deputy Foreign Minister Karim Saade came to Lima on Monday for talks.",
                    &["Karim Saade\tDeputy Foreign Minister"],
                ),
                // Two titles in apposition share the country after them.
                (
                    "Ana Ruiz spoke by phone with Karim Saade, Deputy Prime Minister and Foreign Minister of Qatar.",
                    &[
                        "Karim Saade\tDeputy Prime Minister\tQatar",
                        "Karim Saade\tForeign Minister\tQatar",
                    ],
                ),
                // A body's title before the name.
                (
                    "EU foreign policy chief Jonas Berg chaired the meeting in Brussels.",
                    &["Jonas Berg\tForeign Policy Chief\tEuropean Union"],
                ),
                (
                    "Ana Ruiz met with President Paolo Ferri, Minister for Regional Affairs Tomas Lindqvist, and Chairman of the Popular Renewal Party Oskar Brandt.",
                    &[
                        "Paolo Ferri\tPresident",
                        "Tomas Lindqvist\tMinister",
                        "Oskar Brandt\tChairman",
                    ],
                ),
                // The word that ends an organisation's name ends the
                // title's domain: the plain words after it are the name.
                (
                    "Ana Ruiz met with Director of the Office of the Andean Trade Commission Tan Wei in Lima.",
                    &["Tan Wei\tDirector\tPeru"],
                ),
                (
                    "Deputy National Security Advisor to the Vice President Dr. Maria Okafor met today with Foreign Minister Jan Kowalski of Poland.",
                    &[
                        "Maria Okafor\tDeputy National Security Advisor",
                        "Jan Kowalski\tForeign Minister\tPoland",
                    ],
                ),
                (
                    "Ana Ruiz met with Secretary General of the Executive Committee of the Andean Council Luis Herrera and Prime Minister of the Palestinian Authority Karim Haddad.",
                    &[
                        "Luis Herrera\tSecretary General",
                        "Karim Haddad\tPrime Minister\tPalestinian Authority",
                    ],
                ),
                (
                    "President of the Arab Republic of Egypt Abdel Fattah el-Sisi met Ana Ruiz.",
                    &["Abdel Fattah el-Sisi\tPresident\tEgypt"],
                ),
                (
                    "Ana Ruiz met with Secretary of State for Defence Grant Shapps of the United Kingdom today.",
                    &["Grant Shapps\tSecretary of State\tUnited Kingdom"],
                ),
                (
                    "He met with Chief of Staff Laura Sarabia, Minister of Justice and Law Nestor Ivan Osuna, and Deputy Finance Minister Gonzalo Ruiz.",
                    &[
                        "Laura Sarabia\tChief of Staff",
                        "Nestor Ivan Osuna\tMinister of Justice",
                        "Gonzalo Ruiz\tFinance Minister",
                    ],
                ),
                (
                    "The Honorable Bruce Reed, Assistant to the President, met with Ana Ruiz.",
                    &["Bruce Reed\tAssistant to the President"],
                ),
                // A title's field between a modifier and its head is no
                // name: "Chief Operating Officer", "Chief Foreign Policy
                // Advisor".
                (
                    "Ana Ruiz met Tomas Berg, Chief Foreign Policy Advisor, and Lena Holm, Chief National Security Advisor, to the Prime Minister of Sweden.",
                    &[
                        "Tomas Berg\tAdvisor\tSweden",
                        "Lena Holm\tNational Security Advisor",
                    ],
                ),
                (
                    "The firm named Marta Olsen its Chief Operating Officer and Chief Financial Officer.",
                    &[],
                ),
                (
                    "She served as the Deputy Director of the U.S. Consulate General in Casablanca.",
                    &[],
                ),
                // A capitalised title in apposition before the name.
                (
                    "The EU High Representative, Anna Lind, will host a meeting in Brussels.",
                    &["Anna Lind\tHigh Representative\tEuropean Union"],
                ),
                // A domain the lexicon does not know before a title.
                (
                    "Homeland Security Advisor Maria Okafor and Senior Advisor to the President Julie Moreau met with Ana Ruiz.",
                    &[
                        "Maria Okafor\tAdvisor",
                        "Julie Moreau\tSenior Advisor",
                    ],
                ),
                // The words after a whose-adviser title name no one.
                (
                    "Skelly served as Special Assistant to the Under Secretary of Defense for Acquisition.",
                    &[],
                ),
            ],
        );
        // The country of the side someone met ("with Chilean officials") is
        // not theirs.
        super::super::testing::check_exact(
            Relation::Role,
            &[(
                "Senior Advisor Daniel Moreau met with Chilean officials on Monday.",
                &["Daniel Moreau\tSenior Advisor"],
            )],
        );
    }

    #[test]
    fn titles_in_apposition_before_the_name() {
        check(
            Relation::Role,
            &[
                (
                    "The Bolivian representative, Mr Tomas Quispe, said the outcome was poor.",
                    &["Tomas Quispe\tRepresentative\tBolivia"],
                ),
                (
                    "The Kenyan ambassador, Grace Wanjiru, said the talks would resume.",
                    &["Grace Wanjiru\tAmbassador\tKenya"],
                ),
                (
                    // The parse hangs the name on "ministry".
                    "A spokesman for the Chilean foreign ministry, Pablo Soto, said the meeting went well.",
                    &["Pablo Soto\tSpokesman\tChile"],
                ),
                (
                    // The country is the ministry's, even when another
                    // official of it is named first.
                    "Chilean Prime Minister Ana Ruiz will travel to Geneva next week, a spokesman for the Chilean foreign ministry, Pablo Soto, said.",
                    &["Pablo Soto\tSpokesman\tChile"],
                ),
                (
                    // The parse had made the body a compound of the name.
                    "A spokeswoman for the European Commission, Lena Vogt, said the EU would respond.",
                    &["Lena Vogt\tSpokeswoman\tEuropean Commission"],
                ),
            ],
        );
    }

    /// The office an adviser serves is not the adviser's title, unless a
    /// comma sets the name off after it.
    #[test]
    fn the_office_served_is_no_title_of_the_name_after_it() {
        super::super::testing::check_exact(
            Relation::Role,
            &[
                (
                    "National Security Advisor to the Vice President Pedro Soto met President Luis Vega.",
                    &["Pedro Soto\tNational Security Advisor", "Luis Vega\tPresident"],
                ),
                (
                    "Ana Ruiz was Special Assistant to the Secretary of Defense, Pedro Soto, who met President Luis Vega.",
                    &["Pedro Soto\tSecretary of Defense", "Luis Vega\tPresident"],
                ),
            ],
        );
    }

    /// "made A president", "named B ambassador": put in office by a verb,
    /// the title right after the person; a plural title is a group's.
    #[test]
    fn made_or_named_to_an_office() {
        super::super::testing::check_exact(
            Relation::Role,
            &[
                (
                    "The accord made Tomas Berg president.",
                    &["Tomas Berg\tPresident"],
                ),
                (
                    "The assembly elected Ana Ruiz president of the council.",
                    &["Ana Ruiz\tPresident"],
                ),
                ("The council named Ana Ruiz and others delegates.", &[]),
            ],
        );
    }

    /// The country of the one received or met is not the host's.
    #[test]
    fn the_guest_country_is_not_the_host_country() {
        super::super::testing::check_exact(
            Relation::Role,
            &[
                (
                    "King Olav received the Icelandic president at the palace.",
                    &["Olav\tKing"],
                ),
                // Guests hosted come from another country.
                (
                    "JAKARTA — Foreign Minister Dewi Sartika hosted envoys from Thailand for talks on Wednesday.",
                    &["Dewi Sartika\tForeign Minister"],
                ),
                // Any official the person acts on is of another side.
                (
                    "President Tomas Berg thanked the Qatari emir for his help.",
                    &["Tomas Berg\tPresident"],
                ),
                (
                    "The cabinet met on Sunday. They also ordered minister Ana Ruiz to summon the Chilean ambassador.",
                    &["Ana Ruiz\tMinister"],
                ),
                // "They" goes on about the country the sentence before is
                // about, not the one it ends on.
                (
                    "The Peruvian cabinet laid the blame on Chile. They ordered minister Ana Ruiz to summon the Chilean ambassador.",
                    &["Ana Ruiz\tMinister\tPeru"],
                ),
            ],
        );
    }

    /// The country of a mediator, a host or a venue named nearby is not
    /// that of an official of the sides.
    #[test]
    fn a_mediating_country_or_the_venues_is_no_sides_country() {
        super::super::testing::check_exact(
            Relation::Role,
            &[(
                "Delegations from Sudan's army and the rebels resumed talks in the Saudi city of Jeddah on Monday, under the joint auspices of Saudi Arabia and the United States. The army delegation is led by General Tomas Berg.",
                &["Tomas Berg\tGeneral\tSudan"],
            )],
        );
    }

    /// A name the parse puts in apposition to a title further back, with
    /// no comma before it, is a list misparsed: the title is not its.
    #[test]
    fn apposition_needs_a_comma_or_adjacency() {
        super::super::testing::check_exact(
            Relation::Role,
            &[(
                "Tamm talked to Latvian Prime Minister Arturs Berzins and Polish President Jan Nowak by telephone on Friday.",
                &[
                    "Arturs Berzins\tPrime Minister\tLatvia",
                    "Jan Nowak\tPresident\tPoland",
                ],
            )],
        );
    }

    #[test]
    fn a_name_after_a_comma_hung_on_the_title_is_in_apposition() {
        super::super::testing::check_exact(
            Relation::Role,
            &[
                (
                    "Ana Ruiz, the President of Moldova, had talks today with the Prime Minister of Romania, Ion Petrescu.",
                    &[
                        "Ana Ruiz\tPresident\tMoldova",
                        "Ion Petrescu\tPrime Minister\tRomania",
                    ],
                ),
                (
                    "NATO leaders met the Chilean President, Tomas Berg, in Santiago on Thursday.",
                    &["Tomas Berg\tPresident\tChile"],
                ),
                // A list of titles is no apposition.
                (
                    "Her assignments include serving as the Director of the Main Press Office, Pearson Fellow in the Office of Senator Tom Ward, and Press Advisor for the Bureau.",
                    &["Tom Ward\tSenator"],
                ),
            ],
        );
    }

    #[test]
    fn affiliation_from_a_party_in_the_sentence() {
        check(
            Relation::Role,
            &[(
                "The Chilean delegation was led by envoy Marta Soto, who arrived on Monday.",
                &["Marta Soto\tEnvoy\tChile"],
            )],
        );
    }

    /// The members a country's delegation includes are all of that
    /// country, though the country is claimed by the first of them.
    #[test]
    fn members_of_a_delegation_are_of_its_country() {
        super::super::testing::check_exact(
            Relation::Role,
            &[(
                "Bolivia and Paraguay met in Asuncion. The Bolivian delegation included Trade Minister Marta Soto and Ambassador Ivo Rask.",
                &["Marta Soto\tTrade Minister\tBolivia", "Ivo Rask\tAmbassador\tBolivia"],
            )],
        );
    }

    #[test]
    fn a_country_someone_else_holds_is_not_guessed_for_their_counterpart() {
        let text = "Foreign Minister Ana Ruiz of Chile arrived in Lima. \
                    The Chilean minister said the visit mattered. \
                    Later, her talks with Prime Minister Kurt Sava focused on trade.";
        let got = super::super::testing::facts(text, Relation::Role);
        assert!(
            got.contains(&"Ana Ruiz\tForeign Minister\tChile".to_string()),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|g| g.starts_with("Kurt Sava") && g.ends_with("Chile")),
            "{got:?}"
        );
    }

    #[test]
    fn a_plural_title_over_names_each_of_their_country() {
        check(
            Relation::Role,
            &[(
                "The envoy held talks with Presidents Felix Brenner of Peru and Paul Sava of Chile.",
                &["Felix Brenner\tPresident\tPeru", "Paul Sava\tPresident\tChile"],
            )],
        );
    }

    #[test]
    fn affiliation_right_after_the_title() {
        check(
            Relation::Role,
            &[(
                "“It will hold,” said Paul Dorn, an analyst at the International Crisis Group, on Friday.",
                &["Paul Dorn\tAnalyst\tInternational Crisis Group"],
            )],
        );
    }

    #[test]
    fn repeated_title_takes_the_known_affiliation_once() {
        let text = "Chilean Foreign Minister Ana Ruiz arrived in Lima. Later, Foreign Minister Ana Ruiz spoke.";
        let got = super::super::testing::facts(text, Relation::Role);
        assert_eq!(
            got,
            vec!["Ana Ruiz\tForeign Minister\tChile".to_string()],
            "{got:?}"
        );
    }

    /// "FEMA Administrator A B": an agency's acronym before a title is the
    /// title's organisation (a state's two letters are not); department
    /// secretaries keep their department.
    #[test]
    fn an_agency_acronym_owns_the_title_after_it() {
        super::super::testing::check_exact(
            Relation::Role,
            &[
                (
                    "Luis Vega met with FEMA Administrator Ana Ruiz and Transportation Secretary Marta Soto on Monday.",
                    &["Ana Ruiz\tAdministrator\tFEMA", "Marta Soto\tTransportation Secretary"],
                ),
                ("New Bedford, MA Mayor Tom Arlen welcomed the plan.", &["Tom Arlen\tMayor"]),
                // An office named with its "of" phrase before the title.
                (
                    "Luis Vega met with Office of Rural Affairs Director Ana Ruiz and Bureau of Land Policy Deputy Director Marta Soto.",
                    &[
                        "Ana Ruiz\tDirector\tOffice of Rural Affairs",
                        "Marta Soto\tDeputy Director\tBureau of Land Policy",
                    ],
                ),
            ],
        );
    }

    /// "the Japanese ambassador to China A B": a lower-case envoy's title,
    /// "to" and the country they are sent to, before the name; the
    /// demonym says whose envoy.
    #[test]
    fn an_envoy_sent_to_a_country_before_the_name() {
        super::super::testing::check_exact(
            Relation::Role,
            &[
                (
                    "Vice Minister Lin Bo met with the Japanese ambassador to China Sato Kenta in Beijing.",
                    &["Lin Bo\tVice Minister\tChina", "Sato Kenta\tAmbassador\tJapan"],
                ),
                ("He is a former U.S. Ambassador to the Togolese Republic.", &[]),
            ],
        );
    }

    /// "He" inside a sentence before a name the name finder marks is the
    /// surname He, not a pronoun; a title-case headline's "He" stays one.
    #[test]
    fn the_surname_he_is_a_name() {
        super::super::testing::check_exact(
            Relation::Role,
            &[
                (
                    "The representative from the Chinese side will be He Minqiang, Vice Premier of the State Council.",
                    &["He Minqiang\tVice Premier\tState Council"],
                ),
                ("Trump Says He Will Meet Xi Jinping", &[]),
            ],
        );
    }

    /// The role facts of an extraction, as their three argument texts.
    fn role_texts(out: &crate::Extraction) -> Vec<[&str; 3]> {
        out.facts
            .iter()
            .filter(|f| f.relation == Relation::Role)
            .map(|f| f.arg_texts())
            .collect()
    }

    #[test]
    fn plural_titles_pair_their_countries_with_their_people_in_order() {
        let out = extract_document(
            &Document::new(
                "t",
                "Luis Vega met the foreign ministers of Chile and Bolivia, Ana Ruiz and Marta Soto, on Monday. The presidents of Ghana, Togo and Benin, Ama Owusu and Kofi Mensah, spoke. The Ghanaian and Togolese trade ministers, Kwame Boateng and Yao Agbeko, met in Accra. The Ghanaian and Togolese trade ministers, Kwame Boateng, Yao Agbeko and Ama Owusu, spoke.",
            ),
            Lexicon::builtin(),
        );
        let roles: Vec<[&str; 3]> = out
            .facts
            .iter()
            .filter(|f| f.relation == Relation::Role && f.evidence.rule == "roles/respectively")
            .map(|f| f.arg_texts())
            .collect();
        assert_eq!(
            roles,
            [
                ["Ana Ruiz", "Foreign Minister", "Chile"],
                ["Marta Soto", "Foreign Minister", "Bolivia"],
                ["Yao Agbeko", "Trade Minister", "Togo"]
            ],
            "three countries and two people pair nothing, nor two and three"
        );
        // (The first of the demonyms' people may be found by the
        // apposition too, which keeps the fact.)
        let all = role_texts(&out);
        assert!(
            all.contains(&["Kwame Boateng", "Trade Minister", "Ghana"]),
            "{all:?}"
        );
        assert!(
            !all.iter().any(|r| r[0] == "Yao Agbeko" && r[2] == "Ghana"),
            "{all:?}"
        );
    }

    /// "the Chilean Senate" is Chile's, not the United States Senate the
    /// bare word names in the lexicon.
    #[test]
    fn another_countrys_senate() {
        super::super::testing::check_exact(
            Relation::Role,
            &[(
                "Chilean Senate President Tomas Berg met Peruvian President Luis Vega in Lima.",
                &[
                    "Luis Vega\tPresident\tPeru",
                    "Tomas Berg\tPresident\tChilean Senate",
                ],
            )],
        );
    }

    /// An aide to an office holder serves the office holder's country,
    /// named after the office or before it; the person met is not of it.
    #[test]
    fn an_aide_to_an_office_holder() {
        super::super::testing::check_exact(
            Relation::Role,
            &[
                (
                    "Secretary Ana Ruiz met today with Tomas Berg, Senior Adviser to the President of Chile.",
                    &["Ana Ruiz\tSecretary", "Tomas Berg\tSenior Adviser\tChile"],
                ),
                (
                    "Secretary Ana Ruiz met today with Tomas Berg, Senior Adviser to the Chilean President.",
                    &["Ana Ruiz\tSecretary", "Tomas Berg\tSenior Adviser\tChile"],
                ),
                // A spokesman for a leader named before speaks for the
                // leader's country.
                (
                    "President Ana Ruiz of Chile arrived. Tomas Berg, a spokesman for President Ruiz, said the talks went well.",
                    &["Ana Ruiz\tPresident\tChile", "Tomas Berg\tSpokesman\tChile"],
                ),
                (
                    "Congolese President Félix Mbuyi met Rwandan President Paul Kanyinya. Patrick Ilunga, a spokesman for Mbuyi, said the talks went well.",
                    &[
                        "Félix Mbuyi\tPresident\tDemocratic Republic of the Congo",
                        "Paul Kanyinya\tPresident\tRwanda",
                        "Patrick Ilunga\tSpokesman\tDemocratic Republic of the Congo",
                    ],
                ),
                (
                    "President Ana Ruiz of Chile arrived. Ruiz's spokesperson, Tomas Berg, said the talks went well.",
                    &["Ana Ruiz\tPresident\tChile", "Tomas Berg\tSpokesperson\tChile"],
                ),
            ],
        );
    }

    /// Who accompanies someone to talks is of their country.
    #[test]
    fn a_companion_is_of_the_country_of_whom_they_accompany() {
        super::super::testing::check_exact(
            Relation::Role,
            &[(
                "Japanese Prime Minister Kenji Morita held talks with President Budi Santoso in Jakarta. Morita, who was accompanied by Trade Minister Hiroshi Tanaka, said Japan would provide two vessels.",
                &[
                    "Kenji Morita\tPrime Minister\tJapan",
                    "Budi Santoso\tPresident\tIndonesia",
                    "Hiroshi Tanaka\tTrade Minister\tJapan",
                ],
            )],
        );
    }

    /// A title the lexicon knows as one country's office names it
    /// whole, and gives its country when none is said.
    #[test]
    fn one_country_s_office_is_whole() {
        super::super::testing::check_exact(
            Relation::Role,
            &[(
                "External Affairs Minister Raj Mehta met Sita Rai.",
                &["Raj Mehta\tExternal Affairs Minister\tIndia"],
            )],
        );
    }

    /// A title of several capitalised words before a name is no part of
    /// the name.
    #[test]
    fn a_long_title_before_a_name() {
        super::super::testing::check_exact(
            Relation::Role,
            &[(
                "Vice President Raj Mehta met today with Israeli War Cabinet Member Sita Rai.",
                &[
                    "Raj Mehta\tVice President",
                    "Sita Rai\tWar Cabinet Member\tIsrael",
                ],
            )],
        );
    }

    #[test]
    fn a_title_of_the_country_unnamed_there() {
        // "the country's trade minister": the title stands; its country
        // is guessed from the text around it.
        super::super::testing::check_exact(
            Relation::Role,
            &[(
                "Talks began in Lima on Monday. Ana Ruiz, the country's trade minister, spoke first.",
                &["Ana Ruiz\tTrade Minister\tPeru"],
            )],
        );
        // Not a capital after it: the country meant was named before.
        super::super::testing::check_exact(
            Relation::Role,
            &[(
                "Ana Ruiz, the country's top diplomat, met Luis Vega in Lima.",
                &["Ana Ruiz\tDiplomat"],
            )],
        );
        // The country last the subject, not the nearer one of a capital.
        super::super::testing::check_exact(
            Relation::Role,
            &[(
                "Iceland sent a delegation to Oslo. Jon Berg, the island nation's foreign minister, led it.",
                &["Jon Berg\tForeign Minister\tIceland"],
            )],
        );
        // Or the country last a possessor, nearer than an older subject.
        super::super::testing::check_exact(
            Relation::Role,
            &[(
                "Since the 2010 summit in Lisbon, Portugal countries involved in the force have been committed to a full transition. Plans had originally intended for Chile's new President to attend this year's summit. Jon Berg, the country's defence minister, instead attended the summit.",
                &["Jon Berg\tDefence Minister\tChile"],
            )],
        );
    }

    #[test]
    fn a_modified_title_beats_a_bare_modifier() {
        super::super::testing::check_exact(
            Relation::Role,
            &[
                (
                    "Ali Rahimi, Iran's chief nuclear negotiator, arrived in Vienna.",
                    &["Ali Rahimi\tNuclear Negotiator\tIran"],
                ),
                (
                    "Russian presidential aide Yuri Orlov said Moscow was ready.",
                    &["Yuri Orlov\tAide\tRussia"],
                ),
                (
                    "Deputy Secretary of the Treasury Ana Ruiz met bankers.",
                    &["Ana Ruiz\tDeputy Secretary"],
                ),
            ],
        );
    }

    #[test]
    fn put_in_office_as_a_title() {
        super::super::testing::check_exact(
            Relation::Role,
            &[
                (
                    "Luis Vega was sworn in as prime minister of Peru on Monday.",
                    &["Luis Vega\tPrime Minister\tPeru"],
                ),
                (
                    "Lawmakers elected Ana Ruiz as president of Chile on Monday.",
                    &["Ana Ruiz\tPresident\tChile"],
                ),
                ("The company named Ana Ruiz as its best salesperson.", &[]),
            ],
        );
    }

    #[test]
    fn a_title_only_one_country_has_names_its_official() {
        super::super::testing::check_exact(
            Relation::Role,
            &[
                (
                    "Secretary of State Ana Ruiz said the conference was a success.",
                    &["Ana Ruiz\tSecretary of State\tUnited States"],
                ),
                (
                    "Taoiseach Sean Doyle spoke with reporters in Boston.",
                    &["Sean Doyle\tTaoiseach\tIreland"],
                ),
                // A country stated wins.
                (
                    "Chile's foreign minister, Ana Ruiz, met Secretary of State Tomas Berg in Lima.",
                    &[
                        "Ana Ruiz\tForeign Minister\tChile",
                        "Tomas Berg\tSecretary of State\tUnited States",
                    ],
                ),
            ],
        );
    }

    #[test]
    fn a_counterpart_holds_the_owners_title_for_their_country() {
        super::super::testing::check_exact(
            Relation::Role,
            &[
                (
                    "Danish Trade Minister Ole Berg met his Swedish counterpart, Lina Holm, in Malmo.",
                    &[
                        "Lina Holm\tTrade Minister\tSweden",
                        "Ole Berg\tTrade Minister\tDenmark",
                    ],
                ),
                // Coordinated with the owner, whatever the parse made of it.
                (
                    "Danish Trade Minister Ole Berg and his Swedish counterpart, Lina Holm, also attended.",
                    &[
                        "Lina Holm\tTrade Minister\tSweden",
                        "Ole Berg\tTrade Minister\tDenmark",
                    ],
                ),
                // No country, no inference.
                (
                    "Trade Minister Ole Berg met his counterpart, Lina Holm, in Malmo.",
                    &["Ole Berg\tTrade Minister"],
                ),
                (
                    "Danish Trade Minister Ole Berg arrived in Malmo on Monday for two days of talks with his Swedish counterpart, Lina Holm.",
                    &[
                        "Ole Berg\tTrade Minister\tDenmark",
                        "Lina Holm\tTrade Minister\tSweden",
                    ],
                ),
                // "Her counterpart" opening a later sentence: the person
                // named before.
                (
                    "Danish Trade Minister Ole Berg arrived in Malmo on Monday. His Swedish counterpart, Lina Holm, was more cautious.",
                    &[
                        "Ole Berg\tTrade Minister\tDenmark",
                        "Lina Holm\tTrade Minister\tSweden",
                    ],
                ),
            ],
        );
        // "The Swedish minister" is then Lina Holm.
        super::super::testing::check_exact(
            Relation::Quote,
            &[(
                "Danish Trade Minister Ole Berg met his Swedish counterpart, Lina Holm, in Malmo. \"Ports come first,\" Berg said. \"There is no alternative,\" the Swedish minister added.",
                &["Ole Berg\tPorts come first", "Lina Holm\tThere is no alternative"],
            )],
        );
    }

    #[test]
    fn a_group_title_after_a_name_is_the_groups() {
        // "the leaders of X and Y" are neither the king's title nor his
        // countries; the host's capital is.
        super::super::testing::check_exact(
            Relation::Role,
            &[(
                "At the invitation of King Tamim Alvi, the leaders of Armenia and Azerbaijan met in Doha.",
                &["Tamim Alvi\tKing\tQatar"],
            )],
        );
        super::super::testing::check_exact(
            Relation::Host,
            &[(
                "At the invitation of King Tamim Alvi, the leaders of Armenia and Azerbaijan met in Doha.",
                &["Qatar", "Tamim Alvi"],
            )],
        );
        super::super::testing::check(
            Relation::Participant,
            &[(
                "At the invitation of King Tamim Alvi, the leaders of Armenia and Azerbaijan met in Doha.",
                &["Armenia", "Azerbaijan"],
            )],
        );
    }

    #[test]
    fn a_listed_leader_holds_their_office_for_their_country() {
        // The publisher (the US government) and a country named nearby
        // would both guess wrong; the leaders lexicon knows better.
        let mut doc = Document::new(
            "t",
            "In Paris, President Lula da Silva and Prime Minister Netanyahu spoke. President Ian Moss listened.",
        );
        doc.source = Some("https://www.whitehouse.gov/briefings/readout".into());
        let out = extract_document(&doc, Lexicon::builtin());
        let roles: Vec<([&str; 3], &str)> = out
            .facts
            .iter()
            .filter(|f| f.relation == Relation::Role)
            .map(|f| (f.arg_texts(), f.evidence.rule))
            .collect();
        for (want, rule) in [
            (["Lula da Silva", "President", "Brazil"], "roles/leader"),
            // A surname with the leader's office is the leader (mentions).
            (
                ["Benjamin Netanyahu", "Prime Minister", "Israel"],
                "roles/leader",
            ),
        ] {
            assert!(
                roles.contains(&(want, rule)),
                "{want:?} by {rule} in {roles:?}"
            );
        }
        // A president the lexicon does not list is not the publisher's
        // own: the publisher's heads of state are all listed.
        assert!(
            !roles
                .iter()
                .any(|(r, _)| r[0] == "Ian Moss" && r[2] == "United States"),
            "{roles:?}"
        );
    }

    #[test]
    fn publisher_gives_the_government_of_an_official_statement() {
        let mut doc = Document::new(
            "t",
            "Secretary Lena Holm spoke with President Ian Moss of Peru today.",
        );
        doc.source = Some("https://www.whitehouse.gov/briefings/readout".into());
        let out = extract_document(&doc, Lexicon::builtin());
        let roles = role_texts(&out);
        assert!(
            roles.contains(&["Lena Holm", "Secretary", "United States"]),
            "{roles:?}"
        );
        assert!(
            roles.contains(&["Ian Moss", "President", "Peru"]),
            "{roles:?}"
        );
    }

    #[test]
    fn publisher_domains_match_whole_labels() {
        let lex = Lexicon::builtin();
        assert!(publisher_country("see https://www.whitehouse.gov/x", lex).is_some());
        assert!(publisher_country("https://notwhitehouse.gov.example.com", lex).is_none());
        assert!(publisher_country("a blog", lex).is_none());
    }

    /// A qualifier is its office's: a deputy secretary is the publisher's
    /// own, a deputy speaker of parliament or prime minister is not.
    /// A title said of a person by a copula, "serves as" or "became",
    /// with whose office it is; not what someone is like.
    /// "at" after the name tells where someone is, not whose official
    /// they are; after a title it names the employer.
    #[test]
    fn at_after_a_name_is_a_venue() {
        super::super::testing::check_exact(
            Relation::Role,
            &[
                (
                    "Minister Ana Ruiz met today with Secretary Omar Haddad at the White House.",
                    &["Ana Ruiz\tMinister", "Omar Haddad\tSecretary"],
                ),
                (
                    "Omar Haddad, Director at the Lima Harbour Authority, spoke.",
                    &["Omar Haddad\tDirector\tLima Harbour Authority"],
                ),
            ],
        );
    }

    #[test]
    fn titles_said_of_a_person() {
        super::super::testing::check_exact(
            Relation::Role,
            &[
                (
                    "Luis Vega, who serves as Peru's ambassador to the United Nations, spoke first.",
                    &["Luis Vega\tAmbassador\tPeru"],
                ),
                (
                    "Luis Vega is Peru's ambassador to the United Nations.",
                    &["Luis Vega\tAmbassador\tPeru"],
                ),
                (
                    "Luis Vega, who is the Peruvian foreign minister, spoke first.",
                    &["Luis Vega\tForeign Minister\tPeru"],
                ),
                (
                    "Luis Vega became Peru's foreign minister in May.",
                    &["Luis Vega\tForeign Minister\tPeru"],
                ),
                // A passive of putting in office the parse gives an object.
                (
                    "Ana Ruiz, who was appointed foreign minister of Chile last year, met Luis Vega.",
                    &["Ana Ruiz\tForeign Minister\tChile"],
                ),
                ("Luis Vega is a native Spanish speaker.", &[]),
                ("Luis Vega is the right leader for these times.", &[]),
                ("Luis Vega is not Peru's ambassador.", &[]),
            ],
        );
    }

    #[test]
    fn qualified_offices_are_the_offices_they_qualify() {
        let p = publisher("https://www.whitehouse.gov/x").expect("publisher");
        for title in ["Deputy Secretary of State", "Acting Director", "Deputy"] {
            assert!(has_office(p, title), "{title}");
        }
        for title in [
            "Deputy Speaker",
            "Deputy Prime Minister",
            "Deputy Minister",
            "Prime Minister",
        ] {
            assert!(!has_office(p, title), "{title}");
        }
    }

    #[test]
    fn longer_title_wins() {
        let kept = most_specific(
            vec![
                Found {
                    person: 0,
                    title: "Secretary".into(),
                    of: None,
                    sentence: 0,
                    span: 0..1,
                    rule: "r",
                    confidence: 1.0,
                },
                Found {
                    person: 0,
                    title: "Secretary of State".into(),
                    of: Some(Affiliation::Entity(1)),
                    sentence: 0,
                    span: 0..1,
                    rule: "r",
                    confidence: 1.0,
                },
            ],
            "",
        );
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].title, "Secretary of State");
    }

    /// A title read inside a longer one of the same words is part of it
    /// ("Deputy Speaker of Parliament A" holds no "Speaker of
    /// Parliament"); a second title beside the first, with no word in
    /// common ("Trade Representative Ambassador A"), stays.
    #[test]
    fn a_title_inside_a_longer_one_is_part_of_it() {
        let found = |title: &str, span: std::ops::Range<usize>| Found {
            person: 0,
            title: title.into(),
            of: None,
            sentence: 0,
            span,
            rule: "r",
            confidence: 1.0,
        };
        let kept = most_specific(
            vec![
                found("Deputy Speaker", 0..37),
                found("Speaker of Parliament", 7..37),
            ],
            "",
        );
        let titles: Vec<&str> = kept.iter().map(|f| f.title.as_str()).collect();
        assert_eq!(titles, ["Deputy Speaker"]);
        let kept = most_specific(
            vec![
                found("Trade Representative", 0..40),
                found("Ambassador", 21..40),
            ],
            "",
        );
        assert_eq!(kept.len(), 2);
        // Two titles joined by "and" share a word and stay.
        let text = "Deputy Prime Minister and Foreign Minister Ana Ruiz";
        let kept = most_specific(
            vec![
                found("Deputy Prime Minister", 0..text.len()),
                found("Foreign Minister", 26..text.len()),
            ],
            text,
        );
        assert_eq!(kept.len(), 2);
    }
}
