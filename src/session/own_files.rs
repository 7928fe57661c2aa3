//! The files rolefit keeps for itself (the session, its lock, backups, rescue copies, the
//! snapshot history and temporary files), known by their names, so that a report typed over
//! one is refused.

use std::path::Path;

use super::store::real_path;

/// Ends the name of a session moved aside: `<name>.bak-<UTC time>`.
pub const BACKUP_MARK: &str = ".bak-";
/// In the name of answers that could not be saved: `<stem>.unsaved-<UTC time>.ron`.
pub const RESCUE_MARK: &str = ".unsaved-";
/// A save in progress: `.rolefit-<random>.tmp`, renamed over the file once complete.
pub const TEMPORARY_PREFIX: &str = ".rolefit-";
pub const TEMPORARY_SUFFIX: &str = ".tmp";
/// Ends the name of a session's snapshot history, after the session file's stem.
pub const HISTORY_SUFFIX: &str = ".snapshots.ron";
/// Ends the name of the file of a session's peers' answers, after the session file's stem.
pub const PEERS_SUFFIX: &str = ".peers.ron";

/// One of rolefit's own files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnFile {
    Session,
    Lock,
    Backup,
    Rescue,
    History,
    Peers,
    Temporary,
}

impl OwnFile {
    /// The file as a message names it: "the session's lock file".
    pub fn describe(self) -> &'static str {
        match self {
            OwnFile::Session => "the session file",
            OwnFile::Lock => "a session's lock file",
            OwnFile::Backup => "a session backup",
            OwnFile::Rescue => "a rescued session",
            OwnFile::History => "a snapshot history",
            OwnFile::Peers => "the answers of your peers",
            OwnFile::Temporary => "a save in progress",
        }
    }
}

/// Which of rolefit's own files `target` is, if any: the session at `session` (also through a
/// symbolic link, `..` or `.`), or by its name a lock, backup, rescue copy or temporary file of
/// any session, wherever it is. Names are what rolefit gives them (see `store` and `lock`).
pub fn own_file(target: &Path, session: Option<&Path>) -> Option<OwnFile> {
    let real = real_path(target);
    if session.is_some_and(|session| real == real_path(session)) {
        return Some(OwnFile::Session);
    }
    // Both spellings: a link named like a report may point to a lock file, and the reverse.
    [target, real.as_path()]
        .into_iter()
        .find_map(named_own_file)
}

fn named_own_file(path: &Path) -> Option<OwnFile> {
    let name = path.file_name()?.to_str()?;
    if name.starts_with('.') && name.ends_with(".lock") && name.len() > ".lock".len() + 1 {
        Some(OwnFile::Lock)
    } else if name.starts_with(TEMPORARY_PREFIX) && name.ends_with(TEMPORARY_SUFFIX) {
        Some(OwnFile::Temporary)
    } else if name.contains(RESCUE_MARK) && name.ends_with(".ron") {
        Some(OwnFile::Rescue)
    } else if name.ends_with(HISTORY_SUFFIX) && name.len() > HISTORY_SUFFIX.len() {
        Some(OwnFile::History)
    } else if name.ends_with(PEERS_SUFFIX) && name.len() > PEERS_SUFFIX.len() {
        Some(OwnFile::Peers)
    } else if name.contains(BACKUP_MARK) {
        Some(OwnFile::Backup)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rolefit_names_its_own_files_and_nothing_else() {
        let own = |name: &str| named_own_file(Path::new(name));
        assert_eq!(own(".s.ron.lock"), Some(OwnFile::Lock));
        assert_eq!(own(".rolefit-ab12.tmp"), Some(OwnFile::Temporary));
        assert_eq!(own("s.unsaved-20261128T013000Z.ron"), Some(OwnFile::Rescue));
        assert_eq!(own("s.ron.bak-20261128T013000Z-2"), Some(OwnFile::Backup));
        assert_eq!(own("s.snapshots.ron"), Some(OwnFile::History));
        assert_eq!(own("s.peers.ron"), Some(OwnFile::Peers));
        for report in [
            "report.md",
            "s-report.md",
            "lock",
            ".lock",
            "notes.lock",
            "x.tmp",
        ] {
            assert_eq!(own(report), None, "{report}");
        }
    }

    #[test]
    fn the_session_is_known_through_other_spellings() {
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("s.ron");
        std::fs::write(&session, "").unwrap();
        let dotted = dir.path().join(".").join("s.ron");
        assert_eq!(own_file(&dotted, Some(&session)), Some(OwnFile::Session));
        assert_eq!(own_file(&dir.path().join("r.md"), Some(&session)), None);
    }
}
