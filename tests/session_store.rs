//! Session files on disk: the RON round trip, atomic replacement, failures that leave the old file
//! alone, backups, and where the file lives.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rolefit::deck::{Deck, Pane};
use rolefit::session::{
    self, SavedMark, Session, default_path, load, resolve_path, save, set_aside,
};

mod common;

use common::sessions::{DECK_ID, answer, full_session, session_of};

fn small_session() -> Session {
    let mut answers = BTreeMap::new();
    answers.insert("marketing".to_string(), answer(SavedMark::Have));
    session_of(answers)
}

/// A session with `n` answers, most for ids no deck has, so its file is long.
fn long_session(n: usize) -> Session {
    let mut session = full_session();
    for i in 0..n {
        session.answers.insert(
            format!("a-long-unknown-item-id-number-{i:05}"),
            answer(SavedMark::Lean("somebody-else".to_string())),
        );
    }
    session
}

fn stray_temporaries(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .expect("read the session directory")
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".rolefit-session-") || name.ends_with(".tmp"))
        .collect()
}

#[test]
fn a_saved_session_loads_back_equal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let session = full_session();
    save(&session, &path).unwrap();
    let loaded = load(&path, DECK_ID).unwrap().expect("a session was saved");
    assert_eq!(loaded, session);
    assert_eq!(loaded.assessment.seed, 0xDEAD_BEEF_0123_4567);
    assert_eq!(loaded.assessment.position, 17);
    assert_eq!(loaded.focus, Pane::Skills);
    assert_eq!(
        loaded.answers["focus"].mark,
        SavedMark::Lean("producer".to_string())
    );
}

#[test]
fn the_saved_file_is_readable_ron_that_names_the_deck() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    save(&full_session(), &path).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(&format!("deck: \"{DECK_ID}\"")), "{text}");
    assert!(text.contains("Lean(\"producer\")"), "{text}");
    assert!(text.contains("\"no-such-item\""), "{text}");
    assert!(text.ends_with('\n'));
}

#[test]
fn a_missing_file_is_no_session_yet() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(
        load(&dir.path().join("nothing.ron"), DECK_ID),
        Ok(None)
    ));
    assert!(matches!(
        load(&dir.path().join("no/such/dir/nothing.ron"), DECK_ID),
        Ok(None)
    ));
}

#[test]
fn a_minimal_file_takes_the_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    fs::write(&path, "(deck: \"director-vs-producer\")\n").unwrap();
    let session = load(&path, DECK_ID).unwrap().unwrap();
    assert_eq!(session.focus, Pane::Duties);
    assert!(session.answers.is_empty());
    assert!(session.selected.is_empty());
    assert_eq!(session.assessment.position, 0);
}

#[test]
fn saving_leaves_no_temporary_file_behind() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    for _ in 0..3 {
        save(&full_session(), &path).unwrap();
    }
    assert_eq!(stray_temporaries(dir.path()), Vec::<String>::new());
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("s.ron")]);
}

#[test]
fn saving_over_a_longer_session_replaces_it_wholly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    save(&long_session(300), &path).unwrap();
    let long_len = fs::metadata(&path).unwrap().len();

    let short = small_session();
    save(&short, &path).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    assert!((text.len() as u64) < long_len / 10, "{} bytes", text.len());
    assert!(!text.contains("a-long-unknown-item-id"), "{text}");
    assert_eq!(load(&path, DECK_ID).unwrap(), Some(short.clone()));

    // Byte for byte what the short session alone saves to.
    let fresh = dir.path().join("fresh.ron");
    save(&short, &fresh).unwrap();
    assert_eq!(fs::read(&path).unwrap(), fs::read(&fresh).unwrap());
    assert_eq!(stray_temporaries(dir.path()), Vec::<String>::new());
}

#[test]
fn saving_into_a_directory_that_does_not_exist_creates_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data/rolefit/deeper/s.ron");
    save(&small_session(), &path).unwrap();
    assert_eq!(load(&path, DECK_ID).unwrap(), Some(small_session()));
}

