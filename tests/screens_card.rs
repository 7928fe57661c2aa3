//! The guided assessment on screen: a blind assessment shows nothing that tells which role a card
//! counts for, and a difference's sides keep their numbers on screen down to the minimum size.

mod common;

use common::*;
use rolefit::app::App;
use rolefit::mode::Mode;

/// The screen's text without borders and runs of spaces, so wrapped text reads as one line.
fn flowing_text(app: &App) -> String {
    let text = screen_text(render(app).buffer());
    let no_borders: String = text
        .chars()
        .map(|c| {
            if "┃━┏┓┗┛".contains(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    no_borders.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Each difference card of the walk in turn, reached with `s` from the start.
fn for_each_difference_card(width: u16, height: u16, mut check: impl FnMut(&mut App)) {
    let mut app = app(width, height);
    press(&mut app, "a");
    let cards = app.guided().order.len();
    for _ in 0..cards {
        let item = app.guided().current().expect("a card");
        if app.deck().item(item).is_difference() {
            check(&mut app);
        }
        press(&mut app, "s");
    }
}

#[test]
fn a_blind_assessment_shows_no_fit_while_answering() {
    for (width, height) in [(120, 40), (80, 24), (60, 15), (40, 12)] {
        let mut app = app(width, height);
        press(&mut app, "a");
        let before = lines(render(&app).buffer());
        // The footer offers the keys a card takes (sides, or y, n and x): one footer per kind
        // of card, the same whatever was answered before.
        let mut footers: [Option<String>; 2] = [None, None];
        // Answer duties and skills with y, and differences with side 1.
        for _ in 0..10 {
            let item = app.guided().current().expect("a card");
            let answer = if app.deck().item(item).is_difference() {
                "1"
            } else {
                "y"
            };
            press(&mut app, answer);
            let screen = lines(render(&app).buffer());
            let context = format!("{width}x{height}: {screen:#?}");
            assert_eq!(app.mode(), Mode::Assess, "{context}");
            assert_eq!(
                screen[0], before[0],
                "the title line stays the same: {context}"
            );
            let last = screen.len() - 1;
            let kind = app
                .guided()
                .current()
                .map_or(0, |item| usize::from(app.deck().item(item).is_difference()));
            let footer = footers[kind].get_or_insert_with(|| screen[last].clone());
            assert_eq!(
                &screen[last], footer,
                "the footer stays the same for each kind of card: {context}"
            );
            assert!(!screen.iter().any(|l| l.contains('%')), "{context}");
            assert!(!screen.iter().any(|l| l.contains("Leaning")), "{context}");
        }
    }
    // With --reveal the roles may show, and the title line keeps the fit.
    let mut app = app(120, 40);
    app.set_reveal(true);
    press(&mut app, "a");
    let title = lines(render(&app).buffer())[0].clone();
    assert!(title.contains("Director 0% (0/27)"), "{title}");
}

#[test]
fn at_40x12_every_side_keeps_its_number_and_cut_text_ends_in_an_ellipsis() {
    let mut seen = 0;
    for_each_difference_card(40, 12, |app| {
        seen += 1;
        let item = app.guided().current().unwrap();
        let sides = app.deck().item(item).sides().len();
        assert_cursor_on_title(app);
        let text = flowing_text(app);
        for number in 1..=sides {
            assert!(
                text.contains(&format!("[ ] {number} ")),
                "side {number}: {text}"
            );
        }
        for side in app.deck().item(item).sides() {
            let start: String = side
                .text
                .split_whitespace()
                .take(2)
                .collect::<Vec<_>>()
                .join(" ");
            assert!(text.contains(&start), "{start:?} in {text}");
            if !text.contains(side.text.trim()) {
                assert!(text.contains('…'), "a cut side says so: {text}");
            }
        }
        // The pick shows on the card: lean to side 1, come back to it, then take it back. (On
        // the last card a pick would end the walk.)
        if app.guided().position + 1 < app.guided().order.len() {
            press(app, "1b");
            assert!(
                flowing_text(app).contains("[x] 1 "),
                "{}",
                flowing_text(app)
            );
            press(app, "0b");
        }
    });
    assert_eq!(seen, 7, "every difference of the built-in deck");
}

#[test]
fn at_60x15_every_side_is_shown_whole_with_its_number() {
    let mut seen = 0;
    for_each_difference_card(60, 15, |app| {
        seen += 1;
        let item = app.guided().current().unwrap();
        assert_cursor_on_title(app);
        let text = flowing_text(app);
        let order = rolefit::guided::side_order(
            &app.session().assessment,
            item,
            app.deck().item(item).sides().len(),
            app.reveal(),
        );
        for (number, &side) in order.iter().enumerate() {
            let side = &app.deck().item(item).sides()[side];
            let expected = format!("[ ] {} {}", number + 1, side.text.trim());
            assert!(text.contains(&expected), "{expected:?} in {text}");
        }
    });
    assert_eq!(seen, 7);
}

/// The hardware cursor is on the card's title, wherever a short card put it.
fn assert_cursor_on_title(app: &App) {
    let (width, height) = (app.size().width, app.size().height);
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| rolefit::ui::draw(frame, app))
        .unwrap();
    let at = terminal.get_cursor_position().unwrap();
    let row = &lines(terminal.backend().buffer())[usize::from(at.y)];
    let title = app
        .deck()
        .item(app.guided().current().unwrap())
        .title
        .to_uppercase();
    let from_cursor: String = row.chars().skip(usize::from(at.x)).collect();
    assert!(
        from_cursor.starts_with(&title),
        "{width}x{height}: {row:?} at {at:?}"
    );
}
