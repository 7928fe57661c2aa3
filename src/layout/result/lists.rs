//! The result's lists, one item a line: a role's deal-breakers, then its strengths and gaps
//! side by side when the screen is wide enough. A list longer than the screen could use is
//! cut with a count, which the report does not do.

use ratatui::text::{Line, Span};

use crate::app::App;
use crate::deck::ItemIndex;
use crate::summary::RoleSummary;

use super::Row;

/// The most items one list shows; the rest are counted. The built-in deck's longest list is
/// a fifth of this, so it is always shown whole.
pub const MAX_LISTED: usize = 100;
/// The narrowest screen text that shows two lists side by side.
const TWO_COLUMNS_FROM: usize = 60;
const GAP: usize = 2;

/// The rows of one role's lists at `width` columns.
pub fn role_rows(app: &App, role: &RoleSummary, width: usize, out: &mut Vec<Row>) {
    let deck = app.deck();
    let theme = app.theme();
    let name = &deck.roles[role.role].name;
    if !role.refused.is_empty() {
        out.push(Row::Text(Line::styled(
            format!("Would not do ({}):", role.refused.len()),
            theme.refused,
        )));
        for line in list(app, &role.refused, "[!] ", width) {
            out.push(Row::Text(line));
        }
    }
    let strengths = (
        format!("Strengths ({})", role.strengths.len()),
        list(app, &role.strengths, bullet(app), column_width(width)),
    );
    let gaps = (
        format!("To grow toward {name} ({})", role.gaps.len()),
        list(app, &role.gaps, bullet(app), column_width(width)),
    );
    if width >= TWO_COLUMNS_FROM {
        let heading =
            |text: &str| Line::styled(app.glyphs().truncate(text, column_width(width)), theme.key);
        out.push(Row::Columns(vec![heading(&strengths.0), heading(&gaps.0)]));
        let rows = strengths.1.len().max(gaps.1.len());
        let mut left = strengths.1.into_iter();
        let mut right = gaps.1.into_iter();
        for _ in 0..rows {
            out.push(Row::Columns(vec![
                left.next().unwrap_or_default(),
                right.next().unwrap_or_default(),
            ]));
        }
    } else {
        for (heading, lines) in [strengths, gaps] {
            out.push(Row::Text(Line::styled(
                app.glyphs().truncate(&heading, width),
                theme.key,
            )));
            out.extend(lines.into_iter().map(Row::Text));
        }
    }
}

/// The width of each of two lists side by side.
pub fn column_width(width: usize) -> usize {
    if width >= TWO_COLUMNS_FROM {
        (width - GAP) / 2
    } else {
        width
    }
}

/// Where each column of a row of two lists starts.
pub fn column_starts(width: usize) -> [usize; 2] {
    [0, column_width(width) + GAP]
}

fn bullet(app: &App) -> &'static str {
    if app.glyphs().ascii { "* " } else { "• " }
}

/// `items` one a line, each cut to `width`, at most [`MAX_LISTED`] and then a count; `(none)`
/// for an empty list, so a column never looks unfinished.
fn list(app: &App, items: &[ItemIndex], marker: &str, width: usize) -> Vec<Line<'static>> {
    let deck = app.deck();
    let theme = app.theme();
    if items.is_empty() {
        return vec![Line::styled("(none)", theme.dim)];
    }
    let mut out: Vec<Line<'static>> = items
        .iter()
        .take(MAX_LISTED)
        .map(|&item| {
            let title = &deck.item(item).title;
            let text = app.glyphs().truncate(&format!("{marker}{title}"), width);
            Line::from(vec![Span::raw(text)])
        })
        .collect();
    if items.len() > MAX_LISTED {
        let more = format!(
            "{} and {} more in the report",
            app.glyphs().ellipsis,
            items.len() - MAX_LISTED
        );
        out.push(Line::styled(app.glyphs().truncate(&more, width), theme.dim));
    }
    out
}
