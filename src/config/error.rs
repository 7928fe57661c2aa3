//! What can be wrong with a config file, worded so the user can fix it: the file with the line
//! and column, or the offending name.
//!
//! No message carries a terminal control: every name quoted here was refused while the file
//! was read if it hid any character (see `file.rs`), ron's own messages are cleaned, and so is
//! the path.

use super::place::Location;
use crate::untrusted::read::ReadError;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: no such config file")]
    NotFound { path: String },

    /// The reason is part of the message, not a `source`: `main` prints the chain, which would
    /// say it twice.
    #[error("cannot read the config file `{path}`: {reason}")]
    Read { path: String, reason: ReadError },

    /// What ron refuses, and what the checks made while it reads refuse (a name given twice in
    /// a map, a string that hides characters); the message is cleaned of what it quotes.
    #[error("{path}:{line}:{column}: {message}")]
    Syntax {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },

    #[error(
        "{at}: unknown action \"{name}\" in `keys` (`rolefit config --default` lists every action)"
    )]
    UnknownAction { at: Location, name: String },

    #[error(
        "{at}: unknown key name \"{key}\" for \"{action}\" (keys are written like q, G, Ctrl-c, \
         Alt-x, Shift-Tab, Space, Enter, Esc, Up, PgDn, F1)"
    )]
    UnknownKey {
        at: Location,
        action: String,
        key: String,
    },

    #[error(
        "{at}: \"{action}\" works only while text is typed, where {key} types itself; give it \
         a key with Ctrl or Alt, or a named key such as F2"
    )]
    TypedKey {
        at: Location,
        action: String,
        key: String,
    },

    #[error(
        "{path}: key {key} is bound to both \"{first}\" and \"{second}\" in {mode}; give one of \
         them another key"
    )]
    Conflict {
        path: String,
        key: String,
        first: String,
        second: String,
        mode: &'static str,
    },

    #[error(
        "{at}: key {key} for \"{action}\" is still the key of \"{owner}\" in {mode}; give \
         \"{owner}\" other keys in `keys` as well, or choose another key for \"{action}\""
    )]
    Taken {
        at: Location,
        key: String,
        action: String,
        owner: String,
        mode: &'static str,
    },

    #[error(
        "{at}: Ctrl-c always quits rolefit, so it cannot be given to \"{action}\"; choose \
         another key"
    )]
    ReservedKey { at: Location, action: String },

    #[error("{at}: unknown theme \"{name}\" (dark, light or mono)")]
    UnknownTheme { at: Location, name: String },

    #[error("{at}: unknown element \"{name}\" in `colors` (one of: {known})")]
    UnknownElement {
        at: Location,
        name: String,
        known: String,
    },

    /// `colour` as it was written: `"chartreuse"` in quotes, a number bare.
    #[error(
        "{at}: unknown colour {colour} for \"{element}\" (a name such as red, light-blue or \
         dark-gray, #rrggbb, or a number from 0 to 255, bare or in quotes)"
    )]
    UnknownColour {
        at: Location,
        element: String,
        colour: String,
    },
}
