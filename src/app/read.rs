//! What widgets, the event loop and tests read from the app: plain borrows, nothing changes.

use std::path::Path;

use ratatui::layout::Size;

use super::answers::Answers;
use super::{App, ExportPrompt, KeptOther, ModeState, Options, PaneView, Snapshots};
use crate::breakdown::{Breakdown, breakdown};
use crate::deck::{Deck, ItemIndex, Pane};
use crate::fit::RoleFit;
use crate::guided::Guided;
use crate::input::LineInput;
use crate::keymap::Keymap;
use crate::marks::Marks;
use crate::mode::Mode;
use crate::search::Searcher;
use crate::session::{FileStamp, Session, SessionLock};
use crate::style::glyphs::Glyphs;
use crate::style::theme::Theme;
use crate::summary::{Summary, summarise};

impl App {
    pub fn deck(&self) -> &Deck {
        &self.deck
    }

    /// The answers shown: the what-if layer's while one is open, else the saved ones.
    fn shown(&self) -> &Answers {
        self.what_if.as_ref().unwrap_or(&self.saved)
    }

    /// The answers shown (the what-if layer's while one is open).
    pub fn marks(&self) -> &Marks {
        &self.shown().marks
    }

    /// The answers as saved, whatever a what-if layer shows.
    pub fn saved_marks(&self) -> &Marks {
        &self.saved.marks
    }

    /// Fit of every role for the answers shown, in deck order.
    pub fn fits(&self) -> &[RoleFit] {
        &self.shown().fits
    }

    /// Fit of every role for the saved answers: the "now" of a what-if.
    pub fn saved_fits(&self) -> &[RoleFit] {
        &self.saved.fits
    }

    /// The explorer's own mode, which closing a search, the help or the result goes back to:
    /// browsing, or the what-if layer while one is open.
    pub fn explorer_mode(&self) -> ModeState {
        if self.what_if_open() {
            ModeState::WhatIf
        } else {
            ModeState::Browse
        }
    }

    /// Whether a what-if layer is open.
    pub fn what_if_open(&self) -> bool {
        self.what_if.is_some()
    }

    /// Whether `item`'s answer in the open what-if layer differs from the saved one.
    pub fn is_pending(&self, item: ItemIndex) -> bool {
        self.what_if
            .as_ref()
            .is_some_and(|layer| layer.marks.get(item) != self.saved.marks.get(item))
    }

    /// How many answers the open what-if layer changes.
    pub fn pending_count(&self) -> usize {
        self.what_if
            .as_ref()
            .map_or(0, |layer| layer.differences_from(&self.saved).count())
    }

    /// The explained result of the answers shown.
    pub fn summary(&self) -> &Summary {
        self.summary
            .get_or_init(|| summarise(&self.deck, self.marks()))
    }

    /// The fit of the answers shown, by pane and by phase, for the result's charts.
    /// The user as their peers see them (`None` without peers), by the answers shown.
    pub fn peer_view(&self) -> Option<&crate::johari::PeerView> {
        self.peer_view
            .get_or_init(|| crate::johari::peer_view(&self.deck, self.marks(), &self.peers))
            .as_ref()
    }

    pub fn breakdown(&self) -> &Breakdown {
        self.breakdown
            .get_or_init(|| breakdown(&self.deck, self.marks()))
    }

    /// How many items of `pane` are marked, out of all its items (ignoring any filter).
    pub fn marked_count(&self, pane: Pane) -> (usize, usize) {
        (
            self.shown().marked[pane.position()],
            self.deck.pane_range(pane).len(),
        )
    }

    /// How many items of `pane` the user would not do (ignoring any filter).
    pub fn refused_count(&self, pane: Pane) -> usize {
        self.shown().refused[pane.position()]
    }

    /// The kind of mode the keyboard drives.
    pub fn mode(&self) -> Mode {
        self.mode.mode()
    }

    /// The mode with its own state.
    pub fn mode_state(&self) -> &ModeState {
        &self.mode
    }

    /// The report path being typed, while it is.
    pub fn export_prompt(&self) -> Option<&ExportPrompt> {
        match &self.mode {
            ModeState::Export(prompt) => Some(prompt),
            _ => None,
        }
    }

