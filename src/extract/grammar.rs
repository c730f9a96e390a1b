//! The parse as extractors read it: from tokens to the mentions they are
//! part of, and the grammatical relations between them (subject, object,
//! oblique with its preposition, apposition, conjunction).
//!
//! Token indices are indices into `Analysis::tokens`; mention indices are
//! indices into `Mentions::mentions`. Every walk is bounded by the sentence
//! and by a depth limit, so odd parses cannot make it loop.

use super::{Context, Item};
use crate::fact::EntityKind;
use crate::lexicon::VerbClass;

/// Relations through which a name hangs under the word that heads its
/// phrase ("President[head] ... Tshisekedi[flat]", "the envoy, Haines[appos]").
const NAME_PARTS: &[&str] = &["compound", "flat", "flat:name", "appos"];

/// Nouns that stand for a country's side when the country modifies them
/// ("his Mexican counterpart", "the Ukrainian delegation").
const STAND_INS: &[&str] = &[
    "counterpart",
    "counterparts",
    "delegation",
    "delegations",
    "side",
    "officials",
    "negotiators",
    "diplomats",
    "envoys",
    "government",
];

/// Nouns for people sent by a country or organisation, which an "of" or
/// "from" phrase names ("representatives of X", "envoys from Y").
pub(super) const GROUPS_OF: &[&str] = &[
    "representatives",
    "delegates",
    "delegations",
    "delegation",
    "officials",
    "envoys",
    "negotiators",
    "diplomats",
    "ministers",
    "government",
    "governments",
    "counterpart",
    "counterparts",
    "leaders",
    "presidents",
    // "the armed wing of Hamas said": a wing acts for its movement.
    "wing",
];

/// Nouns of a number or a kind, whose "of" phrase names what they count
/// ("a range of Government of India officials", "a group of envoys from
/// Peru").
const QUANTITIES_OF: &[&str] = &[
    "range", "group", "number", "series", "variety", "handful", "dozens",
];

impl<'a> Context<'a> {
    /// Mentions covering each token (the longest where two overlap).
    pub(super) fn map_tokens(&mut self) {
        let tokens = &self.analysis.tokens;
        let mut map: Vec<Option<usize>> = vec![None; tokens.len()];
        for (k, m) in self.mentions.mentions.iter().enumerate() {
            let first = tokens.partition_point(|t| t.span.end <= m.span.start);
            for (t, tok) in tokens.iter().enumerate().skip(first) {
                if tok.span.start >= m.span.end {
                    break;
                }
                let longer =
                    map[t].is_none_or(|o| self.mentions.mentions[o].span.len() < m.span.len());
                if longer {
                    map[t] = Some(k);
                }
            }
        }
        self.token_mentions = map;
    }

    /// The mention token `t` is part of.
    pub fn token_mention(&self, t: usize) -> Option<usize> {
        self.token_mentions.get(t).copied().flatten()
    }

    /// Lower-case text of token `t` (curly apostrophes straight; empty
    /// past the last token).
    pub fn token_lower(&self, t: usize) -> &String {
        static NONE: String = String::new();
        self.lower.get(t).unwrap_or(&NONE)
    }

