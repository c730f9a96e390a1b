//! Mediation and hosting.
//!
//! What it extracts: who mediated (brokered, facilitated, sponsored) the
//! talks and who hosted them.
//!
//! Example: "The round was hosted and sponsored by the Sultanate of Oman"
//! gives `host Oman` and `mediator Oman`; "the Qatari-mediated talks",
//! "under the auspices of the UN", "Egypt's mediation", "thanked Norway for
//! hosting", "mediators Egypt and Qatar", "X mediated the talks" and "X
//! hosted Y" (a guest, or "his counterparts"), "X played host to the
//! talks", "the host country, X" (in an article about talks) and "X
//! organised the meeting" (a state or a body) are the other shapes it
//! knows. In a transcript, the speaker who welcomes the others ("I want to
//! welcome you here", "welcome, everyone") or says "I hosted" / "we are
//! hosting" is the host (`mediation/speaker-welcomes`).
//! Over the parse also: "Qatar, along with Egypt, has been mediating
//! between A and B" (the subject's companions), "trying to broker a
//! reconciliation between A and B", and a subject that mediates with no
//! object in a sentence on talks ("met in Cairo, where Egyptian officials
//! mediated": `mediation/mediated`).
//!
//! Facts produced: `mediator AGENT`, `host AGENT`.

use super::{agent_list, subject_before, Context, Extractor, Item};
use crate::fact::{EntityKind, Fact, Relation};
use crate::lexicon::VerbClass;

pub struct Mediation;

