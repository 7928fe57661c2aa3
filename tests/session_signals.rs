//! End to end in tmux: SIGTERM and SIGHUP end the explorer as `q` does (terminal restored,
//! position saved, exit 128 + the signal), and a second explorer on the same session file is
//! refused instead of overwriting the first one's answers.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::process::{rolefit, status, stderr};
use common::sessions::saved;
use common::tmux::{Run, Tmux};
use rolefit::deck::Pane;
use rolefit::session::lock_path;

/// Sends `signals` to the rolefit process of `run`, back to back from one shell (its built-in
/// `kill`), so that the later ones come while the first is being handled; each must find rolefit
/// still there.
fn send_signals(run: &Run, signals: &[&str]) {
    let kills: Vec<String> = signals
        .iter()
        .map(|signal| format!("kill -s {signal} \"$0\""))
        .collect();
    let sent = Command::new("sh")
        .args(["-c", &kills.join(" && "), &run.program_pid().to_string()])
        .status()
        .expect("run sh");
    assert!(
        sent.success(),
        "rolefit was gone before {signals:?} were all sent"
    );
}

/// Waits until the first skill is marked and the third selected (the detail pane shows it).
fn wait_for_third_skill(run: &Run) {
    run.wait_for("the mark and the third skill", |s| {
        let lines: Vec<&str> = s.lines().collect();
        let detail = lines.iter().position(|l| l.contains("Detail"));
        let shown = detail.and_then(|i| lines.get(i + 1));
        s.contains("Skills 1/18 marked") && shown.is_some_and(|l| l.contains("Determination"))
    });
}

/// Marks the first skill and moves to the third, then sends `signals` one right after the other,
/// and checks how rolefit left.
fn ends_cleanly_on(signals: &[&str], expected_exits: &[&str]) {
    let tmux = Tmux::start();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let run = tmux.launch_on_session("explorer", &path);
    run.keep_pane_after_exit();
    run.wait_for("the explorer", |s| s.contains("Duties 0/15 marked"));
    run.key("Tab");
    run.key("Space");
    // Saved (and drawn) before the moves are read, so the saved row is the first.
    run.wait_for("the mark", |s| s.contains("Skills 1/18 marked"));
    run.key("j");
    run.key("j");
    wait_for_third_skill(&run);
    assert_eq!(run.display("#{alternate_on}"), "1");
    assert_eq!(run.display("#{mouse_any_flag}"), "1");
    // Space saved the first skill as selected; only the signal's save can hold the third.
    let before = saved(&path);
    assert_eq!(
        before.selected[&Pane::Skills],
        "experience-in-filmmaking",
        "{before:?}"
    );
    assert!(lock_path(&path).exists(), "the explorer holds the lock");

    send_signals(&run, signals);
    let exit = run.wait_for_exit();
    assert!(expected_exits.contains(&exit.as_str()), "{exit}");
    assert_eq!(
        run.display("#{alternate_on}"),
        "0",
        "the alternate screen was left"
    );
    assert_eq!(
        run.display("#{mouse_any_flag}"),
        "0",
        "the mouse was released"
    );
    assert_saved_third_skill_and_left_nothing(&path);
}

/// The session at `path` holds the third skill as the position, and neither the lock file nor a
/// temporary file of a save is left beside it.
fn assert_saved_third_skill_and_left_nothing(path: &Path) {
    let session = saved(path);
    assert_eq!(session.focus, Pane::Skills, "{session:?}");
    assert_eq!(
        session.selected[&Pane::Skills],
        "determination",
        "{session:?}"
    );
    assert!(!lock_path(path).exists(), "the lock file goes with rolefit");
    assert_no_temporary_files(path.parent().expect("the session is in a directory"));
}

/// No `.rolefit-*.tmp` left in `dir`: no save was cut short.
fn assert_no_temporary_files(dir: &Path) {
    let stray: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    assert!(stray.is_empty(), "{stray:?}");
}

#[test]
fn sigterm_restores_the_terminal_and_saves_the_position() {
    ends_cleanly_on(&["TERM"], &["EXIT=143"]);
}

