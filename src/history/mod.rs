//! Snapshots: named, timestamped copies of a session's answers (marks, leans, deal-breakers),
//! kept so that answers can be compared over time. The model and its rules; `store` keeps it
//! in its file beside the session.

pub mod store;

use std::collections::BTreeMap;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::deck::Deck;
use crate::marks::Marks;
use crate::session::SavedMark;
use crate::untrusted::text::clean;

/// At most this many snapshots are kept: a history is read whole, so it stays bounded.
pub const MAX_SNAPSHOTS: usize = 1_000;
/// A snapshot's name is a label, not a text: at most this many characters.
pub const MAX_NAME_CHARS: usize = 64;
/// The name `diff` takes for the answers as they are now, so no snapshot may have it.
pub const NOW: &str = "now";

/// Every snapshot of one deck's session, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct History {
    pub deck: String,
    #[serde(default)]
    pub snapshots: Vec<Snapshot>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub name: String,
    /// RFC 3339, UTC, whole seconds.
    pub taken: String,
    /// The session's marks by item id, unknown ids included, as the session keeps them (without
    /// the time of each answer, which a snapshot's own time stands for).
    #[serde(default)]
    pub marks: BTreeMap<String, SavedMark>,
}

/// The snapshots the explorer can show and add to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Snapshots {
    /// Read from the file beside the session (empty when there is none yet).
    Kept(History),
    /// None can be kept or shown, and why: no session file, or a history that does not read
    /// (it is then left as it is).
    Unavailable(String),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HistoryError {
    #[error("a snapshot named `{0}` exists already; remove it first (rolefit snapshot remove)")]
    NameTaken(String),
    #[error("no snapshot named `{0}`; `rolefit snapshot list` shows them")]
    NoSuchSnapshot(String),
    #[error(
        "a snapshot name is 1 to {MAX_NAME_CHARS} characters, without control or hidden \
         characters, and not `{NOW}`"
    )]
    BadName,
    #[error("the history holds {MAX_SNAPSHOTS} snapshots already; remove some first")]
    Full,
}

impl History {
    pub fn new(deck_id: &str) -> History {
        History {
            deck: deck_id.to_string(),
            snapshots: Vec::new(),
        }
    }

    pub fn find(&self, name: &str) -> Option<&Snapshot> {
        self.snapshots.iter().find(|s| s.name == name)
    }

    /// The snapshot taken last.
    pub fn latest(&self) -> Option<&Snapshot> {
        self.snapshots.last()
    }

    /// Keeps `marks` as a snapshot named `name` (checked with [`valid_name`]), taken `now`.
    pub fn add(
        &mut self,
        name: &str,
        marks: BTreeMap<String, SavedMark>,
        now: SystemTime,
    ) -> Result<&Snapshot, HistoryError> {
        let name = valid_name(name)?;
        if self.find(&name).is_some() {
            return Err(HistoryError::NameTaken(name));
        }
        if self.snapshots.len() >= MAX_SNAPSHOTS {
            return Err(HistoryError::Full);
        }
        self.snapshots.push(Snapshot {
            name,
            taken: humantime::format_rfc3339_seconds(now).to_string(),
            marks,
        });
        Ok(self.snapshots.last().expect("just pushed"))
    }

    pub fn remove(&mut self, name: &str) -> Result<Snapshot, HistoryError> {
        let position = self
            .snapshots
            .iter()
            .position(|s| s.name == name)
            .ok_or_else(|| HistoryError::NoSuchSnapshot(clean(name).into_owned()))?;
        Ok(self.snapshots.remove(position))
    }

    /// Today's date (`2026-12-03`), or with `-2`, `-3`… when a snapshot has that name already.
    pub fn default_name(&self, now: SystemTime) -> String {
        let stamp = humantime::format_rfc3339_seconds(now).to_string();
        let date = stamp.get(..10).unwrap_or(&stamp).to_string();
        if self.find(&date).is_none() {
            return date;
        }
        (2..)
            .map(|n| format!("{date}-{n}"))
            .find(|name| self.find(name).is_none())
            .expect("some suffix is free")
    }
}

/// `name` trimmed, when it can name a snapshot: not empty, at most [`MAX_NAME_CHARS`]
/// characters, nothing a cleaning would remove (a name is typed into terminals and files), and
/// not [`NOW`].
pub fn valid_name(name: &str) -> Result<String, HistoryError> {
    let name = name.trim();
    let fits = !name.is_empty() && name.chars().count() <= MAX_NAME_CHARS;
    if fits && clean(name) == name && name != NOW {
        Ok(name.to_string())
    } else {
        Err(HistoryError::BadName)
    }
}

/// Each role's fit by a snapshot's answers.
pub fn fits_of(deck: &Deck, snapshot: &Snapshot) -> Vec<crate::fit::RoleFit> {
    crate::fit::score(deck, &marks_of(deck, snapshot))
}

/// The marks that a snapshot gives `deck`; ids the deck lacks are left out.
pub fn marks_of(deck: &Deck, snapshot: &Snapshot) -> Marks {
    crate::session::marks_from_ids(deck, &snapshot.marks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    fn day(n: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(1_796_256_000 + n * 86_400)
    }

    #[test]
    fn default_names_are_dates_made_unique() {
        let mut history = History::new("d");
        let first = history.default_name(day(0));
        assert_eq!(first.len(), 10, "{first}");
        history.add(&first, BTreeMap::new(), day(0)).unwrap();
        assert_eq!(history.default_name(day(0)), format!("{first}-2"));
        assert_ne!(history.default_name(day(1)), first);
    }

    #[test]
    fn names_are_checked_and_unique() {
        let mut history = History::new("d");
        for bad in [
            "",
            "   ",
            "now",
            "a\u{1b}[2Jb",
            "tab\tname",
            &"x".repeat(65),
        ] {
            assert_eq!(
                history.add(bad, BTreeMap::new(), day(0)).err(),
                Some(HistoryError::BadName),
                "{bad:?}"
            );
        }
        history
            .add(" film school ", BTreeMap::new(), day(0))
            .unwrap();
        assert_eq!(history.snapshots[0].name, "film school");
        assert_eq!(
            history.add("film school", BTreeMap::new(), day(1)).err(),
            Some(HistoryError::NameTaken("film school".into()))
        );
        assert!(history.remove("nope").is_err());
        assert_eq!(history.remove("film school").unwrap().name, "film school");
        assert!(history.snapshots.is_empty());
    }
}
