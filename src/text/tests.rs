//! Tests of the whole analysis: layouts, odd inputs, size, and invariants over
//! the shared corpus.

use super::*;

/// Units of `text` as strings, paragraph starts marked `¶`, headings `#`.
fn units(text: &str) -> Vec<String> {
    let a = analyse(text, 0..text.len());
    a.sentences
        .iter()
        .map(|s| {
            let p = if s.paragraph_start { "¶" } else { "" };
            let h = if s.heading { "#" } else { "" };
            format!("{p}{h}{}", &text[s.span.clone()])
        })
        .collect()
}

fn check(text: &str, expected: &[&str]) {
    assert_eq!(units(text), expected, "input: {text:?}");
    invariants(text, 0..text.len());
}

/// What every analysis must satisfy, whatever the input.
fn invariants(text: &str, body: Range<usize>) -> Analysis {
    let a = analyse(text, body.clone());
    let inside = |r: &Range<usize>| {
        body.start <= r.start
            && r.start <= r.end
            && r.end <= body.end
            && text.is_char_boundary(r.start)
            && text.is_char_boundary(r.end)
    };
    let mut last_end = body.start;
    for (i, s) in a.sentences.iter().enumerate() {
        assert!(
            inside(&s.span),
            "sentence {i} {:?} outside {body:?}",
            s.span
        );
        assert!(
            s.span.start >= last_end,
            "sentence {i} overlaps the previous one"
        );
        assert!(!s.span.is_empty());
        last_end = s.span.end;
        assert!(s.tokens.end <= a.tokens.len());
        for t in &a.tokens[s.tokens.clone()] {
            assert!(inside(&t.span) && s.span.start <= t.span.start && t.span.end <= s.span.end);
        }
    }
    let mut token_end = 0;
    for t in &a.tokens {
        assert!(t.span.start >= token_end && !t.span.is_empty());
        token_end = t.span.end;
    }
    // The children index agrees with the heads.
    let mut scanned = vec![Vec::new(); a.tokens.len() + 1];
    for (k, tok) in a.tokens.iter().enumerate() {
        if let Some(h) = tok.head {
            scanned[h].push(k);
        }
    }
    for (t, kids) in scanned.iter().enumerate() {
        assert_eq!(
            &a.children(t).collect::<Vec<_>>(),
            kids,
            "children of token {t}"
        );
    }
    let mut quote_end = body.start;
    for q in &a.quotations {
        assert!(inside(&q.span) && inside(&q.outer), "quotation {q:?}");
        assert!(q.outer.start >= quote_end, "quotations overlap: {q:?}");
        quote_end = q.outer.end;
        assert!(q.outer.start <= q.span.start && q.span.end <= q.outer.end);
        assert!(q.sentences.end <= a.sentences.len());
        if let Some(name) = &q.dash_attribution {
            assert!(inside(name));
        }
    }
    a
}

#[test]
fn layouts() {
    // Dateline: part of the first sentence; date alone on a line: a heading.
    check(
        "Monday, March 3, 2031\n\nLisbon, Portugal – Envoys of two states met on Monday. They spoke for hours.",
        &[
            "¶#Monday, March 3, 2031",
            "¶Lisbon, Portugal – Envoys of two states met on Monday.",
            "They spoke for hours.",
        ],
    );
    // Headline and sub-headings in the line layout; a lead-in ending in ':'.
    check(
        "Envoys meet in Lisbon\nThe talks began. Both sides came.\nA hard agenda\nThe envoy said:\n“We will stay.”",
        &[
            "¶#Envoys meet in Lisbon",
            "¶The talks began.",
            "Both sides came.",
            "¶#A hard agenda",
            "¶The envoy said:",
            "¶“We will stay.”",
        ],
    );
    // Hard-wrapped Markdown with pandoc artefacts.
    check(
        "## Talks in *Lisbon*\n\nThe foreign ministers of the two neighbouring states met on\nMonday in Lisbon and agreed on a **road map** for the\nnext round. Dr. Ana Costa chaired the meeting.  \n  \n-   The ministers will meet again in the spring of next\n    year.\n1.  A joint commission will report to both governments by\n    the end of the year.\n\n<!-- -->\n\n\\###\n",
        &[
            "¶#Talks in *Lisbon*",
            "¶The foreign ministers of the two neighbouring states met on\nMonday in Lisbon and agreed on a **road map** for the\nnext round.",
            "Dr. Ana Costa chaired the meeting.",
            "¶The ministers will meet again in the spring of next\n    year.",
            "¶A joint commission will report to both governments by\n    the end of the year.",
        ],
    );
    // Short lines are not mistaken for hard wrapping: long headings stay
    // headings.
    check(
        "Ministers agree on a new framework for the border talks\nThe ministers of both countries met on Monday to agree on talks.\nThey will meet again in May and report to their parliaments.\nNext steps for the joint border commission and experts\nThe commission will meet monthly.",
        &[
            "¶#Ministers agree on a new framework for the border talks",
            "¶The ministers of both countries met on Monday to agree on talks.",
            "¶They will meet again in May and report to their parliaments.",
            "¶#Next steps for the joint border commission and experts",
            "¶The commission will meet monthly.",
        ],
    );
    // List items in the line layout, with emphasis that is not a bullet.
    check(
        "The delegations:\n* **Envoys** from both states\n* Observers. They sat apart.\n- A mediator",
        &[
            "¶The delegations:",
            "¶**Envoys** from both states",
            "¶Observers.",
            "They sat apart.",
            "¶A mediator",
        ],
    );
    // Abbreviations and initials.
    check(
        "U.S. Secretary of State John Q. Public met Gen. Smith in Washington, D.C. The meeting was brief. Mr. Lee of the U.N. was there.",
        &[
            "¶U.S. Secretary of State John Q. Public met Gen. Smith in Washington, D.C.",
            "The meeting was brief.",
            "Mr. Lee of the U.N. was there.",
        ],
    );
    // A sentence never spans a blank line, even one with spaces in it.
    check(
        "The talks went on\n   \nand on.",
        &["¶#The talks went on", "¶and on."],
    );
    // Windows line endings.
    check(
        "A heading\r\n\r\nFirst one. Second one.\r\n",
        &["¶#A heading", "¶First one.", "Second one."],
    );
    // A pull-quote and its attribution.
    check(
        "“Peace is near.”\n\n— Jane Roe\n",
        &["¶“Peace is near.”", "¶#— Jane Roe"],
    );
}

