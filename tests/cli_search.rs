//! `rolefit search` end to end: the ranking in JSON, the limit and pane options, several words as
//! one query, and its exit codes.

mod common;

use common::decks::fixture;
use common::process::{ids, json, rolefit, status, stderr, stdout};

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
fn search_limit_zero_prints_nothing_and_still_says_it_matched() {
    let output = rolefit(&["search", "bud", "--limit", "0"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), "");
    assert_eq!(stderr(&output), "", "no `no matches` message");

    for limit in ["-n", "--limit"] {
        let output = rolefit(&["search", "bud", limit, "0", "--json"]);
        assert_eq!(status(&output), 0, "{limit}");
        assert_eq!(stdout(&output).trim(), "[]", "{limit}");
    }

    // Without a match, the limit changes nothing: still 1.
    assert_eq!(status(&rolefit(&["search", "xyzq", "--limit", "0"])), 1);
}

/// Issue 13: 300 copies of `a` took 30 s on a 100,000-item deck, and 5000 passed 7 GB. A
/// repeated word is searched once; a query too long or with too many words is refused, saying
/// why, and no query echoed back carries control characters.
#[test]
fn repeated_words_cost_one_word_and_oversized_queries_are_refused() {
    let once = json(&["search", "a", "--json"]);
    let words: Vec<&str> = std::iter::repeat_n("a", 100).collect();
    let mut args = vec!["search"];
    args.extend(&words);
    args.push("--json");
    assert_eq!(json(&args), once);

    let long = "a ".repeat(300);
    let output = rolefit(&["search", &long]);
    assert_eq!(status(&output), 2);
    assert!(
        stderr(&output).contains("600 characters long; a search takes at most 256"),
        "{}",
        stderr(&output)
    );
    let many: Vec<String> = (0..17).map(|n| format!("w{n}")).collect();
    let mut args = vec!["search"];
    args.extend(many.iter().map(String::as_str));
    let output = rolefit(&args);
    assert_eq!(status(&output), 2);
    assert!(
        stderr(&output).contains("17 different words"),
        "{}",
        stderr(&output)
    );

    let output = rolefit(&["search", "zq\u{1b}]0;pwned\u{7}"]);
    assert_eq!(status(&output), 1);
    assert!(!stderr(&output).contains('\u{1b}'), "{:?}", stderr(&output));
}
