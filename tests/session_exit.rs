//! Leaving rolefit when the session cannot be saved: the answers go to a new file in the first
//! rescue folder that takes them (or, failing all, into the message), never silently away.

use std::fs;
use std::path::PathBuf;

use rolefit::effects;
use rolefit::marks::Mark;
use rolefit::session::{self, SavedMark};

mod common;

use common::sessions::{DECK_ID, app_at};
use common::type_keys;

/// A session path under a regular file, where no save can succeed (also as root, unlike a
/// read-only folder), and the file in the way.
fn unsavable(dir: &tempfile::TempDir) -> (PathBuf, PathBuf) {
    let blocker = dir.path().join("file");
    fs::write(&blocker, "not a directory").unwrap();
    (blocker.join("s.ron"), blocker)
}

#[test]
fn answers_that_cannot_be_saved_at_exit_go_to_a_rescue_file() {
    let dir = tempfile::tempdir().unwrap();
    let (path, blocker) = unsavable(&dir);
    let rescue = tempfile::tempdir().unwrap();
    let mut app = app_at(None, &path);
    type_keys(&mut app, " jj ");
    effects::perform(&mut app);
    assert!(app.status.clone().unwrap().contains("Could not save"));

    let message = effects::save_before_exit(&mut app, &[rescue.path().to_path_buf()])
        .expect_err("the save failed, and the user must hear of it");
    let copies: Vec<PathBuf> = fs::read_dir(rescue.path())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    assert_eq!(copies.len(), 1, "{copies:?}");
    let copy = &copies[0];
    let name = copy.file_name().unwrap().to_string_lossy();
    assert!(
        name.starts_with("s.unsaved-2023") && name.ends_with(".ron"),
        "{name}"
    );
    // The message says where the answers are and how to carry on with them.
    assert!(message.contains(&copy.display().to_string()), "{message}");
    assert!(message.contains("--session"), "{message}");
    assert!(!message.contains("kept while rolefit runs"), "{message}");

    let rescued = session::load(copy, DECK_ID).unwrap().unwrap();
    assert_eq!(rescued.answers, app.session.answers);
    assert_eq!(rescued.answers.len(), 2);
    assert!(rescued.answers.values().all(|a| a.mark == SavedMark::Have));
    assert_eq!(fs::read_to_string(&blocker).unwrap(), "not a directory");
    assert_eq!(app.marks.get(0), Some(Mark::Have));
}

#[test]
fn a_rescue_folder_that_fails_is_skipped_and_none_left_prints_the_answers() {
    let dir = tempfile::tempdir().unwrap();
    let (path, blocker) = unsavable(&dir);
    let rescue = tempfile::tempdir().unwrap();
    let mut app = app_at(None, &path);
    type_keys(&mut app, " ");

    let message =
        effects::save_before_exit(&mut app, &[blocker.clone(), rescue.path().into()]).unwrap_err();
    assert_eq!(fs::read_dir(rescue.path()).unwrap().count(), 1, "{message}");

    let message = effects::save_before_exit(&mut app, std::slice::from_ref(&blocker)).unwrap_err();
    let text = session::to_text(&app.session).unwrap();
    assert!(
        message.contains(&text),
        "the answers are in the message:\n{message}"
    );
    assert!(message.contains("--session FILE"), "{message}");
}

#[test]
fn a_save_that_works_at_exit_writes_no_rescue_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let rescue = tempfile::tempdir().unwrap();
    let mut app = app_at(None, &path);
    type_keys(&mut app, " ");
    effects::save_before_exit(&mut app, &[rescue.path().to_path_buf()]).unwrap();
    assert_eq!(fs::read_dir(rescue.path()).unwrap().count(), 0);
    assert_eq!(
        session::load(&path, DECK_ID)
            .unwrap()
            .unwrap()
            .answers
            .len(),
        1
    );
}
