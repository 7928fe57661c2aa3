//! Whatever is in a session file, `rolefit::session::load` answers Ok or Err and never panics;
//! syntax errors point inside the file; what loads saves and loads back the same.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use proptest::prelude::*;
use rolefit::deck::Pane;
use rolefit::session::{self, Answer, Assessment, SavedMark, Session, SessionError};

mod common;

use common::sessions::DECK_ID;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 128,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// The text of a typical saved session.
fn valid_text() -> String {
    let mut answers = BTreeMap::new();
    for (id, mark) in [
        ("framing-shots", SavedMark::Have),
        ("leadership", SavedMark::Have),
        ("focus", SavedMark::Lean("producer".to_string())),
        ("no-such-item", SavedMark::Have),
    ] {
        answers.insert(
            id.to_string(),
            Answer {
                mark,
                changed: "2024-03-01T12:00:00Z".to_string(),
            },
        );
    }
    let mut selected = BTreeMap::new();
    selected.insert(Pane::Skills, "leadership".to_string());
    let session = Session {
        deck: DECK_ID.to_string(),
        rating: None,
        focus: Pane::Skills,
        selected,
        answers,
        assessment: Assessment {
            seed: 42,
            position: 3,
        },
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    session::save(&session, &path).unwrap();
    fs::read_to_string(&path).unwrap()
}

/// Loads `bytes` as a session file and checks what any answer must satisfy.
fn load_bytes(dir: &Path, bytes: &[u8]) -> Result<Option<Session>, SessionError> {
    let path = dir.join("s.ron");
    fs::write(&path, bytes).unwrap();
    let result = session::load(&path, DECK_ID);
    if let Err(error) = &result {
        assert_eq!(error.path(), path);
        assert!(error.to_string().contains(&path.display().to_string()));
        if let SessionError::Syntax { line, column, .. } = error {
            let text = std::str::from_utf8(bytes).expect("a syntax error means UTF-8 text");
            let lines = text.split('\n').count();
            assert!(*line >= 1 && *column >= 1, "{line}:{column}");
            assert!(*line <= lines, "line {line} of {lines}");
        }
    }
    // Never rewritten by loading.
    assert_eq!(fs::read(&path).unwrap(), bytes);
    result
}

/// An edit of a text: delete a range, insert a string, or replace a range.
#[derive(Debug, Clone)]
enum Edit {
    Delete(usize, usize),
    Insert(usize, String),
    Replace(usize, usize, String),
}

fn edit_strategy() -> impl Strategy<Value = Edit> {
    let pieces = prop_oneof![
        Just(String::new()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just(",".to_string()),
        Just(":".to_string()),
        Just("\"".to_string()),
        Just("{".to_string()),
        Just("}".to_string()),
        Just("Have".to_string()),
        Just("Lean(\"x\")".to_string()),
        Just("deck: \"other\",".to_string()),
        Just("position: 99999999999999999999999,".to_string()),
        Just("-1".to_string()),
        Just("// c\n".to_string()),
        Just("/*".to_string()),
        Just("\n".to_string()),
        Just("r#\"".to_string()),
        Just("\\u{0}".to_string()),
        any::<String>(),
        "[a-z:,() \"{}\\n]{0,12}",
    ];
    prop_oneof![
        (any::<usize>(), 0usize..40).prop_map(|(at, len)| Edit::Delete(at, len)),
        (any::<usize>(), pieces.clone()).prop_map(|(at, text)| Edit::Insert(at, text)),
        (any::<usize>(), 0usize..10, pieces)
            .prop_map(|(at, len, text)| Edit::Replace(at, len, text)),
    ]
}

/// The character boundary at or before `at % (len + 1)`.
fn boundary(text: &str, at: usize) -> usize {
    let mut at = at % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(text: &mut String, edit: &Edit) {
    match edit {
        Edit::Delete(at, len) | Edit::Replace(at, len, _) => {
            let start = boundary(text, *at);
            let end = boundary(text, start.saturating_add(*len).min(text.len()));
            let insert = match edit {
                Edit::Replace(_, _, s) => s.as_str(),
                _ => "",
            };
            text.replace_range(start..end.max(start), insert);
        }
        Edit::Insert(at, s) => {
            let at = boundary(text, *at);
            text.insert_str(at, s);
        }
    }
}

fn session_strategy() -> impl Strategy<Value = Session> {
    let mark = prop_oneof![
        Just(SavedMark::Have),
        Just(SavedMark::Refuse),
        any::<String>().prop_map(SavedMark::Lean),
    ];
    let answer = (mark, any::<String>()).prop_map(|(mark, changed)| Answer { mark, changed });
    let pane = prop_oneof![
        Just(Pane::Duties),
        Just(Pane::Skills),
        Just(Pane::Differences)
    ];
    (
        pane.clone(),
        proptest::collection::btree_map(pane, any::<String>(), 0..3),
        proptest::collection::btree_map(any::<String>(), answer, 0..6),
        any::<u64>(),
        any::<usize>(),
    )
        .prop_map(|(focus, selected, answers, seed, position)| Session {
            deck: DECK_ID.to_string(),
            rating: None,
            focus,
            selected,
            answers,
            assessment: Assessment { seed, position },
        })
}

/// `session` with every string cleaned as `load` cleans them; `None` when two answers' ids
/// become one.
fn cleaned(session: &Session) -> Option<Session> {
    use rolefit::untrusted::text::clean_owned;
    let mut answers = BTreeMap::new();
    for (id, answer) in &session.answers {
        let mark = match &answer.mark {
            SavedMark::Have => SavedMark::Have,
            SavedMark::Refuse => SavedMark::Refuse,
            SavedMark::Lean(role) => SavedMark::Lean(clean_owned(role.clone())),
        };
        let answer = Answer {
            mark,
            changed: clean_owned(answer.changed.clone()),
        };
        if answers.insert(clean_owned(id.clone()), answer).is_some() {
            return None;
        }
    }
    Some(Session {
        deck: clean_owned(session.deck.clone()),
        rating: None,
        focus: session.focus,
        selected: session
            .selected
            .iter()
            .map(|(pane, id)| (*pane, clean_owned(id.clone())))
            .collect(),
        answers,
        assessment: session.assessment.clone(),
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let dir = tempfile::tempdir().unwrap();
        let _ = load_bytes(dir.path(), &bytes);
    }

    #[test]
    fn random_text_never_panics(text in any::<String>()) {
        let dir = tempfile::tempdir().unwrap();
        let _ = load_bytes(dir.path(), text.as_bytes());
    }

    #[test]
    fn edits_of_a_saved_session_never_panic(edits in proptest::collection::vec(edit_strategy(), 1..6)) {
        let mut text = valid_text();
        for edit in &edits {
            apply(&mut text, edit);
        }
        let dir = tempfile::tempdir().unwrap();
        if let Ok(Some(session)) = load_bytes(dir.path(), text.as_bytes()) {
            // What loads is a session of this deck, and it saves and loads back the same.
            prop_assert_eq!(&session.deck, DECK_ID);
            let again = dir.path().join("again.ron");
            session::save(&session, &again).unwrap();
            prop_assert_eq!(session::load(&again, DECK_ID).unwrap(), Some(session));
        }
    }

    #[test]
    fn edits_of_bytes_of_a_saved_session_never_panic(
        flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..4),
    ) {
        let mut bytes = valid_text().into_bytes();
        for (at, byte) in flips {
            let at = at % bytes.len();
            bytes[at] = byte;
        }
        let dir = tempfile::tempdir().unwrap();
        let _ = load_bytes(dir.path(), &bytes);
    }

    /// Equal, once its text is cleaned as loading cleans it (a session rolefit holds is clean
    /// already, so it comes back exactly); two ids that clean to one are refused.
    #[test]
    fn any_session_saves_and_loads_back_equal(session in session_strategy()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        session::save(&session, &path).unwrap();
        let loaded = session::load(&path, DECK_ID);
        match cleaned(&session) {
            Some(clean) => {
                prop_assert_eq!(loaded.unwrap(), Some(clean.clone()));
                // And a clean session comes back exactly as it was saved.
                session::save(&clean, &path).unwrap();
                prop_assert_eq!(session::load(&path, DECK_ID).unwrap(), Some(clean));
            }
            None => prop_assert!(
                matches!(loaded, Err(SessionError::DuplicateId { .. })),
                "{:?}",
                loaded
            ),
        }
    }
}

#[test]
fn the_valid_text_loads() {
    let dir = tempfile::tempdir().unwrap();
    let session = load_bytes(dir.path(), valid_text().as_bytes())
        .unwrap()
        .unwrap();
    assert_eq!(session.answers.len(), 4);
}
