//! The command line: subcommands and global options (clap derive).

use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::deck::{Deck, Pane};

/// Where `--help` wraps the meanings of the exit statuses; clap leaves `after_help` as written.
const HELP_WIDTH: usize = 100;

/// The `Exit status:` block at the end of `--help`, each meaning wrapped under its first line.
fn exit_status_help() -> String {
    const INDENT: &str = "       ";
    let mut help = String::from("Exit status:");
    for (status, meaning) in crate::exit::EXIT_STATUSES {
        // The meanings are plain words, so the explorer's wrapper serves; no word is long
        // enough for its ellipsis.
        let lines = crate::text::wrap(meaning, HELP_WIDTH - INDENT.len(), "...");
        for (n, line) in lines.iter().enumerate() {
            let lead = if n == 0 {
                format!("  {status:<5}")
            } else {
                INDENT.to_string()
            };
            help.push('\n');
            help.push_str(&lead);
            help.push_str(line);
        }
    }
    help
}

#[derive(Debug, Clone, Parser)]
#[command(
    name = "rolefit",
    version,
    about = "Director or producer? Explore what each film career does and see which fits you.",
    long_about = "Director or producer? Explore what each film career does and see which fits you.\n\n\
                  Without a subcommand rolefit opens the interactive explorer; the subcommands \
                  give the same content to scripts. Your marks are saved as you go in \
                  $XDG_DATA_HOME/rolefit/<deck id>.ron (by default ~/.local/share/rolefit/). \
                  Keys, colours, the mouse and ASCII drawing can be set in \
                  $XDG_CONFIG_HOME/rolefit/config.ron; `rolefit config --default` prints an example.",
    after_help = exit_status_help()
)]
pub struct Cli {
    /// Use this deck file instead of the built-in deck
    #[arg(long, global = true, value_name = "FILE")]
    pub deck: Option<PathBuf>,

    /// Keep the session in FILE instead of the data directory
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        conflicts_with = "no_session"
    )]
    pub session: Option<PathBuf>,

    /// Run without reading or saving a session
    #[arg(long, global = true)]
    pub no_session: bool,

    /// Start a new session; the old file is kept as a timestamped backup
    #[arg(long, global = true)]
    pub fresh_session: bool,

    /// Show which roles each card counts for in the guided assessment
    #[arg(long, global = true)]
    pub reveal: bool,

    /// Read settings from FILE instead of $XDG_CONFIG_HOME/rolefit/config.ron (every command
    /// checks it)
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Draw without colour (also when NO_COLOR is set to a non-empty value); marks and focus
    /// stay visible
    #[arg(long, global = true)]
    pub no_color: bool,

    /// Draw borders, gauges and symbols with ASCII characters only
    #[arg(long, global = true)]
    pub ascii: bool,

    /// Leave the mouse to the terminal, so text can be selected
    #[arg(long, global = true)]
    pub no_mouse: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// Parses the command line, exiting with clap's usage error (status 2) on conflicts that
    /// clap does not see: it checks `conflicts_with` only among options given on the same side
    /// of the subcommand.
    pub fn parse_checked() -> Cli {
        let matches = command().get_matches();
        let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit());
        if cli.session.is_some() && cli.no_session {
            command()
                .error(
                    clap::error::ErrorKind::ArgumentConflict,
                    "the argument '--session <FILE>' cannot be used with '--no-session'",
                )
                .exit();
        }
        cli
    }
}

/// The full command line definition, with the version line that names the built-in deck; used
/// for parsing, shell completions and the man page alike.
pub fn command() -> clap::Command {
    Cli::command().version(version())
}

/// `0.1.0 (built-in deck: director-vs-producer)`: a bug report then says which content was shown.
pub fn version() -> String {
    let deck = Deck::builtin().map_or_else(|_| "unreadable".to_string(), |deck| deck.id);
    format!("{} (built-in deck: {deck})", env!("CARGO_PKG_VERSION"))
}

