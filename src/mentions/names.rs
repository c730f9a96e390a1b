//! Finding names in context and resolving them within one article.
//!
//! Lexicon entities (countries, demonyms, capitals, organisations, places)
//! come from the gazetteer. People and other organisations are found from
//! context: runs of capitalised words, stripped of leading titles and
//! honorifics, classified by their head word, by a title before them, by an
//! apposition after them, or by a reporting verb next to them. Resolution
//! then merges surnames, near-miss spellings, bare titles ("the Secretary")
//! and subject pronouns into the people named in full.

use super::gazetteer::{CountryForm, Gazetteer, Hit, Target};
use super::words::{NameWords, TitleIndex};
use super::{Entity, Mention, Mentions, RoleMention, Via};
use crate::document::Document;
use crate::fact::EntityKind;
use crate::lexicon::{Lexicon, VerbClass};
use crate::text::{Analysis, TokenKind};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// A token with what the gazetteer says of it.
#[derive(Debug, Clone)]
struct Tok<'a> {
    span: Range<usize>,
    text: &'a str,
    kind: TokenKind,
    /// Index into the gazetteer hits when the token is part of one.
    hit: Option<usize>,
    /// The name finder puts this token inside a person's name.
    person: bool,
    /// The name finder puts this token inside a place's name.
    place: bool,
    /// The tagger reads the word as a verb's -ing form ("Accelerating").
    gerund: bool,
    /// The tagger reads the word as an adjective ("the official
    /// residence").
    adjective: bool,
    /// The parse makes the word a compound of a plural common noun
    /// ("Iron Dome interceptors").
    before_plural: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CandKind {
    /// A person; `strong` when a title, honorific, reporting verb or
    /// apposition says so, weak when only the shape of the name does.
    Person {
        strong: bool,
    },
    Organization,
    /// A place the lexicon does not know, which the name finder and the
    /// words around it say is one ("met in Arica").
    Place,
    /// "the Secretary": a title standing for its holder.
    TitleRef(usize),
    Pronoun,
    /// A candidate set aside after the scan (a doubtful name). It keeps
    /// its place, because candidates point at each other by index.
    Dropped,
}

/// Where an affiliation comes from before entities exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Affil {
    Hit(usize),
    Cand(usize),
}

#[derive(Debug, Clone)]
struct Cand {
    sentence: usize,
    span: Range<usize>,
    /// Name words (folded later for matching), for people and organisations.
    words: Vec<String>,
    name: String,
    kind: CandKind,
    /// Titles with their affiliation and the span they cover.
    titles: Vec<(usize, Option<Affil>, Range<usize>)>,
    /// A title or an honorific stands before the name.
    titled: bool,
    /// The name finder (over tags and parse) calls the words a person.
    found_person: bool,
}

impl Cand {
    /// A place found from context ("Kensington Palace", "Ayacucho").
    fn place(sentence: usize, span: Range<usize>, words: Vec<String>, name: String) -> Cand {
        Cand {
            sentence,
            span,
            words,
            name,
            kind: CandKind::Place,
            titles: Vec::new(),
            titled: false,
            found_person: false,
        }
    }
}

pub(super) fn find(doc: &Document, analysis: &Analysis, lex: &Lexicon) -> Mentions {
    let gaz = Gazetteer::for_lexicon(lex);
    let titles = TitleIndex::for_lexicon(lex);
    let nw = NameWords::get();
    let text = doc.text.as_str();
    // The analysis may cover more than the body (the headline in front matter).
    let from = analysis
        .sentences
        .first()
        .map_or(doc.body.start, |s| s.span.start.min(doc.body.start));
    let to = analysis
        .sentences
        .last()
        .map_or(doc.body.end, |s| s.span.end.max(doc.body.end));
    let hits = gaz.find(text, from..to);

    let mut is_person = vec![false; analysis.tokens.len()];
    let mut is_place = vec![false; analysis.tokens.len()];
    for n in &analysis.names {
        if n.kind == crate::text::NameKind::Place {
            for k in n.tokens.clone() {
                is_place[k] = analysis.tokens[k].upos == "PROPN";
            }
        }
        if n.kind == crate::text::NameKind::Person {
            // Only proper nouns: a capitalised verb opening a sentence
            // ("Flown in to mediate, ...") is no name, whatever the name
            // finder thought.
            for k in n.tokens.clone() {
                if analysis.tokens[k].upos == "PROPN" {
                    is_person[k] = true;
                }
            }
        }
    }
    // "Rosa Medina", "Paul Washington": a place or capital whose words the
    // name finder puts inside a person's name, right after another word
    // of it, is a surname, not the place.
    // Once so named, the surname alone is the person too ("Medina sat down
    // with ..."), except after a preposition of place ("flew to Medina").
    let place_like = |h: &Hit| {
        matches!(
            h.target,
            Target::Place(_) | Target::Country(_, CountryForm::Capital)
        )
    };
    let toks = &analysis.tokens;
    let first_token = |h: &Hit| toks.partition_point(|t| t.span.end <= h.span.start);
    let in_name = |h: &Hit| {
        let first = first_token(h);
        let inside = (first..toks.len()).take_while(|&k| toks[k].span.start < h.span.end);
        first > 0
            && is_person[first - 1]
            && toks[first - 1].span.end < h.span.start
            && inside.clone().count() > 0
            && inside.into_iter().all(|k| is_person[k])
    };
    // "Lena Wagner" ("Wagner" is the Wagner Group's alias): an
    // organisation's one-word alias inside a person's name is that
    // person's surname too.
    let one_word_org = |h: &Hit| {
        matches!(h.target, Target::Organization(_))
            && !text[h.span.clone()].contains(char::is_whitespace)
    };
    // "Dr. Sydney Ndlovu", "Secretary General Wagner": after a courtesy
    // title, or (for an organisation's one-word alias ending the name) a
    // title, the word is someone's name. (Not "Major Non-NATO allies",
    // "State Senate Majority Leader": an adjective, or a word that goes
    // on into a longer name.)
    let titled = |h: &Hit| {
        let first = first_token(h);
        let Some(prev) = first.checked_sub(1).map(|p| &toks[p]) else {
            return false;
        };
        let last = (first..toks.len())
            .take_while(|&k| toks[k].span.start < h.span.end)
            .last()
            .unwrap_or(first);
        let next = toks.get(last + 1);
        let next_noun = next.is_some_and(|t| t.upos == "NOUN");
        let next_cap = next.is_some_and(|t| {
            text.get(t.span.clone())
                .is_some_and(|w| w.starts_with(char::is_uppercase))
        });
        let w = text.get(prev.span.clone()).unwrap_or("");
        let proper = prev.xpos == "NNP" || prev.upos == "PROPN";
        let courtesy = nw.is_honorific(w) && proper;
        let acronym = !text[h.span.clone()].contains(char::is_lowercase);
        let title = one_word_org(h)
            && !acronym
            && proper
            && w.starts_with(char::is_uppercase)
            && titles.is_title_word(&w.to_lowercase())
            && !next_cap;
        (courtesy || title) && !next_noun
    };
    // "Allan Wagner" where the name finder ran the name into an
    // organisation before it: an organisation's one-word alias right
    // after a known given name is a surname.
    // (Where the name ends there: not "Florida Senate Minority Leader",
    // a state's senate after a word that is also a given name.)
    // (Hits come in order and never overlap, so only the hit before can
    // cover the word before.)
    let after_given = |i: usize| {
        let h = &hits[i];
        let first = first_token(h);
        let next = toks.partition_point(|t| t.span.start < h.span.end);
        let ends = toks.get(next).is_none_or(|t| {
            !text
                .get(t.span.clone())
                .is_some_and(|w| w.starts_with(char::is_uppercase))
        });
        first > 0
            && ends
            && toks[first - 1].span.end < h.span.start
            && toks[first - 1].upos == "PROPN"
            && i.checked_sub(1)
                .is_none_or(|p| hits[p].span.end <= toks[first - 1].span.start)
            && text
                .get(toks[first - 1].span.clone())
                .is_some_and(|w| crate::lexicon::given_gender(w).is_some())
    };
    // "Secretary General of the Andean Community Wagner": an
    // organisation's one-word alias right after a title's "of" phrase
    // (a title word, "of", perhaps "the", and another organisation).
    let after_title_of = |i: usize| {
        let Some(prev) = i.checked_sub(1).map(|p| &hits[p]) else {
            return false;
        };
        let gap = text.get(prev.span.end..hits[i].span.start).unwrap_or("x");
        if !gap.trim().is_empty() || !matches!(prev.target, Target::Organization(_)) {
            return false;
        }
        let first = first_token(prev);
        let word = |k: usize| text.get(toks[k].span.clone()).unwrap_or("");
        let mut k = first;
        if k > 0 && word(k - 1).eq_ignore_ascii_case("the") {
            k -= 1;
        }
        k >= 2
            && word(k - 1) == "of"
            && word(k - 2).starts_with(char::is_uppercase)
            && titles.is_title_word(&word(k - 2).to_lowercase())
    };
    // "Chad Maisel, Special Assistant to the President", "Secretary Jordan
    // Smith", "Advisor Sydney Mufamadi", "Under Secretary Victoria Nuland":
    // a country's, a capital's or a place's one-word name that is also a
    // given name, right
    // before a capitalised word that is a surname, or that a title stands
    // before or after, opens a person's name.
    let given_country = |i: usize| {
        let h = &hits[i];
        let word = &text[h.span.clone()];
        // (A given name either sex bears, "Jordan", "Sydney", only after
        // a title: below.)
        let gendered = crate::lexicon::given_gender(word).is_some();
        if !matches!(
            h.target,
            Target::Country(_, CountryForm::Name | CountryForm::Capital) | Target::Place(_)
        ) || word.contains(char::is_whitespace)
            || !(gendered || super::words::is_given(word))
        {
            return false;
        }
        let first = first_token(h);
        let next = first + 1;
        let w = |k: usize| {
            toks.get(k)
                .and_then(|t| text.get(t.span.clone()))
                .unwrap_or("")
        };
        // (Not a country named after a preposition: "ambassador to China
        // Sato Kenta", "in Chad Monday".)
        let after_preposition = first > 0
            && matches!(
                w(first - 1).to_lowercase().as_str(),
                "to" | "of" | "in" | "at" | "from" | "for" | "into" | "near" | "across" | "over"
            );
        if after_preposition {
            return false;
        }
        // (Hits come in order and never overlap: only the next one may
        // cover the next word.)
        let surname_word = toks.get(next).is_some_and(|t| {
            t.upos == "PROPN"
                && t.span.start == h.span.end + 1
                && w(next).starts_with(char::is_uppercase)
                && !nw.place_heads.contains(w(next))
                && !nw.org_heads.contains(w(next))
                && hits.get(i + 1).is_none_or(|x| x.span.start >= t.span.end)
        });
        let title_word = |k: usize| titles.is_title_word(&w(k).to_lowercase());
        let titled_before = first > 0 && (title_word(first - 1) || nw.is_honorific(w(first - 1)));
        let titled_after = w(next + 1) == "," && (next + 2..next + 5).any(title_word);
        // (A word news writes in lower case too, a month or a common noun,
        // is no surname: "visited Israel June 23", "Georgia Tech", "the
        // China Room".)
        // A word news always capitalises that names no time is a name
        // ("Secretary Victoria Nuland").
        let plain = match super::words::capital_class(w(next)) {
            None => true,
            Some(4) => {
                !crate::extract::triggers::Triggers::get().names_time(&w(next).to_lowercase())
            }
            Some(_) => false,
        };
        let surname = crate::mentions::words::is_surname(w(next));
        surname_word
            && (plain || (surname && titled_before))
            && (surname || titled_before || titled_after)
            // ("Past President Dayton Mayor A": no title for a surname.)
            && (gendered || (titled_before && !title_word(next)))
    };
    let surname_hit: Vec<bool> = hits
        .iter()
        .enumerate()
        .map(|(i, h)| {
            (place_like(h) || one_word_org(h)) && (in_name(h) || titled(h))
                || (one_word_org(h) && (after_given(i) || after_title_of(i)))
        })
        .collect();
    let given_hit: Vec<bool> = (0..hits.len()).map(given_country).collect();
    let surnames: HashSet<&str> = hits
        .iter()
        .zip(&surname_hit)
        .filter(|(_, &s)| s)
        .map(|(h, _)| &text[h.span.clone()])
        .collect();
    let after_place_word = |h: &Hit| {
        let first = first_token(h);
        first > 0
            && text.get(toks[first - 1].span.clone()).is_some_and(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "in" | "at" | "to" | "from" | "near" | "of" | "outside" | "across" | "into"
                )
            })
    };
    let hits: Vec<Hit> = hits
        .iter()
        .zip(&surname_hit)
        .zip(&given_hit)
        .filter(|((h, &in_name), &given)| {
            !given
                && (!(place_like(h) || one_word_org(h))
                    || !(in_name
                        || (surnames.contains(&text[h.span.clone()]) && !after_place_word(h))))
        })
        .map(|((h, _), _)| h.clone())
        .collect();
    // "the Chilean Senate", "Peru's Congress": a bare name of one country's
    // institution ("Senate" for the United States Senate) right after
    // another country names that country's own; the country stands alone.
    let foreign_body = |i: usize| {
        let h = &hits[i];
        let Target::Organization(o) = h.target else {
            return false;
        };
        // The country right before ("Chilean Senate", "Peru's Congress").
        let Some(Target::Country(before, _)) = i
            .checked_sub(1)
            .map(|p| &hits[p])
            .filter(|p| {
                p.span.end <= h.span.start
                    && text
                        .get(p.span.end..h.span.start)
                        .is_some_and(|gap| matches!(gap.trim(), "" | "'s" | "’s"))
            })
            .map(|p| p.target)
        else {
            return false;
        };
        // The institution's own country, by its name ("United States
        // Senate"), if another.
        let name = &lex.organizations[o].name;
        let Some(country) = lex.countries.iter().find(|c| {
            name.strip_prefix(c.name.as_str())
                .is_some_and(|rest| rest.starts_with(' '))
        }) else {
            return false;
        };
        // The surface names no country ("Senate", not "U.S. Senate").
        let surface = &text[h.span.clone()];
        let names_country = std::iter::once(&country.name)
            .chain(&country.aliases)
            .chain(&country.demonyms)
            .any(|n| surface.contains(n.as_str()));
        !names_country && lex.countries[before].name != country.name
    };
    let drop: Vec<bool> = (0..hits.len()).map(foreign_body).collect();
    let hits: Vec<Hit> = hits
        .into_iter()
        .zip(drop)
        .filter(|(_, d)| !d)
        .map(|(h, _)| h)
        .collect();
    let mut cands: Vec<Cand> = Vec::new();
    // Each hit's sentence, by position: two hits inside one token
    // ("Palestinians-Israeli") are both in its sentence.
    let hit_sentence: Vec<usize> = hits
        .iter()
        .map(|h| analysis.sentence_at(h.span.start).unwrap_or(0))
        .collect();
    let mut next_hit = 0;
    for (si, sentence) in analysis.sentences.iter().enumerate() {
        // Attach gazetteer hits to tokens (both sorted by position).
        let mut toks: Vec<Tok> = Vec::with_capacity(sentence.tokens.len());
        while next_hit < hits.len() && hits[next_hit].span.end <= sentence.span.start {
            next_hit += 1;
        }
        let mut h = next_hit;
        for (ti, t) in analysis.sentence_tokens(si).iter().enumerate() {
            let person = is_person
                .get(sentence.tokens.start + ti)
                .copied()
                .unwrap_or(false);
            let place = is_place
                .get(sentence.tokens.start + ti)
                .copied()
                .unwrap_or(false);
            while h < hits.len() && hits[h].span.end <= t.span.start {
                h += 1;
            }
            let hit = (h < hits.len() && hits[h].span.start < t.span.end).then_some(h);
            toks.push(Tok {
                span: t.span.clone(),
                text: text.get(t.span.clone()).unwrap_or(""),
                kind: t.kind,
                hit,
                person,
                place,
                gerund: t.xpos == "VBG" && t.upos == "VERB",
                adjective: t.upos == "ADJ",
                before_plural: t.deprel == "compound"
                    && t.head
                        .and_then(|h| analysis.tokens.get(h))
                        .is_some_and(|h| h.upos == "NOUN" && h.xpos == "NNS"),
            });
        }
        scan_sentence(
            &Scan {
                text,
                toks: &toks,
                hits: &hits,
                titles: &titles,
                nw,
                lex,
                sentence: si,
                heading: sentence.heading,
            },
            &mut cands,
        );
    }
    resolve(text, lex, analysis, &hits, &hit_sentence, &cands, &titles)
}

