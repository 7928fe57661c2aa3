//! The explorer's last save, and where answers go when the session file cannot take them, or
//! must not: a new file in a folder the user will look in, or the terminal itself.

use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::app::{App, KeptOther};
use crate::session::{self, Checked, FileStamp, LockCheck, Session, SessionLock};

/// What the last save must know besides the session: which file it may write over.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LastSave {
    /// The session file as this process last read or wrote it (`None`: no file yet).
    pub on_disk: Option<FileStamp>,
    /// Another rolefit holds the session's lock now (its lock file was removed under this one).
    pub lock_taken: bool,
    /// The user chose to leave the session file to another program.
    pub kept_other: Option<KeptOther>,
}

/// Saves the session as rolefit exits (quit, or a signal), by the rule of [`save_or_rescue`].
/// Quitting does not stop to ask: a signal cannot be asked, and a file the user can move is
/// worth more than a question they may not be able to answer (the disk may stay full).
pub fn save_before_exit(app: &mut App, rescue_dirs: &[PathBuf]) -> Result<Option<String>, String> {
    let Some(path) = app.session_path().map(Path::to_path_buf) else {
        return Ok(None);
    };
    // A what-if layer still open at the end (Ctrl-c, a signal) was not kept: the session file
    // is left byte for byte as it was, its answers all saved when given.
    if app.what_if_open() {
        return Ok(None);
    }
    app.sync_session();
    let last = LastSave {
        on_disk: app.on_disk(),
        lock_taken: app.session_lock().map(SessionLock::recheck) == Some(LockCheck::InUse),
        kept_other: app.kept_other().cloned(),
    };
    save_or_rescue(app.session(), &path, &last, rescue_dirs, app.now())
}

/// Saves `session` to `path` unless the file there is not the one this process last read or
/// wrote, another rolefit holds the session, or the user left the file to another program: the
/// answers then go to a new file in the first of `rescue_dirs` that takes it, never over the
/// other file. A save that fails is rescued the same way, unless the file already holds these
/// answers. `Ok` carries a note to print when something was left unsaved that is no failure:
/// the pane and row of a session in a read-only folder. `Err` says what happened and where the
/// answers are.
pub fn save_or_rescue(
    session: &Session,
    path: &Path,
    last: &LastSave,
    rescue_dirs: &[PathBuf],
    now: SystemTime,
) -> Result<Option<String>, String> {
    let rescue = |why: String, move_hint: bool| {
        Err(rescued(session, path, why, move_hint, rescue_dirs, now))
    };
    if let Some(kept) = &last.kept_other {
        return match &kept.rescue {
            Some(copy) if holds_answers(copy, session) => Ok(Some(format!(
                "the session file {} was left as another program wrote it; your answers are \
                 in {}. To carry on with them, start rolefit with --session {}.",
                path.display(),
                copy.display(),
                copy.display()
            ))),
            _ => rescue(
                format!(
                    "did not save the session to {}: you kept the file another program put there",
                    path.display()
                ),
                false,
            ),
        };
    }
    if last.lock_taken {
        let why = format!(
            "did not save the session to {}: another rolefit has it open (its lock file was \
             removed under this one)",
            path.display()
        );
        return rescue(why, false);
    }
    let error = match session::save_if_unchanged(session, path, last.on_disk) {
        Ok(Checked::Written(_)) => return Ok(None),
        Ok(Checked::Replaced { .. }) if saved_at(path, session).as_ref() == Some(session) => {
            return Ok(None);
        }
        Ok(Checked::Replaced { found }) => {
            let what = if found.is_some() {
                "replaced"
            } else {
                "removed"
            };
            let why = format!(
                "did not save the session to {}: another program {what} it since rolefit last \
                 read or wrote it, and it was left as it is",
                path.display()
            );
            return rescue(why, false);
        }
        Err(error) => error,
    };
    let on_disk = saved_at(path, session);
    if on_disk.as_ref() == Some(session) {
        return Ok(None);
    }
    let failed = format!("could not save the session to {}: {error}", path.display());
    if on_disk.is_some_and(|saved| same_answers(&saved, session)) {
        if is_read_only(&error) {
            return Ok(Some(format!(
                "{failed}. Your answers were saved before; only the pane and row were not."
            )));
        }
        return Err(format!(
            "{failed}. Your answers were saved before; only the pane and row were not."
        ));
    }
    rescue(failed, true)
}

/// The session saved at `path`, if it loads as one of `session`'s deck.
fn saved_at(path: &Path, session: &Session) -> Option<Session> {
    session::load(path, &session.deck).ok().flatten()
}

/// Whether the file at `copy` holds the answers of `session` (the pane and row aside).
fn holds_answers(copy: &Path, session: &Session) -> bool {
    saved_at(copy, session).is_some_and(|saved| same_answers(&saved, session))
}

/// The same deck, answers and card order: all but the pane, the rows and the card reached.
fn same_answers(a: &Session, b: &Session) -> bool {
    a.deck == b.deck && a.answers == b.answers && a.assessment.seed == b.assessment.seed
}

/// A save refused by the folder or the file system rather than failing: nothing will change
/// that while rolefit runs.
fn is_read_only(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
    )
}

/// The message for answers that did not go to the session file: `why` first, then where they
/// went instead, or, with no folder left, the session itself. `move_hint` offers moving the
/// copy over the session file, which is wrong when another file is there.
fn rescued(
    session: &Session,
    path: &Path,
    why: String,
    move_hint: bool,
    rescue_dirs: &[PathBuf],
    now: SystemTime,
) -> String {
    match rescue_copy(session, path, rescue_dirs, now) {
        Ok(copy) => {
            let or_move = if move_hint {
                format!(" (or move that file to {})", path.display())
            } else {
                String::new()
            };
            format!(
                "{why}.\nYour answers are saved in {} instead. To carry on with them, start \
                 rolefit with --session {}{or_move}.",
                copy.display(),
                copy.display(),
            )
        }
        Err(tried) => {
            // Nowhere to write: the terminal is the last place the answers can go.
            let text = session::to_text(session).unwrap_or_default();
            format!(
                "{why}, nor to another folder ({tried}).\nYour answers follow as a session \
                 file; save the text between the lines as a file and start rolefit with \
                 --session FILE.\n---\n{text}---"
            )
        }
    }
}

/// Writes `session` to a new file (see [`session::save_copy`]) in the first of `dirs` that
/// takes it; `Err` names each folder tried and why it failed.
pub fn rescue_copy(
    session: &Session,
    path: &Path,
    dirs: &[PathBuf],
    now: SystemTime,
) -> Result<PathBuf, String> {
    let mut tried = Vec::new();
    for dir in dirs {
        match session::save_copy(session, path, dir, now) {
            Ok(copy) => return Ok(copy),
            Err(error) => tried.push(format!("{}: {error}", dir.display())),
        }
    }
    Err(tried.join("; "))
}

/// Where answers go when the session file cannot take them: the current folder (where the user
/// will look first), the home folder, then the temporary folder.
pub fn rescue_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    dirs.extend(std::env::current_dir().ok());
    dirs.extend(directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf()));
    dirs.push(std::env::temp_dir());
    dirs
}
