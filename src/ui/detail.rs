//! The detail pane: the selected item's full text, the roles it counts for, its weight, and for a
//! difference every role's side with the user's lean marked. Text that does not fit scrolls, and
//! the border says how much is above and below and which keys bring it into view.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget};

use crate::action::Action;
use crate::app::App;
use crate::layout::detail::{lines_for, scroll, visible_lines};
use crate::mode::Mode;

pub struct Detail<'a> {
    pub app: &'a App,
}

/// The block around the detail; its inner width is what the text wraps to.
fn block(app: &App) -> Block<'static> {
    Block::bordered()
        .border_set(app.glyphs().plain)
        .title(Line::styled(" Detail ", app.theme().title))
        .border_style(app.theme().border)
}

impl Widget for Detail<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let all = lines_for(app, area);
        let visible = visible_lines(area);
        let top = scroll(app, all.len(), area);
        let below = all.len().saturating_sub(top + visible);
        let mut block = block(app);
        // The overflow is never silent: how many lines are out of view, and the key for them.
        let key = |action| {
            app.keymap()
                .label(Mode::Browse, &action, app.glyphs().ascii)
        };
        let (up, down) = if app.glyphs().ascii {
            ("^", "v")
        } else {
            ("↑", "↓")
        };
        if top > 0 {
            let hint = key(Action::ScrollDetailUp).map_or(String::new(), |k| format!(": {k}"));
            block = block.title(
                Line::styled(format!(" {up} {top} more{hint} "), app.theme().title).right_aligned(),
            );
        }
        if below > 0 {
            let hint = key(Action::ScrollDetailDown).map_or(String::new(), |k| format!(": {k}"));
            block = block.title_bottom(
                Line::styled(format!(" {down} {below} more{hint} "), app.theme().title)
                    .right_aligned(),
            );
        }
        let shown: Vec<Line> = all.into_iter().skip(top).take(visible).collect();
        Paragraph::new(shown).block(block).render(area, buf);
    }
}
