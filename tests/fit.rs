//! Fit arithmetic, contributions, the reading and its wording.

use rolefit::deck::{Deck, Pane};
use rolefit::fit::{Reading, RoleFit, contributions, describe, reading, score};
use rolefit::marks::{Mark, Marks};

mod common;

use common::decks::{
    MIXED, deck_with_partial_difference, index, marked, three_roles, two_role_deck,
};

fn fit(role: usize, percent: f64) -> RoleFit {
    RoleFit {
        role,
        percent,
        have: 0,
        total: 0,
        have_weight: 0,
        total_weight: 0,
        refused: 0,
    }
}

const WEIGHTED: &str = r#"skills: [
        (id: "heavy", title: "Heavy", roles: ["director"], weight: 3),
        (id: "light", title: "Light", roles: ["director"]),
    ],"#;

#[test]
fn weights_count_in_the_percentage() {
    let deck = two_role_deck(WEIGHTED);
    let fits = score(&deck, &marked(&deck, &[("heavy", Mark::Have)]));
    assert_eq!(fits[0].have_weight, 3);
    assert_eq!(fits[0].total_weight, 4);
    assert_eq!(fits[0].percent, 75.0);
    assert_eq!(fits[0].rounded(), 75);
    assert_eq!((fits[0].have, fits[0].total), (1, 2));

    let fits = score(&deck, &marked(&deck, &[("light", Mark::Have)]));
    assert_eq!(fits[0].percent, 25.0);
}

#[test]
fn role_with_no_items_scores_zero() {
    let deck = two_role_deck(WEIGHTED);
    let fits = score(&deck, &marked(&deck, &[("heavy", Mark::Have)]));
    assert_eq!(
        fits[1],
        RoleFit {
            role: 1,
            percent: 0.0,
            have: 0,
            total: 0,
            have_weight: 0,
            total_weight: 0,
            refused: 0,
        }
    );
}

#[test]
fn shared_trait_counts_for_both_roles() {
    let deck = two_role_deck(MIXED);
    let fits = score(&deck, &marked(&deck, &[("leadership", Mark::Have)]));
    // Director: framing 1 + leadership 1 + focus 2 = 4; producer: budget 2 + leadership 1 + focus 2 = 5.
    assert_eq!((fits[0].have_weight, fits[0].total_weight), (1, 4));
    assert_eq!((fits[1].have_weight, fits[1].total_weight), (1, 5));
    assert_eq!(fits[0].percent, 25.0);
    assert_eq!(fits[1].percent, 20.0);
}

#[test]
fn difference_counts_in_every_total_and_a_lean_only_for_its_role() {
    let deck = two_role_deck(MIXED);
    let fits = score(&deck, &marked(&deck, &[("focus", Mark::Lean(0))]));
    assert_eq!((fits[0].have_weight, fits[0].total_weight), (2, 4));
    assert_eq!((fits[1].have_weight, fits[1].total_weight), (0, 5));
    assert_eq!((fits[0].have, fits[0].total), (1, 3));
    assert_eq!((fits[1].have, fits[1].total), (0, 3));

    let fits = score(&deck, &marked(&deck, &[("focus", Mark::Lean(1))]));
    assert_eq!((fits[0].have_weight, fits[1].have_weight), (0, 2));
    assert_eq!(fits[1].percent, 40.0);
}

#[test]
fn lean_to_a_role_without_a_side_counts_for_nobody() {
    let deck = deck_with_partial_difference();
    let fits = score(&deck, &marked(&deck, &[("split", Mark::Lean(1))]));
    let weights: Vec<(u32, u32)> = fits
        .iter()
        .map(|f| (f.have_weight, f.total_weight))
        .collect();
    assert_eq!(weights, [(0, 1), (0, 0), (0, 1)]);
}

#[test]
fn no_marks_score_zero_for_every_role() {
    for deck in [
        two_role_deck(MIXED),
        three_roles(),
        Deck::builtin().unwrap(),
    ] {
        let fits = score(&deck, &Marks::for_deck(&deck));
        assert_eq!(fits.len(), deck.roles.len());
        for (role, fit) in fits.iter().enumerate() {
            assert_eq!(fit.role, role);
            assert_eq!(fit.percent, 0.0, "{fit:?}");
            assert_eq!((fit.have, fit.have_weight), (0, 0), "{fit:?}");
            assert!(fit.total > 0, "{fit:?}");
        }
    }
}

