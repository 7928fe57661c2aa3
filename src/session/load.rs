//! Reading a session file a stranger may have written: only a regular file within
//! `SESSION_LIMIT`, every field known, its text cleaned where it enters, and the file's stamp
//! so that later saves can tell it was not replaced.

use std::io;
use std::path::Path;

use super::cleaning::{cleaned, quoted};
use super::on_disk::{FileStamp, stamp_at};
use super::{Session, SessionError};
use crate::untrusted::read::{ReadError, SESSION_LIMIT, read_text};

/// A session as read from its file.
#[derive(Debug)]
pub struct Loaded {
    pub session: Session,
    /// The file that was read, for the first save to check it is still there.
    pub on_disk: FileStamp,
    /// The file's text as read (less a leading byte order mark), for a backup.
    pub text: String,
}

/// Reads the session at `path`: `Ok(None)` when there is none yet. A session of another deck is an
/// error, so that its answers are never mixed into this one.
pub fn load(path: &Path, deck_id: &str) -> Result<Option<Session>, SessionError> {
    Ok(load_file(path, deck_id)?.map(|loaded| loaded.session))
}

/// [`load`], with the stamp of the file read and its text.
pub fn load_file(path: &Path, deck_id: &str) -> Result<Option<Loaded>, SessionError> {
    let Some((text, on_disk)) = read_steady(path)? else {
        return Ok(None);
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
    Ok(Some(Loaded {
        session,
        on_disk,
        text,
    }))
}

/// How many times a file that changes while it is read is read again.
const READS: usize = 3;

/// The text of the file at `path` with the stamp it had before and after the read, so the stamp
/// is that of the text; `None` when there is no file.
fn read_steady(path: &Path) -> Result<Option<(String, FileStamp)>, SessionError> {
    let unreadable = |reason| SessionError::Unreadable {
        path: path.to_path_buf(),
        reason,
    };
    for _ in 0..READS {
        let before = stamp_at(path);
        let text = match read_text(path, SESSION_LIMIT) {
            Ok(text) => text,
            Err(ReadError::NotFound) => return Ok(None),
            Err(ReadError::NotUtf8 { offset }) => {
                return Err(SessionError::NotUtf8 {
                    path: path.to_path_buf(),
                    offset,
                });
            }
            Err(reason) => return Err(unreadable(reason)),
        };
        if let (Ok(Some(before)), Ok(Some(after))) = (before, stamp_at(path))
            && before == after
        {
            return Ok(Some((text, after)));
        }
    }
    Err(unreadable(ReadError::Io(io::Error::other(
        "it kept changing while it was read",
    ))))
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
