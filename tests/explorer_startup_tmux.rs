//! End to end, how the explorer starts in a real terminal (tmux): a broken deck is reported on the
//! normal screen with exit status 2, and `--no-mouse` leaves mouse capture off.
//!
//! These tests need tmux. When it is missing they fail: CI installs it (.ci/run).

mod common;

use std::path::Path;

use common::decks::fixture;
use common::tmux::Tmux;

/// What a terminal is sent to switch to the alternate screen (crossterm's EnterAlternateScreen).
const ENTER_ALTERNATE_SCREEN: &str = "\x1b[?1049h";
/// The first of the modes crossterm's EnableMouseCapture turns on: report button presses.
const ENABLE_MOUSE: &str = "\x1b[?1000h";

/// Where rolefit looks for its config: a directory without one, so the user's own config (a
/// broken one, or `mouse: false`) cannot change what these tests see.
const NO_CONFIG: (&str, &str) = ("XDG_CONFIG_HOME", "/nonexistent/rolefit-test-config");

/// A copy of fixture deck `name` as `broken.ron` in `dir`, so the message fits on one row.
fn broken_deck(dir: &Path, name: &str) -> String {
    let path = dir.join("broken.ron");
    std::fs::copy(fixture(name), &path).expect("copying the fixture deck");
    path.to_str().expect("a UTF-8 path").to_string()
}

/// Runs the explorer on a broken deck and checks it printed `message` on the normal screen,
/// exited 2, and never switched to the alternate screen or took the mouse.
fn refuses_on_the_normal_screen(fixture_name: &str, message: &str) {
    let dir = tempfile::tempdir().unwrap();
    let deck = broken_deck(dir.path(), fixture_name);
    let tmux = Tmux::start();
    let rolefit = tmux.launch_held("broken", &[NO_CONFIG], &["--no-session", "--deck", &deck]);
    assert_eq!(rolefit.wait_for_exit(), "EXIT=2");
    // The recording holds all rolefit wrote, so a switch to the alternate screen and back (which
    // the final screen cannot show) would be in it.
    let written = rolefit.written("the message", |w| w.contains(message));
    assert!(
        !written.contains(ENTER_ALTERNATE_SCREEN),
        "rolefit entered the alternate screen: {written:?}"
    );
    assert!(
        !written.contains(ENABLE_MOUSE),
        "rolefit took the mouse: {written:?}"
    );
    // tmux has shown what it recorded, so the message is there to read.
    let shown = rolefit.scrollback();
    assert!(
        shown
            .lines()
            .any(|l| l.starts_with("rolefit: ") && l.contains(message)),
        "the message is not on the normal screen:\n{shown}"
    );
    assert_eq!(rolefit.display("#{alternate_on}"), "0");
}

#[test]
fn a_deck_with_a_duplicate_id_is_reported_by_id_on_the_normal_screen_with_status_2() {
    refuses_on_the_normal_screen("duplicate-id.ron", "id `focus` is used more than once");
}

#[test]
fn a_deck_with_a_syntax_error_is_reported_by_line_and_column_on_the_normal_screen() {
    refuses_on_the_normal_screen("syntax-error.ron", "broken.ron:3:26: ");
}

/// Starts the explorer with `args` (and no user config, see [`NO_CONFIG`]), waits for its first screen, and returns
/// tmux's `#{mouse_any_flag}` for the pane and whether rolefit asked the terminal for the mouse.
fn mouse_flag(args: &[&str]) -> (String, bool) {
    let tmux = Tmux::start();
    let mut all_args = vec!["--no-session"];
    all_args.extend(args);
    let rolefit = tmux.launch_held("mouse", &[NO_CONFIG], &all_args);
    rolefit.wait_for("the first screen", |s| {
        s.contains("Interpreting scripts") && s.lines().any(|l| l.contains("q quit"))
    });
    assert_eq!(rolefit.display("#{alternate_on}"), "1", "the explorer runs");
    let flag = rolefit.display("#{mouse_any_flag}");
    // Besides tmux's flag, the recording shows whether rolefit asked for the mouse at all. The
    // mouse is taken (or not) before the first frame is drawn, so the frame's text is enough to
    // wait for.
    let written = rolefit.written("the first frame", |w| {
        w.contains(ENTER_ALTERNATE_SCREEN) && w.contains("Interpreting scripts")
    });
    rolefit.type_text("q");
    assert_eq!(rolefit.wait_for_exit(), "EXIT=0");
    (flag, written.contains(ENABLE_MOUSE))
}

#[test]
fn no_mouse_leaves_mouse_capture_off() {
    assert_eq!(mouse_flag(&["--no-mouse"]), ("0".to_string(), false));
}

#[test]
fn without_no_mouse_the_explorer_captures_the_mouse() {
    assert_eq!(mouse_flag(&[]), ("1".to_string(), true));
}
