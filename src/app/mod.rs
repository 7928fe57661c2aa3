//! The state of the running explorer: what is loaded, answered, filtered, focused and selected.
//! It keeps its own invariants: answers change only through methods that bring the fits, the
//! counts and the result up to date, and state that belongs to one mode lives in that mode.

mod answers;
mod parts;
mod read;
mod rows;

use std::cell::OnceCell;
use std::path::PathBuf;
use std::time::SystemTime;

use ratatui::layout::Size;

use crate::breakdown::Breakdown;
use crate::deck::{Deck, ItemIndex, Pane};
use crate::guided::Guided;
use crate::input::LineInput;
use crate::johari::PeerView;
use crate::keymap::Keymap;
use crate::marks::{Mark, Marks};
use crate::search::{Narrowing, Searcher};
use crate::session::{FileStamp, Restored, Session, SessionLock};
use crate::style::glyphs::Glyphs;
use crate::style::theme::Theme;
use crate::summary::Summary;

pub use crate::history::Snapshots;
use answers::Answers;
pub use parts::{
    AnswerChanges, Effect, ExportPrompt, KeptOther, ModeState, Options, PaneView, Selection,
};

/// How many changed answers [`App::take_answer_changes`] lists before it says "all" instead.
const MAX_ANSWER_CHANGES: usize = 1024;

/// Everything the screen shows is read from here; only `update` changes it. Fields that
/// `update` moves freely (focus, rows, the query, the mode) are visible to the crate; those
/// with an invariant to keep are private and change through methods.
pub struct App {
    deck: Deck,
    /// The answers as saved, with their figures (see [`App::answer`]).
    saved: Answers,
    /// A what-if layer over the saved answers, while one is open: answers given there are
    /// shown, and kept (saved) or dropped as a whole, never written meanwhile.
    what_if: Option<Answers>,
    /// The explained result of the answers shown, computed when first shown (it costs a deck
    /// scan and a search) and forgotten when an answer changes.
    summary: OnceCell<Summary>,
    breakdown: OnceCell<Breakdown>,
    /// The peers' marks (names and answers on this deck), read at start beside the session.
    peers: Vec<(String, Marks)>,
    /// Each role's fit at each snapshot, worked out when the history is first drawn: snapshots
    /// change only when one is kept, not with each key.
    snapshot_fits: OnceCell<Vec<Vec<crate::fit::RoleFit>>>,
    /// The user as their peers see them, built when the result first needs it.
    peer_view: OnceCell<Option<PeerView>>,
    pub(crate) focus: Pane,
    pub(crate) panes: [PaneView; 3],
    pub(crate) mode: ModeState,
    pub(crate) query: LineInput,
    pub(crate) only_marked: bool,
    /// First line of the detail pane on screen, for the item `detail_for`; it starts at the top
    /// again whenever the selection moves to another item.
    pub(crate) detail_scroll: usize,
    pub(crate) detail_for: Option<ItemIndex>,
    /// The terminal's size, which decides the layout that mouse clicks and paging refer to.
    pub(crate) size: Size,
    pub(crate) options: Options,
    theme: Theme,
    /// Borders, gauges and markers: Unicode, or ASCII with `--ascii`.
    glyphs: Glyphs,
    keymap: Keymap,
    pub(crate) searcher: Searcher,
    /// The hits of the query typed so far, kept for narrowing and Backspace.
    pub(crate) narrowing: Narrowing,
    /// Set when the query changed and the rows wait for their ranking, with how the selection
    /// should follow; `update::settle` ranks, once however many edits came in between.
    pub(crate) stale_rows: Option<Selection>,
    /// A one-off message for the footer, cleared by the next action.
    pub(crate) status: Option<String>,
    pub(crate) should_quit: bool,
    /// The answers and position as they will be saved.
    session: Session,
    /// Where the session is saved; `None` runs without saving (`--no-session`).
    session_path: Option<PathBuf>,
    /// The session file as this process last read or wrote it (`None`: no file, as before the
    /// first save). It comes back with each save's outcome, and a save checks the file is
    /// still this one before writing over it: another program may have replaced it.
    on_disk: Option<FileStamp>,
    /// The session's lock, held until rolefit ends; saves check it is still held.
    session_lock: Option<SessionLock>,
    /// Set once the user kept a file another program put in the session's place.
    kept_other: Option<KeptOther>,
    /// What the signal thread's copy of the session lacks (see `exit::FinalState`).
    answer_changes: AnswerChanges,
    /// I/O waiting for the event loop.
    pub(crate) effects: Vec<Effect>,
    /// The guided assessment's walk, kept when the user steps out of it.
    pub(crate) guided: Guided,
    /// Whether assessment cards show which roles an item counts for.
    reveal: bool,
    /// The time stamped on each answer; replaceable so tests are repeatable.
    clock: fn() -> SystemTime,
    /// The snapshots over time, read at start beside the session.
    pub(crate) snapshots: Snapshots,
}

