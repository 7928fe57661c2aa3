//! Fuzzy ranking of deck items against a query, with the matched title positions for highlighting.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::deck::{Deck, ItemIndex, Pane};
use charset::{CharSet, Trigrams};
use index::Index;

mod charset;
mod index;
mod narrowing;
mod parallel;
mod title;

pub use narrowing::Narrowing;
pub use parallel::Stop;

/// A title match counts this many times its fuzzy score.
const TITLE_WEIGHT: i64 = 2;
/// What each character of a term found in the detail text adds: skim's score for one matched
/// character, so a detail match ranks below any title match of the same term.
const DETAIL_SCORE_PER_CHAR: i64 = 16;
/// Threads scoring at once, at most.
const MAX_WORKERS: usize = 4;

/// Whether ranking a query over `items` items takes long enough that the query line is worth
/// drawing before the results. A broad query costs about 0.2 ms per thousand items on two cores
/// (more on a slower machine) and a frame about 0.2 ms: below this many items the ranking is
/// over in a few frames' time, and drawing twice would only add to the wait.
pub fn ranking_takes_frames(items: usize) -> bool {
    const SLOW_FROM_ITEMS: usize = 10_000;
    items >= SLOW_FROM_ITEMS
}

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
///
/// A searcher is built for one deck and keeps an index of it; every method that takes a deck
/// must be given that deck.
pub struct Searcher {
    /// Threads that score at once, each with scorers of its own: one scorer shared by threads
    /// was measured slower than a single thread.
    workers: usize,
    index: Index,
}

/// One space-separated word of a query, with what the filters need precomputed.
struct Term<'a> {
    text: &'a str,
    letters: CharSet,
    /// Its runs of three characters when it is ASCII: a text without them cannot contain it.
    /// Other terms are matched against lower-cased text, whose bytes the runs do not describe.
    trigrams: Option<Trigrams>,
    /// Whether the letter set of a text alone says if the text contains the term: for one
    /// lower-case ASCII letter or a digit, which the set records exactly, in either case, as
    /// the case-insensitive match reads it. Then the item's texts need not be read.
    letters_decide: bool,
    detail_score: i64,
    /// Whether skim matches the term's case in titles: when it has an ASCII capital, which is
    /// how skim reads smart case (a capital beyond ASCII does not count). The title filters
    /// must decide as skim does.
    case_sensitive: bool,
    ascii: bool,
}

/// The longest query, in characters: a query is typed, and one pasted from a file must not make
/// every keystroke cost more than a typed one. The explorer stops taking keys there, and
/// `rolefit search` refuses a longer one.
pub const MAX_QUERY_CHARS: usize = 256;
/// Words a query may have, repeats not counted: each is matched against the items in turn, so a
/// query costs at most this many times a one-word query. Words beyond it are not searched.
pub const MAX_TERMS: usize = 16;

/// Why a query is refused, worded for the person who typed it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error("the query is {chars} characters long; a search takes at most {MAX_QUERY_CHARS}")]
    TooLong { chars: usize },
    #[error("the query has {words} different words; a search takes at most {MAX_TERMS}")]
    TooManyWords { words: usize },
}

/// Whether `query` is within [`MAX_QUERY_CHARS`] and [`MAX_TERMS`].
pub fn check_query(query: &str) -> Result<(), QueryError> {
    let chars = query.chars().count();
    if chars > MAX_QUERY_CHARS {
        return Err(QueryError::TooLong { chars });
    }
    let words = distinct_words(query).count();
    if words > MAX_TERMS {
        return Err(QueryError::TooManyWords { words });
    }
    Ok(())
}

/// The words of `query` in order, each once: a repeated word matches exactly what it matched
/// the first time, and scoring it again only multiplied the cost (300 copies of `a` took 30 s
/// on a 100,000-item deck).
fn distinct_words(query: &str) -> impl Iterator<Item = &str> {
    let mut seen: Vec<&str> = Vec::new();
    query.split_whitespace().filter(move |word| {
        let new = !seen.contains(word);
        if new {
            seen.push(word);
        }
        new
    })
}

