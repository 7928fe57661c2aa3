//! Sessions for tests: answers with a fixed time stamp, a repeatable clock, and the explorer
//! resumed from a session.

use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rolefit::app::{App, Options};
use rolefit::session::{Answer, SavedMark, Session};

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

/// The explorer on the built-in deck at 120x40 without colour, with a fixed clock, resuming
/// `session` (a new one when `None`) saved at `path`.
pub fn resumed_app(session: Option<Session>, path: Option<&Path>) -> App {
    let options = Options {
        color: false,
        mouse: true,
        ascii: false,
    };
    let mut app = super::app_with(super::builtin_deck(), 120, 40, options);
    app.clock = fixed_clock;
    let session = session.unwrap_or_else(|| Session::new(&app.deck));
    app.resume(session, path.map(Path::to_path_buf));
    app
}
