//! What the explorer draws: insta snapshots of whole screens at four sizes, and buffer checks for
//! the styles that snapshots cannot show.

mod common;

use common::*;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use rolefit::app::{App, Options};
use rolefit::deck::Pane;

const SIZES: [(u16, u16); 4] = [(120, 40), (80, 24), (40, 12), (20, 6)];

/// Snapshots `name_WxH` for every size, each from a fresh app made by `make` and fed `sequence`.
fn snapshot_all_sizes(name: &str, make: fn(u16, u16) -> App, sequence: &str) {
    for (width, height) in SIZES {
        let mut app = make(width, height);
        press(&mut app, sequence);
        let backend = render(&app);
        if (width, height) == (20, 6) {
            // Every screen is the same message there: one snapshot (`too_small_20x6`) shows
            // how it is drawn, and this says each screen gives way to it.
            assert_eq!(backend, too_small(), "{name} at 20x6");
            continue;
        }
        insta::assert_snapshot!(format!("{name}_{width}x{height}"), backend);
    }
}

/// The screen below the minimum size, whatever the app shows.
fn too_small() -> ratatui::backend::TestBackend {
    render(&app(20, 6))
}

// ---------------------------------------------------------------- snapshots

#[test]
fn too_small_a_terminal_says_so() {
    let backend = too_small();
    let text = screen_text(backend.buffer()).replace('\n', " ");
    let words: Vec<&str> = text.split_whitespace().collect();
    assert_eq!(words.join(" "), "terminal too small: need 40x12");
    insta::assert_snapshot!("too_small_20x6", backend);
}

#[test]
fn first_screen() {
    snapshot_all_sizes("first_screen", app, "");
}

#[test]
fn after_marking_a_duty_a_shared_skill_and_a_lean() {
    // Interpreting scripts (director), Leadership (director and producer), a director lean on Focus.
    snapshot_all_sizes("marked", app, "<Space>2j<Space>3<Space>");
}

#[test]
fn during_a_search() {
    snapshot_all_sizes("search_cast", app, "/cast");
}

#[test]
fn help_overlay() {
    snapshot_all_sizes("help", app, "?");
}

/// Issue 14: a mark and a refusal in a what-if over a saved mark: pending answers in braces,
/// the meter as now → what-if, the footer with the keys that keep and drop the layer.
#[test]
fn a_what_if_over_a_saved_mark() {
    snapshot_all_sizes("what_if", app, "<Space>wj<Space>jx");
}

#[test]
fn a_difference_with_a_lean_shows_its_sides() {
    // Where their time goes, leaning to the producer's side.
    snapshot_all_sizes("difference_lean", app, "3j<Space><Space>");
}

#[test]
fn a_deck_with_three_roles() {
    snapshot_all_sizes("three_roles", three_role_app, "");
}

#[test]
fn a_deck_with_three_roles_leaning_to_the_third() {
    snapshot_all_sizes(
        "three_roles_writer_lean",
        three_role_app,
        "2jj<Space>3<Space><Space><Space>",
    );
}

#[test]
fn a_kept_filter_and_marked_only() {
    // Only at 80x24: at 120x40 and 40x12 the pane titles run into the border (see
    // `pane_titles_that_do_not_fit_end_with_an_ellipsis`).
    let mut app = app(80, 24);
    press(&mut app, "<Space>j<Space>/cast<Enter>m");
    insta::assert_snapshot!("filter_marked_only_80x24", render(&app));
}

// ---------------------------------------------------------------- content checks

#[test]
fn the_first_screen_shows_every_region() {
    let backend = render(&app(120, 40));
    for text in [
        "rolefit · Director vs. Producer · Director 0% (0/27), Producer 0% (0/29) · Even",
        "Press / to search all panes",
        "▶ Duties 0/15 marked",
        "Skills 0/18 marked",
        "Differences 0/7 marked",
        "Interpreting scripts",
        "Experience in filmmaking",
        " Detail ",
        " Fit ",
        "Even",
        "q quit",
    ] {
        assert!(shows(&backend, text), "missing {text:?}");
    }
}

#[test]
fn a_lean_on_a_difference_shows_in_the_detail_and_the_row() {
    let mut app = app(120, 40);
    press(&mut app, "3j<Space><Space>");
    let backend = render(&app);
    assert!(shows(&backend, "[x] Producer:"));
    assert!(shows(&backend, "(your lean)"));
    assert!(shows(&backend, "[ ] Director:"));
    assert!(shows(&backend, "→Pro"), "the row's tag shows the lean");
    assert!(shows(&backend, "Leaning Producer by"));
}

