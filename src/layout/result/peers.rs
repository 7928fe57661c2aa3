//! The result's peer section: each role's fit as you and your peers see it, the four Johari
//! areas of each pane (with how many peers saw each item), and the biggest disagreements.

use ratatui::text::{Line, Span};

use super::Row;
use crate::app::App;
use crate::johari::{Seen, count_words};

/// At most this many items are named in an area on screen; the report names more.
const NAMED: usize = 12;
/// The disagreements shown.
const DISAGREEMENTS: usize = 5;

pub fn rows(app: &App, width: usize, out: &mut Vec<Row>) {
    let Some(view) = app.peer_view() else {
        return;
    };
    let deck = app.deck();
    let theme = app.theme();
    let sep = app.glyphs().separator;
    let wrap = |out: &mut Vec<Row>, label: &str, body: &str| {
        let text = format!("{label}{body}");
        for (n, line) in app.glyphs().wrap(&text, width).into_iter().enumerate() {
            let line = match line.strip_prefix(label) {
                Some(rest) if n == 0 => Line::from(vec![
                    Span::styled(label.to_string(), theme.key),
                    Span::raw(rest.to_string()),
                ]),
                _ => Line::raw(line),
            };
            out.push(Row::Text(line));
        }
    };
    out.push(Row::Text(Line::raw("")));
    let names = crate::summary::join_and(&view.names);
    for line in app
        .glyphs()
        .wrap(&format!("Through your peers' eyes ({names})"), width)
    {
        out.push(Row::Text(Line::styled(line, theme.heading)));
    }
    for (own, peers) in &view.roles {
        let name = &deck.roles[own.role].name;
        let body = format!("you {}%{sep}your peers {}%", own.rounded(), peers.rounded());
        wrap(out, &format!("{name}: "), &body);
    }
    for (pane, window) in &view.windows {
        out.push(Row::Text(Line::styled(
            format!("{} (Johari window)", pane.title()),
            theme.key,
        )));
        for (area, items) in [
            ("Open, you and they see", &window.open),
            ("Hidden, only you see", &window.hidden),
            ("Blind spot, only they see", &window.blind),
            ("Unknown, neither sees", &window.unknown),
        ] {
            wrap(
                out,
                &format!("  {area} ({}): ", items.len()),
                &named(app, items),
            );
        }
    }
    if !view.disagreements.is_empty() {
        let shown: Vec<&Seen> = view.disagreements.iter().take(DISAGREEMENTS).collect();
        let titles: Vec<String> = shown.iter().map(|s| with_count(app, s)).collect();
        wrap(
            out,
            "Where you differ most: ",
            &crate::summary::join_and(&titles),
        );
    }
}

fn with_count(app: &App, seen: &Seen) -> String {
    let title = &app.deck().item(seen.item).title;
    match count_words(seen) {
        count if count.is_empty() => title.to_string(),
        count => format!("{title} ({count})"),
    }
}

fn named(app: &App, items: &[Seen]) -> String {
    if items.is_empty() {
        return "none".to_string();
    }
    let mut names: Vec<String> = items
        .iter()
        .take(NAMED)
        .map(|s| with_count(app, s))
        .collect();
    if items.len() > NAMED {
        names.push(format!("{} more", items.len() - NAMED));
    }
    crate::summary::join_and(&names)
}
