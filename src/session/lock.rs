//! One explorer per session file: an advisory lock on a hidden file beside it, so that a second
//! explorer cannot overwrite the first one's answers with its own (no terminal here).
//!
//! The lock is on a separate file because saving renames a new file over the session: a lock on
//! the session file itself would stay on the replaced copy. The lock file is removed when the
//! explorer ends (by `Drop`, or by `tui` when a signal ends the process, which skips `Drop`), so
//! nothing is left beside the session; a crash leaves it unlocked, and harmless.

use std::fs::{self, File, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long a held lock is waited for before giving up. An explorer whose terminal was just
/// closed still saves for a moment (up to a second when the terminal is gone, see `tui`);
/// starting again at once must not be refused.
const PATIENCE: Duration = Duration::from_secs(3);
const RETRY: Duration = Duration::from_millis(25);

/// Held while an explorer uses the session file; the lock goes with the process, even on a crash.
#[derive(Debug)]
pub struct SessionLock {
    /// Locked; closing it (after the file is removed) releases the lock.
    _file: File,
    path: PathBuf,
}

impl SessionLock {
    /// The lock file, for an exit that skips Drop (`process::exit`) to remove it itself.
    pub fn file(&self) -> &Path {
        &self.path
    }
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        // Removed while still locked: whoever opens the path next makes a new file, and one who
        // opened the old file meanwhile sees it is no longer at the path (see `lock`).
        let _ = fs::remove_file(&self.path);
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
        let Ok(file) = fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&lock_file)
        else {
            return Ok(None);
        };
        match file.try_lock() {
            Ok(()) if is_at(&file, &lock_file) => {
                return Ok(Some(SessionLock {
                    _file: file,
                    path: lock_file,
                }));
            }
            // Lost to another taker again and again: go on unprotected rather than hang.
            Ok(()) if start.elapsed() >= PATIENCE => return Ok(None),
            Ok(()) => {}
            Err(TryLockError::WouldBlock) if start.elapsed() >= PATIENCE => {
                return Err(InUse {
                    path: path.to_path_buf(),
                });
            }
            Err(TryLockError::WouldBlock) => std::thread::sleep(RETRY),
            Err(TryLockError::Error(_)) => return Ok(None),
        }
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
