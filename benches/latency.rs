//! Per-keystroke latency percentiles (median, p95, p99, max) for browsing and searching, on the
//! built-in deck and on a generated 100,000-item deck: the figures the budgets are stated in.
//! A search keystroke is handled as the explorer does: the query line is drawn at once, then
//! the results; both times are reported, from the key.
//! Run with `cargo bench --bench latency`.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use ratatui::crossterm::event::KeyCode;
use rolefit::deck::Deck;
use rolefit::history::{History, Snapshots};
use rolefit::session::SavedMark;
use std::hint::black_box;
use support::{Bench, decks};

/// Rounds of each sequence; enough for stable percentiles on a noisy 2-core machine.
const BROWSE_ROUNDS: usize = 2_000;
const SEARCH_ROUNDS: usize = 20;

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing and expects speed.
    let quick = !std::env::args().any(|a| a == "--bench");
    let scale = if quick { 20 } else { 1 };
    for (name, deck) in decks() {
        let mut bench = Bench::new(deck);
        let mut browse = Vec::new();
        for round in 0..BROWSE_ROUNDS / scale {
            let key = if round % 40 < 20 {
                KeyCode::Down
            } else {
                KeyCode::Up
            };
            browse.push(timed(|| bench.key(key)));
        }
        report(&format!("browse keystroke/{name}"), &mut browse);

        // A deal-breaker on and off again, on row after row.
        let mut refuse = Vec::new();
        for round in 0..BROWSE_ROUNDS / scale {
            refuse.push(timed(|| bench.key(KeyCode::Char('x'))));
            if round % 2 == 1 {
                bench.key(KeyCode::Down);
            }
        }
        report(&format!("refusal keystroke/{name}"), &mut refuse);

        // A what-if: opened, answered in, moved through, dropped; every key timed.
        let mut what_if = Vec::new();
        for round in 0..BROWSE_ROUNDS / scale / 10 {
            let keys = [
                KeyCode::Char('w'),
                KeyCode::Char(' '),
                KeyCode::Down,
                KeyCode::Char('x'),
                KeyCode::Down,
                KeyCode::Char(' '),
                KeyCode::Up,
                KeyCode::Up,
                KeyCode::Char(' '),
                if round % 2 == 0 {
                    KeyCode::Esc
                } else {
                    KeyCode::Char('w')
                },
            ];
            for key in keys {
                what_if.push(timed(|| bench.key(key)));
            }
        }
        report(&format!("what-if keystroke/{name}"), &mut what_if);

        // The result, drawn again and again at 120x40 (its summary is computed once).
        bench.key(KeyCode::Char('r'));
        let mut result = Vec::new();
        for _ in 0..BROWSE_ROUNDS / scale / 4 {
            result.push(timed(|| bench.draw()));
        }
        report(&format!("result drawn/{name}"), &mut result);
        bench.key(KeyCode::Esc);

        // The history of 10 snapshots, drawn again and again at 120x40, moving between them.
        bench
            .app
            .set_snapshots(Snapshots::Kept(ten_snapshots(bench.app.deck())));
        bench.key(KeyCode::Char('H'));
        let mut history = Vec::new();
        for round in 0..BROWSE_ROUNDS / scale / 20 {
            let key = if round % 10 < 5 {
                KeyCode::Up
            } else {
                KeyCode::Down
            };
            history.push(timed(|| bench.key(key)));
        }
        report(&format!("history keystroke/{name}"), &mut history);
        bench.key(KeyCode::Esc);

        bench.key(KeyCode::Char('/'));
        let mut search = Vec::new();
        let mut echo = Vec::new();
        let keys = Bench::search_keys();
        let mut per_key: Vec<Vec<Duration>> = vec![Vec::new(); keys.len()];
        for _ in 0..(SEARCH_ROUNDS / scale).max(1) {
            for (position, &key) in keys.iter().enumerate() {
                let (query_shown, results_shown) = bench.key_as_typed(key);
                echo.push(query_shown);
                search.push(results_shown);
                per_key[position].push(results_shown);
            }
        }
        report(&format!("search keystroke/{name}"), &mut search);
        report(&format!("  query line shown/{name}"), &mut echo);
        if name == "100k" {
            scorer_floor(bench.app.deck());
        }
        if std::env::var_os("LATENCY_PER_KEY").is_some() {
            per_key_report(&keys, &mut per_key);
        }
    }
}

