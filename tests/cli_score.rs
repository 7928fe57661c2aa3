//! `rolefit score` end to end: JSON equal to the library's fits, the text, and the errors for
//! unknown ids, roles and leans.

use rolefit::deck::Deck;
use rolefit::fit::score;
use rolefit::marks::{Mark, Marks};
use serde_json::Value;

mod common;

use common::decks::fixture;
use common::process::{json, rolefit, status, stderr, stdout};

#[test]
fn score_json_matches_the_library() {
    let result = json(&[
        "score",
        "--have",
        "leadership,patience",
        "--lean",
        "focus=director",
        "--json",
    ]);
    let deck = Deck::builtin().unwrap();
    let mut marks = Marks::for_deck(&deck);
    marks.set(deck.item_index("leadership").unwrap(), Some(Mark::Have));
    marks.set(deck.item_index("patience").unwrap(), Some(Mark::Have));
    marks.set(deck.item_index("focus").unwrap(), Some(Mark::Lean(0)));
    let fits = score(&deck, &marks);

    let roles = result["roles"].as_array().expect("`roles` array");
    assert_eq!(roles.len(), 2);
    assert_eq!(roles[0]["id"], "director");
    assert_eq!(roles[0]["name"], "Director");
    assert_eq!(roles[1]["id"], "producer");
    assert_eq!(roles[1]["name"], "Producer");
    for (role, fit) in roles.iter().zip(&fits) {
        let expected = (fit.percent * 10.0).round() / 10.0;
        assert_eq!(role["fit"].as_f64().unwrap(), expected, "{role}");
        assert_eq!(role["have"], fit.have);
        assert_eq!(role["total"], fit.total);
    }
    // The same numbers written out: director 4/34, producer 1/36 of the weight.
    assert_eq!(roles[0]["fit"].as_f64().unwrap(), 11.8);
    assert_eq!(roles[1]["fit"].as_f64().unwrap(), 2.8);
    assert_eq!(
        (roles[0]["have"].as_u64(), roles[0]["total"].as_u64()),
        (Some(3), Some(27))
    );
    assert_eq!(
        (roles[1]["have"].as_u64(), roles[1]["total"].as_u64()),
        (Some(1), Some(29))
    );
}

#[test]
fn score_have_is_repeatable_and_trims_ids() {
    let once = json(&["score", "--have", "leadership, patience", "--json"]);
    let twice = json(&[
        "score",
        "--have",
        "leadership",
        "--have",
        "patience",
        "--json",
    ]);
    assert_eq!(once, twice);
    assert_eq!(once["roles"][0]["have"], 2);
}

#[test]
fn score_text_shows_role_names_and_percentages() {
    let output = rolefit(&[
        "score",
        "--have",
        "leadership,patience",
        "--lean",
        "focus=director",
    ]);
    assert_eq!(status(&output), 0);
    let text = stdout(&output);
    assert!(text.contains("Director"), "{text}");
    assert!(text.contains("Producer"), "{text}");
    assert!(text.contains('%'), "{text}");
    assert!(text.contains(" 12%"), "{text}");
    assert!(text.contains("3/27"), "{text}");
    assert!(
        text.trim_end().ends_with("Leaning Director by 9 points"),
        "{text}"
    );
}

#[test]
fn score_without_marks_is_even() {
    let text = stdout(&rolefit(&["score"]));
    assert!(text.contains("  0%"), "{text}");
    assert!(text.trim_end().ends_with("Even"), "{text}");
}

#[test]
fn score_unknown_have_id_exits_two_naming_it() {
    let output = rolefit(&["score", "--have", "leadership,juggling"]);
    assert_eq!(status(&output), 2);
    assert!(
        stderr(&output).contains("`juggling`"),
        "{}",
        stderr(&output)
    );
    assert_eq!(stdout(&output), "");
}

