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
        // Digits only, so a multi-byte character where a digit should be is
        // no date (rather than a slice inside the character), nor is a sign.
        let number = |at: Range<usize>| -> Option<u32> {
            d.get(at)
                .filter(|s| s.bytes().all(|c| c.is_ascii_digit()))?
                .parse()
                .ok()
        };
        Some((number(0..4)? as i32, number(5..7)?, number(8..10)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates() {
        for (date, expected) in [
            ("2024-03-07", Some((2024, 3, 7))),
            (" 2024-03-07T10:00Z", Some((2024, 3, 7))),
            ("March 7, 2024", None),
            ("2024-03-0", None),
            ("+024-03-07", None),
            // A character of several bytes where a digit should be (found
            // by the fuzzer: slicing there panicked).
            ("2024-03-0\u{fffd}", None),
            ("2024-0\u{e9}-07", None),
            ("\u{e9}024-03-07", None),
        ] {
            let mut doc = Document::new("d", "text");
            doc.date = Some(date.to_string());
            assert_eq!(doc.iso_date(), expected, "{date:?}");
        }
    }
}
