//! `update` without a terminal: key sequences and mouse events in, state out.

mod common;

use common::*;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use rolefit::app::{App, Mode};
use rolefit::deck::Pane;
use rolefit::fit;
use rolefit::ui::help;
use rolefit::ui::layout::help_area;

/// Rows a page moves in the focused pane: the list height less one.
fn page_rows(app: &App) -> usize {
    layout(app).expect("a full layout").list_rows(app.focus) - 1
}

fn fits_match_marks(app: &App) {
    assert_eq!(app.fits, fit::score(&app.deck, &app.marks));
}

fn director_percent(app: &App) -> f64 {
    app.fits[0].percent
}

// ---------------------------------------------------------------- start state

#[test]
fn starts_browsing_duties_on_the_first_row() {
    let app = app(120, 40);
    assert_eq!(app.mode, Mode::Browse);
    assert_eq!(app.focus, Pane::Duties);
    assert_eq!(app.selected_item(), Some(0));
    assert_eq!(
        selected_id(&app, Pane::Duties).as_deref(),
        Some("interpreting-scripts")
    );
    for pane in Pane::ALL {
        let view = app.pane(pane);
        assert_eq!(view.selected, 0, "{pane}");
        assert_eq!(view.offset, 0, "{pane}");
        assert_eq!(view.rows.len(), app.deck.pane_range(pane).len(), "{pane}");
    }
    assert_eq!(app.pane(Pane::Duties).rows.len(), 15);
    assert!(!app.is_filtered());
    assert!(!app.only_marked);
    assert!(!app.should_quit);
    assert_eq!(app.marks.iter().count(), 0);
    assert!(app.fits.iter().all(|f| f.percent == 0.0));
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
    assert_eq!(app.focus, Pane::Skills);
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
    // 80x24 is the narrow layout: 7 list rows, so a page is 6 rows.
    let mut app = app(80, 24);
    press(&mut app, "2");
    let page = page_rows(&app);
    assert_eq!(page, 6);
    let last = app.pane(Pane::Skills).rows.len() - 1;
    assert_eq!(last, 17);

    press(&mut app, "<PgDn>");
    assert_eq!(app.pane(Pane::Skills).selected, page);
    press(&mut app, "<C-d>");
    assert_eq!(app.pane(Pane::Skills).selected, 2 * page);
    press(&mut app, "<PgDn>");
    assert_eq!(app.pane(Pane::Skills).selected, last, "clamped at the end");
    press(&mut app, "<C-d><PgDn>");
    assert_eq!(app.pane(Pane::Skills).selected, last);

    press(&mut app, "<PgUp>");
    assert_eq!(app.pane(Pane::Skills).selected, last - page);
    press(&mut app, "<C-u>");
    assert_eq!(app.pane(Pane::Skills).selected, last - 2 * page);
    press(&mut app, "<PgUp>");
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
    assert_eq!(page, 20);
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
        seen.push(app.focus);
    }
    assert_eq!(
        seen,
        [Pane::Skills, Pane::Differences, Pane::Duties, Pane::Skills]
    );
    seen.clear();
    for _ in 0..4 {
        press(&mut app, "<S-Tab>");
        seen.push(app.focus);
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
    assert_eq!(app.focus, Pane::Skills);
    press(&mut app, "l");
    assert_eq!(app.focus, Pane::Differences);
    press(&mut app, "l");
    assert_eq!(app.focus, Pane::Duties, "wraps forward");
    press(&mut app, "<Left>");
    assert_eq!(app.focus, Pane::Differences, "wraps backward");
    press(&mut app, "h");
    assert_eq!(app.focus, Pane::Skills);
    press(&mut app, "h");
    assert_eq!(app.focus, Pane::Duties);
}

#[test]
fn digits_jump_to_a_pane_and_each_pane_keeps_its_selection() {
    let mut app = app(120, 40);
    press(&mut app, "jj3");
    assert_eq!(app.focus, Pane::Differences);
    press(&mut app, "j2");
    assert_eq!(app.focus, Pane::Skills);
    press(&mut app, "1");
    assert_eq!(app.focus, Pane::Duties);
    assert_eq!(app.pane(Pane::Duties).selected, 2);
    assert_eq!(app.pane(Pane::Differences).selected, 1);
    assert_eq!(app.pane(Pane::Skills).selected, 0);
}

// ---------------------------------------------------------------- marking

