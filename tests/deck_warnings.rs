//! Advice for deck authors: a title, detail or side that names one of the deck's roles is a warning from
//! `Deck::warnings` and `rolefit check`, never an error.

mod common;

use common::decks::two_roles;
use common::process::{rolefit, status, stdout};
use rolefit::deck::{Deck, Place, Warning};

/// A duty whose detail names the director, a duty whose title names the producer, and a
/// difference whose producer side names producers.
const NAMING: &str = r#"duties: [
        (id: "framing", title: "Framing", detail: "The Director picks the angle.", roles: ["director"]),
        (id: "paying", title: "Paying as a producer", detail: "Wages.", roles: ["producer"]),
        (id: "budget", title: "Budget", detail: "Keeping control of the money.", roles: ["producer"]),
    ],
    differences: [
        (
            id: "focus",
            title: "Focus",
            detail: "Where the attention goes.",
            sides: {"director": "The images.", "producer": "What producers care about: money."},
        ),
    ],"#;

fn names_role(item: &str, place: Place, role: &str) -> Warning {
    Warning::NamesRole {
        item: item.to_string(),
        place,
        role: role.to_string(),
    }
}

#[test]
fn a_detail_or_side_that_names_a_role_is_a_warning() {
    let deck = Deck::parse(&two_roles(NAMING), "naming").expect("warnings do not stop a deck");
    assert_eq!(
        deck.warnings(),
        [
            names_role("framing", Place::Detail, "Director"),
            names_role("paying", Place::Title, "Producer"),
            names_role("focus", Place::Side("producer".into()), "Producer"),
        ]
    );
    assert_eq!(
        deck.warnings()[1].to_string(),
        "the title of `paying` names the role `Producer`, which gives the answer away in the \
         blind assessment; describe the work without naming who does it"
    );
    assert_eq!(
        deck.warnings()[2].to_string(),
        "the `producer` side of `focus` names the role `Producer`, which gives the answer away \
         in the blind assessment; describe the work without naming who does it"
    );
}

#[test]
fn words_that_only_contain_a_role_name_are_not_warned_about() {
    let deck = Deck::parse(
        &two_roles(
            r#"skills: [
        (id: "a", title: "A", detail: "Reproducers and codirectors.", roles: ["director"]),
    ],"#,
        ),
        "inside words",
    )
    .unwrap();
    assert_eq!(deck.warnings(), Vec::<Warning>::new());
}

#[test]
fn the_builtin_deck_has_no_warnings() {
    assert_eq!(Deck::builtin().unwrap().warnings(), Vec::<Warning>::new());
}

#[test]
fn check_prints_warnings_and_still_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("naming.ron");
    std::fs::write(&path, two_roles(NAMING)).unwrap();
    let output = rolefit(&["check", path.to_str().unwrap()]);
    let text = stdout(&output);
    assert_eq!(status(&output), 0, "{text}");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert_eq!(
        lines[0],
        format!("ok: {} (2 roles, 4 items)", path.display())
    );
    let warning = format!("warning: {}: ", path.display());
    assert!(
        lines[1].starts_with(&warning) && lines[1].contains("`framing`"),
        "{text}"
    );
    assert!(
        lines[2].starts_with(&warning) && lines[2].contains("the title of `paying`"),
        "{text}"
    );
    assert!(
        lines[3].starts_with(&warning) && lines[3].contains("`focus`"),
        "{text}"
    );
}
