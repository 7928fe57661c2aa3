//! The detail pane: the selected item's full text, the roles it counts for, its weight, and for a
//! difference every role's side with the user's lean marked. Text that does not fit scrolls, and
//! the border says how much is above and below and which keys bring it into view.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::text;
use crate::action::Action;
use crate::app::{App, Mode};

pub struct Detail<'a> {
    pub app: &'a App,
}

/// The block around the detail; its inner width is what the text wraps to.
fn block(app: &App) -> Block<'static> {
    Block::bordered()
        .border_set(app.glyphs.plain)
        .title(Line::styled(" Detail ", app.theme.title))
        .border_style(app.theme.border)
}

/// How many lines of text the detail pane in `area` shows.
pub fn visible_lines(area: Rect) -> usize {
    usize::from(area.height.saturating_sub(2))
}

/// The selected item's detail wrapped to the inside of `area`: what scrolling moves through.
pub fn lines_for(app: &App, area: Rect) -> Vec<Line<'static>> {
    lines(app, usize::from(area.width.saturating_sub(2)))
}

/// The furthest the detail in `area` scrolls: its lines less those it shows.
pub fn max_scroll(app: &App, area: Rect) -> usize {
    lines_for(app, area)
        .len()
        .saturating_sub(visible_lines(area))
}

/// The scroll in effect over `total` wrapped lines: the app's, unless it was for another item,
/// and never past the end. Takes the count so that drawing wraps the text once per frame.
fn scroll(app: &App, total: usize, area: Rect) -> usize {
    if !app.detail_scroll_is_current() {
        return 0;
    }
    app.detail_scroll
        .min(total.saturating_sub(visible_lines(area)))
}

/// The selected item's detail wrapped to `width` columns. The lines the issue asks for come
/// first (title, text, roles and weight, sides) and the key hint last, so a short pane cuts
/// the least useful line.
pub fn lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let wrap = |spans: &[Span<'_>]| text::wrap_spans(spans, width, app.glyphs.ellipsis);
    let Some(index) = app.selected_item() else {
        return vec![Line::styled("Nothing selected", theme.dim)];
    };
    let item = app.deck.item(index);
    let mut lines = wrap(&[Span::styled(item.title.to_string(), theme.heading)]);
    lines.extend(wrap(&[Span::raw(item.detail.to_string())]));
    let roles: Vec<&str> = item
        .roles()
        .map(|r| app.deck.roles[r].name.as_str())
        .collect();
    lines.extend(wrap(&[
        Span::styled("Counts for: ", theme.dim),
        Span::raw(roles.join(", ")),
        Span::styled(
            format!(" {} weight {}", app.glyphs.separator, item.weight),
            theme.dim,
        ),
    ]));
    let lean = app.marks.lean(index);
    // Sides hang under their `[x] ` so that each starts visibly on its own line.
    const LABEL: usize = 4;
    for side in item.sides() {
        let chosen = lean == Some(side.role);
        let role = &app.deck.roles[side.role];
        let mut spans = vec![
            Span::styled(format!("{}: ", role.name), theme.role(side.role)),
            Span::raw(side.text.clone()),
        ];
        if chosen {
            spans.push(Span::styled(" (your lean)", theme.mark));
        }
        let wrapped = text::wrap_spans(&spans, width.saturating_sub(LABEL), app.glyphs.ellipsis);
        for (n, mut line) in wrapped.into_iter().enumerate() {
            let label = match (n, chosen) {
                (0, true) => Span::styled("[x] ", theme.mark),
                (0, false) => Span::styled("[ ] ", theme.dim),
                _ => Span::raw(" ".repeat(LABEL)),
            };
            line.spans.insert(0, label);
            lines.push(line);
        }
    }
    let mark_key = app
        .keymap
        .label(Mode::Browse, &Action::ToggleMark, app.glyphs.ascii);
    let counts = if item.is_difference() {
        "Lean to a side to count it for that role".to_string()
    } else if app.marks.is_marked(index) {
        "[x] You have this".to_string()
    } else if let Some(key) = mark_key {
        format!("[ ] {key} marks it as yours")
    } else {
        "[ ] Not marked as yours".to_string()
    };
    lines.extend(wrap(&[Span::styled(counts, theme.dim)]));
    lines
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
        let key = |action| app.keymap.label(Mode::Browse, &action, app.glyphs.ascii);
        let (up, down) = if app.glyphs.ascii {
            ("^", "v")
        } else {
            ("↑", "↓")
        };
        if top > 0 {
            let hint = key(Action::ScrollDetailUp).map_or(String::new(), |k| format!(": {k}"));
            block = block.title(
                Line::styled(format!(" {up} {top} more{hint} "), app.theme.title).right_aligned(),
            );
        }
        if below > 0 {
            let hint = key(Action::ScrollDetailDown).map_or(String::new(), |k| format!(": {k}"));
            block = block.title_bottom(
                Line::styled(format!(" {down} {below} more{hint} "), app.theme.title)
                    .right_aligned(),
            );
        }
        let shown: Vec<Line> = all.into_iter().skip(top).take(visible).collect();
        Paragraph::new(shown).block(block).render(area, buf);
    }
}
