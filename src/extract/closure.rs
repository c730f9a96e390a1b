//! Closure: representatives and participants that other facts of the same
//! article imply.
//!
//! A one-sided meeting ("met B") gives way to a two-sided one with B; a
//! meeting with no person on either side, or of a person with the country
//! their title names, is dropped.
//!
//! Extractors read one sentence at a time; some participants follow from
//! what they found elsewhere in the article rather than from any one
//! sentence. After every extractor has run:
//!
//! - both sides of a `met` fact that names both took part in the talks
//!   ("A met B"; not "the delegates also met with B", where B is someone
//!   the parties met);
//! - the holder of a representative's title (representative, envoy,
//!   delegate, negotiator) of a country represents it;
//! - a delegation leader or a representative took part, and so did the
//!   party they led or represented;
//! - a person who took part and holds a title of a country or an
//!   organisation ("Prime Minister A of X") brings that party: the talks
//!   were between the parties their delegates speak for.
//!
//! - a person who hosts does so for the country their title names.
//! - in a joint statement of leaders ("Joint Statement from the Leaders of
//!   X and Y: As mediators, we ..."), the heads of state or government of
//!   the mediating countries (by a title stated in the article) mediate
//!   too.
//!
//! Each implied fact keeps the evidence of the fact it follows from (its
//! sentence and span, so a reader sees the words that say it) and a rule
//! of its own, at a slightly lower confidence. Facts already found by an
//! extractor are never duplicated here.

use crate::fact::{Arg, EntityKind, Fact, Relation};
use std::collections::{HashMap, HashSet};

/// Titles whose holder speaks for their country at talks.
const REPRESENTATIVE_TITLES: &[&str] = &[
    "representative",
    "permanent representative",
    "special representative",
    "envoy",
    "special envoy",
    "delegate",
    "negotiator",
    "chief negotiator",
    "head of delegation",
];

