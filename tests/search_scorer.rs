//! An item's score does not depend on which thread scored it or on what was scored before it in
//! another block: fuzzy-matcher 0.3.7 can score a title differently after some other titles
//! (skim-rs/skim#1071), so each block of items starts with a scorer of its own.

mod common;

use common::decks::two_roles;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use rolefit::deck::Deck;
use rolefit::search::Searcher;

/// Items are scored in blocks of this many.
const BLOCK: usize = 1024;

#[test]
fn the_first_item_of_a_block_scores_as_if_scored_alone() {
    // A scorer that has just scored "aAa_a" for "aa_" scores "aa_a" 73 instead of 71. Those
    // two titles end one block and start the next.
    let duties: String = (0..=BLOCK)
        .map(|n| {
            let title = match n {
                _ if n == BLOCK - 1 => "aAa_a".to_string(),
                _ if n == BLOCK => "aa_a".to_string(),
                _ => format!("Filler {n}"),
            };
            format!(r#"(id: "item-{n}", title: "{title}", roles: ["director"]),"#)
        })
        .collect();
    let deck = Deck::parse(&two_roles(&format!("duties: [{duties}],")), "blocks").unwrap();
    let alone = SkimMatcherV2::default()
        .smart_case()
        .fuzzy_match("aa_a", "aa_")
        .unwrap();
    for workers in [1, 2] {
        let hits = Searcher::with_workers(&deck, workers).rank(&deck, "aa_", None);
        let first_of_block = hits.iter().find(|hit| hit.item == BLOCK).unwrap();
        // A title match counts twice its fuzzy score.
        assert_eq!(first_of_block.score, 2 * alone, "{workers} workers");
    }
}

#[test]
fn the_same_query_ranks_the_same_on_any_number_of_threads() {
    use rolefit::deck::synthetic;
    let deck = Deck::parse(&synthetic::deck_source(20_000, 7), "synthetic").unwrap();
    let (one, three) = (
        Searcher::with_workers(&deck, 1),
        Searcher::with_workers(&deck, 3),
    );
    for query in [
        "a", "sc", "bud", "int scr", "Cast", "xyzq", "aa", "ee", "ll",
    ] {
        assert_eq!(
            one.rank(&deck, query, None),
            three.rank(&deck, query, None),
            "{query:?}"
        );
    }
}
