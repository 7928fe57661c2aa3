//! The session lock: one explorer per session file, however the file is named, a wait that ends
//! when the holder quits, and `--fresh-session` not moving a file another explorer uses.

mod common;

use std::path::Path;

use std::time::{Duration, Instant};

use common::process::{rolefit, status, stderr};
use common::sessions::{full_session, saved};
use rolefit::session::{self, lock_path};

fn text(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 temporary directory")
}

#[test]
fn the_wait_for_the_lock_ends_when_the_holder_quits() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let held = session::lock(&path)
        .unwrap()
        .expect("a lock on a local folder");
    let holder = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        drop(held);
    });
    let start = Instant::now();
    let taken = session::lock(&path).expect("free once the holder quits");
    assert!(taken.is_some());
    assert!(start.elapsed() >= Duration::from_millis(250), "it did wait");
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "it did not wait for nothing"
    );
    holder.join().unwrap();
    drop(taken);
    assert!(
        !lock_path(&path).exists(),
        "the lock file goes with the lock"
    );
}

/// `--session link.ron` and `--session real.ron` are one session: they share one lock.
#[cfg(unix)]
#[test]
fn a_symbolic_link_to_a_session_in_use_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.ron");
    let link = dir.path().join("link.ron");
    session::save(&full_session(), &real).unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let _held = session::lock(&real)
        .unwrap()
        .expect("a lock on a local folder");

    let output = rolefit(&["--session", text(&link)]);
    assert_eq!(status(&output), 2);
    let message = stderr(&output);
    assert!(message.contains("open in another rolefit"), "{message}");
}

/// `rolefit report --fresh-session` moves the session aside: not under a running explorer,
/// whose next save would then go to a new file and the answers before it to the backup.
#[test]
fn fresh_session_leaves_a_session_in_use_where_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    session::save(&full_session(), &path).unwrap();
    let _held = session::lock(&path)
        .unwrap()
        .expect("a lock on a local folder");

    let output = rolefit(&["report", "--fresh-session", "--session", text(&path)]);
    assert_eq!(status(&output), 2);
    let message = stderr(&output);
    assert!(message.contains("open in another rolefit"), "{message}");
    assert_eq!(saved(&path), full_session());
    let files = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(files, 2, "only the session and its lock file");
}
