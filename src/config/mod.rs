//! The user's config file (RON): key bindings, colours, the mouse and ASCII drawing. Loaded and
//! checked before the terminal is touched, so every mistake prints on a normal screen.

mod error;
mod file;
pub mod keys;
mod place;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ratatui::style::Color;

pub use error::ConfigError;
use file::{File, Name};
use place::locate;

use crate::action::Action;
use crate::keymap::{Key, Keymap};
use crate::style::theme::{Element, Palette, Theme};
use crate::untrusted::read::{CONFIG_LIMIT, ReadError, read_text};
use crate::untrusted::text::{clean, findings};

/// The documented example: every field at its default. `rolefit config --default` prints it
/// and the README shows it.
pub const EXAMPLE: &str = include_str!("../../assets/config.example.ron");

/// The settings a config file gives, checked and ready to use.
#[derive(Debug, Clone)]
pub struct Config {
    pub keymap: Keymap,
    pub palette: Palette,
    pub colours: Vec<(Element, Color)>,
    pub mouse: bool,
    pub ascii: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            keymap: Keymap::default(),
            palette: Palette::Dark,
            colours: Vec::new(),
            mouse: true,
            ascii: false,
        }
    }
}

impl Config {
    /// The theme to draw with; `color` false (NO_COLOR, `--no-color`) wins over everything.
    pub fn theme(&self, color: bool) -> Theme {
        Theme::build(self.palette, &self.colours, color)
    }
}

/// `$XDG_CONFIG_HOME/rolefit/config.ron` (by default `~/.config/rolefit/config.ron`), or `None`
/// when the system names no home directory.
pub fn default_path() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "rolefit")?;
    Some(dirs.config_dir().join("config.ron"))
}

/// Loads `explicit` (`--config FILE`, which must exist), else the default file if there is one;
/// without a file, the defaults. Only a regular file within [`CONFIG_LIMIT`] is read, so a
/// FIFO or a device is refused at once rather than waited on or read without end; a leading
/// byte order mark is dropped.
pub fn load(explicit: Option<&Path>) -> Result<Config, ConfigError> {
    let (path, required) = match explicit {
        Some(path) => (path.to_path_buf(), true),
        None => match default_path() {
            Some(path) => (path, false),
            None => return Ok(Config::default()),
        },
    };
    // The path may come from a stranger's script or environment as much as the file does.
    let shown = clean(&path.display().to_string()).into_owned();
    match read_text(&path, CONFIG_LIMIT) {
        Ok(text) => parse(&text, &shown),
        Err(ReadError::NotFound) if !required => Ok(Config::default()),
        Err(ReadError::NotFound) => Err(ConfigError::NotFound { path: shown }),
        Err(reason) => Err(ConfigError::Read {
            path: shown,
            reason,
        }),
    }
}

/// Parses and checks config text; `path` names it in error messages.
pub fn parse(text: &str, path: &str) -> Result<Config, ConfigError> {
    // Every field is optional, so a file with nothing in it (just created, or every line
    // commented out) means all defaults, not the syntax error ron gives for empty input.
    if is_blank(text) {
        return Ok(Config::default());
    }
    let file: File = ron::Options::default()
        .from_str(text)
        .map_err(|error| syntax_error(text, path, &error))?;
    let keymap = keymap(&file.keys.0, text, path)?;
    let theme = &file.theme.0;
    let palette = Palette::from_name(theme).ok_or_else(|| ConfigError::UnknownTheme {
        at: locate(text, path, theme, 0).0,
        name: theme.clone(),
    })?;
    let mut colours = Vec::new();
    for (Name(name), colour) in &file.colors.0 {
        let at = locate(text, path, name, 0).0;
        let element = Element::from_name(name).ok_or_else(|| ConfigError::UnknownElement {
            at,
            name: name.clone(),
            known: Element::NAMES.join(", "),
        })?;
        let parsed: Color = colour.parse().ok_or_else(|| ConfigError::UnknownColour {
            at: place::locate_value(text, path, name),
            element: name.clone(),
            colour: colour.to_string(),
        })?;
        colours.push((element, parsed));
    }
    Ok(Config {
        keymap,
        palette,
        colours,
        mouse: file.mouse,
        ascii: file.ascii,
    })
}

