//! Telling whether the session file is still the one this process last read or wrote, so that a
//! file another program put in its place is never overwritten without the user's word.
//!
//! A save renames a new file over the path, so every save makes a new file; another program's
//! `mv` or editor does the same. A file is known by its device and inode, and, for an edit made
//! in place, its size and its modification and change times: the change time cannot be set
//! back by `touch`. The check and the rename that follows it are two steps, so a replacement in
//! the instant between them can still be lost; every other one is caught.

use std::fs::{self, Metadata};
use std::io;
use std::path::Path;
use std::time::SystemTime;

use super::Session;
use super::store;

/// A file as it was when last seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStamp {
    device: u64,
    inode: u64,
    len: u64,
    modified: Option<SystemTime>,
    /// The inode's change time in seconds and nanoseconds (0 where the system has none).
    changed: (i64, i64),
}

impl FileStamp {
    pub fn of(metadata: &Metadata) -> FileStamp {
        #[cfg(unix)]
        let (device, inode, changed) = {
            use std::os::unix::fs::MetadataExt;
            (
                metadata.dev(),
                metadata.ino(),
                (metadata.ctime(), metadata.ctime_nsec()),
            )
        };
        #[cfg(not(unix))]
        let (device, inode, changed) = (0, 0, (0, 0));
        FileStamp {
            device,
            inode,
            len: metadata.len(),
            modified: metadata.modified().ok(),
            changed,
        }
    }

    /// Whether both stamps are of one file, changed or not since (a lock file is never
    /// written, only locked, so this is how it is recognised).
    pub fn same_file(&self, other: &FileStamp) -> bool {
        self.device == other.device && self.inode == other.inode
    }
}

/// The file at `path` now, following symbolic links: `None` when there is none.
pub fn stamp_at(path: &Path) -> io::Result<Option<FileStamp>> {
    match fs::metadata(path) {
        Ok(metadata) => Ok(Some(FileStamp::of(&metadata))),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(error),
    }
}

/// What became of a save that first checked the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checked {
    /// Written: the session file is now this one.
    Written(FileStamp),
    /// Not written: the path holds another file than the one expected (`None`: nothing at all,
    /// where a file was expected).
    Replaced { found: Option<FileStamp> },
}

/// Saves `session` to `path` (see [`store::save`]) only when the file there is still
/// `expected` (`None`: no file at all, as before the first save).
pub fn save_if_unchanged(
    session: &Session,
    path: &Path,
    expected: Option<FileStamp>,
) -> io::Result<Checked> {
    let found = stamp_at(path)?;
    if found != expected {
        return Ok(Checked::Replaced { found });
    }
    store::save(session, path).map(Checked::Written)
}
