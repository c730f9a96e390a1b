//! Training the three models from a folder holding the treebank, and
//! measuring them.
//!
//! - The tagger learns from `en_ewt-ud-train.conllu`.
//! - The parser learns from the same sentences with jackknifed tags: the
//!   training set is cut in `FOLDS` parts and each part is tagged by a
//!   tagger trained on the others, so the parser sees tags as wrong as they
//!   will be on new text.
//! - The name finder learns from `uner_en_ewt-dev.iob2` (Universal NER has
//!   no training split here), over the tags and parse of the models above.
//!
//! Every step is single-threaded within itself and seeded, and the three
//! taggers of the jackknife run in parallel threads with independent state,
//! so the same files give the same model, byte for byte.

use super::conllu::{self, NameSentence, TreeSentence};
use super::names::{self, Gazetteer};
use super::{parser, tagger, Model, SentenceParse};
use std::path::Path;

pub const TAGGER_EPOCHS: usize = 10;
pub const PARSER_EPOCHS: usize = 20;
pub const NAMES_EPOCHS: usize = 15;
const FOLDS: usize = 4;

pub fn read_treebank(path: &Path) -> Result<Vec<TreeSentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    conllu::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn read_names(path: &Path) -> Result<Vec<NameSentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    conllu::parse_iob2(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Train all three models from `dir` (which holds the files named above).
pub fn train(
    dir: &Path,
    gazetteer: Gazetteer,
    log: &mut (dyn FnMut(String) + Send),
) -> Result<Model, String> {
    let train_set = read_treebank(&dir.join("en_ewt-ud-train.conllu"))?;
    let names_set = read_names(&dir.join("uner_en_ewt-dev.iob2"))?;
    log(format!("{} training sentences", train_set.len()));

    // The first-pass tagger and the jackknife's taggers, in parallel.
    let classes = tagger::classes_of(&train_set);
    let folds: Vec<Vec<TreeSentence>> = (0..FOLDS)
        .map(|f| {
            train_set
                .iter()
                .enumerate()
                .filter(|(i, _)| i % FOLDS != f)
                .map(|(_, s)| s.clone())
                .collect()
        })
        .collect();
    let (mut tagger, fold_taggers) = std::thread::scope(|scope| {
        let main = scope.spawn(|| {
            let mut msgs = Vec::new();
            let t = tagger::train(&train_set, &classes, TAGGER_EPOCHS, &mut |m| msgs.push(m));
            (t, msgs)
        });
        let parts: Vec<_> = folds
            .iter()
            .map(|part| scope.spawn(|| tagger::train(part, &classes, TAGGER_EPOCHS, &mut |_| {})))
            .collect();
        let fold_taggers: Vec<tagger::Tagger> = parts
            .into_iter()
            .map(|h| h.join().expect("tagger thread"))
            .collect();
        (main.join().expect("tagger thread"), fold_taggers)
    });
    let (ref mut main_tagger, ref msgs) = tagger;
    msgs.iter().cloned().for_each(&mut *log);

    // Tags of sentence i from the tagger that did not see it: what the
    // second pass reads to the right, and what the parser learns from.
    let tags: Vec<Vec<usize>> = train_set
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            fold_taggers[i % FOLDS].tag_first_pass(&forms)
        })
        .collect();
    let (parser, second_msgs) = std::thread::scope(|scope| {
        let second = scope.spawn(|| {
            let mut msgs = Vec::new();
            tagger::train_second(main_tagger, &train_set, &tags, TAGGER_EPOCHS, &mut |m| {
                msgs.push(m)
            });
            msgs
        });
        let mut msgs = Vec::new();
        let parser = parser::train(&train_set, &tags, PARSER_EPOCHS, &mut |m| msgs.push(m));
        let mut all = second.join().expect("tagger thread");
        all.extend(msgs);
        (parser, all)
    });
    second_msgs.into_iter().for_each(&mut *log);
    let tagger = tagger.0;

    let mut model = Model {
        tagger,
        parser,
        names: Default::default(),
    };
    let examples = name_examples(&model, &names_set);
    model.names = names::train(
        &examples,
        gazetteer,
        &model.parser.labels,
        NAMES_EPOCHS,
        log,
    );
    Ok(model)
}

