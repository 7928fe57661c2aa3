//! Reading a deck from RON text or a file and checking every rule of the format.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::file::{DeckFile, DifferenceFile, RoleFile, TraitFile};
use super::{Deck, DeckError, Item, ItemKind, Letters, Pane, Problem, Role, RoleIndex, Side};

const WEIGHTS: std::ops::RangeInclusive<i64> = 1..=10;
/// Tags shorter than this read as noise (`D`, `P`); longer ones crowd the rows.
const MIN_TAG_CHARS: usize = 3;

impl Deck {
    /// Reads and validates a deck file.
    pub fn load(path: &Path) -> Result<Deck, DeckError> {
        let bytes = std::fs::read(path).map_err(|source| match source.kind() {
            std::io::ErrorKind::NotFound => DeckError::NotFound {
                path: path.to_path_buf(),
            },
            _ => DeckError::Unreadable {
                path: path.to_path_buf(),
                source,
            },
        })?;
        let text = String::from_utf8(bytes).map_err(|e| DeckError::NotUtf8 {
            path: path.to_path_buf(),
            offset: e.utf8_error().valid_up_to(),
        })?;
        let origin = path.display().to_string();
        let file = parse_file(&text, &origin)?;
        // The text is no longer needed: free it before the deck is built, which halves the
        // peak memory of loading a large deck.
        drop(text);
        build_deck(file, &origin)
    }

    /// Parses and validates deck text; `origin` names it in error messages.
    pub fn parse(text: &str, origin: &str) -> Result<Deck, DeckError> {
        build_deck(parse_file(text, origin)?, origin)
    }
}

fn parse_file(text: &str, origin: &str) -> Result<DeckFile, DeckError> {
    ron::Options::default().from_str(text).map_err(|e| {
        let (line, column) = crate::ron_position::error_position(text, &e);
        DeckError::Syntax {
            origin: origin.to_string(),
            line,
            column,
            message: e.code.to_string(),
        }
    })
}

fn build_deck(file: DeckFile, origin: &str) -> Result<Deck, DeckError> {
    build(file).map_err(|problems| DeckError::Invalid {
        origin: origin.to_string(),
        problems,
    })
}