impl App {
    /// An explorer on `deck` with no answers yet, drawn with `theme` (built once, from the
    /// config and the colour choice).
    pub fn new(deck: Deck, keymap: Keymap, options: Options, theme: Theme, size: Size) -> App {
        let session = Session::new(&deck);
        let guided = Guided::new(deck.items().len(), session.assessment.seed, 0);
        let panes = Pane::ALL.map(|pane| PaneView {
            rows: deck.pane_range(pane).collect(),
            ..PaneView::default()
        });
        let saved = Answers::new(&deck, Marks::for_deck(&deck));
        let searcher = Searcher::new(&deck);
        App {
            deck,
            saved,
            what_if: None,
            summary: OnceCell::new(),
            breakdown: OnceCell::new(),
            peers: Vec::new(),
            peer_view: OnceCell::new(),
            snapshot_fits: OnceCell::new(),
            focus: Pane::Duties,
            panes,
            mode: ModeState::Browse,
            query: LineInput::default(),
            only_marked: false,
            detail_scroll: 0,
            detail_for: None,
            size,
            theme,
            glyphs: Glyphs::new(options.ascii),
            options,
            keymap,
            searcher,
            narrowing: Narrowing::default(),
            stale_rows: None,
            status: None,
            should_quit: false,
            session,
            session_path: None,
            on_disk: None,
            session_lock: None,
            kept_other: None,
            answer_changes: AnswerChanges::All,
            effects: Vec::new(),
            guided,
            reveal: false,
            clock: SystemTime::now,
            snapshots: Snapshots::Unavailable(
                "snapshots are kept beside the session file, and there is none".to_string(),
            ),
        }
    }

    /// The answers changed: the cached result and its breakdown are built again when next read.
    fn forget_result(&mut self) {
        self.summary.take();
        self.breakdown.take();
        self.peer_view.take();
    }

    /// Sets the answer about `item` (`None`: no answer): the fits, counts and result follow.
    /// In a what-if layer that is all; otherwise the session records it with the time, and a
    /// save is queued.
    pub fn answer(&mut self, item: ItemIndex, mark: Option<Mark>) {
        self.forget_result();
        if let Some(layer) = &mut self.what_if {
            layer.set(&self.deck, item, mark);
            return;
        }
        self.saved.set(&self.deck, item, mark);
        self.session
            .record(&self.deck, &self.saved.marks, item, (self.clock)());
        match &mut self.answer_changes {
            // Nobody has taken them for long (no event loop, as in a test): copy all instead.
            AnswerChanges::Ids(ids) if ids.len() >= MAX_ANSWER_CHANGES => {
                self.answer_changes = AnswerChanges::All;
            }
            AnswerChanges::Ids(ids) => ids.push(self.deck.item(item).id.to_string()),
            AnswerChanges::All => {}
        }
        self.effects.push(Effect::SaveSession);
    }

    /// Space on `item`: flips "I have this", or moves a difference's lean to the next role.
    pub fn toggle_answer(&mut self, item: ItemIndex) {
        self.answer(item, self.marks().toggled(&self.deck, item));
    }

