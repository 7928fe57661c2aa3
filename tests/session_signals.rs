//! End to end in tmux: SIGTERM and SIGHUP end the explorer as `q` does (terminal restored,
//! position saved, exit 128 + the signal), and a second explorer on the same session file is
//! refused instead of overwriting the first one's answers.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};

use common::process::{status, stderr};
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

#[test]
fn a_second_explorer_on_the_same_session_is_refused() {
    let tmux = Tmux::start();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let first = launch(&tmux, "first", &path);
    first.wait_for("the explorer", |s| s.contains("Duties 0/15 marked"));
    first.key("Space");
    first.wait_for("the mark", |s| s.contains("Duties 1/15 marked"));
    let before = std::fs::read(&path).unwrap();

    // The lock is checked before the terminal is: no terminal is needed to be refused.
    let second = Command::new(env!("CARGO_BIN_EXE_rolefit"))
        .args(["--session", path.to_str().unwrap()])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(status(&second), 2);
    let message = stderr(&second);
    assert!(message.contains("open in another rolefit"), "{message}");
    assert!(message.contains("s.ron"), "{message}");
    assert_eq!(std::fs::read(&path).unwrap(), before);

    // `report` only reads, so it still works meanwhile.
    let report = Command::new(env!("CARGO_BIN_EXE_rolefit"))
        .args(["report", "--session", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(status(&report), 0, "{}", stderr(&report));

    first.key("q");
    assert_eq!(first.wait_for_exit(), "EXIT=0");
    assert!(
        !rolefit::session::lock_path(&path).exists(),
        "the lock file goes with the explorer"
    );
    let after = Command::new(env!("CARGO_BIN_EXE_rolefit"))
        .args(["--session", path.to_str().unwrap()])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let message = stderr(&after);
    assert!(
        !message.contains("another rolefit"),
        "free once the first quits: {message}"
    );
}
