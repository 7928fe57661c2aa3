//! The result as a document: Markdown for people (terminal or browser), JSON for programs.

pub mod html;
mod peers;

use std::fmt::Write;

use serde::Serialize;

use crate::deck::Deck;
use crate::johari::PeerView;
use crate::summary::{Note, Summary, note_words, reading_words};
pub use crate::summary::{RULE, join_and, swap_sentence};

/// The formats a report is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Json,
    Html,
}

impl Format {
    /// The format a file's extension names: `.html` (or `.htm`) a page, `.json` JSON, anything
    /// else Markdown.
    pub fn of_path(path: &std::path::Path) -> Format {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("html" | "htm") => Format::Html,
            Some("json") => Format::Json,
            _ => Format::Markdown,
        }
    }
}

/// The report in `format`, ending with a line break; the extras are shown where the format
/// has room for them (the breakdown and the snapshots in the page, the peers' view in all).
pub fn document(
    deck: &Deck,
    summary: &Summary,
    format: Format,
    extras: &html::Extras,
) -> serde_json::Result<String> {
    Ok(match format {
        Format::Markdown => markdown_with(deck, summary, extras.peers),
        Format::Json => format!("{}\n", json_with(deck, summary, extras.peers)?),
        Format::Html => format!("{}\n", html::page(deck, summary, extras)),
    })
}

/// Said wherever the result is shown: the numbers describe answers, not a person.
pub const NOT_A_VERDICT: &str = "This is an exploration, not a verdict: the figures only \
    reflect the traits you marked, and both careers can be learned.";

/// The titles of all `items` in order, or `none yet`. Never cut short: the report is read by
/// people without the JSON at hand, and a gap left out is a gap they cannot see.
pub fn titles(deck: &Deck, items: &[usize]) -> String {
    if items.is_empty() {
        return "none yet".to_string();
    }
    let names: Vec<String> = items
        .iter()
        .map(|&i| deck.item(i).title.to_string())
        .collect();
    join_and(&names)
}

pub fn markdown(deck: &Deck, summary: &Summary) -> String {
    markdown_with(deck, summary, None)
}

/// [`markdown`], with the peers' view when there is one.
pub fn markdown_with(deck: &Deck, summary: &Summary, peers: Option<&PeerView>) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write_markdown(&mut out, deck, summary);
    if let Some(view) = peers {
        let _ = peers::write_markdown(&mut out, deck, view);
    }
    out
}

fn write_markdown(out: &mut String, deck: &Deck, summary: &Summary) -> std::fmt::Result {
    writeln!(out, "# rolefit: {}\n", deck.title)?;
    writeln!(out, "_{NOT_A_VERDICT}_\n")?;
    writeln!(out, "## Fit\n")?;
    writeln!(out, "| Role | Fit | Items |")?;
    writeln!(out, "|---|---:|---:|")?;
    for fit in &summary.fits {
        let name = &deck.roles[fit.role].name;
        writeln!(
            out,
            "| {name} | {}% | {}/{} |",
            fit.rounded(),
            fit.have,
            fit.total
        )?;
    }
    writeln!(out, "\n**{}.**\n", reading_words(deck, summary))?;
    for &note in &summary.notes {
        writeln!(out, "> {}\n", note_words(deck, summary, note))?;
    }
    if summary.fits.iter().any(|fit| fit.is_screened()) {
        writeln!(out, "_{RULE}_\n")?;
    }
    for role in &summary.roles {
        let name = &deck.roles[role.role].name;
        writeln!(out, "## {name}\n")?;
        if !role.refused.is_empty() {
            writeln!(out, "- Would not do: {}", titles(deck, &role.refused))?;
        }
        writeln!(out, "- Strengths: {}", titles(deck, &role.strengths))?;
        writeln!(
            out,
            "- To grow toward {name}: {}\n",
            titles(deck, &role.gaps)
        )?;
    }
    if !summary.leans.is_empty() {
        writeln!(out, "## Your leans\n")?;
        for &(item, role) in &summary.leans {
            let item = deck.item(item);
            let side = item.sides().iter().find(|s| s.role == role);
            let text = side.map_or("", |s| s.text.as_str());
            writeln!(out, "- {}: {} ({text})", item.title, deck.roles[role].name)?;
        }
        writeln!(out)?;
    }
    if let Some(swap) = &summary.to_swap_lead {
        writeln!(out, "## What would change the lead\n")?;
        writeln!(out, "{}", swap_sentence(deck, swap))?;
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonReport<'a> {
    deck: &'a str,
    /// The role in the lead after screening; null when even.
    lead: Option<&'a str>,
    reading: String,
    notes: Vec<JsonNote>,
    roles: Vec<JsonRole<'a>>,
    leans: serde_json::Map<String, serde_json::Value>,
    to_swap_lead: Vec<&'a str>,
    /// Absent without peers.
    #[serde(skip_serializing_if = "Option::is_none")]
    peers: Option<peers::JsonPeers<'a>>,
}

#[derive(Serialize)]
struct JsonRole<'a> {
    id: &'a str,
    name: &'a str,
    fit: f64,
    have: usize,
    total: usize,
    strengths: Vec<&'a str>,
    gaps: Vec<&'a str>,
    /// Deal-breakers: items of the role the user would not do.
    refused: Vec<&'a str>,
    /// Whether a deal-breaker keeps the role from the lead.
    screened: bool,
}

