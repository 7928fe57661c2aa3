//! Why a session file could not be used, naming the file.

use std::path::PathBuf;

use crate::untrusted::read::ReadError;

/// Every message quotes the file's own text only cleaned (see `untrusted::text`) and cut short
/// (see [`super::quoted`]), so a hostile session cannot reach the terminal through an error.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// Not a regular file, too large, or the system refused: the reason ends the message, as
    /// `untrusted::read` words it ("it is a directory, not a regular file"). It is part of the
    /// message rather than an error source, so that anyhow's `{:#}` does not say it twice.
    #[error("cannot read the session file `{}`: {reason}", path.display())]
    Unreadable { path: PathBuf, reason: ReadError },
    #[error("{}: session is not UTF-8 text (invalid byte at offset {offset})", path.display())]
    NotUtf8 { path: PathBuf, offset: usize },
    /// Also a field rolefit does not know: the session is refused rather than the field dropped
    /// at the next save.
    #[error("{}:{line}:{column}: session does not parse: {message}", path.display())]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{}: session belongs to deck `{found}`, not `{expected}`", path.display())]
    OtherDeck {
        path: PathBuf,
        found: String,
        expected: String,
    },
    /// Two answers are saved under ids that are one id once cleaned: keeping either would drop
    /// the other without a word.
    #[error(
        "{}: two saved answers are for the id `{id}` once control characters are removed from \
         their ids; delete one of them from the file",
        path.display()
    )]
    DuplicateId { path: PathBuf, id: String },
}

impl SessionError {
    /// The session file the error is about.
    pub fn path(&self) -> &std::path::Path {
        match self {
            SessionError::Unreadable { path, .. }
            | SessionError::NotUtf8 { path, .. }
            | SessionError::Syntax { path, .. }
            | SessionError::OtherDeck { path, .. }
            | SessionError::DuplicateId { path, .. } => path,
        }
    }

    /// Whether moving the file aside (`--fresh-session`) gets past the error: it does for a
    /// file whose contents are the trouble, not for a folder, a device or a pipe, which
    /// `--fresh-session` refuses to move.
    pub fn fresh_session_helps(&self) -> bool {
        !matches!(
            self,
            SessionError::Unreadable {
                reason: ReadError::NotRegular { .. },
                ..
            }
        )
    }
}
