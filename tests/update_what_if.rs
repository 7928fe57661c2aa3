//! The what-if layer (issue 14): `w` opens it over the saved answers; marks, leans and refusals
//! made there are shown as pending and change the meter as `now → what-if`; Enter keeps them
//! (then they are saved), Esc or `w` drops them; nothing is written meanwhile, byte for byte;
//! quitting asks whether to keep them.

mod common;

use common::sessions::app_at;
use common::*;
use rolefit::app::Effect;
use rolefit::marks::Mark;
use rolefit::mode::Mode;

#[test]
fn answers_in_a_what_if_are_shown_pending_and_not_recorded() {
    let mut app = app(120, 40);
    press(&mut app, "<Space>jw<Space>jx");
    assert_eq!(app.mode(), Mode::WhatIf);
    assert!(app.what_if_open());
    // The first mark was saved before the layer opened; the next two are the layer's.
    assert_eq!(app.saved_marks().get(0), Some(Mark::Have));
    assert_eq!(app.saved_marks().get(1), None);
    assert_eq!(app.marks().get(1), Some(Mark::Have));
    assert_eq!(app.marks().get(2), Some(Mark::Refuse));
    assert!(app.is_pending(1) && app.is_pending(2) && !app.is_pending(0));
    assert_eq!(app.pending_count(), 2);
    assert_eq!(
        app.session().answers.len(),
        1,
        "the session records none of them"
    );
    let screen = screen_text(render(&app).buffer());
    assert!(screen.contains("[x] Interpreting scripts"), "{screen}");
    assert!(screen.contains("{x} Auditioning and casting"), "{screen}");
    assert!(screen.contains("{!} Organizing the crew"), "{screen}");
    // The meter says what the figure is now and what it would be.
    let now = app.saved_fits()[0].rounded();
    let would = app.fits()[0].rounded();
    assert_ne!(now, would);
    assert!(screen.contains(&format!("{now}%→{would}%")), "{screen}");
    assert!(screen.contains("What if:"), "{screen}");
}

#[test]
fn enter_keeps_the_what_if_answers_and_saves_them() {
    let mut app = app(120, 40);
    press(&mut app, "w<Space>j<Space>");
    app.take_effects();
    press(&mut app, "<Enter>");
    assert_eq!(app.mode(), Mode::Browse);
    assert!(!app.what_if_open());
    assert_eq!(app.saved_marks().get(0), Some(Mark::Have));
    assert_eq!(app.saved_marks().get(1), Some(Mark::Have));
    assert_eq!(app.session().answers.len(), 2);
    assert!(app.effects().contains(&Effect::SaveSession));
    assert_eq!(app.status(), Some("Kept 2 answers from the what-if"));
    fits_match_marks(&app);
}

#[test]
fn esc_or_w_drops_the_what_if_answers() {
    for drop in ["<Esc>", "w"] {
        let mut app = app(120, 40);
        press(&mut app, "<Space>w<Space>jx");
        press(&mut app, drop);
        assert_eq!(app.mode(), Mode::Browse, "{drop}");
        assert_eq!(app.marks(), app.saved_marks());
        assert_eq!(app.marks().get(0), Some(Mark::Have), "{drop}");
        assert_eq!(app.marks().get(1), None, "{drop}");
        fits_match_marks(&app);
    }
}

#[test]
fn a_search_or_the_help_opened_from_a_what_if_goes_back_to_it() {
    let mut app = app(120, 40);
    press(&mut app, "w/bud<Enter>");
    assert_eq!(app.mode(), Mode::WhatIf);
    press(&mut app, "<Space>?<Esc>");
    assert_eq!(app.mode(), Mode::WhatIf);
    press(&mut app, "rr");
    assert_eq!(
        app.mode(),
        Mode::WhatIf,
        "the result closes back into the layer"
    );
    assert!(app.is_pending(app.selected_item().unwrap()));
}

#[test]
fn quitting_a_what_if_asks_and_each_answer_does_what_it_says() {
    // Keep, then quit.
    let mut app = app(120, 40);
    press(&mut app, "w<Space>q");
    assert_eq!(app.mode(), Mode::QuitWhatIf);
    assert!(!app.should_quit());
    let screen = screen_text(render(&app).buffer());
    assert!(screen.contains("The what-if changes 1 answer"), "{screen}");
    press(&mut app, "y");
    assert!(app.should_quit());
    assert_eq!(app.saved_marks().get(0), Some(Mark::Have));
    // Drop, then quit.
    let mut app = common::app(120, 40);
    press(&mut app, "w<Space>qn");
    assert!(app.should_quit());
    assert_eq!(app.saved_marks().get(0), None);
    // Back to the layer.
    let mut app = common::app(120, 40);
    press(&mut app, "w<Space>q<Esc>");
    assert_eq!(app.mode(), Mode::WhatIf);
    assert!(!app.should_quit());
    // A layer that changes nothing asks nothing.
    let mut app = common::app(120, 40);
    press(&mut app, "wq");
    assert!(app.should_quit());
}

#[test]
fn nothing_is_written_to_the_session_file_while_a_what_if_is_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut app = app_at(None, &path);
    press(&mut app, "<Space>");
    perform(&mut app);
    let before = std::fs::read(&path).unwrap();
    // Answers, moves, a pane change, a search and the mouse mode in the layer.
    press(&mut app, "wj<Space>x2<Space>3<Space>/lead<Enter><Space>M");
    perform(&mut app);
    assert_eq!(std::fs::read(&path).unwrap(), before, "byte for byte");
    // A quit without keeping (Ctrl-c quits at once) saves nothing either.
    press(&mut app, "<C-c>");
    assert!(app.should_quit());
    let saved = rolefit::exit::save_before_exit(&mut app, &[dir.path().to_path_buf()]);
    assert_eq!(saved, Ok(None));
    assert_eq!(std::fs::read(&path).unwrap(), before, "byte for byte");
}

#[test]
fn the_keys_of_the_what_if_are_in_the_help_the_footer_and_the_man_page() {
    let mut app = app(120, 40);
    press(&mut app, "w");
    let said = app.status().unwrap().to_string();
    assert!(said.contains("Enter keeps them, Esc drops them"), "{said}");
    press(&mut app, "j");
    let footer = lines(render(&app).buffer()).pop().unwrap();
    assert!(
        footer.contains("Enter keep") && footer.contains("Esc drop"),
        "{footer}"
    );
    let help: Vec<String> = rolefit::layout::help::lines(&app)
        .iter()
        .map(|line| format!("{line:?}"))
        .collect();
    assert!(
        help.iter().any(|l| l.contains("Keep the what-if answers")),
        "{help:#?}"
    );
    let page = common::process::stdout(&common::process::rolefit(&["man"]));
    assert!(
        page.contains("What if: try answers without keeping them"),
        "{page}"
    );
    assert!(
        page.contains("Keep the what\\-if answers, then quit"),
        "{page}"
    );
}
