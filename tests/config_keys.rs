//! The config file at work: rebound keys through `update`, the help, the footer and the prose
//! hints; the mouse switch; themes and NO_COLOR down to the buffer.

mod common;

use common::config::*;
use common::*;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::style::Color;
use rolefit::action::Action;
use rolefit::app::{App, Effect};
use rolefit::config::{self, Config};
use rolefit::deck::Pane;
use rolefit::keymap::Keymap;
use rolefit::layout::help;
use rolefit::mode::Mode;
use rolefit::style::theme::colour_wanted;

// ---------------------------------------------------------------- keys at work

#[test]
fn a_rebound_quit_works_through_update_and_the_old_key_does_not() {
    let config = config::load(Some(&fixture("quit-z.ron"))).unwrap();
    let mut app = configured_app(&config, 120, 40, true);
    press(&mut app, "q");
    assert!(!app.should_quit(), "q no longer quits");
    press(&mut app, "/z");
    assert_eq!(app.query().text(), "z", "z types in a search");
    assert!(!app.should_quit());
    press(&mut app, "<Esc><Esc>?");
    assert_eq!(app.mode(), Mode::Help);
    // z takes q's place, and q never quit the help (there it closes it): only Ctrl-c does.
    press(&mut app, "z");
    assert!(!app.should_quit(), "z does not quit the help");
    assert_eq!(app.mode(), Mode::Help);
    press(&mut app, "<C-c>");
    assert!(app.should_quit(), "Ctrl-c quits the help");

    let mut app = configured_app(&config, 120, 40, true);
    press(&mut app, "z");
    assert!(app.should_quit());
}

#[test]
fn the_help_and_the_footer_show_the_rebound_keys() {
    let config = parse(r#"(keys: { "quit": ["z", "Ctrl-q"], "toggle_help": ["F1"] })"#);
    let mut app = configured_app(&config, 120, 40, true);
    let backend = render(&app);
    assert!(
        shows(&backend, "z quit"),
        "{}",
        screen_text(backend.buffer())
    );
    assert!(shows(&backend, "F1 help"));
    assert!(!shows(&backend, "q quit"));
    assert!(!shows(&backend, "? help"));
    press(&mut app, "?");
    assert_eq!(app.mode(), Mode::Browse, "? no longer opens the help");
    send(&mut app, &key(KeyCode::F(1), KeyModifiers::NONE));
    assert_eq!(app.mode(), Mode::Help);
    // The user's keys go where q quit (browsing); Ctrl-c keeps quitting everywhere: searching,
    // the assessment, the result, the history and the help itself.
    assert_eq!(
        help_keys(&app, "Quit"),
        [
            "z, Ctrl-q, Ctrl-c",
            "Ctrl-c",
            "Ctrl-c",
            "Ctrl-c",
            "Ctrl-c",
            "Ctrl-c"
        ]
    );
    assert_eq!(help_keys(&app, "Show this help"), ["F1"]);
    assert!(shows(&render(&app), "z, Ctrl-q"));
}

#[test]
fn the_search_bar_and_detail_name_the_users_keys() {
    let config = parse(r#"(keys: { "start_search": ["f"], "toggle_mark": ["F3"] })"#);
    let app = configured_app(&config, 120, 40, true);
    let backend = render(&app);
    assert!(shows(&backend, "Press f to search all panes"));
    assert!(shows(&backend, "[ ] F3 marks it as yours"));
}

#[test]
fn the_detail_scroll_keys_can_be_rebound() {
    let config =
        parse(r#"(keys: { "scroll_detail_down": ["Ctrl-e"], "scroll_detail_up": ["Ctrl-y"] })"#);
    let mut app = configured_app(&config, 40, 14, true);
    // At 40x14 creativity's detail is longer than its pane, so there is something to scroll.
    press(&mut app, "2<End>kkkkkk");
    assert_eq!(
        selected_id(&app, Pane::Skills).as_deref(),
        Some("creativity")
    );
    let screen = screen_text(render(&app).buffer());
    assert!(
        screen.contains("more: Ctrl-e"),
        "the border names the new key:\n{screen}"
    );
    press(&mut app, "J");
    assert_eq!(app.detail_scroll(), 0, "J no longer scrolls");
    press(&mut app, "<C-e><C-e>");
    assert_eq!(app.detail_scroll(), 2);
    assert!(shows(&render(&app), "more: Ctrl-y"));
    press(&mut app, "K");
    assert_eq!(app.detail_scroll(), 2, "K no longer scrolls");
    press(&mut app, "<C-y>");
    assert_eq!(app.detail_scroll(), 1);
    assert_eq!(
        selected_id(&app, Pane::Skills).as_deref(),
        Some("creativity"),
        "scrolling the detail leaves the selection alone"
    );
}

#[test]
fn every_named_action_is_in_the_default_table_and_its_name_round_trips() {
    let keymap = Keymap::default();
    for (name, action) in Action::named() {
        assert!(
            Mode::ALL
                .iter()
                .any(|&m| !keymap.keys_for(m, action).is_empty()),
            "{name} has no default key"
        );
        assert_eq!(Action::from_name(name).as_ref(), Some(action));
        assert_eq!(action.name(), Some(name));
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
    assert!(!app.options().mouse);
    assert_eq!(app.effects(), [Effect::MouseCapture(false)]);
    let status = app.status().unwrap();
    assert!(
        status.contains("Mouse off") && status.contains("M"),
        "{status}"
    );
    app.take_effects();
    press(&mut app, "?");
    let without_mouse = help::lines(&app).len();
    press(&mut app, "M");
    assert!(app.options().mouse);
    assert_eq!(app.effects(), [Effect::MouseCapture(true)]);
    assert!(
        help::lines(&app).len() > without_mouse,
        "the help has its mouse section again"
    );
}

#[test]
fn mouse_false_in_the_config_starts_without_the_mouse() {
    let config = parse("(mouse: false)");
    let app = configured_app(&config, 120, 40, true);
    assert!(!app.options().mouse);
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
    assert_eq!(app.mode(), Mode::Assess);
    while !app
        .deck()
        .item(app.guided().current().unwrap())
        .is_difference()
    {
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
    let item = app.guided().current().unwrap();
    press(&mut app, "a");
    assert!(
        app.marks().lean(item).is_some(),
        "a leans to the first side"
    );
}
