//! The `rolefit` binary end to end: list, search, score and check, their JSON, messages and exit codes.

use std::path::PathBuf;
use std::process::{Command, Output};

use rolefit::deck::Deck;
use rolefit::fit::score;
use rolefit::marks::{Mark, Marks};
use serde_json::Value;

mod common;

use common::process::{status, stderr, stdout};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/decks")
        .join(name)
}

fn rolefit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rolefit"))
        .args(args)
        .output()
        .expect("run rolefit")
}

/// Runs rolefit, expects exit 0, parses stdout as JSON.
fn json(args: &[&str]) -> Value {
    let output = rolefit(args);
    assert_eq!(status(&output), 0, "stderr: {}", stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("stdout is JSON")
}

fn ids(items: &Value) -> Vec<&str> {
    items
        .as_array()
        .expect("a JSON array")
        .iter()
        .map(|item| item["id"].as_str().expect("string id"))
        .collect()
}

#[test]
fn list_json_objects_have_every_field() {
    let items = json(&["list", "--json"]);
    let items = items.as_array().unwrap();
    let deck = Deck::builtin().unwrap();
    assert_eq!(items.len(), deck.items().len());
    for (object, item) in items.iter().zip(deck.items()) {
        assert_eq!(object["id"], item.id);
        assert_eq!(object["pane"], item.pane.key());
        assert_eq!(object["title"], item.title);
        assert_eq!(object["detail"], item.detail);
        assert_eq!(object["weight"], item.weight);
        let roles: Vec<&str> = item.roles().map(|r| deck.roles[r].id.as_str()).collect();
        assert_eq!(object["roles"], serde_json::json!(roles), "{}", item.id);
        assert_eq!(
            object.get("sides").is_some(),
            item.is_difference(),
            "`sides` only on differences: {}",
            item.id
        );
    }
}

#[test]
fn list_json_differences_have_sides_keyed_by_their_roles() {
    let items = json(&["list", "--json", "--pane", "differences"]);
    let items = items.as_array().unwrap();
    assert!(items.len() >= 5);
    for object in items {
        assert_eq!(object["pane"], "differences");
        let sides = object["sides"].as_object().expect("`sides` is an object");
        let keys: Vec<&str> = sides.keys().map(String::as_str).collect();
        let roles: Vec<&str> = object["roles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap())
            .collect();
        assert_eq!(keys, roles, "{}", object["id"]);
        assert_eq!(keys, ["director", "producer"]);
        assert!(
            sides
                .values()
                .all(|text| !text.as_str().unwrap().is_empty())
        );
    }
}

#[test]
fn list_json_sides_follow_role_order_in_a_three_role_deck() {
    let deck = fixture("three-roles.ron");
    let items = json(&["--deck", deck.to_str().unwrap(), "list", "--json"]);
    let focus = items
        .as_array()
        .unwrap()
        .iter()
        .find(|item| item["id"] == "focus")
        .unwrap();
    assert_eq!(
        focus["sides"],
        serde_json::json!({
            "director": "The images on screen.",
            "producer": "The money and the schedule.",
            "writer": "The words on the page.",
        })
    );
    assert_eq!(
        focus["roles"],
        serde_json::json!(["director", "producer", "writer"])
    );
}

#[test]
fn list_pane_skills_prints_only_skills() {
    let output = rolefit(&["list", "--pane", "skills"]);
    assert_eq!(status(&output), 0);
    let text = stdout(&output);
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("PANE"), "{header}");
    let rows: Vec<&str> = lines.collect();
    let deck = Deck::builtin().unwrap();
    assert_eq!(
        rows.len(),
        deck.pane_items(rolefit::deck::Pane::Skills).len()
    );
    for row in &rows {
        assert!(row.starts_with("skills "), "{row}");
    }
    assert!(text.contains("Leadership"));
    assert!(!text.contains("Managing a budget"));
    assert!(!text.contains("duties"));

    let items = json(&["list", "--pane", "skills", "--json"]);
    for item in items.as_array().unwrap() {
        assert_eq!(item["pane"], "skills");
    }
}

#[test]
fn list_table_shows_role_names() {
    let text = stdout(&rolefit(&["list", "--pane", "skills"]));
    let leadership = text
        .lines()
        .find(|line| line.contains(" leadership "))
        .unwrap();
    assert!(leadership.contains("Director, Producer"), "{leadership}");
}

#[test]
fn search_json_puts_managing_a_budget_first() {
    let found = json(&["search", "bud", "--json"]);
    let first = &found[0];
    assert_eq!(first["id"], "managing-a-budget");
    assert_eq!(first["pane"], "duties");
    assert_eq!(first["title"], "Managing a budget");
    assert_eq!(first["indices"], serde_json::json!([11, 12, 13]));
    assert!(first["score"].as_i64().unwrap() > 0, "{first}");
    let scores: Vec<i64> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["score"].as_i64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
}

#[test]
fn search_limit_and_pane() {
    let found = json(&["search", "ing", "--pane", "skills", "-n", "2", "--json"]);
    let found = found.as_array().unwrap();
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|m| m["pane"] == "skills"));
}

#[test]
fn search_words_are_joined_into_one_query() {
    let found = json(&["search", "managing", "stress", "--json"]);
    assert_eq!(ids(&found), ["managing-stress"]);
}

