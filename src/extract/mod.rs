//! Extractors: independent rules, one kind of fact each, over an analysed
//! article with resolved mentions. Each fact carries its evidence.
//!
//! Extractors see a sentence as a list of [`Item`]s: words, punctuation and
//! whole mentions (one item however many tokens the name has), so a rule
//! such as "`hosted by` ENTITY" is a few comparisons, not a regular
//! expression over raw text.

pub(crate) mod closure;
mod coref;
mod grammar;
mod mediation;
mod meetings;
mod participation;
mod place_time;
mod quotes;
mod roles;
mod topics;
pub(crate) mod triggers;
mod turns;
mod visits;

pub use triggers::Triggers;

use crate::document::Document;
use crate::fact::{Arg, EntityKind, Evidence, Fact, Relation};
use crate::lexicon::{Lexicon, VerbClass};
use crate::mentions::{Mention, Mentions};
use crate::text::{Analysis, TokenKind};
use std::ops::Range;

/// What an extractor sees of one article.
pub struct Context<'a> {
    pub doc: &'a Document,
    pub analysis: &'a Analysis,
    pub mentions: &'a Mentions,
    pub lexicon: &'a Lexicon,
    /// Each sentence's items, built once and shared by every extractor.
    items: Vec<Vec<Item<'a>>>,
    titles: std::sync::Arc<crate::mentions::TitleIndex>,
    /// The spans of titles next to names, merged and sorted, for lookups in
    /// logarithmic time.
    title_spans: Vec<Range<usize>>,
    /// Each person's country, from the first title that names one.
    parties: std::collections::HashMap<usize, usize>,
    /// For each token, the mention it is part of (see `grammar.rs`).
    token_mentions: Vec<Option<usize>>,
    /// Speaker turns, when the article is a transcript (see `turns.rs`).
    turns: Vec<turns::Turn>,
    /// Whether any sentence speaks of talks or a deal, once asked.
    about_talks: std::cell::OnceCell<bool>,
    /// Each token's text in lower case, curly apostrophes straightened
    /// (`token_lower`): the extractors ask for it many times a token.
    lower: Vec<String>,
}

/// One kind of fact.
pub trait Extractor: Send + Sync {
    /// Short name, used as the prefix of every rule it reports.
    fn name(&self) -> &'static str;
    /// Append the facts found in the article to `out`.
    fn extract(&self, cx: &Context<'_>, out: &mut Vec<Fact>);
}

/// Every extractor, in a fixed order.
pub fn all() -> Vec<Box<dyn Extractor>> {
    vec![
        Box::new(mediation::Mediation),
        Box::new(participation::Participation),
        Box::new(meetings::Meetings),
        Box::new(quotes::Quotes),
        Box::new(roles::Roles),
        Box::new(place_time::PlaceTime),
        Box::new(topics::Topics),
        Box::new(visits::Visits),
    ]
}

/// A word, a punctuation mark or a whole mention.
#[derive(Debug, Clone)]
pub struct Item<'a> {
    pub span: Range<usize>,
    /// The text as written.
    pub text: &'a str,
    /// Lower case, for words and punctuation.
    pub lower: String,
    /// For a mention: its index in `Mentions::mentions`.
    pub mention: Option<usize>,
    pub punct: bool,
    /// The verb classes this word is a form of (bit `VerbClass as u8`),
    /// looked up once here because every extractor asks.
    pub verbs: u8,
    /// The tagger's universal part of speech for a word ("" for a mention).
    pub upos: &'static str,
}

impl Item<'_> {
    pub fn is(&self, word: &str) -> bool {
        self.mention.is_none() && self.lower == word
    }
}

