//! The config file: every kind of mistake reported with where it is, the documented example,
//! rebound keys through `update`, the help and the footer, and themes down to the buffer.

mod common;

use std::path::PathBuf;
use std::process::{Command, Stdio};

use common::*;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::style::Color;
use rolefit::action::Action;
use rolefit::app::{App, Effect, Mode, Options};
use rolefit::config::{self, Config, ConfigError};
use rolefit::keymap::Keymap;
use rolefit::marks::Marks;
use rolefit::ui::help::{self, HelpLine};
use rolefit::ui::theme::{Palette, colour_wanted};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/configs")
        .join(name)
}

fn load_error(name: &str) -> (ConfigError, String) {
    let path = fixture(name);
    let error = config::load(Some(&path)).expect_err("the fixture is broken on purpose");
    let message = error.to_string();
    (error, message)
}

fn parse(text: &str) -> Config {
    config::parse(text, "test.ron").unwrap_or_else(|error| panic!("{error}"))
}

/// An app on the built-in deck with a config's keys, theme and options, as main builds it.
fn configured_app(config: &Config, width: u16, height: u16, color: bool) -> App {
    let deck = builtin_deck();
    let marks = Marks::for_deck(&deck);
    let options = Options {
        color,
        mouse: config.mouse,
        ascii: config.ascii,
    };
    let size = ratatui::layout::Size::new(width, height);
    let mut app = App::new(deck, marks, config.keymap.clone(), options, size);
    app.theme = config.theme(color);
    app
}

fn help_keys(app: &App, description: &str) -> Vec<String> {
    help::lines(app)
        .into_iter()
        .filter_map(|line| match line {
            HelpLine::Binding {
                keys,
                description: d,
            } if d == description => Some(keys),
            _ => None,
        })
        .collect()
}

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
    assert_eq!(key, "x");
    let mut actions = [first, second];
    actions.sort();
    assert_eq!(actions, ["quit", "toggle_mark"]);
    assert_eq!(mode, "browsing");
    assert!(message.contains("key x is bound to both"), "{message}");
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
    assert_eq!(app.query.text(), "");
    press(&mut app, "x<C-u>");
    assert_eq!(app.query.text(), "x", "Ctrl-u no longer clears");
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
    let output = rolefit(&["config", "--config", &dir], home.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stderr.matches("os error").count(), 1, "{stderr}");
}

fn rolefit(args: &[&str], config_home: &std::path::Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_rolefit"))
        .args(args)
        .env("XDG_CONFIG_HOME", config_home)
        .env("XDG_DATA_HOME", config_home)
        .stdin(Stdio::null())
        .output()
        .expect("running rolefit")
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
            let output = rolefit(&args, home.path());
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
    let output = rolefit(&["config"], home.path());
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("no config file at"), "{stdout}");

    let dir = home.path().join("rolefit");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(fixture("unknown-theme.ron"), dir.join("config.ron")).unwrap();
    let output = rolefit(&["--no-session"], home.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("rolefit/config.ron:2:12"), "{stderr}");

    std::fs::copy(fixture("full.ron"), dir.join("config.ron")).unwrap();
    let output = rolefit(&["config"], home.path());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(stdout.starts_with("ok: "), "{stdout}");
}

// ---------------------------------------------------------------- the example

