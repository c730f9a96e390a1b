//! General knowledge the extractor starts with, loaded from `data/lexicon/`.
//!
//! The files are embedded in the binary with `include_str!` so parley works
//! from any folder; `Lexicon::from_dir` loads a replacement set (the
//! `--lexicon DIR` flag). Nothing here names a particular article's people.

use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

/// A sovereign state (or widely recognised territory).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Country {
    /// Canonical short name, e.g. `United States`.
    pub name: String,
    /// Wikidata id, e.g. `Q30`.
    pub wikidata: Option<String>,
    /// Other names: official and short forms, acronyms (`US`, `U.S.`, `USA`, `Sultanate of Oman`).
    pub aliases: Vec<String>,
    /// Adjectives and nouns for its people (`American`, `Americans`, `Omani`).
    pub demonyms: Vec<String>,
    /// Capitals, whose names stand for the government (`Washington`, `Tehran`).
    pub capitals: Vec<String>,
}

/// An international or national organisation known by name and acronym.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Organization {
    pub name: String,
    pub wikidata: Option<String>,
    /// Acronyms and other names (`IAEA`, `UN`, `U.N.`).
    pub aliases: Vec<String>,
}

/// A city or other named place that is not a country.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Place {
    pub name: String,
    /// Canonical name of the country it lies in.
    pub country: String,
    pub wikidata: Option<String>,
    pub aliases: Vec<String>,
}

/// Verb classes the extractors look for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VerbClass {
    /// said, told, stated, described, stressed ...
    Reporting,
    /// met, talked, held talks ...
    Meeting,
    /// hosted, welcomed ...
    Hosting,
    /// mediated, brokered, facilitated, sponsored ...
    Mediation,
    /// attended, joined, participated ...
    Participation,
    /// led, headed ...
    Leading,
    /// represented ...
    Representing,
}

impl VerbClass {
    pub fn parse(s: &str) -> Option<VerbClass> {
        Some(match s {
            "reporting" => VerbClass::Reporting,
            "meeting" => VerbClass::Meeting,
            "hosting" => VerbClass::Hosting,
            "mediation" => VerbClass::Mediation,
            "participation" => VerbClass::Participation,
            "leading" => VerbClass::Leading,
            "representing" => VerbClass::Representing,
            _ => return None,
        })
    }
}

/// A title or office (`Foreign Minister`, `Special Envoy`, `Amir`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Title {
    pub name: String,
    /// Whether the holder is a person (all are, today) - reserved for group titles.
    pub plural: Vec<String>,
}

/// All general knowledge, indexed for lookup.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub countries: Vec<Country>,
    pub organizations: Vec<Organization>,
    pub places: Vec<Place>,
    pub titles: Vec<Title>,
    /// Inflected verb forms (lower case) by class.
    pub verbs: HashMap<VerbClass, Vec<String>>,
    /// Words that look like names at a sentence start but are not (`The`, `However`).
    pub stopwords: Vec<String>,
}

/// A line of a lexicon file that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct LexiconError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

const COUNTRIES: &str = include_str!("../data/lexicon/countries.tsv");
const ORGANIZATIONS: &str = include_str!("../data/lexicon/organizations.tsv");
const PLACES: &str = include_str!("../data/lexicon/places.tsv");
const TITLES: &str = include_str!("../data/lexicon/titles.tsv");
const VERBS: &str = include_str!("../data/lexicon/verbs.tsv");
const STOPWORDS: &str = include_str!("../data/lexicon/stopwords.tsv");

