//! How the explorer shares the screen: the lists get the room (ten rows at 80x24), the detail
//! pane is sized to its text up to a third of the height, says when text is out of view and
//! scrolls to it, and the fit meter keeps a gauge for every role (or, when many roles outgrow
//! it, readable gauges and a count of the rest); no size panics.

mod common;

use common::*;
use rolefit::app::App;
use rolefit::deck::Pane;

fn detail_text(app: &App) -> Vec<String> {
    let area = layout(app).and_then(|s| s.detail).expect("a detail pane");
    region(render(app).buffer(), area)
}

/// Whether the detail pane's bottom border says that lines are below.
fn says_more_below(app: &App) -> bool {
    detail_text(app)
        .last()
        .is_some_and(|l| l.contains("more: J"))
}

/// Issue 14: at 80x24 the Duties pane showed 5 of its 15 rows while the detail below kept
/// blank lines. The list is what a person scans: it keeps ten rows, and the detail takes what
/// its text needs, up to a third of the height.
#[test]
fn at_80x24_a_pane_shows_ten_rows_and_the_detail_at_most_a_third() {
    for pane in ["1", "2", "3"] {
        let mut app = app(80, 24);
        press(&mut app, pane);
        for _ in 0..20 {
            let screen = layout(&app).unwrap();
            assert!(screen.list_rows(app.focus()) >= 10, "{:?}", app.focus());
            let detail = screen.detail.expect("a detail pane");
            assert!(
                detail.height <= 24 / 3,
                "{:?}: {}",
                app.focus(),
                detail.height
            );
            press(&mut app, "j");
        }
    }
    // A detail that needs fewer lines than a third gives the rest to the list.
    let deck = common::decks::two_role_deck(
        r#"duties: [(id: "d", title: "Short", roles: ["director"])],"#,
    );
    let app = app_with(deck, 80, 24, Default::default());
    let screen = layout(&app).unwrap();
    let needed = rolefit::layout::detail::lines(&app, 78).len() as u16;
    assert_eq!(
        screen.detail.unwrap().height,
        needed + 2,
        "no blank lines kept"
    );
}

#[test]
fn at_80x24_a_difference_scrolls_to_both_sides_and_the_lean() {
    let mut app = app(80, 24);
    press(&mut app, "3j<Space><Space>");
    assert!(says_more_below(&app), "the sides are below: J brings them");
    let mut seen = detail_text(&app).join("\n");
    for _ in 0..10 {
        press(&mut app, "J");
        seen.push_str(&detail_text(&app).join("\n"));
    }
    let detail = seen;
    assert!(
        detail.contains("[ ] Director: Is on set most days"),
        "{detail}"
    );
    assert!(
        detail.contains("[x] Producer: Fills the day with meetings"),
        "{detail}"
    );
    assert!(detail.contains("(your lean)"), "{detail}");
    assert!(
        detail.contains("Counts for: Director, Producer · weight 2"),
        "{detail}"
    );
}

#[test]
fn the_detail_pane_is_shown_down_to_99x20_and_40x14() {
    for (width, height) in [(99, 20), (80, 16), (40, 14)] {
        let app = app(width, height);
        let screen = layout(&app).unwrap();
        let detail = screen.detail.expect("a detail pane");
        assert!(detail.height >= 3, "{width}x{height}");
        assert!(shows(&render(&app), " Detail "), "{width}x{height}");
    }
}

#[test]
fn text_out_of_view_is_announced_and_j_scrolls_to_the_last_line() {
    for (width, height) in [(80, 24), (99, 20), (100, 24), (120, 40), (40, 14)] {
        for (pane, key) in [
            (Pane::Duties, "1"),
            (Pane::Skills, "2"),
            (Pane::Differences, "3"),
        ] {
            let mut app = app(width, height);
            press(&mut app, key);
            let rows = app.pane(pane).rows.len();
            for row in 0..rows {
                let area = layout(&app).unwrap().detail.unwrap();
                let all = rolefit::layout::detail::lines_for(&app, area);
                let visible = usize::from(area.height - 2);
                let context = format!("{width}x{height} {pane} row {row}");
                assert_eq!(says_more_below(&app), all.len() > visible, "{context}");
                // J until it stops: then the last line is on screen and nothing is below.
                for _ in 0..all.len() {
                    press(&mut app, "J");
                }
                assert!(!says_more_below(&app), "{context}");
                let last = all.last().unwrap().to_string();
                let shown = detail_text(&app).join("\n");
                assert!(
                    shown.contains(last.trim_end()),
                    "{context}: {last:?} in\n{shown}"
                );
                if all.len() > visible {
                    assert!(
                        shown.contains("more: K"),
                        "{context}: the top says lines are above"
                    );
                }
                if row + 1 < rows {
                    press(&mut app, "j");
                    assert_eq!(
                        app.detail_scroll(),
                        0,
                        "{context}: a new item starts at its top"
                    );
                }
            }
        }
    }
}

