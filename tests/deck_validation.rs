//! Deck loading and validation: every rule of the deck format, checked on a fixture deck per error.

use std::io::Write;
use std::path::PathBuf;

use rolefit::deck::{Deck, DeckError, ItemKind, Pane, Problem};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/decks")
        .join(name)
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
                message.starts_with(&format!("{}: ", path.display())),
                "message of {name} does not start with its path: {message}"
            );
            (problems, message)
        }
        Err(other) => panic!("{name}: expected DeckError::Invalid, got {other:?}"),
        Ok(_) => panic!("{name}: expected DeckError::Invalid, but the deck loaded"),
    }
}

fn two_roles(rest: &str) -> String {
    format!(
        r#"(
    id: "test",
    title: "Test deck",
    roles: [
        (id: "director", name: "Director"),
        (id: "producer", name: "Producer"),
    ],
    {rest}
)"#
    )
}

#[test]
fn three_role_fixture_loads_with_its_roles_and_items() {
    let deck = Deck::load(&fixture("three-roles.ron")).expect("three-roles.ron is valid");
    assert_eq!(deck.id, "three-roles");
    let role_ids: Vec<&str> = deck.roles.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(role_ids, ["director", "producer", "writer"]);
    let tags: Vec<&str> = deck.roles.iter().map(|r| r.tag.as_str()).collect();
    assert_eq!(tags, ["Dir", "Pro", "Wri"]);
    assert_eq!(deck.pane_items(Pane::Duties).len(), 3);
    assert_eq!(deck.pane_items(Pane::Skills).len(), 3);
    assert_eq!(deck.pane_items(Pane::Differences).len(), 2);
    assert_eq!(deck.pane_range(Pane::Duties), 0..3);
    assert_eq!(deck.pane_range(Pane::Skills), 3..6);
    assert_eq!(deck.pane_range(Pane::Differences), 6..8);
    for difference in deck.pane_items(Pane::Differences) {
        let roles: Vec<usize> = difference.roles().collect();
        assert_eq!(roles, [0, 1, 2], "sides of {}", difference.id);
    }
    let storytelling = deck.item(deck.item_index("storytelling").unwrap());
    assert_eq!(storytelling.weight, 3);
    assert_eq!(storytelling.kind, ItemKind::Trait { roles: &[0, 2] });
    assert_eq!(deck.role_index("writer"), Some(2));
    assert_eq!(deck.role_index("editor"), None);
    assert_eq!(deck.item_index("no-such-item"), None);
}

/// Loads a fixture that must fail to parse; returns (origin, line, column, message, Display).
fn syntax_error(name: &str) -> (String, usize, usize, String, String) {
    let error = Deck::load(&fixture(name)).unwrap_err();
    let display = error.to_string();
    match error {
        DeckError::Syntax {
            origin,
            line,
            column,
            message,
        } => (origin, line, column, message, display),
        other => panic!("{name}: expected DeckError::Syntax, got {other:?}"),
    }
}

#[test]
fn ron_syntax_error_reports_file_line_and_column() {
    let path = fixture("syntax-error.ron");
    let (origin, line, column, message, display) = syntax_error("syntax-error.ron");
    assert_eq!(origin, path.display().to_string());
    // Line 3 is `    title: "Two strings" "without ...",`: the second string starts at column 26.
    assert_eq!((line, column), (3, 26), "position of the error ({message})");
    assert!(message.contains("comma"), "{message}");
    assert_eq!(display, format!("{}:3:26: {message}", path.display()));
}

#[test]
fn wrong_type_value_is_reported_where_the_value_is() {
    let (_, line, column, message, _) = syntax_error("syntax-error-value-on-next-line.ron");
    // Line 3 is `    title:` and the number 42 is on line 4, column 9.
    assert_eq!((line, column), (4, 9), "position of the error ({message})");
}

#[test]
fn unknown_field_is_a_syntax_error_naming_the_field() {
    let path = fixture("unknown-field.ron");
    let error = Deck::load(&path).unwrap_err();
    let message = error.to_string();
    let DeckError::Syntax { origin, line, .. } = &error else {
        panic!("expected DeckError::Syntax, got {error:?}");
    };
    assert_eq!(origin, &path.display().to_string());
    assert_eq!(*line, 5, "the field is on line 5: {message}");
    assert!(message.contains("colour"), "{message}");
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
    assert_eq!(problems, [Problem::DuplicateId { id: "same".into() }]);
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
fn missing_file_is_not_found_with_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nowhere.ron");
    let error = Deck::load(&path).unwrap_err();
    let message = error.to_string();
    match error {
        DeckError::NotFound { path: reported } => assert_eq!(reported, path),
        other => panic!("expected DeckError::NotFound, got {other:?}"),
    }
    assert_eq!(
        message,
        format!("{}: no such deck file", path.display()),
        "{message}"
    );
}

