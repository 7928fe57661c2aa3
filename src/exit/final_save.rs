//! The session's saves as the explorer ends, one at a time: the main thread's after the loop, or
//! the signal thread's when the loop is stuck on a dead terminal, never both (no terminal here).
//!
//! One mutex guards the session as the loop last knew it. The loop holds it while it saves, the
//! main thread from the moment it starts its last save, and the signal thread before it saves and
//! exits; so no `process::exit` cuts a save short (leaving a stray temporary file, a rescue
//! message unprinted or the lock file behind), and no two saves of one file race.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use super::rescue::LastSave;
use crate::app::{AnswerChanges, KeptOther};
use crate::session::{FileStamp, Session};

/// Who saves the session as the explorer ends; see the module's documentation.
#[derive(Debug)]
pub struct FinalSave(Mutex<State>);

/// What the signal thread needs to save in the loop's place, and whether it must leave it alone.
#[derive(Debug, Default)]
pub struct State {
    /// The session as the loop last knew it, with its path; `None` without a session file.
    known: Option<(Session, PathBuf)>,
    /// The lock file this explorer holds, removed on the way out (`process::exit` runs no Drop).
    lock_file: Option<PathBuf>,
    /// The file this explorer holds locked, to tell it from another rolefit's lock file at the
    /// same path; `None` when unknown.
    lock_stamp: Option<FileStamp>,
    /// The session file as the loop last read or wrote it, and whether the user left it to
    /// another program: what the last save may write over.
    on_disk: Option<FileStamp>,
    kept_other: Option<KeptOther>,
    /// Set once the main thread has begun its last save: from then on, only it saves.
    main_saves: bool,
    /// Set while a what-if layer is open, when nothing may be written to the session file.
    paused: bool,
}

/// What the signal thread saves and removes before it exits.
#[derive(Debug)]
pub struct Leftovers {
    pub session: Option<(Session, PathBuf)>,
    pub lock_file: Option<PathBuf>,
    /// The file locked, as [`State`] keeps it.
    pub lock_stamp: Option<FileStamp>,
    /// What the save may write over; `lock_taken` is for the signal thread to find out.
    pub last: LastSave,
}

impl Default for FinalSave {
    fn default() -> FinalSave {
        FinalSave::new()
    }
}

impl FinalSave {
    pub const fn new() -> FinalSave {
        FinalSave(Mutex::new(State {
            known: None,
            lock_file: None,
            lock_stamp: None,
            paused: false,
            on_disk: None,
            kept_other: None,
            main_saves: false,
        }))
    }

    /// Waits until no one else saves, and keeps the others waiting while the guard lives. A
    /// thread that panicked holding it leaves the state as it was, which is still usable.
    pub fn lock(&self) -> MutexGuard<'_, State> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl State {
    /// Keeps a copy of the whole session, so the signal thread saves exactly what the loop would.
    pub fn remember(&mut self, session: &Session, path: &Path) {
        match &mut self.known {
            Some((known, known_path)) => {
                known.clone_from(session);
                *known_path = path.to_path_buf();
            }
            None => self.known = Some((session.clone(), path.to_path_buf())),
        }
    }

    /// Brings the copy up to date with `changes` alone, the answers changed since the last
    /// call (and the pane, rows and cards, which are small): a mark then costs one answer here,
    /// not a copy of every answer.
    pub fn remember_changes(&mut self, session: &Session, path: &Path, changes: AnswerChanges) {
        let (Some((known, known_path)), AnswerChanges::Ids(ids)) = (&mut self.known, &changes)
        else {
            return self.remember(session, path);
        };
        for id in ids {
            match session.answers.get(id) {
                Some(answer) => known.answers.insert(id.clone(), answer.clone()),
                None => known.answers.remove(id),
            };
        }
        known.deck.clone_from(&session.deck);
        known.focus = session.focus;
        known.selected.clone_from(&session.selected);
        known.assessment.clone_from(&session.assessment);
        if known_path != path {
            *known_path = path.to_path_buf();
        }
    }

    /// What the signal thread's save may write over (see [`LastSave`]).
    pub fn remember_files(&mut self, on_disk: Option<FileStamp>, kept_other: Option<&KeptOther>) {
        self.on_disk = on_disk;
        if self.kept_other.as_ref() != kept_other {
            self.kept_other = kept_other.cloned();
        }
    }

    /// The lock file to remove if the signal thread ends the process.
    pub fn set_lock_file(&mut self, lock_file: Option<PathBuf>) {
        self.lock_file = lock_file;
    }

    /// The file this explorer holds locked (it changes when the lock is taken again).
    pub fn set_lock_stamp(&mut self, lock_stamp: Option<FileStamp>) {
        self.lock_stamp = lock_stamp;
    }

    /// While `paused` (a what-if layer is open), a signal that ends rolefit saves nothing: the
    /// session file is left byte for byte as it was.
    pub fn pause_saves(&mut self, paused: bool) {
        self.paused = paused;
    }

    /// The main thread takes over: call with the guard held for the whole last save. The copy is
    /// dropped, since the main thread saves the app's own session.
    pub fn main_saves(&mut self) {
        self.main_saves = true;
        self.known = None;
    }

    /// For the signal thread: `None` when the main thread has saved or is saving (it then exits
    /// by itself), else what to save and remove before exiting. Keep the guard until the exit, so
    /// the main thread cannot start a save that the exit would cut short.
    pub fn take_for_signal(&mut self) -> Option<Leftovers> {
        if self.main_saves {
            return None;
        }
        let session = self.known.take().filter(|_| !self.paused);
        Some(Leftovers {
            session,
            lock_file: self.lock_file.take(),
            lock_stamp: self.lock_stamp,
            last: LastSave {
                on_disk: self.on_disk,
                lock_taken: false,
                kept_other: self.kept_other.take(),
            },
        })
    }
}