#[test]
fn every_trait_marked_scores_full_trait_weight() {
    let builtin = Deck::builtin().unwrap();
    let mut marks = Marks::for_deck(&builtin);
    for pane in [Pane::Duties, Pane::Skills] {
        for index in builtin.pane_range(pane) {
            marks.set(index, Some(Mark::Have));
        }
    }
    let fits = score(&builtin, &marks);
    let differences = builtin.pane_items(Pane::Differences);
    let difference_weight: u32 = differences.clone().map(|i| i.weight).sum();
    for fit in &fits {
        assert_eq!(fit.have_weight + difference_weight, fit.total_weight);
        assert_eq!(fit.have + differences.len(), fit.total);
    }

    // A trait-only deck: all marks give exactly 100%.
    let traits_only = two_role_deck(WEIGHTED);
    let fits = score(
        &traits_only,
        &marked(
            &traits_only,
            &[("heavy", Mark::Have), ("light", Mark::Have)],
        ),
    );
    assert_eq!(fits[0].percent, 100.0);
    assert_eq!(fits[0].rounded(), 100);
}

#[test]
fn have_and_total_count_items_on_the_builtin_deck() {
    let deck = Deck::builtin().unwrap();
    let marks = marked(
        &deck,
        &[
            ("leadership", Mark::Have),
            ("patience", Mark::Have),
            ("focus", Mark::Lean(0)),
        ],
    );
    let fits = score(&deck, &marks);
    // Director: 7 duties + 4 own + 9 shared skills + 7 differences; producer: 8 + 5 + 9 + 7.
    assert_eq!((fits[0].have, fits[0].total), (3, 27));
    assert_eq!((fits[1].have, fits[1].total), (1, 29));
    // Differences weigh 2 each.
    assert_eq!((fits[0].have_weight, fits[0].total_weight), (4, 34));
    assert_eq!((fits[1].have_weight, fits[1].total_weight), (1, 36));
    assert!((fits[0].percent - 400.0 / 34.0).abs() < 1e-9);
}

#[test]
fn contributions_list_every_item_of_the_role() {
    let deck = two_role_deck(MIXED);
    let marks = marked(
        &deck,
        &[
            ("framing", Mark::Have),
            ("budget", Mark::Have),
            ("focus", Mark::Lean(1)),
        ],
    );
    let director: Vec<(&str, u32, bool)> = contributions(&deck, &marks, 0)
        .iter()
        .map(|c| (&*deck.item(c.item).id, c.weight, c.counted))
        .collect();
    assert_eq!(
        director,
        [
            ("framing", 1, true),
            ("leadership", 1, false),
            ("focus", 2, false)
        ]
    );
    let producer: Vec<(&str, u32, bool)> = contributions(&deck, &marks, 1)
        .iter()
        .map(|c| (&*deck.item(c.item).id, c.weight, c.counted))
        .collect();
    assert_eq!(
        producer,
        [
            ("budget", 2, true),
            ("leadership", 1, false),
            ("focus", 2, true)
        ]
    );
}

#[test]
fn contributions_agree_with_score() {
    let deck = three_roles();
    let mut marks = Marks::for_deck(&deck);
    marks.set(index(&deck, "storytelling"), Some(Mark::Have));
    marks.set(index(&deck, "managing-a-budget"), Some(Mark::Have));
    marks.set(index(&deck, "focus"), Some(Mark::Lean(2)));
    for fit in score(&deck, &marks) {
        let parts = contributions(&deck, &marks, fit.role);
        assert_eq!(parts.len(), fit.total);
        assert_eq!(parts.iter().filter(|c| c.counted).count(), fit.have);
        assert_eq!(
            parts.iter().map(|c| c.weight).sum::<u32>(),
            fit.total_weight
        );
        let counted: u32 = parts.iter().filter(|c| c.counted).map(|c| c.weight).sum();
        assert_eq!(counted, fit.have_weight);
    }
    let writer = &score(&deck, &marks)[2];
    // Writer: drafting 1 + storytelling 3 + patience 1 + focus 2 + when-they-work 1 = 8; has 3 + 2.
    assert_eq!((writer.have_weight, writer.total_weight), (5, 8));
}

#[test]
fn reading_is_even_when_rounded_percentages_are_equal() {
    assert_eq!(reading(&[fit(0, 50.4), fit(1, 49.6)]), Reading::Even);
    assert_eq!(reading(&[fit(0, 0.0), fit(1, 0.0)]), Reading::Even);
    assert_eq!(reading(&[fit(0, 100.0), fit(1, 100.0)]), Reading::Even);
}

#[test]
fn reading_names_the_leader_and_the_points() {
    assert_eq!(
        reading(&[fit(0, 62.4), fit(1, 50.0)]),
        Reading::Leading {
            role: 0,
            over: 1,
            points: 12
        }
    );
    assert_eq!(
        reading(&[fit(0, 49.4), fit(1, 50.5)]),
        Reading::Leading {
            role: 1,
            over: 0,
            points: 2
        }
    );
}

#[test]
fn reading_compares_the_two_highest_of_three_roles() {
    assert_eq!(
        reading(&[fit(0, 10.0), fit(1, 40.0), fit(2, 30.0)]),
        Reading::Leading {
            role: 1,
            over: 2,
            points: 10
        }
    );
    // The top two are level even though the third is lower.
    assert_eq!(
        reading(&[fit(0, 10.0), fit(1, 40.0), fit(2, 40.0)]),
        Reading::Even
    );
}

