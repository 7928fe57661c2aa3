//! Runs the subcommands that print to stdout, for scripts and for people without the explorer.

mod check;
mod list;
mod score;
mod search;
mod table;

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::cli::Command;
use crate::deck::Deck;

/// How a command ended, mapped to fzf's exit statuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    NoMatch,
    Failure,
}

impl From<Outcome> for ExitCode {
    fn from(outcome: Outcome) -> ExitCode {
        ExitCode::from(outcome.status())
    }
}

impl Outcome {
    pub fn status(self) -> u8 {
        match self {
            Outcome::Success => 0,
            Outcome::NoMatch => 1,
            Outcome::Failure => 2,
        }
    }
}

/// The deck named by `--deck`, or the built-in one.
pub fn load_deck(path: Option<&Path>) -> Result<Deck, crate::deck::DeckError> {
    match path {
        Some(path) => Deck::load(path),
        None => Deck::builtin(),
    }
}

/// Runs one subcommand, writing its report to `out`. Errors are for the caller to print.
pub fn run(
    command: &Command,
    deck_path: Option<&Path>,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    match command {
        Command::Check { files } => check::run(files, out),
        Command::List { pane, json } => list::run(&load_deck(deck_path)?, *pane, *json, out),
        Command::Search {
            query,
            pane,
            limit,
            json,
        } => {
            let deck = load_deck(deck_path)?;
            search::run(&deck, &query.join(" "), *pane, *limit, *json, out)
        }
        Command::Score { have, lean, json } => {
            score::run(&load_deck(deck_path)?, have, lean, *json, out)
        }
    }
}