impl<'a> Context<'a> {
    pub fn new(
        doc: &'a Document,
        analysis: &'a Analysis,
        mentions: &'a Mentions,
        lexicon: &'a Lexicon,
    ) -> Context<'a> {
        let mut cx = Context {
            doc,
            analysis,
            mentions,
            lexicon,
            items: Vec::new(),
            titles: crate::mentions::TitleIndex::for_lexicon(lexicon),
            title_spans: merged_spans(mentions.roles.iter().map(|r| r.span.clone())),
            parties: Default::default(),
            token_mentions: Vec::new(),
            turns: Vec::new(),
            about_talks: std::cell::OnceCell::new(),
            lower: analysis
                .tokens
                .iter()
                .map(|tok| {
                    let w = doc.text.get(tok.span.clone()).unwrap_or("");
                    let lower = w.to_lowercase();
                    if lower.contains('’') {
                        lower.replace('’', "'")
                    } else {
                        lower
                    }
                })
                .collect(),
        };
        cx.map_tokens();
        cx.turns = turns::find(&cx);
        for r in &mentions.roles {
            // "former Nigerian President A" acts for no country now.
            if let Some(o) = r.of.filter(|&o| {
                mentions.entities[o].kind == EntityKind::Country
                    && !former_title(&doc.text, &r.span)
                    && !former_named(&r.title)
            }) {
                cx.parties.entry(r.person).or_insert(o);
            }
        }
        cx.items = (0..analysis.sentences.len())
            .map(|i| cx.build_items(i))
            .collect();
        // "his Israeli counterpart, B", "Peru's counterpart B": B speaks
        // for that country.
        let mut found = Vec::new();
        for items in &cx.items {
            for k in 1..items.len() {
                let Some(n) = counterpart_name(&cx, items, k) else {
                    continue;
                };
                let c = if items[k - 1].lower == "'s" && k >= 2 {
                    k - 2
                } else {
                    k - 1
                };
                if cx.kind(&items[c]) == Some(EntityKind::Country) {
                    let (Some(p), Some(c)) = (cx.mention(&items[n]), cx.mention(&items[c])) else {
                        continue;
                    };
                    found.push((p.entity, c.entity));
                }
            }
        }
        for (p, c) in found {
            cx.parties.entry(p).or_insert(c);
        }
        cx
    }

    /// The items of sentence `i`, mentions merged into single items
    /// (the longest mention wins where two overlap).
    pub fn items(&self, i: usize) -> &[Item<'a>] {
        self.items.get(i).map(Vec::as_slice).unwrap_or(&[])
    }

    fn build_items(&self, i: usize) -> Vec<Item<'a>> {
        let text = self.doc.text.as_str();
        let ms = self.mentions.in_sentence(i);
        let mut out = Vec::new();
        let mut covered_to = 0usize;
        let mut mi = 0usize;
        let base = self.mentions.mentions.partition_point(|m| m.sentence < i);
        for tok in self.analysis.sentence_tokens(i) {
            if tok.span.start < covered_to {
                continue;
            }
            while mi < ms.len() && ms[mi].span.end <= tok.span.start {
                mi += 1;
            }
            // The longest mention starting in this token.
            let mut best: Option<usize> = None;
            let mut k = mi;
            while k < ms.len() && ms[k].span.start < tok.span.end {
                if ms[k].span.end > tok.span.start
                    && best.is_none_or(|b| ms[k].span.len() > ms[b].span.len())
                {
                    best = Some(k);
                }
                k += 1;
            }
            if let Some(b) = best {
                let m = &ms[b];
                let span = m.span.start.min(tok.span.start)..m.span.end.max(tok.span.end);
                covered_to = span.end;
                out.push(Item {
                    text: text.get(m.span.clone()).unwrap_or(""),
                    lower: String::new(),
                    span: m.span.clone(),
                    mention: Some(base + b),
                    punct: false,
                    verbs: 0,
                    upos: "",
                });
                // A possessive glued to the name ("Iran's") stays visible.
                let rest = text.get(m.span.end..span.end).unwrap_or("");
                if rest == "'s" || rest == "’s" {
                    out.push(Item {
                        text: rest,
                        lower: "'s".into(),
                        span: m.span.end..span.end,
                        mention: None,
                        punct: false,
                        verbs: 0,
                        upos: "PART",
                    });
                }
                continue;
            }
            let t = text.get(tok.span.clone()).unwrap_or("");
            let lower = t.to_lowercase().replace('’', "'");
            let punct = tok.kind == TokenKind::Punct;
            let verbs = if punct {
                0
            } else {
                self.lexicon.verb_classes(&lower)
            };
            out.push(Item {
                text: t,
                lower,
                span: tok.span.clone(),
                mention: None,
                punct,
                verbs,
                upos: tok.upos,
            });
        }
        out
    }

    pub fn mention(&self, item: &Item) -> Option<&'a Mention> {
        item.mention.map(|m| &self.mentions.mentions[m])
    }

    /// The entity kind of an item that is a mention.
    pub fn kind(&self, item: &Item) -> Option<EntityKind> {
        self.mention(item)
            .map(|m| self.mentions.entities[m.entity].kind)
    }

    /// The fact argument for a mention item.
    pub fn arg(&self, item: &Item) -> Option<Arg> {
        self.mention(item)
            .map(|m| self.mentions.entities[m.entity].arg())
    }

    /// Whether an item is a person, organisation or country (an agent).
    pub fn is_agent(&self, item: &Item) -> bool {
        matches!(
            self.kind(item),
            Some(EntityKind::Person | EntityKind::Organization | EntityKind::Country)
        )
    }

    pub fn is_verb(&self, class: VerbClass, item: &Item) -> bool {
        item.verbs & (1 << class as u8) != 0
    }

    /// Whether `span` lies inside a title found next to a name.
    pub fn in_title_span(&self, span: &Range<usize>) -> bool {
        let i = self.title_spans.partition_point(|r| r.end < span.end);
        self.title_spans
            .get(i)
            .is_some_and(|r| r.start <= span.start && span.end <= r.end)
    }

    /// Whether a lower-case word is a word of a lexicon title.
    pub fn title_word(&self, lower: &str) -> bool {
        self.titles.is_title_word(lower)
    }

    /// Whether a word alone is a lexicon title, singular or plural
    /// ("minister", "advisors").
    pub fn is_title(&self, word: &str) -> bool {
        self.titles.match_at(&[word]).is_some()
    }

    /// "A of Qatar": the country entity named right after a person item.
    pub fn country_after(&self, items: &[Item], a: usize) -> Option<usize> {
        if self.kind(items.get(a)?) != Some(EntityKind::Person) || items.get(a + 1)?.lower != "of" {
            return None;
        }
        let k = if items.get(a + 2)?.lower == "the" {
            a + 3
        } else {
            a + 2
        };
        let m = self.mention(items.get(k)?)?;
        (self.mentions.entities[m.entity].kind == EntityKind::Country).then_some(m.entity)
    }

    /// [`Context::push_participant`] for mention `m` found in the parse,
    /// with the mention's own span as evidence.
    pub fn push_mention_participant(
        &self,
        out: &mut Vec<Fact>,
        m: usize,
        sentence: usize,
        rule: &'static str,
        confidence: f32,
    ) {
        let item = self.mention_item(m);
        let span = item.span.clone();
        self.push_participant(out, &item, sentence, span, rule, confidence);
    }

    /// A participant fact for a mention item and, when it is a person whose
    /// title names a country, one for that country too: a delegate brings
    /// their country to the talks.
    #[allow(clippy::too_many_arguments)]
    pub fn push_participant(
        &self,
        out: &mut Vec<Fact>,
        item: &Item,
        sentence: usize,
        span: Range<usize>,
        rule: &'static str,
        confidence: f32,
    ) {
        let Some(arg) = self.arg(item) else { return };
        out.push(self.fact(
            Relation::Participant,
            vec![arg],
            sentence,
            span.clone(),
            rule,
            confidence,
        ));
        let party = self
            .mention(item)
            .filter(|m| self.mentions.entities[m.entity].kind == EntityKind::Person)
            .and_then(|m| self.party_of(m.entity));
        if let Some(c) = party {
            let arg = self.mentions.entities[c].arg();
            out.push(self.fact(
                Relation::Participant,
                vec![arg],
                sentence,
                span,
                rule,
                confidence * 0.9,
            ));
        }
    }

    /// The country a person speaks for, from the titles the article gives them.
    pub fn party_of(&self, person: usize) -> Option<usize> {
        self.parties.get(&person).copied()
    }

    /// Whether a sentence's items speak of talks or of a deal, truce or
    /// conflict: the context that makes "hosted by", "sponsored by" or "to
    /// facilitate" about talks rather than about a bill or a program.
    /// Whether any sentence of the article speaks of talks or a deal
    /// (computed once per article).
    /// Whether sentence `si` is a list item: a line opened by a bullet
    /// ("-", "*", "•", "–", "+").
    pub fn list_item(&self, si: usize) -> bool {
        let text = &self.doc.text;
        let start = self.analysis.sentences[si].span.start;
        let line = text[..start].rfind('\n').map_or(0, |n| n + 1);
        let marker = text[line..start].trim();
        // A bullet, or a number ("1.", "2)").
        let numbered = marker
            .strip_suffix(['.', ')'])
            .is_some_and(|n| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()));
        numbered || matches!(marker, "-" | "*" | "•" | "–" | "+")
    }

    pub fn about_talks(&self) -> bool {
        *self.about_talks.get_or_init(|| {
            (0..self.analysis.sentences.len()).any(|si| self.talks_context(self.items(si)))
        })
    }

    /// Whether byte `offset` lies inside one of the article's quotations.
    pub fn in_quotation(&self, offset: usize) -> bool {
        in_quote(&self.analysis.quotations, offset)
    }

    pub fn talks_context(&self, items: &[Item]) -> bool {
        let tr = Triggers::get();
        items.iter().any(|x| {
            x.mention.is_none() && (tr.talks.contains(&x.lower) || tr.deal.contains(&x.lower))
        })
    }

    /// Whether sentence `si` or the one before it tells of talks, a deal
    /// or a meeting (a word of [`Context::talks_context`] or a verb of
    /// meeting): "A met B in Lima. They condemned the attack", "The talks
    /// began. Also present were A and B".
    pub fn meeting_near(&self, si: usize) -> bool {
        let told = |k: usize| {
            let items = self.items(k);
            self.talks_context(items) || items.iter().any(|x| self.is_verb(VerbClass::Meeting, x))
        };
        told(si) || si.checked_sub(1).is_some_and(told)
    }

    pub fn triggers(&self) -> &'static Triggers {
        Triggers::get()
    }

    /// A fact with its evidence.
    pub fn fact(
        &self,
        relation: Relation,
        args: Vec<Arg>,
        sentence: usize,
        span: Range<usize>,
        rule: &'static str,
        confidence: f32,
    ) -> Fact {
        Fact {
            doc: self.doc.id.clone(),
            relation,
            args,
            evidence: Evidence {
                sentence,
                sentence_span: self.sentence_span(sentence),
                span,
                rule,
                confidence,
            },
        }
    }

    /// The span of the whole sentence `i`.
    pub fn sentence_span(&self, i: usize) -> Range<usize> {
        self.analysis
            .sentences
            .get(i)
            .map(|s| s.span.clone())
            .unwrap_or(0..0)
    }
}

