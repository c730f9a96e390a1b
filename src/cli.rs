//! The command line: clap definitions and one function per command.
//!
//! This is the only module (with `main.rs`) that uses `anyhow`: the library
//! returns typed errors, and here they get the context a user needs (which
//! file, which store). Data goes to stdout, progress and warnings to stderr.

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
    /// Directory of lexicon TSV files to use instead of the built-in lexicon.
    #[arg(long, global = true, value_name = "DIR")]
    pub lexicon: Option<PathBuf>,

    /// Number of threads for extraction (default: one per core). Output is the
    /// same for any number.
    #[arg(long, global = true, value_name = "N")]
    pub threads: Option<usize>,

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
    Ingest {
        /// Articles: files, folders (searched for .txt, .md and .jsonl), or `-`
        /// for stdin (one article, or JSONL records streamed one by one when
        /// its first line is a record with a `text` field).
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<String>,
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
        /// Output format: `tsv` or `jsonl`.
        #[arg(long, default_value = "tsv", value_parser = ["tsv", "jsonl"])]
        format: String,
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
    /// The store directory.
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
    let batch = cli.batch;
    let owned;
    let lexicon: &Lexicon = match &cli.lexicon {
        Some(dir) => {
            owned = Lexicon::from_dir(dir)
                .with_context(|| format!("{}: cannot load the lexicon", dir.display()))?;
            &owned
        }
        None => Lexicon::builtin(),
    };
    match cli.command {
        Command::Ingest {
            paths,
            force,
            store,
        } => ingest(
            &paths,
            batch,
            &store.store,
            lexicon,
            force || cli.lexicon.is_some(),
        ),
        Command::Facts { paths, format } => facts(&paths, &format, batch, lexicon),
        Command::Query {
            sparql,
            file,
            name,
            list,
            format,
            timeout,
            endpoint,
            source,
        } => {
            if list {
                for (name, text) in queries::NAMED {
                    println!("{name:<15} {}", queries::summary(text));
                }
                return Ok(Outcome::Ok);
            }
            let (origin, text) = query_text(sparql, file, name)?;
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
            let (store, outcome) = open_source(&source, batch, lexicon)?;
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
                    let mut stream = parley::output::export::NQuadsStream::new();
                    let mut written = Ok(());
                    outcome = read_batches(&source.from, batch, |docs| {
                        if written.is_ok() {
                            let facts = extract(&docs, lexicon);
                            written = stream.write_batch(&docs, &facts, w);
                        }
                    });
                    written
                })?;
                return Ok(outcome);
            }
            let (store, outcome) = open_source(&source, batch, lexicon)?;
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
            let (store, outcome) = open_source(&source, batch, lexicon)?;
            let opts = DotOptions {
                doc,
                focus,
                depth,
                query,
                provenance,
            };
            let text = dot::dot(&store, &opts)?;
            match (render, output) {
                (Some(format), Some(path)) => dot::render(&text, &format, &path)?,
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
                crate::serve::Source::Disk(source.store.store.clone())
            } else {
                crate::serve::Source::Fixed(open_source(&source, batch, lexicon)?.0)
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
                let store = Store::open_read_only(&store.store)?;
                crate::remote::push_store(&store, &options)?
            } else {
                crate::remote::push_files(&files, &options)?
            };
            crate::remote::summarise(&report, &to, started);
            Ok(if report.failed.is_empty() {
                Outcome::Ok
            } else {
                Outcome::SomeFailed
            })
        }
        Command::Parse { paths, format } => parse_command(&paths, &format, batch),
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
            let outcome = read_batches(&paths, batch, |docs| {
                facts.extend(extract(&docs, lexicon).into_iter().flatten());
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

/// `parley parse`: each article's sentences as CoNLL-U or a table.
fn parse_command(paths: &[String], format: &str, batch: usize) -> Result<Outcome> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = None;
    let outcome = read_batches(paths, batch, |docs| {
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
/// reporting each unreadable input on stderr.
fn read_batches(
    paths: &[String],
    batch: usize,
    mut on_batch: impl FnMut(Vec<Document>),
) -> Outcome {
    let mut outcome = Outcome::Ok;
    parley::input::read_batches(
        paths,
        batch,
        &mut |e| {
            eprintln!("parley: {e}");
            if !e.is_warning() {
                outcome = Outcome::SomeFailed;
            }
        },
        &mut on_batch,
    );
    outcome
}

/// Extracts facts from `docs` in parallel; warnings go to stderr, named by
/// the document's origin. Results are in input order.
fn extract(docs: &[Document], lexicon: &Lexicon) -> Vec<Vec<Fact>> {
    parley::extract_all(docs, lexicon)
        .into_iter()
        .zip(docs)
        .map(|(ex, doc)| {
            for w in &ex.warnings {
                eprintln!("{}: warning: {w}", origin(doc));
            }
            ex.facts
        })
        .collect()
}

fn origin(doc: &Document) -> &str {
    if doc.origin.is_empty() {
        &doc.id
    } else {
        &doc.origin
    }
}

/// The store on disk (read-only), or `--from` articles in memory.
fn open_source(source: &SourceArgs, batch: usize, lexicon: &Lexicon) -> Result<(Store, Outcome)> {
    if source.from.is_empty() {
        return Ok((Store::open_read_only(&source.store.store)?, Outcome::Ok));
    }
    let store = Store::in_memory()?;
    let mut loaded = Ok(());
    let outcome = read_batches(&source.from, batch, |chunk| {
        if loaded.is_ok() {
            let facts = extract(&chunk, lexicon);
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

fn ingest(
    paths: &[String],
    batch: usize,
    store_path: &Path,
    lexicon: &Lexicon,
    force: bool,
) -> Result<Outcome> {
    let store = Store::open(store_path)?;
    let progress = std::io::stderr().is_terminal();
    let mut facts_n = 0;
    let mut docs_n = 0;
    let mut unchanged_n = 0;
    let mut done = parley::store::Ingested::default();
    let mut loaded = Ok(());
    // Batch by batch: memory holds the articles in flight, not the corpus,
    // and each batch is committed before the next is read.
    let outcome = read_batches(paths, batch, |chunk| {
        if loaded.is_err() {
            return;
        }
        docs_n += chunk.len();
        let read = chunk.len();
        // Articles the store holds as read now, extracted by this version,
        // are skipped before extraction.
        let chunk: Vec<Document> = if force {
            chunk
        } else {
            match store.unchanged(&chunk) {
                Ok(same) => chunk
                    .into_iter()
                    .zip(same)
                    .filter_map(|(d, same)| (!same).then_some(d))
                    .collect(),
                Err(e) => {
                    loaded = Err(e);
                    return;
                }
            }
        };
        unchanged_n += read - chunk.len();
        let facts = extract(&chunk, lexicon);
        facts_n += facts.iter().map(Vec::len).sum::<usize>();
        match store.ingest_many(chunk.iter().zip(facts.iter().map(Vec::as_slice))) {
            Ok(n) => done += n,
            Err(e) => loaded = Err(e),
        }
        if progress {
            eprint!("\ringested {docs_n} articles");
        }
    });
    loaded?;
    if progress && docs_n > 0 {
        eprintln!();
    }
    if done.added + done.removed + done.described >= COMPACT_AFTER_WRITING {
        store.optimize()?;
    }
    store.flush()?;
    let articles = store.article_count()?;
    eprintln!(
        "{} article{} read: {} new, {} replaced, {} unchanged (skipped); {} facts extracted; store {} holds {} quads, {} article{}",
        docs_n,
        if docs_n == 1 { "" } else { "s" },
        done.new,
        done.replaced,
        unchanged_n,
        facts_n,
        store_path.display(),
        store.quad_count()?,
        articles,
        if articles == 1 { "" } else { "s" },
    );
    Ok(outcome)
}

fn facts(paths: &[String], format: &str, batch: usize, lexicon: &Lexicon) -> Result<Outcome> {
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut written = if format == "jsonl" {
        Ok(())
    } else {
        writeln!(out, "{}", parley::output::facts::TSV_HEADER)
    };
    // Batch by batch: memory holds the articles in flight, not the corpus.
    let outcome = read_batches(paths, batch, |docs| {
        if written.is_err() {
            return;
        }
        let facts: Vec<Fact> = extract(&docs, lexicon).into_iter().flatten().collect();
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
