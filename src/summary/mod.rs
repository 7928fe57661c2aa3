//! The explained result: each role's fit, strengths and gaps, and the fewest changes that would
//! put the runner-up in the lead, with the cautions that go with them (no terminal here).

mod notes;
mod words;

pub use notes::{
    BOTH_FIT_AT_LEAST, BOTH_FIT_WITHIN, FLAT_MARKED_PERCENT, FLAT_SEPARATION, Note, notes,
};
pub use words::{RULE, join_and, note_words, reading_words, swap_sentence};

use crate::deck::{Deck, ItemIndex, RoleIndex};
use crate::fit::{self, Reading, RoleFit};
use crate::marks::{Mark, Marks};
use crate::swap::{self, Swap};

/// Everything the result screen and the report say.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub fits: Vec<RoleFit>,
    pub reading: Reading,
    /// One entry per role, in deck order.
    pub roles: Vec<RoleSummary>,
    /// The side chosen on each difference with a lean, in deck order.
    pub leans: Vec<(ItemIndex, RoleIndex)>,
    /// The fewest answers that would make the runner-up lead; `None` when the result is even.
    pub to_swap_lead: Option<Swap>,
    /// Cautions on the reading: both roles fit, or the answers are flat.
    pub notes: Vec<Note>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleSummary {
    pub role: RoleIndex,
    /// Items that count for the role and that the user has or leans to, heaviest first.
    pub strengths: Vec<ItemIndex>,
    /// Items that count for the role that the user has not marked, heaviest first; the
    /// deal-breakers are not among them.
    pub gaps: Vec<ItemIndex>,
    /// Items that count for the role that the user would not do, heaviest first.
    pub refused: Vec<ItemIndex>,
}

pub fn summarise(deck: &Deck, marks: &Marks) -> Summary {
    let fits = fit::score(deck, marks);
    let reading = fit::reading(&fits);
    let roles = (0..deck.roles.len())
        .map(|role| role_summary(deck, marks, role))
        .collect();
    let leans = marks
        .iter()
        .filter_map(|(item, mark)| match mark {
            Mark::Lean(role) => Some((item, role)),
            Mark::Have | Mark::Refuse => None,
        })
        .collect();
    let to_swap_lead = runner_up(&fits, reading).map(|target| Swap {
        new_leader: target,
        changes: swap::fewest_changes_to_lead(deck, marks, &fits, target),
    });
    let notes = notes(deck, marks, &fits);
    Summary {
        fits,
        reading,
        roles,
        leans,
        to_swap_lead,
        notes,
    }
}

/// The role a swap suggestion aims at: the runner-up that could lead. Under a lead by
/// screening, the best other role without a deal-breaker if there is one (new marks alone may
/// do), else the role screened out (its deal-breakers must go).
fn runner_up(fits: &[RoleFit], reading: Reading) -> Option<RoleIndex> {
    match reading {
        Reading::Even => None,
        Reading::Leading { over, .. } => Some(over),
        Reading::Screened { role, over, .. } => {
            let unscreened = fits
                .iter()
                .filter(|fit| fit.role != role && !fit.is_screened())
                .max_by_key(|fit| (fit.rounded(), std::cmp::Reverse(fit.role)));
            Some(unscreened.map_or(over, |fit| fit.role))
        }
    }
}

fn role_summary(deck: &Deck, marks: &Marks, role: RoleIndex) -> RoleSummary {
    let mut strengths = Vec::new();
    let mut gaps = Vec::new();
    let mut refused = Vec::new();
    for contribution in fit::contributions(deck, marks, role) {
        if contribution.counted {
            strengths.push(contribution.item);
        } else if marks.is_refused(contribution.item) {
            refused.push(contribution.item);
        } else {
            gaps.push(contribution.item);
        }
    }
    // Stable sorts: among equal weights, deck order.
    strengths.sort_by_key(|&item| std::cmp::Reverse(deck.item(item).weight));
    gaps.sort_by_key(|&item| std::cmp::Reverse(deck.item(item).weight));
    refused.sort_by_key(|&item| std::cmp::Reverse(deck.item(item).weight));
    RoleSummary {
        role,
        strengths,
        gaps,
        refused,
    }
}