/// "Sheikh", "His Highness", "Mr.": courtesy words before a name.
fn is_honorific(x: &Item) -> bool {
    x.mention.is_none()
        && (crate::mentions::NameWords::get().is_honorific(x.text)
            || matches!(x.lower.as_str(), "his" | "her"))
}

/// Verbs of a purpose of talking ("gathered in Riyadh to discuss X").
pub(super) const TALKING: &[&str] = &["discuss", "negotiate", "talk", "confer"];

/// Verbs of going somewhere ("will fly to Juba", "arrived in Lima",
/// "visited Chile").
pub(super) const TRAVEL_VERBS: &[&str] = &[
    "fly",
    "flies",
    "flew",
    "flown",
    "flying",
    "travel",
    "travels",
    "travelled",
    "traveled",
    "travelling",
    "traveling",
    "head",
    "heads",
    "headed",
    "heading",
    "arrive",
    "arrives",
    "arrived",
    "arriving",
    "visit",
    "visits",
    "visited",
    "visiting",
    "go",
    "goes",
    "going",
    "gone",
    "went",
];

/// Nouns for a town that a place's name follows ("the Omani capital,
/// Muscat", "the Saudi city of Jeddah").
pub(super) const PLACE_NOUNS: &[&str] = &["capital", "city", "town", "port", "resort", "village"];

/// Nouns that stand for a guest side: "hosted her counterparts from X",
/// "received the Chilean delegation".
/// Whether `w` names whom a welcome receives as guests, besides a person:
/// a country's stand-in ([`GUEST_NOUNS`]) or its leaders ("welcomed the
/// two leaders to Helsinki").
pub(super) fn welcome_guest_noun(w: &str) -> bool {
    GUEST_NOUNS.contains(&w) || w == "leaders"
}

pub(super) const GUEST_NOUNS: &[&str] = &[
    "counterpart",
    "counterparts",
    "delegation",
    "delegations",
    "envoy",
    "envoys",
];

/// Verbs of signing a deal together ("A and B signed a border agreement").
pub(super) const SIGNING_VERBS: &[&str] =
    &["signed", "sign", "signs", "signing", "concluded", "inked"];

/// Whether the title of a role whose title and name span `span` is a
/// former one: "former" up to three words before it or opening it
/// ("former South African President A", "Former President A").
pub(super) fn former_title(text: &str, span: &Range<usize>) -> bool {
    let former = |w: &str| w.eq_ignore_ascii_case("former");
    text.get(..span.start)
        .is_some_and(|before| before.split_whitespace().rev().take(3).any(former))
        || text
            .get(span.clone())
            .and_then(|t| t.split_whitespace().next())
            .is_some_and(former)
}

/// Whether a title as found says it is a former one ("former President").
pub(super) fn former_named(title: &str) -> bool {
    title
        .get(..7)
        .is_some_and(|p| p.eq_ignore_ascii_case("former "))
}

