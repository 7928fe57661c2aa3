//! Phases in the deck format (issue 14): an optional list of phases, an optional phase on duties
//! and skills (never on differences), every problem with them placed as others are, their texts
//! cleaned, and decks without phases as before.

mod common;

use common::decks::{MIXED, two_roles};
use common::process::{rolefit, status, stdout};
use rolefit::deck::{Deck, DeckError, MAX_PHASES, Problem, Warning};

const PHASED: &str = r#"phases: [(id: "shoot", name: "The shoot"), (id: "cut", name: "The cut")],
    duties: [
        (id: "framing", title: "Framing", roles: ["director"], phase: "shoot"),
        (id: "budget", title: "Budget", roles: ["producer"]),
    ],
    skills: [(id: "patience", title: "Patience", roles: ["director", "producer"], phase: "cut")],
    differences: [(id: "focus", title: "Focus", sides: {"director": "Art.", "producer": "Money."})],"#;

fn problems(text: &str) -> Vec<Problem> {
    match Deck::parse(text, "deck.ron") {
        Err(DeckError::Invalid { problems, .. }) => {
            problems.into_iter().map(|p| p.problem).collect()
        }
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn phases_load_in_file_order_and_items_name_theirs() {
    let deck = Deck::parse(&two_roles(PHASED), "phased").expect("valid");
    assert!(deck.has_phases());
    let phases: Vec<(&str, &str)> = deck
        .phases
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_str()))
        .collect();
    assert_eq!(phases, [("shoot", "The shoot"), ("cut", "The cut")]);
    let of = |id: &str| {
        let item = deck.item(deck.item_index(id).unwrap());
        (item.phase(), deck.phase_of(item).map(|p| p.id.as_str()))
    };
    assert_eq!(of("framing"), (Some(0), Some("shoot")));
    assert_eq!(of("budget"), (None, None));
    assert_eq!(of("patience"), (Some(1), Some("cut")));
    assert_eq!(of("focus"), (None, None));
}

#[test]
fn a_deck_without_phases_has_none_and_loads_as_before() {
    let deck = Deck::parse(&two_roles(MIXED), "plain").expect("valid");
    assert!(!deck.has_phases());
    assert!(deck.phases.is_empty());
    assert!(deck.items().all(|item| item.phase().is_none()));
    // An empty list is the same as none.
    let empty = Deck::parse(&two_roles(&format!("phases: [],\n    {MIXED}")), "empty").unwrap();
    assert!(!empty.has_phases());
}

#[test]
fn the_phases_may_come_after_the_items_that_name_them() {
    let text = two_roles(
        r#"duties: [(id: "d", title: "D", roles: ["director"], phase: "late")],
    phases: [(id: "late", name: "Late")],"#,
    );
    let deck = Deck::parse(&text, "order").expect("valid");
    assert_eq!(deck.item(0).phase(), Some(0));
}

#[test]
fn an_unknown_phase_is_named_with_its_item_line_column_and_pane() {
    let text = two_roles(
        r#"phases: [(id: "shoot", name: "Shoot")],
    duties: [(id: "d", title: "D", roles: ["director"], phase: "edit")],
    skills: [(id: "s", title: "S", roles: ["director"], phase: "")],"#,
    );
    let message = Deck::parse(&text, "deck.ron").unwrap_err().to_string();
    assert_eq!(
        message,
        "deck.ron: 2 problems:\n  - deck.ron:9:65: in duties, `d` names unknown phase `edit`; \
         list it in the deck's `phases`\n  - deck.ron:10:65: in skills, `s` names unknown phase \
         ``; list it in the deck's `phases`"
    );
}

