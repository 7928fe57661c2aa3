//! Deck validation: every rule of the deck format, checked on a fixture deck per problem or on
//! inline text, and every problem of a deck reported together.

use rolefit::deck::{Deck, DeckError, Located, Problem};

mod common;

use common::decks::{fixture, two_roles};

/// The problems without their places.
fn what(problems: Vec<Located>) -> Vec<Problem> {
    problems
        .into_iter()
        .map(|located| located.problem)
        .collect()
}

/// Loads a fixture that must fail validation; returns its problems and the error's message.
fn invalid(name: &str) -> (Vec<Problem>, String) {
    let path = fixture(name);
    match Deck::load(&path) {
        Err(error @ DeckError::Invalid { .. }) => {
            let message = error.to_string();
            let DeckError::Invalid { origin, problems } = error else {
                unreachable!()
            };
            assert_eq!(origin, path.display().to_string(), "origin of {name}");
            assert!(
                message.starts_with(&format!("{}:", path.display())),
                "message of {name} does not start with its path: {message}"
            );
            (what(problems), message)
        }
        Err(other) => panic!("{name}: expected DeckError::Invalid, got {other:?}"),
        Ok(_) => panic!("{name}: expected DeckError::Invalid, but the deck loaded"),
    }
}

#[test]
fn unknown_role_in_roles_names_role_and_item() {
    let (problems, message) = invalid("unknown-role-in-roles.ron");
    assert_eq!(
        problems,
        [Problem::UnknownRole {
            role: "editor".into(),
            item: "leadership".into()
        }]
    );
    assert!(message.contains("`editor`"), "{message}");
    assert!(message.contains("`leadership`"), "{message}");
}

#[test]
fn unknown_role_in_sides_names_role_and_item() {
    let (problems, message) = invalid("unknown-role-in-sides.ron");
    assert_eq!(
        problems,
        [Problem::UnknownRole {
            role: "actor".into(),
            item: "focus".into()
        }]
    );
    assert!(message.contains("`actor`"), "{message}");
    assert!(message.contains("`focus`"), "{message}");
}

#[test]
fn id_shared_by_a_duty_and_a_difference_is_a_duplicate() {
    let (problems, message) = invalid("duplicate-id.ron");
    assert_eq!(problems, [Problem::DuplicateId { id: "focus".into() }]);
    assert!(message.contains("`focus`"), "{message}");
}

#[test]
fn duplicate_id_is_reported_once_however_often_it_repeats() {
    let text = two_roles(
        r#"duties: [
        (id: "same", title: "One", roles: ["director"]),
        (id: "same", title: "Two", roles: ["director"]),
    ],
    skills: [(id: "same", title: "Three", roles: ["producer"])],"#,
    );
    let Err(DeckError::Invalid { problems, .. }) = Deck::parse(&text, "dup") else {
        panic!("expected DeckError::Invalid");
    };
    assert_eq!(what(problems), [Problem::DuplicateId { id: "same".into() }]);
}

#[test]
fn blank_title_is_reported_with_the_item() {
    let (problems, message) = invalid("empty-title.ron");
    assert_eq!(
        problems,
        [Problem::EmptyTitle {
            item: "framing-shots".into()
        }]
    );
    assert!(message.contains("`framing-shots`"), "{message}");
    assert!(message.contains("empty title"), "{message}");
}

#[test]
fn a_single_role_is_too_few() {
    let (problems, message) = invalid("one-role.ron");
    assert_eq!(problems, [Problem::TooFewRoles { count: 1 }]);
    assert!(message.contains("at least two roles"), "{message}");
    assert!(message.contains("has 1"), "{message}");
}

#[test]
fn weight_zero_is_out_of_range() {
    let (problems, message) = invalid("weight-zero.ron");
    assert_eq!(
        problems,
        [Problem::WeightOutOfRange {
            item: "patience".into(),
            weight: 0
        }]
    );
    assert!(message.contains("`patience` has weight 0"), "{message}");
    assert!(message.contains("1..=10"), "{message}");
}

#[test]
fn weight_eleven_is_out_of_range() {
    let (problems, message) = invalid("weight-eleven.ron");
    assert_eq!(
        problems,
        [Problem::WeightOutOfRange {
            item: "patience".into(),
            weight: 11
        }]
    );
    assert!(message.contains("`patience` has weight 11"), "{message}");
}

