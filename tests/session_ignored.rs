//! Saved answers the deck cannot use are named with the real reason: an unknown item, a lean to
//! an unknown role, or the wrong kind of answer for the item (in the explorer and in `report`).

use std::fs;

use rolefit::deck::Deck;
use rolefit::session::{self, Ignored, SavedMark, Session, Unusable};

mod common;

use common::process::{rolefit, status, stderr};
use common::sessions::{answer, reopen};

/// A session with one answer of each unusable kind, and one the deck can use.
fn session_with_bad_answers() -> Session {
    let deck = Deck::builtin().unwrap();
    let mut session = Session::new(&deck);
    let mut add = |id: &str, mark| session.answers.insert(id.to_string(), answer(mark));
    add("no-such-item", SavedMark::Have);
    add("focus", SavedMark::Lean("nobody".to_string()));
    add("where-time-goes", SavedMark::Have);
    add("leadership", SavedMark::Lean("director".to_string()));
    add("framing-shots", SavedMark::Have);
    session
}

fn ignored(id: &str, why: Unusable) -> Ignored {
    Ignored {
        id: id.to_string(),
        why,
    }
}

#[test]
fn each_unusable_answer_is_given_its_own_reason() {
    let deck = Deck::builtin().unwrap();
    let restored = session_with_bad_answers().restore(&deck);
    assert_eq!(
        restored.ignored,
        vec![
            ignored("focus", Unusable::NoSuchRole("nobody".to_string())),
            ignored("leadership", Unusable::LeanOnTrait("director".to_string())),
            ignored("no-such-item", Unusable::NoSuchItem),
            ignored("where-time-goes", Unusable::HaveOnDifference),
        ]
    );
    let notice = session::ignored_notice(&restored.ignored).unwrap();
    // The items exist: nothing may claim the deck lost them.
    assert!(!notice.contains("no longer"), "{notice}");
    assert!(notice.starts_with("4 saved answer(s)"), "{notice}");
    assert!(
        notice.contains("focus (a lean to `nobody`, a role this deck does not have)"),
        "{notice}"
    );
    assert!(
        notice.contains("where-time-goes (\"have\" on a difference"),
        "{notice}"
    );
    assert!(notice.contains("no-such-item (no such item"), "{notice}");
    assert!(session::ignored_notice(&[]).is_none());
}

#[test]
fn the_explorer_and_the_report_say_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    session::save(&session_with_bad_answers(), &path).unwrap();
    let before = fs::read(&path).unwrap();

    let app = reopen(&path);
    let status_line = app.status().expect("the unusable answers are named");
    assert!(
        status_line.contains("a role this deck does not have"),
        "{status_line}"
    );
    assert!(status_line.contains("on a difference"), "{status_line}");

    let path_arg = path.to_str().unwrap();
    let output = rolefit(&["report", "--session", path_arg]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let err = stderr(&output);
    assert!(!err.contains("no longer"), "{err}");
    assert!(
        err.contains("`nobody`, a role this deck does not have"),
        "{err}"
    );
    assert!(
        err.contains("where-time-goes (\"have\" on a difference"),
        "{err}"
    );
    assert_eq!(fs::read(&path).unwrap(), before, "report never writes");
}
