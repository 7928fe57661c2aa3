//! Where everything goes for a terminal size: plain arithmetic, shared by drawing, paging and
//! mouse hit-testing so they always agree.

use ratatui::layout::{Rect, Size};

use crate::deck::Pane;

/// Below this the screen shows only a "terminal too small" message.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;
/// From this width the three panes stand side by side; below it one shows at a time, with tabs.
pub const WIDE_WIDTH: u16 = 100;
/// From this height the fit meter has a border; below it the meter is compact.
const BORDERED_METER_HEIGHT: u16 = 20;
/// A pane's border plus two rows of items.
const MIN_PANE_HEIGHT: u16 = 4;
/// The narrow layout shows the detail pane only when this many rows are left for list + detail.
const NARROW_DETAIL_MIN_SPACE: u16 = 12;

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

impl Screen {
    /// Computes the layout, or `None` when the terminal is below the minimum size.
    pub fn compute(size: Size, focus: Pane, roles: usize) -> Option<Screen> {
        if size.width < MIN_WIDTH || size.height < MIN_HEIGHT {
            return None;
        }
        let (width, height) = (size.width, size.height);
        let row = |y: u16, h: u16| Rect::new(0, y, width, h);
        let title = row(0, 1);
        let search = row(1, 1);
        let footer = row(height - 1, 1);
        let roles = u16::try_from(roles).unwrap_or(u16::MAX);
        if width >= WIDE_WIDTH {
            let body_top = 2;
            let body = height - 3;
            // The panes keep at least two rows of items; the meter loses its border before it
            // loses a role.
            let room = body - MIN_PANE_HEIGHT;
            let meter_bordered = roles.saturating_add(3) <= room;
            let meter_height = if meter_bordered {
                roles + 3
            } else {
                roles.saturating_add(1).min(room)
            };
            let bottom = meter_height.max(body * 2 / 5).min(room);
            let panes_height = body - bottom;
            let third = width / 3;
            let pane_at = |i: u16| {
                let w = if i == 2 { width - 2 * third } else { third };
                Some(Rect::new(i * third, body_top, w, panes_height))
            };
            let meter_width = (width / 3).clamp(30, 50);
            let bottom_top = body_top + panes_height;
            Some(Screen {
                title,
                search,
                tabs: None,
                panes: [pane_at(0), pane_at(1), pane_at(2)],
                detail: Some(Rect::new(0, bottom_top, width - meter_width, bottom)),
                meter: Rect::new(width - meter_width, bottom_top, meter_width, bottom),
                meter_bordered,
                footer,
            })
        } else {
            let tabs = row(2, 1);
            let body_top = 3;
            let body = height - 4;
            let meter_bordered = height >= BORDERED_METER_HEIGHT;
            let meter_height = if meter_bordered { roles + 3 } else { roles + 1 }.min(body / 2);
            let rest = body - meter_height;
            let detail_height = if rest >= NARROW_DETAIL_MIN_SPACE {
                (rest * 2 / 5).max(5)
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
