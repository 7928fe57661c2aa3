//! The guided assessment on screen: a blind assessment shows nothing that tells which role a card
//! counts for.

mod common;

use common::*;
use rolefit::app::Mode;

#[test]
fn a_blind_assessment_shows_no_fit_while_answering() {
    for (width, height) in [(120, 40), (80, 24), (60, 15), (40, 12)] {
        let mut app = app(width, height);
        press(&mut app, "a");
        let before = lines(render(&app).buffer());
        // Answer duties and skills with y, and differences with side 1.
        for _ in 0..10 {
            let item = app.guided.current().expect("a card");
            let answer = if app.deck.item(item).is_difference() {
                "1"
            } else {
                "y"
            };
            press(&mut app, answer);
            let screen = lines(render(&app).buffer());
            let context = format!("{width}x{height}: {screen:#?}");
            assert_eq!(app.mode, Mode::Assess, "{context}");
            assert_eq!(
                screen[0], before[0],
                "the title line stays the same: {context}"
            );
            let last = screen.len() - 1;
            assert_eq!(
                screen[last], before[last],
                "the footer stays the same: {context}"
            );
            assert!(!screen.iter().any(|l| l.contains('%')), "{context}");
            assert!(!screen.iter().any(|l| l.contains("Leaning")), "{context}");
            for role in ["Director", "Producer"] {
                assert!(!screen[last].contains(role), "{context}");
            }
        }
    }
}

#[test]
fn with_reveal_the_title_line_shows_the_fit() {
    let mut app = app(120, 40);
    app.reveal = true;
    press(&mut app, "a");
    let title = lines(render(&app).buffer())[0].clone();
    assert!(title.contains("Director 0% (0/27)"), "{title}");
}
