//! Why a session file could not be used, naming the file.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// The reason is part of the message rather than an error source, so that printing the
    /// error with its chain (anyhow's `{:#}`) does not say it twice.
    #[error("{}: cannot read session: {reason}", path.display())]
    Unreadable {
        path: PathBuf,
        reason: std::io::Error,
    },
    #[error("{}: session is not UTF-8 text (invalid byte at offset {offset})", path.display())]
    NotUtf8 { path: PathBuf, offset: usize },
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
}

impl SessionError {
    /// The session file the error is about.
    pub fn path(&self) -> &std::path::Path {
        match self {
            SessionError::Unreadable { path, .. }
            | SessionError::NotUtf8 { path, .. }
            | SessionError::Syntax { path, .. }
            | SessionError::OtherDeck { path, .. } => path,
        }
    }
}