fn terms(query: &str) -> Vec<Term<'_>> {
    distinct_words(query)
        .take(MAX_TERMS)
        .map(|text| Term {
            text,
            letters: CharSet::of(text),
            trigrams: text.is_ascii().then(|| Trigrams::of(text)),
            letters_decide: matches!(text.as_bytes(), [b'a'..=b'z' | b'0'..=b'9']),
            detail_score: DETAIL_SCORE_PER_CHAR * text.chars().count() as i64,
            case_sensitive: text.bytes().any(|byte| byte.is_ascii_uppercase()),
            ascii: text.is_ascii(),
        })
        .collect()
}

impl Searcher {
    /// A searcher for `deck` that scores on as many threads as there are cores, up to four.
    pub fn new(deck: &Deck) -> Searcher {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        Searcher::with_workers(deck, cores.min(MAX_WORKERS))
    }

    /// A searcher for `deck` that scores large candidate sets on `workers` threads (at least
    /// one).
    pub fn with_workers(deck: &Deck, workers: usize) -> Searcher {
        Searcher {
            workers: workers.max(1),
            index: Index::new(deck),
        }
    }

    /// Items of `pane` (or of every pane) matching `query`, best first; equal scores keep deck
    /// order. An empty query matches every item with score 0.
    pub fn rank(&self, deck: &Deck, query: &str, pane: Option<Pane>) -> Vec<Hit> {
        let range = pane.map_or(0..deck.items().len(), |p| deck.pane_range(p));
        let candidates: Vec<ItemIndex> = range.collect();
        self.rank_among(deck, query, &candidates)
    }

    /// [`Searcher::rank`] over `candidates` only: enough when they are the hits of a query that
    /// `query` extends, because an extended query can only match fewer items. Candidates in
    /// deck order are scored fastest: their texts are then read one after another.
    pub fn rank_among(&self, deck: &Deck, query: &str, candidates: &[ItemIndex]) -> Vec<Hit> {
        self.rank_among_unless(deck, query, candidates, &|| false)
            .unwrap_or_default()
    }

    /// [`Searcher::rank_among`], abandoned (`None`) as soon as `stop` returns true: a ranking
    /// the user has already typed past is not worth finishing.
    ///
    /// # Panics
    /// When `deck` is not the size of the deck the searcher was built for.
    pub fn rank_among_unless(
        &self,
        deck: &Deck,
        query: &str,
        candidates: &[ItemIndex],
        stop: Stop,
    ) -> Option<Vec<Hit>> {
        assert_eq!(
            deck.len(),
            self.index.len(),
            "a searcher built for another deck"
        );
        let terms = terms(query);
        let index = &self.index;
        let score = |matcher: &SkimMatcherV2, item| score(matcher, index, deck, item, &terms);
        parallel::rank(self.workers, candidates, score, stop)
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
        let mut positions: Vec<usize> = distinct_words(query)
            .take(MAX_TERMS)
            .filter_map(|term| new_scorer().fuzzy_indices(title, term))
            .flat_map(|(_, indices)| indices)
            .collect();
        positions.sort_unstable();
        positions.dedup();
        positions
    }
}

/// A scorer with nothing scored yet, matching case as fzf does. A new one for every block of
/// items and every title highlighted, so that no score depends on what was scored before it.
fn new_scorer() -> SkimMatcherV2 {
    SkimMatcherV2::default().smart_case()
}

