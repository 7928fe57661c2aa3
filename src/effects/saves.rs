//! The session's saves, and its backup before a reset, as effects. None writes over or moves
//! aside a file that is not the one this process last read or wrote, nor saves while another
//! rolefit holds the session's lock: the answers then go to a rescue file, so both are kept, and
//! the outcome asks the user what to do.

use std::io;
use std::path::Path;

use crate::action::{Action, Conflict, ConflictCause};
use crate::app::App;
use crate::exit;
use crate::session::{self, Checked, FileStamp, LockCheck};

/// The saves of one run of effects, carrying the file each leaves to the next.
pub(super) struct Saves<'a> {
    app: &'a App,
    /// The session file as this run's last save left it; at first, as the app knows it.
    known: Option<FileStamp>,
}

impl Saves<'_> {
    pub fn new(app: &App) -> Saves<'_> {
        Saves {
            app,
            known: app.on_disk(),
        }
    }

    /// Saves the session and pushes what came of it; `false` when it was not written (a
    /// backup must not follow then), `true` also when there is nothing to write: no session
    /// file, or one the user chose to leave to another program.
    pub fn save(&mut self, outcomes: &mut Vec<Action>) -> bool {
        let Some(path) = self.app.session_path() else {
            return true;
        };
        if self.app.kept_other().is_some() {
            return true;
        }
        if let Err(conflict) = self.still_locked(path) {
            outcomes.push(conflict);
            return false;
        }
        self.write_if_unchanged(path, self.known, outcomes)
    }

    /// Writes the session over the file the user was shown in its place (`found`), if it is
    /// still that file. The lock is not checked: the user has seen what is there and chosen.
    pub fn overwrite(&mut self, found: Option<FileStamp>, outcomes: &mut Vec<Action>) {
        if let Some(path) = self.app.session_path() {
            self.write_if_unchanged(path, found, outcomes);
        }
    }

    fn write_if_unchanged(
        &mut self,
        path: &Path,
        expected: Option<FileStamp>,
        outcomes: &mut Vec<Action>,
    ) -> bool {
        match session::save_if_unchanged(self.app.session(), path, expected) {
            Ok(Checked::Written(stamp)) => {
                self.known = Some(stamp);
                outcomes.push(Action::SessionSaved(stamp));
                true
            }
            Ok(Checked::Replaced { found }) => {
                outcomes.push(self.conflict(path, cause_of(found), found));
                false
            }
            Err(error) => {
                outcomes.push(Action::SaveFailed(failed(&error, path)));
                false
            }
        }
    }

    /// Moves the session file aside to a timestamped backup, so a reset loses nothing; a file
    /// another program put there is not moved, and while the user leaves the file to that
    /// program, the answers are kept in a new file instead.
    pub fn back_up(&mut self) -> Action {
        let app = self.app;
        let Some(path) = app.session_path() else {
            return Action::SessionBackedUp(None);
        };
        if app.kept_other().is_some() {
            return match rescue(app, path) {
                Ok(copy) => Action::SessionBackedUp(Some(copy)),
                Err(tried) => Action::BackupFailed(format!(
                    "Could not keep your answers before the reset ({tried}). Nothing was reset."
                )),
            };
        }
        if let Err(conflict) = self.still_locked(path) {
            return conflict;
        }
        let found = match session::stamp_at(path) {
            Ok(found) => found,
            Err(error) => return backup_failed(&error, path),
        };
        if found != self.known {
            return self.conflict(path, cause_of(found), found);
        }
        if found.is_none() {
            return Action::SessionBackedUp(None);
        }
        match session::set_aside(path, app.now()) {
            Ok(backup) => {
                self.known = None;
                Action::SessionBackedUp(Some(backup))
            }
            Err(error) => backup_failed(&error, path),
        }
    }

    /// `Err` with the conflict when another rolefit has taken the session's lock (after its
    /// lock file was removed under this one); a lock merely removed is taken again.
    fn still_locked(&self, path: &Path) -> Result<(), Action> {
        match self.app.session_lock().map(|lock| lock.recheck()) {
            Some(LockCheck::InUse) => {
                let found = session::stamp_at(path).ok().flatten();
                Err(self.conflict(path, ConflictCause::InUse, found))
            }
            _ => Ok(()),
        }
    }

    /// The answers go to a rescue file, and the outcome asks the user about the file found.
    fn conflict(&self, path: &Path, cause: ConflictCause, found: Option<FileStamp>) -> Action {
        Action::SessionReplaced(Conflict {
            cause,
            found,
            rescue: rescue(self.app, path),
        })
    }
}

/// Replaced when another file is there, removed when nothing is.
fn cause_of(found: Option<FileStamp>) -> ConflictCause {
    match found {
        Some(_) => ConflictCause::Replaced,
        None => ConflictCause::Removed,
    }
}

/// Writes the answers to a new file beside the session, else in the exit's rescue folders.
fn rescue(app: &App, path: &Path) -> Result<std::path::PathBuf, String> {
    let mut dirs = vec![session::directory_of(path).to_path_buf()];
    dirs.extend(exit::rescue_dirs());
    exit::rescue_copy(app.session(), path, &dirs, app.now())
}

fn failed(error: &io::Error, path: &Path) -> String {
    // The footer may cut this short: what matters comes first, the path last.
    format!(
        "Could not save: {error}. Your answers are kept; if saving still fails when you quit, \
         they go to another file. ({})",
        path.display()
    )
}

fn backup_failed(error: &io::Error, path: &Path) -> Action {
    Action::BackupFailed(format!(
        "Could not back up {}: {error}. Nothing was reset.",
        path.display()
    ))
}
