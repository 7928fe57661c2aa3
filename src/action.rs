//! Everything the explorer can be asked to do; `update` gives each variant its meaning. Each
//! action a key can do is written once below, with the words the help, the man page and the
//! config example use for it; its config name is its variant's name in snake_case.

use std::path::PathBuf;
use std::sync::LazyLock;

use crate::input::LineInput;
use crate::session::{FileStamp, OwnFile};
use crate::untrusted::read::FileKind;

/// Declares `Action` with its bindable unit variants, each documented by the one description
/// the screens show, then the variants no key can ask for, as written.
macro_rules! actions {
    (
        bindable { $( $variant:ident : $description:literal, )* }
        $( $rest:tt )*
    ) => {
        /// A request from a key, the mouse, the terminal or an effect's outcome. The unit
        /// variants and [`Action::PickSide`] can be bound to keys.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum Action {
            $( #[doc = $description] $variant, )*
            $( $rest )*
        }

        impl Action {
            /// The bindable unit variants with their names as written in the code.
            const UNIT: &'static [(&'static str, Action)] =
                &[ $( (stringify!($variant), Action::$variant), )* ];

            /// What the help, the man page and the config example say this action does;
            /// `None` for those no key can ask for.
            pub fn description(&self) -> Option<&'static str> {
                match self {
                    $( Action::$variant => Some($description), )*
                    Action::PickSide(0) => Some(NO_SIDE),
                    Action::PickSide(_) => Some(NUMBERED_SIDE),
                    _ => None,
                }
            }
        }
    };
}

const NUMBERED_SIDE: &str = "On a difference: lean to that numbered side";
const NO_SIDE: &str = "On a difference: no lean";

actions! {
    bindable {
        Up: "Select the previous row",
        Down: "Select the next row",
        PageUp: "Up one page",
        PageDown: "Down one page",
        Top: "Select the first row",
        Bottom: "Select the last row",
        NextPane: "Focus the next pane",
        PrevPane: "Focus the previous pane",
        FocusDuties: "Focus Duties",
        FocusSkills: "Focus Skills",
        FocusDifferences: "Focus Differences",
        ToggleMark: "Mark \"I have this\"; on a difference, lean to the next role",
        ToggleRefusal: "Mark \"I would not do this\": a deal-breaker for its roles",
        ToggleOnlyMarked: "Show only marked items, or all",
        StartSearch: "Search all panes",
        SubmitSearch: "Keep the filter and browse",
        LeaveSearch: "Stop typing (Esc again clears the filter)",
        ClearFilter: "Clear the search filter",
        DeleteChar: "Delete the character before the cursor",
        DeleteWord: "Delete the word before the cursor",
        ClearQuery: "Clear the query",
        CursorLeft: "Move the cursor left",
        CursorRight: "Move the cursor right",
        ToggleHelp: "Show this help",
        CloseHelp: "Close the help",
        ScrollUp: "Scroll up",
        ScrollDown: "Scroll down",
        ScrollDetailUp: "Scroll the detail up",
        ScrollDetailDown: "Scroll the detail down",
        StartAssessment: "Guided assessment, one card at a time",
        AnswerHave: "I have this",
        AnswerNotHave: "I do not have this",
        AnswerRefuse: "I would not do this (a deal-breaker)",
        SkipCard: "Skip: decide later",
        PreviousCard: "Back one card",
        LeaveAssessment: "Back to the explorer (the assessment resumes later)",
        ShowResult: "Show the explained result",
        CloseResult: "Back to the explorer",
        AskReset: "Reset: clear every answer (a backup is kept)",
        ConfirmReset: "Yes, reset (the old session is kept as a backup)",
        CancelReset: "No, keep everything",
        StartExport: "Write the report to a file",
        SubmitExport: "Write the report to this path",
        CancelExport: "Do not write it",
        OverwriteSession: "Overwrite the session file with your answers",
        KeepOtherSession: "Keep the other file; stop saving to it (your answers are kept apart)",
        ToggleMouse: "Mouse on or off (off: the terminal selects text)",
        StartWhatIf: "What if: try answers without keeping them",
        KeepWhatIf: "Keep the what-if answers: they are saved",
        DropWhatIf: "Drop the what-if answers",
        AskQuit: "Quit (asks whether to keep the what-if answers)",
        KeepAndQuit: "Keep the what-if answers, then quit",
        DropAndQuit: "Drop the what-if answers, then quit",
        CancelQuit: "Back to the what-if",
        StartSnapshot: "Save a snapshot of your answers, to compare later",
        SubmitSnapshot: "Save the snapshot (an empty name takes today's date)",
        CancelSnapshot: "Do not save it",
        ShowHistory: "Your snapshots over time, and what changed since each",
        CloseHistory: "Back to the explorer",
        Quit: "Quit",
    }
    /// On a difference card, lean to the side numbered N (0: no lean); named `pick_side_N`.
    PickSide(u8),
    /// Type a character into the query or the path
    Insert(char),
    /// The session file is kept as this backup (`None`: there was no file): clear every answer.
    /// This and the outcomes below come from the event loop's effects, never from a key.
    SessionBackedUp(Option<PathBuf>),
    /// The session file could not be backed up (the message says why): nothing is reset
    BackupFailed(String),
    /// The session file could not be written (the message says why); the answers stay in memory
    SaveFailed(String),
    /// The session file was written, and is now this file
    SessionSaved(FileStamp),
    /// The session file is not the one rolefit last read or wrote, so it was not written: the
    /// user chooses what happens to it
    SessionReplaced(Conflict),
    /// What became of writing the report
    Report(ReportOutcome),
    /// The snapshot was kept (the history as now saved, and the name it was given), or why not
    SnapshotSaved(Result<(crate::history::History, String), String>),
    /// The terminal did not change the mouse mode (the message says why)
    MouseFailed(String),
    /// The terminal now has this many columns and rows
    Resize { width: u16, height: u16 },
    /// A left click at this cell
    Click { column: u16, row: u16 },
    /// A right click at this cell: on a row, "I would not do this"
    RightClick { column: u16, row: u16 },
    /// The mouse wheel turned at this cell; `down` scrolls toward the end
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
    /// The path names one of rolefit's own files (the session, a lock, a backup, a rescued
    /// session, a save in progress), which the report must never replace.
    IsOwnFile {
        typed: LineInput,
        target: PathBuf,
        own: OwnFile,
    },
    /// The path names something that is not a regular file (a folder, a device, a pipe);
    /// `kind` says which.
    NotAFile {
        typed: LineInput,
        target: PathBuf,
        kind: FileKind,
    },
}

