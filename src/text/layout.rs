//! Layout: lines, paragraphs and the segments the sentence splitter works on.
//!
//! News text comes in two layouts. In the *line* layout (wire copy, Wikinews,
//! plain text) every line is a paragraph or a heading. In the *wrapped* layout
//! (Markdown converted by pandoc) paragraphs are hard-wrapped at about 72
//! columns and separated by blank lines, so the lines of one paragraph are
//! joined. The layout is guessed once per document from its line lengths.
//!
//! A segment is a stretch of text that no sentence crosses: a line in the line
//! layout, a paragraph, list item, heading, or the part of a paragraph up to a
//! line ending in ':' or a Markdown hard break in the wrapped layout. Markdown
//! markers (`# `, `- `, `1. `, `> `) are left out of segments, and lines
//! without letters or digits (`<!-- -->`, `\###`, `***`) end a paragraph and
//! are skipped.

use std::ops::Range;

#[derive(Debug, Clone)]
pub(crate) struct Segment {
    pub range: Range<usize>,
    pub paragraph_start: bool,
    /// A Markdown `#` heading.
    pub atx_heading: bool,
    pub list_item: bool,
}

/// A pull-quote: a paragraph (or the start of a line) attributed by a
/// following "— Name".
#[derive(Debug, Clone)]
pub(crate) struct PullQuote {
    pub quote: Range<usize>,
    pub name: Range<usize>,
}

#[derive(Debug, Default)]
pub(crate) struct Layout {
    pub segments: Vec<Segment>,
    /// Paragraph extents, in order; quotations never cross one.
    pub paragraphs: Vec<Range<usize>>,
    pub pull_quotes: Vec<PullQuote>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    Blank,
    /// No letter or digit: markup such as `<!-- -->` or `\###`.
    Markup,
    Text,
}

#[derive(Debug, Clone)]
struct Line {
    kind: LineKind,
    /// Trimmed line, markers included.
    raw: Range<usize>,
    /// Trimmed line without Markdown markers.
    content: Range<usize>,
    /// Length of the whole line in characters, up to a little more than any
    /// wrapping width (for guessing the layout).
    chars: usize,
    list_item: bool,
    atx_heading: bool,
    /// Ends with two spaces: a Markdown hard line break.
    hard_break: bool,
}

const DASHES: [char; 3] = ['—', '–', '-'];

/// Split `text[body]` into lines and classify them.
fn lines(text: &str, body: Range<usize>) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = body.start;
    let slice = &text[body.clone()];
    let mut push = |from: usize, to: usize| {
        let line = &text[from..to];
        let line = line.strip_suffix('\r').unwrap_or(line);
        let trimmed_start = line.trim_start();
        let lead = line.len() - trimmed_start.len();
        let trimmed = trimmed_start.trim_end();
        let raw = from + lead..from + lead + trimmed.len();
        let hard_break = line.ends_with("  ") && !trimmed.is_empty();
        let kind = if trimmed.is_empty() {
            LineKind::Blank
        } else if !trimmed.chars().any(char::is_alphanumeric) {
            LineKind::Markup
        } else {
            LineKind::Text
        };
        let (marker, list_item, atx_heading) = markers(trimmed);
        out.push(Line {
            kind,
            content: raw.start + marker..raw.end,
            raw,
            chars: line.chars().take(1000).count(),
            list_item,
            atx_heading,
            hard_break,
        });
    };
    for (i, b) in slice.bytes().enumerate() {
        if b == b'\n' {
            push(start, body.start + i);
            start = body.start + i + 1;
        }
    }
    push(start, body.end);
    out
}

/// Length of the Markdown markers at the start of a trimmed line, and whether
/// they make it a list item or a `#` heading.
fn markers(line: &str) -> (usize, bool, bool) {
    let mut at = 0;
    // Block quotes: "> ", possibly nested.
    while let Some(rest) = line[at..].strip_prefix('>') {
        at = line.len() - rest.trim_start().len();
    }
    let rest = &line[at..];
    let hashes = rest.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && rest[hashes..].starts_with([' ', '\t']) {
        let after = rest[hashes..].trim_start();
        return (line.len() - after.len(), false, true);
    }
    let bullet = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '*' | '+' | '•'));
    if let Some(b) = bullet {
        let after = &rest[b.len_utf8()..];
        if after.starts_with([' ', '\t']) {
            return (line.len() - after.trim_start().len(), true, false);
        }
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let after = &rest[digits..];
        if let Some(after) = after.strip_prefix(['.', ')']) {
            if after.starts_with([' ', '\t']) {
                return (line.len() - after.trim_start().len(), true, false);
            }
        }
    }
    (at, false, false)
}

