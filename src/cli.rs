//! The command line: clap definitions and one function per command.
//!
//! This is the only module (with `main.rs`) that uses `anyhow`: the library
//! returns typed errors, and here they get the context a user needs (which
//! file, which store). Data goes to stdout, progress and warnings to stderr.

use crate::report::{Reporter, Verbosity};
use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand};
use parley::output::dot::{self, DotOptions};
use parley::output::export::export;
use parley::output::rdf_format;
use parley::output::results::{write_results, ResultsFormat};
use parley::rdf::queries;
use parley::store::{Deadline, Store};
use parley::{Document, Fact, Lexicon};
use std::fs::File;
use std::io::{BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// parley builds a knowledge graph from news: who mediated, hosted, attended,
/// met and said what, as RDF in an Oxigraph store, queried with SPARQL.
#[derive(Parser, Debug)]
#[command(name = "parley", version, about, max_term_width = 100)]
pub struct Cli {
    /// Directory of lexicon TSV files to use instead of the built-in ones:
    /// it must hold countries.tsv, organizations.tsv, places.tsv,
    /// titles.tsv, verbs.tsv and stopwords.tsv (as in data/lexicon/).
    /// abbreviations.tsv, name_words.tsv, triggers.tsv, publishers.tsv,
    /// leaders.tsv and given_gender.tsv stay built in (a warning says so
    /// when DIR holds them).
    #[arg(long, global = true, value_name = "DIR")]
    pub lexicon: Option<PathBuf>,

    /// Number of threads for extraction (default: one per core). Output is the
    /// same for any number.
    #[arg(long, global = true, value_name = "N")]
    pub threads: Option<usize>,

    /// Print every warning as it happens (by default warnings are
    /// summarised by kind at the end of the run).
    #[arg(long, short = 'v', global = true, conflicts_with = "quiet")]
    pub verbose: bool,

    /// Print errors only: no progress bar, no warnings, no summary.
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,

    /// The namespace of data IRIs (articles, entities, facts):
    /// `BASE id/article/ID`, `BASE id/country/oman`, ... The default is a
    /// placeholder to replace with an IRI you control. The store does not
    /// record it: give the same base to every command on one store.
    #[arg(
        long,
        global = true,
        env = "PARLEY_BASE",
        default_value = parley::rdf::Base::DEFAULT,
        value_name = "IRI"
    )]
    pub base: String,

    /// Articles read, extracted and written (or stored) at a time. Memory
    /// holds one batch, so a pipeline's memory does not grow with its input;
    /// a small batch (even 1) gets each article's output out sooner, a large
    /// one loads the store faster. Output is the same for any size.
    #[arg(long, global = true, default_value_t = BATCH, value_name = "N",
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    pub batch: usize,

    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Extract facts from articles and load them into the store (one named
    /// graph per article; re-ingesting an article replaces its graph).
    ///
    /// An article's id is its front matter or JSONL `id`; else its path
    /// under the folder given, without extension (`a/001`); else the file's
    /// name without extension; for stdin, `--id` or `stdin-` and a hash of
    /// the text. Two different articles with one id in a run: the second is
    /// refused, naming both. An id the store holds with a different text
    /// is replaced and listed (or kept, with `--no-replace`).
    Ingest {
        /// Articles: files, folders (searched for .txt, .md and .jsonl), or `-`
        /// for stdin (one article, or JSONL records streamed one by one when
        /// its first line is a record with a `text` field).
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<String>,
        /// The id of the article read from stdin (`-`), when its front
        /// matter gives none (default: `stdin-` and 16 hex digits of a hash
        /// of its text).
        #[arg(long, value_name = "NAME")]
        id: Option<String>,
        /// Refuse to replace an article the store holds with a different
        /// text: it is reported as an error (exit 1), and the others are
        /// ingested.
        #[arg(long)]
        no_replace: bool,
        /// Extract every article again, even one the store holds as read now
        /// and as extracted by this version (which is otherwise skipped).
        /// Implied by --lexicon.
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        store: StoreArg,
    },
    /// Extract facts and print them (the TSV of shared/EVAL.md, or JSON lines).
    Facts {
        /// Articles: files, folders (searched for .txt, .md and .jsonl), or `-`
        /// for stdin (one article, or JSONL records streamed one by one when
        /// its first line is a record with a `text` field).
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<String>,
        /// The id of the article read from stdin (`-`), when its front
        /// matter gives none (default: `stdin-` and a hash of its text).
        #[arg(long, value_name = "NAME")]
        id: Option<String>,
        /// Output format: `tsv` or `jsonl`.
        #[arg(long, default_value = "tsv", value_parser = ["tsv", "jsonl"])]
        format: String,
        /// Print only facts whose extractor confidence is at least this
        /// (0 to 1).
        #[arg(long, value_name = "C", value_parser = confidence)]
        min_confidence: Option<f64>,
    },
    /// Show facts with the sentence they were read from, the matched words
    /// marked (bold on a terminal, «…» otherwise): every fact of an article,
    /// every fact about an entity, or one fact.
    Explain {
        /// An article id, an entity's name or IRI, or a fact IRI
        /// (`…/id/article/ID#fact-…`).
        #[arg(value_name = "ARTICLE|ENTITY|FACT")]
        target: String,
        /// Show only facts whose extractor confidence is at least this (0 to 1).
        #[arg(long, value_name = "C", value_parser = confidence)]
        min_confidence: Option<f64>,
        #[command(flatten)]
        source: SourceArgs,
    },
    /// Remove articles from the store, by id (as `parley query --name
    /// articles` lists them). Each is reported deleted or not found; the exit
    /// code is 1 when any was not found.
    Delete {
        /// The ids of the articles to remove.
        #[arg(required = true, value_name = "ID")]
        ids: Vec<String>,
        #[command(flatten)]
        store: StoreArg,
    },
    /// Run a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) over the union
    /// of all article graphs.
    Query {
        /// The query text, or `-` to read it from stdin.
        #[arg(value_name = "SPARQL", conflicts_with_all = ["file", "name"])]
        sparql: Option<String>,
        /// Read the query from this file (`-` for stdin).
        #[arg(long, short = 'f', value_name = "FILE", conflicts_with = "name")]
        file: Option<PathBuf>,
        /// Run a query shipped with parley (see `--list`).
        #[arg(long, short = 'n', value_name = "NAME")]
        name: Option<String>,
        /// List the shipped queries and what they answer.
        #[arg(long, conflicts_with_all = ["sparql", "file", "name"])]
        list: bool,
        /// Result format: `table`, `csv`, `tsv`, `json`, `xml` for SELECT and
        /// ASK; an RDF format (`turtle`, `ntriples`, `rdfxml`, `jsonld`, ...)
        /// for CONSTRUCT and DESCRIBE. Default: a table on a terminal, TSV
        /// when piped, Turtle for graphs.
        #[arg(long, value_name = "FORMAT")]
        format: Option<String>,
        /// Stop the query after this many seconds (0: no limit).
        #[arg(long, default_value_t = 60, value_name = "SECONDS")]
        timeout: u64,
        /// With --name: only answers that rest on facts whose extractor
        /// confidence is at least this (0 to 1).
        #[arg(long, value_name = "C", value_parser = confidence, requires = "name")]
        min_confidence: Option<f64>,

        /// Run the query on this SPARQL 1.1 Protocol endpoint instead of the
        /// store (e.g. `http://localhost:8890/sparql`); the endpoint should
        /// take the union of its graphs as the default graph, as parley
        /// does. Credentials as for `push`, from the environment.
        #[arg(long, value_name = "URL", conflicts_with = "from")]
        endpoint: Option<String>,
        #[command(flatten)]
        source: SourceArgs,
    },
    /// Write the store, or one article's graph, as RDF. With `--from` and
    /// N-Quads it is a filter: `parley export --format nquads --from -`
    /// reads JSONL articles on stdin and writes each batch's quads as soon as
    /// it is extracted (see `--batch`).
    Export {
        /// RDF format by name (`turtle`, `ntriples`, `nquads`, `trig`,
        /// `rdfxml`, `jsonld`), extension or media type. Default: from the
        /// extension of `-o`, else TriG.
        #[arg(long, value_name = "FORMAT")]
        format: Option<String>,
        /// Write to this file instead of stdout (`-` for stdout).
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
        /// Export only the graph of this article id.
        #[arg(long, value_name = "ID")]
        graph: Option<String>,
        #[command(flatten)]
        source: SourceArgs,
    },
    /// Draw the graph as Graphviz DOT (or render it to SVG or PNG).
    Dot {
        /// Draw only this article's graph.
        #[arg(long, value_name = "ID")]
        doc: Option<String>,
        /// Draw only the neighbourhood of this entity (its name or IRI).
        #[arg(long, value_name = "ENTITY")]
        focus: Option<String>,
        /// How many edges away from `--focus` to draw.
        #[arg(long, default_value_t = 1, value_name = "N")]
        depth: usize,
        /// Draw the graph returned by this CONSTRUCT or DESCRIBE query.
        #[arg(long, value_name = "SPARQL", conflicts_with = "doc")]
        query: Option<String>,
        /// Also draw articles, assertions and evidence nodes.
        #[arg(long)]
        provenance: bool,
        /// The most nodes the whole store is drawn with, one cluster per
        /// article; above it parley draws the aggregated entity network
        /// instead (its best-connected N entities) and says so on stderr.
        #[arg(long, default_value_t = dot::DEFAULT_MAX_NODES, value_name = "N")]
        max_nodes: usize,
        /// Leave out what only facts below this extractor confidence state
        /// (0 to 1).
        #[arg(long, value_name = "C", value_parser = confidence)]
        min_confidence: Option<f64>,
        /// Render with Graphviz `dot` to `svg` or `png` (needs `-o`).
        #[arg(long, value_name = "FORMAT", value_parser = ["svg", "png"], requires = "output")]
        render: Option<String>,
        /// Write to this file instead of stdout; a `.svg` or `.png` file is
        /// rendered with Graphviz.
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        source: SourceArgs,
    },
    /// Write the entity network (who met, mediated for, hosted whom, ...)
    /// as GraphML, GEXF, Neo4j CSV or Graphviz DOT.
    ///
    /// Nodes are the people, countries, organisations (and places) that have
    /// an edge, with name, kind, Wikidata id, IRI and the number of articles
    /// that give them an edge. An edge is a relation between two entities;
    /// its weight is the number of articles that state it, and it lists
    /// their ids. Within each article, relations become edges so:
    ///
    ///   met             the two sides of a meeting (both ways)
    ///   participant     every pair of the talks' parties (both ways)
    ///   mediator        each mediator -> each party of the talks
    ///   host            each host -> each party of the talks
    ///   leader          delegation leader -> the party led
    ///   representative  representative -> the party represented
    ///   role            post holder -> the organisation or country of the post
    ///   quote           speaker -> each entity of the article named in the
    ///                   quotation
    ///
    /// The parties are the article's participants that are not its
    /// mediators or hosts. location, date and topic link no two entities and
    /// give no edges. A network of symmetric relations only (met,
    /// participant) is undirected; otherwise it is directed and a symmetric
    /// edge is written both ways (GraphML), as a mutual edge (GEXF) or once
    /// (Neo4j: match it without direction).
    #[command(verbatim_doc_comment)]
    Network {
        /// The relations to draw edges for, comma-separated or repeated:
        /// met, mediator, host, participant, leader, representative, role,
        /// quote. Default: all of them.
        #[arg(long, value_delimiter = ',', value_name = "RELATION")]
        relation: Vec<String>,
        /// `graphml` (networkx, Gephi, yEd, Cytoscape), `gexf` (Gephi 1.3),
        /// `csv` (the nodes.csv and relationships.csv of `neo4j-admin
        /// database import`, written into the folder `-o DIR`) or `dot`
        /// (Graphviz). Default: from the extension of `-o`, else GraphML.
        #[arg(long, value_name = "FORMAT")]
        format: Option<String>,
        /// Ignore facts whose extraction confidence is below this (0 to 1),
        /// both for edges and for telling who the parties are.
        #[arg(long, default_value_t = 0.0, value_name = "X")]
        min_confidence: f32,
        /// Write to this file instead of stdout (a folder for `csv`); a
        /// `.svg` or `.png` file is the DOT rendered with Graphviz.
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        source: SourceArgs,
    },
    /// Serve the store as a read-only SPARQL 1.1 Protocol endpoint
    /// (`/query`, GET or POST; the Service Description at `/`). Articles
    /// ingested while it runs are seen by the next query.
    Serve {
        /// Address to listen on; loopback by default so the store is not
        /// exposed to the network unless asked (port 0 picks a free port).
        /// Any other address is warned about: there is no authentication.
        #[arg(long, default_value = "127.0.0.1:7878", value_name = "ADDR")]
        bind: String,
        /// Stop each query after this many seconds and answer 503 (0: no
        /// limit).
        #[arg(long, default_value_t = 10, value_name = "SECONDS")]
        timeout: u64,
        /// Refuse (503) a result larger than this many megabytes as
        /// serialised, so one query cannot exhaust memory.
        #[arg(long, default_value_t = 64, value_name = "MB",
              value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
        max_result_mb: usize,
        /// Requests served at once; more wait in the queue of the listening
        /// socket. A query that outlives its client keeps its place until it
        /// stops.
        #[arg(long, default_value_t = 64, value_name = "N",
              value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
        max_connections: usize,
        /// Let queries call remote endpoints with `SERVICE` (refused by
        /// default: the server sends no request to wherever a query says).
        #[arg(long)]
        allow_service: bool,
        /// Send CORS headers allowing this origin (e.g.
        /// `https://example.org`, or `*` for any); none by default.
        #[arg(long, value_name = "ORIGIN")]
        cors: Option<String>,
        #[command(flatten)]
        source: SourceArgs,
    },
    /// Send every article's graph to a SPARQL 1.1 Graph Store (Virtuoso,
    /// Oxigraph server, Fuseki, GraphDB, ...): `PUT` per article graph, so a
    /// second push replaces and never duplicates; the entities graph is
    /// merged with `POST`. Credentials come from the environment only:
    /// PARLEY_REMOTE_TOKEN (bearer), or PARLEY_REMOTE_USER and
    /// PARLEY_REMOTE_PASSWORD (HTTP Basic). Exits 1 naming the graphs that
    /// failed.
    Push {
        /// The Graph Store endpoint, e.g. `http://localhost:7878/store`
        /// (Oxigraph) or `http://localhost:8890/sparql-graph-crud` (Virtuoso).
        #[arg(long, value_name = "URL")]
        to: String,
        /// N-Quads (or TriG) files to push, such as the shards of
        /// `scripts/spark/extract.py`; without any, the store is pushed.
        #[arg(value_name = "FILE.nq")]
        files: Vec<PathBuf>,
        /// Graphs sent at once.
        #[arg(long, default_value_t = 4, value_name = "N")]
        parallel: usize,
        /// Tries again this many times, waiting 0.5 s, then twice as long
        /// each time, when the store answers 5xx or cannot be reached.
        #[arg(long, default_value_t = 5, value_name = "N")]
        retries: u32,
        /// Give up on a request after this many seconds.
        #[arg(long, default_value_t = 60, value_name = "SECONDS")]
        timeout: u64,
        #[command(flatten)]
        store: StoreArg,
    },
    /// Print the linguistic analysis of articles: sentences, tokens, parts
    /// of speech and dependency parse, as the extractors see them.
    Parse {
        /// Articles: files, folders (searched for .txt, .md and .jsonl), or `-`
        /// for stdin (one article, or JSONL records streamed one by one when
        /// its first line is a record with a `text` field).
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<String>,
        /// `conllu` (ten columns, `# text` per sentence) or `table`.
        #[arg(long, default_value = "conllu", value_parser = ["conllu", "table"])]
        format: String,
    },
    /// Tag and parse a CoNLL-U treebank from its gold tokens and print its
    /// accuracy: UPOS, XPOS, UAS and LAS (universal relation).
    EvalUd {
        /// A CoNLL-U file, such as UD English EWT's test split.
        #[arg(value_name = "FILE.conllu")]
        file: PathBuf,
        /// Also score names against this Universal NER IOB2 file (the same
        /// sentences' names).
        #[arg(long, value_name = "FILE.iob2")]
        names: Option<PathBuf>,
    },
    /// Train the tagger, parser and name finder from a folder holding
    /// `en_ewt-ud-train.conllu` and `uner_en_ewt-dev.iob2`, and write the
    /// model (deterministic: the same files give the same bytes).
    Train {
        /// The folder of the treebank files.
        #[arg(long, value_name = "DIR")]
        treebank: PathBuf,
        /// Where to write the model (`data/models/en-ewt.bin` is the one
        /// parley embeds when built).
        #[arg(long, short = 'o', value_name = "FILE")]
        output: PathBuf,
    },
    /// Development aid for the name finder alone: keep the shipped tagger
    /// and parser, cross-validate the name finder over Universal NER's
    /// dev file by document, and optionally retrain it on the whole file
    /// and write the model (`parley train` makes the real one).
    #[command(hide = true)]
    NamesCv {
        /// The folder of the treebank files.
        #[arg(long, value_name = "DIR")]
        treebank: PathBuf,
        #[arg(long, default_value_t = 5)]
        folds: usize,
        #[arg(long, default_value_t = parley::nlp::train::NAMES_EPOCHS)]
        epochs: usize,
        /// Also retrain on all of the dev file and write the model here.
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
        /// Print every missed and wrong span, with its sentence.
        #[arg(long)]
        errors: bool,
    },
    /// Score extracted facts against gold files (precision, recall, F1).
    Eval {
        /// A gold TSV file, or a folder of them (named after the articles).
        #[arg(value_name = "GOLD")]
        gold: PathBuf,
        /// Articles to extract and score.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<String>,
        /// List the missed and spurious facts.
        #[arg(long)]
        errors: bool,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
}

/// Where the store is.
#[derive(Args, Debug)]
pub struct StoreArg {
    /// The store directory: parley's own folder, created (with a
    /// PARLEY_STORE marker file) when missing or empty; a plain file or a
    /// folder holding other files is refused and left untouched.
    #[arg(
        long,
        env = "PARLEY_STORE",
        default_value = "parley.db",
        value_name = "DIR"
    )]
    pub store: PathBuf,
}

