//! Session files on disk: where they live (XDG), reading them, replacing them atomically and
//! moving them aside.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::Session;
use super::on_disk::FileStamp;
use super::own_files::{BACKUP_MARK, RESCUE_MARK, TEMPORARY_PREFIX, TEMPORARY_SUFFIX};
use crate::untrusted::name::file_stem;
use crate::untrusted::read::FileKind;

/// `$XDG_DATA_HOME/rolefit/<deck id>.ron` (by default `~/.local/share/rolefit/...`), or `None`
/// when the system names no home directory.
pub fn default_path(deck_id: &str) -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "rolefit")?;
    // The id comes from a stranger's deck: one safe, bounded file name, never a path.
    Some(dirs.data_dir().join(format!("{}.ron", file_stem(deck_id))))
}

/// The session file to use: `explicit` (`--session FILE`), else the default for the deck; `None`
/// with `--no-session` or when the system has no home directory.
pub fn resolve_path(explicit: Option<&Path>, disabled: bool, deck_id: &str) -> Option<PathBuf> {
    if disabled {
        return None;
    }
    explicit
        .map(Path::to_path_buf)
        .or_else(|| default_path(deck_id))
}

/// Replaces the file at `path` with `session` atomically (see [`write_atomically`]), creating
/// its directory first; returns the stamp of the file written.
pub fn save(session: &Session, path: &Path) -> io::Result<FileStamp> {
    fs::create_dir_all(directory_of(path))?;
    let written = write_through_temp(
        &real_path(path),
        to_text(session)?.as_bytes(),
        NewFile::Private,
        Existing::Replace,
    )?;
    Ok(FileStamp::of(&written))
}

/// Who may read a file that [`write_atomically`] creates; a file it replaces keeps its own
/// permissions, so a report made readable for a mentor stays readable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewFile {
    /// Only the user (a session: answers about oneself).
    Private,
    /// As `std::fs::write` would make it (a report, meant to be shown).
    Shared,
}

/// Replaces the file at `path` with `bytes` atomically: they go to a temporary file in the same
/// directory, are flushed and synced, then renamed over the old file. A crash or a full disk
/// leaves either the old file or the new one, never half of one. When `path` is a symbolic link,
/// the file it points to is replaced (or made, when it does not exist yet) and the link stays.
pub fn write_atomically(path: &Path, bytes: &[u8], new_file: NewFile) -> io::Result<()> {
    write_through_temp(&real_path(path), bytes, new_file, Existing::Replace).map(drop)
}

/// What [`write_through_temp`] does when a file is already at the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Existing {
    Replace,
    /// Leave it, and fail with `AlreadyExists`.
    Keep,
}

/// Writes `bytes` to `path` through a temporary file beside it and returns the written file's
/// metadata, read from the file itself after the rename: the stamp of the file rolefit wrote,
/// even if another replaced it a moment later.
fn write_through_temp(
    path: &Path,
    bytes: &[u8],
    new_file: NewFile,
    existing: Existing,
) -> io::Result<fs::Metadata> {
    let dir = directory_of(path);
    let kept = fs::metadata(path)
        .ok()
        .filter(fs::Metadata::is_file)
        .map(|m| m.permissions());
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMPORARY_PREFIX).suffix(TEMPORARY_SUFFIX);
    #[cfg(unix)]
    if new_file == NewFile::Shared {
        // Like `fs::write`: 0o666 less the umask (tempfile's own default is 0o600).
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    // Removed again if anything below fails, so a full disk leaves no half-written file.
    let mut temp = builder.tempfile_in(dir)?;
    if let Some(permissions) = kept {
        temp.as_file().set_permissions(permissions)?;
    }
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    let written = match existing {
        Existing::Replace => temp.persist(path),
        Existing::Keep => temp.persist_noclobber(path),
    }
    .map_err(|e| e.error)?;
    // Make the rename itself durable; not every platform can sync a directory.
    if let Ok(dir) = fs::File::open(dir) {
        let _ = dir.sync_all();
    }
    written.metadata()
}

/// The file `path` names, spelled one way only: canonical when it exists (links, `..` and `.`
/// resolved), else its canonical folder and its name, else simply made absolute. Two spellings of
/// one session file then share one lock, and the report can tell it is the session file even
/// before the first save. A symbolic link to a file that does not exist yet is followed too, so
/// the first save makes that file rather than replace the link with a file of its own.
pub fn real_path(path: &Path) -> PathBuf {
    let path = &followed(path);
    if let Ok(real) = fs::canonicalize(path) {
        return real;
    }
    let folder = fs::canonicalize(directory_of(path));
    match (folder, path.file_name()) {
        (Ok(folder), Some(name)) => folder.join(name),
        _ => std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()),
    }
}

