//! Scoring candidates on several threads at once and merging what they found, best first.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use fuzzy_matcher::skim::SkimMatcherV2;

use super::Hit;
use crate::deck::ItemIndex;

/// Below this many candidates one thread is faster than starting others.
const PARALLEL_FROM: usize = 4096;
/// Candidates a thread claims at a time. Threads take blocks until none are left, so one slowed
/// down by the machine leaves more of the work to the others instead of making everyone wait.
const BLOCK: usize = 1024;

/// Asked between blocks of candidates whether the ranking is still wanted; `true` abandons it.
pub type Stop<'a> = &'a (dyn Fn() -> bool + Sync);

/// The hits among `candidates`, best score first and equal scores in deck order, or `None` when
/// `stop` said so first. `score` runs on the calling thread and on up to `workers - 1` more;
/// only the calling thread asks `stop`, the others follow it. Every block of candidates is
/// scored with a new scorer from [`super::new_scorer`]: fuzzy-matcher 0.3.7 lets a score depend
/// on what the scorer scored before (skim-rs/skim#1071), so a scorer that lived on from block to
/// block would score an item by whichever thread happened to take its block.
pub(super) fn rank<F>(
    workers: usize,
    candidates: &[ItemIndex],
    score: F,
    stop: Stop,
) -> Option<Vec<Hit>>
where
    F: Fn(&SkimMatcherV2, ItemIndex) -> Option<i64> + Sync,
{
    let threads = if candidates.len() < PARALLEL_FROM {
        1
    } else {
        workers.max(1)
    };
    let next_block = AtomicUsize::new(0);
    let abandoned = AtomicBool::new(false);
    let work = |asks: bool| {
        let mut keys = Vec::with_capacity(candidates.len() / threads + BLOCK);
        loop {
            if asks && stop() {
                abandoned.store(true, Ordering::Relaxed);
            }
            if abandoned.load(Ordering::Relaxed) {
                break;
            }
            let start = next_block.fetch_add(BLOCK, Ordering::Relaxed);
            if start >= candidates.len() {
                break;
            }
            let block = &candidates[start..candidates.len().min(start + BLOCK)];
            let scorer = super::new_scorer();
            keys.extend(
                block
                    .iter()
                    .filter_map(|&index| score(&scorer, index).map(|s| RankKey::new(index, s))),
            );
        }
        if !abandoned.load(Ordering::Relaxed) {
            keys.sort_unstable();
        }
        keys
    };
    let shares = if threads > 1 {
        std::thread::scope(|scope| {
            let helpers: Vec<_> = (1..threads).map(|_| scope.spawn(|| work(false))).collect();
            let mut shares = vec![work(true)];
            // A helper only panics if the scorer does; share its fate.
            shares.extend(helpers.into_iter().map(|helper| {
                helper
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            }));
            shares
        })
    } else {
        vec![work(true)]
    };
    if abandoned.into_inner() {
        return None;
    }
    Some(merge(shares).into_iter().map(RankKey::hit).collect())
}

/// A hit packed so that sorting the plain integers ascending puts the best score first and
/// equal scores in deck order: the inverted score above, the item below. Sorting these was
/// measured faster than sorting [`Hit`]s by a (score, item) tuple.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct RankKey(u64);

impl RankKey {
    fn new(item: ItemIndex, score: i64) -> RankKey {
        // Scores are sums of a few skim scores, far inside i32; decks hold far fewer than 2^32
        // items (their files are below 2 GiB).
        let score = score.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32;
        let order = !((score as u32) ^ (1 << 31));
        RankKey((u64::from(order) << 32) | (item as u64 & u64::from(u32::MAX)))
    }

    fn hit(self) -> Hit {
        let order = (self.0 >> 32) as u32;
        Hit {
            item: (self.0 as u32) as ItemIndex,
            score: i64::from(((!order) ^ (1 << 31)) as i32),
        }
    }
}

/// Merges lists each sorted ascending into one.
fn merge(mut lists: Vec<Vec<RankKey>>) -> Vec<RankKey> {
    while lists.len() > 1 {
        let right = lists.pop().unwrap_or_default();
        let left = lists.pop().unwrap_or_default();
        let mut merged = Vec::with_capacity(left.len() + right.len());
        let (mut l, mut r) = (0, 0);
        while l < left.len() && r < right.len() {
            if left[l] <= right[r] {
                merged.push(left[l]);
                l += 1;
            } else {
                merged.push(right[r]);
                r += 1;
            }
        }
        merged.extend_from_slice(&left[l..]);
        merged.extend_from_slice(&right[r..]);
        lists.push(merged);
    }
    lists.pop().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_sort_best_score_first_then_deck_order_and_unpack_unchanged() {
        let hits = [
            Hit { item: 3, score: 10 },
            Hit { item: 1, score: 10 },
            Hit { item: 2, score: -5 },
            Hit { item: 0, score: 0 },
            Hit { item: 4, score: 90 },
        ];
        let mut keys: Vec<RankKey> = hits.iter().map(|h| RankKey::new(h.item, h.score)).collect();
        keys.sort_unstable();
        let sorted: Vec<Hit> = keys.into_iter().map(RankKey::hit).collect();
        assert_eq!(
            sorted,
            [
                Hit { item: 4, score: 90 },
                Hit { item: 1, score: 10 },
                Hit { item: 3, score: 10 },
                Hit { item: 0, score: 0 },
                Hit { item: 2, score: -5 },
            ]
        );
    }

    #[test]
    fn merging_keeps_every_key_in_order() {
        let lists = vec![
            vec![RankKey(1), RankKey(4), RankKey(9)],
            vec![RankKey(2), RankKey(3)],
            vec![],
            vec![RankKey(0), RankKey(9)],
        ];
        let merged: Vec<u64> = merge(lists).into_iter().map(|k| k.0).collect();
        assert_eq!(merged, [0, 1, 2, 3, 4, 9, 9]);
    }

    #[test]
    fn every_candidate_is_scored_once_whatever_the_thread_count() {
        let candidates: Vec<ItemIndex> = (0..10_000).collect();
        for threads in 1..=3 {
            let score = |_: &SkimMatcherV2, index: ItemIndex| {
                (!index.is_multiple_of(3)).then_some((index % 7) as i64)
            };
            let hits = rank(threads, &candidates, score, &|| false).expect("not stopped");
            assert_eq!(
                hits.len(),
                candidates.iter().filter(|i| !i.is_multiple_of(3)).count()
            );
            assert!(
                hits.windows(2)
                    .all(|w| (w[0].score, w[1].item) >= (w[1].score, w[0].item))
            );
        }
    }

    #[test]
    fn a_stop_abandons_the_ranking() {
        let candidates: Vec<ItemIndex> = (0..50_000).collect();
        let score = |_: &SkimMatcherV2, index: ItemIndex| Some(index as i64);
        // Wanted for the first three blocks only: the rest is never scored.
        let asked = AtomicUsize::new(0);
        let scored = AtomicUsize::new(0);
        let counting = |matcher: &SkimMatcherV2, index: ItemIndex| {
            scored.fetch_add(1, Ordering::Relaxed);
            score(matcher, index)
        };
        let stop = || asked.fetch_add(1, Ordering::Relaxed) >= 3;
        assert_eq!(rank(1, &candidates, counting, &stop), None);
        assert_eq!(scored.into_inner(), 3 * BLOCK);
        // With helpers, whatever they had scored is dropped.
        assert_eq!(rank(2, &candidates, score, &|| true), None);
    }
}
