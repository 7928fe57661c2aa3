//! Accessibility: the hardware cursor on the line a screen reader should read, the fit meter
//! said in words on the title line, and `--ascii` drawing for limited fonts and terminals.

mod common;

use common::*;
use ratatui::Terminal;
use ratatui::backend::{Backend, TestBackend};
use ratatui::layout::Position;
use rolefit::app::{App, Options};
use rolefit::deck::Pane;

/// Draws the app and returns the screen with where the hardware cursor was left.
fn draw(app: &App) -> (TestBackend, Position) {
    let mut terminal = Terminal::new(TestBackend::new(app.size().width, app.size().height))
        .expect("a test terminal");
    terminal
        .draw(|frame| rolefit::ui::draw(frame, app))
        .expect("drawing succeeds");
    let position = terminal.backend_mut().get_cursor_position().unwrap();
    (terminal.backend().clone(), position)
}

fn ascii_app(width: u16, height: u16) -> App {
    let options = Options {
        ascii: true,
        ..Options::default()
    };
    app_with(builtin_deck(), width, height, options)
}

fn ascii_three_role_app(width: u16, height: u16) -> App {
    let options = Options {
        ascii: true,
        ..Options::default()
    };
    app_with(three_role_deck(), width, height, options)
}

/// Fixes the assessment's shuffled order, which is random in a new session.
fn seed(app: &mut App, seed: u64) {
    let mut session = rolefit::session::Session::new(app.deck());
    session.assessment.seed = seed;
    app.resume(session, None);
}

// ---------------------------------------------------------------- the cursor

/// The cell where the selected row of the focused pane starts.
fn selected_row_start(app: &App) -> Position {
    let area = layout(app).unwrap().panes[app.focus().position()].unwrap();
    let view = app.pane(app.focus());
    Position::new(
        area.x + 1,
        area.y + 1 + (view.selected - view.offset) as u16,
    )
}

#[test]
fn the_cursor_sits_on_the_selected_row_of_the_focused_pane() {
    for (width, height) in [(120, 40), (80, 24), (40, 12)] {
        for sequence in ["", "jj", "2jjj", "3G", "2G<PgUp>", &"j".repeat(14)] {
            let mut app = app(width, height);
            press(&mut app, sequence);
            let (backend, cursor) = draw(&app);
            assert_eq!(
                cursor,
                selected_row_start(&app),
                "{sequence:?} at {width}x{height}"
            );
            // The row under the cursor is the selected item's.
            let right = layout(&app).unwrap().panes[app.focus().position()]
                .unwrap()
                .right();
            let row: String = (cursor.x..right - 1)
                .map(|x| backend.buffer()[(x, cursor.y)].symbol())
                .collect();
            let title = &app.deck().item(app.selected_item().unwrap()).title;
            let start: String = title.chars().take(5).collect();
            assert!(row.contains(&start), "{row:?} lacks {title:?}");
        }
    }
}

#[test]
fn a_scrolled_list_keeps_the_cursor_on_screen() {
    let mut app = app(40, 12);
    press(&mut app, "2G");
    assert!(app.pane(Pane::Skills).offset > 0, "the list has scrolled");
    let (_, cursor) = draw(&app);
    assert_eq!(cursor, selected_row_start(&app));
    let area = layout(&app).unwrap().panes[Pane::Skills.position()].unwrap();
    assert!(cursor.y > area.y && cursor.y < area.bottom() - 1);
}

#[test]
fn with_no_rows_the_cursor_is_on_the_no_matches_line() {
    let mut app = app(120, 40);
    press(&mut app, "/zzzzqqq<Enter>");
    let (backend, cursor) = draw(&app);
    assert_eq!(cursor, selected_row_start(&app));
    let line: String = (0..40)
        .map(|x| backend.buffer()[(x, cursor.y)].symbol())
        .collect();
    assert!(line.contains("no matches"), "{line:?}");
}

#[test]
fn while_searching_the_cursor_is_after_the_query() {
    let mut app = app(80, 24);
    press(&mut app, "/bud");
    assert_eq!(
        draw(&app).1,
        Position::new(("Search: ".len() + 3) as u16, 1)
    );
}

