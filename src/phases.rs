//! Fit per phase of a film's life per role: of the duties and skills tagged with a phase that
//! count for a role, the share of weight the user has, so a person sees where in a film's life
//! they fit, not only how much.

use crate::deck::{Deck, PhaseIndex, RoleIndex};
use crate::marks::{Mark, Marks};

/// One role's fit in one phase: `percent` = 100 x `have_weight` / `total_weight`, counted over
/// the items tagged with the phase that count for the role.
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseFit {
    pub phase: PhaseIndex,
    pub role: RoleIndex,
    /// `None` when no item of the phase counts for the role: the role has no figure there,
    /// which is not the same as a fit of 0% (nothing marked among items it does have).
    pub percent: Option<f64>,
    /// Items of the phase that count for the role and that the user has.
    pub have: usize,
    /// Items of the phase that count for the role.
    pub total: usize,
    pub have_weight: u32,
    pub total_weight: u32,
    /// Items of the phase that count for the role and that the user would not do. Counted as
    /// not had, as in the role's fit; their weight stays in the total.
    pub refused: usize,
}

impl PhaseFit {
    /// The percentage as shown to people, a whole number; `None` where there is no figure.
    pub fn rounded(&self) -> Option<u32> {
        self.percent.map(|percent| percent.round() as u32)
    }
}

/// Every phase's fit for every role: a grid of phases by roles, both in deck order. Empty for
/// a deck without phases, which then shows no phase view.
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseFits {
    roles: usize,
    /// Phase by phase, each with one entry per role.
    fits: Vec<PhaseFit>,
}

impl PhaseFits {
    /// Whether there is nothing to show: the deck has no phases.
    pub fn is_empty(&self) -> bool {
        self.fits.is_empty()
    }

    /// How many phases the grid has (the deck's).
    pub fn phases(&self) -> usize {
        self.fits.len().checked_div(self.roles).unwrap_or(0)
    }

    /// One phase's fit for each role, in role order: the group a chart draws side by side.
    /// Empty for a phase the deck does not have.
    pub fn of_phase(&self, phase: PhaseIndex) -> &[PhaseFit] {
        let start = phase.saturating_mul(self.roles);
        self.fits
            .get(start..start.saturating_add(self.roles))
            .unwrap_or(&[])
    }

    /// One role's fit in each phase, in phase order; nothing for a role the deck does not
    /// have. A stride through the grid, so that reading every role costs the grid's size once.
    pub fn of_role(&self, role: RoleIndex) -> impl Iterator<Item = &PhaseFit> + '_ {
        let start = if role < self.roles {
            role
        } else {
            self.fits.len()
        };
        // `get`: without phases the grid is empty, and every role starts past its end.
        let rest = self.fits.get(start..).unwrap_or(&[]);
        rest.iter().step_by(self.roles.max(1))
    }

    pub fn get(&self, phase: PhaseIndex, role: RoleIndex) -> Option<&PhaseFit> {
        self.of_phase(phase).get(role)
    }

    /// Every entry, phase by phase, each phase's roles in order.
    pub fn iter(&self) -> std::slice::Iter<'_, PhaseFit> {
        self.fits.iter()
    }
}

/// The fit of every role in every phase of `deck` for `marks`. Items without a phase (and
/// differences, which have none) count in no phase. One pass over the items.
pub fn phase_fits(deck: &Deck, marks: &Marks) -> PhaseFits {
    let roles = deck.roles.len();
    let mut fits: Vec<PhaseFit> = (0..deck.phases.len())
        .flat_map(|phase| {
            (0..roles).map(move |role| PhaseFit {
                phase,
                role,
                percent: None,
                have: 0,
                total: 0,
                have_weight: 0,
                total_weight: 0,
                refused: 0,
            })
        })
        .collect();
    for (index, item) in deck.items().enumerate() {
        let Some(phase) = item.phase() else {
            continue;
        };
        let mark = marks.get(index);
        for role in item.roles() {
            let Some(fit) = fits.get_mut(phase * roles + role) else {
                continue;
            };
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
        if fit.total_weight > 0 {
            fit.percent = Some(100.0 * f64::from(fit.have_weight) / f64::from(fit.total_weight));
        }
    }
    PhaseFits { roles, fits }
}

/// The rule of `fit::score`, so a role's figures over its phases and its untagged items add up
/// to its fit: a refusal is not had.
fn counts(mark: Option<Mark>, role: RoleIndex) -> bool {
    match mark {
        Some(Mark::Have) => true,
        Some(Mark::Lean(chosen)) => chosen == role,
        Some(Mark::Refuse) | None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DECK: &str = r#"(
        id: "t", title: "T",
        roles: [(id: "a", name: "A"), (id: "b", name: "B")],
        phases: [(id: "early", name: "Early"), (id: "late", name: "Late")],
        duties: [
            (id: "d1", title: "D1", roles: ["a"], phase: "early", weight: 3),
            (id: "d2", title: "D2", roles: ["a", "b"], phase: "early"),
            (id: "d3", title: "D3", roles: ["a"]),
        ],
        skills: [(id: "s1", title: "S1", roles: ["a"], phase: "late", weight: 2)],
    )"#;

    fn deck() -> Deck {
        Deck::parse(DECK, "test").expect("valid")
    }

    #[test]
    fn a_phase_fit_is_the_share_of_its_marked_weight() {
        let deck = deck();
        let mut marks = Marks::for_deck(&deck);
        marks.set(0, Some(Mark::Have));
        let fits = phase_fits(&deck, &marks);
        assert_eq!(fits.phases(), 2);
        let early_a = fits.get(0, 0).expect("early, a");
        assert_eq!((early_a.have, early_a.total), (1, 2));
        assert_eq!((early_a.have_weight, early_a.total_weight), (3, 4));
        assert_eq!(early_a.percent, Some(75.0));
        let early_b = fits.get(0, 1).expect("early, b");
        assert_eq!(
            (early_b.have, early_b.total, early_b.percent),
            (0, 1, Some(0.0))
        );
    }

    #[test]
    fn a_phase_with_nothing_for_a_role_has_no_figure_for_it() {
        let deck = deck();
        let fits = phase_fits(&deck, &Marks::for_deck(&deck));
        let late_b = fits.get(1, 1).expect("late, b");
        assert_eq!(
            (late_b.total, late_b.percent, late_b.rounded()),
            (0, None, None)
        );
        let late_a = fits.get(1, 0).expect("late, a");
        assert_eq!(late_a.rounded(), Some(0));
    }

    #[test]
    fn the_grid_is_read_by_phase_and_by_role() {
        let deck = deck();
        let fits = phase_fits(&deck, &Marks::for_deck(&deck));
        let group: Vec<(usize, usize)> =
            fits.of_phase(1).iter().map(|f| (f.phase, f.role)).collect();
        assert_eq!(group, [(1, 0), (1, 1)]);
        let role: Vec<(usize, usize)> = fits.of_role(1).map(|f| (f.phase, f.role)).collect();
        assert_eq!(role, [(0, 1), (1, 1)]);
        assert!(fits.of_phase(2).is_empty());
        assert!(fits.get(0, 2).is_none());
        assert_eq!(fits.iter().count(), 4);
    }
}
