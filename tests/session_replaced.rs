//! A session file replaced under a running explorer (issue 13, item 5): the next save does not
//! overwrite it, says so, keeps the answers in a rescue file, and asks; `o` overwrites, `k`
//! (or Esc) keeps the other file and stops saving to it. A lock file deleted under the
//! explorer is taken again, or, when another rolefit took it, is the same conflict. The last
//! save at exit, by the main thread or the signal thread, follows the same rule.

use std::fs;
use std::path::{Path, PathBuf};

use ratatui::crossterm::event::KeyCode;
use rolefit::action::ConflictCause;
use rolefit::app::{App, ModeState};
use rolefit::exit::{self, LastSave};
use rolefit::keymap::Keymap;
use rolefit::mode::Mode;
use rolefit::session::{self, SavedMark, Session, lock_path};

mod common;

use common::sessions::{DECK_ID, answer, app_at, saved, session_of};
use common::{perform, press_key, render, shows, type_keys};

/// Another valid session of the same deck, as another program might put in the file's place.
fn other_session() -> Session {
    let mut answers = std::collections::BTreeMap::new();
    answers.insert("marketing".to_string(), answer(SavedMark::Have));
    session_of(answers)
}

/// `session` written to a new file beside `path`, then renamed over it, as `mv` does.
fn replace_with(path: &Path, text: &str) {
    let elsewhere = path.with_file_name("elsewhere.ron");
    fs::write(&elsewhere, text).unwrap();
    fs::rename(&elsewhere, path).unwrap();
}

fn other_text() -> String {
    session::to_text(&other_session()).unwrap()
}

/// The rescue files in `dir`: `<stem>.unsaved-<time>.ron`.
fn rescues(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".unsaved-"))
        .collect();
    found.sort();
    found
}

/// An explorer on `dir/s.ron` that has saved one mark, and the file as it saved it.
fn saved_once(dir: &Path) -> (App, PathBuf) {
    let path = dir.join("s.ron");
    let mut app = app_at(None, &path);
    type_keys(&mut app, " ");
    perform(&mut app);
    assert_eq!(saved(&path).answers.len(), 1);
    (app, path)
}

fn conflict_cause(app: &App) -> ConflictCause {
    match app.mode_state() {
        ModeState::Replaced { conflict, .. } => conflict.cause,
        other => panic!("expected the replaced-file question, in {other:?}"),
    }
}

#[test]
fn a_session_replaced_on_disk_is_not_overwritten_and_both_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = saved_once(dir.path());
    replace_with(&path, &other_text());

    type_keys(&mut app, "j ");
    perform(&mut app);
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        other_text(),
        "not overwritten"
    );
    assert_eq!(app.mode(), Mode::Replaced);
    assert_eq!(conflict_cause(&app), ConflictCause::Replaced);
    let footer = app.status().expect("the footer says so");
    assert!(
        footer.contains("Another program replaced the session file"),
        "{footer}"
    );
    assert!(
        footer.contains("o overwrites") && footer.contains("k keeps"),
        "{footer}"
    );

    // Ours are kept beside it, whole.
    let copies = rescues(dir.path());
    assert_eq!(copies.len(), 1, "{copies:?}");
    let rescued = session::load(&copies[0], DECK_ID).unwrap().unwrap();
    assert_eq!(rescued.answers, app.session().answers);
    assert_eq!(rescued.answers.len(), 2);

    // The question is on screen with its keys and the rescue file.
    let screen = render(&app);
    assert!(shows(&screen, "The session file was replaced"));
    assert!(shows(&screen, "o overwrite it with your answers"));
    let name = copies[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(shows(&screen, &name[..20]), "{name}");
}

#[test]
fn garbage_moved_over_the_session_is_not_overwritten_either() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = saved_once(dir.path());
    replace_with(&path, "not a session at all");
    type_keys(&mut app, "j ");
    perform(&mut app);
    assert_eq!(fs::read_to_string(&path).unwrap(), "not a session at all");
    assert_eq!(app.mode(), Mode::Replaced);
}

#[test]
fn a_file_edited_in_place_counts_as_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = saved_once(dir.path());
    let mut text = fs::read_to_string(&path).unwrap();
    text.push_str("// a note\n");
    fs::write(&path, &text).unwrap(); // same inode, new size and time
    type_keys(&mut app, "j ");
    perform(&mut app);
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
    assert_eq!(app.mode(), Mode::Replaced);
}

#[test]
fn a_removed_session_file_is_not_written_again_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = saved_once(dir.path());
    fs::remove_file(&path).unwrap();
    type_keys(&mut app, "j ");
    perform(&mut app);
    assert!(!path.exists());
    assert_eq!(conflict_cause(&app), ConflictCause::Removed);
    press_key(&mut app, KeyCode::Char('o'));
    perform(&mut app);
    assert_eq!(saved(&path).answers.len(), 2);
}

