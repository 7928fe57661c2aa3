//! Export through the explorer: the report written next to the session file, to a typed path, or
//! not at all when cancelled; never over the session file, and over another file only when asked
//! twice.

use std::fs;
use std::path::{Path, PathBuf};

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use rolefit::app::App;
use rolefit::effects::report_target;
use rolefit::event::action_for;
use rolefit::mode::Mode;
use rolefit::update::update;

mod common;

use common::sessions::app_at;
use common::{perform, press_key, type_keys};

#[test]
fn export_writes_the_report_next_to_the_session_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sessions/s.ron");
    let mut app = app_at(None, &path);
    type_keys(&mut app, " j ");
    perform(&mut app);

    press_key(&mut app, KeyCode::Char('e'));
    assert_eq!(app.mode(), Mode::Export);
    let expected = dir.path().join("sessions/director-vs-producer-report.md");
    assert_eq!(
        app.export_prompt().expect("the box is open").path.text(),
        expected.display().to_string()
    );
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Browse);
    perform(&mut app);

    let report = fs::read_to_string(&expected).expect("the report was written");
    assert!(
        report.contains("Director") && report.contains("Producer"),
        "{report}"
    );
    assert!(report.contains('%'), "{report}");
    assert!(report.contains("| Director | 6% | 2/27 |"), "{report}");
    let status = app.status().unwrap();
    assert!(
        status.contains("director-vs-producer-report.md"),
        "{status}"
    );
}

#[test]
fn export_to_a_typed_path_and_cancel() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut app = app_at(None, &path);

    press_key(&mut app, KeyCode::Char('e'));
    press_key(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Browse);
    perform(&mut app);
    assert!(!dir.path().join("director-vs-producer-report.md").exists());

    press_key(&mut app, KeyCode::Char('e'));
    // Clear the prompt and type another path.
    let event = Event::Key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    let action = action_for(&app, &event).unwrap();
    update(&mut app, action);
    let other = dir.path().join("mine.md");
    type_keys(&mut app, &other.display().to_string());
    press_key(&mut app, KeyCode::Enter);
    perform(&mut app);
    assert!(fs::read_to_string(&other).unwrap().contains("Director"));
}

/// Opens the report prompt, replaces its text with `path` and presses Enter.
fn export_to(app: &mut App, path: &str) {
    press_key(app, KeyCode::Char('e'));
    let clear = Event::Key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    let action = action_for(app, &clear).unwrap();
    update(app, action);
    type_keys(app, path);
    press_key(app, KeyCode::Enter);
    perform(app);
}

#[test]
fn the_report_never_replaces_the_session_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut app = app_at(None, &path);
    type_keys(&mut app, " ");
    perform(&mut app);
    let before = fs::read(&path).unwrap();

    // By its own name (taken from the session's folder), by a path with `..`, twice over.
    for typed in [
        "s.ron",
        &format!(
            "{}/../{}/s.ron",
            dir.path().display(),
            dir.path().file_name().unwrap().to_string_lossy()
        ),
    ] {
        export_to(&mut app, typed);
        let status = app.status().unwrap();
        assert!(status.contains("is the session file"), "{status}");
        assert_eq!(
            app.mode(),
            Mode::Export,
            "the prompt stays open for another path"
        );
        press_key(&mut app, KeyCode::Enter);
        perform(&mut app);
        assert_eq!(fs::read(&path).unwrap(), before, "typed {typed}");
        press_key(&mut app, KeyCode::Esc);
    }
}

#[test]
fn an_existing_file_is_replaced_only_after_a_second_enter() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(None, &dir.path().join("s.ron"));
    let notes = dir.path().join("notes.md");
    fs::write(&notes, "my own notes").unwrap();

    export_to(&mut app, "notes.md");
    let status = app.status().unwrap();
    assert!(status.contains("already exists"), "{status}");
    assert!(status.contains(&notes.display().to_string()), "{status}");
    assert_eq!(app.mode(), Mode::Export);
    assert_eq!(fs::read_to_string(&notes).unwrap(), "my own notes");

    // Esc, and a new export asks again.
    press_key(&mut app, KeyCode::Esc);
    export_to(&mut app, "notes.md");
    assert_eq!(fs::read_to_string(&notes).unwrap(), "my own notes");

    // Enter on the same path again replaces it, and no temporary file is left.
    press_key(&mut app, KeyCode::Enter);
    perform(&mut app);
    assert!(
        fs::read_to_string(&notes)
            .unwrap()
            .starts_with("# rolefit: ")
    );
    assert_eq!(app.mode(), Mode::Browse);
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["notes.md"], "only the report: {names:?}");
}

#[test]
fn a_relative_path_goes_beside_the_session_file_and_the_status_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(None, &dir.path().join("sessions/s.ron"));
    type_keys(&mut app, " ");
    perform(&mut app);
    export_to(&mut app, "mine.md");
    let written = dir.path().join("sessions/mine.md");
    assert!(fs::read_to_string(&written).unwrap().contains("Director"));
    let status = app.status().unwrap();
    assert_eq!(status, format!("Report written to {}", written.display()));
}

#[test]
fn report_paths_expand_the_home_folder_and_are_made_absolute() {
    let home = Path::new("/home/someone");
    let session = Path::new("/data/rolefit/s.ron");
    let target = |typed: &str| report_target(Path::new(typed), Some(session), Some(home));
    assert_eq!(target("~/r.md"), PathBuf::from("/home/someone/r.md"));
    assert_eq!(target("~"), PathBuf::from("/home/someone"));
    assert_eq!(target("r.md"), PathBuf::from("/data/rolefit/r.md"));
    assert_eq!(target("/elsewhere/r.md"), PathBuf::from("/elsewhere/r.md"));
    // `~user` is not expanded: only the user's own home is known.
    assert_eq!(
        target("~other/r.md"),
        PathBuf::from("/data/rolefit/~other/r.md")
    );
    let cwd = std::env::current_dir().unwrap();
    assert_eq!(
        report_target(Path::new("r.md"), None, None),
        cwd.join("r.md")
    );
}

