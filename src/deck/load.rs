//! Reading a deck from RON text or a file and checking every rule of the format.

use std::collections::HashSet;
use std::path::Path;

use super::cleaning::Cleaner;
use super::file::{DeckFile, RoleFile};
use super::items::{Build, RoleIds, difference_item, index_by_id, trait_item};
use super::{Deck, DeckError, Located, Pane, Problem, Role, Warning};
use crate::untrusted::name::MAX_ID_CHARS;
use crate::untrusted::read::{self, DECK_LIMIT, ReadError};
use crate::untrusted::text::clean;

/// Tags shorter than this read as noise (`D`, `P`); longer ones crowd the rows.
const MIN_TAG_CHARS: usize = 3;

/// Deck files this large or larger are refused: search packs item positions and title offsets
/// into 32 bits.
const MAX_BYTES: usize = 1 << 31;

/// A deck that loads, with what was removed from its texts as it was read.
#[derive(Debug)]
pub struct Checked {
    pub deck: Deck,
    pub cleaned: Vec<Warning>,
}

impl Checked {
    /// What the deck's author should know: what was removed from its texts, then
    /// [`Deck::warnings`] (left to `rolefit check`, which alone needs them: they read every
    /// text of the deck).
    pub fn warnings(&self) -> Vec<Warning> {
        let mut warnings = self.cleaned.clone();
        warnings.extend(self.deck.warnings());
        warnings
    }
}

impl Deck {
    /// Reads and validates a deck file.
    pub fn load(path: &Path) -> Result<Deck, DeckError> {
        Deck::load_checked(path).map(|checked| checked.deck)
    }

    /// [`Deck::load`], with what was removed from its texts as it was read (see
    /// [`Checked::warnings`]). Only a regular file within [`DECK_LIMIT`] is read, and a leading
    /// byte order mark is dropped.
    pub fn load_checked(path: &Path) -> Result<Checked, DeckError> {
        let text = read::read_text(path, DECK_LIMIT).map_err(|error| match error {
            ReadError::NotFound => DeckError::NotFound {
                path: path.to_path_buf(),
            },
            ReadError::NotUtf8 { offset } => DeckError::NotUtf8 {
                path: path.to_path_buf(),
                offset,
            },
            reason => DeckError::Unreadable {
                path: path.to_path_buf(),
                reason,
            },
        })?;
        // Dropped on return: what the caller builds next (the search index) then never adds to
        // the peak of the text and the items together.
        Deck::parse_checked(&text, &path.display().to_string())
    }

    /// Parses and validates deck text; `origin` names it in error messages.
    pub fn parse(text: &str, origin: &str) -> Result<Deck, DeckError> {
        Deck::parse_checked(text, origin).map(|checked| checked.deck)
    }

    /// [`Deck::parse`] with what [`Deck::load_checked`] says was removed.
    pub fn parse_checked(text: &str, origin: &str) -> Result<Checked, DeckError> {
        // The origin is a path the user typed, shown in every message: it is shown clean too.
        let origin = clean(origin).into_owned();
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let invalid = |problems| DeckError::Invalid {
            origin: origin.clone(),
            problems,
        };
        if text.len() >= MAX_BYTES {
            let problem = Problem::TooLarge { bytes: text.len() };
            return Err(invalid(vec![problem.into()]));
        }
        let file: DeckFile = ron::Options::default().from_str(text).map_err(|e| {
            let (line, column) = crate::ron_position::error_position(text, &e);
            DeckError::Syntax {
                origin: origin.clone(),
                line,
                column,
                message: super::messages::syntax(&e.code),
            }
        })?;
        let mut cleaner = Cleaner::default();
        let deck = build_deck(file, text, &mut cleaner).map_err(invalid)?;
        let cleaned = cleaner.into_warnings();
        Ok(Checked { deck, cleaned })
    }
}

