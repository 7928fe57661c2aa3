//! Reset through the explorer: confirmation, declining keeps everything, accepting backs the
//! session up and clears it, and a mark just before a reset is in the backup.

use std::fs;
use std::path::{Path, PathBuf};

use ratatui::crossterm::event::KeyCode;
use rolefit::marks::{Mark, Marks};
use rolefit::mode::Mode;
use rolefit::session;

mod common;

use common::sessions::{DECK_ID, app_at, reopen, saved, session_with_unknowns};
use common::{perform, press_key, type_keys};

fn backups(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().contains(".bak-"))
        .collect();
    found.sort();
    found
}

#[test]
fn reset_then_no_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut app = app_at(None, &path);
    type_keys(&mut app, " j ");
    perform(&mut app);
    let before = fs::read(&path).unwrap();
    let marks = app.marks().clone();

    press_key(&mut app, KeyCode::Char('R'));
    assert_eq!(app.mode(), Mode::ConfirmReset);
    press_key(&mut app, KeyCode::Char('n'));
    assert_eq!(app.mode(), Mode::Browse);
    perform(&mut app);
    assert_eq!(app.marks(), &marks);
    assert_eq!(fs::read(&path).unwrap(), before);
    assert!(backups(dir.path()).is_empty());

    // Esc also declines.
    press_key(&mut app, KeyCode::Char('R'));
    press_key(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Browse);
    perform(&mut app);
    assert_eq!(app.marks(), &marks);
    assert!(backups(dir.path()).is_empty());
}

#[test]
fn reset_then_yes_backs_up_and_clears() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    session::save(&session_with_unknowns(), &path).unwrap();
    let mut app = reopen(&path);
    type_keys(&mut app, " j ");
    perform(&mut app);
    let old = saved(&path);
    assert_eq!(old.answers.len(), 5);

    type_keys(&mut app, "Ry");
    assert_eq!(app.mode(), Mode::Browse);
    perform(&mut app);

    let found = backups(dir.path());
    assert_eq!(found, vec![dir.path().join("s.ron.bak-20231114T221320Z")]);
    let backup = session::load(&found[0], DECK_ID).unwrap().unwrap();
    assert_eq!(
        backup.answers, old.answers,
        "the backup holds the old answers"
    );

    let new = saved(&path);
    assert!(new.answers.is_empty(), "{:?}", new.answers);
    assert_eq!(app.marks(), &Marks::for_deck(app.deck()));
    assert!(app.fits().iter().all(|f| f.have == 0));
    assert_eq!(app.guided().position, 0);
    let status = app.status().unwrap();
    assert!(status.contains("s.ron.bak-20231114T221320Z"), "{status}");

    // A second reset in the same second keeps a second, distinct backup.
    type_keys(&mut app, " Ry");
    perform(&mut app);
    let found = backups(dir.path());
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(saved(&path).answers.is_empty());
}

#[test]
fn reset_without_a_file_yet_just_clears() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut app = app_at(None, &path);
    app.answer(0, Some(Mark::Have));
    app.take_effects(); // not saved: no file yet when the reset comes
    type_keys(&mut app, "Ry");
    perform(&mut app);
    assert_eq!(app.marks(), &Marks::for_deck(app.deck()));
    assert!(backups(dir.path()).is_empty());
    assert!(saved(&path).answers.is_empty());
}

#[test]
fn a_mark_just_before_a_reset_is_in_the_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut app = app_at(None, &path);
    type_keys(&mut app, " ");
    perform(&mut app);
    // One batch, as when keys arrive together: mark another duty, then reset.
    type_keys(&mut app, "j Ry");
    perform(&mut app);
    let found = backups(dir.path());
    assert_eq!(found.len(), 1);
    let backup = session::load(&found[0], DECK_ID).unwrap().unwrap();
    assert_eq!(backup.answers.len(), 2, "{:?}", backup.answers.keys());
}
