//! Session files that cannot be used: syntax errors with path, line and column, bytes that are not
//! UTF-8, another deck's session, and a path that cannot be read; loading never rewrites them.

use std::fs;
use std::path::{Path, PathBuf};

use rolefit::session::{SessionError, load, save};

mod common;

use common::sessions::{DECK_ID, full_session};

fn syntax_error(path: &Path, text: &str) -> (PathBuf, usize, usize, String) {
    fs::write(path, text).unwrap();
    match load(path, DECK_ID) {
        Err(SessionError::Syntax {
            path,
            line,
            column,
            message,
        }) => (path, line, column, message),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn a_corrupt_file_is_a_syntax_error_with_path_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");

    // A value of the wrong type: `42` on line 5, column 36.
    let wrong_type = "(\n    deck: \"director-vs-producer\",\n    focus: duties,\n    answers: {\n        \"x\": (mark: Have, changed: 42),\n    },\n)\n";
    let (reported, line, column, message) = syntax_error(&path, wrong_type);
    assert_eq!(reported, path);
    assert_eq!((line, column), (5, 36), "{message}");

    // A missing comma: the next field, `changed`, on line 5, column 26.
    let missing_comma = "(\n    deck: \"director-vs-producer\",\n    focus: duties,\n    answers: {\n        \"x\": (mark: Have changed: \"a\"),\n    },\n)\n";
    let (_, line, column, _) = syntax_error(&path, missing_comma);
    assert_eq!((line, column), (5, 26));

    // A stray character on line 3.
    let stray = "(\n    deck: \"director-vs-producer\",\n    @focus: duties,\n)\n";
    let (_, line, column, _) = syntax_error(&path, stray);
    assert_eq!((line, column), (3, 5));

    // The message names the file and the position, as `path:line:column`.
    fs::write(&path, wrong_type).unwrap();
    let shown = load(&path, DECK_ID).unwrap_err().to_string();
    assert!(
        shown.starts_with(&format!("{}:5:36:", path.display())),
        "{shown}"
    );
    // Loading never rewrites it.
    assert_eq!(fs::read_to_string(&path).unwrap(), wrong_type);
}

#[test]
fn an_unknown_focus_and_a_truncated_file_are_syntax_errors() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    let (_, line, _, _) = syntax_error(
        &path,
        "(\n    deck: \"director-vs-producer\",\n    focus: writers,\n)\n",
    );
    assert_eq!(line, 3);

    let mut text = String::new();
    save(&full_session(), &path).unwrap();
    text.push_str(&fs::read_to_string(&path).unwrap());
    let half = &text[..text.len() / 2];
    let (_, line, column, _) = syntax_error(&path, half);
    assert!(line >= 1 && column >= 1);
    assert!(
        line <= half.lines().count() + 1,
        "line {line} is past the end"
    );
}

#[test]
fn a_file_that_is_not_utf8_says_so_with_the_offset() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("binary.ron");
    let mut bytes = b"(deck: \"dir".to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe, 0x00]);
    fs::write(&path, &bytes).unwrap();
    match load(&path, DECK_ID) {
        Err(SessionError::NotUtf8 {
            path: reported,
            offset,
        }) => {
            assert_eq!(reported, path);
            assert_eq!(offset, 11);
        }
        other => panic!("expected NotUtf8, got {other:?}"),
    }
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_session_of_another_deck_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut other = full_session();
    other.deck = "three-roles".to_string();
    save(&other, &path).unwrap();
    let error = load(&path, DECK_ID).unwrap_err();
    match &error {
        SessionError::OtherDeck {
            path: reported,
            found,
            expected,
        } => {
            assert_eq!(reported, &path);
            assert_eq!(found, "three-roles");
            assert_eq!(expected, DECK_ID);
        }
        other => panic!("expected OtherDeck, got {other:?}"),
    }
    assert_eq!(error.path(), path);
    assert!(error.to_string().contains("three-roles"));
}

#[cfg(unix)]
#[test]
fn a_path_that_cannot_be_read_is_unreadable_not_missing() {
    let dir = tempfile::tempdir().unwrap();
    // Reading a directory fails with something other than NotFound.
    let error = load(dir.path(), DECK_ID).unwrap_err();
    assert!(
        matches!(error, SessionError::Unreadable { .. }),
        "{error:?}"
    );
    assert_eq!(error.path(), dir.path());
}
