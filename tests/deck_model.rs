//! What a valid deck holds: the three-role fixture's roles and items, defaults for weights and
//! optional fields, sides and trait roles in role order, and role tags.

use rolefit::deck::{Deck, ItemKind, Pane};

mod common;

use common::decks::{fixture, two_roles};

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
    assert_eq!(
        storytelling.kind,
        ItemKind::Trait {
            roles: Box::new([0, 2])
        }
    );
    assert_eq!(deck.role_index("writer"), Some(2));
    assert_eq!(deck.role_index("editor"), None);
    assert_eq!(deck.item_index("no-such-item"), None);
}

#[test]
fn weight_defaults_to_one() {
    let text = two_roles(
        r#"duties: [(id: "d", title: "Duty", roles: ["director"])],
    skills: [(id: "s", title: "Skill", roles: ["producer"])],
    differences: [(id: "x", title: "Diff", sides: {"director": "A.", "producer": "B."})],"#,
    );
    let deck = Deck::parse(&text, "defaults").unwrap();
    let weights: Vec<(&str, u32)> = deck.items().map(|i| (&*i.id, i.weight)).collect();
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
    assert_eq!(
        deck.item(0).kind,
        ItemKind::Trait {
            roles: Box::new([0, 1])
        }
    );
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
