//! The config file as written, and the check made while ron reads it: a string that hides
//! characters (controls, escape sequences, bidi controls, zero-width characters) is refused,
//! so that ron's error points at the very string.
//!
//! Why refuse rather than clean: every string here is a name matched against a fixed list (an
//! action, a key, an element, a colour, a theme), and none of those hides a character. Cleaned,
//! `"q\u{200b}uit"` would read as `quit` and a tab as Space: the file would show one thing and
//! do another. The message quotes the name cleaned, so no output carries what was hidden.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde::de::{self, Deserializer};

use crate::untrusted::text::{clean, findings};

/// The fields of the file; every one may be left out. (Errors name the struct: `config`.)
#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields, rename = "config")]
pub(super) struct File {
    pub keys: BTreeMap<Name, Vec<Name>>,
    pub theme: Name,
    pub colors: BTreeMap<Name, Name>,
    pub mouse: bool,
    pub ascii: bool,
}

impl Default for File {
    fn default() -> File {
        File {
            keys: BTreeMap::new(),
            theme: Name("dark".to_string()),
            colors: BTreeMap::new(),
            mouse: true,
            ascii: false,
        }
    }
}

/// A string from the file with nothing hidden in it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Name(pub String);

impl<'de> Deserialize<'de> for Name {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Name, D::Error> {
        let text = String::deserialize(deserializer)?;
        plain(text).map(Name)
    }
}

/// `text` when it hides nothing; otherwise the error that quotes it cleaned and says what the
/// first hidden thing is and where.
fn plain<E: de::Error>(text: String) -> Result<String, E> {
    match findings(&text).first() {
        None => Ok(text),
        Some(finding) => Err(E::custom(format!(
            "\"{}\" holds {finding}; names in a config file are plain text",
            clean(&text)
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read<T: for<'de> Deserialize<'de>>(text: &str) -> Result<T, String> {
        ron::from_str(text).map_err(|error| error.code.to_string())
    }

    #[test]
    fn a_plain_name_is_read_as_written() {
        assert_eq!(read::<Name>("\"Ctrl-é\""), Ok(Name("Ctrl-é".to_string())));
        assert_eq!(
            read::<Name>("\"👩\u{200d}💻\""),
            Ok(Name("👩\u{200d}💻".to_string()))
        );
    }

    #[test]
    fn a_name_with_anything_hidden_is_refused_and_quoted_clean() {
        assert_eq!(
            read::<Name>(r#""a\u{7}b""#),
            Err(
                "\"ab\" holds a control character (U+0007) at character 2; names in a config \
                 file are plain text"
                    .to_string()
            )
        );
    }
}
