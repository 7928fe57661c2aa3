//! The tab bar's labels in the narrow layout, and which tab a column falls on.

use ratatui::layout::Rect;

use crate::app::App;
use crate::deck::Pane;
use crate::text;

/// The text of each tab, e.g. `[1 Duties 3/15]` for the active one; without the counts
/// when they would not fit in `width` columns.
pub fn labels(app: &App, width: u16) -> Vec<(Pane, String)> {
    let with_counts = build(app, true);
    let total: usize = with_counts.iter().map(|(_, l)| text::width(l) + 1).sum();
    if total <= usize::from(width) + 1 {
        with_counts
    } else {
        build(app, false)
    }
}

fn build(app: &App, counts: bool) -> Vec<(Pane, String)> {
    Pane::ALL
        .iter()
        .map(|&pane| {
            let (marked, total) = app.marked_count(pane);
            let mut name = format!("{} {}", pane.position() + 1, pane.title());
            if counts {
                name.push_str(&format!(" {marked}/{total}"));
            }
            let label = if pane == app.focus {
                format!("[{name}]")
            } else {
                format!(" {name} ")
            };
            (pane, label)
        })
        .collect()
}

/// Which tab is at column `x` of the tab bar `area`.
pub fn pane_at(app: &App, area: Rect, x: u16) -> Option<Pane> {
    let mut start = area.x;
    for (pane, label) in labels(app, area.width) {
        let end = start + text::width(&label) as u16;
        if (start..end).contains(&x) {
            return Some(pane);
        }
        start = end + 1;
    }
    None
}
