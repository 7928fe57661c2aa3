//! The history screen: each role's fit across three snapshots and now as a chart, the list
//! with the selected snapshot marked, and the change since it; snapshots at the two sizes most
//! terminals open at, and buffer checks for ASCII, no colour and tiny terminals.

mod common;

use std::collections::BTreeMap;
use std::time::{Duration, UNIX_EPOCH};

use common::*;
use rolefit::app::{App, Options, Snapshots};
use rolefit::history::History;
use rolefit::marks::Mark;
use rolefit::mode::Mode;
use rolefit::session::SavedMark;

/// A person drifting from directing toward producing over three snapshots, a month apart.
fn drifting(options: Options, width: u16, height: u16) -> App {
    let mut app = app_with(builtin_deck(), width, height, options);
    let mut history = History::new(&app.deck().id);
    let answers = [
        &[
            "framing-shots",
            "coaching-actors",
            "editing-film",
            "patience",
        ][..],
        &["framing-shots", "editing-film", "managing-a-budget"],
        &[
            "managing-a-budget",
            "hiring-the-crew",
            "negotiation",
            "editing-film",
        ],
    ];
    for (month, (name, have)) in ["film school", "first short", "festival"]
        .iter()
        .zip(answers)
        .enumerate()
    {
        let marks: BTreeMap<String, SavedMark> = have
            .iter()
            .map(|id| (id.to_string(), SavedMark::Have))
            .collect();
        let taken = UNIX_EPOCH + Duration::from_secs(1_767_225_600 + month as u64 * 2_592_000);
        history.add(name, marks, taken).unwrap();
    }
    app.set_snapshots(Snapshots::Kept(history));
    for id in [
        "managing-a-budget",
        "hiring-the-crew",
        "negotiation",
        "marketing",
        "distribution",
    ] {
        let index = item(&app, id);
        app.answer(index, Some(Mark::Have));
    }
    press(&mut app, "H");
    assert_eq!(app.mode(), Mode::History);
    app
}

#[test]
fn the_history_at_the_sizes_terminals_open_at() {
    for (width, height) in [(120, 40), (80, 24)] {
        let app = drifting(Options::default(), width, height);
        insta::assert_snapshot!(format!("history_{width}x{height}"), render(&app));
    }
}

#[test]
fn the_selected_snapshot_shows_its_change_to_now() {
    let mut app = drifting(Options::default(), 120, 40);
    let text = screen_text(render(&app).buffer());
    assert!(text.contains("Since `festival`:"), "{text}");
    assert!(
        text.contains("Now marked: Marketing and Distribution."),
        "{text}"
    );
    press(&mut app, "<Up><Up>");
    let text = screen_text(render(&app).buffer());
    assert!(text.contains("Since `film school`:"), "{text}");
    assert!(text.contains("No longer marked: "), "{text}");
    assert!(text.contains("Director: 12% → 0% (-12 points)"), "{text}");
}

#[test]
fn in_ascii_every_cell_is_ascii_and_the_roles_keep_their_markers() {
    let options = Options {
        color: false,
        mouse: true,
        ascii: true,
    };
    let app = drifting(options, 100, 30);
    let text = screen_text(render(&app).buffer());
    assert!(text.is_ascii(), "{text}");
    assert!(
        text.contains("* Director") && text.contains("# Producer"),
        "{text}"
    );
    // Both lines are drawn, each with its own marker.
    let chart: String = text.lines().skip(3).take(12).collect();
    assert!(chart.contains('*') && chart.contains('#'), "{text}");
}

#[test]
fn no_terminal_size_breaks_the_history() {
    let mut app = drifting(Options::default(), 120, 40);
    for (width, height) in [(1, 1), (40, 12), (41, 13), (200, 5), (10, 60)] {
        resize(&mut app, width, height);
        render(&app);
        press(&mut app, "<Up><Down>");
    }
}
