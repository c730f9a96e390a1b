//! Quotations and who said them.
//!
//! *What it extracts*: for every quotation the text analysis found, the
//! person, organisation or government that said it.
//!
//! *Example*: `“We will keep talking,” the minister, Ana Ruiz, said.` gives
//! `quote  Ana Ruiz  We will keep talking,`.
//!
//! *Facts produced*: [`Relation::Quote`] with args [speaker entity, the quoted
//! words as a literal, whitespace collapsed]. The evidence is the quotation
//! with its marks, in the quotation's first sentence.
//!
//! The speaker comes from, in order of trust:
//! 1. a pull-quote's dash attribution (`— Name` on the next line);
//! 2. an attribution after the quotation in its last sentence
//!    (`“…,” Name said`, `“…,” said Name`, `“…,” Name, the Title, said`,
//!    `“…,” Name pointed out`: a reporting-out verb with its particle);
//! 3. an attribution before it in its first sentence: the subject of the
//!    reporting verb nearest the quotation (`Name said: “…”`,
//!    `Name described X as “…”`), or `According to Name, … “…”`; a body
//!    a spokesperson speaks for, or the issuer of a document (`a statement
//!    from X said`, `a report by X warned`, `“…,” said a statement from X`);
//! 4. a headline `Name: … “…”`, or `the joint statement said: “…”` after a
//!    statement by someone named before (its issuer speaks);
//! 5. the neighbouring sentences: a lead-in ending with `:` just before a
//!    quotation that opens its sentence, or the previous quotation when this
//!    one continues it (`“…,” he said. “…”`, a quotation running over
//!    paragraphs).
//!
//! A sentence broken off for its attribution (`“The deal,” she said, “is a
//! start.”`) is one quotation, with evidence from its first mark to its
//! last. Mentions inside quotations never count as speakers. Quotations of one to
//! three words are kept only with a reporting verb in the same clause or an
//! attribution right after them: short quoted terms (`the so-called “X”`)
//! are not speech.

use super::{in_quote, Context, Extractor, Item};
use crate::fact::{Arg, EntityKind, Fact, Relation};
use crate::lexicon::VerbClass;
use crate::mentions::Via;
use crate::text::Quotation;

pub struct Quotes;

/// How far (in items) an attribution after a quotation may reach for its verb.
const AFTER_REACH: usize = 14;

/// Words before a short quotation that make it a term rather than speech.
const TERM_LEADS: &[&str] = &[
    "so-called",
    "dubbed",
    "named",
    "titled",
    "entitled",
    "term",
    "word",
    "phrase",
];

/// Prepositions before a mention that make it an object, not a subject.
const PREPOSITIONS: &[&str] = &[
    "of", "to", "in", "with", "for", "from", "at", "on", "by", "between", "about", "against",
    "over", "into", "toward", "towards", "than", "like",
];

/// A speaker found for a quotation.
#[derive(Debug, Clone)]
struct Speaker {
    entity: usize,
    rule: &'static str,
    confidence: f32,
    /// Found in the quotation's own sentences (not a neighbour or headline).
    same_sentence: bool,
}

impl Extractor for Quotes {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn extract(&self, cx: &Context<'_>, out: &mut Vec<Fact>) {
        let quotes = &cx.analysis.quotations;
        let mut speakers: Vec<Option<Speaker>> = Vec::with_capacity(quotes.len());
        // The quotation emitted last: its index and its fact's.
        let mut last: Option<(usize, usize)> = None;
        for (qi, q) in quotes.iter().enumerate() {
            let sp = find_speaker(cx, quotes, qi, &speakers);
            let sp = sp.filter(|s| keep_short(cx, q, s));
            if let Some(s) = &sp {
                let split = last.filter(|&(p, f)| {
                    let same = speakers[p].as_ref().is_some_and(|x| x.entity == s.entity);
                    same && f + 1 == out.len() && continues(cx, &quotes[p], q)
                });
                let before = out.len();
                match split {
                    Some((p, _)) => {
                        out.pop();
                        emit_joined(cx, &quotes[p], q, speakers[p].as_ref().unwrap_or(s), out);
                    }
                    None => emit(cx, q, s, out),
                }
                last = (out.len() > before || split.is_some()).then(|| (qi, out.len() - 1));
            }
            speakers.push(sp);
        }
    }
}

/// Whether quotation `b` continues the sentence `a` broke off for its
/// attribution: `“The deal,” she said, “is a start.”` (`a` ends with a
/// comma inside its marks, `b` opens in lower case, and only a short
/// attribution stands between them, in one sentence).
fn continues(cx: &Context, a: &Quotation, b: &Quotation) -> bool {
    let text = &cx.doc.text;
    let first = text.get(a.span.clone()).unwrap_or("").trim_end();
    let second = text.get(b.span.clone()).unwrap_or("").trim_start();
    let gap = text.get(a.outer.end..b.outer.start).unwrap_or("");
    first.ends_with(',')
        && second.chars().next().is_some_and(char::is_lowercase)
        && gap.len() <= 80
        && !gap.contains(['.', '!', '?', '\n'])
        && gap.trim_end().ends_with(',')
}

/// One fact for a quotation split by its attribution: the words of both
/// parts, and the evidence from the first mark to the last.
fn emit_joined(cx: &Context, a: &Quotation, b: &Quotation, s: &Speaker, out: &mut Vec<Fact>) {
    let joined = format!("{} {}", words_of(cx, a), words_of(cx, b));
    push_quote(
        cx,
        joined,
        a.sentences.start,
        a.outer.start..b.outer.end,
        s,
        out,
    );
}

fn emit(cx: &Context, q: &Quotation, s: &Speaker, out: &mut Vec<Fact>) {
    push_quote(
        cx,
        words_of(cx, q),
        q.sentences.start,
        q.outer.clone(),
        s,
        out,
    );
}

/// The words of quotation `q` ([`quote_text`]).
fn words_of(cx: &Context, q: &Quotation) -> String {
    quote_text(cx.doc.text.get(q.span.clone()).unwrap_or(""))
}

/// A quote fact of `words`, with the evidence at `span` in sentence `si`
/// (none for empty words).
fn push_quote(
    cx: &Context,
    words: String,
    si: usize,
    span: std::ops::Range<usize>,
    s: &Speaker,
    out: &mut Vec<Fact>,
) {
    if words.is_empty() {
        return;
    }
    let speaker = cx.mentions.entities[s.entity].arg();
    out.push(cx.fact(
        Relation::Quote,
        vec![speaker, Arg::literal(words)],
        si,
        span,
        s.rule,
        s.confidence,
    ));
}

/// The quoted words, trimmed, with runs of white space (hard-wrapped lines)
/// made single spaces. A trailing comma belongs to the attribution that cut
/// the sentence ("“…,” he said"), not to the words.
fn quote_text(s: &str) -> String {
    crate::text::collapse_whitespace(s)
        .trim_end_matches([',', ' '])
        .to_string()
}

/// The entity of an agent mention outside every quotation.
fn agent(cx: &Context, quotes: &[Quotation], item: &Item) -> Option<usize> {
    if !cx.is_agent(item) || in_quote(quotes, item.span.start) {
        return None;
    }
    let m = cx.mention(item)?;
    if m.via == Via::Pronoun {
        let pronoun = &cx.doc.text[m.span.clone()];
        return antecedent(cx, quotes, &m.span, pronoun).or(Some(m.entity));
    }
    Some(m.entity)
}

