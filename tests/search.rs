//! Fuzzy search: ranking on the built-in deck, pane scoping, ties, smart case and title positions.

mod common;

use common::builtin_deck;
use rolefit::deck::{Deck, Pane};
use rolefit::search::{Hit, Match, Searcher};

/// Ids of the items matching `query`, best first.
fn ranked_ids(deck: &Deck, query: &str, pane: Option<Pane>) -> Vec<String> {
    Searcher::new(deck)
        .rank(deck, query, pane)
        .iter()
        .map(|hit| deck.item(hit.item).id.to_string())
        .collect()
}

/// A two-role deck whose skills are the given (id, title, detail) triples.
fn skills_deck(skills: &[(&str, &str, &str)]) -> Deck {
    let skills: Vec<String> = skills
        .iter()
        .map(|(id, title, detail)| {
            format!(r#"(id: "{id}", title: "{title}", detail: "{detail}", roles: ["a"]),"#)
        })
        .collect();
    let text = format!(
        r#"(
    id: "search",
    title: "Search",
    roles: [(id: "a", name: "Alpha"), (id: "b", name: "Beta")],
    skills: [{}],
)"#,
        skills.join("\n")
    );
    Deck::parse(&text, "search test").unwrap()
}

#[test]
fn bud_ranks_managing_a_budget_first() {
    let ids = ranked_ids(&builtin_deck(), "bud", None);
    assert_eq!(ids.first().map(String::as_str), Some("managing-a-budget"));
}

#[test]
fn scout_ranks_scouting_filming_locations_first() {
    let ids = ranked_ids(&builtin_deck(), "scout", None);
    assert_eq!(
        ids.first().map(String::as_str),
        Some("scouting-filming-locations")
    );
}

#[test]
fn cast_has_auditioning_and_casting_in_the_top_two() {
    let ids = ranked_ids(&builtin_deck(), "cast", None);
    assert!(
        ids.iter().take(2).any(|id| id == "auditioning-and-casting"),
        "top results: {ids:?}"
    );
}

#[test]
fn nonsense_query_matches_nothing() {
    let deck = builtin_deck();
    assert_eq!(Searcher::new(&deck).rank(&deck, "xyzq", None), []);
    assert_eq!(Searcher::new(&deck).search(&deck, "xyzq", None), []);
}

#[test]
fn empty_query_matches_every_item_in_deck_order() {
    let deck = builtin_deck();
    let expected: Vec<Hit> = (0..deck.items().len())
        .map(|item| Hit { item, score: 0 })
        .collect();
    assert_eq!(Searcher::new(&deck).rank(&deck, "", None), expected);
    assert_eq!(Searcher::new(&deck).rank(&deck, "   ", None), expected);
}

#[test]
fn empty_query_in_a_pane_matches_that_pane_in_order() {
    let deck = builtin_deck();
    let hits: Vec<usize> = Searcher::new(&deck)
        .rank(&deck, "", Some(Pane::Differences))
        .iter()
        .map(|h| h.item)
        .collect();
    assert_eq!(hits, deck.pane_range(Pane::Differences).collect::<Vec<_>>());
}

#[test]
fn pane_scope_returns_only_that_pane() {
    let deck = builtin_deck();
    let searcher = Searcher::new(&deck);
    let everywhere = searcher.rank(&deck, "ing", None);
    let skills = searcher.rank(&deck, "ing", Some(Pane::Skills));
    assert!(!skills.is_empty());
    assert!(
        everywhere.len() > skills.len(),
        "the query also matches other panes"
    );
    for hit in &skills {
        assert_eq!(deck.item(hit.item).pane, Pane::Skills, "{hit:?}");
    }
    let filtered: Vec<Hit> = everywhere
        .into_iter()
        .filter(|hit| deck.item(hit.item).pane == Pane::Skills)
        .collect();
    assert_eq!(skills, filtered);
}

#[test]
fn title_match_outranks_detail_only_match() {
    // The detail-only item comes first in the deck, so only the score can put the title first.
    let deck = skills_deck(&[
        ("in-detail", "Something else", "Mentions the budget here."),
        ("in-title", "Budget", "Nothing to see."),
    ]);
    let hits = Searcher::new(&deck).rank(&deck, "budget", None);
    let ids: Vec<&str> = hits.iter().map(|h| &*deck.item(h.item).id).collect();
    assert_eq!(ids, ["in-title", "in-detail"]);
    assert!(hits[0].score > hits[1].score, "{hits:?}");
}

#[test]
fn detail_only_match_scores_sixteen_per_character() {
    let deck = skills_deck(&[("in-detail", "Something else", "Mentions the budget here.")]);
    let hits = Searcher::new(&deck).rank(&deck, "budget", None);
    assert_eq!(hits, [Hit { item: 0, score: 96 }]);
}

#[test]
fn difference_sides_are_searched() {
    let deck = builtin_deck();
    // "paperwork" appears only in the producer side of `where-time-goes`.
    assert_eq!(ranked_ids(&deck, "paperwork", None), ["where-time-goes"]);
}

#[test]
fn ties_keep_deck_order() {
    let deck = skills_deck(&[
        ("first", "Zebra", "Budget."),
        ("second", "Yak", "Budget."),
        ("third", "Xerus", "Budget."),
    ]);
    let hits = Searcher::new(&deck).rank(&deck, "budget", None);
    assert_eq!(
        hits,
        [
            Hit { item: 0, score: 96 },
            Hit { item: 1, score: 96 },
            Hit { item: 2, score: 96 },
        ]
    );
}