/// How many symbolic links [`followed`] follows, as Linux's own limit.
const MAX_LINKS: usize = 40;

/// Where the symbolic links at `path` lead, link after link, also when the last one leads
/// nowhere; `path` itself when it is no link. A loop is given up after [`MAX_LINKS`], leaving a
/// link that reading then reports.
fn followed(path: &Path) -> PathBuf {
    let mut at = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        let is_link = fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink());
        let Some(target) = is_link.then(|| fs::read_link(&at).ok()).flatten() else {
            return at;
        };
        at = directory_of(&at).join(target);
    }
    at
}

/// The directory a file is in: `.` for a bare file name.
pub fn directory_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// Renames the file at `path` to `<name>.bak-<UTC time>` (adding `-2`, `-3`... if taken) and
/// returns the new path. Only a regular file (or a link to one) is moved: a folder, device or
/// pipe given as the session is an error, and stays where it is.
pub fn set_aside(path: &Path, now: SystemTime) -> io::Result<PathBuf> {
    if let Some(kind) = FileKind::of(&fs::metadata(path)?) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("it is {kind}, not a regular file"),
        ));
    }
    let name = path
        .file_name()
        .map_or_else(|| "session".into(), |n| n.to_string_lossy().into_owned());
    let stamp = compact_stamp(now);
    let target =
        first_free(|counter| path.with_file_name(format!("{name}{BACKUP_MARK}{stamp}{counter}")));
    fs::rename(path, &target)?;
    Ok(target)
}

/// Writes `session` to a new file in `dir` named after `path` and the time, such as
/// `<stem>.unsaved-20261128T013000Z.ron`, never replacing a file; returns where it went. It is
/// written as a session is (readable by the user alone, whole or not at all), since it may sit in
/// a shared folder such as `/tmp`.
pub fn save_copy(
    session: &Session,
    path: &Path,
    dir: &Path,
    now: SystemTime,
) -> io::Result<PathBuf> {
    let stem = path
        .file_stem()
        .map_or_else(|| "session".into(), |n| n.to_string_lossy().into_owned());
    let stamp = compact_stamp(now);
    let text = to_text(session)?;
    write_new(
        |counter| dir.join(format!("{stem}{RESCUE_MARK}{stamp}{counter}.ron")),
        text.as_bytes(),
    )
}

/// Keeps `text`, the session file at `path` as it was read, in a new file beside it named as
/// [`set_aside`] names a backup, and returns where; the file at `path` stays. For a session
/// rolefit is about to shorten: the whole of it stays at hand.
pub fn keep_backup(path: &Path, text: &str, now: SystemTime) -> io::Result<PathBuf> {
    let name = path
        .file_name()
        .map_or_else(|| "session".into(), |n| n.to_string_lossy().into_owned());
    let stamp = compact_stamp(now);
    write_new(
        |counter| path.with_file_name(format!("{name}{BACKUP_MARK}{stamp}{counter}")),
        text.as_bytes(),
    )
}

/// Writes `bytes` as a session is written (private, whole or not at all) to the first free
/// name `make` gives (see [`first_free`]), never replacing a file.
fn write_new(make: impl Fn(&str) -> PathBuf, bytes: &[u8]) -> io::Result<PathBuf> {
    let mut tries = 0;
    loop {
        let target = first_free(&make);
        match write_through_temp(&target, bytes, NewFile::Private, Existing::Keep) {
            Ok(_) => return Ok(target),
            // Taken since `first_free` looked: try the next free name, a few times.
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists && tries < 10 => tries += 1,
            Err(error) => return Err(error),
        }
    }
}

/// The session as the text of its file.
pub fn to_text(session: &Session) -> io::Result<String> {
    let text = ron::ser::to_string_pretty(session, ron::ser::PrettyConfig::default())
        .map_err(io::Error::other)?;
    Ok(format!("{text}\n"))
}

/// `20261128T013000Z`: the UTC time to whole seconds, safe in file names.
fn compact_stamp(now: SystemTime) -> String {
    humantime::format_rfc3339_seconds(now)
        .to_string()
        .chars()
        .filter(|c| !matches!(c, '-' | ':'))
        .collect()
}

/// The first path `make` gives, with the counter `""`, `"-2"`, `"-3"`..., that does not exist.
fn first_free(make: impl Fn(&str) -> PathBuf) -> PathBuf {
    let mut target = make("");
    let mut counter = 2;
    // A dangling symbolic link counts as taken: `exists` would say it is free.
    while fs::symlink_metadata(&target).is_ok() {
        target = make(&format!("-{counter}"));
        counter += 1;
    }
    target
}
