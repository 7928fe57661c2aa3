//! Decks for the tests: the fixture files under tests/fixtures/decks, small decks written inline,
//! and items and marks by id.

use std::path::PathBuf;

use rolefit::deck::Deck;
use rolefit::marks::{Mark, Marks};

/// The path of a fixture deck.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/decks")
        .join(name)
}

/// The text of a deck with roles director and producer, then `rest` (its panes).
pub fn two_roles(rest: &str) -> String {
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

/// A deck with roles director (0) and producer (1), and `panes`.
pub fn two_role_deck(panes: &str) -> Deck {
    Deck::parse(&two_roles(panes), "fit test").unwrap()
}

/// Panes with one item of each kind: a duty per role, a shared skill, a weighted difference.
pub const MIXED: &str = r#"duties: [
        (id: "framing", title: "Framing", roles: ["director"]),
        (id: "budget", title: "Budget", roles: ["producer"], weight: 2),
    ],
    skills: [
        (id: "leadership", title: "Leadership", roles: ["director", "producer"]),
    ],
    differences: [
        (id: "focus", title: "Focus", sides: {"director": "Art.", "producer": "Money."}, weight: 2),
    ],"#;

/// The three-role fixture: director, producer and writer.
pub fn three_roles() -> Deck {
    Deck::load(&fixture("three-roles.ron")).unwrap()
}

/// Three roles; the difference `split` has sides for director and writer only.
pub fn deck_with_partial_difference() -> Deck {
    Deck::load(&fixture("partial-difference.ron")).unwrap()
}

/// Index of an item by id, panicking with the id when it is missing.
pub fn index(deck: &Deck, id: &str) -> usize {
    deck.item_index(id)
        .unwrap_or_else(|| panic!("no item `{id}`"))
}

/// Marks with each `(id, mark)` set.
pub fn marked(deck: &Deck, marks: &[(&str, Mark)]) -> Marks {
    let mut all = Marks::for_deck(deck);
    for (id, mark) in marks {
        all.set(index(deck, id), Some(*mark));
    }
    all
}

/// A deck with `roles` roles (Director, Producer, ... then numbered: Director 2, ...), a duty
/// for each and a difference with a side for each.
pub fn deck_with_roles(roles: usize) -> Deck {
    const NAMES: [&str; 8] = [
        "Director", "Producer", "Editor", "Writer", "Composer", "Designer", "Actor", "Gaffer",
    ];
    let names: Vec<String> = (0..roles)
        .map(|n| match n / NAMES.len() {
            0 => NAMES[n].to_string(),
            round => format!("{} {}", NAMES[n % NAMES.len()], round + 1),
        })
        .collect();
    let id = |name: &str| name.to_lowercase().replace(' ', "-");
    let role_list: Vec<String> = names
        .iter()
        .map(|n| format!("(id: \"{}\", name: \"{n}\")", id(n)))
        .collect();
    let duties: Vec<String> = names
        .iter()
        .map(|n| {
            format!(
                "(id: \"{0}-duty\", title: \"{n} duty\", roles: [\"{0}\"])",
                id(n)
            )
        })
        .collect();
    // A difference has at most MAX_SIDES sides (the assessment's keys 1 to 9): the roles are
    // shared out over as many differences as that takes, each of at least two sides.
    let sides: Vec<String> = names
        .iter()
        .map(|n| format!("\"{}\": \"The {n} way.\"", id(n)))
        .collect();
    let per_difference = rolefit::deck::MAX_SIDES;
    let mut groups: Vec<Vec<String>> = sides.chunks(per_difference).map(<[_]>::to_vec).collect();
    if groups.len() > 1 && groups.last().is_some_and(|last| last.len() < 2) {
        let before_last = groups.len() - 2;
        let moved = groups[before_last].pop().unwrap();
        groups.last_mut().unwrap().insert(0, moved);
    }
    let differences: Vec<String> = groups
        .iter()
        .enumerate()
        .map(|(n, group)| {
            format!(
                "(id: \"style-{n}\", title: \"Style {n}\", sides: {{{}}})",
                group.join(", ")
            )
        })
        .collect();
    let text = format!(
        r#"(id: "many", title: "Many roles", roles: [{}], duties: [{}], skills: [],
            differences: [{}])"#,
        role_list.join(", "),
        duties.join(", "),
        differences.join(", ")
    );
    Deck::parse(&text, "<many roles>").expect("the deck loads")
}
