//! The linguistic layer: the shipped model's accuracy on a slice of UD
//! English EWT dev, `parley parse`, `parley eval-ud`, and that training is
//! deterministic.

use crate::common::{self, parley, stdout_of, temp, write};
use parley::nlp;

/// The shipped model on the first 500 sentences of EWT dev (gold tokens):
/// the slice is easier than the whole test split, so the bounds sit a
/// little under the full-split figures in the README.
#[test]
fn shipped_model_accuracy_on_dev_slice() {
    let Some(path) = common::shared_or_skip(
        "shipped_model_accuracy_on_dev_slice",
        "ud/en_ewt-ud-dev.conllu",
    ) else {
        return;
    };
    let all = nlp::train::read_treebank(&path).expect("EWT dev reads");
    let slice = &all[..500];
    let s = nlp::train::evaluate(nlp::builtin(), slice);
    eprintln!("{s}");
    assert!(s.upos >= 0.93, "UPOS {s}");
    assert!(s.xpos >= 0.92, "XPOS {s}");
    assert!(s.uas >= 0.82, "UAS {s}");
    assert!(s.las >= 0.78, "LAS {s}");
    assert_eq!(s.sentences, 500);
}

#[test]
fn shipped_model_finds_names_on_uner_dev_slice() {
    let Some(path) = common::shared_or_skip(
        "shipped_model_finds_names_on_uner_dev_slice",
        "ud/uner_en_ewt-test.iob2",
    ) else {
        return;
    };
    let all = nlp::train::read_names(&path).expect("UNER test reads");
    let s = nlp::train::evaluate_names(nlp::builtin(), &all[..600]);
    eprintln!("{s}");
    assert!(s.micro().2 >= 0.6, "name F1 {s}");
}

/// `parley parse` prints valid CoNLL-U: ten columns, one root per
/// sentence, heads inside the sentence, byte spans that give the form.
#[test]
fn parse_prints_conllu() {
    let dir = temp();
    let text = "The talks were hosted by Oman in Geneva.\n\nAraqchi met the envoy on Tuesday, officials said.\n";
    let path = write(dir.path(), "a.txt", text);
    let out = stdout_of(&parley(dir.path()).arg("parse").arg(&path).output().unwrap());
    let sentences: Vec<&str> = out.split("\n\n").filter(|s| !s.trim().is_empty()).collect();
    assert_eq!(sentences.len(), 2, "{out}");
    assert!(
        out.contains("# text = The talks were hosted by Oman in Geneva."),
        "{out}"
    );
    for s in &sentences {
        let rows: Vec<Vec<&str>> = s
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| l.split('\t').collect())
            .collect();
        let n = rows.len();
        let mut roots = 0;
        for r in &rows {
            assert_eq!(r.len(), 10, "ten columns: {r:?}");
            let head: usize = r[6].parse().unwrap();
            assert!(head <= n);
            roots += usize::from(head == 0);
            let range = r[9]
                .split('|')
                .next()
                .unwrap()
                .trim_start_matches("TokenRange=");
            let (a, b) = range.split_once(':').unwrap();
            assert_eq!(
                &text[a.parse::<usize>().unwrap()..b.parse::<usize>().unwrap()],
                r[1]
            );
        }
        assert_eq!(roots, 1, "one root: {s}");
    }
    // The distinctions the extractors rely on.
    let row = |form: &str| -> Vec<String> {
        out.lines()
            .find(|l| l.split('\t').nth(1) == Some(form))
            .unwrap_or_else(|| panic!("{form} in {out}"))
            .split('\t')
            .map(String::from)
            .collect()
    };
    assert_eq!(row("hosted")[4], "VBN", "passive participle: {out}");
    assert_eq!(row("Oman")[3], "PROPN");
    assert_eq!(row("Araqchi")[7], "nsubj", "{out}");
    assert_eq!(row("envoy")[7], "obj", "{out}");
    let table = stdout_of(
        &parley(dir.path())
            .args(["parse", "--format", "table"])
            .arg(&path)
            .output()
            .unwrap(),
    );
    assert!(
        table.contains("sentence 1: The talks were hosted"),
        "{table}"
    );
    assert!(
        table
            .lines()
            .any(|l| l.contains("Oman") && l.contains("PROPN")),
        "{table}"
    );
}