struct Scan<'a> {
    text: &'a str,
    toks: &'a [Tok<'a>],
    hits: &'a [Hit],
    titles: &'a TitleIndex,
    nw: &'a NameWords,
    lex: &'a Lexicon,
    sentence: usize,
    heading: bool,
}

impl Scan<'_> {
    fn word(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .filter(|t| t.kind != TokenKind::Punct)
            .map(|t| strip_possessive(t.text))
            .unwrap_or("")
    }

    fn punct(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.text == p)
    }

    fn is_cap(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if t.hit.is_some() || t.kind == TokenKind::Punct {
            return false;
        }
        let w = t.text;
        if w.chars().next().is_some_and(char::is_uppercase) {
            // ("I’ll", "I'm", "We’ve": a pronoun with its verb, no name.)
            return !is_contraction(w);
        }
        // "al-Busaidi", "el-Sisi": a particle glued to a capitalised name.
        if let Some((p, rest)) = w.split_once('-') {
            return self.nw.particles.contains(&p.to_lowercase())
                && rest.chars().next().is_some_and(char::is_uppercase);
        }
        false
    }

    fn is_particle(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.hit.is_none() && self.nw.particles.contains(&t.text.to_lowercase()))
    }

    /// Whether token `i` is a possessive marker ("'s" or "’s").
    fn is_possessive(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| matches!(t.text, "'s" | "’s" | "'" | "’"))
    }

    /// The gazetteer hit ending right before token `i` (skipping a possessive).
    fn hit_before(&self, i: usize) -> Option<usize> {
        let mut j = i.checked_sub(1)?;
        if self.is_possessive(j) {
            j = j.checked_sub(1)?;
        }
        self.toks[j].hit
    }

    /// After token `i`: "of [the] HIT" gives the hit and the token after it.
    fn of_hit(&self, i: usize) -> Option<(usize, usize)> {
        if !self.word(i).eq_ignore_ascii_case("of") {
            return None;
        }
        let mut j = i + 1;
        if self.word(j).eq_ignore_ascii_case("the") {
            j += 1;
        }
        let h = self.toks.get(j)?.hit?;
        while self.toks.get(j).is_some_and(|t| t.hit == Some(h)) {
            j += 1;
        }
        Some((h, j))
    }

    fn is_reporting(&self, i: usize) -> bool {
        let w = self.word(i);
        !w.is_empty() && self.lex.is_verb(VerbClass::Reporting, w)
    }

    /// A title ending exactly at token `end` (exclusive), written in lower
    /// case before a name ("envoys X and Y"): (start token, title id, plural).
    fn title_before(&self, end: usize) -> Option<(usize, usize, bool)> {
        for len in (1..=4).rev() {
            let Some(start) = end.checked_sub(len) else {
                continue;
            };
            let words: Vec<&str> = (start..end).map(|k| self.word(k)).collect();
            if words.iter().any(|w| w.is_empty()) {
                continue;
            }
            if let Some((n, id)) = self.titles.match_at(&words) {
                if n == len {
                    let plural = !self.titles.names[id].eq_ignore_ascii_case(&words.join(" "));
                    return Some((start, id, plural));
                }
            }
        }
        None
    }

    /// "the Japanese ambassador to China A B": a title sent to a country
    /// ([`SENT_TO`]), "to" and the country, ending at token `end`
    /// (exclusive): the title's first token and id.
    fn sent_to_before(&self, end: usize) -> Option<(usize, usize)> {
        let last = end.checked_sub(1)?;
        let h = self.toks[last].hit?;
        let mut first = last;
        while first > 0 && self.toks[first - 1].hit == Some(h) {
            first -= 1;
        }
        let mut to = first.checked_sub(1)?;
        if self.word(to).eq_ignore_ascii_case("the") {
            to = to.checked_sub(1)?;
        }
        if !self.word(to).eq_ignore_ascii_case("to") {
            return None;
        }
        let (ts, id, _) = self.title_before(to)?;
        sent_word(self.word(to - 1)).then_some((ts, id))
    }
}

/// Whether `w` is a pronoun or verb with a contracted verb or "not" glued
/// to it ("I’ll", "We're", "Don't"): a word of the clause, not of a name.
fn is_contraction(w: &str) -> bool {
    let w = w.replace('’', "'");
    ["'ll", "'m", "'ve", "'d", "'re", "n't"]
        .iter()
        .any(|end| w.len() > end.len() && w.to_lowercase().ends_with(end))
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
}

/// "will be He Minqiang, Vice Premier": a capitalised "He" (or "She")
/// inside a sentence, not after punctuation, right before a word the name
/// finder puts in a person's name, is a name word, not a pronoun ("Trump
/// Says He Will Meet Xi" is a headline's pronoun).
fn pronoun_as_name(s: &Scan, i: usize) -> bool {
    let Some(t) = s.toks.get(i) else {
        return false;
    };
    i > 0
        && matches!(t.text, "He" | "She")
        && s.toks[i - 1].kind != TokenKind::Punct
        && s.is_cap(i + 1)
        && s.toks[i + 1].person
        && !wide_gap(s.text, t.span.end, s.toks[i + 1].span.start)
}

