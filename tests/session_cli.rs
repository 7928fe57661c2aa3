//! Sessions through the `rolefit` binary, with XDG_DATA_HOME in a temporary directory: `report`
//! in Markdown and JSON, a corrupt session (report and explorer exit 2 and never touch the file),
//! the default path, unknown ids, and `--session` / `--no-session`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use rolefit::session::{self, SavedMark, Session};
use serde_json::Value;
use tempfile::TempDir;

mod common;

use common::process::{status, stderr, stdout};
use common::sessions::{DECK_ID, answer, session_of};

/// A corrupt session: the value on line 5, column 48 is a number where a string belongs.
const CORRUPT: &str = "(\n    deck: \"director-vs-producer\",\n    focus: duties,\n    answers: {\n        \"framing-shots\": (mark: Have, changed: 42),\n    },\n)\n";

struct Env {
    data: TempDir,
}

impl Env {
    fn new() -> Env {
        Env {
            data: tempfile::tempdir().unwrap(),
        }
    }

    fn default_session(&self) -> PathBuf {
        self.data
            .path()
            .join("rolefit")
            .join(format!("{DECK_ID}.ron"))
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_rolefit"))
            .args(args)
            .env("XDG_DATA_HOME", self.data.path())
            .env("HOME", self.data.path())
            .env_remove("NO_COLOR")
            .stdin(Stdio::null())
            .output()
            .expect("run rolefit")
    }
}

/// Two director duties had, a lean to producer, and an answer for an item no deck has.
fn some_session() -> Session {
    let mut answers = BTreeMap::new();
    answers.insert("framing-shots".to_string(), answer(SavedMark::Have));
    answers.insert("coaching-actors".to_string(), answer(SavedMark::Have));
    answers.insert(
        "focus".to_string(),
        answer(SavedMark::Lean("producer".to_string())),
    );
    answers.insert("no-such-item".to_string(), answer(SavedMark::Have));
    session_of(answers)
}

/// Checks the message for an unusable session: file, line:column, and the way out.
fn assert_reports_corrupt(output: &Output, path: &Path) {
    assert_eq!(status(output), 2, "stderr: {}", stderr(output));
    let err = stderr(output);
    assert!(
        err.contains(&format!("{}:5:48:", path.display())),
        "names the file and line:column: {err}"
    );
    assert!(err.contains("--fresh-session"), "{err}");
    assert!(err.contains("left as it is"), "{err}");
    assert!(stdout(output).is_empty(), "{}", stdout(output));
}

#[test]
fn report_without_a_session_prints_zero_percent() {
    let env = Env::new();
    let output = env.run(&["report"]);
    assert_eq!(status(&output), 0, "stderr: {}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with("# rolefit: Director vs. Producer"),
        "{text}"
    );
    assert!(text.contains("| Director | 0% | 0/27 |"), "{text}");
    assert!(text.contains("| Producer | 0% | 0/29 |"), "{text}");
    assert!(text.contains("not a verdict"), "{text}");
    assert!(text.contains("**Even.**"), "{text}");
    assert!(
        stderr(&output).contains("no session"),
        "{}",
        stderr(&output)
    );
    // Reading the report creates no session file.
    assert!(!env.default_session().exists());
}

#[test]
fn report_json_has_the_documented_shape() {
    let env = Env::new();
    let output = env.run(&["report", "--format", "json"]);
    assert_eq!(status(&output), 0, "stderr: {}", stderr(&output));
    let json: Value = serde_json::from_str(&stdout(&output)).expect("stdout is JSON");
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        [
            "deck",
            "lead",
            "leans",
            "notes",
            "reading",
            "roles",
            "to_swap_lead"
        ]
    );
    assert_eq!(json["lead"], Value::Null);
    assert_eq!(json["reading"], "Even");
    assert_eq!(json["notes"], serde_json::json!([]));
    assert_eq!(json["deck"], DECK_ID);
    assert_eq!(json["leans"], serde_json::json!({}));
    assert_eq!(json["to_swap_lead"], serde_json::json!([]));
    let roles = json["roles"].as_array().unwrap();
    assert_eq!(roles.len(), 2);
    for role in roles {
        let mut keys: Vec<&str> = role
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "fit",
                "gaps",
                "have",
                "id",
                "name",
                "refused",
                "screened",
                "strengths",
                "total"
            ]
        );
        assert_eq!(role["refused"], serde_json::json!([]));
        assert_eq!(role["screened"], false);
        assert_eq!(role["fit"].as_f64(), Some(0.0));
        assert_eq!(role["have"], 0);
        assert_eq!(role["strengths"], serde_json::json!([]));
        assert!(
            role["gaps"]
                .as_array()
                .unwrap()
                .iter()
                .all(Value::is_string)
        );
    }
    assert_eq!(roles[0]["id"], "director");
    assert_eq!(roles[0]["total"], 27);
    assert_eq!(roles[1]["name"], "Producer");
}

