//! The `rolefit` binary: parse the command line, run it, turn the result into an exit status.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use rolefit::cli::Cli;
use rolefit::commands::{self, Outcome};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Some(command) = &cli.command else {
        eprintln!(
            "rolefit: the interactive explorer is not built yet; try `rolefit list`, \
             `rolefit search QUERY` or `rolefit score --help`"
        );
        return Outcome::Failure.into();
    };
    let mut stdout = io::stdout().lock();
    let result = commands::run(command, cli.deck.as_deref(), &mut stdout)
        .and_then(|outcome| stdout.flush().map(|()| outcome).map_err(Into::into));
    match result {
        Ok(outcome) => outcome.into(),
        Err(error) if is_broken_pipe(&error) => Outcome::Success.into(),
        Err(error) => {
            eprintln!("rolefit: {error:#}");
            Outcome::Failure.into()
        }
    }
}

/// `rolefit list | head` closes the pipe early; that is the reader's choice, not an error.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    let kind = match error.downcast_ref::<serde_json::Error>() {
        Some(json) => json.io_error_kind(),
        None => error.downcast_ref::<io::Error>().map(io::Error::kind),
    };
    kind == Some(io::ErrorKind::BrokenPipe)
}
