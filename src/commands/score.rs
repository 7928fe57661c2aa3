//! `rolefit score`: the fit of each role for the traits, deal-breakers and leans given on the
//! command line.

use std::io::Write;

use anyhow::{Context, bail};
use serde::Serialize;

use super::table;
use crate::deck::{Deck, RoleIndex};
use crate::exit::Outcome;
use crate::marks::{Mark, Marks};
use crate::phases::{self, PhaseFits};
use crate::report::{JsonNote, json_notes};
use crate::summary::{self, reading_words};
use crate::untrusted::text::clean;

/// The answers given on the command line, as typed.
pub struct Answers<'a> {
    pub have: &'a [String],
    pub refuse: &'a [String],
    pub lean: &'a [(String, String)],
}

#[derive(Serialize)]
struct Scores<'a> {
    /// The role in the lead after screening, null when even.
    lead: Option<&'a str>,
    reading: String,
    notes: Vec<JsonNote>,
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
    /// Ids of the deal-breakers that count for the role, heaviest first.
    refused: Vec<&'a str>,
    /// Whether a deal-breaker keeps the role from the lead.
    screened: bool,
    /// The role's fit in each of the deck's phases, in deck order; empty without phases.
    phases: Vec<ScoredPhase<'a>>,
}

pub fn run(
    deck: &Deck,
    answers: &Answers,
    json: bool,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let marks = marks_from_args(deck, answers)?;
    let summary = summary::summarise(deck, &marks);
    let fits = &summary.fits;
    if json {
        let by_phase = phases::phase_fits(deck, &marks);
        let roles = fits
            .iter()
            .zip(&summary.roles)
            .map(|(f, role)| ScoredRole {
                id: &deck.roles[f.role].id,
                name: &deck.roles[f.role].name,
                fit: crate::report::round_one_decimal(f.percent),
                have: f.have,
                total: f.total,
                refused: role.refused.iter().map(|&i| &*deck.item(i).id).collect(),
                screened: f.is_screened(),
                phases: scored_phases(deck, &by_phase, f.role),
            })
            .collect();
        let scores = Scores {
            lead: summary.reading.lead().map(|role| &*deck.roles[role].id),
            reading: reading_words(deck, &summary),
            notes: json_notes(deck, &summary),
            roles,
        };
        serde_json::to_writer_pretty(&mut *out, &scores)?;
        writeln!(out)?;
    } else {
        let rows: Vec<Vec<String>> = fits
            .iter()
            .map(|f| {
                vec![
                    deck.roles[f.role].name.clone(),
                    format!("{:>3}%", f.rounded()),
                    format!("{}/{}", f.have, f.total),
                    f.refused.to_string(),
                ]
            })
            .collect();
        table::write(out, &["ROLE", " FIT", "HAVE", "WOULD NOT"], &rows)?;
        for note in json_notes(deck, &summary) {
            writeln!(out, "{}", note.text)?;
        }
        writeln!(out, "{}", reading_words(deck, &summary))?;
    }
    Ok(Outcome::Success)
}

/// Turns `--have` and `--refuse` ids and `--lean DIFFERENCE=ROLE` pairs into marks, naming
/// anything unknown. A difference takes one side and a trait one answer, so contradicting
/// answers are refused rather than one dropped. An id is looked up as given, so one with a
/// hidden character matches nothing, and is cleaned where a message quotes it: a script may
/// pass on ids from anywhere.
fn marks_from_args(deck: &Deck, answers: &Answers) -> anyhow::Result<Marks> {
    let mut marks = Marks::for_deck(deck);
    let trimmed = |ids: &'_ [String]| -> Vec<String> {
        ids.iter()
            .map(|id| id.trim().to_string())
            .filter(|id| !id.is_empty())
            .collect()
    };
    let have = trimmed(answers.have);
    let refuse = trimmed(answers.refuse);
    for (flag, ids, mark) in [
        ("--have", &have, Mark::Have),
        ("--refuse", &refuse, Mark::Refuse),
    ] {
        for id in ids {
            let index = deck
                .item_index(id)
                .with_context(|| format!("{flag}: no duty or skill with id `{}`", clean(id)))?;
            if deck.item(index).is_difference() {
                bail!("{flag}: `{id}` is a difference; choose a side with --lean {id}=ROLE");
            }
            marks.set(index, Some(mark));
        }
    }
    if let Some(both) = refuse.iter().find(|id| have.contains(id)) {
        bail!("`{both}` is given to both --have and --refuse; a duty or skill takes one answer");
    }
    let leans = answers.lean;
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
