//! The result screen: its rows (charts, reading, lists; see `layout::result`) drawn from the
//! scroll position down, the charts with ratatui's `LineGauge`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, LineGauge, Padding, Widget};

use crate::app::App;
use crate::layout::help::scroll_keys;
use crate::layout::result::{
    Bar, Row, chart_columns, column_starts, rows, text_width, widest_label,
};

pub struct ResultView<'a> {
    pub app: &'a App,
}

impl Widget for ResultView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let all = rows(app, text_width(area.width));
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
        let block = Block::bordered()
            .padding(Padding::horizontal(1))
            .border_set(app.glyphs().thick)
            .title(Line::styled(title, app.theme().focused_border))
            .border_style(app.theme().focused_border);
        let inner = block.inner(area);
        block.render(area, buf);
        let columns = chart_columns(inner.width, app.deck().roles.len(), widest_label(&all));
        let shown = all.iter().skip(app.result_scroll()).take(visible);
        for (row, y) in shown.zip(inner.top()..inner.bottom()) {
            let line_area = Rect::new(inner.x, y, inner.width, 1);
            draw_row(app, row, &columns, line_area, buf);
        }
    }
}

fn draw_row(app: &App, row: &Row, columns: &[(u16, u16)], area: Rect, buf: &mut Buffer) {
    let cell = |(offset, width): (u16, u16)| {
        Rect::new(area.x + offset, area.y, width, 1).intersection(area)
    };
    match row {
        Row::Text(line) => {
            buf.set_line(area.x, area.y, line, area.width);
        }
        Row::ChartHeader { label, roles } => {
            let label_area = if roles.is_empty() {
                area
            } else {
                cell(columns[0])
            };
            buf.set_line(label_area.x, label_area.y, label, label_area.width);
            for (name, &column) in roles.iter().zip(&columns[1..]) {
                let at = cell(column);
                buf.set_line(at.x, at.y, name, at.width);
            }
        }
        Row::Bars { label, bars } => {
            let at = cell(columns[0]);
            buf.set_stringn(at.x, at.y, label, usize::from(at.width), app.theme().key);
            for (bar, &column) in bars.iter().zip(&columns[1..]) {
                draw_bar(app, *bar, cell(column), buf);
            }
        }
        Row::Columns(lines) => {
            let starts = column_starts(usize::from(area.width));
            for (line, start) in lines.iter().zip(starts) {
                let start = u16::try_from(start).unwrap_or(u16::MAX);
                let x = area.x.saturating_add(start);
                if x < area.right() {
                    buf.set_line(x, area.y, line, area.right() - x);
                }
            }
        }
    }
}

fn draw_bar(app: &App, bar: Option<Bar>, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let Some(bar) = bar else {
        buf.set_stringn(
            area.x,
            area.y,
            "  no items",
            usize::from(area.width),
            theme.dim,
        );
        return;
    };
    LineGauge::default()
        .ratio(bar.ratio)
        .label(format!("{:>3}%", bar.percent))
        .filled_symbol(app.glyphs().filled)
        .unfilled_symbol(app.glyphs().empty)
        .filled_style(theme.role(bar.role))
        .unfilled_style(theme.dim)
        .render(area, buf);
}
