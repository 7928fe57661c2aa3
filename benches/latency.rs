//! Per-keystroke latency percentiles (median, p95, p99, max) for browsing and searching, on the
//! built-in deck and on a generated 100,000-item deck: the figures the budgets are stated in.
//! A search keystroke is handled as the explorer does: the query line is drawn at once, then
//! the results; both times are reported, from the key.
//! Run with `cargo bench --bench latency`.

mod support;

use std::time::{Duration, Instant};

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use ratatui::crossterm::event::KeyCode;
use rolefit::deck::Deck;
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
            scorer_floor(&bench.app.deck);
        }
        if std::env::var_os("LATENCY_PER_KEY").is_some() {
            per_key_report(&keys, &mut per_key);
        }
    }
}

/// What `SkimMatcherV2` alone costs to score every title once for the heaviest queries of the
/// sequence (their first letters match nearly every title): the least a search keystroke can
/// take while every title is scored, before ranking, sorting or drawing anything.
fn scorer_floor(deck: &Deck) {
    let matcher = SkimMatcherV2::default().smart_case();
    for query in ["s", "i", "in", "int", "ints", "a"] {
        let one_thread = (0..5)
            .map(|_| {
                timed(|| {
                    for item in 0..deck.len() {
                        black_box(matcher.fuzzy_match(deck.title(item), query));
                    }
                })
            })
            .min()
            .unwrap_or_default();
        let ms = one_thread.as_secs_f64() * 1000.0;
        println!(
            "  skim alone, {query:<5} {ms:>7.3} ms on one thread, {:>7.3} ms split over two",
            ms / 2.0
        );
    }
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
