//! Where and when the talks took place.
//!
//! What it extracts: the place of the talks (the most specific one the
//! article gives: a city over its country) and their date.
//!
//! Example: "The talks concluded in Geneva on Tuesday" gives `location
//! Geneva` and, for an article dated 2025-02-19, `date 2025-02-18`; "talks
//! will resume on August 15 in Doha or Cairo" gives both cities and
//! 2024-08-15 when the article is from 2024; "met December 14 with A"
//! (a month and day without "on") gives the 14th of the article's year.
//! A gathering to talk ("ministers gathered in Riyadh to discuss X") is
//! talks, held at the place right after its verb; "in the Kazakh capital
//! Astana" names Astana. A journey to meet is dated ("A's travel November
//! 19-20 to K and her engagements with B"), and a day range gives its
//! first day.
//!
//! Facts produced: `location PLACE`, `date ISO-DATE` (or the date as
//! written when it cannot be resolved).

use super::{Context, Extractor, Item};
use crate::fact::{Arg, EntityKind, Fact, Relation};
use crate::lexicon::VerbClass;
use crate::mentions::Via;

pub struct PlaceTime;

impl Extractor for PlaceTime {
    fn name(&self) -> &'static str {
        "place_time"
    }

    fn extract(&self, cx: &Context<'_>, out: &mut Vec<Fact>) {
        let tr = cx.triggers();
        let mut cities = Vec::new();
        let mut countries = Vec::new();
        let mut later = Vec::new();
        // (The article's year tells an earlier event's: "the 2010 summit".)
        let doc_year = cx.doc.iso_date().map(|(y, _, _)| y);
        for si in 0..cx.analysis.sentences.len() {
            let items = cx.items(si);
            let placed_before = cities.len() + countries.len();
            // "Ministers gathered in Riyadh to discuss the war": a
            // gathering for talks is talks.
            let gather_at: Vec<usize> = items
                .iter()
                .enumerate()
                .filter(|(_, x)| matches!(x.lower.as_str(), "gathered" | "assembled" | "convened"))
                .map(|(k, _)| k)
                .collect();
            let gathered_to_talk = !gather_at.is_empty()
                && items
                    .windows(2)
                    .any(|w| w[0].lower == "to" && super::TALKING.contains(&w[1].lower.as_str()));
            // ("The leaders of K and L gathered in Rome": leaders,
            // ministers or delegations gathering meet; not "Leaders lauded
            // the partnership, most recently convened in K": the gathering
            // is theirs when no other verb comes between.)
            let sides_gathered = gather_at.first().is_some_and(|&k| {
                items[..k]
                    .iter()
                    .rev()
                    .take_while(|x| x.upos != "VERB" && x.upos != "AUX")
                    .any(|x| {
                        matches!(
                            x.lower.as_str(),
                            "leaders" | "ministers" | "delegations" | "negotiators" | "envoys"
                        )
                    })
            });
            let named_talks = items.iter().any(|x| tr.talks.contains(&x.lower));
            let talks = named_talks || gathered_to_talk || sides_gathered;
            let venue = items.iter().any(|x| tr.venue_verbs.contains(&x.lower));
            // "A's travel November 19-20 to K and her engagements with B":
            // the dates of a journey to meet are the meetings' dates.
            let journey = items.iter().any(|x| {
                matches!(
                    x.lower.as_str(),
                    "travel"
                        | "travels"
                        | "traveled"
                        | "travelled"
                        | "trip"
                        | "visit"
                        | "visited"
                        | "arrived"
                        | "arrives"
                        | "flew"
                )
            }) && items.iter().any(|x| x.lower == "with");
            // The place of a gathering is right after its verb ("convened
            // leaders in Boston"), not "the shootings in Atlanta" before it.
            let near_gathering =
                |i: usize| named_talks || gather_at.iter().any(|&k| k < i && i - k <= 8);
            // "A received B in Budapest on Monday": a reception of a
            // person (named right after the verb, titles aside) is a
            // meeting too.
            // ("received Icelandic President B": a demonym before the title.)
            let person_after = |j: usize| {
                items
                    .get(super::skip_title_words(cx, items, j))
                    .is_some_and(|x| cx.kind(x) == Some(crate::fact::EntityKind::Person))
            };
            // ("hosted her counterparts from K", "received the Chilean
            // delegation": a counterpart or a delegation is a guest too.)
            let guest_after = |j: usize| {
                let modifier = |x: &Item| {
                    matches!(x.upos, "DET" | "PRON" | "ADJ")
                        || cx.kind(x) == Some(crate::fact::EntityKind::Country)
                };
                let skip = items[j.min(items.len())..]
                    .iter()
                    .take(3)
                    .take_while(|x| modifier(x))
                    .count();
                items
                    .get(j + skip)
                    .is_some_and(|x| super::GUEST_NOUNS.contains(&x.lower.as_str()))
            };
            // ("welcomed B to the White House": a welcome of a person to
            // a place; not "welcomed B's decision".)
            let welcomes_to = |k: usize| {
                matches!(items[k].lower.as_str(), "welcomed" | "welcomes" | "welcome")
                    && person_after(k + 1)
                    && items[k + 1..]
                        .iter()
                        .take(8)
                        .take_while(|x| x.lower != "'s")
                        .any(|x| x.lower == "to")
            };
            let receives = |k: usize| {
                welcomes_to(k)
                    || matches!(
                        items[k].lower.as_str(),
                        "received" | "receives" | "receive" | "hosted" | "hosts" | "host"
                    ) && items[k].upos == "VERB"
                        && (person_after(k + 1)
                            || guest_after(k + 1)
                            || (items.get(k + 1).is_some_and(|x| {
                                cx.kind(x) == Some(crate::fact::EntityKind::Country)
                            }) && person_after(k + 2)))
            };
            let meets =
                |k: usize| cx.is_verb(crate::lexicon::VerbClass::Meeting, &items[k]) || receives(k);
            // "had lunch today with B": a meal with someone is a meeting.
            let meal_with = (0..items.len()).any(|k| {
                super::meetings::MEALS.contains(&items[k].lower.as_str())
                    && items[k + 1..].iter().take(4).any(|x| x.lower == "with")
            });
            let met = (0..items.len()).any(meets) || meal_with;
            // "A and B signed a border agreement in Lima": where two sign a
            // deal together, they met (not "the treaty, signed at Tirana").
            let deal_here = items.iter().any(|x| tr.deal.contains(&x.lower));
            // (In the passive the place follows the signers: "was signed by
            // A and B in Beijing"; the distance counts from the last.)
            let sign_at: Vec<usize> = (0..items.len())
                .filter_map(|k| {
                    if !deal_here || !super::SIGNING_VERBS.contains(&items[k].lower.as_str()) {
                        return None;
                    }
                    let doers = cx.doers(cx.span_head(&items[k].span)?);
                    (doers.len() >= 2).then(|| {
                        doers
                            .iter()
                            .filter_map(|&m| super::item_of(items, m))
                            .filter(|&d| d > k)
                            .max()
                            .unwrap_or(k)
                    })
                })
                .collect();
            let near_signing = |i: usize| sign_at.iter().any(|&k| k < i && i - k <= 8);
            let after_talks = |i: usize| {
                i >= 2
                    && matches!(items[i - 1].lower.as_str(), "in" | "at" | "to")
                    && (tr.talks.contains(&items[i - 2].lower) || items[i - 2].lower == "visit")
            };
            // "talks in Geneva", "a conference in London", "a visit to Kenya"
            let talks_in_place = (0..items.len()).any(after_talks);
            // "In Doha, senior officials engaged in intensive talks",
            // "Earlier today in Geneva, the two sides held negotiations": a
            // place in the sentence's opening phrase, before any verb, sets
            // the scene of the talks the sentence tells (talks by name: a
            // summit or a meeting may be what the sentence is about).
            let negotiating = items.iter().any(|x| {
                matches!(
                    x.lower.as_str(),
                    "talks" | "negotiations" | "discussions" | "consultations"
                )
            });
            // ("Today in Naqoura, Lebanon, both parties took the final
            // steps": the sides of talks as the subject right after the
            // place set the scene too.)
            let sides_after = |i: usize| {
                let mut next = items[i + 1..]
                    .iter()
                    .skip_while(|x| x.text == "," || x.mention.is_some())
                    .take(3)
                    .map(|x| x.lower.as_str());
                let (a, b, c) = (next.next(), next.next(), next.next());
                let group = |n: Option<&str>, g: Option<&str>| {
                    matches!(n, Some("both" | "two"))
                        && matches!(g, Some("parties" | "sides" | "delegations"))
                };
                (group(a, b) || group(b, c)) && place_arg(cx, &items[i]).is_some()
            };
            let fronted = |i: usize| {
                i >= 1
                    && matches!(items[i - 1].lower.as_str(), "in" | "at")
                    && items.get(i + 1).is_some_and(|x| x.text == ",")
                    && items[..i].iter().all(|x| {
                        !matches!(x.upos, "VERB" | "AUX") && !matches!(x.text, "," | ";" | ":")
                    })
                    && (negotiating || sides_after(i))
            };
            let fronted_place = (0..items.len()).any(fronted);
            let context = (talks && venue) || met || talks_in_place || fronted_place;
            // Where a meeting verb alone sets the scene, the place must be
            // near it: "met ... in Woodside", not "the situation in Baghdad"
            // at the far end of the sentence.
            let meet_at: Vec<usize> = (0..items.len()).filter(|&k| meets(k)).collect();
            let near_meeting = |i: usize| meet_at.iter().any(|&k| k < i && i - k <= 20);
            // "The two ministers agreed to meet again in La Paz", "the next
            // round will be held in Doha": the place of a later round,
            // which is the talks' place only where the article names no
            // other.
            let later_round = items.iter().any(|x| x.lower == "again")
                || items.windows(2).any(|w| {
                    w[0].lower == "next"
                        && matches!(
                            w[1].lower.as_str(),
                            "round" | "meeting" | "session" | "summit" | "talks" | "conference"
                        )
                });
            let in_turn = items
                .first()
                .is_some_and(|x| cx.speaker_at(x.span.start).is_some());
            // "Speaking on Monday before the summit": a day before the
            // talks is not theirs.
            let before_talks = items.iter().enumerate().any(|(k, x)| {
                matches!(x.lower.as_str(), "before" | "ahead")
                    && items[k + 1..]
                        .iter()
                        .take(3)
                        .any(|y| y.mention.is_none() && tr.talks.contains(&y.lower))
            });
            // "today", "this afternoon": the article's own day.
            let today = |i: usize| {
                items[i].lower == "today"
                    || (i > 0
                        && items[i - 1].lower == "this"
                        && matches!(items[i].lower.as_str(), "morning" | "afternoon" | "evening"))
            };
            for (i, it) in items.iter().enumerate() {
                let right_after_talks = after_talks(i);
                // "in Washington-mediated talks", "in US-led efforts": a
                // name glued to a word by a hyphen modifies what follows.
                let compound = super::glued_word(&cx.doc.text, it.span.end).is_some();
                // "the Annapolis Conference", "the Geneva talks": a place naming the talks.
                if it.mention.is_some()
                    && !compound
                    && items
                        .get(i + 1)
                        .is_some_and(|x| tr.talks.contains(&x.lower))
                {
                    if let Some((place, true)) = place_arg(cx, it) {
                        cities.push(cx.fact(
                            Relation::Location,
                            vec![place],
                            si,
                            it.span.start..items[i + 1].span.end,
                            "place_time/place-talks",
                            0.8,
                        ));
                    }
                }
                let dated_context = context || journey || (in_turn && today(i));
                if !(dated_context || near_signing(i)) {
                    continue;
                }
                let placed = (talks && venue && near_gathering(i))
                    || talks_in_place
                    || near_meeting(i)
                    || near_signing(i)
                    || fronted(i);
                // "in Geneva", "at the Palacio do Planalto"
                let preposition = i > 0
                    && (matches!(items[i - 1].lower.as_str(), "in" | "at")
                        || (i > 1
                            && items[i - 1].lower == "the"
                            && matches!(items[i - 2].lower.as_str(), "in" | "at")));
                // "held at Cusco and Ayacucho": the second of two towns
                // joined after the preposition (not countries or regions,
                // more often matters: "the situation in Russia and
                // Ukraine").
                let town = |it: &Item| place_arg(cx, it).is_some_and(|(_, city)| city);
                let preposition = preposition
                    || (i >= 3
                        && items[i - 1].lower == "and"
                        && matches!(items[i - 3].lower.as_str(), "in" | "at")
                        && town(&items[i - 2])
                        && town(it)
                        && !in_matter(cx, &items[i - 2]));
                // "in the Omani capital, Muscat", "in the Swiss city of
                // Geneva": a place named after the noun for it.
                // "in the Kazakh capital Astana": or right after it.
                let noun_at = if i >= 1 && matches!(items[i - 1].lower.as_str(), "," | "of") {
                    i.saturating_sub(2)
                } else {
                    i.saturating_sub(1)
                };
                let named_after_noun = i >= 3
                    && noun_at >= 1
                    && super::PLACE_NOUNS.contains(&items[noun_at].text)
                    && items[noun_at.saturating_sub(4)..noun_at]
                        .iter()
                        .any(|x| matches!(x.lower.as_str(), "in" | "at"));
                // "on the outskirts of Nairobi", "in the centre of Oslo": a
                // part of the place.
                let part_of_place = i >= 3
                    && items[i - 1].lower == "of"
                    && PLACE_PARTS.contains(&items[i - 2].lower.as_str())
                    && items[i.saturating_sub(5)..i - 2]
                        .iter()
                        .any(|x| matches!(x.lower.as_str(), "in" | "at" | "on"));
                let named_after_noun = named_after_noun || part_of_place;
                // "travelled to La Paz, where he held talks with B",
                // "arrived in Lima on Monday, where she met B": a place a
                // relative "where" clause sets a meeting in.
                let where_meeting = i >= 1
                    && matches!(items[i - 1].lower.as_str(), "in" | "at" | "to")
                    && where_clause_meets(&items[i + 1..], |k| {
                        meets(i + 1 + k) || tr.talks.contains(&items[i + 1 + k].lower)
                    });
                // "welcomed B to the White House": where a guest is
                // welcomed to is where they met.
                let to_at = if i >= 2 && items[i - 1].lower == "the" {
                    i - 2
                } else {
                    i.saturating_sub(1)
                };
                let welcomed_to = i >= 1
                    && items[to_at].lower == "to"
                    && (to_at.saturating_sub(10)..to_at).any(welcomes_to);
                let placed = placed || where_meeting || welcomed_to;
                let preposition = preposition || named_after_noun || where_meeting || welcomed_to;
                // "the war in Afghanistan" whatever the parse hangs it on.
                // "hostilities in the Kashmir region" too.
                let after_conflict = preposition && {
                    let prep_at = if items[i - 1].lower == "the" {
                        i - 2
                    } else {
                        i - 1
                    };
                    prep_at >= 1 && CONFLICT_NOUNS.contains(&items[prep_at - 1].lower.as_str())
                };
                if it.mention.is_some()
                    && placed
                    && (preposition || right_after_talks)
                    && !after_conflict
                    && !compound
                    && (part_of_place || !in_matter(cx, it))
                {
                    if let Some(place) = place_arg(cx, it) {
                        let f = cx.fact(
                            Relation::Location,
                            vec![place.0],
                            si,
                            it.span.clone(),
                            "place_time/in-place",
                            0.85,
                        );
                        // "Since the 2010 summit in Lisbon", "the previous
                        // round in Doha": an earlier event's place, kept
                        // only where no other is named (as a later one's).
                        let earlier = (i.saturating_sub(4)..i)
                            .find(|&k| tr.talks.contains(&items[k].lower))
                            .is_some_and(|k| {
                                items[k.saturating_sub(3)..k].iter().any(|x| {
                                    matches!(
                                        x.lower.as_str(),
                                        "previous" | "earlier" | "last" | "since" | "former"
                                    ) || (x.lower.len() == 4
                                        && x.lower.parse::<i32>().is_ok_and(|y| {
                                            (1900..2100).contains(&y)
                                                && doc_year.is_some_and(|d| d != y)
                                        }))
                                })
                            });
                        if later_round || earlier {
                            later.push(f);
                        } else if place.1 {
                            cities.push(f);
                        } else {
                            countries.push(f);
                        }
                    }
                }
                // "arrived in the Peruvian capital on Monday, where she
                // held talks": the capital the lexicon gives the country
                // (not when the name follows: "the Kazakh capital Astana").
                let capital_here = i >= 2
                    && items[i - 1].lower == "the"
                    && matches!(items[i - 2].lower.as_str(), "in" | "at" | "to")
                    && items.get(i + 1).is_some_and(|x| x.lower == "capital")
                    && items
                        .get(i + 2)
                        .is_none_or(|x| x.mention.is_none() && x.text != ",");
                if capital_here
                    && (placed
                        || where_clause_meets(&items[i + 2..], |k| {
                            meets(i + 2 + k) || tr.talks.contains(&items[i + 2 + k].lower)
                        }))
                {
                    if let Some(place) = capital_of(cx, it) {
                        cities.push(cx.fact(
                            Relation::Location,
                            vec![place],
                            si,
                            items[i - 1].span.start..items[i + 1].span.end,
                            "place_time/capital",
                            0.75,
                        ));
                    }
                }
                // A signing's place only: its date is the date of talks
                // only where talks or a meeting are told.
                if !dated_context {
                    continue;
                }
                // "met ... today": the article's own date; in a transcript,
                // "today" is the day of the remarks, that is of the meeting.
                if today(i) && it.mention.is_none() && (talks || met || in_turn || fronted_place) {
                    if let Some((y, m, d)) = cx.doc.iso_date() {
                        out.push(cx.fact(
                            Relation::Date,
                            vec![Arg::literal(format!("{y:04}-{m:02}-{d:02}"))],
                            si,
                            it.span.clone(),
                            "place_time/today",
                            0.7,
                        ));
                    }
                }
                if !(talks || met || journey || fronted_place) || before_talks {
                    continue;
                }
                // A date is read after "on", from a weekday, or from a
                // month and day without either before it ("met December 14
                // with ...", "travel November 19-20 to ...").
                // "the Good Friday Agreement": a weekday inside a name is
                // no date.
                let cap = |k: usize| {
                    items
                        .get(k)
                        .is_some_and(|x| x.text.starts_with(char::is_uppercase))
                };
                let opens_date = |k: usize| {
                    let x = &items[k];
                    let in_name = k > 0 && cap(k - 1) && cap(k + 1);
                    // "between 3 and 5 May", "from 3 to 5 May" open a
                    // range of days.
                    let between = matches!(x.lower.as_str(), "between" | "from")
                        && items
                            .get(k + 1)
                            .is_some_and(|n| n.text.starts_with(|c: char| c.is_ascii_digit()));
                    x.lower == "on"
                        || between
                        || (x.mention.is_none() && tr.weekday(x.text).is_some() && !in_name)
                };
                let bare_month = it.mention.is_none()
                    && tr.month(it.text).is_some()
                    && !(i >= 1 && opens_date(i - 1))
                    && !(i >= 2 && items[i - 1].lower == "," && opens_date(i - 2));
                let on_date = opens_date(i);
                let read_from = if bare_month {
                    Some((i, "place_time/month-day", 0.7))
                } else if on_date {
                    Some((
                        if it.lower == "on" { i + 1 } else { i },
                        "place_time/on-date",
                        0.75,
                    ))
                } else {
                    None
                };
                if let Some((k, rule, confidence)) = read_from {
                    if let Some((value, span)) = date_at(cx, items, k) {
                        out.push(cx.fact(
                            Relation::Date,
                            vec![Arg::literal(value)],
                            si,
                            span,
                            rule,
                            confidence,
                        ));
                    }
                }
            }
            // "A flew to Canberra for talks with B", "will travel to Oslo
            // to meet B": where a sentence names no place of the talks, the
            // destination of a journey made for them is it.
            if cities.len() + countries.len() == placed_before {
                if let Some((place, i)) = trip_for_talks(cx, items) {
                    let f = cx.fact(
                        Relation::Location,
                        vec![place.0],
                        si,
                        items[i].span.clone(),
                        "place_time/trip-for-talks",
                        0.7,
                    );
                    if place.1 {
                        cities.push(f);
                    } else {
                        countries.push(f);
                    }
                }
            }
        }
        // The most specific place: cities when there are any.
        if !cities.is_empty() {
            out.extend(cities);
        } else if !countries.is_empty() {
            out.extend(countries);
        } else {
            out.extend(later);
        }
        // A report whose lead tells of a meeting that the text dates nowhere
        // is dated by its publication: news reports the day's events.
        let dated = out.iter().any(|f| f.relation == Relation::Date);
        if let (false, Some((y, m, d))) = (dated, cx.doc.iso_date()) {
            let lead = (0..cx.analysis.sentences.len())
                .filter(|&i| {
                    let s = &cx.analysis.sentences[i];
                    !s.heading && s.span.start >= cx.doc.body.start
                })
                .take(2)
                .find(|&i| {
                    let items = cx.items(i);
                    let talks = items.iter().any(|x| tr.talks.contains(&x.lower));
                    let venue = items.iter().any(|x| tr.venue_verbs.contains(&x.lower));
                    let met = items.iter().any(|x| {
                        x.lower == "met" && cx.is_verb(crate::lexicon::VerbClass::Meeting, x)
                    });
                    met || (talks && venue)
                });
            if let Some(i) = lead {
                // "Yesterday, A convened ...": the day before; "last week"
                // or "earlier this month": no day the text gives.
                let items = cx.items(i);
                let vague = items.windows(2).any(|w| {
                    matches!(w[0].lower.as_str(), "last" | "this" | "earlier" | "recent")
                        && matches!(w[1].lower.as_str(), "week" | "month" | "weeks" | "months")
                });
                // ("following yesterday's meeting, this morning ...": the
                // possessive is another day's event.)
                let yesterday = items.iter().enumerate().any(|(k, x)| {
                    x.lower == "yesterday"
                        && !items
                            .get(k + 1)
                            .is_some_and(|n| matches!(n.lower.as_str(), "'s" | "’s"))
                });
                let back = i64::from(yesterday);
                if !vague {
                    let (y, m, d) = civil_from_days(days_from_civil(y, m, d) - back);
                    out.push(cx.fact(
                        Relation::Date,
                        vec![Arg::literal(format!("{y:04}-{m:02}-{d:02}"))],
                        i,
                        cx.sentence_span(i),
                        "place_time/publication-date",
                        0.4,
                    ));
                }
            }
        }
    }
}