/// Turns the file form into a [`Deck`], collecting every problem rather than stopping at the first.
fn build(file: DeckFile) -> Result<Deck, Vec<Problem>> {
    let mut problems = Vec::new();
    if file.id.trim().is_empty() {
        problems.push(Problem::EmptyDeckId);
    }
    if file.title.trim().is_empty() {
        problems.push(Problem::EmptyDeckTitle);
    }
    let roles = build_roles(file.roles, &mut problems);
    let role_by_id: HashMap<&str, RoleIndex> = roles
        .iter()
        .enumerate()
        .map(|(index, role)| (role.id.as_str(), index))
        .collect();

    let mut items =
        Vec::with_capacity(file.duties.len() + file.skills.len() + file.differences.len());
    let mut pane_ranges: [std::ops::Range<usize>; 3] = Default::default();
    for (pane, traits) in [(Pane::Duties, file.duties), (Pane::Skills, file.skills)] {
        let start = items.len();
        for (position, raw) in traits.into_iter().enumerate() {
            items.push(build_trait(
                raw,
                pane,
                position + 1,
                &role_by_id,
                &mut problems,
            ));
        }
        pane_ranges[pane.position()] = start..items.len();
    }
    let start = items.len();
    for (position, raw) in file.differences.into_iter().enumerate() {
        items.push(build_difference(
            raw,
            position + 1,
            &role_by_id,
            &mut problems,
        ));
    }
    pane_ranges[Pane::Differences.position()] = start..items.len();

    let by_id = index_by_id(&items, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    let letters = items.iter().map(Letters::of).collect();
    Ok(Deck {
        letters,
        id: file.id,
        title: file.title,
        source: file.source,
        roles,
        items,
        pane_ranges,
        by_id,
    })
}

/// Item positions sorted by id; a repeated id is reported once.
fn index_by_id(items: &[Item], problems: &mut Vec<Problem>) -> Vec<u32> {
    // Decks are far below 4 billion items; the narrower index halves this table.
    let mut by_id: Vec<u32> = (0..items.len())
        .filter_map(|i| u32::try_from(i).ok())
        .collect();
    by_id.sort_by(|&a, &b| items[a as usize].id.cmp(&items[b as usize].id));
    let mut reported = HashSet::new();
    for pair in by_id.windows(2) {
        let id = &items[pair[0] as usize].id;
        if !id.is_empty() && *id == items[pair[1] as usize].id && reported.insert(id.clone()) {
            problems.push(Problem::DuplicateId { id: id.clone() });
        }
    }
    by_id
}

fn build_roles(raw: Vec<RoleFile>, problems: &mut Vec<Problem>) -> Vec<Role> {
    if raw.len() < 2 {
        problems.push(Problem::TooFewRoles { count: raw.len() });
    }
    let mut seen = HashSet::new();
    for (position, role) in raw.iter().enumerate() {
        if role.id.trim().is_empty() {
            problems.push(Problem::EmptyRoleId {
                position: position + 1,
            });
        } else if !seen.insert(role.id.as_str()) {
            problems.push(Problem::DuplicateRole {
                role: role.id.clone(),
            });
        }
        if role.name.trim().is_empty() {
            problems.push(Problem::EmptyRoleName {
                role: role.id.clone(),
            });
        }
    }
    let names: Vec<&str> = raw.iter().map(|r| r.name.as_str()).collect();
    let tags: Vec<String> = raw
        .iter()
        .enumerate()
        .map(|(index, role)| match role.tag.trim() {
            "" => derived_tag(index, &names),
            tag => tag.to_string(),
        })
        .collect();
    raw.into_iter()
        .zip(tags)
        .map(|(role, tag)| Role {
            id: role.id,
            name: role.name,
            summary: role.summary,
            tag,
        })
        .collect()
}

/// The shortest prefix of the role's name (at least three characters) that no other role shares.
fn derived_tag(index: usize, names: &[&str]) -> String {
    let name: Vec<char> = names[index].trim().chars().collect();
    for len in MIN_TAG_CHARS.min(name.len())..=name.len() {
        let prefix: String = name[..len].iter().collect();
        let unique = names
            .iter()
            .enumerate()
            .all(|(other, n)| other == index || !n.trim().starts_with(&prefix));
        if unique {
            return prefix;
        }
    }
    name.iter().collect()
}

fn build_trait(
    raw: TraitFile,
    pane: Pane,
    position: usize,
    role_by_id: &HashMap<&str, RoleIndex>,
    problems: &mut Vec<Problem>,
) -> Item {
    check_common(&raw.id, &raw.title, raw.weight, pane, position, problems);
    if raw.roles.is_empty() {
        problems.push(Problem::NoRoles {
            item: raw.id.clone(),
        });
    }
    let mut roles = Vec::with_capacity(raw.roles.len());
    for name in &raw.roles {
        match role_by_id.get(name.as_str()) {
            None => problems.push(Problem::UnknownRole {
                role: name.clone(),
                item: raw.id.clone(),
            }),
            Some(index) if roles.contains(index) => problems.push(Problem::RepeatedRole {
                role: name.clone(),
                item: raw.id.clone(),
            }),
            Some(&index) => roles.push(index),
        }
    }
    roles.sort_unstable();
    Item {
        id: raw.id,
        pane,
        title: raw.title,
        detail: raw.detail,
        weight: clamp_weight(raw.weight),
        kind: ItemKind::Trait { roles },
    }
}

fn build_difference(
    raw: DifferenceFile,
    position: usize,
    role_by_id: &HashMap<&str, RoleIndex>,
    problems: &mut Vec<Problem>,
) -> Item {
    let pane = Pane::Differences;
    check_common(&raw.id, &raw.title, raw.weight, pane, position, problems);
    let raw_sides = raw.sides.0;
    if raw_sides.len() < 2 {
        problems.push(Problem::TooFewSides {
            item: raw.id.clone(),
            count: raw_sides.len(),
        });
    }
    let mut sides: Vec<Side> = Vec::with_capacity(raw_sides.len());
    for (name, text) in raw_sides {
        if text.trim().is_empty() {
            problems.push(Problem::EmptySide {
                role: name.clone(),
                item: raw.id.clone(),
            });
        }
        match role_by_id.get(name.as_str()) {
            Some(&role) if sides.iter().any(|s| s.role == role) => {
                problems.push(Problem::RepeatedRole {
                    role: name,
                    item: raw.id.clone(),
                })
            }
            Some(&role) => sides.push(Side { role, text }),
            None => problems.push(Problem::UnknownRole {
                role: name,
                item: raw.id.clone(),
            }),
        }
    }
    sides.sort_by_key(|side| side.role);
    Item {
        id: raw.id,
        pane,
        title: raw.title,
        detail: raw.detail,
        weight: clamp_weight(raw.weight),
        kind: ItemKind::Difference { sides },
    }
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

/// Only reached with an out-of-range weight when a problem is already recorded and the deck is dropped.
fn clamp_weight(weight: i64) -> u32 {
    weight.clamp(*WEIGHTS.start(), *WEIGHTS.end()) as u32
}
