//! A document: one article as read, with its metadata.
//!
//! Offsets everywhere in parley index `Document::text`, which is the whole
//! content as read (front matter included for files, the `text` field for a
//! JSONL record), so `&doc.text[span]` is always the evidence.

use std::ops::Range;

/// One article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    /// Stable identifier: front matter `id`, a JSONL `id`, or the file stem.
    pub id: String,
    pub title: Option<String>,
    /// Publication date as written in the metadata (usually ISO `YYYY-MM-DD`).
    pub date: Option<String>,
    pub source: Option<String>,
    /// Where the document was read from (a path, `-`, or `path:line` for JSONL).
    pub origin: String,
    /// The full text as read.
    pub text: String,
    /// The part of `text` that is the article body (after any front matter).
    pub body: Range<usize>,
}

impl Document {
    /// A document whose whole text is its body.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let body = 0..text.len();
        Document {
            id: id.into(),
            origin: String::new(),
            text,
            body,
            ..Default::default()
        }
    }

    /// The ISO date `YYYY-MM-DD` at the start of `date`, when there is one.
    pub fn iso_date(&self) -> Option<(i32, u32, u32)> {
        let d = self.date.as_deref()?.trim();
        let b = d.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let y = d[0..4].parse().ok()?;
        let m = d[5..7].parse().ok()?;
        let dd = d[8..10].parse().ok()?;
        Some((y, m, dd))
    }
}
