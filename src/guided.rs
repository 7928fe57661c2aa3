//! The guided assessment's walk: every item once, one card at a time, in an order shuffled by a
//! seed kept in the session, so resuming shows the same order (no terminal here).

use crate::deck::ItemIndex;
use crate::session::Assessment;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guided {
    /// Item indices in the order the cards come.
    pub order: Vec<ItemIndex>,
    /// The card shown, counted from 0; `order.len()` once every card has been seen.
    pub position: usize,
}

impl Guided {
    /// A walk over `items` items shuffled by `seed`, resumed at `position`.
    pub fn new(items: usize, seed: u64, position: usize) -> Guided {
        let mut order: Vec<ItemIndex> = (0..items).collect();
        fastrand::Rng::with_seed(seed).shuffle(&mut order);
        Guided {
            order,
            position: position.min(items),
        }
    }

    /// The item on the current card, or `None` when the walk is over.
    pub fn current(&self) -> Option<ItemIndex> {
        self.order.get(self.position).copied()
    }

    pub fn is_finished(&self) -> bool {
        self.position >= self.order.len()
    }

    pub fn next(&mut self) {
        self.position = (self.position + 1).min(self.order.len());
    }

    pub fn back(&mut self) {
        self.position = self.position.saturating_sub(1);
    }
}

/// The order a difference's sides are numbered on its card: shuffled when blind (so `1` is not
/// always the same role), deck order when roles are revealed. Fixed per session and item.
pub fn side_order(
    assessment: &Assessment,
    item: ItemIndex,
    sides: usize,
    reveal: bool,
) -> Vec<usize> {
    let mut order: Vec<usize> = (0..sides).collect();
    if !reveal {
        let seed = assessment.seed ^ (item as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        fastrand::Rng::with_seed(seed).shuffle(&mut order);
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_order_and_every_item_once() {
        let a = Guided::new(40, 7, 0);
        let b = Guided::new(40, 7, 0);
        assert_eq!(a.order, b.order);
        let mut sorted = a.order.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..40).collect::<Vec<_>>());
        assert_ne!(a.order, (0..40).collect::<Vec<_>>(), "shuffled");
        assert_ne!(a.order, Guided::new(40, 8, 0).order);
    }

    #[test]
    fn position_stays_within_the_walk() {
        let mut walk = Guided::new(2, 1, 9);
        assert!(walk.is_finished());
        walk.next();
        assert_eq!(walk.position, 2);
        walk.back();
        walk.back();
        walk.back();
        assert_eq!(walk.position, 0);
        assert!(walk.current().is_some());
    }
}
