//! The state of the running explorer: what is loaded, marked, filtered, focused and selected.

use std::cell::OnceCell;
use std::path::PathBuf;
use std::time::SystemTime;

use ratatui::layout::Size;

use crate::deck::{Deck, ItemIndex, Pane};
use crate::fit::{self, RoleFit};
use crate::guided::Guided;
use crate::input::LineInput;
use crate::keymap::Keymap;
use crate::marks::Marks;
use crate::search::{Narrowing, Searcher};
use crate::session::{Restored, Session};
use crate::summary::{Summary, summarise};
use crate::ui::glyphs::Glyphs;
use crate::ui::theme::Theme;

/// What the keyboard is driving.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Moving through the panes and marking.
    Browse,
    /// Typing a query.
    Search,
    /// Reading the key bindings.
    Help,
    /// The guided assessment: one card at a time.
    Assess,
    /// The explained result.
    Result,
    /// Asking whether to reset the session.
    ConfirmReset,
    /// Typing the path to write the report to.
    Export,
}

impl Mode {
    pub const ALL: [Mode; 7] = [
        Mode::Browse,
        Mode::Search,
        Mode::Help,
        Mode::Assess,
        Mode::Result,
        Mode::ConfirmReset,
        Mode::Export,
    ];

    /// The name the help and error messages use.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Browse => "browsing",
            Mode::Search => "searching",
            Mode::Help => "the help",
            Mode::Assess => "the guided assessment",
            Mode::Result => "the result",
            Mode::ConfirmReset => "the reset question",
            Mode::Export => "the report path",
        }
    }

    /// Whether printable keys type text (a query or a path) in this mode.
    pub fn takes_text(self) -> bool {
        matches!(self, Mode::Search | Mode::Export)
    }
}

/// Input and output that `update` asks for; the event loop carries them out in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the session file.
    SaveSession,
    /// Keep the session file as a timestamped backup, then clear the answers and save.
    ResetSession,
    /// Write the Markdown report to this path.
    WriteReport(PathBuf),
    /// Take the mouse from the terminal (`true`) or give it back so text can be selected.
    MouseCapture(bool),
}

/// The rows one pane shows and where the user is in them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PaneView {
    /// Items in display order: deck order, or best match first while a query is set.
    pub rows: Vec<ItemIndex>,
    /// Index into `rows` of the selected row (0 when there are no rows).
    pub selected: usize,
    /// Index into `rows` of the first row on screen.
    pub offset: usize,
}

impl PaneView {
    pub fn selected_item(&self) -> Option<ItemIndex> {
        self.rows.get(self.selected).copied()
    }
}

/// Choices made on the command line and in the config file that shape the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub color: bool,
    /// Whether rolefit has the mouse; `M` (by default) gives it to the terminal and back.
    pub mouse: bool,
    /// Draw with ASCII characters only.
    pub ascii: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            color: true,
            mouse: true,
            ascii: false,
        }
    }
}

/// Everything the screen shows is read from here; only `update` changes it.
pub struct App {
    pub deck: Deck,
    pub marks: Marks,
    /// Fit of every role for `marks`, recomputed whenever a mark changes.
    pub fits: Vec<RoleFit>,
    /// Marked items per pane, kept with `fits` so frames do not recount them.
    marked: [usize; 3],
    /// The explained result for `marks`, computed when first shown (it costs a deck scan and a
    /// search) and forgotten when a mark changes.
    summary: OnceCell<Summary>,
    pub focus: Pane,
    pub panes: [PaneView; 3],
    pub mode: Mode,
    pub query: LineInput,
    pub only_marked: bool,
    /// First line of the detail pane on screen, for the item `detail_for`; it starts at the top
    /// again whenever the selection moves to another item.
    pub detail_scroll: usize,
    pub detail_for: Option<ItemIndex>,
    /// First line of the help overlay on screen.
    pub help_scroll: usize,
    /// The terminal's size, which decides the layout that mouse clicks and paging refer to.
    pub size: Size,
    pub options: Options,
    pub theme: Theme,
    /// Borders, gauges and markers: Unicode, or ASCII with `--ascii`.
    pub glyphs: Glyphs,
    pub keymap: Keymap,
    pub searcher: Searcher,
    /// The hits of the query typed so far, kept for narrowing and Backspace.
    pub narrowing: Narrowing,
    /// Set by the event loop while it applies a batch of queued events: query edits then only
    /// mark the rows stale, and `update::settle` ranks once for the whole batch.
    pub batching: bool,
    /// How the selection should follow when stale rows are recomputed.
    pub stale_rows: Option<crate::update::Selection>,
    /// A one-off message for the footer, cleared by the next action.
    pub status: Option<String>,
    pub should_quit: bool,
    /// The answers and position as they will be saved.
    pub session: Session,
    /// Where the session is saved; `None` runs without saving (`--no-session`).
    pub session_path: Option<PathBuf>,
    /// I/O waiting for the event loop.
    pub effects: Vec<Effect>,
    /// The guided assessment's walk, kept when the user steps out of it.
    pub guided: Guided,
    /// Whether assessment cards show which roles an item counts for.
    pub reveal: bool,
    /// The path typed for the report.
    pub prompt: LineInput,
    /// An existing file the user was warned the report would replace: Enter on it again does.
    pub report_to_replace: Option<PathBuf>,
    /// First line of the result view on screen.
    pub result_scroll: usize,
    /// The time stamped on each answer; replaceable so tests are repeatable.
    pub clock: fn() -> SystemTime,
}

