//! `--fresh-session` moves only a regular file aside (issue 13, item 2): a folder, a pipe or a
//! device named as the session is refused with a message that does not offer `--fresh-session`
//! again, and stays where it is; a symbolic link to a session moves the session, not the link.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use rolefit::session::{self, set_aside};

mod common;

use common::process::{rolefit_at_home, status, stderr};
use common::sessions::full_session;

fn arg(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 temporary directory")
}

/// Every name in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Runs `rolefit ARGS --session PATH --fresh-session` (and `report` the same way) and checks
/// that both refuse `what` without touching anything in `dir`.
fn refused(home: &Path, dir: &Path, path: &Path, what: &str) {
    let before = names(dir);
    for command in [None, Some("report")] {
        let mut args: Vec<&str> = command.into_iter().collect();
        args.extend(["--session", arg(path), "--fresh-session"]);
        let output = rolefit_at_home(&args, home);
        assert_eq!(status(&output), 2, "{args:?}");
        let message = stderr(&output);
        assert!(
            message.contains(&format!("it is {what}, not a regular file")),
            "{args:?}: {message}"
        );
        assert!(!message.contains("--fresh-session"), "{message}");
        assert_eq!(names(dir), before, "{args:?} moved something");
    }
}

#[test]
fn fresh_session_refuses_a_folder_and_leaves_it_whole() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("sessions");
    fs::create_dir(&folder).unwrap();
    fs::write(folder.join("keep.txt"), "precious").unwrap();
    refused(home.path(), dir.path(), &folder, "a directory");
    assert_eq!(
        fs::read_to_string(folder.join("keep.txt")).unwrap(),
        "precious"
    );
    // And the session's own reading of it never advises --fresh-session either.
    let output = rolefit_at_home(&["report", "--session", arg(&folder)], home.path());
    assert_eq!(status(&output), 2);
    assert!(
        !stderr(&output).contains("--fresh-session"),
        "{}",
        stderr(&output)
    );
}

#[cfg(unix)]
#[test]
fn fresh_session_refuses_a_pipe_and_a_device() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("s.ron");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.unwrap().success());
    refused(home.path(), dir.path(), &fifo, "a named pipe (FIFO)");
    fs::remove_file(&fifo).unwrap();

    // A character device of its own (as root, where a rename of one would succeed), never
    // /dev/null itself: a regression must not be able to move the system's device aside.
    let device = dir.path().join("s.ron");
    let made = std::process::Command::new("mknod")
        .arg(&device)
        .args(["c", "1", "3"])
        .status();
    if made.is_ok_and(|s| s.success()) {
        refused(home.path(), dir.path(), &device, "a character device");
    } else {
        eprintln!("cannot make a device node here: that case skipped");
    }
    // Named as the session, /dev/null is refused before a lock file is made beside it.
    let output = rolefit_at_home(&["report", "--session", "/dev/null"], home.path());
    assert_eq!(status(&output), 2);
    assert!(
        stderr(&output).contains("character device"),
        "{}",
        stderr(&output)
    );
    assert!(!Path::new("/dev/.null.lock").exists());
}

#[test]
fn set_aside_moves_only_a_regular_file() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("s.ron");
    fs::create_dir(&folder).unwrap();
    let error = set_aside(&folder, SystemTime::now()).unwrap_err();
    assert_eq!(error.to_string(), "it is a directory, not a regular file");
    assert!(folder.is_dir());
    assert_eq!(names(dir.path()), ["s.ron"]);
}

/// `--session link.ron --fresh-session`, the link pointing to the session: the session is moved
/// aside and the link stays, so the new session is written where the old one was.
#[cfg(unix)]
#[test]
fn fresh_session_through_a_link_moves_the_session_and_keeps_the_link() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.ron");
    let link = dir.path().join("link.ron");
    session::save(&full_session(), &real).unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();

    let output = rolefit_at_home(
        &["report", "--session", arg(&link), "--fresh-session"],
        home.path(),
    );
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let backups: Vec<PathBuf> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("real.ron.bak-"))
        .collect();
    assert_eq!(backups.len(), 1, "{:?}", names(dir.path()));
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(!real.exists());
}
