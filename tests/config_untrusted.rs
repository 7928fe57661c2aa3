//! Config files from strangers: text in them never reaches the terminal as a control or escape
//! sequence, hidden characters are refused rather than quietly removed, and only a regular file
//! within the size limit is read, at once and without waiting (issue 13).

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

/// `rolefit config --config FILE` on `text`, with a home of its own.
fn checked(text: &[u8]) -> (Output, PathBuf, tempfile::TempDir) {
    let home = tempfile::tempdir().unwrap();
    let path = written(home.path(), "hostile.ron", text);
    let output = rolefit_at_home(&["config", "--config", path.to_str().unwrap()], home.path());
    (output, path, home)
}

/// Whether `bytes` hold ESC or BEL, the two bytes every terminal attack here needs.
fn acts_on_a_terminal(bytes: &[u8]) -> bool {
    bytes.iter().any(|&b| b == 0x1b || b == 0x07)
}

#[test]
fn no_name_from_the_file_reaches_an_error_message_with_a_control_in_it() {
    // Each RON text, and where the string that holds the escape starts (its opening quote).
    let cases: [(&str, &str); 6] = [
        (r#"(keys: { "\u{1b}]0;pwned\u{7}x": ["q"] })"#, "1:10"),
        (r#"(keys: { "quit": ["\u{1b}[2J"] })"#, "1:19"),
        ("(\n  theme: \"\u{1b}[2Jdark\",\n)", "2:10"),
        (r#"(colors: { "\u{1b}[31mmatched": "red" })"#, "1:12"),
        (r#"(colors: { "matched": "\u{1b}]0;x\u{7}red" })"#, "1:23"),
        // The bytes themselves, not RON escapes for them.
        ("(keys: { \"\u{1b}]0;pwned\u{7}x\": [\"q\"] })", "1:10"),
    ];
    for (text, place) in cases {
        let (output, path, _home) = checked(text.as_bytes());
        let message = stderr(&output);
        assert_eq!(status(&output), 2, "{text:?}: {message}");
        assert!(
            !acts_on_a_terminal(&output.stderr),
            "{text:?}: {:?}",
            message
        );
        assert!(
            message.contains(&format!("{}:{place}: ", path.display())),
            "{text:?}: {message}"
        );
        assert!(message.contains("escape sequence"), "{text:?}: {message}");
        assert!(output.stdout.is_empty(), "{text:?}");
    }
}

#[test]
fn a_name_that_hides_characters_is_refused_not_read_as_the_name_it_shows() {
    // Cleaned, these would read as `quit`, Space and `q`: the file would say one thing and do
    // another, so each is refused where it is written.
    for (text, kind) in [
        (
            r#"(keys: { "q\u{200b}uit": ["x"] })"#,
            "a zero-width character (U+200B)",
        ),
        (r#"(keys: { "quit": ["\t"] })"#, "a tab (U+0009)"),
        (
            r#"(keys: { "quit": ["q\u{202e}"] })"#,
            "a bidi override (U+202E)",
        ),
        (r#"(theme: "da\u{0}rk")"#, "a control character (U+0000)"),
    ] {
        let error = config::parse(text, "c.ron").expect_err(text);
        let message = error.to_string();
        assert!(
            matches!(error, ConfigError::Syntax { line: 1, .. }),
            "{text}: {message}"
        );
        assert!(message.contains(kind), "{text}: {message}");
        assert!(rolefit::untrusted::text::is_clean(&message), "{message:?}");
    }
}

#[test]
fn the_cleaned_name_is_quoted_with_where_it_is() {
    let error = config::parse(r#"(keys: { "\u{1b}]0;pwned\u{7}x": ["q"] })"#, "c.ron")
        .expect_err("an escape in an action name");
    assert_eq!(
        error.to_string(),
        "c.ron:1:10: \"x\" holds an escape sequence (OSC: U+001B ] …) at character 1; names \
         in a config file are plain text"
    );
}

#[test]
fn rons_own_messages_are_cleaned_of_the_text_they_quote() {
    // ron quotes a field name as written, and a zero-width joiner is a letter of identifiers.
    let text = "(\n  mo\u{200d}use: true,\n)";
    let (output, path, _home) = checked(text.as_bytes());
    let message = stderr(&output);
    assert_eq!(status(&output), 2, "{message}");
    assert!(!message.contains('\u{200d}'), "{message:?}");
    assert!(
        rolefit::untrusted::text::is_clean(message.trim_end()),
        "{message:?}"
    );
    assert!(
        message.contains(&format!("{}:2:3: ", path.display())),
        "{message}"
    );
    assert!(
        message.contains("a zero-width joiner outside an emoji (U+200D)"),
        "says what it left out: {message}"
    );
}

#[test]
fn a_config_path_with_controls_in_it_is_cleaned_where_it_is_shown() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("\u{1b}]0;pwned\u{7}config.ron");
    let output = rolefit_at_home(&["config", "--config", path.to_str().unwrap()], home.path());
    assert_eq!(status(&output), 2);
    assert!(!acts_on_a_terminal(&output.stderr), "{:?}", stderr(&output));
    assert!(stderr(&output).contains("config.ron: no such config file"));
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
        vec!["list", "--config", fifo],
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
