//! Decks for the tests: the fixture files under tests/fixtures/decks, and small decks written inline.

use std::path::PathBuf;

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
