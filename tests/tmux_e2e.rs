//! End to end: the real binary in a real terminal (tmux), driven by keys and read back from the
//! screen; and the binary refusing to start the explorer without a terminal.
//!
//! These tests need tmux. When it is missing they fail: CI installs it (.ci/run).

mod common;

use std::process::{Command, Output, Stdio};
use std::time::Duration;

use common::tmux::Tmux;

const BIN: &str = env!("CARGO_BIN_EXE_rolefit");

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
    // --no-session: the run must not read or write the user's saved marks.
    let rolefit = tmux.launch("rolefit", &[], &["--no-session"]);
    // Every wait includes all that must be true of the screen, absences too: a capture can catch
    // a frame half written, so the checks are only final once they hold together.

    // The first screen, drawn down to the footer.
    rolefit.wait_for("the first screen with both meters at 0%", |s| {
        s.contains("Duties 0/15 marked")
            && s.contains("Interpreting scripts")
            && meter_percent(s, "Director") == Some(0)
            && meter_percent(s, "Producer") == Some(0)
            && s.lines().any(|l| l.contains("q quit"))
    });

    // Search for `scout`: one duty left, and not the first one.
    rolefit.type_text("/");
    rolefit.type_text("scout");
    rolefit.wait_for(
        "`Scouting filming locations`, `1 match` in the Duties title, no `Interpreting scripts`",
        |s| {
            s.contains("Search: scout")
                && s.contains("Scouting filming locations")
                && line_with(s, "Duties 0/15 marked").is_some_and(|l| l.contains("1 match"))
                && !s.contains("Interpreting scripts")
        },
    );

    // Esc stops typing and keeps the filter; Esc again clears it.
    rolefit.key("Escape");
    rolefit.wait_for("the kept filter", |s| {
        s.contains("Filter: scout") && !s.contains("Interpreting scripts")
    });
    rolefit.key("Escape");
    rolefit.wait_for("the cleared filter", |s| {
        s.contains("Press / to search")
            && s.contains("Interpreting scripts")
            && s.contains("Scouting filming locations")
            && !s.contains("1 match")
    });

    // Space on the first duty (a director duty) moves the director's fit off 0%.
    rolefit.type_text("g");
    rolefit.key("Space");
    let screen = rolefit.wait_for(
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
    rolefit.resize(1, 1);
    std::thread::sleep(Duration::from_millis(200)); // let rolefit draw at 1x1
    assert_eq!(rolefit.exit_status(), None, "rolefit exited at 1x1");
    rolefit.resize(120, 40);
    rolefit.wait_for("the full screen again after the resize", |s| {
        let lines: Vec<&str> = s.lines().collect();
        lines
            .first()
            .is_some_and(|l| l.starts_with("rolefit · Director vs. Producer"))
            && s.contains("Duties 1/15 marked")
            && s.contains("[x] Interpreting scripts")
            && meter_percent(s, "Director") == Some(director)
            && lines.iter().any(|l| l.contains("q quit"))
    });
    assert_eq!(rolefit.window_size(), "120x40");
    assert_eq!(
        rolefit.exit_status(),
        None,
        "rolefit exited during the resize"
    );
    // Still responsive: the selection moves and the detail follows.
    rolefit.type_text("j");
    rolefit.wait_for("the detail of the second duty", |s| {
        s.contains("Holding auditions and choosing")
    });

    // q quits with status 0.
    rolefit.type_text("q");
    assert_eq!(rolefit.wait_for_exit(), "EXIT=0");
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

/// CPU time of process `pid` in clock ticks: utime + stime from /proc/PID/stat (counted from
/// after the command name's closing parenthesis, which may hold spaces).
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("/proc/PID/stat");
    let after_name = &stat[stat.rfind(')').expect("a command name") + 2..];
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    // Fields 14 and 15 of the file are the 12th and 13th after the name.
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

#[test]
fn the_explorer_spends_no_cpu_while_idle() {
    let tmux = Tmux::start();
    let rolefit = tmux.launch("idle", &[], &["--no-session"]);
    rolefit.wait_for("the first screen", |s| {
        s.contains("Duties 0/15 marked") && s.lines().any(|l| l.contains("q quit"))
    });
    let pid = rolefit.program_pid();
    std::thread::sleep(Duration::from_millis(300)); // let the first frame finish
    let before = cpu_ticks(pid);
    std::thread::sleep(Duration::from_secs(2));
    let after = cpu_ticks(pid);
    assert_eq!(
        after, before,
        "rolefit used CPU while nobody typed: no tick loop allowed"
    );
    rolefit.key("q");
    assert_eq!(rolefit.wait_for_exit(), "EXIT=0");
}

#[test]
fn typing_fast_on_a_large_deck_shows_the_results_of_the_last_query() {
    use rolefit::deck::{Deck, synthetic};
    use rolefit::search::Searcher;
    // Large enough that the query line is drawn before each ranking, and that a ranking (in a
    // debug build) takes longer than tmux takes to deliver the next key, so some are dropped.
    let source = synthetic::deck_source(20_000, 5);
    let deck = Deck::parse(&source, "synthetic").unwrap();
    let expected = Searcher::new(&deck).rank(&deck, "int", None).len();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.ron");
    std::fs::write(&path, &source).unwrap();

    let tmux = Tmux::start();
    let path = path.to_str().unwrap();
    let rolefit = tmux.launch("large", &[], &["--no-session", "--deck", path]);
    rolefit.wait_for("the first screen", |s| s.contains("Duties 0/9000 marked"));
    rolefit.type_text("/");
    for key in ["i", "n", "t", "s"] {
        rolefit.type_text(key);
    }
    rolefit.key("BSpace");
    let count = format!(" {expected} matches");
    rolefit.wait_for(&format!("`Search: int` and `{count}`"), |s| {
        s.lines()
            .nth(1)
            .is_some_and(|l| l.starts_with("Search: int ") && l.trim_end().ends_with(&count))
    });
    rolefit.key("Escape");
    rolefit.key("q");
    assert_eq!(rolefit.wait_for_exit(), "EXIT=0");
}
