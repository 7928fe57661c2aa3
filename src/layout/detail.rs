//! The detail pane's text: the selected item's title, text, roles, weight and sides wrapped to
//! the pane, and how far it scrolls.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::action::Action;
use crate::app::App;
use crate::mode::Mode;
use crate::text;

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
pub fn scroll(app: &App, total: usize, area: Rect) -> usize {
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
    let theme = app.theme();
    let wrap = |spans: &[Span<'_>]| text::wrap_spans(spans, width, app.glyphs().ellipsis);
    let Some(index) = app.selected_item() else {
        return vec![Line::styled("Nothing selected", theme.dim)];
    };
    let item = app.deck().item(index);
    let mut lines = wrap(&[Span::styled(item.title.to_string(), theme.heading)]);
    lines.extend(wrap(&[Span::raw(item.detail.to_string())]));
    let roles: Vec<&str> = item
        .roles()
        .map(|r| app.deck().roles[r].name.as_str())
        .collect();
    lines.extend(wrap(&[
        Span::styled("Counts for: ", theme.dim),
        Span::raw(roles.join(", ")),
        Span::styled(
            format!(" {} weight {}", app.glyphs().separator, item.weight),
            theme.dim,
        ),
    ]));
    let lean = app.marks().lean(index);
    // Sides hang under their `[x] ` so that each starts visibly on its own line.
    const LABEL: usize = 4;
    for side in item.sides() {
        let chosen = lean == Some(side.role);
        let role = &app.deck().roles[side.role];
        let mut spans = vec![
            Span::styled(format!("{}: ", role.name), theme.role(side.role)),
            Span::raw(side.text.clone()),
        ];
        if chosen {
            spans.push(Span::styled(" (your lean)", theme.mark));
        }
        let wrapped = text::wrap_spans(&spans, width.saturating_sub(LABEL), app.glyphs().ellipsis);
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
        .keymap()
        .label(Mode::Browse, &Action::ToggleMark, app.glyphs().ascii);
    let refuse_key = app
        .keymap()
        .label(Mode::Browse, &Action::ToggleRefusal, app.glyphs().ascii);
    let counts = if item.is_difference() {
        "Lean to a side to count it for that role".to_string()
    } else if app.marks().is_marked(index) {
        "[x] You have this".to_string()
    } else if app.marks().is_refused(index) {
        "[!] You would not do this: a deal-breaker for its roles".to_string()
    } else if let (Some(key), Some(refuse)) = (&mark_key, refuse_key) {
        format!("[ ] {key} marks it as yours, {refuse} says you would not do it")
    } else if let Some(key) = mark_key {
        format!("[ ] {key} marks it as yours")
    } else {
        "[ ] Not marked as yours".to_string()
    };
    lines.extend(wrap(&[Span::styled(counts, theme.dim)]));
    lines
}