/// "discussed the situation in Papua", "spoke about the crisis in Gaza":
/// a place that modifies a noun which is what the talks were about (the
/// object of a verb of topics, or a noun after "about", "on", "over") is
/// part of the matter, not where the talks were.
/// Nouns of fighting: a place under one is where it happens.
pub(super) const CONFLICT_NOUNS: &[&str] = &[
    "war",
    "wars",
    "conflict",
    "conflicts",
    "fighting",
    "hostilities",
    "violence",
    "crisis",
    "ceasefire",
    "truce",
    "situation",
    "insurgency",
    "occupation",
    "coup",
    "coups",
    "unrest",
    "invasion",
];

/// Participles that say where something is or lives: "based in",
/// "headquartered in", "detained in".
const SITUATING: &[&str] = &[
    "based",
    "headquartered",
    "located",
    "situated",
    "operating",
    "living",
    "residing",
    "stationed",
    "deployed",
    "studying",
    "born",
    "detained",
    "imprisoned",
    "jailed",
    "trapped",
];

fn in_matter(cx: &Context, it: &Item) -> bool {
    let Some(t) = it.mention.and_then(|m| cx.mention_head(m)) else {
        return false;
    };
    let toks = &cx.analysis.tokens;
    // "investments in the U.S. semiconductor industry": a place naming
    // the kind of a thing after it says where that thing is, not the talks.
    let modifier = matches!(toks[t].deprel, "compound" | "amod")
        && toks[t].head.is_some_and(|n| {
            let w = cx.token_lower(n).as_str();
            // (Not a time the parse hung the name on: "at the White House
            // today", "in the Oval Office last month".)
            n > t
                && toks[n].upos == "NOUN"
                && !super::PLACE_NOUNS.contains(&w)
                && !cx.triggers().names_time(w)
        });
    if modifier {
        return true;
    }
    // "criminals based in Russia", "companies operating in Peru": where a
    // participle of being somewhere places things or people, not talks.
    // "met B, who grew up in Cusco": where a relative clause of a person
    // places them, unless it tells of talks ("B, who met A in Lima").
    if toks[t].deprel.starts_with("obl") {
        return toks[t].head.is_some_and(|v| {
            (toks[v].deprel == "acl"
                && SITUATING.contains(&cx.token_lower(v).as_str())
                && toks[v].head.is_some_and(|n| toks[n].upos == "NOUN"))
                || (cx
                    .children_by(v, &["nsubj"])
                    .any(|x| cx.token_lower(x) == "who")
                    && !cx.lexicon.is_verb(VerbClass::Meeting, cx.token_lower(v))
                    && !cx.lexicon.is_verb(VerbClass::Hosting, cx.token_lower(v)))
        });
    }
    if !toks[t].deprel.starts_with("nmod") {
        return false;
    }
    let Some(n) = toks[t].head.filter(|&n| toks[n].upos == "NOUN") else {
        return false;
    };
    let tr = cx.triggers();
    // "on the margins of the summit in Y", "on the sidelines of": a venue.
    // "Over the past two days in Doha": a while, not a matter.
    let noun = cx.token_lower(n);
    if super::topics::OCCASION_NOUNS.contains(&noun.as_str())
        || crate::text::TIME_NOUNS.contains(&noun.as_str())
    {
        return false;
    }
    // "talks on sea access in Montevideo": a place after a matter that
    // hangs on the talks noun may as well be where the talks are.
    if toks[n].head.is_some_and(|h| cx.names_talks(h)) {
        return false;
    }
    // "to end the war in Afghanistan", "hostilities in Ukraine": where the
    // fighting is, not where the talks are.
    if CONFLICT_NOUNS.contains(&cx.token_lower(n).as_str()) {
        return true;
    }
    let about = cx
        .case_of(n)
        .is_some_and(|c| super::topics::ABOUT.contains(&c));
    let topic_object = toks[n].deprel == "obj"
        && toks[n]
            .head
            .is_some_and(|v| tr.topic_verbs.contains(cx.token_lower(v)));
    about || topic_object
}

