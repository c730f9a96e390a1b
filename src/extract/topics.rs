//! Topics: what the talks addressed.
//!
//! What it extracts: the issues a sentence says the talks addressed,
//! discussed or focused on, and the matter of "talks on X".
//!
//! Example: "They addressed issues including the lifting of sanctions and
//! the nuclear programme" gives `topic lifting of sanctions` and `topic
//! nuclear programme`; "negotiations on a ceasefire" gives `topic ceasefire`.
//! By words also: "the meeting dealt with X" (after a talks noun, one
//! with its place, "the meeting in Geneva", or a group of sides) and "the
//! agenda [of the talks] included X" (`topics/agenda`, in a sentence
//! naming talks or a meeting; not a programme's capitalised "Agenda").
//!
//! Over the parse (`topics/parse-*`): the noun phrases that are the object
//! of a topic verb ("discussed X and Y", "raised concerns about X"), the
//! "on/about/over" oblique of one ("focused on X", "agreed on X"), the deal
//! a verb of welcoming or reaching takes as object ("welcomed the truce"),
//! and the "on/about/over/regarding" modifier of a talks noun ("talks over
//! X"), the items of "areas of cooperation, including X, Y" and the
//! matter of a readout paragraph opened by "On X, both sides ...", the
//! "about" phrase of a verb of talking ("want to talk about X"; "talked
//! about fishing rights" read as a gerund clause gives "fishing rights"),
//! the "on" phrase the parse hangs on the party of "talks with B on X", the matter
//! under a stance ("noted the importance of X", "reaffirmed their
//! commitment to X"), what a party condemned, and the matter of an event or
//! deal a verb welcomes or signs ("welcomed the resumption of X", "the deal
//! to secure the release of X": `topics/parse-event`). Gerunds that go on
//! with a list of matters ("talk about X, ensuring the stability of Y, and
//! strengthening Z", "issues, including securing X and expanding Y") give
//! their objects, wherever the parse hangs them. A count stands for what it
//! counts ("a range of issues", "a host of challenges"); ways and steps for
//! what they are to act on ("ways to boost trade"); a commitment for the
//! goal it goes on to ("commitment to continue providing assistance").
//! What the sides of talks work together on ("deepen cooperation on X",
//! "collaboration in the field of X", "coordination on addressing X", the
//! items of "cooperation on challenges, including X": `topics/parse-
//! cooperation`; not where, how or why: "in the region", "in line with").
//! Talks "aimed at ending X", progress the talks or their sides made "on
//! X", and what parties "agreed" (or pledged, vowed, committed) "to work
//! together to combat" give X; so do
//! what "dominated the talks" (or the talks "were dominated by"), what
//! the sides are divided or differ over ("remain divided over X",
//! "disagreed on X" and "differences over X" near talks:
//! `topics/parse-divided-over`), the matter of a body the sides set up ("agreed to set up a joint
//! commission on X", "launched a dialogue on X": `topics/parse-body-on`),
//! what near talks is "under discussion" or "on the table" ("The proposals
//! under discussion include X": `topics/parse-under-discussion`),
//! "topics included X" and what was "on the agenda" ("High on the agenda
//! was X", "X topped the agenda") after or in a sentence on talks.
//! Also: what talks "cover" or "revolve around", the predicate of "the
//! main topic of the meeting was X" or of "the talks were about X", the
//! fields of "efforts on X, Y and Z"; what talks "will focus on" (talks
//! to come), the conflict the sides set out to settle named by what it
//! is over ("resolve the dispute over fishing rights", the "over" phrase
//! on the noun or the verb), an agenda told right after a meeting ("A met
//! B. The agenda included X"), "dealt mainly with X"; after talks, "B briefed A
//! on X", "A pressed B on X", "Among the issues raised were X" and "Key
//! issues at the talks were X"; a matter said inside a quotation ends with
//! it. Adjectives conjoined before one noun stay one
//! matter ("global and regional security issues"). Topics that start with a
//! vague word ("areas", "details", "both"), a preposition ("over the past
//! days"), a bare verb or a clause with its own subject are dropped, as
//! are a count, a general noun alone ("progress", "costs") and "next
//! steps"; so is another name the parse
//! gives a matter in apposition ("the alliance, the cornerstone of peace"),
//! unless ", and" shows a list. A phrase is the head's subtree without
//! relative clauses, appositions, conjuncts or leading determiners and
//! adverbs, but with the noun's purpose when the whole stays short
//! ("patrols to combat trafficking"); each conjunct is a topic of its own.
//! A phrase inside a longer topic of the same sentence (the same matter
//! read by words and by the parse) is dropped. A conflict keeps its place
//! even when the parse hangs it on the verb ("discussed the war in
//! Yemen"), and an inner "between" phrase keeps both sides ("the conflict
//! between X and Y").
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

const MAX_WORDS: usize = 10;

impl Extractor for Topics {
    fn name(&self) -> &'static str {
        "topics"
    }

    fn extract(&self, cx: &Context<'_>, out: &mut Vec<Fact>) {
        let from = out.len();
        self.find(cx, out);
        // Phrases cut in mid-air lose their dangling words, or go.
        let mut k = 0;
        out.retain_mut(|f| {
            k += 1;
            k <= from || tidy(cx, f)
        });
        // Vague topics go; then one matter read twice (by words and over
        // the parse) is one topic: a phrase inside a longer one of the
        // same sentence goes. Sorted by sentence, start and longest first, a phrase is inside
        // another when an earlier one of its sentence reaches as far, and
        // is not the same span.
        let vague: Vec<bool> = out[from..].iter().map(|f| vague(cx, f)).collect();
        let mut order: Vec<usize> = (from..out.len()).filter(|&k| !vague[k - from]).collect();
        order.sort_by_key(|&k| {
            let e = &out[k].evidence;
            (e.sentence, e.span.start, std::cmp::Reverse(e.span.end))
        });
        let mut inside = vec![false; out.len() - from];
        let mut reach: Option<(usize, std::ops::Range<usize>)> = None;
        for k in order {
            let e = &out[k].evidence;
            match &reach {
                Some((si, r)) if *si == e.sentence && e.span.end <= r.end => {
                    inside[k - from] = *r != e.span;
                }
                _ => reach = Some((e.sentence, e.span.clone())),
            }
        }
        let mut k = 0;
        out.retain(|_| {
            k += 1;
            k <= from || !(inside[k - 1 - from] || vague[k - 1 - from])
        });
    }
}

/// The tokens overlapping byte span `span`.
fn span_tokens(cx: &Context<'_>, span: &std::ops::Range<usize>) -> std::ops::Range<usize> {
    let t = &cx.analysis.tokens;
    t.partition_point(|x| x.span.end <= span.start)..t.partition_point(|x| x.span.start < span.end)
}

/// Tidy a topic whose words end before the phrase does: dangling
/// prepositions, conjunctions, determiners, possessive pronouns and
/// adverbs at its end go ("access to college in", "our cooperation
/// bilaterally"). A topic goes (false) when nothing is left, when it ends
/// at an owner's possessive mark ("the United States'") or a finite verb
/// (a clause: "the commitments A and B made" read as "B made"), when it
/// opens with an auxiliary ("have impacted veterans"), or when it is a
/// pronoun alone ("address them"). A topic whose text is not its span's
/// (one joined from apart) is left as it is.
fn tidy(cx: &Context<'_>, f: &mut Fact) -> bool {
    let a = cx.analysis;
    let span = f.evidence.span.clone();
    let Some(text) = cx.doc.text.get(span.clone()) else {
        return true;
    };
    if crate::text::collapse_whitespace(text) != f.arg_texts()[0] {
        return true;
    }
    let std::ops::Range {
        start: lo,
        end: mut hi,
    } = span_tokens(cx, &span);
    if lo >= hi || a.tokens[lo].span.start != span.start || a.tokens[hi - 1].span.end != span.end {
        return true;
    }
    let end = hi;
    // (The tagger takes some nouns for adverbs or pronouns, "hunger",
    // "HHS": only a lower-case word of those classes counts.)
    let lower = |t: usize| {
        cx.doc.text[a.tokens[t].span.clone()]
            .chars()
            .all(|c| !c.is_uppercase())
    };
    let adverb = |t: usize| a.tokens[t].upos == "ADV" && a.tokens[t].xpos == "RB" && lower(t);
    if a.tokens[lo].upos == "AUX" {
        return false;
    }
    let last = &a.tokens[hi - 1];
    // (A noun the tagger took for a verb, "home energy costs", has no
    // name or pronoun for subject.)
    let clause = last.upos == "VERB"
        && matches!(last.xpos, "VBD" | "VBZ" | "VBP")
        && !last.head.is_some_and(|h| (lo..hi).contains(&h))
        && a.children(hi - 1)
            .any(|c| a.tokens[c].deprel == "nsubj" && matches!(a.tokens[c].upos, "PROPN" | "PRON"));
    if last.xpos == "POS" || clause {
        return false;
    }
    // ("trade in detail", "the agenda at length": how they talked, not
    // what about.)
    let manner = |k: usize| {
        k >= lo + 2
            && matches!(
                (cx.token_lower(k - 1).as_str(), cx.token_lower(k).as_str()),
                ("in", "detail" | "depth" | "person" | "line") | ("at", "length")
            )
    };
    // ("threats posed by democratic", "efforts in a humane": a modifier
    // whose noun the topic lost.)
    // (Only right after a preposition, an article or a verb: a noun or a
    // name before another, "gun violence [prevention]", is a whole
    // matter.)
    let cut_modifier = |k: usize| {
        let t = &a.tokens[k];
        let lost = (t.upos == "ADJ" && t.deprel == "amod")
            || (t.upos == "PROPN" && t.deprel == "compound");
        lost && t.head.is_some_and(|x| x > k)
            && k > lo
            && matches!(a.tokens[k - 1].upos, "ADP" | "DET" | "VERB")
    };
    // ("goods produced": a participle whose agent the topic lost.)
    let lost_agent = |k: usize| {
        a.tokens[k].xpos == "VBN"
            && a.tokens[k].deprel == "acl"
            && a.children(k)
                .any(|c| c > k && a.tokens[c].deprel == "obl:agent")
    };
    while hi > lo {
        let t = &a.tokens[hi - 1];
        // ("efforts to achieve", "plan to try": a purpose whose object
        // or complement the phrase lost.)
        let bare_purpose = t.upos == "VERB"
            && t.xpos == "VB"
            && hi - 1 > lo + 1
            && cx.token_lower(hi - 2) == "to"
            && a.children(hi - 1)
                .any(|c| c >= hi && a.tokens[c].upos != "PUNCT");
        // ("the President's goal of ensuring [that ...]": a gerund whose
        // clause the phrase lost.)
        let bare_gerund = t.upos == "VERB"
            && t.xpos == "VBG"
            && hi - 1 > lo + 1
            && matches!(cx.token_lower(hi - 2).as_str(), "of" | "for")
            && a.children(hi - 1)
                .any(|c| c >= hi && !matches!(a.tokens[c].upos, "PUNCT" | "CCONJ"));
        if bare_purpose || bare_gerund {
            hi -= 2;
            // ("plan to try", "ongoing efforts to locate": a noun of
            // intent names its matter only through its purpose.)
            let intent = hi == lo + 1 || intent_noun(cx.token_lower(hi - 1));
            if intent {
                return false;
            }
            continue;
        }
        if manner(hi - 1) {
            hi -= 2;
            continue;
        }
        // ("trade on Monday", "trade with B": when they talked, or with
        // whom, not what about; a misparse may hang either on the matter.)
        let time_tail = hi > lo + 2 && matches!(cx.token_lower(hi - 2).as_str(), "on" | "in") && {
            let w = &cx.doc.text[t.span.clone()];
            cx.triggers().weekday(w).is_some() || cx.triggers().month(w).is_some()
        };
        if time_tail {
            hi -= 2;
            continue;
        }
        let person = |k: usize| {
            cx.token_mention(k)
                .is_some_and(|m| cx.mention_kind(m) == crate::fact::EntityKind::Person)
                || cx.in_title_span(&a.tokens[k].span)
        };
        if let Some(with) = (lo + 1..hi - 1)
            .rev()
            .find(|&k| cx.token_lower(k) == "with")
            .filter(|&k| person(hi - 1) && (k + 1..hi).all(person))
        {
            hi = with;
            continue;
        }
        // ("global issues critical [to both nations]": an adjective after
        // its noun whose complement the phrase lost.)
        let postpositive = t.upos == "ADJ"
            && t.head.is_some_and(|h| (lo..hi - 1).contains(&h))
            && a.children(hi - 1)
                .any(|c| c >= hi && a.tokens[c].upos != "PUNCT");
        if hi - 1 > lo && (cut_modifier(hi - 1) || lost_agent(hi - 1) || postpositive) {
            hi -= 1;
            continue;
        }
        let dangling = matches!(t.upos, "ADP" | "CCONJ" | "SCONJ" | "DET" | "PUNCT")
            || t.xpos == "PRP$"
            || (adverb(hi - 1) && hi - 1 > lo);
        if !dangling {
            break;
        }
        hi -= 1;
    }
    let pronoun = |t: usize| a.tokens[t].upos == "PRON" && (lower(t) || cx.token_lower(t) == "i");
    if hi == lo || (hi == lo + 1 && (pronoun(lo) || adverb(lo))) {
        return false;
    }
    // "including dealing with K": a gerund alone is its clause cut short;
    // the short clause whole is the matter, a long one none.
    if hi == lo + 1 && a.tokens[lo].xpos == "VBG" {
        // (Its objects and obliques, not the gerunds listed after it.)
        let end = a
            .children(lo)
            .filter(|&c| c > lo && matches!(a.tokens[c].deprel, "obj" | "obl" | "compound:prt"))
            .map(|c| cx.subtree_end(c))
            .max()
            .unwrap_or(lo);
        if end == lo {
            return true;
        }
        let sentence = &a.sentences[a.sentence_of_token(lo)];
        // (A noun phrase whole: no clause, nothing hung outside it.)
        let clause = (lo + 1..=end).any(|k| {
            !matches!(
                a.tokens[k].upos,
                "ADP" | "DET" | "ADJ" | "NOUN" | "PROPN" | "NUM" | "CCONJ" | "PART"
            ) || cx.token_lower(k) == "that"
                || a.tokens[k].head.is_none_or(|x| x < lo || x > end)
        });
        if end - lo > 5
            || end >= sentence.tokens.end
            || clause
            || !matches!(a.tokens[end].upos, "NOUN" | "PROPN")
        {
            return false;
        }
        let new = a.tokens[lo].span.start..a.tokens[end].span.end;
        f.args[0] = Arg::literal(crate::text::collapse_whitespace(&cx.doc.text[new.clone()]));
        f.evidence.span = new;
        return true;
    }
    if hi < end {
        let new = a.tokens[lo].span.start..a.tokens[hi - 1].span.end;
        let value = crate::text::collapse_whitespace(&cx.doc.text[new.clone()]);
        f.args[0] = Arg::literal(value);
        f.evidence.span = new;
    }
    true
}

/// Words that head no matter of their own: "areas of cooperation", "the
/// details", "a range of", "those threats", "Moreover".
const VAGUE: &[&str] = &[
    "area",
    "areas",
    "detail",
    "details",
    "range",
    "factor",
    "factors",
    "aspect",
    "aspects",
    "way",
    "ways",
    "thing",
    "things",
    "moreover",
    "however",
    "those",
    "these",
    "this",
    "that",
    "such",
    "development",
    "kind",
    "kinds",
    "type",
    "types",
    "both",
    "on",
    "in",
    "at",
    // A phrase the word window opened with a preposition tells when, how
    // or where ("over the past days", "through NATO"), not what.
    "against",
    "about",
    "over",
    "with",
    "without",
    "for",
    "of",
    "to",
    "by",
    "from",
    "through",
    "throughout",
    "under",
    "into",
    "outside",
    // "discussed how the United States, along with X, is working": a
    // clause the window cut, not a matter.
    "how",
    "along",
    "whether",
];

/// A topic that names nothing: it starts with a vague word, or with a
/// finite or bare verb (a clause the parse or the word window took for a
/// noun phrase: "advance areas of cooperation"). A gerund stays: "lifting
/// sanctions" is a matter.
fn vague(cx: &Context<'_>, f: &Fact) -> bool {
    let first = f.arg_texts()[0]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    if VAGUE.contains(&first.as_str()) {
        return true;
    }
    // "efforts on reconstruction" cut from "efforts on reconstruction,
    // security, and governance": the fields are the matters.
    let head = cx.span_head(&f.evidence.span);
    if head.is_some_and(|h| listed_field(cx, h).is_some()) {
        return true;
    }
    // "current and historic factors [perpetuating the crisis]", "key
    // aspects": a vague noun heads no matter, whatever qualifies it.
    let vague_head = head.is_some_and(|h| {
        matches!(
            cx.token_lower(h).as_str(),
            "factor"
                | "factors"
                | "aspect"
                | "aspects"
                | "area"
                | "areas"
                | "detail"
                | "details"
                | "thing"
                | "things"
                | "kind"
                | "kinds"
                | "type"
                | "types"
        ) && !cx.children_by(h, &["nmod"]).any(|n| {
            // ("all aspects of Israel's security": the matter is named.)
            cx.case_of(n) == Some("of") && !GENERIC_NOUNS.contains(&cx.token_lower(n).as_str())
        })
    });
    if vague_head {
        return true;
    }
    // "their common goal", "three core objectives": a goal named by no
    // field ("sustainability goals") and no matter ("the goal of a
    // ceasefire") is none.
    let bare_goal = head.is_some_and(|h| {
        matches!(
            cx.doc.text.get(cx.analysis.tokens[h].span.clone()),
            Some("goal" | "goals" | "objective" | "objectives")
        ) && cx.children_by(h, &["compound", "nmod"]).next().is_none()
    });
    if bare_goal {
        return true;
    }
    // "a full range of issues", "number of areas": a count is no matter
    // (what it counts is read apart).
    let lower = f.arg_texts()[0].to_lowercase();
    let before_of: Vec<&str> = lower
        .split_whitespace()
        .take_while(|&w| w != "of")
        .collect();
    let counts = before_of.len() <= 3
        && before_of.last().is_some_and(|w| QUANTITY_NOUNS.contains(w))
        && lower.contains(" of ");
    if counts {
        return true;
    }
    // "their support", "the critical (need)": a holder of a matter, or an
    // adjective, alone names none (the matter under it is read apart).
    let text = f.arg_texts()[0];
    if !text.contains(' ') {
        // ("negotiated agreements", "the deal": which, it does not say.)
        if MATTER_HOLDERS.contains(&first.as_str())
            || GENERIC_NOUNS.contains(&first.as_str())
            || GENERIC_DEALS.contains(&first.as_str())
        {
            return true;
        }
        // "the importance of all countries ...": who, not what.
        if PARTY_GROUPS.contains(&first.as_str())
            || matches!(
                first.as_str(),
                "countries" | "nations" | "states" | "governments" | "partners" | "allies"
            )
        {
            return true;
        }
        let adjective = cx
            .span_head(&f.evidence.span)
            .is_some_and(|h| cx.analysis.tokens[h].upos == "ADJ");
        if adjective {
            return true;
        }
    }
    // "discussed his plan [to try ...]": a noun of intent whose purpose
    // the topic left out names no matter.
    {
        let a = cx.analysis;
        let r = span_tokens(cx, &f.evidence.span);
        let last = r.end.saturating_sub(1);
        let w = cx.token_lower(last).as_str();
        // (The noun heads the topic: "human control over the decision
        // [to use X]" names its matter.)
        let intent =
            r.end > r.start && cx.span_head(&f.evidence.span) == Some(last) && intent_noun(w);
        if intent
            && cx.token_lower(r.end) == "to"
            && a.tokens.get(r.end + 1).is_some_and(|t| t.upos == "VERB")
        {
            return true;
        }
    }
    // "several topics", "other issues": a matter noun alone or after a
    // quantifier names no matter ("trade issues" does).
    let words: Vec<String> = f.arg_texts()[0]
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let quantifier = |w: &str| {
        matches!(
            w,
            "several"
                | "different"
                | "other"
                | "many"
                | "some"
                | "various"
                | "all"
                | "key"
                | "important"
                | "certain"
                | "specific"
                | "numerous"
                | "multiple"
                | "further"
                | "respective"
                | "pressing"
                | "shared"
                | "common"
                | "mutual"
        )
    };
    // "next steps", "plans": what is to be done, not the matter it is for.
    if words.len() <= 2
        && words
            .last()
            .is_some_and(|w| PURPOSE_HOLDERS.contains(&w.as_str()))
    {
        return true;
    }
    // ("key regional and global challenges": a list of adjectives only,
    // before.)
    let only_adjectives = || {
        let a = cx.analysis;
        let std::ops::Range { start: lo, end: hi } = span_tokens(cx, &f.evidence.span);
        hi > lo + 1
            && a.tokens[lo..hi - 1].iter().any(|t| t.upos == "CCONJ")
            && a.tokens[lo..hi - 1].iter().enumerate().all(|(i, t)| {
                matches!(t.upos, "ADJ" | "CCONJ" | "PUNCT")
                    || words.get(i).is_some_and(|w| quantifier(w))
            })
    };
    if (words.len() == 1 || (words.len() == 2 && quantifier(&words[0])) || only_adjectives())
        && words.last().is_some_and(|w| {
            matches!(
                w.as_str(),
                "topic"
                    | "topics"
                    | "issue"
                    | "issues"
                    | "matters"
                    | "subjects"
                    | "things"
                    | "challenge"
                    | "challenges"
                    | "opportunities"
                    | "priorities"
                    | "questions"
                    | "concerns"
                    | "efforts"
            )
        })
    {
        return true;
    }
    let a = cx.analysis;
    // "[discussed X, and] helped leaders collect input": a clause with a
    // subject of its own inside the span is no matter.
    // ("infrastructure needs", "home energy costs this winter": a plural
    // noun the tagger read as a verb of the noun before it, with no
    // object, is a noun phrase still.)
    let clause = head.is_some_and(|h| {
        let when = |o: usize| {
            let w = cx.token_lower(o);
            crate::text::TIME_NOUNS.contains(&w.as_str())
                || matches!(w.as_str(), "winter" | "summer" | "autumn")
        };
        let compound_read =
            a.tokens[h].xpos == "VBZ" && cx.children_by(h, &["obj", "xcomp", "ccomp"]).all(when);
        a.tokens[h].upos == "VERB"
            && matches!(a.tokens[h].xpos, "VB" | "VBP" | "VBZ" | "VBD")
            && cx.children_by(h, &["nsubj"]).any(|s| {
                f.evidence.span.contains(&a.tokens[s].span.start) && !(compound_read && s + 1 == h)
            })
    });
    if clause {
        return true;
    }
    let t = a
        .tokens
        .partition_point(|t| t.span.end <= f.evidence.span.start);
    a.tokens.get(t).is_some_and(|tok| {
        tok.span.start == f.evidence.span.start
            && tok.upos == "VERB"
            && matches!(tok.xpos, "VB" | "VBP" | "VBZ" | "VBD")
    })
}

/// Nouns too general to name a matter on their own ("cooperation",
/// "needs", "steps"); with a modifier they may ("bilateral cooperation").
const GENERIC_NOUNS: &[&str] = &[
    "cooperation",
    "needs",
    "work",
    "people",
    "actions",
    "costs",
    "systems",
    "principles",
    "relations",
    "capacities",
    "globe",
    "number",
    "risk",
    "risks",
    "threat",
    "threats",
    "government",
    "design",
    "progress",
    "stakeholders",
    "path",
    "steps",
    "impact",
    "impacts",
];

/// Verbs that say what something is about only through a preposition.
/// Nouns whose predicate names the matter of talks they are "of" ("The
/// main topic of the meeting was X").
const TOPIC_SUBJECTS: &[&str] = &[
    "topic", "topics", "subject", "subjects", "theme", "themes", "focus", "issue", "issues",
];

const FOCUS_VERBS: &[&str] = &[
    "focused", "focusing", "focus", "focuses", "centered", "centred", "touched",
];

/// Topic verbs whose passive subject is a matter a report says was
/// talked about ("X was discussed"); not "raised" (concerns were raised
/// about X), "concerned" (officials were concerned) or "covered".
const PASSIVE_TOPIC_VERBS: &[&str] = &[
    "discussed",
    "addressed",
    "reviewed",
    "explored",
    "examined",
    "tackled",
];

/// The verb whose subject is verb `v`'s: the one it is the open
/// complement of ("agreed to set up", "remain divided"), else itself.
fn subject_holder(cx: &Context<'_>, v: usize) -> Option<usize> {
    let tok = &cx.analysis.tokens[v];
    if tok.deprel == "xcomp" {
        tok.head
    } else {
        Some(v)
    }
}

