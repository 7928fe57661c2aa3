//! `rolefit score` as a decision: deal-breakers with `--refuse`, the lead, the reading in words
//! and the notes, in JSON and in the table, and the errors for contradicting answers.

use rolefit::deck::Deck;
use serde_json::Value;

mod common;

use common::process::{json, rolefit, status, stderr, stdout};

#[test]
fn score_refuse_screens_the_roles_it_counts_for() {
    let result = json(&[
        "score",
        "--have",
        "managing-a-budget,hiring-the-crew,leadership",
        "--refuse",
        "marketing",
        "--json",
    ]);
    let roles = result["roles"].as_array().unwrap();
    assert_eq!(roles[0]["refused"], serde_json::json!([]));
    assert_eq!(roles[0]["screened"], false);
    assert_eq!(roles[1]["refused"], serde_json::json!(["marketing"]));
    assert_eq!(roles[1]["screened"], true);
    // Producer fits better on the traits, and a refusal stays in its total...
    assert!(
        roles[1]["fit"].as_f64() > roles[0]["fit"].as_f64(),
        "{result}"
    );
    assert_eq!(
        (roles[1]["have"].as_u64(), roles[1]["total"].as_u64()),
        (Some(3), Some(29))
    );
    // ...yet Director leads, and the reading says why.
    assert_eq!(result["lead"], "director");
    assert_eq!(
        result["reading"],
        "Director fits best: Producer leads on traits by 5 points, but you would not do Marketing"
    );

    let text = stdout(&rolefit(&[
        "score",
        "--have",
        "managing-a-budget,hiring-the-crew,leadership",
        "--refuse",
        "marketing",
    ]));
    assert!(text.contains("WOULD NOT"), "{text}");
    assert!(
        text.trim_end().ends_with("but you would not do Marketing"),
        "{text}"
    );
}

#[test]
fn score_json_lead_is_null_when_even() {
    let result = json(&["score", "--json"]);
    assert_eq!(result["lead"], Value::Null);
    assert_eq!(result["notes"], serde_json::json!([]));
    let both = json(&["score", "--refuse", "marketing,framing-shots", "--json"]);
    assert_eq!(both["roles"][0]["screened"], true);
    assert_eq!(both["roles"][1]["screened"], true);
    assert!(
        both["reading"]
            .as_str()
            .unwrap()
            .contains("Every role has a deal-breaker"),
        "{both}"
    );
}

#[test]
fn score_refuse_errors_exit_two_and_name_the_id() {
    for (args, expected) in [
        (
            &["score", "--refuse", "juggling"][..],
            "--refuse: no duty or skill with id `juggling`",
        ),
        (
            &["score", "--refuse", "focus"][..],
            "`focus` is a difference",
        ),
        (
            &[
                "score",
                "--have",
                "marketing",
                "--refuse",
                "leadership,marketing",
            ][..],
            "`marketing` is given to both --have and --refuse",
        ),
    ] {
        let output = rolefit(args);
        assert_eq!(status(&output), 2, "{args:?}");
        assert!(
            stderr(&output).contains(expected),
            "{args:?}: {}",
            stderr(&output)
        );
        assert_eq!(stdout(&output), "");
    }
}

#[test]
fn score_warns_when_everything_is_marked() {
    let deck = Deck::builtin().unwrap();
    let traits: Vec<&str> = deck
        .items()
        .filter(|item| !item.is_difference())
        .map(|item| &*item.id)
        .collect();
    let have = traits.join(",");
    let result = json(&["score", "--have", &have, "--json"]);
    assert_eq!(result["notes"][0]["kind"], "flat_answers", "{result}");
    let text = stdout(&rolefit(&["score", "--have", &have]));
    assert!(text.contains("rolefit assess"), "{text}");
}
