//! The config file: every kind of mistake reported with where it is, before the terminal is
//! touched; the default location; and the documented example that `config --default` prints.

mod common;

use std::path::PathBuf;

use common::config::*;
use common::press;
use common::process::rolefit_at_home;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use rolefit::action::Action;
use rolefit::config::{self, Config, ConfigError};
use rolefit::keymap::Keymap;
use rolefit::mode::Mode;
use rolefit::style::theme::Palette;

// ---------------------------------------------------------------- errors

#[test]
fn a_syntax_error_names_the_file_line_and_column() {
    let (error, message) = load_error("syntax-error.ron");
    let ConfigError::Syntax { line, column, .. } = error else {
        panic!("not a syntax error: {message}");
    };
    // The token after the map that lacks its comma: `theme` on line 6.
    assert_eq!((line, column), (6, 5), "{message}");
    let path = fixture("syntax-error.ron").display().to_string();
    assert!(message.starts_with(&format!("{path}:6:5: ")), "{message}");
}

#[test]
fn an_unknown_action_is_named_with_its_place() {
    let (error, message) = load_error("unknown-action.ron");
    assert!(
        matches!(error, ConfigError::UnknownAction { .. }),
        "{message}"
    );
    assert!(message.contains("unknown action \"quitt\""), "{message}");
    assert!(message.contains("unknown-action.ron:4:9"), "{message}");
    assert!(message.contains("rolefit config --default"), "{message}");
}

#[test]
fn an_unknown_key_name_is_named_with_its_action() {
    let (error, message) = load_error("unknown-key.ron");
    assert!(matches!(error, ConfigError::UnknownKey { .. }), "{message}");
    assert!(message.contains("\"Hyper-q\""), "{message}");
    assert!(message.contains("\"quit\""), "{message}");
    assert!(message.contains("unknown-key.ron:3:23"), "{message}");
}

#[test]
fn two_actions_on_one_key_name_both_the_key_and_the_mode() {
    let (error, message) = load_error("two-actions-one-key.ron");
    let ConfigError::Conflict {
        key,
        first,
        second,
        mode,
        ..
    } = error
    else {
        panic!("not a conflict: {message}");
    };
    assert_eq!(key, "z");
    let mut actions = [first, second];
    actions.sort();
    assert_eq!(actions, ["quit", "toggle_mark"]);
    assert_eq!(mode, "browsing");
    assert!(message.contains("key z is bound to both"), "{message}");
}

#[test]
fn unknown_colours_elements_themes_and_fields_are_named() {
    let (error, message) = load_error("unknown-colour.ron");
    assert!(
        matches!(error, ConfigError::UnknownColour { .. }),
        "{message}"
    );
    assert!(message.contains("\"chartreuse-ish\""), "{message}");
    assert!(message.contains("\"matched\""), "{message}");
    assert!(message.contains("unknown-colour.ron:5:20"), "{message}");

    let (error, message) = load_error("unknown-element.ron");
    assert!(
        matches!(error, ConfigError::UnknownElement { .. }),
        "{message}"
    );
    assert!(message.contains("\"focused-border\""), "{message}");
    assert!(
        message.contains("focused_border"),
        "lists the real names: {message}"
    );

    let (error, message) = load_error("unknown-theme.ron");
    assert!(
        matches!(error, ConfigError::UnknownTheme { .. }),
        "{message}"
    );
    assert!(message.contains("\"solarized\""), "{message}");
    assert!(message.contains("unknown-theme.ron:2:12"), "{message}");

    let (error, message) = load_error("unknown-field.ron");
    let ConfigError::Syntax { line, .. } = error else {
        panic!("{message}");
    };
    assert_eq!(line, 3, "{message}");
    assert!(message.contains("`colour` in `config`"), "{message}");
}

