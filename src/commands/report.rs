//! `rolefit report`: the explained result of the saved session, as Markdown or JSON.

use std::io::Write;
use std::path::Path;

use super::{Outcome, session_error};
use crate::cli::ReportFormat;
use crate::deck::Deck;
use crate::marks::Marks;
use crate::report;
use crate::session;
use crate::summary::summarise;

pub fn run(
    deck: &Deck,
    session_path: Option<&Path>,
    format: ReportFormat,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let marks = match session_path {
        None => Marks::for_deck(deck),
        Some(path) => match session::load(path, &deck.id).map_err(session_error)? {
            None => {
                eprintln!(
                    "rolefit: no session at {} yet; the report shows no marks",
                    path.display()
                );
                Marks::for_deck(deck)
            }
            Some(saved) => {
                let restored = saved.restore(deck);
                if !restored.unknown.is_empty() {
                    eprintln!(
                        "rolefit: {} saved answer(s) are for items this deck no longer has: {}",
                        restored.unknown.len(),
                        restored.unknown.join(", ")
                    );
                }
                restored.marks
            }
        },
    };
    let summary = summarise(deck, &marks);
    match format {
        ReportFormat::Markdown => write!(out, "{}", report::markdown(deck, &summary))?,
        ReportFormat::Json => writeln!(out, "{}", report::json(deck, &summary)?)?,
    }
    Ok(Outcome::Success)
}