#[cfg(unix)]
#[test]
fn a_report_is_as_readable_as_a_plain_write_and_a_replaced_file_keeps_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(None, &dir.path().join("s.ron"));

    // The atomic write's temporary file is 0o600; a report to show a mentor must not be.
    export_to(&mut app, "new.md");
    let plain = dir.path().join("plain");
    fs::write(&plain, "").unwrap();
    assert_eq!(mode(&dir.path().join("new.md")), mode(&plain));

    let shared = dir.path().join("shared.md");
    fs::write(&shared, "old").unwrap();
    fs::set_permissions(&shared, fs::Permissions::from_mode(0o640)).unwrap();
    export_to(&mut app, "shared.md");
    press_key(&mut app, KeyCode::Enter);
    perform(&mut app);
    assert!(
        fs::read_to_string(&shared)
            .unwrap()
            .starts_with("# rolefit: ")
    );
    assert_eq!(mode(&shared), 0o640);
}

/// Before the first save the session file does not exist, so it cannot be compared by its
/// canonical path: `dir/../dir/s.ron` must still be recognised as the session file.
#[test]
fn the_report_is_refused_through_dot_dot_before_the_first_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut app = app_at(None, &path);
    let typed = format!(
        "{}/../{}/s.ron",
        dir.path().display(),
        dir.path().file_name().unwrap().to_string_lossy()
    );
    export_to(&mut app, &typed);
    let status = app.status().unwrap();
    assert!(status.contains("is the session file"), "{status}");
    assert!(!path.exists(), "the report took the session's place");
}

/// Issue 13: typing a device, a pipe or one of rolefit's own files in the box and confirming
/// twice replaced it (the lock file: a second rolefit then opened the same session).
#[test]
fn the_report_writes_only_regular_files_and_never_rolefit_s_own() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut app = app_at(None, &path);
    type_keys(&mut app, " ");
    perform(&mut app);
    let pipe = dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo").arg(&pipe).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let own = [
        (".s.ron.lock", "a session's lock file"),
        ("s.ron.bak-20261128T013000Z", "a session backup"),
        ("s.unsaved-20261128T013000Z.ron", "a rescued session"),
        (".rolefit-x1.tmp", "a save in progress"),
    ];
    for (name, _) in own {
        fs::write(dir.path().join(name), "kept").unwrap();
    }
    for (name, what) in own {
        let target = dir.path().join(name);
        export_to(&mut app, &target.display().to_string());
        export_to(&mut app, &target.display().to_string());
        assert_eq!(fs::read_to_string(&target).unwrap(), "kept", "{name}");
        let status = app.status().unwrap();
        assert!(status.contains(what), "{name}: {status}");
        assert_eq!(app.mode(), Mode::Export, "the box stays open");
        press_key(&mut app, KeyCode::Esc);
    }
    for _ in 0..2 {
        export_to(&mut app, &pipe.display().to_string());
    }
    use std::os::unix::fs::FileTypeExt;
    assert!(
        fs::metadata(&pipe).unwrap().file_type().is_fifo(),
        "still a pipe"
    );
    assert!(
        app.status().unwrap().contains("named pipe"),
        "{:?}",
        app.status()
    );
}

/// Issue 13: a deck id such as `../../../../tmp/x`, or an absolute path, made the default report
/// path point outside the session's folder, and one Enter wrote there.
#[test]
fn a_deck_id_never_steers_the_default_report_path() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("s.ron");
    for id in ["../../../../tmp/x", "/etc/passwd", "..", &"long".repeat(30)] {
        let text = common::decks::two_roles("duties: []").replace(r#""test""#, &format!("{id:?}"));
        let deck = rolefit::deck::Deck::parse(&text, "hostile").unwrap();
        let mut app = common::app_with(deck, 120, 40, Default::default());
        app.resume(
            rolefit::session::Session::new(app.deck()),
            Some(session.clone()),
        );
        press_key(&mut app, KeyCode::Char('e'));
        let typed = PathBuf::from(app.export_prompt().unwrap().path.text());
        assert_eq!(
            typed.parent(),
            Some(dir.path()),
            "{id}: {}",
            typed.display()
        );
        let name = typed.file_name().unwrap().to_str().unwrap();
        assert!(
            name.ends_with("-report.md") && !name.starts_with('.'),
            "{id}: {name}"
        );
        assert!(name.len() <= 120, "{id}: {} bytes", name.len());
    }
}

#[test]
fn the_extension_typed_picks_the_format() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(None, &dir.path().join("s.ron"));
    type_keys(&mut app, " ");
    perform(&mut app);
    for (name, starts) in [
        ("page.html", "<!DOCTYPE html><html lang=\"en\">"),
        ("page.HTM", "<!DOCTYPE html>"),
        ("data.json", "{\n  \"deck\": \"director-vs-producer\""),
        ("notes.md", "# rolefit: Director vs. Producer"),
        ("notes", "# rolefit: "),
    ] {
        export_to(&mut app, name);
        let written = fs::read_to_string(dir.path().join(name)).unwrap();
        assert!(
            written.starts_with(starts),
            "{name}: {}",
            &written[..40.min(written.len())]
        );
    }
    let page = fs::read_to_string(dir.path().join("page.html")).unwrap();
    assert!(page.contains("Interpreting scripts") && !page.contains("<script"));
}
