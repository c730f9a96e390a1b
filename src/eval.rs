//! Scoring facts against gold files: the rules of shared/EVAL.md, exactly as
//! the reference scorer `shared/tools/score.py` applies them, so that
//! `parley eval` and the scorer report the same figures on the same inputs.
//!
//! Matching in short: names are compared on folded tokens with leading titles
//! dropped (a shorter name matches the last tokens of a longer one); quotes
//! and topics on token sets (Jaccard ≥ 0.5 or containment); titles on folded
//! strings (either contains the other); `met` is an unordered pair. System
//! facts are matched greedily in sorted order, each gold fact at most once;
//! recall counts a gold fact found by any system fact. Optional gold facts
//! (`?relation`) neither reward nor penalise.
//!
//! Where the scorer's behaviour is quirky (e.g. `'s ` is dropped only before a
//! space, titles match as substrings), this module copies the quirk on
//! purpose: agreement with the reference is the contract.

use crate::error::{Error, Result};
use crate::fact::{Fact, Relation};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;
use unicode_normalization::char::{canonical_combining_class, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

/// Words dropped from the front of a name before comparing (never all of it).
const TITLES: &[&str] = &[
    "president",
    "prime",
    "minister",
    "foreign",
    "supreme",
    "leader",
    "dr",
    "mr",
    "mrs",
    "ms",
    "secretary",
    "general",
    "special",
    "envoy",
    "king",
    "queen",
    "sheikh",
    "sultan",
    "emir",
    "ambassador",
    "chancellor",
    "vice",
    "deputy",
    "director",
    "spokesperson",
    "spokesman",
    "us",
    "u.s.",
    "state",
    "of",
    "the",
    "sir",
    "lord",
    "his",
    "her",
    "majesty",
    "highness",
    "crown",
    "prince",
    "senator",
    "sen",
    "rep",
    "gen",
    "col",
    "chairman",
    "chief",
];

/// How an argument is compared.
#[derive(Clone, Copy)]
enum Kind {
    Name,
    Text,
    Title,
}

/// The kinds of a relation's arguments, as in EVAL.md's table.
fn schema(rel: Relation) -> &'static [Kind] {
    use Kind::*;
    match rel {
        Relation::Mediator | Relation::Host | Relation::Location | Relation::Participant => &[Name],
        Relation::Date | Relation::Topic => &[Text],
        Relation::Leader | Relation::Representative | Relation::Met => &[Name, Name],
        Relation::Quote => &[Name, Text],
        Relation::Role => &[Name, Title, Name],
    }
}

/// Python's `\w` on a `str`: letters, digits and other numerals, underscore.
/// Marks are excluded even when Unicode calls them alphabetic, as Python does.
fn is_word(c: char) -> bool {
    c == '_' || (c.is_alphanumeric() && !is_combining_mark(c))
}

/// Fold text to comparable tokens: NFKD, drop combining marks, lower case,
/// `’` to `'`, drop `'s ` before a space, punctuation to spaces, split.
pub fn fold(s: &str) -> Vec<String> {
    let stripped: String = s
        .nfkd()
        .filter(|&c| canonical_combining_class(c) == 0)
        .collect();
    let lowered = stripped.to_lowercase().replace('\u{2019}', "'");
    let lowered = lowered.replace("'s ", " ");
    let mut tokens = Vec::new();
    let mut cur = String::new();
    for c in lowered.chars() {
        if is_word(c) {
            cur.push(c);
        } else {
            // Punctuation becomes a space and spaces split, so a token is
            // a maximal run of word characters.
            if !cur.is_empty() {
                tokens.push(std::mem::take(&mut cur));
            }
        }
    }
    if !cur.is_empty() {
        tokens.push(cur);
    }
    tokens
}

/// Folded name tokens with leading titles dropped, keeping at least one token.
fn name_tokens(s: &str) -> Vec<String> {
    let t = fold(s);
    let mut i = 0;
    while i + 1 < t.len() && TITLES.contains(&t[i].as_str()) {
        i += 1;
    }
    t[i..].to_vec()
}

