//! Name finder: person, organisation and place spans, as BIO tags predicted
//! left to right by an averaged perceptron over the word, its shape, its
//! part of speech and its place in the parse (relation, head word), with a
//! gazetteer of known names (countries, capitals, organisations, places
//! from parley's lexicon) as features. Decoding never opens `I-X` without
//! `B-X` or `I-X` before it.

use super::perceptron::{self, f1, f2, f3, hash_str, Frozen, Reader, Rng, Trainer};
use super::tagger::{lex, normalise, Lex};
use super::SentenceParse;
use rustc_hash::FxHashMap as HashMap;

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

/// Bits of a word in the gazetteer, above the three type bits (0..3) and
/// the three type-start bits (3..6) of known names.
pub const GIVEN: u32 = 1 << 6;
pub const SURNAME: u32 = 1 << 7;
pub const CITY: u32 = 1 << 8;
pub const STATE: u32 = 1 << 9;
pub const COUNTRY: u32 = 1 << 10;
pub const ORG_WORD: u32 = 1 << 11;
pub const PLACE_WORD: u32 = 1 << 12;
pub const TITLE: u32 = 1 << 13;
/// A later word of a multi-word place name.
pub const PLACE_INNER: u32 = 1 << 14;
/// The word-list bits, each also a feature of its own.
const LIST_BITS: [u32; 9] = [
    GIVEN,
    SURNAME,
    CITY,
    STATE,
    COUNTRY,
    ORG_WORD,
    PLACE_WORD,
    TITLE,
    PLACE_INNER,
];
/// Capitalisation class + 1 (0: unknown) in bits 15..18.
const CAPS_SHIFT: u32 = 15;
/// Word clusters: fine cluster + 1 (0: unknown) in bits 18..27, coarse
/// cluster in bits 27..32.
const FINE_SHIFT: u32 = 18;
const COARSE_SHIFT: u32 = 27;

pub(crate) const GIVEN_NAMES: &str = include_str!("../../data/names/given.tsv");
pub(crate) const SURNAMES: &str = include_str!("../../data/names/surnames.tsv");
const PLACES: &str = include_str!("../../data/names/places.tsv");
const ORG_WORDS: &str = include_str!("../../data/names/org_words.tsv");
pub(crate) const CAPITALS: &str = include_str!("../../data/names/capitals.tsv");
const CLUSTERS: &str = include_str!("../../data/names/clusters.tsv");
const NAME_WORDS: &str = include_str!("../../data/lexicon/name_words.tsv");