impl Extractor for Mediation {
    fn name(&self) -> &'static str {
        "mediation"
    }

    fn extract(&self, cx: &Context<'_>, out: &mut Vec<Fact>) {
        speaker_hosts(cx, out);
        let text = cx.doc.text.as_str();
        let tr = cx.triggers();
        let mut out_authors = Vec::new();
        for si in 0..cx.analysis.sentences.len() {
            let items = cx.items(si);
            let mut emit =
                |rel: Relation, agents: &[usize], rule: &'static str, conf: f32, items: &[Item]| {
                    for &a in agents {
                        if let Some(arg) = cx.arg(&items[a]) {
                            let span = items[a].span.clone();
                            out.push(cx.fact(rel, vec![arg], si, span.clone(), rule, conf));
                            // A leader who mediates or hosts does so for their
                            // country; a former one ("former Nigerian President
                            // A") for no country.
                            let former = super::former_title(&cx.doc.text, &items[a].span);
                            if let Some(m) = cx.mention(&items[a]).filter(|_| !former) {
                                let of = cx.country_after(items, a);
                                if let Some(c) = cx.party_of(m.entity).or(of) {
                                    let arg = cx.mentions.entities[c].arg();
                                    out.push(cx.fact(rel, vec![arg], si, span, rule, conf * 0.9));
                                }
                            }
                        }
                    }
                };
            for (rel, agents, rule) in parsed_mediators(cx, si)
                .into_iter()
                .map(|(a, r)| (Relation::Mediator, a, r))
                .chain(
                    parsed_hosts(cx, si)
                        .into_iter()
                        .map(|(a, r)| (Relation::Host, a, r)),
                )
            {
                let idx: Vec<usize> = agents
                    .into_iter()
                    .filter_map(|m| super::item_of(items, m))
                    .collect();
                emit(rel, &idx, rule, 0.8, items);
            }
            // "The host country, Qatar,", "host nation Qatar": in an
            // article about talks, the country so called hosts them.
            for i in 0..items.len() {
                if items[i].lower != "host"
                    || !items
                        .get(i + 1)
                        .is_some_and(|x| matches!(x.lower.as_str(), "country" | "nation"))
                {
                    continue;
                }
                let k = i + 2 + usize::from(items.get(i + 2).is_some_and(|x| x.lower == ","));
                let country = items
                    .get(k)
                    .is_some_and(|x| cx.kind(x) == Some(EntityKind::Country));
                if country && cx.about_talks() {
                    emit(Relation::Host, &[k], "mediation/host-country", 0.8, items);
                }
            }
            for (i, it) in items.iter().enumerate() {
                // "X-mediated", "X-hosted": the suffix glued to a mention.
                if it.mention.is_some() && cx.is_agent(it) {
                    if let Some(word) = super::glued_word(text, it.span.end) {
                        let word = word.to_lowercase();
                        // "the African Union-led talks between Ethiopia and
                        // the rebels": who leads talks between two others
                        // mediates them.
                        let led_between = word == "led"
                            && items.get(i + 1).is_some_and(|x| {
                                x.mention.is_none() && tr.talks.contains(&x.lower)
                            })
                            && items.get(i + 2).is_some_and(|x| x.lower == "between")
                            && items[i + 3..]
                                .iter()
                                .take(6)
                                .filter_map(|x| cx.mention(x))
                                .all(|m| Some(m.entity) != cx.mention(it).map(|n| n.entity));
                        if cx.lexicon.is_verb(VerbClass::Mediation, &word) || led_between {
                            emit(Relation::Mediator, &[i], "mediation/x-mediated", 0.9, items);
                        } else if cx.lexicon.is_verb(VerbClass::Hosting, &word) {
                            emit(Relation::Host, &[i], "mediation/x-hosted", 0.9, items);
                        }
                    }
                }
                if it.mention.is_some() || it.punct {
                    continue;
                }
                let w = it.lower.as_str();
                let is_med = cx.is_verb(VerbClass::Mediation, it);
                let is_host = cx.is_verb(VerbClass::Hosting, it);
                // "Mediation efforts led by X and Y", "the mediation,
                // headed by X": who leads the mediation mediates.
                if mediation_led_by(cx, items, i) {
                    let (agents, _) = agent_list(cx, items, i + 2);
                    emit(
                        Relation::Mediator,
                        &agents,
                        "mediation/mediation-led-by",
                        0.85,
                        items,
                    );
                }
                // "The UN envoy chaired the talks between A and B", "led
                // the negotiations between": who chairs talks between two
                // others mediates them.
                if matches!(
                    w,
                    "chaired" | "chairs" | "co-chaired" | "led" | "leads" | "presided"
                ) && it.upos == "VERB"
                {
                    let mut k = i + 1;
                    if items.get(k).is_some_and(|x| x.lower == "over") {
                        k += 1;
                    }
                    while items
                        .get(k)
                        .is_some_and(|x| x.mention.is_none() && x.upos == "DET")
                    {
                        k += 1;
                    }
                    let between = items
                        .get(k)
                        .is_some_and(|x| x.mention.is_none() && tr.talks.contains(&x.lower))
                        && items.get(k + 1).is_some_and(|x| x.lower == "between");
                    if between {
                        if let Some(subj) = subject_before(cx, items, i) {
                            let sides: Vec<usize> = items[k + 2..]
                                .iter()
                                .take(8)
                                .filter_map(|x| cx.mention(x).map(|m| m.entity))
                                .collect();
                            let agents: Vec<usize> = with_coordinated_before(cx, items, subj)
                                .into_iter()
                                .filter(|&a| {
                                    cx.mention(&items[a])
                                        .is_some_and(|m| !sides.contains(&m.entity))
                                })
                                .collect();
                            emit(
                                Relation::Mediator,
                                &agents,
                                "mediation/chaired-between",
                                0.8,
                                items,
                            );
                        }
                    }
                }
                // "held talks in Muscat, with Oman hosting", "with Qatar
                // mediating": the agent of a clause of "with" after talks.
                if (is_med || is_host)
                    && w.ends_with("ing")
                    && i >= 2
                    && items[i - 2].lower == "with"
                    && cx.mention(&items[i - 1]).is_some()
                    && items[..i - 2]
                        .iter()
                        .any(|x| x.mention.is_none() && tr.talks.contains(&x.lower))
                {
                    let rel = if is_host {
                        Relation::Host
                    } else {
                        Relation::Mediator
                    };
                    emit(rel, &[i - 1], "mediation/with-x-hosting", 0.8, items);
                }
                // Passive: "hosted [and sponsored] by X [and Y]".
                if (is_med || is_host) && w.ends_with("ed") {
                    let mut j = i + 1;
                    let mut host = is_host;
                    let mut med = is_med;
                    // "hosted and sponsored by", "jointly mediated by"
                    while j + 1 < items.len()
                        && (items[j].lower == "and" || items[j].lower == "jointly")
                        && items[j + 1].mention.is_none()
                    {
                        let v = items[j + 1].lower.as_str();
                        let (m2, h2) = (
                            cx.lexicon.is_verb(VerbClass::Mediation, v),
                            cx.lexicon.is_verb(VerbClass::Hosting, v),
                        );
                        if !(m2 || h2) {
                            break;
                        }
                        med |= m2;
                        host |= h2;
                        j += 2;
                    }
                    // In a sentence about talks, or about a meeting told by
                    // its verb ("A and B met in Lima, where they were hosted
                    // by C").
                    let meeting_verb = || {
                        items.iter().any(|x| {
                            x.upos == "VERB"
                                && x.mention.is_none()
                                && matches!(x.lower.as_str(), "met" | "meet" | "meets")
                        })
                    };
                    // ("hosted in Muscat by X": where, before by whom.)
                    if items
                        .get(j)
                        .is_some_and(|x| matches!(x.lower.as_str(), "in" | "at"))
                        && items.get(j + 1).is_some_and(|x| x.mention.is_some())
                        && items.get(j + 2).is_some_and(|x| x.lower == "by")
                    {
                        j += 2;
                    }
                    if items.get(j).is_some_and(|x| x.lower == "by")
                        && (cx.talks_context(items) || meeting_verb())
                    {
                        let (agents, _) = agent_list(cx, items, j + 1);
                        if host {
                            emit(Relation::Host, &agents, "mediation/hosted-by", 0.95, items);
                        }
                        if med {
                            emit(
                                Relation::Mediator,
                                &agents,
                                "mediation/mediated-by",
                                0.95,
                                items,
                            );
                        }
                        continue;
                    }
                    // "hosted at the Omani foreign ministry", "hosted in the
                    // Qatari embassy": the country whose seat the talks
                    // were hosted at hosted them.
                    if host
                        && items
                            .get(j)
                            .is_some_and(|x| matches!(x.lower.as_str(), "at" | "in"))
                        && cx.talks_context(items)
                    {
                        let seat = (j + 1..(j + 5).min(items.len())).find(|&k| {
                            cx.kind(&items[k]) == Some(EntityKind::Country)
                                && items[k + 1..]
                                    .iter()
                                    .take(2)
                                    .any(|x| SEAT_NOUNS.contains(&x.lower.as_str()))
                        });
                        if let Some(k) = seat {
                            emit(Relation::Host, &[k], "mediation/hosted-at-seat", 0.8, items);
                            continue;
                        }
                    }
                }
                // Active: "X mediated/brokered/hosted the talks", and "X
                // hosted Y" / "X hosted his counterparts": a host receives
                // guests as well as talks.
                let verb_form = match w.strip_prefix("co-").unwrap_or(w) {
                    "host" | "hosts" | "hosted" => true,
                    // "is hosting", not "Spain's hosting of U.S. forces".
                    "hosting" => i > 0 && BE.contains(&items[i - 1].lower.as_str()),
                    _ => false,
                };
                // "Switzerland played host to the talks": the noun as a deed.
                let played_host = w == "host"
                    && i > 0
                    && PLAY_VERBS.contains(&items[i - 1].lower.as_str())
                    && items.get(i + 1).is_some_and(|x| x.lower == "to");
                let next = i + 1 + usize::from(played_host);
                let verb_form = verb_form || played_host;
                let hosts_guests = verb_form && guests_follow(cx, items, next);
                // Only a verb is a deed: not a noun or an adjective ("the
                // co-host of a podcast", "sponsored exchange programs"),
                // nor a title the tagger misreads ("…, host A said"); but
                // a gerund owned is ("Japan's hosting of the summit", not
                // "welcome the convening of a dialogue").
                // (A participle the parse hangs on a noun as its modifier,
                // "in sponsored exchange programs", is an adjective too,
                // unless a name stands before it: "Norway convened talks"
                // is sometimes misread as one noun phrase.)
                let modifier = || {
                    cx.span_head(&it.span)
                        .is_some_and(|t| cx.analysis.tokens[t].deprel == "amod")
                        && (i == 0 || items[i - 1].mention.is_none())
                };
                let verb = (matches!(it.upos, "VERB" | "AUX") && !modifier())
                    || played_host
                    || (w.ends_with("ing") && i > 0 && items[i - 1].lower == "'s");
                // "Turkey has offered to host the next round": an offer.
                let offered =
                    i >= 2 && items[i - 1].lower == "to" && offer_word(&items[i - 2].lower);
                // "A received a call from B": a call is no hosting.
                let call_from = super::meetings::call_from(items, i).is_some();
                if (is_med || is_host)
                    && verb
                    && i > 0
                    && !offered
                    && !call_from
                    && (talks_follow(items, next, tr) || hosts_guests)
                {
                    // "Muscat hosted a meeting between A and B to
                    // facilitate a dialogue": a purpose clause's doers are
                    // the subjects of the verb it serves, not the nearest
                    // name before it.
                    let purpose = (i > 0 && items[i - 1].lower == "to")
                        .then(|| purpose_subjects(cx, items, i))
                        .flatten();
                    let agents = purpose.unwrap_or_else(|| {
                        subject_before(cx, items, i)
                            .map(|subj| with_coordinated_before(cx, items, subj))
                            .unwrap_or_default()
                    });
                    if !agents.is_empty() {
                        let convenes = w.starts_with("conven");
                        // "The President convened a meeting of the Council",
                        // "X convened a summit on Y": who convenes a
                        // gathering of no two sides named holds it; "convened
                        // talks between A and B" is a third party's deed.
                        let between = items[i + 1..]
                            .iter()
                            .take(8)
                            .take_while(|x| !x.punct)
                            .any(|x| x.lower == "between");
                        let rel = if is_host || (convenes && !between) {
                            Relation::Host
                        } else {
                            Relation::Mediator
                        };
                        // "The United States and Lithuania convened
                        // consultations": parties who convene talks
                        // together hold them; none of them mediates.
                        let parties_convene = agents.len() > 1 && convenes;
                        // "A convened a meeting with B", "A convened a
                        // meeting at the White House today with B": A
                        // meets B.
                        let convenes_with = convenes
                            && items[i + 1..]
                                .iter()
                                .take(9)
                                .take_while(|x| !x.punct)
                                .any(|x| x.lower == "with");
                        if !parties_convene && !convenes_with {
                            emit(rel, &agents, "mediation/active", 0.85, items);
                        }
                    }
                }
                // "The envoy shuttled between the two delegations": shuttle
                // diplomacy is mediation.
                if w.starts_with("shuttl")
                    && it.upos == "VERB"
                    && items.get(i + 1).is_some_and(|x| x.lower == "between")
                {
                    if let Some(subj) = subject_before(cx, items, i) {
                        emit(
                            Relation::Mediator,
                            &[subj],
                            "mediation/shuttled-between",
                            0.75,
                            items,
                        );
                    }
                }
                // "after weeks of shuttle diplomacy by Secretary A", "A's
                // shuttle diplomacy": the diplomat shuttling mediates.
                if w == "shuttle" && items.get(i + 1).is_some_and(|x| x.lower == "diplomacy") {
                    let by = items.get(i + 2).is_some_and(|x| x.lower == "by");
                    let agents = if by {
                        agent_list(cx, items, i + 3).0
                    } else if i >= 2 && items[i - 1].lower == "'s" && cx.is_agent(&items[i - 2]) {
                        vec![i - 2]
                    } else {
                        Vec::new()
                    };
                    emit(
                        Relation::Mediator,
                        &agents,
                        "mediation/shuttle-diplomacy",
                        0.75,
                        items,
                    );
                }
                // "Kuwait, which has been trying to mediate, urged
                // restraint": a relative clause of mediating after a
                // party and its comma, read by the words where the parse
                // takes the clause for the main one (not "which could
                // mediate", "which offered to mediate").
                if w.starts_with("mediat") && it.upos == "VERB" {
                    let antecedent = super::relative_antecedent(
                        items,
                        i.saturating_sub(6)..i,
                        &["which", "who"],
                        |a| cx.is_agent(&items[a]),
                        |y| CLAUSE_LEAD.contains(&items[y].lower.as_str()),
                    )
                    // (with an auxiliary or "trying" before the verb: the
                    // parse reads "which mediated" itself)
                    .filter(|&a| items[a + 3..i].iter().any(|x| x.lower != "to"));
                    if let Some(a) = antecedent {
                        let agents = with_coordinated_before(cx, items, a);
                        emit(
                            Relation::Mediator,
                            &agents,
                            "mediation/which-mediates",
                            0.75,
                            items,
                        );
                    }
                }
                // "under the auspices of X", "through the mediation of X",
                // "at the invitation of X", "with the facilitation of X".
                // "mediation efforts by Kenya", "mediation by Kenya", "the
                // good offices of Algeria".
                let of_at =
                    i + usize::from(
                        tr.mediation.contains(w)
                            && items.get(i + 1).is_some_and(|x| {
                                matches!(x.lower.as_str(), "efforts" | "effort" | "role")
                            }),
                    ) + 1;
                let good_offices = w == "offices" && i > 0 && items[i - 1].lower == "good";
                if (tr.mediation.contains(w) || w == "invitation" || good_offices)
                    && items
                        .get(of_at)
                        .is_some_and(|x| x.lower == "of" || (x.lower == "by" && w != "invitation"))
                {
                    let agents = fronted_list(cx, items, i, of_at + 1);
                    let rel = if w == "invitation" {
                        Relation::Host
                    } else {
                        Relation::Mediator
                    };
                    emit(rel, &agents, "mediation/noun-of", 0.85, items);
                }
                // "a truce reached with Qatari and Egyptian help": the
                // helpers a deal or talks came about with mediate.
                if matches!(w, "help" | "assistance") && cx.talks_context(items) {
                    let mut k = i;
                    let mut helpers = Vec::new();
                    while k > 0 {
                        k -= 1;
                        let x = &items[k];
                        if cx.is_agent(x)
                            && cx
                                .mention(x)
                                .is_some_and(|m| m.via == crate::mentions::Via::Demonym)
                        {
                            helpers.push(k);
                        } else if !matches!(x.lower.as_str(), "and" | ",") {
                            break;
                        }
                    }
                    if !helpers.is_empty() && items[k].lower == "with" {
                        helpers.reverse();
                        emit(
                            Relation::Mediator,
                            &helpers,
                            "mediation/with-the-help-of",
                            0.75,
                            items,
                        );
                    }
                }
                // "X's mediation", "Omani mediation", "the Egyptian and Qatari mediators".
                if tr.mediation.contains(w) || tr.hosting.contains(w) {
                    let rel = if tr.hosting.contains(w) {
                        Relation::Host
                    } else {
                        Relation::Mediator
                    };
                    let mut k = i;
                    // Allow one adjective between: "Omani diplomatic mediation".
                    let mut back = Vec::new();
                    while k > 0 {
                        k -= 1;
                        let x = &items[k];
                        if cx.is_agent(x) {
                            back.push(k);
                        } else if x.lower == "'s" || x.lower == "and" || x.lower == "," {
                            continue;
                        } else {
                            break;
                        }
                    }
                    // ("Belgium and Turkey host nuclear weapons": the verb is
                    // read above, only with talks after it.)
                    let host_noun =
                        matches!(w, "host" | "hosts") && matches!(it.upos, "NOUN" | "PROPN");
                    if !back.is_empty() && (rel == Relation::Mediator || host_noun) {
                        back.reverse();
                        emit(rel, &back, "mediation/possessive", 0.8, items);
                    }
                    // "mediators Egypt and Qatar", "host country Qatar", "X as mediator"
                    let mut j = i + 1;
                    if items
                        .get(j)
                        .is_some_and(|x| x.lower == "country" || x.lower == "nation")
                    {
                        j += 1;
                    }
                    // Not a verb: in "Egypt hosts a Hamas delegation" the
                    // delegation is the guest.
                    let (agents, _) = agent_list(cx, items, j);
                    if !agents.is_empty() && items[j].mention.is_some() && it.upos != "VERB" {
                        emit(rel, &agents, "mediation/noun-apposition", 0.8, items);
                    }
                    // "Qatar is the host of the talks": a copula before
                    // the noun (the parse reads "X is the mediator").
                    if rel == Relation::Host
                        && i >= 2
                        && items[i - 1].lower == "the"
                        && matches!(items[i - 2].lower.as_str(), "is" | "was" | "are" | "were")
                        && talks_follow(items, i + 1, tr)
                    {
                        if let Some(subj) = subject_before(cx, items, i - 2) {
                            let agents = with_coordinated_before(cx, items, subj);
                            emit(rel, &agents, "mediation/is-the-host", 0.75, items);
                        }
                    }
                    if rel == Relation::Mediator {
                        // "The Vatican played the role of mediator between
                        // the two governments".
                        if i >= 3 && items[i - 1].lower == "of" && items[i - 2].lower == "role" {
                            if let Some(subj) = subject_before(cx, items, i - 2) {
                                let agents = with_coordinated_before(cx, items, subj);
                                emit(rel, &agents, "mediation/role-of-mediator", 0.75, items);
                            }
                        }
                        // "Norway, a longtime facilitator of the peace
                        // process, hosted the signing": an apposition.
                        let article = (i.saturating_sub(3)..i)
                            .find(|&k| matches!(items[k].lower.as_str(), "a" | "an" | "the"));
                        let of_talks = talks_follow(items, i + 1, tr)
                            || items.get(i + 1).is_some_and(|x| x.lower == "between");
                        if let Some(k) = article.filter(|&k| {
                            of_talks
                                && k >= 2
                                && items[k - 1].lower == ","
                                && cx.is_agent(&items[k - 2])
                                && items[k + 1..i]
                                    .iter()
                                    .all(|x| x.mention.is_none() && !x.punct)
                        }) {
                            emit(rel, &[k - 2], "mediation/apposition", 0.75, items);
                        }
                    }
                    if rel == Relation::Mediator && w.ends_with('s') {
                        // "Mediators from Egypt, Qatar and the United
                        // States have been pushing for a deal".
                        if items
                            .get(i + 1)
                            .is_some_and(|x| x.lower == "from" || x.lower == "of")
                        {
                            let agents = fronted_list(cx, items, i, i + 2);
                            emit(rel, &agents, "mediation/mediators-from", 0.8, items);
                        }
                        // "Egypt and Qatar, the mediators, presented a
                        // proposal".
                        if i >= 3
                            && items[i - 1].lower == "the"
                            && items[i - 2].lower == ","
                            && cx.is_agent(&items[i - 3])
                        {
                            // (Not a fronted place: "In Nairobi, the
                            // mediators presented their proposals".)
                            let agents = with_coordinated_before(cx, items, i - 3);
                            if !agents
                                .iter()
                                .any(|&a| super::after_preposition(cx, &items[a]))
                            {
                                emit(rel, &agents, "mediation/x-the-mediators", 0.8, items);
                            }
                        }
                    }
                    if i >= 1 && items[i - 1].lower == "as"
                        || (i >= 3 && items[i - 1].lower == "the" && items[i - 2].lower == "as")
                    {
                        let as_at = if items[i - 1].lower == "as" {
                            i - 1
                        } else {
                            i - 2
                        };
                        // "with Qatar as host": the agent right before "as",
                        // though a preposition governs it.
                        let right_before = as_at.checked_sub(1).filter(|&k| cx.is_agent(&items[k]));
                        if let Some(subj) =
                            right_before.or_else(|| subject_before(cx, items, as_at))
                        {
                            // "The United States and Qatar served as
                            // mediators": the whole list.
                            let agents = if w.ends_with('s') {
                                with_coordinated_before(cx, items, subj)
                            } else {
                                vec![subj]
                            };
                            emit(rel, &agents, "mediation/as-mediator", 0.75, items);
                        } else if items
                            .iter()
                            .any(|x| matches!(x.lower.as_str(), "we" | "our" | "us"))
                        {
                            // "As mediators, we ...", "officials from our
                            // governments ... as mediators": the authors of a
                            // joint statement, named in its headline.
                            let span = items[as_at].span.start..it.span.end;
                            let (authors, leaders) = statement_authors(cx);
                            // In a statement by the leaders of X and Y, "we"
                            // are the leaders too: the closure adds the
                            // heads of X and Y.
                            let rule = if leaders {
                                "mediation/we-as-mediators-leaders"
                            } else {
                                "mediation/we-as-mediators"
                            };
                            for arg in authors {
                                out_authors.push(cx.fact(
                                    rel,
                                    vec![arg],
                                    si,
                                    span.clone(),
                                    rule,
                                    0.7,
                                ));
                            }
                        }
                    }
                }
                // "Flown in to mediate the crisis, Annan ...", "X came to broker a deal",
                // "working to mediate an end to the war".
                let an_end = items
                    .get(i + 1..items.len().min(i + 3))
                    .is_some_and(|n| n.iter().any(|x| x.lower == "end"));
                // ("to help broker a truce": the help is the mediation.)
                let to_at = if i > 1 && items[i - 1].lower == "help" {
                    i - 1
                } else {
                    i
                };
                if is_med
                    && to_at > 0
                    && items[to_at - 1].lower == "to"
                    && !w.ends_with("ed")
                    && (talks_follow(items, i + 1, tr) || an_end)
                {
                    let purpose = purpose_subjects(cx, items, to_at).unwrap_or_default();
                    // Parties who convene talks together mediate nothing.
                    let parties_convene = purpose.len() > 1 && w.starts_with("conven");
                    let subj = (!parties_convene)
                        .then(|| {
                            purpose
                                .first()
                                .copied()
                                .or_else(|| subject_before(cx, items, to_at - 1))
                        })
                        .flatten()
                        .or_else(|| {
                            let comma = items[i..].iter().position(|x| x.lower == ",")? + i;
                            (items[..i].iter().all(|x| x.mention.is_none()))
                                .then(|| agent_list(cx, items, comma + 1).0.first().copied())
                                .flatten()
                        });
                    // (Every subject of the verb: "Washington and Doha have
                    // been working to mediate an end to the war".)
                    let all = if !parties_convene && purpose.len() > 1 {
                        purpose.clone()
                    } else {
                        subj.into_iter().collect()
                    };
                    emit(
                        Relation::Mediator,
                        &all,
                        "mediation/to-mediate",
                        0.75,
                        items,
                    );
                }
                // "The conference was convened/called/organised by X": X hosted it.
                if matches!(
                    w,
                    "convened" | "called" | "organised" | "organized" | "arranged"
                ) && items.get(i + 1).is_some_and(|x| x.lower == "by")
                    && i >= 2
                    && matches!(items[i - 1].lower.as_str(), "was" | "were")
                    && items[..i - 1].iter().any(|x| tr.talks.contains(&x.lower))
                {
                    let (agents, _) = agent_list(cx, items, i + 2);
                    emit(Relation::Host, &agents, "mediation/convened-by", 0.8, items);
                }
                // "thanked X for mediating/hosting/its mediation".
                if w.starts_with("thank") {
                    let (agents, after) = agent_list(cx, items, i + 1);
                    if items.get(after).is_some_and(|x| x.lower == "for") {
                        let what: Vec<&str> = items[after + 1..]
                            .iter()
                            .take(4)
                            .map(|x| x.lower.as_str())
                            .collect();
                        // "for their leadership in reaching this deal": credit for an
                        // agreement the speaker did not make is credit for mediating it.
                        // ("for helping to bring these hostilities to an
                        // end": ending a conflict is as much a deal.)
                        let ended = items.iter().any(|x| x.lower == "end")
                            && items.iter().any(|x| {
                                CONFLICTS.contains(&x.lower.as_str()) || x.lower == "hostilities"
                            });
                        let deal = ended
                            || items.iter().any(|x| {
                                matches!(
                                    x.lower.as_str(),
                                    "deal" | "agreement" | "ceasefire" | "truce" | "accord"
                                )
                            });
                        let med = what.iter().any(|v| {
                            tr.mediation.contains(*v)
                                || cx.lexicon.is_verb(VerbClass::Mediation, v)
                                || (deal
                                    && matches!(
                                        *v,
                                        "leadership"
                                            | "efforts"
                                            | "role"
                                            | "partnership"
                                            | "work"
                                            | "helping"
                                    ))
                        });
                        let hosting = |v: &str| {
                            tr.hosting.contains(v) || cx.lexicon.is_verb(VerbClass::Hosting, v)
                        };
                        // "for hosting U.S. forces", "for hosting 35,000
                        // Afghans": a country that keeps troops, refugees
                        // or a body's seat hosts no talks.
                        let hosting_at = what.iter().position(|v| hosting(v));
                        let stationed = hosting_at.is_some_and(|h| {
                            let object = &items[(after + 2 + h).min(items.len())..];
                            object
                                .iter()
                                .take(5)
                                .take_while(|x| !x.punct)
                                .enumerate()
                                .any(|(k, x)| {
                                    STATIONED.contains(&x.lower.as_str())
                                        || (x.upos == "NUM"
                                            && object.get(k + 1).is_some_and(|y| {
                                                cx.kind(y) == Some(EntityKind::Country)
                                            }))
                                })
                        });
                        let host = hosting_at.is_some() && !stationed;
                        if host {
                            emit(
                                Relation::Host,
                                &agents,
                                "mediation/thanked-for",
                                0.85,
                                items,
                            );
                        }
                        if med {
                            emit(
                                Relation::Mediator,
                                &agents,
                                "mediation/thanked-for",
                                0.85,
                                items,
                            );
                        }
                    }
                }
            }
        }
        out.extend(out_authors);
    }
}

