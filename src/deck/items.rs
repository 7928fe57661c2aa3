//! Validating the duties, skills and differences of the file form, each into an [`Item`] that
//! owns its cleaned texts, and the phases they name, with every problem placed in its pane and,
//! where the file spells the value as it is, at its line and column; and finding ids used twice.

use std::collections::{HashMap, HashSet};

use super::cleaning::Cleaner;
use super::file::{DifferenceFile, PhaseFile, Text, TraitFile};
use super::{
    Item, ItemKind, Located, MAX_PHASES, MAX_SIDES, Pane, Phase, PhaseIndex, Problem, RoleIndex,
    Side,
};
use crate::untrusted::name::MAX_ID_CHARS;

const WEIGHTS: std::ops::RangeInclusive<i64> = 1..=10;

/// The deck's role ids, for resolving the roles items name.
pub(super) type RoleIds<'r> = HashMap<&'r str, RoleIndex>;

/// What validating every item of one file shares: the file's text (to place values in it), the
/// role ids, the cleaning, and the problems found so far.
pub(super) struct Build<'b> {
    pub text: &'b str,
    pub role_ids: &'b RoleIds<'b>,
    pub cleaner: &'b mut Cleaner,
    pub problems: &'b mut Vec<Located>,
    /// The deck's phase ids, filled by [`Build::phases`] before any item is built.
    pub phase_ids: HashMap<String, PhaseIndex>,
    /// Where each item's id is in the text, in item order, for the ids used twice.
    pub id_places: Vec<Option<usize>>,
    /// Problems waiting for their line and column, by their index in `problems`, with the byte
    /// offset of their value: placed all at once by [`Build::place_problems`].
    pub offsets: Vec<(usize, usize)>,
}

