//! `update` searching: typing and editing the query, all three panes filtered at once, and Enter
//! and Esc keeping or clearing the filter.

mod common;

use common::*;
use rolefit::deck::Pane;
use rolefit::mode::Mode;

// ---------------------------------------------------------------- search

#[test]
fn typing_a_query_filters_all_three_panes_at_once() {
    let mut app = app(120, 40);
    press(&mut app, "/");
    assert_eq!(app.mode(), Mode::Search);
    press(&mut app, "bud");
    assert_eq!(app.query().text(), "bud");
    assert!(app.is_filtered());
    assert_eq!(
        row_ids(&app, Pane::Duties).first().map(String::as_str),
        Some("managing-a-budget")
    );
    let total = total_rows(&app);
    assert!((1..=5).contains(&total), "{total} rows for `bud`");
    assert!(total < app.deck().items().len());
    // Every pane was filtered, not only the focused one.
    assert!(app.pane(Pane::Skills).rows.len() < 18);
    assert!(app.pane(Pane::Differences).rows.len() < 7);
    for pane in Pane::ALL {
        assert_eq!(app.pane(pane).selected, 0, "{pane}: best match selected");
    }
}

#[test]
fn q_inside_search_is_typed_and_does_not_quit() {
    let mut app = app(120, 40);
    press(&mut app, "/q");
    assert!(!app.should_quit());
    assert_eq!(app.mode(), Mode::Search);
    assert_eq!(app.query().text(), "q");
    // So are the other browsing letters.
    press(&mut app, "gGhlm123?");
    assert_eq!(app.query().text(), "qgGhlm123?");
    assert_eq!(app.mode(), Mode::Search);
    assert!(!app.only_marked());
    assert_eq!(app.focus(), Pane::Duties);
}

#[test]
fn j_and_k_can_be_typed_into_a_query() {
    let mut app = app(120, 40);
    press(&mut app, "/marketing");
    assert_eq!(app.query().text(), "marketing");
    assert_eq!(
        selected_id(&app, Pane::Duties).as_deref(),
        Some("marketing")
    );
    press(&mut app, "<C-u>jk");
    assert_eq!(app.query().text(), "jk");
}

#[test]
fn backspace_ctrl_w_and_ctrl_u_edit_the_query() {
    let mut app = app(120, 40);
    press(&mut app, "/managing budget");
    assert_eq!(app.query().text(), "managing budget");
    press(&mut app, "<BS>");
    assert_eq!(app.query().text(), "managing budge");
    press(&mut app, "<C-w>");
    assert_eq!(app.query().text(), "managing ");
    press(&mut app, "<C-w>");
    assert_eq!(app.query().text(), "");
    press(&mut app, "cast");
    assert_eq!(app.query().text(), "cast");
    press(&mut app, "<C-u>");
    assert_eq!(app.query().text(), "");
    assert_eq!(
        app.mode(),
        Mode::Search,
        "Ctrl-u clears the query, it does not page"
    );
    assert_eq!(
        total_rows(&app),
        app.deck().items().len(),
        "an empty query shows all"
    );
    press(&mut app, "<BS><BS>");
    assert_eq!(app.query().text(), "");
}

#[test]
fn cursor_keys_move_inside_the_query() {
    let mut app = app(120, 40);
    press(&mut app, "/bd<Left>u");
    assert_eq!(app.query().text(), "bud");
    press(&mut app, "<Right><Right>x");
    assert_eq!(app.query().text(), "budx");
    assert_eq!(
        app.focus(),
        Pane::Duties,
        "arrows do not change pane while typing"
    );
}

#[test]
fn enter_keeps_the_filter_and_space_marks_the_filtered_row() {
    let mut app = app(120, 40);
    press(&mut app, "/bud<Enter>");
    assert_eq!(app.mode(), Mode::Browse);
    assert!(app.is_filtered());
    assert_eq!(app.query().text(), "bud");
    press(&mut app, "<Space>");
    let budget = item(&app, "managing-a-budget");
    assert!(app.marks().is_marked(budget));
    assert_eq!(app.marks().iter().count(), 1);
    assert!(app.fits()[1].percent > 0.0, "a producer duty");
    assert_eq!(app.fits()[0].percent, 0.0);
}

#[test]
fn esc_leaves_search_keeping_the_filter_and_esc_again_clears_it() {
    let mut app = app(120, 40);
    press(&mut app, "/bud<Esc>");
    assert_eq!(app.mode(), Mode::Browse);
    assert!(app.is_filtered());
    let filtered = total_rows(&app);
    assert!(filtered < app.deck().items().len());
    press(&mut app, "<Esc>");
    assert_eq!(app.mode(), Mode::Browse);
    assert!(!app.is_filtered());
    assert_eq!(app.query().text(), "");
    assert_eq!(total_rows(&app), app.deck().items().len());
    for pane in Pane::ALL {
        assert_eq!(row_ids(&app, pane).len(), app.deck().pane_range(pane).len());
    }
    // The selection stays on the item it was on.
    assert_eq!(
        selected_id(&app, Pane::Duties).as_deref(),
        Some("managing-a-budget")
    );
}

#[test]
fn slash_again_edits_the_kept_filter() {
    let mut app = app(120, 40);
    press(&mut app, "/bud<Enter>/get");
    assert_eq!(app.query().text(), "budget");
    assert_eq!(app.mode(), Mode::Search);
}

#[test]
fn a_query_that_matches_nothing_empties_every_pane() {
    let mut app = app(120, 40);
    press(&mut app, "/xyzq");
    for pane in Pane::ALL {
        let view = app.pane(pane);
        assert!(view.rows.is_empty(), "{pane}");
        assert_eq!(view.selected, 0, "{pane}");
        assert_eq!(view.selected_item(), None, "{pane}");
    }
    press(&mut app, "<Esc>jkG<PgDn><Tab>j");
    for pane in Pane::ALL {
        assert_eq!(app.pane(pane).selected, 0, "{pane}");
    }
}

/// Issue 13: the query stops at its longest; words past the limit are said not to be searched.
#[test]
fn the_query_stops_at_its_longest_and_says_so() {
    let mut app = common::app(120, 40);
    common::press(&mut app, "/");
    common::type_keys(&mut app, &"x".repeat(rolefit::search::MAX_QUERY_CHARS));
    assert!(app.status().is_none());
    common::type_keys(&mut app, "y");
    assert_eq!(
        app.query().text().chars().count(),
        rolefit::search::MAX_QUERY_CHARS
    );
    assert!(
        app.status().unwrap().contains("at most 256"),
        "{:?}",
        app.status()
    );
    common::press(&mut app, "<BS>");
    assert_eq!(
        app.query().text().chars().count(),
        255,
        "erasing always works"
    );

    let mut app = common::app(120, 40);
    common::press(&mut app, "/");
    let many: String = (0..17).map(|n| format!("w{n} ")).collect();
    common::type_keys(&mut app, &many);
    assert!(
        app.status().unwrap().contains("not searched"),
        "{:?}",
        app.status()
    );
}