/// Whether byte `offset` lies inside some quotation's marks (`quotes` in
/// text order).
pub(super) fn in_quote(quotes: &[crate::text::Quotation], offset: usize) -> bool {
    let i = quotes.partition_point(|q| q.outer.end <= offset);
    quotes.get(i).is_some_and(|q| q.outer.start <= offset)
}

/// "A, who ...": the index of A for the last relative clause opened in
/// `within` by a comma and one of `pronouns`, when A passes `antecedent`
/// and every item from the pronoun to the end of `within` passes `inside`.
pub(super) fn relative_antecedent(
    items: &[Item],
    within: Range<usize>,
    pronouns: &[&str],
    antecedent: impl Fn(usize) -> bool,
    inside: impl Fn(usize) -> bool,
) -> Option<usize> {
    let end = within.end;
    within
        .rev()
        .find(|&w| {
            w >= 2
                && pronouns.contains(&items[w].lower.as_str())
                && items[w - 1].lower == ","
                && antecedent(w - 2)
                && (w + 1..end).all(&inside)
        })
        .map(|w| w - 2)
}

/// The agent that is the subject of the verb at `i`: the nearest mention
/// before it with nothing but adverbs, auxiliaries or a relative pronoun between.
pub fn subject_before(cx: &Context, items: &[Item], i: usize) -> Option<usize> {
    let mut k = i;
    let mut gap = 0;
    while k > 0 {
        k -= 1;
        let x = &items[k];
        // "The government of Switzerland hosted": the country a
        // government, a delegation or officials are of acts through them.
        if cx.is_agent(x)
            && k >= 2
            && items[k - 1].lower == "of"
            && grammar::GROUPS_OF.contains(&items[k - 2].lower.as_str())
            && (k == 2 || matches!(items[k - 3].lower.as_str(), "the" | "a" | "," | "and"))
        {
            return Some(k);
        }
        // "praised the role of Algeria, which brokered the accord": a
        // relative pronoun right before the verb (its auxiliaries and
        // adverbs aside) stands for the name before its comma, whatever
        // preposition that name follows.
        let relative_of = |k: usize| {
            items.get(k + 1).is_some_and(|y| y.lower == ",")
                && items
                    .get(k + 2)
                    .is_some_and(|y| matches!(y.lower.as_str(), "which" | "who"))
                && k + 3 <= i
                && items[k + 3..i]
                    .iter()
                    .all(|y| matches!(y.upos, "AUX" | "ADV"))
        };
        if cx.is_agent(x) && relative_of(k) {
            return Some(k);
        }
        if cx.is_agent(x) && after_preposition(cx, x) {
            // "A traveled to X and Y, and held talks": Y is where, not who.
            gap += 1;
            if gap > 4 {
                return None;
            }
            continue;
        }
        // "following A and B's decision to resume talks": the owners of a
        // noun the verb is the purpose of, not the verb's subject (a
        // delegation or government of theirs would be).
        if cx.is_agent(x)
            && k + 3 < i
            && matches!(items[k + 1].lower.as_str(), "'s" | "’s" | "'" | "’")
            && items[k + 2].upos == "NOUN"
            && !grammar::GROUPS_OF.contains(&items[k + 2].lower.as_str())
            && items[i - 1].lower == "to"
        {
            return None;
        }
        if cx.is_agent(x) {
            // "Prime Minister A of Belgium attended": the person, not the country.
            if k >= 2
                && items[k - 1].lower == "of"
                && cx.kind(&items[k - 2]) == Some(crate::fact::EntityKind::Person)
            {
                return Some(k - 2);
            }
            return Some(k);
        }
        if x.punct && x.lower != "," {
            return None;
        }
        // "A, the President of X, met": skip the apposition back to A.
        if x.lower == "," && k > 0 {
            if let Some(a) = apposition_head(cx, items, k) {
                return Some(a);
            }
            // "Several ministers, among them A and B, attended",
            // "Representatives, including Deputy Minister A, attended": the
            // people the aside names out of the group.
            if let Some(last) = named_out_of_group(cx, items, k) {
                return Some(last);
            }
            // "A, who chairs the bloc, is hosting": skip the relative
            // clause back to A.
            let relative = relative_antecedent(
                items,
                k.saturating_sub(12)..k,
                &["who", "which"],
                |a| cx.is_agent(&items[a]),
                |y| !items[y].punct,
            );
            if relative.is_some() {
                return relative;
            }
            // "Lebanon and Israel, still technically at war, held talks":
            // a short aside with no verb between commas.
            let aside = (k.saturating_sub(8)..k).rev().find(|&o| {
                o >= 1
                    && items[o].lower == ","
                    && cx.is_agent(&items[o - 1])
                    && items[o + 1..k].iter().all(|y| {
                        !y.punct && y.mention.is_none() && !matches!(y.upos, "VERB" | "AUX")
                    })
            });
            if let Some(o) = aside.filter(|&o| o + 1 < k) {
                return Some(o - 1);
            }
            // "The AU panel, led by former President A, brokered": a
            // participle phrase with "by" between commas describes the
            // subject before it, which a party named in the noun phrase
            // right before the comma stands for.
            let led = (k.saturating_sub(12)..k).rev().find(|&o| {
                o >= 1
                    && items[o].lower == ","
                    && items.get(o + 1).is_some_and(|y| {
                        y.mention.is_none() && y.upos == "VERB" && y.lower.ends_with("ed")
                    })
                    && items.get(o + 2).is_some_and(|y| y.lower == "by")
                    && items[o + 3..k].iter().all(|y| !y.punct || y.lower == ",")
            });
            if let Some(o) = led {
                let before = (o.saturating_sub(3)..o).rev().find(|&b| {
                    cx.is_agent(&items[b])
                        && items[b + 1..o]
                            .iter()
                            .all(|y| y.mention.is_none() && !y.punct && y.upos == "NOUN")
                });
                if before.is_some() {
                    return before;
                }
            }
        }
        gap += 1;
        if gap > 4 {
            return None;
        }
    }
    None
}