#[test]
fn ties_among_title_matches_keep_deck_order() {
    let deck = skills_deck(&[
        ("b-first", "Plan", ""),
        ("better", "Planning", ""),
        ("b-second", "Plan", ""),
    ]);
    let hits = Searcher::new(&deck).rank(&deck, "plan", None);
    assert_eq!(hits.len(), 3);
    let plan: Vec<usize> = hits
        .iter()
        .filter(|h| *deck.item(h.item).title == *"Plan")
        .map(|h| h.item)
        .collect();
    assert_eq!(plan, [0, 2], "{hits:?}");
    assert_eq!(
        hits.iter().find(|h| h.item == 0).unwrap().score,
        hits.iter().find(|h| h.item == 2).unwrap().score
    );
}

#[test]
fn title_positions_are_character_positions() {
    let deck = skills_deck(&[("coffee", "Café crème", "")]);
    let searcher = Searcher::new(&deck);
    // C0 a1 f2 é3 _4 c5 r6 è7 m8 e9; byte offsets would be 0 1 2 3 5 6 7 8 10 11.
    assert_eq!(
        searcher.title_positions("Café crème", "crème"),
        [5, 6, 7, 8, 9]
    );
    assert_eq!(searcher.title_positions("Café crème", "me"), [8, 9]);
    assert_eq!(
        searcher.search(&deck, "cr", None),
        [Match {
            item: 0,
            score: searcher.rank(&deck, "cr", None)[0].score,
            title_positions: vec![5, 6],
        }]
    );
    let title: Vec<char> = "Café crème".chars().collect();
    for position in searcher.title_positions("Café crème", "crème") {
        assert!(position < title.len());
    }
}

#[test]
fn title_positions_merge_every_term() {
    let searcher = Searcher::new(&builtin_deck());
    assert_eq!(
        searcher.title_positions("Managing a budget", "bud man"),
        [0, 1, 2, 11, 12, 13]
    );
    assert!(searcher.title_positions("Managing a budget", "").is_empty());
}

#[test]
fn search_reports_positions_for_every_hit() {
    let deck = builtin_deck();
    let searcher = Searcher::new(&deck);
    let matches = searcher.search(&deck, "bud", None);
    let hits = searcher.rank(&deck, "bud", None);
    assert_eq!(matches.len(), hits.len());
    for (found, hit) in matches.iter().zip(&hits) {
        assert_eq!((found.item, found.score), (hit.item, hit.score));
    }
    assert_eq!(&*deck.item(matches[0].item).title, "Managing a budget");
    assert_eq!(matches[0].title_positions, [11, 12, 13]);
}

#[test]
fn every_word_of_a_query_must_match() {
    let deck = builtin_deck();
    let managing = ranked_ids(&deck, "managing", None);
    assert!(managing.contains(&"managing-a-budget".to_string()));
    assert!(managing.contains(&"managing-stress".to_string()));
    let both = ranked_ids(&deck, "managing stress", None);
    assert_eq!(both.first().map(String::as_str), Some("managing-stress"));
    assert!(!both.contains(&"managing-a-budget".to_string()), "{both:?}");
    let searcher = Searcher::new(&deck);
    for hit in searcher.rank(&deck, "managing stress", None) {
        for word in ["managing", "stress"] {
            assert!(
                searcher
                    .rank(&deck, word, None)
                    .iter()
                    .any(|h| h.item == hit.item),
                "`{}` matches `managing stress` but not `{word}`",
                deck.item(hit.item).id
            );
        }
    }
}

#[test]
fn words_can_match_in_title_and_detail_separately() {
    let deck = skills_deck(&[
        ("both", "Budget", "Money for the shoot."),
        ("title-only", "Budget", "Nothing else."),
    ]);
    assert_eq!(
        Searcher::new(&deck)
            .rank(&deck, "budget shoot", None)
            .iter()
            .map(|h| h.item)
            .collect::<Vec<_>>(),
        [0]
    );
}

#[test]
fn lowercase_query_ignores_case() {
    let deck = skills_deck(&[
        ("upper", "LEADERSHIP", ""),
        ("detail", "Other", "LEADERSHIP"),
    ]);
    let ids: Vec<usize> = Searcher::new(&deck)
        .rank(&deck, "leadership", None)
        .iter()
        .map(|h| h.item)
        .collect();
    assert_eq!(ids, [0, 1]);
}

#[test]
fn query_with_a_capital_is_case_sensitive() {
    let deck = skills_deck(&[
        ("capital", "Budget", ""),
        ("lower", "budget", ""),
        ("detail-lower", "Other", "the budget"),
        ("detail-capital", "Other", "the Budget"),
    ]);
    let searcher = Searcher::new(&deck);
    let exact: Vec<usize> = searcher
        .rank(&deck, "Bud", None)
        .iter()
        .map(|h| h.item)
        .collect();
    assert_eq!(exact, [0, 3]);
    let any: Vec<usize> = searcher
        .rank(&deck, "bud", None)
        .iter()
        .map(|h| h.item)
        .collect();
    assert_eq!(any.len(), 4, "{any:?}");
}

#[test]
fn non_ascii_lowercase_query_matches_detail_case_insensitively() {
    let deck = skills_deck(&[("coffee", "Drinks", "CAFÉ CRÈME")]);
    assert_eq!(
        Searcher::new(&deck)
            .rank(&deck, "crème", None)
            .iter()
            .map(|h| h.item)
            .collect::<Vec<_>>(),
        [0]
    );
}