/// Nouns of a government's seat or mission ("the Omani foreign ministry",
/// "the Qatari embassy").
const SEAT_NOUNS: &[&str] = &[
    "ministry",
    "embassy",
    "palace",
    "residence",
    "consulate",
    "mission",
    "chancellery",
];

/// Words between a relative pronoun and a verb of mediating that keep
/// the clause a report of mediating ("which has been trying to mediate").
const CLAUSE_LEAD: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "been", "trying", "seeking", "working", "to",
    "long", "also",
];

/// The agents listed from item `start` on, after noun `noun`, as
/// [`agent_list`] reads them, except that when the noun stands in a
/// prepositional phrase, a list running on past a comma straight into a
/// verb has become the sentence's subject after that comma: "Under the
/// auspices of the AU, Ethiopia and Eritrea met" lists the AU alone
/// ("Mediators from X, Y and Z have" is one list, the subject itself).
fn fronted_list(cx: &Context, items: &[Item], noun: usize, start: usize) -> Vec<usize> {
    let (mut agents, after) = agent_list(cx, items, start);
    let in_phrase = (noun.saturating_sub(3)..noun).any(|k| {
        items[k].mention.is_none()
            && (items[k].upos == "ADP"
                || matches!(items[k].lower.as_str(), "with" | "under" | "through"))
    });
    if in_phrase
        && items
            .get(after)
            .is_some_and(|x| matches!(x.upos, "VERB" | "AUX"))
    {
        if let Some(comma) = items[start..after].iter().position(|x| x.lower == ",") {
            agents.retain(|&a| a < start + comma);
        }
    }
    agents
}

/// The authors of a joint statement, from its headline: "Joint Statement
/// from the United States, Egypt, and Qatar", "Statement by the Leaders of
/// X and Y". They are whom "we" and "our" stand for in its body. The flag
/// says whether the headline names them as leaders ("the Leaders of",
/// "the Heads of State of").
fn statement_authors(cx: &Context) -> (Vec<crate::fact::Arg>, bool) {
    let Some(head) = cx
        .analysis
        .sentences
        .first()
        .filter(|s| s.span.end <= cx.doc.body.start)
    else {
        return (Vec::new(), false);
    };
    let _ = head;
    let items = cx.items(0);
    let Some(st) = items.iter().position(|x| {
        matches!(
            x.lower.as_str(),
            "statement" | "declaration" | "communique" | "communiqué"
        )
    }) else {
        return (Vec::new(), false);
    };
    if !items
        .get(st + 1)
        .is_some_and(|x| matches!(x.lower.as_str(), "from" | "by" | "of"))
    {
        return (Vec::new(), false);
    }
    // "the Leaders of", "the Governments of"
    let mut k = st + 2;
    while k < items.len() && k < st + 6 && items[k].mention.is_none() && !items[k].punct {
        k += 1;
    }
    let leaders = items[st + 2..k]
        .iter()
        .any(|x| matches!(x.lower.as_str(), "leaders" | "heads"));
    let (agents, _) = agent_list(cx, items, k);
    let authors = agents
        .into_iter()
        .filter_map(|a| cx.arg(&items[a]))
        .collect();
    (authors, leaders)
}

/// Nouns for the one who mediates, as a role someone acts in ("acted as a
/// mediator", "served as an intermediary").
/// Whether `items[i]` is "led" / "headed" + "by" right after a noun of
/// mediation ("Mediation efforts led by X", "the mediation, headed by X").
pub(super) fn mediation_led_by(cx: &Context, items: &[Item], i: usize) -> bool {
    let tr = cx.triggers();
    cx.is_verb(VerbClass::Leading, &items[i])
        && items.get(i + 1).is_some_and(|x| x.lower == "by")
        && items[i.saturating_sub(3)..i]
            .iter()
            .any(|x| x.mention.is_none() && tr.mediation.contains(&x.lower))
}

/// A word that offers rather than does what its infinitive says ("offered
/// to mediate", "proposed to host", "ready to broker").
fn offer_word(w: &str) -> bool {
    w.starts_with("offer")
        || w.starts_with("propos")
        || w.starts_with("volunteer")
        || matches!(w, "ready" | "willing" | "prepared")
}

/// Whether mention `m` names a state or a body, not a person.
fn state_or_body(cx: &Context, m: usize) -> bool {
    matches!(
        cx.mention_kind(m),
        EntityKind::Country | EntityKind::Organization
    )
}

/// Verbs of acting or serving "as" something ("acted as a go-between",
/// "served as a channel").
const SERVING: &[&str] = &[
    "acting", "acted", "acts", "act", "serving", "served", "serves", "serve",
];

pub(super) const MEDIATOR_NOUNS: &[&str] = &[
    "mediator",
    "mediators",
    "co-mediator",
    "co-mediators",
    "intermediary",
    "intermediaries",
    "facilitator",
    "facilitators",
    "go-between",
    "broker",
];

/// Conflicts a third party helps end ("the standoff between X and Y").
/// Deeds of a deal that one may help others with ("helped broker the
/// truce", "helped bring about the ceasefire").
const HELP_DEEDS: &[&str] = &[
    "bring",
    "secure",
    "reach",
    "negotiate",
    "broker",
    "mediate",
    "achieve",
    "forge",
    "clinch",
    "facilitate",
];

pub(super) const CONFLICTS: &[&str] = &[
    "standoff",
    "stand-off",
    "crisis",
    "dispute",
    "conflict",
    "war",
    "fighting",
    "impasse",
    "deadlock",
    "tensions",
    "feud",
    "row",
];