/// A caution on the reading: `kind` is `both_fit` or `flat_answers`.
#[derive(Serialize)]
pub struct JsonNote {
    pub kind: &'static str,
    pub text: String,
}

/// The notes of `summary` as JSON objects, for the report and `score --json`.
pub fn json_notes(deck: &Deck, summary: &Summary) -> Vec<JsonNote> {
    summary
        .notes
        .iter()
        .map(|&note| JsonNote {
            kind: match note {
                Note::BothFit { .. } => "both_fit",
                Note::FlatAnswers => "flat_answers",
            },
            text: note_words(deck, summary, note),
        })
        .collect()
}

pub fn json(deck: &Deck, summary: &Summary) -> serde_json::Result<String> {
    json_with(deck, summary, None)
}

/// [`json`], with `"peers"` when there is a peers' view.
pub fn json_with(
    deck: &Deck,
    summary: &Summary,
    peers: Option<&PeerView>,
) -> serde_json::Result<String> {
    let ids = |items: &[usize]| -> Vec<&str> { items.iter().map(|&i| &*deck.item(i).id).collect() };
    let roles = summary
        .fits
        .iter()
        .zip(&summary.roles)
        .map(|(fit, role)| JsonRole {
            id: &deck.roles[fit.role].id,
            name: &deck.roles[fit.role].name,
            fit: round_one_decimal(fit.percent),
            have: fit.have,
            total: fit.total,
            strengths: ids(&role.strengths),
            gaps: ids(&role.gaps),
            refused: ids(&role.refused),
            screened: fit.is_screened(),
        })
        .collect();
    let leans = summary
        .leans
        .iter()
        .map(|&(item, role)| {
            let role_id = deck.roles[role].id.clone();
            (
                deck.item(item).id.to_string(),
                serde_json::Value::String(role_id),
            )
        })
        .collect();
    let to_swap_lead = summary.to_swap_lead.as_ref().map_or_else(Vec::new, |swap| {
        swap.changes
            .iter()
            .map(|c| &*deck.item(c.item()).id)
            .collect()
    });
    serde_json::to_string_pretty(&JsonReport {
        deck: &deck.id,
        lead: summary.reading.lead().map(|role| &*deck.roles[role].id),
        reading: reading_words(deck, summary),
        notes: json_notes(deck, summary),
        roles,
        leans,
        to_swap_lead,
        peers: peers.map(|view| peers::json(deck, view)),
    })
}

/// Fit percentages in JSON: one decimal, as `rolefit score` prints them.
pub fn round_one_decimal(percent: f64) -> f64 {
    (percent * 10.0).round() / 10.0
}
