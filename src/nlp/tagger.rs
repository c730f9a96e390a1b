//! Part-of-speech tagger: a greedy left-to-right averaged perceptron that
//! predicts one joint class per word, the UPOS and Penn XPOS pair
//! (`VERB/VBN`), so the two tags always agree.
//!
//! Features (all hashed): the word (lower-cased, digits folded), its
//! prefixes and suffixes, its shape, the two words either side and their
//! suffixes, and the two tags already predicted to the left.

use super::conllu::TreeSentence;
use super::perceptron::{self, f1, f2, f3, hash_str, Frozen, Reader, Rng, Trainer};

/// A word as the features see it: hashes computed once per word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lex {
    /// The word as written (case kept: "US" and "us" differ).
    pub raw: u64,
    pub norm: u64,
    pub suf1: u64,
    pub suf2: u64,
    pub suf3: u64,
    pub suf4: u64,
    pub pre1: u64,
    pub pre2: u64,
    pub shape: u64,
    pub flags: u64,
}

/// Lower case, with runs of digits folded (`1984` and `2001` look alike).
pub(crate) fn normalise(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut last_digit = false;
    for c in word.chars() {
        if c.is_ascii_digit() {
            if !last_digit {
                out.push('0');
            }
            last_digit = true;
        } else {
            last_digit = false;
            // Curly quotes and apostrophes read as straight ones.
            match c {
                '’' | '‘' => out.push('\''),
                '“' | '”' => out.push('"'),
                _ => out.extend(c.to_lowercase()),
            }
        }
    }
    out
}

/// Shape: `Xxxx`, `XX`, `d`, `x-x`, ...: character classes with runs
/// collapsed after two.
pub(crate) fn shape(word: &str) -> String {
    let mut out = String::new();
    let mut last = ' ';
    let mut run = 0;
    for c in word.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if k == last {
            run += 1;
            if run > 2 {
                continue;
            }
        } else {
            run = 1;
            last = k;
        }
        out.push(k);
    }
    out
}

pub fn lex(word: &str) -> Lex {
    let norm = normalise(word);
    // Byte offsets of the last four and first two characters: affixes are
    // hashed as slices of `norm`, without building strings.
    let starts: Vec<usize> = norm.char_indices().map(|(i, _)| i).collect();
    let n = starts.len();
    let suffix =
        |k: usize| hash_str(&norm[starts.get(n.saturating_sub(k)).copied().unwrap_or(0)..]);
    let prefix = |k: usize| hash_str(&norm[..starts.get(k).copied().unwrap_or(norm.len())]);
    let first_upper = word.chars().next().is_some_and(char::is_uppercase);
    let all_upper = word.chars().any(char::is_alphabetic)
        && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
    let hyphen = word.contains('-');
    let digit = word.chars().any(|c| c.is_ascii_digit());
    Lex {
        raw: hash_str(word),
        norm: hash_str(&norm),
        suf1: suffix(1),
        suf2: suffix(2),
        suf3: suffix(3),
        suf4: suffix(4),
        pre1: prefix(1),
        pre2: prefix(2),
        shape: hash_str(&shape(word)),
        flags: u64::from(first_upper)
            | u64::from(all_upper) << 1
            | u64::from(hyphen) << 2
            | u64::from(digit) << 3,
    }
}

const START: u64 = 0x0053_5441_5254;
const END: u64 = 0x0045_4e44;

/// The features of word `i`, given the classes predicted before it and,
/// in the second pass, the first pass's classes after it: those of the
/// word alone, then those of its context.
fn features(lexes: &[Lex], i: usize, prev: &[usize], right: Option<&[usize]>, out: &mut Vec<u64>) {
    out.clear();
    word_features(&lexes[i], out);
    context_features(lexes, i, prev, right, out);
}

