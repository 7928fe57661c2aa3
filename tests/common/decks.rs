//! Decks for the tests: the fixture files under tests/fixtures/decks.

use std::path::PathBuf;

/// The path of a fixture deck.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/decks")
        .join(name)
}
