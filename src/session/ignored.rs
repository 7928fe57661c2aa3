//! Saved answers a deck cannot use, and the one sentence that tells the user about them: each
//! with its reason when there are a few, counted by reason with examples when there are many, so
//! a million unknown ids make a line, not 37 MB of one.

use super::cleaning::shortened;

/// A saved answer this deck cannot use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    /// The item id the answer is saved under.
    pub id: String,
    pub why: Unusable,
}

/// Why a saved answer cannot be used: the wording matters, because the user may edit the file or
/// the deck to fix it, and "no longer has" sends them after an item that is still there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unusable {
    /// The deck has no item with this id.
    NoSuchItem,
    /// A lean to a role id the deck does not have.
    NoSuchRole(String),
    /// A lean to a role the difference has no side for.
    NoSide(String),
    /// `Have` on a difference, which takes a lean to a role instead.
    HaveOnDifference,
    /// `Refuse` on a difference: a side is chosen there, not refused.
    RefuseOnDifference,
    /// A lean on a duty or skill, which takes `Have` instead.
    LeanOnTrait(String),
}

/// The longest id or role a notice quotes, in characters: ids come from the file, and one may
/// be as long as the file.
const SHOWN_CHARS: usize = 60;
/// Up to this many unusable answers are each named with their reason.
const NAMED_IN_FULL: usize = 5;
/// With more, each reason gives this many examples.
const EXAMPLES: usize = 3;

impl std::fmt::Display for Ignored {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let id = shortened(&self.id, SHOWN_CHARS);
        match &self.why {
            Unusable::NoSuchItem => write!(f, "{id} (no such item in this deck)"),
            Unusable::NoSuchRole(role) => write!(
                f,
                "{id} (a lean to `{}`, a role this deck does not have)",
                shortened(role, SHOWN_CHARS)
            ),
            Unusable::NoSide(role) => write!(
                f,
                "{id} (a lean to `{}`, which has no side here)",
                shortened(role, SHOWN_CHARS)
            ),
            Unusable::HaveOnDifference => write!(
                f,
                "{id} (\"have\" on a difference, which takes a lean to a role)"
            ),
            Unusable::RefuseOnDifference => write!(
                f,
                "{id} (\"would not do\" on a difference, which takes a lean to a role)"
            ),
            Unusable::LeanOnTrait(role) => write!(
                f,
                "{id} (a lean to `{}` on an item that takes \"have\")",
                shortened(role, SHOWN_CHARS)
            ),
        }
    }
}

impl Unusable {
    /// Which group of the summary the reason falls in, in the order the summary gives them.
    fn group(&self) -> usize {
        match self {
            Unusable::NoSuchItem => 0,
            Unusable::NoSuchRole(_) => 1,
            Unusable::NoSide(_) => 2,
            Unusable::HaveOnDifference => 3,
            Unusable::RefuseOnDifference => 4,
            Unusable::LeanOnTrait(_) => 5,
        }
    }

    /// The group's words after its count: "saved answers for ids this deck lacks".
    fn counted(&self) -> &'static str {
        match self {
            Unusable::NoSuchItem => "saved answer(s) for ids this deck lacks",
            Unusable::NoSuchRole(_) => "lean(s) to roles this deck does not have",
            Unusable::NoSide(_) => "lean(s) to a role with no side on that difference",
            Unusable::HaveOnDifference => "\"have\" on differences, which take a lean",
            Unusable::RefuseOnDifference => "\"would not do\" on differences, which take a lean",
            Unusable::LeanOnTrait(_) => "lean(s) on items that take \"have\"",
        }
    }

    /// How one example of the group is shown: the id, and the role when there is one.
    fn example(&self, id: &str) -> String {
        let id = shortened(id, SHOWN_CHARS);
        match self {
            Unusable::NoSuchRole(role) | Unusable::NoSide(role) | Unusable::LeanOnTrait(role) => {
                format!("{id} (`{}`)", shortened(role, SHOWN_CHARS))
            }
            Unusable::NoSuchItem | Unusable::HaveOnDifference | Unusable::RefuseOnDifference => {
                id.into_owned()
            }
        }
    }
}

/// One sentence about the answers a deck cannot use, or `None` when it uses them all. A few are
/// each named with the reason; more are counted by reason, with a few examples of each
/// ("1000000 saved answer(s) for ids this deck lacks, e.g. a, b, c"), so the sentence stays
/// short however many there are.
pub fn ignored_notice(ignored: &[Ignored]) -> Option<String> {
    if ignored.is_empty() {
        return None;
    }
    if ignored.len() <= NAMED_IN_FULL {
        let list: Vec<String> = ignored.iter().map(Ignored::to_string).collect();
        return Some(format!(
            "{} saved answer(s) are not used, and stay in the session file: {}",
            ignored.len(),
            list.join("; ")
        ));
    }
    let mut groups: Vec<(&Unusable, usize, Vec<String>)> = Vec::new();
    for Ignored { id, why } in ignored {
        let at = match groups.iter().position(|(w, ..)| w.group() == why.group()) {
            Some(at) => at,
            None => {
                groups.push((why, 0, Vec::new()));
                groups.len() - 1
            }
        };
        let (_, count, examples) = &mut groups[at];
        *count += 1;
        if examples.len() < EXAMPLES {
            examples.push(why.example(id));
        }
    }
    groups.sort_by_key(|(why, ..)| why.group());
    let parts: Vec<String> = groups
        .into_iter()
        .map(|(why, count, examples)| {
            let lead = if count > examples.len() { "e.g. " } else { "" };
            format!("{count} {}, {lead}{}", why.counted(), examples.join(", "))
        })
        .collect();
    Some(format!(
        "{} saved answers are not used, and stay in the session file: {}",
        ignored.len(),
        parts.join("; ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unknown(count: usize) -> Vec<Ignored> {
        (0..count)
            .map(|i| Ignored {
                id: format!("gone-{i}"),
                why: Unusable::NoSuchItem,
            })
            .collect()
    }

    #[test]
    fn a_million_unknown_ids_make_one_short_sentence() {
        let notice = ignored_notice(&unknown(1_000_000)).unwrap();
        assert_eq!(
            notice,
            "1000000 saved answers are not used, and stay in the session file: 1000000 saved \
             answer(s) for ids this deck lacks, e.g. gone-0, gone-1, gone-2"
        );
    }

    #[test]
    fn many_are_counted_by_reason_and_a_group_of_few_is_named_in_full() {
        let mut ignored = unknown(6);
        ignored.push(Ignored {
            id: "focus".into(),
            why: Unusable::NoSuchRole("nobody".into()),
        });
        let notice = ignored_notice(&ignored).unwrap();
        assert!(
            notice.ends_with(
                "6 saved answer(s) for ids this deck lacks, e.g. gone-0, gone-1, gone-2; 1 \
                 lean(s) to roles this deck does not have, focus (`nobody`)"
            ),
            "{notice}"
        );
    }

    #[test]
    fn a_long_id_is_cut_short() {
        let ignored = [Ignored {
            id: "x".repeat(10_000),
            why: Unusable::NoSuchRole("r".repeat(10_000)),
        }];
        let notice = ignored_notice(&ignored).unwrap();
        assert!(notice.chars().count() < 250, "{notice}");
        assert!(notice.contains(&format!("{}…", "x".repeat(SHOWN_CHARS - 1))));
    }
}
