//! Decks given to the binary: `--deck` on either side of the subcommand, `rolefit check` on good,
//! bad and missing files, and a deck with a syntax error or that cannot be read.

use std::path::PathBuf;

use serde_json::Value;

mod common;

use common::decks::fixture;
use common::process::{ids, rolefit, status, stderr, stdout};

#[test]
fn deck_option_works_before_and_after_the_subcommand() {
    let deck = fixture("three-roles.ron");
    let deck = deck.to_str().unwrap();
    let before = rolefit(&["--deck", deck, "list", "--json"]);
    let after = rolefit(&["list", "--json", "--deck", deck]);
    assert_eq!(status(&before), 0, "{}", stderr(&before));
    assert_eq!(status(&after), 0, "{}", stderr(&after));
    assert_eq!(before.stdout, after.stdout);
    let items: Value = serde_json::from_slice(&before.stdout).unwrap();
    assert_eq!(
        ids(&items),
        [
            "framing-shots",
            "managing-a-budget",
            "drafting-scenes",
            "leadership",
            "storytelling",
            "patience",
            "focus",
            "when-they-work"
        ]
    );
}

#[test]
fn check_valid_and_invalid_files_exits_two_naming_the_bad_one() {
    let good = fixture("three-roles.ron");
    let bad = fixture("one-side.ron");
    let output = rolefit(&["check", good.to_str().unwrap(), bad.to_str().unwrap()]);
    assert_eq!(status(&output), 2);
    let text = stdout(&output);
    assert!(
        text.contains(&format!("ok: {} (3 roles, 8 items)", good.display())),
        "{text}"
    );
    // Where the problem is, as a syntax error says it: the line and column of the difference's
    // id, and its pane.
    assert!(
        text.contains(&format!("error: {}:10:18: in differences, ", bad.display())),
        "{text}"
    );
    assert!(text.contains("`focus`"), "{text}");
}

#[test]
fn check_valid_files_only_exits_zero() {
    let builtin = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/director-vs-producer.ron");
    let three = fixture("three-roles.ron");
    let output = rolefit(&["check", three.to_str().unwrap(), builtin.to_str().unwrap()]);
    assert_eq!(status(&output), 0, "{}", stdout(&output));
    let text = stdout(&output);
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.lines().all(|line| line.starts_with("ok: ")), "{text}");
    assert!(text.contains("(2 roles, 40 items)"), "{text}");
}

#[test]
fn check_reports_every_file_including_missing_ones() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.ron");
    let syntax = fixture("syntax-error.ron");
    let output = rolefit(&["check", missing.to_str().unwrap(), syntax.to_str().unwrap()]);
    assert_eq!(status(&output), 2);
    let text = stdout(&output);
    assert!(
        text.contains(&format!("error: {}: no such deck file", missing.display())),
        "{text}"
    );
    assert!(
        text.contains(&format!("{}:3:26:", syntax.display())),
        "{text}"
    );
}

#[test]
fn deck_syntax_error_prints_file_line_and_column() {
    let deck = fixture("syntax-error.ron");
    let output = rolefit(&["--deck", deck.to_str().unwrap(), "list"]);
    assert_eq!(status(&output), 2);
    let message = stderr(&output);
    assert!(
        message.contains(&format!("{}:3:26: ", deck.display())),
        "{message}"
    );
    assert_eq!(stdout(&output), "");
}

#[test]
fn an_unreadable_deck_gives_its_reason_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_str().unwrap();
    let output = rolefit(&["--deck", path, "list"]);
    assert_eq!(status(&output), 2);
    let message = stderr(&output);
    // Refused before it is opened: what it is, said once, and no system error after it.
    assert_eq!(
        message
            .matches("cannot read the deck: it is a directory, not a regular file")
            .count(),
        1,
        "{message}"
    );
    assert!(!message.contains("os error"), "{message}");
}
