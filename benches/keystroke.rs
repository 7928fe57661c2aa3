//! Criterion benchmarks: a browsing keystroke, a search keystroke, loading the deck and indexing
//! it for search, on the built-in deck and on a generated 100,000-item deck.
//! `benches/latency.rs` reports percentiles.

mod support;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::crossterm::event::KeyCode;
use rolefit::deck::{BUILTIN_SOURCE, Deck};
use rolefit::search::Searcher;
use support::{Bench, decks, large_deck_source, large_phased_deck_source};

fn browsing(c: &mut Criterion) {
    for (name, deck) in decks() {
        let mut bench = Bench::new(deck);
        let mut down = true;
        c.bench_function(&format!("browse keystroke/{name}"), |b| {
            b.iter(|| {
                // Down then Up, so the selection never sticks at an end.
                bench.key(if down { KeyCode::Down } else { KeyCode::Up });
                down = !down;
            })
        });
    }
}

fn searching(c: &mut Criterion) {
    let keys = Bench::search_keys();
    for (name, deck) in decks() {
        let mut bench = Bench::new(deck);
        bench.key(KeyCode::Char('/'));
        let mut next = 0;
        let mut group = c.benchmark_group("search keystroke");
        if name == "100k" {
            group.sample_size(20);
        }
        group.bench_function(name, |b| {
            b.iter(|| {
                // As the explorer handles it: the query line, then the ranked results.
                bench.key_as_typed(keys[next]);
                next = (next + 1) % keys.len();
            })
        });
        group.finish();
    }
}

fn loading(c: &mut Criterion) {
    c.bench_function("deck load/builtin", |b| {
        b.iter(|| Deck::parse(black_box(BUILTIN_SOURCE), "builtin").expect("valid"))
    });
    let large = large_deck_source();
    let mut group = c.benchmark_group("deck load");
    group.sample_size(10);
    group.bench_function("100k", |b| {
        b.iter(|| Deck::parse(black_box(&large), "synthetic").expect("valid"))
    });
    // The same deck with every duty naming one of five phases: what the phase costs to check.
    let phased = large_phased_deck_source();
    group.bench_function("100k phases", |b| {
        b.iter(|| Deck::parse(black_box(&phased), "synthetic").expect("valid"))
    });
    group.finish();
}

/// What the explorer adds to loading before its first screen: the search index.
fn indexing(c: &mut Criterion) {
    for (name, deck) in decks() {
        let mut group = c.benchmark_group("search index");
        if name == "100k" {
            group.sample_size(10);
        }
        group.bench_function(name, |b| b.iter(|| Searcher::new(black_box(&deck))));
        group.finish();
    }
}

criterion_group!(benches, browsing, searching, loading, indexing);
criterion_main!(benches);
