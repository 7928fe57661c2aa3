//! Everything that can be wrong with a deck, worded for the person who wrote it.

use std::fmt;
use std::path::PathBuf;

/// Why a deck could not be loaded. Every variant names where the deck came from.
#[derive(Debug, thiserror::Error)]
pub enum DeckError {
    #[error("{}: no such deck file", path.display())]
    NotFound { path: PathBuf },
    /// The reason is part of the message rather than an error source, so that printing the
    /// error with its chain (anyhow's `{:#}`) does not say it twice.
    #[error("{}: cannot read deck: {reason}", path.display())]
    Unreadable {
        path: PathBuf,
        reason: std::io::Error,
    },
    #[error("{}: not UTF-8 text (invalid byte at offset {offset})", path.display())]
    NotUtf8 { path: PathBuf, offset: usize },
    #[error("{origin}:{line}:{column}: {message}")]
    Syntax {
        origin: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{origin}: {}", ProblemList(problems))]
    Invalid {
        origin: String,
        problems: Vec<Problem>,
    },
}

/// One rule of the deck format that the content breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    EmptyDeckId,
    EmptyDeckTitle,
    TooFewRoles { count: usize },
    EmptyRoleId { position: usize },
    EmptyRoleName { role: String },
    DuplicateRole { role: String },
    EmptyId { pane: &'static str, position: usize },
    DuplicateId { id: String },
    EmptyTitle { item: String },
    NoRoles { item: String },
    UnknownRole { role: String, item: String },
    RepeatedRole { role: String, item: String },
    WeightOutOfRange { item: String, weight: i64 },
    TooFewSides { item: String, count: usize },
    EmptySide { role: String, item: String },
    TooLarge { bytes: usize },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EmptyDeckId => write!(f, "the deck id is empty"),
            Self::EmptyDeckTitle => write!(f, "the deck title is empty"),
            Self::TooFewRoles { count } => {
                write!(f, "a deck needs at least two roles, this one has {count}")
            }
            Self::EmptyRoleId { position } => write!(f, "role #{position} has an empty id"),
            Self::EmptyRoleName { role } => write!(f, "role `{role}` has an empty name"),
            Self::DuplicateRole { role } => write!(f, "role id `{role}` is used twice"),
            Self::EmptyId { pane, position } => write!(f, "{pane} #{position} has an empty id"),
            Self::DuplicateId { id } => write!(f, "id `{id}` is used more than once"),
            Self::EmptyTitle { item } => write!(f, "`{item}` has an empty title"),
            Self::NoRoles { item } => write!(f, "`{item}` counts for no role: list at least one"),
            Self::UnknownRole { role, item } => {
                write!(f, "`{item}` names unknown role `{role}`")
            }
            Self::RepeatedRole { role, item } => {
                write!(f, "`{item}` lists role `{role}` twice")
            }
            Self::WeightOutOfRange { item, weight } => {
                write!(f, "`{item}` has weight {weight}, outside 1..=10")
            }
            Self::TooFewSides { item, count } => write!(
                f,
                "difference `{item}` needs a side for at least two roles, it has {count}"
            ),
            Self::TooLarge { bytes } => {
                write!(
                    f,
                    "the deck is {bytes} bytes; decks up to 2 GiB are supported"
                )
            }
            Self::EmptySide { role, item } => {
                write!(f, "difference `{item}` has an empty side for `{role}`")
            }
        }
    }
}

/// Shows one problem inline, several as an indented list.
struct ProblemList<'a>(&'a [Problem]);

impl fmt::Display for ProblemList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            [only] => write!(f, "{only}"),
            problems => {
                write!(f, "{} problems:", problems.len())?;
                problems.iter().try_for_each(|p| write!(f, "\n  - {p}"))
            }
        }
    }
}
