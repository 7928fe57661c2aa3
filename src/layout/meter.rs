//! The fit meter's shape: how many gauges share a row, and one gauge as a line of text, shared
//! by the layout, the meter and the result.

use ratatui::text::{Line, Span};

use crate::app::App;
use crate::fit::{self, RoleFit};
use crate::text;

/// Columns between gauges that share a row.
pub const GAP: usize = 2;
/// The narrowest gauge worth drawing: a few letters of the name, a short bar and the
/// percentage. Narrower, every name shrinks to one letter and the bar to nothing, so a gauge
/// is left out (and counted in "+N more") instead.
pub const MIN_CELL: usize = 12;

/// How `roles` gauges are laid out in `rows` rows: (gauges per row, rows used). One a row when
/// they fit; otherwise they share rows. This is the shape the layout makes room for; the
/// width may still hold fewer (see [`Grid::fit`]).
pub fn grid(roles: usize, rows: u16) -> (usize, usize) {
    let rows = usize::from(rows).max(1);
    let columns = roles.div_ceil(rows).max(1);
    (columns, roles.div_ceil(columns))
}

/// Where the gauges go in an area: the shape of [`grid`], with no more columns than cells of
/// [`MIN_CELL`] fit in the width. When the cells cannot hold every role, the last cell says
/// how many are left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grid {
    /// Gauges per row.
    pub columns: usize,
    /// Rows used, the "+N more" marker's included.
    pub rows: usize,
    /// Gauges drawn: the first `shown` roles.
    pub shown: usize,
    /// Each cell's width.
    pub cell: usize,
}

impl Grid {
    pub fn fit(roles: usize, rows: u16, width: u16) -> Grid {
        let (wanted, _) = grid(roles, rows);
        let width = usize::from(width);
        let room = ((width + GAP) / (MIN_CELL + GAP)).max(1);
        let columns = wanted.min(room);
        let capacity = columns * usize::from(rows).max(1);
        let shown = if roles <= capacity {
            roles
        } else {
            capacity - 1
        };
        let cells = shown + usize::from(shown < roles);
        Grid {
            columns,
            rows: cells.div_ceil(columns),
            shown,
            cell: width.saturating_sub(GAP * (columns - 1)) / columns,
        }
    }
}

/// `Director ███████░░░░░░  47%  8/27`, filling `width` columns; role names are padded to the
/// longest (at most a third of the width) so the bars line up. A role with a deal-breaker has
/// `[!]` before its figures (`!` when narrow).
pub fn gauge_line(app: &App, fit: &RoleFit, width: usize) -> Line<'static> {
    let theme = app.theme();
    let name_width = app
        .deck()
        .roles
        .iter()
        .map(|r| text::width(&r.name))
        .max()
        .unwrap_or(0)
        .min(width / 3);
    // In a what-if, the figure now and the figure it would be: ` 42%→55%`.
    let percent = match app
        .saved_fits()
        .get(fit.role)
        .filter(|_| app.what_if_open())
    {
        Some(now) if now.rounded() != fit.rounded() => format!(
            "{:>3}%{}{}%",
            now.rounded(),
            app.glyphs().becomes,
            fit.rounded()
        ),
        _ => format!("{:>3}%", fit.rounded()),
    };
    // A narrow gauge (sharing its row) keeps its percentage and gives up have/total first.
    let mut figures = format!(" {percent} {:>2}/{}", fit.have, fit.total);
    if width < name_width + 1 + text::width(&figures) + 3 {
        figures = format!(" {percent}");
    }
    // A role with a deal-breaker says so beside its figure, in words where there is room.
    let screened = match fit.is_screened() {
        false => "",
        true if width >= name_width + 1 + text::width(&figures) + 3 + 4 => " [!]",
        true => "!",
    };
    let bar_width =
        width.saturating_sub(name_width + 1 + text::width(&figures) + text::width(screened));
    let filled = (((fit.percent / 100.0) * bar_width as f64).round() as usize).min(bar_width);
    let name = app
        .glyphs()
        .truncate(&app.deck().roles[fit.role].name, name_width);
    let (full, empty) = app.glyphs().bar(filled, bar_width);
    let pad = name_width - text::width(&name);
    Line::from(vec![
        Span::styled(name, theme.role(fit.role)),
        Span::raw(" ".repeat(pad + 1)),
        Span::styled(full, theme.role(fit.role)),
        Span::styled(empty, theme.dim),
        Span::styled(screened, theme.refused),
        Span::raw(figures),
    ])
}

/// The meter's reading in words, e.g. `Leaning Director by 12 points`; in a what-if, what it
/// would be and what it is: `What if: Leaning Producer by 5 points (now: Even)`.
pub fn reading_words(app: &App) -> String {
    let deck = app.deck();
    let shown = fit::describe(deck, fit::reading(app.fits()));
    if !app.what_if_open() {
        return shown;
    }
    let now = fit::describe(deck, fit::reading(app.saved_fits()));
    if now == shown {
        format!("What if: {shown} (as now)")
    } else {
        format!("What if: {shown} (now: {now})")
    }
}
