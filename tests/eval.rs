//! `parley eval` against the reference scorer `shared/tools/score.py`: the
//! same gold and facts must give the same figures (to 1e-9) and the same
//! text report, on hand-made cases and on perturbed copies of the real gold.

use crate::common;
use parley::eval::{parse_facts_tsv, score_rows, GoldSet, Report};
use serde_json::Value;
use std::path::Path;

/// Score `facts` against `gold` with parley's library.
fn parley_report(gold: &Path, facts: &Path) -> Report {
    let gold = GoldSet::load(gold).expect("gold loads");
    let text = std::fs::read_to_string(facts).expect("facts TSV is readable");
    score_rows(&gold, &parse_facts_tsv(&text))
}

/// The two JSON reports have the same relations and P/R/F1 to 1e-9.
fn assert_same_json(ours: &Value, reference: &Value) {
    let (ours, reference) = (
        ours.as_object().expect("an object"),
        reference.as_object().expect("an object"),
    );
    let mut ours_keys: Vec<&String> = ours.keys().collect();
    let mut ref_keys: Vec<&String> = reference.keys().collect();
    ours_keys.sort();
    ref_keys.sort();
    assert_eq!(ours_keys, ref_keys, "same relations");
    for (rel, r) in reference {
        for k in ["p", "r", "f"] {
            let a = ours[rel][k].as_f64().expect("a number");
            let b = r[k].as_f64().expect("a number");
            assert!((a - b).abs() < 1e-9, "{rel}.{k}: parley {a}, score.py {b}");
        }
    }
}

/// Compare everything the two scorers print for these files.
fn compare(gold: &Path, facts: &Path) -> Report {
    let report = parley_report(gold, facts);
    let reference: Value = serde_json::from_str(&common::score_py(gold, facts, &["--json"]))
        .expect("score.py --json prints JSON");
    assert_same_json(&report.to_json(), &reference);
    assert_eq!(
        report.render_text(false),
        common::score_py(gold, facts, &[])
    );
    assert_eq!(
        report.render_text_with(false, true),
        common::score_py(gold, facts, &["--by-doc"])
    );
    // score.py prints the arguments of an error as a Python tuple; parley as
    // columns. The facts listed must be the same, in the same order.
    let head = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.starts_with("MISSED") || l.starts_with("SPURIOUS"))
            .map(|l| l.splitn(4, '\t').take(3).collect::<Vec<_>>().join("\t"))
            .collect()
    };
    assert_eq!(
        head(&report.render_text(true)),
        head(&common::score_py(gold, facts, &["--errors"]))
    );
    report
}

const GOLD_ALPHA: &str = "\
# hand-made gold: titles, diacritics, alternatives, optional facts
relation\targ1\targ2\targ3
mediator\tSultanate of Oman|Oman
host\tQatar
location\tGenève|Geneva
participant\tJosé Ramos-Horta
participant\tUnited States|US
leader\tAbbas Araghchi\tIran
met\tBadr Albusaidi|Badr al-Busaidi
met\tLena Okafor\tPiet de Vries
quote\tAli Khamenei\tIf the goal of the talks is to dismantle the program, the issue is non-negotiable
quote\tSupreme Leader Ali Khamenei\tred line
role\tRafael Grossi\tDirector General\tIAEA
role\tLena Okafor\tspecial envoy\tNorway
topic\tlifting of economic sanctions|sanctions
date\t2025-02-14
?participant\tDonald Trump
?quote\tDonald Trump\tvery important
";

const GOLD_BETA: &str = "\
relation\targ1\targ2
participant\tSøren Kierkegård
participant\tÅsa Lind
met\tA\tB
quote\tÅsa Lind\tone two three four five six
quote\tÅsa Lind\talpha beta gamma delta epsilon zeta
quote\tÅsa Lind\tmu nu xi omicron pi rho
";

