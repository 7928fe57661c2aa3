//! The deck: roles and the duties, skills and differences that count for them (no terminal here).

mod error;
mod file;
mod load;
mod records;
pub mod synthetic;
mod warnings;

use std::fmt;
use std::ops::Range;

use crate::charset::{CharSet, Trigrams};

pub use error::{DeckError, Problem};
pub use warnings::{Place, Warning};

/// The deck compiled into the binary, so `rolefit` runs from any directory.
pub const BUILTIN_SOURCE: &str = include_str!("../../assets/director-vs-producer.ron");
/// How error messages name the built-in deck.
pub const BUILTIN_ORIGIN: &str = "<built-in deck>";

/// Position of a role in [`Deck::roles`].
pub type RoleIndex = usize;
/// Position of an item in [`Deck::items`].
pub type ItemIndex = usize;

/// The three kinds of content, in the order the deck lists and the screen shows them.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    clap::ValueEnum,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Pane {
    Duties,
    Skills,
    Differences,
}

impl Pane {
    pub const ALL: [Pane; 3] = [Pane::Duties, Pane::Skills, Pane::Differences];

    /// The lowercase name used in the deck file, the CLI and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Pane::Duties => "duties",
            Pane::Skills => "skills",
            Pane::Differences => "differences",
        }
    }

    /// The capitalised name shown as a pane title.
    pub fn title(self) -> &'static str {
        match self {
            Pane::Duties => "Duties",
            Pane::Skills => "Skills",
            Pane::Differences => "Differences",
        }
    }

    pub fn position(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Pane {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    pub id: String,
    pub name: String,
    pub summary: String,
    /// Short label shown on list rows, unique within the deck.
    pub tag: String,
}

/// One duty, skill or difference: a view into its deck, cheap to copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item<'a> {
    pub id: &'a str,
    pub pane: Pane,
    pub title: &'a str,
    pub detail: &'a str,
    pub weight: u32,
    pub kind: ItemKind<'a>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind<'a> {
    /// A duty or skill: having it counts for every listed role.
    Trait { roles: &'a [RoleIndex] },
    /// A contrast with one statement per role; leaning to a side counts for that role only.
    Difference { sides: &'a [Side] },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Side {
    pub role: RoleIndex,
    pub text: String,
}

impl<'a> Item<'a> {
    /// The roles whose fit this item can raise, in deck order.
    pub fn roles(&self) -> impl Iterator<Item = RoleIndex> + 'a {
        let (traits, sides): (&'a [RoleIndex], &'a [Side]) = match self.kind {
            ItemKind::Trait { roles } => (roles, &[]),
            ItemKind::Difference { sides } => (&[], sides),
        };
        traits.iter().copied().chain(sides.iter().map(|s| s.role))
    }

    pub fn counts_for(&self, role: RoleIndex) -> bool {
        self.roles().any(|r| r == role)
    }

    pub fn is_difference(&self) -> bool {
        matches!(self.kind, ItemKind::Difference { .. })
    }

    pub fn sides(&self) -> &'a [Side] {
        match self.kind {
            ItemKind::Difference { sides } => sides,
            ItemKind::Trait { .. } => &[],
        }
    }
}

/// Where an item's string is: byte offset and length. While the deck is built, offsets point
/// into the file's text, or at and above [`Span::EXTRA`] into the copies of strings that had
/// escapes; once built, into the deck's own text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Span {
    pub start: u32,
    pub len: u32,
}

impl Span {
    pub const EXTRA: u32 = 1 << 31;
}

/// An item as stored: spans into the deck's text instead of strings of its own.
#[derive(Debug, Clone)]
pub(crate) struct Record {
    pub id: Span,
    pub detail: Span,
    pub weight: u8,
    pub kind: RecordKind,
}

#[derive(Debug, Clone)]
pub(crate) enum RecordKind {
    /// An index into [`Deck::role_lists`]: decks repeat a few role lists many times.
    Trait { roles: u32 },
    /// A range of [`Deck::sides`].
    Difference { sides: Range<u32> },
}

/// A validated deck: ids are unique, every role reference resolves, weights are in range. Item
/// strings live in a few blocks (titles, then details and ids) rather than one allocation each,
/// so a deck costs less memory than its file.
#[derive(Debug, Clone)]
pub struct Deck {
    pub id: String,
    pub title: String,
    pub source: String,
    pub roles: Vec<Role>,
    /// Every item's id and detail, in the order the file had them, then the strings that had
    /// escapes, decoded: what the item spans point into.
    text: String,
    /// Duties, then skills, then differences, each in file order.
    records: Vec<Record>,
    role_lists: Vec<Vec<RoleIndex>>,
    sides: Vec<Side>,
    pane_ranges: [Range<usize>; 3],
    /// Item positions sorted by id, for lookups by id without a second copy of every id.
    by_id: Vec<u32>,
    /// Per item: the characters of its title, and of its detail and sides.
    letters: Vec<Letters>,
    /// Per item: the runs of three characters of its detail and sides.
    trigrams: Vec<Trigrams>,
    titles: Titles,
}

