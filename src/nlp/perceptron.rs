//! Averaged multi-class perceptron (Collins 2002) over hashed features.
//!
//! Training keeps one sparse row per feature: only the classes that an
//! update ever touched, each with its current weight, the running total for
//! averaging and the step it last changed. `freeze` averages, prunes weights
//! that round to nothing and quantises the rest to `i16`, giving a compact
//! [`Frozen`] model whose rows are slices of two flat arrays. Everything is
//! deterministic: rows are written in key order.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Feature keys are already well-mixed 64-bit hashes: hash them as they are.
#[derive(Default, Clone, Copy)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

/// Longest word (in bytes) a [`WordTable`] keeps; longer ones (a URL, a run
/// without spaces) get a fresh entry each time, so a memo's text stays small.
pub const MEMO_WORD_BYTES: usize = 64;

/// The words a memo has seen, numbered in order of first sight. A word is
/// found by its hash and checked against its text, so two words never
/// share an entry.
#[derive(Default)]
pub struct WordTable {
    index: KeyMap<u32>,
    /// Entry `e`'s word is `text[spans[e]]` (empty for a word not kept).
    text: String,
    spans: Vec<(u32, u32)>,
}

impl WordTable {
    /// How many entries there are.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Bytes of word text kept.
    pub fn text_len(&self) -> usize {
        self.text.len()
    }

    pub fn clear(&mut self) {
        self.index.clear();
        self.text.clear();
        self.spans.clear();
    }

    /// The entry of `word`, and whether it was made now (the caller then
    /// appends what it keeps for the word).
    pub fn entry(&mut self, word: &str) -> (usize, bool) {
        let key = hash_str(word);
        if let Some(&e) = self.index.get(&key) {
            let (a, b) = self.spans[e as usize];
            if &self.text[a as usize..b as usize] == word {
                return (e as usize, false);
            }
        }
        // New, or (rarely) another word with the same hash: the newest
        // entry wins the index; the older stays valid for the sentence.
        let e = self.spans.len();
        let kept = word.len() <= MEMO_WORD_BYTES;
        let start = self.text.len() as u32;
        if kept {
            self.text.push_str(word);
            self.index.insert(key, e as u32);
        }
        self.spans.push((start, self.text.len() as u32));
        (e, true)
    }
}

#[derive(Clone, Copy)]
struct Cell {
    class: u16,
    weight: f32,
    total: f64,
    stamp: u32,
}

/// A perceptron being trained.
pub struct Trainer {
    classes: usize,
    rows: KeyMap<Vec<Cell>>,
    step: u32,
}

impl Trainer {
    pub fn new(classes: usize) -> Self {
        Trainer {
            classes,
            rows: KeyMap::default(),
            step: 0,
        }
    }

    /// Add the current weights of `feats` to `scores` (length `classes`).
    pub fn score(&self, feats: &[u64], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for f in feats {
            if let Some(row) = self.rows.get(f) {
                for c in row {
                    scores[c.class as usize] += c.weight;
                }
            }
        }
    }

    /// One training example seen: call once per prediction, updated or not.
    pub fn tick(&mut self) {
        self.step += 1;
    }

    /// Reward `truth` and penalise `guess` on `feats`.
    pub fn update(&mut self, truth: usize, guess: usize, feats: &[u64]) {
        if truth == guess {
            return;
        }
        let step = self.step;
        for &f in feats {
            let row = self.rows.entry(f).or_default();
            for (class, delta) in [(truth, 1.0f32), (guess, -1.0)] {
                let cell = match row.iter().position(|c| c.class as usize == class) {
                    Some(k) => &mut row[k],
                    None => {
                        row.push(Cell {
                            class: class as u16,
                            weight: 0.0,
                            total: 0.0,
                            stamp: step,
                        });
                        row.last_mut().expect("just pushed")
                    }
                };
                cell.total += f64::from(step - cell.stamp) * f64::from(cell.weight);
                cell.stamp = step;
                cell.weight += delta;
            }
        }
    }