#[test]
fn reading_of_a_single_role_is_even() {
    assert_eq!(reading(&[fit(0, 80.0)]), Reading::Even);
    assert_eq!(reading(&[]), Reading::Even);
}

#[test]
fn describe_words_the_reading() {
    let deck = two_role_deck(MIXED);
    assert_eq!(
        describe(
            &deck,
            Reading::Leading {
                role: 0,
                over: 1,
                points: 12
            }
        ),
        "Leaning Director by 12 points"
    );
    assert_eq!(
        describe(
            &deck,
            Reading::Leading {
                role: 1,
                over: 0,
                points: 1
            }
        ),
        "Leaning Producer by 1 point"
    );
    assert_eq!(describe(&deck, Reading::Even), "Even");
}

#[test]
fn describe_after_scoring_a_deck() {
    let deck = two_role_deck(MIXED);
    // Director 1/4 = 25%, producer 2/5 = 40%.
    let marks = marked(&deck, &[("framing", Mark::Have), ("budget", Mark::Have)]);
    let fits = score(&deck, &marks);
    assert_eq!(
        describe(&deck, reading(&fits)),
        "Leaning Producer by 15 points"
    );
}

/// Issue 14: a refused item counts for its roles' totals but never as had, and makes each of
/// them screened.
#[test]
fn a_refusal_stays_in_the_total_and_screens_its_roles() {
    let deck = two_role_deck(MIXED);
    let marks = marked(
        &deck,
        &[("budget", Mark::Refuse), ("leadership", Mark::Have)],
    );
    let fits = score(&deck, &marks);
    let producer = &fits[1];
    assert_eq!((producer.have, producer.total, producer.refused), (1, 3, 1));
    assert_eq!((producer.have_weight, producer.total_weight), (1, 5));
    assert!(producer.is_screened());
    assert!(!fits[0].is_screened());
}

/// First screen, then compare: a screened role cannot lead while an unscreened one exists;
/// when every role is screened, the fit decides.
#[test]
fn a_screened_role_cannot_lead_while_an_unscreened_one_exists() {
    let screened = |role, percent| RoleFit {
        refused: 1,
        ..fit(role, percent)
    };
    let fits = [fit(0, 50.0), screened(1, 60.0), fit(2, 30.0)];
    assert_eq!(reading(&fits).lead(), Some(0));
    let fits = [fit(0, 80.0), screened(1, 60.0), fit(2, 30.0)];
    assert_eq!(
        reading(&fits),
        Reading::Leading {
            role: 0,
            over: 2,
            points: 50
        },
        "compared with the best role that could lead"
    );
    let fits = [screened(0, 80.0), fit(1, 40.0)];
    assert_eq!(
        reading(&fits),
        Reading::Screened {
            role: 1,
            over: 0,
            points: 40
        },
        "the only role without a deal-breaker leads, though the other fits better"
    );
    let fits = [fit(0, 50.0), screened(1, 30.0)];
    assert_eq!(
        reading(&fits),
        Reading::Leading {
            role: 0,
            over: 1,
            points: 20
        },
        "the only role without a deal-breaker leads over the screened one"
    );
    let fits = [screened(0, 0.0), fit(1, 0.0)];
    assert_eq!(
        reading(&fits),
        Reading::Screened {
            role: 1,
            over: 0,
            points: 0
        },
        "a deal-breaker alone decides between equal fits"
    );
    let fits = [screened(0, 80.0), screened(1, 40.0)];
    assert_eq!(
        reading(&fits),
        Reading::Leading {
            role: 0,
            over: 1,
            points: 40
        }
    );
}

proptest::proptest! {
    /// A mark changes the fits of the roles it counts for alone: adjusting them after each
    /// change gives exactly what scoring every item again gives.
    #[test]
    fn adjusting_after_each_change_is_scoring_again(
        changes in proptest::collection::vec((0usize..40, 0u8..5), 1..60)
    ) {
        let deck = rolefit::deck::Deck::builtin().unwrap();
        let mut marks = Marks::for_deck(&deck);
        let mut fits = score(&deck, &marks);
        for (item, answer) in changes {
            let item = item % deck.len();
            let mark = match (answer, deck.item(item).sides()) {
                (0, _) => None,
                (1, []) => Some(Mark::Have),
                (2, []) => Some(Mark::Refuse),
                (_, []) => None,
                (n, sides) => Some(Mark::Lean(sides[usize::from(n) % sides.len()].role)),
            };
            let before = marks.get(item);
            marks.set(item, mark);
            rolefit::fit::adjust(&mut fits, &deck, item, before, mark);
            proptest::prop_assert_eq!(&fits, &score(&deck, &marks));
        }
    }
}