#[test]
fn report_reads_the_session_at_the_default_path() {
    let env = Env::new();
    session::save(&some_session(), &env.default_session()).unwrap();
    let before = fs::read(env.default_session()).unwrap();

    let output = env.run(&["report", "--format", "json"]);
    assert_eq!(status(&output), 0, "stderr: {}", stderr(&output));
    let json: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["roles"][0]["have"], 2);
    assert_eq!(json["roles"][1]["have"], 1);
    assert_eq!(json["leans"], serde_json::json!({"focus": "producer"}));
    let strengths = json["roles"][0]["strengths"].as_array().unwrap();
    assert!(strengths.contains(&Value::from("framing-shots")));

    // The unknown id is mentioned once, and the file is not rewritten.
    let err = stderr(&output);
    assert_eq!(err.matches("no-such-item").count(), 1, "{err}");
    assert_eq!(fs::read(env.default_session()).unwrap(), before);

    let markdown = env.run(&["report"]);
    assert_eq!(status(&markdown), 0);
    let text = stdout(&markdown);
    assert!(text.contains("| Director | 6% | 2/27 |"), "{text}");
    assert!(text.contains("- Focus: Producer ("), "{text}");
}

#[test]
fn report_with_an_explicit_session_file() {
    let env = Env::new();
    let elsewhere = env.data.path().join("elsewhere/mine.ron");
    session::save(&some_session(), &elsewhere).unwrap();
    let path = elsewhere.to_str().unwrap();

    let output = env.run(&["report", "--session", path, "--format", "json"]);
    assert_eq!(status(&output), 0, "stderr: {}", stderr(&output));
    let json: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["roles"][0]["have"], 2);

    // --session before the subcommand works too (a global option).
    let output = env.run(&["--session", path, "report", "--format", "json"]);
    assert_eq!(status(&output), 0, "stderr: {}", stderr(&output));
    let json: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["roles"][0]["have"], 2);

    // --no-session ignores the default session.
    session::save(&some_session(), &env.default_session()).unwrap();
    let output = env.run(&["report", "--no-session", "--format", "json"]);
    assert_eq!(status(&output), 0, "stderr: {}", stderr(&output));
    let json: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["roles"][0]["have"], 0);
}

#[test]
fn report_on_a_corrupt_session_exits_2_and_leaves_it_alone() {
    let env = Env::new();
    let path = env.data.path().join("corrupt.ron");
    fs::write(&path, CORRUPT).unwrap();
    let output = env.run(&["report", "--session", path.to_str().unwrap()]);
    assert_reports_corrupt(&output, &path);
    assert_eq!(fs::read_to_string(&path).unwrap(), CORRUPT);

    let json = env.run(&[
        "report",
        "--format",
        "json",
        "--session",
        path.to_str().unwrap(),
    ]);
    assert_reports_corrupt(&json, &path);
    assert_eq!(fs::read_to_string(&path).unwrap(), CORRUPT);
    let names: Vec<_> = fs::read_dir(env.data.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "no backup or temporary file was made");
}

#[test]
fn report_on_the_corrupt_default_session_exits_2() {
    let env = Env::new();
    fs::create_dir_all(env.default_session().parent().unwrap()).unwrap();
    fs::write(env.default_session(), CORRUPT).unwrap();
    let output = env.run(&["report"]);
    assert_reports_corrupt(&output, &env.default_session());
    assert_eq!(fs::read_to_string(env.default_session()).unwrap(), CORRUPT);
}

