//! Export through the explorer: the report written next to the session file, to a typed path, or
//! not at all when cancelled.

use std::fs;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use rolefit::app::Mode;
use rolefit::effects;
use rolefit::event::action_for;
use rolefit::update::update;

mod common;

use common::sessions::app_at;
use common::{press_key, type_keys};

#[test]
fn export_writes_the_report_next_to_the_session_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sessions/s.ron");
    let mut app = app_at(None, &path);
    type_keys(&mut app, " j ");
    effects::perform(&mut app);

    press_key(&mut app, KeyCode::Char('e'));
    assert_eq!(app.mode, Mode::Export);
    let expected = dir.path().join("sessions/director-vs-producer-report.md");
    assert_eq!(app.prompt.text(), expected.display().to_string());
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.mode, Mode::Browse);
    effects::perform(&mut app);

    let report = fs::read_to_string(&expected).expect("the report was written");
    assert!(
        report.contains("Director") && report.contains("Producer"),
        "{report}"
    );
    assert!(report.contains('%'), "{report}");
    assert!(report.contains("| Director | 6% | 2/27 |"), "{report}");
    let status = app.status.clone().unwrap();
    assert!(
        status.contains("director-vs-producer-report.md"),
        "{status}"
    );
}

#[test]
fn export_to_a_typed_path_and_cancel() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut app = app_at(None, &path);

    press_key(&mut app, KeyCode::Char('e'));
    press_key(&mut app, KeyCode::Esc);
    assert_eq!(app.mode, Mode::Browse);
    effects::perform(&mut app);
    assert!(!dir.path().join("director-vs-producer-report.md").exists());

    press_key(&mut app, KeyCode::Char('e'));
    // Clear the prompt and type another path.
    let event = Event::Key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    let action = action_for(&app, &event).unwrap();
    update(&mut app, action);
    let other = dir.path().join("mine.md");
    type_keys(&mut app, &other.display().to_string());
    press_key(&mut app, KeyCode::Enter);
    effects::perform(&mut app);
    assert!(fs::read_to_string(&other).unwrap().contains("Director"));
}
