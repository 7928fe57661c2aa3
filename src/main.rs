//! The `rolefit` binary: parse the command line, load the deck before touching the terminal, run
//! the explorer or a subcommand, and turn the result into an exit status.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use rolefit::app::{App, Options};
use rolefit::cli::Cli;
use rolefit::commands::{self, Outcome};
use rolefit::keymap::Keymap;
use rolefit::marks::Marks;
use rolefit::tui;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Some(command) => run_command(command, &cli),
        None => explore(&cli),
    };
    match result {
        Ok(outcome) => outcome.into(),
        Err(error) if is_broken_pipe(&error) => Outcome::Success.into(),
        Err(error) => {
            eprintln!("rolefit: {error:#}");
            Outcome::Failure.into()
        }
    }
}

fn run_command(command: &rolefit::cli::Command, cli: &Cli) -> anyhow::Result<Outcome> {
    let mut stdout = io::stdout().lock();
    let outcome = commands::run(command, cli.deck.as_deref(), &mut stdout)?;
    stdout.flush()?;
    Ok(outcome)
}

fn explore(cli: &Cli) -> anyhow::Result<Outcome> {
    // Errors here print on the normal screen: the terminal is not touched until the deck loads.
    let deck = commands::load_deck(cli.deck.as_deref())?;
    if !tui::is_interactive() {
        anyhow::bail!(tui::NOT_A_TERMINAL);
    }
    let options = Options {
        color: !cli.no_color && std::env::var_os("NO_COLOR").is_none(),
        mouse: !cli.no_mouse,
    };
    let marks = Marks::for_deck(&deck);
    let mut app = App::new(deck, marks, Keymap::default(), options, Default::default());
    tui::run(&mut app)?;
    Ok(Outcome::Success)
}

/// `rolefit list | head` closes the pipe early; that is the reader's choice, not an error.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    let kind = match error.downcast_ref::<serde_json::Error>() {
        Some(json) => json.io_error_kind(),
        None => error.downcast_ref::<io::Error>().map(io::Error::kind),
    };
    kind == Some(io::ErrorKind::BrokenPipe)
}
