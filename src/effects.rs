//! Carries out the I/O that `update` asks for: saving the session, backing it up before a reset,
//! writing the report. Failures become a status message; answers stay in memory.

use std::path::Path;

use crate::action::Action;
use crate::app::{App, Effect};
use crate::report;
use crate::session;
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
        format!(
            "Could not save the session to {}: {error}. Your answers are kept while rolefit runs.",
            path.display()
        )
    })
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

fn write_report(app: &mut App, path: &Path) {
    let text = report::markdown(&app.deck, app.summary());
    app.status = Some(match std::fs::write(path, text) {
        Ok(()) => format!("Report written to {}", path.display()),
        Err(error) => format!("Could not write {}: {error}", path.display()),
    });
}
