//! `rolefit report`: the explained result of the saved session (with the snapshots and the
//! peers' view when there are any), as Markdown, JSON or one HTML page, to stdout or a file.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};

use super::session_file::OpenedSession;
use crate::breakdown::breakdown;
use crate::cli::ReportFormat;
use crate::deck::Deck;
use crate::exit::Outcome;
use crate::history::{History, fits_of};
use crate::johari;
use crate::marks::Marks;
use crate::peers::Peers;
use crate::report::{self, html};
use crate::session::{self, NewFile};
use crate::summary::summarise;

/// The format asked for and where it goes (`None`: stdout).
pub struct Wanted<'a> {
    pub format: ReportFormat,
    pub file: Option<&'a Path>,
}

pub fn run(
    deck: &Deck,
    session: &OpenedSession,
    peers: &Peers,
    history: &History,
    wanted: &Wanted,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    if let Some(notice) = &session.notice {
        eprintln!("rolefit: {notice}");
    }
    let marks = match (&session.path, &session.saved) {
        (None, _) => Marks::for_deck(deck),
        (Some(path), None) => {
            eprintln!(
                "rolefit: no session at {} yet; the report shows no marks",
                path.display()
            );
            Marks::for_deck(deck)
        }
        (Some(_), Some(saved)) => {
            let restored = saved.restore(deck);
            if let Some(notice) = session::ignored_notice(&restored.ignored) {
                eprintln!("rolefit: {notice}");
            }
            restored.marks
        }
    };
    let text = document(deck, &marks, peers, history, wanted.format)?;
    match wanted.file {
        None => write!(out, "{text}")?,
        Some(file) => {
            if let Some(own) = session::own_file(file, session.path.as_deref()) {
                bail!(
                    "{} is {}; the report goes elsewhere",
                    file.display(),
                    own.describe()
                );
            }
            session::write_atomically(file, text.as_bytes(), NewFile::Shared)
                .with_context(|| format!("cannot write the report to {}", file.display()))?;
            eprintln!("rolefit: report written to {}", file.display());
        }
    }
    Ok(Outcome::Success)
}

/// The report of `marks` in `format`, ending with a line break.
pub fn document(
    deck: &Deck,
    marks: &Marks,
    peers: &Peers,
    history: &History,
    format: ReportFormat,
) -> anyhow::Result<String> {
    let summary = summarise(deck, marks);
    let view = johari::peer_view(deck, marks, &peers.marks(deck));
    let parts = breakdown(deck, marks);
    let fits: Vec<_> = history.snapshots.iter().map(|s| fits_of(deck, s)).collect();
    let extras = html::Extras {
        breakdown: &parts,
        snapshots: html::snapshot_fits(history, &fits),
        peers: view.as_ref(),
    };
    Ok(report::document(deck, &summary, format.into(), &extras)?)
}
