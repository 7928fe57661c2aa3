//! The deck: roles and the duties, skills and differences that count for them (no terminal here).

mod error;
mod file;
mod load;
pub mod synthetic;

use std::fmt;
use std::ops::Range;

use crate::charset::CharSet;

pub use error::{DeckError, Problem};

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

/// One duty, skill or difference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub id: String,
    pub pane: Pane,
    pub title: String,
    pub detail: String,
    pub weight: u32,
    pub kind: ItemKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemKind {
    /// A duty or skill: having it counts for every listed role.
    Trait { roles: Vec<RoleIndex> },
    /// A contrast with one statement per role; leaning to a side counts for that role only.
    Difference { sides: Vec<Side> },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Side {
    pub role: RoleIndex,
    pub text: String,
}

impl Item {
    /// The roles whose fit this item can raise, in deck order.
    pub fn roles(&self) -> impl Iterator<Item = RoleIndex> + '_ {
        let (traits, sides) = match &self.kind {
            ItemKind::Trait { roles } => (roles.as_slice(), &[][..]),
            ItemKind::Difference { sides } => (&[][..], sides.as_slice()),
        };
        traits.iter().copied().chain(sides.iter().map(|s| s.role))
    }

    pub fn counts_for(&self, role: RoleIndex) -> bool {
        self.roles().any(|r| r == role)
    }

    pub fn is_difference(&self) -> bool {
        matches!(self.kind, ItemKind::Difference { .. })
    }

    pub fn sides(&self) -> &[Side] {
        match &self.kind {
            ItemKind::Difference { sides } => sides,
            ItemKind::Trait { .. } => &[],
        }
    }
}

/// A validated deck: ids are unique, every role reference resolves, weights are in range.
#[derive(Debug, Clone)]
pub struct Deck {
    pub id: String,
    pub title: String,
    pub source: String,
    pub roles: Vec<Role>,
    /// Duties, then skills, then differences, each in file order.
    items: Vec<Item>,
    pane_ranges: [Range<usize>; 3],
    /// Item positions sorted by id, for lookups by id without a second copy of every id.
    by_id: Vec<u32>,
    /// Per item: the characters of its title, and of its detail and sides.
    letters: Vec<Letters>,
}

/// The characters an item's texts contain, for search's prefilter.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Letters {
    pub title: CharSet,
    pub text: CharSet,
}

impl Letters {
    fn of(item: &Item) -> Letters {
        let text = item
            .sides()
            .iter()
            .fold(CharSet::of(&item.detail), |set, side| {
                set.union(CharSet::of(&side.text))
            });
        Letters {
            title: CharSet::of(&item.title),
            text,
        }
    }
}

impl Deck {
    /// The deck shipped inside the binary.
    pub fn builtin() -> Result<Deck, DeckError> {
        Deck::parse(BUILTIN_SOURCE, BUILTIN_ORIGIN)
    }

    pub fn items(&self) -> &[Item] {
        &self.items
    }

    pub fn item(&self, index: ItemIndex) -> &Item {
        &self.items[index]
    }

    pub fn pane_range(&self, pane: Pane) -> Range<ItemIndex> {
        self.pane_ranges[pane.position()].clone()
    }

    pub fn pane_items(&self, pane: Pane) -> &[Item] {
        &self.items[self.pane_range(pane)]
    }

    pub fn letters(&self, index: ItemIndex) -> Letters {
        self.letters[index]
    }

    pub fn item_index(&self, id: &str) -> Option<ItemIndex> {
        let found = self
            .by_id
            .binary_search_by(|&index| self.items[index as usize].id.as_str().cmp(id))
            .ok()?;
        Some(self.by_id[found] as usize)
    }

    pub fn role_index(&self, id: &str) -> Option<RoleIndex> {
        self.roles.iter().position(|r| r.id == id)
    }

    /// Role tags joined for a list row, e.g. `Dir Pro`.
    pub fn role_tags(&self, item: &Item) -> String {
        let tags: Vec<&str> = item.roles().map(|r| self.roles[r].tag.as_str()).collect();
        tags.join(" ")
    }
}