#[test]
fn space_marks_a_duty_without_moving_and_space_again_unmarks() {
    let mut app = app(120, 40);
    press(&mut app, "j<Space>");
    let duty = item(&app, "auditioning-and-casting");
    assert!(app.marks.is_marked(duty));
    assert_eq!(
        app.pane(Pane::Duties).selected,
        1,
        "the selection does not move"
    );
    assert_eq!(app.marked_count(Pane::Duties), (1, 15));
    fits_match_marks(&app);
    press(&mut app, "<Space>");
    assert!(!app.marks.is_marked(duty));
    assert_eq!(app.marked_count(Pane::Duties), (0, 15));
    fits_match_marks(&app);
}

#[test]
fn space_on_a_difference_cycles_the_lean_director_producer_none() {
    let mut app = app(120, 40);
    press(&mut app, "3");
    let focus = item(&app, "focus");
    assert_eq!(app.selected_item(), Some(focus));
    assert_eq!(app.marks.lean(focus), None);

    press(&mut app, "<Space>");
    assert_eq!(app.marks.lean(focus), Some(0), "director");
    assert_eq!(app.deck.roles[0].id, "director");
    assert!(app.fits[0].percent > 0.0);
    assert_eq!(app.fits[1].percent, 0.0);
    fits_match_marks(&app);

    press(&mut app, "<Space>");
    assert_eq!(app.marks.lean(focus), Some(1), "producer");
    assert_eq!(app.deck.roles[1].id, "producer");
    assert_eq!(app.fits[0].percent, 0.0);
    assert!(app.fits[1].percent > 0.0);
    fits_match_marks(&app);

    press(&mut app, "<Space>");
    assert_eq!(app.marks.lean(focus), None, "back to no lean");
    assert!(app.fits.iter().all(|f| f.percent == 0.0));
    assert_eq!(app.pane(Pane::Differences).selected, 0);
}

#[test]
fn space_on_a_three_role_difference_cycles_through_every_side() {
    let mut app = three_role_app(120, 40);
    press(&mut app, "3");
    let focus = item(&app, "focus");
    let mut leans = Vec::new();
    for _ in 0..4 {
        press(&mut app, "<Space>");
        leans.push(app.marks.lean(focus));
        fits_match_marks(&app);
    }
    assert_eq!(leans, [Some(0), Some(1), Some(2), None]);
}

#[test]
fn fit_percentages_follow_every_mark_at_once() {
    let mut app = app(120, 40);
    let mut previous = director_percent(&app);
    // A director duty, a shared skill, a director lean: each raises the director's fit.
    for sequence in ["<Space>", "2<Space>", "3<Space>"] {
        press(&mut app, sequence);
        fits_match_marks(&app);
        let now = director_percent(&app);
        assert!(now > previous, "{sequence}: {previous} -> {now}");
        previous = now;
    }
    // The shared skill raised the producer too; the first duty and the lean did not.
    assert!(app.fits[1].percent > 0.0);
    let expected = fit::score(&app.deck, &app.marks);
    assert_eq!(app.fits, expected);
    // Unmarking lowers it again straight away.
    press(&mut app, "1<Space>");
    fits_match_marks(&app);
    assert!(director_percent(&app) < previous);
}

#[test]
fn space_with_nothing_selected_says_so_in_the_status() {
    let mut app = app(120, 40);
    press(&mut app, "/xyzq<Enter><Space>");
    assert_eq!(app.marks.iter().count(), 0);
    assert!(app.status.is_some());
    press(&mut app, "j");
    assert!(app.status.is_none(), "the next action clears the status");
}

// ---------------------------------------------------------------- search

#[test]
fn typing_a_query_filters_all_three_panes_at_once() {
    let mut app = app(120, 40);
    press(&mut app, "/");
    assert_eq!(app.mode, Mode::Search);
    press(&mut app, "bud");
    assert_eq!(app.query.text(), "bud");
    assert!(app.is_filtered());
    assert_eq!(
        row_ids(&app, Pane::Duties).first().map(String::as_str),
        Some("managing-a-budget")
    );
    let total = total_rows(&app);
    assert!((1..=5).contains(&total), "{total} rows for `bud`");
    assert!(total < app.deck.items().len());
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
    assert!(!app.should_quit);
    assert_eq!(app.mode, Mode::Search);
    assert_eq!(app.query.text(), "q");
    // So are the other browsing letters.
    press(&mut app, "gGhlm123?");
    assert_eq!(app.query.text(), "qgGhlm123?");
    assert_eq!(app.mode, Mode::Search);
    assert!(!app.only_marked);
    assert_eq!(app.focus, Pane::Duties);
}