/// Guess the wrapped layout. A hard-wrapping tool breaks a line only when the
/// next word would not fit, so in wrapped text many lines that continue on
/// the next line (and do not end a sentence) are nearly as long as the widest
/// line: their length plus the next line's first word exceeds it. Headings
/// in the line layout fail that test, and long lines rule the layout out.
/// The width is that of the widest line another line continues, so that a
/// headline alone above the text does not set it.
fn is_wrapped(lines: &[Line], text: &str) -> bool {
    const WRAP_MAX: usize = 100;
    // A wrapping tool cannot break a long link: a line that holds one
    // unbroken word of 40 characters or more ("](https://...)") says
    // nothing of the width or of long lines.
    let unbreakable = |l: &Line| {
        l.chars >= 40
            && text[l.raw.clone()]
                .split_whitespace()
                .any(|w| w.chars().count() >= 40)
    };
    // The width: near the top of the continued lines' lengths, so that a
    // line or two made longer by hand does not set it.
    let mut widths: Vec<usize> = lines
        .iter()
        .zip(lines.iter().skip(1))
        .filter(|(l, next)| {
            l.kind == LineKind::Text
                && l.chars <= WRAP_MAX
                && next.kind == LineKind::Text
                && !unbreakable(l)
        })
        .map(|(l, _)| l.chars)
        .collect();
    widths.sort_unstable_by(|a, b| b.cmp(a));
    let width = widths.get(widths.len() / 5).copied().unwrap_or(0);
    let mut evidence = 0usize;
    let mut long = 0usize;
    for (i, line) in lines.iter().enumerate() {
        if line.kind != LineKind::Text {
            continue;
        }
        if unbreakable(line) {
            continue;
        }
        if line.chars > WRAP_MAX {
            long += 1;
            continue;
        }
        let Some(next) = lines
            .get(i + 1)
            .filter(|n| n.kind == LineKind::Text && !n.list_item && !n.atx_heading)
        else {
            continue;
        };
        let next_word = text[next.content.clone()]
            .split_whitespace()
            .next()
            .map_or(0, |w| w.chars().count());
        let open_end = !text[line.raw.clone()].ends_with(['.', '!', '?', ':', ';']);
        if line.chars >= 40 && open_end && line.chars + 1 + next_word > width {
            evidence += 1;
        }
    }
    evidence >= 2 && long * 4 <= evidence
}

/// A short name after a dash: starts with a capital, at most eight words, no
/// quotation marks, no final punctuation.
fn is_attribution_name(name: &str) -> bool {
    let starts_upper = name.chars().next().is_some_and(char::is_uppercase);
    if !starts_upper || name.split_whitespace().take(9).count() > 8 {
        return false;
    }
    !name.contains(['"', '“', '”', '—', '–']) && !name.ends_with(['.', '!', '?', ',', ';', ':'])
}

/// "— Name" alone on a line: the span of the name.
fn dash_line_name(text: &str, raw: &Range<usize>) -> Option<Range<usize>> {
    let s = &text[raw.clone()];
    let dash = s.chars().next().filter(|c| DASHES.contains(c))?;
    let after = &s[dash.len_utf8()..];
    // "-   Item" is a Markdown list item, not an attribution.
    if dash == '-' && after.starts_with("  ") {
        return None;
    }
    let name = after.trim_start();
    is_attribution_name(name).then(|| raw.end - name.len()..raw.end)
}

/// "The quote. —Name" at the end of a line: (end of the quote, start of the
/// dash, span of the name). Only em and en dashes: a hyphen is too common.
fn inline_attribution(text: &str, content: &Range<usize>) -> Option<(usize, usize, Range<usize>)> {
    let s = &text[content.clone()];
    let (d, dash) = s
        .char_indices()
        .rev()
        .find(|(_, c)| *c == '—' || *c == '–')?;
    let before = s[..d].chars().next_back()?;
    if !before.is_whitespace() {
        return None;
    }
    let after = &s[d + dash.len_utf8()..];
    let name = after.trim_start();
    if !is_attribution_name(name) {
        return None;
    }
    let quote = s[..d].trim_end();
    if !quote.chars().any(char::is_alphanumeric) {
        return None;
    }
    // Prose uses spaced dashes too ("one man — the envoy"), so a space after
    // the dash needs a quote that visibly ends.
    let spaced = after.starts_with(char::is_whitespace);
    if spaced && !quote.ends_with(['.', '!', '?', '”', '"', '…']) {
        return None;
    }
    let start = content.start;
    Some((
        start + quote.len(),
        start + d,
        content.end - name.len()..content.end,
    ))
}