/// A store on disk, or articles extracted into memory for one-off use.
#[derive(Args, Debug)]
pub struct SourceArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// Extract these articles into an in-memory store and use it instead of
    /// the store on disk (`-` reads stdin: one article, or JSONL records when
    /// its first line is one). It takes every path that follows, so give it
    /// last (or end its list with `--`).
    #[arg(long, num_args = 1.., value_name = "PATH")]
    pub from: Vec<String>,
}

/// How a run ended when it did not fail outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything went well.
    Ok,
    /// Some inputs could not be read; the others were processed.
    SomeFailed,
}

/// Articles are extracted and stored this many at a time: this bounds
/// memory to a batch of facts and quads (some hundred MB at most for news),
/// while keeping batches large enough for Oxigraph's bulk loader, whose
/// cost per commit is high.
const BATCH: usize = 1024;

/// How long after its `--timeout` a query that did not notice the
/// cancellation is stopped by ending the process.
const HARD_STOP_GRACE: Duration = Duration::from_secs(2);

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<Outcome> {
    if let Some(n) = cli.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("cannot set up the thread pool")?;
    }
    let verbosity = if cli.quiet {
        Verbosity::Quiet
    } else if cli.verbose {
        Verbosity::Verbose
    } else {
        Verbosity::Normal
    };
    let reporter = Reporter::new(verbosity);
    let result = run_command(cli, &reporter);
    reporter.finish();
    result
}