/// Accuracy of tags and attachments over a treebank, parsed from its gold
/// tokens. LAS compares the universal part of the relation (`nmod` for
/// `nmod:poss`), as the CoNLL 2018 shared task did.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct UdScores {
    pub upos: f64,
    pub xpos: f64,
    pub uas: f64,
    pub las: f64,
    pub sentences: usize,
    pub tokens: usize,
}

impl std::fmt::Display for UdScores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "UPOS={:.3} XPOS={:.3} UAS={:.3} LAS={:.3} sentences={} tokens={}",
            self.upos, self.xpos, self.uas, self.las, self.sentences, self.tokens
        )
    }
}

fn universal(rel: &str) -> &str {
    rel.split(':').next().unwrap_or(rel)
}

pub fn evaluate(model: &Model, sentences: &[TreeSentence]) -> UdScores {
    let parses: Vec<SentenceParse> = sentences
        .iter()
        .map(|s| {
            let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            model.parse(&forms)
        })
        .collect();
    let (mut upos, mut xpos, mut uas, mut las, mut n) = (0usize, 0usize, 0usize, 0usize, 0usize);
    for (s, p) in sentences.iter().zip(&parses) {
        for (k, w) in s.words.iter().enumerate() {
            n += 1;
            let c = p.tags[k];
            upos += usize::from(model.upos(c) == w.upos);
            xpos += usize::from(model.xpos(c) == w.xpos);
            let (h, l) = p.arcs[k];
            if h == w.head {
                uas += 1;
                las += usize::from(universal(model.deprel(l)) == universal(&w.deprel));
            }
        }
    }
    let r = |x: usize| x as f64 / n.max(1) as f64;
    UdScores {
        upos: r(upos),
        xpos: r(xpos),
        uas: r(uas),
        las: r(las),
        sentences: sentences.len(),
        tokens: n,
    }
}

/// Span-level typed precision, recall and F1 of names, per type and micro.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NameScores {
    /// (type, true positives, predicted, gold)
    pub by_type: Vec<(String, usize, usize, usize)>,
}

fn prf(tp: usize, sys: usize, gold: usize) -> (f64, f64, f64) {
    let p = if sys == 0 {
        0.0
    } else {
        tp as f64 / sys as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        tp as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

impl NameScores {
    pub fn micro(&self) -> (f64, f64, f64) {
        let tp = self.by_type.iter().map(|t| t.1).sum();
        let sys = self.by_type.iter().map(|t| t.2).sum();
        let gold = self.by_type.iter().map(|t| t.3).sum();
        prf(tp, sys, gold)
    }
}

impl std::fmt::Display for NameScores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (ty, tp, sys, gold) in &self.by_type {
            let (p, r, f1) = prf(*tp, *sys, *gold);
            write!(f, "{ty}: P={p:.3} R={r:.3} F1={f1:.3} (gold {gold}) ")?;
        }
        let (p, r, f1) = self.micro();
        write!(f, "micro: P={p:.3} R={r:.3} F1={f1:.3}")
    }
}

pub fn evaluate_names(model: &Model, sentences: &[NameSentence]) -> NameScores {
    let mut counts = vec![(0usize, 0usize, 0usize); names::TYPES.len()];
    for s in sentences {
        let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
        let parse = model.parse(&forms);
        let sys = model.names.spans(&forms, &parse, &model.parser.labels);
        count_names(&mut counts, &sys, &s.tags);
    }
    name_scores(counts)
}

/// Add one sentence's true positives, predicted and gold spans per type.
fn count_names(
    counts: &mut [(usize, usize, usize)],
    sys: &[(usize, usize, usize)],
    tags: &[String],
) {
    let sys: Vec<(usize, usize, String)> = sys
        .iter()
        .map(|&(a, b, t)| (a, b, names::TYPES[t].to_string()))
        .collect();
    let gold = conllu::spans(tags);
    for (k, ty) in names::TYPES.iter().enumerate() {
        let g: Vec<_> = gold.iter().filter(|x| x.2 == *ty).collect();
        let p: Vec<_> = sys.iter().filter(|x| x.2 == *ty).collect();
        counts[k].0 += p.iter().filter(|x| g.contains(x)).count();
        counts[k].1 += p.len();
        counts[k].2 += g.len();
    }
}

