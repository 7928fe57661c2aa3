//! The result's text: fit per role, the lead, strengths and gaps, leans, what would swap the
//! lead and the reminder that this is an exploration, wrapped to the screen, and how much of it
//! the screen shows.

use ratatui::layout::{Position, Rect, Size};
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::fit;
use crate::layout::meter::gauge_line;
use crate::report::{NOT_A_VERDICT, swap_sentence, titles};

/// Where the hardware cursor goes on the result drawn in `area`: its first line.
pub fn cursor(area: Rect) -> Option<Position> {
    (area.width > 4 && area.height > 2).then(|| Position::new(area.x + 2, area.y + 1))
}

/// Lines of the result that fit on screen (inside the border, between title and footer).
pub fn visible_lines(size: Size) -> usize {
    usize::from(size.height.saturating_sub(4))
}

/// How many lines the result has at the current width.
pub fn line_count(app: &App) -> usize {
    lines(app, text_width(app.size.width)).len()
}

pub fn text_width(screen_width: u16) -> usize {
    usize::from(screen_width.saturating_sub(4)).max(1)
}

/// The result as lines wrapped to `width` columns.
pub fn lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let theme = app.theme();
    let deck = app.deck();
    let summary = app.summary();
    let mut out = Vec::new();
    let paragraph = |out: &mut Vec<Line<'static>>, label: String, body: String| {
        let full = format!("{label}{body}");
        for (n, wrapped) in app.glyphs().wrap(&full, width).into_iter().enumerate() {
            if n == 0 && wrapped.starts_with(&label) {
                let rest = wrapped[label.len()..].to_string();
                out.push(Line::from(vec![
                    Span::styled(label.clone(), theme.key),
                    Span::raw(rest),
                ]));
            } else {
                out.push(Line::raw(wrapped));
            }
        }
    };
    for fit in &summary.fits {
        out.push(gauge_line(app, fit, width));
    }
    out.push(Line::styled(
        fit::describe(deck, summary.reading),
        theme.heading,
    ));
    for role in &summary.roles {
        let name = &deck.roles[role.role].name;
        out.push(Line::raw(""));
        out.push(Line::styled(
            name.clone(),
            theme.role(role.role).patch(theme.heading),
        ));
        paragraph(
            &mut out,
            "Strengths: ".into(),
            titles(deck, &role.strengths),
        );
        paragraph(
            &mut out,
            format!("To grow toward {name}: "),
            titles(deck, &role.gaps),
        );
    }
    if !summary.leans.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled("Your leans", theme.heading));
        for &(item, role) in &summary.leans {
            let label = format!("{}: ", deck.item(item).title);
            paragraph(&mut out, label, deck.roles[role].name.clone());
        }
    }
    if let Some(swap) = &summary.to_swap_lead {
        out.push(Line::raw(""));
        out.push(Line::styled("What would change the lead", theme.heading));
        paragraph(&mut out, String::new(), swap_sentence(deck, swap));
    }
    out.push(Line::raw(""));
    for line in app.glyphs().wrap(NOT_A_VERDICT, width) {
        out.push(Line::styled(line, theme.dim));
    }
    out
}