#[test]
fn report_on_a_session_of_another_deck_exits_2() {
    let env = Env::new();
    let path = env.data.path().join("other.ron");
    let mut other = some_session();
    other.deck = "three-roles".to_string();
    session::save(&other, &path).unwrap();
    let before = fs::read(&path).unwrap();
    let output = env.run(&["report", "--session", path.to_str().unwrap()]);
    assert_eq!(status(&output), 2);
    let err = stderr(&output);
    assert!(
        err.contains("three-roles") && err.contains(&path.display().to_string()),
        "{err}"
    );
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn the_explorer_with_a_corrupt_default_session_exits_2_and_leaves_it_alone() {
    let env = Env::new();
    let path = env.default_session();
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, CORRUPT).unwrap();

    // No subcommand; stdin and stdout are not a terminal, but the session is read first.
    let output = env.run(&[]);
    assert_reports_corrupt(&output, &path);
    assert!(
        !stderr(&output).contains("needs a terminal"),
        "{}",
        stderr(&output)
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), CORRUPT);

    let assess = env.run(&["assess"]);
    assert_reports_corrupt(&assess, &path);
    assert_eq!(fs::read_to_string(&path).unwrap(), CORRUPT);
    let entries: Vec<_> = fs::read_dir(path.parent().unwrap()).unwrap().collect();
    assert_eq!(entries.len(), 1, "nothing else was written beside it");
}

#[test]
fn the_explorer_with_a_corrupt_explicit_session_exits_2() {
    let env = Env::new();
    let path = env.data.path().join("mine.ron");
    fs::write(&path, CORRUPT).unwrap();
    let output = env.run(&["--session", path.to_str().unwrap()]);
    assert_reports_corrupt(&output, &path);
    assert_eq!(fs::read_to_string(&path).unwrap(), CORRUPT);
}

#[test]
fn the_explorer_with_a_readable_session_but_no_terminal_says_so() {
    let env = Env::new();
    session::save(&some_session(), &env.default_session()).unwrap();
    let before = fs::read(env.default_session()).unwrap();
    let output = env.run(&[]);
    assert_eq!(status(&output), 2);
    assert!(
        stderr(&output).contains("needs a terminal"),
        "{}",
        stderr(&output)
    );
    assert_eq!(fs::read(env.default_session()).unwrap(), before);
}

#[test]
fn fresh_session_moves_a_corrupt_file_aside() {
    let env = Env::new();
    let path = env.default_session();
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, CORRUPT).unwrap();
    let output = env.run(&["--fresh-session"]);
    // No terminal here, but the corrupt session no longer stops the explorer.
    assert_eq!(status(&output), 2);
    assert!(
        stderr(&output).contains("needs a terminal"),
        "{}",
        stderr(&output)
    );
    assert!(!path.exists());
    let backups: Vec<PathBuf> = fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(backups.len(), 1);
    let name = backups[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(name.starts_with("director-vs-producer.ron.bak-"), "{name}");
    assert_eq!(fs::read_to_string(&backups[0]).unwrap(), CORRUPT);
}

#[test]
fn session_and_no_session_together_are_a_usage_error() {
    let env = Env::new();
    let path = env.data.path().join("s.ron");
    let p = path.to_str().unwrap();
    for args in [
        vec!["--session", p, "--no-session"],
        vec!["--no-session", "--session", p, "report"],
        vec!["report", "--session", p, "--no-session"],
        vec!["assess", "--no-session", "--session", p],
    ] {
        let output = env.run(&args);
        assert_eq!(status(&output), 2, "{args:?}: {}", stderr(&output));
        let err = stderr(&output);
        assert!(
            err.contains("--no-session") && err.contains("--session"),
            "{err}"
        );
        assert!(err.contains("cannot be used with"), "{err}");
        assert!(stdout(&output).is_empty());
    }
    assert!(!path.exists());
}

#[test]
fn session_and_no_session_on_either_side_of_the_subcommand_are_a_usage_error() {
    let env = Env::new();
    let path = env.data.path().join("s.ron");
    session::save(&some_session(), &path).unwrap();
    let p = path.to_str().unwrap();
    for args in [
        vec!["--no-session", "report", "--session", p],
        vec!["--session", p, "report", "--no-session"],
        vec!["--session", p, "assess", "--no-session"],
    ] {
        let output = env.run(&args);
        assert_eq!(status(&output), 2, "{args:?}: {}", stdout(&output));
        assert!(
            stderr(&output).contains("cannot be used with"),
            "{}",
            stderr(&output)
        );
    }
}
