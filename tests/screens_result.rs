//! The result screen: charts of each role's fit (overall, per pane, per phase) drawn with
//! gauges side by side, the cautions, and the lists one item a line; snapshots at the two
//! sizes most terminals open at, and buffer checks for what a snapshot cannot show.

mod common;

use common::*;
use ratatui::buffer::Buffer;
use ratatui::style::Color;
use rolefit::action::Action;
use rolefit::app::{App, Options};
use rolefit::deck::Deck;
use rolefit::marks::Mark;
use rolefit::mode::Mode;
use rolefit::update::update;

/// Answers of a person who would never do marketing: most of the producer's duties and
/// skills, a little of the director's, and a lean each way.
fn would_not_do_marketing(app: &mut App) {
    let have = [
        "managing-a-budget",
        "hiring-the-crew",
        "overseeing-script-development",
        "creating-a-filming-schedule",
        "distribution",
        "business-knowledge",
        "negotiation",
        "leadership",
        "interpreting-scripts",
    ];
    for id in have {
        let index = item(app, id);
        app.answer(index, Some(Mark::Have));
    }
    let marketing = item(app, "marketing");
    app.answer(marketing, Some(Mark::Refuse));
    let focus = item(app, "focus");
    app.answer(focus, Some(Mark::Lean(1)));
    update(app, Action::ShowResult);
    assert_eq!(app.mode(), Mode::Result);
}

fn result_of(make: impl Fn(u16, u16) -> App, width: u16, height: u16) -> App {
    let mut app = make(width, height);
    would_not_do_marketing(&mut app);
    app
}

fn row_of<'a>(rows: &'a [String], starts: &str) -> &'a str {
    rows.iter()
        .map(|row| row.trim_start_matches(['┃', '|', ' ']))
        .find(|row| row.starts_with(starts))
        .unwrap_or_else(|| panic!("no row starting {starts:?} in\n{}", rows.join("\n")))
}

#[test]
fn a_screened_producer_at_the_sizes_terminals_open_at() {
    for (width, height) in [(120, 40), (80, 24)] {
        let app = result_of(app, width, height);
        insta::assert_snapshot!(format!("result_screened_{width}x{height}"), render(&app));
    }
}

#[test]
fn the_charts_give_each_role_a_bar_per_pane_and_phase_side_by_side() {
    let app = result_of(app, 120, 40);
    let rows = lines(render(&app).buffer());
    let header = row_of(&rows, "Fit");
    assert!(
        header.contains("Director") && header.contains("Producer [!]"),
        "{header}"
    );
    let director_at = header.find("Director").unwrap();
    let producer_at = header.find("Producer").unwrap();
    for label in [
        "All answers",
        "Duties",
        "Skills",
        "Differences",
        "Development",
        "Release",
    ] {
        let row = row_of(&rows, label);
        // Two figures on every row, each under its role's name.
        let figures: Vec<usize> = row.match_indices('%').map(|(at, _)| at).collect();
        let no_items = row.matches("no items").count();
        assert_eq!(figures.len() + no_items, 2, "{row}");
        assert!(figures.iter().all(|&at| at + 1 >= director_at), "{row}");
        assert!(
            figures.iter().any(|&at| at > producer_at) || row.ends_with("no items"),
            "{row}"
        );
    }
    // Nobody marked anything of the director's in development: no figure, not 0%.
    assert!(row_of(&rows, "Development").contains("no items"));
    // Every release duty of the producer is distribution (had) or marketing (refused).
    let release = row_of(&rows, "Release");
    assert!(release.contains("50%"), "{release}");
    assert!(row_of(&rows, "By phase").contains("our reading"));
}

/// The cells of the screen row whose text starts with `starts`, from the first `%` on.
fn bar_cells<'a>(buffer: &'a Buffer, starts: &str) -> Vec<&'a ratatui::buffer::Cell> {
    let rows = lines(buffer);
    let y = rows
        .iter()
        .position(|row| row.trim_start_matches(['┃', '|', ' ']).starts_with(starts))
        .unwrap();
    (0..buffer.area.width)
        .map(|x| &buffer[(x, y as u16)])
        .collect()
}

