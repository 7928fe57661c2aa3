//! The explorer's last save, and where answers go when the session file cannot take them: a new
//! file in a folder the user will look in, or the terminal itself.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::app::App;
use crate::session::{self, Session};

/// Saves the session as rolefit exits (quit, or a signal). When that fails and the file does not
/// already hold these answers, they go to a new file in the first of `rescue_dirs` that takes it,
/// and the message says where and how to carry on. Quitting does not stop to ask: a signal cannot
/// be asked, and a file the user can move is worth more than a question they may not be able to
/// answer (the disk may stay full).
pub fn save_before_exit(app: &mut App, rescue_dirs: &[PathBuf]) -> Result<(), String> {
    let Some(path) = app.session_path().map(Path::to_path_buf) else {
        return Ok(());
    };
    app.sync_session();
    save_or_rescue(app.session(), &path, rescue_dirs, app.now())
}

/// [`save_before_exit`] for a session held apart from the app (the signal thread's copy).
pub fn save_or_rescue(
    session: &Session,
    path: &Path,
    rescue_dirs: &[PathBuf],
    now: SystemTime,
) -> Result<(), String> {
    let error = match session::save(session, path) {
        Ok(()) => return Ok(()),
        Err(error) => error,
    };
    let failed = format!("could not save the session to {}: {error}", path.display());
    let on_disk = session::load(path, &session.deck).ok().flatten();
    if on_disk.is_some_and(|saved| saved.answers == session.answers) {
        return Err(format!(
            "{failed}. Your answers were saved before; only the pane and row were not."
        ));
    }
    let mut tried = Vec::new();
    for dir in rescue_dirs {
        match session::save_copy(session, path, dir, now) {
            Ok(copy) => {
                return Err(format!(
                    "{failed}.\nYour answers are saved in {} instead. To carry on with them, \
                     start rolefit with --session {} (or move that file to {}).",
                    copy.display(),
                    copy.display(),
                    path.display()
                ));
            }
            Err(error) => tried.push(format!("{}: {error}", dir.display())),
        }
    }
    // Nowhere to write: the terminal is the last place the answers can go.
    let text = session::to_text(session).unwrap_or_default();
    Err(format!(
        "{failed}, nor to another folder ({}).\nYour answers follow as a session file; save the \
         text between the lines as a file and start rolefit with --session FILE.\n---\n{text}---",
        tried.join("; ")
    ))
}

/// Where answers go when the session file cannot take them: the current folder (where the user
/// will look first), the home folder, then the temporary folder.
pub fn rescue_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    dirs.extend(std::env::current_dir().ok());
    dirs.extend(directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf()));
    dirs.push(std::env::temp_dir());
    dirs
}
