//! Prints a generated deck of N items (RON), or with `--titles` its titles one per line: the
//! inputs of `scripts/compare-fzf.sh` and `scripts/measure.sh`.
//!
//! cargo run --release --example synthetic_deck -- 100000 > deck.ron
//! cargo run --release --example synthetic_deck -- 100000 --titles > titles.txt

use std::io::Write;

use rolefit::deck::synthetic;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let items: usize = match args.next().map(|n| n.parse()) {
        Some(Ok(n)) => n,
        _ => {
            eprintln!("usage: synthetic_deck N [--titles]");
            std::process::exit(2);
        }
    };
    let mut out = std::io::stdout().lock();
    if args.next().as_deref() == Some("--titles") {
        for title in synthetic::titles(items, synthetic::BENCH_SEED) {
            writeln!(out, "{title}")?;
        }
    } else {
        out.write_all(synthetic::deck_source(items, synthetic::BENCH_SEED).as_bytes())?;
    }
    Ok(())
}
