//! The detail pane: the selected item's full text, the roles it counts for, its weight, and for a
//! difference every role's side with the user's lean marked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use crate::action::Action;
use crate::app::{App, Mode};

pub struct Detail<'a> {
    pub app: &'a App,
}

impl Widget for Detail<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = &app.theme;
        let block = Block::bordered()
            .border_set(app.glyphs.plain)
            .title(Line::styled(" Detail ", theme.title))
            .border_style(theme.border);
        let Some(index) = app.selected_item() else {
            Paragraph::new(Line::styled("Nothing selected", theme.dim))
                .block(block)
                .render(area, buf);
            return;
        };
        let item = app.deck.item(index);
        let mut lines = vec![Line::styled(item.title.to_string(), theme.heading)];
        if !item.detail.trim().is_empty() {
            lines.push(Line::raw(item.detail.to_string()));
        }
        let roles: Vec<&str> = item
            .roles()
            .map(|r| app.deck.roles[r].name.as_str())
            .collect();
        let mark_key = app
            .keymap
            .label(Mode::Browse, &Action::ToggleMark, app.glyphs.ascii);
        let counts = if item.is_difference() {
            "Lean to a side to count it for that role".to_string()
        } else if app.marks.is_marked(index) {
            "[x] You have this".to_string()
        } else if let Some(key) = mark_key {
            format!("[ ] {key} marks it as yours")
        } else {
            "[ ] Not marked as yours".to_string()
        };
        lines.push(Line::from(vec![
            Span::styled("Counts for: ", theme.dim),
            Span::raw(roles.join(", ")),
            Span::styled(
                format!(" {} weight {}", app.glyphs.separator, item.weight),
                theme.dim,
            ),
        ]));
        lines.push(Line::styled(counts, theme.dim));
        let lean = app.marks.lean(index);
        for side in item.sides() {
            let chosen = lean == Some(side.role);
            let role = &app.deck.roles[side.role];
            lines.push(Line::from(vec![
                Span::styled(
                    if chosen { "[x] " } else { "[ ] " },
                    if chosen { theme.mark } else { theme.dim },
                ),
                Span::styled(format!("{}: ", role.name), theme.role(side.role)),
                Span::raw(side.text.clone()),
                Span::styled(if chosen { "  (your lean)" } else { "" }, theme.mark),
            ]));
        }
        Paragraph::new(Text::from(lines))
            .wrap(Wrap { trim: true })
            .block(block)
            .render(area, buf);
    }
}