    /// Children of `t` whose relation is one of `rels` (the part before a
    /// `:` also matches: `obl` matches `obl:tmod`).
    pub fn children_by<'s>(
        &'s self,
        t: usize,
        rels: &'s [&'s str],
    ) -> impl Iterator<Item = usize> + 's {
        self.analysis.children(t).filter(move |&c| {
            let r = self.analysis.tokens[c].deprel;
            rels.iter()
                .any(|x| r == *x || r.split(':').next() == Some(x))
        })
    }

    /// The preposition (`case` child) of `t`, lower case.
    pub fn case_of(&self, t: usize) -> Option<&str> {
        self.children_by(t, &["case"])
            .next()
            .map(|c| self.token_lower(c).as_str())
    }

    /// Whether `v` is a to-infinitive ("to" marks it): "the deal to secure
    /// X", "patrols to combat trafficking".
    pub fn is_to_infinitive(&self, v: usize) -> bool {
        self.children_by(v, &["mark"])
            .any(|m| self.token_lower(m) == "to")
    }

    /// `t` and every word conjoined with it ("A, B and C").
    pub fn conjuncts(&self, t: usize) -> Vec<usize> {
        let mut out = vec![t];
        let mut k = 0;
        while k < out.len() && out.len() < 64 {
            let x = out[k];
            out.extend(self.children_by(x, &["conj"]));
            k += 1;
        }
        out
    }

    /// The agents (people, organisations, countries) a noun phrase headed
    /// by token `t` names, its conjuncts included: the mention the head is
    /// part of, or a name hanging under it ("President ... Tshisekedi").
    pub fn np_agents(&self, t: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for c in self.conjuncts(t) {
            // "with Chile's A and Peru's B", parsed with "Peru" as a
            // conjunct: a possessor is no side of its own.
            if c != t
                && self
                    .children_by(c, &["case"])
                    .any(|k| matches!(self.token_lower(k).as_str(), "'s" | "’s"))
            {
                continue;
            }
            // (Not a possessor the parse made the head: "with Commission
            // President A's Head of Cabinet B" is B's.)
            // (The possessed noun hangs under the phrase's head there;
            // "Kenya's invitation" asks for the owner itself.)
            let owner = |m: usize| {
                let end = self.mentions.mentions[m].span.end;
                let toks = &self.analysis.tokens;
                let next = toks.partition_point(|t| t.span.start < end);
                let under_c = |k: usize| {
                    let up = toks.get(k).and_then(|t| t.head);
                    up == Some(c) || up.and_then(|u| toks[u].head) == Some(c)
                };
                matches!(self.token_lower(next).as_str(), "'s" | "’s")
                    && (next + 1..(next + 5).min(toks.len())).any(under_c)
            };
            let own = self
                .token_mention(c)
                .filter(|&m| self.is_agent_mention(m) && !owner(m));
            // A person under a title wins over the country beside it
            // ("with Guatemalan President-elect A B"), and the name may
            // hang as a modifier, bare or through the title's own "for"
            // ("Senior Director for the Western Hemisphere A B").
            let named_all: Vec<usize> = self
                .children_by(c, NAME_PARTS)
                .chain(self.children_by(c, &["nmod"]).filter(|&d| {
                    self.children_by(d, &["case"])
                        .all(|k| self.in_title_span(&self.analysis.tokens[k].span))
                }))
                .filter_map(|d| {
                    // ("with Russian Foreign Policy Advisor A B", the title
                    // in apposition and the name on the title.)
                    self.token_mention(d).or_else(|| {
                        self.children_by(d, &["flat", "flat:name"])
                            .find_map(|x| self.token_mention(x))
                    })
                })
                .filter(|&m| self.is_agent_mention(m) && !owner(m))
                .collect();
            let person = named_all
                .iter()
                .copied()
                .find(|&m| self.mention_kind(m) == EntityKind::Person);
            let named = person.or_else(|| {
                named_all
                    .iter()
                    .copied()
                    .find(|&m| self.mention_kind(m) != EntityKind::Person)
            });
            // "German Chancellor Olaf Scholz" parsed with the demonym as
            // head: the person, not the country.
            // ("his Israeli counterpart, Adviser A B": a title resolved to
            // someone earlier yields to the name beside it.)
            let descriptor = |o: usize| {
                matches!(
                    self.mentions.mentions[o].via,
                    crate::mentions::Via::Title | crate::mentions::Via::Pronoun
                )
            };
            let found = match (own, named) {
                (Some(o), Some(n))
                    if (self.mention_kind(o) == EntityKind::Country || descriptor(o))
                        && self.mention_kind(n) == EntityKind::Person =>
                {
                    Some(n)
                }
                _ => own.or(named),
            };
            // "his Mexican counterpart", "the Ukrainian delegation": a
            // country's stand-in, named by the country.
            // A person named right after it ("his counterpart, B") is who
            // it stands for, wherever the parse hung the name.
            // ("Qatar's prime minister", "the Egyptian foreign minister",
            // unnamed: an official of the country stands for it.)
            let found = found.or_else(|| {
                let w = self.token_lower(c);
                // (One official with an office: not "business leaders".)
                let official = self.analysis.tokens[c].xpos == "NN"
                    && self.title_word(w)
                    && !matches!(w.as_str(), "leader" | "member" | "head");
                (STAND_INS.contains(&w.as_str()) || official).then_some(())?;
                let comma = self.token_lower(c + 1) == ",";
                // (Past the person's own title: "his counterpart,
                // National Security Advisor B".)
                let mut n = c + 1 + usize::from(comma);
                while n < (c + 8).min(self.analysis.tokens.len())
                    && self.token_mention(n).is_none()
                    && matches!(self.analysis.tokens[n].upos, "PROPN" | "ADJ" | "NOUN")
                    && (self.title_word(self.token_lower(n))
                        || matches!(
                            self.analysis.tokens[n].deprel,
                            "compound" | "amod" | "nmod:desc"
                        ))
                {
                    n += 1;
                }
                let person = self
                    .token_mention(n)
                    .filter(|&m| self.mention_kind(m) == EntityKind::Person);
                if person.is_some() {
                    return person;
                }
                let country = self
                    .children_by(c, &["amod", "nmod:poss", "compound"])
                    .filter_map(|d| self.token_mention(d))
                    .find(|&m| self.mention_kind(m) == EntityKind::Country);
                // "the delegation, led by A,": with no country named, the
                // one who leads it.
                country.or_else(|| {
                    self.children_by(c, &["acl"])
                        .filter(|&v| matches!(self.token_lower(v).as_str(), "led" | "headed"))
                        .flat_map(|v| self.children_by(v, &["obl:agent"]).collect::<Vec<_>>())
                        .flat_map(|o| self.np_agents(o))
                        .find(|&m| self.mention_kind(m) == EntityKind::Person)
                })
            });
            let w = self.token_lower(c);
            let mut here: Vec<usize> = Vec::new();
            if let Some(m) = found {
                here.push(m);
            } else if QUANTITIES_OF.contains(&w.as_str()) {
                here = self.of_phrase_agents(c, &["of"]);
            } else if GROUPS_OF.contains(&w.as_str()) {
                // "Representatives of Colombia and Venezuela", "envoys
                // from Peru": the countries or organisations they are of.
                here = self.of_phrase_agents(c, &["of", "from"]);
                here.retain(|&m| {
                    matches!(
                        self.mention_kind(m),
                        EntityKind::Country | EntityKind::Organization
                    )
                });
            }
            // "Chilean and Peruvian negotiators": a plural stand-in is
            // every country of its coordinated demonyms.
            if STAND_INS.contains(&w.as_str()) && w.ends_with('s') {
                let more = self
                    .children_by(c, &["amod", "compound"])
                    .filter(|&d| {
                        self.token_mention(d)
                            .is_some_and(|m| self.mention_kind(m) == EntityKind::Country)
                    })
                    .flat_map(|d| self.conjuncts(d).into_iter().skip(1))
                    .filter_map(|d| self.token_mention(d))
                    .filter(|&m| self.mention_kind(m) == EntityKind::Country);
                here.extend(more.collect::<Vec<_>>());
            }
            // "the foreign ministers of Chile and Peru, A and B": a plural
            // title's people, named after its list of countries (each
            // holds the title for the country in the same place, as
            // `roles/respectively` reads). The parse may hang the names
            // as further conjuncts of the countries.
            if own.is_none()
                && here
                    .iter()
                    .all(|&m| self.mention_kind(m) != EntityKind::Person)
                && self.analysis.tokens[c].xpos == "NNS"
                && w.strip_suffix('s').is_some_and(|one| self.title_word(one))
            {
                let (people, sides): (Vec<usize>, Vec<usize>) = self
                    .of_phrase_agents(c, &["of"])
                    .into_iter()
                    .partition(|&m| self.mention_kind(m) == EntityKind::Person);
                if people.len() >= 2 && people.len() == sides.len() {
                    here = people;
                }
            }
            // "Presidents A of X and B of Y": a plural title's names are
            // the name under it and that name's conjuncts.
            if own.is_none() && self.analysis.tokens[c].xpos == "NNS" {
                here.extend(
                    self.children_by(c, &["appos"])
                        .flat_map(|d| self.conjuncts(d).into_iter().skip(1))
                        .filter_map(|d| self.token_mention(d))
                        .filter(|&m| self.is_agent_mention(m)),
                );
            }
            for m in here {
                if !out.iter().any(|&o| self.same_entity(o, m)) {
                    out.push(m);
                }
            }
        }
        out
    }

    /// The agents of the phrases under noun `c` that one of `preps`
    /// introduces ("a range of X", "envoys from Y").
    fn of_phrase_agents(&self, c: usize, preps: &[&str]) -> Vec<usize> {
        self.children_by(c, &["nmod"])
            .filter(|&n| self.case_of(n).is_some_and(|p| preps.contains(&p)))
            .flat_map(|n| self.np_agents(n))
            .collect()
    }

    /// The token heading the words of `span` in the parse
    /// ([`crate::text::Analysis::span_head`]).
    pub fn span_head(&self, span: &std::ops::Range<usize>) -> Option<usize> {
        self.analysis.span_head(span)
    }

    /// The token heading mention `m` in the parse.
    pub fn mention_head(&self, m: usize) -> Option<usize> {
        self.span_head(&self.mentions.mentions[m].span)
    }

    /// Whether mention `m` names where something is, after "at", "in",
    /// "near" ("received B at State House"): a place in the sentence,
    /// whatever the name finder typed it.
    pub fn is_location_phrase(&self, m: usize) -> bool {
        self.mention_head(m)
            .and_then(|t| self.case_of(t))
            .is_some_and(|c| matches!(c, "at" | "in" | "near" | "inside" | "outside"))
    }

    pub fn is_agent_mention(&self, m: usize) -> bool {
        matches!(
            self.mention_kind(m),
            EntityKind::Person | EntityKind::Organization | EntityKind::Country
        )
    }

    /// The last token of the subtree of `t` (eight arcs down at most).
    pub fn subtree_end(&self, t: usize) -> usize {
        let mut end = t;
        let mut stack = vec![(t, 0)];
        while let Some((x, depth)) = stack.pop() {
            end = end.max(x);
            if depth < 8 {
                stack.extend(self.analysis.children(x).map(|c| (c, depth + 1)));
            }
        }
        end
    }

    /// Whether noun or name `t` is a predicate of being somewhere or
    /// something ("A was in Kyiv", "negotiators were in Cairo"): it has a
    /// copula "is", "are", "was" or "were".
    pub fn is_be_predicate(&self, t: usize) -> bool {
        matches!(self.analysis.tokens[t].upos, "PROPN" | "NOUN")
            && self
                .children_by(t, &["cop"])
                .any(|c| matches!(self.token_lower(c).as_str(), "was" | "were" | "is" | "are"))
    }

    /// Whether token `t` is a word for talks ("talks", "summit", "round").
    pub fn names_talks(&self, t: usize) -> bool {
        self.triggers().talks.contains(self.token_lower(t))
    }

    /// Whether token `t` is a word for talks or for a deal, truce or
    /// conflict: the token-level form of [`Context::talks_context`].
    pub fn names_talks_or_deal(&self, t: usize) -> bool {
        let w = self.token_lower(t);
        let tr = self.triggers();
        tr.talks.contains(w) || tr.deal.contains(w)
    }

    /// The kind of the entity mention `m` names.
    pub fn mention_kind(&self, m: usize) -> EntityKind {
        self.mentions.entities[self.mentions.mentions[m].entity].kind
    }

    pub fn same_entity(&self, a: usize, b: usize) -> bool {
        self.mentions.mentions[a].entity == self.mentions.mentions[b].entity
    }

    /// The subjects of verb `v`: its `nsubj`, or the subject of the verb it
    /// is conjoined with or depends on as an open clause ("A arrived and
    /// met B", "A agreed to meet B") or as a participle of speaking,
    /// meeting or hosting ("A spoke, stating").
    pub fn subjects(&self, v: usize) -> Vec<usize> {
        let mut v = v;
        for _ in 0..4 {
            // "President Joseph R. Biden, Jr. welcomed B": the parser may
            // take the suffix for the subject; the name before it is
            // (unless the suffix carries the rest of the subject: "A, Jr.
            // of X and B met").
            let subj: Vec<usize> = self
                .children_by(v, &["nsubj"])
                .map(|s| {
                    let bare = self.children_by(s, &["conj", "nmod"]).next().is_none();
                    bare.then(|| self.before_suffix(s)).flatten().unwrap_or(s)
                })
                .collect();
            let tok = &self.analysis.tokens[v];
            if !subj.is_empty() {
                // "A, who is mediating between them": a relative pronoun
                // stands for the noun its clause modifies.
                // That is the clause's head in the parse, or the person
                // named just before the pronoun, whom the parse does not
                // always make the head ("Kenyan President A, who ...").
                let relative = subj
                    .iter()
                    .all(|&s| matches!(self.token_lower(s).as_str(), "who" | "which" | "that"));
                if let (true, "acl:relcl", Some(h)) = (relative, tok.deprel, tok.head) {
                    let p = subj[0];
                    let before = match p.checked_sub(1) {
                        Some(b) if self.analysis.tokens[b].upos == "PUNCT" => b.checked_sub(1),
                        b => b,
                    };
                    let person = before.filter(|&b| {
                        self.token_mention(b)
                            .is_some_and(|m| self.mention_kind(m) == EntityKind::Person)
                    });
                    let noun = person.unwrap_or(h);
                    // "Americans who receive benefits": people of a
                    // country, not the country acting.
                    if self.analysis.tokens[noun].xpos != "NNPS" {
                        return vec![noun];
                    }
                }
                return subj;
            }
            // "A led a delegation to meet with B": a delegation or team
            // that a leader leads to do something does it with the
            // leader, who is the subject of leading.
            let led_group = |g: usize| {
                matches!(
                    self.token_lower(g).as_str(),
                    "delegation" | "delegations" | "team" | "mission"
                ) && self.analysis.tokens[g].deprel == "obj"
                    && self.analysis.tokens[g]
                        .head
                        .filter(|&l| {
                            self.lexicon
                                .is_verb(VerbClass::Leading, self.token_lower(l))
                        })
                        .is_some()
            };
            match (tok.head, tok.deprel) {
                (Some(h), "acl") if self.is_to_infinitive(v) && led_group(h) => {
                    v = self.analysis.tokens[h].head.unwrap_or(h);
                }
                // "we see India and Brazil sitting down with B", "A asked
                // B to meet C": with an object, the open clause is the
                // object's.
                (Some(h), "xcomp") => {
                    let objects: Vec<usize> = self.children_by(h, &["obj", "iobj"]).collect();
                    let led = self.is_to_infinitive(v) && objects.iter().all(|&o| led_group(o));
                    if !objects.is_empty() && !led {
                        return objects;
                    }
                    v = h;
                }
                (Some(h), "conj") => v = h,
                // "A is due to travel to K": a to-infinitive with no
                // subject of its own, whatever the parse calls it, is
                // open; its subject is its head's.
                (Some(h), "ccomp")
                    if self.is_to_infinitive(v) && self.analysis.tokens[h].upos == "ADJ" =>
                {
                    v = h
                }
                // "A met B, stating that …", "A looks forward to
                // welcoming B": the unstated subject of a participle of
                // speaking, meeting or hosting is its clause's.
                (Some(h), "advcl")
                    if tok.xpos == "VBG"
                        && self.lexicon.verb_classes(self.token_lower(v))
                            & (1 << VerbClass::Reporting as u8
                                | 1 << VerbClass::Meeting as u8
                                | 1 << VerbClass::Hosting as u8)
                            != 0 =>
                {
                    v = h
                }
                _ => break,
            }
        }
        Vec::new()
    }

    /// For a name suffix ("Jr.", "Sr.") after a comma, the word of the
    /// name before the comma.
    fn before_suffix(&self, t: usize) -> Option<usize> {
        let w = self.token_lower(t);
        if !matches!(w.as_str(), "jr." | "jr" | "sr." | "sr") {
            return None;
        }
        let start = self
            .analysis
            .sentences
            .get(self.analysis.sentence_of_token(t))?
            .tokens
            .start;
        let mut k = t.checked_sub(1)?;
        if k > start && self.analysis.tokens[k].upos == "PUNCT" {
            k -= 1;
        }
        (k >= start && self.token_mention(k).is_some()).then_some(k)
    }

    /// Who does what verb `v` says: the agents of its subject, or in the
    /// passive ("the deal was signed by A and B") those after "by".
    pub fn doers(&self, v: usize) -> Vec<usize> {
        if self.children_by(v, &["nsubj:pass"]).next().is_some() {
            self.children_by(v, &["obl:agent"])
                .flat_map(|c| self.np_agents(c))
                .collect()
        } else {
            self.subject_agents(v)
        }
    }

    /// The agents that act as subject of verb `v`: those of its subjects
    /// or, when none of them names an agent (a parse that took "Jr." for
    /// the subject of "A, Jr. met B"), those of the nearest dependent
    /// before the verb that is no clause and has no preposition.
    pub fn subject_agents(&self, v: usize) -> Vec<usize> {
        let subjects = self.subjects(v);
        // "Qatar, along with Egypt and the United States, has been
        // mediating": the companions of a subject act with it.
        let companions: Vec<usize> = subjects
            .iter()
            .flat_map(|&s| self.children_by(s, &["nmod"]).collect::<Vec<_>>())
            .filter(|&n| {
                let mut cases = self.children_by(n, &["case"]);
                matches!(
                    (cases.next(), cases.next(), cases.next()),
                    (Some(a), Some(b), None)
                        if matches!(self.token_lower(a).as_str(), "along" | "together")
                            && self.token_lower(b) == "with"
                )
            })
            .collect();
        let mut from_subjects: Vec<usize> = subjects
            .into_iter()
            .chain(companions)
            .flat_map(|s| self.np_agents(s))
            .collect();
        // "Kenyan President A B talked to ..." parsed with the demonym as a
        // subject of its own: the country inside a title of a person who
        // is also a subject only says whose title it is.
        if from_subjects.len() > 1 {
            let ms = &self.mentions.mentions;
            let titled = |c: usize| {
                let at = ms[c].span.clone();
                self.mentions.roles.iter().any(|r| {
                    r.of == Some(ms[c].entity)
                        && r.span.start <= at.end + 1
                        && at.start <= r.span.end
                        && from_subjects
                            .iter()
                            .any(|&p| p != c && ms[p].entity == r.person)
                })
            };
            let inside: Vec<usize> = from_subjects
                .iter()
                .copied()
                .filter(|&c| self.mention_kind(c) == EntityKind::Country && titled(c))
                .collect();
            from_subjects.retain(|c| !inside.contains(c));
        }
        if !from_subjects.is_empty() {
            return from_subjects;
        }
        let before: Vec<usize> = self
            .children_by(v, &["nsubj", "obl", "nmod", "appos", "dep", "compound"])
            .filter(|&c| c < v && self.case_of(c).is_none())
            .collect();
        before
            .iter()
            .rev()
            .map(|&c| self.np_agents(c))
            .find(|a| !a.is_empty())
            .unwrap_or_default()
    }

    /// "Norway brought together the foreign ministers of Chile and Peru,
    /// A and B, for talks", "the Swiss government convened A and B in
    /// Geneva to discuss the border": a third party gathers two sides.
    /// For verb `v` ("bring ... together", or "convene" with an object),
    /// whose object names exactly two people or two countries, in a
    /// sentence that speaks of talks or whose verb serves a purpose clause
    /// of talking ("to discuss", "to negotiate"): the gatherers (the
    /// subject's agents other than the two sides; none when the subject is
    /// the talks themselves) and the two sides.
    pub fn brought_together(&self, v: usize) -> Option<(Vec<usize>, [usize; 2])> {
        let w = self.token_lower(v);
        let tok = &self.analysis.tokens[v];
        let together = || {
            self.children_by(v, &["advmod", "compound:prt"])
                .any(|c| self.token_lower(c) == "together")
        };
        let gathers = match w.as_str() {
            "brought" | "bring" | "brings" | "bringing" => together(),
            "convened" | "convene" | "convenes" | "convening" => true,
            _ => false,
        };
        if !gathers || tok.upos != "VERB" || self.children_by(v, &["aux:pass"]).next().is_some() {
            return None;
        }
        // (After "together" the parse may take the object for a bare
        // oblique: "brought together A and B".)
        let objects: Vec<usize> = self
            .children_by(v, &["obj"])
            .chain(
                self.children_by(v, &["obl"])
                    .filter(|&o| self.case_of(o).is_none()),
            )
            .collect();
        let sides: Vec<usize> = objects.iter().flat_map(|&o| self.np_agents(o)).collect();
        let [x, y] = sides[..] else { return None };
        let kind = self.mention_kind(x);
        if kind != self.mention_kind(y) || !matches!(kind, EntityKind::Person | EntityKind::Country)
        {
            return None;
        }
        let tr = self.triggers();
        let sentence = self.analysis.sentences[self.analysis.sentence_of_token(v)]
            .tokens
            .clone();
        let talks = sentence.clone().any(|t| self.names_talks(t))
            || self.children_by(v, &["advcl", "xcomp"]).any(|c| {
                self.is_to_infinitive(c) && {
                    let cw = self.token_lower(c);
                    tr.topic_verbs.contains(cw) || cw.starts_with("negotiat")
                }
            });
        if !talks {
            return None;
        }
        // Not a gatherer: a side, a side's country, or a country the
        // object names ("Chile brought together the ministers of Chile and
        // Peru").
        let named: Vec<usize> = objects
            .iter()
            .flat_map(|&o| self.of_phrase_agents(o, &["of"]))
            .chain([x, y])
            .collect();
        let gatherers: Vec<usize> = self
            .subject_agents(v)
            .into_iter()
            .filter(|&g| {
                let g = self.mentions.mentions[g].entity;
                named.iter().all(|&s| {
                    let s = self.mentions.mentions[s].entity;
                    s != g && self.party_of(s) != Some(g)
                })
            })
            .collect();
        Some((gatherers, [x, y]))
    }

    /// An item standing for mention `m`, for the helpers that take items.
    pub fn mention_item(&self, m: usize) -> Item<'a> {
        let span = self.mentions.mentions[m].span.clone();
        Item {
            text: self.doc.text.get(span.clone()).unwrap_or(""),
            lower: String::new(),
            span,
            mention: Some(m),
            punct: false,
            verbs: 0,
            upos: "",
        }
    }
}
