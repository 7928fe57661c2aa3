//! The session through the explorer: every change saved at once, resume restoring marks, leans,
//! pane and selection, unknown ids kept, reset with confirmation and backup, and the export.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;
use rolefit::app::{App, Mode, Options};
use rolefit::deck::{Deck, Pane};
use rolefit::effects;
use rolefit::event::action_for;
use rolefit::keymap::Keymap;
use rolefit::marks::{Mark, Marks};
use rolefit::session::{self, Answer, SavedMark, Session};
use rolefit::update::update;

const DECK_ID: &str = "director-vs-producer";

fn fixed_clock() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_700_000_000) // 2023-11-14T22:13:20Z
}

/// The explorer on the built-in deck with `session` resumed from `path`.
fn app_with(session: Option<Session>, path: &Path) -> App {
    let deck = Deck::builtin().unwrap();
    let marks = Marks::for_deck(&deck);
    let mut app = App::new(
        deck,
        marks,
        Keymap::default(),
        Options {
            color: false,
            mouse: true,
            ascii: false,
        },
        Size::new(120, 40),
    );
    app.clock = fixed_clock;
    let session = session.unwrap_or_else(|| Session::new(&app.deck));
    app.resume(session, Some(path.to_path_buf()));
    app
}

/// The explorer resumed from whatever is saved at `path`.
fn reopen(path: &Path) -> App {
    let saved = session::load(path, DECK_ID).expect("the session loads");
    app_with(saved, path)
}

fn press(app: &mut App, code: KeyCode) {
    let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    if let Some(action) = action_for(app, &event) {
        update(app, action);
    }
}

fn type_keys(app: &mut App, keys: &str) {
    for c in keys.chars() {
        press(app, KeyCode::Char(c));
    }
}

fn index(app: &App, id: &str) -> usize {
    app.deck.item_index(id).unwrap()
}

fn saved(path: &Path) -> Session {
    session::load(path, DECK_ID)
        .unwrap()
        .expect("a saved session")
}

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
fn marking_saves_the_session_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut app = app_with(None, &path);
    type_keys(&mut app, " j ");
    assert!(!path.exists(), "nothing is written before the effects run");
    effects::perform(&mut app);
    assert!(app.effects.is_empty());
    assert!(app.status.is_none(), "{:?}", app.status);

    let session = saved(&path);
    let first = app.deck.pane_items(Pane::Duties)[0].id.clone();
    let second = app.deck.pane_items(Pane::Duties)[1].id.clone();
    let mut expected = vec![first.clone(), second.clone()];
    expected.sort();
    assert_eq!(
        session.answers.keys().cloned().collect::<Vec<_>>(),
        expected
    );
    assert_eq!(session.answers[&first].mark, SavedMark::Have);
    assert_eq!(session.answers[&first].changed, "2023-11-14T22:13:20Z");

    // Unmarking is saved too, and removes the answer.
    press(&mut app, KeyCode::Char(' '));
    effects::perform(&mut app);
    let session = saved(&path);
    assert_eq!(session.answers.len(), 1);
    assert!(session.answers.contains_key(&first));
}

#[test]
fn a_resumed_app_has_the_same_marks_leans_fits_pane_and_selection() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut app = app_with(None, &path);

    // Two duties, a lean on the second difference (Space twice: director, then producer).
    type_keys(&mut app, " j ");
    type_keys(&mut app, "3j  ");
    // Skills pane, row 3 (counting from 0), marked: that save carries the position.
    type_keys(&mut app, "2jjj ");
    assert_eq!(app.focus, Pane::Skills);
    assert_eq!(app.pane(Pane::Skills).selected, 3);
    effects::perform(&mut app);

    let difference = app.deck.pane_range(Pane::Differences).start + 1;
    let producer = app.deck.role_index("producer").unwrap();
    assert_eq!(app.marks.get(difference), Some(Mark::Lean(producer)));

    let session = saved(&path);
    assert_eq!(session.focus, Pane::Skills);
    let skill = &app.deck.pane_items(Pane::Skills)[3].id;
    assert_eq!(session.selected.get(&Pane::Skills), Some(skill));

    let resumed = reopen(&path);
    assert_eq!(resumed.marks, app.marks);
    assert_eq!(resumed.fits, app.fits);
    assert_eq!(resumed.focus, Pane::Skills);
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
    assert!(resumed.status.is_none(), "{:?}", resumed.status);
}

