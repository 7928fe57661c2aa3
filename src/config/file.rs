//! The config file as written, and the checks made while ron reads it: a string that hides
//! characters (controls, escape sequences, bidi controls, zero-width characters) is refused, and
//! so is a map that names an entry twice, so that ron's error points at the very string.
//!
//! Why refuse rather than clean: every string here is a name matched against a fixed list (an
//! action, a key, an element, a colour, a theme), and none of those hides a character. Cleaned,
//! `"q\u{200b}uit"` would read as `quit` and a tab as Space: the file would show one thing and
//! do another. The message quotes the name cleaned, so no output carries what was hidden.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use crate::untrusted::text::{clean, findings};

/// The fields of the file; every one may be left out. (Errors name the struct: `config`.)
#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields, rename = "config")]
pub(super) struct File {
    pub keys: Keys,
    pub theme: Name,
    pub colors: Colours,
    pub mouse: bool,
    pub ascii: bool,
}

impl Default for File {
    fn default() -> File {
        File {
            keys: Keys::default(),
            theme: Name("dark".to_string()),
            colors: Colours::default(),
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

/// `keys`: each action and the keys written for it, by the action's name.
#[derive(Debug, Default)]
pub(super) struct Keys(pub BTreeMap<Name, Vec<Name>>);

impl<'de> Deserialize<'de> for Keys {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Keys, D::Error> {
        deserializer
            .deserialize_map(Entries::new("keys", "give it once, with all of its keys"))
            .map(Keys)
    }
}

/// `colors`: each element and its colour, by the element's name.
#[derive(Debug, Default)]
pub(super) struct Colours(pub BTreeMap<Name, Colour>);

impl<'de> Deserialize<'de> for Colours {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Colours, D::Error> {
        deserializer
            .deserialize_map(Entries::new("colors", "give it one colour"))
            .map(Colours)
    }
}

/// Reads a map whose names are [`Name`]s, refusing a name given twice: a map keeps one value
/// for each, so the others would be dropped without a word. The error comes as soon as the
/// second name is read, so ron places it there.
struct Entries<V> {
    field: &'static str,
    advice: &'static str,
    values: std::marker::PhantomData<V>,
}

impl<V> Entries<V> {
    fn new(field: &'static str, advice: &'static str) -> Entries<V> {
        Entries {
            field,
            advice,
            values: std::marker::PhantomData,
        }
    }
}

impl<'de, V: Deserialize<'de>> Visitor<'de> for Entries<V> {
    type Value = BTreeMap<Name, V>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a map for `{}`", self.field)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut entries = BTreeMap::new();
        while let Some(name) = map.next_key::<Name>()? {
            if entries.contains_key(&name) {
                return Err(de::Error::custom(format!(
                    "\"{}\" is in `{}` twice; {}",
                    name.0, self.field, self.advice
                )));
            }
            let value = map.next_value()?;
            entries.insert(name, value);
        }
        Ok(entries)
    }
}

/// A colour as written: text (a name, `#rrggbb` or a number in quotes) or a bare number.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Colour {
    Text(String),
    Integer(i128),
    Float(f64),
}

impl Colour {
    /// The colour it names, if any.
    pub fn parse(&self) -> Option<ratatui::style::Color> {
        match self {
            Colour::Text(text) => text.parse().ok(),
            Colour::Integer(number) => u8::try_from(*number)
                .ok()
                .map(ratatui::style::Color::Indexed),
            Colour::Float(_) => None,
        }
    }
}

impl fmt::Display for Colour {
    /// As it was written: `"red"`, `300`, `4.0`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Colour::Text(text) => write!(f, "\"{text}\""),
            Colour::Integer(number) => write!(f, "{number}"),
            Colour::Float(number) => write!(f, "{number:?}"),
        }
    }
}

impl<'de> Deserialize<'de> for Colour {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Colour, D::Error> {
        deserializer.deserialize_any(ColourVisitor)
    }
}

struct ColourVisitor;

impl Visitor<'_> for ColourVisitor {
    type Value = Colour;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "a colour: a name in quotes such as \"red\", \"#rrggbb\", or a number from 0 to 255",
        )
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Colour, E> {
        plain(text.to_string()).map(Colour::Text)
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Colour, E> {
        plain(text).map(Colour::Text)
    }

    fn visit_i64<E: de::Error>(self, number: i64) -> Result<Colour, E> {
        Ok(Colour::Integer(i128::from(number)))
    }

    fn visit_u64<E: de::Error>(self, number: u64) -> Result<Colour, E> {
        Ok(Colour::Integer(i128::from(number)))
    }

    fn visit_i128<E: de::Error>(self, number: i128) -> Result<Colour, E> {
        Ok(Colour::Integer(number))
    }

    fn visit_u128<E: de::Error>(self, number: u128) -> Result<Colour, E> {
        Ok(Colour::Integer(i128::try_from(number).unwrap_or(i128::MAX)))
    }

    fn visit_f64<E: de::Error>(self, number: f64) -> Result<Colour, E> {
        Ok(Colour::Float(number))
    }

    /// What ron makes of a bare word such as `red`, for which serde's own message would be
    /// "found a unit value".
    fn visit_unit<E: de::Error>(self) -> Result<Colour, E> {
        Err(E::custom(
            "a colour name goes in quotes (\"red\", \"#d75f00\"); a number from 0 to 255 may \
             go without",
        ))
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

    #[test]
    fn colours_are_text_or_numbers_and_display_as_written() {
        for (text, colour, shown) in [
            ("\"red\"", Colour::Text("red".to_string()), "\"red\""),
            ("42", Colour::Integer(42), "42"),
            ("-1", Colour::Integer(-1), "-1"),
            ("4.0", Colour::Float(4.0), "4.0"),
        ] {
            let read = read::<Colour>(text);
            assert_eq!(read, Ok(colour), "{text}");
            assert_eq!(read.map(|c| c.to_string()), Ok(shown.to_string()));
        }
        assert_eq!(
            Colour::Integer(42).parse(),
            Some(ratatui::style::Color::Indexed(42))
        );
        assert_eq!(Colour::Integer(256).parse(), None);
        assert_eq!(Colour::Float(4.0).parse(), None);
    }
}