#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Print the deck's duties, skills and differences
    List {
        /// Only this pane
        #[arg(long, value_enum)]
        pane: Option<Pane>,
        /// Print a JSON array instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Fuzzy-search titles and details, best match first (exit 1 when nothing matches)
    Search {
        /// Words to look for; every word must match, as in fzf
        #[arg(required = true, num_args = 1.., value_name = "QUERY")]
        query: Vec<String>,
        /// Only this pane
        #[arg(long, value_enum)]
        pane: Option<Pane>,
        /// Show at most N results (0 shows none); the exit status still says whether
        /// anything matched
        #[arg(long, short = 'n', value_name = "N")]
        limit: Option<usize>,
        /// Print a JSON array instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Compute how well a set of traits fits each role
    Score {
        /// Ids of the duties and skills you have, comma-separated (repeatable)
        #[arg(long, value_delimiter = ',', value_name = "ID,ID...")]
        have: Vec<String>,
        /// Ids of the duties and skills you would not do (deal-breakers), comma-separated
        /// (repeatable); a role they count for cannot lead while a role without one exists
        #[arg(long, value_delimiter = ',', value_name = "ID,ID...")]
        refuse: Vec<String>,
        /// The side you lean to on a difference (repeatable, once for each difference)
        #[arg(long, value_name = "DIFFERENCE=ROLE", value_parser = parse_lean)]
        lean: Vec<(String, String)>,
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Open the guided assessment: every item, one card at a time
    Assess,
    /// Print the explained result of the saved session
    Report {
        /// Output format
        #[arg(long, value_enum, default_value_t = ReportFormat::Markdown)]
        format: ReportFormat,
        /// Print JSON: the same as --format json, as list, search and score take it
        #[arg(long, conflicts_with = "format")]
        json: bool,
        /// Write the report to FILE (replaced atomically) instead of stdout
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Validate deck files and report every problem (exit 0 only when all pass)
    Check {
        /// Deck files to validate
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Check the config file, or print a complete example of one
    Config {
        /// Print the documented example config (every field at its default) and exit
        #[arg(long)]
        default: bool,
    },
    /// Keep, list or remove snapshots of your answers, to compare them over time
    Snapshot {
        #[command(subcommand)]
        action: SnapshotAction,
    },
    /// What changed between two snapshots (by default the latest one and now)
    Diff {
        /// A snapshot's name (default: the latest snapshot)
        from: Option<String>,
        /// A snapshot's name, or `now` for the answers as they are (the default)
        to: Option<String>,
        /// Print JSON instead of words
        #[arg(long)]
        json: bool,
    },
    /// Write a rate-me file for one peer: the deck and your name, none of your answers
    Invite {
        /// Your name as the peer's cards say it ("Does Alex have this?")
        #[arg(long, value_name = "NAME")]
        name: String,
        /// The peer's name, to tell their answers apart when you add them
        #[arg(long, value_name = "NAME")]
        peer: Option<String>,
        /// Where to write it (default: rate-NAME.ron in the current folder); never replaced
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Rate someone from their rate-me file: the guided assessment, blind, about them
    Rate {
        /// The rate-me file (`rolefit invite` writes one); your answers are saved into it
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Your name, as the person you rate will see it
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
    },
    /// Add, list or remove your peers' answers (rated rate-me files)
    Peers {
        #[command(subcommand)]
        action: PeersAction,
    },
    /// Print a shell completion script to stdout
    Completions {
        /// The shell to complete for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) to stdout
    Man,
}

#[derive(Debug, Clone, Subcommand)]
pub enum SnapshotAction {
    /// Keep a named, timestamped copy of your answers (marks, leans, deal-breakers)
    Save {
        /// The snapshot's name (default: today's date)
        name: Option<String>,
    },
    /// List the snapshots with each role's fit
    List {
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Remove a snapshot
    Remove {
        /// The snapshot's name
        name: String,
    },
}

#[derive(Debug, Clone, Subcommand)]
pub enum PeersAction {
    /// Add the answers of rated rate-me files (a peer added again is replaced)
    Add {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// List the peers whose answers you added
    List {
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Remove a peer's answers
    Remove {
        /// The peer's name
        name: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Markdown,
    Json,
    /// One self-contained page: inline CSS and SVG charts, no scripts, no external addresses
    Html,
}

impl From<ReportFormat> for crate::report::Format {
    fn from(format: ReportFormat) -> crate::report::Format {
        match format {
            ReportFormat::Markdown => crate::report::Format::Markdown,
            ReportFormat::Json => crate::report::Format::Json,
            ReportFormat::Html => crate::report::Format::Html,
        }
    }
}

fn parse_lean(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((difference, role)) if !difference.is_empty() && !role.is_empty() => {
            Ok((difference.to_string(), role.to_string()))
        }
        _ => Err(format!(
            "expected DIFFERENCE=ROLE, got `{}`",
            crate::untrusted::text::clean(text)
        )),
    }
}