/// Verbs of setting up a body ("established a working group on X"); "set
/// up" is read with its particle.
const SET_UP: &[&str] = &[
    "establish",
    "established",
    "establishing",
    "create",
    "created",
    "creating",
    "form",
    "formed",
    "forming",
    "launch",
    "launched",
    "launching",
];

/// Bodies the sides of talks set up on a matter.
const BODY_NOUNS: &[&str] = &[
    "commission",
    "committee",
    "group",
    "council",
    "mechanism",
    "dialogue",
    "taskforce",
    "force",
    "panel",
    "forum",
];

/// Verbs of sides at odds over a matter ("remain divided over X").
const DIVIDED: &[&str] = &[
    "divided",
    "split",
    "disagreed",
    "disagree",
    "disagrees",
    "differed",
    "differ",
];

/// Nouns of sides at odds over a matter ("differences over X").
const DIFFERENCES: &[&str] = &[
    "differences",
    "disagreement",
    "disagreements",
    "divisions",
    "gaps",
    "rift",
];

/// Verbs of settling a conflict ("resolve the dispute over X").
pub(super) const RESOLVE_VERBS: &[&str] = &[
    "resolve",
    "resolves",
    "resolved",
    "resolving",
    "settle",
    "settles",
    "settled",
    "settling",
    "defuse",
    "defuses",
    "defused",
    "defusing",
];

/// Modal auxiliaries: "could be addressed" is no report of talks.
pub(super) const MODALS: &[&str] = &[
    "can", "could", "may", "might", "must", "shall", "should", "will", "would",
];

/// Nouns of opinions exchanged ("exchanged views on X", "compared notes
/// on X").
pub(super) const VIEW_NOUNS: &[&str] = &[
    "views",
    "view",
    "notes",
    "perspectives",
    "assessments",
    "ideas",
    "thoughts",
    "opinions",
];

/// Whether "focused (on)" at token `v` tells what talks were about: its
/// subject, or the noun it modifies ("a career focused on X"), is a word
/// for talks or what they yield ("cooperation focused on X"), or a party
/// (a person, country or organisation, or a pronoun or group noun standing
/// for one: "they", "the leaders"). Projects, careers and exercises focus
/// on things too, outside any talks.
fn focus_of_talks(cx: &Context<'_>, v: usize) -> bool {
    let tok = &cx.analysis.tokens[v];
    let holders = match (tok.deprel, tok.head) {
        ("acl" | "amod", Some(h)) => vec![h],
        // "The talks, mediated by Qatar, focused on X" parsed with the
        // verb under the participle that modifies the talks.
        ("advcl", Some(p))
            if cx.analysis.tokens[p].deprel == "acl" && cx.subjects(v).is_empty() =>
        {
            cx.analysis.tokens[p].head.into_iter().collect()
        }
        _ => cx.subjects(v),
    };
    let tr = cx.triggers();
    holders.iter().any(|&h| {
        if cx.names_talks(h) || tr.topic_nouns.contains(cx.token_lower(h)) {
            return true;
        }
        if let Some(m) = cx.token_mention(h) {
            return cx.is_agent_mention(m);
        }
        let w = cx.token_lower(h);
        PARTY_GROUPS.contains(&w.as_str())
            || matches!(
                w.as_str(),
                "they"
                    | "he"
                    | "she"
                    | "i"
                    | "officials"
                    | "participants"
                    | "counterparts"
                    | "conversation"
                    | "conversations"
                    | "exchange"
            )
    })
}

/// Where the copula is when item `i` is a noun of matters told as the
/// subject of a list: "(Among) the issues raised were", "Key issues at
/// the talks were", "The main topics were" (a determiner or an adjective
/// before the noun, a noun phrase after the copula; not "the issues were
/// resolved").
fn issues_were(items: &[Item], i: usize) -> Option<usize> {
    if !matches!(
        items[i].lower.as_str(),
        "issues" | "topics" | "subjects" | "matters"
    ) || i == 0
        || !matches!(items[i - 1].upos, "DET" | "ADJ")
    {
        return None;
    }
    let lower = |k: usize| items.get(k).map_or("", |x| x.lower.as_str());
    let cop = match lower(i + 1) {
        "raised" => i + 2,
        "at" | "of" | "during" if lower(i + 2) == "the" => i + 4,
        _ => i + 1,
    };
    let np = |k: usize| {
        items
            .get(k)
            .is_some_and(|x| matches!(x.upos, "DET" | "NOUN" | "PROPN"))
    };
    let adj_np = items.get(cop + 1).is_some_and(|x| x.upos == "ADJ") && np(cop + 2);
    (matches!(lower(cop), "were" | "was" | "included" | "include")
        && (np(cop + 1) || adj_np)
        && items.get(cop + 1).is_some_and(|x| x.mention.is_none()))
    .then_some(cop)
}

