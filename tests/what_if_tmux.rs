//! The what-if layer in a real terminal (tmux): answers tried there leave the session file as it
//! was while the layer is open, quitting asks about them, and each answer does what it says.

mod common;

use common::tmux::Tmux;

#[test]
fn quitting_a_what_if_asks_and_dropping_leaves_the_saved_answers_as_they_were() {
    let tmux = Tmux::start();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let run = tmux.launch_on_session("drop", &path);
    run.wait_for("the explorer", |s| s.contains("Duties 0/15 marked"));
    run.key("Space");
    run.wait_for("the saved mark", |s| s.contains("Duties 1/15 marked"));
    let saved = std::fs::read(&path).unwrap();
    for key in ["w", "j", "Space", "j", "x"] {
        run.key(key);
    }
    let screen = run.wait_for("the pending answers", |s| {
        s.contains("{!} Organizing the crew")
    });
    assert!(screen.contains("{x} Auditioning and casting"), "{screen}");
    assert!(screen.contains("What if:"), "{screen}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        saved,
        "nothing written meanwhile"
    );
    run.key("q");
    run.wait_for("the question", |s| s.contains("Keep them before quitting?"));
    run.key("n");
    assert_eq!(run.wait_for_exit(), "EXIT=0");
    let session = common::sessions::saved(&path);
    assert_eq!(
        session.answers.len(),
        1,
        "only the mark given before the what-if"
    );
}

#[test]
fn keeping_a_what_if_before_quitting_saves_its_answers() {
    let tmux = Tmux::start();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let run = tmux.launch_on_session("keep", &path);
    run.wait_for("the explorer", |s| s.contains("Duties 0/15 marked"));
    for key in ["w", "Space", "j", "x", "q"] {
        run.key(key);
    }
    run.wait_for("the question", |s| {
        s.contains("The what-if changes 2 answers")
    });
    run.key("y");
    assert_eq!(run.wait_for_exit(), "EXIT=0");
    let session = common::sessions::saved(&path);
    assert_eq!(session.answers.len(), 2, "{:?}", session.answers);
}
