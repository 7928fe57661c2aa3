//! The terminal side of the explorer: raw mode, the event loop, and restoring the terminal on
//! quit, on error, on panic and on SIGTERM, SIGHUP or SIGINT.

use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::sync::MutexGuard;
use std::sync::atomic::{AtomicI32, Ordering};
use std::time::{Duration, SystemTime};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;

use crate::action::Action;
use crate::app::App;
use crate::effects;
use crate::event::action_for;
use crate::search::Stop;
use crate::session::{FinalSave, FinalState, Leftovers};
use crate::ui;
use crate::update::{settle, settle_unless, update};

/// Why the explorer cannot start here, worded for the person who ran it.
pub const NOT_A_TERMINAL: &str = "the explorer needs a terminal, but stdin or stdout is \
    redirected; for scripts use `rolefit list`, `rolefit search QUERY` or `rolefit score`";

/// Whether stdin and stdout are both a terminal.
pub fn is_interactive() -> bool {
    io::stdin().is_terminal() && io::stdout().is_terminal()
}

/// The first SIGTERM, SIGHUP or SIGINT received while the explorer runs; 0 for none.
static SIGNAL: AtomicI32 = AtomicI32::new(0);

/// The exit status the shell expects after the signal that ended the explorer (128 + its
/// number), once the terminal is restored and the session saved; `None` if none came.
pub fn signal_exit_status() -> Option<u8> {
    match SIGNAL.load(Ordering::SeqCst) {
        0 => None,
        signal => u8::try_from(128 + signal).ok(),
    }
}

/// The session as the loop last knew it, for the signal thread to save when the loop cannot:
/// after the terminal closes, crossterm's read spins on the dead terminal and never returns to
/// the loop. Its mutex also keeps that save and the main thread's apart (see [`FinalSave`]).
static FINAL: FinalSave = FinalSave::new();

/// How long the loop has after a signal to quit and save before the signal thread does it.
const GRACE: Duration = Duration::from_secs(1);

/// For `main`: from now on the main thread alone saves the session. Hold the guard for the whole
/// last save; a signal thread that wants to save first waits, then leaves it to `main`.
pub fn main_saves() -> MutexGuard<'static, FinalState> {
    let mut state = FINAL.lock();
    state.main_saves();
    state
}

/// Turns SIGTERM, SIGHUP and SIGINT into a quit. The loop sleeps in `event::read`, which no
/// signal interrupts, so a thread waits for them, records the first and wakes the loop by raising
/// SIGWINCH: crossterm turns that into a resize event, and the loop quits as after `q`, so the
/// terminal is restored and the position saved. Nothing ticks meanwhile. If the process is still
/// there after [`GRACE`], the loop is stuck (the terminal went away): the last known session is
/// saved from here. Another SIGTERM or SIGHUP changes nothing (systemd sends SIGHUP right after
/// SIGTERM at logout); another SIGINT, someone insisting, skips the grace but not the save.
fn watch_signals() -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGWINCH};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                let first = SIGNAL.compare_exchange(0, signal, Ordering::SeqCst, Ordering::SeqCst);
                match first {
                    Ok(_) => {
                        let _ = signal_hook::low_level::raise(SIGWINCH);
                        let _ = std::thread::Builder::new()
                            .name("signal-grace".into())
                            .spawn(move || {
                                std::thread::sleep(GRACE);
                                leave();
                            });
                    }
                    Err(_) if signal == SIGINT => leave(),
                    Err(_) => {}
                }
            }
        })?;
    Ok(())
}

