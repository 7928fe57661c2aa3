//! The deck as written in RON, before validation: field names and optionality are the file format.
//! Item texts borrow from the file's text where they can (no escapes), and each pane comes in
//! chunks, so a large deck's items can be built while its file form is dropped piece by piece.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{MapAccess, SeqAccess, Visitor};

/// Items per chunk of a pane: small enough that a chunk's file form costs little beside the
/// items built from it, large enough that chunks are few.
const CHUNK: usize = 1024;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "deck")]
pub(crate) struct DeckFile<'a> {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub source: String,
    pub roles: Vec<RoleFile>,
    /// The stages of a film's life that duties and skills may name; optional, so decks without
    /// them load as before.
    #[serde(default, borrow)]
    pub phases: Vec<PhaseFile<'a>>,
    #[serde(default, borrow)]
    pub duties: Chunks<TraitFile<'a>>,
    #[serde(default, borrow)]
    pub skills: Chunks<TraitFile<'a>>,
    #[serde(default, borrow)]
    pub differences: Chunks<DifferenceFile<'a>>,
}

/// A sequence in the order written, in chunks of at most [`CHUNK`] elements: the loader drops
/// each chunk once its items are built, where a single `Vec` would hold the whole pane until
/// the last of them (4.5 MB of a 100,000-item deck's peak, beside the file's text and the
/// items).
#[derive(Debug)]
pub(crate) struct Chunks<T>(Vec<Vec<T>>);

impl<T> Default for Chunks<T> {
    fn default() -> Self {
        Chunks(Vec::new())
    }
}

impl<T> Chunks<T> {
    pub fn len(&self) -> usize {
        self.0.iter().map(Vec::len).sum()
    }
}

impl<T> IntoIterator for Chunks<T> {
    type Item = T;
    type IntoIter = std::iter::Flatten<std::vec::IntoIter<Vec<T>>>;

    /// Every element in order; each chunk is freed as soon as its last element is taken.
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter().flatten()
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Chunks<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ChunksVisitor<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for ChunksVisitor<T> {
            type Value = Chunks<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a sequence")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Chunks<T>, A::Error> {
                let mut chunks = Vec::new();
                let mut chunk = Vec::new();
                while let Some(element) = seq.next_element()? {
                    if chunk.len() == CHUNK {
                        // After a full chunk another is likely: it is allocated whole.
                        let next = Vec::with_capacity(CHUNK);
                        chunks.push(std::mem::replace(&mut chunk, next));
                    }
                    chunk.push(element);
                }
                if !chunk.is_empty() {
                    chunks.push(chunk);
                }
                Ok(Chunks(chunks))
            }
        }
        deserializer.deserialize_seq(ChunksVisitor(PhantomData))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "role")]
pub(crate) struct RoleFile {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub summary: String,
    /// A short label for list rows; derived from the name when empty.
    #[serde(default)]
    pub tag: String,
}

/// A phase borrows its texts like an item does, so a problem with its id is placed at its line
/// and column.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "phase")]
pub(crate) struct PhaseFile<'a> {
    #[serde(borrow)]
    pub id: Text<'a>,
    #[serde(borrow)]
    pub name: Text<'a>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "duty or skill")]
pub(crate) struct TraitFile<'a> {
    #[serde(borrow)]
    pub id: Text<'a>,
    #[serde(borrow)]
    pub title: Text<'a>,
    #[serde(default, borrow)]
    pub detail: Text<'a>,
    #[serde(borrow)]
    pub roles: Vec<Text<'a>>,
    /// The id of one of the deck's phases. Differences have none: a contrast between roles
    /// belongs to no single stage of a film.
    #[serde(default, borrow, deserialize_with = "some_text")]
    pub phase: Option<Text<'a>>,
    /// Signed so that a negative weight is reported as out of range rather than as a type error.
    #[serde(default = "default_weight")]
    pub weight: i64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "difference")]
pub(crate) struct DifferenceFile<'a> {
    #[serde(borrow)]
    pub id: Text<'a>,
    #[serde(borrow)]
    pub title: Text<'a>,
    #[serde(default, borrow)]
    pub detail: Text<'a>,
    #[serde(borrow)]
    pub sides: Sides<'a>,
    #[serde(default = "default_weight")]
    pub weight: i64,
}

fn default_weight() -> i64 {
    1
}

/// An optional string written as a plain string (`phase: "production"`): ron reads an `Option`
/// only as `Some("production")` unless its implicit-some extension is on for the whole file.
fn some_text<'de: 'a, 'a, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Text<'a>>, D::Error> {
    Text::deserialize(deserializer).map(Some)
}

/// A string of the file: a slice of its text, or a copy when escapes had to be decoded. (serde's
/// own `Cow<str>` always copies.)
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Text<'a>(pub Cow<'a, str>);

impl std::ops::Deref for Text<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(text)))
            }
            fn visit_str<E>(self, text: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(text.to_owned())))
            }
            fn visit_string<E>(self, text: String) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(text)))
            }
        }
        deserializer.deserialize_str(TextVisitor)
    }
}

/// A difference's `{role: text}` map in file order, keeping repeated roles so validation can
/// report them (a plain map would silently keep the last one).
#[derive(Debug, Default)]
pub(crate) struct Sides<'a>(pub Vec<(Text<'a>, Text<'a>)>);

impl<'de: 'a, 'a> Deserialize<'de> for Sides<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SidesVisitor;
        impl<'de> Visitor<'de> for SidesVisitor {
            type Value = Sides<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map from role id to text")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Sides<'de>, A::Error> {
                let mut sides = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    sides.push(entry);
                }
                Ok(Sides(sides))
            }
        }
        deserializer.deserialize_map(SidesVisitor)
    }
}
