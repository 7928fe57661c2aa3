//! Keeping a snapshot from the explorer: the history is read again under its lock (another
//! rolefit may have added to it), the saved answers are added, and it is written atomically.

use crate::app::App;
use crate::history::store;
use crate::session;

/// Adds the app's saved answers (a what-if's are not saved, so not kept) as a snapshot named
/// `name`, or today's date when `name` is empty: the history as saved and the name, or why not.
pub fn save(app: &App, name: &str) -> Result<(crate::history::History, String), String> {
    let Some(session_path) = app.session_path() else {
        return Err("Snapshots are kept beside the session file, and there is none".to_string());
    };
    let path = store::path_beside(session_path);
    let _lock = session::lock(&path).map_err(|e| format!("Snapshot not saved: {e}"))?;
    let mut history =
        store::load(&path, &app.deck().id).map_err(|e| format!("Snapshot not saved: {e}"))?;
    let now = app.now();
    let name = if name.trim().is_empty() {
        history.default_name(now)
    } else {
        name.to_string()
    };
    let name = history
        .add(&name, app.session().marks_by_id(), now)
        .map_err(|e| format!("Snapshot not saved: {e}"))?
        .name
        .clone();
    store::save(&history, &path).map_err(|e| format!("Snapshot not saved: {e}"))?;
    Ok((history, name))
}