#[test]
fn score_have_with_a_difference_exits_two() {
    let output = rolefit(&["score", "--have", "focus"]);
    assert_eq!(status(&output), 2);
    assert!(
        stderr(&output).contains("--lean focus=ROLE"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn score_unknown_lean_role_exits_two_naming_it() {
    let output = rolefit(&["score", "--lean", "focus=writer"]);
    assert_eq!(status(&output), 2);
    assert!(stderr(&output).contains("`writer`"), "{}", stderr(&output));
}

#[test]
fn score_lean_errors_exit_two() {
    for (lean, named) in [
        ("juggling=director", "`juggling`"),
        ("leadership=director", "--have leadership"),
        ("focus", "DIFFERENCE=ROLE"),
        ("=director", "DIFFERENCE=ROLE"),
    ] {
        let output = rolefit(&["score", "--lean", lean]);
        assert_eq!(status(&output), 2, "--lean {lean}");
        assert!(
            stderr(&output).contains(named),
            "--lean {lean}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn score_lean_to_a_role_without_a_side_exits_two() {
    let path = fixture("partial-difference.ron");
    let output = rolefit(&[
        "score",
        "--deck",
        path.to_str().unwrap(),
        "--lean",
        "split=producer",
    ]);
    assert_eq!(status(&output), 2);
    assert!(
        stderr(&output).contains("has no side for `producer`"),
        "{}",
        stderr(&output)
    );
    let output = rolefit(&[
        "score",
        "--deck",
        path.to_str().unwrap(),
        "--lean",
        "split=writer",
        "--json",
    ]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let result: Value = serde_json::from_slice(&output.stdout).unwrap();
    let fits: Vec<f64> = result["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["fit"].as_f64().unwrap())
        .collect();
    assert_eq!(fits, [0.0, 0.0, 100.0]);
}

#[test]
fn score_two_leans_on_one_difference_exit_two_naming_it() {
    // Before, the last one won and the others were dropped without a word.
    for leans in [
        ["focus=director", "focus=producer"],
        ["focus=producer", "focus=producer"],
    ] {
        let output = rolefit(&["score", "--lean", leans[0], "--lean", leans[1], "--json"]);
        assert_eq!(status(&output), 2, "{leans:?}: {}", stderr(&output));
        assert_eq!(
            stderr(&output),
            format!(
                "rolefit: --lean: `focus` is given twice ({}, then {}); a difference takes one \
                 side\n",
                leans[0], leans[1]
            )
        );
        assert_eq!(stdout(&output), "", "{leans:?}");
    }
    // Leans on different differences are fine together.
    let output = rolefit(&[
        "score",
        "--lean",
        "focus=director",
        "--lean",
        "crew=producer",
    ]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
}

#[test]
fn score_quotes_an_unknown_id_without_the_controls_it_holds() {
    for args in [
        ["--have", "\u{1b}]0;pwned\u{7}juggling"],
        ["--lean", "\u{1b}[2Jjuggling=director"],
        ["--lean", "focus=\u{1b}]0;pwned\u{7}writer"],
    ] {
        let output = rolefit(&["score", args[0], args[1]]);
        assert_eq!(status(&output), 2, "{args:?}");
        assert!(
            !output.stderr.iter().any(|&b| b == 0x1b || b == 0x07),
            "{args:?}: {:?}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains("juggling`") || stderr(&output).contains("`writer`"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    // A hidden character does not make a known id of an unknown one.
    let output = rolefit(&["score", "--have", "lead\u{200b}ership"]);
    assert_eq!(status(&output), 2, "{}", stderr(&output));
    assert!(
        stderr(&output).contains("`leadership`"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn score_json_gives_each_role_its_fit_in_every_phase() {
    let result = json(&[
        "score",
        "--have",
        "framing-shots,patience,critical-thinking,marketing",
        "--json",
    ]);
    let deck = Deck::builtin().unwrap();
    let mut marks = Marks::for_deck(&deck);
    for id in [
        "framing-shots",
        "patience",
        "critical-thinking",
        "marketing",
    ] {
        marks.set(deck.item_index(id).unwrap(), Some(Mark::Have));
    }
    let by_phase = rolefit::phases::phase_fits(&deck, &marks);
    let roles = result["roles"].as_array().expect("`roles` array");
    for (role, object) in roles.iter().enumerate() {
        let phases = object["phases"].as_array().expect("`phases` array");
        assert_eq!(phases.len(), deck.phases.len(), "{object}");
        for ((listed, phase), fit) in phases.iter().zip(&deck.phases).zip(by_phase.of_role(role)) {
            assert_eq!(listed["id"], phase.id.as_str());
            assert_eq!(listed["name"], phase.name.as_str());
            let expected = fit.percent.map(|p| (p * 10.0).round() / 10.0);
            assert_eq!(listed["fit"].as_f64(), expected, "{listed}");
            assert_eq!(listed["have"], fit.have);
            assert_eq!(listed["total"], fit.total);
        }
    }
    // Written out: the director has framing (1) and patience (1) of the 7 production items,
    // and no development item at all; the producer critical thinking (1) of the budget, the
    // script's development and it (3), and marketing of the two release duties.
    let phase = |role: usize, id: &str| {
        roles[role]["phases"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .cloned()
            .unwrap()
    };
    assert_eq!(
        phase(0, "production"),
        serde_json::json!({"id": "production", "name": "Production", "fit": 28.6, "have": 2, "total": 7})
    );
    assert_eq!(
        phase(0, "development"),
        serde_json::json!({"id": "development", "name": "Development", "fit": null, "have": 0, "total": 0})
    );
    assert_eq!(phase(1, "development")["fit"].as_f64(), Some(33.3));
    assert_eq!(phase(1, "release")["fit"].as_f64(), Some(50.0));
    assert_eq!(phase(1, "post-production")["fit"], Value::Null);
}

#[test]
fn score_json_phases_are_empty_for_a_deck_without_phases() {
    let deck = fixture("three-roles.ron");
    let result = json(&["--deck", deck.to_str().unwrap(), "score", "--json"]);
    let roles = result["roles"].as_array().unwrap();
    assert_eq!(roles.len(), 3);
    for role in roles {
        assert_eq!(role["phases"], serde_json::json!([]), "{role}");
    }
}
