//! The swap suggestion of the explained result: applied, it swaps the lead; no smaller set of
//! answers does (by brute force on small decks); and an even result gets none.

use std::collections::BTreeSet;

use rolefit::deck::{Deck, Pane};
use rolefit::fit::Reading;
use rolefit::marks::{Mark, Marks};
use rolefit::report;
use rolefit::summary::summarise;
use rolefit::swap::Change;
use serde_json::Value;

mod common;

use common::builtin_deck;
use common::decks::{index, three_roles};
use common::summary::{every_mark_set, marked, role, small};
use common::swap::{applied, assert_swap_is_smallest_for_all, leader, show, smallest_swap};

#[test]
fn the_swap_suggestion_is_the_smallest_on_every_mark_set_of_a_small_deck() {
    let deck = small();
    let all = every_mark_set(&deck);
    assert_eq!(all.len(), 64 * 9);
    assert_swap_is_smallest_for_all(&deck, &all);
}

#[test]
fn the_swap_suggestion_is_the_smallest_with_three_roles() {
    let deck = three_roles();
    let all = every_mark_set(&deck);
    assert_swap_is_smallest_for_all(&deck, &all);
}

/// A two-role deck built from `(id, roles, weight)` traits and difference weights.
fn two_roles(traits: &[(&str, &[&str], u32)], differences: &[(&str, u32)]) -> Deck {
    let duties: String = traits
        .iter()
        .map(|(id, roles, weight)| {
            let roles: Vec<String> = roles.iter().map(|r| format!("{r:?}")).collect();
            format!(
                "(id: {id:?}, title: {id:?}, roles: [{}], weight: {weight}),",
                roles.join(", ")
            )
        })
        .collect();
    let differences: String = differences
        .iter()
        .map(|(id, weight)| {
            format!(
                "(id: {id:?}, title: {id:?}, sides: {{\"a\": \"A\", \"b\": \"B\"}}, weight: {weight}),"
            )
        })
        .collect();
    let text = format!(
        "(id: \"two\", title: \"Two\", roles: [(id: \"a\", name: \"Aaa\"), (id: \"b\", name: \"Bbb\")], \
         duties: [{duties}], differences: [{differences}])"
    );
    Deck::parse(&text, "two roles").unwrap()
}

#[test]
fn a_third_role_does_not_make_the_suggestion_longer() {
    // Producer leads 14% to 0% on one lean. Leaning `when-they-work` to Director alone puts
    // Director ahead (11% to 0%); the suggestion first marks Storytelling, which lifts Writer to
    // 38% above Director's 33%, and then needs the lean as well.
    let deck = three_roles();
    let marks = marked(&deck, &[], &[("when-they-work", "producer")]);
    let director = role(&deck, "director");
    let lean = Change::Lean(index(&deck, "when-they-work"), director);
    assert_eq!(leader(&applied(&marks, &[lean]), &deck), Some(director));
    let swap = summarise(&deck, &marks).to_swap_lead.unwrap();
    assert_eq!(swap.new_leader, director);
    // Another single answer may do as well; what matters is that one is enough and it works.
    assert_eq!(swap.changes.len(), 1, "{:?}", swap.changes);
    assert_eq!(
        leader(&applied(&marks, &swap.changes), &deck),
        Some(director)
    );
}

#[test]
fn a_rounding_tie_does_not_make_the_suggestion_longer() {
    let deck = two_roles(
        &[
            ("t0", &["a"], 8),
            ("t1", &["a", "b"], 10),
            ("t2", &["a", "b"], 4),
            ("t3", &["a", "b"], 1),
            ("t4", &["a"], 6),
            ("t5", &["a"], 4),
        ],
        &[("x0", 2), ("x1", 2)],
    );
    let marks = marked(&deck, &["t0", "t1", "t3", "t4"], &[]);
    // Aaa 25/37 = 67.6%, Bbb 11/19 = 57.9%.
    assert_eq!(leader(&marks, &deck), Some(0));
    // Having t2 alone: Aaa 29/37 = 78.4% (78), Bbb 15/19 = 78.9% (79).
    let one = [Change::Have(index(&deck, "t2"))];
    assert_eq!(leader(&applied(&marks, &one), &deck), Some(1));
    assert_eq!(smallest_swap(&deck, &marks, 1), Some(1));
    let swap = summarise(&deck, &marks).to_swap_lead.unwrap();
    assert_eq!(swap.changes.len(), 1, "suggested {:?}", swap.changes);
}

