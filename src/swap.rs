//! The fewest new answers that put a given role in the lead, found exactly: the result is stated
//! as "mark X and Y, and Producer leads", so it must be the smallest set that really does it.
//! Screening holds here as in the reading: a role with a deal-breaker leads while another role
//! has none only once each of its deal-breakers is done after all (it becomes had).

use crate::deck::{Deck, ItemIndex, RoleIndex};
use crate::fit::{self, RoleFit};
use crate::marks::{Mark, Marks};

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
    /// Do a deal-breaker after all: the refused duty or skill becomes had.
    Accept(ItemIndex),
}

impl Change {
    pub fn item(self) -> ItemIndex {
        match self {
            Change::Have(item) | Change::Lean(item, _) | Change::Accept(item) => item,
        }
    }

    /// `marks` with this change made.
    pub fn apply(self, marks: &mut Marks) {
        match self {
            Change::Have(item) | Change::Accept(item) => marks.set(item, Some(Mark::Have)),
            Change::Lean(item, role) => marks.set(item, Some(Mark::Lean(role))),
        }
    }
}

/// Above this many candidate answers the search keeps only the ones that help the target most,
/// and the result is the smallest set among those (decks of this size are generated, not read).
const EXACT_UP_TO: usize = 64;
/// A bound on the states kept per set size, so no deck makes the search slow.
const MAX_STATES: usize = 4096;

/// One answer the user could add, and what it adds to each role's have-weight.
struct Candidate {
    change: Change,
    deltas: Vec<i64>,
}

/// Answers added so far: their total effect per role, and which candidates they are.
#[derive(Clone)]
struct State {
    deltas: Vec<i64>,
    chosen: Vec<usize>,
}

/// Up to this many deal-breakers of the target, every subset of them is tried as "done after
/// all"; beyond it only none or all of them (a deck would need that many refusals of one role).
const ACCEPT_SUBSETS_UP_TO: usize = 8;

/// The smallest set of new answers (marking a duty or skill, leaning a difference to the
/// target's side, doing a deal-breaker after all) after which `target` leads on the rounded
/// figures; empty when none does.
///
/// New answers never add a deal-breaker, so the target leads either unscreened (all of its
/// deal-breakers done) or, while every role stays screened, on fit alone. Doing a deal-breaker
/// that does not count for the target only helps the others, so only the target's are tried.
pub fn fewest_changes_to_lead(
    deck: &Deck,
    marks: &Marks,
    fits: &[RoleFit],
    target: RoleIndex,
) -> Vec<Change> {
    let refused: Vec<ItemIndex> = marks
        .iter()
        .filter(|&(item, mark)| mark == Mark::Refuse && deck.item(item).counts_for(target))
        .map(|(item, _)| item)
        .collect();
    // Accepting only some of them leaves the target screened, which a role without a
    // deal-breaker now still outranks: then only all of them can work.
    let subsets = if fits.iter().any(|fit| !fit.is_screened()) {
        vec![refused]
    } else {
        accept_subsets(&refused)
    };
    // Doing deal-breakers after all changes neither the other answers nor any role's total, so
    // the candidate answers are the same after each subset.
    let candidates = candidates(deck, marks, target, fits);
    let mut best: Option<Vec<Change>> = None;
    for accepted in subsets {
        let mut changes: Vec<Change> = accepted.into_iter().map(Change::Accept).collect();
        if best.as_ref().is_some_and(|b| b.len() <= changes.len()) {
            continue;
        }
        let mut after = marks.clone();
        let mut after_fits = fits.to_vec();
        for change in &changes {
            let before = after.get(change.item());
            change.apply(&mut after);
            fit::adjust(
                &mut after_fits,
                deck,
                change.item(),
                before,
                after.get(change.item()),
            );
        }
        let target_screened = after_fits[target].is_screened();
        if target_screened && after_fits.iter().any(|fit| !fit.is_screened()) {
            continue;
        }
        if fit::reading(&after_fits).lead() != Some(target) {
            let more = fewest_marks_to_lead(&candidates, &after_fits, target);
            if more.is_empty() {
                continue;
            }
            changes.extend(more);
        }
        if best.as_ref().is_none_or(|b| changes.len() < b.len()) {
            best = Some(changes);
        }
    }
    let mut changes = best.unwrap_or_default();
    changes.sort_by_key(|c| c.item());
    changes
}

/// Subsets of `refused` to do after all, fewest first: every subset while that is cheap, else
/// none and all.
fn accept_subsets(refused: &[ItemIndex]) -> Vec<Vec<ItemIndex>> {
    if refused.len() > ACCEPT_SUBSETS_UP_TO {
        return vec![Vec::new(), refused.to_vec()];
    }
    let mut subsets: Vec<Vec<ItemIndex>> = (0u32..1 << refused.len())
        .map(|bits| {
            (0..refused.len())
                .filter(|bit| bits & (1 << bit) != 0)
                .map(|bit| refused[bit])
                .collect()
        })
        .collect();
    subsets.sort_by_key(Vec::len);
    subsets
}

