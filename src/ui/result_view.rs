//! The result screen: fit per role, the lead, strengths and gaps, leans, what would swap the
//! lead, and the reminder that this is an exploration. Every strength and gap is listed, wrapped
//! to the width; what does not fit the height scrolls.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Padding, Paragraph, Widget};

use crate::app::App;
use crate::layout::help::scroll_keys;
use crate::layout::result::{lines, text_width};

pub struct ResultView<'a> {
    pub app: &'a App,
}

impl Widget for ResultView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let all = lines(app, text_width(area.width));
        let visible = usize::from(area.height.saturating_sub(2));
        let title = if all.len() > visible {
            format!(
                " Your result ({}/{}{}) ",
                (app.result_scroll() + visible).min(all.len()),
                all.len(),
                scroll_keys(app)
            )
        } else {
            " Your result ".to_string()
        };
        let shown: Vec<Line> = all
            .into_iter()
            .skip(app.result_scroll())
            .take(visible)
            .collect();
        Paragraph::new(shown)
            .block(
                Block::bordered()
                    .padding(Padding::horizontal(1))
                    .border_set(app.glyphs().thick)
                    .title(Line::styled(title, app.theme().focused_border))
                    .border_style(app.theme().focused_border),
            )
            .render(area, buf);
    }
}
