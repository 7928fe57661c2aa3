//! Config files from strangers: only a regular file within the size limit is read, at once and
//! without waiting (issue 13).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::process::{rolefit_at_home, status, stderr};
use rolefit::config::{self, ConfigError};
use rolefit::style::theme::Palette;

/// `text` written to `name` in `dir`.
fn written(dir: &Path, name: &str, text: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

// ---------------------------------------------------------------- what is read

/// Runs rolefit with `args` and a home of its own, killing it should it take more than five
/// seconds: a read that waits would otherwise hang the test run.
fn within_seconds(args: &[&str]) -> Output {
    let home = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_rolefit"))
        .args(args)
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path())
        .env("XDG_DATA_HOME", home.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run rolefit");
    let start = Instant::now();
    while child.try_wait().expect("wait for rolefit").is_none() {
        if start.elapsed() > Duration::from_secs(5) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("rolefit {args:?} was still running after 5 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("rolefit's output")
}

#[test]
fn a_fifo_named_by_dash_dash_config_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("config.ron");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("run mkfifo");
    assert!(made.success());
    let fifo = fifo.to_str().unwrap();
    for args in [
        vec!["config", "--config", fifo],
        vec!["--no-session", "--config", fifo],
    ] {
        let output = within_seconds(&args);
        assert_eq!(status(&output), 2, "{args:?}");
        assert_eq!(
            stderr(&output),
            format!(
                "rolefit: cannot read the config file `{fifo}`: it is a named pipe (FIFO), not a \
                 regular file\n"
            ),
            "{args:?}"
        );
    }
}

#[test]
fn a_device_or_a_directory_is_not_read_and_the_message_says_what_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().display().to_string();
    for (path, what) in [
        ("/dev/zero", "a character device"),
        (folder.as_str(), "a directory"),
    ] {
        let output = within_seconds(&["config", "--config", path]);
        assert_eq!(status(&output), 2, "{path}");
        assert_eq!(
            stderr(&output),
            format!(
                "rolefit: cannot read the config file `{path}`: it is {what}, not a regular file\n"
            ),
        );
    }
}

#[test]
fn a_config_over_the_limit_is_refused_without_being_parsed() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("huge.ron");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(rolefit::untrusted::read::CONFIG_LIMIT + 1)
        .unwrap();
    let error = config::load(Some(&path)).expect_err("too large");
    assert!(matches!(error, ConfigError::Read { .. }), "{error}");
    assert!(
        error.to_string().contains("over the limit of 16 MiB"),
        "{error}"
    );
}

#[test]
fn a_byte_order_mark_at_the_start_is_accepted_and_columns_count_without_it() {
    let home = tempfile::tempdir().unwrap();
    let path = written(
        home.path(),
        "bom.ron",
        "\u{feff}(theme: \"light\")".as_bytes(),
    );
    let config = config::load(Some(&path)).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(config.palette, Palette::Light);
    let output = rolefit_at_home(&["config", "--config", path.to_str().unwrap()], home.path());
    assert_eq!(status(&output), 0, "{}", stderr(&output));

    // An editor does not show the mark, so column 1 is the character after it.
    let path = written(
        home.path(),
        "bom.ron",
        "\u{feff}(theme: \"solarized\")".as_bytes(),
    );
    let error = config::load(Some(&path)).expect_err("an unknown theme");
    assert!(
        error
            .to_string()
            .starts_with(&format!("{}:1:9: ", path.display())),
        "{error}"
    );
}