/// The features that depend on nothing but the word itself (the same
/// wherever it stands), appended to `out`: what [`WordMemo`] keeps summed.
fn word_features(w: &Lex, out: &mut Vec<u64>) {
    out.extend_from_slice(&[
        f1(0, 0),
        f1(1, w.norm),
        f1(2, w.suf1),
        f1(3, w.suf2),
        f1(4, w.suf3),
        f1(5, w.suf4),
        f1(6, w.pre1),
        f1(7, w.pre2),
        f1(8, w.shape),
        f2(26, w.flags, w.suf3),
        f1(31, w.raw),
    ]);
}

/// The features of word `i` that depend on its place: its neighbours and
/// the classes around it; appended to `out`.
fn context_features(
    lexes: &[Lex],
    i: usize,
    prev: &[usize],
    right: Option<&[usize]>,
    out: &mut Vec<u64>,
) {
    let at = |k: isize| -> Option<&Lex> {
        let j = i as isize + k;
        (j >= 0).then(|| lexes.get(j as usize)).flatten()
    };
    let w = &lexes[i];
    let t1 = if i >= 1 { prev[i - 1] as u64 } else { START };
    let t2 = if i >= 2 { prev[i - 2] as u64 } else { START };
    let norm = |k: isize| at(k).map_or(if k < 0 { START } else { END }, |l| l.norm);
    let suf3 = |k: isize| at(k).map_or(if k < 0 { START } else { END }, |l| l.suf3);
    out.extend_from_slice(&[
        f1(9, w.flags | u64::from(i == 0) << 8),
        f1(10, t1),
        f1(11, t2),
        f2(12, t1, t2),
        f2(13, t1, w.norm),
        f1(14, norm(-1)),
        f1(15, suf3(-1)),
        f1(16, norm(-2)),
        f1(17, norm(1)),
        f1(18, suf3(1)),
        f1(19, norm(2)),
        f2(20, norm(-1), w.norm),
        f2(21, w.norm, norm(1)),
        f2(22, t1, w.suf3),
        f1(23, at(1).map_or(END, |l| l.shape)),
        f1(24, at(-1).map_or(START, |l| l.shape)),
        f3(25, t1, w.norm, norm(1)),
        f2(27, t1, norm(1)),
        f2(28, w.shape, norm(1)),
        f2(29, norm(-1), suf3(1)),
        f3(30, t1, w.suf2, w.flags),
    ]);
    if let Some(r) = right {
        let r1 = r.get(i + 1).map_or(END, |&t| t as u64);
        let r2 = r.get(i + 2).map_or(END, |&t| t as u64);
        out.extend_from_slice(&[
            f1(40, r1),
            f2(41, r1, r2),
            f2(42, t1, r1),
            f2(43, r1, w.norm),
            f2(44, r1, w.suf3),
            f3(45, t1, r1, w.suf2),
        ]);
    }
}

/// A trained tagger.
#[derive(Clone, Default)]
pub struct Tagger {
    model: Frozen,
    /// The second pass, which also sees the first pass's tags to the right.
    second: Option<Frozen>,
    /// Class `k` is `upos[k]` / `xpos[k]`.
    pub upos: Vec<String>,
    pub xpos: Vec<String>,
}

impl Tagger {
    /// Classes (indices into `upos`/`xpos`) for the words.
    pub fn tag(&self, words: &[&str]) -> Vec<usize> {
        let lexes: Vec<Lex> = words.iter().map(|w| lex(w)).collect();
        self.tag_lexes(&lexes)
    }

