//! Which rows each pane shows, from the query and the "marked only" switch.

use crate::app::{App, Selection};
use crate::search::Stop;

/// Recomputes every pane's rows. With a query, rows are ranked best first; otherwise they are in
/// deck order.
pub fn refresh_rows(app: &mut App, selection: Selection) {
    refresh_rows_unless(app, selection, &|| false);
}

/// [`refresh_rows`], unless `stop` interrupts the ranking: then the rows are left as they were,
/// still marked stale with `selection`, and this returns false.
pub fn refresh_rows_unless(app: &mut App, selection: Selection, stop: Stop) -> bool {
    let Some(rows) = app.shown_rows(stop) else {
        app.stale_rows = Some(selection);
        return false;
    };
    for (view, new_rows) in app.panes.iter_mut().zip(rows) {
        let previous = view.selected_item();
        view.rows = new_rows;
        view.selected = match (selection, previous) {
            (Selection::Keep, Some(item)) => view
                .rows
                .iter()
                .position(|&row| row == item)
                .unwrap_or(view.selected),
            _ => 0,
        };
        view.selected = view.selected.min(view.rows.len().saturating_sub(1));
        if selection == Selection::First {
            view.offset = 0;
        }
    }
    app.stale_rows = None;
    true
}
