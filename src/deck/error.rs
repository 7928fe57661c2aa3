//! Everything that can be wrong with a deck, worded for the person who wrote it.

use std::fmt;
use std::path::PathBuf;

use super::Pane;
use crate::untrusted::read::ReadError;

/// Problems listed beyond this many are counted, not listed: a hostile deck must not cost more
/// output than a screenful.
const MAX_LISTED: usize = 100;

/// Why a deck could not be loaded. Every variant names where the deck came from.
#[derive(Debug, thiserror::Error)]
pub enum DeckError {
    #[error("{}: no such deck file", path.display())]
    NotFound { path: PathBuf },
    /// The reason is part of the message rather than an error source, so that printing the
    /// error with its chain (anyhow's `{:#}`) does not say it twice.
    #[error("{}: cannot read the deck: {reason}", path.display())]
    Unreadable { path: PathBuf, reason: ReadError },
    #[error("{}: not UTF-8 text (invalid byte at offset {offset})", path.display())]
    NotUtf8 { path: PathBuf, offset: usize },
    #[error("{origin}:{line}:{column}: {message}")]
    Syntax {
        origin: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{}", ProblemList { origin, problems })]
    Invalid {
        origin: String,
        problems: Vec<Located>,
    },
}

/// A problem with where it is: the pane of the item it is about, and the line and column of the
/// offending value when the file spells it as it is (a string without escapes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub problem: Problem,
    pub pane: Option<Pane>,
    pub at: Option<(usize, usize)>,
}

impl From<Problem> for Located {
    fn from(problem: Problem) -> Located {
        Located {
            problem,
            pane: None,
            at: None,
        }
    }
}

/// One rule of the deck format that the content breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    EmptyDeckId,
    EmptyDeckTitle,
    TooFewRoles {
        count: usize,
    },
    EmptyRoleId {
        position: usize,
    },
    EmptyRoleName {
        role: String,
    },
    DuplicateRole {
        role: String,
    },
    EmptyId {
        pane: &'static str,
        position: usize,
    },
    DuplicateId {
        id: String,
    },
    EmptyTitle {
        item: String,
    },
    NoRoles {
        item: String,
    },
    UnknownRole {
        role: String,
        item: String,
    },
    RepeatedRole {
        role: String,
        item: String,
    },
    WeightOutOfRange {
        item: String,
        weight: i64,
    },
    TooFewSides {
        item: String,
        count: usize,
    },
    EmptySide {
        role: String,
        item: String,
    },
    TooLarge {
        bytes: usize,
    },
    /// An id longer than [`crate::untrusted::name::MAX_ID_CHARS`]: ids name files and fill
    /// messages, so they are kept short. `id` is shown cut short.
    LongId {
        what: &'static str,
        id: String,
        chars: usize,
    },
    /// A difference with more sides than the guided assessment has keys for (1 to 9).
    TooManySides {
        item: String,
        count: usize,
    },
    EmptyPhaseId {
        position: usize,
    },
    EmptyPhaseName {
        phase: String,
    },
    DuplicatePhase {
        phase: String,
    },
    /// More phases than [`super::MAX_PHASES`].
    TooManyPhases {
        count: usize,
    },
    /// A duty or skill names a phase the deck does not list.
    UnknownPhase {
        phase: String,
        item: String,
    },
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
            Self::LongId { what, id, chars } => write!(
                f,
                "the {what} id `{id}` is {chars} characters long; ids may have at most {}",
                crate::untrusted::name::MAX_ID_CHARS
            ),
            Self::TooManySides { item, count } => write!(
                f,
                "difference `{item}` has {count} sides; the guided assessment offers at most \
                 {} (keys 1 to 9)",
                super::MAX_SIDES
            ),
            Self::EmptyPhaseId { position } => write!(f, "phase #{position} has an empty id"),
            Self::EmptyPhaseName { phase } => write!(f, "phase `{phase}` has an empty name"),
            Self::DuplicatePhase { phase } => write!(f, "phase id `{phase}` is used twice"),
            Self::TooManyPhases { count } => write!(
                f,
                "the deck has {count} phases; a deck may have at most {}",
                super::MAX_PHASES
            ),
            Self::UnknownPhase { phase, item } => write!(
                f,
                "`{item}` names unknown phase `{phase}`; list it in the deck's `phases`"
            ),
        }
    }
}

/// `deck.ron:12:9: in duties, ...`: where a problem is, as a syntax error says it.
struct Placed<'a>(&'a str, &'a Located);

impl fmt::Display for Placed<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Placed(origin, located) = self;
        write!(f, "{origin}")?;
        if let Some((line, column)) = located.at {
            write!(f, ":{line}:{column}")?;
        }
        match located.pane {
            Some(pane) => write!(f, ": in {pane}, {}", located.problem),
            None => write!(f, ": {}", located.problem),
        }
    }
}

/// Shows one problem inline, several as an indented list, each with its place; a long list is
/// cut short with a count.
struct ProblemList<'a> {
    origin: &'a str,
    problems: &'a [Located],
}

impl fmt::Display for ProblemList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let origin = self.origin;
        match self.problems {
            [only] => write!(f, "{}", Placed(origin, only)),
            problems => {
                write!(f, "{origin}: {} problems:", problems.len())?;
                for problem in problems.iter().take(MAX_LISTED) {
                    write!(f, "\n  - {}", Placed(origin, problem))?;
                }
                match problems.len().checked_sub(MAX_LISTED) {
                    Some(more) if more > 0 => write!(f, "\n  - and {more} more"),
                    _ => Ok(()),
                }
            }
        }
    }
}
