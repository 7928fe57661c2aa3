//! `rolefit search`: ranked fuzzy matches, as a table or as JSON.

use std::io::Write;

use serde::Serialize;

use super::table;
use crate::deck::{Deck, Pane};
use crate::exit::Outcome;
use crate::search::{Searcher, check_query};
use crate::untrusted::text::clean;

#[derive(Serialize)]
struct FoundItem<'a> {
    id: &'a str,
    pane: &'a str,
    title: &'a str,
    score: i64,
    indices: &'a [usize],
}

pub fn run(
    deck: &Deck,
    query: &str,
    pane: Option<Pane>,
    limit: Option<usize>,
    json: bool,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    check_query(query)?;
    let mut matches = Searcher::new(deck).search(deck, query, pane);
    // The status answers "did the query match?", as fzf's and grep's do; `--limit` only bounds
    // what is printed, so `--limit 0` prints nothing and still exits 0, like `head -n 0`.
    let matched = !matches.is_empty();
    if let Some(limit) = limit {
        matches.truncate(limit);
    }
    if json {
        let found: Vec<FoundItem> = matches
            .iter()
            .map(|m| {
                let item = deck.item(m.item);
                FoundItem {
                    id: &item.id,
                    pane: item.pane.key(),
                    title: &item.title,
                    score: m.score,
                    indices: &m.title_positions,
                }
            })
            .collect();
        serde_json::to_writer_pretty(&mut *out, &found)?;
        writeln!(out)?;
    } else if !matches.is_empty() {
        let rows: Vec<Vec<String>> = matches
            .iter()
            .map(|m| {
                let item = deck.item(m.item);
                vec![
                    m.score.to_string(),
                    item.pane.key().to_string(),
                    item.id.to_string(),
                    item.title.to_string(),
                ]
            })
            .collect();
        table::write(out, &["SCORE", "PANE", "ID", "TITLE"], &rows)?;
    }
    if !matched {
        if !json {
            // The query may have come from anywhere (a script, a paste): shown clean.
            eprintln!("rolefit: no matches for `{}`", clean(query));
        }
        return Ok(Outcome::NoMatch);
    }
    Ok(Outcome::Success)
}
