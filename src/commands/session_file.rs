//! Opening the session the command line names, for the explorer and for `report` alike, and
//! making it ready for an explorer that will save to it.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use anyhow::Context;

use super::session_error;
use crate::cli::Cli;
use crate::deck::Deck;
use crate::session::{self, FileStamp, MAX_UNKNOWN_ANSWERS, Session, SessionError, SessionLock};
use crate::untrusted::read::{FileKind, ReadError};

/// The session file to use, what it holds, and anything the user should be told about it.
pub struct OpenedSession {
    /// `None` with `--no-session`, or when the system names no home directory.
    pub path: Option<PathBuf>,
    /// `None` when there is no file yet (or after `--fresh-session`).
    pub saved: Option<Session>,
    /// The file read, for the first save to check it is still the one there (`None`: none).
    pub on_disk: Option<FileStamp>,
    /// The text of the file read, for a backup should the explorer shorten the session.
    text: Option<String>,
    pub notice: Option<String>,
}

/// Resolves `--session` / `--no-session`, moves the old file aside for `--fresh-session`, and
/// reads the session. A file that does not parse is an error and is left untouched, and so is
/// anything but a regular file (a folder, a device, a pipe), which is refused before the lock
/// is taken beside it. Moving the file aside takes the session's lock first: under a running
/// explorer it would lose the answers that explorer saves next.
pub fn open(cli: &Cli, deck: &Deck) -> anyhow::Result<OpenedSession> {
    let path = path(cli, deck);
    let _lock = match &path {
        Some(path) if cli.fresh_session => {
            refuse_unless_regular(path)?;
            lock(path, "before starting afresh")?
        }
        _ => None,
    };
    open_at(cli.fresh_session, deck, path)
}

/// Checks that the opened file is a rate-me file (`rolefit invite`), and records the peer's
/// name in it when given.
pub fn ready_to_rate(opened: &mut OpenedSession, rater: Option<&str>) -> anyhow::Result<()> {
    let shown = opened
        .path
        .as_ref()
        .map_or_else(String::new, |p| p.display().to_string());
    let Some(rating) = opened.saved.as_mut().and_then(|s| s.rating.as_mut()) else {
        anyhow::bail!(
            "{shown} is not a rate-me file: the person you rate writes one with `rolefit invite`"
        );
    };
    if let Some(rater) = rater {
        rating.rater = Some(crate::peers::clean_name(rater).context("--name: the name is empty")?);
    }
    Ok(())
}

/// As [`open`], for an explorer that will save: first takes the session's lock, so a second
/// explorer on the same file stops with a message instead of overwriting the first one's answers.
/// Keep the lock until the last save, and call [`tidy`] once the explorer is sure to start.
pub fn open_to_save(
    cli: &Cli,
    deck: &Deck,
) -> anyhow::Result<(OpenedSession, Option<SessionLock>)> {
    let path = path(cli, deck);
    let lock = match &path {
        Some(path) => {
            refuse_unless_regular(path)?;
            lock(
                path,
                "so that neither overwrites the other's answers, or run with --session \
                 OTHER_FILE. `rolefit report` can read it meanwhile",
            )?
        }
        None => None,
    };
    Ok((open_at(cli.fresh_session, deck, path)?, lock))
}

/// The session at `path` as the explorer opens it, without the lock (for measurements).
pub fn open_path(path: &Path, deck: &Deck) -> anyhow::Result<OpenedSession> {
    refuse_unless_regular(path)?;
    let mut opened = open_at(false, deck, Some(session::real_path(path)))?;
    tidy(&mut opened, deck, SystemTime::now());
    Ok(opened)
}

