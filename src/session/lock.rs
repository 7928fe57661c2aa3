//! One explorer per session file: an advisory lock on a hidden file beside it, so that a second
//! explorer cannot overwrite the first one's answers with its own (no terminal here).
//!
//! The lock is on a separate file because saving renames a new file over the session: a lock on
//! the session file itself would stay on the replaced copy. The lock file is removed when the
//! explorer ends (by `Drop`, or by `tui` when a signal ends the process, which skips `Drop`), so
//! nothing is left beside the session; a crash leaves it unlocked, and harmless.
//!
//! Someone may delete the lock file under a running explorer, letting a second one in. So the
//! lock is checked again before every save ([`SessionLock::recheck`]): taken again when nobody
//! else has it, and reported when another rolefit does.

use std::fs::{self, File, TryLockError};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use super::on_disk::FileStamp;

/// How long a held lock is waited for before giving up. An explorer whose terminal was just
/// closed still saves for a moment (up to a second when the terminal is gone, see `tui`);
/// starting again at once must not be refused.
const PATIENCE: Duration = Duration::from_secs(3);
const RETRY: Duration = Duration::from_millis(25);

/// Held while an explorer uses the session file; the lock goes with the process, even on a crash.
#[derive(Debug)]
pub struct SessionLock {
    /// Locked; closing it (after the file is removed) releases the lock. Behind a mutex so that
    /// [`SessionLock::recheck`] can swap in a file locked again, through a shared borrow.
    file: Mutex<File>,
    path: PathBuf,
}

/// What [`SessionLock::recheck`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockCheck {
    /// The lock file is still the one this process locked.
    Held,
    /// It had been removed or replaced, and this process has locked the new one.
    Retaken,
    /// It had been removed, and no new one can be made here: nobody else holds it either.
    Lost,
    /// Another rolefit has locked the file now at the path: the session is open there too.
    InUse,
}

impl SessionLock {
    /// The lock file, for an exit that skips Drop (`process::exit`) to remove it itself.
    pub fn file(&self) -> &Path {
        &self.path
    }

    /// The stamp of the file this process holds locked, so that a thread without the lock can
    /// tell whether the file at the path is still it (see [`FileStamp::same_file`]).
    pub fn stamp(&self) -> Option<FileStamp> {
        let file = self.file.lock().unwrap_or_else(PoisonError::into_inner);
        file.metadata().ok().map(|m| FileStamp::of(&m))
    }

    /// Whether this process still holds the lock, checked before a save: when the lock file
    /// was removed (or replaced), the new one at the path is locked at once if nobody else has
    /// it, without waiting.
    pub fn recheck(&self) -> LockCheck {
        let mut file = self.file.lock().unwrap_or_else(PoisonError::into_inner);
        if is_at(&file, &self.path) {
            return LockCheck::Held;
        }
        match try_once(&self.path) {
            Attempt::Locked(new) => {
                *file = new;
                LockCheck::Retaken
            }
            Attempt::Busy => LockCheck::InUse,
            Attempt::Lost | Attempt::Unavailable => LockCheck::Lost,
        }
    }
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        // Removed while still locked: whoever opens the path next makes a new file, and one who
        // opened the old file meanwhile sees it is no longer at the path (see `lock`). A file
        // that is no longer ours at the path is another rolefit's lock, and stays.
        let file = self.file.get_mut().unwrap_or_else(PoisonError::into_inner);
        if is_at(file, &self.path) {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// Another explorer holds the session file.
#[derive(Debug, thiserror::Error)]
#[error("{}: this session is open in another rolefit", path.display())]
pub struct InUse {
    pub path: PathBuf,
}

/// `.<name>.lock` beside the session file. Give it the path as `real_path` spells it, as the
/// explorer does, so that a symbolic link and the file it points to share one lock.
pub fn lock_path(session: &Path) -> PathBuf {
    let name = session
        .file_name()
        .map_or_else(|| "session".into(), |n| n.to_string_lossy().into_owned());
    session.with_file_name(format!(".{name}.lock"))
}

/// Takes the lock of the session at `path`, waiting up to [`PATIENCE`] for a holder to finish.
/// `Ok(None)` when it cannot be taken here (a folder rolefit cannot write, a file system without
/// locks): saving then reports its own errors, and refusing to start would only keep the user
/// from their answers.
pub fn lock(path: &Path) -> Result<Option<SessionLock>, InUse> {
    let lock_file = lock_path(path);
    if fs::create_dir_all(super::directory_of(&lock_file)).is_err() {
        return Ok(None);
    }
    // A holder that quits removes the file it locked: one that was locked after that is not the
    // file at the path any more, so try again with the new one.
    let start = Instant::now();
    loop {
        match try_once(&lock_file) {
            Attempt::Locked(file) => {
                return Ok(Some(SessionLock {
                    file: Mutex::new(file),
                    path: lock_file,
                }));
            }
            Attempt::Unavailable => return Ok(None),
            // Lost to another taker again and again: go on unprotected rather than hang.
            Attempt::Lost if start.elapsed() >= PATIENCE => return Ok(None),
            Attempt::Lost => {}
            Attempt::Busy if start.elapsed() >= PATIENCE => {
                return Err(InUse {
                    path: path.to_path_buf(),
                });
            }
            Attempt::Busy => std::thread::sleep(RETRY),
        }
    }
}

/// What one try at the lock file came to.
enum Attempt {
    /// Locked, and still the file at the path.
    Locked(File),
    /// Locked, but the holder removed it meanwhile: another file is there now.
    Lost,
    /// Another process holds it.
    Busy,
    /// It cannot be opened or locked here.
    Unavailable,
}

fn try_once(lock_file: &Path) -> Attempt {
    let Ok(file) = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(lock_file)
    else {
        return Attempt::Unavailable;
    };
    match file.try_lock() {
        Ok(()) if is_at(&file, lock_file) => Attempt::Locked(file),
        Ok(()) => Attempt::Lost,
        Err(TryLockError::WouldBlock) => Attempt::Busy,
        Err(TryLockError::Error(_)) => Attempt::Unavailable,
    }
}

/// Whether `file` is still the file at `path`.
#[cfg(unix)]
fn is_at(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn is_at(_: &File, path: &Path) -> bool {
    path.exists()
}