#[test]
fn non_utf8_file_reports_path_and_offset() {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(b"(\n    id: \"caf\xe9\",\n)").unwrap();
    file.flush().unwrap();
    let error = Deck::load(file.path()).unwrap_err();
    let message = error.to_string();
    match error {
        DeckError::NotUtf8 { path, offset } => {
            assert_eq!(path, file.path());
            assert_eq!(offset, 14, "the invalid byte follows `(\\n    id: \"caf`");
        }
        other => panic!("expected DeckError::NotUtf8, got {other:?}"),
    }
    assert!(
        message.starts_with(&format!("{}: ", file.path().display())),
        "{message}"
    );
    assert!(message.contains("UTF-8"), "{message}");
    assert!(message.contains("offset 14"), "{message}");
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
        problems,
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
fn weight_defaults_to_one() {
    let text = two_roles(
        r#"duties: [(id: "d", title: "Duty", roles: ["director"])],
    skills: [(id: "s", title: "Skill", roles: ["producer"])],
    differences: [(id: "x", title: "Diff", sides: {"director": "A.", "producer": "B."})],"#,
    );
    let deck = Deck::parse(&text, "defaults").unwrap();
    let weights: Vec<(&str, u32)> = deck.items().map(|i| (i.id, i.weight)).collect();
    assert_eq!(weights, [("d", 1), ("s", 1), ("x", 1)]);
}

#[test]
fn optional_fields_default_to_empty() {
    let text = r#"(
    id: "minimal",
    title: "Minimal",
    roles: [(id: "a", name: "Alpha"), (id: "b", name: "Beta")],
)"#;
    let deck = Deck::parse(text, "minimal").unwrap();
    assert_eq!(deck.source, "");
    assert_eq!(deck.roles[0].summary, "");
    assert!(deck.is_empty());
    for pane in Pane::ALL {
        assert_eq!(deck.pane_range(pane), 0..0, "{pane}");
    }
}

#[test]
fn difference_sides_are_stored_in_role_order() {
    // Roles are listed producer first, and the sides in the file are in the other order.
    let text = r#"(
    id: "order",
    title: "Order",
    roles: [
        (id: "producer", name: "Producer"),
        (id: "writer", name: "Writer"),
        (id: "director", name: "Director"),
    ],
    differences: [
        (
            id: "focus",
            title: "Focus",
            sides: {"director": "Images.", "writer": "Words.", "producer": "Money."},
        ),
    ],
)"#;
    let deck = Deck::parse(text, "order").unwrap();
    let sides: Vec<(usize, &str)> = deck
        .item(0)
        .sides()
        .iter()
        .map(|s| (s.role, s.text.as_str()))
        .collect();
    assert_eq!(sides, [(0, "Money."), (1, "Words."), (2, "Images.")]);
    let roles: Vec<usize> = deck.item(0).roles().collect();
    assert_eq!(roles, [0, 1, 2]);
}

#[test]
fn trait_roles_are_stored_in_role_order() {
    let text = two_roles(r#"skills: [(id: "s", title: "S", roles: ["producer", "director"])],"#);
    let deck = Deck::parse(&text, "order").unwrap();
    assert_eq!(deck.item(0).kind, ItemKind::Trait { roles: &[0, 1] });
}

#[test]
fn role_tags_are_three_letter_prefixes_when_unique() {
    let text = two_roles("");
    let deck = Deck::parse(&text, "tags").unwrap();
    let tags: Vec<&str> = deck.roles.iter().map(|r| r.tag.as_str()).collect();
    assert_eq!(tags, ["Dir", "Pro"]);
}

#[test]
fn role_tags_grow_until_unique() {
    let text = r#"(
    id: "tags",
    title: "Tags",
    roles: [
        (id: "producer", name: "Producer"),
        (id: "designer", name: "Production designer"),
        (id: "director", name: "Director"),
    ],
)"#;
    let deck = Deck::parse(text, "tags").unwrap();
    let tags: Vec<&str> = deck.roles.iter().map(|r| r.tag.as_str()).collect();
    assert_eq!(tags, ["Produce", "Product", "Dir"]);
}

#[test]
fn explicit_role_tag_is_kept() {
    let text = r#"(
    id: "tags",
    title: "Tags",
    roles: [
        (id: "director", name: "Director"),
        (id: "producer", name: "Producer", tag: "Prod"),
    ],
    skills: [(id: "s", title: "S", roles: ["director", "producer"])],
)"#;
    let deck = Deck::parse(text, "tags").unwrap();
    assert_eq!(deck.roles[0].tag, "Dir");
    assert_eq!(deck.roles[1].tag, "Prod");
    assert_eq!(deck.role_tags(deck.item(0)), "Dir Prod");
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
            problems,
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
