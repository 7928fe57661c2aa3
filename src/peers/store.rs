//! The peers' answers on disk: `<session>.peers.ron` beside the session file (see
//! `side_files`): read bounded and checked, never written over when broken.

use std::path::{Path, PathBuf};

use super::{MAX_PEERS, Peers, clean_name};
use crate::session::{PEERS_SUFFIX, cleaned_marks, quoted};
use crate::side_files::{self, StoreError};

const WHAT: &str = "peers file";

pub fn path_beside(session: &Path) -> PathBuf {
    side_files::beside(session, PEERS_SUFFIX)
}

/// The peers at `path`; none when there is no file yet.
pub fn load(path: &Path, deck_id: &str) -> Result<Peers, StoreError> {
    let Some(peers) = side_files::load::<Peers>(path, WHAT)? else {
        return Ok(Peers::new(deck_id));
    };
    side_files::check_deck(&peers.deck, deck_id, path, WHAT)?;
    let invalid = |problem: String| StoreError::Invalid {
        what: WHAT,
        path: path.to_path_buf(),
        problem,
    };
    if peers.peers.len() > MAX_PEERS {
        return Err(invalid(format!("more than {MAX_PEERS} peers")));
    }
    let mut clean = Peers::new(&peers.deck);
    for mut peer in peers.peers {
        let name =
            clean_name(&peer.name).ok_or_else(|| invalid("a peer without a name".to_string()))?;
        if clean.peers.iter().any(|p| p.name == name) {
            return Err(invalid(format!("the peer `{name}` is given twice")));
        }
        peer.marks = cleaned_marks(peer.marks)
            .map_err(|id| invalid(format!("`{name}` holds two answers for `{id}`")))?;
        peer.name = name;
        peer.added = quoted(&peer.added);
        clean.peers.push(peer);
    }
    Ok(clean)
}

pub fn save(peers: &Peers, path: &Path) -> Result<(), StoreError> {
    side_files::save(peers, path, WHAT)
}
