//! Leaving rolefit when the session cannot be saved: the answers go to a new file in the first
//! rescue folder that takes them (or, failing all, into the message), never silently away; and
//! the last save is made once, by the main thread or by the signal thread, never both.

use std::fs;
use std::path::PathBuf;
use std::sync::{Arc, mpsc};
use std::time::Duration;

use rolefit::exit::{self, FinalSave};
use rolefit::marks::Mark;
use rolefit::session::{self, SavedMark};

mod common;

use common::sessions::{DECK_ID, app_at, full_session};
use common::{perform, type_keys};

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
    perform(&mut app);
    assert!(app.status().unwrap().contains("Could not save"));

    let message = exit::save_before_exit(&mut app, &[rescue.path().to_path_buf()])
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
    // The footer's promise to keep the answers in memory no longer holds once rolefit exits.
    let promise = "if saving still fails when you quit";
    assert!(app.status().unwrap().contains(promise));
    assert!(!message.contains(promise), "{message}");

    let rescued = session::load(copy, DECK_ID).unwrap().unwrap();
    assert_eq!(rescued.answers, app.session().answers);
    assert_eq!(rescued.answers.len(), 2);
    assert!(rescued.answers.values().all(|a| a.mark == SavedMark::Have));
    assert_eq!(fs::read_to_string(&blocker).unwrap(), "not a directory");
    assert_eq!(app.marks().get(0), Some(Mark::Have));
}

#[test]
fn a_rescue_folder_that_fails_is_skipped_and_none_left_prints_the_answers() {
    let dir = tempfile::tempdir().unwrap();
    let (path, blocker) = unsavable(&dir);
    let rescue = tempfile::tempdir().unwrap();
    let mut app = app_at(None, &path);
    type_keys(&mut app, " ");

    let message =
        exit::save_before_exit(&mut app, &[blocker.clone(), rescue.path().into()]).unwrap_err();
    assert_eq!(fs::read_dir(rescue.path()).unwrap().count(), 1, "{message}");

    let message = exit::save_before_exit(&mut app, std::slice::from_ref(&blocker)).unwrap_err();
    let text = session::to_text(app.session()).unwrap();
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
    exit::save_before_exit(&mut app, &[rescue.path().to_path_buf()]).unwrap();
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

/// The main thread's last save and the signal thread's (after the grace period) are never both
/// made: a signal thread that comes while the main thread saves waits, then leaves it alone.
#[test]
fn the_signal_thread_waits_for_the_main_save_and_then_saves_nothing() {
    let last = Arc::new(FinalSave::new());
    let path = PathBuf::from("/nowhere/s.ron");
    last.lock().remember(&full_session(), &path);
    last.lock()
        .set_lock_file(Some(PathBuf::from("/nowhere/.s.ron.lock")));

    let mut main = last.lock();
    main.main_saves();
    let (reached, signal_reached) = mpsc::channel();
    let signal = std::thread::spawn({
        let last = Arc::clone(&last);
        move || {
            let mut state = last.lock();
            reached.send(()).unwrap();
            state.take_for_signal().is_some()
        }
    });
    assert!(
        signal_reached
            .recv_timeout(Duration::from_millis(200))
            .is_err(),
        "the signal thread went on while the main thread saved"
    );
    drop(main);
    assert!(
        !signal.join().unwrap(),
        "the main thread saved; the signal thread must not save or exit"
    );
}

/// And the other way round: once the signal thread has taken the session to save before it
/// exits, the main thread cannot start a save that the exit would cut short.
#[test]
fn the_main_save_waits_while_the_signal_thread_saves() {
    let last = Arc::new(FinalSave::new());
    let path = PathBuf::from("/nowhere/s.ron");
    let mut session = full_session();
    last.lock().remember(&session, &path);
    // A later batch: the whole session is kept, not only the fields known today.
    session.assessment.seed = 7;
    session.answers.clear();
    last.lock().remember(&session, &path);

    let mut signal = last.lock();
    let leftovers = signal
        .take_for_signal()
        .expect("the main thread is not saving");
    assert_eq!(leftovers.session, Some((session, path)));
    let (started, main_started) = mpsc::channel();
    let main = std::thread::spawn({
        let last = Arc::clone(&last);
        move || {
            last.lock().main_saves();
            started.send(()).unwrap();
        }
    });
    assert!(
        main_started
            .recv_timeout(Duration::from_millis(200))
            .is_err(),
        "the main thread began saving while the signal thread did"
    );
    drop(signal);
    main.join().unwrap();
}

/// A save that failed is reported, with its rescue path or the answers themselves, even when
/// the terminal failed too; and first, since it is what the user needs.
#[test]
fn the_exit_reports_the_failed_save_before_the_terminal_error() {
    let rescued = "answers saved in /here/s.unsaved.ron".to_string();
    let gone = "the terminal is gone".to_string();
    let (messages, status) = exit::exit_report(Err(gone.clone()), Err(rescued.clone()), None);
    assert_eq!(messages, [rescued.clone(), gone]);
    assert_eq!(status, 2);

    let (messages, status) = exit::exit_report(Ok(()), Err(rescued.clone()), Some(143));
    assert_eq!(messages, [rescued]);
    assert_eq!(status, 143);

    assert_eq!(exit::exit_report(Ok(()), Ok(()), None), (vec![], 0));
}

/// Keeps a folder from being written to, also as root (`chmod` alone does not stop root: then
/// `chattr +i`); `None` where neither works, and the case cannot be shown. Undone on drop.
struct ReadOnly {
    dir: PathBuf,
    immutable: bool,
}

impl ReadOnly {
    fn make(dir: &std::path::Path) -> Option<ReadOnly> {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o555)).ok()?;
        let mut guard = ReadOnly {
            dir: dir.to_path_buf(),
            immutable: false,
        };
        if guard.writable() {
            let made = std::process::Command::new("chattr")
                .arg("+i")
                .arg(dir)
                .status();
            guard.immutable = made.is_ok_and(|s| s.success());
            if !guard.immutable || guard.writable() {
                return None;
            }
        }
        Some(guard)
    }

    fn writable(&self) -> bool {
        let probe = self.dir.join("probe");
        let wrote = fs::write(&probe, "x").is_ok();
        let _ = fs::remove_file(&probe);
        wrote
    }
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        if self.immutable {
            let _ = std::process::Command::new("chattr")
                .arg("-i")
                .arg(&self.dir)
                .status();
        }
        let _ = fs::set_permissions(&self.dir, fs::Permissions::from_mode(0o755));
    }
}