#[test]
fn o_overwrites_the_other_file_with_the_answers_and_saving_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = saved_once(dir.path());
    replace_with(&path, &other_text());
    type_keys(&mut app, "j ");
    perform(&mut app);
    assert_eq!(app.mode(), Mode::Replaced);

    press_key(&mut app, KeyCode::Char('o'));
    assert_eq!(app.mode(), Mode::Browse, "back where the question came");
    perform(&mut app);
    assert_eq!(saved(&path).answers, app.session().answers);
    // The file is ours again: the next mark saves without asking.
    type_keys(&mut app, "j ");
    perform(&mut app);
    assert_eq!(app.mode(), Mode::Browse);
    assert_eq!(saved(&path).answers.len(), 3);
}

/// The user saw one file; if yet another replaced it before `o`, that one is not overwritten.
#[test]
fn o_overwrites_only_the_file_the_user_was_shown() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = saved_once(dir.path());
    replace_with(&path, &other_text());
    type_keys(&mut app, "j ");
    perform(&mut app);
    replace_with(&path, "a third file");
    press_key(&mut app, KeyCode::Char('o'));
    perform(&mut app);
    assert_eq!(fs::read_to_string(&path).unwrap(), "a third file");
    assert_eq!(app.mode(), Mode::Replaced);
}

#[test]
fn k_keeps_the_other_file_stops_saving_and_rescues_at_exit() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = saved_once(dir.path());
    replace_with(&path, &other_text());
    type_keys(&mut app, "j ");
    perform(&mut app);
    let first_rescue = rescues(dir.path());
    assert_eq!(first_rescue.len(), 1);

    press_key(&mut app, KeyCode::Char('k'));
    assert_eq!(app.mode(), Mode::Browse);
    let footer = app.status().unwrap();
    assert!(footer.contains("Kept the other file"), "{footer}");
    assert!(
        footer.contains(&first_rescue[0].display().to_string()),
        "{footer}"
    );

    // Later marks leave the other file alone, and ask nothing more.
    type_keys(&mut app, "j ");
    perform(&mut app);
    assert_eq!(app.mode(), Mode::Browse);
    assert_eq!(fs::read_to_string(&path).unwrap(), other_text());

    // Quitting puts every answer in a new rescue file, not in the other file.
    let outside = tempfile::tempdir().unwrap();
    let message = exit::save_before_exit(&mut app, &[outside.path().to_path_buf()])
        .expect_err("the answers are not in the session file");
    assert!(
        message.contains("you kept the file another program put there"),
        "{message}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), other_text());
    let copies = rescues(outside.path());
    assert_eq!(copies.len(), 1, "{message}");
    assert_eq!(
        session::load(&copies[0], DECK_ID)
            .unwrap()
            .unwrap()
            .answers
            .len(),
        3
    );
    assert!(
        message.contains(&copies[0].display().to_string()),
        "{message}"
    );
}

#[test]
fn esc_keeps_the_other_file_too_and_nothing_new_needs_no_second_copy() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = saved_once(dir.path());
    replace_with(&path, &other_text());
    type_keys(&mut app, "j ");
    perform(&mut app);
    press_key(&mut app, KeyCode::Esc);
    assert!(app.kept_other().is_some());
    // Moving around only: the first rescue file has every answer.
    type_keys(&mut app, "jj");
    let outside = tempfile::tempdir().unwrap();
    let note = exit::save_before_exit(&mut app, &[outside.path().to_path_buf()])
        .expect("nothing is lost")
        .expect("a note says where the answers are");
    assert!(note.contains(".unsaved-"), "{note}");
    assert!(rescues(outside.path()).is_empty());
    assert_eq!(fs::read_to_string(&path).unwrap(), other_text());
}

#[test]
fn the_last_save_never_overwrites_a_replaced_file() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = saved_once(dir.path());
    replace_with(&path, &other_text());
    type_keys(&mut app, "jj"); // no save in between: only the exit's
    let outside = tempfile::tempdir().unwrap();
    let message = exit::save_before_exit(&mut app, &[outside.path().to_path_buf()])
        .expect_err("the answers did not go to the session file");
    assert!(message.contains("another program replaced it"), "{message}");
    assert_eq!(fs::read_to_string(&path).unwrap(), other_text());
    let copies = rescues(outside.path());
    assert_eq!(copies.len(), 1);
    assert!(!message.contains("or move that file"), "{message}");

    // The signal thread's save, from its copy, by the same rule.
    let last = LastSave {
        on_disk: app.on_disk(),
        ..LastSave::default()
    };
    let message = exit::save_or_rescue(
        app.session(),
        &path,
        &last,
        &[outside.path().to_path_buf()],
        app.now(),
    )
    .unwrap_err();
    assert!(message.contains("another program replaced it"), "{message}");
    assert_eq!(fs::read_to_string(&path).unwrap(), other_text());
    assert_eq!(rescues(outside.path()).len(), 2);
}