/// A system name against gold alternatives separated by `|`.
fn name_match(sys: &str, gold_alts: &str) -> bool {
    let a = name_tokens(sys);
    if a.is_empty() {
        return false;
    }
    gold_alts.split('|').any(|g| {
        let b = name_tokens(g);
        if b.is_empty() {
            return false;
        }
        let (short, long) = if a.len() <= b.len() {
            (&a, &b)
        } else {
            (&b, &a)
        };
        long[long.len() - short.len()..] == short[..]
    })
}

/// Quotes and topics: token sets, containment or Jaccard ≥ 0.5.
fn text_match(sys: &str, gold_alts: &str) -> bool {
    let a: BTreeSet<String> = fold(sys).into_iter().collect();
    if a.is_empty() {
        return false;
    }
    gold_alts.split('|').any(|g| {
        let b: BTreeSet<String> = fold(g).into_iter().collect();
        if b.is_empty() {
            return false;
        }
        let inter = a.intersection(&b).count();
        let union = a.len() + b.len() - inter;
        // Integer form of inter / union >= 0.5, free of rounding.
        a.is_subset(&b) || b.is_subset(&a) || 2 * inter >= union
    })
}

/// Titles: folded strings, either a substring of the other.
fn title_match(sys: &str, gold_alts: &str) -> bool {
    let a = fold(sys).join(" ");
    if a.is_empty() {
        return false;
    }
    gold_alts.split('|').any(|g| {
        let b = fold(g).join(" ");
        !b.is_empty() && (a.contains(&b) || b.contains(&a))
    })
}

fn arg_ok(kind: Kind, sys: &str, gold: &str) -> bool {
    if gold.is_empty() {
        return true; // gold leaves it open
    }
    match kind {
        Kind::Name => name_match(sys, gold),
        Kind::Text => text_match(sys, gold),
        Kind::Title => title_match(sys, gold),
    }
}

fn fact_match(rel: Relation, s: &[String; 3], g: &[String; 3]) -> bool {
    if rel == Relation::Met {
        let (a1, a2, g1, g2) = (&s[0], &s[1], &g[0], &g[1]);
        if g2.is_empty() {
            return name_match(a1, g1) || (!a2.is_empty() && name_match(a2, g1));
        }
        return (name_match(a1, g1) && name_match(a2, g2))
            || (name_match(a2, g1) && name_match(a1, g2));
    }
    schema(rel)
        .iter()
        .enumerate()
        .all(|(i, &k)| arg_ok(k, &s[i], &g[i]))
}

/// One line of a gold file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldFact {
    pub relation: Relation,
    /// `?relation`: found or not, it does not count.
    pub optional: bool,
    /// Arguments, each possibly `alt1|alt2`; missing columns are empty.
    pub args: [String; 3],
}

/// The gold facts of one article.
#[derive(Debug, Clone)]
pub struct GoldFile {
    /// The article's id: the gold file's stem.
    pub doc: String,
    pub facts: Vec<GoldFact>,
}

/// Gold facts for a set of articles, in file-name order.
#[derive(Debug, Clone, Default)]
pub struct GoldSet {
    pub files: Vec<GoldFile>,
}

impl GoldSet {
    /// Load a gold `.tsv` file, or every `.tsv` file of a folder (not
    /// recursive, sorted by name, as the reference scorer does).
    pub fn load(path: &Path) -> Result<GoldSet> {
        let io = |source| Error::Io {
            path: path.to_path_buf(),
            source,
        };
        let mut paths = Vec::new();
        if path.is_dir() {
            for entry in std::fs::read_dir(path).map_err(io)? {
                let p = entry.map_err(io)?.path();
                if p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.ends_with(".tsv"))
                {
                    paths.push(p);
                }
            }
            paths.sort();
        } else {
            paths.push(path.to_path_buf());
        }
        let mut files = Vec::new();
        for p in paths {
            let text = std::fs::read_to_string(&p).map_err(|source| Error::Io {
                path: p.clone(),
                source,
            })?;
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            files.push(GoldFile {
                doc: stem(&name),
                facts: parse_gold(&text, &p.display().to_string())?,
            });
        }
        Ok(GoldSet { files })
    }
}

