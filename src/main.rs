//! The `rolefit` binary: parse the command line, load the config, the deck and the session
//! before touching the terminal, run the explorer or a subcommand, and turn the result into an
//! exit status.

use std::io::{self, Write};
use std::process::ExitCode;

use rolefit::app::{App, Options};
use rolefit::cli::{Cli, Command};
use rolefit::commands;
use rolefit::commands::session_file::{self, OpenedSession};
use rolefit::config::Config;
use rolefit::exit::{self, Outcome};
use rolefit::mode::Mode;
use rolefit::session::Session;
use rolefit::style::theme::colour_wanted;
use rolefit::tui;

fn main() -> ExitCode {
    let cli = Cli::parse_checked();
    // First of all, so that every command refuses a `--config` it cannot read alike.
    let result = commands::config_for(cli.command.as_ref(), cli.config.as_deref())
        .map_err(anyhow::Error::from)
        .and_then(|config| match &cli.command {
            None => explore(&cli, Mode::Browse, config, None),
            Some(Command::Assess) => explore(&cli, Mode::Assess, config, None),
            Some(Command::Rate { file, name }) => {
                // A rate-me file is a session about someone else: it opens, locks and saves as
                // one, always blind.
                let mut rating = cli.clone();
                rating.session = Some(file.clone());
                (rating.no_session, rating.fresh_session, rating.reveal) = (false, false, false);
                explore(&rating, Mode::Assess, config, Some(name.as_deref()))
            }
            Some(command) => run_command(command, &cli).map(ExitCode::from),
        });
    match result {
        Ok(status) => status,
        Err(error) if is_broken_pipe(&error) => Outcome::Success.into(),
        Err(error) => {
            eprintln!("rolefit: {error:#}");
            Outcome::Failure.into()
        }
    }
}

fn run_command(command: &Command, cli: &Cli) -> anyhow::Result<Outcome> {
    let mut stdout = io::stdout().lock();
    let outcome = commands::run(command, cli, &mut stdout)?;
    stdout.flush()?;
    Ok(outcome)
}

/// Opens the explorer (or the assessment) on the deck and session the command line names.
/// `rater` is set for `rolefit rate`: the session must be a rate-me file, and the name given
/// (if any) is the peer's.
fn explore(
    cli: &Cli,
    mode: Mode,
    config: Config,
    rater: Option<Option<&str>>,
) -> anyhow::Result<ExitCode> {
    // Everything that can fail on input happens before the terminal is touched, so errors
    // print on the normal screen: the config was read first of all, then the deck and session.
    let deck = commands::load_deck(cli.deck.as_deref())?;
    // Held until the last save: a second explorer on this file stops here.
    let (mut opened, lock) = session_file::open_to_save(cli, &deck)?;
    if let Some(rater) = rater {
        session_file::ready_to_rate(&mut opened, rater)?;
    }
    if !tui::is_interactive() {
        anyhow::bail!(tui::NOT_A_TERMINAL);
    }
    // Only now that the explorer starts: this may write a backup beside the session.
    session_file::tidy(&mut opened, &deck, std::time::SystemTime::now());
    let OpenedSession {
        path,
        saved,
        on_disk,
        notice,
        ..
    } = opened;
    let color = colour_wanted(cli.no_color, std::env::var_os("NO_COLOR").as_deref());
    let options = Options {
        color,
        mouse: config.mouse && !cli.no_mouse,
        ascii: config.ascii || cli.ascii,
    };
    let theme = config.theme(color);
    let mut app = App::new(deck, config.keymap, options, theme, Default::default());
    let session = saved.unwrap_or_else(|| Session::new(app.deck()));
    app.resume(session, path);
    app.set_on_disk(on_disk);
    app.hold_lock(lock);
    app.set_reveal(cli.reveal);
    if let Some(notice) = notice {
        // Before the notice of unusable answers `resume` may have given, not in its place.
        let told = match app.status() {
            Some(unusable) => format!("{notice}. {unusable}"),
            None => notice,
        };
        app.tell(told);
    }
    let (snapshots, history_notice) =
        commands::snapshots_for_explorer(app.session_path(), app.deck());
    app.set_snapshots(snapshots);
    let (peers, peers_notice) = commands::peers_for_explorer(app.session_path(), app.deck());
    app.set_peers(&peers);
    let history_notice = match (history_notice, peers_notice) {
        (Some(a), Some(b)) => Some(format!("{a}. {b}")),
        (a, b) => a.or(b),
    };
    if let Some(notice) = history_notice {
        let told = match app.status() {
            Some(earlier) => format!("{earlier}. {notice}"),
            None => notice,
        };
        app.tell(told);
    }
    if mode == Mode::Assess {
        rolefit::update::update(&mut app, rolefit::action::Action::StartAssessment);
    }
    let ran = tui::run(&mut app);
    let saved = {
        // Save even when the terminal failed; answers that cannot be saved go to another file.
        // From here on a signal waits for this save, then leaves the exit to this thread.
        let _saving = exit::main_saves();
        exit::save_before_exit(&mut app, &exit::rescue_dirs())
    };
    let ran = ran.map_err(|error| error.to_string());
    let mut note = saved.as_ref().ok().cloned().flatten();
    if let (Some(subject), Ok(_), Some(path)) = (app.rating_subject(), &saved, app.session_path()) {
        note.get_or_insert_with(|| {
            format!(
                "your answers about {subject} are saved in {}: send it back to them",
                path.display()
            )
        });
    }
    let (messages, status) = exit::exit_report(ran, saved.map(drop), exit::signal_exit_status());
    for message in note.into_iter().chain(messages) {
        // The terminal may be gone (SIGHUP): `eprintln!` would panic, and nothing is left to do.
        let _ = writeln!(io::stderr(), "rolefit: {message}");
    }
    Ok(ExitCode::from(status))
}

/// `rolefit list | head` closes the pipe early; that is the reader's choice, not an error.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    let kind = match error.downcast_ref::<serde_json::Error>() {
        Some(json) => json.io_error_kind(),
        None => error.downcast_ref::<io::Error>().map(io::Error::kind),
    };
    kind == Some(io::ErrorKind::BrokenPipe)
}
