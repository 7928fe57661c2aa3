//! Reading a deck from RON text or a file and checking every rule of the format.

use std::collections::HashSet;
use std::path::Path;

use super::file::{DeckFile, RoleFile};
use super::items::{RoleIds, difference_item, index_by_id, trait_item};
use super::{Deck, DeckError, Pane, Problem, Role};

/// Tags shorter than this read as noise (`D`, `P`); longer ones crowd the rows.
const MIN_TAG_CHARS: usize = 3;

/// Deck files this large or larger are refused: search packs item positions and title offsets
/// into 32 bits.
const MAX_BYTES: usize = 1 << 31;

impl Deck {
    /// Reads and validates a deck file.
    pub fn load(path: &Path) -> Result<Deck, DeckError> {
        let bytes = std::fs::read(path).map_err(|reason| match reason.kind() {
            std::io::ErrorKind::NotFound => DeckError::NotFound {
                path: path.to_path_buf(),
            },
            _ => DeckError::Unreadable {
                path: path.to_path_buf(),
                reason,
            },
        })?;
        let text = String::from_utf8(bytes).map_err(|e| DeckError::NotUtf8 {
            path: path.to_path_buf(),
            offset: e.utf8_error().valid_up_to(),
        })?;
        // Dropped on return: what the caller builds next (the search index) then never adds to
        // the peak of the text and the items together.
        Deck::parse(&text, &path.display().to_string())
    }

    /// Parses and validates deck text; `origin` names it in error messages.
    pub fn parse(text: &str, origin: &str) -> Result<Deck, DeckError> {
        let invalid = |problems| DeckError::Invalid {
            origin: origin.to_string(),
            problems,
        };
        if text.len() >= MAX_BYTES {
            return Err(invalid(vec![Problem::TooLarge { bytes: text.len() }]));
        }
        let file: DeckFile = ron::Options::default().from_str(text).map_err(|e| {
            let (line, column) = crate::ron_position::error_position(text, &e);
            DeckError::Syntax {
                origin: origin.to_string(),
                line,
                column,
                message: e.code.to_string(),
            }
        })?;
        build_deck(file).map_err(invalid)
    }
}

/// Turns the file form into a [`Deck`], collecting every problem rather than stopping at the
/// first. The file form is consumed chunk by chunk, so it shrinks as the items grow.
fn build_deck(file: DeckFile) -> Result<Deck, Vec<Problem>> {
    let mut problems = Vec::new();
    if file.id.trim().is_empty() {
        problems.push(Problem::EmptyDeckId);
    }
    if file.title.trim().is_empty() {
        problems.push(Problem::EmptyDeckTitle);
    }
    let roles = build_roles(file.roles, &mut problems);
    let role_ids: RoleIds = roles
        .iter()
        .enumerate()
        .map(|(index, role)| (role.id.as_str(), index))
        .collect();

    let total = file.duties.len() + file.skills.len() + file.differences.len();
    let mut items = Vec::with_capacity(total);
    let mut pane_ranges: [std::ops::Range<usize>; 3] = Default::default();
    for (pane, traits) in [(Pane::Duties, file.duties), (Pane::Skills, file.skills)] {
        let start = items.len();
        for (position, raw) in traits.into_iter().enumerate() {
            items.push(trait_item(
                raw,
                pane,
                position + 1,
                &role_ids,
                &mut problems,
            ));
        }
        pane_ranges[pane.position()] = start..items.len();
    }
    let start = items.len();
    for (position, raw) in file.differences.into_iter().enumerate() {
        items.push(difference_item(raw, position + 1, &role_ids, &mut problems));
    }
    pane_ranges[Pane::Differences.position()] = start..items.len();

    let by_id = index_by_id(&items, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Deck {
        id: file.id,
        title: file.title,
        source: file.source,
        roles,
        items,
        pane_ranges,
        by_id,
    })
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
