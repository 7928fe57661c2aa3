//! The guided assessment through keys: every card once in a seeded order, y/n/s/b on duties and
//! skills, numbered sides on differences (blind and shuffled), leaving and resuming, the result.

use std::path::Path;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use rolefit::app::App;
use rolefit::deck::{Deck, ItemKind, Pane};
use rolefit::event::action_for;
use rolefit::guided::side_order;
use rolefit::marks::Mark;
use rolefit::mode::Mode;
use rolefit::session::{self, Assessment, Session};
use rolefit::update::update;

mod common;

use common::perform;
use common::sessions::{DECK_ID, resumed_app};

fn app_with(session: Session, path: Option<&Path>) -> App {
    resumed_app(Some(session), path)
}

fn seeded(seed: u64) -> Session {
    let deck = Deck::builtin().unwrap();
    Session {
        assessment: Assessment { seed, position: 0 },
        ..Session::new(&deck)
    }
}

fn press(app: &mut App, code: KeyCode) {
    let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    if let Some(action) = action_for(app, &event) {
        update(app, action);
    }
}

fn key(app: &mut App, c: char) {
    press(app, KeyCode::Char(c));
}

fn is_difference(app: &App, item: usize) -> bool {
    app.deck().item(item).is_difference()
}

/// The first position at or after `from` whose card satisfies `want`.
fn position_where(app: &App, from: usize, want: impl Fn(usize) -> bool) -> usize {
    (from..app.guided().order.len())
        .find(|&p| want(app.guided().order[p]))
        .expect("such a card exists")
}

/// Skips forward with `s` to `position`, checking that skipping changes no mark.
fn skip_to(app: &mut App, position: usize) {
    let marks = app.marks().clone();
    while app.guided().position < position {
        key(app, 's');
    }
    assert_eq!(app.guided().position, position);
    assert_eq!(app.marks(), &marks, "skipping changes no mark");
}

/// A seed and a difference whose blind numbering is not deck order, so `1` is not the first side.
fn seed_with_shuffled_sides() -> (u64, usize) {
    let deck = Deck::builtin().unwrap();
    for seed in 1..1000u64 {
        let assessment = Assessment { seed, position: 0 };
        for item in deck.pane_range(Pane::Differences) {
            let sides = deck.item(item).sides().len();
            let order = side_order(&assessment, item, sides, false);
            if order != (0..sides).collect::<Vec<_>>() {
                return (seed, item);
            }
        }
    }
    panic!("no seed shuffles any difference's sides");
}

#[test]
fn a_starts_the_assessment_on_the_first_card() {
    let mut app = app_with(seeded(7), None);
    assert_eq!(app.mode(), Mode::Browse);
    key(&mut app, 'a');
    assert_eq!(app.mode(), Mode::Assess);
    assert_eq!(app.guided().position, 0);
    assert_eq!(app.guided().current(), Some(app.guided().order[0]));
    // Every item once.
    let mut sorted = app.guided().order.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, (0..app.deck().items().len()).collect::<Vec<_>>());
    assert_eq!(app.guided().order.len(), 40);
}

#[test]
fn y_n_s_b_and_backspace_on_duty_and_skill_cards() {
    let mut app = app_with(seeded(7), None);
    key(&mut app, 'a');
    let p = position_where(&app, 0, |item| !app.deck().item(item).is_difference());
    skip_to(&mut app, p);
    let item = app.guided().current().unwrap();

    key(&mut app, 'y');
    assert_eq!(app.marks().get(item), Some(Mark::Have));
    assert_eq!(app.guided().position, p + 1, "y advances");
    assert!(app.fits().iter().any(|f| f.have == 1), "the fit follows");

    key(&mut app, 'b');
    assert_eq!(app.guided().position, p, "b goes back");
    assert_eq!(
        app.marks().get(item),
        Some(Mark::Have),
        "going back keeps the answer"
    );
    key(&mut app, 'n');
    assert_eq!(app.marks().get(item), None, "n unmarks");
    assert_eq!(app.guided().position, p + 1);
    assert!(app.fits().iter().all(|f| f.have == 0));

    press(&mut app, KeyCode::Backspace);
    assert_eq!(app.guided().position, p, "Backspace goes back");
    key(&mut app, 'y');
    press(&mut app, KeyCode::Backspace);
    key(&mut app, 's');
    assert_eq!(
        app.marks().get(item),
        Some(Mark::Have),
        "s keeps the answer"
    );
    assert_eq!(app.guided().position, p + 1);

    // Back at the first card, b stays there.
    for _ in 0..p + 3 {
        key(&mut app, 'b');
    }
    assert_eq!(app.guided().position, 0);
    assert_eq!(app.mode(), Mode::Assess);
}

