//! The what-if layer: answers tried over the saved ones, shown as pending, kept (then saved) or
//! dropped as a whole; nothing is written while it is open, and quitting asks about it.

use crate::action::Action;
use crate::app::{App, ModeState};
use crate::mode::Mode;

pub fn update(app: &mut App, action: Action) {
    match action {
        Action::StartWhatIf => {
            app.open_what_if();
            app.mode = ModeState::WhatIf;
            let key = |action| {
                app.keymap()
                    .label(Mode::WhatIf, &action, app.glyphs().ascii)
                    .unwrap_or_else(|| "(no key)".into())
            };
            let (keep, drop) = (key(Action::KeepWhatIf), key(Action::DropWhatIf));
            app.status = Some(format!(
                "What if: answers now are tried, not saved; {keep} keeps them, {drop} drops them"
            ));
        }
        Action::KeepWhatIf => {
            let changed = app.pending_count();
            app.keep_what_if();
            app.mode = ModeState::Browse;
            app.status = Some(match changed {
                0 => "Nothing to keep: the what-if changed no answer".to_string(),
                1 => "Kept 1 answer from the what-if".to_string(),
                n => format!("Kept {n} answers from the what-if"),
            });
        }
        Action::DropWhatIf => {
            app.drop_what_if();
            app.mode = ModeState::Browse;
            app.status = Some("Dropped the what-if: your saved answers are as they were".into());
        }
        Action::AskQuit => match app.pending_count() {
            // Nothing would be lost: quit as from the explorer.
            0 => {
                app.drop_what_if();
                app.should_quit = true;
            }
            _ => app.mode = ModeState::QuitWhatIf,
        },
        Action::KeepAndQuit => {
            app.keep_what_if();
            app.should_quit = true;
        }
        Action::DropAndQuit => {
            app.drop_what_if();
            app.should_quit = true;
        }
        Action::CancelQuit => app.mode = ModeState::WhatIf,
        _ => {}
    }
}
