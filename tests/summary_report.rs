//! The explained result and the report: figures equal to the fit module's, strengths and gaps
//! heaviest first, the swap suggestion (that it swaps the lead, and that no smaller set does), and
//! the Markdown and JSON documents.

use std::collections::BTreeSet;
use std::path::PathBuf;

use rolefit::deck::{Deck, ItemKind, Pane};
use rolefit::fit::{self, Reading};
use rolefit::marks::{Mark, Marks};
use rolefit::report::{self, NOT_A_VERDICT, round_one_decimal};
use rolefit::summary::{Change, Summary, summarise};
use serde_json::Value;

/// Eight items with varied weights: four duties, two skills, two differences.
const SMALL: &str = r#"(
    id: "small",
    title: "Small",
    roles: [
        (id: "director", name: "Director"),
        (id: "producer", name: "Producer"),
    ],
    duties: [
        (id: "d-heavy", title: "D heavy", roles: ["director"], weight: 3),
        (id: "d-light", title: "D light", roles: ["director"], weight: 1),
        (id: "p-mid", title: "P mid", roles: ["producer"], weight: 2),
        (id: "p-heavy", title: "P heavy", roles: ["producer"], weight: 5),
    ],
    skills: [
        (id: "shared", title: "Shared", roles: ["director", "producer"], weight: 2),
        (id: "d-skill", title: "D skill", roles: ["director"], weight: 4),
    ],
    differences: [
        (
            id: "x-big",
            title: "X big",
            sides: {"director": "One way.", "producer": "The other way."},
            weight: 2,
        ),
        (
            id: "x-small",
            title: "X small",
            sides: {"producer": "This way.", "director": "That way."},
            weight: 1,
        ),
    ],
)"#;

fn small() -> Deck {
    Deck::parse(SMALL, "small deck").unwrap()
}

fn builtin() -> Deck {
    Deck::builtin().unwrap()
}

fn three_roles() -> Deck {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/decks/three-roles.ron");
    Deck::load(&path).unwrap()
}

fn index(deck: &Deck, id: &str) -> usize {
    deck.item_index(id)
        .unwrap_or_else(|| panic!("no item `{id}`"))
}

fn role(deck: &Deck, id: &str) -> usize {
    deck.role_index(id).unwrap()
}

fn marked(deck: &Deck, have: &[&str], leans: &[(&str, &str)]) -> Marks {
    let mut marks = Marks::for_deck(deck);
    for id in have {
        marks.set(index(deck, id), Some(Mark::Have));
    }
    for (item, to) in leans {
        marks.set(index(deck, item), Some(Mark::Lean(role(deck, to))));
    }
    marks
}

/// Every way to answer every item of `deck`: traits had or not, differences unanswered or leaning
/// to one of their sides.
fn every_mark_set(deck: &Deck) -> Vec<Marks> {
    let mut all = vec![Marks::for_deck(deck)];
    for (item, entry) in deck.items().enumerate() {
        let options: Vec<Option<Mark>> = match &entry.kind {
            ItemKind::Trait { .. } => vec![None, Some(Mark::Have)],
            ItemKind::Difference { sides } => std::iter::once(None)
                .chain(sides.iter().map(|s| Some(Mark::Lean(s.role))))
                .collect(),
        };
        all = all
            .into_iter()
            .flat_map(|marks| {
                options.iter().map(move |&option| {
                    let mut next = marks.clone();
                    next.set(item, option);
                    next
                })
            })
            .collect();
    }
    all
}

fn leader(marks: &Marks, deck: &Deck) -> Option<usize> {
    match fit::reading(&fit::score(deck, marks)) {
        Reading::Leading { role, .. } => Some(role),
        Reading::Even => None,
    }
}

/// Every single new answer that could help `target`: have an unmarked trait, lean a difference
/// to `target` where it does not already.
fn candidate_changes(deck: &Deck, marks: &Marks, target: usize) -> Vec<Change> {
    let mut changes = Vec::new();
    for (item, entry) in deck.items().enumerate() {
        match (&entry.kind, marks.get(item)) {
            (ItemKind::Trait { .. }, None) => changes.push(Change::Have(item)),
            (ItemKind::Difference { .. }, current)
                if entry.counts_for(target) && current != Some(Mark::Lean(target)) =>
            {
                changes.push(Change::Lean(item, target));
            }
            _ => {}
        }
    }
    changes
}