#[test]
fn moving_alone_is_saved_on_the_next_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut app = app_with(None, &path);
    type_keys(&mut app, " ");
    effects::perform(&mut app);
    type_keys(&mut app, "3jj");
    // As on quit: the position is synced into the file.
    effects::save(&mut app).unwrap();
    let resumed = reopen(&path);
    assert_eq!(resumed.focus, Pane::Differences);
    assert_eq!(resumed.pane(Pane::Differences).selected, 2);
}

fn session_with_unknowns() -> Session {
    let deck = Deck::builtin().unwrap();
    let mut session = Session::new(&deck);
    let answer = |mark| Answer {
        mark,
        changed: "2020-01-01T00:00:00Z".to_string(),
    };
    session
        .answers
        .insert("no-such-item".to_string(), answer(SavedMark::Have));
    session.answers.insert(
        "focus".to_string(),
        answer(SavedMark::Lean("writer".to_string())),
    );
    session
        .answers
        .insert("leadership".to_string(), answer(SavedMark::Have));
    session
}

#[test]
fn unknown_ids_stay_in_the_file_and_are_mentioned_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    session::save(&session_with_unknowns(), &path).unwrap();

    let mut app = reopen(&path);
    let status = app
        .status
        .clone()
        .expect("the unknown answers are mentioned");
    assert_eq!(status.matches("no-such-item").count(), 1, "{status}");
    assert_eq!(status.matches("focus").count(), 1, "{status}");
    assert!(status.contains('2'), "{status}");
    // The known answer is restored; the bad lean is not.
    assert_eq!(app.marks.get(index(&app, "leadership")), Some(Mark::Have));
    assert_eq!(app.marks.get(index(&app, "focus")), None);

    // Mark something else: the unknown answers survive the save.
    type_keys(&mut app, " ");
    assert!(app.status.is_none(), "mentioned once, then gone");
    effects::perform(&mut app);
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
fn reset_then_no_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut app = app_with(None, &path);
    type_keys(&mut app, " j ");
    effects::perform(&mut app);
    let before = fs::read(&path).unwrap();
    let marks = app.marks.clone();

    press(&mut app, KeyCode::Char('R'));
    assert_eq!(app.mode, Mode::ConfirmReset);
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.mode, Mode::Browse);
    effects::perform(&mut app);
    assert_eq!(app.marks, marks);
    assert_eq!(fs::read(&path).unwrap(), before);
    assert!(backups(dir.path()).is_empty());

    // Esc also declines.
    press(&mut app, KeyCode::Char('R'));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode, Mode::Browse);
    effects::perform(&mut app);
    assert_eq!(app.marks, marks);
    assert!(backups(dir.path()).is_empty());
}

#[test]
fn reset_then_yes_backs_up_and_clears() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    session::save(&session_with_unknowns(), &path).unwrap();
    let mut app = reopen(&path);
    type_keys(&mut app, " j ");
    effects::perform(&mut app);
    let old = saved(&path);
    assert_eq!(old.answers.len(), 5);

    type_keys(&mut app, "Ry");
    assert_eq!(app.mode, Mode::Browse);
    effects::perform(&mut app);

    let found = backups(dir.path());
    assert_eq!(found, vec![dir.path().join("s.ron.bak-20231114T221320Z")]);
    let backup = session::load(&found[0], DECK_ID).unwrap().unwrap();
    assert_eq!(
        backup.answers, old.answers,
        "the backup holds the old answers"
    );

    let new = saved(&path);
    assert!(new.answers.is_empty(), "{:?}", new.answers);
    assert_eq!(app.marks, Marks::for_deck(&app.deck));
    assert!(app.fits.iter().all(|f| f.have == 0));
    assert_eq!(app.guided.position, 0);
    let status = app.status.clone().unwrap();
    assert!(status.contains("s.ron.bak-20231114T221320Z"), "{status}");

    // A second reset in the same second keeps a second, distinct backup.
    type_keys(&mut app, " Ry");
    effects::perform(&mut app);
    let found = backups(dir.path());
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(saved(&path).answers.is_empty());
}

