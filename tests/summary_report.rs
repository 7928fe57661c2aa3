//! The explained result and the report: figures equal to the fit module's, strengths and gaps
//! heaviest first, and the Markdown and JSON documents.

use std::collections::BTreeSet;

use rolefit::deck::Deck;
use rolefit::fit;
use rolefit::marks::{Mark, Marks};
use rolefit::report::{self, NOT_A_VERDICT, round_one_decimal};
use rolefit::summary::{Summary, summarise};
use serde_json::Value;

mod common;

use common::builtin_deck;
use common::decks::index;
use common::summary::{every_mark_set, marked, role, small};

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
    let ids = |items: &[usize]| -> Vec<&str> { items.iter().map(|&i| &*deck.item(i).id).collect() };
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
    let deck = builtin_deck();
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
    let deck = builtin_deck();
    let marks = marked(
        &deck,
        &["framing-shots", "coaching-actors", "leadership"],
        &[("focus", "director"), ("crew", "producer")],
    );
    let (summary, json) = report_json(&deck, &marks);
    assert_eq!(
        keys(&json),
        BTreeSet::from([
            "deck",
            "lead",
            "reading",
            "notes",
            "roles",
            "leans",
            "to_swap_lead"
        ])
    );
    assert_eq!(json["deck"], "director-vs-producer");
    let roles = json["roles"].as_array().unwrap();
    assert_eq!(roles.len(), 2);
    let fits = fit::score(&deck, &marks);
    for (entry, fit) in roles.iter().zip(&fits) {
        assert_eq!(
            keys(entry),
            BTreeSet::from([
                "id",
                "name",
                "fit",
                "have",
                "total",
                "strengths",
                "gaps",
                "refused",
                "screened"
            ])
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
            .map(|&i| &*deck.item(i).id)
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
        .map(|c| &*deck.item(c.item()).id)
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
    let deck = builtin_deck();
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

#[test]
fn the_report_lists_deal_breakers_per_role_and_states_the_rule() {
    let deck = builtin_deck();
    let mut marks = marked(
        &deck,
        &["managing-a-budget", "hiring-the-crew", "leadership"],
        &[],
    );
    marks.set(index(&deck, "marketing"), Some(Mark::Refuse));
    let (summary, json) = report_json(&deck, &marks);
    assert_eq!(json["lead"], "director");
    let reading = json["reading"].as_str().unwrap();
    assert!(
        reading.starts_with("Director fits best: Producer leads on traits by ")
            && reading.ends_with(", but you would not do Marketing"),
        "{reading}"
    );
    let roles = json["roles"].as_array().unwrap();
    assert_eq!(roles[0]["refused"], serde_json::json!([]));
    assert_eq!(roles[0]["screened"], false);
    assert_eq!(roles[1]["refused"], serde_json::json!(["marketing"]));
    assert_eq!(roles[1]["screened"], true);

    let text = report::markdown(&deck, &summary);
    assert!(text.contains(&format!("**{reading}.**")), "{text}");
    assert!(text.contains(report::RULE), "{text}");
    assert!(text.contains("- Would not do: Marketing"), "{text}");
    assert_eq!(text.matches("- Would not do:").count(), 1, "{text}");
    // Without a deal-breaker, neither the rule nor the list is shown.
    let plain = report::markdown(
        &deck,
        &summarise(&deck, &marked(&deck, &["marketing"], &[])),
    );
    assert!(
        !plain.contains(report::RULE) && !plain.contains("Would not do"),
        "{plain}"
    );
}

#[test]
fn marking_everything_warns_that_the_answers_are_flat() {
    let deck = builtin_deck();
    let traits: Vec<&str> = deck
        .items()
        .filter(|item| !item.is_difference())
        .map(|item| &*item.id)
        .collect();
    let (summary, json) = report_json(&deck, &marked(&deck, &traits, &[]));
    let notes = json["notes"].as_array().unwrap();
    let kinds: Vec<&str> = notes.iter().map(|n| n["kind"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"flat_answers"), "{notes:?}");
    let text = report::markdown(&deck, &summary);
    assert!(
        text.contains("> ") && text.contains("rolefit assess"),
        "{text}"
    );
}
