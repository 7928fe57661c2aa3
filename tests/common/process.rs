//! Running the real binary, and reading what it printed (as text or JSON) and how it exited.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// Runs rolefit with `args` and no terminal (stdin closed) and waits for it to exit.
pub fn rolefit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rolefit"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run rolefit")
}

/// As [`rolefit`], with `home` as the home folder and the XDG config and data folders, so that
/// no file of the person running the tests is read or written.
pub fn rolefit_at_home(args: &[&str], home: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rolefit"))
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home)
        .env("XDG_DATA_HOME", home)
        .stdin(Stdio::null())
        .output()
        .expect("run rolefit")
}

/// Runs rolefit, expects exit 0, parses stdout as JSON.
pub fn json(args: &[&str]) -> Value {
    let output = rolefit(args);
    assert_eq!(status(&output), 0, "stderr: {}", stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("stdout is JSON")
}

/// The `id` of every item of a JSON array.
pub fn ids(items: &Value) -> Vec<&str> {
    items
        .as_array()
        .expect("a JSON array")
        .iter()
        .map(|item| item["id"].as_str().expect("string id"))
        .collect()
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

pub fn status(output: &Output) -> i32 {
    output.status.code().expect("rolefit exited normally")
}
