//! Looking up many ids at once (`Deck::item_indices`, which gallops from one to the next)
//! finds exactly what looking each up alone (`Deck::item_index`) finds, in any order.

use proptest::prelude::*;
use rolefit::deck::{Deck, synthetic};

fn deck() -> Deck {
    Deck::parse(&synthetic::deck_source(300, 11), "synthetic").unwrap()
}

proptest! {
    #[test]
    fn many_at_once_equals_one_by_one(
        picks in prop::collection::vec((0usize..400, any::<bool>()), 0..120),
        sorted in any::<bool>(),
    ) {
        let deck = deck();
        let mut ids: Vec<String> = picks
            .iter()
            .map(|&(n, real)| match (real, deck.items().nth(n % deck.len())) {
                (true, Some(item)) => item.id.to_string(),
                // Ids the deck lacks, between and around its own.
                _ => format!("item-{n}x"),
            })
            .collect();
        if sorted {
            ids.sort();
        }
        let at_once: Vec<Option<usize>> = deck.item_indices(ids.iter().map(String::as_str)).collect();
        let one_by_one: Vec<Option<usize>> = ids.iter().map(|id| deck.item_index(id)).collect();
        prop_assert_eq!(at_once, one_by_one);
    }
}

#[test]
fn every_id_of_the_deck_in_order_is_found() {
    let deck = deck();
    let mut ids: Vec<&str> = deck.items().map(|item| &*item.id).collect();
    ids.sort_unstable();
    let found: Vec<Option<usize>> = deck.item_indices(ids.iter().copied()).collect();
    assert!(found.iter().all(Option::is_some));
    assert_eq!(found.len(), deck.len());
}
