//! The help overlay: every binding of every mode with its description, from the keymap table.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::text;
use crate::action::Action;
use crate::app::{App, Mode};

const SECTIONS: [(Mode, &str); 5] = [
    (Mode::Browse, "Browsing"),
    (Mode::Search, "Searching"),
    (Mode::Assess, "Guided assessment"),
    (Mode::Result, "Result"),
    (Mode::Help, "In this help"),
];
const KEYS_COLUMN: usize = 22;

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
    let key = |action| app.keymap.label(app.mode, &action, app.glyphs.ascii);
    match (key(Action::ScrollUp), key(Action::ScrollDown)) {
        (Some(up), Some(down)) => format!(", {up}/{down} scroll"),
        _ => String::new(),
    }
}

/// The help text, with the keys of the app's keymap (the user's, when a config rebinds them).
/// Rows of a mode with the same description share a line (`Keymap::lines`, as in the man
/// page).
pub fn lines(app: &App) -> Vec<HelpLine> {
    let (keymap, ascii) = (&app.keymap, app.glyphs.ascii);
    let mut lines = Vec::new();
    for (mode, heading) in SECTIONS {
        if !lines.is_empty() {
            lines.push(HelpLine::Blank);
        }
        lines.push(HelpLine::Heading(heading));
        lines.extend(
            keymap
                .lines(mode, ascii)
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

pub struct Help<'a> {
    pub app: &'a App,
    pub area: Rect,
}

impl Help<'_> {
    /// Lines that fit inside the overlay's border.
    pub fn visible_lines(area: Rect) -> usize {
        usize::from(area.height.saturating_sub(2))
    }
}

impl Widget for Help<'_> {
    fn render(self, _screen: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = &app.theme;
        let all = lines(app);
        let visible = Help::visible_lines(self.area);
        let scrollable = all.len() > visible;
        let title = if scrollable {
            format!(
                " Keys ({}/{}{}) ",
                (app.help_scroll + visible).min(all.len()),
                all.len(),
                scroll_keys(app)
            )
        } else {
            " Keys ".to_string()
        };
        let close: Vec<String> = app
            .keymap
            .keys_for(Mode::Help, &Action::CloseHelp)
            .iter()
            .take(2)
            .map(|k| k.label(app.glyphs.ascii))
            .collect();
        let block = Block::bordered()
            .border_set(app.glyphs.double)
            .title(Line::styled(title, theme.focused_border))
            .border_style(theme.focused_border);
        let block = match close.is_empty() {
            true => block,
            false => block.title_bottom(
                Line::styled(format!(" {} closes ", close.join(" or ")), theme.dim).right_aligned(),
            ),
        };
        let width = usize::from(self.area.width.saturating_sub(2));
        let shown: Vec<Line> = all
            .iter()
            .skip(app.help_scroll)
            .take(visible)
            .map(|line| match line {
                HelpLine::Heading(heading) => Line::styled(*heading, theme.heading),
                HelpLine::Binding { keys, description } => {
                    let keys_width = KEYS_COLUMN.min(width / 2);
                    let keys_text = app.glyphs.truncate(keys, keys_width);
                    let pad = keys_width + 1 - text::width(&keys_text);
                    let room = width.saturating_sub(keys_width + 3);
                    Line::from(vec![
                        Span::styled(format!("  {keys_text}{}", " ".repeat(pad)), theme.key),
                        Span::raw(app.glyphs.truncate(description, room)),
                    ])
                }
                HelpLine::Note(note) => Line::raw(app.glyphs.truncate(&format!("  {note}"), width)),
                HelpLine::Blank => Line::raw(""),
            })
            .collect();
        Clear.render(self.area, buf);
        Paragraph::new(shown).block(block).render(self.area, buf);
    }
}