/// The layout of `text[body]`.
pub(crate) fn layout(text: &str, body: Range<usize>) -> Layout {
    let lines = lines(text, body);
    let wrapped = is_wrapped(&lines, text);
    let mut out = Layout::default();
    // Index of the segment the next line may extend (wrapped layout only).
    let mut open: Option<usize> = None;
    let mut paragraph_open = false;
    let mut last_text: Option<usize> = None;

    for (i, line) in lines.iter().enumerate() {
        if line.kind != LineKind::Text {
            open = None;
            paragraph_open = false;
            continue;
        }
        let next_breaks = lines.get(i + 1).is_none_or(|n| n.kind != LineKind::Text);
        let alone = !wrapped || next_breaks;

        // A pull-quote attribution on its own line.
        let prev_ok = last_text.is_some_and(|p| {
            let prev = &lines[p];
            !prev.list_item && !text[prev.raw.clone()].ends_with(':')
        });
        if let Some(name) = dash_line_name(text, &line.raw).filter(|_| prev_ok && alone) {
            if let Some(quote) = out.paragraphs.last().cloned() {
                out.pull_quotes.push(PullQuote { quote, name });
            }
            push_segment(&mut out, line.raw.clone(), true, false, false);
            open = None;
            paragraph_open = false;
            last_text = Some(i);
            continue;
        }

        let new_paragraph = !wrapped || !paragraph_open || line.list_item || line.atx_heading;
        let inline = if alone {
            inline_attribution(text, &line.content)
        } else {
            None
        };
        let end = inline.as_ref().map_or(line.content.end, |x| x.0);
        match open.filter(|_| !new_paragraph) {
            Some(seg) => {
                out.segments[seg].range.end = end;
                if let Some(p) = out.paragraphs.last_mut() {
                    p.end = end;
                }
            }
            None => push_segment(
                &mut out,
                line.content.start..end,
                new_paragraph,
                line.atx_heading,
                line.list_item,
            ),
        }
        let has_inline = inline.is_some();
        if let Some((_, dash, name)) = inline {
            let quote_start = out
                .paragraphs
                .last()
                .map_or(line.content.start, |p| p.start);
            out.pull_quotes.push(PullQuote {
                quote: quote_start..end,
                name,
            });
            push_segment(&mut out, dash..line.content.end, false, false, false);
        }
        let closes = !wrapped
            || line.atx_heading
            || line.hard_break
            || text[line.content.clone()].ends_with(':')
            || has_inline;
        open = if closes {
            None
        } else {
            Some(out.segments.len() - 1)
        };
        paragraph_open = !line.atx_heading;
        last_text = Some(i);
    }
    out
}

