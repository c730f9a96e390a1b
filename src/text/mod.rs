//! Text analysis: sentences, tokens and quotations, all as byte spans into
//! the document's text. Pure: no I/O, no panics on any input.
//!
//! The stages, each in its own file:
//! 1. `layout`: lines, paragraphs, Markdown markers, pull-quote attributions,
//!    and segments that no sentence crosses;
//! 2. `sentences`: sentence ends inside a segment (abbreviations in
//!    `abbrev`, from `data/lexicon/abbreviations.tsv`);
//! 3. `tokens`: words, numbers and punctuation of each sentence;
//! 4. `quotes`: quotation spans and their sentences;
//! 5. `repair`: a few tag and parse readings that English grammar rules
//!    out, mended.
//!
//! Every stage is a single left-to-right pass with bounded look-around, so
//! the analysis is linear in the length of the text.

mod abbrev;
mod layout;
mod quotes;
pub mod render;
mod repair;
mod sentences;
mod tokens;

use std::ops::Range;

/// Nouns of time, lower case: "Last week, A said" names a time, not a
/// title before a name; "the past four years" is when talks were, not what
/// they addressed.
pub const TIME_NOUNS: &[&str] = &[
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "time",
    "times",
    "today",
    "weekend",
    "morning",
    "evening",
    "afternoon",
    "night",
    "yesterday",
    "tomorrow",
    "tonight",
    "hour",
    "hours",
    "minute",
    "minutes",
    "decade",
    "century",
];

/// A sentence or a heading-like unit (a line without final punctuation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte span into the document text, trimmed of surrounding white space.
    pub span: Range<usize>,
    /// Indices into `Analysis::tokens` of this sentence's tokens.
    pub tokens: Range<usize>,
    /// A headline, sub-heading or other line that ends without punctuation.
    pub heading: bool,
    /// Starts a paragraph (first unit after a blank line or at the body start).
    /// In text that is not hard-wrapped every line is a paragraph; a list
    /// item and a pull-quote attribution line start one too.
    pub paragraph_start: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, digits and word-internal marks (`al-Busaidi`, `U.S.`, `Iran's` is `Iran` + `'s`).
    Word,
    Number,
    /// Any other non-space character, one token each (quotes, dashes, commas).
    Punct,
}

/// A token with its part of speech and its place in the sentence's
/// dependency tree, as the trained model (`crate::nlp`) predicts them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Range<usize>,
    pub kind: TokenKind,
    /// Universal part of speech (`PROPN`, `VERB`, `NOUN`, ...).
    pub upos: &'static str,
    /// Penn Treebank tag (`NNP`, `VBD`, `VBN`, ...).
    pub xpos: &'static str,
    /// The head token, an index into `Analysis::tokens` within the same
    /// sentence; `None` for the sentence's root.
    pub head: Option<usize>,
    /// Universal Dependencies relation to the head (`nsubj`, `obj`,
    /// `obl`, `appos`, `nmod:poss`, `root`, ...).
    pub deprel: &'static str,
}

/// A quotation: the words between a pair of quotation marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quotation {
    /// The quoted words, without the marks.
    pub span: Range<usize>,
    /// The quoted words with the marks.
    pub outer: Range<usize>,
    /// Sentences the quotation overlaps (indices into `Analysis::sentences`).
    pub sentences: Range<usize>,
    /// For a pull-quote followed by a line "— Name": the span of the name.
    pub dash_attribution: Option<Range<usize>>,
}

/// What kind of thing a name names, as the name finder judges from the
/// words, their parts of speech and the parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameKind {
    Person,
    Organization,
    Place,
}

/// A name the name finder found: a run of tokens and its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// Indices into `Analysis::tokens`, within one sentence.
    pub tokens: Range<usize>,
    pub kind: NameKind,
}

