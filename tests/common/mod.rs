//! Shared helpers for the terminal UI tests: apps on the built-in and a three-role deck, key
//! sequences written in a small syntax, mouse events, and drawing into a `TestBackend`.
//!
//! Each test binary uses a different subset of these helpers.
#![allow(dead_code)]

pub mod config;
pub mod decks;
pub mod home;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::{Rect, Size};
use rolefit::app::{App, Options};
use rolefit::deck::{Deck, ItemIndex, Pane};
use rolefit::effects;
use rolefit::event::action_for;
use rolefit::fit;
use rolefit::keymap::Keymap;
use rolefit::layout::help;
use rolefit::layout::{Screen, help_area};
use rolefit::style::theme::Theme;
use rolefit::update::{settle, update};

pub mod process;
pub mod sessions;
pub mod summary;
pub mod swap;
pub mod tmux;

/// A deck with three roles: a few duties and skills, and two differences with a side per role.
pub const THREE_ROLE_DECK: &str = r#"(
    id: "three-roles",
    title: "Three Roles",
    source: "Written for the tests",
    roles: [
        (id: "director", name: "Director", summary: "Leads the creative side."),
        (id: "producer", name: "Producer", summary: "Runs the logistics."),
        (id: "writer", name: "Writer", summary: "Writes the script."),
    ],
    duties: [
        (
            id: "framing-shots",
            title: "Framing shots",
            detail: "Choosing where the camera goes.",
            roles: ["director"],
        ),
        (
            id: "managing-a-budget",
            title: "Managing a budget",
            detail: "Keeping control of the money.",
            roles: ["producer"],
            weight: 2,
        ),
        (
            id: "drafting-scenes",
            title: "Drafting scenes",
            detail: "Putting the story on the page.",
            roles: ["writer"],
        ),
        (
            id: "casting-actors",
            title: "Casting actors",
            detail: "Choosing who plays each part.",
            roles: ["director", "producer"],
        ),
    ],
    skills: [
        (
            id: "leadership",
            title: "Leadership",
            detail: "Guiding a team.",
            roles: ["director", "producer"],
            weight: 2,
        ),
        (
            id: "writing-dialogue",
            title: "Writing dialogue",
            detail: "Lines people would say.",
            roles: ["writer"],
        ),
        (
            id: "patience",
            title: "Patience",
            detail: "Waiting for the right take.",
            roles: ["director", "producer", "writer"],
        ),
    ],
    differences: [
        (
            id: "focus",
            title: "Focus",
            detail: "Where the attention goes.",
            sides: {
                "director": "The images.",
                "producer": "The money.",
                "writer": "The words.",
            },
        ),
        (
            id: "when-they-work",
            title: "When they work",
            weight: 2,
            sides: {
                "director": "During the shoot.",
                "producer": "From start to release.",
                "writer": "Before the shoot.",
            },
        ),
    ],
)"#;

pub fn builtin_deck() -> Deck {
    Deck::builtin().expect("the built-in deck loads")
}

pub fn three_role_deck() -> Deck {
    Deck::parse(THREE_ROLE_DECK, "<three-role test deck>").expect("the three-role deck loads")
}

/// An app on `deck` for a terminal of `width` x `height`, with the default theme.
pub fn app_with(deck: Deck, width: u16, height: u16, options: Options) -> App {
    let theme = Theme::new(options.color);
    App::new(
        deck,
        Keymap::default(),
        options,
        theme,
        Size::new(width, height),
    )
}

/// An app on the built-in deck, colour and mouse on.
pub fn app(width: u16, height: u16) -> App {
    app_with(builtin_deck(), width, height, Options::default())
}

/// An app on the three-role deck, colour and mouse on.
pub fn three_role_app(width: u16, height: u16) -> App {
    app_with(three_role_deck(), width, height, Options::default())
}

/// Feeds one terminal event through `action_for` and `update`, then settles the rows, as the
/// event loop does with a batch of one event.
pub fn send(app: &mut App, event: &Event) {
    apply(app, event);
    settle(app);
}

/// Feeds one terminal event through `action_for` and `update` without settling the rows, as the
/// event loop does with each event of a batch.
pub fn apply(app: &mut App, event: &Event) {
    if let Some(action) = action_for(app, event) {
        update(app, action);
    }
}

/// Carries out the effects the app has queued, feeding their outcomes back, as the event loop
/// does (the mouse mode changes nothing here: there is no terminal).
pub fn perform(app: &mut App) {
    effects::run(app, &mut |_| Ok(()));
}

/// A key press with modifiers.
pub fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, modifiers))
}

/// The key events of a sequence: plain characters, plus tokens in angle brackets:
/// `<Down> <Up> <Left> <Right> <Tab> <S-Tab> <Esc> <Enter> <Space> <BS> <Del> <PgDn> <PgUp>
/// <Home> <End> <lt>` and `<C-x>` for Ctrl plus a character. Upper-case letters carry Shift, as
/// terminals report them.
pub fn keys(sequence: &str) -> Vec<Event> {
    let mut events = Vec::new();
    let mut chars = sequence.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '<' {
            let modifiers = if c.is_uppercase() {
                KeyModifiers::SHIFT
            } else {
                KeyModifiers::NONE
            };
            events.push(key(KeyCode::Char(c), modifiers));
            continue;
        }
        let mut token = String::new();
        let mut closed = false;
        for t in chars.by_ref() {
            if t == '>' {
                closed = true;
                break;
            }
            token.push(t);
        }
        assert!(closed, "unclosed <{token} in key sequence {sequence:?}");
        events.push(token_event(&token));
    }
    events
}