fn push_segment(
    out: &mut Layout,
    range: Range<usize>,
    paragraph_start: bool,
    atx_heading: bool,
    list_item: bool,
) {
    if paragraph_start || out.paragraphs.is_empty() {
        out.paragraphs.push(range.clone());
    } else if let Some(p) = out.paragraphs.last_mut() {
        p.end = range.end;
    }
    out.segments.push(Segment {
        range,
        paragraph_start,
        atx_heading,
        list_item,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The segments of `text` as strings, paragraph starts marked with `¶`.
    fn segments(text: &str) -> Vec<String> {
        layout(text, 0..text.len())
            .segments
            .iter()
            .map(|s| {
                let mark = if s.paragraph_start { "¶" } else { "" };
                format!("{mark}{}", &text[s.range.clone()])
            })
            .collect()
    }

    const WRAPPED: &str = "# Talks open\n\nThe two delegations met on Monday in the capital of\nthe host country and agreed on an agenda for the coming\nweeks of talks.   \n  \n1.  Both sides will meet again in a month to review the\n    progress.\n-   The mediator will report to the council when the\n    talks end.\n\nThe parties agreed on the following:\nA joint committee will be created.\n<!-- -->\n\\###\n";

    #[test]
    fn wrapped_markdown() {
        assert_eq!(
            segments(WRAPPED),
            [
                "¶Talks open",
                "¶The two delegations met on Monday in the capital of\nthe host country and agreed on an agenda for the coming\nweeks of talks.",
                "¶Both sides will meet again in a month to review the\n    progress.",
                "¶The mediator will report to the council when the\n    talks end.",
                "¶The parties agreed on the following:",
                "A joint committee will be created.",
            ]
        );
    }

    /// A headline wider than the wrapped lines, alone above them, does not
    /// hide the wrapping.
    #[test]
    fn wrapped_under_a_wide_headline() {
        let text = "Readout of the Foreign Minister's Meeting with the Trade Envoy of the Republic\n\nThe minister spoke today with the envoy of the republic. The two\nofficials discussed the harbour project and the fishing dispute that\nhas divided their governments for a decade, and agreed to meet\nagain in the spring to sign an agreement on the harbour.\n";
        assert_eq!(
            segments(text),
            [
                "¶Readout of the Foreign Minister's Meeting with the Trade Envoy of the Republic",
                "¶The minister spoke today with the envoy of the republic. The two\nofficials discussed the harbour project and the fishing dispute that\nhas divided their governments for a decade, and agreed to meet\nagain in the spring to sign an agreement on the harbour.",
            ]
        );
    }

    /// A line made longer by hand does not set the wrap width.
    #[test]
    fn wrapped_with_a_line_edited_by_hand() {
        let text = "The minister spoke today with the envoy of the republic. The two\nofficials discussed the harbour project and the fishing dispute that\nhas divided their governments for a decade, and the ministers of both countries agreed to meet\nagain in the spring to sign an agreement on the harbour, and they\nasked their deputies to prepare the text of the agreement before the\nend of the winter, when the fishing season opens again in the bay.\n";
        assert_eq!(segments(text).len(), 1, "{:#?}", segments(text));
    }

    /// Lines made long by links a wrapping tool cannot break do not rule
    /// the wrapped layout out.
    #[test]
    fn wrapped_with_long_links() {
        let link = "[the plan](https://example.gov/briefing-room/2024/04/23/the-plan-to-expand-the-harbour-and-the-fishing-fleet/)";
        // (One link alone on a line shorter than the longest lines does
        // not set the width either.)
        let short = "[here](https://example.gov/uploads/2025/12/Letter-on-the-harbour.pdf)";
        let text = format!(
            "The minister spoke today with the envoy of the republic about\n{short}\nand the two officials discussed the harbour project and the\nfishing dispute, see {link}, that has divided their governments\nfor a decade, and they agreed to meet again in the spring to sign\n{link}\nat the harbour.\n\nParticipants included:\n\n1.  Ana Ruiz, Senior Advisor to the Minister and Director of\n    the Office of Harbours\n"
        );
        let got = segments(&text);
        assert_eq!(got.len(), 3, "{got:#?}");
        assert!(
            got[2].ends_with("Director of\n    the Office of Harbours"),
            "{got:#?}"
        );
    }

    #[test]
    fn line_layout() {
        let text = "Capital, Country – Talks ended on Monday.\nA heading without a stop\r\nMore text here.\n\n\n";
        assert_eq!(
            segments(text),
            [
                "¶Capital, Country – Talks ended on Monday.",
                "¶A heading without a stop",
                "¶More text here."
            ]
        );
    }

    #[test]
    fn pull_quotes() {
        let text = "We will keep talking until there is peace.\n\n—Jane Roe\n\nThe talks are hard. —John Doe\n\nSome prose with a dash — and More words.\n";
        let l = layout(text, 0..text.len());
        let got: Vec<(&str, &str)> = l
            .pull_quotes
            .iter()
            .map(|p| (&text[p.quote.clone()], &text[p.name.clone()]))
            .collect();
        assert_eq!(
            got,
            [
                ("We will keep talking until there is peace.", "Jane Roe"),
                ("The talks are hard.", "John Doe"),
            ]
        );
        assert_eq!(
            segments(text),
            [
                "¶We will keep talking until there is peace.",
                "¶—Jane Roe",
                "¶The talks are hard.",
                "—John Doe",
                "¶Some prose with a dash — and More words.",
            ]
        );
    }

    #[test]
    fn markers_table() {
        for (line, marker, list, atx) in [
            ("# Title", 2, false, true),
            ("### Title", 4, false, true),
            ("#hashtag", 0, false, false),
            ("- item", 2, true, false),
            ("-   item", 4, true, false),
            ("* item", 2, true, false),
            ("**bold** text", 0, false, false),
            ("1.  item", 4, true, false),
            ("12) item", 4, true, false),
            ("2005. A year", 0, false, false),
            ("> quoted", 2, false, false),
            ("", 0, false, false),
        ] {
            assert_eq!(markers(line), (marker, list, atx), "{line:?}");
        }
    }
}
