//! A deck's text made safe where it enters: every string of the file is cleaned once (see
//! `untrusted::text`), so no output can carry a stranger's control characters, escape sequences
//! or bidi overrides; what was removed is kept as a warning for `rolefit check`, with its place.

use std::borrow::Cow;

use super::Warning;
use crate::untrusted::text::{clean, findings};

/// Warnings about hidden characters beyond this many are counted, not listed: a hostile deck
/// must not cost more output than a handful of lines.
const MAX_LISTED: usize = 50;

/// Cleans the strings of one deck file and remembers where it changed them.
#[derive(Debug, Default)]
pub(super) struct Cleaner {
    warnings: Vec<Warning>,
    /// Texts changed beyond [`MAX_LISTED`].
    unlisted: usize,
}

impl Cleaner {
    /// `text` cleaned; `place` names it for the warning ("the title of `x`"), and is only
    /// called when something was removed.
    pub fn text<'t>(&mut self, text: &'t str, place: impl FnOnce() -> String) -> Cow<'t, str> {
        let cleaned = clean(text);
        if let Cow::Owned(_) = cleaned {
            self.note(text, place);
        }
        cleaned
    }

    /// [`Cleaner::text`] for a string the caller owns; no copy when nothing changes.
    pub fn string(&mut self, text: String, place: impl FnOnce() -> String) -> String {
        match self.text(&text, place) {
            Cow::Borrowed(_) => text,
            Cow::Owned(cleaned) => cleaned,
        }
    }

    /// [`Cleaner::text`] as the boxed string an item keeps.
    pub fn boxed(&mut self, text: Cow<'_, str>, place: impl FnOnce() -> String) -> Box<str> {
        match self.text(&text, place) {
            Cow::Borrowed(_) => text.into(),
            Cow::Owned(cleaned) => cleaned.into(),
        }
    }

    fn note(&mut self, text: &str, place: impl FnOnce() -> String) {
        if self.warnings.len() >= MAX_LISTED {
            self.unlisted += 1;
            return;
        }
        let found = findings(text);
        self.warnings.push(Warning::HiddenCharacters {
            place: place(),
            first: found.iter().take(3).map(ToString::to_string).collect(),
            more: found.len().saturating_sub(3),
        });
    }

    /// Every warning, the uncounted rest summed up in the last one.
    pub fn into_warnings(mut self) -> Vec<Warning> {
        if self.unlisted > 0 {
            self.warnings.push(Warning::MoreHiddenCharacters {
                texts: self.unlisted,
            });
        }
        self.warnings
    }
}