#[test]
fn on_an_assessment_card_the_cursor_is_on_its_title() {
    // Titles of both parities in widths of both parities, so the centring is checked.
    for width in [80, 81] {
        let mut app = app(width, 24);
        seed(&mut app, 7);
        press(&mut app, "a");
        for _ in 0..12 {
            let (backend, cursor) = draw(&app);
            let title = app
                .deck()
                .item(app.guided().current().unwrap())
                .title
                .to_uppercase();
            let under: String = (cursor.x..cursor.x + title.len() as u16)
                .map(|x| backend.buffer()[(x, cursor.y)].symbol())
                .collect();
            assert_eq!(under, title, "at width {width}");
            press(&mut app, "s");
        }
    }
}

#[test]
fn in_the_help_the_cursor_is_on_its_first_line() {
    let mut app = app(80, 24);
    press(&mut app, "?");
    let (backend, cursor) = draw(&app);
    let under: String = (cursor.x..cursor.x + 8)
        .map(|x| backend.buffer()[(x, cursor.y)].symbol())
        .collect();
    assert_eq!(under, "Browsing");
}

// ---------------------------------------------------------------- the meter in words

#[test]
fn the_title_line_says_every_fit_in_words_at_every_width() {
    for make in [app as fn(u16, u16) -> App, three_role_app] {
        for width in [40, 60, 80, 100, 120] {
            let mut app = make(width, 24);
            press(&mut app, "<Space>2j<Space>3<Space>");
            let line = &lines(render(&app).buffer())[0];
            for fit in app.fits() {
                let said = format!("{} {}%", app.deck().roles[fit.role].name, fit.rounded());
                assert!(line.contains(&said), "{width}: {line:?} lacks {said:?}");
            }
        }
    }
}

#[test]
fn the_title_line_gives_way_in_order_as_the_width_shrinks() {
    let mut app = app(120, 40);
    press(&mut app, "<Space>");
    let at = |width: usize| rolefit::ui::status_line(&app, width);
    assert_eq!(
        at(120),
        "rolefit · Director vs. Producer · Director 3% (1/27), Producer 0% (0/29) · Leaning Director by 3 \
         points"
    );
    assert_eq!(
        at(80),
        "rolefit · Director 3%, Producer 0% · Leaning Director by 3 points"
    );
    assert_eq!(at(40), "Director 3%, Producer 0%");
    assert_eq!(at(12), "Director 3%…");
}

// ---------------------------------------------------------------- --ascii

#[test]
fn ascii_mode_draws_nothing_but_ascii() {
    let sequences = [
        "",
        "<Space>2j<Space>3<Space>",
        "/cast",
        "/cast<Enter>m",
        "?",
        "?<End>jjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjj",
        "3j<Space><Space>",
        "a",
        "ayn3",
        "r",
        "e",
        "R",
    ];
    for (width, height) in [(120, 40), (80, 24), (40, 12), (20, 6)] {
        for sequence in sequences {
            for make in [ascii_app as fn(u16, u16) -> App, ascii_three_role_app] {
                let mut app = make(width, height);
                press(&mut app, sequence);
                let text = screen_text(render(&app).buffer());
                assert!(text.is_ascii(), "{sequence:?} at {width}x{height}:\n{text}");
            }
        }
    }
}

#[test]
fn ascii_mode_spells_out_arrow_keys_in_the_footer_and_help() {
    let mut app = ascii_app(120, 40);
    let backend = render(&app);
    assert!(
        shows(&backend, "Up/Down move"),
        "{}",
        screen_text(backend.buffer())
    );
    press(&mut app, "?");
    assert!(shows(&render(&app), "Up, Ctrl-p, k"));
}

#[test]
fn ascii_first_screen() {
    for (width, height) in [(120, 40), (80, 24)] {
        let app = ascii_app(width, height);
        insta::assert_snapshot!(format!("ascii_first_screen_{width}x{height}"), render(&app));
    }
}

#[test]
fn ascii_marked_and_filtered() {
    let mut app = ascii_app(80, 24);
    press(&mut app, "<Space>3j<Space>/cast<Enter>");
    insta::assert_snapshot!("ascii_marked_filtered_80x24", render(&app));
}

#[test]
fn ascii_help_and_card() {
    let mut app = ascii_app(80, 24);
    press(&mut app, "?");
    insta::assert_snapshot!("ascii_help_80x24", render(&app));
    let mut app = ascii_app(80, 24);
    seed(&mut app, 7);
    press(&mut app, "a");
    insta::assert_snapshot!("ascii_card_80x24", render(&app));
}