/// What a save found in the session file's place instead of the file rolefit last read or wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub cause: ConflictCause,
    /// The file at the path now (`None`: nothing is there), which the user may choose to
    /// overwrite: only this very file is.
    pub found: Option<FileStamp>,
    /// Where the answers went instead, so that both are kept; or why no folder took them.
    pub rescue: Result<PathBuf, String>,
}

/// Why the session file was not written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictCause {
    /// Another file is at the path: another program moved or wrote one there.
    Replaced,
    /// Nothing is at the path any more.
    Removed,
    /// The session's lock file was removed, and another rolefit has locked a new one: the
    /// session is open there too.
    InUse,
}

/// `PageUp` as `page_up`: how the config file names an action.
fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for (position, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && position > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// Every bindable action by its config name, in the order above, the numbered sides before
/// `pick_side_0` and after `previous_card`, as the config example lists them.
static NAMED: LazyLock<Vec<(String, Action)>> = LazyLock::new(|| {
    let mut named = Vec::new();
    for (name, action) in Action::UNIT {
        named.push((snake_case(name), action.clone()));
        if *action == Action::PreviousCard {
            for side in (1..=9).chain([0]) {
                named.push((format!("pick_side_{side}"), Action::PickSide(side)));
            }
        }
    }
    named
});

impl Action {
    /// Every action a key can be bound to, by the name the config file uses: the variant in
    /// snake_case, and `pick_side_N` for [`Action::PickSide`] (`pick_side_0`: no lean).
    pub fn named() -> impl Iterator<Item = (&'static str, &'static Action)> {
        NAMED.iter().map(|(name, action)| (name.as_str(), action))
    }

    /// The action a config file names, if any.
    pub fn from_name(name: &str) -> Option<Action> {
        Action::named()
            .find(|(n, _)| *n == name)
            .map(|(_, action)| action.clone())
    }

    /// The config file's name for this action; `None` for those no key can ask for.
    pub fn name(&self) -> Option<&'static str> {
        Action::named()
            .find(|(_, action)| *action == self)
            .map(|(name, _)| name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_variants_in_snake_case() {
        assert_eq!(Action::Up.name(), Some("up"));
        assert_eq!(Action::ToggleOnlyMarked.name(), Some("toggle_only_marked"));
        assert_eq!(Action::PickSide(0).name(), Some("pick_side_0"));
        assert_eq!(
            Action::from_name("scroll_detail_down"),
            Some(Action::ScrollDetailDown)
        );
        assert_eq!(Action::from_name("Up"), None);
        assert_eq!(Action::Insert('x').name(), None);
    }

    #[test]
    fn every_named_action_has_a_description() {
        for (name, action) in Action::named() {
            assert!(action.description().is_some(), "{name}");
        }
        assert_eq!(Action::named().count(), Action::UNIT.len() + 10);
    }
}
