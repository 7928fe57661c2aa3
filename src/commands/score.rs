//! `rolefit score`: the fit of each role for the traits and leans given on the command line.

use std::io::Write;

use anyhow::{Context, bail};
use serde::Serialize;

use super::table;
use crate::deck::{Deck, RoleIndex};
use crate::exit::Outcome;
use crate::fit;
use crate::marks::{Mark, Marks};
use crate::phases::{self, PhaseFits};
use crate::untrusted::text::clean;

#[derive(Serialize)]
struct Scores<'a> {
    roles: Vec<ScoredRole<'a>>,
}

#[derive(Serialize)]
struct ScoredRole<'a> {
    id: &'a str,
    name: &'a str,
    /// Percentage with one decimal.
    fit: f64,
    have: usize,
    total: usize,
    /// The role's fit in each of the deck's phases, in deck order; empty without phases.
    phases: Vec<ScoredPhase<'a>>,
}

pub fn run(
    deck: &Deck,
    have: &[String],
    leans: &[(String, String)],
    json: bool,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let marks = marks_from_args(deck, have, leans)?;
    let fits = fit::score(deck, &marks);
    if json {
        let by_phase = phases::phase_fits(deck, &marks);
        let roles = fits
            .iter()
            .map(|f| ScoredRole {
                id: &deck.roles[f.role].id,
                name: &deck.roles[f.role].name,
                fit: crate::report::round_one_decimal(f.percent),
                have: f.have,
                total: f.total,
                phases: scored_phases(deck, &by_phase, f.role),
            })
            .collect();
        serde_json::to_writer_pretty(&mut *out, &Scores { roles })?;
        writeln!(out)?;
    } else {
        let rows: Vec<Vec<String>> = fits
            .iter()
            .map(|f| {
                vec![
                    deck.roles[f.role].name.clone(),
                    format!("{:>3}%", f.rounded()),
                    format!("{}/{}", f.have, f.total),
                ]
            })
            .collect();
        table::write(out, &["ROLE", " FIT", "HAVE"], &rows)?;
        writeln!(out, "{}", fit::describe(deck, fit::reading(&fits)))?;
    }
    Ok(Outcome::Success)
}

/// Turns `--have` ids and `--lean DIFFERENCE=ROLE` pairs into marks, naming anything unknown.
/// A difference takes one side, so two leans on it are refused rather than one dropped. An id
/// is looked up as given, so one with a hidden character matches nothing, and is cleaned where
/// a message quotes it: a script may pass on ids from anywhere.
fn marks_from_args(
    deck: &Deck,
    have: &[String],
    leans: &[(String, String)],
) -> anyhow::Result<Marks> {
    let mut marks = Marks::for_deck(deck);
    for id in have.iter().map(|id| id.trim()).filter(|id| !id.is_empty()) {
        let index = deck
            .item_index(id)
            .with_context(|| format!("--have: no duty or skill with id `{}`", clean(id)))?;
        if deck.item(index).is_difference() {
            bail!("--have: `{id}` is a difference; choose a side with --lean {id}=ROLE");
        }
        marks.set(index, Some(Mark::Have));
    }
    for (n, (id, role_id)) in leans.iter().enumerate() {
        let index = deck
            .item_index(id)
            .with_context(|| format!("--lean: no difference with id `{}`", clean(id)))?;
        let earlier = leans[..n]
            .iter()
            .find(|(other, _)| deck.item_index(other) == Some(index));
        if let Some((_, other_role)) = earlier {
            bail!(
                "--lean: `{id}` is given twice ({id}={other_role}, then {id}={role_id}); a \
                 difference takes one side"
            );
        }
        let item = deck.item(index);
        if !item.is_difference() {
            bail!("--lean: `{id}` is a duty or skill, not a difference; use --have {id}");
        }
        let role = deck.role_index(role_id).with_context(|| {
            let role_id = clean(role_id);
            format!("--lean {id}={role_id}: no role with id `{role_id}`")
        })?;
        if !item.counts_for(role) {
            bail!("--lean {id}={role_id}: `{id}` has no side for `{role_id}`");
        }
        marks.set(index, Some(Mark::Lean(role)));
    }
    Ok(marks)
}

/// A role's fit in one phase, as `score --json` prints it.
#[derive(Serialize)]
struct ScoredPhase<'a> {
    id: &'a str,
    name: &'a str,
    /// Percentage with one decimal; null where no item of the phase counts for the role, which
    /// is no figure rather than 0%.
    fit: Option<f64>,
    have: usize,
    total: usize,
}

fn scored_phases<'a>(deck: &'a Deck, fits: &PhaseFits, role: RoleIndex) -> Vec<ScoredPhase<'a>> {
    fits.of_role(role)
        .map(|fit| ScoredPhase {
            id: &deck.phases[fit.phase].id,
            name: &deck.phases[fit.phase].name,
            fit: fit.percent.map(crate::report::round_one_decimal),
            have: fit.have,
            total: fit.total,
        })
        .collect()
}
