//! The session through the explorer: every change saved at once, resume restoring marks, leans,
//! pane and selection, unknown ids kept, a failed save, and no session path.

use std::fs;

use ratatui::crossterm::event::KeyCode;
use rolefit::app::App;
use rolefit::deck::Pane;
use rolefit::effects;
use rolefit::marks::Mark;
use rolefit::session::{self, SavedMark};

mod common;

use common::sessions::{app_at, reopen, resumed_app, saved, session_with_unknowns};
use common::{perform, press_key, type_keys};

fn index(app: &App, id: &str) -> usize {
    app.deck().item_index(id).unwrap()
}

#[test]
fn marking_saves_the_session_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut app = app_at(None, &path);
    type_keys(&mut app, " j ");
    assert!(!path.exists(), "nothing is written before the effects run");
    perform(&mut app);
    assert!(app.effects().is_empty());
    assert!(app.status().is_none(), "{:?}", app.status());

    let session = saved(&path);
    let first = app
        .deck()
        .pane_items(Pane::Duties)
        .next()
        .unwrap()
        .id
        .to_string();
    let second = app
        .deck()
        .pane_items(Pane::Duties)
        .nth(1)
        .unwrap()
        .id
        .to_string();
    let mut expected = vec![first.clone(), second.clone()];
    expected.sort();
    assert_eq!(
        session.answers.keys().cloned().collect::<Vec<_>>(),
        expected
    );
    assert_eq!(session.answers[&first].mark, SavedMark::Have);
    assert_eq!(session.answers[&first].changed, "2023-11-14T22:13:20Z");

    // Unmarking is saved too, and removes the answer.
    press_key(&mut app, KeyCode::Char(' '));
    perform(&mut app);
    let session = saved(&path);
    assert_eq!(session.answers.len(), 1);
    assert!(session.answers.contains_key(&first));
}

#[test]
fn a_resumed_app_has_the_same_marks_leans_fits_pane_and_selection() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut app = app_at(None, &path);

    // Two duties, a lean on the second difference (Space twice: director, then producer).
    type_keys(&mut app, " j ");
    type_keys(&mut app, "3j  ");
    // Skills pane, row 3 (counting from 0), marked: that save carries the position.
    type_keys(&mut app, "2jjj ");
    assert_eq!(app.focus(), Pane::Skills);
    assert_eq!(app.pane(Pane::Skills).selected, 3);
    perform(&mut app);

    let difference = app.deck().pane_range(Pane::Differences).start + 1;
    let producer = app.deck().role_index("producer").unwrap();
    assert_eq!(app.marks().get(difference), Some(Mark::Lean(producer)));

    let session = saved(&path);
    assert_eq!(session.focus, Pane::Skills);
    let skill = &*app.deck().pane_items(Pane::Skills).nth(3).unwrap().id;
    assert_eq!(
        session.selected.get(&Pane::Skills).map(String::as_str),
        Some(skill)
    );

    let resumed = reopen(&path);
    assert_eq!(resumed.marks(), app.marks());
    assert_eq!(resumed.fits(), app.fits());
    assert_eq!(resumed.focus(), Pane::Skills);
    for pane in Pane::ALL {
        assert_eq!(
            resumed.pane(pane).selected,
            app.pane(pane).selected,
            "{pane} selection"
        );
        assert_eq!(resumed.marked_count(pane), app.marked_count(pane));
    }
    assert_eq!(resumed.pane(Pane::Duties).selected, 1);
    assert_eq!(resumed.pane(Pane::Differences).selected, 1);
    assert_eq!(resumed.marked_count(Pane::Duties), (2, 15));
    assert_eq!(resumed.selected_item(), Some(index(&resumed, skill)));
    assert!(resumed.status().is_none(), "{:?}", resumed.status());
}

#[test]
fn moving_alone_is_saved_on_the_next_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut app = app_at(None, &path);
    type_keys(&mut app, " ");
    perform(&mut app);
    type_keys(&mut app, "3jj");
    // As on quit: the position is synced into the file.
    app.sync_session();
    effects::save(&app).unwrap();
    let resumed = reopen(&path);
    assert_eq!(resumed.focus(), Pane::Differences);
    assert_eq!(resumed.pane(Pane::Differences).selected, 2);
}

#[test]
fn unknown_ids_stay_in_the_file_and_are_mentioned_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    session::save(&session_with_unknowns(), &path).unwrap();

    let mut app = reopen(&path);
    let status = app.status().expect("the unknown answers are mentioned");
    assert_eq!(status.matches("no-such-item").count(), 1, "{status}");
    assert_eq!(status.matches("focus").count(), 1, "{status}");
    assert!(status.contains('2'), "{status}");
    // The known answer is restored; the bad lean is not.
    assert_eq!(app.marks().get(index(&app, "leadership")), Some(Mark::Have));
    assert_eq!(app.marks().get(index(&app, "focus")), None);

    // Mark something else: the unknown answers survive the save.
    type_keys(&mut app, " ");
    assert!(app.status().is_none(), "mentioned once, then gone");
    perform(&mut app);
    let session = saved(&path);
    assert_eq!(session.answers["no-such-item"].mark, SavedMark::Have);
    assert_eq!(
        session.answers["focus"].mark,
        SavedMark::Lean("writer".to_string())
    );
    assert_eq!(
        session.answers["no-such-item"].changed,
        "2020-01-01T00:00:00Z"
    );
    assert_eq!(session.answers.len(), 4);
    let text = fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("no-such-item") && text.contains("writer"),
        "{text}"
    );
}

#[test]
fn a_failed_save_keeps_the_answers_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("file");
    fs::write(&blocker, "not a directory").unwrap();
    let path = blocker.join("s.ron");
    let mut app = app_at(None, &path);
    type_keys(&mut app, " ");
    perform(&mut app);
    let status = app.status().expect("a message about the failed save");
    assert!(status.contains("Could not save"), "{status}");
    assert_eq!(app.marks().get(0), Some(Mark::Have));
    assert_eq!(fs::read_to_string(&blocker).unwrap(), "not a directory");
}

#[test]
fn without_a_session_path_nothing_is_written() {
    let mut app = resumed_app(None, None);
    type_keys(&mut app, " ");
    perform(&mut app);
    assert!(app.status().is_none(), "{:?}", app.status());
    assert_eq!(app.marks().get(0), Some(Mark::Have));
}
