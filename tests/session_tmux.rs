//! End to end in a real terminal (tmux, 120x40): mark two items, quit, start again, and the marks
//! and the fit meter are back from the session file in XDG_DATA_HOME.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// A tmux server of its own, killed when the test ends however it ends.
struct Tmux {
    socket: String,
    /// Where the server's socket file is, once known; removed with the server.
    socket_path: std::cell::RefCell<Option<std::path::PathBuf>>,
}

impl Tmux {
    fn start() -> Tmux {
        let found = Command::new("tmux").arg("-V").output();
        assert!(
            matches!(&found, Ok(output) if output.status.success()),
            "tmux is required for this test (install it, e.g. `apt-get install tmux`): {found:?}"
        );
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .subsec_nanos();
        let tmux = Tmux {
            socket: format!("rolefit-session-{}-{nanos}", std::process::id()),
            socket_path: std::cell::RefCell::new(None),
        };
        // A session that outlives each rolefit run keeps the server up between runs: otherwise
        // the next new-session can race the server shutting down ("server exited unexpectedly").
        let keeper = tmux.run(&["new-session", "-d", "-s", "keeper", "sleep", "600"]);
        assert!(
            keeper.status.success(),
            "tmux new-session keeper: {keeper:?}"
        );
        tmux
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-f", "/dev/null", "-L", &self.socket])
            .args(args)
            .env("TERM", "xterm-256color")
            .output()
            .expect("run tmux")
    }

    /// Starts rolefit in a new 120x40 session named `name`.
    fn launch(&self, name: &str, data: &Path) {
        let command = format!(
            "env XDG_DATA_HOME='{}' NO_COLOR=1 '{}'",
            data.display(),
            env!("CARGO_BIN_EXE_rolefit")
        );
        let output = self.run(&[
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            "120",
            "-y",
            "40",
            &command,
        ]);
        assert!(output.status.success(), "tmux new-session: {output:?}");
        let shown = self.run(&["display-message", "-p", "-t", name, "#{socket_path}"]);
        let socket = String::from_utf8_lossy(&shown.stdout).trim().to_string();
        if !socket.is_empty() {
            *self.socket_path.borrow_mut() = Some(socket.into());
        }
    }

    fn keys(&self, name: &str, key: &str) {
        let output = self.run(&["send-keys", "-t", name, key]);
        assert!(output.status.success(), "tmux send-keys {key}: {output:?}");
    }

    fn screen(&self, name: &str) -> String {
        let output = self.run(&["capture-pane", "-p", "-t", name]);
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// Polls the screen until it contains `text`, for at most `timeout`.
    fn wait_for(&self, name: &str, text: &str, timeout: Duration) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen(name);
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < timeout,
                "`{text}` did not appear within {timeout:?}; the screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Polls until the screen contains `text` and the whole fit meter (two gauges and the
    /// reading): a capture can catch a frame half drawn, with the pane titles but not the meter.
    fn wait_for_meter(&self, name: &str, text: &str, timeout: Duration) -> String {
        let start = Instant::now();
        loop {
            let screen = self.wait_for(name, text, timeout);
            if meter(&screen).len() == 3 {
                return screen;
            }
            assert!(
                start.elapsed() < timeout,
                "the fit meter did not appear with `{text}` within {timeout:?}; the screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until the session `name` has ended (its program exited).
    fn wait_gone(&self, name: &str, timeout: Duration) {
        let start = Instant::now();
        while self.run(&["has-session", "-t", name]).status.success() {
            assert!(
                start.elapsed() < timeout,
                "rolefit did not exit within {timeout:?}; the screen:\n{}",
                self.screen(name)
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
        // The server leaves its socket file behind when the last session ends by itself.
        if let Some(path) = self.socket_path.borrow_mut().take() {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// The fit meter's lines: each role's gauge with its figures, and the reading.
fn meter(screen: &str) -> Vec<String> {
    screen
        .lines()
        .filter_map(|line| {
            let right = line.rsplit("││").next()?.trim_end_matches('│').trim_end();
            let is_gauge = (right.starts_with("Director ") || right.starts_with("Producer "))
                && right.contains('%');
            (is_gauge || right.starts_with("Leaning ") || right == "Even")
                .then(|| right.to_string())
        })
        .collect()
}

#[test]
fn marks_and_the_fit_meter_come_back_after_a_restart() {
    let tmux = Tmux::start();
    let data = tempfile::tempdir().unwrap();
    let timeout = Duration::from_secs(8);

    tmux.launch("first", data.path());
    tmux.wait_for("first", "Duties 0/15 marked", timeout);
    tmux.keys("first", "Space");
    tmux.keys("first", "j");
    tmux.keys("first", "Space");
    let marked = tmux.wait_for_meter("first", "2/15 marked", timeout);
    let before = meter(&marked);
    assert_eq!(before.len(), 3, "{before:?} from\n{marked}");
    assert!(before[0].ends_with("6%  2/27"), "{before:?}");
    assert!(before[1].ends_with("0%  0/29"), "{before:?}");
    assert_eq!(before[2], "Leaning Director by 6 points");

    let path = data.path().join("rolefit/director-vs-producer.ron");
    assert!(path.exists(), "the marks are saved before quitting");
    tmux.keys("first", "q");
    tmux.wait_gone("first", timeout);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"interpreting-scripts\""), "{text}");
    assert!(text.contains("\"auditioning-and-casting\""), "{text}");

    tmux.launch("second", data.path());
    let resumed = tmux.wait_for_meter("second", "2/15 marked", timeout);
    assert_eq!(meter(&resumed), before, "the screen:\n{resumed}");
    assert!(resumed.contains("[x] Interpreting scripts"), "{resumed}");
    assert!(resumed.contains("[x] Auditioning and casting"), "{resumed}");

    // Every change is saved at once: a third mark survives the terminal going away without q.
    tmux.keys("second", "j");
    tmux.keys("second", "Space");
    tmux.wait_for("second", "3/15 marked", timeout);
    let output = tmux.run(&["kill-session", "-t", "second"]);
    assert!(output.status.success(), "{output:?}");
    tmux.launch("third", data.path());
    let third = tmux.wait_for_meter("third", "3/15 marked", timeout);
    assert!(meter(&third)[0].ends_with("9%  3/27"), "{third}");
    tmux.keys("third", "q");
    tmux.wait_gone("third", timeout);
}