/// Append to `facts` the representatives and participants implied by the
/// others (`lexicon` tells the organisations it knows).
pub fn close(facts: &mut Vec<Fact>, lexicon: &crate::lexicon::Lexicon) {
    counterparts_of_the_publisher(facts);
    // "met B" (the parties met B) says less than "A met B": when both
    // sides of a meeting with B are known, the one-sided fact goes.
    let two_sided: HashSet<String> = facts
        .iter()
        .filter(|f| f.relation == Relation::Met && f.args.len() >= 2)
        .flat_map(|f| f.args.iter().take(2).map(|a| a.text().to_string()))
        .collect();
    facts.retain(|f| {
        !(f.relation == Relation::Met && f.args.len() == 1 && two_sided.contains(f.args[0].text()))
    });
    // People meet, and delegations meet people; two countries do not
    // "meet" (a word window reading "the United States met with the
    // United Kingdom's ..."), nor does a leader meet the country their
    // title is stated to be of (a guessed affiliation proves nothing).
    let own: HashSet<(String, String)> = facts
        .iter()
        .filter(|f| f.relation == Relation::Role && f.args.len() >= 3)
        .filter(|f| !matches!(f.evidence.rule, "roles/publisher" | "roles/nearby-country"))
        .map(|f| (f.arg_texts()[0].to_string(), f.arg_texts()[2].to_string()))
        .collect();
    facts.retain(|f| {
        if f.relation != Relation::Met || f.args.len() < 2 {
            return true;
        }
        let people = f
            .args
            .iter()
            .take(2)
            .filter(|a| is_kind(a, EntityKind::Person))
            .count();
        let [a, b, _] = f.arg_texts();
        people > 0
            && !own.contains(&(a.to_string(), b.to_string()))
            && !own.contains(&(b.to_string(), a.to_string()))
    });
    // "The Chilean representative, A", "US envoy B": the holder of a
    // representative's title represents the country it names.
    let mut reps: Vec<Fact> = Vec::new();
    let have: HashSet<(String, String)> = facts
        .iter()
        .filter(|f| f.relation == Relation::Representative)
        .map(|f| (f.arg_texts()[0].to_string(), f.arg_texts()[1].to_string()))
        .collect();
    for f in facts.iter().filter(|f| f.relation == Relation::Role) {
        let [who, title, party] = f.arg_texts();
        let country = f
            .args
            .get(2)
            .is_some_and(|a| is_kind(a, EntityKind::Country));
        // The country must be stated, not guessed; and a bare
        // "Representative" before a name is a legislator ("Representative
        // A of Ohio"): only "the Chilean representative, A" speaks for a
        // country.
        let stated = !matches!(f.evidence.rule, "roles/publisher" | "roles/nearby-country");
        let bare = title.eq_ignore_ascii_case("representative");
        if country
            && stated
            && (!bare || f.evidence.rule == "roles/parse-apposition")
            && REPRESENTATIVE_TITLES.contains(&title.to_lowercase().as_str())
            && !have.contains(&(who.to_string(), party.to_string()))
        {
            let mut r = f.clone();
            r.relation = Relation::Representative;
            r.args = vec![f.args[0].clone(), f.args[2].clone()];
            r.evidence.rule = "closure/representative-title";
            r.evidence.confidence = (f.evidence.confidence * 0.9).min(0.8);
            reps.push(r);
        }
    }
    facts.extend(reps);
    leaders_who_mediate(facts);
    let mut known: HashSet<(Relation, String)> = facts
        .iter()
        .filter(|f| f.relation == Relation::Participant)
        .filter_map(|f| f.args.first().map(|a| (f.relation, a.text().to_string())))
        .collect();
    let mediators = first_args(facts.iter(), Relation::Mediator, None);
    let third_party_talks = facts.iter().any(|f| {
        f.relation == Relation::Participant
            && matches!(
                f.evidence.rule,
                "participation/talks-between" | "participation/parse-talks-between"
            )
    }) || facts
        .iter()
        .any(|f| f.relation == Relation::Host && f.evidence.rule == "mediation/played-host");
    let mut implied: Vec<Fact> = Vec::new();
    let mut add = |from: &Fact, arg: &Arg, rule: &'static str, implied: &mut Vec<Fact>| {
        if !matches!(arg, Arg::Entity { .. }) {
            return;
        }
        if known.insert((Relation::Participant, arg.text().to_string())) {
            let mut f = from.clone();
            f.relation = Relation::Participant;
            f.args = vec![arg.clone()];
            f.evidence.rule = rule;
            f.evidence.confidence = (from.evidence.confidence * 0.9).min(0.8);
            implied.push(f);
        }
    };
    for f in facts.iter() {
        match f.relation {
            // A meeting with one side named ("the participants also met
            // with A") tells of someone the parties met, not of a party.
            Relation::Met if f.args.len() >= 2 => {
                for a in f.args.iter().take(2) {
                    add(f, a, "closure/met", &mut implied);
                }
            }
            Relation::Leader | Relation::Representative => {
                for a in f.args.iter().take(2) {
                    add(f, a, "closure/delegate", &mut implied);
                }
            }
            // Who hosts talks takes part in them; not a mediator that
            // hosts too, nor a third party hosting the talks between two
            // others ("talks between A and B in Brasilia, with Brazil
            // playing host").
            Relation::Host if !third_party_talks => {
                if let Some(a) = f.args.first().filter(|a| !mediators.contains(a.text())) {
                    add(f, a, "closure/host", &mut implied);
                }
            }
            _ => {}
        }
    }
    // "Her Peruvian counterpart, B": the counterpart of a participant for
    // a country that takes part takes part too.
    let parties = first_args(
        facts.iter(),
        Relation::Participant,
        Some(EntityKind::Country),
    );
    for f in facts.iter() {
        if f.relation == Relation::Role && f.evidence.rule == "roles/counterpart" {
            if let (Some(who), Some(party)) = (f.args.first(), f.args.get(2)) {
                if parties.contains(party.text()) {
                    add(f, who, "closure/counterpart", &mut implied);
                }
            }
        }
    }
    // A participant's title brings the party it names. Roles are read
    // after the participants above so that "A met B" and "President B of
    // X" together give X. An organisation found only from context is most
    // often an office of a government ("Director of the National Economic
    // Council A", "Vice Premier of the State Council B"), not a side.
    let participants = first_args(
        facts.iter().chain(implied.iter()),
        Relation::Participant,
        Some(EntityKind::Person),
    );
    for f in facts.iter() {
        if f.relation != Relation::Role {
            continue;
        }
        let (Some(who), Some(party)) = (f.args.first(), f.args.get(2)) else {
            continue;
        };
        if participants.contains(who.text())
            && !former(f)
            && (is_kind(party, EntityKind::Country)
                || (is_kind(party, EntityKind::Organization)
                    && lexicon.organization(party.text()).is_some()))
        {
            add(f, party, "closure/title-party", &mut implied);
        }
    }
    facts.extend(implied);
    // A person who hosts does so for the country their title names.
    let hosts = first_args(facts.iter(), Relation::Host, None);
    let mut more: Vec<Fact> = Vec::new();
    for f in facts.iter().filter(|f| f.relation == Relation::Role) {
        let (Some(who), Some(party)) = (f.args.first(), f.args.get(2)) else {
            continue;
        };
        if is_kind(who, EntityKind::Person)
            && !former(f)
            && hosts.contains(who.text())
            && is_kind(party, EntityKind::Country)
            && !hosts.contains(party.text())
            && !more.iter().any(|m| m.args[0] == *party)
        {
            let mut h = f.clone();
            h.relation = Relation::Host;
            h.args = vec![party.clone()];
            h.evidence.rule = "closure/host-country";
            h.evidence.confidence = (f.evidence.confidence * 0.9).min(0.7);
            more.push(h);
        }
    }
    facts.extend(more);
}

