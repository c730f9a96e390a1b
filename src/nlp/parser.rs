//! Labelled dependency parser: greedy arc-hybrid transitions (Kuhlmann et
//! al. 2011) scored by an averaged perceptron, trained with the dynamic
//! oracle of Goldberg and Nivre (2013), exploring its own mistakes.
//!
//! The configuration is a stack, a buffer (the words from `b` on, then the
//! root at position `n`) and the arcs built so far. Transitions:
//! SHIFT pushes the buffer's front; LEFT-l makes the stack's top a child of
//! the buffer's front with label l and pops it; RIGHT-l makes the top a
//! child of the word beneath it and pops it. Each sentence takes exactly
//! 2n transitions, so parsing is linear. Only the root may take the last
//! word on the stack, so every parse is a single tree.

use super::conllu::TreeSentence;
use super::perceptron::{self, f1, f2, f3, Frozen, Reader, Rng, Trainer};
use super::tagger::Lex;

const NONE: usize = usize::MAX;
const SHIFT: usize = 0;

/// A class is SHIFT (0), LEFT with label l (1 + 2l) or RIGHT with label l
/// (2 + 2l).
#[cfg(test)]
fn left(label: usize) -> usize {
    1 + 2 * label
}
#[cfg(test)]
fn right(label: usize) -> usize {
    2 + 2 * label
}

struct State {
    n: usize,
    stack: Vec<usize>,
    b: usize,
    heads: Vec<usize>,
    labels: Vec<usize>,
    /// Leftmost and second leftmost, rightmost and second rightmost child.
    l1: Vec<usize>,
    l2: Vec<usize>,
    r1: Vec<usize>,
    r2: Vec<usize>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    /// Hash of the set of labels on the left and right children.
    lset: Vec<u64>,
    rset: Vec<u64>,
}

impl State {
    fn new(n: usize) -> State {
        let m = n + 1;
        State {
            n,
            stack: Vec::with_capacity(n),
            b: 0,
            heads: vec![NONE; m],
            labels: vec![NONE; m],
            l1: vec![NONE; m],
            l2: vec![NONE; m],
            r1: vec![NONE; m],
            r2: vec![NONE; m],
            nl: vec![0; m],
            nr: vec![0; m],
            lset: vec![0; m],
            rset: vec![0; m],
        }
    }

    /// Each word's head (`None` for the root or none) and label.
    fn arcs(&self) -> Vec<Arc> {
        let n = self.n;
        (0..n)
            .map(|x| {
                let h = self.heads[x];
                let l = if self.labels[x] == NONE {
                    0
                } else {
                    self.labels[x]
                };
                (if h == NONE || h >= n { None } else { Some(h) }, l)
            })
            .collect()
    }

    fn done(&self) -> bool {
        self.b >= self.n && self.stack.is_empty()
    }

    fn valid(&self, class: usize) -> bool {
        if class == SHIFT {
            self.b < self.n
        } else if class % 2 == 1 {
            !self.stack.is_empty() && (self.b < self.n || self.stack.len() == 1)
        } else {
            self.stack.len() >= 2
        }
    }

    fn attach(&mut self, child: usize, head: usize, label: usize) {
        self.heads[child] = head;
        self.labels[child] = label;
        let bit = 1u64 << (label % 64);
        if child < head {
            if self.l1[head] == NONE || child < self.l1[head] {
                self.l2[head] = self.l1[head];
                self.l1[head] = child;
            } else if self.l2[head] == NONE || child < self.l2[head] {
                self.l2[head] = child;
            }
            self.nl[head] = self.nl[head].saturating_add(1);
            self.lset[head] |= bit;
        } else {
            if self.r1[head] == NONE || child > self.r1[head] {
                self.r2[head] = self.r1[head];
                self.r1[head] = child;
            } else if self.r2[head] == NONE || child > self.r2[head] {
                self.r2[head] = child;
            }
            self.nr[head] = self.nr[head].saturating_add(1);
            self.rset[head] |= bit;
        }
    }

