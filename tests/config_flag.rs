//! `--config FILE` with every command: a file that is missing or cannot be read is refused with
//! exit 2 and the same message before anything else is done, whether or not the command uses
//! the config's settings. The commands come from the command line's own definition, so a new
//! one cannot be left out.

mod common;

use std::path::{Path, PathBuf};

use common::process::{rolefit_at_home, status, stderr};
use rolefit::deck::Deck;
use rolefit::session::{self, Rating, Session};

/// Arguments that make `subcommand` do its work in `home`: a value for each required argument,
/// so that only the config can make it fail. Files a command writes go to `home`, and the
/// rate-me file `rate` reads is written there first.
fn working_args(subcommand: &clap::Command, home: &Path) -> Vec<String> {
    let deck = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/director-vs-producer.ron");
    let mut args = vec![subcommand.get_name().to_string()];
    // A command of commands (`snapshot`, `peers`) does its work through one of them: `list`.
    if subcommand.find_subcommand("list").is_some() {
        args.push("list".to_string());
        return args;
    }
    match subcommand.get_name() {
        "invite" => {
            let out = home.join("invitation.ron");
            args.extend([
                "--name".into(),
                "Alex".into(),
                "--out".into(),
                path_arg(&out),
            ]);
            return args;
        }
        "rate" => {
            let invitation = home.join("to-rate.ron");
            let mut session = Session::new(&Deck::builtin().unwrap());
            session.rating = Some(Rating {
                subject: "Alex".into(),
                rater: None,
            });
            session::save(&session, &invitation).unwrap();
            args.push(path_arg(&invitation));
            return args;
        }
        _ => {}
    }
    for arg in subcommand
        .get_positionals()
        .filter(|arg| arg.is_required_set())
    {
        let value = match arg.get_possible_values().first() {
            Some(value) => value.get_name().to_string(),
            None if arg.get_id() == "files" => deck.display().to_string(),
            None => "budget".to_string(),
        };
        args.push(value);
    }
    args
}

fn path_arg(path: &Path) -> String {
    path.to_str().expect("a UTF-8 temporary folder").to_string()
}

/// Every command line to try: the explorer, then each subcommand.
fn every_command(home: &Path) -> Vec<Vec<String>> {
    let mut commands = vec![vec!["--no-session".to_string()]];
    commands.extend(
        rolefit::cli::command()
            .get_subcommands()
            .filter(|subcommand| subcommand.get_name() != "help")
            .map(|subcommand| working_args(subcommand, home)),
    );
    commands
}

fn run(command: &[String], config: &Path, home: &Path) -> std::process::Output {
    let mut args: Vec<&str> = command.iter().map(String::as_str).collect();
    args.extend(["--config", config.to_str().unwrap()]);
    rolefit_at_home(&args, home)
}

#[test]
fn every_command_works_with_its_arguments_and_no_config() {
    // The arguments are good ones: without --config each command gets past them (the explorer
    // stops only for want of a terminal), so a failure below is the config's.
    let home = tempfile::tempdir().unwrap();
    for command in every_command(home.path()) {
        let args: Vec<&str> = command.iter().map(String::as_str).collect();
        let output = rolefit_at_home(&args, home.path());
        let message = stderr(&output);
        if command[0] == "--no-session" || command[0] == "assess" || command[0] == "rate" {
            assert!(message.contains("terminal"), "{command:?}: {message}");
        } else if command[0] == "diff" {
            // Past the config and the arguments, `diff` finds no snapshot in a new home.
            assert!(
                message.contains("no snapshots yet"),
                "{command:?}: {message}"
            );
        } else {
            assert_eq!(status(&output), 0, "{command:?}: {message}");
        }
    }
}

#[test]
fn every_command_refuses_a_missing_config_file_with_one_message() {
    let home = tempfile::tempdir().unwrap();
    let missing = home.path().join("no-such-config.ron");
    let expected = format!("rolefit: {}: no such config file\n", missing.display());
    let commands = every_command(home.path());
    assert!(commands.len() >= 10, "{commands:?}");
    for command in commands {
        let output = run(&command, &missing, home.path());
        assert_eq!(status(&output), 2, "{command:?}: {}", stderr(&output));
        assert_eq!(stderr(&output), expected, "{command:?}");
        assert!(
            output.stdout.is_empty(),
            "{command:?}: nothing else was done"
        );
    }
}

#[test]
fn every_command_refuses_a_config_that_cannot_be_read_with_one_message() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("config.ron");
    std::fs::create_dir(&folder).unwrap();
    let expected = format!(
        "rolefit: cannot read the config file `{}`: it is a directory, not a regular file\n",
        folder.display()
    );
    for command in every_command(home.path()) {
        let output = run(&command, &folder, home.path());
        assert_eq!(status(&output), 2, "{command:?}: {}", stderr(&output));
        assert_eq!(stderr(&output), expected, "{command:?}");
        assert!(output.stdout.is_empty(), "{command:?}");
    }
}

#[test]
fn a_broken_config_named_on_the_command_line_stops_every_command() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("broken.ron");
    std::fs::write(&path, "(theme: \"solarized\")").unwrap();
    for command in every_command(home.path()) {
        let output = run(&command, &path, home.path());
        assert_eq!(status(&output), 2, "{command:?}");
        assert!(
            stderr(&output).starts_with(&format!("rolefit: {}:1:9: ", path.display())),
            "{command:?}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn only_the_commands_that_use_the_config_read_the_default_file() {
    // A broken default file stops the explorer and `rolefit config`, which use it; scripts
    // that never read a setting go on, and `config --default` still prints a fresh example.
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("rolefit");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.ron"), "(theme: \"solarized\")").unwrap();
    for (args, refused) in [
        (vec!["--no-session"], true),
        (vec!["assess", "--no-session"], true),
        (vec!["config"], true),
        (vec!["config", "--default"], false),
        (vec!["list"], false),
        (vec!["score"], false),
        (vec!["man"], false),
    ] {
        let output = rolefit_at_home(&args, home.path());
        let message = stderr(&output);
        assert_eq!(
            message.contains("unknown theme"),
            refused,
            "{args:?}: {message}"
        );
        if !refused {
            assert_eq!(status(&output), 0, "{args:?}: {message}");
        }
    }
}
