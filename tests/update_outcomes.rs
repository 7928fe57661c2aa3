//! The export and reset flows as `update` sees them, without a file system: the effects it asks
//! for, and what it does with each outcome the event loop reports back.

mod common;

use std::path::PathBuf;

use common::{app, press, type_keys};
use rolefit::action::{Action, ReportOutcome};
use rolefit::app::{Effect, ExportPrompt, ModeState};
use rolefit::input::LineInput;
use rolefit::marks::{Mark, Marks};
use rolefit::mode::Mode;
use rolefit::session::OwnFile;
use rolefit::untrusted::read::FileKind;
use rolefit::update::update;

fn typed(text: &str) -> LineInput {
    let mut input = LineInput::default();
    text.chars().for_each(|c| input.insert(c));
    input
}

/// The prompt of the one report write the app has queued.
fn queued_report(app: &rolefit::app::App) -> ExportPrompt {
    match app.effects() {
        [Effect::WriteReport(prompt)] => prompt.clone(),
        other => panic!("expected one report write, got {other:?}"),
    }
}

#[test]
fn enter_in_the_report_box_asks_for_the_write_and_closes_the_box() {
    let mut app = app(120, 40);
    press(&mut app, "e<C-u>");
    type_keys(&mut app, "out.md");
    press(&mut app, "<Enter>");
    let prompt = queued_report(&app);
    assert_eq!(prompt.path.text(), "out.md");
    assert_eq!(prompt.to_replace, None);
    assert_eq!(app.mode(), Mode::Browse);
}

#[test]
fn an_existing_file_is_replaced_only_on_a_second_enter_on_the_same_path() {
    let mut app = app(120, 40);
    press(&mut app, "e<C-u>");
    type_keys(&mut app, "out.md");
    press(&mut app, "<Enter>");
    app.take_effects();
    let target = PathBuf::from("/somewhere/out.md");
    update(
        &mut app,
        Action::Report(ReportOutcome::Exists {
            typed: typed("out.md"),
            target: target.clone(),
        }),
    );
    // The box is open again as it was typed, with the question in the footer.
    assert_eq!(app.mode(), Mode::Export);
    let prompt = app.export_prompt().expect("the box is open");
    assert_eq!(prompt.path.text(), "out.md");
    assert_eq!(prompt.to_replace.as_ref(), Some(&target));
    assert!(
        app.status().unwrap().contains("already exists"),
        "{:?}",
        app.status()
    );

    press(&mut app, "<Enter>");
    assert_eq!(queued_report(&app).to_replace, Some(target));
}

#[test]
fn editing_the_path_after_the_question_still_writes_only_to_the_confirmed_file() {
    let mut app = app(120, 40);
    let target = PathBuf::from("/somewhere/out.md");
    press(&mut app, "e");
    update(
        &mut app,
        Action::Report(ReportOutcome::Exists {
            typed: typed("out.md"),
            target: target.clone(),
        }),
    );
    type_keys(&mut app, "x");
    press(&mut app, "<Enter>");
    // The effect compares the confirmed file with where the new path points: a different path
    // is asked about again.
    let prompt = queued_report(&app);
    assert_eq!(prompt.path.text(), "out.mdx");
    assert_eq!(prompt.to_replace, Some(target));
}

#[test]
fn refusals_reopen_the_box_and_forget_any_earlier_question() {
    for (outcome, said) in [
        (
            ReportOutcome::IsOwnFile {
                typed: typed("s.ron"),
                target: "/d/s.ron".into(),
                own: OwnFile::Session,
            },
            "is the session file",
        ),
        (
            ReportOutcome::IsOwnFile {
                typed: typed(".s.ron.lock"),
                target: "/d/.s.ron.lock".into(),
                own: OwnFile::Lock,
            },
            "is a session's lock file, which rolefit keeps for itself",
        ),
        (
            ReportOutcome::NotAFile {
                typed: typed("d"),
                target: "/d".into(),
                kind: FileKind::Directory,
            },
            "is a folder",
        ),
        (
            ReportOutcome::NotAFile {
                typed: typed("/dev/null"),
                target: "/dev/null".into(),
                kind: FileKind::CharDevice,
            },
            "/dev/null is a character device, not a file",
        ),
    ] {
        let mut app = app(120, 40);
        update(&mut app, Action::Report(outcome));
        let ModeState::Export(prompt) = app.mode_state() else {
            panic!("the box should be open: {:?}", app.mode_state());
        };
        assert_eq!(prompt.to_replace, None);
        assert!(app.status().unwrap().contains(said), "{:?}", app.status());
    }
}

#[test]
fn a_written_or_failed_report_is_said_in_the_footer_and_the_explorer_stays() {
    let mut app = app(120, 40);
    update(
        &mut app,
        Action::Report(ReportOutcome::Written("/d/r.md".into())),
    );
    assert_eq!(app.status(), Some("Report written to /d/r.md"));
    assert_eq!(app.mode(), Mode::Browse);
    update(
        &mut app,
        Action::Report(ReportOutcome::Failed {
            target: "/d/r.md".into(),
            error: "disk full".into(),
        }),
    );
    assert_eq!(
        app.status(),
        Some("Could not write the report to /d/r.md: disk full")
    );
}

#[test]
fn confirming_a_reset_asks_for_a_backup_and_clears_nothing_yet() {
    let mut app = app(120, 40);
    press(&mut app, "<Space>");
    app.take_effects();
    let marks = app.marks().clone();
    press(&mut app, "Ry");
    assert_eq!(app.effects(), [Effect::BackUpSession]);
    assert_eq!(app.marks(), &marks);
    assert_eq!(app.mode(), Mode::Browse);
}

#[test]
fn a_backed_up_session_is_cleared_and_saved_and_the_backup_named() {
    let mut app = app(120, 40);
    press(&mut app, "<Space>Ry");
    app.take_effects();
    update(
        &mut app,
        Action::SessionBackedUp(Some("/d/s.ron.bak-1".into())),
    );
    assert_eq!(app.marks(), &Marks::for_deck(app.deck()));
    assert_eq!(app.effects(), [Effect::SaveSession]);
    assert_eq!(
        app.status(),
        Some("Reset. The old session is kept as /d/s.ron.bak-1")
    );
    assert!(app.fits().iter().all(|fit| fit.have == 0));
}

#[test]
fn a_failed_backup_resets_nothing() {
    let mut app = app(120, 40);
    press(&mut app, "<Space>Ry");
    app.take_effects();
    update(&mut app, Action::BackupFailed("no room".into()));
    assert_eq!(app.marks().get(0), Some(Mark::Have));
    assert!(app.effects().is_empty());
    assert_eq!(app.status(), Some("no room"));
}

#[test]
fn a_failed_save_is_said_and_the_answers_stay() {
    let mut app = app(120, 40);
    press(&mut app, "<Space>");
    update(
        &mut app,
        Action::SaveFailed("Could not save: disk full".into()),
    );
    assert_eq!(app.status(), Some("Could not save: disk full"));
    assert_eq!(app.marks().get(0), Some(Mark::Have));
}