/// The item's score for every term, or `None` when a term matches neither its title nor its
/// texts. A term matching the title scores double its fuzzy score; a term found only in the
/// detail or a side scores like a plain run of its characters, so it ranks below title matches.
fn score(
    matcher: &SkimMatcherV2,
    index: &Index,
    deck: &Deck,
    item: ItemIndex,
    terms: &[Term],
) -> Option<i64> {
    let letters = index.letters(item);
    // Only the title is needed unless a term misses it: the item itself is read lazily.
    let title = index.title(item);
    terms.iter().try_fold(0, |total, term| {
        let in_title = term.letters.within(letters.title) && title::may_be_subsequence(title, term);
        if let Some(score) = in_title
            .then(|| matcher.fuzzy_match(title::scored_part(title, term), term.text))
            .flatten()
        {
            return Some(total + TITLE_WEIGHT * score);
        }
        let read_texts = || {
            term.trigrams
                .is_none_or(|runs| runs.within(index.trigrams(item)))
                && index::texts(deck.item(item)).any(|text| contains_smart_case(text, term.text))
        };
        let in_texts = term.letters.within(letters.text) && (term.letters_decide || read_texts());
        in_texts.then_some(total + term.detail_score)
    })
}

/// Substring test with fzf's smart case: exact when `term` has an upper-case letter, else
/// case-insensitive.
fn contains_smart_case(text: &str, term: &str) -> bool {
    if term.chars().any(char::is_uppercase) {
        text.contains(term)
    } else if term.is_ascii() {
        contains_ignore_ascii_case(text.as_bytes(), term.as_bytes())
    } else {
        text.to_lowercase().contains(term)
    }
}

/// `needle` (lower-case ASCII) in `haystack`, ignoring ASCII case. memchr finds the places where
/// the first character occurs in either case (with SIMD); only those are compared in full.
fn contains_ignore_ascii_case(haystack: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    let last_start = match haystack.len().checked_sub(needle.len()) {
        Some(last) => last,
        None => return false,
    };
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), &haystack[..=last_start])
        .any(|start| haystack[start + 1..start + needle.len()].eq_ignore_ascii_case(rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Where the letter set decides alone, it says what reading the text would.
        #[test]
        fn letters_decide_as_the_text_would(text in "[a-zA-Z0-9 éÉ_.-]{0,30}", term in "[a-z0-9]") {
            let term = &terms(&term)[0];
            proptest::prop_assert!(term.letters_decide);
            proptest::prop_assert_eq!(
                term.letters.within(CharSet::of(&text)),
                contains_smart_case(&text, term.text)
            );
        }
    }

    #[test]
    fn letters_decide_only_for_one_lower_case_letter_or_digit() {
        let decide = |query| terms(query)[0].letters_decide;
        assert!(decide("a") && decide("7"));
        assert!(!decide("A"), "a capital is matched exactly");
        assert!(!decide("ab") && !decide("-") && !decide("é"));
    }

    #[test]
    fn repeated_words_are_searched_once_and_words_past_the_limit_not_at_all() {
        let words: Vec<&str> = terms("a b a  c b").iter().map(|t| t.text).collect();
        assert_eq!(words, ["a", "b", "c"]);
        let many: String = (0..40).map(|n| format!("w{n} ")).collect();
        assert_eq!(terms(&many).len(), MAX_TERMS);
        assert_eq!(terms(&"a ".repeat(5000)).len(), 1);
    }

    #[test]
    fn a_query_too_long_or_with_too_many_words_is_refused_with_its_size() {
        assert_eq!(
            check_query(&"a ".repeat(100)),
            Ok(()),
            "repeats are one word"
        );
        assert!(
            check_query(&"a ".repeat(300)).is_err(),
            "but still characters"
        );
        let long = "x".repeat(MAX_QUERY_CHARS + 1);
        assert_eq!(
            check_query(&long).unwrap_err().to_string(),
            "the query is 257 characters long; a search takes at most 256"
        );
        let many: String = (0..17).map(|n| format!("w{n} ")).collect();
        assert_eq!(
            check_query(&many).unwrap_err().to_string(),
            "the query has 17 different words; a search takes at most 16"
        );
    }
}