#[test]
fn a_phase_in_a_deck_without_phases_is_unknown() {
    let text =
        two_roles(r#"duties: [(id: "d", title: "D", roles: ["director"], phase: "shoot")],"#);
    assert_eq!(
        problems(&text),
        [Problem::UnknownPhase {
            phase: "shoot".into(),
            item: "d".into()
        }]
    );
}

#[test]
fn a_difference_has_no_phase() {
    let text = two_roles(
        r#"phases: [(id: "shoot", name: "Shoot")],
    differences: [(id: "x", title: "X", sides: {"director": "A.", "producer": "B."}, phase: "shoot")],"#,
    );
    let message = Deck::parse(&text, "deck.ron").unwrap_err().to_string();
    assert!(
        message.contains("unknown field `phase` in a difference"),
        "{message}"
    );
}

#[test]
fn phase_ids_are_checked_like_other_ids_and_placed() {
    let text = two_roles(
        r#"phases: [(id: "shoot", name: "Shoot"), (id: "shoot", name: "Again"), (id: "", name: "")],"#,
    );
    let message = Deck::parse(&text, "deck.ron").unwrap_err().to_string();
    assert_eq!(
        message,
        "deck.ron: 3 problems:\n  - deck.ron:8:50: phase id `shoot` is used twice\n  - \
         deck.ron:8:80: phase #3 has an empty id\n  - deck.ron:8:80: phase `` has an empty name"
    );
    let long = "p".repeat(129);
    let text = two_roles(&format!(
        r#"phases: [(id: "{long}", name: "Long"), (id: "q", name: " ")],"#
    ));
    let found = problems(&text);
    assert!(
        matches!(
            &found[0],
            Problem::LongId {
                what: "phase",
                chars: 129,
                ..
            }
        ),
        "{found:?}"
    );
    assert_eq!(found[1], Problem::EmptyPhaseName { phase: "q".into() });
    assert_eq!(found.len(), 2, "{found:?}");
    let at_limit = "p".repeat(128);
    let text = two_roles(&format!(r#"phases: [(id: "{at_limit}", name: "Long")],"#));
    assert!(Deck::parse(&text, "ok").is_ok());
}

#[test]
fn a_deck_has_at_most_thirty_two_phases() {
    let list = |count: usize| {
        let phases: Vec<String> = (0..count)
            .map(|n| format!(r#"(id: "p{n}", name: "Phase {n}")"#))
            .collect();
        two_roles(&format!(
            "phases: [{}],\n    duties: [(id: \"d\", title: \"D\", roles: [\"director\"], phase: \"p{}\")],",
            phases.join(", "),
            count - 1
        ))
    };
    assert_eq!(MAX_PHASES, 32);
    let deck = Deck::parse(&list(MAX_PHASES), "most").expect("32 phases are fine");
    assert_eq!(deck.item(0).phase(), Some(31));
    // Only the count is wrong: the item's phase is still known, not reported as unknown.
    assert_eq!(
        problems(&list(MAX_PHASES + 1)),
        [Problem::TooManyPhases { count: 33 }]
    );
    let message = Deck::parse(&list(300), "deck.ron").unwrap_err().to_string();
    assert_eq!(
        message,
        "deck.ron: the deck has 300 phases; a deck may have at most 32"
    );
}

#[test]
fn phase_texts_are_cleaned_and_check_says_where() {
    let text = two_roles(
        r#"phases: [(id: "sh\u{200B}oot", name: "The \u{1b}[2Jshoot")],
    duties: [(id: "d", title: "D", roles: ["director"], phase: "shoot\u{202E}")],"#,
    );
    let checked = Deck::parse_checked(&text, "hidden").expect("cleaned, it loads");
    let deck = &checked.deck;
    assert_eq!(deck.phases[0].id, "shoot");
    assert_eq!(deck.phases[0].name, "The shoot");
    assert_eq!(deck.item(0).phase(), Some(0));
    let said: Vec<String> = checked.warnings().iter().map(Warning::to_string).collect();
    assert_eq!(said.len(), 3, "{said:#?}");
    assert!(
        said[0].starts_with("the id of phase #1 held"),
        "{}",
        said[0]
    );
    assert!(
        said[1].starts_with("the name of phase `shoot` held"),
        "{}",
        said[1]
    );
    assert!(said[2].starts_with("the phase of `d` held"), "{}", said[2]);
}

#[test]
fn a_misspelt_phase_field_is_named_with_what_was_expected() {
    let text = two_roles(r#"phases: [(id: "p", title: "P")],"#);
    let message = Deck::parse(&text, "deck.ron").unwrap_err().to_string();
    assert_eq!(
        message,
        "deck.ron:8:24: unknown field `title` in a phase; expected one of `id` or `name`"
    );
    let text = two_roles(r#"duties: [(id: "d", title: "D", roles: ["director"], phaze: "p")],"#);
    let message = Deck::parse(&text, "deck.ron").unwrap_err().to_string();
    assert!(
        message.contains("expected one of `id`, `title`, `detail`, `roles`, `phase` or `weight`"),
        "{message}"
    );
}

#[test]
fn check_accepts_a_deck_with_phases_and_reports_an_unknown_one() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.ron");
    std::fs::write(&good, two_roles(PHASED)).unwrap();
    let output = rolefit(&["check", good.to_str().unwrap()]);
    assert_eq!(status(&output), 0, "{}", stdout(&output));
    let bad = dir.path().join("bad.ron");
    std::fs::write(
        &bad,
        two_roles(&PHASED.replace(r#"phase: "cut""#, r#"phase: "edit""#)),
    )
    .unwrap();
    let output = rolefit(&["check", bad.to_str().unwrap()]);
    assert_eq!(status(&output), 2);
    let text = stdout(&output);
    assert!(
        text.contains(&format!(
            "{}:13:91: in skills, `patience` names unknown phase `edit`",
            bad.display()
        )),
        "{text}"
    );
}
