//! The result as rows: charts of each role's fit (overall, per pane, per phase), the reading
//! and its cautions, each role's lists, leans, what would swap the lead and the reminder that
//! this is an exploration; and how much of it the screen shows.

mod charts;
mod lists;
mod peers;

use ratatui::layout::{Position, Rect, Size};
use ratatui::text::{Line, Span};

use crate::action::Action;
use crate::app::App;
use crate::mode::Mode;
use crate::report::NOT_A_VERDICT;
use crate::summary::{Note, RULE, note_words, reading_words, swap_sentence};

pub use charts::{Bar, columns as chart_columns, widest_label};
pub use lists::{MAX_LISTED, column_starts, column_width};

/// One row of the result on screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Row {
    Text(Line<'static>),
    /// A chart's heading: its label over the label column, each role's name over its bars
    /// (none: the label may take the whole row).
    ChartHeader {
        label: Line<'static>,
        roles: Vec<Line<'static>>,
    },
    /// One chart row: a label and each role's bar, in role order.
    Bars {
        label: String,
        bars: Vec<Option<Bar>>,
    },
    /// Two lists side by side, a line of each.
    Columns(Vec<Line<'static>>),
}

/// Where the hardware cursor goes on the result drawn in `area`: its first line.
pub fn cursor(area: Rect) -> Option<Position> {
    (area.width > 4 && area.height > 2).then(|| Position::new(area.x + 2, area.y + 1))
}

/// Lines of the result that fit on screen (inside the border, between title and footer).
pub fn visible_lines(size: Size) -> usize {
    usize::from(size.height.saturating_sub(4))
}

/// How many rows the result has at the current width.
pub fn line_count(app: &App) -> usize {
    rows(app, text_width(app.size.width)).len()
}

pub fn text_width(screen_width: u16) -> usize {
    usize::from(screen_width.saturating_sub(4)).max(1)
}

/// The result as rows for a text area `width` columns wide.
pub fn rows(app: &App, width: usize) -> Vec<Row> {
    let theme = app.theme();
    let deck = app.deck();
    let summary = app.summary();
    let mut out = charts::rows(app);
    let paragraph = |out: &mut Vec<Row>, label: String, body: String| {
        let full = format!("{label}{body}");
        for (n, wrapped) in app.glyphs().wrap(&full, width).into_iter().enumerate() {
            let line = if n == 0 && !label.is_empty() && wrapped.starts_with(&label) {
                let rest = wrapped[label.len()..].to_string();
                Line::from(vec![
                    Span::styled(label.clone(), theme.key),
                    Span::raw(rest),
                ])
            } else {
                Line::raw(wrapped)
            };
            out.push(Row::Text(line));
        }
    };
    let styled = |out: &mut Vec<Row>, text: &str, style| {
        for line in app.glyphs().wrap(text, width) {
            out.push(Row::Text(Line::styled(line, style)));
        }
    };
    out.push(Row::Text(Line::raw("")));
    styled(&mut out, &reading_words(deck, summary), theme.heading);
    for &note in &summary.notes {
        styled(&mut out, &note_on_screen(app, note), theme.refused);
    }
    if summary.fits.iter().any(|fit| fit.is_screened()) {
        styled(&mut out, RULE, theme.dim);
    }
    for role in &summary.roles {
        let name = &deck.roles[role.role].name;
        out.push(Row::Text(Line::raw("")));
        out.push(Row::Text(Line::styled(
            name.clone(),
            theme.role(role.role).patch(theme.heading),
        )));
        lists::role_rows(app, role, width, &mut out);
    }
    if !summary.leans.is_empty() {
        out.push(Row::Text(Line::raw("")));
        out.push(Row::Text(Line::styled("Your leans", theme.heading)));
        for &(item, role) in &summary.leans {
            let label = format!("{}: ", deck.item(item).title);
            paragraph(&mut out, label, deck.roles[role].name.clone());
        }
    }
    peers::rows(app, width, &mut out);
    if let Some(swap) = &summary.to_swap_lead {
        out.push(Row::Text(Line::raw("")));
        out.push(Row::Text(Line::styled(
            "What would change the lead",
            theme.heading,
        )));
        paragraph(&mut out, String::new(), swap_sentence(deck, swap));
    }
    out.push(Row::Text(Line::raw("")));
    styled(&mut out, NOT_A_VERDICT, theme.dim);
    out
}

/// A note as the screen says it: the flat-answers note names the assessment's key.
fn note_on_screen(app: &App, note: Note) -> String {
    let words = note_words(app.deck(), app.summary(), note);
    if note != Note::FlatAnswers {
        return words;
    }
    match app
        .keymap()
        .label(Mode::Browse, &Action::StartAssessment, app.glyphs().ascii)
    {
        Some(key) => format!("{} Press {key} from the panes to start it.", words),
        None => words,
    }
}
