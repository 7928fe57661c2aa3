//! Everything the user can ask the explorer to do; `update` gives each variant its meaning.

use std::path::PathBuf;

use serde::Deserialize;

use crate::input::LineInput;

/// A request from a key, the mouse or the terminal. The unit variants can be bound to keys.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Select the previous row
    Up,
    /// Select the next row
    Down,
    /// Move the selection up one page
    PageUp,
    /// Move the selection down one page
    PageDown,
    /// Select the first row
    Top,
    /// Select the last row
    Bottom,
    /// Focus the next pane
    NextPane,
    /// Focus the previous pane
    PrevPane,
    /// Focus the Duties pane
    FocusDuties,
    /// Focus the Skills pane
    FocusSkills,
    /// Focus the Differences pane
    FocusDifferences,
    /// Mark "I have this", or move the lean of a difference to the next role
    ToggleMark,
    /// Show only the items you marked, or everything again
    ToggleOnlyMarked,
    /// Start typing a search
    StartSearch,
    /// Keep the filter and go back to browsing
    SubmitSearch,
    /// Stop typing; the filter stays until cleared
    LeaveSearch,
    /// Clear the search filter
    ClearFilter,
    /// Delete the character before the cursor
    DeleteChar,
    /// Delete the word before the cursor
    DeleteWord,
    /// Clear the whole query
    ClearQuery,
    /// Move the cursor one character left
    CursorLeft,
    /// Move the cursor one character right
    CursorRight,
    /// Open or close this help
    ToggleHelp,
    /// Close the help
    CloseHelp,
    /// Scroll the help or the result up
    ScrollUp,
    /// Scroll the help or the result down
    ScrollDown,
    /// Scroll the detail pane up a line
    ScrollDetailUp,
    /// Scroll the detail pane down a line
    ScrollDetailDown,
    /// Start or resume the guided assessment
    StartAssessment,
    /// Assessment: I have this
    AnswerHave,
    /// Assessment: I do not have this
    AnswerNotHave,
    /// Assessment: decide later
    SkipCard,
    /// Assessment: back one card
    PreviousCard,
    /// Assessment: lean to the side numbered N on a difference (0: no lean)
    PickSide(u8),
    /// Leave the assessment for the explorer; it resumes where it was
    LeaveAssessment,
    /// Show the explained result
    ShowResult,
    /// Close the result
    CloseResult,
    /// Ask to reset the session
    AskReset,
    /// Yes, reset (the old session is kept as a backup)
    ConfirmReset,
    /// No, keep the session
    CancelReset,
    /// Write the report: type its path
    StartExport,
    /// Write the report to the typed path
    SubmitExport,
    /// Do not write the report
    CancelExport,
    /// Let the terminal have the mouse (so text can be selected), or take it back
    ToggleMouse,
    /// Quit rolefit
    Quit,
    /// Type a character into the query or the path
    #[serde(skip)]
    Insert(char),
    /// The session file is kept as this backup (`None`: there was no file): clear every answer.
    /// This and the outcomes below come from the event loop's effects, never from a key.
    #[serde(skip)]
    SessionBackedUp(Option<PathBuf>),
    /// The session file could not be backed up (the message says why): nothing is reset
    #[serde(skip)]
    BackupFailed(String),
    /// The session file could not be written (the message says why); the answers stay in memory
    #[serde(skip)]
    SaveFailed(String),
    /// What became of writing the report
    #[serde(skip)]
    Report(ReportOutcome),
    /// The terminal did not change the mouse mode (the message says why)
    #[serde(skip)]
    MouseFailed(String),
    /// The terminal now has this many columns and rows
    #[serde(skip)]
    Resize { width: u16, height: u16 },
    /// A left click at this cell
    #[serde(skip)]
    Click { column: u16, row: u16 },
    /// The mouse wheel turned at this cell; `down` scrolls toward the end
    #[serde(skip)]
    Scroll { column: u16, row: u16, down: bool },
}

