//! Snapshots and the diff end to end: save, list, remove and diff through the real binary, with
//! the history kept beside the session, and a broken history reported and never overwritten.

use std::fs;
use std::path::Path;

use rolefit::session::SavedMark;

mod common;

use common::home::Home;
use common::process::{status, stderr};

fn path_text(path: &Path) -> String {
    fs::read_to_string(path).unwrap()
}

#[test]
fn a_snapshot_then_new_answers_show_as_words_and_json() {
    let home = Home::new();
    home.answer(&[
        ("framing-shots", SavedMark::Have),
        ("focus", SavedMark::Lean("director".into())),
        ("marketing", SavedMark::Have),
    ]);
    let saved = home.ok(&["snapshot", "save", "film school"]);
    assert!(
        saved.starts_with("Saved snapshot `film school`: Director "),
        "{saved}"
    );
    assert!(home.history().exists());

    home.answer(&[
        ("framing-shots", SavedMark::Have),
        ("focus", SavedMark::Lean("producer".into())),
        ("managing-a-budget", SavedMark::Have),
        ("negotiation", SavedMark::Have),
        ("marketing", SavedMark::Refuse),
    ]);
    let json = home.json(&["diff", "--json"]);
    assert_eq!(json["from"], "film school");
    assert_eq!(json["to"], "now");
    let mut gained: Vec<&str> = json["gained"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    gained.sort_unstable();
    assert_eq!(gained, ["managing-a-budget", "negotiation"]);
    assert_eq!(json["lost"], serde_json::json!(["marketing"]));
    assert_eq!(json["refused"], serde_json::json!(["marketing"]));
    assert_eq!(json["unrefused"], serde_json::json!([]));
    assert_eq!(
        json["leans_changed"],
        serde_json::json!([{"id": "focus", "from": "director", "to": "producer"}])
    );
    let roles = json["roles"].as_array().unwrap();
    assert_eq!(roles[0]["id"], "director");
    assert!(
        roles[1]["to"].as_f64() > roles[1]["from"].as_f64(),
        "{json}"
    );
    assert!(
        roles[0]["to"].as_f64() < roles[0]["from"].as_f64(),
        "{json}"
    );

    let words = home.ok(&["diff"]);
    assert!(
        words.starts_with("From `film school` to `now`:\n"),
        "{words}"
    );
    assert!(words.contains("Producer: "), "{words}");
    assert!(words.contains("Now marked: "), "{words}");
    assert!(words.contains("No longer marked: Marketing."), "{words}");
    assert!(words.contains("Would not do now: Marketing."), "{words}");
    assert!(words.contains("Focus: Director → Producer."), "{words}");
    // The role that moved most comes first (by whole points, as the words say them).
    let moved = |role: &serde_json::Value| {
        let point = |key: &str| role[key].as_f64().unwrap().round() as i64;
        (point("to") - point("from")).abs()
    };
    let most = if moved(&roles[1]) > moved(&roles[0]) {
        "Producer"
    } else {
        "Director"
    };
    let first_role = words.lines().nth(1).unwrap();
    assert!(first_role.starts_with(most), "{most} moved most:\n{words}");
}

#[test]
fn snapshots_are_listed_named_by_date_by_default_and_removed() {
    let home = Home::new();
    assert!(home.ok(&["snapshot", "list"]).contains("No snapshots yet"));
    assert_eq!(
        home.json(&["snapshot", "list", "--json"]),
        serde_json::json!([])
    );
    home.answer(&[("leadership", SavedMark::Have)]);
    home.ok(&["snapshot", "save"]);
    home.ok(&["snapshot", "save"]);
    home.ok(&["snapshot", "save", "later"]);
    let listed = home.json(&["snapshot", "list", "--json"]);
    let names: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 3);
    assert_eq!(names[0].len(), "2026-12-03".len(), "{names:?}");
    assert_eq!(names[1], format!("{}-2", names[0]));
    assert_eq!(names[2], "later");
    assert!(listed[0]["roles"][0]["fit"].as_f64().unwrap() > 0.0);
    assert!(listed[0]["taken"].as_str().unwrap().ends_with('Z'));

    let table = home.ok(&["snapshot", "list"]);
    assert!(table.starts_with("NAME"), "{table}");
    assert!(
        table.contains("DIRECTOR") && table.contains("later"),
        "{table}"
    );

    assert_eq!(
        home.ok(&["snapshot", "remove", "later"]),
        "Removed snapshot `later`\n"
    );
    let gone = home.run(&["snapshot", "remove", "later"]);
    assert_eq!(status(&gone), 2);
    assert!(
        stderr(&gone).contains("no snapshot named `later`"),
        "{}",
        stderr(&gone)
    );
    // Between two snapshots, nothing changed.
    let same = home.ok(&["diff", names[0], names[1]]);
    assert!(same.contains("No answer changed."), "{same}");
}