fn run_command(cli: Cli, reporter: &Reporter) -> Result<Outcome> {
    let base = parley::rdf::Base::new(&cli.base)?;
    let batch = cli.batch;
    let owned;
    let lexicon: &Lexicon = match &cli.lexicon {
        Some(dir) => {
            owned = Lexicon::from_dir(dir)
                .with_context(|| format!("{}: cannot load the lexicon", dir.display()))?;
            for file in Lexicon::files_not_taken(dir) {
                reporter.warn(
                    "lexicon file not taken",
                    format!(
                        "{}: not used: --lexicon takes {}; this file stays built in",
                        file.display(),
                        Lexicon::FILES.join(", ")
                    ),
                );
            }
            &owned
        }
        None => Lexicon::builtin(),
    };
    match cli.command {
        Command::Ingest {
            paths,
            id,
            no_replace,
            force,
            store,
        } => ingest(
            &paths,
            &store.store,
            &base,
            batch,
            lexicon,
            IngestOptions {
                force: force || cli.lexicon.is_some(),
                no_replace,
                stdin_id: check_stdin_id(id, &paths)?,
            },
            reporter,
        ),
        Command::Facts {
            paths,
            id,
            format,
            min_confidence,
        } => facts(
            &paths,
            check_stdin_id(id, &paths)?.as_deref(),
            &format,
            min_confidence,
            batch,
            lexicon,
            reporter,
        ),
        Command::Delete { ids, store } => delete(&ids, &store.store, &base, reporter),
        Command::Explain {
            target,
            min_confidence,
            source,
        } => {
            let (store, outcome) = open_source(&source, &base, batch, lexicon, reporter)?;
            let what = parley::output::explain::resolve(&store, &target)?;
            let found =
                parley::output::explain::explain(&store, &what, min_confidence.unwrap_or(0.0))?;
            if found.is_empty() {
                eprintln!("parley: no facts for `{target}`");
            }
            let stdout = std::io::stdout();
            let marks = if stdout.is_terminal() {
                parley::output::explain::Marks::Bold
            } else {
                parley::output::explain::Marks::Guillemets
            };
            let mut out = BufWriter::new(stdout.lock());
            out.write_all(parley::output::explain::render(&found, marks).as_bytes())
                .and_then(|()| out.flush())
                .map_err(|e| label_io(e, "stdout"))?;
            Ok(outcome)
        }
        Command::Query {
            sparql,
            file,
            name,
            list,
            format,
            timeout,
            min_confidence,
            endpoint,
            source,
        } => {
            if list {
                for (name, text) in queries::NAMED {
                    println!("{name:<15} {}", queries::summary(text));
                }
                return Ok(Outcome::Ok);
            }
            let (origin, mut text) = query_text(sparql, file, name)?;
            if let Some(min) = min_confidence {
                text = queries::with_min_confidence(&text, min).with_context(|| {
                    format!("{origin} rests on no fact's confidence, so --min-confidence cannot filter it")
                })?;
            }
            let format = match format {
                Some(f) => Some(ResultsFormat::parse(&f).with_context(|| {
                    format!("unknown format `{f}`: use table, csv, tsv, json, xml or an RDF format")
                })?),
                None => None,
            };
            if let Some(endpoint) = endpoint {
                let limit = Duration::from_secs(if timeout == 0 { 24 * 3600 } else { timeout });
                let results = crate::remote::remote_query(&endpoint, &text, limit)
                    .with_context(|| origin.clone())?;
                let stdout = std::io::stdout();
                let terminal = stdout.is_terminal();
                let mut out = BufWriter::new(stdout.lock());
                write_results(results, format, terminal, &mut out)
                    .map_err(|e| label_output(e, "stdout"))?;
                out.flush().map_err(|e| label_io(e, "stdout"))?;
                return Ok(Outcome::Ok);
            }
            let (store, outcome) = open_source(&source, &base, batch, lexicon, reporter)?;
            let deadline = (timeout > 0).then(|| Deadline::after(Duration::from_secs(timeout)));
            let message = format!(
                "{origin}: stopped after {timeout} s, the time limit (--timeout SECONDS, 0 for none). \
                 A query that joins statements of different articles can multiply its rows: \
                 match each article's facts inside one `GRAPH ?g {{ … }}` and names in the \
                 entities graph (see \"Writing queries that scale\" in the README)"
            );
            if timeout > 0 {
                // Oxigraph does not look at the cancellation in every step
                // (a join's hash table is built without it): if the query
                // has not stopped shortly after the limit, the process does.
                let message = message.clone();
                std::thread::spawn(move || {
                    std::thread::sleep(Duration::from_secs(timeout) + HARD_STOP_GRACE);
                    eprintln!("parley: {message}");
                    std::process::exit(2);
                });
            }
            let timed_out = |e: anyhow::Error| match &deadline {
                Some(d) if d.expired() => anyhow::anyhow!("{message}"),
                _ => e,
            };
            let results = store
                .query_until(&text, deadline.as_ref())
                .with_context(|| origin.clone())
                .map_err(timed_out)?;
            let stdout = std::io::stdout();
            let terminal = stdout.is_terminal();
            let mut out = BufWriter::new(stdout.lock());
            write_results(results, format, terminal, &mut out)
                .map_err(|e| timed_out(label_output(e, "stdout")))?;
            out.flush().map_err(|e| label_io(e, "stdout"))?;
            Ok(outcome)
        }
        Command::Export {
            format,
            output,
            graph,
            source,
        } => {
            let output = output.filter(|o| o.as_os_str() != "-");
            let rdf = match (&format, &output) {
                (Some(f), _) => rdf_format(f).with_context(|| {
                    format!("unknown RDF format `{f}`: use turtle, ntriples, nquads, trig, rdfxml or jsonld")
                })?,
                (None, Some(path)) => {
                    let ext = path.extension().map(|e| e.to_string_lossy().into_owned()).unwrap_or_default();
                    rdf_format(&ext).with_context(|| {
                        format!("{}: cannot tell the RDF format from the extension; give --format", path.display())
                    })?
                }
                (None, None) => oxigraph::io::RdfFormat::TriG,
            };
            if rdf == oxigraph::io::RdfFormat::NQuads && graph.is_none() && !source.from.is_empty()
            {
                // A filter: N-Quads are written batch by batch as articles
                // are read, so memory holds one batch, not the corpus.
                let mut outcome = Outcome::Ok;
                write_to(output.as_deref(), |w| {
                    let mut stream = parley::output::export::NQuadsStream::new(base.clone());
                    let mut written = Ok(());
                    outcome = read_batches(&source.from, None, batch, reporter, |docs| {
                        if written.is_ok() {
                            let facts = extract(&docs, lexicon, reporter);
                            written = stream.write_batch(&docs, &facts, w);
                        }
                    });
                    written
                })?;
                return Ok(outcome);
            }
            let (store, outcome) = open_source(&source, &base, batch, lexicon, reporter)?;
            write_to(output.as_deref(), |w| {
                export(&store, rdf, graph.as_deref(), w).map(drop)
            })?;
            Ok(outcome)
        }
        Command::Dot {
            doc,
            focus,
            depth,
            query,
            provenance,
            max_nodes,
            min_confidence,
            render,
            output,
            source,
        } => {
            let output = output.filter(|o| o.as_os_str() != "-");
            let render = render.or_else(|| {
                output
                    .as_ref()
                    .and_then(|o| o.extension())
                    .map(|e| e.to_string_lossy().to_ascii_lowercase())
                    .filter(|e| e == "svg" || e == "png")
            });
            let (store, outcome) = open_source(&source, &base, batch, lexicon, reporter)?;
            let opts = DotOptions {
                doc,
                focus,
                depth,
                query,
                provenance,
                max_nodes,
                min_confidence,
            };
            let drawing = dot::draw(&store, &opts)?;
            for note in &drawing.notes {
                eprintln!("parley: {note}");
            }
            let text = drawing.dot;
            match (render, output) {
                (Some(format), Some(path)) => render_dot(&text, &format, &path)?,
                (Some(_), None) => bail!("--render needs -o FILE"),
                (None, output) => write_to(output.as_deref(), |w| {
                    w.write_all(text.as_bytes()).map_err(|e| parley::Error::Io {
                        path: PathBuf::new(),
                        source: e,
                    })
                })?,
            }
            Ok(outcome)
        }
        Command::Network {
            relation,
            format,
            min_confidence,
            output,
            source,
        } => network(
            relation,
            format,
            min_confidence,
            output,
            &source,
            &base,
            batch,
            lexicon,
            reporter,
        ),
        Command::Serve {
            bind,
            timeout,
            max_result_mb,
            max_connections,
            allow_service,
            cors,
            source,
        } => {
            let source = if source.from.is_empty() {
                crate::serve::Source::Disk(source.store.store.clone(), base.clone())
            } else {
                crate::serve::Source::Fixed(
                    open_source(&source, &base, batch, lexicon, reporter)?.0,
                )
            };
            let options = crate::serve::Options {
                bind,
                timeout: (timeout > 0).then(|| Duration::from_secs(timeout)),
                max_result: max_result_mb.saturating_mul(1024 * 1024),
                max_connections,
                allow_service,
                cors,
            };
            crate::serve::serve(source, options)?;
            Ok(Outcome::Ok)
        }
        Command::Push {
            to,
            files,
            parallel,
            retries,
            timeout,
            store,
        } => {
            let options = crate::remote::PushOptions {
                to: to.clone(),
                parallel,
                retries,
                backoff: Duration::from_millis(500),
                timeout: Duration::from_secs(timeout.max(1)),
            };
            let started = std::time::Instant::now();
            let report = if files.is_empty() {
                let store = Store::open_read_only_in(&store.store, base.clone())?;
                crate::remote::push_store(&store, &options)?
            } else {
                crate::remote::push_files(&files, &options, &base)?
            };
            crate::remote::summarise(&report, &to, started);
            Ok(if report.failed.is_empty() {
                Outcome::Ok
            } else {
                Outcome::SomeFailed
            })
        }
        Command::Parse { paths, format } => parse_command(&paths, &format, batch, reporter),
        Command::EvalUd { file, names } => {
            let model = parley::nlp::builtin();
            let sentences = parley::nlp::train::read_treebank(&file).map_err(anyhow::Error::msg)?;
            println!("{}", parley::nlp::train::evaluate(model, &sentences));
            if let Some(path) = names {
                let gold = parley::nlp::train::read_names(&path).map_err(anyhow::Error::msg)?;
                println!("{}", parley::nlp::train::evaluate_names(model, &gold));
            }
            Ok(Outcome::Ok)
        }
        Command::NamesCv {
            treebank,
            folds,
            epochs,
            output,
            errors,
        } => {
            use parley::nlp::train as t;
            let start = std::time::Instant::now();
            let gazetteer = lexicon.name_gazetteer();
            let set = t::read_names(&treebank.join("uner_en_ewt-dev.iob2"))
                .map_err(anyhow::Error::msg)?;
            let model = parley::nlp::builtin();
            let (scores, wrong) =
                t::cross_validate_names(model, &set, &gazetteer, folds, epochs, errors);
            for w in wrong {
                println!("{w}");
            }
            println!("cv{folds} epochs={epochs}: {scores}");
            eprintln!("{:.0} s", start.elapsed().as_secs_f64());
            if let Some(output) = output {
                let mut m = model.clone();
                let examples = t::name_examples(&m, &set);
                m.names = parley::nlp::names::train(
                    &examples,
                    gazetteer,
                    &m.parser.labels,
                    epochs,
                    &mut |_| {},
                );
                std::fs::write(&output, m.to_bytes())
                    .with_context(|| format!("{}: cannot write the model", output.display()))?;
            }
            Ok(Outcome::Ok)
        }
        Command::Train { treebank, output } => {
            let start = std::time::Instant::now();
            let gazetteer = lexicon.name_gazetteer();
            let model = parley::nlp::train::train(&treebank, gazetteer, &mut |m| {
                eprintln!("{m} ({:.0} s)", start.elapsed().as_secs_f64())
            })
            .map_err(anyhow::Error::msg)?;
            let bytes = model.to_bytes();
            std::fs::write(&output, &bytes)
                .with_context(|| format!("{}: cannot write the model", output.display()))?;
            eprintln!(
                "wrote {} ({} bytes) in {:.0} s",
                output.display(),
                bytes.len(),
                start.elapsed().as_secs_f64()
            );
            Ok(Outcome::Ok)
        }
        Command::Eval {
            gold,
            paths,
            errors,
            json,
        } => {
            let gold_set = parley::eval::GoldSet::load(&gold)?;
            let mut facts: Vec<Fact> = Vec::new();
            let outcome = read_batches(&paths, None, batch, reporter, |docs| {
                facts.extend(extract(&docs, lexicon, reporter).into_iter().flatten());
            });
            let report = parley::eval::score(&gold_set, &facts);
            let mut out = std::io::stdout().lock();
            let text = if json {
                let mut s = serde_json::to_string_pretty(&report.to_json())?;
                s.push('\n');
                s
            } else {
                report.render_text(errors)
            };
            out.write_all(text.as_bytes())
                .map_err(|e| label_io(e, "stdout"))?;
            Ok(outcome)
        }
    }
}