    /// The words' [`Lex`]es and classes, as `tag_lexes` gives them, with
    /// the work that depends only on the word (its `Lex` and the scores of
    /// its [`word_features`]) taken from this thread's [`WordMemo`].
    pub fn tag_words(&self, words: &[&str]) -> (Vec<Lex>, Vec<usize>) {
        if words.len() > MEMO_WORDS / 2 {
            let lexes: Vec<Lex> = words.iter().map(|w| lex(w)).collect();
            let tags = self.tag_lexes(&lexes);
            return (lexes, tags);
        }
        MEMO.with_borrow_mut(|memo| {
            memo.prepare(self, words.len());
            let entries: Vec<usize> = words.iter().map(|w| memo.entry(self, w)).collect();
            let lexes: Vec<Lex> = entries.iter().map(|&e| memo.lexes[e]).collect();
            let first = run_memo(&self.model, 0, &lexes, None, &entries, memo);
            let tags = match &self.second {
                Some(m) => run_memo(m, 1, &lexes, Some(&first), &entries, memo),
                None => first,
            };
            (lexes, tags)
        })
    }

    pub fn tag_lexes(&self, lexes: &[Lex]) -> Vec<usize> {
        let first = run(&self.model, lexes, None);
        match &self.second {
            Some(m) => run(m, lexes, Some(&first)),
            None => first,
        }
    }

    /// Tags from the first pass only (what the second pass learns from).
    pub(crate) fn tag_first_pass(&self, words: &[&str]) -> Vec<usize> {
        let lexes: Vec<Lex> = words.iter().map(|w| lex(w)).collect();
        run(&self.model, &lexes, None)
    }

    pub fn write(&self, out: &mut Vec<u8>) {
        perceptron::write_strings(out, &self.upos);
        perceptron::write_strings(out, &self.xpos);
        self.model.write(out);
        out.push(u8::from(self.second.is_some()));
        if let Some(m) = &self.second {
            m.write(out);
        }
    }

    pub fn read(r: &mut Reader) -> Result<Tagger, String> {
        let upos = r.strings()?;
        let xpos = r.strings()?;
        let model = Frozen::read(r)?;
        let second = match r.take(1)?[0] {
            0 => None,
            _ => Some(Frozen::read(r)?),
        };
        let n = upos.len();
        if xpos.len() != n || model.classes != n || second.as_ref().is_some_and(|m| m.classes != n)
        {
            return Err("tagger classes disagree".into());
        }
        Ok(Tagger {
            model,
            second,
            upos,
            xpos,
        })
    }

    pub fn size(&self) -> (usize, usize) {
        let (f, w) = self
            .second
            .as_ref()
            .map_or((0, 0), |m| (m.features(), m.weights()));
        (self.model.features() + f, self.model.weights() + w)
    }
}

fn run(model: &Frozen, lexes: &[Lex], right: Option<&[usize]>) -> Vec<usize> {
    let mut tags = Vec::with_capacity(lexes.len());
    let mut feats = Vec::with_capacity(48);
    let mut scores = vec![0i32; model.classes];
    for i in 0..lexes.len() {
        features(lexes, i, &tags, right, &mut feats);
        model.score(&feats, &mut scores);
        tags.push(perceptron::argmax(&scores, |_| true).unwrap_or(0));
    }
    tags
}

/// Most words a [`WordMemo`] holds before it starts afresh: about the
/// distinct words of a few hundred news articles, and 2 × 4 bytes per class
/// each (6.5 MB with the shipped tagger's classes).
const MEMO_WORDS: usize = 1 << 14;

thread_local! {
    static MEMO: std::cell::RefCell<WordMemo> = std::cell::RefCell::new(WordMemo::default());
}

/// One thread's memo of the work of tagging that depends only on the word:
/// its [`Lex`] and, for each pass, the summed weights of its
/// [`word_features`]. A few thousand words make most of the tokens of news
/// text, so most tokens skip a third of the tagger's table lookups. Entries
/// are checked against the word itself, so the memo never changes a tag.
#[derive(Default)]
struct WordMemo {
    /// The ids of the two passes' models the scores were summed under.
    models: (u64, u64),
    classes: usize,
    words: perceptron::WordTable,
    lexes: Vec<Lex>,
    /// Entry `e`'s scores: the first pass's `classes`, then the second's.
    scores: Vec<i32>,
}

