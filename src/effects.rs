//! Carries out the I/O that `update` asks for (saving the session, backing it up before a reset,
//! writing the report, the mouse mode) and reports each outcome back as an action, so that only
//! `update` changes modes and state.

use std::io;
use std::path::{Path, PathBuf};

use crate::action::{Action, ReportOutcome};
use crate::app::{App, Effect, ExportPrompt};
use crate::report;
use crate::session::{self, NewFile};
use crate::untrusted::read::FileKind;
use crate::update::update;

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
/// answer given before it. Nothing of the app changes here.
pub fn perform(
    app: &App,
    effects: Vec<Effect>,
    mouse: &mut dyn FnMut(bool) -> io::Result<()>,
) -> Vec<Action> {
    let mut outcomes = Vec::new();
    let mut save_pending = false;
    for effect in effects {
        match effect {
            Effect::SaveSession => save_pending = true,
            Effect::BackUpSession => {
                if std::mem::take(&mut save_pending)
                    && let Err(message) = save(app)
                {
                    outcomes.push(Action::SaveFailed(message));
                    continue;
                }
                outcomes.push(back_up(app));
            }
            Effect::WriteReport(prompt) => outcomes.push(Action::Report(write_report(app, prompt))),
            Effect::MouseCapture(on) => {
                if let Err(error) = mouse(on) {
                    outcomes.push(Action::MouseFailed(format!(
                        "Could not change the mouse mode: {error}"
                    )));
                }
            }
        }
    }
    if save_pending && let Err(message) = save(app) {
        outcomes.push(Action::SaveFailed(message));
    }
    outcomes
}

/// Writes the session file as the app holds it (call [`App::sync_session`] first for the
/// position); `Err` holds a message for people.
pub fn save(app: &App) -> Result<(), String> {
    let Some(path) = app.session_path() else {
        return Ok(());
    };
    session::save(app.session(), path).map_err(|error| {
        // The footer may cut this short: what matters comes first, the path last.
        format!(
            "Could not save: {error}. Your answers are kept; if saving still fails when you \
             quit, they go to another file. ({})",
            path.display()
        )
    })
}

/// Moves the session file aside to a timestamped backup, so a reset loses nothing.
fn back_up(app: &App) -> Action {
    let Some(path) = app.session_path().filter(|p| p.exists()) else {
        return Action::SessionBackedUp(None);
    };
    match session::set_aside(path, app.now()) {
        Ok(backup) => Action::SessionBackedUp(Some(backup)),
        Err(error) => Action::BackupFailed(format!(
            "Could not back up {}: {error}. Nothing was reset.",
            path.display()
        )),
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
    let text = report::markdown(app.deck(), app.summary());
    match session::write_atomically(&target, text.as_bytes(), NewFile::Shared) {
        Ok(()) => ReportOutcome::Written(target),
        Err(error) => ReportOutcome::Failed {
            target,
            error: error.to_string(),
        },
    }
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