fn token_event(token: &str) -> Event {
    let none = KeyModifiers::NONE;
    let (code, modifiers) = match token {
        "Down" => (KeyCode::Down, none),
        "Up" => (KeyCode::Up, none),
        "Left" => (KeyCode::Left, none),
        "Right" => (KeyCode::Right, none),
        "Tab" => (KeyCode::Tab, none),
        "S-Tab" => (KeyCode::BackTab, KeyModifiers::SHIFT),
        "Esc" => (KeyCode::Esc, none),
        "Enter" => (KeyCode::Enter, none),
        "Space" => (KeyCode::Char(' '), none),
        "BS" => (KeyCode::Backspace, none),
        "Del" => (KeyCode::Delete, none),
        "PgDn" => (KeyCode::PageDown, none),
        "PgUp" => (KeyCode::PageUp, none),
        "Home" => (KeyCode::Home, none),
        "End" => (KeyCode::End, none),
        "lt" => (KeyCode::Char('<'), none),
        ctrl if ctrl.starts_with("C-") && ctrl.chars().count() == 3 => {
            let c = ctrl.chars().nth(2).unwrap();
            (KeyCode::Char(c), KeyModifiers::CONTROL)
        }
        other => panic!("unknown key token <{other}>"),
    };
    key(code, modifiers)
}

/// Presses every key of `sequence` (see [`keys`]) in order.
pub fn press(app: &mut App, sequence: &str) {
    for event in keys(sequence) {
        send(app, &event);
    }
}

/// Applies every key of `sequence` as one batch of queued input: nothing is settled between
/// them, nor after (call `settle`, as the event loop does once the batch is applied).
pub fn press_batch(app: &mut App, sequence: &str) {
    for event in keys(sequence) {
        apply(app, &event);
    }
}

/// One key press without modifiers: unlike [`press`], an upper-case letter carries no Shift.
pub fn press_key(app: &mut App, code: KeyCode) {
    send(app, &key(code, KeyModifiers::NONE));
}

/// Presses each character of `text` in order, as [`press_key`] does.
pub fn type_keys(app: &mut App, text: &str) {
    for c in text.chars() {
        press_key(app, KeyCode::Char(c));
    }
}

pub fn mouse(kind: MouseEventKind, column: u16, row: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

/// A left click at a cell.
pub fn click(app: &mut App, column: u16, row: u16) {
    send(
        app,
        &mouse(MouseEventKind::Down(MouseButton::Left), column, row),
    );
}

/// One notch of the mouse wheel at a cell.
pub fn wheel(app: &mut App, column: u16, row: u16, down: bool) {
    let kind = if down {
        MouseEventKind::ScrollDown
    } else {
        MouseEventKind::ScrollUp
    };
    send(app, &mouse(kind, column, row));
}

pub fn resize(app: &mut App, width: u16, height: u16) {
    send(app, &Event::Resize(width, height));
}

/// Draws the app into a fresh `TestBackend` of the app's size.
pub fn render(app: &App) -> TestBackend {
    let mut terminal = Terminal::new(TestBackend::new(app.size().width, app.size().height))
        .expect("a test terminal");
    terminal
        .draw(|frame| rolefit::ui::draw(frame, app))
        .expect("drawing succeeds");
    terminal.backend().clone()
}

/// Every row of a buffer as text (one symbol per cell).
pub fn lines(buffer: &Buffer) -> Vec<String> {
    region(buffer, buffer.area)
}

/// The rows of `area` in a buffer as text (one symbol per cell).
pub fn region(buffer: &Buffer, area: Rect) -> Vec<String> {
    (area.top()..area.bottom())
        .map(|y| {
            (area.left()..area.right())
                .map(|x| buffer[(x, y)].symbol())
                .collect()
        })
        .collect()
}

/// The whole screen as one string, rows separated by newlines.
pub fn screen_text(buffer: &Buffer) -> String {
    lines(buffer).join("\n")
}

/// The layout the app's current size and focus give.
pub fn layout(app: &App) -> Option<Screen> {
    rolefit::layout::screen_of(app, app.size())
}

/// Id of an item, for readable assertions.
pub fn id(app: &App, item: ItemIndex) -> &str {
    &app.deck().item(item).id
}

/// Ids of the rows a pane shows, in order.
pub fn row_ids(app: &App, pane: Pane) -> Vec<String> {
    app.pane(pane)
        .rows
        .iter()
        .map(|&item| app.deck().item(item).id.to_string())
        .collect()
}

/// Id of the selected row of a pane, if it has rows.
pub fn selected_id(app: &App, pane: Pane) -> Option<String> {
    app.pane(pane)
        .selected_item()
        .map(|item| app.deck().item(item).id.to_string())
}

/// Index of an item by id, panicking with the id when it is missing.
pub fn item(app: &App, id: &str) -> ItemIndex {
    app.deck()
        .item_index(id)
        .unwrap_or_else(|| panic!("no item {id}"))
}

/// Checks that the fits the app holds are those its marks score.
pub fn fits_match_marks(app: &App) {
    assert_eq!(app.fits(), fit::score(app.deck(), app.marks()));
}

/// How far the help scrolls at the app's size: its lines less those the overlay shows.
pub fn help_max_scroll(app: &App) -> usize {
    let total = help::lines(app).len();
    let visible = help::visible_lines(help_area(app.size()));
    total.saturating_sub(visible)
}

/// Total rows shown over the three panes.
pub fn total_rows(app: &App) -> usize {
    app.panes().iter().map(|p| p.rows.len()).sum()
}

/// Whether `text` appears anywhere on the screen.
pub fn shows(backend: &TestBackend, text: &str) -> bool {
    lines(backend.buffer())
        .iter()
        .any(|line| line.contains(text))
}