impl WordMemo {
    /// Make room for a sentence of `words` words under `tagger`'s models.
    fn prepare(&mut self, tagger: &Tagger, words: usize) {
        let models = (
            tagger.model.id(),
            tagger.second.as_ref().map_or(0, Frozen::id),
        );
        if models != self.models || self.lexes.len() + words > MEMO_WORDS {
            self.models = models;
            self.classes = tagger.model.classes;
            self.words.clear();
            self.lexes.clear();
            self.scores.clear();
        }
    }

    /// The entry of `word`, made if new.
    fn entry(&mut self, tagger: &Tagger, word: &str) -> usize {
        let (e, new) = self.words.entry(word);
        if !new {
            return e;
        }
        let l = lex(word);
        self.lexes.push(l);
        let mut feats = Vec::with_capacity(16);
        word_features(&l, &mut feats);
        let c = self.classes;
        self.scores.resize(self.scores.len() + 2 * c, 0);
        let at = e * 2 * c;
        tagger.model.score(&feats, &mut self.scores[at..at + c]);
        if let Some(m) = &tagger.second {
            m.score(&feats, &mut self.scores[at + c..at + 2 * c]);
        }
        e
    }
}

/// [`run`] with each word's own scores taken from `memo` (pass 0 or 1).
fn run_memo(
    model: &Frozen,
    pass: usize,
    lexes: &[Lex],
    right: Option<&[usize]>,
    entries: &[usize],
    memo: &WordMemo,
) -> Vec<usize> {
    let c = model.classes;
    let mut tags = Vec::with_capacity(lexes.len());
    let mut feats = Vec::with_capacity(32);
    let mut scores = vec![0i32; c];
    for (i, &e) in entries.iter().enumerate() {
        feats.clear();
        context_features(lexes, i, &tags, right, &mut feats);
        let at = e * 2 * c + pass * c;
        scores.copy_from_slice(&memo.scores[at..at + c]);
        model.score_add(&feats, &mut scores);
        tags.push(perceptron::argmax(&scores, |_| true).unwrap_or(0));
    }
    tags
}

/// The classes of a training set: every (UPOS, XPOS) pair it has, sorted.
pub fn classes_of(train: &[TreeSentence]) -> Vec<(String, String)> {
    let mut classes: Vec<(String, String)> = train
        .iter()
        .flat_map(|s| s.words.iter().map(|w| (w.upos.clone(), w.xpos.clone())))
        .collect();
    classes.sort();
    classes.dedup();
    classes
}

/// Train a first-pass tagger on `train` for `epochs` passes, over the
/// given classes; `log` hears each epoch's accuracy on the training data.
pub fn train(
    train: &[TreeSentence],
    classes: &[(String, String)],
    epochs: usize,
    log: &mut dyn FnMut(String),
) -> Tagger {
    let model = train_pass(train, classes, None, epochs, log);
    Tagger {
        model,
        second: None,
        upos: classes.iter().map(|c| c.0.clone()).collect(),
        xpos: classes.iter().map(|c| c.1.clone()).collect(),
    }
}

/// Add a second pass to `tagger`, trained with `right[i]`, the first-pass
/// classes of sentence i as a tagger that did not see it predicts them.
pub fn train_second(
    tagger: &mut Tagger,
    train: &[TreeSentence],
    right: &[Vec<usize>],
    epochs: usize,
    log: &mut dyn FnMut(String),
) {
    let classes: Vec<(String, String)> = tagger
        .upos
        .iter()
        .cloned()
        .zip(tagger.xpos.iter().cloned())
        .collect();
    tagger.second = Some(train_pass(train, &classes, Some(right), epochs, log));
}