/// Renders DOT with Graphviz and passes on what Graphviz said.
fn render_dot(text: &str, format: &str, path: &Path) -> Result<()> {
    for line in dot::render(text, format, path)? {
        eprintln!("parley: Graphviz: {line}");
    }
    Ok(())
}

/// `parley network`: the aggregated entity network of the store or of
/// `--from` articles.
#[allow(clippy::too_many_arguments)]
fn network(
    relation: Vec<String>,
    format: Option<String>,
    min_confidence: f32,
    output: Option<PathBuf>,
    source: &SourceArgs,
    base: &parley::rdf::Base,
    batch: usize,
    lexicon: &Lexicon,
    reporter: &Reporter,
) -> Result<Outcome> {
    use parley::network::{self, Builder, NetFact, Options};
    use parley::output::network::{self as write, NetworkFormat};
    let mut relations = Vec::new();
    for name in relation.iter().map(|r| r.trim()).filter(|r| !r.is_empty()) {
        let names = || {
            network::RELATIONS
                .iter()
                .map(|r| r.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        match parley::Relation::parse(name) {
            Some(r) if network::RELATIONS.contains(&r) => relations.push(r),
            Some(r) => bail!(
                "--relation {r}: a {r} fact links talks to a {}, not two entities, so it gives no edges; choose from {}",
                if r == parley::Relation::Topic { "subject" } else { "place or a day" },
                names()
            ),
            None => bail!("--relation {name}: no such relation; choose from {}", names()),
        }
    }
    if !(0.0..=1.0).contains(&min_confidence) {
        bail!("--min-confidence {min_confidence}: give a number from 0 to 1");
    }
    let output = output.filter(|o| o.as_os_str() != "-");
    let extension = output
        .as_ref()
        .and_then(|o| o.extension())
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    let render = extension.clone().filter(|e| e == "svg" || e == "png");
    let format = match (&format, &extension) {
        (Some(f), _) => NetworkFormat::parse(f).with_context(|| {
            format!("unknown network format `{f}`: use graphml, gexf, csv or dot")
        })?,
        (None, Some(_)) if render.is_some() => NetworkFormat::Dot,
        (None, Some(e)) => NetworkFormat::parse(e).unwrap_or(NetworkFormat::GraphMl),
        (None, None) => NetworkFormat::GraphMl,
    };
    if render.is_some() && format != NetworkFormat::Dot {
        bail!("an .svg or .png output is a rendered drawing: give --format dot (or no --format)");
    }
    let opts = Options {
        relations: relations.clone(),
        min_confidence,
    };
    let (net, outcome, articles) = if source.from.is_empty() {
        let store = Store::open_read_only_in(&source.store.store, base.clone())?;
        let articles = store.article_count()?;
        (network::from_store(&store, opts)?, Outcome::Ok, articles)
    } else {
        // Article by article, without a store: memory holds the network
        // and one batch of articles.
        let mut builder = Builder::new(opts);
        let mut articles = 0;
        let outcome = read_batches(&source.from, None, batch, reporter, |docs| {
            let facts = extract(&docs, lexicon, reporter);
            for (doc, facts) in docs.iter().zip(&facts) {
                let facts: Vec<NetFact> = facts
                    .iter()
                    .map(|f| NetFact::from_fact_in(f, base))
                    .collect();
                builder.add_article(&doc.id, &facts);
                articles += 1;
            }
        });
        (builder.finish(), outcome, articles)
    };
    let (nodes, edges) = (net.graph.node_count(), net.graph.edge_count());
    eprintln!(
        "parley: network of {articles} article{}: {nodes} entities, {edges} edges",
        if articles == 1 { "" } else { "s" }
    );
    match format {
        NetworkFormat::Neo4jCsv => {
            let dir = output.context(
                "--format csv writes two files, nodes.csv and relationships.csv: give the folder with -o DIR",
            )?;
            std::fs::create_dir_all(&dir)
                .with_context(|| format!("{}: cannot create the folder", dir.display()))?;
            let (n_path, r_path) = (dir.join("nodes.csv"), dir.join("relationships.csv"));
            let create = |p: &Path| {
                File::create(p)
                    .map(BufWriter::new)
                    .with_context(|| format!("{}: cannot create", p.display()))
            };
            let (mut n, mut r) = (create(&n_path)?, create(&r_path)?);
            let name = dir.display().to_string();
            write::write_neo4j_csv(&net, &mut n, &mut r, &mut |w| {
                eprintln!("parley: warning: {w}")
            })
            .map_err(|e| label_output(e, &name))?;
            n.flush()
                .map_err(|e| label_io(e, &n_path.display().to_string()))?;
            r.flush()
                .map_err(|e| label_io(e, &r_path.display().to_string()))?;
            eprintln!(
                "parley: wrote {} and {}; import with: neo4j-admin database import full --nodes={} --relationships={} DATABASE",
                n_path.display(),
                r_path.display(),
                n_path.display(),
                r_path.display()
            );
        }
        NetworkFormat::Dot => {
            let what = if relations.is_empty() {
                "Entity network".to_owned()
            } else {
                let names: Vec<&str> = relations.iter().map(|r| r.as_str()).collect();
                format!("Network: {}", names.join(", "))
            };
            let title = format!(
                "{what} of {articles} article{} ({nodes} entities, {edges} edges; edge weight = articles)",
                if articles == 1 { "" } else { "s" }
            );
            let mut text = Vec::new();
            write::write_dot(&net, &title, &mut text)?;
            let text = String::from_utf8(text).context("the DOT writer wrote UTF-8")?;
            match (render, output) {
                (Some(ext), Some(path)) => render_dot(&text, &ext, &path)?,
                (_, output) => write_to(output.as_deref(), |w| {
                    w.write_all(text.as_bytes()).map_err(|e| parley::Error::Io {
                        path: PathBuf::new(),
                        source: e,
                    })
                })?,
            }
        }
        NetworkFormat::GraphMl => write_to(output.as_deref(), |w| write::write_graphml(&net, w))?,
        NetworkFormat::Gexf => write_to(output.as_deref(), |w| write::write_gexf(&net, w))?,
        _ => bail!("this network format is not written yet"),
    }
    Ok(outcome)
}

/// `parley parse`: each article's sentences as CoNLL-U or a table.
fn parse_command(
    paths: &[String],
    format: &str,
    batch: usize,
    reporter: &Reporter,
) -> Result<Outcome> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = None;
    let outcome = read_batches(paths, None, batch, reporter, |docs| {
        for doc in &docs {
            let analysis = parley::analyse_document(doc);
            let text = if format == "table" {
                parley::text::render::table(doc, &analysis)
            } else {
                parley::text::render::conllu(doc, &analysis)
            };
            if failed.is_none() {
                if let Err(e) = out.write_all(text.as_bytes()) {
                    failed = Some(e);
                }
            }
        }
    });
    if let Some(e) = failed.or_else(|| out.flush().err()) {
        return Err(label_io(e, "stdout"));
    }
    Ok(outcome)
}

/// The query text and where it came from (for error messages).
fn query_text(
    sparql: Option<String>,
    file: Option<PathBuf>,
    name: Option<String>,
) -> Result<(String, String)> {
    if let Some(name) = name {
        let text = queries::named(&name).with_context(|| {
            let names: Vec<&str> = queries::NAMED.iter().map(|(n, _)| *n).collect();
            format!(
                "no shipped query `{name}`: choose one of {}",
                names.join(", ")
            )
        })?;
        return Ok((format!("query `{name}`"), text.to_owned()));
    }
    let from_stdin = || -> Result<String> {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .context("stdin: cannot read the query")?;
        Ok(s)
    };
    match (sparql, file) {
        (Some(q), _) if q == "-" => Ok(("stdin".into(), from_stdin()?)),
        (Some(q), _) => Ok(("the query".into(), q)),
        (None, Some(f)) if f.as_os_str() == "-" => Ok(("stdin".into(), from_stdin()?)),
        (None, Some(f)) => {
            let text = std::fs::read_to_string(&f)
                .with_context(|| format!("{}: cannot read the query", f.display()))?;
            Ok((f.display().to_string(), text))
        }
        (None, None) => bail!(
            "give a query: as an argument, with --file FILE, `-` for stdin, or --name NAME (see `parley query --list`)"
        ),
    }
}

/// Reads articles batch by batch ([`BATCH`] at a time, in input order),
/// reporting each unreadable input as an error and each lesser problem as
/// a warning. `stdin_id` names the article read from stdin.
fn read_batches(
    paths: &[String],
    stdin_id: Option<&str>,
    batch: usize,
    reporter: &Reporter,
    mut on_batch: impl FnMut(Vec<Document>),
) -> Outcome {
    let mut outcome = Outcome::Ok;
    parley::input::read_batches_named(
        paths,
        stdin_id,
        batch,
        &mut |e| {
            if e.is_warning() {
                reporter.warn(e.kind(), &e);
            } else {
                reporter.error(&e);
                outcome = Outcome::SomeFailed;
            }
        },
        &mut on_batch,
    );
    outcome
}

/// `--id` names the article read from stdin, so it needs `-` among the paths.
fn check_stdin_id(id: Option<String>, paths: &[String]) -> Result<Option<String>> {
    match id {
        Some(id) if !paths.iter().any(|p| p == "-") => bail!(
            "--id {id} names the article read from stdin: give `-` among the paths (other articles take their id from their front matter or path)"
        ),
        Some(id) if id.trim().is_empty() => bail!("--id needs a non-empty name"),
        id => Ok(id),
    }
}

/// Articles extracted at a time within a batch when a progress bar is shown,
/// so that it moves while a batch is extracted. Without a bar the batch is
/// extracted at once (each step waits for its slowest article).
const PROGRESS_STEP: usize = 64;

/// Extracts facts from `docs` in parallel; warnings go to the reporter,
/// named by the document's origin. Results are in input order.
fn extract(docs: &[Document], lexicon: &Lexicon, reporter: &Reporter) -> Vec<Vec<Fact>> {
    let mut out = Vec::with_capacity(docs.len());
    let step_len = if reporter.has_bar() {
        PROGRESS_STEP
    } else {
        docs.len().max(1)
    };
    for step in docs.chunks(step_len) {
        for (ex, doc) in parley::extract_all(step, lexicon).into_iter().zip(step) {
            for w in &ex.warnings {
                reporter.warn(&crate::report::kind_of(w), format!("{}: {w}", origin(doc)));
            }
            out.push(ex.facts);
        }
        reporter.advance(step.len(), step.iter().map(|d| d.text.len()).sum());
    }
    out
}

fn origin(doc: &Document) -> &str {
    if doc.origin.is_empty() {
        &doc.id
    } else {
        &doc.origin
    }
}

/// An extractor confidence given on the command line: a number from 0 to 1.
fn confidence(s: &str) -> std::result::Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(c) if (0.0..=1.0).contains(&c) => Ok(c),
        _ => Err(format!(
            "`{s}` is not a confidence: give a number from 0 to 1"
        )),
    }
}

