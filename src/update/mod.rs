//! `update`: every behaviour of the explorer as a change of state, with no I/O. Effects the
//! event loop carries out come back here as actions with their outcome.

mod history;
mod mouse;
mod rows;
mod session;
mod session_file;
mod what_if;

use ratatui::layout::Size;

use crate::action::Action;
use crate::app::{App, Effect, ModeState, Selection};
use crate::deck::Pane;
use crate::input::LineInput;
use crate::layout::{Screen, detail, help, help_area, result};
use crate::mode::Mode;
use crate::search::{MAX_TERMS, QueryError, Stop, check_query};

pub use rows::refresh_rows;
use rows::refresh_rows_unless;

/// Applies one action to the app.
pub fn update(app: &mut App, action: Action) {
    // A resize, or the save an action queued, must not take away what that action said.
    if !matches!(action, Action::Resize { .. } | Action::SessionSaved(_)) {
        app.status = None;
    }
    let edits_query = matches!(
        action,
        Action::Insert(_) | Action::DeleteChar | Action::DeleteWord | Action::ClearQuery
    );
    if !edits_query {
        // Anything else acts on the rows the user sees: bring them up to date first.
        settle(app);
    }
    match action {
        // The help and the result page as a pager does; elsewhere the keys move the rows.
        Action::PageUp | Action::PageDown | Action::Top | Action::Bottom
            if matches!(app.mode(), Mode::Help | Mode::Result) =>
        {
            scroll(app, page_scroll(app, &action));
        }
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
        Action::ToggleRefusal => toggle_refusal(app),
        Action::ToggleOnlyMarked => {
            app.only_marked = !app.only_marked;
            refresh_rows(app, Selection::Keep);
        }
        Action::StartSearch => app.mode = ModeState::Search,
        Action::SubmitSearch | Action::LeaveSearch | Action::CloseHelp => {
            app.mode = app.explorer_mode();
        }
        Action::StartAssessment
        | Action::AnswerHave
        | Action::AnswerNotHave
        | Action::AnswerRefuse
        | Action::SkipCard
        | Action::PreviousCard
        | Action::PickSide(_)
        | Action::LeaveAssessment
        | Action::ShowResult
        | Action::CloseResult
        | Action::AskReset
        | Action::ConfirmReset
        | Action::CancelReset
        | Action::StartExport
        | Action::SubmitExport
        | Action::CancelExport
        | Action::SessionBackedUp(_)
        | Action::BackupFailed(_)
        | Action::Report(_) => session::update(app, action),
        Action::SessionSaved(_)
        | Action::SessionReplaced(_)
        | Action::OverwriteSession
        | Action::KeepOtherSession => session_file::update(app, action),
        Action::SaveFailed(message) | Action::MouseFailed(message) => app.status = Some(message),
        Action::StartWhatIf
        | Action::KeepWhatIf
        | Action::DropWhatIf
        | Action::AskQuit
        | Action::KeepAndQuit
        | Action::DropAndQuit
        | Action::CancelQuit => what_if::update(app, action),
        Action::StartSnapshot
        | Action::SubmitSnapshot
        | Action::CancelSnapshot
        | Action::SnapshotSaved(_)
        | Action::ShowHistory
        | Action::CloseHistory => history::update(app, action),
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
        Action::CursorLeft => active_input(app).left(),
        Action::CursorRight => active_input(app).right(),
        // Bound in Browse only; the help closes with CloseHelp.
        Action::ToggleHelp => app.mode = ModeState::Help { scroll: 0 },
        Action::ScrollDetailUp => scroll_detail(app, -1),
        Action::ScrollDetailDown => scroll_detail(app, 1),
        Action::ScrollUp => scroll(app, -1),
        Action::ScrollDown => scroll(app, 1),
        Action::ToggleMouse => toggle_mouse(app),
        Action::Quit => app.should_quit = true,
        Action::Resize { width, height } => {
            app.size = Size::new(width, height);
            // A taller screen may show what was scrolled past: keep the scroll within range.
            scroll(app, 0);
            scroll_detail(app, 0);
        }
        Action::Click { column, row } => mouse::click(app, column, row),
        Action::RightClick { column, row } => mouse::right_click(app, column, row),
        Action::Scroll { column, row, down } => mouse::wheel(app, column, row, down),
    }
    keep_selection_visible(app);
    // A mark can change the detail's text (its hint line) and so how far it scrolls.
    scroll_detail(app, 0);
}

fn screen(app: &App) -> Option<Screen> {
    crate::layout::screen_of(app, app.size)
}

/// Lines PgUp/PgDn, Home and End scroll the help or the result by: a screenful less one line
/// of context, or all the way.
fn page_scroll(app: &App, action: &Action) -> isize {
    let visible = match app.mode() {
        Mode::Result => result::visible_lines(app.size),
        _ => help::visible_lines(help_area(app.size)),
    };
    let page = visible.saturating_sub(1).max(1) as isize;
    match action {
        Action::PageUp => -page,
        Action::PageDown => page,
        Action::Top => isize::MIN / 2,
        _ => isize::MAX / 2,
    }
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
    app.toggle_answer(item);
    answered(app);
}

