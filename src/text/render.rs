//! The analysis as text: CoNLL-U (for `parley parse` and other tools) and an
//! aligned table for people.

use super::{collapse_whitespace, Analysis, NameKind};
use crate::Document;
use std::fmt::Write;

/// CoNLL-U: per sentence `# sent_id` (`ARTICLE-N`, N from 1) and `# text`,
/// then one line per token with ten tab-separated columns. LEMMA and FEATS
/// are `_` (parley does not predict them); MISC gives the token's byte span
/// in the article (`TokenRange=START:END`) and `SpaceAfter=No` where the
/// next token follows without a space, and the name finder's IOB2 tag
/// (`NE=B-PER`) on tokens inside a name.
pub fn conllu(doc: &Document, a: &Analysis) -> String {
    let mut out = String::new();
    let tags = name_tags(a);
    for (si, s) in a.sentences.iter().enumerate() {
        let _ = writeln!(out, "# sent_id = {}-{}", doc.id, si + 1);
        let _ = writeln!(
            out,
            "# text = {}",
            collapse_whitespace(&doc.text[s.span.clone()])
        );
        let first = s.tokens.start;
        for k in s.tokens.clone() {
            let t = &a.tokens[k];
            let form = &doc.text[t.span.clone()];
            let head = t.head.map_or(0, |h| h - first + 1);
            let mut misc = format!("TokenRange={}:{}", t.span.start, t.span.end);
            if k + 1 < s.tokens.end && a.tokens[k + 1].span.start == t.span.end {
                misc.push_str("|SpaceAfter=No");
            }
            if let Some(tag) = &tags[k] {
                misc.push_str("|NE=");
                misc.push_str(tag);
            }
            let _ = writeln!(
                out,
                "{}\t{}\t_\t{}\t{}\t_\t{}\t{}\t_\t{}",
                k - first + 1,
                form,
                t.upos,
                t.xpos,
                head,
                t.deprel,
                misc
            );
        }
        out.push('\n');
    }
    out
}

/// An aligned table: per sentence a header line, then each token's number,
/// form, tags, head (number and word), relation, name tag and byte span.
pub fn table(doc: &Document, a: &Analysis) -> String {
    let mut out = String::new();
    let tags = name_tags(a);
    for (si, s) in a.sentences.iter().enumerate() {
        let _ = writeln!(
            out,
            "{} sentence {}: {}",
            super::visible(&doc.id),
            si + 1,
            super::visible(&collapse_whitespace(&doc.text[s.span.clone()]))
        );
        let first = s.tokens.start;
        let width = s
            .tokens
            .clone()
            .map(|k| doc.text[a.tokens[k].span.clone()].chars().count())
            .max()
            .unwrap_or(4)
            .clamp(4, 24);
        for k in s.tokens.clone() {
            let t = &a.tokens[k];
            let form = super::visible(&doc.text[t.span.clone()]);
            let (head, head_word) = match t.head {
                Some(h) => (
                    (h - first + 1).to_string(),
                    super::visible(&doc.text[a.tokens[h].span.clone()]),
                ),
                None => ("0".to_string(), "ROOT".to_string()),
            };
            let _ = writeln!(
                out,
                "  {:>3}  {:<width$}  {:<5}  {:<4}  {:>3} {:<width$}  {:<11}  {:<9}  {}..{}",
                k - first + 1,
                form,
                t.upos,
                t.xpos,
                head,
                head_word,
                t.deprel,
                tags[k].as_deref().unwrap_or("-"),
                t.span.start,
                t.span.end,
            );
        }
        out.push('\n');
    }
    out
}

/// Each token's IOB2 name tag, if it is inside a name.
fn name_tags(a: &Analysis) -> Vec<Option<String>> {
    let mut tags = vec![None; a.tokens.len()];
    for n in &a.names {
        let ty = match n.kind {
            NameKind::Person => "PER",
            NameKind::Organization => "ORG",
            NameKind::Place => "LOC",
        };
        for k in n.tokens.clone() {
            if let Some(slot) = tags.get_mut(k) {
                let bio = if k == n.tokens.start { "B" } else { "I" };
                *slot = Some(format!("{bio}-{ty}"));
            }
        }
    }
    tags
}