/// Everything the analysis stage finds in one document.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    pub quotations: Vec<Quotation>,
    /// Names found by the name finder, in text order.
    pub names: Vec<Name>,
    /// Problems worth telling the user (unbalanced quotation marks, ...).
    pub warnings: Vec<String>,
    /// Every token's children, built once the parse is final (see
    /// [`Analysis::index_children`]): token t's are
    /// `kids[kid_starts[t]..kid_starts[t + 1]]`, in text order.
    kid_starts: Vec<u32>,
    kids: Vec<u32>,
}

impl Analysis {
    /// The tokens of sentence `i`.
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        self.sentences
            .get(i)
            .and_then(|s| self.tokens.get(s.tokens.clone()))
            .unwrap_or(&[])
    }

    /// The children of token `t` (absolute indices), in text order. Read
    /// from the index `analyse` builds; an analysis put together by hand
    /// (no index) scans the window of the sentence that holds `t` instead:
    /// heads never leave the parser's window (`nlp::parser::WINDOW` tokens
    /// of a sentence), so the cost is bounded however long the sentence.
    pub fn children(&self, t: usize) -> impl Iterator<Item = usize> + '_ {
        let indexed = self.kid_starts.len() == self.tokens.len() + 1 && t < self.tokens.len();
        let (listed, scan) = if indexed {
            let (a, b) = (self.kid_starts[t] as usize, self.kid_starts[t + 1] as usize);
            (&self.kids[a..b], 0..0)
        } else {
            let range = self
                .sentences
                .get(self.sentence_of_token(t))
                .map_or(0..0, |s| {
                    let w = crate::nlp::parser::WINDOW;
                    let start = s.tokens.start + (t.saturating_sub(s.tokens.start) / w) * w;
                    start..(start + w).min(s.tokens.end)
                });
            (&[][..], range)
        };
        listed
            .iter()
            .map(|&k| k as usize)
            .chain(scan.filter(move |&k| self.tokens[k].head == Some(t)))
    }

    /// Build the index [`Analysis::children`] reads; call again after
    /// changing any head.
    pub fn index_children(&mut self) {
        let n = self.tokens.len();
        let mut count = vec![0u32; n + 1];
        for tok in &self.tokens {
            if let Some(h) = tok.head.filter(|&h| h < n) {
                count[h + 1] += 1;
            }
        }
        for i in 0..n {
            count[i + 1] += count[i];
        }
        let mut next = count.clone();
        let mut kids = vec![0u32; count[n] as usize];
        for (k, tok) in self.tokens.iter().enumerate() {
            if let Some(h) = tok.head.filter(|&h| h < n) {
                kids[next[h] as usize] = k as u32;
                next[h] += 1;
            }
        }
        self.kid_starts = count;
        self.kids = kids;
    }

    /// The token heading the words of `span` in the parse: the first of
    /// its tokens whose head lies outside it ("Mukasa" in "Joseph Mukasa").
    pub fn span_head(&self, span: &Range<usize>) -> Option<usize> {
        let first = self.tokens.partition_point(|t| t.span.end <= span.start);
        (first..self.tokens.len())
            .take_while(|&k| self.tokens[k].span.start < span.end)
            .find(|&k| {
                self.tokens[k]
                    .head
                    .is_none_or(|h| !span.contains(&self.tokens[h].span.start))
            })
    }

    /// The sentence holding token `t` (binary search).
    pub fn sentence_of_token(&self, t: usize) -> usize {
        self.sentences.partition_point(|s| s.tokens.end <= t)
    }

    /// The sentence that contains byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        (i < self.sentences.len() && self.sentences[i].span.start <= offset).then_some(i)
    }

    /// The quotation whose marks enclose byte `offset`, if any. Quotations
    /// are sorted and never overlap, so this is a binary search.
    pub fn quotation_at(&self, offset: usize) -> Option<&Quotation> {
        let i = self.quotations.partition_point(|q| q.outer.end <= offset);
        self.quotations.get(i).filter(|q| q.outer.start <= offset)
    }

    /// Quotations that start inside sentence `i`.
    pub fn quotations_in(&self, i: usize) -> impl Iterator<Item = &Quotation> {
        self.quotations
            .iter()
            .filter(move |q| q.sentences.start == i)
    }
}

