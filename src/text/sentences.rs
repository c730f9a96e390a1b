//! Sentence splitting inside one segment (see `layout`).
//!
//! A sentence ends at `.`, `!`, `?` or `…` (possibly repeated), followed by
//! any closing marks (quotes, brackets, Markdown emphasis), then white space
//! and a character that can open a sentence (not a lower-case letter, not
//! `,;:`). A full stop after an initial or an abbreviation is judged by the
//! abbreviation's kind (see `abbrev`). One left-to-right pass with bounded
//! look-around: linear time.

use std::ops::Range;

use super::abbrev::{self, AbbrevKind};

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Marks that may follow the end of a sentence and belong to it.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '”' | '’' | '\'' | ')' | ']' | '*' | '_' | '»' | '›'
    )
}

fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|r| r.chars().next())
}

/// Split `text[range]` into sentences: trimmed spans that contain at least one
/// letter or digit, pushed to `out` in order.
pub(crate) fn split(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[range.clone()];
    let mut start = 0;
    let mut i = 0;
    while let Some(c) = char_at(s, i) {
        if !is_terminator(c) {
            i += c.len_utf8();
            continue;
        }
        let mut j = i + c.len_utf8();
        let mut run = 1;
        while let Some(t) = char_at(s, j).filter(|&t| is_terminator(t)) {
            j += t.len_utf8();
            run += 1;
        }
        let after_terminators = j;
        while let Some(t) = char_at(s, j).filter(|&t| is_closer(t)) {
            j += t.len_utf8();
        }
        match char_at(s, j) {
            None => break,
            Some(w) if !w.is_whitespace() => {
                i = after_terminators;
                continue;
            }
            Some(_) => {}
        }
        let rest = &s[j..];
        let k = j + (rest.len() - rest.trim_start().len());
        let Some(next) = char_at(s, k) else { break };
        let single_stop = c == '.' && run == 1 && after_terminators == j;
        if opens_sentence(next) && (!single_stop || stop_ends_sentence(s, i, k)) {
            push(text, range.start + start..range.start + j, out);
            start = k;
            i = k;
        } else {
            i = k.max(after_terminators);
        }
    }
    push(text, range.start + start..range.end, out);
}

/// Can `c` be the first character of a sentence?
fn opens_sentence(c: char) -> bool {
    !(c.is_lowercase() || matches!(c, ',' | ';' | ':' | ')' | ']' | '%'))
}

/// Does the full stop at `dot` end a sentence, given that the next sentence
/// would start at `next`?
fn stop_ends_sentence(s: &str, dot: usize, next: usize) -> bool {
    let word = word_before(s, dot);
    if word.is_empty() {
        return true;
    }
    if abbrev::is_initial(word) {
        return false;
    }
    let next_char = char_at(s, next);
    match abbrev::kind(word) {
        Some(AbbrevKind::Title) => false,
        Some(AbbrevKind::Numeric) => !next_char.is_some_and(|c| c.is_ascii_digit()),
        Some(AbbrevKind::Final) => true,
        Some(AbbrevKind::Inner) => starts_sentence_after_abbrev(s, next),
        None if abbrev::is_dotted_acronym(word) => starts_sentence_after_abbrev(s, next),
        None => true,
    }
}

/// The word (letters, digits, inner full stops) that ends at `end`; at most
/// 16 bytes are examined so that runs like "a.a.a.a" stay linear.
fn word_before(s: &str, end: usize) -> &str {
    let mut start = end;
    for (i, c) in s[..end].char_indices().rev() {
        if end - i > 16 || !(c.is_alphanumeric() || c == '.') {
            break;
        }
        start = i;
    }
    s[start..end].trim_start_matches('.')
}

