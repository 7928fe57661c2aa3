//! Times one mark on the built-in deck with a big session, as the explorer handles it: the
//! update and the draw, then the save the mark queues, then the copy of the session kept for
//! the signal thread. The figures behind the session size limit (issue 13, item 12).
//!
//! cargo run --release --example big_session -- 1000000

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;
use rolefit::app::{App, Options};
use rolefit::deck::Deck;
use rolefit::event::action_for;
use rolefit::exit::FinalSave;
use rolefit::keymap::Keymap;
use rolefit::session::{self, Answer, SavedMark, Session};
use rolefit::style::theme::Theme;
use rolefit::update::{settle, update};

fn main() {
    let unknown: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("big.ron");
    let deck = Deck::builtin().expect("the built-in deck");
    let mut big = Session::new(&deck);
    big.answers = (0..unknown)
        .map(|i| {
            let answer = Answer {
                mark: SavedMark::Have,
                changed: "2024-03-01T12:00:00Z".to_string(),
            };
            (format!("unknown-{i:07}"), answer)
        })
        .collect::<BTreeMap<_, _>>();
    session::save(&big, &path).expect("write the big session");
    let size = std::fs::metadata(&path).map_or(0, |m| m.len());

    let start = Instant::now();
    let opened = match rolefit::commands::session_file::open_path(&path, &deck) {
        Ok(opened) => opened,
        Err(error) => {
            let refused = start.elapsed();
            println!(
                "{unknown} unknown ids, {:.1} MiB: refused in {:.1} ms: {error:#}",
                size as f64 / (1024.0 * 1024.0),
                ms(refused)
            );
            return;
        }
    };
    let load = start.elapsed();

    let options = Options {
        color: true,
        mouse: true,
        ascii: false,
    };
    let mut app = App::new(
        deck,
        Keymap::default(),
        options,
        Theme::new(true),
        Size::new(120, 40),
    );
    app.resume(opened.saved.expect("a session"), Some(path.clone()));
    app.set_on_disk(opened.on_disk);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test backend");
    let last = FinalSave::new();
    last.lock().remember(app.session(), &path);

    let rounds = 200;
    let (mut marks, mut saves, mut copies) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..rounds {
        let start = Instant::now();
        let space = Event::Key(KeyEvent::new(KeyCode::Char(' '), KeyModifiers::NONE));
        if let Some(action) = action_for(&app, &space) {
            update(&mut app, action);
        }
        settle(&mut app);
        terminal
            .draw(|frame| rolefit::ui::draw(frame, &app))
            .expect("draw");
        marks.push(start.elapsed());

        let start = Instant::now();
        rolefit::effects::run(&mut app, &mut |_| Ok(()));
        saves.push(start.elapsed());

        // As the event loop does after the effects: the signal thread's copy follows.
        let start = Instant::now();
        app.sync_session();
        let changes = app.take_answer_changes();
        last.lock().remember_changes(app.session(), &path, changes);
        copies.push(start.elapsed());
    }
    println!(
        "{unknown} unknown ids, {:.1} MiB: open {:.1} ms; per mark (median of {rounds}): update + \
         draw {:.3} ms, save {:.1} ms, copy for the signal thread {:.3} ms; {} answers kept",
        size as f64 / (1024.0 * 1024.0),
        ms(load),
        ms(median(&mut marks)),
        ms(median(&mut saves)),
        ms(median(&mut copies)),
        app.session().answers.len(),
    );
    if let Some(status) = app.status() {
        println!("footer: {}", status.chars().take(200).collect::<String>());
    }
}

fn median(samples: &mut [Duration]) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