#[test]
fn the_three_role_deck_shows_three_meters_and_three_sides() {
    let mut app = three_role_app(120, 40);
    press(&mut app, "3");
    let backend = render(&app);
    for text in [
        "Director 0% (0/6), Producer 0% (0/6), Writer 0% (0/5)",
        "[ ] Director: The images.",
        "[ ] Producer: The money.",
        "[ ] Writer: The words.",
        "Dir Pro Wri",
    ] {
        assert!(shows(&backend, text), "missing {text:?}");
    }
    let meters = lines(backend.buffer())
        .iter()
        .filter(|line| line.contains('░'))
        .count();
    assert_eq!(meters, 3);
}

// ---------------------------------------------------------------- styles

fn assert_no_colour(buffer: &Buffer, context: &str) {
    for y in buffer.area.top()..buffer.area.bottom() {
        for x in buffer.area.left()..buffer.area.right() {
            let cell = &buffer[(x, y)];
            assert_eq!(cell.fg, Color::Reset, "{context}: fg at ({x}, {y})");
            assert_eq!(cell.bg, Color::Reset, "{context}: bg at ({x}, {y})");
        }
    }
}

#[test]
fn without_colour_no_cell_has_a_colour() {
    let no_colour = Options {
        color: false,
        ..Options::default()
    };
    let sequences = [
        "",
        "<Space>2j<Space>3<Space>",
        "/cast",
        "/cast<Enter>",
        "?",
        "3j<Space><Space>",
        "m",
    ];
    for (width, height) in SIZES {
        for sequence in sequences {
            for deck in [builtin_deck(), three_role_deck()] {
                let mut app = app_with(deck, width, height, no_colour);
                press(&mut app, sequence);
                let backend = render(&app);
                assert_no_colour(
                    backend.buffer(),
                    &format!("{sequence:?} at {width}x{height}"),
                );
            }
        }
    }
}

#[test]
fn with_colour_some_cells_are_coloured() {
    // The opposite of the test above, so that it cannot pass by accident.
    let mut app = app(120, 40);
    press(&mut app, "<Space>");
    let buffer = render(&app).buffer().clone();
    assert!(buffer.content().iter().any(|cell| cell.fg != Color::Reset));
}

#[test]
fn the_selected_row_of_the_focused_pane_is_reversed() {
    for color in [true, false] {
        let options = Options {
            color,
            ..Options::default()
        };
        let mut app = app_with(builtin_deck(), 120, 40, options);
        press(&mut app, "2jj");
        let buffer = render(&app).buffer().clone();
        let skills = layout(&app).unwrap().panes[Pane::Skills.position()].unwrap();
        let selected_y = skills.y + 1 + 2;
        for x in skills.x + 1..skills.right() - 1 {
            assert!(
                buffer[(x, selected_y)]
                    .modifier
                    .contains(Modifier::REVERSED),
                "color {color}: ({x}, {selected_y})"
            );
        }
        // The other rows of the pane, and the other panes' selected rows, are not reversed.
        for x in skills.x + 1..skills.right() - 1 {
            assert!(
                !buffer[(x, selected_y - 1)]
                    .modifier
                    .contains(Modifier::REVERSED)
            );
            assert!(
                !buffer[(x, selected_y + 1)]
                    .modifier
                    .contains(Modifier::REVERSED)
            );
        }
        let duties = layout(&app).unwrap().panes[Pane::Duties.position()].unwrap();
        for x in duties.x + 1..duties.right() - 1 {
            assert!(
                !buffer[(x, duties.y + 1)]
                    .modifier
                    .contains(Modifier::REVERSED)
            );
        }
    }
}

#[test]
fn matched_title_characters_are_bold_and_underlined_during_a_search() {
    for color in [true, false] {
        let options = Options {
            color,
            ..Options::default()
        };
        let mut app = app_with(builtin_deck(), 120, 40, options);
        press(&mut app, "/cast");
        let buffer = render(&app).buffer().clone();
        let duties = layout(&app).unwrap().panes[Pane::Duties.position()].unwrap();
        let first = app.pane(Pane::Duties).rows[0];
        let title = app.deck().item(first).title.to_string();
        assert_eq!(title, "Auditioning and casting");
        let positions = app.searcher().title_positions(&title, "cast");
        assert_eq!(positions.len(), 4);
        let y = duties.y + 1;
        let title_x = duties.x + 1 + 4; // border, then the `[ ] ` glyph
        let row: String = (title_x..title_x + title.len() as u16)
            .map(|x| buffer[(x, y)].symbol())
            .collect();
        assert_eq!(row, title);
        for (position, _) in title.chars().enumerate() {
            let modifier = buffer[(title_x + position as u16, y)].modifier;
            let matched = modifier.contains(Modifier::BOLD | Modifier::UNDERLINED);
            assert_eq!(
                matched,
                positions.contains(&position),
                "color {color}: character {position} of {title:?}"
            );
        }
    }
}

