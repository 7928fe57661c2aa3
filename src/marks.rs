//! The user's answers: which duties and skills they have or would not do, and which side of
//! each difference they lean to.

use crate::deck::{Deck, ItemIndex, ItemKind, RoleIndex};

/// One answer about one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// "I have this" on a duty or skill.
    Have,
    /// "I lean this way" on a difference: the role whose side the user chose.
    Lean(RoleIndex),
    /// "I would not do this" on a duty or skill: a deal-breaker for every role it counts for.
    Refuse,
}

/// Answers for every item of one deck, indexed like [`Deck::items`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marks {
    by_item: Vec<Option<Mark>>,
}

impl Marks {
    /// No answers yet for a deck of `len` items.
    pub fn new(len: usize) -> Marks {
        Marks {
            by_item: vec![None; len],
        }
    }

    pub fn for_deck(deck: &Deck) -> Marks {
        Marks::new(deck.items().len())
    }

    /// How many items the answers are for: the deck's.
    pub fn len(&self) -> usize {
        self.by_item.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_item.is_empty()
    }

    pub fn get(&self, item: ItemIndex) -> Option<Mark> {
        self.by_item.get(item).copied().flatten()
    }

    /// Whether the answer about `item` is a mark: "I have this", or a lean.
    pub fn is_marked(&self, item: ItemIndex) -> bool {
        matches!(self.get(item), Some(Mark::Have | Mark::Lean(_)))
    }

    /// Whether the user would not do `item`.
    pub fn is_refused(&self, item: ItemIndex) -> bool {
        self.get(item) == Some(Mark::Refuse)
    }

    pub fn lean(&self, item: ItemIndex) -> Option<RoleIndex> {
        match self.get(item) {
            Some(Mark::Lean(role)) => Some(role),
            _ => None,
        }
    }

    pub fn set(&mut self, item: ItemIndex, mark: Option<Mark>) {
        if let Some(slot) = self.by_item.get_mut(item) {
            *slot = mark;
        }
    }

    /// What Space in the explorer makes of the answer about `item`: "I have this" flipped on a
    /// trait; on a difference, the lean moved to the next role that has a side, and after the
    /// last one back to no lean.
    pub fn toggled(&self, deck: &Deck, item: ItemIndex) -> Option<Mark> {
        match &deck.item(item).kind {
            // A refusal marked with Space becomes a plain mark, as the user now says they have it.
            ItemKind::Trait { .. } => match self.get(item) {
                Some(Mark::Have) => None,
                _ => Some(Mark::Have),
            },
            ItemKind::Difference { sides } => {
                let after = match self.lean(item) {
                    None => 0,
                    Some(role) => sides
                        .iter()
                        .position(|s| s.role == role)
                        .map_or(0, |p| p + 1),
                };
                sides.get(after).map(|side| Mark::Lean(side.role))
            }
        }
    }

    /// What `x` makes of the answer about `item`: "I would not do this" on a duty or skill, or
    /// no answer when it already was; `None` on a difference, which a side answers instead.
    pub fn refusal_toggled(&self, deck: &Deck, item: ItemIndex) -> Option<Option<Mark>> {
        match deck.item(item).kind {
            ItemKind::Trait { .. } if self.is_refused(item) => Some(None),
            ItemKind::Trait { .. } => Some(Some(Mark::Refuse)),
            ItemKind::Difference { .. } => None,
        }
    }

    /// Makes the change [`Marks::toggled`] describes.
    pub fn toggle(&mut self, deck: &Deck, item: ItemIndex) {
        self.set(item, self.toggled(deck, item));
    }

    /// Every answered item with its answer, in deck order.
    pub fn iter(&self) -> impl Iterator<Item = (ItemIndex, Mark)> + '_ {
        self.by_item
            .iter()
            .enumerate()
            .filter_map(|(index, mark)| mark.map(|m| (index, m)))
    }

    /// How many of `items` are marked (had or leaned to), refusals not counted.
    pub fn count_in(&self, items: std::ops::Range<ItemIndex>) -> usize {
        self.by_item.get(items).map_or(0, |slice| {
            slice
                .iter()
                .filter(|m| matches!(m, Some(Mark::Have | Mark::Lean(_))))
                .count()
        })
    }

    /// How many of `items` the user would not do.
    pub fn refused_in(&self, items: std::ops::Range<ItemIndex>) -> usize {
        self.by_item.get(items).map_or(0, |slice| {
            slice.iter().filter(|m| **m == Some(Mark::Refuse)).count()
        })
    }

    pub fn clear(&mut self) {
        self.by_item.fill(None);
    }
}