    fn apply(&mut self, class: usize) {
        if class == SHIFT {
            self.stack.push(self.b);
            self.b += 1;
        } else {
            let label = (class - 1) / 2;
            let s0 = self.stack.pop().expect("valid transition");
            let head = if class % 2 == 1 {
                self.b
            } else {
                *self.stack.last().expect("valid transition")
            };
            self.attach(s0, head, label);
        }
    }

    /// Gold arcs lost by each unlabelled move (SHIFT, LEFT, RIGHT), for the
    /// dynamic oracle; `gold[x]` is x's head (`n` for the root).
    fn costs(&self, gold: &[usize]) -> [usize; 3] {
        let n = self.n;
        let b = self.b;
        let mut shift = 0;
        if b < n {
            let below_top = self.stack.len().saturating_sub(1);
            for (k, &s) in self.stack.iter().enumerate() {
                if gold[s] == b || (k < below_top && gold[b] == s) {
                    shift += 1;
                }
            }
        }
        let (mut lft, mut rgt) = (0, 0);
        if let Some(&s0) = self.stack.last() {
            let s1 = (self.stack.len() >= 2).then(|| self.stack[self.stack.len() - 2]);
            let deps_in_buffer = (b..n).filter(|&d| gold[d] == s0).count();
            let h = gold[s0];
            lft = deps_in_buffer + usize::from(h != b && (h > b || Some(h) == s1));
            rgt = deps_in_buffer + usize::from(h >= b);
        }
        [shift, lft, rgt]
    }
}

const NO: u64 = 0x4e4f;
const ROOT: u64 = 0x524f4f54;

struct View<'a> {
    lexes: &'a [Lex],
    tags: &'a [usize],
}

impl View<'_> {
    /// A word's feature value, with markers for no word and the root.
    fn at(&self, s: &State, x: usize, f: impl Fn(usize) -> u64) -> u64 {
        if x == NONE {
            NO
        } else if x >= s.n {
            ROOT
        } else {
            f(x)
        }
    }
    fn w(&self, s: &State, x: usize) -> u64 {
        self.at(s, x, |x| self.lexes[x].norm)
    }
    /// Last three letters: a word the tagger got wrong may still say
    /// what it is ("-ing", "-ed", "-ly").
    fn suf(&self, s: &State, x: usize) -> u64 {
        self.at(s, x, |x| self.lexes[x].suf3)
    }
    fn p(&self, s: &State, x: usize) -> u64 {
        self.at(s, x, |x| self.tags[x] as u64 + 1)
    }
}

fn label_of(s: &State, x: usize) -> u64 {
    if x == NONE || x >= s.labels.len() || s.labels[x] == NONE {
        NO
    } else {
        s.labels[x] as u64 + 1
    }
}

fn child(v: &[usize], x: usize) -> usize {
    if x == NONE {
        NONE
    } else {
        v[x]
    }
}

/// Every feature of a configuration: each of its six places' own
/// features ([`place_features`]), then those that relate places
/// ([`context_features`]).
fn features(v: &View, s: &State, out: &mut Vec<u64>) {
    out.clear();
    let places = places(s);
    for (place, &x) in places.iter().enumerate() {
        place_features(place, v.w(s, x), v.p(s, x), v.suf(s, x), out);
    }
    context_features(v, s, places, out);
}

/// The six places whose words have features of their own: the stack's
/// top three and the buffer's first three (`NONE` where there is no
/// word, `n` for the root).
fn places(s: &State) -> [usize; PLACES] {
    let st = &s.stack;
    let at = |k: usize| {
        if st.len() > k {
            st[st.len() - 1 - k]
        } else {
            NONE
        }
    };
    let b0 = if s.b <= s.n { s.b } else { NONE };
    let b1 = if s.b < s.n { s.b + 1 } else { NONE };
    let b2 = if s.b + 1 < s.n { s.b + 2 } else { NONE };
    [at(0), b0, b1, b2, at(1), at(2)]
}

/// How many places [`places`] gives.
const PLACES: usize = 6;

