//! Reading a deck from RON text or a file and checking every rule of the format.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::file::{DeckFile, RoleFile};
use super::records::Records;
use super::{Deck, DeckError, Pane, Problem, Role, RoleIndex, Span};

/// Tags shorter than this read as noise (`D`, `P`); longer ones crowd the rows.
const MIN_TAG_CHARS: usize = 3;

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
        let origin = path.display().to_string();
        let (deck, decoded) = build(&text, &origin)?;
        Ok(deck.with_item_strings_in(text, &decoded))
    }

    /// Parses and validates deck text; `origin` names it in error messages.
    pub fn parse(text: &str, origin: &str) -> Result<Deck, DeckError> {
        let (deck, decoded) = build(text, origin)?;
        Ok(deck.with_item_strings_in(text.to_owned(), &decoded))
    }
}

/// The deck for `text`, complete but for its `text` field, and the strings that had escapes,
/// decoded: its item spans point into those two until [`Deck::with_item_strings_in`].
fn build(text: &str, origin: &str) -> Result<(Deck, String), DeckError> {
    let invalid = |problems| DeckError::Invalid {
        origin: origin.to_string(),
        problems,
    };
    if u32::try_from(text.len()).map_or(true, |len| len >= super::Span::EXTRA) {
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
    build_deck(file, text).map_err(invalid)
}

/// Turns the file form into a [`Deck`], collecting every problem rather than stopping at the first.
fn build_deck(file: DeckFile, text: &str) -> Result<(Deck, String), Vec<Problem>> {
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

    let total = file.duties.len() + file.skills.len() + file.differences.len();
    let mut records = Records::new(text, total, &role_by_id);
    let mut pane_ranges: [std::ops::Range<usize>; 3] = Default::default();
    for (pane, traits) in [(Pane::Duties, file.duties), (Pane::Skills, file.skills)] {
        let start = records.len();
        for (position, raw) in traits.into_iter().enumerate() {
            records.push_trait(raw, pane, position + 1, &mut problems);
        }
        pane_ranges[pane.position()] = start..records.len();
    }
    let start = records.len();
    for (position, raw) in file.differences.into_iter().enumerate() {
        records.push_difference(raw, position + 1, &mut problems);
    }
    pane_ranges[Pane::Differences.position()] = start..records.len();

    let by_id = records.index_by_id(&mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    let parts = records.finish();
    let deck = Deck {
        id: file.id,
        title: file.title,
        source: file.source,
        roles,
        text: String::new(),
        titles: parts.titles,
        records: parts.records,
        role_lists: parts.role_lists,
        sides: parts.sides,
        pane_ranges,
        by_id,
        letters: parts.letters,
        trigrams: parts.trigrams,
    };
    Ok((deck, parts.extra))
}

impl Deck {
    /// The deck with its item strings (details and ids) moved to the front of `file_text`, one
    /// after another in file order, the strings that had escapes (`decoded`) after them, and
    /// the rest of the file dropped. Search reads the details of many items in turn, and reading
    /// them from one dense block was measured faster than from all over the file. Moving them
    /// within the file's own text, never to a later place, needs no second copy of the deck.
    fn with_item_strings_in(mut self, file_text: String, decoded: &str) -> Deck {
        let (mut in_file, in_decoded): (Vec<&mut Span>, Vec<&mut Span>) = self
            .records
            .iter_mut()
            .flat_map(|record| [&mut record.id, &mut record.detail])
            .partition(|span| span.start < Span::EXTRA);
        // Distinct strings of one file never overlap, so each one's new place, after all that
        // start before it, is never later than its old one.
        in_file.sort_unstable_by_key(|span| span.start);
        let mut bytes = file_text.into_bytes();
        let mut end = 0;
        for span in in_file {
            let old = span.start as usize..(span.start + span.len) as usize;
            if bytes.get(old.clone()).is_some() {
                bytes.copy_within(old, end);
            }
            span.start = end as u32;
            end += span.len as usize;
        }
        bytes.truncate(end);
        // Whole strings of valid UTF-8, one after another, are valid UTF-8.
        let mut text = String::from_utf8(bytes)
            .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned());
        for span in in_decoded {
            let from = (span.start - Span::EXTRA) as usize;
            let string = decoded
                .get(from..from + span.len as usize)
                .unwrap_or_default();
            // The decoded strings are shorter than their escaped form in the file: the offsets
            // still fit.
            span.start = text.len() as u32;
            text.push_str(string);
        }
        text.shrink_to_fit();
        self.text = text;
        self
    }
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
