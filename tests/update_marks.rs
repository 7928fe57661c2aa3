//! `update` marking: Space on traits and on differences of two and three roles, the fits following
//! every mark, and the marked-only filter.

mod common;

use common::*;
use rolefit::app::App;
use rolefit::deck::Pane;
use rolefit::fit;

fn director_percent(app: &App) -> f64 {
    app.fits()[0].percent
}

// ---------------------------------------------------------------- marking

#[test]
fn space_marks_a_duty_without_moving_and_space_again_unmarks() {
    let mut app = app(120, 40);
    press(&mut app, "j<Space>");
    let duty = item(&app, "auditioning-and-casting");
    assert!(app.marks().is_marked(duty));
    assert_eq!(
        app.pane(Pane::Duties).selected,
        1,
        "the selection does not move"
    );
    assert_eq!(app.marked_count(Pane::Duties), (1, 15));
    fits_match_marks(&app);
    press(&mut app, "<Space>");
    assert!(!app.marks().is_marked(duty));
    assert_eq!(app.marked_count(Pane::Duties), (0, 15));
    fits_match_marks(&app);
}

#[test]
fn space_on_a_difference_cycles_the_lean_director_producer_none() {
    let mut app = app(120, 40);
    press(&mut app, "3");
    let focus = item(&app, "focus");
    assert_eq!(app.selected_item(), Some(focus));
    assert_eq!(app.marks().lean(focus), None);

    press(&mut app, "<Space>");
    assert_eq!(app.marks().lean(focus), Some(0), "director");
    assert_eq!(app.deck().roles[0].id, "director");
    assert!(app.fits()[0].percent > 0.0);
    assert_eq!(app.fits()[1].percent, 0.0);
    fits_match_marks(&app);

    press(&mut app, "<Space>");
    assert_eq!(app.marks().lean(focus), Some(1), "producer");
    assert_eq!(app.deck().roles[1].id, "producer");
    assert_eq!(app.fits()[0].percent, 0.0);
    assert!(app.fits()[1].percent > 0.0);
    fits_match_marks(&app);

    press(&mut app, "<Space>");
    assert_eq!(app.marks().lean(focus), None, "back to no lean");
    assert!(app.fits().iter().all(|f| f.percent == 0.0));
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
        leans.push(app.marks().lean(focus));
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
    assert!(app.fits()[1].percent > 0.0);
    let expected = fit::score(app.deck(), app.marks());
    assert_eq!(app.fits(), expected);
    // Unmarking lowers it again straight away.
    press(&mut app, "1<Space>");
    fits_match_marks(&app);
    assert!(director_percent(&app) < previous);
}

#[test]
fn space_with_nothing_selected_says_so_in_the_status() {
    let mut app = app(120, 40);
    press(&mut app, "/xyzq<Enter><Space>");
    assert_eq!(app.marks().iter().count(), 0);
    assert!(app.status().is_some());
    press(&mut app, "j");
    assert!(app.status().is_none(), "the next action clears the status");
}

// ---------------------------------------------------------------- marked only

#[test]
fn m_shows_only_marked_items_and_m_again_shows_all() {
    let mut app = app(120, 40);
    press(&mut app, "jj<Space>2<Space>3<Space>1");
    press(&mut app, "m");
    assert!(app.only_marked());
    assert_eq!(row_ids(&app, Pane::Duties), ["organizing-the-crew"]);
    assert_eq!(row_ids(&app, Pane::Skills), ["experience-in-filmmaking"]);
    assert_eq!(row_ids(&app, Pane::Differences), ["focus"]);
    for pane in Pane::ALL {
        assert_eq!(app.pane(pane).selected, 0);
    }
    press(&mut app, "m");
    assert!(!app.only_marked());
    assert_eq!(total_rows(&app), app.deck().items().len());
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
    assert_eq!(app.marks().iter().count(), 0);
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
