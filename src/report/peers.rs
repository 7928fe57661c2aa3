//! The peers' view in the report: the four Johari areas per pane, each role's fit as you and
//! as your peers see it, and the biggest disagreements, in Markdown and JSON.

use std::fmt::Write;

use serde::Serialize;

use super::round_one_decimal;
use crate::deck::Deck;
use crate::johari::{PeerView, Seen, count_words};

#[derive(Serialize)]
pub struct JsonPeers<'a> {
    names: &'a [String],
    roles: Vec<JsonPeerRole<'a>>,
    johari: JsonJohari<'a>,
}

#[derive(Serialize)]
struct JsonPeerRole<'a> {
    id: &'a str,
    #[serde(rename = "self")]
    own: f64,
    peers: f64,
}

#[derive(Serialize)]
struct JsonJohari<'a> {
    open: Vec<&'a str>,
    hidden: Vec<&'a str>,
    blind: Vec<&'a str>,
    unknown: Vec<&'a str>,
}

pub fn json<'a>(deck: &'a Deck, view: &'a PeerView) -> JsonPeers<'a> {
    let ids = |pick: fn(&crate::johari::Window) -> &Vec<Seen>| -> Vec<&'a str> {
        view.windows
            .iter()
            .flat_map(|(_, window)| pick(window).iter().map(|s| &*deck.item(s.item).id))
            .collect()
    };
    JsonPeers {
        names: &view.names,
        roles: view
            .roles
            .iter()
            .map(|(own, peers)| JsonPeerRole {
                id: &deck.roles[own.role].id,
                own: round_one_decimal(own.percent),
                peers: round_one_decimal(peers.percent),
            })
            .collect(),
        johari: JsonJohari {
            open: ids(|w| &w.open),
            hidden: ids(|w| &w.hidden),
            blind: ids(|w| &w.blind),
            unknown: ids(|w| &w.unknown),
        },
    }
}

/// At most this many items are named in one area or the disagreements; the rest are counted.
const NAMED: usize = 30;

pub fn write_markdown(out: &mut String, deck: &Deck, view: &PeerView) -> std::fmt::Result {
    writeln!(out, "\n## Through your peers' eyes\n")?;
    writeln!(out, "Peers: {}.\n", super::join_and(&view.names))?;
    writeln!(out, "| Role | You | Your peers |")?;
    writeln!(out, "|---|---:|---:|")?;
    for (own, peers) in &view.roles {
        writeln!(
            out,
            "| {} | {}% | {}% |",
            deck.roles[own.role].name,
            own.rounded(),
            peers.rounded()
        )?;
    }
    for (pane, window) in &view.windows {
        writeln!(out, "\n### {} (the Johari window)\n", pane.title())?;
        for (area, explained, items) in [
            ("Open", "you and your peers see", &window.open),
            ("Hidden", "only you see", &window.hidden),
            ("Blind spot", "only your peers see", &window.blind),
            ("Unknown", "neither sees", &window.unknown),
        ] {
            writeln!(out, "- **{area}** ({explained}): {}", named(deck, items))?;
        }
    }
    if !view.disagreements.is_empty() {
        writeln!(out, "\n### Where you and your peers differ most\n")?;
        for seen in view.disagreements.iter().take(NAMED) {
            let count = count_words(seen);
            let count = if count.is_empty() {
                count
            } else {
                format!(" ({count})")
            };
            writeln!(out, "- {}{count}", deck.item(seen.item).title)?;
        }
        if view.disagreements.len() > NAMED {
            writeln!(out, "- … and {} more", view.disagreements.len() - NAMED)?;
        }
    }
    Ok(())
}

fn named(deck: &Deck, items: &[Seen]) -> String {
    if items.is_empty() {
        return "none".to_string();
    }
    let mut names: Vec<String> = items
        .iter()
        .take(NAMED)
        .map(|seen| {
            let count = count_words(seen);
            let title = &deck.item(seen.item).title;
            if count.is_empty() {
                title.to_string()
            } else {
                format!("{title} ({count})")
            }
        })
        .collect();
    if items.len() > NAMED {
        names.push(format!("{} more", items.len() - NAMED));
    }
    super::join_and(&names)
}
