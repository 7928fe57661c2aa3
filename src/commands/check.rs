//! `rolefit check`: validates deck files and says what is wrong in each, and what could be better
//! in those that pass.

use std::io::Write;
use std::path::PathBuf;

use crate::deck::Deck;
use crate::exit::Outcome;
use crate::untrusted::text::clean;

pub fn run(files: &[PathBuf], out: &mut dyn Write) -> anyhow::Result<Outcome> {
    let mut outcome = Outcome::Success;
    for path in files {
        // A path the user typed, printed: as clean as everything else printed.
        let shown = clean(&path.display().to_string()).into_owned();
        match Deck::load_checked(path) {
            Ok(checked) => {
                let deck = &checked.deck;
                writeln!(
                    out,
                    "ok: {} ({} roles, {} items)",
                    shown,
                    deck.roles.len(),
                    deck.items().len()
                )?;
                // Advice, not errors: the deck works, so the outcome stays a success.
                for warning in checked.warnings() {
                    writeln!(out, "warning: {shown}: {warning}")?;
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