impl App {
    pub fn new(deck: Deck, marks: Marks, keymap: Keymap, options: Options, size: Size) -> App {
        let session = Session::new(&deck);
        let guided = Guided::new(deck.items().len(), session.assessment.seed, 0);
        let panes = Pane::ALL.map(|pane| PaneView {
            rows: deck.pane_range(pane).collect(),
            ..PaneView::default()
        });
        let searcher = Searcher::new(&deck);
        let mut app = App {
            deck,
            marks,
            fits: Vec::new(),
            marked: [0; 3],
            summary: OnceCell::new(),
            focus: Pane::Duties,
            panes,
            mode: Mode::Browse,
            query: LineInput::default(),
            only_marked: false,
            detail_scroll: 0,
            detail_for: None,
            help_scroll: 0,
            size,
            theme: Theme::new(options.color),
            glyphs: Glyphs::new(options.ascii),
            options,
            keymap,
            searcher,
            narrowing: Narrowing::default(),
            batching: false,
            stale_rows: None,
            status: None,
            should_quit: false,
            session,
            session_path: None,
            effects: Vec::new(),
            guided,
            reveal: false,
            prompt: LineInput::default(),
            report_to_replace: None,
            result_scroll: 0,
            clock: SystemTime::now,
        };
        app.marks_changed();
        app
    }

    /// Brings what is derived from the marks up to date: call after every change of `marks`.
    pub fn marks_changed(&mut self) {
        self.fits = fit::score(&self.deck, &self.marks);
        self.marked = Pane::ALL.map(|pane| self.marks.count_in(self.deck.pane_range(pane)));
        self.summary.take();
    }

    /// The explained result of the current marks.
    pub fn summary(&self) -> &Summary {
        self.summary
            .get_or_init(|| summarise(&self.deck, &self.marks))
    }

    /// Takes up a saved session: its answers, pane, selections and assessment progress.
    pub fn resume(&mut self, session: Session, path: Option<PathBuf>) {
        let Restored {
            marks,
            focus,
            selected,
            ignored,
        } = session.restore(&self.deck);
        self.marks = marks;
        self.marks_changed();
        self.focus = focus;
        for (view, item) in self.panes.iter_mut().zip(selected) {
            if let Some(row) = item.and_then(|item| view.rows.iter().position(|&r| r == item)) {
                view.selected = row;
            }
        }
        self.guided = Guided::new(
            self.deck.items().len(),
            session.assessment.seed,
            session.assessment.position,
        );
        if let Some(notice) = crate::session::ignored_notice(&ignored) {
            self.status = Some(notice);
        }
        self.session = session;
        self.session_path = path;
    }

    /// Copies the focused pane, the selections and the assessment's progress into the session.
    pub fn sync_session(&mut self) {
        let selected = self.panes.each_ref().map(PaneView::selected_item);
        self.session
            .record_position(&self.deck, self.focus, selected);
        self.session.assessment.position = self.guided.position;
    }

    /// Clears every answer and starts the assessment over, as after a confirmed reset.
    pub fn reset(&mut self) {
        self.session.clear();
        self.marks.clear();
        self.marks_changed();
        self.guided = Guided::new(self.deck.items().len(), self.session.assessment.seed, 0);
    }

    pub fn pane(&self, pane: Pane) -> &PaneView {
        &self.panes[pane.position()]
    }

    pub fn pane_mut(&mut self, pane: Pane) -> &mut PaneView {
        &mut self.panes[pane.position()]
    }

    /// The item under the cursor of the focused pane.
    pub fn selected_item(&self) -> Option<ItemIndex> {
        self.pane(self.focus).selected_item()
    }

    /// Whether `detail_scroll` was done on the item selected now. Scrolling belongs to the item
    /// it was done on: `update` starts a new item at its top, and until it has, drawing treats
    /// the scroll as 0. (One test, so the two cannot disagree.)
    pub fn detail_scroll_is_current(&self) -> bool {
        self.detail_for == self.selected_item()
    }

    /// Whether the rows wait for a ranking slow enough that the query line is worth drawing
    /// before it. A broad query costs about 0.2 ms per thousand items on two cores (more on a
    /// slower machine) and a frame about 0.2 ms: below this many items the ranking is over in a
    /// few frames' time, and drawing twice would only add to the wait.
    pub fn ranking_is_slow(&self) -> bool {
        const SLOW_FROM_ITEMS: usize = 10_000;
        self.stale_rows.is_some() && self.deck.len() >= SLOW_FROM_ITEMS
    }

    /// Whether the rows are narrowed by a query (typed now or kept from an earlier search).
    pub fn is_filtered(&self) -> bool {
        !self.query.text().trim().is_empty()
    }

    /// How many items of `pane` are marked, out of all its items (ignoring any filter).
    pub fn marked_count(&self, pane: Pane) -> (usize, usize) {
        (
            self.marked[pane.position()],
            self.deck.pane_range(pane).len(),
        )
    }
}
