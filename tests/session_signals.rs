//! End to end in tmux: SIGTERM and SIGHUP end the explorer as `q` does (terminal restored,
//! position saved, exit 128 + the signal).

mod common;

use std::path::Path;
use std::process::Command;

use common::sessions::saved;
use common::tmux::{Run, Tmux};
use rolefit::deck::Pane;

/// Starts rolefit on the session file `session` in the tmux session `name`.
fn launch<'a>(tmux: &'a Tmux, name: &str, session: &Path) -> Run<'a> {
    let session = session.to_str().expect("a UTF-8 temporary directory");
    tmux.launch(name, &[("NO_COLOR", "1")], &["--session", session])
}

/// Sends `signal` to the rolefit process of `run`.
fn send_signal(run: &Run, signal: &str) {
    let sent = Command::new("kill")
        .args(["-s", signal, &run.program_pid().to_string()])
        .status()
        .expect("run kill");
    assert!(sent.success());
}

/// Moves to the third skill and marks it, then sends `signal`, and checks how rolefit left.
fn ends_cleanly_on(signal: &str, expected_exit: &str) {
    let tmux = Tmux::start();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let run = launch(&tmux, "explorer", &path);
    run.keep_pane_after_exit();
    run.wait_for("the explorer", |s| s.contains("Duties 0/15 marked"));
    run.key("Tab");
    run.key("Space");
    run.key("j");
    run.key("j");
    run.wait_for("the mark", |s| s.contains("Skills 1/18 marked"));
    assert_eq!(run.pane_format("#{alternate_on}"), "1");
    assert_eq!(run.pane_format("#{mouse_any_flag}"), "1");

    send_signal(&run, signal);
    assert_eq!(run.wait_for_exit(), expected_exit);
    assert_eq!(
        run.pane_format("#{alternate_on}"),
        "0",
        "the alternate screen was left"
    );
    assert_eq!(
        run.pane_format("#{mouse_any_flag}"),
        "0",
        "the mouse was released"
    );
    let session = saved(&path);
    assert_eq!(session.focus, Pane::Skills, "{session:?}");
    assert_eq!(
        session.selected[&Pane::Skills],
        "determination",
        "{session:?}"
    );
    assert!(session.answers.contains_key("experience-in-filmmaking"));
}

#[test]
fn sigterm_restores_the_terminal_and_saves_the_position() {
    ends_cleanly_on("TERM", "EXIT=143");
}

#[test]
fn sighup_restores_the_terminal_and_saves_the_position() {
    ends_cleanly_on("HUP", "EXIT=129");
}
