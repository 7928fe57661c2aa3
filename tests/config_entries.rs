//! The entries of the config's maps: a name given twice is an error with its place rather than
//! all but one dropped, and a colour may be a number from 0 to 255, as a number or in quotes.

mod common;

use common::process::{rolefit_at_home, status, stderr};
use ratatui::style::Color;
use rolefit::config::{self, ConfigError};
use rolefit::style::theme::Element;

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

#[test]
fn a_colour_is_a_number_from_0_to_255_written_bare_or_in_quotes() {
    for (text, number) in [
        (r#"(colors: {"matched": "42"})"#, 42),
        (r#"(colors: {"matched": 42})"#, 42),
        (r#"(colors: {"matched": 0})"#, 0),
        (r#"(colors: {"matched": 255})"#, 255),
        (r#"(colors: {"matched": "255"})"#, 255),
        (r#"(colors: {"matched": 0x2a})"#, 42),
    ] {
        let config = config::parse(text, "c.ron").unwrap_or_else(|error| panic!("{text}: {error}"));
        assert_eq!(
            config.colours,
            [(Element::Matched, Color::Indexed(number))],
            "{text}"
        );
        assert_eq!(
            config.theme(true).matched.fg,
            Some(Color::Indexed(number)),
            "{text}"
        );
    }
}

#[test]
fn a_number_that_is_no_colour_is_named_with_its_place() {
    for (text, written, column) in [
        (r#"(colors: {"matched": 256})"#, "256", 22),
        (r#"(colors: {"matched": -1})"#, "-1", 22),
        (r#"(colors: {"matched": 4.0})"#, "4.0", 22),
        (r#"(colors: {"matched":  /* grey */ 300})"#, "300", 34),
        (r#"(colors: {"matched": "256"})"#, "\"256\"", 22),
    ] {
        let error = config::parse(text, "c.ron").expect_err(text);
        let message = error.to_string();
        assert!(
            matches!(error, ConfigError::UnknownColour { .. }),
            "{text}: {message}"
        );
        assert!(
            message.starts_with(&format!(
                "c.ron:1:{column}: unknown colour {written} for \"matched\""
            )),
            "{text}: {message}"
        );
        assert!(message.contains("a number from 0 to 255"), "{message}");
    }
}

#[test]
fn a_colour_that_is_neither_text_nor_a_number_says_what_a_colour_is() {
    for text in [
        r#"(colors: {"matched": red})"#,
        r#"(colors: {"matched": red })"#,
    ] {
        let (line, column, message) = refused(text);
        assert_eq!((line, column), (1, 22), "{message}");
        assert!(message.contains("goes in quotes"), "{message}");
        assert!(message.contains("a number from 0 to 255"), "{message}");
    }
}

#[test]
fn the_examples_colour_line_works_as_written() {
    let line = config::EXAMPLE
        .lines()
        .find_map(|line| line.trim().strip_prefix("// For example:  colors: "))
        .expect("the example shows a colors line");
    let text = format!("(colors: {})", line.trim_end_matches(','));
    let config = config::parse(&text, "example").unwrap_or_else(|error| panic!("{error}"));
    assert!(
        config
            .colours
            .contains(&(Element::Mark, Color::Indexed(42))),
        "{text}"
    );
}