/// Mediators the parse shows, as mention indices with the rule that found
/// them:
///
/// - `mediation/mediates-between`: the subject of a mediation verb with a
///   "between" phrase ("Egypt and Qatar have been mediating between Israel
///   and Hamas", "A, who is mediating between the factions");
/// - `mediation/acts-as-mediator`: the subject of the verb a mediator noun
///   hangs on through "as" ("Norway has acted as a mediator between the two
///   sides", "served as the main intermediary in the talks"), when the noun
///   has a "between" phrase or the sentence speaks of talks or a deal (a
///   court mediator in a biography does not count);
/// - `mediation/leads-mediation`: who leads, conducts or heads the
///   mediation ("A is leading the mediation between the two sides");
/// - `mediation/travels-to-help-end`: who travels somewhere to help end a
///   conflict between others ("A will fly to Juba to help end the
///   standoff between X and Y");
/// - `mediation/with-the-help-of`: whose help brought the talks or the
///   deal about ("the ceasefire was reached with the help of Turkish
///   diplomats");
/// - `mediation/is-mediator`: the subject of a mediator noun after a
///   copula ("Norway has been the main facilitator of the talks"), on the
///   same terms;
/// - `mediation/mediating-role`: whose role in mediating is praised or
///   played ("the mediating role of X", "X's mediating role", "X played a
///   key role in brokering the agreement", the last only when what was
///   brokered is talks or a deal);
/// - `mediation/which-mediates`: the party a relative clause says
///   mediates, with no object ("Qatar, which has been mediating, said",
///   "Kuwait, which has been trying to mediate"), not one that could;
/// - `mediation/helped-broker`: who helps bring about, secure, reach or
///   broker a deal with no one named as helped, or the sides as a group
///   ("Qatar and Egypt helped bring about the ceasefire", "helped the two
///   sides reach the accord"; not "A helped B reach its targets");
/// - `mediation/carries-messages`: who carries, relays or passes messages
///   or proposals between two sides ("A Norwegian envoy carried messages
///   between the government and the rebels"; not "between users").
fn parsed_mediators(cx: &Context, si: usize) -> Vec<(Vec<usize>, &'static str)> {
    let a = cx.analysis;
    let mut out = Vec::new();
    let is_med_verb = |t: usize| {
        a.tokens[t].upos == "VERB" && cx.lexicon.is_verb(VerbClass::Mediation, cx.token_lower(t))
    };
    let between = |t: usize| {
        cx.children_by(t, &["obl", "nmod"])
            .any(|c| cx.case_of(c) == Some("between"))
    };
    // "between the two sides", "between Lima and Santiago" (with `named`,
    // sides that name agents: not "between past and future"); not
    // "between users".
    let between_sides = |x: usize, named: bool| {
        cx.children_by(x, &["obl", "nmod"])
            .filter(|&c| cx.case_of(c) == Some("between"))
            .any(|c| {
                let sides = cx.conjuncts(c);
                (sides.len() >= 2 && (!named || sides.iter().all(|&s| !cx.np_agents(s).is_empty())))
                    || matches!(cx.token_lower(c).as_str(), "sides" | "parties")
            })
    };
    let state_or_body = |m: &usize| state_or_body(cx, *m);
    let talks_noun = |t: usize| cx.names_talks_or_deal(t);
    let sentence = a.sentences[si].tokens.clone();
    let talks_here = sentence.clone().any(&talks_noun);
    for t in sentence {
        let w = cx.token_lower(t);
        // "Qatar and Egypt helped bring about the ceasefire", "Norway
        // helped negotiate the peace agreement": who helps others reach a
        // deal mediates it (not "A helped B reach its targets": the one
        // helped acts).
        // (Or helps the sides as a group: "Norwegian diplomats helped the
        // two sides reach the accord".)
        let sides = |o: usize| {
            cx.token_mention(o).is_none()
                && super::topics::PARTY_GROUPS.contains(&cx.token_lower(o).as_str())
        };
        if matches!(w.as_str(), "helped" | "help" | "helps" | "helping")
            && a.tokens[t].upos == "VERB"
            && cx.children_by(t, &["obj", "iobj"]).all(sides)
        {
            let deed = cx.children_by(t, &["xcomp", "ccomp"]).find(|&v| {
                HELP_DEEDS.contains(&cx.token_lower(v).as_str())
                    && cx.children_by(v, &["obj", "obl"]).any(|o| {
                        cx.names_talks_or_deal(o) && matches!(cx.case_of(o), None | Some("about"))
                    })
            });
            if deed.is_some() {
                out.push((cx.subject_agents(t), "mediation/helped-broker"));
            }
        }
        // "offered to mediate between them": an offer, not mediation.
        let offered = || {
            cx.is_to_infinitive(t)
                && a.tokens[t]
                    .head
                    .is_some_and(|h| offer_word(cx.token_lower(h)))
        };
        // Nothing brokered but talks or a deal ("facilitates exchanges
        // between nations" is no mediation).
        let object_is_talks = || cx.children_by(t, &["obj"]).all(&talks_noun);
        // "the talks, which Qatar mediated" (a meeting someone convened
        // is theirs to host: see `parsed_hosts`).
        if is_med_verb(t)
            && !w.starts_with("conven")
            && a.tokens[t].deprel == "acl:relcl"
            && a.tokens[t].head.is_some_and(&talks_noun)
            && cx
                .children_by(t, &["obj"])
                .all(|o| matches!(cx.token_lower(o).as_str(), "which" | "that"))
        {
            let agents = cx
                .children_by(t, &["nsubj"])
                .flat_map(|s| cx.np_agents(s))
                .collect();
            out.push((agents, "mediation/talks-which-x-mediated"));
        }
        // "Qatar, which has been mediating, said", "Kuwait, which has been
        // trying to mediate": a party the clause says mediates (with no
        // object, or talks as one), not one that could or will.
        let intransitive = ["mediat", "arbitrat", "interced"]
            .iter()
            .any(|p| w.starts_with(p))
            && a.tokens[t].upos == "VERB"
            && cx.children_by(t, &["obj"]).all(&talks_noun);
        if intransitive {
            let clause = if a.tokens[t].deprel == "acl:relcl" {
                Some(t)
            } else {
                a.tokens[t]
                    .head
                    .filter(|&h| a.tokens[t].deprel == "xcomp" && a.tokens[h].deprel == "acl:relcl")
            };
            let relative = clause.filter(|&c| {
                cx.children_by(c, &["nsubj"])
                    .any(|s| matches!(cx.token_lower(s).as_str(), "which" | "who" | "that"))
                    && !cx
                        .children_by(c, &["aux"])
                        .any(|x| super::topics::MODALS.contains(&cx.token_lower(x).as_str()))
            });
            if let Some(h) = relative.and_then(|c| a.tokens[c].head) {
                out.push((cx.np_agents(h), "mediation/which-mediates"));
            }
            // "The sides met in Cairo, where Egyptian officials
            // mediated", "Norwegian diplomats mediated": a subject of its
            // own that mediates, with no object, in a sentence on talks.
            let own_subject = cx
                .children_by(t, &["nsubj"])
                .any(|s| !matches!(cx.token_lower(s).as_str(), "which" | "who" | "that"));
            let real = !cx
                .children_by(t, &["aux"])
                .any(|x| super::topics::MODALS.contains(&cx.token_lower(x).as_str()))
                && !super::participation::verb_negated(cx, t);
            if relative.is_none()
                && own_subject
                && real
                && talks_here
                && cx.children_by(t, &["obj", "obl"]).next().is_none()
            {
                out.push((cx.subject_agents(t), "mediation/mediated"));
            }
        }
        if let Some((gatherers, _)) = cx.brought_together(t) {
            out.push((gatherers, "mediation/brought-together"));
        }
        // "The United States helped negotiate the agreement between X and
        // Y": who helps others negotiate a deal brokers it.
        if matches!(w.as_str(), "negotiate" | "negotiating")
            && a.tokens[t].deprel.starts_with("xcomp")
            && a.tokens[t].head.is_some_and(|h| {
                matches!(
                    cx.token_lower(h).as_str(),
                    "helped" | "help" | "helps" | "helping"
                )
            })
            && cx.children_by(t, &["obj"]).any(&talks_noun)
        {
            if let Some(h) = a.tokens[t].head {
                out.push((cx.subject_agents(h), "mediation/helped-negotiate"));
            }
        }
        // "between" on the verb, or on the talks it brokers ("continue
        // facilitating negotiations between both sides").
        let between_here = || {
            between(t)
                || cx
                    .children_by(t, &["obj"])
                    .any(|o| talks_noun(o) && between(o))
        };
        if is_med_verb(t)
            && between_here()
            && object_is_talks()
            && !offered()
            && cx.children_by(t, &["aux:pass"]).next().is_none()
        {
            out.push((cx.subject_agents(t), "mediation/mediates-between"));
        }
        // "A Norwegian envoy carried messages between the government and
        // the rebels", "Qatar relayed proposals between the two sides": a
        // go-between's deed (the "between" phrase on the verb or on the
        // messages).
        if matches!(
            w.as_str(),
            "carried"
                | "carries"
                | "carrying"
                | "relayed"
                | "relays"
                | "relaying"
                | "passed"
                | "passes"
                | "passing"
                | "conveyed"
                | "conveys"
                | "conveying"
                | "shuttled"
        ) && a.tokens[t].upos == "VERB"
            && cx.children_by(t, &["obj"]).any(|o| {
                matches!(
                    cx.token_lower(o).as_str(),
                    "messages" | "message" | "proposals" | "proposal" | "offers"
                ) && [t, o].into_iter().any(|x| between_sides(x, false))
            })
        {
            out.push((cx.subject_agents(t), "mediation/carries-messages"));
        }
        // "played a key role as intermediary between X and Y": the parse
        // may take "as" for an adverb of the noun.
        let as_marked = || {
            cx.case_of(t) == Some("as")
                || cx
                    .children_by(t, &["advmod", "mark"])
                    .any(|c| cx.token_lower(c) == "as")
        };
        // "Oman has served as a channel between Washington and Tehran": a
        // state or a body serving as the channel, conduit or bridge
        // between two sides (not "a bridge between past and future": the
        // sides are named, or are the sides).
        if matches!(w.as_str(), "channel" | "conduit" | "bridge")
            && a.tokens[t].upos == "NOUN"
            && as_marked()
        {
            let h = a.tokens[t]
                .head
                .filter(|&h| SERVING.contains(&cx.token_lower(h).as_str()));
            if let Some(h) = h.filter(|&h| between_sides(t, true) || between_sides(h, true)) {
                let agents = cx.subject_agents(h);
                if agents.iter().all(state_or_body) {
                    out.push((agents, "mediation/acts-as-mediator"));
                }
            }
        }
        // "A is leading the mediation between the two sides": who leads or
        // conducts the mediation mediates.
        if (cx.lexicon.is_verb(VerbClass::Leading, w)
            || matches!(
                w.as_str(),
                "conduct" | "conducts" | "conducting" | "conducted"
            ))
            && a.tokens[t].upos == "VERB"
            && cx.children_by(t, &["obj"]).any(|o| {
                matches!(cx.token_lower(o).as_str(), "mediation" | "facilitation")
                    || (cx.token_lower(o) == "efforts"
                        && cx
                            .children_by(o, &["compound", "amod"])
                            .any(|c| cx.token_lower(c) == "mediation"))
            })
        {
            out.push((cx.subject_agents(t), "mediation/leads-mediation"));
        }
        // "A will fly to Khartoum to help end the standoff between X and
        // Y": who travels to help end a conflict between others mediates.
        if matches!(w.as_str(), "end" | "resolve" | "settle" | "defuse" | "ease")
            && a.tokens[t].deprel == "xcomp"
        {
            let help = a.tokens[t].head.filter(|&h| {
                matches!(cx.token_lower(h).as_str(), "help" | "helping")
                    && a.tokens[h].deprel == "advcl"
                    && cx.is_to_infinitive(h)
            });
            let travel = help
                .and_then(|h| a.tokens[h].head)
                .filter(|&v| super::TRAVEL_VERBS.contains(&cx.token_lower(v).as_str()));
            let conflict_between = cx
                .children_by(t, &["obj"])
                .any(|o| CONFLICTS.contains(&cx.token_lower(o).as_str()) && between(o));
            if let (Some(v), true) = (travel, conflict_between) {
                out.push((cx.subject_agents(v), "mediation/travels-to-help-end"));
            }
        }
        // "The ceasefire was reached with the help of Turkish diplomats":
        // who helped the talks or the deal come about brokered it.
        if matches!(w.as_str(), "help" | "assistance")
            && a.tokens[t].upos == "NOUN"
            && cx.case_of(t) == Some("with")
        {
            // ("The ceasefire, negotiated with the help of X, took
            // effect", "A and B, with the help of X, agreed to a truce",
            // "reached the deal with assistance from X".)
            let verb = a.tokens[t].head.filter(|&h| a.tokens[h].upos == "VERB");
            let of_talks = verb.is_some_and(|v| {
                cx.children_by(v, &["nsubj", "nsubj:pass", "obj", "obl"])
                    .any(&talks_noun)
                    || (a.tokens[v].deprel == "acl" && a.tokens[v].head.is_some_and(&talks_noun))
            }) || a.tokens[t].head.is_some_and(&talks_noun);
            if of_talks {
                // "the help of X", "assistance from X".
                let helpers: Vec<usize> = cx
                    .children_by(t, &["nmod"])
                    .filter(|&c| matches!(cx.case_of(c), Some("of" | "from")))
                    .flat_map(|c| cx.np_agents(c))
                    .collect();
                out.push((helpers, "mediation/with-the-help-of"));
            }
        }
        if MEDIATOR_NOUNS.contains(&w.as_str()) && as_marked() {
            // "between" hangs on the noun or, as often, on the verb.
            let h = a.tokens[t].head.filter(|&h| a.tokens[h].upos == "VERB");
            // "a go-between for X and Y": two sides after "for" say whom
            // it mediates for, as "between" does.
            let for_sides = cx
                .children_by(t, &["nmod"])
                .any(|c| cx.case_of(c) == Some("for") && cx.conjuncts(c).len() >= 2);
            // ("Acting as a go-between, Qatar relayed messages": a fronted
            // participle's subject is its clause's, when a state or a body.)
            let actors = |h: usize| {
                let own = cx.subject_agents(h);
                if own.is_empty() && a.tokens[h].deprel == "advcl" && a.tokens[h].xpos == "VBG" {
                    let theirs = a.tokens[h]
                        .head
                        .map(|v| cx.subject_agents(v))
                        .unwrap_or_default();
                    if theirs.iter().all(state_or_body) {
                        theirs
                    } else {
                        Vec::new()
                    }
                } else {
                    own
                }
            };
            // "Switzerland, acting as a go-between, passed messages": one
            // acting or serving as a mediator is one, whatever for.
            // (A state or a body: "served as a mediator for the Superior
            // Court" is a career.)
            let serving = |h: usize| {
                SERVING.contains(&cx.token_lower(h).as_str())
                    && a.tokens[t].upos == "NOUN"
                    && w != "broker"
                    && cx.children_by(t, &["compound"]).next().is_none()
                    && {
                        let agents = actors(h);
                        !agents.is_empty() && agents.iter().all(state_or_body)
                    }
            };
            // "With Turkey as mediator, A and B held talks": a verbless
            // clause's own subject is the one acting.
            let own: Vec<usize> = cx
                .children_by(t, &["nsubj"])
                .flat_map(|s| cx.np_agents(s))
                .collect();
            if !own.is_empty() {
                out.push((own, "mediation/acts-as-mediator"));
            } else if let Some(h) =
                h.filter(|&h| between(t) || between(h) || for_sides || talks_here || serving(h))
            {
                // "the role played by X as a mediator": a passive verb's
                // agent acts.
                let mut agents = actors(h);
                if agents.is_empty() {
                    agents = cx
                        .children_by(h, &["obl:agent"])
                        .flat_map(|c| cx.np_agents(c))
                        .collect();
                }
                out.push((agents, "mediation/acts-as-mediator"));
            }
        }
        // "Qatar, the main mediator, said ...": a mediator noun in
        // apposition to those it names.
        if MEDIATOR_NOUNS.contains(&w.as_str())
            && w != "broker"
            && a.tokens[t].deprel == "appos"
            && cx.children_by(t, &["compound"]).next().is_none()
        {
            // "A, the African Union's chief mediator,": the owner mediates
            // through A.
            let owners: Vec<usize> = cx
                .children_by(t, &["nmod:poss"])
                .flat_map(|o| cx.np_agents(o))
                .filter(state_or_body)
                .collect();
            let determined = cx.children_by(t, &["det"]).next().is_some() || !owners.is_empty();
            if let Some(h) = a.tokens[t].head.filter(|_| determined) {
                let mut agents = cx.np_agents(h);
                agents.extend(owners);
                out.push((agents, "mediation/mediator-apposition"));
            }
        }
        // "The mediator, former President A, said": the name in
        // apposition to a mediator noun.
        // (Written in lower case and set off by a comma: not "a Financial
        // Intermediary Fund (FIF)".)
        if MEDIATOR_NOUNS.contains(&w.as_str())
            && w != "broker"
            && a.tokens[t].upos == "NOUN"
            && cx
                .doc
                .text
                .get(a.tokens[t].span.clone())
                .is_some_and(|x| x.starts_with(|c: char| c.is_lowercase()))
            && cx.children_by(t, &["det"]).next().is_some()
            && cx.children_by(t, &["compound"]).next().is_none()
        {
            let named: Vec<usize> = cx
                .children_by(t, &["appos"])
                .filter(|&n| n > t && cx.token_lower(t + 1) == ",")
                .flat_map(|n| cx.np_agents(n))
                .collect();
            if !named.is_empty() {
                out.push((named, "mediation/mediator-apposition"));
            }
        }
        // "Norway has been the main facilitator of the talks": the
        // subject of a mediator noun after a copula.
        if MEDIATOR_NOUNS.contains(&w.as_str())
            && cx.children_by(t, &["cop"]).next().is_some()
            && (between(t) || talks_here)
        {
            out.push((cx.subject_agents(t), "mediation/is-mediator"));
        }
        if w == "role" && a.tokens[t].upos == "NOUN" {
            // ("a mediating role", "a facilitating role", "a brokering
            // role"; in talks, as the mediation verbs are.)
            let mediating = cx.children_by(t, &["amod", "compound"]).any(|c| {
                let cw = cx.token_lower(c);
                cw == "mediating"
                    || (matches!(cw.as_str(), "facilitating" | "brokering") && cx.about_talks())
            });
            if mediating {
                let mut owners: Vec<usize> = cx
                    .children_by(t, &["nmod"])
                    .filter(|&c| {
                        matches!(cx.case_of(c), Some("of") | Some("'s"))
                            || a.tokens[c].deprel == "nmod:poss"
                    })
                    .flat_map(|c| cx.np_agents(c))
                    .collect();
                // "Switzerland has played a key mediating role": who plays it.
                if owners.is_empty() {
                    if let Some(v) = role_verb(cx, t) {
                        owners = cx.subject_agents(v);
                    }
                }
                out.push((owners, "mediation/mediating-role"));
            }
            if let Some((v, true, _)) = role_in(cx, t) {
                out.push((cx.subject_agents(v), "mediation/mediating-role"));
            }
        }
    }
    out.retain(|(agents, _)| !agents.is_empty());
    out
}

