//! Name finder: person, organisation and place spans, as BIO tags predicted
//! left to right by an averaged perceptron over the word, its shape, its
//! part of speech and its place in the parse (relation, head word), with a
//! gazetteer of known names (countries, capitals, organisations, places
//! from parley's lexicon) as features. Decoding never opens `I-X` without
//! `B-X` or `I-X` before it.

use super::perceptron::{self, f1, f2, f3, hash_str, Frozen, Reader, Rng, Trainer};
use super::tagger::{lex, normalise, Lex};
use super::SentenceParse;
use std::collections::BTreeMap;

/// Name types, in class order: class 0 is O, then B and I for each type.
pub const TYPES: [&str; 3] = ["PER", "ORG", "LOC"];

fn class_of(tag: &str) -> usize {
    let Some((bio, ty)) = tag.split_once('-') else {
        return 0;
    };
    let Some(t) = TYPES.iter().position(|&x| x == ty) else {
        return 0;
    };
    1 + 2 * t + usize::from(bio == "I")
}

/// Known names: every word of a known name, with the types it occurs in
/// (bit per type) and whether it starts a name.
#[derive(Clone, Default)]
pub struct Gazetteer {
    words: BTreeMap<String, u8>,
}

impl Gazetteer {
    /// Add a name of type `ty` (index into [`TYPES`]).
    pub fn add(&mut self, name: &str, ty: usize) {
        for (k, w) in name.split_whitespace().enumerate() {
            let bits = 1u8 << ty | if k == 0 { 1 << (ty + 3) } else { 0 };
            *self.words.entry(normalise(w)).or_default() |= bits;
        }
    }

    fn bits(&self, norm: &str) -> u64 {
        u64::from(self.words.get(norm).copied().unwrap_or(0))
    }
}

#[derive(Clone, Default)]
pub struct NameFinder {
    model: Frozen,
    pub gazetteer: Gazetteer,
}

/// What the features read of one word.
struct Word {
    lex: Lex,
    gaz: u64,
    tag: u64,
    rel: u64,
    head_norm: u64,
    upper: bool,
}

fn words(
    gaz: &Gazetteer,
    forms: &[&str],
    parse: &SentenceParse,
    parser_labels: &[String],
) -> Vec<Word> {
    forms
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let head = parse.arcs.get(i).and_then(|a| a.0);
            // The parse computed each word's hashes already.
            let lx = |k: usize| parse.lexes.get(k).copied().unwrap_or_else(|| lex(forms[k]));
            Word {
                lex: lx(i),
                gaz: gaz.bits(&normalise(f)),
                tag: parse.tags.get(i).map_or(0, |&t| t as u64 + 1),
                rel: parse
                    .arcs
                    .get(i)
                    .and_then(|a| parser_labels.get(a.1))
                    .map_or(0, |l| hash_str(l)),
                head_norm: head.map_or(0, |h| lx(h).norm),
                upper: f.chars().next().is_some_and(char::is_uppercase),
            }
        })
        .collect()
}

fn features(ws: &[Word], i: usize, prev: &[usize], out: &mut Vec<u64>) {
    out.clear();
    let w = &ws[i];
    let at = |k: isize| -> Option<&Word> {
        let j = i as isize + k;
        (j >= 0).then(|| ws.get(j as usize)).flatten()
    };
    let norm = |k: isize| at(k).map_or(1, |x| x.lex.norm);
    let tag = |k: isize| at(k).map_or(1, |x| x.tag);
    let shape = |k: isize| at(k).map_or(1, |x| x.lex.shape);
    let gz = |k: isize| at(k).map_or(0, |x| x.gaz);
    let t1 = if i >= 1 { prev[i - 1] as u64 } else { 99 };
    let t2 = if i >= 2 { prev[i - 2] as u64 } else { 99 };
    out.extend_from_slice(&[
        f1(0, 0),
        f1(1, w.lex.norm),
        f1(2, w.lex.shape),
        f1(3, w.lex.suf3),
        f1(4, w.lex.pre2),
        f1(5, w.tag),
        f2(6, w.tag, w.lex.shape),
        f1(7, w.rel),
        f2(8, w.rel, w.tag),
        f1(9, w.head_norm),
        f1(10, w.gaz),
        f2(11, w.gaz, w.tag),
        f1(12, t1),
        f2(13, t1, t2),
        f2(14, t1, w.tag),
        f2(15, t1, w.lex.norm),
        f1(16, norm(-1)),
        f1(17, norm(1)),
        f1(18, norm(-2)),
        f1(19, norm(2)),
        f2(20, tag(-1), w.tag),
        f2(21, w.tag, tag(1)),
        f3(22, tag(-1), w.tag, tag(1)),
        f1(23, shape(-1)),
        f1(24, shape(1)),
        f2(25, gz(-1), w.gaz),
        f2(26, w.gaz, gz(1)),
        f2(27, u64::from(w.upper) | u64::from(i == 0) << 1, w.tag),
        f2(28, t1, norm(-1)),
        f2(29, w.lex.norm, norm(1)),
        f2(30, norm(-1), w.lex.norm),
        f1(31, w.lex.flags),
        f1(32, w.lex.raw),
        f2(33, w.tag, norm(1)),
        f2(34, shape(-1), w.lex.shape),
        f2(35, w.lex.shape, shape(1)),
        f2(36, w.rel, w.head_norm),
        f1(37, w.lex.suf2),
        f2(38, tag(-1), tag(-2)),
    ]);
}