    /// First line of the help on screen (0 while it is closed).
    pub fn help_scroll(&self) -> usize {
        match self.mode {
            ModeState::Help { scroll } => scroll,
            _ => 0,
        }
    }

    /// First line of the result on screen (0 while it is closed).
    /// The person a peer is rating, when this session is a rate-me file (`rolefit rate`).
    pub fn rating_subject(&self) -> Option<&str> {
        self.session.rating.as_ref().map(|r| r.subject.as_str())
    }

    pub fn snapshots(&self) -> &Snapshots {
        &self.snapshots
    }

    /// Each role's fit at each snapshot kept, oldest first.
    pub fn snapshot_fits(&self) -> &[Vec<RoleFit>] {
        self.snapshot_fits.get_or_init(|| match &self.snapshots {
            Snapshots::Kept(history) => history
                .snapshots
                .iter()
                .map(|s| crate::history::fits_of(&self.deck, s))
                .collect(),
            Snapshots::Unavailable(_) => Vec::new(),
        })
    }

    /// The snapshot the history shows the change since.
    pub fn history_selected(&self) -> usize {
        match self.mode {
            ModeState::History { selected } => selected,
            _ => 0,
        }
    }

    pub fn result_scroll(&self) -> usize {
        match self.mode {
            ModeState::Result { scroll } => scroll,
            _ => 0,
        }
    }

    pub fn focus(&self) -> Pane {
        self.focus
    }

    pub fn pane(&self, pane: Pane) -> &PaneView {
        &self.panes[pane.position()]
    }

    pub fn panes(&self) -> &[PaneView; 3] {
        &self.panes
    }

    /// The item under the cursor of the focused pane.
    pub fn selected_item(&self) -> Option<ItemIndex> {
        self.pane(self.focus).selected_item()
    }

    pub fn query(&self) -> &LineInput {
        &self.query
    }

    /// Whether the rows are narrowed by a query (typed now or kept from an earlier search).
    pub fn is_filtered(&self) -> bool {
        !self.query.text().trim().is_empty()
    }

    /// Whether the query changed since the rows were last ranked.
    pub fn rows_are_stale(&self) -> bool {
        self.stale_rows.is_some()
    }

    pub fn only_marked(&self) -> bool {
        self.only_marked
    }

    /// The detail's first line on screen, as last scrolled (see `detail_scroll_is_current`).
    pub fn detail_scroll(&self) -> usize {
        self.detail_scroll
    }

    /// Whether `detail_scroll` was done on the item selected now. Scrolling belongs to the item
    /// it was done on: `update` starts a new item at its top, and until it has, drawing treats
    /// the scroll as 0. (One test, so the two cannot disagree.)
    pub fn detail_scroll_is_current(&self) -> bool {
        self.detail_for == self.selected_item()
    }

    pub fn size(&self) -> Size {
        self.size
    }

    pub fn options(&self) -> Options {
        self.options
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    pub fn glyphs(&self) -> &Glyphs {
        &self.glyphs
    }

    pub fn keymap(&self) -> &Keymap {
        &self.keymap
    }

    pub fn searcher(&self) -> &Searcher {
        &self.searcher
    }

    /// The footer's one-off message, if any.
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    pub fn should_quit(&self) -> bool {
        self.should_quit
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Where the session is saved; `None` without a session file.
    pub fn session_path(&self) -> Option<&Path> {
        self.session_path.as_deref()
    }

    /// The session file as this process last read or wrote it (`None`: no file).
    pub fn on_disk(&self) -> Option<FileStamp> {
        self.on_disk
    }

    /// The session's lock, while this explorer holds it.
    pub fn session_lock(&self) -> Option<&SessionLock> {
        self.session_lock.as_ref()
    }

    /// Whether (and where its answers went when) the user kept a file another program put in
    /// the session's place: then nothing is saved to it.
    pub fn kept_other(&self) -> Option<&KeptOther> {
        self.kept_other.as_ref()
    }

    /// The effects waiting for the event loop, in order.
    pub fn effects(&self) -> &[super::Effect] {
        &self.effects
    }

    pub fn guided(&self) -> &Guided {
        &self.guided
    }

    pub fn reveal(&self) -> bool {
        self.reveal
    }

    /// The time now, by the app's clock (see [`App::set_clock`]).
    pub fn now(&self) -> std::time::SystemTime {
        (self.clock)()
    }
}
