//! `rolefit list`: every item of the deck, as a table or as JSON.

use std::io::Write;

use serde::Serialize;
use serde::ser::SerializeMap;

use super::table;
use crate::deck::{Deck, Item, Pane};
use crate::exit::Outcome;

#[derive(Serialize)]
struct ListedItem<'a> {
    id: &'a str,
    pane: &'a str,
    title: &'a str,
    detail: &'a str,
    weight: u32,
    roles: Vec<&'a str>,
    /// The phase id, or null: always present, so a script need not ask whether the deck has
    /// phases.
    phase: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sides: Option<Sides<'a>>,
}

/// A difference's sides as a JSON object keyed by role id, in the deck's role order.
struct Sides<'a>(&'a Deck, &'a Item);

impl Serialize for Sides<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Sides(deck, item) = self;
        let mut map = serializer.serialize_map(Some(item.sides().len()))?;
        for side in item.sides() {
            map.serialize_entry(&deck.roles[side.role].id, &side.text)?;
        }
        map.end()
    }
}

pub fn run(
    deck: &Deck,
    pane: Option<Pane>,
    json: bool,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let items: Vec<&Item> = match pane {
        Some(pane) => deck.pane_items(pane).collect(),
        None => deck.items().collect(),
    };
    if json {
        let listed: Vec<ListedItem> = items.iter().map(|item| listed(deck, item)).collect();
        serde_json::to_writer_pretty(&mut *out, &listed)?;
        writeln!(out)?;
    } else {
        // A PHASE column only where the deck has phases: a deck without prints as it always did.
        let phases = deck.has_phases();
        let rows: Vec<Vec<String>> = items
            .iter()
            .map(|item| {
                let mut row = vec![
                    item.pane.key().to_string(),
                    item.id.to_string(),
                    role_names(deck, item),
                ];
                if phases {
                    row.push(deck.phase_of(item).map_or("-", |p| &p.name).to_string());
                }
                row.push(item.title.to_string());
                row
            })
            .collect();
        let header: &[&str] = if phases {
            &["PANE", "ID", "ROLES", "PHASE", "TITLE"]
        } else {
            &["PANE", "ID", "ROLES", "TITLE"]
        };
        table::write(out, header, &rows)?;
    }
    Ok(Outcome::Success)
}

fn listed<'a>(deck: &'a Deck, item: &'a Item) -> ListedItem<'a> {
    ListedItem {
        id: &item.id,
        pane: item.pane.key(),
        title: &item.title,
        detail: &item.detail,
        weight: item.weight,
        roles: item.roles().map(|r| deck.roles[r].id.as_str()).collect(),
        phase: deck.phase_of(item).map(|p| p.id.as_str()),
        sides: item.is_difference().then_some(Sides(deck, item)),
    }
}

/// Role names an item counts for, e.g. `Director, Producer`.
pub fn role_names(deck: &Deck, item: &Item) -> String {
    let names: Vec<&str> = item.roles().map(|r| deck.roles[r].name.as_str()).collect();
    names.join(", ")
}