fn name_scores(counts: Vec<(usize, usize, usize)>) -> NameScores {
    NameScores {
        by_type: names::TYPES
            .iter()
            .zip(counts)
            .map(|(t, (tp, sys, gold))| (t.to_string(), tp, sys, gold))
            .collect(),
    }
}

/// The document a Universal NER sentence belongs to: its id without the
/// final `-NNNN` sentence number.
fn document_of(id: &str) -> &str {
    id.rsplit_once('-').map_or(id, |(d, _)| d)
}

/// The name finder's training examples: each sentence tagged and parsed by
/// `model`.
pub fn name_examples<'a>(model: &Model, set: &'a [NameSentence]) -> Vec<names::Example<'a>> {
    set.iter()
        .map(|s| {
            let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
            let parse = model.parse(&forms);
            names::Example {
                forms,
                parse,
                tags: &s.tags,
            }
        })
        .collect()
}

/// Cross-validate the name finder over `set` (a development aid: how the
/// name finder would do on sentences it did not learn from, without
/// touching the test split). The sentences are cut in `folds` parts by
/// document (documents dealt round in turn), so no document's names are
/// both learned and scored; each part is scored by a name finder trained
/// on the others, over `model`'s tagger and parser, two folds at a time.
/// With `errors`, also every missed and wrong span, with its sentence.
pub fn cross_validate_names(
    model: &Model,
    set: &[NameSentence],
    gazetteer: &Gazetteer,
    folds: usize,
    epochs: usize,
    errors: bool,
) -> (NameScores, Vec<String>) {
    let examples = name_examples(model, set);
    let mut docs: Vec<&str> = Vec::new();
    let fold_of: Vec<usize> = set
        .iter()
        .map(|s| {
            let d = document_of(&s.id);
            if docs.last() != Some(&d) {
                docs.push(d);
            }
            (docs.len() - 1) % folds
        })
        .collect();
    let run = |f: usize| {
        let train: Vec<&names::Example> = examples
            .iter()
            .zip(&fold_of)
            .filter(|(_, &k)| k != f)
            .map(|(e, _)| e)
            .collect();
        let finder = names::train_refs(
            &train,
            gazetteer.clone(),
            &model.parser.labels,
            epochs,
            &mut |_| {},
        );
        let mut counts = vec![(0usize, 0usize, 0usize); names::TYPES.len()];
        let mut wrong = Vec::new();
        for (e, _) in examples.iter().zip(&fold_of).filter(|(_, &k)| k == f) {
            let sys = finder.spans(&e.forms, &e.parse, &model.parser.labels);
            if errors {
                let gold = conllu::spans(e.tags);
                let same = |x: &(usize, usize, usize), g: &(usize, usize, String)| {
                    (x.0, x.1, names::TYPES[x.2]) == (g.0, g.1, g.2.as_str())
                };
                let show = |a: usize, b: usize| e.forms[a..b].join(" ");
                let line = e.forms.join(" ");
                for g in gold.iter().filter(|g| !sys.iter().any(|x| same(x, g))) {
                    wrong.push(format!("missed {} [{}] in: {line}", g.2, show(g.0, g.1)));
                }
                for x in sys.iter().filter(|x| !gold.iter().any(|g| same(x, g))) {
                    let ty = names::TYPES[x.2];
                    wrong.push(format!("wrong {ty} [{}] in: {line}", show(x.0, x.1)));
                }
            }
            count_names(&mut counts, &sys, e.tags);
        }
        (counts, wrong)
    };
    let mut total = vec![(0usize, 0usize, 0usize); names::TYPES.len()];
    let mut all_wrong = Vec::new();
    for pair in (0..folds).collect::<Vec<_>>().chunks(2) {
        let results: Vec<_> = std::thread::scope(|scope| {
            let hs: Vec<_> = pair.iter().map(|&f| scope.spawn(move || run(f))).collect();
            hs.into_iter()
                .map(|h| h.join().expect("fold thread"))
                .collect()
        });
        for (c, wrong) in results {
            all_wrong.extend(wrong);
            for (t, x) in total.iter_mut().zip(c) {
                t.0 += x.0;
                t.1 += x.1;
                t.2 += x.2;
            }
        }
    }
    (name_scores(total), all_wrong)
}
