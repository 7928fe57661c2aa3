//! Large decks made up from a fixed vocabulary, the same for a given size and seed: for
//! benchmarks, the fzf comparison and stress tests (nothing here is shipped content). Titles
//! average 19 characters and details with sides 111 (the built-in deck's: 17 and 146), and
//! titles are distinct, so a large deck costs about what a real one of that size would.

use std::fmt::Write;

/// The seed every measurement uses (benches, scripts), so they all see the same deck.
pub const BENCH_SEED: u64 = 42;

const VERBS: &[&str] = &[
    "Casting",
    "Editing",
    "Framing",
    "Hiring",
    "Scouting",
    "Lighting",
    "Budgeting",
    "Pitching",
    "Cutting",
    "Mixing",
    "Booking",
    "Staging",
    "Scoring",
    "Dubbing",
    "Grading",
    "Filming",
    "Writing",
    "Planning",
    "Selling",
    "Leading",
    "Coaching",
    "Touring",
    "Shooting",
    "Renting",
    "Sourcing",
    "Timing",
    "Dressing",
    "Rigging",
    "Guiding",
    "Testing",
    "Marking",
    "Checking",
    "Funding",
    "Pricing",
    "Storing",
    "Logging",
    "Sorting",
    "Keying",
    "Syncing",
    "Routing",
];
const ADJECTIVES: &[&str] = &[
    "new", "wide", "late", "raw", "long", "short", "night", "day", "key", "main", "side", "rough",
    "final", "rush", "extra", "spare", "local", "union", "stunt", "dry", "wet", "test", "pilot",
    "lead", "small", "big", "close", "far", "high", "low", "hot", "cold", "first", "last", "next",
    "full", "half", "live", "mock", "prop", "set", "crew", "cast", "film", "studio", "indie",
    "epic", "quiet", "loud", "fast",
];
const NOUNS: &[&str] = &[
    "shots", "crew", "sets", "scenes", "takes", "reels", "props", "lights", "lenses", "cues",
    "scripts", "notes", "deals", "funds", "costs", "sites", "roles", "lines", "cuts", "frames",
    "sounds", "stunts", "extras", "permits", "fees", "dates", "calls", "maps", "boards", "wraps",
    "gear", "vans", "rooms", "stages", "plans", "rates", "terms", "posters", "teasers", "prints",
    "masters", "drafts", "edits", "mixes", "grades", "titles", "credits", "rights", "sales",
    "screens",
];
const SENTENCES: &[&str] = &[
    "It keeps the production on schedule and the team informed.",
    "It shapes how the story feels to the audience on screen.",
    "It involves careful planning with several departments.",
    "Mistakes here cost money and time later in production.",
    "It calls for patience, tact and a clear sense of priorities.",
    "It is mostly done before principal photography begins.",
    "It continues after the shoot, during editing and release.",
    "It depends on good relations with agents and suppliers.",
    "It asks for a sharp eye for detail and continuity.",
    "It means weighing creative wishes against the budget.",
    "It is often delegated, but the result stays your call.",
    "It requires clear, quick communication on a busy set.",
];

/// The phases of [`deck_source_with_phases`]'s deck: the built-in deck's five.
const PHASES: [&str; 5] = [
    "development",
    "pre-production",
    "production",
    "post-production",
    "release",
];

/// RON text of a deck with two roles and `items` items spread over the three panes
/// (45% duties, 45% skills, 10% differences).
pub fn deck_source(items: usize, seed: u64) -> String {
    source(items, seed, false)
}

/// [`deck_source`]'s deck with five phases, every duty in one of them in turn: what loading
/// costs when every duty names a phase. The rest of the deck is the same.
pub fn deck_source_with_phases(items: usize, seed: u64) -> String {
    source(items, seed, true)
}

