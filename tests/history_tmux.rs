//! Snapshots in a real terminal (tmux), as a new user meets them: mark, keep a snapshot with
//! `S`, change an answer, and see the change in the history (`H`) as a chart and in words;
//! then `rolefit snapshot list` and `rolefit diff` see the same snapshot.

mod common;

use common::process::{rolefit_at_home, status, stdout};
use common::tmux::Tmux;

#[test]
fn a_snapshot_kept_in_the_explorer_shows_the_change_since() {
    let tmux = Tmux::start();
    let data = tempfile::tempdir().unwrap();
    let run = tmux.launch_with_data("history", data.path());
    run.wait_for("the explorer", |s| s.contains("Duties 0/15 marked"));
    run.key("Space");
    run.wait_for("a mark", |s| s.contains("Duties 1/15 marked"));
    run.key("S");
    run.wait_for("the name box", |s| s.contains("Save a snapshot"));
    run.type_text("film school");
    run.key("Enter");
    run.wait_for("the snapshot kept", |s| {
        s.contains("Snapshot `film school` saved (1 in all; H shows the history)")
    });
    run.key("j");
    run.key("Space");
    run.wait_for("a second mark", |s| s.contains("Duties 2/15 marked"));
    run.key("H");
    // Waits for the whole frame: a capture can fall between two writes of one frame.
    run.wait_for("the history with its chart, list and change", |s| {
        s.contains("Your snapshots (1) and now")
            && s.contains("• Director")
            && s.contains("▶ film school")
            && s.contains("Since `film school`:")
            && s.contains("Now marked: Auditioning and casting.")
            && s.contains("Esc close")
    });
    run.key("Escape");
    run.wait_for("the explorer again", |s| s.contains("Duties 2/15 marked"));
    run.key("q");
    assert_eq!(run.wait_for_exit(), "EXIT=0");

    let listed = rolefit_at_home(&["snapshot", "list"], data.path());
    assert_eq!(status(&listed), 0);
    assert!(
        stdout(&listed).contains("film school"),
        "{}",
        stdout(&listed)
    );
    let diff = rolefit_at_home(&["diff"], data.path());
    assert!(
        stdout(&diff).contains("Now marked: Auditioning and casting."),
        "{}",
        stdout(&diff)
    );
}