    /// Average, prune and quantise. Weights whose magnitude is under
    /// `prune` times the largest are dropped ([`PRUNE`] removes half the
    /// tagger's and parser's features at no measurable cost in accuracy on
    /// EWT dev, and a smaller table is a faster one).
    pub fn freeze(&self, prune: f32) -> Frozen {
        let step = self.step.max(1);
        let mut averaged: Vec<(u32, Vec<(u16, f32)>)> = Vec::with_capacity(self.rows.len());
        let mut max = 0f32;
        for (&key, row) in &self.rows {
            let mut cells: Vec<(u16, f32)> = row
                .iter()
                .map(|c| {
                    let total = c.total + f64::from(step - c.stamp) * f64::from(c.weight);
                    (c.class, (total / f64::from(step)) as f32)
                })
                .filter(|&(_, w)| w != 0.0)
                .collect();
            if cells.is_empty() {
                continue;
            }
            cells.sort_by_key(|c| c.0);
            for c in &cells {
                max = max.max(c.1.abs());
            }
            averaged.push((short_key(key), cells));
        }
        // Two features whose short keys collide share one row: merge them,
        // in a fixed order, so the result does not depend on hash-map order.
        averaged.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| cmp_cells(&a.1, &b.1)));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let floor = (prune * 32767.0).round();
        let mut rows: Vec<(u32, Vec<(u8, i16)>)> = Vec::with_capacity(averaged.len());
        for (key, cells) in averaged {
            let q: Vec<(u8, i16)> = cells
                .into_iter()
                .map(|(class, w)| (class as u8, (w / scale).round()))
                .filter(|&(_, q)| q.abs() >= floor)
                .map(|(class, q)| (class, q as i16))
                .collect();
            if q.is_empty() {
                continue;
            }
            match rows.last_mut() {
                Some(last) if last.0 == key => {
                    for (class, w) in q {
                        match last.1.iter_mut().find(|c| c.0 == class) {
                            Some(c) => c.1 = c.1.saturating_add(w),
                            None => last.1.push((class, w)),
                        }
                    }
                }
                _ => rows.push((key, q)),
            }
        }
        assert!(self.classes <= 256, "at most 256 classes");
        Frozen::from_rows(self.classes, scale, rows)
    }
}

fn cmp_cells(a: &[(u16, f32)], b: &[(u16, f32)]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        let o = x.0.cmp(&y.0).then(x.1.total_cmp(&y.1));
        if o.is_ne() {
            return o;
        }
    }
    a.len().cmp(&b.len())
}

/// Weights under this fraction of the largest are pruned when freezing.
pub const PRUNE: f32 = 0.014;

/// The 32-bit key a frozen model stores for a feature hash (never 0, which
/// marks an empty slot).
#[inline]
fn short_key(h: u64) -> u32 {
    ((h >> 32) as u32).max(1)
}

/// A trained, averaged, quantised perceptron: an open-addressing table of
/// 32-bit feature keys, each pointing at a run of (class, weight) cells.
/// A lookup touches one slot and one run, and `score` prefetches every
/// slot before reading any, so the cache misses overlap.
#[derive(Default, Clone)]
pub struct Frozen {
    pub classes: usize,
    /// Which model this is, for memos of its scores ([`Frozen::id`]).
    id: u64,
    scale: f32,
    /// Rows in key order, as written to disk: key and cell range.
    rows: Vec<(u32, u32, u8)>,
    /// `key << 32 | start << 8 | len`, or 0 for an empty slot.
    slots: Vec<u64>,
    /// `weight << 8 | class`.
    cells: Vec<i32>,
    /// Rows with many cells, also kept as every class's weight in a row of
    /// `stride` (a slot with length 0 points at one): adding a dense row
    /// is a few vector instructions where its cells would be a loop.
    dense: Vec<i16>,
    stride: usize,
}

/// A row with at least this many cells per 16 classes is also kept dense.
const DENSE_PER_16: usize = 4;