#[test]
fn config_default_prints_the_example_and_it_parses() {
    let home = tempfile::tempdir().unwrap();
    let output = rolefit(&["config", "--default"], home.path());
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
    for (name, action) in Action::NAMED {
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

#[test]
fn the_readme_shows_the_example_word_for_word() {
    let readme =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    assert!(
        readme.contains(&format!("```ron\n{}```", config::EXAMPLE)),
        "README.md must show assets/config.example.ron in a ```ron block"
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
        app.keymap.action(Mode::Browse, &key('n')),
        Some(Action::Down)
    );
    assert_eq!(app.keymap.action(Mode::Browse, &key('e')), Some(Action::Up));
    assert_eq!(app.keymap.action(Mode::Browse, &key('j')), None);
    assert_eq!(
        app.keymap.action(Mode::Assess, &key('a')),
        Some(Action::PickSide(1))
    );
    // e is taken from export while browsing, not in the result where it is alone.
    assert_eq!(
        app.keymap.action(Mode::Result, &key('e')),
        Some(Action::StartExport)
    );
    // Where text is typed, the letters type.
    assert_eq!(
        app.keymap.action(Mode::Search, &key('n')),
        Some(Action::Insert('n'))
    );
}

// ---------------------------------------------------------------- keys at work

#[test]
fn a_rebound_quit_works_through_update_and_the_old_key_does_not() {
    let config = config::load(Some(&fixture("quit-x.ron"))).unwrap();
    let mut app = configured_app(&config, 120, 40, true);
    press(&mut app, "q");
    assert!(!app.should_quit, "q no longer quits");
    press(&mut app, "/x");
    assert_eq!(app.query.text(), "x", "x types in a search");
    assert!(!app.should_quit);
    press(&mut app, "<Esc><Esc>?");
    assert_eq!(app.mode, Mode::Help);
    press(&mut app, "x");
    assert!(app.should_quit, "x quits, from the help too");

    let mut app = configured_app(&config, 120, 40, true);
    press(&mut app, "x");
    assert!(app.should_quit);
}

#[test]
fn the_help_and_the_footer_show_the_rebound_keys() {
    let config = parse(r#"(keys: { "quit": ["x", "Ctrl-q"], "toggle_help": ["F1"] })"#);
    let mut app = configured_app(&config, 120, 40, true);
    let backend = render(&app);
    assert!(
        shows(&backend, "x quit"),
        "{}",
        screen_text(backend.buffer())
    );
    assert!(shows(&backend, "F1 help"));
    assert!(!shows(&backend, "q quit"));
    assert!(!shows(&backend, "? help"));
    press(&mut app, "?");
    assert_eq!(app.mode, Mode::Browse, "? no longer opens the help");
    send(&mut app, &key(KeyCode::F(1), KeyModifiers::NONE));
    assert_eq!(app.mode, Mode::Help);
    // Browsing, searching (where x types), the assessment, the result and the help itself.
    assert_eq!(
        help_keys(&app, "Quit"),
        ["x, Ctrl-q", "Ctrl-q", "x, Ctrl-q", "x, Ctrl-q", "x, Ctrl-q"]
    );
    assert_eq!(help_keys(&app, "Show this help"), ["F1"]);
    assert!(shows(&render(&app), "x, Ctrl-q"));
}

#[test]
fn a_key_given_to_another_action_leaves_its_default_action() {
    let config = parse(r#"(keys: { "quit": ["j"] })"#);
    let mut app = configured_app(&config, 120, 40, true);
    press(&mut app, "<Down>");
    assert_eq!(
        app.pane(rolefit::deck::Pane::Duties).selected,
        1,
        "the arrow still moves"
    );
    assert_eq!(help_keys(&app, "Select the next row")[0], "↓, Ctrl-n");
    press(&mut app, "j");
    assert!(app.should_quit);
}

#[test]
fn the_search_bar_and_detail_name_the_users_keys() {
    let config = parse(r#"(keys: { "start_search": ["f"], "toggle_mark": ["Enter"] })"#);
    let app = configured_app(&config, 120, 40, true);
    let backend = render(&app);
    assert!(shows(&backend, "Press f to search all panes"));
    assert!(shows(&backend, "[ ] Enter marks it as yours"));
}

#[test]
fn every_named_action_is_in_the_default_table_and_matches_serde() {
    let keymap = Keymap::default();
    for (name, action) in Action::NAMED {
        assert!(
            Mode::ALL
                .iter()
                .any(|&m| !keymap.keys_for(m, action).is_empty()),
            "{name} has no default key"
        );
        assert_eq!(Action::from_name(name).as_ref(), Some(action));
        assert_eq!(action.name(), Some(*name));
        if !matches!(action, Action::PickSide(_)) {
            let parsed: Action = ron::from_str(name).expect("serde knows the name");
            assert_eq!(&parsed, action);
        }
    }
}

#[test]
fn the_default_keymap_has_no_conflicts_and_every_key_label_parses_back() {
    let keymap = Keymap::default();
    assert_eq!(keymap.conflict(), None);
    for mode in Mode::ALL {
        for binding in keymap.bindings(mode) {
            for key in &binding.keys {
                for ascii in [false, true] {
                    let label = key.label(ascii);
                    assert_eq!(config::keys::parse_key(&label), Some(*key), "{label}");
                }
            }
        }
    }
}

#[test]
fn m_toggles_the_mouse_through_an_effect_and_says_so() {
    let mut app = configured_app(&Config::default(), 120, 40, true);
    press(&mut app, "M");
    assert!(!app.options.mouse);
    assert_eq!(app.effects, [Effect::MouseCapture(false)]);
    let status = app.status.clone().unwrap();
    assert!(
        status.contains("Mouse off") && status.contains("M"),
        "{status}"
    );
    app.effects.clear();
    press(&mut app, "?");
    let without_mouse = help::lines(&app).len();
    press(&mut app, "M");
    assert!(app.options.mouse);
    assert_eq!(app.effects, [Effect::MouseCapture(true)]);
    assert!(
        help::lines(&app).len() > without_mouse,
        "the help has its mouse section again"
    );
}

#[test]
fn mouse_false_in_the_config_starts_without_the_mouse() {
    let config = parse("(mouse: false)");
    let app = configured_app(&config, 120, 40, true);
    assert!(!app.options.mouse);
}

// ---------------------------------------------------------------- colour

fn coloured_cells(app: &App) -> usize {
    render(app)
        .buffer()
        .content()
        .iter()
        .filter(|cell| cell.fg != Color::Reset || cell.bg != Color::Reset)
        .count()
}

#[test]
fn the_mono_theme_draws_no_colour() {
    let config = parse(r#"(theme: "mono")"#);
    for sequence in ["", "<Space>2j<Space>3<Space>", "/cast", "?"] {
        let mut app = configured_app(&config, 120, 40, true);
        press(&mut app, sequence);
        assert_eq!(coloured_cells(&app), 0, "{sequence:?}");
    }
}

#[test]
fn no_color_wins_over_a_coloured_theme_and_its_colours() {
    let config = config::load(Some(&fixture("full.ron"))).unwrap();
    let color = colour_wanted(false, Some(std::ffi::OsStr::new("1")));
    assert!(!color);
    for sequence in ["", "<Space>2j<Space>3<Space>", "/cast", "?"] {
        let mut app = configured_app(&config, 120, 40, color);
        press(&mut app, sequence);
        assert_eq!(coloured_cells(&app), 0, "{sequence:?}");
    }
    let app = configured_app(&config, 120, 40, colour_wanted(false, None));
    assert!(
        coloured_cells(&app) > 0,
        "and without NO_COLOR there is colour"
    );
}

#[test]
fn a_colour_from_the_config_reaches_the_screen() {
    let config = parse(r#"(theme: "light", colors: { "focused_border": "magenta" })"#);
    let app = configured_app(&config, 120, 40, true);
    let backend = render(&app);
    // The focused pane's top-left corner.
    assert_eq!(backend.buffer()[(0, 2)].fg, Color::Magenta);
    // No yellow or cyan text on a light background.
    let mut app = configured_app(&parse(r#"(theme: "light")"#), 120, 40, true);
    press(&mut app, "/cast");
    let pale = render(&app)
        .buffer()
        .content()
        .iter()
        .filter(|c| matches!(c.fg, Color::Yellow | Color::Cyan))
        .count();
    assert_eq!(pale, 0);
}

#[test]
fn the_card_names_the_users_keys_for_the_sides() {
    let config = parse(r#"(keys: { "pick_side_1": ["a"], "pick_side_2": ["F2"] })"#);
    let mut app = configured_app(&config, 100, 30, true);
    press(&mut app, "a");
    assert_eq!(app.mode, Mode::Assess);
    while !app.deck.item(app.guided.current().unwrap()).is_difference() {
        press(&mut app, "s");
    }
    let backend = render(&app);
    assert!(
        shows(&backend, "[ ] a  "),
        "{}",
        screen_text(backend.buffer())
    );
    assert!(shows(&backend, "[ ] F2  "));
    assert!(shows(
        &backend,
        "Press the key of the side you lean to, 0 for none."
    ));
    let item = app.guided.current().unwrap();
    press(&mut app, "a");
    assert!(app.marks.lean(item).is_some(), "a leans to the first side");
}