#[test]
fn a_save_under_a_regular_file_fails_and_leaves_that_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    // The old session is in the way of the new path: `s.ron` is a file, not a directory.
    let old = dir.path().join("s.ron");
    save(&full_session(), &old).unwrap();
    let before = fs::read(&old).unwrap();

    let result = save(&small_session(), &old.join("inner.ron"));
    assert!(result.is_err(), "saving under a regular file must fail");
    assert_eq!(fs::read(&old).unwrap(), before, "old session unchanged");
    assert_eq!(load(&old, DECK_ID).unwrap(), Some(full_session()));
    assert_eq!(stray_temporaries(dir.path()), Vec::<String>::new());

    let deeper = save(&small_session(), &old.join("a/b/inner.ron"));
    assert!(deeper.is_err());
    assert_eq!(fs::read(&old).unwrap(), before);
}

#[test]
fn a_save_that_cannot_replace_its_target_fails_and_cleans_up() {
    let dir = tempfile::tempdir().unwrap();
    // The session path is a directory with something in it: the rename cannot replace it.
    let path = dir.path().join("s.ron");
    fs::create_dir(&path).unwrap();
    fs::write(path.join("keep.txt"), "precious").unwrap();

    assert!(save(&small_session(), &path).is_err());
    assert!(path.is_dir());
    assert_eq!(
        fs::read_to_string(path.join("keep.txt")).unwrap(),
        "precious"
    );
    assert_eq!(stray_temporaries(dir.path()), Vec::<String>::new());
}

#[cfg(unix)]
#[test]
fn a_save_into_a_read_only_directory_fails_and_leaves_the_old_file() {
    use std::os::unix::fs::PermissionsExt;

    let dir = tempfile::tempdir().unwrap();
    let sessions = dir.path().join("sessions");
    let path = sessions.join("s.ron");
    save(&full_session(), &path).unwrap();
    let before = fs::read(&path).unwrap();

    fs::set_permissions(&sessions, fs::Permissions::from_mode(0o555)).unwrap();
    // Root (and CAP_DAC_OVERRIDE) writes anyway; then this case cannot be shown here.
    let probe = sessions.join("probe");
    let privileged = fs::write(&probe, "x").is_ok();
    let result = if privileged {
        let _ = fs::remove_file(&probe);
        None
    } else {
        Some(save(&small_session(), &path))
    };
    fs::set_permissions(&sessions, fs::Permissions::from_mode(0o755)).unwrap();

    match result {
        None => eprintln!("running with write access to read-only directories: case skipped"),
        Some(result) => {
            assert!(
                result.is_err(),
                "saving into a read-only directory must fail"
            );
            assert_eq!(fs::read(&path).unwrap(), before);
            assert_eq!(stray_temporaries(&sessions), Vec::<String>::new());
        }
    }
}

#[test]
fn set_aside_keeps_a_timestamped_backup_with_distinct_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let now = UNIX_EPOCH + Duration::from_secs(1_700_000_000); // 2023-11-14T22:13:20Z

    save(&full_session(), &path).unwrap();
    let first_text = fs::read(&path).unwrap();
    let first = set_aside(&path, now).unwrap();
    assert_eq!(first, dir.path().join("s.ron.bak-20231114T221320Z"));
    assert!(!path.exists(), "the session was moved, not copied");
    assert_eq!(fs::read(&first).unwrap(), first_text);

    save(&small_session(), &path).unwrap();
    let second_text = fs::read(&path).unwrap();
    let second = set_aside(&path, now).unwrap();
    assert_ne!(second, first);
    let name = second.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("s.ron.bak-20231114T221320Z"), "{name}");
    assert_eq!(fs::read(&first).unwrap(), first_text, "first backup kept");
    assert_eq!(fs::read(&second).unwrap(), second_text);

    save(&small_session(), &path).unwrap();
    let third = set_aside(&path, now).unwrap();
    assert!(third != first && third != second);

    // A later second gets its own stamp.
    save(&small_session(), &path).unwrap();
    let later = set_aside(&path, now + Duration::from_secs(61)).unwrap();
    assert_eq!(later, dir.path().join("s.ron.bak-20231114T221421Z"));
}