/// Whether a role fact's title is a former one ("former President"): it
/// makes its holder act for no party now.
fn former(role: &Fact) -> bool {
    role.args
        .get(1)
        .is_some_and(|t| super::former_named(t.text()))
}

/// The names that facts of relation `rel` give as their first argument
/// (of entities of `kind` only, when given).
/// "National Security Advisor A met with National Security Advisor B": of
/// two people who met and were both given the same title of the
/// publisher's government (`roles/publisher`, a guess from where the
/// statement comes from), the one named first is the publisher's; the
/// other, the counterpart, keeps the title without that country.
fn counterparts_of_the_publisher(facts: &mut [Fact]) {
    let met: HashSet<(String, String)> = facts
        .iter()
        .filter(|f| f.relation == Relation::Met && f.args.len() >= 2)
        .flat_map(|f| {
            let (a, b) = (f.args[0].text().to_string(), f.args[1].text().to_string());
            [(a.clone(), b.clone()), (b, a)]
        })
        .collect();
    if met.is_empty() {
        return;
    }
    let guessed = |f: &Fact| {
        f.relation == Relation::Role && f.evidence.rule == "roles/publisher" && f.args.len() >= 3
    };
    // (person, title) -> where the person is first given it.
    let mut first: HashMap<(String, String), usize> = HashMap::new();
    for f in facts.iter().filter(|f| guessed(f)) {
        let key = (f.args[0].text().to_string(), f.args[1].text().to_string());
        let at = first.entry(key).or_insert(f.evidence.span.start);
        *at = (*at).min(f.evidence.span.start);
    }
    let counterparts: HashSet<(String, String)> = first
        .iter()
        .filter(|((person, title), &at)| {
            first.iter().any(|((other, t), &other_at)| {
                t == title
                    && other != person
                    && other_at < at
                    && met.contains(&(person.clone(), other.clone()))
            })
        })
        .map(|(k, _)| k.clone())
        .collect();
    for f in facts.iter_mut().filter(|f| guessed(f)) {
        let key = (f.args[0].text().to_string(), f.args[1].text().to_string());
        if counterparts.contains(&key) {
            f.args.truncate(2);
            f.evidence.rule = "closure/publisher-counterpart";
        }
    }
}

fn first_args<'f>(
    facts: impl Iterator<Item = &'f Fact>,
    rel: Relation,
    kind: Option<EntityKind>,
) -> HashSet<String> {
    facts
        .filter(|f| f.relation == rel)
        .filter_map(|f| f.args.first())
        .filter(|a| kind.is_none_or(|k| is_kind(a, k)))
        .map(|a| a.text().to_string())
        .collect()
}

fn is_kind(a: &Arg, want: EntityKind) -> bool {
    matches!(a, Arg::Entity { kind, .. } if *kind == want)
}