/// Ten snapshots a day apart, each having every tenth duty or skill from a different start.
fn ten_snapshots(deck: &Deck) -> History {
    let mut history = History::new(&deck.id);
    for n in 0..10 {
        let marks = deck
            .items()
            .enumerate()
            .filter(|(index, item)| (index + n).is_multiple_of(10) && !item.is_difference())
            .map(|(_, item)| (item.id.to_string(), SavedMark::Have))
            .collect();
        let taken = std::time::UNIX_EPOCH + Duration::from_secs(1_790_000_000 + n as u64 * 86_400);
        history
            .add(&format!("snapshot {n}"), marks, taken)
            .expect("a new name");
    }
    history
}

/// What `SkimMatcherV2` alone costs to score every whole title once for the heaviest queries of
/// the sequence (their first letters match nearly every title), with nothing ranked, sorted or
/// drawn. Search hands skim only the part of each title that can change its score, so a
/// keystroke can finish sooner than this. Timed on one thread and on two, each claiming blocks
/// of titles as the ranking does; best of five.
fn scorer_floor(deck: &Deck) {
    for query in ["s", "i", "in", "int", "ints", "a"] {
        let best = |threads: usize| {
            let matchers: Vec<SkimMatcherV2> = (0..threads)
                .map(|_| SkimMatcherV2::default().smart_case())
                .collect();
            (0..5)
                .map(|_| timed(|| score_every_title(deck, query, &matchers)))
                .min()
                .unwrap_or_default()
                .as_secs_f64()
                * 1000.0
        };
        println!(
            "  skim alone, whole titles, {query:<5} {:>7.3} ms on one thread, {:>7.3} ms on two",
            best(1),
            best(2)
        );
    }
}

/// Scores every title against `query`, one thread per matcher, in blocks claimed in turn.
fn score_every_title(deck: &Deck, query: &str, matchers: &[SkimMatcherV2]) {
    const BLOCK: usize = 1024;
    let next = AtomicUsize::new(0);
    let work = |matcher: &SkimMatcherV2| loop {
        let start = next.fetch_add(BLOCK, Ordering::Relaxed);
        if start >= deck.len() {
            break;
        }
        for item in start..deck.len().min(start + BLOCK) {
            black_box(matcher.fuzzy_match(&deck.item(item).title, query));
        }
    };
    std::thread::scope(|scope| {
        for matcher in &matchers[1..] {
            scope.spawn(|| work(matcher));
        }
        work(&matchers[0]);
    });
}

/// The median of each keystroke of the sequence, with the query it leaves.
fn per_key_report(keys: &[KeyCode], samples: &mut [Vec<Duration>]) {
    let mut query = String::new();
    for (key, times) in keys.iter().zip(samples) {
        match key {
            KeyCode::Char(c) => query.push(*c),
            _ => {
                query.pop();
            }
        }
        times.sort_unstable();
        let median = times[times.len() / 2].as_secs_f64() * 1000.0;
        println!(
            "    {:<10} -> {:<8} median {median:>7.3} ms",
            format!("{key}"),
            format!("{query:?}")
        );
    }
}

fn timed(f: impl FnOnce()) -> Duration {
    let start = Instant::now();
    f();
    start.elapsed()
}

fn report(name: &str, samples: &mut [Duration]) {
    samples.sort_unstable();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{name:<28} n={:<6} median {:>7.3} ms  p95 {:>7.3} ms  p99 {:>7.3} ms  max {:>7.3} ms",
        samples.len(),
        ms(at(0.5)),
        ms(at(0.95)),
        ms(at(0.99)),
        ms(at(1.0))
    );
}