#[test]
fn a_kept_filter_still_highlights_matches() {
    let mut app = app(120, 40);
    press(&mut app, "/bud<Enter>");
    let buffer = render(&app).buffer().clone();
    let duties = layout(&app).unwrap().panes[Pane::Duties.position()].unwrap();
    let underlined = (duties.x + 1..duties.right() - 1)
        .filter(|&x| {
            buffer[(x, duties.y + 1)]
                .modifier
                .contains(Modifier::UNDERLINED)
        })
        .count();
    assert_eq!(underlined, 3, "b, u and d of Managing a budget");
}

#[test]
fn the_focused_pane_title_has_the_arrow() {
    let mut app = app(120, 40);
    for (sequence, focused) in [
        ("", Pane::Duties),
        ("<Tab>", Pane::Skills),
        ("<Tab>", Pane::Differences),
        ("<Tab>", Pane::Duties),
    ] {
        press(&mut app, sequence);
        let buffer = render(&app).buffer().clone();
        let screen = layout(&app).unwrap();
        for pane in Pane::ALL {
            let area = screen.panes[pane.position()].unwrap();
            let title: String = (area.x..area.right())
                .map(|x| buffer[(x, area.y)].symbol())
                .collect();
            assert!(title.contains(pane.title()), "{title:?}");
            assert_eq!(title.contains('▶'), pane == focused, "{pane}: {title:?}");
        }
    }
}

#[test]
fn the_narrow_layout_shows_the_focused_pane_with_the_arrow_and_its_tab_bracketed() {
    let mut app = app(80, 24);
    press(&mut app, "2");
    let text = lines(render(&app).buffer());
    assert!(text[2].contains("[2 Skills 0/18]"), "{:?}", text[2]);
    assert!(text[3].contains("▶ Skills 0/18 marked"), "{:?}", text[3]);
    assert!(!text.iter().any(|l| l.contains("Duties 0/15 marked")));
}

#[test]
fn the_search_cursor_is_after_the_query() {
    let mut app = app(120, 40);
    press(&mut app, "/cast");
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
    terminal
        .draw(|frame| rolefit::ui::draw(frame, &app))
        .unwrap();
    terminal
        .backend_mut()
        .assert_cursor_position((("Search: ".len() + 4) as u16, 1));
}

// ---------------------------------------------------------------- known bugs

/// The text of a pane's top border between its corners.
fn title_row(buffer: &Buffer, area: ratatui::layout::Rect) -> Vec<String> {
    (area.x..area.right())
        .map(|x| buffer[(x, area.y)].symbol().to_string())
        .collect()
}

#[test]
fn pane_titles_that_do_not_fit_end_with_an_ellipsis() {
    for ((width, height), sequence) in [
        ((100, 12), "/cast"),
        ((120, 40), "<Space>/cast<Enter>m"),
        ((40, 12), "<Space>/cast<Enter>m"),
    ] {
        let mut app = app(width, height);
        press(&mut app, sequence);
        let buffer = render(&app).buffer().clone();
        let screen = layout(&app).unwrap();
        for pane in Pane::ALL {
            let Some(area) = screen.panes[pane.position()] else {
                continue;
            };
            let row = title_row(&buffer, area);
            let before_corner = &row[row.len() - 2];
            assert!(
                [" ", "…", "─", "━"].contains(&before_corner.as_str()),
                "{width}x{height} {sequence:?}: {pane} title {:?} runs into the corner",
                row.concat()
            );
        }
    }
}

#[test]
fn help_descriptions_that_do_not_fit_end_with_an_ellipsis() {
    for (width, height) in [(120, 40), (80, 24), (40, 12)] {
        let mut app = app(width, height);
        press(&mut app, "?");
        let buffer = render(&app).buffer().clone();
        let area = rolefit::layout::help_area(app.size());
        for y in area.y + 1..area.bottom() - 1 {
            let before_border = buffer[(area.right() - 2, y)].symbol();
            assert!(
                [" ", "…"].contains(&before_border),
                "{width}x{height}: help line {:?} is clipped",
                (area.x..area.right())
                    .map(|x| buffer[(x, y)].symbol())
                    .collect::<String>()
            );
        }
    }
}
