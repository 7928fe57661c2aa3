//! `rolefit report`: the explained result of the saved session (with the peers' view when
//! peers were added), as Markdown or JSON.

use std::io::Write;

use super::session_file::OpenedSession;
use crate::cli::ReportFormat;
use crate::deck::Deck;
use crate::exit::Outcome;
use crate::johari;
use crate::marks::Marks;
use crate::peers::Peers;
use crate::report;
use crate::session;
use crate::summary::summarise;

pub fn run(
    deck: &Deck,
    session: &OpenedSession,
    peers: &Peers,
    format: ReportFormat,
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
    let summary = summarise(deck, &marks);
    let view = johari::peer_view(deck, &marks, &peers.marks(deck));
    match format {
        ReportFormat::Markdown => {
            write!(
                out,
                "{}",
                report::markdown_with(deck, &summary, view.as_ref())
            )?;
        }
        ReportFormat::Json => {
            writeln!(out, "{}", report::json_with(deck, &summary, view.as_ref())?)?;
        }
    }
    Ok(Outcome::Success)
}
