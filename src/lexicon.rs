//! General knowledge the extractor starts with, loaded from `data/lexicon/`.
//!
//! The files are embedded in the binary with `include_str!` so parley works
//! from any folder; `Lexicon::from_dir` loads a replacement set (the
//! `--lexicon DIR` flag). Nothing here names a particular article's people.

use rustc_hash::FxHashMap as HashMap;
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
    /// Canonical name of the country it lies in; empty for regions and seas
    /// that span several countries (`Middle East`, `Red Sea`).
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
    /// pointed (out), spelled (out): reporting with the particle "out".
    ReportingOut,
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
            "reporting-out" => VerbClass::ReportingOut,
            _ => return None,
        })
    }
}

/// A title or office (`Foreign Minister`, `Special Envoy`, `Amir`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Title {
    pub name: String,
    /// Plural forms (`Foreign Ministers`, `Secretaries of State`).
    pub plural: Vec<String>,
    /// The one country whose office the title names on its own
    /// (`Secretary of State`: United States), if any.
    pub country: Option<String>,
}

/// All general knowledge, indexed for lookup.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub countries: Vec<Country>,
    pub organizations: Vec<Organization>,
    pub places: Vec<Place>,
    pub titles: Vec<Title>,
    /// Inflected verb forms (lower case) by class, sorted and deduplicated.
    pub verbs: HashMap<VerbClass, Vec<String>>,
    /// Words that look like names at a sentence start but are not (`The`, `However`).
    pub stopwords: Vec<String>,
    /// Every verb form with the classes it belongs to (bit `VerbClass as u8`):
    /// one hash lookup answers `is_verb` for all classes at once.
    verb_index: HashMap<String, u8>,
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
    /// Known names for the name finder's features: countries (names,
    /// aliases, capitals) and places as locations, organisations as
    /// organisations. Demonyms are adjectives, not names, and stay out.
    pub fn name_gazetteer(&self) -> crate::nlp::names::Gazetteer {
        let mut g = crate::nlp::names::Gazetteer::default();
        let (org, loc) = (1, 2);
        for c in &self.countries {
            for n in std::iter::once(&c.name)
                .chain(&c.aliases)
                .chain(&c.capitals)
            {
                g.add(n, loc);
            }
        }
        for o in &self.organizations {
            for n in std::iter::once(&o.name).chain(&o.aliases) {
                g.add(n, org);
            }
        }
        for p in &self.places {
            for n in std::iter::once(&p.name).chain(&p.aliases) {
                g.add(n, loc);
            }
        }
        for t in &self.titles {
            for n in std::iter::once(&t.name).chain(&t.plural) {
                if !n.contains(' ') {
                    g.mark(n, crate::nlp::names::TITLE);
                }
            }
        }
        g.add_word_lists();
        g
    }

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

    /// The files [`Lexicon::from_dir`] reads, by their names in `data/lexicon/`.
    pub const FILES: [&'static str; 6] = [
        "countries.tsv",
        "organizations.tsv",
        "places.tsv",
        "titles.tsv",
        "verbs.tsv",
        "stopwords.tsv",
    ];

    /// The lexicon files that stay built in whatever `--lexicon DIR` holds:
    /// the modules that read them (`text/abbrev.rs`, `mentions/words.rs`,
    /// `extract/triggers.rs`, `extract/roles.rs`, [`Leaders`],
    /// [`given_gender`]) embed them.
    pub const BUILT_IN_ONLY: [&'static str; 6] = [
        "abbreviations.tsv",
        "name_words.tsv",
        "triggers.tsv",
        "publishers.tsv",
        "leaders.tsv",
        "given_gender.tsv",
    ];

    /// The files in `dir` that [`Lexicon::from_dir`] does not take (see
    /// [`Lexicon::BUILT_IN_ONLY`]), so the user can be told.
    pub fn files_not_taken(dir: &Path) -> Vec<std::path::PathBuf> {
        Self::BUILT_IN_ONLY
            .iter()
            .map(|f| dir.join(f))
            .filter(|p| p.exists())
            .collect()
    }

    /// Load the six files of [`Lexicon::FILES`] from a folder (same names
    /// as data/lexicon/).
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
                // Regions and seas have no single country.
                country: opt(&cols, 1).unwrap_or_default(),
                wikidata: opt(&cols, 2),
                aliases: list(&cols, 3),
            });
        }
        for (line, cols) in rows("titles.tsv", &read("titles.tsv")?) {
            lex.titles.push(Title {
                name: need(&cols, 0, "titles.tsv", line)?,
                plural: list(&cols, 1),
                country: opt(&cols, 2),
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
        // Sorted and deduplicated so that `is_verb` can binary-search.
        for forms in lex.verbs.values_mut() {
            forms.sort();
            forms.dedup();
        }
        for (_, cols) in rows("stopwords.tsv", &read("stopwords.tsv")?) {
            if let Some(w) = opt(&cols, 0) {
                lex.stopwords.push(w);
            }
        }
        for (class, forms) in &lex.verbs {
            for f in forms {
                *lex.verb_index.entry(f.clone()).or_default() |= 1 << *class as u8;
            }
        }
        Ok(lex)
    }

    /// Inflected forms of a verb class (lower case).
    pub fn verb_forms(&self, class: VerbClass) -> &[String] {
        self.verbs.get(&class).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Whether `word` (any case) is a form of a verb of `class`.
    ///
    /// Extractors ask this for every token: one hash lookup, no allocation
    /// for lower-case words.
    pub fn is_verb(&self, class: VerbClass, word: &str) -> bool {
        self.verb_classes(word) & (1 << class as u8) != 0
    }

    /// The verb classes `word` (any case) is a form of, as a bit set
    /// (bit `VerbClass as u8`).
    pub fn verb_classes(&self, word: &str) -> u8 {
        let mask = |w: &str| self.verb_index.get(w).copied().unwrap_or(0);
        if word.chars().any(char::is_uppercase) {
            mask(&word.to_lowercase())
        } else {
            mask(word)
        }
    }

    /// The country whose canonical name is `name` (exact).
    pub fn country(&self, name: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.name == name)
    }

    /// The country that `surface` names: its canonical name, an alias, a
    /// demonym or a capital (`Iranian`, `Tehran`, `Islamic Republic of Iran`).
    /// Case-sensitive, because these are proper nouns ("US" is not "us").
    pub fn country_by_surface(&self, surface: &str) -> Option<&Country> {
        self.country(surface).or_else(|| {
            self.countries.iter().find(|c| {
                c.aliases
                    .iter()
                    .chain(&c.demonyms)
                    .chain(&c.capitals)
                    .any(|a| a == surface)
            })
        })
    }

    /// The place named `name` or one of its aliases (`Kyiv`, `Kiev`).
    /// A canonical name wins over another place's alias.
    pub fn place(&self, name: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.name == name).or_else(|| {
            self.places
                .iter()
                .find(|p| p.aliases.iter().any(|a| a == name))
        })
    }

    /// The organisation named `name` or one of its aliases (`IAEA`, `U.N.`).
    /// A canonical name wins over another organisation's alias.
    pub fn organization(&self, name: &str) -> Option<&Organization> {
        self.organizations
            .iter()
            .find(|o| o.name == name)
            .or_else(|| {
                self.organizations
                    .iter()
                    .find(|o| o.aliases.iter().any(|a| a == name))
            })
    }

    /// The title written `name` in either number, compared without regard to
    /// case (`foreign ministers` -> `Foreign Minister`).
    pub fn title(&self, name: &str) -> Option<&Title> {
        self.titles.iter().find(|t| {
            t.name.eq_ignore_ascii_case(name)
                || t.plural.iter().any(|p| p.eq_ignore_ascii_case(name))
        })
    }

    /// Whether `word` is a stopword, compared without regard to case.
    pub fn is_stopword(&self, word: &str) -> bool {
        self.stopwords.iter().any(|s| s.eq_ignore_ascii_case(word))
    }
}

