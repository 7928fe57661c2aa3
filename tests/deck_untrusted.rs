//! A deck from a stranger (issue 13): its texts are cleaned as it is read and `check` says what
//! was removed, where; only a regular file within the limit is read; ids are bounded; a
//! difference has no more sides than the assessment has keys; and every problem says where it
//! is, as a syntax error does.

mod common;

use std::time::{Duration, Instant};

use common::decks::{fixture, two_roles};
use common::process::{rolefit, status, stderr, stdout};
use rolefit::deck::{Deck, DeckError, MAX_SIDES, Problem, Warning};

fn write(dir: &std::path::Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

const OSC_TITLE: &str = r#"duties: [
        (id: "osc", title: "\u{1b}]0;pwned\u{7}\u{1b}[2JHello", detail: "Two\nlines \u{202E}here", roles: ["director"]),
    ],"#;

#[test]
fn hidden_characters_are_removed_as_the_deck_is_read() {
    let deck = Deck::parse(&two_roles(OSC_TITLE), "osc").unwrap();
    let item = deck.item(0);
    assert_eq!(&*item.title, "Hello");
    assert_eq!(&*item.detail, "Two lines here");
}

#[test]
fn check_warns_about_each_text_that_held_hidden_characters_with_its_place() {
    let checked = Deck::parse_checked(&two_roles(OSC_TITLE), "osc").unwrap();
    let said: Vec<String> = checked.warnings().iter().map(Warning::to_string).collect();
    assert_eq!(said.len(), 2, "{said:#?}");
    assert!(
        said[0].starts_with("the title of `osc` held an escape sequence (OSC"),
        "{}",
        said[0]
    );
    assert!(said[0].contains("at character 1"), "{}", said[0]);
    assert!(
        said[1].starts_with("the detail of `osc` held a line break"),
        "{}",
        said[1]
    );
    assert!(said[1].contains("(U+202E) at character 11"), "{}", said[1]);

    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "osc.ron", &two_roles(OSC_TITLE));
    let output = rolefit(&["check", &path]);
    assert_eq!(status(&output), 0, "a cleaned deck still passes");
    let text = stdout(&output);
    assert!(
        text.contains(&format!("warning: {path}: the title of `osc` held")),
        "{text}"
    );
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{202E}'),
        "{text:?}"
    );
}

