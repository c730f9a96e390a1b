//! Gazetteer matching: every country, demonym, capital, organisation and
//! place of the lexicon found in a text with one Aho-Corasick pass.
//!
//! Matching is case-sensitive (these are proper nouns; "US" must not match
//! "us") and only whole words count, so "Oman" is not found in "Romania".

use crate::lexicon::Lexicon;
use aho_corasick::{AhoCorasick, MatchKind};
use std::ops::Range;
use std::sync::{Arc, OnceLock};

/// What a gazetteer pattern stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Country index, and whether the surface is its name/alias, a demonym or a capital.
    Country(usize, CountryForm),
    Organization(usize),
    Place(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountryForm {
    Name,
    Demonym,
    Capital,
}

/// A compiled index over one lexicon.
#[derive(Debug)]
pub struct Gazetteer {
    automaton: Option<AhoCorasick>,
    targets: Vec<Target>,
}

/// One hit in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub span: Range<usize>,
    pub target: Target,
}

impl Gazetteer {
    pub fn build(lex: &Lexicon) -> Gazetteer {
        let mut patterns: Vec<String> = Vec::new();
        let mut targets = Vec::new();
        let mut add = |p: &str, t: Target| {
            let p = p.trim();
            if !p.is_empty() {
                patterns.push(p.to_string());
                targets.push(t);
                // News mostly prints the curly apostrophe ("People’s Republic").
                if p.contains('\'') {
                    patterns.push(p.replace('\'', "’"));
                    targets.push(t);
                }
            }
        };
        for (i, c) in lex.countries.iter().enumerate() {
            add(&c.name, Target::Country(i, CountryForm::Name));
            for a in &c.aliases {
                add(a, Target::Country(i, CountryForm::Name));
                // "the United States" is usually written with the article.
            }
            for d in &c.demonyms {
                add(d, Target::Country(i, CountryForm::Demonym));
            }
            for cap in &c.capitals {
                add(cap, Target::Country(i, CountryForm::Capital));
            }
        }
        for (i, o) in lex.organizations.iter().enumerate() {
            add(&o.name, Target::Organization(i));
            for a in &o.aliases {
                add(a, Target::Organization(i));
            }
        }
        for (i, p) in lex.places.iter().enumerate() {
            add(&p.name, Target::Place(i));
            for a in &p.aliases {
                add(a, Target::Place(i));
            }
        }
        // Patterns that appear twice (a capital that is also listed as a
        // place) keep their first target: countries come first, so a capital
        // stands for its government and the place is recovered by the
        // location extractor through `Lexicon::places`.
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .ok();
        Gazetteer { automaton, targets }
    }

    /// The index for `lex`, cached for the built-in lexicon.
    pub fn for_lexicon(lex: &Lexicon) -> Arc<Gazetteer> {
        static BUILTIN: OnceLock<Arc<Gazetteer>> = OnceLock::new();
        if std::ptr::eq(lex, Lexicon::builtin()) {
            BUILTIN
                .get_or_init(|| Arc::new(Gazetteer::build(lex)))
                .clone()
        } else {
            Arc::new(Gazetteer::build(lex))
        }
    }

    /// Whole-word hits in `text[range]`, in order, not overlapping.
    pub fn find(&self, text: &str, range: Range<usize>) -> Vec<Hit> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let Some(hay) = text.get(range.clone()) else {
            return Vec::new();
        };
        // Names are listed with single spaces; the text may break them over
        // a line or join them with a no-break space ("New\nYork",
        // "White\u{a0}House"). Such text is searched in a copy with every
        // run of white space made one space, and `map` takes the copy's
        // offsets back to the text's.
        let (hay, map): (std::borrow::Cow<str>, Option<Vec<usize>>) = if plain_spaces(hay) {
            (hay.into(), None)
        } else {
            let (flat, map) = flatten_spaces(hay);
            (flat.into(), Some(map))
        };
        let back = |k: usize| map.as_ref().map_or(k, |m| m[k]);
        let mut out = Vec::new();
        let mut at = 0;
        // A match glued to a word ("The Sudan" in "The Sudanese") must not
        // hide a shorter one starting later, so the search resumes one
        // character after a rejected match rather than after its end.
        while at < hay.len() {
            let Some(m) = ac.find(aho_corasick::Input::new(hay.as_ref()).span(at..hay.len()))
            else {
                break;
            };
            let (s, e) = (range.start + back(m.start()), range.start + back(m.end()));
            if is_word_boundary(text, s, e) {
                out.push(Hit {
                    span: s..e,
                    target: self.targets[m.pattern().as_usize()],
                });
                at = m.end();
            } else {
                at = m.start() + hay[m.start()..].chars().next().map_or(1, char::len_utf8);
            }
        }
        self.elided(text, range.start, &mut out);
        out
    }

    /// "North and South Korea", "North and South Korean officials": a
    /// word that, with the rest of the next name's words, makes another
    /// name of the same kind, before "and" and that name, names it too
    /// (English drops the shared words of the first). `from` is where the
    /// search began: nothing before it is looked at.
    fn elided(&self, text: &str, from: usize, hits: &mut Vec<Hit>) {
        let Some(ac) = &self.automaton else { return };
        let mut found = Vec::new();
        for h in hits.iter() {
            let surface = &text[h.span.clone()];
            let Some(space) = surface.find(' ') else {
                continue;
            };
            let Some(before) = text[from..h.span.start].strip_suffix(" and ") else {
                continue;
            };
            let start = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |k| {
                k + before[k..].chars().next().map_or(1, char::len_utf8)
            });
            let word = &before[start..];
            if !word.starts_with(char::is_uppercase) || word.chars().count() < 3 {
                continue;
            }
            let candidate = format!("{word}{}", &surface[space..]);
            let whole = ac
                .find(candidate.as_str())
                .filter(|m| m.start() == 0 && m.end() == candidate.len());
            let Some(m) = whole else { continue };
            let target = self.targets[m.pattern().as_usize()];
            let same_kind = match (target, h.target) {
                (Target::Country(_, a), Target::Country(_, b)) => a == b,
                (Target::Place(_), Target::Place(_)) => true,
                _ => false,
            };
            let at = from + start;
            let taken = hits
                .iter()
                .any(|x| x.span.start < at + word.len() && at < x.span.end);
            if same_kind && target != h.target && !taken {
                found.push(Hit {
                    span: at..at + word.len(),
                    target,
                });
            }
        }
        if !found.is_empty() {
            hits.extend(found);
            hits.sort_by_key(|h| h.span.start);
        }
    }
}

