//! SPARQL query results: an aligned table for people, the W3C result
//! formats (CSV, TSV, JSON, XML) for programs, and any RDF format for the
//! graphs CONSTRUCT and DESCRIBE return.

use super::{io_error, rdf_format, serializer, xml_safe};
use crate::error::{Error, Result};
use crate::rdf::vocab::{compact_for_display, xsd};
use oxigraph::io::RdfFormat;
use oxigraph::model::{Term, Variable};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, QuerySolution};
use std::io::Write;

/// How to print query results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultsFormat {
    /// An aligned table with prefixed names (solutions and booleans).
    Table,
    /// A W3C SPARQL results format.
    Sparql(QueryResultsFormat),
    /// An RDF format (graph results only).
    Rdf(RdfFormat),
}

impl ResultsFormat {
    /// Parses `table`, a SPARQL results format (`csv`, `tsv`, `json`, `xml`,
    /// by name, extension or media type) or an RDF format.
    pub fn parse(s: &str) -> Option<ResultsFormat> {
        let lower = s.trim().to_ascii_lowercase();
        if lower == "table" {
            return Some(ResultsFormat::Table);
        }
        if let Some(f) = QueryResultsFormat::from_extension(&lower)
            .or_else(|| QueryResultsFormat::from_media_type(&lower))
        {
            return Some(ResultsFormat::Sparql(f));
        }
        rdf_format(&lower).map(ResultsFormat::Rdf)
    }
}

/// Writes query results to `w`.
///
/// `format` `None` picks a default: a table on a terminal (`terminal`), TSV
/// when piped; Turtle for graph results. A graph format for solutions (or the
/// reverse) is an error that says which formats fit.
pub fn write_results(
    results: QueryResults<'_>,
    format: Option<ResultsFormat>,
    terminal: bool,
    w: &mut dyn Write,
) -> Result<()> {
    match results {
        QueryResults::Boolean(value) => match format {
            None | Some(ResultsFormat::Table) => writeln!(w, "{value}").map_err(io_error),
            Some(ResultsFormat::Sparql(f)) => QueryResultsSerializer::from_format(f)
                .serialize_boolean_to_writer(xml_safe(w, f == QueryResultsFormat::Xml), value)
                .map(drop)
                .map_err(io_error),
            Some(ResultsFormat::Rdf(_)) => Err(Error::Output(
                "an ASK query gives true or false: use --format table, csv, tsv, json or xml"
                    .into(),
            )),
        },
        QueryResults::Solutions(solutions) => {
            let format = format.unwrap_or(if terminal {
                ResultsFormat::Table
            } else {
                ResultsFormat::Sparql(QueryResultsFormat::Tsv)
            });
            let variables = solutions.variables().to_vec();
            match format {
                ResultsFormat::Table => {
                    let rows = solutions
                        .collect::<std::result::Result<Vec<_>, _>>()
                        .map_err(query_error)?;
                    write_table(&variables, &rows, w).map_err(io_error)
                }
                ResultsFormat::Sparql(f) => {
                    let mut out = QueryResultsSerializer::from_format(f)
                        .serialize_solutions_to_writer(
                            xml_safe(w, f == QueryResultsFormat::Xml),
                            variables,
                        )
                        .map_err(io_error)?;
                    for solution in solutions {
                        let solution = solution.map_err(query_error)?;
                        out.serialize(&solution).map_err(io_error)?;
                    }
                    out.finish().map(drop).map_err(io_error)
                }
                ResultsFormat::Rdf(_) => Err(Error::Output(
                    "a SELECT query gives solutions: use --format table, csv, tsv, json or xml (RDF formats are for CONSTRUCT and DESCRIBE)".into(),
                )),
            }
        }
        QueryResults::Graph(triples) => {
            let rdf = match format {
                None | Some(ResultsFormat::Table) => RdfFormat::Turtle,
                Some(ResultsFormat::Rdf(f)) => f,
                Some(ResultsFormat::Sparql(_)) => {
                    return Err(Error::Output(
                        "a CONSTRUCT or DESCRIBE query gives a graph: use an RDF format (turtle, ntriples, rdfxml, jsonld, ...)".into(),
                    ))
                }
            };
            let mut out = serializer(rdf).for_writer(xml_safe(w, matches!(rdf, RdfFormat::RdfXml)));
            for triple in triples {
                let triple = triple.map_err(query_error)?;
                out.serialize_triple(&triple).map_err(io_error)?;
            }
            out.finish().map(drop).map_err(io_error)
        }
    }
}

