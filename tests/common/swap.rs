//! The swap suggestion checked against brute force: every subset of the single new answers a
//! small deck allows, the leader after applying answers, and failure messages naming the marks.

use rolefit::deck::{Deck, ItemKind};
use rolefit::fit::{self, Reading};
use rolefit::marks::{Mark, Marks};
use rolefit::summary::summarise;
use rolefit::swap::Change;

pub fn leader(marks: &Marks, deck: &Deck) -> Option<usize> {
    match fit::reading(&fit::score(deck, marks)) {
        Reading::Leading { role, .. } | Reading::Screened { role, .. } => Some(role),
        Reading::Even => None,
    }
}

/// Every single new answer: have an unmarked trait, do any deal-breaker after all, lean a
/// difference to `target` where it does not already.
pub fn candidate_changes(deck: &Deck, marks: &Marks, target: usize) -> Vec<Change> {
    let mut changes = Vec::new();
    for (item, entry) in deck.items().enumerate() {
        match (&entry.kind, marks.get(item)) {
            (ItemKind::Trait { .. }, None) => changes.push(Change::Have(item)),
            (ItemKind::Trait { .. }, Some(Mark::Refuse)) => changes.push(Change::Accept(item)),
            (ItemKind::Difference { .. }, current)
                if entry.counts_for(target) && current != Some(Mark::Lean(target)) =>
            {
                changes.push(Change::Lean(item, target));
            }
            _ => {}
        }
    }
    changes
}

pub fn applied(marks: &Marks, changes: &[Change]) -> Marks {
    let mut marks = marks.clone();
    for &change in changes {
        change.apply(&mut marks);
    }
    marks
}

/// The size of the smallest subset of `candidates` after which `target` leads, by brute force.
pub fn smallest_swap(deck: &Deck, marks: &Marks, target: usize) -> Option<usize> {
    let candidates = candidate_changes(deck, marks, target);
    assert!(candidates.len() <= 16, "brute force is for small decks");
    (0u32..1 << candidates.len())
        .filter(|subset| {
            let chosen: Vec<Change> = candidates
                .iter()
                .enumerate()
                .filter(|(i, _)| subset & (1 << i) != 0)
                .map(|(_, &c)| c)
                .collect();
            leader(&applied(marks, &chosen), deck) == Some(target)
        })
        .map(|subset| subset.count_ones() as usize)
        .min()
}

/// Describes a mark set for failure messages.
pub fn show(deck: &Deck, marks: &Marks) -> String {
    marks
        .iter()
        .map(|(item, mark)| match mark {
            Mark::Have => deck.item(item).id.to_string(),
            Mark::Lean(r) => format!("{}={}", deck.item(item).id, deck.roles[r].id),
            Mark::Refuse => format!("!{}", deck.item(item).id),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The role a screened result's swap aims at: the best other role without a deal-breaker, else
/// the best fit (which has one).
pub fn screened_runner_up(fits: &[fit::RoleFit], lead: usize, best_fit: usize) -> usize {
    let mut others: Vec<&fit::RoleFit> = fits
        .iter()
        .filter(|f| f.role != lead && !f.is_screened())
        .collect();
    others.sort_by_key(|f| std::cmp::Reverse(f.rounded()));
    others.first().map_or(best_fit, |f| f.role)
}

/// The suggestion must swap the lead when applied, and no smaller set of answers may.
pub fn check_swap_is_smallest(deck: &Deck, marks: &Marks) -> Result<(), String> {
    let summary = summarise(deck, marks);
    let fits = fit::score(deck, marks);
    let (lead, over) = match fit::reading(&fits) {
        Reading::Even => {
            return match summary.to_swap_lead {
                None => Ok(()),
                Some(swap) => Err(format!("even, yet a swap is suggested: {swap:?}")),
            };
        }
        Reading::Leading { role, over, .. } => (role, over),
        Reading::Screened { role, over, .. } => (role, screened_runner_up(&fits, role, over)),
    };
    let swap = summary
        .to_swap_lead
        .ok_or_else(|| "a leader but no swap suggestion".to_string())?;
    if swap.new_leader != over {
        return Err(format!(
            "new leader {} is not the runner-up {over}",
            swap.new_leader
        ));
    }
    let smallest = smallest_swap(deck, marks, over);
    let after = leader(&applied(marks, &swap.changes), deck);
    match smallest {
        None if swap.changes.is_empty() => Ok(()),
        None => Err(format!(
            "no swap exists, yet {:?} is suggested",
            swap.changes
        )),
        Some(_) if swap.changes.is_empty() => Err(format!(
            "a swap of {} answers exists, but none is suggested (lead {lead})",
            smallest.unwrap()
        )),
        Some(_) if after != Some(over) => Err(format!(
            "{:?} does not swap the lead: leader afterwards {after:?}",
            swap.changes
        )),
        Some(n) if swap.changes.len() > n => Err(format!(
            "{:?} has {} answers, but {n} suffice",
            swap.changes,
            swap.changes.len()
        )),
        Some(_) => Ok(()),
    }
}

/// Checks the suggestion against brute force for each of `all`, listing the first failures.
pub fn assert_swap_is_smallest_for_all(deck: &Deck, all: &[Marks]) {
    let failures: Vec<String> = all
        .iter()
        .filter_map(|marks| {
            check_swap_is_smallest(deck, marks)
                .err()
                .map(|e| format!("[{}]: {e}", show(deck, marks)))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} mark sets fail, e.g.\n{}",
        failures.len(),
        all.len(),
        failures
            .iter()
            .take(8)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
