//! End to end in a real terminal (tmux, 120x40): mark two items, quit, start again, and the marks
//! and the fit meter are back from the session file in XDG_DATA_HOME.

mod common;

use common::tmux::{Run, Tmux};

/// Waits until the screen shows `text`.
fn wait_for(run: &Run, text: &str) -> String {
    run.wait_for(&format!("`{text}`"), |s| s.contains(text))
}

/// Waits until the screen shows `text` and the whole fit meter (two gauges and the reading): a
/// capture can catch a frame half drawn, with the pane titles but not the meter.
fn wait_for_meter(run: &Run, text: &str) -> String {
    run.wait_for(&format!("`{text}` and the fit meter"), |s| {
        s.contains(text) && meter(s).len() == 3
    })
}

/// The fit meter's lines: each role's gauge with its figures, and the reading.
fn meter(screen: &str) -> Vec<String> {
    screen
        .lines()
        .filter_map(|line| {
            let right = line.rsplit("││").next()?.trim_end_matches('│').trim_end();
            let is_gauge = (right.starts_with("Director ") || right.starts_with("Producer "))
                && right.contains('%');
            (is_gauge || right.starts_with("Leaning ") || right == "Even")
                .then(|| right.to_string())
        })
        .collect()
}

#[test]
fn marks_and_the_fit_meter_come_back_after_a_restart() {
    let tmux = Tmux::start();
    let data = tempfile::tempdir().unwrap();

    let first = tmux.launch_with_data("first", data.path());
    wait_for(&first, "Duties 0/15 marked");
    first.key("Space");
    first.key("j");
    first.key("Space");
    let marked = wait_for_meter(&first, "2/15 marked");
    let before = meter(&marked);
    assert_eq!(before.len(), 3, "{before:?} from\n{marked}");
    assert!(before[0].ends_with("6%  2/27"), "{before:?}");
    assert!(before[1].ends_with("0%  0/29"), "{before:?}");
    assert_eq!(before[2], "Leaning Director by 6 points");

    let path = data.path().join("rolefit/director-vs-producer.ron");
    assert!(path.exists(), "the marks are saved before quitting");
    first.key("q");
    first.wait_for_exit();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"interpreting-scripts\""), "{text}");
    assert!(text.contains("\"auditioning-and-casting\""), "{text}");

    let second = tmux.launch_with_data("second", data.path());
    let resumed = wait_for_meter(&second, "2/15 marked");
    assert_eq!(meter(&resumed), before, "the screen:\n{resumed}");
    assert!(resumed.contains("[x] Interpreting scripts"), "{resumed}");
    assert!(resumed.contains("[x] Auditioning and casting"), "{resumed}");

    // Every change is saved at once: a third mark survives the terminal going away without q.
    second.key("j");
    second.key("Space");
    wait_for(&second, "3/15 marked");
    second.kill();
    let third = tmux.launch_with_data("third", data.path());
    let screen = wait_for_meter(&third, "3/15 marked");
    assert!(meter(&screen)[0].ends_with("9%  3/27"), "{screen}");
    third.key("q");
    third.wait_for_exit();
}
