//! The live fit meter: a gauge per role with its percentage and have/total, and the reading.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::text;
use crate::app::App;
use crate::fit::{self, RoleFit};

pub struct FitMeter<'a> {
    pub app: &'a App,
    pub bordered: bool,
}

impl Widget for FitMeter<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = &app.theme;
        let inner = if self.bordered {
            let block = Block::bordered()
                .border_set(app.glyphs.plain)
                .title(Line::styled(" Fit ", theme.title))
                .border_style(theme.border);
            let inner = block.inner(area);
            block.render(area, buf);
            inner
        } else {
            area
        };
        if inner.is_empty() {
            return;
        }
        let reading = fit::describe(&app.deck, fit::reading(&app.fits));
        let role_rows = usize::from(inner.height.saturating_sub(1));
        for (line, fit) in app.fits.iter().take(role_rows).enumerate() {
            gauge_line(app, fit, inner.width.into()).render(
                Rect::new(inner.x, inner.y + line as u16, inner.width, 1),
                buf,
            );
        }
        let y = inner.y + (app.fits.len().min(role_rows)) as u16;
        if y < inner.bottom() {
            Line::styled(
                app.glyphs.truncate(&reading, inner.width.into()),
                theme.title,
            )
            .render(Rect::new(inner.x, y, inner.width, 1), buf);
        }
    }
}

/// `Director ███████░░░░░░  47%  8/27`, filling `width` columns; role names are padded to the
/// longest (at most a third of the width) so the bars line up.
pub fn gauge_line(app: &App, fit: &RoleFit, width: usize) -> Line<'static> {
    let theme = &app.theme;
    let name_width = app
        .deck
        .roles
        .iter()
        .map(|r| text::width(&r.name))
        .max()
        .unwrap_or(0)
        .min(width / 3);
    let figures = format!(" {:>3}% {:>2}/{}", fit.rounded(), fit.have, fit.total);
    let bar_width = width.saturating_sub(name_width + 1 + text::width(&figures));
    let filled = (((fit.percent / 100.0) * bar_width as f64).round() as usize).min(bar_width);
    let name = app
        .glyphs
        .truncate(&app.deck.roles[fit.role].name, name_width);
    let (full, empty) = app.glyphs.bar(filled, bar_width);
    let pad = name_width - text::width(&name);
    Line::from(vec![
        Span::styled(name, theme.role(fit.role)),
        Span::raw(" ".repeat(pad + 1)),
        Span::styled(full, theme.role(fit.role)),
        Span::styled(empty, theme.dim),
        Span::raw(figures),
    ])
}
