//! The binary's own interface end to end: `--help`, `--version`, usage errors, and the exit
//! status table of docs/commands.md; and `--no-color` after a subcommand, in a real terminal (tmux).

use rolefit::deck::Deck;

mod common;

use common::process::{rolefit, rolefit_at_home, status, stderr, stdout};

#[test]
fn help_mentions_every_subcommand() {
    let output = rolefit(&["--help"]);
    assert_eq!(status(&output), 0);
    let text = stdout(&output);
    for command in ["list", "search", "score", "check", "--deck"] {
        assert!(text.contains(command), "--help lacks `{command}`:\n{text}");
    }
}

#[test]
fn version_prints_the_package_version_and_the_built_in_deck_id() {
    let output = rolefit(&["--version"]);
    assert_eq!(status(&output), 0);
    let deck = Deck::builtin().unwrap();
    assert_eq!(
        stdout(&output).trim(),
        format!(
            "rolefit {} (built-in deck: {})",
            env!("CARGO_PKG_VERSION"),
            deck.id
        )
    );
}

#[test]
fn unknown_subcommand_or_option_exits_two() {
    assert_eq!(status(&rolefit(&["frobnicate"])), 2);
    assert_eq!(status(&rolefit(&["list", "--pane", "roles"])), 2);
    assert_eq!(status(&rolefit(&["search"])), 2);
}

#[test]
fn every_global_option_is_accepted_after_the_subcommand_too() {
    use clap::FromArgMatches;
    use rolefit::cli::{Cli, command};
    for subcommand in ["assess", "list", "report"] {
        let matches = command()
            .try_get_matches_from(["rolefit", subcommand, "--no-color", "--no-mouse", "--ascii"])
            .unwrap_or_else(|error| panic!("{subcommand}: {error}"));
        let cli = Cli::from_arg_matches(&matches).unwrap();
        assert!(cli.no_color && cli.no_mouse && cli.ascii, "{subcommand}");
    }
    // The real binary, too (in an empty home): `list` runs, `assess` gets as far as asking for
    // a terminal.
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| rolefit_at_home(args, home.path());
    let output = run(&["list", "--no-color", "--no-mouse"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let output = run(&["assess", "--no-color", "--no-mouse", "--no-session"]);
    assert_eq!(status(&output), 2);
    assert!(
        !stderr(&output).contains("unexpected argument"),
        "{}",
        stderr(&output)
    );
}

/// Everything `rolefit ARGS` writes to a real terminal (tmux) up to its first assessment card,
/// escape sequences included; it is then quit with Ctrl-c.
fn first_card_as_written(args: &[&str]) -> String {
    let tmux = common::tmux::Tmux::start();
    // No user config (it could set a mono theme), and NO_COLOR empty, which means unset.
    let env = [
        ("XDG_CONFIG_HOME", "/nonexistent/rolefit-test-config"),
        ("NO_COLOR", ""),
    ];
    let rolefit = tmux.launch_held("colour", &env, args);
    let written = rolefit.written("the first card", |w| w.contains("Guided assessment"));
    rolefit.key("C-c");
    assert_eq!(rolefit.wait_for_exit(), "EXIT=0");
    written
}

#[test]
fn no_color_after_a_subcommand_removes_the_colour() {
    // crossterm sets a colour as ESC [38;5;N m or ESC [38;2;R;G;B m (48 for the background);
    // ESC [38;1H alone would be the cursor going to row 38.
    let coloured = |w: &str| {
        ["\x1b[38;5;", "\x1b[38;2;", "\x1b[48;5;", "\x1b[48;2;"]
            .iter()
            .any(|sgr| w.contains(sgr))
    };
    let written = first_card_as_written(&["assess", "--no-session"]);
    assert!(
        coloured(&written),
        "the default theme has colour: {written:?}"
    );
    let written = first_card_as_written(&["assess", "--no-session", "--no-color"]);
    assert!(!coloured(&written), "colour after --no-color: {written:?}");
}

#[test]
fn help_says_an_unreadable_session_file_exits_two() {
    let help = stdout(&rolefit(&["--help"]));
    let line = help
        .lines()
        .find(|line| line.trim_start().starts_with("2 "))
        .unwrap_or_else(|| panic!("no status 2 line:\n{help}"));
    assert!(line.contains("session file"), "{line}");
}

#[test]
fn the_docs_list_every_exit_status_including_the_signal_ones() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/commands.md")).unwrap();
    let table = readme
        .split("**Exit status**")
        .nth(1)
        .expect("an exit status table under Command line");
    let listed = rolefit::exit::EXIT_STATUSES.map(|(status, _)| i32::from(status));
    // The explorer exits with 128 + the signal that ended it (`tui::signal_exit_status`).
    let signals = [SIGHUP, SIGINT, SIGTERM].map(|signal| 128 + signal);
    for status in listed.into_iter().chain(signals) {
        assert!(
            table.contains(&format!("\n| `{status}` | ")),
            "the exit status table of docs/commands.md lacks {status}"
        );
        assert!(listed.contains(&status), "EXIT_STATUSES lacks {status}");
    }
}
