//! `update` with the help open: opening, scrolling within bounds, closing, and keys that do
//! nothing behind it; its key lines grouped as the man page groups them.

mod common;

use common::*;
use rolefit::deck::Pane;
use rolefit::mode::Mode;

#[test]
fn question_mark_opens_help_and_j_k_scroll_within_bounds() {
    for (width, height) in [(120, 40), (80, 24), (40, 12)] {
        let mut app = app(width, height);
        press(&mut app, "?");
        assert_eq!(app.mode(), Mode::Help);
        assert_eq!(app.help_scroll(), 0);
        let max = help_max_scroll(&app);
        assert!(
            max > 0,
            "{width}x{height}: the help is longer than the screen"
        );
        press(&mut app, "kk<Up>");
        assert_eq!(app.help_scroll(), 0, "{width}x{height}");
        press(&mut app, "j<Down>");
        assert_eq!(app.help_scroll(), 2.min(max), "{width}x{height}");
        press(&mut app, &"j".repeat(100));
        assert_eq!(app.help_scroll(), max, "{width}x{height}: stops at the end");
        press(&mut app, "k");
        assert_eq!(app.help_scroll(), max - 1, "{width}x{height}");
        // Browsing keys do nothing to the panes behind the help.
        assert_eq!(app.pane(Pane::Duties).selected, 0);
        assert_eq!(app.focus(), Pane::Duties);
    }
}

#[test]
fn esc_or_question_mark_closes_help() {
    let mut app = app(120, 40);
    press(&mut app, "?jj<Esc>");
    assert_eq!(app.mode(), Mode::Browse);
    press(&mut app, "?");
    assert_eq!(app.mode(), Mode::Help);
    assert_eq!(app.help_scroll(), 0, "reopening starts at the top");
    press(&mut app, "?");
    assert_eq!(app.mode(), Mode::Browse);
    assert!(!app.should_quit());
    // The help lists q as a way to close it, not to quit.
    press(&mut app, "?q");
    assert_eq!(app.mode(), Mode::Browse);
    assert!(!app.should_quit());
}

#[test]
fn keys_in_help_do_not_mark_or_search() {
    let mut app = app(120, 40);
    press(&mut app, "?<Space>/m2G");
    assert_eq!(app.mode(), Mode::Help);
    assert_eq!(app.marks().iter().count(), 0);
    assert!(!app.only_marked());
    assert_eq!(app.query().text(), "");
    assert_eq!(app.focus(), Pane::Duties);
}

#[test]
fn help_scroll_is_clamped_after_a_resize() {
    let mut app = app(120, 40);
    press(&mut app, "?jjj");
    assert_eq!(app.help_scroll(), 3);
    resize(&mut app, 200, 100);
    assert_eq!(help_max_scroll(&app), 0, "the whole help fits at 200x100");
    assert_eq!(app.help_scroll(), 0);
    assert!(shows(&render(&app), "Browsing"));
}

/// The help and the man page group keys by one rule (`Keymap::lines`): the numbered sides
/// are one line in both, not one in man and nine in the help.
#[test]
fn the_help_and_the_man_page_give_the_numbered_sides_one_line() {
    const SIDES: &str = "On a difference: lean to that numbered side";
    let app = app(120, 40);
    let keys = help_keys_for(&app, SIDES);
    assert_eq!(keys, ["1, 2, 3, 4, 5, 6, 7, 8, 9"], "the help");
    let output = common::process::rolefit(&["man"]);
    let page = String::from_utf8_lossy(&output.stdout);
    assert_eq!(page.matches(SIDES).count(), 1, "the man page:\n{page}");
    assert!(
        page.contains(&format!("\\fB1, 2, 3, 4, 5, 6, 7, 8, 9\\fR\n{SIDES}")),
        "the man page:\n{page}"
    );
}

fn help_keys_for(app: &rolefit::app::App, description: &str) -> Vec<String> {
    rolefit::layout::help::lines(app)
        .into_iter()
        .filter_map(|line| match line {
            rolefit::layout::help::HelpLine::Binding {
                keys,
                description: d,
            } if d == description => Some(keys),
            _ => None,
        })
        .collect()
}
