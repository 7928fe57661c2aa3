//! A peer's view in a real terminal (tmux), as people meet it: Alex writes an invitation, Sam
//! rates Alex from it (blind, cards phrased about Alex, nothing of Alex's answers shown), Alex
//! adds the file and sees the Johari window and both fits in the result.

mod common;

use common::process::{rolefit_at_home, status, stderr};
use common::tmux::Tmux;

#[test]
fn a_peer_rates_from_a_file_and_the_subject_sees_the_johari_window() {
    let tmux = Tmux::start();
    let alex = tempfile::tempdir().unwrap();
    let invitation = alex.path().join("rate-alex.ron");
    let invitation_arg = invitation.to_str().unwrap();
    let invited = rolefit_at_home(
        &["invite", "--name", "Alex", "--out", invitation_arg],
        alex.path(),
    );
    assert_eq!(status(&invited), 0, "{}", stderr(&invited));

    // Sam rates Alex: every card, a yes for traits, the first side for differences.
    let run = tmux.launch_held(
        "sam",
        &[("NO_COLOR", "1")],
        &["rate", invitation_arg, "--name", "Sam"],
    );
    let first = run.wait_for("the first card", |s| s.contains("Card 1 of 40"));
    assert!(first.contains("rating Alex"), "{first}");
    assert!(
        !first.contains("Director 0%"),
        "a peer never sees the fit:\n{first}"
    );
    for card in 1..=40 {
        let screen = run.wait_for("a card", |s| {
            s.contains(&format!("Card {card} of 40")) && s.contains("?")
        });
        assert!(
            screen.contains("DOES ALEX HAVE THIS: ")
                || screen.contains("WHICH IS MORE LIKE ALEX: "),
            "{screen}"
        );
        if screen.contains("WHICH IS MORE LIKE ALEX") {
            run.key("1");
        } else {
            run.key("y");
        }
        if card == 40 {
            break;
        }
    }
    let done = run.written("the end of the rating", |s| {
        s.contains("your answers about Alex are saved in")
    });
    assert!(done.contains("send it back to them"), "{done}");
    assert_eq!(run.exit_status().as_deref(), Some("EXIT=0"));

    // Alex adds it and opens the result.
    let added = rolefit_at_home(&["peers", "add", invitation_arg], alex.path());
    assert_eq!(status(&added), 0, "{}", stderr(&added));
    let run = tmux.launch_with_data("alex", alex.path());
    run.wait_for("the explorer", |s| s.contains("Duties 0/15 marked"));
    run.key("Space");
    run.key("r");
    run.wait_for("the result", |s| s.contains("Your result"));
    for _ in 0..120 {
        run.key("Down");
    }
    run.wait_for("the peers' view", |s| {
        s.contains("Through your peers' eyes (Sam)")
            && s.contains("Blind spot, only they see")
            && s.contains("Director: you 3% · your peers ")
    });
    run.key("Escape");
    run.key("q");
    assert_eq!(run.wait_for_exit(), "EXIT=0");
}
