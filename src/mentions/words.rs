//! Word classes that shape names found from context, from
//! `data/lexicon/name_words.tsv`, and the title index built from the lexicon.

use crate::lexicon::Lexicon;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::{Arc, OnceLock};

const NAME_WORDS: &str = include_str!("../../data/lexicon/name_words.tsv");

/// Sets of words by class, as written in name_words.tsv.
#[derive(Debug, Default)]
pub struct NameWords {
    pub org_heads: HashSet<String>,
    pub event_heads: HashSet<String>,
    pub place_heads: HashSet<String>,
    /// Words that end a place's name only right after "in" or "at".
    pub venue_heads: HashSet<String>,
    pub particles: HashSet<String>,
    pub honorifics: HashSet<String>,
    pub pronouns: HashSet<String>,
    /// Multi-word phrases, lower case, as token lists.
    pub groups: Vec<Vec<String>>,
    pub suffixes: HashSet<String>,
    /// Lower case.
    pub title_modifiers: HashSet<String>,
}

/// The lines of a word list (comments and blank lines aside), case folded.
fn word_set(list: &str) -> HashSet<String> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
}

/// Whether `word` is one of the 30,000 commonest US surnames
/// (`data/names/surnames.tsv`, case folded).
pub fn is_surname(word: &str) -> bool {
    static TABLE: OnceLock<HashSet<String>> = OnceLock::new();
    let table = TABLE.get_or_init(|| word_set(crate::nlp::names::SURNAMES));
    table.contains(word.to_lowercase().as_str())
}

/// Whether `word` is one of the 21,700 given names of
/// `data/names/given.tsv` (case folded), whichever sex bears it ("Jordan",
/// "Sydney").
pub fn is_given(word: &str) -> bool {
    static TABLE: OnceLock<HashSet<String>> = OnceLock::new();
    let table = TABLE.get_or_init(|| word_set(crate::nlp::names::GIVEN_NAMES));
    table.contains(word.to_lowercase().as_str())
}

/// How often news capitalises `word` where case is free, from
/// `data/names/capitals.tsv`: 0 (under 5%) to 4 (95% or more); `None` for
/// a word seen too rarely to say (most foreign names).
pub fn capital_class(word: &str) -> Option<u8> {
    use crate::nlp::names::CAPITALS;
    static TABLE: OnceLock<HashMap<&'static str, u8>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        CAPITALS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (w, c) = l.split_once('\t')?;
                Some((w, c.trim().parse().ok()?))
            })
            .collect()
    });
    table.get(word.to_lowercase().as_str()).copied()
}

impl NameWords {
    pub fn get() -> &'static NameWords {
        static W: OnceLock<NameWords> = OnceLock::new();
        W.get_or_init(|| NameWords::parse(NAME_WORDS))
    }

    /// Whether `w` is a courtesy title or abbreviated rank, written with
    /// or without its full stop ("Dr." or "Dr", "Gen." or the "Gen" a
    /// tokeniser splits from its stop).
    pub fn is_honorific(&self, w: &str) -> bool {
        self.honorifics.contains(w) || self.honorifics.contains(&format!("{w}."))
    }

    fn parse(text: &str) -> NameWords {
        let mut w = NameWords::default();
        for (class, words) in crate::lexicon::word_classes(text) {
            let items = words.into_iter();
            match class {
                "org-head" => w.org_heads.extend(items.map(String::from)),
                "event-head" => w.event_heads.extend(items.map(String::from)),
                "place-head" => w.place_heads.extend(items.map(String::from)),
                "venue-head" => w.venue_heads.extend(items.map(String::from)),
                "particle" => w.particles.extend(items.map(|s| s.to_lowercase())),
                "honorific" => w.honorifics.extend(items.map(String::from)),
                "pronoun" => w.pronouns.extend(items.map(|s| s.to_lowercase())),
                "group" => w.groups.extend(
                    items.map(|g| g.split_whitespace().map(|t| t.to_lowercase()).collect()),
                ),
                "suffix" => w.suffixes.extend(items.map(String::from)),
                "title-modifier" => w.title_modifiers.extend(items.map(|s| s.to_lowercase())),
                _ => {}
            }
        }
        w
    }
}

/// Titles of the lexicon indexed by their first word (lower case), longest first.
#[derive(Debug, Default)]
pub struct TitleIndex {
    by_first: HashMap<String, Vec<(Vec<String>, usize)>>,
    /// Canonical title text by index (singular form as in the lexicon).
    pub names: Vec<String>,
    stop: HashSet<String>,
    /// Every word of every title (lower case), "of" excepted.
    words: HashSet<String>,
}

impl TitleIndex {
    pub fn for_lexicon(lex: &Lexicon) -> Arc<TitleIndex> {
        static BUILTIN: OnceLock<Arc<TitleIndex>> = OnceLock::new();
        if std::ptr::eq(lex, Lexicon::builtin()) {
            BUILTIN
                .get_or_init(|| Arc::new(TitleIndex::build(lex)))
                .clone()
        } else {
            Arc::new(TitleIndex::build(lex))
        }
    }

    fn build(lex: &Lexicon) -> TitleIndex {
        let mut t = TitleIndex::default();
        for title in &lex.titles {
            let id = t.names.len();
            t.names.push(title.name.clone());
            for form in std::iter::once(&title.name).chain(&title.plural) {
                let toks: Vec<String> = title_tokens(form);
                // Function words inside titles ("Minister of Trade and
                // Industry") are no sign of a title.
                t.words.extend(
                    toks.iter()
                        .filter(|w| {
                            !matches!(
                                w.as_str(),
                                "of" | "and" | "the" | "for" | "in" | "on" | "to" | "&"
                            )
                        })
                        .cloned(),
                );
                if let Some(first) = toks.first() {
                    t.by_first
                        .entry(first.clone())
                        .or_default()
                        .push((toks, id));
                }
            }
        }
        for v in t.by_first.values_mut() {
            v.sort_by_key(|t| std::cmp::Reverse(t.0.len()));
        }
        t.stop = lex.stopwords.iter().map(|s| s.to_lowercase()).collect();
        t
    }