/// As [`fewest_changes_to_lead`] with new marks and leans alone, chosen from `candidates`.
fn fewest_marks_to_lead(
    candidates: &[Candidate],
    fits: &[RoleFit],
    target: RoleIndex,
) -> Vec<Change> {
    let have: Vec<i64> = fits.iter().map(|f| i64::from(f.have_weight)).collect();
    let leads = |state: &State| leads(fits, &have, &state.deltas, target);

    // layers[k]: the non-dominated states reachable with k answers from the candidates seen so
    // far. A state dominates another when the target has at least as much and every other role
    // at most as much: whatever leads from the other leads from it, now and after more answers.
    let empty = State {
        deltas: vec![0; fits.len()],
        chosen: Vec::new(),
    };
    let mut layers: Vec<Vec<State>> = vec![vec![empty]];
    let mut best: Option<State> = None;
    for (index, candidate) in candidates.iter().enumerate() {
        // Sets no smaller than the best found cannot improve on it.
        let limit = best.as_ref().map_or(layers.len(), |b| b.chosen.len() - 1);
        for k in (0..layers.len().min(limit)).rev() {
            let grown: Vec<State> = layers[k]
                .iter()
                .map(|state| State {
                    deltas: state
                        .deltas
                        .iter()
                        .zip(&candidate.deltas)
                        .map(|(a, b)| a + b)
                        .collect(),
                    chosen: state.chosen.iter().copied().chain([index]).collect(),
                })
                .collect();
            if let Some(found) = grown.iter().find(|s| leads(s)) {
                best = Some(found.clone());
            }
            if k + 1 == layers.len() {
                layers.push(Vec::new());
            }
            layers[k + 1].extend(grown);
            prune(&mut layers[k + 1], target);
        }
    }
    let mut changes: Vec<Change> = best
        .map(|b| b.chosen.iter().map(|&i| candidates[i].change).collect())
        .unwrap_or_default();
    changes.sort_by_key(|c| c.item());
    changes
}

/// The answers that could help `target`, in deck order; above [`EXACT_UP_TO`] of them, only
/// those that help it most (most first, then in deck order), without building the rest.
fn candidates(deck: &Deck, marks: &Marks, target: RoleIndex, fits: &[RoleFit]) -> Vec<Candidate> {
    let share =
        |weight: i64, role: RoleIndex| weight as f64 / f64::from(fits[role].total_weight.max(1));
    let mut options: Vec<Prospect> = Vec::new();
    for (index, item) in deck.items().enumerate() {
        if !item.counts_for(target) {
            continue;
        }
        let weight = i64::from(item.weight);
        let option = match (marks.get(index), item.is_difference()) {
            (None, false) => {
                let others = item
                    .roles()
                    .filter(|&role| role != target)
                    .map(|role| share(weight, role))
                    .fold(0.0, f64::max);
                Prospect {
                    change: Change::Have(index),
                    help: share(weight, target) - others,
                    leaning_from: None,
                }
            }
            (None, true) => Prospect {
                change: Change::Lean(index, target),
                help: share(weight, target),
                leaning_from: None,
            },
            (Some(Mark::Lean(current)), true) if current != target => Prospect {
                change: Change::Lean(index, target),
                help: share(weight, target),
                leaning_from: Some(current),
            },
            _ => continue,
        };
        options.push(option);
    }
    if options.len() > EXACT_UP_TO {
        let most_help_first = |a: &Prospect, b: &Prospect| {
            b.help
                .total_cmp(&a.help)
                .then(a.change.item().cmp(&b.change.item()))
        };
        options.select_nth_unstable_by(EXACT_UP_TO - 1, most_help_first);
        options.truncate(EXACT_UP_TO);
        options.sort_by(most_help_first);
    }
    options
        .into_iter()
        .map(|option| {
            let item = deck.item(option.change.item());
            let weight = i64::from(item.weight);
            let mut deltas = vec![0; fits.len()];
            match option.change {
                Change::Have(_) | Change::Accept(_) => {
                    item.roles().for_each(|r| deltas[r] = weight)
                }
                Change::Lean(..) => {
                    deltas[target] = weight;
                    if let Some(current) = option.leaning_from {
                        deltas[current] = -weight;
                    }
                }
            }
            Candidate {
                change: option.change,
                deltas,
            }
        })
        .collect()
}

/// A candidate answer before its effects are worked out: how much it helps the target over the
/// best other role, as shares of their totals.
struct Prospect {
    change: Change,
    help: f64,
    leaning_from: Option<RoleIndex>,
}

/// Keeps only the states no other state dominates, at most [`MAX_STATES`] of them.
fn prune(states: &mut Vec<State>, target: RoleIndex) {
    let dominates = |a: &State, b: &State| {
        a.deltas
            .iter()
            .zip(&b.deltas)
            .enumerate()
            .all(|(role, (x, y))| if role == target { x >= y } else { x <= y })
    };
    // Most target weight first, so a dominating state is usually met before those it dominates.
    states.sort_by_key(|s| std::cmp::Reverse(s.deltas[target] - s.deltas.iter().sum::<i64>()));
    let mut kept: Vec<State> = Vec::with_capacity(states.len());
    for state in states.drain(..) {
        if !kept.iter().any(|k| dominates(k, &state)) {
            kept.retain(|k| !dominates(&state, k));
            kept.push(state);
        }
    }
    kept.truncate(MAX_STATES);
    *states = kept;
}

/// Whether `target` leads when each role has `have[role] + deltas[role]` of its weight.
fn leads(fits: &[RoleFit], have: &[i64], deltas: &[i64], target: RoleIndex) -> bool {
    let hypothetical: Vec<RoleFit> = fits
        .iter()
        .zip(have.iter().zip(deltas))
        .map(|(fit, (&have, &delta))| {
            let have_weight = u32::try_from((have + delta).max(0)).unwrap_or(u32::MAX);
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
    fit::reading(&hypothetical).lead() == Some(target)
}
