//! The entries of the config's maps: a name given twice is an error with its place rather than
//! all but one dropped.

mod common;

use common::process::{rolefit_at_home, status, stderr};
use rolefit::config::{self, ConfigError};

fn refused(text: &str) -> (usize, usize, String) {
    match config::parse(text, "c.ron") {
        Err(ConfigError::Syntax {
            line,
            column,
            message,
            ..
        }) => (line, column, message),
        Err(error) => panic!("{text}: not the expected error: {error}"),
        Ok(_) => panic!("{text}: accepted"),
    }
}

#[test]
fn an_action_given_twice_in_keys_is_an_error_at_the_second() {
    let (line, column, message) = refused(r#"(keys: {"quit": ["x"], "quit": ["z"]})"#);
    assert_eq!((line, column), (1, 24), "{message}");
    assert_eq!(
        message,
        "\"quit\" is in `keys` twice; give it once, with all of its keys"
    );
    // Written differently, it is still the same action, and the place is where it starts.
    for text in [
        r#"(keys: {"quit": ["x"], r"quit": []})"#,
        r##"(keys: {"quit": ["x"], r#"quit"#: []})"##,
        r#"(keys: {"quit": ["x"], "q\u{75}it": []})"#,
    ] {
        let (line, column, message) = refused(text);
        assert_eq!((line, column), (1, 24), "{text}: {message}");
        assert!(message.contains("\"quit\" is in `keys` twice"), "{message}");
    }
}

#[test]
fn an_element_given_twice_in_colors_is_an_error_at_the_second() {
    let (line, column, message) =
        refused(r#"(colors: {"matched": "red", "title": "blue", "matched": "blue"})"#);
    assert_eq!((line, column), (1, 46), "{message}");
    assert_eq!(
        message,
        "\"matched\" is in `colors` twice; give it one colour"
    );
}

#[test]
fn the_binary_names_the_file_line_and_column_of_a_duplicate_and_exits_2() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("config.ron");
    for (text, place, name) in [
        (
            "(keys: {\"quit\": [\"x\"], \"quit\": [\"z\"]})",
            "1:24",
            "\"quit\"",
        ),
        (
            "(\n  colors: {\n    \"mark\": \"red\",\n    \"mark\": \"red\",\n  },\n)",
            "4:5",
            "\"mark\"",
        ),
    ] {
        std::fs::write(&path, text).unwrap();
        for args in [
            vec!["config", "--config", path.to_str().unwrap()],
            vec!["--no-session", "--config", path.to_str().unwrap()],
        ] {
            let output = rolefit_at_home(&args, home.path());
            let message = stderr(&output);
            assert_eq!(status(&output), 2, "{args:?}: {message}");
            assert!(
                message.starts_with(&format!(
                    "rolefit: {}:{place}: {name} is in",
                    path.display()
                )),
                "{args:?}: {message}"
            );
        }
    }
}