impl Lexicon {
    /// The lexicon shipped in the binary. Parsed once.
    pub fn builtin() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        // The embedded files are checked by a unit test, so this cannot fail.
        LEXICON.get_or_init(|| {
            Lexicon::parse(&|name| {
                Ok(match name {
                    "countries.tsv" => COUNTRIES,
                    "organizations.tsv" => ORGANIZATIONS,
                    "places.tsv" => PLACES,
                    "titles.tsv" => TITLES,
                    "verbs.tsv" => VERBS,
                    _ => STOPWORDS,
                }
                .to_string())
            })
            .expect("the embedded lexicon is valid (tested)")
        })
    }

    /// Load the six files from a folder (same names as data/lexicon/).
    pub fn from_dir(dir: &Path) -> Result<Lexicon, LexiconError> {
        Lexicon::parse(&|name| {
            let path = dir.join(name);
            std::fs::read_to_string(&path).map_err(|e| LexiconError {
                file: path.display().to_string(),
                line: 0,
                message: e.to_string(),
            })
        })
    }

    fn parse(read: &dyn Fn(&str) -> Result<String, LexiconError>) -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon::default();
        for (line, cols) in rows("countries.tsv", &read("countries.tsv")?) {
            let name = need(&cols, 0, "countries.tsv", line)?;
            lex.countries.push(Country {
                name,
                wikidata: opt(&cols, 1),
                aliases: list(&cols, 2),
                demonyms: list(&cols, 3),
                capitals: list(&cols, 4),
            });
        }
        for (line, cols) in rows("organizations.tsv", &read("organizations.tsv")?) {
            lex.organizations.push(Organization {
                name: need(&cols, 0, "organizations.tsv", line)?,
                wikidata: opt(&cols, 1),
                aliases: list(&cols, 2),
            });
        }
        for (line, cols) in rows("places.tsv", &read("places.tsv")?) {
            lex.places.push(Place {
                name: need(&cols, 0, "places.tsv", line)?,
                country: need(&cols, 1, "places.tsv", line)?,
                wikidata: opt(&cols, 2),
                aliases: list(&cols, 3),
            });
        }
        for (line, cols) in rows("titles.tsv", &read("titles.tsv")?) {
            lex.titles.push(Title {
                name: need(&cols, 0, "titles.tsv", line)?,
                plural: list(&cols, 1),
            });
        }
        for (line, cols) in rows("verbs.tsv", &read("verbs.tsv")?) {
            let class = need(&cols, 0, "verbs.tsv", line)?;
            let class = VerbClass::parse(&class).ok_or_else(|| LexiconError {
                file: "verbs.tsv".into(),
                line,
                message: format!("unknown verb class {class:?}"),
            })?;
            let forms = lex.verbs.entry(class).or_default();
            forms.extend(list(&cols, 1).into_iter().map(|f| f.to_lowercase()));
        }
        for (_, cols) in rows("stopwords.tsv", &read("stopwords.tsv")?) {
            if let Some(w) = opt(&cols, 0) {
                lex.stopwords.push(w);
            }
        }
        Ok(lex)
    }

    /// Inflected forms of a verb class (lower case).
    pub fn verb_forms(&self, class: VerbClass) -> &[String] {
        self.verbs.get(&class).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Whether `word` (any case) is a form of a verb of `class`.
    pub fn is_verb(&self, class: VerbClass, word: &str) -> bool {
        let w = word.to_lowercase();
        self.verb_forms(class).iter().any(|f| *f == w)
    }

    pub fn country(&self, name: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.name == name)
    }
}

/// Non-comment, non-empty rows after the header, with 1-based line numbers.
fn rows<'a>(_file: &str, text: &'a str) -> impl Iterator<Item = (usize, Vec<&'a str>)> + 'a {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|(i, l)| (i + 1, l.split('\t').map(str::trim).collect()))
}

fn need(cols: &[&str], i: usize, file: &str, line: usize) -> Result<String, LexiconError> {
    opt(cols, i).ok_or_else(|| LexiconError {
        file: file.into(),
        line,
        message: format!("column {} is empty", i + 1),
    })
}

fn opt(cols: &[&str], i: usize) -> Option<String> {
    cols.get(i).filter(|c| !c.is_empty()).map(|c| c.to_string())
}

fn list(cols: &[&str], i: usize) -> Vec<String> {
    cols.get(i)
        .map(|c| {
            c.split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lexicon_parses() {
        let lex = Lexicon::builtin();
        assert!(!lex.countries.is_empty());
        assert!(!lex.verb_forms(VerbClass::Reporting).is_empty());
    }
}