    /// The longest title starting at `words[0]`: (number of words, title id).
    pub fn match_at(&self, words: &[&str]) -> Option<(usize, usize)> {
        let direct = self.match_exact(words);
        // Only a one-word match can give way (below): longer ones stand
        // without the modifier search.
        if direct.is_some_and(|(len, _)| len > 1) {
            return direct;
        }
        // "Principal Deputy National Security Advisor", "Special
        // Presidential Envoy": up to two modifiers before a title the
        // lexicon does not have make a longer one, with the title's
        // identity; so does "chief nuclear negotiator", longer than the
        // lexicon's "Chief" alone.
        let modifiers = &NameWords::get().title_modifiers;
        let mut k = 0;
        let mut modified = None;
        while k < 2 && k + 1 < words.len() && modifiers.contains(&words[k].to_lowercase()) {
            k += 1;
            if let Some((len, id)) = self.match_exact(&words[k..]) {
                modified = Some((k + len, id));
                break;
            }
        }
        // "Chief Operating Officer", "Chief Foreign Policy Advisor": a
        // modifier, one to three capitalised words and a one-word title
        // make one title, with the last word's identity (the capitalised
        // words are the office's field, not a name).
        if modified.is_none()
            && words
                .first()
                .is_some_and(|w| modifiers.contains(&w.to_lowercase()))
        {
            modified = self.field_title(&words[1..]).map(|(len, id)| (len + 1, id));
        }
        // Only a bare modifier the lexicon also has as a title ("Chief")
        // gives way: "Deputy Secretary of the Treasury" stays a Deputy
        // Secretary.
        match (direct, modified) {
            (Some(d), Some(m)) if d.0 == 1 && m.0 > d.0 => Some(m),
            (Some(d), _) => Some(d),
            (None, m) => m,
        }
    }

    /// One to three capitalised words, not stopwords, and a one-word title
    /// after them ("Operating Officer", "Foreign Policy Advisor"): the
    /// number of words and the title's id.
    fn field_title(&self, words: &[&str]) -> Option<(usize, usize)> {
        for head in 1..=3.min(words.len().saturating_sub(1)) {
            let field = words[head - 1];
            if !field.chars().next().is_some_and(char::is_uppercase)
                || !field.chars().all(char::is_alphabetic)
                || self.is_stopword(field)
            {
                return None;
            }
            if !words[head].chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            if let Some((1, id)) = self.match_exact(&words[head..head + 1]) {
                return Some((head + 1, id));
            }
        }
        None
    }

    /// The longest lexicon title starting at `words[0]`, as written.
    fn match_exact(&self, words: &[&str]) -> Option<(usize, usize)> {
        let first = words.first()?.to_lowercase();
        let cands = self.by_first.get(&first)?;
        for (toks, id) in cands {
            if toks.len() <= words.len()
                && toks
                    .iter()
                    .zip(words)
                    .all(|(t, w)| t.eq_ignore_ascii_case(w) || *t == w.to_lowercase())
            {
                return Some((toks.len(), *id));
            }
        }
        None
    }

    /// Whether a lower-case word is part of some title ("foreign", "envoy").
    pub fn is_title_word(&self, lower: &str) -> bool {
        self.words.contains(lower)
    }

    pub fn is_stopword(&self, word: &str) -> bool {
        self.stop.contains(&word.to_lowercase())
    }
}

/// A title split into the words the tokenizer produces.
fn title_tokens(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_words_load_every_class() {
        let w = NameWords::get();
        assert!(w.org_heads.contains("Ministry"));
        assert!(w.event_heads.contains("Summit"));
        assert!(w.particles.contains("bin"));
        assert!(w.pronouns.contains("she"));
        assert!(w.groups.iter().any(|g| g == &["both", "sides"]));
    }

    #[test]
    fn titles_match_longest_first() {
        let t = TitleIndex::for_lexicon(Lexicon::builtin());
        let (n, id) = t.match_at(&["Foreign", "Minister", "Someone"]).unwrap();
        assert_eq!(n, 2);
        assert_eq!(t.names[id], "Foreign Minister");
        assert!(t.match_at(&["Someone"]).is_none());
        // A modifier, the office's field and a one-word title.
        for (words, len, title) in [
            (&["Chief", "Marketing", "Officer", "Ana"][..], 3, "Officer"),
            // (A whole title of the lexicon is read as itself.)
            (
                &["Chief", "Operating", "Officer", "Ana"][..],
                3,
                "Chief Operating Officer",
            ),
            (
                &["Chief", "Foreign", "Policy", "Advisor", "Ana"][..],
                4,
                "Advisor",
            ),
            (&["Senior", "Trade", "Advisor"][..], 3, "Advisor"),
        ] {
            let (n, id) = t.match_at(words).unwrap();
            assert_eq!((n, t.names[id].as_str()), (len, title), "{words:?}");
        }
        // Not when the words between are lower case, or a name with no
        // title after it.
        assert_eq!(t.match_at(&["Chief", "Ana", "Ruiz"]).map(|m| m.0), Some(1));
        assert_eq!(t.match_at(&["Senior", "trade", "Advisor"]), None);
    }
}