#[test]
fn set_aside_of_a_missing_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    assert!(set_aside(&dir.path().join("none.ron"), SystemTime::now()).is_err());
}

#[test]
fn resolve_path_honours_session_and_no_session() {
    let explicit = Path::new("/somewhere/mine.ron");
    assert_eq!(
        resolve_path(Some(explicit), false, DECK_ID),
        Some(explicit.to_path_buf())
    );
    assert_eq!(resolve_path(Some(explicit), true, DECK_ID), None);
    assert_eq!(resolve_path(None, true, DECK_ID), None);
}

/// The only test in this binary that reads XDG_DATA_HOME, so setting it here affects no other.
#[test]
fn the_default_path_is_under_xdg_data_home() {
    let data = tempfile::tempdir().unwrap();
    // SAFETY: no other test in this binary reads the environment variable.
    unsafe { std::env::set_var("XDG_DATA_HOME", data.path()) };

    let path = default_path(DECK_ID).expect("a default path");
    assert_eq!(
        path,
        data.path().join("rolefit").join("director-vs-producer.ron")
    );
    assert!(path.ends_with("rolefit/director-vs-producer.ron"));
    assert_eq!(resolve_path(None, false, DECK_ID), Some(path.clone()));

    // Deck ids become safe file names inside the same directory.
    let odd = default_path("../a b/c").unwrap();
    assert_eq!(odd.parent().unwrap(), data.path().join("rolefit"));
    let empty = default_path("").unwrap();
    assert_eq!(empty.parent().unwrap(), data.path().join("rolefit"));
    assert_eq!(empty.file_name().unwrap(), "_.ron");
    // Issue 13: an id with a leading dot made a hidden session file, and a long id (an id of
    // 128 letters beyond ASCII is 384 bytes) a name the file system refuses.
    let hidden = default_path(".x").unwrap();
    assert_eq!(hidden.file_name().unwrap(), "_x.ron");
    for id in ["é".repeat(128), "a".repeat(128), "/etc/passwd".into()] {
        let path = default_path(&id).unwrap();
        assert_eq!(path.parent().unwrap(), data.path().join("rolefit"), "{id}");
        assert!(
            path.file_name().unwrap().len() <= 120,
            "{id}: {}",
            path.display()
        );
    }

    // What is saved there is what load finds.
    session::save(&small_session(), &path).unwrap();
    assert_eq!(load(&path, DECK_ID).unwrap(), Some(small_session()));
    let deck = Deck::builtin().unwrap();
    assert_eq!(deck.id, DECK_ID);
}

/// A rescue copy holds answers about oneself and may land in a shared folder such as `/tmp`: it is
/// private like the session, written whole through a temporary file, and never replaces a file.
#[cfg(unix)]
#[test]
fn a_rescue_copy_is_private_whole_and_never_replaces_a_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let session = full_session();
    let when = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    let first = session::save_copy(&session, Path::new("s.ron"), dir.path(), when).unwrap();
    let second =
        session::save_copy(&small_session(), Path::new("s.ron"), dir.path(), when).unwrap();
    assert_ne!(first, second);
    assert_eq!(load(&first, DECK_ID).unwrap().unwrap(), session);
    assert_eq!(load(&second, DECK_ID).unwrap().unwrap(), small_session());
    for copy in [&first, &second] {
        let mode = fs::metadata(copy).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", copy.display());
    }
    assert!(stray_temporaries(dir.path()).is_empty());
}

/// `--session link.ron` where link.ron is a symbolic link: saving writes the file it points to,
/// and the link stays a link (replacing it with a plain file would split the session in two).
#[cfg(unix)]
#[test]
fn saving_through_a_symbolic_link_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.ron");
    let link = dir.path().join("link.ron");
    save(&small_session(), &real).unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();

    save(&full_session(), &link).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(load(&real, DECK_ID).unwrap().unwrap(), full_session());
    assert!(stray_temporaries(dir.path()).is_empty());
}
