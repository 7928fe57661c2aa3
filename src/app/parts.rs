//! The pieces of the explorer's state that are not the app itself: the state each mode carries,
//! one pane's rows, the options that shape the screen, and the effects `update` asks for.

use std::path::PathBuf;

use crate::action::Conflict;
use crate::deck::ItemIndex;
use crate::input::LineInput;
use crate::mode::Mode;
use crate::session::FileStamp;

/// The mode the keyboard drives, with the state that belongs to that mode alone: it is made
/// when the mode opens and dropped when it closes, so no mode starts with another's leftovers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModeState {
    Browse,
    Search,
    Help {
        /// First line of the overlay on screen.
        scroll: usize,
    },
    Assess,
    Result {
        /// First line of the result on screen.
        scroll: usize,
    },
    ConfirmReset,
    /// Browsing a what-if layer (the layer itself is the app's: it outlives a search or the
    /// help opened from it).
    WhatIf,
    QuitWhatIf,
    Export(ExportPrompt),
    /// The snapshot's name being typed; empty takes the default (today's date).
    SnapshotName(LineInput),
    /// The history, with the snapshot whose change to now is shown.
    History {
        selected: usize,
    },
    /// The session file was replaced under rolefit: overwrite it, or keep it.
    Replaced {
        conflict: Conflict,
        /// The mode to go back to once the user has chosen.
        back: Box<ModeState>,
    },
}

impl ModeState {
    /// The kind of mode, as the keymap and the help know it.
    pub fn mode(&self) -> Mode {
        match self {
            ModeState::Browse => Mode::Browse,
            ModeState::Search => Mode::Search,
            ModeState::Help { .. } => Mode::Help,
            ModeState::Assess => Mode::Assess,
            ModeState::Result { .. } => Mode::Result,
            ModeState::ConfirmReset => Mode::ConfirmReset,
            ModeState::Export(_) => Mode::Export,
            ModeState::Replaced { .. } => Mode::Replaced,
            ModeState::WhatIf => Mode::WhatIf,
            ModeState::QuitWhatIf => Mode::QuitWhatIf,
            ModeState::SnapshotName(_) => Mode::SnapshotName,
            ModeState::History { .. } => Mode::History,
        }
    }
}

/// The report's path being typed, and the file the user was warned it would replace.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportPrompt {
    pub path: LineInput,
    /// An existing file the user was told about: Enter on the same path again replaces it.
    pub to_replace: Option<PathBuf>,
}

/// Input and output that `update` asks for. The event loop carries them out in order and sends
/// each outcome back to `update` as an action (see `effects`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the session file.
    SaveSession,
    /// Keep the session file as a timestamped backup (after saving what is pending), so the
    /// answers can then be cleared: `Action::SessionBackedUp` or `Action::BackupFailed`.
    BackUpSession,
    /// Write the Markdown report to the path typed in this prompt: `Action::Report`.
    WriteReport(ExportPrompt),
    /// Take the mouse from the terminal (`true`) or give it back so text can be selected.
    MouseCapture(bool),
    /// Keep the saved answers (not a what-if's) as a snapshot with this name:
    /// `Action::SnapshotSaved`.
    SaveSnapshot(String),
    /// Write the session file over the file now in its place, which the user was shown, if it
    /// is still that file (`None`: nothing): `Action::SessionSaved` or a new conflict.
    OverwriteSession(Option<FileStamp>),
}

/// The user kept a file another program put in the session's place: rolefit leaves it alone
/// from then on, and the answers go to a rescue file when it quits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptOther {
    /// Where the answers were rescued when the conflict was found, if any folder took them.
    pub rescue: Option<PathBuf>,
}

/// The answers changed since the signal thread's copy of the session was brought up to date
/// (see `exit::FinalState`): which ids, so that a mark updates one answer there rather than
/// copying them all, or all of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerChanges {
    Ids(Vec<String>),
    All,
}

/// What happens to each pane's selection when its rows change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    /// Stay on the same item if it is still shown (else the same row number).
    Keep,
    /// Go to the first row: the best match after the query changed.
    First,
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
