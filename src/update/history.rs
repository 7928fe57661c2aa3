//! Snapshots in the explorer: naming one to keep, the outcome of keeping it, and moving
//! through the history.

use crate::action::Action;
use crate::app::{App, Effect, ModeState, Snapshots};
use crate::input::LineInput;

pub fn update(app: &mut App, action: Action) {
    match action {
        Action::StartSnapshot => match app.snapshots() {
            Snapshots::Kept(_) => app.mode = ModeState::SnapshotName(LineInput::default()),
            Snapshots::Unavailable(why) => app.status = Some(format!("No snapshots: {why}")),
        },
        Action::SubmitSnapshot => {
            if let ModeState::SnapshotName(name) = &app.mode {
                let name = name.text().trim().to_string();
                app.effects.push(Effect::SaveSnapshot(name));
                app.mode = ModeState::Browse;
            }
        }
        Action::CancelSnapshot | Action::CloseHistory => app.mode = ModeState::Browse,
        Action::SnapshotSaved(Ok((history, name))) => {
            let count = history.snapshots.len();
            app.set_snapshots(Snapshots::Kept(history));
            let key = app
                .keymap()
                .label(
                    crate::mode::Mode::Browse,
                    &Action::ShowHistory,
                    app.glyphs().ascii,
                )
                .map(|key| format!("; {key} shows the history"))
                .unwrap_or_default();
            app.status = Some(format!("Snapshot `{name}` saved ({count} in all{key})"));
        }
        Action::SnapshotSaved(Err(message)) => app.status = Some(message),
        Action::ShowHistory => match app.snapshots() {
            Snapshots::Kept(history) if history.snapshots.is_empty() => {
                let key = app
                    .keymap()
                    .label(
                        crate::mode::Mode::Browse,
                        &Action::StartSnapshot,
                        app.glyphs().ascii,
                    )
                    .unwrap_or_else(|| "start_snapshot".into());
                app.status = Some(format!("No snapshots yet: {key} keeps one"));
            }
            Snapshots::Kept(history) => {
                let selected = history.snapshots.len() - 1;
                app.mode = ModeState::History { selected };
            }
            Snapshots::Unavailable(why) => app.status = Some(format!("No snapshots: {why}")),
        },
        _ => {}
    }
}

/// Moves the history's selection by `delta` snapshots, within the list.
pub fn select(app: &mut App, delta: isize) {
    let count = match app.snapshots() {
        Snapshots::Kept(history) => history.snapshots.len(),
        Snapshots::Unavailable(_) => 0,
    };
    if let ModeState::History { selected } = &mut app.mode {
        *selected = selected
            .saturating_add_signed(delta)
            .min(count.saturating_sub(1));
    }
}
