//! The linguistic layer: a part-of-speech tagger, a labelled dependency
//! parser and a name finder, learned from the Universal Dependencies English
//! Web Treebank (and Universal NER for names). Self-contained: std only.
//!
//! - `perceptron`: the averaged perceptron all three models use, with
//!   hashed features, pruning and `i16` weights;
//! - `conllu`: reading treebanks and IOB2 name files;
//! - `tagger`: UPOS and Penn XPOS, one joint class per word;
//! - `parser`: arc-hybrid transitions with a dynamic oracle;
//! - `names`: person / organisation / place spans over tags and parse;
//! - `train`: training all three and measuring them.
//!
//! A [`Model`] is one file: magic, tagger, parser, name finder.

pub mod conllu;
pub mod names;
pub mod parser;
pub mod perceptron;
pub mod tagger;
pub mod train;

use perceptron::Reader;

const MAGIC: &[u8; 8] = b"PARLEYM2";

/// Everything the analysis needs to tag, parse and find names.
#[derive(Clone, Default)]
pub struct Model {
    pub tagger: tagger::Tagger,
    pub parser: parser::Parser,
    pub names: names::NameFinder,
}

/// Tagger class, head and label indices for a sentence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SentenceParse {
    pub tags: Vec<usize>,
    pub arcs: Vec<parser::Arc>,
    /// The words' feature hashes, kept for the name finder.
    pub lexes: Vec<tagger::Lex>,
}

impl Model {
    /// Serialise (deterministic: the same model gives the same bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        self.tagger.write(&mut out);
        self.parser.write(&mut out);
        self.names.write(&mut out);
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Model, String> {
        let mut r = Reader::new(bytes);
        if r.take(MAGIC.len())? != MAGIC {
            return Err("not a parley model (bad magic; retrain with `parley train`)".into());
        }
        let tagger = tagger::Tagger::read(&mut r)?;
        let parser = parser::Parser::read(&mut r)?;
        let names = names::NameFinder::read(&mut r)?;
        Ok(Model {
            tagger,
            parser,
            names,
        })
    }

    /// Tag and parse one sentence of words.
    pub fn parse(&self, words: &[&str]) -> SentenceParse {
        let (lexes, tags) = self.tagger.tag_words(words);
        let arcs = self.parser.parse(&lexes, &tags);
        SentenceParse { tags, arcs, lexes }
    }

    pub fn upos(&self, class: usize) -> &str {
        self.tagger.upos.get(class).map_or("X", String::as_str)
    }

    pub fn xpos(&self, class: usize) -> &str {
        self.tagger.xpos.get(class).map_or("_", String::as_str)
    }

    pub fn deprel(&self, label: usize) -> &str {
        self.parser.labels.get(label).map_or("dep", String::as_str)
    }
}

/// The model shipped with parley, trained on UD English EWT and Universal
/// NER (CC BY-SA 4.0; see the README). Embedded in the binary and decoded
/// once, on first use.
pub fn builtin() -> &'static Model {
    static BYTES: &[u8] = include_bytes!("../../data/models/en-ewt.bin");
    static MODEL: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
    MODEL.get_or_init(|| {
        Model::from_bytes(BYTES).expect("the shipped model data/models/en-ewt.bin is valid")
    })
}