/// `s` made safe to print on a terminal: line breaks as `⏎`, tabs as a
/// space, carriage returns dropped, other C0 controls as their Unicode
/// control pictures (ESC is `␛`), DEL as `␡`, and C1 controls as `\x9b`.
/// For tables people read; CSV, TSV, JSON and RDF stay exact.
pub fn visible(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\r' => {}
            '\n' => out.push('⏎'),
            '\t' => out.push(' '),
            c if (c as u32) < 0x20 => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('?')),
            '\u{7f}' => out.push('\u{2421}'),
            c if ('\u{80}'..='\u{9f}').contains(&c) => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

/// `s` with every run of white space (hard-wrapped lines, no-break spaces)
/// made one space, and trimmed: how names, quotes and topics are shown.
pub fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Tag and parse one sentence's words. A dateline opening the sentence
/// ("WASHINGTON –", "Lisbon, Portugal —", "GENEVA (Reuters) -") is parsed
/// apart from the sentence after it, whose parse it would otherwise
/// derail (the place taken for the root, the verb for a clause of it),
/// and hangs on that sentence's root (`dep`, the dash `punct`).
fn parse_words(model: &crate::nlp::Model, words: &[&str]) -> crate::nlp::SentenceParse {
    let whole = |words: &[&str]| {
        let (lexes, mut tags) = model.tagger.tag_words(words);
        repair::title_openers(words, &mut tags, model);
        repair::country_names(words, &mut tags, model);
        let arcs = model.parser.parse(&lexes, &tags);
        crate::nlp::SentenceParse { tags, arcs, lexes }
    };
    // (A sentence parsed in windows keeps its windows where they are.)
    let Some(dash) = dateline_dash(words).filter(|_| words.len() <= crate::nlp::parser::WINDOW)
    else {
        return whole(words);
    };
    let head = whole(&words[..dash]);
    let mut rest = whole(&words[dash + 1..]);
    let label = |name: &str| model.parser.labels.iter().position(|l| l == name);
    let (Some(dep), Some(punct)) = (label("dep"), label("punct")) else {
        return whole(words);
    };
    let at = dash + 1;
    let root = rest.arcs.iter().position(|a| a.0.is_none()).unwrap_or(0) + at;
    // The dash is punctuation (the class of ":" in the treebank).
    let dash_tag = (0..model.tagger.upos.len())
        .find(|&k| model.upos(k) == "PUNCT" && model.xpos(k) == ":")
        .unwrap_or_else(|| model.tagger.tag_words(&words[dash..=dash]).1[0]);
    let mut out = crate::nlp::SentenceParse::default();
    out.tags.extend(head.tags);
    out.tags.push(dash_tag);
    out.tags.append(&mut rest.tags);
    out.lexes.extend(head.lexes);
    out.lexes.push(crate::nlp::tagger::lex(words[dash]));
    out.lexes.append(&mut rest.lexes);
    out.arcs.extend(head.arcs.iter().map(|&(h, l)| match h {
        Some(h) => (Some(h), l),
        None => (Some(root), dep),
    }));
    out.arcs.push((Some(root), punct));
    out.arcs
        .extend(rest.arcs.iter().map(|&(h, l)| (h.map(|h| h + at), l)));
    out
}

/// The index of the dash ending a dateline that opens a sentence: one to
/// six words, all in capitals ("WASHINGTON", "NEW YORK") or a place and
/// its country or state after a comma ("Lisbon, Portugal", "WASHINGTON,
/// D.C."), an agency in brackets allowed, then a dash and at least three
/// words.
fn dateline_dash(words: &[&str]) -> Option<usize> {
    let dash = words
        .iter()
        .take(9)
        .position(|w| matches!(*w, "—" | "–" | "-" | "--"))?;
    if dash == 0 || words.len() < dash + 4 {
        return None;
    }
    let prefix = &words[..dash];
    let mut bracket = false;
    let mut named = 0;
    let mut comma = false;
    let mut capitals = true;
    for w in prefix {
        match *w {
            "(" => bracket = true,
            ")" => bracket = false,
            "," => comma = true,
            w if bracket => {
                let _ = w;
            }
            w => {
                if !w.starts_with(char::is_uppercase) {
                    return None;
                }
                named += 1;
                capitals &= !w.chars().any(char::is_lowercase);
            }
        }
    }
    ((1..=6).contains(&named) && (capitals || comma)).then_some(dash)
}