const FACTS: &str = "\
doc\trelation\targ1\targ2\targ3\tsentence\tstart\tend
alpha.txt\tmediator\tOman\t\t\t0\t0\t1
alpha\thost\tQatar
alpha\thost\tOman
alpha\tlocation\tGeneve
alpha\tparticipant\tPresident José Ramos Horta
alpha\tparticipant\tU.S.
alpha\tparticipant\tTrump
alpha\tleader\tAraghchi\tIran
alpha\tmet\tBadr al-Busaidi\tRafael Grossi
alpha\tmet\tPiet de Vries\tLena Okafor
alpha\tquote\tKhamenei\tthe goal of the talks is to dismantle the program
alpha\tquote\tAli Khamenei\ta red line for us
alpha\tquote\tDonald Trump\timportant
alpha\trole\tGrossi\tdirector-general\tInternational Atomic Energy Agency
alpha\trole\tLena Okafor\tenvoy\tNorway
alpha\ttopic\teconomic sanctions
alpha\tdate\t14 February 2025
alpha\tunknown\tX
alpha\thost
dir/beta.md\tparticipant\tSoren Kierkegard
beta\tparticipant\tAsa Lind
beta\tparticipant\tÅsa\tLind
beta\tmet\tB\tA
beta\tquote\tAsa Lind\tone two three four seven eight
beta\tquote\tAsa Lind\talpha beta gamma delta epsilon eta
beta\tquote\tAsa Lind\tmu nu xi omicron sigma tau upsilon
gamma\tparticipant\tOman
";

#[test]
fn hand_made_cases_agree_with_the_reference() {
    if common::shared_or_skip("hand_made_cases_agree_with_the_reference", "tools/score.py")
        .is_none()
    {
        return;
    }
    let dir = common::temp();
    common::write(dir.path(), "gold/alpha.tsv", GOLD_ALPHA);
    common::write(dir.path(), "gold/beta.tsv", GOLD_BETA);
    common::write(dir.path(), "gold/notes.txt", "not a gold file");
    let facts = common::write(dir.path(), "facts.tsv", FACTS);
    let report = compare(&dir.path().join("gold"), &facts);
    // The cases are meant to exercise both outcomes: check a few by hand so a
    // scorer that agrees with score.py by matching nothing would fail.
    let c = |rel: &str| report.per_relation[rel];
    assert_eq!((c("quote").sys_ok, c("quote").sys), (4, 5)); // 0.5 exactly, 4/9 below
    assert_eq!((c("met").sys_ok, c("met").sys), (3, 3)); // both orders, open arg2
    assert_eq!((c("role").sys_ok, c("role").sys), (1, 2)); // IAEA is no alias here
    assert_eq!((c("date").sys_ok, c("date").sys), (1, 1)); // Jaccard 2/4
    assert_eq!(report.docs, 2);
    // A single gold file scores only its own article.
    let one = compare(&dir.path().join("gold/beta.tsv"), &facts);
    assert_eq!(one.docs, 1);
    assert!(!one.per_relation.contains_key("host"));
}

/// Facts made from the real gold files by rules that keep some facts, drop
/// others, shorten names and quotes, swap `met` pairs and add wrong ones.
fn perturbed_facts(gold_dir: &Path) -> String {
    let mut out = String::from("doc\trelation\targ1\targ2\targ3\tsentence\tstart\tend\n");
    let mut paths: Vec<_> = std::fs::read_dir(gold_dir)
        .expect("gold folder is readable")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    paths.sort();
    let mut i = 0usize;
    for path in paths {
        let stem = path
            .file_stem()
            .expect("a stem")
            .to_string_lossy()
            .into_owned();
        let text = std::fs::read_to_string(&path).expect("gold is UTF-8");
        for line in text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols[0] == "relation" {
                continue;
            }
            i += 1;
            let rel = cols[0].trim_start_matches('?');
            let mut args: Vec<String> = (1..4)
                .map(|k| {
                    cols.get(k)
                        .map_or("", |a| a.split('|').next_back().unwrap_or(""))
                })
                .map(str::to_string)
                .collect();
            match i % 6 {
                0 => continue, // missed
                1 => {
                    // surname only
                    if let Some(last) = args[0].split_whitespace().next_back() {
                        args[0] = last.to_string();
                    }
                }
                2 if rel == "met" => args.swap(0, 1),
                2 => args[0] = format!("President {}", args[0]),
                3 => {
                    // keep the first half of a quote's or topic's words
                    let idx = if rel == "topic" { 0 } else { 1 };
                    let words: Vec<&str> = args[idx].split_whitespace().collect();
                    args[idx] = words[..words.len().div_ceil(2)].join(" ");
                }
                4 => args[0] = args[0].to_uppercase(),
                _ => {}
            }
            let doc = if i.is_multiple_of(4) {
                format!("{stem}.txt")
            } else {
                stem.clone()
            };
            out.push_str(&format!(
                "{doc}\t{rel}\t{}\t{}\t{}\t0\t0\t0\n",
                args[0], args[1], args[2]
            ));
            if i.is_multiple_of(7) {
                out.push_str(&format!(
                    "{stem}\t{rel}\tNobody Atall\t{}\t{}\n",
                    args[1], args[2]
                ));
            }
        }
    }
    out
}