/// The person a pronoun attributing a quotation refers to: a person named
/// before it outside every quotation. Names inside the quotation ("“I
/// reject Vega's claims,” he said") are what the speaker talks about, not
/// the speaker. The person must agree with the pronoun ("she" is not
/// Juan). A pronoun that is the subject of its clause continues the last
/// person who was a subject ("A said the team stays in touch with B. He
/// added, “…”" is A; "“…,” spokesman A said ahead of the talks, which he
/// added would cover “…”" is A, not the subject of the sentence before),
/// as the mentions stage resolves subject pronouns; otherwise, or when no
/// earlier subject is a person, it is the nearest person.
fn antecedent(
    cx: &Context,
    quotes: &[Quotation],
    span: &std::ops::Range<usize>,
    pronoun: &str,
) -> Option<usize> {
    let ms = &cx.mentions.mentions;
    let at = span.start;
    let before = ms.partition_point(|m| m.span.start < at);
    let sentence = cx.analysis.sentence_at(at)?;
    let mut candidates = ms[..before]
        .iter()
        .rev()
        .take_while(|m| m.sentence + 3 >= sentence)
        .filter(|m| {
            m.via != Via::Pronoun
                && is_person(cx, m.entity)
                && !in_quote(quotes, m.span.start)
                && crate::mentions::pronoun_agrees(pronoun, &cx.mentions.entities[m.entity].name)
        });
    let nearest = candidates.next()?;
    if !crate::mentions::is_subject(cx.analysis, span)
        || crate::mentions::is_subject(cx.analysis, &nearest.span)
    {
        return Some(nearest.entity);
    }
    let subject = candidates.find(|m| crate::mentions::is_subject(cx.analysis, &m.span));
    Some(subject.unwrap_or(nearest).entity)
}

/// Whether `its[i]` is the object of a preposition, possibly after a
/// determiner ("to the Chilean team"), or a possessive ("Vega's plan").
fn not_subject(its: &[Item], i: usize) -> bool {
    let prep = |k: usize| PREPOSITIONS.contains(&its[k].lower.as_str());
    let object = (i >= 1 && prep(i - 1))
        || (i >= 2
            && matches!(
                its[i - 1].lower.as_str(),
                "the" | "a" | "an" | "his" | "her" | "its" | "their"
            )
            && prep(i - 2));
    let possessive = its.get(i + 1).is_some_and(|x| x.lower == "'s");
    object || possessive
}

/// Offices that speak for the country that owns them.
const BODIES: &[&str] = &[
    "ministry",
    "government",
    "office",
    "embassy",
    "cabinet",
    "presidency",
    "administration",
    // "the Chinese side said": a party to talks speaking as one.
    "side",
];

/// Whether `its[i]` owns the office that is the subject of the verb at
/// `v`: "Peru's foreign ministry said", "Chile's government has said".
fn body_of(its: &[Item], i: usize, v: usize) -> bool {
    // "Peru's foreign ministry", or with the adjective: "the Peruvian
    // foreign ministry".
    let owner_words = if its.get(i + 1).is_some_and(|x| x.lower == "'s") {
        2
    } else if i >= 1 && its[i - 1].lower == "the" && its[i].text.chars().all(char::is_alphabetic) {
        1
    } else {
        return false;
    };
    let end = if v >= 1 && its[v - 1].lower == "has" {
        v - 1
    } else {
        v
    };
    let words = &its[(i + owner_words).min(end)..end];
    !words.is_empty()
        && words.len() <= 3
        && words.iter().all(|x| x.mention.is_none() && !x.punct)
        && words
            .last()
            .is_some_and(|x| BODIES.contains(&x.lower.as_str()))
}

/// Nouns of someone who speaks for a body.
const SPOKES: &[&str] = &["spokesperson", "spokesman", "spokeswoman", "spokespeople"];

/// Whether `its[i]` is the body a spokesperson speaks for, in the subject
/// of the verb at `v`: "a spokesperson for the Qatari foreign ministry
/// said", "a spokesman for NATO said".
fn spokesperson_for(its: &[Item], i: usize, v: usize) -> bool {
    // ("the armed wing of Hamas said": a wing speaks for its movement.)
    let wing = noun_of_phrase(its, i, &["of"], &["wing"]).is_some() && i + 1 == v;
    if wing {
        return true;
    }
    if noun_of_phrase(its, i, &["for", "of"], SPOKES).is_none() {
        return false;
    }
    let words = &its[(i + 1).min(v)..v];
    words.len() <= 3
        && words.iter().all(|x| x.mention.is_none() && !x.punct)
        && words
            .last()
            .is_none_or(|x| BODIES.contains(&x.lower.as_str()))
}

/// Nouns of a document that speaks for whoever issued it.
const DOCUMENTS: &[&str] = &[
    "statement",
    "report",
    "communique",
    "communiqué",
    "declaration",
    "release",
    "readout",
    "letter",
];

/// Whether `its[i]` issued a document that item `d` names: "a statement
/// from the European Union", "a report by the United Nations" (`d` is the
/// document noun's index).
fn document_source(its: &[Item], i: usize) -> Option<usize> {
    noun_of_phrase(its, i, &["from", "by", "of"], DOCUMENTS)
}

/// The index of the noun (one of `nouns`) whose phrase `its[i]` is the
/// object of, through one of `preps` and perhaps an article: "a statement
/// from [the] X", "a spokesman for [the] X".
fn noun_of_phrase(its: &[Item], i: usize, preps: &[&str], nouns: &[&str]) -> Option<usize> {
    let p = if i >= 1 && matches!(its[i - 1].lower.as_str(), "the" | "a" | "an") {
        i - 1
    } else {
        i
    };
    (p >= 2
        && preps.contains(&its[p - 1].lower.as_str())
        && nouns.contains(&its[p - 2].lower.as_str()))
    .then(|| p - 2)
}

/// After "according to": past "a statement from", "the report by" (the
/// index of the issuer's words), or `k` when no document is named there.
fn past_document(its: &[Item], k: usize) -> usize {
    let d = k + usize::from(
        its.get(k)
            .is_some_and(|x| matches!(x.lower.as_str(), "a" | "an" | "the")),
    );
    let named = its
        .get(d)
        .is_some_and(|x| DOCUMENTS.contains(&x.lower.as_str()))
        && its
            .get(d + 1)
            .is_some_and(|x| matches!(x.lower.as_str(), "from" | "by" | "of"));
    if named {
        d + 2
    } else {
        k
    }
}

/// Whether `its[i]` issued the document that is the subject of the verb
/// at `v`: "A statement from the European Union said", "a report by the
/// United Nations warned".
fn document_for(its: &[Item], i: usize, v: usize) -> bool {
    document_source(its, i).is_some() && {
        let words = &its[(i + 1).min(v)..v];
        words.len() <= 2 && words.iter().all(|x| x.mention.is_none() && !x.punct)
    }
}