#[test]
fn tokens_of_sentences() {
    let text = "Oman’s envoy met U.S. officials.";
    let a = analyse(text, 0..text.len());
    let words: Vec<&str> = a
        .sentence_tokens(0)
        .iter()
        .map(|t| &text[t.span.clone()])
        .collect();
    assert_eq!(
        words,
        ["Oman", "’s", "envoy", "met", "U.S.", "officials", "."]
    );
    assert_eq!(a.sentence_at(text.len() - 1), Some(0));
}

#[test]
fn quotation_lookup() {
    let text = "He said “we agree” and “we go”.";
    let a = analyse(text, 0..text.len());
    let inner = |word: &str| {
        let at = text.find(word).unwrap_or(0);
        a.quotation_at(at).map(|q| &text[q.span.clone()])
    };
    assert_eq!(inner("agree"), Some("we agree"));
    assert_eq!(inner("go"), Some("we go"));
    assert_eq!(inner("said"), None);
    assert_eq!(inner("and"), None);
}

#[test]
fn body_is_respected() {
    let text = "---\ntitle: \"x\"\n---\nThe body. It ends here.";
    let body = text.find("The").unwrap_or(0)..text.len();
    let a = invariants(text, body);
    assert_eq!(a.sentences.len(), 2);
    // A body off a character boundary shrinks to the next one.
    let text = "é. A b.";
    let a = invariants(text, 1..text.len());
    assert_eq!(a.sentences.len(), 1);
    let a = invariants(text, 0..100);
    assert_eq!(a.sentences.len(), 2);
}

#[test]
fn odd_inputs_never_panic() {
    for text in [
        "",
        " ",
        "\n\n\n",
        "\"",
        "“”‘’\"\"\"",
        "”",
        "“\n”\n“",
        "— ",
        "—",
        "- ",
        "# ",
        "1. ",
        "...",
        ". . .",
        "a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a. A",
        "Ünïcödé “qüöté” ‘sïnglé’ 日本語。 Ελληνικά. Русский!",
        "He said “no\r\n\r\nShe said ”yes",
        "\u{a0}\u{2028}\u{feff}",
        "Mr.",
        "U.S.",
        "'s",
        "’s ’s",
        "x—Y",
        "word —Name",
        "“ —A",
        "\r",
    ] {
        invariants(text, 0..text.len());
        for cut in 0..=text.len() {
            invariants(text, cut..text.len());
            invariants(text, 0..cut);
        }
    }
}

#[test]
fn random_inputs_keep_invariants() {
    // A small deterministic generator (xorshift) over the characters that
    // drive the analysis, so that odd mixtures are tried without a fuzzer.
    const ALPHABET: &[char] = &[
        'a', 'B', 's', '.', '.', ' ', ' ', '\n', '\n', '\r', '“', '”', '"', '‘', '’', '\'', '—',
        '–', '-', '#', '*', '1', ':', 'é', '日', '\u{a0}', '>', '!', '?', '…', 'U', 'S',
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..3000 {
        let len = (next() % 80) as usize;
        let text: String = (0..len)
            .map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize])
            .collect();
        invariants(&text, 0..text.len());
    }
}

#[test]
fn unbalanced_marks_warn_and_keep_text() {
    let text = "He said “we agree and left.\n\nThen nothing.";
    let a = invariants(text, 0..text.len());
    assert_eq!(a.warnings, ["unbalanced quotation mark at byte 8"]);
    assert_eq!(&text[a.quotations[0].span.clone()], "we agree and left.");
}