/// Hosts the parse shows, as mention indices with the rule that found
/// them:
///
/// - `mediation/talks-which-x-hosted`: the subject of "hosted" or
///   "convened" in a relative clause on a talks noun ("the negotiations,
///   which Oman hosted in Muscat", "a meeting he has convened each year";
///   "which Qatar mediated" gives a mediator, see [`parsed_mediators`]);
/// - `mediation/hosting-clause`: the subject of the clause a participle
///   of hosting with talks for its object hangs on ("Hosting the summit,
///   A called for unity");
/// - `mediation/at-invitation`: the owner of an invitation the talks were
///   held at ("at Kenya's invitation");
/// - `mediation/as-host`: the subject of the verb that "as host" hangs on
///   ("As host, Egypt opened the session");
/// - `mediation/host-apposition`: the name in apposition to "host" ("the
///   summit host, Indonesia,"), or "host" (or "host nation", "host
///   country", "host government") in apposition to the name ("Oman, the
///   host of the talks,", "Egypt, the host nation,");
/// - `mediation/played-host`: who plays host ("with Brazil playing
///   host");
/// - `mediation/welcomed-to`: the subject of "welcomed" with a person or
///   a delegation as its object, and a place or a seat after "to" or talks
///   after "for" ("President A welcomed B to Lima for talks", "welcomed
///   Prime Minister B to the White House").
///
/// All but the last only in a sentence that speaks of talks or a deal.
fn parsed_hosts(cx: &Context, si: usize) -> Vec<(Vec<usize>, &'static str)> {
    let a = cx.analysis;
    let talks_noun = |t: usize| cx.names_talks_or_deal(t);
    let sentence = a.sentences[si].tokens.clone();
    let mut out = Vec::new();
    // "President A welcomed Prime Minister B to the White House": a guest
    // welcomed to a place or a seat is hosted there, talks named or not.
    for t in sentence.clone() {
        if super::meetings::welcomes_guest(cx, t)
            // (a person, or a delegation: "welcomed the delegations of X
            // and Y to Geneva", "welcomed the two leaders to Helsinki")
            && cx.children_by(t, &["obj"]).any(|o| {
                super::welcome_guest_noun(cx.token_lower(o))
                    || cx
                        .np_agents(o)
                        .iter()
                        .any(|&m| cx.mention_kind(m) == EntityKind::Person)
            })
        {
            out.push((cx.subject_agents(t), "mediation/welcomed-to"));
        }
    }
    if !sentence.clone().any(&talks_noun) {
        return out;
    }
    for t in sentence {
        let w = cx.token_lower(t);
        let tok = &a.tokens[t];
        let hosted = matches!(
            w.as_str(),
            "hosted" | "hosts" | "host" | "hosting" | "convened" | "convenes" | "convene"
        );
        if hosted
            && tok.upos == "VERB"
            && tok.deprel == "acl:relcl"
            && tok.head.is_some_and(&talks_noun)
        {
            let agents = cx
                .children_by(t, &["nsubj"])
                .flat_map(|s| cx.np_agents(s))
                .collect();
            out.push((agents, "mediation/talks-which-x-hosted"));
        }
        // "Hosting the summit, A called for unity": a participle of
        // hosting with talks for its object; its subject is its clause's.
        if matches!(w.as_str(), "hosting" | "co-hosting" | "convening")
            && tok.xpos == "VBG"
            && tok.deprel == "advcl"
            // Opening its sentence's clause, with no word before it: not
            // "thanked B for hosting the summit", "by hosting".
            && tok.head.is_some_and(|h| h > t)
            && cx.children_by(t, &["nsubj", "mark", "case"]).next().is_none()
            && cx.children_by(t, &["obj"]).any(&talks_noun)
        {
            out.push((cx.subject_agents(t), "mediation/hosting-clause"));
        }
        if w == "invitation" && cx.case_of(t).is_some() {
            let owners = cx
                .children_by(t, &["nmod:poss"])
                .flat_map(|o| cx.np_agents(o))
                .collect();
            out.push((owners, "mediation/at-invitation"));
        }
        if let Some((v, _, true)) = role_in(cx, t) {
            out.push((cx.subject_agents(v), "mediation/hosting-role"));
        }
        // "Turkey organised the meeting between the two ministers": a
        // state or a body that organises or arranges talks hosts them
        // (not a person: "A arranged a call with B" is A's own call).
        if matches!(
            w.as_str(),
            "organised" | "organized" | "organises" | "organizes" | "arranged" | "arranges"
        ) && tok.upos == "VERB"
            && cx.children_by(t, &["aux:pass"]).next().is_none()
            && cx.children_by(t, &["obj"]).any(|o| cx.names_talks(o))
        {
            let agents = cx
                .subject_agents(t)
                .into_iter()
                .filter(|&m| state_or_body(cx, m))
                .collect();
            out.push((agents, "mediation/organised"));
        }
        // "Qatar provided the venue for the talks", "the venue, offered
        // by Norway": who gives the talks their venue hosts them.
        if w == "venue" && tok.upos == "NOUN" {
            let give = |v: usize| {
                let vw = cx.token_lower(v);
                vw.starts_with("provid") || vw.starts_with("offer")
            };
            if let Some(v) = tok.head.filter(|&v| tok.deprel == "obj" && give(v)) {
                out.push((cx.subject_agents(v), "mediation/gave-venue"));
            }
            for v in cx.children_by(t, &["acl"]).filter(|&v| give(v)) {
                let by = cx
                    .children_by(v, &["obl", "obl:agent"])
                    .filter(|&o| cx.case_of(o) == Some("by"))
                    .flat_map(|o| cx.np_agents(o))
                    .collect();
                out.push((by, "mediation/gave-venue"));
            }
        }
        // "The talks took place at the Omani embassy in Geneva", "held at
        // the residence of Oman's ambassador": the country whose embassy
        // or envoy's residence houses the talks hosts them.
        if matches!(w.as_str(), "embassy" | "residence")
            && tok.upos == "NOUN"
            && matches!(cx.case_of(t), Some("at" | "in"))
            && tok
                .head
                .is_some_and(|v| cx.triggers().venue_verbs.contains(cx.token_lower(v)))
        {
            let mut owners: Vec<usize> = cx
                .children_by(t, &["amod", "nmod:poss", "compound"])
                .flat_map(|o| cx.np_agents(o))
                .collect();
            for n in cx
                .children_by(t, &["nmod"])
                .filter(|&n| cx.case_of(n) == Some("of"))
            {
                owners.extend(cx.np_agents(n));
                if w == "residence" {
                    owners.extend(
                        cx.children_by(n, &["amod", "nmod:poss", "compound"])
                            .flat_map(|o| cx.np_agents(o)),
                    );
                }
            }
            owners.retain(|&m| cx.mention_kind(m) == EntityKind::Country);
            owners.dedup();
            out.push((owners, "mediation/embassy-venue"));
        }
        if w == "host" && tok.upos == "NOUN" {
            // "As host" (not "as host of the World Cup").
            let of_other = cx
                .children_by(t, &["nmod"])
                .any(|n| !talks_noun(n) && cx.case_of(n) != Some("to"));
            if cx.case_of(t) == Some("as") && !of_other {
                if let Some(h) = tok.head.filter(|&h| a.tokens[h].upos == "VERB") {
                    out.push((cx.subject_agents(h), "mediation/as-host"));
                }
            }
            let named = cx
                .children_by(t, &["appos"])
                .flat_map(|n| cx.np_agents(n))
                .collect();
            out.push((named, "mediation/host-apposition"));
            // "Oman, the host of the talks, said": the host noun in
            // apposition to a party (not "host of the World Cup").
            if tok.deprel == "appos" && !of_other {
                if let Some(h) = tok.head {
                    out.push((cx.np_agents(h), "mediation/host-apposition"));
                }
            }
            // "Egypt, the host nation, proposed": so is "host nation",
            // "host country" or "host government".
            let host_state = tok.head.filter(|&n| {
                tok.deprel == "compound"
                    && matches!(
                        cx.token_lower(n).as_str(),
                        "nation" | "country" | "government"
                    )
                    && a.tokens[n].deprel == "appos"
                    && !cx.children_by(n, &["nmod"]).any(|o| !talks_noun(o))
            });
            if let Some(n) = host_state {
                if let Some(h) = a.tokens[n].head {
                    out.push((cx.np_agents(h), "mediation/host-apposition"));
                }
            }
            // "with Brazil playing host": the host as a deed.
            if tok.deprel == "obj" && !of_other {
                let play = tok
                    .head
                    .filter(|&v| PLAY_VERBS.contains(&cx.token_lower(v).as_str()));
                if let Some(v) = play {
                    out.push((cx.subject_agents(v), "mediation/played-host"));
                }
            }
        }
    }
    out.retain(|(agents, _)| !agents.is_empty());
    out
}

/// The agent at `k` with the agents coordinated before it ("Peru and
/// Angola are co-hosting", "Egypt, Qatar and the United States brokered"),
/// in text order: [`super::agents_before`], unless the word joining them to
/// the subject is no "and" ("in talks between A and B, C hosted" is C
/// alone) or one of them is in a prepositional phrase ("talks with A and
/// B").
fn with_coordinated_before(cx: &Context, items: &[Item], k: usize) -> Vec<usize> {
    let mut agents = super::agents_before(cx, items, k);
    let joined = agents.len() > 1 && items[agents[1] + 1..k].iter().any(|x| x.lower == "and");
    if !joined
        || agents[1..]
            .iter()
            .any(|&a| super::after_preposition(cx, &items[a]))
    {
        agents.truncate(1);
    }
    agents.reverse();
    agents
}

