//! What killed saves and odd paths leave (issue 13, item 11): rolefit's own temporary files
//! beside the session are removed when the explorer starts, once they are old enough that no
//! save can still be writing them, and nothing else is; a symbolic link to a session that does
//! not exist yet is followed, as docs/sessions.md says, and stays a link.

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use rolefit::commands::session_file;
use rolefit::session::{self, NewFile, STALE_AFTER};

mod common;

use common::builtin_deck;
use common::sessions::{app_at, full_session, saved};
use common::tmux::Tmux;
use common::{perform, type_keys};

/// A file at `dir/name` last written `age` ago.
fn file_aged(dir: &Path, name: &str, age: Duration) {
    let path = dir.join(name);
    fs::write(&path, "half a session").unwrap();
    let file = fs::File::options().write(true).open(&path).unwrap();
    file.set_modified(SystemTime::now() - age).unwrap();
}

fn exists(dir: &Path, name: &str) -> bool {
    fs::symlink_metadata(dir.join(name)).is_ok()
}

#[test]
fn old_temporary_files_of_rolefit_are_removed_when_the_explorer_opens_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    session::save(&full_session(), &path).unwrap();
    let old = STALE_AFTER + Duration::from_secs(60);
    file_aged(dir.path(), ".rolefit-Ab12Cd.tmp", old);
    // A save that may still be writing, and files that only look alike: all stay.
    file_aged(dir.path(), ".rolefit-Ef34Gh.tmp", Duration::from_secs(5));
    file_aged(dir.path(), ".rolefit-Ij56Kl.tmp.keep", old);
    file_aged(dir.path(), "notes.tmp", old);
    file_aged(dir.path(), "target.txt", old);
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        dir.path().join("target.txt"),
        dir.path().join(".rolefit-Mn78Op.tmp"),
    )
    .unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    file_aged(elsewhere.path(), ".rolefit-Qr90St.tmp", old);

    let opened = session_file::open_path(&path, &builtin_deck()).unwrap();
    assert_eq!(opened.saved, Some(full_session()));
    assert!(
        !exists(dir.path(), ".rolefit-Ab12Cd.tmp"),
        "the leftover is gone"
    );
    for kept in [
        ".rolefit-Ef34Gh.tmp",
        ".rolefit-Ij56Kl.tmp.keep",
        "notes.tmp",
        "target.txt",
        "s.ron",
    ] {
        assert!(exists(dir.path(), kept), "{kept} was removed");
    }
    #[cfg(unix)]
    assert!(
        exists(dir.path(), ".rolefit-Mn78Op.tmp"),
        "a link is no leftover"
    );
    assert!(
        exists(elsewhere.path(), ".rolefit-Qr90St.tmp"),
        "only beside the session"
    );
}

/// The same through the real binary, which tidies only once the explorer is sure to start.
#[test]
fn the_explorer_removes_an_old_leftover_as_it_starts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    session::save(&full_session(), &path).unwrap();
    file_aged(dir.path(), ".rolefit-Ab12Cd.tmp", STALE_AFTER * 2);
    // Without a terminal the explorer does not start, and touches nothing.
    let output = common::process::rolefit(&["--session", path.to_str().unwrap()]);
    assert_eq!(common::process::status(&output), 2);
    assert!(exists(dir.path(), ".rolefit-Ab12Cd.tmp"));

    let tmux = Tmux::start();
    let run = tmux.launch_on_session("tidy", &path);
    run.wait_for("the explorer", |s| s.contains("Duties"));
    assert!(!exists(dir.path(), ".rolefit-Ab12Cd.tmp"));
    run.key("q");
    assert_eq!(run.wait_for_exit(), "EXIT=0");
}

#[cfg(unix)]
#[test]
fn a_dangling_session_link_is_followed_and_stays_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("sessions").join("real.ron");
    fs::create_dir(real.parent().unwrap()).unwrap();
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink(&real, &link).unwrap();

    // The explorer's path is the file the link names, though it does not exist yet.
    let opened = session_file::open_path(&link, &builtin_deck()).unwrap();
    assert_eq!(opened.saved, None, "no session yet");
    let path = opened.path.clone().unwrap();
    assert_eq!(
        path,
        fs::canonicalize(real.parent().unwrap())
            .unwrap()
            .join("real.ron")
    );
    let mut app = app_at(None, &path);
    type_keys(&mut app, " ");
    perform(&mut app);
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(saved(&link).answers.len(), 1);

    // And a save, or a report, given the link itself does the same.
    fs::remove_file(&real).unwrap();
    session::save(&full_session(), &link).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(saved(&real), full_session());
    let report = dir.path().join("report.md");
    let to_nowhere = dir.path().join("gone.md");
    std::os::unix::fs::symlink(&to_nowhere, &report).unwrap();
    session::write_atomically(&report, b"# report\n", NewFile::Shared).unwrap();
    assert!(
        fs::symlink_metadata(&report)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read_to_string(&to_nowhere).unwrap(), "# report\n");
}

/// A loop of links is no session: a clear error, and nothing replaced.
#[cfg(unix)]
#[test]
fn a_loop_of_links_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.ron");
    let b = dir.path().join("b.ron");
    std::os::unix::fs::symlink(&b, &a).unwrap();
    std::os::unix::fs::symlink(&a, &b).unwrap();
    let output = common::process::rolefit(&["report", "--session", a.to_str().unwrap()]);
    assert_eq!(common::process::status(&output), 2);
    let message = common::process::stderr(&output);
    assert!(
        message.contains("cannot read the session file"),
        "{message}"
    );
    assert!(fs::symlink_metadata(&a).unwrap().file_type().is_symlink());
    assert!(fs::symlink_metadata(&b).unwrap().file_type().is_symlink());
}
