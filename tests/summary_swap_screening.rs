//! The swap suggestion with deal-breakers: still the smallest set of new answers (by brute
//! force, doing a deal-breaker after all among them), and one that really changes the lead.

use rolefit::deck::Deck;
use rolefit::fit::{self, Reading};
use rolefit::marks::{Mark, Marks};
use rolefit::report;
use rolefit::summary::summarise;
use rolefit::swap::Change;

mod common;

use common::builtin_deck;
use common::decks::index;
use common::summary::{every_mark_set_with_refusals, marked, role, small};
use common::swap::{applied, assert_swap_is_smallest_for_all, leader};

#[test]
fn the_swap_suggestion_is_the_smallest_with_deal_breakers_on_every_mark_set_of_a_small_deck() {
    let deck = small();
    let all = every_mark_set_with_refusals(&deck);
    assert_eq!(all.len(), 729 * 9);
    let screened = all
        .iter()
        .filter(|m| {
            matches!(
                fit::reading(&fit::score(&deck, m)),
                Reading::Screened { .. }
            )
        })
        .count();
    assert!(screened > 500, "only {screened} screened mark sets");
    assert_swap_is_smallest_for_all(&deck, &all);
}

#[test]
fn a_screened_best_fit_needs_its_deal_breakers_done_to_lead() {
    let deck = builtin_deck();
    let producer = role(&deck, "producer");
    let mut marks = marked(
        &deck,
        &[
            "marketing",
            "distribution",
            "managing-a-budget",
            "leadership",
        ],
        &[],
    );
    let refused = index(&deck, "supervising-business-operations");
    marks.set(refused, Some(Mark::Refuse));
    let summary = summarise(&deck, &marks);
    assert!(
        matches!(summary.reading, Reading::Screened { over, .. } if over == producer),
        "{:?}",
        summary.reading
    );
    let swap = summary.to_swap_lead.expect("a suggestion");
    assert_eq!(swap.new_leader, producer);
    assert_eq!(swap.changes, [Change::Accept(refused)]);
    assert_eq!(
        leader(&applied(&marks, &swap.changes), &deck),
        Some(producer)
    );
    assert_eq!(
        report::swap_sentence(&deck, &swap),
        "Do Supervising business operations after all, and Producer leads."
    );
}

#[test]
fn on_a_deck_too_large_to_search_exhaustively_the_suggestion_still_swaps_the_lead() {
    let source = rolefit::deck::synthetic::deck_source(600, 7);
    let deck = Deck::parse(&source, "synthetic").unwrap();
    let mut marks = Marks::for_deck(&deck);
    for (item, entry) in deck.items().enumerate() {
        if item % 4 == 0 && !entry.is_difference() && entry.counts_for(0) {
            marks.set(item, Some(Mark::Have));
        }
    }
    for with_refusal in [false, true] {
        let mut marks = marks.clone();
        if with_refusal {
            let refused = deck
                .items()
                .enumerate()
                .position(|(i, e)| marks.get(i).is_none() && !e.is_difference() && e.counts_for(1))
                .unwrap();
            marks.set(refused, Some(Mark::Refuse));
        }
        let summary = summarise(&deck, &marks);
        assert_eq!(summary.reading.lead(), Some(0), "{:?}", summary.reading);
        let swap = summary.to_swap_lead.expect("a suggestion");
        assert_eq!(swap.new_leader, 1);
        assert!(!swap.changes.is_empty());
        assert!(
            swap.changes.iter().any(|c| matches!(c, Change::Accept(_))) == with_refusal,
            "{:?}",
            swap.changes
        );
        assert_eq!(leader(&applied(&marks, &swap.changes), &deck), Some(1));
    }
}
