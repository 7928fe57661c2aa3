//! The terminal side of the explorer: raw mode, the event loop, and restoring the terminal on
//! quit, on error, on panic and on SIGTERM, SIGHUP or SIGINT.

use std::io::{self, IsTerminal, Write};
use std::time::Duration;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;

use crate::action::Action;
use crate::app::App;
use crate::effects;
use crate::event::action_for;
use crate::exit::{self, signal_exit_status};
use crate::search::{self, Stop};
use crate::session::SessionLock;
use crate::ui;
use crate::update::{settle, settle_unless, update};

/// Why the explorer cannot start here, worded for the person who ran it.
pub const NOT_A_TERMINAL: &str = "the explorer needs a terminal, but stdin or stdout is \
    redirected; for scripts use `rolefit list`, `rolefit search QUERY` or `rolefit score`";

/// Whether stdin and stdout are both a terminal.
pub fn is_interactive() -> bool {
    io::stdin().is_terminal() && io::stdout().is_terminal()
}

/// Performs the effects the last batch queued, then brings the signal thread's copy of the
/// session up to date (with what it may write over), both under `exit`'s hold so that a signal
/// cannot end the process mid-save.
fn perform_and_remember(app: &mut App) {
    let mut state = exit::hold();
    effects::run(app, &mut set_mouse_capture);
    if app.session_path().is_some() {
        app.sync_session();
    }
    let changes = app.take_answer_changes();
    if let Some(path) = app.session_path() {
        state.remember_changes(app.session(), path, changes);
        state.remember_files(app.on_disk(), app.kept_other());
        state.set_lock_stamp(app.session_lock().and_then(SessionLock::stamp));
        state.pause_saves(app.what_if_open());
    }
}

/// Runs the explorer until the user quits or a signal asks it to stop. The terminal is restored
/// however this returns. The session's lock file, if the app holds the lock, is removed by a
/// signal that ends the process from the signal thread.
pub fn run(app: &mut App) -> io::Result<()> {
    let lock_file = app.session_lock().map(|lock| lock.file().to_path_buf());
    exit::hold().set_lock_file(lock_file);
    // Installs a panic hook that leaves raw mode and the alternate screen.
    let mut terminal = ratatui::try_init()?;
    // crossterm starts listening for SIGWINCH on its first poll: before that, the watcher's wake
    // up would be lost.
    let started = event::poll(Duration::ZERO).and_then(|_| exit::watch(restore_after_signal));
    if let Err(error) = started {
        give_back();
        return Err(error);
    }
    // The mouse can be taken at run time (`M`), so the hook releases it whatever the start.
    release_mouse_on_panic();
    if app.options.mouse
        && let Err(error) = set_mouse_capture(true)
    {
        give_back();
        return Err(error);
    }
    let result = event_loop(&mut terminal, app);
    if app.options.mouse {
        // Best effort: the terminal is being handed back either way.
        let _ = set_mouse_capture(false);
    }
    give_back();
    result
}

/// Leaves raw mode and the alternate screen. Unlike `ratatui::restore`, which reports a failure
/// with `eprintln!`, this cannot panic when the terminal is gone: the session is still to be saved.
fn give_back() {
    if let Err(error) = ratatui::try_restore() {
        let _ = writeln!(
            io::stderr(),
            "rolefit: could not restore the terminal: {error}"
        );
    }
}

/// Gives the terminal back from the signal thread, as the process ends there; every write may
/// fail, since the terminal may be gone.
fn restore_after_signal() {
    let _ = set_mouse_capture(false);
    let _ = ratatui::try_restore();
}

/// Takes mouse events from the terminal (`true`), or gives them back so it selects text.
pub fn set_mouse_capture(on: bool) -> io::Result<()> {
    if on {
        execute!(io::stdout(), EnableMouseCapture)
    } else {
        execute!(io::stdout(), DisableMouseCapture)
    }
}

fn release_mouse_on_panic() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture);
        previous(info);
    }));
}

/// Draw, then sleep in `event::read` until input arrives: nothing ticks while the user reads.
/// Events that queued up meanwhile (a paste, a held key) are all applied before the next draw.
/// On a large deck a changed query is drawn at once, before ranking, because the ranking takes
/// a few frames; a ranking that newer input makes outdated is dropped and that input read first.
fn event_loop(terminal: &mut DefaultTerminal, app: &mut App) -> io::Result<()> {
    perform_and_remember(app);
    let size = terminal.size()?;
    update(
        app,
        Action::Resize {
            width: size.width,
            height: size.height,
        },
    );
    let mut frame_due = true;
    let mut interruptions = Interruptions::default();
    while !app.should_quit {
        if frame_due {
            terminal.draw(|frame| ui::draw(frame, app))?;
        }
        apply_waiting_input(app)?;
        // The batch just read is still performed and remembered below: it may hold answers.
        let signalled = signal_exit_status().is_some();
        if signalled {
            update(app, Action::Quit);
        }
        let interrupted = if signalled {
            false
        } else if app.rows_are_stale()
            && search::ranking_takes_frames(app.deck().len())
            && !app.should_quit
        {
            terminal.draw(|frame| ui::draw(frame, app))?;
            let stop: Stop = if interruptions.allowed(app.query.text()) {
                &input_waiting
            } else {
                &|| false
            };
            !settle_unless(app, stop)
        } else {
            settle(app);
            false
        };
        interruptions.record(interrupted, app.query.text());
        frame_due = !interrupted;
        perform_and_remember(app);
    }
    Ok(())
}

/// Sleeps until an event arrives, then applies it and every event queued behind it.
fn apply_waiting_input(app: &mut App) -> io::Result<()> {
    if signal_exit_status().is_some() {
        return Ok(()); // came before the loop reached `read`: its wake-up may have been read
    }
    let mut event = event::read()?;
    loop {
        if let Some(action) = action_for(app, &event) {
            update(app, action);
        }
        if app.should_quit || !event::poll(Duration::ZERO)? {
            break;
        }
        event = event::read()?;
    }
    Ok(())
}

/// Whether input is waiting to be read. An unreadable terminal counts as no input: the next
/// `event::read` reports that error.
fn input_waiting() -> bool {
    event::poll(Duration::ZERO).unwrap_or(false)
}

/// Which rankings newer input may interrupt. Input that left the query as it was (a mouse move,
/// a resize) does not make a ranking outdated: after one interruption, a ranking of the same
/// query runs to the end, or moving the mouse could hold the results back indefinitely.
#[derive(Debug, Default)]
struct Interruptions {
    /// The query whose ranking was interrupted last time, if it was.
    dropped: Option<String>,
}

impl Interruptions {
    fn allowed(&self, query: &str) -> bool {
        self.dropped.as_deref() != Some(query)
    }

    fn record(&mut self, interrupted: bool, query: &str) {
        self.dropped = interrupted.then(|| query.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::Interruptions;

    #[test]
    fn a_query_is_interrupted_at_most_once_in_a_row() {
        let mut interruptions = Interruptions::default();
        assert!(interruptions.allowed("i"));
        interruptions.record(true, "i");
        // A key changed the query: the new ranking may be interrupted too.
        assert!(interruptions.allowed("in"));
        interruptions.record(true, "in");
        // Only a mouse move came: this ranking must finish.
        assert!(!interruptions.allowed("in"));
        interruptions.record(false, "in");
        assert!(interruptions.allowed("in"));
    }
}
