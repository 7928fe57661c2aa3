//! Random sessions: keys, mouse clicks and wheel turns at random cells, and resizes from 1x1 to
//! 200x60, fed through `action_for` and `update` and drawn after every step. Nothing may panic and
//! every pane's selection, scroll offset and detail scroll must stay in range, on decks of
//! two, three and many roles.

mod common;

use common::*;
use proptest::prelude::*;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use rolefit::app::{App, Options};
use rolefit::deck::{Deck, Pane};
use rolefit::layout::help;
use rolefit::layout::{MIN_HEIGHT, MIN_WIDTH};
use rolefit::mode::Mode;

#[derive(Debug, Clone)]
enum Step {
    Event(Event),
    /// Feeds `Event::Resize`; kept apart so failures read clearly.
    Resize(u16, u16),
}

fn interesting_key() -> impl Strategy<Value = Event> {
    let none = KeyModifiers::NONE;
    let ctrl = KeyModifiers::CONTROL;
    let shift = KeyModifiers::SHIFT;
    let keys = vec![
        (KeyCode::Down, none),
        (KeyCode::Up, none),
        (KeyCode::Left, none),
        (KeyCode::Right, none),
        (KeyCode::Tab, none),
        (KeyCode::BackTab, shift),
        (KeyCode::Esc, none),
        (KeyCode::Enter, none),
        (KeyCode::Backspace, none),
        (KeyCode::Delete, none),
        (KeyCode::PageDown, none),
        (KeyCode::PageUp, none),
        (KeyCode::Home, none),
        (KeyCode::End, none),
        (KeyCode::Char(' '), none),
        (KeyCode::Char('/'), none),
        (KeyCode::Char('?'), none),
        (KeyCode::Char('m'), none),
        (KeyCode::Char('j'), none),
        (KeyCode::Char('k'), none),
        (KeyCode::Char('g'), none),
        (KeyCode::Char('G'), shift),
        (KeyCode::Char('J'), shift),
        (KeyCode::Char('K'), shift),
        (KeyCode::Char('h'), none),
        (KeyCode::Char('l'), none),
        (KeyCode::Char('1'), none),
        (KeyCode::Char('2'), none),
        (KeyCode::Char('3'), none),
        (KeyCode::Char('q'), none),
        (KeyCode::Char('d'), ctrl),
        (KeyCode::Char('u'), ctrl),
        (KeyCode::Char('b'), ctrl),
        (KeyCode::Char('f'), ctrl),
        (KeyCode::Char('w'), ctrl),
        (KeyCode::Char('c'), ctrl),
        // The session's screens: assessment, result, reset, export, mouse toggle.
        (KeyCode::Char('a'), none),
        (KeyCode::Char('y'), none),
        (KeyCode::Char('n'), none),
        (KeyCode::Char('s'), none),
        (KeyCode::Char('b'), none),
        (KeyCode::Char('0'), none),
        (KeyCode::Char('4'), none),
        (KeyCode::Char('r'), none),
        (KeyCode::Char('e'), none),
        (KeyCode::Char('R'), shift),
        (KeyCode::Char('M'), shift),
        // Deal-breakers, the what-if layer, snapshots and the history.
        (KeyCode::Char('x'), none),
        (KeyCode::Char('w'), none),
        (KeyCode::Char('S'), shift),
        (KeyCode::Char('H'), shift),
    ];
    (prop::sample::select(keys), 0..10u8).prop_map(|((code, modifiers), kind)| {
        let kind = if kind == 0 {
            KeyEventKind::Release
        } else {
            KeyEventKind::Press
        };
        Event::Key(KeyEvent::new_with_kind(code, modifiers, kind))
    })
}

fn typed_char() -> impl Strategy<Value = Event> {
    let odd = prop::sample::select(vec!['é', 'Ω', '映', '🎬', '\u{301}', '\u{200b}', '-', '.']);
    prop_oneof![
        6 => prop::char::range('a', 'z'),
        1 => prop::char::range('A', 'Z'),
        1 => Just(' '),
        1 => odd,
    ]
    .prop_map(|c| key(KeyCode::Char(c), KeyModifiers::NONE))
}

fn mouse_event() -> impl Strategy<Value = Event> {
    let kinds = vec![
        MouseEventKind::Down(MouseButton::Left),
        MouseEventKind::Down(MouseButton::Left),
        MouseEventKind::Down(MouseButton::Right),
        MouseEventKind::Up(MouseButton::Left),
        MouseEventKind::ScrollDown,
        MouseEventKind::ScrollUp,
        MouseEventKind::Moved,
    ];
    (prop::sample::select(kinds), 0..200u16, 0..60u16)
        .prop_map(|(kind, column, row)| mouse(kind, column, row))
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        6 => interesting_key().prop_map(Step::Event),
        3 => typed_char().prop_map(Step::Event),
        3 => mouse_event().prop_map(Step::Event),
        1 => (1..=200u16, 1..=60u16).prop_map(|(w, h)| Step::Resize(w, h)),
    ]
}

/// A starting size: mostly usable screens, sometimes tiny ones.
fn size() -> impl Strategy<Value = (u16, u16)> {
    prop_oneof![
        3 => (MIN_WIDTH..=200u16, MIN_HEIGHT..=60u16),
        1 => (1..=200u16, 1..=60u16),
    ]
}

