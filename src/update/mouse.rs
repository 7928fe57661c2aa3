//! Mouse actions: a click focuses a pane and selects a row (on the glyph it also marks), a right
//! click on a row refuses it, a click on a tab opens that pane, the wheel scrolls the list, the
//! detail or the help under the pointer.

use ratatui::layout::{Position, Rect};

use super::{move_selection, screen, scroll, scroll_detail, toggle_mark, toggle_refusal};
use crate::app::App;
use crate::deck::Pane;
use crate::layout::GLYPH_WIDTH;
use crate::layout::tabs;
use crate::mode::Mode;

/// Rows one wheel notch moves.
const WHEEL_ROWS: isize = 3;

pub fn click(app: &mut App, column: u16, row: u16) {
    if select_at(app, column, row) == Some(RowPart::Glyph) {
        toggle_mark(app);
    }
}

/// A right click on a row: "I would not do this" there, as `x` does.
pub fn right_click(app: &mut App, column: u16, row: u16) {
    if select_at(app, column, row).is_some() {
        toggle_refusal(app);
    }
}

/// Where on a row a click fell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RowPart {
    /// The mark glyph, `[ ]`.
    Glyph,
    Text,
}

/// Focuses what was clicked at (a tab, a pane) and selects the row there, if the click fell on
/// one, saying on which part of it.
fn select_at(app: &mut App, column: u16, row: u16) -> Option<RowPart> {
    if !matches!(app.mode(), Mode::Browse | Mode::Search | Mode::WhatIf) {
        return None;
    }
    let screen = screen(app)?;
    let at = Position::new(column, row);
    if let Some(bar) = screen.tabs.filter(|t| t.contains(at)) {
        if let Some(pane) = tabs::pane_at(app, bar, column) {
            app.focus = pane;
        }
        return None;
    }
    let (pane, area) = pane_at(&screen.panes, at)?;
    app.focus = pane;
    let inner = area.inner(ratatui::layout::Margin::new(1, 1));
    if !inner.contains(at) {
        return None;
    }
    let view = app.pane_mut(pane);
    let index = view.offset + usize::from(row - inner.y);
    if index >= view.rows.len() {
        return None;
    }
    view.selected = index;
    Some(if column < inner.x + GLYPH_WIDTH - 1 {
        RowPart::Glyph
    } else {
        RowPart::Text
    })
}

pub fn wheel(app: &mut App, column: u16, row: u16, down: bool) {
    let step = if down { WHEEL_ROWS } else { -WHEEL_ROWS };
    if matches!(app.mode(), Mode::Help | Mode::Result) {
        scroll(app, step);
        return;
    }
    // The assessment, the reset prompt and the export box cover the explorer: moving its
    // hidden focus and selection would surprise the user on the way back. (Clicks work only
    // in these modes too.)
    let explorer = matches!(app.mode(), Mode::Browse | Mode::Search | Mode::WhatIf);
    if !explorer {
        return;
    }
    let at = Position::new(column, row);
    let Some(screen) = screen(app) else {
        return move_selection(app, step);
    };
    // Over the detail the wheel reads on, as J and K do: moving the selection would swap the
    // text being read for another item's.
    if screen.detail.is_some_and(|detail| detail.contains(at)) {
        return scroll_detail(app, step);
    }
    if let Some((pane, _)) = pane_at(&screen.panes, at) {
        app.focus = pane;
    }
    move_selection(app, step);
}

fn pane_at(panes: &[Option<Rect>; 3], at: Position) -> Option<(Pane, Rect)> {
    Pane::ALL
        .into_iter()
        .zip(panes)
        .find_map(|(pane, area)| area.filter(|a| a.contains(at)).map(|a| (pane, a)))
}