/// The word of letters that starts at `start` (at most 16 bytes).
/// Whether the word at `next` typically opens a sentence, and does not
/// open a title there ("U.S. Under Secretary A" goes on).
fn starts_sentence_after_abbrev(s: &str, next: usize) -> bool {
    let w = word_after(s, next);
    if w == "Under" {
        let rest = s[next + w.len()..].trim_start_matches([' ', '-']);
        if rest.starts_with("Secretary") || rest.starts_with("secretary") {
            return false;
        }
    }
    abbrev::is_sentence_starter(w)
}

fn word_after(s: &str, start: usize) -> &str {
    let rest = &s[start..];
    let mut end = 0;
    for (i, c) in rest.char_indices() {
        if i > 16 || !c.is_alphabetic() {
            break;
        }
        end = i + c.len_utf8();
    }
    &rest[..end]
}

fn push(text: &str, span: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[span.clone()];
    let trimmed = s.trim();
    if !trimmed.chars().any(char::is_alphanumeric) {
        return;
    }
    let lead = s.len() - s.trim_start().len();
    let start = span.start + lead;
    out.push(start..start + trimmed.len());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &[&str]) {
        let mut out = Vec::new();
        split(input, 0..input.len(), &mut out);
        let got: Vec<&str> = out.iter().map(|r| &input[r.clone()]).collect();
        assert_eq!(got, expected, "input: {input:?}");
    }

    #[test]
    fn table() {
        check(
            "The talks ended. Both sides left.",
            &["The talks ended.", "Both sides left."],
        );
        check(
            "Talks with the U.S. began in Rome. The U.S. envoy left.",
            &["Talks with the U.S. began in Rome.", "The U.S. envoy left."],
        );
        check(
            "He met U.S. President Lee. They spoke.",
            &["He met U.S. President Lee.", "They spoke."],
        );
        check(
            "They flew to the U.S. The visit was short.",
            &["They flew to the U.S.", "The visit was short."],
        );
        check(
            "It was attended by U.S. Under Secretary Ann Lee. Under the deal, Bo left.",
            &[
                "It was attended by U.S. Under Secretary Ann Lee.",
                "Under the deal, Bo left.",
            ],
        );
        check(
            "Mr. Smith met Dr. Jones and Gen. Brown at St. Mary's.",
            &["Mr. Smith met Dr. Jones and Gen. Brown at St. Mary's."],
        );
        check(
            "President George W. Bush spoke. Joseph R. Biden Jr. listened.",
            &[
                "President George W. Bush spoke.",
                "Joseph R. Biden Jr. listened.",
            ],
        );
        check(
            "It was signed on Jan. 5 under Resolution No. 242 in Washington, D.C. The vote followed.",
            &[
                "It was signed on Jan. 5 under Resolution No. 242 in Washington, D.C.",
                "The vote followed.",
            ],
        );
        check(
            "He said: “We agree. We will go.” Then he left.",
            &["He said: “We agree.", "We will go.”", "Then he left."],
        );
        check(
            "“We want dignity.” He said it twice.",
            &["“We want dignity.”", "He said it twice."],
        );
        check(
            "“Why now?” he asked. “Because.”",
            &["“Why now?” he asked.", "“Because.”"],
        );
        check(
            "\"We agree.\" The envoy nodded.",
            &["\"We agree.\"", "The envoy nodded."],
        );
        check(
            "Growth was 4.5 percent. Costs rose (by 3%). Then what?! Nobody knows...",
            &[
                "Growth was 4.5 percent.",
                "Costs rose (by 3%).",
                "Then what?!",
                "Nobody knows...",
            ],
        );
        check("It is heavy ... to lift.", &["It is heavy ... to lift."]);
        check(
            "It was **agreed.** The end.",
            &["It was **agreed.**", "The end."],
        );
        check(
            "He saw the report, i.e. the draft. Done.",
            &["He saw the report, i.e. the draft.", "Done."],
        );
        check("", &[]);
        check(" .. ! ", &[]);
        check("No final stop", &["No final stop"]);
        check("Ünïcode wörds. Ça va.", &["Ünïcode wörds.", "Ça va."]);
    }
}