#[test]
fn digits_pick_the_side_shown_at_that_number() {
    let (seed, shuffled) = seed_with_shuffled_sides();
    let mut app = app_with(seeded(seed), None);
    key(&mut app, 'a');
    let p = app
        .guided()
        .order
        .iter()
        .position(|&item| item == shuffled)
        .unwrap();
    skip_to(&mut app, p);
    let item = app.guided().current().unwrap();
    let ItemKind::Difference { sides } = &app.deck().item(item).kind else {
        panic!("a difference card");
    };
    let sides = sides.to_vec();
    let order = side_order(&app.session().assessment, item, sides.len(), false);
    assert_ne!(order, (0..sides.len()).collect::<Vec<_>>());

    for number in 1..=sides.len() {
        key(&mut app, char::from(b'0' + number as u8));
        let expected = sides[order[number - 1]].role;
        assert_eq!(
            app.marks().get(item),
            Some(Mark::Lean(expected)),
            "side {number}"
        );
        assert_eq!(app.guided().position, p + 1, "a side advances");
        key(&mut app, 'b');
    }
    // Blind: `1` is not the deck's first side here.
    key(&mut app, '1');
    assert_ne!(app.marks().get(item), Some(Mark::Lean(sides[0].role)));
    key(&mut app, 'b');

    key(&mut app, '0');
    assert_eq!(app.marks().get(item), None, "0 clears the lean");
    assert_eq!(app.guided().position, p + 1);
    key(&mut app, 'b');

    // A number past the sides changes nothing and says why.
    key(&mut app, char::from(b'0' + sides.len() as u8 + 1));
    assert_eq!(app.marks().get(item), None);
    assert_eq!(app.guided().position, p);
    assert!(
        app.status().unwrap().contains("sides"),
        "{:?}",
        app.status()
    );
}

#[test]
fn the_side_order_is_the_same_for_every_visit_and_revealed_is_deck_order() {
    let (seed, item) = seed_with_shuffled_sides();
    let assessment = Assessment { seed, position: 0 };
    let a = side_order(&assessment, item, 2, false);
    assert_eq!(a, side_order(&assessment, item, 2, false));
    assert_eq!(side_order(&assessment, item, 2, true), vec![0, 1]);

    // With roles revealed, `1` is the deck's first side.
    let mut app = app_with(seeded(seed), None);
    app.set_reveal(true);
    key(&mut app, 'a');
    let p = app.guided().order.iter().position(|&i| i == item).unwrap();
    skip_to(&mut app, p);
    key(&mut app, '1');
    let first = app.deck().item(item).sides()[0].role;
    assert_eq!(app.marks().get(item), Some(Mark::Lean(first)));
}

#[test]
fn y_on_a_difference_card_does_not_mark_and_explains() {
    let mut app = app_with(seeded(11), None);
    key(&mut app, 'a');
    let p = position_where(&app, 0, |item| app.deck().item(item).is_difference());
    skip_to(&mut app, p);
    let item = app.guided().current().unwrap();
    key(&mut app, 'y');
    assert_eq!(app.marks().get(item), None);
    assert_eq!(
        app.guided().position,
        p,
        "y does not advance on a difference"
    );
    assert!(app.status().is_some());
    key(&mut app, 'n');
    assert_eq!(app.marks().get(item), None);
    assert_eq!(app.guided().position, p);
    assert!(app.status().is_some());

    // Digits on a duty or skill card change nothing and say what to press.
    let q = position_where(&app, 0, |item| !app.deck().item(item).is_difference());
    while app.guided().position > q {
        key(&mut app, 'b');
    }
    skip_to(&mut app, q);
    let trait_item = app.guided().current().unwrap();
    key(&mut app, '1');
    assert_eq!(app.marks().get(trait_item), None);
    assert_eq!(app.guided().position, q);
    assert!(app.status().is_some());
}

