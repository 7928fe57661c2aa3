//! Leaving: the exit statuses (fzf's convention), how the explorer's end is reported, and, in
//! its parts, the signals that end the explorer, its last save and the rescue of answers that
//! cannot be saved. The terminal module sets up and restores the terminal; this one decides how
//! rolefit ends.

mod final_save;
mod rescue;
mod signals;

use std::process::ExitCode;

pub use final_save::{FinalSave, Leftovers, State as FinalState};
pub use rescue::{LastSave, rescue_copy, rescue_dirs, save_before_exit, save_or_rescue};
pub use signals::{hold, main_saves, signal_exit_status, watch};

/// Every exit status and its meaning, for `--help` and the man page alike (fzf's convention).
/// The explorer ends on SIGHUP, SIGINT and SIGTERM as on `q`, then exits with 128 + the signal
/// (see `tui`); elsewhere those signals kill rolefit, and the shell reports the same number.
pub const EXIT_STATUSES: [(u8, &str); 6] = [
    (
        0,
        "success, including quitting the explorer with q or Ctrl-c",
    ),
    (1, "no match (search)"),
    (
        2,
        "error: bad arguments or an unknown id or role; a deck, config or session file that does \
         not load (the session file is left as it is); a session file open in another running \
         rolefit; no usable terminal for the explorer; or a session the explorer could not save \
         on quitting (answers not already in the file go to a rescue file, which the message \
         names)",
    ),
    (
        129,
        "hung up (SIGHUP, as when the terminal closes): the explorer first restores the terminal \
         and saves the session (answers it cannot save are rescued as for 2, but the status \
         stays 129); a further SIGHUP or SIGTERM changes nothing, and a second SIGINT only stops \
         the wait for the explorer to quit (the save is never cut short). Before the explorer \
         has the terminal, and in the other commands, the \
         signal ends rolefit at once and the shell reports the same status",
    ),
    (
        130,
        "interrupted (SIGINT), as for 129: kill -INT, or Ctrl-c before the explorer has the \
         terminal (say, while it waits for another rolefit's session lock); inside the explorer \
         Ctrl-c is a key that quits with 0",
    ),
    (143, "terminated (SIGTERM), as for 129"),
];

/// How a command ended, mapped to fzf's exit statuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    NoMatch,
    Failure,
}

impl From<Outcome> for ExitCode {
    fn from(outcome: Outcome) -> ExitCode {
        ExitCode::from(outcome.status())
    }
}

impl Outcome {
    pub fn status(self) -> u8 {
        match self {
            Outcome::Success => 0,
            Outcome::NoMatch => 1,
            Outcome::Failure => 2,
        }
    }
}

/// How the explorer ends, from whether the terminal ran well (`ran`), the last save, and the
/// exit status a signal asks for: the messages to print, in order, and the exit status. The save's
/// message comes first, and also when the terminal failed: it may hold the only copy of the
/// answers (the rescue file's path, or the session itself).
pub fn exit_report(
    ran: Result<(), String>,
    saved: Result<(), String>,
    signal_status: Option<u8>,
) -> (Vec<String>, u8) {
    let failed = ran.is_err() || saved.is_err();
    let messages: Vec<String> = [saved.err(), ran.err()].into_iter().flatten().collect();
    let status = match signal_status {
        Some(status) => status,
        None if failed => Outcome::Failure.status(),
        None => Outcome::Success.status(),
    };
    (messages, status)
}