/// Every item's title, one after another in item order. Search reads nothing else for most
/// items, and reading them from one block instead of from all over the file's text was measured
/// faster (fewer cache misses).
#[derive(Debug, Clone, Default)]
pub(crate) struct Titles {
    text: String,
    /// Where each title ends in `text`; it starts where the one before ends.
    ends: Vec<u32>,
}

impl Titles {
    pub fn with_capacity(items: usize) -> Titles {
        Titles {
            text: String::new(),
            ends: Vec::with_capacity(items),
        }
    }

    /// Appends the next item's title. Deck files are below 2 GiB (checked when loading), so
    /// the offsets fit.
    pub fn push(&mut self, title: &str) {
        self.text.push_str(title);
        self.ends.push(self.text.len() as u32);
    }

    pub fn get(&self, index: ItemIndex) -> &str {
        let start = index.checked_sub(1).map_or(0, |before| self.ends[before]) as usize;
        // Every range lies between two pushes, so it is on character boundaries.
        self.text
            .get(start..self.ends[index] as usize)
            .unwrap_or_default()
    }
}

/// The characters an item's texts contain, for search's prefilter.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Letters {
    pub title: CharSet,
    pub text: CharSet,
}

impl Deck {
    /// The deck shipped inside the binary.
    pub fn builtin() -> Result<Deck, DeckError> {
        Deck::parse(BUILTIN_SOURCE, BUILTIN_ORIGIN)
    }

    /// How many items the deck has, in all panes.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Every item: duties, then skills, then differences.
    pub fn items(&self) -> impl ExactSizeIterator<Item = Item<'_>> + DoubleEndedIterator + Clone {
        (0..self.records.len()).map(|index| self.item(index))
    }

    /// The item at `index`.
    ///
    /// # Panics
    /// When `index` is not below [`Deck::len`], like slice indexing.
    pub fn item(&self, index: ItemIndex) -> Item<'_> {
        let record = &self.records[index];
        Item {
            id: self.str(record.id),
            pane: self.pane_of(index),
            title: self.titles.get(index),
            detail: self.str(record.detail),
            weight: u32::from(record.weight),
            kind: match &record.kind {
                RecordKind::Trait { roles } => ItemKind::Trait {
                    roles: &self.role_lists[*roles as usize],
                },
                RecordKind::Difference { sides } => ItemKind::Difference {
                    sides: &self.sides[sides.start as usize..sides.end as usize],
                },
            },
        }
    }

    fn str(&self, span: Span) -> &str {
        let start = span.start as usize;
        // Spans are made by the loader as it copies each string in, on character boundaries.
        self.text
            .get(start..start + span.len as usize)
            .unwrap_or_default()
    }

    /// The title of the item at `index`, without building the item.
    pub fn title(&self, index: ItemIndex) -> &str {
        self.titles.get(index)
    }

    /// The detail and the sides of the item at `index`: what search reads when a term misses
    /// the title. Building the item would also read its id, which was measured as a cache miss
    /// per item and a tenth of a search's time on a 100k deck.
    pub fn texts(&self, index: ItemIndex) -> impl Iterator<Item = &str> {
        let record = &self.records[index];
        let sides: &[Side] = match &record.kind {
            RecordKind::Difference { sides } => {
                &self.sides[sides.start as usize..sides.end as usize]
            }
            RecordKind::Trait { .. } => &[],
        };
        std::iter::once(self.str(record.detail)).chain(sides.iter().map(|side| side.text.as_str()))
    }

    /// The pane of the item at `index`, without building the item: found from the pane ranges,
    /// because ranked hits come in no particular order and reading each one's record was a
    /// cache miss per hit.
    pub fn pane_of(&self, index: ItemIndex) -> Pane {
        if index < self.pane_ranges[Pane::Skills.position()].start {
            Pane::Duties
        } else if index < self.pane_ranges[Pane::Differences.position()].start {
            Pane::Skills
        } else {
            Pane::Differences
        }
    }

    pub fn pane_range(&self, pane: Pane) -> Range<ItemIndex> {
        self.pane_ranges[pane.position()].clone()
    }

    pub fn pane_items(&self, pane: Pane) -> impl ExactSizeIterator<Item = Item<'_>> + Clone {
        self.pane_range(pane).map(|index| self.item(index))
    }

    pub fn letters(&self, index: ItemIndex) -> Letters {
        self.letters[index]
    }

    /// The runs of three characters of the item's detail and sides, for search's prefilter.
    pub fn text_trigrams(&self, index: ItemIndex) -> &Trigrams {
        &self.trigrams[index]
    }

    pub fn item_index(&self, id: &str) -> Option<ItemIndex> {
        let found = self
            .by_id
            .binary_search_by(|&index| self.str(self.records[index as usize].id).cmp(id))
            .ok()?;
        Some(self.by_id[found] as usize)
    }

    pub fn role_index(&self, id: &str) -> Option<RoleIndex> {
        self.roles.iter().position(|r| r.id == id)
    }

    /// Role tags joined for a list row, e.g. `Dir Pro`.
    pub fn role_tags(&self, item: Item) -> String {
        let tags: Vec<&str> = item.roles().map(|r| self.roles[r].tag.as_str()).collect();
        tags.join(" ")
    }
}