/// Issue 13, item 10: a session in a folder that cannot be written, quit with no change, or
/// with only the pane and row moved, is no failure (exit 0): the answers are all in the file.
/// A changed answer still is, and is rescued: answers are never lost silently.
#[cfg(unix)]
#[test]
fn quitting_a_read_only_session_without_new_answers_is_no_failure() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = dir.path().join("sessions");
    let path = sessions.join("s.ron");
    session::save(&full_session(), &path).unwrap();
    let before = fs::read(&path).unwrap();
    let rescue = tempfile::tempdir().unwrap();
    let rescue_dirs = [rescue.path().to_path_buf()];

    let Some(read_only) = ReadOnly::make(&sessions) else {
        eprintln!("no way to make a read-only folder here: case skipped");
        return;
    };
    // Nothing changed: nothing to write, nothing said.
    let mut app = app_at(Some(full_session()), &path);
    assert_eq!(exit::save_before_exit(&mut app, &rescue_dirs), Ok(None));
    // Only the row moved: said, but no failure.
    type_keys(&mut app, "j");
    let note = exit::save_before_exit(&mut app, &rescue_dirs)
        .expect("only the position is unsaved")
        .expect("and that is said");
    assert!(note.contains("only the pane and row were not"), "{note}");
    assert_eq!(fs::read_dir(rescue.path()).unwrap().count(), 0);
    // A new answer: the failure it is, with the answers rescued.
    type_keys(&mut app, " ");
    let message = exit::save_before_exit(&mut app, &rescue_dirs).unwrap_err();
    assert!(message.contains("Your answers are saved in"), "{message}");
    assert_eq!(fs::read_dir(rescue.path()).unwrap().count(), 1);
    drop(read_only);
    assert_eq!(fs::read(&path).unwrap(), before);
}

/// The same through the real explorer: browsing a read-only session and quitting exits 0.
#[cfg(unix)]
#[test]
fn the_explorer_on_a_read_only_session_quits_with_0_when_nothing_new_was_answered() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = dir.path().join("sessions");
    let path = sessions.join("s.ron");
    session::save(&full_session(), &path).unwrap();
    let before = fs::read(&path).unwrap();
    let Some(read_only) = ReadOnly::make(&sessions) else {
        eprintln!("no way to make a read-only folder here: case skipped");
        return;
    };
    // Run from a folder of the test's own: were the save to fail, the rescue file would go to
    // the current folder, and not into the source tree.
    let cwd = tempfile::tempdir().unwrap();
    let tmux = common::tmux::Tmux::start();
    let run = tmux.launch_after(
        &format!("cd '{}' && ", cwd.path().display()),
        "read-only",
        &[("NO_COLOR", "1"), ("HOME", cwd.path().to_str().unwrap())],
        &["--session", path.to_str().unwrap()],
    );
    run.wait_for("the explorer", |s| s.contains("Skills"));
    run.key("j");
    run.key("q");
    assert_eq!(run.wait_for_exit(), "EXIT=0");
    assert_eq!(
        fs::read_dir(cwd.path()).unwrap().count(),
        0,
        "nothing rescued"
    );
    drop(read_only);
    assert_eq!(fs::read(&path).unwrap(), before);
}