#[test]
fn long_single_line_is_linear() {
    // About 2 MB without a newline: a quadratic pass would not finish.
    let sentence = "Mr. Roe met the U.S. envoy in “Lisbon” on Jan. 5, he said. ";
    let n = 2_000_000 / sentence.len();
    let text = sentence.repeat(n);
    let a = invariants(&text, 0..text.len());
    assert_eq!(a.sentences.len(), n);
    assert_eq!(a.quotations.len(), n);
    assert!(a.warnings.is_empty());
}

#[test]
fn shared_corpus_invariants() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/diplomacy");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!(
            "SKIPPED shared_corpus_invariants: {} is not here (no ../shared beside the checkout)",
            dir.display()
        );
        assert!(
            std::env::var_os("PARLEY_REQUIRE_SHARED").is_none(),
            "PARLEY_REQUIRE_SHARED: ../shared must be present"
        );
        return; // The shared corpus is not part of every checkout.
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        // Crude front matter: the body starts after the second "---" line.
        let body_start = text
            .strip_prefix("---\n")
            .and_then(|rest| rest.find("\n---\n"))
            .map_or(0, |i| 4 + i + 5);
        let a = invariants(&text, body_start..text.len());
        assert!(!a.sentences.is_empty(), "{}", path.display());
    }
}

/// A title's first word opening a sentence is no verb: "Foreign Minister
/// A held talks" is tagged and parsed as a title before a name.
#[test]
fn a_title_opening_a_sentence_is_no_verb() {
    for text in [
        "Foreign Minister Lena Vogt held talks with Pablo Ortiz.",
        "Acting President Lena Vogt spoke with Pablo Ortiz.",
    ] {
        let a = analyse(text, 0..text.len());
        let t = &a.tokens;
        assert_eq!(t[0].upos, "ADJ", "{text}: {:?}", t[0]);
        let held = t.iter().position(|x| x.deprel == "root").unwrap();
        assert_eq!(
            &text[t[held].span.clone()],
            if text.starts_with("Foreign") {
                "held"
            } else {
                "spoke"
            }
        );
    }
    // A one-word title before a name is part of the name, wherever it
    // stands.
    let text = "The Vice President and President-elect Pablo Ortiz discussed trade.";
    let a = analyse(text, 0..text.len());
    let elect = a
        .tokens
        .iter()
        .position(|x| &text[x.span.clone()] == "President-elect");
    let root = a.tokens.iter().position(|x| x.deprel == "root").unwrap();
    assert_eq!(a.tokens[elect.unwrap()].upos, "PROPN");
    assert_eq!(&text[a.tokens[root].span.clone()], "discussed");
    // A verb that opens no title keeps its tag.
    let text = "Watch President Lena Vogt speak.";
    let a = analyse(text, 0..text.len());
    assert_eq!(a.tokens[0].upos, "VERB");
}

/// A country's one-word name is a proper noun wherever it stands, and
/// the subject of the verb after it ("Norway" opening a sentence had been
/// read as an adverb, "Senegal" as an adjective); a word written in lower
/// case is left to the tagger.
#[test]
fn a_country_name_is_a_proper_noun() {
    for text in [
        "Norway acted as a conduit between the two sides.",
        "Senegal hosted the talks.",
        "Comoros welcomed the deal.",
    ] {
        let a = analyse(text, 0..text.len());
        let t = &a.tokens;
        assert_eq!(t[0].upos, "PROPN", "{text}: {:?}", t[0]);
        assert_eq!(t[0].deprel, "nsubj", "{text}: {:?}", t[0]);
    }
    let text = "They grow chile and turkey.";
    let a = analyse(text, 0..text.len());
    assert!(a.tokens.iter().all(|x| x.upos != "PROPN"), "{:?}", a.tokens);
}

/// A dateline is parsed apart from the sentence it opens and hangs on
/// that sentence's verb; a name before a dash inside a sentence is none.
#[test]
fn a_dateline_does_not_derail_the_parse() {
    let text = "JAKARTA — Foreign Minister Dewi Sartika hosted envoys from Thailand on Wednesday.";
    let a = analyse(text, 0..text.len());
    let t = &a.tokens;
    let root = t.iter().position(|x| x.head.is_none()).unwrap();
    assert_eq!(&text[t[root].span.clone()], "hosted");
    assert_eq!((t[0].head, t[0].deprel), (Some(root), "dep"));
    assert_eq!((t[1].upos, t[1].deprel), ("PUNCT", "punct"));
    let text = "Lisbon, Portugal – The two envoys met on Monday.";
    let a = analyse(text, 0..text.len());
    let root = a.tokens.iter().position(|x| x.head.is_none()).unwrap();
    assert_eq!(&text[a.tokens[root].span.clone()], "met");
    // Not a dateline: one name in mixed case.
    assert_eq!(
        super::dateline_dash(&["Hamas", "—", "the", "group", "—", "said", "so"]),
        None
    );
    assert_eq!(
        super::dateline_dash(&["GENEVA", "(", "Reuters", ")", "-", "Envoys", "met", "today"]),
        Some(4)
    );
}