#[test]
fn a_deleted_lock_file_is_taken_again_before_the_next_save() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = saved_once(dir.path());
    app.hold_lock(session::lock(&path).unwrap());
    let lock_file = lock_path(&path);
    fs::remove_file(&lock_file).unwrap();

    type_keys(&mut app, "j ");
    perform(&mut app);
    assert_eq!(app.mode(), Mode::Browse, "{:?}", app.status());
    assert_eq!(saved(&path).answers.len(), 2);
    // Locked again: a second taker would find it held.
    let file = fs::OpenOptions::new().read(true).open(&lock_file).unwrap();
    assert!(file.try_lock().is_err(), "the new lock file is not locked");
}

#[test]
fn a_lock_another_rolefit_took_after_deletion_is_a_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = saved_once(dir.path());
    app.hold_lock(session::lock(&path).unwrap());
    fs::remove_file(lock_path(&path)).unwrap();
    let second = session::lock(&path)
        .unwrap()
        .expect("the second rolefit's lock");
    let before = fs::read(&path).unwrap();

    type_keys(&mut app, "j ");
    perform(&mut app);
    assert_eq!(conflict_cause(&app), ConflictCause::InUse);
    assert_eq!(
        fs::read(&path).unwrap(),
        before,
        "not written under the other rolefit"
    );
    assert!(
        app.status()
            .unwrap()
            .contains("Another rolefit has this session open")
    );

    // Quitting rescues too, and leaves the other rolefit's lock file where it is.
    let outside = tempfile::tempdir().unwrap();
    let message = exit::save_before_exit(&mut app, &[outside.path().to_path_buf()]).unwrap_err();
    assert!(message.contains("another rolefit has it open"), "{message}");
    assert_eq!(fs::read(&path).unwrap(), before);
    drop(app);
    assert!(
        lock_path(&path).exists(),
        "the other rolefit's lock file stays"
    );
    drop(second);
}

#[test]
fn the_questions_keys_come_from_the_keymap() {
    let keymap = Keymap::default();
    let hints = keymap.hints(Mode::Replaced, false);
    assert_eq!(
        hints,
        vec![
            ("o".to_string(), "overwrite"),
            ("k".to_string(), "keep other file")
        ]
    );
    let lines = keymap.lines(Mode::Replaced, true);
    assert!(
        lines
            .iter()
            .any(|(keys, _)| keys == &["k".to_string(), "Esc".to_string()]),
        "{lines:?}"
    );
    let man = common::process::stdout(&common::process::rolefit(&["man"]));
    assert!(
        man.contains("The replaced session file"),
        "the man page lists them"
    );
    assert!(man.contains("Overwrite the session file with your answers"));
}

/// End to end in a real terminal: the question appears, `k` keeps the other file, and quitting
/// after a further answer puts every answer in a rescue file (in the current folder, here the
/// test's own), with exit status 2: the session file did not take them.
#[test]
fn the_explorer_asks_about_a_replaced_file_and_keeps_it_on_k() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let cwd = tempfile::tempdir().unwrap();
    let tmux = common::tmux::Tmux::start();
    let setup = format!("cd '{}' && ", cwd.path().display());
    let run = tmux.launch_after(
        &setup,
        "replaced",
        &[("NO_COLOR", "1"), ("HOME", cwd.path().to_str().unwrap())],
        &["--session", path.to_str().unwrap()],
    );
    run.wait_for("the explorer", |s| s.contains("Duties 0/15 marked"));
    run.key("Space");
    run.wait_for("the mark", |s| s.contains("Duties 1/15 marked"));
    let start = std::time::Instant::now();
    while !path.exists() {
        assert!(start.elapsed().as_secs() < 10, "the mark was never saved");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    replace_with(&path, &other_text());
    run.key("j");
    run.key("Space");
    run.wait_for("the question", |s| {
        s.contains("The session file was replaced") && s.contains("was not overwritten")
    });
    run.key("k");
    run.wait_for("the choice", |s| s.contains("Kept the other file"));
    run.key("j");
    run.key("Space");
    run.wait_for("the third mark", |s| s.contains("Duties 3/15 marked"));
    run.key("q");
    assert_eq!(run.wait_for_exit(), "EXIT=2");
    assert_eq!(fs::read_to_string(&path).unwrap(), other_text());
    // Beside the session, the answers when the question came; here, all three.
    let answers = |copies: Vec<PathBuf>| -> Vec<usize> {
        copies
            .iter()
            .map(|copy| saved(copy).answers.len())
            .collect()
    };
    assert_eq!(answers(rescues(dir.path())), [2]);
    assert_eq!(answers(rescues(cwd.path())), [3]);
}