#[test]
fn sighup_restores_the_terminal_and_saves_the_position() {
    ends_cleanly_on(&["HUP"], &["EXIT=129"]);
}

/// systemd sends SIGHUP right after SIGTERM at logout: the second must not skip the save. Two
/// signals pending at once are read in no set order, so either may be the one the status names.
#[test]
fn sighup_right_after_sigterm_still_saves_the_position() {
    ends_cleanly_on(&["TERM", "HUP"], &["EXIT=143", "EXIT=129"]);
}

#[test]
fn a_closed_terminal_saves_the_position_and_ends_rolefit() {
    closing_the_terminal_saves_and_ends_rolefit("", None);
}

/// A shell that ignores SIGHUP does not pass the hang-up on to rolefit: it must hear the terminal
/// go away by itself, not spin on it.
#[test]
fn a_closed_terminal_ends_rolefit_even_when_its_shell_ignores_the_hangup() {
    // The shell outlives the terminal, so it records how rolefit ended: by the hang-up it heard
    // (129), not by a failed read of the dead terminal (2).
    closing_the_terminal_saves_and_ends_rolefit("trap '' HUP; ", Some("EXIT=129"));
}

/// Marks the first skill, moves to the third, then closes the terminal under a pane shell that
/// first runs `setup`, and checks that rolefit saved the position and went away, with
/// `expected_exit` as the status its shell recorded when one is given.
fn closing_the_terminal_saves_and_ends_rolefit(setup: &str, expected_exit: Option<&str>) {
    let tmux = Tmux::start();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let session = path.to_str().expect("a UTF-8 temporary directory");
    let run = tmux.launch_after(
        setup,
        "explorer",
        &[("NO_COLOR", "1")],
        &["--session", session],
    );
    run.wait_for("the explorer", |s| s.contains("Duties 0/15 marked"));
    run.key("Tab");
    run.key("Space");
    run.key("j");
    run.key("j");
    wait_for_third_skill(&run);
    let pid = run.program_pid();

    // The terminal goes away (SIGHUP, and reads fail): crossterm's read never returns again, so
    // the position is saved from the signal thread, and rolefit must not linger.
    run.kill();
    let start = Instant::now();
    while Path::new(&format!("/proc/{pid}")).exists() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "rolefit {pid} still runs after its terminal closed"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    // The signal thread ended the process, which skips the lock's Drop: the lock must go anyway.
    assert_saved_third_skill_and_left_nothing(&path);
    if let Some(expected) = expected_exit {
        assert_eq!(run.wait_for_exit(), expected);
    }
}

#[test]
fn a_second_explorer_on_the_same_session_is_refused() {
    let tmux = Tmux::start();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let first = tmux.launch_on_session("first", &path);
    first.wait_for("the explorer", |s| s.contains("Duties 0/15 marked"));
    first.key("Space");
    first.wait_for("the mark", |s| s.contains("Duties 1/15 marked"));
    let before = std::fs::read(&path).unwrap();

    // The lock is checked before the terminal is: no terminal is needed to be refused.
    let second = rolefit(&["--session", path.to_str().unwrap()]);
    assert_eq!(status(&second), 2);
    let message = stderr(&second);
    assert!(message.contains("open in another rolefit"), "{message}");
    assert!(message.contains("s.ron"), "{message}");
    assert_eq!(std::fs::read(&path).unwrap(), before);

    // `report` only reads, so it still works meanwhile.
    let report = rolefit(&["report", "--session", path.to_str().unwrap()]);
    assert_eq!(status(&report), 0, "{}", stderr(&report));

    first.key("q");
    assert_eq!(first.wait_for_exit(), "EXIT=0");
    assert!(
        !lock_path(&path).exists(),
        "the lock file goes with the explorer"
    );
    let after = rolefit(&["--session", path.to_str().unwrap()]);
    let message = stderr(&after);
    assert!(
        !message.contains("another rolefit"),
        "free once the first quits: {message}"
    );
}