/// Makes an opened session ready for an explorer that saves to it: removes the temporary
/// files killed saves left beside it, and keeps at most [`MAX_UNKNOWN_ANSWERS`] answers for ids
/// the deck lacks (the newest), so that each save stays quick. The file is kept whole as a
/// backup first; if that fails, every answer stays. Says what it did in the notice.
pub fn tidy(opened: &mut OpenedSession, deck: &Deck, now: SystemTime) {
    let Some(path) = &opened.path else {
        return;
    };
    session::remove_stale_temporaries(session::directory_of(path), now);
    let (Some(saved), Some(text)) = (&mut opened.saved, opened.text.take()) else {
        return;
    };
    let unknown = saved.count_unknown(deck);
    if unknown <= MAX_UNKNOWN_ANSWERS {
        return;
    }
    let told = match session::keep_backup(path, &text, now) {
        Ok(backup) => {
            let dropped = saved.drop_unknown_beyond(deck, MAX_UNKNOWN_ANSWERS);
            format!(
                "The session held answers for {unknown} ids this deck lacks: the \
                 {MAX_UNKNOWN_ANSWERS} newest are kept and {dropped} dropped; the whole file \
                 is kept as {}",
                backup.display()
            )
        }
        Err(error) => format!(
            "The session holds answers for {unknown} ids this deck lacks, more than the \
             {MAX_UNKNOWN_ANSWERS} rolefit keeps, but no backup could be written beside it \
             ({error}), so all stay and saves may be slow"
        ),
    };
    opened.notice = Some(match opened.notice.take() {
        Some(notice) => format!("{notice}. {told}"),
        None => told,
    });
}

/// The session's lock (see [`session::lock`]), or an error that says to quit the other explorer
/// first, `why`.
/// Takes the lock of a file kept beside the session (the snapshots, the peers' answers) for one
/// change, so that two rolefits changing it at once lose neither's.
pub fn lock_side_file(path: &Path) -> anyhow::Result<Option<SessionLock>> {
    session::lock(path).map_err(|error| anyhow::anyhow!("{error}. Try again when it is done."))
}

fn lock(path: &Path, why: &str) -> anyhow::Result<Option<SessionLock>> {
    session::lock(path).map_err(|error| anyhow::anyhow!("{error}. Quit that one first, {why}."))
}

/// The session file, made absolute (canonical when it exists) once, here: the lock, the saves,
/// the report's default folder and the check that a report does not replace the session all
/// then mean the same file, and `update` needs no I/O to show where it is.
pub fn path(cli: &Cli, deck: &Deck) -> Option<PathBuf> {
    session::resolve_path(cli.session.as_deref(), cli.no_session, &deck.id)
        .map(|path| session::real_path(&path))
}

/// An error unless `path` is a regular file or nothing (a link is followed): a folder or a
/// device is neither read, nor moved aside, nor given a lock file beside it.
fn refuse_unless_regular(path: &Path) -> anyhow::Result<()> {
    let kind = std::fs::metadata(path)
        .ok()
        .and_then(|metadata| FileKind::of(&metadata));
    match kind {
        Some(what) => Err(session_error(SessionError::Unreadable {
            path: path.to_path_buf(),
            reason: ReadError::NotRegular { what },
        })),
        None => Ok(()),
    }
}

fn open_at(fresh: bool, deck: &Deck, path: Option<PathBuf>) -> anyhow::Result<OpenedSession> {
    let mut notice = None;
    if fresh && let Some(path) = path.as_deref().filter(|p| p.exists()) {
        let backup = session::set_aside(path, SystemTime::now())
            .with_context(|| format!("could not move {} aside", path.display()))?;
        notice = Some(format!(
            "New session; the old one is kept as {}",
            backup.display()
        ));
    }
    let loaded = match &path {
        Some(path) => session::load_file(path, &deck.id).map_err(session_error)?,
        None => None,
    };
    let (saved, on_disk, text) = match loaded {
        Some(loaded) => (
            Some(loaded.session),
            Some(loaded.on_disk),
            Some(loaded.text),
        ),
        None => (None, None, None),
    };
    Ok(OpenedSession {
        path,
        saved,
        on_disk,
        text,
        notice,
    })
}
