//! The history screen: each role's fit across the snapshots and now as a ratatui `Chart`, a
//! line per snapshot (the selected one marked), and what changed since the selected one.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Chart, Dataset, GraphType, Padding, Paragraph, Widget, Wrap};

use crate::app::App;
use crate::layout::history::{MARKERS, view};

pub struct HistoryView<'a> {
    pub app: &'a App,
}

impl Widget for HistoryView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = app.theme();
        let ascii = app.glyphs().ascii;
        let shown = view(app);
        let block = Block::bordered()
            .padding(Padding::horizontal(1))
            .border_set(app.glyphs().thick)
            .title(Line::styled(
                format!(" Your snapshots ({}) and now ", shown.rows.len()),
                theme.focused_border,
            ))
            .border_style(theme.focused_border);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.is_empty() {
            return;
        }
        let chart_height = (inner.height / 2).max(3).min(inner.height);
        let list_height =
            (shown.rows.len() as u16).min(inner.height.saturating_sub(chart_height) / 2);
        let [legend, chart, list, since] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(chart_height.saturating_sub(1)),
            Constraint::Length(list_height),
            Constraint::Fill(1),
        ])
        .areas(inner);

        let marker = |role: usize| MARKERS[role % MARKERS.len()];
        let legend_spans: Vec<Span> = shown
            .lines
            .iter()
            .flat_map(|line| {
                let (_, unicode, plain) = marker(line.role);
                [
                    Span::styled(if ascii { plain } else { unicode }, theme.role(line.role)),
                    Span::raw(format!(" {}   ", app.deck().roles[line.role].name)),
                ]
            })
            .collect();
        Line::from(legend_spans).render(legend, buf);

        let datasets: Vec<Dataset> = shown
            .lines
            .iter()
            .map(|line| {
                Dataset::default()
                    .marker(marker(line.role).0)
                    .graph_type(GraphType::Line)
                    .style(theme.role(line.role))
                    .data(&line.points)
            })
            .collect();
        let last = shown.rows.len() as f64;
        let axis_style = theme.dim;
        Chart::new(datasets)
            .x_axis(
                Axis::default()
                    .style(axis_style)
                    .bounds([0.0, last.max(1.0)])
                    .labels(shown.x_labels.clone()),
            )
            .y_axis(
                Axis::default()
                    .style(axis_style)
                    .bounds([0.0, shown.y_top])
                    .labels([
                        "0%".to_string(),
                        format!("{}%", shown.y_top / 2.0),
                        format!("{}%", shown.y_top),
                    ]),
            )
            .render(chart, buf);
        if ascii {
            asciify(chart, buf);
        }

        // The list scrolls to keep the selected snapshot in view.
        let visible = usize::from(list.height);
        let first = (shown.selected + 1).saturating_sub(visible);
        for (y, (index, row)) in
            (list.top()..list.bottom()).zip(shown.rows.iter().enumerate().skip(first))
        {
            let (prefix, style) = if index == shown.selected {
                (app.glyphs().focus, theme.heading)
            } else {
                ("  ", Style::default())
            };
            buf.set_stringn(
                list.x,
                y,
                format!("{prefix}{row}"),
                usize::from(list.width),
                style,
            );
        }
        let text: Vec<Line> = shown.since.into_iter().map(Line::raw).collect();
        Paragraph::new(text)
            .wrap(Wrap { trim: false })
            .render(since, buf);
    }
}

/// Redraws the chart's lines and points in ASCII: its axes and markers are box-drawing and
/// block characters, which `--ascii` promises not to send.
fn asciify(area: Rect, buf: &mut Buffer) {
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let cell = &mut buf[(x, y)];
            let replacement = match cell.symbol() {
                "│" => Some("|"),
                "─" => Some("-"),
                "└" | "┌" | "┐" | "┘" => Some("+"),
                symbol => MARKERS
                    .iter()
                    .find(|(_, unicode, _)| *unicode == symbol)
                    .map(|(_, _, plain)| *plain),
            };
            if let Some(replacement) = replacement {
                cell.set_symbol(replacement);
            }
        }
    }
}
