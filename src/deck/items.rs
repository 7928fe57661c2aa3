//! Validating the duties, skills and differences of the file form, each into an [`Item`] that
//! owns its texts, and finding ids used twice.

use std::collections::{HashMap, HashSet};

use super::file::{DifferenceFile, Text, TraitFile};
use super::{Item, ItemKind, Pane, Problem, RoleIndex, Side};

const WEIGHTS: std::ops::RangeInclusive<i64> = 1..=10;

/// The deck's role ids, for resolving the roles items name.
pub(super) type RoleIds<'r> = HashMap<&'r str, RoleIndex>;

/// The duty or skill `raw`, number `position` of its pane, with every problem it has recorded.
pub(super) fn trait_item(
    raw: TraitFile,
    pane: Pane,
    position: usize,
    role_ids: &RoleIds,
    problems: &mut Vec<Problem>,
) -> Item {
    check_common(&raw.id, &raw.title, raw.weight, pane, position, problems);
    if raw.roles.is_empty() {
        problems.push(Problem::NoRoles {
            item: raw.id.to_string(),
        });
    }
    let mut roles = Vec::with_capacity(raw.roles.len());
    for name in &raw.roles {
        match role_ids.get(&**name) {
            None => problems.push(Problem::UnknownRole {
                role: name.to_string(),
                item: raw.id.to_string(),
            }),
            Some(index) if roles.contains(index) => problems.push(Problem::RepeatedRole {
                role: name.to_string(),
                item: raw.id.to_string(),
            }),
            Some(&index) => roles.push(index),
        }
    }
    roles.sort_unstable();
    Item {
        id: owned(raw.id),
        pane,
        title: owned(raw.title),
        detail: owned(raw.detail),
        weight: clamp_weight(raw.weight),
        kind: ItemKind::Trait {
            roles: roles.into(),
        },
    }
}

/// The difference `raw`, number `position` of its pane, with every problem it has recorded.
pub(super) fn difference_item(
    raw: DifferenceFile,
    position: usize,
    role_ids: &RoleIds,
    problems: &mut Vec<Problem>,
) -> Item {
    let pane = Pane::Differences;
    check_common(&raw.id, &raw.title, raw.weight, pane, position, problems);
    let raw_sides = raw.sides.0;
    if raw_sides.len() < 2 {
        problems.push(Problem::TooFewSides {
            item: raw.id.to_string(),
            count: raw_sides.len(),
        });
    }
    let mut sides: Vec<Side> = Vec::with_capacity(raw_sides.len());
    for (name, text) in raw_sides {
        if text.trim().is_empty() {
            problems.push(Problem::EmptySide {
                role: name.to_string(),
                item: raw.id.to_string(),
            });
        }
        match role_ids.get(&*name) {
            Some(&role) if sides.iter().any(|s| s.role == role) => {
                problems.push(Problem::RepeatedRole {
                    role: name.to_string(),
                    item: raw.id.to_string(),
                })
            }
            Some(&role) => sides.push(Side {
                role,
                text: text.0.into_owned(),
            }),
            None => problems.push(Problem::UnknownRole {
                role: name.to_string(),
                item: raw.id.to_string(),
            }),
        }
    }
    sides.sort_by_key(|side| side.role);
    Item {
        id: owned(raw.id),
        pane,
        title: owned(raw.title),
        detail: owned(raw.detail),
        weight: clamp_weight(raw.weight),
        kind: ItemKind::Difference {
            sides: sides.into(),
        },
    }
}

/// Positions of `items` sorted by id; a repeated id is reported once.
pub(super) fn index_by_id(items: &[Item], problems: &mut Vec<Problem>) -> Vec<u32> {
    let id = |index: u32| &*items[index as usize].id;
    // Deck files are below 2 GiB (checked when loading), so far below 4 billion items; the
    // narrower index halves this table.
    let mut by_id: Vec<u32> = (0..items.len())
        .filter_map(|i| u32::try_from(i).ok())
        .collect();
    by_id.sort_by(|&a, &b| id(a).cmp(id(b)));
    let mut reported = HashSet::new();
    for pair in by_id.windows(2) {
        let first = id(pair[0]);
        if !first.is_empty() && first == id(pair[1]) && reported.insert(first) {
            problems.push(Problem::DuplicateId {
                id: first.to_string(),
            });
        }
    }
    by_id
}

/// The string itself: a copy of the file's text when it was borrowed from it, else the decoded
/// string, moved.
fn owned(text: Text) -> Box<str> {
    text.0.into()
}

fn check_common(
    id: &str,
    title: &str,
    weight: i64,
    pane: Pane,
    position: usize,
    problems: &mut Vec<Problem>,
) {
    if id.trim().is_empty() {
        problems.push(Problem::EmptyId {
            pane: pane.key(),
            position,
        });
    }
    if title.trim().is_empty() {
        problems.push(Problem::EmptyTitle {
            item: id.to_string(),
        });
    }
    if !WEIGHTS.contains(&weight) {
        problems.push(Problem::WeightOutOfRange {
            item: id.to_string(),
            weight,
        });
    }
}

/// Only reached with an out-of-range weight when a problem is already recorded and the deck is
/// dropped.
fn clamp_weight(weight: i64) -> u32 {
    weight.clamp(*WEIGHTS.start(), *WEIGHTS.end()) as u32
}
