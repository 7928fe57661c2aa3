//! Drawing: one widget per file, composed here. Widgets only read the app.

pub mod card;
pub mod detail;
pub mod fit_meter;
pub mod footer;
pub mod help;
pub mod history_view;
pub mod pane_list;
pub mod prompt;
pub mod result_view;
pub mod search_bar;
pub mod tabs;

use ratatui::Frame;
use ratatui::layout::{Margin, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::app::App;
use crate::deck::Pane;
use crate::layout::{self, MIN_HEIGHT, MIN_WIDTH, Screen};
use crate::mode::Mode;
use crate::text;

/// Draws the whole screen for the app's current state.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let Some(screen) = layout::screen_of(app, area.as_size()) else {
        too_small(area, frame.buffer_mut(), app);
        return;
    };
    if matches!(app.mode(), Mode::Assess | Mode::Result | Mode::History) {
        let buf = frame.buffer_mut();
        title_line(app, screen.title, buf);
        let body = Rect::new(0, 1, area.width, area.height - 2);
        let cursor = if app.mode() == Mode::Assess {
            let card = card::Card { app };
            let cursor = card.cursor(body);
            card.render(body, buf);
            cursor
        } else if app.mode() == Mode::History {
            history_view::HistoryView { app }.render(body, buf);
            crate::layout::result::cursor(body)
        } else {
            result_view::ResultView { app }.render(body, buf);
            crate::layout::result::cursor(body)
        };
        footer::Footer { app }.render(screen.footer, buf);
        if let Some(position) = cursor {
            frame.set_cursor_position(position);
        }
        return;
    }
    let buf = frame.buffer_mut();
    title_line(app, screen.title, buf);
    let search = search_bar::SearchBar { app };
    let mut cursor = match app.mode() {
        Mode::Search => search.cursor(screen.search),
        _ => selected_row(app, &screen),
    };
    search.render(screen.search, buf);
    if let Some(tabs) = screen.tabs {
        tabs::Tabs { app }.render(tabs, buf);
    }
    for pane in Pane::ALL {
        if let Some(area) = screen.panes[pane.position()] {
            pane_list::PaneList { app, pane }.render(area, buf);
        }
    }
    if let Some(detail) = screen.detail {
        detail::Detail { app }.render(detail, buf);
    }
    fit_meter::FitMeter {
        app,
        bordered: screen.meter_bordered,
    }
    .render(screen.meter, buf);
    footer::Footer { app }.render(screen.footer, buf);
    if app.mode() == Mode::Help {
        let help_area = layout::help_area(area.as_size());
        help::Help {
            app,
            area: help_area,
        }
        .render(area, buf);
        cursor = (help_area.width > 2 && help_area.height > 2)
            .then(|| Position::new(help_area.x + 1, help_area.y + 1));
    }
    if matches!(
        app.mode(),
        Mode::ConfirmReset | Mode::Export | Mode::Replaced | Mode::QuitWhatIf | Mode::SnapshotName
    ) {
        let dialog = prompt::area(area.as_size(), app.mode());
        let prompt = prompt::Prompt { app };
        cursor = prompt.cursor(dialog);
        prompt.render(dialog, buf);
    }
    if let Some(position) = cursor {
        frame.set_cursor_position(position);
    }
}

/// The hardware cursor's cell while browsing: the start of the focused pane's selected row (or
/// of its "no matches" line), so that a screen reader reads the row the user is on.
fn selected_row(app: &App, screen: &Screen) -> Option<Position> {
    let inner = screen.panes[app.focus.position()]?.inner(Margin::new(1, 1));
    if inner.is_empty() {
        return None;
    }
    let view = app.pane(app.focus);
    let line = view.selected.saturating_sub(view.offset);
    let line = u16::try_from(line)
        .unwrap_or(u16::MAX)
        .min(inner.height - 1);
    Some(Position::new(inner.x, inner.y + line))
}

/// `rolefit · Director vs. Producer · Director 6% (2/27), Producer 0% (0/29) · Leaning Director
/// by 6 points`: the meter in words, for screen readers and for anyone who prefers words. When
/// it does not fit, the counts, the deck title, the name and the reading give way in turn.
fn title_line(app: &App, area: Rect, buf: &mut ratatui::buffer::Buffer) {
    let line = if app.mode() == Mode::Assess && !app.reveal() {
        blind_line(app, area.width.into())
    } else {
        status_line(app, area.width.into())
    };
    Line::from(vec![Span::styled(line, app.theme().title)]).render(area, buf);
}

/// The title line's text for `width` columns: everything the fit meter shows, said in words.
pub fn status_line(app: &App, width: usize) -> String {
    let sep = app.glyphs().separator;
    // In a what-if each figure is said as it is now and as it would be: `Director 42%→55%`.
    let becomes = |fit: &crate::fit::RoleFit| match app.saved_fits().get(fit.role) {
        Some(now) if app.what_if_open() && now.rounded() != fit.rounded() => {
            format!(
                "{}%{}{}%",
                now.rounded(),
                app.glyphs().becomes,
                fit.rounded()
            )
        }
        _ => format!("{}%", fit.rounded()),
    };
    let said = |counts: bool| {
        let fits: Vec<String> = app
            .fits()
            .iter()
            .map(|fit| {
                let name = &app.deck().roles[fit.role].name;
                match counts {
                    true => format!("{name} {} ({}/{})", becomes(fit), fit.have, fit.total),
                    false => format!("{name} {}", becomes(fit)),
                }
            })
            .collect();
        fits.join(", ")
    };
    let reading = crate::layout::meter::reading_words(app);
    let (full, short) = (said(true), said(false));
    let title = &app.deck().title;
    [
        format!("rolefit{sep}{title}{sep}{full}{sep}{reading}"),
        format!("rolefit{sep}{title}{sep}{short}{sep}{reading}"),
        format!("rolefit{sep}{short}{sep}{reading}"),
        format!("{short}{sep}{reading}"),
    ]
    .into_iter()
    .find(|line| text::width(line) <= width)
    .unwrap_or_else(|| app.glyphs().truncate(&short, width))
}

/// The title line of a blind assessment. The fit would move with each answer and so tell which
/// role the card counts for: it waits for the explorer or the result.
fn blind_line(app: &App, width: usize) -> String {
    let sep = app.glyphs().separator;
    let title = &app.deck().title;
    if let Some(subject) = app.rating_subject() {
        let lines = [
            format!("rolefit{sep}rating {subject}{sep}your answers are saved for {subject}"),
            format!("rolefit{sep}rating {subject}"),
        ];
        return lines
            .into_iter()
            .find(|line| text::width(line) <= width)
            .unwrap_or_else(|| app.glyphs().truncate("rating", width));
    }
    [
        format!("rolefit{sep}{title}{sep}blind: the fit shows after the assessment"),
        format!("rolefit{sep}blind: the fit shows after the assessment"),
        format!("rolefit{sep}blind assessment"),
    ]
    .into_iter()
    .find(|line| text::width(line) <= width)
    .unwrap_or_else(|| app.glyphs().truncate("blind assessment", width))
}

fn too_small(area: Rect, buf: &mut ratatui::buffer::Buffer, app: &App) {
    let message = format!("terminal too small: need {MIN_WIDTH}x{MIN_HEIGHT}");
    let lines = text::width(&message).div_ceil(usize::from(area.width.max(1)));
    let top = area.height.saturating_sub(lines as u16) / 2;
    let body = Rect {
        y: area.y + top,
        height: area.height - top,
        ..area
    };
    Paragraph::new(Line::styled(message, app.theme().title).centered())
        .wrap(Wrap { trim: true })
        .render(body, buf);
}
