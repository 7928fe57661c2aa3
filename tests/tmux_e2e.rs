//! End to end: the real binary in a real terminal (tmux), driven by keys and read back from the
//! screen; and the binary refusing to start the explorer without a terminal.
//!
//! These tests need tmux. When it is missing they fail: CI installs it (.ci/run).

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_rolefit");
const SESSION: &str = "rolefit";
/// How long any one expected screen may take to appear.
const TIMEOUT: Duration = Duration::from_secs(5);
const POLL: Duration = Duration::from_millis(40);

/// A tmux server of our own (its own socket), killed when the test ends however it ends.
struct Tmux {
    socket: String,
    /// The socket file, removed after the server is killed (tmux leaves it behind).
    socket_path: Option<PathBuf>,
    _dir: tempfile::TempDir,
    exit_file: PathBuf,
}

impl Tmux {
    /// Starts `rolefit` in a detached 120x40 session; its exit status goes to a file.
    fn start() -> Tmux {
        require_tmux();
        let dir = tempfile::tempdir().expect("a temporary directory");
        let exit_file = dir.path().join("exit-status");
        let mut tmux = Tmux {
            socket: format!("rolefit-test-{}", std::process::id()),
            socket_path: None,
            _dir: dir,
            exit_file,
        };
        // --no-session: the run must not read or write the user's saved marks.
        let script = format!(
            "{} --no-session; echo EXIT=$? > {}",
            shell_quote(Path::new(BIN)),
            shell_quote(&tmux.exit_file)
        );
        tmux.run(&[
            "new-session",
            "-d",
            "-s",
            SESSION,
            "-x",
            "120",
            "-y",
            "40",
            "sh",
            "-c",
            &script,
        ]);
        let socket_path = tmux.run(&["display-message", "-p", "#{socket_path}"]);
        tmux.socket_path = Some(PathBuf::from(socket_path.trim()));
        tmux
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

    /// Runs a tmux command that must succeed.
    fn run(&self, args: &[&str]) -> String {
        let output = self.command().args(args).output().expect("running tmux");
        assert!(
            output.status.success(),
            "tmux {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    fn capture(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", SESSION])
    }

    /// Types `text` literally.
    fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-t", SESSION, "-l", text]);
    }

    /// Presses a named key: `Escape`, `Space`, `Enter`...
    fn key(&self, name: &str) {
        self.run(&["send-keys", "-t", SESSION, name]);
    }

    /// Polls the screen until `ready` holds, failing with the last screen after the timeout.
    fn wait_for(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.capture();
            if ready(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "timed out after {TIMEOUT:?} waiting for {what}; the screen was:\n{screen}"
            );
            std::thread::sleep(POLL);
        }
    }

    fn window_size(&self) -> String {
        self.run(&[
            "display-message",
            "-p",
            "-t",
            SESSION,
            "#{window_width}x#{window_height}",
        ])
        .trim()
        .to_string()
    }

    fn exit_status(&self) -> Option<String> {
        std::fs::read_to_string(&self.exit_file)
            .ok()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    }

    fn wait_for_exit(&self) -> String {
        let start = Instant::now();
        loop {
            if let Some(status) = self.exit_status() {
                return status;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "rolefit did not exit within {TIMEOUT:?}"
            );
            std::thread::sleep(POLL);
        }
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
        if let Some(path) = &self.socket_path {
            let _ = std::fs::remove_file(path);
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

fn shell_quote(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', r"'\''"))
}

/// The percentage on the fit meter row of `role`: the row where the name is followed by the bar.
fn meter_percent(screen: &str, role: &str) -> Option<u32> {
    for line in screen.lines() {
        let mut rest = line;
        while let Some(at) = rest.find(role) {
            let after = &rest[at + role.len()..];
            let bar = after.trim_start_matches(' ');
            if bar.starts_with(['█', '░']) {
                let percent = bar.find('%')?;
                let digits: String = bar[..percent]
                    .chars()
                    .rev()
                    .skip_while(|c| *c == ' ')
                    .take_while(char::is_ascii_digit)
                    .collect();
                let digits: String = digits.chars().rev().collect();
                return digits.parse().ok();
            }
            rest = after;
        }
    }
    None
}

fn line_with<'a>(screen: &'a str, needle: &str) -> Option<&'a str> {
    screen.lines().find(|line| line.contains(needle))
}

