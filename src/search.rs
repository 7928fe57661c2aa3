//! Fuzzy ranking of deck items against a query, with the matched title positions for highlighting.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::deck::{Deck, Item, ItemIndex, Pane};

/// A title match counts this many times its fuzzy score.
const TITLE_WEIGHT: i64 = 2;
/// What each character of a term found in the detail text adds: skim's score for one matched
/// character, so a detail match ranks below any title match of the same term.
const DETAIL_SCORE_PER_CHAR: i64 = 16;

/// One ranked item. Title positions are computed separately ([`Searcher::title_positions`]) so a
/// screen can ask only for the rows it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub item: ItemIndex,
    pub score: i64,
}

/// A hit with the character positions (not byte offsets) of its title that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub item: ItemIndex,
    pub score: i64,
    pub title_positions: Vec<usize>,
}

/// Ranks items like fzf: space-separated terms must all match, case is ignored unless a term has
/// an upper-case letter. Titles match fuzzily; details and sides only where the term appears
/// as written, because a short term scattered over a paragraph matches nearly everything.
pub struct Searcher {
    matcher: SkimMatcherV2,
}

impl Default for Searcher {
    fn default() -> Self {
        Searcher {
            matcher: SkimMatcherV2::default().smart_case(),
        }
    }
}

impl Searcher {
    /// Items of `pane` (or of every pane) matching `query`, best first; equal scores keep deck
    /// order. An empty query matches every item with score 0.
    pub fn rank(&self, deck: &Deck, query: &str, pane: Option<Pane>) -> Vec<Hit> {
        let range = pane.map_or(0..deck.items().len(), |p| deck.pane_range(p));
        let terms: Vec<&str> = query.split_whitespace().collect();
        let mut hits: Vec<Hit> = range
            .filter_map(|index| {
                self.score(deck.item(index), &terms)
                    .map(|score| Hit { item: index, score })
            })
            .collect();
        hits.sort_by_key(|hit| std::cmp::Reverse(hit.score));
        hits
    }

    /// [`Searcher::rank`] with the title positions of every hit.
    pub fn search(&self, deck: &Deck, query: &str, pane: Option<Pane>) -> Vec<Match> {
        self.rank(deck, query, pane)
            .into_iter()
            .map(|hit| Match {
                item: hit.item,
                score: hit.score,
                title_positions: self.title_positions(&deck.item(hit.item).title, query),
            })
            .collect()
    }

    /// Character positions of `title` matched by any term of `query`, ascending and unique.
    pub fn title_positions(&self, title: &str, query: &str) -> Vec<usize> {
        let mut positions: Vec<usize> = query
            .split_whitespace()
            .filter_map(|term| self.matcher.fuzzy_indices(title, term))
            .flat_map(|(_, indices)| indices)
            .collect();
        positions.sort_unstable();
        positions.dedup();
        positions
    }

    fn score(&self, item: &Item, terms: &[&str]) -> Option<i64> {
        terms.iter().try_fold(0, |total, term| {
            let title = self.matcher.fuzzy_match(&item.title, term);
            let in_detail = std::iter::once(item.detail.as_str())
                .chain(item.sides().iter().map(|side| side.text.as_str()))
                .any(|text| contains_smart_case(text, term));
            let detail = in_detail.then(|| DETAIL_SCORE_PER_CHAR * term.chars().count() as i64);
            match (title, detail) {
                (None, None) => None,
                (title, detail) => {
                    Some(total + TITLE_WEIGHT * title.unwrap_or(0) + detail.unwrap_or(0))
                }
            }
        })
    }
}

/// Substring test with fzf's smart case: exact when `term` has an upper-case letter, else
/// case-insensitive.
fn contains_smart_case(text: &str, term: &str) -> bool {
    if term.chars().any(char::is_uppercase) {
        text.contains(term)
    } else if term.is_ascii() {
        let needle = term.as_bytes();
        text.as_bytes()
            .windows(needle.len())
            .any(|window| window.eq_ignore_ascii_case(needle))
    } else {
        text.to_lowercase().contains(term)
    }
}