/// The features of the word in place `place` of [`places`] that read
/// nothing but that word (form `w`, tag `p`, suffix `suf`), appended to
/// `out`; the bias rides with the buffer's front, which is always there.
/// What [`PlaceMemo`] keeps summed.
fn place_features(place: usize, w: u64, p: u64, suf: u64, out: &mut Vec<u64>) {
    match place {
        0 => out.extend_from_slice(&[f2(1, w, p), f1(2, w), f1(3, p), f1(85, suf)]),
        1 => out.extend_from_slice(&[f1(0, 0), f2(4, w, p), f1(5, w), f1(6, p), f1(86, suf)]),
        2 => out.extend_from_slice(&[f2(7, w, p), f1(8, w), f1(9, p)]),
        3 => out.extend_from_slice(&[f2(10, w, p), f1(11, p)]),
        4 => out.extend_from_slice(&[f2(12, w, p), f1(13, w), f1(14, p)]),
        _ => out.push(f1(15, p)),
    }
}

/// The features that relate the places of the configuration (`places`,
/// as [`places`] gives them): pairs and triples, distances, valencies,
/// children and their labels; appended to `out`.
fn context_features(v: &View, s: &State, places: [usize; PLACES], out: &mut Vec<u64>) {
    let [s0, b0, b1, b2, s1, s2] = places;
    let (s0w, s0p, s1w, s1p, s2p) = (v.w(s, s0), v.p(s, s0), v.w(s, s1), v.p(s, s1), v.p(s, s2));
    let (b0w, b0p, b1p, b2p) = (v.w(s, b0), v.p(s, b0), v.p(s, b1), v.p(s, b2));
    let (s0l1, s0l2, s0r1, s0r2) = (
        child(&s.l1, s0),
        child(&s.l2, s0),
        child(&s.r1, s0),
        child(&s.r2, s0),
    );
    let (b0l1, b0l2) = (child(&s.l1, b0), child(&s.l2, b0));
    let s1r1 = child(&s.r1, s1);
    let s1l1 = child(&s.l1, s1);
    let dist = |a: usize, b: usize| -> u64 {
        if a == NONE || b == NONE {
            0
        } else {
            (b.abs_diff(a)).min(6) as u64 + 1
        }
    };
    let d = dist(s0, b0);
    let d1 = dist(s1, s0);
    let val = |v: &[u8], x: usize| {
        if x == NONE {
            99
        } else {
            u64::from(v[x].min(5))
        }
    };
    let set = |v: &[u64], x: usize| if x == NONE { NO } else { v[x] };
    out.extend_from_slice(&[
        // pairs
        f3(16, f2(0, s0w, s0p), b0w, b0p),
        f3(17, s0w, s0p, b0w),
        f3(18, s0w, b0w, b0p),
        f3(19, s0w, s0p, b0p),
        f3(20, s0p, b0w, b0p),
        f2(21, s0w, b0w),
        f2(22, s0p, b0p),
        f2(23, b0p, b1p),
        f3(24, f2(0, s1w, s1p), s0w, s0p),
        f2(25, s1w, s0w),
        f2(26, s1p, s0p),
        f3(27, s1p, s0w, s0p),
        f3(28, s1w, s1p, s0p),
        // triples of tags
        f3(29, b0p, b1p, b2p),
        f3(30, s0p, b0p, b1p),
        f3(31, s1p, s0p, b0p),
        f3(32, s0p, v.p(s, s0l1), b0p),
        f3(33, s0p, v.p(s, s0r1), b0p),
        f3(34, s0p, b0p, v.p(s, b0l1)),
        f3(35, s1p, v.p(s, s1r1), s0p),
        f3(36, s1p, s0p, v.p(s, s0l1)),
        f3(37, s1p, s0p, v.p(s, s0r1)),
        f3(38, s2p, s1p, s0p),
        // distance
        f2(39, s0w, d),
        f2(40, s0p, d),
        f2(41, b0w, d),
        f2(42, b0p, d),
        f3(43, s0w, b0w, d),
        f3(44, s0p, b0p, d),
        f3(45, s1p, s0p, d1),
        f3(46, s1w, s0w, d1),
        // valency
        f2(47, s0w, val(&s.nr, s0)),
        f2(48, s0p, val(&s.nr, s0)),
        f2(49, s0w, val(&s.nl, s0)),
        f2(50, s0p, val(&s.nl, s0)),
        f2(51, b0w, val(&s.nl, b0)),
        f2(52, b0p, val(&s.nl, b0)),
        // children
        f1(53, v.w(s, s0l1)),
        f1(54, v.p(s, s0l1)),
        f1(55, label_of(s, s0l1)),
        f1(56, v.w(s, s0r1)),
        f1(57, v.p(s, s0r1)),
        f1(58, label_of(s, s0r1)),
        f1(59, v.w(s, b0l1)),
        f1(60, v.p(s, b0l1)),
        f1(61, label_of(s, b0l1)),
        f1(62, v.p(s, s1r1)),
        f1(63, label_of(s, s1r1)),
        f2(64, v.p(s, s1l1), label_of(s, s1l1)),
        // second children
        f1(65, v.w(s, s0l2)),
        f1(66, v.p(s, s0l2)),
        f1(67, label_of(s, s0l2)),
        f1(68, v.w(s, s0r2)),
        f1(69, v.p(s, s0r2)),
        f1(70, label_of(s, s0r2)),
        f1(71, v.w(s, b0l2)),
        f1(72, v.p(s, b0l2)),
        f1(73, label_of(s, b0l2)),
        f3(74, s0p, v.p(s, s0l1), v.p(s, s0l2)),
        f3(75, s0p, v.p(s, s0r1), v.p(s, s0r2)),
        f3(76, b0p, v.p(s, b0l1), v.p(s, b0l2)),
        // label sets
        f2(77, s0w, set(&s.rset, s0)),
        f2(78, s0p, set(&s.rset, s0)),
        f2(79, s0w, set(&s.lset, s0)),
        f2(80, s0p, set(&s.lset, s0)),
        f2(81, b0w, set(&s.lset, b0)),
        f2(82, b0p, set(&s.lset, b0)),
        f3(83, s1p, s0p, label_of(s, s0l1)),
        f3(84, s0p, b0p, label_of(s, s0r1)),
        // suffixes beside a neighbour's tag
        f2(87, v.suf(s, b0), s0p),
        f2(88, v.suf(s, s0), b0p),
        f2(89, v.suf(s, s1), s0p),
    ]);
}

