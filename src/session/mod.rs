//! The user's session: marks, leans, where they were and the guided assessment's progress, kept by
//! id so it survives edits of the deck (no terminal here).

mod cleaning;
pub(crate) use cleaning::{cleaned_marks, quoted};
mod error;
mod ignored;
mod leftovers;
mod load;
mod lock;
mod on_disk;
mod own_files;
mod store;

use std::collections::BTreeMap;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::deck::{Deck, ItemIndex, Pane};
use crate::marks::{Mark, Marks};

pub use error::SessionError;
pub use ignored::{Ignored, Unusable, ignored_notice};
pub use leftovers::{STALE_AFTER, remove_stale_temporaries};
pub use load::{Loaded, load, load_file};
pub use lock::{InUse, LockCheck, SessionLock, lock, lock_path};
pub use on_disk::{Checked, FileStamp, save_if_unchanged, stamp_at};
pub use own_files::{HISTORY_SUFFIX, OwnFile, PEERS_SUFFIX, own_file};
pub use store::{
    NewFile, default_path, directory_of, keep_backup, real_path, resolve_path, save, save_copy,
    set_aside, to_text, write_atomically,
};

/// The most answers for ids the deck lacks that a session keeps (see
/// [`Session::drop_unknown_beyond`]): far more than edits of a deck leave behind, and few
/// enough that a save stays a matter of milliseconds.
pub const MAX_UNKNOWN_ANSWERS: usize = 10_000;

/// The session as stored in its RON file. A field rolefit does not know makes the file an
/// error (`deny_unknown_fields`): read and saved again, it would vanish without a word.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
    /// Set in a rate-me file (`rolefit invite`): these answers are a peer's view of someone
    /// else. A person's own session has none, and is written without it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
}

/// Whom a rate-me file's answers are about, and who gave them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    /// The name the cards use for the person rated: "Does Alex …?".
    pub subject: String,
    /// The peer's name, once known (`rolefit rate FILE --name NAME`).
    #[serde(default)]
    pub rater: Option<String>,
}

fn first_pane() -> Pane {
    Pane::Duties
}

/// One answer and when it was given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
    /// "I would not do this" (a deal-breaker); sessions written before it was added load
    /// unchanged, since they hold only the other two.
    Refuse,
}

/// Progress through the guided assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
    /// Saved answers the deck cannot take, and why; they stay in the file.
    pub ignored: Vec<Ignored>,
}

impl Session {
    pub fn new(deck: &Deck) -> Session {
        Session {
            deck: deck.id.clone(),
            rating: None,
            focus: Pane::Duties,
            selected: BTreeMap::new(),
            answers: BTreeMap::new(),
            assessment: Assessment::default(),
        }
    }

    /// The marks this session's answers give `deck`, by id, as [`Session::restore`] gives them.
    pub fn marks_by_id(&self) -> BTreeMap<String, SavedMark> {
        self.answers
            .iter()
            .map(|(id, answer)| (id.clone(), answer.mark.clone()))
            .collect()
    }

    /// The marks, focus and selection this session gives `deck`.
    pub fn restore(&self, deck: &Deck) -> Restored {
        let mut marks = Marks::for_deck(deck);
        let mut ignored = Vec::new();
        for (id, answer) in &self.answers {
            match resolve(deck, id, &answer.mark) {
                Ok((item, mark)) => marks.set(item, Some(mark)),
                Err(why) => ignored.push(Ignored {
                    id: id.clone(),
                    why,
                }),
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
            ignored,
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
            Some(Mark::Refuse) => SavedMark::Refuse,
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

    /// How many answers are for ids `deck` lacks.
    pub fn count_unknown(&self, deck: &Deck) -> usize {
        self.answers
            .keys()
            .filter(|id| deck.item_index(id).is_none())
            .count()
    }

    /// Drops the answers for ids `deck` lacks beyond the newest `keep` of them (by the time they
    /// were given, then by id), and returns how many went. The caller keeps the file as it was
    /// first: these are answers the user gave, for some other version of the deck.
    pub fn drop_unknown_beyond(&mut self, deck: &Deck, keep: usize) -> usize {
        let mut unknown: Vec<(&String, &String)> = self
            .answers
            .iter()
            .filter(|(id, _)| deck.item_index(id).is_none())
            .map(|(id, answer)| (&answer.changed, id))
            .collect();
        if unknown.len() <= keep {
            return 0;
        }
        unknown.sort_unstable_by(|a, b| b.cmp(a));
        let dropped: Vec<String> = unknown[keep..]
            .iter()
            .map(|(_, id)| (*id).clone())
            .collect();
        for id in &dropped {
            self.answers.remove(id);
        }
        dropped.len()
    }

    /// Forgets every answer and the assessment's progress (the caller keeps a backup first).
    pub fn clear(&mut self) {
        self.answers.clear();
        self.selected.clear();
        self.focus = Pane::Duties;
        self.assessment = Assessment::default();
    }
}

fn resolve(deck: &Deck, id: &str, mark: &SavedMark) -> Result<(ItemIndex, Mark), Unusable> {
    let index = deck.item_index(id).ok_or(Unusable::NoSuchItem)?;
    Ok((index, resolved_at(deck, index, mark)?))
}

/// The mark `mark` gives the item at `index`, or why it cannot take it.
fn resolved_at(deck: &Deck, index: ItemIndex, mark: &SavedMark) -> Result<Mark, Unusable> {
    let item = deck.item(index);
    match mark {
        SavedMark::Have if item.is_difference() => Err(Unusable::HaveOnDifference),
        SavedMark::Have => Ok(Mark::Have),
        SavedMark::Refuse if item.is_difference() => Err(Unusable::RefuseOnDifference),
        SavedMark::Refuse => Ok(Mark::Refuse),
        SavedMark::Lean(role_id) if !item.is_difference() => {
            Err(Unusable::LeanOnTrait(role_id.clone()))
        }
        SavedMark::Lean(role_id) => {
            let role = deck
                .role_index(role_id)
                .ok_or_else(|| Unusable::NoSuchRole(role_id.clone()))?;
            if item.counts_for(role) {
                Ok(Mark::Lean(role))
            } else {
                Err(Unusable::NoSide(role_id.clone()))
            }
        }
    }
}

/// The marks that `marks` (by id) give `deck`; ids the deck lacks, or marks it cannot take,
/// are left out, as [`Session::restore`] leaves them.
pub fn marks_from_ids<'a>(
    deck: &Deck,
    marks: impl IntoIterator<Item = (&'a String, &'a SavedMark)>,
) -> Marks {
    let mut restored = Marks::for_deck(deck);
    let marks: Vec<(&'a String, &'a SavedMark)> = marks.into_iter().collect();
    let indices = deck.item_indices(marks.iter().map(|(id, _)| id.as_str()));
    for (index, (_, mark)) in indices.zip(&marks) {
        if let Some(index) = index
            && let Ok(mark) = resolved_at(deck, index, mark)
        {
            restored.set(index, Some(mark));
        }
    }
    restored
}
