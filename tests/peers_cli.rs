//! A peer's view end to end through the real binary: `invite` writes a rate-me file that holds
//! none of the user's answers, a rated file is added (again: replaced), listed and removed, the
//! report gains `"peers"`, and a hostile or wrong file changes nothing.

use std::fs;
use std::path::{Path, PathBuf};

use rolefit::session::{self, SavedMark};
use serde_json::Value;

mod common;

use common::home::Home;
use common::process::{status, stderr};
use common::sessions::{DECK_ID, answer};

/// An invitation rated as a peer would: their name and these marks.
fn rated(home: &Home, file: &str, rater: &str, have: &[&str]) -> PathBuf {
    let path = home.path(file);
    home.ok(&["invite", "--name", "Alex", "--out", path.to_str().unwrap()]);
    let mut rate_me = session::load(&path, DECK_ID).unwrap().unwrap();
    for id in have {
        rate_me
            .answers
            .insert(id.to_string(), answer(SavedMark::Have));
    }
    rate_me.rating.as_mut().unwrap().rater = Some(rater.to_string());
    session::save(&rate_me, &path).unwrap();
    path
}

fn text(path: &Path) -> String {
    fs::read_to_string(path).unwrap()
}

#[test]
fn an_invitation_holds_the_deck_and_the_name_and_none_of_the_answers() {
    let home = Home::new();
    home.have(&["framing-shots", "leadership", "marketing"]);
    let out = home.path("rate-me.ron");
    let said = home.ok(&["invite", "--name", "Alex", "--out", out.to_str().unwrap()]);
    assert!(said.contains("rolefit rate "), "{said}");
    let file = text(&out);
    assert!(
        file.contains(DECK_ID) && file.contains("\"Alex\""),
        "{file}"
    );
    for id in ["framing-shots", "leadership", "marketing"] {
        assert!(
            !file.contains(id),
            "{id} leaked into the invitation:\n{file}"
        );
    }
    // Never replaced.
    let again = home.run(&["invite", "--name", "Alex", "--out", out.to_str().unwrap()]);
    assert_eq!(status(&again), 2);
    assert!(
        stderr(&again).contains("never replaced"),
        "{}",
        stderr(&again)
    );
    assert_eq!(text(&out), file);
}

#[test]
fn peers_are_added_replaced_listed_removed_and_shown_in_the_report() {
    let home = Home::new();
    home.have(&["framing-shots", "leadership"]);
    let none = home.ok(&["report", "--format", "json"]);
    assert!(
        serde_json::from_str::<Value>(&none)
            .unwrap()
            .get("peers")
            .is_none()
    );

    let sam = rated(&home, "sam.ron", "Sam", &["framing-shots", "marketing"]);
    let lee = rated(&home, "lee.ron", "Lee", &["marketing", "negotiation"]);
    let added = home.ok(&["peers", "add", sam.to_str().unwrap(), lee.to_str().unwrap()]);
    assert!(
        added.contains("Added Sam's answers (2)") && added.contains("Added Lee's"),
        "{added}"
    );
    let sam_again = rated(
        &home,
        "sam2.ron",
        "Sam",
        &["framing-shots", "marketing", "editing-film"],
    );
    let replaced = home.ok(&["peers", "add", sam_again.to_str().unwrap()]);
    assert!(
        replaced.contains("Replaced Sam's earlier answers"),
        "{replaced}"
    );

    let listed: Value = serde_json::from_str(&home.ok(&["peers", "list", "--json"])).unwrap();
    assert_eq!(listed[0]["name"], "Sam");
    assert_eq!(listed[0]["answers"], 3);
    assert_eq!(listed[1]["name"], "Lee");

    let report: Value = serde_json::from_str(&home.ok(&["report", "--format", "json"])).unwrap();
    let peers = &report["peers"];
    assert_eq!(peers["names"], serde_json::json!(["Sam", "Lee"]));
    assert_eq!(peers["roles"][0]["id"], "director");
    assert!(peers["roles"][0]["self"].as_f64().unwrap() > 0.0);
    let johari = &peers["johari"];
    let has = |area: &str, id: &str| johari[area].as_array().unwrap().contains(&Value::from(id));
    // Two peers: "seen" is at least one of them.
    assert!(has("open", "framing-shots"), "{johari}");
    assert!(has("hidden", "leadership"), "{johari}");
    assert!(
        has("blind", "marketing") && has("blind", "negotiation"),
        "{johari}"
    );
    assert!(has("unknown", "patience"), "{johari}");
    let markdown = home.ok(&["report"]);
    assert!(
        markdown.contains("## Through your peers' eyes"),
        "{markdown}"
    );
    assert!(markdown.contains("Marketing (2 of 2)"), "{markdown}");

    assert_eq!(
        home.ok(&["peers", "remove", "Lee"]),
        "Removed Lee's answers\n"
    );
    let gone = home.run(&["peers", "remove", "Lee"]);
    assert_eq!(status(&gone), 2);
}

