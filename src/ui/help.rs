//! The help overlay: every binding of every mode with its description, from the keymap table.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use crate::action::Action;
use crate::app::App;
use crate::layout::help::{HelpLine, lines, scroll_keys, visible_lines};
use crate::mode::Mode;
use crate::text;

const KEYS_COLUMN: usize = 22;

pub struct Help<'a> {
    pub app: &'a App,
    pub area: Rect,
}

impl Widget for Help<'_> {
    fn render(self, _screen: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = app.theme();
        let all = lines(app);
        let visible = visible_lines(self.area);
        let scrollable = all.len() > visible;
        let title = if scrollable {
            format!(
                " Keys ({}/{}{}) ",
                (app.help_scroll() + visible).min(all.len()),
                all.len(),
                scroll_keys(app)
            )
        } else {
            " Keys ".to_string()
        };
        let close: Vec<String> = app
            .keymap()
            .keys_for(Mode::Help, &Action::CloseHelp)
            .iter()
            .take(2)
            .map(|k| k.label(app.glyphs().ascii))
            .collect();
        let block = Block::bordered()
            .border_set(app.glyphs().double)
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
            .skip(app.help_scroll())
            .take(visible)
            .map(|line| match line {
                HelpLine::Heading(heading) => Line::styled(*heading, theme.heading),
                HelpLine::Binding { keys, description } => {
                    let keys_width = KEYS_COLUMN.min(width / 2);
                    let keys_text = app.glyphs().truncate(keys, keys_width);
                    let pad = keys_width + 1 - text::width(&keys_text);
                    let room = width.saturating_sub(keys_width + 3);
                    Line::from(vec![
                        Span::styled(format!("  {keys_text}{}", " ".repeat(pad)), theme.key),
                        Span::raw(app.glyphs().truncate(description, room)),
                    ])
                }
                HelpLine::Note(note) => {
                    Line::raw(app.glyphs().truncate(&format!("  {note}"), width))
                }
                HelpLine::Blank => Line::raw(""),
            })
            .collect();
        Clear.render(self.area, buf);
        Paragraph::new(shown).block(block).render(self.area, buf);
    }
}