    /// Opens a what-if layer over the saved answers.
    pub fn open_what_if(&mut self) {
        self.what_if = Some(self.saved.clone());
        self.forget_result();
    }

    /// Closes the what-if layer, its answers forgotten.
    pub fn drop_what_if(&mut self) {
        self.what_if = None;
        self.forget_result();
    }

    /// Closes the what-if layer and gives each of its answers that differs from the saved one
    /// as an answer of its own (recorded and saved).
    pub fn keep_what_if(&mut self) {
        let Some(layer) = self.what_if.take() else {
            return;
        };
        let changed: Vec<ItemIndex> = layer.differences_from(&self.saved).collect();
        for item in changed {
            self.answer(item, layer.marks.get(item));
        }
        self.forget_result();
    }

    /// Takes up a saved session: its answers, pane, selections and assessment progress.
    pub fn resume(&mut self, session: Session, path: Option<PathBuf>) {
        let Restored {
            marks,
            focus,
            selected,
            ignored,
        } = session.restore(&self.deck);
        self.saved = Answers::new(&self.deck, marks);
        self.what_if = None;
        self.forget_result();
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
        self.answer_changes = AnswerChanges::All;
    }

    /// Records which file the session file is now: the one just read (at start) or written (a
    /// save's outcome), or `None` for no file (after it was moved aside).
    pub fn set_on_disk(&mut self, on_disk: Option<FileStamp>) {
        self.on_disk = on_disk;
    }

    /// Keeps the session's lock until the app is dropped, for saves to check.
    pub fn hold_lock(&mut self, lock: Option<SessionLock>) {
        self.session_lock = lock;
    }

    /// From now on the session file is left as another program made it (see [`KeptOther`]).
    pub fn keep_other_file(&mut self, kept: KeptOther) {
        self.kept_other = Some(kept);
    }

    /// The answers changed since the last call, for the signal thread's copy of the session.
    pub fn take_answer_changes(&mut self) -> AnswerChanges {
        std::mem::replace(&mut self.answer_changes, AnswerChanges::Ids(Vec::new()))
    }

    /// Copies the focused pane, the selections and the assessment's progress into the session,
    /// as it is about to be saved.
    pub fn sync_session(&mut self) {
        let selected = self.panes.each_ref().map(PaneView::selected_item);
        self.session
            .record_position(&self.deck, self.focus, selected);
        self.session.assessment.position = self.guided.position;
    }

    /// Clears every answer and starts the assessment over, as after a confirmed reset.
    pub fn reset_answers(&mut self) {
        self.answer_changes = AnswerChanges::All;
        self.session.clear();
        self.saved = Answers::new(&self.deck, Marks::for_deck(&self.deck));
        self.what_if = None;
        self.forget_result();
        self.guided = Guided::new(self.deck.items().len(), self.session.assessment.seed, 0);
    }

    /// Shows `message` in the footer until the next action.
    pub fn tell(&mut self, message: String) {
        self.status = Some(message);
    }

    /// Whether assessment cards say which roles an item counts for (`--reveal`).
    pub fn set_reveal(&mut self, reveal: bool) {
        self.reveal = reveal;
    }

    /// The peers' answers read beside the session at start.
    pub fn set_peers(&mut self, peers: &crate::peers::Peers) {
        self.peers = peers.marks(&self.deck);
        self.peer_view.take();
    }

    /// The snapshots read beside the session at start, or why there are none.
    pub fn set_snapshots(&mut self, snapshots: Snapshots) {
        self.snapshots = snapshots;
        self.snapshot_fits.take();
    }

    /// Replaces the clock that stamps answers, so tests can be repeated.
    pub fn set_clock(&mut self, clock: fn() -> SystemTime) {
        self.clock = clock;
    }

    /// The effects queued since the last call, for the event loop to carry out.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    pub fn pane_mut(&mut self, pane: Pane) -> &mut PaneView {
        &mut self.panes[pane.position()]
    }
}
