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
}

impl Mode {
    pub const ALL: [Mode; 8] = [
        Mode::Browse,
        Mode::Search,
        Mode::Help,
        Mode::Assess,
        Mode::Result,
        Mode::ConfirmReset,
        Mode::Export,
        Mode::Replaced,
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
        }
    }

    /// Whether printable keys type text (a query or a path) in this mode.
    pub fn takes_text(self) -> bool {
        matches!(self, Mode::Search | Mode::Export)
    }
}