#[test]
fn k_scrolls_back_and_the_scroll_stays_within_the_text() {
    // At 40x14 the detail pane is short enough that Creativity's text overflows it.
    let mut app = app(40, 14);
    press(&mut app, "2<End>kkkkkk");
    assert_eq!(
        selected_id(&app, Pane::Skills).as_deref(),
        Some("creativity")
    );
    let before = detail_text(&app);
    press(&mut app, "JJJJJJJJJJJJJJJJJJJJ");
    let max = app.detail_scroll();
    assert!(max > 0, "the text overflows, so J scrolls");
    press(&mut app, "J");
    assert_eq!(app.detail_scroll(), max, "J stops at the end");
    press(&mut app, &"K".repeat(max));
    assert_eq!(app.detail_scroll(), 0);
    assert_eq!(detail_text(&app), before);
}

#[test]
fn the_detail_keys_are_in_the_help_and_the_wide_footer() {
    let mut app = app(120, 40);
    assert!(shows(&render(&app), "J/K detail"));
    press(&mut app, "?");
    let help = screen_text(render(&app).buffer());
    assert!(help.contains("Scroll the detail down"), "{help}");
    assert!(help.contains("Scroll the detail up"), "{help}");
}

#[test]
fn the_fit_meter_shows_every_role_at_every_supported_size() {
    for roles in [2, 3, 4, 8] {
        let deck = match roles {
            2 => builtin_deck(),
            3 => three_role_deck(),
            n => decks::deck_with_roles(n),
        };
        for width in [40, 60, 80, 99, 100, 120] {
            for height in 12..=20 {
                let app = app_with(deck.clone(), width, height, Default::default());
                let backend = render(&app);
                let meter = region(backend.buffer(), layout(&app).unwrap().meter).join("\n");
                // A gauge always shows its percentage; the reading line has none.
                let gauges = meter.matches('%').count();
                assert_eq!(gauges, roles, "{roles} roles at {width}x{height}:\n{meter}");
                assert!(
                    meter.contains('░') || meter.contains('█'),
                    "{roles} roles at {width}x{height}: bars\n{meter}"
                );
            }
        }
    }
}

/// The number in the meter's "+N more", or 0 when it shows every role.
fn left_out(meter: &str) -> usize {
    let Some(start) = meter.find('+') else {
        return 0;
    };
    let digits: String = meter[start + 1..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    assert!(meter[start..].contains(" more"), "{meter}");
    digits
        .parse()
        .unwrap_or_else(|_| panic!("a count after +: {meter}"))
}

#[test]
fn with_many_roles_the_meter_keeps_readable_gauges_and_counts_the_rest() {
    for roles in [12, 40] {
        let deck = decks::deck_with_roles(roles);
        for width in [40, 60, 80, 99, 100, 120, 200] {
            for height in [12, 14, 16, 20, 24, 40, 60] {
                let app = app_with(deck.clone(), width, height, Default::default());
                let backend = render(&app);
                let meter = region(backend.buffer(), layout(&app).unwrap().meter).join("\n");
                let at = format!("{roles} roles at {width}x{height}:\n{meter}");
                let gauges = meter.matches('%').count();
                assert!(gauges > 0, "no gauge: {at}");
                assert_eq!(gauges + left_out(&meter), roles, "{at}");
                assert!(meter.contains('░') || meter.contains('█'), "bars: {at}");
                // Names keep more than their first letter.
                assert!(meter.contains("Dir"), "a readable name: {at}");
            }
        }
    }
}

#[test]
fn no_terminal_size_panics_the_layout_or_the_drawing() {
    use ratatui::layout::Size;
    use rolefit::layout::Screen;
    for (width, height) in [
        (1, 1),
        (0, 0),
        (80, 22000),
        (65535, 65535),
        (65535, 12),
        (40, 65535),
        (99, 65535),
        (100, 65535),
    ] {
        for roles in [0, 2, 40, 70000] {
            for focus in Pane::ALL {
                let screen =
                    Screen::compute(Size::new(width, height), focus, roles, |_| usize::MAX);
                if let Some(screen) = screen {
                    let area = ratatui::layout::Rect::new(0, 0, width, height);
                    assert_eq!(
                        screen.meter.intersection(area),
                        screen.meter,
                        "{width}x{height}"
                    );
                }
            }
        }
    }
    // Drawn whole where the buffer stays small enough for a test.
    for (width, height) in [(1, 1), (80, 22000), (2000, 300)] {
        for roles in [2, 40] {
            let app = app_with(
                decks::deck_with_roles(roles),
                width,
                height,
                Default::default(),
            );
            render(&app);
        }
    }
    // The widest meter: a cell and its gap pass u16::MAX.
    let app = app_with(decks::deck_with_roles(2), 200, 40, Default::default());
    let area = ratatui::layout::Rect::new(0, 0, 65535, 3);
    let mut buffer = ratatui::buffer::Buffer::empty(area);
    ratatui::widgets::Widget::render(
        rolefit::ui::fit_meter::FitMeter {
            app: &app,
            bordered: false,
        },
        area,
        &mut buffer,
    );
}
