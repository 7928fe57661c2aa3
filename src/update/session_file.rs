//! What the effects report about the session file itself (the file each save leaves, a file
//! found in its place) and the user's choice about a file another program put there.

use crate::action::{Action, Conflict, ConflictCause};
use crate::app::{App, Effect, KeptOther, ModeState};
use crate::mode::Mode;

pub fn update(app: &mut App, action: Action) {
    match action {
        Action::SessionSaved(stamp) => app.set_on_disk(Some(stamp)),
        Action::SessionReplaced(conflict) => {
            // A second conflict while the question is open keeps the mode to go back to.
            let back = match std::mem::replace(&mut app.mode, ModeState::Browse) {
                ModeState::Replaced { back, .. } => back,
                other => Box::new(other),
            };
            app.status = Some(notice(app, &conflict));
            app.mode = ModeState::Replaced { conflict, back };
        }
        Action::OverwriteSession => {
            let Some(conflict) = close(app) else {
                return;
            };
            app.effects.push(Effect::OverwriteSession(conflict.found));
            app.status = Some("Your answers are written over the session file.".to_string());
        }
        Action::KeepOtherSession => {
            let Some(conflict) = close(app) else {
                return;
            };
            let rescue = conflict.rescue.ok();
            app.status = Some(match &rescue {
                Some(copy) => format!(
                    "Kept the other file; rolefit no longer saves to it. Your answers are in {}, \
                     and go to a new file when you quit.",
                    copy.display()
                ),
                None => "Kept the other file; rolefit no longer saves to it. Your answers go to \
                         a new file when you quit."
                    .to_string(),
            });
            app.keep_other_file(KeptOther { rescue });
        }
        _ => {}
    }
}

/// Ends the question about the replaced file: back to the mode it interrupted, with the
/// conflict it was about; `None` when no question is open.
fn close(app: &mut App) -> Option<Conflict> {
    match std::mem::replace(&mut app.mode, ModeState::Browse) {
        ModeState::Replaced { conflict, back } => {
            app.mode = *back;
            Some(conflict)
        }
        other => {
            app.mode = other;
            None
        }
    }
}

/// The footer's line while the question is open: what happened, and the two keys.
fn notice(app: &App, conflict: &Conflict) -> String {
    let key = |action| {
        app.keymap()
            .label(Mode::Replaced, &action, app.glyphs().ascii)
            .unwrap_or_else(|| "(no key)".into())
    };
    let what = match conflict.cause {
        ConflictCause::Replaced => "Another program replaced the session file",
        ConflictCause::Removed => "The session file was removed",
        ConflictCause::InUse => "Another rolefit has this session open",
    };
    format!(
        "{what}; it was not overwritten. {} overwrites it with your answers, {} keeps it.",
        key(Action::OverwriteSession),
        key(Action::KeepOtherSession)
    )
}