#[test]
fn a_bar_is_filled_in_proportion_and_by_glyph_not_colour_alone() {
    for ascii in [false, true] {
        let options = Options {
            ascii,
            color: false,
            ..Options::default()
        };
        let deck = builtin_deck();
        let app = result_of(|w, h| app_with(deck.clone(), w, h, options), 120, 40);
        let backend = render(&app);
        let (filled, empty) = if ascii { ("#", "-") } else { ("█", "░") };
        let cells = bar_cells(backend.buffer(), "Release");
        let producer: Vec<&str> = cells.iter().map(|cell| cell.symbol()).collect();
        let full = producer.iter().filter(|s| **s == filled).count();
        let blank = producer.iter().filter(|s| **s == empty).count();
        // 50%: half the producer's bar, within a cell of rounding.
        assert!(
            full > 0 && full.abs_diff(blank) <= 1,
            "{full} {blank} ascii={ascii}"
        );
        assert!(
            cells.iter().all(|cell| cell.fg == Color::Reset),
            "no colour under NO_COLOR"
        );
        if ascii {
            let text = screen_text(backend.buffer());
            assert!(text.is_ascii(), "{text}");
        }
    }
}

#[test]
fn a_deck_without_phases_shows_no_phase_chart_and_every_role_a_column() {
    let mut app = three_role_app(120, 40);
    update(&mut app, Action::ShowResult);
    let rows = lines(render(&app).buffer());
    assert!(!rows.iter().any(|row| row.contains("By phase")));
    let header = row_of(&rows, "Fit");
    for role in &app.deck().roles {
        assert!(header.contains(&role.name), "{header}");
    }
    assert_eq!(row_of(&rows, "All answers").matches('%').count(), 3);
}

#[test]
fn marking_everything_warns_that_the_answers_cannot_tell_the_roles_apart() {
    let mut app = app(120, 40);
    for index in 0..app.deck().len() {
        app.toggle_answer(index);
    }
    update(&mut app, Action::ShowResult);
    let words = words_on_screen(&app);
    assert!(words.contains("cannot tell the roles apart"), "{words}");
    assert!(
        !words.contains("both fit"),
        "Producer is 39 points behind: {words}"
    );
}

#[test]
fn two_roles_both_over_60_and_close_are_said_to_both_fit() {
    let mut app = app(120, 40);
    let deck = app.deck().clone();
    for index in 0..deck.len() {
        let mark = if deck.item(index).sides().is_empty() {
            Mark::Have
        } else {
            Mark::Lean(index % 2)
        };
        app.answer(index, Some(mark));
    }
    update(&mut app, Action::ShowResult);
    let words = words_on_screen(&app);
    assert!(words.contains("Producer and Director both fit"), "{words}");
    assert!(words.contains("hold both jobs"), "{words}");
}

fn words_on_screen(app: &App) -> String {
    let text = screen_text(render(app).buffer());
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn long_lists_are_cut_with_a_count_and_the_rest_scrolls() {
    let source = rolefit::deck::synthetic::deck_source(2_000, 7);
    let deck = Deck::parse(&source, "<synthetic>").unwrap();
    let mut app = app_with(deck, 80, 24, Options::default());
    update(&mut app, Action::ShowResult);
    let count = rolefit::layout::result::line_count(&app);
    // Two roles, each with at most MAX_LISTED rows of gaps and a count, and the charts.
    assert!(
        count < 2 * (rolefit::layout::result::MAX_LISTED + 10) + 40,
        "{count}"
    );
    let mut seen = String::new();
    for _ in 0..count / 10 + 1 {
        seen.push_str(&screen_text(render(&app).buffer()));
        for _ in 0..10 {
            update(&mut app, Action::ScrollDown);
        }
    }
    assert!(seen.contains("more in the report"), "{seen}");
}

#[test]
fn no_size_makes_the_result_panic() {
    let mut app = result_of(app, 120, 40);
    for (width, height) in [
        (1, 1),
        (2, 3),
        (40, 12),
        (41, 13),
        (59, 20),
        (60, 20),
        (200, 60),
    ] {
        resize(&mut app, width, height);
        let _ = render(&app);
    }
}
