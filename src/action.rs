//! Everything the user can ask the explorer to do; `update` gives each variant its meaning.

use serde::Deserialize;

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
    /// Quit rolefit
    Quit,
    /// Type a character into the query or the path
    #[serde(skip)]
    Insert(char),
    /// Clear every answer (sent once the old session file is backed up)
    #[serde(skip)]
    Reset,
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