/// The place a journey goes to when the sentence says it is made for
/// talks: "flew to Canberra on Monday for talks with B", "will travel to
/// Oslo next week to meet B", "will fly to Lima to help end the
/// standoff", "arrived in Quito for talks". The place
/// follows "to" (or "in" after "arrived") right after the verb (a
/// determiner aside); the purpose
/// ("for" + a talks noun, or "to" + a verb of meeting) comes after it.
fn trip_for_talks(cx: &Context, items: &[Item]) -> Option<((Arg, bool), usize)> {
    let tr = cx.triggers();
    for i in 2..items.len() {
        let it = &items[i];
        let to = if items[i - 1].lower == "the" {
            i - 2
        } else {
            i - 1
        };
        if it.mention.is_none() || to == 0 {
            continue;
        }
        // "flew to K", "arrived in K".
        let verb = items[to - 1].lower.as_str();
        let journey = match items[to].lower.as_str() {
            "to" => super::TRAVEL_VERBS.contains(&verb),
            "in" | "at" => matches!(
                verb,
                "arrived" | "arrives" | "arrive" | "arriving" | "landed"
            ),
            _ => false,
        };
        if !journey {
            continue;
        }
        let rest = &items[i + 1..items.len().min(i + 10)];
        // "for talks", "for annual talks", "for two days of talks".
        let for_talks = |k: usize| {
            rest[k].lower == "for"
                && rest[k + 1..rest.len().min(k + 5)]
                    .iter()
                    .take_while(|x| !x.punct)
                    .any(|x| tr.talks.contains(&x.lower))
        };
        // "to meet B", "to hold talks", and the errands of talks: "to
        // (help) end the standoff" (a conflict ended, not "his holiday"),
        // "to mediate", "to negotiate a truce".
        let errand = |k: usize| {
            let x = &rest[k];
            let settles = (x.lower == "end"
                || super::topics::RESOLVE_VERBS.contains(&x.lower.as_str()))
                && rest[k + 1..rest.len().min(k + 4)]
                    .iter()
                    .any(|y| super::mediation::CONFLICTS.contains(&y.lower.as_str()));
            cx.is_verb(crate::lexicon::VerbClass::Meeting, x)
                || cx.is_verb(crate::lexicon::VerbClass::Mediation, x)
                || matches!(x.lower.as_str(), "hold" | "attend" | "negotiate")
                || settles
        };
        let purpose = (0..rest.len()).any(for_talks)
            || (0..rest.len().saturating_sub(1)).any(|k| {
                rest[k].lower == "to"
                    && (errand(k + 1)
                        || (rest[k + 1].lower == "help" && k + 2 < rest.len() && errand(k + 2)))
            });
        if !purpose {
            continue;
        }
        if let Some(place) = place_arg(cx, it) {
            return Some((place, i));
        }
    }
    None
}

