//! The help overlay's text: every binding of every mode with its description, from the keymap
//! table, and how many lines the overlay shows.

use ratatui::layout::Rect;

use crate::action::Action;
use crate::app::App;
use crate::mode::Mode;

const SECTIONS: [(Mode, &str); 7] = [
    (Mode::Browse, "Browsing"),
    (
        Mode::WhatIf,
        "What-if (browsing keys move, mark and search)",
    ),
    (Mode::Search, "Searching"),
    (Mode::Assess, "Guided assessment"),
    (Mode::Result, "Result"),
    (Mode::History, "History"),
    (Mode::Help, "In this help"),
];

/// One line of the help text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    Heading(&'static str),
    Binding {
        keys: String,
        description: &'static str,
    },
    Note(&'static str),
    Blank,
}

/// `, ↑/↓ scroll` for a scrollable title: the first keys that scroll in the current mode.
pub fn scroll_keys(app: &App) -> String {
    let key = |action| app.keymap().label(app.mode(), &action, app.glyphs().ascii);
    match (key(Action::ScrollUp), key(Action::ScrollDown)) {
        (Some(up), Some(down)) => format!(", {up}/{down} scroll"),
        _ => String::new(),
    }
}

/// The help text, with the keys of the app's keymap (the user's, when a config rebinds them).
/// Rows of a mode with the same description share a line (`Keymap::lines`, as in the man
/// page).
pub fn lines(app: &App) -> Vec<HelpLine> {
    let (keymap, ascii) = (app.keymap(), app.glyphs().ascii);
    let mut lines = Vec::new();
    for (mode, heading) in SECTIONS {
        if !lines.is_empty() {
            lines.push(HelpLine::Blank);
        }
        lines.push(HelpLine::Heading(heading));
        lines.extend(
            keymap
                .own_lines(mode, ascii)
                .into_iter()
                .map(|(keys, description)| HelpLine::Binding {
                    keys: keys.join(", "),
                    description,
                }),
        );
    }
    if app.options.mouse {
        lines.push(HelpLine::Blank);
        lines.push(HelpLine::Heading("Mouse"));
        lines.push(HelpLine::Note(
            "Click a row to select it, its [ ] to mark it",
        ));
        lines.push(HelpLine::Note(
            "Click a tab to open that pane; the wheel scrolls",
        ));
    }
    lines
}

/// Lines that fit inside the overlay's border.
pub fn visible_lines(area: Rect) -> usize {
    usize::from(area.height.saturating_sub(2))
}