#[test]
fn search_with_matches_exits_zero() {
    let output = rolefit(&["search", "scout"]);
    assert_eq!(status(&output), 0);
    let text = stdout(&output);
    assert!(text.starts_with("SCORE"), "{text}");
    assert!(
        text.lines()
            .nth(1)
            .unwrap()
            .contains("scouting-filming-locations"),
        "{text}"
    );
}

#[test]
fn search_without_matches_exits_one() {
    let output = rolefit(&["search", "xyzq"]);
    assert_eq!(status(&output), 1);
    assert_eq!(stdout(&output), "");
    assert!(stderr(&output).contains("xyzq"), "{}", stderr(&output));

    let output = rolefit(&["search", "xyzq", "--json"]);
    assert_eq!(status(&output), 1);
    assert_eq!(stdout(&output).trim(), "[]");
}

#[test]
fn search_with_a_broken_deck_exits_two() {
    let deck = fixture("unknown-role-in-roles.ron");
    let output = rolefit(&["search", "lead", "--deck", deck.to_str().unwrap()]);
    assert_eq!(status(&output), 2);
    let message = stderr(&output);
    assert!(message.contains(&deck.display().to_string()), "{message}");
    assert!(message.contains("`editor`"), "{message}");
    assert_eq!(stdout(&output), "");
}

#[test]
fn deck_option_works_before_and_after_the_subcommand() {
    let deck = fixture("three-roles.ron");
    let deck = deck.to_str().unwrap();
    let before = rolefit(&["--deck", deck, "list", "--json"]);
    let after = rolefit(&["list", "--json", "--deck", deck]);
    assert_eq!(status(&before), 0, "{}", stderr(&before));
    assert_eq!(status(&after), 0, "{}", stderr(&after));
    assert_eq!(before.stdout, after.stdout);
    let items: Value = serde_json::from_slice(&before.stdout).unwrap();
    assert_eq!(
        ids(&items),
        [
            "framing-shots",
            "managing-a-budget",
            "drafting-scenes",
            "leadership",
            "storytelling",
            "patience",
            "focus",
            "when-they-work"
        ]
    );
}

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
fn check_valid_and_invalid_files_exits_two_naming_the_bad_one() {
    let good = fixture("three-roles.ron");
    let bad = fixture("one-side.ron");
    let output = rolefit(&["check", good.to_str().unwrap(), bad.to_str().unwrap()]);
    assert_eq!(status(&output), 2);
    let text = stdout(&output);
    assert!(
        text.contains(&format!("ok: {} (3 roles, 8 items)", good.display())),
        "{text}"
    );
    assert!(
        text.contains(&format!("error: {}: ", bad.display())),
        "{text}"
    );
    assert!(text.contains("`focus`"), "{text}");
}

#[test]
fn check_valid_files_only_exits_zero() {
    let builtin = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/director-vs-producer.ron");
    let three = fixture("three-roles.ron");
    let output = rolefit(&["check", three.to_str().unwrap(), builtin.to_str().unwrap()]);
    assert_eq!(status(&output), 0, "{}", stdout(&output));
    let text = stdout(&output);
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.lines().all(|line| line.starts_with("ok: ")), "{text}");
    assert!(text.contains("(2 roles, 40 items)"), "{text}");
}

#[test]
fn check_reports_every_file_including_missing_ones() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.ron");
    let syntax = fixture("syntax-error.ron");
    let output = rolefit(&["check", missing.to_str().unwrap(), syntax.to_str().unwrap()]);
    assert_eq!(status(&output), 2);
    let text = stdout(&output);
    assert!(
        text.contains(&format!("error: {}: no such deck file", missing.display())),
        "{text}"
    );
    assert!(
        text.contains(&format!("{}:3:26:", syntax.display())),
        "{text}"
    );
}

#[test]
fn help_mentions_every_subcommand() {
    let output = rolefit(&["--help"]);
    assert_eq!(status(&output), 0);
    let text = stdout(&output);
    for command in ["list", "search", "score", "check", "--deck"] {
        assert!(text.contains(command), "--help lacks `{command}`:\n{text}");
    }
}

#[test]
fn version_prints_the_package_version_and_the_built_in_deck_id() {
    let output = rolefit(&["--version"]);
    assert_eq!(status(&output), 0);
    let deck = Deck::builtin().unwrap();
    assert_eq!(
        stdout(&output).trim(),
        format!(
            "rolefit {} (built-in deck: {})",
            env!("CARGO_PKG_VERSION"),
            deck.id
        )
    );
}

#[test]
fn deck_syntax_error_prints_file_line_and_column() {
    let deck = fixture("syntax-error.ron");
    let output = rolefit(&["--deck", deck.to_str().unwrap(), "list"]);
    assert_eq!(status(&output), 2);
    let message = stderr(&output);
    assert!(
        message.contains(&format!("{}:3:26: ", deck.display())),
        "{message}"
    );
    assert_eq!(stdout(&output), "");
}

#[test]
fn unknown_subcommand_or_option_exits_two() {
    assert_eq!(status(&rolefit(&["frobnicate"])), 2);
    assert_eq!(status(&rolefit(&["list", "--pane", "roles"])), 2);
    assert_eq!(status(&rolefit(&["search"])), 2);
}

#[test]
fn an_unreadable_deck_gives_its_reason_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_str().unwrap();
    let output = rolefit(&["--deck", path, "list"]);
    assert_eq!(status(&output), 2);
    let message = stderr(&output);
    assert!(message.contains("cannot read deck"), "{message}");
    assert_eq!(message.matches("(os error").count(), 1, "{message}");
}
