//! Trigger words for extractors, from `data/lexicon/triggers.tsv`.

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

const TRIGGERS: &str = include_str!("../../data/lexicon/triggers.tsv");

/// Lower-case trigger words and phrases by class.
#[derive(Debug, Default)]
pub struct Triggers {
    pub talks: HashSet<String>,
    /// Agreements, truces and the conflicts mediators work on.
    pub deal: HashSet<String>,
    pub mediation: HashSet<String>,
    pub hosting: HashSet<String>,
    pub topic_verbs: HashSet<String>,
    /// Verbs of a readout's stance ("welcomed", "condemned", "stressed")
    /// whose object, or the matter under it, is a topic of the talks.
    pub stance_verbs: HashSet<String>,
    pub topic_nouns: HashSet<String>,
    /// Nouns of something happening to a matter ("the resumption of X",
    /// "the announcement of X"): the matter is the "of" phrase.
    pub matter_events: HashSet<String>,
    /// Multi-word leads, as word lists, longest first.
    pub topic_leads: Vec<Vec<String>>,
    /// Month names (index 0 = January).
    pub months: Vec<String>,
    /// Weekday names (index 0 = Monday).
    pub weekdays: Vec<String>,
    /// Verbs that say talks took place somewhere or at some time.
    pub venue_verbs: HashSet<String>,
    /// Titles of heads of state or government (lower case).
    pub head_titles: HashSet<String>,
    /// Organisations named for the building that houses them, the place
    /// of talks held "at" them (lower case).
    pub seats: HashSet<String>,
}

impl Triggers {
    /// The month (1-12) a capitalised word names: "August", "Aug", "Aug.".
    pub fn month(&self, word: &str) -> Option<u32> {
        if !word.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let w = word.trim_end_matches('.').to_lowercase();
        if w.len() < 3 {
            return None;
        }
        self.months
            .iter()
            .position(|m| *m == w || (w.len() <= 4 && m.starts_with(&w)))
            .map(|i| i as u32 + 1)
    }

    /// Whether a lower-case word names a day, a month or a span of time,
    /// or is a number (a date's day or year): "monday", "week", "26th".
    pub fn names_time(&self, w: &str) -> bool {
        self.weekdays.iter().any(|d| d == w)
            || self.months.iter().any(|m| m == w)
            || crate::text::TIME_NOUNS.contains(&w)
            || is_day_number(w)
    }

    /// The weekday (0 = Monday) a word names.
    pub fn weekday(&self, word: &str) -> Option<u32> {
        let w = word.to_lowercase();
        self.weekdays.iter().position(|d| *d == w).map(|i| i as u32)
    }

    pub fn get() -> &'static Triggers {
        static T: OnceLock<Triggers> = OnceLock::new();
        T.get_or_init(|| Triggers::parse(TRIGGERS))
    }

    fn parse(text: &str) -> Triggers {
        let mut t = Triggers::default();
        for (class, words) in crate::lexicon::word_classes(text) {
            let items = words.into_iter().map(str::to_lowercase);
            match class {
                "talks" => t.talks.extend(items),
                "deal" => t.deal.extend(items),
                "mediation" => t.mediation.extend(items),
                "hosting" => t.hosting.extend(items),
                "topic-verb" => t.topic_verbs.extend(items),
                "stance-verb" => t.stance_verbs.extend(items),
                "topic-noun" => t.topic_nouns.extend(items),
                "matter-event" => t.matter_events.extend(items),
                "month" => t.months.extend(items),
                "weekday" => t.weekdays.extend(items),
                "venue" => t.venue_verbs.extend(items),
                "head-title" => t.head_titles.extend(items),
                "seat" => t.seats.extend(items),
                "topic-lead" => t
                    .topic_leads
                    .extend(items.map(|s| s.split_whitespace().map(String::from).collect())),
                _ => {}
            }
        }
        t.topic_leads.sort_by_key(|l| std::cmp::Reverse(l.len()));
        t
    }
}

/// "26", "26th", "2021": a number as a date writes it.
fn is_day_number(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && matches!(suffix, "" | "st" | "nd" | "rd" | "th")
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_class_loads() {
        let t = super::Triggers::get();
        assert!(t.talks.contains("negotiations"));
        assert!(t.deal.contains("ceasefire"));
        assert!(t.mediation.contains("mediation"));
        assert!(t.hosting.contains("host"));
        assert!(t.topic_verbs.contains("discussed"));
        assert_eq!(t.months.len(), 12);
        assert_eq!(t.weekdays.len(), 7);
        assert!(t.topic_leads.iter().any(|l| l == &["including"]));
        assert!(t.seats.contains("white house"));
    }
}