/// `x`: "I would not do this" on a duty or skill, or back to no answer.
pub(crate) fn toggle_refusal(app: &mut App) {
    let Some(item) = app.selected_item() else {
        app.status = Some("Nothing selected".to_string());
        return;
    };
    match app.marks().refusal_toggled(app.deck(), item) {
        Some(mark) => {
            app.answer(item, mark);
            answered(app);
        }
        None => {
            app.status = Some(
                "A difference is answered by a side, not refused: Space leans to one".to_string(),
            );
        }
    }
}

/// After an answer changed (the app has already brought the meter, the counts and the session
/// up to date and queued the save): a "marked only" list follows at once.
pub(crate) fn answered(app: &mut App) {
    if app.only_marked {
        refresh_rows(app, Selection::Keep);
    }
}

/// Hands the mouse to the terminal (so text can be selected) or takes it back; the event loop
/// tells the terminal.
fn toggle_mouse(app: &mut App) {
    app.options.mouse = !app.options.mouse;
    app.effects.push(Effect::MouseCapture(app.options.mouse));
    let key = app
        .keymap()
        .label(app.mode(), &Action::ToggleMouse, app.glyphs().ascii)
        .unwrap_or_else(|| "toggle_mouse".into());
    app.status = Some(if app.options.mouse {
        format!("Mouse on: click and scroll in rolefit ({key} lets the terminal select text)")
    } else {
        format!("Mouse off: the terminal can select text ({key} turns the mouse back on)")
    });
    scroll(app, 0); // the help lost or gained its mouse section
}

/// The line being typed: the report path while exporting, a snapshot's name, else the query.
fn active_input(app: &mut App) -> &mut LineInput {
    match &mut app.mode {
        ModeState::Export(prompt) => &mut prompt.path,
        ModeState::SnapshotName(name) => name,
        _ => &mut app.query,
    }
}

/// Edits the query (or the report path). A changed query only marks the rows stale: they are
/// ranked in [`settle`], once for however many edits came in one batch, so keys still queued
/// never wait for the ranking of a query they have already changed.
fn edit_query(app: &mut App, edit: impl FnOnce(&mut LineInput)) {
    match &mut app.mode {
        ModeState::Export(prompt) => return edit(&mut prompt.path),
        ModeState::SnapshotName(name) => {
            edit(name);
            if name.text().chars().count() > crate::history::MAX_NAME_CHARS {
                name.delete_char();
            }
            return;
        }
        _ => {}
    }
    let before = app.query.clone();
    edit(&mut app.query);
    match check_query(app.query.text()) {
        // Typing stops at the longest query; editing down from one is always allowed.
        Err(error @ QueryError::TooLong { .. }) if app.query.text().len() > before.text().len() => {
            app.query = before;
            app.status = Some(format!("Not typed: {error}"));
            return;
        }
        Err(error @ QueryError::TooManyWords { .. }) => {
            app.status = Some(format!(
                "{error}; the words after the first {MAX_TERMS} are not searched"
            ));
        }
        _ => {}
    }
    if app.query.text() != before.text() {
        app.stale_rows = Some(Selection::First);
    }
}

/// Scrolls the help or the result by `delta` lines, within their length; elsewhere nothing.
pub(crate) fn scroll(app: &mut App, delta: isize) {
    let (total, visible) = match app.mode() {
        Mode::Result => (result::line_count(app), result::visible_lines(app.size)),
        Mode::Help => (
            help::lines(app).len(),
            help::visible_lines(help_area(app.size)),
        ),
        Mode::History => return history::select(app, delta),
        _ => return,
    };
    let max = total.saturating_sub(visible);
    if let ModeState::Help { scroll } | ModeState::Result { scroll } = &mut app.mode {
        *scroll = scroll.saturating_add_signed(delta).min(max);
    }
}

/// Scrolls the detail pane by `delta` lines, within its text at the current size.
pub(crate) fn scroll_detail(app: &mut App, delta: isize) {
    follow_selection_with_detail(app);
    let max = screen(app)
        .and_then(|s| s.detail)
        .map_or(0, |area| detail::max_scroll(app, area));
    app.detail_scroll = app.detail_scroll.saturating_add_signed(delta).min(max);
}

/// A new item's detail starts at its top: scrolling belongs to the item it was done on.
fn follow_selection_with_detail(app: &mut App) {
    if !app.detail_scroll_is_current() {
        app.detail_for = app.selected_item();
        app.detail_scroll = 0;
    }
}

/// Brings stale rows up to date: the event loop calls it after each batch of input, and every
/// action but a query edit calls it first, so nothing acts on outdated rows.
pub fn settle(app: &mut App) {
    settle_unless(app, &|| false);
}

/// [`settle`], unless `stop` interrupts the ranking (because newer input is waiting, which will
/// change the query again): then the rows stay stale and this returns false.
pub fn settle_unless(app: &mut App, stop: Stop) -> bool {
    let Some(selection) = app.stale_rows else {
        return true;
    };
    let settled = refresh_rows_unless(app, selection, stop);
    if settled {
        keep_selection_visible(app);
        follow_selection_with_detail(app);
    }
    settled
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
