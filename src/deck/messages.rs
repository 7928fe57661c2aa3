//! ron's syntax messages worded for the deck's author: its own wording prints a struct named
//! with spaces ("duty or skill") as `"duty or skill"_[invalid identifier]`, and it quotes the
//! file's text, which is cleaned here like every other text of the deck.

use crate::untrusted::text::clean;

/// Field names longer than this are shown cut short: a stranger's file could make one fill the
/// screen.
const MAX_NAME_CHARS: usize = 40;

/// The message for ron's error `code`.
pub(super) fn syntax(code: &ron::Error) -> String {
    match code {
        ron::Error::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "unknown field `{}`{}; expected {}",
            name(found),
            within(outer.as_deref()),
            one_of(expected)
        ),
        ron::Error::MissingStructField { field, outer } => {
            format!("missing field `{field}`{}", within(outer.as_deref()))
        }
        ron::Error::DuplicateStructField { field, outer } => {
            format!("field `{field}` is given twice{}", within(outer.as_deref()))
        }
        other => clean(&other.to_string()).into_owned(),
    }
}

/// ` in a duty or skill`: the struct names of the deck format are plain words.
fn within(outer: Option<&str>) -> String {
    outer.map_or(String::new(), |outer| format!(" in a {outer}"))
}

fn name(found: &str) -> String {
    let found = clean(found);
    match found.char_indices().nth(MAX_NAME_CHARS) {
        Some((cut, _)) => format!("{}…", &found[..cut]),
        None => found.into_owned(),
    }
}

/// `` `id`, `title` or `roles` ``.
fn one_of(expected: &[&str]) -> String {
    let quoted: Vec<String> = expected.iter().map(|name| format!("`{name}`")).collect();
    match quoted.as_slice() {
        [] => "no fields".to_string(),
        [only] => only.clone(),
        [init @ .., last] => format!("one of {} or {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_misspelt_field_is_named_plainly_with_what_was_expected() {
        let code = ron::Error::NoSuchStructField {
            expected: &["id", "title", "roles"],
            found: "titel".into(),
            outer: Some("duty or skill".into()),
        };
        assert_eq!(
            syntax(&code),
            "unknown field `titel` in a duty or skill; expected one of `id`, `title` or `roles`"
        );
    }

    #[test]
    fn a_hostile_field_name_is_cleaned_and_cut_short() {
        let code = ron::Error::NoSuchStructField {
            expected: &["id"],
            found: format!("a\u{200d}\u{1b}[2J{}", "x".repeat(100)),
            outer: None,
        };
        let message = syntax(&code);
        assert!(
            !message.contains('\u{1b}') && !message.contains('\u{200d}'),
            "{message:?}"
        );
        assert!(
            message.contains('…') && message.chars().count() < 90,
            "{message}"
        );
    }
}