/// `the joint statement said: “…”`: a document named with "the" as the
/// subject of the reporting verb before the quotation speaks for whoever
/// issued the last such document named before, within five sentences ("a
/// statement of joint understanding by Prime Minister A and President
/// B"): the first agent after its "by" or "from".
fn statement_issuer(cx: &Context, quotes: &[Quotation], q: &Quotation) -> Option<usize> {
    let first = q.sentences.start;
    let its = cx.items(first);
    let n = its
        .iter()
        .take_while(|it| it.span.end <= q.outer.start)
        .count();
    let v = (0..n).rev().find(|&v| is_reporting(cx, its, v))?;
    // "the statement said", "the joint statement said".
    let d = (v.saturating_sub(3)..v).find(|&d| DOCUMENTS.contains(&its[d].lower.as_str()))?;
    if d + 1 != v || !(d.saturating_sub(2)..d).any(|k| its[k].lower == "the") {
        return None;
    }
    for si in (first.saturating_sub(5)..=first).rev() {
        let items = cx.items(si);
        let limit = if si == first { d } else { items.len() };
        for k in (0..limit).rev() {
            if !DOCUMENTS.contains(&items[k].lower.as_str()) {
                continue;
            }
            let after = &items[k + 1..items.len().min(k + 8)];
            let Some(by) = after
                .iter()
                .position(|x| matches!(x.lower.as_str(), "by" | "from"))
            else {
                continue;
            };
            let agents: Vec<usize> = after[by + 1..]
                .iter()
                .filter_map(|x| agent(cx, quotes, x))
                .collect();
            let person = agents.iter().copied().find(|&e| is_person(cx, e));
            if let Some(e) = person.or(agents.first().copied()) {
                return Some(e);
            }
        }
    }
    None
}

fn is_person(cx: &Context, e: usize) -> bool {
    cx.mentions.entities[e].kind == EntityKind::Person
}

/// Whether item `i` is a reporting verb: "said", or "pointed" with
/// "out" after it.
fn is_reporting(cx: &Context, its: &[Item], i: usize) -> bool {
    // A reporting word the tagger reads as a noun reports nothing ("a
    // report blaming X", "the call from A").
    !matches!(its[i].upos, "NOUN" | "PROPN")
        && (cx.is_verb(VerbClass::Reporting, &its[i])
            || (cx.is_verb(VerbClass::ReportingOut, &its[i])
                && its.get(i + 1).is_some_and(|x| x.lower == "out")))
}

fn find_speaker<'a>(
    cx: &Context<'a>,
    quotes: &[Quotation],
    qi: usize,
    prev: &[Option<Speaker>],
) -> Option<Speaker> {
    let q = &quotes[qi];
    if let Some(d) = &q.dash_attribution {
        let e = cx
            .mentions
            .mentions
            .iter()
            .skip(
                cx.mentions
                    .mentions
                    .partition_point(|m| m.span.end <= d.start),
            )
            .take_while(|m| m.span.start < d.end)
            .map(|m| m.entity)
            .find(|&e| cx.mentions.entities[e].kind != EntityKind::Place);
        if let Some(entity) = e {
            return Some(Speaker {
                entity,
                rule: "quotes/dash-attribution",
                confidence: 0.85,
                same_sentence: true,
            });
        }
    }
    if q.sentences.is_empty() {
        return None;
    }
    let first = q.sentences.start;
    let last = q.sentences.end - 1;
    if let Some(entity) = after_quote(cx, quotes, q, cx.items(last)) {
        // "A tweeted that the talks were a "space for X", reports Kestrel news":
        // a person who says it before the quotation, in its sentence, is
        // its speaker, not the agency or body named after it.
        // The quotation is then inside what the verb before it reports:
        // a reporting verb, then "that", before the quotation opens.
        let its = cx.items(first);
        let n = its
            .iter()
            .take_while(|it| it.span.end <= q.outer.start)
            .count();
        // So it is when a new clause follows the quotation ("A said the
        // plan was “dead”, but B called it …").
        let (rest, k) = after_marks(q, its);
        let new_clause = rest
            .get(k)
            .is_some_and(|t| matches!(t.lower.as_str(), "but" | "while" | "whereas" | "and"));
        let reported = (0..n).any(|v| {
            is_reporting(cx, its, v)
                && (new_clause || its[v + 1..n].iter().any(|t| t.lower == "that"))
        });
        if reported && first == last {
            if let Some((p, rule)) = before_quote(cx, quotes, q, cx.items(first))
                .filter(|&(p, _)| is_person(cx, p) && p != entity)
            {
                return Some(Speaker {
                    entity: p,
                    rule,
                    confidence: 0.85,
                    same_sentence: true,
                });
            }
        }
        return Some(Speaker {
            entity,
            rule: "quotes/quote-then-said",
            confidence: 0.9,
            same_sentence: true,
        });
    }
    if let Some((entity, rule)) = before_quote(cx, quotes, q, cx.items(first)) {
        return Some(Speaker {
            entity,
            rule,
            confidence: 0.85,
            same_sentence: true,
        });
    }
    if let Some(entity) = statement_issuer(cx, quotes, q) {
        return Some(Speaker {
            entity,
            rule: "quotes/the-statement",
            confidence: 0.75,
            same_sentence: false,
        });
    }
    // "… was “strange” and “very unusual”": a quotation joined to the one
    // before it in the same sentence by a few words shares its speaker.
    if qi > 0 && quotes[qi - 1].sentences.end > first {
        if let Some(s) = &prev[qi - 1] {
            let its = cx.items(first);
            let gap: Vec<usize> = (0..its.len())
                .filter(|&i| {
                    its[i].span.start >= quotes[qi - 1].outer.end
                        && its[i].span.end <= q.outer.start
                })
                .collect();
            if gap.len() <= 4
                && !gap
                    .iter()
                    .any(|&i| cx.is_agent(&its[i]) || is_reporting(cx, its, i))
            {
                return Some(Speaker {
                    entity: s.entity,
                    rule: "quotes/coordinated",
                    confidence: 0.8,
                    same_sentence: true,
                });
            }
            if let Some(entity) = same_report(cx, quotes, qi, s) {
                return Some(Speaker {
                    entity,
                    rule: "quotes/same-report",
                    confidence: 0.75,
                    same_sentence: true,
                });
            }
        }
    }
    if let Some(entity) = headline(cx, quotes, q, cx.items(first)) {
        return Some(Speaker {
            entity,
            rule: "quotes/headline",
            confidence: 0.75,
            same_sentence: false,
        });
    }
    // `“…,” the ministry said in a statement`: the quotation is attributed,
    // to a speaker that is not a name; it does not continue a neighbour.
    if unnamed_attribution(cx, quotes, q, cx.items(last)) {
        return None;
    }
    // Neighbours: only for a quotation that opens its sentence.
    let opens = cx
        .items(first)
        .first()
        .is_none_or(|it| it.span.start >= q.outer.start);
    if !opens || first == 0 {
        return None;
    }
    let before = first - 1;
    let lead_in = cx
        .doc
        .text
        .get(cx.sentence_span(before))
        .is_some_and(|t| t.trim_end().ends_with(':'));
    if lead_in {
        let its = cx.items(before);
        let end = its.len();
        if let Some((entity, _)) = subject_of_last_verb(cx, quotes, its, 0, end) {
            return Some(Speaker {
                entity,
                rule: "quotes/lead-in",
                confidence: 0.75,
                same_sentence: false,
            });
        }
    }
    // The previous quotation ended in the sentence before (or this one).
    if qi > 0 {
        let p = &quotes[qi - 1];
        if p.sentences.end >= first && p.sentences.end <= first + 1 {
            if let Some(s) = &prev[qi - 1] {
                return Some(Speaker {
                    entity: s.entity,
                    rule: "quotes/continued",
                    confidence: 0.7,
                    same_sentence: false,
                });
            }
        }
    }
    // "X insisted that …, he said. “…”": a quotation opening a sentence
    // in the paragraph of a reported statement continues it.
    let in_paragraph = cx
        .analysis
        .sentences
        .get(first)
        .is_some_and(|s| !s.paragraph_start);
    let quoted_before = qi > 0 && quotes[qi - 1].sentences.end > before;
    if in_paragraph && !quoted_before {
        let its = cx.items(before);
        let end = its.len();
        if let Some((entity, _)) = subject_of_last_verb(cx, quotes, its, 0, end) {
            return Some(Speaker {
                entity,
                rule: "quotes/after-reported-speech",
                confidence: 0.6,
                same_sentence: false,
            });
        }
    }
    None
}

