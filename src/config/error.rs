//! What can be wrong with a config file, worded so the user can fix it: the file with the line
//! and column, or the offending name.

use crate::untrusted::read::ReadError;

/// Where in the file a problem is: `config.ron:4:9`, or just the file when the name is not found.
pub type Location = String;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: no such config file")]
    NotFound { path: String },

    /// The reason is part of the message, not a `source`: `main` prints the chain, which would
    /// say it twice.
    #[error("cannot read the config file `{path}`: {reason}")]
    Read { path: String, reason: ReadError },

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

    #[error(
        "{at}: unknown colour \"{colour}\" for \"{element}\" (a name such as red, light-blue or \
         dark-gray, #rrggbb, or a number from 0 to 255)"
    )]
    UnknownColour {
        at: Location,
        element: String,
        colour: String,
    },
}

/// `path:line:column` of the first `"needle"` (quoted, as RON writes strings) at or after byte
/// `from`, and the byte offset just after it; `path` alone when it is not there.
pub fn locate(text: &str, path: &str, needle: &str, from: usize) -> (Location, usize) {
    let quoted = format!("\"{needle}\"");
    let in_comment = |offset: usize| {
        let line_start = text[..offset].rfind('\n').map_or(0, |n| n + 1);
        text[line_start..offset].contains("//")
    };
    let Some(offset) = text
        .get(from..)
        .into_iter()
        .flat_map(|rest| rest.match_indices(&quoted))
        .map(|(found, _)| from + found)
        .find(|&offset| !in_comment(offset))
    else {
        return (path.to_string(), from);
    };
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rfind('\n')
        .map_or(before, |newline| &before[newline + 1..])
        .chars()
        .count()
        + 1;
    (format!("{path}:{line}:{column}"), offset + quoted.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_counts_lines_and_characters_from_one() {
        let text = "(\n  // \"quitt\"\n  keys: {\n    \"quitt\": [\"x\"],\n  },\n)";
        let (at, after) = locate(text, "c.ron", "quitt", 0);
        assert_eq!(at, "c.ron:4:5", "not the one in the comment");
        assert_eq!(locate(text, "c.ron", "x", after).0, "c.ron:4:15");
        assert_eq!(locate(text, "c.ron", "nowhere", 0).0, "c.ron");
    }
}
