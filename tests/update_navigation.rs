//! `update` moving around: the start state, rows, pages and panes by key, and resizes that keep
//! the selection in range.

mod common;

use common::*;
use rolefit::app::App;
use rolefit::deck::Pane;
use rolefit::mode::Mode;

/// Rows a page moves in the focused pane: the list height less one.
fn page_rows(app: &App) -> usize {
    layout(app).expect("a full layout").list_rows(app.focus()) - 1
}

// ---------------------------------------------------------------- start state

#[test]
fn starts_browsing_duties_on_the_first_row() {
    let app = app(120, 40);
    assert_eq!(app.mode(), Mode::Browse);
    assert_eq!(app.focus(), Pane::Duties);
    assert_eq!(app.selected_item(), Some(0));
    assert_eq!(
        selected_id(&app, Pane::Duties).as_deref(),
        Some("interpreting-scripts")
    );
    for pane in Pane::ALL {
        let view = app.pane(pane);
        assert_eq!(view.selected, 0, "{pane}");
        assert_eq!(view.offset, 0, "{pane}");
        assert_eq!(view.rows.len(), app.deck().pane_range(pane).len(), "{pane}");
    }
    assert_eq!(app.pane(Pane::Duties).rows.len(), 15);
    assert!(!app.is_filtered());
    assert!(!app.only_marked());
    assert!(!app.should_quit());
    assert_eq!(app.marks().iter().count(), 0);
    assert!(app.fits().iter().all(|f| f.percent == 0.0));
}

// ---------------------------------------------------------------- moving

#[test]
fn j_k_and_arrows_move_one_row_and_stop_at_the_ends() {
    let mut app = app(120, 40);
    press(&mut app, "j");
    assert_eq!(app.pane(Pane::Duties).selected, 1);
    press(&mut app, "<Down>");
    assert_eq!(app.pane(Pane::Duties).selected, 2);
    press(&mut app, "k");
    assert_eq!(app.pane(Pane::Duties).selected, 1);
    press(&mut app, "<Up>");
    assert_eq!(app.pane(Pane::Duties).selected, 0);
    press(&mut app, "k<Up>k");
    assert_eq!(app.pane(Pane::Duties).selected, 0, "stops at the top");
    press(&mut app, &"j".repeat(40));
    assert_eq!(
        app.pane(Pane::Duties).selected,
        14,
        "stops at the last of 15 duties"
    );
    press(&mut app, "<Down>j");
    assert_eq!(app.pane(Pane::Duties).selected, 14);
    // Moving one pane leaves the others alone.
    assert_eq!(app.pane(Pane::Skills).selected, 0);
    assert_eq!(app.pane(Pane::Differences).selected, 0);
}

#[test]
fn g_and_home_go_to_the_top_capital_g_and_end_to_the_bottom() {
    let mut app = app(120, 40);
    press(&mut app, "2G");
    assert_eq!(app.focus(), Pane::Skills);
    assert_eq!(app.pane(Pane::Skills).selected, 17);
    press(&mut app, "g");
    assert_eq!(app.pane(Pane::Skills).selected, 0);
    press(&mut app, "<End>");
    assert_eq!(app.pane(Pane::Skills).selected, 17);
    press(&mut app, "<Home>");
    assert_eq!(app.pane(Pane::Skills).selected, 0);
}

#[test]
fn page_keys_move_by_the_list_height_less_one_and_stay_in_range() {
    // 80x24 is the narrow layout: the list keeps at least ten rows, and the detail is sized to
    // the selected item's text, so the page is read from the layout at each press.
    let mut app = app(80, 24);
    press(&mut app, "2");
    let last = app.pane(Pane::Skills).rows.len() - 1;
    assert_eq!(last, 17);
    let selected = |app: &App| app.pane(Pane::Skills).selected;

    let page = page_rows(&app);
    assert!(page >= 9, "{page}");
    press(&mut app, "<PgDn>");
    assert_eq!(selected(&app), page);
    let (from, page) = (selected(&app), page_rows(&app));
    press(&mut app, "<C-d>");
    assert_eq!(selected(&app), (from + page).min(last));
    press(&mut app, "<PgDn><PgDn><PgDn>");
    assert_eq!(selected(&app), last, "clamped at the end");
    press(&mut app, "<C-d><PgDn>");
    assert_eq!(selected(&app), last);

    let page = page_rows(&app);
    press(&mut app, "<PgUp>");
    assert_eq!(selected(&app), last - page);
    let (from, page) = (selected(&app), page_rows(&app));
    press(&mut app, "<C-u>");
    assert_eq!(selected(&app), from.saturating_sub(page));
    press(&mut app, "<PgUp><PgUp><PgUp>");
    assert_eq!(app.pane(Pane::Skills).selected, 0, "clamped at the top");
    press(&mut app, "<C-u><PgUp>");
    assert_eq!(app.pane(Pane::Skills).selected, 0);
}

