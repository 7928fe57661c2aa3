//! The user as they see themselves and as their peers see them, in the frame of the Johari
//! window (Luft and Ingham, 1955): traits both see (open), only the user sees (hidden), only
//! peers see (blind spot), neither sees (unknown); each role's fit both ways; and the biggest
//! disagreements first. Duties and skills are traits one has or not; differences take a side,
//! so they count in the fits and the disagreements, not in the four areas.

use crate::deck::{Deck, ItemIndex, Pane, RoleIndex};
use crate::fit::{self, RoleFit};
use crate::marks::{Mark, Marks};

/// An item and how many of the peers marked it (or leaned the way the peers lean).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seen {
    pub item: ItemIndex,
    pub by_peers: usize,
    pub of: usize,
}

/// The four areas of one pane's traits, heaviest first within each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Window {
    pub open: Vec<Seen>,
    pub hidden: Vec<Seen>,
    pub blind: Vec<Seen>,
    pub unknown: Vec<Seen>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PeerView {
    pub names: Vec<String>,
    /// Each role's fit as the user sees it and as the peers do, in deck order.
    pub roles: Vec<(RoleFit, RoleFit)>,
    /// The duties' and the skills' windows.
    pub windows: Vec<(Pane, Window)>,
    /// Items the user and the peers answer apart, the widest gaps (then the heaviest) first.
    pub disagreements: Vec<Seen>,
}

/// The peers' view of `deck` from `peers` (each a name and marks), beside the user's `own`;
/// `None` without peers. An item counts as seen by the peers when at least half of them marked
/// it; a difference leans the peers' way when at least half of them lean to one side.
pub fn peer_view(deck: &Deck, own: &Marks, peers: &[(String, Marks)]) -> Option<PeerView> {
    if peers.is_empty() {
        return None;
    }
    let of = peers.len();
    let mut theirs = Marks::for_deck(deck);
    let mut windows: Vec<(Pane, Window)> = [Pane::Duties, Pane::Skills]
        .into_iter()
        .map(|pane| (pane, Window::default()))
        .collect();
    let mut disagreements: Vec<(usize, Seen)> = Vec::new();
    for (item, entry) in deck.items().enumerate() {
        if entry.is_difference() {
            let (side, by_peers) = majority_side(deck, item, peers);
            if let Some(side) = side.filter(|_| 2 * by_peers >= of) {
                theirs.set(item, Some(Mark::Lean(side)));
            }
            let own_side = match own.get(item) {
                Some(Mark::Lean(role)) => Some(role),
                _ => None,
            };
            let peers_side = theirs.get(item).and_then(|m| match m {
                Mark::Lean(role) => Some(role),
                _ => None,
            });
            if own_side != peers_side {
                disagreements.push((of, Seen { item, by_peers, of }));
            }
            continue;
        }
        let by_peers = peers
            .iter()
            .filter(|(_, marks)| marks.get(item) == Some(Mark::Have))
            .count();
        let peers_see = 2 * by_peers >= of && by_peers > 0;
        if peers_see {
            theirs.set(item, Some(Mark::Have));
        }
        let self_sees = own.get(item) == Some(Mark::Have);
        let seen = Seen { item, by_peers, of };
        if let Some((_, window)) = windows.iter_mut().find(|(pane, _)| *pane == entry.pane) {
            match (self_sees, peers_see) {
                (true, true) => window.open.push(seen),
                (true, false) => window.hidden.push(seen),
                (false, true) => window.blind.push(seen),
                (false, false) => window.unknown.push(seen),
            }
        }
        // How far the user's answer (all or nothing) is from the share of peers who agree.
        let gap = if self_sees { of - by_peers } else { by_peers };
        if self_sees != peers_see {
            disagreements.push((gap, seen));
        }
    }
    let heaviest_first = |list: &mut Vec<Seen>| {
        list.sort_unstable_by_key(|s| (std::cmp::Reverse(deck.item(s.item).weight), s.item));
    };
    for (_, window) in &mut windows {
        heaviest_first(&mut window.open);
        heaviest_first(&mut window.hidden);
        heaviest_first(&mut window.blind);
        heaviest_first(&mut window.unknown);
    }
    disagreements.sort_unstable_by_key(|(gap, s)| {
        (
            std::cmp::Reverse(*gap),
            std::cmp::Reverse(deck.item(s.item).weight),
            s.item,
        )
    });
    Some(PeerView {
        names: peers.iter().map(|(name, _)| name.clone()).collect(),
        roles: fit::score(deck, own)
            .into_iter()
            .zip(fit::score(deck, &theirs))
            .collect(),
        windows,
        disagreements: disagreements.into_iter().map(|(_, s)| s).collect(),
    })
}

