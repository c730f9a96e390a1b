//! Benchmarks of the pure pipeline: text analysis and full extraction.
//!
//! `cargo bench --profile dev --bench pipeline` (the dev profile is the one
//! the tests build, so RocksDB is not built again; add `-- analyse` or `-- extract` to pick a
//! group). Throughput is reported in bytes, so criterion prints MB/s.
//!
//! - `analyse/one-line-5MB`: a 5 MB text with no newline at all, the
//!   worst case for a sentence splitter (it must stay linear); analysis
//!   includes tagging, parsing and names;
//! - `analyse/paragraphs-1MB`: news-shaped text with paragraphs and quotes;
//! - `nlp/tag-parse`: the tagger and parser alone, on one thread, over the
//!   tokens of the sample articles (and of EWT dev when ../shared is
//!   there), in tokens per second;
//! - `extract/many-names-1MB`: one article naming thousands of invented
//!   people, the worst case for name resolution;
//! - `extract/seed` and `extract/diplomacy-corpus`: the whole pipeline on
//!   the seed article and on the 43 development articles (when ../shared is
//!   there), one thread, then `extract_all` on all cores.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use parley::{extract_all, extract_document, input, text, Document, Lexicon};
use std::hint::black_box;
use std::path::Path;

/// Sentences of our own, repeated to any size.
const SENTENCES: &[&str] = &[
    "The second round of talks between Norway and Chile ended in Oslo on Tuesday.",
    "Foreign Minister Ana Lind said the talks were \u{201c}frank and useful.\u{201d}",
    "The meeting was hosted by the Swiss government and mediated by the U.N.",
    "Dr. Omar Tal, the envoy of Kenya, met with President Joao Reis of Brazil.",
];

fn generated(size: usize, newlines: bool) -> String {
    let mut s = String::with_capacity(size + 200);
    let mut i = 0;
    while s.len() < size {
        s.push_str(SENTENCES[i % SENTENCES.len()]);
        s.push(if newlines && i % 5 == 4 { '\n' } else { ' ' });
        i += 1;
    }
    s
}

/// Sentences naming ever new people: syllables combined into names.
fn many_names(size: usize) -> String {
    const SYL: [&str; 12] = [
        "ka", "lo", "mi", "ra", "te", "su", "no", "vi", "de", "ba", "ze", "po",
    ];
    let name = |n: usize| {
        let s: String = (0..3).map(|k| SYL[(n / 12usize.pow(k)) % 12]).collect();
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    };
    let mut s = String::with_capacity(size + 200);
    let mut n = 0;
    while s.len() < size {
        s.push_str(&format!(
            "Minister {} {} met Ambassador {} {} in Geneva. {} said the talks went well. ",
            name(n),
            name(n + 7),
            name(n + 13),
            name(n + 29),
            name(n + 7)
        ));
        n += 37;
    }
    s
}

fn analyse(c: &mut Criterion) {
    let mut g = c.benchmark_group("analyse");
    g.sample_size(10);
    let one_line = generated(5 * 1024 * 1024, false);
    g.throughput(Throughput::Bytes(one_line.len() as u64));
    g.bench_function("one-line-5MB", |b| {
        b.iter(|| {
            text::analyse(black_box(&one_line), 0..one_line.len())
                .sentences
                .len()
        })
    });
    let paras = generated(1024 * 1024, true);
    g.throughput(Throughput::Bytes(paras.len() as u64));
    g.bench_function("paragraphs-1MB", |b| {
        b.iter(|| {
            text::analyse(black_box(&paras), 0..paras.len())
                .sentences
                .len()
        })
    });
    g.finish();
}

/// Tagging and parsing alone: sentences as word lists, tokens per second.
fn nlp(c: &mut Criterion) {
    let model = parley::nlp::builtin();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut g = c.benchmark_group("nlp");
    let mut sets: Vec<(&str, Vec<Vec<String>>)> = Vec::new();
    let docs = input::read_inputs(
        &[root.join("data/articles").display().to_string()],
        &mut |_| {},
    );
    let mut ours = Vec::new();
    for d in &docs {
        let a = text::analyse(&d.text, d.body.clone());
        for s in &a.sentences {
            ours.push(
                a.tokens[s.tokens.clone()]
                    .iter()
                    .map(|t| d.text[t.span.clone()].to_string())
                    .collect(),
            );
        }
    }
    sets.push(("tag-parse-articles", ours));
    let dev = root.join("../shared/ud/en_ewt-ud-dev.conllu");
    if let Ok(sentences) = parley::nlp::train::read_treebank(&dev) {
        sets.push((
            "tag-parse-ewt-dev",
            sentences
                .iter()
                .map(|s| s.words.iter().map(|w| w.form.clone()).collect())
                .collect(),
        ));
    }
    for (name, sentences) in &sets {
        let tokens: usize = sentences.iter().map(Vec::len).sum();
        g.throughput(Throughput::Elements(tokens as u64));
        g.bench_function(*name, |b| {
            b.iter(|| {
                let mut heads = 0;
                for s in sentences {
                    let words: Vec<&str> = s.iter().map(String::as_str).collect();
                    heads += model.parse(black_box(&words)).arcs.len();
                }
                heads
            })
        });
    }
    g.finish();
}

fn extract(c: &mut Criterion) {
    let lexicon = Lexicon::builtin();
    let mut g = c.benchmark_group("extract");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seed_path = root.join("data/articles/geneva-talks.txt");
    if let Ok(text) = std::fs::read_to_string(&seed_path) {
        let doc = Document::new("geneva-talks", text);
        g.throughput(Throughput::Bytes(doc.text.len() as u64));
        g.bench_function("seed", |b| {
            b.iter(|| extract_document(black_box(&doc), lexicon).facts.len())
        });
    }
    // The worst case for name resolution: one article naming thousands of
    // people (invented names), which must stay linear.
    let many = many_names(1024 * 1024);
    let doc = Document::new("many-names", many);
    g.throughput(Throughput::Bytes(doc.text.len() as u64));
    g.sample_size(10);
    g.bench_function("many-names-1MB", |b| {
        b.iter(|| extract_document(black_box(&doc), lexicon).facts.len())
    });
    let corpus = root.join("../shared/corpus/diplomacy");
    if corpus.is_dir() {
        let docs = input::read_inputs(&[corpus.display().to_string()], &mut |_| {});
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function("diplomacy-corpus-1-thread", |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| extract_document(d, lexicon).facts.len())
                    .sum::<usize>()
            })
        });
        g.bench_function("diplomacy-corpus-all-cores", |b| {
            b.iter(|| extract_all(black_box(&docs), lexicon).len())
        });
    }
    g.finish();
}

criterion_group!(benches, nlp, analyse, extract);
criterion_main!(benches);
