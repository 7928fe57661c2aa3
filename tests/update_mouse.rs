//! `update` from the mouse: clicks select and mark, the wheel scrolls lists, the detail and the
//! help, and tabs focus a pane in the narrow layout.

mod common;

use common::*;
use rolefit::app::App;
use rolefit::deck::Pane;
use rolefit::mode::Mode;

// ---------------------------------------------------------------- mouse

#[test]
fn clicking_a_skills_row_focuses_skills_and_selects_it() {
    let mut app = app(120, 40);
    let skills = layout(&app).unwrap().panes[Pane::Skills.position()].unwrap();
    assert_eq!((skills.x, skills.y), (40, 2));
    // The third row, on its title (past the glyph).
    click(&mut app, skills.x + 10, skills.y + 3);
    assert_eq!(app.focus(), Pane::Skills);
    assert_eq!(app.pane(Pane::Skills).selected, 2);
    assert_eq!(
        app.marks().iter().count(),
        0,
        "a click on the title does not mark"
    );
    // The screen agrees: the row clicked shows the item selected.
    let title = &*app.deck().item(app.selected_item().unwrap()).title;
    let screen = lines(render(&app).buffer());
    assert!(screen[usize::from(skills.y + 3)].contains(title));
}

#[test]
fn clicking_the_glyph_toggles_the_mark() {
    let mut app = app(120, 40);
    let skills = layout(&app).unwrap().panes[Pane::Skills.position()].unwrap();
    let (x, y) = (skills.x + 2, skills.y + 2); // the `x` place of the second row's `[ ]`
    let screen = lines(render(&app).buffer());
    let row: Vec<char> = screen[usize::from(y)].chars().collect();
    assert_eq!(
        row[usize::from(skills.x + 1)..usize::from(skills.x + 4)],
        ['[', ' ', ']']
    );

    click(&mut app, x, y);
    let leadership = item(&app, "leadership");
    assert_eq!(app.focus(), Pane::Skills);
    assert_eq!(app.selected_item(), Some(leadership));
    assert!(app.marks().is_marked(leadership));
    fits_match_marks(&app);
    let screen = lines(render(&app).buffer());
    assert!(screen[usize::from(y)].contains("[x] Leadership"));

    click(&mut app, skills.x + 1, y);
    assert!(!app.marks().is_marked(leadership), "a second click unmarks");
    fits_match_marks(&app);
}

#[test]
fn clicking_a_border_or_below_the_rows_selects_nothing() {
    let mut app = app(120, 40);
    let skills = layout(&app).unwrap().panes[Pane::Skills.position()].unwrap();
    press(&mut app, "2j1");
    click(&mut app, skills.x, skills.y + 3); // left border
    assert_eq!(app.focus(), Pane::Skills, "the border belongs to the pane");
    assert_eq!(app.pane(Pane::Skills).selected, 1);
    click(&mut app, skills.x + 10, skills.y + skills.height - 2); // 21st row of 18 items
    assert_eq!(app.pane(Pane::Skills).selected, 1);
    assert_eq!(app.marks().iter().count(), 0);
}

#[test]
fn the_wheel_moves_the_selection_of_the_pane_under_the_pointer() {
    let mut app = app(120, 40);
    let skills = layout(&app).unwrap().panes[Pane::Skills.position()].unwrap();
    wheel(&mut app, skills.x + 5, skills.y + 5, true);
    assert_eq!(app.focus(), Pane::Skills);
    let after_one = app.pane(Pane::Skills).selected;
    assert!(after_one > 0);
    wheel(&mut app, skills.x + 5, skills.y + 5, true);
    assert!(app.pane(Pane::Skills).selected > after_one);
    for _ in 0..20 {
        wheel(&mut app, skills.x + 5, skills.y + 5, true);
    }
    assert_eq!(app.pane(Pane::Skills).selected, 17, "stops at the end");
    wheel(&mut app, skills.x + 5, skills.y + 5, false);
    assert!(app.pane(Pane::Skills).selected < 17);
    assert_eq!(app.pane(Pane::Duties).selected, 0);
}

#[test]
fn the_wheel_over_the_detail_scrolls_it_and_leaves_the_selection() {
    let mut app = app(40, 14);
    // At 40x14 creativity's detail is longer than its pane.
    press(&mut app, "2<End>kkkkkk");
    let selected = app.pane(Pane::Skills).selected;
    let detail = layout(&app)
        .unwrap()
        .detail
        .expect("a detail pane at 40x14");
    let max = rolefit::layout::detail::max_scroll(&app, detail);
    assert!(max > 0, "the detail overflows");
    let (x, y) = (detail.x + 10, detail.y + 1);
    wheel(&mut app, x, y, true);
    assert_eq!(app.detail_scroll(), max.min(3));
    assert_eq!(app.pane(Pane::Skills).selected, selected);
    assert_eq!(app.focus(), Pane::Skills);
    for _ in 0..10 {
        wheel(&mut app, x, y, true);
    }
    assert_eq!(app.detail_scroll(), max, "stops at the end, as J does");
    assert_eq!(app.pane(Pane::Skills).selected, selected);
    for _ in 0..10 {
        wheel(&mut app, x, y, false);
    }
    assert_eq!(app.detail_scroll(), 0);
    assert_eq!(app.pane(Pane::Skills).selected, selected);

    // While searching, too: the detail shows the selected match.
    press(&mut app, "/");
    wheel(&mut app, x, y, true);
    assert_eq!(app.detail_scroll(), max.min(3));
    assert_eq!(app.pane(Pane::Skills).selected, selected);
}