fn applied(marks: &Marks, changes: &[Change]) -> Marks {
    let mut marks = marks.clone();
    for &change in changes {
        change.apply(&mut marks);
    }
    marks
}

/// The size of the smallest subset of `candidates` after which `target` leads, by brute force.
fn smallest_swap(deck: &Deck, marks: &Marks, target: usize) -> Option<usize> {
    let candidates = candidate_changes(deck, marks, target);
    assert!(candidates.len() <= 16, "brute force is for small decks");
    (0u32..1 << candidates.len())
        .filter(|subset| {
            let chosen: Vec<Change> = candidates
                .iter()
                .enumerate()
                .filter(|(i, _)| subset & (1 << i) != 0)
                .map(|(_, &c)| c)
                .collect();
            leader(&applied(marks, &chosen), deck) == Some(target)
        })
        .map(|subset| subset.count_ones() as usize)
        .min()
}

/// Describes a mark set for failure messages.
fn show(deck: &Deck, marks: &Marks) -> String {
    marks
        .iter()
        .map(|(item, mark)| match mark {
            Mark::Have => deck.item(item).id.to_string(),
            Mark::Lean(r) => format!("{}={}", deck.item(item).id, deck.roles[r].id),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The suggestion must swap the lead when applied, and no smaller set of answers may.
fn check_swap_is_smallest(deck: &Deck, marks: &Marks) -> Result<(), String> {
    let summary = summarise(deck, marks);
    let fits = fit::score(deck, marks);
    let (lead, over) = match fit::reading(&fits) {
        Reading::Even => {
            return match summary.to_swap_lead {
                None => Ok(()),
                Some(swap) => Err(format!("even, yet a swap is suggested: {swap:?}")),
            };
        }
        Reading::Leading { role, over, .. } => (role, over),
    };
    let swap = summary
        .to_swap_lead
        .ok_or_else(|| "a leader but no swap suggestion".to_string())?;
    if swap.new_leader != over {
        return Err(format!(
            "new leader {} is not the runner-up {over}",
            swap.new_leader
        ));
    }
    let smallest = smallest_swap(deck, marks, over);
    let after = leader(&applied(marks, &swap.changes), deck);
    match smallest {
        None if swap.changes.is_empty() => Ok(()),
        None => Err(format!(
            "no swap exists, yet {:?} is suggested",
            swap.changes
        )),
        Some(_) if swap.changes.is_empty() => Err(format!(
            "a swap of {} answers exists, but none is suggested (lead {lead})",
            smallest.unwrap()
        )),
        Some(_) if after != Some(over) => Err(format!(
            "{:?} does not swap the lead: leader afterwards {after:?}",
            swap.changes
        )),
        Some(n) if swap.changes.len() > n => Err(format!(
            "{:?} has {} answers, but {n} suffice",
            swap.changes,
            swap.changes.len()
        )),
        Some(_) => Ok(()),
    }
}

/// Checks the suggestion against brute force for each of `all`, listing the first failures.
fn assert_swap_is_smallest_for_all(deck: &Deck, all: &[Marks]) {
    let failures: Vec<String> = all
        .iter()
        .filter_map(|marks| {
            check_swap_is_smallest(deck, marks)
                .err()
                .map(|e| format!("[{}]: {e}", show(deck, marks)))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} mark sets fail, e.g.\n{}",
        failures.len(),
        all.len(),
        failures
            .iter()
            .take(8)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_swap_suggestion_is_the_smallest_on_every_mark_set_of_a_small_deck() {
    let deck = small();
    let all = every_mark_set(&deck);
    assert_eq!(all.len(), 64 * 9);
    assert_swap_is_smallest_for_all(&deck, &all);
}

#[test]
fn the_swap_suggestion_is_the_smallest_with_three_roles() {
    let deck = three_roles();
    let all = every_mark_set(&deck);
    assert_swap_is_smallest_for_all(&deck, &all);
}

/// A two-role deck built from `(id, roles, weight)` traits and difference weights.
fn two_roles(traits: &[(&str, &[&str], u32)], differences: &[(&str, u32)]) -> Deck {
    let duties: String = traits
        .iter()
        .map(|(id, roles, weight)| {
            let roles: Vec<String> = roles.iter().map(|r| format!("{r:?}")).collect();
            format!(
                "(id: {id:?}, title: {id:?}, roles: [{}], weight: {weight}),",
                roles.join(", ")
            )
        })
        .collect();
    let differences: String = differences
        .iter()
        .map(|(id, weight)| {
            format!(
                "(id: {id:?}, title: {id:?}, sides: {{\"a\": \"A\", \"b\": \"B\"}}, weight: {weight}),"
            )
        })
        .collect();
    let text = format!(
        "(id: \"two\", title: \"Two\", roles: [(id: \"a\", name: \"Aaa\"), (id: \"b\", name: \"Bbb\")], \
         duties: [{duties}], differences: [{differences}])"
    );
    Deck::parse(&text, "two roles").unwrap()
}

#[test]
fn a_third_role_does_not_make_the_suggestion_longer() {
    // Producer leads 14% to 0% on one lean. Leaning `when-they-work` to Director alone puts
    // Director ahead (11% to 0%); the suggestion first marks Storytelling, which lifts Writer to
    // 38% above Director's 33%, and then needs the lean as well.
    let deck = three_roles();
    let marks = marked(&deck, &[], &[("when-they-work", "producer")]);
    let director = role(&deck, "director");
    let lean = Change::Lean(index(&deck, "when-they-work"), director);
    assert_eq!(leader(&applied(&marks, &[lean]), &deck), Some(director));
    let swap = summarise(&deck, &marks).to_swap_lead.unwrap();
    assert_eq!(swap.new_leader, director);
    // Another single answer may do as well; what matters is that one is enough and it works.
    assert_eq!(swap.changes.len(), 1, "{:?}", swap.changes);
    assert_eq!(
        leader(&applied(&marks, &swap.changes), &deck),
        Some(director)
    );
}

#[test]
fn a_rounding_tie_does_not_make_the_suggestion_longer() {
    let deck = two_roles(
        &[
            ("t0", &["a"], 8),
            ("t1", &["a", "b"], 10),
            ("t2", &["a", "b"], 4),
            ("t3", &["a", "b"], 1),
            ("t4", &["a"], 6),
            ("t5", &["a"], 4),
        ],
        &[("x0", 2), ("x1", 2)],
    );
    let marks = marked(&deck, &["t0", "t1", "t3", "t4"], &[]);
    // Aaa 25/37 = 67.6%, Bbb 11/19 = 57.9%.
    assert_eq!(leader(&marks, &deck), Some(0));
    // Having t2 alone: Aaa 29/37 = 78.4% (78), Bbb 15/19 = 78.9% (79).
    let one = [Change::Have(index(&deck, "t2"))];
    assert_eq!(leader(&applied(&marks, &one), &deck), Some(1));
    assert_eq!(smallest_swap(&deck, &marks, 1), Some(1));
    let swap = summarise(&deck, &marks).to_swap_lead.unwrap();
    assert_eq!(swap.changes.len(), 1, "suggested {:?}", swap.changes);
}

#[test]
fn a_swap_that_exists_is_suggested() {
    let deck = two_roles(
        &[
            ("t0", &["a"], 10),
            ("t1", &["a"], 1),
            ("t2", &["b"], 4),
            ("t3", &["b"], 8),
            ("t4", &["a", "b"], 6),
            ("t5", &["a", "b"], 7),
            ("t6", &["a", "b"], 1),
            ("t7", &["a", "b"], 3),
        ],
        &[],
    );
    let marks = marked(&deck, &["t0", "t1", "t3", "t4", "t5"], &[]);
    // Aaa 24/28 = 85.7%, Bbb 21/29 = 72.4%.
    assert_eq!(leader(&marks, &deck), Some(0));
    // Having t2 and t6: Aaa 25/28 = 89.3% (89), Bbb 26/29 = 89.7% (90).
    let two = [
        Change::Have(index(&deck, "t2")),
        Change::Have(index(&deck, "t6")),
    ];
    assert_eq!(leader(&applied(&marks, &two), &deck), Some(1));
    let summary = summarise(&deck, &marks);
    let swap = summary.to_swap_lead.clone().unwrap();
    assert!(
        !swap.changes.is_empty(),
        "the report says: {}",
        report::swap_sentence(&deck, &swap)
    );
    assert_eq!(leader(&applied(&marks, &swap.changes), &deck), Some(1));
    assert_eq!(swap.changes.len(), 2);
}

#[test]
fn the_swap_suggestion_swaps_the_lead_on_the_builtin_deck() {
    let deck = builtin();
    let director_duties: Vec<&str> = deck
        .pane_items(Pane::Duties)
        .take(7)
        .map(|i| i.id)
        .collect();
    let cases: Vec<Marks> = vec![
        marked(&deck, &director_duties[..1], &[]),
        marked(&deck, &director_duties[..3], &[]),
        marked(&deck, &director_duties, &[]),
        marked(&deck, &director_duties[..2], &[("focus", "director")]),
        marked(
            &deck,
            &["marketing", "distribution", "leadership"],
            &[("crew", "producer"), ("focus", "producer")],
        ),
        marked(
            &deck,
            &director_duties[..4],
            &[
                ("focus", "director"),
                ("crew", "director"),
                ("how-they-lead", "director"),
            ],
        ),
    ];
    for marks in &cases {
        let summary = summarise(&deck, marks);
        let Reading::Leading {
            role: lead, over, ..
        } = summary.reading
        else {
            panic!("[{}] should have a leader", show(&deck, marks));
        };
        let swap = summary.to_swap_lead.expect("a suggestion");
        assert_eq!(swap.new_leader, over);
        assert!(!swap.changes.is_empty(), "[{}]", show(&deck, marks));
        let after = applied(marks, &swap.changes);
        assert_eq!(
            leader(&after, &deck),
            Some(over),
            "[{}] + {:?} should put the runner-up ahead of {lead}",
            show(&deck, marks),
            swap.changes
        );
        // No answer in it is redundant: leaving any one out no longer swaps.
        for skip in 0..swap.changes.len() {
            let mut fewer = swap.changes.clone();
            fewer.remove(skip);
            assert_ne!(
                leader(&applied(marks, &fewer), &deck),
                Some(over),
                "[{}]: {:?} is not needed",
                show(&deck, marks),
                swap.changes[skip]
            );
        }
        // Each change is a new answer.
        let items: BTreeSet<usize> = swap.changes.iter().map(|c| c.item()).collect();
        assert_eq!(items.len(), swap.changes.len());
        for change in &swap.changes {
            match *change {
                Change::Have(item) => assert_eq!(marks.get(item), None),
                Change::Lean(item, to) => {
                    assert_eq!(to, over);
                    assert_ne!(marks.get(item), Some(Mark::Lean(over)));
                }
            }
        }
    }
}

#[test]
fn even_gives_no_suggestion() {
    for deck in [small(), builtin(), three_roles()] {
        let summary = summarise(&deck, &Marks::for_deck(&deck));
        assert_eq!(summary.reading, Reading::Even);
        assert_eq!(summary.to_swap_lead, None);
        let json: Value = serde_json::from_str(&report::json(&deck, &summary).unwrap()).unwrap();
        assert_eq!(json["to_swap_lead"], Value::Array(vec![]));
        assert!(!report::markdown(&deck, &summary).contains("What would change the lead"));
    }
    // Even with marks: one director and one producer duty, 1/34 and 1/36, both 3%.
    let deck = builtin();
    let marks = marked(&deck, &["framing-shots", "marketing"], &[]);
    let summary = summarise(&deck, &marks);
    assert_eq!(summary.reading, Reading::Even);
    assert_eq!(summary.to_swap_lead, None);
    let text = report::markdown(&deck, &summary);
    assert!(text.contains("**Even.**"), "{text}");
}

fn weights(deck: &Deck, items: &[usize]) -> Vec<u32> {
    items.iter().map(|&i| deck.item(i).weight).collect()
}

fn is_heaviest_first(weights: &[u32]) -> bool {
    weights.windows(2).all(|w| w[0] >= w[1])
}

#[test]
fn strengths_and_gaps_are_heaviest_first() {
    let deck = small();
    let marks = marked(
        &deck,
        &["d-light", "d-heavy", "d-skill", "p-mid"],
        &[("x-big", "producer"), ("x-small", "director")],
    );
    let summary = summarise(&deck, &marks);
    let director = &summary.roles[role(&deck, "director")];
    let producer = &summary.roles[role(&deck, "producer")];
    let ids = |items: &[usize]| -> Vec<&str> { items.iter().map(|&i| deck.item(i).id).collect() };
    assert_eq!(
        ids(&director.strengths),
        ["d-skill", "d-heavy", "d-light", "x-small"]
    );
    assert_eq!(ids(&director.gaps), ["shared", "x-big"]);
    // Equal weights keep deck order: the duty before the difference.
    assert_eq!(ids(&producer.strengths), ["p-mid", "x-big"]);
    assert_eq!(ids(&producer.gaps), ["p-heavy", "shared", "x-small"]);

    // On every mark set: sorted, and together exactly the items that count for the role.
    for marks in every_mark_set(&deck) {
        let summary = summarise(&deck, &marks);
        for (r, role_summary) in summary.roles.iter().enumerate() {
            assert_eq!(role_summary.role, r);
            assert!(is_heaviest_first(&weights(&deck, &role_summary.strengths)));
            assert!(is_heaviest_first(&weights(&deck, &role_summary.gaps)));
            let mut all: Vec<usize> = role_summary
                .strengths
                .iter()
                .chain(&role_summary.gaps)
                .copied()
                .collect();
            all.sort_unstable();
            let counting: Vec<usize> = (0..deck.items().len())
                .filter(|&i| deck.item(i).counts_for(r))
                .collect();
            assert_eq!(all, counting);
            let fit = &summary.fits[r];
            assert_eq!(role_summary.strengths.len(), fit.have);
        }
    }
}

#[test]
fn the_summary_figures_are_the_fit_modules() {
    let deck = builtin();
    let marks = marked(
        &deck,
        &["framing-shots", "leadership", "negotiation"],
        &[("focus", "producer")],
    );
    let summary = summarise(&deck, &marks);
    assert_eq!(summary.fits, fit::score(&deck, &marks));
    assert_eq!(summary.reading, fit::reading(&summary.fits));
    assert_eq!(
        summary.leans,
        vec![(index(&deck, "focus"), role(&deck, "producer"))]
    );
}

fn report_json(deck: &Deck, marks: &Marks) -> (Summary, Value) {
    let summary = summarise(deck, marks);
    let text = report::json(deck, &summary).unwrap();
    (
        summary,
        serde_json::from_str(&text).expect("the report is JSON"),
    )
}

fn keys(value: &Value) -> BTreeSet<&str> {
    value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect()
}

#[test]
fn the_json_report_has_exactly_the_documented_shape() {
    let deck = builtin();
    let marks = marked(
        &deck,
        &["framing-shots", "coaching-actors", "leadership"],
        &[("focus", "director"), ("crew", "producer")],
    );
    let (summary, json) = report_json(&deck, &marks);
    assert_eq!(
        keys(&json),
        BTreeSet::from(["deck", "roles", "leans", "to_swap_lead"])
    );
    assert_eq!(json["deck"], "director-vs-producer");
    let roles = json["roles"].as_array().unwrap();
    assert_eq!(roles.len(), 2);
    let fits = fit::score(&deck, &marks);
    for (entry, fit) in roles.iter().zip(&fits) {
        assert_eq!(
            keys(entry),
            BTreeSet::from(["id", "name", "fit", "have", "total", "strengths", "gaps"])
        );
        assert_eq!(entry["id"], deck.roles[fit.role].id.as_str());
        assert_eq!(entry["name"], deck.roles[fit.role].name.as_str());
        assert_eq!(
            entry["fit"].as_f64().unwrap(),
            round_one_decimal(fit.percent)
        );
        assert_eq!(entry["have"].as_u64().unwrap() as usize, fit.have);
        assert_eq!(entry["total"].as_u64().unwrap() as usize, fit.total);
        for list in ["strengths", "gaps"] {
            let ids: Vec<&str> = entry[list]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().expect("ids are strings"))
                .collect();
            for id in &ids {
                assert!(deck.item_index(id).is_some(), "{id}");
            }
            let items: Vec<usize> = ids.iter().map(|id| index(&deck, id)).collect();
            assert!(
                is_heaviest_first(&weights(&deck, &items)),
                "{list}: {ids:?}"
            );
        }
        let r = fit.role;
        let strengths: Vec<&str> = summary.roles[r]
            .strengths
            .iter()
            .map(|&i| deck.item(i).id)
            .collect();
        assert_eq!(entry["strengths"], serde_json::json!(strengths));
    }
    assert_eq!(
        json["leans"],
        serde_json::json!({"focus": "director", "crew": "producer"})
    );
    let swap: Vec<&str> = json["to_swap_lead"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let expected: Vec<&str> = summary
        .to_swap_lead
        .as_ref()
        .unwrap()
        .changes
        .iter()
        .map(|c| deck.item(c.item()).id)
        .collect();
    assert_eq!(swap, expected);
    assert!(!swap.is_empty());
}

#[test]
fn json_fits_equal_the_fit_modules_on_every_mark_set_of_a_small_deck() {
    let deck = small();
    for marks in every_mark_set(&deck) {
        let (_, json) = report_json(&deck, &marks);
        let fits = fit::score(&deck, &marks);
        for (entry, fit) in json["roles"].as_array().unwrap().iter().zip(&fits) {
            assert_eq!(
                entry["fit"].as_f64().unwrap(),
                round_one_decimal(fit.percent)
            );
            assert_eq!(entry["have"].as_u64().unwrap() as usize, fit.have);
            assert_eq!(entry["total"].as_u64().unwrap() as usize, fit.total);
        }
    }
}

#[test]
fn round_one_decimal_rounds_to_tenths() {
    assert_eq!(round_one_decimal(0.0), 0.0);
    assert_eq!(round_one_decimal(100.0), 100.0);
    assert_eq!(round_one_decimal(100.0 * 2.0 / 34.0), 5.9);
    assert_eq!(round_one_decimal(100.0 / 3.0), 33.3);
    assert_eq!(round_one_decimal(200.0 / 3.0), 66.7);
}

#[test]
fn the_markdown_report_has_the_note_the_table_and_what_to_grow_toward() {
    let deck = builtin();
    let marks = marked(
        &deck,
        &["framing-shots", "coaching-actors"],
        &[("focus", "director")],
    );
    let summary = summarise(&deck, &marks);
    let text = report::markdown(&deck, &summary);
    assert!(
        text.starts_with("# rolefit: Director vs. Producer\n"),
        "{text}"
    );
    assert!(text.contains(NOT_A_VERDICT), "{text}");
    assert!(text.contains("not a verdict"));
    assert!(text.contains("| Role | Fit | Items |"), "{text}");
    for fit in &summary.fits {
        let row = format!(
            "| {} | {}% | {}/{} |",
            deck.roles[fit.role].name,
            fit.rounded(),
            fit.have,
            fit.total
        );
        assert!(text.contains(&row), "{row} missing from\n{text}");
    }
    assert!(text.contains("To grow toward Director:"), "{text}");
    assert!(text.contains("To grow toward Producer:"), "{text}");
    assert!(text.contains("## Your leans"), "{text}");
    assert!(text.contains("- Focus: Director ("), "{text}");
    assert!(text.contains("**Leaning Director by"), "{text}");
    assert!(text.contains("## What would change the lead"), "{text}");
    let swap = summary.to_swap_lead.as_ref().unwrap();
    assert!(text.contains(&report::swap_sentence(&deck, swap)), "{text}");
    assert!(report::swap_sentence(&deck, swap).ends_with("and Producer leads."));
    // Long lists end in "N more".
    assert!(text.contains(" more"), "{text}");
}

#[test]
fn the_markdown_report_of_no_marks_says_none_yet_and_even() {
    let deck = small();
    let text = report::markdown(&deck, &summarise(&deck, &Marks::for_deck(&deck)));
    assert!(text.contains("| Director | 0% | 0/6 |"), "{text}");
    assert!(text.contains("| Producer | 0% | 0/5 |"), "{text}");
    assert!(text.contains("- Strengths: none yet"), "{text}");
    assert!(text.contains("**Even.**"), "{text}");
    assert!(!text.contains("## Your leans"));
}

#[test]
fn join_and_reads_naturally() {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(report::join_and(&s(&[])), "");
    assert_eq!(report::join_and(&s(&["A"])), "A");
    assert_eq!(report::join_and(&s(&["A", "B"])), "A and B");
    assert_eq!(report::join_and(&s(&["A", "B", "C"])), "A, B and C");
}