#[test]
fn j_and_k_can_be_typed_into_a_query() {
    let mut app = app(120, 40);
    press(&mut app, "/marketing");
    assert_eq!(app.query.text(), "marketing");
    assert_eq!(
        selected_id(&app, Pane::Duties).as_deref(),
        Some("marketing")
    );
    press(&mut app, "<C-u>jk");
    assert_eq!(app.query.text(), "jk");
}

#[test]
fn backspace_ctrl_w_and_ctrl_u_edit_the_query() {
    let mut app = app(120, 40);
    press(&mut app, "/managing budget");
    assert_eq!(app.query.text(), "managing budget");
    press(&mut app, "<BS>");
    assert_eq!(app.query.text(), "managing budge");
    press(&mut app, "<C-w>");
    assert_eq!(app.query.text(), "managing ");
    press(&mut app, "<C-w>");
    assert_eq!(app.query.text(), "");
    press(&mut app, "cast");
    assert_eq!(app.query.text(), "cast");
    press(&mut app, "<C-u>");
    assert_eq!(app.query.text(), "");
    assert_eq!(
        app.mode,
        Mode::Search,
        "Ctrl-u clears the query, it does not page"
    );
    assert_eq!(
        total_rows(&app),
        app.deck.items().len(),
        "an empty query shows all"
    );
    press(&mut app, "<BS><BS>");
    assert_eq!(app.query.text(), "");
}

#[test]
fn cursor_keys_move_inside_the_query() {
    let mut app = app(120, 40);
    press(&mut app, "/bd<Left>u");
    assert_eq!(app.query.text(), "bud");
    press(&mut app, "<Right><Right>x");
    assert_eq!(app.query.text(), "budx");
    assert_eq!(
        app.focus,
        Pane::Duties,
        "arrows do not change pane while typing"
    );
}

#[test]
fn enter_keeps_the_filter_and_space_marks_the_filtered_row() {
    let mut app = app(120, 40);
    press(&mut app, "/bud<Enter>");
    assert_eq!(app.mode, Mode::Browse);
    assert!(app.is_filtered());
    assert_eq!(app.query.text(), "bud");
    press(&mut app, "<Space>");
    let budget = item(&app, "managing-a-budget");
    assert!(app.marks.is_marked(budget));
    assert_eq!(app.marks.iter().count(), 1);
    assert!(app.fits[1].percent > 0.0, "a producer duty");
    assert_eq!(app.fits[0].percent, 0.0);
}