/// ron's error with its place and its message cleaned. An error from the checks made while
/// reading (a name given twice, a name that hides characters) is placed at the start of the
/// string it refuses, which ron's span ends at.
fn syntax_error(text: &str, path: &str, error: &ron::error::SpannedError) -> ConfigError {
    let (line, column) = match error.code {
        ron::Error::Message(_) => place::token_start(text, error.span.end.line, error.span.end.col),
        _ => crate::ron_position::error_position(text, error),
    };
    // ron quotes field and struct names as written, and an identifier may hold a zero-width
    // joiner; say what was left out, since the cleaned name can read as a right one.
    let message = error.code.to_string();
    let message = match findings(&message).first() {
        None => message,
        Some(finding) => format!(
            "{} (where it quotes the file, it left out {})",
            clean(&message),
            finding.kind
        ),
    };
    ConfigError::Syntax {
        path: path.to_string(),
        line,
        column,
        message,
    }
}

/// The default keymap with the file's keys: each listed action gets exactly its keys (quit
/// keeps Ctrl-c). A key may not go to two actions: neither to two listed ones, nor to a listed
/// one while an unlisted action still has it by default, since that action could be left with
/// no key at all.
fn keymap(keys: &BTreeMap<Name, Vec<Name>>, text: &str, path: &str) -> Result<Keymap, ConfigError> {
    let mut keymap = Keymap::default();
    // Where each key was written, to point at it if it turns out to be taken.
    let mut written: Vec<(Action, Key, String)> = Vec::new();
    for (Name(name), key_names) in keys {
        let (at, after) = locate(text, path, name, 0);
        let action = Action::from_name(name).ok_or_else(|| ConfigError::UnknownAction {
            at,
            name: name.clone(),
        })?;
        let mut parsed: Vec<Key> = Vec::new();
        for Name(key_name) in key_names {
            let at = locate(text, path, key_name, after).0;
            let key = keys::parse_key(key_name).ok_or_else(|| ConfigError::UnknownKey {
                at: at.clone(),
                action: name.clone(),
                key: key_name.clone(),
            })?;
            if key == Key::ALWAYS_QUITS && action != Action::Quit {
                return Err(ConfigError::ReservedKey {
                    at,
                    action: name.clone(),
                });
            }
            let typed_only = keymap.modes_of(&action).iter().all(|m| m.takes_text());
            if typed_only && key.types_text() {
                return Err(ConfigError::TypedKey {
                    at,
                    action: name.clone(),
                    key: key_name.clone(),
                });
            }
            if !parsed.contains(&key) {
                parsed.push(key);
            }
            written.push((action.clone(), key, at));
        }
        // Every named action is in the default table (a test checks), so this cannot fail.
        keymap.rebind(&action, &parsed);
    }
    let name = |action: &Action| action.name().unwrap_or("?").to_string();
    if let Some(taken) = keymap.taken() {
        let at = written
            .iter()
            .find(|(action, key, _)| *action == taken.second && *key == taken.key)
            .map_or_else(|| path.to_string(), |(_, _, at)| at.clone());
        return Err(ConfigError::Taken {
            at,
            key: taken.key.label(true),
            action: name(&taken.second),
            owner: name(&taken.first),
            mode: taken.mode.name(),
        });
    }
    if let Some(conflict) = keymap.conflict() {
        return Err(ConfigError::Conflict {
            path: path.to_string(),
            key: conflict.key.label(true),
            first: name(&conflict.first),
            second: name(&conflict.second),
            mode: conflict.mode.name(),
        });
    }
    Ok(keymap)
}

/// Whether `text` holds nothing but whitespace and RON comments (`// ...`, and `/* ... */`,
/// which nest). An unterminated block comment is not blank, so ron reports it.
fn is_blank(text: &str) -> bool {
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.find('\n').map_or("", |end| &after[end..]);
        } else if rest.starts_with("/*") {
            let mut depth = 0usize;
            let mut end = None;
            let mut i = 0;
            let bytes = rest.as_bytes();
            while i + 1 < bytes.len() {
                match &bytes[i..i + 2] {
                    b"/*" => {
                        depth += 1;
                        i += 2;
                    }
                    b"*/" => {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            end = Some(i);
                            break;
                        }
                    }
                    _ => i += 1,
                }
            }
            let Some(end) = end else {
                return false;
            };
            rest = &rest[end..];
        } else {
            return false;
        }
        rest = rest.trim_start();
    }
    true
}

#[cfg(test)]
mod tests {
    use super::is_blank;

    #[test]
    fn blank_means_only_whitespace_and_comments() {
        for text in [
            "",
            " \n\t",
            "// all commented out\n// (keys: {})",
            "/* a /* nested */ one */\n",
        ] {
            assert!(is_blank(text), "{text:?}");
        }
        for text in ["()", "// c\n()", "/* unterminated", "/* a /* b */", "x"] {
            assert!(!is_blank(text), "{text:?}");
        }
    }
}
