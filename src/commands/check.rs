//! `rolefit check`: validates deck files and says what is wrong in each.

use std::io::Write;
use std::path::PathBuf;

use super::Outcome;
use crate::deck::Deck;

pub fn run(files: &[PathBuf], out: &mut dyn Write) -> anyhow::Result<Outcome> {
    let mut outcome = Outcome::Success;
    for path in files {
        match Deck::load(path) {
            Ok(deck) => writeln!(
                out,
                "ok: {} ({} roles, {} items)",
                path.display(),
                deck.roles.len(),
                deck.items().len()
            )?,
            Err(error) => {
                writeln!(out, "error: {error}")?;
                outcome = Outcome::Failure;
            }
        }
    }
    Ok(outcome)
}