#[test]
fn esc_leaves_search_keeping_the_filter_and_esc_again_clears_it() {
    let mut app = app(120, 40);
    press(&mut app, "/bud<Esc>");
    assert_eq!(app.mode, Mode::Browse);
    assert!(app.is_filtered());
    let filtered = total_rows(&app);
    assert!(filtered < app.deck.items().len());
    press(&mut app, "<Esc>");
    assert_eq!(app.mode, Mode::Browse);
    assert!(!app.is_filtered());
    assert_eq!(app.query.text(), "");
    assert_eq!(total_rows(&app), app.deck.items().len());
    for pane in Pane::ALL {
        assert_eq!(row_ids(&app, pane).len(), app.deck.pane_range(pane).len());
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
    assert_eq!(app.query.text(), "budget");
    assert_eq!(app.mode, Mode::Search);
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

// ---------------------------------------------------------------- marked only

#[test]
fn m_shows_only_marked_items_and_m_again_shows_all() {
    let mut app = app(120, 40);
    press(&mut app, "jj<Space>2<Space>3<Space>1");
    press(&mut app, "m");
    assert!(app.only_marked);
    assert_eq!(row_ids(&app, Pane::Duties), ["organizing-the-crew"]);
    assert_eq!(row_ids(&app, Pane::Skills), ["experience-in-filmmaking"]);
    assert_eq!(row_ids(&app, Pane::Differences), ["focus"]);
    for pane in Pane::ALL {
        assert_eq!(app.pane(pane).selected, 0);
    }
    press(&mut app, "m");
    assert!(!app.only_marked);
    assert_eq!(total_rows(&app), app.deck.items().len());
    assert_eq!(
        selected_id(&app, Pane::Duties).as_deref(),
        Some("organizing-the-crew"),
        "the selection stays on the same item"
    );
}

#[test]
fn marked_only_with_nothing_marked_shows_empty_panes() {
    let mut app = app(120, 40);
    press(&mut app, "m");
    assert_eq!(total_rows(&app), 0);
    press(&mut app, "<Space>jG");
    assert_eq!(app.marks.iter().count(), 0);
    assert_eq!(app.pane(Pane::Duties).selected, 0);
}

#[test]
fn unmarking_in_marked_only_removes_the_row() {
    let mut app = app(120, 40);
    press(&mut app, "<Space>j<Space>m");
    assert_eq!(app.pane(Pane::Duties).rows.len(), 2);
    press(&mut app, "G<Space>");
    let view = app.pane(Pane::Duties);
    assert_eq!(view.rows.len(), 1);
    assert!(view.selected < view.rows.len());
}

// ---------------------------------------------------------------- help

fn help_max_scroll(app: &App) -> usize {
    let total = help::lines(app).len();
    let visible = help::Help::visible_lines(help_area(app.size));
    total.saturating_sub(visible)
}

#[test]
fn question_mark_opens_help_and_j_k_scroll_within_bounds() {
    for (width, height) in [(120, 40), (80, 24), (40, 12)] {
        let mut app = app(width, height);
        press(&mut app, "?");
        assert_eq!(app.mode, Mode::Help);
        assert_eq!(app.help_scroll, 0);
        let max = help_max_scroll(&app);
        assert!(
            max > 0,
            "{width}x{height}: the help is longer than the screen"
        );
        press(&mut app, "kk<Up>");
        assert_eq!(app.help_scroll, 0, "{width}x{height}");
        press(&mut app, "j<Down>");
        assert_eq!(app.help_scroll, 2.min(max), "{width}x{height}");
        press(&mut app, &"j".repeat(100));
        assert_eq!(app.help_scroll, max, "{width}x{height}: stops at the end");
        press(&mut app, "k");
        assert_eq!(app.help_scroll, max - 1, "{width}x{height}");
        // Browsing keys do nothing to the panes behind the help.
        assert_eq!(app.pane(Pane::Duties).selected, 0);
        assert_eq!(app.focus, Pane::Duties);
    }
}

#[test]
fn esc_or_question_mark_closes_help() {
    let mut app = app(120, 40);
    press(&mut app, "?jj<Esc>");
    assert_eq!(app.mode, Mode::Browse);
    press(&mut app, "?");
    assert_eq!(app.mode, Mode::Help);
    assert_eq!(app.help_scroll, 0, "reopening starts at the top");
    press(&mut app, "?");
    assert_eq!(app.mode, Mode::Browse);
    assert!(!app.should_quit);
    // The help lists q as a way to close it, not to quit.
    press(&mut app, "?q");
    assert_eq!(app.mode, Mode::Browse);
    assert!(!app.should_quit);
}

#[test]
fn keys_in_help_do_not_mark_or_search() {
    let mut app = app(120, 40);
    press(&mut app, "?<Space>/m2G");
    assert_eq!(app.mode, Mode::Help);
    assert_eq!(app.marks.iter().count(), 0);
    assert!(!app.only_marked);
    assert_eq!(app.query.text(), "");
    assert_eq!(app.focus, Pane::Duties);
}

#[test]
fn help_scroll_is_clamped_after_a_resize() {
    let mut app = app(120, 40);
    press(&mut app, "?jjj");
    assert_eq!(app.help_scroll, 3);
    resize(&mut app, 200, 100);
    assert_eq!(help_max_scroll(&app), 0, "the whole help fits at 200x100");
    assert_eq!(app.help_scroll, 0);
    assert!(shows(&render(&app), "Browsing"));
}

// ---------------------------------------------------------------- quitting

#[test]
fn q_quits_from_browse() {
    let mut app = app(120, 40);
    press(&mut app, "q");
    assert!(app.should_quit);
}

#[test]
fn ctrl_c_quits_from_browse_search_and_help() {
    for prefix in ["", "/bud", "?"] {
        let mut app = app(120, 40);
        press(&mut app, prefix);
        assert!(!app.should_quit, "{prefix:?}");
        press(&mut app, "<C-c>");
        assert!(app.should_quit, "Ctrl-c after {prefix:?}");
    }
}

#[test]
fn key_releases_do_nothing() {
    let mut app = app(120, 40);
    let release = |code: KeyCode| {
        Event::Key(KeyEvent::new_with_kind(
            code,
            KeyModifiers::NONE,
            KeyEventKind::Release,
        ))
    };
    for code in [
        KeyCode::Char('j'),
        KeyCode::Char(' '),
        KeyCode::Char('/'),
        KeyCode::Char('?'),
        KeyCode::Char('m'),
        KeyCode::Char('q'),
        KeyCode::Tab,
        KeyCode::Down,
    ] {
        let event = release(code);
        assert_eq!(rolefit::event::action_for(&app, &event), None, "{code:?}");
        send(&mut app, &event);
    }
    assert_eq!(app.mode, Mode::Browse);
    assert_eq!(app.focus, Pane::Duties);
    assert_eq!(app.pane(Pane::Duties).selected, 0);
    assert_eq!(app.marks.iter().count(), 0);
    assert!(!app.should_quit);
    // And in search: a release types nothing.
    press(&mut app, "/");
    send(&mut app, &release(KeyCode::Char('x')));
    assert_eq!(app.query.text(), "");
}

// ---------------------------------------------------------------- mouse

#[test]
fn clicking_a_skills_row_focuses_skills_and_selects_it() {
    let mut app = app(120, 40);
    let skills = layout(&app).unwrap().panes[Pane::Skills.position()].unwrap();
    assert_eq!((skills.x, skills.y), (40, 2));
    // The third row, on its title (past the glyph).
    click(&mut app, skills.x + 10, skills.y + 3);
    assert_eq!(app.focus, Pane::Skills);
    assert_eq!(app.pane(Pane::Skills).selected, 2);
    assert_eq!(
        app.marks.iter().count(),
        0,
        "a click on the title does not mark"
    );
    // The screen agrees: the row clicked shows the item selected.
    let title = app.deck.item(app.selected_item().unwrap()).title;
    let screen = lines(render(&app).buffer());
    assert!(screen[usize::from(skills.y + 3)].contains(title));
}

#[test]
fn clicking_the_glyph_toggles_the_mark() {
    let mut app = app(120, 40);
    let skills = layout(&app).unwrap().panes[Pane::Skills.position()].unwrap();
    let (x, y) = (skills.x + 2, skills.y + 2); // the `x` place of the second row's `[ ]`
    let screen = lines(render(&app).buffer());
    let row: Vec<char> = screen[usize::from(y)].chars().collect();
    assert_eq!(
        row[usize::from(skills.x + 1)..usize::from(skills.x + 4)],
        ['[', ' ', ']']
    );

    click(&mut app, x, y);
    let leadership = item(&app, "leadership");
    assert_eq!(app.focus, Pane::Skills);
    assert_eq!(app.selected_item(), Some(leadership));
    assert!(app.marks.is_marked(leadership));
    fits_match_marks(&app);
    let screen = lines(render(&app).buffer());
    assert!(screen[usize::from(y)].contains("[x] Leadership"));

    click(&mut app, skills.x + 1, y);
    assert!(!app.marks.is_marked(leadership), "a second click unmarks");
    fits_match_marks(&app);
}

#[test]
fn clicking_a_border_or_below_the_rows_selects_nothing() {
    let mut app = app(120, 40);
    let skills = layout(&app).unwrap().panes[Pane::Skills.position()].unwrap();
    press(&mut app, "2j1");
    click(&mut app, skills.x, skills.y + 3); // left border
    assert_eq!(app.focus, Pane::Skills, "the border belongs to the pane");
    assert_eq!(app.pane(Pane::Skills).selected, 1);
    click(&mut app, skills.x + 10, skills.y + skills.height - 2); // 21st row of 18 items
    assert_eq!(app.pane(Pane::Skills).selected, 1);
    assert_eq!(app.marks.iter().count(), 0);
}

#[test]
fn the_wheel_moves_the_selection_of_the_pane_under_the_pointer() {
    let mut app = app(120, 40);
    let skills = layout(&app).unwrap().panes[Pane::Skills.position()].unwrap();
    wheel(&mut app, skills.x + 5, skills.y + 5, true);
    assert_eq!(app.focus, Pane::Skills);
    let after_one = app.pane(Pane::Skills).selected;
    assert!(after_one > 0);
    wheel(&mut app, skills.x + 5, skills.y + 5, true);
    assert!(app.pane(Pane::Skills).selected > after_one);
    for _ in 0..20 {
        wheel(&mut app, skills.x + 5, skills.y + 5, true);
    }
    assert_eq!(app.pane(Pane::Skills).selected, 17, "stops at the end");
    wheel(&mut app, skills.x + 5, skills.y + 5, false);
    assert!(app.pane(Pane::Skills).selected < 17);
    assert_eq!(app.pane(Pane::Duties).selected, 0);
}

#[test]
fn the_wheel_scrolls_the_help_while_it_is_open() {
    let mut app = app(80, 24);
    press(&mut app, "?");
    wheel(&mut app, 40, 12, true);
    assert!(app.help_scroll > 0);
    assert!(app.help_scroll <= help_max_scroll(&app));
    assert_eq!(app.pane(Pane::Duties).selected, 0);
    click(&mut app, 5, 5);
    assert_eq!(app.mode, Mode::Help, "clicks are ignored under the help");
}

/// The column where `label` starts on the tab bar of the rendered screen.
fn tab_column(app: &App, label: &str) -> u16 {
    let tabs = layout(app)
        .unwrap()
        .tabs
        .expect("the narrow layout has tabs");
    let line = &lines(render(app).buffer())[usize::from(tabs.y)];
    let byte = line
        .find(label)
        .unwrap_or_else(|| panic!("{label} in {line:?}"));
    line[..byte].chars().count() as u16
}

#[test]
fn clicking_a_tab_label_in_the_narrow_layout_focuses_that_pane() {
    let mut app = app(80, 24);
    let tabs = layout(&app).unwrap().tabs.unwrap();
    assert_eq!(tabs.y, 2);
    let x = tab_column(&app, "Skills");
    click(&mut app, x, tabs.y);
    assert_eq!(app.focus, Pane::Skills);
    let x = tab_column(&app, "Differences");
    click(&mut app, x + 3, tabs.y);
    assert_eq!(app.focus, Pane::Differences);
    let x = tab_column(&app, "Duties");
    click(&mut app, x, tabs.y);
    assert_eq!(app.focus, Pane::Duties);
    // Only the focused pane is on screen in the narrow layout.
    let screen = layout(&app).unwrap();
    assert!(screen.panes[Pane::Duties.position()].is_some());
    assert!(screen.panes[Pane::Skills.position()].is_none());
}

#[test]
fn clicking_a_row_in_the_narrow_layout_selects_it() {
    let mut app = app(80, 24);
    press(&mut app, "2");
    let list = layout(&app).unwrap().panes[Pane::Skills.position()].unwrap();
    click(&mut app, list.x + 10, list.y + 4);
    assert_eq!(app.pane(Pane::Skills).selected, 3);
}

#[test]
fn clicks_and_the_wheel_on_a_scrolled_list_count_from_the_offset() {
    let mut app = app(80, 24);
    press(&mut app, "2G");
    let view = app.pane(Pane::Skills).clone();
    assert!(view.offset > 0);
    let list = layout(&app).unwrap().panes[Pane::Skills.position()].unwrap();
    click(&mut app, list.x + 10, list.y + 1);
    assert_eq!(app.pane(Pane::Skills).selected, view.offset);
}

// ---------------------------------------------------------------- resize

#[test]
fn resizing_to_1x1_and_back_keeps_the_state_sane() {
    let mut app = app(120, 40);
    press(&mut app, "2G<Space>3j<Space>/a<Enter>");
    let before_marks = app.marks.clone();
    let before_focus = app.focus;
    let before_rows: Vec<Vec<usize>> = app.panes.iter().map(|p| p.rows.clone()).collect();

    resize(&mut app, 1, 1);
    assert_eq!((app.size.width, app.size.height), (1, 1));
    let tiny = render(&app);
    assert_eq!(tiny.buffer().area.width, 1);
    // Keys and the mouse while tiny do not break anything.
    press(&mut app, "jG<PgDn><PgUp>");
    click(&mut app, 0, 0);
    wheel(&mut app, 0, 0, true);
    render(&app);

    resize(&mut app, 120, 40);
    assert_eq!(app.marks, before_marks);
    assert_eq!(app.focus, before_focus);
    let after_rows: Vec<Vec<usize>> = app.panes.iter().map(|p| p.rows.clone()).collect();
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
