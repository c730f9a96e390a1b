//! The `facts` output: the TSV contract of shared/EVAL.md, and JSONL with the
//! full evidence.
//!
//! TSV columns: `doc relation arg1 arg2 arg3 sentence start end`, one fact a
//! line; `start..end` are byte offsets into the article's text as read. A tab
//! or line break inside an argument would break the columns, so each becomes
//! a space (the scorer in [`crate::eval`] cleans arguments the same way).

use crate::fact::Fact;
use std::io::Write;

/// The TSV header, exactly as EVAL.md writes it.
pub const TSV_HEADER: &str = "doc\trelation\targ1\targ2\targ3\tsentence\tstart\tend";

/// An argument (or id) made safe for one TSV cell: tabs and line breaks
/// become spaces.
pub fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

/// Write facts as TSV, header first, in the order given.
pub fn write_tsv(w: &mut dyn Write, facts: &[Fact]) -> std::io::Result<()> {
    writeln!(w, "{TSV_HEADER}")?;
    write_tsv_rows(w, facts)
}

/// Write facts as TSV rows without the header (for output written batch by batch).
pub fn write_tsv_rows(w: &mut dyn Write, facts: &[Fact]) -> std::io::Result<()> {
    for f in facts {
        let [a1, a2, a3] = f.arg_texts();
        writeln!(
            w,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            clean(&f.doc),
            f.relation,
            clean(a1),
            clean(a2),
            clean(a3),
            f.evidence.sentence,
            f.evidence.span.start,
            f.evidence.span.end
        )?;
    }
    Ok(())
}

/// Write facts as JSON Lines: one object a fact with `doc`, `relation`,
/// typed `args` (entities with kind and Wikidata id, literals) and
/// `evidence` (`sentence`, `span {start, end}`, `rule`, `confidence`).
pub fn write_jsonl(w: &mut dyn Write, facts: &[Fact]) -> std::io::Result<()> {
    for f in facts {
        serde_json::to_writer(&mut *w, f)?;
        w.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fact::{Arg, EntityKind, Evidence, Relation};

    fn fact(relation: Relation, args: Vec<Arg>) -> Fact {
        Fact {
            doc: "talks".into(),
            relation,
            args,
            evidence: Evidence {
                sentence_span: 0..0,
                sentence: 3,
                span: 10..42,
                rule: "test/rule",
                confidence: 0.9,
            },
        }
    }

    fn facts() -> Vec<Fact> {
        vec![
            fact(
                Relation::Mediator,
                vec![Arg::entity("Oman", EntityKind::Country)],
            ),
            fact(
                Relation::Quote,
                vec![
                    Arg::entity("Lena Okafor", EntityKind::Person),
                    Arg::literal("we\tare\nclose"),
                ],
            ),
            fact(
                Relation::Role,
                vec![
                    Arg::entity("Lena Okafor", EntityKind::Person),
                    Arg::literal("Foreign Minister"),
                    Arg::entity("Norway", EntityKind::Country),
                ],
            ),
        ]
    }

    #[test]
    fn tsv_rows() {
        let mut out = Vec::new();
        write_tsv(&mut out, &facts()).expect("writing to a Vec cannot fail");
        let text = String::from_utf8(out).expect("utf-8");
        let expected = [
            "doc\trelation\targ1\targ2\targ3\tsentence\tstart\tend",
            "talks\tmediator\tOman\t\t\t3\t10\t42",
            "talks\tquote\tLena Okafor\twe are close\t\t3\t10\t42",
            "talks\trole\tLena Okafor\tForeign Minister\tNorway\t3\t10\t42",
        ];
        assert_eq!(text.lines().collect::<Vec<_>>(), expected);
        assert!(text.lines().all(|l| l.split('\t').count() == 8));
    }

    #[test]
    fn tsv_is_read_back_by_the_scorer() {
        let mut out = Vec::new();
        write_tsv(&mut out, &facts()).expect("writing to a Vec cannot fail");
        let rows = crate::eval::parse_facts_tsv(&String::from_utf8_lossy(&out));
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[1].2[1], "we are close");
    }

    #[test]
    fn jsonl_objects() {
        let mut out = Vec::new();
        write_jsonl(&mut out, &facts()).expect("writing to a Vec cannot fail");
        let text = String::from_utf8(out).expect("utf-8");
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).expect("each line is JSON"))
            .collect();
        assert_eq!(lines.len(), 3);
        let q = &lines[1];
        assert_eq!(q["doc"], "talks");
        assert_eq!(q["relation"], "quote");
        assert_eq!(q["args"][0]["type"], "entity");
        assert_eq!(q["args"][0]["kind"], "person");
        assert_eq!(q["args"][1]["value"], "we\tare\nclose");
        assert_eq!(q["evidence"]["rule"], "test/rule");
        assert_eq!(q["evidence"]["sentence"], 3);
        assert_eq!(q["evidence"]["span"]["start"], 10);
        assert_eq!(q["evidence"]["span"]["end"], 42);
        let conf = q["evidence"]["confidence"].as_f64().expect("a number");
        assert!((conf - 0.9).abs() < 1e-6);
    }
}