#[test]
fn esc_returns_to_the_explorer_and_a_resumes_at_the_same_card() {
    let mut app = app_with(seeded(3), None);
    key(&mut app, 'a');
    for _ in 0..5 {
        key(&mut app, 's');
    }
    let card = app.guided().current();
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Browse);
    // The explorer keys work again: j moves a row, Space marks.
    key(&mut app, 'j');
    assert_eq!(app.pane(app.focus()).selected, 1);
    key(&mut app, 'a');
    assert_eq!(app.mode(), Mode::Assess);
    assert_eq!(app.guided().position, 5);
    assert_eq!(app.guided().current(), card);
}

/// Answers every card: y on even positions, n on odd ones, side 1 on differences.
fn answer_all(app: &mut App) -> [usize; 3] {
    let mut had = [0usize; 3];
    for position in 0..app.guided().order.len() {
        assert_eq!(
            app.mode(),
            Mode::Assess,
            "still assessing at card {position}"
        );
        assert_eq!(app.guided().position, position);
        let item = app.guided().current().unwrap();
        let pane = app.deck().item(item).pane;
        if is_difference(app, item) {
            key(app, '1');
            had[pane.position()] += 1;
        } else if position % 2 == 0 {
            key(app, 'y');
            had[pane.position()] += 1;
        } else {
            key(app, 'n');
        }
    }
    had
}

#[test]
fn answering_all_forty_cards_shows_the_result() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut app = app_with(seeded(5), Some(&path));
    key(&mut app, 'a');
    let had = answer_all(&mut app);
    assert_eq!(app.mode(), Mode::Result);
    assert!(app.guided().is_finished());
    assert_eq!(app.guided().position, 40);

    // The answers are the marks the explorer shows.
    for pane in Pane::ALL {
        let (marked, total) = app.marked_count(pane);
        assert_eq!(marked, had[pane.position()], "{pane}");
        assert_eq!(total, app.deck().pane_range(pane).len());
    }
    assert_eq!(had[Pane::Differences.position()], 7);

    perform(&mut app);
    let saved = session::load(&path, DECK_ID).unwrap().unwrap();
    assert_eq!(saved.assessment.position, 40);
    assert_eq!(saved.answers.len(), had.iter().sum::<usize>());

    // The explorer resumed from the file shows the same counts.
    let resumed = app_with(saved, Some(&path));
    for pane in Pane::ALL {
        assert_eq!(resumed.marked_count(pane), app.marked_count(pane));
    }
    assert_eq!(resumed.marks(), app.marks());

    // Esc closes the result; `a` starts over at the first card.
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Browse);
    key(&mut app, 'a');
    assert_eq!(app.mode(), Mode::Assess);
    assert_eq!(app.guided().position, 0);
}

#[test]
fn the_order_and_position_resume_from_the_saved_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut app = app_with(Session::new(&Deck::builtin().unwrap()), Some(&path));
    key(&mut app, 'a');
    for _ in 0..3 {
        let item = app.guided().current().unwrap();
        if is_difference(&app, item) {
            key(&mut app, '2');
        } else {
            key(&mut app, 'y');
        }
    }
    key(&mut app, 's');
    perform(&mut app);

    let saved = session::load(&path, DECK_ID).unwrap().unwrap();
    assert_eq!(saved.assessment.seed, app.session().assessment.seed);
    assert_eq!(saved.assessment.position, 4);
    let mut resumed = app_with(saved, Some(&path));
    assert_eq!(resumed.guided().order, app.guided().order);
    assert_eq!(resumed.guided().position, 4);
    assert_eq!(resumed.marks(), app.marks());
    key(&mut resumed, 'a');
    assert_eq!(resumed.guided().current(), app.guided().current());

    // The blind side numbering is the same after resuming too.
    for item in resumed.deck().pane_range(Pane::Differences) {
        let sides = resumed.deck().item(item).sides().len();
        assert_eq!(
            side_order(&resumed.session().assessment, item, sides, false),
            side_order(&app.session().assessment, item, sides, false)
        );
    }
}

#[test]
fn going_back_is_saved_as_the_position() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut app = app_with(seeded(9), Some(&path));
    key(&mut app, 'a');
    key(&mut app, 's');
    key(&mut app, 's');
    key(&mut app, 'b');
    perform(&mut app);
    let saved = session::load(&path, DECK_ID).unwrap().unwrap();
    assert_eq!(saved.assessment.position, 1);
}
