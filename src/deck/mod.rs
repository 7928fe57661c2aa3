//! The deck: roles and the duties, skills and differences that count for them (no terminal here).

mod cleaning;
mod error;
mod file;
mod items;
mod load;
mod messages;
pub mod synthetic;
mod warnings;

use std::fmt;
use std::ops::Range;

pub use error::{DeckError, Located, Problem};
pub use load::Checked;
pub use warnings::{Place, Warning};

/// The deck compiled into the binary, so `rolefit` runs from any directory.
pub const BUILTIN_SOURCE: &str = include_str!("../../assets/director-vs-producer.ron");
/// How error messages name the built-in deck.
pub const BUILTIN_ORIGIN: &str = "<built-in deck>";

/// The most sides a difference may have: the guided assessment picks a side with the keys 1
/// to 9.
pub const MAX_SIDES: usize = 9;

/// Position of a role in [`Deck::roles`].
pub type RoleIndex = usize;
/// Position of an item in [`Deck::items`].
pub type ItemIndex = usize;
/// Position of a phase in [`Deck::phases`].
pub type PhaseIndex = usize;

/// The most phases a deck may have. The fit per phase has a figure for every phase and role,
/// so without a bound a file could ask for a number of figures the square of its size; and an
/// item keeps its phase in one byte.
pub const MAX_PHASES: usize = 32;

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

/// A stage of a film's life (development, production, …) that duties and skills may belong to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phase {
    pub id: String,
    pub name: String,
}

/// One duty, skill or difference, with the texts its deck file gave it. Boxed strings and
/// slices rather than `String` and `Vec`: a deck never changes once validated, and their
/// capacity fields cost 3 MB at the peak of loading a deck of 100,000 items, when the file's
/// text is still held too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub id: Box<str>,
    pub pane: Pane,
    pub title: Box<str>,
    pub detail: Box<str>,
    pub weight: u32,
    pub kind: ItemKind,
    /// The item's phase, read through [`Item::phase`]. One byte ([`MAX_PHASES`] bounds it) so
    /// that it fits beside the weight and the pane, and an item stays 80 bytes: a 100,000-item
    /// deck's peak would grow with every byte added here.
    phase: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemKind {
    /// A duty or skill: having it counts for every listed role, in role order.
    Trait { roles: Box<[RoleIndex]> },
    /// A contrast with one statement per role, in role order; leaning to a side counts for
    /// that role only.
    Difference { sides: Box<[Side]> },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Side {
    pub role: RoleIndex,
    pub text: String,
}

impl Item {
    /// The roles whose fit this item can raise, in deck order.
    pub fn roles(&self) -> impl Iterator<Item = RoleIndex> + '_ {
        let (traits, sides): (&[RoleIndex], &[Side]) = match &self.kind {
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

    /// The phase of a duty or skill that names one; never a difference's.
    pub fn phase(&self) -> Option<PhaseIndex> {
        self.phase.map(PhaseIndex::from)
    }

    pub fn sides(&self) -> &[Side] {
        match &self.kind {
            ItemKind::Difference { sides } => sides,
            ItemKind::Trait { .. } => &[],
        }
    }
}

/// A validated deck: ids are unique, every role and phase reference resolves, weights are in
/// range.
/// Built only by [`Deck::parse`] and [`Deck::load`], so that every deck has passed those checks.
#[derive(Debug, Clone)]
pub struct Deck {
    pub id: String,
    pub title: String,
    pub source: String,
    pub roles: Vec<Role>,
    /// The deck's phases in file order; empty when it has none, and then nothing shows phases.
    pub phases: Vec<Phase>,
    /// Duties, then skills, then differences, each in file order.
    items: Vec<Item>,
    pane_ranges: [Range<usize>; 3],
    /// Item positions sorted by id, for lookups by id without a second copy of every id.
    by_id: Vec<u32>,
}

impl Deck {
    /// The deck shipped inside the binary.
    pub fn builtin() -> Result<Deck, DeckError> {
        Deck::parse(BUILTIN_SOURCE, BUILTIN_ORIGIN)
    }

    /// How many items the deck has, in all panes.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Every item: duties, then skills, then differences.
    pub fn items(&self) -> std::slice::Iter<'_, Item> {
        self.items.iter()
    }

    /// The item at `index`.
    ///
    /// # Panics
    /// When `index` is not below [`Deck::len`], like slice indexing.
    pub fn item(&self, index: ItemIndex) -> &Item {
        &self.items[index]
    }

    /// The pane of the item at `index`, found from the pane ranges rather than the item:
    /// ranked hits come in no particular order, and reading each one's item was a cache miss
    /// per hit.
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

    pub fn pane_items(&self, pane: Pane) -> std::slice::Iter<'_, Item> {
        self.items[self.pane_range(pane)].iter()
    }

    pub fn item_index(&self, id: &str) -> Option<ItemIndex> {
        let found = self
            .by_id
            .binary_search_by(|&index| (*self.items[index as usize].id).cmp(id))
            .ok()?;
        Some(self.by_id[found] as usize)
    }

    /// [`Deck::item_index`] of each id of `sorted` (in ascending order, as a `BTreeMap` gives
    /// them): each search starts where the last one ended and gallops from there, so a run of
    /// ids costs far fewer comparisons than looking each up from scratch. An id out of order
    /// is still found, from the start.
    pub fn item_indices<'a>(
        &'a self,
        sorted: impl Iterator<Item = &'a str> + 'a,
    ) -> impl Iterator<Item = Option<ItemIndex>> + 'a {
        let mut from = 0;
        sorted.map(move |id| {
            let key = |position: usize| &*self.items[self.by_id[position] as usize].id;
            if from >= self.by_id.len() || key(from) > id {
                from = 0;
            }
            // Gallop: the first position past `from` whose id is not below `id`, bounded.
            let mut step = 1;
            let mut low = from;
            let mut high = from + step;
            while high < self.by_id.len() && key(high) < id {
                low = high;
                step *= 2;
                high = from + step;
            }
            // Inclusive of `high`, which may be the id itself.
            let high = (high + 1).min(self.by_id.len());
            let found = self.by_id[low..high]
                .binary_search_by(|&index| (*self.items[index as usize].id).cmp(id));
            match found {
                Ok(offset) => {
                    from = low + offset;
                    Some(self.by_id[from] as usize)
                }
                Err(offset) => {
                    from = low + offset;
                    None
                }
            }
        })
    }

    pub fn role_index(&self, id: &str) -> Option<RoleIndex> {
        self.roles.iter().position(|r| r.id == id)
    }

    pub fn has_phases(&self) -> bool {
        !self.phases.is_empty()
    }

    /// The phase `item` belongs to, if it names one.
    pub fn phase_of(&self, item: &Item) -> Option<&Phase> {
        item.phase().and_then(|phase| self.phases.get(phase))
    }

    /// Role tags joined for a list row, e.g. `Dir Pro`.
    pub fn role_tags(&self, item: &Item) -> String {
        let tags: Vec<&str> = item.roles().map(|r| self.roles[r].tag.as_str()).collect();
        tags.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::Item;

    /// The phase went into the padding beside the weight and the pane: a large deck's items
    /// cost no more for it.
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn an_item_stays_eighty_bytes() {
        assert_eq!(std::mem::size_of::<Item>(), 80);
    }
}
