//! parley builds a knowledge graph from news articles.
//!
//! The pipeline, one module a stage:
//!
//! 1. [`input`] reads files, folders, stdin and JSONL into [`Document`]s;
//! 2. [`text`] splits a document into sentences, tokens and quotations;
//! 3. [`mentions`] finds people, organisations, countries and places and
//!    resolves them to one entity each;
//! 4. [`extract`] runs independent extractors, each producing [`Fact`]s with
//!    their [`Evidence`];
//! 5. [`rdf`] maps facts to quads in the parley ontology;
//! 6. [`store`] keeps them in Oxigraph, one named graph per article;
//! 7. [`output`] prints query results, RDF, DOT and entity networks (which
//!    [`network`] computes from facts); [`eval`] scores facts against gold
//!    files.
//!
//! ```
//! use parley::{extract_document, Document, Lexicon};
//! let doc = Document::new("example", "Talks in Geneva were hosted by Oman.");
//! let out = extract_document(&doc, Lexicon::builtin());
//! for fact in &out.facts {
//!     // the evidence is a span of the article's text
//!     assert!(doc.text.get(fact.evidence.span.clone()).is_some());
//! }
//! ```

pub mod document;
pub mod error;
pub mod eval;
pub mod extract;
pub mod fact;
pub mod input;
pub mod lexicon;
pub mod mentions;
pub mod network;
pub mod nlp;
pub mod output;
pub mod rdf;
pub mod store;
pub mod text;

pub use document::Document;
pub use error::{Error, Result};
pub use fact::{Arg, EntityKind, Evidence, Fact, Relation};
pub use lexicon::Lexicon;

use rayon::prelude::*;

/// The result of extracting one document.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub facts: Vec<Fact>,
    /// Problems found in the text (unbalanced quotes, ...), for the user.
    pub warnings: Vec<String>,
}

/// Run the pure pipeline (analyse, mentions, extract) on one document.
/// Facts come out sorted and without duplicates (evidence aside).
pub fn extract_document(doc: &Document, lexicon: &Lexicon) -> Extraction {
    let analysis = analyse_document(doc);
    let mentions = mentions::find(doc, &analysis, lexicon);
    let cx = extract::Context::new(doc, &analysis, &mentions, lexicon);
    let mut facts = Vec::new();
    let mut warnings = analysis.warnings.clone();
    for ex in extract::all() {
        // Extractors never panic by design; should one do so on some input
        // all the same, the article keeps the facts of the others and the
        // user is told, rather than a whole corpus run being lost.
        let mut found = Vec::new();
        let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            ex.extract(&cx, &mut found);
        }));
        match run {
            Ok(()) => facts.extend(found),
            Err(_) => warnings.push(format!(
                "extractor {} failed on this article (a bug: please report it); its facts are left out",
                ex.name()
            )),
        }
    }
    extract::closure::close(&mut facts, lexicon);
    // Keep the first (earliest, then most confident) evidence of each fact.
    facts.sort_by(|a, b| {
        a.key()
            .cmp(&b.key())
            .then(a.evidence.span.start.cmp(&b.evidence.span.start))
            .then(b.evidence.confidence.total_cmp(&a.evidence.confidence))
    });
    facts.dedup_by(|a, b| a.key() == b.key());
    Extraction { facts, warnings }
}

/// Analyse the body, preceded by the title when the title stands in the
/// text itself (front matter): headlines state who met where as often as
/// the body does, and their span is still a span of the text.
pub fn analyse_document(doc: &Document) -> text::Analysis {
    let body = text::analyse(&doc.text, doc.body.clone());
    let head = doc
        .text
        .get(..doc.body.start.min(doc.text.len()))
        .unwrap_or("");
    let title_span = doc
        .title
        .as_deref()
        .filter(|t| !t.trim().is_empty())
        .and_then(|t| head.find(t).map(|at| at..at + t.len()));
    let Some(span) = title_span else {
        return body;
    };
    let mut a = text::analyse(&doc.text, span);
    for s in &mut a.sentences {
        s.heading = true;
    }
    let (ns, nt) = (a.sentences.len(), a.tokens.len());
    a.sentences.extend(body.sentences.into_iter().map(|mut s| {
        s.tokens = s.tokens.start + nt..s.tokens.end + nt;
        s
    }));
    a.names.extend(body.names.into_iter().map(|mut n| {
        n.tokens = n.tokens.start + nt..n.tokens.end + nt;
        n
    }));
    a.tokens.extend(body.tokens.into_iter().map(|mut t| {
        t.head = t.head.map(|h| h + nt);
        t
    }));
    a.quotations
        .extend(body.quotations.into_iter().map(|mut q| {
            q.sentences = q.sentences.start + ns..q.sentences.end + ns;
            q
        }));
    a.warnings.extend(body.warnings);
    a
}

/// Extract many documents in parallel; results are in input order.
pub fn extract_all(docs: &[Document], lexicon: &Lexicon) -> Vec<Extraction> {
    docs.par_iter()
        .map(|d| extract_document(d, lexicon))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A meeting told twice, its sides named in either order, is one fact.
    #[test]
    fn a_meeting_is_one_fact_whichever_side_comes_first() {
        let doc = Document::new(
            "t",
            "President Ana Ruiz spoke with Chancellor Tomas Berg. She detailed the aid on its way. The two leaders agreed to speak again in the next few days.",
        );
        let out = extract_document(&doc, Lexicon::builtin());
        let met: Vec<[&str; 3]> = out
            .facts
            .iter()
            .filter(|f| f.relation == fact::Relation::Met)
            .map(|f| f.arg_texts())
            .collect();
        assert_eq!(met.len(), 1, "{met:?}");
    }

    /// No extractor fails (panics) on real articles or on odd text.
    #[test]
    fn extraction_never_fails_on_real_or_odd_text() {
        let mut texts: Vec<String> = [
            "",
            "“",
            "They discussed the future of.",
            "They discussed regarding (",
            "Talks in . on , by ( and ) the",
            "President , met with , and ; as mediators we",
            "A\u{a0}\u{a0}B said: “",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/diplomacy");
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for e in entries.flatten() {
                if let Ok(t) = std::fs::read_to_string(e.path()) {
                    texts.push(t);
                }
            }
        }
        for t in &texts {
            let doc = Document::new("t", t.clone());
            let out = extract_document(&doc, Lexicon::builtin());
            assert!(
                !out.warnings.iter().any(|w| w.contains("failed")),
                "{:?}: {:?}",
                &t[..t.len().min(80)],
                out.warnings
            );
            for f in &out.facts {
                assert!(
                    doc.text.get(f.evidence.span.clone()).is_some(),
                    "evidence span inside the text"
                );
            }
        }
    }
}