#[test]
fn paging_keeps_the_selection_on_screen() {
    let mut app = app(80, 24);
    let rows = layout(&app).unwrap().list_rows(Pane::Duties);
    for _ in 0..4 {
        press(&mut app, "<PgDn>");
        let view = app.pane(Pane::Duties);
        assert!(view.offset <= view.selected);
        assert!(view.selected < view.offset + rows);
    }
    assert_eq!(
        app.pane(Pane::Duties).offset,
        15 - rows,
        "no blank rows below the last item"
    );
}

#[test]
fn a_page_in_the_wide_layout_is_the_wide_list_height_less_one() {
    let mut app = app(120, 40);
    let page = page_rows(&app);
    // The lists keep what the detail's text leaves, more than half of the 40 rows.
    assert!(page >= 20, "{page}");
    press(&mut app, "<PgDn>");
    assert_eq!(
        app.pane(Pane::Duties).selected,
        14,
        "15 duties fit in one page"
    );
    press(&mut app, "<PgUp>");
    assert_eq!(app.pane(Pane::Duties).selected, 0);
}

// ---------------------------------------------------------------- panes

#[test]
fn tab_and_shift_tab_cycle_panes_with_wraparound() {
    let mut app = app(120, 40);
    let mut seen = Vec::new();
    for _ in 0..4 {
        press(&mut app, "<Tab>");
        seen.push(app.focus());
    }
    assert_eq!(
        seen,
        [Pane::Skills, Pane::Differences, Pane::Duties, Pane::Skills]
    );
    seen.clear();
    for _ in 0..4 {
        press(&mut app, "<S-Tab>");
        seen.push(app.focus());
    }
    assert_eq!(
        seen,
        [Pane::Duties, Pane::Differences, Pane::Skills, Pane::Duties]
    );
}

#[test]
fn right_l_left_h_cycle_panes_with_wraparound() {
    let mut app = app(120, 40);
    press(&mut app, "<Right>");
    assert_eq!(app.focus(), Pane::Skills);
    press(&mut app, "l");
    assert_eq!(app.focus(), Pane::Differences);
    press(&mut app, "l");
    assert_eq!(app.focus(), Pane::Duties, "wraps forward");
    press(&mut app, "<Left>");
    assert_eq!(app.focus(), Pane::Differences, "wraps backward");
    press(&mut app, "h");
    assert_eq!(app.focus(), Pane::Skills);
    press(&mut app, "h");
    assert_eq!(app.focus(), Pane::Duties);
}

#[test]
fn digits_jump_to_a_pane_and_each_pane_keeps_its_selection() {
    let mut app = app(120, 40);
    press(&mut app, "jj3");
    assert_eq!(app.focus(), Pane::Differences);
    press(&mut app, "j2");
    assert_eq!(app.focus(), Pane::Skills);
    press(&mut app, "1");
    assert_eq!(app.focus(), Pane::Duties);
    assert_eq!(app.pane(Pane::Duties).selected, 2);
    assert_eq!(app.pane(Pane::Differences).selected, 1);
    assert_eq!(app.pane(Pane::Skills).selected, 0);
}

// ---------------------------------------------------------------- resize

#[test]
fn resizing_to_1x1_and_back_keeps_the_state_sane() {
    let mut app = app(120, 40);
    press(&mut app, "2G<Space>3j<Space>/a<Enter>");
    let before_marks = app.marks().clone();
    let before_focus = app.focus();
    let before_rows: Vec<Vec<usize>> = app.panes().iter().map(|p| p.rows.clone()).collect();

    resize(&mut app, 1, 1);
    assert_eq!((app.size().width, app.size().height), (1, 1));
    let tiny = render(&app);
    assert_eq!(tiny.buffer().area.width, 1);
    // Keys and the mouse while tiny do not break anything.
    press(&mut app, "jG<PgDn><PgUp>");
    click(&mut app, 0, 0);
    wheel(&mut app, 0, 0, true);
    render(&app);

    resize(&mut app, 120, 40);
    assert_eq!(app.marks(), &before_marks);
    assert_eq!(app.focus(), before_focus);
    let after_rows: Vec<Vec<usize>> = app.panes().iter().map(|p| p.rows.clone()).collect();
    assert_eq!(after_rows, before_rows);
    let screen = layout(&app).unwrap();
    for pane in Pane::ALL {
        let view = app.pane(pane);
        let height = screen.list_rows(pane);
        if view.rows.is_empty() {
            assert_eq!(view.selected, 0);
        } else {
            assert!(view.selected < view.rows.len(), "{pane}");
            assert!(view.offset <= view.selected, "{pane}");
            assert!(view.selected < view.offset + height, "{pane}");
        }
    }
    let backend = render(&app);
    assert!(shows(&backend, "Duties"));
    assert!(shows(&backend, "Filter: a"));
}

#[test]
fn shrinking_keeps_the_selection_visible() {
    let mut app = app(120, 40);
    press(&mut app, "2G");
    resize(&mut app, 80, 24);
    let height = layout(&app).unwrap().list_rows(Pane::Skills);
    let view = app.pane(Pane::Skills);
    assert_eq!(view.selected, 17);
    assert!(view.offset <= view.selected && view.selected < view.offset + height);
    let backend = render(&app);
    assert!(shows(&backend, "Long-term focus"));
}