/// The rows of a "class, words" file (name_words.tsv, triggers.tsv): each
/// class with its `|`-separated words, trimmed, empty ones left out.
pub(crate) fn word_classes(text: &str) -> impl Iterator<Item = (&str, Vec<&str>)> + '_ {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|line| {
            let mut cols = line.split('\t');
            let class = cols.next().unwrap_or("").trim();
            let words = cols
                .next()
                .unwrap_or("")
                .split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            (class, words)
        })
}

/// A person who leads a state, a government, a foreign ministry or the UN,
/// known to Wikidata (`data/lexicon/leaders.tsv`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Leader {
    /// The name the graph gives them, as English-language news writes it.
    pub name: String,
    pub wikidata: String,
    /// Country (as in countries.tsv) or organisation they serve.
    pub country: String,
    pub offices: Vec<String>,
    /// Other full names news uses for them.
    pub aliases: Vec<String>,
}

/// The leaders of `data/lexicon/leaders.tsv`, found by any of their full
/// names after the folding that keys people across articles.
#[derive(Debug, Default)]
pub struct Leaders {
    pub list: Vec<Leader>,
    /// Every folded full name (see [`person_slug`]), to its leader.
    by_key: HashMap<String, usize>,
    /// Each leader's folded canonical name, the slug of their IRI.
    slugs: Vec<String>,
    /// The last word of every full name, to the leaders it ends.
    by_surname: HashMap<String, Vec<usize>>,
}