impl Frozen {
    fn from_rows(classes: usize, scale: f32, rows: Vec<(u32, Vec<(u8, i16)>)>) -> Frozen {
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let mut f = Frozen {
            classes,
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            scale,
            ..Frozen::default()
        };
        for (key, cells) in rows {
            let start = f.cells.len() as u32;
            let len = cells.len().min(255);
            for &(class, w) in &cells[..len] {
                f.cells.push(i32::from(w) << 8 | i32::from(class));
            }
            f.rows.push((key, start, len as u8));
        }
        assert!(f.cells.len() < 1 << 24, "at most 2^24 weights");
        f.build_table();
        f
    }

    fn build_table(&mut self) {
        // Load factor between 0.4 and 0.8: linear probing stays short, and
        // the table small.
        let cap = (self.rows.len() * 5 / 4).next_power_of_two().max(16);
        self.slots = vec![0; cap];
        self.stride = self.classes.div_ceil(16) * 16;
        self.dense.clear();
        let min_dense = (self.stride / 16 * DENSE_PER_16).max(1);
        let mask = cap - 1;
        for &(key, start, len) in &self.rows {
            let mut i = slot_of(key) & mask;
            while self.slots[i] != 0 {
                i = (i + 1) & mask;
            }
            let (start, len) = if usize::from(len) >= min_dense {
                let row = self.dense.len() / self.stride;
                self.dense.resize(self.dense.len() + self.stride, 0);
                for &c in &self.cells[start as usize..start as usize + usize::from(len)] {
                    let w = &mut self.dense[row * self.stride + (c & 0xff) as usize];
                    *w = w.wrapping_add((c >> 8) as i16);
                }
                (row as u32, 0)
            } else {
                (start, len)
            };
            self.slots[i] = u64::from(key) << 32 | u64::from(start) << 8 | u64::from(len);
        }
    }

    /// Scores of every class for `feats` (integer units; only order
    /// matters). Three sweeps keep many memory reads in flight at once:
    /// prefetch every feature's slot, then find each feature's row and
    /// prefetch its cells, then add the cells up.
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        self.score_add(feats, scores);
    }

    /// A number no other model built in this process has (0 for an empty
    /// model): what a memo of partial scores is keyed by. A clone shares
    /// its original's id, and its weights.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Add the scores of `feats` to `scores` (see [`Frozen::score`]).
    /// Integer sums do not depend on order, so scores added in parts equal
    /// the scores of all the parts' features at once.
    pub fn score_add(&self, feats: &[u64], scores: &mut [i32]) {
        if self.slots.is_empty() {
            return;
        }
        let mask = self.slots.len() - 1;
        for &f in feats {
            prefetch(&self.slots, slot_of(short_key(f)) & mask);
        }
        let mut found = [(0u32, 0u32); 128];
        let mut nfound = 0;
        for &f in feats {
            let key = short_key(f);
            let mut i = slot_of(key) & mask;
            loop {
                let slot = self.slots[i];
                if slot == 0 {
                    break;
                }
                if (slot >> 32) as u32 == key {
                    let start = ((slot >> 8) & 0xff_ffff) as u32;
                    let len = (slot & 0xff) as u32;
                    if nfound < found.len() {
                        if len == 0 {
                            prefetch(&self.dense, (start as usize).wrapping_mul(self.stride));
                        } else {
                            prefetch(&self.cells, start as usize);
                        }
                        found[nfound] = (start, len);
                        nfound += 1;
                    } else {
                        self.add(start, len, scores);
                    }
                    break;
                }
                i = (i + 1) & mask;
            }
        }
        for &(start, len) in &found[..nfound] {
            self.add(start, len, scores);
        }
    }

    /// Add row `start` (cells, or a dense row when `len` is 0) to `scores`.
    #[inline]
    fn add(&self, start: u32, len: u32, scores: &mut [i32]) {
        if len == 0 {
            let at = start as usize * self.stride;
            add_row(
                &mut scores[..self.classes],
                &self.dense[at..at + self.classes],
            );
            return;
        }
        for &c in &self.cells[start as usize..(start + len) as usize] {
            let s = &mut scores[(c & 0xff) as usize];
            *s = s.wrapping_add(c >> 8);
        }
    }

    pub fn features(&self) -> usize {
        self.rows.len()
    }

    pub fn weights(&self) -> usize {
        self.cells.len()
    }

    /// Append the model to `out`: classes, scale, rows in key order (key,
    /// length, then class and weight per cell).
    pub fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&(self.classes as u32).to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&(self.rows.len() as u32).to_le_bytes());
        for &(key, start, len) in &self.rows {
            out.extend_from_slice(&key.to_le_bytes());
            out.push(len);
            for &c in &self.cells[start as usize..start as usize + len as usize] {
                out.push((c & 0xff) as u8);
                out.extend_from_slice(&((c >> 8) as i16).to_le_bytes());
            }
        }
    }

    /// Read a model written by [`Frozen::write`] from `r`.
    pub fn read(r: &mut Reader) -> Result<Frozen, String> {
        let classes = r.u32()? as usize;
        let scale = f32::from_bits(r.u32()?);
        let n = r.u32()? as usize;
        if classes > 256 {
            return Err(format!("{classes} classes (at most 256)"));
        }
        let mut rows = Vec::with_capacity(n.min(1 << 24));
        let mut last = 0u32;
        for _ in 0..n {
            let key = r.u32()?;
            if key <= last {
                return Err("model rows out of order".into());
            }
            last = key;
            let len = r.take(1)?[0] as usize;
            let bytes = r.take(len * 3)?;
            let cells: Vec<(u8, i16)> = bytes
                .chunks_exact(3)
                .map(|c| (c[0], i16::from_le_bytes([c[1], c[2]])))
                .collect();
            if let Some(c) = cells.iter().find(|c| c.0 as usize >= classes) {
                return Err(format!("class {} out of range ({classes} classes)", c.0));
            }
            rows.push((key, cells));
        }
        Ok(Frozen::from_rows(classes, scale, rows))
    }
}