/// Turns the file form of `text` into a [`Deck`], its strings cleaned, collecting every
/// problem rather than stopping at the first. The file form is consumed chunk by chunk, so it
/// shrinks as the items grow.
fn build_deck(file: DeckFile, text: &str, cleaner: &mut Cleaner) -> Result<Deck, Vec<Located>> {
    let mut problems: Vec<Located> = Vec::new();
    let id = cleaner.string(file.id, || "the deck's id".into());
    let title = cleaner.string(file.title, || "the deck's title".into());
    let source = cleaner.string(file.source, || "the deck's source".into());
    if id.trim().is_empty() {
        problems.push(Problem::EmptyDeckId.into());
    }
    if id.chars().count() > MAX_ID_CHARS {
        problems.push(long_id("deck", &id).into());
    }
    if title.trim().is_empty() {
        problems.push(Problem::EmptyDeckTitle.into());
    }
    let roles = build_roles(file.roles, cleaner, &mut problems);
    let role_ids: RoleIds = roles
        .iter()
        .enumerate()
        .map(|(index, role)| (role.id.as_str(), index))
        .collect();

    let total = file.duties.len() + file.skills.len() + file.differences.len();
    let mut items = Vec::with_capacity(total);
    let mut build = Build {
        text,
        role_ids: &role_ids,
        cleaner,
        problems: &mut problems,
        phase_ids: Default::default(),
        id_places: Vec::with_capacity(total),
        offsets: Vec::new(),
    };
    // Before the items, which name them.
    let phases = build.phases(file.phases);
    let mut pane_ranges: [std::ops::Range<usize>; 3] = Default::default();
    for (pane, traits) in [(Pane::Duties, file.duties), (Pane::Skills, file.skills)] {
        let start = items.len();
        for (position, raw) in traits.into_iter().enumerate() {
            items.push(trait_item(raw, pane, position + 1, &mut build));
        }
        pane_ranges[pane.position()] = start..items.len();
    }
    let start = items.len();
    for (position, raw) in file.differences.into_iter().enumerate() {
        items.push(difference_item(raw, position + 1, &mut build));
    }
    pane_ranges[Pane::Differences.position()] = start..items.len();

    let by_id = index_by_id(&items, &mut build);
    build.place_problems();
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Deck {
        id,
        title,
        source,
        roles,
        phases,
        items,
        pane_ranges,
        by_id,
    })
}

/// An id over [`MAX_ID_CHARS`], shown cut short.
fn long_id(what: &'static str, id: &str) -> Problem {
    Problem::LongId {
        what,
        id: id.chars().take(40).chain("…".chars()).collect(),
        chars: id.chars().count(),
    }
}

fn build_roles(
    raw: Vec<RoleFile>,
    cleaner: &mut Cleaner,
    problems: &mut Vec<Located>,
) -> Vec<Role> {
    let raw: Vec<RoleFile> = raw
        .into_iter()
        .enumerate()
        .map(|(index, role)| {
            let id = cleaner.string(role.id, || format!("the id of role #{}", index + 1));
            let place = |field: &str| format!("the {field} of role `{id}`");
            RoleFile {
                name: cleaner.string(role.name, || place("name")),
                summary: cleaner.string(role.summary, || place("summary")),
                tag: cleaner.string(role.tag, || place("tag")),
                id,
            }
        })
        .collect();
    if raw.len() < 2 {
        problems.push(Problem::TooFewRoles { count: raw.len() }.into());
    }
    let mut seen = HashSet::new();
    for (position, role) in raw.iter().enumerate() {
        if role.id.trim().is_empty() {
            let position = position + 1;
            problems.push(Problem::EmptyRoleId { position }.into());
        } else if !seen.insert(role.id.as_str()) {
            let role = role.id.clone();
            problems.push(Problem::DuplicateRole { role }.into());
        }
        if role.id.chars().count() > MAX_ID_CHARS {
            problems.push(long_id("role", &role.id).into());
        }
        if role.name.trim().is_empty() {
            let role = role.id.clone();
            problems.push(Problem::EmptyRoleName { role }.into());
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