/// A trained parser.
#[derive(Clone, Default)]
pub struct Parser {
    model: Frozen,
    pub labels: Vec<String>,
}

/// One word's parse: head index (`None` for the root) and label index.
pub type Arc = (Option<usize>, usize);

/// Longest stretch of words parsed as one tree; longer sentences are parsed
/// in windows of this size (their roots stay unattached), so work and memory
/// per sentence are bounded.
pub const WINDOW: usize = 200;

impl Parser {
    /// Parse words with their tagger classes.
    pub fn parse(&self, lexes: &[Lex], tags: &[usize]) -> Vec<Arc> {
        let mut out = Vec::with_capacity(lexes.len());
        let mut start = 0;
        while start < lexes.len() {
            let end = (start + WINDOW).min(lexes.len());
            let arcs = self.parse_window(&lexes[start..end], &tags[start..end]);
            out.extend(arcs.into_iter().map(|(h, l)| (h.map(|h| h + start), l)));
            start = end;
        }
        out
    }

    fn parse_window(&self, lexes: &[Lex], tags: &[usize]) -> Vec<Arc> {
        let n = lexes.len();
        let view = View { lexes, tags };
        let mut s = State::new(n);
        let c = self.model.classes;
        let mut feats = Vec::with_capacity(80);
        let mut scores = vec![0i32; c];
        MEMO.with_borrow_mut(|memo| {
            memo.prepare(&self.model, n);
            // Each word's entry; then the root's and no word's.
            let mut entries: Vec<usize> = (0..n)
                .map(|x| {
                    memo.entry(
                        &self.model,
                        lexes[x].norm,
                        tags[x] as u64 + 1,
                        lexes[x].suf3,
                    )
                })
                .collect();
            entries.push(memo.entry(&self.model, ROOT, ROOT, ROOT));
            let none = memo.entry(&self.model, NO, NO, NO);
            let entry = |x: usize| if x == NONE { none } else { entries[x.min(n)] };
            while !s.done() {
                // With an empty stack SHIFT is the only move: no need to score.
                if s.stack.is_empty() {
                    s.apply(SHIFT);
                    continue;
                }
                feats.clear();
                let at = places(&s);
                context_features(&view, &s, at, &mut feats);
                for (place, &x) in at.iter().enumerate() {
                    let row = memo.row(entry(x), place);
                    if place == 0 {
                        scores.copy_from_slice(row);
                    } else {
                        perceptron::add_row(&mut scores, row);
                    }
                }
                self.model.score_add(&feats, &mut scores);
                let Some(c) = perceptron::argmax(&scores, |c| s.valid(c)) else {
                    break; // cannot happen: some move is always valid
                };
                s.apply(c);
            }
        });
        s.arcs()
    }

