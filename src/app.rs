//! The state of the running explorer: what is loaded, marked, filtered, focused and selected.

use ratatui::layout::Size;

use crate::deck::{Deck, ItemIndex, Pane};
use crate::fit::{self, RoleFit};
use crate::input::LineInput;
use crate::keymap::Keymap;
use crate::marks::Marks;
use crate::search::Searcher;
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

/// Choices made on the command line that shape the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub color: bool,
    pub mouse: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            color: true,
            mouse: true,
        }
    }
}

/// Everything the screen shows is read from here; only `update` changes it.
pub struct App {
    pub deck: Deck,
    pub marks: Marks,
    /// Fit of every role for `marks`, recomputed whenever a mark changes.
    pub fits: Vec<RoleFit>,
    pub focus: Pane,
    pub panes: [PaneView; 3],
    pub mode: Mode,
    pub query: LineInput,
    pub only_marked: bool,
    /// First line of the help overlay on screen.
    pub help_scroll: usize,
    /// The terminal's size, which decides the layout that mouse clicks and paging refer to.
    pub size: Size,
    pub options: Options,
    pub theme: Theme,
    pub keymap: Keymap,
    pub searcher: Searcher,
    /// A one-off message for the footer, cleared by the next action.
    pub status: Option<String>,
    pub should_quit: bool,
}

impl App {
    pub fn new(deck: Deck, marks: Marks, keymap: Keymap, options: Options, size: Size) -> App {
        let fits = fit::score(&deck, &marks);
        let panes = Pane::ALL.map(|pane| PaneView {
            rows: deck.pane_range(pane).collect(),
            ..PaneView::default()
        });
        App {
            deck,
            marks,
            fits,
            focus: Pane::Duties,
            panes,
            mode: Mode::Browse,
            query: LineInput::default(),
            only_marked: false,
            help_scroll: 0,
            size,
            theme: Theme::new(options.color),
            options,
            keymap,
            searcher: Searcher::default(),
            status: None,
            should_quit: false,
        }
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

    /// Whether the rows are narrowed by a query (typed now or kept from an earlier search).
    pub fn is_filtered(&self) -> bool {
        !self.query.text().trim().is_empty()
    }

    /// How many items of `pane` are marked, out of all its items (ignoring any filter).
    pub fn marked_count(&self, pane: Pane) -> (usize, usize) {
        let range = self.deck.pane_range(pane);
        (self.marks.count_in(range.clone()), range.len())
    }
}
