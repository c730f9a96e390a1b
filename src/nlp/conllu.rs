//! Reading CoNLL-U treebanks (https://universaldependencies.org/format.html)
//! and the IOB2 name files of Universal NER.
//!
//! Only the basic tree is read: multiword-token lines (`3-4`) and empty
//! nodes (`8.1`) are skipped, so token `k` of a sentence is the word with ID
//! `k + 1`. A head of 0 (the root) is stored as `None`.

/// One word of a treebank sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub form: String,
    pub upos: String,
    pub xpos: String,
    /// Index of the head word in the sentence; `None` for the root.
    pub head: Option<usize>,
    pub deprel: String,
}

/// One sentence: its `# text`, `# sent_id` and words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TreeSentence {
    pub id: String,
    pub text: String,
    pub words: Vec<Word>,
}

/// Parse a CoNLL-U file's text. Errors name the line.
pub fn parse(text: &str) -> Result<Vec<TreeSentence>, String> {
    let mut out = Vec::new();
    let mut cur = TreeSentence::default();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            cur = TreeSentence::default();
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            let c = c.trim_start();
            if let Some(t) = c.strip_prefix("text =") {
                cur.text = t.trim().to_string();
            } else if let Some(t) = c.strip_prefix("sent_id =") {
                cur.id = t.trim().to_string();
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 8 {
            return Err(format!(
                "line {}: expected 10 tab-separated columns, found {}",
                n + 1,
                cols.len()
            ));
        }
        if cols[0].contains(['-', '.']) {
            continue;
        }
        let id: usize = cols[0]
            .parse()
            .map_err(|_| format!("line {}: bad word ID {:?}", n + 1, cols[0]))?;
        if id != cur.words.len() + 1 {
            return Err(format!("line {}: word ID {id} out of sequence", n + 1));
        }
        let head: usize = cols[6]
            .parse()
            .map_err(|_| format!("line {}: bad HEAD {:?}", n + 1, cols[6]))?;
        cur.words.push(Word {
            form: cols[1].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            head: head.checked_sub(1),
            deprel: cols[7].to_string(),
        });
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    for s in &out {
        if s.words
            .iter()
            .any(|w| w.head.is_some_and(|h| h >= s.words.len()))
        {
            return Err(format!(
                "sentence {}: a HEAD points past the sentence",
                s.id
            ));
        }
    }
    Ok(out)
}

/// One sentence of an IOB2 name file: forms and tags (`B-PER`, `I-ORG`, `O`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NameSentence {
    pub id: String,
    pub forms: Vec<String>,
    pub tags: Vec<String>,
}

/// Parse a Universal NER IOB2 file (ID, FORM, TAG, two unused columns).
pub fn parse_iob2(text: &str) -> Result<Vec<NameSentence>, String> {
    let mut out = Vec::new();
    let mut cur = NameSentence::default();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !cur.forms.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            if let Some(t) = c.trim_start().strip_prefix("sent_id =") {
                cur.id = t.trim().to_string();
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 {
            return Err(format!("line {}: expected ID, FORM and TAG", n + 1));
        }
        if cols[0].contains(['-', '.']) {
            continue;
        }
        cur.forms.push(cols[1].to_string());
        cur.tags.push(cols[2].to_string());
    }
    if !cur.forms.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Typed spans `(start, end, type)` of IOB2 tags; an `I-` without its `B-`
/// opens a span, as conlleval does.
pub fn spans(tags: &[String]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (i, t) in tags.iter().enumerate() {
        let (bio, ty) = match t.split_once('-') {
            Some((b, ty)) => (b, ty),
            None => ("O", ""),
        };
        let continues = bio == "I" && open.as_ref().is_some_and(|(_, o)| o == ty);
        if !continues {
            if let Some((s, o)) = open.take() {
                out.push((s, i, o));
            }
            if bio == "B" || bio == "I" {
                open = Some((i, ty.to_string()));
            }
        }
    }
    if let Some((s, o)) = open {
        out.push((s, tags.len(), o));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_words_and_skips_multiword_tokens() {
        let text = "# sent_id = a-1\n# text = I don't.\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t0\troot\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
        let s = parse(text).unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].text, "I don't.");
        assert_eq!(s[0].words.len(), 4);
        assert_eq!(s[0].words[2].head, None);
        assert_eq!(s[0].words[0].head, Some(2));
    }

    #[test]
    fn bad_lines_are_named() {
        let err = parse("1\tI\tI\n").unwrap_err();
        assert!(err.starts_with("line 1:"), "{err}");
        let err = parse("1\tI\tI\tPRON\tPRP\t_\t9\tnsubj\t_\t_\n").unwrap_err();
        assert!(err.contains("past the sentence"), "{err}");
    }

    #[test]
    fn iob2_spans() {
        let tags: Vec<String> = ["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            spans(&tags),
            vec![
                (0, 2, "PER".into()),
                (3, 4, "LOC".into()),
                (4, 5, "ORG".into()),
                (5, 6, "ORG".into())
            ]
        );
    }
}
