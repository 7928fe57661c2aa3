//! The result's charts as rows: each role's fit overall, per pane and per phase, the roles
//! side by side in columns, and where each column sits on a row of the screen.

use ratatui::text::{Line, Span};

use crate::app::App;
use crate::deck::{Pane, RoleIndex};
use crate::fit::RoleFit;
use crate::text;

use super::Row;

/// One role's figure in one chart row; `None` in a row no item of which counts for the role.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bar {
    pub role: RoleIndex,
    /// The whole percentage shown beside the bar.
    pub percent: u32,
    /// How much of the bar is filled, 0 to 1.
    pub ratio: f64,
}

/// Columns between the label column and each role's column, and between roles.
const GAP: u16 = 2;
/// The label column's widest, as a share of the row: the bars need the room more.
const LABEL_SHARE: u16 = 4;

/// Where the label and each role's bar sit on a chart row of `width` columns, as
/// (offset, width) pairs: the label first, then one per role.
pub fn columns(width: u16, roles: usize, widest_label: usize) -> Vec<(u16, u16)> {
    let label = u16::try_from(widest_label)
        .unwrap_or(u16::MAX)
        .min(width / LABEL_SHARE);
    let roles_u16 = u16::try_from(roles.max(1)).unwrap_or(u16::MAX);
    let rest = width.saturating_sub(label);
    let each = (rest / roles_u16).saturating_sub(GAP);
    let mut out = vec![(0, label)];
    for role in 0..roles_u16 {
        out.push((label + role * (each + GAP) + GAP, each));
    }
    out
}

/// The chart rows: a header naming the roles, the fit over all answers, per pane, and per
/// phase when the deck has phases.
pub fn rows(app: &App) -> Vec<Row> {
    let deck = app.deck();
    let summary = app.summary();
    let breakdown = app.breakdown();
    let theme = app.theme();
    let mut out = Vec::new();
    let names = summary
        .fits
        .iter()
        .map(|fit| {
            let mut spans = vec![Span::styled(
                deck.roles[fit.role].name.clone(),
                theme.role(fit.role).patch(theme.heading),
            )];
            if fit.is_screened() {
                spans.push(Span::styled(" [!]", theme.refused));
            }
            Line::from(spans)
        })
        .collect();
    out.push(Row::ChartHeader {
        label: Line::styled("Fit", theme.heading),
        roles: names,
    });
    out.push(bars("All answers", &summary.fits));
    for pane in Pane::ALL {
        out.push(bars(pane.title(), &breakdown.panes[pane.position()]));
    }
    if !breakdown.phases.is_empty() {
        out.push(Row::ChartHeader {
            label: Line::styled("By phase (our reading)", theme.dim),
            roles: Vec::new(),
        });
        for (phase, info) in deck.phases.iter().enumerate() {
            let cells = breakdown
                .phases
                .of_phase(phase)
                .iter()
                .map(|fit| {
                    fit.percent.map(|percent| Bar {
                        role: fit.role,
                        percent: fit.rounded().unwrap_or(0),
                        ratio: (percent / 100.0).clamp(0.0, 1.0),
                    })
                })
                .collect();
            out.push(Row::Bars {
                label: info.name.clone(),
                bars: cells,
            });
        }
    }
    out
}

fn bars(label: &str, fits: &[RoleFit]) -> Row {
    Row::Bars {
        label: label.to_string(),
        bars: fits
            .iter()
            .map(|fit| {
                (fit.total > 0).then(|| Bar {
                    role: fit.role,
                    percent: fit.rounded(),
                    ratio: (fit.percent / 100.0).clamp(0.0, 1.0),
                })
            })
            .collect(),
    }
}

/// The widest label of the chart rows, in columns, with a space after it.
pub fn widest_label(rows: &[Row]) -> usize {
    rows.iter()
        .filter_map(|row| match row {
            Row::Bars { label, .. } => Some(text::width(label)),
            _ => None,
        })
        .max()
        .unwrap_or(0)
        + 1
}
