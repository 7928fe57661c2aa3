//! A session written before deal-breakers existed (the format of the release before them, kept
//! as a fixture) loads unchanged, and gains a refusal without losing anything.

use std::path::PathBuf;
use std::time::SystemTime;

use rolefit::deck::Pane;
use rolefit::marks::Mark;
use rolefit::session::{self, SavedMark, Unusable};

mod common;

use common::builtin_deck;
use common::decks::index;

const DECK_ID: &str = "director-vs-producer";

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sessions/before-refusals.ron")
}

#[test]
fn a_session_from_before_refusals_loads_unchanged() {
    let deck = builtin_deck();
    let session = session::load(&fixture(), DECK_ID)
        .expect("the old format loads")
        .expect("the fixture exists");
    let restored = session.restore(&deck);
    assert_eq!(restored.focus, Pane::Skills);
    let marks = restored.marks;
    assert_eq!(marks.get(index(&deck, "framing-shots")), Some(Mark::Have));
    assert_eq!(marks.get(index(&deck, "leadership")), Some(Mark::Have));
    assert_eq!(
        marks.get(index(&deck, "focus")),
        Some(Mark::Lean(deck.role_index("producer").unwrap()))
    );
    assert_eq!(marks.iter().count(), 3);
    assert_eq!(restored.ignored.len(), 1);
    assert_eq!(restored.ignored[0].id, "retired-duty");
    assert_eq!(restored.ignored[0].why, Unusable::NoSuchItem);
    assert_eq!(
        (session.assessment.seed, session.assessment.position),
        (12345, 3)
    );
}

#[test]
fn a_session_from_before_refusals_gains_one_and_keeps_the_rest() {
    let deck = builtin_deck();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.ron");
    std::fs::copy(fixture(), &path).unwrap();
    let mut session = session::load(&path, DECK_ID).unwrap().unwrap();
    let before = session.clone();
    let mut marks = session.restore(&deck).marks;
    let marketing = index(&deck, "marketing");
    marks.set(marketing, Some(Mark::Refuse));
    session.record(&deck, &marks, marketing, SystemTime::now());
    session::save(&session, &path).unwrap();

    let saved = session::load(&path, DECK_ID).unwrap().unwrap();
    assert_eq!(saved.answers["marketing"].mark, SavedMark::Refuse);
    for (id, answer) in &before.answers {
        assert_eq!(
            saved.answers.get(id),
            Some(answer),
            "{id} is kept as it was"
        );
    }
    assert_eq!(saved.answers.len(), before.answers.len() + 1);
    assert_eq!(saved.assessment, before.assessment);
    assert_eq!(saved.selected, before.selected);
    let restored = saved.restore(&deck);
    assert_eq!(restored.marks.get(marketing), Some(Mark::Refuse));
    assert_eq!(restored.marks.iter().count(), 4);
}
