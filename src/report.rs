//! What a run tells the user on stderr while it goes: one progress bar on a
//! terminal, errors as they happen, warnings summarised by kind at the end.
//!
//! - default: errors (a file that cannot be read, an id taken twice, an
//!   article `--no-replace` keeps) are printed as they happen; warnings are
//!   counted by kind and summarised at the end, with the first of each kind;
//! - `--verbose`: every warning is printed as it happens, and the summary too;
//! - `--quiet`: errors only (no bar, no summary, no closing line).
//!
//! The bar (articles, MB/s, ETA) is drawn only when stderr is a terminal,
//! and whatever is printed while it is shown goes above it, so it is never
//! overwritten. On a pipe or a file there is no bar and no escape codes.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::io::IsTerminal;

/// How much a run says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verbosity {
    Quiet,
    Normal,
    Verbose,
}

/// The run's voice on stderr.
pub struct Reporter {
    verbosity: Verbosity,
    bar: RefCell<Option<ProgressBar>>,
    /// Warnings by kind: how many, and the first one's text.
    warnings: RefCell<BTreeMap<String, (usize, String)>>,
    articles: Cell<u64>,
}

impl Reporter {
    pub fn new(verbosity: Verbosity) -> Reporter {
        Reporter {
            verbosity,
            bar: RefCell::new(None),
            warnings: RefCell::new(BTreeMap::new()),
            articles: Cell::new(0),
        }
    }

    /// Whether every warning and name is to be listed (`--verbose`).
    pub fn is_verbose(&self) -> bool {
        self.verbosity == Verbosity::Verbose
    }

    /// Shows a progress bar over `total_bytes` of input when stderr is a
    /// terminal (and the run is not quiet).
    /// `total_bytes` is only called when a bar is shown (it may walk the
    /// input folders).
    pub fn start_bar(&self, total_bytes: impl FnOnce() -> u64) {
        if self.verbosity == Verbosity::Quiet || !std::io::stderr().is_terminal() {
            return;
        }
        let bar = ProgressBar::with_draw_target(Some(total_bytes()), ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template(
            "{msg:>14} [{wide_bar}] {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ");
        bar.set_style(style);
        bar.set_message("0 articles");
        *self.bar.borrow_mut() = Some(bar);
    }

    /// `articles` more articles, `bytes` more bytes of input done (the
    /// bytes of their texts: a JSONL corpus's escapes and fields make the
    /// file larger, so there the bar ends short of its total and the ETA
    /// errs on the early side).
    /// Whether a progress bar is shown.
    pub fn has_bar(&self) -> bool {
        self.bar.borrow().is_some()
    }

    pub fn advance(&self, articles: usize, bytes: usize) {
        self.articles.set(self.articles.get() + articles as u64);
        if let Some(bar) = &*self.bar.borrow() {
            bar.inc(bytes as u64);
            bar.set_message(format!("{} articles", self.articles.get()));
        }
    }

    /// Prints a line above the bar (or plainly when there is none).
    fn print(&self, line: &str) {
        match &*self.bar.borrow() {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    /// An error: always printed.
    pub fn error(&self, message: impl std::fmt::Display) {
        self.print(&format!("parley: {message}"));
    }

    /// A warning of kind `kind`: printed under `--verbose`, counted always.
    pub fn warn(&self, kind: &str, message: impl std::fmt::Display) {
        let line = format!("parley: warning: {message}");
        if self.verbosity == Verbosity::Verbose {
            self.print(&line);
        }
        let mut warnings = self.warnings.borrow_mut();
        let entry = warnings.entry(kind.to_owned()).or_insert_with(|| (0, line));
        entry.0 += 1;
    }

    /// A closing line (counts of what was done): not under `--quiet`.
    pub fn info(&self, message: impl std::fmt::Display) {
        if self.verbosity != Verbosity::Quiet {
            self.print(&message.to_string());
        }
    }

    /// Removes the bar (the work it measured is done).
    pub fn end_bar(&self) {
        if let Some(bar) = self.bar.borrow_mut().take() {
            bar.finish_and_clear();
        }
    }

    /// Removes the bar and prints the summary of warnings by kind.
    pub fn finish(&self) {
        self.end_bar();
        let warnings = self.warnings.borrow();
        if self.verbosity == Verbosity::Quiet || warnings.is_empty() {
            return;
        }
        let total: usize = warnings.values().map(|(n, _)| n).sum();
        eprintln!(
            "parley: {total} warning{} by kind{}:",
            if total == 1 { "" } else { "s" },
            if self.verbosity == Verbosity::Verbose {
                ""
            } else {
                " (--verbose lists them all)"
            }
        );
        for (kind, (n, first)) in warnings.iter() {
            eprintln!("  {n:>6} × {kind} (first: {first})");
        }
    }
}

/// The kind of an analysis warning: its text with numbers left out, so
/// "unbalanced quotation mark at byte 17" and "... at byte 230" are one kind.
pub fn kind_of(warning: &str) -> String {
    let mut kind = String::with_capacity(warning.len());
    let mut in_number = false;
    for c in warning.chars() {
        if c.is_ascii_digit() {
            if !in_number {
                kind.push('N');
            }
            in_number = true;
        } else {
            in_number = false;
            kind.push(c);
        }
    }
    kind
}

#[cfg(test)]
mod tests {
    use super::kind_of;

    #[test]
    fn numbers_do_not_make_kinds() {
        assert_eq!(
            kind_of("unbalanced quotation mark at byte 17"),
            kind_of("unbalanced quotation mark at byte 2301")
        );
        assert_ne!(kind_of("a at byte 1"), kind_of("b at byte 1"));
        assert_eq!(kind_of("x 12 y 3"), "x N y N");
    }
}