impl Topics {
    fn find(&self, cx: &Context<'_>, out: &mut Vec<Fact>) {
        parsed(cx, out);
        let tr = cx.triggers();
        for si in 0..cx.analysis.sentences.len() {
            let items = cx.items(si);
            for (i, it) in items.iter().enumerate() {
                if it.mention.is_some() || it.punct {
                    continue;
                }
                let w = it.lower.as_str();
                // "in an address broadcast via the app", "a review of X":
                // the noun of a topic verb after its determiner names
                // nothing.
                // ("the Administration's focus on X": a noun of focus is
                // read by the parse, with its owner.)
                let noun = it.upos == "NOUN"
                    && ((i > 0 && items[i - 1].upos == "DET") || FOCUS_VERBS.contains(&w));
                let start = if tr.topic_verbs.contains(w) && !noun {
                    // "focused on", "centred around", "focused squarely on"
                    let mut j = i + 1;
                    while j < i + 3 && items.get(j).is_some_and(|x| x.upos == "ADV") {
                        j += 1;
                    }
                    let preposition = items.get(j).is_some_and(|x| {
                        matches!(x.lower.as_str(), "on" | "upon" | "around" | "about")
                    });
                    if preposition {
                        j += 1;
                    } else {
                        j = i + 1;
                    }
                    // "focused", "centred" and "touched" say what only
                    // through their preposition: "the talks were
                    // constructive, focused, and respectful" names none.
                    let needs_preposition = FOCUS_VERBS.contains(&w);
                    let said_of_talks = !needs_preposition
                        || cx
                            .span_head(&it.span)
                            .is_some_and(|v| focus_of_talks(cx, v));
                    (said_of_talks && (preposition || !needs_preposition))
                        .then_some((j, "topics/addressed"))
                } else if matches!(w, "dealt" | "deals" | "dealing")
                    && (items.get(i + 1).is_some_and(|x| x.lower == "with")
                        || (items.get(i + 1).is_some_and(|x| x.upos == "ADV")
                            && items.get(i + 2).is_some_and(|x| x.lower == "with")))
                    && i >= 1
                    && (tr.talks.contains(&items[i - 1].lower)
                        || PARTY_GROUPS.contains(&items[i - 1].lower.as_str())
                        // "The meeting in Geneva dealt with X": the
                        // talks before a place (the tagger may read
                        // "dealt" as a noun) or the subject by the parse.
                        || (i >= 3
                            && items[i - 1].mention.is_some()
                            && matches!(items[i - 2].lower.as_str(), "in" | "at")
                            && tr.talks.contains(&items[i - 3].lower))
                        || cx.span_head(&it.span).is_some_and(|v| {
                            cx.subjects(v).into_iter().any(|s| cx.names_talks(s))
                        }))
                {
                    // "The meeting dealt with migration", "the leaders
                    // dealt with X", "dealt mainly with X": said of talks
                    // or their sides (the tagger may read "dealt" as a
                    // noun).
                    let with = if items[i + 1].lower == "with" {
                        i + 1
                    } else {
                        i + 2
                    };
                    Some((with + 1, "topics/addressed"))
                } else if matches!(w, "included" | "includes" | "include")
                    && (i.saturating_sub(5)..i).any(|a| {
                        items[a].text == "agenda"
                            && (a < 2 || !items[a - 1].text.starts_with(char::is_uppercase))
                    })
                    && (items[..i].iter().any(|x| {
                        tr.talks.contains(&x.lower)
                            || cx.is_verb(crate::lexicon::VerbClass::Meeting, x)
                    }) || si.checked_sub(1).is_some_and(|b| {
                        cx.talks_context(cx.items(b))
                            || cx
                                .items(b)
                                .iter()
                                .any(|x| cx.is_verb(crate::lexicon::VerbClass::Meeting, x))
                    }))
                {
                    // "The agenda of the talks included climate change and
                    // energy": a meeting's agenda ("the Investing in America
                    // agenda includes" is a programme); the talks may be
                    // the previous sentence's ("A met B. The agenda
                    // included X").
                    Some((i + 1, "topics/agenda"))
                } else if let Some(cop) = issues_were(items, i).filter(|_| cx.meeting_near(si)) {
                    // "Among the issues raised were X and Y", "Key issues
                    // at the talks were X", "The main topics were X": in a
                    // sentence on talks or after one.
                    Some((cop, "topics/issues-were"))
                } else if matches!(w, "welcome" | "welcomed" | "welcomes" | "welcoming")
                    && items.get(i + 1).is_some_and(|x| x.lower == "the")
                    && items
                        .get(i + 2)
                        .is_some_and(|x| tr.matter_events.contains(&x.lower))
                {
                    // "I welcome the announcement today of a truce": what
                    // the welcomed event is of, when a time word between
                    // them throws the parse (which reads the rest:
                    // `topics/parse-event`).
                    // (A quoted name after "of" is left whole to the parse.)
                    let timed = items.get(i + 3).is_some_and(|x| tr.names_time(&x.lower));
                    let quoted = items[(i + 5).min(items.len())..]
                        .iter()
                        .take(2)
                        .any(|x| x.punct && x.text.starts_with(['"', '“', '‘', '\'']));
                    (timed && !quoted && items.get(i + 4).is_some_and(|x| x.lower == "of"))
                        .then_some((i + 5, "topics/welcomed-event"))
                } else if tr.topic_nouns.contains(w)
                    && tr.talks.contains(w)
                    && items
                        .get(i + 1)
                        .is_some_and(|x| matches!(x.lower.as_str(), "on" | "about" | "over"))
                    // "talks on Friday", "talks on 3 May": when, not what.
                    && !items.get(i + 2).is_some_and(|x| tr.names_time(&x.lower))
                    // "discussions on the sidelines of the summit": where;
                    // "talks over the phone": how.
                    && !items[i + 2..].iter().take(2).any(|x| {
                        OCCASION_NOUNS.contains(&x.lower.as_str())
                            || MEANS_NOUNS.contains(&x.lower.as_str())
                    })
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
                // "A, B and C were (thoroughly) addressed": the list
                // precedes (a passive: not "they were discussing").
                if rule == "topics/addressed" && j == i + 1 && modal_passive(items, i) {
                    continue;
                }
                if rule == "topics/addressed" && j == i + 1 && items[i].lower.ends_with("ed") {
                    if let Some(list_start) = passive_subject(items, i) {
                        for (a, b) in phrases(cx, &items[..i], list_start) {
                            // "It was discussed": a pronoun names no matter.
                            if b == a + 1 && items[a].upos == "PRON" {
                                continue;
                            }
                            let span = items[a].span.start..items[b - 1].span.end;
                            let value =
                                crate::text::collapse_whitespace(&cx.doc.text[span.clone()]);
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
                let mut found = phrases(cx, items, j);
                // "from 17 states, including Arizona, Florida and Utah": a
                // list of three places or more (not countries) names where,
                // not what.
                let place = |&(a, b): &(usize, usize)| {
                    b == a + 1 && cx.kind(&items[a]) == Some(crate::fact::EntityKind::Place)
                };
                if found.iter().filter(|p| place(p)).count() >= 3 {
                    found.retain(|p| !place(p));
                }
                // A list closed by ", and" (before the clause ends) is a
                // list, however the parse hangs its items.
                let last = found.iter().map(|p| p.1).max().unwrap_or(j);
                let list = items[j.min(last)..]
                    .iter()
                    .take_while(|x| x.text != ";")
                    .collect::<Vec<_>>()
                    .windows(2)
                    .any(|w| {
                        w[0].text == "," && matches!(w[1].lower.as_str(), "and" | "or" | "as")
                    });
                // "to address the legislators, building off of X": after
                // an audience, what follows is not a list of matters.
                let spoken_to = rule == "topics/addressed"
                    && found.first().is_some_and(|&(a, b)| {
                        audience(
                            cx,
                            &items[i].lower,
                            &(items[a].span.start..items[b - 1].span.end),
                        )
                    });
                if spoken_to {
                    continue;
                }
                for (a, b) in found {
                    let span = items[a].span.start..items[b - 1].span.end;
                    let value = crate::text::collapse_whitespace(&cx.doc.text[span.clone()]);
                    if value.split_whitespace().count() == 0 {
                        continue;
                    }
                    // "the alliance, the cornerstone of peace and
                    // security": what the parse reads as another name for
                    // a matter (or a part of that name) is no matter of
                    // its own.
                    // (Of a matter named after the verb: a misparse
                    // may hang the verb's object on a noun before it.)
                    let after_verb = |t: usize| {
                        cx.analysis.tokens[t].span.start >= items[j.min(last)].span.start
                    };
                    let appositive = !list
                        && cx.span_head(&span).is_some_and(|h| {
                            let toks = &cx.analysis.tokens;
                            let appos = |x: usize| {
                                toks[x].deprel == "appos" && toks[x].head.is_some_and(&after_verb)
                            };
                            // (Or inside one: "peace and trade" in "the
                            // cornerstone of peace and trade".)
                            let up = |k: usize| {
                                toks[k]
                                    .head
                                    .filter(|_| matches!(toks[k].deprel, "conj" | "nmod"))
                            };
                            appos(h) || up(h).is_some_and(|x| appos(x) || up(x).is_some_and(appos))
                        });
                    if appositive
                        || (rule == "topics/addressed" && audience(cx, &items[i].lower, &span))
                    {
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
    // The whole object, up to the end of the clause. Quotation marks and
    // parenthesised asides ("NORAD (North American ...)") stay inside.
    let mut end = j;
    let mut depth = 0usize;
    // A matter said inside a quotation ends with it: "“We discussed the
    // border,” A said" names no matter "A".
    let quoted = items.get(j).is_some_and(|x| cx.in_quotation(x.span.start));
    while end < items.len() {
        let x = &items[end];
        if quoted && !cx.in_quotation(x.span.start) {
            break;
        }
        match x.text {
            "(" | "[" => depth += 1,
            ")" | "]" => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > 0 || matches!(x.text, ")" | "]" | "\"" | "“" | "”" | "'" | "‘" | "’") {
            end += 1;
            continue;
        }
        if let Some(n) = lead_at(tr, items, end) {
            end += tr.topic_leads[n].len();
            continue;
        }
        // A verb ends the object: a lexicon verb form, or a past form after
        // the first word, unless the parse makes it a modifier of a noun
        // after it ("security along the shared border"; after a comma it
        // more likely starts a clause: "discussed the outlook, identified
        // readiness plans").
        let verb = x.mention.is_none()
            && end > j
            && (x.verbs != 0
                || (end > j + 1
                    && x.lower.ends_with("ed")
                    && (items[end - 1].text == "," || !attributive(cx, x))));
        // "Talks on border dispute resume in Doha": a headline's verb
        // read as a noun.
        let verb = verb || headline_predicate(cx, items, end, j);
        // "the details, not the framework": what was not discussed.
        let contrast = x.text == "," && items.get(end + 1).is_some_and(|n| n.lower == "not");
        // "the strikes, following the attacks on X", "despite the ...",
        // "ahead of the summit": when or in spite of what, not a matter
        // ("the following issues" is one).
        let circumstance = x.mention.is_none()
            && end > j
            && (x.lower == "despite"
                || (x.lower == "following" && x.upos != "ADJ")
                || (x.lower == "ahead" && items.get(end + 1).is_some_and(|n| n.lower == "of")));
        // "discussed Northern Ireland, and President A reiterated ...": a
        // person who goes on to act opens a clause of their own.
        let subject = end > j && {
            let mut k = end;
            while k < items.len() && super::is_title_item(cx, &items[k]) {
                k += 1;
            }
            items
                .get(k)
                .is_some_and(|p| cx.kind(p) == Some(crate::fact::EntityKind::Person))
                && items
                    .get(k + 1)
                    .is_some_and(|n| n.mention.is_none() && matches!(n.upos, "VERB" | "AUX"))
        };
        if x.punct && !matches!(x.text, "," | "-" | "–")
            || (x.mention.is_none() && STOP.contains(&x.lower.as_str()) && end > j)
            || verb
            || contrast
            || circumstance
            || subject
        {
            break;
        }
        end += 1;
    }
    // A list lead ("trade issues including beef"): keep the head when it
    // says something ("trade issues"), else the list ("sensitive issues
    // including sanctions").
    let mut start = j;
    let mut head = None;
    for k in j..end {
        if let Some(n) = lead_at(tr, items, k) {
            // (A list's "such as" opens items wherever it stands, as
            // "including" does; other leads of two words only open the
            // phrase: "the importance of X".)
            let such_as = tr.topic_leads[n] == ["such", "as"];
            if tr.topic_leads[n].len() == 1 || k == start || such_as {
                let head_says = items[start..k].iter().any(|x| {
                    x.mention.is_some() || (!x.punct && !GENERIC.contains(&x.lower.as_str()))
                });
                if k > start && head_says {
                    head = Some((start, k));
                }
                start = k + tr.topic_leads[n].len();
            }
        }
    }
    let mut out = Vec::new();
    if let Some((hs, he)) = head {
        out.extend(conjuncts(cx, items, hs, he));
    }
    out.extend(conjuncts(cx, items, start, end));
    out
}

/// What talks do in a headline's present tense ("Talks on X resume in
/// Doha", "Negotiations over the dam stall"), which the tagger may read as
/// the last noun of the matter.
const TALKS_PREDICATES: &[&str] = &[
    "resume",
    "resumes",
    "open",
    "opens",
    "begin",
    "begins",
    "start",
    "starts",
    "continue",
    "continues",
    "stall",
    "stalls",
    "end",
    "ends",
    "collapse",
    "collapses",
    "fail",
    "fails",
    "conclude",
    "concludes",
    "halt",
    "halts",
];

/// Whether item `k` (after the matter's first item `j`) is the headline
/// verb of talks: a [`TALKS_PREDICATES`] word right after a noun, ending
/// the sentence or before a preposition, in a sentence the tagger found no
/// verb in.
fn headline_predicate(cx: &Context, items: &[Item], k: usize, j: usize) -> bool {
    k > j
        && TALKS_PREDICATES.contains(&items[k].lower.as_str())
        && item_token(cx, &items[k]).is_some_and(|t| verbless(cx, t))
        && items[k - 1].mention.is_none()
        && item_token(cx, &items[k - 1]).is_some_and(|t| cx.analysis.tokens[t].upos == "NOUN")
        && items.get(k + 1).is_none_or(|n| {
            n.punct || item_token(cx, n).is_some_and(|t| cx.analysis.tokens[t].upos == "ADP")
        })
}

/// Whether the sentence of token `t` has no verb but, perhaps, `t`: a
/// headline.
fn verbless(cx: &Context, t: usize) -> bool {
    let a = cx.analysis;
    a.sentences.get(a.sentence_of_token(t)).is_some_and(|s| {
        !s.tokens
            .clone()
            .any(|k| k != t && matches!(a.tokens[k].upos, "VERB" | "AUX"))
    })
}

/// The token that is exactly the word item `x`, if any (a mention item
/// may span several).
fn item_token(cx: &Context, x: &Item) -> Option<usize> {
    let a = cx.analysis;
    let t = a.tokens.partition_point(|t| t.span.end <= x.span.start);
    a.tokens.get(t).filter(|tok| tok.span == x.span).map(|_| t)
}

/// Whether the word `x` modifies a noun a few words after it in the parse
/// (an adjective or participle before its noun: "the shared border").
fn attributive(cx: &Context, x: &Item) -> bool {
    let a = cx.analysis;
    item_token(cx, x).is_some_and(|t| {
        let tok = &a.tokens[t];
        tok.deprel == "amod"
            && tok.head.is_some_and(|h| {
                h > t && h <= t + 3 && matches!(a.tokens[h].upos, "NOUN" | "PROPN")
            })
    })
}

/// Whether `prev`, just before a comma or "and", is an adjective that the
/// parse hangs on a noun after `sep`: "global and regional security
/// issues" is one matter, not "global" and "regional security issues".
fn shared_modifier(cx: &Context, prev: &Item, sep: &Item) -> bool {
    let a = cx.analysis;
    // (A name inside a word is no name of its own: "Syrian-led".)
    let inside = || {
        let t = a.tokens.partition_point(|t| t.span.end <= prev.span.start);
        a.tokens
            .get(t)
            .filter(|tok| tok.span.start <= prev.span.start && tok.span.end > prev.span.end)
            .map(|_| t)
    };
    let t = if prev.mention.is_some() {
        inside()
    } else {
        item_token(cx, prev)
    };
    let Some(t) = t else {
        return false;
    };
    // (A participle too: "a Syrian-led and Syrian-owned process".)
    let participle = a.tokens[t].upos == "VERB"
        && matches!(a.tokens[t].xpos, "VBN" | "VBG")
        && a.tokens[t].deprel == "amod";
    if a.tokens[t].upos != "ADJ" && !participle {
        return false;
    }
    // Follow "regional" (conj) back to "global" (amod), then to its noun.
    let mut h = Some(t);
    for _ in 0..3 {
        let Some(x) = h else { return false };
        match a.tokens[x].deprel {
            "conj" | "amod" => h = a.tokens[x].head,
            _ => break,
        }
        if let Some(n) = h {
            if matches!(a.tokens[n].upos, "NOUN" | "PROPN") {
                return a.tokens[n].span.start > sep.span.start;
            }
        }
    }
    false
}

/// Whether `sep` is the "and" of a pair inside a modifier whose
/// preposition is among `before` ([`inner_pair`]), or of two owners
/// before one noun ("A and B's efforts to increase production").
fn inner_and(cx: &Context, sep: &Item, before: &[Item]) -> bool {
    let a = cx.analysis;
    let owners = |c: usize| {
        cx.children_by(c, &["case"])
            .any(|p| a.tokens[p].xpos == "POS")
            && a.tokens[c].head.is_some_and(|x| {
                matches!(a.tokens[x].deprel, "compound" | "nmod:poss")
                    && a.tokens[x].head.is_some_and(|n| n > c)
            })
    };
    // (Whole only while the joined matter stays within a topic's length.)
    let short = |c: usize| {
        let end = a.tokens[cx.subtree_end(c)].span.end;
        let start = before
            .iter()
            .find(|i| !matches!(i.lower.as_str(), "the" | "a" | "an" | "its" | "their"))
            .map_or(end, |i| i.span.start);
        cx.doc
            .text
            .get(start..end)
            .is_some_and(|w| w.split_whitespace().count() <= MAX_WORDS)
    };
    item_token(cx, sep).is_some_and(|t| {
        a.tokens[t].deprel == "cc"
            && a.tokens[t].head.is_some_and(short)
            && a.tokens[t].head.is_some_and(|c| {
                owners(c)
                    || (inner_pair(cx, c)
                        && a.tokens[c].head.is_some_and(|x| {
                            cx.children_by(x, &["case"])
                                .any(|p| before.iter().any(|i| i.span == a.tokens[p].span))
                        }))
            })
    })
}

/// The conjuncts of `items[start..end]`, split at "and", commas and "as well as".
fn conjuncts(cx: &Context, items: &[Item], start: usize, end: usize) -> Vec<(usize, usize)> {
    let tr = cx.triggers();
    let mut out = Vec::new();
    let mut a = start;
    let mut k = start;
    let mut depth = 0usize;
    while k <= end {
        if k < end {
            match items[k].text {
                "(" | "[" => depth += 1,
                ")" | "]" => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        let boundary = k == end
            || (depth == 0
                && items[k].mention.is_none()
                && (items[k].lower == "and" || items[k].lower == "," || items[k].lower == "as")
                && !(k > a && shared_modifier(cx, &items[k - 1], &items[k]))
                && !inner_and(cx, &items[k], &items[a..k]));
        if boundary {
            let mut s = a;
            // Leads and determiners at the start of each conjunct.
            loop {
                if let Some(n) = lead_at(tr, items, s) {
                    s += tr.topic_leads[n].len();
                } else if s < k
                    && (matches!(
                        items[s].lower.as_str(),
                        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "other" | "well"
                    ) || matches!(items[s].text, "\"" | "“" | "”"))
                {
                    s += 1;
                } else {
                    break;
                }
            }
            // Trailing marks, asides and dangling function words ("risks of").
            let mut e = k;
            while e > s
                && (matches!(
                    items[e - 1].text,
                    "\"" | "“" | "”" | ")" | "(" | "," | "-" | "–"
                ) || matches!(
                    items[e - 1].lower.as_str(),
                    "of" | "the" | "a" | "an" | "and" | "or" | "on" | "to"
                ))
            {
                e -= 1;
            }
            // An aside left open ("Korea (DPRK") loses its opening bracket.
            if let Some(open) = items
                .get(s..e)
                .and_then(|r| r.iter().rposition(|x| x.text == "("))
            {
                if !items[s + open..e].iter().any(|x| x.text == ")") {
                    e = s + open;
                }
            }
            if s < e
                && e - s <= MAX_WORDS
                && items[s..e]
                    .iter()
                    .any(|x| !x.punct && x.text.chars().any(char::is_alphabetic))
            {
                out.push((s, e));
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

/// Words that say nothing about what was discussed ("sensitive issues").
const GENERIC: &[&str] = &[
    "issues",
    "issue",
    "matters",
    "matter",
    "topics",
    "topic",
    "questions",
    "question",
    "subjects",
    "sensitive",
    "several",
    "various",
    "other",
    "key",
    "important",
    "a",
    "an",
    "the",
    "range",
    "number",
    "of",
    "many",
    "some",
    "all",
    "these",
    "those",
    "critical",
    "pressing",
    "major",
    "bilateral",
    "regional",
    "global",
    "common",
    "mutual",
    "shared",
    "further",
    "outstanding",
    "remaining",
    "such",
];

/// Whether the topic verb at `v` is a passive after a modal ("challenges
/// can only be addressed by"): what could or should be, not what a report
/// says was (as over the parse, `PASSIVE_TOPIC_VERBS`).
fn modal_passive(items: &[Item], v: usize) -> bool {
    let adverb = |x: &Item| x.lower.ends_with("ly") || x.lower == "not";
    let mut k = v;
    while k > 0 && adverb(&items[k - 1]) {
        k -= 1;
    }
    if k == 0 || items[k - 1].lower != "be" {
        return false;
    }
    k -= 1;
    while k > 0 && adverb(&items[k - 1]) {
        k -= 1;
    }
    k > 0 && MODALS.contains(&items[k - 1].lower.as_str())
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
    // "…sovereignty—were addressed": the closing dash of the list.
    if end > 0 && matches!(items[end - 1].text, "—" | "–") {
        end -= 1;
    }
    while end > 0
        && matches!(
            items[end - 1].lower.as_str(),
            "have"
                | "has"
                | "had"
                | "will"
                | "would"
                | "must"
                | "should"
                | "can"
                | "could"
                | "may"
                | "might"
        )
    {
        end -= 1;
    }
    // The list's start: just after an opening dash, a colon, a relative
    // word ("a meeting where X and Y were discussed") or the sentence
    // start.
    let mut start = end;
    while start > 0 {
        let x = &items[start - 1];
        if x.punct && matches!(x.text, "—" | "–" | ":" | ";" | "(") {
            break;
        }
        if matches!(x.lower.as_str(), "where" | "which" | "during" | "whereby") {
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

/// Nouns that stand for "a concern about X": the topic is X.
const CONCERN: &[&str] = &[
    "concern",
    "concerns",
    "issue",
    "issues",
    "question",
    "questions",
    "matter",
    "matters",
];

/// Verbs whose object is a topic when it is a deal ("welcomed the truce").
const DEAL_VERBS: &[&str] = &[
    "welcome",
    "welcomed",
    "welcomes",
    "reached",
    "reach",
    "signed",
    "sign",
    "concluded",
    "conclude",
    "concluding",
    "agreed",
    "agree",
    "implement",
    "implemented",
    "finalized",
    "finalised",
    "negotiated",
    "negotiate",
    "negotiating",
    "brokered",
];

/// Verbs whose object is a topic only when it is a deal: "struck a deal on
/// X", "the summit produced an agreement on X" (not "documentaries
/// produced on X").
const DEAL_ONLY_VERBS: &[&str] = &[
    "struck", "strike", "clinched", "clinch", "sealed", "seal", "inked", "hammered", "produced",
    "yielded",
];

/// Words for an agreement that say nothing of its matter on their own
/// ("implement the agreement", unlike "the ceasefire" or "the truce").
const GENERIC_DEALS: &[&str] = &[
    "agreement",
    "agreements",
    "deal",
    "accord",
    "accords",
    "pact",
    "treaty",
    "framework",
    "roadmap",
    "understanding",
    "settlement",
    "memorandum",
];

/// Nouns of working together whose "on" or "in" phrase names a matter.
const COOPERATION: &[&str] = &["cooperation", "collaboration", "coordination"];

/// Words an "in" phrase after a noun of working together names a place,
/// time or manner by, not a matter ("cooperation in the region", "in the
/// years ahead", "in good faith").
const NOT_MATTERS: &[&str] = &[
    "region",
    "regions",
    "area",
    "world",
    "future",
    "years",
    "months",
    "weeks",
    "days",
    "year",
    "faith",
    "spirit",
    "way",
    "ways",
    "forums",
    "fora",
    "context",
    "framework",
    "interest",
    "line",
    "accordance",
    "hemisphere",
    "partnership",
    "coordination",
    "order",
    "person",
    "manner",
    "relation",
    "forum",
    "effort",
    "efforts",
    "respect",
    "terms",
    "light",
    "addition",
    "domains",
    "field",
    "fields",
    "sphere",
    "spheres",
    "areas",
    "sectors",
    "face",
    "wake",
    "event",
    "case",
];

/// Nouns of a field whose "of" phrase names the matter ("cooperation in
/// the field of energy").
const REALM_NOUNS: &[&str] = &[
    "field", "fields", "sphere", "spheres", "areas", "area", "sectors",
];

/// The matters of a noun of working together ("cooperation on X",
/// "coordination in X") that is the object of a verb whose subject is a
/// side of talks (a party named, "the leaders", "they", "we"), or stands
/// in a sentence on talks.
fn cooperation_matters(
    cx: &Context<'_>,
    noun: usize,
    talks_context: bool,
) -> Vec<(usize, &'static str)> {
    let a = cx.analysis;
    let tok = &a.tokens[noun];
    let Some(verb) = tok.head.filter(|_| tok.deprel == "obj") else {
        return Vec::new();
    };
    // The subject of the verb, or of the clause its open or purpose
    // clause hangs on ("looks forward to working together to deepen
    // cooperation on X").
    let mut v = verb;
    let mut subjects = Vec::new();
    for _ in 0..4 {
        subjects = cx.subjects(v);
        if !subjects.is_empty() {
            break;
        }
        match (a.tokens[v].head, a.tokens[v].deprel) {
            (Some(h), "xcomp" | "advcl" | "conj") => v = h,
            _ => break,
        }
    }
    let sides = talks_context
        || subjects.into_iter().any(|s| {
            cx.token_mention(s).is_some_and(|m| cx.is_agent_mention(m))
                || PARTY_GROUPS.contains(&cx.token_lower(s).as_str())
                || matches!(cx.token_lower(s).as_str(), "they" | "two" | "both")
        });
    if !sides || a.tokens[verb].upos != "VERB" {
        return Vec::new();
    }
    let matter = |n: usize| {
        let case = cx.case_of(n);
        case == Some("on")
            || (case == Some("in")
                && cx.token_mention(n).is_none()
                && !NOT_MATTERS.contains(&cx.token_lower(n).as_str())
                // ("in response to X" says why; "in the response to X"
                // names a matter.)
                && !(cx.token_lower(n) == "response" && cx.children_by(n, &["det"]).next().is_none()))
    };
    let mut out: Vec<usize> = Vec::new();
    let field_of = |n: usize| {
        (cx.case_of(n) == Some("in") && REALM_NOUNS.contains(&cx.token_lower(n).as_str()))
            .then(|| {
                cx.children_by(n, &["nmod"])
                    .find(|&o| cx.case_of(o) == Some("of"))
            })
            .flatten()
    };
    out.extend(cx.children_by(noun, &["nmod"]).filter_map(field_of));
    for n in cx
        .children_by(noun, &["nmod", "acl"])
        .filter(|&n| matter(n))
    {
        // "cooperation in developing trusted technologies": what the
        // gerund acts on.
        if a.tokens[n].upos == "VERB" {
            out.extend(clause_objects(cx, n));
        } else {
            out.push(n);
        }
    }
    // The parse may hang the phrase on the verb ("deepen cooperation | on
    // key challenges"), or read a gerund there ("coordination on
    // addressing the threats"): its objects.
    for c in cx.children_by(verb, &["obl", "advcl"]) {
        if c < noun {
            continue;
        }
        if a.tokens[c].upos == "VERB" {
            let on = cx
                .children_by(c, &["mark"])
                .any(|m| cx.token_lower(m) == "on");
            if on {
                out.extend(clause_objects(cx, c));
            }
        } else if let Some(o) = field_of(c) {
            out.push(o);
        } else if matter(c) {
            out.push(c);
        }
    }
    // "cooperation on key challenges, including X, Y and Z": the items.
    let items: Vec<usize> = out
        .iter()
        .flat_map(|&n| cx.children_by(n, &["nmod"]).collect::<Vec<_>>())
        .filter(|&x| cx.case_of(x) == Some("including"))
        .collect();
    out.extend(items);
    out.into_iter()
        .map(|n| (n, "topics/parse-cooperation"))
        .collect()
}

/// Prepositions that introduce what talks or a verb are about.
pub(super) const ABOUT: &[&str] = &["on", "about", "over", "regarding", "concerning"];

/// The prepositions of [`ABOUT`] but "on", which after a verb's object as
/// often says how or when ("resolve the conflict on its own terms").
const ABOUT_NOT_ON: &[&str] = &["over", "about", "regarding", "concerning"];

/// Nouns an "on" phrase after a verb of talking names the occasion or the
/// way by, besides the means of a call (`meetings::CALL_MEANS`): "met on
/// the sidelines", "spoke with B on her flight".
const OCCASIONS: &[&str] = &[
    "call",
    "line",
    "sidelines",
    "margins",
    "occasion",
    "eve",
    "behalf",
    "board",
    "camera",
    "record",
    "screen",
    "flight",
    "way",
    "trip",
    "plane",
    "journey",
    "visit",
    "tour",
];

/// Prepositions that introduce what a verb of talking is about ("on" and
/// "over" are left out: "spoke on the phone", "talked over dinner").
const TALK_ABOUT: &[&str] = &["about", "regarding", "concerning"];

fn parsed(cx: &Context<'_>, out: &mut Vec<Fact>) {
    let tr = cx.triggers();
    let a = cx.analysis;
    for (si, sentence) in a.sentences.iter().enumerate() {
        let talks_context = cx.talks_context(cx.items(si));
        // (Talks in this sentence, or a meeting in it or the one before.)
        let near_talks = talks_context || cx.meeting_near(si);
        for t in sentence.tokens.clone() {
            let tok = &a.tokens[t];
            let w = cx.token_lower(t);
            if !matches!(tok.upos, "VERB" | "NOUN") && !matches!(w.as_str(), "including" | "on") {
                continue;
            }
            let mut heads: Vec<(usize, &'static str)> = Vec::new();
            // "The two leaders sought to resolve the dispute over fishing
            // rights": the conflict that the sides of talks, or talks,
            // set out to settle is a matter of them.
            if tok.upos == "VERB"
                && RESOLVE_VERBS.contains(&w.as_str())
                && (talks_context
                    || cx.subjects(t).into_iter().any(|s| {
                        cx.token_mention(s).is_some_and(|m| cx.is_agent_mention(m))
                            || PARTY_GROUPS.contains(&cx.token_lower(s).as_str())
                    }))
            {
                for o in cx.children_by(t, &["obj"]) {
                    let noun = cx.token_lower(o);
                    let named = cx
                        .children_by(o, &["nmod"])
                        .any(|n| cx.case_of(n).is_some_and(|c| ABOUT.contains(&c)));
                    if !super::mediation::CONFLICTS.contains(&noun.as_str()) {
                        continue;
                    }
                    if named {
                        heads.push((o, "topics/parse-resolve"));
                    } else {
                        // "resolve a dispute over water", the "over"
                        // phrase hung on the verb right after the object:
                        // what it is over (not "on": "resolve the
                        // conflict on its own terms" says how).
                        let end = cx.subtree_end(o);
                        heads.extend(
                            cx.children_by(t, &["obl"])
                                .filter(|&n| {
                                    cx.case_of(n).is_some_and(|c| ABOUT_NOT_ON.contains(&c))
                                        && cx.children_by(n, &["case"]).any(|c| c == end + 1)
                                })
                                .map(|n| (n, "topics/parse-resolve")),
                        );
                    }
                }
            }
            // "The two sides remain divided over the status of X", "Chile
            // and Peru are split on Y", "The negotiators remain divided
            // over X", "A and B disagreed on X": what the sides of talks
            // are divided over; "Differences remain on X", "disagreements
            // over X", after or in a sentence on talks.
            let over = |o: &usize| matches!(cx.case_of(*o), Some("over" | "on" | "about"));
            if matches!(tok.upos, "ADJ" | "VERB") && DIVIDED.contains(&w.as_str()) {
                // (A side or a party divided or split, anywhere; the sides
                // or their negotiators at odds, near talks: not "we", in a
                // eulogy as often as in a readout.)
                let split = matches!(w.as_str(), "divided" | "split") && stance_subject(cx, t);
                let sides = split
                    || near_talks
                        && tok.upos == "VERB"
                        && subject_holder(cx, t).is_some_and(|v| {
                            let subjects = cx.subjects(v);
                            !subjects.iter().any(|&s| cx.token_lower(s) == "we")
                                && (stance_subject(cx, v)
                                    || subjects.iter().any(|&s| {
                                        matches!(
                                            cx.token_lower(s).as_str(),
                                            "negotiators" | "delegates" | "officials"
                                        )
                                    }))
                        });
                // (Split "over" or "on"; at odds "about" too.)
                let cases: &[&str] = if split {
                    &["over", "on"]
                } else {
                    &["over", "on", "about"]
                };
                if sides {
                    heads.extend(
                        cx.children_by(t, &["obl"])
                            .filter(|&o| cx.case_of(o).is_some_and(|c| cases.contains(&c)))
                            .map(|o| (o, "topics/parse-divided-over")),
                    );
                }
            }
            if tok.upos == "NOUN" && DIFFERENCES.contains(&w.as_str()) && near_talks {
                heads.extend(
                    cx.children_by(t, &["nmod"])
                        .filter(over)
                        .map(|o| (o, "topics/parse-divided-over")),
                );
                let remain = tok.head.filter(|&v| {
                    tok.deprel == "nsubj"
                        && matches!(
                            cx.token_lower(v).as_str(),
                            "remain"
                                | "remains"
                                | "remained"
                                | "persist"
                                | "persists"
                                | "persisted"
                        )
                });
                if let Some(v) = remain {
                    heads.extend(
                        cx.children_by(v, &["obl"])
                            .filter(over)
                            .map(|o| (o, "topics/parse-divided-over")),
                    );
                }
            }
            // "The proposals under discussion include X and Y", "Issues on
            // the table included X": what is under discussion, or on the
            // table, is a matter of the talks.
            if tok.upos == "VERB"
                && matches!(w.as_str(), "include" | "includes" | "included")
                && near_talks
                && cx.children_by(t, &["nsubj"]).any(|s| {
                    cx.children_by(s, &["nmod"]).any(|n| {
                        matches!(
                            (cx.token_lower(n).as_str(), cx.case_of(n)),
                            ("discussion", Some("under")) | ("table", Some("on"))
                        )
                    })
                })
            {
                heads.extend(
                    cx.children_by(t, &["obj"])
                        .map(|o| (o, "topics/parse-under-discussion")),
                );
            }
            // "The two sides agreed to set up a joint commission on water
            // management", "A and B launched a dialogue on energy
            // security": the matter of a body the sides set up.
            let sets_up = match w.as_str() {
                "set" => cx
                    .children_by(t, &["compound:prt"])
                    .any(|c| cx.token_lower(c) == "up"),
                _ => SET_UP.contains(&w.as_str()),
            };
            if tok.upos == "VERB"
                && sets_up
                && subject_holder(cx, t).is_some_and(|v| stance_subject(cx, v))
            {
                for o in cx.children_by(t, &["obj"]) {
                    if !BODY_NOUNS.contains(&cx.token_lower(o).as_str()) {
                        continue;
                    }
                    // (The "on" phrase on the body, or on the verb
                    // right after it.)
                    let end = cx.subtree_end(o);
                    heads.extend(
                        cx.children_by(o, &["nmod"])
                            .chain(
                                cx.children_by(t, &["obl"]).filter(|&n| {
                                    cx.children_by(n, &["case"]).any(|c| c == end + 1)
                                }),
                            )
                            .filter(|&n| cx.case_of(n) == Some("on"))
                            .map(|n| (n, "topics/parse-body-on")),
                    );
                }
            }
            // "The leaders pledged to work together on climate change": as
            // with "agreed to", what the sides vow to act on together.
            if tok.upos == "VERB"
                && matches!(
                    w.as_str(),
                    "pledged" | "pledge" | "vowed" | "vow" | "promised" | "committed" | "decided"
                )
                && stance_subject(cx, t)
            {
                heads.extend(
                    joint_matters(cx, t)
                        .into_iter()
                        .map(|o| (o, "topics/parse-agreed-to")),
                );
            }
            // "B briefed A on the situation in K", "A pressed B on human
            // rights": what one side informs or presses the other on, in
            // a sentence on talks or after one.
            if tok.upos == "VERB"
                && matches!(
                    w.as_str(),
                    "briefed" | "brief" | "briefs" | "pressed" | "press" | "presses" | "updated"
                )
                && cx
                    .children_by(t, &["obj"])
                    .any(|o| cx.token_mention(o).is_some_and(|m| cx.is_agent_mention(m)))
                && cx.meeting_near(si)
            {
                heads.extend(
                    cx.children_by(t, &["obl"])
                        .filter(|&o| o > t && cx.case_of(o) == Some("on"))
                        // (Not "briefed B on these meetings": other talks.)
                        .filter(|&o| !tr.names_time(cx.token_lower(o)) && !cx.names_talks(o))
                        .map(|o| (o, "topics/parse-briefed-on")),
                );
            }
            // "The dispute over fishing rights dominated the talks", "The
            // summit was dominated by the war in Ukraine": what fills the
            // talks is their matter.
            if tok.upos == "VERB" && w.starts_with("dominat") {
                let talks_object = cx.children_by(t, &["obj"]).any(|o| cx.names_talks(o));
                if talks_object {
                    for sub in cx.children_by(t, &["nsubj"]) {
                        heads.push((sub, "topics/parse-dominated"));
                    }
                    // "Trade was expected to dominate the talks": the
                    // subject of the verb it completes.
                    if tok.deprel == "xcomp" && cx.is_to_infinitive(t) {
                        for sub in tok
                            .head
                            .into_iter()
                            .flat_map(|h| cx.children_by(h, &["nsubj", "nsubj:pass"]))
                        {
                            heads.push((sub, "topics/parse-dominated"));
                        }
                    }
                }
                let talks_subject = cx
                    .children_by(t, &["nsubj:pass"])
                    .any(|o| cx.names_talks(o));
                if talks_subject {
                    for by in cx
                        .children_by(t, &["obl", "obl:agent"])
                        .filter(|&o| cx.case_of(o) == Some("by"))
                    {
                        heads.push((by, "topics/parse-dominated"));
                    }
                }
            }
            // "The talks will cover X", "Discussions revolved around X":
            // what talks as subject take in.
            let talks_subject = || cx.subjects(t).into_iter().any(|s| cx.names_talks(s));
            // ("The agreement covers trade, fisheries and energy": a deal
            // as subject too.)
            let deal_subject = || {
                cx.subjects(t)
                    .into_iter()
                    .any(|s| cx.names_talks_or_deal(s))
            };
            if tok.upos == "VERB"
                && matches!(w.as_str(), "cover" | "covers" | "covering")
                && (talks_subject() || (w != "covering" && deal_subject()))
            {
                for o in cx.children_by(t, &["obj"]) {
                    heads.push((o, "topics/parse-covered"));
                }
            }
            // ("The talks centered around X": the parse may take
            // "around" for an adverb and X for a bare oblique.)
            let around_adverb = |o: usize| {
                cx.case_of(o).is_none()
                    && cx
                        .children_by(t, &["advmod"])
                        .any(|m| m + 1 < o && cx.token_lower(m) == "around")
            };
            if tok.upos == "VERB"
                && (w.starts_with("revolv") || FOCUS_VERBS.contains(&w.as_str()))
                && talks_subject()
            {
                for o in cx
                    .children_by(t, &["obl", "obl:unmarked", "obj"])
                    .filter(|&o| cx.case_of(o) == Some("around") || around_adverb(o))
                {
                    heads.push((o, "topics/parse-covered"));
                }
            }
            // "The main topic of the meeting was energy security": the
            // predicate a topic of talks is.
            // ("The main sticking point is X", "The stumbling block was
            // X": a point of dispute in talks, whatever talks it names.)
            let sticking = matches!(
                (w.as_str(), tok.deprel),
                ("point" | "points" | "block" | "blocks", "nsubj")
            ) && cx
                .children_by(t, &["amod", "compound"])
                .any(|m| matches!(cx.token_lower(m).as_str(), "sticking" | "stumbling"));
            // "The talks were about the release of hostages": the
            // predicate talks are about.
            // (Not "on Monday", "over the weekend", "about an hour":
            // only "about", "regarding" or "concerning", on no count.)
            let about = |p: usize| {
                cx.children_by(p, &["case"])
                    .find(|&c| {
                        matches!(
                            cx.token_lower(c).as_str(),
                            "about" | "regarding" | "concerning"
                        )
                    })
                    .filter(|_| cx.children_by(p, &["nummod"]).next().is_none())
            };
            let talks_about = tok.deprel == "nsubj"
                && cx.names_talks(t)
                && tok.head.is_some_and(|p| about(p).is_some());
            // ("The thorniest issue is X", "The main issue is X": the
            // issue singled out, near talks.)
            let singled_out = near_talks
                && matches!(w.as_str(), "issue" | "question" | "obstacle")
                && tok.deprel == "nsubj"
                && cx.children_by(t, &["amod"]).any(|m| {
                    let mw = cx.token_lower(m);
                    a.tokens[m].xpos == "JJS"
                        || matches!(
                            mw.as_str(),
                            "main" | "key" | "central" | "core" | "principal" | "contentious"
                        )
                });
            // ("The main sticking point remains X": a verb of staying
            // for the copula.)
            if sticking || singled_out {
                if let Some(v) = tok.head.filter(|&v| {
                    a.tokens[v].upos == "VERB"
                        && matches!(
                            cx.token_lower(v).as_str(),
                            "remains" | "remained" | "remain"
                        )
                }) {
                    for o in cx.children_by(v, &["obj", "xcomp"]) {
                        for c in cx.conjuncts(o) {
                            if let Some(r) = phrase(cx, c) {
                                push_topic(cx, c, r, si, "topics/parse-topic-was", out);
                            }
                        }
                    }
                }
            }
            if tok.upos == "NOUN"
                && (sticking
                    || singled_out
                    || talks_about
                    || (TOPIC_SUBJECTS.contains(&w.as_str())
                        && tok.deprel == "nsubj"
                        && cx.children_by(t, &["nmod"]).any(|n| {
                            cx.names_talks(n) && matches!(cx.case_of(n), Some("of" | "at" | "in"))
                        })))
            {
                let predicate = tok.head.filter(|&p| a.tokens[p].upos == "NOUN");
                if let Some((p, cop)) =
                    predicate.and_then(|p| Some((p, cx.children_by(p, &["cop"]).next()?)))
                {
                    // (The predicate's phrase holds its subject's copula:
                    // the matter starts after it.)
                    for c in cx.conjuncts(p) {
                        if let Some(mut r) = phrase(cx, c) {
                            if c == p {
                                // (And after its article: "is the status of X".)
                                let after = about(p).filter(|&c| c > cop).unwrap_or(cop);
                                let first = (after + 1..=p)
                                    .find(|&k| a.tokens[k].upos != "DET")
                                    .unwrap_or(p);
                                r.start = r.start.max(a.tokens[first].span.start);
                            }
                            push_topic(cx, c, r, si, "topics/parse-topic-was", out);
                        }
                    }
                }
            }
            // "The leaders agreed to deepen cooperation on energy
            // security", "continue their collaboration on trade": what
            // the sides of talks work together on (the noun alone names a
            // wish, `topics::GENERAL`).
            if tok.upos == "NOUN" && COOPERATION.contains(&w.as_str()) {
                heads.extend(cooperation_matters(cx, t, talks_context));
            }
            // "Topics included energy security and migration", "The issues
            // discussed included X" in a sentence on talks or after one
            // telling of a meeting: the matters the verb names.
            // "Trade and migration were on the agenda", "High on the agenda
            // was X", "Trade is expected to be on the agenda", "Trade
            // topped the agenda", near talks: what the agenda holds.
            if tok.upos == "NOUN" && w == "agenda" && cx.meeting_near(si) {
                let on = cx.case_of(t) == Some("on");
                let predicate = cx.children_by(t, &["cop"]).next().is_some();
                let own: Vec<usize> = cx.children_by(t, &["nsubj"]).collect();
                if on && predicate && !own.is_empty() {
                    heads.extend(own.into_iter().map(|x| (x, "topics/parse-agenda")));
                } else if on && tok.deprel == "xcomp" {
                    // (The subject of the verb "to be on the agenda" hangs on.)
                    if let Some(v) = tok.head {
                        heads.extend(
                            cx.children_by(v, &["nsubj", "nsubj:pass"])
                                .map(|x| (x, "topics/parse-agenda")),
                        );
                    }
                }
                // "High on the agenda was X", "Also on the agenda was X":
                // the predicate's words after the copula, however the parse
                // hangs the phrase before it on that predicate.
                if on && !predicate {
                    let mut h = tok.head;
                    for _ in 0..3 {
                        let Some(x) = h else { break };
                        if let Some(cop) = cx.children_by(x, &["cop"]).next() {
                            let first = (cop + 1..=x)
                                .find(|&k| a.tokens[k].upos != "DET")
                                .unwrap_or(x);
                            let mut last = cx.subtree_end(x);
                            while last > x && a.tokens[last].upos == "PUNCT" {
                                last -= 1;
                            }
                            if cop > t && a.tokens[x].upos == "NOUN" {
                                let span = a.tokens[first].span.start..a.tokens[last].span.end;
                                push_topic(cx, x, span, si, "topics/parse-agenda", out);
                            }
                            break;
                        }
                        h = a.tokens[x].head;
                    }
                }
                // "Trade was high on the agenda", "X was at the top of the
                // agenda", "talks, with X at the top of the agenda": the
                // subject of being high or at the top, or what "with" sets
                // there.
                let high = tok.head.filter(|&h| {
                    (on && matches!(cx.token_lower(h).as_str(), "high" | "higher" | "first"))
                        || (cx.case_of(t) == Some("of")
                            && matches!(cx.token_lower(h).as_str(), "top" | "head")
                            && cx.case_of(h) == Some("at"))
                });
                if let Some(h) = high {
                    if cx.children_by(h, &["cop"]).next().is_some() {
                        heads.extend(
                            cx.children_by(h, &["nsubj"])
                                .filter(|&x| x < h)
                                .map(|x| (x, "topics/parse-agenda")),
                        );
                    } else if let Some(v) = a.tokens[h].head {
                        let with = cx
                            .children_by(v, &["obl"])
                            .filter(|&x| x < h && cx.case_of(x) == Some("with"))
                            .last();
                        let set_there = with.is_some_and(|x| {
                            (x + 1..h).all(|k| a.tokens[k].head != Some(v) || k == x)
                        });
                        if set_there {
                            heads.extend(with.map(|x| (x, "topics/parse-agenda")));
                        }
                    }
                }
                if let Some(h) = tok.head {
                    let tops = tok.deprel == "obj"
                        && matches!(
                            cx.token_lower(h).as_str(),
                            "topped" | "tops" | "top" | "headed" | "heads" | "head" | "led"
                        );
                    if tops {
                        heads.extend(
                            cx.children_by(h, &["nsubj"])
                                .map(|x| (x, "topics/parse-agenda")),
                        );
                    }
                }
            }
            // ("Topics discussed included X": the participle tells of
            // talks itself.)
            let matters_subject = |sub: usize| {
                matches!(
                    cx.token_lower(sub).as_str(),
                    "topics" | "issues" | "subjects" | "matters" | "themes"
                )
            };
            let discussed = |sub: usize| {
                cx.children_by(sub, &["acl"])
                    .chain(cx.children_by(t, &["reparandum"]))
                    .any(|p| tr.topic_verbs.contains(cx.token_lower(p)))
            };
            if tok.upos == "VERB"
                && matches!(w.as_str(), "included" | "include" | "includes")
                && cx
                    .children_by(t, &["nsubj"])
                    .any(|sub| matters_subject(sub) && (discussed(sub) || cx.meeting_near(si)))
            {
                for o in cx.children_by(t, &["obj"]) {
                    heads.push((o, "topics/parse-included"));
                }
                // "..., combatting X, and cracking down on Y": gerunds the
                // parse hangs on the verb name their objects (or what
                // they act "on").
                let gerunds: Vec<usize> = cx
                    .children_by(t, &["advcl"])
                    .filter(|&g| a.tokens[g].xpos == "VBG")
                    .flat_map(|g| cx.conjuncts(g))
                    .filter(|&g| a.tokens[g].xpos == "VBG")
                    .collect();
                for g in gerunds {
                    let objects: Vec<usize> = cx.children_by(g, &["obj"]).collect();
                    // (The first such phrase only: "cracking down on X on
                    // the border" acts on X.)
                    if objects.is_empty() {
                        heads.extend(
                            cx.children_by(g, &["obl"])
                                .find(|&o| cx.case_of(o).is_some_and(|c| ABOUT.contains(&c)))
                                .map(|o| (o, "topics/parse-included")),
                        );
                    }
                    heads.extend(objects.into_iter().map(|o| (o, "topics/parse-included")));
                }
            }
            // "a summit addressing the organisation's role": a participle
            // of matters that modifies the talks themselves.
            let of_talks = tok.deprel.starts_with("acl")
                && cx
                    .doc
                    .text
                    .get(tok.span.clone())
                    .is_some_and(|x| x.starts_with(char::is_lowercase))
                && matches!(
                    w.as_str(),
                    "addressing" | "covering" | "tackling" | "examining" | "reviewing"
                )
                && tok.head.is_some_and(|h| cx.names_talks(h));
            if tok.upos == "VERB"
                && (tr.topic_verbs.contains(w)
                    || of_talks
                    || matches!(w.as_str(), "raise" | "raised" | "raises" | "raising"))
            {
                // "discussed the importance of X": the matter is X, and
                // "importance" alone is none.
                for o in cx.children_by(t, &["obj"]) {
                    if audience(cx, w, &a.tokens[o].span) {
                        continue;
                    }
                    let held = matter_under(cx, o);
                    if !held.is_empty() {
                        heads.extend(held.into_iter().map(|n| (n, "topics/parse-object")));
                    } else if !MATTER_HOLDERS.contains(&cx.token_lower(o).as_str()) {
                        heads.push((o, "topics/parse-object"));
                    }
                }
                // "discussed how to deepen cooperation on energy": what the
                // way is to act on (a verb of acting on a matter).
                for c in cx.children_by(t, &["ccomp", "xcomp"]) {
                    let how = cx
                        .children_by(c, &["advmod"])
                        .any(|m| cx.token_lower(m) == "how");
                    if how
                        && cx.is_to_infinitive(c)
                        && MATTER_VERBS.contains(&cx.token_lower(c).as_str())
                    {
                        heads.extend(
                            clause_objects(cx, c)
                                .into_iter()
                                .map(|o| (o, "topics/parse-object")),
                        );
                    }
                }
                let focus = !FOCUS_VERBS.contains(&w.as_str()) || focus_of_talks(cx, t);
                for o in cx.children_by(t, &["obl"]).filter(|_| focus) {
                    if cx.case_of(o).is_some_and(|c| ABOUT.contains(&c)) {
                        heads.push((o, "topics/parse-about"));
                    }
                }
                // "The war in Sudan was also discussed": what a report
                // says was discussed, not what could or should be. "Raised"
                // says so of an issue ("the issue of X was raised"), not of
                // concerns or funds.
                let raised_issue = matches!(w.as_str(), "raised" | "raise")
                    && cx.children_by(t, &["nsubj:pass"]).any(|s| {
                        matches!(
                            cx.token_lower(s).as_str(),
                            "issue" | "issues" | "question" | "questions" | "matter" | "subject"
                        )
                    });
                let reported_passive = (PASSIVE_TOPIC_VERBS.contains(&w.as_str()) || raised_issue)
                    && cx
                        .children_by(t, &["aux:pass"])
                        .any(|x| matches!(cx.token_lower(x).as_str(), "was" | "were" | "been"))
                    && !cx
                        .children_by(t, &["aux"])
                        .any(|x| MODALS.contains(&cx.token_lower(x).as_str()));
                if reported_passive {
                    for s in cx.children_by(t, &["nsubj:pass"]) {
                        // ("The issue of X was raised": X.)
                        let held = matter_under(cx, s);
                        if held.is_empty() {
                            heads.push((s, "topics/parse-passive"));
                        } else {
                            heads.extend(held.into_iter().map(|n| (n, "topics/parse-passive")));
                        }
                    }
                }
            } else if tok.upos == "NOUN"
                && VIEW_NOUNS.contains(&w.as_str())
                && tok.head.is_some_and(|h| {
                    let h = cx.token_lower(h);
                    ["exchang", "shar", "compar"]
                        .iter()
                        .any(|p| h.starts_with(p))
                })
            {
                // "exchanged views on X", "an exchange of views on X":
                // the "on" phrase hangs on the views or on the exchange.
                let h = tok.head.expect("checked above");
                let mut on = None;
                for o in cx
                    .children_by(t, &["nmod"])
                    .chain(cx.children_by(h, &["obl", "nmod"]))
                {
                    // (Not "over dinner": a meal is where, not what.)
                    let meal = super::meetings::MEALS.contains(&cx.token_lower(o).as_str());
                    if cx.case_of(o).is_some_and(|c| ABOUT.contains(&c)) && !meal {
                        heads.push((o, "topics/parse-views"));
                        on = Some(o);
                    }
                }
                // "exchanged views on X and the situation in Y": the parse
                // may join the second matter to the views.
                if let Some(o) = on {
                    for c in cx.children_by(t, &["conj"]).filter(|&c| c > o) {
                        let cw = cx.token_lower(c).as_str();
                        if a.tokens[c].upos == "NOUN" && !VIEW_NOUNS.contains(&cw) {
                            heads.push((c, "topics/parse-views"));
                        }
                    }
                }
            } else if tok.upos == "VERB"
                && cx.lexicon.is_verb(crate::lexicon::VerbClass::Meeting, w)
                && !matches!(w.as_str(), "meet" | "met" | "meets" | "meeting")
            {
                // "we want to talk about X" ("on" and "over" are left out:
                // "spoke on the phone", "talked over dinner").
                // ("conferred on X", "consulted on X": "on" says the
                // matter after a verb of deliberation.)
                // (After the verb, of a verb that is no noun's participle:
                // not "On request, they will consult", "a firm consulting
                // on health".)
                let deliberate = (w.starts_with("confer") || w.starts_with("consult"))
                    && !(tok.xpos == "VBG"
                        && tok
                            .head
                            .is_some_and(|h| matches!(a.tokens[h].upos, "NOUN" | "PROPN")));
                // ("spoke with B on X": after a partner, "on" says the
                // matter, unless it says how or when: "on the phone", "on
                // the sidelines", "on Monday".)
                let partner_before = |o: usize| {
                    cx.children_by(t, &["obl"])
                        .any(|p| p > t && p < o && cx.case_of(p) == Some("with"))
                };
                let how_or_when = |o: usize| {
                    let w = cx.token_lower(o);
                    tr.names_time(w)
                        || super::meetings::CALL_MEANS.contains(&w.as_str())
                        || OCCASIONS.contains(&w.as_str())
                };
                for o in cx.children_by(t, &["obl"]) {
                    let about = cx.case_of(o).is_some_and(|c| {
                        TALK_ABOUT.contains(&c)
                            || (c == "on"
                                && o > t
                                && (deliberate || (partner_before(o) && !how_or_when(o))))
                    });
                    if about {
                        heads.push((o, "topics/parse-talk-about"));
                        continue;
                    }
                    // "spoke for an hour about X", "speak with B about X",
                    // "spoke by phone with B about X": the parse may hang
                    // the matter on the time, the partner or the means,
                    // and the partner on the means.
                    let partner = |n: usize| {
                        cx.case_of(n) == Some("with")
                            && cx.token_mention(n).is_some_and(|m| cx.is_agent_mention(m))
                    };
                    let carrier = |n: usize| {
                        let w = cx.token_lower(n);
                        partner(n)
                            || tr.names_time(w)
                            || super::meetings::CALL_MEANS.contains(&w.as_str())
                    };
                    let mut stack = vec![(o, 0)];
                    while let Some((x, depth)) = stack.pop() {
                        if !carrier(x) {
                            continue;
                        }
                        for n in cx.children_by(x, &["nmod"]) {
                            if cx.case_of(n).is_some_and(|c| TALK_ABOUT.contains(&c)) {
                                heads.push((n, "topics/parse-talk-about"));
                            } else if depth < 2 {
                                stack.push((n, depth + 1));
                            }
                        }
                    }
                }
                // "talked about fishing rights" read as a gerund clause:
                // the clause is the matter.
                for o in cx.children_by(t, &["advcl"]) {
                    let about = cx
                        .children_by(o, &["mark"])
                        .any(|m| TALK_ABOUT.contains(&cx.token_lower(m).as_str()));
                    if about && a.tokens[o].xpos == "VBG" {
                        gerund_matter(cx, o, si, out);
                    }
                }
            } else if tok.upos == "VERB"
                && tr.stance_verbs.contains(w)
                && !DEAL_VERBS.contains(&w.as_str())
                && stance_subject(cx, t)
            {
                // (A welcome is read as a deal's, below: "the leaders
                // welcomed the framework".)
                // "The President noted the importance of human rights",
                // "Both sides condemned the deployment of troops".
                for o in cx.children_by(t, &["obj"]) {
                    if MATTER_HOLDERS.contains(&cx.token_lower(o).as_str()) {
                        let under = matter_under(cx, o);
                        heads.extend(under.into_iter().map(|u| (u, "topics/parse-stance")));
                        continue;
                    }
                    let event = event_matter(cx, o);
                    if !event.is_empty() {
                        heads.extend(event.into_iter().map(|u| (u, "topics/parse-event")));
                        continue;
                    }
                    // Only a condemnation names its matter directly; the
                    // other stances name feelings ("great pride", "strong
                    // opposition") as often as matters.
                    if !w.starts_with("condemn") {
                        continue;
                    }
                    // "Iran's position", "Israel's right": a party's own
                    // stance, not a matter of the talks ("North Korea's
                    // missile launches" are one).
                    let owned = matches!(
                        cx.token_lower(o).as_str(),
                        "position" | "positions" | "stance" | "right" | "rights" | "view" | "views"
                    ) && cx
                        .children_by(o, &["nmod:poss"])
                        .any(|p| cx.token_mention(p).is_some_and(|m| cx.is_agent_mention(m)));
                    if !owned {
                        heads.push((o, "topics/parse-stance"));
                    }
                }
            } else if tok.upos == "VERB"
                && (DEAL_VERBS.contains(&w.as_str()) || DEAL_ONLY_VERBS.contains(&w.as_str()))
            {
                // "agreed to work together to combat climate change": what
                // they agreed to act on together ("agreed to enhance
                // cooperation" alone names a wish, not a matter).
                if w.starts_with("agree") {
                    heads.extend(
                        joint_matters(cx, t)
                            .into_iter()
                            .map(|o| (o, "topics/parse-agreed-to")),
                    );
                }
                for o in cx.children_by(t, &["obj", "obl"]) {
                    if DEAL_ONLY_VERBS.contains(&w.as_str()) && !tr.deal.contains(cx.token_lower(o))
                    {
                        continue;
                    }
                    // "agreed on the importance of X": the matter is X, and
                    // "importance" alone is none.
                    if MATTER_HOLDERS.contains(&cx.token_lower(o).as_str()) {
                        let under = matter_under(cx, o);
                        heads.extend(under.into_iter().map(|u| (u, "topics/parse-deal")));
                        continue;
                    }
                    // "a memorandum of understanding" is a deal; a
                    // president's memorandum is not.
                    let deal = tr.deal.contains(cx.token_lower(o))
                        || (cx.token_lower(o) == "memorandum"
                            && cx
                                .children_by(o, &["nmod", "acl"])
                                .any(|u| cx.token_lower(u) == "understanding"));
                    if deal && gerund_on(cx, o, si, out) {
                        continue;
                    }
                    // "signed on behalf of the government": for whom, not
                    // what.
                    // "agreed to a truce": the deal agreed to.
                    // ("agreed to a framework" names nothing).
                    let generic = GENERIC_DEALS.contains(&cx.token_lower(o).as_str());
                    // ("welcomed B on Tuesday", "welcome them on our
                    // territories": a welcome's "on" says when or where.)
                    let on = cx.case_of(o).is_some_and(|c| {
                        (c == "on" && !w.starts_with("welcom"))
                            || (c == "to" && deal && !generic && w.starts_with("agree"))
                    }) && cx.token_lower(o) != "behalf";
                    let event = if cx.case_of(o).is_none() {
                        event_matter(cx, o)
                    } else {
                        Vec::new()
                    };
                    if !event.is_empty() {
                        heads.extend(event.into_iter().map(|u| (u, "topics/parse-event")));
                    } else if deal
                        && cx.case_of(o).is_none()
                        && GENERIC_DEALS.contains(&cx.token_lower(o).as_str())
                    {
                        // "conclude the agreement for a ceasefire": the
                        // matter is what the agreement is for; "implement
                        // this agreement" names none.
                        // The parse hangs "for X" on the deal or on the verb.
                        // "a memorandum of understanding on X": the matter
                        // hangs on "understanding", however it is parsed.
                        let understanding: Vec<usize> = cx
                            .children_by(o, &["nmod", "acl"])
                            .filter(|&u| cx.token_lower(u) == "understanding")
                            .collect();
                        let matters: Vec<usize> = cx
                            .children_by(o, &["nmod"])
                            .chain(cx.children_by(t, &["obl"]))
                            .chain(
                                understanding
                                    .iter()
                                    .flat_map(|&u| cx.children_by(u, &["obl", "nmod"])),
                            )
                            .filter(|&n| {
                                cx.case_of(n)
                                    .is_some_and(|c| c == "for" || ABOUT.contains(&c))
                                    && cx.token_lower(n) != "behalf"
                            })
                            .collect();
                        // "signed an agreement to resolve their fishing
                        // dispute": the parse may hang the deal's purpose
                        // on the verb.
                        let purpose = || {
                            cx.children_by(t, &["xcomp", "advcl"])
                                .filter(|&v| v > o && cx.is_to_infinitive(v))
                                .find_map(|v| cx.children_by(v, &["obj"]).next())
                        };
                        if !matters.is_empty() {
                            heads.extend(matters.into_iter().map(|n| (n, "topics/parse-deal")));
                        } else if cx
                            .children_by(o, &["compound", "amod", "nmod", "acl"])
                            .any(|c| {
                                a.tokens[c].deprel != "nmod:poss" && !understanding.contains(&c)
                            })
                            && cx.token_lower(o) != "memorandum"
                        {
                            heads.push((o, "topics/parse-deal"));
                        } else if let Some(n) = purpose() {
                            // A bare deal ("their agreement") is named by
                            // its purpose.
                            heads.push((n, "topics/parse-event"));
                        }
                    } else if (deal && cx.case_of(o).is_none()) || on {
                        heads.push((o, "topics/parse-deal"));
                    }
                }
            } else if tok.upos == "NOUN"
                && matches!(w.as_str(), "focus" | "emphasis")
                && tok.deprel == "nsubj"
            {
                // "The focus (of the talks) will be on X": the predicate
                // the focus is on, in an article about talks.
                if let Some(p) = tok.head.filter(|&p| {
                    cx.children_by(p, &["cop"]).next().is_some() && cx.case_of(p) == Some("on")
                }) {
                    // Not someone's own focus ("his focus is on
                    // inclusion"), nor what it is not on.
                    let owned = cx.children_by(t, &["nmod:poss"]).next().is_some()
                        || cx
                            .children_by(t, &["compound"])
                            .any(|c| cx.token_mention(c).is_some());
                    let negated = cx
                        .children_by(p, &["advmod"])
                        .any(|x| matches!(cx.token_lower(x).as_str(), "not" | "n't" | "never"));
                    let of_talks = cx.children_by(t, &["nmod"]).any(|n| cx.names_talks(n));
                    if !owned && !negated && (of_talks || cx.about_talks()) {
                        heads.push((p, "topics/parse-focus"));
                    }
                }
            } else if w == "aimed"
                && ((matches!(tok.deprel, "acl" | "conj")
                    && tok.head.is_some_and(|h| cx.names_talks(h)))
                    || cx
                        .children_by(t, &["nsubj", "nsubj:pass"])
                        .any(|sub| cx.names_talks(sub)))
            {
                // "The talks, aimed at ending the border dispute,", "The
                // talks (are) aimed at ending X": what the talks are for
                // (the parse may read the participle as a conjunct of the
                // talks).
                for g in cx.children_by(t, &["advcl", "obl", "xcomp"]) {
                    if a.tokens[g].upos == "VERB" {
                        heads.extend(
                            clause_objects(cx, g)
                                .into_iter()
                                .map(|o| (o, "topics/parse-aim")),
                        );
                    }
                }
            } else if w == "progress"
                && tok.upos == "NOUN"
                && talks_context
                && tok.head.is_some_and(|v| {
                    cx.subjects(v).into_iter().any(|s| {
                        cx.names_talks(s)
                            || cx.token_mention(s).is_some_and(|m| cx.is_agent_mention(m))
                    })
                })
            {
                // "the talks made progress on the issue of water sharing",
                // "Chile and Peru made progress on X" (the talks or their
                // sides made it).
                for n in cx.children_by(t, &["nmod"]) {
                    if cx.case_of(n) == Some("on") {
                        let held = matter_under(cx, n);
                        if held.is_empty() {
                            heads.push((n, "topics/parse-progress"));
                        } else {
                            heads.extend(held.into_iter().map(|u| (u, "topics/parse-progress")));
                        }
                    }
                }
            } else if w == "including" && tok.deprel == "case" {
                // "areas of cooperation, including X, Y and Z", "discussed
                // issues including X": a list of matters.
                if let Some(x) = tok.head {
                    if including_matters(cx, x) {
                        heads.push((x, "topics/parse-including"));
                    }
                }
            } else if w == "on" && t == sentence.tokens.start && tok.deprel == "case" {
                // "On Taiwan, President A underscored ...", "On trade, both
                // sides agreed ...": a readout's paragraph on a matter.
                if let Some(x) = tok.head.filter(|&x| opening_matter(cx, x)) {
                    if let Some(span) = phrase(cx, x) {
                        let value = crate::text::collapse_whitespace(&cx.doc.text[span.clone()]);
                        if value.split_whitespace().count() <= MAX_WORDS
                            && cx.token_mention(x).is_none_or(|m| !is_person_or_org(cx, m))
                        {
                            out.push(cx.fact(
                                Relation::Topic,
                                vec![Arg::literal(value)],
                                si,
                                span,
                                "topics/parse-on-matter",
                                0.65,
                            ));
                        }
                    }
                }
                continue;
            } else if tok.upos == "NOUN" && tr.talks.contains(w) && talks_context {
                // "held talks in Cairo over the dispute": the parse may hang
                // the matter on the verb whose object the talks are.
                // A call "on" someone is an appeal, not talks.
                let verb = tok.head.filter(|&h| {
                    tok.deprel == "obj"
                        && a.tokens[h].upos == "VERB"
                        && HOLDING_VERBS.contains(&cx.token_lower(h).as_str())
                });
                for o in verb.into_iter().flat_map(|h| cx.children_by(h, &["obl"])) {
                    let about = cx.case_of(o).is_some_and(|c| {
                        ABOUT.contains(&c) && !(c == "on" && w.starts_with("call"))
                    });
                    if o > t && about && !MEANS_NOUNS.contains(&cx.token_lower(o).as_str()) {
                        heads.push((o, "topics/parse-talks-on"));
                    }
                }
                // "arrived for two days of talks in Accra on the cocoa
                // market": the parse may hang the matter on a verb above
                // talks that are no object; only right after the talks and
                // where they are held.
                // (Or on the noun the talks are "of": "two days of talks".)
                let mut above: Vec<usize> = Vec::new();
                if tok.deprel != "obj" && cx.case_of(t).is_some_and(|c| matches!(c, "for" | "of")) {
                    if let Some(h) = tok.head {
                        above.push(h);
                        if a.tokens[h].upos != "VERB" {
                            above.extend(a.tokens[h].head.filter(|&v| a.tokens[v].upos == "VERB"));
                        }
                    }
                }
                let hung = above
                    .iter()
                    .flat_map(|&h| cx.children_by(h, &["obl", "nmod"]).collect::<Vec<_>>());
                for o in hung {
                    if o <= t || !cx.case_of(o).is_some_and(|c| ABOUT.contains(&c)) {
                        continue;
                    }
                    let Some(case) = cx.children_by(o, &["case"]).next() else {
                        continue;
                    };
                    // Between the talks and "on": nothing, or "in/at" a
                    // place named.
                    let place_only = case <= t + 1
                        || (matches!(cx.token_lower(t + 1).as_str(), "in" | "at")
                            && (t + 2..case).all(|g| {
                                cx.token_lower(g) == "the"
                                    || cx.token_mention(g).is_some_and(|m| {
                                        matches!(
                                            cx.mention_kind(m),
                                            crate::fact::EntityKind::Place
                                                | crate::fact::EntityKind::Country
                                        )
                                    })
                            }));
                    let ow = cx.token_lower(o);
                    if place_only
                        && !w.starts_with("call")
                        && !MEANS_NOUNS.contains(&ow.as_str())
                        && !PERIOD_NOUNS.contains(&ow.as_str())
                        && !OCCASIONS.contains(&ow.as_str())
                        && !tr.names_time(ow)
                    {
                        heads.push((o, "topics/parse-talks-on"));
                    }
                }
                for o in verb.into_iter().flat_map(|h| cx.children_by(h, &["obl"])) {
                    // "held talks with his Ugandan counterpart on the island":
                    // the parse may hang "on X" on the partner, who is who
                    // was talked with, not what.
                    // (Or on the partner's name in apposition: "with his
                    // counterpart, B, on X".)
                    if o > t && cx.case_of(o) == Some("with") && partner(cx, o) {
                        let named = std::iter::once(o).chain(cx.children_by(o, &["appos"]));
                        for n in named.flat_map(|p| cx.children_by(p, &["nmod"])) {
                            if cx.case_of(n).is_some_and(|c| ABOUT.contains(&c)) {
                                heads.push((n, "topics/parse-talks-on"));
                            }
                        }
                    }
                }
                // "Talks stalled over the issue of a ceasefire", "the
                // negotiations broke down over the border": what the talks
                // did something over, as their verb's "over" phrase.
                let subject_of = tok
                    .head
                    .filter(|&h| tok.deprel.starts_with("nsubj") && a.tokens[h].upos == "VERB");
                // ("The talks stalled over subsidies" may be parsed with
                // "over" as the verb's particle and the matter its object.)
                for (h, o) in subject_of.into_iter().flat_map(|h| {
                    cx.children_by(h, &["obl", "obj"])
                        .map(move |o| (h, o))
                        .collect::<Vec<_>>()
                }) {
                    let over = if a.tokens[o].deprel == "obj" {
                        cx.children_by(h, &["compound:prt"])
                            .any(|p| p < o && cx.token_lower(p) == "over")
                    } else {
                        cx.case_of(o).is_some_and(|c| ABOUT_NOT_ON.contains(&c))
                    };
                    let w = cx.token_lower(o).as_str();
                    if o > t && over && !MEANS_NOUNS.contains(&w) && !PERIOD_NOUNS.contains(&w) {
                        // ("over the issue of X": X; "over disagreements on
                        // X": X.)
                        let mut held = matter_under(cx, o);
                        if DIFFERENCES.contains(&w) {
                            held.extend(cx.children_by(o, &["nmod"]).filter(|&n| {
                                cx.case_of(n)
                                    .is_some_and(|c| c == "on" || ABOUT_NOT_ON.contains(&c))
                            }));
                        }
                        if held.is_empty() {
                            heads.push((o, "topics/parse-talks-over"));
                        } else {
                            heads.extend(held.into_iter().map(|u| (u, "topics/parse-talks-over")));
                        }
                    }
                }
                for o in cx.children_by(t, &["nmod"]) {
                    if cx.case_of(o).is_some_and(|c| ABOUT.contains(&c)) {
                        heads.push((o, "topics/parse-talks-on"));
                    } else if cx.case_of(o).is_some_and(|c| c == "with")
                        && cx.token_mention(o).is_some_and(|m| cx.is_agent_mention(m))
                    {
                        // "talks with B on X": the parse may hang "on X"
                        // on B, but a party named is not what is talked on.
                        for n in cx.children_by(o, &["nmod"]) {
                            if cx.case_of(n).is_some_and(|c| ABOUT.contains(&c)) {
                                heads.push((n, "topics/parse-talks-on"));
                            }
                        }
                    }
                }
            }
            for (h, rule) in heads {
                let mut targets = Vec::new();
                // "cooperation in energy and investment in infrastructure"
                // parsed with "investment" a conjunct of "energy": a
                // conjunct with an "in" phrase of its own, as the head's
                // inner phrase has, is the head's.
                let parallel: Vec<usize> = cx
                    .children_by(h, &["nmod"])
                    .filter_map(|n| cx.case_of(n).map(|c| (n, c)))
                    .flat_map(|(n, case)| {
                        cx.children_by(n, &["conj"])
                            .filter(|&k| {
                                a.tokens[k].upos == "NOUN"
                                    && cx
                                        .children_by(k, &["nmod"])
                                        .any(|m| cx.case_of(m) == Some(case))
                            })
                            .collect::<Vec<_>>()
                    })
                    .collect();
                // "a range of issues": the issues (and the list the parse
                // may hang on the range).
                let conjuncts = cx.conjuncts(h).into_iter().map(|c| counted(cx, c));
                for c in conjuncts.chain(parallel) {
                    // "concerns about X and Y": the topics are X and Y.
                    if CONCERN.contains(&cx.token_lower(c).as_str()) {
                        // ("concerns with X": "with" after a concern.)
                        let concern = cx.token_lower(c).starts_with("concern");
                        let about = cx.children_by(c, &["nmod"]).find(|&n| {
                            cx.case_of(n)
                                .is_some_and(|p| ABOUT.contains(&p) || (concern && p == "with"))
                        });
                        if let Some(n) = about {
                            targets.extend(cx.conjuncts(n));
                        } else {
                            // "concerns about ongoing attacks" read as a
                            // clause ("about" marking the verb "ongoing"):
                            // the matter is that verb's object.
                            let clause = cx.children_by(c, &["acl"]).find(|&v| {
                                cx.children_by(v, &["mark"])
                                    .any(|m| ABOUT.contains(&cx.token_lower(m).as_str()))
                            });
                            if let Some(v) = clause {
                                targets.extend(cx.children_by(v, &["obj"]));
                            }
                            // "issues related to human rights and
                            // counterterrorism": what they relate to.
                            let related = cx.children_by(c, &["acl", "amod"]).find(|&v| {
                                matches!(
                                    cx.token_lower(v).as_str(),
                                    "related" | "relating" | "pertaining"
                                )
                            });
                            for o in related.into_iter().flat_map(|v| {
                                cx.children_by(v, &["obl"])
                                    .filter(|&o| cx.case_of(o) == Some("to"))
                                    .collect::<Vec<_>>()
                            }) {
                                targets.extend(cx.conjuncts(o));
                            }
                        }
                    } else if c != h && a.tokens[c].upos == "VERB" && a.tokens[c].xpos == "VBG" {
                        // "talk about X, ensuring the stability of Y": the
                        // matter of a gerund in the list is its object
                        // ("cracking down on X": its "on" phrase).
                        let objects: Vec<usize> = cx.children_by(c, &["obj"]).collect();
                        if objects.is_empty() {
                            targets
                                .extend(cx.children_by(c, &["obl"]).filter(|&o| {
                                    cx.case_of(o).is_some_and(|p| ABOUT.contains(&p))
                                }));
                        }
                        targets.extend(objects);
                    } else if PURPOSE_HOLDERS.contains(&cx.token_lower(c).as_str()) {
                        // "discussed ways to boost bilateral trade": the
                        // matter is what the ways are to act on.
                        // With no object, its "on" or "regarding" phrase
                        // ("ways to coordinate on maritime security").
                        for v in cx
                            .children_by(c, &["acl"])
                            .filter(|&v| cx.is_to_infinitive(v))
                        {
                            let objects = clause_objects(cx, v);
                            if objects.is_empty() {
                                targets.extend(cx.children_by(v, &["obl"]).filter(|&o| {
                                    cx.case_of(o).is_some_and(|p| ABOUT.contains(&p))
                                }));
                            }
                            targets.extend(objects);
                        }
                    } else if let Some(n) = listed_field(cx, c) {
                        // "efforts on reconstruction, security, and
                        // governance": the fields the efforts are on.
                        targets.extend(cx.conjuncts(n));
                    } else {
                        targets.push(c);
                    }
                }
                if matches!(
                    rule,
                    "topics/parse-object"
                        | "topics/parse-about"
                        | "topics/parse-talk-about"
                        | "topics/parse-talks-on"
                ) {
                    targets.extend(gerund_items(cx, h));
                }
                for c in targets {
                    if !good_head(cx, c) {
                        continue;
                    }
                    if let Some(span) = phrase(cx, c) {
                        let span = with_inner_phrase(cx, c, span);
                        push_topic(cx, c, span, si, rule, out);
                    }
                }
            }
        }
    }
}

/// "agreed to work together to combat climate change", "pledged to
/// closely coordinate on X": what verb `t` says the sides will act on
/// together, through a joint verb in its "to" clause ("agreed to enhance
/// cooperation" alone names a wish, not a matter).
fn joint_matters(cx: &Context<'_>, t: usize) -> Vec<usize> {
    let mut out = Vec::new();
    // ("committed to working together on X", "to partnering with B on
    // X": a gerund after "to", said to be done together or with someone.)
    let joint = |v: usize| {
        let w = cx.token_lower(v);
        let stem = w.strip_suffix("ing").unwrap_or("");
        let together = || {
            cx.children_by(v, &["advmod"])
                .any(|m| cx.token_lower(m) == "together")
                || cx
                    .children_by(v, &["obl"])
                    .any(|o| cx.case_of(o) == Some("with"))
        };
        JOINT_VERBS.contains(&w.as_str())
            || (!stem.is_empty()
                && cx.analysis.tokens[v].xpos == "VBG"
                && JOINT_VERBS
                    .iter()
                    .any(|j| *j == stem || j.strip_suffix('e') == Some(stem))
                && together())
    };
    for v in cx
        .children_by(t, &["xcomp", "advcl"])
        .filter(|&v| cx.is_to_infinitive(v))
        .filter(|&v| joint(v))
    {
        // "to closely coordinate on X", "to work together on X".
        out.extend(
            cx.children_by(v, &["obl"])
                .filter(|&o| cx.case_of(o) == Some("on")),
        );
        let acts = cx
            .children_by(v, &["advcl", "xcomp"])
            .filter(|&p| cx.is_to_infinitive(p));
        for p in acts {
            if MATTER_VERBS.contains(&cx.token_lower(p).as_str()) {
                out.extend(cx.children_by(p, &["obj"]));
            }
        }
    }
    out
}

/// Nouns of work done on a matter ("efforts on X"), whose "on" phrase
/// names the matters when it lists two or more (an "in" phrase is as often
/// where: "efforts in Mexico and Central America").
const EFFORT_NOUNS: &[&str] = &["efforts", "effort", "work", "progress", "steps", "action"];

/// For an effort noun `c` with an "on" phrase that lists two or more
/// matters ("efforts on reconstruction, security, and governance"), that
/// phrase's first noun.
fn listed_field(cx: &Context<'_>, c: usize) -> Option<usize> {
    if !EFFORT_NOUNS.contains(&cx.token_lower(c).as_str()) {
        return None;
    }
    // ("progress on the trade deal": progress is made on one matter too;
    // not "progress on a range of initiatives", "on efforts to X".)
    let one = cx.token_lower(c) == "progress";
    let vague = |w: &str| {
        EFFORT_NOUNS.contains(&w) || matches!(w, "range" | "number" | "variety" | "series" | "set")
    };
    cx.children_by(c, &["nmod"]).find(|&n| {
        cx.case_of(n) == Some("on")
            && ((one && good_head(cx, n) && !vague(cx.token_lower(n)))
                || cx.conjuncts(n).len() >= 2)
    })
}

/// "talked about fishing rights and the return of refugees" read as a
/// gerund clause ("about" marking "fishing", "rights" its object): a
/// gerund right before its bare object is the noun's modifier, so the
/// matter is "fishing rights"; the object's conjuncts are matters too.
fn gerund_matter(cx: &Context<'_>, g: usize, si: usize, out: &mut Vec<Fact>) {
    let Some(o) = cx.children_by(g, &["obj"]).next() else {
        return;
    };
    for (k, c) in cx.conjuncts(o).into_iter().enumerate() {
        if !good_head(cx, c) {
            continue;
        }
        let Some(mut span) = phrase(cx, c) else {
            continue;
        };
        if k == 0 {
            if o != g + 1 {
                continue;
            }
            span.start = cx.analysis.tokens[g].span.start;
        }
        push_topic(cx, c, span, si, "topics/parse-talk-about", out);
    }
}

/// "an agreement on data sharing" parsed with "sharing" as a gerund clause
/// under the deal noun, marked by "on"/"over"/"about": the matter is the
/// gerund with the words that modify it before ("data sharing"), not what
/// hangs after it. Whether a topic was pushed.
fn gerund_on(cx: &Context<'_>, deal: usize, si: usize, out: &mut Vec<Fact>) -> bool {
    let a = cx.analysis;
    let Some(g) = cx
        .children_by(deal, &["acl"])
        .find(|&v| a.tokens[v].xpos == "VBG" && cx.case_of(v).is_some_and(|c| ABOUT.contains(&c)))
    else {
        return false;
    };
    let start = cx
        .children_by(g, &["compound", "amod"])
        .filter(|&m| m < g)
        .map(|m| a.tokens[m].span.start)
        .min()
        .unwrap_or(a.tokens[g].span.start);
    let before = out.len();
    push_topic(
        cx,
        g,
        start..a.tokens[g].span.end,
        si,
        "topics/parse-deal",
        out,
    );
    out.len() > before
}

/// Pushes the topic `span` headed by `c`, unless it is too long to be one
/// matter or names a party.
/// The "in" phrase the parse hangs on the verb rather than on the matter
/// `c` heads, when it belongs to the matter: a conflict's place, a field's
/// domain. `span` is the matter's phrase as read from the parse.
fn with_inner_phrase(
    cx: &Context<'_>,
    c: usize,
    span: std::ops::Range<usize>,
) -> std::ops::Range<usize> {
    let next = cx
        .analysis
        .tokens
        .partition_point(|t| t.span.start < span.end);
    if super::place_time::CONFLICT_NOUNS.contains(&cx.token_lower(c).as_str()) {
        with_conflict_place(cx, c, span, next)
    } else {
        with_domain(cx, c, span, next)
    }
}

/// "discussed the war in Yemen" parsed with "in Yemen" on the verb: a
/// conflict's place right after it (token `next` on) belongs to the
/// matter.
fn with_conflict_place(
    cx: &Context<'_>,
    c: usize,
    span: std::ops::Range<usize>,
    next: usize,
) -> std::ops::Range<usize> {
    let a = cx.analysis;
    let same_sentence = |t: usize| a.sentence_of_token(t) == a.sentence_of_token(c);
    if next + 2 >= a.tokens.len() || !same_sentence(next + 1) || cx.token_lower(next) != "in" {
        return span;
    }
    // "the war in the Gaza Strip".
    let at = if cx.token_lower(next + 1) == "the" && same_sentence(next + 2) {
        next + 2
    } else {
        next + 1
    };
    let place = cx.token_mention(at).filter(|&m| {
        matches!(
            cx.mention_kind(m),
            crate::fact::EntityKind::Country | crate::fact::EntityKind::Place
        )
    });
    match place {
        Some(m) if a.tokens[next].deprel == "case" => span.start..cx.mentions.mentions[m].span.end,
        _ => span,
    }
}

/// Nouns of a field whose "in" phrase names what it is in ("trade in
/// semiconductors", "investment in infrastructure").
const FIELD_NOUNS: &[&str] = &[
    "trade",
    "investment",
    "investments",
    "cooperation",
    "collaboration",
    "partnership",
    "research",
];

/// "discussed trade in semiconductors" parsed with "in semiconductors" on
/// the verb: a field noun keeps the common noun right after its "in" (not
/// a place, a time, or a manner: "in Geneva", "in May", "in detail").
fn with_domain(
    cx: &Context<'_>,
    c: usize,
    span: std::ops::Range<usize>,
    next: usize,
) -> std::ops::Range<usize> {
    let a = cx.analysis;
    if !FIELD_NOUNS.contains(&cx.token_lower(c).as_str())
        || next + 1 >= a.tokens.len()
        || a.sentence_of_token(next + 1) != a.sentence_of_token(c)
        || cx.token_lower(next) != "in"
        || a.tokens[next].deprel != "case"
    {
        return span;
    }
    let n = next + 1;
    let tok = &a.tokens[n];
    let w = cx.token_lower(n);
    let domain = tok.upos == "NOUN"
        && a.tokens[next].head == Some(n)
        && cx.token_mention(n).is_none()
        && !cx.triggers().names_time(w)
        && !matches!(
            w.as_str(),
            "detail"
                | "depth"
                | "person"
                | "private"
                | "public"
                | "particular"
                | "general"
                | "principle"
                | "part"
                | "turn"
                | "advance"
                | "order"
                | "addition"
                | "response"
                | "support"
                | "line"
                | "light"
                | "view"
                | "terms"
                | "place"
        );
    if domain {
        span.start..tok.span.end
    } else {
        span
    }
}

fn push_topic(
    cx: &Context<'_>,
    c: usize,
    span: std::ops::Range<usize>,
    si: usize,
    rule: &'static str,
    out: &mut Vec<Fact>,
) {
    let value = crate::text::collapse_whitespace(&cx.doc.text[span.clone()]);
    if value.split_whitespace().count() > MAX_WORDS
        || cx.token_mention(c).is_some_and(|m| cx.is_agent_mention(m))
    {
        return;
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

/// The objects of the gerunds that continue a list of matters after `h`,
/// the first matter of a topic verb: "talk about security in the
/// Gulf, ensuring the stability of energy supplies, and strengthening
/// investment cooperation". The parse often hangs such gerunds on one
/// another rather than on the list; they count when a comma (or ", and")
/// sets each off, no finite verb stands between (another clause), and
/// they take an object.
fn gerund_items(cx: &Context<'_>, h: usize) -> Vec<usize> {
    let a = cx.analysis;
    let sentence = &a.sentences[a.sentence_of_token(h)];
    // A finite verb after the list starts another clause.
    let finite = |k: usize| matches!(a.tokens[k].xpos, "VBD" | "VBZ" | "VBP" | "MD");
    let mut out = Vec::new();
    let mut including = false;
    for k in h + 1..sentence.tokens.end {
        if finite(k) {
            break;
        }
        if a.tokens[k].xpos != "VBG" || k < 2 {
            continue;
        }
        // "issues, including strengthening X and expanding Y": a list
        // opened by "including" is set off too, and goes on after "and".
        let before = cx.token_lower(k - 1);
        let set_off = matches!(before.as_str(), "," | "including")
            || (before == "and" && (including || cx.token_lower(k - 2) == ","));
        if !set_off {
            continue;
        }
        including |= before == "including";
        for o in cx.children_by(k, &["obj"]) {
            // "continuing our work together to support X": the work's
            // purpose is the matter.
            if LIGHT_NOUNS.contains(&cx.token_lower(o).as_str()) {
                let purpose = cx
                    .children_by(k, &["advcl", "xcomp"])
                    .chain(cx.children_by(o, &["acl"]))
                    .filter(|&p| cx.is_to_infinitive(p));
                out.extend(purpose.flat_map(|p| cx.children_by(p, &["obj"]).collect::<Vec<_>>()));
            } else {
                out.push(o);
            }
        }
    }
    out
}

/// Nouns whose matter is what they are to act on ("ways to boost trade",
/// "steps to curb smuggling").
const PURPOSE_HOLDERS: &[&str] = &["ways", "means", "steps", "options", "measures", "plans"];

/// Verbs of working together that go on to the act ("agreed to work
/// together to combat X").
const JOINT_VERBS: &[&str] = &["work", "cooperate", "collaborate", "partner", "coordinate"];

/// Verbs whose object is a matter when parties agree to act on it
/// together ("to combat climate change", "to boost trade").
const MATTER_VERBS: &[&str] = &[
    "combat",
    "counter",
    "fight",
    "tackle",
    "address",
    "resolve",
    "settle",
    "strengthen",
    "boost",
    "expand",
    "deepen",
    "enhance",
    "improve",
    "promote",
    "increase",
    "reduce",
    "curb",
    "prevent",
    "end",
];

/// Nouns of intent, whose matter is what they are to do ("a plan to X",
/// "the need to X", "opportunities to X").
const INTENT_NOUNS: &[&str] = &[
    "plan",
    "need",
    "opportunities",
    "opportunity",
    "initiatives",
    "initiative",
    "action",
    "actions",
    "program",
    "programs",
    "pledge",
    "commitment",
    "decision",
    "agreements",
    "progress",
    "goal",
    "goals",
    "aim",
    "objective",
    "objectives",
];

/// Whether a noun's matter is what it is to do or is for ("efforts",
/// "ways", "plan", "need").
fn intent_noun(w: &str) -> bool {
    LIGHT_NOUNS.contains(&w) || PURPOSE_HOLDERS.contains(&w) || INTENT_NOUNS.contains(&w)
}

/// Nouns that carry no matter of their own as a gerund's object ("our
/// work", "efforts"): the matter is in their purpose.
const LIGHT_NOUNS: &[&str] = &["work", "efforts", "effort"];

/// Nouns whose "of"/"to"/"about"/"for" phrase is the matter: "the
/// importance of X", "commitment to X", "concerns about X".
const MATTER_HOLDERS: &[&str] = &[
    "importance",
    "commitment",
    "commitments",
    "concern",
    "concerns",
    "support",
    "need",
    "significance",
    "value",
];

/// Matter holders whose "of" phrase names who holds them, not the matter.
const OWNED_HOLDERS: &[&str] = &[
    "support",
    "commitment",
    "commitments",
    "concern",
    "concerns",
];

/// The matter an event or a deal that a verb welcomes, reaches or signs is
/// about: the "of" phrase of an event noun ("welcomed the resumption of X",
/// "the announcement today of a truce": X, the truce) and the object of a
/// deal's purpose ("the deal to secure the release of hostages": the
/// release) or its "on"/"over"/"about" phrase ("an agreement on data
/// sharing"). Empty when the object is neither.
fn event_matter(cx: &Context<'_>, o: usize) -> Vec<usize> {
    let tr = cx.triggers();
    let w = cx.token_lower(o);
    if tr.matter_events.contains(w) {
        // The "of" phrase, also when a time word stands between and the
        // parse hangs the phrase on it ("the resumption over the last year
        // of X", "the announcement today of X").
        let toks = &cx.analysis.tokens;
        let end = toks.len().min(o + 8);
        for (k, tok) in toks.iter().enumerate().take(end).skip(o + 1) {
            let kw = cx.token_lower(k);
            if kw == "of" && tok.deprel == "case" {
                return tok.head.filter(|&h| h > k).into_iter().collect();
            }
            let between = matches!(tok.upos, "DET" | "ADJ" | "ADP")
                || crate::text::TIME_NOUNS.contains(&kw.as_str());
            if !between || cx.analysis.sentence_of_token(k) != cx.analysis.sentence_of_token(o) {
                break;
            }
        }
        return Vec::new();
    }
    if tr.deal.contains(w) {
        // "an agreement on energy", "a deal over fishing rights" (for "on
        // data sharing" read as a gerund clause, see `gerund_on`).
        let on: Vec<usize> = cx
            .children_by(o, &["nmod"])
            .filter(|&n| cx.case_of(n).is_some_and(|c| ABOUT.contains(&c)))
            .take(1)
            .collect();
        if !on.is_empty() {
            return on;
        }
        return cx
            .children_by(o, &["acl"])
            .filter(|&v| cx.analysis.tokens[v].upos == "VERB" && cx.is_to_infinitive(v))
            .flat_map(|v| cx.children_by(v, &["obj"]).collect::<Vec<_>>())
            .take(1)
            .collect();
    }
    Vec::new()
}

/// The matter a stance's object holds: the phrase under "importance of",
/// "commitment to" (a gerund's object there: "commitment to upholding
/// X"), or nothing when the object names the matter itself.
fn matter_under(cx: &Context<'_>, o: usize) -> Vec<usize> {
    let a = cx.analysis;
    // "raised the issue of gun violence", "the question of visas": the
    // "of" phrase of one issue named with "the" ("issues of critical
    // importance", "as a matter of urgency" name none).
    if matches!(cx.token_lower(o).as_str(), "issue" | "question" | "matter")
        && cx
            .children_by(o, &["det"])
            .any(|d| cx.token_lower(d) == "the")
    {
        return cx
            .children_by(o, &["nmod"])
            .filter(|&n| cx.case_of(n) == Some("of"))
            .collect();
    }
    if !MATTER_HOLDERS.contains(&cx.token_lower(o).as_str()) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for n in cx.children_by(o, &["nmod", "acl"]) {
        if a.tokens[n].deprel == "nmod:poss" {
            continue; // "our commitment": whose, not to what
        }
        let case = cx.case_of(n).unwrap_or_default();
        // ("concerns with X": "with" after a concern.)
        let concern_with = case == "with" && cx.token_lower(o).starts_with("concern");
        if !matches!(
            case,
            "of" | "to" | "about" | "for" | "regarding" | "concerning" | "over" | "on" | ""
        ) && !concern_with
        {
            continue;
        }
        // "the support of Allies", "the commitment of both sides": whose
        // support, not what for ("the importance of X" is X's).
        if case == "of" && OWNED_HOLDERS.contains(&cx.token_lower(o).as_str()) {
            continue;
        }
        if a.tokens[n].upos == "VERB" {
            out.extend(clause_objects(cx, n));
        } else if case == "for"
            && cx.token_lower(o) == "support"
            && cx.token_mention(n).is_some_and(|m| cx.is_agent_mention(m))
        {
            // "support for Ukraine": a party supported is no matter;
            // the support is.
            out.push(o);
        } else {
            out.push(n);
        }
    }
    // "commitment to X and the defeat of Y", "the importance of X and the
    // need for Y": a second matter, or a second holder, the parse hung on
    // the first holder as its conjunct.
    if !out.is_empty() {
        for c in cx.children_by(o, &["conj"]) {
            if a.tokens[c].upos != "NOUN" {
                continue;
            }
            if MATTER_HOLDERS.contains(&cx.token_lower(c).as_str()) {
                out.extend(matter_under(cx, c));
            } else if cx
                .children_by(c, &["nmod"])
                .any(|n| cx.case_of(n) == Some("of"))
            {
                out.push(c);
            }
        }
    }
    out
}

/// The objects of verb `v`, or, when it has none, of the verb it goes on
/// with ("commitment to continue providing assistance": "assistance";
/// two steps at most).
fn clause_objects(cx: &Context<'_>, v: usize) -> Vec<usize> {
    let mut verbs = vec![v];
    for _ in 0..3 {
        let objects: Vec<usize> = verbs
            .iter()
            .flat_map(|&x| cx.children_by(x, &["obj"]).collect::<Vec<_>>())
            .collect();
        if !objects.is_empty() {
            return objects;
        }
        verbs = verbs
            .iter()
            .flat_map(|&x| cx.children_by(x, &["xcomp"]).collect::<Vec<_>>())
            .filter(|&x| cx.analysis.tokens[x].upos == "VERB")
            .collect();
    }
    Vec::new()
}

/// Nouns of quantity whose "of" phrase is what is counted: "a range of
/// issues", "a host of regional challenges".
const QUANTITY_NOUNS: &[&str] = &[
    "range",
    "number",
    "host",
    "variety",
    "series",
    "array",
    "set",
    "list",
    "handful",
    "couple",
    "multitude",
    "spectrum",
    "raft",
    "slew",
];

/// The noun a quantity stands before ("a range of issues": "issues"), or
/// `h` itself.
fn counted(cx: &Context<'_>, h: usize) -> usize {
    if !QUANTITY_NOUNS.contains(&cx.token_lower(h).as_str())
        || cx.children_by(h, &["nmod:poss"]).next().is_some()
    {
        return h;
    }
    cx.children_by(h, &["nmod"])
        .find(|&n| n > h && cx.case_of(n) == Some("of"))
        .unwrap_or(h)
}

/// Words for the sides of talks as a group ("both sides", "the leaders",
/// "we"): a party wherever a subject must be one.
pub(super) const PARTY_GROUPS: &[&str] = &[
    "sides",
    "leaders",
    "presidents",
    "countries",
    "governments",
    "ministers",
    "delegations",
    "parties",
    "we",
];

/// Who is spoken to: "addressed the nation", "addressed the
/// legislators", "addressed President A" name an audience, not a matter.
const AUDIENCE: &[&str] = &[
    "nation",
    "country",
    "people",
    "americans",
    "legislators",
    "lawmakers",
    "reporters",
    "journalists",
    "press",
    "media",
    "crowd",
    "audience",
    "students",
    "graduates",
    "delegates",
    "participants",
    "attendees",
    "members",
    "troops",
    "community",
    "conference",
    "assembly",
    "convention",
    "rally",
    "gathering",
    "parliament",
    "congress",
    "summit",
];

/// Whether the words at `span`, after a form of "address" (`verb`), name
/// whom the speaker addressed: a person, or an audience noun heading the
/// phrase.
fn audience(cx: &Context<'_>, verb: &str, span: &std::ops::Range<usize>) -> bool {
    if !verb.starts_with("address") {
        return false;
    }
    cx.span_head(span).is_some_and(|h| {
        // (Not an owner: "address the community's concerns".)
        let owner = cx.children_by(h, &["case"]).next().is_some();
        (AUDIENCE.contains(&cx.token_lower(h).as_str()) && !owner)
            || cx
                .token_mention(h)
                .is_some_and(|m| cx.mention_kind(m) == crate::fact::EntityKind::Person)
    })
}

/// The subject of a stance verb is a party: a named agent (person,
/// country, organisation), a group ("both sides", "the leaders"), or a
/// person named by title ("The President noted").
/// "We agree to the following steps: - Reaffirm our commitment to X":
/// verb `v`, in the base form with no subject, opens a list item under a
/// line ending with a colon in which "we" speak: the steps the parties
/// list are theirs.
fn parties_step(cx: &Context<'_>, v: usize) -> bool {
    let a = cx.analysis;
    let tok = &a.tokens[v];
    if tok.xpos != "VB" || tok.deprel != "root" || !cx.subjects(v).is_empty() {
        return false;
    }
    let si = a.sentence_of_token(v);
    if !cx.list_item(si) {
        return false;
    }
    let Some(lead) = (0..si).rev().find(|&k| !cx.list_item(k)) else {
        return false;
    };
    let sentence = &a.sentences[lead];
    cx.doc.text[sentence.span.clone()].trim_end().ends_with(':')
        && sentence.tokens.clone().any(|t| cx.token_lower(t) == "we")
}

fn stance_subject(cx: &Context<'_>, v: usize) -> bool {
    if !cx.subject_agents(v).is_empty() || parties_step(cx, v) {
        return true;
    }
    cx.subjects(v).into_iter().any(|s| {
        let w = cx.token_lower(s);
        PARTY_GROUPS.contains(&w.as_str())
            || matches!(
                w.as_str(),
                "president" | "presidents" | "minister" | "countries" | "governments"
            )
            || cx.token_mention(s).is_some()
            // ("they" after a sentence on talks or a meeting stands for
            // its sides, not "they" of a report on anything else.)
            || (w == "they" && cx.meeting_near(cx.analysis.sentence_of_token(s)))
    })
}

/// Nouns that announce a list of matters ("areas of cooperation,
/// including ...").
const MATTER_NOUNS: &[&str] = &[
    "issues",
    "issue",
    "areas",
    "topics",
    "matters",
    "subjects",
    "questions",
    "cooperation",
    "priorities",
    "fields",
    "sectors",
    "concerns",
    "challenges",
];

/// Whether the phrase `x` that "including" opens lists matters: it hangs
/// under a matter noun, or under a verb whose object is one or that is a
/// topic verb ("advance areas of cooperation, including X").
fn including_matters(cx: &Context<'_>, x: usize) -> bool {
    let a = cx.analysis;
    let Some(h) = a.tokens[x].head else {
        return false;
    };
    let is_matter = |t: usize| {
        let w = cx.token_lower(t);
        MATTER_NOUNS.contains(&w.as_str())
            || cx
                .children_by(t, &["nmod"])
                .any(|n| MATTER_NOUNS.contains(&cx.token_lower(n).as_str()))
    };
    match a.tokens[h].upos {
        "NOUN" => is_matter(h),
        "VERB" => {
            cx.triggers().topic_verbs.contains(cx.token_lower(h))
                || cx.children_by(h, &["obj"]).any(is_matter)
        }
        _ => false,
    }
}

/// "On X, <subject> <verb> ...": `x` is the oblique of the main verb, set
/// off by a comma, and the subject is a party (a named agent, or a plural
/// noun such as "both sides", "the leaders").
fn opening_matter(cx: &Context<'_>, x: usize) -> bool {
    let a = cx.analysis;
    let tok = &a.tokens[x];
    if !tok.deprel.starts_with("obl") || !good_head(cx, x) {
        return false;
    }
    let Some(v) = tok.head else { return false };
    if a.tokens[v].upos != "VERB" || a.tokens[v].deprel != "root" {
        return false;
    }
    // "On their website, NATO outlined": where, not what.
    if cx
        .children_by(x, &["nmod:poss"])
        .any(|p| a.tokens[p].upos == "PRON")
    {
        return false;
    }
    let comma = cx
        .children_by(x, &["punct"])
        .any(|p| cx.token_lower(p) == ",")
        || a.tokens
            .get(x + 1)
            .is_some_and(|n| cx.doc.text.get(n.span.clone()) == Some(",") && n.head == Some(v));
    comma
        && cx.children_by(v, &["nsubj"]).any(|s| {
            cx.token_mention(s).is_some_and(|m| cx.is_agent_mention(m))
                || a.tokens[s].xpos == "NNS"
                || cx
                    .children_by(s, &["flat", "compound", "appos"])
                    .any(|d| cx.token_mention(d).is_some_and(|m| cx.is_agent_mention(m)))
        })
}

fn is_person_or_org(cx: &Context<'_>, m: usize) -> bool {
    let e = cx.mentions.mentions[m].entity;
    matches!(
        cx.mentions.entities[e].kind,
        crate::fact::EntityKind::Person | crate::fact::EntityKind::Organization
    )
}

/// A topic is headed by a noun that names no time (and no pronoun or
/// adverb the parse took for one).
fn good_head(cx: &Context<'_>, h: usize) -> bool {
    let tok = &cx.analysis.tokens[h];
    let w = cx.token_lower(h);
    let tr = cx.triggers();
    matches!(tok.upos, "NOUN" | "PROPN")
        && !tr.names_time(w)
        && !tok.deprel.ends_with("tmod")
        && !OCCASION_NOUNS.contains(&w.as_str())
        // ("on behalf of", "on a bipartisan basis", "work on the ground":
        // for whom, on what grounds, where.)
        && !matches!(w.as_str(), "behalf" | "basis" | "ground")
        // ("the national security advisors", "the ministers": people.)
        && (tok.upos != "NOUN" || !cx.is_title(w))
}

/// Nouns of "on the margins of the summit", "on the sidelines of", "on the
/// eve of": where or when, not what.
pub(super) const OCCASION_NOUNS: &[&str] = &[
    "margins",
    "margin",
    "sidelines",
    "sideline",
    "eve",
    "occasion",
];

/// Verbs that hold, begin or carry on talks ("held talks in Cairo over
/// the dispute", "resumed negotiations on a return to the accord").
const HOLDING_VERBS: &[&str] = &[
    "hold",
    "holds",
    "held",
    "holding",
    "have",
    "has",
    "had",
    "having",
    "conduct",
    "conducts",
    "conducted",
    "conducting",
    "begin",
    "begins",
    "began",
    "begun",
    "beginning",
    "start",
    "starts",
    "started",
    "starting",
    "open",
    "opens",
    "opened",
    "opening",
    "resume",
    "resumes",
    "resumed",
    "resuming",
    "continue",
    "continues",
    "continued",
    "continuing",
    "launch",
    "launches",
    "launched",
    "launching",
    "commence",
    "commences",
    "commenced",
    "commencing",
    "halt",
    "halts",
    "halted",
    "halting",
];

/// Whether token `o` names someone talked with: a person, country or body
/// named, or a noun for an official ("his counterpart", "the minister").
fn partner(cx: &Context<'_>, o: usize) -> bool {
    if let Some(m) = cx.token_mention(o) {
        return cx.is_agent_mention(m);
    }
    let w = cx.token_lower(o);
    cx.analysis.tokens[o].upos == "NOUN"
        && (matches!(w.as_str(), "counterpart" | "counterparts") || cx.lexicon.title(w).is_some())
}

/// Nouns of "over a period of months", "over the coming weeks": how long,
/// not what.
const PERIOD_NOUNS: &[&str] = &[
    "period", "course", "span", "time", "years", "months", "weeks", "days",
];

/// Nouns of "talks over the phone", "talks over dinner": how or during
/// what the talks were held, not what they were about.
const MEANS_NOUNS: &[&str] = &[
    "phone",
    "telephone",
    "video",
    "videolink",
    "videoconference",
    "dinner",
    "lunch",
    "breakfast",
    "coffee",
    "tea",
    "meal",
];

/// Participles of making a deal or holding talks: their agent is a party,
/// not part of the matter ("the truce announced by both parties").
const MAKERS: &[&str] = &[
    "announced",
    "agreed",
    "signed",
    "reached",
    "brokered",
    "mediated",
    "hosted",
    "proposed",
    "negotiated",
    "adopted",
    "issued",
    "led",
    "chaired",
    "co-chaired",
    "organized",
    "organised",
    "convened",
    "sponsored",
    "facilitated",
    "endorsed",
    "approved",
    "described",
    "made",
];

/// Relations whose subtrees a topic phrase leaves out.
const NOT_IN_PHRASE: &[&str] = &[
    "acl",
    "advcl",
    "appos",
    "conj",
    "cc",
    "parataxis",
    "dep",
    "punct",
    "case",
    "mark",
    "nsubj",
    "obl",
];

/// Whether conjunct `c` makes a pair inside a prepositional modifier
/// ("attacks against merchant and naval vessels", "the release of
/// hostages and detainees"): one matter, not two. Only a pair (a series
/// under one modifier is more often the head's own list hung low: "the
/// empowerment of women and girls and trade"), only under a modifier with
/// a preposition ("border security and fishing quotas" are two), and not
/// when the second has a prepositional phrase of its own ("cooperation in
/// energy and investment in infrastructure" are two).
fn inner_pair(cx: &Context<'_>, c: usize) -> bool {
    let a = cx.analysis;
    let with_case = |n: usize| cx.case_of(n).is_some();
    // ("a range of X and Y": what a count counts are matters of their own.)
    let counted = |x: usize| {
        a.tokens[x]
            .head
            .is_some_and(|n| QUANTITY_NOUNS.contains(&cx.token_lower(n).as_str()))
    };
    // ("important regional and global challenges": two adjectives before
    // one noun are one matter's.)
    let adjectives = a.tokens[c].upos == "ADJ"
        && a.tokens[c]
            .head
            .is_some_and(|x| a.tokens[x].deprel == "amod" && a.tokens[x].upos == "ADJ");
    if a.tokens[c].deprel == "conj" && adjectives {
        return true;
    }
    a.tokens[c].deprel == "conj"
        && a.tokens[c].head.is_some_and(|x| {
            a.tokens[x].deprel == "nmod"
                && with_case(x)
                && !counted(x)
                // ("including drones and missiles": items of a list.)
                && !cx.children_by(x, &["case"]).any(|p| {
                    matches!(cx.token_lower(p).as_str(), "including" | "like" | "such" | "as")
                })
                && cx.children_by(x, &["conj"]).count() == 1
        })
        && !cx.children_by(c, &["nmod"]).any(with_case)
        // ("costs for consumers and in ways": two phrases, not a pair.)
        && !with_case(c)
        // ("the pause in the fighting and surge in aid", the parse
        // hanging "in aid" elsewhere: the second goes on past the pair.)
        && {
            let next = cx.subtree_end(c) + 1;
            let sentence = &a.sentences[a.sentence_of_token(c)];
            next >= sentence.tokens.end
                || matches!(
                    a.tokens[next].upos,
                    "PUNCT" | "CCONJ" | "VERB" | "AUX" | "SCONJ" | "ADV" | "PRON"
                )
        }
}

/// The byte span of the noun phrase headed by token `h`: the contiguous
/// run of its subtree around it, without the relations above and without
/// leading determiners or possessive pronouns.
fn phrase(cx: &Context<'_>, h: usize) -> Option<std::ops::Range<usize>> {
    // With the noun's purpose and the conjunctions inside its modifiers
    // when the whole stays short enough to be a matter; without the
    // conjunctions, then without the purpose, otherwise.
    let words = |r: &std::ops::Range<usize>| {
        cx.doc
            .text
            .get(r.clone())
            .map_or(0, |t| t.split_whitespace().count())
    };
    let mut last = None;
    // (The agent of a participle and the place of a purpose go first.)
    for (purpose, more, inner) in [
        (true, true, true),
        (true, true, false),
        (true, false, true),
        (true, false, false),
        (false, false, true),
        (false, false, false),
    ] {
        let r = phrase_with(cx, h, Reach { purpose, more }, inner)?;
        // (A conjunct the parse took into a modifier may end on its
        // owner's mark, "war against Ukraine and Russia's": not that.)
        let possessive = r.end > 0 && {
            let a = cx.analysis;
            let t = a.tokens.partition_point(|t| t.span.end < r.end);
            a.tokens.get(t).is_some_and(|t| t.xpos == "POS")
        };
        if words(&r) <= MAX_WORDS && !(inner && possessive) {
            return Some(r);
        }
        last = Some(r);
    }
    last
}

/// How far a topic phrase reaches past its noun: its purpose ("cooperation
/// to combat X"), and with `more` also where the purpose acts ("to end the
/// war in K") and the agent of a participle after the noun ("the threat
/// posed by X").
#[derive(Clone, Copy)]
struct Reach {
    purpose: bool,
    more: bool,
}

fn phrase_with(
    cx: &Context<'_>,
    h: usize,
    reach: Reach,
    with_inner: bool,
) -> Option<std::ops::Range<usize>> {
    let a = cx.analysis;
    let sentence = a.sentences.get(a.sentence_of_token(h))?;
    let mut inside = vec![false; sentence.tokens.len()];
    let base = sentence.tokens.start;
    // "Talks on border dispute resume in Doha": a headline's verb the
    // parse made the head noun of the matter; the matter is the words
    // before it.
    let headline_verb = a.tokens[h].upos == "NOUN"
        && h > base
        && TALKS_PREDICATES.contains(&cx.token_lower(h).as_str())
        && a.tokens[h - 1].head == Some(h)
        && matches!(a.tokens[h - 1].deprel, "compound" | "amod")
        && (h + 1 == sentence.tokens.end || matches!(a.tokens[h + 1].upos, "ADP" | "PUNCT"))
        && verbless(cx, h);
    let mut stack = vec![(h, 0)];
    while let Some((t, depth)) = stack.pop() {
        inside[t - base] = true;
        if depth >= 6 {
            continue;
        }
        for c in a.children(t) {
            if headline_verb && t == h && c > h {
                continue;
            }
            let rel = a.tokens[c].deprel;
            let head_rel = rel.split(':').next().unwrap_or(rel);
            // Inner "of"/"on" phrases stay ("release of the prisoners"); the
            // case word of the head's own phrase does not.
            // So does the purpose of a noun ("cooperation to combat drug
            // trafficking"): an infinitive, with its "to".
            let purpose = reach.purpose
                && rel == "acl"
                && a.tokens[c].upos == "VERB"
                && cx.is_to_infinitive(c);
            // "the challenges posed by China": a past participle after
            // its noun with its agent says which challenges; it stays
            // with its agent, as a purpose does.
            // (Not who made a deal or held talks: "the truce announced
            // by both parties" is the truce.)
            let by_agent = |v: usize| {
                a.tokens[v].deprel == "acl"
                    && a.tokens[v].xpos == "VBN"
                    && !MAKERS.contains(&cx.token_lower(v).as_str())
                    && cx.children_by(v, &["obl:agent"]).next().is_some()
            };
            let reduced = reach.more
                && ((rel == "acl" && c > t && by_agent(c)) || (rel == "obl:agent" && by_agent(t)));
            // "efforts to end the war in Sudan": where the purpose acts
            // stays with it (not when: "to end the war by Friday").
            let purpose_place = reach.more
                && head_rel == "obl"
                && c > t
                && a.tokens[t].deprel == "acl"
                && a.tokens[t].upos == "VERB"
                && cx.is_to_infinitive(t)
                && cx.children_by(t, &["obj"]).any(|o| o < c)
                && matches!(cx.case_of(c), Some("in" | "between" | "across" | "within"))
                && !cx.triggers().names_time(cx.token_lower(c));
            // "work ahead of the summit": when, not what.
            let ahead = head_rel == "advmod"
                && c > t
                && cx
                    .doc
                    .text
                    .get(a.tokens[c].span.clone())
                    .is_some_and(|w| w.eq_ignore_ascii_case("ahead"));
            // "a ceasefire after talks in Oslo": when it came, not what.
            // "normalisation of relations at the talks in Brussels": nor
            // the talks it was spoken of at.
            let after_talks = head_rel == "nmod"
                && matches!(
                    cx.case_of(c),
                    Some("after" | "before" | "during" | "following" | "at")
                )
                && cx.names_talks(c);
            // "a ceasefire on Monday", "talks in March": a day or a month
            // is when, not what.
            let when = head_rel == "nmod"
                && c > t
                && matches!(cx.case_of(c), Some("on" | "in" | "by" | "until"))
                && {
                    let w = cx.doc.text.get(a.tokens[c].span.clone()).unwrap_or("");
                    cx.triggers().weekday(w).is_some() || cx.triggers().month(w).is_some()
                };
            // "an exchange between Armenia and Azerbaijan": the sides of
            // an inner "between" phrase stay with it.
            let between = |x: usize| x != h && cx.case_of(x).is_some_and(|w| w == "between");
            let sides = (head_rel == "conj" && between(t))
                || (head_rel == "cc"
                    && a.tokens[t].deprel == "conj"
                    && a.tokens[t].head.is_some_and(between));
            // "attacks against merchant and naval vessels": a conjunction
            // inside a modifier stays with it (the head's own conjuncts
            // are matters of their own).
            let inner = with_inner
                && t != h
                && ((head_rel == "conj" && inner_pair(cx, c))
                    || (head_rel == "cc" && inner_pair(cx, t)));
            let keep = (!NOT_IN_PHRASE.contains(&head_rel) && !ahead && !after_talks && !when)
                || sides
                || inner
                || (head_rel == "case" && t != h)
                || (head_rel == "mark" && t != h && a.tokens[t].deprel == "acl")
                || purpose
                || reduced
                || purpose_place;
            if keep {
                stack.push((c, depth + 1));
            }
        }
    }
    // "the pace and scale of X": a bare noun joined to the head right
    // before the head's own "of" phrase shares it.
    for c in a.children(h) {
        let shared = a.tokens[c].deprel == "conj"
            && a.tokens[c].upos == "NOUN"
            && c == h + 2
            && a.tokens[h + 1].upos == "CCONJ"
            && a.children(c).all(|k| k == h + 1)
            // (An "of" phrase right after: "centrality and respect for
            // rights" is more often the second's own phrase.)
            && c + 1 < sentence.tokens.end
            && inside[c + 1 - base]
            && cx.token_lower(c + 1) == "of";
        if shared {
            inside[h + 1 - base] = true;
            inside[c - base] = true;
        }
    }
    let (mut lo, mut hi) = (h, h);
    while lo > base && inside[lo - 1 - base] {
        lo -= 1;
    }
    while hi + 1 < sentence.tokens.end && inside[hi + 1 - base] {
        hi += 1;
    }
    // Leading determiners and possessive pronouns, trailing punctuation.
    while lo < h {
        let t = &a.tokens[lo];
        let poss_pron = t.deprel == "nmod:poss" && t.upos == "PRON";
        if matches!(t.upos, "DET" | "PUNCT" | "CCONJ" | "ADV") || poss_pron {
            lo += 1;
        } else {
            break;
        }
    }
    while hi > h && a.tokens[hi].upos == "PUNCT" {
        hi -= 1;
    }
    if headline_verb {
        hi = h - 1;
        if lo > hi {
            return None;
        }
    }
    Some(a.tokens[lo].span.start..a.tokens[hi].span.end)
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::fact::Relation;

    /// Steps the parties list under "We agree to the following steps:"
    /// are theirs, written without a subject.
    #[test]
    fn the_parties_listed_steps() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "We, the leaders of Chile and Peru, met in Lima. We agree to the following steps:\n\n-   Stress the importance of the settlement of the border dispute.\n",
                    &["settlement of the border dispute"],
                ),
                (
                    "We, the leaders of Chile and Peru, met in Lima. The following steps were taken:\n\n-   Stress the importance of the settlement of the border dispute.\n",
                    &[],
                ),
            ],
        );
    }

    /// What dominated the talks, and the topics a sentence on talks (or
    /// after a meeting) says were included.
    #[test]
    fn what_dominated_the_talks_and_topics_included() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "The summit was dominated by the war in Ukraine.",
                    &["war in Ukraine"],
                ),
                (
                    "Ministers Ana Ruiz and Tomas Berg met in Lima on Monday. Topics included energy security and migration.",
                    &["energy security", "migration"],
                ),
                // A list of the issues raised or of the main topics, after
                // a meeting; not issues resolved, nor without talks.
                (
                    "Ministers Ana Ruiz and Tomas Berg met in Lima on Monday. Among the issues raised were energy security and the border dispute.",
                    &["energy security", "border dispute"],
                ),
                (
                    "Ministers Ana Ruiz and Tomas Berg met in Lima on Monday. Key issues at the talks were energy security and migration.",
                    &["energy security", "migration"],
                ),
                (
                    "Ministers Ana Ruiz and Tomas Berg met in Lima on Monday. The main issues were resolved.",
                    &[],
                ),
                ("The main topics were energy security and migration.", &[]),
                // (The parser may read "discussed" as the main verb.)
                (
                    "Ministers Ana Ruiz and Tomas Berg met in Lima on Monday. The issues discussed included trade tariffs and migration.",
                    &["trade tariffs", "migration"],
                ),
                ("The game was dominated by the home side.", &[]),
                // What the agenda holds, however it is said.
                (
                    "The two leaders met in Lima on Monday. Trade and migration were on the agenda.",
                    &["Trade", "migration"],
                ),
                (
                    "The two leaders met in Lima on Monday. High on the agenda was the future of the nuclear deal.",
                    &["future of the nuclear deal"],
                ),
                (
                    "The two leaders will meet in Lima on Monday. Trade is expected to be on the agenda.",
                    &["Trade"],
                ),
                (
                    "The two leaders met in Lima on Monday. Trade topped the agenda.",
                    &["Trade"],
                ),
                // High on the agenda, at its top, or set there by "with";
                // expected to dominate the talks.
                (
                    "Ana Ruiz and Luis Vega held talks on Monday, with the border at the top of the agenda.",
                    &["border"],
                ),
                (
                    "Trade was high on the agenda when Ana Ruiz met Luis Vega in Lima.",
                    &["Trade"],
                ),
                (
                    "Ana Ruiz met Luis Vega in Lima. Trade was expected to dominate the talks.",
                    &["Trade"],
                ),
                ("Trade was on the agenda of the city council.", &[]),
                ("Safety was high on the agenda of the city council.", &[]),
                ("Topics included energy security and migration.", &[]),
                // What talks cover or revolve around; what the topic of
                // talks was.
                (
                    "Officials said the talks would cover security guarantees.",
                    &["security guarantees"],
                ),
                (
                    "Discussions revolved around sanctions relief.",
                    &["sanctions relief"],
                ),
                (
                    "The talks centered around a ceasefire proposal.",
                    &["ceasefire proposal"],
                ),
                ("The festival centered around local food.", &[]),
                ("The insurance would cover medical costs.", &[]),
                // What a deal covers; what the sides are divided over.
                (
                    "The new deal will cover trade and fisheries.",
                    &["trade", "fisheries"],
                ),
                (
                    "The two sides remain divided over the status of Jerusalem.",
                    &["status of Jerusalem"],
                ),
                ("Voters remain divided over the tax.", &[]),
                (
                    "The main topic of the meeting was energy security.",
                    &["energy security"],
                ),
                ("The main topic of his book was energy security.", &[]),
                // Without its article; a sticking point of any talks.
                (
                    "The main topic of the meeting was the energy security of Europe.",
                    &["energy security of Europe"],
                ),
                (
                    "The main stumbling block in the talks was the status of Jerusalem.",
                    &["status of Jerusalem"],
                ),
                // ... that remains; the issue singled out near talks; what
                // talks broke down over, past the disagreements.
                (
                    "The main sticking point remains the withdrawal of troops from the border.",
                    &["withdrawal of troops from the border"],
                ),
                (
                    "The talks in Lima resumed on Monday. The thorniest issue is the return of refugees.",
                    &["return of refugees"],
                ),
                ("The thorniest issue is the return of refugees.", &[]),
                (
                    "The negotiations collapsed over disagreements on border demarcation.",
                    &["border demarcation"],
                ),
                // A list in a modifier after a bare comma is the modifier's.
                (
                    "The two leaders signed agreements on energy, transport and education.",
                    &["energy", "transport", "education"],
                ),
            ],
        );
    }

    /// "Topics discussed included X, ..., and cracking down on Y": the
    /// participle tells of talks; a gerund of the list names what it acts
    /// on.
    #[test]
    fn topics_discussed_included_and_the_gerunds_of_the_list() {
        super::super::testing::check(
            Relation::Topic,
            &[(
                "Topics discussed included the missile defence system, the future of the alliance, combatting of malaria and other diseases in Africa, and cracking down on illegal fishing on the coast.",
                &["missile defence system", "illegal fishing on the coast"],
            )],
        );
    }

    /// A topic's words end where its phrase does: no dangling adverb, no
    /// pronoun alone, no clause ending in its verb.
    #[test]
    fn topics_cut_in_mid_phrase_are_tidied() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "The two ministers discussed the fishing quotas and agreed to address them.",
                    &["fishing quotas"],
                ),
                (
                    "The two ministers discussed maritime cooperation bilaterally.",
                    &["maritime cooperation"],
                ),
                (
                    "The two ministers discussed the grain corridor proactively.",
                    &["grain corridor"],
                ),
                // A gerund whose clause the phrase lost goes with its "of";
                // a goal alone names no matter.
                (
                    "The two ministers discussed the goal of ensuring that ports stay open.",
                    &[],
                ),
                (
                    "The two sides discussed further implementation of the commitments President Ana Vexler and President Tomas Ruud made at the 2023 Lakeside Summit.",
                    &["further implementation of the commitments President Ana Vexler"],
                ),
                ("The envoys discussed how floods have impacted farmers.", &[]),
                // (A clause that is the matter's own stays.)
                (
                    "The envoys discussed the challenges farmers face.",
                    &["challenges farmers face"],
                ),
                (
                    "The delegations addressed the rising costs of fertiliser in the region.",
                    &["rising costs of fertiliser"],
                ),
            ],
        );
    }

    /// A conjunction inside a modifier stays with the matter; the head's
    /// own conjuncts, a series, and a possessor taken into the modifier do
    /// not.
    #[test]
    fn pairs_inside_a_matter_stay_with_it() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "They discussed the ongoing attacks against merchant and naval vessels transiting the strait.",
                    &["ongoing attacks against merchant and naval vessels transiting the strait"],
                ),
                (
                    "The envoys discussed the release of hostages and detainees.",
                    &["release of hostages and detainees"],
                ),
                (
                    "President Ana Vexler raised Zarvia’s brutal war against Chile and Zarvia’s threats of nuclear use.",
                    &["Zarvia’s brutal war against Chile", "threats of nuclear use"],
                ),
                (
                    "The ministers discussed the empowerment of women and girls and trade.",
                    &["empowerment of women", "girls", "trade"],
                ),
                // Two adjectives before one noun, inside a matter.
                (
                    "They discussed ways to bolster cooperation to address important regional and global challenges.",
                    &["cooperation to address important regional and global challenges"],
                ),
                // Two owners before one noun.
                (
                    "The minister discussed Vexlar and Ruud's efforts to increase production.",
                    &["Vexlar and Ruud's efforts to increase production"],
                ),
                // A second that goes on past the pair is a matter of its own.
                (
                    "The two leaders discussed the pause in the fighting and surge in much needed aid into the city.",
                    &["pause in the fighting"],
                ),
                // Adjectives alone before a matter noun name none.
                (
                    "The two leaders exchanged views on key regional and global challenges.",
                    &[],
                ),
            ],
        );
    }

    /// "talks on Friday" say when, not what.
    #[test]
    fn talks_on_a_day_have_no_topic() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                ("The two ministers held talks on Friday.", &[]),
                ("The two ministers held talks on 3 May.", &[]),
                ("The two ministers held talks on March 10.", &[]),
                ("The two ministers held talks on trade.", &["trade"]),
                // The talks a deal came after are when, not what.
                (
                    "The government of Chile and the rebels agreed to a ceasefire after talks in Oslo.",
                    &["ceasefire"],
                ),
                // Nor the talks the matter was spoken of at.
                (
                    "Chilean and Peruvian negotiators failed to reach agreement on the normalisation of relations at EU-facilitated talks in Brussels.",
                    &["normalisation of relations"],
                ),
                // A day or a month after the matter is no part of it.
                (
                    "The government of Chile and the rebels agreed to a ceasefire on Monday after talks in Oslo.",
                    &["ceasefire"],
                ),
                (
                    "Chile and Peru discussed a methane pledge in March.",
                    &["methane pledge"],
                ),
                // A headline's verb is no part of the matter.
                (
                    "Talks on Zarvian border dispute resume in Doha",
                    &["Zarvian border dispute"],
                ),
                ("Negotiations over the dam stall in Washington", &["dam"]),
                // (In a sentence with a verb, the word stays.)
                (
                    "The ministers discussed keeping the schools open.",
                    &["keeping the schools open"],
                ),
            ],
        );
    }

    #[test]
    fn the_matter_of_talks_hung_on_their_verb() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "Envoys of the two states held talks in Nairobi over the dispute over grazing rights.",
                    &["dispute over grazing rights"],
                ),
                (
                    "She held talks with Foreign Minister Ana Vexler about river shipping.",
                    &["river shipping"],
                ),
                ("They held talks over the phone on Monday.", &[]),
                // What the talks stalled or broke down over; not how long.
                (
                    "Talks between Chile and Peru, mediated by Ecuador, stalled over the issue of a permanent ceasefire.",
                    &["permanent ceasefire"],
                ),
                (
                    "The negotiations broke down over the status of the islands.",
                    &["status of the islands"],
                ),
                // "over" read as the verb's particle.
                (
                    "The talks stalled over agricultural subsidies.",
                    &["agricultural subsidies"],
                ),
                ("The talks dragged on over a period of months.", &[]),
                // "on X" hung on the partner talked with.
                (
                    "The president held talks with his Ugandan counterpart on the disputed island.",
                    &["disputed island"],
                ),
                (
                    "Foreign Minister Lena Vogt held talks with her Ecuadorian counterpart, Pablo Ortiz, on migration and trade.",
                    &["migration", "trade"],
                ),
                // A list item after a comma the parse took for a clause.
                (
                    "The talks are expected to address the withdrawal of fighters from civilian areas, the protection of aid convoys and the exchange of prisoners.",
                    &[
                        "withdrawal of fighters from civilian areas",
                        "protection of aid convoys",
                        "exchange of prisoners",
                    ],
                ),
                // The verb after a participle clause describing the talks.
                (
                    "The talks, mediated by Brazil, focused on the reopening of border crossings, the fight against drug trafficking and the return of displaced families.",
                    &[
                        "reopening of border crossings",
                        "fight against drug trafficking",
                        "return of displaced families",
                    ],
                ),
                (
                    "The president held talks with the foreign minister on Monday.",
                    &[],
                ),
                ("He recalled the meeting on a trip to the coast.", &[]),
                ("The bloc renewed its call on the two governments.", &[]),
                // The focus of talks under the participle that modifies them,
                // with both sides of an inner "between".
                (
                    "The talks, hosted by Oman, focused on a prisoner swap between Armenia and Azerbaijan.",
                    &["prisoner swap between Armenia and Azerbaijan"],
                ),
            ],
        );
    }

    /// "following the attacks", "despite the rain", "ahead of the summit"
    /// after the matter say when or in spite of what.
    #[test]
    fn circumstances_after_a_matter_are_not_matters() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "Ministers will gather on Friday to discuss the strikes on the coast, following the raids on Keldor.",
                    &["strikes on the coast"],
                ),
                (
                    "The two ministers discussed ongoing work ahead of the Kestrel Summit.",
                    &["ongoing work"],
                ),
                (
                    "The two ministers discussed fishing rights despite the protests.",
                    &["fishing rights"],
                ),
            ],
        );
    }

    /// A participle with its agent says which matter ("the threat posed
    /// by X"), and a purpose says where it acts ("to end the war in K");
    /// a second matter hung on a holder goes with it; how the matter was
    /// talked of ("in detail"), whom a speaker addressed and a noun of
    /// intent cut from its purpose are no matters.
    #[test]
    fn agents_purposes_audiences_and_intents() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "The two ministers discussed the challenges posed by Keldor and the threat posed by the Vardan militia.",
                    &["challenges posed by Keldor", "threat posed by the Vardan militia"],
                ),
                (
                    "The two ministers discussed efforts to end the war in Keldor.",
                    &["efforts to end the war in Keldor"],
                ),
                (
                    "The two ministers discussed efforts to end the war by Friday.",
                    &["efforts to end the war"],
                ),
                // Efforts on a list of fields: the fields.
                (
                    "The two ministers discussed efforts on reconstruction, security, and governance.",
                    &["reconstruction", "security", "governance"],
                ),
                (
                    "The two ministers discussed efforts in Keldor and Vardan.",
                    &["efforts in Keldor and Vardan"],
                ),
                // Progress is made on one matter too; not on a range.
                (
                    "The two ministers reviewed progress on the free trade agreement.",
                    &["free trade agreement"],
                ),
                (
                    "The two ministers reviewed progress on a range of initiatives.",
                    &["progress on a range of initiatives"],
                ),
                (
                    "The two ministers discussed the situation in Keldor and ongoing efforts to secure the release of hostages.",
                    &[
                        "situation in Keldor",
                        "ongoing efforts to secure the release of hostages",
                    ],
                ),
                (
                    "The minister affirmed the commitment of Velora to Keldor's security and the defeat of the Vardan militia.",
                    &["Keldor's security", "defeat of the Vardan militia"],
                ),
                (
                    "The two ministers discussed the ongoing negotiations on the truce and the prisoner exchange deal in detail.",
                    &["ongoing negotiations on the truce", "prisoner exchange deal"],
                ),
                (
                    "Minister Ana Vale addressed the legislators and discussed fishing quotas.",
                    &["fishing quotas"],
                ),
                ("Minister Ana Vale addressed the nation on Tuesday.", &[]),
                // After an audience, no list of matters; an audience's
                // own concerns are matters.
                (
                    "Minister Ana Vale joined the summit to address the legislators, building off of her meetings with governors.",
                    &[],
                ),
                (
                    "Minister Ana Vale will address the Kestrel Bay community today.",
                    &[],
                ),
                (
                    "Minister Ana Vale met the mayors to address the community's enduring concerns about the spill.",
                    &["community's enduring concerns about the spill"],
                ),
                (
                    "The two ministers discussed their plan to try to build support for the treaty among farmers.",
                    &[],
                ),
                // A list item set off by its comma (read by the parse as
                // the verb's apposition), a pair sharing its "of" phrase,
                // a gerund with its oblique.
                (
                    "The two leaders discussed the protection of civilians in Keldor, the law of war and increasing the pace and scale of humanitarian assistance to civilians.",
                    &[
                        "protection of civilians in Keldor",
                        "law of war",
                        "pace and scale of humanitarian assistance to civilians",
                    ],
                ),
                (
                    "The two leaders discussed how to address global challenges, including dealing with Vardan.",
                    &["global challenges", "dealing with Vardan"],
                ),
            ],
        );
    }

    /// A list of three places or more after a matter names where, not
    /// what; countries in a list of matters stay matters.
    #[test]
    fn a_list_of_places_is_no_matter() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "The minister met with legislators from 17 states to discuss protecting voting rights, including Arizona, Florida, Indiana and Illinois.",
                    &["protecting voting rights"],
                ),
                (
                    "The leaders discussed regional issues, including Iran and North Korea.",
                    &["Iran", "North Korea"],
                ),
            ],
        );
    }

    /// A vague noun heads no matter, however it is qualified, unless its
    /// "of" phrase names one; "current" qualifies a matter like any
    /// adjective.
    #[test]
    fn vague_heads_and_current_matters() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "The two sides discussed current and future security threats.",
                    &["current and future security threats"],
                ),
                ("The two sides discussed several key factors.", &[]),
                ("The two sides discussed rural areas.", &[]),
                // A general noun alone names none.
                ("The two sides discussed the path forward.", &[]),
                (
                    "The two sides discussed the military aspects of the peace plan.",
                    &["military aspects of the peace plan"],
                ),
            ],
        );
    }

    /// A second matter the parse joins to the views exchanged on the
    /// first is a matter too.
    #[test]
    fn views_on_two_matters() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[(
                "The two ministers exchanged views on trade and the situation in Keldor.",
                &["trade", "situation in Keldor"],
            )],
        );
    }

    /// "conferred on X", "consulted on X": the matter of a verb of
    /// deliberation; not a fronted "On request, they will consult", nor a
    /// firm "consulting on" its trade.
    #[test]
    fn deliberated_on() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "The two ministers conferred on trade and energy.",
                    &["trade", "energy"],
                ),
                (
                    "Ana Vexler and Tomas Ruud consulted on the border dispute.",
                    &["border dispute"],
                ),
                (
                    "On the request of either party, the parties will consult.",
                    &[],
                ),
                (
                    "She was an adviser at Ruud Partners, consulting on public health.",
                    &[],
                ),
                // The preposition the parse made the head of its matter.
                (
                    "The ministers exchanged views on trade and energy.",
                    &["trade", "energy"],
                ),
            ],
        );
    }

    /// A noun of striving keeps the infinitive that says what for: "the
    /// fight to protect X", "the struggle to contain Y".
    #[test]
    fn a_fight_keeps_its_purpose() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "The ministers discussed the struggle to contain the epidemic.",
                    &["struggle to contain the epidemic"],
                ),
                (
                    "Ana Vexler convened state legislators in Keldor to discuss the fight to protect voting rights.",
                    &["fight to protect voting rights"],
                ),
            ],
        );
    }

    /// "spoke with B on X": after the partner, "on" says the matter,
    /// unless it says how, when or where ("on the phone", "on her flight").
    #[test]
    fn spoke_with_a_partner_on_a_matter() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "Ana Vexler also spoke today with the Government of Chile on the situation in the border region.",
                    &["situation in the border region"],
                ),
                ("Ana Vexler spoke with Tomas Ruud on the phone on Monday.", &[]),
                (
                    "Ana Vexler spoke today with Tomas Ruud on her flight to Lima.",
                    &[],
                ),
            ],
        );
    }

    /// "concerns with X", as "concerns about X": X.
    #[test]
    fn concerns_with_a_matter() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[(
                "The two ministers discussed concerns with data protections.",
                &["data protections"],
            )],
        );
    }

    /// Two participles before one noun are one matter: "a Syrian-led and
    /// Syrian-owned process".
    #[test]
    fn two_participles_before_one_noun() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[(
                "Leaders discussed a Keldoran-led and Keldoran-owned transition process.",
                &["Keldoran-led and Keldoran-owned transition process"],
            )],
        );
    }

    /// "raised the issue of X": X; an issue of some quality names none.
    #[test]
    fn the_issue_of_a_matter() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "During the talks, she raised the issue of fishing quotas.",
                    &["fishing quotas"],
                ),
                (
                    "During the talks, the envoy raised the question of visas for students.",
                    &["visas for students"],
                ),
                (
                    "During the talks, they agreed to settle it as a matter of urgency.",
                    &[],
                ),
            ],
        );
    }

    /// A participle before its noun is part of the matter; after a comma
    /// it starts another clause.
    #[test]
    fn participles_before_their_noun_stay_in_the_matter() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "The ministers discussed security along the shared border.",
                    &["security along the shared border"],
                ),
                (
                    "The envoys discussed a gloomy outlook, identified urgent plans and left.",
                    &["gloomy outlook"],
                ),
            ],
        );
    }

    /// A bare word for parties ("all countries", "we") is who, not what;
    /// so are officials named by their title ("the ministers").
    #[test]
    fn parties_alone_are_no_matter() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "The two leaders emphasized the importance of all countries working together.",
                    &[],
                ),
                (
                    "Minister Ana Ruiz thanked Chile and Peru and the national security advisors discussed energy security.",
                    &["energy security"],
                ),
                // Support for parties is a matter, with them.
                (
                    "Minister Ana Ruiz reaffirmed support for Chile and Peru.",
                    &["support for Chile and Peru"],
                ),
            ],
        );
    }

    /// "dealt with X" said of talks, and a meeting's agenda.
    #[test]
    fn dealt_with_and_the_agenda() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "The meeting dealt with migration and drug trafficking.",
                    &["migration", "drug trafficking"],
                ),
                (
                    "The meeting dealt mainly with security along the shared border.",
                    &["security along the shared border"],
                ),
                (
                    "The agenda of the talks included climate change and energy security.",
                    &["climate change", "energy security"],
                ),
                (
                    "The Build Back Better Agenda includes new funding for the summit.",
                    &[],
                ),
                // The talks before where they were held; an agenda in the
                // sentence of the meeting.
                (
                    "The meeting in Geneva dealt with the future of the nuclear deal.",
                    &["nuclear deal"],
                ),
                (
                    "Ana Vexler and Tomas Ruud met on Tuesday; the agenda included water rights and a new rail link.",
                    &["water rights", "new rail link"],
                ),
                ("The firm in Geneva dealt with the claims.", &[]),
            ],
        );
    }

    /// What is under discussion, or on the table, at talks.
    #[test]
    fn what_is_under_discussion() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "Chile and Peru held talks in Lima. The proposals under discussion include a demilitarised zone and a prisoner exchange.",
                    &["demilitarised zone", "prisoner exchange"],
                ),
                (
                    "At the talks, issues on the table included water rights and the border.",
                    &["water rights", "border"],
                ),
                ("The options on the table include higher taxes.", &[]),
            ],
        );
    }

    /// The matter of a body the sides set up; not a body of no one's
    /// talks, nor one on no matter.
    #[test]
    fn the_matter_of_a_body_set_up() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "The two sides agreed to set up a joint commission on water management.",
                    &["water management"],
                ),
                (
                    "Chile and Peru established a working group on migration.",
                    &["migration"],
                ),
                (
                    "The leaders launched a dialogue on energy security.",
                    &["energy security"],
                ),
                ("The club formed a committee on Monday.", &[]),
                ("Chile and Peru set up a fund on Monday.", &[]),
            ],
        );
    }

    /// What the sides of talks are divided or differ over, after or in a
    /// sentence on talks; not a party's or a river's divisions.
    #[test]
    fn what_the_sides_are_divided_over() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "Chile and Peru held talks in Lima on Monday. They disagreed on the route of the pipeline.",
                    &["route of the pipeline"],
                ),
                (
                    "Chile and Peru held talks in Lima on Monday. The negotiators remain divided over the future of the enclave.",
                    &["future of the enclave"],
                ),
                (
                    "The talks in Lima ended with disagreements over fishing quotas.",
                    &["fishing quotas"],
                ),
                ("We disagreed on the policy outcomes.", &[]),
                ("The party is divided over Brexit.", &[]),
                ("The river is divided over three channels.", &[]),
            ],
        );
    }

    /// A clause with a subject of its own, cut into a list of matters, is
    /// no matter; a plural noun the tagger read as a verb still is.
    #[test]
    fn a_clause_in_a_list_is_no_matter() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "Participants discussed core challenges across the supply chain, and helped Administration leaders collect additional input.",
                    &["core challenges across the supply chain"],
                ),
                (
                    "The officials discussed home energy costs this winter.",
                    &["home energy costs this winter"],
                ),
            ],
        );
    }

    /// What talks were about; not when, for how long, nor what they were
    /// about to do.
    #[test]
    fn what_the_talks_were_about() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "The talks were about the release of hostages held in Gaza.",
                    &["release of hostages"],
                ),
                (
                    "The meeting was about trade and fishing rights.",
                    &["trade", "fishing rights"],
                ),
                ("The talks were about an hour long.", &[]),
                ("The meeting was about two hours.", &[]),
                ("The talks were about to begin.", &[]),
                ("The talks were on Monday.", &[]),
                ("The book was about the war.", &[]),
            ],
        );
    }

    /// "focused" names a matter only through its preposition.
    #[test]
    fn focused_needs_its_preposition() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                ("The talks were constructive, focused, and respectful.", &[]),
                ("The talks focused on fishing quotas.", &["fishing quotas"]),
                (
                    "The talks focused squarely on fishing quotas.",
                    &["fishing quotas"],
                ),
                (
                    "They focused on the benefits of port investment.",
                    &["benefits of port investment"],
                ),
                ("Her career focused on consumer protection.", &[]),
                ("The conversation focused on the border.", &["border"]),
                (
                    "The exercises are planned to focus on anti-submarine patrols.",
                    &[],
                ),
                // Talks to come focus on their matters too.
                (
                    "The meeting will focus on trade and the disputed maritime boundary.",
                    &["trade", "disputed maritime boundary"],
                ),
                ("The new office will focus on customs fraud.", &[]),
            ],
        );
    }

    /// The conflict the sides set out to settle, named by what it is
    /// over; an agenda told right after the meeting.
    #[test]
    fn disputes_to_settle_and_the_agenda_after_a_meeting() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "The two leaders sought to resolve the dispute over fishing rights.",
                    &["dispute over fishing rights"],
                ),
                ("The court resolved the dispute.", &[]),
                // The "over" phrase the parse hangs on the verb; not how.
                (
                    "Chile and Peru met to resolve a long-running dispute over water from the Andes.",
                    &["water from the Andes"],
                ),
                (
                    "Chile and Peru want to resolve the conflict on their own terms.",
                    &[],
                ),
                (
                    "President Ana Ruiz met President Luis Vega in Lima. The agenda included energy cooperation and drug trafficking.",
                    &["drug trafficking", "energy cooperation"],
                ),
                (
                    "President Ana Ruiz arrived in Lima. The agenda included energy cooperation and drug trafficking.",
                    &[],
                ),
            ],
        );
    }

    /// A matter said inside a quotation ends with the quotation.
    #[test]
    fn a_quoted_matter_ends_with_its_quotation() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[(
                "“We discussed the humanitarian situation and the return of refugees,” Oduya said after the call.",
                &["humanitarian situation", "return of refugees"],
            )],
        );
    }

    /// What a report says was discussed, and views exchanged on a matter;
    /// not what could be addressed, concerns raised, or views of no matter.
    #[test]
    fn passive_reports_and_exchanged_views() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                ("The war in Sudan was also discussed.", &["war in Sudan"]),
                (
                    "The two advisors also discussed the coup in Burma.",
                    &["coup in Burma"],
                ),
                // Support for a party is the matter, not the party.
                (
                    "President Ana Ruiz spoke with President Luis Vega to discuss their steadfast support for Ukraine.",
                    &["steadfast support for Ukraine"],
                ),
                // What issues relate to.
                (
                    "The two advisors discussed issues related to trade and migration.",
                    &["trade", "migration"],
                ),
                (
                    "The situation in Haiti was briefly addressed.",
                    &["situation in Haiti"],
                ),
                (
                    "The two leaders exchanged views on the ongoing crisis in Gaza.",
                    &["ongoing crisis in Gaza"],
                ),
                (
                    "The ministers held an exchange of views on regional security.",
                    &["regional security"],
                ),
                ("This could be addressed by better coordination.", &[]),
                (
                    "The leaders discussed how the United States, along with partners, is working to hold Peru accountable.",
                    &[],
                ),
                (
                    "The President said that global challenges can only be addressed by global solutions.",
                    &[],
                ),
                ("It was discussed at length.", &[]),
                ("Concerns were raised by the mayors.", &[]),
                // An issue raised or discussed: what it is the issue of.
                (
                    "The issue of prisoners was also raised during the talks.",
                    &["prisoners"],
                ),
                (
                    "The question of fishing quotas was discussed.",
                    &["fishing quotas"],
                ),
                ("Funds were raised for the victims.", &[]),
                ("The two leaders exchanged views.", &[]),
                (
                    "They exchanged views on key regional and global challenges.",
                    &[],
                ),
                ("They exchanged views on their respective efforts.", &[]),
                // A progressive is no passive; what was not discussed is
                // no topic.
                (
                    "The two sides were discussing the border, not the tariffs.",
                    &["border"],
                ),
            ],
        );
    }

    /// What a deal is on, and what "the importance of" holds, are the
    /// matters: not the bare deal or holder noun, nor whose support it is.
    #[test]
    fn deals_on_matters_and_held_matters() {
        let cases: &[(&str, &[&str])] = &[
            // A time word between the welcomed event and its matter.
            (
                "I welcome the announcement today of a three-week truce in the border war.",
                &["three-week truce"],
            ),
            (
                "The two ministers signed a memorandum of understanding on fisheries cooperation.",
                &["fisheries cooperation"],
            ),
            ("They signed a memorandum of understanding.", &[]),
            ("The two countries agreed to a framework.", &[]),
            // A deal negotiated is one reached: what it is on.
            (
                "The delegations negotiated a deal on grain exports through the Black Sea.",
                &["grain exports through the Black Sea"],
            ),
            (
                "The mediators negotiated a lasting ceasefire between the two armies.",
                &["lasting ceasefire between the two armies"],
            ),
            ("The envoy negotiated agreements on behalf of the union.", &[]),
            ("Armenia and Georgia agreed to a three-day truce.", &["three-day truce"]),
            // A deal struck or produced; not what else is made "on" X.
            (
                "The summit produced an agreement on fishing quotas.",
                &["fishing quotas"],
            ),
            ("The two sides struck a deal on grain exports.", &["grain exports"]),
            (
                "Negotiators hammered out an agreement on prisoner swaps.",
                &["prisoner swaps"],
            ),
            (
                "She has produced documentaries on subjects of global security.",
                &[],
            ),
            ("The uprising struck a blow against the empire.", &[]),
            // What the focus of talks is on; not someone's own focus.
            (
                "Talks between Chile and Peru resumed. The focus will be on water rights and fishing quotas.",
                &["water rights", "fishing quotas"],
            ),
            (
                "Talks between Chile and Peru resumed. Her focus has been on inclusion.",
                &[],
            ),
            // A field's "in" phrase the parse hangs on the verb.
            (
                "The two ministers discussed tariffs and trade in semiconductors.",
                &["tariffs", "trade in semiconductors"],
            ),
            ("The two ministers discussed trade in detail.", &["trade"]),
            // When they talked, or with whom, is no part of the matter.
            ("Ana Ruiz and Pedro Gil discussed trade on Monday.", &["trade"]),
            ("Ana Ruiz discussed trade with Pedro Gil on Monday.", &["trade"]),
            (
                "Ana Ruiz discussed trade with President Pedro Gil.",
                &["trade"],
            ),
            // Two matters each with its own "in" phrase.
            (
                "They discussed cooperation in energy and investment in infrastructure.",
                &["cooperation in energy", "investment in infrastructure"],
            ),
            // The matter the parse hangs on a time phrase.
            (
                "The two leaders spoke for an hour about energy cooperation.",
                &["energy cooperation"],
            ),
            // ... on the means of a call, or on the partner.
            (
                "President Ana Ruiz spoke by phone with Chilean President Tomas Berg about the border dispute.",
                &["border dispute"],
            ),
            (
                "This afternoon, the President and Speaker Ana Ruiz spoke by phone about the evacuation of civilians and the budget.",
                &["evacuation of civilians", "budget"],
            ),
            (
                "Representatives of Sudan and Ethiopia signed an agreement on data sharing on Tuesday.",
                &["data sharing"],
            ),
            (
                "The two sides reached an agreement on energy cooperation.",
                &["energy cooperation"],
            ),
            (
                "The envoys aimed to conclude the agreement for a ceasefire and the release of detainees.",
                &["ceasefire", "release of detainees"],
            ),
            ("It is time to implement this agreement.", &[]),
            (
                "Peru and Chile signed an agreement to resolve their fishing dispute on Monday.",
                &["fishing dispute"],
            ),
            (
                "I congratulate Peru and Chile on concluding their agreement to resolve their border dispute.",
                &["border dispute"],
            ),
            ("The leaders signed a power-sharing agreement.", &["power-sharing agreement"]),
            (
                "The ministers agreed on the importance of regional stability.",
                &["regional stability"],
            ),
            (
                "The leaders welcomed the support of Allies for the people of Ukraine.",
                &["people of Ukraine"],
            ),
        ];
        super::super::testing::check_exact(Relation::Topic, cases);
    }

    #[test]
    fn lists_and_readout_paragraphs() {
        check(
            Relation::Topic,
            &[
                (
                    "The two ministers agreed to deepen areas of cooperation, including fisheries, port security and tourism.",
                    &["fisheries", "port security", "tourism"],
                ),
                // Challenges listed are matters too.
                (
                    "The two leaders committed to continue close coordination on regional challenges, including food insecurity and migration.",
                    &["food insecurity", "migration"],
                ),
                (
                    "On fisheries, both sides agreed that quotas would be reviewed.",
                    &["fisheries"],
                ),
            ],
        );
        let got = super::super::testing::facts(
            "On Monday, both sides agreed that quotas would be reviewed.",
            Relation::Topic,
        );
        assert!(
            !got.iter().any(|t| t == "Monday"),
            "a day as topic: {got:?}"
        );
        let got = super::super::testing::facts(
            "The envoys discussed areas of cooperation and the details.",
            Relation::Topic,
        );
        assert!(got.is_empty(), "vague topics kept: {got:?}");
    }

    #[test]
    fn shared_modifiers_and_talking_about() {
        check(
            Relation::Topic,
            &[
                (
                    "The ministers met to discuss global and regional security issues.",
                    &["global and regional security issues"],
                ),
                (
                    "The two presidents want to talk about the fishing treaty.",
                    &["fishing treaty"],
                ),
                (
                    "The ministers talked about fishing rights and the return of refugees.",
                    &["fishing rights", "return of refugees"],
                ),
                (
                    "President Ana Ruiz held talks with President Tomas Berg on the disputed island.",
                    &["disputed island"],
                ),
            ],
        );
        let got = super::super::testing::facts(
            "The envoys will talk about several topics.",
            Relation::Topic,
        );
        assert!(got.is_empty(), "vague topics kept: {got:?}");
    }

    /// A passive list of matters starts after a relative word ("a
    /// meeting where X and Y were discussed"); a modal is no matter.
    #[test]
    fn passive_matters_after_a_relative_word() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "Before the talks, Ana Ruiz and Tomas Berg held a meeting where border security and fishing quotas were discussed.",
                    &["border security", "fishing quotas"],
                ),
            ],
        );
        let got = super::super::testing::facts(
            "We have joined forces to tackle the crisis, which must be addressed with urgency.",
            Relation::Topic,
        );
        assert!(
            !got.iter().any(|t| t == "must"),
            "a modal as a matter: {got:?}"
        );
    }

    /// A participle of matters that modifies the talks names them ("a
    /// summit addressing X"); "On their website, A outlined" is where, not
    /// what.
    #[test]
    fn a_summit_addressing_matters() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "Leaders of Chile and Peru met in Lima in a summit addressing the fishing quotas.",
                    &["fishing quotas"],
                ),
                (
                    "On their website, the ministers outlined four areas of support.",
                    &[],
                ),
                (
                    "The foreign minister signed the agreement on behalf of the government of Peru.",
                    &[],
                ),
            ],
        );
    }

    /// A topic verb's noun after its determiner ("an address", "a
    /// review") introduces no matter.
    #[test]
    fn the_noun_of_a_topic_verb_names_no_matter() {
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "Tomas Berg spoke in an address broadcast via the radio on Monday.",
                    &[],
                ),
                (
                    "The review will focus on exhibition texts and websites.",
                    &[],
                ),
                (
                    "The ministers addressed the fishing quotas.",
                    &["fishing quotas"],
                ),
            ],
        );
    }

    #[test]
    fn matters_under_a_stance() {
        check(
            Relation::Topic,
            &[
                (
                    "President Ana Ruiz noted the importance of fishing quotas.",
                    &["fishing quotas"],
                ),
                (
                    "Both sides condemned the attacks on border posts.",
                    &["attacks on border posts"],
                ),
            ],
        );
        let got = super::super::testing::facts(
            "President Ana Ruiz expressed great pride in Peru's position.",
            Relation::Topic,
        );
        assert!(got.is_empty(), "feelings kept as topics: {got:?}");
        // A party's deed condemned is a matter, its position is not;
        // "they" after a meeting are its sides, "they" elsewhere are not;
        // a welcome names the deal welcomed, whoever welcomes it, and
        // not when.
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "The leaders condemned Chile's missile launches.",
                    &["Chile's missile launches"],
                ),
                (
                    "Ana Ruiz exchanged views with Luis Vega over dinner.",
                    &[],
                ),
                ("The leaders condemned Chile's position.", &[]),
                (
                    "Ana Ruiz met Luis Vega in Lima. They underscored the importance of the fishing quotas.",
                    &["fishing quotas"],
                ),
                (
                    "The farmers left the market. They underscored the importance of the fishing quotas.",
                    &[],
                ),
                (
                    "Ana Ruiz met Luis Vega in Lima. The leaders welcomed the border accord.",
                    &["border accord"],
                ),
                (
                    "On Tuesday, President Ana Ruiz will welcome Luis Vega on his first visit.",
                    &[],
                ),
            ],
        );
        // The same under a verb of discussing: the matter, never the
        // holder or an adjective alone.
        super::super::testing::check_exact(
            Relation::Topic,
            &[
                (
                    "The two leaders discussed the importance of fishing quotas.",
                    &["fishing quotas"],
                ),
                (
                    "He raised concerns regarding border closures.",
                    &["border closures"],
                ),
            ],
        );
        for text in [
            "The two leaders discussed their support for fishing quotas.",
            "They met to discuss the critical need for investing in ports.",
        ] {
            let got = super::super::testing::facts(text, Relation::Topic);
            assert!(
                !got.iter().any(|g| !g.contains(' ')),
                "{text}: a holder or an adjective alone: {got:?}"
            );
        }
    }

    #[test]
    fn one_matter_read_twice_is_one_topic_with_its_purpose() {
        check(
            Relation::Topic,
            &[(
                "The ministers discussed joint patrols to combat wildlife trafficking.",
                &["joint patrols to combat wildlife trafficking"],
            )],
        );
        let got = super::super::testing::facts(
            "The ministers discussed joint patrols to combat wildlife trafficking.",
            Relation::Topic,
        );
        assert_eq!(got.len(), 1, "the shorter reading is dropped: {got:?}");
        let got = super::super::testing::facts(
            "The President noted carefully the importance of the dam.",
            Relation::Topic,
        );
        assert!(got.iter().all(|g| !g.starts_with("carefully")), "{got:?}");
    }

    #[test]
    fn gerunds_continuing_a_list_of_matters() {
        check(
            Relation::Topic,
            &[(
                "The two presidents want to talk about security in the region, ensuring the safety of shipping lanes, continuing our work together to support the people of Haiti, and strengthening trade cooperation between our countries.",
                &[
                    "security in the region",
                    "safety of shipping lanes",
                    "people of Haiti",
                    "trade cooperation",
                ],
            )],
        );
        let got = super::super::testing::facts(
            "The two presidents want to talk about security in the region, continuing our work together to support the people of Haiti.",
            Relation::Topic,
        );
        assert!(
            !got.iter().any(|g| g == "work"),
            "a light noun is no matter: {got:?}"
        );
    }

    #[test]
    fn what_ways_aims_progress_and_joint_work_are_about() {
        check(
            Relation::Topic,
            &[
                (
                    "President Ana Ruiz met Chancellor Tomas Berg. The two leaders discussed ways to boost bilateral trade.",
                    &["bilateral trade"],
                ),
                (
                    "President Ana Ruiz met Chancellor Tomas Berg. The two leaders discussed ways to deepen coordination regarding shared challenges in the Arafura Sea.",
                    &["shared challenges in the Arafura Sea"],
                ),
                // "how to" act on a matter.
                (
                    "President Ana Ruiz met Chancellor Tomas Berg. The leaders will discuss how to deepen cooperation on energy security.",
                    &["cooperation on energy security"],
                ),
                (
                    "President Ana Ruiz met Chancellor Tomas Berg. The leaders discussed how to end the war in Ukraine.",
                    &["war in Ukraine"],
                ),
                (
                    "President Ana Ruiz met Chancellor Tomas Berg. The leaders agreed to work together to combat climate change.",
                    &["climate change"],
                ),
                (
                    "The leaders pledged to work together on climate change and migration.",
                    &["climate change", "migration"],
                ),
                ("She promised to work on her garden.", &[]),
                // What one side briefs or presses the other on, after a
                // meeting; not a briefing of reporters.
                (
                    "President Ana Ruiz met Chancellor Tomas Berg. Berg briefed Ruiz on the situation in the border region.",
                    &["situation in the border region"],
                ),
                (
                    "President Ana Ruiz met Chancellor Tomas Berg. Ruiz pressed Berg on human rights.",
                    &["human rights"],
                ),
                (
                    "President Ana Ruiz met Chancellor Tomas Berg. Berg briefed reporters on the meeting.",
                    &[],
                ),
                (
                    "The leaders committed to working together on climate change.",
                    &["climate change"],
                ),
                ("She is committed to working on her garden.", &[]),
                (
                    "The talks, aimed at ending the border dispute, resumed on Monday.",
                    &["border dispute"],
                ),
                (
                    "The talks aimed at ending the border dispute.",
                    &["border dispute"],
                ),
                (
                    "The talks are aimed at ending the border dispute.",
                    &["border dispute"],
                ),
                (
                    "Ruiz said the talks had made progress on the issue of water sharing.",
                    &["water sharing"],
                ),
                // A wish to do more, or what is to be done, names no matter.
                (
                    "President Ana Ruiz met Chancellor Tomas Berg. They agreed to enhance information sharing and discussed next steps.",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn another_name_for_a_matter_and_a_circumstance_are_no_matters() {
        check(
            Relation::Topic,
            &[
                (
                    "President Ana Ruiz met Chancellor Tomas Berg to discuss the fisheries pact, the cornerstone of peace and trade in the region.",
                    &["fisheries pact"],
                ),
                (
                    "President Ana Ruiz met Chancellor Tomas Berg. They discussed efforts to support Chile's defense against threats, including against drones and missiles.",
                    &["efforts to support Chile's defense", "missiles"],
                ),
                // A list the parse reads as appositions stays a list.
                (
                    "President Ana Ruiz met Chancellor Tomas Berg to discuss regional cooperation on energy, the drought, migration, and food security.",
                    &[
                        "regional cooperation on energy",
                        "drought",
                        "migration",
                        "food security",
                    ],
                ),
            ],
        );
    }

    #[test]
    fn counted_matters_and_goals_a_commitment_goes_on_to() {
        check(
            Relation::Topic,
            &[
                (
                    "President Lindqvist met Prime Minister Oduya. The leaders discussed a host of regional challenges.",
                    &["regional challenges"],
                ),
                (
                    "President Lindqvist met Prime Minister Oduya. The two leaders reaffirmed their commitment to continue deepening energy cooperation.",
                    &["energy cooperation"],
                ),
                (
                    "President Lindqvist met Prime Minister Oduya. The leaders will have a discussion on a range of global issues, including securing a hostage release and protecting international shipping.",
                    &["hostage release", "international shipping"],
                ),
                // A count, and a general noun alone, name no matter.
                (
                    "President Lindqvist met Prime Minister Oduya. They discussed a wide range of issues and noted progress.",
                    &[],
                ),
            ],
        );
    }

    /// What talks are on, hung by the parse on the verb above them, right
    /// after the talks and where they are held; not when.
    #[test]
    fn talks_on_a_matter_under_another_verb() {
        check(
            Relation::Topic,
            &[
                (
                    "Minister Efua Larbi arrived ahead of two days of talks in Accra on the cocoa market.",
                    &["cocoa market"],
                ),
                ("The minister arrived for talks in Geneva on Monday.", &[]),
            ],
        );
    }

    /// "such as" opens a list's items wherever it stands; an adjective
    /// after its noun goes with its lost complement.
    #[test]
    fn such_as_lists_and_adjectives_after_their_noun() {
        check(
            Relation::Topic,
            &[
                (
                    "President Lindqvist met Prime Minister Oduya. They agreed to address shared challenges such as climate change.",
                    &["climate change"],
                ),
                (
                    "President Lindqvist met Prime Minister Oduya. They discussed regional issues critical to both nations.",
                    &["regional issues"],
                ),
                // What they agreed to work together on.
                (
                    "President Lindqvist met Prime Minister Oduya. They agreed to work together on energy security.",
                    &["energy security"],
                ),
                (
                    "President Lindqvist met Prime Minister Oduya. They agreed to work together on Monday.",
                    &[],
                ),
            ],
        );
    }

    /// A person who goes on to act after a list of matters opens a clause
    /// of their own and is no matter.
    #[test]
    fn a_person_acting_after_the_matters() {
        check(
            Relation::Topic,
            &[(
                "President Lindqvist met Prime Minister Oduya. They also discussed the fishing treaty, and President Lindqvist reiterated her support for the talks.",
                &["fishing treaty"],
            )],
        );
    }

    /// What the sides of talks work together on: "cooperation on X",
    /// "collaboration in X", wherever the parse hangs the phrase.
    #[test]
    fn what_sides_cooperate_on() {
        check(
            Relation::Topic,
            &[
                (
                    "President Lindqvist met Prime Minister Oduya. The leaders agreed to strengthen cooperation in counterterrorism and cybersecurity.",
                    &["counterterrorism", "cybersecurity"],
                ),
                (
                    "President Lindqvist spoke with Prime Minister Oduya. He looks forward to working together to deepen cooperation on key global challenges, including climate change.",
                    &["key global challenges", "climate change"],
                ),
                (
                    "President Lindqvist met Prime Minister Oduya. They pledged to expand collaboration in the field of renewable energy.",
                    &["renewable energy"],
                ),
                (
                    "President Lindqvist met Prime Minister Oduya. They agreed to deepen their cooperation in the response to the floods.",
                    &["response to the floods"],
                ),
                // Where, how and why they cooperate are no matters.
                (
                    "President Lindqvist met Prime Minister Oduya. They agreed to deepen cooperation in the region, in line with their shared goals.",
                    &[],
                ),
                (
                    "President Lindqvist met Prime Minister Oduya. They agreed to expand cooperation in response to the floods.",
                    &[],
                ),
                // Cooperation no side of talks pursues.
                ("Farmers in the valley value cooperation on irrigation.", &[]),
            ],
        );
    }

    #[test]
    fn matters_of_a_welcomed_event_or_deal() {
        check(
            Relation::Topic,
            &[
                (
                    "Both sides welcomed the resumption over the past year of coast guard exchanges.",
                    &["coast guard exchanges"],
                ),
                (
                    "The two leaders welcomed the signing of a fisheries accord.",
                    &["fisheries accord"],
                ),
                (
                    "I welcome the deal to secure the release of the detained sailors.",
                    &["release of the detained sailors"],
                ),
                (
                    "The President raised deep concerns about ongoing cyberattacks targeting regional power grids.",
                    &["cyberattacks"],
                ),
            ],
        );
    }

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
                (
                    "The two ministers also held a bilateral meeting on the margins of the summit.",
                    &[],
                ),
                (
                    "The two ministers held discussions on the sidelines of the Council of Foreign Ministers' meeting in Goa.",
                    &[],
                ),
            ],
        );
    }

    /// Noun phrases the parse delimits.
    #[test]
    fn topics_over_the_parse() {
        check(
            Relation::Topic,
            &[
                (
                    "President Ana Lind raised concerns about the unfair fishing quotas and water rights.",
                    &["unfair fishing quotas", "water rights"],
                ),
                (
                    "The government welcomes the 48-hour truce announced by both parties.",
                    &["48-hour truce"],
                ),
                (
                    "The two leaders discussed the release of the prisoners of war, which both sides want.",
                    &["release of the prisoners of war"],
                ),
                ("The talks lasted three days.", &[]),
            ],
        );
    }
}
