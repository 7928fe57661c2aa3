//! What ranking reads of every item before it reads the item itself, built once from a deck:
//! the titles in one block, and the letters and three-character runs of each item's texts.

use super::charset::{CharSet, Trigrams};
use crate::deck::{Deck, Item, ItemIndex};

/// The deck's titles and prefilter sets, in item order. Search reads nothing else for most
/// items; the titles sit in one block because reading them from there instead of from each
/// item was measured faster (fewer cache misses).
#[derive(Debug, Clone)]
pub(super) struct Index {
    titles: String,
    /// Where each title ends in `titles`; it starts where the one before ends. Deck files are
    /// below 2 GiB (checked when loading), so the offsets fit.
    title_ends: Vec<u32>,
    letters: Vec<Letters>,
    trigrams: Vec<Trigrams>,
}

/// The characters an item's texts contain.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Letters {
    pub title: CharSet,
    /// Of its detail and sides.
    pub text: CharSet,
}

impl Index {
    pub fn new(deck: &Deck) -> Index {
        let length = deck.items().map(|item| item.title.len()).sum();
        let mut index = Index {
            titles: String::with_capacity(length),
            title_ends: Vec::with_capacity(deck.len()),
            letters: Vec::with_capacity(deck.len()),
            trigrams: Vec::with_capacity(deck.len()),
        };
        for item in deck.items() {
            index.titles.push_str(&item.title);
            index.title_ends.push(index.titles.len() as u32);
            let mut letters = Letters {
                title: CharSet::of(&item.title),
                text: CharSet::default(),
            };
            let mut trigrams = Trigrams::default();
            for text in texts(item) {
                letters.text = letters.text.union(CharSet::of(text));
                trigrams.add(text);
            }
            index.letters.push(letters);
            index.trigrams.push(trigrams);
        }
        index
    }

    /// How many items the index describes: its deck's.
    pub fn len(&self) -> usize {
        self.title_ends.len()
    }

    pub fn title(&self, index: ItemIndex) -> &str {
        let start = index
            .checked_sub(1)
            .map_or(0, |before| self.title_ends[before]);
        // Every range lies between two pushes of whole titles, so on character boundaries.
        &self.titles[start as usize..self.title_ends[index] as usize]
    }

    pub fn letters(&self, index: ItemIndex) -> Letters {
        self.letters[index]
    }

    /// The runs of three characters of the item's detail and sides.
    pub fn trigrams(&self, index: ItemIndex) -> &Trigrams {
        &self.trigrams[index]
    }
}

/// The texts of an item that a term missing its title is looked for in: its detail, then its
/// sides.
pub(super) fn texts(item: &Item) -> impl Iterator<Item = &str> {
    std::iter::once(&*item.detail).chain(item.sides().iter().map(|side| side.text.as_str()))
}