#[test]
fn a_deck_full_of_hidden_characters_costs_a_few_lines_of_warnings() {
    let duties: Vec<String> = (0..500)
        .map(|n| format!(r#"(id: "d{n}", title: "T\u{{7}}{n}", roles: ["director"])"#))
        .collect();
    let text = two_roles(&format!("duties: [{}],", duties.join(", ")));
    let checked = Deck::parse_checked(&text, "many").unwrap();
    assert_eq!(checked.warnings().len(), 51);
    assert_eq!(
        checked.warnings().last().unwrap().to_string(),
        "450 more texts held hidden characters, removed when the deck was read"
    );
}

#[test]
fn an_id_that_only_hid_characters_is_empty_and_two_that_differ_only_in_them_are_one() {
    let text = two_roles(
        r#"duties: [
        (id: "\u{200B}", title: "A", roles: ["director"]),
        (id: "a\u{200B}b", title: "B", roles: ["director"]),
        (id: "ab", title: "C", roles: ["director"]),
    ],"#,
    );
    let Err(DeckError::Invalid { problems, .. }) = Deck::parse(&text, "ids") else {
        panic!("the deck must not load");
    };
    let what: Vec<Problem> = problems.into_iter().map(|p| p.problem).collect();
    assert!(
        what.contains(&Problem::EmptyId {
            pane: "duties",
            position: 1
        }),
        "{what:?}"
    );
    assert!(
        what.contains(&Problem::DuplicateId { id: "ab".into() }),
        "{what:?}"
    );
}

#[test]
fn ids_longer_than_the_limit_are_refused_by_check() {
    let long = "x".repeat(129);
    let text = two_roles(&format!(
        r#"duties: [(id: "{long}", title: "A", roles: ["director"])],"#
    ))
    .replacen(r#"id: "test""#, &format!(r#"id: "{}""#, "d".repeat(300)), 1);
    let Err(DeckError::Invalid { problems, .. }) = Deck::parse(&text, "long") else {
        panic!("the deck must not load");
    };
    let said: Vec<String> = problems.iter().map(|p| p.problem.to_string()).collect();
    assert_eq!(said.len(), 2, "{said:#?}");
    assert!(
        said.iter()
            .any(|s| s.contains("the deck id `dddd") && s.contains("300 characters"))
    );
    assert!(
        said.iter()
            .any(|s| s.contains("the item id `xxxx") && s.contains("at most 128"))
    );
    assert!(said.iter().all(|s| s.chars().count() < 120), "{said:#?}");
}

#[test]
fn a_difference_has_at_most_as_many_sides_as_the_assessment_has_keys() {
    let roles: Vec<String> = (0..10)
        .map(|n| format!(r#"(id: "r{n}", name: "Role {n}")"#))
        .collect();
    let sides: Vec<String> = (0..10).map(|n| format!(r#""r{n}": "Side {n}.""#)).collect();
    let text = format!(
        r#"(id: "ten", title: "Ten", roles: [{}],
    differences: [(id: "many", title: "Many", sides: {{{}}})])"#,
        roles.join(", "),
        sides.join(", ")
    );
    let error = Deck::parse(&text, "ten").unwrap_err().to_string();
    assert_eq!(MAX_SIDES, 9);
    assert!(error.contains("difference `many` has 10 sides"), "{error}");
    assert!(error.contains("at most 9 (keys 1 to 9)"), "{error}");
    // Nine is fine, with ten roles in the deck.
    let nine = text.replace(r#", "r9": "Side 9.""#, "");
    assert!(Deck::parse(&nine, "nine").is_ok());
}

#[test]
fn unknown_roles_and_repeated_ids_are_placed_at_their_line_and_column_in_their_pane() {
    let text = two_roles(
        r#"duties: [(id: "d", title: "D", roles: ["editor"])],
    skills: [(id: "d", title: "S", roles: ["director"])],"#,
    );
    let message = Deck::parse(&text, "deck.ron").unwrap_err().to_string();
    assert_eq!(
        message,
        "deck.ron: 2 problems:\n  - deck.ron:8:45: in duties, `d` names unknown role `editor`\n  \
         - deck.ron:9:20: in skills, id `d` is used more than once"
    );
}

#[test]
fn a_misspelt_field_is_named_plainly() {
    let text = two_roles(r#"duties: [(id: "d", titel: "D", roles: ["director"])],"#);
    let message = Deck::parse(&text, "deck.ron").unwrap_err().to_string();
    assert_eq!(
        message,
        "deck.ron:8:24: unknown field `titel` in a duty or skill; expected one of `id`, \
         `title`, `detail`, `roles`, `phase` or `weight`"
    );
    assert!(!message.contains("invalid identifier"));
}

#[test]
fn a_byte_order_mark_at_the_start_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("\u{feff}{}", two_roles(OSC_TITLE));
    let path = write(dir.path(), "bom.ron", &text);
    let output = rolefit(&["--deck", &path, "list"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
}

#[test]
fn only_a_regular_file_within_the_limit_is_read_and_never_blocks() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = dir.path().join("deck.fifo");
    let made = std::process::Command::new("mkfifo").arg(&pipe).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    for (path, what) in [
        (
            pipe.display().to_string(),
            "it is a named pipe (FIFO), not a regular file",
        ),
        (
            "/dev/zero".to_string(),
            "it is a character device, not a regular file",
        ),
        (
            fixture("").display().to_string(),
            "it is a directory, not a regular file",
        ),
    ] {
        let start = Instant::now();
        let output = rolefit(&["--deck", &path, "list"]);
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{path} took {:?}",
            start.elapsed()
        );
        assert_eq!(status(&output), 2);
        let message = stderr(&output);
        assert!(
            message.contains(&format!("cannot read the deck: {what}")),
            "{message}"
        );
    }
}

#[test]
fn roles_that_share_a_name_are_a_warning() {
    let text = two_roles("").replace(r#"name: "Producer""#, r#"name: "Director""#);
    let checked = Deck::parse_checked(&text, "same").unwrap();
    let said: Vec<String> = checked.warnings().iter().map(Warning::to_string).collect();
    assert_eq!(
        said,
        [
            "roles `director`, `producer` are all named `Director`; give each its own name, or \
          the fit meter and the result cannot tell them apart"
        ]
    );
}

#[test]
fn a_deck_with_a_problem_on_every_line_lists_a_hundred_and_counts_the_rest() {
    let duties: Vec<String> = (0..5000)
        .map(|n| format!("(id: \"d{n}\", title: \"T\", roles: [\"nobody\"])\n"))
        .collect();
    let text = two_roles(&format!("duties: [{}],", duties.join(", ")));
    let start = Instant::now();
    let message = Deck::parse(&text, "many").unwrap_err().to_string();
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(
        message.lines().count(),
        102,
        "a heading, 100 problems and the count"
    );
    assert!(
        message.ends_with("\n  - and 4900 more"),
        "{}",
        &message[message.len() - 80..]
    );
    assert!(
        message.contains("\n  - many:107:"),
        "the last listed is placed too"
    );
}
