//! Deck files that fail before validation: RON syntax errors and unknown fields with file, line
//! and column, a missing file, and bytes that are not UTF-8.

use std::io::Write;

use rolefit::deck::{Deck, DeckError};

mod common;

use common::decks::fixture;

/// Loads a fixture that must fail to parse; returns (origin, line, column, message, Display).
fn syntax_error(name: &str) -> (String, usize, usize, String, String) {
    let error = Deck::load(&fixture(name)).unwrap_err();
    let display = error.to_string();
    match error {
        DeckError::Syntax {
            origin,
            line,
            column,
            message,
        } => (origin, line, column, message, display),
        other => panic!("{name}: expected DeckError::Syntax, got {other:?}"),
    }
}

#[test]
fn ron_syntax_error_reports_file_line_and_column() {
    let path = fixture("syntax-error.ron");
    let (origin, line, column, message, display) = syntax_error("syntax-error.ron");
    assert_eq!(origin, path.display().to_string());
    // Line 3 is `    title: "Two strings" "without ...",`: the second string starts at column 26.
    assert_eq!((line, column), (3, 26), "position of the error ({message})");
    assert!(message.contains("comma"), "{message}");
    assert_eq!(display, format!("{}:3:26: {message}", path.display()));
}

#[test]
fn wrong_type_value_is_reported_where_the_value_is() {
    let (_, line, column, message, _) = syntax_error("syntax-error-value-on-next-line.ron");
    // Line 3 is `    title:` and the number 42 is on line 4, column 9.
    assert_eq!((line, column), (4, 9), "position of the error ({message})");
}

#[test]
fn unknown_field_is_a_syntax_error_naming_the_field() {
    let path = fixture("unknown-field.ron");
    let error = Deck::load(&path).unwrap_err();
    let message = error.to_string();
    let DeckError::Syntax { origin, line, .. } = &error else {
        panic!("expected DeckError::Syntax, got {error:?}");
    };
    assert_eq!(origin, &path.display().to_string());
    assert_eq!(*line, 5, "the field is on line 5: {message}");
    assert!(message.contains("colour"), "{message}");
}

#[test]
fn missing_file_is_not_found_with_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nowhere.ron");
    let error = Deck::load(&path).unwrap_err();
    let message = error.to_string();
    match error {
        DeckError::NotFound { path: reported } => assert_eq!(reported, path),
        other => panic!("expected DeckError::NotFound, got {other:?}"),
    }
    assert_eq!(
        message,
        format!("{}: no such deck file", path.display()),
        "{message}"
    );
}

#[test]
fn non_utf8_file_reports_path_and_offset() {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(b"(\n    id: \"caf\xe9\",\n)").unwrap();
    file.flush().unwrap();
    let error = Deck::load(file.path()).unwrap_err();
    let message = error.to_string();
    match error {
        DeckError::NotUtf8 { path, offset } => {
            assert_eq!(path, file.path());
            assert_eq!(offset, 14, "the invalid byte follows `(\\n    id: \"caf`");
        }
        other => panic!("expected DeckError::NotUtf8, got {other:?}"),
    }
    assert!(
        message.starts_with(&format!("{}: ", file.path().display())),
        "{message}"
    );
    assert!(message.contains("UTF-8"), "{message}");
    assert!(message.contains("offset 14"), "{message}");
}
