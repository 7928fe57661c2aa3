//! What the benchmarks share: the decks, an app sized 120x40, and one keystroke = update + draw.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;
use rolefit::app::{App, Options};
use rolefit::deck::{Deck, synthetic};
use rolefit::event::action_for;
use rolefit::keymap::Keymap;
use rolefit::search::ranking_takes_frames;
use rolefit::style::theme::Theme;
use rolefit::update::{settle, update};
use std::time::{Duration, Instant};

pub const WIDTH: u16 = 120;
pub const HEIGHT: u16 = 40;
pub const LARGE_DECK_ITEMS: usize = 100_000;

/// The typed-and-deleted queries of the issue: each is typed, then erased with Backspace.
pub const QUERIES: [&str; 4] = ["scout", "bud", "intscr", "a"];

pub fn large_deck_source() -> String {
    synthetic::deck_source(LARGE_DECK_ITEMS, synthetic::BENCH_SEED)
}

/// [`large_deck_source`] with every duty in one of five phases.
#[allow(dead_code)] // latency.rs shares this module and loads no phased deck
pub fn large_phased_deck_source() -> String {
    synthetic::deck_source_with_phases(LARGE_DECK_ITEMS, synthetic::BENCH_SEED)
}

pub fn decks() -> Vec<(&'static str, Deck)> {
    let builtin = Deck::builtin().expect("built-in deck");
    let large = Deck::parse(&large_deck_source(), "synthetic").expect("synthetic deck");
    vec![("builtin", builtin), ("100k", large)]
}

pub struct Bench {
    pub app: App,
    pub terminal: Terminal<TestBackend>,
}

impl Bench {
    pub fn new(deck: Deck) -> Bench {
        let options = Options {
            color: true,
            mouse: true,
            ascii: false,
        };
        let app = App::new(
            deck,
            Keymap::default(),
            options,
            Theme::new(options.color),
            Size::new(WIDTH, HEIGHT),
        );
        let terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("test backend");
        let mut bench = Bench { app, terminal };
        bench.draw();
        bench
    }

    /// One keystroke as the event loop handles it: map, update, draw.
    pub fn key(&mut self, code: KeyCode) {
        self.apply(code);
        self.draw();
    }

    /// One keystroke as the explorer's event loop handles a query change: on a large deck the
    /// query line is drawn first, then the ranking settles and the results are drawn. Returns
    /// how long the query line took to appear and how long the results took, both from the key.
    pub fn key_as_typed(&mut self, code: KeyCode) -> (Duration, Duration) {
        let start = Instant::now();
        self.apply(code);
        let query_first = self.app.rows_are_stale() && ranking_takes_frames(self.app.deck().len());
        if query_first {
            self.draw();
        }
        let query_shown = start.elapsed();
        settle(&mut self.app);
        self.draw();
        let results_shown = start.elapsed();
        if query_first {
            (query_shown, results_shown)
        } else {
            (results_shown, results_shown)
        }
    }

    /// Maps the key to its action and applies it, without drawing.
    fn apply(&mut self, code: KeyCode) {
        let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
        if let Some(action) = action_for(&self.app, &event) {
            update(&mut self.app, action);
        }
    }

    pub fn draw(&mut self) {
        let app = &self.app;
        self.terminal
            .draw(|frame| rolefit::ui::draw(frame, app))
            .expect("draw");
    }

    /// The keystrokes of the search sequence, after `/` opened the query line.
    pub fn search_keys() -> Vec<KeyCode> {
        let mut keys = Vec::new();
        for query in QUERIES {
            keys.extend(query.chars().map(KeyCode::Char));
            keys.extend(std::iter::repeat_n(KeyCode::Backspace, query.len()));
        }
        keys
    }
}