impl Build<'_> {
    /// The byte offset of `value` in the file, when it is a slice of the file's text (a string
    /// written without escapes).
    fn place_of(&self, value: &Text) -> Option<usize> {
        let base = self.text.as_ptr() as usize;
        let at = value.as_ptr() as usize;
        let inside = at >= base && at + value.len() <= base + self.text.len();
        (inside && matches!(value.0, std::borrow::Cow::Borrowed(_))).then(|| at - base)
    }

    fn report(&mut self, problem: Problem, pane: Pane, offset: Option<usize>) {
        self.report_in(problem, Some(pane), offset);
    }

    /// [`Build::report`] for a problem that may be in no pane (a phase's).
    fn report_in(&mut self, problem: Problem, pane: Option<Pane>, offset: Option<usize>) {
        if let Some(offset) = offset {
            self.offsets.push((self.problems.len(), offset));
        }
        self.problems.push(Located {
            problem,
            pane,
            at: None,
        });
    }

    /// The deck's phases, cleaned and checked (ids non-empty, short and unique, names
    /// non-empty, at most [`MAX_PHASES`]), their ids remembered for the items that name them.
    /// A phase id used twice resolves to its first place.
    pub fn phases(&mut self, raw: Vec<PhaseFile>) -> Vec<Phase> {
        if raw.len() > MAX_PHASES {
            let problem = Problem::TooManyPhases { count: raw.len() };
            self.report_in(problem, None, None);
        }
        let mut phases = Vec::with_capacity(raw.len());
        for (index, file) in raw.into_iter().enumerate() {
            let place = self.place_of(&file.id);
            let position = index + 1;
            let id = self
                .cleaner
                .text(&file.id, || format!("the id of phase #{position}"))
                .into_owned();
            let name = self
                .cleaner
                .text(&file.name, || format!("the name of phase `{id}`"))
                .into_owned();
            if id.trim().is_empty() {
                self.report_in(Problem::EmptyPhaseId { position }, None, place);
            } else if self.phase_ids.contains_key(&id) {
                let phase = id.clone();
                self.report_in(Problem::DuplicatePhase { phase }, None, place);
            } else {
                self.phase_ids.insert(id.clone(), index);
            }
            let chars = id.chars().count();
            if chars > MAX_ID_CHARS {
                let problem = Problem::LongId {
                    what: "phase",
                    id: id.chars().take(40).chain("…".chars()).collect(),
                    chars,
                };
                self.report_in(problem, None, place);
            }
            if name.trim().is_empty() {
                let phase = id.clone();
                self.report_in(Problem::EmptyPhaseName { phase }, None, place);
            }
            phases.push(Phase { id, name });
        }
        phases
    }

    /// The phase a duty or skill `id` names, or a problem placed at the name. `None` too past
    /// [`MAX_PHASES`], which is already a problem of the deck.
    fn phase(&mut self, name: Option<&Text>, id: &str, pane: Pane) -> Option<u8> {
        let name = name?;
        let cleaned = self.cleaner.text(name, || format!("the phase of `{id}`"));
        let found = self.phase_ids.get(&*cleaned).copied();
        if found.is_none() {
            let problem = Problem::UnknownPhase {
                phase: cleaned.into_owned(),
                item: id.to_string(),
            };
            let place = self.place_of(name);
            self.report(problem, pane, place);
        }
        found.and_then(|index| u8::try_from(index).ok())
    }

    /// Gives every problem reported with an offset its line and column, in one pass over the
    /// text however many there are: a deck with a problem on every line costs no more than
    /// reading it.
    pub fn place_problems(&mut self) {
        let mut offsets = std::mem::take(&mut self.offsets);
        offsets.sort_unstable_by_key(|&(_, offset)| offset);
        // The line and the column (in characters) where the scan has got to.
        let (mut line, mut column, mut scanned) = (1, 1, 0);
        for (problem, offset) in offsets {
            let Some(between) = self.text.get(scanned..offset) else {
                continue;
            };
            match between.rfind('\n') {
                Some(last) => {
                    line += between.matches('\n').count();
                    column = between[last + 1..].chars().count() + 1;
                }
                None => column += between.chars().count(),
            }
            scanned = offset;
            self.problems[problem].at = Some((line, column));
        }
    }

    /// The item's cleaned id, with its place remembered and any problem with it reported.
    fn id(&mut self, raw: &Text, pane: Pane, position: usize) -> Box<str> {
        let place = self.place_of(raw);
        self.id_places.push(place);
        let id = self.cleaner.boxed(raw.0.clone(), || {
            format!("the id of {} #{position}", pane.key())
        });
        if id.trim().is_empty() {
            let pane_key = pane.key();
            self.report(
                Problem::EmptyId {
                    pane: pane_key,
                    position,
                },
                pane,
                place,
            );
        }
        let chars = id.chars().count();
        if chars > MAX_ID_CHARS {
            let id = id.chars().take(40).chain("…".chars()).collect();
            let problem = Problem::LongId {
                what: "item",
                id,
                chars,
            };
            self.report(problem, pane, place);
        }
        id
    }

    /// A text of the item `id`, cleaned.
    fn text(&mut self, raw: Text, what: &str, id: &str) -> Box<str> {
        self.cleaner
            .boxed(raw.0, || format!("the {what} of `{id}`"))
    }

    /// The role a role name of the item `id` refers to, or a problem placed at the name.
    fn role(&mut self, name: &Text, id: &str, pane: Pane) -> Option<RoleIndex> {
        let cleaned = self
            .cleaner
            .text(name, || format!("a role named by `{id}`"));
        let found = self.role_ids.get(&*cleaned).copied();
        if found.is_none() {
            let problem = Problem::UnknownRole {
                role: cleaned.into_owned(),
                item: id.to_string(),
            };
            let place = self.place_of(name);
            self.report(problem, pane, place);
        }
        found
    }

    fn common(&mut self, id: &str, title: &str, weight: i64, pane: Pane, place: Option<usize>) {
        if title.trim().is_empty() {
            let item = id.to_string();
            self.report(Problem::EmptyTitle { item }, pane, place);
        }
        if !WEIGHTS.contains(&weight) {
            let item = id.to_string();
            self.report(Problem::WeightOutOfRange { item, weight }, pane, place);
        }
    }
}