/// The store on disk (read-only), or `--from` articles in memory, with
/// data IRIs under `base`.
fn open_source(
    source: &SourceArgs,
    base: &parley::rdf::Base,
    batch: usize,
    lexicon: &Lexicon,
    reporter: &Reporter,
) -> Result<(Store, Outcome)> {
    if source.from.is_empty() {
        let store = Store::open_read_only_in(&source.store.store, base.clone())?;
        return Ok((store, Outcome::Ok));
    }
    let store = Store::in_memory()?.with_base(base.clone());
    let mut loaded = Ok(());
    let outcome = read_batches(&source.from, None, batch, reporter, |chunk| {
        if loaded.is_ok() {
            let facts = extract(&chunk, lexicon, reporter);
            loaded = store
                .ingest_many(chunk.iter().zip(facts.iter().map(Vec::as_slice)))
                .map(drop);
        }
    });
    loaded?;
    Ok((store, outcome))
}

/// Quads written (added or removed) after which `ingest` compacts the store.
/// The bulk loader adds a level-0 file per batch and column family, and
/// removals leave tombstones: until compaction merges them, every lookup of
/// a query probes each file (this halves the time of the named queries on a
/// corpus of thousands of articles, and costs seconds).
const COMPACT_AFTER_WRITING: usize = 100_000;

