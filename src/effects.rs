//! Carries out the I/O that `update` asks for: saving the session, backing it up before a reset,
//! writing the report. Failures become a status message; answers stay in memory, and at exit
//! answers that cannot be saved go to another file rather than being lost.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::action::Action;
use crate::app::{App, Effect};
use crate::mode::Mode;
use crate::report;
use crate::session::{self, NewFile, Session};
use crate::update::update;

/// Performs and clears the queued effects. Several saves in one batch are written once.
pub fn perform(app: &mut App) {
    let mut save_pending = false;
    while !app.effects.is_empty() {
        for effect in std::mem::take(&mut app.effects) {
            match effect {
                Effect::SaveSession => save_pending = true,
                Effect::ResetSession => {
                    // The backup must hold every answer given before the reset.
                    if std::mem::take(&mut save_pending)
                        && let Err(message) = save(app)
                    {
                        app.status = Some(message);
                        continue;
                    }
                    reset(app);
                }
                Effect::WriteReport(path) => write_report(app, &path),
                Effect::MouseCapture(on) => {
                    if let Err(error) = crate::tui::set_mouse_capture(on) {
                        app.status = Some(format!("Could not change the mouse mode: {error}"));
                    }
                }
            }
        }
    }
    if save_pending && let Err(message) = save(app) {
        app.status = Some(message);
    }
}

/// Writes the session file now, with the current position; `Err` holds a message for people.
pub fn save(app: &mut App) -> Result<(), String> {
    let Some(path) = app.session_path.clone() else {
        return Ok(());
    };
    app.sync_session();
    session::save(&app.session, &path).map_err(|error| {
        // The footer may cut this short: what matters comes first, the path last.
        format!(
            "Could not save: {error}. Your answers are kept; if saving still fails when you \
             quit, they go to another file. ({})",
            path.display()
        )
    })
}

/// Saves the session as rolefit exits (quit, or a signal). When that fails and the file does not
/// already hold these answers, they go to a new file in the first of `rescue_dirs` that takes it,
/// and the message says where and how to carry on. Quitting does not stop to ask: a signal cannot
/// be asked, and a file the user can move is worth more than a question they may not be able to
/// answer (the disk may stay full).
pub fn save_before_exit(app: &mut App, rescue_dirs: &[PathBuf]) -> Result<(), String> {
    let Some(path) = app.session_path.clone() else {
        return Ok(());
    };
    app.sync_session();
    save_or_rescue(&app.session, &path, rescue_dirs, (app.clock)())
}

/// [`save_before_exit`] for a session held apart from the app (see `tui`'s signal handling).
pub fn save_or_rescue(
    session: &Session,
    path: &Path,
    rescue_dirs: &[PathBuf],
    now: SystemTime,
) -> Result<(), String> {
    let error = match session::save(session, path) {
        Ok(()) => return Ok(()),
        Err(error) => error,
    };
    let failed = format!("could not save the session to {}: {error}", path.display());
    let on_disk = session::load(path, &session.deck).ok().flatten();
    if on_disk.is_some_and(|saved| saved.answers == session.answers) {
        return Err(format!(
            "{failed}. Your answers were saved before; only the pane and row were not."
        ));
    }
    let mut tried = Vec::new();
    for dir in rescue_dirs {
        match session::save_copy(session, path, dir, now) {
            Ok(copy) => {
                return Err(format!(
                    "{failed}.\nYour answers are saved in {} instead. To carry on with them, \
                     start rolefit with --session {} (or move that file to {}).",
                    copy.display(),
                    copy.display(),
                    path.display()
                ));
            }
            Err(error) => tried.push(format!("{}: {error}", dir.display())),
        }
    }
    // Nowhere to write: the terminal is the last place the answers can go.
    let text = session::to_text(session).unwrap_or_default();
    Err(format!(
        "{failed}, nor to another folder ({}).\nYour answers follow as a session file; save the \
         text between the lines as a file and start rolefit with --session FILE.\n---\n{text}---",
        tried.join("; ")
    ))
}

/// How the explorer ends, from whether the terminal ran well (`ran`), the last save, and the
/// exit status a signal asks for: the messages to print, in order, and the exit status. The save's
/// message comes first, and also when the terminal failed: it may hold the only copy of the
/// answers (the rescue file's path, or the session itself).
pub fn exit_report(
    ran: Result<(), String>,
    saved: Result<(), String>,
    signal_status: Option<u8>,
) -> (Vec<String>, u8) {
    let failed = ran.is_err() || saved.is_err();
    let messages: Vec<String> = [saved.err(), ran.err()].into_iter().flatten().collect();
    let status = match signal_status {
        Some(status) => status,
        None if failed => crate::commands::Outcome::Failure.status(),
        None => crate::commands::Outcome::Success.status(),
    };
    (messages, status)
}

/// Where answers go when the session file cannot take them: the current folder (where the user
/// will look first), the home folder, then the temporary folder.
pub fn rescue_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    dirs.extend(std::env::current_dir().ok());
    dirs.extend(directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf()));
    dirs.push(std::env::temp_dir());
    dirs
}

fn reset(app: &mut App) {
    let backup = match app.session_path.clone().filter(|p| p.exists()) {
        None => None,
        Some(path) => match session::set_aside(&path, (app.clock)()) {
            Ok(backup) => Some(backup),
            Err(error) => {
                app.status = Some(format!(
                    "Could not back up {}: {error}. Nothing was reset.",
                    path.display()
                ));
                return;
            }
        },
    };
    update(app, Action::Reset);
    app.effects.retain(|e| *e != Effect::SaveSession);
    let saved = save(app);
    app.status = Some(match (saved, backup) {
        (Err(message), _) => message,
        (Ok(()), Some(backup)) => format!("Reset. The old session is kept as {}", backup.display()),
        (Ok(()), None) => "Reset.".to_string(),
    });
}

/// Writes the Markdown report to the path the user typed, atomically. It never replaces the
/// session file, and replaces another existing file only when the user presses Enter again on the
/// same path; until then the path prompt stays open with the question.
fn write_report(app: &mut App, typed: &Path) {
    let home = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
    let target = report_target(typed, app.session_path.as_deref(), home.as_deref());
    let shown = target.display();
    let replace_confirmed = app.report_to_replace.take().as_ref() == Some(&target);
    let refusal = if is_same_file(&target, app.session_path.as_deref()) {
        Some(format!(
            "{shown} is the session file; the report would replace your answers. Type another path."
        ))
    } else if target.is_dir() {
        Some(format!(
            "{shown} is a folder. Type a file name for the report."
        ))
    } else if target.exists() && !replace_confirmed {
        app.report_to_replace = Some(target.clone());
        Some(format!(
            "{shown} already exists. Enter again replaces it; or edit the path, or Esc."
        ))
    } else {
        None
    };
    if let Some(message) = refusal {
        app.status = Some(message);
        app.mode = Mode::Export;
        return;
    }
    let text = report::markdown(&app.deck, app.summary());
    app.status = Some(
        match session::write_atomically(&target, text.as_bytes(), NewFile::Shared) {
            Ok(()) => format!("Report written to {shown}"),
            Err(error) => format!("Could not write the report to {shown}: {error}"),
        },
    );
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

/// Whether `target` names the session file, also through `..`, `.` or a symbolic link, and
/// before the session's first save (see [`session::real_path`]).
fn is_same_file(target: &Path, session: Option<&Path>) -> bool {
    session.is_some_and(|session| session::real_path(target) == session::real_path(session))
}