/// The items after quotation `q` and the index among them where an
/// attribution would start: past the commas and dashes that follow the
/// closing mark.
fn after_marks<'i, 'a>(q: &Quotation, its: &'i [Item<'a>]) -> (&'i [Item<'a>], usize) {
    let start = its.partition_point(|it| it.span.start < q.outer.end);
    let rest = &its[start..];
    let mut k = 0;
    while k < rest.len() && rest[k].punct && matches!(rest[k].lower.as_str(), "," | "—" | "–" | "-")
    {
        k += 1;
    }
    (rest, k)
}

/// `“…,” Name said`, `“…,” said Name`, `“…,” Name, the Title of X, said`,
/// `“…,” he told reporters`: a reporting verb shortly after the quotation.
fn after_quote(cx: &Context, quotes: &[Quotation], q: &Quotation, its: &[Item]) -> Option<usize> {
    let (rest, k) = after_marks(q, its);
    let window_end = rest
        .iter()
        .position(|it| {
            in_quote(quotes, it.span.start) || matches!(it.lower.as_str(), "." | ";" | "?" | "!")
        })
        .unwrap_or(rest.len())
        .min(k + AFTER_REACH);
    // "The agreement “opens a new chapter,” according to A, Norway's
    // envoy": the agent named right after "according to".
    let according = (k..window_end.saturating_sub(1))
        .find(|&i| rest[i].lower == "according" && rest[i + 1].lower == "to")
        .and_then(|i| {
            let j = past_document(rest, i + 2);
            let j = j + usize::from(rest.get(j).is_some_and(|x| x.lower == "the"));
            rest.get(j).and_then(|x| agent(cx, quotes, x))
        });
    if according.is_some() {
        return according;
    }
    let v = (k..window_end).find(|&i| is_reporting(cx, rest, i))?;
    // Subject before the verb, within a short attribution ("the Foreign
    // Minister, Ana Ruiz,"): the first person, else an organisation or
    // country right before the verb ("the ministry said").
    if v - k <= 8 {
        // "“…,” a spokesman for the Qatari foreign ministry said".
        let body = (k..v)
            .filter(|&i| spokesperson_for(rest, i, v) || document_for(rest, i, v))
            .find_map(|i| agent(cx, quotes, &rest[i]));
        if body.is_some() {
            return body;
        }
        let subjects: Vec<(usize, usize)> = (k..v)
            .filter(|&i| !not_subject(rest, i))
            .filter_map(|i| agent(cx, quotes, &rest[i]).map(|e| (i, e)))
            .collect();
        if let Some(&(_, e)) = subjects.iter().find(|(_, e)| is_person(cx, *e)) {
            return Some(e);
        }
        if let Some(&(_, e)) = subjects.iter().find(|(i, _)| i + 1 == v) {
            return Some(e);
        }
        // "the Chilean government said", "the Egyptian foreign ministry
        // said": the country's office speaks for it, as before the
        // quotation ("The Chilean government said:").
        let office = (k..v).find_map(|i| {
            let e = agent(cx, quotes, &rest[i])?;
            (((i + 2 == v && rest[i + 1].lower == "authorities") || body_of(rest, i, v))
                && cx.mentions.entities[e].kind == EntityKind::Country)
                .then_some(e)
        });
        if office.is_some() {
            return office;
        }
    }
    // "said Name": inversion, with a finite verb only ("indicating X's
    // wish" is not an attribution).
    if v == k && !rest[v].lower.ends_with("ing") {
        return inverted_subject(cx, quotes, rest, v, window_end, false);
    }
    None
}

/// `“…,” the Russian foreign ministry said`: right after the quotation, a
/// noun phrase opened by a determiner and a reporting verb within a few
/// words, with no person named in between and no title right before the
/// verb. Called when [`after_quote`]
/// found no speaker there: the words say who spoke, only not by name.
fn unnamed_attribution(cx: &Context, quotes: &[Quotation], q: &Quotation, its: &[Item]) -> bool {
    let (rest, k) = after_marks(q, its);
    // `“…,” said one diplomat, who asked not to be named`: the verb first,
    // then someone unnamed ("one", "a", "another"; "said the minister"
    // names a title, which stands for a person).
    if k < rest.len()
        && is_reporting(cx, rest, k)
        && rest
            .get(k + 1)
            .is_some_and(|it| matches!(it.lower.as_str(), "a" | "an" | "one" | "another"))
        && rest.get(k + 2).is_some_and(|it| {
            !it.punct
                && it
                    .mention
                    .is_none_or(|m| !is_person(cx, cx.mentions.mentions[m].entity))
        })
    {
        return true;
    }
    if !rest
        .get(k)
        .is_some_and(|it| matches!(it.lower.as_str(), "the" | "a" | "an"))
    {
        return false;
    }
    let end = rest.len().min(k + 8);
    let Some(v) = (k + 1..end).find(|&i| is_reporting(cx, rest, i)) else {
        return false;
    };
    // "the First Lady said": a title stands for a person, whom a
    // neighbouring quotation may well name ("a senior official said" is
    // someone unnamed).
    if rest[k].lower == "the" && cx.lexicon.title(&rest[v - 1].lower).is_some() {
        return false;
    }
    (k..v).all(|i| {
        !rest[i].punct
            && !in_quote(quotes, rest[i].span.start)
            && rest[i]
                .mention
                .is_none_or(|m| !is_person(cx, cx.mentions.mentions[m].entity))
    })
}

/// Attribution before the quotation in its first sentence: the subject of
/// the nearest reporting verb, or "according to Name".
fn before_quote(
    cx: &Context,
    quotes: &[Quotation],
    q: &Quotation,
    its: &[Item],
) -> Option<(usize, &'static str)> {
    let end = its.partition_point(|it| it.span.start < q.outer.start);
    // The clause starts after any earlier quotation in the sentence.
    let begin = its[..end]
        .iter()
        .rposition(|it| in_quote(quotes, it.span.start))
        .map_or(0, |i| i + 1);
    if let Some(found) = subject_of_last_verb(cx, quotes, its, begin, end) {
        return Some(found);
    }
    // "According to Name, …" anywhere before the quotation in the sentence.
    (0..end.saturating_sub(2)).find_map(|i| {
        (its[i].is("according") && its[i + 1].is("to"))
            .then(|| {
                its[past_document(its, i + 2).min(end)..end]
                    .iter()
                    .take(4)
                    .find_map(|it| agent(cx, quotes, it))
            })
            .flatten()
            .map(|e| (e, "quotes/according-to"))
    })
}