/// Whether the parse makes the phrase of `x` the object of a preposition
/// ("to X and Y": Y too, through its conjunction), so not a subject.
pub(super) fn after_preposition(cx: &Context, x: &Item) -> bool {
    let a = cx.analysis;
    let Some(mut t) = cx.span_head(&x.span) else {
        return false;
    };
    for _ in 0..8 {
        let tok = &a.tokens[t];
        if matches!(tok.deprel, "obl" | "nmod") || tok.deprel.starts_with("obl:") {
            // A preposition inside a title ("Senior Advisor to the
            // President A B met") leaves the name where its title is.
            return cx
                .children_by(t, &["case"])
                .next()
                .is_some_and(|c| !cx.in_title_span(&a.tokens[c].span));
        }
        match (tok.deprel, tok.head) {
            ("conj", Some(h)) => t = h,
            _ => return false,
        }
    }
    false
}

/// For a comma at `close` that ends an apposition ("A, the Title of X,"),
/// the index of A.
/// For the comma at `close` ending an aside that opens with "including",
/// "among them" or "among whom" after a group noun's comma, the last agent
/// of the aside, when it holds agents, titles and list words only.
fn named_out_of_group(cx: &Context, items: &[Item], close: usize) -> Option<usize> {
    let open = items[..close].iter().rposition(|x| x.lower == ",")?;
    if open == 0 || close - open > 16 || cx.is_agent(&items[open - 1]) {
        return None;
    }
    let lead = match items.get(open + 1).map(|x| x.lower.as_str()) {
        Some("including") => 1,
        Some("among")
            if items
                .get(open + 2)
                .is_some_and(|x| matches!(x.lower.as_str(), "them" | "whom")) =>
        {
            2
        }
        _ => return None,
    };
    let inner = &items[open + 1 + lead..close];
    let plain = inner
        .iter()
        .all(|x| cx.is_agent(x) || matches!(x.lower.as_str(), "," | "and") || is_title_item(cx, x));
    let last = (open + 1 + lead..close)
        .rev()
        .find(|&k| cx.is_agent(&items[k]))?;
    (plain && items[open - 1].upos == "NOUN").then_some(last)
}

fn apposition_head(cx: &Context, items: &[Item], close: usize) -> Option<usize> {
    let open = items[..close].iter().rposition(|x| x.lower == ",")?;
    if open == 0 || close - open > 8 {
        return None;
    }
    let inner = &items[open + 1..close];
    // ("B, her Peruvian counterpart, met": a counterpart is a title.)
    let counterpart = |x: &Item| matches!(x.lower.as_str(), "counterpart" | "counterparts");
    let titled = inner
        .iter()
        .any(|x| x.mention.is_none() && (cx.title_word(&x.lower) || counterpart(x)));
    // ("A, now a United Nations envoy, mediated": an article and an
    // adverb of time may open it.)
    let plain = inner.iter().all(|x| {
        x.mention.is_some()
            || matches!(
                x.lower.as_str(),
                "the"
                    | "of"
                    | "'s"
                    | "a"
                    | "an"
                    | "now"
                    | "currently"
                    | "formerly"
                    | "also"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
            )
            || cx.title_word(&x.lower)
            || counterpart(x)
    });
    (titled && plain && cx.kind(&items[open - 1]) == Some(crate::fact::EntityKind::Person))
        .then_some(open - 1)
}