/// A place argument for a mention: (arg, is a city). Capitals named for
/// their government are cities here ("talks in Doha").
/// The capital of the country a demonym names ("Peruvian"), as a place.
fn capital_of(cx: &Context, it: &Item) -> Option<Arg> {
    let m = cx.mention(it)?;
    let e = &cx.mentions.entities[m.entity];
    if e.kind != EntityKind::Country || m.via != Via::Demonym {
        return None;
    }
    let city = cx.lexicon.country(&e.name)?.capitals.first()?;
    Some(city_arg(cx, city))
}

/// A city by a name or alias: the lexicon's place when it knows one
/// (canonical name and Wikidata id), else a place of that name.
fn city_arg(cx: &Context, name: &str) -> Arg {
    // (The capital as written may break over a line: "Mexico\nCity".)
    let name = &crate::text::collapse_whitespace(name);
    match cx.lexicon.place(name) {
        Some(p) => Arg::Entity {
            name: p.name.clone(),
            kind: EntityKind::Place,
            wikidata: p.wikidata.clone(),
        },
        None => Arg::entity(name, EntityKind::Place),
    }
}

fn place_arg(cx: &Context, it: &Item) -> Option<(Arg, bool)> {
    let m = cx.mention(it)?;
    let e = &cx.mentions.entities[m.entity];
    match (e.kind, m.via) {
        // A region or sea ("Latin America") is no venue: only a fallback.
        (EntityKind::Place, _) => {
            let region = cx
                .lexicon
                .place(&e.name)
                .is_some_and(|p| p.country.is_empty());
            Some((e.arg(), !region))
        }
        (EntityKind::Country, Via::Capital) => Some((city_arg(cx, it.text), true)),
        (EntityKind::Country, Via::Name) => Some((e.arg(), false)),
        // "met at the White House": the seat of an office is a venue.
        (EntityKind::Organization, _) if cx.triggers().seats.contains(&e.name.to_lowercase()) => {
            Some((
                Arg::Entity {
                    name: e.name.clone(),
                    kind: EntityKind::Place,
                    wikidata: e.wikidata.clone(),
                },
                true,
            ))
        }
        _ => None,
    }
}