/// "A said the rebels “must stop firing” but that new attacks would force
/// the army to “respond”": a later quotation of one sentence that the
/// same reporting verb governs in the parse, with no reporting verb
/// between the two quotations, is said by the earlier one's speaker, when
/// that speaker is the verb's (`quotes/said-then-quote`).
fn same_report(cx: &Context, quotes: &[Quotation], qi: usize, prev: &Speaker) -> Option<usize> {
    if prev.rule != "quotes/said-then-quote" {
        return None;
    }
    let (p, q) = (&quotes[qi - 1], &quotes[qi]);
    let s = q.sentences.start;
    if p.sentences.start != s || q.sentences.end != s + 1 {
        return None;
    }
    let its = cx.items(s);
    let before = its.partition_point(|it| it.span.end <= p.outer.start);
    let v = (0..before).rev().find(|&i| is_reporting(cx, its, i))?;
    let between: Vec<usize> = (before..its.len())
        .filter(|&i| its[i].span.start >= p.outer.end && its[i].span.end <= q.outer.start)
        .collect();
    if between.iter().any(|&i| is_reporting(cx, its, i)) {
        return None;
    }
    // "… “must stop firing”, and that …": a second "that" clause of the
    // verb, however the parse hangs it.
    let words: Vec<&str> = between
        .iter()
        .map(|&i| its[i].lower.as_str())
        .skip_while(|w| *w == ",")
        .take(2)
        .collect();
    if matches!(words[..], ["and" | "but", "that"]) {
        return Some(prev.entity);
    }
    let verb = cx.span_head(&its[v].span)?;
    let mut t = cx.span_head(&q.span)?;
    // The quotation's words hang under what the verb reports, a few arcs
    // up (not under a verb joined to it: "A said it was “dead”, but B
    // called it “a start”").
    for _ in 0..12 {
        let h = cx.analysis.tokens[t].head?;
        if h == verb {
            return matches!(cx.analysis.tokens[t].deprel, "ccomp" | "parataxis")
                .then_some(prev.entity);
        }
        t = h;
    }
    None
}

/// The subject of the last reporting verb in `its[begin..end]`: the nearest
/// person before it that is not the object of a preposition (else the
/// nearest organisation or country so placed), or the agent right after it
/// ("said Name:").
fn subject_of_last_verb(
    cx: &Context,
    quotes: &[Quotation],
    its: &[Item],
    begin: usize,
    end: usize,
) -> Option<(usize, &'static str)> {
    let v = (begin..end).rev().find(|&i| is_reporting(cx, its, i))?;
    // "A met B and offered an apology, stating that it was “…”": the
    // participle speaks for its clause's subject, however many names
    // stand between (unless someone named after it owns the words:
    // "noting that B's declaration that “…”").
    let named_after = its[v + 1..end]
        .iter()
        .any(|it| agent(cx, quotes, it).is_some());
    if let Some(t) = cx
        .span_head(&its[v].span)
        .filter(|_| !named_after)
        .filter(|&t| cx.analysis.tokens[t].xpos == "VBG" && cx.analysis.tokens[t].deprel == "advcl")
    {
        let mut people: Vec<usize> = cx
            .subject_agents(t)
            .into_iter()
            .filter_map(|m| super::item_of(its, m))
            .filter(|&k| k >= begin && k < v)
            .filter_map(|k| agent(cx, quotes, &its[k]))
            .filter(|&e| is_person(cx, e))
            .collect();
        // (One person named twice is one: "Vice Minister A" read as two
        // subjects.)
        people.sort_unstable();
        people.dedup();
        if let [e] = people[..] {
            return Some((e, "quotes/said-then-quote"));
        }
    }
    // "A, who is in Doha meeting with B and C, said": the relative clause
    // closes at the comma before the verb; its subject is the one before
    // ", who", however many names (and commas) the clause holds.
    if v >= 1 && its[v - 1].lower == "," {
        let relative = super::relative_antecedent(
            its,
            begin.max(v.saturating_sub(30))..v - 1,
            &["who"],
            |a| a >= begin,
            |y| {
                !in_quote(quotes, its[y].span.start)
                    && !matches!(its[y].text, "." | ";" | ":")
                    && !is_reporting(cx, its, y)
            },
        );
        if let Some(e) = relative.and_then(|a| agent(cx, quotes, &its[a])) {
            if is_person(cx, e) {
                return Some((e, "quotes/said-then-quote"));
            }
        }
    }
    let mut fallback = None;
    // The subject may stand before an earlier quotation of the sentence
    // ("X told the BBC, “…”, and saying it was “…”"); mentions inside
    // quotations are skipped by `agent`.
    for i in (0..v).rev() {
        let Some(e) = agent(cx, quotes, &its[i]) else {
            continue;
        };
        if body_of(its, i, v) || spokesperson_for(its, i, v) || document_for(its, i, v) {
            // "Peru's foreign ministry said": the country's office speaks;
            // "a spokesperson for the Qatari foreign ministry said": so
            // does the body a spokesperson speaks for.
            return Some((e, "quotes/said-then-quote"));
        }
        if not_subject(its, i) {
            continue;
        }
        if is_person(cx, e) {
            return Some((e, "quotes/said-then-quote"));
        }
        if i + 1 == v || (i + 2 == v && its[i + 1].lower == "has") {
            return Some((e, "quotes/said-then-quote"));
        }
        fallback = fallback.or(Some(e));
    }
    if let Some(e) = fallback {
        return Some((e, "quotes/said-then-quote"));
    }
    inverted_subject(cx, quotes, its, v, end, true).map(|e| (e, "quotes/said-name-then-quote"))
}

/// The subject after an inverted verb ("said Chilean envoy Ana Ruiz"):
/// the first person within a few items, else an organisation or country
/// right after the verb. Before a quotation (`before_quote`), what the
/// parse makes the verb's object is not its subject ("a report blaming
/// North Korea … “…”"); after one, the parser often takes the inverted
/// subject for an object ("“…,” asserted First Lady Ana Ruiz"), so it
/// stands.
fn inverted_subject(
    cx: &Context,
    quotes: &[Quotation],
    its: &[Item],
    v: usize,
    end: usize,
    before_quote: bool,
) -> Option<usize> {
    let window = v + 1..end.min(v + 7);
    let verb = cx.span_head(&its[v].span);
    let object = |i: usize| {
        before_quote
            && cx.span_head(&its[i].span).is_some_and(|t| {
                let tok = &cx.analysis.tokens[t];
                tok.head == verb && matches!(tok.deprel, "obj" | "iobj")
            })
    };
    // "said a statement from the European Union": whoever issued the
    // document named right after the verb.
    let issued = |i: usize| document_source(its, i).is_some_and(|d| d <= v + 2);
    let subjects: Vec<(usize, usize)> = window
        .filter(|&i| (!not_subject(its, i) || issued(i)) && !object(i))
        .filter_map(|i| agent(cx, quotes, &its[i]).map(|e| (i, e)))
        .collect();
    let person = subjects.iter().find(|(_, e)| is_person(cx, *e));
    let adjacent = || {
        subjects
            .iter()
            .find(|(i, _)| *i == v + 1 || (*i == v + 2 && its[v + 1].is("the")))
    };
    let document = || subjects.iter().find(|(i, _)| issued(*i));
    person.or_else(adjacent).or_else(document).map(|&(_, e)| e)
}