/// `parley eval-ud` prints one line of figures for any treebank file.
#[test]
fn eval_ud_prints_one_line() {
    let dir = temp();
    let conllu = "# text = Oman hosted the talks.\n1\tOman\tOman\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\thosted\thost\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n4\ttalks\ttalk\tNOUN\tNNS\t_\t2\tobj\t_\t_\n5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    let path = write(dir.path(), "t.conllu", conllu);
    let out = stdout_of(
        &parley(dir.path())
            .arg("eval-ud")
            .arg(&path)
            .output()
            .unwrap(),
    );
    let line = out.trim();
    assert!(line.starts_with("UPOS="), "{line}");
    assert!(line.ends_with("sentences=1 tokens=5"), "{line}");
    let upos: f64 = line[5..10].parse().unwrap();
    assert!(upos >= 0.8, "a plain sentence is tagged right: {line}");
    let bad = write(dir.path(), "bad.conllu", "1\tx\n");
    let out = parley(dir.path())
        .arg("eval-ud")
        .arg(&bad)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.conllu") && err.contains("line 1"),
        "{err}"
    );
}

/// The same treebank gives the same model, byte for byte; the model
/// learns its training sentences.
#[test]
fn training_is_deterministic() {
    let Some(ud) = common::shared_or_skip("training_is_deterministic", "ud") else {
        return;
    };
    let dir = temp();
    let cut = |name: &str, n: usize| {
        let text = std::fs::read_to_string(ud.join(name)).unwrap();
        let part: Vec<&str> = text.split("\n\n").take(n).collect();
        write(dir.path(), name, part.join("\n\n") + "\n\n");
    };
    cut("en_ewt-ud-train.conllu", 300);
    cut("uner_en_ewt-dev.iob2", 200);
    let lexicon = parley::Lexicon::builtin();
    let a = nlp::train::train(dir.path(), lexicon.name_gazetteer(), &mut |_| {}).unwrap();
    let b = nlp::train::train(dir.path(), lexicon.name_gazetteer(), &mut |_| {}).unwrap();
    assert_eq!(a.to_bytes(), b.to_bytes());
    let back = nlp::Model::from_bytes(&a.to_bytes()).unwrap();
    assert_eq!(back.to_bytes(), a.to_bytes());
    let train = nlp::train::read_treebank(&dir.path().join("en_ewt-ud-train.conllu")).unwrap();
    let s = nlp::train::evaluate(&back, &train);
    assert!(s.upos > 0.9 && s.uas > 0.8, "learns its training data: {s}");
}

/// Terminal escapes in an article are shown, not sent, in the table; the
/// CoNLL-U keeps the text exact. (ESC, a C0 control XML cannot carry, is
/// replaced by U+FFFD when the article is read; a C1 control such as CSI
/// is kept, and the table shows it as `\x9b`.)
#[test]
fn parse_table_shows_control_characters() {
    let dir = temp();
    let path = write(
        dir.path(),
        "esc.txt",
        "Talks in \u{1b}[31mGeneva\u{9b}0m ended.\n",
    );
    let table = stdout_of(
        &parley(dir.path())
            .args(["parse", "--format", "table"])
            .arg(&path)
            .output()
            .unwrap(),
    );
    assert!(
        !table.contains('\u{1b}') && !table.contains('\u{9b}'),
        "{table:?}"
    );
    assert!(table.contains("\\x9b"), "{table:?}");
    assert!(
        table.contains('\u{fffd}'),
        "ESC was replaced at input: {table:?}"
    );
    let conllu = stdout_of(&parley(dir.path()).arg("parse").arg(&path).output().unwrap());
    assert!(conllu.contains('\u{9b}'), "CoNLL-U stays exact");
    assert!(!conllu.contains('\u{1b}') && conllu.contains('\u{fffd}'));
}
