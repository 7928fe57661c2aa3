//! The snapshot history on disk: `<session>.snapshots.ron` beside the session file, read
//! bounded and checked like the session, and replaced atomically.

use std::io;
use std::path::{Path, PathBuf};

use super::{History, MAX_SNAPSHOTS, valid_name};
use crate::session::{self, NewFile, cleaned_marks, quoted};
use crate::untrusted::read::{ReadError, SESSION_LIMIT, read_text};

pub use crate::session::HISTORY_SUFFIX;

/// Why the history file could not be used. The file is never written over: a broken one
/// stays as it is for its owner to mend, and nothing is saved until it reads.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot read the snapshot history `{}`: {reason}", path.display())]
    Unreadable { path: PathBuf, reason: ReadError },
    #[error("{}:{line}:{column}: snapshot history does not parse: {message}", path.display())]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{}: snapshot history belongs to deck `{found}`, not `{expected}`", path.display())]
    OtherDeck {
        path: PathBuf,
        found: String,
        expected: String,
    },
    #[error("{}: snapshot {problem}", path.display())]
    Invalid { path: PathBuf, problem: String },
    #[error("cannot save the snapshot history `{}`: {source}", path.display())]
    Write { path: PathBuf, source: io::Error },
}

/// The history beside the session at `session`: `director-vs-producer.ron` keeps it in
/// `director-vs-producer.snapshots.ron`.
pub fn path_beside(session: &Path) -> PathBuf {
    let stem = session
        .file_stem()
        .map_or_else(|| "session".into(), |s| s.to_string_lossy().into_owned());
    session.with_file_name(format!("{stem}{HISTORY_SUFFIX}"))
}

/// The history at `path`; an empty one when there is no file yet.
pub fn load(path: &Path, deck_id: &str) -> Result<History, StoreError> {
    let text = match read_text(path, SESSION_LIMIT) {
        Ok(text) => text,
        Err(ReadError::NotFound) => return Ok(History::new(deck_id)),
        Err(reason) => {
            return Err(StoreError::Unreadable {
                path: path.to_path_buf(),
                reason,
            });
        }
    };
    let history: History = ron::from_str(&text).map_err(|e| {
        let (line, column) = crate::ron_position::error_position(&text, &e);
        StoreError::Syntax {
            path: path.to_path_buf(),
            line,
            column,
            message: quoted(&e.code.to_string()),
        }
    })?;
    if history.deck != deck_id {
        return Err(StoreError::OtherDeck {
            path: path.to_path_buf(),
            found: quoted(&history.deck),
            expected: deck_id.to_string(),
        });
    }
    checked(history, path)
}

/// Each snapshot's name valid and unique, its answers cleaned as a session's are, and no more
/// than [`MAX_SNAPSHOTS`] of them: a history may have been edited, or sent by someone else.
fn checked(history: History, path: &Path) -> Result<History, StoreError> {
    let invalid = |problem: String| StoreError::Invalid {
        path: path.to_path_buf(),
        problem,
    };
    if history.snapshots.len() > MAX_SNAPSHOTS {
        return Err(invalid(format!(
            "history holds {} snapshots, more than {MAX_SNAPSHOTS}",
            history.snapshots.len()
        )));
    }
    let mut clean = History::new(&history.deck);
    for snapshot in history.snapshots {
        let name = valid_name(&snapshot.name)
            .map_err(|e| invalid(format!("`{}`: {e}", quoted(&snapshot.name))))?;
        if clean.find(&name).is_some() {
            return Err(invalid(format!("name `{name}` is given twice")));
        }
        let marks = cleaned_marks(snapshot.marks)
            .map_err(|id| invalid(format!("`{name}` holds two answers for `{id}`")))?;
        clean.snapshots.push(super::Snapshot {
            name,
            taken: quoted(&snapshot.taken),
            marks,
        });
    }
    Ok(clean)
}

/// Replaces the history at `path` atomically, creating its folder first. Like the session, it
/// is readable by its owner alone.
pub fn save(history: &History, path: &Path) -> Result<(), StoreError> {
    let write = |source| StoreError::Write {
        path: path.to_path_buf(),
        source,
    };
    std::fs::create_dir_all(session::directory_of(path)).map_err(write)?;
    let text = ron::ser::to_string_pretty(
        history,
        ron::ser::PrettyConfig::default().compact_maps(true),
    )
    .map_err(|e| write(io::Error::other(e)))?;
    session::write_atomically(path, text.as_bytes(), NewFile::Private).map_err(write)
}
