//! The `parley` binary: parse the command line, run it, and map the outcome
//! to an exit code: 0 when all went well, 1 when some inputs failed (the
//! others were processed), 2 for usage and fatal errors. A closed stdout
//! (`parley query ... | head`) is a normal end, not an error.

mod cli;
mod remote;
mod report;
mod serve;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(cli::Outcome::Ok) => ExitCode::SUCCESS,
        Ok(cli::Outcome::SomeFailed) => ExitCode::from(1),
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("parley: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        let io = cause.downcast_ref::<std::io::Error>().or_else(|| {
            match cause.downcast_ref::<parley::Error>() {
                Some(parley::Error::Io { source, .. }) => Some(source),
                _ => None,
            }
        });
        io.is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
