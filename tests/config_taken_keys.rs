//! Keys the config cannot take: Ctrl-c always quits, and a key another action still has is
//! refused with both actions named, in the explorer's start-up and in `rolefit config` alike.

mod common;

use common::config::*;
use common::press;
use common::process::rolefit_at_home;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use rolefit::action::Action;
use rolefit::config::{self, ConfigError};
use rolefit::mode::Mode;

fn ctrl_c() -> KeyEvent {
    KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)
}

fn refused(text: &str) -> ConfigError {
    config::parse(text, "my.ron").expect_err("the config should be refused")
}

#[test]
fn ctrl_c_quits_in_every_mode_whatever_the_config_says() {
    for text in [
        r#"(keys: { "quit": [] })"#,
        r#"(keys: { "quit": ["z"] })"#,
        r#"(keys: { "quit": ["Ctrl-c"] })"#,
        "()",
    ] {
        let config = parse(text);
        for mode in Mode::ALL {
            assert_eq!(
                config.keymap.action(mode, &ctrl_c()),
                Some(Action::Quit),
                "{text} in {mode:?}"
            );
        }
        let mut app = configured_app(&config, 120, 40, true);
        press(&mut app, "<C-c>");
        assert!(app.should_quit(), "{text}");
    }
}

#[test]
fn the_help_says_ctrl_c_quits_even_when_quit_is_rebound() {
    let app = configured_app(&parse(r#"(keys: { "quit": [] })"#), 120, 40, true);
    let quit = help_keys(&app, "Quit");
    let default = configured_app(&parse("()"), 120, 40, true);
    assert_eq!(
        quit.len(),
        help_keys(&default, "Quit").len(),
        "a Quit line wherever the default help has one: {quit:?}"
    );
    assert!(quit.iter().all(|keys| keys == "Ctrl-c"), "{quit:?}");
}

#[test]
fn ctrl_c_cannot_be_given_to_another_action() {
    let error = refused(r#"(keys: { "clear_query": ["Ctrl-c"] })"#);
    assert!(matches!(error, ConfigError::ReservedKey { .. }), "{error}");
    let message = error.to_string();
    assert!(message.starts_with("my.ron:1:26: "), "{message}");
    assert!(message.contains("Ctrl-c always quits"), "{message}");
    assert!(message.contains("\"clear_query\""), "{message}");
}

#[test]
fn a_key_another_action_still_has_is_refused_with_both_actions_named() {
    let error = refused("(\n    keys: { \"toggle_help\": [\"F1\", \"Space\"] },\n)");
    let ConfigError::Taken {
        ref key,
        ref action,
        ref owner,
        mode,
        ..
    } = error
    else {
        panic!("not a taken key: {error}");
    };
    assert_eq!(
        (key.as_str(), action.as_str(), owner.as_str(), mode),
        ("Space", "toggle_help", "toggle_mark", "browsing")
    );
    let message = error.to_string();
    assert!(message.starts_with("my.ron:2:35: key Space"), "{message}");

    // The same for a key that is only one of several: j is still "down"'s.
    let error = refused(r#"(keys: { "quit": ["j"] })"#);
    assert!(
        error
            .to_string()
            .contains("key j for \"quit\" is still the key of \"down\""),
        "{error}"
    );
}

#[test]
fn a_key_is_free_once_the_config_rebinds_its_action_away_from_it() {
    let config = parse(r#"(keys: { "toggle_help": ["Space"], "toggle_mark": ["z"] })"#);
    let mut app = configured_app(&config, 120, 40, true);
    press(&mut app, "z");
    assert_eq!(app.marks().iter().count(), 1, "z marks");
    press(&mut app, "<Space>");
    assert_eq!(app.mode(), Mode::Help, "Space opens the help");

    // quit's keys go only where q quit (browsing), not into the help where Ctrl-c is quit's
    // only key: so j need leave only "down", and still scrolls the help.
    let config = parse(r#"(keys: { "quit": ["j"], "down": ["Down", "Ctrl-n"] })"#);
    let mut app = configured_app(&config, 120, 40, true);
    press(&mut app, "<Down>");
    assert_eq!(app.pane(rolefit::deck::Pane::Duties).selected, 1);
    assert_eq!(
        app.keymap().action(
            Mode::Help,
            &KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE)
        ),
        Some(Action::ScrollDown)
    );
    press(&mut app, "j");
    assert!(app.should_quit());
}

#[test]
fn the_binary_refuses_a_taken_key_in_rolefit_config_and_at_start_up() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("config.ron");
    std::fs::write(&path, r#"(keys: { "toggle_help": ["Space"] })"#).unwrap();
    let file = path.to_str().unwrap();
    for args in [
        vec!["config", "--config", file],
        vec!["--no-session", "--config", file],
    ] {
        let output = rolefit_at_home(&args, home.path());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        for word in [file, "Space", "\"toggle_help\"", "\"toggle_mark\""] {
            assert!(stderr.contains(word), "{args:?} lacks {word}: {stderr}");
        }
        assert!(output.stdout.is_empty(), "{args:?}: no `ok`");
    }
}