/// May class `c` follow class `prev`? (no `I-X` after anything but X)
fn allowed(prev: Option<usize>, c: usize) -> bool {
    if c == 0 || c % 2 == 1 {
        return true;
    }
    prev.is_some_and(|p| p != 0 && (p - 1) / 2 == (c - 1) / 2)
}

impl NameFinder {
    /// Typed spans `(start, end, type index)` for one parsed sentence.
    pub fn spans(
        &self,
        forms: &[&str],
        parse: &SentenceParse,
        parser_labels: &[String],
    ) -> Vec<(usize, usize, usize)> {
        let classes = self.classes(forms, parse, parser_labels);
        let mut out = Vec::new();
        let mut i = 0;
        while i < classes.len() {
            let c = classes[i];
            if c % 2 == 1 {
                let mut j = i + 1;
                while j < classes.len() && classes[j] == c + 1 {
                    j += 1;
                }
                out.push((i, j, (c - 1) / 2));
                i = j;
            } else {
                i += 1;
            }
        }
        out
    }

    fn classes(
        &self,
        forms: &[&str],
        parse: &SentenceParse,
        parser_labels: &[String],
    ) -> Vec<usize> {
        if self.model.classes == 0 {
            return vec![0; forms.len()];
        }
        let ws = words(&self.gazetteer, forms, parse, parser_labels);
        let mut out = Vec::with_capacity(ws.len());
        let mut feats = Vec::with_capacity(40);
        let mut scores = vec![0i32; self.model.classes];
        for i in 0..ws.len() {
            features(&ws, i, &out, &mut feats);
            self.model.score(&feats, &mut scores);
            let prev = i.checked_sub(1).map(|k| out[k]);
            out.push(perceptron::argmax(&scores, |c| allowed(prev, c)).unwrap_or(0));
        }
        out
    }

    pub fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&(self.gazetteer.words.len() as u32).to_le_bytes());
        for (w, &bits) in &self.gazetteer.words {
            perceptron::write_string(out, w);
            out.push(bits);
        }
        self.model.write(out);
    }

    pub fn read(r: &mut Reader) -> Result<NameFinder, String> {
        let n = r.u32()? as usize;
        let mut gazetteer = Gazetteer::default();
        for _ in 0..n {
            let w = r.string()?;
            let bits = r.take(1)?[0];
            gazetteer.words.insert(w, bits);
        }
        let model = Frozen::read(r)?;
        Ok(NameFinder { model, gazetteer })
    }

    pub fn size(&self) -> (usize, usize) {
        (self.model.features(), self.model.weights())
    }
}

/// One training sentence: forms, its parse by the model, gold IOB2 tags.
pub struct Example<'a> {
    pub forms: Vec<&'a str>,
    pub parse: SentenceParse,
    pub tags: &'a [String],
}

pub fn train(
    data: &[Example],
    gazetteer: Gazetteer,
    parser_labels: &[String],
    epochs: usize,
    log: &mut dyn FnMut(String),
) -> NameFinder {
    let refs: Vec<&Example> = data.iter().collect();
    train_refs(&refs, gazetteer, parser_labels, epochs, log)
}

/// [`train`] over borrowed examples (a cross-validation fold).
pub fn train_refs(
    data: &[&Example],
    gazetteer: Gazetteer,
    parser_labels: &[String],
    epochs: usize,
    log: &mut dyn FnMut(String),
) -> NameFinder {
    let nclasses = 1 + 2 * TYPES.len();
    let prepared: Vec<(Vec<Word>, Vec<usize>)> = data
        .iter()
        .map(|e| {
            (
                words(&gazetteer, &e.forms, &e.parse, parser_labels),
                e.tags.iter().map(|t| class_of(t)).collect(),
            )
        })
        .collect();
    let mut trainer = Trainer::new(nclasses);
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut rng = Rng::new(13);
    let mut feats = Vec::new();
    let mut scores = vec![0f32; nclasses];
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        let mut right = 0;
        let mut total = 0;
        for &k in &order {
            let (ws, gold) = &prepared[k];
            let mut prev: Vec<usize> = Vec::with_capacity(ws.len());
            for (i, &truth) in gold.iter().enumerate() {
                features(ws, i, &prev, &mut feats);
                trainer.score(&feats, &mut scores);
                let p = i.checked_sub(1).map(|k| prev[k]);
                let guess = perceptron::argmax(&scores, |c| allowed(p, c)).unwrap_or(0);
                trainer.tick();
                trainer.update(truth, guess, &feats);
                right += usize::from(guess == truth);
                total += 1;
                prev.push(guess);
            }
        }
        log(format!(
            "names epoch {}: {:.4} on training data",
            epoch + 1,
            right as f64 / total.max(1) as f64
        ));
    }
    NameFinder {
        model: trainer.freeze(0.0),
        gazetteer,
    }
}
