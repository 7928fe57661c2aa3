//! The user's session: marks, leans, where they were and the guided assessment's progress, kept by
//! id so it survives edits of the deck (no terminal here).

mod error;
mod store;

use std::collections::BTreeMap;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::deck::{Deck, ItemIndex, Pane};
use crate::marks::{Mark, Marks};

pub use error::SessionError;
pub use store::{default_path, load, resolve_path, save, set_aside};

/// The session as stored in its RON file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// The id of the deck these answers belong to.
    pub deck: String,
    #[serde(default = "first_pane")]
    pub focus: Pane,
    /// The selected item id of each pane, by pane name.
    #[serde(default)]
    pub selected: BTreeMap<Pane, String>,
    /// Every answer by item id, including ids the deck no longer has.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    #[serde(default)]
    pub assessment: Assessment,
}

fn first_pane() -> Pane {
    Pane::Duties
}

/// One answer and when it was given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub mark: SavedMark,
    /// RFC 3339, UTC, whole seconds.
    pub changed: String,
}

/// A mark by ids rather than positions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SavedMark {
    Have,
    Lean(String),
}

/// Progress through the guided assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    /// Seeds the card order, so resuming shows the cards in the same order.
    pub seed: u64,
    /// The card the user is on, counted from 0.
    pub position: usize,
}

impl Default for Assessment {
    fn default() -> Assessment {
        Assessment {
            seed: fastrand::u64(..),
            position: 0,
        }
    }
}

/// What a session means for one deck.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    pub marks: Marks,
    pub focus: Pane,
    /// The item to select in each pane, where the saved one still exists.
    pub selected: [Option<ItemIndex>; 3],
    /// Saved answers the deck cannot take (unknown id, or a lean to a role without a side).
    pub unknown: Vec<String>,
}

impl Session {
    pub fn new(deck: &Deck) -> Session {
        Session {
            deck: deck.id.clone(),
            focus: Pane::Duties,
            selected: BTreeMap::new(),
            answers: BTreeMap::new(),
            assessment: Assessment::default(),
        }
    }

    /// The marks, focus and selection this session gives `deck`.
    pub fn restore(&self, deck: &Deck) -> Restored {
        let mut marks = Marks::for_deck(deck);
        let mut unknown = Vec::new();
        for (id, answer) in &self.answers {
            match resolve(deck, id, &answer.mark) {
                Some((item, mark)) => marks.set(item, Some(mark)),
                None => unknown.push(id.clone()),
            }
        }
        let selected = Pane::ALL.map(|pane| {
            let id = self.selected.get(&pane)?;
            deck.item_index(id).filter(|&i| deck.item(i).pane == pane)
        });
        Restored {
            marks,
            focus: self.focus,
            selected,
            unknown,
        }
    }

    /// Stores the current answer about `item` (or its absence), stamped with `now`.
    pub fn record(&mut self, deck: &Deck, marks: &Marks, item: ItemIndex, now: SystemTime) {
        let id = deck.item(item).id.to_string();
        let mark = match marks.get(item) {
            None => {
                self.answers.remove(&id);
                return;
            }
            Some(Mark::Have) => SavedMark::Have,
            Some(Mark::Lean(role)) => SavedMark::Lean(deck.roles[role].id.clone()),
        };
        let changed = humantime::format_rfc3339_seconds(now).to_string();
        self.answers.insert(id, Answer { mark, changed });
    }

    /// Remembers the focused pane and each pane's selected item.
    pub fn record_position(&mut self, deck: &Deck, focus: Pane, selected: [Option<ItemIndex>; 3]) {
        self.focus = focus;
        for (pane, item) in Pane::ALL.into_iter().zip(selected) {
            match item {
                Some(item) => self.selected.insert(pane, deck.item(item).id.to_string()),
                None => self.selected.remove(&pane),
            };
        }
    }

    /// Forgets every answer and the assessment's progress (the caller keeps a backup first).
    pub fn clear(&mut self) {
        self.answers.clear();
        self.selected.clear();
        self.focus = Pane::Duties;
        self.assessment = Assessment::default();
    }
}

fn resolve(deck: &Deck, id: &str, mark: &SavedMark) -> Option<(ItemIndex, Mark)> {
    let index = deck.item_index(id)?;
    let item = deck.item(index);
    match mark {
        SavedMark::Have if !item.is_difference() => Some((index, Mark::Have)),
        SavedMark::Lean(role_id) => {
            let role = deck.role_index(role_id).filter(|&r| item.counts_for(r))?;
            item.is_difference().then_some((index, Mark::Lean(role)))
        }
        SavedMark::Have => None,
    }
}