/// The side most peers lean to on a difference, and how many do (the first side on a tie).
fn majority_side(
    deck: &Deck,
    item: ItemIndex,
    peers: &[(String, Marks)],
) -> (Option<RoleIndex>, usize) {
    let mut best = (None, 0);
    for side in deck.item(item).sides() {
        let count = peers
            .iter()
            .filter(|(_, marks)| marks.get(item) == Some(Mark::Lean(side.role)))
            .count();
        if count > best.1 {
            best = (Some(side.role), count);
        }
    }
    best
}

/// `3 of 4` where there are several peers; nothing for one.
pub fn count_words(seen: &Seen) -> String {
    if seen.of > 1 {
        format!("{} of {}", seen.by_peers, seen.of)
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deck() -> Deck {
        Deck::builtin().unwrap()
    }

    fn marks(deck: &Deck, have: &[&str], leans: &[(&str, usize)]) -> Marks {
        let mut marks = Marks::for_deck(deck);
        for id in have {
            marks.set(deck.item_index(id).unwrap(), Some(Mark::Have));
        }
        for (id, role) in leans {
            marks.set(deck.item_index(id).unwrap(), Some(Mark::Lean(*role)));
        }
        marks
    }

    fn ids(deck: &Deck, seen: &[Seen]) -> Vec<String> {
        let mut ids: Vec<String> = seen
            .iter()
            .map(|s| deck.item(s.item).id.to_string())
            .collect();
        ids.sort();
        ids
    }

    #[test]
    fn one_peer_sorts_every_trait_into_one_of_the_four_areas() {
        let deck = deck();
        let own = marks(&deck, &["framing-shots", "leadership"], &[]);
        let peer = marks(&deck, &["framing-shots", "marketing"], &[]);
        assert!(peer_view(&deck, &own, &[]).is_none());
        let view = peer_view(&deck, &own, &[("Sam".into(), peer)]).unwrap();
        let (pane, duties) = &view.windows[0];
        assert_eq!(*pane, Pane::Duties);
        assert_eq!(ids(&deck, &duties.open), ["framing-shots"]);
        assert_eq!(ids(&deck, &duties.blind), ["marketing"]);
        assert!(duties.hidden.is_empty());
        let skills = &view.windows[1].1;
        assert_eq!(ids(&deck, &skills.hidden), ["leadership"]);
        let traits = deck.items().filter(|i| !i.is_difference()).count();
        let counted: usize = view
            .windows
            .iter()
            .map(|(_, w)| w.open.len() + w.hidden.len() + w.blind.len() + w.unknown.len())
            .sum();
        assert_eq!(counted, traits);
        assert_eq!(count_words(&duties.open[0]), "");
        assert_eq!(view.roles[0].0, fit::score(&deck, &own)[0]);
    }

    #[test]
    fn with_several_peers_half_of_them_is_enough_and_the_count_is_shown() {
        let deck = deck();
        let own = Marks::for_deck(&deck);
        let peers: Vec<(String, Marks)> = [
            &["marketing", "distribution"][..],
            &["marketing", "distribution"],
            &["marketing"],
            &["negotiation"],
        ]
        .iter()
        .enumerate()
        .map(|(n, have)| (format!("peer {n}"), marks(&deck, have, &[("focus", 1)])))
        .collect();
        let view = peer_view(&deck, &own, &peers).unwrap();
        let blind = &view.windows[0].1.blind;
        assert_eq!(ids(&deck, blind), ["distribution", "marketing"]);
        let marketing = blind
            .iter()
            .find(|s| deck.item(s.item).id.as_ref() == "marketing")
            .unwrap();
        assert_eq!(count_words(marketing), "3 of 4");
        // One of four is not half: negotiation stays unknown.
        assert!(ids(&deck, &view.windows[1].1.unknown).contains(&"negotiation".to_string()));
        // All four lean to the producer on focus: their view leans there, the user's does not.
        let focus = deck.item_index("focus").unwrap();
        assert!(view.disagreements.iter().any(|s| s.item == focus));
        // The widest gap first: marketing (3 of 4 against the user's no) before distribution.
        assert!(view.roles[1].1.percent > view.roles[1].0.percent);
        let first = view.disagreements.first().unwrap();
        assert!(first.item == focus || deck.item(first.item).id.as_ref() == "marketing");
    }
}