/// Split text into lines as Python's universal newlines do.
fn py_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        let line = &rest[..end];
        let skip = if rest[end..].starts_with("\r\n") {
            2
        } else {
            usize::from(end < rest.len())
        };
        rest = &rest[end + skip..];
        Some(line)
    })
}

/// Parse a gold file's text; `origin` names it in errors (`origin:line`).
pub fn parse_gold(text: &str, origin: &str) -> Result<Vec<GoldFact>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut facts = Vec::new();
    let mut header = false;
    for (i, line) in py_lines(text).enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if !header {
            header = true;
            if cols[0] == "relation" {
                continue;
            }
        }
        let optional = cols[0].starts_with('?');
        let name = cols[0].trim_start_matches('?');
        let relation = Relation::parse(name).ok_or_else(|| Error::Gold {
            path: format!("{origin}:{}", i + 1),
            message: format!(
                "unknown relation {name:?} (expected one of the relations of EVAL.md)"
            ),
        })?;
        facts.push(GoldFact {
            relation,
            optional,
            args: std::array::from_fn(|k| cols.get(k + 1).copied().unwrap_or("").to_string()),
        });
    }
    Ok(facts)
}

/// Python's `os.path.splitext(os.path.basename(p))[0]`.
fn stem(p: &str) -> String {
    let base = p.rsplit('/').next().unwrap_or(p);
    if let Some(dot) = base.rfind('.') {
        // A dot only starts an extension when a non-dot precedes it.
        if base[..dot].chars().any(|c| c != '.') {
            return base[..dot].to_string();
        }
    }
    base.to_string()
}

/// Read a facts TSV (`doc relation arg1 arg2 arg3 ...`) into rows, as the
/// reference scorer does: the header is skipped, short lines and unknown
/// relations are ignored, `doc` is kept as written.
pub fn parse_facts_tsv(text: &str) -> Vec<(String, String, [String; 3])> {
    let mut rows = Vec::new();
    for (i, line) in py_lines(text).enumerate() {
        let cols: Vec<&str> = line.split('\t').collect();
        if (i == 0 && cols[0] == "doc") || cols.len() < 3 {
            continue;
        }
        rows.push((
            cols[0].to_string(),
            cols[1].to_string(),
            std::array::from_fn(|k| cols.get(k + 2).copied().unwrap_or("").to_string()),
        ));
    }
    rows
}

/// Matched and total facts on each side.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// System facts that matched a gold fact.
    pub sys_ok: usize,
    /// System facts counted (those matching only optional gold excluded).
    pub sys: usize,
    /// Required gold facts found.
    pub gold_ok: usize,
    /// Required gold facts.
    pub gold: usize,
}

impl Counts {
    /// Precision, recall and F1; 0 where undefined.
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = if self.sys > 0 {
            self.sys_ok as f64 / self.sys as f64
        } else {
            0.0
        };
        let r = if self.gold > 0 {
            self.gold_ok as f64 / self.gold as f64
        } else {
            0.0
        };
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }

    fn add(&mut self, o: &Counts) {
        self.sys_ok += o.sys_ok;
        self.sys += o.sys;
        self.gold_ok += o.gold_ok;
        self.gold += o.gold;
    }
}

/// A fact missed (gold) or spurious (system), for `--errors`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoredFact {
    pub doc: String,
    pub relation: String,
    pub args: [String; 3],
}

/// The outcome of scoring.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Relations with at least one counted system fact or required gold fact.
    pub per_relation: BTreeMap<String, Counts>,
    pub micro: Counts,
    /// Per gold file, in the gold set's order.
    pub per_doc: Vec<(String, Counts)>,
    pub missed: Vec<ScoredFact>,
    pub spurious: Vec<ScoredFact>,
    /// The extractor rule of each spurious fact (parallel to `spurious`),
    /// when the facts came with their evidence.
    pub spurious_rules: Vec<Option<&'static str>>,
    /// Number of gold files scored.
    pub docs: usize,
}

