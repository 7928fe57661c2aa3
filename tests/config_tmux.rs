//! End to end with a config file: the real binary in tmux, with `quit` rebound to `z`. `q` does
//! nothing, `z` quits with status 0, the footer names `z`, and the terminal's cursor follows the
//! selected row (what a screen reader reads).
//!
//! This test needs tmux. When it is missing it fails: CI installs it (.ci/run).

mod common;

use std::path::PathBuf;

use common::tmux::Tmux;

#[test]
fn with_quit_rebound_to_z_q_does_not_quit_and_z_quits_with_status_0() {
    let config =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/configs/quit-z.ron");
    let tmux = Tmux::start();
    let config = config.to_str().expect("a UTF-8 path");
    let rolefit = tmux.launch("rolefit-config", &[], &["--no-session", "--config", config]);
    // Row 3 is the first duty (title, search line, the pane's border above it).
    rolefit.wait_for_screen_and_cursor(
        "the first screen, `z quit` in the footer, the cursor on the first duty",
        |s, cursor| {
            s.contains("Interpreting scripts")
                && s.lines().last().is_some_and(|l| l.contains("z quit"))
                && !s.contains("q quit")
                && cursor == "1,3"
        },
    );

    rolefit.type_text("q");
    // Still running and still listening: the next key moves the selection, and the cursor with it.
    rolefit.type_text("j");
    rolefit.wait_for_screen_and_cursor(
        "the second duty selected, the cursor on its row",
        |s, cursor| s.contains("Holding auditions and choosing") && cursor == "1,4",
    );
    assert_eq!(rolefit.exit_status(), None, "q quit rolefit");

    rolefit.type_text("z");
    assert_eq!(rolefit.wait_for_exit(), "EXIT=0");
}
