//! Advice for deck authors: what a valid deck may do but had better not. `rolefit check` prints
//! these without failing the deck.

use std::fmt;

use super::{Deck, Item};

/// Something in a valid deck that weakens it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// A title, detail or side names one of the deck's roles. The blind assessment hides which
    /// roles an item counts for; a text on its card that names one gives the answer away.
    NamesRole {
        item: String,
        place: Place,
        /// The role named, by its name in the deck.
        role: String,
    },
    /// A text of the file held characters that could steer a terminal or hide what it shows
    /// (controls, escape sequences, bidi overrides, zero-width characters); they were removed
    /// when the deck was read, so nothing of them reaches the screen.
    HiddenCharacters {
        /// Which text: "the title of `x`".
        place: String,
        /// The first few, each with its place in the text.
        first: Vec<String>,
        more: usize,
    },
    /// More texts held hidden characters than are listed.
    MoreHiddenCharacters { texts: usize },
    /// Two roles share a name, so the meter and the result cannot tell them apart.
    SameRoleName { name: String, roles: Vec<String> },
}

/// Which text of an item a warning is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Title,
    Detail,
    /// The side of the role with this id.
    Side(String),
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NamesRole { item, place, role } => {
                match place {
                    Place::Title => write!(f, "the title of `{item}`")?,
                    Place::Detail => write!(f, "the detail of `{item}`")?,
                    Place::Side(side) => write!(f, "the `{side}` side of `{item}`")?,
                }
                write!(
                    f,
                    " names the role `{role}`, which gives the answer away in the blind \
                     assessment; describe the work without naming who does it"
                )
            }
            Self::HiddenCharacters { place, first, more } => {
                write!(f, "{place} held {}", first.join("; "))?;
                if *more > 0 {
                    write!(f, ", and {more} more")?;
                }
                write!(f, ": removed when the deck was read")
            }
            Self::MoreHiddenCharacters { texts } => write!(
                f,
                "{texts} more texts held hidden characters, removed when the deck was read"
            ),
            Self::SameRoleName { name, roles } => write!(
                f,
                "roles {} are all named `{name}`; give each its own name, or the fit meter \
                 and the result cannot tell them apart",
                roles
                    .iter()
                    .map(|id| format!("`{id}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }
}

impl Deck {
    /// What the deck's author should know about a deck that loads: roles that share a name,
    /// then every title, detail or side that names a role, in deck order. (What was removed
    /// from its texts as it was read comes with [`Deck::load_checked`].)
    pub fn warnings(&self) -> Vec<Warning> {
        let mut warnings = self.shared_role_names();
        warnings.extend(self.texts_naming_roles());
        warnings
    }

    fn shared_role_names(&self) -> Vec<Warning> {
        let mut warnings: Vec<Warning> = Vec::new();
        for (index, role) in self.roles.iter().enumerate() {
            let name = role.name.trim().to_lowercase();
            let earlier = self.roles[..index]
                .iter()
                .any(|other| other.name.trim().to_lowercase() == name);
            if earlier {
                continue;
            }
            let roles: Vec<String> = self
                .roles
                .iter()
                .filter(|other| other.name.trim().to_lowercase() == name)
                .map(|other| other.id.clone())
                .collect();
            if roles.len() > 1 {
                warnings.push(Warning::SameRoleName {
                    name: role.name.clone(),
                    roles,
                });
            }
        }
        warnings
    }

    fn texts_naming_roles(&self) -> Vec<Warning> {
        let roles: Vec<(Vec<String>, &str)> = self
            .roles
            .iter()
            .map(|role| {
                let mut names = vec![role.name.trim().to_lowercase(), role.id.to_lowercase()];
                names.dedup();
                names.retain(|name| !name.is_empty());
                (names, role.name.as_str())
            })
            .collect();
        let mut warnings = Vec::new();
        for item in self.items() {
            for (place, text) in texts(self, item) {
                let text = text.to_lowercase();
                for (names, role) in &roles {
                    if names.iter().any(|name| names_word(&text, name)) {
                        warnings.push(Warning::NamesRole {
                            item: item.id.to_string(),
                            place: place.clone(),
                            role: role.to_string(),
                        });
                    }
                }
            }
        }
        warnings
    }
}

/// The texts of the item's card: its title, its detail, then each side.
fn texts<'a>(deck: &'a Deck, item: &'a Item) -> impl Iterator<Item = (Place, &'a str)> {
    let sides = item.sides().iter().map(|side| {
        (
            Place::Side(deck.roles[side.role].id.clone()),
            side.text.as_str(),
        )
    });
    [(Place::Title, &*item.title), (Place::Detail, &*item.detail)]
        .into_iter()
        .chain(sides)
}

/// Whether `text` holds `word` as a word of its own, also in the plural (`s`, `es`): `directors`
/// counts for `director`, `screenwriter` does not count for `writer`. Both are lowercase.
fn names_word(text: &str, word: &str) -> bool {
    let in_word = |c: char| c.is_alphanumeric();
    text.match_indices(word).any(|(at, _)| {
        let starts_word = !text[..at].ends_with(in_word);
        let after = &text[at + word.len()..];
        let ends_word = ["", "s", "es"].iter().any(|plural| {
            after
                .strip_prefix(plural)
                .is_some_and(|rest| !rest.starts_with(in_word))
        });
        starts_word && ends_word
    })
}

#[cfg(test)]
mod tests {
    use super::names_word;

    #[test]
    fn a_role_is_named_as_a_word_or_its_plural() {
        assert!(names_word("the director's reading", "director"));
        assert!(names_word("directors instruct", "director"));
        assert!(names_word("what producers do", "producer"));
        assert!(names_word("boxes and boxes", "box"));
        assert!(names_word("for the producer.", "producer"));
    }

    #[test]
    fn a_word_inside_another_is_not_a_role() {
        assert!(!names_word("the screenwriter", "writer"));
        assert!(!names_word("directorial choices", "director"));
        assert!(!names_word("writerly", "writer"));
        assert!(!names_word("the art of it", "ar"));
    }
}