/// Overlapping spans merged into one, sorted by start.
fn merged_spans(spans: impl Iterator<Item = Range<usize>>) -> Vec<Range<usize>> {
    let mut v: Vec<Range<usize>> = spans.collect();
    v.sort_by_key(|r| r.start);
    let mut out: Vec<Range<usize>> = Vec::with_capacity(v.len());
    for r in v {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// Mention items joined by commas and "and" starting at `items[i]`
/// ("X, Y and Z", "envoys A and B", "Omani Foreign Minister C"): their
/// indices, and the index after the list. A title between an affiliation
/// and a person ("IAEA Director General C") yields the person.
/// The item after a form of address ("His Excellency", "Her Royal
/// Highness", "Their Majesties", with its comma) at `i`, or `i`.
pub fn skip_honorific(items: &[Item], i: usize) -> usize {
    if !items
        .get(i)
        .is_some_and(|x| matches!(x.lower.as_str(), "his" | "her" | "their"))
    {
        return i;
    }
    let words = crate::mentions::NameWords::get();
    let k = i
        + 1
        + items[i + 1..]
            .iter()
            .take_while(|x| x.mention.is_none() && words.is_honorific(x.text))
            .count();
    if k == i + 1 {
        return i;
    }
    k + usize::from(items.get(k).is_some_and(|x| x.lower == ","))
}

pub fn agent_list(cx: &Context, items: &[Item], mut i: usize) -> (Vec<usize>, usize) {
    let mut found = Vec::new();
    let mut saw_and = false;
    let mut first_comma_at = None;
    loop {
        // "with His Royal Highness, Crown Prince A": a form of address
        // before the title and name.
        i = skip_honorific(items, i);
        let mut j = skip_title_words(cx, items, i);
        // "her counterpart, B": the counterpart is the person named.
        let poss = usize::from(
            items
                .get(i)
                .is_some_and(|x| matches!(x.lower.as_str(), "his" | "her" | "their" | "its")),
        );
        // "the country's President, B": the person named after an office
        // of a country the article named before.
        let generic_owner = items.get(i).is_some_and(|x| x.lower == "the")
            && items.get(i + 1).is_some_and(|x| {
                x.mention.is_none() && crate::mentions::GENERIC_OWNERS.contains(&x.lower.as_str())
            })
            && items.get(i + 2).is_some_and(|x| x.lower == "'s");
        if let Some(n) = counterpart_name(cx, items, i + poss) {
            j = n;
        } else if let Some(n) = (poss == 1)
            .then(|| owned_title_name(cx, items, i + 1))
            .flatten()
        {
            // "her deputy, B", "his spokesman B": the person named.
            j = n;
        } else if let Some(n) = generic_owner
            .then(|| possessed_office_name(cx, items, i + 3))
            .flatten()
        {
            j = n;
        } else if items.get(i + poss).is_some_and(|x| {
            x.mention.is_none() && matches!(x.lower.as_str(), "counterpart" | "counterparts")
        }) && items
            .get(i + poss + 1)
            .is_some_and(|x| matches!(x.lower.as_str(), "from" | "of"))
        {
            // "his counterparts from Russia, Ukraine and France": the
            // countries they are from.
            j = skip_title_words(cx, items, i + poss + 2);
        }
        if j < items.len() && cx.is_agent(&items[j]) {
            j = head_of_titled_name(cx, items, j);
            // "with the President of Peru, B": the title's country, then
            // the person who holds it.
            if j > i
                && cx.kind(&items[j]) != Some(EntityKind::Person)
                && items.get(j + 1).is_some_and(|x| x.lower == ",")
                && items
                    .get(j + 2)
                    .is_some_and(|x| cx.kind(x) == Some(EntityKind::Person))
                && items[i..j].iter().any(|x| cx.title_word(&x.lower))
            {
                j += 2;
            }
            // "the Chilean foreign minister, A": a demonym and a title
            // set off before the person who holds them.
            if cx.kind(&items[j]) == Some(EntityKind::Country) {
                let k = title_words_end(cx, items, j + 1);
                if k > j + 1
                    && items.get(k).is_some_and(|x| x.lower == ",")
                    && items
                        .get(k + 1)
                        .is_some_and(|x| cx.kind(x) == Some(EntityKind::Person))
                    && items[j + 1..k].iter().any(|x| cx.title_word(&x.lower))
                {
                    j = k + 1;
                }
            }
            found.push(j);
            i = j + 1;
            // "Iran's delegation": the possessive ends the list item.
            if i < items.len() && items[i].lower == "'s" {
                i += 1;
                // "the European Union's mediator, B", "Chile's foreign
                // minister, B": the person named after the office owned;
                // "Armenia's A": the country's person.
                let own_person = (cx.kind(&items[j]) != Some(EntityKind::Person)
                    && items
                        .get(i)
                        .is_some_and(|x| cx.kind(x) == Some(EntityKind::Person)))
                .then_some(i);
                if let Some(n) = own_person.or_else(|| possessed_office_name(cx, items, i)) {
                    found.pop();
                    found.push(n);
                    i = n + 1;
                }
            }
            // "President A, Jr., and B": a generational suffix after a
            // comma ends the person's name.
            if cx.kind(&items[j]) == Some(EntityKind::Person) {
                i = after_name_suffix(items, i);
            }
            // "A of Qatar": the person's country belongs to the item.
            if cx.kind(&items[j]) == Some(EntityKind::Person)
                && i + 1 < items.len()
                && items[i].lower == "of"
            {
                let k = if items[i + 1].lower == "the" {
                    i + 2
                } else {
                    i + 1
                };
                if k < items.len()
                    && matches!(
                        cx.kind(&items[k]),
                        Some(EntityKind::Country | EntityKind::Organization)
                    )
                {
                    i = k + 1;
                }
            }
            // "the Colombian government and the rebels": the noun a
            // demonym stands before ends the item.
            if cx.kind(&items[j]) == Some(EntityKind::Country)
                && items.get(i).is_some_and(|x| {
                    x.mention.is_none()
                        && matches!(
                            x.lower.as_str(),
                            "government" | "authorities" | "delegation" | "side" | "negotiators"
                        )
                })
            {
                i += 1;
            }
            // "Name, the Title of X," apposition: skip to the closing comma.
            if i < items.len() && items[i].lower == "," {
                let k = title_words_end(cx, items, i + 1);
                if k > i + 1 && k < items.len() && items[k].lower == "," {
                    i = k;
                }
            }
            // "X, Y, Z and others", "X, Y, and other partners": the list
            // is closed though its last member is no agent.
            let mut k = i;
            if items.get(k).is_some_and(|x| x.lower == ",") {
                k += 1;
            }
            if items.get(k).is_some_and(|x| x.lower == "and")
                && items
                    .get(k + 1)
                    .is_some_and(|x| matches!(x.lower.as_str(), "others" | "other"))
            {
                saw_and = true;
            }
            if i < items.len() && (items[i].lower == "," || items[i].lower == "and") {
                let mut k = i + 1;
                let and = items[i].lower == "and" || items.get(k).is_some_and(|x| x.lower == "and");
                if k < items.len() && items[k].lower == "and" {
                    k += 1;
                }
                let k2 = skip_title_words(cx, items, k);
                // "at the invitation of A, the leaders of X and Y met": a
                // title's "of" after a bare comma opens a clause of its
                // own, not the list's next member.
                let apposed = !and
                    && items[k..k2].iter().any(|x| x.lower == "of")
                    && items[k..k2].iter().any(|x| {
                        x.lower
                            .strip_suffix('s')
                            .is_some_and(|one| cx.title_word(one))
                    });
                // "brokered by A and B, C resumed": a list closed by its
                // "and" takes no more members after a bare comma.
                let closed = !and && saw_and;
                if k2 < items.len() && cx.is_agent(&items[k2]) && !apposed && !closed {
                    if and {
                        saw_and = true;
                    } else if first_comma_at.is_none() {
                        first_comma_at = Some((found.len(), i));
                    }
                    i = k;
                    continue;
                }
            }
        }
        break;
    }
    // "with B, A said": a comma alone does not make a list; "A, B and C" does.
    if let (Some((n, at)), false) = (first_comma_at, saw_and) {
        found.truncate(n);
        i = at;
    }
    (found, i)
}

/// The word joined by a hyphen or dash to the text ending at byte `end`
/// ("Washington-mediated" gives "mediated"), if any.
pub fn glued_word(text: &str, end: usize) -> Option<&str> {
    let rest = text.get(end..)?.strip_prefix(['-', '‐', '–'])?;
    let n = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    (n > 0).then(|| &rest[..n])
}

/// The index of the item standing for mention `m`, if the sentence's items
/// hold it.
pub fn item_of(items: &[Item], m: usize) -> Option<usize> {
    items.iter().position(|x| x.mention == Some(m))
}

/// Agents coordinated before the agent at `subj` ("A, Title B, and C met"),
/// nearest first, `subj` included.
pub fn agents_before(cx: &Context, items: &[Item], subj: usize) -> Vec<usize> {
    let mut out = vec![subj];
    let mut k = subj;
    loop {
        // "President A of France, Chancellor B of Germany": the person
        // whose country it is, then the list goes on before them.
        let of_at = if k >= 1 && items[k - 1].lower == "the" {
            k - 1
        } else {
            k
        };
        if of_at >= 2
            && items[of_at - 1].lower == "of"
            && cx.kind(&items[k]) == Some(crate::fact::EntityKind::Country)
            && cx.kind(&items[of_at - 2]) == Some(crate::fact::EntityKind::Person)
        {
            out.push(of_at - 2);
            k = of_at - 2;
        }
        // Title words before the current name ("Secretary B").
        let mut j = k;
        while j > 0 && is_title_item(cx, &items[j - 1]) {
            j -= 1;
        }
        // The country or organisation of that title ("Kosovo Prime Minister
        // B", "Chile's Foreign Minister B").
        if j < k {
            let poss = usize::from(j > 0 && items[j - 1].lower == "'s");
            if j > poss
                && matches!(
                    cx.kind(&items[j - poss - 1]),
                    Some(crate::fact::EntityKind::Country | crate::fact::EntityKind::Organization)
                )
            {
                j -= poss + 1;
            }
        }
        // "A and his Russian counterpart B": the counterpart words before B.
        if j > 0 && matches!(items[j - 1].lower.as_str(), "counterpart" | "counterparts") {
            j -= 1;
            if j > 0 && cx.kind(&items[j - 1]) == Some(crate::fact::EntityKind::Country) {
                j -= 1;
            }
            if j > 0 && matches!(items[j - 1].lower.as_str(), "his" | "her" | "its" | "their") {
                j -= 1;
            }
        }
        // A separator: ",", "and", ", and".
        let mut sep = j;
        let mut seen = false;
        while sep > 0 && matches!(items[sep - 1].lower.as_str(), "," | "and") {
            sep -= 1;
            seen = true;
        }
        if !seen || sep == 0 {
            break;
        }
        let mut prev = sep - 1;
        // "A, Jr. and B": the suffix closes the name before.
        if is_name_suffix(&items[prev]) && prev >= 1 {
            prev -= 1;
            if prev >= 1 && items[prev].lower == "," {
                prev -= 1;
            }
            if cx.kind(&items[prev]) != Some(crate::fact::EntityKind::Person) {
                break;
            }
        }
        // "The ambassador to Chile, B, attended", "the envoy for Sudan,
        // B,": the country a title is to or for is no item of a list.
        let object = prev >= 2
            && items[prev - 2].mention.is_none()
            && items[prev - 2].upos == "NOUN"
            && matches!(items[prev - 1].lower.as_str(), "to" | "for");
        if cx.is_agent(&items[prev]) && !object {
            out.push(prev);
            k = prev;
        } else {
            break;
        }
    }
    out
}

/// A generational suffix the name finder left outside a name ("Jr." after
/// a comma).
fn is_name_suffix(x: &Item) -> bool {
    x.mention.is_none() && crate::mentions::NameWords::get().suffixes.contains(x.text)
}

/// The item after ", Jr." (or "Jr.") at `i`, else `i`.
fn after_name_suffix(items: &[Item], i: usize) -> usize {
    let k = i + usize::from(items.get(i).is_some_and(|x| x.lower == ","));
    if items.get(k).is_some_and(is_name_suffix) {
        k + 1
    } else {
        i
    }
}

fn is_title_item(cx: &Context, x: &Item) -> bool {
    x.mention.is_none()
        && (matches!(
            x.lower.trim_end_matches('.'),
            "" | "mr" | "mrs" | "ms" | "dr" | "." | "the"
        ) || cx.title_word(&x.lower)
            || cx.in_title_span(&x.span)
            || is_honorific(x))
}

/// Skip determiners, honorifics and title words (in a role span, or
/// capitalised, or a lexicon title) before a name.
fn skip_title_words(cx: &Context, items: &[Item], start: usize) -> usize {
    let i = title_words_end(cx, items, start);
    // Never stop on a dangling "of"/"the": back off to a word boundary that
    // is followed by an agent, else return the start.
    if i < items.len() && cx.is_agent(&items[i]) {
        i
    } else {
        start
    }
}

/// Where the title words from `items[i]` end ("Foreign Minister" in "A,
/// Foreign Minister, and B"), whatever follows them.
fn title_words_end(cx: &Context, items: &[Item], mut i: usize) -> usize {
    let start = i;
    // A title the mentions stage has marked may be long ("Secretary General
    // of the Executive Committee of the Andean Council"); other words end
    // the search after eight.
    while i < items.len() && (i < start + 8 || cx.in_title_span(&items[i].span)) {
        let x = &items[i];
        let titled = cx.in_title_span(&x.span);
        // A country or a place inside a title ("High Representative for
        // Bosnia and Herzegovina A B", "Coordinator for Gaza A") is part of
        // the title; the person it names is not.
        let title_country =
            titled && matches!(cx.kind(x), Some(EntityKind::Country | EntityKind::Place));
        if x.mention.is_some() && !title_country || x.punct && x.text != "." {
            break;
        }
        let is_title_word = titled
            || matches!(
                x.lower.trim_end_matches('.'),
                "" | "the" | "both" | "mr" | "mrs" | "ms" | "dr" | "." | "of" | "former"
            )
            || cx.title_word(&x.lower)
            || is_honorific(x);
        // "Crown Prince and Prime Minister A": two titles of one person.
        let joins_titles = x.lower == "and"
            && i > start
            && cx.title_word(&items[i - 1].lower)
            && items.get(i + 1).is_some_and(|y| {
                y.mention.is_none()
                    && y.text.starts_with(char::is_uppercase)
                    && cx.title_word(&y.lower)
            });
        if !is_title_word && !joins_titles {
            break;
        }
        i += 1;
    }
    i
}

/// For an affiliation followed by a title and a person ("Omani Foreign
/// Minister C", "Iran's President C"), the person's index; else `j`.
fn head_of_titled_name(cx: &Context, items: &[Item], j: usize) -> usize {
    if cx.kind(&items[j]) == Some(EntityKind::Person) {
        return j;
    }
    // "the president of Chile, A": the person the title names.
    if j >= 2
        && items[j - 1].lower == "of"
        && is_title_item(cx, &items[j - 2])
        && items.get(j + 1).is_some_and(|x| x.lower == ",")
        && items
            .get(j + 2)
            .is_some_and(|x| cx.kind(x) == Some(EntityKind::Person))
    {
        return j + 2;
    }
    let mut k = j + 1;
    if k < items.len() && items[k].lower == "'s" {
        k += 1;
    }
    if let Some(n) = counterpart_name(cx, items, k) {
        return n;
    }
    // "IAEA Director General C", and "Prime Minister of the Palestinian
    // Authority C", where the organisation is inside the title.
    let k2 = skip_title_words(cx, items, k);
    if (k2 > k || cx.in_title_span(&items[j].span))
        && k2 < items.len()
        && cx.kind(&items[k2]) == Some(EntityKind::Person)
    {
        k2
    } else {
        j
    }
}

/// For the words from `k` after a possessive ("mediator, B", "foreign
/// minister, B", "special envoy, B"): the person named after the office,
/// when up to three plain words name an office (their last a title word
/// or a word for a mediator) and a comma comes before the name.
fn possessed_office_name(cx: &Context, items: &[Item], k: usize) -> Option<usize> {
    let words = items[k.min(items.len())..]
        .iter()
        .take(3)
        .take_while(|x| x.mention.is_none() && !x.punct)
        .count();
    let last = items.get((k + words).checked_sub(1)?)?;
    let office = words > 0
        && (cx.title_word(&last.lower) || mediation::MEDIATOR_NOUNS.contains(&last.lower.as_str()));
    let n = k + words + 1;
    (office
        && items.get(k + words).is_some_and(|x| x.lower == ",")
        && items
            .get(n)
            .is_some_and(|x| cx.kind(x) == Some(EntityKind::Person)))
    .then_some(n)
}

/// For "counterpart, B" or "counterpart B" at `k` ("his Peruvian
/// counterpart, Jorge Salas"), the index of the person B.
fn counterpart_name(cx: &Context, items: &[Item], k: usize) -> Option<usize> {
    if !items
        .get(k)
        .is_some_and(|x| x.mention.is_none() && x.lower == "counterpart")
    {
        return None;
    }
    person_named_at(cx, items, k + 1)
}

/// The person named at `items[e]`, past a comma and their own title ("her
/// counterpart, National Security Advisor B").
fn person_named_at(cx: &Context, items: &[Item], e: usize) -> Option<usize> {
    let n = e + usize::from(items.get(e).is_some_and(|x| x.lower == ","));
    let n = skip_title_words(cx, items, n);
    (n < items.len() && cx.kind(&items[n]) == Some(EntityKind::Person)).then_some(n)
}

/// "deputy, B" after "her"/"his" at `items[k]`: an office written in lower
/// case and the person named after it (past a comma and their title).
fn owned_title_name(cx: &Context, items: &[Item], k: usize) -> Option<usize> {
    let office = |x: &Item| {
        x.mention.is_none()
            && x.text.starts_with(|c: char| c.is_lowercase())
            && cx.title_word(&x.lower)
    };
    // (One or two words: "deputy", "chief negotiator".)
    let len = items[k.min(items.len())..]
        .iter()
        .take(2)
        .take_while(|x| office(x))
        .count();
    if len == 0 {
        return None;
    }
    person_named_at(cx, items, k + len)
}

#[cfg(test)]
pub(crate) mod testing {
    //! A helper for extractor tests: run the whole pure pipeline on a text
    //! and list the facts of one relation as tab-joined argument strings.
    use crate::fact::Relation;
    use crate::{extract_document, Document, Lexicon};

    pub fn facts(text: &str, rel: Relation) -> Vec<String> {
        let doc = Document::new("test", text);
        let out = extract_document(&doc, Lexicon::builtin());
        out.facts
            .iter()
            .filter(|f| f.relation == rel)
            .map(|f| {
                let a = f.arg_texts();
                let mut s = a[0].to_string();
                for x in &a[1..] {
                    if !x.is_empty() {
                        s.push('\t');
                        s.push_str(x);
                    }
                }
                s
            })
            .collect()
    }

    /// Assert each (text, expected facts) case: exactly the expected facts
    /// are found, in any order.
    pub fn check_exact(rel: Relation, cases: &[(&str, &[&str])]) {
        for (text, want) in cases {
            let mut got = facts(text, rel);
            got.sort();
            let mut want: Vec<&str> = want.to_vec();
            want.sort();
            assert_eq!(got, want, "{rel}: {text:?}");
        }
    }

    /// Assert each (text, expected facts) case: every expected fact is found.
    pub fn check(rel: Relation, cases: &[(&str, &[&str])]) {
        for (text, want) in cases {
            let got = facts(text, rel);
            for w in *want {
                assert!(
                    got.iter().any(|g| g == w),
                    "{rel}: {text:?}\n  expected {w:?}\n  got {got:?}"
                );
            }
            if want.is_empty() {
                assert!(
                    got.is_empty(),
                    "{rel}: {text:?}\n  expected nothing, got {got:?}"
                );
            }
        }
    }
}
