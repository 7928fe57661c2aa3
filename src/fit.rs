//! How well the user's answers fit each role, with the arithmetic kept so it can be explained.

use crate::deck::{Deck, ItemIndex, RoleIndex};
use crate::marks::{Mark, Marks};

/// One role's fit: `percent` = 100 x `have_weight` / `total_weight`.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleFit {
    pub role: RoleIndex,
    pub percent: f64,
    /// Items that count for this role and that the user has (or leans to).
    pub have: usize,
    /// Items that count for this role.
    pub total: usize,
    pub have_weight: u32,
    pub total_weight: u32,
    /// Items that count for this role and that the user would not do: deal-breakers. Their
    /// weight stays in the total, so the figure still says how much of the role was marked.
    pub refused: usize,
}

impl RoleFit {
    /// The percentage as shown to people: a whole number.
    pub fn rounded(&self) -> u32 {
        self.percent.round() as u32
    }

    /// Whether a deal-breaker rules the role out of the lead (see [`reading`]).
    pub fn is_screened(&self) -> bool {
        self.refused > 0
    }
}

/// What one item adds to one role's fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Contribution {
    pub item: ItemIndex,
    pub weight: u32,
    /// Whether the weight is in the role's `have_weight` (else only in its total).
    pub counted: bool,
}

/// The fit of every role, in deck order.
pub fn score(deck: &Deck, marks: &Marks) -> Vec<RoleFit> {
    score_in(deck, marks, 0..deck.len())
}

/// The fit of every role counted over the items in `items` alone (say, one pane), in deck
/// order. A role no item of the range counts for has a total of 0 and no figure to show.
pub fn score_in(deck: &Deck, marks: &Marks, items: std::ops::Range<ItemIndex>) -> Vec<RoleFit> {
    let mut fits: Vec<RoleFit> = (0..deck.roles.len())
        .map(|role| RoleFit {
            role,
            percent: 0.0,
            have: 0,
            total: 0,
            have_weight: 0,
            total_weight: 0,
            refused: 0,
        })
        .collect();
    let start = items.start;
    let in_range = deck.items().enumerate().skip(start).take(items.len());
    for (index, item) in in_range {
        let mark = marks.get(index);
        for role in item.roles() {
            let fit = &mut fits[role];
            fit.total += 1;
            fit.total_weight += item.weight;
            if counts(mark, role) {
                fit.have += 1;
                fit.have_weight += item.weight;
            }
            if mark == Some(Mark::Refuse) {
                fit.refused += 1;
            }
        }
    }
    for fit in &mut fits {
        fit.percent = percent(fit.have_weight, fit.total_weight);
    }
    fits
}

/// Brings `fits` (as [`score`] gave them) up to date after the answer about the item at
/// `index` changed from `before` to `after`, touching only the roles it counts for: a mark on a
/// 100,000-item deck must not cost a pass over the deck.
pub fn adjust(
    fits: &mut [RoleFit],
    deck: &Deck,
    index: ItemIndex,
    before: Option<Mark>,
    after: Option<Mark>,
) {
    let item = deck.item(index);
    for role in item.roles() {
        let Some(fit) = fits.get_mut(role) else {
            continue;
        };
        let (had, has) = (counts(before, role), counts(after, role));
        if had != has {
            if has {
                fit.have += 1;
                fit.have_weight += item.weight;
            } else {
                fit.have -= 1;
                fit.have_weight -= item.weight;
            }
        }
        match (before == Some(Mark::Refuse), after == Some(Mark::Refuse)) {
            (false, true) => fit.refused += 1,
            (true, false) => fit.refused -= 1,
            _ => {}
        }
        fit.percent = percent(fit.have_weight, fit.total_weight);
    }
}

fn percent(have_weight: u32, total_weight: u32) -> f64 {
    if total_weight > 0 {
        100.0 * f64::from(have_weight) / f64::from(total_weight)
    } else {
        0.0
    }
}

/// Every item that counts for `role`, with whether the user's answers count it.
pub fn contributions(deck: &Deck, marks: &Marks, role: RoleIndex) -> Vec<Contribution> {
    deck.items()
        .enumerate()
        .filter(|(_, item)| item.counts_for(role))
        .map(|(index, item)| Contribution {
            item: index,
            weight: item.weight,
            counted: counts(marks.get(index), role),
        })
        .collect()
}

fn counts(mark: Option<Mark>, role: RoleIndex) -> bool {
    match mark {
        Some(Mark::Have) => true,
        Some(Mark::Lean(chosen)) => chosen == role,
        Some(Mark::Refuse) | None => false,
    }
}

/// Which role the answers favour. First screen, then compare (a conjunctive screen before the
/// compensatory score, as decision analysis calls it): a role with a deal-breaker cannot lead
/// while one without exists; among those that remain, the two highest whole percentages are
/// compared. When every role has a deal-breaker, all of them are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    Even,
    /// `role` fits best, by `points` over `over`.
    Leading {
        role: RoleIndex,
        over: RoleIndex,
        points: u32,
    },
    /// `role` leads, though `over` fits better on the traits by `points` (or as well, at 0):
    /// `over` has a deal-breaker and `role` has none.
    Screened {
        role: RoleIndex,
        over: RoleIndex,
        points: u32,
    },
}

impl Reading {
    /// The role in the lead, if any.
    pub fn lead(self) -> Option<RoleIndex> {
        match self {
            Reading::Even => None,
            Reading::Leading { role, .. } | Reading::Screened { role, .. } => Some(role),
        }
    }
}

pub fn reading(fits: &[RoleFit]) -> Reading {
    // Stable sorts: among equal fits the role listed first in the deck stays first.
    let mut by_fit: Vec<&RoleFit> = fits.iter().collect();
    by_fit.sort_by_key(|fit| std::cmp::Reverse(fit.rounded()));
    let any_unscreened = fits.iter().any(|fit| !fit.is_screened());
    let candidates: Vec<&RoleFit> = by_fit
        .iter()
        .copied()
        .filter(|fit| !(any_unscreened && fit.is_screened()))
        .collect();
    let Some(&lead) = candidates.first() else {
        return Reading::Even;
    };
    if let Some(&best) = by_fit.first()
        && best.rounded() > lead.rounded()
    {
        return Reading::Screened {
            role: lead.role,
            over: best.role,
            points: best.rounded() - lead.rounded(),
        };
    }
    match candidates.get(1) {
        // The only role without a deal-breaker leads even when a screened role fits as well.
        None => match by_fit.iter().find(|fit| fit.role != lead.role) {
            Some(other) if lead.rounded() > other.rounded() => Reading::Leading {
                role: lead.role,
                over: other.role,
                points: lead.rounded() - other.rounded(),
            },
            Some(other) => Reading::Screened {
                role: lead.role,
                over: other.role,
                points: 0,
            },
            None => Reading::Even,
        },
        Some(second) if lead.rounded() > second.rounded() => Reading::Leading {
            role: lead.role,
            over: second.role,
            points: lead.rounded() - second.rounded(),
        },
        _ => Reading::Even,
    }
}

/// The reading in words, e.g. `Leaning Director by 12 points`.
pub fn describe(deck: &Deck, reading: Reading) -> String {
    match reading {
        Reading::Even => "Even".to_string(),
        Reading::Leading { role, points, .. } => {
            let unit = if points == 1 { "point" } else { "points" };
            format!("Leaning {} by {points} {unit}", deck.roles[role].name)
        }
        Reading::Screened { role, over, .. } => format!(
            "{} fits best: {} has a deal-breaker",
            deck.roles[role].name, deck.roles[over].name
        ),
    }
}
