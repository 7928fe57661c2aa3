//! The fit of every role broken down by pane and by phase of a film's life: the figures the
//! result's charts draw (no terminal here).

use crate::deck::{Deck, Pane};
use crate::fit::{self, RoleFit};
use crate::marks::Marks;
use crate::phases::{PhaseFits, phase_fits};

#[derive(Debug, Clone, PartialEq)]
pub struct Breakdown {
    /// For each pane (in `Pane::ALL` order), each role's fit counted over that pane alone; a
    /// role no item of the pane counts for has a total of 0.
    pub panes: [Vec<RoleFit>; 3],
    /// Each role's fit in each phase; empty for a deck without phases.
    pub phases: PhaseFits,
}

pub fn breakdown(deck: &Deck, marks: &Marks) -> Breakdown {
    Breakdown {
        panes: Pane::ALL.map(|pane| fit::score_in(deck, marks, deck.pane_range(pane))),
        phases: phase_fits(deck, marks),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::marks::Mark;

    #[test]
    fn each_pane_counts_its_own_items_alone() {
        let deck = Deck::builtin().unwrap();
        let mut marks = Marks::for_deck(&deck);
        for item in deck.pane_range(Pane::Skills) {
            marks.set(item, Some(Mark::Have));
        }
        let parts = breakdown(&deck, &marks);
        for fit in &parts.panes[Pane::Skills.position()] {
            assert!(fit.total > 0);
            assert_eq!(fit.have, fit.total, "{fit:?}");
        }
        for fit in &parts.panes[Pane::Duties.position()] {
            assert_eq!(fit.have, 0, "{fit:?}");
        }
        let whole = fit::score(&deck, &marks);
        for role in 0..deck.roles.len() {
            let by_pane: usize = parts.panes.iter().map(|fits| fits[role].total).sum();
            assert_eq!(by_pane, whole[role].total);
        }
        assert!(!parts.phases.is_empty());
    }
}