/// The folded form of a person's full name that keys them across articles
/// (`rdf::person_key`, then `rdf::slug`).
fn person_slug(name: &str) -> String {
    crate::rdf::slug(&crate::rdf::person_key(name))
}

const LEADERS: &str = include_str!("../data/lexicon/leaders.tsv");

impl Leaders {
    /// The embedded list, parsed once.
    pub fn builtin() -> &'static Leaders {
        static LEADERS_LIST: OnceLock<Leaders> = OnceLock::new();
        // The embedded file is checked by a unit test, so this cannot fail.
        LEADERS_LIST.get_or_init(|| {
            Leaders::parse(LEADERS).expect("the embedded leaders.tsv is valid (tested)")
        })
    }

    /// Read a leaders file. Two leaders answering to one name, or a name
    /// of one word (a surname alone would join strangers), is an error.
    pub fn parse(text: &str) -> Result<Leaders, LexiconError> {
        const FILE: &str = "leaders.tsv";
        let mut out = Leaders::default();
        for (line, cols) in rows(FILE, text) {
            let leader = Leader {
                name: need(&cols, 0, FILE, line)?,
                wikidata: need(&cols, 1, FILE, line)?,
                country: need(&cols, 2, FILE, line)?,
                offices: list(&cols, 3),
                aliases: list(&cols, 4),
            };
            let err = |message: String| LexiconError {
                file: FILE.into(),
                line,
                message,
            };
            if !is_qid(&leader.wikidata) {
                return Err(err(format!(
                    "`{}` is not a Wikidata id (Q and digits)",
                    leader.wikidata
                )));
            }
            let index = out.list.len();
            for name in std::iter::once(&leader.name).chain(&leader.aliases) {
                let key = person_slug(name);
                if !key.contains('-') {
                    return Err(err(format!("`{name}` is one word: list full names only")));
                }
                if let Some(&other) = out.by_key.get(&key) {
                    if other != index {
                        return Err(err(format!(
                            "`{name}` also names {} (line of {})",
                            out.list[other].name, out.list[other].wikidata
                        )));
                    }
                }
                let surname = key.rsplit('-').next().unwrap_or_default().to_owned();
                let enders = out.by_surname.entry(surname).or_default();
                if !enders.contains(&index) {
                    enders.push(index);
                }
                out.by_key.insert(key, index);
            }
            out.slugs.push(person_slug(&leader.name));
            out.list.push(leader);
        }
        Ok(out)
    }

    /// The leader a person's full name names, if any: the name is folded
    /// as person IRIs fold it (case, diacritics, a single middle initial,
    /// Jr. and Sr.).
    pub fn find(&self, name: &str) -> Option<&Leader> {
        self.by_key.get(&person_slug(name)).map(|&i| &self.list[i])
    }

    /// The slug of a person's IRI: a listed leader's canonical name, folded,
    /// whichever of their names is given; anyone else's name, folded.
    pub fn person_slug(&self, name: &str) -> String {
        let key = person_slug(name);
        match self.by_key.get(&key) {
            Some(&i) => self.slugs[i].clone(),
            None => key,
        }
    }

    /// The leader a title and a surname alone name ("Prime Minister
    /// Netanyahu"): the one leader with that surname who holds that office
    /// in this list; none when two do ("President Castro").
    pub fn find_by_office(&self, surname: &str, office: &str) -> Option<&Leader> {
        let key = crate::rdf::slug(surname);
        if key.is_empty() || key.contains('-') {
            return None;
        }
        let mut hits = self
            .by_surname
            .get(&key)?
            .iter()
            .map(|&i| &self.list[i])
            .filter(|l| l.offices.iter().any(|o| o.eq_ignore_ascii_case(office)));
        let first = hits.next()?;
        hits.next().is_none().then_some(first)
    }

    /// The name and Wikidata id the graph gives an entity: a leader's from
    /// this list, whichever of their names the article uses; anyone else's
    /// as extracted.
    pub fn describe<'a>(
        &'a self,
        name: &'a str,
        kind: crate::fact::EntityKind,
        wikidata: Option<&'a str>,
    ) -> (&'a str, Option<&'a str>) {
        match kind {
            crate::fact::EntityKind::Person => match self.find(name) {
                Some(l) => (l.name.as_str(), Some(l.wikidata.as_str())),
                None => (name, wikidata),
            },
            _ => (name, wikidata),
        }
    }
}