/// The duty or skill `raw`, number `position` of its pane, with every problem it has recorded.
pub(super) fn trait_item(raw: TraitFile, pane: Pane, position: usize, build: &mut Build) -> Item {
    let id = build.id(&raw.id, pane, position);
    let place = build.place_of(&raw.id);
    let title = build.text(raw.title, "title", &id);
    build.common(&id, &title, raw.weight, pane, place);
    if raw.roles.is_empty() {
        let item = id.to_string();
        build.report(Problem::NoRoles { item }, pane, place);
    }
    let mut roles = Vec::with_capacity(raw.roles.len());
    for name in &raw.roles {
        match build.role(name, &id, pane) {
            None => {}
            Some(index) if roles.contains(&index) => {
                let problem = Problem::RepeatedRole {
                    role: name.to_string(),
                    item: id.to_string(),
                };
                let at = build.place_of(name);
                build.report(problem, pane, at);
            }
            Some(index) => roles.push(index),
        }
    }
    roles.sort_unstable();
    let phase = build.phase(raw.phase.as_ref(), &id, pane);
    let detail = build.text(raw.detail, "detail", &id);
    Item {
        id,
        pane,
        title,
        detail,
        weight: clamp_weight(raw.weight),
        kind: ItemKind::Trait {
            roles: roles.into(),
        },
        phase,
    }
}

/// The difference `raw`, number `position` of its pane, with every problem it has recorded.
pub(super) fn difference_item(raw: DifferenceFile, position: usize, build: &mut Build) -> Item {
    let pane = Pane::Differences;
    let id = build.id(&raw.id, pane, position);
    let place = build.place_of(&raw.id);
    let title = build.text(raw.title, "title", &id);
    build.common(&id, &title, raw.weight, pane, place);
    let raw_sides = raw.sides.0;
    if raw_sides.len() < 2 {
        let problem = Problem::TooFewSides {
            item: id.to_string(),
            count: raw_sides.len(),
        };
        build.report(problem, pane, place);
    }
    if raw_sides.len() > MAX_SIDES {
        let problem = Problem::TooManySides {
            item: id.to_string(),
            count: raw_sides.len(),
        };
        build.report(problem, pane, place);
    }
    let mut sides: Vec<Side> = Vec::with_capacity(raw_sides.len());
    for (name, text) in raw_sides {
        let role = build.role(&name, &id, pane);
        let side = build.cleaner.string(text.0.into_owned(), || {
            format!(
                "the `{}` side of `{id}`",
                crate::untrusted::text::clean(&name)
            )
        });
        if side.trim().is_empty() {
            let problem = Problem::EmptySide {
                role: crate::untrusted::text::clean(&name).into_owned(),
                item: id.to_string(),
            };
            let at = build.place_of(&name);
            build.report(problem, pane, at);
        }
        match role {
            None => {}
            Some(role) if sides.iter().any(|s| s.role == role) => {
                let problem = Problem::RepeatedRole {
                    role: name.to_string(),
                    item: id.to_string(),
                };
                let at = build.place_of(&name);
                build.report(problem, pane, at);
            }
            Some(role) => sides.push(Side { role, text: side }),
        }
    }
    sides.sort_by_key(|side| side.role);
    let detail = build.text(raw.detail, "detail", &id);
    Item {
        id,
        pane,
        title,
        detail,
        weight: clamp_weight(raw.weight),
        kind: ItemKind::Difference {
            sides: sides.into(),
        },
        phase: None,
    }
}

/// Positions of `items` sorted by id; a repeated id is reported once, at its second place,
/// with the pane of that item.
pub(super) fn index_by_id(items: &[Item], build: &mut Build) -> Vec<u32> {
    let id = |index: u32| &*items[index as usize].id;
    // Deck files are below 2 GiB (checked when loading), so far below 4 billion items; the
    // narrower index halves this table.
    let mut by_id: Vec<u32> = (0..items.len())
        .filter_map(|i| u32::try_from(i).ok())
        .collect();
    // Stable: among equal ids, file order, so the second of a pair is the later one.
    by_id.sort_by(|&a, &b| id(a).cmp(id(b)));
    let mut reported = HashSet::new();
    for pair in by_id.windows(2) {
        let first = id(pair[0]);
        if !first.is_empty() && first == id(pair[1]) && reported.insert(first) {
            let second = pair[1] as usize;
            let problem = Problem::DuplicateId {
                id: first.to_string(),
            };
            let place = build.id_places.get(second).copied().flatten();
            build.report(problem, items[second].pane, place);
        }
    }
    by_id
}

/// Only reached with an out-of-range weight when a problem is already recorded and the deck is
/// dropped.
fn clamp_weight(weight: i64) -> u32 {
    weight.clamp(*WEIGHTS.start(), *WEIGHTS.end()) as u32
}