fn train_pass(
    train: &[TreeSentence],
    classes: &[(String, String)],
    right: Option<&[Vec<usize>]>,
    epochs: usize,
    log: &mut dyn FnMut(String),
) -> Frozen {
    let class_of = |u: &str, x: &str| {
        classes
            .binary_search_by(|(cu, cx)| (cu.as_str(), cx.as_str()).cmp(&(u, x)))
            .expect("class seen in training")
    };
    let data: Vec<(Vec<Lex>, Vec<usize>)> = train
        .iter()
        .map(|s| {
            (
                s.words.iter().map(|w| lex(&w.form)).collect(),
                s.words.iter().map(|w| class_of(&w.upos, &w.xpos)).collect(),
            )
        })
        .collect();
    let r_is_some = right.is_some();
    let mut trainer = Trainer::new(classes.len());
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(7);
    let mut feats = Vec::new();
    let mut scores = vec![0f32; classes.len()];
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        let (mut hits, mut total) = (0usize, 0usize);
        for &k in &order {
            let (lexes, gold) = &data[k];
            let mut prev = Vec::with_capacity(lexes.len());
            let r = right.map(|r| r[k].as_slice());
            for (i, &truth) in gold.iter().enumerate() {
                features(lexes, i, &prev, r, &mut feats);
                trainer.score(&feats, &mut scores);
                let guess = perceptron::argmax(&scores, |_| true).unwrap_or(0);
                trainer.tick();
                trainer.update(truth, guess, &feats);
                hits += usize::from(guess == truth);
                total += 1;
                prev.push(guess);
            }
        }
        log(format!(
            "tagger {} epoch {}: {:.4} on training data",
            if r_is_some {
                "second pass"
            } else {
                "first pass"
            },
            epoch + 1,
            hits as f64 / total.max(1) as f64
        ));
    }
    trainer.freeze(perceptron::PRUNE)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tags read through the thread's word memo are the tags of the plain
    /// path, for repeated words, after the memo fills and starts afresh,
    /// and for a sentence too long to go through it.
    #[test]
    fn memo_changes_no_tag() {
        let tagger = &crate::nlp::builtin().tagger;
        let common = "The minister met her counterpart in Geneva on Monday , and they said talks would resume .";
        let mut sentences: Vec<String> = vec![common.to_string(), common.to_lowercase()];
        // Enough distinct words to fill the memo twice over.
        for k in 0..(MEMO_WORDS * 2 / 50) {
            let words: Vec<String> = (0..50).map(|j| format!("Word{k}x{j}")).collect();
            sentences.push(format!("{} {common}", words.join(" ")));
        }
        sentences.push(common.repeat(MEMO_WORDS / 16));
        // Our own articles, line by line, twice (the second time through a
        // warm memo): varied words in varied places.
        let articles = [
            include_str!("../../data/articles/geneva-talks.txt"),
            include_str!("../../data/articles/lima-fisheries-talks.txt"),
            include_str!("../../data/articles/montevideo-talks.txt"),
            include_str!("../../data/articles/nairobi-border-talks.txt"),
        ];
        for _ in 0..2 {
            for text in articles {
                sentences.extend(
                    text.lines()
                        .filter(|l| !l.trim().is_empty())
                        .map(str::to_string),
                );
            }
        }
        // Words too long to keep, twice.
        let long = format!("{}-{}", "Verylongword".repeat(8), "x");
        sentences.push(format!("{long} {common} {long}"));
        sentences.push(format!("{common} {long}"));
        let mut long_seen = false;
        for s in &sentences {
            let words: Vec<&str> = s.split_whitespace().collect();
            long_seen |= words.len() > MEMO_WORDS / 2;
            let (lexes, tags) = tagger.tag_words(&words);
            let plain: Vec<Lex> = words.iter().map(|w| lex(w)).collect();
            assert_eq!(lexes, plain, "lexes of {s:.60}");
            assert_eq!(tags, tagger.tag_lexes(&plain), "tags of {s:.60}");
        }
        assert!(long_seen, "one sentence bypasses the memo");
        MEMO.with_borrow(|m| {
            assert!(m.lexes.len() <= MEMO_WORDS);
            assert!(m.words.text_len() <= MEMO_WORDS * perceptron::MEMO_WORD_BYTES);
        });
    }
}
