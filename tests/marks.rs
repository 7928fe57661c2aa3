//! Marks on their own: toggling a trait, cycling a lean through the sides (skipping roles without
//! one), and counting, listing and clearing marks.

use rolefit::deck::Pane;
use rolefit::marks::{Mark, Marks};

mod common;

use common::decks::{
    MIXED, deck_with_partial_difference, index, marked, three_roles, two_role_deck,
};

#[test]
fn toggle_cycles_a_lean_through_the_sides_then_clears_it() {
    let deck = two_role_deck(MIXED);
    let focus = index(&deck, "focus");
    let mut marks = Marks::for_deck(&deck);
    let mut seen = Vec::new();
    for _ in 0..4 {
        marks.toggle(&deck, focus);
        seen.push(marks.get(focus));
    }
    assert_eq!(
        seen,
        [
            Some(Mark::Lean(0)),
            Some(Mark::Lean(1)),
            None,
            Some(Mark::Lean(0))
        ]
    );
}

#[test]
fn toggle_skips_roles_without_a_side() {
    let deck = deck_with_partial_difference();
    let mut marks = Marks::for_deck(&deck);
    let mut seen = Vec::new();
    for _ in 0..3 {
        marks.toggle(&deck, 0);
        seen.push(marks.lean(0));
    }
    assert_eq!(seen, [Some(0), Some(2), None]);
}

#[test]
fn toggle_cycles_all_three_sides_of_the_fixture() {
    let deck = three_roles();
    let focus = index(&deck, "focus");
    let mut marks = Marks::for_deck(&deck);
    let mut seen = Vec::new();
    for _ in 0..4 {
        marks.toggle(&deck, focus);
        seen.push(marks.lean(focus));
    }
    assert_eq!(seen, [Some(0), Some(1), Some(2), None]);
}

#[test]
fn toggle_flips_a_trait() {
    let deck = two_role_deck(MIXED);
    let leadership = index(&deck, "leadership");
    let mut marks = Marks::for_deck(&deck);
    marks.toggle(&deck, leadership);
    assert_eq!(marks.get(leadership), Some(Mark::Have));
    assert!(marks.is_marked(leadership));
    assert_eq!(marks.lean(leadership), None);
    marks.toggle(&deck, leadership);
    assert_eq!(marks.get(leadership), None);
    assert!(!marks.is_marked(leadership));
}

#[test]
fn marks_count_iterate_and_clear() {
    let deck = two_role_deck(MIXED);
    let marks_list = [
        ("framing", Mark::Have),
        ("leadership", Mark::Have),
        ("focus", Mark::Lean(1)),
    ];
    let mut marks = marked(&deck, &marks_list);
    assert_eq!(marks.count_in(deck.pane_range(Pane::Duties)), 1);
    assert_eq!(marks.count_in(deck.pane_range(Pane::Skills)), 1);
    assert_eq!(marks.count_in(deck.pane_range(Pane::Differences)), 1);
    assert_eq!(marks.count_in(0..deck.items().len()), 3);
    let listed: Vec<(usize, Mark)> = marks.iter().collect();
    assert_eq!(
        listed,
        [
            (index(&deck, "framing"), Mark::Have),
            (index(&deck, "leadership"), Mark::Have),
            (index(&deck, "focus"), Mark::Lean(1)),
        ]
    );
    marks.set(99, Some(Mark::Have));
    assert_eq!(marks.get(99), None, "setting past the end is ignored");
    marks.clear();
    assert_eq!(marks, Marks::for_deck(&deck));
    assert_eq!(marks.iter().count(), 0);
}
