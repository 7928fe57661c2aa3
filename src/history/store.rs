//! The snapshot history on disk: `<session>.snapshots.ron` beside the session file, read
//! bounded and checked like the session, and replaced atomically (see `side_files`).

use std::path::{Path, PathBuf};

use super::{History, MAX_SNAPSHOTS, valid_name};
pub use crate::session::HISTORY_SUFFIX;
use crate::session::{cleaned_marks, quoted};
use crate::side_files::{self, StoreError};

const WHAT: &str = "snapshot history";

/// The history beside the session at `session`: `director-vs-producer.ron` keeps it in
/// `director-vs-producer.snapshots.ron`.
pub fn path_beside(session: &Path) -> PathBuf {
    side_files::beside(session, HISTORY_SUFFIX)
}

/// The history at `path`; an empty one when there is no file yet.
pub fn load(path: &Path, deck_id: &str) -> Result<History, StoreError> {
    let Some(history) = side_files::load::<History>(path, WHAT)? else {
        return Ok(History::new(deck_id));
    };
    side_files::check_deck(&history.deck, deck_id, path, WHAT)?;
    checked(history, path)
}

/// Each snapshot's name valid and unique, its answers cleaned as a session's are, and no more
/// than [`MAX_SNAPSHOTS`] of them: a history may have been edited, or sent by someone else.
fn checked(history: History, path: &Path) -> Result<History, StoreError> {
    let invalid = |problem: String| StoreError::Invalid {
        what: WHAT,
        path: path.to_path_buf(),
        problem,
    };
    if history.snapshots.len() > MAX_SNAPSHOTS {
        return Err(invalid(format!(
            "{} snapshots, more than {MAX_SNAPSHOTS}",
            history.snapshots.len()
        )));
    }
    let mut clean = History::new(&history.deck);
    for snapshot in history.snapshots {
        let name = valid_name(&snapshot.name)
            .map_err(|e| invalid(format!("snapshot `{}`: {e}", quoted(&snapshot.name))))?;
        if clean.find(&name).is_some() {
            return Err(invalid(format!(
                "the snapshot name `{name}` is given twice"
            )));
        }
        let marks = cleaned_marks(snapshot.marks)
            .map_err(|id| invalid(format!("snapshot `{name}` holds two answers for `{id}`")))?;
        clean.snapshots.push(super::Snapshot {
            name,
            taken: quoted(&snapshot.taken),
            marks,
        });
    }
    Ok(clean)
}

/// Replaces the history at `path` atomically. Like the session, it is readable by its owner
/// alone.
pub fn save(history: &History, path: &Path) -> Result<(), StoreError> {
    side_files::save(history, path, WHAT)
}
