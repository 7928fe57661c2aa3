//! Big sessions (issue 13, item 12): the explorer keeps at most `MAX_UNKNOWN_ANSWERS` answers for
//! ids the deck lacks (the newest), after keeping the whole file as a backup, so that a mark and
//! its save stay quick; and the signal thread's copy of the session follows a mark by one
//! answer, not by a copy of them all.

use std::fs;
use std::path::{Path, PathBuf};

use rolefit::commands::session_file;
use rolefit::exit::FinalSave;
use rolefit::session::{self, Answer, MAX_UNKNOWN_ANSWERS, SavedMark, Session};

mod common;

use common::builtin_deck;
use common::sessions::{DECK_ID, app_at, full_session, saved};
use common::{perform, type_keys};

/// `full_session` and `extra` more answers for ids no deck has, the first ones the oldest.
fn session_with_unknown(extra: usize) -> Session {
    let mut session = full_session();
    for i in 0..extra {
        let answer = Answer {
            mark: SavedMark::Have,
            changed: format!("2024-01-01T00:00:00Z{i:06}"),
        };
        session.answers.insert(format!("gone-{i:06}"), answer);
    }
    session
}

fn backups(dir: &Path) -> Vec<PathBuf> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".bak-"))
        .collect()
}

#[test]
fn too_many_unknown_ids_are_cut_to_the_newest_after_a_backup_of_the_whole_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    // full_session has one unknown id of its own, `no-such-item`, given before the others.
    let big = session_with_unknown(MAX_UNKNOWN_ANSWERS + 49);
    session::save(&big, &path).unwrap();
    let text = fs::read_to_string(&path).unwrap();

    let opened = session_file::open_path(&path, &builtin_deck()).unwrap();
    let kept = opened.saved.clone().unwrap();
    let deck = builtin_deck();
    assert_eq!(kept.count_unknown(&deck), MAX_UNKNOWN_ANSWERS);
    for (id, answer) in &big.answers {
        let known = deck.item_index(id).is_some();
        // `no-such-item` was given last of all; the 50 oldest `gone-` ids go.
        let newest = id == "no-such-item" || id.as_str() >= "gone-000050";
        assert_eq!(
            kept.answers.get(id),
            (known || newest).then_some(answer),
            "{id}"
        );
    }
    let notice = opened.notice.clone().unwrap();
    assert!(
        notice.contains(&format!(
            "answers for {} ids this deck lacks: the {MAX_UNKNOWN_ANSWERS} newest are kept and \
             50 dropped",
            MAX_UNKNOWN_ANSWERS + 50
        )),
        "{notice}"
    );
    // The whole file is kept, and named; the session file itself waits for the first save.
    let found = backups(dir.path());
    assert_eq!(found.len(), 1);
    assert_eq!(fs::read_to_string(&found[0]).unwrap(), text);
    assert!(notice.contains(&found[0].display().to_string()), "{notice}");
    assert_eq!(fs::read_to_string(&path).unwrap(), text);

    let mut app = app_at(Some(kept.clone()), &path);
    app.set_on_disk(opened.on_disk);
    type_keys(&mut app, " ");
    perform(&mut app);
    assert_eq!(saved(&path).count_unknown(&deck), MAX_UNKNOWN_ANSWERS);
}

#[test]
fn a_session_at_the_limit_is_kept_whole_without_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let big = session_with_unknown(MAX_UNKNOWN_ANSWERS - 1);
    session::save(&big, &path).unwrap();
    let opened = session_file::open_path(&path, &builtin_deck()).unwrap();
    assert_eq!(opened.saved, Some(big));
    assert_eq!(opened.notice, None);
    assert!(backups(dir.path()).is_empty());
}

/// `report` reads, never writes: it keeps every answer and makes no backup.
#[test]
fn report_keeps_every_answer_of_a_big_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    session::save(&session_with_unknown(MAX_UNKNOWN_ANSWERS + 10), &path).unwrap();
    let before = fs::read(&path).unwrap();
    let output = common::process::rolefit(&["report", "--session", path.to_str().unwrap()]);
    assert_eq!(common::process::status(&output), 0);
    assert!(common::process::stderr(&output).contains("10011 saved answer(s) for ids"));
    assert_eq!(fs::read(&path).unwrap(), before);
    assert!(backups(dir.path()).is_empty());
}

/// What the signal thread would save is what the app holds, after marks, moves and a reset,
/// though after the first copy each batch brings over only the answers it changed.
#[test]
fn the_signal_threads_copy_follows_each_mark() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    session::save(&session_with_unknown(100), &path).unwrap();
    let mut app = app_at(session::load(&path, DECK_ID).unwrap(), &path);
    let last = FinalSave::new();
    let remember = |app: &mut rolefit::app::App| {
        app.sync_session();
        let changes = app.take_answer_changes();
        last.lock().remember_changes(app.session(), &path, changes);
    };
    remember(&mut app);
    for keys in [" ", "j ", "3 ", "  ", "jjj", "Ry", " "] {
        type_keys(&mut app, keys);
        perform(&mut app);
        remember(&mut app);
        let copy = last.lock().take_for_signal().unwrap().session.unwrap().0;
        assert_eq!(&copy, app.session(), "after {keys:?}");
        // Taking it empties the copy: the next round starts again from a whole one.
        remember(&mut app);
    }
}
