//! The live fit meter: a gauge per role with its percentage and have/total, and the reading.
//! When the rows run short, gauges share rows; when even those run short, "+N more" says how
//! many roles are left out rather than dropping them silently.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Widget};

use crate::app::App;
use crate::layout::meter::{GAP, Grid, gauge_line, reading_words};

pub struct FitMeter<'a> {
    pub app: &'a App,
    pub bordered: bool,
}

impl Widget for FitMeter<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = app.theme();
        let inner = if self.bordered {
            let block = Block::bordered()
                .border_set(app.glyphs().plain)
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
        let reading = reading_words(app);
        let gauge_rows = if inner.height >= 2 {
            inner.height - 1
        } else {
            inner.height
        };
        let grid = Grid::fit(app.fits().len(), gauge_rows, inner.width);
        // In usize: a cell plus its gap can pass u16::MAX on the widest terminals.
        let cell_at = |n: usize| {
            let (row, column) = (n / grid.columns, n % grid.columns);
            let x = usize::from(inner.x) + column * (grid.cell + GAP);
            let y = usize::from(inner.y) + row;
            let to_u16 = |v: usize| u16::try_from(v).unwrap_or(u16::MAX);
            Rect::new(to_u16(x), to_u16(y), to_u16(grid.cell), 1).intersection(inner)
        };
        for (n, fit) in app.fits().iter().take(grid.shown).enumerate() {
            gauge_line(app, fit, grid.cell).render(cell_at(n), buf);
        }
        // Said, not silently dropped: the reader should know the meter is not the whole deck.
        let hidden = app.fits().len() - grid.shown;
        if hidden > 0 {
            let more = app.glyphs().truncate(&format!("+{hidden} more"), grid.cell);
            Line::styled(more, theme.dim).render(cell_at(grid.shown), buf);
        }
        let y = usize::from(inner.y) + grid.rows;
        if y < usize::from(inner.bottom()) {
            Line::styled(
                app.glyphs().truncate(&reading, inner.width.into()),
                theme.title,
            )
            .render(Rect::new(inner.x, y as u16, inner.width, 1), buf);
        }
    }
}