#[test]
fn explorer_in_tmux_searches_marks_survives_a_resize_and_quits_with_status_0() {
    let tmux = Tmux::start();
    // Every wait includes all that must be true of the screen, absences too: a capture can catch
    // a frame half written, so the checks are only final once they hold together.

    // The first screen, drawn down to the footer.
    tmux.wait_for("the first screen with both meters at 0%", |s| {
        s.contains("Duties 0/15 marked")
            && s.contains("Interpreting scripts")
            && meter_percent(s, "Director") == Some(0)
            && meter_percent(s, "Producer") == Some(0)
            && s.lines().any(|l| l.contains("q quit"))
    });

    // Search for `scout`: one duty left, and not the first one.
    tmux.type_text("/");
    tmux.type_text("scout");
    tmux.wait_for(
        "`Scouting filming locations`, `1 match` in the Duties title, no `Interpreting scripts`",
        |s| {
            s.contains("Search: scout")
                && s.contains("Scouting filming locations")
                && line_with(s, "Duties 0/15 marked").is_some_and(|l| l.contains("1 match"))
                && !s.contains("Interpreting scripts")
        },
    );

    // Esc stops typing and keeps the filter; Esc again clears it.
    tmux.key("Escape");
    tmux.wait_for("the kept filter", |s| {
        s.contains("Filter: scout") && !s.contains("Interpreting scripts")
    });
    tmux.key("Escape");
    tmux.wait_for("the cleared filter", |s| {
        s.contains("Press / to search")
            && s.contains("Interpreting scripts")
            && s.contains("Scouting filming locations")
            && !s.contains("1 match")
    });

    // Space on the first duty (a director duty) moves the director's fit off 0%.
    tmux.type_text("g");
    tmux.key("Space");
    let screen = tmux.wait_for(
        "`Duties 1/15 marked` and the Director meter above 0%",
        |s| {
            s.contains("Duties 1/15 marked")
                && s.contains("[x] Interpreting scripts")
                && meter_percent(s, "Director").is_some_and(|p| p > 0)
                && meter_percent(s, "Producer") == Some(0)
        },
    );
    let director = meter_percent(&screen, "Director").unwrap();

    // Down to 1x1 and back: the process lives on and redraws the whole screen.
    tmux.run(&["resize-window", "-t", SESSION, "-x", "1", "-y", "1"]);
    let start = Instant::now();
    while tmux.window_size() != "1x1" {
        assert!(start.elapsed() < TIMEOUT, "the window did not shrink");
        std::thread::sleep(POLL);
    }
    std::thread::sleep(Duration::from_millis(200)); // let rolefit draw at 1x1
    assert_eq!(tmux.exit_status(), None, "rolefit exited at 1x1");
    tmux.run(&["resize-window", "-t", SESSION, "-x", "120", "-y", "40"]);
    tmux.wait_for("the full screen again after the resize", |s| {
        let lines: Vec<&str> = s.lines().collect();
        lines
            .first()
            .is_some_and(|l| l.starts_with("rolefit · Director vs. Producer"))
            && s.contains("Duties 1/15 marked")
            && s.contains("[x] Interpreting scripts")
            && meter_percent(s, "Director") == Some(director)
            && lines.iter().any(|l| l.contains("q quit"))
    });
    assert_eq!(tmux.window_size(), "120x40");
    assert_eq!(tmux.exit_status(), None, "rolefit exited during the resize");
    // Still responsive: the selection moves and the detail follows.
    tmux.type_text("j");
    tmux.wait_for("the detail of the second duty", |s| {
        s.contains("Holding auditions and choosing")
    });

    // q quits with status 0.
    tmux.type_text("q");
    assert_eq!(tmux.wait_for_exit(), "EXIT=0");
}

#[test]
fn without_a_terminal_and_no_subcommand_it_exits_2_and_points_to_rolefit_list() {
    let output: Output = Command::new(BIN)
        .arg("--no-session")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("running rolefit");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "stderr: {stderr}");
    assert!(stderr.contains("rolefit list"), "stderr: {stderr}");
    assert!(stderr.contains("terminal"), "stderr: {stderr}");
    assert!(output.stdout.is_empty(), "nothing on stdout");
}

#[test]
fn with_only_stdout_redirected_it_also_refuses() {
    // stdin may be a terminal or not here; stdout is a pipe either way.
    let output = Command::new(BIN)
        .arg("--no-session")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("running rolefit");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("rolefit list"));
}
