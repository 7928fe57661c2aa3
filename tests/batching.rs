//! Queued keys applied as one batch (a paste, fast typing): the query is ranked once, and any
//! other action first brings the rows up to date, so nothing acts on outdated rows.

mod common;

use common::{app, app_with, lines, press, press_batch, render, row_ids, selected_id};
use rolefit::deck::Pane;
use rolefit::search::{Narrowing, ranking_takes_frames};
use rolefit::update::{settle, settle_unless};

#[test]
fn typed_keys_in_a_batch_rank_once_when_settled() {
    let mut batched = app(120, 40);
    press_batch(&mut batched, "/bud");
    // Not ranked yet: the rows are still every duty.
    assert_eq!(row_ids(&batched, Pane::Duties).len(), 15);
    settle(&mut batched);

    let mut direct = app(120, 40);
    press(&mut direct, "/bud");
    for pane in Pane::ALL {
        assert_eq!(row_ids(&batched, pane), row_ids(&direct, pane), "{pane}");
    }
    assert_eq!(row_ids(&batched, Pane::Duties)[0], "managing-a-budget");
}

#[test]
fn an_action_after_typing_in_the_same_batch_sees_the_new_rows() {
    let mut app = app(120, 40);
    // A paste of "bud", Enter, then Space: the mark must land on the best match.
    press_batch(&mut app, "/bud<Enter><Space>");
    settle(&mut app);
    let budget = app.deck().item_index("managing-a-budget").unwrap();
    assert!(app.marks().is_marked(budget));
    assert_eq!(app.marks().iter().count(), 1);
    assert_eq!(
        selected_id(&app, Pane::Duties).as_deref(),
        Some("managing-a-budget")
    );
}

#[test]
fn narrowing_gives_the_same_hits_as_a_full_search() {
    let deck = rolefit::deck::Deck::builtin().unwrap();
    let searcher = rolefit::search::Searcher::new(&deck);
    let mut narrowing = Narrowing::default();
    for query in [
        "c", "cr", "cre", "crew", "cre", "c", "s", "sc", "scout", "sc", "s c", "s cr",
    ] {
        let narrowed = narrowing.rank(&searcher, &deck, query).to_vec();
        assert_eq!(narrowed, searcher.rank(&deck, query, None), "{query:?}");
    }
}

#[test]
fn a_ranking_stopped_by_newer_input_leaves_the_rows_stale_until_settled() {
    let mut app = app(120, 40);
    press_batch(&mut app, "/bud");
    assert!(!settle_unless(&mut app, &|| true), "stopped at once");
    // Nothing changed but the rows are still waiting for their ranking.
    assert_eq!(row_ids(&app, Pane::Duties).len(), 15);
    assert!(app.rows_are_stale());

    assert!(settle_unless(&mut app, &|| false));
    assert!(!app.rows_are_stale());
    assert_eq!(row_ids(&app, Pane::Duties)[0], "managing-a-budget");
}

#[test]
fn an_abandoned_ranking_is_not_remembered_for_narrowing() {
    let deck = rolefit::deck::Deck::builtin().unwrap();
    let searcher = rolefit::search::Searcher::new(&deck);
    let mut narrowing = Narrowing::default();
    narrowing.rank(&searcher, &deck, "c");
    assert_eq!(
        narrowing.rank_unless(&searcher, &deck, "cr", &|| true),
        None
    );
    // "cr" is ranked in full now, from the hits of "c", as if never abandoned.
    for query in ["cr", "cre", "c"] {
        let narrowed = narrowing.rank(&searcher, &deck, query).to_vec();
        assert_eq!(narrowed, searcher.rank(&deck, query, None), "{query:?}");
    }
}

#[test]
fn on_a_large_deck_the_query_line_is_drawn_before_the_ranking_with_a_searching_note() {
    use rolefit::app::Options;
    use rolefit::deck::{Deck, synthetic};
    let deck = Deck::parse(&synthetic::deck_source(10_000, 3), "synthetic").unwrap();
    let options = Options {
        color: false,
        mouse: false,
        ascii: false,
    };
    let mut large = app_with(deck, 120, 40, options);
    press_batch(&mut large, "/sc");
    assert!(large.rows_are_stale());
    assert!(ranking_takes_frames(large.deck().len()));
    let query_line = |app: &rolefit::app::App| lines(render(app).buffer())[1].clone();
    let before = query_line(&large);
    assert!(before.starts_with("Search: sc "), "{before:?}");
    assert!(before.trim_end().ends_with("searching…"), "{before:?}");

    settle(&mut large);
    assert!(!large.rows_are_stale());
    let after = query_line(&large);
    assert!(after.trim_end().ends_with(" matches"), "{after:?}");
    assert!(!after.contains("searching"), "{after:?}");

    // The built-in deck ranks faster than a frame is drawn: no separate query line there.
    let small = app(120, 40);
    assert!(!ranking_takes_frames(small.deck().len()));
}