/// System facts of one article, deduplicated and in sorted order.
type SystemFacts = BTreeMap<String, BTreeSet<(String, [String; 3])>>;

/// Score extracted facts; `Fact::doc` is compared with the gold file stems.
/// Argument texts are cleaned as the TSV writer cleans them, so scoring
/// facts directly and scoring their TSV give the same report.
pub fn score(gold: &GoldSet, facts: &[Fact]) -> Report {
    let mut by_doc = SystemFacts::new();
    for f in facts {
        let args = f.arg_texts().map(crate::output::facts::clean);
        by_doc
            .entry(f.doc.clone())
            .or_default()
            .insert((f.relation.as_str().to_string(), args));
    }
    let mut report = score_system(gold, &by_doc);
    // The rule that made each spurious fact: the first fact with its key.
    let mut rules: BTreeMap<(&str, &str, [String; 3]), &'static str> = BTreeMap::new();
    for f in facts {
        let args = f.arg_texts().map(crate::output::facts::clean);
        rules
            .entry((f.doc.as_str(), f.relation.as_str(), args))
            .or_insert(f.evidence.rule);
    }
    report.spurious_rules = report
        .spurious
        .iter()
        .map(|m| {
            rules
                .get(&(m.doc.as_str(), m.relation.as_str(), m.args.clone()))
                .copied()
        })
        .collect();
    report
}

/// Score rows read from a facts TSV (see [`parse_facts_tsv`]): `doc` may be
/// a file name (its stem is used) and rows with unknown relations are ignored.
pub fn score_rows(gold: &GoldSet, rows: &[(String, String, [String; 3])]) -> Report {
    let mut by_doc = SystemFacts::new();
    for (doc, rel, args) in rows {
        if Relation::parse(rel).is_none() {
            continue;
        }
        by_doc
            .entry(stem(doc))
            .or_default()
            .insert((rel.clone(), args.clone()));
    }
    score_system(gold, &by_doc)
}

fn score_system(gold: &GoldSet, system: &SystemFacts) -> Report {
    let empty = BTreeSet::new();
    let mut report = Report {
        docs: gold.files.len(),
        ..Report::default()
    };
    for gf in &gold.files {
        let doc = &gf.doc;
        let gold = &gf.facts;
        let sysf = system.get(doc).unwrap_or(&empty);
        let mut used = vec![false; gold.len()];
        let mut d = Counts::default();
        for (rel_name, args) in sysf {
            let Some(rel) = Relation::parse(rel_name) else {
                continue;
            };
            // Prefer an unused required gold fact; else an unused optional
            // one; else any match (so a duplicate is not called spurious).
            let mut hit: Option<usize> = None;
            for (j, g) in gold.iter().enumerate() {
                if g.relation == rel && fact_match(rel, args, &g.args) {
                    if hit.is_none_or(|h| !used[j] && used[h]) {
                        hit = Some(j);
                    }
                    if !used[j] && !g.optional {
                        hit = Some(j);
                        break;
                    }
                }
            }
            if let Some(h) = hit.filter(|&h| gold[h].optional) {
                used[h] = true;
                continue; // optional: neither counted nor penalised
            }
            let c = report.per_relation.entry(rel_name.clone()).or_default();
            c.sys += 1;
            d.sys += 1;
            if let Some(h) = hit {
                used[h] = true;
                c.sys_ok += 1;
                d.sys_ok += 1;
            } else {
                report.spurious.push(ScoredFact {
                    doc: doc.clone(),
                    relation: rel_name.clone(),
                    args: args.clone(),
                });
            }
        }
        for g in gold.iter().filter(|g| !g.optional) {
            let name = g.relation.as_str();
            let c = report.per_relation.entry(name.to_string()).or_default();
            c.gold += 1;
            d.gold += 1;
            let found = sysf
                .iter()
                .any(|(r, args)| r == name && fact_match(g.relation, args, &g.args));
            if found {
                c.gold_ok += 1;
                d.gold_ok += 1;
            } else {
                report.missed.push(ScoredFact {
                    doc: doc.clone(),
                    relation: name.to_string(),
                    args: g.args.clone(),
                });
            }
        }
        report.per_doc.push((doc.clone(), d));
    }
    for c in report.per_relation.values() {
        report.micro.add(c);
    }
    report
}