/// Analyse `text[body]`; every span indexes `text` and lies inside `body`.
/// A `body` out of range or off character boundaries is shrunk to fit.
pub fn analyse(text: &str, body: Range<usize>) -> Analysis {
    let body = clamp(text, body);
    let layout = layout::layout(text, body);
    let mut a = Analysis::default();
    let mut units = Vec::new();
    let mut toks = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    let model = crate::nlp::builtin();
    for seg in &layout.segments {
        units.clear();
        sentences::split(text, seg.range.clone(), &mut units);
        let alone = units.len() == 1;
        for (k, unit) in units.iter().enumerate() {
            let heading = seg.atx_heading
                || (alone && !seg.list_item && !ends_with_punctuation(&text[unit.clone()]));
            toks.clear();
            tokens::tokenize(&text[unit.clone()], &mut toks);
            let first = a.tokens.len();
            words.clear();
            words.extend(
                toks.iter()
                    .map(|&(off, len, _)| &text[unit.start + off..unit.start + off + len]),
            );
            let parse = parse_words(model, &words);
            a.tokens
                .extend(toks.iter().enumerate().map(|(k, &(off, len, kind))| {
                    let (head, label) = parse.arcs[k];
                    Token {
                        span: unit.start + off..unit.start + off + len,
                        kind,
                        upos: model.upos(parse.tags[k]),
                        xpos: model.xpos(parse.tags[k]),
                        head: head.map(|h| first + h),
                        deprel: model.deprel(label),
                    }
                }));
            repair::mend(text, &mut a.tokens[first..], first);
            for (x, y, kind) in model.names.spans(&words, &parse, &model.parser.labels) {
                let kind = match kind {
                    0 => NameKind::Person,
                    1 => NameKind::Organization,
                    _ => NameKind::Place,
                };
                a.names.push(Name {
                    tokens: first + x..first + y,
                    kind,
                });
            }
            a.sentences.push(Sentence {
                span: unit.clone(),
                tokens: first..a.tokens.len(),
                heading,
                paragraph_start: seg.paragraph_start && k == 0,
            });
        }
    }
    a.quotations = quotes::quotations(text, &layout, &a.sentences, &mut a.warnings);
    a.index_children();
    a
}

/// Does the unit end like a sentence (or a lead-in ending in ':')? Closing
/// quotes, brackets and emphasis marks after the punctuation are ignored.
fn ends_with_punctuation(s: &str) -> bool {
    let core = s.trim_end_matches(['"', '”', '’', '\'', ')', ']', '*', '_', '»']);
    core.ends_with(['.', '!', '?', '…', ':', ';', ','])
}

/// `body` limited to the text and shrunk to character boundaries, so that
/// every span stays inside the caller's range.
fn clamp(text: &str, body: Range<usize>) -> Range<usize> {
    let mut end = body.end.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1; // terminates: 0 is always a boundary
    }
    let mut start = body.start.min(end);
    while !text.is_char_boundary(start) {
        start += 1; // terminates: `end` is a boundary and `start < end`
    }
    start..end
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod visible_tests {
    #[test]
    fn control_characters_are_shown_not_sent() {
        let v = super::visible("a\u{1b}[31mred\r\nb\tc\u{7f}\u{9b}d");
        assert_eq!(v, "a␛[31mred⏎b c␡\\x9bd");
        assert!(!v.chars().any(char::is_control));
    }
}
