//! Snapshots in the explorer, through `update` and the effects: `S` names one (empty takes the
//! date), Enter keeps it beside the session, `H` opens the history and moves through it; a
//! history that cannot be read is never written over.

mod common;

use std::fs;

use common::sessions::{DECK_ID, app_at};
use common::*;
use rolefit::app::{App, Snapshots};
use rolefit::history::{History, store};
use rolefit::marks::Mark;
use rolefit::mode::Mode;

fn with_history(dir: &std::path::Path) -> App {
    let session = dir.join("s.ron");
    let mut app = app_at(None, &session);
    let history = store::load(&store::path_beside(&session), DECK_ID).unwrap();
    app.set_snapshots(Snapshots::Kept(history));
    app
}

fn saved_history(dir: &std::path::Path) -> History {
    store::load(&dir.join("s.snapshots.ron"), DECK_ID).unwrap()
}

#[test]
fn s_names_a_snapshot_and_enter_keeps_it_beside_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = with_history(dir.path());
    let leadership = item(&app, "leadership");
    app.answer(leadership, Some(Mark::Have));
    press(&mut app, "S");
    assert_eq!(app.mode(), Mode::SnapshotName);
    type_keys(&mut app, "film school");
    press(&mut app, "<Enter>");
    perform(&mut app);
    assert_eq!(app.mode(), Mode::Browse);
    let status = app.status().unwrap_or_default().to_string();
    assert!(
        status.starts_with("Snapshot `film school` saved (1 in all"),
        "{status}"
    );
    let history = saved_history(dir.path());
    assert_eq!(history.snapshots.len(), 1);
    assert_eq!(history.snapshots[0].name, "film school");
    assert!(history.snapshots[0].marks.contains_key("leadership"));

    // An empty name takes the date by the app's clock (2023-11-14).
    press(&mut app, "S<Enter>");
    perform(&mut app);
    assert_eq!(saved_history(dir.path()).snapshots[1].name, "2023-11-14");
    // Esc keeps nothing.
    press(&mut app, "Sdraft<Esc>");
    perform(&mut app);
    assert_eq!(app.mode(), Mode::Browse);
    assert_eq!(saved_history(dir.path()).snapshots.len(), 2);
}

#[test]
fn a_name_taken_or_a_broken_history_is_said_and_nothing_is_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = with_history(dir.path());
    press(&mut app, "Sone<Enter>");
    perform(&mut app);
    press(&mut app, "Sone<Enter>");
    perform(&mut app);
    assert!(
        app.status().unwrap_or_default().contains("exists already"),
        "{:?}",
        app.status()
    );
    let path = dir.path().join("s.snapshots.ron");
    fs::write(
        &path,
        "(deck: \"director-vs-producer\", snapshots: [(nmae: 1)])",
    )
    .unwrap();
    let before = fs::read(&path).unwrap();
    press(&mut app, "Stwo<Enter>");
    perform(&mut app);
    let status = app.status().unwrap_or_default().to_string();
    assert!(
        status.contains("snapshot history does not parse"),
        "{status}"
    );
    assert!(status.contains("s.snapshots.ron:1:"), "{status}");
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn h_opens_the_history_on_the_latest_snapshot_and_moves_within_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = with_history(dir.path());
    press(&mut app, "H");
    assert_eq!(app.mode(), Mode::Browse);
    assert_eq!(app.status(), Some("No snapshots yet: S keeps one"));
    for name in ["a", "b", "c"] {
        press(&mut app, &format!("S{name}<Enter>"));
        perform(&mut app);
    }
    press(&mut app, "H");
    assert_eq!(app.mode(), Mode::History);
    assert_eq!(app.history_selected(), 2);
    press(&mut app, "<Up><Up><Up>");
    assert_eq!(app.history_selected(), 0);
    press(&mut app, "j<Down><Down>");
    assert_eq!(app.history_selected(), 2);
    press(&mut app, "<Esc>");
    assert_eq!(app.mode(), Mode::Browse);
}

#[test]
fn without_a_session_file_snapshots_say_why_not() {
    let mut app = app(120, 40);
    press(&mut app, "S");
    assert_eq!(app.mode(), Mode::Browse);
    assert!(
        app.status()
            .unwrap_or_default()
            .starts_with("No snapshots: "),
        "{:?}",
        app.status()
    );
    press(&mut app, "H");
    assert_eq!(app.mode(), Mode::Browse);
}
