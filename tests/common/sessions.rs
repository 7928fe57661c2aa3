//! Sessions for tests: answers with a fixed time stamp, a repeatable clock, full sessions and ones
//! with unknown answers, the explorer resumed from a session, and what it saved.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rolefit::app::{App, Options};
use rolefit::deck::{Deck, Pane};
use rolefit::session::{self, Answer, Assessment, SavedMark, Session};

/// The built-in deck's id, which sessions name.
pub const DECK_ID: &str = "director-vs-producer";

/// The time stamped on answers, so saved files are repeatable: 2023-11-14T22:13:20Z.
pub fn fixed_clock() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_700_000_000)
}

pub fn answer(mark: SavedMark) -> Answer {
    Answer {
        mark,
        changed: "2024-03-01T12:00:00Z".to_string(),
    }
}

/// A session on the built-in deck holding just `answers`: on Duties, nothing selected, seed 1.
pub fn session_of(answers: BTreeMap<String, Answer>) -> Session {
    Session {
        deck: DECK_ID.to_string(),
        rating: None,
        focus: Pane::Duties,
        selected: BTreeMap::new(),
        answers,
        assessment: Assessment {
            seed: 1,
            position: 0,
        },
    }
}

/// A session with a Have, a Lean, an unknown id, a focus, selections and assessment progress.
pub fn full_session() -> Session {
    let mut answers = BTreeMap::new();
    answers.insert("framing-shots".to_string(), answer(SavedMark::Have));
    answers.insert("leadership".to_string(), answer(SavedMark::Have));
    answers.insert(
        "focus".to_string(),
        answer(SavedMark::Lean("producer".to_string())),
    );
    answers.insert("no-such-item".to_string(), answer(SavedMark::Have));
    let mut selected = BTreeMap::new();
    selected.insert(Pane::Duties, "coaching-actors".to_string());
    selected.insert(Pane::Skills, "leadership".to_string());
    selected.insert(Pane::Differences, "crew".to_string());
    Session {
        deck: DECK_ID.to_string(),
        rating: None,
        focus: Pane::Skills,
        selected,
        answers,
        assessment: Assessment {
            seed: 0xDEAD_BEEF_0123_4567,
            position: 17,
        },
    }
}

/// The explorer on the built-in deck at 120x40 without colour, with a fixed clock, resuming
/// `session` (a new one when `None`) saved at `path`. Whatever is at `path` now is taken for
/// the file the session was read from, as the explorer takes the file it read.
pub fn resumed_app(session: Option<Session>, path: Option<&Path>) -> App {
    let options = Options {
        color: false,
        mouse: true,
        ascii: false,
    };
    let mut app = super::app_with(super::builtin_deck(), 120, 40, options);
    app.set_clock(fixed_clock);
    let session = session.unwrap_or_else(|| Session::new(app.deck()));
    app.resume(session, path.map(Path::to_path_buf));
    if let Some(path) = path {
        // A path that cannot be looked at (under a regular file, say) holds no file either.
        app.set_on_disk(session::stamp_at(path).ok().flatten());
    }
    app
}

/// The explorer on the built-in deck with `session` resumed from `path`.
pub fn app_at(session: Option<Session>, path: &Path) -> App {
    resumed_app(session, Some(path))
}

/// The explorer resumed from whatever is saved at `path`.
pub fn reopen(path: &Path) -> App {
    let saved = session::load(path, DECK_ID).expect("the session loads");
    app_at(saved, path)
}

/// The session saved at `path`, which must exist.
pub fn saved(path: &Path) -> Session {
    session::load(path, DECK_ID)
        .unwrap()
        .expect("a saved session")
}

/// A session on the built-in deck with an answer for an unknown id, a lean to a role it lacks,
/// and one answer it knows.
pub fn session_with_unknowns() -> Session {
    let deck = Deck::builtin().unwrap();
    let mut session = Session::new(&deck);
    let answer = |mark| Answer {
        mark,
        changed: "2020-01-01T00:00:00Z".to_string(),
    };
    session
        .answers
        .insert("no-such-item".to_string(), answer(SavedMark::Have));
    session.answers.insert(
        "focus".to_string(),
        answer(SavedMark::Lean("writer".to_string())),
    );
    session
        .answers
        .insert("leadership".to_string(), answer(SavedMark::Have));
    session
}
