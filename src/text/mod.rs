//! Text analysis: sentences, tokens and quotations, all as byte spans into
//! the document's text. Pure: no I/O, no panics on any input.

use std::ops::Range;

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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Range<usize>,
    pub kind: TokenKind,
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

/// Everything the analysis stage finds in one document.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    pub quotations: Vec<Quotation>,
    /// Problems worth telling the user (unbalanced quotation marks, ...).
    pub warnings: Vec<String>,
}

impl Analysis {
    /// The tokens of sentence `i`.
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        self.sentences
            .get(i)
            .map(|s| &self.tokens[s.tokens.clone()])
            .unwrap_or(&[])
    }

    /// The sentence that contains byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        (i < self.sentences.len() && self.sentences[i].span.start <= offset).then_some(i)
    }

    /// Quotations that start inside sentence `i`.
    pub fn quotations_in(&self, i: usize) -> impl Iterator<Item = &Quotation> {
        self.quotations
            .iter()
            .filter(move |q| q.sentences.start == i)
    }
}

/// Analyse `text[body]`; every span indexes `text`.
pub fn analyse(text: &str, body: Range<usize>) -> Analysis {
    let body = clamp(text, body);
    let mut a = Analysis::default();
    // Naive placeholder: lines and full stops. Replaced by the real splitter.
    let mut start = body.start;
    for (i, ch) in text[body.clone()].char_indices() {
        let at = body.start + i;
        if ch == '\n' || ch == '.' {
            let end = if ch == '.' { at + 1 } else { at };
            push_sentence(text, &mut a, start..end);
            start = at + ch.len_utf8();
        }
    }
    push_sentence(text, &mut a, start..body.end);
    a
}

fn clamp(text: &str, body: Range<usize>) -> Range<usize> {
    let end = body.end.min(text.len());
    let start = body.start.min(end);
    if text.is_char_boundary(start) && text.is_char_boundary(end) {
        start..end
    } else {
        0..text.len()
    }
}

fn push_sentence(text: &str, a: &mut Analysis, span: Range<usize>) {
    let s = &text[span.clone()];
    let trimmed = s.trim();
    if trimmed.is_empty() {
        return;
    }
    let lead = s.len() - s.trim_start().len();
    let span = span.start + lead..span.start + lead + trimmed.len();
    let first = a.tokens.len();
    for (off, len, kind) in tokenize(trimmed) {
        a.tokens.push(Token {
            span: span.start + off..span.start + off + len,
            kind,
        });
    }
    a.sentences.push(Sentence {
        span,
        tokens: first..a.tokens.len(),
        heading: false,
        paragraph_start: false,
    });
}

fn tokenize(s: &str) -> Vec<(usize, usize, TokenKind)> {
    let mut out = Vec::new();
    let mut word: Option<usize> = None;
    for (i, c) in s.char_indices() {
        if c.is_alphanumeric() || (word.is_some() && (c == '-' || c == '\'')) {
            if word.is_none() {
                word = Some(i);
            }
            continue;
        }
        if let Some(w) = word.take() {
            out.push((w, i - w, TokenKind::Word));
        }
        if !c.is_whitespace() {
            out.push((i, c.len_utf8(), TokenKind::Punct));
        }
    }
    if let Some(w) = word {
        out.push((w, s.len() - w, TokenKind::Word));
    }
    out
}
