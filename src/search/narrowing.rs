//! Reusing the hits of shorter queries while a query is typed and erased.

use super::{Hit, Searcher, Stop};
use crate::deck::{Deck, ItemIndex};

/// Remembers the hits of each query on the way to the current one, so typing one more character
/// rescores only the previous hits and Backspace is a lookup, not a rescan.
#[derive(Debug, Default)]
pub struct Narrowing {
    /// Queries, each extending the one before, with their hits.
    steps: Vec<(String, Vec<Hit>)>,
}

impl Narrowing {
    /// The hits of `query` over the whole deck, best first.
    pub fn rank(&mut self, searcher: &Searcher, deck: &Deck, query: &str) -> &[Hit] {
        self.rank_unless(searcher, deck, query, &|| false)
            .unwrap_or_default()
    }

    /// [`Narrowing::rank`], abandoned (`None`, nothing remembered) as soon as `stop` returns true.
    pub fn rank_unless(
        &mut self,
        searcher: &Searcher,
        deck: &Deck,
        query: &str,
        stop: Stop,
    ) -> Option<&[Hit]> {
        // Keep only the steps this query extends (or equals).
        while let Some((previous, _)) = self.steps.last() {
            if query.starts_with(previous.as_str()) && !previous.trim().is_empty() {
                break;
            }
            self.steps.pop();
        }
        let reuse = matches!(self.steps.last(), Some((previous, _)) if previous == query);
        if !reuse {
            let candidates = match self.steps.last() {
                Some((_, previous)) => in_deck_order(previous, deck.len()),
                None => (0..deck.len()).collect(),
            };
            let hits = searcher.rank_among_unless(deck, query, &candidates, stop)?;
            self.steps.push((query.to_string(), hits));
        }
        Some(self.steps.last().map_or(&[], |(_, hits)| hits.as_slice()))
    }

    pub fn clear(&mut self) {
        self.steps.clear();
    }
}

/// The items of `hits` in deck order, which scores faster than rank order (texts are read one
/// after another) at the cost of a pass over a bit per item.
fn in_deck_order(hits: &[Hit], deck_len: usize) -> Vec<ItemIndex> {
    let mut found = vec![0u64; deck_len.div_ceil(64)];
    for hit in hits {
        found[hit.item / 64] |= 1 << (hit.item % 64);
    }
    let mut items = Vec::with_capacity(hits.len());
    for (word_index, &word) in found.iter().enumerate() {
        let mut bits = word;
        while bits != 0 {
            items.push(word_index * 64 + bits.trailing_zeros() as usize);
            bits &= bits - 1;
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hits_come_back_in_deck_order() {
        let hits: Vec<Hit> = [130, 3, 64, 0, 63, 65]
            .into_iter()
            .map(|item| Hit { item, score: 1 })
            .collect();
        assert_eq!(in_deck_order(&hits, 131), [0, 3, 63, 64, 65, 130]);
        assert!(in_deck_order(&[], 0).is_empty());
    }
}
