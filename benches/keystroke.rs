//! Criterion benchmarks: a browsing keystroke, a search keystroke, loading the deck, indexing
//! it for search, the exact swap search, the snapshot diff and the peers' view, on the built-in deck and on a generated
//! 100,000-item deck.
//! `benches/latency.rs` reports percentiles.

mod support;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::crossterm::event::KeyCode;
use rolefit::deck::{BUILTIN_SOURCE, Deck};
use rolefit::fit;
use rolefit::history::{History, store};
use rolefit::marks::{Mark, Marks};
use rolefit::peers::Peers;
use rolefit::search::Searcher;
use rolefit::session::SavedMark;
use rolefit::swap;
use std::collections::BTreeMap;
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

/// The exact search for the fewest answers that swap the lead, on the 100k deck: every third
/// duty or skill of the lead had, then the same with three deal-breakers shared by both roles:
/// every role screened, the search's worst case, where each subset of the runner-up's
/// deal-breakers is tried before the marks.
fn swapping(c: &mut Criterion) {
    let deck = Deck::parse(&large_deck_source(), "synthetic").expect("synthetic deck");
    let mut marks = Marks::for_deck(&deck);
    for (index, item) in deck.items().enumerate() {
        if index.is_multiple_of(3) && !item.is_difference() && item.counts_for(0) {
            marks.set(index, Some(Mark::Have));
        }
    }
    let lead = fit::reading(&fit::score(&deck, &marks))
        .lead()
        .expect("a lead");
    let target = 1 - lead;
    let mut refused = marks.clone();
    deck.items()
        .enumerate()
        .filter(|(index, item)| {
            marks.get(*index).is_none()
                && !item.is_difference()
                && item.counts_for(target)
                && item.counts_for(lead)
        })
        .take(3)
        .for_each(|(index, _)| refused.set(index, Some(Mark::Refuse)));
    let mut group = c.benchmark_group("swap search");
    group.sample_size(10);
    for (name, marks) in [("100k", &marks), ("100k refusals", &refused)] {
        let fits = fit::score(&deck, marks);
        group.bench_function(name, |b| {
            b.iter(|| swap::fewest_changes_to_lead(&deck, black_box(marks), &fits, target))
        });
    }
    group.finish();
}

/// `rolefit diff` less the process and the deck: read a history of 10 snapshots on the 100k
/// deck (each answering a tenth of it), restore the latest and the session's answers, compare.
fn diffing(c: &mut Criterion) {
    let deck = Deck::parse(&large_deck_source(), "synthetic").expect("synthetic deck");
    let answers = |offset: usize| -> BTreeMap<String, SavedMark> {
        deck.items()
            .enumerate()
            .filter(|(index, item)| (index + offset).is_multiple_of(10) && !item.is_difference())
            .map(|(_, item)| (item.id.to_string(), SavedMark::Have))
            .collect()
    };
    let mut history = History::new(&deck.id);
    let start = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_790_000_000);
    for n in 0..10 {
        history
            .add(&format!("snapshot {n}"), answers(n), start)
            .expect("a new name");
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("bench.snapshots.ron");
    store::save(&history, &path).expect("saved");
    let now = answers(3);
    let mut group = c.benchmark_group("diff");
    group.sample_size(10);
    group.bench_function("100k, 10 snapshots", |b| {
        b.iter(|| {
            let history = store::load(&path, &deck.id).expect("loads");
            let from = rolefit::history::marks_of(&deck, history.latest().expect("one"));
            let to = rolefit::session::marks_from_ids(&deck, &now);
            rolefit::diff::diff(&deck, &from, &to)
        })
    });
    group.finish();
}

/// The peers' view on the 100k deck: read a peers file of 5 peers (each marking a tenth of the
/// deck), restore their marks and sort every trait into the Johari areas beside the user's.
fn merging_peers(c: &mut Criterion) {
    let deck = Deck::parse(&large_deck_source(), "synthetic").expect("synthetic deck");
    let marks = |offset: usize| -> BTreeMap<String, SavedMark> {
        deck.items()
            .enumerate()
            .filter(|(index, item)| (index + offset).is_multiple_of(10) && !item.is_difference())
            .map(|(_, item)| (item.id.to_string(), SavedMark::Have))
            .collect()
    };
    let mut peers = Peers::new(&deck.id);
    for n in 0..5 {
        peers
            .add(&format!("peer {n}"), marks(n), std::time::UNIX_EPOCH)
            .expect("room for five");
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("bench.peers.ron");
    rolefit::peers::store::save(&peers, &path).expect("saved");
    let own = rolefit::session::marks_from_ids(&deck, &marks(7));
    let mut group = c.benchmark_group("peers");
    group.sample_size(10);
    group.bench_function("100k, 5 peers", |b| {
        b.iter(|| {
            let peers = rolefit::peers::store::load(&path, &deck.id).expect("loads");
            rolefit::johari::peer_view(&deck, &own, &peers.marks(&deck))
        })
    });
    group.finish();
}

/// The HTML report of the 100k deck with a tenth of it marked: summary, breakdown and page.
fn html_report(c: &mut Criterion) {
    let deck = Deck::parse(&large_deck_source(), "synthetic").expect("synthetic deck");
    let mut marks = Marks::for_deck(&deck);
    for (index, item) in deck.items().enumerate() {
        if index.is_multiple_of(10) && !item.is_difference() {
            marks.set(index, Some(Mark::Have));
        }
    }
    let page = || {
        let summary = rolefit::summary::summarise(&deck, &marks);
        let parts = rolefit::breakdown::breakdown(&deck, &marks);
        let extras = rolefit::report::html::Extras {
            breakdown: &parts,
            snapshots: Vec::new(),
            peers: None,
        };
        rolefit::report::html::page(&deck, &summary, &extras)
    };
    eprintln!("html report/100k: {} bytes", page().len());
    let mut group = c.benchmark_group("html report");
    group.sample_size(10);
    group.bench_function("100k", |b| b.iter(page));
    group.finish();
}

criterion_group!(
    benches,
    html_report,
    browsing,
    searching,
    loading,
    indexing,
    swapping,
    diffing,
    merging_peers
);
criterion_main!(benches);
