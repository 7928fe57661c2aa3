//! Cautions the result adds to its reading: when two roles both fit, and when the answers are
//! too flat to tell the roles apart.

use crate::deck::{Deck, RoleIndex};
use crate::fit::RoleFit;
use crate::marks::Marks;

/// Both leading roles fit when each is at least this share...
pub const BOTH_FIT_AT_LEAST: u32 = 60;
/// ...and they are at most this many points apart.
pub const BOTH_FIT_WITHIN: u32 = 10;
/// Answers are flat when this share of all items (in percent) is marked...
pub const FLAT_MARKED_PERCENT: usize = 85;
/// ...or when, with more than half the items marked, the two leading roles are at most this
/// many points apart.
pub const FLAT_SEPARATION: u32 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    /// The two leading roles both fit: one person can hold both jobs on a film.
    BothFit { first: RoleIndex, second: RoleIndex },
    /// So much is marked, or the roles are so close with most marked, that the answers cannot
    /// tell the roles apart.
    FlatAnswers,
}

/// The notes that apply, in the order the result shows them.
pub fn notes(deck: &Deck, marks: &Marks, fits: &[RoleFit]) -> Vec<Note> {
    let mut out = Vec::new();
    let leaders = two_leaders(fits);
    if let Some((first, second)) = leaders
        && second.rounded() >= BOTH_FIT_AT_LEAST
        && first.rounded() - second.rounded() <= BOTH_FIT_WITHIN
    {
        out.push(Note::BothFit {
            first: first.role,
            second: second.role,
        });
    }
    let items = deck.len();
    let marked = marks.count_in(0..items);
    let mostly_marked = marked * 100 >= FLAT_MARKED_PERCENT * items;
    let close = leaders.is_some_and(|(first, second)| {
        marked * 2 > items && first.rounded() - second.rounded() <= FLAT_SEPARATION
    });
    if items > 0 && (mostly_marked || close) {
        out.push(Note::FlatAnswers);
    }
    out
}

/// The two roles with the highest fits, best first; a role with a deal-breaker is left out
/// while one without exists, as the reading screens them. Among equal fits, deck order.
fn two_leaders(fits: &[RoleFit]) -> Option<(&RoleFit, &RoleFit)> {
    let any_unscreened = fits.iter().any(|fit| !fit.is_screened());
    let mut candidates: Vec<&RoleFit> = fits
        .iter()
        .filter(|fit| !(any_unscreened && fit.is_screened()))
        .collect();
    candidates.sort_by_key(|fit| std::cmp::Reverse(fit.rounded()));
    match candidates.as_slice() {
        [first, second, ..] => Some((first, second)),
        _ => None,
    }
}