fn scan_sentence(s: &Scan, out: &mut Vec<Cand>) {
    let n = s.toks.len();
    let mut i = 0;
    // A plural title ("envoys X and Y") carries over coordinated names.
    let mut carried: Option<(usize, Option<Affil>, Range<usize>)> = None;
    // "Prime Minister of Israel Ehud Olmert": a bare title waiting for its name.
    let mut pending: Option<(usize, Option<Affil>, Range<usize>, usize)> = None;
    while i < n {
        let t = &s.toks[i];
        let lw = t.text.to_lowercase();
        if t.kind != TokenKind::Punct
            && s.nw.pronouns.contains(&lw)
            && matches!(lw.as_str(), "he" | "she")
            && !pronoun_as_name(s, i)
        {
            out.push(Cand {
                sentence: s.sentence,
                span: t.span.clone(),
                words: Vec::new(),
                name: String::new(),
                kind: CandKind::Pronoun,
                titles: Vec::new(),
                titled: false,
                found_person: false,
            });
            i += 1;
            continue;
        }
        if !s.is_cap(i) {
            // "Presidents A of X and B of Y": the title carries over
            // each name's own "of X".
            if let Some((_, j)) = s.of_hit(i).filter(|_| carried.is_some()) {
                i = j;
                continue;
            }
            if !(t.text == "," || lw == "and") {
                carried = None;
            }
            i += 1;
            continue;
        }
        // "the Partnership for Accelerating Clean Energy": a capitalised
        // gerund opens a phrase, not a name (unless it opens a title:
        // "Acting Assistant Secretary").
        let title_here = || {
            let words: Vec<&str> = (i..(i + 6).min(n)).map(|k| s.word(k)).collect();
            s.titles.match_at(&words).is_some()
        };
        if t.gerund && !t.person && !title_here() {
            carried = None;
            i += 1;
            continue;
        }
        // A run of capitalised words, particles between them, initials and suffixes.
        let tr = crate::extract::Triggers::get();
        let start = i;
        let mut end = i + 1;
        // A title's "for"/"of" and where its domain ends ([`title_domain`]).
        let mut domain: Option<(usize, usize)> = None;
        loop {
            // A wide gap (a column of a signature block) ends a name.
            if end < n && wide_gap(s.text, s.toks[end - 1].span.end, s.toks[end].span.start) {
                break;
            }
            // "met Kagame November 19-20", "met Kagame Monday in Kigali":
            // a date after a name is no part of it ("the Good Friday
            // Agreement" still is one name).
            // (The cheap test of the next word first: the name lookups
            // lower-case the word.)
            let date_word = || {
                let w = s.word(end);
                let next = s.word(end + 1);
                (next.starts_with(|c: char| c.is_ascii_digit()) && tr.month(w).is_some())
                    || (!s.is_cap(end + 1) && tr.weekday(w).is_some())
            };
            if s.is_cap(end) && !date_word() {
                end += 1;
            } else if s.is_particle(end) && s.is_cap(end + 1) {
                end += 2;
            } else if s.is_particle(end) && s.is_particle(end + 1) && s.is_cap(end + 2) {
                // "Ursula von der Leyen", "Ana de la Torre".
                end += 3;
            } else if let Some(k) = to_the_title(s, end)
                .filter(|_| (start..end).all(|q| s.titles.is_title_word(&s.word(q).to_lowercase())))
            {
                // "Senior Advisor to the President A B", "Deputy National
                // Security Advisor to the Vice President Dr. A B": whose
                // adviser is part of the title.
                end = k;
            } else if let Some((p, k)) = (matches!(s.word(end), "for" | "of")
                || (s.word(end) == "to" && sent_word(s.word(end - 1))))
            .then(|| title_domain(s, start, end))
            .flatten()
            {
                // "Under Secretary for Political Affairs Nicholas Burns",
                // "Special Envoy for Climate A B", "Ambassador to Japan A
                // B": a title, its domain, then the name the name finder
                // marks.
                domain = Some((end, p));
                end = k;
            } else if let Some(tend) = s
                .word(end)
                .eq_ignore_ascii_case("of")
                .then(|| title_through(s, start, end))
                .flatten()
            {
                // "Secretary of State Name", "Minister of Foreign Affairs Name":
                // a title with "of" inside it.
                end = tend;
            } else if matches!(s.word(end), "for" | "of" | "on" | "and" | "&")
                && domain.is_none()
                && s.is_cap(end + 1)
                && !(s.word(end) == "and" && {
                    // "Members of Congress and [Secretary] A": after a title,
                    // or before one, "and" opens the next person.
                    let after: Vec<&str> = (end + 1..(end + 5).min(n)).map(|k| s.word(k)).collect();
                    let run: Vec<&str> = (start..end).map(|k| s.word(k)).collect();
                    s.titles.match_at(&after).is_some()
                        || s.titles
                            .match_at(&run)
                            .is_some_and(|(len, _)| len == run.len())
                })
                && (start..end).any(|k| s.nw.org_heads.contains(s.word(k)))
            {
                // "Institute for Strategic Studies", "Commission on Human
                // Rights": an organisation's name runs on through its
                // connecting words.
                end += 2;
            } else if s.punct(end, "(")
                && is_acronym(s.word(end + 1))
                && s.punct(end + 2, ")")
                && s.is_cap(end + 3)
                && {
                    let words: Vec<&str> = (start..end).map(|k| s.word(k)).collect();
                    s.titles
                        .match_at(&words)
                        .is_some_and(|(len, _)| len == words.len())
                }
            {
                // "Director of National Intelligence (DNI) Name": the
                // title's acronym in brackets, then the name.
                end += 3;
            } else if s.punct(end, ".")
                && s.toks[end - 1].text.chars().count() == 1
                && s.toks[end - 1].text.chars().all(char::is_uppercase)
            {
                // An initial: "George W. Bush".
                end += 1;
            } else {
                break;
            }
        }
        // Drop a trailing initial's dot if nothing follows it in the run.
        while end > start + 1 && s.punct(end - 1, ".") {
            end -= 1;
        }
        // A headline capitalises every word: "Statement from Spokesperson
        // A B Welcoming the Ceasefire", "President A Statement on X". Where
        // the name finder ends a person's name, a gerund or a document
        // word after it is not part of the name.
        if s.heading {
            let cut = (start + 1..end).find(|&k| {
                let w = s.word(k);
                s.toks[k - 1].person
                    && !s.toks[k].person
                    && (s.nw.event_heads.contains(w) || (w.len() > 4 && w.ends_with("ing")))
            });
            if let Some(k) = cut {
                end = k;
            }
        }
        // "Minsk Group Ambassador Bernard Fassier", "European Commission
        // President A B": an organisation's head word, then a title, then a
        // name, all capitalised. The organisation ends before the title;
        // the title and name are read next, with the organisation as the
        // title's affiliation. A run that opens with a title ("Foreign
        // Ministry Spokesman A") is a title of its own.
        if s.titles.match_at(&[s.word(start)]).is_none() {
            let title_at = |k: usize| {
                s.is_cap(k) && {
                    let words: Vec<&str> = (k..end).map(|j| s.word(j)).collect();
                    s.titles
                        .match_at(&words)
                        .is_some_and(|(len, _)| k + len < end)
                }
            };
            // "Office of Rural Affairs Director A B": the head word may
            // come before the organisation's "of" phrase, which then ends
            // on a word of its own (not "Office of Senator A B", whose
            // office is the senator's), before a title that is no plural
            // ("Council of Economic Advisers Member A B"). An office "for"
            // someone is theirs ("Office of Public Engagement for Vice
            // President A B").
            let of_phrase = |k: usize| {
                let w = s.word(k);
                let plural = w.ends_with('s') && !w.ends_with("ss");
                let owned = (start..k).any(|j| matches!(s.word(j), "for" | "to"));
                let headed = (start..k.saturating_sub(2))
                    .any(|j| s.nw.org_heads.contains(s.word(j)) && s.word(j + 1) == "of");
                let open = matches!(s.word(k - 1), "of" | "for" | "and" | "on" | "&" | "the");
                headed && !plural && !owned && !open
            };
            let split = (start + 1..end)
                .find(|&k| s.nw.org_heads.contains(s.word(k - 1)) && title_at(k))
                .or_else(|| (start + 1..end).find(|&k| of_phrase(k) && title_at(k)));
            if let Some(k) = split {
                end = k;
            }
        }
        i = end;
        // "Homeland Security Advisor A B", "FEMA Administrator A B", "NIAID
        // Director Dr. A B": a domain the lexicon does not know, then a
        // title, then a name the name finder or the given names see. The
        // title is read from where it starts; the domain is part of its span.
        let run: Vec<&str> = (start..end).map(|j| s.word(j)).collect();
        let lead = (s.titles.match_at(&run).is_none() && !s.nw.is_honorific(s.word(start)))
            .then(|| {
                (start + 1..end).find(|&q| {
                    let words: Vec<&str> = (q..end).map(|j| s.word(j)).collect();
                    // (Or two or three capitalised words that are no
                    // place, title or organisation word: "Fisheries
                    // Minister Kwame Mensah", "Industry Minister Nguyen
                    // Van Binh", whose given names no list has. Names are
                    // written in capitals wherever they stand, so the first
                    // and last words must be ones news capitalises nearly
                    // always (or too rare to say), none a word it mostly
                    // writes in lower case, none in capitals throughout:
                    // not "Reserve Officer Training Corps", "Merit
                    // Selection Panel", "Joffe LLP".)
                    let bare_name = |n: usize| {
                        let proper = |k: usize, least: u8| {
                            let w = s.word(k);
                            let initial = w.len() <= 2 && w.ends_with('.');
                            let shouted = w.chars().filter(|c| c.is_alphabetic()).count() > 1
                                && !w.chars().any(char::is_lowercase);
                            initial
                                || (!shouted
                                    && super::words::capital_class(w).is_none_or(|c| c >= least))
                        };
                        (2..=3).contains(&(end - n))
                            && proper(n, 3)
                            && proper(end - 1, 3)
                            && (n..end).all(|k| {
                                let w = s.word(k);
                                s.is_cap(k)
                                    && proper(k, 1)
                                    && !s.toks[k].place
                                    && !s.nw.org_heads.contains(w)
                                    && s.titles.match_at(&[w]).is_none()
                            })
                    };
                    s.titles.match_at(&words).is_some_and(|(len, _)| {
                        let n = q + len;
                        n < end
                            && (s.toks[n].person
                                || s.nw.is_honorific(s.word(n))
                                || crate::lexicon::given_gender(s.word(n)).is_some()
                                || bare_name(n))
                    })
                })
            })
            .flatten();
        // "the Minister for Foreign Affairs said": two words after a
        // title's "for" are its domain, not a name, unless the name finder
        // puts a person there.
        if start >= 2
            && end - start <= 2
            && s.word(start - 1) == "for"
            && s.title_before(start - 1).is_some()
            && !(start..end).any(|k| s.toks[k].person)
        {
            carried = None;
            continue;
        }

        // "FEMA Administrator A B": an acronym leading the title is the
        // organisation the title belongs to (three letters at least, no
        // dots: "MA Mayor" is a state's, "U.S." a country).
        let agency = |w: &str| w.len() >= 3 && w.chars().all(|c| c.is_ascii_uppercase());
        if lead == Some(start + 1) && agency(s.word(start)) {
            let w = s.word(start);
            out.push(Cand {
                sentence: s.sentence,
                span: s.toks[start].span.clone(),
                words: vec![w.to_string()],
                name: w.to_string(),
                kind: CandKind::Organization,
                titles: Vec::new(),
                titled: false,
                found_person: false,
            });
        }
        // Leading stopwords, honorifics and titles.
        let mut pos = lead.unwrap_or(start);
        let mut honorific = false;
        let mut titles: Vec<(usize, Option<Affil>, Range<usize>)> = Vec::new();
        let mut plural = false;
        loop {
            if pos >= end {
                break;
            }
            let w = s.word(pos);
            let words: Vec<&str> = (pos..end).map(|k| s.word(k)).collect();
            if let Some((len, id)) = s.titles.match_at(&words) {
                let affil = s.hit_before(pos).map(Affil::Hit).or_else(|| {
                    // "Iranian Foreign Ministry spokesperson"-like orgs before a title.
                    out.last()
                        .filter(|c| {
                            c.kind == CandKind::Organization
                                && c.sentence == s.sentence
                                && c.span.end <= s.toks[pos].span.start
                                && s.text[c.span.end..s.toks[pos].span.start]
                                    .trim()
                                    .trim_start_matches(['\'', '’'])
                                    .trim_start_matches('s')
                                    .trim()
                                    .is_empty()
                        })
                        .map(|_| Affil::Cand(out.len() - 1))
                });
                let affil = titles.last().and_then(|t| t.1).or(affil);
                let written = words[..len].join(" ");
                plural = !s.titles.names[id].eq_ignore_ascii_case(&written);
                titles.push((
                    id,
                    affil,
                    s.toks[pos].span.start..s.toks[pos + len - 1].span.end,
                ));
                pos += len;
                if let Some(k) = to_the_title(s, pos).filter(|&k| k <= end) {
                    if let Some(t) = titles.last_mut() {
                        t.2.end = s.toks[k - 1].span.end;
                    }
                    pos = k;
                }
                if let Some((f, p)) = domain.filter(|&(f, p)| f <= pos && pos < p) {
                    // The title runs on through its domain; a country or
                    // organisation after "of" is the holder's ("Foreign
                    // Minister of Chile A B"), one after "for" only what
                    // the office deals with.
                    if let Some(t) = titles.last_mut() {
                        t.2.end = s.toks[p - 1].span.end;
                        if t.1.is_none() {
                            t.1 = s
                                .of_hit(f)
                                .filter(|&(_, j)| j == p)
                                .map(|(h, _)| Affil::Hit(h));
                        }
                    }
                    pos = p;
                }
                if s.punct(pos, "(") && s.punct(pos + 2, ")") && pos + 3 < end {
                    pos += 3; // "(DNI)"
                }
            } else if s.nw.is_honorific(w) {
                honorific = true;
                pos += 1;
                if s.punct(pos, ".") {
                    pos += 1;
                }
            } else if titles.is_empty()
                && !honorific
                && s.titles.is_stopword(w)
                && !pronoun_as_name(s, pos)
            {
                pos += 1;
            } else {
                break;
            }
        }
        if let (Some(_), Some(first)) = (lead, titles.first_mut()) {
            first.2.start = s.toks[start].span.start;
        }
        let mut from_carry = false;
        if titles.is_empty() {
            if let Some((ts, id, pl)) = s.title_before(start) {
                let affil = s.hit_before(ts).map(Affil::Hit);
                titles.push((id, affil, s.toks[ts].span.start..s.toks[start - 1].span.end));
                plural = pl;
            } else if let Some((ts, id, h)) = (start >= 2 && s.punct(start - 1, ","))
                .then(|| {
                    // ("Chile's envoy to the talks, A,": the talks the
                    // title is for stand between.)
                    let k = start - 1;
                    let to_talks = k >= 3
                        && matches!(
                            s.word(k - 1).to_lowercase().as_str(),
                            "talks" | "negotiations" | "summit" | "conference"
                        )
                        && (s.word(k - 2) == "the" && s.word(k - 3) == "to");
                    s.title_before(if to_talks { k - 3 } else { k })
                })
                .flatten()
                .filter(|&(ts, id, pl)| {
                    // (a name the name finder calls a person's; after a
                    // possessive, or a demonym; not "the Chilean
                    // representative", which the roles stage reads as the
                    // country's delegate)
                    !pl && ts >= 2
                        && s.toks[start].person
                        && (s.is_possessive(ts - 1)
                            || (s.toks[ts - 1].hit.is_some()
                                && !s.titles.names[id].eq_ignore_ascii_case("representative")))
                })
                .and_then(|(ts, id, _)| s.hit_before(ts).map(|h| (ts, id, h)))
            {
                // "Peru's foreign minister, Marta Soto,": a country's or
                // body's title set off before the name is the name's
                // ("the Chilean representative, Mr A," is read by the
                // roles and the participation stages).
                titles.push((
                    id,
                    Some(Affil::Hit(h)),
                    s.toks[ts].span.start..s.toks[start - 2].span.end,
                ));
            } else if let Some((ts, id)) = s.sent_to_before(start).filter(|_| {
                // A person's name: the name finder says so, or two
                // capitalised words at least ("Ambassador to the Togolese
                // Republic" names none).
                s.toks[start].person || (end - start >= 2 && (start..end).all(|k| s.is_cap(k)))
            }) {
                // Whose envoy: the demonym or country before the title.
                let affil = s.hit_before(ts).map(Affil::Hit);
                titles.push((id, affil, s.toks[ts].span.start..s.toks[start - 1].span.end));
            } else if let Some(c) = carried.clone() {
                titles.push(c);
                from_carry = true;
            }
        }
        if let Some((id, affil, span, after)) = pending.take() {
            if after == start && titles.is_empty() {
                titles.push((id, affil, span));
            }
        }
        // "Spokesperson A B Welcoming the Ceasefire": after a title, a
        // headline's gerund that takes an object ends the name.
        if s.heading && !titles.is_empty() && end >= pos + 3 {
            let g = end - 1;
            let w = s.word(g);
            let object = matches!(s.word(g + 1), "the" | "a" | "an");
            if w.len() > 5 && w.ends_with("ing") && object {
                end = g;
                i = g + 1;
            }
        }
        // "Special Assistant to the Under Secretary of Defense for X": the
        // words after a title that open in lower case name no one.
        if pos < end && !titles.is_empty() && !s.is_cap(pos) && !s.is_particle(pos) {
            continue;
        }
        if pos >= end {
            // A title with no name: "the Secretary", or "Prime Minister of X Name".
            if let Some(&(id, affil, ref span)) = titles.last() {
                if let Some((h, after)) = s.of_hit(end) {
                    pending = Some((id, affil.or(Some(Affil::Hit(h))), span.clone(), after));
                } else if start > 0 && s.word(start - 1).eq_ignore_ascii_case("the") {
                    out.push(Cand {
                        sentence: s.sentence,
                        span: span.clone(),
                        words: Vec::new(),
                        name: String::new(),
                        kind: CandKind::TitleRef(id),
                        titles: Vec::new(),
                        titled: false,
                        found_person: false,
                    });
                }
            }
            continue;
        }
        let name_span = s.toks[pos].span.start..strip_end(s.text, s.toks[end - 1].span.clone());
        let words: Vec<String> = (pos..end)
            .map(|k| s.word(k).to_string())
            .filter(|w| !w.is_empty())
            .collect();
        let name = crate::text::collapse_whitespace(&s.text[name_span.clone()]);

        let has = |set: &rustc_hash::FxHashSet<String>| words.iter().any(|w| set.contains(w));
        // A head word alone ("the Administration") names nothing in particular
        // unless a country stands before it ("Iranian Ministry").
        let named_org = has(&s.nw.org_heads)
            && (words.len() >= 2 || (pos == start && s.hit_before(pos).is_some()));
        if has(&s.nw.org_heads) && !named_org {
            carried = None;
            continue;
        }
        if named_org || (words.len() == 1 && is_acronym(&words[0]) && titles.is_empty()) {
            // An organisation named in context; a demonym or country before it belongs to its name.
            let (span, name) = match s.hit_before(pos).filter(|_| pos == start) {
                Some(h) if matches!(s.hits[h].target, Target::Country(..)) => {
                    let hs = s.hits[h].span.start;
                    (
                        hs..name_span.end,
                        crate::text::collapse_whitespace(&s.text[hs..name_span.end]),
                    )
                }
                _ => (name_span.clone(), name.clone()),
            };
            out.push(Cand {
                sentence: s.sentence,
                span,
                words,
                name,
                kind: CandKind::Organization,
                titles: Vec::new(),
                titled: false,
                found_person: false,
            });
            // "Foreign Ministry spokesperson": a lower-case title naming an
            // unnamed official, unless a name follows it ("Foreign Ministry
            // spokesperson Maria Zakharova" is her title).
            if let Some((len, id)) = s
                .titles
                .match_at(&[s.word(end)])
                .filter(|&(len, _)| !s.is_cap(end) && !s.is_cap(end + len))
            {
                let org = out.len() - 1;
                let tspan = s.toks[end].span.clone();
                let official =
                    crate::text::collapse_whitespace(&s.text[out[org].span.start..tspan.end]);
                out.push(Cand {
                    sentence: s.sentence,
                    span: out[org].span.start..tspan.end,
                    words: official.split_whitespace().map(String::from).collect(),
                    name: official,
                    kind: CandKind::Person { strong: true },
                    titles: vec![(id, Some(Affil::Cand(org)), tspan)],
                    titled: true,
                    found_person: false,
                });
                i = end + len;
            }
            carried = None;
            continue;
        }
        // "Biden, Jr." leaves a suffix alone after the comma: no name.
        if words.iter().all(|w| s.nw.suffixes.contains(w.as_str())) {
            carried = None;
            continue;
        }
        // "met in Arica", "met at the Granja do Torto": right after "in"
        // or "at", with "the" between or not.
        // (After "the", a name of two words or more: "in the East and
        // South China Seas" names no place "East".)
        let after_in_at = |k: usize| {
            let at = |k: usize| matches!(s.word(k), "in" | "at");
            (k >= 1 && at(k - 1))
                || (k >= 2 && s.word(k - 1) == "the" && at(k - 2) && words.len() >= 2)
        };
        // "met at Kensington Palace", "at Hillsborough Castle": a name
        // ending in a word for a place or a venue, after "in" or "at",
        // names a place the lexicon does not know.
        let venue = titles.is_empty()
            && pos == start
            && words.len() >= 2
            && words
                .last()
                .is_some_and(|w| s.nw.place_heads.contains(w) || s.nw.venue_heads.contains(w))
            && after_in_at(start);
        if venue {
            out.push(Cand::place(s.sentence, name_span, words, name));
            carried = None;
            continue;
        }
        if has(&s.nw.event_heads) || has(&s.nw.place_heads) {
            carried = None;
            continue;
        }

        // Evidence that this is a person: a title, an honorific, a
        // reporting verb, or the name finder, which reads the words' tags
        // and place in the parse.
        // A single capitalised word opening a sentence is too often a verb
        // or an adverb there for the name finder alone to make it a person.
        let found_person = (pos..end).any(|k| s.toks[k].person) && (end - pos >= 2 || start > 0);
        // "Iron Dome interceptors", "Black Hawk helicopters": an untitled
        // name that modifies a plural common noun names a kind of thing.
        if !honorific && titles.is_empty() && s.toks[end - 1].before_plural {
            carried = None;
            continue;
        }
        // "held at Cusco and Ayacucho", "in Quito and Loja": an untitled
        // name joined by "and" to a place or a capital the lexicon knows,
        // right after "in" or "at", is a place too; not a word that may be
        // a given name ("met in Lima and Maria said").
        let joined_place = !honorific
            && titles.is_empty()
            && !found_person
            && pos == start
            && start >= 2
            && s.word(start - 1) == "and"
            && !s.is_reporting(end)
            && crate::lexicon::given_gender(&words[0].to_lowercase()).is_none()
            && (s.toks[start - 2].hit.is_some_and(|h| {
                let known = matches!(
                    s.hits[h].target,
                    Target::Place(_) | Target::Country(_, CountryForm::Capital)
                );
                let mut k = start - 2;
                while k > 0 && s.toks[k - 1].hit == Some(h) {
                    k -= 1;
                }
                known && after_in_at(k)
            }) || out.last().is_some_and(|c| {
                // (Or a place found so just before: "at Cusco and Ayacucho".)
                c.kind == CandKind::Place
                    && c.sentence == s.sentence
                    && c.span.end == s.toks[start - 2].span.end
            }));
        if joined_place {
            out.push(Cand::place(s.sentence, name_span, words, name));
            carried = None;
            continue;
        }
        let mut strong = honorific || !titles.is_empty() || found_person;
        if s.is_reporting(end) || (start > 0 && s.is_reporting(start - 1)) {
            strong = true;
        }
        if s.heading && s.punct(end, ":") {
            strong = true;
        }
        // "of Jordan" after the name gives the title's affiliation.
        let mut after = end;
        if s.is_possessive(after) {
            after += 1;
        }
        if let Some((h, _)) = s.of_hit(end) {
            if let Some(t) = titles.last_mut() {
                // A carried title's country was the previous name's.
                t.1 = if from_carry {
                    Some(Affil::Hit(h))
                } else {
                    t.1.or(Some(Affil::Hit(h)))
                };
            }
        }
        // "Crown Prince and Prime Minister A of Bahrain", "Deputy Prime
        // Minister and Foreign Minister A": a capitalised title joined by
        // "and" before the run's own title is the person's too, of the
        // same country ("the President and Prime Minister A" may be two
        // people: not after "the").
        if let [(_, affil, ref first)] = titles[..] {
            // (The title right before the name: not "President and CEO
            // of X-based Y Inc", whose run is no person's name.)
            let opens = first.start == s.toks[start].span.start
                && s.text
                    .get(first.end..name_span.start)
                    .is_some_and(|t| t.trim().is_empty());
            if opens && start >= 2 && s.word(start - 1) == "and" {
                if let Some((ts, id, false)) = s.title_before(start - 1) {
                    let before_ok = ts == 0
                        || !(s.is_cap(ts - 1) || s.word(ts - 1).eq_ignore_ascii_case("the"));
                    // ("First Lady and President A", "King and Queen B":
                    // a spouse's or consort's title names the other one.)
                    let consort = matches!(
                        s.titles.names[id].to_lowercase().as_str(),
                        "first lady"
                            | "second lady"
                            | "first gentleman"
                            | "second gentleman"
                            | "king"
                            | "queen"
                            | "prince"
                            | "princess"
                            | "emperor"
                            | "empress"
                    );
                    if s.is_cap(ts) && before_ok && !consort {
                        titles.insert(
                            0,
                            (id, affil, s.toks[ts].span.start..s.toks[start - 2].span.end),
                        );
                    }
                }
            }
        }
        // Apposition: "Name, [the] [Country's|Demonym] Title [of Country],".
        if s.punct(end, ",") {
            let mut j = end + 1;
            if matches!(s.word(j).to_lowercase().as_str(), "the" | "a" | "an") {
                j += 1;
            }
            // "A, Chile's former president,", "A, a former Chilean
            // minister,": a former title (its span opens with the word,
            // which the role keeps).
            let former_at = |k: usize| s.word(k).eq_ignore_ascii_case("former").then_some(k);
            let mut former = former_at(j);
            j += usize::from(former.is_some());
            let mut affil = None;
            if let Some(h) = s.toks.get(j).and_then(|t| t.hit) {
                affil = Some(Affil::Hit(h));
                while s.toks.get(j).is_some_and(|t| t.hit == Some(h)) {
                    j += 1;
                }
                if s.is_possessive(j) {
                    j += 1;
                }
            } else {
                // "A, the country's trade minister,", "A, the island
                // nation's foreign minister,": an owner the text does not
                // name here; the title stands, its country is left to the
                // roles stage.
                let generic = |k: usize| {
                    GENERIC_OWNERS
                        .iter()
                        .any(|o| s.word(k).eq_ignore_ascii_case(o))
                };
                let k = j + usize::from(s.word(j).eq_ignore_ascii_case("island"));
                if generic(k) && s.is_possessive(k + 1) {
                    j = k + 2;
                }
            }
            if former.is_none() {
                former = former_at(j);
                j += usize::from(former.is_some());
            }
            let words_after: Vec<&str> = (j..(j + 5).min(n)).map(|k| s.word(k)).collect();
            // A title followed by a name belongs to that name ("A, Secretary
            // B", "A, Minister for Regional Affairs B").
            // Also when a name follows the title's own words: "A, Minister
            // for Regional Affairs B", "A, Minister of Justice and Law B".
            // (Not the one the title serves: "A, a spokesman for B",
            // "A, an adviser to President B".)
            let served = |k: usize| {
                let served_by = |w: &str| matches!(w, "for" | "to");
                (k >= 1 && served_by(s.word(k - 1)))
                    || (k >= 2
                        && served_by(s.word(k - 2))
                        && s.titles.is_title_word(&s.word(k - 1).to_lowercase()))
            };
            let names_next = |from: usize| {
                (from..(from + 7).min(n))
                    .take_while(|&k| s.toks[k].kind != TokenKind::Punct)
                    .any(|k| {
                        s.is_cap(k)
                            && !served(k)
                            && (s.toks[k].person
                                || crate::lexicon::given_gender(s.word(k)).is_some())
                    })
            };
            // "A, the official residence of B": a title word the tagger
            // reads as an adjective of the noun after it is no title.
            // (The tagger also reads titles after a comma as adjectives:
            // "A, Representative of X"; the noun after it tells.)
            let modifies = |len: usize| {
                let next = s.word(j + 1);
                len == 1
                    && s.toks[j].adjective
                    && next.chars().next().is_some_and(char::is_lowercase)
                    && !matches!(
                        next,
                        "of" | "for" | "to" | "at" | "in" | "on" | "and" | "or" | "with" | "from"
                    )
            };
            let title = s.titles.match_at(&words_after).filter(|&(len, id)| {
                // "A, the leaders of X and Y met": a plural title is a
                // group's, not the one name's (though "B and A, Special
                // Assistants" gives it to A as to B).
                let written = words_after[len - 1];
                let joined = pos > 0 && matches!(s.word(pos - 1), "and" | "&");
                let plural = !joined
                    && written.ends_with('s')
                    && s.titles.names[id]
                        .split_whitespace()
                        .last()
                        .is_some_and(|w| !w.eq_ignore_ascii_case(written));
                // "Quinta do Lago, the President's country residence":
                // a title that owns something is someone else.
                !plural
                    && !s.is_cap(j + len)
                    && !names_next(j + len)
                    && !modifies(len)
                    && !s.is_possessive(j + len)
            });
            if let Some((len, id)) = title {
                let mut tend = j + len;
                let mut held = vec![(id, former.unwrap_or(j)..tend)];
                // "A, Deputy Prime Minister and Foreign Minister of Qatar":
                // a second title joined by "and" shares the country named
                // after it.
                if s.word(tend) == "and" {
                    let more: Vec<&str> =
                        (tend + 1..(tend + 6).min(n)).map(|k| s.word(k)).collect();
                    let second = s.titles.match_at(&more).filter(|&(l, _)| {
                        let e = tend + 1 + l;
                        !s.is_cap(e) && !names_next(e) && !s.is_possessive(e)
                    });
                    if let Some((l, id2)) = second {
                        held.push((id2, tend + 1..tend + 1 + l));
                        tend += 1 + l;
                    }
                }
                if affil.is_none() {
                    if let Some((h, _)) = s.of_hit(tend) {
                        affil = Some(Affil::Hit(h));
                    }
                }
                strong = true;
                for (id, r) in held {
                    titles.push((
                        id,
                        affil,
                        s.toks[r.start].span.start..s.toks[r.end - 1].span.end,
                    ));
                }
            }
        }
        let _ = after;
        let proper = words
            .iter()
            .filter(|w| !s.nw.particles.contains(&w.to_lowercase()))
            .count();
        if !strong && proper < 2 && (start == 0 || s.heading) {
            // A capitalised first word tells nothing; it may still be a surname.
        }
        if plural {
            carried = titles.last().cloned();
        } else {
            carried = None;
        }
        // "met in Arica on Sunday": an untitled run the name finder calls
        // a place, right after "in" or "at", names a place the lexicon
        // does not know (a known one is a gazetteer hit, not a run).
        // (The whole of the name finder's place, in words only: not
        // "Los" of a "Los Angeles" broken over two lines, nor "June2023".)
        // (Not part of a name a lower-case particle breaks: "Granja" of
        // "Granja do Torto".)
        let broken = s.nw.particles.contains(s.word(end)) && s.is_cap(end + 1);
        let unknown_place = !strong
            && titles.is_empty()
            && !broken
            && after_in_at(start)
            && (pos..end).all(|k| s.toks[k].place && s.word(k).chars().all(char::is_alphabetic))
            && !s.toks.get(end).is_some_and(|t| t.place);
        out.push(Cand {
            sentence: s.sentence,
            span: name_span,
            words,
            name,
            kind: if unknown_place {
                CandKind::Place
            } else {
                CandKind::Person { strong }
            },
            titled: honorific || !titles.is_empty(),
            titles,
            found_person,
        });
    }
}