impl Report {
    /// The reference scorer's text report; `errors` adds the MISSED and
    /// SPURIOUS lines (tab-separated, the three arguments as columns).
    pub fn render_text(&self, errors: bool) -> String {
        self.render_text_with(errors, false)
    }

    /// [`Report::render_text`], optionally with one line per document (`--by-doc`).
    pub fn render_text_with(&self, errors: bool, by_doc: bool) -> String {
        let mut out = String::new();
        // Writing to a String cannot fail, hence the ignored results.
        let _ = writeln!(
            out,
            "{:14} {:>6} {:>6} {:>6}  sys_ok/sys gold_ok/gold",
            "relation", "P", "R", "F1"
        );
        for (rel, c) in &self.per_relation {
            let (p, r, f) = c.prf();
            let _ = writeln!(
                out,
                "{rel:14} {p:6.3} {r:6.3} {f:6.3}  {}/{} {}/{}",
                c.sys_ok, c.sys, c.gold_ok, c.gold
            );
        }
        if by_doc {
            for (doc, d) in &self.per_doc {
                let (p, r, f) = d.prf();
                let _ = writeln!(out, "doc {doc:30} P={p:.3} R={r:.3} F1={f:.3}");
            }
        }
        if errors {
            for (tag, list) in [("MISSED", &self.missed), ("SPURIOUS", &self.spurious)] {
                for m in list {
                    let _ = writeln!(
                        out,
                        "{tag}\t{}\t{}\t{}\t{}\t{}",
                        m.doc, m.relation, m.args[0], m.args[1], m.args[2]
                    );
                }
            }
            // The errors counted by relation and by the rule that made a
            // spurious fact: where to look first.
            let mut groups: BTreeMap<(&str, &str, &str), usize> = BTreeMap::new();
            for m in &self.missed {
                *groups
                    .entry(("missed", m.relation.as_str(), "-"))
                    .or_default() += 1;
            }
            for (k, m) in self.spurious.iter().enumerate() {
                let rule = self.spurious_rules.get(k).copied().flatten().unwrap_or("-");
                *groups
                    .entry(("spurious", m.relation.as_str(), rule))
                    .or_default() += 1;
            }
            if !groups.is_empty() {
                let _ = writeln!(out, "errors by relation and rule:");
                let mut sorted: Vec<_> = groups.into_iter().collect();
                sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                for ((kind, rel, rule), n) in sorted {
                    let _ = writeln!(out, "  {n:>4}  {kind:<8}  {rel:<14}  {rule}");
                }
            }
        }
        let (p, r, f) = self.micro.prf();
        let _ = writeln!(
            out,
            "micro P={p:.3} R={r:.3} F1={f:.3} over {} docs",
            self.docs
        );
        out
    }

