//! Carries out the I/O that `update` asks for (saving the session, backing it up before a reset,
//! writing the report, keeping a snapshot, the mouse mode) and reports each outcome back as an action, so that only
//! `update` changes modes and state.
//!
//! The file each save leaves (its [`FileStamp`]) travels back to the app in
//! `Action::SessionSaved`, and the next save takes it from the app: the app then holds all the
//! session's state, the last save at exit and the signal thread's copy read it from the same
//! place, and the effects keep nothing between runs that a test or the exit could miss.

use std::io;
use std::path::{Path, PathBuf};

mod saves;
mod snapshot;

use crate::action::{Action, ReportOutcome};
use crate::app::{App, Effect, ExportPrompt};
use crate::report;
use crate::session::{self, FileStamp, NewFile};
use crate::untrusted::read::FileKind;
use crate::update::update;
use saves::Saves;

/// Performs the effects the app has queued and applies each outcome with `update`, until no
/// effect is left (an outcome may queue more: a reset queues its save). `mouse` takes the mouse
/// from the terminal or gives it back; it is the terminal's, so the caller passes it in.
pub fn run(app: &mut App, mouse: &mut dyn FnMut(bool) -> io::Result<()>) {
    loop {
        let effects = app.take_effects();
        if effects.is_empty() {
            return;
        }
        app.sync_session();
        for outcome in perform(app, effects, mouse) {
            update(app, outcome);
        }
    }
}

/// Carries out `effects` in order and returns what came of them that `update` must hear. Every
/// save in the list is written once: at the end, or before a backup, which must hold every
/// answer given before it. Nothing of the app changes here; the file each save leaves is
/// carried from one to the next, and to `update` in the outcomes.
pub fn perform(
    app: &App,
    effects: Vec<Effect>,
    mouse: &mut dyn FnMut(bool) -> io::Result<()>,
) -> Vec<Action> {
    let mut outcomes = Vec::new();
    let mut saves = Saves::new(app);
    let mut save_pending = false;
    for effect in effects {
        match effect {
            Effect::SaveSession => save_pending = true,
            Effect::OverwriteSession(found) => {
                save_pending = false;
                saves.overwrite(found, &mut outcomes);
            }
            Effect::BackUpSession => {
                if std::mem::take(&mut save_pending) && !saves.save(&mut outcomes) {
                    continue;
                }
                outcomes.push(saves.back_up());
            }
            Effect::WriteReport(prompt) => outcomes.push(Action::Report(write_report(app, prompt))),
            Effect::SaveSnapshot(name) => {
                outcomes.push(Action::SnapshotSaved(snapshot::save(app, &name)));
            }
            Effect::MouseCapture(on) => {
                if let Err(error) = mouse(on) {
                    outcomes.push(Action::MouseFailed(format!(
                        "Could not change the mouse mode: {error}"
                    )));
                }
            }
        }
    }
    if save_pending {
        saves.save(&mut outcomes);
    }
    outcomes
}

/// Writes the session file as the app holds it (call [`App::sync_session`] first for the
/// position), if it is still the file the app last read or wrote: `Ok` with the file written
/// (`None`: nothing to write), or `Err` with the outcome that says why not.
pub fn save(app: &App) -> Result<Option<FileStamp>, Action> {
    let mut outcomes = Vec::new();
    let mut saves = Saves::new(app);
    saves.save(&mut outcomes);
    match outcomes.pop() {
        Some(Action::SessionSaved(stamp)) => Ok(Some(stamp)),
        Some(other) => Err(other),
        None => Ok(None),
    }
}

/// Writes the Markdown report to the path typed in `prompt`, atomically. It writes only regular
/// files: never one of rolefit's own (the session, a lock, a backup, a rescued session, a save
/// in progress), nor a folder, device or pipe, and replaces another existing file only when the
/// prompt says the user was already asked about that very file.
fn write_report(app: &App, prompt: ExportPrompt) -> ReportOutcome {
    let home = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
    let typed = Path::new(prompt.path.text().trim());
    let target = report_target(typed, app.session_path(), home.as_deref());
    let replace_confirmed = prompt.to_replace.as_ref() == Some(&target);
    let typed = prompt.path;
    if let Some(own) = session::own_file(&target, app.session_path()) {
        return ReportOutcome::IsOwnFile { typed, target, own };
    }
    // Through symbolic links: a link to a device is a device.
    if let Ok(metadata) = std::fs::metadata(&target) {
        if let Some(kind) = FileKind::of(&metadata) {
            return ReportOutcome::NotAFile {
                typed,
                target,
                kind,
            };
        }
        if !replace_confirmed {
            return ReportOutcome::Exists { typed, target };
        }
    }
    let text = match report_text(app, &target) {
        Ok(text) => text,
        Err(error) => {
            return ReportOutcome::Failed {
                target,
                error: error.to_string(),
            };
        }
    };
    match session::write_atomically(&target, text.as_bytes(), NewFile::Shared) {
        Ok(()) => ReportOutcome::Written(target),
        Err(error) => ReportOutcome::Failed {
            target,
            error: error.to_string(),
        },
    }
}

/// The report in the format the file's extension names, with what the app holds beside it.
fn report_text(app: &App, target: &Path) -> serde_json::Result<String> {
    let snapshots = match app.snapshots() {
        crate::history::Snapshots::Kept(history) => {
            report::html::snapshot_fits(history, app.snapshot_fits())
        }
        crate::history::Snapshots::Unavailable(_) => Vec::new(),
    };
    let extras = report::html::Extras {
        breakdown: app.breakdown(),
        snapshots,
        peers: app.peer_view(),
    };
    report::document(
        app.deck(),
        app.summary(),
        report::Format::of_path(target),
        &extras,
    )
}

/// Where a typed report path points: `~/` is the home folder, and a relative path is taken from
/// the session file's folder (the current folder without a session), made absolute so the
/// message says exactly where the report went.
pub fn report_target(typed: &Path, session: Option<&Path>, home: Option<&Path>) -> PathBuf {
    let expanded = match (typed.strip_prefix("~"), home) {
        (Ok(rest), Some(home)) => home.join(rest),
        _ => typed.to_path_buf(),
    };
    let joined = match session {
        Some(session) if expanded.is_relative() => session::directory_of(session).join(expanded),
        _ => expanded,
    };
    std::path::absolute(&joined).unwrap_or(joined)
}