/// Whether every white space in `s` is a lone ASCII space.
fn plain_spaces(s: &str) -> bool {
    let b = s.as_bytes();
    !s.char_indices()
        .any(|(k, c)| c.is_whitespace() && (c != ' ' || b.get(k + 1) == Some(&b' ')))
}

/// `s` with every run of white space made one space, and for each byte of
/// the result (and its end) the offset in `s` it came from.
fn flatten_spaces(s: &str) -> (String, Vec<usize>) {
    let mut flat = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len() + 1);
    let mut in_space = false;
    for (k, c) in s.char_indices() {
        if c.is_whitespace() {
            if !in_space {
                flat.push(' ');
                map.push(k);
            }
            in_space = true;
        } else {
            in_space = false;
            flat.push(c);
            map.extend(k..k + c.len_utf8());
        }
    }
    map.push(s.len());
    (flat, map)
}

/// True when `text[s..e]` is not glued to letters or digits on either side.
/// A possessive or plural after it ("Iran's") is fine.
fn is_word_boundary(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    !glued(before) && !glued(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        let g = Gazetteer::for_lexicon(Lexicon::builtin());
        g.find(text, 0..text.len())
            .into_iter()
            .map(|h| &text[h.span])
            .collect()
    }

    /// A name broken over a line, or held together by a no-break space
    /// or two spaces, is found with its span in the text as written.
    #[test]
    fn a_name_across_a_line_break_or_a_no_break_space() {
        let text = "Talks in New\nYork and Buenos\u{a0}Aires, then in the United  States.";
        assert_eq!(
            names(text),
            vec!["New\nYork", "Buenos\u{a0}Aires", "United  States"]
        );
        assert_eq!(names("Talks in New York."), vec!["New York"]);
    }

    /// "North and South Korea": the word before "and" names a country of
    /// its own with the rest of the name after it; "Chile and South
    /// Korea" and "Trade and South Korea" add nothing.
    #[test]
    fn a_name_with_its_shared_words_dropped() {
        let g = Gazetteer::for_lexicon(Lexicon::builtin());
        let text = "Officials of North and South Korea, Chile and South Korea, and North and South Korean envoys met.";
        let hits = g.find(text, 0..text.len());
        let at = |k: usize| hits.iter().find(|h| h.span.start == k).map(|h| h.target);
        let north = text.find("North").unwrap();
        let south = text.find("South Korea").unwrap();
        assert!(matches!(
            at(north),
            Some(Target::Country(_, CountryForm::Name))
        ));
        assert_ne!(
            at(north),
            at(south),
            "North is North Korea, not South Korea"
        );
        let north_adj = text.rfind("North").unwrap();
        assert!(matches!(
            at(north_adj),
            Some(Target::Country(_, CountryForm::Demonym))
        ));
        assert_eq!(names(text).iter().filter(|n| **n == "North").count(), 2);
        assert_eq!(names("Trade and South Korea met."), vec!["South Korea"]);
    }

    #[test]
    fn finds_whole_words_only() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Talks in Geneva between Iran and the US.",
                &["Geneva", "Iran", "US"],
            ),
            ("The Iranian side and us", &["Iranian"]),
            ("Romania is not Oman", &["Oman"]),
            ("The Sudanese side", &["Sudanese"]),
            ("Iran's position", &["Iran"]),
            ("", &[]),
        ];
        for (text, want) in cases {
            let got = names(text);
            for w in *want {
                assert!(got.contains(w), "{text:?}: {w} not in {got:?}");
            }
            if want.is_empty() {
                assert!(got.is_empty(), "{text:?}: {got:?}");
            }
        }
    }
}