/// "to the President", "to the Vice President", "to the Secretary of
/// State" at token `k`: where it ends, when a title follows "to the".
fn to_the_title(s: &Scan, k: usize) -> Option<usize> {
    if s.word(k) != "to" || !s.word(k + 1).eq_ignore_ascii_case("the") || !s.is_cap(k + 2) {
        return None;
    }
    let words: Vec<&str> = (k + 2..(k + 8).min(s.toks.len()))
        .map(|j| s.word(j))
        .collect();
    let end = k + 2 + s.titles.match_at(&words)?.0;
    // The title ends there: what follows is a name, an honorific, or no
    // capitalised word ("to the General Counsel" is no "General").
    let next = s.toks.get(end)?;
    let fits = !s.is_cap(end)
        || next.person
        || s.nw.is_honorific(s.word(end))
        || crate::lexicon::given_gender(s.word(end)).is_some();
    fits.then_some(end)
}

/// Title words that take the place or body someone is sent to with "to"
/// ("Ambassador to Japan", "Special Envoy to Sudan", "Permanent
/// Representative to the United Nations").
const SENT_TO: &[&str] = &[
    "ambassador",
    "envoy",
    "representative",
    "emissary",
    "delegate",
];

/// Nouns that stand for a country a title's holder belongs to without
/// naming it ("A, the country's trade minister,").
pub(crate) const GENERIC_OWNERS: &[&str] = &[
    "country",
    "nation",
    "kingdom",
    "republic",
    "government",
    "state",
];

/// Whether `w` ends a title of someone sent to a country ([`SENT_TO`]).
fn sent_word(w: &str) -> bool {
    SENT_TO.contains(&w.to_lowercase().as_str())
}

/// The end of a title that starts inside the run `start..of` and runs
/// through the "of" at `of` ("Minister of Foreign Affairs").
fn title_through(s: &Scan, start: usize, of: usize) -> Option<usize> {
    (start..of).find_map(|p| {
        let words: Vec<&str> = (p..(p + 7).min(s.toks.len())).map(|k| s.word(k)).collect();
        s.titles
            .match_at(&words)
            .map(|(n, _)| p + n)
            .filter(|&e| e > of + 1)
    })
}

/// A title ending at `at` (a "for" or "of"), then a capitalised domain,
/// then a person's name: "Under Secretary for Political Affairs Nicholas
/// Burns", "Special Envoy for Climate A B". Gives where the name starts and
/// where the run ends. The name is where the name finder's person begins,
/// or a known given name, with one to three words after the domain; a
/// domain may join words with "and" ("for Cyber and Emerging
/// Technologies").
fn title_domain(s: &Scan, start: usize, at: usize) -> Option<(usize, usize)> {
    let ends_with_title = (start..at).any(|q| {
        let words: Vec<&str> = (q..at).map(|k| s.word(k)).collect();
        s.titles
            .match_at(&words)
            .is_some_and(|(len, _)| q + len == at)
    });
    if !ends_with_title {
        return None;
    }
    // A domain may be a country or place the gazetteer knows ("Special
    // Representative for Afghanistan A B").
    let domain_word = |k: usize| {
        s.is_cap(k)
            || s.toks.get(k).is_some_and(|t| {
                t.hit.is_some() && t.text.chars().next().is_some_and(char::is_uppercase)
            })
    };
    // "Chairman of the Popular Renewal Party A B", "Secretary General of
    // the Executive Committee of the League A B": an article may open the
    // domain, and "of [the]" may join its parts.
    let the = |k: usize| usize::from(s.word(k).eq_ignore_ascii_case("the"));
    let first = at + 1 + the(at + 1);
    let mut k = first;
    // "and" joins a domain ("for Cyber and Emerging Technologies"), not
    // the next titled person ("... A B and Prime Minister C D").
    let titled_at = |k: usize| {
        let words: Vec<&str> = (k..(k + 4).min(s.toks.len())).map(|j| s.word(j)).collect();
        s.titles.match_at(&words).is_some()
    };
    loop {
        if domain_word(k) || (s.word(k) == "and" && domain_word(k + 1) && !titled_at(k + 1)) {
            k += 1;
        } else if k > first
            && s.word(k) == "of"
            && domain_word(k + 1 + the(k + 1))
            && !(first..k)
                .any(|j| s.toks[j].person || crate::lexicon::given_gender(s.word(j)).is_some())
        {
            // Not after a name: "A B of the Philippines" is where A is from.
            k += 1 + the(k + 1);
        } else {
            break;
        }
    }
    // A name the name finder or the given names see, right after a known
    // country or organisation that ends the domain ("of the Arab Republic
    // of Egypt Abdel Fattah el-Sisi"): the name is all that follows it.
    let person_like = |j: usize| {
        s.is_cap(j) && (s.toks[j].person || crate::lexicon::given_gender(s.word(j)).is_some())
    };
    let after_hit = (first..k)
        .rev()
        .find(|&j| s.toks[j].hit.is_some())
        .map(|j| j + 1)
        .filter(|&a| {
            let plain = (2..=4).contains(&(k - a))
                && (a..k)
                    .all(|j| s.is_cap(j) && !s.titles.is_title_word(&s.word(j).to_lowercase()));
            let named = person_like(a) || s.nw.is_honorific(s.word(a));
            a > first && a < k && k - a <= 7 && (named || plain)
        });
    // "Director of the Office of the Foreign Affairs Commission Wang Yi":
    // the word that ends an organisation's name ends the domain; two or
    // three plain capitalised words after it are the name.
    let after_head = (first..k)
        .rev()
        .find(|&j| s.nw.org_heads.contains(s.word(j)))
        .map(|j| j + 1)
        .filter(|&a| {
            (2..=3).contains(&(k - a))
                && (a..k).all(|j| {
                    s.is_cap(j)
                        && !s.nw.org_heads.contains(s.word(j))
                        && !s.titles.is_title_word(&s.word(j).to_lowercase())
                })
        });
    let p = after_hit
        .or(after_head)
        .or_else(|| (first + 1..k).find(|&j| person_like(j) && !s.toks[j - 1].person))
        .or_else(|| {
            // No sign of where the name starts: with two words of domain
            // or more, the last two words name the person when no title
            // has them ("for International Economics Daleep Singh").
            (k >= first + 4
                && !matches!(s.word(k - 3), "and" | "of" | "the")
                && (k - 2..k)
                    .all(|j| s.is_cap(j) && !s.titles.is_title_word(&s.word(j).to_lowercase())))
            .then_some(k - 2)
        })?;
    // "Chief of Staff for European Commission President A B": a title of
    // its own right before the name; the first title is someone else's
    // (the person it follows, in apposition).
    // (A head of state's or government's title only: a rank of the same
    // person may stand there, "Secretary for Strategic Affairs Admiral A".)
    let heads = &crate::extract::Triggers::get().head_titles;
    // (The longest title ending there: "Vice President", not "President".)
    let own_title = (first..p)
        .find_map(|q| {
            let words: Vec<&str> = (q..p).map(|j| s.word(j)).collect();
            s.titles
                .match_at(&words)
                .is_some_and(|(len, _)| q + len == p)
                .then_some((q, words))
        })
        .is_some_and(|(q, words)| {
            heads.contains(&words.join(" ").to_lowercase())
                // ("Advisor for the Vice President A B": with "the", a
                // description of whom A serves.)
                && !s.word(q - 1).eq_ignore_ascii_case("the")
        });
    if own_title {
        return None;
    }
    // The name ends at "and" ("... Party A B and Prime Minister C D").
    let k = (p..k).find(|&j| s.word(j) == "and").unwrap_or(k);
    ((k - p <= 3 || after_hit == Some(p))
        && k - p >= 1
        && s.toks[p..k].iter().all(|t| t.person || t.hit.is_none()))
    .then_some((p, k))
}