fn query_error(e: impl std::fmt::Display) -> Error {
    Error::Query(format!("query failed: {e}"))
}

/// How a term reads in a table: prefixed names, bare literal values for
/// strings, numbers and dates, and no raw line breaks, tabs or terminal
/// escapes (see [`crate::text::visible`]).
pub fn display_term(term: &Term) -> String {
    let s = match term {
        Term::NamedNode(n) => {
            compact_for_display(n.as_str()).unwrap_or_else(|| format!("<{}>", n.as_str()))
        }
        Term::BlankNode(b) => format!("_:{}", b.as_str()),
        Term::Literal(l) => {
            let dt = l.datatype();
            let bare = [
                xsd::STRING,
                xsd::INTEGER,
                xsd::NON_NEGATIVE_INTEGER,
                xsd::DECIMAL,
                xsd::DOUBLE,
                xsd::DATE,
                xsd::BOOLEAN,
            ];
            if l.language().is_some() || bare.contains(&dt) {
                l.value().to_owned()
            } else {
                l.to_string()
            }
        }
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    };
    crate::text::visible(&s)
}

fn write_table(
    variables: &[Variable],
    rows: &[QuerySolution],
    w: &mut dyn Write,
) -> std::io::Result<()> {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            variables
                .iter()
                .map(|v| row.get(v).map(display_term).unwrap_or_default())
                .collect()
        })
        .collect();
    let header: Vec<String> = variables.iter().map(|v| v.as_str().to_owned()).collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &cells {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |w: &mut dyn Write, row: &[String]| -> std::io::Result<()> {
        let mut out = String::new();
        for (i, (cell, width)) in row.iter().zip(&widths).enumerate() {
            if i > 0 {
                out.push_str("  ");
            }
            out.push_str(cell);
            // No padding after the last column: no trailing spaces.
            if i + 1 < row.len() {
                out.extend(std::iter::repeat_n(' ', width - cell.chars().count()));
            }
        }
        writeln!(w, "{out}")
    };
    line(w, &header)?;
    let rule: Vec<String> = widths.iter().map(|n| "─".repeat(*n)).collect();
    line(w, &rule)?;
    for row in &cells {
        line(w, row)?;
    }
    writeln!(
        w,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{Literal, NamedNode};
    use std::sync::Arc;

    fn solutions() -> QueryResults<'static> {
        let vars: Arc<[Variable]> = vec![
            Variable::new_unchecked("who"),
            Variable::new_unchecked("said"),
        ]
        .into();
        let rows = vec![
            Ok(vec![
                Some(NamedNode::new_unchecked("https://parley.example/id/country/oman").into()),
                Some(Literal::new_simple_literal("line\nbreak").into()),
            ]),
            Ok(vec![None, Some(Literal::new_simple_literal("x").into())]),
        ];
        QueryResults::Solutions(oxigraph::sparql::QuerySolutionIter::from_tuples(vars, rows))
    }

    fn render(results: QueryResults<'_>, format: Option<ResultsFormat>, terminal: bool) -> String {
        let mut out = Vec::new();
        write_results(results, format, terminal, &mut out).expect("writes");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn table_is_aligned_with_prefixed_names() {
        let table = render(solutions(), None, true);
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines[0], format!("who{}said", " ".repeat(14)));
        assert_eq!(lines[2], "id:country/oman  line⏎break");
        assert_eq!(lines[3], format!("{}x", " ".repeat(17)));
        assert_eq!(lines[4], "(2 rows)");
    }

    #[test]
    fn piped_default_is_tsv_and_formats_parse() {
        let tsv = render(solutions(), None, false);
        assert!(tsv.starts_with("?who\t?said\n"), "{tsv}");
        assert_eq!(
            ResultsFormat::parse("csv"),
            Some(ResultsFormat::Sparql(QueryResultsFormat::Csv))
        );
        assert_eq!(ResultsFormat::parse("TABLE"), Some(ResultsFormat::Table));
        assert_eq!(
            ResultsFormat::parse("ttl"),
            Some(ResultsFormat::Rdf(RdfFormat::Turtle))
        );
        assert_eq!(ResultsFormat::parse("nonsense"), None);
    }

    #[test]
    fn wrong_kind_of_format_is_an_error() {
        let mut out = Vec::new();
        let e = write_results(
            solutions(),
            Some(ResultsFormat::Rdf(RdfFormat::Turtle)),
            true,
            &mut out,
        );
        assert!(matches!(e, Err(Error::Output(_))));
        assert_eq!(render(QueryResults::Boolean(true), None, true), "true\n");
    }
}