/// "X played a key role in brokering the agreement", "... in hosting and
/// facilitating the talks": for a noun "role" that is the object of
/// "play" or "have", that verb and whether the deeds the role is in
/// mediate and host. The deeds are gerunds right after "role in", joined
/// by "and" or commas (read as words: the parse hangs a second gerund
/// anywhere), every one a mediation or hosting verb, and what they act on
/// is talks or a deal within the next few words ("hosting the festival"
/// is no talks).
fn role_in(cx: &Context, role: usize) -> Option<(usize, bool, bool)> {
    let a = cx.analysis;
    let verb = role_verb(cx, role)?;
    let end = a.sentences[a.sentence_of_token(role)].tokens.end;
    let mut k = role + 1;
    if k >= end || cx.token_lower(k) != "in" {
        return None;
    }
    k += 1;
    let (mut med, mut host) = (false, false);
    while k < end {
        let w = cx.token_lower(k);
        let (m, h) = (
            cx.lexicon.is_verb(VerbClass::Mediation, w),
            cx.lexicon.is_verb(VerbClass::Hosting, w),
        );
        if !w.ends_with("ing") || !(m || h) {
            break;
        }
        med |= m;
        host |= h;
        k += 1;
        if k < end && matches!(cx.token_lower(k).as_str(), "and" | ",") {
            k += 1;
        }
    }
    let acts_on_talks = (k..end.min(k + 4))
        .take_while(|&x| !matches!(a.tokens[x].upos, "PUNCT" | "ADP" | "VERB"))
        .any(|x| cx.names_talks_or_deal(x));
    ((med || host) && acts_on_talks).then_some((verb, med, host))
}

/// Forms of "play" ("played host to the talks", "played a role").
const PLAY_VERBS: &[&str] = &["played", "plays", "play", "playing"];

/// For a noun "role" that is the object of "play" or "have", that verb.
fn role_verb(cx: &Context, role: usize) -> Option<usize> {
    let tok = &cx.analysis.tokens[role];
    if tok.upos != "NOUN" || tok.deprel != "obj" || cx.token_lower(role) != "role" {
        return None;
    }
    tok.head.filter(|&h| {
        let w = cx.token_lower(h).as_str();
        PLAY_VERBS.contains(&w) || matches!(w, "had" | "has")
    })
}

/// Whether a talks noun follows within a few words ("the talks", "a ceasefire").
fn talks_follow(items: &[Item], from: usize, tr: &super::Triggers) -> bool {
    items[from.min(items.len())..]
        .iter()
        .take(5)
        .take_while(|x| !x.punct)
        .any(|x| tr.talks.contains(&x.lower) || tr.deal.contains(&x.lower))
}

/// For a to-infinitive at `items[i]` that the parse hangs on a verb as its
/// purpose or open clause ("hosted a meeting ... to facilitate a dialogue",
/// "A and B commit to convening a group"), the items of that verb's agent
/// subjects (none when its subject is no agent); `None` when the parse
/// hangs the infinitive on no verb ("Australia's bid to host").
pub(super) fn purpose_subjects(cx: &Context, items: &[Item], i: usize) -> Option<Vec<usize>> {
    let v = cx.span_head(&items[i].span)?;
    let tok = &cx.analysis.tokens[v];
    let h = tok.head.filter(|&h| {
        matches!(tok.deprel, "advcl" | "xcomp") && cx.analysis.tokens[h].upos == "VERB"
    })?;
    Some(
        cx.subject_agents(h)
            .into_iter()
            .filter_map(|m| super::item_of(items, m))
            .collect(),
    )
}

/// Those a country keeps rather than receives for talks: troops,
/// refugees, the seat of a body ("thanked Germany for hosting U.S.
/// forces").
const STATIONED: &[&str] = &[
    "forces",
    "troops",
    "servicemembers",
    "service",
    "soldiers",
    "personnel",
    "refugees",
    "migrants",
    "evacuees",
    "base",
    "bases",
    "secretariat",
    "headquarters",
];

/// Words for the guests a host receives ("hosted his counterparts").
const GUESTS: &[&str] = &[
    "counterpart",
    "counterparts",
    "delegation",
    "delegations",
    "guests",
    "visitors",
    "leaders",
    "envoys",
    "negotiators",
    "delegates",
];

/// Forms of "be" before a progressive "hosting".
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "am"];

/// "hosted Y", "hosted his Ukrainian and Russian counterparts": a person,
/// or a word for guests, as the object within a few words (before any
/// punctuation). A country or an organisation there is too often what is
/// stationed or staged ("hosts the U.S. Navy's Fifth Fleet", "hosting the
/// FIFA World Cup") to make a guest.
fn guests_follow(cx: &Context, items: &[Item], from: usize) -> bool {
    // The words of a guest's title do not count ("hosted Mexican Secretary
    // of Foreign Affairs A B").
    items[from.min(items.len())..]
        .iter()
        .filter(|x| !(x.mention.is_none() && cx.in_title_span(&x.span)))
        .take(5)
        .take_while(|x| !x.punct)
        .any(|x| {
            cx.kind(x) == Some(EntityKind::Person)
                || (x.mention.is_none() && GUESTS.contains(&x.lower.as_str()))
        })
        // "hosted representatives of both sides": of the sides of talks.
        || items[from.min(items.len())..]
            .windows(4)
            .take(4)
            .any(|w| {
                matches!(w[0].lower.as_str(), "representatives" | "officials")
                    && w[1].lower == "of"
                    && matches!(w[2].lower.as_str(), "both" | "the")
                    && matches!(w[3].lower.as_str(), "sides" | "parties" | "two")
            })
}

