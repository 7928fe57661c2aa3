//! The tab bar of the narrow layout: every pane with its marked count, the active one bracketed.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::App;
use crate::layout::tabs::labels;

pub struct Tabs<'a> {
    pub app: &'a App,
}

impl Widget for Tabs<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.app.theme();
        let mut spans = Vec::new();
        for (pane, label) in labels(self.app, area.width) {
            if !spans.is_empty() {
                spans.push(Span::raw(" "));
            }
            let style = if pane == self.app.focus {
                theme.selected.patch(theme.title)
            } else {
                theme.dim
            };
            spans.push(Span::styled(label, style));
        }
        Line::from(spans).render(area, buf);
    }
}
