//! Where everything goes for a terminal size, and the lines the scrollable parts hold: plain
//! arithmetic and text, no terminal, shared by `update` (paging, scroll limits, mouse hit-tests)
//! and the widgets, so the two always agree.

pub mod detail;
pub mod help;
pub mod history;
pub mod meter;
pub mod result;
pub mod tabs;

use ratatui::layout::{Rect, Size};

use crate::app::App;
use crate::deck::Pane;

/// Columns a list row gives the mark glyph and the space after it: `[x] `; a click there marks.
pub const GLYPH_WIDTH: u16 = 4;
/// Below this the screen shows only a "terminal too small" message.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;
/// From this width the three panes stand side by side; below it one shows at a time, with tabs.
pub const WIDE_WIDTH: u16 = 100;
/// In the narrow layout the fit meter has a border from this height; below it the two border
/// rows are worth more to the detail pane.
const BORDERED_METER_HEIGHT: u16 = 30;
/// A pane's border plus two rows of items.
const MIN_PANE_HEIGHT: u16 = 4;
/// The detail's border plus one line: with less it would show nothing.
const MIN_DETAIL_HEIGHT: u16 = 3;
/// The detail pane is capped here, since few items need more lines, and the lists keep the rest.
const MAX_DETAIL_HEIGHT: u16 = 14;
/// A pane's border plus ten rows of items: what the lists keep before the detail grows, where
/// the screen has room for both (at 80x24 it has).
const LIST_ROOM: u16 = 12;

/// The regions of a full screen. Panes that are not on screen (narrow layout) are `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screen {
    pub title: Rect,
    pub search: Rect,
    pub tabs: Option<Rect>,
    pub panes: [Option<Rect>; 3],
    pub detail: Option<Rect>,
    pub meter: Rect,
    pub meter_bordered: bool,
    pub footer: Rect,
}

/// The fit meter's height and border for `roles` gauges in at most `max` rows. The border goes
/// first, then gauges share rows (see [`meter::grid`]).
fn meter_shape(roles: u16, max: u16, border: bool) -> (u16, bool) {
    if border && roles.saturating_add(3) <= max {
        return (roles + 3, true);
    }
    if roles.saturating_add(1) <= max {
        return (roles + 1, false);
    }
    let gauge_rows = max.saturating_sub(1).max(1);
    let (_, rows) = meter::grid(usize::from(roles), gauge_rows);
    (to_u16(rows).saturating_add(1), false)
}

/// `value` as a terminal dimension; it never exceeds one in practice, and saturating keeps a
/// freak size from panicking.
fn to_u16(value: usize) -> u16 {
    u16::try_from(value).unwrap_or(u16::MAX)
}

impl Screen {
    /// Computes the layout, or `None` when the terminal is below the minimum size.
    /// `detail_lines` says how many lines the selected item's detail needs at a given width
    /// inside its border: the detail is sized to its text, at most a third of the height, and
    /// the lists keep the rest, since they are what a person scans.
    pub fn compute(
        size: Size,
        focus: Pane,
        roles: usize,
        detail_lines: impl Fn(u16) -> usize,
    ) -> Option<Screen> {
        if size.width < MIN_WIDTH || size.height < MIN_HEIGHT {
            return None;
        }
        let (width, height) = (size.width, size.height);
        let row = |y: u16, h: u16| Rect::new(0, y, width, h);
        let title = row(0, 1);
        let search = row(1, 1);
        let footer = row(height - 1, 1);
        let roles = u16::try_from(roles).unwrap_or(u16::MAX);
        // What the detail's text asks for, with its border, up to a third of the screen.
        let wanted = |inner_width: u16| {
            to_u16(detail_lines(inner_width).saturating_add(2))
                .min(height / 3)
                .min(MAX_DETAIL_HEIGHT)
        };
        if width >= WIDE_WIDTH {
            let body_top = 2;
            let body = height - 3;
            // The panes keep at least two rows of items; the meter loses its border before its
            // gauges share rows.
            let room = body - MIN_PANE_HEIGHT;
            let (meter_height, meter_bordered) = meter_shape(roles, room, true);
            // Gauges sharing rows need more width than one gauge a row.
            let (columns, _) =
                meter::grid(usize::from(roles), meter_height.saturating_sub(1).max(1));
            let per_gauge = usize::from((width / 3).clamp(30, 50));
            let meter_width = to_u16(per_gauge.saturating_mul(columns)).min(width / 2);
            let detail_width = width - meter_width;
            let bottom = wanted(detail_width.saturating_sub(2))
                .min(body.saturating_sub(LIST_ROOM).max(MIN_DETAIL_HEIGHT))
                .max(meter_height)
                .min(room);
            let panes_height = body - bottom;
            let third = width / 3;
            let pane_at = |i: u16| {
                let w = if i == 2 { width - 2 * third } else { third };
                Some(Rect::new(i * third, body_top, w, panes_height))
            };
            let bottom_top = body_top + panes_height;
            Some(Screen {
                title,
                search,
                tabs: None,
                panes: [pane_at(0), pane_at(1), pane_at(2)],
                detail: Some(Rect::new(0, bottom_top, detail_width, bottom)),
                meter: Rect::new(detail_width, bottom_top, meter_width, bottom),
                meter_bordered,
                footer,
            })
        } else {
            let tabs = row(2, 1);
            let body_top = 3;
            let body = height - 4;
            let (meter_height, meter_bordered) = meter_shape(
                roles,
                body - MIN_PANE_HEIGHT,
                height >= BORDERED_METER_HEIGHT,
            );
            let rest = body - meter_height;
            // The list keeps ten rows of items when the screen has them (80x24 does), else two.
            let list_room = if rest >= LIST_ROOM + MIN_DETAIL_HEIGHT {
                LIST_ROOM
            } else {
                MIN_PANE_HEIGHT
            };
            let detail_height = wanted(width - 2).min(rest.saturating_sub(list_room));
            let detail_height = if detail_height >= MIN_DETAIL_HEIGHT {
                detail_height
            } else {
                0
            };
            let list_height = rest - detail_height;
            let mut panes = [None; 3];
            panes[focus.position()] = Some(row(body_top, list_height));
            Some(Screen {
                title,
                search,
                tabs: Some(tabs),
                panes,
                detail: (detail_height > 0).then(|| row(body_top + list_height, detail_height)),
                meter: row(body_top + list_height + detail_height, meter_height),
                meter_bordered,
                footer,
            })
        }
    }

    /// How many list rows fit inside a pane's border.
    pub fn list_rows(&self, pane: Pane) -> usize {
        self.panes[pane.position()].map_or(0, |r| usize::from(r.height.saturating_sub(2)))
    }
}

/// The layout of `app` on a screen of `size`: its focus, its roles, and the selected item's
/// detail wrapped to the width it gets. Drawing, paging and clicks all take it from here.
pub fn screen_of(app: &App, size: Size) -> Option<Screen> {
    Screen::compute(size, app.focus(), app.deck().roles.len(), |width| {
        detail::lines(app, usize::from(width)).len()
    })
}

/// The help overlay: centred, leaving a margin so the screen behind stays recognisable.
pub fn help_area(size: Size) -> Rect {
    let width = size.width.saturating_sub(4).min(84);
    let height = size.height.saturating_sub(2);
    Rect::new(
        (size.width - width) / 2,
        (size.height - height) / 2,
        width,
        height,
    )
}