#[test]
fn diff_errors_exit_two_with_a_clear_message() {
    let home = Home::new();
    let none = home.run(&["diff"]);
    assert_eq!(status(&none), 2);
    assert!(
        stderr(&none).contains("no snapshots yet"),
        "{}",
        stderr(&none)
    );
    home.ok(&["snapshot", "save", "one"]);
    let unknown = home.run(&["diff", "two\u{1b}[2J"]);
    assert_eq!(status(&unknown), 2);
    assert!(
        stderr(&unknown).contains("no snapshot named `two`"),
        "{}",
        stderr(&unknown)
    );
    assert!(!stderr(&unknown).contains('\u{1b}'));
    for bad in ["now", "", "a\tb"] {
        let output = home.run(&["snapshot", "save", bad]);
        assert_eq!(status(&output), 2, "{bad:?}");
    }
    let taken = home.run(&["snapshot", "save", "one"]);
    assert_eq!(status(&taken), 2);
    assert!(
        stderr(&taken).contains("exists already"),
        "{}",
        stderr(&taken)
    );
    let no_session = home.run(&["--no-session", "snapshot", "list"]);
    assert_eq!(status(&no_session), 2);
}

#[test]
fn a_broken_history_is_reported_with_its_place_and_never_overwritten() {
    let home = Home::new();
    home.ok(&["snapshot", "save", "one"]);
    let broken = path_text(&home.history()).replacen("name:", "nmae:", 1);
    fs::write(home.history(), &broken).unwrap();
    for args in [
        &["snapshot", "save", "two"][..],
        &["snapshot", "list"],
        &["diff"],
    ] {
        let output = home.run(args);
        assert_eq!(status(&output), 2, "{args:?}");
        let err = stderr(&output);
        assert!(err.contains("director-vs-producer.snapshots.ron:"), "{err}");
        assert!(err.contains("snapshot history does not parse"), "{err}");
    }
    assert_eq!(path_text(&home.history()), broken);

    let other_deck = path_text(&home.history())
        .replacen("nmae:", "name:", 1)
        .replacen("director-vs-producer", "someone-else", 1);
    fs::write(home.history(), &other_deck).unwrap();
    let output = home.run(&["snapshot", "list"]);
    assert_eq!(status(&output), 2);
    assert!(
        stderr(&output).contains("belongs to deck `someone-else`"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn snapshots_keep_answers_for_ids_the_deck_no_longer_has() {
    let home = Home::new();
    home.answer(&[
        ("retired-duty", SavedMark::Have),
        ("leadership", SavedMark::Have),
    ]);
    home.ok(&["snapshot", "save", "old"]);
    let text = path_text(&home.history());
    assert!(text.contains("retired-duty"), "{text}");
    home.ok(&["snapshot", "save", "again"]);
    assert!(path_text(&home.history()).matches("retired-duty").count() == 2);
}

#[test]
fn a_fresh_session_keeps_the_history() {
    let home = Home::new();
    home.answer(&[("leadership", SavedMark::Have)]);
    home.ok(&["snapshot", "save", "before"]);
    home.ok(&["--fresh-session", "report"]);
    assert!(!home.session().exists(), "the session was moved aside");
    let listed = home.ok(&["snapshot", "list", "--json"]);
    assert!(listed.contains("\"before\""), "{listed}");
    let diff = home.ok(&["diff", "--json"]);
    assert!(diff.contains("\"lost\": [\n    \"leadership\""), "{diff}");
}
