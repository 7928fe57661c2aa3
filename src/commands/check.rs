//! `rolefit check`: validates deck files and says what is wrong in each, and what could be better
//! in those that pass.

use std::io::Write;
use std::path::PathBuf;

use crate::deck::Deck;
use crate::exit::Outcome;

pub fn run(files: &[PathBuf], out: &mut dyn Write) -> anyhow::Result<Outcome> {
    let mut outcome = Outcome::Success;
    for path in files {
        match Deck::load(path) {
            Ok(deck) => {
                writeln!(
                    out,
                    "ok: {} ({} roles, {} items)",
                    path.display(),
                    deck.roles.len(),
                    deck.items().len()
                )?;
                // Advice, not errors: the deck works, so the outcome stays a success.
                for warning in deck.warnings() {
                    writeln!(out, "warning: {}: {warning}", path.display())?;
                }
            }
            Err(error) => {
                writeln!(out, "error: {error}")?;
                outcome = Outcome::Failure;
            }
        }
    }
    Ok(outcome)
}
