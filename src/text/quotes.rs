//! Quotations: spans between quotation marks, paragraph by paragraph.
//!
//! Curly double quotes pair by direction, straight double quotes by
//! alternation. Single quotes, curly or straight, make a quotation only
//! when they clearly open one (after a space, bracket or dash, before a
//! non-space; a straight one before a letter) and close before a
//! non-letter, so apostrophes (`Iran’s`, `'90s`) never do; inside a double
//! quotation they are nested quotes and belong to it. A quotation never
//! crosses a paragraph: one left open is closed at the paragraph end, with a
//! warning unless the next paragraph opens with a quotation mark (the news
//! convention for a quotation running over several paragraphs). Pull-quotes
//! found by `layout` ("...\n— Name") become quotations with a
//! `dash_attribution`.

use std::ops::Range;

use super::layout::Layout;
use super::{Quotation, Sentence};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Double,
    Single,
    /// A straight single quote ('very prompt'), paired like a curly one.
    Straight,
}

#[derive(Debug, Clone, Copy)]
struct Open {
    mark: Mark,
    at: usize,
    len: usize,
}

fn is_opening_context(prev: Option<char>) -> bool {
    prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | '“' | '"'))
}

/// All quotations of the document, in text order.
pub(crate) fn quotations(
    text: &str,
    layout: &Layout,
    sentences: &[Sentence],
    warnings: &mut Vec<String>,
) -> Vec<Quotation> {
    let mut found: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    for (p, para) in layout.paragraphs.iter().enumerate() {
        let next_opens = layout
            .paragraphs
            .get(p + 1)
            .and_then(|n| text[n.clone()].chars().next())
            .is_some_and(|c| matches!(c, '“' | '"'));
        scan_paragraph(text, para.clone(), next_opens, &mut found, warnings);
    }

    let mut out: Vec<Quotation> = found
        .into_iter()
        .map(|(outer, span)| Quotation {
            sentences: sentences_overlapping(sentences, &outer),
            span,
            outer,
            dash_attribution: None,
        })
        .collect();

    let mut extra = Vec::new();
    for pq in &layout.pull_quotes {
        let first = out.partition_point(|q| q.outer.end <= pq.quote.start);
        let overlapping = out[first..]
            .iter()
            .take_while(|q| q.outer.start < pq.quote.end)
            .count();
        match overlapping {
            0 => extra.push(Quotation {
                span: pq.quote.clone(),
                outer: pq.quote.clone(),
                sentences: sentences_overlapping(sentences, &pq.quote),
                dash_attribution: Some(pq.name.clone()),
            }),
            1 => {
                // The whole pull-quote is one quotation (a final full stop
                // after the closing mark aside): attribute it.
                let q = &mut out[first];
                let tail = text.get(q.outer.end..pq.quote.end).unwrap_or("");
                if q.outer.start == pq.quote.start && !tail.chars().any(char::is_alphanumeric) {
                    q.dash_attribution = Some(pq.name.clone());
                }
            }
            _ => {}
        }
    }
    if !extra.is_empty() {
        out.extend(extra);
        out.sort_by_key(|q| q.outer.start);
    }
    out
}

fn sentences_overlapping(sentences: &[Sentence], span: &Range<usize>) -> Range<usize> {
    let first = sentences.partition_point(|s| s.span.end <= span.start);
    let last = sentences.partition_point(|s| s.span.start < span.end);
    first..last.max(first)
}

/// Quotations of one paragraph as `(outer, span)` pairs.
fn scan_paragraph(
    text: &str,
    para: Range<usize>,
    next_opens: bool,
    found: &mut Vec<(Range<usize>, Range<usize>)>,
    warnings: &mut Vec<String>,
) {
    let s = &text[para.clone()];
    let base = para.start;
    let mut open: Option<Open> = None;
    let mut prev: Option<char> = None;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let at = base + i;
        match c {
            '“' => {
                if let Some(o) = open {
                    if o.mark == Mark::Double {
                        warnings.push(format!("unbalanced quotation mark at byte {}", o.at));
                        close(text, o, at, 0, found);
                    }
                }
                open = Some(Open {
                    mark: Mark::Double,
                    at,
                    len: c.len_utf8(),
                });
            }
            '”' => match open {
                Some(o) if o.mark == Mark::Double => {
                    close(text, o, at, c.len_utf8(), found);
                    open = None;
                }
                _ => warnings.push(format!("unbalanced quotation mark at byte {at}")),
            },
            '"' => match open {
                Some(o) if o.mark == Mark::Double => {
                    close(text, o, at, 1, found);
                    open = None;
                }
                _ => {
                    open = Some(Open {
                        mark: Mark::Double,
                        at,
                        len: 1,
                    })
                }
            },
            '‘' if open.is_none()
                && is_opening_context(prev)
                && next.is_some_and(|n| !n.is_whitespace()) =>
            {
                open = Some(Open {
                    mark: Mark::Single,
                    at,
                    len: c.len_utf8(),
                });
            }
            // ("a 'very prompt' withdrawal": a straight single quote opens
            // before a letter only, so "'90s" does not.)
            '\'' if open.is_none()
                && is_opening_context(prev)
                && next.is_some_and(char::is_alphabetic) =>
            {
                open = Some(Open {
                    mark: Mark::Straight,
                    at,
                    len: 1,
                });
            }
            '\'' | '’' => {
                // A single quote closes one of its own kind, after a
                // non-space and before a non-letter.
                let kind = if c == '’' {
                    Mark::Single
                } else {
                    Mark::Straight
                };
                if let Some(o) = open {
                    let closes = o.mark == kind
                        && prev.is_some_and(|p| !p.is_whitespace())
                        && !next.is_some_and(char::is_alphanumeric);
                    if closes {
                        close(text, o, at, c.len_utf8(), found);
                        open = None;
                    }
                }
            }
            _ => {}
        }
        prev = Some(c);
    }
    if let Some(o) = open {
        // A single quote left open was an apostrophe or a stray mark: no
        // quotation, no warning.
        if o.mark == Mark::Double {
            if !next_opens {
                warnings.push(format!("unbalanced quotation mark at byte {}", o.at));
            }
            close(text, o, para.end, 0, found);
        }
    }
}

