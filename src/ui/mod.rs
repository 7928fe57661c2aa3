//! Drawing: one widget per file, composed here. Widgets only read the app.

pub mod card;
pub mod detail;
pub mod fit_meter;
pub mod footer;
pub mod help;
pub mod layout;
pub mod pane_list;
pub mod prompt;
pub mod result_view;
pub mod search_bar;
pub mod tabs;
pub mod text;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::app::{App, Mode};
use crate::deck::Pane;
use layout::{MIN_HEIGHT, MIN_WIDTH, Screen};

/// Draws the whole screen for the app's current state.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let Some(screen) = Screen::compute(area.as_size(), app.focus, app.deck.roles.len()) else {
        too_small(area, frame.buffer_mut(), app);
        return;
    };
    if matches!(app.mode, Mode::Assess | Mode::Result) {
        let buf = frame.buffer_mut();
        title_line(app, screen.title, buf);
        let body = Rect::new(0, 1, area.width, area.height - 2);
        if app.mode == Mode::Assess {
            card::Card { app }.render(body, buf);
        } else {
            result_view::ResultView { app }.render(body, buf);
        }
        footer::Footer { app }.render(screen.footer, buf);
        return;
    }
    let buf = frame.buffer_mut();
    title_line(app, screen.title, buf);
    let search = search_bar::SearchBar { app };
    let cursor = search.cursor(screen.search);
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
    if app.mode == Mode::Help {
        let help_area = layout::help_area(area.as_size());
        help::Help {
            app,
            area: help_area,
        }
        .render(area, buf);
    }
    let mut cursor = cursor;
    if matches!(app.mode, Mode::ConfirmReset | Mode::Export) {
        let dialog = prompt::area(area.as_size());
        let prompt = prompt::Prompt { app };
        cursor = prompt.cursor(dialog);
        prompt.render(dialog, buf);
    }
    if let Some(position) = cursor {
        frame.set_cursor_position(position);
    }
}

/// `rolefit · Director vs. Producer · Director, Producer`
fn title_line(app: &App, area: Rect, buf: &mut ratatui::buffer::Buffer) {
    let theme = &app.theme;
    let roles: Vec<&str> = app.deck.roles.iter().map(|r| r.name.as_str()).collect();
    let line = format!("rolefit · {} · {}", app.deck.title, roles.join(", "));
    Line::from(vec![Span::styled(
        text::truncate(&line, area.width.into()),
        theme.title,
    )])
    .render(area, buf);
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
    Paragraph::new(Line::styled(message, app.theme.title).centered())
        .wrap(Wrap { trim: true })
        .render(body, buf);
}