/// Hears the terminal go away. A shell that ignores SIGHUP (`trap '' HUP`, `nohup sh`) does not
/// pass the hang-up on, and crossterm's read then spins on the dead terminal (crossterm#793)
/// instead of returning. A thread blocked in poll(2) on the terminal, asking for no event, wakes
/// only when it hangs up (POLLHUP) or fails (POLLERR), and raises SIGHUP so that
/// [`watch_signals`] ends rolefit as after a hang-up. It never wakes before, so nothing ticks. A
/// terminal that cannot be polled (POLLNVAL) is left unwatched rather than taken for a hang-up.
fn watch_hangup() -> io::Result<()> {
    use rustix::event::{PollFd, PollFlags, poll};
    std::thread::Builder::new()
        .name("hangup".into())
        .spawn(|| {
            let terminal = io::stdin();
            let mut watched = [PollFd::new(&terminal, PollFlags::empty())];
            loop {
                match poll(&mut watched, None) {
                    Ok(_) if watched[0].revents().contains(PollFlags::NVAL) => return,
                    Ok(_)
                        if watched[0]
                            .revents()
                            .intersects(PollFlags::HUP | PollFlags::ERR) =>
                    {
                        break;
                    }
                    // Woken by a signal, or by nothing: still there, keep waiting.
                    Ok(_) | Err(rustix::io::Errno::INTR) => {}
                    Err(_) => return,
                }
            }
            let _ = signal_hook::low_level::raise(signal_hook::consts::SIGHUP);
        })?;
    Ok(())
}

/// Ends rolefit from outside the loop: waits for any save in progress, and returns at once if the
/// main thread has saved or is saving (it exits by itself). Otherwise saves the last known
/// session, removes the lock file, gives the terminal back and exits with 128 + the first
/// signal, still holding [`FINAL`] so that no save starts meanwhile. The save comes before any
/// write to the terminal: a stalled terminal (a frozen ssh link) can block such a write for
/// good, and is the very case this path exists for. Every write may fail: the terminal may be
/// gone.
fn leave() {
    let mut state = FINAL.lock();
    let Some(Leftovers { session, lock_file }) = state.take_for_signal() else {
        return;
    };
    let saved = session.map_or(Ok(()), |(session, path)| {
        let rescue = effects::rescue_dirs();
        effects::save_or_rescue(&session, &path, &rescue, SystemTime::now())
    });
    if let Some(lock_file) = lock_file {
        let _ = std::fs::remove_file(lock_file);
    }
    let _ = set_mouse_capture(false);
    let _ = ratatui::try_restore();
    if let Err(message) = saved {
        let _ = writeln!(io::stderr(), "rolefit: {message}");
    }
    // The status names the first signal, as the main path's does; it is set before any path
    // reaches here.
    std::process::exit(signal_exit_status().map_or(1, i32::from));
}

/// Performs the effects the last batch queued, then keeps a copy of the whole session for the
/// signal thread, both under [`FINAL`]'s mutex so that a signal cannot end the process mid-save.
fn perform_and_remember(app: &mut App) {
    let mut state = FINAL.lock();
    effects::perform(app);
    if app.session_path.is_some() {
        app.sync_session();
    }
    if let Some(path) = &app.session_path {
        state.remember(&app.session, path);
    }
}

/// Runs the explorer until the user quits or a signal asks it to stop. The terminal is restored
/// however this returns. `lock_file` is the session's lock, which a signal that ends the process
/// from the signal thread removes.
pub fn run(app: &mut App, lock_file: Option<&Path>) -> io::Result<()> {
    FINAL.lock().set_lock_file(lock_file.map(Path::to_path_buf));
    // Installs a panic hook that leaves raw mode and the alternate screen.
    let mut terminal = ratatui::try_init()?;
    // crossterm starts listening for SIGWINCH on its first poll: before that, the watcher's wake
    // up would be lost.
    let started = event::poll(Duration::ZERO)
        .and_then(|_| watch_signals())
        .and_then(|()| watch_hangup());
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
        } else if app.ranking_is_slow() && !app.should_quit {
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
    app.batching = true;
    loop {
        if let Some(action) = action_for(app, &event) {
            update(app, action);
        }
        if app.should_quit || !event::poll(Duration::ZERO)? {
            break;
        }
        event = event::read()?;
    }
    app.batching = false;
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