#[test]
fn reset_without_a_file_yet_just_clears() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut app = app_with(None, &path);
    app.marks.set(0, Some(Mark::Have));
    type_keys(&mut app, "Ry");
    effects::perform(&mut app);
    assert_eq!(app.marks, Marks::for_deck(&app.deck));
    assert!(backups(dir.path()).is_empty());
    assert!(saved(&path).answers.is_empty());
}

#[test]
fn export_writes_the_report_next_to_the_session_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sessions/s.ron");
    let mut app = app_with(None, &path);
    type_keys(&mut app, " j ");
    effects::perform(&mut app);

    press(&mut app, KeyCode::Char('e'));
    assert_eq!(app.mode, Mode::Export);
    let expected = dir.path().join("sessions/director-vs-producer-report.md");
    assert_eq!(app.prompt.text(), expected.display().to_string());
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.mode, Mode::Browse);
    effects::perform(&mut app);

    let report = fs::read_to_string(&expected).expect("the report was written");
    assert!(
        report.contains("Director") && report.contains("Producer"),
        "{report}"
    );
    assert!(report.contains('%'), "{report}");
    assert!(report.contains("| Director | 6% | 2/27 |"), "{report}");
    let status = app.status.clone().unwrap();
    assert!(
        status.contains("director-vs-producer-report.md"),
        "{status}"
    );
}

#[test]
fn export_to_a_typed_path_and_cancel() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut app = app_with(None, &path);

    press(&mut app, KeyCode::Char('e'));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode, Mode::Browse);
    effects::perform(&mut app);
    assert!(!dir.path().join("director-vs-producer-report.md").exists());

    press(&mut app, KeyCode::Char('e'));
    // Clear the prompt and type another path.
    let event = Event::Key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    let action = action_for(&app, &event).unwrap();
    update(&mut app, action);
    let other = dir.path().join("mine.md");
    type_keys(&mut app, &other.display().to_string());
    press(&mut app, KeyCode::Enter);
    effects::perform(&mut app);
    assert!(fs::read_to_string(&other).unwrap().contains("Director"));
}

#[test]
fn a_failed_save_keeps_the_answers_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("file");
    fs::write(&blocker, "not a directory").unwrap();
    let path = blocker.join("s.ron");
    let mut app = app_with(None, &path);
    type_keys(&mut app, " ");
    effects::perform(&mut app);
    let status = app.status.clone().expect("a message about the failed save");
    assert!(status.contains("Could not save"), "{status}");
    assert_eq!(app.marks.get(0), Some(Mark::Have));
    assert_eq!(fs::read_to_string(&blocker).unwrap(), "not a directory");
}

#[test]
fn without_a_session_path_nothing_is_written() {
    let deck = Deck::builtin().unwrap();
    let marks = Marks::for_deck(&deck);
    let mut app = App::new(
        deck,
        marks,
        Keymap::default(),
        Options {
            color: false,
            mouse: true,
            ascii: false,
        },
        Size::new(120, 40),
    );
    let session = Session::new(&app.deck);
    app.resume(session, None);
    type_keys(&mut app, " ");
    effects::perform(&mut app);
    assert!(app.status.is_none(), "{:?}", app.status);
    assert_eq!(app.marks.get(0), Some(Mark::Have));
}

#[test]
fn a_mark_just_before_a_reset_is_in_the_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut app = app_with(None, &path);
    type_keys(&mut app, " ");
    effects::perform(&mut app);
    // One batch, as when keys arrive together: mark another duty, then reset.
    type_keys(&mut app, "j Ry");
    effects::perform(&mut app);
    let found = backups(dir.path());
    assert_eq!(found.len(), 1);
    let backup = session::load(&found[0], DECK_ID).unwrap().unwrap();
    assert_eq!(backup.answers.len(), 2, "{:?}", backup.answers.keys());
}
