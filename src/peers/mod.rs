//! Peers' answers about the user, taken from rated rate-me files: each peer's marks by id,
//! under the name they rated with. The model and its rules; `store` keeps it beside the session.

pub mod store;

use std::collections::BTreeMap;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::deck::Deck;
use crate::marks::Marks;
use crate::session::SavedMark;

/// At most this many peers are kept.
pub const MAX_PEERS: usize = 100;
/// A peer's name is a label: at most this many characters.
pub const MAX_NAME_CHARS: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Peers {
    pub deck: String,
    #[serde(default)]
    pub peers: Vec<Peer>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Peer {
    pub name: String,
    /// When their answers were added, RFC 3339, UTC.
    pub added: String,
    #[serde(default)]
    pub marks: BTreeMap<String, SavedMark>,
}

/// What adding a peer did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    New,
    /// A peer of that name was there: their earlier answers are gone.
    Replaced,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PeersError {
    #[error("no peer named `{0}`; `rolefit peers list` shows them")]
    NoSuchPeer(String),
    #[error("{MAX_PEERS} peers are kept already; remove one first")]
    Full,
}

impl Peers {
    pub fn new(deck_id: &str) -> Peers {
        Peers {
            deck: deck_id.to_string(),
            peers: Vec::new(),
        }
    }

    /// Keeps `marks` as `name`'s answers, replacing any earlier ones of theirs.
    pub fn add(
        &mut self,
        name: &str,
        marks: BTreeMap<String, SavedMark>,
        now: SystemTime,
    ) -> Result<Added, PeersError> {
        let peer = Peer {
            name: name.to_string(),
            added: humantime::format_rfc3339_seconds(now).to_string(),
            marks,
        };
        if let Some(earlier) = self.peers.iter_mut().find(|p| p.name == name) {
            *earlier = peer;
            return Ok(Added::Replaced);
        }
        if self.peers.len() >= MAX_PEERS {
            return Err(PeersError::Full);
        }
        self.peers.push(peer);
        Ok(Added::New)
    }

    pub fn remove(&mut self, name: &str) -> Result<Peer, PeersError> {
        let position = self
            .peers
            .iter()
            .position(|p| p.name == name)
            .ok_or_else(|| {
                PeersError::NoSuchPeer(crate::untrusted::text::clean(name).into_owned())
            })?;
        Ok(self.peers.remove(position))
    }

    /// Each peer's name and marks on `deck` (ids it lacks left out).
    pub fn marks(&self, deck: &Deck) -> Vec<(String, Marks)> {
        self.peers
            .iter()
            .map(|p| {
                (
                    p.name.clone(),
                    crate::session::marks_from_ids(deck, &p.marks),
                )
            })
            .collect()
    }
}

/// A peer's name cleaned, trimmed and cut to [`MAX_NAME_CHARS`]; `None` when nothing is left.
pub fn clean_name(name: &str) -> Option<String> {
    let cleaned = crate::untrusted::text::clean(name);
    let name: String = cleaned.trim().chars().take(MAX_NAME_CHARS).collect();
    (!name.is_empty()).then_some(name)
}