/// Whether `s` is a Wikidata item id: `Q` and digits.
pub fn is_qid(s: &str) -> bool {
    s.strip_prefix('Q')
        .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether census data gives a first name to women or to men.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
    /// A given name borne by either sex (romanised Chinese, Korean and
    /// Vietnamese syllables, whose names put the surname first).
    Either,
}

const GIVEN_GENDER: &str = include_str!("../data/lexicon/given_gender.tsv");

/// The gender a given name (the first word of a full name) almost always
/// has in `data/lexicon/given_gender.tsv` (`Either` for the Chinese, Korean
/// and Vietnamese syllables it lists as given to both); `None` for a name
/// it does not list (most names from outside the US census, and names
/// given to both).
pub fn given_gender(first: &str) -> Option<Gender> {
    static TABLE: OnceLock<HashMap<String, Gender>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        rows("given_gender.tsv", GIVEN_GENDER)
            .filter_map(|(_, cols)| {
                let g = match *cols.get(1)? {
                    "f" => Gender::Female,
                    "m" => Gender::Male,
                    "x" => Gender::Either,
                    _ => return None,
                };
                Some((cols.first()?.to_lowercase(), g))
            })
            .collect()
    });
    table.get(&first.to_lowercase()).copied()
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
    use std::collections::{HashMap, HashSet};

    /// Surfaces that deliberately name two entities, with why. Empty today:
    /// each ambiguous surface is given to one entity (see the file comments).
    const SHARED_SURFACES: &[&str] = &[];

    #[test]
    fn embedded_lexicon_parses() {
        let lex = Lexicon::builtin();
        assert!(
            lex.countries.len() >= 198,
            "{} countries",
            lex.countries.len()
        );
        assert!(lex.organizations.len() >= 120);
        assert!(lex.places.len() >= 400);
        assert!(lex.titles.len() >= 200);
        assert!(lex.stopwords.len() >= 300);
    }

    #[test]
    fn leaders_are_found_by_any_of_their_full_names() {
        let leaders = Leaders::builtin();
        assert!(leaders.list.len() >= 40, "{} leaders", leaders.list.len());
        // Every country named is one the countries list knows (or the UN).
        let lex = Lexicon::builtin();
        for l in &leaders.list {
            assert!(
                lex.countries.iter().any(|c| c.name == l.country)
                    || lex.organizations.iter().any(|o| o.name == l.country),
                "{}: {} is neither a country nor an organisation",
                l.name,
                l.country
            );
        }
        let qid = |n: &str| leaders.find(n).map(|l| l.wikidata.as_str());
        // Folding: case, diacritics, a middle initial, a suffix, an alias.
        for name in ["Joe Biden", "Joseph R. Biden Jr.", "JOSEPH BIDEN"] {
            assert_eq!(qid(name), Some("Q6279"), "{name}");
        }
        assert_eq!(qid("Recep Tayyip Erdoğan"), qid("Tayyip Erdogan"));
        assert!(qid("Recep Tayyip Erdoğan").is_some());
        // A surname alone names a leader only with one of their offices,
        // and only when one leader of that surname holds it.
        let by_office =
            |n: &str, t: &str| leaders.find_by_office(n, t).map(|l| l.wikidata.as_str());
        assert_eq!(by_office("Netanyahu", "Prime Minister"), Some("Q43723"));
        assert_eq!(by_office("Netanyahu", "President"), None);
        assert_eq!(by_office("Zelenskyy", "President"), Some("Q3874799"));
        assert_eq!(by_office("Castro", "President"), None);
        assert_eq!(by_office("Benjamin Netanyahu", "Prime Minister"), None);
        // Another person with a leader's surname is not the leader.
        assert_eq!(qid("Hunter Biden"), None);
        assert_eq!(qid("Biden"), None);
    }

    #[test]
    fn given_names_have_the_gender_census_data_gives_them() {
        assert_eq!(given_gender("Maria"), Some(Gender::Female));
        assert_eq!(given_gender("DONALD"), Some(Gender::Male));
        // Given to both, or not a census name: no constraint.
        assert_eq!(given_gender("Jordan"), None);
        // "Li Wen": a surname first, a given name of either sex.
        assert_eq!(given_gender("Li"), Some(Gender::Either));
        assert_eq!(given_gender("Abbas"), None);
        assert!(GIVEN_GENDER.lines().filter(|l| l.ends_with("\tf")).count() > 3000);
    }

    #[test]
    fn a_leaders_file_that_would_join_strangers_is_refused() {
        let head = "name\twikidata\tcountry\toffices\taliases\n";
        let twice = format!(
            "{head}Ann Lee\tQ1\tPeru\tPresident\tAnn B. Lee\nAnna Lee\tQ2\tPeru\tPresident\tAnn Lee\n"
        );
        let e = Leaders::parse(&twice).expect_err("one name for two people");
        assert_eq!(e.line, 3);
        assert!(e.message.contains("Ann Lee"), "{e}");
        let surname = format!("{head}Ann Lee\tQ1\tPeru\tPresident\tLee\n");
        assert!(Leaders::parse(&surname)
            .expect_err("a surname alone")
            .message
            .contains("one word"));
        let bad_id = format!("{head}Ann Lee\tQ1x\tPeru\tPresident\t\n");
        assert!(Leaders::parse(&bad_id).is_err());
    }

    #[test]
    fn from_dir_reads_the_same_files() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon");
        let lex = Lexicon::from_dir(&dir).expect("data/lexicon loads");
        let builtin = Lexicon::builtin();
        assert_eq!(lex.countries, builtin.countries);
        assert_eq!(lex.places, builtin.places);
        assert_eq!(lex.verbs, builtin.verbs);
    }

    #[test]
    fn from_dir_takes_each_of_its_files() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon");
        // One invented row per file, and how the loaded lexicon shows it.
        type Seen = fn(&Lexicon) -> bool;
        let cases: [(&str, &str, Seen); 6] = [
            (
                "countries.tsv",
                "Freedonia\tQ1\t\tFreedonian\tFredville",
                |l| l.country("Freedonia").is_some(),
            ),
            ("organizations.tsv", "Zorblax Council\t\tZXC", |l| {
                l.organization("ZXC").is_some()
            }),
            ("places.tsv", "Glimmerton\tNorway\t\t", |l| {
                l.place("Glimmerton").is_some()
            }),
            ("titles.tsv", "Grand Vizier\tGrand Viziers", |l| {
                l.title("grand viziers").is_some()
            }),
            ("verbs.tsv", "reporting\tzorble|zorbles", |l| {
                l.is_verb(VerbClass::Reporting, "zorbles")
            }),
            ("stopwords.tsv", "Zorblax", |l| l.is_stopword("zorblax")),
        ];
        assert_eq!(cases.map(|c| c.0), Lexicon::FILES);
        for (file, row, seen) in cases {
            let dir = tempfile::tempdir().expect("temp dir");
            for f in Lexicon::FILES {
                std::fs::copy(src.join(f), dir.path().join(f)).expect("copy");
            }
            let mut text = std::fs::read_to_string(src.join(file)).expect("read");
            text.push_str(row);
            text.push('\n');
            std::fs::write(dir.path().join(file), text).expect("write");
            let lex = Lexicon::from_dir(dir.path()).expect("loads");
            assert!(seen(&lex), "{file}: the added row is not seen");
            assert!(!seen(Lexicon::builtin()), "{file}: the row is new");
        }
    }

    #[test]
    fn files_not_taken_are_named() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert!(Lexicon::files_not_taken(dir.path()).is_empty());
        std::fs::write(dir.path().join("triggers.tsv"), "x").expect("write");
        std::fs::write(dir.path().join("countries.tsv"), "x").expect("write");
        assert_eq!(
            Lexicon::files_not_taken(dir.path()),
            [dir.path().join("triggers.tsv")]
        );
    }

    #[test]
    fn from_dir_names_a_missing_file() {
        let err = Lexicon::from_dir(Path::new("/nonexistent-lexicon-dir")).unwrap_err();
        assert!(err.to_string().contains("countries.tsv"), "{err}");
    }

    #[test]
    fn every_country_has_a_wikidata_id() {
        for c in &Lexicon::builtin().countries {
            let id = c.wikidata.as_deref().unwrap_or("");
            assert!(is_qid(id), "{}: bad Wikidata id {id:?}", c.name);
        }
    }

    #[test]
    fn wikidata_ids_are_well_formed_and_unique() {
        let lex = Lexicon::builtin();
        let ids = lex
            .countries
            .iter()
            .map(|c| (&c.name, &c.wikidata))
            .chain(lex.organizations.iter().map(|o| (&o.name, &o.wikidata)))
            .chain(lex.places.iter().map(|p| (&p.name, &p.wikidata)));
        let mut seen: HashMap<&str, &str> = HashMap::new();
        for (name, id) in ids {
            let Some(id) = id.as_deref() else { continue };
            assert!(is_qid(id), "{name}: bad Wikidata id {id:?}");
            if let Some(other) = seen.insert(id, name) {
                panic!("{id} is given to both {other} and {name}");
            }
        }
    }

    #[test]
    fn known_wikidata_ids() {
        let lex = Lexicon::builtin();
        let cases = [
            ("United States", "Q30"),
            ("Iran", "Q794"),
            ("Oman", "Q842"),
            ("China", "Q148"),
            ("Russia", "Q159"),
            ("Ukraine", "Q212"),
            ("Israel", "Q801"),
            ("Egypt", "Q79"),
            ("Qatar", "Q846"),
            ("Switzerland", "Q39"),
        ];
        for (name, id) in cases {
            let c = lex
                .country(name)
                .unwrap_or_else(|| panic!("{name} missing"));
            assert_eq!(c.wikidata.as_deref(), Some(id), "{name}");
        }
    }

    /// Every name, alias and demonym points at one entity only, so that a
    /// mention resolves without guessing.
    #[test]
    fn no_surface_names_two_entities() {
        let lex = Lexicon::builtin();
        let mut owner: HashMap<&str, String> = HashMap::new();
        let mut clashes = Vec::new();
        let mut claim = |surface: &'static str, entity: String| {
            if SHARED_SURFACES.contains(&surface) {
                return;
            }
            match owner.get(surface) {
                Some(prev) if *prev != entity => {
                    clashes.push(format!("{surface:?}: {prev} and {entity}"))
                }
                _ => {
                    owner.insert(surface, entity);
                }
            }
        };
        for c in &lex.countries {
            for s in std::iter::once(&c.name)
                .chain(&c.aliases)
                .chain(&c.demonyms)
            {
                claim(s.as_str(), format!("country {}", c.name));
            }
        }
        for o in &lex.organizations {
            for s in std::iter::once(&o.name).chain(&o.aliases) {
                claim(s.as_str(), format!("organization {}", o.name));
            }
        }
        for p in &lex.places {
            for s in std::iter::once(&p.name).chain(&p.aliases) {
                claim(s.as_str(), format!("place {}", p.name));
            }
        }
        assert!(clashes.is_empty(), "{}", clashes.join("\n"));
    }

    #[test]
    fn every_place_lies_in_a_known_country() {
        let lex = Lexicon::builtin();
        for p in &lex.places {
            assert!(
                p.country.is_empty() || lex.country(&p.country).is_some(),
                "{}: unknown country {:?}",
                p.name,
                p.country
            );
        }
    }

    /// A capital is a place of its own country, unless the city is the
    /// country (Singapore, Monaco, Vatican City).
    #[test]
    fn every_capital_is_a_place_of_its_country() {
        let lex = Lexicon::builtin();
        for c in &lex.countries {
            for cap in c.capitals.iter().filter(|cap| **cap != c.name) {
                let place = lex.place(cap);
                assert!(
                    place.is_some_and(|p| p.country == c.name),
                    "{}: capital {cap:?} is not a place of it ({:?})",
                    c.name,
                    place.map(|p| &p.country)
                );
            }
        }
    }

    #[test]
    fn every_verb_class_has_forms() {
        let lex = Lexicon::builtin();
        let classes = [
            VerbClass::Reporting,
            VerbClass::Meeting,
            VerbClass::Hosting,
            VerbClass::Mediation,
            VerbClass::Participation,
            VerbClass::Leading,
            VerbClass::Representing,
            VerbClass::ReportingOut,
        ];
        for class in classes {
            let forms = lex.verb_forms(class);
            assert!(!forms.is_empty(), "{class:?} has no forms");
            for f in forms {
                assert!(
                    !f.is_empty() && !f.contains(char::is_whitespace),
                    "{class:?}: {f:?} is not one word"
                );
            }
        }
        assert!(lex.verb_forms(VerbClass::Reporting).len() >= 200);
    }

    #[test]
    fn verb_lookups() {
        let lex = Lexicon::builtin();
        let cases = [
            (VerbClass::Reporting, "said", true),
            (VerbClass::Reporting, "Emphasised", true),
            (VerbClass::Reporting, "underscored", true),
            (VerbClass::Reporting, "admitted", true),
            (VerbClass::Reporting, "table", false),
            (VerbClass::Meeting, "met", true),
            (VerbClass::Hosting, "hosted", true),
            (VerbClass::Hosting, "said", false),
            (VerbClass::Mediation, "brokered", true),
            (VerbClass::Participation, "attended", true),
            (VerbClass::Leading, "led", true),
            (VerbClass::Representing, "represented", true),
            (VerbClass::ReportingOut, "pointed", true),
            (VerbClass::Reporting, "pointed", false),
        ];
        for (class, word, want) in cases {
            assert_eq!(lex.is_verb(class, word), want, "{class:?} {word}");
        }
    }

    #[test]
    fn titles_have_plurals_and_are_unique() {
        let lex = Lexicon::builtin();
        let mut seen = HashSet::new();
        for t in &lex.titles {
            assert!(!t.plural.is_empty(), "{} has no plural", t.name);
            assert!(seen.insert(t.name.to_lowercase()), "{} twice", t.name);
        }
    }

    #[test]
    fn lookups_by_name_and_alias() {
        let lex = Lexicon::builtin();
        let country = |s| lex.country_by_surface(s).map(|c| c.name.as_str());
        assert_eq!(country("Iranian"), Some("Iran"));
        assert_eq!(country("Tehran"), Some("Iran"));
        assert_eq!(country("U.S."), Some("United States"));
        assert_eq!(country("Washington"), Some("United States"));
        assert_eq!(country("DRC"), Some("Democratic Republic of the Congo"));
        assert_eq!(country("us"), None);
        let place = |s| lex.place(s).map(|p| p.name.as_str());
        assert_eq!(place("Kiev"), Some("Kyiv"));
        assert_eq!(place("Geneva"), Some("Geneva"));
        assert_eq!(place("Atlantis"), None);
        let org = |s| lex.organization(s).map(|o| o.name.as_str());
        assert_eq!(org("IAEA"), Some("International Atomic Energy Agency"));
        assert_eq!(org("U.N."), Some("United Nations"));
        let title = |s| lex.title(s).map(|t| t.name.as_str());
        assert_eq!(title("foreign ministers"), Some("Foreign Minister"));
        assert_eq!(title("Secretaries of State"), Some("Secretary of State"));
        assert!(lex.is_stopword("however"));
        assert!(lex.is_stopword("Tuesday"));
        assert!(!lex.is_stopword("Oman"));
    }

    /// Stopwords reject one-word name candidates, so none may be a name or a
    /// title (titles are read before stopwords are dropped).
    #[test]
    fn no_stopword_is_an_entity_name() {
        let lex = Lexicon::builtin();
        for w in &lex.stopwords {
            assert!(
                lex.country_by_surface(w).is_none()
                    && lex.place(w).is_none()
                    && lex.organization(w).is_none(),
                "stopword {w:?} is an entity name"
            );
            assert!(lex.title(w).is_none(), "stopword {w:?} is a title");
        }
    }
}