/// "Joint Statement from the Leaders of X and Y ... As mediators, we": the
/// "we" is the leaders, so the head of state or government of X (a role
/// the article states, not one guessed) mediates with X.
fn leaders_who_mediate(facts: &mut Vec<Fact>) {
    let countries: HashSet<String> = facts
        .iter()
        .filter(|f| {
            f.relation == Relation::Mediator
                && f.evidence.rule == "mediation/we-as-mediators-leaders"
        })
        .map(|f| f.arg_texts()[0].to_string())
        .collect();
    if countries.is_empty() {
        return;
    }
    let heads = &super::Triggers::get().head_titles;
    let mut known: HashSet<String> = facts
        .iter()
        .filter(|f| f.relation == Relation::Mediator)
        .map(|f| f.arg_texts()[0].to_string())
        .collect();
    let mut add = Vec::new();
    for f in facts.iter().filter(|f| f.relation == Relation::Role) {
        let [who, title, party] = f.arg_texts();
        if countries.contains(party)
            && heads.contains(&title.to_lowercase())
            && !matches!(f.evidence.rule, "roles/nearby-country")
            && is_kind(&f.args[0], EntityKind::Person)
            && known.insert(who.to_string())
        {
            let mut m = f.clone();
            m.relation = Relation::Mediator;
            m.args = vec![f.args[0].clone()];
            m.evidence.rule = "closure/leader-of-mediator";
            m.evidence.confidence = (f.evidence.confidence * 0.8).min(0.65);
            add.push(m);
        }
    }
    facts.extend(add);
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::facts;
    use crate::fact::Relation;

    #[test]
    fn implied_participants() {
        let cases: &[(&str, &[&str])] = &[
            (
                "President Ana Rivera of Chile met Prime Minister Tomas Berg of Norway in Oslo.",
                &["Ana Rivera", "Chile", "Norway", "Tomas Berg"],
            ),
            (
                "The Peruvian delegation was led by Foreign Minister Elena Soto.",
                &["Elena Soto", "Peru"],
            ),
        ];
        for (text, want) in cases {
            let got = facts(text, Relation::Participant);
            for w in *want {
                assert!(got.iter().any(|g| g == w), "{text}: {w} not in {got:?}");
            }
        }
        // Who hosts the talks takes part; a mediator hosting them is no
        // more than a mediator.
        let got = facts(
            "Leaders of Peru and Bolivia met in Santiago for a summit hosted by Chilean President Ana Ruiz.",
            Relation::Participant,
        );
        assert!(got.contains(&"Ana Ruiz".to_string()), "{got:?}");
        assert!(got.contains(&"Chile".to_string()), "{got:?}");
        let got = facts(
            "The talks between Chile and Peru were mediated and hosted by Ecuador.",
            Relation::Participant,
        );
        assert!(!got.contains(&"Ecuador".to_string()), "{got:?}");
        // The counterpart of a participant, for a country taking part.
        let got = facts(
            "Chile and Peru resumed talks in Lima. Chilean Foreign Minister Ana Ruiz spoke first. Her Peruvian counterpart, Luis Vega, was more cautious.",
            Relation::Participant,
        );
        assert!(got.contains(&"Luis Vega".to_string()), "{got:?}");
        // A former president takes part for no country.
        let got = facts(
            "Former Kenyan President Amos Oduya attended the talks in Addis Ababa.",
            Relation::Participant,
        );
        assert_eq!(got, vec!["Amos Oduya".to_string()]);
        // An organisation the lexicon knows, named in a participant's
        // title, takes part; an office found only from context does not.
        let got = facts(
            "Ana Ruiz, Director of the Kestrel Policy Council, met Secretary-General Tomas Berg of NATO in Brussels.",
            Relation::Participant,
        );
        assert!(
            got.contains(&"North Atlantic Treaty Organization".to_string()),
            "{got:?}"
        );
        assert!(!got.iter().any(|g| g.contains("Kestrel")), "{got:?}");
    }

    /// Of two who met with the same title of the publisher's government,
    /// the one named second is the counterpart, of no stated country.
    #[test]
    fn the_publishers_counterpart() {
        let mut doc = crate::Document::new(
            "t",
            "National Security Advisor Ana Ruiz met on Friday with National Security Advisor Luis Vega in Abu Dhabi.",
        );
        doc.source = Some("https://www.whitehouse.gov/briefings/readout".into());
        let got: Vec<String> = crate::extract_document(&doc, crate::Lexicon::builtin())
            .facts
            .iter()
            .filter(|f| f.relation == Relation::Role)
            .map(|f| f.arg_texts().join("\t"))
            .collect();
        assert!(
            got.contains(&"Ana Ruiz\tNational Security Advisor\tUnited States".to_string()),
            "{got:?}"
        );
        assert!(
            got.contains(&"Luis Vega\tNational Security Advisor\t".to_string()),
            "{got:?}"
        );
    }

    #[test]
    fn countries_do_not_meet() {
        let got = facts(
            "Chile met with Peru in Lima to discuss fishing quotas.",
            Relation::Met,
        );
        assert!(got.is_empty(), "{got:?}");
        let got = facts(
            "President Ana Rivera of Chile met with Peru's envoy Tomas Berg in Lima.",
            Relation::Met,
        );
        assert_eq!(got, vec!["Ana Rivera\tTomas Berg".to_string()]);
    }

    #[test]
    fn representatives_from_titles() {
        let text = "The Bolivian representative, Mr Tomas Quispe, said the conference had failed.";
        let reps = facts(text, Relation::Representative);
        assert_eq!(reps, vec!["Tomas Quispe\tBolivia".to_string()]);
        let parts = facts(text, Relation::Participant);
        assert!(parts.contains(&"Bolivia".to_string()), "{parts:?}");
        // A title that speaks for no one at the talks implies nothing.
        let reps = facts(
            "The Bolivian economist Tomas Quispe said the conference had failed.",
            Relation::Representative,
        );
        assert!(reps.is_empty(), "{reps:?}");
    }

    #[test]
    fn a_title_alone_is_no_participation() {
        let got = facts(
            "President Ana Rivera of Chile said the economy was growing.",
            Relation::Participant,
        );
        assert!(got.is_empty(), "{got:?}");
    }
}