#[test]
fn a_plain_character_for_an_action_that_only_works_while_typing_is_refused() {
    let error =
        config::parse(r#"(keys: { "clear_query": ["Ctrl-l", "x"] })"#, "t.ron").unwrap_err();
    assert!(matches!(error, ConfigError::TypedKey { .. }), "{error}");
    assert!(error.to_string().contains("\"clear_query\""), "{error}");
    assert!(error.to_string().contains("t.ron:1:36"), "{error}");
    let config = parse(r#"(keys: { "clear_query": ["Ctrl-l"] })"#);
    let mut app = configured_app(&config, 120, 40, true);
    press(&mut app, "/cast<C-l>");
    assert_eq!(app.query().text(), "");
    press(&mut app, "x<C-u>");
    assert_eq!(app.query().text(), "x", "Ctrl-u no longer clears");
}

#[test]
fn a_missing_config_file_given_with_dash_dash_config_is_an_error() {
    let error = config::load(Some(&fixture("no-such-file.ron"))).unwrap_err();
    assert!(matches!(error, ConfigError::NotFound { .. }), "{error}");
    assert!(
        error
            .to_string()
            .ends_with("no-such-file.ron: no such config file"),
        "{error}"
    );
    // A directory is there but cannot be read as a file; the reason is said once.
    let error = config::load(Some(&fixture(""))).unwrap_err();
    assert!(matches!(error, ConfigError::Read { .. }), "{error}");
    let home = tempfile::tempdir().unwrap();
    let dir = fixture("").display().to_string();
    let output = rolefit_at_home(&["config", "--config", &dir], home.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    // The reason is rolefit's own now (the file is checked before it is opened), not the
    // system's "Is a directory (os error 21)": still said once, and saying what the path is.
    assert_eq!(
        stderr
            .matches("it is a directory, not a regular file")
            .count(),
        1,
        "{stderr}"
    );
    assert!(!stderr.contains("os error"), "{stderr}");
}

#[test]
fn the_binary_reports_a_bad_config_before_the_terminal_and_exits_2() {
    let home = tempfile::tempdir().unwrap();
    for name in [
        "syntax-error.ron",
        "two-actions-one-key.ron",
        "unknown-key.ron",
    ] {
        let path = fixture(name).display().to_string();
        for args in [
            vec!["--no-session", "--config", &path],
            vec!["config", "--config", &path],
        ] {
            let output = rolefit_at_home(&args, home.path());
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
            assert!(stderr.contains(name), "{args:?}: {stderr}");
            assert!(
                !stderr.contains("needs a terminal"),
                "config first: {stderr}"
            );
            assert!(output.stdout.is_empty(), "nothing drawn: {args:?}");
        }
    }
}

#[test]
fn the_default_config_file_is_read_from_xdg_config_home_and_may_be_missing() {
    let home = tempfile::tempdir().unwrap();
    let output = rolefit_at_home(&["config"], home.path());
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("no config file at"), "{stdout}");

    let dir = home.path().join("rolefit");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(fixture("unknown-theme.ron"), dir.join("config.ron")).unwrap();
    let output = rolefit_at_home(&["--no-session"], home.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("rolefit/config.ron:2:12"), "{stderr}");

    std::fs::copy(fixture("full.ron"), dir.join("config.ron")).unwrap();
    let output = rolefit_at_home(&["config"], home.path());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(stdout.starts_with("ok: "), "{stdout}");
}

// ---------------------------------------------------------------- the example

#[test]
fn config_default_prints_the_example_and_it_parses() {
    let home = tempfile::tempdir().unwrap();
    let output = rolefit_at_home(&["config", "--default"], home.path());
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert_eq!(text, config::EXAMPLE);
    parse(&text);
}

#[test]
fn the_example_sets_every_field_to_its_default() {
    let example = parse(config::EXAMPLE);
    let defaults = Config::default();
    assert_eq!(example.palette, defaults.palette);
    assert_eq!(example.colours, defaults.colours);
    assert_eq!(example.mouse, defaults.mouse);
    assert_eq!(example.ascii, defaults.ascii);
    for field in ["keys:", "theme:", "colors:", "mouse:", "ascii:"] {
        assert!(config::EXAMPLE.contains(field), "the example lacks {field}");
    }
    // Its keys change nothing: every default key does the same in every mode.
    let default = Keymap::default();
    for mode in Mode::ALL {
        for binding in default.bindings(mode) {
            for key in &binding.keys {
                let event = ratatui::crossterm::event::KeyEvent::new(key.code, key.modifiers);
                assert_eq!(
                    example.keymap.action(mode, &event),
                    default.action(mode, &event),
                    "{key} in {mode:?}"
                );
            }
        }
    }
}

#[test]
fn the_example_lists_every_action_with_its_default_keys() {
    let keymap = Keymap::default();
    for (name, action) in Action::named() {
        let mut keys: Vec<String> = Vec::new();
        for mode in Mode::ALL {
            for key in keymap.keys_for(mode, action) {
                let label = key.label(true);
                if !keys.contains(&label) {
                    keys.push(label);
                }
            }
        }
        let line = format!("//   {name:<19} {} ", keys.join(" "));
        assert!(
            config::EXAMPLE.contains(&line),
            "the example lacks the line {line:?}"
        );
    }
}

/// Every action with its default keys, as the example lists them: writing them all into a
/// config must give back the default keymap, not a clash with keys the action never had.
#[test]
fn writing_every_default_key_gives_the_default_keymap_back() {
    let default = Keymap::default();
    let mut entries: Vec<String> = Vec::new();
    for (name, action) in Action::named() {
        let mut keys: Vec<String> = Vec::new();
        for mode in Mode::ALL {
            for key in default.keys_for(mode, action) {
                let label = format!("{:?}", key.label(true));
                if !keys.contains(&label) {
                    keys.push(label);
                }
            }
        }
        entries.push(format!("{name:?}: [{}]", keys.join(", ")));
    }
    let text = format!("(keys: {{ {} }})", entries.join(", "));
    let written = parse(&text).keymap;
    let sorted = |mut keys: Vec<rolefit::keymap::Key>| {
        keys.sort_by_key(|k| k.label(true));
        keys.dedup();
        keys
    };
    for mode in Mode::ALL {
        for (_, action) in Action::named() {
            assert_eq!(
                sorted(written.keys_for(mode, action)),
                sorted(default.keys_for(mode, action)),
                "{action:?} in {mode:?}"
            );
        }
        assert_eq!(
            written.hints(mode, false),
            default.hints(mode, false),
            "{mode:?}"
        );
    }
    let written = configured_app(&parse(&text), 120, 40, true);
    let default = configured_app(&Config::default(), 120, 40, true);
    assert_eq!(
        rolefit::layout::help::lines(&written),
        rolefit::layout::help::lines(&default)
    );
}

#[test]
fn the_configuration_docs_show_the_example_word_for_word() {
    let docs = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/configuration.md"),
    )
    .unwrap();
    assert!(
        docs.contains(&format!("```ron\n{}```", config::EXAMPLE)),
        "docs/configuration.md must show assets/config.example.ron in a ```ron block"
    );
}

#[test]
fn the_full_fixture_sets_everything() {
    let config = config::load(Some(&fixture("full.ron"))).unwrap();
    assert_eq!(config.palette, Palette::Light);
    assert!(!config.mouse);
    assert!(config.ascii);
    assert_eq!(config.colours.len(), 3);
    let app = configured_app(&config, 120, 40, true);
    let key = |c| ratatui::crossterm::event::KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    assert_eq!(
        app.keymap().action(Mode::Browse, &key('n')),
        Some(Action::Down)
    );
    assert_eq!(
        app.keymap().action(Mode::Browse, &key('e')),
        Some(Action::Up)
    );
    assert_eq!(app.keymap().action(Mode::Browse, &key('j')), None);
    assert_eq!(
        app.keymap().action(Mode::Assess, &key('a')),
        Some(Action::PickSide(1))
    );
    // e was export's, so export moved to E, in the result too.
    assert_eq!(
        app.keymap().action(Mode::Result, &key('E')),
        Some(Action::StartExport)
    );
    assert_eq!(app.keymap().action(Mode::Result, &key('e')), None);
    // Where text is typed, the letters type.
    assert_eq!(
        app.keymap().action(Mode::Search, &key('n')),
        Some(Action::Insert('n'))
    );
}

#[test]
fn an_empty_or_comment_only_config_file_means_every_default() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("config.ron");
    for text in ["", "\n  \n", "// keys later\n/* (theme: \"light\") */\n"] {
        std::fs::write(&path, text).unwrap();
        let config = config::load(Some(&path)).unwrap_or_else(|error| panic!("{text:?}: {error}"));
        assert_eq!(config.palette, Palette::Dark, "{text:?}");
        assert!(config.mouse && !config.ascii, "{text:?}");
        let output = rolefit_at_home(&["config", "--config", path.to_str().unwrap()], home.path());
        assert_eq!(output.status.code(), Some(0), "{text:?}");
        assert!(String::from_utf8_lossy(&output.stdout).starts_with("ok: "));
    }
    // A comment that never ends is still a mistake.
    std::fs::write(&path, "/* (theme: \"light\")").unwrap();
    assert!(matches!(
        config::load(Some(&path)),
        Err(ConfigError::Syntax { .. })
    ));
}
