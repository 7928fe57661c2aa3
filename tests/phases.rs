//! Fit per phase per role (issue 14): the share of a phase's marked weight, refusals not had,
//! no figure where a phase has nothing for a role, and figures that add up to the role's fit.

mod common;

use common::decks::{marked, three_roles, two_role_deck};
use proptest::prelude::*;
use rolefit::deck::Deck;
use rolefit::fit::score;
use rolefit::marks::{Mark, Marks};
use rolefit::phases::phase_fits;

const PANES: &str = r#"phases: [(id: "early", name: "Early"), (id: "shoot", name: "Shoot"), (id: "late", name: "Late")],
    duties: [
        (id: "fund", title: "Fund", roles: ["producer"], phase: "early", weight: 3),
        (id: "pitch", title: "Pitch", roles: ["director", "producer"], phase: "early"),
        (id: "frame", title: "Frame", roles: ["director"], phase: "shoot", weight: 2),
        (id: "coach", title: "Coach", roles: ["director"], phase: "shoot", weight: 2),
        (id: "free", title: "Free", roles: ["director", "producer"]),
    ],
    skills: [
        (id: "calm", title: "Calm", roles: ["director", "producer"], phase: "shoot"),
    ],
    differences: [
        (id: "focus", title: "Focus", sides: {"director": "Art.", "producer": "Money."}, weight: 2),
    ],"#;

/// (have, total, rounded percent) of `role` in `phase`.
fn figure(deck: &Deck, marks: &Marks, phase: usize, role: usize) -> (usize, usize, Option<u32>) {
    let fits = phase_fits(deck, marks);
    let fit = fits.get(phase, role).expect("a phase and role of the deck");
    (fit.have, fit.total, fit.rounded())
}

#[test]
fn each_phase_counts_its_own_items_by_weight_for_each_role() {
    let deck = two_role_deck(PANES);
    let marks = marked(
        &deck,
        &[
            ("fund", Mark::Have),
            ("frame", Mark::Have),
            ("calm", Mark::Have),
        ],
    );
    // Early: producer has fund (3) of fund + pitch (4); the director has pitch alone, unmarked.
    assert_eq!(figure(&deck, &marks, 0, 1), (1, 2, Some(75)));
    assert_eq!(figure(&deck, &marks, 0, 0), (0, 1, Some(0)));
    // Shoot: the director has frame (2) and calm (1) of 5; the producer calm of calm.
    assert_eq!(figure(&deck, &marks, 1, 0), (2, 3, Some(60)));
    assert_eq!(figure(&deck, &marks, 1, 1), (1, 1, Some(100)));
}

#[test]
fn a_phase_with_no_item_for_a_role_has_no_figure_rather_than_zero() {
    let deck = two_role_deck(PANES);
    let marks = marked(&deck, &[("fund", Mark::Have)]);
    // Nothing is tagged `late`: neither role has a figure there.
    assert_eq!(figure(&deck, &marks, 2, 0), (0, 0, None));
    assert_eq!(figure(&deck, &marks, 2, 1), (0, 0, None));
    let fits = phase_fits(&deck, &marks);
    assert_eq!(fits.get(2, 1).unwrap().percent, None);
    // Shoot has frame and coach for the director only, and calm for both: the producer's
    // figure there is a real 0%.
    assert_eq!(figure(&deck, &marks, 1, 1), (0, 1, Some(0)));
}

#[test]
fn a_refusal_counts_as_not_had_and_is_counted_apart() {
    let deck = two_role_deck(PANES);
    let marks = marked(&deck, &[("fund", Mark::Refuse), ("pitch", Mark::Have)]);
    let fits = phase_fits(&deck, &marks);
    let early_producer = fits.get(0, 1).unwrap();
    assert_eq!((early_producer.have, early_producer.total), (1, 2));
    assert_eq!(early_producer.have_weight, 1);
    assert_eq!(early_producer.total_weight, 4);
    assert_eq!(early_producer.refused, 1);
    assert_eq!(early_producer.rounded(), Some(25));
    assert_eq!(fits.get(0, 0).unwrap().refused, 0);
}

#[test]
fn a_deck_without_phases_has_no_phase_figures() {
    let deck = three_roles();
    let fits = phase_fits(&deck, &Marks::for_deck(&deck));
    assert!(fits.is_empty());
    assert_eq!(fits.phases(), 0);
    assert!(fits.of_phase(0).is_empty());
    for role in 0..deck.roles.len() {
        assert_eq!(fits.of_role(role).count(), 0, "role {role}");
    }
}

#[test]
fn the_grid_has_every_phase_for_every_role_in_deck_order() {
    let deck = two_role_deck(PANES);
    let fits = phase_fits(&deck, &Marks::for_deck(&deck));
    assert_eq!(fits.phases(), 3);
    let order: Vec<(usize, usize)> = fits.iter().map(|f| (f.phase, f.role)).collect();
    assert_eq!(order, [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1)]);
    let producer: Vec<usize> = fits.of_role(1).map(|f| f.phase).collect();
    assert_eq!(producer, [0, 1, 2]);
    assert!(fits.of_role(2).next().is_none(), "no third role");
}

proptest! {
    /// A role's phase figures, with its untagged duties and skills and its differences, are its
    /// fit: nothing is counted twice or lost.
    #[test]
    fn phase_figures_add_up_to_the_role_fit(answers in prop::collection::vec(0u8..4, 7)) {
        let deck = two_role_deck(PANES);
        let mut marks = Marks::for_deck(&deck);
        for (item, answer) in answers.iter().enumerate() {
            let mark = match (answer, deck.item(item).is_difference()) {
                (0, _) => None,
                (1, false) => Some(Mark::Have),
                (_, false) => Some(Mark::Refuse),
                (_, true) => Some(Mark::Lean(usize::from(*answer) % 2)),
            };
            marks.set(item, mark);
        }
        let fits = phase_fits(&deck, &marks);
        for role_fit in score(&deck, &marks) {
            let role = role_fit.role;
            let (mut have, mut total) = (0, 0);
            for fit in fits.of_role(role) {
                have += fit.have_weight;
                total += fit.total_weight;
            }
            for (item, entry) in deck.items().enumerate() {
                if entry.phase().is_none() && entry.counts_for(role) {
                    total += entry.weight;
                    let had = match marks.get(item) {
                        Some(Mark::Have) => true,
                        Some(Mark::Lean(chosen)) => chosen == role,
                        _ => false,
                    };
                    if had {
                        have += entry.weight;
                    }
                }
            }
            prop_assert_eq!(have, role_fit.have_weight);
            prop_assert_eq!(total, role_fit.total_weight);
        }
    }
}