/// Record the quotation opened by `o` and closed by the mark at `end` of
/// length `mark_len` (0: closed by the paragraph end or another opener).
fn close(
    text: &str,
    o: Open,
    end: usize,
    mark_len: usize,
    found: &mut Vec<(Range<usize>, Range<usize>)>,
) {
    let inner_start = o.at + o.len;
    let inner = &text[inner_start..end];
    let trimmed = inner.trim();
    if trimmed.is_empty() {
        return;
    }
    let lead = inner.len() - inner.trim_start().len();
    let span = inner_start + lead..inner_start + lead + trimmed.len();
    let outer_end = if mark_len == 0 {
        span.end
    } else {
        end + mark_len
    };
    found.push((o.at..outer_end, span));
}

#[cfg(test)]
mod tests {
    use crate::text::analyse;

    /// Quotations of `text` as their inner strings, and the warning count.
    fn check(text: &str, expected: &[&str], warnings: usize) {
        let a = analyse(text, 0..text.len());
        let got: Vec<&str> = a.quotations.iter().map(|q| &text[q.span.clone()]).collect();
        assert_eq!(got, expected, "input: {text:?}");
        assert_eq!(
            a.warnings.len(),
            warnings,
            "input: {text:?}: {:?}",
            a.warnings
        );
    }

    #[test]
    fn table() {
        check("He said “we agree” today.", &["we agree"], 0);
        check(
            "He said \"we agree\" and \"we go\".",
            &["we agree", "we go"],
            0,
        );
        check(
            "“We agree,” he said. “We will go.”",
            &["We agree,", "We will go."],
            0,
        );
        check("Iran’s envoy said ‘no deal’ twice.", &["no deal"], 0);
        check("The states’ envoys met at Oman’s palace.", &[], 0);
        // Straight single quotes, paired the same way.
        check(
            "She expected a 'very prompt' withdrawal.",
            &["very prompt"],
            0,
        );
        check(
            "The leaders' envoys met in the '90s at Oman's palace.",
            &[],
            0,
        );
        check(
            "He said \"it is a 'red line' for us.\"",
            &["it is a 'red line' for us."],
            0,
        );
        check(
            "He said “it is a ‘red line’ for us.”",
            &["it is a ‘red line’ for us."],
            0,
        );
        check(
            "He said “we agree. Nothing else",
            &["we agree. Nothing else"],
            1,
        );
        check("Stray ” mark.", &[], 1);
        check(
            "“One.\n\n“Two, still quoted.”",
            &["One.", "Two, still quoted."],
            0,
        );
        // A line without letters is markup, not text.
        check("“", &[], 0);
        check("“Yes", &["Yes"], 1);
        check("He said “yes\n\nNo.", &["yes"], 1);
        check("\"\"", &[], 0);
    }

    #[test]
    fn quotation_over_sentences() {
        let text = "He said: “We agree. We will go.” Then he left.";
        let a = analyse(text, 0..text.len());
        assert_eq!(a.quotations.len(), 1);
        assert_eq!(a.quotations[0].sentences, 0..2);
        assert_eq!(
            &text[a.quotations[0].outer.clone()],
            "“We agree. We will go.”"
        );
    }

    #[test]
    fn pull_quote_with_marks() {
        let text = "“We will not give up.”\n\n— Jane Roe\n";
        let a = analyse(text, 0..text.len());
        assert_eq!(a.quotations.len(), 1);
        let name = a.quotations[0].dash_attribution.clone().map(|r| &text[r]);
        assert_eq!(name, Some("Jane Roe"));
    }

    #[test]
    fn pull_quote_without_marks() {
        let text = "Peace takes patience.\n—John Doe, envoy\nThe talks went on.\n";
        let a = analyse(text, 0..text.len());
        assert_eq!(a.quotations.len(), 1);
        let q = &a.quotations[0];
        assert_eq!(&text[q.span.clone()], "Peace takes patience.");
        assert_eq!(
            q.dash_attribution.clone().map(|r| &text[r]),
            Some("John Doe, envoy")
        );
    }
}
