//! The small deck of the summary and report tests, marks by id and role, and every mark set of a
//! deck.

use rolefit::deck::{Deck, ItemKind};
use rolefit::marks::{Mark, Marks};

use super::decks::index;

/// Eight items with varied weights: four duties, two skills, two differences.
pub const SMALL: &str = r#"(
    id: "small",
    title: "Small",
    roles: [
        (id: "director", name: "Director"),
        (id: "producer", name: "Producer"),
    ],
    duties: [
        (id: "d-heavy", title: "D heavy", roles: ["director"], weight: 3),
        (id: "d-light", title: "D light", roles: ["director"], weight: 1),
        (id: "p-mid", title: "P mid", roles: ["producer"], weight: 2),
        (id: "p-heavy", title: "P heavy", roles: ["producer"], weight: 5),
    ],
    skills: [
        (id: "shared", title: "Shared", roles: ["director", "producer"], weight: 2),
        (id: "d-skill", title: "D skill", roles: ["director"], weight: 4),
    ],
    differences: [
        (
            id: "x-big",
            title: "X big",
            sides: {"director": "One way.", "producer": "The other way."},
            weight: 2,
        ),
        (
            id: "x-small",
            title: "X small",
            sides: {"producer": "This way.", "director": "That way."},
            weight: 1,
        ),
    ],
)"#;

/// The [`SMALL`] deck.
pub fn small() -> Deck {
    Deck::parse(SMALL, "small deck").unwrap()
}

/// Index of a role by id.
pub fn role(deck: &Deck, id: &str) -> usize {
    deck.role_index(id).unwrap()
}

/// Marks that have each item of `have` and lean each `(difference, role)` of `leans`, by id.
pub fn marked(deck: &Deck, have: &[&str], leans: &[(&str, &str)]) -> Marks {
    let mut marks = Marks::for_deck(deck);
    for id in have {
        marks.set(index(deck, id), Some(Mark::Have));
    }
    for (item, to) in leans {
        marks.set(index(deck, item), Some(Mark::Lean(role(deck, to))));
    }
    marks
}

/// Every way to answer every item of `deck`: traits had or not, differences unanswered or leaning
/// to one of their sides.
pub fn every_mark_set(deck: &Deck) -> Vec<Marks> {
    every_answer_set(deck, &[None, Some(Mark::Have)])
}

/// As [`every_mark_set`], with deal-breakers too: each trait also refused.
pub fn every_mark_set_with_refusals(deck: &Deck) -> Vec<Marks> {
    every_answer_set(deck, &[None, Some(Mark::Have), Some(Mark::Refuse)])
}

fn every_answer_set(deck: &Deck, trait_options: &[Option<Mark>]) -> Vec<Marks> {
    let mut all = vec![Marks::for_deck(deck)];
    for (item, entry) in deck.items().enumerate() {
        let options: Vec<Option<Mark>> = match &entry.kind {
            ItemKind::Trait { .. } => trait_options.to_vec(),
            ItemKind::Difference { sides } => std::iter::once(None)
                .chain(sides.iter().map(|s| Some(Mark::Lean(s.role))))
                .collect(),
        };
        all = all
            .into_iter()
            .flat_map(|marks| {
                options.iter().map(move |&option| {
                    let mut next = marks.clone();
                    next.set(item, option);
                    next
                })
            })
            .collect();
    }
    all
}
