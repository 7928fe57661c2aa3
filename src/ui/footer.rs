//! The footer: key hints for the current mode, generated from the keymap, or a status message.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::text;
use crate::app::App;

pub struct Footer<'a> {
    pub app: &'a App,
}

impl Widget for Footer<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = &app.theme;
        let width = usize::from(area.width);
        if let Some(status) = &app.status {
            Line::styled(app.glyphs.truncate(status, width), theme.title).render(area, buf);
            return;
        }
        let mut spans: Vec<Span> = Vec::new();
        let mut used = 0;
        for (keys, word) in app.keymap.hints(app.mode, app.glyphs.ascii) {
            let gap = if spans.is_empty() { 0 } else { 2 };
            let need = gap + text::width(&keys) + 1 + text::width(word);
            if used + need > width {
                break;
            }
            if gap > 0 {
                spans.push(Span::raw("  "));
            }
            spans.push(Span::styled(keys, theme.key));
            spans.push(Span::raw(format!(" {word}")));
            used += need;
        }
        Line::from(spans).render(area, buf);
    }
}