/// A headline `Name: … “…”`.
fn headline(cx: &Context, quotes: &[Quotation], q: &Quotation, its: &[Item]) -> Option<usize> {
    let s = cx.analysis.sentences.get(q.sentences.start)?;
    if !s.heading || its.len() < 2 || its[1].lower != ":" {
        return None;
    }
    agent(cx, quotes, &its[0]).filter(|&e| is_person(cx, e))
}

/// Short quotations (one to three words) are speech only when a reporting
/// verb governs them in their own sentence, or when they are a whole
/// sentence that continues the quotation before; quoted names and terms
/// are not.
fn keep_short<'a>(cx: &Context<'a>, q: &Quotation, s: &Speaker) -> bool {
    let text = cx.doc.text.get(q.span.clone()).unwrap_or("");
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 3 {
        return true;
    }
    // A quoted name: every word capitalised ("Friends of Peace").
    let capitalised = words
        .iter()
        .filter(|w| w.chars().count() > 3)
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if capitalised && words.iter().any(|w| w.chars().count() > 3) {
        return false;
    }
    // "“…,” A said. “We made progress.”": a whole sentence that goes on
    // from a quotation is speech, however short.
    let sentence = text.trim();
    let whole = words.len() >= 2
        && sentence.chars().next().is_some_and(char::is_uppercase)
        && sentence.ends_with(['.', '!', '?']);
    if whole && s.rule == "quotes/continued" {
        return true;
    }
    if !s.same_sentence && s.rule != "quotes/headline" {
        return false;
    }
    let its = cx.items(q.sentences.start);
    let at = its.partition_point(|it| it.span.start < q.outer.start);
    let lead = its[at.saturating_sub(2)..at]
        .iter()
        .any(|it| TERM_LEADS.contains(&it.lower.as_str()))
        || (at >= 2 && its[at - 2].is("known") && its[at - 1].is("as"));
    !lead
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::fact::Relation;

    /// A statement or a report speaks for whoever issued it.
    #[test]
    fn documents_speak_for_who_issued_them() {
        super::super::testing::check_exact(
            Relation::Quote,
            &[
                (
                    "A report by the European Union warned that “tensions remain high along the border”.",
                    &["European Union\ttensions remain high along the border"],
                ),
                (
                    "“We are ready to talk,” said a statement from the European Union.",
                    &["European Union\tWe are ready to talk"],
                ),
                (
                    "A statement from the European Union said: “We are ready to talk.”",
                    &["European Union\tWe are ready to talk."],
                ),
                // "the statement": the one issued by whoever was named.
                (
                    "The envoy read a statement of joint understanding by President Ana Ruiz and Prime Minister Luis Vega. Later, the joint statement said: “Both sides will meet every month.”",
                    &["Ana Ruiz\tBoth sides will meet every month."],
                ),
                (
                    "The envoy read a statement. Later, the statement said: “Both sides will meet every month.”",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn speaker_in_the_same_sentence() {
        check(
            Relation::Quote,
            &[
                ("“We will keep talking,” Foreign Minister Ana Ruiz said.", &["Ana Ruiz\tWe will keep talking"]),
                ("“The door stays open,” said Marek Olsen, the envoy of Norway.", &["Marek Olsen\tThe door stays open"]),
                (
                    "Prime Minister Tomas Berg said: “Nobody leaves this room without a deal.”",
                    &["Tomas Berg\tNobody leaves this room without a deal."],
                ),
                (
                    "President Lina Varga described the proposal as “a serious step forward”.",
                    &["Lina Varga\ta serious step forward"],
                ),
                (
                    "Juan Pérez, the Foreign Minister of Chile, said that the offer was “unacceptable”.",
                    &["Juan Pérez\tunacceptable"],
                ),
            ],
        );
    }

    /// A participle of speaking speaks for its clause's subject, past the
    /// names in between; not for words someone named after it owns.
    #[test]
    fn a_participle_speaks_for_its_clauses_subject() {
        super::super::testing::check_exact(
            Relation::Quote,
            &[
                (
                    "Vice Minister Tomas Vidal met with the Peruvian ambassador to Chile Marco Salas in Santiago and offered an apology for the incident, stating that the intrusion was due to a “technical error in the navigation system”.",
                    &["Tomas Vidal\ttechnical error in the navigation system"],
                ),
                (
                    "President Ana Ruiz thanked Prime Minister Tomas Berg for his voice, noting that the Prime Minister's declaration that “no country should fear its neighbour” had been heard.",
                    &["Tomas Berg\tno country should fear its neighbour"],
                ),
            ],
        );
    }

    /// "the ministry" stands for the ministry named before it.
    #[test]
    fn the_ministry_named_before() {
        super::super::testing::check_exact(
            Relation::Quote,
            &[(
                "Chile's Foreign Ministry rejected the claims on Monday. The ministry said in a statement: \"The talks were constructive and will continue next week.\"",
                &["Chile's Foreign Ministry\tThe talks were constructive and will continue next week."],
            )],
        );
    }

    /// A pronoun continues the last person who was a subject, also one
    /// named in apposition to a title ("The spokesman, A, rejected it.
    /// He wrote: …").
    #[test]
    fn he_is_the_subject_named_in_apposition() {
        super::super::testing::check_exact(
            Relation::Quote,
            &[(
                "The UN envoy, Hans Lindqvist, warned on Tuesday that the talks were at risk. The Houthi spokesman, Mohammed Abdulsalam, rejected the criticism. He wrote: “The aggressors are responsible for the blockade.”",
                &["Mohammed Abdulsalam\tThe aggressors are responsible for the blockade."],
            )],
        );
    }

    /// A title set off before a name ("Peru's foreign minister, A,") is
    /// the name's, so "the minister" later stands for A.
    #[test]
    fn the_title_set_off_before_a_name_refers_back() {
        super::super::testing::check_exact(
            Relation::Quote,
            &[
                (
                    "Peru's foreign minister, Marta Soto, also attended. The minister said both sides wanted “a lasting solution to the dispute”.",
                    &["Marta Soto\ta lasting solution to the dispute"],
                ),
                (
                    "The Peruvian foreign minister, Marta Soto, also attended. The minister said both sides wanted “a lasting solution to the dispute”.",
                    &["Marta Soto\ta lasting solution to the dispute"],
                ),
            ],
        );
    }

    /// "“…,” according to A": A speaks.
    #[test]
    fn according_to_names_the_speaker() {
        super::super::testing::check_exact(
            Relation::Quote,
            &[
                (
                    "The agreement “opens a new chapter,” according to Tomas Berg, Norway's envoy.",
                    &["Tomas Berg\topens a new chapter"],
                ),
                (
                    "The agreement “opens a new chapter,” according to the report.",
                    &[],
                ),
                // A document's issuer speaks through it.
                (
                    "According to a statement from the Peruvian foreign ministry, “the talks were frank.”",
                    &["Peru\tthe talks were frank."],
                ),
                (
                    "The agreement “opens a new chapter,” according to a statement from Norway.",
                    &["Norway\topens a new chapter"],
                ),
            ],
        );
    }

    /// A subject pronoun after its sentence's own speaker is that speaker,
    /// not the subject of the sentence before.
    #[test]
    fn a_subject_pronoun_in_the_speakers_sentence_is_the_speaker() {
        super::super::testing::check_exact(
            Relation::Quote,
            &[(
                "Minister Tomas Berg said the talks would go on. “We believe peace is within reach,” spokesman Marek Olsen said ahead of the talks, which he added would cover “very sensitive” areas.",
                &[
                    "Marek Olsen\tWe believe peace is within reach",
                    "Marek Olsen\tvery sensitive",
                ],
            )],
        );
    }

    /// A quotation inside what a person reports ("A wrote that ... “…”")
    /// is theirs, whatever the words after it credit ("reports Kestrel news");
    /// a quotation that a name after it says is that name's.
    #[test]
    fn a_quotation_inside_a_reported_clause_is_the_reporters() {
        super::super::testing::check_exact(
            Relation::Quote,
            &[
                (
                    "Foreign Minister Ana Ruiz wrote on Monday that the talks were a “space for settling disputes”, reports Kestrel news.",
                    &["Ana Ruiz\tspace for settling disputes"],
                ),
                (
                    "The ministry will announce the grant today. “I thank Ana Ruiz for this bridge,” Mayor Tomas Berg said.",
                    &["Tomas Berg\tI thank Ana Ruiz for this bridge"],
                ),
            ],
        );
    }

    #[test]
    fn a_reporting_verb_with_a_particle_names_its_own_speaker() {
        // "pointed out" after the quotation: the speaker is its subject,
        // not the speaker of the quotation before.
        check(
            Relation::Quote,
            &[(
                "Talks\n\nTomas Berg told reporters: “We found common ground.”\n\n“This is a good day. We meet again in May,” Ana Ruiz pointed out.",
                &["Ana Ruiz\tThis is a good day. We meet again in May"],
            )],
        );
    }

    #[test]
    fn a_quotation_attributed_to_an_unnamed_body_continues_no_one() {
        let cases: &[(&str, &[&str])] = &[
            (
                // The ministry spoke the second quotation, not the minister
                // quoted before it: its country's words.
                "“The deal is a start,” said Foreign Minister Olena Kravets. “We have concerns about inspections. They must be fair,” the Russian foreign ministry said in a statement.",
                &[
                    "Olena Kravets\tThe deal is a start",
                    "Russia\tWe have concerns about inspections. They must be fair",
                ],
            ),
            (
                // A body with no country stays unnamed.
                "“The deal is a start,” said Foreign Minister Olena Kravets. “We have concerns about inspections,” the ministry said in a statement.",
                &["Olena Kravets\tThe deal is a start"],
            ),
            (
                // Nor does a speaker left unnamed after the verb.
                "“The deal is a start,” said Foreign Minister Olena Kravets. “Nobody wants this to fail,” said one diplomat, who asked not to be named.",
                &["Olena Kravets\tThe deal is a start"],
            ),
            (
                // Nor an official a title with "a" leaves unnamed.
                "“The deal is a start,” said Foreign Minister Olena Kravets. “No agreement was reached,” a senior Chilean official said on condition of anonymity.",
                &["Olena Kravets\tThe deal is a start"],
            ),
            (
                // A pronoun after the quotation still continues.
                "“The deal is a start,” said Foreign Minister Olena Kravets. “We will keep working,” she said.",
                &[
                    "Olena Kravets\tThe deal is a start",
                    "Olena Kravets\tWe will keep working",
                ],
            ),
            (
                // A title before the verb stands for a person: the
                // quotation may continue the one before.
                "“We are grateful,” said First Lady Ana Ruiz. “We wish you well,” the First Lady and the President wrote.",
                &["Ana Ruiz\tWe are grateful", "Ana Ruiz\tWe wish you well"],
            ),
            (
                // A person named in the attribution is its speaker.
                "“The deal is a start,” said Olena Kravets. “We disagree,” the Russian minister, Pavel Orlov, said.",
                &["Olena Kravets\tThe deal is a start", "Pavel Orlov\tWe disagree"],
            ),
            (
                // A country's government speaks for the country.
                "“Our position has not changed,” the Chilean government said in a statement.",
                &["Chile\tOur position has not changed"],
            ),
        ];
        super::super::testing::check_exact(Relation::Quote, cases);
    }

    #[test]
    fn pronouns_and_neighbouring_sentences() {
        check(
            Relation::Quote,
            &[
                (
                    "President Omar Haddad arrived on Monday. “We came to listen,” he said. “Then we will decide.”",
                    &["Omar Haddad\tWe came to listen", "Omar Haddad\tThen we will decide."],
                ),
                (
                    // A short whole sentence that goes on is speech too.
                    "“It was a good meeting,” President Omar Haddad said. “We made progress.”",
                    &["Omar Haddad\tIt was a good meeting", "Omar Haddad\tWe made progress."],
                ),
                (
                    // "she" is the woman named before, not the nearer man.
                    "Minister Maria Costa met Ambassador John Hale on Monday. “We agreed on little,” she said.",
                    &["Maria Costa\tWe agreed on little"],
                ),
                (
                    "Foreign Minister Sara Lind stressed her country's position, stating:\n\n“There will be no agreement without guarantees for our farmers.”",
                    &["Sara Lind\tThere will be no agreement without guarantees for our farmers."],
                ),
            ],
        );
    }

    /// A relative clause between the speaker and "said" may name other
    /// people, and hold commas of its own: the speaker is who comes before
    /// ", who".
    #[test]
    fn the_speaker_before_a_long_relative_clause() {
        super::super::testing::check_exact(
            Relation::Quote,
            &[(
                "Envoy Ilse Marten, who is in Varna, Keldor meeting with President Omar Haddad and Foreign Minister Ana Ruiz, said in a statement, “We will press for a ceasefire.”",
                &["Ilse Marten\tWe will press for a ceasefire."],
            )],
        );
    }

    /// A heading set aside as no name ("WRITE TO US Was …") must not
    /// move the names after it: the organisation stays on its own words,
    /// and "he" is still the researcher.
    #[test]
    fn a_dropped_heading_moves_no_name() {
        super::super::testing::check_exact(
            Relation::Quote,
            &[(
                "WRITE TO US Was it fair?\n\nOmar Tellen, a fellow at Cairo's Kelm Center for Regional and Security Affairs, said that both capitals wanted calm. “Withdrawing the envoy is a good step,” he added.",
                &["Omar Tellen\tWithdrawing the envoy is a good step"],
            )],
        );
    }

    /// A sentence broken off for its attribution is one quotation; two
    /// sentences, or a second part that opens a new sentence, are two.
    #[test]
    fn a_quotation_split_by_its_attribution_is_one() {
        super::super::testing::check_exact(
            Relation::Quote,
            &[
                (
                    "“The deal,” Foreign Minister Ana Ruiz said, “is only a start.”",
                    &["Ana Ruiz\tThe deal is only a start."],
                ),
                (
                    "“We came to listen,” Ana Ruiz said. “Then we will decide.”",
                    &[
                        "Ana Ruiz\tWe came to listen",
                        "Ana Ruiz\tThen we will decide.",
                    ],
                ),
            ],
        );
    }

    #[test]
    fn a_subject_pronoun_continues_the_last_subject() {
        // The spokesman is the one who goes on speaking, not the president
        // his sentence mentions; a subject in apposition ("Peru's
        // minister, A, asked …") is a subject too.
        super::super::testing::check_exact(
            Relation::Quote,
            &[
                (
                    "Spokesman Oleg Varin said the team stays in touch with President Ilya Dorn. He added, “Nothing is decided yet.”",
                    &["Oleg Varin\tNothing is decided yet."],
                ),
                (
                    "Lorvia's foreign minister, Tarek Amsel, asked for support. Envoy Ruth Kemp listened. However, he said the plan was “unthinkable”.",
                    &["Tarek Amsel\tunthinkable"],
                ),
                // "The Chilean leader" is Chile's head of state, whatever
                // the title the article gave her.
                (
                    "President Lena Varga of Chile met Foreign Minister Ines Maro of Peru in Arica. Maro said the talks would go on. The Chilean leader called the talks useful. \"We are neighbours,\" she said.",
                    &["Lena Varga\tWe are neighbours"],
                ),
            ],
        );
    }

    #[test]
    fn names_inside_quotes_and_demonyms_are_not_speakers() {
        check(
            Relation::Quote,
            &[
                (
                    "The charge was denied by President Omar Haddad. “I reject Vega's lies,” he said.",
                    &["Omar Haddad\tI reject Vega's lies"],
                ),
                (
                    "“We can call this matter closed,” said Chilean president Ana Ruiz, as the others applauded.",
                    &["Ana Ruiz\tWe can call this matter closed"],
                ),
                (
                    "“The offer is fair,” an adviser to the Peruvian team told reporters.",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn coordinated_partial_quotes_and_reported_speech() {
        check(
            Relation::Quote,
            &[
                (
                    "Foreign Minister Sara Lind told the radio, “Nothing was decided tonight at all”, and saying that the delay was “odd” and “a bad sign”.",
                    &["Sara Lind\todd", "Sara Lind\ta bad sign"],
                ),
                (
                    "President Omar Haddad arrived in Rome. He insisted that the border stays closed, he said. “We have seen no help from our neighbours.”",
                    &["Omar Haddad\tWe have seen no help from our neighbours."],
                ),
                // A later quotation that the same reporting verb governs
                // (a second "that" clause, or a clause under the first).
                (
                    "Pedro Alvarez said the rebels \"must stop firing rockets\" but that further attacks would cause the army to \"respond with force\".",
                    &["Pedro Alvarez\tmust stop firing rockets", "Pedro Alvarez\trespond with force"],
                ),
                (
                    "Senator Ana Ruiz said the plant was “exciting news”, and that it was “one of the largest ever” for the county.",
                    &["Ana Ruiz\texciting news", "Ana Ruiz\tone of the largest ever"],
                ),
                // A new clause after the quotation has its own speaker.
                (
                    "Pedro Alvarez said the plan was \"dead\", but Maria Lopez called it \"a start\".",
                    &["Pedro Alvarez\tdead", "Maria Lopez\ta start"],
                ),
                (
                    "Pedro Alvarez said the plan was \"dead\" and Maria Lopez replied that it was \"a start\".",
                    &["Pedro Alvarez\tdead", "Maria Lopez\ta start"],
                ),
            ],
        );
    }

    /// "Peru's foreign ministry said": the office speaks for its country;
    /// a country owning something else ("Peru's offer was called") does
    /// not speak.
    #[test]
    fn a_countrys_office_speaks_for_it() {
        super::super::testing::check_exact(
            Relation::Quote,
            &[
                (
                    "Peru's foreign ministry said in a statement that the talks had been “constructive.”",
                    &["Peru\tconstructive."],
                ),
                (
                    "Chile's government has said the offer was “a serious step forward”.",
                    &["Chile\ta serious step forward"],
                ),
                ("Peru's offer was called “a serious step forward” by critics.", &[]),
                // A spokesperson for a body speaks for it, unless named.
                (
                    "A spokesperson for the Qatari foreign ministry said: “Mediation continues.”",
                    &["Qatar\tMediation continues."],
                ),
                (
                    "“We are ready,” a spokesman for the Kenyan foreign ministry told reporters.",
                    &["Kenya\tWe are ready"],
                ),
                (
                    "A spokesman for the Kenyan foreign ministry, Amos Kiprop, said: “We are ready.”",
                    &["Amos Kiprop\tWe are ready."],
                ),
                // An armed or political wing speaks for its movement.
                (
                    "The armed wing of Hamas said in a statement: “We have captured a soldier.”",
                    &["Hamas\tWe have captured a soldier."],
                ),
                // The office named after the quotation, by adjective or
                // possessive.
                (
                    "“The ceasefire must hold,” the Egyptian foreign ministry said in a statement.",
                    &["Egypt\tThe ceasefire must hold"],
                ),
                (
                    "“The ceasefire must hold,” Egypt's foreign ministry said.",
                    &["Egypt\tThe ceasefire must hold"],
                ),
                (
                    "“The talks were useful,” the Chinese side said after the meeting.",
                    &["China\tThe talks were useful"],
                ),
            ],
        );
    }

    /// "the president of Brazil", written in either case: the holder of
    /// that title for that country, named before (not the other
    /// president named last).
    #[test]
    fn a_title_with_its_country_after_of_is_its_holder() {
        super::super::testing::check_exact(
            Relation::Quote,
            &[
                (
                    "Brazilian President Rui Vaz met Chinese President Li Wen on Monday. “The talks were useful,” the president of Brazil said.",
                    &["Rui Vaz\tThe talks were useful"],
                ),
                (
                    "Brazilian President Rui Vaz met Chinese President Li Wen on Monday. “The talks were useful,” the President of Brazil said.",
                    &["Rui Vaz\tThe talks were useful"],
                ),
                (
                    "Brazilian Foreign Minister Ana Reis met Chinese President Li Wen. “The talks were useful,” the foreign minister of Brazil told reporters.",
                    &["Ana Reis\tThe talks were useful"],
                ),
                // No one named holds the office: no speaker.
                (
                    "Brazilian President Rui Vaz met Chinese President Li Wen on Monday. “The talks were useful,” the president of Peru said.",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn headlines_and_hard_wrapped_quotes() {
        check(
            Relation::Quote,
            &[
                (
                    "Berg: The ceasefire is a “first step”\n\nPrime Minister Tomas Berg spoke in Oslo on Monday.",
                    &["Tomas Berg\tfirst step"],
                ),
                (
                    "The two delegations met again in Lisbon on Tuesday for a third\nround of talks. “The talks will go on until we find common\nground,” said President Lina Varga after the meeting ended\nlate in the evening, adding that both sides were tired.",
                    &["Lina Varga\tThe talks will go on until we find common ground"],
                ),
            ],
        );
    }

    #[test]
    fn terms_and_unattributed_quotes_are_not_speech() {
        check(
            Relation::Quote,
            &[
                (
                    "President Lina Varga visited the so-called “green zone” on Monday.",
                    &[],
                ),
                ("The plan, known as “Open Door”, was signed in Lisbon.", &[]),
                ("“Peace is possible.” The crowd cheered in the square.", &[]),
                // The reporting verb's object is not its speaker.
                (
                    "Following a report blaming Norway for the collapse, both sides plan talks “in the coming weeks.”",
                    &[],
                ),
                // A reporting word used as a noun reports nothing.
                (
                    "After a call from Ana Ruiz, the ministers released a plan titled “Steps towards a lasting settlement”.",
                    &[],
                ),
            ],
        );
    }
}
