//! The explained result: each role's fit, strengths and gaps, and the fewest changes that would
//! put the runner-up in the lead (no terminal here).

use crate::deck::{Deck, ItemIndex, RoleIndex};
use crate::fit::{self, Reading, RoleFit};
use crate::marks::{Mark, Marks};

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
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleSummary {
    pub role: RoleIndex,
    /// Items that count for the role and that the user has or leans to, heaviest first.
    pub strengths: Vec<ItemIndex>,
    /// Items that count for the role that the user has not marked, heaviest first.
    pub gaps: Vec<ItemIndex>,
}

/// A set of answers to add, and the role that would then lead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Swap {
    pub new_leader: RoleIndex,
    /// Empty when no new answers can make `new_leader` lead.
    pub changes: Vec<Change>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Mark a duty or skill as had.
    Have(ItemIndex),
    /// Lean a difference to the new leader's side.
    Lean(ItemIndex, RoleIndex),
}

impl Change {
    pub fn item(self) -> ItemIndex {
        match self {
            Change::Have(item) | Change::Lean(item, _) => item,
        }
    }

    /// `marks` with this change made.
    pub fn apply(self, marks: &mut Marks) {
        match self {
            Change::Have(item) => marks.set(item, Some(Mark::Have)),
            Change::Lean(item, role) => marks.set(item, Some(Mark::Lean(role))),
        }
    }
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
            Mark::Have => None,
        })
        .collect();
    let to_swap_lead = match reading {
        Reading::Leading { role, over, .. } => Some(Swap {
            new_leader: over,
            changes: changes_to_lead(deck, marks, &fits, over, role),
        }),
        Reading::Even => None,
    };
    Summary {
        fits,
        reading,
        roles,
        leans,
        to_swap_lead,
    }
}

fn role_summary(deck: &Deck, marks: &Marks, role: RoleIndex) -> RoleSummary {
    let mut strengths = Vec::new();
    let mut gaps = Vec::new();
    for contribution in fit::contributions(deck, marks, role) {
        if contribution.counted {
            strengths.push(contribution.item);
        } else {
            gaps.push(contribution.item);
        }
    }
    // Stable sorts: among equal weights, deck order.
    strengths.sort_by_key(|&item| std::cmp::Reverse(deck.item(item).weight));
    gaps.sort_by_key(|&item| std::cmp::Reverse(deck.item(item).weight));
    RoleSummary {
        role,
        strengths,
        gaps,
    }
}

/// The fewest new answers after which `target` leads. Each candidate's effect on the fits is
/// independent of the others, so taking the candidates that close the gap to `leader` fastest
/// first gives the smallest set.
fn changes_to_lead(
    deck: &Deck,
    marks: &Marks,
    fits: &[RoleFit],
    target: RoleIndex,
    leader: RoleIndex,
) -> Vec<Change> {
    let share = |role: RoleIndex, weight: i64| {
        let total = f64::from(fits[role].total_weight.max(1));
        weight as f64 / total
    };
    let mut candidates: Vec<(Change, Vec<(RoleIndex, i64)>)> = Vec::new();
    for (index, item) in deck.items().iter().enumerate() {
        let weight = i64::from(item.weight);
        match marks.get(index) {
            None if !item.is_difference() => {
                let deltas = item.roles().map(|r| (r, weight)).collect::<Vec<_>>();
                if deltas.iter().any(|&(r, _)| r == target) {
                    candidates.push((Change::Have(index), deltas));
                }
            }
            Some(Mark::Lean(current)) if current != target && item.counts_for(target) => {
                let deltas = vec![(target, weight), (current, -weight)];
                candidates.push((Change::Lean(index, target), deltas));
            }
            None if item.counts_for(target) => {
                candidates.push((Change::Lean(index, target), vec![(target, weight)]));
            }
            _ => {}
        }
    }
    let gain = |deltas: &[(RoleIndex, i64)]| {
        deltas
            .iter()
            .map(|&(role, delta)| match role {
                r if r == target => share(r, delta),
                r if r == leader => -share(r, delta),
                _ => 0.0,
            })
            .sum::<f64>()
    };
    candidates.sort_by(|(_, a), (_, b)| gain(b).total_cmp(&gain(a)));

    let mut have: Vec<i64> = fits.iter().map(|f| i64::from(f.have_weight)).collect();
    let mut chosen = Vec::new();
    for (change, deltas) in candidates {
        if leads(fits, &have, target) {
            break;
        }
        if gain(&deltas) <= 0.0 {
            break;
        }
        for (role, delta) in deltas {
            have[role] += delta;
        }
        chosen.push(change);
    }
    if leads(fits, &have, target) {
        chosen
    } else {
        Vec::new()
    }
}

/// Whether `target` leads when each role has `have[role]` of its weight.
fn leads(fits: &[RoleFit], have: &[i64], target: RoleIndex) -> bool {
    let hypothetical: Vec<RoleFit> = fits
        .iter()
        .zip(have)
        .map(|(fit, &weight)| {
            let have_weight = u32::try_from(weight.max(0)).unwrap_or(u32::MAX);
            RoleFit {
                have_weight,
                percent: if fit.total_weight == 0 {
                    0.0
                } else {
                    100.0 * f64::from(have_weight) / f64::from(fit.total_weight)
                },
                ..fit.clone()
            }
        })
        .collect();
    matches!(fit::reading(&hypothetical), Reading::Leading { role, .. } if role == target)
}
