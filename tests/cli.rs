//! The binary's own interface end to end: `--help`, `--version` and usage errors.

use rolefit::deck::Deck;

mod common;

use common::process::{rolefit, status, stdout};

#[test]
fn help_mentions_every_subcommand() {
    let output = rolefit(&["--help"]);
    assert_eq!(status(&output), 0);
    let text = stdout(&output);
    for command in ["list", "search", "score", "check", "--deck"] {
        assert!(text.contains(command), "--help lacks `{command}`:\n{text}");
    }
}

#[test]
fn version_prints_the_package_version_and_the_built_in_deck_id() {
    let output = rolefit(&["--version"]);
    assert_eq!(status(&output), 0);
    let deck = Deck::builtin().unwrap();
    assert_eq!(
        stdout(&output).trim(),
        format!(
            "rolefit {} (built-in deck: {})",
            env!("CARGO_PKG_VERSION"),
            deck.id
        )
    );
}

#[test]
fn unknown_subcommand_or_option_exits_two() {
    assert_eq!(status(&rolefit(&["frobnicate"])), 2);
    assert_eq!(status(&rolefit(&["list", "--pane", "roles"])), 2);
    assert_eq!(status(&rolefit(&["search"])), 2);
}