#[test]
fn a_wrong_or_broken_peer_file_is_refused_and_changes_nothing() {
    let home = Home::new();
    let sam = rated(&home, "sam.ron", "Sam", &["marketing"]);
    home.ok(&["peers", "add", sam.to_str().unwrap()]);
    let peers_file = home.path("rolefit/director-vs-producer.peers.ron");
    let before = text(&peers_file);

    let broken = home.path("broken.ron");
    fs::write(
        &broken,
        "(deck: \"director-vs-producer\",\n answers: {\"x\": (mark: Hve)})",
    )
    .unwrap();
    let unrated = rated(&home, "unrated.ron", "", &["marketing"]);
    let mut no_rater = session::load(&unrated, DECK_ID).unwrap().unwrap();
    no_rater.rating.as_mut().unwrap().rater = None;
    session::save(&no_rater, &unrated).unwrap();
    let other_deck = home.path("other.ron");
    fs::write(&other_deck, text(&sam).replace(DECK_ID, "another-deck")).unwrap();
    home.have(&["leadership"]);
    let own_session = home.session();
    for (file, expected) in [
        (&broken, "broken.ron:2:"),
        (&unrated, "does not say who rated"),
        (&other_deck, "belongs to deck `another-deck`"),
        (&own_session, "not a rate-me file"),
    ] {
        // With a good file beside it: nothing is added unless every file reads.
        let output = home.run(&[
            "peers",
            "add",
            sam.to_str().unwrap(),
            file.to_str().unwrap(),
        ]);
        assert_eq!(status(&output), 2, "{file:?}");
        assert!(
            stderr(&output).contains(expected),
            "{file:?}: {}",
            stderr(&output)
        );
        assert_eq!(text(&peers_file), before, "{file:?}");
    }
    // A name with control characters is cleaned where it enters.
    let hostile = rated(&home, "hostile.ron", "Ev\u{1b}[2Jil\u{202e}", &[]);
    let added = home.ok(&["peers", "add", hostile.to_str().unwrap()]);
    assert!(added.contains("Added Evil's answers"), "{added:?}");
    assert!(!text(&peers_file).contains('\u{1b}'));
}

#[test]
fn rating_a_file_of_another_deck_or_a_plain_session_is_a_clear_error() {
    let home = Home::new();
    let sam = rated(&home, "sam.ron", "Sam", &[]);
    let other = home.path("other.ron");
    fs::write(&other, text(&sam).replace(DECK_ID, "another-deck")).unwrap();
    let output = home.run(&["rate", other.to_str().unwrap()]);
    assert_eq!(status(&output), 2);
    assert!(
        stderr(&output).contains("belongs to deck `another-deck`"),
        "{}",
        stderr(&output)
    );
    home.have(&["leadership"]);
    let own = home.session();
    let output = home.run(&["rate", own.to_str().unwrap()]);
    assert_eq!(status(&output), 2);
    assert!(
        stderr(&output).contains("is not a rate-me file"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_peer_file_over_the_size_limit_is_refused_unread() {
    let home = Home::new();
    let huge = home.path("huge.ron");
    let file = fs::File::create(&huge).unwrap();
    file.set_len(16 * 1024 * 1024 + 1).unwrap();
    let output = home.run(&["peers", "add", huge.to_str().unwrap()]);
    assert_eq!(status(&output), 2);
    assert!(
        stderr(&output).contains("over the limit of 16 MiB"),
        "{}",
        stderr(&output)
    );
    assert!(!home.path("rolefit/director-vs-producer.peers.ron").exists());
}