    /// The reference scorer's `--json`: `{relation: {p, r, f}, ..., micro: {p, r, f}}`.
    pub fn to_json(&self) -> serde_json::Value {
        let prf = |c: &Counts| {
            let (p, r, f) = c.prf();
            serde_json::json!({ "p": p, "r": r, "f": f })
        };
        let mut map = serde_json::Map::new();
        for (rel, c) in &self.per_relation {
            map.insert(rel.clone(), prf(c));
        }
        map.insert("micro".to_string(), prf(&self.micro));
        serde_json::Value::Object(map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s3(a: &str, b: &str, c: &str) -> [String; 3] {
        [a.to_string(), b.to_string(), c.to_string()]
    }

    #[test]
    fn fold_table() {
        let cases: &[(&str, &[&str])] = &[
            ("Abbas Araqchi", &["abbas", "araqchi"]),
            ("Badr al-Busaidi", &["badr", "al", "busaidi"]),
            ("José Ramos-Horta", &["jose", "ramos", "horta"]),
            (
                "Iran\u{2019}s nuclear program",
                &["iran", "nuclear", "program"],
            ),
            ("Iran's", &["iran", "s"]),
            ("U.S.", &["u", "s"]),
            ("ﬁnal Ⅻ ²", &["final", "xii", "2"]),
            ("snake_case x", &["snake_case", "x"]),
            ("Ŀubljana", &["l", "ubljana"]),
            ("", &[]),
        ];
        for &(input, want) in cases {
            assert_eq!(fold(input), want, "fold({input:?})");
        }
    }

    #[test]
    fn name_match_table() {
        let cases = [
            ("Trump", "Donald Trump", true),
            ("President Donald Trump", "Donald Trump", true),
            ("Donald Trump", "Trump", true),
            ("Donald", "Donald Trump", false),
            ("Foreign Minister", "Foreign Minister", true), // never drop everything
            ("Abbas Araghchi", "Abbas Araqchi|Abbas Araghchi", true),
            ("Éamon Ó Cuív", "Eamon O Cuiv", true),
            ("", "Oman", false),
            ("Oman", "", false),
            ("US", "United States|US", true),
        ];
        for (sys, gold, want) in cases {
            assert_eq!(name_match(sys, gold), want, "{sys:?} ~ {gold:?}");
        }
    }

    #[test]
    fn text_and_title_match_table() {
        let texts = [
            ("red line", "a red line for us", true),   // contained
            ("one two three", "one two four", true),   // 2/4 = 0.5
            ("one two three", "one four five", false), // 1/5
            ("one two three four", "one two five six", false), // 2/6
            ("", "x", false),
        ];
        for (sys, gold, want) in texts {
            assert_eq!(text_match(sys, gold), want, "{sys:?} ~ {gold:?}");
        }
        let titles = [
            ("special envoy", "envoy", true),
            ("Envoy", "Special Envoy", true),
            ("Foreign Minister", "Prime Minister", false),
            ("minister", "administer", true), // substring, as the scorer does
        ];
        for (sys, gold, want) in titles {
            assert_eq!(title_match(sys, gold), want, "{sys:?} ~ {gold:?}");
        }
    }

    #[test]
    fn met_is_unordered_and_open() {
        let cases = [
            (("Oman", "Iran"), ("Iran", "Oman"), true),
            (("Oman", "Iran"), ("Oman", "Iran"), true),
            (("Oman", ""), ("Oman", "Iran"), false),
            (("Iran", "Grossi"), ("Rafael Grossi", ""), true),
            (("Grossi", ""), ("Rafael Grossi", ""), true),
            (("Iran", "Qatar"), ("Oman", ""), false),
        ];
        for ((s1, s2), (g1, g2), want) in cases {
            assert_eq!(
                fact_match(Relation::Met, &s3(s1, s2, ""), &s3(g1, g2, "")),
                want,
                "met {s1},{s2} ~ {g1},{g2}"
            );
        }
    }

    #[test]
    fn gold_errors_name_file_and_line() {
        let err = parse_gold(
            "relation\targ1\n# c\nmediator\tOman\nmediation\tOman\n",
            "g.tsv",
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.starts_with("g.tsv:4: unknown relation \"mediation\""),
            "{err}"
        );
    }

    #[test]
    fn errors_are_grouped_by_relation_and_rule() {
        let gold = GoldSet {
            files: vec![GoldFile {
                doc: "a".into(),
                facts: parse_gold(
                    "relation\targ1\targ2\tcol3\nparticipant\tIran\nparticipant\tOman\n",
                    "a.tsv",
                )
                .expect("valid gold"),
            }],
        };
        let fact = |name: &str, rule: &'static str| crate::fact::Fact {
            doc: "a".into(),
            relation: Relation::Participant,
            args: vec![crate::fact::Arg::literal(name)],
            evidence: crate::fact::Evidence {
                sentence_span: 0..0,
                sentence: 0,
                span: 0..1,
                rule,
                confidence: 1.0,
            },
        };
        let facts = [
            fact("Iran", "participation/x"),
            fact("Egypt", "participation/y"),
            fact("Chad", "participation/y"),
        ];
        let rep = score(&gold, &facts);
        assert_eq!(rep.spurious_rules, vec![Some("participation/y"); 2]);
        let text = rep.render_text(true);
        let block = text
            .split("errors by relation and rule:\n")
            .nth(1)
            .expect("a group block");
        let lines: Vec<Vec<&str>> = block
            .lines()
            .map(|l| l.split_whitespace().collect())
            .collect();
        assert_eq!(
            lines[0],
            ["2", "spurious", "participant", "participation/y"]
        );
        assert_eq!(lines[1], ["1", "missed", "participant", "-"]);
    }

    #[test]
    fn scoring_counts_optional_duplicates_and_recall() {
        let gold = GoldSet {
            files: vec![GoldFile {
                doc: "a".into(),
                facts: parse_gold(
                    "relation\targ1\targ2\tcol3\nparticipant\tIran\nparticipant\tOman\n?participant\tQatar\nquote\tAli Khamenei\tred line\n",
                    "a.tsv",
                )
                .expect("valid gold"),
            }],
        };
        let rows: Vec<(String, String, [String; 3])> = [
            ("a.txt", "participant", "Iran"),
            ("a", "participant", "Iranian Republic of Iran"),
            ("a", "participant", "Qatar"),
            ("a", "participant", "Egypt"),
            ("a", "quote", "Khamenei"),
            ("b", "participant", "Oman"),
            ("a", "nonsense", "Oman"),
        ]
        .iter()
        .map(|&(d, r, a1)| {
            let args = if r == "quote" {
                s3(a1, "a red line", "")
            } else {
                s3(a1, "", "")
            };
            (d.to_string(), r.to_string(), args)
        })
        .collect();
        let rep = score_rows(&gold, &rows);
        let p = rep.per_relation["participant"];
        // Iran twice (both match gold Iran; the second reuses it), Egypt spurious, Qatar optional.
        assert_eq!(
            p,
            Counts {
                sys_ok: 2,
                sys: 3,
                gold_ok: 1,
                gold: 2
            }
        );
        assert_eq!(
            rep.per_relation["quote"],
            Counts {
                sys_ok: 1,
                sys: 1,
                gold_ok: 1,
                gold: 1
            }
        );
        assert_eq!(
            rep.micro,
            Counts {
                sys_ok: 3,
                sys: 4,
                gold_ok: 2,
                gold: 3
            }
        );
        assert_eq!(rep.missed.len(), 1);
        assert_eq!(rep.missed[0].args[0], "Oman");
        assert_eq!(rep.spurious.len(), 1);
        assert_eq!(rep.spurious[0].args[0], "Egypt");
        let text = rep.render_text(true);
        assert!(text.starts_with("relation            P      R     F1  sys_ok/sys gold_ok/gold\n"));
        assert!(
            text.contains("\nparticipant     0.667  0.500  0.571  2/3 1/2\n"),
            "{text}"
        );
        assert!(
            text.contains("MISSED\ta\tparticipant\tOman\t\t\n"),
            "{text}"
        );
        assert!(
            text.ends_with("micro P=0.750 R=0.667 F1=0.706 over 1 docs\n"),
            "{text}"
        );
    }

    #[test]
    fn stems_follow_python() {
        for (p, want) in [
            ("dir/a.txt", "a"),
            ("a", "a"),
            (".hidden", ".hidden"),
            ("x.tar.gz", "x.tar"),
            ("..a", "..a"),
        ] {
            assert_eq!(stem(p), want);
        }
    }
}