#[test]
fn perturbed_real_gold_agrees_with_the_reference() {
    if common::shared_or_skip("perturbed_real_gold_agrees_with_the_reference", "gold").is_none() {
        return;
    }
    let gold = common::shared("gold");
    let dir = common::temp();
    let facts = common::write(dir.path(), "facts.tsv", perturbed_facts(&gold));
    let report = compare(&gold, &facts);
    let (p, r, _) = report.micro.prf();
    assert!(report.docs >= 10, "the shared gold has many articles");
    assert!(
        p > 0.3 && p < 1.0,
        "the perturbation keeps some facts and spoils others: P={p}"
    );
    assert!(r > 0.3 && r < 1.0, "R={r}");
    // Our own gold files too.
    let ours = common::write(
        dir.path(),
        "ours.tsv",
        perturbed_facts(&common::data("gold")),
    );
    compare(&common::data("gold"), &ours);
}

#[test]
fn gold_errors_name_the_file_and_line() {
    let dir = common::temp();
    let bad = common::write(
        dir.path(),
        "bad.tsv",
        "relation\targ1\nmediator\tOman\n\n?mediatr\tQatar\n",
    );
    let err = GoldSet::load(&bad)
        .expect_err("unknown relation")
        .to_string();
    assert!(err.contains("bad.tsv:4"), "{err}");
    assert!(err.contains("mediatr"), "{err}");
    let out = common::parley(dir.path())
        .args(["eval", "bad.tsv", "missing.txt"])
        .output()
        .expect("parley runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.tsv:4"));
}

/// `parley eval` on the sample articles prints what score.py prints for
/// `parley facts` on the same articles.
#[test]
fn cli_eval_equals_score_py_on_cli_facts() {
    if common::shared_or_skip("cli_eval_equals_score_py_on_cli_facts", "tools/score.py").is_none() {
        return;
    }
    let dir = common::temp();
    let root = common::root();
    let facts = common::parley(&root)
        .args(["facts", "data/articles"])
        .output()
        .expect("parley runs");
    let facts_path = common::write(dir.path(), "facts.tsv", common::stdout_of(&facts));
    let gold = common::data("gold");
    for (flags, py_flags) in [(&[][..], &[][..]), (&["--json"][..], &["--json"][..])] {
        let ours = common::parley(&root)
            .args(["eval", "data/gold", "data/articles"])
            .args(flags)
            .output()
            .expect("parley runs");
        let ours = common::stdout_of(&ours);
        let reference = common::score_py(&gold, &facts_path, py_flags);
        if flags.is_empty() {
            assert_eq!(ours, reference);
            let docs = std::fs::read_dir(&gold)
                .expect("data/gold is readable")
                .filter(|e| {
                    e.as_ref()
                        .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "tsv"))
                })
                .count();
            assert!(ours.contains(&format!(" over {docs} docs")), "{ours}");
        } else {
            assert_same_json(
                &serde_json::from_str(&ours).expect("parley eval --json prints JSON"),
                &serde_json::from_str(&reference).expect("score.py prints JSON"),
            );
        }
    }
}
