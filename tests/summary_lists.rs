//! Strengths and gaps are never cut short: the Markdown report names every one, and the result
//! view lists every one, scrolling for what does not fit.

use rolefit::action::Action;
use rolefit::deck::Deck;
use rolefit::marks::Marks;
use rolefit::mode::Mode;
use rolefit::report;
use rolefit::summary::summarise;
use rolefit::update::update;

mod common;

use common::{app, render, screen_text};

/// The line of `text` that starts with `prefix`.
fn line_starting<'a>(text: &'a str, prefix: &str) -> &'a str {
    text.lines()
        .find(|line| line.starts_with(prefix))
        .unwrap_or_else(|| panic!("no line starting {prefix:?} in\n{text}"))
}

#[test]
fn the_markdown_report_names_every_gap_and_every_strength() {
    let deck = Deck::builtin().unwrap();
    let summary = summarise(&deck, &Marks::for_deck(&deck));
    let text = report::markdown(&deck, &summary);
    for role in &summary.roles {
        let name = &deck.roles[role.role].name;
        // Far more gaps than the 8 the report used to name before "and N more".
        assert!(role.gaps.len() > 20, "{}", role.gaps.len());
        let line = line_starting(&text, &format!("- To grow toward {name}: "));
        for &gap in &role.gaps {
            assert!(
                line.contains(&*deck.item(gap).title),
                "{gap} missing: {line}"
            );
        }
        assert!(!line.contains(" more"), "{line}");
    }

    // And with everything marked, every strength.
    let mut marks = Marks::for_deck(&deck);
    for item in 0..deck.items().len() {
        marks.toggle(&deck, item);
    }
    let summary = summarise(&deck, &marks);
    let text = report::markdown(&deck, &summary);
    for role in &summary.roles {
        assert!(role.strengths.len() > 8);
        let line = text
            .lines()
            .filter(|line| line.starts_with("- Strengths: "))
            .nth(role.role)
            .unwrap();
        for &strength in &role.strengths {
            assert!(line.contains(&*deck.item(strength).title), "{line}");
        }
    }
}

/// The text inside the result view's border, one string per screen row.
fn result_rows(app: &rolefit::app::App) -> Vec<String> {
    screen_text(render(app).buffer())
        .lines()
        .map(|row| row.trim_matches(|c| c == '┃' || c == ' ').to_string())
        .collect()
}

#[test]
fn the_result_view_lists_every_gap_and_scrolls_to_the_last() {
    // At 80x24 the gaps run past the bottom and scroll; the charts above them make the
    // result longer than 120x40 holds too when nothing is marked.
    for (width, height) in [(120, 40), (80, 24)] {
        every_gap_is_shown(width, height);
    }
}

fn every_gap_is_shown(width: u16, height: u16) {
    let mut app = app(width, height);
    update(&mut app, Action::ShowResult);
    assert_eq!(app.mode(), Mode::Result);
    let must_scroll = rolefit::layout::result::line_count(&app)
        > rolefit::layout::result::visible_lines(app.size());
    assert!(must_scroll || height >= 40, "at {width}x{height} all fits?");
    let mut seen = Vec::new();
    let mut pages = 0;
    let mut last_scroll = usize::MAX;
    while app.result_scroll() != last_scroll {
        last_scroll = app.result_scroll();
        let rows = result_rows(&app);
        assert!(
            rows.iter().all(|row| !row.contains(" more")),
            "{}",
            rows.join("\n")
        );
        seen.extend(rows);
        pages += 1;
        update(&mut app, Action::ScrollDown);
    }
    assert_eq!(pages > 1, must_scroll, "scrolls only when it must");
    let seen = seen.join(" ");
    let words = seen.split_whitespace().collect::<Vec<_>>().join(" ");
    let summary = app.summary().clone();
    for role in &summary.roles {
        for &gap in &role.gaps {
            let title = &*app.deck().item(gap).title;
            assert!(
                words.contains(title),
                "{title} never shown at {width}x{height}"
            );
        }
    }
}
