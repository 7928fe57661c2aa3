//! Signals while the explorer runs: SIGTERM, SIGHUP and SIGINT become a quit, a terminal that
//! hangs up is heard even under a shell that ignores SIGHUP, and a loop stuck on a dead terminal
//! is saved for and ended from here after a grace period.

use std::io::{self, Write};
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{MutexGuard, OnceLock};
use std::time::{Duration, SystemTime};

use super::final_save::{FinalSave, Leftovers, State};
use super::rescue::{rescue_dirs, save_or_rescue};

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
pub fn main_saves() -> MutexGuard<'static, State> {
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
    let Some(Leftovers {
        session,
        lock_file,
        lock_stamp,
        mut last,
    }) = state.take_for_signal()
    else {
        return;
    };
    // No lock to check again from here, only its file: another rolefit's lock file there means
    // the session is open there too, and that lock file is not ours to remove.
    let theirs = lock_file.as_deref().is_some_and(|lock_file| {
        let at_path = crate::session::stamp_at(lock_file).ok().flatten();
        matches!((at_path, lock_stamp), (Some(at), Some(ours)) if !at.same_file(&ours))
    });
    last.lock_taken = theirs;
    let saved = session.map_or(Ok(None), |(session, path)| {
        save_or_rescue(&session, &path, &last, &rescue_dirs(), SystemTime::now())
    });
    if let Some(lock_file) = lock_file.filter(|_| !theirs) {
        let _ = std::fs::remove_file(lock_file);
    }
    if let Some(restore) = RESTORE.get() {
        restore();
    }
    if let Err(message) | Ok(Some(message)) = saved {
        let _ = writeln!(io::stderr(), "rolefit: {message}");
    }
    // The status names the first signal, as the main path's does; it is set before any path
    // reaches here.
    std::process::exit(signal_exit_status().map_or(1, i32::from));
}

/// What gives the terminal back when the signal thread ends the process: the terminal module's
/// own restore, handed over by [`watch`].
static RESTORE: OnceLock<fn()> = OnceLock::new();

/// Starts watching for signals and for the terminal hanging up. `restore` gives the terminal
/// back (raw mode, the alternate screen, the mouse) if the process has to end from here.
pub fn watch(restore: fn()) -> io::Result<()> {
    let _ = RESTORE.set(restore);
    watch_signals()?;
    watch_hangup()
}

/// Waits until no one else saves, and keeps the signal thread from saving or exiting while the
/// guard lives: the loop holds it while it performs effects and remembers the session.
pub fn hold() -> MutexGuard<'static, State> {
    FINAL.lock()
}
