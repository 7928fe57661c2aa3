//! Helpers for the config tests: fixtures, parsing, and an app built as `main` builds it.

use std::path::PathBuf;

use rolefit::app::{App, Options};
use rolefit::config::{self, Config, ConfigError};
use rolefit::layout::help::{self, HelpLine};

use super::builtin_deck;

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/configs")
        .join(name)
}

pub fn load_error(name: &str) -> (ConfigError, String) {
    let path = fixture(name);
    let error = config::load(Some(&path)).expect_err("the fixture is broken on purpose");
    let message = error.to_string();
    (error, message)
}

pub fn parse(text: &str) -> Config {
    config::parse(text, "test.ron").unwrap_or_else(|error| panic!("{error}"))
}

/// An app on the built-in deck with a config's keys, theme and options, as main builds it.
pub fn configured_app(config: &Config, width: u16, height: u16, color: bool) -> App {
    let deck = builtin_deck();
    let options = Options {
        color,
        mouse: config.mouse,
        ascii: config.ascii,
    };
    let size = ratatui::layout::Size::new(width, height);
    App::new(
        deck,
        config.keymap.clone(),
        options,
        config.theme(color),
        size,
    )
}

pub fn help_keys(app: &App, description: &str) -> Vec<String> {
    help::lines(app)
        .into_iter()
        .filter_map(|line| match line {
            HelpLine::Binding {
                keys,
                description: d,
            } if d == description => Some(keys),
            _ => None,
        })
        .collect()
}
