//! Property tests: loading and parsing arbitrary or mangled deck text never panics, and errors always say something.

use std::io::Write;

use proptest::prelude::*;
use rolefit::deck::{BUILTIN_SOURCE, Deck, DeckError};

/// The byte offset of the `n`th character boundary of `text` (wrapping), so slices never split a char.
fn boundary(text: &str, n: usize) -> usize {
    let boundaries: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    boundaries[n % boundaries.len()]
}

/// Parses `text` and checks that any error has a non-empty message naming the origin.
fn parse_reports(text: &str) -> Result<(), TestCaseError> {
    match Deck::parse(text, "mangled.ron") {
        Ok(deck) => {
            prop_assert!(deck.roles.len() >= 2);
            for (index, item) in deck.items().enumerate() {
                prop_assert_eq!(deck.item_index(&item.id), Some(index));
                prop_assert!((1..=10).contains(&item.weight));
            }
        }
        Err(error) => {
            let message = error.to_string();
            prop_assert!(!message.trim().is_empty());
            prop_assert!(message.starts_with("mangled.ron"), "{}", message);
            if let DeckError::Syntax { line, column, .. } = error {
                prop_assert!(line >= 1 && column >= 1, "{}", message);
            }
        }
    }
    Ok(())
}

#[derive(Debug, Clone)]
enum Edit {
    Delete { from: usize, len: usize },
    Insert { at: usize, text: String },
    DuplicateLine { line: usize },
    SwapLines { a: usize, b: usize },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 1usize..40).prop_map(|(from, len)| Edit::Delete { from, len }),
        (any::<usize>(), "[\\PC\n(){}\\[\\]\",:]{1,8}")
            .prop_map(|(at, text)| Edit::Insert { at, text }),
        any::<usize>().prop_map(|line| Edit::DuplicateLine { line }),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::SwapLines { a, b }),
    ]
}

fn apply(text: &str, edit: &Edit) -> String {
    match edit {
        Edit::Delete { from, len } => {
            let start = boundary(text, *from);
            let chars = text[start..]
                .chars()
                .take(*len)
                .map(char::len_utf8)
                .sum::<usize>();
            format!("{}{}", &text[..start], &text[start + chars..])
        }
        Edit::Insert { at, text: inserted } => {
            let at = boundary(text, *at);
            format!("{}{inserted}{}", &text[..at], &text[at..])
        }
        Edit::DuplicateLine { line } => {
            let mut lines: Vec<&str> = text.lines().collect();
            let line = line % lines.len();
            lines.insert(line, lines[line]);
            lines.join("\n")
        }
        Edit::SwapLines { a, b } => {
            let mut lines: Vec<&str> = text.lines().collect();
            let count = lines.len();
            lines.swap(a % count, b % count);
            lines.join("\n")
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn loading_random_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        file.write_all(&bytes).unwrap();
        file.flush().unwrap();
        match Deck::load(file.path()) {
            Ok(_) => {}
            Err(DeckError::NotUtf8 { offset, .. }) => {
                prop_assert!(std::str::from_utf8(&bytes).is_err());
                prop_assert_eq!(std::str::from_utf8(&bytes).unwrap_err().valid_up_to(), offset);
            }
            Err(error) => {
                prop_assert!(std::str::from_utf8(&bytes).is_ok());
                prop_assert!(!error.to_string().is_empty());
            }
        }
    }

    #[test]
    fn parsing_random_strings_never_panics(text in "\\PC{0,200}") {
        parse_reports(&text)?;
    }

    #[test]
    fn parsing_ron_like_strings_never_panics(text in "[(){}\\[\\]\":, a-z0-9\n-]{0,200}") {
        parse_reports(&text)?;
    }

    #[test]
    fn mangled_builtin_deck_never_panics(edits in proptest::collection::vec(edit(), 1..4)) {
        let text = edits.iter().fold(BUILTIN_SOURCE.to_string(), |text, e| apply(&text, e));
        parse_reports(&text)?;
    }
}

#[test]
fn edits_keep_char_boundaries() {
    let text = "Café\ncrème\n";
    for n in 0..20 {
        for len in 1..4 {
            let _ = apply(text, &Edit::Delete { from: n, len });
        }
        let inserted = apply(
            text,
            &Edit::Insert {
                at: n,
                text: "é".into(),
            },
        );
        assert_eq!(inserted.chars().count(), text.chars().count() + 1);
    }
    assert_eq!(apply(text, &Edit::Delete { from: 3, len: 2 }), "Cafcrème\n");
    assert_eq!(apply(text, &Edit::SwapLines { a: 0, b: 1 }), "crème\nCafé");
    assert_eq!(
        apply(text, &Edit::DuplicateLine { line: 1 }),
        "Café\ncrème\ncrème"
    );
}