fn source(items: usize, seed: u64, phases: bool) -> String {
    let mut rng = fastrand::Rng::with_seed(seed);
    let differences = items / 10;
    let duties = (items - differences) / 2;
    let skills = items - differences - duties;
    let combinations = VERBS.len() * ADJECTIVES.len() * NOUNS.len();
    // A random start and a step coprime with the number of combinations walk distinct titles.
    let start = rng.usize(..combinations);
    let step = 7919;
    let title = |n: usize| {
        let mut k = (start + n * step) % combinations;
        let noun = NOUNS[k % NOUNS.len()];
        k /= NOUNS.len();
        let adjective = ADJECTIVES[k % ADJECTIVES.len()];
        let verb = VERBS[k / ADJECTIVES.len()];
        let repeat = n / combinations;
        if repeat == 0 {
            format!("{verb} {adjective} {noun}")
        } else {
            format!("{verb} {adjective} {noun} {}", repeat + 1)
        }
    };
    let mut out = String::with_capacity(items * 200);
    out.push_str("(\n    id: \"synthetic\",\n    title: \"Synthetic deck\",\n");
    out.push_str("    source: \"generated for benchmarks\",\n    roles: [\n");
    out.push_str("        (id: \"director\", name: \"Director\"),\n");
    out.push_str("        (id: \"producer\", name: \"Producer\"),\n    ],\n");
    if phases {
        out.push_str("    phases: [\n");
        for phase in PHASES {
            let _ = writeln!(out, "        (id: \"{phase}\", name: \"{phase}\"),");
        }
        out.push_str("    ],\n");
    }
    let mut n = 0;
    for (pane, count) in [("duties", duties), ("skills", skills)] {
        let _ = writeln!(out, "    {pane}: [");
        for _ in 0..count {
            let roles = match rng.u8(..3) {
                0 => "\"director\"",
                1 => "\"producer\"",
                _ => "\"director\", \"producer\"",
            };
            let first = SENTENCES[rng.usize(..SENTENCES.len())];
            let second = SENTENCES[rng.usize(..SENTENCES.len())];
            // Drawn from `n`, not the generator, so the rest of the deck stays the same.
            let phase = match (phases, pane) {
                (true, "duties") => format!(", phase: \"{}\"", PHASES[n % PHASES.len()]),
                _ => String::new(),
            };
            let _ = writeln!(
                out,
                "        (id: \"item-{n}\", title: \"{}\", detail: \"{first} {second}\", roles: [{roles}]{phase}, weight: {}),",
                title(n),
                rng.u8(1..=3)
            );
            n += 1;
        }
        out.push_str("    ],\n");
    }
    out.push_str("    differences: [\n");
    for _ in 0..differences {
        let _ = writeln!(
            out,
            "        (id: \"item-{n}\", title: \"{}\", sides: {{\"director\": \"{}\", \"producer\": \"{}\"}}),",
            title(n),
            SENTENCES[rng.usize(..SENTENCES.len())],
            SENTENCES[rng.usize(..SENTENCES.len())]
        );
        n += 1;
    }
    out.push_str("    ],\n)\n");
    out
}

/// The titles of [`deck_source`]'s deck, one per line, in deck order: what fzf is given.
pub fn titles(items: usize, seed: u64) -> Vec<String> {
    let source = deck_source(items, seed);
    source
        .lines()
        .filter_map(|line| line.split_once("title: \"").map(|(_, rest)| rest))
        .filter_map(|rest| rest.split_once('"').map(|(title, _)| title.to_string()))
        .skip(1) // the deck's own title
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::{Deck, Pane};

    #[test]
    fn a_generated_deck_validates_with_the_asked_size_and_distinct_titles() {
        let deck = Deck::parse(&deck_source(1000, 1), "synthetic").expect("valid");
        assert_eq!(deck.items().len(), 1000);
        assert_eq!(deck.pane_items(Pane::Differences).len(), 100);
        let mut titles: Vec<&str> = deck.items().map(|i| &*i.title).collect();
        titles.sort_unstable();
        titles.dedup();
        assert_eq!(titles.len(), 1000);
        assert_eq!(deck_source(1000, 1), deck_source(1000, 1));
        assert_ne!(deck_source(1000, 1), deck_source(1000, 2));
    }

    #[test]
    fn the_deck_with_phases_is_the_same_deck_with_every_duty_in_a_phase() {
        let plain = Deck::parse(&deck_source(1000, 1), "plain").expect("valid");
        let phased = Deck::parse(&deck_source_with_phases(1000, 1), "phased").expect("valid");
        assert_eq!(phased.phases.len(), PHASES.len());
        assert!(!plain.has_phases());
        for (a, b) in plain.items().zip(phased.items()) {
            assert_eq!(
                (&a.id, &a.title, &a.detail, a.weight),
                (&b.id, &b.title, &b.detail, b.weight)
            );
            assert_eq!(a.roles().collect::<Vec<_>>(), b.roles().collect::<Vec<_>>());
            assert!(a.phase().is_none());
            assert_eq!(b.phase().is_some(), b.pane == Pane::Duties, "{}", b.id);
        }
        assert_eq!(plain.len(), phased.len());
    }

    #[test]
    fn titles_are_the_decks_titles_in_order() {
        let deck = Deck::parse(&deck_source(50, 3), "synthetic").expect("valid");
        let expected: Vec<String> = deck.items().map(|i| i.title.to_string()).collect();
        assert_eq!(titles(50, 3), expected);
    }
}
