//! Opening the session the command line names, for the explorer and for `report` alike.

use std::path::PathBuf;
use std::time::SystemTime;

use anyhow::Context;

use super::session_error;
use crate::cli::Cli;
use crate::deck::Deck;
use crate::session::{self, Session};

/// The session file to use, what it holds, and anything the user should be told about it.
pub struct OpenedSession {
    /// `None` with `--no-session`, or when the system names no home directory.
    pub path: Option<PathBuf>,
    /// `None` when there is no file yet (or after `--fresh-session`).
    pub saved: Option<Session>,
    pub notice: Option<String>,
}

/// Resolves `--session` / `--no-session`, moves the old file aside for `--fresh-session`, and
/// reads the session. A file that does not parse is an error and is left untouched.
pub fn open(cli: &Cli, deck: &Deck) -> anyhow::Result<OpenedSession> {
    let path = session::resolve_path(cli.session.as_deref(), cli.no_session, &deck.id);
    let mut notice = None;
    if cli.fresh_session
        && let Some(path) = path.as_deref().filter(|p| p.exists())
    {
        let backup = session::set_aside(path, SystemTime::now())
            .with_context(|| format!("could not move {} aside", path.display()))?;
        notice = Some(format!(
            "New session; the old one is kept as {}",
            backup.display()
        ));
    }
    let saved = match &path {
        Some(path) => session::load(path, &deck.id).map_err(session_error)?,
        None => None,
    };
    Ok(OpenedSession {
        path,
        saved,
        notice,
    })
}
