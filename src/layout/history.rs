//! What the history screen shows, worked out once for the widget and the tests: each role's
//! fit at every snapshot and now (the chart's points), a line per snapshot, and the change
//! from the selected snapshot to now, in words.

use crate::app::{App, Snapshots};
use crate::diff;
use crate::fit::RoleFit;
use crate::history::{self, Snapshot};

/// The points of one role's line: x is the snapshot's place (now comes last), y its fit.
pub struct RoleLine {
    pub role: usize,
    pub points: Vec<(f64, f64)>,
}

/// Everything the history screen draws.
pub struct HistoryView {
    pub lines: Vec<RoleLine>,
    /// Labels spread along the x axis: snapshot dates, ending with `now`.
    pub x_labels: Vec<String>,
    /// The top of the y axis: the highest fit shown, rounded up to a multiple of 10, so small
    /// moves stay visible.
    pub y_top: f64,
    /// One entry per snapshot: its name, date and each role's fit.
    pub rows: Vec<String>,
    /// The change from the selected snapshot to now.
    pub since: Vec<String>,
    pub selected: usize,
}

/// The markers that tell the roles' lines apart without colour, in the order of the roles:
/// ratatui's, then the ASCII character each is drawn as with `--ascii`.
pub const MARKERS: [(ratatui::symbols::Marker, &str, &str); 4] = [
    (ratatui::symbols::Marker::Dot, "•", "*"),
    (ratatui::symbols::Marker::Block, "█", "#"),
    (ratatui::symbols::Marker::HalfBlock, "▀", "o"),
    (ratatui::symbols::Marker::Bar, "▄", "="),
];

fn snapshots(app: &App) -> &[Snapshot] {
    match app.snapshots() {
        Snapshots::Kept(history) => &history.snapshots,
        Snapshots::Unavailable(_) => &[],
    }
}

pub fn view(app: &App) -> HistoryView {
    let deck = app.deck();
    let snapshots = snapshots(app);
    let fits = app.snapshot_fits();
    let now = app.saved_fits();
    let lines: Vec<RoleLine> = (0..deck.roles.len())
        .map(|role| RoleLine {
            role,
            points: fits
                .iter()
                .chain(std::iter::once(&now.to_vec()))
                .enumerate()
                .map(|(x, fits)| (x as f64, f64::from(fits[role].rounded())))
                .collect(),
        })
        .collect();
    let figures = |fits: &[RoleFit]| {
        fits.iter()
            .map(|f| format!("{} {}%", deck.roles[f.role].name, f.rounded()))
            .collect::<Vec<_>>()
            .join("  ")
    };
    let rows = snapshots
        .iter()
        .zip(fits)
        .map(|(s, fits)| format!("{}  {}  {}", s.name, date(&s.taken), figures(fits)))
        .collect();
    let selected = app
        .history_selected()
        .min(snapshots.len().saturating_sub(1));
    let since = match snapshots.get(selected) {
        Some(snapshot) => {
            let change = diff::diff(deck, &history::marks_of(deck, snapshot), app.saved_marks());
            std::iter::once(format!("Since `{}`:", snapshot.name))
                .chain(diff::words(deck, &change, app.glyphs().becomes))
                .collect()
        }
        None => Vec::new(),
    };
    let highest = lines
        .iter()
        .flat_map(|line: &RoleLine| line.points.iter().map(|p| p.1))
        .fold(0.0, f64::max);
    HistoryView {
        lines,
        x_labels: x_labels(snapshots),
        y_top: ((highest / 10.0).floor() * 10.0 + 10.0).min(100.0),
        rows,
        since,
        selected,
    }
}

/// Every snapshot's date while there are at most three, else the first, the middle and the
/// last; then `now`. ratatui spreads them evenly, as the points are.
fn x_labels(snapshots: &[Snapshot]) -> Vec<String> {
    let dates: Vec<String> = match snapshots.len() {
        0..=3 => snapshots.iter().map(|s| date(&s.taken)).collect(),
        n => [0, n / 2, n - 1]
            .iter()
            .map(|&i| date(&snapshots[i].taken))
            .collect(),
    };
    dates.into_iter().chain(["now".to_string()]).collect()
}

/// `2026-12-03` of an RFC 3339 time (or the text itself, when it is shorter).
fn date(taken: &str) -> String {
    taken.get(..10).unwrap_or(taken).to_string()
}