/// Whether the space between two tokens is wider than a line break or two
/// spaces, or holds a tab or a no-break space beside other space (layout,
/// not running text). A single no-break space is a space: statements keep
/// names together with it ("Gitanas\u{a0}Nausėda").
fn wide_gap(text: &str, a: usize, b: usize) -> bool {
    let gap = text.get(a..b).unwrap_or("");
    let chars = gap.chars().count();
    chars > 3 || gap.contains('\t') || (gap.contains('\u{a0}') && chars > 1)
}

/// A span's end without a trailing possessive.
fn strip_end(text: &str, span: Range<usize>) -> usize {
    let w = &text[span.clone()];
    span.start + strip_possessive(w).len()
}

fn is_acronym(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.')
}

fn inside_quote(analysis: &Analysis, offset: usize) -> bool {
    analysis
        .quotation_at(offset)
        .is_some_and(|q| q.span.start <= offset && offset < q.span.end)
}

/// Lower case without diacritics or punctuation, for comparing names.
pub fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect()
}

/// Edit distance, bounded: returns `max + 1` as soon as it is exceeded.
fn edit_distance(a: &str, b: &str, max: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        let mut best = cur[0];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
            best = best.min(cur[j + 1]);
        }
        if best > max {
            return max + 1;
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Two name words are the same word, allowing a small misspelling in long
/// ones and a glued particle ("Al-Sisi" is "Sisi").
fn same_word(a: &str, b: &str) -> bool {
    let (a, b) = (fold(&unglue(a)), fold(&unglue(b)));
    if a == b {
        return true;
    }
    let len = a.chars().count().min(b.chars().count());
    let max = match len {
        0..=4 => 0,
        5..=6 => 1,
        _ => 2,
    };
    max > 0 && edit_distance(&a, &b, max) <= max && a.chars().next() == b.chars().next()
}

/// A name word without a particle glued to it by a hyphen ("al-Busaidi").
fn unglue(w: &str) -> String {
    match w.split_once('-') {
        Some((p, rest))
            if NameWords::get().particles.contains(&p.to_lowercase()) && !rest.is_empty() =>
        {
            rest.to_string()
        }
        _ => w.to_string(),
    }
}

/// How many people of the same initial a near-miss spelling is compared
/// with: enough for any real article, and a bound that keeps resolution
/// linear on pathological text with thousands of names.
const NEAR_MISS_CANDIDATES: usize = 64;

/// The people named in full so far, indexed by folded name words so that
/// resolution does not compare every name with every other.
#[derive(Default)]
struct People {
    /// (entity, name words)
    list: Vec<(usize, Vec<String>)>,
    by_last: HashMap<String, Vec<usize>>,
    by_first: HashMap<String, Vec<usize>>,
    by_middle: HashMap<String, Vec<usize>>,
    by_initial: HashMap<char, Vec<usize>>,
    /// The folded last word of each entry, to skip hopeless near misses cheaply.
    last_keys: Vec<String>,
}

fn key(w: &str) -> String {
    fold(&unglue(w)).replace(' ', "")
}

impl People {
    fn add(&mut self, entity: usize, words: Vec<String>) {
        self.list.push((entity, Vec::new()));
        self.last_keys.push(String::new());
        self.set_words(self.list.len() - 1, words);
    }

    /// Give entry `k` (longer) name words, indexing the new words too.
    fn set_words(&mut self, k: usize, words: Vec<String>) {
        let ws = strip_suffixes(&words);
        if let Some(last) = ws.last() {
            let lk = key(last);
            self.last_keys[k] = lk.clone();
            if let Some(c) = lk.chars().next() {
                push_unique(self.by_initial.entry(c).or_default(), k);
            }
            push_unique(self.by_last.entry(lk).or_default(), k);
        }
        if let Some(first) = ws.first() {
            push_unique(self.by_first.entry(key(first)).or_default(), k);
        }
        if ws.len() >= 3 {
            for mid in &ws[1..ws.len() - 1] {
                if mid.chars().count() > 2 {
                    push_unique(self.by_middle.entry(key(mid)).or_default(), k);
                }
            }
        }
        self.list[k].1 = words;
    }

    /// Entries whose last word may be `w`: the same folded word, or one of
    /// the first few of the same initial (for near-miss spellings).
    fn last_candidates(&self, w: &str) -> Vec<usize> {
        let k = key(w);
        let mut out: Vec<usize> = self.by_last.get(&k).cloned().unwrap_or_default();
        if let Some(c) = k.chars().next() {
            if let Some(v) = self.by_initial.get(&c) {
                let len = k.chars().count();
                out.extend(v.iter().take(NEAR_MISS_CANDIDATES).filter(|&&j| {
                    let lk = &self.last_keys[j];
                    lk.chars().count().abs_diff(len) <= 2 && edit_distance(lk, &k, 2) <= 2
                }));
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The earliest entry that is the same person as `words`.
    fn find_full(&self, words: &[String]) -> Option<usize> {
        let last = strip_suffixes(words).last()?;
        self.last_candidates(last)
            .into_iter()
            .find(|&k| same_person(&self.list[k].1, words))
    }

    /// The entities a single name word may refer to: by surname, else by a
    /// compound surname's first part, else by first name.
    fn find_single(&self, w: &str) -> Vec<usize> {
        let entities =
            |ks: Vec<usize>| -> Vec<usize> { ks.into_iter().map(|k| self.list[k].0).collect() };
        let by_last: Vec<usize> = self
            .last_candidates(w)
            .into_iter()
            .filter(|&k| {
                strip_suffixes(&self.list[k].1)
                    .last()
                    .is_some_and(|l| same_word(l, w))
            })
            .collect();
        if !by_last.is_empty() {
            return entities(by_last);
        }
        // "Quispe" for "Teresa Quispe Mamani"
        if let Some(v) = self.by_middle.get(&key(w)) {
            return entities(v.clone());
        }
        let first = fold(w);
        entities(
            self.by_first
                .get(&key(w))
                .map(|v| {
                    v.iter()
                        .copied()
                        .filter(|&k| fold(&self.list[k].1[0]) == first)
                        .collect()
                })
                .unwrap_or_default(),
        )
    }
}

fn push_unique(v: &mut Vec<usize>, k: usize) {
    if v.last() != Some(&k) {
        v.push(k);
    }
}

/// Whether two multi-word names are the same person.
fn same_person(a: &[String], b: &[String]) -> bool {
    let a = strip_suffixes(a);
    let b = strip_suffixes(b);
    let (Some(la), Some(lb)) = (a.last(), b.last()) else {
        return false;
    };
    if !same_word(la, lb) {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // All words of the shorter name are the last words of the longer one, or
    // the first names agree.
    let tail = &long[long.len() - short.len()..];
    short.iter().zip(tail).all(|(x, y)| same_word(x, y))
        || same_word(&short[0], &long[0])
        || short_form(&short[0], &long[0])
}

/// The entity of an organisation or place named in context: one per
/// folded name and kind, made at its first candidate.
fn context_entity(
    m: &mut Mentions,
    by_name: &mut HashMap<(String, EntityKind), usize>,
    c: &Cand,
    kind: EntityKind,
) -> usize {
    *by_name.entry((fold(&c.name), kind)).or_insert_with(|| {
        m.entities.push(Entity::new(c.name.clone(), kind, None));
        m.entities.len() - 1
    })
}

/// A display name without a trailing generational suffix: "Joseph R. Biden
/// Jr." is shown (and matched) as "Joseph R. Biden".
fn without_suffix(name: &str) -> String {
    let nw = NameWords::get();
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words.len() > 2
        && nw
            .suffixes
            .contains(words[words.len() - 1].trim_end_matches(','))
    {
        words.pop();
    }
    words.join(" ").trim_end_matches(',').to_string()
}

/// "Joe" for "Joseph": first names that share their first two letters, one
/// of them short (the surname already agrees). "Jill" and "Joe" stay apart.
fn short_form(a: &str, b: &str) -> bool {
    let (a, b) = (fold(a), fold(b));
    let prefix = |s: &str| s.chars().take(2).collect::<String>();
    a.chars().count() >= 2 && prefix(&a) == prefix(&b) && a.len().min(b.len()) <= 4
}

/// A name without generational suffixes ("Jr.", "III") and initials' dots.
fn strip_suffixes(words: &[String]) -> &[String] {
    let nw = NameWords::get();
    let mut end = words.len();
    while end > 1 && nw.suffixes.contains(words[end - 1].as_str()) {
        end -= 1;
    }
    &words[..end]
}

#[allow(clippy::too_many_arguments)]
fn resolve(
    text: &str,
    lex: &Lexicon,
    analysis: &Analysis,
    hits: &[Hit],
    hit_sentence: &[usize],
    cands: &[Cand],
    titles: &TitleIndex,
) -> Mentions {
    let mut m = Mentions::default();
    let mut lexicon_entity: HashMap<(u8, usize), usize> = HashMap::new();
    let mut hit_entity: Vec<usize> = Vec::with_capacity(hits.len());
    for (hi, h) in hits.iter().enumerate() {
        let (key, via, entity) = match h.target {
            Target::Country(c, form) => {
                let ct = &lex.countries[c];
                (
                    (0, c),
                    match form {
                        CountryForm::Name => Via::Name,
                        CountryForm::Demonym => Via::Demonym,
                        CountryForm::Capital => Via::Capital,
                    },
                    Entity::new(ct.name.clone(), EntityKind::Country, ct.wikidata.clone()),
                )
            }
            Target::Organization(o) => {
                let org = &lex.organizations[o];
                (
                    (1, o),
                    Via::Name,
                    Entity::new(
                        org.name.clone(),
                        EntityKind::Organization,
                        org.wikidata.clone(),
                    ),
                )
            }
            Target::Place(p) => {
                let pl = &lex.places[p];
                (
                    (2, p),
                    Via::Name,
                    Entity::new(pl.name.clone(), EntityKind::Place, pl.wikidata.clone()),
                )
            }
        };
        let idx = *lexicon_entity.entry(key).or_insert_with(|| {
            m.entities.push(entity);
            m.entities.len() - 1
        });
        let surface = &text[h.span.clone()];
        if surface != m.entities[idx].name && !m.entities[idx].aliases.iter().any(|a| a == surface)
        {
            m.entities[idx].aliases.push(surface.to_string());
        }
        hit_entity.push(idx);
        m.mentions.push(Mention {
            span: h.span.clone(),
            sentence: hit_sentence[hi],
            entity: idx,
            via,
        });
    }

    // Organisations named in context, merged by folded name.
    let mut cand_entity: Vec<Option<usize>> = vec![None; cands.len()];
    let mut by_name: HashMap<(String, EntityKind), usize> = HashMap::new();
    for (ci, c) in cands.iter().enumerate() {
        if c.kind == CandKind::Organization {
            cand_entity[ci] = Some(context_entity(
                &mut m,
                &mut by_name,
                c,
                EntityKind::Organization,
            ));
        }
    }

    // Words the article also writes in lower case are common words: an
    // untitled capitalised run made of them ("Fire Mitigation", "Yeah") is
    // a heading or a document name, not a person.
    let lower_words: HashSet<String> = analysis
        .tokens
        .iter()
        .filter_map(|t| text.get(t.span.clone()))
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .map(str::to_string)
        .collect();
    let nw = NameWords::get();
    let doubtful = |c: &Cand| {
        !c.titled
            && c.words.iter().any(|w| {
                let l = w.to_lowercase();
                !nw.particles.contains(&l) && (lower_words.contains(&l) || titles.is_stopword(w))
            })
    };
    // Places named in context, merged by folded name; not words the
    // article also writes in lower case ("the Nobel Prize in Physics").
    for (ci, c) in cands.iter().enumerate() {
        if c.kind == CandKind::Place && !doubtful(c) {
            cand_entity[ci] = Some(context_entity(&mut m, &mut by_name, c, EntityKind::Place));
        }
    }
    // Set aside in place, not removed: the organisations above and the
    // affiliations of titles (`Affil::Cand`) index this list.
    let cands: Vec<Cand> = cands
        .iter()
        .map(|c| {
            let mut c = c.clone();
            if matches!(c.kind, CandKind::Person { .. })
                && c.words.len() >= 2
                && doubtful(&c)
                && !c.found_person
            {
                c.kind = CandKind::Dropped;
            }
            // "DOJ officials", "GOP leaders": a body and a plural noun for
            // its people name a group, not a person.
            if matches!(c.kind, CandKind::Person { .. })
                && c.words.len() >= 2
                && c.words.last().is_some_and(|w| {
                    w.starts_with(char::is_lowercase) && w.ends_with('s') && w.len() > 3
                })
            {
                c.kind = CandKind::Dropped;
            }
            // A doubtful single word may still be a known surname, never a new person.
            if let CandKind::Person { strong: true } = c.kind {
                if c.words.len() == 1 && doubtful(&c) {
                    c.kind = CandKind::Person { strong: false };
                }
                // So is a common word after a title, one news mostly
                // writes in lower case and no name list holds: "Chief Data
                // and Delivery Officer", "General Electric", "Marshal
                // Announcements" ("Secretary Price", "Leader Young" are
                // surnames).
                if c.words.len() == 1 && c.titled && !c.found_person {
                    let w = c.words[0].as_str();
                    if super::words::capital_class(w).is_some_and(|k| k <= 1)
                        && !super::words::is_surname(w)
                        && crate::lexicon::given_gender(w).is_none()
                    {
                        c.kind = CandKind::Person { strong: false };
                    }
                }
            }
            c
        })
        .collect();
    let cands = &cands[..];

    // People named in full (two words or more), merged across the article.
    let mut people = People::default();
    let is_person = |c: &Cand| matches!(c.kind, CandKind::Person { .. });
    for (ci, c) in cands.iter().enumerate() {
        if !is_person(c) || c.words.len() < 2 {
            continue;
        }
        let idx = match people.find_full(&c.words) {
            Some(k) => {
                let (idx, longer) = {
                    let (idx, w) = &people.list[k];
                    (*idx, c.words.len() > w.len())
                };
                if longer {
                    m.entities[idx].name = without_suffix(&c.name);
                    people.set_words(k, c.words.clone());
                }
                idx
            }
            None => {
                m.entities.push(Entity::new(
                    without_suffix(&c.name),
                    EntityKind::Person,
                    None,
                ));
                people.add(m.entities.len() - 1, c.words.clone());
                m.entities.len() - 1
            }
        };
        cand_entity[ci] = Some(idx);
    }
    // The titles each person named in full is given.
    let mut titles_of: HashMap<usize, Vec<usize>> = HashMap::new();
    for (ci, c) in cands.iter().enumerate() {
        if let (Some(e), true) = (cand_entity[ci], c.words.len() >= 2) {
            titles_of
                .entry(e)
                .or_default()
                .extend(c.titles.iter().map(|t| t.0));
        }
    }
    let leaders = crate::lexicon::Leaders::builtin();
    // Single names: a surname (or a first name) of someone named in full,
    // or a person of their own when the context says so.
    for (ci, c) in cands.iter().enumerate() {
        let CandKind::Person { strong } = c.kind else {
            continue;
        };
        if c.words.len() != 1 {
            continue;
        }
        let mut matches = people.find_single(&c.words[0]);
        // "First Lady Jill Biden ... President Biden": an office a leader
        // of that surname holds, which no one named in full here is given,
        // names the leader, not the namesake.
        // (Only namesakes by surname: "Prime Minister Salman" is the
        // Salman bin Hamad named before, whoever else bears the name.)
        let namesakes = !matches.is_empty()
            && matches.iter().all(|&e| {
                m.entities[e]
                    .name
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| fold(w) == fold(&c.words[0]))
            });
        let office_holder = c.titles.iter().filter(|_| namesakes).find_map(|t| {
            let leader = leaders.find_by_office(&c.words[0], &titles.names[t.0])?;
            let given = |e: &usize| titles_of.get(e).is_some_and(|v| v.contains(&t.0));
            (!matches.iter().any(given)).then_some(leader)
        });
        if let Some(leader) = office_holder {
            // (A surname alone named before is that leader too.)
            matches.retain(|&e| {
                let name = &m.entities[e].name;
                !name.contains(' ')
                    || leaders
                        .find(name)
                        .is_some_and(|l| l.wikidata == leader.wikidata)
            });
        }
        // (The office names a person of their own when no namesake is left.)
        if matches.len() == 1 {
            cand_entity[ci] = Some(matches[0]);
        } else if (strong || office_holder.is_some()) && matches.is_empty() {
            m.entities
                .push(Entity::new(c.name.clone(), EntityKind::Person, None));
            people.add(m.entities.len() - 1, c.words.clone());
            cand_entity[ci] = Some(m.entities.len() - 1);
        }
    }

    // Roles, now that people and affiliations are entities.
    let affil_entity = |a: Option<Affil>, cand_entity: &[Option<usize>]| match a {
        Some(Affil::Hit(h)) => Some(hit_entity[h]),
        Some(Affil::Cand(c)) => cand_entity[c],
        None => None,
    };
    for (ci, c) in cands.iter().enumerate() {
        let Some(person) = cand_entity[ci] else {
            continue;
        };
        if !is_person(c) {
            continue;
        }
        for (id, affil, tspan) in &c.titles {
            // (A title span opening with "former" is a former title.)
            let former = text
                .get(tspan.clone())
                .and_then(|t| t.split_whitespace().next())
                .is_some_and(|w| w.eq_ignore_ascii_case("former"));
            let title = if former {
                format!("former {}", titles.names[*id])
            } else {
                titles.names[*id].clone()
            };
            m.roles.push(RoleMention {
                person,
                title,
                of: affil_entity(*affil, &cand_entity),
                sentence: c.sentence,
                span: tspan.start.min(c.span.start)..tspan.end.max(c.span.end),
                counterpart: false,
            });
        }
    }

    // A person the article names by surname alone, with an office a leader
    // of the leaders lexicon holds ("President Zelenskyy"), is that leader.
    for r in &m.roles {
        let e = &mut m.entities[r.person];
        if e.kind != EntityKind::Person || e.name.split_whitespace().count() != 1 {
            continue;
        }
        if let Some(l) = leaders.find_by_office(&e.name, &r.title) {
            let short = std::mem::replace(&mut e.name, l.name.clone());
            e.aliases.push(short);
            e.wikidata = Some(l.wikidata.clone());
        }
    }

    // A first name alone ("thank Joe for the invitation") is the leader
    // the article names by office and surname ("President Biden"), now
    // that the leaders lexicon has given them their full name.
    let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
    for (idx, e) in m.entities.iter().enumerate() {
        let mut words = e.name.split_whitespace();
        if e.kind == EntityKind::Person && e.wikidata.is_some() {
            if let (Some(f), Some(_)) = (words.next(), words.next()) {
                by_first.entry(fold(f)).or_default().push(idx);
            }
        }
    }
    for (ci, c) in cands.iter().enumerate() {
        let Some(e) = cand_entity[ci] else { continue };
        let entity = &m.entities[e];
        if c.words.len() != 1 || entity.kind != EntityKind::Person || entity.wikidata.is_some() {
            continue;
        }
        if entity.name.split_whitespace().count() != 1 {
            continue;
        }
        if let Some([leader]) = by_first.get(&fold(&c.words[0])).map(Vec::as_slice) {
            cand_entity[ci] = Some(*leader);
        }
    }

    // Mentions of people and organisations named in context.
    for (ci, c) in cands.iter().enumerate() {
        if let Some(e) = cand_entity[ci] {
            let via = if c.words.len() == 1
                && m.entities[e].kind == EntityKind::Person
                && fold(&m.entities[e].name) != fold(&c.name)
            {
                Via::Surname
            } else {
                Via::Name
            };
            if fold(&m.entities[e].name) != fold(&c.name)
                && !m.entities[e].aliases.contains(&c.name)
            {
                m.entities[e].aliases.push(c.name.clone());
            }
            m.mentions.push(Mention {
                span: c.span.clone(),
                sentence: c.sentence,
                entity: e,
                via,
            });
        }
    }
    m.mentions
        .sort_by_key(|x| (x.span.start, std::cmp::Reverse(x.span.end)));

    // Bare titles and pronouns refer to people already mentioned.
    let mut holders_by_title: HashMap<&str, Vec<usize>> = HashMap::new();
    for r in &m.roles {
        let v = holders_by_title.entry(r.title.as_str()).or_default();
        if !v.contains(&r.person) {
            v.push(r.person);
        }
    }
    for v in holders_by_title.values_mut() {
        v.sort_unstable();
    }
    let mut extra = Vec::new();
    for c in cands {
        match c.kind {
            CandKind::TitleRef(id) => {
                // "the Secretary" for the one Secretary; "the minister" for
                // a Foreign or Prime Minister too: a title names its holder
                // when one person holds it, else the holder named last
                // before it (within three sentences).
                let bare = titles.names[id].to_lowercase();
                let mut holders: Vec<usize> = Vec::new();
                for (t, v) in &holders_by_title {
                    let t = t.to_lowercase();
                    if t == bare || t.ends_with(&format!(" {bare}")) {
                        holders.extend(v.iter().copied());
                    }
                }
                holders.sort_unstable();
                holders.dedup();
                let pick = if holders.len() == 1 {
                    Some(holders[0])
                } else {
                    let before = m.mentions.partition_point(|x| x.span.start < c.span.start);
                    m.mentions[..before]
                        .iter()
                        .rev()
                        .take_while(|x| x.sentence + 3 >= c.sentence)
                        .find(|x| holders.contains(&x.entity))
                        .map(|x| x.entity)
                };
                if let Some(h) = pick {
                    extra.push(Mention {
                        span: c.span.clone(),
                        sentence: c.sentence,
                        entity: h,
                        via: Via::Title,
                    });
                }
            }
            CandKind::Pronoun => {
                let before = m.mentions.partition_point(|x| x.span.start < c.span.start);
                let pronoun = &text[c.span.clone()];
                let agrees = |e: usize| super::pronoun_agrees(pronoun, &m.entities[e].name);
                let mut candidates = m.mentions[..before]
                    .iter()
                    .rev()
                    .take_while(|x| x.sentence + 3 >= c.sentence)
                    .filter(|x| {
                        m.entities[x.entity].kind == EntityKind::Person
                            && !inside_quote(analysis, x.span.start)
                            && agrees(x.entity)
                    });
                // A pronoun that is a subject continues the last person
                // who was one ("A spoke with B, head of C. A thanked B ...
                // He welcomed ..." is A; "“…,” spokesman A said ahead of
                // the talks, which he added ..." is A, not the subject of
                // the sentence before): the nearest person otherwise, or
                // when no earlier subject is a person.
                let antecedent = if is_subject(analysis, &c.span) {
                    let all: Vec<&Mention> = candidates.collect();
                    all.iter()
                        .find(|x| is_subject(analysis, &x.span))
                        .or(all.first())
                        .copied()
                } else {
                    candidates.next()
                };
                if let Some(a) = antecedent {
                    extra.push(Mention {
                        span: c.span.clone(),
                        sentence: c.sentence,
                        entity: a.entity,
                        via: Via::Pronoun,
                    });
                }
            }
            _ => {}
        }
    }
    m.mentions.extend(extra);
    m.mentions
        .sort_by_key(|x| (x.span.start, std::cmp::Reverse(x.span.end)));
    let inferred = counterpart_roles(text, analysis, &m);
    m.roles.extend(inferred);
    let described = descriptions(text, analysis, titles, &m);
    if !described.is_empty() {
        m.mentions.extend(described);
        m.mentions
            .sort_by_key(|x| (x.span.start, std::cmp::Reverse(x.span.end)));
    }
    m
}

/// Whether the words of `span` are the subject of their clause in the
/// parse (the token heading them, or the title they hang under, is an
/// `nsubj`).
pub(crate) fn is_subject(analysis: &Analysis, span: &Range<usize>) -> bool {
    let toks = &analysis.tokens;
    analysis.span_head(span).is_some_and(|mut k| {
        // "Minister Ana Berg": the name hangs under its title; "Peru's
        // minister, Ana Berg, said": it stands in apposition to it.
        for _ in 0..3 {
            match toks[k].head {
                Some(h)
                    if matches!(toks[k].deprel, "compound" | "flat" | "flat:name" | "appos") =>
                {
                    k = h
                }
                _ => break,
            }
        }
        toks[k].deprel.starts_with("nsubj")
    })
}

/// "Finnish Foreign Minister A met her Estonian counterpart, B": B holds
/// A's title for the country the demonym names. The owner is the
/// possessor of "counterpart" (a pronoun resolved or a name) or else the
/// subject of the verb it is the object of; B is the name in apposition to
/// it. Only with a country, and only a title the owner holds for another
/// country.
fn counterpart_roles(text: &str, analysis: &Analysis, m: &Mentions) -> Vec<RoleMention> {
    let toks = &analysis.tokens;
    let entity_at = |t: usize| m.at(toks[t].span.start).map(|x| x.entity);
    let kind = |e: usize| m.entities[e].kind;
    let mut out = Vec::new();
    for (t, tok) in toks.iter().enumerate() {
        if !text
            .get(tok.span.clone())
            .is_some_and(|w| w.eq_ignore_ascii_case("counterpart"))
        {
            continue;
        }
        let kids: Vec<usize> = analysis.children(t).collect();
        let country = kids
            .iter()
            .filter(|&&c| matches!(toks[c].deprel, "amod" | "compound" | "nmod:poss"))
            .filter_map(|&c| entity_at(c))
            .find(|&e| kind(e) == EntityKind::Country);
        let Some(country) = country else { continue };
        // The name in apposition, or set off by a comma right after
        // whatever the parse made of it ("A and her Estonian counterpart,
        // B" parsed as a list of three).
        let named = kids
            .iter()
            .filter(|&&c| toks[c].deprel == "appos")
            .filter_map(|&c| entity_at(c))
            .find(|&e| kind(e) == EntityKind::Person)
            .or_else(|| {
                let comma = toks.get(t + 1)?;
                (text.get(comma.span.clone()) == Some(",") && t + 2 < toks.len())
                    .then(|| entity_at(t + 2))
                    .flatten()
                    .filter(|&e| kind(e) == EntityKind::Person)
            })
            .or_else(|| {
                // "her Ugandan counterpart Tomas Okello": the name right
                // after it, with no comma, however the parse hung it.
                let next = toks.get(t + 1)?;
                m.at(next.span.start)
                    .filter(|x| x.span.start == next.span.start)
                    .map(|x| x.entity)
                    .filter(|&e| kind(e) == EntityKind::Person)
            });
        let Some(person) = named else { continue };
        let owner = kids
            .iter()
            .filter(|&&c| toks[c].deprel == "nmod:poss")
            .filter_map(|&c| entity_at(c))
            .find(|&e| kind(e) == EntityKind::Person)
            .or_else(|| {
                // The subject of the verb the counterpart's phrase hangs
                // on, through the nouns between ("arrived for two days of
                // talks with her counterpart").
                let mut x = t;
                let mut v = None;
                for _ in 0..4 {
                    if !matches!(toks[x].deprel, "obj" | "obl" | "nmod") {
                        break;
                    }
                    let h = toks[x].head?;
                    if toks[h].upos == "VERB" {
                        v = Some(h);
                        break;
                    }
                    x = h;
                }
                analysis
                    .children(v?)
                    .filter(|&c| toks[c].deprel == "nsubj")
                    .filter_map(entity_at)
                    .find(|&e| kind(e) == EntityKind::Person)
            })
            .or_else(|| {
                // "A and her Estonian counterpart, B": the person the
                // counterpart is coordinated with.
                let h = tok.head.filter(|_| tok.deprel == "conj")?;
                entity_at(h).filter(|&e| kind(e) == EntityKind::Person)
            })
            .or_else(|| {
                // "Her Peruvian counterpart, B, was more cautious": a
                // possessive pronoun's person is the last one named before,
                // within three sentences, who holds a title of another
                // country.
                kids.iter()
                    .find(|&&c| toks[c].deprel == "nmod:poss" && toks[c].upos == "PRON")?;
                let here = analysis.sentence_of_token(t);
                m.mentions
                    .iter()
                    .rev()
                    .filter(|x| x.span.end <= tok.span.start)
                    .take_while(|x| x.sentence + 3 > here)
                    .map(|x| x.entity)
                    .find(|&e| {
                        kind(e) == EntityKind::Person
                            && m.roles
                                .iter()
                                .any(|r| r.person == e && r.of.is_some_and(|o| o != country))
                    })
            });
        let Some(owner) = owner.filter(|&o| o != person) else {
            continue;
        };
        let title = m
            .roles
            .iter()
            .find(|r| r.person == owner && r.of.is_some_and(|o| o != country));
        let Some(title) = title else { continue };
        if m.roles.iter().any(|r| r.person == person && r.of.is_some()) {
            continue;
        }
        let end = m
            .mentions
            .iter()
            .find(|x| x.entity == person && x.span.start >= tok.span.end)
            .map_or(tok.span.end, |x| x.span.end);
        out.push(RoleMention {
            person,
            title: title.title.clone(),
            of: Some(country),
            sentence: analysis.sentence_of_token(t),
            span: tok.span.start..end,
            counterpart: true,
        });
    }
    out
}

/// Definite descriptions in lower case: "the minister", "the Peruvian
/// president", "the foreign minister". Each refers to the person named
/// (or described) last before it, within three sentences (ten when the
/// description names a country), who holds a title ending in
/// the description's title words, of the country a demonym before the
/// title names when there is one. A description followed by a name is
/// the name's title, not a reference, and is left alone.
fn descriptions(
    text: &str,
    analysis: &Analysis,
    titles: &TitleIndex,
    m: &Mentions,
) -> Vec<Mention> {
    let toks = &analysis.tokens;
    let word = |t: usize| text.get(toks[t].span.clone()).unwrap_or("");
    let mut out = Vec::new();
    for (si, sentence) in analysis.sentences.iter().enumerate() {
        let range = sentence.tokens.clone();
        for t in range.clone() {
            if !word(t).eq_ignore_ascii_case("the") {
                continue;
            }
            let mut k = t + 1;
            // An optional demonym or country: "the Peruvian president".
            let mut country = None;
            if k < range.end {
                if let Some(x) = m.at(toks[k].span.start) {
                    if m.entities[x.entity].kind == EntityKind::Country
                        && x.span.end <= toks[k].span.end
                    {
                        country = Some(x.entity);
                        k += 1;
                    }
                }
            }
            let words: Vec<&str> = (k..range.end.min(k + 4)).map(word).collect();
            let Some((len, id)) = titles.match_at(&words) else {
                out.extend(organisation_description(text, analysis, m, si, t));
                continue;
            };
            let mut end = k + len;
            // A plural ("the ministers agreed") is a group, not one of
            // them: `extract::coref` reads groups.
            let last = word(end - 1).to_lowercase();
            if titles.names[id]
                .split_whitespace()
                .last()
                .is_some_and(|w| w.to_lowercase() != last)
            {
                continue;
            }
            if m.at(toks[k].span.start).is_some() {
                continue;
            }
            // "the president of Brazil", "the foreign minister of the
            // Republic of Korea": the country (or organisation) named
            // whole after "of" is whose office it is, as a demonym before
            // the title would be.
            let mut span_end = toks[end - 1].span.end;
            let mut of_whose = false;
            if country.is_none() && end < range.end && word(end) == "of" {
                let o = end + 1 + usize::from(end + 1 < range.end && word(end + 1) == "the");
                let whose = (o < range.end)
                    .then(|| m.at(toks[o].span.start))
                    .flatten()
                    .filter(|x| {
                        matches!(
                            m.entities[x.entity].kind,
                            EntityKind::Country | EntityKind::Organization
                        )
                    });
                if let Some(x) = whose {
                    let after = (o..range.end)
                        .find(|&j| toks[j].span.start >= x.span.end)
                        .unwrap_or(range.end);
                    country = Some(x.entity);
                    of_whose = true;
                    span_end = x.span.end;
                    end = after;
                }
            }
            // Titles written in lower case only: capitalised ones are
            // handled with names, unless the scan left them nameless with
            // their "of" phrase ("the President of Brazil said").
            if !of_whose
                && (k..k + len).any(|x| word(x).chars().next().is_some_and(char::is_uppercase))
            {
                continue;
            }
            if end < range.end
                && (word(end).chars().next().is_some_and(char::is_uppercase)
                    || matches!(word(end), "of" | "for"))
            {
                continue;
            }
            let bare = titles.names[id].to_lowercase();
            // "the Chilean leader": Chile's head of state or government,
            // whatever the title the article gave them.
            let heads = &crate::extract::Triggers::get().head_titles;
            let leader = bare == "leader" && country.is_some();
            let holds = |p: usize| {
                m.roles.iter().any(|r| {
                    let t = r.title.to_lowercase();
                    r.person == p
                        && (t == bare
                            || t.ends_with(&format!(" {bare}"))
                            || (leader && heads.contains(&t)))
                        && country.is_none_or(|c| r.of == Some(c))
                })
            };
            let span = toks[t].span.start..span_end;
            // A description that names the country ("the Irish foreign
            // minister") is specific enough to reach further back.
            let reach = if country.is_some() { 10 } else { 3 };
            let before = m.mentions.partition_point(|x| x.span.start < span.start);
            let earlier = out
                .iter()
                .rev()
                .find(|x: &&Mention| x.sentence + reach >= si && holds(x.entity));
            let antecedent = m.mentions[..before]
                .iter()
                .rev()
                .take_while(|x| x.sentence + reach >= si)
                .find(|x| m.entities[x.entity].kind == EntityKind::Person && holds(x.entity))
                .filter(|a| earlier.is_none_or(|e| e.span.start < a.span.start))
                .or(earlier);
            if let Some(a) = antecedent.cloned() {
                out.push(Mention {
                    span,
                    sentence: si,
                    entity: a.entity,
                    via: Via::Title,
                });
            }
        }
    }
    out
}

/// "Iran's Foreign Ministry rejected the claims. The ministry said ...":
/// at token `t`, "the" and an organisation's head noun written in lower
/// case (with up to two words before it, "the foreign ministry"), naming
/// no organisation of its own (no capitalised word or "of" after it),
/// stand for the nearest organisation named in the three sentences before
/// (sentence `si` is this one) whose name holds those words.
fn organisation_description(
    text: &str,
    analysis: &Analysis,
    m: &Mentions,
    si: usize,
    t: usize,
) -> Option<Mention> {
    let toks = &analysis.tokens;
    let word = |t: usize| text.get(toks[t].span.clone()).unwrap_or("");
    let nw = NameWords::get();
    let range = analysis.sentences[si].tokens.clone();
    // The head noun: the first of the next three words that is an
    // organisation's head word, the words before it lower case.
    let n = (t + 1..range.end.min(t + 4)).find(|&k| {
        let w = word(k);
        let mut cap = w.to_string();
        if let Some(f) = cap.get_mut(0..1) {
            f.make_ascii_uppercase();
        }
        w.chars().next().is_some_and(char::is_lowercase) && nw.org_heads.contains(&cap)
    })?;
    let lower_before = (t + 1..n).all(|k| {
        word(k).chars().next().is_some_and(char::is_lowercase)
            && matches!(toks[k].upos, "ADJ" | "NOUN")
    });
    let names_itself = n + 1 < range.end
        && (word(n + 1).chars().next().is_some_and(char::is_uppercase)
            || matches!(word(n + 1), "of" | "for" | "'s" | "’s"));
    if !lower_before || names_itself || (t + 1..=n).any(|k| m.at(toks[k].span.start).is_some()) {
        return None;
    }
    let wanted: Vec<String> = (t + 1..=n).map(|k| word(k).to_lowercase()).collect();
    let span = toks[t].span.start..toks[n].span.end;
    let before = m.mentions.partition_point(|x| x.span.start < span.start);
    let antecedent = m.mentions[..before]
        .iter()
        .rev()
        .take_while(|x| x.sentence + 3 >= si)
        .find(|x| {
            let e = &m.entities[x.entity];
            e.kind == EntityKind::Organization && {
                let name: Vec<String> = e.name.split_whitespace().map(str::to_lowercase).collect();
                wanted.iter().all(|w| name.contains(w))
            }
        })?;
    Some(Mention {
        span,
        sentence: si,
        entity: antecedent.entity,
        via: Via::Title,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::analyse;

    fn run(text: &str) -> (Mentions, String) {
        let doc = Document::new("t", text);
        let a = analyse(&doc.text, doc.body.clone());
        (find(&doc, &a, Lexicon::builtin()), text.to_string())
    }

    fn entity_names(m: &Mentions, kind: EntityKind) -> Vec<String> {
        m.entities
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| e.name.clone())
            .collect()
    }

    #[test]
    fn people_from_titles_appositions_and_verbs() {
        let cases: &[(&str, &[&str])] = &[
            ("Foreign Minister Lena Vardi arrived.", &["Lena Vardi"]),
            (
                "The talks were led by envoys Tom Arlen and Maya Quist.",
                &["Tom Arlen", "Maya Quist"],
            ),
            (
                "Omar Tal, the Prime Minister of Oman, arrived.",
                &["Omar Tal"],
            ),
            ("Pedro Alves said the talks went well.", &["Pedro Alves"]),
            ("Minister Badr al-Rashidi spoke.", &["Badr al-Rashidi"]),
            ("President George W. Bush spoke.", &["George W. Bush"]),
            (
                "Director of National Intelligence (DNI) Ana Vale arrived.",
                &["Ana Vale"],
            ),
        ];
        for (text, want) in cases {
            let (m, _) = run(text);
            let got = entity_names(&m, EntityKind::Person);
            for w in *want {
                assert!(got.iter().any(|g| g == w), "{text:?}: {w} not in {got:?}");
            }
        }
    }

    /// A country's name that is also a given name opens a person's name
    /// before a surname a title stands by; not before a word news also
    /// writes in lower case ("visited Chad June 23").
    #[test]
    fn a_country_that_is_a_given_name() {
        let (m, _) = run("Chad Korvath, Special Assistant to the President, met the delegation.");
        let people = entity_names(&m, EntityKind::Person);
        assert!(people.contains(&"Chad Korvath".to_string()), "{people:?}");
        let (m, _) = run("The minister visited Chad June 23 and met Chadian officials.");
        let people = entity_names(&m, EntityKind::Person);
        assert!(people.iter().all(|p| !p.contains("Chad")), "{people:?}");
        assert!(entity_names(&m, EntityKind::Country).contains(&"Chad".to_string()));
        // So does a capital's or another place's name, before a word news
        // always capitalises that names no time; a given name either sex
        // bears ("Jordan", "Sydney") only after a title.
        for (text, name) in [
            (
                "President Santiago Korvath of Paraguay met the delegation.",
                "Santiago Korvath",
            ),
            (
                "Under Secretary Victoria Nuland met the delegation.",
                "Victoria Nuland",
            ),
            (
                "Ana Ruiz spoke with National Security Advisor Sydney Mufaro.",
                "Sydney Mufaro",
            ),
            (
                "Ana Ruiz met Foreign Minister Jordan Pelle in Nairobi.",
                "Jordan Pelle",
            ),
        ] {
            let (m, _) = run(text);
            let people = entity_names(&m, EntityKind::Person);
            assert!(people.contains(&name.to_string()), "{text}: {people:?}");
        }
        let (m, _) = run("The ministers met in Santiago Monday and flew to Victoria June 3.");
        assert!(entity_names(&m, EntityKind::Person).is_empty());
        // Not without a title, nor before another title word.
        for text in [
            "The delegation flew to Jordan Tuesday.",
            "Past President Dayton Mayor Ana Whaley spoke.",
        ] {
            let (m, _) = run(text);
            let people = entity_names(&m, EntityKind::Person);
            assert!(
                people
                    .iter()
                    .all(|p| !p.contains("Jordan") && !p.contains("Dayton")),
                "{text}: {people:?}"
            );
        }
    }

    /// One no-break space joins a name as a space does; a column of them
    /// (a signature block) parts two names.
    #[test]
    fn a_no_break_space_keeps_a_name_whole() {
        let (m, _) = run("President Ana\u{a0}Ruiz of Chile met President Luis Vega in Lima.");
        let people = entity_names(&m, EntityKind::Person);
        assert!(people.contains(&"Ana Ruiz".to_string()), "{people:?}");
        assert!(!people.contains(&"Ana".to_string()), "{people:?}");
        let (m, _) = run("Signed by Ana Ruiz\u{a0}\u{a0}\u{a0}Luis Vega, ministers.");
        let people = entity_names(&m, EntityKind::Person);
        assert!(
            !people
                .iter()
                .any(|p| p.contains("Ruiz") && p.contains("Luis")),
            "{people:?}"
        );
    }

    /// A pronoun with its verb glued on is no name ("I’ll", "He'd").
    #[test]
    fn contractions_are_no_names() {
        for text in [
            "And today, as President, I’ll welcome Ana Vale to the Oval Office.",
            "My father had a saying. He’d say, “Work matters.”",
            "And today, as President, I'm proud of them.",
        ] {
            let (m, _) = run(text);
            let got = entity_names(&m, EntityKind::Person);
            assert!(
                got.iter().all(|g| !g.contains('’') && !g.contains('\'')),
                "{text:?}: {got:?}"
            );
        }
        assert!(is_contraction("We’ve") && is_contraction("Don't"));
        assert!(!is_contraction("O'Brien") && !is_contraction("D'Souza"));
    }

    /// A place's name as a surname ("Rosa Medina", "Mark Dayton") belongs
    /// to the person; alone it is still the place.
    #[test]
    fn a_place_inside_a_persons_name_is_a_surname() {
        let (m, _) = run("Foreign Minister Rosa Medina arrived in Lima on Monday.");
        assert!(
            entity_names(&m, EntityKind::Person).contains(&"Rosa Medina".to_string()),
            "{:?}",
            m.entities
        );
        assert!(!entity_names(&m, EntityKind::Place).contains(&"Medina".to_string()));
        let (m, _) =
            run("Foreign Minister Rosa Medina arrived on Monday. Medina said the talks went well.");
        let medina = m
            .entities
            .iter()
            .position(|e| e.name == "Rosa Medina")
            .expect("Rosa Medina found");
        assert_eq!(
            m.mentions.iter().filter(|x| x.entity == medina).count(),
            2,
            "{:?}",
            m.entities
        );
        let (m, _) = run("The pilgrims travelled to Medina on Monday.");
        assert!(
            entity_names(&m, EntityKind::Place).contains(&"Medina".to_string()),
            "{:?}",
            m.entities
        );
    }

    /// A first name alone is the leader the article names by office and
    /// surname, whose full name the leaders lexicon gives.
    #[test]
    fn a_first_name_is_the_leader_named_by_surname() {
        let (m, text) = run(
            "President Biden welcomed the guests. I would like to thank Joe for the invitation.",
        );
        let joe = m
            .mentions
            .iter()
            .find(|x| &text[x.span.clone()] == "Joe")
            .expect("Joe is a mention");
        assert_eq!(m.entities[joe.entity].name, "Joe Biden", "{:?}", m.entities);
    }

    /// A body and a plural noun for its people ("Ministry officials") name
    /// a group, not a person.
    #[test]
    fn a_body_and_its_officials_are_no_person() {
        let (m, _) = run("Ana Ruiz met Ministry of Fisheries officials in Lima on Monday.");
        let people = entity_names(&m, EntityKind::Person);
        assert!(
            !people.iter().any(|p| p.ends_with("officials")),
            "{people:?}"
        );
        assert!(people.contains(&"Ana Ruiz".to_string()), "{people:?}");
    }

    /// An untitled name that modifies a plural common noun names a kind of
    /// thing, not a person; a titled one is still a person.
    #[test]
    fn a_name_before_a_plural_noun_is_no_person() {
        let (m, _) =
            run("The aid will include ammunition, Silver Arrow interceptors and other materiel.");
        assert!(
            !entity_names(&m, EntityKind::Person).contains(&"Silver Arrow".to_string()),
            "{:?}",
            m.entities
        );
        let (m, _) = run("President Ana Ruiz thanked the Tomas Berg supporters.");
        assert!(entity_names(&m, EntityKind::Person).contains(&"Ana Ruiz".to_string()));
    }

    /// A title and surname name the leader who holds that office, not a
    /// namesake the article named in full with another title; the same
    /// title as the namesake's, or a first name, keeps the namesake.
    #[test]
    fn an_office_and_surname_name_the_leader_not_a_namesake() {
        let name_of = |text: &str, surname: &str, nth: usize| {
            let (m, text) = run(text);
            let hit = m
                .mentions
                .iter()
                .filter(|x| &text[x.span.clone()] == surname)
                .nth(nth)
                .expect("the surname is a mention");
            m.entities[hit.entity].name.clone()
        };
        assert_eq!(
            name_of(
                "First Lady Jill Biden visited a school in Ohio. Later, President Biden met the Kenyan envoy.",
                "Biden",
                0
            ),
            "Joe Biden"
        );
        assert_eq!(
            name_of(
                "Deputy Mayor Lena Macron opened the fair. Deputy Mayor Macron thanked the volunteers.",
                "Macron",
                0
            ),
            "Lena Macron"
        );
    }

    /// After a courtesy title, or a title when it ends the name, a place
    /// or a one-word organisation alias is someone's name; an adjective or
    /// an acronym after a title is not.
    #[test]
    fn a_place_or_alias_after_a_title_is_a_name() {
        for (text, person) in [
            (
                "Minister Jake Hale spoke with Dr. Sydney Ndlovu by phone.",
                "Sydney Ndlovu",
            ),
            (
                "\"The deal is good,\" said Secretary General Wagner.",
                "Wagner",
            ),
            ("\"The deal is good,\" Mr. Wagner said.", "Wagner"),
            // After a given name, or after a title's "of" phrase.
            (
                "\"The deal is good,\" said Secretary General of the Andean Community Allan Wagner.",
                "Allan Wagner",
            ),
            (
                "\"The deal is good,\" explains Secretary General of the Andean Community Wagner.",
                "Wagner",
            ),
        ] {
            let (m, _) = run(text);
            assert!(
                entity_names(&m, EntityKind::Person).contains(&person.to_string()),
                "{text}: {:?}",
                m.entities
            );
        }
        for (text, org) in [
            (
                "Jake Hale will meet leaders of the Major Non-NATO allies.",
                "North Atlantic Treaty Organization",
            ),
            ("The Wagner mercenaries attacked the town.", "Wagner Group"),
            // (Not a state's senate after a word that is also a given name.)
            (
                "Florida Senate Minority Leader Ana Ruiz met the governor.",
                "United States Senate",
            ),
        ] {
            let (m, _) = run(text);
            assert!(
                entity_names(&m, EntityKind::Organization).contains(&org.to_string()),
                "{text}: {:?}",
                m.entities
            );
        }
    }

    #[test]
    fn surnames_titles_and_pronouns_resolve() {
        let (m, text) = run(
            "Foreign Minister Lena Vardi met the envoy. Vardi said it went well. He left. \
             Later the Foreign Minister spoke again.",
        );
        let vardi = m
            .entities
            .iter()
            .position(|e| e.name == "Lena Vardi")
            .expect("Lena Vardi found");
        let refs: Vec<&str> = m
            .mentions
            .iter()
            .filter(|x| x.entity == vardi)
            .map(|x| &text[x.span.clone()])
            .collect();
        assert!(refs.contains(&"Vardi"), "{refs:?}");
        assert!(refs.contains(&"Foreign Minister"), "{refs:?}");
    }

    #[test]
    fn a_headline_document_word_after_a_name_is_not_part_of_it() {
        // Title case: "Statement" ends the name the name finder found.
        let text = "---\ntitle: \"Foreign Minister Lena Vardi Statement on the Fisheries Accord\"\n---\n\nThe accord was signed.\n";
        let (m, _) = run(text);
        let got = entity_names(&m, EntityKind::Person);
        assert!(got.iter().any(|g| g == "Lena Vardi"), "{got:?}");
        assert!(!got.iter().any(|g| g.contains("Statement")), "{got:?}");
        // After a title, a gerund taking an object ends the name.
        let text = "---\ntitle: \"Statement from Spokesperson Ana Vale Welcoming the Truce in Elbonia\"\n---\n\nThe truce holds.\n";
        let (m, _) = run(text);
        let got = entity_names(&m, EntityKind::Person);
        assert!(got.iter().any(|g| g == "Ana Vale"), "{got:?}");
        assert!(!got.iter().any(|g| g.contains("Welcoming")), "{got:?}");
    }

    #[test]
    fn every_mention_is_in_the_sentence_it_lies_in() {
        // Two places inside one hyphenated token, late in the text: both
        // mentions belong to that sentence (`Mentions::in_sentence` relies
        // on mentions being in sentence order).
        let text = "The talks began. Envoys met again. They spoke of Palestinian-Israeli peace and of Jordan.";
        let doc = Document::new("t", text);
        let a = analyse(&doc.text, doc.body.clone());
        let m = find(&doc, &a, Lexicon::builtin());
        assert!(m.mentions.len() >= 2, "{:?}", m.mentions);
        for x in &m.mentions {
            assert_eq!(Some(x.sentence), a.sentence_at(x.span.start), "{x:?}");
        }
    }

    #[test]
    fn near_miss_spellings_merge() {
        let (m, _) = run("Envoy Samuel Witterkamp arrived. Later Samuel Wittercamp spoke.");
        assert_eq!(entity_names(&m, EntityKind::Person).len(), 1);
    }

    #[test]
    fn a_surname_with_a_leaders_office_is_the_leader() {
        let (m, _) = run("President Zelenskyy met Mayor Biden in Kyiv. Zelenskyy said little.");
        let zelensky = m
            .entities
            .iter()
            .find(|e| e.kind == EntityKind::Person && e.aliases.contains(&"Zelenskyy".to_string()))
            .expect("the president is an entity");
        assert_eq!(zelensky.name, "Volodymyr Zelensky");
        assert_eq!(zelensky.wikidata.as_deref(), Some("Q3874799"));
        // Both mentions are of the one entity.
        let e = m.entities.iter().position(|x| std::ptr::eq(x, zelensky));
        assert_eq!(m.mentions.iter().filter(|x| Some(x.entity) == e).count(), 2);
        // A mayor is not the president of that surname.
        assert!(entity_names(&m, EntityKind::Person).contains(&"Biden".to_string()));
    }

    /// Titles that run on through a domain or a modifier, an organisation
    /// before a title, and names with two particles: the person is the
    /// name, the rest is title or organisation.
    /// The words after a title inside a body's or a course's name are no
    /// person the title names.
    #[test]
    fn common_words_after_a_title_are_no_name() {
        for (text, not) in [
            (
                "Tomas Renn, Chief Data and Delivery Officer, spoke.",
                "Data",
            ),
            ("He worked at General Electric for years.", "Electric"),
            (
                "He graduated from the Infantry Officer Basic Course in 1990.",
                "Basic Course",
            ),
            (
                "He served on the Magistrate Judge Merit Selection Panel for years.",
                "Merit Selection Panel",
            ),
            (
                "She chaired the Reserve Officer Training Corps at the college.",
                "Training Corps",
            ),
        ] {
            let (m, _) = run(text);
            let people = entity_names(&m, EntityKind::Person);
            assert!(!people.iter().any(|p| p == not), "{text}: {people:?}");
        }
    }

    /// Two titles joined by "and" before a name are both the person's; a
    /// consort's title names the other one.
    #[test]
    fn two_titles_joined_before_a_name() {
        let (m, _) = run(
            "Crown Prince and Prime Minister Omar Haddad of Jordan met the envoy. First Lady and President Ana Ruiz hosted the envoy.",
        );
        let titles = |who: &str| -> Vec<String> {
            let e = m
                .entities
                .iter()
                .position(|e| e.name == who)
                .unwrap_or_else(|| panic!("{who} not found"));
            m.roles
                .iter()
                .filter(|r| r.person == e)
                .map(|r| r.title.clone())
                .collect()
        };
        let omar = titles("Omar Haddad");
        assert!(omar.iter().any(|t| t == "Crown Prince"), "{omar:?}");
        assert!(omar.iter().any(|t| t == "Prime Minister"), "{omar:?}");
        let ana = titles("Ana Ruiz");
        assert!(!ana.iter().any(|t| t == "First Lady"), "{ana:?}");
    }

    /// Surnames that are common words stay names after a title.
    #[test]
    fn surnames_that_are_common_words_after_a_title() {
        let (m, _) = run("Leader Young met Secretary Price in the morning.");
        let people = entity_names(&m, EntityKind::Person);
        for name in ["Young", "Price"] {
            assert!(people.iter().any(|p| p == name), "{name}: {people:?}");
        }
    }

    #[test]
    fn long_titles_and_particles_leave_the_name_alone() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            // (text, people, organisations)
            (
                "Under Secretary for Political Affairs Tomas Renn arrived.",
                &["Tomas Renn"],
                &[],
            ),
            (
                "Special Envoy for Cyber and Emerging Technologies Ana Lutz spoke.",
                &["Ana Lutz"],
                &[],
            ),
            (
                "Minister for Foreign Affairs Rosa Medina said little.",
                &["Rosa Medina"],
                &[],
            ),
            (
                "Special Representative for Sudan Tomas Renn arrived.",
                &["Tomas Renn"],
                &[],
            ),
            (
                "Principal Deputy National Security Advisor Jon Arvel met them.",
                &["Jon Arvel"],
                &[],
            ),
            ("Senior Minister Lena Vardi arrived.", &["Lena Vardi"], &[]),
            (
                "Vice President Ana Ruiz and Second Gentleman Tomas Berg will host them.",
                &["Ana Ruiz", "Tomas Berg"],
                &[],
            ),
            // A domain the lexicon lacks, a title, and a name no list
            // knows; not the words of a body or course named after a title.
            (
                "Ghana's Fisheries Minister Kwame Mensah said the talks went well.",
                &["Kwame Mensah"],
                &[],
            ),
            (
                "Ministry spokesperson Irina Vale told reporters nothing.",
                &["Irina Vale"],
                &[],
            ),
            (
                "Contact Group Ambassador Pablo Soto told journalists.",
                &["Pablo Soto"],
                &["Contact Group"],
            ),
            (
                "Commission President Anna van der Berg met them.",
                &["Anna van der Berg"],
                &[],
            ),
            // Abbreviated ranks and courtesy titles are no part of a name.
            (
                "Gen. Tomas Renn met Lt. Gen. Jon Arvel and Rev. Lena Vardi.",
                &["Tomas Renn", "Jon Arvel", "Lena Vardi"],
                &[],
            ),
        ];
        for (text, people, orgs) in cases {
            let (m, _) = run(text);
            let got = entity_names(&m, EntityKind::Person);
            assert_eq!(&got, people, "{text}");
            let got_orgs = entity_names(&m, EntityKind::Organization);
            for o in *orgs {
                assert!(got_orgs.contains(&o.to_string()), "{text}: {got_orgs:?}");
            }
        }
        // A title with no name after it is still the unnamed official; a
        // domain with no name after it is no person.
        let (m, _) = run("The Foreign Ministry spokesperson said talks went well.");
        assert!(entity_names(&m, EntityKind::Person)
            .contains(&"Foreign Ministry spokesperson".to_string()));
        let (m, _) = run("The Minister for Foreign Affairs said talks went well.");
        assert!(
            entity_names(&m, EntityKind::Person).is_empty(),
            "{:?}",
            m.entities
        );
    }

    #[test]
    fn roles_carry_affiliations() {
        let (m, _) = run("Omani Foreign Minister Badr Qasimi met Iran's President Ali Darvish.");
        let roles: Vec<(String, String, Option<String>)> = m
            .roles
            .iter()
            .map(|r| {
                (
                    m.entities[r.person].name.clone(),
                    r.title.clone(),
                    r.of.map(|o| m.entities[o].name.clone()),
                )
            })
            .collect();
        assert!(
            roles.contains(&(
                "Badr Qasimi".into(),
                "Foreign Minister".into(),
                Some("Oman".into())
            )),
            "{roles:?}"
        );
        assert!(
            roles.contains(&(
                "Ali Darvish".into(),
                "President".into(),
                Some("Iran".into())
            )),
            "{roles:?}"
        );
        // A country after the title's "of" is the holder's; one after
        // "for" is what the office deals with.
        let (m, _) =
            run("Foreign Minister of Chile Rosa Falcone met Special Envoy for Peru Tomas Renn.");
        let roles: Vec<(String, Option<String>)> = m
            .roles
            .iter()
            .map(|r| {
                (
                    m.entities[r.person].name.clone(),
                    r.of.map(|o| m.entities[o].name.clone()),
                )
            })
            .collect();
        assert!(
            roles.contains(&("Rosa Falcone".into(), Some("Chile".into()))),
            "{roles:?}"
        );
        assert!(roles.contains(&("Tomas Renn".into(), None)), "{roles:?}");
    }

    #[test]
    fn lexicon_entities_and_context_orgs() {
        let (m, _) =
            run("The Iranian Foreign Ministry spokesperson said talks in Geneva went well.");
        assert!(entity_names(&m, EntityKind::Country).contains(&"Iran".to_string()));
        assert!(entity_names(&m, EntityKind::Organization)
            .contains(&"Iranian Foreign Ministry".to_string()));
        assert!(entity_names(&m, EntityKind::Person)
            .contains(&"Iranian Foreign Ministry spokesperson".to_string()));
    }

    #[test]
    fn organisation_names_run_through_connecting_words() {
        let (m, _) =
            run("Analyst Ana Lind of the Institute for Maritime Studies said the talks went well.");
        let orgs = entity_names(&m, EntityKind::Organization);
        assert!(
            orgs.contains(&"Institute for Maritime Studies".to_string()),
            "{orgs:?}"
        );
    }
}
