//! The result and the help scroll as a pager does: PgDn a screenful
//! less one line, PgUp back, End to the last screenful and Home to the top, within range.

mod common;

use common::*;
use rolefit::mode::Mode;

#[test]
fn the_result_pages_and_jumps_within_its_length() {
    let mut app = app(80, 24);
    press(&mut app, "r");
    assert_eq!(app.mode(), Mode::Result);
    let visible = rolefit::layout::result::visible_lines(app.size());
    let total = rolefit::layout::result::line_count(&app);
    assert!(
        total > 2 * visible,
        "a long result to page through: {total} lines"
    );
    press(&mut app, "<PgDn>");
    assert_eq!(app.result_scroll(), visible - 1);
    press(&mut app, "<PgDn>");
    assert_eq!(app.result_scroll(), 2 * (visible - 1));
    press(&mut app, "<PgUp>");
    assert_eq!(app.result_scroll(), visible - 1);
    press(&mut app, "<End>");
    assert_eq!(app.result_scroll(), total - visible);
    press(&mut app, "<PgDn>");
    assert_eq!(app.result_scroll(), total - visible, "never past the end");
    press(&mut app, "g");
    assert_eq!(app.result_scroll(), 0);
    // The panes' selection did not move meanwhile.
    assert_eq!(app.pane(app.focus()).selected, 0);
}

#[test]
fn the_help_pages_too() {
    let mut app = app(80, 24);
    press(&mut app, "?");
    assert_eq!(app.mode(), Mode::Help);
    press(&mut app, "<PgDn>");
    let one_page = app.help_scroll();
    assert!(one_page > 0);
    press(&mut app, "G");
    assert_eq!(app.help_scroll(), help_max_scroll(&app));
    press(&mut app, "<Home>");
    assert_eq!(app.help_scroll(), 0);
}
