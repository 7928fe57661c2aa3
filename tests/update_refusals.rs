//! Deal-breakers in the explorer (issue 14): `x` says "I would not do this" on a duty or skill,
//! shows `[!]`, is counted in the pane title, screens the roles it counts for, and is saved;
//! Space makes it a plain mark again; the guided assessment and a right click offer it too.

mod common;

use common::*;
use ratatui::crossterm::event::{MouseButton, MouseEventKind};
use rolefit::deck::Pane;
use rolefit::marks::Mark;
use rolefit::mode::Mode;

#[test]
fn x_refuses_a_duty_and_x_again_takes_it_back() {
    let mut app = app(120, 40);
    press(&mut app, "x");
    assert_eq!(app.marks().get(0), Some(Mark::Refuse));
    assert_eq!(app.refused_count(Pane::Duties), 1);
    assert_eq!(
        app.marked_count(Pane::Duties).0,
        0,
        "a refusal is not a mark"
    );
    assert!(
        app.fits()[0].is_screened(),
        "interpreting scripts counts for the director"
    );
    let screen = screen_text(render(&app).buffer());
    assert!(screen.contains("[!] Interpreting scripts"), "{screen}");
    assert!(
        screen.contains("Duties 0/15 marked · 1 refused"),
        "{screen}"
    );
    assert!(screen.contains("[!] You would not do this"), "{screen}");
    press(&mut app, "x");
    assert_eq!(app.marks().get(0), None);
    assert!(!app.fits()[0].is_screened());
    fits_match_marks(&app);
}

#[test]
fn space_on_a_refusal_makes_it_a_plain_mark() {
    let mut app = app(120, 40);
    press(&mut app, "x<Space>");
    assert_eq!(app.marks().get(0), Some(Mark::Have));
    assert_eq!(app.refused_count(Pane::Duties), 0);
    press(&mut app, "x");
    assert_eq!(
        app.marks().get(0),
        Some(Mark::Refuse),
        "x on a mark refuses it"
    );
}

#[test]
fn a_difference_is_not_refused_and_says_why() {
    let mut app = app(120, 40);
    press(&mut app, "3x");
    assert_eq!(app.marks().iter().count(), 0);
    assert!(
        app.status().unwrap().contains("answered by a side"),
        "{:?}",
        app.status()
    );
}

#[test]
fn a_refusal_is_recorded_in_the_session_and_saved() {
    let mut app = app(120, 40);
    press(&mut app, "x");
    let id = id(&app, 0).to_string();
    let answer = &app.session().answers[&id];
    assert_eq!(answer.mark, rolefit::session::SavedMark::Refuse);
    assert_eq!(app.effects(), [rolefit::app::Effect::SaveSession]);
}

#[test]
fn a_right_click_on_a_row_refuses_it() {
    let mut app = app(120, 40);
    let duties = layout(&app).unwrap().panes[0].unwrap();
    // The third duty's title.
    let event = mouse(
        MouseEventKind::Down(MouseButton::Right),
        duties.x + 8,
        duties.y + 3,
    );
    send(&mut app, &event);
    assert_eq!(app.selected_item(), Some(2));
    assert_eq!(app.marks().get(2), Some(Mark::Refuse));
    send(&mut app, &event);
    assert_eq!(app.marks().get(2), None);
}

#[test]
fn x_on_a_trait_card_refuses_it_and_the_footer_offers_what_each_card_takes() {
    let mut app = app(120, 40);
    press(&mut app, "a");
    let footer = |app: &rolefit::app::App| {
        let screen = lines(render(app).buffer());
        screen[screen.len() - 1].clone()
    };
    let mut saw = [false, false];
    for _ in 0..app.guided().order.len() {
        let item = app.guided().current().unwrap();
        let sides = app.deck().item(item).sides().len();
        let said = footer(&app);
        if sides == 0 {
            assert!(
                said.contains("y yes") && said.contains("x would not"),
                "{said}"
            );
            assert!(!said.contains("side"), "{said}");
            saw[0] = true;
            press(&mut app, "x");
            assert_eq!(app.marks().get(item), Some(Mark::Refuse));
        } else {
            let keys: Vec<String> = (1..=sides).map(|n| n.to_string()).collect();
            assert!(said.contains(&format!("{} side", keys.join("/"))), "{said}");
            assert!(
                !said.contains("y yes") && !said.contains("would not"),
                "{said}"
            );
            saw[1] = true;
            press(&mut app, "s");
        }
    }
    assert_eq!(saw, [true, true]);
    assert_eq!(app.mode(), Mode::Result);
}