fn rows(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Known names and name words: every word of a known name, with the
/// types it occurs in (bit per type) and whether it starts a name, and the
/// word-list bits above. Features, never decisions.
#[derive(Clone, Default)]
pub struct Gazetteer {
    words: HashMap<String, u32>,
}

impl Gazetteer {
    /// Add a name of type `ty` (index into [`TYPES`]).
    pub fn add(&mut self, name: &str, ty: usize) {
        for (k, w) in name.split_whitespace().enumerate() {
            let bits = 1u32 << ty | if k == 0 { 1 << (ty + 3) } else { 0 };
            *self.words.entry(normalise(w)).or_default() |= bits;
        }
    }

    /// Mark one word with `bits`.
    pub fn mark(&mut self, word: &str, bits: u32) {
        *self.words.entry(normalise(word)).or_default() |= bits;
    }

    /// Add the word lists of `data/names/` (given names, surnames, places,
    /// organisation words, capitalisation classes) and the organisation and
    /// place heads of `data/lexicon/name_words.tsv`.
    pub fn add_word_lists(&mut self) {
        for w in rows(GIVEN_NAMES) {
            self.mark(w, GIVEN);
        }
        for w in rows(SURNAMES) {
            self.mark(w, SURNAME);
        }
        for line in rows(PLACES) {
            let (name, kinds) = line.split_once('\t').unwrap_or((line, "city"));
            let bit = match kinds.split(',').next().unwrap_or("city") {
                "state" => STATE,
                "country" | "continent" => COUNTRY,
                _ => CITY,
            };
            for (k, w) in name.split_whitespace().enumerate() {
                self.mark(w, if k == 0 { bit } else { PLACE_INNER });
            }
        }
        for w in rows(ORG_WORDS) {
            self.mark(w, ORG_WORD);
        }
        for line in rows(NAME_WORDS) {
            let Some((class, words)) = line.split_once('\t') else {
                continue;
            };
            let bit = match class {
                "org-head" => ORG_WORD,
                "place-head" => PLACE_WORD,
                "honorific" => TITLE,
                _ => continue,
            };
            for w in words.split('|') {
                if !w.contains(' ') {
                    self.mark(w, bit);
                }
            }
        }
        for line in rows(CLUSTERS) {
            let mut cols = line.split('\t');
            let (Some(w), Some(coarse), Some(fine)) = (cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            if let (Ok(c), Ok(f)) = (coarse.parse::<u32>(), fine.parse::<u32>()) {
                let bits = (f + 1).min(511) << FINE_SHIFT | (c & 31) << COARSE_SHIFT;
                // Spelled as the corpus normalised it (digits already 0).
                *self.words.entry(w.to_string()).or_default() |= bits;
            }
        }
        for line in rows(CAPITALS) {
            if let Some((w, c)) = line.split_once('\t') {
                if let Ok(c) = c.parse::<u32>() {
                    self.mark(w, (c + 1).min(7) << CAPS_SHIFT);
                }
            }
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

/// What the features read of each word; `gaz(i, form)` gives word i's
/// gazetteer bits.
fn words(
    forms: &[&str],
    parse: &SentenceParse,
    parser_labels: &[String],
    mut gaz: impl FnMut(usize, &str) -> u64,
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
                gaz: gaz(i, f),
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
    own_features(&ws[i], i == 0, out);
    context_features(ws, i, prev, out);
}

/// The gazetteer bits of a word that say person, place, a head word of
/// a name, and how often news capitalises it.
fn person(g: u64) -> u64 {
    g & u64::from(GIVEN | SURNAME)
}
fn place(g: u64) -> u64 {
    g & u64::from(CITY | STATE | COUNTRY | PLACE_INNER)
}
fn heads(g: u64) -> u64 {
    g & u64::from(ORG_WORD | PLACE_WORD | TITLE)
}
fn caps(g: u64) -> u64 {
    g >> CAPS_SHIFT & 7
}

/// The features of a word that depend only on the word, its tag and
/// whether it starts the sentence, appended to `out`: what [`NameMemo`]
/// keeps summed.
fn own_features(w: &Word, first: bool, out: &mut Vec<u64>) {
    let known = w.gaz & 63;
    let up = u64::from(w.upper) | u64::from(first) << 1;
    let g = w.gaz;
    out.extend_from_slice(&[
        f1(0, 0),
        f1(1, w.lex.norm),
        f1(2, w.lex.shape),
        f1(3, w.lex.suf3),
        f1(4, w.lex.pre2),
        f1(5, w.tag),
        f2(6, w.tag, w.lex.shape),
        f1(10, known),
        f2(11, known, w.tag),
        f2(27, up, w.tag),
        f1(31, w.lex.flags),
        f1(32, w.lex.raw),
        f1(37, w.lex.suf2),
        // The word lists, alone and beside the word's case.
        f2(40, person(g), up),
        f2(41, place(g), up),
        f2(42, heads(g), up),
        f2(54, known, up),
    ]);
    for (k, bit) in LIST_BITS.into_iter().enumerate() {
        if g & u64::from(bit) != 0 {
            out.push(f1(60 + k as u64, up));
        }
    }
    // How often the word is capitalised in news where case is free.
    out.extend_from_slice(&[
        f2(43, caps(g), up),
        f2(44, caps(g), w.tag),
        f1(70, caps(g)),
        f2(71, caps(g), w.lex.shape),
    ]);
    // The word's distributional clusters (fine alone, coarse by case).
    let fine = |g: u64| g >> FINE_SHIFT & 511;
    let coarse = |g: u64| {
        if fine(g) == 0 {
            99
        } else {
            g >> COARSE_SHIFT & 31
        }
    };
    out.extend_from_slice(&[f1(87, fine(g)), f2(88, coarse(g), up)]);
}

/// The features of word `i` that read its neighbours, the parse or the
/// classes before it, appended to `out`.
fn context_features(ws: &[Word], i: usize, prev: &[usize], out: &mut Vec<u64>) {
    let w = &ws[i];
    let at = |k: isize| -> Option<&Word> {
        let j = i as isize + k;
        (j >= 0).then(|| ws.get(j as usize)).flatten()
    };
    let norm = |k: isize| at(k).map_or(1, |x| x.lex.norm);
    let tag = |k: isize| at(k).map_or(1, |x| x.tag);
    let shape = |k: isize| at(k).map_or(1, |x| x.lex.shape);
    let gz = |k: isize| at(k).map_or(0, |x| x.gaz & 63);
    let gzf = |k: isize| at(k).map_or(0, |x| x.gaz);
    let known = w.gaz & 63;
    let t1 = if i >= 1 { prev[i - 1] as u64 } else { 99 };
    let t2 = if i >= 2 { prev[i - 2] as u64 } else { 99 };
    out.extend_from_slice(&[
        f1(7, w.rel),
        f2(8, w.rel, w.tag),
        f1(9, w.head_norm),
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
        f2(25, gz(-1), known),
        f2(26, known, gz(1)),
        f2(28, t1, norm(-1)),
        f2(29, w.lex.norm, norm(1)),
        f2(30, norm(-1), w.lex.norm),
        f2(33, w.tag, norm(1)),
        f2(34, shape(-1), w.lex.shape),
        f2(35, w.lex.shape, shape(1)),
        f2(36, w.rel, w.head_norm),
        f2(38, tag(-1), tag(-2)),
    ]);
    let g = w.gaz;
    out.extend_from_slice(&[
        f2(45, heads(gzf(1)), u64::from(w.upper)),
        f2(46, heads(gzf(-1)), u64::from(w.upper)),
        f2(47, person(gzf(-1)), person(g)),
        f2(48, person(g), person(gzf(1))),
        f2(51, t1, person(g) | place(g) << 8),
        f2(53, place(gzf(-1)), place(g)),
        f2(49, caps(gzf(-1)), caps(g)),
        f2(50, caps(g), caps(gzf(1))),
        f3(52, t1, caps(g), u64::from(w.upper) | u64::from(i == 0) << 1),
    ]);
    // An organisation word ahead within a run of capitalised words
    // ("Malcolm Smith Motorsports"): how far.
    let mut k = i + 1;
    let mut found = 0;
    while k < ws.len() && k <= i + 4 && ws[k].upper {
        if ws[k].gaz & u64::from(ORG_WORD) != 0 {
            found = (k - i) as u64;
        }
        k += 1;
    }
    out.push(f2(72, found, u64::from(w.upper)));
}

/// Most words a [`NameMemo`] holds before it starts afresh.
const MEMO_WORDS: usize = 1 << 14;

thread_local! {
    static MEMO: std::cell::RefCell<NameMemo> = std::cell::RefCell::new(NameMemo::default());
}

/// One thread's memo of the name finder's work that depends only on the
/// word: its gazetteer bits and, for each tag and sentence-start flag it
/// has come with, the summed weights of its [`own_features`]. Words are
/// checked against their text, so the memo never changes a class.
#[derive(Default)]
struct NameMemo {
    /// The id of the model the scores were summed under.
    model: u64,
    words: perceptron::WordTable,
    /// Each word entry's gazetteer bits.
    gaz: Vec<u64>,
    /// `(entry, tag, first)`, mixed, to the start of its scores.
    own: perceptron::KeyMap<u32>,
    scores: Vec<i32>,
}

impl NameMemo {
    /// Make room for a sentence of `words` words under `finder`'s model.
    fn prepare(&mut self, finder: &NameFinder, words: usize) {
        let id = finder.model.id();
        if id != self.model
            || self.words.len() + words > MEMO_WORDS
            || self.own.len() + words > 2 * MEMO_WORDS
        {
            self.model = id;
            self.words.clear();
            self.gaz.clear();
            self.own.clear();
            self.scores.clear();
        }
    }

    /// The entry of word `form`, made if new.
    fn word(&mut self, finder: &NameFinder, form: &str) -> usize {
        let (e, new) = self.words.entry(form);
        if new {
            self.gaz.push(finder.gazetteer.bits(&normalise(form)));
        }
        e
    }

    /// Where the scores of word entry `e`'s own features start, with the
    /// tag and first-word flag of `w`; `feats` is scratch.
    fn own(
        &mut self,
        finder: &NameFinder,
        e: usize,
        w: &Word,
        first: bool,
        feats: &mut Vec<u64>,
    ) -> usize {
        let key = perceptron::mix((e as u64) << 32 | w.tag << 1 | u64::from(first));
        if let Some(&at) = self.own.get(&key) {
            return at as usize;
        }
        let c = finder.model.classes;
        let at = self.scores.len();
        self.scores.resize(at + c, 0);
        feats.clear();
        own_features(w, first, feats);
        finder.model.score(feats, &mut self.scores[at..at + c]);
        self.own.insert(key, at as u32);
        at
    }
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
        if forms.len() > MEMO_WORDS / 2 {
            return self.classes_plain(forms, parse, parser_labels);
        }
        MEMO.with_borrow_mut(|memo| {
            memo.prepare(self, forms.len());
            let ids: Vec<usize> = forms.iter().map(|f| memo.word(self, f)).collect();
            let ws = words(forms, parse, parser_labels, |i, _| memo.gaz[ids[i]]);
            self.decode(&ws, |i, feats, scores| {
                let at = memo.own(self, ids[i], &ws[i], i == 0, feats);
                scores.copy_from_slice(&memo.scores[at..at + self.model.classes]);
            })
        })
    }

    /// [`NameFinder::classes`] without the memo.
    fn classes_plain(
        &self,
        forms: &[&str],
        parse: &SentenceParse,
        parser_labels: &[String],
    ) -> Vec<usize> {
        let ws = words(forms, parse, parser_labels, |_, f| {
            self.gazetteer.bits(&normalise(f))
        });
        self.decode(&ws, |i, feats, scores| {
            own_features(&ws[i], i == 0, feats);
            self.model.score(feats, scores);
        })
    }

    /// Classes for the words, left to right; `own(i, scratch, scores)`
    /// sets `scores` to the scores of word i's [`own_features`].
    fn decode(
        &self,
        ws: &[Word],
        mut own: impl FnMut(usize, &mut Vec<u64>, &mut [i32]),
    ) -> Vec<usize> {
        let mut out = Vec::with_capacity(ws.len());
        let mut feats = Vec::with_capacity(48);
        let mut scores = vec![0i32; self.model.classes];
        for i in 0..ws.len() {
            feats.clear();
            own(i, &mut feats, &mut scores);
            feats.clear();
            context_features(ws, i, &out, &mut feats);
            self.model.score_add(&feats, &mut scores);
            let prev = i.checked_sub(1).map(|k| out[k]);
            out.push(perceptron::argmax(&scores, |c| allowed(prev, c)).unwrap_or(0));
        }
        out
    }

    pub fn write(&self, out: &mut Vec<u8>) {
        // Version 2: a marker no word count can be, then 32-bit word bits.
        out.extend_from_slice(&u32::MAX.to_le_bytes());
        out.extend_from_slice(&(self.gazetteer.words.len() as u32).to_le_bytes());
        let mut words: Vec<(&String, &u32)> = self.gazetteer.words.iter().collect();
        words.sort();
        for (w, &bits) in words {
            perceptron::write_string(out, w);
            out.extend_from_slice(&bits.to_le_bytes());
        }
        self.model.write(out);
    }

    pub fn read(r: &mut Reader) -> Result<NameFinder, String> {
        let mut n = r.u32()? as usize;
        let wide = n == u32::MAX as usize;
        if wide {
            n = r.u32()? as usize;
        }
        let mut gazetteer = Gazetteer::default();
        gazetteer.words.reserve(n);
        for _ in 0..n {
            let w = r.string()?;
            let bits = if wide {
                r.u32()?
            } else {
                u32::from(r.take(1)?[0])
            };
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
                words(&e.forms, &e.parse, parser_labels, |_, f| {
                    gazetteer.bits(&normalise(f))
                }),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Classes read through the thread's memo are those of the plain path,
    /// for repeated words with other tags and places, and after the memo
    /// fills and starts afresh.
    #[test]
    fn memo_changes_no_class() {
        let model = crate::nlp::builtin();
        let labels = &model.parser.labels;
        let base = [
            "Foreign Minister Ana Kolar met Pedro Silva of the Arctic Council in Oslo .",
            "Kolar said the Council would meet in Oslo again , Silva said .",
            "oslo and kolar in lower case , OSLO and KOLAR in capitals .",
        ];
        let mut sentences: Vec<String> = base.iter().map(|s| s.to_string()).collect();
        for k in 0..(MEMO_WORDS * 2 / 40) {
            let words: Vec<String> = (0..40).map(|j| format!("Name{k}x{j}")).collect();
            sentences.push(format!("{} {}", base[k % 3], words.join(" ")));
        }
        let long = format!("Verylongname{}", "x".repeat(80));
        sentences.push(format!("{long} met {long} in Oslo ."));
        let mut named = 0;
        for s in &sentences {
            let forms: Vec<&str> = s.split(' ').collect();
            let parse = model.parse(&forms);
            let memo = model.names.classes(&forms, &parse, labels);
            assert_eq!(
                memo,
                model.names.classes_plain(&forms, &parse, labels),
                "{s:.60}"
            );
            named += memo.iter().filter(|&&c| c != 0).count();
        }
        assert!(named > 0, "the sentences have names");
        MEMO.with_borrow(|m| assert!(m.words.len() <= MEMO_WORDS));
    }

    #[test]
    fn word_lists_mark_words() {
        let mut g = Gazetteer::default();
        g.add_word_lists();
        let bits = |w: &str| g.bits(&normalise(w)) as u32;
        assert_ne!(bits("Mary") & GIVEN, 0);
        assert_ne!(bits("Johnson") & SURNAME, 0);
        assert_ne!(bits("Tampa") & CITY, 0);
        assert_ne!(bits("Texas") & STATE, 0);
        assert_ne!(bits("Airlines") & ORG_WORD, 0);
        // "York" is a later word of "New York".
        assert_ne!(bits("york") & PLACE_INNER, 0);
        // News capitalises "Houston" and never "the".
        assert!(
            bits("houston") >> CAPS_SHIFT & 7 >= 4,
            "{:b}",
            bits("houston")
        );
        assert_eq!(bits("the") >> CAPS_SHIFT & 7, 1);
        assert_ne!(bits("houston") >> FINE_SHIFT & 511, 0);
    }

    #[test]
    fn reads_the_one_byte_gazetteer_of_older_models() {
        let mut old = Vec::new();
        old.extend_from_slice(&1u32.to_le_bytes());
        perceptron::write_string(&mut old, "geneva");
        old.push(1 << 2 | 1 << 5);
        Frozen::default().write(&mut old);
        let f = NameFinder::read(&mut Reader::new(&old)).unwrap();
        assert_eq!(f.gazetteer.bits("geneva"), 1 << 2 | 1 << 5);
        let mut new = Vec::new();
        f.write(&mut new);
        let back = NameFinder::read(&mut Reader::new(&new)).unwrap();
        assert_eq!(back.gazetteer.bits("geneva"), 1 << 2 | 1 << 5);
    }
}
