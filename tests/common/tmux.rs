//! A tmux server of the test's own, to run the real binary in a real terminal and read its screen.
//!
//! tmux is required: when it is missing the tests fail with a clear message (CI installs it).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_rolefit");
/// How long any one expected screen, size or exit may take to come.
const TIMEOUT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(40);
const WIDTH: u16 = 120;
const HEIGHT: u16 = 40;

/// Tells apart the servers of one test binary; the process id tells apart the binaries.
static SERVERS_STARTED: AtomicUsize = AtomicUsize::new(0);

/// A tmux server on a socket of its own, killed (and its socket file removed) when the test ends,
/// however it ends.
pub struct Tmux {
    socket: String,
    socket_path: PathBuf,
    /// Holds the files the runs write their exit status to.
    dir: tempfile::TempDir,
}

impl Tmux {
    /// Starts the server with a keeper session that outlives every run of rolefit: without it
    /// the server exits when a run ends, and the next `new-session` can race it shutting down.
    pub fn start() -> Tmux {
        require_tmux();
        let number = SERVERS_STARTED.fetch_add(1, Ordering::Relaxed);
        let mut tmux = Tmux {
            socket: format!("rolefit-test-{}-{number}", std::process::id()),
            socket_path: PathBuf::new(),
            dir: tempfile::tempdir().expect("a temporary directory"),
        };
        tmux.run(&["new-session", "-d", "-s", "keeper", "sleep", "600"]);
        let socket_path = tmux.run(&["display-message", "-p", "-t", "keeper", "#{socket_path}"]);
        tmux.socket_path = PathBuf::from(socket_path.trim());
        tmux
    }

    /// Starts `env ENV rolefit ARGS` in a detached 120x40 session called `name`; its exit status
    /// goes to a file (see [`Run::exit_status`]).
    pub fn launch(&self, name: &str, env: &[(&str, &str)], args: &[&str]) -> Run<'_> {
        self.start_run(name, env, args, None, "")
    }

    /// The explorer without colour on the session file `session`.
    pub fn launch_on_session(&self, name: &str, session: &Path) -> Run<'_> {
        let session = session.to_str().expect("a UTF-8 temporary directory");
        self.launch(name, &[("NO_COLOR", "1")], &["--session", session])
    }

    /// The explorer without colour, keeping its session files under `data` (as
    /// `XDG_DATA_HOME`).
    pub fn launch_with_data(&self, name: &str, data: &Path) -> Run<'_> {
        let data = data.to_str().expect("a UTF-8 temporary directory");
        self.launch(name, &[("XDG_DATA_HOME", data), ("NO_COLOR", "1")], &[])
    }

    /// As [`Tmux::launch`], with the pane's shell first running `setup` (shell commands, such as
    /// `trap '' HUP;`).
    pub fn launch_after(
        &self,
        setup: &str,
        name: &str,
        env: &[(&str, &str)],
        args: &[&str],
    ) -> Run<'_> {
        self.start_run(name, env, args, None, setup)
    }

    /// As [`Tmux::launch`], for a run that may end before its screen is read: rolefit starts only
    /// once tmux records all it writes to the terminal (see [`Run::written`]), and the pane stays
    /// open after it exits, so what it printed can still be read (see [`Run::scrollback`]).
    pub fn launch_held(&self, name: &str, env: &[(&str, &str)], args: &[&str]) -> Run<'_> {
        let channel = format!("{name}-recording");
        let run = self.start_run(name, env, args, Some(&channel), "");
        self.run(&["set-option", "-w", "-t", name, "remain-on-exit", "on"]);
        let log = shell_quote(&run.log_file().display().to_string());
        self.run(&["pipe-pane", "-o", "-t", name, &format!("cat > {log}")]);
        // The pane's shell waits on this channel before it starts rolefit.
        self.run(&["wait-for", "-S", &channel]);
        run
    }

    /// Starts the run; the pane's shell first runs `setup`, and with `wait_for` waits for a signal
    /// on that tmux channel (tmux remembers a signal sent before anyone waits).
    fn start_run(
        &self,
        name: &str,
        env: &[(&str, &str)],
        args: &[&str],
        wait_for: Option<&str>,
        setup: &str,
    ) -> Run<'_> {
        let exit_file = self.dir.path().join(format!("{name}.exit"));
        let mut command = vec!["env".to_string()];
        command.extend(
            env.iter()
                .map(|(key, value)| shell_quote(&format!("{key}={value}"))),
        );
        command.push(shell_quote(BIN));
        command.extend(args.iter().map(|arg| shell_quote(arg)));
        let wait = wait_for.map_or(String::new(), |channel| {
            // Inside the pane, TMUX names this server's socket.
            format!("tmux wait-for {} && ", shell_quote(channel))
        });
        let script = format!(
            "{setup}{wait}{}; echo EXIT=$? > {}",
            command.join(" "),
            shell_quote(&exit_file.display().to_string())
        );
        let (width, height) = (WIDTH.to_string(), HEIGHT.to_string());
        self.run(&[
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            &width,
            "-y",
            &height,
            "sh",
            "-c",
            &script,
        ]);
        Run {
            tmux: self,
            name: name.to_string(),
            exit_file,
        }
    }

    fn command(&self) -> Command {
        let mut command = Command::new("tmux");
        // -u: UTF-8 in and out whatever the locale; -f: no user configuration.
        command
            .args(["-u", "-f", "/dev/null", "-L", &self.socket])
            .env_remove("TMUX")
            .env("TERM", "xterm-256color")
            .stdin(Stdio::null());
        command
    }

    /// Runs a tmux command that must succeed, and returns what it printed.
    fn run(&self, args: &[&str]) -> String {
        let output = self.command().args(args).output().expect("running tmux");
        assert!(
            output.status.success(),
            "tmux {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self
            .command()
            .arg("kill-server")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        // tmux leaves the socket file behind.
        let _ = std::fs::remove_file(&self.socket_path);
    }
}

