//! Building the stored items of a deck from the file form: spans into the file's text instead of
//! copies, interned role lists, and the checks each item must pass.

use std::collections::{HashMap, HashSet};

use super::file::{DifferenceFile, Text, TraitFile};
use super::{Letters, Pane, Problem, Record, RecordKind, RoleIndex, Side, Span, Titles};
use crate::charset::{CharSet, Trigrams};

const WEIGHTS: std::ops::RangeInclusive<i64> = 1..=10;

/// Items as they are built, with everything their spans refer to.
pub(super) struct Records<'t> {
    text: &'t str,
    role_by_id: &'t HashMap<&'t str, RoleIndex>,
    extra: String,
    records: Vec<Record>,
    role_lists: Vec<Vec<RoleIndex>>,
    list_index: HashMap<Vec<RoleIndex>, u32>,
    sides: Vec<Side>,
    letters: Vec<Letters>,
    trigrams: Vec<Trigrams>,
    titles: Titles,
}

/// What search's prefilters keep of an item's detail and sides.
struct TextSets {
    letters: CharSet,
    trigrams: Trigrams,
}

impl TextSets {
    fn of<'a>(texts: impl Iterator<Item = &'a str>) -> TextSets {
        let mut sets = TextSets {
            letters: CharSet::default(),
            trigrams: Trigrams::default(),
        };
        for text in texts {
            sets.letters = sets.letters.union(CharSet::of(text));
            sets.trigrams.add(text);
        }
        sets
    }
}

/// The fields duties, skills and differences share.
struct Common<'r, 'a> {
    id: &'r Text<'a>,
    title: &'r Text<'a>,
    detail: &'r Text<'a>,
    weight: i64,
}

/// What [`Records::finish`] hands over to the deck.
pub(super) struct Parts {
    pub extra: String,
    pub records: Vec<Record>,
    pub role_lists: Vec<Vec<RoleIndex>>,
    pub sides: Vec<Side>,
    pub letters: Vec<Letters>,
    pub trigrams: Vec<Trigrams>,
    pub titles: Titles,
}

impl<'t> Records<'t> {
    pub fn new(
        text: &'t str,
        capacity: usize,
        role_by_id: &'t HashMap<&'t str, RoleIndex>,
    ) -> Self {
        Records {
            text,
            role_by_id,
            extra: String::new(),
            records: Vec::with_capacity(capacity),
            role_lists: Vec::new(),
            list_index: HashMap::new(),
            sides: Vec::new(),
            letters: Vec::with_capacity(capacity),
            trigrams: Vec::with_capacity(capacity),
            titles: Titles::with_capacity(capacity),
        }
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn push_trait(
        &mut self,
        raw: TraitFile,
        pane: Pane,
        position: usize,
        problems: &mut Vec<Problem>,
    ) {
        check_common(&raw.id, &raw.title, raw.weight, pane, position, problems);
        if raw.roles.is_empty() {
            problems.push(Problem::NoRoles {
                item: raw.id.to_string(),
            });
        }
        let mut roles = Vec::with_capacity(raw.roles.len());
        for name in &raw.roles {
            match self.role_by_id.get(&**name) {
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
        let list = self.intern(roles);
        let common = Common {
            id: &raw.id,
            title: &raw.title,
            detail: &raw.detail,
            weight: raw.weight,
        };
        self.push(
            common,
            TextSets::of(std::iter::once(&*raw.detail)),
            RecordKind::Trait { roles: list },
        );
    }

    pub fn push_difference(
        &mut self,
        raw: DifferenceFile,
        position: usize,
        problems: &mut Vec<Problem>,
    ) {
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
            match self.role_by_id.get(&*name) {
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
        let texts = std::iter::once(&*raw.detail).chain(sides.iter().map(|s| s.text.as_str()));
        let texts = TextSets::of(texts);
        let start = self.sides.len() as u32;
        self.sides.extend(sides);
        let kind = RecordKind::Difference {
            sides: start..self.sides.len() as u32,
        };
        let common = Common {
            id: &raw.id,
            title: &raw.title,
            detail: &raw.detail,
            weight: raw.weight,
        };
        self.push(common, texts, kind);
    }

    /// Stores one item: its spans, weight and kind, and the letters of its title and `texts`.
    /// Its pane is where it stands: panes are stored one after another.
    fn push(&mut self, item: Common, texts: TextSets, kind: RecordKind) {
        self.letters.push(Letters {
            title: CharSet::of(item.title),
            text: texts.letters,
        });
        self.trigrams.push(texts.trigrams);
        self.titles.push(item.title);
        let record = Record {
            id: self.span(item.id),
            detail: self.span(item.detail),
            weight: clamp_weight(item.weight),
            kind,
        };
        self.records.push(record);
    }

    /// Item positions sorted by id; a repeated id is reported once.
    pub fn index_by_id(&self, problems: &mut Vec<Problem>) -> Vec<u32> {
        let id = |index: u32| self.str(self.records[index as usize].id);
        // Decks are far below 4 billion items; the narrower index halves this table.
        let mut by_id: Vec<u32> = (0..self.records.len())
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

    pub fn finish(self) -> Parts {
        Parts {
            extra: self.extra,
            records: self.records,
            role_lists: self.role_lists,
            sides: self.sides,
            letters: self.letters,
            trigrams: self.trigrams,
            titles: self.titles,
        }
    }

    /// Where `value` is: in the file's text when it was borrowed from it, else copied to `extra`.
    fn span(&mut self, value: &Text) -> Span {
        let base = self.text.as_ptr() as usize;
        let at = value.as_ptr() as usize;
        let len = value.len() as u32;
        let inside = at >= base && at + value.len() <= base + self.text.len();
        if inside && matches!(value.0, std::borrow::Cow::Borrowed(_)) {
            Span {
                start: (at - base) as u32,
                len,
            }
        } else {
            let start = Span::EXTRA + self.extra.len() as u32;
            self.extra.push_str(value);
            Span { start, len }
        }
    }

    fn str(&self, span: Span) -> &str {
        let (buffer, start) = if span.start >= Span::EXTRA {
            (self.extra.as_str(), span.start - Span::EXTRA)
        } else {
            (self.text, span.start)
        };
        let start = start as usize;
        buffer
            .get(start..start + span.len as usize)
            .unwrap_or_default()
    }

    /// The index of `roles` in the shared role lists, adding it if new.
    fn intern(&mut self, roles: Vec<RoleIndex>) -> u32 {
        if let Some(&index) = self.list_index.get(&roles) {
            return index;
        }
        let index = self.role_lists.len() as u32;
        self.role_lists.push(roles.clone());
        self.list_index.insert(roles, index);
        index
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

/// Only reached with an out-of-range weight when a problem is already recorded and the deck is
/// dropped.
fn clamp_weight(weight: i64) -> u8 {
    weight.clamp(*WEIGHTS.start(), *WEIGHTS.end()) as u8
}
