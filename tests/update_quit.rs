//! `update` quitting and ignoring: q and Ctrl-c quit, key releases do nothing.

mod common;

use common::*;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use rolefit::deck::Pane;
use rolefit::mode::Mode;

// ---------------------------------------------------------------- quitting

#[test]
fn q_quits_from_browse() {
    let mut app = app(120, 40);
    press(&mut app, "q");
    assert!(app.should_quit());
}

#[test]
fn ctrl_c_quits_from_browse_search_and_help() {
    for prefix in ["", "/bud", "?"] {
        let mut app = app(120, 40);
        press(&mut app, prefix);
        assert!(!app.should_quit(), "{prefix:?}");
        press(&mut app, "<C-c>");
        assert!(app.should_quit(), "Ctrl-c after {prefix:?}");
    }
}

#[test]
fn key_releases_do_nothing() {
    let mut app = app(120, 40);
    let release = |code: KeyCode| {
        Event::Key(KeyEvent::new_with_kind(
            code,
            KeyModifiers::NONE,
            KeyEventKind::Release,
        ))
    };
    for code in [
        KeyCode::Char('j'),
        KeyCode::Char(' '),
        KeyCode::Char('/'),
        KeyCode::Char('?'),
        KeyCode::Char('m'),
        KeyCode::Char('q'),
        KeyCode::Tab,
        KeyCode::Down,
    ] {
        let event = release(code);
        assert_eq!(rolefit::event::action_for(&app, &event), None, "{code:?}");
        send(&mut app, &event);
    }
    assert_eq!(app.mode(), Mode::Browse);
    assert_eq!(app.focus(), Pane::Duties);
    assert_eq!(app.pane(Pane::Duties).selected, 0);
    assert_eq!(app.marks().iter().count(), 0);
    assert!(!app.should_quit());
    // And in search: a release types nothing.
    press(&mut app, "/");
    send(&mut app, &release(KeyCode::Char('x')));
    assert_eq!(app.query().text(), "");
}
