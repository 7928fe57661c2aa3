//! Which rows each pane shows, from the query and the "marked only" switch.

use crate::app::{App, Selection};
use crate::deck::{ItemIndex, Pane};
use crate::search::Stop;

/// Recomputes every pane's rows. With a query, rows are ranked best first; otherwise they are in
/// deck order.
pub fn refresh_rows(app: &mut App, selection: Selection) {
    refresh_rows_unless(app, selection, &|| false);
}

/// [`refresh_rows`], unless `stop` interrupts the ranking: then the rows are left as they were,
/// still marked stale with `selection`, and this returns false.
pub fn refresh_rows_unless(app: &mut App, selection: Selection, stop: Stop) -> bool {
    let mut rows: [Vec<ItemIndex>; 3] = Default::default();
    if app.is_filtered() {
        let ranked = app
            .narrowing
            .rank_unless(&app.searcher, &app.deck, app.query.text(), stop);
        let Some(hits) = ranked else {
            app.stale_rows = Some(selection);
            return false;
        };
        // Counted first so each pane's rows are allocated once: growing them hit by hit
        // copied them over and over on a large deck.
        let mut counts = [0; 3];
        for hit in hits {
            counts[app.deck.pane_of(hit.item).position()] += 1;
        }
        for (pane_rows, count) in rows.iter_mut().zip(counts) {
            pane_rows.reserve_exact(count);
        }
        for hit in hits {
            rows[app.deck.pane_of(hit.item).position()].push(hit.item);
        }
    } else {
        app.narrowing.clear();
        for pane in Pane::ALL {
            rows[pane.position()] = app.deck.pane_range(pane).collect();
        }
    }
    if app.only_marked {
        for pane_rows in &mut rows {
            pane_rows.retain(|&item| app.marks.is_marked(item));
        }
    }
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