/// The speaker of a transcript turn who welcomes the guests or says they
/// host: "It is an honor to welcome you here", "Welcome, everyone", "the
/// first summit I've hosted".
fn speaker_hosts(cx: &Context<'_>, out: &mut Vec<Fact>) {
    let a = cx.analysis;
    let mut done = false;
    for (si, sentence) in a.sentences.iter().enumerate() {
        if done {
            break;
        }
        for t in sentence.tokens.clone() {
            let w = cx.token_lower(t);
            let welcome = matches!(w.as_str(), "welcome" | "welcoming")
                && a.tokens[t].upos == "VERB"
                && cx.children_by(t, &["obj"]).any(|o| {
                    matches!(
                        cx.token_lower(o).as_str(),
                        "you" | "everyone" | "everybody" | "all"
                    )
                });
            let greeting = w == "welcome"
                && t == sentence.tokens.start
                && a.tokens.get(t + 1).is_some_and(|n| {
                    matches!(cx.doc.text.get(n.span.clone()), Some("," | "." | "!"))
                });
            let hosted = matches!(w.as_str(), "host" | "hosted" | "hosting")
                && a.tokens[t].upos == "VERB"
                && cx
                    .subjects(t)
                    .iter()
                    .any(|&s| matches!(cx.token_lower(s).as_str(), "i" | "we"));
            if !(welcome || greeting || hosted) {
                continue;
            }
            let Some(e) = cx.speaker_at(a.tokens[t].span.start) else {
                continue;
            };
            let Some(m) = cx.mention_of(e) else { continue };
            let arg = cx.mentions.entities[cx.mentions.mentions[m].entity].arg();
            out.push(cx.fact(
                Relation::Host,
                vec![arg],
                si,
                a.tokens[t].span.clone(),
                "mediation/speaker-welcomes",
                0.7,
            ));
            // One host per transcript: the first speaker who welcomes.
            done = true;
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, check_exact};
    use crate::fact::Relation;

    /// "hosted by" names the host in a sentence about a meeting told by its
    /// verb, not in any sentence.
    #[test]
    fn hosted_by_after_met() {
        check_exact(
            Relation::Host,
            &[
                (
                    "Ana Ruiz and Luis Vega met on Monday, where they were hosted by Foreign Minister Jorge Salas.",
                    &["Jorge Salas"],
                ),
                (
                    "The two ministers were hosted by Foreign Minister Jorge Salas at his residence.",
                    &[],
                ),
            ],
        );
    }

    /// "Host" as a verb hosts talks only with talks after it.
    #[test]
    fn hosting_things_is_not_hosting_talks() {
        check_exact(
            Relation::Host,
            &[
                (
                    "Since then, Norway hosts the allied fleet and its headquarters.",
                    &[],
                ),
                // Thanks for keeping troops or refugees are no thanks for
                // hosting talks.
                (
                    "President Ana Ruiz thanked Norway for hosting Chilean forces and for its support.",
                    &[],
                ),
                (
                    "President Ana Ruiz thanked Norway for hosting 3,000 Chileans as they moved on.",
                    &[],
                ),
                (
                    "President Ana Ruiz thanked Norway for hosting the summit in Oslo.",
                    &["Norway"],
                ),
            ],
        );
    }

    #[test]
    fn mediators() {
        check(
            Relation::Mediator,
            &[
                (
                    "Mediation efforts led by Norway and Chile have not yet succeeded.",
                    &["Norway", "Chile"],
                ),
                (
                    "The round was hosted and sponsored by the Sultanate of Oman.",
                    &["Oman"],
                ),
                (
                    "The ceasefire was brokered by Egypt and Qatar.",
                    &["Egypt", "Qatar"],
                ),
                // A purpose clause's doer is the subject of the verb it
                // serves, not the name nearest before it.
                (
                    "Oman hosted a meeting between Foreign Minister Ana Lutz of Peru and Envoy Tom Arlen of Chile to facilitate a dialogue.",
                    &["Oman"],
                ),
                (
                    "Peru and Chile commit to convening a dialogue on fisheries.",
                    &[],
                ),
                (
                    "Talks were held under the auspices of the United Nations.",
                    &["United Nations"],
                ),
                // Mediation by someone, their good offices, their chief
                // mediator; a fronted "with" phrase ends at its comma.
                (
                    "Mediation efforts by Kenya have failed to end the fighting between Sudan and South Sudan.",
                    &["Kenya"],
                ),
                (
                    "The agreement was reached through the good offices of Algeria.",
                    &["Algeria"],
                ),
                (
                    "Tomas Berg, the African Union's chief mediator, said both sides had agreed to a ceasefire.",
                    &["African Union", "Tomas Berg"],
                ),
                (
                    "With the mediation of the Vatican, Peru and Chile signed a treaty.",
                    &["Vatican City"],
                ),
                (
                    "The invitation by Kenya was declined.",
                    &[],
                ),
                // Who came "to help broker" a truce mediates it.
                (
                    "A Qatari delegation arrived in Cairo to help broker a truce.",
                    &["Qatar"],
                ),
                ("A Qatari delegation arrived in Cairo to help build a school.", &[]),
                // Who leads talks between two others mediates them; not
                // one of the two.
                (
                    "The African Union-led talks between Ethiopia and Eritrea resumed in Pretoria.",
                    &["African Union"],
                ),
                ("The US-led talks between the United States and Iran resumed.", &[]),
                // A relative clause of mediating read by its words.
                (
                    "Kuwait, which has been trying to mediate, urged restraint.",
                    &["Kuwait"],
                ),
                ("Kuwait, which offered to mediate, urged restraint.", &[]),
                (
                    "The truce between Israel and Hamas, reached with Qatari and Egyptian help, took effect on Sunday.",
                    &["Egypt", "Qatar"],
                ),
                (
                    "The Qatari help for flood victims arrived with Egyptian help on Sunday.",
                    &[],
                ),
                // A fronted phrase ends at its comma; the sides after it
                // are the subject.
                (
                    "Under the auspices of the African Union, Peru and Chile met in Lima on Monday.",
                    &["African Union"],
                ),
                ("Observers praised Norway's mediation.", &["Norway"]),
                ("The leaders thanked Kenya for its mediation.", &["Kenya"]),
                ("The Qatar-mediated talks resumed.", &["Qatar"]),
                (
                    "Turkey mediated the talks between the two sides.",
                    &["Turkey"],
                ),
                ("The weather in Geneva was cold.", &[]),
            ],
        );
    }

    /// Mediators read from the parse: the subject of "mediating between",
    /// of "acted as a mediator", the owner of a mediating role; not an
    /// offer to mediate, a mediator in a court, or a role in something
    /// that is no talks or deal.
    #[test]
    fn mediators_by_grammar() {
        check_exact(
            Relation::Mediator,
            &[
                // A body described by who leads it, between commas: the
                // body, not the leader's former country.
                (
                    "The AU panel, led by former Nigerian President Olu Adeyemi, brokered the agreement.",
                    &["African Union"],
                ),
                // Who plays a mediating role mediates.
                (
                    "Switzerland has played a key mediating role between the two countries.",
                    &["Switzerland"],
                ),
                (
                    "Norway played a facilitating role in the talks.",
                    &["Norway"],
                ),
                ("Norway played a facilitating role in the exhibition.", &[]),
                // A title in apposition says who the mediator is; the
                // organisation inside it does not mediate.
                (
                    "Andres Pardo, now a United Nations envoy, mediated the talks.",
                    &["Andres Pardo"],
                ),
                // A former office holder is named through "former".
                (
                    "The talks are being mediated by former president Andres Pardo.",
                    &["Andres Pardo"],
                ),
                (
                    "Egypt and Qatar have been mediating between Israel and Hamas for months.",
                    &["Egypt", "Qatar"],
                ),
                (
                    "Norway has acted as a mediator between the two sides since 2019.",
                    &["Norway"],
                ),
                (
                    "Kenyan President William Ruto, who is mediating between the rival factions, said the process would take time.",
                    &["Kenya", "William Ruto"],
                ),
                (
                    "Brazil, which has mediated between the two governments, welcomed the move.",
                    &["Brazil"],
                ),
                (
                    "Ghana played a key role in brokering the agreement.",
                    &["Ghana"],
                ),
                (
                    "The President praised the mediating role of Prime Minister Ali Hassan of Qatar.",
                    &["Ali Hassan", "Qatar"],
                ),
                (
                    "Officials continued consultations with co-mediators Qatar and Egypt.",
                    &["Egypt", "Qatar"],
                ),
                (
                    "We thank them for the role played by Sultan Ahmed bin Said as a mediator between the parties.",
                    &["Ahmed bin Said"],
                ),
                (
                    "The United States will continue facilitating negotiations between both sides.",
                    &["United States"],
                ),
                (
                    "Oman played a central role in hosting and facilitating the talks.",
                    &["Oman"],
                ),
                (
                    "Chile played an important role in facilitating dialogue between the government and the rebels.",
                    &["Chile"],
                ),
                (
                    "On Monday, Egypt, Qatar and the United States brokered the ceasefire.",
                    &["Egypt", "Qatar", "United States"],
                ),
                (
                    "President Ana Ruiz and Prime Minister Tomas Berg welcome the convening of a Peru-Norway Space Dialogue.",
                    &[],
                ),
                (
                    "Today, Peru and Chile convened bilateral consultations on trade in Lima.",
                    &[],
                ),
                (
                    "Over 200 citizens of Peru and Chile participated in sponsored exchange programs.",
                    &[],
                ),
                // (The parse hangs the participle on the noun it modifies.)
                (
                    "More than 10,000 Chilean and Peruvian citizens have participated in sponsored exchange programs, including political leaders.",
                    &[],
                ),
                (
                    "Norway has been the main facilitator of the talks between the government and the rebels.",
                    &["Norway"],
                ),
                ("Ana Ruiz is a certified mediator in Ohio.", &[]),
                ("Algeria offered to mediate between Mali and the rebels.", &[]),
                (
                    "The agency will continue facilitating exports between both countries.",
                    &[],
                ),
                (
                    "The charity played a role in hosting the festival.",
                    &[],
                ),
                (
                    "The Quantum Consortium, which facilitates exchanges between nations, grew.",
                    &[],
                ),
                ("She served as a mediator for the county court.", &[]),
                (
                    "The sanctions target the ministry for its role in facilitating the repression of protesters.",
                    &[],
                ),
            ],
        );
    }

    /// "X hosted Y": a person or a word for guests as the object makes X
    /// the host, and Y is not; an organisation's event, or a noun
    /// "hosting", does not.
    #[test]
    fn hosts_of_guests() {
        check(
            Relation::Host,
            &[
                (
                    "Turkish Foreign Minister Selim Aydin hosted his Ukrainian and Russian counterparts in Ankara on Friday.",
                    &["Selim Aydin", "Turkey"],
                ),
                (
                    "President Ana Ruiz will host Prime Minister Tomas Berg at the palace on Monday.",
                    &["Ana Ruiz"],
                ),
                ("Qatar hosted the FIFA World Cup in 2022.", &[]),
                (
                    "He expressed appreciation for Spain's continued hosting of U.S. military forces.",
                    &[],
                ),
            ],
        );
        // The guest after the verb "hosts" is no host (as after the noun
        // "host country Chile" it would be).
        check_exact(
            Relation::Host,
            &[
                (
                    "Chile hosts Peruvian delegation to revive trade talks",
                    &["Chile"],
                ),
                (
                    "President Ana Ruiz will host Prime Minister Tomas Berg of Norway for a bilateral meeting.",
                    &["Ana Ruiz"],
                ),
            ],
        );
    }

    /// Hosts read from the parse: the subject of "which X hosted" on a
    /// talks noun, the owner of the invitation talks were held at, "as
    /// host", "the summit host, X"; not the host of something else.
    #[test]
    fn hosts_by_grammar() {
        check_exact(
            Relation::Host,
            &[
                (
                    "The negotiations, which Oman hosted in Muscat, ended on Friday.",
                    &["Oman"],
                ),
                (
                    "The talks were held at Kenya's invitation in Nairobi.",
                    &["Kenya"],
                ),
                // Where, before by whom.
                (
                    "The talks, hosted in Muscat by the Omani government, lasted two days.",
                    &["Oman"],
                ),
                ("As host, Egypt opened the session on Monday.", &["Egypt"]),
                (
                    "The summit host, Indonesia, welcomed the leaders to Bali.",
                    &["Indonesia"],
                ),
                (
                    "Oman played a central role in hosting and facilitating the talks.",
                    &["Oman"],
                ),
                (
                    "After talks with Israel and Hamas, Egypt hosted the delegations in Cairo.",
                    &["Egypt"],
                ),
                ("As host of the World Cup, Qatar built new stadiums.", &[]),
                // Who welcomes a guest to a place for talks hosts them.
                (
                    "President Ana Ruiz welcomed Luis Vega to Lima on Monday for talks.",
                    &["Ana Ruiz", "Peru"],
                ),
                (
                    "The Swiss government welcomed the delegations of Armenia and Azerbaijan to Geneva on Monday.",
                    &["Switzerland"],
                ),
                ("President Ana Ruiz welcomed the agreement on talks.", &[]),
                (
                    "Chilean President Ana Ruiz welcomed the two leaders to Santiago for the summit.",
                    &["Ana Ruiz", "Chile"],
                ),
                // A participle of hosting that opens the clause.
                (
                    "Hosting the summit, Chilean President Ana Ruiz called for unity.",
                    &["Ana Ruiz", "Chile"],
                ),
                // (the one thanked hosts, not the subject of "thanked")
                (
                    "President Ana Ruiz thanked Luis Vega for hosting the summit.",
                    &["Luis Vega"],
                ),
                // A leader welcomed to a seat, talks named or not.
                (
                    "President Ana Ruiz welcomed Prime Minister Tomas Berg of Norway to the White House today.",
                    &["Ana Ruiz"],
                ),
                (
                    "President Ana Ruiz welcomed Prime Minister Tomas Berg's decision to return to Lima.",
                    &[],
                ),
                ("The charity played a role in hosting the festival.", &[]),
                ("The film festival host, Cannes, welcomed the stars.", &[]),
            ],
        );
        check_exact(
            Relation::Mediator,
            &[(
                "The talks, which Qatar mediated, ended on Friday.",
                &["Qatar"],
            )],
        );
    }

    #[test]
    fn hosts() {
        check(
            Relation::Host,
            &[
                (
                    "The round was hosted and sponsored by the Sultanate of Oman.",
                    &["Oman"],
                ),
                ("Switzerland hosted the talks in Geneva.", &["Switzerland"]),
                // A country acting through its government.
                (
                    "The government of Switzerland hosted the conference in Bürgenstock.",
                    &["Switzerland"],
                ),
                (
                    "A delegation of Norway hosted the talks in Oslo.",
                    &["Norway"],
                ),
                // A relative clause between the host and the verb.
                (
                    "Tomas Berg, who currently chairs the regional bloc, is hosting the emergency discussions in Oslo.",
                    &["Tomas Berg"],
                ),
                (
                    "Today, Peru and Angola are co-hosting a summit on ports, bringing together leaders from Chad.",
                    &["Angola", "Peru"],
                ),
                (
                    "The summit was co-hosted by Kenya and Ghana.",
                    &["Ghana", "Kenya"],
                ),
                (
                    "Ana Ruiz is the co-host of a podcast on the peace talks.",
                    &[],
                ),
                (
                    "Both leaders applauded Japan's hosting of the summit in Hiroshima.",
                    &["Japan"],
                ),
                (
                    "The meeting took place at the invitation of Qatar.",
                    &["Qatar"],
                ),
                ("Egypt's mediation was praised.", &[]),
                // The title before a speaker's name hosts nothing of what
                // precedes it.
                (
                    "Ministers met in Bonn to review the fisheries accord with Peru, host Ana Lutz said.",
                    &["Ana Lutz"],
                ),
            ],
        );
    }

    /// A third party that brings two sides together for talks, or
    /// convenes them to discuss something, mediates; the sides do not,
    /// nor does a party that gathers others with no talks spoken of.
    #[test]
    fn who_brings_two_sides_together_mediates() {
        check_exact(
            Relation::Mediator,
            &[
                (
                    "Norway brought together the foreign ministers of Chile and Peru, Ana Ruiz and Luis Vega, for talks in Oslo.",
                    &["Norway"],
                ),
                (
                    "The Swiss government convened Ana Ruiz and Luis Vega in Geneva to discuss the maritime border.",
                    &["Switzerland"],
                ),
                (
                    "Chile brought together the foreign ministers of Chile and Peru, Ana Ruiz and Luis Vega, for talks in Lima.",
                    &[],
                ),
                (
                    "Norway brought Ana Ruiz and Luis Vega together for a concert in Oslo.",
                    &[],
                ),
                (
                    "The summit brought together leaders from more than 40 countries.",
                    &[],
                ),
            ],
        );
    }

    /// Mediators named as a group ("Mediators from X and Y", "X and Y,
    /// the mediators,"); an offer to host hosts nothing.
    #[test]
    fn mediators_as_a_group_and_offers_to_host() {
        check_exact(
            Relation::Mediator,
            &[
                (
                    "Mediators from Egypt, Qatar and the United States have been pushing for a deal.",
                    &["Egypt", "Qatar", "United States"],
                ),
                (
                    "Egypt and Qatar, the mediators, presented a new proposal on Monday.",
                    &["Egypt", "Qatar"],
                ),
                (
                    "In Nairobi, the mediators presented their proposals to both sides.",
                    &[],
                ),
                // A former office's country mediates no more.
                (
                    "The talks were facilitated by Kofi Mensah, a former foreign minister of Ghana.",
                    &["Kofi Mensah"],
                ),
                // A relative clause on a name after a preposition.
                (
                    "Both sides praised the role of Algeria, which brokered the accord.",
                    &["Algeria"],
                ),
                ("The ministers travelled to Algeria, which they praised.", &[]),
                (
                    "The United States and Qatar served as mediators at the talks.",
                    &["Qatar", "United States"],
                ),
                (
                    "The Vatican played the role of mediator between the two governments.",
                    &["Vatican City"],
                ),
                (
                    "Norway, a longtime facilitator of the peace process, hosted the signing.",
                    &["Norway"],
                ),
                (
                    "The agreement was reached after weeks of shuttle diplomacy by Secretary of State Ana Ruiz.",
                    &["Ana Ruiz"],
                ),
                (
                    "The ceasefire followed Ana Ruiz's shuttle diplomacy between Lima and Santiago.",
                    &["Ana Ruiz"],
                ),
                (
                    "Ana Ruiz shuttled between the two delegations in Stockholm.",
                    &["Ana Ruiz"],
                ),
                (
                    "The United States helped negotiate the agreement between Israel and the United Arab Emirates.",
                    &["United States"],
                ),
                (
                    "As a Senate staffer, Ana Ruiz helped negotiate and draft legislation on privacy.",
                    &[],
                ),
                (
                    "Norway, a longtime sponsor of the football league, hosted the final.",
                    &[],
                ),
            ],
        );
        check_exact(
            Relation::Host,
            &[
                ("Turkey has offered to host the next round of talks.", &[]),
                ("Turkey will host the next round of talks.", &["Turkey"]),
                (
                    "The talks took place in Doha, with Qatar as host.",
                    &["Qatar"],
                ),
                (
                    "Qatar is the host of the talks between the two sides.",
                    &["Qatar"],
                ),
                ("Qatar is the host of the World Cup.", &[]),
                // Guests named as the sides' envoys or representatives.
                (
                    "Qatar's foreign ministry hosted representatives of both sides in Doha.",
                    &["Qatar"],
                ),
                (
                    "Norway hosted negotiators from Chile and Peru in Oslo.",
                    &["Norway"],
                ),
                (
                    "Qatar hosted representatives of the airline industry in Doha.",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn we_as_mediators_are_the_statement_authors() {
        let text = "---\ntitle: \"Joint Statement from the Leaders of Norway and Chile\"\n---\nAs mediators, we call on both parties to return to the talks.\n";
        let mut doc = crate::input::parse_article("t", "t.txt", text.to_string());
        doc.id = "t".into();
        let facts = crate::extract_document(&doc, crate::Lexicon::builtin()).facts;
        let got: Vec<&str> = facts
            .iter()
            .filter(|f| f.relation == Relation::Mediator)
            .map(|f| f.args[0].text())
            .collect();
        assert_eq!(got, ["Chile", "Norway"]);
    }

    #[test]
    fn leading_helping_and_intermediary_roles() {
        super::super::testing::check_exact(
            Relation::Mediator,
            &[
                (
                    "Oman has played a key role as intermediary between Chile and Peru.",
                    &["Oman"],
                ),
                (
                    "The envoy of the bloc, Ana Ruiz, is leading the mediation between the two sides.",
                    &["Ana Ruiz"],
                ),
                (
                    "The ceasefire was reached with the help of Turkish diplomats.",
                    &["Turkey"],
                ),
                ("The bridge was built with the help of Turkish engineers.", &[]),
                (
                    "The ceasefire, negotiated with the help of Saudi Arabia, took effect at midnight.",
                    &["Saudi Arabia"],
                ),
                (
                    "The two sides reached the deal with assistance from Norway.",
                    &["Norway"],
                ),
                // A party a relative clause says mediates; not one that
                // could.
                (
                    "The United States and Qatar, which have been mediating, presented a new proposal to Israel and Hamas.",
                    &["United States", "Qatar"],
                ),
                (
                    "Qatar, which could mediate, presented a new proposal to Israel and Hamas.",
                    &[],
                ),
                // Planned mediation: travelling to help end a conflict
                // between others.
                (
                    "Kenyan envoy Ruth Wanjiru will fly to Juba next week to help end the standoff between the army and the rebels.",
                    &["Kenya", "Ruth Wanjiru"],
                ),
                ("She flew to Paris to help end her own dispute.", &[]),
                ("She led the campaign against the new tax.", &[]),
                // An unnamed official stands for the country; a clause
                // describing the subject does not take its verb.
                (
                    "Qatar's prime minister, who has led the mediation efforts, said the talks would continue.",
                    &["Qatar"],
                ),
                // Every subject of the verb working to mediate an end.
                (
                    "Washington and Doha have been working to mediate an end to the war.",
                    &["Qatar", "United States"],
                ),
                // "with X acting as ...", a clause after a comma.
                (
                    "Foreign Minister Ana Ruiz of Peru held talks in Lima, with Norway and Chile acting as facilitators.",
                    &["Chile", "Norway"],
                ),
                ("Ana Ruiz met with officials representing Norway.", &[]),
            ],
        );
    }

    #[test]
    fn the_host_country_hosts() {
        super::super::testing::check_exact(
            Relation::Host,
            &[
                (
                    "Talks between Chile and Peru resumed.\n\nThe host country, Qatar, provided security.",
                    &["Qatar"],
                ),
                ("The host nation, Qatar, won the opening match.", &[]),
            ],
        );
    }

    #[test]
    fn playing_host_to_talks() {
        super::super::testing::check_exact(
            Relation::Host,
            &[
                (
                    "Norway played host to the second round of talks between Chile and Peru.",
                    &["Norway"],
                ),
                ("The old hotel has played host to many film stars.", &[]),
                (
                    "Chile and Peru held talks in Brasilia, with Brazil playing host.",
                    &["Brazil"],
                ),
                // The host noun in apposition to a party.
                (
                    "Oman, the host of the talks, said both sides had been constructive.",
                    &["Oman"],
                ),
                (
                    "Qatar, the host of the World Cup, said the talks had been constructive.",
                    &[],
                ),
                // ... or "the host nation", "the host government".
                (
                    "Egypt, the host nation, proposed a new ceasefire plan at the talks in Cairo.",
                    &["Egypt"],
                ),
                (
                    "Qatar, the host nation of the World Cup, signed a deal at the talks.",
                    &[],
                ),
                (
                    "Egypt, the host nation, said little about the weather.",
                    &[],
                ),
            ],
        );
        // A host who only plays host takes no part.
        let got = super::super::testing::facts(
            "Chile and Peru held talks in Brasilia, with Brazil playing host.",
            Relation::Participant,
        );
        assert!(!got.iter().any(|g| g == "Brazil"), "{got:?}");
    }

    /// Who chairs or leads talks between two others mediates them.
    #[test]
    fn chairing_talks_between_two_sides() {
        super::super::testing::check_exact(
            Relation::Mediator,
            &[
                (
                    "The United Nations envoy, Ana Vale, chaired the talks between Chile and Peru.",
                    &["Ana Vale"],
                ),
                (
                    "Norway led the negotiations between Chile and Peru.",
                    &["Norway"],
                ),
                ("Chile led the talks between Chile and Peru.", &[]),
                ("Ana Vale chaired the meeting of the cabinet.", &[]),
            ],
        );
    }

    /// The host of a clause of "with" after talks, and the country whose
    /// seat the talks were hosted at.
    #[test]
    fn hosting_with_and_at_a_seat() {
        super::super::testing::check_exact(
            Relation::Host,
            &[
                (
                    "Chile and Peru held talks in Muscat, with Oman hosting.",
                    &["Oman"],
                ),
                (
                    "The talks between Chile and Peru were hosted at the Omani foreign ministry.",
                    &["Oman"],
                ),
                ("The reception was hosted at the Omani embassy.", &[]),
                ("The leaders met the press, with aides hosting.", &[]),
                // Talks held at a country's embassy or its envoy's
                // residence; who gives the talks their venue.
                (
                    "The talks between Chile and Peru took place at the Omani embassy in Geneva.",
                    &["Oman"],
                ),
                (
                    "The talks were held at the residence of the Swiss ambassador in Lima.",
                    &["Switzerland"],
                ),
                ("Protesters gathered at the Omani embassy in Geneva.", &[]),
                ("Qatar provided the venue for the talks.", &["Qatar"]),
                ("Qatar provided the venue for the concert.", &[]),
                // A state that organises talks hosts them; a person's
                // arranged call is their own.
                (
                    "Turkey organised the meeting between the Russian and Ukrainian foreign ministers in Antalya.",
                    &["Turkey"],
                ),
                ("Ana Ruiz arranged a call with Luis Vega.", &[]),
            ],
        );
    }

    /// "a go-between for X and Y" says whom it mediates for, as "between"
    /// does; "the Norwegian government" is Norway.
    #[test]
    fn a_go_between_for_two_sides() {
        super::super::testing::check_exact(
            Relation::Mediator,
            &[
                // Companions of the subject mediate with it; a
                // reconciliation brokered is a deal.
                (
                    "Qatar, along with Egypt and Norway, has been mediating between Chile and Peru.",
                    &["Qatar", "Egypt", "Norway"],
                ),
                (
                    "Kuwait has been trying to broker a reconciliation between Chile and Peru.",
                    &["Kuwait"],
                ),
                // A state serving as a channel between two sides; not a
                // bridge between times, nor a channel between users.
                (
                    "Oman has long served as a channel between Chile and Peru.",
                    &["Oman"],
                ),
                (
                    "Switzerland acted as a conduit between the two sides.",
                    &["Switzerland"],
                ),
                ("The museum serves as a bridge between past and future.", &[]),
                ("The app serves as a channel between users and sellers.", &[]),
                // Who helps others reach a deal mediates it; not who helps
                // one side reach its own ends.
                (
                    "Qatar and Egypt helped bring about the ceasefire between Chile and Peru.",
                    &["Qatar", "Egypt"],
                ),
                (
                    "Norway helped Chile reach its climate targets.",
                    &[],
                ),
                (
                    "Norwegian diplomats helped the two sides reach the accord.",
                    &["Norway"],
                ),
                (
                    "Norway helped the two countries reach their climate targets.",
                    &[],
                ),
                // Thanks for helping to end a conflict credit a mediator.
                (
                    "President Ana Ruiz thanked Norway for helping to bring these hostilities to an end.",
                    &["Norway"],
                ),
                (
                    "President Ana Ruiz thanked Norway for helping to clean the beaches.",
                    &[],
                ),
                // A list closed by its "and" ends at the next bare comma;
                // a swap brokered is a deal.
                (
                    "Under a deal brokered by Egypt and the United Nations, Chile freed prisoners.",
                    &["Egypt", "United Nations"],
                ),
                (
                    "Norway helped mediate the prisoner swap between Chile and Peru.",
                    &["Norway"],
                ),
                ("The swap of seats was approved by Chile.", &[]),
                // A subject of its own that mediates, in a sentence on talks.
                (
                    "Negotiators from both sides met in Cairo, where Egyptian officials mediated.",
                    &["Egypt"],
                ),
                ("The talks resumed in Lima, but Egypt did not mediate.", &[]),
                ("Egypt has mediated before.", &[]),
                (
                    "The Norwegian government acted as a go-between for Chile and Peru.",
                    &["Norway"],
                ),
                ("The firm acted as a broker for buyers.", &[]),
                // A state acting as a go-between, a mediator in apposition.
                (
                    "Switzerland, acting as a go-between, passed messages between Lima and Santiago.",
                    &["Switzerland"],
                ),
                // ... also as a fronted participle; not a person acting so
                // in a firm's dispute.
                (
                    "Acting as a go-between, Switzerland passed messages between Lima and Santiago.",
                    &["Switzerland"],
                ),
                (
                    "Acting as a mediator for the firm, Ana Ruiz settled the dispute.",
                    &[],
                ),
                // Messages carried between two sides.
                (
                    "A Norwegian envoy carried messages between the government and the rebels.",
                    &["Norway"],
                ),
                ("The network carried messages between users.", &[]),
                (
                    "Qatar, the main mediator, said the talks would resume.",
                    &["Qatar"],
                ),
                // A mediator named in apposition to the noun; a former
                // president mediates for no country.
                (
                    "The mediator, former Nigerian President Amos Oduya, said both sides had made concessions.",
                    &["Amos Oduya"],
                ),
                (
                    "The talks were mediated by former South African president Thabo Nkosi.",
                    &["Thabo Nkosi"],
                ),
                // The sides after the clause are no intermediaries.
                (
                    "With Egypt acting as intermediary, Chile and Peru agreed to a ceasefire on Monday.",
                    &["Egypt"],
                ),
                // ... nor with no verb in the clause, fronted or after.
                (
                    "With Turkey as mediator, Chile and Peru held talks in Istanbul on Thursday.",
                    &["Turkey"],
                ),
                (
                    "Chile and Peru held talks in Kuala Lumpur, with Malaysia as mediator.",
                    &["Malaysia"],
                ),
                // A career is no mediation.
                (
                    "Ms. Ana Ruiz served as a volunteer mediator for the Supreme Court.",
                    &[],
                ),
                (
                    "Big Step, a workforce intermediary in Wisconsin, trains people.",
                    &[],
                ),
                // Who convenes a meeting with others meets them.
                ("President Ana Ruiz convened a meeting with Luis Vega.", &[]),
                (
                    "Advisor Ana Ruiz convened a meeting at the White House today with Luis Vega.",
                    &[],
                ),
                // Who convenes a body's meeting or a summit holds it; who
                // convenes talks between two sides mediates.
                (
                    "Advisor Ana Ruiz convened the fifth meeting of the Task Force on Rural Water.",
                    &[],
                ),
                (
                    "Norway convened talks between Chile and Peru in Oslo.",
                    &["Norway"],
                ),
            ],
        );
        super::super::testing::check_exact(
            Relation::Host,
            &[(
                "Advisor Ana Ruiz convened the fifth meeting of the Task Force on Rural Water.",
                &["Ana Ruiz"],
            )],
        );
        // Those mediated between are the sides.
        super::super::testing::check_exact(
            Relation::Participant,
            &[(
                "Norway has been mediating between Chile and Peru for months.",
                &["Chile", "Peru"],
            )],
        );
    }

    #[test]
    fn in_a_leaders_statement_the_heads_of_the_mediating_countries_mediate() {
        let mediators = |title: &str| {
            let text = format!(
                "---\ntitle: \"{title}\"\n---\nAs mediators, we call on both parties to return to the talks.\n\nPrime Minister Ola Berg of Norway and Foreign Minister Ana Ruiz of Chile spoke today.\n"
            );
            let mut doc = crate::input::parse_article("t", "t.txt", text);
            doc.id = "t".into();
            let facts = crate::extract_document(&doc, crate::Lexicon::builtin()).facts;
            let mut got: Vec<String> = facts
                .iter()
                .filter(|f| f.relation == Relation::Mediator)
                .map(|f| f.args[0].text().to_string())
                .collect();
            got.sort();
            got
        };
        // The head of government mediates; a foreign minister is not "we".
        assert_eq!(
            mediators("Joint Statement from the Leaders of Norway and Chile"),
            ["Chile", "Norway", "Ola Berg"]
        );
        // A statement of governments says nothing of their heads.
        assert_eq!(
            mediators("Joint Statement from the Governments of Norway and Chile"),
            ["Chile", "Norway"]
        );
    }
}