    pub fn write(&self, out: &mut Vec<u8>) {
        perceptron::write_strings(out, &self.labels);
        self.model.write(out);
    }

    pub fn read(r: &mut Reader) -> Result<Parser, String> {
        let labels = r.strings()?;
        let model = Frozen::read(r)?;
        if model.classes != 1 + 2 * labels.len() {
            return Err("parser classes disagree with its labels".into());
        }
        Ok(Parser { model, labels })
    }

    pub fn size(&self) -> (usize, usize) {
        (self.model.features(), self.model.weights())
    }
}

/// Most words (form and tag) a [`PlaceMemo`] holds before it starts
/// afresh: 6 × 4 bytes per class each (5 MB with the shipped parser's
/// classes).
const MEMO_WORDS: usize = 2048;

thread_local! {
    static MEMO: std::cell::RefCell<PlaceMemo> = std::cell::RefCell::new(PlaceMemo::default());
}

/// One thread's memo of the parser's [`place_features`]: for each word
/// (form, tag) it has seen, the summed weights of its own features in each
/// of the six places. The features read the word only through its hashes,
/// so an entry keyed by them gives exactly the scores of the lookups it
/// saves: a fifth of the parser's per-move features.
#[derive(Default)]
struct PlaceMemo {
    /// The id of the model the rows were summed under.
    model: u64,
    classes: usize,
    /// `(form hash, tag)`, mixed, to entries; entry `e` is for `keys[e]`.
    index: perceptron::KeyMap<u32>,
    keys: Vec<(u64, u64)>,
    /// Entry `e`'s row for place `k`: `rows[(e * PLACES + k) * classes..]`.
    rows: Vec<i32>,
}

impl PlaceMemo {
    /// Make room for a window of `words` words (and the root and no word)
    /// under `model`.
    fn prepare(&mut self, model: &Frozen, words: usize) {
        if model.id() != self.model || self.keys.len() + words + 2 > MEMO_WORDS.max(words + 2) {
            self.model = model.id();
            self.classes = model.classes;
            self.index.clear();
            self.keys.clear();
            self.rows.clear();
        }
    }

    /// The entry of the word with form hash `w`, tag `p` and suffix
    /// hash `suf` (which the form decides), made if new.
    fn entry(&mut self, model: &Frozen, w: u64, p: u64, suf: u64) -> usize {
        let key = f2(0, w, p);
        if let Some(&e) = self.index.get(&key) {
            if self.keys[e as usize] == (w, p) {
                return e as usize;
            }
        }
        let e = self.keys.len();
        self.keys.push((w, p));
        let c = self.classes;
        let at = self.rows.len();
        self.rows.resize(at + PLACES * c, 0);
        let mut feats = Vec::with_capacity(8);
        for place in 0..PLACES {
            feats.clear();
            place_features(place, w, p, suf, &mut feats);
            let start = at + place * c;
            model.score(&feats, &mut self.rows[start..start + c]);
        }
        self.index.insert(key, e as u32);
        e
    }