#[test]
fn negative_weight_is_out_of_range_not_a_type_error() {
    let (problems, message) = invalid("weight-negative.ron");
    assert_eq!(
        problems,
        [Problem::WeightOutOfRange {
            item: "patience".into(),
            weight: -1
        }]
    );
    assert!(message.contains("`patience` has weight -1"), "{message}");
}

#[test]
fn weights_one_and_ten_are_accepted() {
    let text = two_roles(
        r#"skills: [
        (id: "light", title: "Light", roles: ["director"], weight: 1),
        (id: "heavy", title: "Heavy", roles: ["director"], weight: 10),
    ],"#,
    );
    let deck = Deck::parse(&text, "bounds").expect("weights 1 and 10 are valid");
    let weights: Vec<u32> = deck.items().map(|i| i.weight).collect();
    assert_eq!(weights, [1, 10]);
}

#[test]
fn difference_with_one_side_has_too_few_sides() {
    let (problems, message) = invalid("one-side.ron");
    assert_eq!(
        problems,
        [Problem::TooFewSides {
            item: "focus".into(),
            count: 1
        }]
    );
    assert!(message.contains("`focus`"), "{message}");
    assert!(message.contains("it has 1"), "{message}");
}

#[test]
fn every_problem_in_a_deck_is_reported() {
    let (problems, message) = invalid("many-problems.ron");
    assert_eq!(
        problems,
        [
            Problem::EmptyDeckTitle,
            Problem::UnknownRole {
                role: "editor".into(),
                item: "framing-shots".into()
            },
            Problem::EmptyTitle {
                item: "patience".into()
            },
            Problem::WeightOutOfRange {
                item: "patience".into(),
                weight: 12
            },
            Problem::TooFewSides {
                item: "focus".into(),
                count: 1
            },
            Problem::DuplicateId {
                id: "framing-shots".into()
            },
        ]
    );
    assert!(message.contains("6 problems:"), "{message}");
    assert_eq!(message.matches("\n  - ").count(), 6, "{message}");
    for problem in &problems {
        assert!(message.contains(&problem.to_string()), "{message}");
    }
}

#[test]
fn role_and_item_rules_beyond_the_fixtures() {
    let text = r#"(
    id: " ",
    title: "Roles",
    roles: [
        (id: "", name: "Nobody"),
        (id: "director", name: ""),
        (id: "director", name: "Director again"),
        (id: "producer", name: "Producer"),
    ],
    duties: [
        (id: "", title: "No id", roles: ["director"]),
        (id: "no-roles", title: "No roles", roles: []),
        (id: "twice", title: "Twice", roles: ["director", "director"]),
    ],
    differences: [
        (id: "blank-side", title: "Blank side", sides: {"director": "Yes.", "producer": " "}),
    ],
)"#;
    let Err(DeckError::Invalid { origin, problems }) = Deck::parse(text, "inline") else {
        panic!("expected DeckError::Invalid");
    };
    assert_eq!(origin, "inline");
    assert_eq!(
        what(problems),
        [
            Problem::EmptyDeckId,
            Problem::EmptyRoleId { position: 1 },
            Problem::EmptyRoleName {
                role: "director".into()
            },
            Problem::DuplicateRole {
                role: "director".into()
            },
            Problem::EmptyId {
                pane: "duties",
                position: 1
            },
            Problem::NoRoles {
                item: "no-roles".into()
            },
            Problem::RepeatedRole {
                role: "director".into(),
                item: "twice".into()
            },
            Problem::EmptySide {
                role: "producer".into(),
                item: "blank-side".into()
            },
        ]
    );
}

#[test]
fn a_role_repeated_in_sides_is_reported() {
    let text = two_roles(
        r#"differences: [
        (
            id: "focus",
            title: "Focus",
            sides: {"director": "First.", "director": "Second.", "producer": "Money."},
        ),
    ],"#,
    );
    match Deck::parse(&text, "repeated side") {
        Err(DeckError::Invalid { problems, .. }) => assert_eq!(
            what(problems),
            [Problem::RepeatedRole {
                role: "director".into(),
                item: "focus".into()
            }]
        ),
        Err(other) => {
            let message = other.to_string();
            assert!(message.contains("director"), "{message}");
        }
        Ok(deck) => panic!(
            "a repeated side was accepted; kept {:?}",
            deck.item(0).sides()
        ),
    }
}
