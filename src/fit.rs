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
}

impl RoleFit {
    /// The percentage as shown to people: a whole number.
    pub fn rounded(&self) -> u32 {
        self.percent.round() as u32
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
    let mut fits: Vec<RoleFit> = (0..deck.roles.len())
        .map(|role| RoleFit {
            role,
            percent: 0.0,
            have: 0,
            total: 0,
            have_weight: 0,
            total_weight: 0,
        })
        .collect();
    for (index, item) in deck.items().enumerate() {
        let mark = marks.get(index);
        for role in item.roles() {
            let fit = &mut fits[role];
            fit.total += 1;
            fit.total_weight += item.weight;
            if counts(mark, role) {
                fit.have += 1;
                fit.have_weight += item.weight;
            }
        }
    }
    for fit in &mut fits {
        if fit.total_weight > 0 {
            fit.percent = 100.0 * f64::from(fit.have_weight) / f64::from(fit.total_weight);
        }
    }
    fits
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
        None => false,
    }
}

/// Which role the answers favour, comparing the two highest whole percentages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    Even,
    Leading {
        role: RoleIndex,
        over: RoleIndex,
        points: u32,
    },
}

pub fn reading(fits: &[RoleFit]) -> Reading {
    let mut ranked: Vec<&RoleFit> = fits.iter().collect();
    // Stable: among equal fits the role listed first in the deck stays first.
    ranked.sort_by_key(|fit| std::cmp::Reverse(fit.rounded()));
    match ranked.as_slice() {
        [first, second, ..] if first.rounded() > second.rounded() => Reading::Leading {
            role: first.role,
            over: second.role,
            points: first.rounded() - second.rounded(),
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
    }
}
