//! Per-keystroke latency percentiles (median, p95, p99, max) for browsing and searching, on the
//! built-in deck and on a generated 100,000-item deck: the figures the budgets are stated in.
//! Run with `cargo bench --bench latency`.

mod support;

use std::time::{Duration, Instant};

use ratatui::crossterm::event::KeyCode;
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
        let keys = Bench::search_keys();
        for _ in 0..(SEARCH_ROUNDS / scale).max(1) {
            for &key in &keys {
                search.push(timed(|| bench.key(key)));
            }
        }
        report(&format!("search keystroke/{name}"), &mut search);
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
