//! The result as a document: Markdown for people (terminal or browser), JSON for programs.

use std::fmt::Write;

use serde::Serialize;

use crate::deck::Deck;
use crate::fit;
use crate::summary::Summary;
use crate::swap::{Change, Swap};

/// Said wherever the result is shown: the numbers describe answers, not a person.
pub const NOT_A_VERDICT: &str = "This is an exploration, not a verdict: the figures only \
    reflect the traits you marked, and both careers can be learned.";

/// `Mark Managing a budget and Negotiation, and Producer leads.`
pub fn swap_sentence(deck: &Deck, swap: &Swap) -> String {
    let leader = &deck.roles[swap.new_leader].name;
    if swap.changes.is_empty() {
        return format!("No new marks alone would put {leader} in the lead.");
    }
    let title = |change: &Change| deck.item(change.item()).title.to_string();
    let marks: Vec<String> = swap
        .changes
        .iter()
        .filter(|c| matches!(c, Change::Have(_)))
        .map(title)
        .collect();
    let leans: Vec<String> = swap
        .changes
        .iter()
        .filter(|c| matches!(c, Change::Lean(..)))
        .map(title)
        .collect();
    let mut parts = Vec::new();
    if !marks.is_empty() {
        parts.push(format!("mark {}", join_and(&marks)));
    }
    if !leans.is_empty() {
        parts.push(format!("lean to {leader} on {}", join_and(&leans)));
    }
    let sentence = format!("{}, and {leader} leads.", parts.join(", and "));
    let mut chars = sentence.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// `A`, `A and B`, `A, B and C`.
pub fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

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
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write_markdown(&mut out, deck, summary);
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
    writeln!(out, "\n**{}.**\n", fit::describe(deck, summary.reading))?;
    for role in &summary.roles {
        let name = &deck.roles[role.role].name;
        writeln!(out, "## {name}\n")?;
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
    roles: Vec<JsonRole<'a>>,
    leans: serde_json::Map<String, serde_json::Value>,
    to_swap_lead: Vec<&'a str>,
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
}

pub fn json(deck: &Deck, summary: &Summary) -> serde_json::Result<String> {
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
        roles,
        leans,
        to_swap_lead,
    })
}

/// Fit percentages in JSON: one decimal, as `rolefit score` prints them.
pub fn round_one_decimal(percent: f64) -> f64 {
    (percent * 10.0).round() / 10.0
}
