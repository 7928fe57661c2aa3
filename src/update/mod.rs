//! `update`: every behaviour of the explorer as a change of state, with no I/O.

mod mouse;
mod rows;

use ratatui::layout::Size;

use crate::action::Action;
use crate::app::{App, Mode};
use crate::deck::Pane;
use crate::ui::help;
use crate::ui::layout::{Screen, help_area};

pub use rows::{Selection, refresh_rows};

/// Applies one action to the app.
pub fn update(app: &mut App, action: Action) {
    app.status = None;
    match action {
        Action::Up => move_selection(app, -1),
        Action::Down => move_selection(app, 1),
        Action::PageUp => move_selection(app, -page(app)),
        Action::PageDown => move_selection(app, page(app)),
        Action::Top => move_selection(app, isize::MIN),
        Action::Bottom => move_selection(app, isize::MAX),
        Action::NextPane => app.focus = neighbour(app.focus, 1),
        Action::PrevPane => app.focus = neighbour(app.focus, -1),
        Action::FocusDuties => app.focus = Pane::Duties,
        Action::FocusSkills => app.focus = Pane::Skills,
        Action::FocusDifferences => app.focus = Pane::Differences,
        Action::ToggleMark => toggle_mark(app),
        Action::ToggleOnlyMarked => {
            app.only_marked = !app.only_marked;
            refresh_rows(app, Selection::Keep);
        }
        Action::StartSearch => app.mode = Mode::Search,
        Action::SubmitSearch | Action::LeaveSearch | Action::CloseHelp => app.mode = Mode::Browse,
        Action::ClearFilter => {
            if app.is_filtered() {
                app.query.clear();
                refresh_rows(app, Selection::Keep);
            }
        }
        Action::Insert(c) => edit_query(app, |q| q.insert(c)),
        Action::DeleteChar => edit_query(app, |q| q.delete_char()),
        Action::DeleteWord => edit_query(app, |q| q.delete_word()),
        Action::ClearQuery => edit_query(app, |q| q.clear()),
        Action::CursorLeft => app.query.left(),
        Action::CursorRight => app.query.right(),
        Action::ToggleHelp => {
            app.mode = if app.mode == Mode::Help {
                Mode::Browse
            } else {
                Mode::Help
            };
            app.help_scroll = 0;
        }
        Action::HelpUp => scroll_help(app, -1),
        Action::HelpDown => scroll_help(app, 1),
        Action::Quit => app.should_quit = true,
        Action::Resize { width, height } => app.size = Size::new(width, height),
        Action::Click { column, row } => mouse::click(app, column, row),
        Action::Scroll { column, row, down } => mouse::scroll(app, column, row, down),
    }
    keep_selection_visible(app);
}

fn screen(app: &App) -> Option<Screen> {
    Screen::compute(app.size, app.focus, app.deck.roles.len())
}

/// Rows moved by PgUp/PgDn: one screenful of the focused list, less one row of context.
fn page(app: &App) -> isize {
    let rows = screen(app).map_or(1, |s| s.list_rows(app.focus));
    rows.saturating_sub(1).max(1) as isize
}

fn neighbour(pane: Pane, step: isize) -> Pane {
    let count = Pane::ALL.len() as isize;
    Pane::ALL[(pane.position() as isize + step).rem_euclid(count) as usize]
}

/// Moves the focused pane's selection by `delta` rows, stopping at the ends.
pub(crate) fn move_selection(app: &mut App, delta: isize) {
    let view = app.pane_mut(app.focus);
    let last = view.rows.len().saturating_sub(1);
    view.selected = view.selected.saturating_add_signed(delta).min(last);
}

fn toggle_mark(app: &mut App) {
    let Some(item) = app.selected_item() else {
        app.status = Some("Nothing selected to mark".to_string());
        return;
    };
    app.marks.toggle(&app.deck, item);
    app.fits = crate::fit::score(&app.deck, &app.marks);
    if app.only_marked {
        refresh_rows(app, Selection::Keep);
    }
}

fn edit_query(app: &mut App, edit: impl FnOnce(&mut crate::input::LineInput)) {
    let before = app.query.text().to_string();
    edit(&mut app.query);
    if app.query.text() != before {
        refresh_rows(app, Selection::First);
    }
}

fn scroll_help(app: &mut App, delta: isize) {
    let total = help::lines(&app.keymap, app.options.mouse).len();
    let visible = help::Help::visible_lines(help_area(app.size));
    let max = total.saturating_sub(visible);
    app.help_scroll = app.help_scroll.saturating_add_signed(delta).min(max);
}

/// Adjusts each visible pane's scroll offset so its selected row is on screen and no rows are
/// left blank below the last item.
fn keep_selection_visible(app: &mut App) {
    let Some(screen) = screen(app) else {
        return;
    };
    for pane in Pane::ALL {
        let height = screen.list_rows(pane);
        if height == 0 {
            continue;
        }
        let view = app.pane_mut(pane);
        view.selected = view.selected.min(view.rows.len().saturating_sub(1));
        if view.selected < view.offset {
            view.offset = view.selected;
        } else if view.selected >= view.offset + height {
            view.offset = view.selected + 1 - height;
        }
        view.offset = view.offset.min(view.rows.len().saturating_sub(height));
    }
}