    fn row(&self, e: usize, place: usize) -> &[i32] {
        let at = (e * PLACES + place) * self.classes;
        &self.rows[at..at + self.classes]
    }
}

/// Train on sentences with the given tagger classes per word.
pub fn train(
    train: &[TreeSentence],
    tags: &[Vec<usize>],
    epochs: usize,
    log: &mut dyn FnMut(String),
) -> Parser {
    let mut labels: Vec<String> = train
        .iter()
        .flat_map(|s| s.words.iter().map(|w| w.deprel.clone()))
        .collect();
    labels.sort();
    labels.dedup();
    let nclasses = 1 + 2 * labels.len();
    let data: Vec<(Vec<Lex>, Vec<usize>, Vec<usize>)> = train
        .iter()
        .map(|s| {
            let n = s.words.len();
            (
                s.words
                    .iter()
                    .map(|w| super::tagger::lex(&w.form))
                    .collect(),
                s.words.iter().map(|w| w.head.unwrap_or(n)).collect(),
                s.words
                    .iter()
                    .map(|w| labels.binary_search(&w.deprel).expect("label seen"))
                    .collect(),
            )
        })
        .collect();
    let mut trainer = Trainer::new(nclasses);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(11);
    let mut feats = Vec::new();
    let mut scores = vec![0f32; nclasses];
    let mut cost = vec![0usize; nclasses];
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        let (mut right_heads, mut total) = (0usize, 0usize);
        for &k in &order {
            let (lexes, gold, glabel) = &data[k];
            let n = lexes.len();
            let view = View {
                lexes,
                tags: &tags[k],
            };
            let mut s = State::new(n);
            while !s.done() {
                features(&view, &s, &mut feats);
                trainer.score(&feats, &mut scores);
                let [cs, cl, cr] = s.costs(gold);
                let s0 = s.stack.last().copied();
                let s1 = (s.stack.len() >= 2).then(|| s.stack[s.stack.len() - 2]);
                for (c, slot) in cost.iter_mut().enumerate() {
                    *slot = if !s.valid(c) {
                        usize::MAX
                    } else if c == SHIFT {
                        cs
                    } else {
                        let label = (c - 1) / 2;
                        let s0 = s0.expect("valid arc");
                        let (base, head) = if c % 2 == 1 {
                            (cl, Some(s.b))
                        } else {
                            (cr, s1)
                        };
                        base + usize::from(Some(gold[s0]) == head && glabel[s0] != label)
                    };
                }
                let min = cost.iter().copied().min().unwrap_or(0);
                let guess = perceptron::argmax(&scores, |c| cost[c] != usize::MAX).unwrap_or(SHIFT);
                let best = perceptron::argmax(&scores, |c| cost[c] == min).unwrap_or(guess);
                trainer.tick();
                if cost[guess] > min {
                    trainer.update(best, guess, &feats);
                }
                let explore = epoch >= 1 && rng.unit() < 0.9;
                s.apply(if explore { guess } else { best });
            }
            total += n;
            right_heads += s.heads[..n]
                .iter()
                .zip(gold)
                .filter(|(h, g)| h == g)
                .count();
        }
        log(format!(
            "parser epoch {}: UAS {:.4} on training data (exploring)",
            epoch + 1,
            right_heads as f64 / total.max(1) as f64
        ));
    }
    Parser {
        model: trainer.freeze(perceptron::PRUNE),
        labels,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Following zero-cost moves from the start rebuilds a projective gold
    /// tree exactly: the dynamic oracle's costs are right.
    #[test]
    fn oracle_rebuilds_projective_trees() {
        // heads (n = root): "She met him in Geneva ."
        let trees: Vec<Vec<usize>> = vec![
            vec![1, 6, 1, 4, 1, 1],
            vec![1, 2, 3, 4],    // a chain ending at the root word
            vec![3, 3, 3, 5, 3], // a flat head with a right dependent
            vec![1],
        ];
        for gold in trees {
            let n = gold.len();
            let mut s = State::new(n);
            let mut steps = 0;
            while !s.done() {
                let [cs, cl, cr] = s.costs(&gold);
                let moves = [(SHIFT, cs), (left(0), cl), (right(0), cr)];
                let (m, c) = moves
                    .into_iter()
                    .filter(|&(m, _)| s.valid(m))
                    .min_by_key(|&(_, c)| c)
                    .expect("some move is valid");
                assert_eq!(c, 0, "a zero-cost move exists for {gold:?}");
                s.apply(m);
                steps += 1;
            }
            assert_eq!(steps, 2 * n, "arc-hybrid takes 2n transitions");
            assert_eq!(&s.heads[..n], &gold[..], "gold tree rebuilt");
        }
    }

    /// A wrong move is charged for what it loses.
    #[test]
    fn costs_count_lost_arcs() {
        // 0 <- 1 -> 2, root 1
        let gold = vec![1, 3, 1];
        let mut s = State::new(3);
        s.apply(SHIFT); // stack [0], b = 1
        let [cs, cl, cr] = s.costs(&gold);
        assert_eq!(cl, 0, "0 takes its head 1 by LEFT");
        assert_eq!(cs, 1, "shifting 1 over 0 loses 0 <- 1");
        let _ = cr; // RIGHT is invalid with one item on the stack
        assert!(!s.valid(right(0)));
    }

    /// The plain path: every feature looked up at every move.
    fn parse_plain(p: &Parser, lexes: &[Lex], tags: &[usize]) -> Vec<Arc> {
        let n = lexes.len();
        let view = View { lexes, tags };
        let mut s = State::new(n);
        let mut feats = Vec::new();
        let mut scores = vec![0i32; p.model.classes];
        while !s.done() {
            if s.stack.is_empty() {
                s.apply(SHIFT);
                continue;
            }
            features(&view, &s, &mut feats);
            p.model.score(&feats, &mut scores);
            let c = perceptron::argmax(&scores, |c| s.valid(c)).expect("a valid move");
            s.apply(c);
        }
        s.arcs()
    }

    /// Parses read through the thread's place memo are those of the plain
    /// path, for repeated words, after the memo fills and starts afresh.
    #[test]
    fn memo_changes_no_arc() {
        let model = crate::nlp::builtin();
        let base = "The minister met her counterpart in Geneva on Monday , and they said talks would resume .";
        let mut sentences = vec![base.to_string(), base.to_lowercase()];
        for k in 0..(MEMO_WORDS * 2 / 30) {
            let words: Vec<String> = (0..30).map(|j| format!("word{k}x{j}")).collect();
            sentences.push(format!("{} {base}", words.join(" ")));
        }
        for s in &sentences {
            let words: Vec<&str> = s.split(' ').collect();
            let (lexes, tags) = model.tagger.tag_words(&words);
            let memo = model.parser.parse(&lexes, &tags);
            assert_eq!(memo, parse_plain(&model.parser, &lexes, &tags), "{s:.60}");
        }
        MEMO.with_borrow(|m| assert!(m.keys.len() <= MEMO_WORDS));
    }

    #[test]
    fn windows_bound_long_sentences() {
        let p = Parser {
            model: Trainer::new(3).freeze(0.0),
            labels: vec!["dep".into()],
        };
        let words: Vec<Lex> = (0..WINDOW * 2 + 7)
            .map(|_| super::super::tagger::lex("x"))
            .collect();
        let tags = vec![0; words.len()];
        let arcs = p.parse(&words, &tags);
        assert_eq!(arcs.len(), words.len());
        for (i, (h, _)) in arcs.iter().enumerate() {
            if let Some(h) = h {
                assert_eq!(h / WINDOW, i / WINDOW, "heads stay in their window");
                assert_ne!(*h, i);
            }
        }
        let roots = arcs.iter().filter(|a| a.0.is_none()).count();
        assert_eq!(roots, 3, "one root per window");
    }
}
