//! What the keyboard is driving: the modes the keymap is keyed by and the help is grouped by.

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
    /// Asking what to do about a session file another program replaced.
    Replaced,
    /// Browsing in a what-if layer: answers are tried, not kept, until the user says.
    WhatIf,
    /// Asking whether to keep the what-if answers before quitting.
    QuitWhatIf,
    /// Typing the name of a snapshot to save.
    SnapshotName,
    /// The snapshots over time: a chart of each role's fit, and the change since one of them.
    History,
}

impl Mode {
    pub const ALL: [Mode; 12] = [
        Mode::Browse,
        Mode::Search,
        Mode::Help,
        Mode::Assess,
        Mode::Result,
        Mode::ConfirmReset,
        Mode::Export,
        Mode::Replaced,
        Mode::WhatIf,
        Mode::QuitWhatIf,
        Mode::SnapshotName,
        Mode::History,
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
            Mode::Replaced => "the replaced session file",
            Mode::WhatIf => "the what-if layer",
            Mode::QuitWhatIf => "the question on quitting a what-if",
            Mode::SnapshotName => "the snapshot's name",
            Mode::History => "the history",
        }
    }

    /// The mode whose keys this one has too, beyond its own: the help and the man page list
    /// only its own. The what-if layer is browsed as the explorer is.
    pub fn extends(self) -> Option<Mode> {
        match self {
            Mode::WhatIf => Some(Mode::Browse),
            _ => None,
        }
    }

    /// Whether printable keys type text (a query or a path) in this mode.
    pub fn takes_text(self) -> bool {
        matches!(self, Mode::Search | Mode::Export | Mode::SnapshotName)
    }
}
