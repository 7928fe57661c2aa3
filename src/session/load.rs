//! Reading a session file a stranger may have written: only a regular file within
//! `SESSION_LIMIT`, every field known, and its text cleaned where it enters.

use std::path::Path;

use super::cleaning::{cleaned, quoted};
use super::{Session, SessionError};
use crate::untrusted::read::{ReadError, SESSION_LIMIT, read_text};

/// Reads the session at `path`: `Ok(None)` when there is none yet. A session of another deck is an
/// error, so that its answers are never mixed into this one.
pub fn load(path: &Path, deck_id: &str) -> Result<Option<Session>, SessionError> {
    let text = match read_text(path, SESSION_LIMIT) {
        Ok(text) => text,
        Err(ReadError::NotFound) => return Ok(None),
        Err(ReadError::NotUtf8 { offset }) => {
            return Err(SessionError::NotUtf8 {
                path: path.to_path_buf(),
                offset,
            });
        }
        Err(reason) => {
            return Err(SessionError::Unreadable {
                path: path.to_path_buf(),
                reason,
            });
        }
    };
    let session = parse(&text, path)?;
    let session = cleaned(session).map_err(|id| SessionError::DuplicateId {
        path: path.to_path_buf(),
        id: quoted(&id),
    })?;
    if session.deck != deck_id {
        return Err(SessionError::OtherDeck {
            path: path.to_path_buf(),
            found: quoted(&session.deck),
            expected: quoted(deck_id),
        });
    }
    Ok(Some(session))
}

/// The session in `text`, refusing any field it does not know (the structs deny them): kept,
/// they would vanish at the next save. The message is ron's, cleaned and cut short, since it
/// may quote the file.
fn parse(text: &str, path: &Path) -> Result<Session, SessionError> {
    ron::from_str(text).map_err(|e| {
        let (line, column) = crate::ron_position::error_position(text, &e);
        SessionError::Syntax {
            path: path.to_path_buf(),
            line,
            column,
            message: quoted(&e.code.to_string()),
        }
    })
}