/// What became of a request to write the report. The three refusals carry the path as typed,
/// so that the box opens again as the user left it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportOutcome {
    Written(PathBuf),
    Failed {
        target: PathBuf,
        error: String,
    },
    /// A file is already there: the user is asked before it is replaced.
    Exists {
        typed: LineInput,
        target: PathBuf,
    },
    /// The path names the session file, which the report must never replace.
    IsSessionFile {
        typed: LineInput,
        target: PathBuf,
    },
    IsFolder {
        typed: LineInput,
        target: PathBuf,
    },
}

impl Action {
    /// Every action a key can be bound to, by the name the config file uses: the variant in
    /// snake_case, and `pick_side_N` for [`Action::PickSide`] (`pick_side_0`: no lean).
    pub const NAMED: &'static [(&'static str, Action)] = &[
        ("up", Action::Up),
        ("down", Action::Down),
        ("page_up", Action::PageUp),
        ("page_down", Action::PageDown),
        ("top", Action::Top),
        ("bottom", Action::Bottom),
        ("next_pane", Action::NextPane),
        ("prev_pane", Action::PrevPane),
        ("focus_duties", Action::FocusDuties),
        ("focus_skills", Action::FocusSkills),
        ("focus_differences", Action::FocusDifferences),
        ("toggle_mark", Action::ToggleMark),
        ("toggle_only_marked", Action::ToggleOnlyMarked),
        ("start_search", Action::StartSearch),
        ("submit_search", Action::SubmitSearch),
        ("leave_search", Action::LeaveSearch),
        ("clear_filter", Action::ClearFilter),
        ("delete_char", Action::DeleteChar),
        ("delete_word", Action::DeleteWord),
        ("clear_query", Action::ClearQuery),
        ("cursor_left", Action::CursorLeft),
        ("cursor_right", Action::CursorRight),
        ("toggle_help", Action::ToggleHelp),
        ("close_help", Action::CloseHelp),
        ("scroll_up", Action::ScrollUp),
        ("scroll_down", Action::ScrollDown),
        ("scroll_detail_up", Action::ScrollDetailUp),
        ("scroll_detail_down", Action::ScrollDetailDown),
        ("start_assessment", Action::StartAssessment),
        ("answer_have", Action::AnswerHave),
        ("answer_not_have", Action::AnswerNotHave),
        ("skip_card", Action::SkipCard),
        ("previous_card", Action::PreviousCard),
        ("pick_side_1", Action::PickSide(1)),
        ("pick_side_2", Action::PickSide(2)),
        ("pick_side_3", Action::PickSide(3)),
        ("pick_side_4", Action::PickSide(4)),
        ("pick_side_5", Action::PickSide(5)),
        ("pick_side_6", Action::PickSide(6)),
        ("pick_side_7", Action::PickSide(7)),
        ("pick_side_8", Action::PickSide(8)),
        ("pick_side_9", Action::PickSide(9)),
        ("pick_side_0", Action::PickSide(0)),
        ("leave_assessment", Action::LeaveAssessment),
        ("show_result", Action::ShowResult),
        ("close_result", Action::CloseResult),
        ("ask_reset", Action::AskReset),
        ("confirm_reset", Action::ConfirmReset),
        ("cancel_reset", Action::CancelReset),
        ("start_export", Action::StartExport),
        ("submit_export", Action::SubmitExport),
        ("cancel_export", Action::CancelExport),
        ("toggle_mouse", Action::ToggleMouse),
        ("quit", Action::Quit),
    ];

    /// The action a config file names, if any.
    pub fn from_name(name: &str) -> Option<Action> {
        Action::NAMED
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, action)| action.clone())
    }

    /// The config file's name for this action; `None` for those no key can ask for.
    pub fn name(&self) -> Option<&'static str> {
        Action::NAMED
            .iter()
            .find(|(_, action)| action == self)
            .map(|(name, _)| *name)
    }
}
