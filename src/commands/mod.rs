//! Runs the subcommands that print to stdout, for scripts and for people without the explorer.

mod check;
mod config;
mod diff;
mod list;
mod man;
pub mod peers;
mod report;
mod score;
mod search;
pub mod session_file;
mod snapshot;
mod table;

use std::io::Write;
use std::path::Path;

use crate::cli::{Cli, Command};
use crate::config::{Config, ConfigError};
use crate::deck::Deck;
pub use crate::exit::Outcome;
use crate::session::SessionError;

pub use peers::for_explorer as peers_for_explorer;
pub use snapshot::for_explorer as snapshots_for_explorer;

/// The deck named by `--deck`, or the built-in one.
pub fn load_deck(path: Option<&Path>) -> Result<Deck, crate::deck::DeckError> {
    match path {
        Some(path) => Deck::load(path),
        None => Deck::builtin(),
    }
}

/// The config a command line runs with, read before anything else is done. The explorer,
/// `assess` and `rolefit config` read the config file (`--config FILE`, else the default one);
/// the other commands use none of its settings and leave the default file alone, but a
/// `--config FILE` given to them is still read and checked, so that a mistyped or unreadable
/// path is never silently ignored.
pub fn config_for(
    command: Option<&Command>,
    explicit: Option<&Path>,
) -> Result<Config, ConfigError> {
    let uses_settings = matches!(
        command,
        None | Some(Command::Assess | Command::Config { default: false })
    );
    if uses_settings || explicit.is_some() {
        crate::config::load(explicit)
    } else {
        Ok(Config::default())
    }
}

/// A session that cannot be read, with how to start afresh. The file itself is never touched.
/// `--fresh-session` is offered only where it helps: it moves a regular file aside, never a
/// folder or a device.
pub fn session_error(error: SessionError) -> anyhow::Error {
    if error.fresh_session_helps() {
        anyhow::anyhow!(
            "{error}\nThe session file was left as it is. To start afresh, run with \
             --fresh-session (it moves the file aside to a timestamped backup) or --session \
             OTHER_FILE."
        )
    } else {
        anyhow::anyhow!(
            "{error}\nIt was left as it is. A session is kept in a regular file: run with \
             --session OTHER_FILE (a path where there is no file yet starts afresh)."
        )
    }
}

/// Runs one subcommand, writing its report to `out`. Errors are for the caller to print.
pub fn run(command: &Command, cli: &Cli, out: &mut dyn Write) -> anyhow::Result<Outcome> {
    let deck_path = cli.deck.as_deref();
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
        Command::Score {
            have,
            refuse,
            lean,
            json,
        } => {
            let answers = score::Answers { have, refuse, lean };
            score::run(&load_deck(deck_path)?, &answers, *json, out)
        }
        Command::Report {
            format,
            json,
            out: file,
        } => {
            let deck = load_deck(deck_path)?;
            let opened = session_file::open(cli, &deck)?;
            let peers = peers::load_for(cli, &deck)?;
            let history = snapshot::load_for(cli, &deck)?;
            let format = if *json {
                crate::cli::ReportFormat::Json
            } else {
                *format
            };
            let wanted = report::Wanted {
                format,
                file: file.as_deref(),
            };
            report::run(&deck, &opened, &peers, &history, &wanted, out)
        }
        Command::Snapshot { action } => snapshot::run(cli, &load_deck(deck_path)?, action, out),
        Command::Diff { from, to, json } => {
            let deck = load_deck(deck_path)?;
            diff::run(cli, &deck, from.as_deref(), to.as_deref(), *json, out)
        }
        Command::Invite {
            name,
            peer,
            out: file,
        } => {
            let deck = load_deck(deck_path)?;
            peers::invite(&deck, name, peer.as_deref(), file.as_deref(), out)
        }
        Command::Peers { action } => peers::run(cli, &load_deck(deck_path)?, action, out),
        Command::Rate { .. } => {
            anyhow::bail!("`rolefit rate` runs in the explorer, not as a report")
        }
        Command::Assess => anyhow::bail!("`rolefit assess` runs in the explorer, not as a report"),
        Command::Config { default } => config::run(*default, cli.config.as_deref(), out),
        Command::Completions { shell } => {
            clap_complete::generate(*shell, &mut crate::cli::command(), "rolefit", out);
            Ok(Outcome::Success)
        }
        Command::Man => {
            man::render(out)?;
            Ok(Outcome::Success)
        }
    }
}
