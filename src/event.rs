//! Turns terminal events into actions: keys through the keymap, mouse and resize directly.

use ratatui::crossterm::event::{Event, MouseButton, MouseEventKind};

use crate::action::Action;
use crate::app::App;

/// The action an event asks for in the app's current mode, if any.
pub fn action_for(app: &App, event: &Event) -> Option<Action> {
    match event {
        // Only presses: terminals with enhanced keyboards also report releases.
        Event::Key(key) if key.is_press() => app.keymap().action(app.mode(), key),
        Event::Mouse(mouse) => {
            let (column, row) = (mouse.column, mouse.row);
            match mouse.kind {
                MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
                MouseEventKind::Down(MouseButton::Right) => {
                    Some(Action::RightClick { column, row })
                }
                MouseEventKind::ScrollDown => Some(Action::Scroll {
                    column,
                    row,
                    down: true,
                }),
                MouseEventKind::ScrollUp => Some(Action::Scroll {
                    column,
                    row,
                    down: false,
                }),
                _ => None,
            }
        }
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        _ => None,
    }
}
