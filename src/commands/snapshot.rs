//! `rolefit snapshot save|list|remove`: the history of the session's answers, kept beside it.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::time::SystemTime;

use anyhow::Context;
use serde::Serialize;

use super::{session_file, table};
use crate::cli::{Cli, SnapshotAction};
use crate::deck::Deck;
use crate::exit::Outcome;
use crate::history::{self, History, Snapshot, Snapshots, store};
use crate::session::SavedMark;

pub fn run(
    cli: &Cli,
    deck: &Deck,
    action: &SnapshotAction,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let path = history_path(cli, deck)?;
    match action {
        SnapshotAction::Save { name } => {
            let marks = current_marks(cli, deck)?;
            let _lock = session_file::lock_side_file(&path)?;
            let mut history = store::load(&path, &deck.id)?;
            let now = SystemTime::now();
            let name = name.clone().unwrap_or_else(|| history.default_name(now));
            let snapshot = history.add(&name, marks, now)?.clone();
            store::save(&history, &path)?;
            writeln!(
                out,
                "Saved snapshot `{}`: {}",
                snapshot.name,
                fits_in_words(deck, &snapshot)
            )?;
        }
        SnapshotAction::List { json } => {
            let history = store::load(&path, &deck.id)?;
            list(deck, &history, *json, out)?;
        }
        SnapshotAction::Remove { name } => {
            let _lock = session_file::lock_side_file(&path)?;
            let mut history = store::load(&path, &deck.id)?;
            let removed = history.remove(name)?;
            store::save(&history, &path)?;
            writeln!(out, "Removed snapshot `{}`", removed.name)?;
        }
    }
    Ok(Outcome::Success)
}

/// The snapshots the explorer starts with, and a notice when the history is there but cannot
/// be read (it is then left as it is, and no snapshot is kept until it is mended).
pub fn for_explorer(session: Option<&std::path::Path>, deck: &Deck) -> (Snapshots, Option<String>) {
    let Some(session) = session else {
        let why = "snapshots are kept beside the session file, and there is none (--no-session)";
        return (Snapshots::Unavailable(why.to_string()), None);
    };
    match store::load(&store::path_beside(session), &deck.id) {
        Ok(history) => (Snapshots::Kept(history), None),
        Err(error) => {
            let why = format!("{error} (left as it is)");
            (Snapshots::Unavailable(why.clone()), Some(why))
        }
    }
}

/// The snapshots the report shows: none without a session file or a history file.
pub fn load_for(cli: &Cli, deck: &Deck) -> anyhow::Result<History> {
    match session_file::path(cli, deck) {
        Some(session) => Ok(store::load(&store::path_beside(&session), &deck.id)?),
        None => Ok(History::new(&deck.id)),
    }
}

/// The history file beside the session the command line names.
pub fn history_path(cli: &Cli, deck: &Deck) -> anyhow::Result<PathBuf> {
    session_file::path(cli, deck)
        .map(|session| store::path_beside(&session))
        .context("snapshots are kept beside the session file, and there is none (--no-session, or no home folder)")
}

/// The session's marks by id as saved, none when there is no session yet.
pub fn current_marks(cli: &Cli, deck: &Deck) -> anyhow::Result<BTreeMap<String, SavedMark>> {
    let opened = session_file::open(cli, deck)?;
    Ok(opened.saved.map(|s| s.marks_by_id()).unwrap_or_default())
}

fn fits_in_words(deck: &Deck, snapshot: &Snapshot) -> String {
    let fits = history::fits_of(deck, snapshot);
    fits.iter()
        .map(|f| format!("{} {}%", deck.roles[f.role].name, f.rounded()))
        .collect::<Vec<_>>()
        .join(", ")
}

#[derive(Serialize)]
struct ListedSnapshot<'a> {
    name: &'a str,
    taken: &'a str,
    roles: Vec<ListedFit<'a>>,
}

#[derive(Serialize)]
struct ListedFit<'a> {
    id: &'a str,
    fit: f64,
}

fn list(deck: &Deck, history: &History, json: bool, out: &mut dyn Write) -> anyhow::Result<()> {
    let listed: Vec<ListedSnapshot> = history
        .snapshots
        .iter()
        .map(|snapshot| ListedSnapshot {
            name: &snapshot.name,
            taken: &snapshot.taken,
            roles: history::fits_of(deck, snapshot)
                .iter()
                .map(|f| ListedFit {
                    id: &deck.roles[f.role].id,
                    fit: crate::report::round_one_decimal(f.percent),
                })
                .collect(),
        })
        .collect();
    if json {
        serde_json::to_writer_pretty(&mut *out, &listed)?;
        writeln!(out)?;
        return Ok(());
    }
    if listed.is_empty() {
        writeln!(out, "No snapshots yet: `rolefit snapshot save` keeps one.")?;
        return Ok(());
    }
    let mut header = vec!["NAME".to_string(), "TAKEN".to_string()];
    header.extend(deck.roles.iter().map(|r| r.name.to_uppercase()));
    let rows: Vec<Vec<String>> = listed
        .iter()
        .map(|s| {
            let mut row = vec![s.name.to_string(), s.taken.to_string()];
            row.extend(s.roles.iter().map(|f| format!("{:>3}%", f.fit.round())));
            row
        })
        .collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    table::write(out, &header, &rows)?;
    Ok(())
}