/// How `ingest` treats what it reads.
struct IngestOptions {
    /// Extract articles the store holds unchanged too.
    force: bool,
    /// Refuse to replace an article stored with a different text.
    no_replace: bool,
    /// The id of the article read from stdin (`--id`).
    stdin_id: Option<String>,
}

/// Replaced articles named in the closing line; `--verbose` names them all.
const REPLACED_SHOWN: usize = 10;

fn ingest(
    paths: &[String],
    store_path: &Path,
    base: &parley::rdf::Base,
    batch: usize,
    lexicon: &Lexicon,
    opts: IngestOptions,
    reporter: &Reporter,
) -> Result<Outcome> {
    let store = Store::open_in(store_path, base.clone())?;
    reporter.start_bar(|| parley::input::total_size(paths));
    let mut facts_n = 0;
    let mut docs_n = 0;
    let mut unchanged_n = 0;
    let mut replaced_ids: Vec<String> = Vec::new();
    let mut refused_n = 0;
    let mut done = parley::store::Ingested::default();
    let mut loaded = Ok(());
    // Batch by batch: memory holds the articles in flight, not the corpus,
    // and each batch is committed before the next is read.
    let outcome = read_batches(paths, opts.stdin_id.as_deref(), batch, reporter, |chunk| {
        if loaded.is_err() {
            return;
        }
        docs_n += chunk.len();
        let mut kept = Vec::with_capacity(chunk.len());
        for doc in chunk {
            let stored = match store.stored_digest(&doc.id) {
                Ok(d) => d,
                Err(e) => {
                    loaded = Err(e);
                    return;
                }
            };
            let Some(stored) = stored else {
                kept.push(doc);
                continue;
            };
            if stored != parley::rdf::source_digest(&doc) {
                if opts.no_replace {
                    reporter.error(format!(
                        "{}: the store holds a different article with id `{}`; kept it (--no-replace); give this one another id, or `parley delete {}` first",
                        origin(&doc),
                        doc.id,
                        doc.id
                    ));
                    refused_n += 1;
                    reporter.advance(1, doc.text.len());
                    continue;
                }
                replaced_ids.push(doc.id.clone());
                kept.push(doc);
            } else {
                kept.push(doc);
            }
        }
        // Articles the store holds as read now, extracted by this version,
        // are skipped before extraction.
        let read = kept.len();
        let chunk: Vec<Document> = if opts.force {
            kept
        } else {
            match store.unchanged(&kept) {
                Ok(same) => {
                    let mut left = Vec::with_capacity(kept.len());
                    for (d, same) in kept.into_iter().zip(same) {
                        if same {
                            reporter.advance(1, d.text.len());
                        } else {
                            left.push(d);
                        }
                    }
                    left
                }
                Err(e) => {
                    loaded = Err(e);
                    return;
                }
            }
        };
        unchanged_n += read - chunk.len();
        let facts = extract(&chunk, lexicon, reporter);
        facts_n += facts.iter().map(Vec::len).sum::<usize>();
        match store.ingest_many(chunk.iter().zip(facts.iter().map(Vec::as_slice))) {
            Ok(n) => done += n,
            Err(e) => loaded = Err(e),
        }
    });
    reporter.end_bar();
    loaded?;
    if done.added + done.removed + done.described >= COMPACT_AFTER_WRITING {
        store.optimize()?;
    }
    store.flush()?;
    let articles = store.article_count()?;
    reporter.info(format!(
        "{} article{} read: {} new, {} replaced, {} unchanged (skipped){}; {} facts extracted; store {} holds {} quads, {} article{}",
        docs_n,
        if docs_n == 1 { "" } else { "s" },
        done.new,
        done.replaced,
        unchanged_n,
        if refused_n > 0 { format!(", {refused_n} kept (--no-replace)") } else { String::new() },
        facts_n,
        store_path.display(),
        store.quad_count()?,
        articles,
        if articles == 1 { "" } else { "s" },
    ));
    if !replaced_ids.is_empty() {
        let shown = if reporter.is_verbose() {
            replaced_ids.len()
        } else {
            REPLACED_SHOWN
        };
        let more = replaced_ids.len().saturating_sub(shown);
        reporter.info(format!(
            "replaced (the store held another text under these ids): {}{}",
            replaced_ids[..replaced_ids.len().min(shown)].join(", "),
            if more > 0 {
                format!(" and {more} more (--verbose lists them all)")
            } else {
                String::new()
            }
        ));
    }
    Ok(if refused_n > 0 {
        Outcome::SomeFailed
    } else {
        outcome
    })
}