#[test]
fn the_wheel_keeps_the_selection_over_the_wide_detail_and_moves_it_over_the_meter() {
    let mut app = app(120, 40);
    let screen = layout(&app).unwrap();
    // In the wide layout the detail sits below the Duties pane; the wheel there keeps Duties'
    // selection where it is.
    let detail = screen.detail.unwrap();
    wheel(&mut app, detail.x + 5, detail.y + 1, true);
    assert_eq!(app.pane(Pane::Duties).selected, 0);
    // Over the fit meter, as before: the focused list moves.
    wheel(&mut app, screen.meter.x + 5, screen.meter.y + 1, true);
    assert!(app.pane(Pane::Duties).selected > 0);
    assert_eq!(app.focus(), Pane::Duties);
}

#[test]
fn the_wheel_scrolls_the_help_while_it_is_open() {
    let mut app = app(80, 24);
    press(&mut app, "?");
    wheel(&mut app, 40, 12, true);
    assert!(app.help_scroll() > 0);
    assert!(app.help_scroll() <= help_max_scroll(&app));
    assert_eq!(app.pane(Pane::Duties).selected, 0);
    click(&mut app, 5, 5);
    assert_eq!(app.mode(), Mode::Help, "clicks are ignored under the help");
}

#[test]
fn the_wheel_leaves_the_hidden_explorer_alone_in_the_assessment_and_the_prompts() {
    for keys in ["a", "R", "e"] {
        let mut app = app(120, 40);
        let skills = layout(&app).unwrap().panes[Pane::Skills.position()].unwrap();
        press(&mut app, keys);
        let mode = app.mode();
        assert!(
            matches!(mode, Mode::Assess | Mode::ConfirmReset | Mode::Export),
            "{keys}: {mode:?}"
        );
        for down in [true, true, false] {
            wheel(&mut app, skills.x + 5, skills.y + 5, down);
        }
        assert_eq!(app.mode(), mode, "{keys}");
        assert_eq!(
            app.focus(),
            Pane::Duties,
            "{keys}: focus moved under {mode:?}"
        );
        for pane in Pane::ALL {
            assert_eq!(
                app.pane(pane).selected,
                0,
                "{keys}: {pane:?} under {mode:?}"
            );
        }
    }
}

/// The column where `label` starts on the tab bar of the rendered screen.
fn tab_column(app: &App, label: &str) -> u16 {
    let tabs = layout(app)
        .unwrap()
        .tabs
        .expect("the narrow layout has tabs");
    let line = &lines(render(app).buffer())[usize::from(tabs.y)];
    let byte = line
        .find(label)
        .unwrap_or_else(|| panic!("{label} in {line:?}"));
    line[..byte].chars().count() as u16
}

#[test]
fn clicking_a_tab_label_in_the_narrow_layout_focuses_that_pane() {
    let mut app = app(80, 24);
    let tabs = layout(&app).unwrap().tabs.unwrap();
    assert_eq!(tabs.y, 2);
    let x = tab_column(&app, "Skills");
    click(&mut app, x, tabs.y);
    assert_eq!(app.focus(), Pane::Skills);
    let x = tab_column(&app, "Differences");
    click(&mut app, x + 3, tabs.y);
    assert_eq!(app.focus(), Pane::Differences);
    let x = tab_column(&app, "Duties");
    click(&mut app, x, tabs.y);
    assert_eq!(app.focus(), Pane::Duties);
    // Only the focused pane is on screen in the narrow layout.
    let screen = layout(&app).unwrap();
    assert!(screen.panes[Pane::Duties.position()].is_some());
    assert!(screen.panes[Pane::Skills.position()].is_none());
}

#[test]
fn clicking_a_row_in_the_narrow_layout_selects_it() {
    let mut app = app(80, 24);
    press(&mut app, "2");
    let list = layout(&app).unwrap().panes[Pane::Skills.position()].unwrap();
    click(&mut app, list.x + 10, list.y + 4);
    assert_eq!(app.pane(Pane::Skills).selected, 3);
}

#[test]
fn clicks_and_the_wheel_on_a_scrolled_list_count_from_the_offset() {
    let mut app = app(80, 24);
    press(&mut app, "2G");
    let view = app.pane(Pane::Skills).clone();
    assert!(view.offset > 0);
    let list = layout(&app).unwrap().panes[Pane::Skills.position()].unwrap();
    click(&mut app, list.x + 10, list.y + 1);
    assert_eq!(app.pane(Pane::Skills).selected, view.offset);
}
