//! End to end with a config file: the real binary in tmux, with `quit` rebound to `x`. `q` does
//! nothing, `x` quits with status 0, the footer names `x`, and the terminal's cursor follows the
//! selected row (what a screen reader reads).
//!
//! This test needs tmux. When it is missing it fails: CI installs it (.ci/run).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_rolefit");
const SESSION: &str = "rolefit-config";
const TIMEOUT: Duration = Duration::from_secs(5);
const POLL: Duration = Duration::from_millis(40);

/// A tmux server on a socket of its own, killed when the test ends however it ends.
struct Tmux {
    socket: String,
    socket_path: Option<PathBuf>,
    exit_file: PathBuf,
    _dir: tempfile::TempDir,
}

impl Tmux {
    /// Starts `rolefit --no-session --config CONFIG` in a detached 120x40 session.
    fn start(config: &Path) -> Tmux {
        require_tmux();
        let dir = tempfile::tempdir().expect("a temporary directory");
        let exit_file = dir.path().join("exit-status");
        let mut tmux = Tmux {
            socket: format!("rolefit-config-test-{}", std::process::id()),
            socket_path: None,
            exit_file,
            _dir: dir,
        };
        let script = format!(
            "{} --no-session --config {}; echo EXIT=$? > {}",
            quote(Path::new(BIN)),
            quote(config),
            quote(&tmux.exit_file)
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

    fn run(&self, args: &[&str]) -> String {
        let output = Command::new("tmux")
            .args(["-u", "-f", "/dev/null", "-L", &self.socket])
            .args(args)
            .env_remove("TMUX")
            .env("TERM", "xterm-256color")
            .stdin(Stdio::null())
            .output()
            .expect("running tmux");
        assert!(
            output.status.success(),
            "tmux {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-t", SESSION, "-l", text]);
    }

    /// The screen and the cursor's cell, read in one tmux call so they belong to one moment.
    fn capture(&self) -> (String, String) {
        let cursor = self.run(&[
            "display-message",
            "-p",
            "-t",
            SESSION,
            "#{cursor_x},#{cursor_y}",
        ]);
        let screen = self.run(&["capture-pane", "-p", "-t", SESSION]);
        (screen, cursor.trim().to_string())
    }

    fn wait_for(&self, what: &str, ready: impl Fn(&str, &str) -> bool) -> String {
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
        let _ = Command::new("tmux")
            .args(["-f", "/dev/null", "-L", &self.socket, "kill-server"])
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
        other => panic!(
            "tmux is required for the end-to-end tests (CI installs it; locally: apt-get install \
             tmux), but `tmux -V` did not run: {other:?}"
        ),
    }
}

fn quote(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', r"'\''"))
}

#[test]
fn with_quit_rebound_to_x_q_does_not_quit_and_x_quits_with_status_0() {
    let config =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/configs/quit-x.ron");
    let tmux = Tmux::start(&config);
    // Row 3 is the first duty (title, search line, the pane's border above it).
    tmux.wait_for(
        "the first screen, `x quit` in the footer, the cursor on the first duty",
        |s, cursor| {
            s.contains("Interpreting scripts")
                && s.lines().last().is_some_and(|l| l.contains("x quit"))
                && !s.contains("q quit")
                && cursor == "1,3"
        },
    );

    tmux.type_text("q");
    // Still running and still listening: the next key moves the selection, and the cursor with it.
    tmux.type_text("j");
    tmux.wait_for(
        "the second duty selected, the cursor on its row",
        |s, cursor| s.contains("Holding auditions and choosing") && cursor == "1,4",
    );
    assert_eq!(tmux.exit_status(), None, "q quit rolefit");

    tmux.type_text("x");
    assert_eq!(tmux.wait_for_exit(), "EXIT=0");
}