/// `parley delete`: removes articles by id.
fn delete(
    ids: &[String],
    store_path: &Path,
    base: &parley::rdf::Base,
    reporter: &Reporter,
) -> Result<Outcome> {
    if !store_path.exists() {
        bail!(
            "store {}: no store here, so nothing to delete (give --store DIR)",
            store_path.display()
        );
    }
    let store = Store::open_in(store_path, base.clone())?;
    let mut outcome = Outcome::Ok;
    for id in ids {
        if store.remove_article(id)? {
            reporter.info(format!("deleted {id}"));
        } else {
            reporter.error(format!(
                "{id}: not found in store {} (list ids with `parley query --name articles`)",
                store_path.display()
            ));
            outcome = Outcome::SomeFailed;
        }
    }
    store.flush()?;
    Ok(outcome)
}

fn facts(
    paths: &[String],
    stdin_id: Option<&str>,
    format: &str,
    min_confidence: Option<f64>,
    batch: usize,
    lexicon: &Lexicon,
    reporter: &Reporter,
) -> Result<Outcome> {
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut written = if format == "jsonl" {
        Ok(())
    } else {
        writeln!(out, "{}", parley::output::facts::TSV_HEADER)
    };
    // Batch by batch: memory holds the articles in flight, not the corpus.
    let outcome = read_batches(paths, stdin_id, batch, reporter, |docs| {
        if written.is_err() {
            return;
        }
        let facts: Vec<Fact> = extract(&docs, lexicon, reporter)
            .into_iter()
            .flatten()
            .filter(|f| min_confidence.is_none_or(|m| f.evidence.confidence >= m as f32))
            .collect();
        written = if format == "jsonl" {
            parley::output::facts::write_jsonl(&mut out, &facts)
        } else {
            parley::output::facts::write_tsv_rows(&mut out, &facts)
        };
    });
    written
        .and_then(|()| out.flush())
        .map_err(|e| label_io(e, "stdout"))?;
    Ok(outcome)
}

/// Runs `f` on stdout or on a new file, naming the destination in errors.
fn write_to(
    output: Option<&Path>,
    f: impl FnOnce(&mut dyn Write) -> parley::Result<()>,
) -> Result<()> {
    match output {
        None => {
            let mut out = BufWriter::new(std::io::stdout().lock());
            f(&mut out).map_err(|e| label_output(e, "stdout"))?;
            out.flush().map_err(|e| label_io(e, "stdout"))?;
        }
        Some(path) => {
            let name = path.display().to_string();
            let file = File::create(path).with_context(|| format!("{name}: cannot create"))?;
            let mut out = BufWriter::new(file);
            f(&mut out).map_err(|e| label_output(e, &name))?;
            out.flush().map_err(|e| label_io(e, &name))?;
        }
    }
    Ok(())
}

/// Gives an output I/O error (which the library leaves unnamed) its
/// destination.
fn label_output(e: parley::Error, name: &str) -> anyhow::Error {
    match e {
        parley::Error::Io { path, source } if path.as_os_str().is_empty() => label_io(source, name),
        other => other.into(),
    }
}

fn label_io(e: std::io::Error, name: &str) -> anyhow::Error {
    anyhow::Error::new(e).context(format!("{name}: cannot write"))
}