/// One run of rolefit, in its own tmux session.
pub struct Run<'a> {
    tmux: &'a Tmux,
    name: String,
    exit_file: PathBuf,
}

impl Run<'_> {
    /// Types `text` literally.
    pub fn type_text(&self, text: &str) {
        self.tmux.run(&["send-keys", "-t", &self.name, "-l", text]);
    }

    /// The process id of rolefit itself: the child of the pane's shell.
    pub fn program_pid(&self) -> u32 {
        let shell = self
            .tmux
            .run(&["display-message", "-p", "-t", &self.name, "#{pane_pid}"]);
        let shell = shell.trim();
        let children = std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children"))
            .expect("the pane's shell lists its children");
        children
            .split_whitespace()
            .next()
            .and_then(|pid| pid.parse().ok())
            .expect("rolefit runs under the pane's shell")
    }

    /// Presses a named key: `Escape`, `Space`, `Enter`...
    pub fn key(&self, name: &str) {
        self.tmux.run(&["send-keys", "-t", &self.name, name]);
    }

    /// The screen and the cursor's cell (`x,y`), read in one tmux call so they belong to one
    /// moment.
    pub fn capture(&self) -> (String, String) {
        let output = self.tmux.run(&[
            "display-message",
            "-p",
            "-t",
            &self.name,
            "#{cursor_x},#{cursor_y}",
            ";",
            "capture-pane",
            "-p",
            "-t",
            &self.name,
        ]);
        let (cursor, screen) = output.split_once('\n').unwrap_or((&output, ""));
        (screen.to_string(), cursor.to_string())
    }

    /// The screen with the escape sequences that style it (`capture-pane -e`): what colours
    /// and attributes reached the terminal.
    pub fn capture_with_escapes(&self) -> String {
        self.tmux
            .run(&["capture-pane", "-p", "-e", "-t", &self.name])
    }

    /// Polls the screen until `ready` holds, and returns it; fails with the last screen after the
    /// timeout. `ready` must check all the screen should show, absences too: a capture can catch
    /// a frame half drawn, so the checks are only final once they hold together.
    pub fn wait_for(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        self.wait_for_screen_and_cursor(what, |screen, _| ready(screen))
    }

    /// As [`Run::wait_for`], with the cursor's cell (`x,y`) given to `ready` too.
    pub fn wait_for_screen_and_cursor(
        &self,
        what: &str,
        ready: impl Fn(&str, &str) -> bool,
    ) -> String {
        let start = Instant::now();
        loop {
            let (screen, cursor) = self.capture();
            if ready(&screen, &cursor) {
                return screen;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "timed out after {TIMEOUT:?} waiting for {what}; cursor at {cursor}, screen:\n{screen}"
            );
            std::thread::sleep(POLL);
        }
    }

    /// Resizes the window and waits until tmux reports the new size.
    pub fn resize(&self, width: u16, height: u16) {
        let (width, height) = (width.to_string(), height.to_string());
        self.tmux.run(&[
            "resize-window",
            "-t",
            &self.name,
            "-x",
            &width,
            "-y",
            &height,
        ]);
        let expected = format!("{width}x{height}");
        let start = Instant::now();
        while self.window_size() != expected {
            assert!(
                start.elapsed() < TIMEOUT,
                "the window did not become {expected} within {TIMEOUT:?}"
            );
            std::thread::sleep(POLL);
        }
    }

    /// The window's size as `WIDTHxHEIGHT`.
    pub fn window_size(&self) -> String {
        self.tmux
            .run(&[
                "display-message",
                "-p",
                "-t",
                &self.name,
                "#{window_width}x#{window_height}",
            ])
            .trim()
            .to_string()
    }

    /// Keeps the pane and what rolefit left on it after rolefit exits, so [`Run::display`] can
    /// still tell whether it restored the terminal.
    pub fn keep_pane_after_exit(&self) {
        self.tmux
            .run(&["set-option", "-w", "-t", &self.name, "remain-on-exit", "on"]);
    }

    /// A tmux format (`#{mouse_any_flag}`, `#{alternate_on}`...) expanded for this run's pane.
    pub fn display(&self, format: &str) -> String {
        self.tmux
            .run(&["display-message", "-p", "-t", &self.name, format])
            .trim()
            .to_string()
    }

    /// The pane's history and screen, oldest line first: all a user can scroll back to. When
    /// rolefit exits, a pane kept by [`Tmux::launch_held`] scrolls up a line to say it is dead,
    /// so its last screen is no longer all on the screen.
    pub fn scrollback(&self) -> String {
        self.tmux
            .run(&["capture-pane", "-p", "-S", "-", "-t", &self.name])
    }

    fn log_file(&self) -> PathBuf {
        self.tmux.dir.path().join(format!("{}.log", self.name))
    }

    /// Every byte rolefit wrote to the terminal so far, escape sequences included, for a run
    /// started with [`Tmux::launch_held`]. Polls until `ready` holds, as [`Run::wait_for`] does:
    /// tmux passes output on to the recording a little after the program wrote it.
    pub fn written(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let bytes = std::fs::read(self.log_file()).unwrap_or_default();
            let written = String::from_utf8_lossy(&bytes).into_owned();
            if ready(&written) {
                return written;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "timed out after {TIMEOUT:?} waiting for {what} in what rolefit wrote: {written:?}"
            );
            std::thread::sleep(POLL);
        }
    }

    /// Closes the session, as a terminal going away does.
    pub fn kill(&self) {
        self.tmux.run(&["kill-session", "-t", &self.name]);
    }

    /// `EXIT=<status>` once rolefit has exited, `None` while it runs.
    pub fn exit_status(&self) -> Option<String> {
        std::fs::read_to_string(&self.exit_file)
            .ok()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    }

    /// Waits for rolefit to exit and returns `EXIT=<status>`.
    pub fn wait_for_exit(&self) -> String {
        let start = Instant::now();
        loop {
            if let Some(status) = self.exit_status() {
                return status;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "rolefit did not exit within {TIMEOUT:?}; the screen:\n{}",
                self.capture().0
            );
            std::thread::sleep(POLL);
        }
    }
}

fn require_tmux() {
    match Command::new("tmux").arg("-V").output() {
        Ok(output) if output.status.success() => {}
        Ok(output) => panic!(
            "tmux is required for the end-to-end tests (CI installs it), but `tmux -V` failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ),
        Err(error) => panic!(
            "tmux is required for the end-to-end tests (CI installs it; locally: apt-get install \
             tmux), but it could not be run: {error}"
        ),
    }
}

/// `text` in single quotes for `sh`.
fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}
