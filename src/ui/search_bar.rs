//! The query line: the text being typed with its cursor, the kept filter, or how to start one.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::action::Action;
use crate::app::App;
use crate::mode::Mode;
use crate::text;

const SEARCH_PROMPT: &str = "Search: ";
const FILTER_PROMPT: &str = "Filter: ";

pub struct SearchBar<'a> {
    pub app: &'a App,
}

impl SearchBar<'_> {
    /// The query text that fits after the prompt, and the cursor column within it.
    fn visible_query(&self, room: usize) -> (String, usize) {
        text::visible_input(&self.app.query, room, self.app.glyphs().ellipsis)
    }

    /// Where the terminal cursor goes while typing.
    pub fn cursor(&self, area: Rect) -> Option<Position> {
        if self.app.mode() != Mode::Search || area.is_empty() {
            return None;
        }
        let prompt = text::width(SEARCH_PROMPT);
        let (_, cursor) = self.visible_query(usize::from(area.width).saturating_sub(prompt));
        let x = area.x + (prompt + cursor).min(usize::from(area.width) - 1) as u16;
        Some(Position::new(x, area.y))
    }
}

impl Widget for SearchBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = app.theme();
        let width = usize::from(area.width);
        let line = match (app.mode(), app.is_filtered()) {
            (Mode::Search, _) => {
                let (query, _) = self.visible_query(width.saturating_sub(SEARCH_PROMPT.len()));
                Line::from(vec![
                    Span::styled(SEARCH_PROMPT, theme.key),
                    Span::styled(query, theme.title),
                ])
            }
            (_, true) => {
                let key = |action| {
                    app.keymap()
                        .label(Mode::Browse, &action, app.glyphs().ascii)
                };
                let note = match (key(Action::ClearFilter), key(Action::StartSearch)) {
                    (Some(clear), Some(edit)) => format!("  ({clear} clears, {edit} edits)"),
                    _ => String::new(),
                };
                let room = width.saturating_sub(FILTER_PROMPT.len() + text::width(&note));
                Line::from(vec![
                    Span::styled(FILTER_PROMPT, theme.key),
                    Span::styled(app.glyphs().truncate(app.query.text(), room), theme.title),
                    Span::styled(note, theme.dim),
                ])
            }
            _ => {
                let hint =
                    match app
                        .keymap()
                        .label(Mode::Browse, &Action::StartSearch, app.glyphs().ascii)
                    {
                        Some(key) => format!("Press {key} to search all panes"),
                        None => "No key starts a search (see the config file)".to_string(),
                    };
                Line::styled(app.glyphs().truncate(&hint, width), theme.dim)
            }
        };
        let used = line.width();
        line.render(area, buf);
        if app.is_filtered() {
            let total: usize = app.panes.iter().map(|p| p.rows.len()).sum();
            let count = if app.stale_rows.is_some() {
                // Drawn before a slow ranking: the rows below are still the last query's.
                format!(" searching{} ", app.glyphs().ellipsis)
            } else {
                format!(" {total} {} ", if total == 1 { "match" } else { "matches" })
            };
            if used + text::width(&count) <= width {
                Line::from(Span::styled(count, theme.dim))
                    .right_aligned()
                    .render(area, buf);
            }
        }
    }
}