#[test]
fn a_swap_that_exists_is_suggested() {
    let deck = two_roles(
        &[
            ("t0", &["a"], 10),
            ("t1", &["a"], 1),
            ("t2", &["b"], 4),
            ("t3", &["b"], 8),
            ("t4", &["a", "b"], 6),
            ("t5", &["a", "b"], 7),
            ("t6", &["a", "b"], 1),
            ("t7", &["a", "b"], 3),
        ],
        &[],
    );
    let marks = marked(&deck, &["t0", "t1", "t3", "t4", "t5"], &[]);
    // Aaa 24/28 = 85.7%, Bbb 21/29 = 72.4%.
    assert_eq!(leader(&marks, &deck), Some(0));
    // Having t2 and t6: Aaa 25/28 = 89.3% (89), Bbb 26/29 = 89.7% (90).
    let two = [
        Change::Have(index(&deck, "t2")),
        Change::Have(index(&deck, "t6")),
    ];
    assert_eq!(leader(&applied(&marks, &two), &deck), Some(1));
    let summary = summarise(&deck, &marks);
    let swap = summary.to_swap_lead.clone().unwrap();
    assert!(
        !swap.changes.is_empty(),
        "the report says: {}",
        report::swap_sentence(&deck, &swap)
    );
    assert_eq!(leader(&applied(&marks, &swap.changes), &deck), Some(1));
    assert_eq!(swap.changes.len(), 2);
}

#[test]
fn the_swap_suggestion_swaps_the_lead_on_the_builtin_deck() {
    let deck = builtin_deck();
    let director_duties: Vec<&str> = deck
        .pane_items(Pane::Duties)
        .take(7)
        .map(|i| &*i.id)
        .collect();
    let cases: Vec<Marks> = vec![
        marked(&deck, &director_duties[..1], &[]),
        marked(&deck, &director_duties[..3], &[]),
        marked(&deck, &director_duties, &[]),
        marked(&deck, &director_duties[..2], &[("focus", "director")]),
        marked(
            &deck,
            &["marketing", "distribution", "leadership"],
            &[("crew", "producer"), ("focus", "producer")],
        ),
        marked(
            &deck,
            &director_duties[..4],
            &[
                ("focus", "director"),
                ("crew", "director"),
                ("how-they-lead", "director"),
            ],
        ),
    ];
    for marks in &cases {
        let summary = summarise(&deck, marks);
        let Reading::Leading {
            role: lead, over, ..
        } = summary.reading
        else {
            panic!("[{}] should have a leader", show(&deck, marks));
        };
        let swap = summary.to_swap_lead.expect("a suggestion");
        assert_eq!(swap.new_leader, over);
        assert!(!swap.changes.is_empty(), "[{}]", show(&deck, marks));
        let after = applied(marks, &swap.changes);
        assert_eq!(
            leader(&after, &deck),
            Some(over),
            "[{}] + {:?} should put the runner-up ahead of {lead}",
            show(&deck, marks),
            swap.changes
        );
        // No answer in it is redundant: leaving any one out no longer swaps.
        for skip in 0..swap.changes.len() {
            let mut fewer = swap.changes.clone();
            fewer.remove(skip);
            assert_ne!(
                leader(&applied(marks, &fewer), &deck),
                Some(over),
                "[{}]: {:?} is not needed",
                show(&deck, marks),
                swap.changes[skip]
            );
        }
        // Each change is a new answer.
        let items: BTreeSet<usize> = swap.changes.iter().map(|c| c.item()).collect();
        assert_eq!(items.len(), swap.changes.len());
        for change in &swap.changes {
            match *change {
                Change::Have(item) => assert_eq!(marks.get(item), None),
                Change::Accept(item) => assert_eq!(marks.get(item), Some(Mark::Refuse)),
                Change::Lean(item, to) => {
                    assert_eq!(to, over);
                    assert_ne!(marks.get(item), Some(Mark::Lean(over)));
                }
            }
        }
    }
}

#[test]
fn even_gives_no_suggestion() {
    for deck in [small(), builtin_deck(), three_roles()] {
        let summary = summarise(&deck, &Marks::for_deck(&deck));
        assert_eq!(summary.reading, Reading::Even);
        assert_eq!(summary.to_swap_lead, None);
        let json: Value = serde_json::from_str(&report::json(&deck, &summary).unwrap()).unwrap();
        assert_eq!(json["to_swap_lead"], Value::Array(vec![]));
        assert!(!report::markdown(&deck, &summary).contains("What would change the lead"));
    }
    // Even with marks: one director and one producer duty, 1/34 and 1/36, both 3%.
    let deck = builtin_deck();
    let marks = marked(&deck, &["framing-shots", "marketing"], &[]);
    let summary = summarise(&deck, &marks);
    assert_eq!(summary.reading, Reading::Even);
    assert_eq!(summary.to_swap_lead, None);
    let text = report::markdown(&deck, &summary);
    assert!(text.contains("**Even.**"), "{text}");
}