/// A date starting at `items[i]`: "Tuesday", "August 15", "15 August 2024",
/// "Thursday, August 15, 2024". Resolved to ISO against the article's date.
fn date_at(cx: &Context, items: &[Item], i: usize) -> Option<(String, std::ops::Range<usize>)> {
    let tr = cx.triggers();
    let word = |k: usize| {
        items
            .get(k)
            .filter(|x| x.mention.is_none())
            .map(|x| x.text)
            .unwrap_or("")
    };
    let num = |k: usize| word(k).parse::<u32>().ok();
    // A day as written: "26", and after "on" also "26th" (a bare "July
    // 4th" or "the October 7th attack" is more often a deadline or an
    // event than the day of talks).
    let after_on = i > 0 && items[i - 1].lower == "on";
    let day_num = |k: usize| {
        let w = word(k);
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..];
        let ordinal = matches!(suffix, "st" | "nd" | "rd" | "th") && after_on;
        (suffix.is_empty() || ordinal)
            .then(|| digits.parse::<u32>().ok())
            .flatten()
    };
    // A range's first day: "November 19-20" (one token), "3 – 4 May",
    // "12 and 13 October"; and "the 26th of October".
    let day_at = |k: usize| -> Option<(u32, usize)> {
        let w = word(k);
        if let Some((a, b)) = w.split_once(['-', '–']) {
            let d = a.parse::<u32>().ok()?;
            b.parse::<u32>().ok().filter(|e| *e > d && *e <= 31)?;
            return Some((d, 1));
        }
        let d = day_num(k)?;
        let ranged = matches!(word(k + 1), "-" | "–" | "and" | "to")
            && day_num(k + 2).is_some_and(|e| e > d && e <= 31);
        let mut len = if ranged { 3 } else { 1 };
        if word(k + len) == "of" {
            len += 1;
        }
        Some((d, len))
    };
    let mut k = i;
    // "on the 26th of October", "between 3 and 5 May".
    if matches!(word(k), "the" | "between" | "from") && day_num(k + 1).is_some() {
        k += 1;
    }
    let weekday = tr.weekday(word(k));
    if weekday.is_some() {
        k += 1;
        if word(k) == "," {
            k += 1;
        }
    }
    let (mut month, mut day, mut year) = (None, None, None);
    if let Some(m) = tr.month(word(k)) {
        // "August 15[, 2024]"
        if let Some((d, len)) = day_at(k + 1).filter(|(d, _)| (1..=31).contains(d)) {
            month = Some(m);
            day = Some(d);
            k += 1 + len;
            if word(k) == "," && num(k + 1).is_some_and(|y| y > 1900) {
                year = num(k + 1);
                k += 2;
            } else if num(k).is_some_and(|y| y > 1900) {
                year = num(k);
                k += 1;
            }
        }
    } else if let Some((d, len)) = day_at(k).filter(|(d, _)| (1..=31).contains(d)) {
        // "15 August [2024]"
        if let Some(m) = tr.month(word(k + len)) {
            month = Some(m);
            day = Some(d);
            k += len + 1;
            if num(k).is_some_and(|y| y > 1900) {
                year = num(k);
                k += 1;
            }
        }
    }
    if weekday.is_none() && month.is_none() {
        return None;
    }
    let span = items[i].span.start..items[k.saturating_sub(1).max(i)].span.end;
    let doc_date = cx.doc.iso_date();
    if let (Some(m), Some(d)) = (month, day) {
        // A date years away from the article's is history, not these talks.
        if let (Some(y), Some(dd)) = (year, doc_date) {
            if (y as i32 - dd.0).abs() > 1 {
                return None;
            }
        }
        let y = year.map(|y| y as i32).or(doc_date.map(|x| x.0));
        return Some(match y {
            Some(y) => (format!("{y:04}-{m:02}-{d:02}"), span),
            None => (
                crate::text::collapse_whitespace(&cx.doc.text[span.clone()]),
                span,
            ),
        });
    }
    // A weekday alone: the nearest such day to the article's date within a
    // week, before it (reports usually speak of days just gone), or after
    // it when the sentence speaks ahead ("will resume on Monday", "next
    // Monday", "the upcoming talks on Monday", "is to meet B on Monday",
    // "is scheduled to arrive on Monday").
    let wd = weekday?;
    let next = i >= 1 && items[i - 1].lower == "next";
    // "last Thursday" in an article of a Thursday is a week before.
    let last = i >= 1 && items[i - 1].lower == "last";
    // The future word must govern the day: close before it, in one
    // clause, with no past tense between ("will continue, building on the
    // meeting on Sunday", "will improve, A said Friday" speak of the past).
    let ahead = next
        || (i.saturating_sub(8)..i).any(|f| {
            (matches!(
                items[f].lower.as_str(),
                "will" | "upcoming" | "shall" | "scheduled" | "due"
            ) || (items[f].lower == "to"
                && f > 0
                && matches!(items[f - 1].lower.as_str(), "is" | "are")))
                && items[f + 1..i].iter().all(|x| {
                    !x.punct
                        && cx
                            .span_head(&x.span)
                            .is_none_or(|t| cx.analysis.tokens[t].xpos != "VBD")
                        && !matches!(x.lower.as_str(), "meeting" | "meetings" | "call" | "talks")
                })
        });
    match doc_date {
        Some((y, m, d)) => {
            let today = days_from_civil(y, m, d);
            let today_wd = ((today + 3).rem_euclid(7)) as u32; // 1970-01-01 was a Thursday (3)
            let day = if ahead {
                let forward = (wd + 7 - today_wd) % 7;
                today + i64::from(if next && forward == 0 { 7 } else { forward })
            } else {
                let back = (today_wd + 7 - wd) % 7;
                today - i64::from(if last && back == 0 { 7 } else { back })
            };
            let (yy, mm, dd) = civil_from_days(day);
            Some((format!("{yy:04}-{mm:02}-{dd:02}"), span))
        }
        None => Some((word(i).to_string(), span)),
    }
}