/// Add `row` to `scores`, lane by lane, with AVX2 where the processor has
/// it (twice the lanes of the baseline's SSE2): a dense row's 16-bit
/// weights, or a memo's summed 32-bit scores.
#[inline]
pub fn add_row<T: Copy>(scores: &mut [i32], row: &[T])
where
    i32: From<T>,
{
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2, checked just above.
        unsafe { add_row_avx2(scores, row) };
        return;
    }
    add_row_plain(scores, row);
}

#[inline(always)]
fn add_row_plain<T: Copy>(scores: &mut [i32], row: &[T])
where
    i32: From<T>,
{
    for (s, &w) in scores.iter_mut().zip(row) {
        *s = s.wrapping_add(i32::from(w));
    }
}

/// [`add_row_plain`] compiled for AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn add_row_avx2<T: Copy>(scores: &mut [i32], row: &[T])
where
    i32: From<T>,
{
    add_row_plain(scores, row);
}

/// Ask the processor to fetch `v[i]` into the cache (a hint; a no-op off
/// x86-64).
#[inline]
fn prefetch<T>(v: &[T], i: usize) {
    #[cfg(target_arch = "x86_64")]
    if i < v.len() {
        // SAFETY: prefetching has no effect on memory; the address is in `v`.
        unsafe {
            use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
            _mm_prefetch(v.as_ptr().add(i).cast::<i8>(), _MM_HINT_T0);
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (v, i);
}

#[inline]
fn slot_of(key: u32) -> usize {
    // Keys are the high bits of a mixed hash; spread them once more so
    // nearby keys do not cluster.
    (u64::from(key).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 20) as usize
}

/// A cursor over a model file's bytes.
pub struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, pos: 0 }
    }
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or_else(|| format!("model truncated at byte {}", self.pos))?;
        let s = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    pub fn u16(&mut self) -> Result<u16, String> {
        Ok(u16::from_le_bytes(
            self.take(2)?.try_into().expect("2 bytes"),
        ))
    }
    pub fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().expect("4 bytes"),
        ))
    }
    pub fn u64(&mut self) -> Result<u64, String> {
        Ok(u64::from_le_bytes(
            self.take(8)?.try_into().expect("8 bytes"),
        ))
    }
    /// A length-prefixed UTF-8 string.
    pub fn string(&mut self) -> Result<String, String> {
        let n = self.u16()? as usize;
        String::from_utf8(self.take(n)?.to_vec()).map_err(|_| "model string is not UTF-8".into())
    }
    pub fn strings(&mut self) -> Result<Vec<String>, String> {
        let n = self.u32()? as usize;
        (0..n).map(|_| self.string()).collect()
    }
}

