//! Charts as inline SVG, built with maud so every label is escaped: grouped horizontal bars
//! (a group per pane or phase, a bar per role) and a line chart of fits over time. Each has a
//! `<title>` and a `<desc>` for screen readers; the figures are also in a table beside it.

use maud::{Markup, html};

/// One bar: its label (a role's name), its percentage (`None`: no items, drawn as a note).
pub struct Bar<'a> {
    pub label: &'a str,
    pub percent: Option<u32>,
    /// Which role it is, for its colour class (`role-0`, `role-1`, …).
    pub role: usize,
}

/// One group of bars under a heading (a pane, a phase, or "All answers").
pub struct Group<'a> {
    pub label: &'a str,
    pub bars: Vec<Bar<'a>>,
}

const WIDTH: u32 = 640;
const LABEL: u32 = 150;
const BAR: u32 = 18;
const GAP: u32 = 6;
const GROUP_GAP: u32 = 14;

/// Grouped horizontal bars, 0 to 100%.
pub fn bars(id: &str, title: &str, desc: &str, groups: &[Group]) -> Markup {
    let rows: u32 = groups.iter().map(|g| g.bars.len() as u32).sum();
    let height = rows * (BAR + GAP) + groups.len() as u32 * (GROUP_GAP + BAR) + GAP;
    let scale = f64::from(WIDTH - LABEL - 80) / 100.0;
    let mut y = GAP;
    let mut placed = Vec::new();
    for group in groups {
        placed.push((y, group));
        y += BAR + GROUP_GAP + group.bars.len() as u32 * (BAR + GAP);
    }
    html! {
        svg class="chart" viewBox={ "0 0 " (WIDTH) " " (height) } width=(WIDTH) height=(height)
            role="img" data-chart=(id) {
            title { (title) }
            desc { (desc) }
            @for (top, group) in &placed {
                text class="group" x="0" y=(top + BAR - 4) { (group.label) }
                @for (n, bar) in group.bars.iter().enumerate() {
                    @let row = top + BAR + n as u32 * (BAR + GAP);
                    text class="label" x="12" y=(row + BAR - 5) { (bar.label) }
                    rect class="track" x=(LABEL) y=(row) width=(WIDTH - LABEL - 80) height=(BAR) {}
                    @if let Some(percent) = bar.percent {
                        rect class={ "bar role-" (bar.role % 4) } x=(LABEL) y=(row)
                            width=(format!("{:.1}", f64::from(percent) * scale)) height=(BAR) {}
                        text class="figure" x=(WIDTH - 72) y=(row + BAR - 5) { (percent) "%" }
                    } @else {
                        text class="figure" x=(WIDTH - 72) y=(row + BAR - 5) { "no items" }
                    }
                }
            }
        }
    }
}

/// One role's line over time: its name and a percentage at each point.
pub struct Line<'a> {
    pub label: &'a str,
    pub role: usize,
    pub points: Vec<u32>,
}

/// Each role's fit at each snapshot and now, `x_labels` under the points.
pub fn lines(id: &str, title: &str, desc: &str, x_labels: &[String], series: &[Line]) -> Markup {
    const HEIGHT: u32 = 220;
    const LEFT: u32 = 48;
    const BOTTOM: u32 = 40;
    let count = x_labels.len().max(2) as f64;
    let step = f64::from(WIDTH - LEFT - 20) / (count - 1.0);
    let x = |n: usize| f64::from(LEFT) + n as f64 * step;
    let y = |percent: u32| f64::from(HEIGHT - BOTTOM) * (1.0 - f64::from(percent) / 100.0) + 10.0;
    html! {
        svg class="chart" viewBox={ "0 0 " (WIDTH) " " (HEIGHT + 30) } width=(WIDTH) height=(HEIGHT + 30)
            role="img" data-chart=(id) {
            title { (title) }
            desc { (desc) }
            @for percent in [0u32, 50, 100] {
                line class="grid" x1=(LEFT) x2=(WIDTH - 20) y1=(y(percent)) y2=(y(percent)) {}
                text class="axis" x="0" y=(y(percent) + 4.0) { (percent) "%" }
            }
            @for (n, label) in x_labels.iter().enumerate() {
                text class="axis" x=(format!("{:.1}", x(n) - 20.0)) y=(HEIGHT + 10) { (label) }
            }
            @for line in series {
                @let points: Vec<String> = line.points.iter().enumerate()
                    .map(|(n, &p)| format!("{:.1},{:.1}", x(n), y(p))).collect();
                polyline class={ "series role-" (line.role % 4) } points=(points.join(" ")) {}
                @for (n, &p) in line.points.iter().enumerate() {
                    circle class={ "point role-" (line.role % 4) } cx=(format!("{:.1}", x(n))) cy=(format!("{:.1}", y(p))) r="4" {}
                }
            }
            @for (n, line) in series.iter().enumerate() {
                rect class={ "bar role-" (line.role % 4) } x=(LEFT + n as u32 * 160) y=(HEIGHT + 18) width="12" height="10" {}
                text class="label" x=(LEFT + 16 + n as u32 * 160) y=(HEIGHT + 27) { (line.label) }
            }
        }
    }
}
