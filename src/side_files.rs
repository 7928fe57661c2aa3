//! Files rolefit keeps beside the session for its own use (the snapshot history, the peers'
//! answers): read as untrusted input (bounded, every field known, the error's line and column),
//! never written over when they do not read, and replaced atomically, readable by the user alone.

use std::io;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::session::{self, NewFile, quoted};
use crate::untrusted::read::{ReadError, SESSION_LIMIT, read_text};

/// Why such a file could not be used; `what` names it ("snapshot history", "peers file").
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot read the {what} `{}`: {reason}", path.display())]
    Unreadable {
        what: &'static str,
        path: PathBuf,
        reason: ReadError,
    },
    #[error("{}:{line}:{column}: {what} does not parse: {message}", path.display())]
    Syntax {
        what: &'static str,
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{}: {what} belongs to deck `{found}`, not `{expected}`", path.display())]
    OtherDeck {
        what: &'static str,
        path: PathBuf,
        found: String,
        expected: String,
    },
    #[error("{}: {what}: {problem}", path.display())]
    Invalid {
        what: &'static str,
        path: PathBuf,
        problem: String,
    },
    #[error("cannot save the {what} `{}`: {source}", path.display())]
    Write {
        what: &'static str,
        path: PathBuf,
        source: io::Error,
    },
}

/// `<session stem><suffix>` beside the session file.
pub fn beside(session: &Path, suffix: &str) -> PathBuf {
    let stem = session
        .file_stem()
        .map_or_else(|| "session".into(), |s| s.to_string_lossy().into_owned());
    session.with_file_name(format!("{stem}{suffix}"))
}

/// The file at `path` parsed, `None` when there is none yet.
pub fn load<T: DeserializeOwned>(path: &Path, what: &'static str) -> Result<Option<T>, StoreError> {
    let text = match read_text(path, SESSION_LIMIT) {
        Ok(text) => text,
        Err(ReadError::NotFound) => return Ok(None),
        Err(reason) => {
            return Err(StoreError::Unreadable {
                what,
                path: path.to_path_buf(),
                reason,
            });
        }
    };
    ron::from_str(&text).map(Some).map_err(|e| {
        let (line, column) = crate::ron_position::error_position(&text, &e);
        StoreError::Syntax {
            what,
            path: path.to_path_buf(),
            line,
            column,
            message: quoted(&e.code.to_string()),
        }
    })
}

/// An error unless the file's deck is `expected`.
pub fn check_deck(
    found: &str,
    expected: &str,
    path: &Path,
    what: &'static str,
) -> Result<(), StoreError> {
    if found == expected {
        return Ok(());
    }
    Err(StoreError::OtherDeck {
        what,
        path: path.to_path_buf(),
        found: quoted(found),
        expected: expected.to_string(),
    })
}

/// Replaces the file at `path` with `value` atomically, creating its folder first.
pub fn save<T: Serialize>(value: &T, path: &Path, what: &'static str) -> Result<(), StoreError> {
    let write = |source| StoreError::Write {
        what,
        path: path.to_path_buf(),
        source,
    };
    std::fs::create_dir_all(session::directory_of(path)).map_err(write)?;
    let pretty = ron::ser::PrettyConfig::default().compact_maps(true);
    let text = ron::ser::to_string_pretty(value, pretty).map_err(|e| write(io::Error::other(e)))?;
    session::write_atomically(path, text.as_bytes(), NewFile::Private).map_err(write)
}