fn check_invariants(app: &App, context: &str) {
    for pane in Pane::ALL {
        let view = app.pane(pane);
        if view.rows.is_empty() {
            assert_eq!(view.selected, 0, "{context}: {pane} has no rows");
        } else {
            assert!(
                view.selected < view.rows.len(),
                "{context}: {pane} selected {} of {} rows",
                view.selected,
                view.rows.len()
            );
        }
        for &item in &view.rows {
            assert_eq!(
                app.deck().item(item).pane,
                pane,
                "{context}: row in the wrong pane"
            );
        }
    }
    if let Some(screen) = layout(app) {
        for pane in Pane::ALL {
            let height = screen.list_rows(pane);
            if screen.panes[pane.position()].is_none() || height == 0 {
                continue;
            }
            let view = app.pane(pane);
            if pane == app.focus() {
                assert!(
                    view.offset <= view.selected,
                    "{context}: focused {pane} offset {} > selected {}",
                    view.offset,
                    view.selected
                );
            }
            if !view.rows.is_empty() {
                assert!(
                    view.selected < view.offset + height,
                    "{context}: {pane} selected {} below the {height} rows from offset {}",
                    view.selected,
                    view.offset
                );
            }
        }
    }
    if let Some(screen) = layout(app)
        && app.detail_scroll_is_current()
    {
        // Never scrolled past the detail's last line, whatever changed its text or its pane.
        let max = screen
            .detail
            .map_or(0, |area| rolefit::layout::detail::max_scroll(app, area));
        assert!(
            app.detail_scroll() <= max,
            "{context}: detail scroll {} past its maximum {max}",
            app.detail_scroll()
        );
    }
    if app.mode() == Mode::Help {
        // Bounded by the longest scroll any size allows (see `help_scroll_is_clamped_after_a_resize`
        // in tests/update_help.rs for the tighter bound after a resize).
        let total = help::lines(app).len();
        assert!(app.help_scroll() <= total, "{context}: help scroll");
    }
    assert!(
        app.query().cursor() <= app.query().text().chars().count(),
        "{context}: cursor"
    );
    assert_eq!(
        app.fits(),
        rolefit::fit::score(app.deck(), app.marks()),
        "{context}: fits"
    );
}

fn run_session(deck: Deck, color: bool, start: (u16, u16), steps: &[Step]) {
    let options = Options {
        color,
        ..Options::default()
    };
    let mut app = app_with(deck, start.0, start.1, options);
    render(&app);
    check_invariants(&app, "start");
    for (n, step) in steps.iter().enumerate() {
        match step {
            Step::Event(event) => send(&mut app, event),
            Step::Resize(width, height) => resize(&mut app, *width, *height),
        }
        let context = format!("after step {n} {step:?}");
        check_invariants(&app, &context);
        let backend = render(&app);
        if app.size().width < MIN_WIDTH || app.size().height < MIN_HEIGHT {
            let text = screen_text(backend.buffer());
            let squeezed: String = text.split_whitespace().collect();
            assert!(
                !squeezed.is_empty() && "terminaltoosmall:need40x12".starts_with(&squeezed),
                "{context}: a small terminal shows the size message, got {text:?}"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        // 128 by default; PROPTEST_CASES raises it for a longer local search.
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(128),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_sessions_on_the_builtin_deck_stay_in_range(
        start in size(),
        color in any::<bool>(),
        steps in prop::collection::vec(step(), 0..40),
    ) {
        run_session(builtin_deck(), color, start, &steps);
    }

    #[test]
    fn random_sessions_on_the_three_role_deck_stay_in_range(
        start in size(),
        color in any::<bool>(),
        steps in prop::collection::vec(step(), 0..40),
    ) {
        run_session(three_role_deck(), color, start, &steps);
    }

    /// Many roles: the meter shares rows, counts what it leaves out, and the difference has
    /// a side per role for the keys 1 to 9 to lean to.
    #[test]
    fn random_sessions_on_a_many_role_deck_stay_in_range(
        roles in 4..=40usize,
        start in size(),
        color in any::<bool>(),
        steps in prop::collection::vec(step(), 0..40),
    ) {
        run_session(decks::deck_with_roles(roles), color, start, &steps);
    }
}

/// Found by a long random search: at 40x28 the detail scrolled down one line, then a mark
/// changed its text so that it all fits; the scroll must follow.
#[test]
fn a_mark_that_shortens_the_detail_brings_its_scroll_back() {
    for sequence in [
        "J<Space>",
        "jJ<Space>",
        "JJ<Space><Space>",
        "3JJ<Space>",
        "2JJ<Space>",
    ] {
        let steps: Vec<Step> = keys(sequence).into_iter().map(Step::Event).collect();
        run_session(builtin_deck(), false, (40, 28), &steps);
    }
}

/// Deterministic corners the random search may take long to reach.
#[test]
fn resizing_through_every_breakpoint_with_a_scrolled_list_stays_in_range() {
    for three_roles in [false, true] {
        let steps: Vec<Step> = [
            "2G", "<PgUp>", "/e", "<Enter>G", "m", "<Space>", "m", "?jjj",
        ]
        .iter()
        .flat_map(|sequence| keys(sequence))
        .map(Step::Event)
        .chain(
            [
                (200, 60),
                (100, 12),
                (99, 12),
                (40, 12),
                (39, 12),
                (40, 11),
                (1, 1),
                (100, 19),
                (100, 20),
                (120, 40),
            ]
            .into_iter()
            .map(|(w, h)| Step::Resize(w, h)),
        )
        .chain(keys("<Esc>G<Esc>").into_iter().map(Step::Event))
        .collect();
        let deck = if three_roles {
            three_role_deck()
        } else {
            builtin_deck()
        };
        run_session(deck, true, (120, 40), &steps);
    }
}
