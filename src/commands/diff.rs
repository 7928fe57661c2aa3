//! `rolefit diff [FROM] [TO]`: what changed between two snapshots, or a snapshot and now, in
//! words (heaviest changes first) or JSON.

use std::io::Write;

use anyhow::bail;
use serde::Serialize;

use super::snapshot::{current_marks, history_path};
use crate::cli::Cli;
use crate::deck::{Deck, ItemIndex, RoleIndex};
use crate::diff::{self, Diff};
use crate::exit::Outcome;
use crate::history::{self, HistoryError, NOW, store};
use crate::marks::Marks;
use crate::report::round_one_decimal;
use crate::session;

pub fn run(
    cli: &Cli,
    deck: &Deck,
    from: Option<&str>,
    to: Option<&str>,
    json: bool,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let history = store::load(&history_path(cli, deck)?, &deck.id)?;
    let from = match from {
        Some(name) => name.to_string(),
        None => match history.latest() {
            Some(latest) => latest.name.clone(),
            None => bail!("no snapshots yet to compare with: `rolefit snapshot save` keeps one"),
        },
    };
    let to = to.unwrap_or(NOW).to_string();
    let marks = |name: &str| -> anyhow::Result<Marks> {
        if name == NOW {
            return Ok(session::marks_from_ids(deck, &current_marks(cli, deck)?));
        }
        let snapshot = history.find(name).ok_or_else(|| {
            HistoryError::NoSuchSnapshot(crate::untrusted::text::clean(name).into_owned())
        })?;
        Ok(history::marks_of(deck, snapshot))
    };
    let change = diff::diff(deck, &marks(&from)?, &marks(&to)?);
    if json {
        serde_json::to_writer_pretty(&mut *out, &as_json(deck, &from, &to, &change))?;
        writeln!(out)?;
    } else {
        writeln!(out, "From `{from}` to `{to}`:")?;
        for line in diff::words(deck, &change, "→") {
            writeln!(out, "{line}")?;
        }
    }
    Ok(Outcome::Success)
}

#[derive(Serialize)]
struct JsonDiff<'a> {
    from: &'a str,
    to: &'a str,
    gained: Vec<&'a str>,
    lost: Vec<&'a str>,
    refused: Vec<&'a str>,
    unrefused: Vec<&'a str>,
    leans_changed: Vec<JsonLean<'a>>,
    roles: Vec<JsonRole<'a>>,
}

#[derive(Serialize)]
struct JsonLean<'a> {
    id: &'a str,
    from: Option<&'a str>,
    to: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonRole<'a> {
    id: &'a str,
    from: f64,
    to: f64,
}

fn as_json<'a>(deck: &'a Deck, from: &'a str, to: &'a str, change: &Diff) -> JsonDiff<'a> {
    let ids = |items: &[ItemIndex]| -> Vec<&'a str> {
        items.iter().map(|&i| &*deck.item(i).id).collect()
    };
    let role = |role: Option<RoleIndex>| role.map(|r| deck.roles[r].id.as_str());
    JsonDiff {
        from,
        to,
        gained: ids(&change.gained),
        lost: ids(&change.lost),
        refused: ids(&change.refused),
        unrefused: ids(&change.unrefused),
        leans_changed: change
            .leans_changed
            .iter()
            .map(|c| JsonLean {
                id: &deck.item(c.item).id,
                from: role(c.from),
                to: role(c.to),
            })
            .collect(),
        roles: change
            .roles
            .iter()
            .map(|(before, after)| JsonRole {
                id: &deck.roles[before.role].id,
                from: round_one_decimal(before.percent),
                to: round_one_decimal(after.percent),
            })
            .collect(),
    }
}
