//! The live fit meter: a gauge per role with its percentage and have/total, and the reading.
//! When the rows run short, gauges share rows rather than a role going missing.

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
        let gauge_rows = if inner.height >= 2 {
            inner.height - 1
        } else {
            inner.height
        };
        let (columns, rows) = grid(app.fits.len(), gauge_rows);
        let gaps = GAP * (columns - 1);
        let cell = (usize::from(inner.width).saturating_sub(gaps) / columns) as u16;
        for (n, fit) in app.fits.iter().enumerate() {
            let (y, x) = ((n / columns) as u16, (n % columns) as u16);
            let area = Rect::new(inner.x + x * (cell + GAP as u16), inner.y + y, cell, 1);
            gauge_line(app, fit, cell.into()).render(area.intersection(inner), buf);
        }
        let y = inner.y + rows as u16;
        if y < inner.bottom() {
            Line::styled(
                app.glyphs.truncate(&reading, inner.width.into()),
                theme.title,
            )
            .render(Rect::new(inner.x, y, inner.width, 1), buf);
        }
    }
}

/// Columns between gauges that share a row.
const GAP: usize = 2;

/// How `roles` gauges are laid out in `rows` rows: (gauges per row, rows used). One a row when
/// they fit; otherwise they share rows, so that no role is ever left out.
pub fn grid(roles: usize, rows: u16) -> (usize, usize) {
    let rows = usize::from(rows).max(1);
    let columns = roles.div_ceil(rows).max(1);
    (columns, roles.div_ceil(columns))
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
    // A narrow gauge (sharing its row) keeps its percentage and gives up have/total first.
    let mut figures = format!(" {:>3}% {:>2}/{}", fit.rounded(), fit.have, fit.total);
    if width < name_width + 1 + text::width(&figures) + 3 {
        figures = format!(" {:>3}%", fit.rounded());
    }
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