/// Whether `rest`, the items after a place, open a relative clause of
/// where ("…, where he held talks with B"), after at most a short time
/// phrase ("on Monday"), and that clause, up to its next punctuation,
/// holds an item `meets` accepts (by index into `rest`).
fn where_clause_meets(rest: &[Item], meets: impl Fn(usize) -> bool) -> bool {
    let Some(comma) = rest.iter().take(4).position(|x| x.punct) else {
        return false;
    };
    if rest[comma].text != ","
        || rest[..comma].iter().any(|x| x.mention.is_some())
        || rest.get(comma + 1).is_none_or(|x| x.lower != "where")
    {
        return false;
    }
    (comma + 2..rest.len())
        .take_while(|&k| !rest[k].punct)
        .any(meets)
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Nouns for a part of a place, whose "of" phrase names the place.
const PLACE_PARTS: &[&str] = &[
    "outskirts",
    "suburb",
    "suburbs",
    "centre",
    "center",
    "heart",
    "edge",
    "outskirt",
];

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use super::*;
    use crate::{extract_document, Document, Lexicon};

    /// A place in the opening phrase of a sentence that tells of talks is
    /// where they were, even after a while ("Over the past two days").
    #[test]
    fn a_place_opening_the_sentence_of_talks() {
        super::super::testing::check_exact(
            Relation::Location,
            &[
                (
                    "Over the past two days in Doha, envoys of both states have held intense talks.",
                    &["Doha"],
                ),
                ("In Doha, the two delegations engaged in talks.", &["Doha"]),
                ("In Doha, the minister praised the summit.", &[]),
                // The sides acting right after the place set the scene.
                (
                    "Today in Naqoura, Lebanon, both parties took the final steps to bring the agreement into force.",
                    &["Naqoura"],
                ),
                (
                    "In addition, both sides intend to organize a roundtable on energy.",
                    &[],
                ),
                (
                    "Born in Tampa, Florida, she was raised on both sides of the strait.",
                    &[],
                ),
            ],
        );
    }

    /// A place right after the noun for it; a gathering to talk, or of
    /// leaders, is talks, held where its verb says.
    #[test]
    fn a_capital_before_its_name_and_gatherings_to_talk() {
        super::super::testing::check_exact(
            Relation::Location,
            &[
                (
                    "The summit will be held in the Kenyan capital Nairobi next month.",
                    &["Nairobi"],
                ),
                (
                    "Foreign ministers of the bloc gathered in Riyadh on Thursday to discuss the war in Yemen.",
                    &["Riyadh"],
                ),
                (
                    "After the shootings in Atlanta, the council convened mayors in Denver to discuss safety.",
                    &["Denver"],
                ),
                // A reception of a person is a meeting.
                (
                    "President Lena Varga of Hungary received Chancellor Peter Vogt of Austria in Budapest on Monday.",
                    &["Budapest"],
                ),
                (
                    "King Olav received Icelandic President Gunnar Sveinsson in Oslo on Tuesday.",
                    &["Oslo"],
                ),
                (
                    "Ana Ruiz received a degree from the university in Boston.",
                    &[],
                ),
                // Leaders who gather meet there; not a programme the
                // leaders praised, convened elsewhere.
                (
                    "The leaders of Chile, Peru and Bolivia gathered in Lima on Thursday.",
                    &["Lima"],
                ),
                (
                    "The leaders praised the forum, which most recently convened in Lima.",
                    &[],
                ),
            ],
        );
        super::super::testing::check_exact(
            Relation::Topic,
            &[(
                "Foreign ministers of the bloc gathered in Riyadh on Thursday to discuss the war in Yemen.",
                &["war in Yemen"],
            )],
        );
    }

    /// A place the lexicon does not know, which the name finder calls one
    /// after "in": the talks' place all the same; not a common word.
    #[test]
    fn a_place_the_lexicon_does_not_know() {
        super::super::testing::check_exact(
            Relation::Location,
            &[
                (
                    "Chilean President Ana Ruiz and Peruvian President Luis Vega met in Kestrel Bay on Sunday.",
                    &["Kestrel Bay"],
                ),
                (
                    "Chilean President Ana Ruiz met the laureate of the Nobel Prize in Physics, who teaches physics.",
                    &[],
                ),
                // A name ending in a word for a place or a venue, after
                // "at" (with "the" or not).
                (
                    "Chilean President Ana Ruiz and Peruvian President Luis Vega met at Kestrel Castle on Sunday.",
                    &["Kestrel Castle"],
                ),
                (
                    "Chilean President Ana Ruiz and Peruvian President Luis Vega met at the Kestrel Palace on Sunday.",
                    &["Kestrel Palace"],
                ),
                (
                    "Chilean President Ana Ruiz and Peruvian President Luis Vega met with Commissioner Anne J. Castle on Sunday.",
                    &[],
                ),
                // Two towns joined after "in" or "at", known or not; not
                // countries, nor a word that may be a given name.
                (
                    "The summit, held at Tarma and Huanta in Peru, was attended by heads of state.",
                    &["Tarma", "Huanta"],
                ),
                (
                    "The talks were held in Quito and Huanta.",
                    &["Quito", "Huanta"],
                ),
                (
                    "The ministers met in Quito and Maria said the talks went well.",
                    &["Quito"],
                ),
                (
                    "The ministers discussed the situation in Peru and Chile.",
                    &[],
                ),
            ],
        );
    }

    /// The place of a next summit, or of an earlier one, is the talks'
    /// only where no other is named.
    #[test]
    fn the_next_summits_place_gives_way() {
        super::super::testing::check_exact(
            Relation::Location,
            &[
                (
                    "The ministers met in Quito on Monday. The next summit will be held in Lima in March.",
                    &["Quito"],
                ),
                (
                    "Leaders met in Quito for a summit. Since the 2010 summit in Lima, members have sent troops to the mission.",
                    &["Quito"],
                ),
                (
                    "Leaders met in Quito for a summit, building on the progress of the previous meeting in Lima.",
                    &["Quito"],
                ),
            ],
        );
    }

    /// A place a "where" clause sets a meeting in.
    #[test]
    fn a_place_where_a_meeting_was_held() {
        super::super::testing::check_exact(
            Relation::Location,
            &[
                (
                    "Foreign Minister Tomas Vidal travelled to La Paz, where he held talks with his counterpart Marco Salas.",
                    &["La Paz"],
                ),
                (
                    "Foreign Minister Tomas Vidal arrived in Lima on Monday, where he met President Ana Ruiz.",
                    &["Lima"],
                ),
                (
                    "Foreign Minister Tomas Vidal met President Ana Ruiz, who grew up in Cusco, where her father worked.",
                    &[],
                ),
            ],
        );
    }

    /// A host's place: where counterparts or a delegation were received,
    /// and where two signed a deal together.
    #[test]
    fn where_counterparts_were_hosted() {
        super::super::testing::check_exact(
            Relation::Location,
            &[
                (
                    "Foreign Minister Dewi Sartika hosted her counterparts from Thailand and Cambodia in Jakarta.",
                    &["Jakarta"],
                ),
                (
                    "President Ana Ruiz received the Chilean delegation in Lima on Monday.",
                    &["Lima"],
                ),
                // Not a guest: no meeting.
                ("The city hosted the games in Lima.", &[]),
                // Where two signed a deal together; not where a treaty
                // was once signed.
                (
                    "President Ana Ruiz of Chile and President Tomas Berg of Peru signed a border agreement in Lima.",
                    &["Lima"],
                ),
                (
                    "The border agreement was signed by Foreign Minister Ana Ruiz of Chile and Foreign Minister Tomas Berg of Peru in Lima.",
                    &["Lima"],
                ),
                ("The treaty, signed in Lima in 1929, still holds.", &[]),
            ],
        );
    }

    /// A place inside the matter of the talks is not where they were;
    /// one on the margins of a summit is, and so is one after the matter
    /// of a talks noun (the parse cannot tell which it modifies).
    #[test]
    fn places_in_the_matter_are_not_venues() {
        super::super::testing::check_exact(
            Relation::Location,
            &[
                (
                    "President Ana Ruiz and Chancellor Tomas Berg spoke today about the situation in Afghanistan.",
                    &[],
                ),
                (
                    "President Ana Ruiz met Chancellor Tomas Berg on the margins of the Summit of the Americas in Lima on Friday.",
                    &["Lima"],
                ),
                (
                    "Chile and Peru resumed talks on sea access in Lima on Monday.",
                    &["Lima"],
                ),
                // Where the fighting is, not where the talks are.
                (
                    "Envoys met in Doha to end the war in Sudan.",
                    &["Doha"],
                ),
                (
                    "The ministers ended their meeting with a call to end hostilities in Ukraine.",
                    &[],
                ),
                (
                    "Talks to end hostilities in the Kashmir region opened on Tuesday.",
                    &[],
                ),
                // A place named after the noun for it.
                (
                    "The talks were held in the Omani capital, Muscat, on Saturday.",
                    &["Muscat"],
                ),
                (
                    "Delegations met in the Swiss city of Geneva for a second round of negotiations.",
                    &["Geneva"],
                ),
                // A part of the place.
                (
                    "The talks were held on the outskirts of Nairobi.",
                    &["Nairobi"],
                ),
                (
                    "The negotiations took place at a hotel on the outskirts of Nairobi.",
                    &["Nairobi"],
                ),
                // A name glued to a word by a hyphen modifies what follows.
                (
                    "Both sides will take part in Lima-backed talks on August 14 in Quito.",
                    &["Quito"],
                ),
                (
                    "The leaders met at the Chile-Peru Summit in Lima.",
                    &["Lima"],
                ),
                // Where a participle places things or people.
                (
                    "President Ana Ruiz spoke with Chancellor Tomas Berg about attacks by criminals based in Peru.",
                    &[],
                ),
                (
                    "The two leaders met with students studying in Chile and at the summit held in Lima.",
                    &["Lima"],
                ),
                // A place naming the kind of a thing after it is where
                // that thing is; a time after the place is not such a thing.
                (
                    "Vice President Ana Ruiz met business leaders today for a discussion on their investments in the U.S. copper industry.",
                    &[],
                ),
                (
                    "President Ana Ruiz met Chancellor Tomas Berg at the White House yesterday.",
                    &["White House"],
                ),
            ],
        );
    }

    #[test]
    fn locations() {
        check(
            Relation::Location,
            &[
                ("The talks concluded in Geneva, Switzerland.", &["Geneva"]),
                ("Negotiations were held in Doha.", &["Doha"]),
                // The capital a demonym names, by the lexicon.
                (
                    "Chilean Foreign Minister Ana Vexler arrived in the Peruvian capital on Monday, where she held talks with Tomas Ruud.",
                    &["Lima"],
                ),
                ("Ana Vexler held talks in the Kenyan capital on Friday.", &["Nairobi"]),
                ("Ana Vexler grew up in the Peruvian capital.", &[]),
                // Talks that failed took place too.
                (
                    "Talks between Armenia and Azerbaijan broke down in Vienna.",
                    &["Vienna"],
                ),
                ("The negotiations collapsed in Lusaka on Friday.", &["Lusaka"]),
                ("Geneva is a lovely city.", &[]),
                // The seat of an office is the venue of talks held at it.
                (
                    "President Ana Ruiz met King Tomas of Jordan at the White House on Monday.",
                    &["White House"],
                ),
                (
                    "Ana Ruiz met Tomas Berg in the Oval Office to discuss trade.",
                    &["Oval Office"],
                ),
                ("The White House said the meeting went well.", &[]),
                // Where a guest will be hosted; not where a host of a
                // programme works.
                (
                    "President Ana Ruiz will host President Tomas Berg of Norway at the White House on May 20.",
                    &["White House"],
                ),
                (
                    "Ana Ruiz is the creator and host of Buried Voices, a podcast produced in Atlanta.",
                    &[],
                ),
                // Where a guest is welcomed to; not a welcome of news.
                (
                    "President Ana Ruiz welcomed Prime Minister Tomas Berg of Norway to the White House today.",
                    &["White House"],
                ),
                (
                    "President Ana Ruiz welcomed Prime Minister Tomas Berg's decision to return to Lima.",
                    &[],
                ),
                // The destination of a journey made for talks.
                (
                    "Premier Wei Lun flew to Canberra on Monday for talks with Prime Minister Jack Dunn.",
                    &["Canberra"],
                ),
                (
                    "Premier Wei Lun will travel to the United States next week to meet President Jack Dunn.",
                    &["United States"],
                ),
                (
                    "Minister Lena Vogt arrived in Quito on Thursday for two days of talks with Pablo Ortiz.",
                    &["Quito"],
                ),
                // A later round's place only where no other is named.
                (
                    "Minister Ana Ruiz and Diego Mamani met in Santiago on Wednesday. The two ministers agreed to meet again in La Paz in June.",
                    &["Santiago"],
                ),
                (
                    "The two ministers agreed to meet again in La Paz in June.",
                    &["La Paz"],
                ),
                // Not a journey for anything else.
                ("Premier Wei Lun flew to Canberra on Monday for a holiday.", &[]),
                // The errands of talks are a purpose of talks.
                (
                    "Premier Wei Lun will fly to Canberra next week to help end the standoff.",
                    &["Canberra"],
                ),
                (
                    "Premier Wei Lun will fly to Canberra next week to mediate.",
                    &["Canberra"],
                ),
                ("Premier Wei Lun will fly to Canberra next week to end his holiday.", &[]),
            ],
        );
    }

    /// The date facts of `text` published on `date`.
    fn dates(text: &str, date: &str) -> Vec<String> {
        let mut doc = Document::new("t", text);
        doc.date = Some(date.into());
        extract_document(&doc, Lexicon::builtin())
            .facts
            .iter()
            .filter(|f| f.relation == Relation::Date)
            .map(|f| f.args[0].text().to_string())
            .collect()
    }

    #[test]
    fn dates_resolve_against_the_article_date() {
        let cases = [
            (
                "The talks were held on Tuesday.",
                "2025-02-19",
                "2025-02-18",
            ),
            // "last Thursday" in an article of a Thursday: a week before.
            (
                "Negotiators met in Quito last Thursday to resume talks.",
                "2024-03-14",
                "2024-03-07",
            ),
            (
                "Negotiators met in Quito on Thursday to resume talks.",
                "2024-03-14",
                "2024-03-14",
            ),
            // A meal with someone is a meeting.
            (
                "President Ana Lind had lunch today with President Joao Reis.",
                "2024-05-02",
                "2024-05-02",
            ),
            (
                "Talks will resume on August 15 in Doha.",
                "2024-08-08",
                "2024-08-15",
            ),
            (
                "The meeting took place on 3 March 2008.",
                "2008-03-10",
                "2008-03-03",
            ),
            (
                "President Ana Lind met with President Joao Reis today.",
                "2024-05-02",
                "2024-05-02",
            ),
            // A visit to come, on the day it is announced for.
            (
                "President Ana Lind will host President Joao Reis of Peru at the palace on May 20.",
                "2024-05-02",
                "2024-05-20",
            ),
            // A guest welcomed today met today.
            (
                "President Ana Lind welcomed President Joao Reis to the palace today.",
                "2024-05-02",
                "2024-05-02",
            ),
            // "this afternoon" is today too.
            (
                "President Ana Lind spoke this afternoon with President Joao Reis of Peru.",
                "2024-05-02",
                "2024-05-02",
            ),
            (
                "This morning, President Ana Lind spoke with President Joao Reis.",
                "2024-05-02",
                "2024-05-02",
            ),
            (
                "President Ana Lind met December 14 with President Joao Reis.",
                "2022-12-15",
                "2022-12-14",
            ),
            // A range gives its first day; a journey to meet is dated too,
            // and a month after a name is no part of it.
            (
                "Director Ana Lind traveled to Kigali November 19-20 for meetings with President Joao Reis.",
                "2023-12-11",
                "2023-11-19",
            ),
            (
                "Minister Ana Lind arrived in Quito on Thursday for two days of talks with Joao Reis.",
                "2026-03-14",
                "2026-03-12",
            ),
            (
                "The leaders met in Lisbon on 3-4 May.",
                "2023-06-01",
                "2023-05-03",
            ),
            (
                "The summit was held in Astana on 12 and 13 October.",
                "2023-11-01",
                "2023-10-12",
            ),
            (
                "The ministers met in Lima on the 26th of October.",
                "2023-11-01",
                "2023-10-26",
            ),
            (
                "Talks were held in Lima between 3 and 5 May.",
                "2023-06-01",
                "2023-05-03",
            ),
            (
                "Chile and Peru held a round of talks in Lima from 10 to 12 May.",
                "2023-06-01",
                "2023-05-10",
            ),
            (
                "Director Ana Lind met President Joao Reis November 19 in Kigali.",
                "2023-12-11",
                "2023-11-19",
            ),
            // A weekday the sentence looks ahead to is the next one; one
            // just gone is the last ("last Thursday").
            (
                "The two delegations will meet again next Saturday.",
                "2025-04-13",
                "2025-04-19",
            ),
            (
                "The talks will resume on Monday in Lima.",
                "2024-03-15",
                "2024-03-18",
            ),
            (
                "The two ministers met in Lima last Thursday.",
                "2024-03-15",
                "2024-03-14",
            ),
            (
                "Secretary Ana Ruiz is to meet with President Tomas Vidal on Wednesday.",
                "2024-03-15",
                "2024-03-20",
            ),
            (
                "The ministers are scheduled to meet in Lima on Monday.",
                "2024-03-15",
                "2024-03-18",
            ),
            (
                "Secretary Ana Ruiz met with President Tomas Vidal on Wednesday.",
                "2024-03-15",
                "2024-03-13",
            ),
        ];
        for (text, date, want) in cases {
            let got = dates(text, date);
            assert!(got.iter().any(|g| g == want), "{text}: {got:?}");
        }
        // One date, read once, with "on" or a weekday before the month.
        let got = dates(
            "The ministers met on Tuesday, December 13 in Lima.",
            "2022-12-15",
        );
        assert_eq!(got, ["2022-12-13"]);
        // A weekday inside a name is no date.
        super::super::testing::check_exact(
            Relation::Date,
            &[("Talks on the Good Friday Agreement went on.", &[])],
        );
        // A day before the talks is not theirs.
        let got = dates(
            "Leaders met in Cardiff on Thursday for a summit. Speaking on Monday before the summit, the secretary general called for unity.",
            "2014-09-06",
        );
        assert_eq!(got, ["2014-09-04"]);
        super::super::testing::check_exact(
            Relation::Met,
            &[(
                "Director Ana Lind met President Joao Reis November 19 in Kigali.",
                &["Ana Lind\tJoao Reis"],
            )],
        );
    }

    #[test]
    fn an_undated_meeting_in_the_lead_takes_the_publication_date() {
        let cases = [
            (
                "President Ana Lind met with President Joao Reis in Lima.",
                Some("2024-05-02"),
            ),
            ("The weather in Lima was mild. Markets rose.", None),
            (
                "President Ana Lind met with President Joao Reis on 3 March 2024.",
                Some("2024-03-03"),
            ),
            // "Yesterday" is the day before; "this week" no day at all.
            (
                "President Ana Lind met yesterday with President Joao Reis in Lima.",
                Some("2024-05-01"),
            ),
            (
                "This week, President Ana Lind met with President Joao Reis in Lima.",
                None,
            ),
        ];
        for (text, want) in cases {
            let got = dates(text, "2024-05-02");
            assert_eq!(
                got,
                want.into_iter().map(String::from).collect::<Vec<_>>(),
                "{text}"
            );
        }
    }

    #[test]
    fn civil_dates_round_trip() {
        for (y, m, d) in [(1970, 1, 1), (2024, 2, 29), (2000, 12, 31), (1999, 3, 1)] {
            assert_eq!(civil_from_days(days_from_civil(y, m, d)), (y as i64, m, d));
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
    }
}