pub fn write_string(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&(s.len() as u16).to_le_bytes());
    out.extend_from_slice(s.as_bytes());
}

pub fn write_strings(out: &mut Vec<u8>, v: &[String]) {
    out.extend_from_slice(&(v.len() as u32).to_le_bytes());
    for s in v {
        write_string(out, s);
    }
}

/// Index of the highest score among `allowed` classes (first on ties).
pub fn argmax<T: PartialOrd + Copy>(
    scores: &[T],
    allowed: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut best: Option<usize> = None;
    for (i, &s) in scores.iter().enumerate() {
        if allowed(i) && best.is_none_or(|b| s > scores[b]) {
            best = Some(i);
        }
    }
    best
}

/// Feature hashing: a template number and up to three values, mixed.
#[inline]
pub fn mix(x: u64) -> u64 {
    // splitmix64's finaliser
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[inline]
pub fn f1(t: u64, a: u64) -> u64 {
    mix(mix(t) ^ a)
}

#[inline]
pub fn f2(t: u64, a: u64, b: u64) -> u64 {
    mix(mix(mix(t) ^ a) ^ b)
}

#[inline]
pub fn f3(t: u64, a: u64, b: u64, c: u64) -> u64 {
    mix(mix(mix(mix(t) ^ a) ^ b) ^ c)
}

/// A string's hash (FNV-1a, then mixed): stable across runs and platforms.
pub fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01B3);
    }
    mix(h)
}

/// A deterministic pseudo-random sequence (xorshift64*), for shuffling
/// training data and exploration.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(mix(seed) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A float in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Learns a separable problem, and freezing, writing and reading keep
    /// its decisions.
    #[test]
    fn learns_and_round_trips() {
        // class = which of features 1, 2, 3 is present
        let data: Vec<(Vec<u64>, usize)> = (0..60)
            .map(|i| (vec![f1(0, 0), f1(1, (i % 3) as u64 + 10)], i % 3))
            .collect();
        let mut t = Trainer::new(3);
        let mut scores = vec![0f32; 3];
        for _ in 0..5 {
            for (feats, gold) in &data {
                t.score(feats, &mut scores);
                let guess = argmax(&scores, |_| true).unwrap();
                t.tick();
                t.update(*gold, guess, feats);
            }
        }
        let frozen = t.freeze(0.0);
        let mut bytes = Vec::new();
        frozen.write(&mut bytes);
        let back = Frozen::read(&mut Reader::new(&bytes)).unwrap();
        let mut again = Vec::new();
        back.write(&mut again);
        assert_eq!(bytes, again, "write(read(x)) == x");
        let mut s = vec![0i32; 3];
        for (feats, gold) in &data {
            back.score(feats, &mut s);
            assert_eq!(argmax(&s, |_| true), Some(*gold));
        }
    }

    #[test]
    fn truncated_models_are_errors() {
        let mut t = Trainer::new(2);
        t.tick();
        t.update(0, 1, &[5]);
        let mut bytes = Vec::new();
        t.freeze(0.0).write(&mut bytes);
        for cut in 0..bytes.len() {
            assert!(Frozen::read(&mut Reader::new(&bytes[..cut])).is_err());
        }
    }

    #[test]
    fn rng_is_deterministic() {
        let (mut a, mut b) = (Rng::new(3), Rng::new(3));
        let mut v: Vec<u32> = (0..50).collect();
        let mut w = v.clone();
        a.shuffle(&mut v);
        b.shuffle(&mut w);
        assert_eq!(v, w);
        assert_ne!(v, (0..50).collect::<Vec<_>>());
    }
}
