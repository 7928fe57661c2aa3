//! The session's saves as the explorer ends, one at a time: the main thread's after the loop, or
//! the signal thread's when the loop is stuck on a dead terminal, never both (no terminal here).
//!
//! One mutex guards the session as the loop last knew it. The loop holds it while it saves, the
//! main thread from the moment it starts its last save, and the signal thread before it saves and
//! exits; so no `process::exit` cuts a save short (leaving a stray temporary file, a rescue
//! message unprinted or the lock file behind), and no two saves of one file race.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use crate::session::Session;

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
    /// Set once the main thread has begun its last save: from then on, only it saves.
    main_saves: bool,
}

/// What the signal thread saves and removes before it exits.
#[derive(Debug)]
pub struct Leftovers {
    pub session: Option<(Session, PathBuf)>,
    pub lock_file: Option<PathBuf>,
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

    /// The lock file to remove if the signal thread ends the process.
    pub fn set_lock_file(&mut self, lock_file: Option<PathBuf>) {
        self.lock_file = lock_file;
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
        Some(Leftovers {
            session: self.known.take(),
            lock_file: self.lock_file.take(),
        })
    }
}
